/**
 * Metric recall on the forms modern business, politics and defence news uses, in English and French, one block per
 * rule: a qualifier or a focus word opening the sentence before a count (metrics/qualifier-at-start,
 * metrics/lead-word), British "pc" (numbers/en/percent), market and economy change verbs (metrics/change-verbs),
 * passives with irregular participles (metrics/passive-change), vote tallies and coordinated verbs whose second figure
 * elides its noun (metrics/elided-tally, metrics/elided-coordinated), the starting figure of a move (metrics/from-to-count)
 * and counts of a product named without a noun (metrics/count-product).
 * Should-find rows give value, unit, change and subject keywords (compared as the scorer does: folded, substring);
 * should-not rows give what must not be produced.
 */
import { analyse } from '../../src/analyse.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractMetrics } from '../../src/extractors/metrics.js';
import type { Language } from '../../src/types.js';
import { handActorsAnywhere, type NameKind } from '../helpers/actors.js';
import { findMetric, foldSubject, type MetricDraft } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, text, value, unit, change, subject keywords, qualifier or null (not checked when undefined)] */
type Row = [Language, string, number, string, Change, string[], string | null | undefined];

/** Metrics of `text` with the given hand-built actors (every occurrence of each name a mention). */
const metricsWith = (text: string, lang: Language, specs: NameKind[] = []): MetricDraft[] =>
  extractMetrics(analyse(text, lang), { actors: new ActorIndex(handActorsAnywhere(text, specs)), quotes: [] });

