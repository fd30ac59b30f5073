/**
 * Words that make an unknown capitalised name an organisation or a
 * government body, in English and French, lower case without accents
 * ("Sears Holdings" → organization, "Ministère de la Culture" →
 * government). From company-law suffixes and the usual names of state
 * bodies.
 *
 * @module
 */

/**
 * Newspaper heads that name a paper only at the end of its name ("the Baltimore Sun", "the Hartford Courant", "the Kansas
 * City Star", "the Orange County Register", "the Boston Globe", "the Daily Mirror", "the Orlando Sentinel"), never at its
 * start ("Star Wars", "Sun Belt"): part of {@link ORG_HEADS}, not an opening head.
 */
export const CLOSING_MEDIA_HEADS: ReadonlySet<string> = new Set(['sun', 'courant', 'star', 'register', 'globe', 'mirror', 'sentinel']);

/** Company suffixes and organisation heads: "Kmart Corp.", "Burkhardt & Associates", "Groupe Casino". */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'plc', 'sa', 'sas', 'sarl', 'ag', 'gmbh',
  'nv', 'bv', 'spa', 'group', 'groupe', 'holdings', 'holding', 'bank', 'banque', 'association', 'associates', 'partners',
  'federation', 'fédération', 'union', 'syndicat', 'parti', 'party', 'foundation', 'fondation', 'institute', 'institut',
  'university', 'universite', 'college', 'school', 'ecole', 'airlines', 'airways', 'motors', 'technologies', 'technology',
  'systems', 'labs', 'laboratory', 'laboratories', 'laboratoires', 'pharmaceuticals', 'industries', 'industrie', 'entreprises',
  'enterprises', 'capital', 'ventures', 'fund', 'fonds', 'club', 'fc', 'league', 'ligue', 'network', 'media', 'medias',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'press', 'presse', 'magazine', 'radio', 'tv',
  'television', 'studios', 'records', 'energy', 'energie', 'petroleum', 'oil', 'telecom', 'telecommunications', 'insurance',
  'assurances', 'mutuelle', 'cooperative', 'society', 'societe', 'compagnie', 'organisation', 'organization', 'alliance',
  'coalition', 'movement', 'mouvement', 'confederation', 'confédération', 'trust', 'stores', 'brands', 'foods', 'hospital',
  'hopital', 'clinic', 'clinique', 'lycee', 'musee', 'museum', 'conservatoire', 'observatoire', 'observatory', 'centre', 'center', 'collective', 'collectif', 'team', 'equipe', 'consulting', 'solutions',
  'software', 'robotics', 'aerospace', 'defense', 'automotive', 'electric', 'chemicals',
  // markets: "London Metal Exchange", "New York Stock Exchange", « Bourse de Paris »
  'exchange', 'bourse',
  // trade heads of company names: "Columbia Pictures", "Hi Investment and Securities", "Noroeste Farm", "Universal Studios"
  'pictures', 'films', 'productions', 'entertainment', 'securities', 'investments', 'investment', 'farm', 'farms',
  // trade heads of drug, biotech, chip and freight companies: "Spark Therapeutics", "Vertex Pharmaceuticals", "Diplomat
  // Pharmacy", "Illumina Biosciences", "Exact Diagnostics", "Micron Semiconductor", "XPO Logistics"
  'therapeutics', 'biotherapeutics', 'biosciences', 'biologics', 'diagnostics', 'genomics', 'biotech', 'pharma', 'pharmacy',
  'semiconductor', 'semiconductors', 'logistics',
  // "Kestrel Bio", "Tarvo Analytics", "Pellan Mining", "Oxbridge Minerals", "Maplecrest Metals", "Torm Shipping": trade words
  // that close a firm's name after an unknown word
  'bio', 'analytics', 'mining', 'minerals', 'metals', 'shipping',
  // "Aspen Pharmacare", "Take-Two Interactive", "Sony Interactive": the trade word closes a company's name even after a given
  // name ("Aspen" is one)
  'pharmacare', 'interactive',
  // French party names built on the political side: "la Gauche démocratique", "Gauche républicaine", "Droite populaire"
  'gauche', 'droite',
  // Spanish, Portuguese, Italian heads met in international news: "Agência Estado", "Grupo Prisa", "Banco Santander"
  'program', 'programme', 'project', 'initiative',
  // think tanks and museums: "Brookings Institution", "Hoover Institution", "Smithsonian Institution"
  'institution',
  'agencia', 'banco', 'grupo', 'partido', 'compania', 'companhia', 'empresa', 'sociedad', 'universidad', 'universidade',
  'gruppo', 'partito', 'banca',
  // "Laboratorios Ferrán", "Industrias Peñoles", "Construcciones Aeronáuticas", "Cementos Argos", "Grupo Bimbo": plural trade
  // heads of Spanish and Portuguese company names
  'laboratorios', 'industrias', 'construcciones', 'cementos', 'aerolineas', 'transportes', 'inversiones', 'laboratorio',
  // newspaper titles: "the Indian Express", "the San Francisco Chronicle", "the Philadelphia Inquirer", "The Irish Examiner"
  'express', 'telegraph', 'chronicle', 'courier', 'inquirer', 'examiner', 'observer', 'dispatch', 'bulletin', 'courrier',
  // "the Baltimore Sun", "the Hartford Courant", "the Kansas City Star", "the Orange County Register", "the Boston Globe",
  // "the Daily Mirror", "the Orlando Sentinel"
  ...CLOSING_MEDIA_HEADS,
]);

