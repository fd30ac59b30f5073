import { allMatches } from '../../src/text/matches.js';

/** What String.prototype.matchAll yields, as [index, match] pairs. */
const viaMatchAll = (re: RegExp, s: string): Array<[number, string]> => [...s.matchAll(re)].map((m) => [m.index!, m[0]]);
const viaAll = (re: RegExp, s: string): Array<[number, string]> => allMatches(re, s).map((m) => [m.index, m[0]]);

describe('allMatches: the matches of matchAll, without its copy of the regex', () => {
  const rows: Array<[string, RegExp, string]> = [
    ['words, EN', /\p{L}+/gu, 'The ban was lifted on 3 March.'],
    ['words, FR', /\p{L}+/gu, "« L'interdiction a été levée le 3 mars. »"],
    ['numbers with groups', /(\d+)(?:[.,](\d+))?/g, 'Sales rose 4.5% to 1,200 units; « hausse de 3,2 % »'],
    ['empty matches (ASCII)', /x*/g, 'abxc'],
    ['empty matches step over a surrogate pair with u', /(?:)/gu, 'a😀b'],
    ['empty matches without u step one code unit', /(?:)/g, 'a😀b'],
    ['sticky and global', /\d/gy, '12a3'],
    ['no match', /zzz/g, 'nothing here'],
  ];
  test.each(rows)('%s', (_name, re, s) => {
    re.lastIndex = 0;
    expect(viaAll(re, s)).toEqual(viaMatchAll(re, s));
  });

  test('starts at lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    const expected = viaMatchAll(re, '12 34 56');
    expect(re.lastIndex).toBe(3);
    expect(viaAll(re, '12 34 56')).toEqual(expected);
    expect(expected).toEqual([[3, '34'], [6, '56']]);
    expect(re.lastIndex).toBe(3);
  });

  test('throws a TypeError without the g flag (as matchAll does)', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