const FIND: Row[] = [
  // metrics/qualifier-at-start: a capitalised one-word qualifier opening the sentence
  ['en', 'Nearly 500 people attended the rally.', 500, 'person', null, ['people'], 'approximate'],
  ['en', 'Roughly 1,200 troops will remain in the country.', 1200, 'troops', null, ['troops'], 'approximate'],
  ['en', 'Approximately 3,000 jobs will be lost.', 3000, 'job', 'decrease', ['jobs'], 'approximate'],
  ['en', 'Almost 200 flights were cancelled on Friday.', 200, 'flight', null, ['flights'], 'approximate'],
  ['fr', 'Quelque 2 000 personnes ont manifesté samedi.', 2000, 'personne', null, ['personnes'], 'approximate'],
  ['fr', "Jusqu'à 3 000 postes pourraient être supprimés.", 3000, 'poste', 'decrease', ['postes'], 'at-most'],
  ['fr', 'Presque 500 salariés ont manifesté devant le siège.', 500, 'salarié', null, ['salariés'], 'approximate'],
  ['fr', "4 juillet 2012. - Environ 2 000 citoyens maliens ont manifesté à Bamako.", 2000, 'citoyen', null, ['citoyens'], 'approximate'],
  // metrics/lead-word
  ['fr', "Seuls huit des 29 membres de l'Otan consacrent 2 % de leur PIB à la défense.", 8, 'membre', null, ['membres'], undefined],
  ['fr', "Seules trois entreprises ont répondu à l'appel d'offres.", 3, 'entreprise', null, ['entreprises'], undefined],
  // numbers/en/percent: "pc" (British press)
  ['en', 'Unemployment rose to 3.9pc in the three months to October.', 3.9, '%', 'increase', ['Unemployment'], undefined],
  ['en', 'The company reported a pre-tax profit of £1.2bn, up 12pc.', 12, '%', 'increase', ['profit'], undefined],
  ['en', 'The FTSE 100 closed down 0.8pc at 7,150.', 0.8, '%', 'decrease', ['FTSE 100'], undefined],
  // metrics/change-verbs (English)
  ['en', 'Brent crude slipped 2% to $62.40 a barrel.', 2, '%', 'decrease', ['Brent crude'], undefined],
  ['en', 'Shares in the lender dived 9% on Tuesday.', 9, '%', 'decrease', ['Shares'], undefined],
  ['en', 'Sales collapsed 40% in April.', 40, '%', 'decrease', ['Sales'], undefined],
  ['en', 'The stock rocketed 35% after the announcement.', 35, '%', 'increase', ['stock'], undefined],
  ['en', 'The index advanced 1.2% on Friday.', 1.2, '%', 'increase', ['index'], undefined],
  ['en', 'The loss widened to $300m.', 3e8, 'USD', 'increase', ['loss'], undefined],
  ['en', 'The US will withdraw 12,000 troops from Germany.', 12000, 'troops', 'decrease', ['troops'], undefined],
  ['en', 'The bank plans to axe 600 jobs.', 600, 'job', 'decrease', ['jobs'], undefined],
  // metrics/change-verbs (French)
  ['fr', 'Le CAC 40 a glissé de 0,8 % vendredi.', 0.8, '%', 'decrease', ['CAC 40'], undefined],
  ['fr', "L'action a fléchi de 2,3 %.", 2.3, '%', 'decrease', ['action'], undefined],
  ['fr', 'Le titre a dévissé de 15 % en séance.', 15, '%', 'decrease', ['titre'], undefined],
  ['fr', 'Le PIB s’est contracté de 0,1 % au troisième trimestre.', 0.1, '%', 'decrease', ['PIB'], undefined],
  ['fr', "L'euro s'est apprécié de 1,2 % face au dollar.", 1.2, '%', 'increase', ['euro'], undefined],
  ['fr', 'La France va retirer 600 militaires du Sahel.', 600, 'militaire', 'decrease', ['militaires'], undefined],
  // metrics/passive-change with an irregular participle
  ['en', 'About 3,000 jobs will be cut.', 3000, 'job', 'decrease', ['jobs'], 'approximate'],
  ['en', 'Some 1,200 jobs were lost in the region.', 1200, 'job', 'decrease', ['jobs'], 'approximate'],
  ['fr', 'Près de 3 000 emplois ont été perdus en un an.', 3000, 'emploi', 'decrease', ['emplois'], 'approximate'],
  // metrics/elided-tally
  ['en', 'The bill passed the Senate by 52 votes to 48.', 48, 'vote', null, ['votes'], undefined],
  ['en', 'The motion was defeated by 306 votes to 242 on Tuesday.', 242, 'vote', null, ['votes'], undefined],
  ['fr', 'Le texte a été adopté par 350 voix contre 200.', 200, 'voix', null, ['voix'], undefined],
  ['fr', 'La motion a recueilli 240 voix contre 289 en 2019.', 289, 'voix', null, ['voix'], undefined],
  ['fr', 'La loi a été votée par 341 voix pour, 170 contre et 50 abstentions.', 170, 'voix', null, ['voix contre'], undefined],
  ['en', 'The amendment passed with 230 votes for and 190 against.', 190, 'vote', null, ['votes against'], undefined],
  // metrics/elided-coordinated
  ['en', 'The attack killed at least 40 people and wounded 120.', 120, 'person', null, ['people'], undefined],
  ['fr', "L'explosion a tué 40 personnes et blessé 120 dans la capitale.", 120, 'personne', null, ['personnes'], undefined],
  // metrics/fraction-points
  ['en', 'The Fed cut rates by a quarter point on Wednesday.', 0.25, 'pp', 'decrease', ['rates'], undefined],
  ['en', 'Interest rates were cut by half a percentage point to 1.5%.', 0.5, 'pp', 'decrease', ['rates'], undefined],
  ['en', 'The bank raised rates by a quarter of a percentage point.', 0.25, 'pp', 'increase', ['rates'], undefined],
  ['fr', "La Fed a abaissé ses taux d'un quart de point.", 0.25, 'pp', 'decrease', ['taux'], undefined],
  ['fr', 'La croissance a perdu un demi-point.', 0.5, 'pp', 'decrease', ['croissance'], undefined],
  // numbers/en/glued-minor (pence), NT$ (numbers/en/currency-prefix)
  ['en', 'Shares closed 4.3 per cent lower at 312p.', 3.12, 'GBP', 'decrease', ['Shares'], undefined],
  ['en', 'Shares fell 12p to 245.5p.', 0.12, 'GBP', 'decrease', ['Shares'], undefined],
  ['en', 'Taiwan bought 66 F-16V fighters for NT$250bn.', 2.5e11, 'TWD', null, [], undefined],
  // metrics/en/compound-invariant-noun, metrics/count-model with a two-part code
  ['en', 'Three police officers were injured.', 3, 'police officer', null, ['police officers'], undefined],
  ['en', 'Two aircraft carriers were deployed to the Gulf.', 2, 'aircraft carrier', null, ['aircraft carriers'], undefined],
  ['en', 'Washington approved the sale of 108 M1A2T Abrams tanks.', 108, 'tank', null, ['Abrams tanks'], undefined],
  // metrics/change-verbs (French, death toll)
  ['fr', "Le bilan s'est alourdi à 57 morts.", 57, 'mort', 'increase', ['morts'], undefined],
  // metrics/hours-count: more than 24 hours after « à » is no clock time
  ['fr', 'La durée légale correspond à 1 607 heures de travail chaque année.', 1607, 'heure', null, [], undefined],
  ['en', 'Average working time fell to 1,550 hours a year.', 1550, 'hour', 'decrease', [], undefined],
  // metrics/elided-subset after the figure; metrics/gap-points with a hyphen
  ['en', 'The bus carried 40 passengers, 12 of whom were injured.', 12, 'passenger', null, ['injured'], undefined],
  ["en", "Moody's downgraded 28 banks, six of which were Spanish.", 6, 'bank', null, ['Spanish'], undefined],
  ['en', 'Polls give him a 10-point lead.', 10, 'pp', null, ['lead'], undefined],
  ['en', 'As of October, Emirates had a fleet of 270 aircraft, including 12 freight.', 12, 'freight', null, ['freight'], undefined],
  ['en', 'The company sold 300 cars, including 40 electric.', 40, 'car', null, ['cars'], undefined],
  // metrics/subject-worth, metrics/subject-time-complement
  ['en', 'The company booked orders worth $5bn in the first half.', 5e9, 'USD', null, ['orders'], undefined],
  ['en', 'It won a contract worth about $1.2 billion.', 1.2e9, 'USD', null, ['contract'], 'approximate'],
  // FCFA, DT, MDT (numbers/fr/currency-suffix)
  ['fr', 'Le projet coûte 500 millions de FCFA.', 5e8, 'XOF', null, ['projet'], undefined],
  ['fr', "L'État a investi 120 MDT dans le projet.", 1.2e8, 'TND', null, ['projet'], undefined],
  // numbers/en/collective with a multiplier
  ['en', 'Two dozen protesters were detained.', 24, 'protester', null, ['protesters'], 'approximate'],
  ['en', 'Half a dozen people were arrested.', 6, 'person', null, ['people'], 'approximate'],
  // metrics/number-of-count
  ['fr', 'Le nombre de chômeurs a diminué de 50 000.', 50000, 'chômeur', 'decrease', ['nombre de chômeurs'], undefined],
  ['en', 'The number of migrants crossing the border doubled to 144,000.', 144000, 'migrant', 'increase', ['number of migrants'], undefined],
  // oil output in bpd; « en croissance de »
  ['en', 'Saudi output fell to 9.8 million bpd in May.', 9.8e6, 'barrel', 'decrease', ['output'], undefined],
  ['fr', 'Le résultat est en croissance de 12 %.', 12, '%', 'increase', ['résultat'], undefined],
  // metrics/from-to-count
  ['fr', 'Les effectifs passeront de 12 000 à 9 000 salariés.', 12000, 'salarié', null, ['salariés'], undefined],
  ['en', 'The army will cut its presence from 3,500 to 1,550 soldiers.', 3500, 'soldier', null, ['soldiers'], undefined],
];

