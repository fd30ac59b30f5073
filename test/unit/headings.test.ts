import { readFileSync } from 'node:fs';
import { findHeadings, HEADING_MAX } from '../../src/text/headings.js';
import { splitParagraphs } from '../../src/text/sentences.js';
import { extract } from '../../src/extract.js';

const headings = (text: string): string[] => findHeadings(splitParagraphs(text)).map((h) => h.text);

describe('headings: one-line paragraphs without final punctuation', () => {
  test.each([
    ['fr section heads (seed-fr)', 'Il a parlé.\n\nContexte tendu dans l’écosystème de l’IA\n\nL’affaire intervient.', ['Contexte tendu dans l’écosystème de l’IA']],
    ['en headline', 'Kmart to buy Sears for US$11 billion\n\nKmart said on Wednesday it would buy Sears.', ['Kmart to buy Sears for US$11 billion']],
    ['a paragraph ending with a colon is no heading', 'President Obama also said:\n\nHe left.', []],
    ['a closing bracket ends a sentence', 'Le texte a été voté (à 52 voix contre 48)\n\nIl entre en vigueur.', []],
    ['two lines in one paragraph are no heading', 'Line one without stop\nline two without stop\n\nBody.', []],
    ['over HEADING_MAX code units is a sentence whose stop was lost', `${'word '.repeat(40).trim()}\n\nBody.`, []],
  ])('%s', (_name, text, expected) => {
    expect(headings(text)).toEqual(expected);
  });
  test('HEADING_MAX is the documented bound', () => {
    expect(HEADING_MAX).toBe(160);
  });
});

describe('headings: list items are sentences, not headings', () => {
  test.each([
    ['en items after "said:"', 'In a wide-ranging interview, President Obama also said:\n\nThe UK must stay in the EU to have influence on the world stage\n\nSyria needs a political solution in order to defeat the Islamic State group\n\nHe spoke in Washington.\n\nWhat next', ['What next']],
    ['fr items after « : »', 'Parmi les mesures annoncées :\n\nLa suppression de la taxe d’habitation\n\nUne hausse du minimum vieillesse\n\nLe texte sera débattu.', []],
    ['bullet marks', '- Sanctions lifted on Sudan\n\n• Le Mali demande une intervention\n\nBody.', []],
  ])('%s', (_name, text, expected) => {
    expect(headings(text)).toEqual(expected);
  });
});

describe('headings: the extractors read list items as sentences (real article)', () => {
  test('modern-en-bbc-1: the countries of Obama\'s listed statements are actors of their own', () => {
    const text = readFileSync('fixtures/gold/tune/modern-en-bbc-1.txt', 'utf8');
    const result = extract(text, { language: 'en' });
    const byName = new Map(result.actors.map((a) => [a.name, a.kind]));
    expect(byName.get('UK')).toBe('government');
    expect(byName.get('EU')).toBe('government');
    expect(byName.get('Syria')).toBe('place');
    for (const a of result.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  test('seed-fr: its three section heads stay headings', () => {
    const text = readFileSync('fixtures/articles/seed-fr/article.txt', 'utf8');
    expect(headings(text)).toEqual(['Contexte tendu dans l’écosystème de l’IA', 'Anthropic et la ligne rouge des armes autonomes',
      'Impact immédiat sur ChatGPT']);
  });
});
