/**
 * Context cues of an unknown name's KIND, and filters of capitalised runs that name no actor. Called by classify.ts on
 * names the gazetteer does not know; every cue looks at a bounded window (at most ~60 code units, or a few tokens) around
 * the run, so the work per candidate is constant.
 *
 * Kinds (first that applies wins; {@link contextKind}):
 * - `actors/venue-head` — a name closed by a venue head ("Rymell Auditorium", "Bridgeham Arena") → organization;
 * - `actors/place-county` — "Pelham County", "Orleans Parish" → place;
 * - `actors/place-department` — « Kervalec (Finistère) »: a town then a French department (or a known place) in brackets → place;
 * - `actors/place-shape` — « Noyal-sur-Vilaine », « Saint-Jean-du-Maroni », « Ille-et-Vilaine »: a hyphenated name with an
 *   inner lower-case particle → place;
 * - `actors/place-capital-of` — "X, the capital of Malawi", « X, capitale du Malawi », « X, une commune de » → place;
 * - `actors/place-locative-phrase` — "north of X", "outside X", "residents of X", « près de X », « au nord de X », « la
 *   population de X et de Y » → place;
 * - `actors/works-list` — "works by A, B and C", « des œuvres de A, B et C » → person;
 * - `actors/operated-by` — "operated by X", « exploité par X » → organization;
 * - `actors/org-noun-before` — "the company X", « la secte X », « la société X » → organization.
 *
 * Non-entities ({@link nonEntity}): time zones after a time (`actors/time-zone`), units after a number (`actors/unit`), a
 * generic acronym closing a short run ("Live CD", `actors/generic-acronym`), an acronym the text expands with lower-case
 * words ("personally identifiable information (PII)", `actors/common-expansion`), storms, operations and competitions
 * (`actors/event-name`), a name before a year ("Euro 2012", `actors/event-year`), concepts with a capitalised head ("Boson de
 * Higgs", "Kuznets Curve", `actors/eponym-concept`), isotopes ("Césium 137", `actors/isotope`), a genus before its species
 * (`actors/species-name`), religion adjectives (`actors/religion-adjective`), an adverb and a number ("Roughly 200",
 * `actors/number-after-adverb`), URL slugs (`actors/url-slug`).
 *
 * @module
 */
import type { ActorKind } from '../../types.js';
import type { Token } from './tokens.js';
import type { FoldedLexicon } from './lexicon.js';
import { actorLexicon } from './lexicon.js';
import { lookupName } from './gazetteer.js';
import { fold, foldSet } from './normalize.js';
import { FIRST_NAMES } from '../../lexicon/gazetteer/first-names.js';
import { GOVERNMENT_HEADS, ORG_HEADS } from '../../lexicon/gazetteer/heads.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS } from '../../lexicon/gazetteer/derived.js';
import {
  ELEMENTS, FRENCH_DEPARTMENTS, GENERIC_ACRONYMS, POSTAL_STATE_CODES, TIME_ZONES, UNITS, type ActorKindCues,
} from '../../lexicon/gazetteer/kind-cues.js';
import { EN_KIND_CUES } from '../../lexicon/en/actor-kinds.js';
import { FR_KIND_CUES } from '../../lexicon/fr/actor-kinds.js';

/** What the cues read: the classifier's context (text, tokens, folded lexicon). */
export interface CueContext {
  text: string;
  tokens: readonly Token[];
  lex: FoldedLexicon;
  lowerSeen: ReadonlySet<string>;
}

/** {@link ActorKindCues} with folded word sets. */
interface FoldedCues extends ActorKindCues {
  readonly orgNounsBefore: Set<string>;
  readonly geoNouns: Set<string>;
  readonly eventNouns: Set<string>;
  readonly taxonNouns: Set<string>;
  readonly durationNouns: Set<string>;
  readonly religionWords: Set<string>;
}

