import { recognizeQuantities, parseDigits, quantityLexicon, findWordNumbers } from '../../src/numbers/index.js';
import type { Language } from '../../src/types.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

/** The quantities of `text` as [surface, value, unit, valueMax?]. */
const found = (text: string, lang: Language) =>
  recognizeQuantities(text, lang).map((q) => (q.valueMax === undefined ? [q.text, q.value, q.unit] : [q.text, q.value, q.unit, q.valueMax]));

describe('numbers: digits', () => {
  test.each([
    ['fr space thousands', '3 000', 'fr', 3000],
    ['fr NBSP thousands', `75${NBSP}000`, 'fr', 75000],
    ['fr narrow NBSP thousands', `1${NNBSP}500${NNBSP}000`, 'fr', 1500000],
    ['fr dot thousands', '94.000', 'fr', 94000],
    ['fr decimal comma', '1,5', 'fr', 1.5],
    ['fr dot thousands and comma decimal', '125.000,50', 'fr', 125000.5],
    ['fr English decimal', '2.5', 'fr', 2.5],
    ['en comma thousands', '3,500', 'en', 3500],
    ['en decimal', '55.12', 'en', 55.12],
    ['en comma thousands and decimal', '1,000,000.25', 'en', 1000000.25],
    ['en Indian grouping', '12,34,567.89', 'en', 1234567.89],
    ['en NBSP thousands', `75${NBSP}000`, 'en', 75000],
    ['en "4,800" is 4800', '4,800', 'en', 4800],
    ['fr "4,800" is 4.8', '4,800', 'fr', 4.8],
  ] as const)('%s', (_n, raw, lang, value) => {
    expect(parseDigits(raw, quantityLexicon(lang))).toBeCloseTo(value, 9);
    expect(recognizeQuantities(raw, lang).map((q) => q.value)).toEqual([value]);
  });
});

describe('numbers: spelled out', () => {
  test.each([
    ['twenty-three', 'en', 23],
    ['one hundred and five', 'en', 105],
    ['a quarter million', 'en', 250000],
    ['three quarters billion', 'en', 750000000],
    ['five million', 'en', 5000000],
    ['nineteen hundred', 'en', 1900],
    // "X and a half" (numbers/en/and-a-half)
    ['two and a half', 'en', 2.5],
    ['two and a half million', 'en', 2500000],
    ['one and a half billion', 'en', 1500000000],
    ['quatre-vingt-dix', 'fr', 90],
    ['quatre-vingts', 'fr', 80],
    ['soixante-dix-sept', 'fr', 77],
    // « dix-sept », « dix-huit », « dix-neuf » (numbers/fr/spelled)
    ['dix-huit', 'fr', 18],
    ['dix-neuf', 'fr', 19],
    ['cent dix-sept', 'fr', 117],
    ['quatre-vingt-dix-huit', 'fr', 98],
    ['soixante et onze', 'fr', 71],
    ['vingt et un', 'fr', 21],
    ['deux cents', 'fr', 200],
    ['trois cent cinq', 'fr', 305],
    ['cinq cent trente cinq', 'fr', 535],
    ['trois millions', 'fr', 3000000],
    ['deux mille trois cents', 'fr', 2300],
    ['mille', 'fr', 1000],
    ['cent', 'fr', 100],
  ] as const)('%s (%s) → %d', (text, lang, value) => {
    expect(findWordNumbers(text, quantityLexicon(lang)).map((w) => w.value)).toEqual([value]);
  });

  test.each([
    ['one two', 'en', [1, 2]],
    ['twelve three', 'en', [12, 3]],
    ['millions of people', 'en', []],
    ['a half', 'en', []],
    ['one and a quarter', 'en', [1]],
    ['hundreds of jobs', 'en', []],
    ['quarante-cinq cents', 'fr', [45]],
    ['la dixième fois', 'fr', []],
    ['une unité', 'fr', [1]],
  ] as const)('%s (%s) splits or refuses', (text, lang, values) => {
    expect(findWordNumbers(text, quantityLexicon(lang)).map((w) => w.value)).toEqual(values);
  });
});

describe('numbers: percentages and points', () => {
  test.each([
    ['200 %', 'fr', ['200 %', 200, '%']],
    [`200${NBSP}%`, 'fr', [`200${NBSP}%`, 200, '%']],
    [`200${NNBSP}%`, 'fr', [`200${NNBSP}%`, 200, '%']],
    [`200${THIN}%`, 'fr', [`200${THIN}%`, 200, '%']],
    ['+200%', 'en', ['+200%', 200, '%']],
    ['-5 %', 'fr', ['-5 %', -5, '%']],
    ['8 pour cent', 'fr', ['8 pour cent', 8, '%']],
    ['8 percent', 'en', ['8 percent', 8, '%']],
    ['8 per cent', 'en', ['8 per cent', 8, '%']],
    ['twenty percent', 'en', ['twenty percent', 20, '%']],
    ['minus five percent', 'en', ['minus five percent', -5, '%']],
    ['2 percentage points', 'en', ['2 percentage points', 2, 'pp']],
    ['0,4 point de pourcentage', 'fr', ['0,4 point de pourcentage', 0.4, 'pp']],
    ['50 basis points', 'en', ['50 basis points', 0.5, 'pp']],
    ['entre 3 et 5 %', 'fr', ['3 et 5 %', 3, '%', 5]],
    ['3-5%', 'en', ['3-5%', 3, '%', 5]],
  ] as const)('%s', (text, lang, expected) => {
    expect(found(text, lang)).toEqual([expected]);
  });
});

