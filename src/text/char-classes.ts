/**
 * Character-class contents for the rules' regular expressions: letters,
 * digits, upper- and lower-case letters and combining marks, as ranges to
 * put between `[` and `]` — `(?<![${LETTER}${DIGIT}])` — where a rule would
 * otherwise write `\p{L}`, `\p{N}`, `\p{Lu}`, `\p{Ll}` or `\p{M}`.
 *
 * Why not the Unicode properties themselves: V8 compiles a regex on its
 * first run, and each `\p{L}` costs it about 0.3 ms (the property spans
 * some 650 ranges, astral planes included, which a `u` regex must turn into
 * surrogate-pair automata; case folding under `i` adds to it). factex's
 * rules hold about 650 such classes, so a process (and every worker thread)
 * spent 100–150 ms compiling them on its first article, more than the
 * extraction of a short article costs once warm. The ranges below are the
 * same properties restricted to the blocks news in English and French is
 * written in — Basic Latin through Cyrillic Supplement (U+0000–U+052F) and
 * Latin Extended Additional with Greek Extended (U+1E00–U+1FFF) — which
 * compile about four times faster. On factex's corpus and fixtures the
 * output is identical; a letter of another script (Arabic, Hebrew, CJK…)
 * counts as a symbol, not as part of a word.
 *
 * Used by the rules (src/extractors, src/lexicon, src/numbers) only: reading
 * inputs, language identification, sentence splitting and `--out` file names
 * keep the full properties, since there a letter of any script matters (a
 * Chinese article is identified as Chinese; `東京.md` gives `東京.json`).
 *
 * The ranges are computed at load from the engine's own Unicode tables (one
 * regex pass per property over the 1 840 code points of the blocks), so they
 * follow the `\p{…}` definitions of the running Node.js.
 *
 * Example: `new RegExp(\`(?<![${LETTER}${DIGIT}])ban(?![${LETTER}])\`, 'iu')`
 * matches "ban" in "a ban on" but not in "urban".
 *
 * @module
 */

/** The code-point blocks kept (inclusive bounds). */
const BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x052f], // Basic Latin … Cyrillic Supplement (Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic)
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese, Welsh…), Greek Extended
];

/** Each block as a string of its code points in order (BMP, no surrogates: one code unit per code point). */
const BLOCK_TEXTS = BLOCKS.map(([from, to]) => {
  const codes: number[] = [];
  for (let code = from; code <= to; code++) codes.push(code);
  return String.fromCharCode(...codes);
});

/** Characters that a class cannot hold as themselves: class syntax and line terminators. */
const CLASS_SYNTAX = /[\\\][^\-\n\r\u2028\u2029]/;

/**
 * The class contents (no brackets) of the code points of {@link BLOCKS}
 * that `property` matches, as ranges of the characters themselves (`A-Za-zªµºÀ-Ö…`):
 * each run of members, found by one global regex pass over the block's code points
 * in order (a run of matched characters is a run of consecutive code points).
 *
 * The characters rather than `\uXXXX` escapes: the same class to V8 (BMP characters,
 * none of them a line terminator), in a third of the source. The rules' regex sources
 * held 2.75 MB, two thirds of it these escapes, parsed again each time V8 compiles a
 * regex in a thread (and the prefilter memo keeps the sources as keys: 1.3 MB, read at
 * every start of a thread).
 * @param property a one-character test regex, e.g. `/\p{L}/u`, which must not match
 *   `\`, `]`, `[`, `^` or `-` (checked: throws an Error if it does).
 */
export function rangesOf(property: RegExp): string {
  let out = '';
  const runs = new RegExp(`(?:${property.source})+`, 'gu');
  BLOCKS.forEach(([from], b) => {
    runs.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = runs.exec(BLOCK_TEXTS[b]!)) !== null) {
      const run = m[0];
      if (CLASS_SYNTAX.test(run)) throw new Error(`rangesOf: ${property} matches a character with a meaning in a class (U+${(from + m.index).toString(16)}…)`);
      out += run.length === 1 ? run : `${run[0]!}-${run[run.length - 1]!}`;
    }
  });
  return out;
}

/** Letters (`\p{L}` within the blocks above): A–Z, a–z, À, ß, œ, ł, Ω, Ж, ẞ, ạ… */
export const LETTER = rangesOf(/\p{L}/u);
/** Numbers (`\p{N}` within the blocks): 0–9, ¹ ² ³, ¼ ½ ¾. */
export const DIGIT = rangesOf(/\p{N}/u);
/** Upper-case letters (`\p{Lu}`): A–Z, À–Þ, Œ, Ł, Ω, Ж… (under the `i` flag, as `\p{Lu}`, any case). */
export const UPPER = rangesOf(/\p{Lu}/u);
/** Lower-case letters (`\p{Ll}`): a–z, ß–ÿ, œ, ł, ω, ж… (under the `i` flag, any case). */
export const LOWER = rangesOf(/\p{Ll}/u);
/** Combining marks (`\p{M}`): U+0300–U+036F diacritics, Cyrillic titlo… */
export const MARK = rangesOf(/\p{M}/u);
