/**
 * Plain-text metadata: the `date YYYY-MM-DD` marker, the title line and the
 * dateline (a full date with a written-out year, EN and FR), and relative
 * words that must never become a publication date; CRLF and lone-CR line
 * endings read like LF.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract.js';
import { plainTextMetadata } from '../../src/input/plain-text.js';
import { FACT_KINDS, type FactexResult } from '../../src/types.js';
import { resultProblems } from '../helpers/invariants.js';

describe('plainTextMetadata', () => {
  it.each([
    ['en', 'Kmart to buy Sears for US$11 billion\n\nNovember 17, 2004\n\nKmart Holding Corp. said on Wednesday…', 'Kmart to buy Sears for US$11 billion', '2004-11-17'],
    ['fr', 'Belgique : la fraude bancaire\n\n26 juin 2012. - Le Parquet fédéral a ouvert une enquête.\n\nSuite.', 'Belgique : la fraude bancaire', '2012-06-26'],
    ['fr', 'date 2026-03-04 OpenAI a annoncé un accord avec le Pentagone.', null, '2026-03-04'],
    ['en', 'WASHINGTON, March 3, 2026 — Apple signed a deal with Samsung.', null, '2026-03-03'],
    ['en', 'OAKLAND, Calif., March 3, 2026 - Port workers went on strike.', null, '2026-03-03'],
    ['fr', 'PARIS, 12 février 2026 — Le gouvernement a signé un accord.', null, '2026-02-12'],
    ['fr', 'Grève\n\nBRUXELLES (AFP) - 5 mars 2026 - Les syndicats ont appelé à la grève.', 'Grève', '2026-03-05'],
  ])('reads title and dateline (%s)', (lang, text, title, published) => {
    expect(plainTextMetadata(text, lang as 'en' | 'fr')).toEqual({ title, published });
  });

  it.each([
    ['en', 'Storm hits the coast\n\nToday, residents of the coast were told to leave their homes.\n\nMore.'],
    ['en', 'Markets\n\nYesterday the index fell by 2%.\n\nMore.'],
    ['en', 'Now the company says it will appeal.\n\nMore text follows here.'],
    ['fr', "Orages\n\nAujourd'hui, les habitants ont été évacués.\n\nSuite."],
    ['fr', 'Bourse\n\nHier, le CAC 40 a perdu 2 %.\n\nSuite.'],
    ['en', 'Mr. Smith said on March 3, 2026 that the deal was off.\n\nMore.'],
    ['fr', 'Le président a dit le 12 février 2026 que le gouvernement signera.\n\nSuite.'],
  ])('never dates an article from a relative word or a date inside a sentence (%s: %s)', (lang, text) => {
    expect(plainTextMetadata(text, lang as 'en' | 'fr').published).toBeNull();
  });

  it('a day the calendar lacks is no publication date (trial: "date 2024-02-30" was output as is)', () => {
    const now = new Date('2026-12-03T16:00:00Z');
    expect(plainTextMetadata('date 2024-02-30 OpenAI a annoncé un accord.', 'fr', now).published).toBeNull();
    expect(plainTextMetadata('date 2023-02-29 OpenAI a annoncé un accord.', 'fr', now).published).toBeNull();
    expect(plainTextMetadata('date 2024-02-29 OpenAI a annoncé un accord.', 'fr', now).published).toBe('2024-02-29');
    expect(plainTextMetadata('date 2024-04-31 OpenAI a annoncé un accord.', 'fr', now).published).toBeNull();
  });

  it('a dateline or date marker later than the time of reading is no publication date (as for HTML)', () => {
    const now = new Date('2026-12-03T16:00:00Z');
    const dateline = 'Airbus livre ses avions\n\nPARIS, 3 mars 2031 - Airbus a livré 20 avions.\n\nSuite.';
    expect(plainTextMetadata(dateline, 'fr', now).published).toBeNull();
    expect(plainTextMetadata(dateline.replace('2031', '2026'), 'fr', now).published).toBe('2026-03-03');
    expect(plainTextMetadata('WASHINGTON, December 3, 2026 — The Senate voted.\n\nMore.', 'en', now).published).toBe('2026-12-03');
    expect(plainTextMetadata('WASHINGTON, December 4, 2026 — The Senate voted.\n\nMore.', 'en', now).published).toBeNull();
    expect(plainTextMetadata('date 2099-01-01 OpenAI a annoncé un accord.', 'fr', now).published).toBeNull();
    expect(plainTextMetadata('date 2026-03-04 OpenAI a annoncé un accord.', 'fr', now).published).toBe('2026-03-04');
  });
});

describe('line endings: CRLF (Windows) and lone CR (old Mac) read like LF', () => {
  const ARTICLES = ['fixtures/gold/tune/wikinews-en-055.txt', 'fixtures/gold/tune/wikinews-fr-44975.txt'];
  /** A result without its text, for comparison. */
  const withoutText = (r: FactexResult) => ({ ...r, document: { ...r.document, text: undefined } });
  it.each(ARTICLES)('%s: same title, date and facts; spans slice the given text', (path) => {
    const lf = readFileSync(path, 'utf8');
    const base = extract(lf);
    expect(base.document.title).not.toBeNull();
    expect(base.quotes.length + base.claims.length).toBeGreaterThan(3);
    // Lone CR: one character for one, so the whole result is the LF one.
    const cr = lf.replace(/\n/g, '\r');
    const rCr = extract(cr, { includeText: true });
    expect(withoutText(rCr)).toEqual(withoutText(base));
    expect(resultProblems(rCr, rCr.document.text!)).toEqual([]);
    // CRLF: the text is kept as given (offsets shift by one per line); the same facts are found.
    const crlf = lf.replace(/\n/g, '\r\n');
    const rCrlf = extract(crlf, { includeText: true });
    expect(rCrlf.document.text).toBe(crlf);
    expect(rCrlf.document.title).toBe(base.document.title);
    expect(rCrlf.document.published).toBe(base.document.published);
    for (const k of FACT_KINDS) expect(rCrlf[k]).toHaveLength(base[k].length);
    expect(resultProblems(rCrlf, crlf)).toEqual([]);
  });
});
