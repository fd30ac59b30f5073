/**
 * Metric subjects and directions for measures, changes and references (English and French): a distance measures the
 * place it is taken from, a unit of measure or a change noun hands the subject to its clause, a share noun keeps its own
 * complement, "amounting to", "a $N noun" and the object of a sale or purchase ("acquire X for $N") name what is measured, passive and withdrawal verbs are decreases, and a
 * spelled number after a definite determiner is a reference ("des deux sexes"), unless a part is taken from it
 * ("un des neuf moteurs").
 * Should-find rows give the subject keywords and the change; should-not rows a word that must not be the subject, or a
 * figure that is not a metric.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf, type MetricDraft } from '../helpers/extractors.js';

type M = MetricDraft;
const metrics = metricsOf;
const fold = foldSubject;
const find = findMetric;

type Row = [string, Language, string, number, string, 'increase' | 'decrease' | null, string[]];

describe('metric measures: should find (subject keywords, change)', () => {
  test.each<Row>([
    // ruleId metrics/subject-price
    ['en price of an acquisition', 'en', 'Microsoft agreed to acquire Activision for $69 billion.', 69e9, 'USD', null, ['Activision']],
    ['en price of a sale, approximate', 'en', 'The company sold its stake in the joint venture for about $2bn.', 2e9, 'USD', null, ['stake in the joint venture']],
    ['fr prix d’un rachat', 'fr', 'Le groupe a racheté Activision pour 69 milliards de dollars.', 69e9, 'USD', null, ['Activision']],
    ['fr prix d’une cession', 'fr', 'TotalEnergies a cédé sa participation pour 2 milliards d’euros.', 2e9, 'EUR', null, ['participation']],
    // ruleId metrics/subject-distance-from
    ['en distance away from a place', 'en', 'He worked at a farm in Cabixi, 820 km (510 miles) away from the regional capital of Porto Velho.',
      820, 'km', null, ['Porto Velho']],
    ['en distance in a conversion', 'en', 'He worked at a farm in Cabixi, 820 km (510 miles) away from the regional capital of Porto Velho.',
      510, 'mile', null, ['Porto Velho']],
    ['fr distance from a city', 'fr', 'Le séisme a été ressenti à 1 750 kilomètres de Fukushima, selon les autorités.', 1750, 'kilomètre', null,
      ['Fukushima']],
    // ruleId metrics/subject-measure-clause
    ['fr unit of measure hands the subject to the clause', 'fr', 'Fin 2011, les capacités de raffinage en France étaient de 82,2 millions de tonnes.',
      82200000, 'tonne', null, ['capacités de raffinage']],
    ['en unit of measure hands the subject to the clause', 'en', 'Last year the refining capacity of the country was 82 million tonnes.',
      82000000, 'tonne', null, ['refining capacity']],
    // ruleId metrics/subject-change-noun
    ['fr change noun before notches', 'fr', 'La note financière de l\'Italie est passée de A3 à Baa2, soit une baisse de deux crans.', 2, 'cran',
      'decrease', ['note']],
    // ruleId metrics/subject-share-in
    ['fr share noun before "dans"', 'fr', 'Le plan prévoit de réduire la part du nucléaire dans la production d\'électricité de 75 % à 50 %.', 75, '%',
      null, ['part du nucléaire']],
    ['en share noun before "in"', 'en', 'The plan would cut the share of coal in power generation to 30% by 2030.', 30, '%', 'decrease',
      ['share of coal']],
    // ruleId metrics/subject-amounting
    ['en noun before "amounting to"', 'en', 'Yushchenko won, a difference amounting to roughly 2.2 million votes.', 2200000, 'vote', null, ['difference']],
    ['fr noun before "s\'élevant à"', 'fr', 'Il a laissé une dette s\'élevant à 3 millions d\'euros.', 3000000, 'EUR', null, ['dette']],
    // ruleId metrics/en/amount-modifier
    ['en amount between an article and a noun', 'en', 'It compares with a $500 million pledge made by Japan.', 500000000, 'USD', null, ['pledge']],
    // ruleId metrics/passive-change
    ['fr passive closure is a decrease', 'fr', 'Depuis 2009, deux raffineries ont été fermées en France.', 2, 'raffinerie', 'decrease', ['raffineries']],
    ['en passive cut is a decrease', 'en', 'Since 2009, 3,000 jobs were eliminated at the plant.', 3000, 'job', 'decrease', ['jobs']],
    // withdrawal cues
    ['fr withdrawal of troops is a decrease', 'fr', 'Il a ordonné le retrait de 2 000 des 3 550 soldats encore présents.', 2000, 'soldat', 'decrease', ['soldats']],
    ['en withdrawal of troops is a decrease', 'en', 'He ordered the withdrawal of 2,000 soldiers before December.', 2000, 'soldier', 'decrease', ['soldiers']],
    // ruleId metrics/partitive-total
    ['fr one of the nine engines counts the engines', 'fr', 'La valve d\'un des neuf moteurs a cédé au décollage.', 9, 'moteur', null, ['moteurs']],
    ['fr seven of sixteen counts the total', 'fr', 'Les islamistes ont détruit sept des seize mausolées de la ville.', 16, 'mausolée', null, ['mausolées']],
  ])('%s', (_label, lang, text, value, unit, change, keys) => {
    const m = find(metrics(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(fold(m!.subject)).toContain(fold(k));
  });
});

describe('metric measures: should not take (subject word)', () => {
  test.each<[string, Language, string, number, string, string]>([
    ['en the unit is not the subject', 'en', 'Last year the refining capacity of the country was 82 million tonnes.', 82000000, 'tonne', 'tonnes'],
    ['fr the change noun is not the subject', 'fr', 'La note de l\'Italie est passée de A3 à Baa2, soit une baisse de deux crans.', 2, 'cran', 'baisse'],
    ['fr the whole is not the share', 'fr', 'Le plan prévoit de réduire la part du nucléaire dans la production d\'électricité à 50 %.', 50, '%',
      'production'],
    ['en a counted noun that is not a distance keeps its noun', 'en', 'About 300 miners from Sudbury were trapped.', 300, 'miner', 'sudbury'],
  ])('%s', (_label, lang, text, value, unit, notWord) => {
    const m = find(metrics(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(fold(m!.subject)).not.toContain(fold(notWord));
  });
});

describe('metric measures: not a metric (references to a known set)', () => {
  test.each<[string, Language, string, number, string]>([
    ['fr "des deux sexes" (de + les)', 'fr', 'Les tumeurs touchent les rats des deux sexes, a-t-il expliqué.', 2, 'sexe'],
    ['fr "tous deux"', 'fr', 'Ils reçoivent la justice et la culture, tous deux des personnalités de gauche.', 2, 'personnalité'],
    ['fr "aux deux"', 'fr', 'La règle s\'applique aux deux chambres du Parlement.', 2, 'chambre'],
    ['en "both"', 'en', 'The rule applies to both chambers of parliament.', 2, 'chamber'],
  ])('%s', (_label, lang, text, value, unit) => {
    expect(find(metrics(text, lang), value, unit)).toBeUndefined();
  });
});

describe('metric measures: still a metric', () => {
  test.each<[string, Language, string, number, string]>([
    ['fr a count after "des" with digits', 'fr', 'Le retrait de 2 000 des 3 550 soldats est prévu.', 3550, 'soldat'],
    ['en a spelled count with an indefinite article', 'en', 'Officials said two refineries were closed in 2011.', 2, 'refinery'],
  ])('%s', (_label, lang, text, value, unit) => {
    expect(find(metrics(text, lang), value, unit)).toBeDefined();
  });
});
