/**
 * Countries (flagged `country`: a country that acts is a government) and
 * major cities and regions, with English and French names. Each entry
 * groups the names of one place ("Germany" = "Allemagne").
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';

const c = (...names: string[]): GazetteerEntry => ({ names, kind: 'place', country: true });
const pl = (...names: string[]): GazetteerEntry => ({ names, kind: 'place' });
/** A capital and the bodies it stands for when it acts ("Bruxelles a salué" = the European Commission). */
const seat = (names: string[], seatOf: string[]): GazetteerEntry => ({ names, kind: 'place', seatOf });

/** Countries and states. */
export const COUNTRIES: readonly GazetteerEntry[] = [
  c('United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'États-Unis', 'Etats-Unis', 'Amérique'),
  c('France'), c('Germany', 'Allemagne'), c('United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'Royaume-Uni', 'Grande-Bretagne'),
  c('Italy', 'Italie'), c('Spain', 'Espagne'), c('Portugal'), c('Belgium', 'Belgique'), c('Netherlands', 'Pays-Bas', 'Holland'),
  c('Luxembourg'), c('Switzerland', 'Suisse'), c('Austria', 'Autriche'), c('Ireland', 'Irlande'), c('Poland', 'Pologne'),
  c('Czech Republic', 'Czechia', 'République tchèque', 'Tchéquie'), c('Slovakia', 'Slovaquie'), c('Hungary', 'Hongrie'),
  c('Romania', 'Roumanie'), c('Bulgaria', 'Bulgarie'), c('Greece', 'Grèce'), c('Cyprus', 'Chypre'), c('Malta', 'Malte'),
  c('Croatia', 'Croatie'), c('Slovenia', 'Slovénie'), c('Serbia', 'Serbie'), c('Bosnia', 'Bosnie'), c('Kosovo'),
  c('Albania', 'Albanie'), c('North Macedonia', 'Macédoine du Nord'), c('Montenegro', 'Monténégro'), c('Moldova', 'Moldavie'),
  c('Ukraine'), c('Belarus', 'Biélorussie'), c('Russia', 'Russie', 'Russian Federation', 'Fédération de Russie'),
  c('Estonia', 'Estonie'), c('Latvia', 'Lettonie'), c('Lithuania', 'Lituanie'), c('Finland', 'Finlande'),
  c('Sweden', 'Suède'), c('Norway', 'Norvège'), c('Denmark', 'Danemark'), c('Iceland', 'Islande'), c('Greenland', 'Groenland'),
  c('Turkey', 'Türkiye', 'Turquie'), c('Georgia', 'Géorgie'), c('Armenia', 'Arménie'), c('Azerbaijan', 'Azerbaïdjan'),
  c('Israel', 'Israël'), c('Palestine'), c('Lebanon', 'Liban'), c('Syria', 'Syrie'), c('Jordan', 'Jordanie'), c('Iraq', 'Irak'),
  c('Iran'), c('Saudi Arabia', 'Arabie saoudite'), c('Yemen', 'Yémen'), c('Oman'), c('United Arab Emirates', 'UAE',
    'Émirats arabes unis'), c('Qatar'), c('Kuwait', 'Koweït'), c('Bahrain', 'Bahreïn'), c('Egypt', 'Égypte', 'Egypte'),
  c('Libya', 'Libye'), c('Tunisia', 'Tunisie'), c('Algeria', 'Algérie'), c('Morocco', 'Maroc'), c('Mauritania', 'Mauritanie'),
  c('Senegal', 'Sénégal'), c('Mali'), c('Niger'), c('Burkina Faso'), c('Chad', 'Tchad'), c('Sudan', 'Soudan'),
  c('South Sudan', 'Soudan du Sud'), c('Ethiopia', 'Éthiopie'), c('Eritrea', 'Érythrée'), c('Somalia', 'Somalie'),
  c('Kenya'), c('Uganda', 'Ouganda'), c('Rwanda'), c('Burundi'), c('Tanzania', 'Tanzanie'),
  c('Democratic Republic of the Congo', 'DRC', 'République démocratique du Congo', 'RDC'), c('Congo'),
  c('Cameroon', 'Cameroun'), c('Nigeria'), c('Ghana'), c('Ivory Coast', 'Côte d\'Ivoire', 'Côte d’Ivoire'), c('Guinea', 'Guinée'),
  c('Gabon'), c('Benin', 'Bénin'), c('Togo'), c('Angola'), c('Mozambique'), c('Zambia', 'Zambie'), c('Zimbabwe'),
  c('South Africa', 'Afrique du Sud'), c('Madagascar'), c('Namibia', 'Namibie'), c('Botswana'),
  c('China', 'Chine', 'People\'s Republic of China', 'PRC'), c('Japan', 'Japon'), c('South Korea', 'Corée du Sud', 'Korea', 'Republic of Korea', 'Corée'),
  c('North Korea', 'Corée du Nord'), c('Taiwan', 'Taïwan'), c('India', 'Inde'), c('Pakistan'), c('Afghanistan'),
  c('Bangladesh'), c('Sri Lanka'), c('Nepal', 'Népal'), c('Myanmar', 'Birmanie'), c('Thailand', 'Thaïlande'),
  c('Vietnam', 'Viêt Nam'), c('Cambodia', 'Cambodge'), c('Laos'), c('Malaysia', 'Malaisie'), c('Singapore', 'Singapour'),
  c('Indonesia', 'Indonésie'), c('Philippines'), c('Australia', 'Australie'), c('New Zealand', 'Nouvelle-Zélande'),
  c('Kazakhstan'), c('Uzbekistan', 'Ouzbékistan'), c('Mongolia', 'Mongolie'),
  c('Canada'), c('Mexico', 'Mexique'), c('Cuba'), c('Haiti', 'Haïti'), c('Dominican Republic', 'République dominicaine'),
  c('Guatemala'), c('Honduras'), c('Nicaragua'), c('Costa Rica'), c('Panama'), c('Colombia', 'Colombie'),
  c('Venezuela'), c('Ecuador', 'Équateur'), c('Peru', 'Pérou'), c('Bolivia', 'Bolivie'), c('Brazil', 'Brésil', 'Brasil'),
  c('Paraguay'), c('Uruguay'), c('Argentina', 'Argentine'), c('Chile', 'Chili'),
  c('Scotland', 'Écosse'), c('Wales', 'Pays de Galles'), c('England', 'Angleterre'), c('Northern Ireland', 'Irlande du Nord'),
  c('Vatican', 'Holy See', 'Saint-Siège'), c('Monaco'),
];

/** Cities, regions and continents (never a government by themselves). */
export const PLACES: readonly GazetteerEntry[] = [
  pl('Europe'), pl('Africa', 'Afrique'), pl('Asia', 'Asie'), pl('North America', 'Amérique du Nord'),
  pl('South America', 'Amérique du Sud', 'Amérique latine', 'Latin America'), pl('Middle East', 'Moyen-Orient', 'Proche-Orient'),
  pl('Gaza', 'Gaza Strip', 'bande de Gaza'), pl('West Bank', 'Cisjordanie'), pl('Crimea', 'Crimée'), pl('Donbass', 'Donbas'),
  seat(['Paris'], ['Élysée', 'France']), pl('Lyon'), pl('Marseille'), pl('Toulouse'), pl('Nice'), pl('Nantes'), pl('Strasbourg'), pl('Montpellier'),
  pl('Bordeaux'), pl('Lille'), pl('Rennes'), pl('Grenoble'), pl('Toulon'), pl('Brest'), pl('Rouen'), pl('Reims'),
  pl('Île-de-France', 'Ile-de-France'), pl('Bretagne', 'Brittany'), pl('Normandie', 'Normandy'), pl('Corse', 'Corsica'),
  pl('Alsace'), pl('Provence'), pl('Occitanie'), pl('Isère'), pl('Guadeloupe'), pl('Martinique'), pl('Guyane'),
  pl('La Réunion', 'Réunion'), pl('Mayotte'), pl('Nouvelle-Calédonie', 'New Caledonia'),
  seat(['Brussels', 'Bruxelles'], ['Commission européenne', 'Union européenne', 'Belgium']), pl('Antwerp', 'Anvers'), pl('Liège'), pl('Geneva', 'Genève'), pl('Zurich'), pl('Lausanne'),
  seat(['London', 'Londres'], ['Downing Street', 'United Kingdom']), pl('Manchester'), pl('Edinburgh', 'Édimbourg'), seat(['Dublin'], ['Ireland']), seat(['Berlin'], ['Germany']), pl('Munich'),
  pl('Frankfurt', 'Francfort'), pl('Hamburg', 'Hambourg'), seat(['Rome'], ['Italy']), pl('Milan'), seat(['Madrid'], ['Spain']), pl('Barcelona', 'Barcelone'),
  seat(['Lisbon', 'Lisbonne'], ['Portugal']), seat(['Amsterdam'], ['Netherlands']), seat(['Vienna', 'Vienne'], ['Austria']), seat(['Warsaw', 'Varsovie'], ['Poland']), seat(['Prague'], ['Czech Republic']),
  seat(['Budapest'], ['Hungary']), seat(['Athens', 'Athènes'], ['Greece']), seat(['Stockholm'], ['Sweden']), seat(['Oslo'], ['Norway']), seat(['Copenhagen', 'Copenhague'], ['Denmark']), seat(['Helsinki'], ['Finland']),
  seat(['Moscow', 'Moscou'], ['Kremlin', 'Russia']), seat(['Kyiv', 'Kiev', 'Kyiv'], ['Ukraine']), pl('Istanbul'), seat(['Ankara'], ['Turkey']), seat(['Jerusalem', 'Jérusalem'], ['Israel']),
  pl('Tel Aviv'), seat(['Beirut', 'Beyrouth'], ['Lebanon']), seat(['Damascus', 'Damas'], ['Syria']), seat(['Baghdad', 'Bagdad'], ['Iraq']), seat(['Tehran', 'Téhéran'], ['Iran']),
  seat(['Riyadh', 'Riyad'], ['Saudi Arabia']), pl('Dubai', 'Dubaï'), seat(['Doha'], ['Qatar']), seat(['Cairo', 'Le Caire'], ['Egypt']), seat(['Algiers', 'Alger'], ['Algeria']), seat(['Tunis'], ['Tunisia']),
  seat(['Rabat'], ['Morocco']), pl('Casablanca'), seat(['Dakar'], ['Senegal']), pl('Abidjan'), pl('Lagos'), seat(['Nairobi'], ['Kenya']), pl('Johannesburg'),
  seat(['Beijing', 'Pékin'], ['China']), pl('Shanghai'), pl('Hong Kong'), seat(['Tokyo'], ['Japan']), seat(['Seoul', 'Séoul'], ['South Korea']), seat(['Taipei', 'Taipeh'], ['Taiwan']),
  seat(['New Delhi', 'Delhi'], ['India']), pl('Mumbai', 'Bombay'), pl('Singapore City'), pl('Sydney'), pl('Melbourne'),
  seat(['Washington', 'Washington, D.C.', 'Washington DC'], ['White House', 'United States']), pl('New York', 'New York City', 'NYC'), pl('Los Angeles'),
  pl('San Francisco'), pl('Chicago'), pl('Boston'), pl('Seattle'), pl('Houston'), pl('Dallas'), pl('Miami'),
  pl('Atlanta'), pl('Detroit'), pl('Philadelphia', 'Philadelphie'), pl('Las Vegas'), pl('Silicon Valley', 'Silicon Valley'),
  pl('California', 'Californie'), pl('Texas'), pl('Florida', 'Floride'), pl('Arizona'), pl('Ohio'), pl('Michigan'),
  pl('Pennsylvania', 'Pennsylvanie'), pl('Virginia', 'Virginie'), pl('Illinois'), pl('Nevada'), pl('Alaska'), pl('Hawaii'),
  pl('Montreal', 'Montréal'), pl('Quebec', 'Québec'), pl('Toronto'), seat(['Ottawa'], ['Canada']), pl('Vancouver'),
  pl('Mexico City'), pl('São Paulo', 'Sao Paulo'), pl('Rio de Janeiro'), seat(['Buenos Aires'], ['Argentina']), seat(['Bogotá', 'Bogota'], ['Colombia']),
  seat(['Caracas'], ['Venezuela']), seat(['Lima'], ['Peru']), pl('Santiago'), seat(['Havana', 'La Havane'], ['Cuba']),  // National capitals not listed above, with their French names where they differ: a capital that acts and is never a
  // location in the text stands for its country's government ("the Afghan government … Kabul said", « Kaboul a
  // rejeté ») — ruleIds actors/acting-capital-government, actors/seat-of-power. Capitals named like their country
  // (Mexico, Panama, Kuwait, Singapore, Luxembourg, Djibouti…) are left out. Source: the capitals of UN member states.
  seat(['Kabul', 'Kaboul'], ['Afghanistan']), seat(['Islamabad'], ['Pakistan']), seat(['Pyongyang'], ['North Korea']),
  seat(['Canberra'], ['Australia']), seat(['Wellington'], ['New Zealand']), seat(['Bern', 'Berne'], ['Switzerland']),
  seat(['The Hague', 'La Haye'], ['Netherlands']), seat(['Bucharest', 'Bucarest'], ['Romania']), seat(['Sofia'], ['Bulgaria']),
  seat(['Belgrade'], ['Serbia']), seat(['Zagreb'], ['Croatia']), seat(['Ljubljana'], ['Slovenia']), seat(['Bratislava'], ['Slovakia']),
  seat(['Sarajevo'], ['Bosnia']), seat(['Pristina'], ['Kosovo']), seat(['Tirana'], ['Albania']), seat(['Skopje'], ['North Macedonia']),
  seat(['Podgorica'], ['Montenegro']), seat(['Chisinau', 'Chișinău'], ['Moldova']), seat(['Minsk'], ['Belarus']),
  seat(['Vilnius'], ['Lithuania']), seat(['Riga'], ['Latvia']), seat(['Tallinn'], ['Estonia']), seat(['Reykjavik'], ['Iceland']),
  seat(['Nicosia', 'Nicosie'], ['Cyprus']), seat(['Valletta', 'La Valette'], ['Malta']), seat(['Tbilisi', 'Tbilissi'], ['Georgia']),
  seat(['Yerevan', 'Erevan', 'Érevan'], ['Armenia']), seat(['Baku', 'Bakou'], ['Azerbaijan']), seat(['Amman'], ['Jordan']),
  seat(['Sanaa', "Sana'a"], ['Yemen']), seat(['Muscat', 'Mascate'], ['Oman']), seat(['Abu Dhabi', 'Abou Dhabi'], ['United Arab Emirates']),
  seat(['Manama'], ['Bahrain']), seat(['Tripoli'], ['Libya']), seat(['Khartoum'], ['Sudan']), seat(['Juba'], ['South Sudan']),
  seat(['Addis Ababa', 'Addis-Abeba'], ['Ethiopia']), seat(['Asmara'], ['Eritrea']), seat(['Mogadishu', 'Mogadiscio'], ['Somalia']),
  seat(['Kampala'], ['Uganda']), seat(['Kigali'], ['Rwanda']), seat(['Bujumbura', 'Gitega'], ['Burundi']), seat(['Dodoma'], ['Tanzania']),
  seat(['Kinshasa'], ['Democratic Republic of the Congo']), seat(['Brazzaville'], ['Congo']), seat(['Yaoundé', 'Yaounde'], ['Cameroon']),
  seat(['Abuja'], ['Nigeria']), seat(['Accra'], ['Ghana']), seat(['Lomé', 'Lome'], ['Togo']), seat(['Porto-Novo'], ['Benin']),
  seat(['Libreville'], ['Gabon']), seat(['Conakry'], ['Guinea']), seat(['Nouakchott'], ['Mauritania']), seat(['Bamako'], ['Mali']),
  seat(['Niamey'], ['Niger']), seat(['Ouagadougou'], ['Burkina Faso']), seat(["N'Djamena", 'N’Djamena', 'Ndjamena'], ['Chad']),
  seat(['Luanda'], ['Angola']), seat(['Maputo'], ['Mozambique']), seat(['Lusaka'], ['Zambia']), seat(['Harare'], ['Zimbabwe']),
  seat(['Pretoria'], ['South Africa']), seat(['Antananarivo', 'Tananarive'], ['Madagascar']), seat(['Windhoek'], ['Namibia']),
  seat(['Gaborone'], ['Botswana']), seat(['Dhaka', 'Dacca'], ['Bangladesh']), seat(['Colombo'], ['Sri Lanka']),
  seat(['Kathmandu', 'Katmandou'], ['Nepal']), seat(['Naypyidaw', 'Naypyitaw'], ['Myanmar']), seat(['Bangkok'], ['Thailand']),
  seat(['Hanoi', 'Hanoï'], ['Vietnam']), seat(['Phnom Penh'], ['Cambodia']), seat(['Vientiane'], ['Laos']),
  seat(['Kuala Lumpur'], ['Malaysia']), seat(['Jakarta'], ['Indonesia']), seat(['Manila', 'Manille'], ['Philippines']),
  seat(['Astana'], ['Kazakhstan']), seat(['Tashkent', 'Tachkent'], ['Uzbekistan']), seat(['Ulaanbaatar', 'Oulan-Bator'], ['Mongolia']),
  seat(['Brasília', 'Brasilia'], ['Brazil']), seat(['Montevideo'], ['Uruguay']), seat(['Asunción', 'Asuncion'], ['Paraguay']),
  seat(['Quito'], ['Ecuador']), seat(['Managua'], ['Nicaragua']), seat(['Tegucigalpa'], ['Honduras']),
  seat(['Santo Domingo', 'Saint-Domingue'], ['Dominican Republic']), seat(['Port-au-Prince'], ['Haiti']),
];

/**
 * The Associated Press abbreviations of US states, as datelines and addresses write them after a town
 * ("OAKLAND, Calif.", "Albany, N.Y., said"), without their final dot. States AP never abbreviates
 * (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are absent. Source: AP Stylebook, "state names".
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C',
  'S.D', 'Tenn', 'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo', 'D.C',
]);

/**
 * Nationality adjectives (folded, EN and FR, masculine singular) whose country's name they do not start with, mapped to a
 * name of that country in {@link COUNTRIES}: "American government" → United States, « gouvernement allemand » → Germany.
 * Regular ones ("Cuban" → Cuba, « espagnol » → Espagne) are matched by their shared stem instead.
 */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'United States'], ['americain', 'United States'], ['us', 'United States'], ['u.s.', 'United States'],
  ['british', 'United Kingdom'], ['britannique', 'United Kingdom'], ['uk', 'United Kingdom'],
  ['allemand', 'Germany'], ['swiss', 'Switzerland'], ['suisse', 'Switzerland'], ['dutch', 'Netherlands'],
  ['neerlandais', 'Netherlands'], ['greek', 'Greece'], ['grec', 'Greece'], ['turkish', 'Turkey'], ['turc', 'Turkey'],
  ['belge', 'Belgium'], ['belgian', 'Belgium'], ['danish', 'Denmark'], ['danois', 'Denmark'], ['polish', 'Poland'],
  ['swedish', 'Sweden'], ['suedois', 'Sweden'], ['norwegian', 'Norway'], ['norvegien', 'Norway'], ['finnish', 'Finland'],
  ['finlandais', 'Finland'], ['irish', 'Ireland'], ['irlandais', 'Ireland'], ['french', 'France'], ['spanish', 'Spain'],
  ['israeli', 'Israel'], ['pakistani', 'Pakistan'], ['saudi', 'Saudi Arabia'], ['afghan', 'Afghanistan'],
  ['israelien', 'Israel'], ['portugais', 'Portugal'], ['portuguese', 'Portugal'], ['chinois', 'China'],
  ['japonais', 'Japan'], ['japanese', 'Japan'], ['ivoirien', "Côte d'Ivoire"], ['malagasy', 'Madagascar'],
  // "the Czech government", « le gouvernement tchèque », « l'armée slovaque »: stems the country's name does not share
  ['czech', 'Czech Republic'], ['tcheque', 'Czech Republic'], ['slovak', 'Slovakia'], ['slovaque', 'Slovakia'],
  ['thai', 'Thailand'], ['cypriot', 'Cyprus'], ['chypriote', 'Cyprus'], ['filipino', 'Philippines'], ['philippin', 'Philippines'],
  ['argentine', 'Argentina'], ['argentin', 'Argentina'], ['malgache', 'Madagascar'], ['kosovar', 'Kosovo'],
]);
