/**
 * Shapes shared by the number grammar ({@link recognizeQuantities}) and the
 * per-language lexicons that drive it (`src/lexicon/{en,fr}/metrics*.ts`).
 *
 * Offsets are UTF-16 code units into the text that was scanned, end exclusive.
 *
 * @module
 */
import type { Language } from '../types.js';

/**
 * One written form of a currency: `form` is matched case-insensitively, with
 * every space in it standing for "optional white space" (normal, NBSP,
 * narrow NBSP, thin space). `factor` scales the number written with it:
 * 0.01 for cents/pence/centimes, 1e6 for "MUSD", 1e-8 for satoshis.
 */
export interface CurrencyForm {
  form: string;
  /** ISO 4217 code (or XBT for bitcoin). */
  code: string;
  factor?: number;
  /** Must be separated from the number by a space or a dot ("Rs 500", not the engine "RS68"). */
  spaced?: boolean;
}

/** A multiplier word written after a number ("million", "Md", "bn"). */
export interface ScaleForm {
  form: string;
  value: number;
  /** True for abbreviations ("m", "M", "k", "Md") only trusted next to a currency. */
  needsCurrency?: boolean;
}

/**
 * Everything language-specific in the number grammar, as data.
 * Lists come from how each language writes numbers in news (style guides of
 * AFP/Le Monde and AP/Reuters: "3,5 milliards d'euros", "$3.5bn", "3 000").
 */
export interface QuantityLexicon {
  language: Language;
  /** Decimal mark of the language: `.` (EN) or `,` (FR). */
  decimalMark: '.' | ',';
  /** Units and tens spelled out ("twenty" → 20, "soixante" → 60). */
  numberWords: Readonly<Record<string, number>>;
  /** Words worth 100 ("hundred", "cent"); value: the minimum number of the preceding units word that may multiply it (FR "cents" needs 2–9). */
  hundredWords: Readonly<Record<string, { plural: boolean }>>;
  /** Scale words spelled out inside a run of number words ("thousand", "mille", "milliards"). */
  scaleWords: Readonly<Record<string, number>>;
  /** Fractions that may multiply a following scale ("half million"). */
  fractionWords: Readonly<Record<string, number>>;
  /** Words joining number words ("and" in "one hundred and five", "et" in "vingt et un"). */
  connectors: readonly string[];
  /** Words meaning "negative" before a number ("minus", "moins"). */
  minusWords: readonly string[];
  /** Scale words or abbreviations after a written number ("3,5 milliards", "$23bn"). */
  scales: readonly ScaleForm[];
  /** Words between a scale and a currency noun ("millions d'euros"), matched as regex source. */
  scaleCurrencyLink: string;
  /** Percent forms after a number ("%", "percent", "pour cent"). */
  percentSuffixes: readonly string[];
  /** Percent forms before "of/de" + number ("per cent of twenty-two"). */
  percentPrefixes: readonly string[];
  /** Percentage-point forms after a number ("percentage points", "points de pourcentage"), with factor (basis points: 0.01). */
  pointSuffixes: readonly { form: string; factor: number }[];
  /** Bare "point(s)" after a number, a percentage point only in a change context. */
  barePointSuffixes: readonly string[];
  /** Currency forms written before the number ("$", "US$", "CHF"). */
  currencyPrefixes: readonly CurrencyForm[];
  /** Currency forms written after the number (or its scale): "euros", "de dollars", "€". */
  currencySuffixes: readonly CurrencyForm[];
  /** Minor-unit words that may follow a main amount ("3 dollars 50 cents"). */
  minorUnits: readonly string[];
  /** Symbols of units of measure, case-sensitive ("km/h", "GeV", "kWh", "°C"). */
  measureUnits: readonly string[];
  /**
   * A one-letter minor currency glued to its number, without a space: "312p" (pence, in British share prices); absent in
   * languages that do not write it (ruleId numbers/en/glued-minor).
   */
  gluedMinor?: CurrencyForm;
  /** Percent forms read only in lower case after a number: "3.9pc" (British press), never "a Windows 10 PC". */
  lowerCasePercent?: readonly string[];
  /** Range openers before the first number ("between", "entre"). */
  rangeOpeners: readonly string[];
  /** Range joiners between two numbers ("and", "to", "et", "à"). */
  rangeJoiners: readonly string[];
}

