/**
 * Defects a new user reported in metrics (s19-mtrial), each with look-alikes that must not fire, English and French:
 * a margin of another figure is no metric (metrics/tolerance); what analysts expected is a level named by the estimate
 * (metrics/estimate-level); "lift … by X" rises and measures its object (metrics/change-verbs,
 * metrics/subject-change-object); a share of a whole a measure applies to has no change (metrics/scope-share).
 */
import type { Language } from '../../src/types.js';
import { foldSubject, metricsOf } from '../helpers/extractors.js';

/** [label, language, text, [value, unit, change, words the subject must hold (or null: not checked)] of each metric in order]. */
type Row = [string, Language, string, Array<[number, string, 'increase' | 'decrease' | null, string | null]>];

const check = (lang: Language, text: string, expected: Row[3]): void => {
  const got = metricsOf(text, lang);
  expect(got.map((m) => [m.value, m.unit, m.change ?? null])).toEqual(expected.map(([v, u, c]) => [v, u, c]));
  expected.forEach(([, , , subject], i) => {
    if (subject !== null) expect(foldSubject(got[i]!.subject)).toBe(foldSubject(subject));
  });
};

describe('metrics: a margin of another figure is no metric (metrics/tolerance)', () => {
  test.each<Row>([
    ['en plus or minus', 'en', 'Nvidia expects first-quarter revenue of about $43 billion, plus or minus 2%.', [[43e9, 'USD', null, null]]],
    ['en ±', 'en', 'Apple sees sales of $90 billion, ±3%.', [[90e9, 'USD', null, null]]],
    ['fr à plus ou moins … près', 'fr', "Le chiffre d'affaires atteindrait 43 milliards de dollars, à plus ou moins 2 % près.", [[43e9, 'USD', null, null]]],
    // look-alikes: a fall of its own, a temperature below zero, a French approximation
    ['en a fall stays', 'en', 'Sales rose 5% and costs fell 2%.', [[5, '%', 'increase', null], [2, '%', 'decrease', null]]],
    ['en minus degrees stay', 'en', 'Temperatures dropped to minus 12 degrees.', [[-12, 'degree', 'decrease', null]]],
    ['fr plus ou moins: an approximation', 'fr', 'Plus ou moins 200 personnes ont manifesté samedi.', [[200, 'personne', null, null]]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: an estimate is a level (metrics/estimate-level)', () => {
  test.each<Row>([
    ['en beating analysts\' estimates of', 'en', "Nvidia reported that its fourth-quarter revenue rose 94% to $39.3 billion, beating analysts' estimates of $38.1 billion.",
      [[94, '%', 'increase', null], [39.3e9, 'USD', 'increase', null], [38.1e9, 'USD', null, "analysts' estimates"]]],
    ['en compared with expectations of', 'en', 'Profit rose 10% to $5 billion, compared with expectations of $4.8 billion.',
      [[10, '%', 'increase', 'Profit'], [5e9, 'USD', 'increase', 'Profit'], [4.8e9, 'USD', null, 'expectations']]],
    ['en versus expectations of', 'en', 'Revenue climbed to $12 billion, versus expectations of $11.5 billion.',
      [[12e9, 'USD', 'increase', 'Revenue'], [11.5e9, 'USD', null, 'expectations']]],
    ['fr contre des attentes de', 'fr', 'Le bénéfice a progressé de 8 %, à 2 milliards d\'euros, contre des attentes de 1,9 milliard d\'euros.',
      [[8, '%', 'increase', null], [2e9, 'EUR', 'increase', null], [1.9e9, 'EUR', null, 'attentes']]],
    ['fr contre … attendus par les analystes (currency elided)', 'fr', "Le bénéfice a progressé de 8 % à 2 milliards d'euros, contre 1,9 milliard attendus par les analystes.",
      [[8, '%', 'increase', null], [2e9, 'EUR', 'increase', null], [1.9e9, 'EUR', null, null]]],
    // look-alike: a level reached keeps the rise
    ['en level reached stays', 'en', 'Revenue rose 5% to $10 billion.', [[5, '%', 'increase', 'Revenue'], [10e9, 'USD', 'increase', 'Revenue']]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: a change verb with an object before "by" (metrics/subject-change-object)', () => {
  test.each<Row>([
    ['en lift … by', 'en', 'The plan would lift Brazilian exports by $12 billion a year.', [[12e9, 'USD', 'increase', 'Brazilian exports per year']]],
    ['en boost … by', 'en', 'The measure could boost output by 3%.', [[3, '%', 'increase', 'output']]],
    ['fr relever … de', 'fr', "La réforme doit relever les recettes de 2 milliards d'euros.", [[2e9, 'EUR', 'increase', 'recettes']]],
    ['fr augmenter … de', 'fr', 'La mesure augmentera les salaires de 3 %.', [[3, '%', 'increase', 'salaires']]],
    // look-alikes: "lift" without "by" is no rise; an agent with no object keeps its place
    ['en lift out of poverty', 'en', 'The plan would lift 2 million people out of poverty.', [[2e6, 'person', null, null]]],
    ['en rose by keeps the agent', 'en', 'Sales of the group rose by 12%.', [[12, '%', 'increase', 'Sales of the group']]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: the share of a whole a measure applies to (metrics/scope-share)', () => {
  test.each<Row>([
    ['en cut tariffs on N% of', 'en', 'The deal will cut tariffs on 91% of goods traded between the blocs.', [[91, '%', null, 'goods traded']]],
    ['fr supprime … sur N % des', 'fr', "L'accord supprime les droits de douane sur 91 % des produits.", [[91, '%', null, 'produits']]],
    // look-alike: the size of the cut
    ['en cut tariffs by N%', 'en', 'The deal will cut tariffs by 91%.', [[91, '%', 'decrease', null]]],
    ['fr réduit de N %', 'fr', "L'accord réduit les droits de douane de 91 %.", [[91, '%', 'decrease', null]]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: a change noun before « de X à Y » makes a move (metrics/from-to-level-object)', () => {
  test.each<Row>([
    ['fr recul de l\'âge de 62 à 64 ans: the values give the direction', 'fr', "Le gouvernement défend le recul de l'âge légal de départ de 62 à 64 ans.",
      [[62, 'an', null, 'âge légal de départ'], [64, 'an', 'increase', 'âge légal de départ']]],
    ['fr relèvement du SMIC', 'fr', 'Le gouvernement prévoit le relèvement du SMIC de 1 700 à 1 800 euros.',
      [[1700, 'EUR', null, 'SMIC'], [1800, 'EUR', 'increase', 'SMIC']]],
    ['en increase of the retirement age from … to …', 'en', 'The bill provides for the increase of the retirement age from 62 to 64 years.',
      [[62, 'year', null, null], [64, 'year', 'increase', null]]],
    // look-alikes: a noun that names no level keeps the range; a range without a change word
    ['fr hausse des prix de 2 à 3 % selon les régions: a range', 'fr', 'La hausse des prix de 2 à 3 % selon les régions inquiète.',
      [[2, '%', 'increase', 'prix'], [3, '%', 'increase', 'prix']]],
    ['fr températures de 20 à 25 degrés: a range', 'fr', 'On attend des températures de 20 à 25 degrés.', [[20, 'degré', null, null], [25, 'degré', null, null]]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: a subject ends on no verb (metrics/subject/trailing-verb)', () => {
  test.each<Row>([
    ['en sales reached', 'en', 'Its data center sales reached $35.6 billion.', [[35.6e9, 'USD', null, 'data center sales']]],
    ['en agreed to pay … to settle', 'en', 'Goldman Sachs Group Inc. agreed to pay $215 million to settle the case.', [[215e6, 'USD', null, 'Goldman Sachs Group Inc. settlement']]],
    ['fr participle in apposition, price of the barrel', 'fr', 'Le plafond du prix du baril russe, fixé à 60 dollars, sera revu.', [[60, 'USD', null, 'plafond du prix du baril russe']]],
    ['fr conditional', 'fr', "Le chiffre d'affaires atteindrait 43 milliards de dollars.", [[43e9, 'USD', null, "chiffre d'affaires"]]],
    ['fr pronominal verb before the unit', 'fr', "Le brut s'échangeait à 85 dollars le baril.", [[85, 'USD', null, 'brut par baril']]],
    // look-alike: a paying verb stays when the text does not say what the payment is
    ['fr condamnée à verser keeps verser', 'fr', 'La société a été condamnée à verser 79 millions de dollars.', [[79e6, 'USD', null, null]]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));

  test('per unit from the price of a barrel', () => {
    const [m] = metricsOf('Le plafond du prix du baril russe, fixé à 60 dollars, sera revu.', 'fr');
    expect(m!.per).toBe('baril');
  });

  test('a paying verb stays without a settlement', () => {
    const [m] = metricsOf('La société a été condamnée à verser 79 millions de dollars.', 'fr');
    expect(foldSubject(m!.subject)).toContain('verser');
  });
});

describe('metrics: a running total after a count counts its noun (metrics/elided-total-running)', () => {
  test.each<Row>([
    ['en bringing its total to', 'en', 'The company signed up 12 million new users, bringing its total to 247 million.',
      [[12e6, 'user', 'increase', null], [247e6, 'user', 'increase', 'total users']]],
    ['fr portant son total à', 'fr', "La plateforme a gagné 3 millions d'abonnés, portant son total à 40 millions.",
      [[3e6, 'abonné', 'increase', null], [40e6, 'abonné', 'increase', 'total abonnés']]],
    // look-alike: no count before, no elided noun
    ['en no count before', 'en', 'The reform passed, bringing the total to 3.', []],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));
});

describe('metrics: a range bounds the noun before "a range of" (metrics/subject/range-noun)', () => {
  // a range is one figure with valueMax plus its upper bound on the same evidence (README: annotators count two figures)
  test.each<Row>([
    ['en raised rates to a range of', 'en', 'The Fed raised rates to a range of 5.25% to 5.5%.', [[5.25, '%', null, 'rates'], [5.5, '%', null, 'rates']]],
    ['fr dans une fourchette de', 'fr', 'La BCE a fixé ses taux dans une fourchette de 3,75 % à 4 %.', [[3.75, '%', null, 'taux'], [4, '%', null, 'taux']]],
    // look-alike: a subject that already names the measure stays
    ['en kept its benchmark rate in a range of', 'en', 'The central bank kept its benchmark rate in a range of 4.25% to 4.5%.',
      [[4.25, '%', null, 'benchmark rate'], [4.5, '%', null, 'benchmark rate']]],
  ])('%s', (_label, lang, text, expected) => check(lang, text, expected));

  test('the first bound carries valueMax', () => {
    const [m] = metricsOf('The Fed raised rates to a range of 5.25% to 5.5%.', 'en');
    expect(m!.valueMax).toBe(5.5);
  });
});
