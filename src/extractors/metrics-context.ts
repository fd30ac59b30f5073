/**
 * Contextual metric rules, run after {@link extractMetrics}' pass over the quantities: figures
 * whose unit is given by their context rather than written after them, and corrections of the
 * units of figures that pass read alone.
 *
 * - index levels after a points move: "The Dow fell 102.2 points, or 0.37%, to 27,934.02" → 27934.02 point
 *   (ruleId metrics/index-level);
 * - exchange rates: "The yen strengthened 0.13% … at 108.55 per dollar" → 108.55 JPY (metrics/exchange-rate);
 * - vote breakdowns: « Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198) … » → 35 député, 198
 *   député… (metrics/vote-list, metrics/out-of-total);
 * - vote tallies: « adopté à une large majorité (438 contre 86 …) », "the Senate voted 51 to 49" (metrics/vote-tally);
 * - running tolls: "the toll could increase to over 100,000" → 100000 person (metrics/toll);
 * - earthquake magnitudes: "A magnitude 6.4 earthquake", "a 7.1-magnitude quake", « un séisme de magnitude 6,4 » → 6.4
 *   magnitude (metrics/magnitude);
 * - odds: "a 1 in 37 chance of striking the Earth" → 2.7 % (metrics/odds);
 * - alert levels and scale ratings: "upgraded to Level 4", "2 out of 10 on the Torino scale" (metrics/level);
 * - hyphenated measures: "a new 15-story external fuel tank" → 15 story (metrics/hyphen-measure);
 * - temperatures without a degree sign: "temperatures fell to -4C" → -4 °C (metrics/glued-temperature).
 *
 * Per-language data: `src/lexicon/{en,fr}/metrics-context.ts`. Every regex is bounded; each rule runs only when a
 * cheap literal guard finds its key word in the text.
 *
 * @module
 */
import type { AnalysedText, Change, Draft, Language, Metric } from '../types.js';
import { makeSpan } from '../text/span.js';
import { DIGIT, LETTER, UPPER } from '../text/char-classes.js';
import { sentenceIndexAt, sentenceBoundsAt } from '../text/sentences.js';
import { EN_CONTEXTUAL_METRICS } from '../lexicon/en/metrics-context.js';
import { FR_CONTEXTUAL_METRICS } from '../lexicon/fr/metrics-context.js';
import { allMatches } from '../text/matches.js';

/** Per-language data of the contextual rules: regex sources (compiled with flags `u`, `iu` or `gu`) and word lists. */
export interface ContextualMetricsLexicon {
  /** Anchored at the end of a points move; group 1: the index level reached. */
  indexLevel: string;
  /** Group 1: the rate; group 2: the currency it is quoted against. */
  exchangeRate: string;
  /** Currency names (lower case) → ISO 4217 code, for the currency a rate quotes. */
  currencyNames: Readonly<Record<string, string>>;
  /** Anchored after a count; group 1: the total it is taken out of. */
  outOf: string;
  /** Anchored after an item of a list; group 1: the next count, group 2: its label. */
  listItem: string;
  /** Singular units of the people counted in a vote ("député", "senator"). */
  voterNouns: readonly string[];
  /** A word that makes a sentence speak of a vote. */
  voteContext: string;
  /** Groups 1 and 2: the two sides of a tally. */
  tally: string;
  /** Unit of a tally's figures. */
  tallyUnit: string;
  /** Group 1: the toll noun, group 2: the words before the verb, group 3: the figure. */
  toll: string;
  /** Group 1: a further figure of the same toll in its sentence. */
  tollAgain: string;
  /** Unit of a toll's figure. */
  tollUnit: string;
  /** A verb of rise between a toll and its figure. */
  tollRise: string;
  /**
   * The magnitude of an earthquake: groups 1 and 2, the figure written after the word and the quake noun that follows it
   * ("a magnitude 6.4 earthquake", « un séisme de magnitude 6,4 »); groups 3 and 4, the figure written before it and the
   * noun ("a 6.4-magnitude quake"; a never-matching pair when the language has no such form).
   */
  magnitude: string;
  /** The quake nouns, for a subject written before the magnitude (« un séisme de magnitude 6,4 »). */
  quakeBefore: string;
  /** Group 1: the numerator, group 2: the denominator of odds. */
  odds: string;
  /** Anchored after odds: group 1, what the odds are of. */
  oddsOf: string;
  /** Group 1: the verb of the move, group 2: the level reached. */
  levelMove: string;
  /** Tested on the verb of a level move: a rise. */
  levelUp: string;
  /** Group 1: the rating, group 2: the name of the scale. */
  levelScale: string;
  /** Unit of levels and ratings. */
  levelUnit: string;
  /** A word of lowering before a scale rating. */
  scaleDown: string;
  /** Group 1: the number, group 2: the unit noun of a hyphenated measure. */
  hyphenMeasure: string;
  /** Group 1: a minus sign or word, 2: the figure, 3: C or F glued to it (a temperature written without its degree sign). */
  gluedTemperature: string;
  /** A word of the sentence that makes a glued C or F a temperature ("temperatures", "degrees", "frost"). */
  temperatureCue: string;
  /** Anchored at the end: a verb of falling right before a temperature (group 1 set) or of rising. */
  temperatureMove: string;
  /** Group 1: a figure, 2: its scale word, then a source phrase; its noun is the one of the count before it. */
  sourceCount: string;
  /** Group 1: a figure an estimate puts a count at, 2: its scale word. */
  estimateAt: string;
  /** Group 1: a plural noun, 2: the figure stated of it, 3: its scale word. */
  copularCount: string;
  /** Nouns of a crowd or a population whose estimate counts people ("crowd", « foule », "population": "the population … is estimated at around 40,000"). */
  crowdNouns: readonly string[];
  /** Unit of a crowd's count. */
  crowdUnit: string;
  /** Scale words after a figure of these rules ("million", « milliers »). */
  scaleWords: Readonly<Record<string, number>>;
  /** Group 1: an ordinal after a verb of ranking, its rank noun left out. */
  bareRank: string;
  /** Unit of a bare rank. */
  rankUnit: string;
  /** Group 1: a multiplier, group 2: the reference it multiplies (the unit). */
  timesReference: string;
  /** Group 1: a count, group 2: the model designation it counts (the unit, lower case). */
  modelPlural: string;
  /** Spelled numbers the rules above accept. */
  numberWords: Readonly<Record<string, number>>;
  /** Decimal mark of the language. */
  decimalMark: '.' | ',';
}

