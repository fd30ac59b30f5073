/**
 * Counted units of news figures, English and French: earthquake magnitudes, poll leads, compound units (a noun
 * modifier in English, a lexicalised compound in French), nouns elided after a comparative (« 33 de plus », "20 more than"), a comma after a month that ends a
 * clause instead of writing a date, and index levels in points that are no percentage points. Each row fails without
 * its rule (ruleIds metrics/en/compound-noun-modifier, metrics/compound-noun, metrics/elided-comparative,
 * metrics/date-month-comma, metrics/index-points, metrics/label-plural-count, metrics/elided-noun,
 * metrics/elided-coordinated, metrics/magnitude, metrics/gap-points, metrics/hyphen-measure).
 */
import type { Language } from '../../src/types.js';
import { findMetric, metricsOf } from '../helpers/extractors.js';

/** [language, sentence, value, exact unit, exact evidence text] */
type Row = [Language, string, number, string, string];

describe('counted units: compounds, elided nouns, index points', () => {
  test.each<Row>([
    // a common noun (never an adjective) before the plural noun makes a compound unit (metrics/en/compound-noun-modifier)
    ['en', 'The bombs were placed in 5 gas stations in Madrid.', 5, 'gas station', '5 gas stations'],
    ['en', 'The lender will close three bank branches and cap 12 oil wells.', 3, 'bank branch', 'three bank branches'],
    ['en', 'The lender will close three bank branches and cap 12 oil wells.', 12, 'oil well', '12 oil wells'],
    // (an adjective, or a noun used as one, stays out: "military personnel", "new engineers")
    ['en', 'Some 200 U.S. military personnel remain at the base.', 200, 'personnel', 'Some 200 U.S. military personnel'],
    ['en', 'The company hired 30 new engineers last year.', 30, 'engineer', '30 new engineers'],
    // lexicalised French compounds, an adjective before the noun or a link after it (metrics/compound-noun)
    ['fr', 'B. Obama a recueilli 303 grands électeurs.', 303, 'grand électeur', '303 grands électeurs'],
    ['fr', "L'enquête a conduit à dix mises en examen et à 40 gardes à vue.", 10, 'mise en examen', 'dix mises en examen'],
    ['fr', "L'enquête a conduit à dix mises en examen et à 40 gardes à vue.", 40, 'garde à vue', '40 gardes à vue'],
    ['fr', 'Trois hauts fonctionnaires ont démissionné.', 3, 'haut fonctionnaire', 'Trois hauts fonctionnaires'],
    // a comparative standing for the noun of the count before it (metrics/elided-comparative)
    ['fr', 'B. Obama a recueilli 303 grands électeurs, soit 33 de plus que les 270 requis.', 33, 'grand électeur', '33 de plus'],
    ['fr', "La SNCF a transporté 122 millions de voyageurs cet été, 3 millions de plus qu'en 2022.", 3e6, 'voyageur', '3 millions de plus'],
    ['fr', "Le groupe compte 500 salariés, 20 de moins qu'en 2020.", 20, 'salarié', '20 de moins'],
    // (after a month and a comma, a number is no day of that month: metrics/date-month-comma)
    ['en', 'The airline carried 170 passengers in July, 20 more than in June.', 20, 'passenger', '20 more'],
    ['en', 'The airline carried 17 million passengers in July, 2 million more than a year earlier.', 2e6, 'passenger', '2 million more'],
    // a label noun in the plural after the number counts (metrics/label-plural-count)
    ['fr', 'Ce rapport de 81 pages accuse le régime.', 81, 'page', '81 pages'],
    ['en', 'The series ran for 10 episodes on the channel.', 10, 'episode', '10 episodes'],
    // a participle standing for the noun of the count before it (metrics/elided-noun)
    ['fr', 'Le parti a obtenu 245 sièges sur 577, loin des 289 nécessaires pour la majorité absolue.', 289, 'siège', '289 nécessaires'],
    ['en', 'Biden won 306 electoral votes, well above the 270 needed to win.', 270, 'vote', '270 needed'],
    // a second verb in the gerund, a qualifier before the second figure (metrics/elided-coordinated)
    ['en', 'The quake struck on Monday, killing at least 41 people and injuring more than 1,300, the agency said.', 1300, 'person', 'more than 1,300'],
    ['fr', "Le séisme a frappé lundi, tuant 12 personnes et blessant plus de 40, selon l'agence.", 40, 'personne', 'plus de 40'],
    // the magnitude of an earthquake, before or after its word (metrics/magnitude)
    ['en', 'A magnitude 6.4 earthquake struck southern Turkey on Monday.', 6.4, 'magnitude', 'magnitude 6.4'],
    ['en', 'A 7.1-magnitude quake hit central Mexico.', 7.1, 'magnitude', '7.1-magnitude'],
    ['fr', 'Un séisme de magnitude 6,4 a frappé la Turquie lundi.', 6.4, 'magnitude', 'magnitude 6,4'],
    ['fr', "Le tremblement de terre, d'une magnitude de 7,1, a fait 12 morts.", 7.1, 'magnitude', 'magnitude de 7,1'],
    // a poll lead in points ahead of a rival is in percentage points (metrics/gap-points)
    ['en', 'Polls show the ruling party on 44.5% of the vote, three points ahead of the main opposition alliance.', 3, 'pp', 'three points'],
    ['fr', 'Dans le dernier sondage, Macron est à 28 %, trois points devant Le Pen.', 3, 'pp', 'trois points'],
    // (not in a match: "finished three points behind Arsenal" counts points)
    ['en', 'The team finished three points behind Arsenal.', 3, 'point', 'three points'],
    // a hyphenated measure before a quoted noun phrase, or before a preposition (metrics/hyphen-measure)
    ['en', 'The al-Tanf base is located inside a 55-kilometer “de-confliction zone”.', 55, 'kilometer', 'a 55-kilometer “de-confliction zone”'],
    ['en', 'Turkey wants a 55-kilometer zone along the border.', 55, 'kilometer', 'a 55-kilometer zone'],
    // the level of an index is in points, never in percentage points above 100 (metrics/index-points)
    ['fr', 'Le CAC 40 a terminé en baisse de 1,1 %, à 7 210,30 points.', 7210.3, 'point', '7 210,30 points'],
    ['fr', 'Le chômage a reculé de 0,4 point au troisième trimestre.', 0.4, 'pp', 'reculé de 0,4 point'],
  ])('%s: %s → %d %s', (lang, text, value, unit, evidence) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.unit).toBe(unit);
    expect(m!.evidence.text).toBe(evidence);
    expect(text.slice(m!.evidence.start, m!.evidence.end)).toBe(m!.evidence.text);
  });

  test.each<[Language, string, number]>([
    // a comparative followed by its own complement qualifies the next figure: no elided count
    ['fr', 'Le groupe compte 500 salariés, dont 20 de plus de 60 ans.', 20],
    // (in the singular it is an address or a label)
    ['fr', 'Il habite au 12 rue de Rivoli depuis 2010.', 12],
    ['en', 'He moved to 10 Downing Street in 2019.', 10],
    // a week day takes a comma before its date: still a date
    ['en', 'The summit opened on Tuesday, 12 March, with 40 leaders.', 12],
  ])('%s: %s has no count %d', (lang, text, value) => {
    expect(metricsOf(text, lang).filter((m) => m.value === value)).toEqual([]);
  });
});
