/**
 * Word lists of the actor KIND cues and of the NON-ENTITY filters (both languages; folded, lower case without accents
 * unless said otherwise). Used by src/extractors/actors/kind-cues.ts.
 *
 * Sources: USPS two-letter state codes and Canada Post province codes; the IANA / military time-zone abbreviations in
 * news use; SI and trade units (BIPM brochure, energy and radiation units of news); INSEE's list of the 101 French
 * departments; common English and French abbreviations of technology and medicine that name things, not bodies
 * (Wiktionary "abbreviations" categories); chemical element names (IUPAC, EN and FR).
 *
 * @module
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * USPS state and territory codes and Canada Post province codes, as written (upper case): "Tampa, FL", "Irving, TX",
 * "Marlowe, ON" (ruleId actors/us-state-code).
 */
export const POSTAL_STATE_CODES: ReadonlySet<string> = words(`
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD
TN TX UT VT VA WA WV WI WY PR GU VI
AB BC MB NB NL NS NT NU ON PE QC SK YT`);

/**
 * Time-zone abbreviations (upper case as written) after a time: "5 h 25 CEST", "9:30 a.m. EST", "10pm BST", "(3 h 25 UTC)"
 * (ruleId actors/time-zone). The US short forms too: "12:00 PM PT", "9 a.m. ET".
 */
export const TIME_ZONES: ReadonlySet<string> = words(`
UTC GMT CET CEST BST IST WET WEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT AEST AEDT ACST
ACDT AWST NZST NZDT JST KST HKT SGT PHT WIB ICT HNE HAE HNC HAC HNP HAP HNR HAR
PT ET CT MT`);

/**
 * Units written with capitals (case as written), never actors after a number or before "/": "0.20 mSv/h", "450 MW",
 * "2 GW", "30 cents per kWh", "5 GHz", "120 dB" (ruleId actors/unit).
 */
export const UNITS: ReadonlySet<string> = words(`
mSv µSv μSv Sv Gy mGy Bq kBq MBq GBq TBq Ci W kW MW GW TW mW Wh kWh MWh GWh TWh kVA MVA V kV mV A mA mAh Ah Hz kHz MHz GHz THz
dB dBA ppm ppb Pa hPa kPa MPa GPa psi N kN MN J kJ MJ GJ kcal Mt Gt kt Mtep tep Mtoe toe bpd Mbpd Mb/j Go Mo Ko To GB MB KB TB
Gb Mb Kb Gbit Mbit kbit Gbps Mbps kbps Tbps mg µg μg ng kg km cm mm nm µm μm ha mph km/h
TEU EVP`);

/**
 * Common nouns written as acronyms in the news of either language (folded): media, devices and software terms, medical
 * terms, diplomas — things, not actors: « victime d'un AVC », « des DVD protégés », "an EP", "a 2 CV", « version LTS »
 * ("ramp up the catalog ASAP", "gaming VR/AR": an adverb and technology terms; "a photo ID", "to ID the culprit")
 * (ruleId actors/generic-acronym).
 */
export const GENERIC_ACRONYMS: ReadonlySet<string> = words(`
dvd dvds cd cds ep eps lp lps lts mp3 mp4 gps lcd oled cpu gpu ssd hdd mms qr url urls vpn wifi wi-fi html jpeg gif hd uhd
pii faq diy cv irm mri avc adn arn rna vih hiv sida bpco copd ptsd tspt tdah adhd ecg ekg pcr uv thc lsd mdma gmo vtt vtc atm
qcm hlm ehpad sdf nft nfts
asap vr ar xr
id ids`);

/**
 * The 101 French departments (INSEE), as folded names: a town followed by one of them in brackets is a place — « Noyal-sur-
 * Vilaine (Ille-et-Vilaine) » (ruleId actors/place-department). Hyphens are kept; spaces as in the official names.
 */
export const FRENCH_DEPARTMENTS: ReadonlySet<string> = new Set(`ain|aisne|allier|alpes-de-haute-provence|hautes-alpes|
alpes-maritimes|ardeche|ardennes|ariege|aube|aude|aveyron|bouches-du-rhone|calvados|cantal|charente|charente-maritime|cher|
correze|corse-du-sud|haute-corse|cote-d'or|cotes-d'armor|creuse|dordogne|doubs|drome|eure|eure-et-loir|finistere|gard|
haute-garonne|gers|gironde|herault|ille-et-vilaine|indre|indre-et-loire|isere|jura|landes|loir-et-cher|loire|haute-loire|
loire-atlantique|loiret|lot|lot-et-garonne|lozere|maine-et-loire|manche|marne|haute-marne|mayenne|meurthe-et-moselle|meuse|
morbihan|moselle|nievre|nord|oise|orne|pas-de-calais|puy-de-dome|pyrenees-atlantiques|hautes-pyrenees|pyrenees-orientales|
bas-rhin|haut-rhin|rhone|haute-saone|saone-et-loire|sarthe|savoie|haute-savoie|paris|seine-maritime|seine-et-marne|yvelines|
deux-sevres|somme|tarn|tarn-et-garonne|var|vaucluse|vendee|vienne|haute-vienne|vosges|yonne|territoire de belfort|essonne|
hauts-de-seine|seine-saint-denis|val-de-marne|val-d'oise|guadeloupe|martinique|guyane|la reunion|reunion|mayotte`
  .split('|').map((w) => w.trim()));

/**
 * Chemical elements met with an isotope number (folded, EN and FR): "Césium 137", "Iodine 131", "Strontium 90"
 * (ruleId actors/isotope).
 */
export const ELEMENTS: ReadonlySet<string> = words(`
cesium caesium iodine iode strontium plutonium uranium carbon carbone tritium cobalt radium polonium americium xenon
krypton radon potassium thorium technetium deuterium argon helium neon`);

/** Per-language cues of the actor kind decision (src/lexicon/{en,fr}/actor-kinds.ts); word sets are folded on use. */
export interface ActorKindCues {
  /** Text right before a name (end-anchored, bounded) that makes it a place: "north of ", « près de ». */
  readonly locativeBefore: RegExp;
  /** Text right after a name (start-anchored, bounded): an apposition naming a town or capital: ", capitale du". */
  readonly placeApposition: RegExp;
  /** Text right before the first member of a list of artists: "works by ", « œuvres de ». */
  readonly worksBefore: RegExp;
  /** Text right before the first member of a list of places: "cities such as ", « les villes de ». */
  readonly placeListBefore: RegExp;
  /** Lower-case nouns of geography before a place's name (besides the actor lexicon's place nouns): « la grotte d'X ». */
  readonly geoNouns: ReadonlySet<string>;
  /** Text right before an operator's name: "operated by ", « exploité par ». */
  readonly operatedBy: RegExp;
  /** Lower-case nouns right before an organisation's name: "the company X", « la secte X ». */
  readonly orgNounsBefore: ReadonlySet<string>;
  /** Nouns of storms, operations and competitions: their names are no actors ("Typhoon X", « l'opération X »). */
  readonly eventNouns: ReadonlySet<string>;
  /** Nouns of living things before a Latin binomial: « le papillon Zizeeria maha ». */
  readonly taxonNouns: ReadonlySet<string>;
  /** Nouns after "Name + number" that make the number a quantity: « Québec 48 heures ». */
  readonly durationNouns: ReadonlySet<string>;
  /** Religion adjectives (singular): "the Hindu festival", never an actor alone. */
  readonly religionWords: ReadonlySet<string>;
}
