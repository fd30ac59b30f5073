/**
 * English data of the metric subject grammar (src/extractors/metrics-subject.ts): the function words that bound a
 * measured noun phrase, the links of its complements, and the phrases after a figure that give its direction.
 * Entries follow how English-language news phrases figures ("New vehicle sales in the Houston area plunged 10
 * percent", "three members of the board", "5.7 percent, down from 6.2 percent").
 *
 * @module
 */
import type { SubjectGrammar } from '../../extractors/metrics-subject.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** English metric subject grammar. */
export const EN_SUBJECT_GRAMMAR: SubjectGrammar = {
  // "the", "its", "Home Depot's" is handled apart
  determiners: set('the a an this that these those its their his her our your my some any each every all both no'),
  // "members of the board", "sales in the Houston area"
  complementLinks: set('of'),
  placeLinks: set('in at'),
  // words that never end a noun phrase nor stand inside one (walking back from a figure)
  functionWords: set(`and or but nor so yet as than then that which who whom whose what when where while if because
    although though to from by with without for on at in of into onto over under about after before since until per
    it he she they we you i him them us there here not also only just even still already nearly almost about some
    around roughly approximately more less most least up down out off among between during via despite having being
    nothing everything something anything`),
  // auxiliaries, modals, copulas and reporting verbs: a subject holding one is a clause
  finiteVerbs: set(`is are was were be been being am has have had having do does did will would shall should can could
    may might must said says say told tells tell reported reporting added noted according expects expected believes
    believed announced announces claimed stated
    averaged totaled totalled stood stayed remained`),
  // « d'ici 2020 » and the like: a complement that is no noun phrase
  adverbialHeads: set('which them it us those these'),
  timeWords: set(`year years month months week weeks day days quarter quarters half decade decades period time
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning evening night
    last next past previous earlier later ago`),
  // ", down from 6.2 percent", " up from 1.8%", ", down 5 percent from": the figure before reached a lower/higher level
  // (ruleId metrics/subject/direction-from)
  // (after a short adjunct too: "averaged 5.7 percent in October, down from 6.2 percent")
  directionAfter: '^(?:[ \\u00a0][^,;.:\\d]{1,25})?[ \\u00a0]{0,2},?[ \\u00a0]{1,2}(?:(down)|(up))[ \\u00a0]{1,2}(?:from|compared[ \\u00a0]{1,2}(?:with|to))[ \\u00a0]',
  // "went from 12 to 9", "moved from", "shifted from", "changed from" (a move that names no direction)
  // (ruleId metrics/subject/direction-from-to)
  neutralMove: '(?:went|goes|go|going|gone|moved|moves|move|moving|shifted|shifts|changed|changes|passing|passed)[ \\u00a0]{1,2}(?:(?:from|de)[ \\u00a0]{1,2})$',
  reachLink: '^[ \\u00a0]{1,2}to[ \\u00a0]{1,2}',
  // the same verbs before a range written as one figure ("went from 12 to 9 percent")
  // "a $3 billion buyout of existing shareholders", "a $144 million breakup fee to Verizon", "a 15 percent tariff on goods"
  modifiedLinks: set('of on to from by for against in'),
  // (English post-modifiers of a count are complements: "members of the board" — none fixed)
  postModifier: '^(?!)(x)',
  // "4.1%, compared with 3.8%", "against 3.8%", "versus 3.8%"
  compareBefore: '(?:^|[^a-z])(?:compared[ \\u00a0]{1,2}(?:with|to)|against|versus|vs\\.?)[ \\u00a0]{1,2}$',
  // linking, reporting and paying verbs that may close a subject read up to the figure ("data center sales reached",
  // "Goldman Sachs Group Inc. agreed to pay"); closed list from news reporting of figures, no word that is also a
  // plural noun ("reports", "records", "hits")
  trailingVerbs: 'reached reaches reach totalled totaled totaling totalling stood stands was were is are be been being has have had amounted came comes hit topped agreed agrees pay paid pays to will would could should may might must expects expected sees saw reported said says posted recorded generated earned reaching hitting',
  // what a payment settles or punishes, after it ("agreed to pay $215 million to settle …")
  settlementAfter: '^[ \\u00a0]{1,2}(?:(to[ \\u00a0]settle|in[ \\u00a0](?:an?[ \\u00a0])?settlements?)|(?:as[ \\u00a0]an?[ \\u00a0])?(?:in[ \\u00a0])?(?:fines?|penalt(?:y|ies)|civil[ \\u00a0]penalt(?:y|ies)))(?![a-z])',
  settlementNouns: ['settlement', 'fine'],
  // "to yield 2.252%, from 2.293%": a level reached, then the level it left (ruleId metrics/subject/direction-from)
  fromLevel: '^[ \\u00a0]{0,2},[ \\u00a0]{1,2}from[ \\u00a0]{1,2}',
  // bond prices: "rose 6/32 in price to yield 1.786%", « pour un rendement de 2,1 % »
  measureVerb: '(?:^|[^a-z])to[ \\u00a0](yield)[ \\u00a0]{1,2}$',
  discourseLabels: set('another other bottom upshot result conclusion so'),
  neutralVerb: '(?:went|goes|go|going|gone|moved|moves|move|moving|shifted|shifts|changed|changes|passing|passed)[ \\u00a0]{1,2}$',
};
