/**
 * Actor rules that generalise over news writing (English and French):
 * table-driven should-find / should-not-find / linking rows for holidays,
 * lower-case roles before a name, acronyms defining their expansion,
 * "gouvernement X", "État de X", capital-city metonyms, countries as
 * parties, description aliases without a preposition, institutions with a
 * lower-case head ("l'université de Caen").
 */
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (general rules): should find (name, kind)', () => {
  test.each<FindRow>([
    ['fr lower-case role before a surname', 'fr', 'Dans la soirée, le président Obama a suspendu sa campagne.', 'Obama', 'person'],
    ['en lower-case role before a surname', 'en', 'The talks were led by the prime minister Papadimos in Athens.', 'Papadimos', 'person'],
    ['fr known agency glued to a person', 'fr', '« Le risque est réel », a expliqué à l\'AFP Gilles Séralini, professeur.', 'AFP', 'organization'],
    ['fr person after known agency', 'fr', '« Le risque est réel », a expliqué à l\'AFP Gilles Séralini, professeur.', 'Gilles Séralini', 'person'],
    ['en Incorporated suffix', 'en', 'Workers at Ceramtech Incorporated built the device.', 'Ceramtech Incorporated', 'organization'],
    ['fr known name with lower-case words', 'fr', 'Les réunions prévues aux Nations unies ont été annulées.', 'Nations unies', 'organization'],
    ['fr known name at sentence start', 'fr', 'La Banque mondiale a refusé le prêt.', 'Banque mondiale', 'organization'],
    ['fr common words before their acronym', 'fr', 'Le gouvernement est dominé par la Nouvelle Démocratie (ND), a-t-on appris.',
      'Nouvelle Démocratie', 'organization'],
    ['en common words before their acronym', 'en', 'It was audited by the General Accounting Office (GAO) in May.',
      'General Accounting Office', 'government'],
    ['fr party named after its side', 'fr', 'Il est soutenu par le Parti socialiste et la Gauche démocratique.', 'Gauche démocratique', 'organization'],
    ['fr surname before a role apposition', 'fr', 'Le vote a eu lieu. Barroso, le président de la commission, est rassuré.', 'Barroso', 'person'],
    ['en surname before a role apposition', 'en', 'The vote passed. Juncker, the president of the commission, was pleased.', 'Juncker', 'person'],
    ['en country before a title is the state', 'en', 'United States President George W. Bush arrived in Ottawa.', 'United States', 'government'],
    ['en country before its troops is the state', 'en', 'The island was patrolled by United States helicopters.', 'United States', 'government'],
    ['en country as subject of a copula is a place', 'en', 'The United States is the origin of 42% of all spam.', 'United States', 'place'],
    ['fr countries listed as signatories', 'fr', 'Le traité a été signé par l\'Union européenne, ainsi que le Japon, le Canada et le Maroc.',
      'Maroc', 'government'],
    ['en countries listed as signatories', 'en', 'The treaty was signed in January by Japan, Canada and Morocco.', 'Canada', 'government'],
    ['fr country as a location in a signing sentence', 'fr', 'Le traité a été signé en France par Renault.', 'France', 'place'],
    ['fr given name that is a head word', 'fr', 'Hier, Marine Le Pen a parlé de l\'Europe.', 'Marine Le Pen', 'person'],
    ['fr government named after its leader', 'fr', 'Le mémorandum avait été signé par le gouvernement Papadimos, déjà composé du PASOK.',
      'gouvernement Papadimos', 'government'],
    ['en known seller inside a brand list stays an organisation', 'en', 'Stores will sell brands, including Kenmore and Lands\' End from Sears.',
      'Sears', 'organization'],
    ['en web domain at a sentence start', 'en', 'The bill passed. GovExec.com quotes a Senate aide.', 'GovExec.com', 'organization'],
    ['en brand list', 'en', 'Stores will sell brands, including Craftsman Tools, Kenmore, and Lands\' End from Sears.', 'Lands\' End', 'product'],
    ['en brand list with a person-like name', 'en', 'Kmart sells brands such as Martha Stewart and Joe Boxer.', 'Martha Stewart', 'product'],
    ['fr brand list', 'fr', 'Le groupe vend ses marques, dont Kenmore et Craftsman, dans ses magasins.', 'Kenmore', 'product'],
    ['en unknown Board acronym expansion', 'en', 'The study was ordered by the Defense Science Board (DSB) in May.', 'Defense Science Board', 'government'],
    ['en unknown Project organisation', 'en', 'The Project on Government Oversight said the lease was costly.', 'Project on Government Oversight', 'organization'],
    ['fr unknown banking federation', 'fr', 'Selon la fédération des banques, Febelfin, le montant est faible.', 'Febelfin', 'organization'],
    ['en acronym takes the kind of its expansion', 'en', 'They discussed NORAD (North American Aerospace Defence Command) at length.',
      'NORAD', 'government'],
    ['en province of X', 'en', 'Aid is slow to reach the Indonesian province of Aceh, officials said.', 'Aceh', 'place'],
    ['en capital X', 'en', 'She is stationed in the provincial capital Banda Aceh.', 'Banda Aceh', 'place'],
    ['fr base de X', 'fr', 'La fusée a décollé de la base de Cape Canaveral en Floride.', 'Cape Canaveral', 'place'],
    ['fr île de X', 'fr', 'Le bateau a coulé près de l\'île de Porquerolles.', 'Porquerolles', 'place'],
    ['fr capsule X', 'fr', 'La capsule Dragon a rejoint la station mardi.', 'Dragon', 'product'],
    ['fr lanceur X 9', 'fr', 'Le lanceur Falcon 9 a décollé mardi.', 'Falcon 9', 'product'],
    ['fr herbicide X', 'fr', 'Les rats ont reçu l\'herbicide Roundup pendant deux ans.', 'Roundup', 'product'],
    ['en rocket X', 'en', 'The rocket Soyuz lifted off on time.', 'Soyuz', 'product'],
    ['fr revue with a conjunction', 'fr', 'La revue Food and Chemical Toxicology a publié l\'étude.', 'Food and Chemical Toxicology', 'organization'],
    ['en journal X', 'en', 'The results were published in the journal Nature on Monday.', 'Nature', 'organization'],
    ['fr université de X', 'fr', 'Il est professeur à l\'université de Caen depuis 1991.', 'université de Caen', 'organization'],
    ['fr musée du X', 'fr', 'Le tableau a été volé au musée du Louvre dimanche.', 'musée du Louvre', 'organization'],
    ['fr mairie de X', 'fr', 'La mairie de Lyon a refusé le permis.', 'mairie de Lyon', 'government'],
    ['fr name + geographic noun after à', 'fr', 'A Breezy Point, dans le Queens, un incendie a détruit 80 maisons.', 'Breezy Point', 'place'],
    ['en name + geographic noun after at', 'en', 'The fair opened at McCormick Place on Monday.', 'McCormick Place', 'place'],
    ['fr person after à stays a person', 'fr', 'Le portefeuille revient à Antonis Manitakis, selon le décret.', 'Antonis Manitakis', 'person'],
    ['en first word of an unknown company at a sentence start', 'en', 'Workers at Ceramtech Incorporated built it. Ceramtech said so.',
      'Ceramtech Incorporated', 'organization'],
    ['fr Muslim Brotherhood', 'fr', 'Le parti des Frères musulmans était majoritaire au parlement.', 'Frères musulmans', 'organization'],
    ['en President of a country is the state', 'en', 'Lula met the President of South Korea on Monday.', 'South Korea', 'government'],
    ['fr président de la Grèce', 'fr', 'Le président de la Grèce a reçu les ministres.', 'Grèce', 'government'],
    ['fr ambassadeur de France', 'fr', 'Le retrait est confirmé par l\'ambassadeur de France en Afghanistan.', 'France', 'government'],
    ['fr people of a country stay a place', 'fr', 'Les habitants de la Grèce manifestent.', 'Grèce', 'place'],
    ['fr given name after an article is an organisation', 'fr', 'Pour l\'association de défense du logiciel libre, l\'April : « Le vote est une victoire ».',
      'April', 'organization'],
    ['en committee', 'en', 'The deal was examined by the Senate Commerce Committee in May.', 'Senate Commerce Committee', 'government'],
    ['en honorific Hon. is not part of a name', 'en', 'The letter was sent to Hon. Donald H. Rumsfeld, Secretary of Defense.', 'Donald H. Rumsfeld', 'person'],
    ['en the body after a title of office', 'en', 'The Secretary of the Air Force wrote back on Monday.', 'Air Force', 'government'],
    ['fr tribunal correctionnel de X', 'fr', 'Le tribunal correctionnel de Paris a condamné mardi le trader.', 'tribunal correctionnel de Paris', 'government'],
    ['fr cour d\'appel de X', 'fr', 'La cour d\'appel de Versailles a confirmé la décision.', 'cour d\'appel de Versailles', 'government'],
    ['fr tribunal de grande instance de X', 'fr', 'Le tribunal de grande instance de Nanterre a été saisi.', 'tribunal de grande instance de Nanterre',
      'government'],
    ['fr parquet de X', 'fr', 'Selon le parquet de Paris, l\'enquête continue.', 'parquet de Paris', 'government'],
    ['fr conseil of a known body stays the body', 'fr', 'Le conseil du CERN a approuvé le budget.', 'CERN', 'organization'],
    ['fr surname that is a title word', 'fr', 'Le ministre de l\'Économie, Bruno Le Maire, a réagi.', 'Bruno Le Maire', 'person'],
    ['fr usine de X', 'fr', 'Le constructeur prévoit de fermer son usine de Flins.', 'Flins', 'place'],
    ['fr model of a known product', 'fr', 'L\'accord porte sur 26 Rafale Marine livrés en 2028.', 'Rafale Marine', 'product'],
    ['fr person named like a product', 'fr', 'Le président de l\'Assemblée, Claude Bartolone, a parlé.', 'Claude Bartolone', 'person'],
    ['fr capital acting, its state unnamed', 'fr', 'Paris a signé mardi un accord de défense avec l\'Inde.', 'Paris', 'government'],
    ['fr capital as a location', 'fr', 'Le sommet a eu lieu à Paris. Paris a signé l\'accord.', 'Paris', 'place'],
    ['en lower-case ministry of X', 'en', 'The policy will be implemented by the ministry of Agriculture.', 'ministry of Agriculture', 'government'],
    ['en newspaper of a country', 'en', 'The report in the Times of Zambia was denied.', 'Times of Zambia', 'organization'],
    ['en model between a number and a product noun', 'en', 'About 12 Seahawk helicopters are involved in the operation.', 'Seahawk', 'product'],
    ['fr European Union is a government', 'fr', 'L\'Union européenne a imposé des sanctions à la Russie.', 'Union européenne', 'government'],
    ['en United Nations stays an organization', 'en', 'The United Nations appealed for aid.', 'United Nations', 'organization'],
    ['fr gouvernement de coalition', 'fr', 'Le Premier ministre a dévoilé le nouveau gouvernement de coalition de 38 membres.', 'gouvernement de coalition',
      'government'],
    ['en coalition government', 'en', 'The new coalition government was sworn in on Monday.', 'coalition government', 'government'],
    ['fr particle Le inside a name', 'fr', 'Hier, Bruno Le Roux, président du groupe socialiste, est intervenu.', 'Bruno Le Roux', 'person'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

type NotRow = [string, Language, string, string];

describe('actors (general rules): should not find', () => {
  test.each<NotRow>([
    ['fr the city of an institution is not an actor of its own', 'fr', 'Il est professeur à l\'université de Caen depuis 1991.', 'Caen'],
    ['en capitalised term after in', 'en', 'The tax is described in Revenue Ruling 99 of the code.', 'Revenue Ruling'],
    ['fr a heading description does not refer forward', 'fr', 'Soccer : la direction du club fait le bilan\n\nLa Major League Soccer (MLS) a publié son classement.',
      'la direction du club'],
    ['en sentence start inside typewriter quotes', 'en', 'It instructed, ``Please do not re-distribute this e-mail.\'\' Boeing agreed.', 'Please'],
    ['en inner word of a known name is not a name alone', 'en', 'Health experts at the World Health Organization (WHO) are worried.', 'Health'],
    ['en a title of office is a role', 'en', 'The Secretary of the Air Force wrote back on Monday.', 'Secretary of the Air Force'],
    ['en a director title is a role', 'en', 'He briefed the Director of Program Analysis on Monday.', 'Director of Program Analysis'],
    ['en partisan description', 'en', 'Senator Elizabeth Warren, a Massachusetts Democrat, criticized it.', 'Massachusetts Democrat'],
    ['en verb after a description head', 'en', 'Lockheed Martin Corp won the deal. The contractor declined to comment.', 'The contractor declined'],
    ['en a name after its determiner is not a description of another actor', 'en', 'The coalition government was sworn in. The French government agreed.',
      'The French government'],
    ['fr capitalised common noun: Histoire', 'fr', 'Le musée retrace l\'Histoire de la ville depuis 1900.', 'Histoire'],
    ['fr capitalised common noun: Sommet', 'fr', 'Les chefs d\'État se retrouvent au Sommet de mardi.', 'Sommet'],
    ['fr capitalised common noun: Loi', 'fr', 'Le texte modifie la Loi votée en 2010, a dit le député.', 'Loi'],
    ['en date after a connector', 'en', 'Flights were diverted to Canadians on September 11, 2001.', 'Canadians on September'],
    ['fr holiday', 'fr', 'Les ventes ont bondi à Noël, selon Carrefour.', 'Noël'],
    ['en holiday', 'en', 'Sales rose before Christmas, Walmart said.', 'Christmas'],
    ['fr holiday at sentence start', 'fr', 'Pâques tombe tôt cette année, a noté la SNCF.', 'Pâques'],
    ['en holiday run', 'en', 'The song was the Christmas No. 1 in Britain.', 'Christmas No. 1'],
    ['fr leader inside a government phrase', 'fr', 'Le mémorandum avait été signé par le gouvernement Papadimos, déjà composé du PASOK.',
      'Papadimos'],
    ['fr capitalised portfolio also written in lower case', 'fr', 'Le portefeuille de la Réforme revient à Antonis Manitakis. Les réformes attendront.',
      'Réforme'],
    ['en capitalised word also written in lower case', 'en', 'The Tanker Lease was signed. Boeing builds tankers for the Air Force.', 'Tanker'],
    ['fr determiner + common noun is not a known name', 'fr', 'La libération de la militante a été saluée par Amnesty.', 'libération'],
    ['fr the press is not La Presse', 'fr', 'La presse a salué la décision de Renault.', 'La presse'],
    ['fr no infinitive complement in a description', 'fr', 'L\'Impact de Montréal est satisfait. Le club demande à l\'équipe d\'être prête.',
      'l\'équipe d\'être'],
    ['fr no contracted preposition in an alias', 'fr', 'Samsung Electronics a publié ses résultats. Les ventes du groupe ont progressé.', 'du groupe'],
    ['fr no contracted preposition in a role alias', 'fr', 'Barack Obama a parlé. Les conseillers du président ont réagi.', 'du président'],
    ['en common words after a place are not a person', 'en', 'Workers at The Idaho National Engineering Laboratory agreed.', 'National Engineering'],
  ])('%s', (_name, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});

type LinkRow = [string, Language, string, string, string];

describe('actors (general rules): aliases link to one actor', () => {
  test.each<LinkRow>([
    ['fr acronym in parentheses after its expansion', 'fr', 'Le parti de droite Nouvelle Démocratie (ND) gagne. ND récupère dix ministères.',
      'Nouvelle Démocratie', 'ND'],
    ['fr foreign acronym after a multi-word party', 'fr', 'La Coalition de la gauche radicale (SYRIZA) a refusé. SYRIZA reste dehors.',
      'Coalition de la gauche radicale', 'SYRIZA'],
    ['fr description without contracted preposition', 'fr', 'Samsung Electronics a publié ses résultats. Les ventes du groupe ont progressé.',
      'Samsung Electronics', 'groupe'],
    ['fr State of a known place', 'fr', 'Le New Jersey est inondé. Le gouverneur de l\'État du New Jersey a parlé.', 'New Jersey',
      'État du New Jersey'],
    ['en State of a known place', 'en', 'Texas was hit. The governor of the State of Texas spoke.', 'Texas', 'State of Texas'],
    ['fr capital acting for the European Commission', 'fr', 'La Commission européenne a publié un rapport. Bruxelles a salué la création du gouvernement.',
      'Commission européenne', 'Bruxelles'],
    ['en capital acting for its country', 'en', 'The United States objected to the plan. Washington has warned Moscow.', 'United States',
      'Washington'],
    ['en acronym before its expansion', 'en', 'They discussed the future of NORAD (North American Aerospace Defence Command) at length.',
      'North American Aerospace Defence Command', 'NORAD'],
    ['fr acronym before its expansion', 'fr', 'Il brandit les drapeaux du FLN (Front de Libération Nationale) à la main.',
      'Front de Libération Nationale', 'FLN'],
    ['fr the team is not the league', 'fr', 'Les dirigeants de l\'Impact de Montréal ont parlé de la Major League Soccer (MLS). L\'équipe a fini septième.',
      'Impact de Montréal', 'L\'équipe'],
    ['fr description before the name', 'fr', 'Le quotidien français Le Figaro annonce mardi soir que le journaliste a été tué.', 'Le Figaro',
      'Le quotidien français Le Figaro'], // (the masculine demonym is part of the description: actors/description-nationality),
    ['en description before the name', 'en', 'The broadcaster said on Tuesday that Al Jazeera had obtained the files.', 'Al Jazeera',
      'The broadcaster'],
    ['fr description without accent', 'fr', 'Le club a engagé Jesse Marsch. L\'entraineur Jesse Marsch a été remercié.', 'Jesse Marsch', 'L\'entraineur'],
    ['en acronym of a foreign-language name', 'en', 'It was announced by the National Elections Committee (CNE). The CNE also said turnout was low.',
      'National Elections Committee', 'CNE'],
    ['fr maker-product compound', 'fr', 'La capsule Dragon a été lancée. La capsule SpaceX-Dragon doit rejoindre l\'ISS.', 'Dragon', 'SpaceX-Dragon'],
    ['en surname that is a common word at a sentence start', 'en', 'Its chief executive, Nick Read, will step down. Read said the plan was sound.',
      'Nick Read', 'Read'],
    ['en demonym + description head', 'en', 'Vodafone Group Plc fell after the British carrier cut its forecast.', 'Vodafone Group Plc', 'the British carrier'],
    ['fr a company description skips a union', 'fr', 'Renault a annoncé 2 000 suppressions de postes. La CGT dénonce un plan social. Le constructeur prévoit aussi de fermer Flins.',
      'Renault', 'Le constructeur'],
    ['en the contractor', 'en', 'The Pentagon awarded Lockheed Martin Corp a contract. The contractor declined to comment.', 'Lockheed Martin Corp',
      'The contractor'],
    ['fr l\'avionneur', 'fr', 'Dassault Aviation a salué l\'accord. L\'avionneur prévoit d\'embaucher.', 'Dassault Aviation', 'L\'avionneur'],
    ['fr role description then surname', 'fr', 'Le président Obama a suspendu sa campagne. Obama rentre à Washington.', 'Obama', 'Le président'],
  ])('%s', (_name, lang, text, name, alias) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, name);
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(alias);
    expect(actors.filter((x) => [x.name, ...x.aliases].includes(alias))).toHaveLength(1);
  });
});

describe('actors (general rules): a capital named as a location stays a place', () => {
  test.each<[string, Language, string, string]>([
    ['fr', 'fr', 'La Commission européenne a publié un rapport à Bruxelles. Bruxelles a salué la décision.', 'Bruxelles'],
    ['en', 'en', 'Talks were held in Washington. Washington has warned Moscow, the United States said.', 'Washington'],
  ])('%s', (_name, lang, text, name) => {
    const a = actorsOf(text, lang).find((x) => x.name === name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe('place');
  });
});
