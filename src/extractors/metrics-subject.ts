/**
 * The metric subject grammar: a pass over the metrics of {@link extractMetrics} that reads the measured noun phrase
 * and the direction of a figure with a small noun-phrase grammar, where the quantity pass left a clause, a bare head
 * noun or nothing.
 *
 * - direction from a signed figure in brackets: « pour les cadres (+ 0,5 % par an) », "(– 0.2%)"
 *   (ruleId metrics/subject/direction-sign);
 * - direction from the phrase after a figure: "5.7 percent, down from 6.2 percent", « 12 %, en hausse par rapport à
 *   2019 » (metrics/subject/direction-from);
 * - direction of a from–to move that names none: « passant de 0 à 60 000 tweets », "went from 12 to 9"
 *   (metrics/subject/direction-from-to);
 * - a bracketed figure measures the noun phrase before the bracket: « la Grèce (60,1 %) », « l'emploi des seniors
 *   (38 % des 55-64 ans …) » (metrics/subject/bracket);
 * - a counted noun keeps its complements: « trois membres du MoDem », "31 stations of the network", "30,154 new cars,
 *   trucks and SUVs" (metrics/subject/counted-complement);
 * - "30 % des 15-24 ans", "10% of the 18-24 year-olds": the whole a share is taken of, digits included
 *   (metrics/subject/share-of);
 * - a clause-initial premodifier belongs to the noun phrase: "New vehicle sales in the Houston area plunged"
 *   (metrics/subject/premodifier);
 * - a subject is never a clause: reporting clauses and auxiliaries are dropped ("company management said comparable-store
 *   sales" → "comparable-store sales", « Français ont été localisés » → « Français localisés ») (metrics/subject/no-clause).
 *
 * Data per language: `src/lexicon/{en,fr}/metrics-subject.ts`. All regexes are bounded; the pass reads at most a
 * few hundred code units around each metric.
 *
 * @module
 */
import type { AnalysedText, Draft, Language, Metric } from '../types.js';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../text/char-classes.js';
import { sentenceBoundsAt, sentenceIndexAt } from '../text/sentences.js';
import { allMatches } from '../text/matches.js';
import { FR_CONTEXTUAL_METRICS } from '../lexicon/fr/metrics-context.js';
import { EN_SUBJECT_GRAMMAR } from '../lexicon/en/metrics-subject.js';
import { FR_SUBJECT_GRAMMAR } from '../lexicon/fr/metrics-subject.js';

/** Per-language data of the subject grammar (word sets lower case; regex sources compiled with flag `iu`). */
export interface SubjectGrammar {
  /** Determiners that open a noun phrase ("the", « les »). */
  determiners: ReadonlySet<string>;
  /** Links of a noun complement ("of", « de », « du », « des », « d' »). */
  complementLinks: ReadonlySet<string>;
  /** Links of a place complement, kept before a capitalised name only ("in California", « au Sénat »). */
  placeLinks: ReadonlySet<string>;
  /** Function words: never inside a measured noun phrase read backwards, never its last word. */
  functionWords: ReadonlySet<string>;
  /** Auxiliaries, copulas, modals and reporting verbs: a subject holding one is a clause. */
  finiteVerbs: ReadonlySet<string>;
  /** Heads after a complement link that make no noun phrase (« d'ici », "of them"). */
  adverbialHeads: ReadonlySet<string>;
  /** Time nouns, months and days: a complement or a bracket topic made of one is a date, not a subject. */
  timeWords: ReadonlySet<string>;
  /** After a figure: group 1 a decrease word, group 2 an increase word ("…, down from"). */
  directionAfter: string;
  /** Before a from–figure: a verb of move that names no direction, ending with "from"/« de ». */
  neutralMove: string;
  /** Between the from–figure and the figure reached ("to", « à »). */
  reachLink: string;
  /** The same verbs alone, before a range figure that holds its own "from"/« de » ("went from 12 to 9 percent"). */
  neutralVerb: string;
  /** Between a level reached and the level it left, anchored both ends (", from "). */
  fromLevel: string;
  /** Links of the complement of a noun an amount modifies ("a $3 billion buyout of shareholders", "a fee to Verizon"). */
  modifiedLinks: ReadonlySet<string>;
  /** Fixed post-modifiers of a counted noun, anchored after it (« en cours », « sans suite », « les plus partagés »). */
  postModifier: string;
  /** A verb naming the measure right before a figure; group 1: the measure ("to yield " → "yield"). */
  measureVerb: string;
  /** First words of a discourse label before a colon, which names no measure (« Autre mesure : », "Bottom line:"). */
  discourseLabels: ReadonlySet<string>;
  /** Words that compare a figure with the one before it ("contre 44 %", "compared with 3%"), anchored at the end. */
  compareBefore: string;
  /** Verbs and participles that may end a subject read up to the figure, space-separated; stripped from its end. */
  trailingVerbs: string;
  /** After a paid amount: group 1 set for a settlement, else a fine or penalty. */
  settlementAfter: string;
  /** [settlement noun, fine noun] added to the subject of a paid amount. */
  settlementNouns: readonly [string, string];
}

interface Compiled {
  language: Language;
  g: SubjectGrammar;
  directionAfter: RegExp;
  neutralMove: RegExp;
  reachLink: RegExp;
  neutralVerb: RegExp;
  fromLevel: RegExp;
  postModifier: RegExp;
  compareBefore: RegExp;
  measureVerb: RegExp;
  reporting: ReadonlySet<string>;
  trailingVerbs: ReadonlySet<string>;
  settlementAfter: RegExp;
}

const CACHE = new Map<Language, Compiled>();

/** Reporting verbs among {@link SubjectGrammar.finiteVerbs}: the clause before one names a source, not the subject. */
const REPORTING: Record<Language, string> = {
  en: 'said says say told tells tell added noted according announced announces claimed stated',
  fr: 'dit déclaré affirmé indiqué annoncé expliqué estimé précisé souligné ajouté assure affirme estime indique annonce explique précise souligne ajoute selon',
};