interface Compiled {
  lex: ContextualMetricsLexicon;
  indexLevel: RegExp;
  exchangeRate: RegExp;
  currencyName: RegExp;
  outOf: RegExp;
  listItem: RegExp;
  voteContext: RegExp;
  tally: RegExp;
  toll: RegExp;
  tollAgain: RegExp;
  tollRise: RegExp;
  tollContext: RegExp;
  odds: RegExp;
  oddsOf: RegExp;
  levelMove: RegExp;
  levelUp: RegExp;
  levelScale: RegExp;
  magnitude: RegExp;
  quakeBefore: RegExp;
  scaleDown: RegExp;
  hyphenMeasure: RegExp;
  gluedTemperature: RegExp;
  temperatureCue: RegExp;
  temperatureMove: RegExp;
  auxiliary: RegExp;
  sourceCount: RegExp;
  estimateAt: RegExp;
  /** One of {@link ContextualMetricsLexicon.crowdNouns} as a whole word (group 1). */
  crowd: RegExp;
  copularCount: RegExp;
  bareRank: RegExp;
  timesReference: RegExp;
  modelPlural: RegExp;
}

const CACHE = new Map<Language, Compiled>();

/**
 * Words of death or disaster that make a "toll"/« bilan » a count of people: "the death toll", "the earthquake toll",
 * « le bilan des victimes » (ruleId metrics/toll).
 */
const TOLL_CONTEXT: Record<Language, string> = {
  en: '(?<![\\w])(?:dead|death|deaths|died|killed|casualt(?:y|ies)|victims|earthquake|quake|tsunami|flood|floods|storm|hurricane|cyclone|typhoon|disaster|attack|bombing|epidemic|pandemic|fatalities)(?![\\w])',
  fr: `(?<![${LETTER}])(?:morts?|victimes?|tués?|décès|décédé(?:e|s|es)?|humain|disparus|séisme|tsunami|inondations?|tempête|ouragan|cyclone|catastrophe|attentat|épidémie|pandémie)(?![${LETTER}])`,
};

/**
 * Auxiliaries and adverbs that end a clause subject: "This rank was upgraded", « Son risque a été relevé »
 * (example: "2004 MN4's assessed risk has been corrected" → subject "2004 MN4's assessed risk").
 */
const AUXILIARY: Record<Language, string> = {
  en: '(?<![\\w])(?:was|were|is|are|has|have|had|will|would|could|may|might|be|been|being|first|later|initially|then)(?![\\w])',
  fr: `(?<![${LETTER}])(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|serait|pourrait|a[ \\u00a0]été|été|d['’]abord|ensuite|initialement)(?![${LETTER}])`,
};

/** A preposition after a verb: what follows is an adjunct, not its object (ruleId metrics/subject-appended). */
const PREPOSITION = /^(?:in|on|at|to|for|from|with|by|of|into|over|à|au|aux|en|dans|sur|pour|par|de|du|des|avec|vers|chez)$/iu;
/** A determiner opening the object of a verb: "le", "l'agriculture", "the", "its" (ruleId metrics/subject-appended). */
const OBJECT_DETERMINER = new RegExp(`^(?:le|la|les|l['’][${LETTER}]*|un|une|des|du|son|sa|ses|leur|leurs|the|a|an|its|their|his|her)$`, 'iu');

/**
 * A capitalised owner with a possessive right before a figure (and its qualifier): "WeWork’s ", "the Titan 4's ",
 * "Boeing's more than " (ruleId metrics/subject-possessive).
 */
const POSSESSIVE_OWNER = new RegExp(`(?<![${LETTER}${DIGIT}])([${UPPER}][${LETTER}&.-]{1,30}(?:[ \\u00a0](?:[${UPPER}][${LETTER}&.-]{1,30}|\\d{1,4})){0,2})['’]s[ \\u00a0]{1,2}(?:(?:about|nearly|some|almost|roughly|more[ \\u00a0]than|over)[ \\u00a0]{1,2})?$`, 'u');

/**
 * A market ticker written after a name in wire copy: ".MIWD00000PUS", "US10YT=RR", "XAU=", "EUR=", "CLc1", "LCOc1",
 * "NKc1", "CMCU3" (not "S&P", "A350", "787-9", "G40": no "=" or leading dot, and letters glued to a final digit only
 * from five characters on) (ruleId metrics/subject-ticker).
 */
const TICKER = /^(?:\.[A-Z0-9]{2,16}|[A-Z0-9]{1,10}=[A-Z]{0,4}|[A-Z]{1,5}c\d|[A-Z]{4,6}\d|[A-Z]{2,6}\d{4,}[A-Z]{0,5})$/u;
/** Cheap guard before {@link TICKER}: a "=", a leading dot, or upper-case letters with a digit. */
const TICKER_HINT = /=|(?:^|\s)\.[A-Z]|[A-Z]c\d|[A-Z]{4}\d/u;
/** The last determined noun before a multiple, what it compares: "les salaires vont jusqu'à " → "salaires" (ruleId metrics/times-reference). */
const TIMES_SUBJECT = new RegExp(`(?<![${LETTER}])(?:les|des|leurs|ses|their|the|its)[ \\u00a0]{1,2}([${LETTER}-]{3,25})`, 'giu');
/** The scale after "degrees": " Celsius", " Fahrenheit" (ruleId metrics/degree-scale). */
const DEGREE_SCALE = /^[ \u00a0]{1,2}(Celsius|Fahrenheit|centigrade|centigrades)(?![a-z])/iu;
/** A place after a toll figure: " in Indonesia" (ruleId metrics/toll). */
const PLACE_AFTER = new RegExp(`^[ \\u00a0]{1,2}(?:in|en|au|aux)[ \\u00a0]{1,2}([A-Z][${LETTER}-]{1,30})`, 'u');
/** The same, with "alone"/« seul »: " in Indonesia alone" (ruleId metrics/toll). */
const PLACE_AFTER_ALONE = new RegExp(`^[ \\u00a0]{1,2}(?:in|en|au|aux)[ \\u00a0]{1,2}([A-Z][${LETTER}-]{1,30})(?:[ \\u00a0]alone|[ \\u00a0]seule?)?`, 'u');
/** The verb leading to a rating: "corrected downward to " before "zero on the Torino scale" (ruleId metrics/level). */
const VERB_BEFORE_RATING = new RegExp(`(?:^|[ \\u00a0])((?:[${LETTER}-]{2,20}[ \\u00a0]){1,2}(?:to|as|at|à)[ \\u00a0])$`, 'u');

