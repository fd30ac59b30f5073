/**
 * wordAlternation (src/extractors/attribution-lexicon.ts): the words of a lexicon list as one regex, built as a trie of
 * their characters. It must match exactly what the plain list of the words, longest first, with a whole-word guard
 * after each word but those ending in an apostrophe, matches: the same place and the same word, also when what
 * follows the alternation in a larger regex makes the engine back off to a shorter word. Words that do not fit the
 * trie (a character with an odd case variant, two sibling letters that are case variants) fall back to the list.
 */
import { jest } from '@jest/globals';
import { escapeRegExp, reportingLexicon, wordAlternation } from '../../src/extractors/attribution-lexicon.js';
import { DIGIT, LETTER } from '../../src/text/char-classes.js';

jest.setTimeout(60_000);

/** The alternation as it was before the trie: each word in turn, longest first, the guard after each run of guarded words. */
function listAlternation(words: readonly string[]): string {
  const runs: { guarded: boolean; bodies: string[] }[] = [];
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const body = escapeRegExp(w).replace(/ /g, '[\\s\\u00a0\\u202f]{1,3}').replace(/['’]/g, "['’]");
    const guarded = !/['’]$/.test(w);
    const last = runs[runs.length - 1];
    if (last && last.guarded === guarded) last.bodies.push(body);
    else runs.push({ guarded, bodies: [body] });
  }
  const alts = runs.map((r) => (r.guarded ? `(?:${r.bodies.join('|')})(?![${LETTER}${DIGIT}])` : r.bodies.join('|')));
  return `(?<![${LETTER}${DIGIT}])(?:${alts.join('|')})`;
}

/** Every match of `source` (flags `flags`, global) in `text`: offset, match and first group. */
function matches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const SAMPLE = 'He said that it rose. She says, saying that: « qu’il a dit » et qu\'elle DIT, a laissé  entendre, a laissé entendre. '
  + 'SAID THAT again; unsaid; said9; (says) sayings said\u00a0that it, a dit que, a déclaré qu’';

describe('wordAlternation', () => {
  test('the longest word wins where several match, then the shorter ones as the regex backs off', () => {
    const words = ['said', 'said that', 'says', 'saying', "qu'", 'dit', 'a dit', 'laissé entendre', 'a laissé entendre'];
    const source = wordAlternation(words);
    expect(matches(source, 'giu', SAMPLE).map((m) => m.split(':')[1])).toEqual([
      'said that', 'says', 'saying', 'qu’', 'a dit', 'qu\'', 'DIT', 'a laissé  entendre', 'a laissé entendre', 'SAID THAT', 'says', 'said\u00a0that', 'a dit', 'qu’',
    ]);
    // "said that it" wanted: the engine backs off from "said that" to "said" when " it" does not follow "said that"
    expect(matches(`(${source})\\s+(?:it|that)`, 'giu', 'he said that it was; he said that')).toEqual(['3:said that it:said that', '24:said that:said']);
  });

  test('it is built as a trie (a shared prefix written once) and compiles', () => {
    const source = wordAlternation(['said', 'says', 'saying']);
    expect(source).toContain('sa(?:');
    expect(source.match(/sa/g)).toHaveLength(1);
    expect(() => new RegExp(source, 'giu')).not.toThrow();
  });

  test('words that do not fit the trie give the plain list, matching the same', () => {
    // « ſ » is a case variant of "s" under the i flag; "Us" and "us" are sibling case variants
    for (const words of [['ſaid', 'said'], ['Us', 'us', 'use']]) {
      const source = wordAlternation(words);
      expect(source).toContain(escapeRegExp(words[0]!));
      expect(matches(source, 'giu', 'ſaid said US us use Use')).toEqual(matches(listAlternation(words), 'giu', 'ſaid said US us use Use'));
    }
  });

  test('the lexicons\' lists match exactly what their plain lists match (corpus-like text and every word in variants)', () => {
    for (const language of ['en', 'fr'] as const) {
      const lex = reportingLexicon(language);
      const lists = Object.values(lex).filter((v): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string'));
      lists.push([...lex.reportingVerbs, ...lex.speechVerbs]);
      for (const list of lists) {
        let text = SAMPLE;
        for (const w of list) text += ` ${w} ${w.toUpperCase()}x ${w.replace(/ /g, '   ')}, ${w}'s ${w.replace(/'/g, '’')}il ${w}9 (${w}) x${w}.`;
        const trie = wordAlternation(list);
        const plain = listAlternation(list);
        for (const flags of ['giu', 'gu']) expect(matches(trie, flags, text)).toEqual(matches(plain, flags, text));
        // with a continuation that makes the engine back off to shorter words
        const tail = '(?:[\\s\\u00a0]+[a-zé]+){0,2}[\\s\\u00a0]*[.,]';
        expect(matches(`(${trie})${tail}`, 'giu', text)).toEqual(matches(`(${plain})${tail}`, 'giu', text));
      }
    }
  });
});
