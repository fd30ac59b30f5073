/**
 * Actor rules written from the language patterns of modern business and politics news (2015–2020 wire and newspaper
 * pages), EN and FR: firms listed after a plural noun of firms, newspaper heads, regulators named with their country,
 * active substances in lower case, model numbers with a variant suffix or a known number, a portfolio before a title,
 * a town's administration, an expansion followed by its acronym, a name cut before an infinitive, a holding's short
 * name. Table-driven should-find, should-not-find and linking rows.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (modern news): should find (name, kind)', () => {
  test.each<FindRow>([
    // actors/company-list
    ['en firms listed after "companies"', 'en', 'The agency gave contracts to companies Moonfield, Quiet Harbor and Orbit Beyond last year.',
      'Orbit Beyond', 'organization'],
    ['en two-word firm in the list is not a person', 'en', 'The agency gave contracts to companies Moonfield, Quiet Harbor and Orbit Beyond last year.',
      'Quiet Harbor', 'organization'],
    ['en firms after "operators such as"', 'en', 'The city banned operators such as Lime and Spin from its sidewalks.', 'Lime', 'organization'],
    ['fr firms listed after « entreprises »', 'fr', 'Le maire estime que les entreprises Lime et Bird n\'ont pas encadré le service.', 'Lime',
      'organization'],
    ['fr firms after « opérateurs comme »', 'fr', 'La ville a reçu des opérateurs comme Trottix, Lime et Bird en 2019.', 'Bird', 'organization'],
    // media heads (ORG_HEADS): "Sun", "Courant", "Star", "Register"
    ['en newspaper named after its town, "Sun"', 'en', 'The chain also owns the Baltimore Sun and other dailies.', 'Baltimore Sun', 'organization'],
    ['en newspaper "Register" after a known name', 'en', 'Layoffs hit the Orange County Register on Friday.', 'Orange County Register',
      'organization'],
    ['en newspaper "Star"', 'en', 'Its papers include the Miami Herald and Kansas City Star.', 'Kansas City Star', 'organization'],
    // actors/country-body
    ['en country code before a known agency', 'en', 'The company was fined by the U.S. Securities and Exchange Commission in May.',
      'U.S. Securities and Exchange Commission', 'government'],
    // actors/gov-head: a state-body head closing the name wins over a trade word
    ['en state-body head closes the name', 'en', 'The rates were set by the Energy and Water Regulatory Commission on Monday.',
      'Energy and Water Regulatory Commission', 'government'],
    // regulators in the gazetteer
    ['fr French food-safety agency', 'fr', 'Selon l\'Anses, le produit ne présente pas de risque.', 'Anses', 'government'],
    ['fr European food-safety authority in mixed case', 'fr', 'L’Efsa a publié un avis sur la substance.', 'Efsa', 'government'],
    ['en Canadian health regulator', 'en', 'Health Canada approved the drug in March.', 'Health Canada', 'government'],
    ['fr Swiss federal office with a long name', 'fr', 'L\'Office fédéral de la sécurité alimentaire et des affaires vétérinaires a réagi.',
      'Office fédéral de la sécurité alimentaire et des affaires vétérinaires', 'government'],
    // actors/substance
    ['fr herbicide in lower case', 'fr', 'Le glyphosate est l\'herbicide le plus vendu au monde.', 'glyphosate', 'product'],
    ['fr fungicide stem -thalonil', 'fr', 'Des résidus du chlorothalonil ont été trouvés dans les nappes.', 'chlorothalonil', 'product'],
    ['en insecticide stem -pyrifos', 'en', 'The EU banned chlorpyrifos in 2020.', 'chlorpyrifos', 'product'],
    ['fr substance with -méthyl', 'fr', 'Le clorpyrifos-méthyl est aussi interdit.', 'clorpyrifos-méthyl', 'product'],
    // actors/model-variant, actors/model-number-name
    ['en model number with a variant suffix', 'en', 'The order of A330neo jets was cancelled.', 'A330neo', 'product'],
    ['fr model number with a variant suffix', 'fr', 'La compagnie a commandé dix A321neo livrables en 2022.', 'A321neo', 'product'],
    ['en known model with its number', 'en', 'It grounded its 737 Max jets after the crash.', '737 Max', 'product'],
    // actors/title-before, actors/title-name: new titles
    ['en vice-premier before a name with a common word', 'en', 'The talks with Chinese vice-premier Liu He resumed.', 'Liu He', 'person'],
    ['en administrator as a title', 'en', '"We are ready," NASA Administrator Jim Bridenstine said.', 'Jim Bridenstine', 'person'],
    ['fr vice-premier ministre before a name', 'fr', 'Il a rencontré le vice-premier ministre Liu He à Pékin.', 'Liu He', 'person'],
    // actors/city-administration
    ['fr capitalised Ville de is the administration', 'fr', 'Le Service de la Ville de Montréal a émis des constats; la Ville de Montréal a tranché.',
      'Ville de Montréal', 'government'],
    ['fr la Ville alone inside a sentence', 'fr', 'Huit véhicules sur dix étaient mal garés, a constaté la Ville, qui a fait le bilan.',
      'Ville', 'government'],
    ['en capitalised City of is the administration', 'en', 'The fine was imposed by the City of Boston on Monday.', 'City of Boston',
      'government'],
    // actors/acronym-expansion-back
    ['fr expansion with lower-case words before its acronym', 'fr', 'Des constats ont été donnés par le Service de police de la Ville de Montréal (SPVM) hier.',
      'Service de police de la Ville de Montréal', 'government'],
    ['fr agency with lower-case words before its acronym', 'fr', 'L\'Agence de la santé publique du Canada (ASPC) a publié un avis.',
      'Agence de la santé publique du Canada', 'government'],
    // actors/fr/infinitive-after-name
    ['fr name cut before an infinitive', 'fr', 'Les cantons ont demandé à la Confédération d\'interdire ce produit.', 'Confédération', 'government'],
    // actors/country-will, actors/seat-located
    ['en capital whose demands are refused acts', 'en', 'Trump refused Beijing\'s demands. Beijing is balking at the deal.', 'Beijing',
      'government'],
    ['fr capital after « exigences de » acts', 'fr', 'Trump a refusé les exigences de Pékin. Pékin hésite encore.', 'Pékin', 'government'],
    ['en capital whose confidence is given acts', 'en', 'The listing is seen as a vote of confidence from Beijing.', 'Beijing',
      'government'],
    ['fr capital whose support is given acts', 'fr', 'Le projet a reçu le soutien de Pékin la semaine dernière.', 'Pékin', 'government'],
    ['en capital where something is located stays a place', 'en', 'Talks were held in Beijing. Beijing also wants a deal.', 'Beijing', 'place'],
    ['fr capital where something is located stays a place', 'fr', 'Les négociations ont eu lieu à Pékin. Pékin veut un accord.', 'Pékin',
      'place'],
    // actors/maker-possessive (English possessive; French names the maker after: « le Starship de SpaceX », see noun-before)
    ['en firm possessive before an unknown name', 'en', 'NASA picked SpaceX\'s Starship and Blue Origin\'s Blue Moon for the program.',
      'Blue Moon', 'product'],
    ['en firm possessive before a -ship word', 'en', 'NASA picked SpaceX\'s Starship for the program.', 'Starship', 'product'],
    ['en firm possessive before a known surname stays a person', 'en', 'Jeff Bezos spoke. Amazon\'s Bezos said the plan was ready.',
      'Bezos', 'person'],
    ['fr product named after its noun', 'fr', 'La NASA a choisi le lanceur Starship pour 2024.', 'Starship', 'product'],
    // actors/airline-name
    ['en Air and a place name is an airline', 'en', 'It won an order from Kazakhstan\'s Air Astana for 30 jets.', 'Air Astana', 'organization'],
    ['fr Air and a proper name is an airline', 'fr', 'Les vols de Air Caraïbes ont été annulés hier.', 'Air Caraïbes', 'organization'],
    // actors/place-office (English word order; French writes the office in lower case: « le procureur général de New York »)
    ['en place then an office without a holder', 'en', 'The New York State Attorney General (NYAG) is investigating the firm.',
      'New York State Attorney General', 'government'],
    ['en office alias by its acronym', 'en', 'The New York State Attorney General (NYAG) is investigating the firm.', 'NYAG', 'government'],
    ['en place, office and holder is the person', 'en', 'Texas Attorney General Ken Paxton sued the firm.', 'Ken Paxton', 'person'],
    // actors/town-acting
    ['fr town that acts is its administration', 'fr', 'Lausanne avait aussi dû agir fin août : elle a fermé deux sources.', 'Lausanne',
      'government'],
    ['en town where something happens stays a place', 'en', 'The fair was held in Lausanne last year.', 'Lausanne', 'place'],
    ['fr town where something happens stays a place', 'fr', 'Le salon a eu lieu à Lausanne l\'an dernier.', 'Lausanne', 'place'],
    // actors/acronym-expansion-product
    ['en expansion closed by a product noun', 'en', 'The agency will send its new Volatiles Investigating Polar Exploration Rover (VIPER) to the moon.',
      'Volatiles Investigating Polar Exploration Rover', 'product'],
    ['fr expansion closed by a product noun', 'fr', 'La NASA a retenu le Volatiles Investigating Polar Exploration Rover (VIPER) pour 2023.',
      'Volatiles Investigating Polar Exploration Rover', 'product'],
    ['en body before its acronym stays a body', 'en', 'The Federal Aviation Agency for Drones (FAAD) grounded the jets.', 'FAAD', 'government'],
    // actors/non-entity-acronym-before
    ['fr common acronym before a known name', 'fr', 'Selon l’ONG Greenpeace, le produit est dangereux.', 'Greenpeace', 'organization'],
    ['en common acronym before a known name', 'en', 'The NGO Oxfam said the aid was late.', 'Oxfam', 'organization'],
    // actors/body-phrase with research bodies
    ['fr lower-case institute before its name', 'fr', 'Les études de l’institut Ramazzini ont été critiquées.', 'institut Ramazzini',
      'organization'],
    ['en institute after its name', 'en', 'Studies by the Ramazzini institute were cited.', 'Ramazzini institute', 'organization'],
    // gazetteer: organisations of modern news
    ['en space firm', 'en', 'Blue Origin will build the lander.', 'Blue Origin', 'organization'],
    ['fr World Economic Forum in French', 'fr', 'Selon le Forum économique mondial, la parité progresse.', 'Forum économique mondial', 'organization'],
    ['fr Swiss news agency', 'fr', 'Son porte-parole a déclaré à Keystone-ATS que la mesure suffit.', 'Keystone-ATS', 'organization'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a?.kind).toBe(kind);
  });
});

/** A should-not-find row: [label, language, text, name that must be no actor's name or alias]. */
type NotRow = [string, Language, string, string];