function compiled(language: Language): Compiled {
  const hit = CACHE.get(language);
  if (hit) return hit;
  const lex = language === 'fr' ? FR_CONTEXTUAL_METRICS : EN_CONTEXTUAL_METRICS;
  const names = Object.keys(lex.currencyNames).sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '[ \\u00a0]')).join('|');
  const c: Compiled = {
    lex,
    indexLevel: new RegExp(lex.indexLevel, 'iu'),
    exchangeRate: new RegExp(lex.exchangeRate, 'giu'),
    // e.g. "Japanese yen" in "The Japanese yen strengthened 0.13%": an optional capitalised qualifier, then the name
    currencyName: new RegExp(`(?:(?<![${LETTER}])([A-Z][a-zé]{2,20})[ \\u00a0])?(?<![${LETTER}])(${names})s?(?![${LETTER}])`, 'giu'),
    outOf: new RegExp(lex.outOf, 'iu'),
    listItem: new RegExp(lex.listItem, 'u'),
    voteContext: new RegExp(lex.voteContext, 'iu'),
    tally: new RegExp(lex.tally, 'giu'),
    toll: new RegExp(lex.toll, 'giu'),
    tollAgain: new RegExp(lex.tollAgain, 'giu'),
    tollRise: new RegExp(lex.tollRise, 'iu'),
    tollContext: new RegExp(TOLL_CONTEXT[language], 'iu'),
    magnitude: new RegExp(lex.magnitude, 'giu'),
    quakeBefore: new RegExp(lex.quakeBefore, 'iu'),
    odds: new RegExp(lex.odds, 'giu'),
    oddsOf: new RegExp(lex.oddsOf, 'iu'),
    levelMove: new RegExp(lex.levelMove, 'gu'),
    levelUp: new RegExp(lex.levelUp, 'iu'),
    levelScale: new RegExp(lex.levelScale, 'gu'),
    scaleDown: new RegExp(lex.scaleDown, 'iu'),
    hyphenMeasure: new RegExp(lex.hyphenMeasure, 'giu'),
    gluedTemperature: new RegExp(lex.gluedTemperature, 'gu'),
    temperatureCue: new RegExp(lex.temperatureCue, 'iu'),
    temperatureMove: new RegExp(lex.temperatureMove, 'iu'),
    auxiliary: new RegExp(AUXILIARY[language], 'iu'),
    sourceCount: new RegExp(lex.sourceCount, 'giu'),
    estimateAt: new RegExp(lex.estimateAt, 'giu'),
    crowd: new RegExp(`(?<![${LETTER}])(${lex.crowdNouns.join('|')})(?![${LETTER}])`, 'iu'),
    copularCount: new RegExp(lex.copularCount, 'gu'),
    bareRank: new RegExp(lex.bareRank, 'giu'),
    timesReference: new RegExp(lex.timesReference, 'gu'),
    modelPlural: new RegExp(lex.modelPlural, 'gu'),
  };
  CACHE.set(language, c);
  return c;
}

/** Value of a number as written: digits with the language's separators, or a spelled number of the lexicon. */
function parseNumber(raw: string, lex: ContextualMetricsLexicon): number {
  const w = raw.toLowerCase();
  if (w in lex.numberWords) return lex.numberWords[w]!;
  const clean = lex.decimalMark === ','
    ? raw.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.')
    : raw.replace(/,/g, '');
  return Number(clean);
}

/** Index of the sentence holding `offset`, or -1. */
function sentenceIndex(doc: AnalysedText, offset: number): number {
  return sentenceIndexAt(doc.sentences, offset);
}

/** Bounds of the sentence holding `offset`, or a 300-code-unit window around it. */
function sentenceBounds(doc: AnalysedText, offset: number): { start: number; end: number } {
  return sentenceBoundsAt(doc.sentences, doc.text.length, offset);
}

/** The metric whose evidence overlaps [start, end), if any (a metric marked for removal, unit '', is none). */
function overlapping(out: readonly Draft<Metric>[], start: number, end: number): Draft<Metric> | undefined {
  return out.find((m) => m.unit !== '' && m.evidence.start < end && start < m.evidence.end);
}

/**
 * The subject of the clause that ends at `end`: its words from the last clause mark (, ; : « ( —) up to the first
 * auxiliary or adverb, without a leading determiner or possessive ("This rank was upgraded" → "rank"; "Its risk was first
 * calculated" → "risk"); null when nothing is left.
 */
function clauseSubject(text: string, from: number, end: number, c: Compiled): string | null {
  let s = text.slice(Math.max(from, end - 160), end);
  const cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('('), s.lastIndexOf('«'), s.lastIndexOf('—'));
  if (cut >= 0) s = s.slice(cut + 1);
  const aux = c.auxiliary.exec(s);
  if (aux) s = s.slice(0, aux.index);
  s = s.trim().replace(/^(?:the|this|that|these|those|its|their|his|her|le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)[ \u00a0]+/iu, '');
  const words = s.split(/[ \u00a0]+/).filter(Boolean);
  if (!words.length || words.length > 6) return words.length ? words.slice(-4).join(' ') : null;
  return words.join(' ');
}

