/**
 * Actor rules written from the language of business, regulation and defence news, EN and FR: product plurals linked to
 * the singular (actors/product-plural), amounts not read as model numbers (actors/amount-not-model), new models announced
 * by "the new"/« la nouvelle » (actors/new-model), regulators and ministries named by their field
 * (actors/en/field-regulator), regulator heads (actors/en/regulator-head), a sector between the nationality and the head of
 * a company's description (actors/description-sector), and the Caisse des dépôts as a state body. Real expected values.
 */
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (business news): should find (name, kind)', () => {
  test.each<FindRow>([
    ['en French competition authority', 'en', 'The French competition authority fined Apple 150 million euros on Monday.',
      'French competition authority', 'government'],
    ['en German defence ministry', 'en', 'Airbus won an order from Germany. The German defence ministry said the jets would replace older ones.',
      'German defence ministry', 'government'],
    ['en Italian antitrust regulator', 'en', 'The Italian antitrust regulator opened a probe into Amazon on Tuesday.',
      'Italian antitrust regulator', 'government'],
    ['fr la nouvelle Clio is a product', 'fr', 'Renault a présenté la nouvelle Clio à Paris. Le constructeur espère en vendre beaucoup.',
      'Clio', 'product'],
    ['en the new Zephyr is a product', 'en', 'Ford unveiled the new Zephyr on Monday. The carmaker expects strong sales.',
      'Zephyr', 'product'],
    ['en Orange opening a sentence as the firm', 'en', 'Orange said on Monday it would cut 600 jobs in France.', 'Orange', 'organization'],
    ['en Orange customers are the firm\'s', 'en', 'Orange customers lost service on Monday.', 'Orange', 'organization'],
    ['en Research in Motion', 'en', 'Research in Motion launched its BlackBerry 10 platform in January.', 'Research in Motion', 'organization'],
    // second new-user trial: a brand's inner capital (actors/camel-case-brand); an institution taking a measure (bare-institution)
    ['en Spirit AeroSystems is a firm', 'en', 'Boeing will buy Spirit AeroSystems for $4.7 billion.', 'Spirit AeroSystems', 'organization'],
    ['en the army barring', 'en', 'The army barred journalists from entering the zone.', 'army', 'government'],
    ['fr l\'armée bloque', 'fr', "L'armée bloque l'accès à la zone depuis lundi.", 'armée', 'government'],
    // actors/ship-prefix
    ['en INS Vikrant is a ship', 'en', 'The Indian Navy will fly the Rafales from its aircraft carrier INS Vikrant.', 'INS Vikrant', 'product'],
    ['en HMS Richmond is a ship', 'en', 'Britain said HMS Richmond sailed to the Gulf on Monday.', 'HMS Richmond', 'product'],
    // actors/designation-letter-stop: the model's letter ends its sentence, the next name stands alone
    ['en Model Y before a new sentence', 'en', 'Tesla also lowered prices of the Model Y. BYD sold 300,000 cars in March.', 'Model Y', 'product'],
    ['en BYD after Model Y.', 'en', 'Tesla also lowered prices of the Model Y. BYD sold 300,000 cars in March.', 'BYD', 'organization'],
    ['en a middle initial still joins', 'en', 'President George W. Bush met the press on Monday.', 'George W. Bush', 'person'],
    // actors/product-definition
    ['fr Ubuntu est un système d\'exploitation', 'fr', 'Ubuntu est un système d\'exploitation libre. Wikipédia utilise Ubuntu pour ses serveurs.',
      'Ubuntu', 'product'],
    ['en a free web browser', 'en', 'He said Kwix is a free web browser made by a small firm.', 'Kwix', 'product'],
    ['en a former drug dealer stays unknown', 'en', 'Police said Zorblax is a former drug dealer from Ohio.', 'Zorblax', 'organization'],
    // (« forum » opens a French body's name over its lower-case words)
    ['fr Forum mondial de la langue française', 'fr', 'Le tout premier Forum mondial de la langue française s\'ouvre ce lundi à Québec.',
      'Forum mondial de la langue française', 'organization'],
    // actors/en/firm-pronoun: a firm named after its founder, resumed by "it" in a clause about its business
    ['en Charles Schwab said it would cut jobs', 'en', 'Charles Schwab said on Monday it would cut 2,000 jobs. Fees rose.', 'Charles Schwab',
      'organization'],
    ['en Louis Vuitton said its sales rose', 'en', 'Louis Vuitton said its sales rose 10% in the quarter.', 'Louis Vuitton', 'organization'],
    ['en a person saying "it was time" stays a person', 'en', 'John Smith said on Monday it was time to leave.', 'John Smith', 'person'],
    ['en a person saying "it would be good" stays a person', 'en', 'Peter Brown said it would be good for workers.', 'Peter Brown', 'person'],
    // actors/company-apposition-name: a sentence-initial unknown word before a company's description in commas
    ['en Ferrero, the Italian confectioner,', 'en', 'Ferrero, the Italian confectioner, bought the cookie business.', 'Ferrero', 'organization'],
    ['en Lactalis, the world\'s largest dairy group,', 'en', 'Lactalis, the world\'s largest dairy group, recalled milk.', 'Lactalis',
      'organization'],
    ['fr Lactalis, le groupe laitier,', 'fr', 'Lactalis, le groupe laitier, a rappelé du lait.', 'Lactalis', 'organization'],
    // actors/country-agreement-between, actors/country-coordinated-subject (a connector inside the second name)
    ['en the deal between Greece and France: France', 'en', 'The deal between Greece and France covers three frigates.', 'France', 'government'],
    ['fr l\'accord entre la Grèce et la France: France', 'fr', 'L\'accord entre la Grèce et la France porte sur des frégates.', 'France',
      'government'],
    ['fr le Japon et la Corée du Sud ont convenu', 'fr', 'Le Japon et la Corée du Sud ont convenu de partager des données.', 'Japon',
      'government'],
    ['en a country as a location stays a place', 'en', 'The talks were held in France on Monday between the two firms.', 'France', 'place'],
    ['fr Caisse des dépôts is a state body', 'fr', 'La Caisse des dépôts a pris 5 % du capital d\'Orange.', 'Caisse des dépôts', 'government'],
  ])('%s', (_label, lang: Language, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (business news): should not find', () => {
  test.each<[string, Language, string, string]>([
    // actors/amount-not-model: a number before a scale word or a currency is an amount
    ['en Apple 150 million', 'en', 'The watchdog fined Apple 150 million euros over its app-tracking tool.', 'Apple 150'],
    ['fr Orange 5 %', 'fr', 'La Caisse des dépôts détient Orange 5 % au-dessus du cours.', 'Orange 5'],
    ['en Nokia 3 billion', 'en', 'Microsoft paid Nokia 3 billion dollars for its phone unit.', 'Nokia 3'],
    // actors/initial-common-homonym: a known firm named by a common word, opening a sentence before a common noun
    ['en Orange juice', 'en', 'Orange juice prices rose sharply in March. Growers blamed the weather.', 'Orange'],
    // actors/known-name-lower-inner: the name is not split at its lower-case word
    // actors/fr/set-phrase: « au quotidien » (daily) and « la société civile » name no actor
    ['fr au quotidien', 'fr', 'Plus de 25 millions d\'utilisateurs utilisent Ubuntu au quotidien à travers le monde.', 'quotidien'],
    ['fr la société civile', 'fr', 'Le Forum de Montreux a été créé en 2010. Les participants sont issus de la société civile.', 'la société'],
    ['en Separately, the company', 'en', 'Separately, the company said it would hire 500 people.', 'Separately'],
    ['en Motion of Research in Motion', 'en', 'Research in Motion launched its BlackBerry 10 platform in January.', 'Motion'],
  ])('%s', (_label, lang, text, name) => {
    const names = actorsOf(text, lang).flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain(name);
  });
});