describe('actors (modern news): should not find', () => {
  test.each<NotRow>([
    // actors/and-institution-list: two firms of a list stay apart
    ['en two firms joined by and', 'en', 'NASA picked Ceres Robotics and Tyvak Nano-Satellite Systems for the mission.',
      'Ceres Robotics and Tyvak Nano-Satellite Systems'],
    ['en a mixed-case brand after and opens its own name', 'en', 'Shareholders of Brightwell and NewsHouse Media approved the merger.',
      'Brightwell and NewsHouse Media'],
    ['fr a mixed-case brand after and opens its own name', 'fr', 'Les actionnaires de Brightwell and NewsHouse Media ont approuvé la fusion.',
      'Brightwell and NewsHouse Media'],
    ['en firm possessive before a common noun', 'en', 'Subject: Our offer cost less than Boeing\'s Importance: High.', 'Importance'],
    // actors/portfolio-title: the portfolio is part of the title, not of a body
    ['en portfolio before a title', 'en', 'He met US Trade Representative Robert Lighthizer on Monday.', 'US Trade'],
    // actors/fr/infinitive-after-name
    ['fr infinitive after d\' is not in the name', 'fr', 'Les cantons ont demandé à la Confédération d\'interdire ce produit.', 'Confédération d\'interdire'],
    // French common acronyms
    ['fr OPA is a common noun', 'fr', 'Le glyphosate devient le symbole de l\'OPA de Monsanto sur l\'agriculture.', 'OPA de Monsanto'],
    ['fr OGM is a common noun', 'fr', 'Monsanto vend des OGM depuis 1996.', 'OGM'],
    // actors/company-list: only after a plural noun of firms
    ['en names after a non-firm plural noun', 'en', 'The singers Orbit Beyond and Quiet Harbor performed.', 'Orbit Beyond'],
    ['fr names after a non-firm plural noun', 'fr', 'Les chanteurs Orbit Beyond et Lime ont chanté.', 'Orbit Beyond'],
    // actors/substance: only the stems, not look-alike words
    ['fr news word ending like a substance', 'fr', 'Les infos du magazine sont parues en mars.', 'infos'],
    ['en model variant needs a lower-case suffix', 'en', 'Take the A34 road north.', 'A34'],
    // actors/non-entity-acronym-before: the classifying acronym is not part of the name
    ['fr ONG stays out of the name', 'fr', 'Selon l’ONG Greenpeace, le produit est dangereux.', 'ONG Greenpeace'],
    ['en Air and a common noun is no airline', 'en', 'The Air Quality index rose sharply on Monday.', 'Air Quality'],
    ['fr body noun before a two-word name is not cut', 'fr', 'L’association Bill Gates a donné dix millions.', 'association Bill'],
    // time zones after a time
    ['en time zone after a time', 'en', 'This story was updated at 5:45 p.m. ET to include details.', 'ET'],
    ['en another time zone after a time', 'en', 'The launch is set for 10 a.m. GMT on Friday.', 'GMT'],
    // actors/city-administration: only a capitalised Ville inside a sentence
    ['fr lower-case ville is the town', 'fr', 'Les trottinettes ont envahi la ville de Montréal.', 'ville de Montréal'],
  ])('%s', (_label, lang, text, name) => {
    expect(byName(actorsOf(text, lang), name)).toBeUndefined();
  });
});

