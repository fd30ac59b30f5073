/**
 * French data of the contextual metric rules ({@link supplementMetrics}): niveaux d'indice
 * après une variation en points, taux de change, décomptes de voix (« 438 contre 86 »),
 * totaux « (sur 288) » d'une ventilation de vote, bilans humains, probabilités (« une chance
 * sur 37 »), niveaux d'alerte et d'échelle. Sources regex à répétitions bornées, d'après
 * l'écriture de l'AFP et du Monde.
 *
 * @module
 */
import type { ContextualMetricsLexicon } from '../../extractors/metrics-context.js';
import { LETTER, LOWER, UPPER } from '../../text/char-classes.js';

const L = LETTER;
const NW = `(?![${L}\\d])`;
const NB = `(?<![${L}\\d])`;
const Q = `(?:(?:plus[ \\u00a0]de|près[ \\u00a0]de|environ|quelque|au[ \\u00a0]moins)[ \\u00a0]{1,2})?`;
const NUM = '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){1,3}|\\d{1,6})(?![\\d%]|[.,]\\d)';

/** French contextual metric data. */
export const FR_CONTEXTUAL_METRICS: ContextualMetricsLexicon = {
  // « , soit 0,2 %, à 5 432,10 » après « le CAC 40 a perdu 12,5 points » (ruleId metrics/index-level)
  indexLevel: '^[ \\u00a0]{0,2}(?:,[ \\u00a0]{0,2}soit[ \\u00a0]{1,2}[+-]?\\d{1,3}(?:,\\d{1,3})?[ \\u00a0\\u202f]?(?:%|pour[ \\u00a0]cent)[ \\u00a0]{0,2})?,?[ \\u00a0]{1,2}à[ \\u00a0]{1,2}(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){0,3}(?:,\\d{1,4})?)(?![\\d%]|[.,]\\d|[ \\u00a0]?points?)',
  // « le yen s'est apprécié à 108,55 pour un dollar » (ruleId metrics/exchange-rate)
  exchangeRate: `${NB}à[ \\u00a0]{1,2}(\\d{1,5}(?:,\\d{1,4})?)[ \\u00a0]{1,2}(?:pour[ \\u00a0]un|contre[ \\u00a0]un|par)[ \\u00a0]{1,2}(dollar|euro)${NW}`,
  currencyNames: {
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', roupie: 'INR', rouble: 'RUB', won: 'KRW', livre: 'GBP',
    'franc suisse': 'CHF', euro: 'EUR', rand: 'ZAR', peso: 'MXN', 'dollar canadien': 'CAD', 'dollar australien': 'AUD',
  },
  // « 10 députés socialistes (sur 288) » (ruleId metrics/out-of-total)
  outOf: '^[ \\u00a0]{0,2}\\([ \\u00a0]{0,2}sur[ \\u00a0]{1,2}(\\d{1,6})[ \\u00a0]{0,2}\\)',
  // « , 35 UMP », « et 7 non-inscrits » (ruleId metrics/vote-list)
  listItem: `^[ \\u00a0]{0,2}(?:,[ \\u00a0]{0,2}(?:et[ \\u00a0]{1,2})?|et[ \\u00a0]{1,2}|;[ \\u00a0]{0,2})(\\d{1,4})[ \\u00a0]{1,2}((?:[${UPPER}][${L}.-]{0,30}|[${LOWER}][${L}-]{2,30})(?:[ \\u00a0][${UPPER}][${L}.-]{0,30}){0,2})`,
  voterNouns: ['député', 'sénateur', 'élu', 'parlementaire', 'membre', 'conseiller', 'délégué'],
  voteContext: `${NB}(?:vot(?:e|es|é|ée|és|ées|ent|ant|er|era)|voix|scrutin|adopt[${L}]{1,6}|rejet[${L}]{0,6}|abstentions?|majorité|amendements?|motion|référendum)${NW}`,
  // « adopté à une large majorité (438 contre 86 et 42 abstentions) », « par 178 voix contre 99 » (ruleId metrics/vote-tally)
  tally: `(?<![${L}\\d.,$€£-])(\\d{1,4})[ \\u00a0]{1,2}(?:voix[ \\u00a0]{1,2})?contre[ \\u00a0]{1,2}(\\d{1,4})(?![${L}\\d%-]|[.,]\\d|[ \\u00a0]{0,2}(?:%|pour[ \\u00a0]cent|h${NW}))`,
  tallyUnit: 'voix',
  // « le bilan, qui ne cesse de s'alourdir, dépasse 80 000 », « le bilan pourrait atteindre 100 000 » (ruleId metrics/toll)
  toll: `${NB}((?:lourd[ \\u00a0])?bilan(?:[ \\u00a0]humain)?)${NW}([^.;:!?()]{0,80}?)${NB}(?:à|de|atteint|atteindre|atteignait|dépasse|dépasser|dépassait|franchi|franchir|approche|approcher|s['’]élève[ \\u00a0]à)[ \\u00a0]{1,2}${Q}${NUM}`,
  tollAgain: `${NB}(?:approch(?:e|er|ait)|dépass(?:e|er|ait)|atteindr(?:e|ait)|atteint|franchi(?:r|t)?)[ \\u00a0]{1,2}${Q}${NUM}`,
  tollUnit: 'personne',
  tollRise: `${NB}(?:alourd[${L}]{0,8}|augment[${L}]{0,8}|grimp[${L}]{0,8}|s['’]élev[${L}]{0,6}|mont[${L}]{0,6})${NW}`,
  // « un séisme de magnitude 6,4 », « d'une magnitude de 7,1 », « une réplique de magnitude 5 » (ruleId metrics/magnitude)
  magnitude: '(?<![\\w])(?:magnitude[ \\u00a0]{1,2}(?:de[ \\u00a0]{1,2})?(\\d{1,2}(?:,\\d{1,2})?)(?![\\d.,]\\d|[\\w%])(?:[ \\u00a0]{1,2}(séisme|tremblement[ \\u00a0]de[ \\u00a0]terre|secousse|réplique))?|(?!)(\\d)(x))',
  quakeBefore: '(?<![\\w])(séisme|tremblement[ \\u00a0]de[ \\u00a0]terre|secousse|réplique),?[ \\u00a0]{1,2}(?:d[\'’][ \\u00a0]?une[ \\u00a0]{1,2})?(?:de[ \\u00a0]{1,2})?$',
  // « une chance sur 37 de frapper la Terre », « un risque sur mille » (ruleId metrics/odds)
  odds: `${NB}(?:(une?|1)[ \\u00a0]{1,2}(?:chance|risque|probabilité)[ \\u00a0]{1,2}sur[ \\u00a0]{1,2}(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){0,2}|\\d{1,7}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|million))${NW}`,
  oddsOf: `^[ \\u00a0]{1,2}(?:de|d['’]|que)[ \\u00a0]{0,2}((?:[${L}'’-]{1,25}[ \\u00a0]){0,3}[${L}-]{1,25})`,
  // « l'alerte a été relevée au niveau 4 », « ramené au niveau 2 » (ruleId metrics/level)
  levelMove: `${NB}(relev[ée]e?s?|rehauss[ée]e?s?|élev[ée]e?s?|port[ée]e?s?|abaiss[ée]e?s?|ramen[ée]e?s?|rédui(?:t|te|ts|tes))(?:[ \\u00a0][${L}'’-]{1,20}){0,3}[ \\u00a0](?:au|à[ \\u00a0]la)[ \\u00a0](?:niveau|catégorie|phase)[ \\u00a0](\\d{1,2}|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)${NW}`,
  levelUp: '^(?:relev|rehauss|élev|port)',
  // « classé 2 sur 10 sur l'échelle de Turin » (ruleId metrics/level)
  levelScale: `(?<![${L}\\d.,])(\\d{1,2}|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?:[ \\u00a0]sur[ \\u00a0]\\d{1,2})?[ \\u00a0](?:sur|de)[ \\u00a0]l['’]échelle[ \\u00a0](?:de[ \\u00a0]|d['’])?((?:[${UPPER}][${L}-]{1,20})(?:[ \\u00a0][${UPPER}][${L}-]{1,20})?)${NW}`,
  levelUnit: 'niveau',
  scaleDown: `${NB}(?:abaiss[${L}]{0,6}|ramen[${L}]{0,6}|rédui[${L}]{0,6}|baiss[${L}]{0,6}|revu[${L}]{0,2}[ \\u00a0]à[ \\u00a0]la[ \\u00a0]baisse)${NW}`,
  // (French writes no hyphenated measure before a noun: « un réservoir de 15 étages » is read as a count)
  hyphenMeasure: '(?!)',
  // (French writes the degree sign: « -4 °C » is read by the quantity pass)
  gluedTemperature: '(?!)',
  temperatureCue: '(?!)',
  temperatureMove: '(?!)',
  // « 1,5 million de manifestants selon la CGT, 250 000 selon la police » (ruleId metrics/source-count)
  sourceCount: `(?<![${L}\\d.,$€£-])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){1,3}|\\d{1,3}(?:,\\d{1,3})?|\\d{2,6})(?:[ \\u00a0](millions?|milliers?))?[ \\u00a0]{0,2},?[ \\u00a0]{1,2}(?:selon|d['’]après)[ \\u00a0]`,
  // « la police a estimé la foule à 80 000 », « la préfecture évalue le nombre de manifestants à 30 000 »
  estimateAt: `${NB}(?:estim[${L}]{1,6}|évalu[${L}]{1,6}|chiffr[${L}]{1,6})[ \\u00a0]{1,2}(?:(?:la|le|leur)[ \\u00a0]{1,2}(?:foule|nombre|participation|cortège)(?:[ \\u00a0]{1,2}(?:de|des)[ \\u00a0]{1,2}[${L}]{3,30})?[ \\u00a0]{1,2})?à[ \\u00a0]{1,2}(?:(?:environ|près[ \\u00a0]de|plus[ \\u00a0]de|quelque)[ \\u00a0]{1,2})?(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){1,3}|\\d{1,3}(?:,\\d{1,3})?|\\d{2,6})(?:[ \\u00a0](millions?|milliers?))?(?![\\d%]|[.,]\\d|[ \\u00a0]?(?:€|\\$))`,
  // « Les manifestants étaient 1,5 million selon la CGT », « les grévistes sont 3 000 à Paris » (ruleId metrics/copular-count)
  copularCount: `${NB}(?:[Ll]es|[Dd]es|[Cc]es)[ \\u00a0]{1,2}([${LOWER}][${L}-]{2,30}s)[ \\u00a0]{1,2}(?:étaient|sont|seraient|furent|ont[ \\u00a0]été)[ \\u00a0]{1,2}(?:(?:environ|près[ \\u00a0]de|plus[ \\u00a0]de|quelque|au[ \\u00a0]moins)[ \\u00a0]{1,2})?(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){1,3}|\\d{1,3}(?:,\\d{1,3})?|\\d{2,6})(?:[ \\u00a0](millions?|milliers?))?(?![\\d%]|[.,]\\d|[ \\u00a0]?(?:€|\\$)|[ \\u00a0](?:fois|ans?|jours?|mois|heures?|semaines?|années?|points?|pour[ \\u00a0]cent|fois)${NW})`,
  crowdNouns: ['foule', 'participation', 'cortège', 'population'],
  crowdUnit: 'personne',
  scaleWords: { million: 1e6, millions: 1e6, millier: 1e3, milliers: 1e3 },
  // « la Birmanie est classé 169e », « se classe 12e », « classée 24e sur 180 pays » (ruleId metrics/bare-rank)
  bareRank: `${NB}(?:classée?s?|se[ \\u00a0]classe(?:nt|rait)?|se[ \\u00a0]classait|pointe|pointait|figure[ \\u00a0]au)[ \\u00a0]{1,2}(?:(?:seulement|désormais|aujourd['’]hui)[ \\u00a0]{1,2})?(?:au[ \\u00a0]{1,2})?(\\d{1,4})(?:e|ème|eme|è)${NW}(?![ \\u00a0]{1,2}(?:place|position|rang))`,
  rankUnit: 'rang',
  // « les salaires vont jusqu'à 1,5 fois le SMIC » (ruleId metrics/times-reference)
  timesReference: `(?<![${L}\\d.,])(\\d{1,3}(?:,\\d{1,2})?|deux|trois|quatre|cinq|dix)[ \\u00a0]{1,2}fois[ \\u00a0]{1,2}(?:le|la|l['’])[ \\u00a0]{0,2}(SMIC|Smic|smic|salaire[ \\u00a0](?:minimum|moyen|médian)|revenu[ \\u00a0](?:minimum|moyen|médian)|seuil[ \\u00a0]de[ \\u00a0]pauvreté|plafond[ \\u00a0]de[ \\u00a0]la[ \\u00a0]Sécurité[ \\u00a0]sociale)${NW}`,
  // « livrer 12 F-16 à l'Ukraine », « 24 nouveaux F-35 » : une désignation seule, sans nom après (ruleId metrics/model-plural)
  modelPlural: `(?<![${L}\\d.,$€£])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){0,2})[ \\u00a0](?:(?:nouveaux|autres|premiers|derniers)[ \\u00a0])?([A-Z]{1,3}-\\d{1,4}[A-Z]?)(?![${L}\\d-])(?![ \\u00a0](?!(?:à|au|aux|en|de|du|des|pour|le|la|les|et|dans|sur|d['’]ici)(?![${L}]))[${LOWER}])`,
  numberWords: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    vingt: 20, cent: 100, mille: 1000, million: 1e6,
  },
  decimalMark: ',',
};