/** What a recognised quantity measures. */
export type QuantityKind = 'percent' | 'pp' | 'points' | 'currency' | 'measure' | 'number';

/**
 * A number found in text, with its unit when written next to it.
 * `text === source.slice(start, end)`.
 */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  /** Signed value in `unit` ("50 cents" → 0.5 USD; "minus five percent" → -5). For a range, the lower bound. */
  value: number;
  /** Upper bound of a range ("entre 3 et 5 %" → 5). */
  valueMax?: number;
  kind: QuantityKind;
  /** `%`, `pp`, an ISO 4217 code, or null for a bare number. */
  unit: string | null;
  /** Start/end of the number core itself (digits or number words), without unit or sign. */
  coreStart: number;
  coreEnd: number;
  /** The core was spelled out in words ("twenty-three"). */
  spelled: boolean;
  /** Multiplier applied by a scale word (1 when none). */
  scale: number;
  /** An explicit sign was written ("+200%", "-5", "minus", "moins"). */
  sign: '+' | '-' | null;
  /** The digits are glued to other digits by a hyphen or slash ("2011-2012", "767-300", "1/4"). */
  joined: boolean;
  /** An approximate collective ("une vingtaine de", "a dozen"): set by the metric extractor. */
  approximate?: boolean;
  /** Rule that built the quantity, e.g. `numbers/fr/scale-de-currency`. */
  ruleId: string;
}

/** A word or phrase before a quantity that qualifies it ("près de", "more than"). */
export interface QualifierForm {
  /** Regex source matched just before the number, e.g. `près\\s+d[e'’]`. */
  pattern: string;
  qualifier: 'approximate' | 'at-least' | 'at-most' | 'more-than' | 'less-than';
}

/**
 * What the metric extractor needs besides the number grammar, per language:
 * change cues, qualifiers, per-unit words, counted-noun grammar and the
 * contexts where a number is not a measurement (dates, ages, names).
 * Regex sources are matched case-insensitively with the `u` flag.
 */
