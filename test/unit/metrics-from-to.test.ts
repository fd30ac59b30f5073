/**
 * Pairs of figures and rates, in English and French: a move from a level to another (the level left has no direction, the
 * level reached has the move's), a range written with its unit twice (one figure with `valueMax`, and its upper bound), a
 * count given per unit of time ("barrels a day", « tonnes par an »), subjects without closing punctuation, and the
 * summary format showing both bounds of a range. Rule ids: metrics/from-to, metrics/count-per, metrics/subject/no-clause.
 */
import { extract } from '../../src/extract.js';
import { formatSummary } from '../../src/output/summary.js';
import type { Language } from '../../src/types.js';
import { findMetric, metricsOf, type MetricDraft } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;

/** The metrics of `text` with their evidence checked against it. */
function metrics(lang: Language, text: string): MetricDraft[] {
  const ms = metricsOf(text, lang);
  for (const m of ms) expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
  return ms;
}

describe('a move from a level to another (metrics/from-to)', () => {
  // [language, text, unit, level left, level reached, direction of the move, subject]
  const MOVES: Array<[Language, string, string, number, number, Change, string]> = [
    ['en', 'Unemployment rose from 4.1% to 4.5%.', '%', 4.1, 4.5, 'increase', 'Unemployment'],
    ['fr', 'Le chômage est passé de 7,1 % à 7,4 %.', '%', 7.1, 7.4, 'increase', 'chômage'],
    // (the subject of the verb through one complement link: it was « passé »)
    ['fr', 'Le taux de chômage est passé de 7,1 % à 7,4 %.', '%', 7.1, 7.4, 'increase', 'taux de chômage'],
    ['fr', 'Le prix du pain est passé de 1 euro à 1,20 euro.', 'EUR', 1, 1.2, 'increase', 'prix du pain'],
    ['en', 'The price of oil rose from $60 to $75.', 'USD', 60, 75, 'increase', 'price of oil'],
    // (one range of the number grammar, split)
    ['en', 'Unemployment rose from 4.1 to 4.5%.', '%', 4.1, 4.5, 'increase', 'Unemployment'],
    ['fr', 'Le chômage est passé de 7 à 9 % en un an.', '%', 7, 9, 'increase', 'chômage'],
    ['en', 'Unemployment went from 4.1% to 4.5% last year.', '%', 4.1, 4.5, 'increase', 'Unemployment'],
    ['en', 'Tariffs on Chinese goods were increased from 10% to 25%.', '%', 10, 25, 'increase', 'Tariffs on Chinese goods'],
    ['en', 'Sales fell from $3 billion to $2 billion.', 'USD', 3e9, 2e9, 'decrease', 'Sales'],
    ['fr', "Les ventes sont passées de 3 milliards d'euros à 2 milliards d'euros.", 'EUR', 3e9, 2e9, 'decrease', 'ventes'],
    // (a French pair written from high to low cannot be a range)
    ['fr', 'La part du nucléaire sera réduite de 75 % à 50 %.', '%', 75, 50, 'decrease', 'part du nucléaire'],
    // (the % of a rate noun moves the rate)
    ['fr', 'Le taux de TVA a été relevé de 19,6 % à 20 %.', '%', 19.6, 20, 'increase', 'taux de TVA'],
    ['fr', 'Le taux a été porté de 15 % à 20 %.', '%', 15, 20, 'increase', 'taux'],
    ['en', 'The growth forecast was revised from 2.1% to 2.3%.', '%', 2.1, 2.3, 'increase', 'growth forecast'],
    // (a count: the direction from the two values, the cue does not govern the count)
    ['en', 'The workforce will be cut from 3,500 to 1,550 troops.', 'troops', 3500, 1550, 'decrease', 'troops'],
    ['fr', 'Les effectifs passeront de 12 000 à 9 000 salariés.', 'salarié', 12000, 9000, 'decrease', 'salariés'],
    // (the singular object of the change verb names a level: metrics/from-to-level-object; « relève » with its grave accent)
    ['fr', "Le gouvernement relève l'âge légal de départ de 62 à 64 ans.", 'an', 62, 64, 'increase', 'âge légal de départ'],
    ['fr', 'Le Conseil a augmenté le plafond de 10 000 à 15 000 euros.', 'EUR', 10000, 15000, 'increase', 'plafond'],
    ['fr', 'La ville a réduit le plafond de 15 000 à 10 000 euros.', 'EUR', 15000, 10000, 'decrease', 'plafond'],
  ];
  test.each(MOVES)('%s: %s', (lang, text, unit, left, reached, change, subject) => {
    const ms = metrics(lang, text);
    const a = findMetric(ms, left, unit)!;
    const b = findMetric(ms, reached, unit)!;
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a.change).toBeNull();
    expect(a.valueMax).toBeUndefined();
    expect(b.change).toBe(change);
    expect(a.subject).toBe(subject);
    expect(b.subject).toBe(subject);
    expect(ms).toHaveLength(2);
  });

  // [language, text, unit, value, the figure before it]
  const LEFT: Array<[Language, string, string, number, number]> = [
    ['en', 'The yield fell to 1.786%, down from 1.808%.', '%', 1.808, 1.786],
    ['en', 'The average price rose to $40,000, up from $38,373 a year ago.', 'USD', 38373, 40000],
    ['fr', 'Le chômage a baissé à 7 %, contre 8 % un an plus tôt.', '%', 8, 7],
    ['en', 'The rate fell to 5%, compared with 6% a year earlier.', '%', 6, 5],
  ];
  test.each(LEFT)('a lone level left has no direction (%s): %s', (lang, text, unit, value, reached) => {
    const ms = metrics(lang, text);
    expect(findMetric(ms, value, unit)!.change).toBeNull();
    expect(findMetric(ms, reached, unit)!.change).not.toBeNull();
  });

  test('a change compared with another change keeps its direction', () => {
    const ms = metrics('fr', "Les ventes ont baissé de 2 %, contre 3 % l'an dernier.");
    expect(findMetric(ms, 2, '%')!.change).toBe('decrease');
    expect(findMetric(ms, 3, '%')!.change).toBe('decrease');
  });
});

