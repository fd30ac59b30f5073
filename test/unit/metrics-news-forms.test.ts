/**
 * Metric forms of modern news (sports tables, device reviews, results, weather), English and French: hyphenated sizes
 * with decimals and thousands, battery and charger units, temperatures without a degree sign, points of a league table,
 * nouns elided after a change, a table, a comparison or "only", an elided scale next to a count, « face à », and the
 * subject before an apposition or a relative clause.
 * Rules: metrics/hyphen-measure, metrics/<lang>/measure, metrics/glued-temperature, metrics/standing-points,
 * metrics/elided-change, metrics/elided-standing, metrics/elided-comparison, metrics/<lang>/currency-elided,
 * metrics/fr/compound-preposition, metrics/subject-across-apposition, metrics/clause-own-noun, metrics/clause-comma.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Row = [string, Language, string, number, string, 'increase' | 'decrease' | null, string[]];

describe('metric news forms: should find (value, unit, change, subject keywords)', () => {
  test.each<Row>([
    // metrics/hyphen-measure
    ['en decimal hyphenated size', 'en', 'Google’s new phone has a 6.3-inch screen that peaks at 2,700 nits.', 6.3, 'inch', null, ['screen']],
    ['en hyphenated size after an adjective', 'en', 'The 48-megapixel camera replaces the old 64-megapixel sensor.', 64, 'megapixel', null, ['sensor']],
    ['en hyphenated tonnage with thousands', 'en', 'A 10,000-tonne cargo ship ran aground off Anglesey on Saturday.', 10000, 'tonne', null, ['cargo ship']],
    // metrics/en/measure (mAh, W)
    ['en battery capacity glued', 'en', 'It ships with a 5,100mAh battery and a brighter screen.', 5100, 'mAh', null, []],
    ['en charger power glued', 'en', 'The phone charged to half in 34 minutes on a 23W charger.', 23, 'W', null, []],
    ['fr battery capacity spaced', 'fr', 'Le téléphone embarque une batterie de 4 500 mAh.', 4500, 'mAh', null, []],
    // metrics/glued-temperature
    ['en negative glued temperature with a fall', 'en', 'Temperatures fell to -4C overnight in the Scottish Highlands.', -4, '°C', 'decrease', ['temperatures']],
    ['en glued temperature after "below"', 'en', 'Temperatures in Herat are expected to stay below 5C at night.', 5, '°C', null, ['temperatures']],
    ['en glued Fahrenheit high', 'en', 'Phoenix recorded a high of 118F on Tuesday, its hottest day.', 118, '°F', null, []],
    // metrics/standing-points
    ['en points reached in a table are a count', 'en', 'Chelsea climb to four points clear after beating Fulham on Saturday.', 4, 'point', 'increase', ['Chelsea']],
    // metrics/elided-standing
    ['en second team of a table', 'en', 'Liverpool sit top on 70 points, with Arsenal second on 68 and City third on 64.', 68, 'point', null, ['Arsenal']],
    ['en third team of a table', 'en', 'Liverpool sit top on 70 points, with Arsenal second on 68 and City third on 64.', 64, 'point', null, ['City']],
    // metrics/elided-change
    ['en change of a count, noun elided', 'en', 'The final drew 7.4 million viewers, up 1.2 million on last year.', 1200000, 'viewer', 'increase', []],
    ['fr change of a count, noun elided', 'fr', 'L’audience a atteint 5,2 millions de téléspectateurs, en hausse de 800 000 sur un an.', 800000, 'téléspectateur',
      'increase', []],
    // metrics/elided-comparison (a unit of measure, "à peine")
    ['fr comparison after "contre à peine"', 'fr', 'Les Bleus ont parcouru 380 mètres, contre à peine 210 pour les Gallois.', 210, 'mètre', null, []],
    ['en comparison after "against just"', 'en', 'Arsenal had 22 shots on Saturday, compared with just 4 last season.', 4, 'shot', null, []],
    // metrics/subject-across-apposition
    ['en subject before an apposition', 'en', 'Net interest income, the difference between what it earns on loans and pays on deposits, rose by 12% to $35.8bn.',
      12, '%', 'increase', ['net interest income']],
    ['en subject before a relative clause', 'en', 'Turnover, which includes the ice cream business, rose 1.8% to €30.1bn last year.', 1.8, '%', 'increase',
      ['turnover']],
    ['fr subject before a relative clause', 'fr', 'La dette publique, qui a franchi la barre des 3 300 milliards d’euros, représentera 116 % du PIB.',
      116, '%', null, ['dette publique']],
    ['fr subject before a participle apposition', 'fr', 'Le chiffre d’affaires de Renault, plombé par la baisse des ventes, a reculé de 4 % à 11,2 milliards d’euros.',
      4, '%', 'decrease', ['chiffre d’affaires de Renault']],
    // metrics/clause-own-noun
    ['fr own noun phrase after an earlier change', 'fr', 'Le groupe a réalisé un chiffre d’affaires de 12,4 milliards d’euros, en hausse de 8 %, et un bénéfice net de 1,1 milliard.',
      1.1e9, 'EUR', null, ['bénéfice net']],
    // metrics/toll ("rises above" in a headline)
    ['en toll rising above a figure', 'en', 'Death toll from Afghanistan earthquake rises above 2,000\n\nThe quake struck near Herat.', 2000, 'person',
      'increase', ['toll']],
    // numbers/en currency suffix "euro cents"
    ['en euro cents are hundredths of a euro', 'en', 'The board raised its interim dividend by 3 per cent to 44.5 euro cents a share.', 0.445, 'EUR',
      'increase', ['dividend']],
    // metrics/en/amount-modifier (per period), metrics/en/measure-modifier
    ['en amount a year before its noun', 'en', 'A £2bn-a-year subsidy scheme was scrapped by the Treasury on Monday.', 2e9, 'GBP', null, ['subsidy scheme']],
    ['en glued measure before its noun', 'en', 'The 65W charger is sold separately in Europe.', 65, 'W', null, ['charger']],
    ['en a contrast clause with its own subject takes no earlier cue', 'en', 'The fund cut 300 jobs, while a rival raised €300m from investors.',
      3e8, 'EUR', null, ['rival']],
    // metrics/clause-comma
    ['en a thousands comma does not cut the clause', 'en', 'A 20,000-tonne tanker carrying 300,000 barrels of crude ran aground.', 300000, 'barrel', null,
      ['tanker']],
  ])('%s', (_label, lang, text, value, unit, change, keys) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

describe('metric news forms: not a metric', () => {
  test.each<[string, Language, string, number, string]>([
    // metrics/glued-temperature: a label, no temperature in the sentence
    ['en "Category 5C" label', 'en', 'The flat is in Block 5C of the estate, the council said.', 5, '°C'],
    ['en glued letter without temperature', 'en', 'Fans queued at Gate 12C before the match.', 12, '°C'],
    // metrics/fr/compound-preposition
    ['fr « face à » after a score', 'fr', 'Le PSG s’est imposé 3 à 1 face à Lyon samedi soir.', 1, 'face'],
    // metrics/<lang>/currency-elided: a nearer scaled count gives the noun
    ['en elided scale after subscribers is no money', 'en', 'Bitcoin traded at $43,000. Netflix added 8.8 million subscribers, bringing its total to 260 million.',
      260e6, 'USD'],
  ])('%s', (_label, lang, text, value, unit) => {
    expect(findMetric(metricsOf(text, lang), value, unit)).toBeUndefined();
  });
});

describe('metric news forms: kept as they were', () => {
  test.each<[string, Language, string, number, string, string[]]>([
    // a points move stays percentage points; a table gap outside a move stays a count
    ['en points of a rate move are pp', 'en', 'Inflation in the country rose 0.3 points to 2.1% in the year to March.', 0.3, 'pp', ['inflation']],
    ['fr points of a lead are a count', 'fr', 'Le PSG compte désormais 12 points d’avance sur Marseille.', 12, 'point', []],
    // a complement keeps its priority over the apposition rule
    ['en "in annual revenue" names the amount', 'en', 'The new company, which is to be based near Chicago, will have $55 billion in annual revenue.',
      55e9, 'USD', ['annual revenue']],
    // an adverbial opening is no subject
    ['en an adjunct before a relative is not the subject', 'en', 'In London, where the group is listed, shares fell 5% on Thursday.', 5, '%', ['shares']],
  ])('%s', (_label, lang, text, value, unit, keys) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

describe('a half written after the noun or inside the number (metrics/fr/and-a-half, numbers/en/and-a-half)', () => {
  test.each<[Language, string, number, string, string]>([
    ['fr', 'La réunion a duré deux heures et demie, selon le maire.', 2.5, 'heure', 'deux heures et demie'],
    ['fr', 'Il a payé trois euros et demi pour le billet.', 3.5, 'EUR', 'trois euros et demi'],
    ['en', 'The strike lasted two and a half days.', 2.5, 'day', 'two and a half days'],
    ['en', 'The company lost two and a half million customers.', 2.5e6, 'customer', 'two and a half million customers'],
  ])('%s: %s', (lang, text, value, unit, evidence) => {
    const m = findMetric(metricsOf(text, lang), value, unit)!;
    expect(m).toBeDefined();
    expect(m.evidence.text).toContain(evidence);
    expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
  });

  test('« et demie » ending a compound word or after a percentage adds nothing', () => {
    const ms = metricsOf('Le club compte 12 joueurs et demie-finale oblige, 40 % des places sont vendues.', 'fr');
    expect(findMetric(ms, 12, 'joueur')).toBeDefined();
    expect(findMetric(ms, 12.5, 'joueur')).toBeUndefined();
  });
});
