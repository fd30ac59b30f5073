/**
 * Nationality agreement between a person's description and the person (ruleId actors/description-nationality): "The U.S.
 * president" is not Rishi Sunak when the text calls him "British Prime Minister Rishi Sunak", « le chancelier allemand »
 * is not Emmanuel Macron once « le président français » named him. What the text says of a person's nation comes from a
 * title written before the name with a demonym or a country's possessive ("Canadian Prime Minister Mark Carney",
 * "Brazil's President Lula", « le président français Emmanuel Macron »), from a country or government the person holds an
 * office of (`roleOf`), and from the descriptions with a demonym already resolved to the person.
 *
 * Nations are compared by their folded words: a demonym or a country's name. The irregular pairs come from the gazetteer's
 * {@link IRREGULAR_DEMONYMS} ("british" → United Kingdom); the others share a stem ("mexican"/"mexico",
 * « brésilien »/« Brésil »).
 *
 * @module
 */
import type { Cluster } from './link.js';
import type { FoldedLexicon } from './lexicon.js';
import { fold } from './normalize.js';
import { ALL_ENTRIES, lookupName } from './gazetteer.js';
import { IRREGULAR_DEMONYMS } from '../../lexicon/gazetteer/places.js';
import { DERIVED_DEMONYMS } from '../../lexicon/gazetteer/derived.js';
import { FR_DEMONYMS } from '../../lexicon/fr/actors.js';

/** Endings of demonyms (EN, FR, folded) and of country names, dropped to compare stems: "mexican" → "mexic", "mexico" → "mexic". */
const DEMONYM_ENDING = /(?:iennes?|iens?|aines?|ains?|aises?|ais|oises?|ois|andes?|ands?|ians?|ans?|ese|ish|ie|ia|ique|a|e|i|o|y|s)$/u;

/** The folded demonyms of both languages, with French feminine and plural forms ("française", « allemande »). */
const DEMONYMS: ReadonlySet<string> = new Set([...DERIVED_DEMONYMS, ...FR_DEMONYMS,
  ...[...FR_DEMONYMS].flatMap((w) => [`${w}e`, `${w}s`, `${w}es`, w.endsWith('ien') ? `${w}ne` : w]),
  ...IRREGULAR_DEMONYMS.keys()].map(fold));

/** Whether the folded word `w` is a demonym or a nation code ("u.s.", « allemande », "canadian"). */
export function isNationWord(w: string): boolean {
  return DEMONYMS.has(w) || IRREGULAR_DEMONYMS.has(w);
}

/** The country a folded demonym or country name stands for, folded when the gazetteer knows it, else its stem. */
function canonical(w: string): string {
  const irregular = IRREGULAR_DEMONYMS.get(w) ?? IRREGULAR_DEMONYMS.get(w.replace(/(?:e|s|es)$/u, ''));
  return irregular ? fold(irregular) : w;
}

/** Whether two folded nation words (demonyms or country names) name one nation: "mexican"/"mexico", "british"/"united kingdom". */
export function sameNation(a: string, b: string): boolean {
  const x = canonical(a);
  const y = canonical(b);
  if (x === y) return true;
  const sx = x.replace(DEMONYM_ENDING, '');
  const sy = y.replace(DEMONYM_ENDING, '');
  return Math.min(sx.length, sy.length) >= 4 && (sx.startsWith(sy) || sy.startsWith(sx));
}

/**
 * The nation word of a description, folded: its demonym before the head ("The U.S. president", "the British prime
 * minister") or after it (« le président français », « la chancelière allemande »). Undefined when it has none.
 */
export function descriptionNation(descText: string): string | undefined {
  for (const w of descText.split(/[\s'’]+/u)) {
    const f = fold(w);
    if (isNationWord(f)) return f;
  }
  return undefined;
}

/** A word of a title written before a name: capitalised, or in lower case (« le président français »), or a country's possessive. */
const TITLE_WORD = /^(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}.-]*(?:['’]s)?|\p{Ll}[\p{Ll}-]*)$/u;
/** A determiner or preposition ending a title's words (it is not part of the title). */
const STOP_WORDS = new Set(['the', 'le', 'la', 'les', "l'", 'of', 'de', 'du', 'des', 'and', 'et', 'by', 'par', 'with', 'avec', 'a', 'an']);

/**
 * The nation words written in the title right before a person's mention `start` (window of 60 code units): the run of title
 * words back to a determiner, a punctuation mark or a verb, holding a role head of `lex` and a demonym or a possessive
 * ("Canadian Prime Minister Mark Carney" → "canadian", "Brazil's President Lula" → "brazil", « le président français
 * Emmanuel Macron » → "francais").
 */
function titleNations(text: string, start: number, lex: FoldedLexicon): string[] {
  const window = text.slice(Math.max(0, start - 60), start);
  if (!/\s$/u.test(window)) return [];
  const cut = Math.max(...['\n', ',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '!', '?'].map((p) => window.lastIndexOf(p)), -1);
  const words = window.slice(cut + 1).trim().split(/\s+/u).filter(Boolean);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 5; i--) {
    const w = words[i]!;
    // a sentence's full stop ends the run ("said. Canadian …"), an abbreviation's does not ("U.S.")
    if (!TITLE_WORD.test(w) || STOP_WORDS.has(w.toLowerCase()) || (/\.$/u.test(w) && !/^(?:U\.S\.|U\.K\.)$/u.test(w))) break;
    run.unshift(w);
  }
  if (run.length < 2) return [];
  const folded = run.map((w) => fold(w.replace(/['’]s$/u, '')));
  const joined = ` ${folded.join(' ')} `;
  if (!lex.roleHeads.some((h) => joined.includes(` ${fold(h)} `))) return [];
  const out: string[] = [];
  run.forEach((w, i) => {
    // (a possessive only when it names a country: "Brazil's President", not "Microsoft's President")
    if (isNationWord(folded[i]!) || (/['’]s$/u.test(w) && lookupName(w.replace(/['’]s$/u, ''))?.entry.country)) out.push(folded[i]!);
  });
  return out;
}

/** The folded names of a country or government cluster, with its gazetteer entry's names in both languages. */
function countryNames(c: Cluster): string[] {
  const names = [...c.keys];
  if (c.gazId !== undefined) names.push(...(ALL_ENTRIES[c.gazId]?.names ?? []).map(fold));
  return names;
}

/**
 * What the text says of the nation of the person `c`: folded demonyms and country names, from titles before its mentions,
 * its `roleOf` when that is a country or a government, and `described` (nation words of descriptions already resolved to it).
 */
export function personNations(c: Cluster, text: string, lex: FoldedLexicon, described: readonly string[] = []): string[] {
  const out = [...described];
  for (const m of c.mentions) out.push(...titleNations(text, m.start, lex));
  const of = c.roleOf;
  if (of && (of.country || (of.gazId !== undefined && ALL_ENTRIES[of.gazId]?.country))) out.push(...countryNames(of));
  return out;
}

/**
 * Agreement of a description's nation `nation` with a person's `nations`: 1 when one of them names it, -1 when the text names
 * only other nations of the person (among words it can read as nations), 0 when it says nothing.
 */
export function nationAgreement(nation: string, nations: readonly string[]): -1 | 0 | 1 {
  if (nations.length === 0) return 0;
  if (nations.some((n) => sameNation(nation, n))) return 1;
  return -1;
}
