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
  let k = fold(s).replace(/[.,]/g, '').replace(/[\s\u00a0\u202f-]+/g, ' ').trim();
  k = k.replace(/'s$/, '').replace(/'$/, '');
  const stripped = k.replace(LEADING_DETERMINER, '');
  return stripped.length > 0 ? stripped : k;
}

/** Builds a set of folded words from lexicon words (accents may be present in the source lists). */
export function foldSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(fold(w));
  return out;
}
