import { allMatches, rewoundGlobal } from '../../src/text/matches.js';

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

describe('rewoundGlobal: one global copy per regex, rewound at each call', () => {
  test('the same copy for the same regex, with g added, at lastIndex 0; the regex itself untouched', () => {
    const rule = /(?:the|le) (government|gouvernement)/u;
    const a = rewoundGlobal(rule);
    expect(a.flags).toBe('gu');
    expect(a.source).toBe(rule.source);
    a.exec('the government and le gouvernement');
    expect(a.lastIndex).toBe(14);
    const b = rewoundGlobal(rule);
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect(rule.lastIndex).toBe(0);
    expect(rewoundGlobal(/(?:the|le) (government|gouvernement)/u)).not.toBe(a);
  });

  test('a scan with the copy finds what a new RegExp from the source finds, document after document', () => {
    const rule = /(?<!\p{L})(?:[Ll]es|[Dd]es) (républicains|démocrates)(?!\p{L})/gu;
    const texts = ['Les démocrates ont voté, des républicains aussi.', 'Aucun parti ici.', 'les républicains'];
    for (const text of texts) {
      const fresh = new RegExp(rule.source, rule.flags);
      const want: Array<[number, string]> = [];
      let m: RegExpExecArray | null;
      while ((m = fresh.exec(text)) !== null) want.push([m.index, m[1]!]);
      const got: Array<[number, string]> = [];
      const re = rewoundGlobal(rule);
      while ((m = re.exec(text)) !== null) got.push([m.index, m[1]!]);
      expect(got).toEqual(want);
    }
    // a scan stopped early leaves lastIndex behind; the next call starts over
    const re = rewoundGlobal(rule);
    re.exec(texts[0]!);
    expect(rewoundGlobal(rule).exec(texts[2]!)?.index).toBe(0);
  });
});
