/**
 * Actor names and kinds of web news pages, EN and FR (session 18): football and rugby clubs named after towns
 * ("Leeds United", "Chelsea", « le Stade toulousain ») are organisations; video games and game services are products
 * (actors/gazetteer); a game's subtitle after a colon is no actor of its own (actors/product-subtitle); « l'aviation
 * indienne » is no body (actors/fr/government-phrase); "Sec Def" is a title (actors/title-before, actors/title-portfolio);
 * a person whose given name is a common word, named by a role in apposition (actors/role-apposed-name); a match score is
 * no part of a club's name (actors/score-number); a venue named after a person (actors/fr/venue-eponym); a carmaker and a
 * model (actors/known-prefix-model); a portfolio after « ministre délégué chargé des » (actors/fr/portfolio-demonym); a French
 * noun of nationality before a person's name (actors/demonym-person-split).
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (web news): should find (name, kind)', () => {
  test.each<FindRow>([
    ['en Leeds United beats Chelsea: Leeds United', 'en', 'Leeds United came from behind to beat Chelsea 3-1 on Saturday.', 'Leeds United', 'organization'],
    ['en Leeds United beats Chelsea: Chelsea', 'en', 'Leeds United came from behind to beat Chelsea 3-1 on Saturday.', 'Chelsea', 'organization'],
    ['en Arsenal beat (actors/initial-common-homonym)', 'en', 'Arsenal beat Aston Villa 2-0 on Sunday.', 'Arsenal', 'organization'],
    ['en Nottingham Forest is a club', 'en', 'Nottingham Forest confirmed that their captain would miss a month.', 'Nottingham Forest', 'organization'],
    ['en Everton after travel to', 'en', 'Newcastle United travel to Everton on Monday.', 'Everton', 'organization'],
    ['fr le Stade toulousain', 'fr', 'Le Stade toulousain a battu le Racing 92 samedi.', 'Stade toulousain', 'organization'],
    ['fr Union Bordeaux-Bègles before a score', 'fr', "Le Stade toulousain a battu l'Union Bordeaux-Bègles 27 à 20 samedi.", 'Union Bordeaux-Bègles', 'organization'],
    ['en Call of Duty is a product', 'en', 'Activision prepares to launch Call of Duty on Game Pass.', 'Call of Duty', 'product'],
    ['en Game Pass is a product', 'en', 'Activision prepares to launch Call of Duty on Game Pass.', 'Game Pass', 'product'],
    ['en Counter-Strike 2 is a product', 'en', 'Valve rolled back a Counter-Strike 2 update on Wednesday.', 'Counter-Strike 2', 'product'],
    ['en Sec Def Lloyd Austin is a person', 'en', 'Sec Def Lloyd Austin was not involved in the talks.', 'Lloyd Austin', 'person'],
    ['en Mat Piscatella, an analyst', 'en', '"Gamers are paying more for less," said Mat Piscatella, an analyst at Circana.', 'Mat Piscatella', 'person'],
    ['fr Citroën C3 is a model', 'fr', "Stellantis a annoncé le rappel de 250 000 Citroën C3 équipées d'airbags Takata.", 'Citroën C3', 'product'],
    ['fr UFC-Que Choisir is an association', 'fr', "L'association UFC-Que Choisir a dénoncé un scandale.", 'UFC-Que Choisir', 'organization'],
    // look-alikes that stay: a navy named by its demonym, a lower-case government phrase
    ['fr la marine russe stays a body', 'fr', 'La marine russe a tiré deux missiles lundi.', 'marine russe', 'government'],
    ['fr le gouvernement pakistanais stays', 'fr', 'Le gouvernement pakistanais a dénoncé la décision.', 'gouvernement pakistanais', 'government'],
    ['en Chelsea Manning stays a person', 'en', 'Chelsea Manning was released from prison on Wednesday.', 'Chelsea Manning', 'person'],
    ['en Def Leppard stays a band', 'en', 'Def Leppard played in Sheffield on Friday.', 'Def Leppard', 'organization'],
    ['en Model 3 before "to 5 percent" keeps its number', 'en', 'Tesla cut prices of the Model 3 to 5 percent below rivals.', 'Model 3', 'product'],
    // actors/demonym-person-split: a French noun of nationality before the name
    ['fr le Slovène Tadej Pogačar', 'fr', 'Le Slovène Tadej Pogačar a gagné dimanche.', 'Tadej Pogačar', 'person'],
    ['fr l\'Italien Giulio Ciccone', 'fr', "Pogačar a gagné devant l'Italien Giulio Ciccone.", 'Giulio Ciccone', 'person'],
    ['fr le Belge Ben Healy', 'fr', 'Le Belge Ben Healy a pris la troisième place.', 'Ben Healy', 'person'],
    ['en Racing 92 keeps its number', 'en', 'Racing 92 signed a new fly-half on Monday.', 'Racing 92', 'organization'],
  ])('%s', (_label, lang: Language, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (web news): should not find', () => {
  test.each<[string, Language, string, string]>([
    ['fr l\'aviation indienne', 'fr', "L'aviation indienne exploite déjà 36 Rafale livrés entre 2020 et 2022.", 'aviation indienne'],
    ['en Sec Def alone', 'en', 'It is embarrassing to you, me, and the Sec Def. Senator McCain agreed.', 'Def'],
    ['en Sec Def is no firm', 'en', 'Sec Def Lloyd Austin was not involved in the talks.', 'Sec Def Lloyd Austin'],
    ['en a game subtitle', 'en', 'Activision will release Call of Duty: Modern Warfare 4 on Friday.', 'Modern Warfare 4'],
    ['fr a score is no part of the name', 'fr', "Le Stade toulousain a battu l'Union Bordeaux-Bègles 27 à 20 samedi.", 'Union Bordeaux-Bègles 27'],
    ['fr le stade Ernest-Wallon', 'fr', 'Le Stade toulousain a gagné samedi au stade Ernest-Wallon.', 'Ernest-Wallon'],
    ['en Orange juice stays no firm', 'en', 'Orange juice prices rose sharply in March.', 'Orange'],
    ['fr Slovène Tadej Pogačar is no firm', 'fr', 'Le Slovène Tadej Pogačar a gagné dimanche.', 'Slovène Tadej Pogačar'],
    ['fr Belge Ben Healy', 'fr', 'Le Belge Ben Healy a pris la troisième place.', 'Belge Ben Healy'],
    ['fr chargé des Transports', 'fr', 'Le ministre délégué chargé des Transports, Philippe Tabarot, a exigé l\'immobilisation des véhicules.', 'Transports'],
  ])('%s', (_label, lang, text, name) => {
    const names = actorsOf(text, lang).flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain(name);
  });
});
