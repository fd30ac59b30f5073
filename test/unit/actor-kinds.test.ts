/**
 * Actor KINDS and NON-ENTITIES by the way news writes them, English and French, with names that are NOT in the
 * gazetteer (invented towns, firms and people), so that the rules are tested, not the lists:
 * - places known by their context: a locative preposition or phrase ("au nord de", "près de", "outside", "north of"),
 *   "capitale de / capital of", "City, ST" with a US state or Canadian province code, « Ville (Département) », place-shaped
 *   names (« Saint-… », « …-sur-… », "… County"), "habitants de / residents of";
 * - short capitalised tokens that are no entity: state codes after a comma, time zones, units, generic tech and medical
 *   nouns, an acronym expanded by lower-case common words;
 * - non-agents: storms, competitions and operations, particles, isotopes, concepts, religion adjectives, a number after an
 *   adverb, URL slugs, a name glued to a duration;
 * - persons and organisations: surnames after « œuvres de / works by », venues (Auditorium, Arena, Amphitheatre…),
 *   names after « exploité par / operated by / la société / the company ».
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

const FIND: FindRow[] = [
  // ---- P1 places ----
  // ruleId actors/place-department (a French department in brackets after a town)
  ['fr town then its department in brackets', 'fr', 'Un postier travaillant sur le site de Kervalec (Finistère) a été retrouvé mort lundi.', 'Kervalec', 'place'],
  ['fr hyphenated town then its department', 'fr', 'Un incendie a détruit un entrepôt à la sortie de Brévalle-sur-Orne (Calvados) dans la nuit.', 'Brévalle-sur-Orne', 'place'],
  // ruleId actors/place-shape (« Saint-… », « …-sur-… », « …-lès-… »)
  ['fr hyphenated -sur- town as a subject', 'fr', 'Montvigny-sur-Loire compte désormais trois boulangeries, selon le maire.', 'Montvigny-sur-Loire', 'place'],
  ['fr Saint- town after de', 'fr', 'Les habitants de Saint-Ferjeux-le-Haut ont été évacués par les pompiers.', 'Saint-Ferjeux-le-Haut', 'place'],
  ['fr -lès- town', 'fr', 'La gendarmerie de Vornay-lès-Bains a ouvert une enquête.', 'Vornay-lès-Bains', 'place'],
  // ruleId actors/place-locative-phrase
  ['fr près de', 'fr', 'Le randonneur a été secouru près de Valmorens, dans les Alpes, par un hélicoptère.', 'Valmorens', 'place'],
  ['fr au nord de', 'fr', 'Les inondations ont fait dix morts au nord de Pelangor, selon les secours.', 'Pelangor', 'place'],
  ['fr dans la région de', 'fr', 'Un séisme a frappé lundi la région de Kourbanak, selon les autorités.', 'Kourbanak', 'place'],
  ['fr à X', 'fr', 'Le cortège est arrivé à Kerbrunec mardi soir.', 'Kerbrunec', 'place'],
  ['fr population de X et de Y', 'fr', 'Cela représente deux fois la population de Moukoundi et de Batanga réunies.', 'Moukoundi', 'place'],
  ['fr second of population de X et de Y', 'fr', 'Cela représente deux fois la population de Moukoundi et de Batanga réunies.', 'Batanga', 'place'],
  // ruleId actors/place-capital-of
  ['fr capitale de', 'fr', 'De fortes intempéries ont touché Tamarongo, capitale du Malawi, jeudi.', 'Tamarongo', 'place'],
  ['en capital of', 'en', 'Heavy rains flooded Tamarongo, the capital of Malawi, on Thursday.', 'Tamarongo', 'place'],
  // ruleId actors/us-state-code, actors/ca-province-code
  ['en City, ST in a tour list', 'en', 'June 10 -- Greenbrook Amphitheatre, Dunmore, KY\nJune 12 -- Lakeview Pavilion, Calverton, NC', 'Dunmore', 'place'],
  ['en City, ST two words', 'en', 'June 19 -- Harbor Music Pavilion, West Calverton, NC\nJune 21 -- Pine Arena, Dunmore, KY', 'West Calverton', 'place'],
  ['en City, ST in a sentence', 'en', 'The storm hit Calverton, NC on Tuesday, the weather service said.', 'Calverton', 'place'],
  ['en City, Canadian province', 'en', 'Police in Marlowe, ON said the driver was arrested on Friday.', 'Marlowe', 'place'],
  // ruleId actors/place-locative-phrase
  ['en north of', 'en', 'The plane crashed 20 miles north of Kessington on Sunday.', 'Kessington', 'place'],
  ['en outside', 'en', 'A factory outside Ravelstoke was evacuated on Monday.', 'Ravelstoke', 'place'],
  ['en residents of', 'en', 'Residents of Ardmoor were told to boil their water.', 'Ardmoor', 'place'],
  ['en near', 'en', 'The wreck was found near Hollisford by fishermen.', 'Hollisford', 'place'],
  // ruleId actors/region-noun-after, actors/place-county
  ['en County head', 'en', 'Officials in Pelham County said the road would stay closed.', 'Pelham County', 'place'],
  ['en County head as a subject', 'en', 'Brantley County has ordered an evacuation of the coast.', 'Brantley County', 'place'],
  // ruleId actors/place-list
  ['fr villes de + list', 'fr', "L'exposition a déjà été vue dans les villes de Milan, Kervignac, Barcelone et Tamarongo.", 'Kervignac', 'place'],
  ['fr régions + list without de', 'fr', 'Le journal couvre les régions Haute-Valmorie, Bretagne et Normandie.', 'Haute-Valmorie', 'place'],
  ['en cities such as + list', 'en', 'The tour visited cities such as Ardmoor, Calverton and Dunmore last year.', 'Calverton', 'place'],
  // ruleId actors/place-noun-before
  ['fr grotte de', 'fr', "Les poils ont été découverts dans la grotte d'Azassir, en Sibérie.", 'Azassir', 'place'],
  ['en hamlet of', 'en', 'Police sealed off the hamlet of Ulverby on Sunday.', 'Ulverby', 'place'],
  // ruleId actors/place-locative-phrase (orientation phrases)
  ['fr dans le sud du', 'fr', 'Les chercheurs ont fouillé une grotte dans le sud du Kouzbarak, en Sibérie.', 'Kouzbarak', 'place'],
  ['fr de l\'autre côté de la', 'fr', "De l'autre côté de la Mérivanne, rien n'est officiellement prévu.", 'Mérivanne', 'place'],
  ['fr originaires des', 'fr', 'Des locuteurs du français originaires des Valmories étaient présents.', 'Valmories', 'place'],
  ['en in northern', 'en', 'Clashes were reported in northern Kessaland on Friday.', 'Kessaland', 'place'],
  ['en in the north of', 'en', 'The rebels hold towns in the north of Kessaland, officials said.', 'Kessaland', 'place'],
  // ruleId actors/place-coordinated
  ['fr coordinated with a country', 'fr', "Ils ont fait appel à des immigrés de l'Europe du Sud, du Mabrek, de la Turquie, pour reconstruire.", 'Mabrek', 'place'],
  ['fr coordinated with a country after', 'fr', "La part du Mabrek et de l'Afrique subsaharienne a augmenté.", 'Mabrek', 'place'],
  ['en coordinated with a country', 'en', 'Migrants from Syria and Kessaland crossed the border on Monday.', 'Kessaland', 'place'],
  // (not a firm and a country as subjects: no preposition of place)
  ['en firm and country as subjects', 'en', 'On Monday, Zentrix and China signed the deal.', 'Zentrix', 'organization'],
  // ruleId actors/place-locative-phrase (military phrases)
  ['fr la prise de', 'fr', 'Huit soldats sont morts lors des combats ayant abouti à la prise de Saraqib.', 'Saraqib', 'place'],
  ['en the siege of', 'en', 'Thousands fled during the siege of Kessaland last year.', 'Kessaland', 'place'],
  // ---- P5 persons and organisations ----
  // ruleId actors/works-list
  ['fr œuvres de + surnames (first)', 'fr', 'On note des œuvres de Brandel, Corvinet, Dallaire et Morandeau dans la collection.', 'Brandel', 'person'],
  ['fr œuvres de + surnames (last)', 'fr', 'On note des œuvres de Brandel, Corvinet, Dallaire et Morandeau dans la collection.', 'Morandeau', 'person'],
  ['fr toiles de + surname', 'fr', 'Les visiteurs pourront voir vingt toiles de Verlaquet au musée.', 'Verlaquet', 'person'],
  ['en works by + surnames', 'en', 'The show includes works by Halvorsen, Petterby and Lindqvar from private collections.', 'Petterby', 'person'],
  ['en paintings by + surname', 'en', 'The museum bought two paintings by Ostrander last year.', 'Ostrander', 'person'],
  // ruleId actors/venue-head
  ['en Auditorium venue', 'en', 'The band played Monday night at the Rymell Auditorium in Nashville.', 'Rymell Auditorium', 'organization'],
  ['en Amphitheatre venue', 'en', 'The tour stops at the Shorewood Amphitheatre on June 3.', 'Shorewood Amphitheatre', 'organization'],
  ['en Arena venue', 'en', 'Tickets for the Bridgeham Arena show sold out in an hour.', 'Bridgeham Arena', 'organization'],
  ['en Pavilion venue', 'en', 'The concert moved to the Ak-Tawa Pavilion because of the rain.', 'Ak-Tawa Pavilion', 'organization'],
  // ruleId actors/operated-by
  ['fr exploité par', 'fr', "L'appareil de type MD-83 était exploité par Kestrel Air depuis 2009.", 'Kestrel Air', 'organization'],
  ['en operated by', 'en', 'The aircraft was operated by Halcyon Wings until last year.', 'Halcyon Wings', 'organization'],
  // ruleId actors/noun-before (organisation nouns)
  ['fr la secte', 'fr', 'Les attentats ont été revendiqués par la secte Tawhid Harakat.', 'Tawhid Harakat', 'organization'],
  ['fr la secte + adjective', 'fr', 'Les attentats ont été revendiqués par la secte islamiste Tawhid Harakat.', 'Tawhid Harakat', 'organization'],
  ['fr la milice + adjective', 'fr', 'Des membres de la milice populaire Basrij étaient présents.', 'Basrij', 'organization'],
  // ruleId actors/airline-last (even after a given name)
  ['fr X Air after a given name', 'fr', "L'appareil était exploité par Dana Air depuis 2009.", 'Dana Air', 'organization'],
  ['en X Air', 'en', 'Passengers of Kestrel Air were stranded for hours.', 'Kestrel Air', 'organization'],
  ['en venue after a given name', 'en', 'The band played at the Charlotte Arena on Friday.', 'Charlotte Arena', 'organization'],
  ['fr maison d\'édition', 'fr', "Elle dirigeait la maison d'édition Vernes Sud avant sa nomination.", 'Vernes Sud', 'organization'],
  ['fr siège de is no siege', 'fr', "Elle dirigeait la maison d'édition Vernes Sud. Des travaux ont eu lieu au siège de Vernes Sud, dans le centre d'Arles.", 'Vernes Sud', 'organization'],
  ['fr la société', 'fr', 'Le contrat a été confié à la société Marvelin Tessier.', 'Marvelin Tessier', 'organization'],
  ['en the company', 'en', 'The contract went to the company Zentrix Halden last year.', 'Zentrix Halden', 'organization'],
  ['en the firm', 'en', 'The report was written by the firm Caldwell Brant for the council.', 'Caldwell Brant', 'organization'],
];

/** [label, language, text, name that must not be an actor]. */
type NotRow = [string, Language, string, string];

