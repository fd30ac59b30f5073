/**
 * Metric patterns of modern business and political news (Reuters, newspapers, Swiss, Canadian, Tunisian press) in
 * English and French, one block per rule: counts through a product designation, range bounds, ranks, demonyms, a part
 * in the scale of its whole, elided subsets, ratio units, French month before a count, and the subjects of business
 * figures (agent of the verb, price levels, per-unit, price for a name, payee, holder, share of a subset, noun of noun).
 * Should-find rows give value, unit, change and subject keywords (compared as the scorer does: folded, substring);
 * should-not rows give what must not be produced.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, text, value, unit, change, subject keywords, ruleId family] */
type Row = [Language, string, number, string, Change, string[], string];

const FIND: Row[] = [
  // metrics/count-model
  ['en', "Emirates finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets.", 30, 'jet', null, ['787-9 Dreamliner jets'], 'count-model'],
  ['en', 'Emirates announced an order of 50 Airbus A350-900 jets on Monday.', 50, 'jet', null, ['Airbus A350-900 jets'], 'count-model'],
  ['en', 'Airlines grounded roughly 400 737 Max jets worldwide.', 400, 'jet', null, ['737 Max jets'], 'count-model'],
  ['en', 'Boeing booked five 787 Dreamliner sales at the show.', 5, 'sale', null, ['787 Dreamliner sales'], 'count-model'],
  ['en', 'Boeing attracted bids for some 60 of the embattled 737 Max jet from SunExpress.', 60, 'jet', null, ['737 Max jet'], 'count-model'],
  ['en', 'The Air Force proposal to acquire 100 Boeing 767 aerial tankers was criticised.', 100, 'tanker', null, ['767 aerial tankers'], 'count-model'],
  ['en', 'The navy will buy 35 F-35 jets.', 35, 'jet', null, ['F-35 jets'], 'count-model'],
  // metrics/range-upper, numbers/range-shared-scale, numbers/range-count
  ['en', 'China offered $40-50 billion in annual purchases of farm goods.', 4e10, 'USD', null, ['annual purchases'], 'range'],
  ['en', 'China offered $40-50 billion in annual purchases of farm goods.', 5e10, 'USD', null, ['annual purchases'], 'range'],
  ['en', 'The 787-9, seating 242 to 330 passengers, is cheaper.', 242, 'passenger', null, ['passengers'], 'range'],
  ['en', 'The 787-9, seating 242 to 330 passengers, is cheaper.', 330, 'passenger', null, ['passengers'], 'range'],
  ['fr', 'Le taux varie entre 33 et 38 % selon les régions.', 38, '%', null, [], 'range'],
  ['fr', 'Chaque avion emporte de 150 à 200 passagers.', 200, 'passager', null, ['passagers'], 'range'],
  // metrics/rank
  ['fr', 'La Tunisie a régressé à la 142e position.', 142, 'position', 'decrease', ['Tunisie'], 'rank'],
  ['fr', 'Quant à la participation des femmes dans la vie politique, la Tunisie est classée à la 67e position au niveau mondial.', 67, 'position', null, ['participation des femmes'], 'rank'],
  ['fr', 'Le pays occupe la 124e place au niveau mondial.', 124, 'place', null, [], 'rank'],
  ['en', 'The team fell to 12th place in the league.', 12, 'place', 'decrease', ['team'], 'rank'],
  // metrics/count-demonym
  ['fr', '2 209 Français ont été localisés sains et saufs.', 2209, 'français', null, ['Français', 'localisés'], 'demonym'],
  ['fr', 'Environ 400 Allemands ont demandé à être rapatriés.', 400, 'allemand', null, ['Allemands'], 'demonym'],
  ['en', 'Three Americans were killed in the attack.', 3, 'american', null, ['Americans', 'killed'], 'demonym'],
  // metrics/partitive-scale
  ['fr', "Le séisme touche huit des 28 millions d'habitants du Népal.", 8e6, 'habitant', null, ['habitants'], 'partitive-scale'],
  ['en', 'The drought hit two of the 10 million residents.', 2e6, 'resident', null, ['residents'], 'partitive-scale'],
  // closing quote mark between a figure and its noun
  ['fr', 'Les autorités sont sans nouvelles «d’encore plus de 200» personnes.', 200, 'personne', null, ['personnes'], 'quote'],
  // metrics/elided-subset
  ['fr', "Elles ont dressé 333 constats d'infraction, dont 324 concernant le port du casque.", 324, 'constat', null, ['port du casque'], 'elided-subset'],
  ['fr', '2 209 Français ont été localisés tandis que 393 n’ont pas encore pu être joints.', 393, 'français', null, ['joints'], 'elided-subset'],
  ['en', 'Officials found 2,209 Britons safe while 393 could not be reached.', 393, 'briton', null, ['reached'], 'elided-subset'],
  // metrics/ratio-unit and concentration symbols
  ['fr', 'Dans 20 cas, la limite légale de 0,1 microgramme par litre a été dépassée.', 0.1, 'microgramme par litre', null, ['limite légale'], 'ratio-unit'],
  ['en', 'The legal limit of 0.1 micrograms per litre was exceeded.', 0.1, 'microgram per litre', null, ['limit'], 'ratio-unit'],
  ['fr', "La limite de 1g/l pour l'eau potable est dépassée.", 1, 'g/l', null, ['limite'], 'ratio-unit'],
  // French month before a count
  ['fr', "L'Office a banni en juin 12 pesticides contenant du chlorpyrifos.", 12, 'pesticide', null, ['pesticides'], 'month-count'],
  // metrics/subject-agent
  ['en', 'Earlier this year, GateHouse reportedly laid off more than 60 employees.', 60, 'employee', 'decrease', ['employees', 'GateHouse'], 'agent'],
  ['en', 'McClatchy reported a loss of $304.7 million last year.', 304.7e6, 'USD', 'decrease', ['loss', 'McClatchy'], 'agent'],
  ['fr', 'Le séisme a fait près de 5 500 morts.', 5500, 'mort', null, ['séisme', 'morts'], 'agent'],
  ['fr', "L'attaque a fait 14 morts dans la capitale.", 14, 'mort', null, ['attaque', 'morts'], 'agent'],
  // metrics/subject-price-level
  ['en', 'Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.', 185.25, 'USD', null, ['Alibaba shares'], 'price-level'],
  ['en', 'Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.', 0.35, '%', 'increase', ['Alibaba shares'], 'price-level'],
  ['fr', "L'action Renault a clôturé mardi à 45 euros.", 45, 'EUR', null, ['action Renault'], 'price-level'],
  // metrics/subject-per, metrics/subject-price-for
  ['en', 'In December, the firm bid $16.50 per share for Tribune.', 16.5, 'USD', null, ['per share', 'Tribune'], 'per'],
  ['en', 'Ferro sold his stake for $13 a share.', 13, 'USD', null, ['share'], 'per'],
  ['fr', "Le groupe a offert 45 euros par action pour Tribune.", 45, 'EUR', null, ['par action', 'Tribune'], 'per'],
  // metrics/subject-payment
  ['en', 'It could not make a required minimum contribution of $124 million to its pension fund next year.', 124e6, 'USD', null, ['minimum contribution', 'pension fund'], 'payment'],
  ['fr', "L'entreprise doit faire un versement de 3 millions d'euros à la caisse de retraite.", 3e6, 'EUR', null, ['versement', 'caisse de retraite'], 'payment'],
  // metrics/subject-held-by
  ['en', 'Alden acquired the entire 25.2% stake held by Tribune’s former chairman.', 25.2, '%', null, ['stake', 'Tribune'], 'held-by'],
  ['fr', 'Le fonds rachète une part de 25 % détenue par Bolloré.', 25, '%', null, ['Bolloré'], 'held-by'],
  // metrics/subject-subset-share
  ['fr', 'Elles ont enregistré 365 000 déplacements entre le 21 juin et le 15 novembre 2019, dont 61 % en trottinettes.', 61, '%', null, ['déplacements', 'trottinettes'], 'subset-share'],
  ['en', 'Riders made 365,000 trips last year, including 61% on scooters.', 61, '%', null, ['trips', 'scooters'], 'subset-share'],
  // metrics/subject-noun-of
  ['fr', 'Avec un taux de délinquance de 80 %, c’est un échec.', 80, '%', null, ['taux de délinquance'], 'noun-of'],
  ['en', 'The country has a rate of inflation of 3%.', 3, '%', null, ['rate of inflation'], 'noun-of'],
  // metrics/subject-bringing-total
  ['en', 'The five companies join nine others, bringing the total number of private moon lander hopefuls to 14 firms.', 14, 'firm', 'increase', ['private moon lander hopefuls'], 'bringing-total'],
  ['fr', "L'explosion a fait deux nouvelles victimes, portant le nombre de morts à 30 personnes.", 30, 'personne', 'increase', ['morts'], 'bringing-total'],
  // metrics/subject-spend-on, metrics/subject-worth, metrics/subject-raise-from
  ['en', 'NASA expects to spend a total of $2.6 billion on its CLPS contracts.', 2.6e9, 'USD', null, ['CLPS contracts'], 'spend-on'],
  ['fr', 'Une firme dépense en moyenne 250 millions de dollars pour ses études.', 2.5e8, 'USD', null, ['études'], 'spend-on'],
  ['en', 'Beijing wants tariffs on about $125 billion worth of Chinese goods removed.', 1.25e11, 'USD', null, ['Chinese goods'], 'worth'],
  ['en', 'Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing in Hong Kong.', 1.29e10, 'USD', null, ['Alibaba', 'second listing'], 'raise-from'],
  ['en', 'Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing in Hong Kong.', 1e10, 'GBP', null, ['Alibaba', 'second listing'], 'raise-from'],
  // metrics/subject-apposition-name
  ['en', 'Sacramento-based McClatchy, a chain of 30 newspapers including the Sacramento Bee, may be next.', 30, 'newspaper', null, ['newspapers', 'McClatchy'], 'apposition-name'],
  ['fr', "Le groupe Ebra, un réseau de 9 quotidiens régionaux, a été vendu.", 9, 'quotidien', null, ['quotidiens', 'Ebra'], 'apposition-name'],
  // metrics/subject-coordination, metrics/subject-money-of
  ['en', 'SoftBank agreed to inject $6.5 billion in debt and equity into WeWork.', 6.5e9, 'USD', null, ['debt and equity'], 'coordination'],
  ['fr', 'Bayer doit verser la somme record de 2 milliards de dollars de dommages et intérêts.', 2e9, 'USD', null, ['dommages et intérêts'], 'money-of'],
  // metrics/count-proper-modifiers
  ['en', 'One New York-listed share will be worth eight of its Hong Kong shares.', 8, 'share', null, ['Hong Kong shares'], 'proper-modifiers'],
  ['en', 'The city has 12 New York hospitals.', 12, 'hospital', null, ['New York hospitals'], 'proper-modifiers'],
  // metrics/en/compound-mass-noun (French writes « 263 organes de presse »: the complement rule reads it)
  ['en', 'It created a chain encompassing 263 daily news organizations.', 263, 'news organization', null, ['daily news organizations'], 'mass-noun'],
  ['en', 'Police arrested 12 arms dealers.', 12, 'arms dealer', null, ['arms dealers'], 'mass-noun'],
  ['fr', 'Le groupe réunit 263 organes de presse.', 263, 'organe', null, ['organes de presse'], 'mass-noun'],
  // a count of people near "proches" that is no source
  ['fr', 'Trois personnes proches de la victime ont témoigné.', 3, 'personne', null, ['personnes'], 'anonymous-sources'],
  // metrics/subject-cases, metrics/subject-ratio-passive
  ['fr', 'Et dans 20 cas, la limite légale de 0,1 microgramme par litre a été dépassée.', 20, 'cas', null, ['limite légale', 'dépassée'], 'cases'],
  ['en', 'In 20 cases, the legal limit was exceeded.', 20, 'case', null, ['legal limit', 'exceeded'], 'cases'],
  ['fr', 'En 2019, huit véhicules sur dix étaient garés au mauvais endroit.', 8, 'véhicule', null, ['véhicules', 'garés'], 'ratio-passive'],
  ['en', 'Eight cars out of ten were parked badly.', 8, 'car', null, ['cars', 'parked'], 'ratio-passive'],
  // passive with an adverb
  ['fr', 'Une trentaine de pesticides sont encore analysés.', 30, 'pesticide', null, ['pesticides', 'analysés'], 'passive-adverb'],
  ['fr', 'Une centaine de substances ont déjà été réexaminées.', 100, 'substance', null, ['substances', 'réexaminées'], 'passive-adverb'],
  ['en', 'Some 30 people were also killed.', 30, 'person', null, ['people', 'killed'], 'passive-adverb'],
];

