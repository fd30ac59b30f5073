/**
 * Plain-text metadata: the `date YYYY-MM-DD` marker, the title line and the
 * dateline (a full date with a written-out year, EN and FR), and relative
 * words that must never become a publication date.
 */
import { plainTextMetadata } from '../../src/input/plain-text.js';

describe('plainTextMetadata', () => {
  it.each([
    ['en', 'Kmart to buy Sears for US$11 billion\n\nNovember 17, 2004\n\nKmart Holding Corp. said on Wednesday…', 'Kmart to buy Sears for US$11 billion', '2004-11-17'],
    ['fr', 'Belgique : la fraude bancaire\n\n26 juin 2012. - Le Parquet fédéral a ouvert une enquête.\n\nSuite.', 'Belgique : la fraude bancaire', '2012-06-26'],
    ['fr', 'date 2026-03-04 OpenAI a annoncé un accord avec le Pentagone.', null, '2026-03-04'],
  ])('reads title and dateline (%s)', (lang, text, title, published) => {
    expect(plainTextMetadata(text, lang as 'en' | 'fr')).toEqual({ title, published });
  });

  it.each([
    ['en', 'Storm hits the coast\n\nToday, residents of the coast were told to leave their homes.\n\nMore.'],
    ['en', 'Markets\n\nYesterday the index fell by 2%.\n\nMore.'],
    ['en', 'Now the company says it will appeal.\n\nMore text follows here.'],
    ['fr', "Orages\n\nAujourd'hui, les habitants ont été évacués.\n\nSuite."],
    ['fr', 'Bourse\n\nHier, le CAC 40 a perdu 2 %.\n\nSuite.'],
  ])('never dates an article from a relative word (%s: %s)', (lang, text) => {
    expect(plainTextMetadata(text, lang as 'en' | 'fr').published).toBeNull();
  });
});
