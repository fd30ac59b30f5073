/**
 * Kind classification of candidate runs, and the split of title runs
 * into an organisation, a role and a person ("Sears CEO Alan Lacy",
 * "Secretary of the Air Force James Roche", "Senator McCain").
 *
 * Order of the rules (first that applies wins):
 * 0. not actors: concepts named after people ("boson de Higgs", `actors/eponym-concept`); a quoted nickname is a person
 *    ('known as "Coco"', `actors/nickname`);
 * 1. gazetteer name (`actors/gazetteer`); a country is a state when it acts, a place when it undergoes ("la France a
 *    connu"), measures ("China has 8%") or is the object of a locative ("in the nation Mozambique") (`actors/country-*`);
 * 2. title + name (`actors/title-name`);
 * 3. a run of titles only is a role, not an actor (dropped);
 * 4. organisation suffix or head ("Kmart Corp.", "Sears Holdings") → organization (`actors/org-head`);
 *    state-body head ("Commission to Strengthen Social Security", "Cour de cassation") → government (`actors/gov-head`);
 * 5. known name + place or digits ("HP France" → organization, "Boeing 767" → product) (`actors/known-prefix`);
 * 6. given name first ("Myriam Martinet") → person (`actors/given-name`);
 *    a classifying noun before the name ("le lanceur Falcon 9", "l'accélérateur de particules LHC", "maire de Manacor")
 *    (`actors/noun-before`, `actors/mayor-of`); a model code or an unknown name + a small number ("NK603", "Falcon 9")
 *    → product (`actors/model-code`, `actors/name-number`); an apposition naming a kind ("X, a site") (`actors/apposition-kind`);
 * 7. acronym → organization (`actors/acronym`);
 * 8. a US state abbreviation after "Town, " → place (`actors/us-state-abbreviation`); unknown single word after
 *    "in"/"à" → place (`actors/place-preposition`), else organization (`actors/unknown`);
 * 9. two or three unknown capitalised words → person (`actors/unknown-name`), longer → organization.
 *
 * @module
 */
import type { ActorKind } from '../../types.js';
import { FIRST_NAMES } from '../../lexicon/gazetteer/first-names.js';
import { CLOSING_MEDIA_HEADS, COMPANY_SUFFIXES, GOVERNMENT_HEADS, ORG_HEADS, TEMPORAL_WORDS } from '../../lexicon/gazetteer/heads.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS, DERIVED_DEMONYMS, DERIVED_SURNAMES } from '../../lexicon/gazetteer/derived.js';
import { US_STATE_ABBREVIATIONS } from '../../lexicon/gazetteer/places.js';
import { FR_DEMONYMS } from '../../lexicon/fr/actors.js';
import { STATISTICS_OFFICE, VERSION_NUMBER, WEB_DOMAIN, type Candidate } from './candidates.js';
import type { Token } from './tokens.js';
import { actorLexicon, type FoldedLexicon } from './lexicon.js';
import { lookupName, type GazetteerHit } from './gazetteer.js';
import { datelinePlace } from '../../text/dateline.js';
import { fold, nameKey } from './normalize.js';
import { possessiveRoleBeforeAt, roleAppositionAt } from './roles.js';
import { firmPossessiveAt, orgAppositionAt, orgCueAfter } from './org-cues.js';
import { commonAcronym, contextKind, durationTrim, nonEntity, postalCodeAt, shapeKind } from './kind-cues.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';

/** "according to " right before a name (actors/according-to-source). */
const ACCORDING_TO_BEFORE = new RegExp(`(?<![${LETTER}])according[ \\u00a0]+to[ \\u00a0]+$`, 'iu');
/** A space then a lower-case word after a name (actors/en/demonym-adjective). */
const LOWER_NEXT = new RegExp(`^[ \u00a0][${LOWER}]`, 'u');

/** One classified mention (a candidate may yield an organisation and a person). */
export interface ClassifiedMention {
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  ruleId: string;
  gaz?: GazetteerHit;
  /** Known only weakly (default rules 8–9): may be re-typed by linking. */
  weak: boolean;
  /** Token indices of the mention, inclusive. */
  first: number;
  last: number;
  heading: boolean;
  /** Title given in the same run ("Secretary of the Air Force"). */
  role?: string;
  /** The organisation mention before the title in the run ("Sears" in "Sears CEO Alan Lacy"). */
  roleOrg?: ClassifiedMention;
  /** For countries: the mention acts ("France signed"). */
  acting?: boolean;
  /** For capitals: the mention is the object of a preposition of place or motion ("in Beijing", « à Pékin »). */
  located?: boolean;
}

/** Inputs of the classifier. */
export interface ClassifyContext {
  text: string;
  tokens: readonly Token[];
  lex: FoldedLexicon;
  /** Folded words seen in lower case in the document. */
  lowerSeen: ReadonlySet<string>;
  /** Folded single-word candidates of the document (a surname used alone: "Druyun"). */
  singles: ReadonlySet<string>;
  /** Folded last words of "Given Surname" candidates ("ayrault" for "Jean-Marc Ayrault"); optional. */
  surnames?: ReadonlySet<string>;
}

/**
 * Endings of common nouns (EN, FR, folded): "Technology", "Relations", "Development", "Sécurité" —
 * a capitalised word with one of them is not a name by itself.
 */
const NOUN_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ite|ites|ogy|ogie|ics|ique|ship|ence|ences|ance|ances|ism|isme|ure|ures|ing|ings|ery|eries|age|ages)$/;

/** A common word of the language (noun or adjective): the word lists, or a noun ending. */
function commonWord(t: Token): boolean {
  return DERIVED_COMMON_NOUNS.has(t.norm) || DERIVED_ADJECTIVES.has(t.norm) || NOUN_ENDING.test(t.norm);
}

/** The Sun, the Moon and the planets (folded, EN and FR): capitalised common words naming no actor (« la distance qui sépare Mercure »). */
const SKY_BODIES = new Set(['sun', 'moon', 'earth', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'soleil',
  'lune', 'terre', 'mercure', 'saturne', 'pluton']);

/** Determiners before which a capitalised common word is a concept, not a name ("the Internet", « la Défense »). */
const CONCEPT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'le', 'la', 'les', 'un', 'une', 'des', 'du',
  'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'notre']);

/** One capital then lower-case letters only ("Salesforce", not "iPhone", "NASA"): {@link isolatedCommonName}. */
const CAPITALISED_WORD = new RegExp(`^[${UPPER}][${LOWER}]+$`, 'u');

/**
 * "Salesforce bought Slack for $27.7 billion", "Slack had 12 million users", "customers of Sales Cloud", « les utilisateurs de
 * Slack »: one to three capitalised common words inside a sentence (not its first word, not a heading), with no capitalised
 * word or determiner right before and no capitalised word right after, none of them ever written in lower case in the
 * article, name a company or a product (ruleId actors/isolated-common-name). An adjective before a lower-case common noun
 * qualifies it ("Presidential election"), and the shapes of adjectives of nationality or doctrine ("Slovenian",
 * "Socialist") and of adverbs ("rated Mostly True") stay no names.
 */
