import { extractMetrics, singular } from '../../src/extractors/metrics.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { analyse } from '../../src/analyse.js';
import type { Language, Metric } from '../../src/types.js';

type M = Omit<Metric, 'id'>;

const metrics = (text: string, lang: Language): M[] =>
  extractMetrics(analyse(text, lang), { actors: new ActorIndex([]), quotes: [] });

const NNBSP = '\u202f';

/** Strips accents and case, as the scorer compares subjects. */
const fold = (s: string | null): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('metrics: should find (value, unit, change, subject keywords)', () => {
  test.each([
    ['fr', 'Selon plusieurs médias, les désinstallations de ChatGPT auraient bondi de 200 % en un week-end.', 200, '%', 'increase', ['désinstallations', 'ChatGPT']],
    ['fr', `Les ventes ont chuté de 12${NNBSP}% au premier trimestre.`, 12, '%', 'decrease', ['ventes']],
    ['fr', 'Hewlett-Packard va supprimer 520 postes en France.', 520, 'poste', 'decrease', ['postes']],
    ['fr', 'Le groupe a annoncé une baisse de 3 % de son chiffre d\'affaires.', 3, '%', 'decrease', ['chiffre d\'affaires']],
    ['fr', 'Les impôts augmenteront de 7,2 milliards d\'euros en 2012.', 7.2e9, 'EUR', 'increase', ['impôts']],
    ['fr', 'Le chômage est en recul de 0,4 point sur un an.', 0.4, 'pp', 'decrease', ['chômage']],
    ['fr', 'Des pirates ont volé près de 3 millions d\'euros.', 3e6, 'EUR', null, ['volé']],
    ['fr', 'Quatre personnes ont été arrêtées.', 4, 'personne', null, ['personnes', 'arrêtées']],
    ['fr', 'Il y a eu 261 cas de « réelle » fraude.', 261, 'cas', null, ['fraude']],
    ['fr', 'La mesure vise les entreprises de plus de 20 salariés.', 20, 'salarié', null, ['entreprises']],
    ['fr', 'La prévision ne table plus que sur une croissance de 0,3 % pour 2012.', 0.3, '%', null, ['croissance']],
    ['fr', 'Le gazole est vendu 1,2 € le litre.', 1.2, 'EUR', null, []],
    ['fr', 'Soixante-dix-sept salariés ont signé la pétition.', 77, 'salarié', null, ['salariés']],
    ['en', 'ChatGPT uninstalls reportedly jumped 200% after the deal.', 200, '%', 'increase', ['uninstalls', 'ChatGPT']],
    ['en', 'The deal is to cost $11.5bn.', 11.5e9, 'USD', null, ['deal']],
    ['en', 'The new company will have $55 billion in annual revenue.', 55e9, 'USD', null, ['revenue']],
    ['en', 'Shares soared; Sears was up 22 percent on Wednesday.', 22, '%', 'increase', ['Sears']],
    ['en', 'Kmart gained 15 percent.', 15, '%', 'increase', ['Kmart']],
    ['en', 'The Pentagon signed a USD$23 billion dollar deal.', 23e9, 'USD', null, ['deal']],
    ['en', 'It planned to lease 100 mid-air tanker aircraft to replace its fleet.', 100, 'aircraft', null, ['tanker aircraft']],
    ['en', 'The crash killed 153 passengers.', 153, 'passenger', null, ['passengers']],
    ['en', 'Benefits would be reduced to 20% of pre-retirement earnings.', 20, '%', 'decrease', ['pre-retirement earnings']],
    ['en', 'Inflation rose 2 percentage points last year.', 2, 'pp', 'increase', []],
    ['en', 'Twenty-three workers were laid off.', 23, 'worker', null, ['workers']],
    ['en', 'The Bank of England raised interest rates by 0.25 percentage points to 5.25%.', 5.25, '%', 'increase', ['interest rates']],
    ['en', 'Acme bought a 10% stake in Beta.', 10, '%', null, ['stake in Beta']],
    ['fr', 'Le bénéfice net a progressé de 12 %, à 1,2 milliard d\'euros.', 1.2e9, 'EUR', 'increase', ['bénéfice net']],
    ['fr', 'Le taux de chômage a reculé de 0,4 point, à 9,7 %.', 9.7, '%', 'decrease', ['taux de chômage']],
    ['en', 'Benefits are calculated from their 35 highest-paid years.', 35, 'year', null, ['highest-paid years']],
    ['fr', 'La capsule restera 18 jours accrochée à la station.', 18, 'jour', null, ['capsule']],
    ['fr', 'Il a été condamné à une peine de 20 ans de prison.', 20, 'an', null, []],
    ['fr', 'Une vingtaine d\'États sont victimes d\'inondations.', 20, 'état', null, ['états']],
    ['fr', 'Les vents soufflent à plus de 125 km/h.', 125, 'km/h', null, []],
    ['fr', 'Plus de 8 millions de foyers sont privés d\'électricité.', 8e6, 'foyer', null, ['foyers']],
    ['fr', 'Le parti récupère 10 des 17 ministères.', 10, 'ministère', null, ['ministères']],
    ['fr', 'Le gouvernement compte 14 secrétaires d\'État.', 14, 'secrétaire d\'État', null, []],
    ['fr', 'Le texte a été rejeté par 478 voix contre.', 478, 'voix', null, ['contre']],
    ['en', 'Four NBA players were suspended.', 4, 'player', null, ['players']],
    ['en', 'He faces nine counts of kidnapping.', 9, 'count', null, ['kidnapping']],
    ['en', 'He faces one count of murder.', 1, 'count', null, ['murder']],
    ['en', 'The league handed him a 5 game suspension.', 5, 'game', null, []],
    // the clitic « en » stands for the noun of the count before (ruleId metrics/fr/count, cliticCount)
    ['fr', 'Airbus a livré 735 avions en 2023. Boeing en a livré 528.', 528, 'avion', null, ['Boeing', 'avions']],
    ['fr', 'La France compte 12 centrales. L\'Allemagne en possède 17 depuis 2020.', 17, 'centrale', null, ['Allemagne']],
    // a sentence-opening pronoun stands for the subject of the sentence before (ruleId metrics/subject/pronoun-antecedent)
    ['fr', 'Le chômage a encore reculé. Il s\'établit à 7,1 % au troisième trimestre.', 7.1, '%', null, ['chômage']],
    ['en', 'Inflation has eased again. It stood at 2.4% in September.', 2.4, '%', null, ['Inflation']],
    // a dotted abbreviation between the number and its noun is one word (wordsAfter); a comparative quantifier is skipped, and gives the direction (ruleId metrics/comparative-direction)
    ['en', 'Some 200 U.S. military personnel are in the country.', 200, 'personnel', null, ['U.S. military personnel']],
    ['en', 'Washington will send 1,500 more troops.', 1500, 'troops', 'increase', ['troops']],
    ['en', 'The plant will employ 200 fewer workers.', 200, 'worker', 'decrease', ['workers']],
    // a change noun with its adjectives names what is measured (ruleId metrics/subject-change-noun-adjective)
    ['fr', 'Le groupe a enregistré une perte nette de 1,2 milliard d\'euros en 2023.', 1.2e9, 'EUR', 'decrease', ['perte nette']],
    ['en', 'The group posted a net loss of $1.2 billion in 2023.', 1.2e9, 'USD', 'decrease', ['net loss']],
    // an amount in an apposition values the noun phrase before the comma (ruleId metrics/subject-valued-apposition)
    ['en', 'Microsoft\'s purchase of Activision, valued at $69 billion, was approved.', 69e9, 'USD', null, ['purchase of Activision']],
    ['fr', 'Le rachat, d\'un montant de 13 milliards de dollars, doit être finalisé en 2025.', 13e9, 'USD', null, ['rachat']],
  ] as const)('%s: %s', (lang, text, value, unit, change, keys) => {
    const ms = metrics(text, lang);
    const m = ms.find((x) => Math.abs(x.value - value) < 1e-6 * Math.max(1, value) && x.unit === unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(fold(m!.subject)).toContain(fold(k));
    expect(text.slice(m!.evidence.start, m!.evidence.end)).toBe(m!.evidence.text);
    expect(m!.text).toBe(m!.evidence.text);
    expect(m!.ruleId).toMatch(/^metrics\/(en|fr)\//);
  });
});

describe('metrics: qualifiers, ranges, per-unit', () => {
  test.each([
    ['fr', 'La manifestation a réuni près de 75 000 personnes.', { value: 75000, unit: 'personne', qualifier: 'approximate' }],
    ['fr', 'Plus de 13 000 comptes bancaires ont été piratés.', { value: 13000, unit: 'compte', qualifier: 'more-than' }],
    ['fr', 'La hausse sera comprise entre 3 et 5 % selon le ministère.', { value: 3, valueMax: 5, unit: '%' }],
    ['en', 'He promised up to $500 million a year in savings.', { value: 5e8, unit: 'USD', qualifier: 'at-most', per: 'year' }],
    ['en', 'Analysts expect between $2bn and $3bn of losses.', { value: 2e9, valueMax: 3e9, unit: 'USD' }],
    ['en', 'Oil traded at $55.12 per barrel.', { value: 55.12, unit: 'USD', per: 'barrel' }],
    ['fr', 'Le loyer coûte 10 000 euros par an.', { value: 10000, unit: 'EUR', per: 'an' }],
    ['en', 'The chain has nearly 3,500 retail stores.', { value: 3500, unit: 'store', qualifier: 'approximate' }],
    ['en', 'The fund is worth about $2bn.', { value: 2e9, unit: 'USD', qualifier: 'approximate' }],
    ['en', 'Between 3 and 5 million people fled the city.', { value: 3e6, valueMax: 5e6, unit: 'person' }],
    ['fr', 'Entre 2 et 3 millions de personnes ont fui.', { value: 2e6, valueMax: 3e6, unit: 'personne' }],
    ['en', 'The city has 1.5m people.', { value: 1.5e6, unit: 'person' }],
    ['en', 'Sales rose 3-5% last year.', { value: 3, valueMax: 5, unit: '%', change: 'increase' }],
  ] as const)('%s: %s', (lang, text, expected) => {
    const ms = metrics(text, lang);
    // a range gives each bound as a metric, the upper one on the same evidence (ruleId metrics/<lang>/range-upper)
    const max = (expected as { valueMax?: number }).valueMax;
    expect(ms).toHaveLength(max === undefined ? 1 : 2);
    expect(ms[0]).toMatchObject(expected);
    if (max !== undefined) {
      expect(ms[1]).toMatchObject({ value: max, unit: expected.unit, evidence: ms[0]!.evidence });
      expect(ms[1]!.ruleId).toMatch(/\/range-upper$/);
    }
  });
});

describe('metrics: should not find', () => {
  test.each([
    ['fr', 'Le 26 juin 2012, la banque a été attaquée.'],
    ['fr', 'Ces postes seront supprimés d\'ici à 2014.'],
    ['fr', 'Jean Dupont, 42 ans, a été nommé directeur.'],
    ['fr', 'Il est âgé de 42 ans.'],
    ['fr', 'La réunion a lieu à 14 h 30 au 12 rue de Rivoli.'],
    ['fr', 'Un homme a été arrêté. Une femme aussi.'],
    ['fr', 'Il est arrivé il y a trois ans à Paris.'],
    ['fr', 'Le vote aura lieu à 14 heures.'],
    ['fr', 'Il est mort à 85 ans.'],
    ['fr', 'Un homme de 42 ans a été interpellé.'],
    ['fr', 'Un lycéen de 17 ans a été blessé.'],
    ['fr', 'Des jeunes âgés d\'environ 18 ans ont été interpellés.'],
    ['fr', 'Ces deux dernières années ont été difficiles.'],
    ['fr', 'Appelez le 01 23 45 67 89 avant le 3 juillet.'],
    ['fr', 'Voir la page 12 et l\'article 5.'],
    ['fr', 'Les cinq grandes banques belges sont concernées.'],
    ['en', 'On November 17, 2004, the companies announced the merger.'],
    ['en', 'In 2004 the deal was signed.'],
    ['en', 'John Smith, aged 42, was appointed.'],
    ['en', 'He is a 42-year-old engineer.'],
    ['en', 'The Boeing 767 is a wide-body aircraft.'],
    ['en', 'They met at 10:30 a.m. on Monday.'],
    ['en', 'One analyst said a one page memo was sent.'],
    ['en', 'The two stores will keep their names.'],
    ['en', 'The plant closed three years ago.'],
    ['en', 'The engineer is 42 years old.'],
    ['en', 'He said he would run again.'],
    ['en', 'At one point, one of the officers left.'],
    ['fr', 'Une femme et un homme ont été arrêtés.'],
    ['en', 'The score was 3-1 in the 2011-2012 season.'],
    ['en', 'How do I calculate a percentage?'],
    ['en', 'He won the 100m sprint in 2011-2012.'],
    ['fr', 'Les 10 autres sont partis.'],
    ['fr', 'Falcon 9 emporte la capsule.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(metrics(text, lang).map((m) => m.text)).toEqual([]);
  });
});

describe('metrics: French clitic « en » and dates after a definite time noun', () => {
  it('reads no count where « en » is a preposition (« en moyenne », « en 2022 »)', () => {
    expect(metrics('Le groupe a vendu 300 voitures. Ils étaient en tout 12.', 'fr').map((m) => m.value)).toEqual([300]);
    expect(metrics('Le groupe a vendu 300 voitures. En 2022 il était 12e.', 'fr').every((m) => m.unit !== 'voiture' || m.value === 300)).toBe(true);
  });
  it('reads the period of a change as no quantity (« en cinq ans », "over the past five years"), a stay as one', () => {
    expect(metrics('Les exportations ont bondi de 47 % en cinq ans.', 'fr').map((m) => [m.value, m.unit])).toEqual([[47, '%']]);
    expect(metrics('Exports rose 12% over the past five years.', 'en').map((m) => [m.value, m.unit])).toEqual([[12, '%']]);
    expect(metrics('La capsule restera 18 jours dans l\'espace.', 'fr').map((m) => [m.value, m.unit])).toEqual([[18, 'jour']]);
  });
  it('reads « l\'an dernier » as a date, « l\'an » alone as a rate', () => {
    const last = metrics('Le pays a produit 3 millions de tonnes l\'an dernier.', 'fr');
    expect(last.map((m) => [m.value, m.unit, m.per ?? null, m.text])).toEqual([[3e6, 'tonne', null, '3 millions de tonnes']]);
    const rate = metrics('Le pays produit 3 millions de tonnes l\'an.', 'fr');
    expect(rate.map((m) => [m.value, m.unit, m.per ?? null])).toEqual([[3e6, 'tonne', 'an']]);
  });
});

describe('metrics: counted-noun singulars', () => {
  test.each([
    ['passengers', 'en', 'passenger'], ['companies', 'en', 'company'], ['taxes', 'en', 'tax'], ['aircraft', 'en', 'aircraft'],
    ['people', 'en', 'person'], ['postes', 'fr', 'poste'], ['journaux', 'fr', 'journal'], ['cas', 'fr', 'cas'],
    ['bateaux', 'fr', 'bateau'], ['emplois', 'fr', 'emploi'], ['prix', 'fr', 'prix'],
    // compounds: prepositions stay, verb-headed and « sans » compounds keep their form, other parts inflect
    ['sous-marins', 'fr', 'sous-marin'], ['porte-avions', 'fr', 'porte-avions'], ['sans-abri', 'fr', 'sans-abri'],
    ['hors-la-loi', 'fr', 'hors-la-loi'], ['avant-postes', 'fr', 'avant-poste'], ['années-lumière', 'fr', 'année-lumière'],
    ['co-founders', 'en', 'co-founder'],
  ] as const)('%s (%s) → %s', (w, lang, s) => {
    expect(singular(w, lang)).toBe(s);
  });
});
