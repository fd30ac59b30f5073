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

/** `\uXXXX` escape of a BMP code point. */
function hex(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Each block as a string of its code points in order (BMP, no surrogates: one code unit per code point). */
const BLOCK_TEXTS = BLOCKS.map(([from, to]) => {
  const codes: number[] = [];
  for (let code = from; code <= to; code++) codes.push(code);
  return String.fromCharCode(...codes);
});

/**
 * The class contents (no brackets) of the code points of {@link BLOCKS}
 * that `property` matches, as `\uXXXX-\uXXXX` ranges: each run of members,
 * found by one global regex pass over the block's code points in order
 * (a run of matched characters is a run of consecutive code points).
 * @param property a one-character test regex, e.g. `/\p{L}/u`.
 */
export function rangesOf(property: RegExp): string {
  let out = '';
  const runs = new RegExp(`(?:${property.source})+`, 'gu');
  BLOCKS.forEach(([from], b) => {
    runs.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = runs.exec(BLOCK_TEXTS[b]!)) !== null) {
      const start = from + m.index;
      const last = start + m[0].length - 1;
      out += start === last ? hex(start) : `${hex(start)}-${hex(last)}`;
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
