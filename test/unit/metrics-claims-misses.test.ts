/**
 * Metrics and claims the blind half of the gold set held and factex missed (2026-12-01), generalised into language
 * patterns, in English and French: stock-index moves in points and the level reached, exchange rates, vote tallies and
 * breakdowns with their "(out of N)" totals, running tolls, odds, alert levels and scale ratings, hyphenated measures,
 * counts after a possessive, a partitive or coordinated modifiers, party members; and claims of plans and hopes with an
 * infinitive, negated beliefs, passive epistemic hedges, bare casualty reports, passive praise or judgment with its
 * agent, denials (« se défendre de », "rejected any wrongdoing"), « on apprend que », « noter » with an object.
 * Should-find rows give real values (metrics: value, unit, change, subject keywords; claims: modality, a piece of the
 * evidence, the attribution, the rule); should-not-find rows hold the look-alikes.
 */
import type { Language, Modality } from '../../src/types.js';
import type { ActorSpec } from '../helpers/actors.js';
import { claimsOf, findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, text, value, unit, change, subject keywords, rule id suffix] */
type MRow = [Language, string, number, string, Change, string[], string];

const M_FIND: MRow[] = [
  // metrics/index-points: points of a stock index, not percentage points
  ['en', 'The Dow Jones Industrial Average fell 102.2 points, or 0.37%, to 27,934.02.', 102.2, 'point', 'decrease', ['Dow Jones Industrial Average'], 'count'],
  ['en', 'The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66.', 20.72, 'point', 'increase', ['Nasdaq Composite'], 'count'],
  ['en', 'The FTSE 100 lost 12.5 points on Tuesday.', 12.5, 'point', 'decrease', ['FTSE 100'], 'count'],
  ['fr', 'Le CAC 40 a cédé 45,3 points, soit 0,8 %, à 5 432,10 points.', 45.3, 'point', 'decrease', ['CAC 40'], 'count'],
  // metrics/index-level
  ['en', 'The Dow Jones Industrial Average fell 102.2 points, or 0.37%, to 27,934.02.', 27934.02, 'point', 'decrease', ['Dow Jones Industrial Average'], 'index-level'],
  ['en', 'The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66.', 8570.66, 'point', 'increase', ['Nasdaq Composite'], 'index-level'],
  ['fr', 'Le CAC 40 a perdu 12,5 points, soit 0,2 %, à 5 432,10.', 5432.1, 'point', 'decrease', ['CAC 40'], 'index-level'],
  // metrics/change-verbs-markets
  ['en', 'The Japanese yen strengthened 0.13% versus the greenback.', 0.13, '%', 'increase', ['Japanese yen'], 'percent'],
  ['en', 'Spot gold added 0.1% to $1,472.19 an ounce.', 0.1, '%', 'increase', ['Spot gold'], 'percent'],
  // metrics/exchange-rate
  ['en', 'The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar.', 108.55, 'JPY', null, ['Japanese yen', 'dollar'], 'exchange-rate'],
  ['en', 'The Chinese yuan traded at 7.05 per dollar on Monday.', 7.05, 'CNY', null, ['yuan', 'dollar'], 'exchange-rate'],
  ['fr', "Le yen s'est apprécié à 108,55 pour un dollar.", 108.55, 'JPY', null, ['yen', 'dollar'], 'exchange-rate'],
  // metrics/vote-tally
  ['fr', 'Les députés ont adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi.', 438, 'voix', null, [], 'vote-tally'],
  ['fr', 'Les députés ont adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi.', 86, 'voix', null, ['contre'], 'vote-tally'],
  ['fr', 'La motion a été rejetée à 312 contre 210.', 210, 'voix', null, ['contre'], 'vote-tally'],
  ['en', 'The Senate voted 51-49 to pass the bill.', 51, 'vote', null, [], 'vote-tally'],
  ['en', 'Parliament voted 300 to 250, with 10 Labour MPs rebelling.', 250, 'vote', null, ['against'], 'vote-tally'],
  // metrics/vote-list and metrics/out-of-total
  ['fr', 'Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18) et 7 non-inscrits (sur 9).', 288, 'député', null, ['députés socialistes'], 'out-of-total'],
  ['fr', 'Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18) et 7 non-inscrits (sur 9).', 35, 'député', null, ['UMP', 'voté contre'], 'vote-list'],
  ['fr', 'Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18) et 7 non-inscrits (sur 9).', 11, 'député', null, ['écologistes'], 'count'],
  ['fr', 'Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18) et 7 non-inscrits (sur 9).', 9, 'député', null, ['non-inscrits'], 'out-of-total'],
  ['fr', 'Ont voté pour : 12 députés Front de gauche (sur 15).', 15, 'député', null, ['Front de gauche'], 'out-of-total'],
  ['en', 'The measure passed 68-32, with 12 Democrats (out of 47) voting yes.', 47, 'democrat', null, ['Democrats'], 'out-of-total'],
  ['en', 'The rebellion was led by 10 Labour MPs.', 10, 'mp', null, ['Labour MPs'], 'count'],
  // metrics/toll
  ['en', 'The death toll from the tsunami passed 80,000. A spokesman speculated that the toll could increase to over 100,000 as islands are checked.', 100000, 'person', 'increase', ['toll'], 'toll'],
  ['en', 'The death toll from the earthquake continues to rise and could approach 80,000 in Indonesia alone.', 80000, 'person', 'increase', ['death toll', 'Indonesia'], 'toll'],
  ['en', 'The death toll passed 80,000 and a U.N. official said it could approach 90,000 in Indonesia alone.', 90000, 'person', null, ['death toll', 'Indonesia'], 'toll'],
  ['en', 'The death toll from the storm rose to 250 on Sunday.', 250, 'person', 'increase', ['death toll'], 'toll'],
  ['fr', 'Le bilan du séisme pourrait dépasser 10 000 selon les secours.', 10000, 'personne', null, ['bilan'], 'toll'],
  // metrics/odds
  ['en', 'It was considered to have a 1 in 37 chance of striking the Earth.', 2.7, '%', null, ['chance', 'striking the Earth'], 'odds'],
  ['en', 'Such summers could become a one-in-five risk by 2050.', 20, '%', null, ['risk'], 'odds'],
  ['fr', "L'astéroïde avait une chance sur 37 de frapper la Terre.", 2.7, '%', null, ['chance', 'frapper la Terre'], 'odds'],
  // metrics/level
  ['en', 'This rank was upgraded to Level 4 on Friday.', 4, 'level', 'increase', ['rank'], 'level'],
  ['en', 'The government lowered the terror alert to level 3.', 3, 'level', 'decrease', [], 'level'],
  ['en', 'Its risk was first calculated as 2 out of 10 on the Torino scale.', 2, 'level', null, ['risk', 'Torino scale'], 'level'],
  ['en', "The asteroid's assessed risk has been corrected downward to zero on the Torino scale.", 0, 'level', 'decrease', ['risk', 'Torino scale'], 'level'],
  ['fr', "L'alerte a été relevée au niveau 4 dans la région.", 4, 'niveau', 'increase', ['alerte'], 'level'],
  // metrics/hyphen-measure
  ['en', 'Crews moved a new 15-story external fuel tank to the launch site.', 15, 'story', null, ['external fuel tank'], 'hyphen-measure'],
  ['en', 'The ministry set up a 12-member panel of experts.', 12, 'member', null, ['panel'], 'hyphen-measure'],
  // metrics/degree-scale
  ['en', 'Water is superheated to 800 degrees Celsius.', 800, 'degree celsius', null, [], 'count'],
  ['fr', "L'eau est chauffée à 800 degrés Celsius.", 800, 'degré celsius', null, [], 'count'],
  // metrics/subject-ticker, metrics/subject-price-level ("was last at"), metrics/en/subject-spend-gerund
  ['en', 'U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.', 60.73, 'USD', 'decrease', ['Brent'], 'currency'],
  ['en', 'Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%.', 1.786, '%', 'increase', ['Benchmark 10-year notes'], 'percent'],
  ['en', 'NASA plans to spend $612 million repairing the space shuttle system.', 612e6, 'USD', null, ['repairing the space shuttle system'], 'currency'],
  // metrics/subject-appended
  ['en', 'Still, the stock has slid, and peer Lowe’s (LOW) stock is off too, down 1.8%.', 1.8, '%', 'decrease', ['Lowe', 'stock'], 'percent'],
  ['fr', "Les députés ont adopté le budget 2013 pour l'agriculture, en baisse de 3 %.", 3, '%', 'decrease', ['budget', 'agriculture'], 'percent'],
  ['en', 'WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057%.', 16.057, '%', 'decrease', ['WeWork’s 2025 bond'], 'percent'],
  ['fr', "L'Assemblée nationale a voté aujourd'hui le budget 2013 pour l'agriculture, en baisse de 3 %.", 3, '%', 'decrease', ['budget 2013 pour l'], 'percent'],
  // metrics/model-plural
  ['en', 'The Pentagon plans to buy 2,400 F-35s over the life of the program.', 2400, 'f-35', null, ['F-35'], 'model-plural'],
  ['en', 'Poland ordered 32 more F-35s from Lockheed Martin.', 32, 'f-35', null, ['F-35'], 'model-plural'],
  ['fr', "Les Pays-Bas vont livrer 24 F-16 à l'Ukraine.", 24, 'f-16', null, ['F-16'], 'model-plural'],
  // metrics/bare-rank, metrics/times-reference
  ['fr', 'Selon le classement mondial de Reporters sans frontières, la Birmanie est classé 169e, parmi les pires pays.', 169, 'rang', null, ['Birmanie'], 'bare-rank'],
  ['fr', 'Le club se classe 3e du championnat.', 3, 'rang', null, ['club'], 'bare-rank'],
  ['en', 'The country is ranked 169th in the press freedom index.', 169, 'rank', null, ['country'], 'bare-rank'],
  ['fr', "L'article porte sur les travailleurs saisonniers dont les salaires vont jusqu'à 1,5 fois le SMIC.", 1.5, 'SMIC', null, ['salaires'], 'times-reference'],
  ['en', 'Seasonal workers earn up to 1.5 times the minimum wage.', 1.5, 'minimum wage', null, ['workers'], 'times-reference'],
  // metrics/source-count, metrics/copular-count
  ['fr', 'La mobilisation a réuni 1,5 million de manifestants selon la CGT, 250 000 selon la police.', 250000, 'manifestant', null, ['manifestants'], 'source-count'],
  ['fr', 'La préfecture a estimé la foule à 80 000.', 80000, 'personne', null, ['foule'], 'source-count'],
  ['fr', 'Les manifestants étaient 1,5 million selon la CGT.', 1500000, 'manifestant', null, ['manifestants'], 'copular-count'],
  ['en', 'Organizers said 250,000 people marched, while police put the number at 80,000.', 80000, 'person', null, ['people'], 'source-count'],
  ['en', 'Organizers counted 250,000 people, 80,000 according to police.', 80000, 'person', null, ['people'], 'source-count'],
  ['en', 'The crowd was estimated at 80,000 by police.', 80000, 'person', null, ['crowd'], 'source-count'],
  ['en', 'Protesters numbered 250,000, according to organizers.', 250000, 'protester', null, ['protesters'], 'copular-count'],
  // metrics/en/count-possessive, count-coordinated-modifiers, partitive-total
  ['en', 'More than a third of WeWork’s 12,000 employees will lose their jobs.', 12000, 'employee', null, ['employees', 'WeWork'], 'count'],
  ['en', "The launch cost is well below the Titan 4's $400 million.", 4e8, 'USD', null, ['Titan 4'], 'currency'],
  ['en', 'The company will cut close to 1,000 maintenance and cleaning workers.', 1000, 'worker', 'decrease', ['maintenance and cleaning workers'], 'count'],
  ['en', "Over 50 of today's best selling artists recorded the single.", 50, 'artist', null, ['artists'], 'count'],
  ['en', "Five of the world's largest banks agreed to the plan.", 5, 'bank', null, ['banks'], 'count'],
];