describe('a range written with its unit twice (metrics/from-to, metrics/range-upper)', () => {
  // [language, text, low, high, direction, evidence]
  const RANGES: Array<[Language, string, number, number, Change, string]> = [
    ['fr', 'Les prix ont augmenté de 15 % à 20 % selon les régions.', 15, 20, 'increase', 'augmenté de 15 % à 20 %'],
    ['fr', 'Les prix ont baissé de 3 % à 5 %.', 3, 5, 'decrease', 'baissé de 3 % à 5 %'],
    ['fr', 'Ce volume est en légère baisse, de l’ordre de 1 % à 1,5 %.', 1, 1.5, 'decrease', 'de l’ordre de 1 % à 1,5 %'],
    ['en', 'The company faced a 0.6% to 0.7% hurricane headwind.', 0.6, 0.7, null, '0.6% to 0.7%'],
    ['en', 'Estimates ranged from 10% to 20% of the vote.', 10, 20, null, '10% to 20%'],
    ['fr', 'Les hausses variant de 3 % à 5 % selon les produits.', 3, 5, 'increase', '3 % à 5 %'],
  ];
  test.each(RANGES)('%s: %s', (lang, text, low, high, change, evidence) => {
    const ms = metrics(lang, text).filter((m) => m.unit === '%');
    expect(ms).toHaveLength(2);
    const [a, b] = ms as [MetricDraft, MetricDraft];
    expect([a.value, a.valueMax, a.change, a.evidence.text]).toEqual([low, high, change, evidence]);
    expect([b.value, b.valueMax, b.change, b.evidence.text, b.ruleId]).toEqual([high, undefined, change, evidence, `metrics/${lang}/range-upper`]);
    expect(b.subject).toBe(a.subject);
  });

  test('a plural object is no level: « augmente les salaires de 100 à 200 euros » spans the size of the change', () => {
    const ms = metrics('fr', "L'entreprise augmente les salaires de 100 à 200 euros.");
    expect(ms.map((m) => [m.value, m.valueMax, m.unit, m.ruleId])).toEqual([
      [100, 200, 'EUR', 'metrics/fr/currency'], [200, undefined, 'EUR', 'metrics/fr/range-upper'],
    ]);
  });

  test('"entre 3 et 5 %" and "15-20%" stay one range each', () => {
    const fr = metrics('fr', 'Les prix ont augmenté entre 3 et 5 % cette année.');
    expect(fr.map((m) => [m.value, m.valueMax])).toEqual([[3, 5], [5, undefined]]);
    const en = metrics('en', 'Prices rose 15-20% this year.');
    expect(en.map((m) => [m.value, m.valueMax])).toEqual([[15, 20], [20, undefined]]);
  });

  test('a change then a level in English is left as two figures: "rose 15% to 20%"', () => {
    const ms = metrics('en', 'Prices rose 15% to 20% this year.');
    expect(ms.map((m) => [m.value, m.valueMax, m.change])).toEqual([[15, undefined, 'increase'], [20, undefined, 'increase']]);
  });
});

