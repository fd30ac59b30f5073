/**
 * Metric recall on forms of court, sport, disaster and business news in English and French, one block per rule:
 * sentences written as durations after « à » (metrics/penalty-duration), « dix-huit » (numbers/fr/spelled), ranks
 * written with an ordinal word (metrics/rank), scaled amounts whose currency is written once for a list
 * (metrics/<lang>/currency-elided), shares of a count given to named beneficiaries (metrics/elided-distribution) and the
 * whole a count is taken from (metrics/elided-total). Sentences are from news wires and papers (probe texts, not fixtures).
 * Should-find rows give value, unit, change and subject keywords (folded, substring, as the scorer compares them) and
 * a fragment the evidence must contain; should-not rows give what must not be produced.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, text, value, unit, change (undefined: not checked), subject keywords, evidence fragment] */
type Row = [Language, string, number, string, Change | undefined, string[], string];

const FIND: Row[] = [
  // metrics/penalty-duration: a sentence after « condamné à », « à », "in"
  ['fr', "Claude Guéant a été condamné lundi 23 janvier à deux ans d'emprisonnement dont un an ferme.", 2, 'an', null, [], "deux ans d'emprisonnement"],
  ['fr', 'Sur les douze prévenus, deux sont condamnés à 2 ans de prison, deux autres à 18 mois ferme.', 2, 'an', null, [], '2 ans de prison'],
  ['fr', 'Sur les douze prévenus, deux sont condamnés à 2 ans de prison, deux autres à 18 mois ferme.', 18, 'mois', null, [], '18 mois'],
  ['fr', 'Le maire a été condamné à trois ans d’inéligibilité.', 3, 'an', null, [], 'trois ans d’inéligibilité'],
  ['fr', 'La procureure avait requis jusqu’à 3 ans de prison ferme.', 3, 'an', null, [], '3 ans de prison'],
  ['en', 'The former banker was sentenced to 10 years in prison on Monday.', 10, 'year', null, [], '10 years'],
  // numbers/fr/spelled: « dix-sept », « dix-huit », « dix-neuf »
  ['fr', "Michel Gaudin a été condamné à une peine de dix-huit mois d'emprisonnement avec sursis.", 18, 'mois', null, [], "dix-huit mois d'emprisonnement"],
  ['fr', 'Dix-sept personnes ont été blessées dans la collision.', 17, 'personne', null, ['personnes'], 'Dix-sept personnes'],
  // metrics/rank with an ordinal word
  ['fr', 'Au classement, Crystal Palace et Christian Benteke occupent la neuvième place avec 16 unités.', 9, 'place', undefined, [], 'neuvième place'],
  ['fr', 'Grâce à sa victoire, Lyon remonte à la troisième position du championnat.', 3, 'position', undefined, [], 'troisième position'],
  ['en', 'KV Oostende finished the season in fourth place after the victory.', 4, 'place', undefined, [], 'fourth place'],
  // metrics/<lang>/currency-elided: a list of amounts whose currency is written once
  ['fr', 'Mentionnons Orange (+ 89,2 %, à 1,1 milliard d’euros), Kering (+ 129,3 %, à 423 millions), Renault (+ 86,4 %, à 1,4 milliard).', 4.23e8, 'EUR', undefined, [], '423 millions'],
  ['fr', 'Mentionnons Orange (+ 89,2 %, à 1,1 milliard d’euros), Kering (+ 129,3 %, à 423 millions), Renault (+ 86,4 %, à 1,4 milliard).', 1.4e9, 'EUR', undefined, [], '1,4 milliard'],
  ['fr', 'Total garde le pompon, avec un résultat net de 5 milliards d’euros, devant BNP Paribas (4,2 milliards, + 14,1 %).', 4.2e9, 'EUR', undefined, [], '4,2 milliards'],
  ['fr', 'Ces sociétés ont réalisé plus de 25 milliards d’euros de bénéfices. Avec Axa et BNP Paribas, la moisson atteint les 35 milliards.', 3.5e10, 'EUR', undefined, [], '35 milliards'],
  ['en', 'Revenue rose 53 percent to $3.42 billion, while the unit lost 1.2bn in the quarter.', 1.2e9, 'USD', undefined, [], '1.2bn'],
  // metrics/elided-distribution: shares of the count before, each for a named beneficiary
  ['fr', "L'armée de Terre compte 114 468 hommes, contre 35 327 pour la Marine et 40 785 pour l'armée de l'Air.", 35327, 'homme', null, ['Marine'], '35 327'],
  ['fr', "L'armée de Terre compte 114 468 hommes, contre 35 327 pour la Marine et 40 785 pour l'armée de l'Air.", 40785, 'homme', null, ["armée de l'Air"], '40 785'],
  ['fr', 'Les législatives offrent une majorité de 350 sièges à Emmanuel Macron (308 pour La République en Marche et 42 pour le Modem).', 42, 'siège', null, ['Modem'], '42'],
  ['en', 'Labour won 200 seats, against 150 for the Conservatives and 12 for the Greens.', 150, 'seat', null, ['Conservatives'], '150'],
  // metrics/elided-total: the whole a count is taken from
  ['fr', 'La liste de Valérie Pécresse obtient 121 sièges sur 209.', 209, 'siège', null, [], '209'],
  ['en', 'Results show the ruling party will have at least 50 seats out of 75 available.', 75, 'seat', null, [], '75'],
  // (« prochaines » stands before the noun)
  ['fr', 'Les 3 prochains matchs seront décisifs pour le club.', 3, 'match', null, [], '3 prochains matchs'],
];

