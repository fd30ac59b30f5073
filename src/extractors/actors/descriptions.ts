/**
 * Definite descriptions that refer back to an actor: "l'entreprise",
 * "la firme d'IA", "le groupe", "the company", "the ministry", "le CEO",
 * "le ministre du budget", "l'entreprise dirigée par Sam Altman". Each is
 * resolved to the nearest preceding compatible actor (or, for a role
 * placed right before a person's name, to that person), and becomes an
 * alias and a mention of it.
 *
 * @module
 */
import type { ActorKind, Span } from '../../types.js';
import type { FoldedLexicon } from './lexicon.js';
import type { Cluster } from './link.js';
import { makeSpan } from '../../text/span.js';
import { fold } from './normalize.js';
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { firstAtOrAfter, inRanges } from './ranges.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';
import { datelineLength } from '../../text/dateline.js';
import { descriptionNation, isNationWord, nationAgreement, personNations } from './nation.js';
import { roleBetween } from './roles.js';

/** A description found in the text, before resolution. */
export interface Description {
  span: Span;
  /** The head noun phrase as written ("ministre du budget", "CEO"). */
  head: string;
  kinds: readonly ActorKind[];
  /** Offset where a "led by"/"dirigée par" person name starts, or -1. */
  ledByAt: number;
  /** Words after the head that name an organisation ("d'Anthropic"), folded, or ''. */
  complementName: string;
  /** End of the name the description stands before in apposition ("l'agence Health Canada"), set on resolution. */
  appositionEnd?: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CACHE = new Map<FoldedLexicon, RegExp>();

/**
 * Sector nouns that premodify a business's description in English news: "the energy group", "the arms maker", "the software
 * company" (ruleId actors/description-sector). A bounded alternation of words.
 */
const SECTOR_WORDS = '(?:energy|oil|gas|oil and gas|defence|defense|arms|aerospace|software|tech|technology|media|telecoms?|mining|'
  + 'chemicals?|steel|luxury|retail|banking|insurance|pharmaceutical|drug|car|plane|food|shipping|engineering|construction|power|'
  + 'chip|internet|e-commerce|payments|investment|railway|logistics|industrial|telecommunications|semiconductor|auto|airline|'
  // an agency's field: "the space agency", "the U.N. health agency", "the UN refugee agency" (ruleId actors/description-agency)
  + 'space|health|refugee|nuclear|weather|environmental|environment|intelligence|statistics|food safety|medicines)';

/** The lexicon is French (its determiners include "le"). */
function french0(lex: FoldedLexicon): boolean {
  return lex.determiners.includes('le');
}

/**
 * The description pattern of a language, e.g. for French:
 * `(le|la|l')\s*(premier ministre|entreprise|…)` + optional adjective or
 * "de/du/d' + word" complement + optional "dirigée par".
 * Example: "L’entreprise dirigée par Sam Altman" → head "entreprise", led by at "Sam".
 */
function patternFor(lex: FoldedLexicon): RegExp {
  const cached = CACHE.get(lex);
  if (cached) return cached;
  // accents are often dropped ("l'entraineur", "le ministere"): the folded spelling of every head is accepted too
  // a person's title is capitalised in English news when it stands for the office: "The Defense Secretary said", "the
  // Prime Minister" (ruleId actors/description-title-case)
  const titleCase = (h: string): string => h.replace(/(^|[ -])(\p{Ll})/gu, (_m, b: string, c: string) => b + c.toUpperCase());
  const headList = [...new Set([...lex.descriptions.entries()].flatMap(([h, kinds]) => [h, fold(h),
    ...(kinds.includes('person') && !french0(lex) ? [titleCase(h)] : []),
    // French capitalises the first word of an office of state: « La Première ministre, Élisabeth Borne », « le Premier
    // ministre » (ruleId actors/description-title-case)
    ...(kinds.includes('person') && french0(lex) && /^premi/u.test(h) ? [h[0]!.toUpperCase() + h.slice(1)] : [])]))]
    .flatMap((h) => (h.length <= 4 ? [h, h.toUpperCase()] : [h]));
  const portfolio = [...lex.portfolioWords].filter((w) => w.length > 0).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).map(escape).join('|');
  const heads = headList.sort((a, b) => b.length - a.length).map(escape).join('|');
  const dets = lex.determiners.flatMap((d) => [d, d[0]!.toUpperCase() + d.slice(1)]).map(escape).join('|');
  const led = lex.ledBy.map(escape).join('|');
  const french = lex.determiners.includes('le');
  // determiner, optional one adjective before the head (EN: "the new company", "the AI firm"), head, optional complement
  // determiner, optional adjective before the head ("the AI firm"), head, optional complement:
  // French "du budget", "de la santé", "d'IA" (not an infinitive: "du groupe de réduire"; not a determiner whose noun is
  // out of reach: « Le président de la 32e chambre », « l'avionneur de son premier contrat » (ruleId
  // actors/description-complement-determiner)); English "of Kmart" (a name),
  // or a French post-nominal adjective ("l'entreprise américaine"); then an optional "dirigée par"/"led by".
  const re = new RegExp(
    `(?<![${LETTER}${DIGIT}])(?:${dets})(?:\\s+|(?<=['’]))(?:(?:same|AI|IA|US|U\\.S\\.|UN|U\\.N\\.|EU|UK|U\\.K\\.|activist|aircraft|${portfolio ? `${portfolio}|` : ''}(?:[${UPPER}][${LOWER}]{2,14}-)?[${UPPER}][${LOWER}]{2,14}(?:an|ish|ese|i|ch)` +
    // "the San Francisco-based company", "the Paris-based group": the seat as a premodifier (ruleId actors/description-seat)
    `|(?:[${UPPER}][${LOWER}]{2,14} )?[${UPPER}][${LOWER}]{2,14}-(?:based|headquartered|listed)` +
    // "the Wall Street bank", "the Wall Street firm": the financial district as an epithet of a bank (ruleId actors/description-seat)
    `|Wall Street)\\s+)?` +
    // "the French energy group", "the Anglo-Dutch oil company", "the German arms maker": a business's sector between the
    // nationality and the head (ruleId actors/description-sector)
    `(?:${SECTOR_WORDS}\\s+)?(${heads})(?![${LETTER}${DIGIT}-])` +
    `((?:\\s+(?:(?:du|des|de la|de)(?![${LETTER}])|de l['’]|d['’])\\s*(?![${LETTER}]{2,30}(?:er|ir|uire|ndre|ttre)(?![${LETTER}]))(?!(?:être|avoir|faire|dire|voir|vivre|lire|écrire|suivre|croire|la|le|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos)(?![${LETTER}]))[${LETTER}][${LETTER}${DIGIT}'’.-]{0,30}){1,2}` +
    // (with the product noun after the name: "the maker of the Claude model", "the developer of the Fortnite game")
    `|\\s+(?:of|at|of the)\\s+[${UPPER}][${LETTER}${DIGIT}'’.-]{0,30}(?:\\s+(?:model|models|chatbot|app|software|platform|smartphone|jet|jets|fighter|engine|drug|vaccine|game|franchise|series|network|service|brand)(?![${LETTER}]))?` +
    // French only: English adjectives come before the head ("The contractor declined" is a verb); the masculine demonyms in
    // -ais, -ois, -and too: « le président français », « le chancelier allemand » (ruleId actors/description-nationality)
    (french ? `|\\s+[${LOWER}][${LOWER}-]{1,20}(?:aine?s?|aises?|oises?|iens?|iennes?|ales?|aux|elles?|iques?|ées?|ives?|ifs?|ières?|angères?|iers?|euses?|eurs?|ais|ois|ands?|andes?)(?=[\\s,.;])(?!\\s+par\\s)` : '') +
    `)?` +
    `(\\s+(?:${led})\\s+(?=[${UPPER}]))?`,
    'gu',
  );
  CACHE.set(lex, re);
  return re;
}