function isolatedCommonName(first: number, last: number, ctx: ClassifyContext): boolean {
  const { text, tokens, lex } = ctx;
  const toks = tokens.slice(first, last + 1);
  if (toks.length > 3 || toks[0]!.initial || toks[0]!.elision !== '') return false;
  if (!toks.every((t) => t.cap && !t.acronym && !t.digits && CAPITALISED_WORD.test(t.text.replace(/['’]s$/, '')))) return false;
  if (toks.some((t) => ctx.lowerSeen.has(t.norm) || givenName(t) || SKY_BODIES.has(t.norm) || lex.commonWords.has(t.norm) || lex.nonEntities.has(t.norm) || lex.titleWords.has(t.norm)
    || TEMPORAL_WORDS.has(t.norm) || /(?:ial|ical|ional|ese|ish|ian|ean|ist|iste|ique|aire|ly|ment)$/.test(t.norm))) return false;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  // (nor the last member of a title-case coordination: "Program Analysis and Evaluation", "Assessments and Planning")
  const before = tokens[first - 2];
  if (prev && lex.conjunctions.has(prev.norm) && before?.cap) return false;
  // (nor a plural noun that classifies the names after it: "The singers Orbit Beyond and …", « Les chanteurs Orbit Beyond »)
  if (prev && /[sx]$/.test(prev.norm) && prev.norm.length > 3 && before && CONCEPT_DETERMINERS.has(before.norm)) return false;
  // (nor a modifier right before: "brightly-lit Santas", "giant Pumpkins")
  if (!prev || prev.cap || CONCEPT_DETERMINERS.has(prev.norm) || DERIVED_ADJECTIVES.has(prev.norm) || prev.text.includes('-')
    || !/^[ \u00a0]+$/.test(text.slice(prev.end, toks[0]!.outerStart))) return false;
  if (next && next.cap && /^[ \u00a0]+$/.test(text.slice(toks[toks.length - 1]!.end, next.outerStart))) return false;
  // (a modifier before its noun: "Presidential election", "Orange juice", "briefing Hill folks")
  if (next && !next.cap && next.norm.length >= 3 && (DERIVED_COMMON_NOUNS.has(next.norm) || DERIVED_COMMON_NOUNS.has(next.norm.replace(/s$/, '')))
    && /^[ \u00a0]+$/.test(text.slice(toks[toks.length - 1]!.end, next.outerStart))) return false;
  // (a given name shared with the next one: « les collectionneurs Sterling et Francine Clark »)
  const after = tokens[last + 2];
  if (next && lex.conjunctions.has(next.norm) && after && givenName(after)) return false;
  return true;
}

/**
 * A minister's title just before a portfolio: "ministre des Affaires", "ministre de la Défense", "Minister of Finance", and
 * with the minister's nationality between them: « ministre français de l'Intérieur », « ministre allemand des Finances »
 * (ruleId actors/fr/portfolio-demonym); « ministre délégué chargé des Transports », « ministre chargée de la Culture ».
 */
const PORTFOLIO_BEFORE = /(?:ministre|ministres|minister|ministers|ministère|ministry|secrétaire d['’]État|secretary)\s+(?:délégué(?:e)?\s+(?:chargé(?:e)?\s+)?|chargé(?:e)?\s+|\p{Ll}{2,14}(?:ais|aise|ain|aine|ien|ienne|ois|oise|and|ande|ol|ole|que|ec)s?\s+)?(?:de la|de l['’]|du|des|de|aux|à la|of|for)\s*$/iu;

/**
 * Words before a country that make it a party: "signed by France", "entre la France et l'Allemagne"; a country someone
 * represents is the state ("the delegation representing Brazil", « la délégation représentant le Brésil »)
 * (ruleId actors/country-represented).
 */
const PARTY_BEFORE = new Set(['by', 'par', 'between', 'entre', 'with', 'avec', 'against', 'contre', 'representing', 'represented',
  'represents', 'representant', 'represente', 'representait']);

/**
 * French object and negation clitics between a country and its verb (folded): « l'Équateur lui a accordé l'asile »,
 * « la France ne peut pas », « Cuba leur a répondu » (ruleId actors/fr/country-clitic-verb).
 */
const CLITICS = new Set(['lui', 'leur', 'se', 'y', 'ne', 'nous', 'vous', 'les']);

/** Prepositions of location proper (not "to", "from", "vers"): "à Breezy Point", "in Des Moines", "at McCormick Place". */
const AT_PLACE = new Set(['a', 'in', 'at', 'near', 'pres']);

/** Words naming a kind of territory before "of"/"de" + its name: "État du New Jersey", "State of Texas", "province de Québec". */
const PLACE_TYPES = new Set(['etat', 'state', 'province', 'region', 'canton', 'commonwealth', 'territoire', 'territory', 'ville', 'city']);

/** A model code: "NK603", "MON810", "KC-135", "SLC-40" — not "A3", "G20", "COP21" (ruleId actors/model-code). */
const MODEL_CODE = new RegExp(`^[${UPPER}]{2,4}(?:-[${DIGIT}]{2,4}|[${DIGIT}]{3,4})$`, 'u');

/** A model number with a lower-case variant suffix: "A330neo", "A321neo", "A320ceo", "B737max" (ruleId actors/model-variant). */
const MODEL_VARIANT = new RegExp(`^[${UPPER}]{1,2}[${DIGIT}]{3,4}[${LOWER}]{2,4}$`, 'u');

/** Nouns numbered in texts and lists, not models (folded): "Title 10", "Table 1", "Ligue 1", "Acte 2", "Phase 3". */
const NUMBERED_NOUNS = new Set(`title titles article articles chapter section table figure annex phase level stage category class
grade room gate terminal route highway interstate channel season episode volume part week day round game match group division
tier lot item step zone sector block ward unit station platform line track book act scene formula league ligue titre chapitre
tableau annexe niveau etape categorie classe salle porte saison partie semaine jour journee tour groupe ligne livre acte scene
formule stade serie series cat type version`.split(/\s+/));

/** Words before a partitive "du" (folded): "avec du Roundup", "sans du", "contenant du", "pulvérisé du". */
/**
 * A copula, an indefinite article, then up to three lower-case words (group 1) that hold the noun: " est un système", " is a free web browser",
 * " est une application" (ruleId actors/product-definition). Bounded.
 */
const PRODUCT_DEFINITION = /^[ \u00a0]+(?:(est|était)|is|was)[ \u00a0]+(?:un|une|a|an)[ \u00a0]+(\p{Ll}[\p{Ll}-]{1,24}(?:[ \u00a0]\p{Ll}[\p{Ll}-]{1,24}){0,3})(.?)/u;

/** Words that close an English noun phrase after its head: "a web browser made by", "an app that", "a drug for" (folded). */
const PHRASE_CLOSERS = new Set(['that', 'which', 'made', 'developed', 'built', 'designed', 'used', 'created', 'owned', 'run', 'sold',
  'by', 'for', 'from', 'with', 'of', 'in', 'on', 'to', 'and', 'or', 'whose', 'aimed', 'launched', 'released']);

/**
 * The text after a name defines it as a product (ruleId actors/product-definition): French puts the head first, after any
 * adjective (« un système d'exploitation libre »); English puts it last ("a free web browser made by", not "a former drug
 * dealer"), before a punctuation mark or a word that closes the phrase. The head is one of the lexicon's product nouns or
 * of {@link DEFINITION_PRODUCT_NOUNS}. Bounded: four words.
 */
function definedAsProduct(after: string, lex: FoldedLexicon): boolean {
  const m = PRODUCT_DEFINITION.exec(after);
  if (!m) return false;
  const product = (w: string): boolean => lex.productNouns.has(w) || DEFINITION_PRODUCT_NOUNS.has(w);
  const words = m[2]!.split(/[ \u00a0]+/).map(fold);
  if (m[1]) return product(words.find((w) => !DERIVED_ADJECTIVES.has(w)) ?? '');
  // the head closes the phrase: a closing word after it, or a punctuation mark (or the end) after the last word read
  const closes = (i: number): boolean => (i < words.length - 1 ? PHRASE_CLOSERS.has(words[i + 1]!) : /^[,.;:)]?$/.test(m[3]!));
  return words.some((w, i) => i < 3 && product(w) && closes(i));
}

/**
 * Nouns that define software and other products beside the lexicon's product nouns (folded): « un système d'exploitation », « une
 * encyclopédie en ligne », "an operating system", "a web browser" (ruleId actors/product-definition).
 */
const DEFINITION_PRODUCT_NOUNS = new Set(['systeme', 'system', 'encyclopedie', 'encyclopedia', 'navigateur', 'browser', 'logiciel',
  'software', 'application', 'app', 'distribution', 'database', 'programme', 'program', 'jeu', 'game', 'vaccin', 'medicament',
  'drug', 'smartphone', 'moteur', 'engine', 'voiture', 'car', 'avion', 'aircraft', 'missile', 'drone']);

/**
 * Ship prefixes of navies (as written before a ship's name): USS (US Navy), HMS (Royal Navy), INS (India, Israel), HMAS
 * (Australia), HMCS (Canada), HMNZS (New Zealand), HNLMS (Netherlands), ROKS (South Korea), JS (Japan), TCG (Turkey), ARA
 * (Argentina), RFS (Russia), PNS (Pakistan), BNS (Bangladesh), KRI (Indonesia) (ruleId actors/ship-prefix).
 */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'INS', 'HMAS', 'HMCS', 'HMNZS', 'HNLMS', 'ROKS', 'JS', 'TCG', 'ARA', 'RFS', 'PNS', 'BNS', 'KRI']);

/** A determiner and "new" right before a name: "the new ", "its latest ", « la nouvelle », « son nouvel » (ruleId actors/new-model). */
const NEW_MODEL_BEFORE = /(?<![\p{L}])(?:the|its|their|a|la|le|sa|son|leur|une|un)[ \u00a0]+(?:new|latest|nouvelle|nouveau|nouvel)[ \u00a0]+$/iu;

const PARTITIVE_BEFORE = new Set(['avec', 'sans', 'contenant', 'contient', 'utilisent', 'utilise', 'pulverise', 'pulverisent',
  'vend', 'vendent', 'achete', 'achetent', 'boire', 'boivent']);

/** Text before a quoted nickname: 'known as "', 'nicknamed “', « surnommé « », « dit " ». */
export const NICKNAME_BEFORE = /(?:known[ \u00a0]+as|nicknamed|dubbed|surnomm(?:é|ée)|dit|dite)[ \u00a0]+(?:["“«][ \u00a0\u202f]?)$/u;

/** Lower-case nouns of geography a capitalised word may qualify: "Atlantic coast", "Pacific rim" (folded). */
const GEO_NOUNS = new Set(['coast', 'coasts', 'coastline', 'seaboard', 'shore', 'shores', 'rim', 'basin', 'provinces', 'states', 'regions',
  'islands', 'countries', 'nations']);

/** Singular nouns of administrative regions after a name: "Zabul province", "Darfur region", "Kunar district" (folded). */
const REGION_NOUNS = new Set(['province', 'region', 'district', 'county', 'governorate', 'prefecture', 'oblast', 'canton',
  'department', 'municipality']);

/** Last words of stock index names: "Nasdaq Composite", "Dow Jones Industrial Average", "Hang Seng Index" (folded). */
const INDEX_LAST = new Set(['composite', 'average', 'index']);
/** Nouns after a stock index name: "STOXX 600 index", "Nikkei futures", "Nikkei average" (folded). */
const INDEX_AFTER = new Set(['index', 'futures', 'average', 'indices']);

/**
 * Organisation heads that are a portfolio right before a title: "Press Secretary", "Press Officer" (folded); and "High" of
 * "High Commissioner", "High Representative" ("United Nations High Commissioner" → the United Nations).
 */
const PORTFOLIO_HEADS = new Set(['press', 'high']);

/** Mayors' titles (folded), before "de"/"of" + their town: "maire de Manacor", "mayor of Cabixi" (ruleId actors/mayor-of). */
const MAYOR_NOUNS = new Set(['maire', 'mairesse', 'depute-maire', 'senateur-maire', 'bourgmestre', 'mayor', 'mayors', 'maires']);

/** Particles inside persons' names: "Laure de la Raudière", "Lula da Silva", "Daniel arap Moi", "Abdullah ibn Saud". */
const PARTICLES = new Set(['de', 'la', 'du', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'del', 'di', 'le', 'bin', 'al', "d'", 'ibn',
  'bint', 'arap', 'ben']);

/** Spanish, Portuguese, Italian, German and Dutch articles (folded): capitalised before a title, never a name alone. */
const FOREIGN_ARTICLES = new Set(['los', 'las', 'el', 'lo', 'gli', 'der', 'die', 'das', 'den', 'dem', 'het', 'os']);

/** Nouns of works and software (folded, EN and FR) before a quoted title: « la vidéo « Collateral Murder » ». */
const WORK_NOUNS = new Set(['video', 'videos', 'film', 'films', 'documentary', 'documentaire', 'book', 'livre', 'album', 'game', 'jeu',
  'software', 'logiciel', 'app', 'application', 'song', 'chanson', 'clip', 'movie']);

/** Built once for {@link quotedTitle} (character classes: text/char-classes.ts). */
const QUOTED_TITLE_RE = new RegExp(`([${LETTER}]{1,30})[ \\u00a0]{1,3}[«"“][ \\u00a0\\u202f]?$`, 'u');

/**
 * The run [start, end) is exactly the content of quotation marks opened right after a noun of {@link WORK_NOUNS}
 * (one bounded look on each side: 30 code units before, 3 after).
 */
function quotedTitle(start: number, end: number, text: string): boolean {
  if (!/^[ \u00a0\u202f]?[»"”]/.test(text.slice(end, end + 3))) return false;
  // (bounded repetitions: the slice is 30 code units, and an unbounded run before `$` would be retried from every start)
  const m = QUOTED_TITLE_RE.exec(text.slice(Math.max(0, start - 30), start));
  return !!m && WORK_NOUNS.has(fold(m[1]!));
}

/** Nouns of geography that open a place's name (folded, EN and FR): "Lake Victoria", "Mount Kenya", « Îles Baléares ». */
const PLACE_FIRST = new Set(['ile', 'iles', 'lac', 'mont', 'monts', 'golfe', 'baie', 'presqu\'ile', 'lake', 'mount', 'mt', 'gulf',
  'isle', 'isles',
  // French squares: « la place Tahrir », « la place Rouge »
  'place']);

/** Nouns of geography that close an English place's name (folded): "Cayman Islands", "Silicon Valley", "Red Sea". */
const PLACE_LAST = new Set(['island', 'islands', 'isles', 'lake', 'bay', 'river', 'valley', 'mountains', 'peninsula', 'sea',
  'ocean', 'canyon', 'desert', 'strait', 'straits']);

/** After a word: ", " and a lower-case plural noun, then the list goes on: ", snowmen and", ", sapins et", ", trees, …". */
const PLURAL_LIST_AFTER = new RegExp(`^,[ \\u00a0]+[${LOWER}]{3,20}(?:s|x|men)(?:,|[ \\u00a0]+(?:and|or|et|ou)[ \\u00a0])`, 'u');

/** Before a word: a lower-case plural noun then ", " or " and ": "snowmen and ", "trees, ", « sapins et ». */
const PLURAL_LIST_BEFORE = new RegExp(`(?:^|[ \\u00a0])[${LOWER}]{3,20}(?:s|x|men)(?:,|[ \\u00a0]+(?:and|or|et|ou))[ \\u00a0]+$`, 'u');

/** After an employer: a commentator's occupation, then the name: " analyst Jonathan", "’s chief economist Takahide". */
const EMPLOYER_PREMODIFIER = /^(?:['’]s?)?[ \u00a0](?:(?:chief|senior|lead|principal|head|global|equity|market|markets|credit|investment)[ \u00a0]){0,2}(?:analyst|economist|strategist|researcher)[ \u00a0]\p{Lu}/u;

/** Honorifics (folded, without the dot): part of a name's address, not a role. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'm', 'mme', 'mlle', 'sir', 'dame', 'messrs', 'mm']);

/** Roman numerals: "XXI Century", "Louis XIV" (never an actor alone). */
const ROMAN = /^(?=[IVXLC]{2,})X{0,3}(?:IX|IV|V?I{0,3})?$|^(?:XX|XXI|XIX|XVIII|XVII|XVI|XV)$/;

/** Every token is a word (no connector inside the run). */
const noConnectorsIn = (toks: readonly Token[]): boolean => toks.every((t) => t.cap || t.camelLower || t.digits);

/**
 * « au chef de l'Etat Miloš Zeman », « le directeur de l'Hôpital universitaire d'Ostrava Jiří Havrlant », "the head of
 * the Pentagon Leon Panetta": a complement ending in a capitalised word (the run is elided "d'"/"l'" or follows "de", "du",
 * "of") glued to a person's name (a given name, then one or two capitalised words closing the run) is two names
 * (ruleId actors/complement-person-split). Not a body named after a person ("Fondation Jean Jaurès", "lycée Victor
 * Hugo": a head word before the given name), nor a run of given names ("Jean Marie Le Pen").
 * @returns the token index where the person's name starts, or `first` when there is no split
 */
function complementPersonSplit(first: number, last: number, ctx: ClassifyContext): number {
  const { text, tokens } = ctx;
  if (last - first < 2) return first;
  const t0 = tokens[first]!;
  const p = tokens[first - 1];
  const complement = t0.elision === "d'" || t0.elision === "l'"
    || (!!p && !p.cap && /^(?:de|du|des|of)$/.test(p.norm) && /^[ \u00a0]+$/.test(text.slice(p.end, t0.outerStart)));
  // "American Kevin King and Australian Timothy Weeks": a nationality adjective before a given name describes the person
  // (ruleId actors/demonym-person-split)
  // (« le Slovène Tadej Pogačar », « le Belge Ben Healy »: French news writes the nationality as a capitalised noun before the
  // name, masculine or feminine)
  const frDemonym = FR_DEMONYMS.has(t0.norm) || FR_DEMONYMS.has(t0.norm.replace(/n?e$/, ''));
  // (after « le », « la », « l' » the French noun of nationality needs no known given name: « l'Italien Giulio Ciccone »)
  const frArticled = frDemonym && (t0.elision === "l'" || (!!p && /^(?:le|la)$/.test(p.norm) && /^[ \u00a0]+$/.test(text.slice(p.end, t0.outerStart))));
  if ((DERIVED_DEMONYMS.has(t0.norm) || frDemonym) && (givenName(tokens[first + 1]!) || frArticled) && !givenName(t0) && last - first <= 3
    && tokens.slice(first + 1, last + 1).every((t) => t.cap && !t.acronym && t.elision === '' && !GOVERNMENT_HEADS.has(t.norm)
      && !ORG_HEADS.has(t.norm))) return first + 1;
  if (!complement) return first;
  for (let k = first + 1; k <= last - 1 && k <= first + 4; k++) {
    const g = tokens[k]!;
    if (!givenName(g) || last - k > 2) continue;
    const before = tokens.slice(first, k);
    const after = tokens.slice(k, last + 1);
    if (!after.every((t) => t.cap && !t.acronym && t.elision === '')) return first;
    if (before.some((t) => givenName(t) || !t.cap || GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm))) return first;
    if (after.some((t) => GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm))) return first;
    return k;
  }
  return first;
}

/** French nouns of venues (folded) named after a person: « stade Ernest-Wallon », « lycée Victor-Hugo » (ruleId actors/fr/venue-eponym). */
const VENUE_EPONYM_NOUNS = new Set(['stade', 'velodrome', 'gymnase', 'piscine', 'lycee', 'college', 'ecole', 'rue', 'avenue', 'boulevard',
  'place', 'quai', 'allee', 'impasse', 'pont', 'gare', 'aeroport', 'hopital', 'salle', 'parc', 'square', 'esplanade']);

/** Words of custody that make a named centre a state body (ruleId actors/custody-body). */
const CUSTODY_WORDS: ReadonlySet<string> = new Set(['correctional', 'penitentiary', 'detention', 'penitentiaire', 'carceral']);

/** Articles that never name an actor alone (ruleId actors/article-alone). */
const ARTICLE_ALONE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'des']);

/** Forms of "be" and personal pronouns that make a capitalised run a title (ruleId actors/title-phrase). */
const TITLE_INNER_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', 'it', 'you', 'me', 'my', 'your', 'just']);

/**
 * (actors/acronym-name-person-split) An unknown name holding an acronym, then a given name and a surname, are two
 * actors side by side — a medium or a body, then the person it reports (« a annoncé à l'agence RIA Novosti Valentine
 * Sapounov », "told RIA Novosti Valentine Sapounov"): returns the index of the given name, or `first` when the run does not
 * read so (a given name first: "Kathleen Hawk Sawyer"; a title or a head word before the given name; a known whole).
 */
function acronymNamePersonSplit(first: number, last: number, ctx: ClassifyContext): number {
  const { text, tokens, lex } = ctx;
  if (last - first < 2 || last - first > 5) return first;
  for (let k = first + 1; k <= last - 1; k++) {
    if (!givenName(tokens[k]!)) continue;
    const before = tokens.slice(first, k);
    const after = tokens.slice(k, last + 1);
    if (after.length > 3) return first;
    const plain = (x: Token): boolean => x.cap && x.elision === '' && !lex.titleWords.has(x.norm) && !ORG_HEADS.has(x.norm)
      && !GOVERNMENT_HEADS.has(x.norm);
    if (!before.some((x) => x.acronym) || before.some((x) => (givenName(x) && !x.acronym) || !plain(x))) return first;
    if (!after.every((x) => plain(x) && !x.acronym)) return first;
    if (!tokens.slice(first + 1, last + 1).every((x) => /^[ \u00a0]$/.test(text.slice(tokens[x.index - 1]!.end, x.outerStart)))) return first;
    if (lookupName(text.slice(tokens[first]!.start, tokens[last]!.end))) return first;
    return k;
  }
  return first;
}

/**
 * Adverb endings of a sentence-opening word, EN and FR: "Obviously", "Clearly", "Finally", "Separately", "Importantly",
 * "Undoubtedly", "Surprisingly", « Evidemment », « Notamment », « Finalement », « Précisément » — not surnames such as
 * "Connolly", "Donnelly", "Daly" (other endings) nor given names (checked apart: "Clément", "Kelly").
 */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{2,20}(?:ously|arly|ally|ately|inly|ently|antly|ably|ibly|edly|ingly|ully|ively|stly|nkly|emment|amment|ement|ément)$/u;

// (a name opened by a glued Arabic article is no given name: "al-Tanf" is not "Al")
const givenName = (t: Token): boolean => (FIRST_NAMES.has(t.norm) || FIRST_NAMES.has(t.norm.split('-')[0]!)) && !LOWER_START.test(t.text);
/** A word whose first letter is lower case ("al-Tanf"). */
const LOWER_START = new RegExp(`^[${LOWER}]`, 'u');
const isWord = (t: Token): boolean => t.cap || t.camelLower || t.digits;

/**
 * "U.S. Securities and Exchange Commission", "US Food and Drug Administration": a country's name or code, then the name of
 * one of its known state bodies, is that body (ruleId actors/country-body). `toks` are the run's tokens, `end` its end.
 * @returns the body's gazetteer hit, or undefined.
 */
function countryBody(toks: readonly Token[], end: number, text: string): GazetteerHit | undefined {
  if (toks.length < 2 || !isWord(toks[1]!) || !lookupName(toks[0]!.text)?.entry.country) return undefined;
  const body = lookupName(text.slice(toks[1]!.start, end));
  return body && body.entry.kind === 'government' && !body.entry.country ? body : undefined;
}

/** Built once for {@link variantOf} (character classes: text/char-classes.ts). */
const VARIANT_OF_RE = new RegExp(`^(.{2,40}?[${DIGIT}])-[${DIGIT}]{1,4}$`, 'u');

/**
 * "Airbus A350-900", "A321-200": a known model with a hyphenated series number is that model (ruleId actors/model-series).
 * @returns the known model's gazetteer hit, or undefined.
 */
function variantOf(surface: string): GazetteerHit | undefined {
  const m = VARIANT_OF_RE.exec(surface);
  const hit = m ? lookupName(m[1]!) : undefined;
  return hit?.entry.kind === 'product' ? hit : undefined;
}

/** Classifies a candidate; returns 0, 1 or 2 mentions (organisation before a title, then the person). */
/** A capital inside a word after a syllable of at least two lower-case letters: "AeroSystems", "JetBlue", "PayPal", "SoftBank". */
const CAMEL_BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
/** Surname prefixes written with an inner capital: "MacArthur", "FitzGerald", "VanDyke", "VonDerLeyen". */
const SURNAME_PREFIX = /^(?:Mac|Fitz|Van|Von)\p{Lu}/u;

export function classify(c: Candidate, ctx: ClassifyContext): ClassifiedMention[] {
  return classifyRange(c.first, c.last, c.heading, ctx, true);
}

/** French nouns of military vehicles, folded, that name a model right after them (ruleId actors/fr/military-model-name). */
const MILITARY_VEHICLE_NOUNS = new Set(['char', 'chars', 'sous-marin', 'sous-marins', 'fregate', 'fregates', 'corvette', 'corvettes',
  'blinde', 'blindes', 'porte-avions', 'obusier', 'obusiers']);

/** ", a " / ", une " before a role in apposition (ruleId actors/role-apposed-name). */
const INDEFINITE_APPOSITION = /^,[ \u00a0]+(?:a|an|un|une)[ \u00a0]+/u;

/**
 * A role apposition after `end`, definite ("Liu He, the foreign minister") or indefinite ("Tova Noel, a spokeswoman for
 * Salesforce", « Marie Noël, une porte-parole du… ») (ruleId actors/role-apposed-name).
 */
function roleApposed(text: string, end: number, lex: FoldedLexicon): boolean {
  if (roleAppositionAt(text, end, lex)) return true;
  const a = INDEFINITE_APPOSITION.exec(text.slice(end, end + 12));
  return !!a && roleAppositionAt(`, ${text.slice(end + a[0].length, end + 160)}`, 0, lex);
}

/** A numbered bill: "Senate Bill 12", "House Bill 5", "Bill C-11", "Assembly Bill No. 5" (ruleId actors/bill-number). */
const BILL_NUMBER = /(?:^|\s)Bills?\s+(?:No\.\s*)?(?:[A-Z]{1,2}-?)?\d{1,5}$/u;

/** One capital, three digits, at most one capital: "A400M", "A320", "C390" (ruleId actors/letter-model-code). */
const LETTER_MODEL_CODE = /^[A-Z][0-9]{3}[A-Z]?$/u;

/**
 * Nouns of products and services that a firm's possessive puts after the product's name: "its Sony Now service", "their
 * Agentforce assistants", "its Stadia Pro subscription" (ruleId actors/product-context); with the language's product nouns.
 */
const SERVICE_NOUNS = new Set(['service', 'services', 'subscription', 'subscriptions', 'platform', 'platforms', 'assistant',
  'assistants', 'suite', 'suites', 'app', 'apps', 'software', 'chatbot', 'chatbots', 'browser', 'device', 'devices', 'model', 'models',
  'offering', 'product', 'products', 'simulation', 'simulations', 'plateforme', 'abonnement', 'offre', 'produit', 'produits', 'gamme', 'modèle', 'modele']);

/** "the " right before a name (ruleId actors/product-context). Anchored at the end. */
const THE_BEFORE = new RegExp(`(?<![${LETTER}])the[ \\u00a0]$`, 'iu');

/** A possessive determiner right before a name: "its ", "their " (ruleId actors/product-context). Anchored at the end. */
const POSSESSIVE_BEFORE = new RegExp(`(?<![${LETTER}])(?:its|their)[ \\u00a0]$`, 'iu');

/**
 * After a name: a comma, a possessive and at most two lower-case words before a noun of products: ", its suite",
 * ", sa suite de gestion", ", its cloud-based gaming service" (ruleId actors/product-context).
 */
const POSSESSIVE_PRODUCT_AFTER = new RegExp(`^,[ \\u00a0](?:its|their|sa|son|ses|leur|leurs)[ \\u00a0]((?:[${LOWER}-]{2,20}[ \\u00a0]){0,2}[${LOWER}-]{2,20})(?![${LETTER}])`, 'u');

/**
 * Before a name: a price of it, alone or second in a pair: "prices for ", "raised the price of ", « le prix de », « les tarifs
 * de Sales Cloud et » (ruleId actors/product-context). Bounded: at most three capitalised words before the pair's « et ».
 */
const PRICE_OF_BEFORE = new RegExp(`(?<![${LETTER}])(?:prices?|pricing|prix|tarifs?)[ \\u00a0](?:of|for|de|du|des)[ \\u00a0](?:(?:[${UPPER}][${LETTER}${DIGIT}-]{0,20}|[${DIGIT}]{1,4})[ \\u00a0]){0,3}(?:(?:and|et)[ \\u00a0])?$`, 'u');

/** True for a folded noun of products or services ("aircraft", "service", « plateforme »): the lexicon's or {@link SERVICE_NOUNS}. */
function productNoun(norm: string, lex: FoldedLexicon): boolean {
  return lex.productNouns.has(norm) || SERVICE_NOUNS.has(norm);
}

/** True when `tok` is a lower-case noun of products or services ({@link productNoun}). */
function productNounAt(tok: Token | undefined, lex: FoldedLexicon): boolean {
  return !!tok && !tok.cap && productNoun(tok.norm, lex);
}

/**
 * An unknown name of one to three capitalised words (a number may close it) that a possessive and a product noun, or a price,
 * describe (ruleId actors/product-context): "its A400M transport aircraft", "its Project xCloud cloud-based gaming service",
 * "Dynamics 365, its suite of business software", "prices for Sales Cloud and Service Cloud". Not a run ending with an
 * organisation or state head ("its Cloud Division"), nor a given name's run.
 */
function productContext(first: number, last: number, ctx: ClassifyContext): boolean {
  const { text, tokens, lex } = ctx;
  const toks = tokens.slice(first, last + 1);
  if (toks.length > 3 || !toks.every((t) => t.cap || t.camelLower || t.digits) || !(toks[0]!.cap || toks[0]!.camelLower)) return false;
  const lastTok = toks[toks.length - 1]!;
  if (ORG_HEADS.has(lastTok.norm) || GOVERNMENT_HEADS.has(lastTok.norm) || COMPANY_SUFFIXES.has(lastTok.norm)) return false;
  if (toks.some((t) => lex.titleWords.has(t.norm)) || (toks.length > 1 && givenName(toks[0]!))) return false;
  const start = toks[0]!.outerStart;
  const end = lastTok.end;
  // "its A400M transport aircraft": the possessive before, then at most two lower-case words and the noun after
  // ("the TNG50 simulation", "the A400M transport aircraft": after "the", only a name with digits, a model's code)
  const lead = text.slice(Math.max(0, start - 8), start);
  if (POSSESSIVE_BEFORE.test(lead) || (THE_BEFORE.test(lead) && toks.some((t) => /\d/.test(t.text)))) {
    for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.cap || !/^[ \u00a0]+$/.test(text.slice(tokens[k - 1]!.end, t.outerStart))) break;
      if (productNounAt(t, lex)) return true;
    }
  }
  const after = POSSESSIVE_PRODUCT_AFTER.exec(text.slice(end, end + 80));
  if (after && after[1]!.split(/[ \u00a0]/).some((w) => productNoun(fold(w), lex))) return true;
  // "the tech giant's game streaming service, Stadia, launched", « son service de streaming, Stadia, »: a name in apposition
  // between commas after a noun of products or services
  const noun = PRODUCT_NOUN_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (noun && text[end] === ',' && productNoun(fold(noun[1]!), lex)) return true;
  return PRICE_OF_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}

/** A lower-case noun, a comma and a space right before a name (ruleId actors/product-context). Anchored at the end. */
const PRODUCT_NOUN_COMMA_BEFORE = new RegExp(`(?<![${LETTER}])([${LOWER}][${LOWER}-]{1,20}),[ \\u00a0]$`, 'u');

/** Built once for {@link classifyRange} (character classes: text/char-classes.ts). */
const CLASSIFY_RANGE_RE = new RegExp(`(?:^|[^${LETTER}])la[ \\u00a0]+$`, 'iu');

/** Built once for {@link classifyRange} (character classes: text/char-classes.ts). */
const CLASSIFY_RANGE_RE_2 = new RegExp(`[${LETTER}]`, 'u');

/** Built once for {@link classifyRange} (character classes: text/char-classes.ts). */
const CLASSIFY_RANGE_RE_3 = new RegExp(`[${LOWER}][${UPPER}]`, 'u');

/** A colon between spaces or none (French puts one before it), right before a subtitle (ruleId actors/product-subtitle). */
const SUBTITLE_COLON = /^[ \u00a0\u202f]?:[ \u00a0]?$/u;

/**
 * "Call of Duty: Modern Warfare 4", "Grand Theft Auto: Vice City", « Minecraft : Legends »: capitalised words right after a
 * known product's name and a colon are its edition's subtitle, no actor of their own (ruleId actors/product-subtitle).
 * Looks back at most five tokens before the colon.
 */
function productSubtitle(first: number, ctx: ClassifyContext): boolean {
  const { text, tokens } = ctx;
  const before = tokens[first - 1];
  if (!before || !SUBTITLE_COLON.test(text.slice(before.end, tokens[first]!.outerStart))) return false;
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (lookupName(text.slice(tokens[k]!.start, before.end))?.entry.kind === 'product') return true;
  }
  return false;
}

function classifyRange(first: number, last: number, heading: boolean, ctx: ClassifyContext, allowSplit: boolean): ClassifiedMention[] {
  const { text, tokens, lex } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const surface = text.slice(start, end);
  const base = { start, end, text: surface, first, last, heading, weak: false };
  const toks = tokens.slice(first, last + 1);
  const gaz = lookupName(surface) ?? countryBody(toks, end, text) ?? knownWithSuffix(toks, text);
  // '"personally identifiable information" (PII)', « insuffisance rénale aiguë (IRA) »: an acronym the text spells out in
  // lower-case common words names a thing (ruleId actors/common-expansion)
  if (toks.length === 1 && commonAcronym(first, ctx)) return [];
  // "Senate Bill 12", "House Bill 5", "Bill C-11", « projet de loi C-11 »: a numbered bill is a text, no actor (ruleId
  // actors/bill-number)
  if (BILL_NUMBER.test(surface)) return [];
  if (!gaz) {
    // "AUSTIN, Texas - …", "OAKLAND, Calif. - …": the capitalised place of a newswire dateline is a place, known or not
    // (ruleId actors/dateline-place)
    const dl = datelinePlace(text, tokens[first]!.outerStart);
    if (dl && dl.end === end) return [{ ...base, kind: 'place', ruleId: 'actors/dateline-place' }];
  }
  if (!gaz && productSubtitle(first, ctx)) return [];
  if (!gaz) {
    // « Québec 48 heures », "Kessington 48 hours": the number counts the noun after it, it is no part of the name (ruleId
    // actors/name-duration)
    // time zones, units, generic acronyms, storms and operations, concepts, isotopes, species, religion adjectives, URL
    // slugs: capitalised, but no actor (kind-cues.ts: actors/time-zone, actors/unit, actors/event-name…)
    if (nonEntity(first, last, ctx)) return [];
    const keep = durationTrim(first, last, ctx);
    if (keep < last) return classifyRange(first, keep, heading, ctx, allowSplit);
  }
  // "Nouvelle Démocratie (ND)", "Parti de la gauche européenne (PGE)": a run followed by its own initials in parentheses is
  // a name even when it is made of common words (ruleId actors/acronym-expansion)
  if (!gaz && toks.length >= 2 && toks.length <= 12 && expandsAcronym(toks, text.slice(end, end + 16))) {
    // "Volatiles Investigating Polar Exploration Rover (VIPER)", "Mars Science Laboratory Rover (MSL)": a name closed by a
    // product noun is the product's (ruleId actors/acronym-expansion-product)
    // (the noun opens the name in French: « Véhicule lunaire autonome (VLA) »)
    const productWord = (t: Token): boolean => lex.productNouns.has(t.norm) && !ORG_HEADS.has(t.norm) && !GOVERNMENT_HEADS.has(t.norm);
    // (not a body named after what it deals with: "Federal Agency for Drones")
    const gov = toks.some((t) => GOVERNMENT_HEADS.has(t.norm));
    if ((productWord(toks[toks.length - 1]!) || (lex.extensibleHeads.size > 0 && productWord(toks[0]!)))
      && !gov && !toks.some((t) => ORG_HEADS.has(t.norm))) {
      return [{ ...base, kind: 'product', ruleId: 'actors/acronym-expansion-product' }];
    }
    return [{ ...base, kind: gov ? 'government' : 'organization', ruleId: 'actors/acronym-expansion' }];
  }
  // « la vidéo « Collateral Murder » », 'the video "Collateral Murder"', « le logiciel « Tor » »: a quoted title right after
  // a noun of works or software is a product (ruleId actors/quoted-title)
  if (!gaz && toks.length <= 6 && quotedTitle(start, end, text)) return [{ ...base, kind: 'product', ruleId: 'actors/quoted-title' }];
  if (toks.length === 1 && lex.nonEntities.has(toks[0]!.norm) && !gaz) return [];
  // "Hopefully they will BOTH…", « c'est TOUT »: a common word of either language shouted in capitals is no acronym
  // (ruleId actors/shouted-word)
  if (toks.length === 1 && !gaz && toks[0]!.acronym && toks[0]!.norm.length >= 3 && /^[a-z]+$/.test(toks[0]!.norm)
    // (the other language's words from four letters on: "SES", the Senior Executive Service, is no French « ses »)
    && (lex.commonWords.has(toks[0]!.norm) || (toks[0]!.norm.length >= 4
      && (actorLexicon('en').commonWords.has(toks[0]!.norm) || actorLexicon('fr').commonWords.has(toks[0]!.norm))))) return [];
  // (actors/article-alone) "performances of 1972’s Toulouse Street and 1973’s The Captain and Me": an article left alone
  // by a split is no name
  // (not an abbreviation with its dot: "Baton Rouge, La." is Louisiana)
  if (toks.length === 1 && !gaz && ARTICLE_ALONE.has(toks[0]!.norm) && !toks[0]!.text.endsWith('.') && !isStateAbbreviation(first, ctx)) return [];
  // (actors/title-phrase) “Jesus Is Just Alright With Me”, "It Keeps You Runnin’": a capitalised run with a form of "be" or
  // a personal pronoun after its first word is the title of a work, no actor's name
  if (!gaz && toks.length >= 3 && toks.slice(1).some((t) => t.cap && !t.acronym && TITLE_INNER_WORDS.has(t.norm))) return [];
  // « Evidemment, le Premier ministre peut… », "Obviously, the minister…", "Separately, Boeing said": a sentence adverb
  // opening a sentence before a comma is no name (ruleId actors/sentence-adverb)
  if (toks.length === 1 && !gaz && toks[0]!.initial && !givenName(toks[0]!) && SENTENCE_ADVERB.test(toks[0]!.text)
    && text[end] === ',') return [];
  // "Sen. Jack Reed, D-R.I.", "Rep. Liz Cheney (R-Wyo.)": a US lawmaker's party and state are no actor (ruleId
  // actors/en/party-state)
  if (toks.length === 1 && PARTY_STATE.test(toks[0]!.text)) return [];
  // "African-American churchgoers", "Franco-German", « franco-allemand », "Sino-American": a compound of nationality
  // adjectives qualifies a noun, it names no actor (ruleId actors/demonym-compound)
  if (toks.length === 1 && !gaz && toks[0]!.norm.includes('-')
    && toks[0]!.norm.split('-').every((w) => lex.nonEntities.has(w) || COMBINING_DEMONYMS.has(w))) return [];
  // "une émission intitulée Los desayunos", "the daily Die Welt": a foreign article alone is not a name (ruleId
  // actors/foreign-article)
  if (toks.length === 1 && FOREIGN_ARTICLES.has(toks[0]!.norm) && !gaz) return [];
  // "le boson de Brout-Englert-Higgs", "la maladie de Creutzfeldt-Jakob", "the Doppler effect": a name given to a concept
  // after its scientific noun is not an actor (ruleId actors/eponym-concept)
  if (!gaz && eponymConcept(first, last, ctx)) return [];
  // 'another employee known as "Coco"', « un homme surnommé « Coco » »: a nickname in quotes names a person
  // (ruleId actors/nickname)
  if (!gaz && toks.length <= 2 && noConnectorsIn(toks) && NICKNAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
    return [{ ...base, kind: 'person', ruleId: 'actors/nickname' }];
  }
  if (toks.length === 1 && !gaz && lex.titleWords.has(toks[0]!.norm.split('-')[0]!)) return []; // "Président-candidat"
  if (!gaz && ROMAN.test(toks[0]!.text)) return []; // "XXI Century"
  // "S-400", "Su-57", "T-90", "MQ-9 Reaper", "CH-47 Chinook", "SAMP/T": a military or aircraft designation (letters, a
  // hyphen or slash, digits or a letter) opening a short run is a product (ruleId actors/model-designation)
  if (!gaz && toks.length <= 3 && noConnectorsIn(toks) && DESIGNATION.test(toks[0]!.text) && !NOT_DESIGNATIONS.has(toks[0]!.norm)
    && !(toks.length > 1 && toks.slice(1).some((t) => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm)))) {
    return [{ ...base, kind: 'product', ruleId: 'actors/model-designation' }];
  }
  // "OAKLAND, Calif., March 3", "Albany, N.Y., said": a state abbreviation after a town and a comma, followed by its
  // dot, is a place, and so is the town before it (ruleId actors/us-state-abbreviation)
  if (toks.length === 1 && isStateAbbreviation(first, ctx)) {
    const withDot = toks[0]!.text.endsWith('.') ? end : end + 1;
    return [{ ...base, end: withDot, text: text.slice(start, withDot), kind: 'place', ruleId: 'actors/us-state-abbreviation', weak: true }];
  }
  if (!gaz && toks.length <= 3 && toks.every((t) => t.cap) && /^,[ \u00a0]$/.test(text.slice(end, tokens[last + 1]?.start ?? end))
    && isStateAbbreviation(last + 1, ctx)) {
    return [{ ...base, kind: 'place', ruleId: 'actors/us-state-abbreviation', weak: true }];
  }
  // "Tampa, FL", "Irving, TX", "Marlowe, ON": a postal state or province code after a town and a comma is no actor, and the
  // town before it is a place (ruleId actors/us-state-code)
  if (toks.length === 1 && postalCodeAt(first, ctx)) return [];
  if ((!gaz || gaz.entry.kind !== 'place') && toks.length <= 3 && toks.every((t) => t.cap && !t.acronym) && postalCodeAt(last + 1, ctx)) {
    return [{ ...base, kind: 'place', ruleId: 'actors/us-state-code' }];
  }
  // "Argentine beef", "Argentine officials": in English a place's other-language name that is also a nationality adjective
  // ("Argentine", French for Argentina) qualifies the noun after it and names no actor (ruleId actors/en/demonym-adjective);
  // the English name of the place stays one ("Philippines government")
  if (gaz && lex === actorLexicon('en') && toks.length === 1 && gaz.entry.kind === 'place' && DERIVED_DEMONYMS.has(toks[0]!.norm)
    && fold(gaz.entry.names[0]!) !== toks[0]!.norm && LOWER_NEXT.test(text.slice(end, end + 2))) return [];
  // « le char Leclerc », « 50 chars Leclerc », « le sous-marin Barracuda »: a one-word name the gazetteer knows as a firm (the
  // retailer Leclerc), right after a French noun of military vehicles, is the vehicle's model name (ruleId
  // actors/fr/military-model-name). English puts the noun after the name ("Leclerc tanks"), where a maker's name is usual
  // ("Rheinmetall tanks"): no rule there.
  const vehicle = tokens[first - 1];
  if (gaz && gaz.entry.kind === 'organization' && toks.length === 1 && vehicle && !vehicle.cap
    && MILITARY_VEHICLE_NOUNS.has(vehicle.norm) && toks[0]!.elision === '' && /^[ \u00a0]+$/.test(text.slice(vehicle.end, start))) {
    return [{ ...base, kind: 'product', ruleId: 'actors/fr/military-model-name' }];
  }
  if (gaz) {
    const m: ClassifiedMention = { ...base, kind: gaz.entry.kind, ruleId: 'actors/gazetteer', gaz };
    // a town or region that acts stands for its own administration (« Lausanne avait dû agir : elle a sorti… », "California
    // sued"), like a capital for its state (ruleId actors/town-acting)
    if (gaz.entry.seatOf || (gaz.entry.kind === 'place' && !gaz.entry.country)) {
      m.acting = isActing(first, last, ctx);
      // "in Beijing", « à Pékin », "from Washington": the town itself; "Beijing is balking" is neither located nor
      // clearly acting and does not make the capital a place (ruleId actors/seat-located)
      const p = tokens[first - 1];
      const elided = toks[0]!.elision !== '' && (lex.locationCues.has(toks[0]!.elision) || lex.placePrepositions.has(toks[0]!.elision));
      m.located = !m.acting && (elided || (!!p && !p.cap && (lex.locationCues.has(p.norm) || lex.placePrepositions.has(p.norm))
        && /^[ \u00a0]+$/.test(text.slice(p.end, toks[0]!.outerStart))));
    }
    if (gaz.entry.country) {
      m.acting = isActing(first, last, ctx);
      // "US citizens", "U.S. retailer": a country code used as a modifier is not a mention
      const next = tokens[last + 1];
      if (toks.length === 1 && toks[0]!.acronym && /^\s?[$€£]/.test(text.slice(end, end + 2))) return []; // "US$3 billion"
      // (a soft hyphen left before the noun by the page: "US \u00adforces")
      if (!m.acting && toks.length === 1 && toks[0]!.acronym && next && !next.cap && !next.digits
        && /^[ \u00a0\u00ad]+$/.test(text.slice(end, next.outerStart)) && !lex.connectors.has(next.norm)) return [];
    }
    return [m];
  }
  // "l'État du New Jersey", "the State of California", "la province de Québec": the place itself, linked to its name
  // (ruleId actors/state-of-place)
  if (toks.length >= 3 && PLACE_TYPES.has(toks[0]!.norm) && !isWord(toks[1]!)) {
    let r = 1;
    while (r < toks.length && !isWord(toks[r]!)) r++;
    const place = r < toks.length ? lookupName(text.slice(toks[r]!.start, end)) : undefined;
    if (place && place.entry.kind === 'place') {
      // « la Ville de Montréal a modifié son règlement », "the City of Toronto said": a capitalised "Ville"/"City" inside
      // a sentence names the municipal administration, an actor apart from the town (ruleId actors/city-administration)
      if ((toks[0]!.norm === 'ville' || toks[0]!.norm === 'city') && !toks[0]!.initial && !heading) {
        return [{ ...base, kind: 'government', ruleId: 'actors/city-administration' }];
      }
      return [{ ...base, kind: 'place', ruleId: 'actors/state-of-place', gaz: place }];
    }
  }
  // "its A400M transport aircraft", "its Sony Now service", "Dynamics 365, its suite of business software", « Dynamics 365,
  // sa suite de gestion », "prices for Sales Cloud and Service Cloud", « le prix de Sales Cloud »: an unknown name that a
  // possessive and a noun of products or services, or a price, describe is a product (ruleId actors/product-context)
  if (!gaz && !heading && productContext(first, last, ctx)) return [{ ...base, kind: 'product', ruleId: 'actors/product-context' }];
  if (allowSplit) {
    const split = titleSplit(first, last, heading, ctx);
    if (split) return split;
    const medium = acronymNamePersonSplit(first, last, ctx);
    if (medium > first) {
      // (the name before the person is a body's: "RIA" is no given name there)
      const body = classifyRange(first, medium - 1, heading, ctx, false)
        .map((m) => (m.kind === 'person' ? { ...m, kind: 'organization' as const, ruleId: 'actors/acronym-name-person-split' } : m));
      return [...body, ...classifyRange(medium, last, heading, ctx, false)];
    }
    const person = complementPersonSplit(first, last, ctx);
    if (person > first) {
      return [...classifyRange(first, person - 1, heading, ctx, false), ...classifyRange(person, last, heading, ctx, false)];
    }
  }
  const isTitle = (t: Token): boolean => lex.titleWords.has(t.norm);
  if (toks.every((t) => isTitle(t) || !isWord(t))) return [];
  // "The Defense Secretary said", "the Secretary of State": portfolio and title words only are a role without its holder,
  // left to the descriptions (ruleId actors/role-only)
  if (!gaz && toks.some(isTitle) && toks.every((t) => isTitle(t) || !isWord(t) || lex.portfolioWords.has(t.norm))) return [];
  // a role phrase without a name: "EADS CEO of North America" → EADS; "Chief Financial Officer" → nothing
  const q = toks.findIndex(isTitle);
  // "Secretary of the Air Force", "Director of Program Analysis": a run opened by a title is a role even with a head
  // word after it; only the body named after "of" may be an actor (ruleId actors/role-of)
  const titleFirst = q === 0 && toks.length > 2 && !toks.some(givenName) && !isWord(toks[1]!);
  if (q >= 0 && allowSplit && (titleFirst || !toks.some((t) => GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm)))) {
    if (q === 0) {
      // "PDG de HP France", "CEO d'Anthropic": the title belongs to the organisation named after it
      let r = 0;
      while (r < toks.length && (isTitle(toks[r]!) || !isWord(toks[r]!))) r++;
      const glued = r < toks.length && r > 0 && (toks[r]!.elision !== '' || !isWord(toks[r - 1]!));
      if (glued) return classifyRange(first + r, last, heading, ctx, false).filter((m) => !m.weak); // not "Minister of Agriculture"
      return [];
    }
    // "The New York State Attorney General (NYAG) is investigating", "the Texas Comptroller said": a place then only title
    // words, with no holder named, is the state's office (ruleId actors/place-office)
    const placeBefore = q > 0 ? lookupName(text.slice(start, tokens[first + q - 1]!.end)) : undefined;
    if (q > 0 && toks.slice(q).every((t) => isTitle(t) || !isWord(t)) && isWord(toks[toks.length - 1]!) && placeBefore?.entry.kind === 'place'
      && !placeBefore.entry.country) {
      return [{ ...base, kind: 'government', ruleId: 'actors/place-office' }];
    }
    // "Bruno Le Maire": a title word after a capitalised particle is the surname of the given name before it
    const surnameTitle = q >= 2 && q === toks.length - 1 && givenName(toks[0]!) && PARTICLES.has(toks[q - 1]!.norm) && toks[q - 1]!.cap;
    // ("United Nations High Commissioner for Refugees": "High" belongs to the title — the body is the United Nations)
    let before = first + q - 1;
    while (before > first && tokens[before]!.norm === 'high' && !lookupName(text.slice(start, tokens[before]!.end))) before--;
    if (!surnameTitle && toks.slice(0, q).every(isWord)) return classifyRange(first, before, heading, ctx, false);
  }
  const connIdx = toks.findIndex((t) => !isWord(t));
  const preConn = connIdx > 0 ? toks[connIdx - 1]! : toks[toks.length - 1]!;
  const lastTok = toks[toks.length - 1]!;
  // "12 Seahawk helicopters", "40 Patriot missiles": a name between a number and a product noun is a model (ruleId
  // actors/model-between)
  const after1 = tokens[last + 1];
  const before1 = tokens[first - 1];
  if (toks.length <= 2 && noConnectorsIn(toks) && before1?.digits && after1 && !after1.cap && lex.productNouns.has(after1.norm)
    && /^[ \u00a0]+$/.test(text.slice(end, after1.outerStart)) && /^[ \u00a0]+$/.test(text.slice(before1.end, start))) {
    // "its popular 737 Max jet": the number and the name together are a known model, not a count (ruleId actors/model-number-name)
    const numbered = lookupName(text.slice(before1.start, end));
    if (numbered?.entry.kind === 'product') {
      return [{ ...base, start: before1.start, text: text.slice(before1.start, end), first: first - 1, kind: 'product',
        ruleId: 'actors/model-number-name', gaz: numbered }];
    }
    return [{ ...base, kind: 'product', ruleId: 'actors/model-between', gaz: variantOf(surface) }];
  }
  // "Rafale Marine", "Galaxy Note": a known product then capitalised words is a model of that product (ruleId actors/known-prefix)
  if (toks.length >= 2 && noConnectorsIn(toks) && !givenName(toks[0]!)) { // not "Claude Bartolone"
    const pre = lookupName(toks[0]!.text);
    if (pre && pre.entry.kind === 'product') return [{ ...base, kind: 'product', ruleId: 'actors/known-prefix' }];
  }
  // « a constaté la Ville », « le règlement de la Ville »: the capitalised word alone, inside a sentence, is the town's
  // administration (ruleId actors/city-administration)
  if (toks.length === 1 && lastTok.norm === 'ville' && lastTok.cap && !lastTok.initial && !heading
    && CLASSIFY_RANGE_RE.test(text.slice(Math.max(0, start - 4), start))) {
    return [{ ...base, kind: 'government', ruleId: 'actors/city-administration' }];
  }
  // "passed by Parliament on Monday", « adopté par le Parlement »: a capitalised legislature alone inside a sentence is the
  // country's parliament (ruleId actors/bare-chamber)
  if (toks.length === 1 && !lastTok.initial && !heading && !lastTok.acronym && CHAMBERS.has(lastTok.norm)) {
    return [{ ...base, kind: 'government', ruleId: 'actors/bare-chamber' }];
  }
  // a head word alone ("Coalition", "Marine", "Parti") is a common noun, not a name
  if (toks.length === 1 && (GOVERNMENT_HEADS.has(lastTok.norm) || ORG_HEADS.has(lastTok.norm))) return [];
  // "ministre de la Défense", "Minister of Finance": a portfolio, not an actor
  const before = text.slice(Math.max(0, start - 40), start);
  if (toks.length <= 2 && PORTFOLIO_BEFORE.test(before) && !gaz) return [];
  // "Bridgestone Arena", "Charlotte Arena", "Dana Air", "Pelham County": the last word says what the name is, even after a
  // given name (kind-cues.ts: actors/venue-head, actors/airline-last, actors/place-county)
  const shaped = shapeKind(first, last, ctx);
  if (shaped) return [{ ...base, ...shaped }];
  // "Marine Le Pen", "Grace Kelly": a given name that is also a head word, then a capitalised particle or surname, is a
  // person unless the run ends with a head ("Hope Foundation") (ruleId actors/given-name-head)
  if (toks.length >= 2 && toks.length <= 4 && givenName(toks[0]!) && toks.every((t) => t.cap && !t.acronym)
    && toks.slice(1).every((t) => !GOVERNMENT_HEADS.has(t.norm) && !ORG_HEADS.has(t.norm))
    && toks.some((t, i) => i > 0 && PARTICLES.has(t.norm))) {
    return [{ ...base, kind: 'person', ruleId: 'actors/given-name-head' }];
  }
  // « Institut national de la santé et de la recherche médicale », « Centre national de la recherche scientifique », "National
  // Institute of Standards and Technology", "National Center for Health Statistics": a research or public body qualified as
  // national or federal is a state body (ruleId actors/national-institute) — not a party or a league ("Front national",
  // "National Rifle Association": other heads)
  if (toks.length > 2 && ((PUBLIC_BODY_HEADS.has(toks[0]!.norm) && NATIONAL_WORDS.has(toks[1]!.norm))
    || (NATIONAL_WORDS.has(toks[0]!.norm) && PUBLIC_BODY_HEADS.has(toks[1]!.norm)))) {
    return [{ ...base, kind: 'government', ruleId: 'actors/national-institute' }];
  }
  // (actors/custody-body) "Metropolitan Correctional Center", "Metropolitan Detention Center", « Centre pénitentiaire de
  // Fresnes »: a centre or facility of custody is a state body, whatever its head
  if (toks.length > 1 && toks.some((t) => CUSTODY_WORDS.has(t.norm))) return [{ ...base, kind: 'government', ruleId: 'actors/custody-body' }];
  if (ORG_HEADS.has(lastTok.norm) && toks.length > 1) return [{ ...base, kind: 'organization', ruleId: 'actors/org-head' }];
  // "Securities and Exchange Commission", "Bureau of Alcohol, Tobacco and Firearms": a state-body head closing the name wins
  // over a trade word before the connector (ruleId actors/gov-head)
  if (GOVERNMENT_HEADS.has(toks[0]!.norm) || GOVERNMENT_HEADS.has(preConn.norm) || (GOVERNMENT_HEADS.has(lastTok.norm) && toks.length > 2 && q < 0)) {
    return [{ ...base, kind: 'government', ruleId: 'actors/gov-head' }];
  }
  if ((ORG_HEADS.has(toks[0]!.norm) && !CLOSING_MEDIA_HEADS.has(toks[0]!.norm)) || (ORG_HEADS.has(preConn.norm)
    && !CLOSING_MEDIA_HEADS.has(preConn.norm))) return [{ ...base, kind: 'organization', ruleId: 'actors/org-head' }];
  // "Îles Baléares", "Lac Léman", "Lake Victoria", "Cayman Islands", "Silicon Valley": a noun of geography opening (or, in
  // English, closing) the name makes it a place (ruleId actors/place-head)
  if (toks.length >= 2 && toks[1]!.cap && (PLACE_FIRST.has(toks[0]!.norm) || (PLACE_LAST.has(lastTok.norm) && lastTok.cap))) {
    return [{ ...base, kind: 'place', ruleId: 'actors/place-head' }];
  }
  // "la province d'Aceh", "la capsule Dragon", "la revue Food and Chemical Toxicology": a classifying noun before the name
  // (ruleId actors/noun-before)
  const cue = nounBefore(first, ctx);
  // « des îles Sanguinaires », « le lac Léman », « le mont Blanc »: a lower-case noun of geography right before the name is
  // part of the place's name (ruleId actors/place-noun-name)
  const geo = tokens[first - 1];
  if (cue === 'place' && geo && !geo.cap && PLACE_FIRST.has(geo.norm) && tokens[first]!.elision === ''
    && /^[ \u00a0]+$/.test(text.slice(geo.end, start))) {
    return [{ ...base, start: geo.start, text: text.slice(geo.start, end), first: first - 1, kind: 'place', ruleId: 'actors/place-noun-name' }];
  }
  if (cue) return [{ ...base, kind: cue, ruleId: 'actors/noun-before' }];
  // "SpaceX's Starship", "Blue Origin's Blue Moon", « le Starship de SpaceX » aside: a known firm's possessive before an unknown
  // name (not a given name, not a body) names the firm's product (ruleId actors/maker-possessive)
  if (toks.length <= 2 && noConnectorsIn(toks) && toks.every((t) => t.cap && !t.acronym) && !givenName(toks[0]!)
    && !toks.some((t) => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm) || lex.titleWords.has(t.norm))
    // not a common noun alone: "Boeing's Importance: High" (an e-mail header)
    && !(toks.length === 1 && (DERIVED_COMMON_NOUNS.has(lastTok.norm) || ctx.lowerSeen.has(lastTok.norm)))
    // not a surname: "Amazon's Bezos" after "Jeff Bezos", "Facebook's Zuckerberg"
    && !ctx.surnames?.has(lastTok.norm) && !DERIVED_SURNAMES.has(lastTok.norm) && !personContext(last, ctx)
    && makerPossessive(first, ctx)) {
    return [{ ...base, kind: 'product', ruleId: 'actors/maker-possessive' }];
  }
  // "to companies Astrobotic, Intuitive Machines and Orbit Beyond", « les entreprises Lime et Bird »: the names listed after a
  // plural noun of firms are firms, even when made of common words (ruleId actors/company-list)
  // (a channel code with a digit is a member too: "ITV1", "RTE 1")
  if (toks.length <= 4 && toks.every((t) => t.cap || t.digits) && !toks.every((t) => t.acronym && !/\d/.test(t.text))
    && companyListMember(first, ctx)) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/company-list' }];
  }
  // "Ubuntu 12.10", "Python 3.12", "Firefox 3.6": a name with a release number is a product's version (ruleId
  // actors/version-number; the candidate keeps the number, candidates.ts)
  if (toks.length >= 2 && VERSION_NUMBER.test(toks[toks.length - 1]!.text) && toks.slice(0, -1).every((t) => t.cap || t.camelLower || t.digits)) {
    return [{ ...base, kind: 'product', ruleId: 'actors/version-number' }];
  }
  // "HP France", "Boeing 767", "Apple Watch"
  for (let k = last - 1; k >= first; k--) {
    const pre = lookupName(text.slice(start, tokens[k]!.end));
    if (!pre) continue;
    const rest = tokens.slice(k + 1, last + 1);
    // "Jane Smith": a given name that a known name also normalises to ("Jane's", the defence publisher) opens a person's
    // name when capitalised words without digits follow (new-user trial: Jane Smith, Jane Austen were organisations)
    if (k === first && givenName(toks[0]!) && rest.length > 0 && rest.every((t) => t.cap && !/\d/.test(t.text))) break;
    // "Boeing Delta IV Heavy", "Airbus A380": a maker's name then a model with a number or a Roman numeral (ruleId
    // actors/known-prefix-model)
    const model = rest.some((t) => (/\d/.test(t.text) && /[A-Za-z]/.test(t.text)) || /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/.test(t.text));
    if ((rest.every((t) => t.digits) || model) && (pre.entry.kind === 'organization' || pre.entry.kind === 'product')) {
      return [{ ...base, kind: 'product', ruleId: 'actors/known-prefix' }];
    }
    // "Dow Jones Industrial Average", "Nasdaq Composite": an index named after its publisher (ruleId actors/market-index)
    if (pre.entry.kind === 'organization' && INDEX_LAST.has(lastTok.norm)) return [{ ...base, kind: 'product', ruleId: 'actors/market-index' }];
    if (pre.entry.kind === 'organization') return [{ ...base, kind: 'organization', ruleId: 'actors/known-prefix' }];
    break;
  }
  const noConnectors = toks.every(isWord);
  // "Rosstat said", "according to Turkstat", « selon Geostat »: a one-word name ending in "-stat" is a national statistics
  // office, a government body (ruleId actors/statistics-office)
  // (before the speaker rule: « Eurostat a indiqué » is no surname)
  if (!gaz && toks.length === 1 && !toks[0]!.acronym && STATISTICS_OFFICE.test(toks[0]!.norm) && !commonWord(toks[0]!)
    && !lex.commonWords.has(toks[0]!.norm) && !ctx.lowerSeen.has(toks[0]!.norm)) {
    return [{ ...base, kind: 'government', ruleId: 'actors/statistics-office' }];
  }
  // "Vindman said he was told", '"…?" Schiff asked.', '"…," said Hernandez.', « Moreau a déclaré qu'il… »: one unknown
  // capitalised word that speaks like a person is a person's surname (ruleId actors/speaker-surname)
  if (toks.length === 1 && !toks[0]!.acronym && speakerAt(text, toks[0]!, lex, ctx.lowerSeen)) {
    return [{ ...base, kind: 'person', ruleId: 'actors/speaker-surname' }];
  }
  // "Rami Abd al-Rahman", « M'Jid El Guerrab », "Ahmed Ould Abdallah": an Arabic or Maghrebi name particle inside two to
  // four capitalised words (or an article glued to the surname after a given name: "Bashar al-Assad") makes a person's
  // name — not "Jabhat al-Nusra", "Hayat Tahrir al-Sham" (no inner particle word, no given name) (ruleId actors/arabic-name)
  if (toks.length >= 2 && toks.length <= 4 && toks.every((t) => t.cap && !t.acronym) && !toks.some((t) => ORG_HEADS.has(t.norm)
    || GOVERNMENT_HEADS.has(t.norm) || lex.titleWords.has(t.norm))
    && (toks.some((t, i) => i > 0 && i < toks.length - 1 && ARABIC_PARTICLES.has(t.norm))
      || (givenName(toks[0]!) && /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-/.test(lastTok.norm)))) {
    return [{ ...base, kind: 'person', ruleId: 'actors/arabic-name' }];
  }
  // "Le président Obama", "le ministre Papadimos", "the economist Krugman": a lower-case role right before
  // one to three unknown capitalised words names a person (ruleId actors/title-before)
  if (noConnectors && toks.length <= 3 && toks.every((t) => t.cap && !t.acronym) && tokens[first]!.elision === ''
    && roleBefore(start, ctx) !== null) {
    // the role word is kept (folded) so that a later "the president" finds its holder (ruleId actors/title-before-role)
    return [{ ...base, kind: 'person', ruleId: 'actors/title-before', role: roleBefore(start, ctx)! }];
  }
  // "a Massachusetts Democrat", "the Texas Republican": a place or a name before a partisan or demonym noun describes a
  // person, it names no actor (ruleId actors/partisan-description)
  // (not a person's name in apposition to a role: "Tova Noel, a spokeswoman for…", « Marie Noël, porte-parole du… » — a
  // surname that is also a holiday or a demonym; ruleId actors/role-apposed-name below)
  if (toks.length === 2 && noConnectors && lex.nonEntities.has(lastTok.norm) && lastTok.norm.length > 3 && !givenName(toks[0]!)
    && !roleApposed(text, end, lex)) return [];
  // "Myriam Martinet", "Luiz Inácio Lula da Silva", "Charles de Gaulle": a given name, then names and particles
  const nameParts = toks.filter((t, i) => !(i > 0 && i < toks.length - 1 && PARTICLES.has(t.norm)));
  if (nameParts.length >= 2 && nameParts.length <= 5 && givenName(toks[0]!) && nameParts.every((t) => t.cap)) {
    // "Hélène Courtois, le fabricant de jouets, a…", "Ralph Lauren, the fashion brand, said": a firm named after a person,
    // its apposition headed by a firm's noun (ruleId actors/org-apposition)
    if (!heading && orgAppositionAt(text, end, lex)) return [{ ...base, kind: 'organization', ruleId: 'actors/org-apposition', weak: true }];
    return [{ ...base, kind: 'person', ruleId: 'actors/given-name' }];
  }
  // "NK603", "MON810", "KC-135": a model code (2–4 capitals, then 3–4 digits or a hyphen and 2–4 digits) names a product;
  // after acronyms ("maïs OGP NK603") the code alone is the name (ruleId actors/model-code)
  if (MODEL_CODE.test(lastTok.text) && toks.slice(0, -1).every((t) => t.acronym)) {
    const code = { ...base, start: lastTok.start, text: lastTok.text, first: last };
    return [{ ...code, kind: 'product', ruleId: 'actors/model-code' }];
  }
  // "Channel 4", "Radio 4", « Antenne 2 », « Canal 9 », "ITV 1": a broadcasting noun then a channel number is a broadcaster
  // (ruleId actors/channel-number)
  if (toks.length === 2 && toks[1]!.digits && toks[1]!.text.length <= 2 && toks[0]!.cap && BROADCAST_HEADS.has(toks[0]!.norm)) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/channel-number' }];
  }
  // "Falcon 9", "Delta 4", "Titan 2": an unknown name then a number of one or two digits is a model (not "France 24",
  // "Title 10", "Ayrault 2": a known name, a common noun, a surname of the text) (ruleId actors/name-number)
  if (toks.length === 2 && toks[1]!.digits && toks[1]!.text.length <= 2 && toks[0]!.cap && !toks[0]!.acronym && !/ly$/.test(toks[0]!.norm)
    && !lookupName(toks[0]!.text) && !givenName(toks[0]!) && !commonWord(toks[0]!) && !lex.commonWords.has(toks[0]!.norm)
    && !lex.nonEntities.has(toks[0]!.norm) && !ctx.lowerSeen.has(toks[0]!.norm) && !ctx.singles.has(toks[0]!.norm)
    && !ctx.surnames?.has(toks[0]!.norm)
    && !DERIVED_SURNAMES.has(toks[0]!.norm) && !DERIVED_COMMON_NOUNS.has(toks[0]!.norm) && !NUMBERED_NOUNS.has(toks[0]!.norm)) {
    return [{ ...base, kind: 'product', ruleId: 'actors/name-number' }];
  }
  // "Titan III", "Delta IV", "Saturn V": an unknown name then a Roman numeral is a model (not "Louis XIV", "Jean-Paul II": a
  // given name; not "Bordeaux II": a known place; not "Space X": a letter) (ruleId actors/name-roman)
  if (toks.length === 2 && /^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII)$/.test(toks[1]!.text) && toks[0]!.cap && !toks[0]!.acronym
    && !givenName(toks[0]!) && !lookupName(toks[0]!.text) && !lex.titleWords.has(toks[0]!.norm) && !commonWord(toks[0]!)
    && !lex.commonWords.has(toks[0]!.norm) && !lex.nonEntities.has(toks[0]!.norm) && !ctx.lowerSeen.has(toks[0]!.norm)
    && !DERIVED_SURNAMES.has(toks[0]!.norm) && !ctx.surnames?.has(toks[0]!.norm)) {
    return [{ ...base, kind: 'product', ruleId: 'actors/name-roman' }];
  }
  // "A330neo", "A321neo", "A320ceo": a model number with a lower-case variant suffix names an aircraft or device model
  // (ruleId actors/model-variant)
  if (toks.length === 1 && MODEL_VARIANT.test(toks[0]!.text)) return [{ ...base, kind: 'product', ruleId: 'actors/model-variant' }];
  // "A400M", "A320", "C390": one capital, three digits and at most one capital name an aircraft or vehicle model (credit
  // ratings have at most two digits: "A3", "Baa2", "Aa1") (ruleId actors/letter-model-code)
  if (toks.length === 1 && LETTER_MODEL_CODE.test(toks[0]!.text)) return [{ ...base, kind: 'product', ruleId: 'actors/letter-model-code' }];
  // "A3", "Baa2": short codes mixing letters and digits are ratings or models, not actors, unless known
  if (toks.length === 1 && /\d/.test(toks[0]!.text) && CLASSIFY_RANGE_RE_2.test(toks[0]!.text) && toks[0]!.text.length <= 5) return [];
  // a long run of letters and digits is an identifier, a hash or encoded data, no name ("VUY5R9RNSAgWEcqyqU25naN3", base64
  // pasted into a text; acronyms and model codes are short: "NATO", "3M", "A400M", "KC-767") (ruleId actors/no-identifier)
  if (toks.length === 1 && IDENTIFIER_LIKE.test(toks[0]!.text)) return [];
  // (actors/shouted-word) a word in capitals that the article also writes in lower case is a shouted word of a headline
  // or a kicker, not an acronym: "$150K Pearl Oscar Dress ... STOLEN!!!!" (the text has "was stolen"), « ALERTE » (with
  // « une alerte »); an unknown acronym keeps its reading ("NATO", "OPEC")
  if (toks.length === 1 && toks[0]!.acronym && toks[0]!.text.length >= 4 && ctx.lowerSeen.has(toks[0]!.norm) && !gaz) return [];
  if (toks.length === 1 && (toks[0]!.acronym || /\d/.test(toks[0]!.text))) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/acronym' }];
  }
  // "Barroso, le président de la commission", "Smith, the chief executive": a word followed by a role apposition is a person
  if (toks.length === 1 && !toks[0]!.acronym && !toks[0]!.camelLower && !ctx.lowerSeen.has(toks[0]!.norm)
    && roleAppositionAt(text, end, lex)) {
    return [{ ...base, kind: 'person', ruleId: 'actors/role-apposition-name' }];
  }
  // "l'April", "la Sandy": a given name after a definite article is not a person's name (ruleId actors/article-not-person)
  const articled = toks[0]!.elision === "l'" || (tokens[first - 1] && /^(?:le|la|les)$/.test(tokens[first - 1]!.norm)
    && /^[ \u00a0]+$/.test(text.slice(tokens[first - 1]!.end, start)));
  // "LVMH bought Tiffany for $16 billion", « LVMH a racheté Tiffany »: the one-word object of a verb of acquisition is the
  // firm bought, even when it is also a given name (ruleId actors/acquired-object)
  if (toks.length === 1 && !gaz && acquiredObject(text, start, end)) return [{ ...base, kind: 'organization', ruleId: 'actors/acquired-object', weak: true }];
  // "Harley-Davidson, the Milwaukee-based motorcycle maker, said…", "Harley said on Monday it would…": a firm's apposition or a
  // corporate verb after one word outweighs its reading as a given name (ruleId actors/org-context)
  if (toks.length === 1 && !gaz && !heading && givenName(toks[0]!) && orgCueAfter(text, end, lex)) return [{ ...base, kind: 'organization', ruleId: 'actors/org-context', weak: true }];
  // « au stade Ernest-Wallon », « le lycée Victor-Hugo », « rue Jean-Jaurès »: a given name right after a lower-case noun of
  // venues names the venue after a person, neither the person nor a party to the story (ruleId actors/fr/venue-eponym)
  const venue = tokens[first - 1];
  if (toks.length === 1 && givenName(toks[0]!) && venue && !venue.cap && VENUE_EPONYM_NOUNS.has(venue.norm)
    && /^[ \u00a0]$/.test(text.slice(venue.end, start))) return [];
  if (toks.length === 1 && givenName(toks[0]!) && !ctx.lowerSeen.has(toks[0]!.norm) && !articled) {
    return [{ ...base, kind: 'person', ruleId: 'actors/given-name-alone', weak: true }];
  }
  // "traités avec du Roundup", "sans du Coca-Cola": a French partitive article after "avec"/"sans" makes the name a substance
  // or a product sold by quantity (ruleId actors/fr/partitive-product)
  const du = tokens[first - 1];
  const withTok = tokens[first - 2];
  if (toks.length <= 2 && noConnectors && du && withTok && !du.cap && du.norm === 'du' && !withTok.cap && PARTITIVE_BEFORE.has(withTok.norm)
    && /^[ \u00a0]+$/.test(text.slice(du.end, start)) && /^[ \u00a0]+$/.test(text.slice(withTok.end, du.outerStart))) {
    return [{ ...base, kind: 'product', ruleId: 'actors/fr/partitive-product', weak: true }];
  }
  // "Ubuntu est un système d'exploitation libre", "Firefox is a free web browser": an unknown name defined by a copula and an
  // indefinite article as a noun of products is a product (ruleId actors/product-definition)
  if (toks.length <= 3 && definedAsProduct(text.slice(end, end + 80), lex)) {
    return [{ ...base, kind: 'product', ruleId: 'actors/product-definition' }];
  }
  // "the aircraft carrier INS Vikrant", "USS Gerald R. Ford", « la frégate HMS Richmond »: a navy's ship prefix before a name
  // names a ship, a product (ruleId actors/ship-prefix)
  if (toks.length >= 2 && SHIP_PREFIXES.has(toks[0]!.text) && toks[1]!.cap && !toks[1]!.acronym) {
    return [{ ...base, kind: 'product', ruleId: 'actors/ship-prefix' }];
  }
  // "Renault a présenté la nouvelle Clio", "Tesla unveiled the new Model Y", « son nouvel iPad »: an unknown name of one or
  // two words that a determiner and "new"/« nouveau » announce is a new model, a product (ruleId actors/new-model) — not an
  // institution's or an office's head ("the new Commission", « le nouveau Premier ministre »), nor a given name
  if (toks.length <= 2 && toks.every((t) => (t.cap || t.digits) && !t.acronym) && toks[0]!.elision === '' && !givenName(toks[0]!)
    && !toks.some((t) => ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm) || lex.titleWords.has(t.norm))
    && NEW_MODEL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    return [{ ...base, kind: 'product', ruleId: 'actors/new-model', weak: true }];
  }
  // "Canada's Atlantic provinces", "the Pacific coast": an unknown word before a lower-case noun of geography qualifies it,
  // it names no actor (ruleId actors/geographic-modifier)
  const geoNext = tokens[last + 1];
  if (toks.length === 1 && geoNext && !geoNext.cap && /^[ \u00a0]+$/.test(text.slice(end, geoNext.outerStart))
    && GEO_NOUNS.has(geoNext.norm)) {
    return [];
  }
  // "the southern Zabul province", "Sudan's troubled Darfur region", "Kunar district": an unknown name before a singular
  // noun of administrative region is the region, a place (ruleId actors/region-noun-after)
  if (toks.length <= 2 && geoNext && !geoNext.cap && /^[ \u00a0]+$/.test(text.slice(end, geoNext.outerStart))
    && REGION_NOUNS.has(geoNext.norm) && toks.every((t) => t.cap && !t.acronym) && !ctx.lowerSeen.has(lastTok.norm)) {
    return [{ ...base, kind: 'place', ruleId: 'actors/region-noun-after' }];
  }
  // "the Nasdaq Composite", "the blue-chip Dow Jones Industrial Average", "The pan-European STOXX 600 index", "Japan’s
  // Nikkei futures": a stock index or a contract on it is a product (ruleId actors/market-index)
  // (not common words: "the Air Quality index")
  if ((INDEX_LAST.has(lastTok.norm) && toks.length >= 2
    || (geoNext && !geoNext.cap && /^[ \u00a0]+$/.test(text.slice(end, geoNext.outerStart)) && INDEX_AFTER.has(geoNext.norm)))
    && toks.some((t) => t.acronym || t.digits || (!commonWord(t) && !ctx.lowerSeen.has(t.norm) && !INDEX_LAST.has(t.norm)))) {
    return [{ ...base, kind: 'product', ruleId: 'actors/market-index' }];
  }
  // venues, counties, towns by their context (locative phrases, "capital of", « (Finistère) »), artists after "works by",
  // operators, organisations after "the company" (kind-cues.ts: actors/venue-head, actors/place-locative-phrase…)
  const cued = contextKind(first, last, ctx);
  if (cued) return [{ ...base, ...cued }];
  if (toks.length === 1) {
    const prev = tokens[first - 1];
    // "called it a Zeitenwende, or turning point", "a Gemütlichkeit.": an unknown word between an indefinite article and a
    // punctuation mark or "or" is a (foreign) common noun, not a name — "a Vexor spokesman" keeps its noun after
    // (ruleId actors/indefinite-common-noun)
    // (the English article as written: the folded « à » is "a" too)
    if (prev && (prev.text === 'a' || prev.text === 'an') && !givenName(toks[0]!)
      && /^[ \u00a0]$/.test(text.slice(prev.end, start)) && INDEFINITE_NOUN_AFTER.test(text.slice(end, end + 5))) {
      return [];
    }
    // "the chief economist at Flexport", "a trade professor at Cornell", « analyste chez Oddo »: after a person's occupation
    // and "at"/"chez", an unknown name is the employer, an organisation (ruleId actors/employer-at)
    if (prev && !prev.cap && (prev.norm === 'at' || prev.norm === 'chez') && EMPLOYER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/employer-at', weak: true }];
    }
    // "Sanofi holds a stake in Regeneron", "shares in Novavax", "worked at Regeneron for ten years", « une participation dans
    // Regeneron », « il a travaillé chez Novavax »: a share of a firm or a job at it makes an unknown name the firm (ruleId
    // actors/stake-in)
    if (prev && !prev.cap && STAKE_IN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/stake-in', weak: true }];
    }
    // "sold its consumer health unit to Haleon", "bought the rights from Quentis", "the contract was awarded to Deltaris",
    // « a cédé sa filiale à Vexor », "investors in Tamsyn", « s'associe à Publicis », "sold to Carvalho, a Lisbon-based investment firm": the other party
    // of a sale, licence or award, or a name with a firm's apposition, after a place preposition is a firm, not a place
    // (ruleId actors/transaction-party)
    if (prev && !prev.cap && lex.placePrepositions.has(prev.norm) && !WEB_DOMAIN.test(toks[0]!.norm)
      && (TRANSACTION_BEFORE.test(text.slice(Math.max(0, start - 72), start)) || orgAppositionAt(text, end, lex))) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/transaction-party', weak: true }];
    }
    // "according to Edmunds.com": a web site is run by an organisation, whatever the preposition (ruleId actors/domain)
    if (WEB_DOMAIN.test(toks[0]!.norm)) return [{ ...base, kind: 'organization', ruleId: 'actors/domain' }];
    // (not the source of "according to Reuters": a source speaks, it is no place — ruleId actors/according-to-source)
    if (prev && !prev.cap && !toks[0]!.camelLower && !CLASSIFY_RANGE_RE_3.test(toks[0]!.text) && lex.placePrepositions.has(prev.norm)
      && text.slice(prev.end, start).trim() === '' && !ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, start - 16), start))) {
      return [{ ...base, kind: 'place', ruleId: 'actors/place-preposition', weak: true }];
    }
    // "Jefferies analyst Jonathan Matuszewski", "Nomura chief economist Takahide Kiuchi": a word before a commentator's
    // occupation and name is the employer, an organisation (ruleId actors/employer-before)
    // (at a sentence start, not a word of the language: "Independent analyst John Smith")
    const w0 = toks[0]!;
    if (!givenName(w0) && (!w0.initial || (!lex.commonWords.has(w0.norm) && !DERIVED_ADJECTIVES.has(w0.norm) && !ctx.lowerSeen.has(w0.norm)))
      && EMPLOYER_PREMODIFIER.test(text.slice(end, end + 60))) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/employer-before', weak: true }];
    }
    // "Presidential", "Slovenian", "Technology": an adjective or a common noun, not a name
    // "Paramount and Skydance signed a merger agreement": a party to an agreement (ruleId actors/deal-party)
    // (a word with a noun's ending too, inside a sentence: "Skydance")
    if (!heading && (!commonWord(toks[0]!) || !toks[0]!.initial) && dealPartyAt(text, toks[0]!, end, lex, ctx.lowerSeen)) return [{ ...base, kind: 'organization', ruleId: 'actors/deal-party', weak: true }];
    if (/(?:ial|ical|ional|ese|ish|ian|ean|ist)$/.test(toks[0]!.norm) || commonWord(toks[0]!)) {
      return isolatedCommonName(first, last, ctx) ? [{ ...base, kind: 'organization', ruleId: 'actors/isolated-common-name', weak: true }] : [];
    }
    // French adjectives alone: "Industriel", "Constitutionnel", "Culturel", "Actuel", "Mortel" — the "-el" of an adjective follows
    // i, u, n, r or t; a name ending in "-kel", "-bel", "-mel" is no adjective: « les fonctions de Henkel », « Nobel »
    // (ruleId actors/fr/adjective-alone)
    if (lex.extensibleHeads.size > 0 && /(?:[iunrt]el|elle|ique|iste|aire|if|ive|eux|euse)$/.test(toks[0]!.norm)) return [];
    // "le portefeuille de la Réforme … les réformes", "Reform … reforms": a word the text also uses in lower case, in the
    // singular or the plural, is a common noun (ruleId actors/common-variant)
    const w = toks[0]!.norm;
    if (!toks[0]!.acronym && (ctx.lowerSeen.has(`${w}s`) || ctx.lowerSeen.has(`${w}x`) || (/[sx]$/.test(w) && ctx.lowerSeen.has(w.slice(0, -1))))) {
      return [];
    }
    // "brightly-lit Santas, snowmen and a large neon tree", « des Pères Noël, sapins et guirlandes »: a capitalised plural in a
    // list of lower-case plural nouns is one of them (ruleId actors/common-plural-list)
    if (!toks[0]!.acronym && /[^s]s$/.test(w) && (PLURAL_LIST_AFTER.test(text.slice(end, end + 60))
      || PLURAL_LIST_BEFORE.test(text.slice(Math.max(0, start - 60), start)))) return [];
    // "GetFirefox.com": a web site is run by an organisation
    if (WEB_DOMAIN.test(toks[0]!.norm)) return [{ ...base, kind: 'organization', ruleId: 'actors/domain' }];
    return [{ ...base, kind: 'organization', ruleId: 'actors/unknown', weak: true }];
  }
  // "A Breezy Point, dans le Queens", "in Porto Velho": two or three unknown capitalised words right after a place
  // preposition are a place (ruleId actors/place-preposition)
  const prevTok = tokens[first - 1];
  if (noConnectors && toks.length >= 2 && toks.length <= 3 && prevTok && (!prevTok.cap || prevTok.initial)
    && AT_PLACE.has(prevTok.norm) && /^[ \u00a0]+$/.test(text.slice(prevTok.end, start)) && !givenName(toks[0]!)
    && toks.every((t) => t.cap && !t.acronym)
    // a name then a common noun of geography ("Breezy Point", "McCormick Place"), not a person's name nor a capitalised
    // term ("Revenue Ruling", "Most Favored Customer")
    && DERIVED_COMMON_NOUNS.has(toks[toks.length - 1]!.norm) && !lex.commonWords.has(toks[0]!.norm)
    && !DERIVED_COMMON_NOUNS.has(toks[0]!.norm) && !DERIVED_ADJECTIVES.has(toks[0]!.norm)
    && !toks.some((t) => GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm) || lex.titleWords.has(t.norm))) {
    return [{ ...base, kind: 'place', ruleId: 'actors/place-preposition', weak: true }];
  }
  // "Air Astana", "Air Transat", « Air Caraïbes »: "Air" then a proper name (a place, an unknown word) names an airline —
  // not "Air Force", "Air Quality" (ruleId actors/airline-name)
  if (noConnectors && toks.length === 2 && toks[0]!.norm === 'air' && toks[1]!.cap && !toks[1]!.acronym && !commonWord(toks[1]!)
    && !GOVERNMENT_HEADS.has(toks[1]!.norm) && !ORG_HEADS.has(toks[1]!.norm) && !lex.commonWords.has(toks[1]!.norm)
    && !ctx.lowerSeen.has(toks[1]!.norm)) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/airline-name' }];
  }
  // "Justin Hawkins of The Darkness", "seen by The Real Deal": a capitalised "The" inside a sentence opens the title of a
  // band, a paper or a firm, even when its words are common ones (ruleId actors/en/the-title)
  if (noConnectors && toks.length >= 2 && toks.length <= 4 && toks[0]!.text === 'The' && !toks[0]!.initial && !heading
    && toks.every((t) => t.cap && !t.acronym && !/\d/.test(t.text))
    // (not the cut start of "The Idaho National Engineering and Environmental Laboratory": a head after "and")
    && !(tokens[last + 1]?.norm === 'and' && tokens.slice(last + 2, last + 5).some((t) => t.cap && (ORG_HEADS.has(t.norm) || GOVERNMENT_HEADS.has(t.norm))))
    && !toks.slice(1).some((t) => lex.titleWords.has(t.norm) || GOVERNMENT_HEADS.has(t.norm))) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/en/the-title', weak: true }];
  }
  // "Henkel France", "Microsoft Belgique", "Orange Spain": an unknown name (no word of the language, no given name) then a
  // country names the firm's national branch, an organisation (ruleId actors/national-branch)
  if (noConnectors && toks.length === 2 && !heading && lookupName(lastTok.text)?.entry.country && !toks[0]!.acronym && !givenName(toks[0]!)
    && !commonWord(toks[0]!) && !lex.commonWords.has(toks[0]!.norm) && !lex.nonEntities.has(toks[0]!.norm)
    && !ctx.lowerSeen.has(toks[0]!.norm) && !DERIVED_ADJECTIVES.has(toks[0]!.norm) && !lookupName(toks[0]!.text)
    && !lex.titleWords.has(toks[0]!.norm) && !TEMPORAL_WORDS.has(toks[0]!.norm)) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/national-branch', weak: true }];
  }
  // unknown words that are mostly common words: "Exterior Relations", "Preview Release", "Social Security"
  if (noConnectors && !toks.some(givenName) && !toks.some((t) => t.acronym) && toks.filter(commonWord).length * 2 >= toks.length) {
    // "Nippon Steel agreed to buy U.S. Steel", « Nippon Steel a accepté de racheter »: a party to an agreement (ruleId actors/deal-party)
    if (!heading && dealPartyAt(text, toks[0]!, end, lex, ctx.lowerSeen)) return [{ ...base, kind: 'organization', ruleId: 'actors/deal-party', weak: true }];
    // "said Mat Piscatella, an analyst at Circana", "Rose Marsh, a spokeswoman for…": two or three capitalised words, the last
    // no common word, followed by a person's role in apposition, are a person even when the given name is also a common word
    // (ruleId actors/role-apposed-name)
    if (toks.length >= 2 && toks.length <= 3 && !heading && toks.every((t) => t.cap && !t.acronym && !t.digits)
      && !commonWord(lastTok) && !lex.commonWords.has(lastTok.norm) && !ctx.lowerSeen.has(lastTok.norm)
      && !toks.some((t) => lex.titleWords.has(t.norm) || GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm))
      && roleApposed(text, end, lex)) {
      return [{ ...base, kind: 'person', ruleId: 'actors/role-apposed-name' }];
    }
    if (isolatedCommonName(first, last, ctx)) return [{ ...base, kind: 'organization', ruleId: 'actors/isolated-common-name', weak: true }];
    // "Thornbury Power, a British battery start-up, said", "Maplecrest Metals said on Tuesday it would": an unknown word then
    // common words, named as a firm by its apposition or a corporate verb (ruleId actors/org-context)
    if (!heading && !commonWord(toks[0]!) && !lex.commonWords.has(toks[0]!.norm) && !ctx.lowerSeen.has(toks[0]!.norm)
      && !DERIVED_ADJECTIVES.has(toks[0]!.norm) && orgCueAfter(text, end, lex)) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/org-context', weak: true }];
    }
    return [];
  }
  // "CAPE CANAVERAL": an unknown run in capitals is a dateline or a shouted heading
  if (toks.length > 1 && toks.every((t) => t.acronym || !isWord(t))) return [];
  // "Seconde Guerre": a run opened by an ordinal, adjective or function word is not a name
  if (noConnectors && (lex.nonEntities.has(toks[0]!.norm) || lex.commonWords.has(toks[0]!.norm))) return [];
  // "Loki Torrent, a site that tracks links", "Noroeste Farm, une entreprise": an apposition naming a kind of organisation
  // (ruleId actors/apposition-kind)
  // (and "Kestrel Bio, a Boston-based biotech, said", « Maison Verlaine, une entreprise familiale installée à Gand »: a firm's
  // noun heads the apposition — ruleId actors/org-apposition)
  if (noConnectors && toks.length <= 3 && (appositionKind(last, ctx) === 'organization' || (!heading && orgAppositionAt(text, end, lex)))) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/apposition-kind', weak: true }];
  }
  // "Spirit AeroSystems", "JetBlue Airways", "GlaxoSmithKline": a word with a capital inside it after a syllable of its own is a
  // brand's spelling, not a person's name (surname prefixes excepted: "MacArthur", "FitzGerald"; "McDonald", "DeSantis" have one
  // or two letters before it) (ruleId actors/camel-case-brand)
  if (noConnectors && toks.length <= 3 && toks.some((t) => CAMEL_BRAND.test(t.text) && !SURNAME_PREFIX.test(t.text))) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/camel-case-brand', weak: true }];
  }
  // two or three unknown capitalised words: a person unless the first is an adjective or a place ("Social Security",
  // "Detroit Pistons"), or a word of the text's own vocabulary
  // "Shares of Kestrel Bio rose", "investors in Tamsyn Holt", « les actions de Quorra Systems »: two or three unknown
  // capitalised words whose shares or holders the text names are a firm, not a person (ruleId actors/stake-in)
  if (noConnectors && toks.length >= 2 && toks.length <= 3 && !heading && !toks.some(givenName)
    && SHARES_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    return [{ ...base, kind: 'organization', ruleId: 'actors/stake-in', weak: true }];
  }
  const firstIsPlace = lookupName(toks[0]!.text)?.entry.kind === 'place';
  // "Liu He, China's top trade negotiator", "Wang Yi, the foreign minister": two or three unknown capitalised words followed
  // by a role in apposition name a person even when a later word is also a common word ("He") (ruleId actors/role-apposed-name)
  if (noConnectors && toks.length >= 2 && toks.length <= 3 && toks.every((t) => t.cap && !t.acronym) && !tokens[first]!.initial
    && !lex.commonWords.has(toks[0]!.norm) && !ctx.lowerSeen.has(toks[0]!.norm) && !DERIVED_ADJECTIVES.has(toks[0]!.norm) && !firstIsPlace
    && !toks.some((t) => GOVERNMENT_HEADS.has(t.norm) || ORG_HEADS.has(t.norm) || lex.titleWords.has(t.norm))
    && (roleApposed(text, end, lex) || POSSESSIVE_ROLE_AFTER.test(text.slice(end, end + 80)) || possessiveRoleBeforeAt(text, start, lex))) {
    return [{ ...base, kind: 'person', ruleId: 'actors/role-apposed-name' }];
  }
  if (noConnectors && toks.length <= 3 && !lex.nonEntities.has(toks[0]!.norm) && toks.every((t) => t.cap && !t.acronym)
    // a capitalised particle inside the name is allowed: "Armel Le Cléac'h", "Ursula Von Der Leyen"
    && !toks.some((t, i) => lex.commonWords.has(t.norm) && !(i > 0 && i < toks.length - 1 && PARTICLES.has(t.norm)))
    && !toks.some((t, i) => ctx.lowerSeen.has(t.norm) && !(i > 0 && i < toks.length - 1 && PARTICLES.has(t.norm))) && !DERIVED_ADJECTIVES.has(toks[0]!.norm) && !firstIsPlace
    && (ctx.singles.has(toks[toks.length - 1]!.norm) || personContext(last, ctx) || DERIVED_SURNAMES.has(toks[toks.length - 1]!.norm)
      || toks.length === 2)) {
    // "outside the Casa Rosada", « devant la Casa Rosada », "the Kestrel Bio board": a definite article right before two or three
    // unknown words names a thing or a body, not a person (persons take no article in news copy); "a law dubbed Lex Tusk",
    // "the plan, known as Plano Safra", « surnommée Lex Tusk »: a name given to a plan or a law names no actor
    // (ruleId actors/article-name-not-person)
    const before = text.slice(Math.max(0, start - 24), start);
    if (!toks.some(givenName) && NAMED_THING_BEFORE.test(before)) return [];
    // "Ferrand Ashby's chief executive", "Tamsyn Holt's shares": a firm's officer or shares in the possessive (ruleId
    // actors/org-context)
    if (!toks.some(givenName) && firmPossessiveAt(text, end)) return [{ ...base, kind: 'organization', ruleId: 'actors/org-context', weak: true }];
    if (!toks.some(givenName) && (toks[0]!.elision === "l'" || ARTICLE_BEFORE.test(before))) {
      return [{ ...base, kind: 'organization', ruleId: 'actors/article-name-not-person', weak: true }];
    }
    return [{ ...base, kind: 'person', ruleId: 'actors/unknown-name', weak: true }];
  }
  // an unknown run with connectors and no organisation/state head is a title, slogan or programme name
  // ("Broad Relationship of Cooperation for Common Prosperity"), not an actor
  if (!noConnectors && toks.filter((t) => t.cap).length >= 4) return [];
  return [{ ...base, kind: 'organization', ruleId: 'actors/unknown', weak: true }];
}

