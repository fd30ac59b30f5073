/**
 * The character classes the rules use instead of \p{L}, \p{N}, \p{Lu}, \p{Ll}, \p{M}: the same
 * properties within the Latin, Greek and Cyrillic blocks, nothing outside them.
 */
import { DIGIT, LETTER, LOWER, MARK, rangesOf, UPPER } from '../../src/text/char-classes.js';

const cls = (body: string, flags = 'u') => new RegExp(`^[${body}]$`, flags);

describe('char-classes', () => {
  test.each([
    ['LETTER', LETTER, /\p{L}/u], ['DIGIT', DIGIT, /\p{N}/u], ['UPPER', UPPER, /\p{Lu}/u], ['LOWER', LOWER, /\p{Ll}/u], ['MARK', MARK, /\p{M}/u],
  ])('%s equals its Unicode property on U+0000–U+052F and U+1E00–U+1FFF', (_name, body, property) => {
    const re = cls(body);
    const differ: string[] = [];
    for (const [from, to] of [[0, 0x52f], [0x1e00, 0x1fff]] as const) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (re.test(ch) !== property.test(ch)) differ.push(c.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });
  test('rangesOf gives the same ranges as testing each code point in turn (how it was first computed), as characters', () => {
    const hex = (code: number) => String.fromCharCode(code);
    const perCodePoint = (property: RegExp): string => {
      let out = '';
      for (const [from, to] of [[0, 0x52f], [0x1e00, 0x1fff]] as const) {
        let start = -1;
        for (let code = from; code <= to + 1; code++) {
          const member = code <= to && property.test(String.fromCharCode(code));
          if (member && start < 0) start = code;
          else if (!member && start >= 0) {
            out += start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`;
            start = -1;
          }
        }
      }
      return out;
    };
    for (const property of [/\p{L}/u, /\p{N}/u, /\p{Lu}/u, /\p{Ll}/u, /\p{M}/u, /\p{Lt}/u, /\p{Nd}/u, /\p{Sc}/u, /\p{Zs}/u]) {
      expect(rangesOf(property)).toBe(perCodePoint(property));
    }
    expect(LETTER).toBe(perCodePoint(/\p{L}/u));
    expect(UPPER).toBe(perCodePoint(/\p{Lu}/u));
    expect(LETTER.startsWith('A-Za-zªµºÀ-ÖØ-ö')).toBe(true);
    expect([LETTER, DIGIT, UPPER, LOWER, MARK].some((c) => c.includes('\\'))).toBe(false); // no escapes: a third of the source
  });
  test('rangesOf refuses a property that matches class syntax or a line terminator (it would need escapes)', () => {
    expect(() => rangesOf(/\p{P}/u)).toThrow(/class/); // - [ ] \\ are punctuation
    expect(() => rangesOf(/\s/u)).toThrow(/class/); // \n
    expect(() => rangesOf(/[\^]/u)).toThrow(/class/);
    expect(rangesOf(/[a-c]/u)).toBe('a-c');
    expect(rangesOf(/[ax]/u)).toBe('ax');
  });
  test('letters of news in English and French, and their neighbours', () => {
    for (const ch of ['a', 'Z', 'é', 'À', 'ß', 'œ', 'Œ', 'ł', 'Ş', 'ǆ', 'Ω', 'ж', 'Ж', 'ạ', 'ẞ']) expect(cls(LETTER).test(ch)).toBe(true);
    for (const ch of ['0', ' ', '-', '’', '«', '€', '%', '\u00a0', '\u0301']) expect(cls(LETTER).test(ch)).toBe(false);
  });
  test('letters of other scripts are outside (documented limit)', () => {
    for (const ch of ['ش', 'א', '中', 'ー', 'ก']) expect(cls(LETTER).test(ch)).toBe(false);
  });
  test('digits, cases and marks', () => {
    expect(['0', '9', '²', '½'].every((ch) => cls(DIGIT).test(ch))).toBe(true);
    expect(cls(DIGIT).test('a')).toBe(false);
    expect(cls(UPPER).test('É') && !cls(UPPER).test('é')).toBe(true);
    expect(cls(LOWER).test('é') && !cls(LOWER).test('É')).toBe(true);
    expect(cls(UPPER, 'iu').test('é')).toBe(true); // as \p{Lu} under the i flag
    expect(cls(MARK).test('\u0301') && !cls(MARK).test('e')).toBe(true);
  });
  test('a boundary rule built with them: "ban" in "a ban on", not in "urban"', () => {
    const re = new RegExp(`(?<![${LETTER}${DIGIT}])ban(?![${LETTER}])`, 'iu');
    expect(re.test('a ban on')).toBe(true);
    expect(re.test('urban')).toBe(false);
    expect(re.test('l’interdiction, ban.')).toBe(true);
  });
});
