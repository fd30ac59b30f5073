/**
 * Gazetteer lookup: every known name (government bodies, organisations,
 * products, countries, places) by its {@link nameKey}, built once.
 *
 * @module
 */
import type { GazetteerEntry } from '../../lexicon/gazetteer/types.js';
import { GOVERNMENT_BODIES } from '../../lexicon/gazetteer/government.js';
import { ORGANIZATIONS } from '../../lexicon/gazetteer/organizations.js';
import { PRODUCTS } from '../../lexicon/gazetteer/products.js';
import { COUNTRIES, PLACES } from '../../lexicon/gazetteer/places.js';
import { DERIVED_COUNTRIES, DERIVED_ORGANIZATIONS, DERIVED_PLACES, DERIVED_TEAMS } from '../../lexicon/gazetteer/derived.js';
import { nameKey } from './normalize.js';
import { DIGIT, UPPER } from '../../text/char-classes.js';
import { hostMemo } from '../../text/host-memo.js';

/** A gazetteer hit: the entry and its stable index (same index = same entity). */
export interface GazetteerHit {
  id: number;
  entry: GazetteerEntry;
  /** The name is an acronym ("UN", "WHO"): it only matches text in capitals (not "Un", "Who"). */
  acronym: boolean;
}

const ALL: readonly GazetteerEntry[] = [
  ...GOVERNMENT_BODIES, ...ORGANIZATIONS, ...PRODUCTS, ...COUNTRIES, ...PLACES,
  // hand-made entries first: they win on a shared name
  ...DERIVED_COUNTRIES.map((n): GazetteerEntry => ({ names: [n], kind: 'place', country: true })),
  ...DERIVED_PLACES.map((n): GazetteerEntry => ({ names: [n], kind: 'place' })),
  ...DERIVED_TEAMS.map((n): GazetteerEntry => ({ names: [n], kind: 'organization' })),
  ...DERIVED_ORGANIZATIONS.map((n): GazetteerEntry => ({ names: [n], kind: 'organization' })),
];

/** Every entry, by the id of its {@link GazetteerHit}s. */
export const ALL_ENTRIES: readonly GazetteerEntry[] = ALL;

const BY_KEY = new Map<string, GazetteerHit>();
/** Longest known name, in words: bounds the sub-run search. */
let maxWords = 1;
/** Longest key, in code units (61: "institut national de la statistique et des etudes economiques"). */
let maxKeyChars = 1;
/** Built once for {@link rule} (character classes: text/char-classes.ts). */
const RULE_RE = new RegExp(`^[${UPPER}${DIGIT}.&-]+$`, 'u');

/** Built once for {@link rule} (character classes: text/char-classes.ts). */
const RULE_RE_2 = new RegExp(`[${UPPER}].*[${UPPER}]`, 'u');

/** Whether `n` is written as an acronym ("UN", "WHO", "U.S."): capitals, digits and `.&-` only, two capitals at least. */
function isAcronym(n: string): boolean {
  return RULE_RE.test(n) && RULE_RE_2.test(n);
}

/** The keys and acronym flags of a list of names, as the memo `gazetteer` keeps them. */
interface NameKeys {
  keys: string[];
  acronyms: boolean[];
}

/** Whether `v` is the {@link NameKeys} of `count` names (a memo entry of another shape is computed again). */
function isNameKeys(v: unknown, count: number): v is NameKeys {
  const o = v as NameKeys;
  return typeof o === 'object' && o !== null && Array.isArray(o.keys) && Array.isArray(o.acronyms)
    && o.keys.length === count && o.acronyms.length === count
    && o.keys.every((k) => typeof k === 'string') && o.acronyms.every((a) => typeof a === 'boolean');
}

/**
 * The {@link nameKey} and acronym flag of every name of the gazetteer, in order. The CLI's launcher keeps them from one
 * run of a build to the next (memo `gazetteer`, keyed by the names themselves, `src/text/host-memo.ts`): some 2 900
 * names, six regex replacements and two tests each, took 5–10 ms of every process's start.
 */