/** See {@link titleSplit} (ruleId actors/title-name-of-place): the person and the place, or null. */
function titleNameOfPlace(first: number, last: number, heading: boolean, ctx: ClassifyContext): ClassifiedMention[] | null {
  const { text, tokens, lex } = ctx;
  const isTitle = (t: Token): boolean => lex.titleWords.has(t.norm);
  let t = first;
  while (t <= last && isTitle(tokens[t]!)) t++;
  if (t === first || t > last) return null;
  let o = t;
  while (o <= last && tokens[o]!.cap && isWord(tokens[o]!)) o++;
  const names = tokens.slice(t, o);
  if (o > last || (tokens[o]!.norm !== 'of') || names.length < 2 || names.length > 3 || o === last) return null;
  if (names.some((x) => x.acronym || isTitle(x) || ORG_HEADS.has(x.norm) || GOVERNMENT_HEADS.has(x.norm) || lex.portfolioWords.has(x.norm))) return null;
  if (!names.slice(1).every((x) => /^ $/.test(text.slice(tokens[x.index - 1]!.end, x.outerStart)))) return null;
  // (not "Secretary General Kofi Annan of the United Nations" misread: the place is a known place, nothing else)
  const place = lookupName(text.slice(tokens[o + 1]!.start, tokens[last]!.end));
  if (!place || place.entry.kind !== 'place' || lookupName(text.slice(names[0]!.start, names[names.length - 1]!.end))) return null;
  const p = t;
  const person: ClassifiedMention = {
    start: tokens[p]!.start, end: tokens[o - 1]!.end, text: text.slice(tokens[p]!.start, tokens[o - 1]!.end),
    first: p, last: o - 1, heading, weak: false, kind: 'person', ruleId: 'actors/title-name-of-place',
  };
  let q = first;
  while (q < p && HONORIFICS.has(tokens[q]!.norm)) q++;
  if (q < p) person.role = text.slice(tokens[q]!.start, tokens[p - 1]!.end).replace(/[,:]$/, '');
  return [person, ...classifyRange(o + 1, last, heading, ctx, false)];
}

