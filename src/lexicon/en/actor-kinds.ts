/**
 * English cues of the actor KIND decision and of the non-entity filters (see src/extractors/actors/kind-cues.ts). Lists
 * and patterns from how English news writes places, works, venues, storms and operations. Regexes are bounded and
 * anchored (one short window before or after a name).
 *
 * @module
 */
import type { ActorKindCues } from '../gazetteer/kind-cues.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const EN_KIND_CUES: ActorKindCues = {
  // ruleId actors/place-locative-phrase — "20 miles north of Kessington", "outside Ravelstoke", "residents of Ardmoor",
  // "on the outskirts of Ulvar", "a suburb of Dunmore" (the window ends right before the name)
  locativeBefore: /(?:^|[^\p{L}])(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s{1,2}of|in\s{1,2}(?:the\s{1,2}(?:north|south|east|west|centre|center|heart)\s{1,2}of|(?:northern|southern|eastern|western|central|rural|downtown))|outside(?:\s{1,2}of)?|near|nearby|outskirts\s{1,2}of|residents\s{1,2}of|inhabitants\s{1,2}of|population\s{1,2}of|suburbs?\s{1,2}of|(?:miles|kilometers|kilometres|km)\s{1,2}(?:from|of|outside)|native\s{1,2}of|(?:siege|shelling|bombing|bombardment|battle|recapture|encirclement)\s{1,2}of|streets\s{1,2}of|(?:town|city|village|hamlet|commune|municipality)\s{1,2}of)\s{1,2}$/iu,
  // ruleId actors/place-capital-of — "Tamarongo, the capital of Malawi", "Dunmore, a town in Kentucky", "Ulvar, a small
  // fishing village" (not "Smith, the town's mayor", "X, the city council")
  placeApposition: /^,\s{1,3}(?:(?:the|a|an|its|small|large|coastal|rural|nearby|remote|border|port|mining|industrial|fishing|northern|southern|eastern|western)\s{1,3}){0,3}(?:capital|town|city|village|suburb|hamlet|county\s+seat|municipality|borough|commune)(?![\p{L}'’])(?!\s{1,3}(?:council|hall|manager|officials?|mayor|police|government|administration|authorities)\b)/u,
  // ruleId actors/works-list — "works by Halvorsen, Petterby and Lindqvar", "two paintings by Ostrander"
  worksBefore: /(?:^|[^\p{L}])(?:works?|paintings?|canvases|sculptures?|drawings?|etchings?|prints?|novels?|poems?|songs?|compositions?|symphonies|operas?|photographs|portraits?)\s{1,2}by\s{1,2}$/u,
  // ruleId actors/place-list — "cities such as Milan, Giverny and Barcelona", "the towns of Ardmoor and Ulvar"
  placeListBefore: /(?:^|[^\p{L}])(?:cities|towns|villages|regions|provinces|countries|capitals|islands|counties|municipalities)\s{1,2}(?:of|such\s{1,2}as|including|like)\s{1,2}$/iu,
  // ruleId actors/place-noun-before — "the cave of Azass", "the Azass cave" aside; "the hamlet of Ulvar"
  geoNouns: words(`cave caves beach forest desert river mountain hill plateau valley cape strait canal volcano glacier lake bay
  hamlet township neighborhood neighbourhood borough enclave settlement oasis gorge pass`),
  // ruleId actors/operated-by — "The aircraft was operated by Dorian Wells", "chartered by Kestrel Air"
  operatedBy: /(?:^|[^\p{L}])(?:operated|chartered|leased)\s{1,2}by\s{1,2}(?:the\s{1,2})?$/u,
  // ruleId actors/org-noun-before — "the company Zentrix Halden", "the firm Caldwell Brant", "the sect Tawhid Harakat"
  orgNounsBefore: words(`company firm carrier airline startup start-up sect cult militia conglomerate brand label chain retailer
  insurer lender studio band group outfit`),
  // ruleId actors/event-name — "Typhoon Sepalo", "Storm Kendra", "Operation Sandcastle", "the World Cup", "the typhoon
  // Sepalo", "a second typhoon, Kalmarin,"
  eventNouns: words(`typhoon typhoons hurricane hurricanes cyclone cyclones storm storms tornado tornadoes operation operations
  exercise tournament championship championships cup festival trophy fair`),
  // ruleId actors/species-name — "the mosquito Aedes albopictus", "the bacterium Escherichia coli"
  taxonNouns: words(`species genus mosquito mosquitoes butterfly butterflies moth moths bacterium bacteria fungus fungi plant
  insect insects fish bird birds spider beetle frog toad worm parasite snail shrimp coral tree weed algae virus`),
  // ruleId actors/name-duration — "left Kessington 48 hours before", "Québec 48 heures"
  durationNouns: words(`hours hour days day years year months month weeks week minutes minute seconds miles km kilometres
  kilometers metres meters feet percent per points times`),
  // ruleId actors/religion-adjective — "the Hindu festival of lights", "the Sikh religious minority"
  religionWords: words(`hindu sikh buddhist shia shiite sunni jain taoist evangelical orthodox anglican lutheran methodist
  baptist mormon pentecostal zoroastrian confucian`),
};
