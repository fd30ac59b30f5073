/**
 * English lexicon of the metric extractor: change verbs and nouns,
 * qualifiers, per-unit words, counted-noun grammar, and the contexts where a
 * number is not a measurement. Entries follow how English-language news
 * reports figures (Reuters/AP: "shares jumped 22%", "nearly 3,500 stores",
 * "$55.12 per barrel", "cut 520 jobs").
 *
 * @module
 */
import type { MetricLexicon } from '../../numbers/types.js';
import { LOWER, UPPER } from '../../text/char-classes.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS } from '../gazetteer/derived.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Nouns that stand as adjectives before another noun ("military personnel", "key figures", "total deaths"), and pronouns: no compound modifier. */
const ADJECTIVAL_NOUNS = new Set(`military christian magic static total objective uncoordinated key top chief prime giant model mass standard
  capital patent anything something nothing everything thing`.split(/\s+/));

/** English metric lexicon. */
export const EN_METRIC_LEXICON: MetricLexicon = {
  language: 'en',
  // "a 25% tariff on steel", "la taxe de 3 % sur les dividendes"
  taxNouns: 'tax|taxes|levy|levies|tariff|tariffs|duty|duties|vat|surcharge',
  // "uninstalls jumped 200%", "Sears was up 22 percent", "a 15% rise", "revenue grew 3%"
  increase: [
    'soar(?:s|ed|ing)?', 'jump(?:s|ed|ing)?', 'ris(?:e|es|ing|en)', 'rose', 'climb(?:s|ed|ing)?',
    // ("its growth forecast", "the growth target": a noun premodifier names what a level measures, no change —
    // ruleId metrics/change-verbs)
    'increas(?:e|es|ed|ing)', 'gr[eo]w(?:s|n|ing)?', 'growth(?![ \\u00a0]+(?:forecasts?|targets?|outlook|estimates?|projections?|rates?|figures?|data|expectations?)(?![a-z]))', 'gain(?:s|ed|ing)?', 'surg(?:e|es|ed|ing)',
    'ralli(?:ed|es)', 'rally', 'boost(?:s|ed|ing)?', 'hik(?:e|es|ed|ing)',
    'up', 'doubl(?:e|es|ed|ing)', 'tripl(?:e|es|ed|ing)', 'expand(?:s|ed|ing)?', 'expansion', 'higher',
    'spik(?:e|es|ed|ing)', 'leap(?:s|ed|t)?',
    // "shares rocketed 40%", "the index advanced 1.2%", "oil rebounded 3%", "the deficit widened to 4%", "growth accelerated
    // to 6%" (ruleId metrics/change-verbs)
    '(?:sky)?rocket(?:s|ed|ing)', 'advanc(?:e|es|ed|ing)', 'rebound(?:s|ed|ing)?', 'widen(?:s|ed|ing)',
    'accelerat(?:e|es|ed|ing)',
    // "raised interest rates by 0.25 points" (not "raised $5m", a fundraising)
    'rais(?:e|es|ed|ing)(?=[^.;]{0,40}\\sby\\s)',
    // "The plan would lift Brazilian exports by $12 billion" (only with "by": "lift 2 million people out of poverty" is no
    // rise; ruleId metrics/change-verbs)
    'lift(?:s|ed|ing)?(?=[^.;]{0,40}\\sby\\s)',
    // "the Nasdaq Composite added 20.72 points", "spot gold added 0.1%" — only before a figure ("he added that …" is a
    // reporting verb); "the yen strengthened 0.13%", "the dollar firmed 0.2%" (ruleId metrics/change-verbs-markets)
    'add(?:s|ed|ing)?(?=[ \\u00a0]{1,2}(?:(?:(?:about|nearly|another|a[ \\u00a0]further|some)[ \\u00a0]{1,2})?[$€£]?\\d|$))',
    'strengthen(?:s|ed|ing)?', 'firm(?:s|ed)(?=[ \\u00a0]{1,2}(?:\\d|$))',
    // (metrics/change-verbs-field) the rest of the field (audit of 2026-12-01): "imports swelled 12%", "the index shot up
    // 4%" (the "up" of a phrasal verb is read by adjacentCues)
    'swell(?:s|ed|ing)?', 'swollen',
  ],
  // "Kmart shares fell 5%", "cut 520 jobs", "a decline of 3%", "would be reduced to 20%"
  decrease: [
    'f[ae]ll(?:s|en|ing)?', 'drop(?:s|ped|ping)?', 'declin(?:e|es|ed|ing)', 'cut(?:s|ting)?', 'slash(?:es|ed|ing)?',
    'los(?:e|es|ing)', 'lost', 'loss(?:es)?', 'reduc(?:e|es|ed|ing|tion|tions)', 'shr[iau]nk(?:s|ing|en)?',
    'plung(?:e|es|ed|ing)', 'tumbl(?:e|es|ed|ing)', 'slump(?:s|ed|ing)?', 'down', 'sank', 'sink(?:s|ing)?', 'sunk',
    'shed(?:s|ding)?', 'eliminat(?:e|es|ed|ing)', 'lower(?:s|ed|ing)?', 'decreas(?:e|es|ed|ing)', 'dip(?:s|ped|ping)?',
    'slid(?:e|es|ing)?', 'plummet(?:s|ed|ing)?', 'contract(?:ed|ing|ion)', 'lay(?:s|ing)? off', 'laid off', 'layoffs?',
    'downturn', 'eas(?:ed|es|ing)', 'slow(?:ed|s|ing)', 'weaken(?:ed|s|ing)?',
    // "Brent slipped 2%", "shares dived 9%", "sales collapsed 40%", "the pound retreated 0.5%", "the lead narrowed to 2
    // points", "halve its workforce", "trimmed 300 jobs", "axe 600 jobs" (ruleId metrics/change-verbs)
    // (not "tank", "crash": nouns of defence and air-crash news — "100 tanks", "two crashes")
    // ("slipped a $30 billion rider into the bill" inserts: no change)
    'slip(?:s|ped|ping)?(?![ \\u00a0]+(?:an?|the|in|into|through)[ \\u00a0])', 'div(?:e|es|ed|ing)', 'dove', 'collaps(?:e|es|ed|ing)', 'retreat(?:s|ed|ing)?', 'sag(?:s|ged|ging)?',
    'narrow(?:s|ed|ing)', 'halv(?:e|es|ed|ing)', 'trim(?:s|med|ming)?', 'ax(?:e|ed|ing)', 'erod(?:e|es|ed|ing)',
    'dwindl(?:e|es|ed|ing)', 'skid(?:s|ded|ding)?',
    // (metrics/change-verbs-field) "shares nosedived 30%", "the stock cratered 40%" (not "crater": a noun — "a crater 30
    // metres wide"), "the dollar softened 0.3%", "gold gave up 1.2%" (before the "up" of a rise)
    'nosediv(?:e|es|ed|ing)', 'cratered', 'craters(?=[ \\u00a0]{1,2}\\d)', 'soften(?:s|ed|ing)?', 'g(?:a|i)ve(?:s|n)?[ \\u00a0]up', 'giving[ \\u00a0]up',
    // "the withdrawal of 2,000 troops", "the closure of three plants", "will withdraw 12,000 troops" (ruleId metrics/change-verbs)
    'withdrawals?', 'closures?', 'withdr[ae]w(?:s|n|ing)?',
    // destruction removes what it governs: "demolish 39K shanties", "6,200 homes, flattened by", "the destruction of 300 homes"
    // (ruleId metrics/destruction)
    'demolish(?:es|ed|ing)?', 'demolitions?', 'destroy(?:s|ed|ing)?', 'destruction', 'raz(?:e|es|ed|ing)',
    'flatten(?:s|ed|ing)?', 'bulldoz(?:e|es|ed|ing)', 'tor(?:e|n) down', 'tear(?:s|ing)? down', 'wip(?:e|es|ed|ing) out',
  ],
  adjacentCues: ['up', 'down'],
  qualifiers: [
    // "nearly 3,500 stores", "about $2bn", "an estimated £8m", "some 400 people"
    { pattern: '(?:nearly|almost|about|around|approximately|roughly|some|close\\s+to|an\\s+estimated|estimated|circa|approx\\.)', qualifier: 'approximate' },
    // "more than 13,000 accounts", "over 25%", "in excess of $30m"
    { pattern: '(?:more\\s+than|over|above|upwards\\s+of|in\\s+excess\\s+of|exceeding)', qualifier: 'more-than' },
    // "less than 5%", "fewer than 100 people", "under $1bn"
    { pattern: '(?:less\\s+than|fewer\\s+than|under|below)', qualifier: 'less-than' },
    // "at least 20 people"
    { pattern: '(?:at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of)', qualifier: 'at-least' },
    // "up to $500 million", "as many as 300 jobs"
    { pattern: '(?:up\\s+to|at\\s+most|as\\s+many\\s+as|as\\s+much\\s+as|no\\s+more\\s+than|a\\s+maximum\\s+of)', qualifier: 'at-most' },
  ],
  // "$55.12 per barrel", "$2 each share"
  perOpen: ['per', 'each'],
  // "$98 a share", "$500 million a year"
  perArticle: ['a', 'an'],
  perNouns: set(`year month week day hour minute night share barrel gallon litre liter tonne ton ounce pound kilo kilogram
    head person passenger unit piece seat ticket mile kilometre kilometer dozen copy game season employee worker household`),
  months: set(`january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec`),
  weekdays: set('monday tuesday wednesday thursday friday saturday sunday'),
  // "within three years", "42 years old", "two days later"
  timeNouns: set(`year years month months week weeks day days hour hours minute minutes second seconds decade decades
    century centuries night nights morning mornings evening evenings quarter quarters am pm a.m. p.m. o'clock times time`),
  // "9.8 million bpd", "500,000 b/d": oil output, read as barrels per day (ruleId metrics/rate-symbol)
  rateSymbols: new Map([['bpd', ['barrel', 'day']], ['b/d', ['barrel', 'day']]]),
  // "compared with 430,000 end June", "at 3.2% mid 2025" (ruleId metrics/time-position)
  timePositions: set('end start mid early late'),
  measureNouns: set('notch notches ton tons tonne tonnes mile miles kilometre kilometres kilometer kilometers metre metres meter meters foot feet litre litres liter liters gallon gallons barrel barrels hectare hectares acre acres kilogram kilograms pound pounds ounce ounces'),
  distanceUnits: set('km mi mile miles kilometre kilometres kilometer kilometers metre metres meter meters'),
  durationNouns: set('year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries night nights'),
  yearNouns: set('year years'),
  // "three years ago", "42 years old", "two days later"
  // (an indefinite article never dates: "a year ago" is stopped by durationAfterStop)
  perArticleStop: '(?!)',
  durationAfterStop: 'ago|old|later|earlier|before|after|from\\s+now|hence',
  // "at 10 hours", "in 2 days" (a date), "within three years" stays a duration
  durationBeforeStop: 'at|in|by|around|until|till',
  // "sentenced to 10 years in prison", "jailed for 18 months", "six months of probation" (ruleId metrics/penalty-duration)
  penaltyAfter: "in\\s+(?:prison|jail|custody)|behind\\s+bars|of\\s+(?:probation|imprisonment|incarceration)|suspended",
  // "Smith, 42 years" is rare in English; "aged 42" is handled by agePrefix
  ageBefore: '(?:^|[,(])|aged?|(?:man|woman|boy|girl|child|teenager)\\s+of',
  ageByDefault: false,
  durationHeads: set(''),
  // "a dozen people", "about a dozen"
  collectives: { dozen: 12 },
  collectiveArticles: 'a',
  compoundNouns: set(''),
  adjectivalNouns: set(''),
  // "at one point", "one way or another", "on one hand", "one thing": idioms, not counts
  // "5 gas stations", "three bank branches", "12 oil wells": a noun modifier makes a compound unit with the plural noun
  // after it (ruleId metrics/en/compound-noun-modifier)
  // (singular forms only: a plural is itself the counted noun, "banks" is no modifier; nor the nouns used as adjectives
  // before a noun, "200 U.S. military personnel", "two key figures", nor pronouns)
  compoundModifier: (w) => DERIVED_COMMON_NOUNS.has(w) && !DERIVED_ADJECTIVES.has(w) && !ADJECTIVAL_NOUNS.has(w)
    && !(w.endsWith('s') && DERIVED_COMMON_NOUNS.has(w.slice(0, -1))),
  // a comparative standing for the noun of the count before it: (English writes "20 more", read from elidedNounWords) (ruleId metrics/elided-comparative)
  elidedComparative: '(?!)',
  // fractions giving the amount of a change and relative time words: "jumped by a third last year to" (ruleId metrics/subject-change-adjunct)
  changeAdjunctWords: set('third thirds quarter quarters half halves fifth fifths tenth tenths two-thirds three-quarters year-on-year year-over-year month-on-month previous prior'),
  idiomNounsAfterOne: set('point way side hand thing reason another other time day more last single such member example full step'),
  // "200 votes against"
  voteNouns: set('votes vote ballots'),
  voteSides: set('for against'),
  clauseOpeners: set('that which who whom when while because if although though since whereas said says told added'),
  stopWords: set(`the a an of in on at to for from by with and or but as than that which who whom whose is are was were be been
    being has have had will would could should may might can did do does per percent more less over under about after before
    into onto across since this these those its their his her our my your it they he she we you i not no so up down out off
    each every all both last next ago old later earlier then also only just still even when where while if because
    said says say according there here what how why between among amongst against around within without during through
    toward towards via including`),
  // "page 12", "Article 5", "No. 3", "flight 93", "route 66"; addresses: "10 downing street"
  labelWords: set(`page pages p. pp. article articles chapter section clause paragraph no. number nos. item line lines room
    flight route highway interstate level grade rank act phase stage version model episode season volume vol. exit gate
    platform channel district ward lot block apartment suite box
    street st. avenue ave. road rd. boulevard blvd. lane drive
    cac sbf ftse dax stoxx nikkei ibex mib smi aex`),
  // (the last line: stock indices named by a number of shares, "the FTSE 100 closed lower", "the Stoxx 600 index")
  // "one in five adults", "2 in 3 voters": the second figure is the size of the group a proportion is taken of
  // (ruleId metrics/proportion-denominator; from the usual news wording of proportions)
  proportionBefore: '(?<![\\w.,])(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2})[ \\u00a0]{1,2}in[ \\u00a0]{1,2}$',
  // "in 2019 sales rose", "by 2030 emissions", "since 2015 prices": a year opens the clause (ruleId metrics/year-like-count)
  yearPrepositions: set(`in since by until till from through before after during circa between and or year years fiscal
    early late mid spring summer autumn fall winter`),
  // "Police said 2000 protesters marched": people and jobs are counted, not dated (ruleId metrics/year-like-count)
  yearLikeCountNouns: set(`people persons protesters demonstrators marchers soldiers troops jobs employees workers staff
    migrants refugees victims deaths casualties delegates participants visitors residents households families students
    children patients civilians prisoners police officers`),
  definiteDeterminers: set('the these those its their his her our my your both all'),
  subjectDeterminers: set('the a an its their his her our my your this that these those some all'),
  // "the last 10 days", "the next three years": time spans, not counts
  preNominalAdjectives: set('last next past first previous coming following consecutive straight successive'),
  // counted nouns that do not take -s: "100 mid-air tanker aircraft"
  invariantNouns: set(`aircraft spacecraft hovercraft people staff personnel police sheep fish deer cattle series species
    crew livestock offspring troops km kg mw gw kwh mph bps ha`),
  // English compounds inflect their head, the last part ("sub-contractors", "co-founders"): nothing to keep
  invariableCompoundParts: new Set<string>(),
  invariableCompoundHeads: new Set<string>(),
  irregularPlurals: {
    people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
    lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', shelves: 'shelf', thieves: 'thief',
    analyses: 'analysis', crises: 'crisis', theses: 'thesis', indices: 'index', criteria: 'criterion', phenomena: 'phenomenon',
    // short acronyms: "10 MPs" → "mp", "7 MEPs" → "mep"
    mps: 'mp', meps: 'mep',
  },
  // "3,000 workers of the plant" (rare in English: complements are usually "at"/"in")
  complementLinks: ['of'],
  // "3,000 of its workers", "20 of the 30 stores"
  // "10 of the 17 ministries", "over 50 of today's best selling artists", "20 of the world's largest banks"
  // (ruleId metrics/partitive-total)
  partitive: "of\\s+(?:(?:the\\s+)?(?:world|nation|country|today|year|city|state|industry|region|company|group)['’]s|its|their|the|these|those|his|her|our)\\s+",
  // "aged 42", "age 65", "at age 65"
  agePrefix: '(?:aged|age|ages)\\s{1,2}$',
  denominatorNouns: set('gdp output'),
  // "cut 520 jobs", "lost another 300 jobs", "a loss of 310 jobs", "cut by 20 staff"
  // "réduire ses effectifs de 8 %, soit 27 000 salariés", "cut 8%, or 27,000 jobs"
  // "raised rates by 0.25 points to 5.25%", "a progressé de 12 %, à 1,2 milliard"
  levelLinks: "to|at",
  restateLinks: "or|i\\.e\\.|that\\s+is|equivalent\\s+to|or\\s+about|or\\s+roughly",
  countGapWords: "of|by|to|another|a\\s+further|a\\s+net|a\\s+total\\s+of|off|up|down|nearly|about|some",
  // "contre 95 % actuellement", "(au lieu de 0,7 %)", "compared with 3%", "and 46%"
  compareLinks: "compared\\s+(?:with|to)|against|versus|vs\\.?|and|from|to",
  // "Quatre personnes ont été arrêtées", "153 passengers were killed"
  // (the auxiliary may be absent: "15,000 people marched")
  passiveAuxiliaries: "were|was|have\\s+been|had\\s+been|has\\s+been|are|will\\s+be|would\\s+be|could|may|might|should|must|will|would",
  participleEndings: "ed|en|wn|lt",
  auxiliaries: set(`is are was were be been being has have had will would could should may might can must did do does
    to reportedly also already still now currently`),
  // "Moody's downgraded the bank by two notches", "upgraded three notches" (ruleId metrics/degree-change)
  degreeIncrease: ['upgrad(?:e|es|ed|ing)'],
  degreeDecrease: ['downgrad(?:e|es|ed|ing)'],
  // "over 2 million people are expected to be displaced", "300 homes could be destroyed"
  // "30 people were also killed", "12 homes have already been sold"
  passiveAdverbs: "also|already|still|now|reportedly|reported|allegedly|initially|eventually|later|since",
  passiveChains: "(?:expected|likely|set|due|feared|thought|believed|estimated|reported|said|going|scheduled|projected|poised|about)\\s+to\\s+be|to\\s+be|be|being",
  // "6,200 illegal homes, flattened by a heavy excavator"
  agentLinks: 'by',
  // "200K homeless", "at least 30 dead", "12 injured"
  personAdjectives: set('homeless dead injured wounded missing unemployed displaced jobless'),
  // (words ending in -ed/-ing that do not govern the count after them: "including 30 people", "a hundred")
  notVerbs: set(`including excluding according during following regarding concerning notwithstanding pending
    hundred red bed need speed seed feed indeed shed led bred fled wed sled breed weed deed greed
    nothing something anything everything morning evening wedding building king ring thing spring string ceiling
    wing swing sibling earning earnings meeting setting`),
  // "Of the nine latest polls, eight give…", "Out of the 153 passengers", "Among the 28 banks" (ruleId metrics/set-total)
  setOpeners: "(?:out\\s+)?of\\s+the|among\\s+the|of\\s+its|of\\s+their",
  // "six were killed and 10 others injured", "the remaining 12" (ruleId metrics/elided-noun)
  elidedNounWords: set('others other remaining more fewer needed required'),
  // "a 5-point lead", "the gap … at 2.3 points" (ruleId metrics/gap-points)
  gapNouns: set('lead leads margin gap advantage edge deficit ahead behind'),
  // "the poll gives Obama a 4-point lead", "leads by 3 points among likely voters" — not "a 12-point lead at half-time"
  pollWords: 'polls?|polling|pollsters?|surveys?|voters?|votes?|voting|ballots?|electorate|approval|opinion|primar(?:y|ies)|elections?',
  // "Internet Explorer, which currently holds over 90% market share" (ruleId metrics/subject-holder)
  holdVerbs: "holds?|held|controls?|controlled|owns?|owned|commands?|commanded|enjoys?",
  // "The award includes a cash component of 10 million Swedish Kronor" (ruleId metrics/subject-inclusion)
  inclusionVerbs: "includes?|included|including|comprises?|comprised|carries|carried|comes\\s+with|came\\s+with|contains?|contained",
  // "53% of the new taxes will fall on households, and 47% on companies", "60% of the aid goes to schools"
  // (ruleId metrics/subject-distribution)
  distributionVerbs: "(?:will\\s+|would\\s+)?(?:fall|falls|fell|go|goes|went|be\\s+borne|is\\s+borne|are\\s+borne|was\\s+borne|were\\s+borne)[ \\u00a0]{1,2}(on|to|by)",
  // "plans to build 500 homes" takes "to" from auxiliaries; "can"/"must" are there too
  modalVerbs: set('shall'),
  // "the $177 million spent every day in Iraq", "the €2bn invested in the plant" (ruleId metrics/subject-money-participle)
  moneyParticiples: "spent|invested|raised|paid|allocated|earmarked|pledged|donated|collected|owed|borrowed|lent|granted|awarded|set\\s+aside|needed|required",
  moneyDeterminers: "the|these|those|this|that",
  // "the number 75 on it - the number of Cuban dissidents jailed last year" (ruleId metrics/count-apposition)
  appositionNouns: "the[ \\u00a0]+(?:number|total|count)[ \\u00a0]+of",
  // "unemployment reached 25% among young people", "60% in the case of women" (ruleId metrics/subject-group)
  groupLinks: "among(?:st)?|in\\s+the\\s+case\\s+of|as\\s+regards|as\\s+for",
  // party members and legislators counted with a capital: "12 Democrats", "35 Republicans", "10 MPs", "7 MEPs" (ruleId
  // metrics/en/count-capitalised)
  capitalisedNouns: set('democrats republicans conservatives tories liberals socialists greens independents mps meps'),
  // "three Americans were killed", "two Britons", "12 Pakistanis", "40 Chinese" (ruleId metrics/count-demonym)
  demonymPlural: `[${UPPER}][${LOWER}]{2,20}(?:ans|ians|eans|ons|is|ese)`,
  // "in 124th place", "to 67th position" (ruleId metrics/rank)
  rankNouns: 'place|position',
  // "finished in third place", "climbed to fifth position" ("first place" and "second place" are idioms too often:
  // "in the first place", "a second place to live" — ruleId metrics/rank)
  ordinalWords: {
    third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
    thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  },
  ordinalSuffixes: 'st|nd|rd|th',
  // "including 12 involving helmets", "while 393 could not be reached" (ruleId metrics/elided-subset)
  subsetOpeners: "including|among\\s+them|of\\s+whom|of\\s+which|while|whereas|but",
  // "0.1 micrograms per litre"
  ratioNouns: set('gram grams microgram micrograms milligram milligrams nanogram nanograms kilogram kilograms litre litres liter liters becquerel becquerels'),
  // "Only eight of the 29 NATO members" (ruleId metrics/lead-word)
  clauseLeads: set('only just even'),
  // "3,000 jobs will be cut", "1,200 jobs were lost", "600 jobs shed" (ruleId metrics/passive-change)
  irregularParticiples: 'cut|lost|shed|sunk|hit|shut',
  // "cut rates by a quarter point", "a quarter-point rise", "half a percentage point", "three quarters of a point"
  // (ruleId metrics/fraction-points)
  fractionPoints: [
    { pattern: '(?:a|one)[ \\u00a0-]quarter(?:[ \\u00a0-]|[ \\u00a0]of[ \\u00a0]an?[ \\u00a0])(?:percentage[ \\u00a0-])?point', value: 0.25 },
    { pattern: 'three[ \\u00a0-]quarters[ \\u00a0]of[ \\u00a0]an?[ \\u00a0](?:percentage[ \\u00a0-])?point', value: 0.75 },
    { pattern: '(?:half[ \\u00a0]an?[ \\u00a0]|(?:a|one)[ \\u00a0-]half[ \\u00a0-])(?:percentage[ \\u00a0-])?point', value: 0.5 },
  ],
  // "two thirds of voters", "three fifths" (ruleId metrics/fraction-noun; "quarters" is a time noun)
  fractionNouns: set('third thirds fifth fifths sixth sixths tenth tenths'),
  // "two dozen protesters", "half a dozen people" (ruleId numbers/en/collective)
  // "went from 4.1% to 4.5%", "was revised from 2.1% to 2.3%", "switched from 12 to 9" (ruleId metrics/from-to)
  fromToMoves: '(?:went|goes|go|going|gone|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|chang(?:e|es|ed|ing)|switch(?:es|ed|ing)?|revis(?:e|es|ed|ing)(?:[ \\u00a0]+(?:up|down|upward|downward))?|brought|bringing|took|taking|pass(?:es|ed|ing))',
  // "ranging from 10% to 20%", "varied from 3 to 5", "anywhere from $2bn to $3bn" (ruleId metrics/from-to)
  fromToRanges: '(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)',
  // (English marks the level a move leaves with "from": no noun is needed to tell a move from a range)
  rateNouns: new Set<string>(),
  levelNouns: new Set<string>(),
  collectiveMultipliers: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'half a': 0.5 },
};