describe('missed metric patterns: should find (value, unit, change, subject keywords, rule)', () => {
  test.each<MRow>(M_FIND)('%s: %s → %d %s', (lang, text, value, unit, change, keys, rule) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
    expect(m!.ruleId).toBe(`metrics/${lang}/${rule}`);
    expect(text.slice(m!.evidence.start, m!.evidence.end)).toBe(m!.evidence.text);
  });
});

/** [language, text, value, unit: a metric that must not be produced] */
type MNot = [Language, string, number, string];

const M_NOT: MNot[] = [
  // percentage points of a rate stay pp, not index points
  ['en', 'The unemployment rate fell 0.3 points to 4.1%.', 0.3, 'point'],
  ['fr', 'Le taux de chômage a reculé de 0,4 point.', 0.4, 'point'],
  // no level after a percentage move
  ['en', 'Shares fell 2.5% to 310 in early trading.', 310, 'point'],
  // a score is no vote tally; a range is no tally; years are no tally
  ['en', 'The final score was 3 to 1 after extra time.', 3, 'vote'],
  ['en', 'The vote was postponed from 10 to 15 March.', 15, 'vote'],
  ['fr', 'Le budget 2011-2012 a été adopté par le conseil.', 2012, 'voix'],
  ['fr', "Le PSG s'est imposé 3 contre 1 face à Lyon.", 3, 'voix'],
  ['en', 'A spokesman said the toll could increase to over 100,000 vehicles a day on the new bridge.', 100000, 'person'],
  // a toll without death or disaster is no count of people; a road toll is none
  ['en', 'The toll road to 25 towns was opened.', 25, 'person'],
  ['fr', 'Le bilan financier de 2012 atteint 300 millions.', 300, 'personne'],
  // a model designation after a possessive stays out: "Boeing's 737 Max jets"
  ['en', "Boeing's 737 Max jets remain grounded.", 737, 'jet'],
  // an age or a time-based hyphen compound is no hyphen measure
  ['en', 'A 15-year-old boy was arrested.', 15, 'year'],
  ['en', 'The company unveiled a five-year plan.', 5, 'year'],
  // odds need a chance/risk noun, and a numerator below the denominator
  ['en', 'One in five voters backed the plan.', 20, '%'],
  // "one dollar" in an exchange rate is no amount
  ['fr', "Le yen s'est apprécié à 108,55 pour un dollar.", 1, 'USD'],
  // a figure after a source with no count before it in the sentence has no noun; a multiple or a delay is no count
  ['fr', 'Ils étaient 250 000 selon la police.', 250000, 'personne'],
  ['fr', 'Les taux sont 3,5 fois plus élevés qu’en 2010.', 3.5, 'taux'],
  ['fr', 'Les élections sont 15 jours plus tard.', 15, 'élection'],
  ['en', 'Sales totalled 300,000 last year.', 300000, 'sale'],
  ['en', 'The company estimated its losses at 300 million.', 300000000, 'person'],
  // a rank with its noun is the quantity pass's (« à la 12e place »); "twice as many" and « deux fois plus » are no reference
  ['fr', 'Le club se classe à la 12e place.', 12, 'rang'],
  ['en', 'He finished 3rd place in the race.', 3, 'rank'],
  ['fr', 'Les salaires sont deux fois plus élevés que le SMIC.', 2, 'SMIC'],
  ['en', 'Prices rose three times faster than the minimum wage.', 3, 'minimum wage'],
  // a year before a designation is no count; a designation before its noun is the quantity pass's (unit: the noun)
  ['en', 'In 2019 F-35s flew over the capital.', 2019, 'f-35'],
  ['fr', 'Il y a 300 COVID-19 patients.', 300, 'covid-19'],
  ['en', 'The navy will buy 35 F-35 jets.', 35, 'f-35'],
  // a level without a move verb or a scale is none
  ['en', 'The team reached level 4 of the tournament.', 4, 'level'],
];

