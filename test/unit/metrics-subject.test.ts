/**
 * The metric subject grammar (src/extractors/metrics-subject.ts), English and French, on news phrasing: the measured noun
 * phrase with its premodifiers, complements and owner; bracketed figures; amounts that modify a noun; labels before a
 * colon; compared figures; direction from signs, "down from", from–to moves. Should-find rows give the exact subject and
 * change; should-not rows a reporting clause, an auxiliary or a date that must not be in the subject.
 */
import type { Language } from '../../src/types.js';
import { findMetric, metricsOf } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, sentence, value, unit, exact subject, change] */
type Row = [Language, string, number, string, string | null, Change];

describe('metric subject grammar: exact subject and change', () => {
  test.each<Row>([
    // the grammatical subject of a change verb, premodifier and complement included (metrics/subject/premodifier)
    ['en', 'New vehicle sales in the Houston area plunged 10 percent in October.', 10, '%', 'New vehicle sales in the Houston area', 'decrease'],
    ['en', 'Home Depot shares fell 5% on Tuesday.', 5, '%', 'Home Depot shares', 'decrease'],
    ['fr', 'Les désinstallations de ChatGPT auraient bondi de 200 % en un week-end.', 200, '%', 'désinstallations de ChatGPT', 'increase'],
    ['fr', "Le chiffre d'affaires de Renault est en recul de 3 %.", 3, '%', "chiffre d'affaires de Renault", 'decrease'],
    // bracketed figures: the noun phrase before the bracket, a group after "pour" with the topic of its clause
    // (metrics/subject/bracket, metrics/subject/direction-sign)
    ['fr', 'Seules la Grèce (60,1 %) et l’Italie (57,6 %) sont en dessous.', 60.1, '%', 'Grèce', null],
    ['fr', 'Seules la Grèce (60,1 %) et l’Italie (57,6 %) sont en dessous.', 57.6, '%', 'Italie', null],
    ['fr', 'Entre 1998 et 2004, le pouvoir d’achat a stagné, progressant légèrement pour les cadres (+ 0,5 % par an) et les ouvriers (+ 0,6 %).',
      0.5, '%', 'pouvoir d’achat pour cadres', 'increase'],
    ['fr', 'Entre 1998 et 2004, le pouvoir d’achat a stagné, progressant légèrement pour les cadres (+ 0,5 % par an) et les ouvriers (+ 0,6 %).',
      0.6, '%', 'pouvoir d’achat ouvriers', 'increase'],
    ['fr', 'Les salaires ont baissé pour les employés (– 0,2 %).', 0.2, '%', 'salaires pour employés', 'decrease'],
    ['fr', 'Autre cause : la faiblesse de l’emploi des seniors (38 % des 55-64 ans sont en emploi, contre 44 % dans l’ensemble de l’Union).',
      38, '%', 'faiblesse de l’emploi des seniors (55-64 ans)', null],
    ['en', 'Prices went up in Spain (+ 2.1%) and in Italy (+ 1.4%) last month.', 1.4, '%', 'Italy', 'increase'],
    ['en', 'Retail sales in the euro zone (- 0.4%) disappointed investors.', 0.4, '%', 'Retail sales in the euro zone', 'decrease'],
    // a share of a whole written with digits (metrics/subject/share-of)
    ['fr', 'En 2004, 30 % des 15-24 ans étaient en emploi.', 30, '%', '15-24 ans', null],
    ['en', 'About 10% of the 18-24 year-olds turned out.', 10, '%', '18-24 year-olds', null],
    // a compared figure keeps its subject (metrics/subject/compare)
    ['fr', 'Autre cause : la faiblesse de l’emploi des seniors (38 % des 55-64 ans sont en emploi, contre 44 % dans l’ensemble de l’Union).',
      44, '%', 'faiblesse de l’emploi des seniors (55-64 ans) dans l’ensemble de l’Union', null],
    // counted nouns keep their complements and fixed post-modifiers (metrics/subject/counted-complement)
    ['fr', 'Trois membres du MoDem ont été entendus par les juges.', 3, 'membre', 'membres du MoDem', null],
    ['fr', 'Le chlorothalonil a été détecté dans 31 stations de mesure des eaux souterraines.', 31, 'station', 'stations de mesure des eaux souterraines', null],
    ['fr', 'Le parquet mène six enquêtes en cours sur ces emplois.', 6, 'enquête', 'enquêtes en cours', null],
    ['en', 'Three members of the board resigned on Friday.', 3, 'member', 'members of the board', null],
    ['fr', 'Parmi les victimes figurent 55 personnels de santé et humanitaires.', 55, 'personnel', 'personnels de santé et humanitaires', null],
    ['fr', 'La commission compte trois députés et trois sénateurs.', 3, 'député', 'députés', null],
    ['en', 'Dealers sold 30,154 new cars, trucks and SUVs in October.', 30154, 'car', 'new cars, trucks and SUVs', null],
    // an amount between a determiner or a possessive and a noun modifies that noun (metrics/subject/amount-modifier)
    ['en', 'Employees are waiting to hear when a $3 billion tender offer by SoftBank will be launched.', 3e9, 'USD', 'tender offer by SoftBank', null],
    ['en', 'He personally brokered its $1 billion buyout of Instagram last year.', 1e9, 'USD', 'buyout of Instagram', null],
    ['en', 'Yahoo’s $4.8 billion sale to Verizon is a complicated beast.', 4.8e9, 'USD', 'Yahoo sale to Verizon', null],
    ['en', 'Yahoo can accept a superior offer by paying a $144 million breakup fee to Verizon.', 144e6, 'USD', 'breakup fee to Verizon', null],
    ['en', 'Officials asked whether a 15 percent tariff imposed on consumer goods in September would remain.', 15, '%', 'tariff imposed on consumer goods', null],
    // a label before a colon names the figure (metrics/subject/colon-label)
    ['fr', 'Coût de l’opération : 100 000 euros, selon le parquet.', 100000, 'EUR', 'Coût de l’opération', null],
    ['en', 'Total cost of the program: $4 billion, the agency said.', 4e9, 'USD', 'Total cost of the program', null],
    // direction after the figure (metrics/subject/direction-from)
    ['en', 'Benchmark 10-year notes last rose 6/32 in price to yield 1.786%, down from 1.808% late on Monday.', 1.786, '%', 'Benchmark 10-year notes yield', 'decrease'],
    ['en', 'The 30-year bond last rose 19/32 in price to yield 2.252%, from 2.293% late on Monday.', 2.252, '%', '30-year bond yield', 'decrease'],
    ['en', 'The jobless rate stood at 4.1% in May, up from 3.9% a year earlier.', 4.1, '%', 'jobless rate', 'increase'],
    ['fr', 'Le taux de chômage atteint 7,4 %, en baisse par rapport au trimestre précédent.', 7.4, '%', 'taux de chômage', 'decrease'],
    // the grammatical subject of a copula, past an incidental between commas (metrics/subject/clause-subject)
    ['fr', "La participation au second tour de l'élection présidentielle, les 16 et 17 juin, a été de 51 %.", 51, '%', "participation au second tour de l'élection présidentielle", null],
    ['fr', 'Selon lui, l’immigration canadienne, pour ne citer qu’elle, est à plus de 60 % une immigration de travail.', 60, '%', 'immigration canadienne', null],
    ['en', 'Turnout in the runoff, held on Sunday, was 51%.', 51, '%', 'Turnout in the runoff', null],
    // a from–to move that names no direction (metrics/subject/direction-from-to)
    ['fr', 'Le nombre de messages est passé de 12 000 à 9 000 messages en un mois.', 9000, 'message', null, 'decrease'],
    ['en', 'The share of nuclear power in electricity production went from 75% to 50% in ten years.', 50, '%', null, 'decrease'],
    ['en', 'Officials found 2,209 Britons safe while 393 could not be reached.', 393, 'briton', 'reached', null],
    ['fr', 'La popularité du sujet a explosé, passant de près de 0 à 60 000 tweets en une journée.', 60000, 'tweet', 'tweets', 'increase'],
    // a gap of change adjuncts between the verb and the level reached names nothing: the verb's subject is measured
    // (metrics/subject-change-adjunct)
    ['en', 'Defence spending in the region jumped by a third last year to nearly 60 billion euros.', 60e9, 'EUR', 'Defence spending in the region', 'increase'],
    ['en', 'Revenue rose in March to $4 billion.', 4e9, 'USD', 'Revenue', 'increase'],
    ['en', 'Sales rose by half to 3 billion euros.', 3e9, 'EUR', 'Sales', 'increase'],
    ['fr', "Les dépenses militaires ont bondi d'un tiers l'an dernier à près de 60 milliards d'euros.", 60e9, 'EUR', 'dépenses militaires', 'increase'],
    // (an object between the verb and the figure stays the subject: « réduire ses effectifs de 8 % »)
    ['fr', 'Le groupe va réduire ses effectifs de 8 % cette année.', 8, '%', 'groupe effectifs', 'decrease'],
  ])('%s: %s → %d %s', (lang, text, value, unit, subject, change) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    if (subject !== null) expect(m!.subject).toBe(subject);
    expect(m!.change).toBe(change);
  });
});

