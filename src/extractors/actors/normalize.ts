/**
 * Name normalisation for lexicon lookups and alias matching.
 *
 * @module
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;
const SOFT_HYPHEN = /\u00ad/g;

/** A character {@link fold} may change other than by lower-casing: beyond ASCII, or the backtick (U+0060). */
const BEYOND_ASCII = /[^\u0000-\u005f\u0061-\u007f]/;

/** Lower case, accents removed, typographic apostrophes → `'`: "Élysée" → "elysee", "d’OpenAI" → "d'openai". */
export function fold(s: string): string {
  // ASCII without a backtick: NFKD leaves it as is and nothing is removed or replaced (most words; 3× faster)
  if (!BEYOND_ASCII.test(s)) return s.toLowerCase();
  // (a soft hyphen left by the page inside a word is no letter: "Vladi\u00admir" → "vladimir")
  return s.normalize('NFKD').replace(DIACRITICS, '').replace(SOFT_HYPHEN, '').toLowerCase().replace(APOSTROPHES, "'");
}

const LEADING_DETERMINER = /^(?:(?:the|le|la|les)\s+|l')/; // a word of its own: not the "Le" of "Leyen" nor the "The" of "Theresa"

/**
 * Lookup key of a name: folded, dots and commas dropped, spaces collapsed,
 * a leading determiner and a trailing possessive removed.
 * "The U.S. Department of Defense's" → "us department of defense".
 */
export function nameKey(s: string): string {
  let key = KEY_MEMO.get(s);
  if (key === undefined) {
    key = computeNameKey(s);
    if (s.length <= KEY_MEMO_MAX_CHARS) {
      if (KEY_MEMO.size >= KEY_MEMO_MAX) KEY_MEMO.clear();
      KEY_MEMO.set(s, key);
    }
  }
  return key;
}

/**
 * Keys of the names seen in the current document (a document asks for the same names and their prefixes again and
 * again: each candidate run, each extension of it, each alias). Emptied by {@link startNameKeyMemo} at each document,
 * and when it reaches {@link KEY_MEMO_MAX} entries; names longer than {@link KEY_MEMO_MAX_CHARS} are not kept.
 */
const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_MAX = 20_000;
const KEY_MEMO_MAX_CHARS = 200;

/** Empties the memo of {@link nameKey} (called as the actor extractor starts a document; results never depend on it). */
export function startNameKeyMemo(): void {
  KEY_MEMO.clear();
}

/** {@link nameKey}, computed. */
function computeNameKey(s: string): string {
  let k = plainWords(s) ? s.toLowerCase() : fold(s).replace(/[.,]/g, '').replace(/[\s\u00a0\u202f-]+/g, ' ').trim();
  k = k.replace(/'s$/, '').replace(/'$/, '');
  const stripped = k.replace(LEADING_DETERMINER, '');
  return stripped.length > 0 ? stripped : k;
}

/**
 * True when `s` is ASCII words separated by single spaces — no backtick, dot, comma, hyphen or other white space, no space
 * at either end ("Barack Obama", "Kmart", "Sears Holdings"; most names looked up): the first steps of
 * {@link computeNameKey} (fold, drop dots and commas, collapse white space and hyphens, trim) then only lower-case it.
 */
function plainWords(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    // beyond ASCII, the backtick (fold changes them), control characters and white space, "," "-" "."
    if (c > 0x7e || c === 0x60 || c < 32 || c === 44 || c === 45 || c === 46) return false;
  }
  return true;
}

/** Builds a set of folded words from lexicon words (accents may be present in the source lists). */
export function foldSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(fold(w));
  return out;
}