/** A linking row: [label, language, text, full name, shorter form that must be its alias]. */
type LinkRow = [string, Language, string, string, string];

describe('actors (modern news): aliases link to one actor', () => {
  test.each<LinkRow>([
    // actors/holding-short-name
    ['en holding without its trade words', 'en', 'Michael Reed runs New Media Investment Group. Investors of New Media were told on Monday.',
      'New Media Investment Group', 'New Media'],
    ['fr holding without its trade words', 'fr', 'Le fonds Alto Media Holding a racheté le titre. Alto Media a confirmé la vente.',
      'Alto Media Holding', 'Alto Media'],
    // actors/hyphenated-surname
    ['en hyphenated surname alone', 'en', 'The paper was bought by Patrick Soon-Shiong. Later Soon-Shiong remained a shareholder.',
      'Patrick Soon-Shiong', 'Soon-Shiong'],
    ['fr hyphenated surname alone', 'fr', 'Selon Dominique Parent-Massin, le risque est faible. Parent-Massin a publié une étude.',
      'Dominique Parent-Massin', 'Parent-Massin'],
    // actors/model-series
    ['en known model with a series number', 'en', 'It ordered 50 Airbus A350-900 jets. The A350 order was revised.', 'Airbus A350-900', 'A350'],
    ['fr known model with a series number', 'fr', 'Elle a commandé 50 Airbus A350-900 avions. La commande d\'A350 a été revue.',
      'Airbus A350-900', 'A350'],
    // actors/country-body
    ['en agency with and without its country', 'en', 'The U.S. Securities and Exchange Commission opened a probe. The SEC declined to comment.',
      'U.S. Securities and Exchange Commission', 'SEC'],
  ])('%s', (_label, lang, text, name, alias) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a?.name === alias || a?.aliases.includes(alias)).toBe(true);
  });
});
