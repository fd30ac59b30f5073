/**
 * Case-insensitive regexes without the `i` flag (src/text/case-fold.ts): the table of case
 * forms agrees with the running V8 over every code point of planes 0 and 1 (where every cased
 * script lies), the rewritten sources match what the `iu` regexes match — letters with odd case
 * forms (Kelvin sign, long s, final sigma, sharp s) included —, constructs it does not rewrite
 * give null, and LazyRegExp builds its `iu` rules from the rewritten source.
 */
import { caseForms, withoutIgnoreCase } from '../../src/text/case-fold.js';
import { LazyRegExp } from '../../src/text/lazy-regexp.js';
import { DIGIT, LETTER } from '../../src/text/char-classes.js';

/** Every match of `re` (made global) in `text`: index and groups. */
function matches(re: RegExp, text: string): string {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: unknown[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push([m.index, [...m], m.groups]);
    if (m[0] === '') g.lastIndex++;
  }
  return JSON.stringify(out);
}

/** `source` under `iu` and its rewriting under `u` match the same in `text` (and the rewriting exists). */
function expectSame(source: string, text: string): void {
  const folded = withoutIgnoreCase(source);
  expect(folded).not.toBeNull();
  expect(matches(new RegExp(folded!, 'u'), text)).toBe(matches(new RegExp(source, 'iu'), text));
}

const ODD_CASES = 'KELVIN \u212A kelvin, ſtraße STRASSE ẞ ß, İstanbul ı I i, ΣΑΊΔ σαϊδ ς, ﬅ ﬆ, Å Å å, Ω Ω ω, µ Μ μ, ǅ Ǆ ǆ, ϐ β Β';

describe('caseForms', () => {
  test('forms of a letter as V8 reads them under iu', () => {
    expect(caseForms(0x6b)).toEqual([0x4b, 0x6b, 0x212a]); // k K K
    expect(caseForms(0x73)).toEqual([0x53, 0x73, 0x17f]); // s S ſ
    expect(caseForms(0xdf)).toEqual([0xdf, 0x1e9e]); // ß ẞ
    expect(caseForms(0x3c3)).toEqual([0x3a3, 0x3c2, 0x3c3]); // σ Σ ς
    expect(caseForms(0x131)).toEqual([0x131]); // ı: no simple folding
    expect(caseForms(0x2d)).toEqual([0x2d]);
  });

  test('the table agrees with V8 over planes 0 and 1', () => {
    let all = '';
    for (let c = 0; c <= 0x1ffff; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    const seen = new Set<number>();
    let bad = 0;
    for (let c = 0; c <= 0x1ffff; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || seen.has(c)) continue;
      const forms = caseForms(c);
      if (forms.length === 1 && !/\p{Changes_When_Casefolded}/u.test(String.fromCodePoint(c))) continue;
      forms.forEach((f) => seen.add(f));
      const re = new RegExp(`[${forms.map((f) => `\\u{${f.toString(16)}}`).join('')}]`, 'giu');
      const got = [...all.matchAll(re)].map((m) => m[0].codePointAt(0));
      if (got.join() !== forms.join()) bad++;
    }
    expect(bad).toBe(0);
  });
});

describe('withoutIgnoreCase', () => {
  test('letters become the class of their forms; classes get the forms they lack', () => {
    expect(withoutIgnoreCase('interdi(?:re|t)')).toBe('[Ii][Nn][Tt][Ee][Rr][Dd][Ii](?:[Rr][Ee]|[Tt])');
    expect(withoutIgnoreCase('[a-c]k')).toBe('[a-c\\u{41}\\u{42}\\u{43}][Kk\\u{212a}]');
    // a dash closing a class stays last, after the appended forms
    expect(withoutIgnoreCase('[x-]')).toBe('[x\\u{58}-]');
    // nothing to add: the source as it is
    expect(withoutIgnoreCase('[0-9]{2,4}\\s*\\d?[^.!?]')).toBe('[0-9]{2,4}\\s*\\d?[^.!?]');
  });

  test('same matches as under iu: words, boundaries, negated classes, escapes, odd case forms', () => {
    const text = `${ODD_CASES}. Il est INTERDIT de fumer; the Ban on imports, a kilo of salt — STRAẞE, ß-Test, x-ray X-RAY.`;
    expectSame(`(?<![${LETTER}${DIGIT}])(?:interdit|ban|kelvin|stra(?:ss|ß)e|ſ)(?![${LETTER}])`, text);
    expectSame('[^a-z\\s]+', text);
    expectSame('(?<name>[k-s]{2,})\\u0073?', text);
    expectSame('\\x4B|\\u{3c3}|\\u00DF|[\\u0041-\\u005a]{3}', text);
    expectSame(`[${LETTER}-]+`, text);
    expectSame('(?:σ|ΐ|ǆ|β)', text);
  });

  test('constructs whose case-insensitive meaning it does not rewrite give null', () => {
    for (const source of ['\\bban\\b', '\\w+', '[\\W]', '\\p{L}', '[\\P{Lu}]', '(a)\\1', '(?<x>a)\\k<x>', '(?i:a)']) {
      expect(withoutIgnoreCase(source)).toBeNull();
    }
  });
});

describe('LazyRegExp', () => {
  test('an iu rule is built without i and matches as the iu regex does', () => {
    const rule = new LazyRegExp(`(?<![${LETTER}])interdi(?:re|t)`, 'giu');
    expect(rule.regExp().flags).toBe('gu');
    expect(rule.source).toBe(`(?<![${LETTER}])interdi(?:re|t)`);
    expect(rule.flags).toBe('giu');
    expect(rule.exec('Il est INTERDIT, interdire')?.[0]).toBe('INTERDIT');
    expect(rule.exec('Il est INTERDIT, interdire')?.[0]).toBe('interdire');
    expect(rule.test('désinterdit')).toBe(false);
    // a rule the rewriting leaves alone keeps its i flag
    expect(new LazyRegExp('\\bban\\b', 'iu').regExp().flags).toBe('iu');
  });
});
