/**
 * Pure pieces of the CLI, in-process: the --expect language, option value
 * parsers, the glob matcher and --out naming.
 */
import { checkExpectations, parseExpectation, zeroCounts } from '../src/cli/expectations.js';
import { UsageError } from '../src/errors.js';
import { parseBytes, parseExt, parseOnly, parsePositiveInt, parseSeconds } from '../src/cli/options.js';
import { formatBytes } from '../src/errors.js';
import { makeMatcher } from '../src/cli/glob.js';
import { commonDir, outNameFor, safeSegment } from '../src/cli/inputs.js';
import { formatSummary, safeTerminalText } from '../src/output/summary.js';
import { extract } from '../src/extract.js';

describe('--expect', () => {
  test.each([
    ['metrics>=1', { scope: 'document', subject: 'metrics', op: '>=', value: 1 }],
    [' restrictions > 0 ', { scope: 'document', subject: 'restrictions', op: '>', value: 0 }],
    ['quotes=2', { scope: 'document', subject: 'quotes', op: '==', value: 2 }],
    ['Claims!=0', { scope: 'document', subject: 'claims', op: '!=', value: 0 }],
    ['total:facts>=100', { scope: 'total', subject: 'facts', op: '>=', value: 100 }],
    ['total : actors <= 7', { scope: 'total', subject: 'actors', op: '<=', value: 7 }],
  ])('parses %j', (arg, expected) => {
    expect(parseExpectation(arg)).toMatchObject(expected);
  });
  test.each(['metrics', 'metrics>=', '>=1', 'metrics=>1', 'metrics>>1', 'metrics>=1.5', 'metrics>=-1', 'widgets>=1', 'sum:metrics>=1', 'metrics >= 1 2'])('refuses %j with a UsageError', (arg) => {
    expect(() => parseExpectation(arg)).toThrow(UsageError);
  });
  test('checks each operator on real counts; facts adds the kinds', () => {
    const counts = { ...zeroCounts(), actors: 4, metrics: 2 };
    const failed = (args: string[]) => checkExpectations(args.map(parseExpectation), 'document', counts).map((f) => [f.expectation.source, f.actual]);
    expect(failed(['metrics>=2', 'metrics<=2', 'metrics==2', 'actors>3', 'quotes<1', 'facts==6', 'claims!=1'])).toEqual([]);
    expect(failed(['metrics>=3', 'metrics<2', 'metrics!=2', 'actors>4', 'quotes>0', 'facts<6'])).toEqual([
      ['metrics>=3', 2], ['metrics<2', 2], ['metrics!=2', 2], ['actors>4', 4], ['quotes>0', 0], ['facts<6', 6]]);
    expect(checkExpectations([parseExpectation('total:facts>100')], 'document', counts)).toEqual([]); // other scope
  });
});

describe('option values', () => {
  test.each([['50M', 50 * 1024 ** 2], ['1000', 1000], ['500k', 500 * 1024], ['1.5G', 1.5 * 1024 ** 3], ['2MB', 2 * 1024 ** 2]])('--max-bytes %s', (v, n) => {
    expect(parseBytes('--max-bytes', v)).toBe(n);
  });
  test.each(['', 'lots', '-5', '0', '5T', '1e6', '3G', '100000000G'])('--max-bytes refuses %j', (v) => {
    expect(() => parseBytes('--max-bytes', v)).toThrow(UsageError);
  });
  test('--timeout in seconds → ms; --concurrency bounds; --ext and --only normalised', () => {
    expect(parseSeconds('--timeout', '2.5')).toBe(2500);
    expect(() => parseSeconds('--timeout', '0')).toThrow(UsageError);
    expect(parsePositiveInt('--concurrency', '4')).toBe(4);
    expect(() => parsePositiveInt('--concurrency', '0')).toThrow(UsageError);
    expect(() => parsePositiveInt('--concurrency', '2.5')).toThrow(UsageError);
    expect(parseExt('html,.HTM, md')).toEqual(['.html', '.htm', '.md']);
    expect(parseOnly('metrics, Actors')).toEqual(['actors', 'metrics']);
    expect(() => parseOnly('metric')).toThrow(UsageError);
    // repeated --only accumulates (commander hands a list), comma lists inside, duplicates ignored
    expect(parseOnly(['metrics', 'quotes'])).toEqual(['metrics', 'quotes']);
    expect(parseOnly(['quotes,claims', 'metrics', 'quotes'])).toEqual(['metrics', 'quotes', 'claims']);
    expect(() => parseOnly(['metrics', 'quote'])).toThrow("--only: unknown kind 'quote'");
    expect(() => parseOnly([','])).toThrow(UsageError);
  });
});