function compiled(language: Language): Compiled {
  const hit = CACHE.get(language);
  if (hit) return hit;
  const g = language === 'fr' ? FR_SUBJECT_GRAMMAR : EN_SUBJECT_GRAMMAR;
  const c: Compiled = {
    language,
    g,
    directionAfter: new RegExp(g.directionAfter, 'iu'),
    neutralMove: new RegExp(g.neutralMove, 'iu'),
    reachLink: new RegExp(g.reachLink, 'iu'),
    neutralVerb: new RegExp(g.neutralVerb, 'iu'),
    fromLevel: new RegExp(g.fromLevel, 'iu'),
    postModifier: new RegExp(g.postModifier, 'iu'),
    compareBefore: new RegExp(g.compareBefore, 'iu'),
    measureVerb: new RegExp(g.measureVerb, 'iu'),
    reporting: new Set(REPORTING[language].split(' ')),
    trailingVerbs: new Set(g.trailingVerbs.split(' ')),
    settlementAfter: new RegExp(g.settlementAfter, 'iu'),
  };
  CACHE.set(language, c);
  return c;
}

/** A word token: offsets in UTF-16 code units, end exclusive. */
interface Tok { start: number; end: number; word: string }

/**
 * Word tokens of `text` in [from, to): letters, digits, inner hyphens and apostrophes ("15-24", "787-9",
 * "per-share", "d'", "l'"); an elided article is a token of its own ("l’emploi" → "l’" | "emploi").
 */
const WORD = new RegExp(`(?:[${LETTER}${MARK}]{1,3}['’](?=[${LETTER}]))|[${LETTER}${MARK}${DIGIT}]{1,40}(?:[-.'’\\u00ad][${LETTER}${MARK}${DIGIT}]{1,40}){0,4}`, 'gu');

/** Longest span of one {@link WORD} token and the spaces before it: 3 + 5 × 41 code units, with some margin. */
const MAX_TOKEN_SPAN = 240;

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  const chunk = text.slice(from, to);
  // (an exec loop: matchAll copies the regex at each call, and this runs for every figure)
  for (const m of allMatches(WORD, chunk)) out.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] });
  return out;
}

const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();
const low = (w: string): string => w.toLowerCase().replace(/’/g, "'");
const CAPITAL = new RegExp(`^[${UPPER}]`, 'u');
const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');
const ONLY_DIGITS = /^[\d.,]+$/u;
/** Separators allowed between two words of one noun phrase: spaces only (an elided article has none). */
const JOIN = /^[ \u00a0]{0,2}$/u;

/** A lower-case adverb: "sharply", « légèrement » (not a name: "Italy"). */
const ADVERB = /^[a-zàâçéèêëîïôûù]{3,}(?:ly|ment)$/u;
/** Nouns in -ly / -ment that {@link ADVERB} would take for adverbs. */
const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'monopoly', 'rally', 'ally', 'anomaly', 'reply', 'tally', 'belly', 'july',
  'government', 'parlement', 'gouvernement', 'investment', 'payment', 'agreement', 'settlement', 'department', 'management',
  'employment', 'unemployment', 'enforcement', 'equipment', 'statement', 'segment', 'shipment', 'treatment', 'retirement',
  'development', 'environment', 'moment', 'element', 'document', 'comment', 'apartment', 'amendment', 'appartement',
  'logement', 'financement', 'investissement', 'paiement', 'traitement', 'département', 'établissement', 'mouvement',
  'enseignement', 'recrutement', 'licenciement', 'remboursement', 'endettement', 'équipement', 'amendement', 'règlement',
  'bâtiment', 'médicament', 'événement', 'évènement', 'jugement', 'classement', 'changement', 'vieillissement']);

/** True for a word that can stand inside a noun phrase read backwards (no function word, verb or bare number). */
function npWord(w: string, c: Compiled): boolean {
  const l = low(w);
  return !c.g.functionWords.has(l) && !c.g.finiteVerbs.has(l) && !c.g.determiners.has(l) && !c.g.complementLinks.has(l)
    && !c.g.placeLinks.has(l) && !ONLY_DIGITS.test(w)
    && !(ADVERB.test(w) && !LY_NOUNS.has(l)) && HAS_LETTER.test(w);
}

/**
 * The noun phrase that ends right before `end` in [from, end): its words back to a determiner, a function word, a verb
 * or punctuation, through complement links ("emploi des seniors", "sales in the Houston area" → with one place link),
 * at most eight words, without its leading determiner; null when the word before `end` is no noun.
 * Example: « … de l’emploi des seniors » before « (38 % » → « emploi des seniors ».
 */
function nounPhraseBefore(text: string, from: number, end: number, c: Compiled): { phrase: string; start: number } | null {
  const toks = tokens(text, Math.max(from, end - 160), end);
  if (!toks.length || !JOIN.test(text.slice(toks[toks.length - 1]!.end, end))) return null;
  let k = toks.length - 1;
  if (!npWord(toks[k]!.word, c)) return null;
  let first = k;
  while (k > 0 && toks.length - k < 12) {
    const prev = toks[k - 1]!;
    const gap = text.slice(prev.end, toks[k]!.start);
    if (!JOIN.test(gap)) break;
    const l = low(prev.word);
    if (npWord(prev.word, c)) { k--; first = k; continue; }
    // a determiner after a complement link: "des seniors", "of the board", « de l' »
    if (c.g.determiners.has(l) || /^[ld]'$/u.test(l)) {
      const link = toks[k - 2];
      if (link && JOIN.test(text.slice(link.end, prev.start)) && (c.g.complementLinks.has(low(link.word)) || c.g.placeLinks.has(low(link.word))) && k - 2 > 0 && npWord(toks[k - 3]!.word, c)) {
        k -= 3; first = k; continue;
      }
      if (c.g.complementLinks.has(l)) {
        // « des seniors », « du capital »: the link carries its article
        if (k - 1 > 0 && npWord(toks[k - 2]!.word, c) && JOIN.test(text.slice(toks[k - 2]!.end, prev.start))) { k -= 2; first = k; continue; }
      }
      break;
    }
    if ((c.g.complementLinks.has(l) || c.g.placeLinks.has(l)) && k - 1 > 0 && npWord(toks[k - 2]!.word, c) && JOIN.test(text.slice(toks[k - 2]!.end, prev.start))) {
      k -= 2; first = k; continue;
    }
    break;
  }
  const phrase = text.slice(toks[first]!.start, toks[toks.length - 1]!.end);
  return HAS_LETTER.test(phrase) ? { phrase: phrase.replace(/[ \u00a0]+/gu, ' '), start: toks[first]!.start } : null;
}