describe('a count per unit of time or per head (metrics/count-per)', () => {
  // [language, text, value, unit, per, evidence]
  const RATES: Array<[Language, string, number, string, string, string]> = [
    ['en', 'The country produces 1.2 million barrels a day.', 1.2e6, 'barrel', 'day', '1.2 million barrels a day'],
    ['en', 'The country produces 1.2 million barrels per day.', 1.2e6, 'barrel', 'day', '1.2 million barrels per day'],
    ['en', 'The plant makes 300 cars an hour.', 300, 'car', 'hour', '300 cars an hour'],
    ['en', 'The port handles 2 million containers each year.', 2e6, 'container', 'year', '2 million containers each year'],
    ['fr', 'La France produit 3 millions de tonnes par an.', 3e6, 'tonne', 'an', '3 millions de tonnes par an'],
    ['fr', 'Le pays exporte 2 millions de barils l’an.', 2e6, 'baril', 'an', '2 millions de barils l’an'],
    ['fr', 'Le pays exporte 500 000 barils par jour.', 5e5, 'baril', 'jour', '500 000 barils par jour'],
    ['fr', 'La durée légale correspond à 1 607 heures de travail chaque année.', 1607, 'heure', 'année', '1 607 heures de travail chaque année'],
  ];
  test.each(RATES)('%s: %s', (lang, text, value, unit, per, evidence) => {
    const m = findMetric(metrics(lang, text), value, unit)!;
    expect(m).toBeDefined();
    expect(m.per).toBe(per);
    expect(m.evidence.text).toBe(evidence);
  });

  test('"an hour" is read whole for a price too (not "a" + "n hour")', () => {
    const m = findMetric(metrics('en', 'The lawyer charges $300 an hour.'), 300, 'USD')!;
    expect(m.per).toBe('hour');
    expect(m.evidence.text).toBe('$300 an hour');
  });

  test('the per-unit word joins a French subject even when the subject holds its letters ("an" in « France »)', () => {
    expect(findMetric(metrics('fr', 'La France produit 3 millions de tonnes par an.'), 3e6, 'tonne')!.subject).toBe('France produit par an');
  });

  // [language, text, value, unit]
  const NOT_RATES: Array<[Language, string, number, string]> = [
    // (« par » brings an agent, "a day later" a date)
    ['fr', 'Trois personnes ont été tuées par balle.', 3, 'personne'],
    ['en', 'Ten people were killed a day later.', 10, 'person'],
  ];
  test.each(NOT_RATES)('no rate (%s): %s', (lang, text, value, unit) => {
    const m = findMetric(metrics(lang, text), value, unit)!;
    expect(m).toBeDefined();
    expect(m.per).toBeUndefined();
  });

  test('a unit of mass per litre stays one unit', () => {
    const m = metrics('fr', 'Le seuil est de 0,1 microgramme par litre.')[0]!;
    expect([m.unit, m.per]).toEqual(['microgramme par litre', undefined]);
  });
});

describe('a subject never ends with sentence punctuation (metrics/subject/no-clause)', () => {
  test.each([
    ['en', 'More than 100,000 people marched in Paris.', 100000, 'person', 'people marched in Paris'],
    ['fr', 'Plus de 100 000 personnes ont manifesté à Paris.', 100000, 'personne', 'personnes manifesté à Paris'],
    // (dotted initials keep their dot)
    ['en', 'Some 200 soldiers were deployed to the U.S.', 200, 'soldier', 'soldiers deployed to the U.S.'],
  ] as Array<[Language, string, number, string, string]>)('%s: %s', (lang, text, value, unit, subject) => {
    expect(findMetric(metrics(lang, text), value, unit)!.subject).toBe(subject);
  });
});

describe('summary format', () => {
  test('a range shows both bounds, a rate its denominator', () => {
    const out = formatSummary(extract('Les prix ont augmenté entre 3 et 5 % cette année. Le pétrole coûte 55 dollars le baril.', { language: 'fr' }), false, ['metrics']);
    expect(out).toContain('M1 ▲ 3–5 % — prix');
    expect(out).toContain('M2 ▲ 5 % — prix');
    expect(out).toContain('55 USD/baril');
  });
});