describe('metric subject grammar: never a clause or a date', () => {
  test.each<[Language, string, number, string, string[]]>([
    ['en', 'More than 4,000 people are expected to receive notice this week.', 4000, 'person', ['are', 'expected']],
    ['en', 'Company management said comparable-store sales growth in 2019 will be 3.5%.', 3.5, '%', ['said', 'management']],
    ['fr', '2 209 Français ont été localisés sains et saufs.', 2209, 'français', ['ont', 'été']],
    ['fr', 'Il crée 3 000 emplois d’ici 2020.', 3000, 'emploi', ['ici', '2020']],
    ['en', 'Sales rose 3% in the first quarter (+ 3%).', 3, '%', ['quarter']],
    ['fr', 'Les ventes ont progressé au premier trimestre (+ 3 %).', 3, '%', ['trimestre']],
    ['en', 'The company raised $12.9bn (£10bn) from its listing.', 10e9, 'GBP', ['12']],
    ['en', 'It was 51% on Sunday.', 51, '%', ['it', 'sunday']],
    ['fr', 'Il était de 51 % dimanche.', 51, '%', ['il', 'dimanche']],
    ['fr', 'Autre mesure : 88 % des héritages seront exonérés.', 88, '%', ['autre', 'mesure']],
    ['en', 'The cuts would be substantial: 9.9% for workers retiring in 2022.', 9.9, '%', ['substantial']],
  ])('%s: %s', (lang, text, value, unit, banned) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    const subject = (m!.subject ?? '').toLowerCase().split(/[\s’']+/u);
    for (const w of banned) expect(subject).not.toContain(w.toLowerCase());
  });
});
