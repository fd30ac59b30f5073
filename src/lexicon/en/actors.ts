/**
 * English cues of the actor extractor (see {@link ActorLexicon}). Lists
 * compiled from English news style: function words that open sentences,
 * title words of US/UK officials and executives, verbs that make a
 * country act, and the nouns of definite descriptions.
 *
 * @module
 */
import type { ActorKind } from '../../types.js';
import type { ActorLexicon } from '../gazetteer/types.js';
import { LETTER, LOWER, UPPER } from '../../text/char-classes.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Months, days, demonyms and generic acronyms: capitalised but not actors ("On Wednesday", "American officials"; "signed an MoU": the
 * abbreviation of an agreement noun, contracts/en/noun-mou). */
export const EN_NON_ENTITIES = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
et est edt pst pdt gmt utc cet cest ngo ngos celsius fahrenheit ip suv suvs usb pdf sms dna
american americans british french german germans italian spanish russian russians chinese japanese european europeans
african asian canadian mexican israeli israelis palestinian palestinians iranian iraqi syrian ukrainian ukrainians
belgian swiss dutch polish english irish scottish welsh indian pakistani arab arabs muslim muslims christian christians
jewish catholic protestant western eastern northern southern republican democrat democratic conservative liberal
congressional federal national international internet web ai ceo cfo coo cto pdg gdp vat tv pc ok bs usd eur gbp
ipo etf hr it covid covid-19 dna ii iii iv pm am gmt utc gev tev mev kwh mwh gwh twh mr mrs ms dr sir madam god lord
north south east west northeast northwest southeast southwest jan feb mar apr jun jul aug sep sept oct nov dec ph.d phd lb lbs lox kg km mph kronor krona yen yuan rupees
earth sun moon breaking update updated editor note photo video source sources
hebrew catalan czech arabic latin mandarin cantonese hindi urdu persian farsi swahili esperanto
mou mous
`);

/** English description heads → kinds they can refer to. */
const DESCRIPTIONS: [string, ActorKind[]][] = [
  ['company', ['organization']], ['firm', ['organization']], ['group', ['organization']], ['giant', ['organization']],
  ['retailer', ['organization']], ['carmaker', ['organization']], ['automaker', ['organization']], ['airline', ['organization']],
  ['bank', ['organization']], ['lender', ['organization']], ['insurer', ['organization']], ['startup', ['organization']],
  ['start-up', ['organization']], ['manufacturer', ['organization']], ['maker', ['organization']], ['conglomerate', ['organization']],
  ['corporation', ['organization']], ['chain', ['organization']], ['newspaper', ['organization']], ['broadcaster', ['organization']],
  ['union', ['organization']], ['party', ['organization']], ['organization', ['organization']], ['organisation', ['organization']],
  ['federation', ['organization']], ['association', ['organization']], ['club', ['organization']], ['team', ['organization']],
  ['contractor', ['organization']], ['supplier', ['organization']], ['operator', ['organization']], ['publisher', ['organization']],
  ['carrier', ['organization']], ['chipmaker', ['organization']], ['drugmaker', ['organization']], ['miner', ['organization']],
  ['producer', ['organization']], ['provider', ['organization']], ['developer', ['organization']], ['utility', ['organization']],
  ['brewer', ['organization']], ['network', ['organization']], ['outlet', ['organization']], ['tech giant', ['organization']],
  ['planemaker', ['organization']],
  ['ministry', ['government']], ['department', ['government']], ['agency', ['government', 'organization']], ['administration', ['government']],
  ['government', ['government']], ['court', ['government']], ['regulator', ['government']], ['commission', ['government']],
  ['army', ['government']], ['military', ['government']], ['police', ['government']], ['prosecutor', ['government']],
  // "The authority said the rules…", "fined by the same watchdog": a regulator named by its head (ruleId actors/en/regulator-head)
  ['authority', ['government']], ['watchdog', ['government']],
  ['ceo', ['person']], ['chief executive', ['person']], ['chairman', ['person']], ['chairwoman', ['person']], ['chair', ['person']],
  ['president', ['person']], ['vice president', ['person']], ['prime minister', ['person']], ['minister', ['person']],
  ['secretary', ['person']], ['senator', ['person']], ['spokesman', ['person']], ['spokeswoman', ['person']],
  ['spokesperson', ['person']], ['chancellor', ['person']], ['governor', ['person']], ['mayor', ['person']], ['judge', ['person']],
  ['founder', ['person']], ['director', ['person']], ['coach', ['person']],
  // "the EU's high representative" (the foreign-policy chief) (ruleId actors/description-office-leader)
  ['high representative', ['person']],
];

/** The English actor lexicon. */
/** Bare nouns of state institutions that act in news (ruleId actors/en/bare-institution). */
// "The Treasury imposed sanctions on …" (the finance ministry acting; fourth new-user trial, 2026-12): capitalised as usage writes it
const EN_BARE_INSTITUTIONS = 'army|military|electoral commission|election commission|junta|Treasury';

export const EN_ACTORS: ActorLexicon = {
  // lower-case particles inside persons' names: "Daniel arap Moi", "Osama bin Laden", "Abdullah ibn Saud" (ruleId actors/name-particle)
  connectors: words(`of for the on to de du des la d' l' von van der del da do dos das al bin ibn bint arap`),
  conjunctions: words(`and &`),
  commonWords: words(`
