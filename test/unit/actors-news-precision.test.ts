/**
 * Actor precision and recall rules written from a fresh probe of modern business, politics, defence and court news (EN and
 * FR): month abbreviations before a day, a dollar's country after an amount, French scale abbreviations glued to a currency,
 * place premodifiers of "-based" compounds, capitalised French court heads with their place, « anti- » adjectives inside
 * French institution names, France's national prosecution offices, demonyms after a state body, a leader's administration
 * as a premodifier, and a former employer that "the company" does not refer to. Real expected values.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

type NotRow = [string, Language, string, string];

describe('actors (news probe): should find (name, kind)', () => {
  test.each<FindRow>([
    // actors/date-abbreviation: the name stops before "on Oct. 14"
    ['en name before on Oct. 14', 'en', 'Hill is taking the top job at Nike from outgoing CEO John Donahoe on Oct. 14.', 'John Donahoe', 'person'],
    ['en name before on Sept. 3', 'en', 'The deal was signed by Jane Fraser on Sept. 3 in New York.', 'Jane Fraser', 'person'],
    // actors/fr/court-de-capital
    ['fr Tribunal judiciaire de Paris', 'fr', 'Le 17 mai 2023, le Tribunal judiciaire de Paris a validé la convention.', 'Tribunal judiciaire de Paris', 'government'],
    ['fr Cour d\'appel de Versailles at a sentence start', 'fr', 'La Cour d\'appel de Versailles a confirmé le jugement.', 'Cour d\'appel de Versailles', 'government'],
    ['fr Tribunal de commerce de Paris', 'fr', 'Le Tribunal de commerce de Paris a tranché lundi.', 'Tribunal de commerce de Paris', 'government'],
    // FR_ADJECTIVE anti- prefix (actors/fr/institution-extension)
    ['fr Agence française anticorruption', 'fr', 'La société est placée sous le contrôle de l’Agence française anticorruption pendant trois ans.',
      'Agence française anticorruption', 'government'],
    // actors/fr/national-prosecutor
    ['fr parquet national financier in lower case', 'fr', 'Le parquet national financier a requis une amende contre la société.',
      'parquet national financier', 'government'],
    ['fr parquet national antiterroriste in lower case', 'fr', 'Le parquet national antiterroriste a été saisi de l\'enquête.',
      'parquet national antiterroriste', 'government'],
    // actors/fr/government-phrase-demonym
    ['fr gouvernement australien', 'fr', 'Naval Group avait été choisi par le gouvernement australien pour la construction.',
      'gouvernement australien', 'government'],
    ['fr marine australienne', 'fr', 'La marine australienne a reçu le premier sous-marin.', 'marine australienne', 'government'],
    // actors/en/possessive-ministry and actors/fr/ministry-demonym
    ['en China\'s commerce ministry', 'en', 'China\'s commerce ministry said this month that removing tariffs would help.',
      'China\'s commerce ministry', 'government'],
    ['en Russia\'s foreign ministry', 'en', 'Russia\'s foreign ministry denied the report on Monday.', 'Russia\'s foreign ministry', 'government'],
    ['fr ministère chinois du Commerce', 'fr', 'Le ministère chinois du Commerce a annoncé lundi des mesures.', 'ministère chinois du Commerce', 'government'],
    ['fr ministère russe des Affaires étrangères', 'fr', 'Le ministère russe des Affaires étrangères a démenti mardi.',
      'ministère russe des Affaires étrangères', 'government'],
    // actors/fr/title-demonym-before
    ['fr président turc Erdogan', 'fr', 'Il a demandé au président turc Erdogan d’agir sur le dossier.', 'Erdogan', 'person'],
    ['fr chancelière allemande Merkel', 'fr', 'Il a rencontré la chancelière allemande Merkel jeudi.', 'Merkel', 'person'],
    ['fr ministre russe Lavrov', 'fr', 'Le ministre russe Lavrov a démenti mardi.', 'Lavrov', 'person'],
    ['fr président des Etats-Unis stays no person', 'fr', 'Le président des Etats-Unis a parlé jeudi.', 'Etats-Unis', 'government'],
    // actors/en/leader-administration without "the"
    ['en Trump administration as a premodifier', 'en', 'Judges entered orders halting Trump administration actions in dozens of lawsuits.',
      'Trump administration', 'government'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (news probe): should not find', () => {
  test.each<NotRow>([
    // actors/date-abbreviation
    ['en no name running into a date', 'en', 'Hill is taking the top job at Nike from outgoing CEO John Donahoe on Oct. 14.', 'John Donahoe on Oct'],
    // actors/amount-qualifier
    ['en U.S. after a dollar amount', 'en', 'Nike reported earnings per share of $0.70 U.S., better than expected.', 'U.S.'],
    ['en U.S. after a dollar amount with a scale', 'en', 'Revenue totaled $11.59 billion U.S. in the quarter at Nike.', 'U.S.'],
    ['fr Md before a dollar sign', 'fr', 'Naval Group a signé un contrat d’un montant dépassant les 30 Md$.', 'Md'],
    // actors/compound-premodifier
    ['en San of San Francisco-based', 'en', 'On Tuesday, the San Francisco-based cloud software company reported earnings.', 'San'],
    ['en Hong of Hong Kong-listed', 'en', 'Shares of the Hong Kong-listed firm fell on Monday.', 'Hong'],
    ['en Santa of Santa Clara-based', 'en', 'The Santa Clara-based chipmaker said so.', 'Santa'],
    // actors/fr/court-de-capital: no place split out of the court's name
    ['fr no Tribunal judiciaire without its place', 'fr', 'Le 17 mai 2023, le Tribunal judiciaire de Paris a validé la convention.', 'Tribunal judiciaire'],
    // actors/fr/government-phrase-demonym: a city's police and common adjectives are no state body
    ['fr police londonienne is no state body', 'fr', 'Selon un communiqué de la police londonienne, six personnes ont été arrêtées.', 'police londonienne'],
    ['fr gouvernement certain is no demonym', 'fr', 'Le gouvernement certain de gagner a voté la loi.', 'gouvernement certain'],
    // actors/no-identifier: encoded data or a hash pasted into a text is no organisation
    ['en a base64 run is no acronym', 'en', 'The key was VUY5R9RNSAgWEcqyqU25naN3skjNUjMU and nothing else.', 'VUY5R9RNSAgWEcqyqU25naN3skjNUjMU'],
    ['en a mixed-case run is no name', 'en', 'The token sDhmtQiyNenczxoQGQPTgVgabc was leaked.', 'sDhmtQiyNenczxoQGQPTgVgabc'],
  ])('%s', (_label, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.some((a) => a.name === name || a.aliases.includes(name))).toBe(false);
  });
});

describe('actors (news probe): a former employer is not "the company"', () => {
  // actors/former-employer
  test('en former Facebook executive', () => {
    const actors = actorsOf('Salesforce reported earnings on Tuesday. On the same day, Salesforce promoted former Facebook executive '
      + 'Bret Taylor as co-CEO alongside Marc Benioff. Despite recent reports, the company is confident.', 'en');
    expect(byName(actors, 'the company')?.name).toBe('Salesforce');
    expect(byName(actors, 'Facebook')?.aliases).toEqual([]);
  });
  test('fr ancien dirigeant de Stellantis', () => {
    const actors = actorsOf('Renault a nommé mardi Jean Dupont, ancien dirigeant de Stellantis, au poste de directeur. '
      + 'L\'entreprise vise la rentabilité.', 'fr');
    expect(byName(actors, 'L\'entreprise')?.name).toBe('Renault');
    expect(byName(actors, 'Stellantis')?.aliases).toEqual([]);
  });
});
