/**
 * A move stated new level first — "cut its forecast to 2.8% from 2.9%", « est passé à 7,4 % contre 7,1 % »: the first
 * figure moves in the direction of the two values, the second is the old level (metrics/to-from); and "growth" before
 * "forecast", "rate", "target" names what a level measures, no rise (metrics/change-verbs). English and French.
 */
import type { Language } from '../../src/types.js';
import { metricsOf } from '../helpers/extractors.js';

/** [label, language, text, [value, change] of each metric in order]. */
type Row = [string, Language, string, Array<[number, 'increase' | 'decrease' | null]>];

describe('metrics: a new level before the old one', () => {
  test.each<Row>([
    ['en cut a forecast to … from …', 'en', 'The IMF cut its global growth forecast to 2.8% from 2.9% on Tuesday.', [[2.8, 'decrease'], [2.9, null]]],
    ['en raised a forecast to … from …', 'en', 'The IMF raised its forecast to 3.1% from 2.9% on Tuesday.', [[3.1, 'increase'], [2.9, null]]],
    ['en fell to … from … (money)', 'en', 'Quarterly sales fell to $10 million from $12 million a year earlier.', [[10_000_000, 'decrease'], [12_000_000, null]]],
    ['fr passé à … contre …', 'fr', 'Le taux de chômage est passé à 7,4 % contre 7,1 % un an plus tôt.', [[7.4, 'increase'], [7.1, null]]],
    ['fr abaissé à …, contre …', 'fr', 'Le FMI a abaissé sa prévision de croissance à 2,8 %, contre 2,9 % en avril.', [[2.8, 'decrease'], [2.9, null]]],
    // a short time complement after the new level (re-trial)
    ['fr s\'établit à … en octobre, contre … en septembre', 'fr', 'Le taux d\'inflation s\'établit à 4,9 % en octobre, contre 5,7 % en septembre.', [[4.9, 'decrease'], [5.7, null]]],
    ['en eased to … in October from …', 'en', 'Inflation eased to 4.9% in October from 5.7% in September.', [[4.9, 'decrease'], [5.7, null]]],
    // look-alikes: "growth" naming what a level measures is no rise; a level compared with another keeps no direction
    ['en growth rate is a level', 'en', "China's growth rate was 5.2% last year.", [[5.2, null]]],
    ['en growth as the subject still rises', 'en', 'Revenue growth of 12% beat forecasts.', [[12, 'increase']]],
  ])('%s', (_label, lang, text, expected) => {
    const got = metricsOf(text, lang).map((m) => [m.value, m.change ?? null]);
    expect(got).toEqual(expected);
  });
});