/**
 * "Sears CEO Alan Lacy" → Sears (organization) + Alan Lacy (person, role CEO);
 * "Secretary of the Air Force James Roche" → James Roche, role "Secretary of the Air Force";
 * "Deputy Defense Secretary Wolfowitz" → Wolfowitz, role "Deputy Defense Secretary".
 */
function titleSplit(first: number, last: number, heading: boolean, ctx: ClassifyContext): ClassifiedMention[] | null {
  const { text, tokens, lex } = ctx;
  const isTitle = (t: Token): boolean => lex.titleWords.has(t.norm);
  let p = -1;
  // Work per token is bounded (a run may be a whole 1 MB text: "M. M. M. …"): the tail after a given name is examined
  // only when it can have 2–4 words once inner particles are dropped, i.e. at most 2 non-particle words between k and last.
  // midWords[k - first] = non-particle tokens among k..last-1.
  const midWords = new Array<number>(last - first + 2).fill(0);
  for (let k = last - 1; k >= first; k--) midWords[k - first] = midWords[k + 1 - first]! + (PARTICLES.has(tokens[k]!.norm) ? 0 : 1);
  let firstTitle = first;
  while (firstTitle <= last && !isTitle(tokens[firstTitle]!)) firstTitle++;
  // "The chief-minister of Civil House José Dirceu", « le ministre de la Maison civile José Dirceu »: after a lower-case
  // title and "of"/"de", the run is the office then its holder's name (ruleId actors/office-holder)
  const spaced = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && /^[ \u00a0]+$/.test(text.slice(a.end, b.outerStart));
  const art = tokens[first - 1] && !tokens[first - 1]!.cap && /^(?:the|la|le)$/.test(tokens[first - 1]!.norm) ? 1 : 0;
  const ofTok = tokens[first - 1 - art];
  const titleTok = tokens[first - 2 - art];
  const officeBefore = !!ofTok && !!titleTok && !ofTok.cap && /^(?:of|de|du|des)$/.test(ofTok.norm) && !titleTok.cap
    && titleTok.norm.split('-').some((x) => lex.titleWords.has(x)) && spaced(titleTok, ofTok)
    && spaced(ofTok, tokens[first - art]) && (art === 0 || spaced(tokens[first - 1], tokens[first]));
  // "Senator Mark Warner of Virginia", "Governor Greg Abbott of Texas", "Mayor Brandon Scott of Baltimore", « le maire Jean
  // Dupont de Lyon » aside: title words, two or three capitalised words, then "of" and a known place are the holder's name
  // and the place the office is of — even when the name's first word is a common one ("Senator Christmas Abbott of Texas")
  // (ruleId actors/title-name-of-place)
  const ofPlace = titleNameOfPlace(first, last, heading, ctx);
  if (ofPlace) return ofPlace;
  // a given name followed by 1–3 capitalised words, after at least one title word
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (!givenName(t) || isTitle(t)) continue;
    const tailWords = k < last ? 2 + midWords[k + 1 - first]! : 1;
    if (tailWords < 2 || tailWords > 4) continue;
    const tail = tokens.slice(k, last + 1).filter((x, i, all) => !(PARTICLES.has(x.norm) && i > 0 && i < all.length - 1));
    const prefixKnown = lookupName(text.slice(tokens[first]!.start, tokens[k - 1]!.end))
      ?? (k - 1 === first && (GOVERNMENT_HEADS.has(tokens[first]!.norm) || ORG_HEADS.has(tokens[first]!.norm))
        ? { id: -1, entry: { names: [], kind: 'government' as const }, acronym: false } : undefined) // "Assemblée Claude Bartolone"
      ?? (k - 1 === first && tokens[first]!.acronym ? { id: -1, entry: { names: [], kind: 'organization' as const }, acronym: true }
        : undefined); // "UMP Laure de la Raudière"
    if (tail.length >= 2 && tail.length <= 4 && tail.every((x) => x.cap && !isTitle(x))
      && (firstTitle < k || (prefixKnown && prefixKnown.entry.kind !== 'person')
        // (the office's complement may hold connectors: « le procureur de la République de Paris Rémy Heitz »)
        || (officeBefore && tokens[k - 1]!.cap && tokens.slice(first, k).every((x) => (x.cap && !givenName(x))
          || (!x.cap && lex.connectors.has(x.norm)))))) {
      p = k;
      break;
    }
  }
  if (p < 0 && last - 1 > first) {
    // "Detroit Pistons Chauncey Billups": a known organisation or place, then two capitalised words (the last two of the run)
    const k = last - 1;
    const pre = lookupName(text.slice(tokens[first]!.start, tokens[k - 1]!.end));
    const tail = [tokens[k]!, tokens[last]!];
    if (pre && pre.entry.kind !== 'person' && pre.entry.kind !== 'product'
      // not "Idaho National Engineering", "Mac Carey From"
      && tail.every((x) => x.cap && !x.acronym && !isTitle(x) && !ORG_HEADS.has(x.norm) && !GOVERNMENT_HEADS.has(x.norm)
        && !COMPANY_SUFFIXES.has(x.norm)
        && !commonWord(x) && !ctx.lex.commonWords.has(x.norm))
      && /^ $/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && /^ $/.test(text.slice(tokens[k]!.end, tokens[last]!.start))
      && !lookupName(text.slice(tokens[k]!.start, tokens[last]!.end))) {
      p = k;
    }
  }
  let qualifierRole: string | null = null;
  if (p < 0 && last - first >= 2 && last - first <= 5) {
    // « la députée LREM Aurore Bergé », « le secrétaire général de l'ONU Ban Ki-moon », « la ministre des Solidarités et de la
    // Santé Agnès Buzyn »: after a lower-case title (right before the run, or through its "of"/"de" complement), one
    // capitalised word — a party or body acronym, a known body, a portfolio — then two or three capitalised words are the
    // title's qualifier then its holder's name (ruleId actors/title-qualifier-name)
    const q0 = tokens[first]!;
    // (the holder's name may carry inner particles: « le président du Medef Geoffroy Roux de Bézieux »)
    const all = tokens.slice(first + 1, last + 1);
    const tail = all.filter((x, i) => !(i > 0 && i < all.length - 1 && PARTICLES.has(x.norm) && !x.cap));
    const win = text.slice(Math.max(0, q0.outerStart - 60), q0.outerStart);
    const titled = officeBefore || roleBefore(q0.outerStart, ctx) !== null || PORTFOLIO_CHAIN_BEFORE.test(win);
    // (after "title + of/de", any one capitalised word that is no given name is the body: « président du Medef »)
    const qualifier = q0.acronym || (!!lookupName(q0.text) && lookupName(q0.text)!.entry.kind !== 'person') || PORTFOLIO_CHAIN_BEFORE.test(win)
      || (officeBefore && !givenName(q0) && q0.elision === '');
    const lastTail = tail[tail.length - 1]!;
    if (titled && qualifier && tail.length >= 2 && tail.length <= 3 && tail.every((x) => x.cap && !x.acronym && !isTitle(x) && !ORG_HEADS.has(x.norm) && !GOVERNMENT_HEADS.has(x.norm)
      && /^[ \u00a0]$/.test(text.slice(tokens[x.index - 1]!.end, x.outerStart)))
      && (givenName(tail[0]!) || /^[A-Z][a-z]{1,4}-[a-z]{1,5}$/.test(lastTail.text)
        || tail.every((x) => !commonWord(x) && !lex.commonWords.has(x.norm) && !ctx.lowerSeen.has(x.norm) && !lookupName(x.text)))
      && !lookupName(text.slice(tail[0]!.start, lastTail.end))) {
      p = first + 1;
      // the lower-case title is the holder's role: « députée », « secrétaire général » (before "de l'ONU")
      qualifierRole = roleBefore(q0.outerStart, ctx) ?? (officeBefore ? roleBefore(ofTok!.outerStart, ctx) : null);
    }
  }
  if (p < 0) {
    let t = -1;
    for (let k = last; k >= first; k--) if (isTitle(tokens[k]!)) { t = k; break; }
    // "Sec Def Lloyd Austin": a portfolio word right after the last title is part of the role, not of the name (ruleId
    // actors/title-portfolio)
    while (t >= 0 && t < last && tokens[t + 1]!.cap && lex.portfolioWords.has(tokens[t + 1]!.norm)) t++;
    if (t < 0 || t === last) return null;
    const tail = tokens.slice(t + 1, last + 1);
    if (tokens[t + 1]!.elision !== '') return null; // "CEO d'Anthropic" is a role of Anthropic, not a person
    const known = lookupName(text.slice(tokens[t + 1]!.start, tokens[last]!.end));
    if (known && known.entry.kind !== 'person') return null;
    // "General Dynamics Corp.", "General Atomics Inc.": a title word opening a company name ending in a company suffix or
    // an organisation head is part of the name, not a rank before a person (ruleId actors/title-company)
    // ("U.N. General Assembly", "Surgeon General Office": a state-body head closes the name the same way)
    if (COMPANY_SUFFIXES.has(tokens[last]!.norm) || ORG_HEADS.has(tokens[last]!.norm) || GOVERNMENT_HEADS.has(tokens[last]!.norm)) return null;
    if (tail.every((x) => x.cap && !x.acronym)) {
      if (tail.length > 3) return null;
      p = t + 1;
    } else {
      // "… of the Air Force for Acquisition Darleen Druyun": the last two capitalised words
      let s = last;
      while (s > t && isWord(tokens[s - 1]!) && tokens[s - 1]!.cap) s--;
      const seg = tokens.slice(s, last + 1);
      if (seg.length < 2 || seg.some((x) => !x.cap || x.acronym)) return null;
      if (!/^ $/.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start))) return null;
      if (commonWord(tokens[last - 1]!) || commonWord(tokens[last]!)) return null;
      // "High Commissioner for Human Rights", "Commissioner for Civil Liberties": two capitalised words right after "for"/"of"
      // are the office's remit, not a holder's name, unless the first is a given name (ruleId actors/title-remit)
      const conn = tokens[last - 2];
      if (conn && !conn.cap && (conn.norm === 'for' || conn.norm === 'of') && !givenName(tokens[last - 1]!)) return null;
      p = last - 1;
      if (lookupName(text.slice(tokens[p]!.start, tokens[last]!.end))) return null;
    }
  }
  const person: ClassifiedMention = {
    start: tokens[p]!.start, end: tokens[last]!.end, text: text.slice(tokens[p]!.start, tokens[last]!.end),
    first: p, last, heading, weak: false, kind: 'person', ruleId: 'actors/title-name',
  };
  const out: ClassifiedMention[] = [];
  let q = first;
  while (q < p && !isTitle(tokens[q]!)) q++;
  // "US Trade Representative Robert Lighthizer", "French Defence Minister X": common nouns right before the title are its
  // portfolio, part of the role; the name before them is the body (ruleId actors/portfolio-title)
  let orgEnd = q - 1;
  // ("White House Press Secretary Stephanie Grisham": "Press" is a portfolio there, not the head of a name)
  // ("U.S. Commerce Secretary Howard Lutnick": a portfolio word of the lexicon too, whatever its ending)
  while (orgEnd > first && (commonWord(tokens[orgEnd]!) || PORTFOLIO_HEADS.has(tokens[orgEnd]!.norm) || lex.portfolioWords.has(tokens[orgEnd]!.norm))
    && (!ORG_HEADS.has(tokens[orgEnd]!.norm) || PORTFOLIO_HEADS.has(tokens[orgEnd]!.norm))
    && !GOVERNMENT_HEADS.has(tokens[orgEnd]!.norm) && !lookupName(tokens[orgEnd]!.text)) orgEnd--;
  if (orgEnd < q - 1 && isWord(tokens[orgEnd]!) && lookupName(text.slice(tokens[first]!.start, tokens[orgEnd]!.end))) q = orgEnd + 1;
  if (q > first && q < p) {
    const org = classifyRange(first, q - 1, heading, ctx, false);
    const o = org[0];
    if (org.length === 1 && o!.kind !== 'person' && (o!.gaz || o!.ruleId !== 'actors/unknown' || ctx.tokens[first]!.acronym
      || (first === q - 1 && ctx.singles.has(ctx.tokens[first]!.norm)))) {
      out.push(o!);
      person.roleOrg = o!;
    } else if (first === q - 1 && MAYOR_NOUNS.has(tokens[q]!.norm) && (org.length === 0 || (o!.weak && o!.kind !== 'person'))
      && tokens[first]!.cap && !tokens[first]!.acronym && !tokens[first]!.initial && !lex.commonWords.has(tokens[first]!.norm)
      && !ctx.lowerSeen.has(tokens[first]!.norm)) {
      // "Baltimore Mayor Brandon Scott", "Kettering Mayor Pat Quinlan": one unknown capitalised word before "Mayor" is the
      // town the mayor runs, a place (ruleId actors/mayor-town)
      const t0 = tokens[first]!;
      out.push({ start: t0.start, end: t0.end, text: t0.text, first, last: first, heading, weak: true, kind: 'place', ruleId: 'actors/mayor-town' });
    } else {
      q = first; // "Policy Director John Rother": the words before the title belong to the role
    }
  } else if (q === p && p > first) {
    // no title between: "à l'AFP Gilles-Éric Séralini", "Detroit Pistons Chauncey Billups" — the known name is an actor too
    const org = classifyRange(first, p - 1, heading, ctx, false);
    if (org.length === 1 && org[0]!.gaz && (org[0]!.kind === 'organization' || org[0]!.kind === 'government')) out.push(org[0]!);
  }
  // honorifics are not roles: "Mr. Mundia Sikatana", "M. Dupont"
  while (q < p && HONORIFICS.has(tokens[q]!.norm)) q++;
  // « le PDG de Danone Emmanuel Faber », "President of the European Commission Ursula von der Leyen": a known body or an
  // acronym named as the title's complement is an actor of its own and the office's holder (roleOf); the role is the title
  // alone (ruleId actors/title-complement-body). A portfolio (« ministre de l'Économie ») names no actor and stays in the role.
  let complementRole = false;
  if (q < p && isTitle(tokens[q]!) && !person.roleOrg) {
    let c = q + 1;
    while (c < p && isTitle(tokens[c]!)) c++;
    if (c < p) {
      const conn = tokens[c]!;
      let cs = -1;
      if (conn.elision !== '' && /^d['’]$/.test(conn.elision)) cs = c;
      else if (!conn.cap && (conn.norm === 'de' || conn.norm === 'du' || conn.norm === 'des' || conn.norm === 'of')) cs = c + 1;
      while (cs > 0 && cs < p && !tokens[cs]!.cap && (tokens[cs]!.norm === 'la' || tokens[cs]!.norm === 'the')) cs++;
      if (cs > 0 && cs < p && tokens[cs]!.cap && (tokens[cs]!.elision === '' || cs === c || /^l['’]$/.test(tokens[cs]!.elision))) {
        const body = classifyRange(cs, p - 1, heading, ctx, false);
        const o = body[0];
        // (not a country: "President of Brazil" keeps its whole title)
        if (body.length === 1 && (o!.kind === 'organization' || o!.kind === 'government') && !o!.weak
          && (o!.gaz || tokens[cs]!.acronym) && !o!.gaz?.entry.country) {
          out.push(o!);
          person.roleOrg = o!;
          person.role = text.slice(tokens[q]!.start, tokens[c - 1]!.end);
          complementRole = true;
        }
      }
    }
  }
  if (!complementRole) {
    if (q < p) person.role = text.slice(tokens[q]!.start, tokens[p - 1]!.end).replace(/[,:]$/, '');
    else if (qualifierRole) person.role = qualifierRole;
  }
  out.push(person);
  return out;
}

/**
 * A weapon or aircraft designation (ruleId actors/model-designation): one to three capitals (or a Russian design bureau's
 * prefix), a hyphen, one to four digits and an optional letter suffix — "S-400", "MQ-9", "Su-57", "MiG-29", "T-90",
 * "KC-46A", "CH-47F" — or an acronym, a slash and one capital or digit: "SAMP/T". Bounded, linear.
 */
const DESIGNATION = /^(?:(?:[A-Z]{1,3}|Su|MiG|Mi|Ka|Tu|Il|Yak)-\d{1,4}[A-Z]{0,2}(?:-\d{1,2})?|[A-Z]{2,6}\/[A-Z0-9])$/u;
/**
 * Codes of the designation shape that are not products (folded): diseases, groups of states, visas, school grades,
 * climate conferences (ruleId actors/model-designation).
 */
const NOT_DESIGNATIONS = new Set(['covid-19', 'g-7', 'g-8', 'g-20', 'g-77', 'h-1b', 'h-2a', 'h-2b', 'k-12', 'cop-21', 'cop-26',
  'cop-28', 'l-1', 'o-1', 'e-2', 'eb-5', 'p-5', 'n-1', 'c-19', 'mh-17', 'ps-5']);

/** A US party-and-state tag: "D-R.I.", "R-Wyo.", "D-Calif", "I-Vt." (ruleId actors/en/party-state). */
const PARTY_STATE = /^[DRI]-[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.?)?$/u;

/**
 * "ExxonMobil Corp.", "Boeing Co.", "Thales SA", "Rheinmetall AG": a known organisation followed by a company suffix is that
 * organisation (ruleId actors/known-suffix). Only organisations: "Shell Oil Co." is looked up as "Shell Oil".
 */
function knownWithSuffix(toks: readonly Token[], text: string): GazetteerHit | undefined {
  if (toks.length < 2 || !COMPANY_SUFFIXES.has(toks[toks.length - 1]!.norm)) return undefined;
  const hit = lookupName(text.slice(toks[0]!.start, toks[toks.length - 2]!.end));
  return hit && hit.entry.kind === 'organization' ? hit : undefined;
}

/** Combining forms of nationality adjectives (folded): "Sino-", "Franco-", "Anglo-", "Russo-", « germano- ». */
const COMBINING_DEMONYMS = new Set(['sino', 'franco', 'anglo', 'russo', 'indo', 'euro', 'afro', 'germano', 'italo', 'hispano',
  'luso', 'greco', 'austro', 'judeo', 'arabo', 'turco', 'irano', 'americano', 'israelo', 'belgo', 'helvetico', 'nippo', 'sovieto']);

/** "(ND)", "(OMS)": an acronym in parentheses right after a name (group 1). */
/**
 * A token that is an identifier or encoded data rather than a name: 13 characters or more mixing digits with letters, or 21
 * or more letters and digits with a lower-case letter after an upper-case one past the start ("sDhmtQiyNenc23oQGQPT8Vg").
 */
const IDENTIFIER_LIKE = new RegExp(`^(?=[${LETTER}${DIGIT}]{13,}$)(?:(?=.*[${DIGIT}])(?=.*[${LETTER}])|(?=.{21,})(?=.+[${UPPER}].*[${LOWER}].*[${UPPER}]))`, 'u');

const ACRONYM_AFTER = new RegExp(`^\\s?\\(([${UPPER}][${UPPER}${DIGIT}&.\\-]{1,11})\\)`, 'u');

/** Words left out of initials: "Organisation mondiale de la santé" → OMS, "Bank of America" → BA. */
const INITIALS_SKIP = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'et', "d'", "l'", 'pour', 'en', 'a']);

/** The capitalised words of `toks` (or all their words) have the initials given in parentheses after them. */
export function expandsAcronym(toks: readonly Token[], after: string): boolean {
  const m = ACRONYM_AFTER.exec(after);
  if (!m) return false;
  const acr = fold(m[1]!).replace(/[^a-z0-9]/g, '');
  if (acr.length < 2) return false;
  const content = toks.filter((t) => !INITIALS_SKIP.has(t.norm) && t.norm !== '&');
  const words = content.flatMap((t) => t.norm.split('-'));
  const ini = (ws: readonly string[]): string => ws.map((w) => w[0]).join('');
  return ini(words) === acr || ini(content.map((t) => t.norm)) === acr || ini(toks.flatMap((t) => t.norm.split('-'))) === acr;
}

/**
 * The kind given by a lower-case classifying noun right before token `first`, optionally followed by "de/d'/of":
 * "la province d'Aceh" → place, "le lanceur Falcon 9" → product, "la revue Nature" → organization.
 */
/** Token `k` is a US state abbreviation after "Town, " and ends with its dot ("Albany, N.Y.", "Oakland, Calif."). */
function isStateAbbreviation(k: number, ctx: ClassifyContext): boolean {
  const { text, tokens } = ctx;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev?.cap || !US_STATE_ABBREVIATIONS.has(t.text.replace(/\.$/, ''))) return false;
  return /^,[ \u00a0]$/.test(text.slice(prev.end, t.start)) && (t.text.endsWith('.') || text[t.end] === '.');
}