const foldCues = (c: ActorKindCues): FoldedCues => ({
  ...c,
  orgNounsBefore: foldSet(c.orgNounsBefore),
  geoNouns: foldSet(c.geoNouns),
  eventNouns: foldSet(c.eventNouns),
  taxonNouns: foldSet(c.taxonNouns),
  durationNouns: foldSet(c.durationNouns),
  religionWords: foldSet(c.religionWords),
});
const EN = foldCues(EN_KIND_CUES);
const FR = foldCues(FR_KIND_CUES);
/** The cues of the language whose lexicon is `lex`. */
const cuesOf = (lex: FoldedLexicon): FoldedCues => (lex === actorLexicon('fr') ? FR : EN);

/** Venue heads closing a name (folded): "Ryman Auditorium", "Bridgestone Arena", "Shoreline Amphitheatre" (actors/venue-head). */
const VENUE_HEADS = new Set(['auditorium', 'arena', 'amphitheatre', 'amphitheater', 'amphitheatres', 'pavilion', 'theatre', 'theater',
  'stadium', 'coliseum', 'colosseum', 'ballroom', 'speedway', 'raceway', 'velodrome', 'bowl', 'garden', 'gardens', 'dome', 'hall']);

/** Administrative heads closing an English place's name (folded): "Pelham County", "Orleans Parish" (actors/place-county). */
const COUNTY_HEADS = new Set(['county', 'parish', 'township', 'borough', 'oblast', 'krai', 'prefecture', 'governorate']);

/** Lower-case particles inside hyphenated French place names (actors/place-shape): « -sur- », « -lès- », « -en- », « -et- ». */
const PLACE_SHAPE = /^\p{Lu}[\p{L}'’]{1,20}(?:-\p{Lu}[\p{L}'’]{0,20}){0,3}-(?:sur|sous|lès|lez|les|en|et|de|du|des|la|le|aux|au|d['’]\p{L}{1,20})-\p{Lu}[\p{L}'’-]{1,30}$/u;

/** Whether a word is a hyphenated place name by its shape (« Noyal-sur-Vilaine », « Saint-Jean-du-Maroni »). */
export function placeShaped(word: string): boolean {
  return word.length <= 60 && PLACE_SHAPE.test(word) && !BUILDING_FIRST.has(fold(word.slice(0, word.indexOf('-'))));
}

/** First words of hyphenated names of buildings, not towns (folded): « la Maison-des-Marins », « l'Hôtel-de-Ville ». */
const BUILDING_FIRST = new Set(['maison', 'hotel', 'palais', 'chateau', 'musee', 'eglise', 'basilique', 'cathedrale', 'theatre',
  'pavillon', 'salle', 'halle', 'tour', 'gare', 'pont', 'place', 'rue', 'avenue', 'boulevard', 'quai', 'stade', 'hopital', 'college',
  'lycee', 'ecole']);

/** Concept heads capitalised inside their name (folded): "Boson de Higgs", "Kuznets Curve", "Doppler Effect". */
const CONCEPT_HEADS = new Set(['boson', 'bosons', 'curve', 'courbe', 'effect', 'effet', 'paradox', 'paradoxe', 'theorem', 'theoreme',
  'principle', 'principe', 'equation', 'constant', 'constante', 'conjecture', 'syndrome', 'disease', 'maladie', 'comet', 'comete']);

/** A time right before a time zone: "5 h 25 ", "9:30 a.m. ", "10pm ", "(3 h 25 " (actors/time-zone). */
const TIME_BEFORE = /(?:\d|[ap]\.?m\.?|\bh)[ \u00a0]{1,2}$/iu;
/** A number, "per", « par » or a slash right before a unit: "450 ", "0.20 ", "per ", "/" (actors/unit). */
const NUMBER_BEFORE = /(?:\d[ \u00a0\u202f]{0,2}|(?:per|par|a|an)[ \u00a0]|\/)$/u;
/** Latin species epithets by their ending: "albopictus", "coli"? (no: too short) — "-ensis", "-oides", "-icus", "-atum" (actors/species-name). */
const LATIN_EPITHET = /^[a-z]{2,20}(?:ensis|oides|icus|icum|atus|atum|iae|ii)$/;

const spaced = (text: string, a: Token, b: Token): boolean => /^[ \u00a0]{1,2}$/.test(text.slice(a.end, b.outerStart));

/** Binomials ("genus epithet", folded) already rejected in a document, per token list (actors/species-name). */
const SPECIES = new WeakMap<readonly Token[], Set<string>>();

/** Acronyms the document expands by lower-case words ("personally identifiable information (PII)"), per token list. */
const COMMON_EXPANSIONS = new WeakMap<readonly Token[], Set<string>>();

/** Quotes and spaces between an expansion and its parenthesised acronym. */
const TRAILING = new Set(['"', '“', '”', '«', '»', "'", '’', ' ', '\u00a0', '\n', '\t']);

/** Words left out of an acronym's initials (folded). */
const SKIP = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'en', 'a', 'to', 'in']);