describe('globs', () => {
  test.each([
    ['*.html', 'en/a.html', true], ['*.html', 'en/a.htm', false], ['*.{txt,md}', 'x/y/z.md', true],
    ['en/**', 'en/x/a.txt', true], ['en/**', 'fr/en/a.txt', false], ['en/*', 'en/x/a.txt', false],
    ['**/draft-*', 'draft-1.md', true], ['**/draft-*', 'a/b/draft-2.txt', true], ['draft-?.md', 'draft-12.md', false],
    ['[ab]*.txt', 'b1.txt', true], ['[!ab]*.txt', 'b1.txt', false], ['[!ab]*.txt', 'c1.txt', true], ['a.b', 'aXb', false],
    ['(x).txt', '(x).txt', true], ['*.txt', 'A.TXT', false], ['*.txt', 'en/.hidden.txt', true],
  ])('%s vs %s → %s', (glob, path, expected) => {
    expect(makeMatcher(glob)(path)).toBe(expected);
  });
  test.each([
    ['[', '--glob', `--glob: invalid pattern '[' (missing closing "]")`],
    ['{a,b', '--exclude', `--exclude: invalid pattern '{a,b' (missing closing "}")`],
  ])('refuses %j with a UsageError naming the option', (glob, option, message) => {
    expect(() => makeMatcher(glob, option)).toThrow(new UsageError(message));
  });
  test('--ext accepts article extensions only', () => {
    expect(() => parseExt('pdf')).toThrow('--ext: .pdf files are not read (article extensions: .txt, .md, .html, .htm, .xhtml)');
    expect(() => parseExt('txt,json')).toThrow(UsageError);
    expect(parseExt('XHTML')).toEqual(['.xhtml']);
    expect(() => parseExt('')).toThrow('--ext: no extension given');
    expect(() => parseExt(' , ')).toThrow(UsageError);
  });
});

describe('--out names', () => {
  test.each([
    ['/data/corpus/en/a.txt', '/data/corpus', 'en/a.json'],
    ['/data/corpus/a.b.html', '/data/corpus', 'a.b.json'],
    ['/data/x/.hidden', '/data/x', '.hidden.json'],
    ['-', '/data', 'stdin.json'],
    ['https://example.org/news/2024/story.html', '/data', 'example.org/news/2024/story.json'],
    ['https://example.org/', '/data', 'example.org/index.json'],
    ['https://example.org/a/../b?id=3', '/data', 'example.org/b_id=3.json'],
    ['https://example.org/%2e%2e/x', '/data', 'example.org/x.json'], // the URL parser resolves dot segments
  ])('%s (base %s) → %s', (location, base, expected) => {
    expect(outNameFor(location, base)).toBe(expected);
  });
  test.each([
    ['/d/été.txt', 'été.json'],
    ['/d/Zürich-actualité.html', 'Zürich-actualité.json'],
    ['/d/with space.txt', 'with_space.json'],
    ['/d/Ze\u0301nith.txt', 'Z\u00e9nith.json'], // NFD → NFC
    ['/d/東京ニュース.md', '東京ニュース.json'],
    ['/d/a\u202eb\u0007c.txt', 'a_b_c.json'], // bidi override, control character
    ['/d/x\uff0fy.txt', 'x_y.json'], // fullwidth solidus is no separator
    ['https://example.org/actualit%C3%A9/d%C3%A9bat.html', 'example.org/actualité/débat.json'],
  ])('Unicode names kept, safely: %s → %s', (location, expected) => {
    expect(outNameFor(location, '/d')).toBe(expected);
  });
  test('long Unicode names are cut to 200 UTF-8 bytes on a character boundary', () => {
    const name = outNameFor(`/d/${'é'.repeat(300)}.txt`, '/d');
    expect(name).toBe(`${'é'.repeat(100)}.json`);
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('.')).toBe('_');
    expect(safeSegment('')).toBe('_');
    expect(safeSegment('😀'.repeat(60))).toBe('_'.repeat(60)); // emoji are symbols, not letters
  });
  test('the common folder of inputs', () => {
    expect(commonDir(['/a/b/c', '/a/b/d', '/a/b'])).toBe('/a/b');
    expect(commonDir(['/a/b', '/x'])).toBe('/');
  });
});

describe('terminal safety of summary text', () => {
  test.each([
    ['ANSI colour', 'a\u001b[31mred', 'a\\u001b[31mred'],
    ['OSC title', '\u001b]0;pwned\u0007x', '\\u001b]0;pwned\\u0007x'],
    ['C1 CSI', 'a\u009b2Jb', 'a\\u009b2Jb'],
    ['bidi override', 'abc\u202edef', 'abc\\u202edef'],
    ['newlines fold', 'a\nb\r\nc', 'a b c'],
    ['plain French stays', 'Les désinstallations « bondissent »', 'Les désinstallations « bondissent »'],
  ])('%s', (_n, input, expected) => {
    expect(safeTerminalText(input)).toBe(expected);
  });
});

describe('summary view of metrics', () => {
  test('a qualifier shows as a sign before the value (trial: "up to $10,000" showed as 10000 USD)', () => {
    const r = extract('The law sets fines of up to $10,000 per violation. About 300 people and more than 20% of firms were hit.', { language: 'en' });
    const out = formatSummary(r, false, ['metrics']);
    expect(out).toContain('M1 ≤ 10000 USD/violation');
    expect(out).toContain('M2 ≈ 300 person');
    expect(out).toContain('M3 > 20 %');
  });
});

describe('formatBytes (sizes in limit messages)', () => {
  test.each([[1, '1 byte'], [2, '2 bytes'], [1023, '1023 bytes'], [1536, '1.5 KB'], [10 * 1024 * 1024, '10 MB']])('%d → %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