describe('metric recall on news: should find (value, unit, change, subject keywords, evidence)', () => {
  test.each<Row>(FIND)('%s: %s → %d %s', (lang, text, value, unit, change, keys, fragment) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    if (change !== undefined) expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
    expect(m!.evidence.text).toContain(fragment);
    expect(text.slice(m!.evidence.start, m!.evidence.end)).toBe(m!.evidence.text);
  });
});

/** [language, text, value, unit] that must not be produced */
type NotRow = [Language, string, number, string];

const NOT: NotRow[] = [
  // an age and a clock time after « à » stay no duration
  ['fr', 'Il est mort à 85 ans dans sa maison.', 85, 'an'],
  ['fr', 'La réunion commence à 14 heures.', 14, 'heure'],
  // « dix-huit » is one number, not 8
  ['fr', "Il a été condamné à dix-huit mois d'emprisonnement.", 8, 'mois'],
  // idioms with « premier », "first": no rank
  ['fr', 'Les agriculteurs exposés au glyphosate au premier rang ne montrent pas de risque accru.', 1, 'rang'],
  ['en', 'In the first place, the court had no jurisdiction.', 1, 'place'],
  // a scaled figure with a noun of its own, or in a sentence without money, is no amount
  ['fr', 'Le groupe a gagné 2 millions d’euros. La ville compte 3 millions d’habitants.', 3e6, 'EUR'],
  ['en', 'The region has 23 million inhabitants, and 5 million live in the capital.', 5e6, 'USD'],
  // the base of a ratio is no total; a share for a common noun is no distribution
  ['fr', 'Huit véhicules sur dix étaient garés au mauvais endroit.', 10, 'véhicule'],
  ['en', 'The firm hired 300 engineers and paid 20 for lunch.', 20, 'engineer'],
  // « les 6 prochaines années » is a time reference, not a count of « prochaine »
  ['fr', 'Elle va diriger la région pour les 6 prochaines années.', 6, 'prochaine'],
];

describe('metric recall on news: should not find', () => {
  test.each<NotRow>(NOT)('%s: %s (%d %s)', (lang, text, value, unit) => {
    expect(findMetric(metricsOf(text, lang), value, unit)).toBeUndefined();
  });
});