export interface MetricLexicon {
  language: Language;
  /** Regex source: tax-like nouns whose rate measures what follows "on"/"sur" ("a 3% tax on dividends"). */
  taxNouns: string;
  /** Regex sources of words that say a value went up ("bondi", "soared"). */
  increase: readonly string[];
  /** Regex sources of words that say a value went down ("recul", "cut"). */
  decrease: readonly string[];
  /** Cues that count only right before the number ("up 22 percent", "down $5"). */
  adjacentCues: readonly string[];
  /** Qualifiers written before the number. */
  qualifiers: readonly QualifierForm[];
  /** Words introducing a per-unit denominator before any noun ("per", "par", "chaque"). */
  perOpen: readonly string[];
  /** Words introducing a per-unit denominator only before a {@link perNouns} noun ("a", "le", "la"). */
  perArticle: readonly string[];
  /** Nouns that can follow "a"/"le" as a denominator ("year", "share", "litre"). */
  perNouns: ReadonlySet<string>;
  /** Month names (and abbreviations): a number next to one is a date. */
  months: ReadonlySet<string>;
  /** Week days: "mardi 3 juillet". */
  weekdays: ReadonlySet<string>;
  /** Nouns of time: a number right before one is a date, duration or age, not a count ("three years", "42 ans"). */
  timeNouns: ReadonlySet<string>;
  /** Time nouns that measure a duration when counted ("18 jours", "35 years"); other time nouns never count. */
  /**
   * Nouns of units of measure written in full ("tonnes", "miles", "barils"): the counted noun is the unit, what is measured
   * is the subject of the clause ("les capacités … étaient de 82,2 millions de tonnes") (ruleId metrics/subject-measure-clause).
   */
  measureNouns: ReadonlySet<string>;
  /**
   * Nouns placing a date within a period, written before a month or a year: « fin juin », « début 2024 », "end June", "mid
   * 2025"; after a number they are no counted noun (« contre 430 000 fin juin »; ruleId metrics/time-position).
   */
  timePositions: ReadonlySet<string>;
  /**
   * Symbols of a rate that stand for a unit and its denominator: "11 million bpd" reads as "11 million barrels per day",
   * « 300 000 b/j » as « 300 000 barils par jour » → unit and `per` (ruleId metrics/rate-symbol).
   */
  rateSymbols: ReadonlyMap<string, readonly [unit: string, per: string]>;
  /** Units of distance (symbols and nouns): "820 km (510 miles) away from X" measures X (ruleId metrics/subject-distance-from). */
  distanceUnits: ReadonlySet<string>;
  durationNouns: ReadonlySet<string>;
  /**
   * True for a common noun that never is an adjective (English: compromise's noun list less its adjective list,
   * `gazetteer/derived.ts`): one right before a plural counted noun makes a compound unit with it ("5 gas stations" →
   * "gas station"); always false when the language puts modifiers after the noun (ruleId metrics/en/compound-noun-modifier).
   * Read per call, from the word lists the actor gazetteer already holds: no set is built at start-up.
   */
  compoundModifier: (word: string) => boolean;
  /**
   * Regex source, anchored right after a bare number: a comparative that stands for the noun of the count before it (FR
   * « 303 grands électeurs, soit 33 de plus », « 3 millions de moins »; English "20 more" is read from
   * {@link elidedNounWords}); `(?!)` when none (ruleId metrics/elided-comparative).
   */
  elidedComparative: string;
  /**
   * Words that may fill the gap between a change verb and the figure it reaches without being its object: fractions that
   * give the amount of the change ("jumped by a third last year to €60bn", « a bondi d'un tiers à ») and relative time
   * words ("last", « dernier »). With the lexicon's stop words, time nouns, months and week days, a gap made of them alone
   * names nothing measured (ruleId metrics/subject-change-adjunct).
   */
  changeAdjunctWords: ReadonlySet<string>;
  /** Time nouns that can give an age ("ans", "years"). */
  yearNouns: ReadonlySet<string>;
  /** Regex source: words after "N <time noun>" that make it a relative date or an age ("ago", "old", "plus tard"). */
  /**
   * Regex source: words after a definite time noun that make it a date, not a rate (FR « 3 millions de tonnes l'an
   * dernier » is last year's output, « 3 millions de tonnes l'an » is per year); `(?!)` when none.
   */
  perArticleStop: string;
  durationAfterStop: string;
  /** Regex source: words before "N <time noun>" that make it a relative date or a clock time ("il y a", "à", "at"). */
  durationBeforeStop: string;
  /**
   * Regex source: words right after "N <time noun>" that make it a sentence or a penalty, a duration whatever stands
   * before it (« condamné à deux ans de prison », « 6 mois ferme », "sentenced to 10 years in prison"; ruleId metrics/penalty-duration).
   */
  penaltyAfter: string;
  /** Regex source, anchored at the number: context making "N ans"/"N years" an age ("Jean, 42 ans", "un homme de 42 ans"). */
  ageBefore: string;
  /** Whether "<noun> de N ans" reads as an age unless the noun is in {@link durationHeads} (French). */
  ageByDefault: boolean;
  /** Nouns whose "de N ans/years" complement is a span, not an age ("peine", "contrat", "mandat"). */
  durationHeads: ReadonlySet<string>;
  /** Approximate collective nouns and their value ("vingtaine" → 20, "dozen" → 12). */
  collectives: Readonly<Record<string, number>>;
  /** Regex source: articles before a collective ("une", "a"). */
  collectiveArticles: string;
  /** Compound nouns counted as one unit, singular lower case ("secrétaire d'état"). */
  compoundNouns: ReadonlySet<string>;
  /** Nouns of votes ("voix", "votes") and the sides that may follow them ("pour", "contre", "against"). */
  voteNouns: ReadonlySet<string>;
  voteSides: ReadonlySet<string>;
  /** Words opening a subordinate or reported clause ("that", "que", "said"): a subject starts after them. */
  clauseOpeners: ReadonlySet<string>;
  /** Nouns after "one" that make an idiom, not a count ("one point", "one way", "one side"). */
  idiomNounsAfterOne: ReadonlySet<string>;
  /** Pre-nominal adjectives that are also nouns ("210 jeunes"). */
  adjectivalNouns: ReadonlySet<string>;
  /** Words that end a noun phrase after a number (determiners, prepositions, auxiliaries, pronouns). */
  stopWords: ReadonlySet<string>;
  /** Words before a number that make it a label, not a quantity ("page 12", "article 5", "numéro 3"). */
  labelWords: ReadonlySet<string>;
  /**
   * Regex source matched against the text right before a number, ending there, that makes the number the denominator of
   * a proportion and no count: "one in " ("one in five adults"), « un ménage sur » (« un ménage sur dix consacre »).
   * Case-insensitive (ruleId metrics/proportion-denominator).
   */
  proportionBefore: string;
  /**
   * Words right before a four-digit number that make it a year even before a plural noun ("in 2019 sales rose", « en
   * 1500 »); lower case, elided forms with their apostrophe (ruleId metrics/year-like-count).
   */
  yearPrepositions: ReadonlySet<string>;
  /**
   * Plural nouns of people and jobs after which a four-digit number that could be a current year (1900–2039) is still a
   * count: "2000 protesters", « 1900 salariés »; lower case (ruleId metrics/year-like-count).
   */
  yearLikeCountNouns: ReadonlySet<string>;
  /** Determiners that make a spelled-out number a reference, not a count ("the two stores", "les cinq banques"). */
  definiteDeterminers: ReadonlySet<string>;
  /** Determiners and possessives dropped from the start of a subject. */
  subjectDeterminers: ReadonlySet<string>;
  /** Adjectives written before the noun ("grandes", "nouveaux"), skipped when looking for the counted noun (FR). */
  preNominalAdjectives: ReadonlySet<string>;
  /** Nouns with the same singular and plural ("aircraft", "cas", "prix"). */
  invariantNouns: ReadonlySet<string>;
  /** Irregular plurals → singular ("people" → "person", "travaux" → "travail"). */
  irregularPlurals: Readonly<Record<string, string>>;
  /**
   * Parts of hyphenated compounds that never take the plural mark: prepositions and adverbs (FR « sous-marins » →
   * « sous-marin », not « sou-marin »). Lower case; empty for English, whose compounds inflect their last part.
   */
  invariableCompoundParts: ReadonlySet<string>;
  /**
   * First parts of hyphenated compounds that make the whole word keep its form in the singular: verb stems (FR « un
   * porte-avions », « un lance-roquettes ») and « sans » (« un sans-abri », « un sans-papiers »). Lower case.
   */
  invariableCompoundHeads: ReadonlySet<string>;
  /** Where the noun phrase after a number may continue with a complement ("cas de fraude", "3,000 of its workers"). */
  complementLinks: readonly string[];
  /** Partitive links between a number and its noun ("8 000 de ces suppressions", "3,000 of its workers"): regex source. */
  partitive: string;
  /** Words that, right before a quantity, say it is an age ("aged", "âgé de"): regex source anchored at the end. */
  agePrefix: string;
  /** Nouns that are ratios' denominators, not the subject ("GDP", "PIB"). */
  denominatorNouns: ReadonlySet<string>;
  /** Regex source: links from a change to the level it reached ("to", "à"). */
  levelLinks: string;
  /** Regex source: links that restate the previous figure in another unit ("soit", "or", "i.e."). */
  restateLinks: string;
  /** Regex source: words that may stand between a change word and the count it governs ("de", "sèche", "of", "another"). */
  countGapWords: string;
  /** Regex source: links before a quantity that compare it with or list it after the previous one ("contre", "au lieu de", "and"). */
  compareLinks: string;
  /** Regex source: auxiliaries of a passive predicate after a counted noun ("ont été", "were"). */
  passiveAuxiliaries: string;
  /** Regex source: endings of past participles ("é|ée|és|ées", "ed|en"). */
  participleEndings: string;
  /** Verbs and auxiliaries that end a subject phrase before a number ("is", "was", "ont", "est"). */
  auxiliaries: ReadonlySet<string>;
  /**
   * Regex sources of verbs that change a grade, not the number of what they govern: they give the direction of a
   * {@link measureNouns} figure only ("dégradées de quatre crans", "downgraded by two notches"), never of a count
   * ("dégrade 28 banques"). Group order as in {@link increase}/{@link decrease}.
   */
  degreeIncrease: readonly string[];
  degreeDecrease: readonly string[];
  /** Regex source: a modal or semi-modal between a passive auxiliary and its participle ("expected to be", "devraient être"). */
  passiveChains: string;
  /** Adverbs between a passive auxiliary and the rest of the verb: « sont encore analysés », « ont déjà été réexaminées », "were also killed" (regex source). */
  passiveAdverbs: string;
  /** Regex source: the agent preposition of a reduced passive relative after a counted noun (", flattened by", ", détruites par"). */
  agentLinks: string;
  /** Adjectives used as nouns for people, counted as "person" ("200K homeless", "30 dead", "12 injured"). */
  personAdjectives: ReadonlySet<string>;
  /** Modal and semi-modal verbs before an infinitive, besides {@link auxiliaries} ("faut", "veut", "wants to" is not one). */
  modalVerbs: ReadonlySet<string>;
  /** Words before a count that look like verbs by their ending but are not ("including", "hundred", "quartier", "comité"). */
  notVerbs: ReadonlySet<string>;
  /** Regex source: openers of the whole set a part is then taken from, before "N noun" ("of the", "sur les", "parmi les"). */
  setOpeners: string;
  /** Words standing for an elided counted noun after a number ("10 others", "10 autres", "les 12 dernières"). */
  elidedNounWords: ReadonlySet<string>;
  /** Nouns of a gap between two scores: bare "points" with one of them are percentage points ("l'écart … 2,3 points", "a 5-point lead"). */
  gapNouns: ReadonlySet<string>;
  /**
   * Regex source: words of polls and votes; a gap noun makes bare points percentage points only in a sentence holding
   * one ("the poll gives Obama a 4-point lead"), since a "12-point lead" in a match counts points.
   */
  pollWords: string;
  /** Regex source: verbs of holding a share ("holds", "détient") whose holder is part of the subject of a percentage. */
  holdVerbs: string;
  /** Regex source: verbs of inclusion whose subject names what an amount is a part of ("The award includes a cash component of"). */
  inclusionVerbs: string;
  /**
   * Regex source: a verb of distribution and its preposition between the total a share is taken of and who bears it
   * ("53 % des nouveaux impôts porteront sur les ménages", "60% of the aid will go to schools"); the last word is the
   * preposition, repeated alone in an elliptical second share ("et 47 % sur les entreprises").
   */
  distributionVerbs: string;
  /**
   * Regex source: participles of spending and raising money after a definite amount, which then names the amount by its
   * use ("the $177 million spent every day in Iraq", « les 3 milliards d'euros investis dans le projet »).
   */
  moneyParticiples: string;
  /** Regex source: determiners before such an amount ("the", "les"). */
  moneyDeterminers: string;
  /** Regex source: an apposition opening that names what a number counts ("the number of", « le nombre de »). */
  appositionNouns: string;
  /** Regex source: links after a figure to the group it is taken in ("among", « chez », « en ce qui concerne »). */
  groupLinks: string;
  /** Common nouns written with a capital, counted like any noun ("huit États") — lower case. */
  capitalisedNouns: ReadonlySet<string>;
  /**
   * Endings of a capitalised plural demonym counted by a number: « 2 209 Français ont été localisés », « 400 Allemands »,
   * "three Americans were killed" (regex source, matched on the whole word; ruleId metrics/count-demonym).
   */
  demonymPlural: string;
  /** Nouns of a rank after an ordinal: « la 124e place », « à la 67e position », "in 124th place" (ruleId metrics/rank). */
  rankNouns: string;
  /**
   * Ordinals in words before a rank noun and their value: « la neuvième place », "in third place" (ruleId metrics/rank).
   * Not the ordinals of idioms ("in the first place", "a second place to live").
   */
  ordinalWords: Readonly<Record<string, number>>;
  /** Ordinal suffixes after digits: « 124e », « 1re », "124th" (regex source). */
  ordinalSuffixes: string;
  /**
   * Words opening a subset or a contrast right before a count whose noun is elided: « dont 324 concernant le port du
   * casque », « tandis que 393 n'ont pas encore pu être joints », "including 12 involving helmets", "while 393 could
   * not be reached" (regex source, at the end of the text before the count; ruleId metrics/elided-subset).
   */
  subsetOpeners: string;
  /** Units of measure that a per-unit noun completes: « 0,1 microgramme par litre » → unit "microgramme par litre". */
  ratioNouns: ReadonlySet<string>;
  /**
   * Capitalised words that may open a sentence right before a count without making it a label or a name: « Seuls huit
   * des 29 membres », "Only eight of the 29 members" (lower case; ruleId metrics/lead-word). Qualifiers ("Nearly",
   * « Quelque ») are accepted from `qualifiers` (ruleId metrics/qualifier-at-start).
   */
  clauseLeads: ReadonlySet<string>;
  /**
   * Past participles that do not end like one (`participleEndings`), read after a counted noun as a passive predicate:
   * "3,000 jobs will be cut", « 3 000 emplois ont été perdus » (regex source; ruleId metrics/passive-change).
   */
  irregularParticiples: string;
  /**
   * Fractions of a percentage point written in words, as rate decisions are reported: "a quarter point", "half a
   * percentage point", « un quart de point », « un demi-point » (regex sources, case-insensitive, and the value in
   * percentage points; ruleId metrics/fraction-points).
   */
  fractionPoints: ReadonlyArray<{ pattern: string; value: number }>;
  /** Nouns of a fraction after a number word, no counted noun: « deux tiers des étudiants », "two fifths" (ruleId metrics/fraction-noun). */
  fractionNouns: ReadonlySet<string>;
  /**
   * Regex source, matched at the end of the words before a "from"/« de » that opens a pair "X to Y" / « X à Y »: verbs of a
   * move that names no direction or of setting a level ("went from 4.1% to 4.5%", "was revised from", « est passé de 7,1 %
   * à 7,4 % », « a été porté de », « ramené de »): the first figure is the level left, the second the level reached
   * (ruleId metrics/from-to).
   */
  fromToMoves: string;
  /**
   * Regex source, matched like {@link fromToMoves}: verbs that span a range ("ranging from 10% to 20%", « variant de 3 à
   * 5 % », « allant de 3 à 5 ans »): the pair is one range, never a move (ruleId metrics/from-to).
   */
  fromToRanges: string;
  /**
   * Nouns of a rate or a share (« taux », « part »): in the clause of a change word, « de X % à Y % » moves the rate from X
   * to Y (« le taux a été relevé de 1 % à 1,5 % ») where otherwise it spans the size of the change (« les prix ont augmenté
   * de 15 % à 20 % »). Lower case (ruleId metrics/from-to).
   */
  rateNouns: ReadonlySet<string>;
  /**
   * Nouns of a level that a change verb sets, as its singular object (« l'âge », « le plafond », « la durée »): « relève
   * l'âge légal de départ de 62 à 64 ans » moves the age from 62 to 64, where « augmente les salaires de 100 à 200 euros »
   * spans the size of the change. Lower case, French only (English marks the level left with "from") (ruleId
   * metrics/from-to-level-object).
   */
  levelNouns: ReadonlySet<string>;
  /** Words multiplying a collective: "two dozen" (2), "half a dozen" (0.5); keys lower case, single spaces (ruleId numbers/<lang>/collective). */
  collectiveMultipliers: Readonly<Record<string, number>>;
}