function nounBefore(first: number, ctx: ClassifyContext): ActorKind | undefined {
  const { text, tokens, lex } = ctx;
  const t = tokens[first]!;
  let k = first - 1;
  let p = tokens[k];
  // "province d'Aceh": the elided "d'" is glued to the name
  const elided = t.elision === "d'";
  // "la province de la Kapisa", "la région de l'Aceh": an article after "de" (ruleId actors/noun-before)
  if (!elided && p && !p.cap && (p.norm === 'la' || p.norm === 'the' || (t.elision === "l'" && (p.norm === 'de' || p.norm === 'of')))
    && /^[ \u00a0]+$/.test(text.slice(p.end, t.outerStart))) {
    const q = t.elision === "l'" ? p : tokens[k - 1];
    if (q && !q.cap && (q.norm === 'de' || q.norm === 'of') && (q === p || /^[ \u00a0]+$/.test(text.slice(q.end, p.outerStart)))) {
      k = q === p ? k - 1 : k - 2;
      p = tokens[k];
      if (!p || p.cap || !/^[ \u00a0]+$/.test(text.slice(p.end, tokens[k + 1]!.outerStart))) return undefined;
      return lex.placeNouns.has(p.norm) ? 'place' : undefined;
    }
  }
  if (!elided && p && !p.cap && (p.norm === 'de' || p.norm === 'du' || p.norm === 'of')
    && /^[ \u00a0]+$/.test(text.slice(p.end, t.outerStart))) {
    k--;
    p = tokens[k];
  }
  if (!p || p.cap || !/^[ \u00a0]+$/.test(text.slice(p.end, (k === first - 1 ? t : tokens[k + 1]!).outerStart))) return undefined;
  if (lex.placeNouns.has(p.norm)) return 'place';
  // "le député-maire de Manacor", "the mayor of Cabixi": the town of a mayor (ruleId actors/mayor-of)
  if ((k === first - 2 || elided) && MAYOR_NOUNS.has(p.norm)) return 'place';
  if (k === first - 1 && !elided && lex.productNouns.has(p.norm)) return 'product';
  if (k === first - 1 && !elided && lex.mediaNouns.has(p.norm)) return 'organization';
  // "l'accélérateur de particules LHC", "le lanceur de satellites Ariane": a product noun and its lower-case complement
  // (ruleId actors/noun-before)
  const de = tokens[k - 1];
  const head = tokens[k - 2];
  if (k === first - 1 && !elided && de && head && !de.cap && !head.cap && (de.norm === 'de' || de.norm === 'd\'') && p.elision === ''
    && lex.productNouns.has(head.norm) && /^[ \u00a0]+$/.test(text.slice(de.end, p.outerStart))
    && /^[ \u00a0]+$/.test(text.slice(head.end, de.outerStart))) return 'product';
  return undefined;
}