describe('business metric patterns: should find (value, unit, change, subject keywords)', () => {
  test.each<Row>(FIND)('%s: %s → %d %s', (lang, text, value, unit, change, keys) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

/** [language, text, value, unit, the check: a word its subject must not hold, or absent (no such metric)] */
type NotRow = [Language, string, number, string, { notWord?: string; absent?: true }];

const NOT: NotRow[] = [
  // a model code is no count (metrics/count-model)
  ['en', 'Airlines grounded roughly 400 737 Max jets worldwide.', 737, 'jet', { absent: true }],
  ['en', 'Boeing booked five 787 Dreamliner sales at the show.', 787, 'sale', { absent: true }],
  // an adjective only after a partitive: "on a 1 for 1 basis" has no designation
  ['en', 'All KC135s need to be replaced on a 1 for 1 basis.', 1, 'basis', { notWord: 'for' }],
  // a French designation has no noun after it: an adjective is no unit
  ['fr', 'Air France a commandé 12 Airbus A320 neufs.', 12, 'neuf', { absent: true }],
  // a proper modifier without a code stays a proper modifier
  ['en', 'The army bought 12 Seahawk helicopters.', 12, 'seahawk', { absent: true }],
  // a score is no range, a date is no count
  ['en', 'Chelsea won 3-1 on Sunday.', 1, 'sunday', { absent: true }],
  ['en', 'On June 12 people marched.', 12, 'person', { absent: true }],
  // a demonym before a plural noun modifies it (the noun is counted)
  ['en', 'The 40 Chinese workers left.', 40, 'chinese', { absent: true }],
  // a coordinated clause is no subset of the count before (« et » is no subset opener)
  ['fr', 'Il a 3 voitures et 2 sont rouges.', 2, 'voiture', { absent: true }],
  // a participle with its object is no counted noun
  ['fr', 'Elles ont dressé 333 constats, dont 324 concernant le casque.', 324, 'concernant', { absent: true }],
  // a fiscal year is no name a price is paid for; a pronoun is no agent
  ['en', 'The project may have received as much as $50 million for FY2005.', 5e7, 'USD', { notWord: 'FY' }],
  ['en', 'He reportedly laid off 60 employees.', 60, 'employee', { notWord: 'he ' }],
  // a rank is taken in its own clause, not across « puisque »
  ['fr', 'Le classement est bas puisqu’il occupe la 124e place au niveau mondial.', 124, 'place', { notWord: 'classement est bas' }],
  // an adverbial « d'ici » is no complement of an amount; an adverb after "and" is no coordinated noun
  ['fr', "Le groupe a investi 3 milliards d'euros d'ici 2020.", 3e9, 'EUR', { notWord: 'ici' }],
  ['en', 'The firm has $5 billion in annual revenue and nearly 2,000 staff.', 5e9, 'USD', { notWord: 'nearly' }],
  // "a total of" qualifies the count: it is no subject
  ['en', 'The two crashes killed a total of 346 people.', 346, 'person', { notWord: 'total' }],
  // anonymous sources are no measurement (metrics/anonymous-sources)
  ['en', 'NYAG is investigating WeWork, according to two people familiar with the matter.', 2, 'person', { absent: true }],
  ['en', 'Three officials, who asked not to be named, confirmed it.', 3, 'official', { absent: true }],
  ['fr', 'Selon deux sources proches du dossier, le groupe va vendre.', 2, 'source', { absent: true }],
  // a time noun before a verb is no agent
  ['en', 'Police spent the day interviewing 35,000 people.', 35000, 'person', { notWord: 'day' }],
  // a share of a whole of its own after « dont » keeps that whole
  ['fr', 'Ils ont fait 365 000 trajets, dont 61 % des trajets longs.', 61, '%', { notWord: 'trajets trajets' }],
];

describe('business metric patterns: should not find', () => {
  test.each<NotRow>(NOT)('%s: %s', (lang, text, value, unit, not) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    if (not.absent) { expect(m).toBeUndefined(); return; }
    expect(m).toBeDefined();
    if (not.notWord) expect(foldSubject(m!.subject)).not.toContain(foldSubject(not.notWord));
  });
});
