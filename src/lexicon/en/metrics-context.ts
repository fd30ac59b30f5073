/**
 * English data of the contextual metric rules ({@link supplementMetrics}): figures the
 * main number grammar leaves without a unit — index levels after a points move, exchange
 * rates, vote tallies, running death tolls, odds, alert levels and scale ratings, hyphenated
 * measures, and the "(out of N)" totals of a vote breakdown. Written as regex sources
 * (bounded repetitions only) following Reuters/AP market and politics copy.
 *
 * @module
 */
import type { ContextualMetricsLexicon } from '../../extractors/metrics-context.js';

/** English contextual metric data. */
export const EN_CONTEXTUAL_METRICS: ContextualMetricsLexicon = {
  // ", or 0.37%, to 27,934.02", " to 8,570.66" after "fell 102.2 points" (ruleId metrics/index-level)
  indexLevel: '^[ \\u00a0]{0,2}(?:,[ \\u00a0]{0,2}or[ \\u00a0]{1,2}[+-]?\\d{1,3}(?:\\.\\d{1,3})?[ \\u00a0]?(?:%|percent|per[ \\u00a0]cent)[ \\u00a0]{0,2})?,?[ \\u00a0]{1,2}(?:to|at)[ \\u00a0]{1,2}(\\d{1,3}(?:,\\d{3}){0,3}(?:\\.\\d{1,4})?)(?![\\d%]|[.,]\\d)',
  // "strengthened 0.13% versus the greenback at 108.55 per dollar", "traded at 7.1 yuan to the dollar" (ruleId metrics/exchange-rate)
  exchangeRate: '(?<![\\w.,])(?:at|to|of)[ \\u00a0]{1,2}(\\d{1,5}(?:\\.\\d{1,4})?)[ \\u00a0]{1,2}(?:per|to[ \\u00a0]the|against[ \\u00a0]the|a)[ \\u00a0]{1,2}(dollar|euro|pound|yen|greenback)(?![\\w])',
  // the currency quoted, named before the rate in its sentence: "The Japanese yen strengthened …"
  currencyNames: {
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rouble: 'RUB', ruble: 'RUB', won: 'KRW', lira: 'TRY',
    'swiss franc': 'CHF', euro: 'EUR', sterling: 'GBP', pound: 'GBP', rand: 'ZAR', peso: 'MXN',
    'canadian dollar': 'CAD', 'australian dollar': 'AUD', loonie: 'CAD', 'aussie dollar': 'AUD',
  },
  // "10 Democrats (out of 48)", "12 MPs (of 15)" (ruleId metrics/out-of-total)
  outOf: '^[ \\u00a0]{0,2}\\([ \\u00a0]{0,2}(?:out[ \\u00a0]of|of)[ \\u00a0]{1,2}(\\d{1,6})[ \\u00a0]{0,2}\\)',
  // the next item of a vote breakdown: ", 35 Republicans", " and 7 independents" (ruleId metrics/vote-list)
  listItem: '^[ \\u00a0]{0,2}(?:,[ \\u00a0]{0,2}(?:and[ \\u00a0]{1,2})?|and[ \\u00a0]{1,2}|;[ \\u00a0]{0,2})(\\d{1,4})[ \\u00a0]{1,2}((?:[A-Z][\\w.-]{0,30}|[a-z][\\w-]{2,30})(?:[ \\u00a0][A-Z][\\w.-]{0,30}){0,2})',
  // people counted in a vote: "10 Labour MPs", "52 senators"
  voterNouns: ['mp', 'senator', 'lawmaker', 'representative', 'member', 'delegate', 'legislator', 'congressman', 'councillor', 'councilor', 'deputy'],
  // a sentence about a vote: the tally "passed 51 to 49" is read only there
  voteContext: '(?<![\\w])(?:vot(?:e|es|ed|ing)|ballots?|passed|adopted|approved|rejected|abstentions?|abstained|majority|tally|motion|amendment|referendum)(?![\\w])',
  // "voted 51 to 49", "by 218 votes to 210", "passed 68-32" (ruleId metrics/vote-tally)
  tally: '(?<![\\w.,$€£-])(\\d{1,4})[ \\u00a0]{0,2}(?:(?:votes?[ \\u00a0]{1,2})?(?:to|against)[ \\u00a0]{1,2}|[-–][ \\u00a0]{0,1})(\\d{1,4})(?![\\w%-]|[.,]\\d|[ \\u00a0]{0,2}(?:%|percent|per[ \\u00a0]cent|p\\.?m|a\\.?m))',
  tallyUnit: 'vote',
  // "the death toll … continues to rise, passing 80,000", "the toll could increase to over 100,000" (ruleId metrics/toll)
  toll: '(?<![\\w])((?:death[ \\u00a0]|casualty[ \\u00a0])?toll)(?![\\w])([^.;:!?()]{0,80}?)(?<![\\w])(?:to|at|of|above|beyond|over|passing|past|passed|approach(?:es|ed|ing)?|near(?:s|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped)?|surpass(?:es|ed|ing)?|reach(?:es|ed|ing)?|hit(?:s|ting)?)[ \\u00a0]{1,2}(?:(?:over|more[ \\u00a0]than|nearly|almost|about|around|some|at[ \\u00a0]least)[ \\u00a0]{1,2})?(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,6})(?![\\d%]|[.,]\\d)',
  // a second figure of the same toll later in the sentence: "… and could approach 80,000 in Indonesia alone"
  tollAgain: '(?<![\\w])(?:approach(?:es|ed|ing)?|near(?:s|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped)?|surpass(?:es|ed|ing)?|reach(?:es|ed|ing)?|pass(?:es|ed|ing)?|rise[ \\u00a0]to|climb[ \\u00a0]to)[ \\u00a0]{1,2}(?:(?:over|more[ \\u00a0]than|nearly|almost|about|around|some|at[ \\u00a0]least)[ \\u00a0]{1,2})?(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,6})(?![\\d%]|[.,]\\d)',
  tollUnit: 'person',
  tollRise: '(?<![\\w])(?:ris(?:e|es|ing|en)|rose|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|mount(?:s|ed|ing)?|swell(?:s|ed|ing)?)(?![\\w])',
  // "A magnitude 6.4 earthquake", "a magnitude-7.1 quake", "a 6.4-magnitude earthquake", "of magnitude 5.2" (ruleId metrics/magnitude)
  magnitude: '(?<![\\w])(?:magnitude[ \\u00a0-]{1,2}(\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d.,]\\d|[\\w%])(?:[ \\u00a0]{1,2}(earthquake|quake|tremor|aftershock))?|(\\d{1,2}(?:\\.\\d{1,2})?)[ \\u00a0]?-?[ \\u00a0]?magnitude(?![\\w-])(?:[ \\u00a0]{1,2}(earthquake|quake|tremor|aftershock))?)',
  quakeBefore: '(?<![\\w])(earthquake|quake|tremor|aftershock),?[ \\u00a0]{1,2}(?:of|with[ \\u00a0]a)[ \\u00a0]{1,2}(?:preliminary[ \\u00a0]{1,2})?$',
  // "a 1 in 37 chance of striking the Earth", "a one-in-five risk" (ruleId metrics/odds)
  odds: '(?<![\\w])(?:(1|one)[ \\u00a0-]in[ \\u00a0-](\\d{1,3}(?:,\\d{3}){0,2}|\\d{1,7}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million)[ \\u00a0]{1,2}(?:chance|risk|probability|likelihood))(?![\\w])',
  oddsOf: '^[ \\u00a0]{1,2}(?:of|that)[ \\u00a0]{1,2}((?:[\\w-]{1,25}[ \\u00a0]){0,3}[\\w-]{1,25})',
  // "This rank was upgraded to Level 4", "raised the alert to level 3", "corrected downward to zero on the Torino
  // scale", "first calculated as 2 out of 10 on the Torino scale" (ruleId metrics/level)
  levelMove: '(?<![\\w])(upgraded|raised|elevated|increased|lifted|downgraded|lowered|reduced|cut|corrected[ \\u00a0]downward|revised[ \\u00a0]downward|revised[ \\u00a0]upward)(?:[ \\u00a0][\\w-]{1,20}){0,3}[ \\u00a0]to[ \\u00a0](?:level|Level|LEVEL|category|Category|phase|Phase)[ \\u00a0](\\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?![\\w])',
  levelUp: '^(?:upgraded|raised|elevated|increased|lifted|revised[ \\u00a0]upward)$',
  levelScale: '(?<![\\w.,])(\\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:[ \\u00a0]out[ \\u00a0]of[ \\u00a0]\\d{1,2})?[ \\u00a0]on[ \\u00a0]the[ \\u00a0]((?:[A-Z][\\w-]{1,20}[ \\u00a0]){0,2}[Ss]cale)(?![\\w])',
  levelUnit: 'level',
  scaleDown: '(?<![\\w])(?:downward|downgraded|lowered|reduced|cut|fell|dropped)(?![\\w])',
  // "a new 15-story external fuel tank", "a 12-member panel", "a 300-mile border" (ruleId metrics/hyphen-measure);
  // also decimals, thousands and one adjective before the figure, and the sizes of devices in reviews (The Verge, CNET,
  // Which?): "a 6.3-inch screen", "the old 64-megapixel sensor", "a 10,000-tonne cargo ship", "a 2-litre engine"
  hyphenMeasure: '(?<![\\w])(?:a|an|the|its|their|this|his|her|our)[ \\u00a0]{1,2}(?:[a-z]{3,12}[ \\u00a0]{1,2})?(\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,4}(?:\\.\\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(stor(?:y|ey)|floor|mile|kilometre|kilometer|km|metre|meter|foot|ton|tonne|acre|hectare|member|seat|bed|page|nation|country|vessel|ship|car|lane|storey|inch|megapixel|yard|litre|liter|gallon|kilowatt|megawatt|gigawatt)(?![\\w-])',
  // "temperatures fell to -4C", "highs of 31C", "minus 5C" (British press: BBC, The Guardian, The Times write no degree sign)
  // (ruleId metrics/glued-temperature)
  gluedTemperature: '(?<![\\w.,\\-−])(-|−|minus[ \\u00a0])?(\\d{1,3}(?:\\.\\d)?)([CF])(?![\\w°-])',
  temperatureCue: '(?<![\\w])(?:temperatures?|degrees?|thermometers?|mercury|heat(?:wave)?|cold|warm(?:er|est)?|freez\\w{0,4}|frost\\w{0,2}|chill|celsius|fahrenheit|highs?|lows?|hott?(?:er|est)?|cool(?:er|est)?)(?![\\w])',
  temperatureMove: '(?<![\\w])(?:((?:fell|fall(?:s|ing)?|dropp(?:ed|ing)|drops?|plung(?:ed|es|ing)|plummet(?:ed|s|ing)|dipp(?:ed|ing)|dips?|s[au]nk|sinks?)(?:[ \\u00a0]{1,2}(?:to|below|as[ \\u00a0]low[ \\u00a0]as))?)|(?:rose|rises?|rising|climb(?:ed|s|ing)?|soar(?:ed|s|ing)?|jump(?:ed|s)?|surg(?:ed|es|ing))(?:[ \\u00a0]{1,2}(?:to|above|as[ \\u00a0]high[ \\u00a0]as))?)[ \\u00a0]{1,2}$',
  // a second count by another source, its noun elided: "250,000 according to organizers, 80,000 according to police"
  // (ruleId metrics/source-count)
  sourceCount: '(?<![\\w.,$€£-])(\\d{1,3}(?:,\\d{3}){1,3}|\\d{2,6})(?:[ \\u00a0](million|thousand))?[ \\u00a0]{0,2},?[ \\u00a0]{1,2}(?:according[ \\u00a0]to|by[ \\u00a0]the[ \\u00a0]count[ \\u00a0]of)[ \\u00a0]',
  // an estimate of the same crowd: "police put the number at 80,000", "the crowd was estimated at 80,000" (ruleId metrics/source-count)
  estimateAt: '(?<![\\w])(?:put|puts|putting|estimated|estimates|estimate|placed|places|pegged)[ \\u00a0]{1,2}(?:(?:the|their|its)[ \\u00a0]{1,2}(?:number|figure|crowd|turnout|tally|count)[ \\u00a0]{1,2})?at[ \\u00a0]{1,2}(?:(?:about|around|some|nearly|more[ \\u00a0]than|over)[ \\u00a0]{1,2})?(\\d{1,3}(?:,\\d{3}){1,3}|\\d{2,6})(?:[ \\u00a0](million|thousand))?(?![\\d%]|[.,]\\d|[ \\u00a0]?(?:\\$|€|£))',
  // a count stated of its noun: "Protesters numbered 250,000" (group 1 the noun, 2 the figure, 3 its scale) (ruleId metrics/copular-count)
  copularCount: '(?<![\\w])([A-Za-z][a-z]{2,30}s)[ \\u00a0]{1,2}(?:numbered|totall?ed|numbering)[ \\u00a0]{1,2}(?:(?:about|around|some|nearly|more[ \\u00a0]than|over|at[ \\u00a0]least)[ \\u00a0]{1,2})?(\\d{1,3}(?:,\\d{3}){1,3}|\\d{2,6})(?:[ \\u00a0](million|thousand))?(?![\\d%]|[.,]\\d|[ \\u00a0]?(?:\\$|€|£))',
  crowdNouns: ['crowd', 'crowds', 'turnout', 'population'],
  crowdUnit: 'person',
  scaleWords: { million: 1e6, thousand: 1e3 },
  // a rank without its noun after a verb of ranking: "the country is ranked 169th", "ranks 12th among…", "ranks 12th out of
  // 180" (ruleId metrics/bare-rank)
  bareRank: '(?<![\\w])(?:ranked|ranks|ranking|placed|places)[ \\u00a0]{1,2}(?:(?:only|just|now|a[ \\u00a0]lowly)[ \\u00a0]{1,2})?(\\d{1,4})(?:st|nd|rd|th)(?![\\w])(?![ \\u00a0]{1,2}(?:place|position))',
  rankUnit: 'rank',
  // a multiple of a reference wage: "up to 1.5 times the minimum wage" (ruleId metrics/times-reference)
  timesReference: '(?<![\\w.,])(\\d{1,3}(?:\\.\\d{1,2})?|two|three|four|five|ten)[ \\u00a0]{1,2}times[ \\u00a0]{1,2}the[ \\u00a0]{1,2}(minimum[ \\u00a0]wage|average[ \\u00a0](?:wage|salary|income)|median[ \\u00a0](?:wage|salary|income)|poverty[ \\u00a0](?:line|level))(?![\\w])',
  // a count of a model written as a plural designation: "2,400 F-35s", "12 more F-16s", "100 KC-767s" (ruleId
  // metrics/model-plural)
  modelPlural: '(?<![\\w.,$€£])(\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,5})[ \\u00a0](?:(?:more|new|additional|further|used)[ \\u00a0])?([A-Z][A-Za-z]{0,3}-?\\d{1,4}[A-Z]?)s(?![\\w-])',
  // a spelled number of the rules above
  numberWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1e6,
  },
  decimalMark: '.',
};
