/**
 * Metric extractor: numbers that measure something — percentages,
 * percentage points, money and counts of a noun — with their change
 * direction, subject, qualifier, range and per-unit denominator.
 *
 * The number grammar is {@link recognizeQuantities} (src/numbers); this
 * module decides which quantities are measurements (not dates, years, ages,
 * labels or articles) and reads their context. Per-language data lives in
 * `src/lexicon/{en,fr}/metrics.ts`; the logic is the same for both languages.
 *
 * @module
 */
import type { AnalysedText, Change, Draft, Language, Metric, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import { makeSpan } from '../text/span.js';
import { quantityLexicon, recognizeQuantities } from '../numbers/quantities.js';
import type { MetricLexicon, Quantity } from '../numbers/types.js';
import { EN_METRIC_LEXICON } from '../lexicon/en/metrics.js';
import { FR_METRIC_LEXICON } from '../lexicon/fr/metrics.js';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../text/char-classes.js';
import { sentenceIndexAt } from '../text/sentences.js';
import { supplementMetrics } from './metrics-context.js';
import { refineMetricSubjects } from './metrics-subject.js';
import { allMatches } from '../text/matches.js';

/** The metric lexicon of a language. */
export function metricLexicon(language: Language): MetricLexicon {
  return language === 'fr' ? FR_METRIC_LEXICON : EN_METRIC_LEXICON;
}

interface Rules {
  lex: MetricLexicon;
  language: Language;
  /** All change cues; group 1 = increase, group 2 = decrease. */
  cue: RegExp;
  qualifiers: Array<{ re: RegExp; qualifier: NonNullable<Metric['qualifier']> }>;
  /** "per barrel", "par an", "a share", "le litre", "/an". */
  per: RegExp;
  partitive: RegExp;
  age: RegExp;
  /** A qualifier at the end of a string ("environ ", "more than "). */
  qualifierTail: RegExp;
  /** Fractions of a percentage point in words ("a quarter point", « un demi-point »), with their value (ruleId metrics/fraction-points). */
  fractionPoints: Array<{ re: RegExp; value: number }>;
  /** A whole word that is an irregular past participle ("cut", « perdus »): a passive only after an auxiliary. */
  irregularParticiple: RegExp;
  /** A whole string that is a qualifier ("Nearly ", « Jusqu'à »): a capitalised sentence opener before a count (ruleId metrics/qualifier-at-start). */
  qualifierWhole: RegExp;
  /** Text ending right before the denominator of a proportion: "one in ", « un ménage sur » (ruleId metrics/proportion-denominator). */
  proportionBefore: RegExp;
  /** Words after a time noun that make it a relative date or an age ("ago", "old", "plus tard"). */
  durationAfterStop: RegExp;
  /** Right after a bare number, a comparative standing for the noun of the count before it (« 33 de plus »; ruleId metrics/elided-comparative). */
  elidedComparative: RegExp;
  /** Words before a number + time noun that make it a relative date or a clock time ("il y a", "à", "at"). */
  durationBeforeStop: RegExp;
  /** Context before "N ans" / "N years" that makes it an age ("Jean, 42 ans", "un homme de 42 ans"). */
  ageBefore: RegExp;
  /** A penalty complement right after a time noun (« de prison », « ferme », "in prison"): a duration (ruleId metrics/penalty-duration). */
  penaltyAfter: RegExp;
  /** Approximate collectives: "une vingtaine (de)", "a dozen". Group 1 = the word. */
  collective: RegExp;
  /** A tax-like noun ending the text before a rate ("la taxe de", "a tax of"). */
  tax: RegExp;
  /** Only a level link between two figures: ", à", "to", "from". */
  levelLink: RegExp;
  /** A restatement link just before a quantity ("soit", "or", "i.e."). */
  restate: RegExp;
  /** A change word alone (group 1 increase, group 2 decrease). */
  cueExact: RegExp;
  /** Words allowed between a change word and a count it governs. */
  countGap: RegExp;
  /** A comparison or list link just before a quantity ("contre", "au lieu de", "compared with", "and"). */
  compare: RegExp;
  /** A passive predicate after a counted noun ("ont été arrêtées", "were killed", "are expected to be displaced"). */
  passive: RegExp;
  /** A word of polls and votes (lexicon `pollWords`): the context of gap points (ruleId metrics/gap-points). */
  poll: RegExp;
  /** A reduced passive relative with its agent after a counted noun: ", flattened by", ", détruites par". Group 1 = participle. */
  reducedPassive: RegExp;
  /** Grade-change words for measure-noun figures only ("dégradées", "downgraded"); group 1 increase, group 2 decrease. */
  degreeCue: RegExp;
  /** The opener of a whole set, alone before a number at the start of its clause ("Of the ", "Sur les "). */
  setTotal: RegExp;
  /** A holding verb ending the text before a figure ("which currently holds ", "détient "). */
  holdVerb: RegExp;
  /** "<subject> includes a <noun phrase> of " before an amount; group 1 = subject…noun phrase. */
  inclusion: RegExp;
  /** A share's total, its distribution verb and who bears it, right after the figure; groups: total, preposition, bearer. */
  distribution: RegExp;
  /** The preposition and bearer of an elliptical second share: " sur les entreprises", " on companies". */
  bearer: RegExp;
  /** After a bare number, a dash or colon then "the number of" (« le nombre de »): an apposition naming what it counts. */
  apposition: RegExp;
  /** Right after a figure, a link to the group it is taken in (" chez ", " among "), up to the group's first word. */
  groupLink: RegExp;
  /** A definite amount's determiner at the end of the text before it ("the ", "les "). */
  moneyDeterminer: RegExp;
  /** A money participle right after an amount (" spent", " investis"). */
  moneyParticiple: RegExp;
  /** A word ending like a past participle ("publiées", "diverted"). */
  participleEnd: RegExp;
  /** A whole word that is a capitalised plural demonym ("Français", "Americans"); ruleId metrics/count-demonym. */
  demonym: RegExp;
  /**
   * A rank: ordinal digits or an ordinal word then a rank noun (« la 124e place », « la neuvième place », "in 124th place");
   * group 1 digits, group 2 the ordinal word, group 3 the noun.
   */
  rank: RegExp;
  /** A subset or contrast opener at the end of the text before a count (« dont », « tandis que », "including"). */
  subsetOpener: RegExp;
  /** A level link ending the text before a figure: "fell to ", « a baissé à » (lexicon `levelLinks`). */
  levelBefore: RegExp;
  /** A verb of move or of setting a level right before the "from"/« de » of a pair (lexicon `fromToMoves`; ruleId metrics/from-to). */
  fromToMove: RegExp;
  /** A verb spanning a range right before the "from"/« de » of a pair (lexicon `fromToRanges`; ruleId metrics/from-to). */
  fromToRange: RegExp;
}

const RULES = new Map<Language, Rules>();

function rulesFor(language: Language): Rules {
  const cached = RULES.get(language);
  if (cached) return cached;
  const lex = metricLexicon(language);
  const inc = lex.increase.join('|');
  const dec = lex.decrease.join('|');
  const B = `(?<![${LETTER}${DIGIT}])`;
  const E = `(?![${LETTER}${DIGIT}])`;
  // (an elided article joins its noun, « l'an »; a whole one is followed by a space — "an hour" is not "a" + "n hour")
  const perArticle = lex.perArticle.map((a) => (/['’]$/.test(a) ? `${a.replace(/['’]$/, "['’]")}\\s{0,2}` : `${a}\\s{1,2}`)).join('|');
  const r: Rules = {
    lex,
    language,
    // e.g. "auraient bondi de 200 %" → "bondi"; "shares fell 5%" → "fell"
    cue: new RegExp(`${B}(?:(${inc})|(${dec}))${E}`, 'giu'),
    qualifiers: lex.qualifiers.map((q) => ({ re: new RegExp(`${B}${q.pattern}\\s{0,2}$`, 'iu'), qualifier: q.qualifier })),
    // e.g. "$55.12 per barrel", "3,5 milliards par an", "$98 a share", "1,2 € le litre", "10 €/mois"
    per: new RegExp(
      `[ \\t\\u00a0\\u202f]{0,2}(?:(?:${lex.perOpen.join('|')})\\s{1,2}([${LOWER}][${LETTER}${MARK}-]{0,30})` +
        `|(?:${perArticle})([${LOWER}][${LETTER}${MARK}]{0,30})(?!\\s{1,2}(?:${lex.durationAfterStop}|${lex.perArticleStop})${E})|/\\s{0,1}([${LOWER}][${LETTER}${MARK}]{0,30}))${E}`,
      'uy',
    ),
    partitive: new RegExp(`[ \\t\\u00a0\\u202f]{1,2}${lex.partitive}`, 'iuy'),
    age: new RegExp(lex.agePrefix, 'iu'),
    // e.g. "plus de " at the end of "mineurs de plus de "
    qualifierTail: new RegExp(`(?:${lex.qualifiers.map((x) => x.pattern).join('|')})[ \\t\\u00a0]{0,2}$`, 'iu'),
    // e.g. "cut" in "3,000 jobs will be cut" (ruleId metrics/passive-change)
    irregularParticiple: new RegExp(`^(?:${lex.irregularParticiples})$`, 'iu'),
    // e.g. "a quarter point" in "The Fed cut rates by a quarter point" (ruleId metrics/fraction-points)
    fractionPoints: lex.fractionPoints.map((f) => ({ re: new RegExp(`${B}${f.pattern}${E}`, 'giu'), value: f.value })),
    // e.g. "Nearly " in "Nearly 500 people attended the rally", « Quelque » in « Quelque 2 000 personnes ont manifesté »
    qualifierWhole: new RegExp(`^(?:${lex.qualifiers.map((x) => x.pattern).join('|')})[ \\t\\u00a0]{0,2}$`, 'iu'),
    // e.g. "one in " in "one in five adults smoke", « un ménage sur » in « un ménage sur dix consacre » (ruleId metrics/proportion-denominator)
    proportionBefore: new RegExp(lex.proportionBefore, 'iu'),
    durationAfterStop: new RegExp(`^(?:[ \\t\\u00a0]{1,2}(?:${lex.durationAfterStop})|-old)${E}`, 'iu'),
    // e.g. " de plus" in « 303 grands électeurs, soit 33 de plus que les 270 requis »
    // (not a qualifier of the next figure: « dont 20 de plus de 60 ans »)
    elidedComparative: new RegExp(`^[ \\t\\u00a0]{1,2}(?:${lex.elidedComparative})${E}(?![ \\t\\u00a0]{1,2}(?:de|d['’]|des|du|than)${E})`, 'iu'),
    durationBeforeStop: new RegExp(`${B}(?:${lex.durationBeforeStop})[ \\t\\u00a0]{1,2}$`, 'iu'),
    ageBefore: new RegExp(`(?:${lex.ageBefore})[ \\t\\u00a0]{0,2}$`, 'iu'),
    // e.g. " de prison" in « condamné à deux ans de prison », " ferme" in « 18 mois ferme » (ruleId metrics/penalty-duration)
    penaltyAfter: new RegExp(`^[ \\t\\u00a0]{1,2}(?:${lex.penaltyAfter})${E}`, 'iu'),
    // e.g. "a dozen", « une vingtaine »; "two dozen" (×2), "half a dozen" (×0.5) — group 1 = multiplier, group 2 = the word
    collective: new RegExp(`${B}(?:(?:${lex.collectiveArticles})|(${Object.keys(lex.collectiveMultipliers).join('|') || '(?!)'}))[ \\t\\u00a0]{1,2}(${Object.keys(lex.collectives).join('|')})${E}`, 'giu'),
    // e.g. "la taxe de " in "la taxe de 3 % sur le versement de dividendes"
    tax: new RegExp(`(?:^|\\s)(?:${lex.taxNouns})(?:\\s+[${LETTER}]+)?\\s{0,2}(?:de|d['’]|of)?\\s{0,2}$`, 'iu'),
    levelLink: new RegExp(`^[\\s\\u00a0,]{0,3}(?:${lex.levelLinks})[\\s\\u00a0]{1,2}$`, 'iu'),
    levelBefore: new RegExp(`${B}(?:${lex.levelLinks})[\\s\\u00a0]{1,2}$`, 'iu'),
    restate: new RegExp(`${B}(?:${lex.restateLinks})(?:[ \\t\\u00a0]{1,2}(?:de|d['’]|of))?[ \\t\\u00a0]{1,2}$`, 'iu'),
    cueExact: new RegExp(`^(?:(${inc})|(${dec}))$`, 'iu'),
    // e.g. " sèche de " in "une perte sèche de 310 emplois"
    countGap: new RegExp(`^(?:[ \\t\\u00a0]{1,2}(?:${lex.countGapWords}))${'{0,3}'}[ \\t\\u00a0]{0,2}$`, 'iu'),
    compare: new RegExp(`${B}(?:${lex.compareLinks})[\\s\\u00a0(]{0,3}$`, 'iu'),
    // the auxiliary may be absent: "15,000 people marched"
    // (a modal chain may stand between: "are expected to be displaced", « devraient être déplacées »)
    poll: new RegExp(`${B}(?:${lex.pollWords})${E}`, 'iu'),
    passive: new RegExp(`^(?:[ \\t\\u00a0]{1,2}(?:${lex.passiveAuxiliaries})(?:[ \\t\\u00a0]{1,2}(?:${lex.passiveAdverbs}))?(?:[ \\t\\u00a0]{1,2}(?:${lex.passiveChains}))?)?[ \\t\\u00a0]{1,2}([${LETTER}]{2,30}(?:${lex.participleEndings})|(?:${lex.irregularParticiples}))${E}`, 'iu'),
    // e.g. ", flattened by a heavy excavator", ", détruites par la tempête" (ruleId metrics/passive-change)
    reducedPassive: new RegExp(`^,[ \\t\\u00a0]{1,2}([${LETTER}]{2,30}(?:${lex.participleEndings}))[ \\t\\u00a0]{1,2}(?:${lex.agentLinks})${E}`, 'iu'),
    // e.g. "dégradées" in « 6 banques ont été dégradées de quatre crans » (ruleId metrics/degree-change)
    degreeCue: new RegExp(`${B}(?:(${lex.degreeIncrease.length ? lex.degreeIncrease.join('|') : '(?!)'})|(${lex.degreeDecrease.length ? lex.degreeDecrease.join('|') : '(?!)'}))${E}`, 'giu'),
    // e.g. "Of the " in "Of the nine latest polls, eight give…", « Sur les » (ruleId metrics/set-total)
    setTotal: new RegExp(`^[ \\t\\u00a0]{0,2}(?:${lex.setOpeners})[ \\t\\u00a0]{1,2}$`, 'iu'),
    // e.g. "which currently holds " (ruleId metrics/subject-holder)
    holdVerb: new RegExp(`${B}(?:${lex.holdVerbs})(?:[ \\t\\u00a0]{1,2}(?:an?|une?))?[ \\t\\u00a0]{1,2}$`, 'iu'),
    participleEnd: new RegExp(`(?:${lex.participleEndings})$`, 'iu'),
    demonym: new RegExp(`^(?:${lex.demonymPlural})$`, 'u'),
    // e.g. "124e place" in « il occupe la 124e place », "67th position" (ruleId metrics/rank)
    // (or an ordinal word: « la neuvième place », "in third place")
    rank: new RegExp(`${B}(?:(\\d{1,4})(?:${lex.ordinalSuffixes})|(${Object.keys(lex.ordinalWords).join('|')}))[ \\u00a0]{1,2}(${lex.rankNouns})${E}`, 'giu'),
    // e.g. "dont " in « dont 324 concernant le port du casque » (ruleId metrics/elided-subset)
    subsetOpener: new RegExp(`${B}(?:${lex.subsetOpeners})[ \\t\\u00a0]{1,2}$`, 'iu'),
    // e.g. "went " in "went from 4.1% to 4.5%", « est passé » in « est passé de 7,1 % à 7,4 % » (ruleId metrics/from-to)
    fromToMove: new RegExp(`${B}${lex.fromToMoves}[ \\t\\u00a0]{1,2}$`, 'iu'),
    // e.g. "ranging " in "ranging from 10% to 20%", « variant » in « variant de 3 à 5 % » (ruleId metrics/from-to)
    fromToRange: new RegExp(`${B}${lex.fromToRanges}[ \\t\\u00a0]{1,2}$`, 'iu'),
    // e.g. " on it - the number of " in "the number 75 on it - the number of Cuban dissidents" (ruleId metrics/count-apposition)
    apposition: new RegExp(`^[^.;!?\\-–—:\\d]{0,16}[ \\u00a0]?[-–—:][ \\u00a0]{0,2}(?:${lex.appositionNouns})[ \\u00a0]{0,2}`, 'iu'),
    // e.g. " chez " in "25 % chez les jeunes", " en ce qui concerne " (ruleId metrics/subject-group)
    groupLink: new RegExp(`^[ \\t\\u00a0,]{1,3}(?:${lex.groupLinks})[ \\t\\u00a0]{1,2}`, 'iu'),
    // e.g. "the " before "$177 million spent every day in Iraq" (ruleId metrics/subject-money-participle)
    moneyDeterminer: new RegExp(`${B}(?:${lex.moneyDeterminers})[ \\u00a0]{0,2}$`, 'iu'),
    moneyParticiple: new RegExp(`^[ \\u00a0]{1,2}(?:${lex.moneyParticiples})${E}`, 'iu'),
    // e.g. " des nouveaux impôts porteront sur les ménages" (ruleId metrics/subject-distribution)
    distribution: new RegExp(`^[ \\t\\u00a0]{1,2}(?:of|des|du|de[ \\u00a0]{1,2}la|de[ \\u00a0]{1,2}l['’]|d['’])[ \\u00a0]{0,2}((?:[${LETTER}${DIGIT}'’-]{1,30}[ \\u00a0]{1,2}){1,6}?)(?:${lex.distributionVerbs})[ \\u00a0]{1,2}((?:(?:les|la|le|the)[ \\u00a0]{1,2}|l['’])?[${LETTER}-]{2,30}(?:[ \\u00a0][${LOWER}-]{2,30})?)`, 'iu'),
    bearer: new RegExp(`^[ \\t\\u00a0]{1,2}(sur|à|aux|au|par|on|to|by)[ \\u00a0]{1,2}((?:(?:les|la|le|the)[ \\u00a0]{1,2}|l['’])?[${LETTER}-]{2,30})`, 'iu'),
    // e.g. "The award includes a cash component of " (ruleId metrics/subject-inclusion)
    inclusion: new RegExp(`(?:^|[\\s(])((?:[${LETTER}][${LETTER}'’-]{0,30}[ \\u00a0]{1,2}){1,4}(?:${lex.inclusionVerbs})[ \\u00a0]{1,2}(?:an?|une?|the|la|le|l['’]|des)?[ \\u00a0]{0,2}(?:[${LETTER}][${LETTER}-]{1,30}[ \\u00a0]{1,2}){0,2}[${LETTER}][${LETTER}-]{1,30})[ \\u00a0]{1,2}(?:of|de|d['’])[ \\u00a0]{0,2}$`, 'iu'),
  };
  RULES.set(language, r);
  return r;
}

/**
 * What may stand between a change word and a grade figure it governs: its object, then the link to the figure —
 * " de la note souveraine du pays de " in « abaissement de la note souveraine du pays de trois crans », " its rating by "
 * in "cut its rating by two notches"; no figure, no clause punctuation, at most 60 code units (ruleId metrics/degree-change).
 */
const DEGREE_GAP: Record<Language, RegExp> = {
  fr: /^[ \u00a0]{1,2}(?:(?:de|d['’]|du|des)[ \u00a0]{0,2}[^\d,;:.!?()«»]{0,50}[ \u00a0])?(?:de|d['’])[ \u00a0]{0,2}$/iu,
  en: /^[ \u00a0]{1,2}(?:[^\d,;:.!?()“”"]{0,50}[ \u00a0])?by[ \u00a0]{1,2}$/iu,
};

/**
 * The antecedent of a relative clause opening at `clauseStart` after a comma ("Social Security benefits, which …",
 * "Microsoft's Internet Explorer, which …"): its last three words at most, after any function word; null without a comma.
 */
function relativeAntecedent(text: string, clauseStart: number, lex: MetricLexicon): string | null {
  if (text[clauseStart - 1] !== ',') return null;
  // (within its sentence and clause: not across ". ", ";", ":", "(")
  let from = Math.max(0, clauseStart - 80);
  const back = text.slice(from, clauseStart - 1);
  const cut = Math.max(back.lastIndexOf('. '), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('('), back.lastIndexOf(','));
  if (cut >= 0) from += cut + 1;
  const ante = wordsBefore(text, from, clauseStart - 1, 3);
  let k = ante.length;
  while (k > 0 && !lex.stopWords.has(norm(ante[k - 1]!.word)) && !lex.subjectDeterminers.has(norm(ante[k - 1]!.word))) k--;
  return k < ante.length ? cleanSubject(text.slice(ante[k]!.start, ante[ante.length - 1]!.end), lex) : null;
}

/** A word token: offsets in UTF-16 code units, end exclusive. */
interface Tok { start: number; end: number; word: string }

/** Built once for {@link wordsAfter} (character classes: text/char-classes.ts). */
const WORDS_AFTER_RE = new RegExp(`[${LETTER}${DIGIT}]`, 'u');

/** Word tokens following `pos`, separated by spaces only (any other character ends the list). Elided "d'" / "l'" are tokens. */
function wordsAfter(text: string, pos: number, max: number, skipQuotes = false): Tok[] {
  // e.g. " comptes bancaires" → comptes | bancaires; " d'affaires" → d' | affaires; a dotted abbreviation is one word:
  // "200 U.S. troops" → U.S. | troops
  const re = skipQuotes
    ? /[ \t\u00a0\u202f«»“”"]{0,4}((?:\p{Lu}\.){2,4}(?![\p{L}\p{M}])|[\p{L}\p{M}]{1,40}(?:-[\p{L}\p{M}]{1,40}){0,4}['’]?)/uy
    : /[ \t\u00a0\u202f]{0,2}((?:\p{Lu}\.){2,4}(?![\p{L}\p{M}])|[\p{L}\p{M}]{1,40}(?:-[\p{L}\p{M}]{1,40}){0,4}['’]?)/uy;
  const out: Tok[] = [];
  re.lastIndex = pos;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (out.length === 0 && start === pos && pos > 0 && WORDS_AFTER_RE.test(text[pos - 1]!)) break;
    out.push({ start, end: m.index + m[0].length, word: m[1]! });
    if (m[0].length === 0) break;
  }
  return out;
}

/** Built once for {@link wordsBefore} (character classes: text/char-classes.ts). */
const WORDS_BEFORE_RE = new RegExp(`[${LETTER}${MARK}${DIGIT}]{1,40}(?:[-'’][${LETTER}${MARK}${DIGIT}]{1,40}){0,4}`, 'gu');

/** Word tokens ending before `pos` (nearest last), at most `max` (≥ 1), within [from, pos). */
function wordsBefore(text: string, from: number, pos: number, max: number): Tok[] {
  const chunk = text.slice(from, pos);
  // the words are read from `from` (where a word starts decides how a long one is cut), but only the last `max` are kept
  // (a ring of match offsets: no object for the words before them)
  const starts: number[] = [];
  const ends: number[] = [];
  let n = 0;
  WORDS_BEFORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORDS_BEFORE_RE.exec(chunk)) !== null) {
    starts[n % max] = m.index;
    ends[n % max] = m.index + m[0].length;
    n++;
  }
  const out: Tok[] = [];
  for (let k = Math.max(0, n - max); k < n; k++) {
    const s = starts[k % max]!;
    const e = ends[k % max]!;
    out.push({ start: from + s, end: from + e, word: chunk.slice(s, e) });
  }
  return out;
}

const lower = (s: string): string => s.toLowerCase();
/** A subject folded for a containment test (case, accents, apostrophes). */
const foldKey = (s: string | null | undefined): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();

/** Built once for {@link isCapitalised} (character classes: text/char-classes.ts). */
const IS_CAPITALISED_RE = new RegExp(`^[${UPPER}]`, 'u');

const isCapitalised = (w: string): boolean => IS_CAPITALISED_RE.test(w);
const norm = (w: string): string => lower(w).replace(/’/g, "'");

/** Singular of a counted noun, lower case ("passengers" → "passenger", "journaux" → "journal", "cas" → "cas"). */
export function singular(word: string, language: Language): string {
  const lex = metricLexicon(language);
  const w = lower(word);
  // "vices-ministres" → "vice-ministre", "années-lumière" → "année-lumière"; English: last part ("nano-satellites")
  if (w.includes('-') && !lex.invariantNouns.has(w) && !lex.irregularPlurals[w]) {
    const parts = w.split('-');
    // « deux porte-avions » → « porte-avions », « 300 sans-abri » → « sans-abri » (verb or « sans » heads the compound)
    if (lex.invariableCompoundHeads.has(parts[0]!)) return w;
    // « sous-marins » → « sous-marin »: prepositions and adverbs keep their form
    if (language === 'fr') return parts.map((p) => (lex.invariableCompoundParts.has(p) ? p : singular(p, language))).join('-');
    return [...parts.slice(0, -1), singular(parts[parts.length - 1]!, language)].join('-');
  }
  if (lex.irregularPlurals[w]) return lex.irregularPlurals[w]!;
  if (lex.invariantNouns.has(w)) return w;
  if (language === 'fr') {
    if (/eaux$/.test(w)) return w.slice(0, -1);
    if (/aux$/.test(w)) return `${w.slice(0, -3)}al`;
    if (/eux$/.test(w)) return w.slice(0, -1);
    if (w.length > 2 && /[sx]$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Comparative quantifiers written between a number and its noun ("1,500 more troops", "200 fewer jobs"). */
const EN_COMPARATIVE_QUANTIFIERS = new Set(['more', 'fewer', 'less', 'additional', 'extra', 'further']);

/** Nouns of cases a figure counts at the head of its clause: « dans 20 cas », "in 20 cases". */
const CASE_NOUNS = new Set(['cas', 'cases', 'case', 'occasions', 'occasion']);

/** English mass nouns in -s that modify a plural noun after them: "news organizations", "arms dealers", "sales offices". */
const EN_MASS_MODIFIERS = new Set(['news', 'arms', 'sales', 'goods', 'savings', 'sports', 'electronics', 'earnings', 'customs', 'humanities']);

/** English plural-looking word ("stores", "passengers"), or an invariant count noun ("aircraft"). */
function looksPluralEn(w: string, lex: MetricLexicon): boolean {
  return lex.invariantNouns.has(w) || w in lex.irregularPlurals || (w.length > 3 && /s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w));
}

/** A finite French verb form by its ending ("porteront", "travaillent", "serait"), not a noun in -ment ("versement"). */
function looksLikeFrenchVerb(w: string): boolean {
  return w.length > 5 && (/(?:aient|ront|rait|ait)$/.test(w) || (/ent$/.test(w) && !/(?:ment|dent|gent|rent|cent)$/.test(w)));
}

/** Built once for {@link isDuration} (character classes: text/char-classes.ts). */
const IS_DURATION_RE = new RegExp(`(?<![${LETTER}])([${LETTER}]{1,30})[ \\t\\u00a0]{1,2}d[e'’][ \\t\\u00a0]{0,2}$`, 'u');

/**
 * Whether a time noun after a number is a duration worth measuring ("18 jours", "35 highest-paid years")
 * rather than a date, clock time, age or multiplier ("il y a 3 ans", "à 14 heures", "42 ans", "3 fois",
 * "the last two years").
 */
/**
 * A passive predicate at the start of `s` (the text after a counted noun), as {@link Rules.passive} reads it; an irregular
 * participle counts only after an auxiliary ("3,000 jobs will be cut", « 20 avions ont été abattus »), not alone as an
 * active verb ("three people lost their lives", « 15 personnes ont perdu la vie »; ruleId metrics/passive-change).
 */
function passiveAfter(s: string, rules: Rules): RegExpExecArray | null {
  const m = rules.passive.exec(s);
  if (!m) return null;
  if (rules.irregularParticiple.test(m[1]!) && m[0].trim() === m[1]) return null;
  return m;
}

/** Nouns of hours, whose figure after « à », "at" is a clock time only up to 24 (ruleId metrics/hours-count). */
const HOUR_NOUNS = new Set(['heure', 'heures', 'hour', 'hours']);

function isDuration(text: string, q: Quantity, toks: Tok[], head: number, rules: Rules): boolean {
  const { lex } = rules;
  const hw = lower(toks[head]!.word);
  if (!lex.durationNouns.has(hw)) return false;
  if (head > 0 && toks.slice(0, head).every((t) => lex.preNominalAdjectives.has(lower(t.word)))) return false;
  const afterText = text.slice(toks[head]!.end, toks[head]!.end + 30);
  // « condamné à deux ans de prison », « quatre à 6 mois ferme », "sentenced to 10 years in prison": a sentence is a
  // duration, even after « à », "in" (ruleId metrics/penalty-duration)
  if (rules.penaltyAfter.test(afterText)) return true;
  if (rules.durationAfterStop.test(afterText)) return false;
  // (a qualifier does not change the reading: "âgés d'environ 18 ans", "mineurs de moins de 14 ans")
  const beforeText = text.slice(Math.max(0, q.start - 40), q.start).replace(rules.qualifierTail, '');
  if (lex.yearNouns.has(hw)) {
    // « l'âge légal de départ à la retraite de 62 à 64 ans », « l'âge moyen de sortie … est de 58,5 ans », "the average
    // age of the fleet is 12 years", « la durée de cotisation passera à 43 ans »: an age or a span that is itself what
    // the sentence measures, not the age of a person it describes (ruleId metrics/age-measure)
    const clause = text.slice(Math.max(0, q.start - 120), q.start);
    const cut = Math.max(clause.lastIndexOf('. '), clause.lastIndexOf(';'), clause.lastIndexOf('!'), clause.lastIndexOf('?'));
    if (AGE_MEASURE.test(cut >= 0 ? clause.slice(cut + 1) : clause)) return true;
  }
  // (« correspond à 1 607 heures de travail », "to 1,550 hours": more than 24 hours is no clock time — ruleId metrics/hours-count)
  if (rules.durationBeforeStop.test(beforeText) && !(q.value > 24 && HOUR_NOUNS.has(hw))) return false;
  if (lex.yearNouns.has(hw)) {
    if (rules.ageBefore.test(beforeText)) return false;
    // French "<nom> de 17 ans" is an age ("un lycéen de 17 ans") unless the noun is a span ("une peine de 20 ans")
    const de = IS_DURATION_RE.exec(beforeText);
    if (de && lex.ageByDefault && !lex.durationHeads.has(lower(de[1]!))) return false;
  }
  return true;
}

/**
 * An age or a span named as the quantity measured, before "N ans" / "N years" in its sentence: the legal, average,
 * median, minimum or retirement age, the age limit, the length of contributions, life expectancy (« l'âge légal de
 * départ à la retraite », « l'âge moyen de sortie du marché du travail », « la durée de cotisation », "the retirement
 * age", "the average age of the fleet"). A person's age is not one: « à l'âge de 42 ans », "at the age of 42", « âgé de ».
 */
const AGE_MEASURE = /(?:(?<!à[ \u00a0])(?:l['’]|(?<![a-zà-ÿ])(?:son|leur|cet|un)[ \u00a0])âge[ \u00a0](?:légal|moyen|médian|minimum|minimal|maximum|maximal|effectif|de[ \u00a0](?:départ|la[ \u00a0]retraite|sortie|la[ \u00a0]majorité))|limite[ \u00a0]d['’]âge|durée[ \u00a0](?:de[ \u00a0]|d['’])(?:cotisation|assurance)|(?<![a-z])(?:retirement|pension|pensionable|voting|average|median|minimum|legal|mean)[ \u00a0]age(?![a-z])|age[ \u00a0]limit)/iu;

/** A preposition of a period right before a duration: " in ", " over the past ", « en », « sur les trois dernières » (ruleId metrics/change-period). */
const PERIOD_BEFORE = /(?:^|[ \u00a0])(?:in|within|over(?:[ \u00a0](?:the[ \u00a0])?(?:past|last|next))?|en|sur(?:[ \u00a0](?:les|la))?)[ \u00a0]{1,2}$/iu;
/** A percentage or an amount of money: the figure a period may qualify ("47%", "$3bn", « 1,2 milliard d'euros »). */
const CHANGE_FIGURE = /\d[ \u00a0\u202f]?(?:%|percent|per[ \u00a0]cent|pour[ \u00a0]cent)|[$€£][ \u00a0]?\d|\d[ \u00a0]?(?:€|euros?|dollars?)(?![\p{L}])/iu;

/**
 * Whether `q` is the period of a change its clause measures (ruleId metrics/change-period): "have jumped 47% in five years",
 * « ont bondi de 47 % en cinq ans », "doubled over the past three years", « 210 embauches sur trois ans » — a number, a unit of
 * time right after it, a preposition of a period before it, and a percentage, an amount, a count or a change cue earlier in
 * the clause. Such a period is no quantity of its own, and no other reading of the number applies (not « 210 … sur trois »).
 */
function changePeriod(text: string, q: Quantity, rules: Rules): boolean {
  const unit = wordsAfter(text, q.end, 1)[0];
  if (!unit || unit.start - q.end > 2 || !rules.lex.durationNouns.has(lower(unit.word))) return false;
  if (!PERIOD_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start).replace(rules.qualifierTail, ''))) return false;
  const clause = text.slice(Math.max(0, q.start - 100), q.start);
  const lead = clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1);
  rules.cue.lastIndex = 0;
  return CHANGE_FIGURE.test(lead) || rules.cue.test(lead);
}

/** One token of a product designation after a count: a space, then a name, a possessive or a model code (ruleId metrics/count-model). */
const MODEL_TOKEN = new RegExp(`[ \\u00a0]{1,2}(?:([${UPPER}][${LETTER}&.-]{0,20}(?:[ \\u00a0]?['’]s)?)|(['’]s)|([${UPPER}]{0,3}-?\\d{1,5}(?:-\\d{1,5})?[${LETTER}]{0,3}(?:\\d{1,3}[${LETTER}]{0,2})?(?:-\\d{1,5})?))(?![${LETTER}${DIGIT}'’-])`, 'uy');

/** Built once for {@link modelRun} (character classes: text/char-classes.ts). */
const MODEL_RUN_RE = new RegExp(`^[ \\u00a0]{1,2}[${LOWER}]`, 'u');

/**
 * A product designation between a count and its noun, with at least one model code: " Airbus A350-900" in "an order of
 * 50 Airbus A350-900 jets", " 737 Max" in "roughly 400 737 Max jets", " Boeing 's 787-9 Dreamliner" in "purchase 30 of
 * Boeing 's 787-9 Dreamliner jets", « 12 Airbus A320 neufs »; the partitive "of"/« des » and one adjective before the
 * code may open it ("some 60 of the embattled 737 Max jet"). Returns the designation's start (its first name or code)
 * and end, or null; at most five tokens (ruleId metrics/count-model).
 */
/** A comparative or "new" between a count and a model code: " more" in "20 more 787 Dreamliner jets" (ruleId metrics/count-model). */
const MODEL_COMPARATIVE = /[ \u00a0]{1,2}(?:more|new|additional|further|extra|used|nouveaux|nouvelles|autres)(?=[ \u00a0]{1,2}\p{Lu}{0,3}\d)/uy;

function modelRun(text: string, pos: number, language: Language, partitive: boolean): { start: number; end: number } | null {
  let p = pos;
  const open = (language === 'fr' ? /[ \u00a0]{1,2}(?:des|de|d['’])(?=[ \u00a0]|\p{L})/uy : /[ \u00a0]{1,2}of(?:[ \u00a0]{1,2}(?:the|its|their))?(?=[ \u00a0])/uy);
  open.lastIndex = p;
  const om = open.exec(text);
  if (om) p += om[0].length;
  // one adjective before the code: "the embattled 737 Max"
  const adj = /[ \u00a0]{1,2}\p{Ll}{3,20}(?=[ \u00a0]{1,2}\p{Lu}{0,3}\d)/uy;
  // (or, right after the count, a comparative or "new": "20 more 787 Dreamliner jets", "12 new A320 jets")
  const lead = om || partitive ? adj : MODEL_COMPARATIVE;
  lead.lastIndex = p;
  const am = lead.exec(text);
  if (am) p += am[0].length;
  let start = -1;
  let end = -1;
  let code = false;
  for (let n = 0; n < 5; n++) {
    MODEL_TOKEN.lastIndex = p;
    const m = MODEL_TOKEN.exec(text);
    if (!m) break;
    if (start < 0) start = m.index + m[0].length - m[0].trimStart().length;
    if (m[3]) code = true;
    p = m.index + m[0].length;
    end = p;
    // a full stop ends the sentence, and the designation: "221 Baker Street. The Boeing 737 jets" is an address, then a
    // model (ruleId metrics/count-model)
    if (m[0].endsWith('.')) break;
  }
  // (the designation must name a model and be followed by a lower-case noun: "737 Max jets", not "Boeing jets")
  if (!code || end < 0 || !MODEL_RUN_RE.test(text.slice(end, end + 3))) return null;
  return { start, end };
}

interface Counted {
  /** Singular head noun, the unit. */
  unit: string;
  /** The noun phrase as written ("mid-air tanker aircraft", "comptes bancaires", "cas de « réelle » fraude"). */
  phrase: string;
  end: number;
  headStart: number;
  headEnd: number;
  /** Whether a product designation stands before the noun ("737 Max jets"): the phrase is kept as written. */
  model?: boolean;
  /** The scale of the whole a part is counted in: 1e6 in « huit des 28 millions d'habitants » (ruleId metrics/partitive-scale). */
  scale?: number;
}

/**
 * A comparative quantifier between a figure and its counted noun ("2,000 more troops", "500 fewer jobs"): group 1 set for
 * a rise, unset for a fall. ("additional", "extra" are left out: "two additional cores are used as boosters" says how
 * many, not that a number went up.)
 */
const COMPARATIVE_BETWEEN = new RegExp(`^[ \\u00a0]{1,2}(?:(more)|fewer|less)[ \\u00a0]`, 'iu');

/** The French comparative after the counted noun: « 300 salariés de moins », « 33 sièges de plus » (not an age bound: « mineurs de moins de 14 ans »). */
const COMPARATIVE_AFTER = new RegExp(`^[ \\u00a0]{1,2}(?:(de[ \\u00a0]plus|en[ \\u00a0]plus)|de[ \\u00a0]moins|en[ \\u00a0]moins)(?![${LETTER}])(?![ \\u00a0]{1,2}(?:de|d['’]|des|que|qu['’]|[${DIGIT}]))`, 'iu');

/** Units of temperature, whose negative figures are levels below zero ("minus 4 degrees", « -12 °C »). */
const TEMPERATURE_UNITS = new Set(['°C', '°F', 'degree', 'degré', 'degree celsius', 'degré celsius']);

/** Built once for {@link countedNoun} (character classes: text/char-classes.ts). */
const COUNTED_NOUN_RE = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link countedNoun} (character classes: text/char-classes.ts). */
const COUNTED_NOUN_RE_2 = new RegExp(`^[ \\u00a0]{1,2}(?:le|la|les|l['’]|du|des|un|une|sur|à|au|aux|plus|moins)(?![${LETTER}])`, 'u');

/** Built once for {@link countedNoun} (character classes: text/char-classes.ts). */
const COUNTED_NOUN_RE_3 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link countedNoun} (character classes: text/char-classes.ts). */
const COUNTED_NOUN_RE_4 = new RegExp(`^[ \\t\\u00a0]?(?:(d['’])|(de|du|en|à)[ \\t\\u00a0])([${LETTER}]{2,20})`, 'u');

/** Nouns that open a French compound preposition before « à »: « face à », « grâce à », « suite à » (ruleId metrics/fr/compound-preposition). */
const FR_PREPOSITION_NOUNS: ReadonlySet<string> = new Set(['face', 'grâce', 'suite']);
/** The « à » that closes such a compound preposition. */
const FR_PREPOSITION_TAIL = /^[ \u00a0]{1,2}(?:à|au|aux)(?![\p{L}])/u;

/** The month or year after a time-position noun: group 1 a year, group 2 a word (ruleId metrics/time-position). */
const TIME_POSITION_NEXT = new RegExp(`^[ \\u00a0-]{1,2}(?:(\\d{4})(?![${DIGIT}])|([${LETTER}]{3,12}))`, 'u');

/**
 * The noun counted by a bare number, if any: "153 passengers", "3,500 retail stores",
 * "100 mid-air tanker aircraft", "13 000 comptes bancaires", "8 000 de ces suppressions".
 * Time nouns right after the number ("three years", "42 ans") are dates, durations or ages: null.
 */
function countedNoun(text: string, q: Quantity, rules: Rules): Counted | null {
  const { lex, language } = rules;
  let pos = q.end;
  let scale = 1;
  // « sans nouvelles «d'encore plus de 200» personnes »: a closing quote mark between the figure and its noun
  if (/^[»”"][ \u00a0\u202f]/u.test(text.slice(pos, pos + 2))) pos += 1;
  rules.partitive.lastIndex = pos;
  const pm = rules.partitive.exec(text);
  let linked = false;
  if (pm) {
    pos += pm[0].length;
    linked = true;
    // "22 des 27 gouvernements", "10 of the 17 ministries": the noun is after the second number
    const nm = /(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3}){1,4}|\d{1,9}|\p{L}{2,20})(?=[ \t\u00a0\u202f])/uy;
    nm.lastIndex = pos;
    const m = nm.exec(text);
    if (m && (/^\d/.test(m[0]) || lower(m[0]) in quantityLexicon(language).numberWords)) {
      pos += m[0].length;
      // « huit des 28 millions d'habitants », "two of the 10 million residents": the part is in the scale of the whole
      // (ruleId metrics/partitive-scale)
      const sm = /[ \t\u00a0]{1,2}(millions?|milliards?|billions?|thousands?)(?:[ \t\u00a0]{1,2}(?:de|of)[ \t\u00a0]{1,2}|[ \t\u00a0]{0,2}d['’]|(?=[ \t\u00a0]))/iuy;
      sm.lastIndex = pos;
      const smm = q.scale === 1 && !q.approximate ? sm.exec(text) : null;
      const factor = smm ? quantityLexicon(language).scaleWords[lower(smm[1]!)] : undefined;
      if (smm && factor && factor > 1) { pos += smm[0].length; scale = factor; }
    }
  } else if (q.approximate || q.scale >= 1e6 || q.value >= 1e6) {
    // "8 millions de foyers", "2 800 000 de signatures", "une vingtaine d'États"
    const de = /[ \t\u00a0\u202f]{1,2}(?:de|d['’]|of)[ \t\u00a0\u202f]{0,2}/iuy;
    de.lastIndex = pos;
    const m = de.exec(text);
    if (m) { pos += m[0].length; linked = true; }
    // « dont 228 millions issus de la billetterie », « 3 milliards supplémentaires »: in French a scale word takes its noun
    // after « de » only ("228 millions de spectateurs"); a word right after it is no counted noun (ruleId metrics/fr/scale-de)
    else if (language === 'fr' && q.scale >= 1e6 && !q.approximate) return null;
  }
  // "50 Airbus A350-900 jets", "400 737 Max jets", "30 of Boeing 's 787-9 Dreamliner jets": a product designation stands
  // between the count and its noun (ruleId metrics/count-model)
  // (English only: a French designation comes without a noun, « 50 Airbus A350-900 », and an adjective after it is no noun)
  const model = language === 'en' ? modelRun(text, linked && /\s/.test(text[pos - 1] ?? '') ? pos - 1 : pos, language, linked) : null;
  if (model) {
    // the noun: the first plural among the next three words ("767 aerial refueling tankers"), or a noun ending the phrase
    // ("some 60 of the embattled 737 Max jet from …")
    const ts = wordsAfter(text, model.end, 4);
    const usable = (x: Tok): boolean => !lex.stopWords.has(lower(x.word)) && !lex.auxiliaries.has(lower(x.word)) && !lex.timeNouns.has(lower(x.word)) && !isCapitalised(x.word);
    let k = 0;
    while (k < 3 && ts[k] && usable(ts[k]!) && !looksPluralEn(lower(ts[k]!.word), lex) && ts[k + 1] && usable(ts[k + 1]!) && ts[k + 1]!.start - ts[k]!.end === 1) k++;
    const t = ts[k];
    const w = t ? lower(t.word) : '';
    if (t && usable(t) && (looksPluralEn(w, lex) || !ts[k + 1] || !usable(ts[k + 1]!) || ts[k + 1]!.start - t.end > 1)) {
      return { unit: singular(w, language), phrase: text.slice(model.start, t.end), end: t.end, headStart: t.start, headEnd: t.end, model: true };
    }
  }
  if (!linked && !/[ \t\u00a0\u202f]/.test(text[pos] ?? '')) return null;
  const toks = wordsAfter(text, pos, 6);
  if (!toks.length) return null;
  const stop = (t: Tok): boolean => lex.stopWords.has(norm(t.word).replace(/'$/, '')) || /['’]$/.test(t.word) || isCapitalised(t.word);
  let head = -1;
  if (language === 'en') {
    for (let i = 0; i < Math.min(toks.length, 4); i++) {
      const t = toks[i]!;
      const w = lower(t.word);
      // "three Americans were killed": a capitalised demonym not followed by a noun it modifies (ruleId metrics/count-demonym)
      if (i === 0 && rules.demonym.test(t.word)) {
        const n = toks[1];
        if (!n || n.start - t.end > 1 || stop(n) || lex.auxiliaries.has(lower(n.word)) || !looksPluralEn(lower(n.word), lex)) { head = 0; break; }
      }
      // a run of proper-noun modifiers: "eight of its Hong Kong shares", "12 New York hospitals" (ruleId metrics/count-proper-modifiers)
      if (i === 0 && isCapitalised(t.word) && !lex.stopWords.has(w)) {
        let r = 1;
        while (r < 3 && toks[r] && isCapitalised(toks[r]!.word) && !lex.stopWords.has(lower(toks[r]!.word)) && toks[r]!.start - toks[r - 1]!.end === 1) r++;
        const n = toks[r];
        if (r >= 2 && n && n.start - toks[r - 1]!.end === 1 && COUNTED_NOUN_RE.test(n.word) && !stop(n) && looksPluralEn(lower(n.word), lex)) { head = r; break; }
      }
      // a party's members or legislators, written with a capital: "12 Democrats (out of 47)", "10 Labour MPs" (ruleId
      // metrics/en/count-capitalised)
      if (lex.capitalisedNouns.has(w) && (i === 0 || isCapitalised(toks[i - 1]!.word))) { head = i; break; }
      if (i === 0 && isCapitalised(t.word) && toks[1] && toks[1].start - t.end === 1 && lex.capitalisedNouns.has(lower(toks[1].word))) { head = 1; break; }
      // a proper-noun modifier: "Four NBA players", "12 Seahawk helicopters"
      if (isCapitalised(t.word) && !lex.stopWords.has(w) && i < 2 && toks[i + 1] && !isCapitalised(toks[i + 1]!.word)) continue;
      // "close to 1,000 maintenance and cleaning workers": two modifiers coordinated before the plural noun
      // (ruleId metrics/en/count-coordinated-modifiers)
      if ((w === 'and' || w === 'or') && i > 0 && toks[i + 2] && !stop(toks[i + 1]!) && !stop(toks[i + 2]!) && !looksPluralEn(lower(toks[i - 1]!.word), lex)
        && !looksPluralEn(lower(toks[i + 1]!.word), lex) && looksPluralEn(lower(toks[i + 2]!.word), lex) && toks[i + 2]!.start - toks[i]!.end <= 2 + toks[i + 1]!.word.length) continue;
      // "1,500 more troops", "200 fewer jobs", "3,000 additional staff": a comparative quantifier before the counted noun
      // (ruleId metrics/en/count-comparative)
      if (i === 0 && EN_COMPARATIVE_QUANTIFIERS.has(w) && toks[1] && toks[1].start - t.end === 1) continue;
      if (stop(t)) break;
      if (looksPluralEn(w, lex) || (q.value === 1 && i === 0)) { head = i; break; }
      // "200K homeless", "at least 30 dead": an adjective standing for people, unless a noun follows ("12 missing children")
      // (ruleId metrics/en/person-adjective)
      if (i === 0 && lex.personAdjectives.has(w)) {
        const n = toks[1];
        if (!n || n.start - t.end > 1 || stop(n) || !looksPluralEn(lower(n.word), lex)) { head = 0; break; }
      }
      if (lex.timeNouns.has(w)) break;
    }
    // "a 5 game suspension", "a 10 point lead": a singular noun modifying another noun after "a N"
    const t0 = toks[0];
    const t1 = toks[1];
    if (head < 0 && t0 && t1 && /(?:^|\s)an?[ \t\u00a0]{1,2}$/i.test(text.slice(Math.max(0, q.start - 4), q.start))
      && !stop(t0) && !stop(t1) && t1.start - t0.end === 1 && !/-/.test(t0.word)) head = 0;
  } else {
    let i = 0;
    while (i < 2 && toks[i + 1] && lex.preNominalAdjectives.has(lower(toks[i]!.word)) && !stop(toks[i + 1]!)) i++;
    // a capitalised noun after "d'"/"de" is a common noun written with a capital ("une vingtaine d'États"), and so is
    // « État » anywhere (« dans huit Etats »)
    const capNoun = (t: Tok): boolean => isCapitalised(t.word) && !lex.stopWords.has(lower(t.word));
    // « 2 209 Français ont été localisés »: a capitalised demonym is a counted noun (ruleId metrics/count-demonym)
    if (toks[i] && (!stop(toks[i]!) || (linked && i === 0 && capNoun(toks[i]!)) || (capNoun(toks[i]!) && lex.capitalisedNouns.has(lower(toks[i]!.word)))
      || (i === 0 && rules.demonym.test(toks[i]!.word)))) head = i;
  }
  if (head < 0) return null;
  const h = toks[head]!;
  const hw = lower(h.word);
  // « s'est imposé 3 à 1 face à Lyon », « 2 buts grâce à … »: a noun of a compound preposition is no counted noun
  // (ruleId metrics/fr/compound-preposition)
  if (language === 'fr' && FR_PREPOSITION_NOUNS.has(hw) && FR_PREPOSITION_TAIL.test(text.slice(h.end, h.end + 5))) return null;
  if (lex.timeNouns.has(hw) && !isDuration(text, q, toks, head, rules)) return null;
  // « contre 430 000 fin juin », "51,000 end June": a noun placing a date before a month or a year is no counted noun
  // (ruleId metrics/time-position)
  if (lex.timePositions.has(hw)) {
    const dm = TIME_POSITION_NEXT.exec(text.slice(h.end, h.end + 16));
    if (dm && (dm[1] || lex.months.has(lower(dm[2]!)))) return null;
  }
  // "les 10 autres", "huit donnent", "sept des seize": no counted noun ("210 jeunes" is one)
  if ((lex.preNominalAdjectives.has(hw) && !lex.adjectivalNouns.has(hw)) || hw in quantityLexicon(language).numberWords || lex.auxiliaries.has(hw)) return null;
  if (language === 'fr' && looksLikeFrenchVerb(hw)) return null;
  // « dont 324 concernant le port du casque »: a present participle with its object is no noun ("enfant", "habitants" are)
  if (language === 'fr' && /ant$/.test(hw) && COUNTED_NOUN_RE_2.test(text.slice(h.end, h.end + 8))) return null;
  // « deux tiers des étudiants », "two fifths of voters": a fraction, no count (ruleId metrics/fraction-noun)
  // (a label noun in the plural after the number counts: « un rapport de 81 pages », "10 episodes"; in the singular it is an
  // address or a label, "12 rue de Rivoli", "10 Downing Street" — ruleId metrics/label-plural-count)
  const pluralLabel = /[sx]$/.test(hw) && singular(hw, language) !== hw && lex.labelWords.has(singular(hw, language));
  if ((lex.labelWords.has(hw) && !pluralLabel) || lex.months.has(hw) || lex.fractionNouns.has(hw)) return null;
  // "Two dozen protesters": the number multiplies the collective, read as one quantity (ruleId numbers/<lang>/collective)
  if (head > 0 && toks[0] && lower(toks[0].word) in lex.collectives) return null;
  // "263 daily news organizations", "12 arms dealers": a mass noun in -s modifying a plural noun makes one compound unit
  // (ruleId metrics/en/compound-mass-noun)
  const massNext = toks[head + 1];
  // (likewise an invariant noun before a plural noun: "three police officers", "two aircraft carriers", "12 staff members" —
  // ruleId metrics/en/compound-invariant-noun)
  if (language === 'en' && (EN_MASS_MODIFIERS.has(hw) || (lex.invariantNouns.has(hw) && hw.length > 3 && !lex.invariantNouns.has(lower(massNext?.word ?? '')))) && massNext && massNext.start - h.end === 1 && COUNTED_NOUN_RE_3.test(massNext.word)
    && !stop(massNext) && !lex.auxiliaries.has(lower(massNext.word)) && looksPluralEn(lower(massNext.word), lex)) {
    return { unit: `${hw} ${singular(massNext.word, language)}`, phrase: text.slice(toks[0]!.start, massNext.end), end: massNext.end, headStart: h.start, headEnd: massNext.end };
  }
  let end = h.end;
  let phraseEnd = h.end;
  if (language === 'fr') {
    // trailing adjectives: "comptes bancaires", "postes supprimés" (not verbs: "personnes ont", "salariés travaillent")
    let j = head + 1;
    const plural = /[sx]$/.test(hw);
    while (j < toks.length && j <= head + 2) {
      const t = toks[j]!;
      const w = lower(t.word);
      if (stop(t) || lex.auxiliaries.has(w) || lex.timeNouns.has(w)) break;
      if (looksLikeFrenchVerb(w)) break;
      if ((plural && !/[sx]$/.test(w)) || w.length < 3) break;
      phraseEnd = t.end;
      j++;
    }
  }
  {
    const j = toks.findIndex((t) => t.end === phraseEnd) + 1;
    // votes: "478 voix contre", "39 voix pour", "200 votes against"
    const side = toks[j];
    if (side && lex.voteNouns.has(hw) && lex.voteSides.has(lower(side.word)) && side.start - phraseEnd <= 2) phraseEnd = side.end;
    // complement without article: "cas de fraude", "postes de travail", "cas de « réelle » fraude", "nine counts of kidnapping"
    const link = toks[j];
    if (link && lex.complementLinks.includes(norm(link.word))) {
      const comp = wordsAfter(text, link.end, 2, true);
      const ok = (t: Tok | undefined): t is Tok => !!t && !stop(t) && !lex.timeNouns.has(lower(t.word)) && !looksLikeFrenchVerb(lower(t.word));
      const first = comp[0];
      if (ok(first) && first.start - link.end <= 4) {
        phraseEnd = first.end;
        const second = comp[1];
        if (ok(second) && second.start - first.end <= 4) phraseEnd = second.end;
      }
    }
  }
  end = phraseEnd;
  const start = toks[0]!.start;
  // (a French demonym in -ais/-ois is invariant: « deux Polonais », « 2 209 Français »)
  let unit = lex.personAdjectives.has(hw) ? 'person' : q.value === 1 || (language === 'fr' && isCapitalised(h.word) && /(?:ais|ois)$/.test(hw)) ? hw : singular(hw, language);
  // "5 gas stations", "three bank branches": a common noun (never an adjective) right before the plural noun modifies it,
  // and the two make one compound unit (ruleId metrics/en/compound-noun-modifier)
  const mod = head > 0 ? toks[head - 1]! : null;
  if (mod && h.start - mod.end === 1 && lex.compoundModifier(mod.word) && !stop(mod)) unit = `${mod.word} ${unit}`;
  // « 303 grands électeurs », « trois hauts fonctionnaires »: an adjective before the noun that makes a lexicalised compound
  // with it (the lexicon's compoundNouns) stays in the unit (ruleId metrics/compound-noun)
  else if (mod && h.start - mod.end === 1 && lex.compoundNouns.has(`${singular(lower(mod.word), language)} ${unit}`)) unit = `${singular(lower(mod.word), language)} ${unit}`;
  // compound nouns: "14 secrétaires d'État" → "secrétaire d'État"
  const cm = COUNTED_NOUN_RE_4.exec(text.slice(h.end, h.end + 25));
  if (cm) {
    const link = cm[1] ? "d'" : `${lower(cm[2]!)} `;
    if (lex.compoundNouns.has(`${unit} ${link}${lower(cm[3]!)}`)) {
      unit = `${unit} ${cm[1] ?? `${cm[2]} `}${cm[3]!}`;
      end = Math.max(end, h.end + cm[0].length);
    }
  }
  return { unit, phrase: text.slice(start, end), end, headStart: h.start, headEnd: h.end, ...(scale > 1 ? { scale } : {}) };
}

interface Cue { change: Change; start: number; end: number }

/** Nearest change cue before the quantity in its clause, or a change noun right after it. */
/** Impersonal « il » with its auxiliary right before a verb: « il est », « il va », « il a », « il » (ruleId metrics/fr/impersonal-fall). */
const IMPERSONAL_IL = /(?:^|[ \u00a0,])[Ii]l[ \u00a0]{1,2}(?:(?:est|était|sera|va|a|aurait|serait|pourrait)[ \u00a0]{1,2}(?:déjà[ \u00a0]{1,2})?)?$/u;

/** A link to a level or a size after « tombé »: « à », « de », « sous », « au » (ruleId metrics/fr/impersonal-fall). */
const LEVEL_AFTER_FALL = /^[ \u00a0]{1,2}(?:à|de|d['’]|sous|au|aux)(?:[ \u00a0]|$)/u;

function changeCue(text: string, from: number, q: Quantity, after: number, limit: number, rules: Rules): Cue | null {
  // clause window: at most 60 code units back, not across ; : ( ) quotes
  let ws = Math.max(from, q.start - 60);
  const back = text.slice(ws, q.start);
  const cut = Math.max(back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('('), back.lastIndexOf(')'),
    back.lastIndexOf('«'), back.lastIndexOf('»'), back.lastIndexOf('“'), back.lastIndexOf('”'));
  if (cut >= 0) ws += cut + 1;
  let best: Cue | null = null;
  rules.cue.lastIndex = 0;
  const win = text.slice(ws, q.start);
  for (const m of allMatches(rules.cue, win)) {
    // "up"/"down" only right before the number: "was up 22 percent", "down $5,000" (not "set up", "up to")
    if (rules.lex.adjacentCues.includes(lower(m[0])) && !/^[\s\u00a0]{1,2}(?:by[\s\u00a0]{1,2})?$/.test(win.slice(m.index + m[0].length))) continue;
    // "shanties, which make up 62 percent": a share, not a rise
    if (lower(m[0]) === 'up' && /\bma(?:k|d)(?:e|es|ing)?[\s\u00a0]+$/i.test(win.slice(Math.max(0, m.index - 8), m.index))) continue;
    // « Il est tombé 300 millimètres de pluie », « il tombera 50 cm de neige »: impersonal « tomber » brings what falls, no
    // fall of a value (ruleId metrics/fr/impersonal-fall)
    // (not « Il est tombé à 7,1 % », where « il » stands for a rate: the level reached follows « à », « de », « sous »)
    if (rules.language === 'fr' && /^tomb/iu.test(m[0]) && IMPERSONAL_IL.test(win.slice(Math.max(0, m.index - 16), m.index))
      && !LEVEL_AFTER_FALL.test(win.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    best = { change: m[1] ? 'increase' : 'decrease', start: ws + m.index, end: ws + m.index + m[0].length };
  }
  const am = cueAtStart(text.slice(after, Math.min(limit, after + 30)), rules);
  if (am && (!best || q.start - best.end > 25)) {
    const s = after + am.end - am.word.length;
    return { change: am.increase ? 'increase' : 'decrease', start: s, end: s + am.word.length };
  }
  return best;
}

/** Separators allowed between a number and a change noun after it. */
const CUE_AFTER_SPACE = /[ \t\u00a0\u202f-]/;
/** "de", "d'", "of" (then one or two spaces) between a number and a change noun; the three never match at the same place. */
const CUE_AFTER_LINK = /de|d['’]|of/iy;
const WHITE = /\s/;

/**
 * A change cue at the very start of `s` (nouns after a number: "15% increase", "3 % de hausse",
 * "22 percent higher"): what `^[ \t\u00a0\u202f-]{0,2}(?:(?:de|d['’]|of)\s{1,2})?(?:(inc)|(dec))E`
 * (flags `iu`) would match, found without compiling that regex (it repeats the whole change
 * lexicon, 10–50 ms to compile): the candidate starts of the cue are tried in that regex's
 * backtracking order (most separators first; the link with two spaces, one space, then none),
 * and {@link Rules.cue} (same alternation, same `iu` flags) is run at each, behind a space that
 * makes its leading guard hold (the anchored regex has none). `end` is the offset in `s` after
 * the cue word; `word` is the cue word as written. Example: " de hausse du" → { end: 9, word: "hausse" }.
 */
function cueAtStart(s: string, rules: Rules): { end: number; word: string; increase: boolean } | null {
  let k = 0;
  while (k < 2 && k < s.length && CUE_AFTER_SPACE.test(s[k]!)) k++;
  for (; k >= 0; k--) {
    const starts: number[] = [];
    CUE_AFTER_LINK.lastIndex = k;
    const link = CUE_AFTER_LINK.exec(s);
    if (link) {
      const at = k + link[0].length;
      if (WHITE.test(s[at] ?? '')) {
        if (WHITE.test(s[at + 1] ?? '')) starts.push(at + 2);
        starts.push(at + 1);
      }
    }
    starts.push(k);
    for (const at of starts) {
      rules.cue.lastIndex = 1;
      const m = rules.cue.exec(` ${s.slice(at)}`);
      if (m && m.index === 1) return { end: at + m[0].length, word: (m[1] ?? m[2])!, increase: Boolean(m[1]) };
    }
  }
  return null;
}

/**
 * A points move restated as a percentage right after it: ", or 0.37%", « , soit 0,2 % », " (0.4%)" — the points of a
 * stock index, not percentage points (ruleId metrics/index-points).
 */
const INDEX_POINTS_AFTER = /^[ \u00a0]{0,2}(?:,[ \u00a0]{0,2}(?:or|soit|ou)[ \u00a0]{1,2}|\([ \u00a0]{0,2})[+-]?\d{1,3}(?:[.,]\d{1,3})?[ \u00a0]?(?:%|percent|per[ \u00a0]cent|pour[ \u00a0]cent)/iu;
/**
 * A stock index named before a points move in its clause: "The Nasdaq Composite added 20.72 points", « l'indice CAC 40
 * a gagné 12,5 points », "the benchmark index lost 3.4 points" (ruleId metrics/index-points).
 */
const INDEX_NAME_BEFORE = /(?:\b(?:index|indices|indexes|Dow|Nasdaq|S&P|FTSE|Footsie|DAX|Nikkei|Stoxx|STOXX|Hang[ \u00a0]Seng|CAC[ \u00a0]40|Kospi|Sensex|Composite)|(?<![a-zé])(?:indice|indices))[^,;:.!?()%]{0,60}$/u;

/** Built once for {@link cleanSubject} (character classes: text/char-classes.ts). */
const CLEAN_SUBJECT_RE = new RegExp(`^(?:l|d|qu)['’](?=[${LETTER}])`, 'iu');

/** Built once for {@link cleanSubject} (character classes: text/char-classes.ts). */
const CLEAN_SUBJECT_RE_2 = new RegExp(`^[${DIGIT}.,]+$`, 'u');

/** Built once for {@link cleanSubject} (character classes: text/char-classes.ts). */
const CLEAN_SUBJECT_RE_3 = new RegExp(`[${LETTER}]`, 'u');

/** Strips leading determiners and trailing function words from a subject phrase; null when nothing is left. */
function cleanSubject(phrase: string, lex: MetricLexicon): string | null {
  const toks = phrase.replace(/[«»“”"()]/g, ' ').split(/[\s\u00a0\u202f]+/).filter(Boolean);
  const isDet = (w: string): boolean => lex.subjectDeterminers.has(norm(w));
  // elided determiners glued to the noun: "l'entreprise" → "entreprise"
  const unglue = (w: string): string => w.replace(CLEAN_SUBJECT_RE, '');
  for (let k = 0; k < 3 && toks.length; k++) {
    // leading function words and stray digits ("000 donors" from "12,000 donors")
    while (toks.length && (isDet(toks[0]!) || lex.stopWords.has(norm(toks[0]!)) || CLEAN_SUBJECT_RE_2.test(toks[0]!))) toks.shift();
    if (toks.length) toks[0] = unglue(toks[0]!);
  }
  const trailing = (w: string): boolean => (lex.stopWords.has(norm(w)) && !lex.voteSides.has(norm(w))) || lex.auxiliaries.has(norm(w)) || isDet(w);
  while (toks.length && trailing(toks[toks.length - 1]!)) toks.pop();
  const s = toks.join(' ').replace(/(?<![,;:.])[,;:.]{1,10}$/, '').trim();
  return CLEAN_SUBJECT_RE_3.test(s) ? s : null;
}

/** Approximation adverbs written after a figure (EN, FR): "450 km environ", "200 people or so" is not handled. */
const APPROX_AFTER = new Set(['environ', 'approximately', 'roughly', 'about', 'around', 'approximativement']);

/** The noun phrase after `pos` introduced by one of `links` ("of the earnings", "de son chiffre d'affaires", "in annual revenue"). */
function complementAfter(text: string, pos: number, links: readonly string[], lex: MetricLexicon, skipQuotes = false): string | null {
  let toks = wordsAfter(text, pos, 11, skipQuotes);
  if (!toks.length || toks[0]!.start - pos > 2) return null;
  // "à 450 km environ des côtes", "$2bn or so of debt": an approximation adverb before the link word
  if (toks.length > 1 && APPROX_AFTER.has(norm(toks[0]!.word)) && toks[1]!.start - toks[0]!.end <= 2) toks = toks.slice(1);
  let i = 0;
  const first = norm(toks[0]!.word);
  let ok = links.includes(first);
  // "des héritages" (de + les), "du PIB" (de + le)
  if (!ok && (first === 'des' || first === 'du') && links.includes('de')) ok = true;
  if (!ok) return null;
  i = 1;
  while (i < toks.length && lex.subjectDeterminers.has(norm(toks[i]!.word))) i++;
  const words: Tok[] = [];
  let linked = false;
  let coordinated = false;
  for (; i < toks.length && words.length < 7; i++) {
    const t = toks[i]!;
    const w = norm(t.word);
    // one coordination of two nouns: "in debt and equity", « de dommages et intérêts », "of industrial and consumer goods"
    // (ruleId metrics/subject-coordination)
    const nx = toks[i + 1];
    if ((w === 'and' || w === 'et') && !coordinated && words.length && nx && nx.start - t.end === 1 && !lex.stopWords.has(norm(nx.word))
      && !lex.auxiliaries.has(norm(nx.word)) && !lex.subjectDeterminers.has(norm(nx.word)) && !isCapitalised(nx.word)
      && !/ly$/i.test(nx.word) && !APPROX_AFTER.has(norm(nx.word))) {
      coordinated = true;
      words.push(t);
      continue;
    }
    if (w === "d'" || w === 'de' || w === 'of') {
      // one inner complement: "chiffre d'affaires", "earnings of an average worker"
      if (linked || !words.length) break;
      linked = true;
      words.push(t);
      continue;
    }
    if (lex.stopWords.has(w.replace(/'$/, '')) && !lex.subjectDeterminers.has(w)) break;
    if (lex.auxiliaries.has(w) || (lex.language === 'fr' && looksLikeFrenchVerb(w))) break;
    // ("earnings of an average worker retiring in 2022": a participle after the noun opens a reduced relative)
    // (past five words only: "Mumbai's housing" is a noun)
    if (lex.language === 'en' && words.length >= 5 && /(?:ing|ed)$/.test(w) && w.length > 4) break;
    words.push(t);
  }
  while (words.length && ['de', "d'", 'of'].includes(norm(words[words.length - 1]!.word))) words.pop();
  if (!words.length) return null;
  if (lex.denominatorNouns.has(lower(words[0]!.word))) return null;
  return cleanSubject(text.slice(words[0]!.start, words[words.length - 1]!.end), lex);
}

/** Built once for {@link countedSubject} (character classes: text/char-classes.ts). */
const COUNTED_SUBJECT_RE = new RegExp(`^[${LOWER}]+$`, 'u');

/** Built once for {@link countedSubject} (character classes: text/char-classes.ts). */
const COUNTED_SUBJECT_RE_2 = new RegExp(`^[ \\u00a0]{1,2}(?:sur|out[ \\u00a0]+of)[ \\u00a0]{1,2}[${LETTER}\\d]{1,12}(?=[ \\u00a0])`, 'iu');

/** Built once for {@link countedSubject} (character classes: text/char-classes.ts). */
const COUNTED_SUBJECT_RE_3 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link countedSubject} (character classes: text/char-classes.ts). */
const COUNTED_SUBJECT_RE_4 = new RegExp(`[${DIGIT}]`, 'u');

/**
 * Subject of a counted noun: its noun phrase ("comptes bancaires"), with a passive
 * predicate ("personnes ont été arrêtées") or the noun it describes
 * ("entreprises de plus de 20 salariés").
 */
function countedSubject(text: string, clauseStart: number, left: number, counted: Counted, q: Quantity, rules: Rules, governing: Cue | null = null): string {
  const { lex } = rules;
  let subject = (counted.model ? counted.phrase.trim() : cleanSubject(counted.phrase, lex)) ?? counted.unit;
  // "a 5 game suspension", "a 30-day ban", "a 10-year contract": a counted noun used as a modifier measures the noun
  // after it (ruleId metrics/en/counted-modifier)
  if (rules.language === 'en' && /(?:^|[\s(])(?:a|an)[ \u00a0]+$/i.test(text.slice(Math.max(0, left - 4), left))) {
    const head = wordsAfter(text, counted.end, 1)[0];
    if (head && /^[ \u00a0-]$/.test(text.slice(counted.end, head.start)) && COUNTED_SUBJECT_RE.test(head.word) && !lex.stopWords.has(head.word)
      && !lex.auxiliaries.has(head.word) && !/(?:ed|ly)$/.test(head.word)) {
      return head.word;
    }
  }
  const headWord = lower(text.slice(counted.headStart, counted.headEnd));
  // "820 km (510 miles) away from the regional capital of Porto Velho": a distance measures the place it is taken from
  // (ruleId metrics/subject-distance-from)
  if (lex.distanceUnits.has(headWord)) {
    const from = distanceFrom(text, counted.end, rules);
    if (from) return from;
  }
  // a duration measures its clause: "La capsule restera 18 jours" → "capsule restera"; so does a unit of measure:
  // "les capacités de raffinage étaient de 82,2 millions de tonnes" → "capacités de raffinage" (ruleId
  // metrics/subject-measure-clause)
  if ((lex.durationNouns.has(headWord) && /^[\s\u00a0]{0,2}$/.test(text.slice(q.end, counted.headStart)))
    || (lex.measureNouns.has(headWord) && counted.phrase.trim().split(/[\s\u00a0]+/).length === 1)) {
    const own = subjectOf(text, clauseStart, q, counted.end, governing, left, rules);
    // "La note … est passée de A3 à Baa2 soit une baisse de deux crans": a change noun before the measure names no thing;
    // what changes is the subject of the clause, up to its auxiliary (ruleId metrics/subject-change-noun)
    if (own && rules.cueExact.test(own)) {
      const at = text.lastIndexOf(own, left);
      // the clause of the change noun, or the clause before it: "… est passée de A3 à Baa2, soit une baisse de deux crans"
      const lead = (at >= 0 ? colonLead(text, at, rules) : null) ?? (clauseStart > 0 && text[clauseStart - 1] === ',' ? colonLead(text, clauseStart - 1, rules) : null);
      if (lead) return lead;
    }
    return own ?? subject;
  }
  // "a difference amounting to roughly 2.2 million votes", "une dette s'élevant à 3 000 euros": the noun before the linking
  // participle is what the count measures (ruleId metrics/subject-amounting)
  const am = AMOUNTING.exec(text.slice(Math.max(clauseStart, left - 60), left));
  if (am && !lex.stopWords.has(lower(am[1]!)) && !lex.auxiliaries.has(lower(am[1]!))) return lower(am[1]!);
  // « Et dans 20 cas, la limite légale … a été dépassée », "In 20 cases, the limit was exceeded": a count of cases fronting
  // its clause is measured by the clause after it (ruleId metrics/subject-cases)
  if (CASE_NOUNS.has(headWord) && text[counted.end] === ',' && /(?:^|[\s,])(?:dans|in|en)[ \u00a0]+$/iu.test(text.slice(Math.max(0, left - 6), left))) {
    const clause = /^,[ \u00a0]*((?:[^;:.!?,]|,(?=\d)|\.(?=\d)){1,100})/u.exec(text.slice(counted.end, counted.end + 110));
    const what = clause ? cleanSubject(clause[1]!, lex) : null;
    if (what) return `${subject} (${what})`;
  }
  // « huit véhicules sur dix étaient garés », "eight cars out of ten were parked": the ratio's total stands between the noun
  // and its predicate (ruleId metrics/subject-ratio-passive)
  const ratio = COUNTED_SUBJECT_RE_2.exec(text.slice(counted.end, counted.end + 30));
  const predFrom = counted.end + (ratio ? ratio[0].length : 0);
  const pm0 = passiveAfter(text.slice(predFrom, predFrom + 60), rules);
  // (not a function word that ends like a participle: « depuis »)
  const pm = pm0 && !lex.stopWords.has(lower(pm0[1]!)) ? pm0 : null;
  if (pm) subject = `${subject}${pm[0].replace(/[\s\u00a0]+/g, ' ').trimEnd()}`;
  // "enquêtes publiées sur l'Ohio", "flights were diverted to Boston": a participle keeps the place it names
  // (ruleId metrics/subject-participle-place)
  const predEnd = pm ? predFrom + pm[0].length : counted.end;
  if (pm || rules.participleEnd.test(subject)) {
    const place = PARTICIPLE_PLACE.exec(text.slice(predEnd, predEnd + 70));
    // (a name, not an adjective before a noun: "diverted to Canadian airports")
    const next = place ? wordsAfter(text, predEnd + place[0].length, 1)[0] : undefined;
    if (place && !(next && next.start - (predEnd + place[0].length) === 1 && COUNTED_SUBJECT_RE_3.test(next.word) && !lex.stopWords.has(lower(next.word)))) subject = `${subject} ${place[0].trim().replace(/[\s\u00a0]+/g, ' ')}`;
  }
  // "killed a total of 346 people", « a fait au total 30 morts »: "a total of" only qualifies the count (ruleId
  // metrics/subject-total-of)
  const totalOf = /(?:^|[\s(])(?:a[ \u00a0]+total[ \u00a0]+of|un[ \u00a0]+total[ \u00a0]+de|au[ \u00a0]+total)[ \u00a0]+$/iu.exec(text.slice(Math.max(clauseStart, left - 16), left));
  if (totalOf) left -= totalOf[0].trimStart().length;
  const words = wordsBefore(text, clauseStart, left, 5);
  const last = words[words.length - 1];
  // "suspended Ron Artest for the season, Stephen Jackson for 30 games", « a suspendu Zidane pour 5 matches »: the name
  // before "for"/« pour » is who the count applies to (ruleId metrics/subject-for-name)
  if (last && ['for', 'pour'].includes(norm(last.word)) && /^[ \t\u00a0]{1,2}$/.test(text.slice(last.end, left))) {
    let k = words.length - 1;
    while (k > 0 && words.length - 1 - k < 3 && isCapitalised(words[k - 1]!.word) && !lex.stopWords.has(norm(words[k - 1]!.word))
      && /^[ \u00a0]$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) k--;
    if (k < words.length - 1) return `${text.slice(words[k]!.start, words[words.length - 2]!.end)} (${subject})`;
  }
  if (last && ['de', 'of', 'with', 'avec'].includes(norm(last.word)) && /^[ \t\u00a0]{1,2}$/.test(text.slice(last.end, left)) && words.length >= 2) {
    const nounTok = words[words.length - 2]!;
    const n = norm(nounTok.word);
    rules.cue.lastIndex = 0;
    const isCue = new RegExp(`^(?:${rules.cue.source})$`, 'iu').test(n);
    if (!lex.stopWords.has(n) && !lex.auxiliaries.has(n) && !COUNTED_SUBJECT_RE_4.test(n) && !isCue && !lex.timeNouns.has(n)) {
      let k = words.length - 2;
      while (k > 0 && words.length - 2 - k < 2 && !lex.subjectDeterminers.has(norm(words[k - 1]!.word)) && !lex.stopWords.has(norm(words[k - 1]!.word))) k--;
      subject = cleanSubject(text.slice(words[k]!.start, counted.end), lex) ?? subject;
    }
  }
  // "planted over 30 million trees", « visiter 14 villes »: a count that is the object of a verb is measured by that verb
  // (ruleId metrics/subject-verb-object); change words keep the noun alone ("cut 520 jobs" → "jobs")
  // (not after a determiner: "the proposed 767 tankers" is an adjective)
  else if (!pm && last && /^[ \t\u00a0]{1,2}$/.test(text.slice(last.end, left)) && governsObject(last.word, words[words.length - 2]?.word ?? null, rules)
    && !(words.length >= 2 && lex.subjectDeterminers.has(norm(words[words.length - 2]!.word)) && !lex.complementLinks.includes(norm(words[words.length - 2]!.word)) && norm(words[words.length - 2]!.word) !== 'du')) {
    subject = `${lower(last.word)} ${subject}`;
    // "a Preview Release of the 1.0 version surpassing 10 million downloads": an -ing participle right after a noun
    // phrase is a reduced relative; that noun phrase does what is counted (ruleId metrics/subject-verb-object)
    const np = rules.language === 'en' && /ing$/i.test(last.word) ? nounPhraseBefore(text, clauseStart, last.start, rules) : null;
    if (np) subject = `${np} ${subject}`;
  }
  return subject;
}

/** "the number ", "le chiffre " right before a figure: a label that an apposition may explain (ruleId metrics/count-apposition). */
const NUMBER_LABEL = /(?:^|[\s\u00a0])(?:number|figure|chiffre|nombre)[ \u00a0]{1,2}$/iu;

/** "de", "d'", "from" right before a figure: the start of a from–to pair. */
const FROM_BEFORE = /(?:^|[\s\u00a0])(?:de|d['’]|from)[ \u00a0]{0,2}$/iu;

/** English locative prepositions: a name after one is a place, not the head of a reduced relative ("in Brazil containing"). */
const EN_LOCATIVES = new Set(['in', 'at', 'on', 'near', 'across', 'throughout', 'inside', 'outside', 'around', 'from', 'to', 'into']);

/** Built once for {@link nounPhraseBefore} (character classes: text/char-classes.ts). */
const NOUN_PHRASE_BEFORE_RE = new RegExp(`^[${DIGIT}]`, 'u');

/**
 * The noun phrase ending right before `end` (one space apart), back to a preposition or the clause start, with one
 * "of" link at most and up to seven words: "with a Preview Release of the 1.0 version" → "Preview Release of the 1.0
 * version"; null when the word before `end` is no noun (a function word, an auxiliary, an adverb in -ly, a verb form).
 */
function nounPhraseBefore(text: string, clauseStart: number, end: number, rules: Rules): string | null {
  const { lex } = rules;
  const ws = wordsBefore(text, clauseStart, end, 8);
  const lastW = ws[ws.length - 1];
  if (!lastW || !/^[ \u00a0]$/.test(text.slice(lastW.end, end))) return null;
  const w = norm(lastW.word);
  // ("spent the day interviewing 35,000 people": a time noun makes the participle adverbial)
  if (lex.stopWords.has(w) || lex.auxiliaries.has(w) || lex.subjectDeterminers.has(w) || lex.timeNouns.has(w) || /(?:ly|ed|ing)$/.test(w) || NOUN_PHRASE_BEFORE_RE.test(w)) return null;
  let k = ws.length - 1;
  let linked = false;
  while (k > 0) {
    const p = norm(ws[k - 1]!.word);
    // a determiner opens the noun phrase, unless an "of" link stands before it: "a Preview Release of the 1.0 version"
    if (lex.subjectDeterminers.has(p)) {
      k--;
      if (k > 0 && norm(ws[k - 1]!.word) === 'of' && !linked) { linked = true; k--; continue; }
      break;
    }
    if (!lex.stopWords.has(p) && !lex.auxiliaries.has(p) && !lex.clauseOpeners.has(p) && !/(?:ed|ing)$/.test(p)) { k--; continue; }
    break;
  }
  // ("camps in Brazil containing 116,382 families": a place after a locative preposition is not what the participle
  // follows)
  const before = ws[k - 1];
  if (before && EN_LOCATIVES.has(norm(before.word)) && ws.slice(k).every((t) => isCapitalised(t.word))) return null;
  return cleanSubject(text.slice(ws[k]!.start, lastW.end), lex);
}

/**
 * Whether `word`, right before a count, is a verb governing it: any word after an auxiliary or a modal ("has won 30
 * seats", "will build 500 homes", « a pris 3 villes », « faudra construire 500 logements »), an English -ed/-ing form,
 * or a French infinitive in -er/-ir, a participle in -é(e)(s) or a finite form ({@link looksLikeFrenchVerb}); never a
 * change word, a function word, an adverb in -ly, a capitalised word or one of {@link MetricLexicon.notVerbs}
 * ("including", "hundred", « comité », « quartier »). `prev` is the word before it, if any.
 */
function governsObject(word: string, prev: string | null, rules: Rules): boolean {
  const { lex } = rules;
  const w = lower(word);
  if (isCapitalised(word) || lex.stopWords.has(w) || lex.auxiliaries.has(w) || lex.notVerbs.has(w) || rules.cueExact.test(w)
    || lex.preNominalAdjectives.has(w) || lex.months.has(w) || lex.timeNouns.has(w) || /['’\d]/.test(w)) return false;
  if (prev && lex.auxiliaries.has(norm(prev)) && w.length > 2 && !/ly$/.test(w)) return true;
  // (after a modal or « de », « pour », only an infinitive: « pour accueillir 300 réfugiés », not « à peine 30 »)
  if (prev && lex.modalVerbs.has(norm(prev)) && (rules.language === 'en' || /(?:er|ir|re|oir)$/.test(w))) return true;
  if (rules.language === 'en') return w.length > 4 && /(?:[^e]ed|ing)$/.test(w);
  return (w.length > 4 && /(?:er|ir)$/.test(w)) || (w.length > 3 && /(?:é|ée|és|ées)$/.test(w)) || looksLikeFrenchVerb(w);
}


/** One capitalised word of a place's name; it ends with a dot only after dotted initials ("U.S."), never with the full stop of "marched in Paris.". */
const PLACE_WORD = `[${UPPER}](?:[${LETTER}'’-]|\\.(?=[${LETTER}])){1,30}(?:(?<=\\.[${UPPER}])\\.)?`;
/** A preposition and a capitalised place or name after a participle: " sur l'Ohio", " to Boston", " à New York". */
const PARTICIPLE_PLACE = new RegExp(`^[ \\u00a0]{1,2}(?:sur|à|en|dans|au|aux|vers|in|on|at|from|to)[ \\u00a0]{1,2}(?:l['’]|(?:la|le|les|the)[ \\u00a0])?${PLACE_WORD}(?:[ \\u00a0]${PLACE_WORD}){0,2}`, 'u');

/** A capitalised name (1–4 words) then "with"/"avec" at the end of a clause prefix: "South Korea with ", "la Chine avec ". */
const WITH_NAME = new RegExp(`(?:^|[\\s,])([${UPPER}][${LETTER}'’.-]*(?:[ \\u00a0][${UPPER}][${LETTER}'’.-]*){0,3})[ \\u00a0]+(?:with|avec)[ \\u00a0]+$`, 'u');

/** A clause prefix ending with a share verb: "Social Security benefits currently equal ", "la France représente ". */
const SHARE_VERB = /^[\s\u00a0]*(\S.{0,100}?)[ \u00a0]+(?:(?:currently|now|still|alone|already|actuellement|désormais|à elle seule|à lui seul)[ \u00a0]+)?(?:equals?|represents?|accounts?[ \u00a0]+for|makes?[ \u00a0]+up|amounts?[ \u00a0]+to|représente|représentent|équivaut[ \u00a0]+à|équivalent[ \u00a0]+à|pèse|pèsent)[ \u00a0]+$/iu;

/** "… and 11%", "… et 11 %", "… and 11 percent": a second figure right after the first, up to its unit. */
const PAIRED_FIGURE = /^[ \u00a0]+(?:and|et|or|ou)[ \u00a0]+\d[\d.,\u00a0\u202f]{0,12}[ \u00a0]?(?:%|percent|per cent|pour cent|pour cents)/u;

/**
 * The subject of the clause before the colon at `colon`: its words from the clause opener up to the first auxiliary
 * ("the cuts in guaranteed benefits for middle-class workers would be substantial:"), at most 12 words; null when the
 * clause has no auxiliary.
 */
function colonLead(text: string, colon: number, rules: Rules): string | null {
  const { lex } = rules;
  const from = Math.max(0, colon - 200);
  const back = text.slice(from, colon);
  // the clause before the colon, after a sentence stop or a comma ("However, the cuts in … would be substantial:")
  const stop = Math.max(back.lastIndexOf('. '), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('\n'), back.lastIndexOf(','));
  const words = wordsBefore(text, from + stop + 1, colon, 20);
  const aux = words.findIndex((t) => lex.auxiliaries.has(norm(t.word)));
  if (aux <= 0) return null;
  let pick = words.slice(0, aux);
  let opener = pick.length - 1;
  while (opener >= 0 && !lex.clauseOpeners.has(norm(pick[opener]!.word))) opener--;
  if (opener >= 0 && opener < pick.length - 1) pick = pick.slice(opener + 1);
  pick = pick.slice(0, 12);
  return cleanSubject(text.slice(pick[0]!.start, pick[pick.length - 1]!.end), lex);
}

/** A noun then a linking participle at the end of the text before a figure: "difference amounting to ", "dette s'élevant à ". */
const AMOUNTING = new RegExp(`(?<![${LETTER}])([${LOWER}][${LETTER}-]{2,30})[ \\u00a0]+(?:amounting[ \\u00a0]+to|totall?ing|s['’]élevant[ \\u00a0]+à|se[ \\u00a0]+montant[ \\u00a0]+à|totalisant)[ \\u00a0]+$`, 'u');

/**
 * A comma, then a participle or a phrase of value right before an amount: ", valued at ", ", worth about ", « , d'un
 * montant de », « , estimé à », « , évalué à » (ruleId metrics/subject-valued-apposition).
 */
const VALUED_APPOSITION = /,[ \u00a0]{1,2}(?:(?:valued|priced|estimated)[ \u00a0]+at|worth|(?:d['’]un[ \u00a0]+montant|d['’]une[ \u00a0]+valeur)(?:[ \u00a0]+total)?[ \u00a0]+d['’e]|(?:estimée?s?|évaluée?s?|chiffrée?s?|valorisée?s?)[ \u00a0]+à)[ \u00a0]{0,2}(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|over|plus[ \u00a0]+de|près[ \u00a0]+de|environ)[ \u00a0]+)?$/iu;

/**
 * The price of a sale or a purchase: the verb, its object (at most six words), then "for"/« pour » right before the
 * amount — "agreed to acquire Activision for $69 billion", « a racheté Activision pour 69 milliards de dollars »
 * (ruleId metrics/subject-price). The object is what the money measures.
 */
const PRICE_OBJECT = new RegExp(`(?<![${LETTER}])(?:acquire[sd]?|acquiring|buys?|buying|bought|purchase[sd]?|purchasing|sells?|selling|sold|rach[eè]t(?:e|é|er|ent|era|ait)|achet(?:e|é|er|ent)|acqu[ée]rir|acquis|c[éè]d(?:e|é|er|ent)|vend(?:u|re|ent|ra)?)[ \\u00a0]+((?:[${LETTER}${DIGIT}'’.&-]+[ \\u00a0]+){0,5}?[${LETTER}${DIGIT}'’.&-]+)[ \\u00a0]+(?:for|pour)[ \\u00a0]+(?:(?:about|around|some|nearly|près[ \\u00a0]+de|environ)[ \\u00a0]+)?$`, 'iu');

/** Nouns of a share of a whole (EN, FR): "la part du nucléaire dans …", "the share of coal in …". */
const SHARE_NOUNS = new Set(['part', 'parts', 'proportion', 'pourcentage', 'quote-part', 'share', 'percentage']);

/** After a distance: an optional conversion in parentheses, "away", then "from"/"de": "(510 miles) away from ", " des ". */
const DISTANCE_LINK = /^\)?[ \u00a0]*(?:\([^()]{1,30}\)[ \u00a0]*)?(?:(?:away|environ)[ \u00a0]+)?(?=(?:from|de|du|des|d['’])[ \u00a0]|d['’])/iu;

/**
 * The place a distance is measured from: "820 km (510 miles) away from the regional capital of Porto Velho" → "regional
 * capital of Porto Velho", "à 450 km des côtes américaines" → "côtes américaines"; null without "from"/"de" after it.
 */
function distanceFrom(text: string, after: number, rules: Rules): string | null {
  const m = DISTANCE_LINK.exec(text.slice(after, after + 50));
  if (!m) return null;
  return complementAfter(text, after + m[0].length, rules.language === 'fr' ? ['de', "d'"] : ['from'], rules.lex);
}

/** Built once for {@link subjectOf} (character classes: text/char-classes.ts). */
const SUBJECT_OF_RE = new RegExp(`^(?:which|that|who|qui|lequel|laquelle|lesquels|lesquelles)(?:[ \\u00a0]+[${LETTER}]+ly|[ \\u00a0]+(?:actuellement|désormais|encore|déjà))?$`, 'iu');

/** Built once for {@link subjectOf} (character classes: text/char-classes.ts). */
const SUBJECT_OF_RE_2 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link subjectOf} (character classes: text/char-classes.ts). */
const SUBJECT_OF_RE_3 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link subjectOf} (character classes: text/char-classes.ts). */
const SUBJECT_OF_RE_4 = new RegExp(`[${DIGIT}]`, 'u');

/** Built once for {@link subjectOf} (character classes: text/char-classes.ts). */
const SUBJECT_OF_RE_5 = new RegExp(`^[${DIGIT}]`, 'u');

/**
 * True when the text between a change verb and its figure is only the change's adjuncts — its amount as a fraction, a
 * time, the link to the level reached — and no object: "jumped by a third last year to", "rose last year to", « ont bondi
 * d'un tiers l'an dernier à ». What is measured is then the verb's subject, not the gap (ruleId
 * metrics/subject-change-adjunct). Words from {@link MetricLexicon.changeAdjunctWords}, stop words, time nouns, months,
 * week days and four-digit years; elided articles split off (« d'un », « l'an »).
 */
function changeAdjunctGap(gap: string, lex: MetricLexicon): boolean {
  const words = gap.toLowerCase().split(/[\s\u00a0\u202f'’]+/).filter(Boolean);
  if (!words.some((w) => lex.changeAdjunctWords.has(w) || lex.timeNouns.has(w) || lex.months.has(w) || lex.weekdays.has(w))) return false;
  return words.every((w) => lex.changeAdjunctWords.has(w) || lex.stopWords.has(w) || lex.timeNouns.has(w) || lex.months.has(w)
    || lex.weekdays.has(w) || /^(?:1[89]|20)\d\d$/.test(w) || w === 'l' || w === 'd');
}

/** Subject of a unit quantity (%, money): what is measured, from its clause; `priced` is the object a price was paid for ({@link PRICE_OBJECT}), read once by the caller. */
/**
 * A clause that opens on a noun phrase of its own, after an optional coordination or a contrast: " et un bénéfice net de ",
 * " and a net profit of ", " while a rival raised ", " tandis que Renault a levé ".
 */
const OWN_NOUN_CLAUSE = /^[ \u00a0]{0,2}(?:(?:et|and|but|mais|while|whereas|tandis[ \u00a0]que|alors[ \u00a0]que)[ \u00a0]{1,2})?(?:un|une|le|la|les|l['’]|son|sa|ses|leur|leurs|a|an|the|its|their)[ \u00a0]?[\p{L}]|^[ \u00a0]{0,2}(?:while|whereas|tandis[ \u00a0]que|alors[ \u00a0]que)[ \u00a0]{1,2}\p{Lu}/u;
/** "-a-year", "-a-month", "-per-year" hyphenated after an amount, before the noun it modifies (ruleId metrics/en/amount-modifier). */
const HYPHEN_PER_PERIOD = /^-(?:a|per)-(?:year|month|week|day)(?=[ \u00a0])/iu;
/** A determiner right before a measure that modifies a noun: "the 65W charger", "a 5,000mAh battery", "its 120Hz display" (ruleId metrics/en/measure-modifier). */
const MEASURE_MODIFIER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|its|their|this|that|his|her|our|new)[ \u00a0]{1,2}$/iu;
/** The start of an apposition or a relative clause: "which includes", "the difference", « qui a franchi », « plombé par ». */
const APPOSITION_START = /^[ \u00a0]{0,2}(?:which|who|whose|where|the|an?|its|their|one|qui|dont|où|l['’]|le|la|les|une?|son|sa|ses|leurs?|[\p{Ll}]{3,20}(?:ed|é|ée|és|ées))(?![\p{L}])/u;
/** A noun phrase that opens a sentence: not an adjunct of place, time or source ("In London, …", « Selon l'Insee, … »). */
const ADJUNCT_START = /^(?:in|on|at|after|before|since|for|from|with|by|according|as|while|when|if|but|and|yet|meanwhile|however|en|dans|à|au|aux|après|avant|depuis|pour|avec|par|selon|d['’]après|lors|quand|si|mais|et|pourtant|cependant|or)(?![\p{L}])/iu;
/** A subordinator inside a would-be noun phrase: "Rother points out that benefits" is a clause, not a noun phrase. */
const NP_CLAUSE_WORD = /(?:^|[ \u00a0])(?:that|said|says|qu['’]|que|a[ \u00a0]{1,2}dit|selon)(?![\p{L}])/iu;
/** A verb of the main clause that an apposition separates from its subject (the change verbs are cues; these are the rest). */
const CLAUSE_VERB = /^(?:represents?|represented|will|would|is|are|was|were|has|have|had|accounts?|accounted|totals?|totall?ed|reached|stands?|stood|représent(?:e|ent|era|eront|ait|aient)|atteint|atteindra|s['’]élève|s['’]élevait|s['’]établit|est|sont|était|sera|a|ont|avait|pèse|pesait|totalise)(?![\p{L}])/iu;

/**
 * The noun phrase before an apposition or a relative clause set between commas, when the clause of a figure opens on its
 * verb: "Net interest income, the difference between what it earns and pays, rose by 12%" → "Net interest income";
 * « La dette publique, qui a franchi la barre des 3 300 milliards, représentera 116 % » → « dette publique ».
 * `verbAt` is where the verb (the change cue) starts; null when the clause has its own subject or the shape differs
 * (ruleId metrics/subject-across-apposition).
 */
function subjectAcrossApposition(text: string, clauseStart: number, verbAt: number, rules: Rules): string | null {
  const { lex } = rules;
  if (text[clauseStart - 1] !== ',') return null;
  // the clause before the verb holds auxiliaries or adverbs only ("rose by", "a reculé de", "will represent")
  const lead = wordsBefore(text, clauseStart, verbAt, 4);
  const head = text.slice(clauseStart, verbAt).trim();
  if (lead.some((t) => !lex.auxiliaries.has(norm(t.word)) && !/ly$/.test(t.word) && !CLAUSE_VERB.test(t.word))) return null;
  if (!lead.length && verbAt > clauseStart + 2 && !CLAUSE_VERB.test(head)) return null;
  if (!lead.length && !head && verbAt === clauseStart) return null;
  // the apposition: from the comma before it back to the previous comma (not a thousands separator), within the sentence
  const from = Math.max(0, clauseStart - 240);
  const back = text.slice(from, clauseStart - 1);
  const stop = Math.max(back.lastIndexOf('. '), back.lastIndexOf('! '), back.lastIndexOf('? '), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('\n'));
  const sentence = back.slice(stop + 1);
  const open = lastClauseComma(sentence);
  if (open < 0 || sentence.slice(0, open).includes(',') && lastClauseComma(sentence.slice(0, open)) >= 0) return null;
  const apposition = sentence.slice(open + 1);
  if (!APPOSITION_START.test(apposition) || /[«»"“”()]/u.test(apposition)) return null;
  const np = sentence.slice(0, open).trim();
  if (!np || ADJUNCT_START.test(np) || np.split(/[ \u00a0]+/).length > 8 || /\d/.test(np) || NP_CLAUSE_WORD.test(np)) return null;
  // (the noun phrase has no verb of its own: "Unilever said on Thursday that turnover, which …" is read by the other rules)
  if (wordsBefore(text, from + stop + 1, from + stop + 1 + open, 8).some((t) => lex.auxiliaries.has(norm(t.word)))) return null;
  return cleanSubject(np, lex);
}

/**
 * "in fiscal 2024", "in the financial year 2023": words before a year after "in" date the figure and name nothing it
 * measures (ruleId metrics/subject-year-adjunct).
 */
const IN_YEAR_ADJUNCT = /^[ \u00a0]{1,2}in[ \u00a0]{1,2}(?:[a-z]{2,12}[ \u00a0]{1,2}){1,3}(?:19|20)\d\d(?!\d)/u;

function subjectOf(text: string, clauseStart: number, q: Quantity, after: number, cue: Cue | null, leftEdge: number, rules: Rules, priced: string | null = null): string | null {
  const { lex, language } = rules;
  const links = language === 'fr' ? ['de', "d'"] : ['of'];
  const prefix = text.slice(clauseStart, leftEdge);
  if (q.kind === 'measure' && q.unit && lex.distanceUnits.has(lower(q.unit))) {
    const from = distanceFrom(text, after, rules);
    if (from) return from;
  }
  // "The acquisition, valued at $13 billion, …", « Le rachat, d'un montant de 13 milliards de dollars, … »: an amount in an
  // apposition values the noun phrase before the comma (ruleId metrics/subject-valued-apposition)
  if (q.kind === 'currency') {
    // (the clause of the amount starts after the comma: the apposition is read before it, back to the sentence's punctuation)
    const va = VALUED_APPOSITION.exec(text.slice(Math.max(0, leftEdge - 40), leftEdge));
    const comma = va ? leftEdge - va[0].length : 0;
    const back = text.slice(Math.max(0, comma - 120), comma);
    const stop = Math.max(back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf('\n'));
    // (the noun phrase from its determiner: "Microsoft's purchase of Activision", « Le rachat »)
    const ws = va ? wordsBefore(text, comma - back.length + stop + 1, comma, 8) : [];
    let d = ws.length - 1;
    while (d >= 0 && !lex.subjectDeterminers.has(norm(ws[d]!.word))) d--;
    const from = d >= 0 ? d : ws.length <= 4 ? 0 : -1;
    const np = from >= 0 && from < ws.length ? cleanSubject(text.slice(ws[from]!.start, ws[ws.length - 1]!.end), lex) : null;
    if (np) return np;
  }
  // "a debt amounting to $3bn", "une facture s'élevant à 2 millions d'euros" (ruleId metrics/subject-amounting)
  const am = AMOUNTING.exec(text.slice(Math.max(clauseStart, leftEdge - 60), leftEdge));
  if (am && !lex.stopWords.has(lower(am[1]!)) && !lex.auxiliaries.has(lower(am[1]!))) return lower(am[1]!);
  // "Critics compare this to the $177 million spent every day in Iraq", « les 3 milliards d'euros investis dans le projet »:
  // a definite amount named by its use; the participle phrase, up to a purpose clause (ruleId metrics/subject-money-participle)
  if (q.kind === 'currency' && rules.moneyDeterminer.test(text.slice(Math.max(0, leftEdge - 8), leftEdge))) {
    const pm = rules.moneyParticiple.exec(text.slice(after, after + 30));
    if (pm) {
      const rest = /^[^,;:.!?()«»"“”]{1,80}/u.exec(text.slice(after, after + 80))?.[0] ?? '';
      const words = rest.trim().split(/[ \u00a0]+/);
      // (up to a purpose, a relative, a coordination or the main verb: "… pour rien", "… ont disparu")
      const stop = words.findIndex((w, i) => i > 0 && (/^(?:to|pour|afin|which|that|qui|que|and|et)$/i.test(w) || lex.auxiliaries.has(norm(w))));
      const use = cleanSubject(words.slice(0, stop > 0 ? stop : 8).slice(0, 8).join(' '), lex);
      if (use) return use;
    }
  }
  // "The award includes a cash component of 10 million Swedish Kronor", « Le plan comprend une enveloppe de 3 milliards » :
  // the part and the whole it belongs to, from the subject of the inclusion verb (ruleId metrics/subject-inclusion)
  const inc = rules.inclusion.exec(text.slice(Math.max(clauseStart, leftEdge - 120), leftEdge));
  if (inc) {
    const part = cleanSubject(inc[1]!, lex);
    if (part) return part;
  }
  // "agreed to acquire Activision for $69 billion": the thing sold or bought (ruleId metrics/subject-price)
  if (priced) {
    const bought = cleanSubject(priced, lex);
    if (bought) return bought;
  }
  // "Trailing are South Korea with 13% and China with 8%", "la Chine avec 8 %": the name before "with" holds the share
  // (ruleId metrics/subject-with)
  const withName = WITH_NAME.exec(prefix);
  if (withName && q.kind === 'percent') return withName[1]!;
  // "Social Security benefits currently equal 42 percent of the earnings", "La France représente 12 % des ventes": a
  // share verb makes its subject what is measured (ruleId metrics/subject-share)
  if (q.kind === 'percent') {
    // (on the words before the number itself: a qualifier may have taken the verb, "currently equal 42 percent")
    const share = SHARE_VERB.exec(text.slice(clauseStart, Math.max(leftEdge, q.start)));
    if (share) {
      const rel = /^(?:which|that|who|qui|lesquels|lesquelles|lequel|laquelle)$/i.test(share[1]!.trim());
      const holder = rel ? relativeAntecedent(text, clauseStart, lex) : cleanSubject(share[1]!, lex);
      if (holder && holder.split(' ').length <= 8) {
        // "shanties, which make up 62 percent of Mumbai's housing" → "shanties (Mumbai's housing)": the whole it is a share of
        const whole = complementAfter(text, after, links, lex);
        return whole ? `${holder} (${whole})` : holder;
      }
    }
    // "Internet Explorer, which currently holds over 90% market share", "Bolloré détient 30 % du capital": the holder and
    // what is held (ruleId metrics/subject-holder)
    const heldAt = text.slice(clauseStart, leftEdge).search(rules.holdVerb);
    if (heldAt >= 0) {
      const lead = text.slice(clauseStart, clauseStart + heldAt).trim();
      const rel = SUBJECT_OF_RE.test(lead)
        || /^(?:which|that|who|qui)$/i.test(lead.split(/[ \u00a0]+/)[0] ?? '');
      const holder = rel ? relativeAntecedent(text, clauseStart, lex) : cleanSubject(lead, lex);
      const next = wordsAfter(text, after, 2);
      let held: string | null = null;
      // "90% market share", "a 10% stake": the noun (or two) the figure modifies; else "of the market", « du capital »
      if (next[0] && next[0].start - after <= 1 && SUBJECT_OF_RE_2.test(next[0].word) && !lex.stopWords.has(lower(next[0].word)) && !lex.auxiliaries.has(lower(next[0].word))) {
        held = lower(next[0].word);
        const n2 = next[1];
        const two = n2 && n2.start - next[0].end === 1 && SUBJECT_OF_RE_3.test(n2.word) && !lex.stopWords.has(lower(n2.word)) && !lex.auxiliaries.has(lower(n2.word));
        if (two) held += ` ${lower(n2!.word)}`;
        // "a 10% stake in the firm", « une participation de 10 % dans Renault »: what the stake is in
        const prep = language === 'fr' ? 'dans' : 'in';
        const inWhat = complementAfter(text, two ? n2!.end : next[0].end, [prep], lex);
        if (inWhat) held += ` ${prep} ${inWhat}`;
      } else held = complementAfter(text, after, links, lex);
      if (holder && holder.split(' ').length <= 8) return held ? `${holder} (${held})` : holder;
    }
  }
  // "about 4% and 11% of the world's Internet users", "entre 4 % et 11 % des internautes": the first figure of a pair
  // shares the complement of the second (ruleId metrics/subject-pair)
  if (q.kind !== 'currency') {
    const pair = PAIRED_FIGURE.exec(text.slice(after, after + 40));
    if (pair) {
      const of = complementAfter(text, after + pair[0].length, links, lex);
      if (of) return of;
    }
  }
  // "the cuts in guaranteed benefits … would be substantial: 9.9% for workers retiring in 2022": a figure that opens the
  // clause after a colon measures the subject of the clause before it (ruleId metrics/subject-colon)
  if (/^[\s\u00a0]*$/.test(prefix) && text[clauseStart - 1] === ':') {
    const lead = colonLead(text, clauseStart - 1, rules);
    if (lead) return lead;
  }
  // "a 3% tax on dividends", "la taxe de 3 % sur le versement de dividendes"
  if (rules.tax.test(prefix)) {
    const on = complementAfter(text, after, language === 'fr' ? ['sur'] : ['on'], lex);
    const tax = cleanSubject(wordsBefore(text, clauseStart, leftEdge, 3).map((t) => t.word).join(' '), lex);
    if (on) return tax ? `${tax} ${language === 'fr' ? 'sur' : 'on'} ${on}` : on;
  }
  // "a 10% stake in Beta", "a 3% rise in sales", "a 25% tariff on steel": the noun the percentage modifies
  if (language === 'en' && q.kind === 'percent') {
    const next = wordsAfter(text, after, 1)[0];
    if (next && next.start - after === 1 && !lex.stopWords.has(lower(next.word)) && !isCapitalised(next.word)) {
      const of = complementAfter(text, next.end, ['in', 'of', 'on'], lex);
      rules.cue.lastIndex = 0;
      if (rules.cueExact.test(next.word)) { if (of) return of; } else return of ? `${lower(next.word)} ${text.slice(next.end, next.end + 4).trim().split(/\s/)[0]} ${of}` : lower(next.word);
    }
  }
  // "The company reported a rise of 6.5% in revenue", "an increase of $2 billion in exports": after a change noun and
  // "of", what changes follows "in" (not a time or a place: "in the third quarter", "in March", "in Germany")
  // (ruleId metrics/en/subject-change-noun-in)
  if (language === 'en' && cue && cue.end <= leftEdge && /^[ \u00a0]{1,2}of[ \u00a0]{1,2}$/iu.test(text.slice(cue.end, leftEdge))) {
    // (a time adjunct after the noun is dropped: "a fall of 3% in profits this year" → "profits")
    const inNp = complementAfter(text, after, ['in'], lex, true)?.replace(/[ \u00a0]{1,3}(?:this|last|next|that)[ \u00a0]{1,3}[^ \u00a0]{1,30}$/u, '') ?? null;
    const last = inNp ? lower(inNp.split(/[ \u00a0]+/).pop() ?? '') : '';
    if (inNp && !isCapitalised(inNp) && !lex.timeNouns.has(last) && !lex.months.has(last) && last !== 'half' && !IN_YEAR_ADJUNCT.test(text.slice(after, after + 40))) return inNp;
  }
  // "53 % des nouveaux impôts", "42 percent of the earnings", "une baisse de 3 % de son chiffre d'affaires"
  if (q.kind !== 'currency') {
    const of = complementAfter(text, after, links, lex);
    if (of) return of;
  } else {
    // "booked orders worth $5bn", "a contract worth $1.2 billion": the noun before "worth" is what the amount values
    // (ruleId metrics/subject-worth)
    const wb = WORTH_BEFORE.exec(text.slice(Math.max(clauseStart, leftEdge - 60), leftEdge));
    if (wb && !lex.stopWords.has(lower(wb[2]!)) && !lex.auxiliaries.has(lower(wb[2]!))) {
      const np = cleanSubject(wb[1]!, lex);
      if (np) return np;
    }
    // "$55 billion in annual revenue", "$500 million a year in savings", "a $23 billion dollar deal"
    // (not a time: "$5bn in the first half", "$2m in the third quarter" — ruleId metrics/subject-time-complement)
    const inNp = complementAfter(text, after, language === 'fr' ? ['en'] : ['in'], lex, true);
    const inLast = inNp ? lower(inNp.split(/[ \u00a0]+/).pop() ?? '') : '';
    if (inNp && language === 'en' && !lex.timeNouns.has(inLast) && !lex.months.has(inLast) && inLast !== 'half' && !IN_YEAR_ADJUNCT.test(text.slice(after, after + 40))) return inNp;
    // "about $125 billion worth of Chinese goods": what the amount buys (ruleId metrics/subject-worth)
    const worth = /^[ \u00a0]{1,2}worth(?=[ \u00a0]{1,2}of[ \u00a0])/iu.exec(text.slice(after, after + 12));
    if (worth) {
      const of = complementAfter(text, after + worth[0].length, ['of'], lex);
      if (of) return of;
    }
    // "spend a total of $2.6 billion on its CLPS contracts", « dépenser 2 milliards pour ses études »: what money is spent
    // on (ruleId metrics/subject-spend-on)
    if (SPEND.test(text.slice(Math.max(clauseStart, leftEdge - 40), leftEdge))) {
      const on = complementAfter(text, after, language === 'fr' ? ['pour', 'dans', 'en'] : ['on', 'for'], lex);
      if (on) return on;
      // "spend $612 million repairing the space shuttle system": a gerund names what the money goes to
      // (ruleId metrics/en/subject-spend-gerund)
      const ger = language === 'en' ? SPEND_GERUND.exec(text.slice(after, after + 140)) : null;
      if (ger) return ger[1]!;
    }
    const next = wordsAfter(text, after, 1)[0];
    // "a $500 million pledge", "a €2bn loan": an amount between an article and a noun is a modifier of that noun
    // (ruleId metrics/en/amount-modifier)
    const articled = /(?:^|[\s(])(?:a|an)[ \u00a0]+$/i.test(text.slice(Math.max(0, leftEdge - 4), leftEdge));
    if (next && next.start - after <= 1 && language === 'en' && (/dollar|euro|pound/i.test(q.text.slice(-8))
      || (articled && !lex.auxiliaries.has(lower(next.word)) && !/(?:ed|ly)$/.test(next.word)))
      && !lex.stopWords.has(lower(next.word)) && !isCapitalised(next.word)) return lower(next.word);
    // "a £2bn-a-year subsidy scheme", "a $50m-a-year contract": an amount per period hyphenated before its noun modifies
    // that noun (ruleId metrics/en/amount-modifier)
    const perPeriod = language === 'en' ? HYPHEN_PER_PERIOD.exec(text.slice(after, after + 14)) : null;
    if (perPeriod) {
      const np = wordsAfter(text, after + perPeriod[0].length, 2).filter((t) => !lex.stopWords.has(lower(t.word)) && !lex.auxiliaries.has(lower(t.word)) && !isCapitalised(t.word));
      if (np.length) return np.map((t) => lower(t.word)).join(' ');
    }
  }
  // "the 65W charger", "a 5,000mAh battery", "the 120Hz display": a glued unit of measure before a noun modifies that noun
  // (ruleId metrics/en/measure-modifier)
  if (language === 'en' && q.kind === 'measure') {
    const next = wordsAfter(text, after, 2);
    const n0 = next[0];
    if (n0 && n0.start - after === 1 && MEASURE_MODIFIER_BEFORE.test(text.slice(Math.max(0, leftEdge - 10), leftEdge))
      && !lex.stopWords.has(lower(n0.word)) && !lex.auxiliaries.has(lower(n0.word)) && !isCapitalised(n0.word) && !/(?:ed|ly)$/.test(n0.word)) {
      const n1 = next[1];
      const two = n1 && n1.start - n0.end === 1 && !lex.stopWords.has(lower(n1.word)) && !lex.auxiliaries.has(lower(n1.word)) && !isCapitalised(n1.word)
        && !/(?:ed|ly|s)$/.test(n0.word) && /^(?:rate|screen|display|battery|charger|camera|sensor|engine|motor|drive|port|lens|panel)$/i.test(n1.word);
      return two ? `${lower(n0.word)} ${lower(n1.word)}` : lower(n0.word);
    }
  }
  // "réduire la part du nucléaire dans la production d'électricité de 75 % à 50 %", "the share of coal in power output":
  // a share noun and its complement name what is measured, not the whole it is taken in (ruleId metrics/subject-share-in)
  if (q.kind === 'percent') {
    const words = wordsBefore(text, clauseStart, leftEdge, 12);
    const inAt = words.map((t) => norm(t.word)).lastIndexOf(language === 'fr' ? 'dans' : 'in');
    for (let k = inAt - 2; inAt > 0 && k >= Math.max(0, inAt - 5); k--) {
      if (SHARE_NOUNS.has(norm(words[k]!.word)) && ['de', 'du', 'des', "d'", 'of'].includes(norm(words[k + 1]!.word).replace(/’/g, "'"))) {
        const share = cleanSubject(text.slice(words[k]!.start, words[inAt - 1]!.end), lex);
        if (share) return share;
      }
    }
  }
  // "réduire ses effectifs de 8 %": the noun phrase between the verb and the number
  // (not when another figure stands in between: "fell 0.4 points to 4.5%")
  // ("McClatchy reported a loss of $304.7 million": a change noun before "of" names what is measured, and stays; so does
  // one with its adjectives, "a net loss of", « une perte nette de » — ruleId metrics/subject-change-noun-adjective)
  const nounCue = !!cue && cue.end <= leftEdge && CUE_NOUN_LINK.test(text.slice(cue.end, leftEdge))
    && wordsBefore(text, clauseStart, cue.start, 3).reverse().some((t, k, ws) => lex.subjectDeterminers.has(norm(t.word))
      && !lex.complementLinks.includes(norm(t.word)) && ws.slice(0, k).every((a) => !lex.stopWords.has(norm(a.word)) && !lex.auxiliaries.has(norm(a.word)) && !isCapitalised(a.word))
      // (words between the article and the cue are its adjectives only when the cue is a noun, not a verb: « Les impôts
      // augmenteront de », "The shares dropped by")
      && (k === 0 || !CUE_VERB_FORM.test(lower(text.slice(cue.start, cue.end)))));
  if (!nounCue && cue && cue.end <= leftEdge && !SUBJECT_OF_RE_4.test(text.slice(cue.end, leftEdge)) && !changeAdjunctGap(text.slice(cue.end, leftEdge), lex)) {
    const gap = cleanSubject(text.slice(cue.end, leftEdge), lex);
    if (gap && gap.split(' ').length <= 5) return gap;
  }
  // "Net interest income, the difference between …, rose by 12%", « La dette publique, qui a franchi …, représentera
  // 116 % », « Le chiffre d'affaires, plombé par …, a reculé de 4 % »: a clause that opens on its verb after an apposition
  // or a relative clause between commas measures the noun phrase before them (ruleId metrics/subject-across-apposition)
  const across = subjectAcrossApposition(text, clauseStart, cue && cue.end <= leftEdge ? cue.start : leftEdge, rules);
  if (across) return across;
  const end = cue && cue.end <= leftEdge ? (nounCue ? leftEdge : cue.start) : leftEdge;
  const words = wordsBefore(text, clauseStart, end, 12);
  if (!words.length) return null;
  // "une surtaxe … qui rapporterait 2,3 milliards": the antecedent of the relative clause
  const rel = words.map((t) => norm(t.word)).lastIndexOf(language === 'fr' ? 'qui' : 'which');
  let pick = words;
  if (rel > 0) {
    // from the first determiner of the antecedent: "une surtaxe exceptionnelle des particuliers soumis à l'ISF qui"
    pick = words.slice(Math.max(0, rel - 8), rel);
    const det = pick.findIndex((t) => lex.subjectDeterminers.has(norm(t.word)) || /^(?:l|d)['’]/i.test(t.word));
    if (det >= 0 && det < pick.length - 1) pick = pick.slice(det);
    return cleanSubject(text.slice(pick[0]!.start, pick[pick.length - 1]!.end), lex);
  }
  // "une croissance de 0,3 %", "a deficit of $5bn": the noun right before "de"/"of" names what is measured
  const lastTwo = words.slice(-2).map((t) => norm(t.word));
  if (words.length >= 2 && ['de', "d'", 'of'].includes(lastTwo[1]!)) {
    const nounTok = words[words.length - 2]!;
    const n = norm(nounTok.word);
    if (!lex.stopWords.has(n) && !lex.auxiliaries.has(n) && !SUBJECT_OF_RE_5.test(n)) {
      let k = words.length - 2;
      while (k > 0 && words.length - 2 - k < 3 && !lex.subjectDeterminers.has(norm(words[k - 1]!.word)) && !lex.stopWords.has(norm(words[k - 1]!.word))) k--;
      // "un taux de délinquance de 80 %", "a rate of inflation of 3%": one complement link back to the head noun
      // (ruleId metrics/subject-noun-of)
      if (k >= 2 && ['de', "d'", 'of'].includes(norm(words[k - 1]!.word)) && /^[ \u00a0]{1,2}$|^['’]$/u.test(text.slice(words[k - 1]!.end, words[k]!.start))
        && lex.subjectDeterminers.has(norm(words[k - 3]?.word ?? '')) && !lex.stopWords.has(norm(words[k - 2]!.word)) && !lex.auxiliaries.has(norm(words[k - 2]!.word))) k -= 2;
      return cleanSubject(text.slice(words[k]!.start, nounTok.end), lex);
    }
  }
  // "The deal is to cost $11.5bn", "le montant est plutôt de": the words before the first auxiliary
  // the trailing run of auxiliaries and function words before the number: "will be", "est plutôt de"
  const isAux = (t: Tok): boolean => lex.auxiliaries.has(norm(t.word));
  let aux = pick.length;
  while (aux > 0 && (isAux(pick[aux - 1]!) || lex.stopWords.has(norm(pick[aux - 1]!.word)))) aux--;
  if (aux > 0 && aux < pick.length && pick.slice(aux).some(isAux)) {
    // the subject noun phrase runs from the last clause opener to the auxiliary:
    // "he said that business between Brazil and Korea in 2004 will be US$3 billion" → "business between Brazil and Korea in 2004"
    pick = pick.slice(0, aux);
    let opener = pick.length - 1;
    while (opener >= 0 && !lex.clauseOpeners.has(norm(pick[opener]!.word))) opener--;
    if (opener >= 0 && opener < pick.length - 1) pick = pick.slice(opener + 1);
    pick = pick.slice(0, 8);
  } else pick = pick.slice(-6);
  return cleanSubject(text.slice(pick[0]!.start, pick[pick.length - 1]!.end), lex);
}

/** Verb endings of a change cue (EN, FR): "dropped", "rising", « augmenteront », « baissé », « reculait ». */
const CUE_VERB_FORM = /(?:ed|ing|ent|ont|ait|aient|ra|ront|rait|raient|é|ée|és|ées|er|ir)$/u;

/** After a change noun: up to two lower-case adjectives, then "of"/« de » ("loss of", « perte nette de », « baisse sensible de »). */
const CUE_NOUN_LINK = /^(?:[ \u00a0]{1,2}\p{Ll}{2,20}){0,2}[ \u00a0]{1,2}(?:of|de|d['’])[ \u00a0]{0,2}$/u;

/** True when the number reads as part of a date: "26 juin 2012", "November 17, 2004", "mardi 3 juillet". */
function isDate(text: string, q: Quantity, rules: Rules): boolean {
  const { lex } = rules;
  const prev = wordsBefore(text, Math.max(0, q.coreStart - 20), q.coreStart, 1)[0];
  const gapPrev = prev ? text.slice(prev.end, q.coreStart) : '';
  if (prev && /^[ \t\u00a0.,]{1,3}$/.test(gapPrev)) {
    const w = lower(prev.word);
    // (French writes the day before the month, « 12 juin »: « a banni en juin 12 pesticides » counts; "June 12" is a date)
    // (a comma after a month ends its clause: "170 passengers in July, 20 more than in June" — ruleId metrics/date-month-comma;
    // a week day takes one before its date: "Tuesday, 12 March")
    if ((lex.months.has(w) && !gapPrev.includes(',') && (rules.language !== 'fr' || /^\d{4}$/.test(text.slice(q.coreStart, q.coreEnd)))) || lex.weekdays.has(w)) return true;
  }
  const next = wordsAfter(text, q.coreEnd, 1)[0];
  if (next && next.start - q.coreEnd <= 2 && (lex.months.has(lower(next.word)) || /^(?:er|st|nd|rd|th)$/.test(next.word))) return true;
  return false;
}

/** Built once for {@link isCountingOne} (character classes: text/char-classes.ts). */
const IS_COUNTING_ONE_RE = new RegExp(`^[ \\t\\u00a0]{1,2}[${LETTER}]+[ \\t\\u00a0]{1,2}(?:said|says|told|added|explained|noted)\\b`, 'u');

/**
 * English "one" before a noun counts it ("suspended one game", "one count of murder"): English
 * articles are "a"/"an", so "one" is a numeral, unless it is a pronoun or an idiom ("one of",
 * "one day", "at one point"). French "un"/"une" are articles and never count alone.
 */
function isCountingOne(text: string, q: Quantity, rules: Rules): boolean {
  // not "One analyst said" (a pronoun-like subject), not "a one page memo" (a modifier)
  if (rules.language !== 'en' || text.slice(q.coreStart, q.coreEnd) !== 'one') return false;
  if (/(?:^|\s)(?:a|an|the|this|that|each|every|any|no)[ \t\u00a0]{1,2}$/i.test(text.slice(Math.max(0, q.coreStart - 6), q.coreStart))) return false;
  if (IS_COUNTING_ONE_RE.test(text.slice(q.coreEnd, q.coreEnd + 40))) return false;
  const next = wordsAfter(text, q.coreEnd, 1)[0];
  if (!next || next.start - q.coreEnd > 1) return false;
  const w = lower(next.word);
  // a noun, not an adverb or adjective ("one specifically", "one full day")
  return !rules.lex.stopWords.has(w) && !rules.lex.timeNouns.has(w) && !rules.lex.idiomNounsAfterOne.has(w) && !isCapitalised(next.word)
    && !/(?:ly|ful|ous|ive|able|ible|al|ic)$/.test(w) && !/^[ \t\u00a0]{1,2}(?:of|de)\s/.test(text.slice(q.coreEnd, q.coreEnd + 5));
}

/** Built once for {@link isNotACount} (character classes: text/char-classes.ts). */
const IS_NOT_A_COUNT_RE = new RegExp(`^[ \\t\\u00a0]?(?:h\\s?\\d|:\\d|[ap]\\.?m\\.?(?![${LETTER}]))`, 'iu');

/** Built once for {@link isNotACount} (character classes: text/char-classes.ts). */
const IS_NOT_A_COUNT_RE_2 = new RegExp(`^[${UPPER}]+$`, 'u');

/** Built once for {@link isNotACount} (character classes: text/char-classes.ts). */
const IS_NOT_A_COUNT_RE_3 = new RegExp(`(?:^|[\\s'’])(?:un|une|chacun|chacune|aucun|aucune|one|each|none|[${DIGIT}]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)[ \\u00a0]+(?:des|of[ \\u00a0]+the|the)$`, 'iu');

/** Built once for {@link isNotACount} (character classes: text/char-classes.ts). */
const IS_NOT_A_COUNT_RE_4 = new RegExp(`^[${DIGIT}]+$`, 'u');

/** Built once for {@link isNotACount} (character classes: text/char-classes.ts). */
const IS_NOT_A_COUNT_RE_5 = new RegExp(`^(?:-\\d{1,5})?[ \\u00a0]{1,2}[${UPPER}]`, 'u');

/**
 * The text of a clause before its first word: nothing, or the end of a sentence the splitter kept (". - ") then spaces,
 * dashes, bullets, opening quote marks and brackets.
 */
const SENTENCE_LEAD = /(?:^|[.!?])[\s\u00a0\-–—•*"«“(]{0,6}$/u;

/** A lower-case word right after a figure: "12,000 employees" after a possessive (ruleId metrics/en/count-possessive). */
const POSSESSIVE_COUNT_NOUN = new RegExp(`^[ \\u00a0][${LOWER}]{2}`, 'u');

/** The lower-case word right after a figure, group 1 (ruleIds metrics/year-like-count, metrics/proportion-denominator). */
const WORD_AFTER_FIGURE = new RegExp(`^[ \\u00a0]([${LOWER}][${LETTER}${MARK}-]{1,30})(?![${LETTER}${MARK}${DIGIT}'’-])`, 'u');

/**
 * Whether a four-digit figure that could be a year (1000–2100) counts the plural noun after it (ruleId
 * metrics/year-like-count): "The summit drew 1500 delegates", « l'usine emploie 1800 salariés », "about 2000 troops",
 * « environ 2000 manifestants ». Not after a word that opens a date ("in 2019 sales rose", « depuis 2015 les prix »);
 * a figure that could be a current year (1900–2039) needs a qualifier before it or a noun of people or jobs after it
 * ("the 2020 elections", "its 2023 accounts" stay years).
 */
function isYearLikeCount(text: string, q: Quantity, clauseStart: number, rules: Rules): boolean {
  const { lex } = rules;
  const m = WORD_AFTER_FIGURE.exec(text.slice(q.coreEnd, q.coreEnd + 34));
  if (!m) return false;
  const noun = lower(m[1]!);
  if (lex.stopWords.has(noun) || lex.timeNouns.has(noun) || lex.months.has(noun)) return false;
  const plural = lex.invariantNouns.has(noun) || noun in lex.irregularPlurals
    || (rules.language === 'fr' ? /[sx]$/u.test(noun) : /[^su]s$/u.test(noun));
  if (!plural) return false;
  const before = text.slice(Math.max(clauseStart, q.start - 40), q.start);
  if (rules.qualifierTail.test(before)) return true;
  const prev = wordsBefore(text, Math.max(clauseStart, q.start - 30), q.start, 1)[0];
  if (prev && (lex.yearPrepositions.has(norm(prev.word)) || lex.months.has(norm(prev.word)))) return false;
  return q.value < 1900 || q.value > 2039 || lex.yearLikeCountNouns.has(noun);
}

/** Words between a count and a model code: "20 more 787 Dreamliner jets", "12 new A320 jets" (ruleId metrics/count-model). */
const COUNT_MODEL_BETWEEN: ReadonlySet<string> = new Set(['more', 'new', 'additional', 'further', 'extra', 'used', 'nouveaux', 'nouvelles', 'autres']);

/** Why a bare number is not a count: year, date, label, age, time, article. */
function isNotACount(text: string, q: Quantity, clauseStart: number, rules: Rules): boolean {
  const { lex } = rules;
  if (q.joined) return true;
  if (q.spelled && q.value <= 1 && !isCountingOne(text, q, rules)) return true; // "un", "une", "a" are articles
  const core = text.slice(q.coreStart, q.coreEnd);
  // years: "en 2012", "d'ici à 2014", "2004" — but "1500 delegates", « environ 2000 manifestants » (ruleId metrics/year-like-count)
  if (!q.spelled && /^\d{4}$/.test(core) && q.value >= 1000 && q.value <= 2100 && !isYearLikeCount(text, q, clauseStart, rules)) return true;
  // "one in five adults", « un ménage sur dix consacre »: the size of the group of a proportion, not a count — but a
  // period stays one, « une baisse sur trois ans » (ruleId metrics/proportion-denominator)
  if (rules.proportionBefore.test(text.slice(Math.max(clauseStart, q.start - 60), q.start))) {
    const next = WORD_AFTER_FIGURE.exec(text.slice(q.coreEnd, q.coreEnd + 34));
    if (!next || !rules.lex.timeNouns.has(lower(next[1]!))) return true;
  }
  if (isDate(text, q, rules)) return true;
  // times: "14 h 30", "10:30", "3 p.m."
  if (IS_NOT_A_COUNT_RE.test(text.slice(q.coreEnd, q.coreEnd + 5))) return true;
  if (rules.age.test(text.slice(Math.max(0, q.start - 20), q.start))) return true;
  const prev = wordsBefore(text, Math.max(clauseStart, q.start - 30), q.start, 1)[0];
  if (prev && /^[ \t\u00a0]{1,2}$/.test(text.slice(prev.end, q.start))) {
    const w = norm(prev.word);
    // "page 12", "article 5", "Boeing 767", "Apollo 11": labels and names
    if (lex.labelWords.has(w) || lex.labelWords.has(`${w}.`)) return true;
    // (at a sentence start, a capitalised function word is fine: "Les 520 postes", "Selon 3 sources")
    // (nor a qualifier or a focus word opening the sentence: "Nearly 500 people attended", « Quelque 2 000 personnes »,
    // « Jusqu'à 3 000 postes », « Seuls huit des 29 membres » — ruleIds metrics/qualifier-at-start, metrics/lead-word)
    // (the sentence may open with a dash or a quote mark: « 4 juillet 2012. - Environ 2 000 citoyens maliens … »)
    // (a function word only at the very clause start, as before: « 2012. - Après trois ans » stays out)
    // (a possessive owns the count: "WeWork’s 12,000 employees", not "Boeing’s 737 Max" — ruleId metrics/en/count-possessive)
    if (isCapitalised(prev.word) && !IS_NOT_A_COUNT_RE_2.test(prev.word)
      && !(/[a-z]['’]s$/.test(prev.word) && POSSESSIVE_COUNT_NOUN.test(text.slice(q.end, q.end + 3)))
      && (prev.start > clauseStart || !(lex.stopWords.has(w) || lex.subjectDeterminers.has(w) || lex.definiteDeterminers.has(w)))
      && !(SENTENCE_LEAD.test(text.slice(clauseStart, Math.max(clauseStart, prev.start)))
        && (lex.clauseLeads.has(w) || rules.qualifierWhole.test(text.slice(prev.start, q.start))))) return true;
    // "the two stores", "les cinq grandes banques", "des deux sexes", "tous deux": a reference, not a count — but "un des neuf
    // moteurs", "sept des seize mausolées", "one of the nine" give the size of a set (ruleId metrics/partitive-total)
    // (nor "Sur les neuf dernières enquêtes, …", "Of the nine polls, …": a whole set, ruleId metrics/set-total)
    if (q.spelled && lex.definiteDeterminers.has(w) && !rules.setTotal.test(text.slice(clauseStart, q.start))
      && !IS_NOT_A_COUNT_RE_3.test(text.slice(Math.max(0, prev.start - 12), prev.end))) return true;
  }
  // "n° 3", "No. 5", "#1"
  if (/(?:n°|no\.|#)\s?$/iu.test(text.slice(Math.max(0, q.start - 4), q.start))) return true;
  // "roughly 400 737 Max jets", "five 787 Dreamliner sales": a number right after a count and before a name is a model
  // code (ruleId metrics/count-model)
  if (!q.spelled && prev && /^[ \u00a0]$/.test(text.slice(prev.end, q.start)) && IS_NOT_A_COUNT_RE_5.test(text.slice(q.coreEnd, q.coreEnd + 8))) {
    const isFigure = (w: string): boolean => IS_NOT_A_COUNT_RE_4.test(w) || norm(w) in quantityLexicon(rules.language).numberWords;
    if (isFigure(prev.word)) return true;
    // (a comparative may stand between: "20 more 787 Dreamliner jets", "12 new A320 jets")
    if (COUNT_MODEL_BETWEEN.has(norm(prev.word))) {
      const prev2 = wordsBefore(text, Math.max(clauseStart, prev.start - 20), prev.start, 1)[0];
      if (prev2 && /^[ \u00a0]$/.test(text.slice(prev2.end, prev.start)) && isFigure(prev2.word)) return true;
    }
  }
  return false;
}

/**
 * Ranks as quantities: « il occupe la 124e place », « classée à la 67e position », "finished in 124th place" → 124, its
 * rank noun read as the counted noun by the caller (ruleId metrics/rank). The quantity ends after the ordinal suffix.
 */
function ranks(text: string, rules: Rules): Quantity[] {
  const out: Quantity[] = [];
  rules.rank.lastIndex = 0;
  for (const m of allMatches(rules.rank, text)) {
    const end = m.index + m[0].length - m[3]!.length;
    const coreEnd = text.slice(m.index, end).trimEnd().length + m.index;
    // « la neuvième place »: an ordinal word gives its value (ruleId metrics/rank)
    const value = m[1] !== undefined ? Number(m[1]) : rules.lex.ordinalWords[lower(m[2]!)] ?? NaN;
    if (!Number.isFinite(value)) continue;
    out.push({
      start: m.index, end: coreEnd, text: text.slice(m.index, coreEnd), value, kind: 'number', unit: null,
      coreStart: m.index, coreEnd, spelled: m[1] === undefined, scale: 1, sign: null, joined: false, ruleId: `numbers/${rules.language}/rank`,
    });
  }
  return out;
}

/** Built once for {@link rankCounted} (character classes: text/char-classes.ts). */
const RANK_COUNTED_RE = new RegExp(`^[ \\u00a0]{1,2}([${LETTER}]+)`, 'u');

/** The rank noun after a rank quantity ({@link ranks}): "place" in « la 124e place ». */
function rankCounted(text: string, q: Quantity): Counted | null {
  const m = RANK_COUNTED_RE.exec(text.slice(q.end, q.end + 20));
  if (!m) return null;
  const headStart = q.end + m[0].length - m[1]!.length;
  return { unit: lower(m[1]!), phrase: m[1]!, end: headStart + m[1]!.length, headStart, headEnd: headStart + m[1]!.length };
}

/**
 * Approximate collectives as quantities: "une vingtaine d'États" (≈ 20), "une centaine de personnes",
 * "a dozen people". The extractor reads their counted noun like a bare number's.
 */
function collectives(text: string, rules: Rules): Quantity[] {
  const out: Quantity[] = [];
  rules.collective.lastIndex = 0;
  for (const m of allMatches(rules.collective, text)) {
    const word = m[2]!;
    const coreStart = m.index + m[0].length - word.length;
    // ("two dozen protesters" → 24; "half a dozen" → 6 — ruleId numbers/<lang>/collective)
    const times = m[1] ? rules.lex.collectiveMultipliers[lower(m[1]).replace(/[ \t\u00a0]+/g, ' ')] ?? 1 : 1;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0], value: rules.lex.collectives[lower(word)]! * times, kind: 'number', unit: null,
      coreStart, coreEnd: m.index + m[0].length, spelled: true, scale: 1, sign: null, joined: false, approximate: true,
      ruleId: `numbers/${rules.language}/collective`,
    });
  }
  return out;
}

/**
 * Fractions of a percentage point written in words, as quantities in percentage points: "cut rates by a quarter point"
 * → 0.25 pp, "half a percentage point" → 0.5 pp, « d'un quart de point » → 0.25 pp (ruleId metrics/fraction-points).
 */
function fractionPoints(text: string, rules: Rules): Quantity[] {
  const out: Quantity[] = [];
  for (const { re, value } of rules.fractionPoints) {
    re.lastIndex = 0;
    for (const m of allMatches(re, text)) {
      out.push({
        start: m.index, end: m.index + m[0].length, text: m[0], value, kind: 'pp', unit: 'pp',
        coreStart: m.index, coreEnd: m.index + m[0].length, spelled: true, scale: 1, sign: null, joined: false,
        ruleId: `numbers/${rules.language}/fraction-points`,
      });
    }
  }
  return out;
}

/**
 * A gap noun within the three words after a points figure, and what it compares: "2,3 points l'écart des intentions de
 * vote" → "écart (intentions de vote)", "5 points lead" → "lead"; undefined when there is none (ruleId metrics/gap-points).
 */
function gapNounAfter(text: string, pos: number, rules: Rules): string | undefined {
  const toks = wordsAfter(text, pos, 3);
  if (!toks.length || toks[0]!.start - pos > 2) return undefined;
  const i = toks.findIndex((t) => rules.lex.gapNouns.has(lower(t.word)));
  if (i < 0 || toks.slice(0, i).some((t) => !rules.lex.subjectDeterminers.has(norm(t.word)))) return undefined;
  const gap = lower(toks[i]!.word);
  const of = complementAfter(text, toks[i]!.end, rules.language === 'fr' ? ['de', "d'"] : ['of', 'in', 'between'], rules.lex);
  return of ? `${gap} (${of})` : gap;
}

/** A count already read in the document, as a possible antecedent of an elided noun. */
interface PriorCount {
  /** Index of its sentence. */
  sentence: number;
  /** Its unit (singular counted noun). */
  unit: string;
  /** Its head noun as written ("banques"). */
  head: string;
  /** End offset of its noun phrase. */
  end: number;
  /** Whether it opens its clause as a whole set: "Sur les neuf dernières enquêtes", "Of the 153 passengers". */
  setTotal: boolean;
}

/** Built once for {@link elidedCount} (character classes: text/char-classes.ts). */
/**
 * The link between a count and an earlier or other level of it, up to the figure ("12,000 employees, up from ", " a year
 * ago, compared with ", « , contre », « au lieu de »), within its sentence (ruleId metrics/elided-comparison).
 */
const ELIDED_COMPARISON = /^[^;:!?()«»"“”]{0,30}?(?:,[ \u00a0]{0,2}|[ \u00a0]{1,2})(?:(?:up|down)[ \u00a0]{1,2}from|compared[ \u00a0]{1,2}(?:with|to)|against|versus|vs\.?|from|contre|au[ \u00a0]lieu[ \u00a0]de|comparé(?:e|s|es)?[ \u00a0]{1,2}à|par[ \u00a0]rapport[ \u00a0]à)[ \u00a0]{1,2}(?:(?:about|around|some|nearly|almost|roughly|only|just|barely|environ|près[ \u00a0]de|quelque|seulement|à[ \u00a0]peine|tout[ \u00a0]juste)[ \u00a0]{1,2})?$/iu;

/**
 * The link to the next in a ranking, up to its figure: ", followed by Kazakhstan with ", « , suivie du Kazakhstan avec »,
 * « , devant Monaco avec », ", ahead of Spain with " — group 1 the name (ruleId metrics/elided-ranking).
 */
const ELIDED_RANKING = new RegExp(`,[ \\u00a0]{1,2}(?:followed[ \\u00a0]by|ahead[ \\u00a0]of|behind|trailed[ \\u00a0]by|suivie?s?[ \\u00a0](?:de|du|des|par)|devant|derrière|talonnée?s?[ \\u00a0]par)[ \\u00a0]{1,2}((?:(?:the|la|le|les|l['’])[ \\u00a0]?)?[${UPPER}][^,;:.!?()«»"“”]{0,40}?)[ \\u00a0]{1,2}(?:with|avec)[ \\u00a0]{1,2}$`, 'u');
/**
 * The change of a count, up to its figure, its noun elided: ", up ", ", a rise of ", « , en hausse de », « soit une baisse
 * de » (ruleId metrics/elided-change).
 */
const ELIDED_CHANGE = /(?:,[ \u00a0]{0,2}|[ \u00a0]{1,2})(?:en[ \u00a0](?:hausse|baisse|progression|recul|augmentation|diminution|repli)[ \u00a0]de|soit[ \u00a0](?:une[ \u00a0])?(?:hausse|baisse|augmentation|diminution|progression)[ \u00a0]de|up|down|an?[ \u00a0](?:increase|rise|drop|fall|decline)[ \u00a0]of)[ \u00a0]{1,2}(?:(?:about|around|some|nearly|almost|roughly|environ|près[ \u00a0]de|quelque|plus[ \u00a0]de|more[ \u00a0]than)[ \u00a0]{1,2})?$/iu;
/** A coordination after a table figure: " and City third on 64", « et Lyon avec 50 » (ruleId metrics/elided-standing). */
const STANDING_AND = /^[ \u00a0]{1,2}(?:and|et)(?![\p{L}])/iu;
/**
 * Another team or party of a table, up to its figure: ", with Arsenal second on ", " and City third on ", « , et Bordeaux
 * avec » — group 1 the name (ruleId metrics/elided-standing).
 */
const ELIDED_STANDING = new RegExp(`(?:,|[ \\u00a0](?:and|while|et))[ \\u00a0]{1,2}(?:(?:with|avec)[ \\u00a0]{1,2})?((?:(?:the|le|la|les)[ \\u00a0]|l['’])?[${UPPER}][^,;:.!?()«»"“”]{0,30}?)[ \\u00a0]{1,2}(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last|\\d{1,2}(?:st|nd|rd|th))[ \\u00a0]{1,2})?(?:on|avec)[ \\u00a0]{1,2}$`, 'u');
/** Prepositions of place or share after an elided subset's number: « dont 211 dans la région », "nine in Gaza" (ruleId metrics/elided-place). */
const ELIDED_PLACE_PREPS: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: new Set(['in', 'at', 'on', 'across', 'among', 'inside', 'outside']),
  fr: new Set(['dans', 'en', 'à', 'au', 'aux', 'chez', 'parmi']),
};
/** Prepositions of origin after the figure of a subset: « dont 39 du RN », "including 39 from the RN" (ruleId metrics/elided-place). */
const ELIDED_ORIGIN_PREPS: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: new Set(['from']),
  // (not « de », which opens an age bound as often: « 500 salariés, dont 20 de plus de 60 ans »)
  fr: new Set(['du', 'des']),
};
/** A coordination right before a figure: " et ", " and " (ruleId metrics/elided-place). */
const COORDINATED_BEFORE = /(?:^|[ \u00a0,])(?:et|and)[ \u00a0]{1,2}$/iu;
/** The place phrase after the preposition, up to the clause end (ruleId metrics/elided-place). */
const ELIDED_PLACE_REST = /^[^,;:.!?()«»"“”]{1,60}/u;
/** The same link farther from the count, with a comparison word only ("contre", "compared with"; not "from"). */
const ELIDED_COMPARISON_FAR = /^[^;:!?()«»"“”]{0,80}?,[ \u00a0]{0,2}(?:compared[ \u00a0]{1,2}(?:with|to)|against|versus|vs\.?|contre|au[ \u00a0]lieu[ \u00a0]de|comparé(?:e|s|es)?[ \u00a0]{1,2}à|par[ \u00a0]rapport[ \u00a0]à)[ \u00a0]{1,2}(?:(?:about|around|some|nearly|almost|roughly|only|just|barely|environ|près[ \u00a0]de|quelque|seulement|à[ \u00a0]peine|tout[ \u00a0]juste)[ \u00a0]{1,2})?$/iu;

const ELIDED_COUNT_RE = new RegExp(`^(?:[^,;:.!?()«»"“”]|(?<=(?:^|[ \\u00a0])[${UPPER}])\\.){1,80}`, 'u');

/**
 * A count whose noun is elided, read from the count before it in the same sentence (ruleId metrics/elided-noun):
 * - after a word standing for the noun: « 6 banques ont été dégradées …, 10 autres ont vu leur note baissée … et les 12
 *   dernières … » → 10 banque (subject "autres banques"), 12 banque; "three were killed and 10 others injured";
 * - at the start of a clause after a whole set (ruleId metrics/set-total): « Sur les neuf dernières enquêtes publiées,
 *   huit donnent une avance à B. Obama » → 8 enquête, subject the predicate ("donnent une avance à B. Obama").
 * Null when no count of the sentence precedes, or the antecedent is a unit of time or measure.
 */
function elidedCount(text: string, q: Quantity, clauseStart: number, si: number, counts: readonly PriorCount[], rules: Rules): { counted: Counted; subject: string; head: string } | null {
  const { lex } = rules;
  // the last count of the sentence that counts things, not time or a unit of measure ("quatre crans" is skipped)
  let k = counts.length - 1;
  const things = (c: PriorCount): boolean => !lex.timeNouns.has(lower(c.head)) && !lex.measureNouns.has(lower(c.head)) && !lex.measureNouns.has(c.unit);
  // (at most eight counts back, so that a huge sentence stays linear)
  while (k >= 0 && k >= counts.length - 8 && counts[k]!.sentence === si && !things(counts[k]!)) k--;
  const ante = k >= 0 ? counts[k] : undefined;
  // "380 metres, against just 190", « 420 mètres, contre à peine 190 », « 56 TWh, en hausse de 4 »: a unit of measure is the
  // noun of another level or of the change of its figure right after it (ruleId metrics/elided-comparison)
  const last = counts[counts.length - 1];
  if (last && last !== ante && last.sentence === si && last.end <= q.start && q.start - last.end <= 40 && !lex.timeNouns.has(lower(last.head))) {
    const gap = text.slice(last.end, q.start);
    if (ELIDED_COMPARISON.test(gap) || ELIDED_CHANGE.test(gap)) {
      return { counted: { unit: last.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: last.head, head: last.head };
    }
  }
  if (!ante || ante.sentence !== si || ante.end > q.start || lex.elidedNounWords.has(ante.unit)) return null;
  // "passed by 52 votes to 48", « adopté par 350 voix contre 200 », "killed 40 people and wounded 120": the second figure of a
  // tally or of a coordinated verb counts the noun of the first (ruleIds metrics/elided-tally, metrics/elided-coordinated)
  const paired = pairedElision(text, q, ante, rules);
  if (paired) return paired;
  // « 121 sièges sur 209 », "50 seats out of 75 available": the whole the count is taken from, right after it
  // (ruleId metrics/elided-total)
  // (not the base of a ratio: « huit véhicules sur dix », "nine out of 10 voters")
  if (OUT_OF_TOTAL.test(text.slice(ante.end, q.start)) && q.value !== 10 && q.value !== 100) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: ante.head, head: ante.head };
  }
  // "12,000 employees, up from 9,500 a year ago", "rose to 12,000 employees from 9,500", « 12 000 salariés, contre 9 500 il
  // y a un an »: an earlier or other level of the count before, its noun elided (ruleId metrics/elided-comparison)
  // (not a share given to someone: « contre 35 327 pour la Marine » is read below)
  // (nor a figure with a unit of time of its own: « 3 dimensions contre 3 h »)
  const toks = wordsAfter(text, q.end, 2);
  const next = toks[0];
  const share = DISTRIBUTION_FOR.exec(text.slice(q.end, q.end + 80));
  // (farther, up to 90 code units without another figure, after a comparison word: « 155 000 foyers étaient toujours privés
  // d'électricité jeudi soir, contre 150 000 la veille », "42,000 customers were without power on Tuesday, compared with
  // 51,000 the night before" — ruleId metrics/elided-comparison)
  const cmpGap = text.slice(ante.end, q.start);
  const cmpNear = (q.start - ante.end <= 40 && ELIDED_COMPARISON.test(cmpGap))
    || (q.start - ante.end <= 90 && !/\d/.test(cmpGap) && ELIDED_COMPARISON_FAR.test(cmpGap));
  if (cmpNear && !share
    && !(next && next.start - q.end <= 1 && lex.timeNouns.has(lower(next.word)))) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: ante.head, head: ante.head };
  }
  // « 114 468 hommes, contre 35 327 pour la Marine et 40 785 pour l'armée de l'Air », « 350 sièges (308 pour LREM et 42
  // pour le Modem) », "12 seats for Labour and 9 for the Greens": a share of the count before it, given to a named
  // beneficiary, after a contrast or a list link (ruleId metrics/elided-distribution)
  if (share && q.start - ante.end <= 80 && DISTRIBUTION_GAP.test(text.slice(ante.end, q.start))) {
    const who = cleanSubject(share[1]!, lex);
    if (who) return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: `${ante.head} ${rules.language === 'fr' ? 'pour' : 'for'} ${who}`, head: ante.head };
  }
  // "Romania reported 30,692 cases, followed by Kazakhstan with 28,147", « 62 points, devant Monaco avec 54 »: the figure of
  // the next in a ranking, its noun the count before (ruleId metrics/elided-ranking)
  const rankGap = text.slice(ante.end, q.start).replace(rules.qualifierTail, '');
  const ranked = q.start - ante.end <= 80 && !/\d/.test(rankGap) ? ELIDED_RANKING.exec(rankGap) : null;
  if (ranked && ELIDED_END.test(text.slice(q.end, q.end + 12))) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd },
      subject: `${ante.head} ${ranked[1]!.trim()}`, head: ante.head };
  }
  // "7.4 million viewers, up 1.2 million", « 5,2 millions de téléspectateurs, en hausse de 800 000 sur un an »: the change
  // of the count before, its noun elided (ruleId metrics/elided-change)
  const changeGap = text.slice(ante.end, q.start);
  if (q.start - ante.end <= 90 && ELIDED_CHANGE.test(changeGap)) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: ante.head, head: ante.head };
  }
  // "signed up 12 million new users, bringing its total to 247 million", « a gagné 3 millions d'abonnés, portant son total à
  // 40 millions »: a running total after a count, its noun elided (ruleId metrics/elided-total-running; the subject and the
  // rise are read with metrics/subject-bringing-total)
  if (q.start - ante.end <= 90 && !/\d/.test(changeGap) && BRINGING_TOTAL.test(changeGap) && ELIDED_END.test(text.slice(q.end, q.end + 12))) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: ante.head, head: ante.head };
  }
  // "Liverpool sit top on 70 points, with Arsenal second on 68", « Toulouse compte 58 points, et Bordeaux, deuxième, avec
  // 52 »: the figure of another team or party in a table, its noun the count before (ruleId metrics/elided-standing)
  const standing = q.start - ante.end <= 80 && !/\d/.test(changeGap) ? ELIDED_STANDING.exec(changeGap) : null;
  if (standing && (ELIDED_END.test(text.slice(q.end, q.end + 12)) || STANDING_AND.test(text.slice(q.end, q.end + 6)))) {
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd },
      subject: `${standing[1]!.trim()} ${ante.head.trim()}`, head: ante.head };
  }
  // « 303 grands électeurs, soit 33 de plus que les 270 requis », « 3 millions de moins »: a comparative standing for the
  // noun of the count before (ruleId metrics/elided-comparative; English "20 more" is read below with the elided-noun words)
  const comparative = rules.elidedComparative.exec(text.slice(q.end, q.end + 16));
  if (comparative) {
    const phrase = comparative[0].trim();
    const end = q.end + comparative[0].length;
    return { counted: { unit: ante.unit, phrase, end, headStart: end - phrase.length, headEnd: end }, subject: `${ante.head} ${phrase}`, head: ante.head };
  }
  const t0 = toks[0];
  if (!t0 || t0.start - q.end > 2) return null;
  const w0 = lower(t0.word);
  const headPlural = lower(ante.head);
  if (lex.elidedNounWords.has(w0)) {
    // (not before a noun of its own: "10 autres banques" is read by countedNoun)
    const t1 = toks[1];
    if (t1 && t1.start - t0.end <= 1 && !lex.stopWords.has(lower(t1.word)) && !lex.auxiliaries.has(lower(t1.word))
      && (rules.language === 'fr' ? !looksLikeFrenchVerb(lower(t1.word)) && /[sx]$/.test(lower(t1.word)) : looksPluralEn(lower(t1.word), lex))) return null;
    const word = rules.language === 'en' ? w0.replace(/s$/, '') : w0;
    return { counted: { unit: ante.unit, phrase: t0.word, end: t0.end, headStart: t0.start, headEnd: t0.end }, subject: `${word} ${headPlural}`, head: ante.head };
  }
  // "40 passengers, 12 of whom were injured", "28 banks, six of which were downgraded": a relative subset after the figure,
  // its predicate the subject (ruleId metrics/elided-subset)
  const rel = RELATIVE_SUBSET.exec(text.slice(q.end, q.end + 100));
  if (rel && text.slice(ante.end, q.start).includes(',')) {
    const pred = cleanSubject(rel[1]!, lex);
    const end = q.end + rel[0].length - rel[1]!.length;
    if (pred) return { counted: { unit: ante.unit, phrase: text.slice(q.start, end).trim(), end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: pred, head: ante.head };
  }
  // « 333 constats d'infraction, dont 324 concernant le port du casque », « 2 209 Français ont été localisés tandis que 393
  // n'ont pas encore pu être joints », "including 12 involving helmets": a subset or a contrast of the count before, whose
  // predicate (a verb, a participle, a negation) follows the number (ruleId metrics/elided-subset)
  // « 217 morts, dont 211 dans la seule région de Valence », "12 deaths, including nine in Gaza", « environ 300 salariés à
  // Poissy et près de 800 dans les fonctions support »: a subset or a coordinated share of the count before, placed by a
  // preposition right after the number; subject the count's noun and that phrase (ruleId metrics/elided-place)
  // (and "Eight people died and 14 were injured", « 12 morts et 40 ont été blessés »: a coordinated figure before its
  // auxiliary and a participle — not a year, "and 2019 was", nor a copula with an adjective, « et 2 sont rouges »)
  const lead = text.slice(Math.max(0, q.start - 24), q.start).replace(rules.qualifierTail, '');
  const coordinated = COORDINATED_BEFORE.test(lead) && q.start - ante.end <= 80 && !/\d/.test(text.slice(ante.end, q.start - lead.length));
  const yearLike = !q.spelled && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100;
  // (after a subset opener, a preposition of origin too: « 76 députés élus, dont 39 du RN », "including 39 from the RN")
  if (t0.start - q.end === 1 && ((ELIDED_PLACE_PREPS[rules.language].has(w0) && (rules.subsetOpener.test(lead) || coordinated))
    || (ELIDED_ORIGIN_PREPS[rules.language].has(w0) && rules.subsetOpener.test(lead))
    || (coordinated && !yearLike && lex.auxiliaries.has(w0) && !!toks[1] && toks[1].start - t0.end === 1
      && (rules.participleEnd.test(toks[1].word) || lex.auxiliaries.has(lower(toks[1].word)))))) {
    const rest = ELIDED_PLACE_REST.exec(text.slice(t0.start, t0.start + 60));
    const place = rest ? cleanSubject(`${ante.head} ${rest[0]}`, lex) : null;
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd },
      subject: place ?? ante.head, head: ante.head };
  }
  if (rules.subsetOpener.test(text.slice(Math.max(0, q.start - 24), q.start).replace(rules.qualifierTail, ''))) {
    const verbal = lex.auxiliaries.has(w0) || /^n['’]$|^ne$/.test(w0)
      || (rules.language === 'fr' ? looksLikeFrenchVerb(w0) || /ant$/.test(w0) : /(?:ing|ed)$/.test(w0) || ['could', 'would', 'will', 'can', 'may', 'might', 'must', 'should', 'did', 'do'].includes(w0));
    if (verbal && !isCapitalised(t0.word)) {
      const rest = /^[^,;:.!?()«»"“”]{1,80}/u.exec(text.slice(t0.start, t0.start + 80));
      const pred = rest ? cleanSubject(rest[0].split(/[ \u00a0](?:and|but|while|et|mais|tandis)[ \u00a0]/u)[0]!, lex) : null;
      if (pred) return { counted: { unit: ante.unit, phrase: t0.word, end: t0.end, headStart: t0.start, headEnd: t0.end }, subject: pred, head: ante.head };
    }
    // "a fleet of 270 aircraft, including 12 freight": a singular noun ending the clause names the kind of the subset
    // (ruleId metrics/elided-subset)
    if (!verbal && !isCapitalised(t0.word) && t0.start - q.end === 1 && !lex.stopWords.has(w0) && !lex.auxiliaries.has(w0)
      && !lex.timeNouns.has(w0) && !lex.preNominalAdjectives.has(w0) && /^[ \u00a0]{0,2}(?:[.,;:!?)]|$)/u.test(text.slice(t0.end, t0.end + 3))) {
      // (an adjective keeps the noun of the whole: "300 cars, including 40 electric" → car)
      const adjective = rules.language === 'en' ? /(?:ic|al|ive|ous|ful|able|ible|ed|ing|less|ary|ish|ern|ian)$/.test(w0) : /(?:ique|al|aux|elle|if|ive|eux|euse|é|ée|ant)s?$/.test(w0);
      return { counted: { unit: adjective ? ante.unit : singular(w0, rules.language), phrase: t0.word, end: t0.end, headStart: t0.start, headEnd: t0.end }, subject: `${ante.head} ${t0.word}`, head: adjective ? ante.head : t0.word };
    }
  }
  // "Of the nine polls, eight give …": the number opens its clause, right after the clause of the whole set
  if (!ante.setTotal || text[clauseStart - 1] !== ',' || !/^[ \t\u00a0]*$/.test(text.slice(clauseStart, q.start))) return null;
  if ((lex.stopWords.has(w0) && !lex.auxiliaries.has(w0)) || isCapitalised(t0.word)) return null;
  const verb = rules.language === 'fr' ? looksLikeFrenchVerb(w0) || lex.auxiliaries.has(w0) : !looksPluralEn(w0, lex) || lex.auxiliaries.has(w0);
  if (!verb) return null;
  // (up to the end of the clause; an initial's full stop does not end it: "à B. Obama")
  const rest = ELIDED_COUNT_RE.exec(text.slice(t0.start, t0.start + 80));
  // (nor past a coordination: "six were downgraded and the rest were not")
  const subject = rest ? cleanSubject(rest[0].split(/[ \u00a0](?:and|but|while|et|mais|tandis)[ \u00a0]/u)[0]!, lex) : null;
  if (!subject) return null;
  return { counted: { unit: ante.unit, phrase: t0.word, end: t0.end, headStart: t0.start, headEnd: t0.end }, subject, head: ante.head };
}

/**
 * « en » standing for the counted noun, before the verb of the clause (FR): the clitic pronoun stands for a noun phrase
 * introduced by « de »; after a count of the same or the previous sentence, the bare number counts that count's noun.
 * Group 1: the clause before the clitic (the subject).
 */
const EN_CLITIC_BEFORE = /^(.{0,80}?)(?:^|[ \u00a0])(?:y[ \u00a0]+)?(?:n['’])?en[ \u00a0]+((?:[a-zàâçéèêëîïôûù-]+[ \u00a0]+){1,3})$/u;
/** Words after « en » that make it a preposition, not the clitic: « en moyenne 500 », « en tout 12 ». */
const EN_PREPOSITION_HEADS = new Set(['moyenne', 'tout', 'total', 'effet', 'outre', 'partie', 'particulier', 'général', 'revanche', 'fait',
  'plus', 'cours', 'hausse', 'baisse', 'juin', 'mai', 'mars', 'avril', 'juillet', 'août', 'janvier', 'février', 'septembre',
  'octobre', 'novembre', 'décembre', 'fin', 'début', 'milieu', 'vigueur', 'route', 'ligne', 'attendant', 'vertu', 'raison', 'dehors']);

/**
 * A bare number counted by the clitic « en » (ruleId metrics/fr/count, subject read by the clitic rule
 * metrics/elided-clitic): « Airbus a livré 735 avions en 2023. Boeing en a livré 528. » → 528 avion, subject « Boeing
 * livré avions »; « il en reste 12 », « la France en compte 30 ». The antecedent is the last count of things in the same
 * or the previous sentence. Null for English, without a clitic, or when a noun follows the number.
 */
function cliticCount(text: string, q: Quantity, clauseStart: number, si: number, counts: readonly PriorCount[], rules: Rules): { counted: Counted; subject: string; head: string } | null {
  if (rules.language !== 'fr' || !Number.isInteger(q.value) || q.value < 0) return null;
  const { lex } = rules;
  const m = EN_CLITIC_BEFORE.exec(text.slice(Math.max(clauseStart, q.start - 140), q.start));
  if (!m) return null;
  const verbs = m[2]!.trim().split(/[ \u00a0]+/u);
  // (the word after the clitic is a verb form or an auxiliary, not a noun of a prepositional phrase: « en moyenne »)
  if (EN_PREPOSITION_HEADS.has(verbs[0]!) || lex.stopWords.has(verbs[0]!) && !lex.auxiliaries.has(verbs[0]!) || lex.subjectDeterminers.has(verbs[0]!)) return null;
  // (the number ends its phrase: a noun after it is read by countedNoun, a unit or a year is no count of things)
  if (!/^[ \u00a0]*(?:[.,;:!?)»]|$|(?:en|au|à|l['’]an|cette|depuis|contre|sur|dont|soit|et)[ \u00a0.,])/u.test(text.slice(q.end, q.end + 12))) return null;
  let k = counts.length - 1;
  while (k >= 0 && k >= counts.length - 8 && (lex.timeNouns.has(lower(counts[k]!.head)) || lex.measureNouns.has(lower(counts[k]!.head)) || lex.measureNouns.has(counts[k]!.unit))) k--;
  const ante = k >= 0 ? counts[k] : undefined;
  if (!ante || ante.sentence < si - 1 || ante.end > q.start || lex.elidedNounWords.has(ante.unit)) return null;
  const who = cleanSubject(m[1]!, lex);
  const verb = verbs.filter((w) => !lex.auxiliaries.has(w)).join(' ');
  const subject = [who, verb, lower(ante.head)].filter(Boolean).join(' ');
  return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd }, subject, head: ante.head };
}

/**
 * " pour la Marine", " for the Greens", « pour l'armée de l'Air » right after a figure: group 1 = the beneficiary, a name
 * or a noun of a name (ruleId metrics/elided-distribution).
 */
const DISTRIBUTION_FOR = new RegExp(`^[ \\u00a0]{1,2}(?:pour|for)[ \\u00a0]{1,2}((?:(?:l['’]|(?:la|le|les|the)[ \\u00a0]{1,2})(?:[${LOWER}]{2,20}[ \\u00a0](?:de|du|des|of)[ \\u00a0](?:l['’]|(?:la|le|les|the)[ \\u00a0])?)?)?[${UPPER}][${LETTER}'’.-]{0,30}(?:[ \\u00a0](?:[${UPPER}][${LETTER}'’.-]{0,30}|de|du|des|en|of|d['’][${UPPER}][${LETTER}'’.-]{0,30}|l['’][${UPPER}][${LETTER}'’.-]{0,30})){0,4})`, 'u');
/** Right between a count and the whole it is taken from: " sur ", " out of ", " out of a total of " (ruleId metrics/elided-total). */
const OUT_OF_TOTAL = /^[ \u00a0]{1,2}(?:sur|out[ \u00a0]of(?:[ \u00a0]a)?(?:[ \u00a0]total(?:[ \u00a0]of)?)?)[ \u00a0]{1,2}(?:(?:un[ \u00a0]total[ \u00a0]de|les)[ \u00a0]{1,2})?$/iu;
/** Between a count and a distributed share of it: no figure, then a contrast or list link (« , contre », « ( », " and "). */
const DISTRIBUTION_GAP = /^[^\d.;:!?]{0,70}(?:,|\(|(?:^|[ \u00a0])(?:contre|et|dont|soit|against|and|versus|vs\.?|including))[ \u00a0]{0,2}$/iu;

/** The link of a vote tally right before its second figure: "52 votes to ", « 350 voix contre » (ruleId metrics/elided-tally). */
const TALLY_LINK = /^[ \u00a0]{1,2}(?:(?:to|against|contre|à)[ \u00a0]{1,2})?$/iu;
/** The side word ending a tally's first count: « 350 voix contre », "200 votes against". */
const TALLY_SIDE_END = /(?:^|[ \u00a0])(?:to|against|contre|à)$/iu;
/** " of whom were injured", " of which were sold" after a figure: group 1 = the predicate up to the clause end (ruleId metrics/elided-subset). */
const RELATIVE_SUBSET = /^[ \u00a0]{1,2}of[ \u00a0]{1,2}(?:whom|which|them)[ \u00a0]{1,2}([^,;:.!?()]{3,80})/u;

/** A side word right after a tally's later figure: " contre", " against" (group 1; ruleId metrics/elided-tally). */
const TALLY_SIDE_AFTER = new RegExp(`^[ \\u00a0]{1,2}([${LETTER}]{3,8})(?![${LETTER}])`, 'u');
/** Between two sides of a tally: a comma or "and"/« et » (« 341 voix pour, 170 contre », "52 votes for and 48 against"). */
const TALLY_LIST_GAP = /^[ \u00a0]{0,2}(?:,[ \u00a0]{0,2}|(?:and|et)[ \u00a0]{1,2}|,[ \u00a0]{0,2}(?:and|et)[ \u00a0]{1,2})$/iu;
/** A coordinated verb before a second figure: " and wounded ", « et blessé » (group 1 = the verb; ruleId metrics/elided-coordinated). */
const COORDINATED_VERB = new RegExp(`^[ \\u00a0]{1,2}(?:and|et)[ \\u00a0]{1,2}([${LETTER}]{3,20})[ \\u00a0]{1,2}$`, 'u');
/** What may follow an elided second figure: the end of its clause or a preposition, not a word it would modify. */
const ELIDED_END = new RegExp(`^(?:[ \\u00a0]{0,2}(?:[.,;:!?)»”"]|$)|[ \\u00a0]{1,2}(?:in|on|at|from|for|after|since|during|with|en|dans|à|au|aux|depuis|lors|pour|avec|selon|according)(?![${LETTER}]))`, 'iu');

/**
 * The second figure of a pair whose noun is written once, with the first (ruleIds metrics/elided-tally,
 * metrics/elided-coordinated):
 * - a vote tally: "passed by 52 votes to 48", "defeated by 306 votes to 242", « adopté par 350 voix contre 200 » → 48 vote;
 * - a second verb of the same clause: "killed at least 40 people and wounded 120" → 120 person.
 * The second figure must end its clause or stand before a preposition ("… to 48.", "and wounded 120 in the attack").
 */
function pairedElision(text: string, q: Quantity, ante: PriorCount, rules: Rules): { counted: Counted; subject: string; head: string } | null {
  const { lex } = rules;
  if (q.kind !== 'number' || q.start - ante.end > 30) return null;
  const gap = text.slice(ante.end, q.start);
  // « par 341 voix pour et 170 contre », "by 52 votes for, 48 against": the second side of a tally names its side, not its noun
  const side = TALLY_SIDE_AFTER.exec(text.slice(q.end, q.end + 12));
  if (side && lex.voteNouns.has(lower(ante.head)) && TALLY_LIST_GAP.test(gap) && lex.voteSides.has(lower(side[1]!))) {
    const end = q.end + side[0].length;
    return { counted: { unit: ante.unit, phrase: text.slice(q.coreStart, end), end, headStart: q.coreStart, headEnd: q.coreEnd }, subject: `${ante.head} ${side[1]!}`, head: ante.head };
  }
  if (!ELIDED_END.test(text.slice(q.end, q.end + 12))) return null;
  const counted: Counted = { unit: ante.unit, phrase: text.slice(q.coreStart, q.coreEnd), end: q.end, headStart: q.coreStart, headEnd: q.coreEnd };
  if (lex.voteNouns.has(lower(ante.head)) && TALLY_LINK.test(gap) && (gap.trim() !== '' || TALLY_SIDE_END.test(text.slice(Math.max(0, ante.end - 9), ante.end)))) {
    return { counted, subject: ante.head, head: ante.head };
  }
  // (the second verb may be a gerund, and the second figure may carry its own qualifier: "killing at least 41 people and
  // injuring more than 1,300", « tuant 12 personnes et blessant plus de 40 » — ruleId metrics/elided-coordinated)
  const cm = COORDINATED_VERB.exec(gap.replace(rules.qualifierTail, ''));
  if (cm && (rules.participleEnd.test(cm[1]!) || /(?:ing|ant)$/u.test(cm[1]!)) && !lex.stopWords.has(lower(cm[1]!))) {
    return { counted, subject: `${ante.head} ${cm[1]!}`, head: ante.head };
  }
  return null;
}

/** The link between the two figures of a move: " à ", " to " (ruleId metrics/from-to-count). */
const FROM_TO_LINK = /^[ \u00a0]{1,2}(?:à|to)[ \u00a0]{1,2}$/iu;

/**
 * The noun of a bare starting figure of a move, read after the figure reached: « passeront de 12 000 à 9 000 salariés »,
 * "cut from 3,500 to 1,550 troops" → the first counts "salarié", "troops" too (ruleId metrics/from-to-count). (A rising
 * pair, « de 3 à 5 personnes », is already one range of the number grammar.) Null unless "de"/"from" opens the pair and
 * the second figure is a bare number with a counted noun.
 */
function fromToCount(text: string, q: Quantity, next: Quantity | undefined, rules: Rules): Counted | null {
  if (!next || q.kind !== 'number' || next.kind !== 'number' || q.joined || next.joined || next.valueMax !== undefined) return null;
  if (!FROM_TO_LINK.test(text.slice(q.end, next.start)) || !FROM_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start))) return null;
  const c = countedNoun(text, next, rules);
  if (!c || rules.lex.timeNouns.has(lower(text.slice(c.headStart, c.headEnd)))) return null;
  return { ...c, end: q.end };
}

/** After a product's name: its plural "s", then no letter, digit or hyphen ("F-35s", "Rafale"; not "Rafale-M"). */
const PRODUCT_END = new RegExp(`^s?(?![${LETTER}${DIGIT}-])`, 'u');

/**
 * A count of a product named right after the number, without a noun of its own: « L'Inde a commandé 36 Rafale », "the
 * Pentagon will buy 90 F-35s" → unit the product's name in lower case ("rafale", "f-35"; ruleId metrics/count-product).
 * The name must be a product actor's mention starting one space after the number; a noun after it ("24 Typhoon jets") is
 * read by {@link countedNoun} instead. Null otherwise.
 */
function productCount(text: string, q: Quantity, ctx: ExtractionContext, rules: Rules): Counted | null {
  if (q.kind !== 'number' || q.joined || q.valueMax !== undefined || !/^[ \u00a0]$/.test(text.slice(q.end, q.end + 1))) return null;
  const m = ctx.actors.mentionAt(q.end + 1);
  if (!m || m.actor.kind !== 'product' || m.start !== q.end + 1) return null;
  const tail = PRODUCT_END.exec(text.slice(m.end, m.end + 2));
  if (!tail) return null;
  const end = m.end + tail[0].length;
  // (a plural noun after the name is the counted noun: "24 Typhoon jets", « 18 Rafale neufs » keeps the name)
  const nx = wordsAfter(text, end, 1)[0];
  if (nx && nx.start - end === 1 && rules.language === 'en' && looksPluralEn(lower(nx.word), rules.lex) && !rules.lex.stopWords.has(lower(nx.word))) return null;
  return { unit: lower(m.text), phrase: text.slice(m.start, end), end, headStart: m.start, headEnd: end, model: true };
}

/** "<noun> worth " right before an amount: group 1 = up to two modifiers and the noun, group 2 = the noun (ruleId metrics/subject-worth). */
const WORTH_BEFORE = new RegExp(`(?<![${LETTER}])((?:[${LOWER}][${LETTER}-]{1,30}[ \\u00a0]){0,2}([${LOWER}][${LETTER}-]{2,30}))[ \\u00a0]+worth[ \\u00a0]+(?:(?:about|around|some|nearly|almost|up[ \\u00a0]+to|more[ \\u00a0]+than|over)[ \\u00a0]+)?$`, 'u');

/** "-point lead", "-point margin" right after a figure (group 1 = the gap noun; ruleId metrics/gap-points). */
/** A preposition of the level a move reaches, right before points: "climb to four points clear", « revient à deux points » (ruleId metrics/standing-points). */
const POINTS_LEVEL_BEFORE = /(?:^|[^\p{L}])(?:to|at|à)[ \u00a0]{1,2}$/iu;
/** A gap in a league table after points: "four points clear", "two points adrift", « six points d'avance », « trois points du leader » (ruleId metrics/standing-points). */
const STANDING_GAP_AFTER = /^[ \u00a0]{1,2}(?:clear|adrift|behind|ahead|d['’]avance|de[ \u00a0]retard|du[ \u00a0](?:leader|podium))(?![\p{L}])/iu;
const HYPHEN_GAP = /^-(?:percentage-)?points?[ \u00a0](lead|margin|gap|advantage|edge)(?![a-z])/iu;

/** "the number of migrants", « le nombre de chômeurs » (group 1 = the counted noun; ruleId metrics/number-of-count). */
const NUMBER_OF = new RegExp(`(?<![${LETTER}])(?:the|le)[ \\u00a0]+(?:number|nombre)[ \\u00a0]+(?:of|de|d['’])[ \\u00a0]*([${LOWER}][${LETTER}-]{2,30})(?![${LETTER}'’-])`, 'giu');
/** "the number of …", « le nombre de … » right after a figure (sticky at its end; ruleId metrics/number-of-after). */
const NUMBER_OF_AFTER = new RegExp(`[ \\u00a0]{1,2}(?:the|le)[ \\u00a0]+(?:number|nombre)[ \\u00a0]+(?:of|de|d['’])[ \\u00a0]*([${LOWER}][${LETTER}-]{2,30})(?![${LETTER}'’-])`, 'iuy');
/** What may stand between "the number of …" and its figure: no figure, no clause or sentence punctuation. */
const NUMBER_OF_GAP = /^[^\d.;:!?()«»"“”]{1,100}$/u;
/** The gap before the level a change of "the number of …" reached: figures allowed, within the sentence. */
const NUMBER_OF_LEVEL_GAP = /^[^.;:!?()«»"“”]{1,100}$/u;
/** A link to the level reached right before a figure: " to ", « , à », « pour atteindre », "reaching". */
const LEVEL_REACHED_BEFORE = /(?:[ \u00a0]to|,[ \u00a0]{0,2}à|[ \u00a0]reaching|[ \u00a0]atteignant|pour[ \u00a0]atteindre|pour[ \u00a0]s['’]établir[ \u00a0]à)[ \u00a0]{1,2}(?:(?:about|around|some|nearly|almost|environ|près[ \u00a0]de)[ \u00a0]{1,2})?$/iu;

/**
 * A bare figure whose noun is named by "the number of …", « le nombre de … » heading its clause: « Le nombre de chômeurs
 * a diminué de 50 000 », "The number of migrants crossing the border doubled to 144,000" → unit "chômeur", "migrant"
 * (ruleId metrics/number-of-count). Only a plural noun counts; null otherwise.
 */
function numberOfCount(text: string, q: Quantity, rules: Rules): Counted | null {
  if (q.kind !== 'number' || q.joined || q.valueMax !== undefined) return null;
  const from = Math.max(0, q.start - 110);
  let last: RegExpExecArray | null = null;
  NUMBER_OF.lastIndex = 0;
  for (const m of allMatches(NUMBER_OF, text.slice(from, q.start))) last = m as RegExpExecArray;
  if (!last) {
    // « La CGT chiffre à plus de 6 000 le nombre d'emplois menacés », « estiment à 1 200 le nombre de sans-abri »: the
    // figure an estimate gives, right before the number it names (ruleId metrics/number-of-after)
    NUMBER_OF_AFTER.lastIndex = q.end;
    const am = NUMBER_OF_AFTER.exec(text);
    if (!am) return null;
    const w = lower(am[1]!);
    const plural = rules.language === 'fr' ? /[sx]$/.test(w) || w.includes('-') : looksPluralEn(w, rules.lex);
    if (!plural || rules.lex.stopWords.has(w) || rules.lex.timeNouns.has(w)) return null;
    const end = q.end + am[0].length;
    return { unit: singular(w, rules.language), phrase: text.slice(q.end, end).trim(), end, headStart: end - am[1]!.length, headEnd: end };
  }
  const noun = last[1]!;
  const start = from + last.index! + last[0].length - noun.length;
  const end = start + noun.length;
  // (a figure may stand between when this one is the level a change reached: "The number of cases fell by 3,000 to
  // 45,000", « Le nombre de chômeurs a baissé de 3 000, à 45 000 » — ruleId metrics/number-of-level)
  const gap = text.slice(end, q.start);
  if (!NUMBER_OF_GAP.test(gap) && !(NUMBER_OF_LEVEL_GAP.test(gap) && LEVEL_REACHED_BEFORE.test(gap))) return null;
  const w = lower(noun);
  // ("Officials put the number of dead at 86": an adjective standing for people counts persons — metrics/en/person-adjective)
  if (rules.lex.personAdjectives.has(w)) return { unit: 'person', phrase: text.slice(from + last.index!, end), end: q.end, headStart: start, headEnd: end };
  const plural = rules.language === 'fr' ? /[sx]$/.test(w) : looksPluralEn(w, rules.lex);
  if (!plural || rules.lex.stopWords.has(w) || rules.lex.timeNouns.has(w)) return null;
  return { unit: singular(w, rules.language), phrase: text.slice(from + last.index!, end), end: q.end, headStart: start, headEnd: end };
}

/** Adverbs that stand between a subject and its verb ("GateHouse reportedly laid off", « a aussi supprimé »). */
const AGENT_ADVERB = new RegExp(`^(?:[${LETTER}]+ly|also|still|already|just|aussi|déjà|encore|également|notamment|ne|n['’]|not|pas)$`, 'iu');

/** Built once for {@link clauseAgent} (character classes: text/char-classes.ts). */
const CLAUSE_AGENT_RE = new RegExp(`[${DIGIT}]`, 'u');

/**
 * The subject of the verb that starts at `verbStart`, when it opens its clause: "GateHouse" in "GateHouse reportedly laid
 * off more than 60 employees", « séisme » in « Le séisme a fait près de 5 500 morts », "McClatchy" in "McClatchy reported
 * a loss of …" (a determiner and one verb before a change noun are passed over). At most three words, the first after
 * the clause start, a determiner or a clause opener; null otherwise (ruleId metrics/subject-agent).
 */
/** Links between a head noun and its complement ("price of oil", « taux de chômage », « prix du pain », « part des ventes »). */
const NOUN_COMPLEMENT_LINKS = new Set(['of', 'de', "d'", 'du', 'des']);
/** Links of a complement of place or manner inside a subject: « ventes en ligne », "sales in China" (ruleId metrics/agent-complements). */
const PLACE_COMPLEMENT_LINKS = new Set(['en', 'in']);

function clauseAgent(text: string, clauseStart: number, verbStart: number, rules: Rules): string | null {
  const { lex } = rules;
  const ws = wordsBefore(text, clauseStart, verbStart, 10);
  let k = ws.length;
  const w = (i: number): string => norm(ws[i]!.word);
  // "reported a [loss]": a determiner, then one verb
  if (k > 0 && lex.subjectDeterminers.has(w(k - 1)) && !isCapitalised(ws[k - 1]!.word)) {
    k--;
    if (k > 0 && !isCapitalised(ws[k - 1]!.word) && !lex.stopWords.has(w(k - 1))) k--;
  }
  while (k > 0 && (lex.auxiliaries.has(w(k - 1)) || AGENT_ADVERB.test(ws[k - 1]!.word))) k--;
  let j = k;
  while (j > 0 && k - j < 3 && !lex.stopWords.has(w(j - 1)) && !lex.subjectDeterminers.has(w(j - 1)) && !lex.clauseOpeners.has(w(j - 1))
    && !lex.auxiliaries.has(w(j - 1)) && !CLAUSE_AGENT_RE.test(ws[j - 1]!.word)) j--;
  if (j === k) return null;
  // (through one complement link to its head noun: « Le taux de chômage est passé », "The price of oil rose" — ruleId
  // metrics/from-to)
  const head = (i: number): boolean => !lex.stopWords.has(w(i)) && !lex.subjectDeterminers.has(w(i)) && !lex.auxiliaries.has(w(i)) && !CLAUSE_AGENT_RE.test(ws[i]!.word);
  // (and through two or three: « La part des ventes en ligne est passée », « Le taux de chômage des jeunes est passé »,
  // "The rate of unemployment of young people in Spain went from" — ruleId metrics/agent-complements)
  for (let c = 0, at = j; c < 3 && at >= 2 && (NOUN_COMPLEMENT_LINKS.has(w(at - 1).replace(/’/g, "'")) || (c > 0 || at < k) && PLACE_COMPLEMENT_LINKS.has(w(at - 1)))
    && head(at - 2); c++) {
    let h = at - 2;
    while (h > 0 && at - h < 4 && head(h - 1)) h--;
    at = h;
    if (h === 0 || lex.clauseOpeners.has(w(h - 1)) || (lex.subjectDeterminers.has(w(h - 1)) && (h === 1 || lex.clauseOpeners.has(w(h - 2))))) {
      j = h;
      break;
    }
  }
  // (the noun phrase opens its clause: nothing, a clause opener, or a determiner that opens it before it — not "spent the
  // day interviewing")
  const opens = (i: number): boolean => i === 0 || lex.clauseOpeners.has(w(i - 1));
  if (j > 0 && !(lex.clauseOpeners.has(w(j - 1)) || (lex.subjectDeterminers.has(w(j - 1)) && opens(j - 1)))) return null;
  if (ws.slice(j, k).some((t) => lex.timeNouns.has(norm(t.word)))) return null;
  // (a pronoun is no agent, nor a verb form: "he", « il », "planned")
  const np = cleanSubject(text.slice(ws[j]!.start, ws[k - 1]!.end), lex);
  if (!np || /^(?:he|she|it|they|we|i|you|il|elle|ils|elles|on|nous|vous)$/i.test(np)) return null;
  if (!isCapitalised(np) && rules.language === 'en' && /(?:ed|ing)$/.test(np)) return null;
  return np;
}

/**
 * A verb of the market, then the words up to "at"/« à » before a price level: "closed in New York on Tuesday at ", « a
 * clôturé à » (the noun phrase before the verb is read with {@link wordsBefore}; ruleId metrics/subject-price-level).
 */
// (also the wire's "was last at", "was last trading at", "last traded at": "Brent LCOc1 was last at $60.73")
const PRICE_LEVEL = new RegExp(`(?<![${LETTER}])(?:was[ \\u00a0]last|were[ \\u00a0]last|last[ \\u00a0]traded|(?:was|were|is|are)[ \\u00a0]trading|closed|ended|finished|opened|traded|settled|stood|clôturé|terminé|fini|ouvert|clôture|termine|finit)(?![${LETTER}])(?:[ \\u00a0][^,;:.!?()]{0,50}?)?[ \\u00a0]+(?:at|à)[ \\u00a0]+$`, 'iu');

/** A verb of spending, then at most three words, at the end of the text before an amount: "spend a total of ", « dépense en moyenne ». */
/** A gerund phrase after an amount spent: " repairing the space shuttle system" (ruleId metrics/en/subject-spend-gerund). */
const SPEND_GERUND = new RegExp(`^[ \\u00a0]{1,2}([${LOWER}]{3,20}ing(?:[ \\u00a0](?!(?:and|but|while|after|before|by|which|that|who)(?![${LETTER}]))[${LETTER}${DIGIT}'’-]{1,25}){0,5})`, 'u');
const SPEND = new RegExp(`(?<![${LETTER}])(?:spend|spends|spent|spending|invest|invests|invested|investing|dépens(?:e|ent|er|é|era|ait)|investi(?:t|r|ssent)?)(?:[ \\u00a0]+[${LETTER}'’]+){0,3}[ \\u00a0]+$`, 'iu');

/**
 * A running total that a new figure brings to: "bringing the total number of private moon lander hopefuls to ", « portant
 * le nombre de morts à », « porte le bilan à ». Group 1 = what is totalled (ruleId metrics/subject-bringing-total).
 */
const BRINGING_TOTAL = new RegExp(`(?<![${LETTER}])(?:bringing|brings|brought|bring|taking|takes|took|raising|raises|raised|pushing|pushed|portant|porte|portent|porté|portait|faisant[ \\u00a0]+passer)[ \\u00a0]+(?:the|its|their|le|la|son|sa|leur)[ \\u00a0]+(?:total[ \\u00a0]+|overall[ \\u00a0]+)?(?:(?:number|count|tally|toll|total|nombre|bilan|total)(?:[ \\u00a0]+total)?)(?:[ \\u00a0]+(?:of|de|des|d['’])[ \\u00a0]*((?:[${LETTER}'’-]+[ \\u00a0]+){0,5}?[${LETTER}'’-]+))?[ \\u00a0]+(?:to|à)[ \\u00a0]+$`, 'iu');

/** Nouns of a payment made to someone: "a contribution of $124 million to its pension fund", « un versement de 3 M€ à l'État ». */
const PAYMENT_NOUNS = new Set(['contribution', 'payment', 'donation', 'transfer', 'grant', 'subsidy', 'versement', 'paiement', 'don', 'subvention', 'virement']);

/** After a count of people, the words of an anonymous source: " familiar with", " briefed on", « proches du dossier ». */
const ANONYMOUS_SOURCES = /^[ \u00a0,]{1,3}(?:familiar[ \u00a0]+with|briefed[ \u00a0]+on|close[ \u00a0]+to[ \u00a0]+the|with[ \u00a0]+knowledge[ \u00a0]+of|who[ \u00a0]+(?:asked|spoke|declined)[ \u00a0]+|proches?[ \u00a0]+(?:du[ \u00a0]+dossier|de[ \u00a0]+l['’]enquête|des[ \u00a0]+négociations|de[ \u00a0]+la[ \u00a0]+direction)|au[ \u00a0]+fait[ \u00a0]+d|ayant[ \u00a0]+requis[ \u00a0]+l['’]anonymat)/iu;

/** A topic opening a sentence, then a comma: « Quant à la participation des femmes dans la vie politique, », "As for X, ". */
const TOPIC = /^[\s\u00a0]{0,3}(?:Quant[ \u00a0]+(?:à|au|aux)|En[ \u00a0]+ce[ \u00a0]+qui[ \u00a0]+concerne|As[ \u00a0]+for|As[ \u00a0]+to)[ \u00a0]+([^,;:.!?]{1,100}),[ \u00a0]*$/iu;

/**
 * What may follow an amount whose currency is elided: the end of its clause or a preposition, not a noun it would count
 * (« à 423 millions) », "to 3.7 billion from" — not « 23 millions de personnes », "3 million people").
 */
const MONEY_ELIDED_END = new RegExp(`^(?:[ \\u00a0]{0,2}(?:[.,;:!?)»”"]|$)|[ \\u00a0]{1,2}(?:in|on|at|from|for|to|and|or|a|an|per|versus|vs|en|dans|à|au|aux|sur|pour|et|ou|contre|par|soit|l['’]an|this|last|cette|fin)(?![${LETTER}]))`, 'iu');

/**
 * The currency of a scaled amount written without it, « Kering (+ 129,3 %, à 423 millions) » after « Orange (+ 89,2 %, à
 * 1,1 milliard d'euros) », "revenue rose to $3.42 billion from 2.24 billion": the currency of the nearest amount of the
 * same sentence (before it, else after it), else of the sentence before (« la moisson atteint les 35 milliards » after
 * « 25 milliards d'euros de bénéfices »). Only a figure with a scale word ("millions", "bn") and no noun after it; null
 * otherwise (ruleId metrics/<lang>/currency-elided).
 */
function elidedCurrency(doc: AnalysedText, quantities: readonly Quantity[], qi: number, rules: Rules): string | null {
  const { text } = doc;
  const q = quantities[qi]!;
  // (whatever follows a subset of an amount: « 806 millions d'euros, dont 228 millions issus de la billetterie », "$4bn,
  // including 1.2 billion raised abroad" — ruleId metrics/<lang>/currency-elided)
  // (« 40 milliards d'économies », « 5 milliards de hausses d'impôts »: a noun of money after the scale is what the amount
  // buys or saves, not a count of it — ruleId metrics/<lang>/currency-elided)
  const moneyNoun = MONEY_NOUN_AFTER[rules.language].test(text.slice(q.end, q.end + 40));
  if (q.kind !== 'number' || q.scale < 1e6 || q.approximate || q.valueMax !== undefined
    || !(moneyNoun || MONEY_ELIDED_END.test(text.slice(q.end, q.end + 12)) || ESTIMATE_AFTER.test(text.slice(q.end, q.end + 30)) || EXTRACT_METRICS_RE_5.test(text.slice(Math.max(0, q.start - 16), q.start)))) return null;
  if (!moneyNoun && countedNoun(text, q, rules)) return null;
  const si = sentenceAt(doc, q.start);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  const prevStart = si > 0 ? doc.sentences[si - 1]!.start : sent.start;
  // (at most eight figures each way, so that a long list stays linear)
  let prevSentence: string | null = null;
  for (let k = qi - 1; k >= 0 && k >= qi - 8 && quantities[k]!.start >= prevStart; k--) {
    const p = quantities[k]!;
    // "Netflix added 8.8 million subscribers, bringing its total to 260 million": a scaled count nearer in the sentence
    // gives the noun, not an amount farther back (ruleId metrics/<lang>/currency-elided)
    if (p.kind === 'number' && p.start >= sent.start && p.scale >= 1e6 && countedNoun(text, p, rules)
      && !MONEY_NOUN_AFTER[rules.language].test(text.slice(p.end, p.end + 40))) return null;
    if (p.kind !== 'currency' || !p.unit) continue;
    if (p.start >= sent.start) return p.unit;
    prevSentence ??= p.unit;
  }
  // (a headline takes the currency of its lead: « Budget : Bercy cherche 40 milliards d'économies » before « Le
  // gouvernement veut réaliser 40 milliards d'euros d'économies » — ruleId metrics/<lang>/currency-elided)
  const forwardEnd = si === 0 && !prevSentence && doc.sentences.length > 1 ? doc.sentences[1]!.end : sent.end;
  for (let k = qi + 1; k < quantities.length && k <= qi + 8 && quantities[k]!.start < forwardEnd; k++) {
    const n = quantities[k]!;
    if (n.kind === 'currency' && n.unit) return n.unit;
  }
  if (prevSentence || !moneyNoun) return prevSentence;
  // (« Le plan prévoit 5 milliards de hausses d'impôts » far from any amount: the one currency of the article, if it has
  // only one — ruleId metrics/<lang>/currency-elided)
  let only: string | null = null;
  for (const n of quantities) {
    if (n.kind !== 'currency' || !n.unit) continue;
    if (only && only !== n.unit) return null;
    only = n.unit;
  }
  return only;
}

/**
 * Nouns of money after a scaled figure and « de », "in", "of": what an amount saves, raises or lends, « 40 milliards
 * d'économies », "$40 billion in savings" (ruleId metrics/<lang>/currency-elided; from budget and results reporting).
 */
const MONEY_NOUN_AFTER: Record<'en' | 'fr', RegExp> = {
  en: /^[ \u00a0]{1,2}(?:in|of)[ \u00a0]{1,2}(?:new[ \u00a0]{1,2})?(?:savings|spending[ \u00a0]cuts|tax[ \u00a0](?:cuts|rises|increases|breaks|credits|revenue)|revenue|revenues|loans|aid|subsidies|debt|funding|investment|investments|dividends|losses|profits)(?![\p{L}])/iu,
  fr: /^[ \u00a0]{1,2}(?:de|d['’])[ \u00a0]{0,2}(?:économies|recettes|dépenses|investissements|dettes?|aides?|subventions|crédits|prêts|impôts|taxes|(?:hausses?|baisses?)[ \u00a0]d['’]impôts?|baisses?[ \u00a0]de[ \u00a0]dépenses|dividendes|financements?|bénéfices|pertes|chiffre[ \u00a0]d['’]affaires)(?![\p{L}])/iu,
};

/**
 * Index of the last comma of `s` that marks a clause, or -1: a thousands separator between digits is none ("A 20,000-tonne
 * tanker carrying 300,000 barrels": the clause of "300,000" starts at "A", not at "000-tonne") (ruleId metrics/clause-comma).
 */
function lastClauseComma(s: string): number {
  let i = s.lastIndexOf(',');
  while (i > 0 && /\d/.test(s[i - 1]!) && /\d/.test(s[i + 1] ?? '')) i = s.lastIndexOf(',', i - 1);
  return i;
}

/** Index of the sentence containing `offset`, or -1. */
function sentenceAt(doc: AnalysedText, offset: number): number {
  return sentenceIndexAt(doc.sentences, offset);
}

/** Emphatic pronouns set between commas after the noun phrase they stand for (ruleId metrics/fr/emphatic-pronoun). */
const EMPHATIC_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);
/** Cheap test before {@link EMPHATIC_BEFORE}: an emphatic pronoun after a comma. */
const EMPHATIC_HINT = /,[ \u00a0](?:lui|elle|eux|elles)[ \u00a0,]/u;
/** The noun phrase before « , lui, », « a, elle, » and the rest of the clause up to the figure: group 1 the noun phrase. */
const EMPHATIC_BEFORE = /([^,;:.!?«»()]{2,80}?)(?:[ \u00a0](?:a|ont|est|sont|avait|avaient|aurait|auraient))?,[ \u00a0](?:lui|elle|eux|elles)(?:[ \u00a0](?:aussi|même))?,[^,;:.!?]{0,80}$/u;

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE = new RegExp(`^[ \\t\\u00a0]{1,2}[${LOWER}]`, 'u');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
// (also after a day's ordinal, before a figure that opens the next sentence: "as of Friday, December 31st. 12,000 donors …")
const EXTRACT_METRICS_RE_2 = new RegExp(`[.!?][ \\t\\u00a0]{1,3}(?=[${UPPER}])|(?<=\\d(?:st|nd|rd|th)\\.)[ \\t\\u00a0]{1,3}(?=\\d)`, 'gu');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_3 = new RegExp(`(?<![${LETTER}])(?:between|from|entre|de)\\s{1,2}$`, 'iu');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_4 = new RegExp(`^(?:[ \\u00a0]{1,2}[${LOWER}]{3,20})?[ \\u00a0]{1,2}(?:held|owned|controlled|détenue?s?|possédée?s?|contrôlée?s?)[ \\u00a0]{1,2}(?:by|par)[ \\u00a0]{1,2}((?:[${LETTER}'’-]+[ \\u00a0]){0,3}[${LETTER}'’-]+)`, 'u');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_5 = new RegExp(`(?<![${LETTER}])(?:dont|including|of[ \\u00a0]+which|among[ \\u00a0]+them)[ \\u00a0]{1,2}$`, 'iu');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_6 = new RegExp(`^(?:of|de|des|du|d['’])(?![${LETTER}])`, 'iu');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_7 = new RegExp(`(?<![${LETTER}])(?:raise|raises|raised|raising|lever|lève|lèvent|levé|levée)(?![${LETTER}])`, 'iu');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_8 = new RegExp(`^[ \\u00a0]*(?:a|an|un|une)[ \\u00a0]+[${LOWER}][${LETTER}-]{1,30}[ \\u00a0]+(?:of|de|d['’])[ \\u00a0]*$`, 'u');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_9 = new RegExp(`([${UPPER}][${LETTER}'’&.-]{1,30}(?:[ \\u00a0][${UPPER}][${LETTER}'’&.-]{1,30}){0,2})$`, 'u');

/** Built once for {@link extractMetrics} (character classes: text/char-classes.ts). */
const EXTRACT_METRICS_RE_10 = new RegExp(`^[ \\u00a0]{1,2}(?:for|pour)[ \\u00a0]{1,2}([${UPPER}][${LETTER}'’&-]{1,30}(?:[ \\u00a0][${UPPER}][${LETTER}'’&-]{1,30}){0,3})(?![${LETTER}${DIGIT}])`, 'u');

/** Where the figure of a metric stands, recorded by {@link extractMetrics} for {@link readFromTo}. */
interface FigureAt {
  /** Start of the figure with its qualifier and range opener (« de près de 0 »). */
  left: number;
  /** Start of the quantity itself. */
  start: number;
  clauseStart: number;
  sentence: number;
  /** The change cue read for the figure in its clause (before or right after it), if any. */
  cue: Cue | null;
}

/** "from", « de », « d' » ending the text before a figure: the opener of a pair "from X to Y", « de X à Y ». */
const PAIR_OPENER = new RegExp(`(?<![${LETTER}])(?:from|de|d['’])[ \\u00a0]{0,2}$`, 'iu');
/** The same opener at the start of a figure read as a range by the number grammar (« de 7 à 9 % », "from 4.1 to 4.5%"). */
const PAIR_OPENER_START = /^(?:from|de|d['’])[ \u00a0]/iu;
/** A link comparing a figure with a level reached just before it: ", contre 8 %", ", compared with 1.8%", ", against". */
const COMPARE_LEVEL = /^[ \u00a0]{0,2},?[ \u00a0]{1,2}(?:contre|compared[ \u00a0]{1,2}(?:with|to)|against|versus|vs\.?)[ \u00a0]{1,2}$/iu;

/**
 * The same link past an adjunct of time or place after the level reached, without a figure: « à 1,8 % sur un an en
 * septembre, contre 2,2 % », "to 4.3% in July, compared with 4.1%" (ruleId metrics/from-to).
 */
const COMPARE_LEVEL_FAR = /^[^\d;:!?()«»"“”.]{1,50},[ \u00a0]{1,2}(?:contre|compared[ \u00a0]{1,2}(?:with|to)|against|versus|vs\.?)[ \u00a0]{1,2}$/iu;

/**
 * The words between a change verb and the « de » of a pair, when they are its singular object naming a level (lexicon
 * `levelNouns`) with at most its complements: « relève| l'âge légal de départ |de 62 à 64 ans », « porte| le plafond |de
 * 10 000 à 15 000 euros » (ruleId metrics/from-to-level-object); after a change noun, its complement: « le recul| de l'âge
 * légal de départ |de 62 à 64 ans », « le relèvement| du SMIC |de 1 700 à 1 800 euros » — a move whose direction comes from
 * the two values (« recul » of the age raises it). No figure, no clause break inside. Group 1: the object
 * without its determiner, group 2 its head noun.
 */
const LEVEL_OBJECT = /^[ \u00a0]{1,2}(?:du[ \u00a0]|(?:de[ \u00a0])?(?:l['’]|le[ \u00a0]|la[ \u00a0]|son[ \u00a0]|sa[ \u00a0]|leur[ \u00a0]))[ \u00a0]?(([\p{L}]{2,12})(?:[ \u00a0][^\d,;:.!?()«»"“”]{0,40}?)?)[ \u00a0]$/u;

/** The object naming a level between a change verb and the « de » of a pair (« âge légal de départ »), else null; see {@link LEVEL_OBJECT}. */
function levelObject(gap: string, rules: Rules): string | null {
  const m = LEVEL_OBJECT.exec(gap);
  return m && rules.lex.levelNouns.has(lower(m[2]!)) ? m[1]! : null;
}

/**
 * How a pair "X to Y", « X à Y » of one unit reads (ruleId metrics/from-to): `move` when the first figure is the level a
 * move leaves and the second the level it reaches ("Unemployment rose from 4.1% to 4.5%", « Le chômage est passé de
 * 7,1 % à 7,4 % », « la part du nucléaire réduite de 75 % à 50 % »), `range` when both bound one figure ("ranging from 10%
 * to 20%", « Les prix ont augmenté de 15 % à 20 % selon les régions », "a [0.6% to 0.7%] headwind"), null when the text
 * does not tell ("rose 15% to 20%": a change, then maybe a level). `opener` is the offset of the "from"/« de » before the
 * first figure, or -1. A verb of range or of move before the opener decides; else, after a change word, English "from"
 * names the level left, and in French a pair written from high to low, or the % of a rate noun of the clause (lexicon
 * `rateNouns`), moves, any other « de X à Y » spans the size of the change; without a change word, a rising pair is a
 * range.
 */
function pairReading(text: string, opener: number, fa: FigureAt, first: number, second: number, unit: string, rules: Rules): 'move' | 'range' | null {
  const cue = fa.cue && fa.cue.end <= fa.left ? fa.cue : null;
  if (opener >= 0) {
    const lead = text.slice(Math.max(fa.clauseStart, opener - 60), opener);
    if (rules.fromToRange.test(lead)) return 'range';
    if (rules.fromToMove.test(lead)) return 'move';
    if (cue) {
      if (/^from/iu.test(text.slice(opener, opener + 4))) return 'move';
      if (first > second) return 'move';
      if (unit === '%' && wordsBefore(text, fa.clauseStart, opener, 12).some((t) => rules.lex.rateNouns.has(lower(t.word)))) return 'move';
      if (levelObject(text.slice(cue.end, opener), rules) !== null) return 'move';
      return 'range';
    }
  }
  if (cue) return null;
  return first < second ? 'range' : null;
}

/**
 * The subject of a move from a level to another: the agent of the verb before the pair ("Unemployment went from …",
 * « Le chômage est passé de … » → "Unemployment", « chômage ») where the subject read for the figures is missing or holds
 * that verb (ruleId metrics/from-to). Both figures get the same subject.
 */
function moveSubject(text: string, opener: number, fa: FigureAt, a: Draft<Metric>, b: Draft<Metric>, rules: Rules): void {
  // (the level a change verb's object names: « relève l'âge légal de départ de 62 à 64 ans » → « âge légal de départ »;
  // ruleId metrics/from-to-level-object)
  const object = fa.cue && fa.cue.end <= opener ? levelObject(text.slice(fa.cue.end, opener), rules) : null;
  if (object !== null) {
    a.subject = b.subject = object;
    return;
  }
  // (the verb is the word before the opener, past an adverb: "rose sharply from")
  const lead = wordsBefore(text, fa.clauseStart, opener, 2);
  const verb = lead.length === 2 && AGENT_ADVERB.test(lead[1]!.word) ? lead[0] : lead[lead.length - 1];
  const agent = verb ? clauseAgent(text, fa.clauseStart, verb.start, rules) : null;
  const holdsVerb = (s: string | null): boolean => !s || (!!verb && foldKey(s).split(/[ \u00a0]+/u).includes(foldKey(verb.word)));
  if (agent) for (const m of [a, b]) if (holdsVerb(m.subject)) m.subject = agent;
  if (!b.subject) b.subject = a.subject;
  if (!a.subject) a.subject = b.subject;
}

/**
 * Reads the pairs of figures "from X to Y", « de X à Y », "X to Y" among `out` (in text order; `at` says where each figure
 * stands) and rewrites them in place (ruleId metrics/from-to; see {@link pairReading}):
 * - a move: the level left has no direction of its own (the gold annotates "increased from 10%" with none), the level
 *   reached takes the direction of the move, from the two values ("Unemployment rose from 4.1% to 4.5%" → 4.1 % null,
 *   4.5 % increase); a pair the number grammar merged into one range (« est passé de 7 à 9 % ») is split in two;
 * - a range written with its unit twice (« augmenté de 15 % à 20 % », "0.6% to 0.7%"): the first figure takes `valueMax`
 *   and the evidence of both, the second becomes its upper bound (as "between 3 and 5%" does: metrics/<lang>/range-upper);
 * - a lone level left, "down from 1.808%", "up from $38,373", and a level compared with the one reached just before
 *   (« à 7 %, contre 8 % », "to 1.786%, compared with 1.808%"), has no direction either.
 */
function readFromTo(doc: AnalysedText, out: Draft<Metric>[], at: ReadonlyMap<Draft<Metric>, FigureAt>, rules: Rules): void {
  const { text } = doc;
  const paired = new Set<Draft<Metric>>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1];
    const fa = at.get(a);
    if (!fa || !b) continue;
    if (a.valueMax !== undefined) {
      // one figure the number grammar read as a range: "from 4.1 to 4.5%", « de 7 à 9 % »
      if (!b.ruleId.endsWith('/range-upper') || b.evidence.start !== a.evidence.start || !PAIR_OPENER_START.test(text.slice(fa.left, fa.start))) continue;
      paired.add(a).add(b);
      if (pairReading(text, fa.left, fa, a.value, a.valueMax, a.unit, rules) === 'move') {
        delete a.valueMax;
        a.change = null;
        b.change = b.value > a.value ? 'increase' : 'decrease';
        b.ruleId = `metrics/${doc.language}/from-to`;
        moveSubject(text, fa.left, fa, a, b, rules);
      }
      i++;
      continue;
    }
    const fb = at.get(b);
    if (!fb || b.valueMax !== undefined || fb.sentence !== fa.sentence || a.unit !== b.unit || a.per !== b.per || a.value === b.value
      || b.evidence.start < a.evidence.end || !FROM_TO_LINK.test(text.slice(a.evidence.end, fb.left))) continue;
    // (the opener before the figure and its qualifier, or the one a qualifier ends with: « de l'ordre de 1 % à 1,5 % »)
    const ob = PAIR_OPENER.exec(text.slice(Math.max(fa.clauseStart, fa.left - 6), fa.left));
    const oq = ob ? null : PAIR_OPENER.exec(text.slice(fa.left, fa.start));
    const opener = ob ? fa.left - ob[0].length : oq ? fa.left + oq.index : -1;
    const reading = pairReading(text, opener, fa, a.value, b.value, a.unit, rules);
    if (!reading) continue;
    paired.add(a).add(b);
    if (reading === 'move') {
      a.change = null;
      b.change = b.value > a.value ? 'increase' : 'decrease';
      if (opener >= 0) moveSubject(text, opener, fa, a, b, rules);
    } else {
      const evidence = makeSpan(text, a.evidence.start, b.evidence.end);
      a.valueMax = b.value;
      a.evidence = evidence;
      a.text = evidence.text;
      const upper: Draft<Metric> = { ...a, value: b.value, evidence: { ...evidence }, ruleId: `metrics/${doc.language}/range-upper` };
      delete upper.valueMax;
      out[i + 1] = upper;
    }
    i++;
  }
  // a lone level left or compared with: no direction of its own
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const f = at.get(m);
    if (!f || !m.change || paired.has(m) || m.valueMax !== undefined) continue;
    const prev = out[i - 1];
    const fp = prev ? at.get(prev) : undefined;
    const leftFrom = doc.language === 'en' && /(?<![a-z])from[ \u00a0]{1,2}$/iu.test(text.slice(Math.max(f.clauseStart, f.left - 6), f.left));
    const compared = !!prev && !!fp && fp.sentence === f.sentence && prev.unit === m.unit && prev.evidence.end <= f.left
      && (COMPARE_LEVEL.test(text.slice(prev.evidence.end, f.left)) || COMPARE_LEVEL_FAR.test(text.slice(prev.evidence.end, f.left))) && rules.levelBefore.test(text.slice(Math.max(fp.clauseStart, fp.left - 24), fp.left));
    if (leftFrom || compared) m.change = null;
  }
  // "cut its forecast to 2.8% from 2.9%", "sales fell to $10m from $12m", « le chômage est passé à 7,4 % contre 7,1 % »: the new
  // level first, then the old one — the first figure moves, in the direction of the two values; the second is a level
  // (ruleId metrics/to-from)
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const fa = at.get(a);
    const fb = at.get(b);
    if (!fa || !fb || paired.has(a) || paired.has(b) || a.valueMax !== undefined || b.valueMax !== undefined || fb.sentence !== fa.sentence
      || a.unit !== b.unit || a.per !== b.per || a.value === b.value || b.evidence.start < a.evidence.end) continue;
    const to = doc.language === 'fr' ? TO_LEVEL_FR : TO_LEVEL_EN;
    const link = doc.language === 'fr' ? FROM_LEVEL_FR : FROM_LEVEL_EN;
    if (!to.test(text.slice(Math.max(fa.clauseStart, fa.left - 8), fa.left)) || !link.test(text.slice(a.evidence.end, fb.left))) continue;
    a.change = a.value > b.value ? 'increase' : 'decrease';
    b.change = null;
    i++;
  }
}

/** "to " right before the new level of a move stated new level first ("cut its forecast to 2.8% from 2.9%"; metrics/to-from). */
/**
 * The words before a margin of another figure: "revenue of about $43 billion, plus or minus 2%", "±3%", "give or take 5%",
 * « 43 milliards, à plus ou moins 2 % près » (ruleId metrics/tolerance). A margin states how precise another figure is: it
 * measures nothing of its own and is no change (the "minus" of "plus or minus" is no fall). French « plus ou moins 200
 * personnes » is an approximation, a tolerance only with « à … près » or after a comma following a figure.
 */
const TOLERANCE_BEFORE = /(?:(?<![\p{L}])(?:plus[ \u00a0]or(?:[ \u00a0]minus)?|give[ \u00a0]or(?:[ \u00a0]take)?|à[ \u00a0]plus[ \u00a0]ou(?:[ \u00a0]moins)?)|,[ \u00a0]{0,2}plus[ \u00a0]ou(?:[ \u00a0]moins)?|±)[ \u00a0]{0,2}$/iu;

/** "minus 2%" read as a signed figure: the word the sign took (the figure then starts at "minus"). */
const MINUS_WORD = /^(?:minus|moins|take)[ \u00a0]/iu;

/**
 * A figure that states what someone expected, not what happened: "beating analysts' estimates of $38.1 billion", "compared
 * with expectations of $4.8 billion", « contre des attentes de 1,9 milliard », « le consensus de 3 % » (ruleId
 * metrics/estimate-level). Group 1: the estimate, with a possessive or a word naming whose it is before it.
 */
const ESTIMATE_BEFORE = /(?<![\p{L}])((?:(?:[\p{L}-]{2,20}(?:['’]s|s['’])|analysts?|market|consensus|average|mean|median|Wall[ \u00a0]Street|LSEG|FactSet)[ \u00a0]{1,2})?(?:estimates?|expectations?|forecasts?|projections?|predictions?|consensus|attentes|prévisions?|estimations?|anticipations?))[ \u00a0]{1,2}(?:of|for|de|d['’])[ \u00a0]{0,2}(?:(?:about|around|roughly|some|nearly|environ|près[ \u00a0]de)[ \u00a0]{1,2})?$/iu;

/**
 * « 1,9 milliard attendus par les analystes », "$4.8 billion expected by analysts": an expected figure (ruleId
 * metrics/estimate-level); an amount whose currency is elided may end on it (metrics/currency-elided).
 */
const ESTIMATE_AFTER = /^[ \u00a0]{1,2}(?:(?:attendu|prévu|anticipé|espéré|estimé)e?s?|expected|forecast|predicted|estimated)[ \u00a0]{1,2}(?:par|by)[ \u00a0]/iu;

/**
 * The share of a whole a measure applies to, not the size of its change: "cut tariffs on 91% of goods", « supprime les
 * droits de douane sur 91 % des produits » (ruleId metrics/scope-share). Tested before the figure (its qualifier included);
 * {@link SCOPE_SHARE_AFTER} after it.
 */
const SCOPE_SHARE_BEFORE = /(?<![\p{L}])(?:on|sur)[ \u00a0]{1,2}$/iu;
const SCOPE_SHARE_AFTER = /^[ \u00a0]{1,2}(?:of|des|de|du|d['’])(?:[ \u00a0]|(?<=['’]))/iu;

/**
 * The object of a transitive change verb between it and a "by"/« de » figure: "lift| Brazilian exports |by $12 billion",
 * « relever| les recettes |de 2 milliards » (ruleId metrics/subject-change-object). The object is what the figure measures;
 * the verb's agent is a cause ("The plan would lift …"), not part of the subject. Not an adverb ("rose sharply by"), nor
 * an object the agent owns (« Le groupe va réduire ses effectifs de 8 % » keeps « groupe »).
 */
const CHANGE_OBJECT_GAP = /^[ \u00a0]{1,2}(?!(?:its|their|his|her|our|ses|sa|son|leurs?|notre|nos|votre|vos)[ \u00a0])(?:(?:the|les|la|le|l['’]|des|du)[ \u00a0]{0,2})?[^\d,;:.!?()«»"“”]{0,50}?[\p{L}](?<![a-z]ly|^[ \u00a0]{1,2}(?:été|been))[ \u00a0]{1,2}(?:by|de|d['’])[ \u00a0]{0,2}$/u;

const TO_LEVEL_EN = /(?<![\p{L}])to[ \u00a0]{1,2}$/iu;
/** « à » right before the new level (« est passé à 7,4 % contre 7,1 % »; metrics/to-from). */
const TO_LEVEL_FR = /(?<![\p{L}])à[ \u00a0]{1,2}$/iu;
/** " from " between the new level and the old one, after a short time complement ("to 4.9% in October from 5.7%"; metrics/to-from). */
const FROM_LEVEL_EN = /^(?:[ \u00a0]{1,2}(?:in|at|on|by|as of)[ \u00a0][^,;.:%()\n]{1,25})?,?[ \u00a0]{1,2}from[ \u00a0]{1,2}$/iu;
/** « contre » between the new level and the old one, after a short time complement (« à 4,9 % en octobre, contre 5,7 % »; metrics/to-from). */
const FROM_LEVEL_FR = /^(?:[ \u00a0]{1,2}(?:en|au|à|fin|le|début|mi-)[ \u00a0]?[^,;.:%()\n]{1,25})?,?[ \u00a0]{1,2}contre[ \u00a0]{1,2}$/iu;

/**
 * Extracts metrics from `doc`; evidence spans index `doc.text`.
 *
 * A metric is a percentage, a percentage-point change, an amount of money, or
 * a number counting a noun ("520 postes" → unit "poste"). Values are in the
 * unit (`7,2 milliards d'euros` → 7200000000 EUR; `50 cents` → 0.5 USD);
 * ranges give `value` (low) and `valueMax`; an explicit sign ("+200 %",
 * "-0,4 point") sets `change` and the value is its magnitude.
 * Rule ids: `metrics/<lang>/<kind>` (percent, pp, currency, count).
 * Never throws; linear in the length of the text.
 */
export function extractMetrics(doc: AnalysedText, ctx: ExtractionContext): Draft<Metric>[] {
  const { text } = doc;
  const rules = rulesFor(doc.language);
  const { lex } = rules;
  const out: Draft<Metric>[] = [];
  let prevSentence = -2;
  /** Subject and change of the first figure after a colon, for the items of its list. */
  let colonList: { sentence: number; subject: string | null; change: Change | null } | null = null;
  /** The last share of a total with a distribution verb, for an elliptical second share ("… et 47 % sur les entreprises"). */
  let shareTotal: { sentence: number; total: string; link: string; start: number; end: number } | null = null;
  /** Counts already read: antecedents of elided nouns ("6 banques …, 10 autres …"). */
  const counts: PriorCount[] = [];
  /** Where each figure stands, for the pairs read after the loop (ruleId metrics/from-to). */
  const figures = new Map<Draft<Metric>, FigureAt>();
  const quantities = [...recognizeQuantities(text, doc.language), ...collectives(text, rules), ...ranks(text, rules), ...fractionPoints(text, rules)]
    .sort((a, b) => a.start - b.start);
  for (let qi = 0; qi < quantities.length; qi++) {
    // « Kering (+ 129,3 %, à 423 millions) », "to $3.42 billion from 2.24 billion": a scaled amount without its currency
    // takes the currency of the amounts around it (ruleId metrics/<lang>/currency-elided)
    const elidedUnit = elidedCurrency(doc, quantities, qi, rules);
    const q: Quantity = elidedUnit ? { ...quantities[qi]!, kind: 'currency', unit: elidedUnit } : quantities[qi]!;
    const next = quantities[qi + 1];
    const isRank = q.ruleId.endsWith('/rank');
    // the period of a change is no figure (ruleId metrics/change-period)
    if (q.kind === 'number' && !isRank && changePeriod(text, q, rules)) continue;
    // cheap rejections first: a bare number needs a counted noun (or points) right after it
    // (a number whose noun is elided is read later, knowing the counts before it: "10 autres", "huit donnent")
    if (q.kind === 'number' && !isRank && (q.joined || (q.spelled && q.value <= 1 && !isCountingOne(text, q, rules))
      || (!countedNoun(text, q, rules) && !(counts.length && (EXTRACT_METRICS_RE.test(text.slice(q.end, q.end + 3)) || ELIDED_END.test(text.slice(q.end, q.end + 12))))
        && !fromToCount(text, q, next, rules) && !productCount(text, q, ctx, rules) && !numberOfCount(text, q, rules)
        && !HYPHEN_GAP.test(text.slice(q.end, q.end + 30))
        && !rules.apposition.test(text.slice(q.end, q.end + 60))))) continue;
    const si = sentenceAt(doc, q.start);
    const sent: Span = si >= 0 ? doc.sentences[si]! : { start: Math.max(0, q.start - 200), end: Math.min(text.length, q.end + 200), text: '' };
    // clause start: last , ; : ( « before the quantity within the sentence, for labels and subjects
    // (bounded to 200 code units back, so that a huge "sentence" stays linear)
    const from = Math.max(sent.start, q.start - 200);
    const before = text.slice(from, q.start);
    // (also at ". X", in case the sentence splitter kept two sentences together)
    let stopCut = -1;
    for (const m of allMatches(EXTRACT_METRICS_RE_2, before)) stopCut = m.index + m[0].length - 1;
    const clauseCut = Math.max(lastClauseComma(before), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('«'), before.lastIndexOf('—'), stopCut);
    const clauseStart = clauseCut >= 0 ? from + clauseCut + 1 : from;

    let unit = q.unit;
    let kind = q.kind;
    let counted: Counted | null = null;
    let after = q.end;
    if (kind === 'number' || kind === 'points') {
      // (a label with an apposition naming what it counts is a count: "the number 75 on it - the number of Cuban dissidents")
      if (!isRank && isNotACount(text, q, clauseStart, rules) && !(kind === 'number' && NUMBER_LABEL.test(text.slice(Math.max(0, q.start - 12), q.start))
        && rules.apposition.test(text.slice(q.end, q.end + 60)))) continue;
    } else if (q.spelled && q.value === 1 && q.scale === 1 && kind !== 'currency' && /^(?:un|une|a|an)$/i.test(text.slice(q.coreStart, q.coreEnd))) {
      continue; // "un pourcentage", "a percentage": an article, not a value
    } else if (!q.spelled && kind === 'currency' && q.scale === 1 && /^\d{4}$/.test(text.slice(q.coreStart, q.coreEnd)) && q.value >= 1800 && q.value <= 2100
      && /(?:(?:^|\s)(?:in|en)\s{1,2}|\()$/i.test(text.slice(Math.max(0, q.start - 4), q.start))) {
      continue; // "in 1999 dollars", "(2005 euros)": constant money of a year
    }
    let gapAfter: string | null | undefined;
    // "Polls give him a 10-point lead", "a 5-point margin among likely voters": a hyphenated gap in a poll or a vote is in
    // percentage points (ruleId metrics/gap-points)
    if (kind === 'number' && HYPHEN_GAP.test(text.slice(q.end, q.end + 30)) && rules.poll.test(text.slice(sent.start, sent.end))
      && Math.abs(q.value) < 30) {
      const hm = HYPHEN_GAP.exec(text.slice(q.end, q.end + 30))!;
      kind = 'pp'; unit = 'pp'; after = q.end + hm[0].length;
      gapAfter = hm[1]!.toLowerCase();
    }
    const cueProbe = kind === 'points' ? changeCue(text, sent.start, q, q.end, sent.end, rules) : null;
    if (kind === 'points') {
      // "recul de 0,4 point" → pp; "the Dow fell 200 points" → a count of points
      // (not the points of a stock index: "The Dow fell 102.2 points, or 0.37%", « le CAC 40 a perdu 12,5 points, soit 0,2 % »
      // — a move restated as a percentage, or an index named before it in the clause; ruleId metrics/index-points)
      // (a move of percentage points stays under 100: « le CAC 40 a terminé en baisse de 1,1 %, à 7 210,30 points » is the
      // index's level — ruleId metrics/index-points)
      if ((cueProbe || q.sign) && (!Number.isInteger(q.value) || Math.abs(q.value) < 20) && Math.abs(q.value) < 100
        && !INDEX_POINTS_AFTER.test(text.slice(q.end, q.end + 40)) && !INDEX_NAME_BEFORE.test(text.slice(Math.max(sent.start, q.start - 120), q.start))
        // (nor a level or a gap in a table reached by the move: "Chelsea climb to four points clear", « remonte à six points
        // du leader » — ruleId metrics/standing-points)
        && !POINTS_LEVEL_BEFORE.test(text.slice(Math.max(sent.start, q.start - 8), q.start)) && !STANDING_GAP_AFTER.test(text.slice(q.end, q.end + 24))
        // (nor the level an index move reaches: « a cédé 45,3 points, soit 0,8 %, à 5 432,10 points »)
        && !(prevSentence === si && out.slice(-3).some((m) => m.unit === 'point'))) { kind = 'pp'; unit = 'pp'; }
      // "estime à 2,3 points l'écart des intentions de vote", "une avance de 5 points", "leads by 4 points": points of a
      // gap between two scores are percentage points (ruleId metrics/gap-points)
      // (only where the sentence speaks of a poll or a vote: "a 12-point lead" in a match counts points)
      else if (Math.abs(q.value) < 30 && rules.poll.test(text.slice(sent.start, sent.end)) && ((gapAfter = gapNounAfter(text, q.end, rules)) !== undefined
        || wordsBefore(text, clauseStart, q.start, 6).some((t) => lex.gapNouns.has(lower(t.word))))) { kind = 'pp'; unit = 'pp'; }
      else { kind = 'number'; unit = null; }
    }
    let elidedSubject: string | null = null;
    let elidedHead: string | null = null;
    let appositionEnd = -1;
    if (kind === 'number') {
      counted = isRank ? rankCounted(text, q) : countedNoun(text, q, rules);
      if (!counted && q.kind === 'points') counted = { unit: 'point', phrase: text.slice(q.coreEnd, q.end).trim(), end: q.end, headStart: q.coreEnd, headEnd: q.end };
      if (!counted || lex.elidedNounWords.has(lower(text.slice(counted.headStart, counted.headEnd)))) {
        const el = elidedCount(text, q, clauseStart, si, counts, rules) ?? (counted ? null : cliticCount(text, q, clauseStart, si, counts, rules));
        if (el) { counted = el.counted; elidedSubject = el.subject; elidedHead = el.head; }
      }
      // "a sign with the number 75 on it - the number of Cuban dissidents jailed last year", « le chiffre 75 – le nombre de
      // dissidents emprisonnés »: an apposition names what a bare number counts (ruleId metrics/count-apposition)
      if (!counted) {
        const ap = rules.apposition.exec(text.slice(q.end, q.end + 60));
        const at = ap ? q.end + ap[0].length : -1;
        const np = ap ? wordsAfter(text, at, 4) : [];
        const head = np.findIndex((t, i) => i < 3 && (rules.language === 'fr' ? /[sx]$/.test(lower(t.word)) : looksPluralEn(lower(t.word), lex)) && !lex.stopWords.has(lower(t.word)));
        if (ap && head >= 0 && np[0]!.start - at <= 1) {
          const h = np[head]!;
          counted = { unit: singular(h.word, rules.language), phrase: text.slice(np[0]!.start, h.end), end: h.end, headStart: h.start, headEnd: h.end };
          appositionEnd = h.end;
        }
      }
      // « Les effectifs passeront de 12 000 à 9 000 salariés », "from 12,000 to 9,000 employees": the starting figure of a
      // move counts the noun written after the figure reached (ruleId metrics/from-to-count)
      if (!counted) {
        counted = fromToCount(text, q, next, rules);
        if (counted) elidedSubject = cleanSubject(counted.phrase, lex);
      }
      // « L'Inde a commandé 36 Rafale », "bought 90 F-35s": a count of a product named without a noun (ruleId metrics/count-product)
      if (!counted) counted = productCount(text, q, ctx, rules);
      // « Le nombre de chômeurs a diminué de 50 000 », "the number of migrants doubled to 144,000" (ruleId metrics/number-of-count)
      if (!counted) {
        counted = numberOfCount(text, q, rules);
        if (counted) elidedSubject = cleanSubject(counted.phrase, lex);
      }
      if (!counted) continue;
      // "according to two people familiar with the matter", « selon deux sources proches du dossier »: anonymous sources
      // are no measurement (ruleId metrics/anonymous-sources)
      if (ANONYMOUS_SOURCES.test(text.slice(counted.headEnd, counted.headEnd + 30)) && /^(?:person|people|source|official|personne|source|responsable)s?$/.test(counted.unit)) continue;
      unit = counted.unit;
      after = counted.end;
    }
    if (unit === null) continue;
    // "revenue of about $43 billion, plus or minus 2%", « à plus ou moins 2 % près »: a margin of another figure (ruleId
    // metrics/tolerance; "minus 2%" may have been read as a signed figure, the text before it then ends on "plus or")
    {
      const tb = TOLERANCE_BEFORE.exec(text.slice(Math.max(sent.start, q.start - 24), q.start));
      if (tb && (/^à/iu.test(tb[0]) ? /^[^.;:!?]{0,20}?[ \u00a0]près(?![\p{L}])/u.test(text.slice(q.end, q.end + 30)) : /\d/u.test(text.slice(sent.start, q.start - tb[0].length)))) continue;
    }

    // qualifier just before: "près de 75 000", "more than 13,000", "up to $500 million"
    let qualifier: Metric['qualifier'];
    let left = q.start;
    const head = text.slice(Math.max(sent.start, q.start - 40), q.start);
    let bestQ: { len: number; qualifier: NonNullable<Metric['qualifier']> } | null = null;
    for (const { re, qualifier: ql } of rules.qualifiers) {
      const m = re.exec(head);
      if (m && (!bestQ || m[0].length > bestQ.len)) bestQ = { len: m[0].length, qualifier: ql };
    }
    if (bestQ) { qualifier = bestQ.qualifier; left = q.start - bestQ.len; }
    if (q.approximate && !qualifier) qualifier = 'approximate';
    // range opener: "entre 3 et 5 %", "between $2bn and $3bn"
    if (q.valueMax !== undefined) {
      const om = EXTRACT_METRICS_RE_3.exec(text.slice(Math.max(sent.start, left - 10), left));
      if (om) left -= om[0].length;
    }

    // per-unit: "$55.12 per barrel", "1,2 € le litre", "$500 million a year"
    let per: string | undefined;
    if (kind !== 'number') {
      rules.per.lastIndex = after;
      const pm = rules.per.exec(text);
      if (pm) {
        const noun = (pm[1] ?? pm[2] ?? pm[3])!;
        const article = pm[1] === undefined;
        if ((!article || lex.perNouns.has(lower(noun)) || lex.perNouns.has(singular(noun, doc.language))) && !lex.stopWords.has(lower(noun))) {
          per = singular(noun, doc.language);
          after += pm[0].length;
        }
      }
    }

    // « 0,1 microgramme par litre », "0.1 micrograms per litre": a unit of mass or volume and its denominator make one unit
    // (ruleId metrics/ratio-unit)
    if (counted && !counted.model && lex.ratioNouns.has(lower(text.slice(counted.headStart, counted.headEnd)))) {
      rules.per.lastIndex = after;
      const pm = rules.per.exec(text);
      if (pm && pm[1] && lex.ratioNouns.has(lower(pm[1]))) {
        unit = `${unit} ${lower(pm[0].trim().split(/[ \t\u00a0]+/)[0]!)} ${singular(pm[1], doc.language)}`;
        after += pm[0].length;
        counted = { ...counted, unit, end: after };
      }
    }
    // "1.2 million barrels a day", « 3 millions de tonnes par an », "500 migrants each week": a count given per unit of
    // time or per head is a rate like a price; only a noun of the per-unit list, since « par » also brings an agent (« tués
    // par balle ») (ruleId metrics/count-per)
    if (counted && !counted.model && !per && !lex.ratioNouns.has(lower(text.slice(counted.headStart, counted.headEnd)))) {
      rules.per.lastIndex = after;
      const pm = rules.per.exec(text);
      const noun = pm ? (pm[1] ?? pm[2] ?? pm[3])! : '';
      if (pm && (lex.perNouns.has(lower(noun)) || lex.perNouns.has(singular(noun, doc.language))) && !lex.stopWords.has(lower(noun))) {
        per = singular(noun, doc.language);
        after += pm[0].length;
      }
    }
    // "fell to 11.06 million bpd", « 300 000 b/j »: the symbol of a rate is its unit and its denominator, as "11.06 million
    // barrels per day" reads (ruleId metrics/rate-symbol)
    if (kind === 'measure' && unit && !per) {
      const rate = lex.rateSymbols.get(unit);
      if (rate) [unit, per] = rate;
    }
    // change: explicit sign, change cue in the clause, or the counted noun itself ("8 000 de ces suppressions")
    let change: Change | null = null;
    let cue = changeCue(text, clauseStart === sent.start ? sent.start : Math.max(sent.start, clauseStart - 60), { ...q, start: left }, after, sent.end, rules);
    const rawCue = cue;
    let governedMeasure = false;
    // a count or a measure changes only with a verb or noun governing it directly:
    // "supprimer 520 postes", "une perte sèche de 310 emplois" — not "abaissé la note de 28 banques"
    // (a rank moves with its verb across the article of the rank: « a régressé à la 142e position », "fell to 12th place")
    if ((counted || kind === 'measure') && cue && cue.end <= left && !rules.countGap.test(text.slice(cue.end, left))
      && !(isRank && /^[ \u00a0]{1,2}(?:(?:à|au|to|in|into|la|le|the)[ \u00a0]{1,2}){1,3}$/iu.test(text.slice(cue.end, left)))) cue = null;
    // "shanties, which make up 62 percent of Mumbai's housing": a share verb right before a percentage makes it a share,
    // whatever change word stands before the verb (ruleId metrics/subject-share)
    if (kind === 'percent' && cue && cue.end <= left && SHARE_VERB.test(text.slice(Math.max(clauseStart, cue.end), Math.max(left, q.start)))) cue = null;
    if (counted) {
      const own = rules.cueExact.exec(text.slice(counted.headStart, counted.headEnd));
      if (own) cue = { change: own[1] ? 'increase' : 'decrease', start: counted.headStart, end: counted.headEnd };
      // "deux raffineries ont été fermées", "3,000 jobs were cut": a passive change verb after the counted noun
      // (ruleId metrics/passive-change)
      const pm = cue ? null : passiveAfter(text.slice(counted.end, counted.end + 60), rules);
      const pc = pm ? rules.cueExact.exec(pm[1]!) : null;
      if (pm && pc) {
        const at = counted.end + pm.index + pm[0].length - pm[1]!.length;
        cue = { change: pc[1] ? 'increase' : 'decrease', start: at, end: at + pm[1]!.length };
      }
      // "the remains of 6,200 illegal homes, flattened by a heavy excavator": a reduced passive relative with its agent
      // (ruleId metrics/passive-change)
      const rm = cue ? null : rules.reducedPassive.exec(text.slice(counted.end, counted.end + 60));
      const rc = rm ? rules.cueExact.exec(rm[1]!) : null;
      if (rm && rc) {
        const at = counted.end + rm[0].indexOf(rm[1]!);
        cue = { change: rc[1] ? 'increase' : 'decrease', start: at, end: at + rm[1]!.length };
      }
      // "6 banques ont été dégradées de quatre crans", "abaissement de la note souveraine du pays de trois crans": a grade
      // changes with a grade verb, or with a change word whose object stands between it and the figure (ruleId
      // metrics/degree-change)
      if (lex.measureNouns.has(lower(text.slice(counted.headStart, counted.headEnd)))) {
        if (!cue) {
          const win = text.slice(Math.max(clauseStart, left - 60), left);
          let dm: RegExpExecArray | null = null;
          rules.degreeCue.lastIndex = 0;
          for (const m of allMatches(rules.degreeCue, win)) dm = m;
          const at = dm ? left - win.length + dm.index : -1;
          if (dm && (rules.countGap.test(text.slice(at + dm[0].length, left)) || DEGREE_GAP[rules.language].test(text.slice(at + dm[0].length, left)))) {
            cue = { change: dm[1] ? 'increase' : 'decrease', start: at, end: at + dm[0].length };
          }
        }
        if (!cue && rawCue && rawCue.end <= left && DEGREE_GAP[rules.language].test(text.slice(rawCue.end, left))) {
          cue = rawCue;
          governedMeasure = true;
        }
      }
    }
    // "a cédé sa participation pour 2 milliards": the price of a sale is no change, whatever the verb (ruleId metrics/subject-price)
    const priced = kind === 'currency' ? PRICE_OBJECT.exec(text.slice(Math.max(clauseStart, left - 120), left))?.[1] ?? null : null;
    if (priced !== null && cue && cue.end <= left) cue = null;
    if (q.sign && (kind === 'percent' || kind === 'pp' || kind === 'currency')) change = q.sign === '+' ? 'increase' : 'decrease';
    else if (cue) change = cue.change;
    // "the cuts in guaranteed benefits would be substantial: 9.9% for…": the clause before the colon gives the direction
    // (ruleId metrics/change-colon)
    else if (!counted && /^[\s\u00a0]*$/.test(text.slice(clauseStart, left)) && text[clauseStart - 1] === ':') {
      const lead = text.slice(Math.max(sent.start, clauseStart - 160), clauseStart - 1);
      let last: RegExpExecArray | null = null;
      rules.cue.lastIndex = 0;
      for (const m of allMatches(rules.cue, lead)) if (!rules.lex.adjacentCues.includes(lower(m[0]))) last = m;
      if (last) change = last[1] ? 'increase' : 'decrease';
    }
    // a restatement keeps the change of the figure it restates: "réduire ses effectifs de 8 %, soit 27 000 salariés"
    const restated = out[out.length - 1];
    if (!change && restated && prevSentence === si && rules.restate.test(text.slice(Math.max(sent.start, left - 16), left))) change = restated.change;
    // "2,000 more troops", "500 fewer jobs", « 300 salariés de moins », « 33 sièges de plus »: a comparative quantifier between the figure and its noun, or after the noun in French, says which
    // way the count moves (ruleId metrics/comparative-direction)
    // (not a span of time: "six more years" is a duration; nor an age bound: « deux mineurs de moins de 14 ans »)
    if (!change && counted && !lex.timeNouns.has(lower(text.slice(counted.headStart, counted.headEnd)))) {
      const between = text.slice(q.end, counted.headStart);
      const afterHead = text.slice(counted.headEnd, counted.headEnd + 24);
      const dir = COMPARATIVE_BETWEEN.exec(between) ?? COMPARATIVE_AFTER.exec(afterHead);
      if (dir) change = dir[1] ? 'increase' : 'decrease';
    }
    // "minus 4 degrees", « -12 °C »: below zero, a temperature is a negative level, not the size of a fall; other signed
    // figures ("-5 %", "−0,4 point") give their size and a direction (ruleId metrics/negative-temperature)
    const negativeLevel = q.sign === '-' && TEMPERATURE_UNITS.has(unit);
    const value = (q.sign && !negativeLevel ? Math.abs(q.value) : q.value) * (counted?.scale ?? 1);
    const valueMax = q.valueMax === undefined ? undefined : q.sign && !negativeLevel ? Math.abs(q.valueMax) : q.valueMax;

    // "cut tariffs on 91% of goods": the share of a whole a measure applies to (ruleId metrics/scope-share)
    const scopeShare = kind === 'percent' && !q.sign && SCOPE_SHARE_BEFORE.test(text.slice(Math.max(sent.start, left - 8), left))
      && SCOPE_SHARE_AFTER.test(text.slice(after, after + 8));
    // subject
    let subject: string | null;
    if (gapAfter !== undefined) subject = gapAfter;
    // « La Tunisie a régressé à la 142e position », « Quant à la participation des femmes …, la Tunisie est classée à la
    // 67e position »: a rank measures the subject of its clause, and the topic the sentence opens with (ruleId metrics/rank)
    else if (isRank) {
      // (the clause of the rank only: after its last opener, « … puisqu'il occupe la 124e place »)
      const ownWords = wordsBefore(text, clauseStart, left, 8);
      let o = ownWords.length;
      while (o > 0 && !lex.clauseOpeners.has(norm(ownWords[o - 1]!.word).replace(/['’].*$/, "'")) && !/^(?:puisqu|lorsqu|qu|quoiqu)['’]/iu.test(ownWords[o - 1]!.word)) o--;
      const own = cleanSubject(ownWords.slice(o).map((t) => t.word.replace(/^(?:puisqu|lorsqu|qu|quoiqu)['’]/iu, '')).join(' '), lex);
      const topic = TOPIC.exec(text.slice(sent.start, clauseStart));
      const about = topic ? cleanSubject(topic[1]!, lex) : null;
      subject = about ? `${about} (${own ?? counted!.unit})` : own ?? counted!.unit;
    }
    // "The Dow fell 102.2 points": the points of an index measure the index, like a percentage (ruleId metrics/index-points)
    else if (counted && q.kind === 'points' && unit === 'point') subject = subjectOf(text, clauseStart, q, after, cue && cue.end <= left ? cue : null, left, rules, null);
    else if (counted) subject = elidedSubject ?? countedSubject(text, clauseStart, left, counted, q, rules, governedMeasure ? cue : null);
    else subject = subjectOf(text, clauseStart, q, after, cue && cue.end <= left ? cue : null, left, rules, priced);
    // « un chiffre d'affaires de 12,4 milliards, en hausse de 8 %, et un bénéfice net de 1,1 milliard », "revenue rose 8%,
    // and a net profit of $1bn": a cue of an earlier clause does not govern a figure whose clause opens on a noun phrase of
    // its own (ruleId metrics/clause-own-noun)
    if (!counted && cue && cue.end <= clauseStart && OWN_NOUN_CLAUSE.test(text.slice(clauseStart, left))) {
      const own = subjectOf(text, clauseStart, q, after, null, left, rules, priced);
      if (own) { subject = own; if (!q.sign) change = null; }
    }
    // "contre 95 % actuellement", "(au lieu de 0,7 %)", "et de 1,2 %": a comparison or a list keeps the subject
    const prev = out[out.length - 1];
    if (!counted && prev && prevSentence === si && prev.unit === unit && rules.compare.test(text.slice(Math.max(sent.start, left - 14), left))
      && !complementAfter(text, after, doc.language === 'fr' ? ['de', "d'"] : ['of'], lex)) {
      subject = prev.subject;
    }
    // "53 % des nouveaux impôts porteront sur les ménages et 47 % sur les entreprises": a share of a total names who bears
    // it; an elliptical second share repeats only the preposition (ruleId metrics/subject-distribution)
    if (kind === 'percent') {
      const dm = rules.distribution.exec(text.slice(after, after + 160));
      const total = dm ? cleanSubject(dm[1]!, lex) : null;
      if (dm && total) {
        subject = cleanSubject(text.slice(after, after + dm[0].length), lex) ?? subject;
        shareTotal = { sentence: si, total, link: lower(dm[2]!), start: after, end: after + dm[0].length };
        // (the distribution verb is no change: "will fall on households")
        if (cue && cue.start >= after && cue.end <= shareTotal.end && !q.sign) change = null;
      } else if (shareTotal && shareTotal.sentence === si) {
        const bm = rules.bearer.exec(text.slice(after, after + 60));
        const who = bm && lower(bm[1]!) === shareTotal.link ? cleanSubject(bm[2]!, lex) : null;
        if (who) {
          subject = `${shareTotal.total} ${shareTotal.link} ${who}`;
          if (cue && cue.start >= shareTotal.start && cue.end <= shareTotal.end && !q.sign) change = null;
        }
      }
    }
    // "2 million euros (about $2.2 million)", « 500 000 livres (640 000 dollars) »: an amount converted in parentheses right
    // after another is the same amount: its subject and direction (ruleId metrics/subject-conversion)
    if (kind === 'currency' && prev && prevSentence === si && prev.unit !== unit && /^[A-Z]{3}$/.test(prev.unit)
      && /^[ \t\u00a0]{0,2}\([ \t\u00a0]{0,2}$/.test(text.slice(prev.evidence.end, left))) {
      subject = prev.subject;
      change = change ?? prev.change;
    }
    // a count reached after a change of the same count ("The number of cases fell by 3,000 to 45,000") keeps its direction
    // (ruleId metrics/number-of-level)
    if (counted && !change && prev && prevSentence === si && prev.unit === unit && prev.change && rules.levelLink.test(text.slice(prev.evidence.end, left))) {
      change = prev.change;
    }
    // a level after a change ("raised rates by 0.25 points to 5.25%", "a progressé de 12 %, à 1,2 milliard") keeps its subject and direction
    if (!counted && prev && prevSentence === si && rules.levelLink.test(text.slice(prev.evidence.end, left))) {
      subject = prev.subject;
      change = change ?? prev.change;
      // "la réduction de la part du nucléaire … de 75 % à 50 %", "cut the share of nuclear power … from 75% to 50%": the
      // change word before a from–to pair gives the direction of the level reached, not of the starting one
      // (ruleId metrics/change-from-to)
      if (!change && FROM_BEFORE.test(text.slice(Math.max(sent.start, prev.evidence.start - 6), prev.evidence.start))) {
        const lead = text.slice(Math.max(sent.start, prev.evidence.start - 120), prev.evidence.start);
        const cut = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('('), lead.lastIndexOf('«'), lead.lastIndexOf('“'), lead.lastIndexOf('. '));
        let last: RegExpExecArray | null = null;
        rules.cue.lastIndex = 0;
        for (const m of allMatches(rules.cue, lead.slice(cut + 1))) if (!lex.adjacentCues.includes(lower(m[0]))) last = m;
        if (last) change = last[1] ? 'increase' : 'decrease';
      }
    }
    // an elliptical continuation ("a reculé de 0,4 point, à 9,7 %") keeps the subject of the figure before
    if (!subject && prev && prevSentence === si) subject = prev.subject;
    // a list after a colon: "…would be substantial: 9.9% for workers retiring in 2022, over 25% for …, and 46% for …" —
    // every item keeps the subject and direction of the first (ruleId metrics/subject-colon)
    const colonAt = text[clauseStart - 1] === ':' && /^[\s\u00a0]*$/.test(text.slice(clauseStart, left));
    if (colonAt) colonList = { sentence: si, subject, change };
    else if (!counted && colonList && colonList.sentence === si && prev && /^[^.;:!?]{0,80},[\s\u00a0]*(?:and[\s\u00a0]+|et[\s\u00a0]+)?$/u
      .test(text.slice(prev.evidence.end, left)) && /^[\s\u00a0]*$/.test(text.slice(clauseStart, left).replace(/^\s*(?:and|et)\b/, ''))) {
      subject = colonList.subject;
      change = change ?? colonList.change;
    }

    // "Alibaba shares closed in New York on Tuesday at $185.25", « L'action a clôturé à 12 euros »: a price level measures
    // what is traded (ruleId metrics/subject-price-level)
    if (kind === 'currency') {
      const win = Math.max(clauseStart, left - 80);
      const pl = PRICE_LEVEL.exec(text.slice(win, left));
      // (the noun phrase before the verb and its auxiliary: "Alibaba shares closed", « L'action Renault a clôturé »)
      const np = pl ? wordsBefore(text, clauseStart, win + pl.index, 4).filter((t) => !lex.auxiliaries.has(norm(t.word))) : [];
      let npStart = np.length;
      while (npStart > 0 && np.length - npStart < 3 && !lex.stopWords.has(norm(np[npStart - 1]!.word)) && !lex.clauseOpeners.has(norm(np[npStart - 1]!.word))) npStart--;
      const priced = npStart < np.length ? cleanSubject(text.slice(np[npStart]!.start, np[np.length - 1]!.end), lex) : null;
      if (priced && !/^(?:he|she|it|they|il|elle|ils|elles)$/i.test(priced)) subject = priced;
    }
    // "GateHouse reportedly laid off more than 60 employees", « Le séisme a fait près de 5 500 morts », "McClatchy reported a
    // loss of …": the subject of the verb that governs the figure joins what it measures (ruleId metrics/subject-agent)
    {
      let verbStart = -1;
      if (cue && cue.end <= left && left - cue.end <= 30 && /^[^\d,;:.!?()]*$/u.test(text.slice(cue.end, left))) verbStart = cue.start;
      else if (counted && !elidedSubject) {
        const lastW = wordsBefore(text, clauseStart, left, 2);
        const lw = lastW[lastW.length - 1];
        if (lw && /^[ \u00a0]{1,2}$/.test(text.slice(lw.end, left)) && governsObject(lw.word, lastW[lastW.length - 2]?.word ?? null, rules)) verbStart = lw.start;
      }
      // (not the cause of a change of an object: "The plan would lift Brazilian exports by $12 billion"; nor the agent of a
      // measure on a share of a whole: "The deal will cut tariffs on 91% of goods")
      const objectGap = cue && verbStart === cue.start && cue.end <= left ? text.slice(cue.end, left) : '';
      const cause = (objectGap && CHANGE_OBJECT_GAP.test(objectGap)) || scopeShare;
      const agent = verbStart >= 0 && !cause ? clauseAgent(text, clauseStart, verbStart, rules) : null;
      if (agent && !foldKey(subject).includes(foldKey(agent))) subject = subject ? `${agent} ${subject}` : agent;
    }
    // "the entire 25.2% stake held by Tribune's former chairman", « une participation de 25 % détenue par X »: who holds
    // a share (ruleId metrics/subject-held-by)
    if (kind === 'percent') {
      const hm = EXTRACT_METRICS_RE_4.exec(text.slice(after, after + 90));
      const holder = hm ? cleanSubject(hm[1]!, lex) : null;
      if (holder) subject = `${subject ? `${subject} ` : ''}${doc.language === 'fr' ? 'détenue par' : 'held by'} ${holder}`;
      // « 365 000 déplacements …, dont 61 % en trottinettes », "including 40% by scooter": a share of the count before it
      // (ruleId metrics/subject-subset-share)
      const ante = counts[counts.length - 1];
      if (ante && ante.sentence === si && EXTRACT_METRICS_RE_5.test(text.slice(Math.max(0, left - 16), left))) {
        const rest = /^[^,;:.!?()«»"“”]{1,60}/u.exec(text.slice(after, after + 60))?.[0] ?? '';
        // (the words after the figure, unless they name a whole of their own: "dont 61 % des trajets")
        const tail = rest.trim().split(/[ \u00a0]+/).slice(0, 5).join(' ');
        const what = EXTRACT_METRICS_RE_6.test(tail) ? null : cleanSubject(tail, lex);
        subject = what ? `${ante.head} ${tail}` : ante.head;
      }
    }
    // "bringing the total number of private moon lander hopefuls to 14 firms", « portant le bilan à 30 morts »: a running total
    // grows to the figure (ruleId metrics/subject-bringing-total)
    {
      const bt = BRINGING_TOTAL.exec(text.slice(Math.max(sent.start, left - 140), left));
      if (bt) {
        const what = bt[1] ? cleanSubject(bt[1], lex) : null;
        subject = what ?? (subject ? `${lower(bt[0].trim().split(/[ \u00a0]+/).slice(-2, -1)[0]!)} ${subject}` : subject);
        change = change ?? 'increase';
      }
    }
    // « 2 milliards de dollars de dommages et intérêts », « 3 milliards d'euros d'investissements »: what an amount is made of
    // (ruleId metrics/subject-money-of)
    if (kind === 'currency' && doc.language === 'fr') {
      const of = complementAfter(text, after, ['de', "d'"], lex);
      // (not an adverbial « d'ici 2020 », « d'avance », « d'abord »)
      if (of && !/^(?:ici|avance|abord|autant|habitude|ailleurs|emblée|urgence|plus|moins)(?:[ \u00a0]|$)/iu.test(of) && !foldKey(subject).includes(foldKey(of))) {
        subject = subject ? `${subject} de ${of}` : of;
      }
    }
    // "Alibaba is set to raise up to $12.9bn (£10bn) from its second listing": where money is raised (ruleId metrics/subject-raise-from)
    if (kind === 'currency' && EXTRACT_METRICS_RE_7.test(text.slice(Math.max(clauseStart, left - 60), left))) {
      // (past a conversion in parentheses: "$12.9bn (£10bn) from …")
      const conv = /^[ \u00a0]{0,2}\([^()]{1,30}\)/u.exec(text.slice(after, after + 34));
      const from = complementAfter(text, after + (conv ? conv[0].length : 0), doc.language === 'fr' ? ['grâce', 'par', 'lors'] : ['from', 'through', 'in'], lex);
      if (from && !foldKey(subject).includes(foldKey(from))) subject = `${subject ? `${subject} ` : ''}${doc.language === 'fr' ? '' : 'from '}${from}`.trim();
    }
    // "Sacramento-based McClatchy, a chain of 30 newspapers": a count in an apposition measures the name it describes
    // (ruleId metrics/subject-apposition-name)
    if (counted && text[clauseStart - 1] === ',' && EXTRACT_METRICS_RE_8.test(text.slice(clauseStart, left))) {
      const nm = EXTRACT_METRICS_RE_9.exec(text.slice(Math.max(sent.start, clauseStart - 60), clauseStart - 1));
      if (nm && !foldKey(subject).includes(foldKey(nm[1]!))) subject = `${nm[1]!} ${subject ?? ''}`.trim();
    }
    // "$16.50 per share", « 1,2 € le litre »: the unit a price is given for is part of what it measures (ruleId metrics/subject-per)
    // (the unit as a word of the subject, not inside one: "an" in « France »)
    if (per && !foldKey(subject).split(/[^\p{L}\p{N}'-]+/u).includes(foldKey(per))) subject = `${subject ? `${subject} ` : ''}${doc.language === 'fr' ? 'par' : 'per'} ${per}`;
    if (kind === 'currency') {
      // "bid $16.50 per share for Tribune": the name the price is offered for (ruleId metrics/subject-price-for)
      const fm = EXTRACT_METRICS_RE_10.exec(text.slice(after, after + 80));
      if (fm && !foldKey(subject).includes(foldKey(fm[1]!))) subject = `${subject ? `${subject} ` : ''}for ${fm[1]!}`;
      // "a required minimum contribution of $124 million to its pension fund": who a payment goes to (ruleId metrics/subject-payment)
      const before = wordsBefore(text, clauseStart, left, 2);
      if (before.length === 2 && ['of', 'de', "d'"].includes(norm(before[1]!.word)) && PAYMENT_NOUNS.has(norm(before[0]!.word))) {
        const to = complementAfter(text, after, doc.language === 'fr' ? ['à', 'au', 'aux'] : ['to'], lex);
        if (to) subject = `${subject ? `${subject} ` : ''}${doc.language === 'fr' ? 'à' : 'to'} ${to}`;
      }
    }
    // "Le chômage atteint 25 % chez les jeunes", "au bout de 94 jours en ce qui concerne les femelles", "25% among young
    // people": the group a figure is taken in joins its subject (ruleId metrics/subject-group)
    if (kind !== 'currency') {
      const gm = rules.groupLink.exec(text.slice(after, after + 40));
      if (gm) {
        // (the group: its words up to a function word or punctuation, at most four)
        const gw = wordsAfter(text, after + gm[0].length, 6);
        let n = 0;
        while (n < gw.length && n < 5 && (n === 0 || gw[n]!.start - gw[n - 1]!.end === 1)
          && (!lex.stopWords.has(norm(gw[n]!.word)) || (lex.subjectDeterminers.has(norm(gw[n]!.word)) && n === 0))) n++;
        const group = n && gw[0]!.start - (after + gm[0].length) <= 1 ? cleanSubject(text.slice(gw[0]!.start, gw[n - 1]!.end), lex) : null;
        if (group) subject = subject ? `${subject} (${group})` : group;
      }
    }
    // « Le marché automobile, lui, a reculé de 3,1 % », « La masse salariale a, elle, été réduite de 15 % »: an emphatic
    // pronoun between commas stands for the noun phrase before it (ruleId metrics/fr/emphatic-pronoun)
    // (a figure without a subject would take the pronoun later, as the clause before its comma: metrics/subject-appended)
    const emSlice = doc.language === 'fr' && (!subject || EMPHATIC_PRONOUNS.has(lower(subject))) ? text.slice(Math.max(sent.start, q.start - 200), q.start) : '';
    if (emSlice && EMPHATIC_HINT.test(emSlice)) {
      const em = EMPHATIC_BEFORE.exec(emSlice);
      const np = em ? cleanSubject(em[1]!, lex) : null;
      if (np) subject = np;
    }
    // (ruleId metrics/scope-share) a share of a whole covered by a measure has no change of its own
    if (scopeShare) change = null;
    // (ruleId metrics/estimate-level) what was expected is a level, named by the estimate
    if (!q.sign || MINUS_WORD.test(text.slice(q.start, q.end))) {
      const em = ESTIMATE_BEFORE.exec(text.slice(Math.max(clauseStart, left - 70), left));
      if (em || ESTIMATE_AFTER.test(text.slice(after, after + 30))) change = null;
      const est = em ? cleanSubject(em[1]!, lex) : null;
      if (est && !foldKey(subject).includes(foldKey(est))) subject = est;
    }
    // evidence: [change cue when adjacent] [qualifier] number unit [counted noun] [per]
    let evStart = left;
    if (cue && cue.end <= left && left - cue.end <= 25) {
      const gap = text.slice(cue.end, left);
      if (/^[\s\u00a0]{0,2}(?:(?:de|d['’]|by|of|à|to|a|an|été)\s{1,2}){0,2}$/iu.test(gap) || /^[\s\u00a0]{0,2}$/.test(gap)) evStart = cue.start;
    }
    let evEnd = appositionEnd > 0 ? appositionEnd : after;
    if (cue && cue.start >= after && cue.start - after <= 4) evEnd = cue.end;
    const evidence = makeSpan(text, evStart, evEnd);
    const ruleKind = counted ? 'count' : elidedUnit ? 'currency-elided' : kind;
    const metric: Draft<Metric> = {
      value, unit, change, subject, text: evidence.text, evidence, ruleId: `metrics/${doc.language}/${ruleKind}`,
    };
    if (valueMax !== undefined) metric.valueMax = valueMax;
    if (qualifier) metric.qualifier = qualifier;
    if (per) metric.per = per;
    figures.set(metric, { left, start: q.start, clauseStart, sentence: si, cue: rawCue });
    out.push(metric);
    // "seating 242 to 330 passengers", "$40-50 billion", « entre 3 et 5 % »: each bound of a range is a figure the text
    // gives, the upper one too (ruleId metrics/range-upper)
    if (valueMax !== undefined && valueMax !== value) {
      const upper: Draft<Metric> = { ...metric, value: valueMax, evidence: { ...evidence }, ruleId: `metrics/${doc.language}/range-upper` };
      delete upper.valueMax;
      out.push(upper);
    }
    if (counted) {
      counts.push({
        sentence: si, unit: counted.unit, head: elidedHead ?? text.slice(counted.headStart, counted.headEnd), end: counted.end,
        setTotal: rules.setTotal.test(text.slice(clauseStart, left)),
      });
    }
    prevSentence = si;
  }
  readFromTo(doc, out, figures, rules);
  if (doc.language === 'fr') addHalves(text, out);
  return refineMetricSubjects(doc, supplementMetrics(doc, out));
}

/** « et demi », « et demie » right after a figure's noun (word end: not « et demie-finale »). */
const AND_A_HALF_FR = /^[ \u00a0]et[ \u00a0]demie?(?![\p{L}\p{N}-])/u;

/**
 * French adds a half after the counted noun or the currency: « deux heures et demie » (2,5 heures), « un an et demi »,
 * « trois euros et demi » (ruleId metrics/fr/and-a-half). Only to a whole figure under 1 000 whose evidence ends on its noun
 * (« deux millions et demi » is the number grammar's, not this). The evidence takes the words in.
 */
function addHalves(text: string, out: Draft<Metric>[]): void {
  for (const m of out) {
    if (m.valueMax !== undefined || !Number.isInteger(m.value) || m.value <= 0 || m.value >= 1000 || m.unit === '%' || m.unit === 'pp') continue;
    if (!/\p{L}$/u.test(m.evidence.text)) continue;
    const half = AND_A_HALF_FR.exec(text.slice(m.evidence.end, m.evidence.end + 12));
    if (!half) continue;
    m.value += 0.5;
    m.evidence = makeSpan(text, m.evidence.start, m.evidence.end + half[0].length);
    m.text = m.evidence.text;
  }
}