const ROLE_BEFORE_CACHE = new Map<FoldedLexicon, RegExp>();

/**
 * The folded text before a name ends with a lower-case role of the language and one space:
 * "le président ", "l'entraîneur ", "the prime minister " (built from `roleHeads`).
 */
function roleBefore(start: number, ctx: ClassifyContext): string | null {
  const { text, lex } = ctx;
  let re = ROLE_BEFORE_CACHE.get(lex);
  if (!re) {
    const heads = [...new Set(lex.roleHeads.map(fold))].sort((a, b) => b.length - a.length)
      .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // « le président turc Erdogan », « la chancelière allemande Merkel », « le ministre russe Lavrov »: French puts the
    // nationality adjective between the role and the name (ruleId actors/fr/title-demonym-before; English writes "Turkish
    // President Erdogan", a capitalised run split by the title rule) — folded demonym shapes only, never « des », « de la »
    // "Argentina's economy minister Luis Caputo", "the finance minister Christian Lindner": a portfolio word before the head is
    // part of the role (ruleId actors/role-portfolio)
    const portfolio = [...lex.portfolioWords].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
    re = new RegExp(`(?:^|[\\s'(])(${portfolio ? `(?:(?:${portfolio}) )?` : ''}(?:${heads}))(?: [a-z-]{2,14}(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ane|and|ande|ol|ole|que|sse|ge|c))? $`);
    ROLE_BEFORE_CACHE.set(lex, re);
  }
  // a capitalised role ("Président Obama") is part of the candidate run and split by titleSplit, never seen here
  // (a sentence-initial "President Barack Obama" loses its title to the sentence-start stripping and is seen here)
  const win = text.slice(Math.max(0, start - 40), start);
  const f = fold(win);
  const m = re.exec(f);
  if (!m) return null;
  // the role as written ("président"), when folding kept the offsets (it does unless a ligature or the like expands)
  const roleEnd = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length;
  const role = f.length === win.length ? win.slice(roleEnd - m[1]!.length, roleEnd) : m[1]!;
  // ("Labour leader Keir Starmer": a capitalised word before the head names a party or a body, no portfolio)
  const sp = role.indexOf(' ');
  return sp > 0 && /^\p{Lu}/u.test(role) && !lex.roleHeads.some((h) => fold(h) === fold(role)) ? role.slice(sp + 1) : role;
}

/**
 * ", China's top trade negotiator", ", Russia's foreign minister", ", NATO's supreme commander": a possessive name then up to
 * three lower-case words and a person's office noun, in apposition (ruleId actors/role-apposed-name). Bounded.
 */
const POSSESSIVE_ROLE_AFTER = new RegExp(`^,\\s{1,3}(?:the\\s+)?[${UPPER}][${LETTER}.-]{1,24}['’]s\\s+(?:[${LOWER}-]{2,16}\\s+){0,3}` +
  '(?:negotiator|minister|envoy|president|premier|vice-premier|leader|chief|official|spokesman|spokeswoman|spokesperson|ambassador|' +
  'general|commander|secretary|director|executive|chairman|chairwoman|founder|head|governor|diplomat|prosecutor|representative)s?(?![a-z])', 'u');

/**
 * An occupation then "at"/"chez" right before a name: "economist at ", "professor at ", "a senior fellow at ", « analyste
 * chez » (ruleId actors/employer-at). Anchored at the end; bounded.
 */
/**
 * A share of a firm or a job at it, right before a name: "a stake in ", "shares in ", "worked at ", « une participation dans »,
 * « travaille chez » (ruleId actors/stake-in). Anchored at the end.
 */
const STAKE_IN_BEFORE = new RegExp(`(?<![${LETTER}])(?:(?:stakes?|shares|holdings?|investments?|invested|invests|invest)[ \\u00a0]in|(?:works|worked|working|employed)[ \\u00a0]at|(?:participations?|parts|actions|investi|investit|investissement)[ \\u00a0]dans|(?:travaille|travaillé|travaillait|employé|employée)[ \\u00a0]chez)[ \\u00a0]$`, 'iu');

/**
 * A verb of acquisition right before a name: "bought ", "acquired ", "took over ", « a racheté », « a acquis », « a repris »
 * (ruleId actors/acquired-object). Anchored at the end; bounded.
 */
/**
 * A verb of sale, licence or award then at most 50 code units of its clause and "to"/"from"/« à »/« auprès de », or a firm's
 * holders then "in", right before a name (see actors/transaction-party). Anchored at the end of a 72-unit window; bounded.
 */