describe('metric subjects: no market ticker', () => {
  test.each<[string, number, string, string]>([
    ['U.S. crude CLc1 fell 3.38% to $55.12 per barrel.', 3.38, '%', 'CLc1'],
    ['Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%.', 1.786, '%', 'US10YT'],
    ['Copper CMCU3 rose 0.86% to $5,880.00 a tonne.', 0.86, '%', 'CMCU3'],
  ])('%s', (text, value, unit, ticker) => {
    const m = findMetric(metricsOf(text, 'en'), value, unit);
    expect(m).toBeDefined();
    expect(m!.subject ?? '').not.toContain(ticker);
  });
  test('a source phrase before a figure with no change is no subject (metrics/subject-appended)', () => {
    const m = findMetric(metricsOf("Pour le procureur fédéral, plus de 3 millions d'euros auraient été volés.", 'fr'), 3e6, 'EUR');
    expect(m).toBeDefined();
    expect(m!.subject ?? '').not.toContain('procureur');
  });
  test('a model name is no ticker: "787-9", "A350", "S&P 500"', () => {
    const m = findMetric(metricsOf('The S&P 500 rose 1.2% as Airbus A350 orders climbed.', 'en'), 1.2, '%');
    expect(m!.subject ?? '').toContain('S&P 500');
  });
});