const FOLDED = new Map<FoldedLexicon, Map<string, readonly ActorKind[]>>();

/** The description heads of `lex` by their folded spelling ("entraineur" → the kinds of "entraîneur"). */
function foldedDescriptions(lex: FoldedLexicon): Map<string, readonly ActorKind[]> {
  let m = FOLDED.get(lex);
  if (!m) {
    m = new Map();
    for (const [h, kinds] of lex.descriptions) if (!m.has(fold(h))) m.set(fold(h), kinds);
    FOLDED.set(lex, m);
  }
  return m;
}

/** French set phrases opened by a description head: « au quotidien », « la société civile » (ruleId actors/fr/set-phrase). */
const SET_PHRASE = /^(?:[Aa]u quotidien(?![\p{L}])|(?:[Ll]a |[Ll]es )?sociétés? civiles?(?![\p{L}]))/u;

/** Built once for {@link findDescriptions} (character classes: text/char-classes.ts). */
const FIND_DESCRIPTIONS_RE = new RegExp(`^\\s+[${LOWER}]`, 'u');

/** Built once for {@link findDescriptions} (character classes: text/char-classes.ts). */
const FIND_DESCRIPTIONS_RE_2 = new RegExp(`(?:d['’]|de |du |of |at )\\s*([${UPPER}][${LETTER}${DIGIT}'’.-]*)`, 'u');

/** A complement ending in a word of two letters or more, then a full stop: "de Terre.", "of Kmart." (not "of U.S."). */
const FINAL_STOP_RE = new RegExp(`[${LETTER}]{2}\\.$`, 'u');