describe('actors (business news): one actor per entity', () => {
  const one = (actors: Actor[], name: string): Actor => {
    const a = byName(actors, name);
    if (!a) throw new Error(`no actor ${name} in ${JSON.stringify(actors.map((x) => x.name))}`);
    return a;
  };
  test('en Rafales is the Rafale (product-plural), named in the singular', () => {
    const actors = actorsOf('India signed a contract with Dassault Aviation for 26 Rafale jets. The French planemaker has now sold Rafales to eight countries.', 'en');
    const rafale = one(actors, 'Rafale');
    expect(rafale.name).toBe('Rafale');
    expect(rafale.aliases).toContain('Rafales');
    expect(actors.filter((a) => a.name === 'Rafales')).toHaveLength(0);
  });
  test('en the singular after the plural joins it', () => {
    const actors = actorsOf('Greece bought more Rafales in 2021. Its first Rafale flew in Tanagra.', 'en');
    const rafale = one(actors, 'Rafale');
    expect([rafale.name, rafale.kind, rafale.aliases]).toEqual(['Rafale', 'product', ['Rafales']]);
  });
  test.each<[string, Language, string, string, string]>([
    // actors/description-sector
    ['en the French energy group', 'en', 'Total said on Thursday it would cut jobs. The French energy group also raised its dividend.',
      'The French energy group', 'Total'],
    ['en the Anglo-Dutch company', 'en', 'Shell reported a rise in profit. The Anglo-Dutch company plans to buy back shares.',
      'The Anglo-Dutch company', 'Shell'],
    ['en the French planemaker', 'en', 'India signed a contract with Dassault Aviation. The French planemaker has now sold jets to eight countries.',
      'The French planemaker', 'Dassault Aviation'],
    ['en the German arms maker', 'en', 'Rheinmetall will supply ammunition. The German arms maker said the deal was large.',
      'The German arms maker', 'Rheinmetall'],
    // actors/en/regulator-head, strict: the authority is the actor whose name carries the word
    ['en the authority after the competition authority', 'en',
      'The French competition authority fined Apple 150 million euros. The authority said the rules were not neutral.',
      'The authority', 'French competition authority'],
    ['en the same watchdog', 'en', 'The French competition authority fined Apple. Google was fined by the same watchdog in 2021.',
      'the same watchdog', 'French competition authority'],
    // gazetteer: the French name of the Wikimedia Foundation
    ['fr Fondation Wikimedia is Wikimédia', 'fr', 'Un projet de la Fondation Wikimedia est en ligne. Il s\'agit du premier projet lancé par Wikimédia.',
      'Wikimédia', 'Fondation Wikimedia'],
    // actors/description-seat
    ['en the San Francisco-based company', 'en', 'Salesforce said revenue grew. The San Francisco-based company also unveiled a new tool.',
      'The San Francisco-based company', 'Salesforce'],
    // (« la centrale syndicale » is a union's description)
    ['fr la centrale syndicale', 'fr', 'Le syndicat SUD-PTT a révélé ce décès. La centrale syndicale précise que l\'agent avait demandé un congé.',
      'La centrale syndicale', 'SUD-PTT'],
    // actors/description-subject-over-partner
    ['en the planemaker after "with Safran"', 'en', 'Airbus signed a deal with Safran on Monday. The planemaker said deliveries would start in 2027.',
      'The planemaker', 'Airbus'],
    ['fr le constructeur after « avec Nissan »', 'fr', 'Renault a signé un accord avec Nissan lundi. Le constructeur a précisé que les livraisons commenceraient en 2027.',
      'Le constructeur', 'Renault'],
    ['en the partner when the subject is no firm', 'en', 'India signed a deal with Dassault Aviation on Monday. The company said deliveries would start in 2027.',
      'The company', 'Dassault Aviation'],
    // actors/new-model: the product is no longer the nearest company, so « le constructeur » reaches Renault
    ['fr le constructeur after la nouvelle Clio', 'fr', 'Renault a présenté la nouvelle Clio à Paris. Le constructeur espère en vendre 200 000 par an.',
      'Le constructeur', 'Renault'],
    // the product noun after the name stays in the description ("the maker of the Claude model", not "… the Claude")
    ['en the maker of the Claude model', 'en', 'The Pentagon argued with Anthropic, the maker of the Claude model, over weapons.',
      'the maker of the Claude model', 'Anthropic'],
  ])('%s', (_label, lang, text, alias, owner) => {
    const actors = actorsOf(text, lang);
    expect(actors.find((a) => a.aliases.includes(alias))?.name).toBe(owner);
  });
});

describe('actors: the source a report cites is no antecedent of a description (actors/description-not-source)', () => {
  test('"According to Reuters, Amazon is in talks to buy the startup": Reuters is not "the startup"', () => {
    const actors = actorsOf('According to Reuters, Amazon is in talks to buy the startup.', 'en');
    expect(byName(actors, 'Reuters')?.aliases).toEqual([]);
  });
});
