/**
 * Metric rules of 2026-12-03, in English and French: temperatures below zero are negative levels
 * (metrics/negative-temperature), a comparative quantifier gives a count its direction
 * (metrics/comparative-direction), an age or a span named as the quantity measured is a metric, a person's age is not
 * (metrics/age-measure), and a population's estimate counts people (metrics/source-count).
 */
import type { Language } from '../../src/types.js';
import { metricsOf, type MetricDraft } from '../helpers/extractors.js';

/** The metrics of `text`, each evidence checked against the text. */
function metrics(lang: Language, text: string): MetricDraft[] {
  const ms = metricsOf(text, lang);
  for (const m of ms) expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
  return ms;
}

/** [value, unit, change] of each metric. */
const triples = (ms: MetricDraft[]) => ms.map((m) => [m.value, m.unit, m.change]);

describe('a temperature below zero is a negative level (metrics/negative-temperature)', () => {
  it.each<[Language, string, number, string]>([
    ['en', 'Temperatures reached minus 4 degrees overnight.', -4, 'degree'],
    ['en', 'Temperatures fell to -4°C overnight in Moscow.', -4, '°C'],
    ['fr', 'Il a fait moins 10 degrés à Lyon cette nuit.', -10, 'degré'],
    ['fr', 'Le thermomètre est descendu à -12 °C.', -12, '°C'],
  ])('%s: %s', (lang, text, value, unit) => {
    const ms = metrics(lang, text);
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[value, unit]]);
  });

  it('keeps a signed percentage as the size of a fall', () => {
    expect(triples(metrics('en', 'Sales were -5% on the year.'))).toEqual([[5, '%', 'decrease']]);
  });
});

describe('a comparative quantifier gives a count its direction (metrics/comparative-direction)', () => {
  it.each<[Language, string, number, string, string]>([
    ['en', 'The army sent 2,000 more troops to the region.', 2000, 'troops', 'increase'],
    ['en', 'The company will employ 500 fewer people next year.', 500, 'person', 'decrease'],
    ['fr', "L'entreprise comptera 300 salariés de moins.", 300, 'salarié', 'decrease'],
    ['fr', 'Le parti obtient 33 sièges de plus.', 33, 'siège', 'increase'],
  ])('%s: %s', (lang, text, value, unit, change) => {
    expect(triples(metrics(lang, text))).toEqual([[value, unit, change]]);
  });

  it.each<[Language, string]>([
    // a span of time is no count that moves
    ['en', 'He will serve six more years in office.'],
    // an age bound is no comparative of the count
    ['fr', 'Un couple avec à sa charge deux mineurs de moins de 14 ans.'],
    // "additional" says how many, not that a number went up
    ['en', 'Two additional first stage cores are used as strap-on boosters.'],
  ])('%s: no direction in %s', (lang, text) => {
    const ms = metrics(lang, text);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.change).toBeNull();
  });
});

describe('an age or a span measured is a metric, a person\'s age is not (metrics/age-measure)', () => {
  it.each<[Language, string, number[], string]>([
    ['fr', "Le gouvernement veut reporter l'âge légal de départ à la retraite de 62 à 64 ans.", [62, 64], 'an'],
    ['fr', "L'âge moyen de sortie du marché du travail est de 58,5 ans pour les hommes.", [58.5], 'an'],
    ['fr', "L’âge légal de la retraite (60 ans) reste inchangé.", [60], 'an'],
    ['fr', 'La durée de cotisation passera à 43 ans.', [43], 'an'],
    ['en', 'The average age of the fleet is 12 years.', [12], 'year'],
    ['en', 'The retirement age will rise to 67 years by 2030.', [67], 'year'],
  ])('%s: %s', (lang, text, values, unit) => {
    const ms = metrics(lang, text);
    expect(ms.map((m) => m.value)).toEqual(values);
    for (const m of ms) expect(m.unit).toBe(unit);
  });

  it.each<[Language, string]>([
    ['fr', "Il est mort à l'âge de 85 ans."],
    ['fr', 'Jean Dupont, 45 ans, a été arrêté.'],
    ['en', 'The victim, aged 34, was taken to hospital.'],
  ])('%s: no metric in %s', (lang, text) => {
    expect(metrics(lang, text)).toEqual([]);
  });
});

describe("a population's estimate counts people (metrics/source-count)", () => {
  it.each<[Language, string, number, string, string]>([
    ['en', 'The population in the Rukban camp has fluctuated and currently is estimated at around 40,000.', 40000, 'person', 'estimated at around 40,000'],
    ['fr', 'La population du camp est estimée à environ 40 000.', 40000, 'personne', 'estimée à environ 40 000'],
  ])('%s: %s', (lang, text, value, unit, evidence) => {
    const ms = metrics(lang, text);
    expect(ms.map((m) => [m.value, m.unit, m.evidence.text])).toEqual([[value, unit, evidence]]);
    expect(ms[0]!.subject).toBe('population');
  });
});

describe('an earlier or other level of a count, its noun elided (metrics/elided-comparison)', () => {
  it.each<[Language, string, Array<[number, string]>]>([
    ['en', 'The company has 12,000 employees, up from 9,500 a year ago.', [[12000, 'employee'], [9500, 'employee']]],
    ['en', 'We only get 6 tankers by 2009 versus 67 by leasing.', [[6, 'tanker'], [67, 'tanker']]],
    ['fr', "L'entreprise emploie 12 000 salariés, contre 9 500 il y a un an.", [[12000, 'salarié'], [9500, 'salarié']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(metrics(lang, text).map((m) => [m.value, m.unit])).toEqual(expected);
  });

  it('leaves a figure with a unit of time of its own', () => {
    const ms = metrics('fr', 'Une autonomie de 6 h 30 pour les jeux en 3 dimensions contre 3 h pour la 3DS.');
    expect(ms.some((m) => m.unit === 'dimension' && m.value === 3 && m.evidence.text === '3')).toBe(false);
  });
});

describe('the level "the number of …" reached after a change (metrics/number-of-level)', () => {
  it.each<[Language, string, string]>([
    ['en', 'The number of cases fell by 3,000 to 45,000.', 'case'],
    ['fr', 'Le nombre de chômeurs a baissé de 3 000, à 45 000.', 'chômeur'],
    ['fr', 'Le nombre de cas a baissé de 3 000 pour atteindre 45 000.', 'cas'],
  ])('%s: %s', (lang, text, unit) => {
    expect(triples(metrics(lang, text))).toEqual([[3000, unit, 'decrease'], [45000, unit, 'decrease']]);
  });
});