const TRANSACTION_BEFORE = new RegExp(`(?:(?<![${LETTER}])(?:sold|sells|selling|sell|licensed|licenses|licensing|awarded|awards|granted|` +
  `transferred|supplied|supplies|lent|loaned|outsourced|bought|buys|buying|acquired|acquires|purchased|purchases|` +
  `cédé|cédée|cédés|cède|vendu|vendue|vendus|vend|attribué|attribuée|confié|confiée|racheté|rachetée|acheté|achetée|` +
  `acquis|acquise|concédé|concédée)(?:[ \u00a0][^,.;:!?()«»"\n]{1,50})?[ \u00a0](?:to|from|à|auprès[ \u00a0]de)|` +
  `(?<![${LETTER}])(?:investors|shareholders|bondholders|creditors|actionnaires|créanciers)[ \u00a0](?:in|de|du)|` +
  // « Carrefour s'associe à Publicis », « Renault s'allie au chinois Geely » : le partenaire d'une alliance est une firme (pas « s'allie à
  // Geely au Brésil », où le lieu suit le partenaire)
  `(?<![${LETTER}])s['’][ \u00a0]?(?:(?:est|sont)[ \u00a0])?(?:associ|alli)(?:e|ent|era|eront|é|ée|és|ées)[ \u00a0](?:à|au|aux))[ \u00a0]$`, 'iu');

/** A firm's shares or holders right before a name: "shares of", "investors in", « les actions de » (actors/stake-in). */
const SHARES_OF_BEFORE = new RegExp(`(?<![${LETTER}])(?:shares|stock|stake|stakes|shareholders|bondholders|investors|` +
  `actions|titres|actionnaires)[ \u00a0](?:of|in|de|du|dans)[ \u00a0]$`, 'iu');

/** After a word: a punctuation mark or "or" (actors/indefinite-common-noun). */
const INDEFINITE_NOUN_AFTER = /^(?:[,.;:!?)]|[ \u00a0]or[ \u00a0])/u;
/** A lower-case definite article right before a name (EN, FR): "the ", « la », « le », « les » (actors/article-name-not-person). */
const ARTICLE_BEFORE = new RegExp(`(?<![${LETTER}])(?:the|le|la|les)[ \u00a0]$`, 'u');
/** A name given to a thing right before a name (EN, FR): "dubbed", "known as", « surnommée », « baptisé » (bounded). */
const NAMED_THING_BEFORE = new RegExp(`(?<![${LETTER}])(?:dubbed|nicknamed|so-called|known[ \u00a0]as|codenamed|code-named|` +
  `surnommée?s?|baptisée?s?|dite?s?|appelée?s?)[ \u00a0]$`, 'u');

const ACQUIRED_BEFORE = /(?:^|[\s\u00a0])(?:acquired|acquires|acquire|acquiring|bought|buys|buying|(?:took|takes|taking|take)[ \u00a0]over|rachète|rachètent|racheté|racheter|rachetait|acquis|acquiert|acquièrent|acquérir|absorbé|absorbe|absorber)[ \u00a0]$/iu;

/**
 * A price bid or a takeover noun right before a name: "bid $16.50 per share for ", "offered $47 billion for ", "a takeover of ", "its
 * acquisition of ", "a bid for ", « le rachat de », « une OPA sur », « une offre sur » (ruleId actors/acquired-object). Anchored at the
 * end; bounded.
 */
const BID_TARGET_BEFORE = new RegExp(`(?:(?<![${LETTER}])(?:bid|offered)[ \u00a0]+(?:US)?[$€£][ \u00a0]?[${DIGIT}][${DIGIT}.,]{0,12}(?:[ \u00a0]?(?:billion|million|bn))?(?:[ \u00a0]+(?:a|per)[ \u00a0]+share)?[ \u00a0]+for|(?<![${LETTER}])(?:takeover|acquisition|buyout)[ \u00a0]+of|(?<![${LETTER}])(?:takeover[ \u00a0]+)?(?:bid|offer)[ \u00a0]+for|(?<![${LETTER}])OPA[ \u00a0]+sur|(?<![${LETTER}])(?:rachat|acquisition)[ \u00a0]+de)[ \u00a0]$`, 'u');

/** True when the name in [start, end) is the object of a verb of acquisition, not its indirect object ("bought Sarah a car"), or the target of a bid. */
function acquiredObject(text: string, start: number, end: number): boolean {
  return (ACQUIRED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || BID_TARGET_BEFORE.test(text.slice(Math.max(0, start - 60), start)))
    && !/^[ \u00a0]+(?:a|an|the|some|un|une|des)[ \u00a0]/iu.test(text.slice(end, end + 8));
}

const EMPLOYER_BEFORE = /(?:economist|analyst|professor|researcher|strategist|fellow|scientist|engineer|executive|officer|director|partner|lawyer|attorney|manager|spokesman|spokeswoman|spokesperson|chairman|president|consultant|lecturer|trader|banker|analyste|économiste|chercheur|chercheuse|stratège|professeur|associé|associée|consultant|consultante|directeur|directrice)s?\s{1,3}(?:at|chez)\s{1,3}$/iu;

/**
 * A minister's title and its portfolio chain right before a capitalised word: « la ministre des Solidarités et de la »,
 * « ministre de l'Europe et des » (ruleId actors/title-qualifier-name). Anchored at the end; bounded (60 code units).
 */
const PORTFOLIO_CHAIN_BEFORE = new RegExp(`(?:ministre|secrétaire d['’]État|minister|secretary)(?: délégué| déléguée)?(?: (?:de la|de l['’]|du|des|aux|à la|of|for|and|et)` +
  `(?: ?[${UPPER}][${LETTER}-]{1,20})?){1,4} ?$`, 'u');

/** Legislatures named by their bare capitalised noun (folded): "Parliament", « Parlement » (ruleId actors/bare-chamber). */
const CHAMBERS = new Set(['parliament', 'parlement']);

/** Broadcasting nouns that a channel number follows (folded): "Channel 4", « Antenne 2 » (ruleId actors/channel-number). */
const BROADCAST_HEADS = new Set(['channel', 'radio', 'antenne', 'canal', 'chaine', 'itv', 'rai', 'tv', 'tele', 'rtl', 'rtbf', 'rts']);

/** Heads of research and public bodies that "national"/"federal" makes state bodies (folded; actors/national-institute). */
const PUBLIC_BODY_HEADS = new Set(['institut', 'institute', 'institutes', 'centre', 'center', 'centers', 'office', 'observatoire',
  'observatory', 'laboratoire', 'laboratory', 'caisse', 'etablissement']);
/** "national", "federal" in both languages (folded). */
const NATIONAL_WORDS = new Set(['national', 'nationale', 'federal', 'federale']);

/** Name particles of Arabic and Maghrebi names (folded): "Abd", "Abu", "Ould", "Ben", "Bin", "Ibn", "El", "Al", "Ag", "Ait". */
const ARABIC_PARTICLES = new Set(['abd', 'abdel', 'abu', 'abou', 'ould', 'ben', 'bin', 'ibn', 'el', 'al', 'ag', 'ait', 'bou']);

/**
 * Reporting verbs after a speaker's surname (EN, FR): "Vindman said he", "Schiff asked", « Moreau a déclaré qu'il ». Verbs
 * that firms take too ("said") count only before a personal pronoun, French ones before « que »; verbs of persons alone ("asked",
 * "told reporters", "testified", « a raconté ») count by themselves (ruleId actors/speaker-surname). Anchored at the name's end.
 */
const SPEAKER_AFTER = new RegExp(`^[ \u00a0]{1,2}(?:(?:said|says|added|explained|insisted|argued|noted|wrote|acknowledged)(?: that)?[ \u00a0]` +
  `(?:he|she)(?![${LETTER}])|(?:asked|asks|testified|recalled|replied|told (?:reporters|lawmakers|investigators|the|a|an|him|her|me|us|them|CNN|NBC|ABC|CBS|Fox))(?![${LETTER}])|` +
  `a (?:déclaré|dit|expliqué|affirmé|ajouté|indiqué|précisé|estimé|souligné|assuré|reconnu|insisté)[ \u00a0](?:qu['’]|que[ \u00a0])|` +
  `a (?:raconté|confié|demandé|répondu|témoigné)(?![${LETTER}]))`, 'u');

/** A second name coordinated with the first before the shared verb: " and Skydance", « et Kansai Electric » (bounded). */
const DEAL_CO_PARTY = `(?:[ \\u00a0]+(?:and|et)[ \\u00a0]+(?:the[ \\u00a0]+|le[ \\u00a0]+|la[ \\u00a0]+|l['’])?[${UPPER}][${LETTER}&.-]{1,24}(?:[ \\u00a0]+[${UPPER}][${LETTER}&.-]{1,24}){0,2})?`;
/** The noun of an agreement as the object of a verb of agreement (EN, FR). */
const DEAL_NOUN = `(?:deal|agreement|contract|pact|merger|partnership|memorandum|mou|MoU|MOU|alliance|accord|settlement|takeover|acquisition|joint[ \\u00a0]venture|treaty|truce|ceasefire|lease|contrat|protocole|partenariat|fusion|coentreprise|convention|traité|trêve|cessez-le-feu|marché|rachat)`;
/**
 * A verb of agreement right after a name (EN, FR), the name alone or coordinated with a second one: "Orano signed a contract with",
 * "Nippon Steel agreed to buy", "Paramount and Skydance signed a merger agreement", "Kroger's $24.6 billion takeover of",
 * « Orano a signé un contrat », « Nippon Steel a accepté de racheter », « Thales et Leonardo ont conclu un accord » — a party to an
 * agreement is an actor even at a sentence start and even when its words are common words ("Steel", "Mars"). ruleId
 * actors/deal-party. Anchored at the name's end; bounded quantifiers only.
 */
const DEAL_PARTY_AFTER = new RegExp(`^${DEAL_CO_PARTY}(?:` +
  // EN possessive: "Kroger's $24.6 billion takeover of", "BHP's bid for"
  `['’]s[ \\u00a0]+(?:(?:[$€£]?[${DIGIT}][${DIGIT}.,]{0,8}[ \\u00a0]?(?:billion|million|bn|m)?|proposed|planned|hostile|failed|rejected)[ \\u00a0]+){0,3}(?:deal|takeover|acquisition|merger|bid|offer|purchase)[ \\u00a0]+(?:of|for|with)[ \\u00a0]+[${UPPER}]|[ \\u00a0]{1,2}(?:` +
  // EN: "agreed to buy", "has agreed to acquire", "will buy"
  `(?:(?:has|have|had|also|finally|formally|officially)[ \\u00a0]+){0,2}(?:agreed|agrees|agree)[ \\u00a0]+to[ \\u00a0]+(?:buy|acquire|purchase|merge|sell|take[ \\u00a0]over|combine|settle)(?![${LETTER}])|` +
  // "Nordex and Iberdrola will form a joint venture", "have set up a partnership"
  `(?:(?:has|have|had|will|also)[ \\u00a0]+){0,2}(?:form(?:ed)?|creat(?:ed|e)|set[ \\u00a0]+up|launch(?:ed)?)[ \\u00a0]+(?:a|an|the|their|a[ \\u00a0]+new)[ \\u00a0]+(?:[${LETTER}-]{1,20}[ \\u00a0]+){0,2}(?:joint[ \\u00a0]venture|partnership|alliance|consortium)(?![${LETTER}])|` +
  `(?:(?:has|have|had|will|also|finally|formally|officially)[ \\u00a0]+){0,2}(?:signed|signs|sign|inked|inks|sealed|seals|struck|strikes|clinched|clinches|reached|reaches|finalized|finalised|completed|terminated|scrapped|won|wins|announced|agreed[ \\u00a0]+(?:on|to)|` +
  // (actors/deal-party, further verbs of concluding, changing and leaving an agreement: "Nordex concluded an agreement with",
  // "Nordex entered into a supply contract", "Veltris pulled out of its deal with", "Nordex renegotiated its contract with", "Nordex
  // is expected to sign a deal", "Nordex and Iberdrola are close to an agreement")
  `concluded|entered[ \\u00a0]+into|landed|secured|agreed|cancel(?:l?ed|s)|renegotiated|amended|extended|renewed|(?:pulled|backed|dropped)[ \\u00a0]+out[ \\u00a0]+of|withdrew[ \\u00a0]+from|walked[ \\u00a0]+away[ \\u00a0]+from|exited|` +
  `(?:is|are|was|were)[ \\u00a0]+(?:(?:expected|set|due|poised|preparing|about)[ \\u00a0]+to[ \\u00a0]+(?:sign|conclude|finali[sz]e|seal)|close[ \\u00a0]+to|nearing))[ \\u00a0]+(?:a|an|the|its|their|a[ \\u00a0]+new)[ \\u00a0]+(?:[$€£]?[${LETTER}${DIGIT}.,$€£-]{1,20}[ \\u00a0]+){0,4}${DEAL_NOUN}(?![${LETTER}])|` +
  // "Veltris is in talks to buy Arcadia", "Nordex is in advanced talks to acquire", "Nordex is in talks with Iberdrola", "Nordex teamed up
  // with Iberdrola", "Nordex was awarded a contract", "Nordex dropped its bid for Iberdrola"
  `(?:is|are|was|were)[ \\u00a0]+in[ \\u00a0]+(?:(?:advanced|exclusive|early|preliminary)[ \\u00a0]+)?(?:talks|negotiations)[ \\u00a0]+with[ \\u00a0]+(?:the[ \\u00a0]+)?[${UPPER}]|` +
  `(?:(?:has|have|had|is|are|was|were)[ \\u00a0]+)?(?:teamed[ \\u00a0]+up|partnered|partnering|joined[ \\u00a0]+forces)[ \\u00a0]+with[ \\u00a0]+(?:the[ \\u00a0]+)?[${UPPER}]|` +
  `(?:was|were|has[ \\u00a0]+been|have[ \\u00a0]+been)[ \\u00a0]+awarded[ \\u00a0]+(?:a|an|the)[ \\u00a0]+(?:[$€£]?[${LETTER}${DIGIT}.,$€£-]{1,20}[ \\u00a0]+){0,4}(?:contract|deal)(?![${LETTER}])|` +
  `(?:(?:has|have|had)[ \\u00a0]+)?(?:made|launched|dropped|withdrew|abandoned|raised)[ \\u00a0]+(?:a|an|its|their)[ \\u00a0]+(?:[$€£]?[${LETTER}${DIGIT}.,$€£-]{1,20}[ \\u00a0]+){0,3}(?:bid|offer)[ \\u00a0]+(?:for|to[ \\u00a0]+(?:buy|acquire))[ \\u00a0]+[${UPPER}]|` +
  `(?:is|are|was|were)[ \\u00a0]+in[ \\u00a0]+(?:(?:advanced|exclusive|early|preliminary)[ \\u00a0]+)?(?:talks|negotiations)[ \\u00a0]+to[ \\u00a0]+(?:buy|acquire|purchase|take[ \\u00a0]+over|merge[ \\u00a0]+with)[ \\u00a0]+[${UPPER}]|` +
  `(?:(?:has|have|had|will)[ \\u00a0]+)?(?:bought|acquired|buy|acquire|buys|acquires)[ \\u00a0]+(?:[${UPPER}]|rival[ \\u00a0]|its[ \\u00a0]+rival)|` +
  // EN: a price bid for a firm: "Nexstar bid $6.4 billion for", "Couche-Tard offered $47 billion for"
  `(?:(?:has|have|had)[ \\u00a0]+)?(?:bid|offered)[ \\u00a0]+(?:(?:about|some|nearly|roughly)[ \\u00a0]+)?(?:US)?[$€£][ \\u00a0]?[${DIGIT}][${DIGIT}.,]{0,12}(?:[ \\u00a0]?(?:billion|million|bn))?(?:[ \\u00a0]+(?:a|per)[ \\u00a0]+share)?[ \\u00a0]+(?:for|to[ \\u00a0]+buy)[ \\u00a0]+[${UPPER}]|` +
  // FR: « a signé un contrat », « a accepté de racheter », « ont conclu un accord », « vient de racheter »
  `(?:a|ont|avait|avaient|va|vont|vient[ \\u00a0]+de|viennent[ \\u00a0]+de)[ \\u00a0]+(?:(?:officiellement|finalement|également|aussi|déjà|enfin)[ \\u00a0]+)?` +
  `(?:(?:signé|conclu|paraphé|scellé|noué|finalisé|signer|conclure|nouer|sceller|` +
  // (actors/deal-party : « Alstom a rompu son contrat avec », « a renégocié son accord », « a remporté le contrat », « a passé un contrat »)
  `rompu|résilié|dénoncé|annulé|renégocié|prolongé|renouvelé|remporté|décroché|passé|trouvé|officialisé|annoncé)[ \\u00a0]+(?:avec[ \\u00a0]+[^,.;:]{1,40}[ \\u00a0]+)?(?:un|une|le|la|l['’]|leur|son|sa)[ \\u00a0]*(?:[${LETTER}'’-]{1,20}[ \\u00a0]+){0,2}(?:accord|${DEAL_NOUN})|` +
  `racheté|acquis|racheter|acquérir|accepté[ \\u00a0]+de[ \\u00a0]+(?:racheter|céder|vendre|fusionner|acquérir|reprendre)|` +
  // FR: a price offered for a firm: « a proposé 47 milliards de dollars pour racheter »
  `(?:proposé|offert)[ \\u00a0]+[${DIGIT}][${DIGIT}.,\\u00a0\\u202f ]{0,12}(?:[ \\u00a0]?(?:milliards?|millions?))?[ \\u00a0]*(?:de[ \\u00a0]+|d['’])?(?:dollars|euros|livres|francs|[$€£])[^.;:]{0,30}[ \\u00a0]pour)(?![${LETTER}])|` +
  `(?:signe|signent|conclut|concluent|rompt|rompent|résilie|résilient|renégocie|renégocient|conteste|contestent|remporte|remportent|décroche|décrochent)[ \\u00a0]+(?:un|une|le|la|l['’]|son|sa|leur)[ \\u00a0]*(?:[${LETTER}'’-]{1,20}[ \\u00a0]+){0,2}(?:accord|${DEAL_NOUN})(?![${LETTER}])|` +
  // « Alstom s'associe à Iberdrola », « s'allie avec », « s'est retiré de l'accord », « sont parvenus à un accord »
  `s['’](?:associe|associent|allie|allient)[ \\u00a0]+(?:à|au|aux|avec)[ \\u00a0]|s['’](?:est|sont)[ \\u00a0]+retirée?s?[ \\u00a0]+(?:de[ \\u00a0]+l['’]|du|de[ \\u00a0]+la)[ \\u00a0]*(?:[${LETTER}'’-]{1,20}[ \\u00a0]+){0,2}(?:accord|${DEAL_NOUN})(?![${LETTER}])|` +
  `(?:est|sont)[ \\u00a0]+parvenue?s?[ \\u00a0]+à[ \\u00a0]+(?:un|une)[ \\u00a0]+(?:[${LETTER}'’-]{1,20}[ \\u00a0]+){0,2}(?:accord|${DEAL_NOUN})(?![${LETTER}])|` +
  `(?:rachète|rachètent|acquiert|acquièrent)[ \\u00a0]+[${UPPER}]))`, 'u');

/**
 * True when token `t`, an unknown capitalised word (no word of the language), opens a party to an agreement: {@link DEAL_PARTY_AFTER}
 * after the name that ends at `end` (ruleId actors/deal-party).
 */
export function dealPartyAt(text: string, t: Token, end: number, lex: FoldedLexicon, lowerSeen: ReadonlySet<string>): boolean {
  if (!t.cap || t.elision !== '' || t.norm.length < 2) return false;
  if (lex.commonWords.has(t.norm) || lowerSeen.has(t.norm) || lex.nonEntities.has(t.norm) || lex.titleWords.has(t.norm)) return false;
  if (TEMPORAL_WORDS.has(t.norm) || SKY_BODIES.has(t.norm)) return false;
  return DEAL_PARTY_AFTER.test(text.slice(end, end + 160));
}

/**
 * A reporting verb between a closing quotation and the speaker: '"…," said Hernandez.', '"…?" asked Schiff.', « », a affirmé
 * Martinez. » (ruleId actors/speaker-surname). Anchored at the name's start; the name must close the clause.
 */
const SPEAKER_BEFORE = new RegExp(`(?:[,?!…][ \u00a0]?["”»]|["”»][ \u00a0]?[,?!…]?)[ \u00a0]{1,2}(?:said|says|asked|added|wrote|replied|` +
  `a (?:déclaré|dit|expliqué|affirmé|ajouté|indiqué|précisé|estimé|souligné|assuré|répondu|lancé|martelé|insisté|confié|raconté)|` +
  `(?:déclare|explique|affirme|ajoute|précise|souligne|assure|répond|lance|martèle|insiste|estime|confie|raconte)|` +
  `(?:said|says|added|asked|wrote)(?: [${LOWER}]{2,12})?)[ \u00a0]{1,2}$`, 'u');

/**
 * Whether the one-word name `t` speaks like a person (see {@link SPEAKER_AFTER}, {@link SPEAKER_BEFORE}): an unknown word
 * that is no common word of the language, no plural, no word the text writes in lower case ("Officials said he", "Police
 * asked" stay out) (ruleId actors/speaker-surname). Reads at most 120 code units around the word.
 */
export function speakerAt(text: string, t: Token, lex: FoldedLexicon, lowerSeen: ReadonlySet<string>): boolean {
  if (!t.cap || t.acronym || t.elision !== '' || t.norm.length < 3 || lookupName(t.text)) return false;
  if (lex.commonWords.has(t.norm) || lowerSeen.has(t.norm) || lex.nonEntities.has(t.norm) || lex.titleWords.has(t.norm)) return false;
  if (commonWord(t) && !DERIVED_SURNAMES.has(t.norm)) return false;
  if (/[^s]s$/.test(t.norm) && !DERIVED_SURNAMES.has(t.norm)) return false;
  if (SPEAKER_AFTER.test(text.slice(t.end, t.end + 40))) return true;
  return /^[ \u00a0]?[.,;]/.test(text.slice(t.end, t.end + 2)) && SPEAKER_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start));
}