a an the this that these those there here it its it's he she they we i you his her their our my your who whom whose what
which when where why how if in on at by for from with without within into onto over under after before during since until
as of to and but or nor so yet not no yes all any some many most much more less few each every both either neither other
another such same one two three four five six seven eight nine ten first second third last next new old also still then
now today yesterday tomorrow tonight meanwhile however although though while because despite following according about
around among against between across along amid than instead indeed moreover furthermore nevertheless only even just
already again perhaps maybe thus therefore hence earlier later finally overall previously recently currently initially
is are was were be been being has have had do does did will would can could shall should may might must
shares share stocks sales sales profits revenue officials official critics experts analysts sources reports report
people residents workers employees users customers investors opponents supporters lawmakers members leaders police
internal external former current senior days weeks months years
breaking update read see click watch`),
  nonEntities: EN_NON_ENTITIES,
  // ("Sec Def Lloyd Austin", "SecDef Hegseth": the US military's shorthand for the Secretary of Defense — ruleId
  // actors/title-before)
  titleWords: words(`
president vice senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor secretary
undersecretary under-secretary deputy assistant special asst asst. director ceo cfo coo cto chairman chairwoman chair
chief officer executive minister premier chancellor judge justice attorney general gen gen. colonel col col. captain
admiral commander lieutenant sergeant spokesman spokeswoman spokesperson ambassador commissioner inspector superintendent
prince princess king queen pope sheikh dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame lord lady civilian
acting interim founder co-founder head manager analyst economist coach captain hon honorable rear adm vice-admiral
administrator vice-premier vice-chairman
sgt maj lt capt cpl pvt brig cmdr spc lieut brigadier corporal commodore marshal leader whip
adviser advisor speaker envoy counselor counsellor aide negotiator prosecutor secretary-general director-general
undersecretary-general attorney-general solicitor-general governor-general auditor-general surgeon
ayatollah imam rabbi cardinal archbishop bishop emir sultan mullah
sec sec. secdef`),
  // "the Defense Secretary", "Foreign Minister", "Secretary of State": portfolio words that, with title words only, make a
  // role without a holder's name, not an actor (ruleId actors/role-only); "Def" of the shorthand "Sec Def"
  portfolioWords: words(`defense defence foreign interior finance treasury commerce energy health justice trade home labor labour
transport transportation education agriculture environment economy economic homeland security affairs veterans state
culture housing industry def`),
  placePrepositions: words(`in at near from to across throughout outside inside`),
  // (verbs of concluding or ending an agreement too: "India and the UK concluded a free trade agreement", "Australia scrapped the deal")
  actingCues: words(`