describe('missed metric patterns: should not find', () => {
  test.each<MNot>(M_NOT)('%s: %s', (lang, text, value, unit) => {
    expect(findMetric(metricsOf(text, lang), value, unit)).toBeUndefined();
  });
});

/** [language, text, modality, a piece of the evidence, attribution substring (null: none; '*': any), rule id, actors] */
type CRow = [Language, string, Modality, string, string | null, string, ActorSpec[]?];

const C_FIND: CRow[] = [
  // claims/<lang>/plan-infinitive (promise rule)
  ['en', 'NASA plans to spend $612 million repairing the space shuttle system.', 'reported', 'to spend $612 million', 'NASA', 'claims/en/promise'],
  ['en', 'The company intends to cut 500 jobs in Europe next year.', 'reported', 'to cut 500 jobs', 'The company', 'claims/en/promise'],
  ['en', 'Airbus aims to deliver 800 jets this year.', 'reported', 'to deliver 800 jets', 'Airbus', 'claims/en/promise'],
  ['fr', 'Les services de renseignement espèrent pouvoir détecter ces nouveaux profils en amont.', 'reported', 'pouvoir détecter ces nouveaux profils', 'services de renseignement', 'claims/fr/promise'],
  ['fr', 'Renault compte fermer deux usines en France.', 'reported', 'fermer deux usines', 'Renault', 'claims/fr/promise'],
  ['fr', 'Le groupe prévoit de supprimer 500 postes en France.', 'reported', 'supprimer 500 postes', 'Le groupe', 'claims/fr/promise'],
  // claims/en/expect-infinitive, claims/en/denial-not-confirmed
  ['en', 'The company expects to close the deal by March.', 'reported', 'to close the deal by March', 'The company', 'claims/en/promise'],
  ['en', 'The Pentagon has not confirmed the report.', 'denied', 'has not confirmed the report', 'The Pentagon', 'claims/en/denial-not-confirmed'],
  ['en', "Moscow hasn't confirmed these figures.", 'denied', "hasn't confirmed these figures", 'Moscow', 'claims/en/denial-not-confirmed'],
  // claims/<lang>/speculate
  ['en', 'A spokesman for the Red Cross speculated that the toll could increase to over 100,000 as islands are checked.', 'reported', 'the toll could increase to over 100,000', 'A spokesman for the Red Cross', 'claims/en/verb-complement'],
  ['en', 'The researchers envision that future nuclear fission plants could be used to heat the water.', 'reported', 'future nuclear fission plants could be used', 'The researchers', 'claims/en/verb-complement'],
  ['fr', "Les enquêteurs supposent que l'incendie est d'origine criminelle.", 'reported', "l'incendie est d'origine criminelle", 'Les enquêteurs', 'claims/fr/verb-complement'],
  // claims/fr/say-infinitive
  ['fr', 'De même, il a dit attendre une décision similaire de Jaroslav Faltýnek.', 'reported', 'attendre une décision similaire', 'il', 'claims/fr/promise'],
  ['fr', 'Les autorités disent craindre une escalade dans la région.', 'reported', 'craindre une escalade', 'Les autorités', 'claims/fr/promise'],
  // claims/<lang>/negated-belief
  ['en', 'Desterhoft does not believe that the cooling technology will be available for years.', 'reported', 'the cooling technology will be available', 'Desterhoft', 'claims/en/verb-complement'],
  ['fr', 'Le ministre ne pense pas que la mesure suffira à réduire le déficit.', 'reported', 'la mesure suffira', 'Le ministre', 'claims/fr/verb-complement'],
  // claims/en/hedge-passive-report, claims/en/hedge-passive-as, claims/fr/hedge-passive-epistemic
  ['en', 'The song is already tipped to be the Christmas No. 1 in the UK.', 'hedged', 'is already tipped to be the Christmas No. 1', null, 'claims/en/hedge-passive-report'],
  ['en', 'It was considered to have a 1 in 37 chance of striking the Earth.', 'hedged', 'It was considered to have a 1 in 37 chance', null, 'claims/en/hedge-passive-report'],
  ['en', 'The candidate is widely projected to win the primary.', 'hedged', 'is widely projected to win the primary', null, 'claims/en/hedge-passive-report'],
  ['en', '2004 MN4 was once tentatively estimated as having the highest potential of any asteroid to hit the Earth.', 'hedged', 'tentatively estimated as having', null, 'claims/en/hedge-passive-as'],
  ['fr', "Le polonium, dont l'usage avait déjà été soupçonné lors de l'assassinat de Litvinenko, a été retrouvé.", 'hedged', 'avait déjà été soupçonné', null, 'claims/fr/hedge-passive-epistemic'],
  // claims/en/reported-casualty-bare
  ['en', 'The toll has risen to nearly 60,000 people reported dead.', 'reported', '60,000 people reported dead', null, 'claims/en/reported-casualty-bare'],
  // claims/<lang>/passive-praise, claims/fr/passive-judgment
  ['en', 'The drug was touted by Elon Musk and Donald Trump as a cure for the disease.', 'reported', 'The drug was touted', 'Elon Musk and Donald Trump', 'claims/en/passive-praise'],
  ['fr', "C'est l'hydroxychloroquine, vantée par Elon Musk et Donald Trump dès la mi-mars 2020 pour traiter le Covid-19, qui domine.", 'reported', "l'hydroxychloroquine, vantée par Elon Musk", 'Elon Musk et Donald Trump', 'claims/fr/passive-praise'],
  ['fr', "L'ibuprofène était déjà considéré comme potentiellement dangereux lors d'une infection par l'Agence nationale de sécurité du médicament.", 'reported', 'considéré comme potentiellement dangereux', 'Agence nationale de sécurité du médicament', 'claims/fr/passive-judgment'],
  // denials: claims/fr/denial-se-defendre, claims/<lang>/denial-reject-claim, claims/fr/denial-dementi
  ['fr', 'Le gouvernement se défend de toute similarité avec les dispositifs mis en place par la NSA américaine.', 'denied', 'se défend de toute similarité', 'Le gouvernement', 'claims/fr/denial-se-defendre'],
  ['fr', "Le ministre s'est défendu d'avoir menti aux députés.", 'denied', "s'est défendu d'avoir menti", 'Le ministre', 'claims/fr/denial-se-defendre'],
  ['fr', 'Le principal intéressé a rejeté toute faute.', 'denied', 'a rejeté toute faute', 'Le principal intéressé', 'claims/fr/denial-reject-claim'],
  ['en', 'The minister rejected any wrongdoing in the affair.', 'denied', 'rejected any wrongdoing', 'The minister', 'claims/en/denial-reject-claim'],
  ['fr', 'Cette université a très vite démenti.', 'denied', 'a très vite démenti', 'Cette université', 'claims/fr/denial-dementi'],
  // claims/fr/verbs-learn-hope
  ['fr', 'On apprend ce samedi après-midi que les résultats seront annoncés demain, à 15 heures.', 'reported', 'les résultats seront annoncés demain', '*', 'claims/fr/verb-complement'],
  ['fr', "Les syndicats espèrent que l'usine rouvrira au printemps.", 'reported', "l'usine rouvrira au printemps", 'Les syndicats', 'claims/fr/verb-complement'],
  // claims/fr/note-object
  ['fr', "En mars 2011, l'organisation notait une légère amélioration à la suite des changements politiques.", 'reported', 'une légère amélioration', "l'organisation", 'claims/fr/promise'],
  // claims/fr/hedge-potentially
  ['fr', "Tous les sites utilisant la même adresse pourront potentiellement l'être à leur tour.", 'hedged', 'pourront potentiellement', null, 'claims/fr/hedge-word'],
  // claims/fr/verbs-argue, claims/<lang>/participle-main: the participle's report and the denial of its main clause
  ['fr', 'Le gouvernement se défend de toute similarité avec la NSA, arguant notamment que les données ne seront pas conservées.', 'reported', 'les données ne seront pas conservées', 'Le gouvernement', 'claims/fr/verb-complement'],
  ['fr', 'Le gouvernement se défend de toute similarité avec la NSA, arguant notamment que les données ne seront pas conservées.', 'denied', 'se défend de toute similarité avec la NSA', 'Le gouvernement', 'claims/fr/denial-se-defendre'],
  ['fr', "La CNIL soulève notamment que l'anonymat de ces données est très relatif.", 'reported', "l'anonymat de ces données est très relatif", 'La CNIL', 'claims/fr/verb-complement'],
  // claims/fr/pour-name, claims/fr/source-nouns-more
  ['fr', 'Le ministre Jan Hamáček a réagi. Pour Jan Hamáček, cette attitude est méprisante envers les soignants.', 'reported', 'cette attitude est méprisante', 'Jan Hamáček', 'claims/fr/source-phrase', [{ name: 'Jan Hamáček', kind: 'person' }]],
  ['fr', 'Pour le toxicologue, les agences de santé intègrent toute la littérature produite sur le sujet.', 'reported', 'les agences de santé intègrent', 'toxicologue', 'claims/fr/source-phrase'],
  // claims/en/bare-subject with a hyphenated head; claims/en/zero-complement-progressive
  ['en', 'Company management said comparable-store sales growth in 2019 will be 3.5%, compared with prior guidance of 4.0%.', 'reported', 'comparable-store sales growth in 2019 will be 3.5%', 'Company management', 'claims/en/verb-complement'],
  ['en', 'The union walked out, arguing the plan would cut wages by a tenth.', 'reported', 'the plan would cut wages', 'The union', 'claims/en/verb-complement'],
  // claims/en/should-expect (remain, keep … low)
  ['en', 'The rate cut should keep auto interest rates low for the remainder of the year.', 'hedged', 'should keep auto interest rates low', null, 'claims/en/should-expect'],
  ['en', 'Mortgage rates should remain below 4% through the spring.', 'hedged', 'should remain below 4%', null, 'claims/en/should-expect'],
];