/**
 * Acronyms in parentheses whose expansion right before them is made of lower-case common words (not an institution head):
 * '"personally identifiable information" (PII)', « insuffisance rénale aiguë (IRA) » (ruleId actors/common-expansion). One
 * linear scan of the text, once per document.
 */
function commonExpansions(ctx: CueContext): Set<string> {
  let set = COMMON_EXPANSIONS.get(ctx.tokens);
  if (set) return set;
  set = new Set();
  const { text, lex } = ctx;
  const re = /\(([A-Z]{2,6})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const acr = m[1]!.toLowerCase();
    // the expansion before the parenthesis, without the quotes and spaces that close it (a loop: a regex `[…]+$` would be
    // retried from every position of a long run of spaces)
    let cut = m.index;
    while (cut > 0 && m.index - cut < 120 && TRAILING.has(text[cut - 1]!)) cut--;
    const before = text.slice(Math.max(0, cut - 120), cut);
    const ws = before.split(/[\s\u00a0"“”«»]+/u).filter((w) => w.length > 0);
    const picked: string[] = [];
    for (let k = ws.length - 1; k >= 0 && picked.length < acr.length && ws.length - k <= acr.length * 2 + 2; k--) {
      const w = ws[k]!.replace(/^(?:[dlcjmnst]|qu)['’]/u, ''); // « d'insuffisance » → "insuffisance"
      if (w === '' || /[^\p{Ll}'’-]/u.test(w)) break; // a capital, a digit or punctuation ends the expansion
      if (!SKIP.has(fold(w))) picked.unshift(fold(w));
    }
    if (picked.length !== acr.length) continue;
    const ini = picked.map((w) => w[0]).join('');
    const head = picked[0]!;
    if (ini === acr && !GOVERNMENT_HEADS.has(head) && !ORG_HEADS.has(head) && !lex.institutionHeads.has(head)
      && !lex.extensibleHeads.has(head) && !lex.descriptions.has(head)) set.add(m[1]!);
  }
  COMMON_EXPANSIONS.set(ctx.tokens, set);
  return set;
}

/**
 * Token `k` is an acronym that the text expands by lower-case common words, even if a body of the gazetteer has the same
 * initials: « insuffisance rénale aiguë (IRA) … l'IRA » (ruleId actors/common-expansion).
 */
export function commonAcronym(k: number, ctx: CueContext): boolean {
  const t = ctx.tokens[k]!;
  return t.acronym && commonExpansions(ctx).has(t.text);
}

/**
 * The run first..last (token indices, inclusive) names no actor (see the module comment for the rules).
 * @returns the ruleId of the filter that applies, or undefined.
 */
export function nonEntity(first: number, last: number, ctx: CueContext): string | undefined {
  const { text, tokens, lex } = ctx;
  const cues = cuesOf(lex);
  const t0 = tokens[first]!;
  const tl = tokens[last]!;
  const start = t0.start;
  const end = tl.end;
  const one = first === last;
  const before = text.slice(Math.max(0, t0.outerStart - 16), t0.outerStart);
  if (one) {
    // "5 h 25 CEST", "9:30 a.m. EST", "(3 h 25 UTC)"
    if (TIME_ZONES.has(t0.text) && TIME_BEFORE.test(before)) return 'actors/time-zone';
    // "0.20 mSv/h", "450 MW", "per kWh"
    if (UNITS.has(t0.text) && (NUMBER_BEFORE.test(before) || text[end] === '/')) return 'actors/unit';
    // "38°C", « 37 degrés C », "100 degrees F"
    if ((t0.text === 'C' || t0.text === 'F') && /(?:°|degrés?|degrees?)[ \u00a0]?$/u.test(before)) return 'actors/unit';
    // "pic.twitter.com/MYwRz9euaq"
    if (text[t0.outerStart - 1] === '/') return 'actors/url-slug';
    // "the Hindu festival", "the Sikh religious minority", « la communauté Sikh »
    if (cues.religionWords.has(t0.norm)) return 'actors/religion-adjective';
    // "l'Euro 2012", "Expo 2020": a name before a year names an edition of an event
    const next = tokens[last + 1];
    const art = tokens[first - 1];
    const articled = t0.elision === "l'" || (!!art && !art.cap && /^(?:the|le|la|les)$/.test(art.norm) && spaced(text, art, t0));
    if (next && /^(?:19|20)\d\d$/.test(next.text) && spaced(text, tl, next) && !t0.acronym && !FIRST_NAMES.has(t0.norm)
      && (articled || cues.eventNouns.has(t0.norm) || /^(?:euro|expo|mundial|mondial)$/.test(t0.norm))) {
      return 'actors/event-year';
    }
    // "Césium-137", "Iodine-131"
    const iso = /^(\p{L}{3,12})-\d{1,3}$/u.exec(t0.text);
    if (iso && ELEMENTS.has(fold(iso[1]!))) return 'actors/isotope';
    // « le papillon Zizeeria maha », "the mosquito Aedes albopictus", "Bacillus thuringiensis"
    const epithet = tokens[last + 1];
    if (epithet && !epithet.cap && !epithet.digits && epithet.elision === '' && /^[a-z]{3,20}$/.test(epithet.text)
      && spaced(text, tl, epithet) && !t0.acronym && !lex.commonWords.has(epithet.norm) && !DERIVED_COMMON_NOUNS.has(epithet.norm)
      && !DERIVED_ADJECTIVES.has(epithet.norm) && !lex.connectors.has(epithet.norm)) {
      const p = tokens[first - 1];
      const taxon = !!p && !p.cap && cues.taxonNouns.has(p.norm) && spaced(text, p, t0);
      // « le lycénidé Zizeeria maha … les Zizeeria maha étaient »: a binomial once named after its taxon noun stays one
      let seen = SPECIES.get(tokens);
      const pair = `${t0.norm} ${epithet.norm}`;
      if (taxon || LATIN_EPITHET.test(epithet.text) || seen?.has(pair)) {
        if (!seen) SPECIES.set(tokens, (seen = new Set()));
        seen.add(pair);
        return 'actors/species-name';
      }
    }
  }
  // "Césium 137", "Iodine 131", "Strontium 90"
  if (last === first + 1 && tl.digits && ELEMENTS.has(t0.norm)) return 'actors/isotope';
  // "Roughly 200", "Nearly 40", « Environ 300 »
  if (last === first + 1 && tl.digits && !lookupName(t0.text)
    && (/ly$/.test(t0.norm) || lex.commonWords.has(t0.norm) || DERIVED_ADJECTIVES.has(t0.norm))) return 'actors/number-after-adverb';
  // "Live CD", "Blu-ray DVD"
  if (!one && last - first <= 1 && tl.acronym && GENERIC_ACRONYMS.has(tl.norm) && !lookupName(text.slice(start, end))) {
    return 'actors/generic-acronym';
  }
  const heads = (t: Token): boolean => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm);
  const toks = tokens.slice(first, last + 1);
  // "Typhoon Sepalo", "Operation Sandcastle", « Coupe du Monde », "the World Cup", "Tropical Storm Kendra"
  if (!one && last - first <= 4 && toks.some((t, i) => t.cap && cues.eventNouns.has(t.norm) && (i <= 1 || i === toks.length - 1))
    && !toks.some(heads) && !FIRST_NAMES.has(t0.norm)) return 'actors/event-name';
  // « le typhon Sepalo », « l'opération Harpion », "the typhoon Sepalo"; « un deuxième typhon, Kalmarin, »
  const p = tokens[first - 1];
  if (p && !p.cap && cues.eventNouns.has(p.norm) && !FIRST_NAMES.has(t0.norm) && t0.elision === ''
    && (spaced(text, p, t0) || (/^,[ \u00a0]$/.test(text.slice(p.end, t0.outerStart)) && text[end] === ','))) return 'actors/event-name';
  // "Boson de Higgs", "the Environmental Kuznets Curve", "the Doppler Effect"
  if (!one && ((t0.cap && CONCEPT_HEADS.has(t0.norm) && !tokens[first + 1]!.cap) || (tl.cap && CONCEPT_HEADS.has(tl.norm)))) {
    return 'actors/eponym-concept';
  }
  return undefined;
}

/**
 * The index of the last token to keep when the run ends with a number that counts the noun after it: "Québec 48 heures",
 * "Kessington 48 hours" → the run without the number (ruleId actors/name-duration); else `last`.
 */
export function durationTrim(first: number, last: number, ctx: CueContext): number {
  const { text, tokens } = ctx;
  const tl = tokens[last]!;
  const next = tokens[last + 1];
  if (last > first && tl.digits && next && !next.cap && spaced(text, tl, next) && cuesOf(ctx.lex).durationNouns.has(next.norm)) {
    return last - 1;
  }
  return last;
}

/**
 * A postal state or province code after "Town, " ("Tampa, FL", "Marlowe, ON"), ending its line or followed by punctuation, a
 * lower-case word or a digit (ruleId actors/us-state-code).
 */
export function postalCodeAt(k: number, ctx: CueContext): boolean {
  const { text, tokens } = ctx;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || !prev.cap || !POSTAL_STATE_CODES.has(t.text) || !/^,[ \u00a0]$/.test(text.slice(prev.end, t.outerStart))) return false;
  const after = text.slice(t.end, t.end + 3);
  // (a venue after "@" or "|" in a tour or event list: "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre")
  return after === '' || /^(?:[ \u00a0]*(?:\r?\n|$)|[,.;:)]|[ \u00a0](?:\p{Ll}|\d|[-–—(@|/·]))/u.test(after);
}

/**
 * The run at `first` is a member of a list of names opened by `opener` (a pattern of the text right before the first member):
 * "works by A, B and C", « des œuvres de A, B et C », « les villes de Milan, Giverny, Barcelone ». At most 12 members back,
 * of at most 3 capitalised words each.
 */
function listMember(first: number, ctx: CueContext, opener: RegExp): boolean {
  const { text, tokens } = ctx;
  let k = first;
  for (let n = 0; n < 12; n++) {
    const t = tokens[k]!;
    if (opener.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
    const p = tokens[k - 1];
    if (!p) return false;
    const gap = text.slice(p.end, t.outerStart);
    let m: number;
    if (/^,[ \u00a0]$/.test(gap) && p.cap) m = k - 1;
    else if ((p.norm === 'and' || p.norm === 'et') && !p.cap && /^[ \u00a0]$/.test(gap) && tokens[k - 2]?.cap
      && /^,?[ \u00a0]$/.test(text.slice(tokens[k - 2]!.end, p.outerStart))) m = k - 2;
    else return false;
    // back to the first word of that member (at most 3 capitalised words)
    let s = m;
    while (s > 0 && m - s < 2 && tokens[s - 1]!.cap && spaced(text, tokens[s - 1]!, tokens[s]!)) s--;
    k = s;
  }
  return false;
}

/**
 * The kind given by the last word of the unknown run first..last, before any rule on given names ("Charlotte Arena" is no
 * person): a venue head ("Rymell Auditorium", `actors/venue-head`) or "Air" ("Dana Air", "Kestrel Air",
 * `actors/airline-last`) → organization; a county head ("Pelham County", `actors/place-county`) → place.
 */
export function shapeKind(first: number, last: number, ctx: CueContext): { kind: ActorKind; ruleId: string; weak: boolean } | undefined {
  const { tokens } = ctx;
  const tl = tokens[last]!;
  if (last === first || last - first > 4 || !tl.cap || tl.acronym) return undefined;
  const toks = tokens.slice(first, last + 1);
  if (!toks.every((t) => t.cap || t.digits) || toks.some((t) => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm))) return undefined;
  if (VENUE_HEADS.has(tl.norm)) return { kind: 'organization', ruleId: 'actors/venue-head', weak: false };
  if (COUNTY_HEADS.has(tl.norm)) return { kind: 'place', ruleId: 'actors/place-county', weak: false };
  if (tl.norm === 'air' && last - first <= 2 && !toks.slice(0, -1).some((t) => ctx.lex.commonWords.has(t.norm) || DERIVED_ADJECTIVES.has(t.norm))) {
    return { kind: 'organization', ruleId: 'actors/airline-last', weak: false };
  }
  return undefined;
}

/**
 * The kind that the context gives the unknown run first..last, or undefined (see the module comment for the rules).
 * The caller has ruled out gazetteer names, title + name runs and given names.
 */
export function contextKind(first: number, last: number, ctx: CueContext): { kind: ActorKind; ruleId: string; weak: boolean } | undefined {
  const { text, tokens, lex } = ctx;
  const cues = cuesOf(lex);
  const t0 = tokens[first]!;
  const tl = tokens[last]!;
  const toks = tokens.slice(first, last + 1);
  const n = toks.length;
  const heads = toks.some((t) => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm));
  if (heads || toks.some((t) => lex.titleWords.has(t.norm))) return undefined;
  const capsOnly = toks.every((t) => t.cap && !t.acronym);
  const after = text.slice(tl.end, tl.end + 60);
  // « Kervalec (Finistère) », "Springfield (Illinois)"
  const bracket = /^[ \u00a0]\(([^()]{2,40})\)/u.exec(after);
  if (capsOnly && bracket) {
    const inner = bracket[1]!.trim();
    const hit = lookupName(inner);
    if (FRENCH_DEPARTMENTS.has(fold(inner)) || (hit?.entry.kind === 'place' && !hit.entry.country)) {
      return { kind: 'place', ruleId: 'actors/place-department', weak: false };
    }
  }
  // (a French adjective alone is no name: « l'océan Pacifique », « le parti Socialiste »)
  const common = n === 1 && (lex.commonWords.has(t0.norm) || DERIVED_COMMON_NOUNS.has(t0.norm) || DERIVED_ADJECTIVES.has(t0.norm)
    || ctx.lowerSeen.has(t0.norm) || (lex === actorLexicon('fr') && /(?:ique|iste|aire|ive|eux|euse)$/.test(t0.norm)));
  if (n === 1 && placeShaped(t0.text)) return { kind: 'place', ruleId: 'actors/place-shape', weak: false };
  if (FRENCH_DEPARTMENTS.has(fold(text.slice(t0.start, tl.end))) && capsOnly) return { kind: 'place', ruleId: 'actors/place-department', weak: false };
  if (!capsOnly || common || n > 3) return undefined;
  if (cues.placeApposition.test(after)) return { kind: 'place', ruleId: 'actors/place-capital-of', weak: false };
  if (locativeBefore(first, ctx, cues)) return { kind: 'place', ruleId: 'actors/place-locative-phrase', weak: false };
  // « la grotte d'Azass », "the cave of Azass", « le col du Galibier »: a noun of geography, then de/of
  const g = geoNounBefore(first, ctx, cues);
  if (g) return { kind: 'place', ruleId: 'actors/place-noun-before', weak: false };
  if (n <= 2 && listMember(first, ctx, cues.worksBefore)) return { kind: 'person', ruleId: 'actors/works-list', weak: false };
  if (listMember(first, ctx, cues.placeListBefore)) return { kind: 'place', ruleId: 'actors/place-list', weak: false };
  if (n === 1 && placeCoordinated(first, last, ctx)) return { kind: 'place', ruleId: 'actors/place-coordinated', weak: false };
  const win = text.slice(Math.max(0, t0.outerStart - 40), t0.outerStart);
  if (t0.elision === '' && cues.operatedBy.test(win)) return { kind: 'organization', ruleId: 'actors/operated-by', weak: false };
  const p = tokens[first - 1];
  if (p && !p.cap && t0.elision === '' && cues.orgNounsBefore.has(p.norm) && spaced(text, p, t0)) {
    return { kind: 'organization', ruleId: 'actors/org-noun-before', weak: false };
  }
  // « la secte islamiste Boko Haram », « la milice populaire Basij »: one adjective between the noun and the name (French
  // order; an adjective of the word lists or of a French adjective ending)
  const q = tokens[first - 2];
  if (p && q && !p.cap && !q.cap && t0.elision === '' && cues.orgNounsBefore.has(q.norm) && spaced(text, q, p) && spaced(text, p, t0)
    && (DERIVED_ADJECTIVES.has(p.norm) || lex.nonEntities.has(p.norm) || (lex === actorLexicon('fr') && FR_ADJECTIVE_END.test(p.norm)))) {
    return { kind: 'organization', ruleId: 'actors/org-noun-before', weak: false };
  }
  return undefined;
}

/** French adjective endings (folded) of the word between a noun and a name: « islamiste », « populaire », « américaine ». */
const FR_ADJECTIVE_END = /(?:iste|aire|ique|aine|ain|ais|aise|ien|ienne|al|ale|el|elle|if|ive|eur|euse|ois|oise)$/;

/** Prepositions of origin or place right before a name (folded, EN and FR): « du Maghreb », "from Ulvar", "in Ulvar". */
const PLACE_PREPOSITIONS = new Set(['de', 'du', 'des', 'en', 'au', 'aux', 'a', 'dans', 'of', 'from', 'in', 'to', 'across', 'vers', 'depuis']);
/** After a name: a coordination, a preposition and an article, then a capitalised name (group 1), bounded. */
const COORD_AFTER = /^(?:,|,?[ \u00a0]+(?:et|and|ou|or))[ \u00a0]+(?:(?:de|du|des|d['’]|en|au|aux|à|of|from|in|to)[ \u00a0]*)?(?:(?:la|le|les|l['’]|the)[ \u00a0]*)?(\p{Lu}[\p{L}'’-]{1,30}(?:[ \u00a0]\p{Lu}[\p{L}'’-]{1,30}){0,2})(?![\p{L}\d'’-]|[ \u00a0][\p{Lu}\d])/u;
/** Before a name: a capitalised name (group 1), "and"/« et » (not a comma alone: « en Suisse, Yasser Arafat »), a preposition and an article, bounded. */
const COORD_BEFORE = /(\p{Lu}[\p{L}'’-]{1,30}(?:[ \u00a0]\p{Lu}[\p{L}'’-]{1,30}){0,2})(?:,?[ \u00a0]+(?:et|and|ou|or))[ \u00a0]+(?:(?:de|du|des|d['’]|en|au|aux|à|of|from|in|to)[ \u00a0]*)?(?:(?:la|le|les|l['’]|the)[ \u00a0]*)?$/u;

/**
 * « des immigrés … du Maghreb, de la Turquie », "migrants from Ulvar and Syria": an unknown name after a preposition of
 * place, coordinated with a place or a country of the gazetteer, is a place too (ruleId actors/place-coordinated). One
 * bounded window on each side.
 */
function placeCoordinated(first: number, last: number, ctx: CueContext): boolean {
  const { text, tokens } = ctx;
  const t0 = tokens[first]!;
  const p = tokens[first - 1];
  const art = p && !p.cap && /^(?:la|le|les|the)$/.test(p.norm) ? tokens[first - 2] : p;
  const prep = t0.elision === "d'" || t0.elision === "l'" ? true
    : !!art && !art.cap && PLACE_PREPOSITIONS.has(art.norm) && /^[ \u00a0]{1,2}(?:(?:la|le|les|the)[ \u00a0]{1,2})?$/.test(text.slice(art.end, t0.outerStart));
  const isPlace = (name: string | undefined): boolean => {
    const hit = name ? lookupName(name) : undefined;
    return !!hit && hit.entry.kind === 'place';
  };
  if (prep) {
    const after = COORD_AFTER.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 60));
    if (after && isPlace(after[1])) return true;
  }
  const from = Math.max(0, t0.outerStart - 60);
  const before = COORD_BEFORE.exec(text.slice(from, t0.outerStart));
  if (!before || !isPlace(before[1])) return false;
  // "from Syria and Kessaland": the preposition may stand before the first member
  return prep || PREPOSITION_END.test(text.slice(Math.max(0, from + before.index - 12), from + before.index));
}

/** A preposition of place right before the first member of a coordination: "from ", « du », "in the " (bounded window). */
const PREPOSITION_END = /(?:^|[^\p{L}])(?:de|du|des|d['’]|en|au|aux|à|dans|of|from|in|to|across)[ \u00a0]{1,2}(?:(?:la|le|les|l['’]|the)[ \u00a0]{0,2})?$/u;