describe('metric recall: should find (value, unit, change, subject keywords, qualifier)', () => {
  test.each<Row>(FIND)('%s: %s → %d %s', (lang, text, value, unit, change, keys, qualifier) => {
    expectFound(lang, text, value, unit, change, keys, qualifier);
  });
});

/** [language, text, actors, value, unit, change, subject keywords] — metrics/count-product */
type ProductRow = [Language, string, NameKind[], number, string, string[]];

const PRODUCTS: ProductRow[] = [
  ['fr', "L'Inde a commandé 36 Rafale à Dassault.", [['Rafale', 'product'], ['Dassault', 'organization']], 36, 'rafale', ['Rafale']],
  ['fr', "L'Égypte a acheté 24 Rafale en 2015.", [['Rafale', 'product']], 24, 'rafale', ['Rafale']],
  ['en', 'The Pentagon will buy 90 F-35s this year.', [['F-35', 'product']], 90, 'f-35', ['F-35']],
];

describe('metric recall: counts of a product named without a noun (metrics/count-product)', () => {
  test.each<ProductRow>(PRODUCTS)('%s: %s → %d %s', (lang, text, specs, value, unit, keys) => {
    const m = findMetric(metricsWith(text, lang, specs), value, unit);
    expect(m).toBeDefined();
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

/** [language, text, actors, value, unit, the check: absent (no such metric), a change it must not have, or a word its subject must not hold] */
type NotRow = [Language, string, NameKind[], number, string, { absent?: true; notChange?: Change; notSubject?: string }];

const NOT: NotRow[] = [
  // a capitalised word that is no qualifier still makes a label or a name ("Apollo 11", « Airbus 320 »)
  ['en', 'Apollo 11 astronauts landed on the Moon.', [], 11, 'astronaut', { absent: true }],
  // a second figure that modifies a noun of its own is read with that noun, not the tally's
  ['en', 'The bill passed by 52 votes to 48 senators.', [], 48, 'vote', { absent: true }],
  // a second figure before a word it modifies is no elided count; nor a year after a coordinated verb
  ['en', 'The attack killed 40 people and wounded 120 soldiers.', [], 120, 'person', { absent: true }],
  ['en', 'The company hired 300 engineers and opened 2019 with a bang.', [], 2019, 'engineer', { absent: true }],
  // a duration after "de … à" is no count of the noun (from-to-count takes counted nouns only)
  ['fr', 'Le mandat passe de 5 à 7 ans.', [], 5, 'an', { absent: true }],
  // a product followed by a plural noun: the noun is counted, not the product
  ['en', 'The air force received 24 Typhoon jets.', [['Typhoon', 'product']], 24, 'typhoon', { absent: true }],
  // a number right before a product name glued by a hyphen is part of a name
  ['fr', "La base abrite 12 Rafale-M de la Marine.", [['Rafale', 'product']], 12, 'rafale', { absent: true }],
  // "contracter un prêt" is no contraction; "apprécié de" someone is no rise; "recovered" bodies are no increase
  ['fr', 'Le groupe a contracté un prêt de 500 millions d’euros.', [], 5e8, 'EUR', { notChange: 'decrease' }],
  ['fr', 'Le ministre est apprécié de 60 % des Français.', [], 60, '%', { notChange: 'increase' }],
  ['en', 'Rescuers recovered 12 bodies from the rubble.', [], 12, 'body', { notChange: 'increase' }],
  // an invariant noun alone keeps its unit; pence is no video resolution; « au » after "M$" is a preposition
  ['en', 'The plant has 400 staff.', [], 400, 'staff', {}],
  ['en', '300 police were deployed in the city.', [], 300, 'police', {}],
  ['en', 'The film streams at 1080p.', [], 10.8, 'GBP', { absent: true }],
  ['fr', 'La banque a prêté 500 M$ au gouvernement.', [], 5e8, 'AUD', { absent: true }],
  ['fr', 'La banque a prêté 500 M$ au gouvernement.', [], 5e8, 'USD', {}],
  // a clock time stays a time; a fraction is no count; the tail of a grouped number is no number
  ['fr', 'La réunion commence à 14 heures.', [], 14, 'heure', { absent: true }],
  ['fr', 'Au Danemark, deux tiers des étudiants travaillent.', [], 2, 'tier', { absent: true }],
  ['en', 'Two thirds of voters backed the plan.', [], 2, 'third', { absent: true }],
  ['fr', 'Les 35 heures.350 000 emplois ont été créés.', [], 0, 'emploi', { absent: true }],
  // an active perfect with « perdu » is no passive change; "slipped a … rider into" inserts
  ['fr', 'Au moins quinze personnes ont perdu la vie.', [], 15, 'personne', { notChange: 'decrease' }],
  ['en', 'Senators slipped a $30 billion rider into the bill.', [], 3e10, 'USD', { notChange: 'decrease' }],
  // "the number of" does not name a singular noun; an earlier level after "up from" counts the same noun as the count
  // before it, without the direction of the move (ruleId metrics/elided-comparison)
  ['en', 'The number of cases rose to 1,200 on Monday, up from 900 a week earlier.', [], 900, 'case', { notChange: 'increase' }],
  ['en', 'The number of the winning ticket was 4521.', [], 4521, 'the', { absent: true }],
  // a time noun or a pre-nominal adjective after "including N" is no kind of the subset
  ['en', 'The firm hired 300 staff last year, including 40 last month.', [], 40, 'last', { absent: true }],
  // a time is no subject of an amount
  ['en', 'The firm earned $2m in the third quarter.', [], 2e6, 'USD', { notSubject: 'quarter' }],
  ['en', 'The company booked orders worth $5bn in the first half.', [], 5e9, 'USD', { notSubject: 'half' }],
  // the multiplier of a collective is no count of its own
  ['en', 'Two dozen protesters were detained.', [], 2, 'protester', { absent: true }],
  // "PC" in capitals is a computer, no percent sign
  ['en', 'He bought a Windows 10 PC for $500.', [], 10, '%', { absent: true }],
  // a hyphenated lead outside a poll or a vote is no percentage-point gap
  ['en', 'The team had a 12-point lead at half-time.', [], 12, 'pp', { absent: true }],
  // nouns of defence and air-crash news are no change words
  ['en', 'Russia has deployed 100 tanks near the border.', [], 100, 'tank', { notChange: 'decrease' }],
  ['en', 'Two crashes in five months killed 346 people.', [], 2, 'crash', { notChange: 'decrease' }],
];

describe('metric recall: should not find', () => {
  test.each<NotRow>(NOT)('%s: %s', (lang, text, specs, value, unit, not) => {
    expectNot(lang, text, specs, value, unit, not);
  });
});

/**
 * Session 17 (unseen wire copy): rate symbols (metrics/rate-symbol), a falling pair whose unit is written once
 * (numbers/<lang>/from-to-shared-unit), a French scale word without « de » (metrics/fr/scale-de) and a subset of an amount
 * (currency-elided), time-position nouns (metrics/time-position), elided counts far after a comparison word
 * (metrics/elided-comparison), placed by a preposition (metrics/elided-place) or in a ranking (metrics/elided-ranking), a
 * compared level past an adjunct (metrics/from-to), « le nombre de » after the figure (metrics/number-of-after) and
 * impersonal « il est tombé » (metrics/fr/impersonal-fall).
 */
const FIND_S17: Row[] = [
  // metrics/rate-symbol: the unit and the denominator of "barrels per day"
  ['en', 'Iraq pumped 4.2 million b/d in June.', 4.2e6, 'barrel', null, ['Iraq'], undefined],
  ['fr', "L'Irak a pompé 300 000 b/j en juin.", 3e5, 'baril', null, ['Irak'], undefined],
  // numbers/<lang>/from-to-shared-unit: the level left takes the unit (and scale) of the level reached
  ['en', 'The cap was lowered from 8,000 to 6,000 euros.', 8000, 'EUR', null, ['cap'], undefined],
  ['en', 'The cap was lowered from 8,000 to 6,000 euros.', 6000, 'EUR', 'decrease', ['cap'], undefined],
  ['fr', 'Le bonus écologique a été ramené de 5 000 à 4 000 euros.', 5000, 'EUR', null, ['bonus écologique'], undefined],
  ['fr', 'Le bonus écologique a été ramené de 5 000 à 4 000 euros.', 4000, 'EUR', 'decrease', ['bonus écologique'], undefined],
  ['fr', 'Le budget passera de 5 à 3 millions d’euros.', 5e6, 'EUR', null, ['budget'], undefined],
  ['fr', 'Le taux est passé de 12 à 8 % en un an.', 12, '%', null, ['taux'], undefined],
  // metrics/fr/scale-de and currency-elided after a subset opener
  ['fr', "Le chiffre d'affaires a atteint 806 millions d'euros, dont 228 millions issus de la billetterie.", 2.28e8, 'EUR', null, [], undefined],
  ['en', 'The group raised $4bn, including 1.2 billion raised abroad.', 1.2e9, 'USD', null, [], undefined],
  // metrics/time-position, then metrics/elided-comparison
  ['fr', 'Le groupe veut réduire ses stocks à 330 000 véhicules, contre 430 000 fin juin.', 430000, 'véhicule', null, ['véhicules'], undefined],
  ['en', 'Stocks fell to 330,000 vehicles, compared with 430,000 end June.', 430000, 'vehicle', null, ['vehicles'], undefined],
  // metrics/elided-comparison, farther after a comparison word
  ['fr', "Quelque 42 000 abonnés étaient privés de courant mardi matin, contre 51 000 la veille au soir.", 51000, 'abonné', null, ['abonnés'], undefined],
  ['en', 'About 42,000 customers were without power on Tuesday morning, compared with 51,000 the night before.', 51000, 'customer', null, ['customers'], undefined],
  // metrics/elided-place
  ['fr', "Le bilan s'est alourdi à 217 morts, dont 211 dans la seule région de Valence.", 211, 'mort', null, ['Valence'], undefined],
  ['fr', 'Le plan concerne environ 300 salariés à Poissy et près de 800 dans les fonctions support.', 800, 'salarié', null, ['fonctions support'], undefined],
  ['en', 'The blasts killed 12 people, including nine in Gaza City, officials said.', 9, 'person', null, ['Gaza City'], undefined],
  // metrics/elided-ranking
  ['en', 'Romania reported 30,692 cases, followed by Kazakhstan with 28,147.', 28147, 'case', null, ['Kazakhstan'], undefined],
  ['fr', 'La Roumanie a signalé 30 692 cas, suivie du Kazakhstan avec 28 147.', 28147, 'cas', null, ['Kazakhstan'], undefined],
  // metrics/number-of-after; "the number of dead" counts persons
  ['fr', "La CGT chiffre à plus de 6.000 le nombre d'emplois menacés.", 6000, 'emploi', null, ['emplois'], undefined],
  ['fr', 'Les autorités estiment à 1 200 le nombre de sans-abri.', 1200, 'sans-abri', null, ['sans-abri'], undefined],
  ['en', 'Officials put the number of dead at 86.', 86, 'person', null, ['dead'], undefined],
  // numbers/en/space-grouping: a plain space groups thousands in English too
  ['en', 'At least 3 000 homes were destroyed.', 3000, 'home', 'decrease', ['homes'], 'at-least'],
  // metrics/elided-place: a coordinated figure before its auxiliary
  ['en', 'Eight people died and 14 were injured in the crash.', 14, 'person', null, ['injured'], undefined],
  ['fr', "Huit personnes sont mortes et 14 ont été blessées dans l'accident.", 14, 'personne', null, ['blessées'], undefined],
  // metrics/fr/emphatic-pronoun: « , lui, » stands for the noun phrase before it
  ['fr', 'Le marché automobile français, lui, a reculé de 3,1 % sur neuf mois.', 3.1, '%', 'decrease', ['marché automobile'], undefined],
  ['fr', "La masse salariale a, elle, été réduite de 15 %, à 614 millions d'euros.", 6.14e8, 'EUR', 'decrease', ['masse salariale'], undefined],
  // the level reached keeps its direction (metrics/from-to)
  ['fr', "L'inflation a ralenti à 1,8 % sur un an en septembre, contre 2,2 % en août.", 1.8, '%', 'decrease', ['inflation'], undefined],
  ['fr', 'Le chômage est tombé à 7,1 %.', 7.1, '%', 'decrease', ['chômage'], undefined],
];

describe('metric recall, session 17: should find (value, unit, change, subject keywords)', () => {
  test.each<Row>(FIND_S17)('%s: %s → %d %s', (lang, text, value, unit, change, keys, qualifier) => {
    expectFound(lang, text, value, unit, change, keys, qualifier);
  });
});

const NOT_S17: NotRow[] = [
  // a time-position noun is no counted noun
  ['fr', 'Le groupe veut réduire ses stocks à 330 000 véhicules, contre 430 000 fin juin.', [], 430000, 'fin', { absent: true }],
  // a French scale word without « de » counts no noun
  ['fr', "Le chiffre d'affaires a atteint 806 millions d'euros, dont 228 millions issus de la billetterie.", [], 2.28e8, 'issu', { absent: true }],
  // a compared level past an adjunct has no direction; neither has the level left of a falling pair
  ['fr', "L'inflation a ralenti à 1,8 % sur un an en septembre, contre 2,2 % en août.", [], 2.2, '%', { notChange: 'decrease' }],
  ['en', 'Unemployment rose to 4.3% in July, compared with 4.1% in June.', [], 4.1, '%', { notChange: 'increase' }],
  // a rising pair stays a range; a year is no level left
  ['en', 'Prices ranged from 3 to 5 euros.', [], 3, 'EUR', { notChange: 'decrease' }],
  ['en', 'Turnout fell from 2019 to 12%.', [], 2019, '%', { absent: true }],
  // impersonal « il est tombé » brings what falls: no decrease
  ['fr', 'Il est tombé 300 millimètres de pluie en 24 heures.', [], 300, 'millimètre', { notChange: 'decrease' }],
  // a count before a model number is no grouped number; a year after "and" is no coordinated count
  ['en', 'Its fleet of roughly 400 737 Max jets was grounded.', [], 400737, 'jet', { absent: true }],
  ['en', 'The firm hired 300 engineers and 2019 was a record year.', [], 2019, 'engineer', { absent: true }],
  // "in fiscal 2024" dates the figure: no subject (metrics/subject-year-adjunct)
  ['en', 'The U.S. federal budget deficit widened to $1.83 trillion in fiscal 2024.', [], 1.83e12, 'USD', { notSubject: 'fiscal' }],
  // a ranking link needs "with"/« avec » before the figure
  ['en', 'Romania reported 30,692 cases, followed by Kazakhstan in 2023.', [], 2023, 'case', { absent: true }],
];

describe('metric recall, session 17: should not find', () => {
  test.each<NotRow>(NOT_S17)('%s: %s', (lang, text, specs, value, unit, not) => {
    expectNot(lang, text, specs, value, unit, not);
  });
});

/** A should-find row: the metric exists with this change, these subject keywords and (when given) this qualifier. */
function expectFound(lang: Language, text: string, value: number, unit: string, change: Change, keys: string[], qualifier: string | null | undefined): void {
    const m = findMetric(metricsWith(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
    if (qualifier !== undefined) expect(m!.qualifier ?? null).toBe(qualifier);
}

/** A should-not row: the metric is absent, or has not this change, or its subject has not this word. */
function expectNot(lang: Language, text: string, specs: NameKind[], value: number, unit: string, not: NotRow[5]): void {
    const m = findMetric(metricsWith(text, lang, specs), value, unit);
    if (not.absent) { expect(m).toBeUndefined(); return; }
    expect(m).toBeDefined();
    if (not.notChange !== undefined) expect(m!.change).not.toBe(not.notChange);
    if (not.notSubject) expect(foldSubject(m!.subject)).not.toContain(not.notSubject);
}