/** Singular of a plural noun of a count, lower case: "protesters" → "protester", « manifestants » → « manifestant ». */
function singularOf(noun: string, language: Language): string {
  const w = noun.toLowerCase();
  if (language === 'fr') return /(?:eaux|eux)$/u.test(w) ? w.slice(0, -1) : w.replace(/[sx]$/u, '');
  if (/[^aeiou]ies$/u.test(w)) return `${w.slice(0, -3)}y`;
  return w.replace(/s$/u, '');
}

/** Rounds a percentage of odds as news writes it: two significant digits under 10 ("2.7"), else one decimal ("33.3"). */
function roundOdds(p: number): number {
  return p < 10 ? Number(p.toPrecision(2)) : Math.round(p * 10) / 10;
}

/**
 * Adds the figures the quantity pass leaves without a unit, and fixes units given by the context (see the module
 * comment for the rules). `out` is the metric list of {@link extractMetrics}, in text order; it is changed in place
 * and returned sorted by evidence start (a stable sort: the quantity pass's order is kept where starts tie).
 */
export function supplementMetrics(doc: AnalysedText, out: Draft<Metric>[]): Draft<Metric>[] {
  const { text } = doc;
  const language = doc.language === 'fr' ? 'fr' : 'en';
  const c = compiled(language);
  const { lex } = c;
  const added: Draft<Metric>[] = [];
  const add = (start: number, end: number, value: number, unit: string, change: Change | null, subject: string | null, rule: string): void => {
    if (!Number.isFinite(value)) return;
    if (overlapping(out, start, end) || overlapping(added, start, end)) return;
    const evidence = makeSpan(text, start, end);
    added.push({ value, unit, change, subject, text: evidence.text, evidence, ruleId: `metrics/${language}/${rule}` });
  };

  // temperatures: "800 degrees Celsius", « 800 degrés Celsius » — the scale is part of the unit (ruleId metrics/degree-scale)
  for (const m of out) {
    if (m.unit !== 'degree' && m.unit !== 'degré') continue;
    const dm = DEGREE_SCALE.exec(text.slice(m.evidence.end, m.evidence.end + 14));
    if (!dm) continue;
    m.unit = `${m.unit} ${dm[1]!.toLowerCase()}`;
    m.evidence = makeSpan(text, m.evidence.start, m.evidence.end + dm[0].length);
    m.text = m.evidence.text;
  }

  // index levels: "fell 102.2 points, or 0.37%, to 27,934.02" (ruleId metrics/index-level)
  for (const m of out) {
    if (m.unit !== 'point' || !m.change) continue;
    const tail = text.slice(m.evidence.end, m.evidence.end + 60);
    const lm = c.indexLevel.exec(tail);
    if (!lm) continue;
    const numStart = m.evidence.end + lm.index + lm[0].length - lm[1]!.length;
    const linkStart = m.evidence.end + lm[0].lastIndexOf(language === 'fr' ? 'à' : ' ', lm[0].length - lm[1]!.length - 2) + (language === 'fr' ? 0 : 1);
    add(linkStart, numStart + lm[1]!.length, parseNumber(lm[1]!, lex), 'point', m.change, m.subject, 'index-level');
  }

  // exchange rates: "at 108.55 per dollar" (ruleId metrics/exchange-rate)
  if (/\d[ \u00a0]{1,2}(?:per|to the|against the|a|pour un|contre un|par)[ \u00a0]{1,2}(?:dollar|euro|pound|yen|greenback)/iu.test(text)) {
    c.exchangeRate.lastIndex = 0;
    for (const em of allMatches(c.exchangeRate, text)) {
      const sent = sentenceBounds(doc, em.index);
      const before = text.slice(Math.max(sent.start, em.index - 200), em.index);
      const against = em[2]!.toLowerCase();
      const againstCode = against === 'greenback' ? 'USD' : lex.currencyNames[against] ?? (against === 'dollar' ? 'USD' : '');
      let found: RegExpExecArray | null = null;
      c.currencyName.lastIndex = 0;
      for (const nm of allMatches(c.currencyName, before)) {
        const code = lex.currencyNames[nm[2]!.toLowerCase().replace(/\u00a0/g, ' ')];
        if (code && code !== againstCode) found = nm;
      }
      if (!found) continue;
      const code = lex.currencyNames[found[2]!.toLowerCase().replace(/\u00a0/g, ' ')]!;
      const name = `${found[1] && /^[A-Z]/.test(found[1]) && !/^(?:The|Le|La|Les)$/.test(found[1]) ? `${found[1]} ` : ''}${found[2]}`;
      const numStart = em.index + em[0].indexOf(em[1]!);
      // (the currency it is quoted against is no amount: « pour un dollar » read as 1 USD by the quantity pass)
      for (const ex of out) if (ex.evidence.start >= numStart + em[1]!.length && ex.evidence.end <= em.index + em[0].length + 2) ex.unit = '';
      add(em.index, em.index + em[0].length, parseNumber(em[1]!, lex), code, null, `${name} ${language === 'fr' ? 'pour un' : 'per'} ${against}`, 'exchange-rate');
    }
  }

  // vote breakdowns: « Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198) … » (ruleId metrics/vote-list)
  const voters = new Set(lex.voterNouns);
  for (const m of [...out]) {
    if (!voters.has(m.unit)) continue;
    const sent = sentenceBounds(doc, m.evidence.start);
    if (!c.voteContext.test(text.slice(sent.start, sent.end))) continue;
    // (a list after a colon keeps its lead: « Ont voté contre : » → "voté contre")
    // (read without a regex: the text before the list, trimmed, ends with the colon; the lead before it is 3–40 code units
    // with no other sentence or clause mark)
    const before = text.slice(Math.max(sent.start, m.evidence.start - 60), m.evidence.start).trim();
    const leadText = before.endsWith(':') ? before.slice(0, -1).trim() : '';
    const lead = m.evidence.start - sent.start <= 60 && leadText.length >= 3 && leadText.length <= 40 && !/[:;.!?]/u.test(leadText) ? leadText : null;
    const withLead = (s: string): string => (lead && !s.includes(lead) ? `${s} (${lead})` : s);
    if (m.subject) m.subject = withLead(m.subject);
    let pos = m.evidence.end;
    for (let k = 0; k < 12 && pos < sent.end; k++) {
      const om = c.outOf.exec(text.slice(pos, pos + 30));
      if (om) pos += om[0].length;
      const im = c.listItem.exec(text.slice(pos, Math.min(sent.end, pos + 90)));
      if (!im) break;
      const numStart = pos + im[0].length - im[2]!.length - im[1]!.length - (im[0].length - im[0].trimEnd().length);
      const realNumStart = pos + im[0].indexOf(im[1]!, im[0].search(/\d/));
      const labelEnd = pos + im[0].length;
      void numStart;
      const label = im[2]!;
      const ex = overlapping(out, realNumStart, realNumStart + im[1]!.length);
      // (the rest of a label the item's pattern does not take: « 12 députés Front de gauche (sur 15) »)
      const restOf = (p: number): number => p + (/^[^,;()]{0,40}/u.exec(text.slice(p, Math.min(sent.end, p + 40)))?.[0].trimEnd().length ?? 0);
      if (ex) {
        if (!voters.has(ex.unit)) ex.unit = m.unit;
        // (the whole label names the group: « 12 députés Front de gauche »)
        const end = restOf(Math.max(labelEnd, ex.evidence.end));
        const whole = text.slice(realNumStart + im[1]!.length, end).trim();
        ex.subject = withLead(whole.length > (ex.subject ?? '').length || !ex.subject ? whole : ex.subject);
        pos = end;
      } else {
        add(realNumStart, labelEnd, parseNumber(im[1]!, lex), m.unit, null, withLead(label), 'vote-list');
        pos = restOf(labelEnd);
      }
    }
  }

  // totals in parentheses: "10 Democrats (out of 48)", « 35 UMP (sur 198) » (ruleId metrics/out-of-total)
  for (const m of [...out, ...added]) {
    if (m.unit === '%' || m.unit === 'pp' || /^[A-Z]{3}$/.test(m.unit)) continue;
    // (past the rest of the group's name: « 12 députés Front de gauche (sur 15) »)
    const tail = /^[^,;:.!?()]{0,40}/u.exec(text.slice(m.evidence.end, m.evidence.end + 40))![0];
    const from = m.evidence.end + (c.outOf.test(text.slice(m.evidence.end, m.evidence.end + 30)) ? 0 : tail.length);
    const om = c.outOf.exec(text.slice(from, from + 30));
    if (!om) continue;
    const start = from + om[0].indexOf('(');
    // (the rest of the group's name joins the count's subject: « 12 députés Front de gauche (sur 15) »)
    const rest = from > m.evidence.end ? tail.trim() : '';
    if (rest && m.subject && !m.subject.includes(rest)) m.subject = m.subject.replace(/^([^()]*?)([ \u00a0]\([^()]{1,60}\))?$/u, `$1 ${rest}$2`);
    const subject = m.subject ? m.subject.replace(/[ \u00a0]\([^()]{1,60}\)$/u, '') : null;
    add(start, from + om[0].length, parseNumber(om[1]!, lex), m.unit, null, subject, 'out-of-total');
  }

  // vote tallies: « (438 contre 86 et 42 abstentions) », "voted 51 to 49" (ruleId metrics/vote-tally)
  if (/\d[ \u00a0]{0,2}(?:votes?[ \u00a0]{1,2}|voix[ \u00a0]{1,2})?(?:contre|to|against|[-–])[ \u00a0]{0,2}\d/iu.test(text)) {
    c.tally.lastIndex = 0;
    for (const tm of allMatches(c.tally, text)) {
      const a = parseNumber(tm[1]!, lex);
      const b = parseNumber(tm[2]!, lex);
      // (not years, "2011-2012", nor a range "from 10 to 15")
      if ((a >= 1800 && a <= 2100) || (b >= 1800 && b <= 2100) || a <= 0) continue;
      if (/(?:from|between|de|entre|des|du|les|articles?|pages?)[ \u00a0]{1,2}$/iu.test(text.slice(Math.max(0, tm.index - 10), tm.index))) continue;
      const sent = sentenceBounds(doc, tm.index);
      if (!c.voteContext.test(text.slice(sent.start, sent.end))) continue;
      const unit = lex.tallyUnit;
      const forSide = language === 'fr' ? 'voix pour' : 'votes for';
      const against = language === 'fr' ? 'voix contre' : 'votes against';
      const ex1 = overlapping(out, tm.index, tm.index + tm[1]!.length);
      if (!ex1) add(tm.index, tm.index + tm[1]!.length, a, unit, null, clauseSubject(text, sent.start, tm.index, c) ?? forSide, 'vote-tally');
      const bStart = tm.index + tm[0].length - tm[2]!.length;
      // (the link word belongs to the evidence, « contre 86 », "to 49"; not a hyphen: "51-49" → "49")
      const linkAt = tm.index + tm[1]!.length + tm[0].slice(tm[1]!.length).search(/[^ \u00a0]/);
      const linkStart = /[-–]/u.test(text[linkAt] ?? '') ? bStart : linkAt;
      const ex2 = overlapping(out, bStart, bStart + tm[2]!.length);
      if (!ex2) add(linkStart, bStart + tm[2]!.length, b, unit, null, against, 'vote-tally');
    }
  }

  // running tolls: "the toll could increase to over 100,000" (ruleId metrics/toll)
  if (/toll|bilan/iu.test(text)) {
    c.toll.lastIndex = 0;
    for (const tm of allMatches(c.toll, text)) {
      const sent = sentenceBounds(doc, tm.index);
      // (the disaster may be named in the sentence before: "The death toll … continues to rise. A spokesman speculated that
      // the toll could increase to over 100,000")
      if (!c.tollContext.test(text.slice(Math.max(0, sent.start - 300), sent.end))) continue;
      const noun = tm[1]!.toLowerCase();
      const numStart = tm.index + tm[0].length - tm[3]!.length;
      const change: Change | null = c.tollRise.test(tm[2]!) || c.tollRise.test(tm[0].slice(tm[1]!.length + tm[2]!.length)) ? 'increase' : null;
      const placeM = PLACE_AFTER.exec(text.slice(numStart + tm[3]!.length, numStart + tm[3]!.length + 40));
      const ex = overlapping(out, numStart, numStart + tm[3]!.length);
      if (ex) {
        // a count the quantity pass read ("passing 80,000 people") measures the toll
        if (!/^[A-Z]{3}$|%|pp/.test(ex.unit) && !ex.subject?.toLowerCase().includes('toll') && !ex.subject?.toLowerCase().includes('bilan')) {
          ex.subject = noun;
          ex.change = ex.change ?? change;
        }
      } else {
        const verbStart = tm.index + tm[1]!.length + tm[2]!.length;
        add(/^(?:to|à|de)$/iu.test(text.slice(verbStart, verbStart + 3).trim()) ? tm.index : tm.index, numStart + tm[3]!.length, parseNumber(tm[3]!, lex), lex.tollUnit, change, placeM ? `${noun} ${placeM[1]}` : noun, 'toll');
      }
      // a further figure of the same toll: "… and could approach 80,000 in Indonesia alone"
      const restStart = numStart + tm[3]!.length;
      const rest = text.slice(restStart, sent.end);
      c.tollAgain.lastIndex = 0;
      for (const am of allMatches(c.tollAgain, rest)) {
        const s = restStart + am.index;
        const ns = s + am[0].length - am[1]!.length;
        const pm = PLACE_AFTER_ALONE.exec(text.slice(ns + am[1]!.length, ns + am[1]!.length + 40));
        const end = pm ? ns + am[1]!.length + pm[0].length : ns + am[1]!.length;
        add(s, end, parseNumber(am[1]!, lex), lex.tollUnit, null, pm ? `${noun} ${pm[1]}` : noun, 'toll');
      }
    }
  }

  // odds: "a 1 in 37 chance of striking the Earth" (ruleId metrics/odds)
  if (/[ -]in[ -]|sur/iu.test(text)) {
    c.odds.lastIndex = 0;
    for (const om of allMatches(c.odds, text)) {
      const num = parseNumber(om[1]!, lex);
      const den = parseNumber(om[2]!, lex);
      if (!(den > num) || !(num > 0)) continue;
      const end = om.index + om[0].length;
      const of = c.oddsOf.exec(text.slice(end, end + 100));
      const what = om[0].split(/[ \u00a0]+/).find((w) => /^(?:chance|risk|probability|likelihood|risque|probabilité)$/iu.test(w)) ?? 'chance';
      // (the article before it belongs to the evidence: "a 1 in 37 chance")
      const art = /(?:^|[ \u00a0])(?:a|an|une?)[ \u00a0]$/iu.exec(text.slice(Math.max(0, om.index - 4), om.index));
      const start = art ? om.index - art[0].trimStart().length : om.index;
      for (const ex of out) if (ex.evidence.start >= start && ex.evidence.end <= end) ex.unit = '';
      add(start, of ? end + of[0].length : end, roundOdds((100 * num) / den), '%', null, of ? `${what.toLowerCase()} ${language === 'fr' ? 'de' : 'of'} ${of[1]}` : what.toLowerCase(), 'odds');
    }
  }

  // earthquakes: "A magnitude 6.4 earthquake struck", "a 6.4-magnitude quake", « un séisme de magnitude 6,4 » → 6.4 magnitude
  // (ruleId metrics/magnitude)
  if (/magnitude/iu.test(text)) {
    c.magnitude.lastIndex = 0;
    for (const mm of allMatches(c.magnitude, text)) {
      const raw = mm[1] ?? mm[3]!;
      const noun = mm[2] ?? mm[4];
      const at = mm.index + mm[0].indexOf(raw);
      const start = mm[1] !== undefined ? mm.index : at;
      const end = mm[1] !== undefined ? at + raw.length : mm.index + mm[0].length - (noun ?? '').length;
      const sent = sentenceBounds(doc, mm.index);
      const before = c.quakeBefore.exec(text.slice(Math.max(sent.start, mm.index - 40), mm.index));
      const subject = noun ?? before?.[1] ?? null;
      add(start, text.slice(start, end).trimEnd().length + start, parseNumber(raw, lex), 'magnitude', null, subject ? subject.trim() : null, 'magnitude');
    }
  }

  // levels and ratings: "This rank was upgraded to Level 4", "2 out of 10 on the Torino scale" (ruleId metrics/level)
  if (/level|scale|niveau|échelle|category|catégorie|phase/iu.test(text)) {
    c.levelMove.lastIndex = 0;
    for (const lm of allMatches(c.levelMove, text)) {
      const sent = sentenceBounds(doc, lm.index);
      const value = parseNumber(lm[2]!, lex);
      const subject = clauseSubject(text, sent.start, lm.index, c);
      add(lm.index, lm.index + lm[0].length, value, lex.levelUnit, c.levelUp.test(lm[1]!) ? 'increase' : 'decrease', subject, 'level');
    }
    c.levelScale.lastIndex = 0;
    for (const sm of allMatches(c.levelScale, text)) {
      const sent = sentenceBounds(doc, sm.index);
      const value = parseNumber(sm[1]!, lex);
      const lead = text.slice(Math.max(sent.start, sm.index - 60), sm.index);
      const change: Change | null = c.scaleDown.test(lead) ? 'decrease' : null;
      const who = clauseSubject(text, sent.start, sm.index, c);
      // (the verb that leads to the rating belongs to the evidence: "corrected downward to zero on the Torino scale")
      const vm = VERB_BEFORE_RATING.exec(lead);
      const start = vm ? sm.index - vm[1]!.length : sm.index;
      add(start, sm.index + sm[0].length, value, lex.levelUnit, change, who ? `${who} (${sm[2]})` : sm[2]!, 'level');
    }
  }

  // counts by several sources and estimates of a crowd: « 1,5 million de manifestants selon la CGT, 250 000 selon la
  // police », "250,000 people marched, while police put the number at 80,000", « Les manifestants étaient 1,5 million »
  // (ruleId metrics/source-count, metrics/copular-count)
  const scaled = (raw: string, scale: string | undefined): number => parseNumber(raw, lex) * (scale ? lex.scaleWords[scale.toLowerCase()] ?? 1 : 1);
  /** The last count before `pos` in its sentence (not a percentage, an amount or a measure symbol). */
  const countBefore = (pos: number): Draft<Metric> | undefined => {
    const sent = sentenceBounds(doc, pos);
    let best: Draft<Metric> | undefined;
    for (const m of [...out, ...added]) {
      if (m.unit === '' || m.evidence.end > pos || m.evidence.start < sent.start || m.unit === '%' || m.unit === 'pp' || /^[A-Z]{3}$/.test(m.unit)) continue;
      if (!best || m.evidence.start > best.evidence.start) best = m;
    }
    return best;
  };
  if (/selon|d['’]après|according/iu.test(text)) {
    c.sourceCount.lastIndex = 0;
    for (const sm of allMatches(c.sourceCount, text)) {
      const ante = countBefore(sm.index);
      if (!ante) continue;
      const end = sm.index + sm[1]!.length + (sm[2] ? sm[2].length + 1 : 0);
      add(sm.index, end, scaled(sm[1]!, sm[2]), ante.unit, null, ante.subject, 'source-count');
    }
  }
  if (/estim|évalu|chiffr|put|placed|pegged/iu.test(text)) {
    c.estimateAt.lastIndex = 0;
    for (const em of allMatches(c.estimateAt, text)) {
      const sent = sentenceBounds(doc, em.index);
      const ante = countBefore(em.index);
      const crowd = c.crowd.exec(text.slice(Math.max(sent.start, em.index - 80), em.index + em[0].length))?.[1]?.toLowerCase();
      const unit = ante?.unit ?? (crowd ? lex.crowdUnit : null);
      if (!unit) continue;
      add(em.index, em.index + em[0].length, scaled(em[1]!, em[2]), unit, null, ante?.subject ?? crowd ?? null, 'source-count');
    }
  }
  if (/numbered|numbering|totall?ed|étaient|sont|seraient|furent|ont été/iu.test(text)) {
    c.copularCount.lastIndex = 0;
    for (const cm of allMatches(c.copularCount, text)) {
      const noun = cm[1]!;
      // (a plural noun only: "Protesters", « manifestants »; not "Sales totalled 300,000" of money, nor a time noun)
      if (/^(?:sales|revenues|profits|earnings|costs|losses|assets|years|months|days|weeks|hours|ans|mois|jours|heures|semaines|années)$/iu.test(noun)) continue;
      const unit = singularOf(noun, language);
      const start = cm.index + cm[0].indexOf(noun);
      add(start, cm.index + cm[0].length, scaled(cm[2]!, cm[3]), unit, null, noun.toLowerCase(), 'copular-count');
    }
  }

  // bare ranks: « la Birmanie est classé 169e », "the country is ranked 169th" (ruleId metrics/bare-rank)
  if (/class|pointe|figure|rank|place/iu.test(text)) {
    c.bareRank.lastIndex = 0;
    for (const rm of allMatches(c.bareRank, text)) {
      const sent = sentenceBounds(doc, rm.index);
      const who = clauseSubject(text, sent.start, rm.index, c);
      // (the evidence takes the subject: « la Birmanie est classé 169e »)
      const subjStart = who ? text.lastIndexOf(who, rm.index) : -1;
      const start = subjStart >= 0 && rm.index - subjStart < 80 ? subjStart : rm.index;
      add(start, rm.index + rm[0].length, parseNumber(rm[1]!, lex), lex.rankUnit, null, who, 'bare-rank');
    }
  }
  // multiples of a reference wage: « jusqu'à 1,5 fois le SMIC » (ruleId metrics/times-reference)
  if (/fois|times/iu.test(text)) {
    c.timesReference.lastIndex = 0;
    for (const tm of allMatches(c.timesReference, text)) {
      const sent = sentenceBounds(doc, tm.index);
      // (what is compared: the noun phrase before, « les salaires vont jusqu'à »)
      const lead = text.slice(Math.max(sent.start, tm.index - 80), tm.index);
      let np: RegExpExecArray | null = null;
      TIMES_SUBJECT.lastIndex = 0;
      for (const x of allMatches(TIMES_SUBJECT, lead)) np = x;
      const quali = /(?:jusqu['’]à|up[ \u00a0]to)[ \u00a0]{1,2}$/iu.exec(lead);
      const start = quali ? tm.index - quali[0].length : tm.index;
      add(start, tm.index + tm[0].length, parseNumber(tm[1]!, lex), tm[2]!.replace(/\u00a0/g, ' '), null, np ? np[1]! : clauseSubject(text, sent.start, start, c), 'times-reference');
    }
  }

  // models counted by their designation: "2,400 F-35s", « 12 F-16 » (ruleId metrics/model-plural)
  if (/\d[ \u00a0](?:[a-z]+[ \u00a0])?[A-Z][A-Za-z]{0,3}-?\d/u.test(text)) {
    c.modelPlural.lastIndex = 0;
    for (const mm of allMatches(c.modelPlural, text)) {
      const model = mm[2]!;
      // (not a year: "in 2019 F-35s flew")
      const value = parseNumber(mm[1]!, lex);
      if (value >= 1900 && value <= 2100 && !/[,\u00a0 ]/u.test(mm[1]!)) continue;
      add(mm.index, mm.index + mm[0].length, value, model.toLowerCase(), null, model, 'model-plural');
    }
  }

  // hyphenated measures: "a new 15-story external fuel tank" (ruleId metrics/hyphen-measure)
  if (language === 'en' && text.includes('-')) {
    c.hyphenMeasure.lastIndex = 0;
    for (const hm of allMatches(c.hyphenMeasure, text)) {
      const end = hm.index + hm[0].length;
      // (the noun phrase may be quoted: 'a 55-kilometer “de-confliction zone”')
      const np = /^[ \u00a0]([“"‘«][ \u00a0]?)?((?:[a-z][a-z-]{1,20}[ \u00a0]){0,3}[a-z][a-z-]{1,20})([ \u00a0]?[”"’»])?/u.exec(text.slice(end, end + 80));
      if (!np) continue;
      // (the noun phrase ends before a function word: "a 12-member panel of experts", "a 55-kilometer zone along the border")
      const words = np[2]!.split(/[ \u00a0]/);
      const stop = words.findIndex((w) => /^(?:of|in|on|at|to|for|from|with|by|and|or|that|which|was|is|will|has|the|a|an|along|across|around|near|inside|outside|into|between|through|over|under|off|after|before|during|where|who|while)$/.test(w));
      const kept = stop >= 0 ? words.slice(0, stop) : words;
      if (!kept.length) continue;
      const unit = hm[2]!.toLowerCase().replace(/^storey$/, 'storey');
      const npEnd = end + 1 + (np[1]?.length ?? 0) + kept.join(' ').length + (stop < 0 && np[3] && np[1] ? np[3].length : 0);
      add(hm.index, npEnd, parseNumber(hm[1]!, lex), unit, null, kept.join(' '), 'hyphen-measure');
    }
  }

  // temperatures written without the degree sign, British style: "temperatures fell to -4C", "highs of 31C", "below 5C"
  // → -4 °C, 31 °C, 5 °C; only in a sentence that speaks of temperature ("Category 5C", "Apartment 3C" are labels)
  // (ruleId metrics/glued-temperature)
  if (language === 'en' && /\d[CF](?![\w])/u.test(text)) {
    c.gluedTemperature.lastIndex = 0;
    for (const tm of allMatches(c.gluedTemperature, text)) {
      const end = tm.index + tm[0].length;
      if (overlapping(out, tm.index, end) || overlapping(added, tm.index, end)) continue;
      const sent = sentenceBounds(doc, tm.index);
      if (!c.temperatureCue.test(text.slice(sent.start, sent.end))) continue;
      const value = (tm[1] ? -1 : 1) * parseNumber(tm[2]!, lex);
      const lead = text.slice(Math.max(sent.start, tm.index - 40), tm.index);
      const mv = c.temperatureMove.exec(lead);
      const start = mv ? tm.index - mv[0].length : tm.index;
      const change: Change | null = mv ? (mv[1] ? 'decrease' : 'increase') : null;
      // (the clause before may hold another figure: "-7C in Aberdeen and will stay below 3C" → the cue word "temperatures")
      const who = clauseSubject(text, sent.start, start, c);
      const cue = c.temperatureCue.exec(text.slice(sent.start, sent.end))![0].toLowerCase();
      add(start, end, value, tm[3] === 'F' ? '°F' : '°C', change, who && !/\d/.test(who) ? who : cue, 'glued-temperature');
    }
  }

  // (the quantity pass's order is kept; each added figure goes after the last one that starts before it)
  const all = out.filter((m) => m.unit !== '');
  // a figure appended after a comma with no subject of its own measures the clause before: "peer Lowe’s (LOW) stock is off
  // too, down 1.8%", « le budget 2013 pour l'agriculture, en baisse de 3 % » (ruleId metrics/subject-appended)
  // (a change only — not « Pour le procureur fédéral, plus de 3 millions d'euros auraient été volés »: a source phrase)
  for (const m of [...all, ...added]) {
    if (m.subject || !m.change) continue;
    const sent = sentenceBounds(doc, m.evidence.start);
    const before = text.slice(Math.max(sent.start, m.evidence.start - 160), m.evidence.start);
    const comma = before.lastIndexOf(',');
    if (comma <= 0 || before.length - comma > 30 || /\d/u.test(before.slice(comma))) continue;
    const chunk = before.slice(0, comma);
    const cut = Math.max(chunk.lastIndexOf(','), chunk.lastIndexOf(';'), chunk.lastIndexOf(':'), chunk.lastIndexOf('«'));
    const clause = chunk.slice(cut + 1).trim();
    if (!clause || /^(?:pour|selon|according|d['’]après)(?![${LETTER}])/iu.test(clause)) continue;
    // (the subject of an intransitive verb — "WeWork’s 2025 bond has weakened sharply …, hitting 16%" → "WeWork’s 2025
    // bond" — or the object of a transitive one — « a voté aujourd'hui le budget 2013 pour l'agriculture, en baisse de 3 % »
    // → « le budget 2013 pour l'agriculture »: a determiner within the two words after the verb opens the object)
    const aux = c.auxiliary.exec(clause);
    let subject = clause.split(/[ \u00a0]+/u).slice(-6).join(' ');
    if (aux) {
      const head = clause.slice(0, aux.index).trim();
      const rest = clause.slice(aux.index + aux[0].length).trim().split(/[ \u00a0]+/u);
      // (the determiner right after the verb, or after one adverb — not after a preposition: "weakened sharply in the
      // past week" has no object)
      const at = OBJECT_DETERMINER.test(rest[1] ?? '') ? 1 : !PREPOSITION.test(rest[1] ?? '') && OBJECT_DETERMINER.test(rest[2] ?? '') ? 2 : -1;
      subject = at > 0 ? rest.slice(at, at + 6).join(' ') : head || subject;
    }
    if (subject) m.subject = subject;
  }
  // a possessive owner before the figure is what it belongs to: "WeWork’s 12,000 employees", "the Titan 4's $400 million"
  // (ruleId metrics/subject-possessive)
  for (const m of [...all, ...added]) {
    const pm = POSSESSIVE_OWNER.exec(text.slice(Math.max(0, m.evidence.start - 60), m.evidence.start));
    if (!pm) continue;
    const owner = pm[1]!;
    if (!(m.subject ?? '').includes(owner)) m.subject = m.subject ? `${owner} ${m.subject}` : owner;
  }
  // market tickers name no measured thing: "Benchmark 10-year notes US10YT=RR" → "Benchmark 10-year notes", "Brent LCOc1"
  // → "Brent" (ruleId metrics/subject-ticker)
  for (const m of [...all, ...added]) {
    if (!m.subject || !TICKER_HINT.test(m.subject)) continue;
    const kept = m.subject.split(/[ \u00a0]+/u).filter((w) => !TICKER.test(w)).join(' ');
    if (kept) m.subject = kept;
  }
  for (const a of added.sort((x, y) => x.evidence.start - y.evidence.start)) {
    let at = all.length;
    while (at > 0 && all[at - 1]!.evidence.start > a.evidence.start) at--;
    all.splice(at, 0, a);
  }
  return all;
}