describe('numbers: money', () => {
  test.each([
    ['$23bn', 'en', ['$23bn', 23e9, 'USD']],
    ['US$11 billion', 'en', ['US$11 billion', 11e9, 'USD']],
    ['USD$23 billion dollar deal', 'en', ['USD$23 billion dollar', 23e9, 'USD']],
    ['£8.10 million', 'en', ['£8.10 million', 8.1e6, 'GBP']],
    ['€2m', 'en', ['€2m', 2e6, 'EUR']],
    ['50 cents', 'en', ['50 cents', 0.5, 'USD']],
    ['323 million euros', 'en', ['323 million euros', 323e6, 'EUR']],
    ['10,000 swiss francs', 'en', ['10,000 swiss francs', 10000, 'CHF']],
    ['five million yen', 'en', ['five million yen', 5e6, 'JPY']],
    ['between $2bn and $3bn', 'en', ['$2bn and $3bn', 2e9, 'USD', 3e9]],
    ['3 millions d\'euros', 'fr', ['3 millions d\'euros', 3e6, 'EUR']],
    ['7,2 milliards d’euros', 'fr', ['7,2 milliards d’euros', 7.2e9, 'EUR']],
    ['1,5 milliard de dollars', 'fr', ['1,5 milliard de dollars', 1.5e9, 'USD']],
    ['2 Md€', 'fr', ['2 Md€', 2e9, 'EUR']],
    ['500 M€', 'fr', ['500 M€', 5e8, 'EUR']],
    ['700 000 euros', 'fr', ['700 000 euros', 700000, 'EUR']],
    ['1,2 €', 'fr', ['1,2 €', 1.2, 'EUR']],
    ['16,4 millions de $ c', 'fr', ['16,4 millions de $ c', 16.4e6, 'CAD']],
    ['entre 2 et 3 milliards d\'euros', 'fr', ['2 et 3 milliards d\'euros', 2e9, 'EUR', 3e9]],
    ['125 millions de dollars australiens', 'fr', ['125 millions de dollars australiens', 125e6, 'AUD']],
    ['300k users', 'en', ['300k', 300000, null]],
    ['1.5m people', 'en', ['1.5m', 1.5e6, null]],
  ] as const)('%s', (text, lang, expected) => {
    const got = found(text, lang);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toBe(expected[0]);
    expect(got[0]![1]).toBeCloseTo(expected[1] as number, 6);
    expect(got[0]![2]).toBe(expected[2]);
    if (expected.length > 3) expect(got[0]![3]).toBeCloseTo(expected[3] as number, 6);
  });
});

describe('numbers: should not find', () => {
  test.each([
    ['URL', 'https://www.test.com/search?q=30%25%2020%', 'en'],
    ['model name', 'the F-35 and the A330', 'en'],
    ['virus name', 'le Covid-19', 'fr'],
    ['ordinal', 'le 1er juillet et le 3e', 'fr'],
    ['glued letters', '5G and 3D and the 10k race', 'en'],
    ['phone number', 'appelez le 01 23 45 67 89', 'fr'],
    ['e-mail', 'write to john2004@example.com', 'en'],
    ['currency-like words', 'ALL 5 solutions. Silica gel. She got mad.', 'en'],
  ] as const)('%s', (_n, text, lang) => {
    const q = recognizeQuantities(text, lang).filter((x) => x.kind !== 'number' || !x.joined);
    expect(q.filter((x) => x.kind !== 'number')).toEqual([]);
    if (_n !== 'ordinal' && _n !== 'currency-like words') expect(q).toEqual([]);
  });

  test('a year range is two joined numbers', () => {
    expect(recognizeQuantities('2011-2012', 'fr').map((q) => [q.value, q.joined])).toEqual([[2011, true], [2012, true]]);
  });
});

describe('numbers: robustness', () => {
  test('a megabyte of digits does not hang and yields bounded numbers', () => {
    const text = `Prix : ${'9'.repeat(1_000_000)} € et 3 %`;
    const qs = recognizeQuantities(text, 'fr');
    expect(qs.some((q) => q.kind === 'percent' && q.value === 3)).toBe(true);
  });
  test('offsets are exact', () => {
    const text = `Selon l’étude, les ventes ont bondi de 200${NNBSP}% et 7,2 milliards d'euros ont été perdus.`;
    for (const q of recognizeQuantities(text, 'fr')) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