/** After the name: an apposition or a reporting verb that only persons take ("X, 45, …", "X, who", "X said"). */
const PERSON_AFTER = /^(?:,\s+(?:\d{1,3},|who\b|qui\b|a\s|an\s|the\s|un\s|une\s|le\s|la\s|l['’])|\s+(?:said|says|told|added|explained|a\s+(?:déclaré|dit|expliqué|affirmé|ajouté|indiqué|précisé)|déclare|explique|affirme|estime))/u;

/**
 * Scientific and medical nouns named after people (folded): "boson de Higgs", "maladie de Parkinson", "Doppler effect"
 * (ruleId actors/eponym-concept).
 */
const EPONYM_NOUNS = new Set(['boson', 'bosons', 'mecanisme', 'theoreme', 'maladie', 'syndrome', 'effet', 'principe', 'equation',
  'constante', 'conjecture', 'paradoxe', 'comete', 'mechanism', 'theorem', 'disease', 'syndrome', 'effect', 'principle', 'equation',
  'constant', 'paradox', 'comet', 'bosons']);

/** The run first..last names a concept: "boson de X", "maladie d'X" before it, or "X boson", "X's disease" after it. */
function eponymConcept(first: number, last: number, ctx: ClassifyContext): boolean {
  const { text, tokens } = ctx;
  const t = tokens[first]!;
  const gapOk = (a: Token, b: Token): boolean => /^[ \u00a0]+$/.test(text.slice(a.end, b.outerStart));
  const de = tokens[first - 1];
  if (t.elision === "d'" && de && !de.cap && EPONYM_NOUNS.has(de.norm) && gapOk(de, t)) return true;
  const noun = tokens[first - 2];
  if (de && noun && (de.norm === 'de' || de.norm === 'du') && !de.cap && !noun.cap && EPONYM_NOUNS.has(noun.norm)
    && gapOk(de, t) && gapOk(noun, de)) return true;
  // « la prix Nobel de la paix », « le prix Goncourt », "the Nobel laureate", "a Pulitzer Prize": a prize named after its
  // founder is no actor (ruleId actors/eponym-prize)
  if (de && !de.cap && PRIZE_BEFORE.has(de.norm) && t.elision === '' && gapOk(de, t)) return true;
  const next = tokens[last + 1];
  return !!next && !next.cap && (EPONYM_NOUNS.has(next.norm) || PRIZE_AFTER.has(next.norm))
    && /^(?:['’]s)?[ \u00a0]+$/.test(text.slice(tokens[last]!.end, next.outerStart));
}

/** Prize nouns right before the founder's name (folded): « prix Nobel », « médaille Fields », « trophée Andros ». */
const PRIZE_BEFORE = new Set(['prix', 'medaille', 'trophee']);
/** Prize nouns right after the founder's name: "Nobel laureate", "Pulitzer winner" (capitalised "Prize" is part of the run). */
const PRIZE_AFTER = new Set(['prize', 'prizes', 'laureate', 'laureates', 'laureat', 'laureats', 'medal']);

/**
 * The words before token `first` are a known organisation's name (at most 3 words) and a possessive "'s":
 * "SpaceX's Starship", "Blue Origin's Blue Moon" (not "NASA's Steve Clarke": the caller excludes given names).
 */
function makerPossessive(first: number, ctx: ClassifyContext): boolean {
  const { text, tokens } = ctx;
  const p = tokens[first - 1];
  if (!p || !p.cap) return false;
  // "indie developer Tequila Works' Gylt": a plural possessive after a name of two capitalised words or more is a firm's too
  // (ruleId actors/plural-possessive-maker; candidates.ts splits the run there)
  const pp = tokens[first - 2];
  if (/^['’][ \u00a0]+$/.test(text.slice(p.end, tokens[first]!.outerStart)) && /s$/.test(p.text) && pp && pp.cap && !pp.acronym
    && /^[ \u00a0]$/.test(text.slice(pp.end, p.outerStart))) return true;
  if (!/^['’]s[ \u00a0]+$/.test(text.slice(p.end, tokens[first]!.outerStart))) return false;
  for (let s = first - 1; s >= 0 && s >= first - 3; s--) {
    const hit = lookupName(text.slice(tokens[s]!.start, p.end));
    if (hit) return hit.entry.kind === 'organization';
    if (s > 0 && !(tokens[s - 1]!.cap && /^[ \u00a0]+$/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.outerStart)))) break;
  }
  return false;
}

/**
 * The run starting at token `first` is a member of a list of names opened by a plural noun of firms (`companyNouns`, with
 * up to two `listOpeners` after it): "companies Astrobotic, Intuitive Machines and Orbit Beyond", « les entreprises Lime et
 * Bird », "carriers such as Emirates and Air Astana". Walks back over at most 8 earlier members of at most 5 words, joined
 * by ", ", " and ", " et " (bounded work per run).
 */
function companyListMember(first: number, ctx: ClassifyContext): boolean {
  const { text, tokens, lex } = ctx;
  if (lex.companyNouns.size === 0) return false;
  const spaces = (a: Token, b: Token): boolean => /^[ \u00a0]+$/.test(text.slice(a.end, b.outerStart));
  // the first token of the member that ends at token j (capitalised words only, at most 5)
  const memberStart = (j: number): number => {
    let i = j;
    while (i > 0 && j - i < 4 && (tokens[i - 1]!.cap || tokens[i - 1]!.digits) && spaces(tokens[i - 1]!, tokens[i]!)) i--;
    return i;
  };
  let k = first;
  for (let members = 0; members < 8; members++) {
    const prev = tokens[k - 1];
    if (!prev || !tokens[k]!.cap) return false;
    const gap = text.slice(prev.end, tokens[k]!.outerStart);
    if (!prev.cap && /^[ \u00a0]+$/.test(gap)) {
      let q = k - 1;
      for (let o = 0; o < 2 && q > 0 && !tokens[q]!.cap && lex.listOpeners.has(tokens[q]!.norm) && spaces(tokens[q - 1]!, tokens[q]!); o++) q--;
      if (!tokens[q]!.cap && lex.companyNouns.has(tokens[q]!.norm)) return true;
      if (prev.norm !== 'and' && prev.norm !== 'et') return false;
      const pp = tokens[k - 2];
      if (!pp || !(pp.cap || pp.digits) || !/^,?[ \u00a0]+$/.test(text.slice(pp.end, prev.outerStart))) return false;
      k = memberStart(k - 2);
      continue;
    }
    if (/^,[ \u00a0]+$/.test(gap) && (prev.cap || prev.digits)) {
      k = memberStart(k - 1);
      continue;
    }
    return false;
  }
  return false;
}

/** Nouns of appositions that describe an organisation, besides the description heads: "a site", "a tracker", "un studio". */
const ORG_APPOSITION_NOUNS = new Set(['site', 'website', 'tracker', 'studio', 'service', 'portal', 'forum', 'blog', 'portail',
  'marque', 'brand', 'label', 'cabinet', 'agency', 'agence', 'ngo', 'ong', 'charity', 'think-tank', 'movement', 'mouvement']);

/** An apposition after the name: ", a/the/un/une/le/la" then up to three words (one bounded scan of 60 code units). */
const APPOSITION = /^,\s+(?:a|an|the|un|une|le|la|l['’])\s*([^,;.()]{1,60})/iu;

/**
 * The kind given by the first description noun of an apposition after token `last`: "Loki Torrent, a site that tracks links"
 * → organization; "X, a spokesman" → person. Undefined without an apposition or a known noun in its first four words.
 */
function appositionKind(last: number, ctx: ClassifyContext): ActorKind | undefined {
  const t = ctx.tokens[last]!;
  const m = APPOSITION.exec(ctx.text.slice(t.end, t.end + 70));
  if (!m) return undefined;
  for (const w of m[1]!.split(/\s+/).slice(0, 4)) {
    const f = fold(w);
    const kinds = ctx.lex.descriptions.get(w.toLowerCase()) ?? ctx.lex.descriptions.get(f);
    if (kinds) return kinds.length === 1 ? kinds[0] : undefined;
    if (ORG_APPOSITION_NOUNS.has(f) || ctx.lex.mediaNouns.has(f)) return 'organization';
    if (ctx.lex.titleWords.has(f) || ctx.lex.roleHeads.includes(w.toLowerCase())) return 'person';
  }
  return undefined;
}

function personContext(last: number, ctx: ClassifyContext): boolean {
  const t = ctx.tokens[last]!;
  return PERSON_AFTER.test(ctx.text.slice(t.end, t.end + 40));
}

/**
 * Nouns of a state's will and acts (folded, EN and FR): "Beijing's demands", « les exigences de Pékin », « la décision
 * d'Ottawa » — the country or capital before or after them acts (ruleId actors/country-will).
 */
const WILL_NOUNS = new Set(['demands', 'demand', 'decision', 'decisions', 'position', 'policy', 'policies', 'sanctions', 'offer',
  'proposal', 'proposals', 'response', 'refusal', 'request', 'requests', 'stance', 'retaliation', 'tariffs', 'ban', 'approval',
  'insistence', 'threat', 'threats', 'exigences', 'exigence', 'demandes', 'demande', 'politique', 'offre', 'proposition',
  'propositions', 'reponse', 'refus', 'menaces', 'menace', 'represailles', 'interdiction',
  'confidence', 'pressure', 'support', 'backing', 'criticism', 'warning', 'warnings', 'soutien', 'pression', 'pressions',
  'critiques', 'confiance', 'avertissement']);

/** Officials and authorities "in" a country are that country's (folded): "officials in the United States" (actors/state-people-in). */
const STATE_PEOPLE = new Set(['officials', 'authorities', 'leaders', 'lawmakers', 'autorites', 'responsables', 'dirigeants']);

/** Nouns a country is put in apposition to: "the Southern African nation Mozambique", "le pays Mali" (folded). */
const COUNTRY_NOUNS = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'pays', 'etat', 'royaume', 'republique', 'emirate']);

/** Auxiliaries and "have" verbs after a country, EN and FR (folded). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront']);

/**
 * Participles of verbs a place undergoes rather than performs (folded): "la France a connu", "Japan has seen",
 * "China has experienced", "l'Espagne a enregistré" (ruleId actors/country-experiencer).
 */
const STATIVE_PARTICIPLES = new Set(['connu', 'vecu', 'subi', 'enregistre', 'traverse', 'accueilli', 'seen', 'experienced',
  'suffered', 'recorded', 'witnessed', 'undergone', 'been', 'ete', 'hosted', 'endured', 'become', 'devenu', 'devenue']);

/** Quantity words opening a measure after "have"/"a": "have about 4%", "a près de 60 millions d'habitants" (folded). */
const QUANTITY_WORDS = new Set(['about', 'around', 'over', 'nearly', 'almost', 'some', 'more', 'less', 'fewer', 'only', 'just',
  'roughly', 'approximately', 'environ', 'pres', 'plus', 'moins', 'quelque', 'quelques', 'seulement', 'the', 'a']);

/** A country that acts: "France signed", "la France a signé" — not "en France", "in France". */
function isActing(first: number, last: number, ctx: ClassifyContext): boolean {
  const { text, tokens, lex } = ctx;
  // "WASHINGTON (Reuters) - …", « TOULOUSE, 14 février - Airbus a signé… »: the place of a newswire dateline is where the
  // story was filed, never an actor (ruleId actors/dateline-place)
  const dateline = datelinePlace(text, tokens[first]!.outerStart);
  if (dateline && tokens[last]!.end <= dateline.end) return false;
  const prev = tokens[first - 1];
  const adjacent = prev && /^[\s]*(?:(?:la|le|les|l['’]|the)\s*)?$/.test(text.slice(prev.end, tokens[first]!.outerStart));
  // "signed by France", "un accord entre la France et…", "with Germany": a party, not a location (the article is a token
  // of its own: "entre" is the word before it)
  const article = prev && !prev.cap && /^(?:la|le|les|the)$/.test(prev.norm) && /^[ \u00a0]+$/.test(text.slice(prev.end, tokens[first]!.outerStart));
  const party = article ? tokens[first - 2] : prev;
  if (party && (article ? /^[ \u00a0]+$/.test(text.slice(party.end, prev!.outerStart)) : adjacent) && !party.cap
    && PARTY_BEFORE.has(party.norm)) return true;
  // "the President of South Korea", "le gouvernement de la Grèce": the state's own office or body (ruleId actors/state-of-country)
  const beforePrev = tokens[first - 2];
  if (prev && (prev.norm === 'of' || prev.norm === 'de' || prev.norm === 'du') && beforePrev && !beforePrev.initial
    && lex.stateNouns.has(beforePrev.norm) && /^\s*(?:(?:la|le|les|l['’]|the)\s*)?$/.test(text.slice(prev.end, tokens[first]!.outerStart))) {
    return true;
  }
  if (tokens[first]!.elision === "d'" && prev && lex.stateNouns.has(prev.norm)) return true; // "le président d'Israël"
  // « les exigences de Pékin », « la décision de Washington »: a noun of will before "de" + the country or capital is its act
  // (ruleId actors/country-will)
  // "a vote of confidence from Beijing", "pressure from Washington", « le soutien de Pékin »
  if (prev && (prev.norm === 'de' || prev.norm === 'of' || prev.norm === 'from') && beforePrev && !beforePrev.cap && WILL_NOUNS.has(beforePrev.norm)
    && /^[ \u00a0]+$/.test(text.slice(beforePrev.end, prev.outerStart)) && /^[ \u00a0]+$/.test(text.slice(prev.end, tokens[first]!.outerStart))) {
    return true;
  }
  if (tokens[first]!.elision === "d'" && prev && WILL_NOUNS.has(prev.norm)) return true; // « la décision d'Ottawa »
  // "Beijing's demands", "Washington's sanctions", "China's commerce ministry": a possessive before a noun of will or a
  // state noun (ruleId actors/country-will)
  const owned = tokens[last + 1];
  if (owned && !owned.cap && /^['’]s[ \u00a0]+$/.test(text.slice(tokens[last]!.end, owned.outerStart))
    && (WILL_NOUNS.has(owned.norm) || lex.stateNouns.has(owned.norm))) return true;
  // "officials in the United States", "les autorités au Mali": the state's own officials, not a location (ruleId
  // actors/state-people-in)
  const d = prev && !prev.cap && (prev.norm === 'the' || prev.norm === 'la' || prev.norm === 'le' || prev.norm === 'les') ? 1 : 0;
  const prep = tokens[first - 1 - d];
  const people = tokens[first - 2 - d];
  if (prep && people && (prep.norm === 'in' || prep.norm === 'au' || prep.norm === 'en') && !prep.cap && STATE_PEOPLE.has(people.norm)
    && /^[ \u00a0]+$/.test(text.slice(people.end, prep.outerStart)) && !/[,.;:]/.test(text.slice(prep.end, tokens[first]!.outerStart))) {
    return true;
  }
  if (prev && lex.locationCues.has(prev.norm) && /^\s*$/.test(text.slice(prev.end, tokens[first]!.outerStart))) return false;
  // "the elections in the Southern African nation Mozambique have resulted": a country in apposition to "nation"/"pays"
  // after a preposition of place is the object of that preposition, not the subject of the verb after it (ruleId
  // actors/country-apposition-located)
  if (prev && !prev.cap && COUNTRY_NOUNS.has(prev.norm)) {
    for (let k = first - 2, n = 0; k >= 0 && n < 5; k--, n++) {
      const w = tokens[k]!;
      if (/[,.;:!?()«»"]/.test(text.slice(w.end, tokens[k + 1]!.outerStart))) break;
      if (!w.cap && lex.locationCues.has(w.norm)) return false;
    }
  }
  if (tokens[first]!.elision !== '' && lex.locationCues.has(tokens[first]!.elision)) return false;
  let ni = last + 1;
  // "Poland, which was not part of the deal, said", « la Pologne, qui n'était pas partie à l'accord, a indiqué »: a relative
  // clause between commas is skipped to reach the country's verb (ruleId actors/country-relative-clause)
  const rel = RELATIVE_CLAUSE_AFTER.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 100));
  if (rel) {
    const at = tokens[last]!.end + rel[0].length;
    while (ni < tokens.length && tokens[ni]!.outerStart < at) ni++;
  }
  let next = tokens[ni];
  const between = next ? (rel ? ' ' : text.slice(tokens[last]!.end, next.outerStart)) : '';
  // « l'Équateur lui a accordé », « la France ne peut »: the verb after one clitic (ruleId actors/fr/country-clitic-verb)
  const afterClitic = tokens[last + 2];
  if (next && afterClitic && !next.cap && CLITICS.has(next.norm) && next.elision === '' && /^[ \u00a0]+$/.test(between)
    && /^[ \u00a0]+$/.test(text.slice(next.end, afterClitic.outerStart)) && lex.actingCues.has(afterClitic.norm)) {
    ni = last + 2;
    next = afterClitic;
  }
  if (next && /^[ \u00a0]+$/.test(between)) {
    // "la France a connu la même chose", "China has seen", "South Korea and China have about 4%": a country that undergoes
    // or measures is a place (ruleId actors/country-experiencer)
    const after = tokens[ni + 1];
    const undergoes = !!after && AUXILIARIES.has(next.norm) && /^[ \u00a0]+$/.test(text.slice(next.end, after.outerStart))
      && (STATIVE_PARTICIPLES.has(after.norm) || after.digits
        || (QUANTITY_WORDS.has(after.norm) && tokens.slice(ni + 2, ni + 5).some((x) => x.digits)));
    if (!undergoes && (lex.actingCues.has(next.norm) || (next.elision !== '' && lex.actingCues.has(next.elision + next.norm)))) return true;
    // « la France consacrerait 2 % de son PIB », « l'Italie signera »: a French verb in the conditional or the future (not
    // « serait », « aurait »: the state it would be in) right after the country is its act (ruleId actors/fr/country-future-verb)
    if (!undergoes && lex === actorLexicon('fr') && !next.cap && next.elision === '' && FR_FUTURE_VERB.test(next.norm)) return true;
    // "United States President George W. Bush", "US troops", "U.S. officials": the state's own people and forces
    // (ruleId actors/country-state-noun)
    if (lex.stateNouns.has(next.norm)) return true;
  }
  // "the United States and China had reached a deal", « la France et l'Allemagne ont signé »: a country coordinated with
  // another name before the verb acts with it (ruleId actors/country-coordinated-subject)
  if (next && /^[ \u00a0]+$/.test(between) && (next.norm === 'and' || next.norm === 'et')) {
    let k = ni + 1;
    let names = 0;
    // (« la Corée du Sud », "the Republic of Korea": a connector between two capitalised words of the name)
    while (k < tokens.length && k <= ni + 5 && (tokens[k]!.cap || /^(?:the|la|le|les)$/.test(tokens[k]!.norm)
      || (names > 0 && !tokens[k]!.cap && lex.connectors.has(tokens[k]!.norm) && !!tokens[k + 1]?.cap))
      && /^[ \u00a0\[\]]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.outerStart))) {
      if (tokens[k]!.cap) names++;
      k++;
    }
    const verb = tokens[k];
    const aux = tokens[k + 1];
    if (names > 0 && verb && !verb.cap && /^[ \u00a0\]]+$/.test(text.slice(tokens[k - 1]!.end, verb.outerStart))
      && lex.actingCues.has(verb.norm) && !(aux && AUXILIARIES.has(verb.norm) && (STATIVE_PARTICIPLES.has(aux.norm) || aux.digits
        || (QUANTITY_WORDS.has(aux.norm) && tokens.slice(k + 2, k + 5).some((x) => x.digits))))) return true;
  }
  // "the deal between Greece and France", « l'accord entre la Grèce et la France »: the two countries an agreement is
  // between are its parties (ruleId actors/country-agreement-between)
  const lead = text.slice(Math.max(0, tokens[first]!.start - 120), tokens[first]!.start);
  if (AGREEMENT_BETWEEN.test(lead)) return true;
  // "Le traité avait été signé par …, ainsi que les États-Unis, le Japon…", "signed by Canada, Japan and Mexico": a country
  // in a sentence about signing or ratifying is a party (ruleId actors/country-signing)
  return lex.signingCue.test(sentenceAround(text, tokens[first]!.start, tokens[last]!.end));
}

/** A French verb in the conditional or the future, folded, not a one-syllable stem ("serait", "sera") (ruleId actors/fr/country-future-verb). */
const FR_FUTURE_VERB = /^[a-z]{2,}(?:erait|eraient|irait|iraient|era|eront|ira|iront|dra|dront|drait|draient)$/;

/** ", which … ," / ", qui … ," after a name, up to the space after the closing comma (ruleId actors/country-relative-clause). */
const RELATIVE_CLAUSE_AFTER = /^,[ \u00a0](?:which|who|qui|lequel|laquelle)[ \u00a0][^,.;:!?()«»"]{1,80},[ \u00a0]/u;

/**
 * Text before a country that an agreement is between, first or second: "deal between ", "agreement between the United States
 * and ", « accord entre la Grèce et la » (ruleId actors/country-agreement-between). Bounded: at most three words between the
 * noun and "between", a first party of at most four capitalised words.
 */
const AGREEMENT_BETWEEN = /(?<![\p{L}])(?:deal|agreement|accord|treaty|contract|partnership|pact|talks|alliance|traité|contrat|partenariat|pacte|négociations|alliance)s?[ \u00a0](?:[\p{Ll}-]{1,20}[ \u00a0]){0,3}(?:between|entre)[ \u00a0](?:the[ \u00a0]|la[ \u00a0]|le[ \u00a0]|les[ \u00a0]|l['’])?(?:\p{Lu}[\p{L}.'’-]{0,20}(?:[ \u00a0](?:of|de|du|des)?[ \u00a0]?\p{Lu}[\p{L}.'’-]{0,20}){0,3}[ \u00a0](?:and|et)[ \u00a0](?:the[ \u00a0]|la[ \u00a0]|le[ \u00a0]|les[ \u00a0]|l['’])?)?$/u;

/** The sentence around [start, end): at most 300 code units on each side, cut at sentence punctuation. */
function sentenceAround(text: string, start: number, end: number): string {
  let before = text.slice(Math.max(0, start - 300), start);
  const stop = /[.!?…]["»”]?\s+(?=\S)/g;
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(before)) !== null) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  let after = text.slice(end, end + 300);
  const e = /[.!?…](?:\s|$)/.exec(after);
  if (e) after = after.slice(0, e.index);
  return `${before} ${after}`;
}
