/**
 * Well-known non-state organisations of English and French news: tech,
 * industry, finance, media, parties, unions, NGOs, international bodies
 * (UN agencies and alliances are `organization`, as the gold annotation
 * treats intergovernmental bodies that are not one state's body), sports
 * bodies. Names grouped per entity (acronym ↔ expansion, EN ↔ FR).
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';

const o = (...names: string[]): GazetteerEntry => ({ names, kind: 'organization' });
const grp = (...names: string[]): GazetteerEntry => ({ names, kind: 'group' });

/** Known organisations. */
export const ORGANIZATIONS: readonly GazetteerEntry[] = [
  // technology and AI
  o('OpenAI'), o('Anthropic'), o('Apple', 'Apple Inc.'), o('Google', 'Alphabet'), o('Microsoft'), o('Meta', 'Meta Platforms'),
  o('Facebook'), o('Amazon'), o('Nvidia', 'NVIDIA'), o('Intel'), o('AMD'), o('IBM'), o('Oracle'), o('Samsung'), o('Huawei'),
  o('Xiaomi'), o('Tencent'), o('Alibaba'), o('Baidu'), o('ByteDance'), o('TikTok'), o('Netflix'), o('Spotify'), o('Uber'),
  o('Airbnb'), o('Tesla'), o('SpaceX'), o('Blue Origin'), o('Virgin Galactic'), o('Rocket Lab'), o('xAI'), o('Mistral AI', 'Mistral'), o('DeepMind', 'Google DeepMind'), o('DeepSeek'),
  o('Hewlett-Packard', 'HP', 'Hewlett Packard'), o('Dell'), o('Cisco'), o('Qualcomm'), o('Arm'), o('TSMC'), o('ASML'),
  o('Palantir'), o('Salesforce'), o('Adobe'), o('Yahoo'), o('Twitter'), o('LinkedIn'), o('Snapchat', 'Snap'), o('Reddit'),
  o('Wikipedia', 'Wikipédia'), o('Wikimedia Foundation', 'Wikimedia', 'Fondation Wikimedia', 'Fondation Wikimédia'), o('Sony'), o('Nintendo'), o('Nokia'), o('Ericsson'),
  o('Orange'), o('SFR'), o('Bouygues', 'Bouygues Telecom'), o('Free', 'Iliad'), o('Capgemini'), o('Atos'), o('Dassault Systèmes'),
  o('Ubisoft'), o('Vivendi'), o('Canal+'),
  // a firm's name with a lower-case word that no connector rule joins: "Research in Motion launched BlackBerry 10"
  o('Research in Motion', 'BlackBerry Limited'),
  // aerospace, defence, industry, energy, autos
  o('Boeing', 'The Boeing Company'), o('Airbus'), o('EADS', 'European Aeronautic Defense & Space Company',
    'European Aeronautic Defence and Space Company'), o('Lockheed Martin'), o('Northrop Grumman'), o('Raytheon', 'RTX'),
  o('General Dynamics'), o('General Atomics'), o('BAE Systems'), o('Thales'), o('Safran'), o('Dassault Aviation', 'Dassault'), o('Naval Group'),
  // defence industry of the US, Europe, Israel and Korea (ruleId actors/gazetteer): "Anduril Industries Inc.", "KNDS", « Arquus »
  o('Anduril', 'Anduril Industries'), o('Hanwha', 'Hanwha Aerospace'), o('Saab'), o('Fincantieri'), o('KNDS'), o('Nexter'),
  o('Krauss-Maffei Wegmann', 'KMW'), o('Arquus'), o('Embraer'), o('Textron'), o('L3Harris', 'L3Harris Technologies'),
  o('Huntington Ingalls Industries', 'Huntington Ingalls'), o('Elbit Systems', 'Elbit'), o('Kongsberg'), o('Sikorsky'),
  o('Airbus Defence and Space'), o('Pratt & Whitney'),
  // defence and business media: "reviewed by Business Insider", "told Defense News"
  o('Business Insider'), o('Defense News'), o('Breaking Defense'), o('Janes', 'Jane\'s'),
  o('OSCE', 'Organization for Security and Co-operation in Europe', 'Organisation pour la sécurité et la coopération en Europe'),
  o('MBDA'), o('Rheinmetall'), o('Leonardo'), o('Halliburton'), o('General Electric', 'GE'), o('Siemens'), o('Alstom'),
  o('ExxonMobil', 'Exxon'), o('Chevron'), o('Shell'), o('BP'), o('TotalEnergies', 'Total'), o('EDF', 'Électricité de France'),
  o('Engie'), o('Gazprom'), o('Rosneft'), o('Aramco', 'Saudi Aramco'), o('Renault'), o('Stellantis'), o('Peugeot', 'PSA'),
  // carmakers of the Stellantis, Renault and VW groups that French news names with a model (« 250 000 Citroën C3 », "Skoda Octavia"; ruleId actors/known-prefix-model)
  o('Citroën', 'Citroen'), o('Dacia'), o('Opel'), o('Škoda', 'Skoda'),
  o('Volkswagen'), o('BMW'), o('Mercedes-Benz', 'Mercedes', 'Daimler'), o('Toyota'), o('Honda'), o('Ford', 'Ford Motor'),
  o('General Motors', 'GM'), o('Nissan'), o('Hyundai'), o('Michelin'), o('ArcelorMittal'), o('Saint-Gobain'), o('Vinci'),
  o('Veolia'), o('Suez'), o('Air France', 'Air France-KLM'), o('Lufthansa'), o('Ryanair'), o('easyJet'), o('SNCF'), o('RATP'),
  o('La Poste'), o('Bayer'), o('BASF'), o('Pfizer'), o('Moderna'), o('BioNTech'), o('AstraZeneca'), o('Sanofi'),
  o('Novartis'), o('Roche'), o('Johnson & Johnson'), o('Merck'), o('GSK', 'GlaxoSmithKline'), o('Novo Nordisk'),
  o('Danone'), o('General Mills'), o('Nestlé', 'Nestle'), o('Unilever'), o('L\'Oréal', 'L’Oréal'), o('LVMH'), o('Kering'), o('Hermès'),
  o('Carrefour'), o('Auchan'), o('Leclerc', 'E.Leclerc'), o('Walmart', 'Wal-Mart', 'Wal-Mart Stores'), o('Home Depot', 'The Home Depot'),
  o('Target', 'Target Corp.', 'Target Corporation'), o('Kmart', 'Kmart Corp.', 'Kmart Corporation'), o('Costco'),
  o('McDonald\'s', 'McDonald’s'), o('Coca-Cola'), o('PepsiCo'), o('Starbucks'), o('Disney', 'Walt Disney'),
  // finance
  o('BNP Paribas'), o('BNP Paribas Fortis'), o('Société générale', 'Société Générale'), o('Crédit agricole', 'Crédit Agricole'),
  o('AXA'), o('Natixis'), o('ING'), o('KBC'), o('Belfius'), o('Goldman Sachs'), o('JPMorgan', 'JPMorgan Chase', 'JP Morgan'),
  o('Morgan Stanley'), o('Citigroup', 'Citi'), o('Bank of America'), o('Wells Fargo'), o('BlackRock'), o('HSBC'),
  o('Barclays'), o('Deutsche Bank'), o('UBS'), o('Credit Suisse'), o('Santander'), o('Visa'), o('Mastercard'),
  o('Berkshire Hathaway'), o('Moody\'s', 'Moody’s'), o('Standard & Poor\'s', 'S&P'), o('Fitch'),
  o('Nasdaq'), o('New York Stock Exchange', 'NYSE'), o('Euronext'),
  // media and agencies
  o('Keystone-ATS', 'Agence télégraphique suisse', 'Keystone ATS'), o('Agence QMI'), o('Presse canadienne', 'Canadian Press'),
  o('Reuters'), o('AFP', 'Agence France-Presse'), o('Associated Press', 'AP'), o('Bloomberg'), o('BBC'), o('CNN'),
  o('Fox News'), o('NBC'), o('CBS'), o('ABC'), o('NPR'), o('New York Times', 'The New York Times', 'NYT'),
  o('Washington Post', 'The Washington Post'), o('Wall Street Journal', 'The Wall Street Journal', 'WSJ'),
  o('Financial Times', 'FT'), o('The Guardian', 'Guardian'), o('The Economist', 'Economist'), o('Politico'), o('Axios'),
  o('The Information'), o('TechCrunch'), o('The Verge'), o('Wired'), o('CNBC'), o('Le Monde'), o('Le Figaro'),
  o('Libération'), o('Les Échos', 'Les Echos'), o('Le Parisien'), o('Mediapart'), o('France Télévisions'), o('France 2'),
  o('France 24'), o('TF1'), o('BFMTV', 'BFM TV'), o('Radio France'), o('France Inter'), o('franceinfo', 'France Info'),
  o('RTBF'), o('RTL'), o('Europe 1'), o('L\'Express', 'L’Express'), o('Le Point'), o('L\'Obs', 'L’Obs'),
  o('Wikinews'), o('El País', 'El Pais'), o('El Mundo'), o('La Repubblica'), o('Corriere della Sera'), o('Der Spiegel', 'Spiegel'),
  o('Die Zeit'), o('Bild'), o('Süddeutsche Zeitung'), o('Frankfurter Allgemeine Zeitung', 'FAZ'), o('Le Soir'), o('La Libre Belgique'),
  o('Le Temps'), o('La Presse'), o('Le Devoir'), o('Radio-Canada'), o('CBC'), o('Sky News'), o('Daily Telegraph', 'The Telegraph'),
  o('The Times'), o('The Independent'), o('Daily Mail'), o('USA Today'), o('Los Angeles Times'), o('Newsweek'), o('Al Jazeera'),
  // parties and unions
  o('Parti socialiste', 'PS'), o('Les Républicains', 'LR'), o('Rassemblement national', 'RN', 'Front national', 'FN'),
  o('La France insoumise', 'LFI'), o('Renaissance'),
  // the presidential party of 2016–2022 before it became Renaissance: « La République en marche », « LREM », « LaREM »
  o('La République en marche', 'La République En Marche', 'LREM', 'LaREM', 'En marche', 'En Marche'), o('Europe Écologie Les Verts', 'EELV', 'Les Écologistes'),
  o('Parti communiste français', 'PCF'), o('Modem', 'MoDem'), o('Horizons'), o('Reconquête'),
  o('Labour Party', 'Labour'), o('Conservative Party', 'Tories', 'Conservatives'),
  o('Liberal Democrats'), o('SPD'), o('CDU'), o('AfD'),
  o('CGT', 'Confédération générale du travail'), o('CFDT', 'Confédération française démocratique du travail'),
  o('Force ouvrière', 'FO'), o('CFE-CGC'), o('CFTC'), o('Unsa', 'UNSA'), o('SUD'), o('FSU'), o('Medef', 'MEDEF'),
  o('CPME'), o('FNSEA'), o('AFL-CIO'), o('Teamsters'),
  // NGOs, international organisations, sport
  o('Organisation des Nations unies', 'Nations unies', 'ONU', 'United Nations', 'UN', 'U.N.'),
  o('OTAN', 'NATO', 'Otan', 'Alliance atlantique', 'Organisation du traité de l\'Atlantique nord', 'North Atlantic Treaty Organization'),
  o('World Economic Forum', 'Forum économique mondial', 'WEF', 'Forum de Davos'),
  o('Mutualité sociale agricole'),
  o('Organisation mondiale de la santé', 'OMS', 'World Health Organization', 'WHO'),
  // « Fond monétaire international »: the singular spelling is a frequent slip of French news
  o('Fonds monétaire international', 'FMI', 'International Monetary Fund', 'IMF', 'Fond monétaire international'),
  o('Banque mondiale', 'World Bank'), o('Organisation mondiale du commerce', 'OMC', 'World Trade Organization', 'WTO'),
  o('OCDE', 'OECD', 'Organisation de coopération et de développement économiques'), o('OPEP', 'OPEC'),
  o('Unesco', 'UNESCO'), o('Unicef', 'UNICEF'), o('HCR', 'UNHCR'), o('AIEA', 'IAEA', 'Agence internationale de l\'énergie atomique',
    'International Atomic Energy Agency'), o('Agence internationale de l\'énergie', 'AIE', 'International Energy Agency', 'IEA'),
  o('Croix-Rouge', 'Red Cross', 'Comité international de la Croix-Rouge', 'CICR', 'ICRC'),
  o('Médecins sans frontières', 'MSF', 'Doctors Without Borders'), o('Amnesty International', 'Amnesty'),
  o('Human Rights Watch', 'HRW'), o('Greenpeace'), o('WWF'), o('Oxfam'), o('Reporters sans frontières', 'RSF', 'Reporters Without Borders'),
  o('Transparency International'), o('G7'), o('G20'), o('Union africaine', 'African Union'), o('ASEAN'),
  o('American Association of Retired Persons', 'AARP'),
  o('ACLU', 'American Civil Liberties Union'), o('Electronic Frontier Foundation', 'EFF'),
  o('CERN', 'Organisation européenne pour la recherche nucléaire', 'European Organization for Nuclear Research'), o('ESA', 'Agence spatiale européenne', 'European Space Agency'),
  o('World Food Programme', 'WFP', 'Programme alimentaire mondial', 'PAM'), o('Inter-American Development Bank', 'IDB'),
  // consumer associations: « l'association UFC-Que Choisir a dénoncé »
  o('UFC-Que Choisir', 'UFC Que Choisir', 'Que Choisir'),
  o('FIFA'), o('UEFA'), o('CIO', 'International Olympic Committee', 'IOC', 'Comité international olympique'),
  o('Fédération française de football', 'FFF'), o('Ligue de football professionnel', 'LFP'),
  o('Paris Saint-Germain', 'PSG'), o('Olympique de Marseille', 'OM'), o('Real Madrid'), o('FC Barcelone', 'FC Barcelona', 'Barça'),
  o('Manchester United'), o('Manchester City'), o('Liverpool FC'), o('Bayern Munich'), o('Juventus'),
  // football and rugby clubs of the English, Scottish, French and European top flights (league tables of the 2024–25 and
  // 2025–26 seasons), by the names news uses: "Leeds United stun Chelsea", "Arsenal beat Aston Villa", « le Stade
  // toulousain a battu l'Union Bordeaux-Bègles ». Bare town names ("Newcastle", "Lyon") are left out: they name the town
  // far more often (ruleId actors/gazetteer)
  o('Arsenal', 'Arsenal FC'), o('Chelsea', 'Chelsea FC'), o('Everton'), o('Fulham'), o('Brentford'),
  o('Wolverhampton Wanderers', 'Wolves'), o('Leeds United'), o('Newcastle United'), o('Nottingham Forest'),
  o('West Ham United', 'West Ham'), o('Crystal Palace'), o('Brighton & Hove Albion', 'Brighton and Hove Albion'),
  o('Tottenham'), o('Rangers FC'), o('Atlético Madrid', 'Atletico Madrid', 'Atlético de Madrid'),
  o('Inter Milan', 'Inter Milan FC'), o('AC Milan'), o('Borussia Dortmund'), o('Ajax Amsterdam', 'Ajax'), o('Benfica'),
  o('Napoli'), o('Olympique lyonnais', 'Olympique Lyonnais'), o('AS Monaco'), o('LOSC', 'LOSC Lille'), o('Stade rennais', 'Stade Rennais'),
  o('OGC Nice'), o('RC Lens'), o('AS Saint-Étienne', 'ASSE'), o('FC Nantes'), o('Girondins de Bordeaux'),
  o('Stade toulousain', 'Stade Toulousain'), o('Stade français', 'Stade Français'), o('Racing 92'),
  o('Union Bordeaux-Bègles', 'UBB'), o('Stade rochelais', 'Stade Rochelais'), o('ASM Clermont Auvergne', 'ASM Clermont'),
  o('RC Toulon', 'RCT'), o('Montpellier Hérault rugby', 'MHR'), o('Castres olympique', 'Castres Olympique'),
  o('NBA'), o('NFL'), o('MLB'), o('NHL'), o('Hamas'), o('Hezbollah'), o('Frères musulmans', 'Muslim Brotherhood', 'Confrérie des Frères musulmans'), o('Al-Qaïda', 'Al-Qaida', 'Al Qaeda'), o('Daech', 'ISIS', 'Etat islamique', 'État islamique', 'Islamic State'),
  o('Harvard', 'Harvard University', 'Université Harvard'), o('MIT', 'Massachusetts Institute of Technology'),
  o('Stanford', 'Stanford University'), o('Sorbonne'), o('Sciences Po'),
  // named groups of people
  grp('Republicans', 'Republican Party', 'GOP', 'Républicains américains'), grp('Democrats', 'Democratic Party', 'Démocrates'),
  // the US financial community named after its street: "Wall Street predicted $2.52 a share"
  grp('Wall Street'),
];