/**
 * The complement after `pos`: a link of `links` (then determiners) and the noun phrase it opens, at most six words,
 * one inner link, digits allowed ("des 15-24 ans", "du MoDem", "of the board"); null for an adverbial head (« d'ici »),
 * a date, or nothing. `nameOnly`: the noun phrase must open with a capitalised word ("in California").
 */
function complementAfter(text: string, pos: number, links: ReadonlySet<string>, c: Compiled, nameOnly = false): string | null {
  const toks = tokens(text, pos, Math.min(text.length, pos + 120));
  if (toks.length < 2 || !/^[ \u00a0]{1,2}$/u.test(text.slice(pos, toks[0]!.start))) return null;
  if (!links.has(low(toks[0]!.word))) return null;
  let i = 1;
  while (i < toks.length && (c.g.determiners.has(low(toks[i]!.word)) || /^[ld]'$/u.test(low(toks[i]!.word))) && JOIN.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) i++;
  const head = toks[i];
  if (!head || !JOIN.test(text.slice(toks[i - 1]!.end, head.start))) return null;
  const hl = low(head.word);
  if (c.g.adverbialHeads.has(hl) || c.g.timeWords.has(hl) || (nameOnly && !CAPITAL.test(head.word))) return null;
  if (!npWord(head.word, c) && !/^\d{1,3}-\d{1,3}$/u.test(head.word)) return null;
  let last = i;
  let linked = false;
  for (let j = i + 1; j < toks.length && j - i < 6; j++) {
    const t = toks[j]!;
    if (!JOIN.test(text.slice(toks[j - 1]!.end, t.start))) break;
    const l = low(t.word);
    // (a number inside the phrase, before its noun: "in the fiscal 2005 defense bill")
    const nt = toks[j + 1];
    if (/^\d{1,4}$/u.test(t.word) && nt && JOIN.test(text.slice(t.end, nt.start)) && npWord(nt.word, c) && !c.g.timeWords.has(low(nt.word))) continue;
    if (npWord(t.word, c)) {
      // (a date inside the phrase ends it; a lone modifier before it is no phrase: "in the fiscal year 2002 bill")
      if (c.g.timeWords.has(l) && !/^\d/u.test(head.word)) { if (last === i && !TIME_MODIFIERS.has(l)) return null; break; }
      // (an English participle ends the phrase unless a noun follows it: "of the board resigned", not "of the armed forces")
      if (c.language === 'en' && /ed$/u.test(l) && !(toks[j + 1] && JOIN.test(text.slice(t.end, toks[j + 1]!.start)) && npWord(toks[j + 1]!.word, c))) break;
      last = j;
      continue;
    }
    // one inner link: "des eaux souterraines" after « stations de mesure »
    if (!linked && c.g.complementLinks.has(l)) { linked = true; continue; }
    if (linked && (c.g.determiners.has(l) || /^[ld]'$/u.test(l))) continue;
    break;
  }
  // (a finite verb right after a one-word French noun is fine: « des 15-24 ans sont »; the walk stopped on it)
  return text.slice(toks[0]!.start, toks[last]!.end).replace(/[ \u00a0]+/gu, ' ');
}

/**
 * A determiner or an owner's possessive right before an amount, with at most one adjective between: "a ", "its original ",
 * "Yahoo’s " — group 1: the owner's name.
 */
const MODIFIER_DETERMINER = new RegExp(`(?:^|[^${LETTER}])(?:a|an|the|its|their|his|her|this|that|[a-z]{3,20}['’]s|([${UPPER}][${LETTER}&.-]{1,30}(?:[ \\u00a0][${UPPER}][${LETTER}&.-]{1,30}){0,2})['’]s)[ \\u00a0]{1,2}(?:[a-z]{3,20}[ \\u00a0]{1,2})?$`, 'u');

/**
 * The noun an amount modifies, right after it (one space), with up to two more nouns of its compound and its complement:
 * " tender offer by SoftBank" → "tender offer by SoftBank", " dollar hit on economic growth" → "hit on economic growth",
 * " tariff imposed on consumer goods" (a participle and its preposition); null when no lower-case noun follows.
 */
function modifiedNoun(text: string, pos: number, c: Compiled): string | null {
  const toks = tokens(text, pos, Math.min(text.length, pos + 100));
  let i = 0;
  if (!toks.length || !/^[ \u00a0]$/u.test(text.slice(pos, toks[0]!.start))) return null;
  // ("a $23 billion dollar deal": the currency word repeated)
  if (/^(?:dollars?|euros?|pounds?)$/iu.test(toks[0]!.word)) i = 1;
  const run: Tok[] = [];
  for (; i < toks.length && run.length < 3; i++) {
    const t = toks[i]!;
    if (run.length && !JOIN.test(text.slice(run[run.length - 1]!.end, t.start))) break;
    if (!/^[a-z][a-z-]{1,30}$/u.test(t.word) || !npWord(t.word, c) || c.g.timeWords.has(t.word) || /(?:ed|ing)$/u.test(t.word)) break;
    run.push(t);
  }
  if (!run.length) return null;
  let end = run[run.length - 1]!.end;
  // (a participle and its preposition: "tariff imposed on consumer goods")
  const part = /^[ \u00a0]([a-z]{3,20}ed)(?=[ \u00a0](?:on|to|by|from|for|against)[ \u00a0])/u.exec(text.slice(end, end + 30));
  const compAt = part ? end + part[0].length : end;
  const comp = complementAfter(text, compAt, c.g.modifiedLinks, c);
  if (comp) end = compAt + text.slice(compAt).indexOf(comp) + comp.length;
  else if (part) return text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/[ \u00a0]+/gu, ' ');
  return text.slice(run[0]!.start, end).replace(/[ \u00a0]+/gu, ' ');
}

/** Time words that open a time adjunct ("last year", « l'an dernier » has it after): a phrase before one is whole. */
const TIME_MODIFIERS = new Set(['last', 'next', 'past', 'previous', 'this', 'earlier', 'later', 'ago', 'dernier', 'dernière', 'prochain', 'prochaine']);

/** « et humanitaires » after a counted noun: "et" and one plural word, then punctuation or the end (group 1: the word). */
const FR_COORDINATED = new RegExp(`^[ \\u00a0]et[ \\u00a0]([${LOWER}][${LETTER}-]{2,30}[sx])(?=[ \\u00a0]?[,;.:!?)]|$)`, 'u');

/** A coordinated list of nouns after a counted noun: ", trucks and SUVs", « , camions et utilitaires ». */
const NOUN_LIST = new RegExp(`^(?:,[ \\u00a0][${LETTER}][${LETTER}-]{1,30}){1,3},?[ \\u00a0](?:and|or|et|ou)[ \\u00a0][${LETTER}][${LETTER}-]{1,30}`, 'u');

/** Words that link the verbs of a chain: "expected to be", « ont dû être », « a pu être ». */
const CHAIN = new Set(['to', 'pu', 'dû', 'du', 'su', 'voulu']);

/** True when the subject reads as a clause: it holds an auxiliary, a copula, a modal or a reporting verb. */
function isClause(subject: string, c: Compiled): boolean {
  return subject.split(/[ \u00a0]+/u).some((w) => c.g.finiteVerbs.has(low(w)));
}

/**
 * A subject without its clause: the words after a reporting verb when there are any (the source said what follows),
 * else the words before it; auxiliaries and modals dropped ("people are expected" → "people expected"); trailing
 * function words trimmed. Null when no content word is left.
 */
function withoutClause(subject: string, c: Compiled): string | null {
  let words = subject.split(/[ \u00a0]+/u).filter(Boolean);
  const rep = words.findIndex((w) => c.reporting.has(low(w)));
  if (rep >= 0) {
    const afterRep = words.slice(rep + 1).filter((w) => !c.g.functionWords.has(low(w)) || c.g.complementLinks.has(low(w)));
    words = afterRep.some((w) => npWord(w, c)) ? words.slice(rep + 1) : words.slice(0, rep);
  }
  // (the auxiliaries and modals of a verb chain go, the lexical verb stays, non-finite: a participle describes the noun —
  // "are expected to be displaced" → "displaced", « ont été fermées » → « fermées » — and an infinitive or a participle
  // with its object names what is measured — "donors have donated" → "donors donated", « peuvent avorter » → « avorter »)
  const verb = words.map((w) => c.g.finiteVerbs.has(low(w)));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < words.length; k++) {
      if (verb[k] || !CHAIN.has(low(words[k]!))) continue;
      if (verb[k - 1] || verb[k + 1]) verb[k] = true;
    }
  }
  words = words.filter((_, k) => !verb[k]);
  // (a trailing adverbial link: « emplois d'ici » from « 3 000 emplois d'ici 2020 »)
  if (words.length > 1 && c.g.adverbialHeads.has(low(words[words.length - 1]!).replace(/^[ld]['’]/u, '')) && /^[ld]['’]/u.test(low(words[words.length - 1]!))) words.pop();
  while (words.length && (c.g.functionWords.has(low(words[0]!)) || c.g.determiners.has(low(words[0]!)))) words.shift();
  while (words.length && (c.g.functionWords.has(low(words[words.length - 1]!)) || c.g.determiners.has(low(words[words.length - 1]!)))) words.pop();
  const s = words.join(' ');
  return words.some((w) => npWord(w, c)) ? s : null;
}

/** Bounds of the sentence holding `offset`, or a 300-code-unit window. */
function sentenceOf(doc: AnalysedText, offset: number): { start: number; end: number } {
  return sentenceBoundsAt(doc.sentences, doc.text.length, offset);
}

/** An opening bracket right before a figure, with an optional sign: "(", "(+ ", « (– » — group 1: the sign. */
const BRACKET_BEFORE = /\([ \u00a0]{0,2}([+\-–−][ \u00a0]{0,2})?$/u;
/** A sign right before the digits of a figure in brackets: " (+ 0,5 %" (the sign the quantity pass left out). */
const SIGN_IN_BRACKET = /\([ \u00a0]{0,2}([+\-–−])[ \u00a0]{0,2}$/u;
/** A subject ending on an elided adverbial link: « emplois d'ici » (from « 3 000 emplois d'ici 2020 »). */
const TRAILING_ADVERBIAL = /[ \u00a0]d['’](?:ici|abord|avance|emblée|autant)$/iu;
/** A per-unit phrase only: "par an", "per year" — no subject. */
const PER_ONLY = /^(?:par|per|a|an)[ \u00a0]/iu;

/**
 * Refines the subject and direction of `metrics` (the output of the quantity and contextual passes, in text order) with
 * the noun-phrase grammar of the module comment; changes them in place and returns the list.
 */
export function refineMetricSubjects(doc: AnalysedText, metrics: Draft<Metric>[]): Draft<Metric>[] {
  const { text } = doc;
  const language: Language = doc.language === 'fr' ? 'fr' : 'en';
  const c = compiled(language);
  /** The topic of the last bracketed figure, per sentence start: « pouvoir d'achat … » for the next item of its list. */
  let bracketTopic: { sentence: number; topic: string } | null = null;
  for (let i = 0; i < metrics.length; i++) {
    const m = metrics[i]!;
    const sent = sentenceOf(doc, m.evidence.start);
    const beforeText = text.slice(Math.max(sent.start, m.evidence.start - 40), m.evidence.start);
    const afterText = text.slice(m.evidence.end, Math.min(sent.end, m.evidence.end + 80));

    // direction from a signed figure in brackets (ruleId metrics/subject/direction-sign)
    const sign = SIGN_IN_BRACKET.exec(beforeText);
    if (sign && !m.change && (m.unit === '%' || m.unit === 'pp' || /^[A-Z]{3}$/u.test(m.unit))) m.change = sign[1] === '+' ? 'increase' : 'decrease';
    // direction from the phrase after the figure (ruleId metrics/subject/direction-from)
    const da = c.directionAfter.exec(afterText);
    if (da) m.change = da[1] ? 'decrease' : 'increase';
    // "to yield 2.252%, from 2.293%": the level reached is above or below the one it left (ruleId metrics/subject/direction-from)
    const nx = metrics[i + 1];
    if (!da && nx && nx.unit === m.unit && nx.value !== m.value && nx.evidence.start > m.evidence.end && nx.evidence.start - m.evidence.end <= 10
      && c.fromLevel.test(text.slice(m.evidence.end, Math.min(text.length, nx.evidence.start + 6)))) {
      m.change = m.value > nx.value ? 'increase' : 'decrease';
    }
    // direction of a from–to move that names none: the figure reached after the one moved from
    // (ruleId metrics/subject/direction-from-to)
    const next = metrics[i + 1];
    if (next && !next.change && next.unit === m.unit && c.neutralMove.test(beforeText) && next.evidence.start < sent.end) {
      const link = text.slice(m.evidence.end, next.evidence.start);
      if (c.reachLink.test(link) && link.length <= 12 && next.value !== m.value) next.change = next.value > m.value ? 'increase' : 'decrease';
    }

    // (a range read as one figure, « passant de près de 0 à 60 000 tweets »: its upper bound is the figure reached)
    if (/range-upper$/u.test(m.ruleId) && !m.change && i > 0 && metrics[i - 1]!.evidence.start === m.evidence.start
      && c.neutralVerb.test(beforeText) && /^(?:de|d['’]|from)[ \u00a0]/iu.test(m.evidence.text) && m.value !== metrics[i - 1]!.value) {
      m.change = m.value > metrics[i - 1]!.value ? 'increase' : 'decrease';
    }
    // a subject is never a clause (ruleId metrics/subject/no-clause)
    // (only a noun phrase followed by its verb: a predicate standing for an elided noun stays, « 393 n'ont pas encore pu
    // être joints »)
    const sw = m.subject ? m.subject.split(/[ \u00a0]+/u) : [];
    if (m.subject && (isClause(m.subject, c) || TRAILING_ADVERBIAL.test(m.subject))
      && ((npWord(sw[0]!, c) && !/^[nqsdlc]['’]/iu.test(m.subject)) || sw.every((w) => c.g.finiteVerbs.has(low(w))))) {
      const head = /\/count$/u.test(m.ruleId)
        ? tokens(text, m.evidence.start, m.evidence.end).filter((t) => npWord(t.word, c) && !c.g.adverbialHeads.has(low(t.word))).pop()?.word
        : undefined;
      const had = head !== undefined && fold(m.subject).includes(fold(head));
      m.subject = withoutClause(m.subject, c);
      // (a count keeps its noun: « l'attaque a fait 14 morts » → « attaque morts »)
      if (had && !fold(m.subject).includes(fold(head))) m.subject = m.subject ? `${m.subject} ${head}` : head!;
    }
    if (m.subject && PER_ONLY.test(m.subject) && BRACKET_BEFORE.test(beforeText)) m.subject = null;

    // a bracketed figure measures the noun phrase before the bracket (ruleId metrics/subject/bracket)
    // (not a count, which names its own noun: « l'une basée en Isère (2 100 employés) »; not a conversion of the figure
    // before: "$12.9bn (£10bn)", "820 km (510 miles)")
    const br = /\/count$/u.test(m.ruleId) ? null : BRACKET_BEFORE.exec(beforeText);
    const paren = br ? m.evidence.start - br[0].length : -1;
    if (br && !metrics.some((o) => o !== m && o.evidence.end <= paren && paren - o.evidence.end <= 3)) {
      const found = nounPhraseBefore(text, sent.start, paren, c);
      const np = found?.phrase ?? null;
      const npWords = np ? np.split(' ').map(low) : [];
      // (nor a figure with a unit the quantity pass did not read: "2,900,000 N (656,000 lb)")
      const lead = text.slice(Math.max(sent.start, paren - 12), paren).trimEnd();
      if (np && !npWords.some((w) => c.g.timeWords.has(w)) && !/[\d%$€£]$/u.test(lead) && !/\d[ \u00a0]?[A-Za-z°µ]{1,4}$/u.test(lead)) {
        const si = sent.start;
        // (a group after "pour"/"for": the topic of the clause, or of the bracket before in the list)
        const lead = tokens(text, Math.max(sent.start, found!.start - 24), found!.start);
        // (past the article of the group: "pour les cadres", "for the workers")
        let prevWord = lead.pop();
        if (prevWord && (c.g.determiners.has(low(prevWord.word)) || /^[ld]'$/u.test(low(prevWord.word)))) prevWord = lead.pop();
        const pp = prevWord && /^(?:pour|for|chez|among|parmi)$/iu.test(prevWord.word);
        let topic: string | null = bracketTopic && bracketTopic.sentence === si ? bracketTopic.topic : null;
        if (pp && !topic) {
          topic = clauseTopic(text, sent.start, found!.start, c);
        }
        const inside = complementAfter(text, m.evidence.end, c.g.complementLinks, c);
        const own = inside ? `${np} (${inside.replace(/^(?:de|du|des|d'|d’|of)[ \u00a0]+(?:(?:the|les|le|la|l['’])[ \u00a0]*)?/iu, '')})` : np;
        const subject = topic ? `${topic} ${pp ? `${prevWord!.word.toLowerCase()} ` : ''}${own}` : own;
        if (!m.subject || !fold(m.subject).includes(fold(np)) || inside) m.subject = subject;
        if (topic || pp) bracketTopic = { sentence: si, topic: topic ?? np };
      }
    }

    const subj = m.subject ?? '';
    // a counted noun keeps its complements (ruleId metrics/subject/counted-complement)
    if (/\/count$/u.test(m.ruleId) && subj) {
      const evToks = tokens(text, m.evidence.start, m.evidence.end);
      const lastEv = evToks[evToks.length - 1];
      if (lastEv && fold(subj).endsWith(fold(lastEv.word))) {
        const list = NOUN_LIST.exec(afterText);
        let ext = '';
        let at = m.evidence.end;
        if (list && !list[0].split(/[ ,\u00a0]+/u).slice(1).some((w) => c.g.functionWords.has(low(w)) && !/^(?:and|or|et|ou)$/iu.test(w) || c.g.finiteVerbs.has(low(w)) || c.g.determiners.has(low(w)))) {
          ext = list[0];
          at += list[0].length;
        }
        // (French: one coordinated plural adjective or noun, « 55 personnels de santé et humanitaires »)
        const co = c.language === 'fr' && !ext ? FR_COORDINATED.exec(afterText) : null;
        if (co && !(co[1]!.toLowerCase() in FR_CONTEXTUAL_METRICS.numberWords) && !c.g.finiteVerbs.has(low(co[1]!)) && !c.g.functionWords.has(low(co[1]!))) {
          ext = co[0].trimEnd();
          at += ext.length;
        }
        const comp = complementAfter(text, at, c.g.complementLinks, c) ?? complementAfter(text, at, c.g.placeLinks, c, true);
        if (comp) ext = `${ext} ${comp}`;
        if (ext && !fold(subj).includes(fold(ext.trim()))) m.subject = `${subj}${ext.startsWith(',') ? '' : ' '}${ext.trim()}`.replace(/[ \u00a0]+/gu, ' ');
      }
    }
    // "30 % des 15-24 ans": the whole a share is taken of, digits included (ruleId metrics/subject/share-of)
    if (!m.subject && (m.unit === '%' || m.unit === 'pp')) {
      const of = complementAfter(text, m.evidence.end, c.g.complementLinks, c);
      if (of) m.subject = of.replace(/^(?:de|du|des|d'|d’|of)[ \u00a0]+(?:(?:the|les|le|la|l['’])[ \u00a0]*)?/iu, '');
    }
    // an amount between a determiner (or an owner's possessive) and a noun modifies that noun, with its complement: "a $3
    // billion tender offer by SoftBank", "its $1 billion buyout of Instagram", "Yahoo’s $4.8 billion sale to Verizon", "a
    // 15 percent tariff imposed on consumer goods" (ruleId metrics/subject/amount-modifier)
    if (language === 'en' && !/\/count$/u.test(m.ruleId) && m.unit !== 'pp') {
      const det = MODIFIER_DETERMINER.exec(beforeText);
      const noun = det ? modifiedNoun(text, m.evidence.end, c) : null;
      if (det && noun) {
        const owner = det[1] ?? null;
        const cur = m.subject ?? '';
        const firstWord = low(noun.split(' ')[0]!);
        const bare = fold(cur).replace(/'s$/u, '');
        if (!cur || !cur.includes(' ') || (owner && bare === fold(owner)) || low(cur).endsWith(` ${firstWord}`) || isClause(cur, c)
          || fold(text.slice(Math.max(sent.start, m.evidence.start - 80), m.evidence.start)).includes(bare)) {
          m.subject = owner && !fold(noun).includes(fold(owner)) ? `${owner} ${noun}` : noun;
        }
      }
    }
    // a counted noun keeps its fixed post-modifier: « six enquêtes en cours », « deux affaires classées sans suite », « les 25
    // tweets les plus partagés » (ruleId metrics/subject/counted-complement)
    if (/\/count$/u.test(m.ruleId) && m.subject) {
      const pm = c.postModifier.exec(text.slice(m.evidence.end, Math.min(sent.end, m.evidence.end + 40)));
      if (pm && !fold(m.subject).includes(fold(pm[1]!))) m.subject = `${m.subject} ${pm[1]!.replace(/[ \u00a0]+/gu, ' ')}`;
    }
    // a label before a colon names the figure after it: « Coût de l'opération : 100 000 euros », "Death toll: 30"; and joins
    // the subject of a figure that ends its sentence after one: « par son taux d'emploi global : 63,1 % »
    // (ruleId metrics/subject/colon-label)
    {
      const cm = /([^\s:])[ \u00a0]{0,2}:[ \u00a0]{0,2}$/u.exec(beforeText);
      if (cm && !/\d$/u.test(cm[1]!)) {
        const colon = m.evidence.start - cm[0].length + cm[1]!.length;
        const np = nounPhraseBefore(text, sent.start, colon, c);
        // (not a predicate adjective, "would be substantial: 9.9%", nor a discourse label, « Autre mesure : 88 % »)
        const before = np ? tokens(text, Math.max(sent.start, np.start - 30), np.start).pop() : undefined;
        const label = np && !np.phrase.split(' ').some((w) => c.g.timeWords.has(low(w)) || c.g.finiteVerbs.has(low(w)))
          && !(before && c.g.finiteVerbs.has(low(before.word))) && !c.g.discourseLabels.has(low(np.phrase.split(' ')[0]!)) ? np.phrase : null;
        if (label && !fold(m.subject).includes(fold(label))) m.subject = m.subject ? `${label} ${m.subject}` : label;
      }
    }
    // a figure compared with the one before keeps its subject: « (38 % des 55-64 ans …, contre 44 % dans l'ensemble de
    // l'Union) », "4.1%, compared with 3.8% in the euro zone" (ruleId metrics/subject/compare)
    const prev = metrics[i - 1];
    if (!m.subject && prev && prev.subject && prev.unit === m.unit && prev.evidence.end >= sent.start && c.compareBefore.test(beforeText)) {
      const where = complementAfter(text, m.evidence.end, c.g.placeLinks, c);
      m.subject = where ? `${prev.subject} ${where}` : prev.subject;
    }
    // a figure with no subject yet measures the grammatical subject of its verb: « La participation au second tour de
    // l'élection présidentielle, les 16 et 17 juin, a été de 51 % », "Turnout in the runoff was 51%"
    // (ruleId metrics/subject/clause-subject)
    if (!m.subject && !/\/count$/u.test(m.ruleId)) {
      const np = clauseSubjectBefore(text, Math.max(sent.start, m.evidence.start - 200), m.evidence.start, c);
      if (np) m.subject = np;
      // a third-person pronoun opening the sentence stands for the subject of the sentence before: "Inflation eased
      // again. It stood at 2.4% in September." → "Inflation"; « Le chômage recule. Il s'établit à 7,1 % » → « chômage »
      // (ruleId metrics/subject/pronoun-antecedent)
      else if (PRONOUN_OPENING.test(text.slice(sent.start, m.evidence.start))) m.subject = previousSentenceSubject(doc, sent.start, metrics, i, c);
    }
    // "rose 6/32 in price to yield 1.786%": the measure a verb names joins the subject (ruleId metrics/subject/measure-verb)
    const mv = c.measureVerb.exec(beforeText);
    if (mv && !fold(m.subject).includes(fold(mv[1]!))) m.subject = m.subject ? `${m.subject} ${mv[1]!.toLowerCase()}` : mv[1]!.toLowerCase();
    // a clause-initial premodifier belongs to the noun phrase: "New vehicle sales …" (ruleId metrics/subject/premodifier)
    if (m.subject && language === 'en') {
      const at = text.lastIndexOf(m.subject, m.evidence.start);
      // (one word opens the sentence: at most a token's length from its start — a bound that also keeps a sentence of
      // thousands of figures linear, since each figure would otherwise tokenise the sentence from its start)
      if (at > sent.start && at - sent.start <= MAX_TOKEN_SPAN && m.evidence.start - at < 200) {
        const lead = tokens(text, sent.start, at);
        if (lead.length === 1 && JOIN.test(text.slice(lead[0]!.end, at)) && npWord(lead[0]!.word, c) && !/(?:ed|s)$/u.test(lead[0]!.word)) {
          m.subject = `${lead[0]!.word} ${m.subject}`;
        }
      }
    }
    // a subject is a noun phrase, never the end of a sentence: no closing punctuation ("people marched in Paris." →
    // "… in Paris"; dotted initials keep their dot, "in the U.S.") (ruleId metrics/subject/no-clause)
    if (m.subject) m.subject = withoutEndPunctuation(m.subject) || null;
    if (m.subject) m.subject = withoutTrailingVerbs(text, sent, m, m.subject, c);
    // "The Fed raised rates to a range of 5.25% to 5.5%", « a fixé ses taux dans une fourchette de 3,75 % à 4 % »: a range
    // bounds what the noun phrase before it measures, not the word "range" (ruleId metrics/subject/range-noun)
    if (m.subject && RANGE_NOUN.test(m.subject)) {
      const rm = RANGE_BEFORE.exec(text.slice(Math.max(sent.start, m.evidence.start - 60), m.evidence.start));
      const np = rm ? nounPhraseBefore(text, sent.start, m.evidence.start - rm[0].length, c) : null;
      // (the object of the verb before it: "Fed raised rates" → "rates")
      const words = np ? np.phrase.replace(/^(?:l['’]|(?:le|la|les|the)[ \u00a0])/iu, '').split(' ') : [];
      let k = words.length - 1;
      while (k > 0 && !PAST_FORM.test(words[k - 1]!)) k--;
      if (words.length) m.subject = (k > 0 ? words.slice(k) : words).join(' ');
    }
    // « Le plafond du prix du baril » : the price of a unit is given per that unit (ruleId metrics/subject/price-per)
    if (m.subject && !m.per && /^[A-Z]{3}$/u.test(m.unit)) {
      const pu = PRICE_OF_UNIT.exec(m.subject);
      if (pu) m.per = pu[1]!.toLowerCase();
    }
  }
  return metrics;
}

/** A subject that is only the word for a range. */
const RANGE_NOUN = /^(?:(?:target|trading)[ \u00a0])?(?:range|band|corridor|fourchette|bande|plage|corridor)$/iu;
/** The link before a range and its opener, anchored at the figure: " to a range of ", « dans une fourchette de ». */
const RANGE_BEFORE = /[ \u00a0](?:to|in|within|into|at|à|dans|sur)[ \u00a0](?:a|an|the|its|une|la|sa|leur)[ \u00a0](?:(?:new|target|trading|nouvelle)[ \u00a0])?(?:range|band|corridor|fourchette|bande|plage)[ \u00a0](?:of|de|d['’]|between|from|entre|allant[ \u00a0]de)[ \u00a0]{0,2}$/iu;

/** A lower-case past form, a verb before its object: "raised", « relevé ». */
const PAST_FORM = /^\p{Ll}{3,}(?:ed|é|ée|és|ées)$/u;

/** "price of a barrel", « prix du baril », « cours de la tonne »: group 1 the unit a price is given for. */
const PRICE_OF_UNIT = /(?:^|[ \u00a0])(?:prix|cours|price|cost)[ \u00a0](?:du|de[ \u00a0]la|de[ \u00a0]l['’]|of[ \u00a0](?:a|an|the|one))[ \u00a0]?(baril|barrel|tonne|ton|litre|liter|gallon|once|ounce|kilo|mégawattheure|megawatt-hour|action|share)(?![\p{L}])/iu;

/** Verbs of paying among the trailing verbs. */
const PAY_VERB = /^(?:pay|paid|pays|payer|paie|paiera|versé|versera|verser)$/iu;

/** A French pronominal verb form: « s'élève », « s'établit », « s'échangeait ». */
const PRONOMINAL_VERB = /^s['’]\p{L}{3,}$/u;

/**
 * `subject` without the verbs and participles that end it (lexicon `trailingVerbs`): "data center sales reached" → "data
 * center sales", « chiffre d'affaires atteindrait » → « chiffre d'affaires » (ruleId metrics/subject/trailing-verb).
 * A subject that was only a participle in apposition (« Le plafond du prix du baril, fixé à 60 dollars ») takes the noun
 * phrase before its comma; an amount paid ("Goldman Sachs Group Inc. agreed to pay $215 million to settle") names the
 * settlement or fine it is paid as, when the text says so. Keeps `subject` when nothing better is found.
 */
function withoutTrailingVerbs(text: string, sent: { start: number; end: number }, m: Draft<Metric>, whole: string, c: Compiled): string {
  // (the unit a price is given for, appended last, stays last: "brut s'échangeait par baril" → « brut par baril »)
  const perTail = m.per ? ` ${c.language === 'fr' ? 'par' : 'per'} ${m.per}` : '';
  const subject = perTail && whole.endsWith(perTail) && whole.length > perTail.length ? whole.slice(0, -perTail.length) : whole;
  const tail = subject === whole ? '' : perTail;
  const words = subject.split(/[ \u00a0]+/u);
  let n = words.length;
  let paid = false;
  // (a verb of paying goes only when the text names what the payment is: « condamnée à verser 1 milliard » keeps « verser »)
  const st = c.settlementAfter.exec(text.slice(m.evidence.end, Math.min(sent.end, m.evidence.end + 60)));
  while (n > 0 && (c.trailingVerbs.has(words[n - 1]!.toLowerCase()) || PRONOMINAL_VERB.test(words[n - 1]!))) {
    if (PAY_VERB.test(words[n - 1]!)) {
      if (!st) break;
      paid = true;
    }
    n--;
  }
  if (n === words.length) return whole;
  let out = words.slice(0, n).join(' ');
  if (!n) {
    // (a participle in apposition: the noun phrase before its comma)
    const at = text.lastIndexOf(subject, m.evidence.start);
    const comma = at > sent.start ? text.slice(sent.start, at).search(/,[ \u00a0]{0,2}$/u) : -1;
    const np = comma >= 0 ? nounPhraseBefore(text, sent.start, sent.start + comma, c) : null;
    if (!np) return whole;
    out = np.phrase.replace(/^(?:l['’]|(?:le|la|les|the)[ \u00a0])/iu, '');
  }
  if (paid && st) {
    out = `${out} ${st[1] ? c.g.settlementNouns[0] : c.g.settlementNouns[1]}`;
  }
  return `${out}${tail}`;
}

/** Clause punctuation that may end a subject before it is trimmed. */
const END_PUNCT = new Set([',', ';', ':', '!', '?', '…']);
const UPPER_CHAR = new RegExp(`^[${UPPER}]$`, 'u');
const LETTER_CHAR = new RegExp(`^[${LETTER}]$`, 'u');

/** True when `s` before `at` ends with dotted initials whose last letter has no dot yet: "U.S" in "U.S." (so that dot stays). */
function initialsBefore(s: string, at: number): boolean {
  let k = at;
  if (k < 1 || !UPPER_CHAR.test(s[k - 1]!)) return false;
  k--;
  while (k >= 2 && s[k - 1] === '.' && UPPER_CHAR.test(s[k - 2]!)) {
    k -= 2;
    if (k === 0 || !LETTER_CHAR.test(s[k - 1]!)) return true;
  }
  return false;
}

/**
 * `subject` without the sentence or clause punctuation ending it (spaces before a comma, semicolon, colon, "!", "?", "…",
 * and full stops), except the dot of dotted initials ("U.S."): "people marched in Paris." → "people marched in Paris".
 * A loop from the end, linear in the length (a regex anchored at `$` retried at each start is quadratic on long runs).
 */
function withoutEndPunctuation(subject: string): string {
  let end = subject.length;
  for (;;) {
    let k = end;
    while (k > 0 && END_PUNCT.has(subject[k - 1]!)) k--;
    if (k < end) {
      while (k > 0 && (subject[k - 1] === ' ' || subject[k - 1] === '\u00a0')) k--;
      end = k;
      continue;
    }
    if (end > 0 && subject[end - 1] === '.' && !initialsBefore(subject, end - 1)) { end--; continue; }
    return subject.slice(0, end);
  }
}

/**
 * The noun phrase subject of the first finite verb in [from, end): the phrase right before the verb, or before an
 * incidental between commas that separates them (« La participation au second tour …, les 16 et 17 juin, a été de »);
 * null without a verb, for a pronoun, or when another figure stands between the verb and `end`.
 */
function clauseSubjectBefore(text: string, from: number, end: number, c: Compiled): string | null {
  const toks = tokens(text, from, end);
  const v = toks.findIndex((t) => c.g.finiteVerbs.has(low(t.word)) && !c.reporting.has(low(t.word)));
  if (v <= 0 || /\d/u.test(text.slice(toks[v]!.end, end))) return null;
  let at = toks[v]!.start;
  // (past the auxiliaries before the verb: « a été », "has been"; past one incidental between commas)
  let k = v;
  while (k > 0 && c.g.finiteVerbs.has(low(toks[k - 1]!.word))) at = toks[--k]!.start;
  let lead = text.slice(from, at).trimEnd();
  if (lead.endsWith(',')) {
    const open = lead.lastIndexOf(',', lead.length - 2);
    if (open > 0 && lead.length - open < 50) lead = lead.slice(0, open);
  }
  const np = nounPhraseBefore(text, from, from + lead.length, c);
  if (!np || PRONOUN.test(np.phrase) || np.phrase.split(' ').some((w) => c.g.timeWords.has(low(w)))) return null;
  return np.phrase;
}

/** A third-person subject pronoun opening a sentence, the figure's clause after it ("It stood at", « Il s'établit à »). */
const PRONOUN_OPENING = /^[ \u00a0"“«]{0,3}(?:il|elle|ils|elles|it|they)[ \u00a0]/iu;

/**
 * The subject of the sentence before the one starting at `sentStart`, for a pronoun opening that sentence: the subject
 * of that sentence's last figure when it has one, else the subject of its first finite verb ({@link clauseSubjectBefore});
 * null when that is a pronoun or a name of time, or there is no sentence before in the same paragraph.
 */
function previousSentenceSubject(doc: AnalysedText, sentStart: number, metrics: readonly Draft<Metric>[], i: number, c: Compiled): string | null {
  const { text } = doc;
  const k = sentenceIndexAt(doc.sentences, sentStart);
  const prev = k > 0 ? doc.sentences[k - 1]! : null;
  // (the same paragraph: no blank line between the two sentences)
  if (!prev || /\n[ \t\u00a0]*\n/u.test(text.slice(prev.end, sentStart))) return null;
  for (let j = i - 1; j >= 0 && metrics[j]!.evidence.start >= prev.start; j--) {
    if (metrics[j]!.evidence.start < sentStart && metrics[j]!.subject) return metrics[j]!.subject;
  }
  return clauseSubjectBefore(text, prev.start, Math.min(prev.end, prev.start + 200), c);
}

/** Pronouns, which name nothing measured: "il", "elle", "it", "they". */
const PRONOUN = /^(?:il|elle|ils|elles|on|it|they|he|she|we|this|that|cela|ceci|ça)$/iu;

/**
 * The topic of the clause before `end`: the noun phrase that opens it after a clause mark or a fronted adverbial, up to
 * its verb or its first non-complement preposition (« Entre 1998 et 2004, le pouvoir d'achat du salaire … a stagné » →
 * « pouvoir d'achat du salaire … »); null when none.
 */
function clauseTopic(text: string, from: number, end: number, c: Compiled): string | null {
  const chunk = text.slice(from, end);
  const cut = Math.max(chunk.indexOf(', '), 0);
  const toks = tokens(text, from + cut, end);
  let i = 0;
  while (i < toks.length && (c.g.determiners.has(low(toks[i]!.word)) || /^[ld]'$/u.test(low(toks[i]!.word)) || c.g.functionWords.has(low(toks[i]!.word)))) i++;
  const words: Tok[] = [];
  for (let j = i; j < toks.length && words.length < 8; j++) {
    const l = low(toks[j]!.word);
    if (c.g.finiteVerbs.has(l)) break;
    if (npWord(toks[j]!.word, c) || c.g.complementLinks.has(l) || /^[ld]'$/u.test(l) || (words.length && c.g.determiners.has(l))) { words.push(toks[j]!); continue; }
    break;
  }
  while (words.length && !npWord(words[words.length - 1]!.word, c)) words.pop();
  if (!words.length) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[ \u00a0]+/gu, ' ');
}