/** Finds the descriptions of `text` (linear: one regex scan with bounded repetitions). */
export function findDescriptions(text: string, lex: FoldedLexicon): Description[] {
  const re = patternFor(lex);
  re.lastIndex = 0;
  const out: Description[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const head = m[1]!;
    // "the new company, which is to be called Sears Holdings": a new entity, not an earlier one
    if (/\b(?:new|nouvelle|nouveau)\s+$/u.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].indexOf(head)))) continue;
    // « utilisent Ubuntu au quotidien » (daily), « la société civile » (civil society): set phrases of the language whose noun
    // is a description head but that name no actor (ruleId actors/fr/set-phrase)
    if (SET_PHRASE.test(text.slice(m.index, m.index + m[0].length + 10))) continue;
    const kinds = lex.descriptions.get(head.toLowerCase()) ?? foldedDescriptions(lex).get(fold(head)) ?? [];
    if (kinds.length === 0) continue;
    // determiners must be lower case mid-sentence or capitalised at a sentence start — both accepted
    let complement = m[2] ?? '';
    // a trailing lower-case word is kept only when it looks like an adjective/participle, not a verb
    if (FIND_DESCRIPTIONS_RE.test(complement) && /^\s+(?:a|est|sont|ont|va|has|is|was|will|said|says|had|have)$/u.test(complement)) complement = '';
    // « à l'armée de Terre. »: the full stop after a word in lower case ends the sentence, not an abbreviation ("U.S.")
    // (ruleId actors/description-final-stop)
    if (complement.endsWith('.') && FINAL_STOP_RE.test(complement)
      && !ABBREVIATIONS.has(fold(complement.slice(0, -1).split(/[\s'’]/u).pop() ?? ''))) complement = complement.slice(0, -1);
    const endNoLed = m.index + m[0].length - (m[3]?.length ?? 0) - (m[2]?.length ?? 0) + complement.length;
    const ledByAt = m[3] ? m.index + m[0].length : -1;
    // "du groupe", "au gouvernement": the contracted preposition is not part of the description (ruleId actors/description-contraction)
    const contracted = /^(?:du|au|Du|Au)\s/.test(m[0]) ? 3 : 0;
    const span = makeSpan(text, m.index + contracted, endNoLed);
    const cm = FIND_DESCRIPTIONS_RE_2.exec(complement);
    out.push({ span, head, kinds, ledByAt, complementName: cm ? fold(cm[1]!) : '' });
  }
  return out;
}

/** Everything {@link resolveDescriptions} needs from the name stage. */
export interface ResolveContext {
  text: string;
  clusters: Cluster[];
  /** Name mentions with their clusters, sorted by start. */
  mentions: Array<{ start: number; end: number; cluster: Cluster }>;
  /** Heading lines [start, end): a description there never refers forward. */
  headings?: ReadonlyArray<[number, number]>;
  /** The actor lexicon: its role heads read the titles that tell a person's nation (actors/description-nationality). */
  lex?: FoldedLexicon;
}

/**
 * What {@link resolveOne} learns while descriptions are resolved in text order: the nation words of the descriptions given to
 * each person ("The U.S. president" → Biden: "u.s."), and the descriptions resolved so far (a sentence's subject may be one).
 */
interface ResolveState {
  described: Map<Cluster, string[]>;
  /** Per person: the nation words of its titles and office ({@link personNations}), computed once. */
  told: Map<Cluster, string[]>;
  resolved: Array<{ start: number; end: number; cluster: Cluster }>;
}

/** Maximum distance, in UTF-16 code units, between a description and its antecedent. */
const MAX_DISTANCE = 1500;
/** Maximum distance, in UTF-16 code units, between a description and a name after it (forward reference). */
const FORWARD_DISTANCE = 250;

/**
 * Resolves each description to a cluster and records it (alias + mention).
 * Descriptions that find no compatible antecedent are dropped.
 */
export function resolveDescriptions(descs: readonly Description[], ctx: ResolveContext, fullText: string): void {
  // earliest end of a name mention per kind: "is there any compatible name before this description?" in O(kinds)
  const firstEnd = new Map<ActorKind, number>();
  for (const m of ctx.mentions) firstEnd.set(m.cluster.kind, Math.min(firstEnd.get(m.cluster.kind) ?? Infinity, m.end));
  const owners = new Map<string, Set<Cluster>>();
  // alias texts already listed per cluster: a Set beside the output array (a text of many descriptions stays linear)
  const listed = new Map<Cluster, Set<string>>();
  const state: ResolveState = { described: new Map(), told: new Map(), resolved: [] };
  // mentions that are premodifiers of a resolved description, by cluster: removed once, after the loop (linear)
  const dropped = new Map<Cluster, Set<number>>();
  for (const d of descs) {
    const target = resolveOne(d, ctx, fullText, firstEnd, owners, state);
    if (!target) continue;
    state.resolved.push({ start: d.span.start, end: d.span.end, cluster: target });
    const nation = target.kind === 'person' ? descriptionNation(d.span.text) : undefined;
    if (nation) state.described.set(target, [...(state.described.get(target) ?? []), nation]);
    // a description overlapping one of the target's name mentions adds nothing ("the Pentagon"); name mentions are
    // sorted and do not overlap, so the candidates are the one starting before the description and those inside it
    // (binary search: scanning the target's mentions was quadratic on a line of 20 000 "the company said")
    if (overlapsNameOf(ctx.mentions, d.span, target)) continue;
    target.heads.add(fold(d.head));
    const aliasText = d.appositionEnd !== undefined ? makeSpan(fullText, d.span.start, d.appositionEnd).text : d.span.text;
    let seen = listed.get(target);
    if (!seen) listed.set(target, (seen = new Set(target.descriptions)));
    if (!seen.has(aliasText)) { seen.add(aliasText); target.descriptions.push(aliasText); }
    target.mentions.push(d.span);
    const headAt = d.span.text.toLowerCase().lastIndexOf(d.head.toLowerCase());
    if (headAt > 0) dropPremodifiers(ctx, { start: d.span.start, end: d.span.start + headAt }, target, dropped);
    if (ctx.lex && !d.kinds.includes('person')) possessorRole(ctx, d.span.end, target, ctx.lex);
    if (d.kinds.includes('person') && !target.role) target.role = d.head;
  }
  for (const [c, starts] of dropped) c.mentions = c.mentions.filter((x) => !starts.has(x.start));
}

/**
 * "The Wall Street bank's chief executive, David Solomon": a role written between a resolved description of a body and a
 * person's name is the person's office in that body (ruleId actors/role-before-name, after a description). Only a person
 * without an organisation yet.
 */
function possessorRole(ctx: ResolveContext, end: number, owner: Cluster, lex: FoldedLexicon): void {
  const next = ctx.mentions[firstAtOrAfter(ctx.mentions, end)];
  if (!next || next.cluster.kind !== 'person' || next.start - end > 60 || next.cluster.roleOf) return;
  const role = roleBetween(ctx.text.slice(end, next.start), lex);
  if (!role || (next.cluster.role && next.cluster.role.toLowerCase() !== role.toLowerCase())) return;
  next.cluster.role ??= role;
  next.cluster.roleOf = owner;
}

/** An acronym written as a premodifier: "U.N.", "U.S.", "UN", "EU" (and "Wall Street" in "the Wall Street bank"). */
const ACRONYM_PREMODIFIER = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2,3}$/u;

/**
 * "The U.N. agency", "the U.S. president", "the EU executive": an acronym before the head of a resolved description (`span`
 * runs from the description's start to its head) is its premodifier, not a mention of an actor of its own there (« la
 * présidente de la BCE » keeps the BCE) — the mention leaves its cluster (a cluster left without mentions is no actor)
 * (ruleId actors/description-premodifier). `mentions` sorted by start.
 */
function dropPremodifiers(ctx: ResolveContext, span: { start: number; end: number }, target: Cluster,
  dropped: Map<Cluster, Set<number>>): void {
  const { mentions } = ctx;
  for (let i = firstAtOrAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.cluster === target || m.end > span.end || m.cluster.kind === 'person') continue;
    const written = ctx.text.slice(m.start, m.end);
    if (!ACRONYM_PREMODIFIER.test(written) && written !== 'Wall Street') continue;
    let set = dropped.get(m.cluster);
    if (!set) dropped.set(m.cluster, (set = new Set()));
    set.add(m.start);
  }
}

/** Whether a name mention of `target` overlaps `span`, among `mentions` (sorted by start, non-overlapping). */
function overlapsNameOf(mentions: ResolveContext['mentions'], span: { start: number; end: number }, target: Cluster): boolean {
  for (let i = Math.max(0, firstAtOrAfter(mentions, span.start) - 1); i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.cluster === target && m.start < span.end && span.start < m.end) return true;
  }
  return false;
}

