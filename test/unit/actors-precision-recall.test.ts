/**
 * Actor precision and recall rules found on fresh business, politics, courts and defence news, EN and FR: stock listings
 * in parentheses, trade heads of company names, national branches, French adjective endings, a known company's first word,
 * Korean surnames, the person a title names, description complements, ministers' nationality before a portfolio, Sunday
 * papers, known names joined with « et », acting countries, prizes named after a person. Real sentences, real values.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (fresh news): should find (name, kind)', () => {
  test.each<FindRow>([
    // trade heads of company names (heads.ts)
    ['en drug company with Therapeutics', 'en',
      'Roche again extended the deadline for its tender offer for Spark Therapeutics, saying regulators needed more time.',
      'Spark Therapeutics', 'organization'],
    ['en pharmacy chain', 'en', 'The acquisition of Diplomat Pharmacy by OptumRx closed in February.', 'Diplomat Pharmacy', 'organization'],
    // actors/national-branch
    ['fr national branch of a firm', 'fr', 'Joachim Bolz est depuis le 1er janvier p-dg de Henkel France.', 'Henkel France',
      'organization'],
    // actors/fr/adjective-alone: "-kel" is no adjective ending
    ['fr firm name ending in -kel', 'fr', 'Il conserve ses fonctions à la tête de la branche détergents de Henkel.', 'Henkel',
      'organization'],
    // gazetteer: the presidential party, General Mills
    ['fr La République en marche', 'fr', 'La majorité présidentielle, constituée de La République en marche et du MoDem, remporte la majorité absolue.',
      'La République en marche', 'organization'],
    ['fr General Mills is a company', 'fr', 'Au bout du suspens, General Mills a été préféré au français Lactalis pour l\'acquisition de Yoplait.',
      'General Mills', 'organization'],
    // actors/title-person
    ['fr person named in the title only', 'fr',
      'Jérôme Cahuzac condamné à 3 ans de prison ferme\n\nL\'ancien ministre s\'est vu infliger une peine de cinq ans d\'inéligibilité.',
      'Jérôme Cahuzac', 'person'],
    ['en person named in the title only', 'en',
      'Alain Griset sentenced to six months\n\nThe minister will appeal the ruling, his lawyer said on Wednesday.',
      'Alain Griset', 'person'],
    // actors/en/sunday-paper
    ['en Sunday paper', 'en', 'The lawsuit targets the publisher of the Daily Mirror and Sunday Mirror.', 'Sunday Mirror', 'organization'],
    ['en The Sunday Times', 'en', 'The details were first reported by The Sunday Times last year.', 'The Sunday Times', 'organization'],
    // actors/fr/et-known
    ['fr Armée de l\'Air et de l\'Espace', 'fr', 'Les avions sont destinés à l\'Armée de l\'Air et de l\'Espace (AAE).',
      'Armée de l\'Air et de l\'Espace', 'government'],
    // actors/en/partners-firm
    ['en law firm named after three partners', 'en',
      'Rimini\'s lawyers at Weil, Gotshal & Manges and Gibson, Dunn & Crutcher asked the 9th Circuit to reject the award.',
      'Gibson, Dunn & Crutcher', 'organization'],
    ['en a known firm after a comma stays apart', 'en', 'Unilever, Procter & Gamble and Nestlé reported higher prices.',
      'Procter & Gamble', 'organization'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang as Language), name);
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (fresh news): should not find', () => {
  test.each<[string, Language, string, string]>([
    // actors/stock-listing
    ['en exchange and ticker in parentheses', 'en', 'The acquisition of Synthorx (NASDAQ:THOR) by Sanofi (NASDAQ:SNY) was announced.', 'THOR'],
    ['en the exchange of a listing', 'en', 'The acquisition of Synthorx (NASDAQ:THOR) by Sanofi (NASDAQ:SNY) was announced.', 'NASDAQ'],
    ['en ticker with a space after the colon', 'en', 'Defense contractor Lockheed Martin (NYSE: LMT) won three of them.', 'LMT'],
    ['en ticker with its day change', 'en', 'The contract went to Lockheed Martin (LMT -0.75%) and Raytheon (RTN -0.29%).', 'RTN'],
    // actors/fr/portfolio-demonym
    ['fr portfolio after a minister\'s nationality', 'fr', 'L\'ancien ministre français de l\'Intérieur Charles Pasqua a été condamné lundi.',
      'Intérieur'],
    // actors/eponym-prize
    ['fr prize named after its founder', 'fr', 'Quelques mois après la libération de la prix Nobel de la paix Aung San Suu Kyi.', 'Nobel'],
    ['en laureate after the founder\'s name', 'en', 'The Nobel laureate Aung San Suu Kyi was released in 2010.', 'Nobel'],
    // General Mills is no person "Mills"
    ['fr General Mills is no general', 'fr', 'General Mills a été préféré au français Lactalis pour l\'acquisition de Yoplait.', 'Mills'],
  ])('%s', (_label, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.some((a) => a.name === name || a.aliases.includes(name))).toBe(false);
  });
});

describe('actors (fresh news): links and descriptions', () => {
  test('en the first word of a known company is that company (actors/known-first-word)', () => {
    const actors = actorsOf('The U.S. awarded a contract to Lockheed Martin Corp on Friday, the department said on the $1.05 billion Lockheed contract.', 'en');
    const lm = byName(actors, 'Lockheed Martin Corp');
    expect(lm?.aliases).toContain('Lockheed');
    expect(actors.filter((a) => a.name === 'Lockheed')).toHaveLength(0);
  });
  test('en a mixed-case acronym after its name is an alias (actors/mixed-case-acronym)', () => {
    const actors = actorsOf('The contract upgrades two aircraft of the Royal Norwegian Air Force (RNoAF). The RNoAF said it was pleased.', 'en');
    expect(byName(actors, 'Royal Norwegian Air Force')?.aliases).toContain('RNoAF');
    expect(actors.filter((a) => a.name === 'RNoAF')).toHaveLength(0);
  });
  test('en an acting country before "awarded" is the state', () => {
    const actors = actorsOf('The U.S. awarded defense contracts to companies on Friday, the Department of Defense said.', 'en');
    expect(byName(actors, 'U.S.')?.kind).toBe('government');
  });
  test('en a Korean surname alone is the person (actors/surname-first)', () => {
    const actors = actorsOf('The goals came from Son Heung-min and Richarlison. With Son\'s contract expiring next summer, it is unclear.', 'en');
    expect(byName(actors, 'Son Heung-min')?.aliases).toContain('Son');
    expect(actors.filter((a) => a.name === 'Son')).toHaveLength(0);
  });
  test('fr a description stops before a determiner (actors/description-complement-determiner)', () => {
    const actors = actorsOf('Le président de la 32e chambre du tribunal correctionnel de Paris, Peimane Ghaleh-Marzban, a estimé que la peine était juste.', 'fr');
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('Le président de la');
  });
  test('fr a description does not take a possessive as its complement', () => {
    const actors = actorsOf('Dassault Aviation a livré. Un léger trouble au moment de l\'annonce par l\'avionneur de son premier contrat de 2024.', 'fr');
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('l\'avionneur de son');
  });
});