describe('missed claim patterns: should find (modality, evidence, attribution, rule)', () => {
  // (every row padded to seven cells: jest passes a callback for a missing last argument)
  const rows = C_FIND.map((r): Required<CRow> => [r[0], r[1], r[2], r[3], r[4], r[5], r[6] ?? []]);
  test.each<Required<CRow>>(rows)('%s: %s', (lang, text, modality, piece, attribution, ruleId, specs) => {
    const claims = claimsOf(lang, text, specs);
    const k = claims.find((c) => c.evidence.text.includes(piece) && c.modality === modality);
    expect(k).toBeDefined();
    expect(text.slice(k!.evidence.start, k!.evidence.end)).toBe(k!.evidence.text);
    if (attribution === null) expect(k!.attribution).toBeNull();
    else if (attribution !== '*') expect(k!.attribution ?? '').toContain(attribution);
    expect(k!.ruleId).toBe(ruleId);
  });
});

/** [language, text, a rule id that must not fire, or a modality that must not be produced] */
type CNot = [Language, string, string];

const C_NOT: CNot[] = [
  // "plans" as a noun; "plan" a noun; a participle after "to"
  ['en', 'The plans to build a new plant were shelved last year.', 'claims/en/promise'],
  ['en', 'He advocated a U.S. Air Force plan to lease 100 planes from Boeing.', 'claims/en/promise'],
  ['en', "The move is akin to the private sector's migration from defined benefit retirement plans to defined contribution plans.", 'claims/en/promise'],
  ['en', 'Its design consists of large brass rods, intended to fully burn up on reentry.', 'claims/en/promise'],
  ['en', 'That points to the bigger question of how Amazon plans to position Whole Foods.', 'claims/en/promise'],
  // "considered" as careful, or for a job: no epistemic passive
  ['en', 'She was considered for the job of finance minister.', 'claims/en/hedge-passive-report'],
  ['en', 'The board gave a considered response to the offer.', 'claims/en/hedge-passive-as'],
  // a negated report that is no belief asserts nothing
  ['en', 'The company did not say that taxes would rise next year.', 'reported'],
  // « noter » meaning to grade; « compte » with a count; « entend » with an object; a text's provision
  ['fr', 'Renault compte 3 000 salariés en France.', 'claims/fr/promise'],
  ['fr', 'Le gouvernement entend les critiques des syndicats.', 'claims/fr/promise'],
  ['fr', 'Une des dispositions les plus contestées de ce projet de loi prévoit de pouvoir contraindre les fournisseurs.', 'claims/fr/promise'],
  ['fr', "Le musée dévoile les activités qu'il compte organiser en 2014.", 'claims/fr/promise'],
  // an expectation with no infinitive, and a confirmation that is no denial
  ['en', 'The expected merger was delayed to 2021.', 'claims/en/promise'],
  ['en', 'The ministry has confirmed the report.', 'denied'],
  // a conjecture verb without "that"/« que » reports nothing
  ['en', 'Investors speculated on the stock all week.', 'reported'],
  ['fr', 'Cela suppose un investissement important de la part de l’État.', 'reported'],
  // « dire » with an object is no statement of an infinitive
  ['fr', 'Il a dit la vérité aux enquêteurs.', 'claims/fr/promise'],
  ['fr', 'Le ministre dit non à la réforme des retraites.', 'claims/fr/promise'],
  // « se défend bien » in sport is no denial
  ['fr', "L'équipe se défend bien en seconde période.", 'denied'],
  // a definition with « considéré comme » is no hedge; a classification with « par » is no judgment
  ['fr', "Un couple marié était considéré comme pauvre s'il disposait d'un revenu inférieur au seuil.", 'claims/fr/hedge-passive-epistemic'],
  ['fr', 'Les documents classés secret défense par le gouvernement américain ont été publiés.', 'claims/fr/passive-judgment'],
  // a gerund subject drops no "that": "Claiming confidentiality is like…"
  ['en', 'Claiming confidentiality is like claiming executive privilege.', 'reported'],
  // opponents' opinions after « Pour » are no source phrase; « Pour Noël » names no speaker
  ['fr', 'Pour les détracteurs du glyphosate, cette unanimité scientifique est suspecte.', 'claims/fr/source-phrase'],
  ['fr', 'Pour Noël, les magasins resteront ouverts le dimanche.', 'claims/fr/source-phrase'],
  ['fr', 'Pour 2020, le groupe table sur une hausse des ventes.', 'claims/fr/source-phrase'],
  // « apprendre à » is no report
  ['fr', 'Il a appris à nager à six ans.', 'reported'],
];

describe('missed claim patterns: should not find', () => {
  test.each<CNot>(C_NOT)('%s: %s', (lang, text, what) => {
    const claims = claimsOf(lang, text);
    if (what.startsWith('claims/')) expect(claims.map((k) => k.ruleId)).not.toContain(what);
    else expect(claims.map((k) => k.modality)).not.toContain(what);
  });
});
