/**
 * Every match of a global regex in a string, without `String.prototype.matchAll`'s copy of the regex: matchAll
 * builds a new RegExp from the pattern at each call (species constructor), which for the rules' long alternations and
 * character classes costs some 5 µs a call (measured: 20 000 calls of a 300-word alternation on a short sentence, 124–179 ms
 * with matchAll against 1 ms with exec). Rules scan thousands of short windows per article.
 *
 * @module
 */

/**
 * The matches `text.matchAll(re)` yields, in order, as an array: from `re.lastIndex` (as matchAll's copy starts), an
 * empty match moving on by one character (a code point with the `u` or `v` flag). `re.lastIndex` is as it was when this
 * returns (matchAll never touches it), so a caller may run `re` again inside its loop over the result.
 * Example: `allMatches(/\d+/g, 'a1b22')` → matches "1" at 1 and "22" at 3.
 * @throws TypeError when `re` lacks the `g` flag (as matchAll does).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: /${re.source.slice(0, 40)}/${re.flags} must have the g flag, as String.prototype.matchAll requires`);
  const saved = re.lastIndex;
  const unicode = re.unicode || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/** ECMAScript's AdvanceStringIndex: the offset after the character at `i` (both halves of a surrogate pair with `unicode`). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** Global copies of rule regexes, one per regex object ({@link rewoundGlobal}). */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/**
 * A global copy of `re` (its source and flags, `g` added when missing), built once per regex object and rewound to
 * `lastIndex` 0 at each call, for a scan `while ((m = copy.exec(text)) !== null)` over a document. Building the copy anew
 * for each document (`new RegExp(re.source, re.flags)`) cost a look-up of the source in V8's regex cache at every
 * document — hashing and comparing sources of up to 66 000 characters (the government-phrase pattern) — for the same
 * matches. The loop that uses the copy must not run a scan of the same regex inside it (none does: each copy belongs to
 * one function), and a scan that stops before `exec` returns null leaves `lastIndex` where it stopped, which the next
 * call rewinds.
 * Example: `const re = rewoundGlobal(lex.governmentPhrase); while ((m = re.exec(text)) !== null) …`.
 */
export function rewoundGlobal(re: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(re);
  if (copy === undefined) {
    copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL_COPIES.set(re, copy);
  }
  copy.lastIndex = 0;
  return copy;
}