/** Heads of state bodies: "Ministry of Health", "Cour d'appel de Paris", "Agence spatiale". */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'ministere', 'department', 'departement', 'agency', 'agence', 'administration', 'commission', 'court',
  'cour', 'tribunal', 'parliament', 'parlement', 'senate', 'senat', 'assembly', 'assemblee', 'congress', 'congres',
  'army', 'armee', 'navy', 'marine', 'police', 'gendarmerie', 'council', 'conseil', 'prefecture', 'mairie', 'parquet',
  'government', 'gouvernement', 'office', 'bureau', 'directorate', 'direction', 'inspection', 'inspectorate', 'authority',
  'autorite', 'regulator', 'cabinet', 'presidency', 'presidence', 'forces', 'force', 'guard', 'garde', 'command',
  'commandement', 'service', 'services', 'board', 'secretariat', 'secretariat', 'tresor', 'treasury', 'embassy',
  'ambassade', 'consulate', 'consulat', 'municipality', 'municipalite',
  // "Commerce Committee", "Committee on Armed Services", "National Elections Committee", "Comité des finances"
  'committee', 'comite',
  // "Inspector-General of Intelligence and Security", "Department of Defense Inspector-General"
  'inspector-general',
  // "Marine Corps", "Army Corps of Engineers", « Corps des gardiens de la révolution islamique »
  'corps',
  'ministerio', 'ministero', 'tribunal', 'governo', 'gobierno', 'policia', 'polizia',
]);

/**
 * Holidays and feasts (EN, FR, folded): capitalised dates, never actors ("à Noël", "before Christmas",
 * "pendant le ramadan", "Thanksgiving weekend").
 */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'xmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'hanukah', 'passover', 'ramadan', 'eid', 'diwali',
  'lent', 'pentecost', 'advent', 'epiphany', 'kwanzaa',
  'noel', 'paques', 'toussaint', 'pentecote', 'ascension', 'epiphanie', 'hanoucca', 'hanoukka', 'careme', 'avent', 'aid',
  'reveillon', 'chandeleur', 'assomption',
]);

/** English weekdays (folded): part of {@link TEMPORAL_WORDS}, and stripped from the end of a name (actors/trailing-weekday). */
export const EN_WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Months, days and holidays (EN, FR): never start a name ("November Kmart…" → "Kmart"), never an actor alone. */
export const TEMPORAL_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...EN_WEEKDAYS,
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  ...HOLIDAYS,
]);

/** Company-law suffixes dropped to compare names: "Kmart Corp." = "Kmart Corporation" = "Kmart". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'plc', 'sa', 'sas', 'sarl',
  'ag', 'gmbh', 'nv', 'bv', 'spa', 'associates', 'partners',
]);