/** A noun of geography of the language right before the run, or before "de/du/d'/of" + the run (bounded: two tokens). */
function geoNounBefore(first: number, ctx: CueContext, cues: FoldedCues): boolean {
  const { text, tokens } = ctx;
  const t = tokens[first]!;
  let k = first - 1;
  if (t.elision === "d'") {
    const p = tokens[k];
    return !!p && !p.cap && cues.geoNouns.has(p.norm) && /^[ \u00a0]{1,2}$/.test(text.slice(p.end, t.outerStart));
  }
  const de = tokens[k];
  if (de && !de.cap && /^(?:de|du|of)$/.test(de.norm) && spaced(text, de, t)) k--;
  const p = tokens[k];
  return !!p && !p.cap && p.elision !== 'd\'' && cues.geoNouns.has(p.norm) && spaced(text, p, tokens[k + 1]!);
}

/**
 * A locative phrase ends right before the run ("north of ", « près de »), or before the first member of a coordination it
 * heads: « la population de Moukoundi et de Batanga » (one member back, bounded).
 */
function locativeBefore(first: number, ctx: CueContext, cues: FoldedCues): boolean {
  const { text, tokens } = ctx;
  const t = tokens[first]!;
  if (cues.locativeBefore.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
  // « … de Moukoundi et de Batanga », "… of Ardmoor and Ulvar": step back over « et de » / "and" and one member
  let k = first - 1;
  if (t.elision === '' && tokens[k] && /^(?:de|du|of)$/.test(tokens[k]!.norm) && !tokens[k]!.cap) k--;
  const conj = tokens[k];
  if (!conj || conj.cap || !/^(?:et|and|ou|or)$/.test(conj.norm)) return false;
  let s = k - 1;
  if (!tokens[s]?.cap) return false;
  while (s > 0 && k - 1 - s < 2 && tokens[s - 1]!.cap && spaced(text, tokens[s - 1]!, tokens[s]!)) s--;
  const m = tokens[s]!;
  return cues.locativeBefore.test(text.slice(Math.max(0, m.start - 40), m.start));
}