has have had will would could should must may might can did does said says told announced signed agreed refused
rejected warned threatened accused imposed launched decided wants wanted plans planned urged called asked demanded
insisted denied confirmed responded retaliated vowed pledged approved banned blocked sued ordered
declared declares granted grants recognised recognized sent sends expelled expels voted ratified protested negotiated
offered proposed adopted suspended
awarded awards bought buys purchased purchases sold sells paid pays sanctioned
seized captured attacked invaded annexed struck bombed shelled shot detained arrested released deployed withdrew launched
fired downed intercepted recalled summoned closed reopened froze blocked halted resumed backed supported condemned
says warns insists denies vows accuses demands rejects refuses plans wants threatens seizes attacks announces
concluded sealed inked clinched finalized finalised renegotiated amended cancelled canceled terminated scrapped accepted
concludes signs seals`),
  locationCues: words(`in at from to across throughout into near of`),
  // "United States President George W. Bush", "US troops", "U.S. officials", "British government"
  stateNouns: words(`
president presidents prime minister ministers secretary government administration army navy military troops soldiers forces
officials authorities embassy ambassador diplomats envoy negotiators delegation warships helicopters jets marines
lawmakers congress senate regulators`),
  // ruleId actors/noun-before — "the Indonesian province of Aceh", "the capital Banda Aceh", "Seahawk helicopters",
  // "the journal Nature"
  placeNouns: words(`province state region city town village island islands county district capital port suburb municipality
  archipelago peninsula`),
  productNouns: words(`rocket rockets capsule spacecraft aircraft jet jets fighter fighters helicopter helicopters missile missiles
  drone drones satellite satellites vaccine vaccines drug drugs app software smartphone smartphones console car cars vehicle
  vehicles ship ships submarine submarines tank tanks herbicide pesticide weedkiller chatbot browser tablet tablets accelerator collider telescope probe shuttle reactor
  rover rovers lander landers orbiter orbiters howitzer howitzers frigate frigates destroyer destroyers corvette corvettes bomber bombers
  tanker tankers`),
  mediaNouns: words(`journal newspaper magazine daily weekly tabloid website broadcaster`),
  // ruleId actors/company-list — "awarding lander missions to companies Astrobotic, Intuitive Machines and Orbit Beyond"
  companyNouns: words(`companies firms startups start-ups carriers airlines operators manufacturers makers banks lenders insurers
  retailers brands publishers newspapers chains providers suppliers contractors developers distributors rivals competitors
  automakers carmakers channels broadcasters networks stations`),
  listOpeners: words(`such as including like notably`),
  // ruleId actors/en/institution-of — "the ministry of Agriculture", "the department of Justice" (lower-case head)
  institutionHeads: words(`ministry department`),
  // ruleId actors/en/brand-list — "each other's brands, including Craftsman Tools, Kenmore, and Lands' End",
  // "models such as the Model 3"
  brandList: /\b(?:brands?|labels?|models?|product lines?)\b,?\s+(?:including|such as|like|among them|notably)\s+/gi,
  // ruleId actors/en/country-signing — "The treaty was signed by Canada, Japan and Mexico", "ratified by France"
  signingCue: /\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|co-?sign(?:s|ed)?)\b/i,
  extensibleHeads: new Set<string>(),
  extensionStop: new Set<string>(),
  descriptions: new Map(DESCRIPTIONS),
  determiners: ['the'],
  rolePremodifier: true,
  roleHeads: [
    'chief executive officer', 'chief executive', 'chief financial officer', 'chief operating officer', 'chief technology officer',
    'chairman and chief executive', 'chairman', 'chairwoman', 'ceo', 'cfo', 'president', 'vice president', 'prime minister',
    'foreign minister', 'defense secretary', 'defence secretary', 'secretary of state', 'secretary', 'minister', 'senator',
    'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'director', 'managing director', 'policy director',
    'head', 'leader', 'governor', 'mayor', 'judge', 'chancellor', 'ambassador', 'coach', 'analyst', 'economist', 'professor',
    // "Its director-general, Tedros Adhanom Ghebreyesus" (the head of a U.N. agency) (ruleId actors/role-possessive-before)
    'director-general', 'director general', 'high representative',
    // military ranks: "the general Pinochet", "the late colonel Gaddafi" (ruleId actors/title-before)
    'general', 'colonel', 'admiral', 'lieutenant', 'sergeant',
    // "Chinese vice-premier Liu He", "the agency's administrator Jim Bridenstine" (ruleId actors/title-before)
    'vice-premier', 'vice premier', 'premier', 'administrator', 'vice-president', 'vice-chairman',
    // "the national security adviser John Bolton", "the special envoy Kurt Volker" (ruleId actors/title-before)
    'national security adviser', 'adviser', 'advisor', 'envoy', 'special envoy', 'speaker', 'prosecutor',
    // religious titles: "the ayatollah Khomeini", "the late cardinal Lustiger" (ruleId actors/title-before)
    'ayatollah', 'grand ayatollah', 'imam', 'rabbi', 'cardinal', 'archbishop', 'bishop', 'emir', 'sultan', 'mullah',
    // headline and wire shorthand for a head of an organisation: "Fed chair Jerome Powell", "Apple boss Tim Cook", "Jane
    // Doe, the committee's chair," (ruleIds actors/role-before-name, actors/role-apposition); not "chief" alone, the head
    // of compounds ("the chief economist", "security chief"), of which the usual one is listed
    'chair', 'boss', 'chief economist',
  ],
  // ruleId actors/en/government-phrase — "the French government", "the Belgian federal police", "the U.S. military"
  governmentPhrase: new RegExp(
    // "the coalition government", "the transitional government" (ruleId actors/en/government-phrase)
    // "the current Austrian government", "the outgoing French government": a time adjective before the phrase
    // (ruleId actors/en/government-phrase-time)
    // "halting Trump administration actions", "Biden administration officials said": the leader's administration as a
    // premodifier, without "the" (ruleId actors/en/leader-administration)
    `(?<![${LETTER}])(?:[Tt]he |(?=(?:U\\.S\\.|US|UK|[${UPPER}][${LOWER}]{2,14}(?:an|ese|ish|i)) \u00ad?(?:forces|security forces|special forces|intelligence))|` +
    `(?=[${UPPER}][${LOWER}]{2,14}(?:-[${UPPER}][${LOWER}]{2,14})? administration [${LOWER}])|` +
    `(?=[${UPPER}][${LOWER}]{2,14}(?: [${UPPER}][${LOWER}]{2,14})?['’]s (?:[${LOWER}]{4,12} )?ministry(?![${LETTER}])))(?:(?:new|current|former|previous|outgoing|incoming|present|then) )?((?:coalition|transitional|interim|caretaker|unity) government|armed forces|` +
    // "the Trump administration", "under the Obama administration": the executive named after its president
    // (ruleId actors/en/leader-administration)
    `[${UPPER}][${LOWER}]{2,14}(?:-[${UPPER}][${LOWER}]{2,14})? administration(?! of)|` +
    // "China's commerce ministry said", "Russia's foreign ministry denied": a country's ministry in the possessive, the way
    // wire copy names it (ruleId actors/en/possessive-ministry; French: « le ministère chinois du Commerce »)
    `[${UPPER}][${LOWER}]{2,14}(?: [${UPPER}][${LOWER}]{2,14})?['’]s (?:[${LOWER}]{4,12} )?ministry|` +
    `(?:French|German|British|Belgian|Italian|Spanish|Canadian|Russian|Ukrainian|Israeli|Chinese|` +
    'Japanese|Iranian|Turkish|Indian|Pakistani|Australian|Mexican|Brazilian|Polish|Dutch|Swiss|Greek|Irish|Syrian|Iraqi|' +
    'Afghan|Egyptian|Saudi|South Korean|North Korean|U\\.S\\.|US|UK|federal|Scottish|Welsh|' +
    // "the Czech government", "the Slovak army", "the Thai military": demonyms outside the usual shapes
    // (ruleId actors/en/government-phrase-demonym)
    'Czech|Slovak|Thai|Cypriot|Filipino|Argentine|Kazakh|Uzbek|Kosovar|Montenegrin|Maltese|' +
    // any demonym of the usual shapes: "the Zambian government", "the Congolese army"
    `[${UPPER}][${LOWER}]{2,14}(?:an|ese|ish|i))(?: federal| national| interim| military| transitional)?` +
    // "the French competition authority", "the German defence ministry", "the Italian antitrust regulator", "Britain's
    // data watchdog": a state's regulator or ministry named by its field, lower-case (ruleId actors/en/field-regulator)
    `(?: (?:competition|antitrust|defence|defense|foreign|finance|interior|economy|health|trade|commerce|energy|justice|` +
    `transport|transportation|privacy|data protection|data|financial|banking|markets|securities|aviation|nuclear|media|` +
    `telecoms?|telecommunications|communications|environment|agriculture|labour|labor|education)(?= (?:ministry|authority|regulator|watchdog)))?` +
    // "the U.S. embassy", "the U.S. interests section in Havana": a state's diplomatic mission (ruleId actors/en/state-mission);
    // "the armed forces", "the British armed forces" (ruleId actors/en/armed-forces)
    // "US forces", "the US intelligence community", "Afghan security forces": a state's forces and intelligence services
    // (ruleId actors/en/national-forces), also without "the" (plural forces: "handed over to US forces"); a soft hyphen may be
    // left by the page before the noun ("US \u00adforces")
    ` \u00ad?(?:government|military|police|army|navy|armed forces|authorities|authority|regulator|watchdog|ministry|administration|cabinet|embassy|consulate|interests section|` +
    `forces|security forces|special forces|intelligence community|intelligence services|intelligence agencies))(?![${LETTER}])`,
    'gu',
  ),
  // ruleId actors/en/body-phrase — "The Nobel committee cited her work", "the Pulitzer board" (one capitalised word, then a
  // lower-case head; not "the Nobel Committee", a name of its own)
  // "the Ramazzini institute", "the Nobel committee" (ruleId actors/body-phrase)
  // ruleId actors/place-body — "West Mercia police said", "pleaded not guilty in Manhattan federal court", "the Inner Mongolia
  // health commission said", "taken to Royal Shrewsbury hospital", "the Lyon metropolitan council voted": one to three
  // capitalised words before a lower-case head
  placeBodyPhrase: new RegExp(`(?<![${LETTER}'’])((?!The )(?:[${UPPER}][${LOWER}]{1,20} ){0,2}[${UPPER}][${LOWER}]{2,20} ` +
    `(?:(?:federal|district|county|state|city|regional|provincial|municipal|metropolitan|health|appeals) )?(?:police|court|commission|hospital|(?:city|county|town|municipal|metropolitan) council))(?![${LETTER}])` +
    // (not a noun the head qualifies: "a Cabixi police station", "Chicago police officers", "the Delaware court ruling")
    `(?! (?:stations?|officers?|chief|cars?|department|headquarters|spokesman|spokeswoman|spokesperson|custody|records?|reports?|` +
    `sources?|statements?|officials?|staff|patients?|wards?|beds?|buildings?|system|cases?|hearings?|ruling|documents?|filings?|` +
    `papers|orders?|judges?|clerks?|fees|dates?)(?![${LETTER}]))`, 'gu'),
  bodyPhrase: new RegExp(`(?<![${LETTER}])(?:[Tt]he )([${UPPER}][${LOWER}]{2,20} (?:committee|jury|foundation|board|panel|institute))(?![${LETTER}])`, 'gu'),
  // ruleId actors/en/bare-institution — "the army seized power", "The military has denied", "results announced by the
  // electoral commission": a state institution named by its bare noun, as the subject of a verb or the agent after "by"
  bareInstitution: new RegExp(
    `(?<![${LETTER}])(?:by the (${EN_BARE_INSTITUTIONS})(?![${LETTER}])|(?<!(?:of|for|in|at|to|on|with|against|from|about|into) )[Tt]he (${EN_BARE_INSTITUTIONS})` +
    `(?=\\s{1,3}(?:said|says|has|had|have|is|was|will|would|must|can|could|refused|refuses|took|seized|announced|announces|` +
    `declared|denied|denies|ordered|warned|insisted|rejected|controls|controlled|fired|arrested|deployed|dissolved|published|` +
    `released|imposed|banned|demanded|promised|vowed|claimed|` +
    // measures an institution takes (second new-user trial: "The army barred journalists from entering the zone")
    `barred|bars|blocked|blocks|suspended|restricted|closed|sealed|prohibited|forbade|halted|detained|expelled|evacuated|` +
    `raided|launched|confirmed|approved|fined|sanctioned|lifted|extended|tightened|issued|stopped|prevented|seized|froze|freezes)(?![${LETTER}'’])))`,
    'gu',
  ),
  ledBy: ['led by', 'run by', 'headed by', 'founded by', 'owned by', 'chaired by'],
};