/** A source phrase right before a name: "according to ", « selon », « d'après », "citing ". */
const SOURCE_BEFORE = /(?:^|[^\p{L}])(?:according\s+to|selon|d['’]après|citing)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/** A reporting verb closing a sentence right after a name: "…, Reuters reported.", « …, a rapporté Le Monde » is before it. */
const SOURCE_AFTER = /^\s{1,3}(?:reported|reports|said|says|wrote|writes|a\s+rapporté|rapporte|a\s+révélé|révèle)[\s.,;]/u;

/** Heads that name a kind of institution: the antecedent must carry the word ("the ministry" → "Ministry of Defence"). */
const STRICT_HEADS = new Set(['gouvernement', 'government', 'ministere', 'ministry', 'parquet', 'police', 'armee', 'army',
  'cour', 'court', 'tribunal', 'commission', 'agence', 'agency', 'federation', 'syndicat', 'union', 'parti', 'party',
  'banque', 'bank', 'association', 'club', 'administration', 'department', 'departement', 'military', 'authority', 'autorite']);

/**
 * The other language's word for a strict head (folded): « l'agence » names the Environmental Protection Agency, "the
 * ministry" le ministère des Finances (ruleId actors/description-head-translation).
 */
const HEAD_TRANSLATIONS = new Map<string, string>([['agence', 'agency'], ['agency', 'agence'], ['ministere', 'ministry'],
  ['ministry', 'ministere'], ['armee', 'army'], ['army', 'armee'], ['banque', 'bank'], ['bank', 'banque'], ['cour', 'court'],
  ['court', 'cour'], ['parti', 'party'], ['party', 'parti'], ['departement', 'department'], ['department', 'departement'],
  ['federation', 'federation'], ['gouvernement', 'government'], ['government', 'gouvernement'], ['authority', 'autorite'],
  ['autorite', 'authority']]);

/**
 * Agencies whose names do not carry the word (name keys, folded): the specialised agencies, funds and programmes of the
 * United Nations system (UN system chart), the space agencies, and the independent agencies of the U.S. federal government
 * and of the European Union that news names by acronym. "The World Health Organization … The U.N. agency said", "NASA …
 * The space agency said", « l'OMS … L'agence onusienne » (ruleId actors/description-agency).
 */
const KNOWN_AGENCIES = new Set(['who', 'oms', 'world health organization', 'organisation mondiale de la sante', 'unhcr', 'hcr',
  'unicef', 'unesco', 'wfp', 'pam', 'world food programme', 'programme alimentaire mondial', 'iaea', 'aiea', 'fao', 'ilo', 'oit',
  'unrwa', 'undp', 'pnud', 'unep', 'pnue', 'unfpa', 'iom', 'oim', 'ocha', 'unaids', 'onusida', 'wmo', 'omm', 'icao', 'oaci',
  'wipo', 'ompi', 'itu', 'uit', 'nasa', 'esa', 'cnes', 'jaxa', 'roscosmos', 'isro', 'fbi', 'cia', 'nsa', 'epa', 'fda', 'cdc',
  'dea', 'fema', 'tsa', 'faa', 'ftc', 'fcc', 'sec', 'frontex', 'europol', 'ema']);

/** The cluster carries the strict head `head` (or its translation) in a name's words or its description heads. */
function carriesHead(c: Cluster, head: string): boolean {
  const other = HEAD_TRANSLATIONS.get(head);
  if ((head === 'agency' || head === 'agence') && [...c.keys].some((k) => KNOWN_AGENCIES.has(k))) return true;
  return [...c.keys].some((k) => k.split(' ').some((w) => w === head || w === other)) || c.heads.has(head)
    || (other !== undefined && c.heads.has(other));
}

/** Description heads that name a business (EN, FR, folded). */
const COMPANY_HEADS = new Set(['entreprise', 'societe', 'firme', 'groupe', 'constructeur', 'compagnie', 'fabricant', 'industriel',
  'company', 'firm', 'group', 'maker', 'carmaker', 'automaker', 'manufacturer', 'retailer', 'corporation', 'conglomerate', 'chain',
  'contractor', 'supplier', 'carrier', 'lender', 'insurer', 'chipmaker', 'drugmaker', 'distributeur', 'assureur', 'enseigne',
  'planemaker', 'avionneur']);
/** Words of the names of unions, parties, federations and associations (folded). */
const NOT_COMPANY = new Set(['confederation', 'syndicat', 'union', 'parti', 'party', 'federation', 'association', 'ministere',
  'ministry', 'government', 'gouvernement', 'league', 'ligue', 'movement', 'mouvement', 'coalition', 'collectif', 'collective']);

/** Text before a commentator's employer: "analyste à ", "économiste chez ", "an analyst at ", "strategist with ". */
const COMMENTATOR_AT = /(?:analyste|analystes|économiste|stratège|chercheur|chercheuse|analyst|analysts|economist|strategist|researcher)\s+(?:à|au|chez|de|du|d['’]|at|with|for|of)\s*(?:the\s+|la\s+|l['’])?$/iu;

/**
 * The employer named as a premodifier of a commentator's name: "Wells Fargo analyst Zachary Fadem", "Commerzbank senior
 * economist Jörg Krämer", "Jefferies' chief strategist Sean Darby" (ruleId actors/commentator-employer).
 */
const COMMENTATOR_AFTER = /^(?:['’]s?)?\s{1,2}(?:(?:chief|senior|lead|principal|head|global|equity|market|markets|credit|investment)\s{1,2}){0,2}(?:analyst|analysts|economist|economists|strategist|strategists|researcher|researchers)\s{1,2}\p{Lu}/u;

/**
 * A person's former employer, named only as such: "promoted former Facebook executive Bret Taylor", "ex-Google engineer
 * Jane Doe" (the organisation premodifies the title after "former"/"ex-"), « l'ancien dirigeant de Facebook », « un
 * ex-cadre de Renault » (the organisation complements the title after « ancien »/« ex- ») — the person has left it, so
 * "the company" further on is not it (ruleId actors/former-employer).
 */
const FORMER_BEFORE = /(?:\b(?:former|ex-)\s{0,2})$/iu;
const FORMER_TITLE_AFTER = /^(?:['’]s)?\s{1,2}(?:(?:senior|top|chief|executive|managing|vice)\s{1,2})?(?:executive|executives|employee|employees|engineer|engineers|official|officials|manager|managers|director|staffer|staffers|chief|president|boss|head|researcher|worker|workers)\s{1,2}\p{Lu}/u;
const FORMER_AT_FR = /(?:ancien|ancienne|anciens|anciennes|ex-)\s*(?:(?:haut|haute|grand|grande)\s+)?(?:dirigeant|dirigeante|dirigeants|cadre|cadres|patron|patronne|salarié|salariée|salariés|employé|employée|employés|directeur|directrice|ingénieur|ingénieure|président|présidente|responsable|PDG|pdg)\s+(?:de|du|d['’]|chez)\s*(?:la\s+|l['’])?$/iu;

/** Per cluster: every name mention follows {@link COMMENTATOR_AT} or precedes {@link COMMENTATOR_AFTER} (computed once per cluster: linear over its mentions). */
const EMPLOYER_ONLY = new WeakMap<Cluster, { count: number; only: boolean }>();

function onlyCommentatorEmployer(c: Cluster, text: string): boolean {
  const hit = EMPLOYER_ONLY.get(c);
  if (hit && hit.count === c.mentions.length) return hit.only;
  const only = c.mentions.every((x) => {
    const before = text.slice(Math.max(0, x.start - 40), x.start);
    const after = text.slice(x.end, x.end + 60);
    return COMMENTATOR_AT.test(before) || COMMENTATOR_AFTER.test(after) || FORMER_AT_FR.test(before)
      || (FORMER_BEFORE.test(before) && FORMER_TITLE_AFTER.test(after));
  });
  EMPLOYER_ONLY.set(c, { count: c.mentions.length, only });
  return only;
}

/** Description heads that name a sports team or club. */
const TEAM_HEADS = new Set(['equipe', 'team', 'club', 'formation', 'squad']);
/** Words of competition and governing-body names: "Major League Soccer", "Ligue 1", "Fédération française de football". */
const LEAGUE_WORDS = new Set(['league', 'ligue', 'federation', 'championship', 'championnat', 'cup', 'coupe', 'association',
  'conference', 'tournament', 'tournoi', 'series']);

/** After a role description, a participial phrase then the name: "la directrice générale nommée en septembre dernier Meg Whitman". */
const PARTICIPLE_GAP = new RegExp(`^\\s{0,3},?\\s{0,3}[${LOWER}]{1,30}(?:é|ée|és|ées|ed)(?:\\s{1,3}[${LOWER}]{1,30}){0,4}\\s{1,3}$`, 'u');

/** A partner's preposition right before a name: "with ", "avec ", "alongside ", « aux côtés de » (actors/description-subject-over-partner). */
const PARTNER_BEFORE = /(?<![\p{L}])(?:with|avec|alongside|aux côtés d(?:e|['’]))[ \u00a0]{1,2}(?:l['’]|le |la |les |the )?$/u;
/** From a name to the description: the end of its sentence only, then the description opens the next one. */
const NEXT_SENTENCE_GAP = /^[^.!?\n]{0,200}[.!?]["»”’]?[ \u00a0]{1,3}$/u;

/**
 * A description that is the inverted or postposed subject of a reporting clause closing the sentence: "Microsoft cancelled
 * its agreement with Activision Blizzard, the company said.", « Renault a rompu son accord avec Nissan, a indiqué le
 * groupe. » — it resumes the subject of the clause it reports, not the partner named after "with"/« avec » (ruleId
 * actors/description-postposed-reporter). Before the description: a comma (EN) or a comma and a reporting verb (FR);
 * after it (EN): the reporting verb. Bounded.
 */
const POSTPOSED_BEFORE = /,[ \u00a0]{1,3}(?:(?:a|ont|avait|avaient)[ \u00a0]{1,2}(?:indiqué|déclaré|affirmé|précisé|expliqué|annoncé|ajouté|assuré|souligné|confirmé|fait savoir|communiqué|estimé)[ \u00a0]{1,3}|(?:indique|déclare|affirme|précise|explique|annonce|ajoute|assure|souligne|confirme|fait savoir|estime)[ \u00a0]{1,3})?$/u;
const POSTPOSED_AFTER = new RegExp(`^[ \\u00a0]{1,3}(?:said|says|added|announced|stated|confirmed|noted|explained|told)(?![${LETTER}])`, 'u');
const POSTPOSED_FR_VERB = new RegExp(`,[ \\u00a0]{1,3}[${LOWER}]`, 'u');
/** From a partner's name to the description, inside one sentence. */
const SAME_SENTENCE_GAP = /^[^.!?\n]{0,200}$/u;

function postposedReporter(text: string, d: Description): boolean {
  const before = text.slice(Math.max(0, d.span.start - 40), d.span.start);
  if (!POSTPOSED_BEFORE.test(before)) return false;
  // English: "…, the company said"; French: « …, a indiqué le groupe » (the verb precedes the description)
  return POSTPOSED_AFTER.test(text.slice(d.span.end, d.span.end + 16)) || POSTPOSED_FR_VERB.test(before.slice(before.lastIndexOf(',')));
}

/** Start of the sentence holding `at`: after the last ". ", "! ", "? " or line break in the 300 code units before. */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  let k = -1;
  for (const re of [/[.!?]["»”’]?[ \u00a0]/g, /\n/g]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(before)) !== null) k = Math.max(k, m.index + m[0].length);
  }
  const start = k < 0 ? (from === 0 ? 0 : at) : from + k;
  // « TOULOUSE, 14 février - Airbus a signé… avec Air India…, a annoncé le constructeur »: a newswire dateline opening the
  // paragraph is no part of the sentence — its subject comes after it (ruleId actors/description-dateline)
  return start + datelineLength(text, start + leadingSpace(text, start));
}

/** White space at `at` (before a sentence's first word). */
function leadingSpace(text: string, at: number): number {
  let n = 0;
  while (n < 4 && /[ \u00a0\n]/.test(text[at + n] ?? '')) n++;
  return n;
}

/** Built once for {@link resolveOne} (character classes: text/char-classes.ts). */
const RESOLVE_ONE_RE = new RegExp(`^\\s+(?:[${LOWER}]+\\s+){0,4}$`, 'u');

/**
 * Resolves one description: an apposition to the name right after it, else the nearest compatible name before it (an actor
 * the same head was given to by apposition first), else a name soon after it. `owners` (folded head → clusters named by an
 * apposition with that head) is filled here.
 */
function resolveOne(d: Description, ctx: ResolveContext, text: string, firstEnd: ReadonlyMap<ActorKind, number>,
  owners: Map<string, Set<Cluster>>, state: ResolveState = { described: new Map(), told: new Map(), resolved: [] }): Cluster | undefined {
  const { mentions } = ctx;
  const isPerson = d.kinds.includes('person');
  const head = fold(d.head);
  // ("the Wall Street bank" is an investment bank, a business, whatever its name: ruleId actors/description-seat)
  const strict = STRICT_HEADS.has(head) && !d.span.text.includes('Wall Street');
  // apposition: "le ministre du budget, Jérôme Cahuzac", "l'entreprise américaine Hewlett-Packard (HP)",
  // "the activist organization the Project on Government Oversight"
  const next = mentions[firstAtOrAfter(mentions, d.span.end)];
  const after = next && next.start <= d.span.end + 60 ? next : undefined;
  if (after && d.kinds.includes(after.cluster.kind)) {
    const gapText = text.slice(d.span.end, after.start);
    const participleEnd = /(?:é|ée|és|ées|ed)$/u.test(d.span.text) && RESOLVE_ONE_RE.test(gapText);
    // ("Olaf Scholz, the German chancellor, hosted Emmanuel Macron": a description set off by commas after a name is that
    // name's apposition, and the verb after it is finite, not a participle before the next name — ruleId
    // actors/description-apposition-after)
    const setOff = /^\s{0,2},/u.test(gapText) && /[\p{L}.)],\s{1,3}$/u.test(text.slice(Math.max(0, d.span.start - 40), d.span.start));
    if (/^[\s,]*(?:the\s+)?$/u.test(gapText) || (isPerson && !setOff && (PARTICIPLE_GAP.test(gapText) || participleEnd))) {
      if (isPerson) after.cluster.role ??= dropTrailingParticiple(d.span.text.replace(/^(?:the|le|la|l['’])\s*/i, ''));
      else {
        const set = owners.get(head) ?? new Set<Cluster>();
        set.add(after.cluster);
        owners.set(head, set);
      }
      // "l’agence Health Canada", « le tabloïd Blesk »: the alias is the description with its name (ruleId
      // actors/description-apposition-alias); a bare head shared with other actors would name them all
      if (!isPerson && /^\s{1,3}$/u.test(gapText)) d.appositionEnd = after.end;
      return after.cluster;
    }
  }
  let best: Cluster | undefined;
  // "The U.S. president", « le chancelier allemand »: a nation in the description must agree with what the text says of the
  // person's nation, when it says anything (ruleId actors/description-nationality)
  const nation = isPerson ? descriptionNation(d.span.text) : undefined;
  const agreement = (c: Cluster): number => {
    if (nation === undefined || !ctx.lex) return 0;
    // (what the titles and the office say of a person is read once per person: linear in its mentions)
    let told = state.told.get(c);
    if (!told) state.told.set(c, (told = personNations(c, text, ctx.lex)));
    return nationAgreement(nation, [...told, ...(state.described.get(c) ?? [])]);
  };
  if (isPerson) {
    // "le président" → the nearest person whose role is a president, before any person without that role
    for (let i = firstAtOrAfter(mentions, d.span.start) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (d.span.start - m.end > MAX_DISTANCE) break;
      if (m.end <= d.span.start && m.cluster.kind === 'person' && m.cluster.role && roleFits(m.cluster.role, d)
        && (!d.complementName || m.cluster.roleOf?.keys.has(d.complementName)) && agreement(m.cluster) >= 0) {
        best = m.cluster;
        break;
      }
    }
    best ??= personByNationOrSubject(d, ctx, text, state, agreement);
  }
  // "the President", "the Secretary": an office written in title case names its holder, found by role above; it falls back
  // on the nearest person only when written in lower case (ruleId actors/description-title-case)
  // (French capitalises « Premier ministre » as a rule of spelling, not as a title standing for the office: the nearest person)
  const titleCased = isPerson && d.head[0] !== undefined && d.head[0] !== d.head[0].toLowerCase() && d.head !== d.head.toUpperCase()
    && !(ctx.lex && french0(ctx.lex));
  let fallback: Cluster | undefined;
  let partner: { cluster: Cluster; sentenceStart: number } | undefined;
  for (let i = best || titleCased ? -1 : firstAtOrAfter(mentions, d.span.start) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > d.span.start) continue;
    if (d.span.start - m.end > MAX_DISTANCE) break;
    // (the subject of the partner's sentence opens it: nothing before that sentence is looked at)
    if (partner && m.start < partner.sentenceStart) break;
    if (!d.kinds.includes(m.cluster.kind)) continue;
    // "Karp told CNBC the company was hiring", "Jon Sopel said the president did not sound confident": a name right before
    // the description, or before a reporting verb opening the clause the description is the subject of, is another
    // participant, not its antecedent (ruleId actors/description-not-reporter)
    const gap = text.slice(m.end, d.span.start);
    // « L'Anses, l'agence française, est en train de… », "Renault, the French carmaker, said": a description set off by
    // commas right after a name is its apposition, whatever the head (ruleId actors/description-apposition-after)
    if (/^\s{0,2},\s{1,3}$/u.test(gap) && /^\s{0,2}[,)]/u.test(text.slice(d.span.end, d.span.end + 3))
      && (!isPerson || !m.cluster.role || roleFits(m.cluster.role, d))) {
      best = m.cluster;
      break;
    }
    if (REPORTER_GAP.test(gap) && (gap.trim() !== '' || TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) continue;
    // "According to Reuters, Amazon is in talks to buy the startup", « Selon Reuters, … la start-up »: the source a report
    // cites is not what a description of the story names (ruleId actors/description-not-source; final new-user trial)
    if (SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    // "The group, WeWorkers Coalition, formed … told by WeWork … the group raised alarm": a head given to an actor by an
    // apposition keeps naming it over a nearer actor never so named (ruleId actors/description-owner)
    const owned = isPerson ? undefined : owners.get(head);
    if (owned?.has(m.cluster) && !boundBySubject(m, d, text)) {
      best = m.cluster;
      break;
    }
    if (strict && !carriesHead(m.cluster, head)) continue;
    // "l'équipe", "the team", "le club" name a team, never the league it plays in ("Major League Soccer")
    if (TEAM_HEADS.has(head) && [...m.cluster.keys].some((k) => k.split(' ').some((w) => LEAGUE_WORDS.has(w)))) continue;
    // "le constructeur", "the company" name a business, not a union, party or federation named before it (the CGT)
    if (COMPANY_HEADS.has(head) && [...m.cluster.heads, ...[...m.cluster.keys].flatMap((k) => k.split(' '))].some((w) => NOT_COMPANY.has(w))) {
      continue;
    }
    // "commente Song Myung-Sup, analyste à Hi Investment and Securities. … un représentant du groupe": the employer of a
    // commentator, named only in that role, is not what a company description refers to (ruleId actors/commentator-employer);
    // nor is a former employer ("former Facebook executive Bret Taylor … the company", ruleId actors/former-employer)
    if (!isPerson && m.cluster.kind === 'organization' && onlyCommentatorEmployer(m.cluster, text)) continue;
    if (isPerson && d.complementName) {
      // "le CEO d'Anthropic" refers to Anthropic's CEO, not to OpenAI's
      const of = m.cluster.roleOf;
      if (!of || !of.keys.has(d.complementName)) continue;
    }
    if (isPerson && m.cluster.role && !roleFits(m.cluster.role, d)) continue;
    if (isPerson && agreement(m.cluster) < 0) continue;
    // "SoftBank, its largest investor, committed to a lifeline to bail out the company": a name that is the subject of the
    // clause the description is an object of is not its antecedent (it would be "itself") (ruleId actors/description-binding)
    if (boundBySubject(m, d, text)) continue;
    // (a nearer actor that carries the head itself keeps it: « L'EPA maintient … », écrit l'agence)
    if (owned && !carriesHead(m.cluster, head)) {
      fallback ??= m.cluster;
      continue;
    }
    // "Airbus signed a deal with Safran. The planemaker said…", « Renault a signé un accord avec Nissan. Le constructeur a
    // précisé… »: a description opening a sentence resumes the subject of the sentence before rather than the partner it
    // named after "with"/« avec », when that subject is compatible (ruleId actors/description-subject-over-partner)
    if (partner) {
      if (m.start >= partner.sentenceStart && m.start === partner.sentenceStart + leadingSpace(text, partner.sentenceStart)) {
        best = m.cluster;
        break;
      }
      continue;
    }
    // (the same preference holds for a description that is the postposed subject of a reporting clause closing the
    // partner's sentence: "…with Activision Blizzard on Friday, the company said" — ruleId actors/description-postposed-reporter)
    if (!isPerson && PARTNER_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))
      && (NEXT_SENTENCE_GAP.test(text.slice(m.end, d.span.start))
        || (SAME_SENTENCE_GAP.test(text.slice(m.end, d.span.start)) && postposedReporter(text, d)))) {
      partner = { cluster: m.cluster, sentenceStart: sentenceStartBefore(text, m.start) };
      continue;
    }
    best = m.cluster;
    break;
  }
  best ??= fallback ?? partner?.cluster;
  // forward reference: "Le constructeur a annoncé mardi… Renault" — a description that opens the story before any
  // compatible name refers to the nearest compatible name after it in the next 250 code units (ruleId actors/cataphora)
  if (!best && !isPerson && !(ctx.headings && inRanges(ctx.headings, d.span.start))
    && !d.kinds.some((k) => (firstEnd.get(k) ?? Infinity) <= d.span.start)) {
    // from the description's own complement on: "la direction de l'Impact de Montréal" → Impact de Montréal
    for (let i = firstAtOrAfter(mentions, d.span.start); i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.start - d.span.end > FORWARD_DISTANCE) break;
      if (!d.kinds.includes(m.cluster.kind)) continue;
      if (strict && !carriesHead(m.cluster, head)) continue;
      if (TEAM_HEADS.has(head) && [...m.cluster.keys].some((k) => k.split(' ').some((w) => LEAGUE_WORDS.has(w)))) continue;
      // « Le groupe, selon Le Figaro, aurait proposé… », "The company, according to Reuters, plans…": the source of an
      // inserted report is not the subject it interrupts (ruleId actors/description-not-source, forward too); a report
      // closing the sentence neither ("The company plans to cut jobs, Reuters reported")
      if (SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || SOURCE_AFTER.test(text.slice(m.end, m.end + 24))) break;
      best = m.cluster;
      break;
    }
  }
  if (best && d.ledByAt >= 0) {
    const cand = mentions[firstAtOrAfter(mentions, d.ledByAt)];
    const leader = cand && cand.start === d.ledByAt && cand.cluster.kind === 'person' ? cand : undefined;
    if (leader) {
      if (!leader.cluster.roleOf) leader.cluster.roleOf = best;
      // the description includes its leader: "l'entreprise dirigée par Sam Altman"
      d.span = makeSpan(text, d.span.start, leader.end);
    }
  }
  if (best) best.heads.add(head);
  return best;
}

/** A person `c` may be what the person description `d` names: its role, if any, fits, and so does the office's holder. */
function personFits(c: Cluster, d: Description): boolean {
  if (c.kind !== 'person') return false;
  if (c.role && !roleFits(c.role, d)) return false;
  return !d.complementName || !!c.roleOf?.keys.has(d.complementName);
}

/** A word before a sentence's subject that may be part of its title: capitalised ("U.S.", "President"), or a determiner. */
const SUBJECT_TITLE_WORD = /^(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}'’-]*|the|le|la|l['’]\p{L}*)$/u;

/**
 * The text before a sentence's subject is at most its title: up to five words, each capitalised, a determiner, a nation word or
 * a word of a role head of `lex` (« le chancelier allemand », "U.S. President"), so that "Police arrested John Smith" does not
 * make John Smith the subject.
 */
function titleOnly(prefix: string, lex: FoldedLexicon | undefined): boolean {
  const words = prefix.trim().split(/[ \u00a0]+/u).filter(Boolean);
  if (words.length > 5) return false;
  return words.every((w) => SUBJECT_TITLE_WORD.test(w) || isNationWord(fold(w))
    || (!!lex && lex.roleHeads.some((h) => fold(h).split(' ').includes(fold(w)))));
}

/**
 * The person a person description names by nationality or by centering (ruleIds actors/description-nationality,
 * actors/description-subject):
 * - with a nation ("The U.S. president"), the nearest person the text gives that nation (1 500 code units back);
 * - a description opening a sentence resumes the subject of the sentence before, when that subject is a person who fits
 *   (role, nation): "Joe Biden met Rishi Sunak at the White House. The U.S. president praised…" → Biden, « Emmanuel Macron
 *   a reçu Olaf Scholz. Le président français a salué… » → Macron — the preferred antecedent of a definite description is
 *   the previous subject, not the nearest name. The subject is the sentence's first mention (a name or a description
 *   resolved before), after at most a title of five words ("U.S. President Joe Biden met…").
 * Undefined when neither applies (the nearest compatible person is then taken).
 */
function personByNationOrSubject(d: Description, ctx: ResolveContext, text: string, state: ResolveState,
  agreement: (c: Cluster) => number): Cluster | undefined {
  const { mentions } = ctx;
  for (let i = firstAtOrAfter(mentions, d.span.start) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.span.start - m.end > MAX_DISTANCE) break;
    if (m.end <= d.span.start && personFits(m.cluster, d) && agreement(m.cluster) > 0) return m.cluster;
  }
  const s = sentenceStartBefore(text, d.span.start);
  if (s + leadingSpace(text, s) !== d.span.start) return undefined;
  let k = s;
  while (k > 0 && /[\s"»”’]/u.test(text[k - 1]!)) k--;
  if (k === 0 || !/[.!?]/u.test(text[k - 1]!)) return undefined;
  const prev = sentenceStartBefore(text, k - 1);
  const from = prev + leadingSpace(text, prev);
  // the first mention of the sentence before, a name or a description resolved before
  let first: { start: number; end: number; cluster: Cluster } | undefined;
  const n = mentions[firstAtOrAfter(mentions, from)];
  if (n && n.start < k) first = n;
  // (resolved in text order: the first one at or after the sentence's start, found by binary search)
  const r = state.resolved[firstAtOrAfter(state.resolved, from)];
  if (r && r.start < k && (!first || r.start < first.start)) first = r;
  if (!first || first.start - from > 60 || !titleOnly(text.slice(from, first.start), ctx.lex)) return undefined;
  // ("U.S. President Joe Biden": the country named in the title is not the subject; the person after it is)
  if (first.cluster.kind !== 'person') {
    const next = mentions[firstAtOrAfter(mentions, first.end)];
    if (!next || next.cluster.kind !== 'person' || next.start - from > 60 || !titleOnly(text.slice(from, next.start), ctx.lex)) return undefined;
    first = next;
  }
  return personFits(first.cluster, d) && agreement(first.cluster) >= 0 ? first.cluster : undefined;
}

/**
 * The text between a name and a description that follows it as the subject of a reported clause: a reporting verb ("said
 * that", « a déclaré que »), or nothing when the name is the listener of "told" ("told CNBC the company was hiring") — a
 * name right before a description is otherwise its apposition (« Nick De Santis le directeur sportif »)
 * (ruleId actors/description-not-reporter). Bounded.
 */
const REPORTER_GAP = /^\s{0,3}(?:(?:said|says|told|added|noted|argued|warned|insisted|believes|thinks|wrote|a\s+(?:dit|déclaré|affirmé|estimé|ajouté|expliqué|assuré|écrit)|estime|affirme|explique|déclare|assure|dit)(?:\s+(?:that|que|qu['’]))?\s{1,3})?$/u;

/** A verb whose object is the listener, right before a name: "told ", "informed " (ruleId actors/description-not-reporter). */
const TOLD_BEFORE = /(?:told|informed|assured|reminded|briefed)\s{1,3}$/u;

/** A lower-case letter (one code point). */
const LOWER_LETTER = new RegExp(`^[${LOWER}]$`, 'u');
/** Participle endings (EN, FR): "nommé", "nommée", "nommés", "nommées", "appointed". */
const PARTICIPLE_ENDINGS = ['é', 'ée', 'és', 'ées', 'ed'];

/**
 * Drops a trailing participle and the white space before it (ruleId actors/role-participle):
 * "directrice générale nommée" → "directrice générale", "chief executive appointed" → "chief executive".
 * Same result as `s.replace(/\s+\p{Ll}+(?:é|ée|és|ées|ed)$/u, '')`, which is quadratic on a long white-space
 * run (the description pattern allows one between determiner and head): here one backward scan, O(length).
 * @param s a role description without its determiner
 * @returns `s` without the participle, or `s` unchanged
 */
export function dropTrailingParticiple(s: string): string {
  // the last word: the maximal run of lower-case letters (code points) at the end
  let i = s.length;
  for (;;) {
    const lowSurrogate = i >= 2 && /[\udc00-\udfff]/.test(s[i - 1]!) && /[\ud800-\udbff]/.test(s[i - 2]!);
    const w = lowSurrogate ? 2 : 1;
    if (i < w || !LOWER_LETTER.test(s.slice(i - w, i))) break;
    i -= w;
  }
  const word = s.slice(i);
  if (!PARTICIPLE_ENDINGS.some((e) => word.endsWith(e) && word.length > e.length)) return s;
  let j = i;
  while (j > 0 && /\s/.test(s[j - 1]!)) j--;
  return j < i ? s.slice(0, j) : s;
}

/**
 * The role of a person fits a description: the head fits the role ("président" for "président du groupe"), and so does the
 * whole description when it names a portfolio or an office in lower case after its head — « le ministre de la Santé » does
 * not fit the « Premier ministre » (ruleId actors/description-role-office). A complement naming an organisation ("le CEO
 * d'Anthropic") is checked apart, against `roleOf`.
 */
function roleFits(role: string, d: Description): boolean {
  if (!roleCompatible(role, d.head)) return false;
  if (d.complementName) return true;
  const whole = d.span.text.replace(/^(?:the|le|la|les|l['’])\s*/iu, '');
  return whole.length <= d.head.length + 1 || roleCompatible(role, whole);
}

/** Text that opens another clause between a name and a description (EN, FR; bounded alternation of words). */
const CLAUSE_BREAK = /[;:!?«»“”"()\[\]–—]|\.(?!\d)|(?<!\p{L})(?:and|but|or|while|whereas|although|because|since|after|before|when|which|who|whom|that|where|if|as|than|said|says|told|et|mais|ou|alors|tandis|qui|que|qu['’]|dont|où|lorsque|quand|parce|car|si|avant|après|selon|estime|affirme|déclare|a\s+(?:dit|déclaré|affirmé|estimé|annoncé))(?!\p{L})/iu;
/** A preposition (and an article) right before a name: "of the ", « de l' », « d' », "at ", « chez ». */
const PREPOSITION_BEFORE = /(?:(?<!\p{L})(?:de|du|des|of|for|at|in|on|à|au|aux|chez|by|par|pour|with|avec|from|to|sur|dans|en)\s{1,3}(?:(?:the|la|le|les)\s{1,3}|l['’])?|(?<!\p{L})d['’])$/iu;

/** A finite verb right after a subject (EN auxiliaries and -ed/-s forms; FR auxiliaries and present/imperfect forms). */
const SUBJECT_VERB = /^(?:\s{1,3}|\s{0,2},[^,.;:!?]{1,80},\s{1,3})(?:will|would|can|could|may|might|must|should|shall|has|had|have|is|was|are|were|did|does|a|ont|est|sont|va|vont|avait|avaient|sera|seront|doit|doivent|peut|peuvent|veut|\p{Ll}{2,20}(?:ed|es|ent|ait|aient|era|ra|it))(?!\p{L})/u;

/**
 * Binding (ruleId actors/description-binding): the name `m` is the subject of a clause in which the description stands
 * later, without a clause boundary between them, and the description is not a possessive ("the company’s plan" may be
 * the subject's own): "SoftBank committed to bail out the company", « Renault a racheté l'entreprise ». A name right before
 * its description is left to the apposition and reporter rules. Bounded: looks at most 200 code units apart.
 */
function boundBySubject(m: { start: number; end: number }, d: Description, text: string): boolean {
  const gap = text.slice(m.end, d.span.start);
  if (gap.length > 200 || gap.trim() === '' || /^[\s,]*$/.test(gap)) return false;
  // « Les dirigeants de l'Impact de Montréal présentaient … la saison de l'équipe »: a name inside a complement is not the subject
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
  if (/^['’]s?(?!\p{L})/u.test(text.slice(d.span.end, d.span.end + 2))) return false;
  // "Microsoft cancelled the deal, the company said": the subject of the postposed reporting clause is no object of the
  // clause it reports (ruleId actors/description-postposed-reporter)
  if (postposedReporter(text, d)) return false;
  const verb = SUBJECT_VERB.exec(gap);
  if (!verb) return false;
  return !CLAUSE_BREAK.test(gap.slice(verb[0].length));
}

function roleCompatible(role: string, head: string): boolean {
  const r = fold(role);
  const h = fold(head);
  return r.includes(h) || h.includes(r);
}
