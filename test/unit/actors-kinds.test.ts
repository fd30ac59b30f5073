/**
 * Actor kinds and names by the way news writes them (English and French), without gazetteer entries for the names:
 * model codes and "name + number" models, a product noun with its complement, a mayor's town, an apposition that says
 * what an unknown name is, a partitive product; organisation names with "and" + a plural head, trade heads, French
 * plural adjectives, collective possessives; a country as a place (it undergoes, it measures, it is the object of a
 * locative) or as a state (its officials); links of translated names to foreign acronyms and of initials without the
 * nationality adjective; concepts named after people are not actors.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (kinds): should find (name, kind)', () => {
  test.each<FindRow>([
    // ruleId actors/model-code
    ['fr model code after an acronym', 'fr', 'Les rats ont été nourris avec du maïs OGM NK603, selon l\'étude.', 'NK603', 'product'],
    ['en model code with a hyphen', 'en', 'The Air Force wants to replace its KC-135 tankers.', 'KC-135', 'product'],
    // ruleId actors/name-number
    ['fr unknown name and a small number at a sentence start', 'fr', 'Le lancement a été reporté. Falcon 9 emporte la capsule vers la station.',
      'Falcon 9', 'product'],
    ['en unknown name and a small number', 'en', 'The satellite was launched on a Delta 4 from Cape Canaveral.', 'Delta 4', 'product'],
    // ruleId actors/noun-before (complement, article after "de")
    ['fr product noun with a complement', 'fr', 'L\'expérience a nécessité l\'accélérateur de particules LHC pendant deux ans.', 'LHC', 'product'],
    ['en product noun', 'en', 'Physicists at the collider LHC confirmed the result.', 'LHC', 'product'],
    ['fr place noun then "de la"', 'fr', 'La France transfère le contrôle de la province de la Kapisa aux Afghans.', 'Kapisa', 'place'],
    // ruleId actors/mayor-of
    ['fr town of a mayor', 'fr', 'Le parti a exclu Antoni Pastor, député-maire de Manacor, mardi.', 'Manacor', 'place'],
    ['en town of a mayor', 'en', 'The decision was criticised by the mayor of Cabixi on Monday.', 'Cabixi', 'place'],
    // ruleId actors/apposition-kind
    ['en apposition names a site', 'en', 'Loki Torrent, a site that tracks links to files, was sued on Friday.', 'Loki Torrent', 'organization'],
    ['fr apposition names a site', 'fr', 'Selon la police, Loki Torrent, un site de liens, a été fermé.', 'Loki Torrent', 'organization'],
    // ruleId actors/fr/partitive-product
    ['fr partitive product', 'fr', 'Les champs ont été traités avec du Roundup pendant deux ans.', 'Roundup', 'product'],
    // ruleId actors/and-head
    ['fr company name with "and" and a plural head', 'fr', 'Selon Song, analyste à Hi Investment and Securities, le verdict est sévère.',
      'Hi Investment and Securities', 'organization'],
    ['en company name with "and" and a plural head', 'en', 'The deal was advised by Kerr Capital and Partners in London.',
      'Kerr Capital and Partners', 'organization'],
    // trade heads
    ['en studio head', 'en', 'The suit was filed on behalf of Columbia Pictures last week.', 'Columbia Pictures', 'organization'],
    ['en farm head', 'en', 'He was an employee of the Noroeste Farm in Cabixi.', 'Noroeste Farm', 'organization'],
    // plural French adjectives in an institution name
    ['fr plural adjective ends an institution name', 'fr', 'Le président de l\'Union française des industries pétrolières a parlé.',
      'Union française des industries pétrolières', 'organization'],
    // ruleId actors/collective-possessive
    ['en collective possessive inside a name', 'en', 'Delegates of the People\'s Party of Castile met on Monday.', 'People\'s Party of Castile',
      'organization'],
    // ruleId actors/nickname
    ['en quoted nickname', 'en', 'Nunes and another employee known as "Coco" were attacked. Coco escaped to a police station.', 'Coco', 'person'],
    ['fr quoted nickname', 'fr', 'Un second employé, surnommé « Coco », a pu s\'enfuir vers le poste de police.', 'Coco', 'person'],
    // ruleId actors/fr/national-forces
    ['fr national security forces', 'fr', 'Le contrôle de la province est transféré aux forces de sécurité afghanes.', 'forces de sécurité afghanes',
      'government'],
    // ruleId actors/country-experiencer, actors/country-apposition-located, actors/state-people-in
    ['fr a country that undergoes is a place', 'fr', 'La France a connu également la même chose sous Nicolas Sarkozy.', 'France', 'place'],
    ['en a country that has a share is a place', 'en', 'South Korea and China have about 4% and 11% of the world\'s users.', 'China', 'place'],
    ['en a country in apposition after "in" is a place', 'en', 'The elections in the Southern African nation Mozambique have resulted in a landslide.',
      'Mozambique', 'place'],
    ['en officials in a country are its state', 'en', 'The re-run has been hailed as fair by officials in the United States.', 'United States',
      'government'],
    ['fr a country that acts stays a state', 'fr', 'La France a signé le traité hier à Bruxelles.', 'France', 'government'],
    ['en a country that acts stays a state', 'en', 'China has rejected the proposal of the commission.', 'China', 'government'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

type NotRow = [string, Language, string, string];

describe('actors (kinds): should not find', () => {
  test.each<NotRow>([
    // ruleId actors/eponym-concept
    ['fr concept named after people', 'fr', 'La particule ressemble au boson de Brout-Englert-Higgs, selon le CERN.', 'Brout-Englert-Higgs'],
    ['en concept named after a person', 'en', 'The Doppler effect was measured by NASA.', 'Doppler'],
    // ruleId actors/collective-possessive: no inner name
    ['en no inner name in a collective possessive', 'en', 'The People\'s Republic of China protested.', 'Republic of China'],
    // ruleId actors/and-head: only plural company heads
    ['en no portfolio joined by "and"', 'en', 'Eduardo Campos (Science and Technology) was present.', 'Science and Technology'],
    ['en no conjunction before a singular head', 'en', 'The DoD-OIG and Program Analysis office disagreed.', 'DoD-OIG and Program Analysis'],
    // ruleId actors/geographic-modifier
    ['en word before a plural of geography', 'en', 'Many were sheltered in Canada\'s Atlantic provinces, officials said.', 'Atlantic'],
    ['en word before a coast', 'en', 'The storm hit the Pacific coast on Monday, Mexico said.', 'Pacific'],
    // ruleId actors/fr/national-forces: political forces are not a state body
    ['fr political forces', 'fr', 'Les forces politiques du pays se sont réunies hier.', 'forces politiques'],
  ])('%s', (_name, lang, text, name) => {
    const names = actorsOf(text, lang).flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain(name);
  });
});

describe('actors (kinds): not a product, a person, an organisation', () => {
  test.each<FindRow>([
    ['fr known channel and a number stays an organisation', 'fr', 'L\'interview a été diffusée sur France 24 hier soir.', 'France 24', 'organization'],
    ['en apposition with a role stays a person', 'en', 'Ravi Kumar, a spokesman for the firm, declined to comment.', 'Ravi Kumar', 'person'],
    ['fr a mayor before a person is a role', 'fr', 'Le maire Jean Dupont a inauguré la place hier.', 'Jean Dupont', 'person'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });

  // ruleId actors/name-number: a numbered common noun, an adverb at a sentence start, a surname of the text are no models
  test.each<NotRow>([
    ['fr numbered common noun', 'fr', 'Le texte figure au Chapitre 11 du rapport de la Cour.', 'Chapitre 11'],
    ['en numbered common noun', 'en', 'The powers are set out in Title 10 of the code.', 'Title 10'],
    ['en adverb at a sentence start', 'en', 'The vote was close. Nearly 3 of the members abstained.', 'Nearly 3'],
    ['fr surname of the text', 'fr', 'Jean-Marc Ayrault a nommé son équipe. Le gouvernement Ayrault 2 est prêt.', 'Ayrault 2'],
  ])('%s', (_name, lang, text, name) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.kind).not.toBe('product');
  });
});

type LinkRow = [string, Language, string, string, string];

describe('actors (kinds): aliases link to one actor', () => {
  test.each<LinkRow>([
    // ruleId actors/acronym-foreign
    ['en translated name before a foreign acronym', 'en', 'Members of the Brazilian Landless Workers Movement (MST) were accused. MST denied it.',
      'Brazilian Landless Workers Movement', 'MST'],
    // ruleId actors/initials-without-demonym
    ['fr initials without the nationality adjective', 'fr', 'Le Parti populaire espagnol a exclu le député. Le PP a jugé la faute grave.',
      'Parti populaire espagnol', 'PP'],
    ['fr initials without a feminine nationality adjective', 'fr', 'L\'Union démocrate italienne a voté contre. L\'UD a dénoncé le texte.',
      'Union démocrate italienne', 'UD'],
  ])('%s', (_name, lang, text, name, alias) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, name);
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(alias);
  });

  test.each<[string, Language, string, string]>([
    ['fr an operator\'s acronym after a French name does not link', 'fr', 'Elle a été vue à l\'Observatoire de La Silla (ESO), au Chili.', 'ESO'],
  ])('%s', (_name, lang, text, acronym) => {
    const a = actorsOf(text, lang).find((x) => x.aliases.includes(acronym));
    expect(a).toBeUndefined();
  });
});