function nameKeysOf(names: readonly string[]): NameKeys {
  const memo = hostMemo('gazetteer');
  const memoKey = memo ? JSON.stringify(names) : '';
  const known = memo?.get(memoKey);
  if (isNameKeys(known, names.length)) return known;
  const computed: NameKeys = { keys: names.map(nameKey), acronyms: names.map(isAcronym) };
  memo?.set(memoKey, computed);
  return computed;
}

const NAMES = ALL.flatMap((entry) => entry.names);
const NAME_KEYS = nameKeysOf(NAMES);

let at = 0;
ALL.forEach((entry, id) => {
  for (let i = 0; i < entry.names.length; i++, at++) {
    const k = NAME_KEYS.keys[at]!;
    const acronym = NAME_KEYS.acronyms[at]!;
    const had = BY_KEY.get(k);
    if (!had) BY_KEY.set(k, { id, entry, acronym });
    // "OTAN" and "Otan", "Insee" and "INSEE": an entry that also lists the word in mixed case accepts both spellings
    else if (had.id === id && had.acronym && !acronym) BY_KEY.set(k, { id, entry, acronym: false });
    maxWords = Math.max(maxWords, k.split(' ').length);
    maxKeyChars = Math.max(maxKeyChars, k.length);
  }
});

/** The last word of every key (after its last space): see {@link mayEndKnownName}. */
const LAST_WORDS = new Set<string>();
for (const k of BY_KEY.keys()) LAST_WORDS.add(k.slice(k.lastIndexOf(' ') + 1));

/** Lower-case ASCII letters only. */
const LOWER_ASCII_WORD = /^[a-z]+$/;

/**
 * False when no known name can end with the word `word` written after a space: `word` is lower-case ASCII letters only
 * ("mondiale", "unies") and no key's last word is it. Then any surface form made of words, 1–2 spaces and `word` last
 * ("la Banque mondiale") has a key ending in " " + `word` (nothing in it is dropped, folded or collapsed) and
 * {@link lookupName} finds nothing for it. True for any other word (not checked).
 * Example: `mayEndKnownName('mondiale')` → true ("banque mondiale"); `mayEndKnownName('hier')` → false.
 */
export function mayEndKnownName(word: string): boolean {
  return !LOWER_ASCII_WORD.test(word) || LAST_WORDS.has(word);
}

/**
 * Longest surface form (code units) that {@link lookupName} normalises: 4× the longest key plus 16.
 * {@link nameKey} only shrinks a name by dropping dots, commas, combining accents, a determiner, a
 * possessive and extra white space — never to a quarter of its length in real text ("U.S." → "us",
 * decomposed "é" → "e", two spaces → one) — so a longer surface cannot be a known name. Callers probe
 * every prefix of a candidate run ("HP France", "Detroit Pistons Chauncey Billups"); without this
 * bound a run of N capitalised words (a 1 MB title-case text, "M. M. M. …") costs O(N²).
 */
export const MAX_LOOKUP_CHARS = 4 * maxKeyChars + 16;

/** Longest name of the gazetteer in words. */
export const GAZETTEER_MAX_WORDS = maxWords;

/**
 * The entry named by the surface form `name` ("Pentagone", "the Pentagon",
 * "U.S. Department of Defense"), if any; acronyms match only in capitals.
 */
export function lookupName(name: string): GazetteerHit | undefined {
  if (name.length > MAX_LOOKUP_CHARS) return undefined;
  const hit = BY_KEY.get(nameKey(name));
  if (hit && hit.acronym && name !== name.toUpperCase()) return undefined;
  return hit;
}

/** The entry whose key is exactly `key` (already {@link nameKey}-normalised). */
export function lookupKey(key: string): GazetteerHit | undefined {
  return BY_KEY.get(key);
}