const NOT: NotRow[] = [
  // ---- P2 short capitalised tokens ----
  // ruleId actors/us-state-code
  ['en state code in a tour list', 'en', 'June 10 -- Greenbrook Amphitheatre, Dunmore, KY\nJune 12 -- Lakeview Pavilion, Calverton, NC', 'KY'],
  ['en state code (second line)', 'en', 'June 10 -- Greenbrook Amphitheatre, Dunmore, KY\nJune 12 -- Lakeview Pavilion, Calverton, NC', 'NC'],
  ['en state code in a sentence', 'en', 'The storm hit Calverton, NC on Tuesday, the weather service said.', 'NC'],
  ['en province code', 'en', 'Police in Marlowe, ON said the driver was arrested on Friday.', 'ON'],
  // ruleId actors/time-zone
  ['fr CEST time zone', 'fr', 'Le randonneur a activé une alarme vers 5 h 25 CEST (3 h 25 UTC) jeudi matin.', 'CEST'],
  ['fr UTC time zone', 'fr', 'Le randonneur a activé une alarme vers 5 h 25 CEST (3 h 25 UTC) jeudi matin.', 'UTC'],
  ['en EST time zone', 'en', 'The launch is set for 9:30 a.m. EST on Friday.', 'EST'],
  ['en BST time zone', 'en', 'The polls close at 10pm BST tonight.', 'BST'],
  // ruleId actors/unit
  ['fr mSv unit', 'fr', "Des doses jusqu'à 0.20 mSv/h ont été mesurées près de la centrale.", 'mSv'],
  ['en kWh unit', 'en', 'The price reached 30 cents per kWh in August.', 'kWh'],
  ['en MW unit', 'en', 'The plant will produce 450 MW when it opens.', 'MW'],
  ['fr GW unit', 'fr', 'Le parc éolien atteindra 2 GW en 2030.', 'GW'],
  // ruleId actors/generic-acronym
  ['fr AVC', 'fr', "L'ancien journaliste est mort jeudi, victime d'un AVC.", 'AVC'],
  ['fr DVD', 'fr', 'Le logiciel ne permet pas de regarder des DVD protégés.', 'DVD'],
  ['fr Live CD', 'fr', "Mais la distribution n'inclut pas de paquets non-libres sur ces Live CD.", 'Live CD'],
  ['fr LTS', 'fr', 'Cette version (LTS) sera maintenue pendant cinq ans.', 'LTS'],
  ['fr 2 CV', 'fr', "J'étais dans une 2 CV quand la police est arrivée.", 'CV'],
  ['en EP', 'en', 'The band wrote five songs for an EP released in May.', 'EP'],
  ['en CD', 'en', 'The album came out on CD and vinyl last week.', 'CD'],
  ['en SUV', 'en', 'The driver lost control of his SUV on the bridge.', 'SUV'],
  // ruleId actors/common-expansion
  ['en acronym of lower-case words', 'en', 'The site collects so-called "personally identifiable information" (PII) from users.', 'PII'],
  ['fr acronym of lower-case words', 'fr', "L'hôpital a soigné 40 patients atteints d'insuffisance rénale aiguë (IRA) en mai.", 'IRA'],
  // ---- P3 non-agents ----
  // ruleId actors/event-name
  ['fr typhon + name', 'fr', 'Un deuxième typhon, Kalmarin, est attendu jeudi sur la côte.', 'Kalmarin'],
  ['fr le typhon X', 'fr', 'Il s\'agit du typhon Sepalo, qui a frappé la côte mardi.', 'Sepalo'],
  ['en Typhoon X', 'en', 'Typhoon Sepalo made landfall on Tuesday, killing six people.', 'Typhoon Sepalo'],
  ['en Storm X', 'en', 'Storm Kendra brought winds of 140 km/h to the coast.', 'Storm Kendra'],
  ['fr Coupe du Monde', 'fr', 'Il commentait la finale de la Coupe du Monde de football en 1998.', 'Coupe du Monde'],
  ['fr Euro + year', 'fr', "Le tandem aurait dû se reconstituer lors de l'Euro 2012, selon la chaîne.", 'Euro'],
  ['fr opération X', 'fr', "Deux militaires ont été tués lors de l'opération Harpion en Guyane.", 'Harpion'],
  ['en Operation X', 'en', 'The troops took part in Operation Sandcastle last year.', 'Operation Sandcastle'],
  // ruleId actors/eponym-concept (capitalised head)
  ['fr Boson de X capitalised', 'fr', 'Science : fin de la traque du Boson de Higgs ?', 'Boson de Higgs'],
  ['en X Curve', 'en', 'This is the idea behind the Environmental Kuznets Curve.', 'Environmental Kuznets Curve'],
  // ruleId actors/isotope
  ['fr isotope', 'fr', 'Les sols sont contaminés par des radionucléides de Césium 137.', 'Césium 137'],
  ['en isotope', 'en', 'Traces of Iodine 131 were found in the milk.', 'Iodine 131'],
  // ruleId actors/species-name
  ['fr Latin genus after a noun', 'fr', 'Les chercheurs ont étudié le papillon Zizeeria maha près de la centrale.', 'Zizeeria'],
  ['en Latin genus after a noun', 'en', 'The researchers studied the mosquito Aedes albopictus in the south.', 'Aedes'],
  ['fr binomial again without its noun', 'fr', "On a étudié le papillon Zizeeria maha. Avant le drame, les Zizeeria maha étaient saines.", 'Zizeeria'],
  // ruleId actors/unit (degrees)
  ['fr degrés C', 'fr', 'Il devrait faire 38 degrés C à Lyon.', 'C'],
  // ruleId actors/event-name (fairs)
  ['fr foire X', 'fr', 'Les caravanes appartenaient à des forains de la foire Saint-Rambert.', 'Saint-Rambert'],
  ['en X Fair', 'en', 'Thousands visited the Ardmoor County Fair on Sunday.', 'Ardmoor County Fair'],
  // ruleId actors/religion-adjective
  ['en Hindu festival', 'en', 'Fireworks are set off during Diwali, the Hindu festival of lights.', 'Hindu'],
  ['en Sikh minority', 'en', 'They belong to the Sikh religious minority of the region.', 'Sikh'],
  ['fr communauté Sikh', 'fr', 'Des membres de la communauté Sikh de la ville ont manifesté samedi.', 'Sikh'],
  // ruleId actors/number-after-adverb
  ['en Roughly + number', 'en', 'Roughly 200 teams of traffic police were deployed on Monday.', 'Roughly 200'],
  ['en Nearly + number', 'en', 'Nearly 40 officers were injured in the clashes.', 'Nearly 40'],
  // ruleId actors/url-slug
  ['en URL slug', 'en', 'Delhi has turned into a gas chamber pic.twitter.com/MYwRz9euaq — a resident wrote.', 'MYwRz9euaq'],
  // ruleId actors/name-duration
  ['fr name + duration', 'fr', 'Le président quitte Québec 48 heures avant la fin de son programme officiel.', 'Québec 48'],
  ['en name + duration', 'en', 'The envoy left Kessington 48 hours before the vote.', 'Kessington 48'],
  // ---- a venue's name is no person ----
  ['en venue after a possessive', 'en', "The show moved to Houston's The Woodlands Pavilion in May.", 'The'],
];

describe('actor kinds: should find (name, kind)', () => {
  test.each<FindRow>(FIND)('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.name ?? null).not.toBeNull();
    expect(a!.kind).toBe(kind);
  });
});

describe('actor kinds: should not find (non-entities)', () => {
  test.each<NotRow>(NOT)('%s', (_label, lang, text, name) => {
    const names = actorsOf(text, lang).flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain(name);
  });
});
