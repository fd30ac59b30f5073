/**
 * French cues of the actor extractor (see {@link ActorLexicon}). Lists
 * compiled from French news style: function words that open sentences,
 * titles of officials and executives (président, ministre, PDG…), verbs
 * that make a country act, lower-case continuations of institution names
 * ("Assemblée nationale", "Cour de cassation"), description nouns.
 *
 * @module
 */
import type { ActorKind } from '../../types.js';
import type { ActorLexicon } from '../gazetteer/types.js';
import { LETTER, LOWER, UPPER } from '../../text/char-classes.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Nationality adjectives and demonyms, folded: "espagnol", "Polonais" (masculine forms; feminines end in -e/-es). */
export const FR_DEMONYMS = words(`
americain americains americaine americaines francais francaise francaises allemand allemands allemande anglais anglaise
britannique britanniques russe russes polonais polonaise chinois chinoise japonais japonaise europeen europeens europeenne
belge belges italien italiens italienne espagnol espagnols ukrainien ukrainiens israelien israeliens
palestinien palestiniens iranien iraniens syrien syriens africain africains asiatique canadien canadiens quebecois
marocain marocains algerien algeriens tunisien tunisiens turc turcs arabe arabes musulman musulmans chretien chretiens
juif juifs catholique catholiques occidentaux occidental grec grecque suedois norvegien danois finlandais
irlandais ecossais portugais bresilien argentin mexicain indien pakistanais afghan egyptien libyen irakien libanais
senegalais malien ivoirien camerounais congolais nigerian kenyan sud-africain coreen vietnamien thailandais
indonesien australien neo-zelandais hongrois roumain bulgare serbe croate tcheque slovaque autrichien neerlandais
luxembourgeois quebecois wallon flamand bruxellois parisien lyonnais marseillais corse breton basque alsacien
philippin venezuelien colombien peruvien chilien cubain haitien ethiopien somalien soudanais birman malaisien saoudien
qatari yemenite jordanien islandais tibetain kurde equatorien bolivien uruguayen paraguayen nigerien tchadien rwandais
slovene estonien letton lituanien georgien armenien azerbaidjanais kazakh ouzbek mongol bielorusse moldave albanais
macedonien montenegrin bosnien kosovar chypriote maltais slovenien
`);

/**
 * Feminine forms of a masculine demonym (folded): "camerounais" → "camerounaise", "camerounaises"; "tibetain" →
 * "tibetaine(s)"; "italien" → "italienne(s)". A word already feminine or plural gets nothing.
 */
function feminine(w: string): string[] {
  if (/(?:e|s)$/.test(w) && !/ais$|ois$/.test(w)) return [];
  const f = /(?:ien|en)$/.test(w) ? `${w}ne` : `${w}e`;
  return [f, `${f}s`];
}

/** Months, days, demonyms and generic acronyms: capitalised but not actors ("Polonais", "PIB", "IA"). */
export const FR_NON_ENTITIES = new Set([...FR_DEMONYMS, ...[...FR_DEMONYMS].flatMap(feminine), ...words(`
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
wikipediens internautes ia ai pib tva isf ceo pdg dg drh pc tv ok usd eur rh pme tpe opa ogm ong hne hae gmt utc celsius fahrenheit ip suv usb pdf sms adn dna
affaires communaute corps forum guerre histoire homme loi port printemps site sommet systeme theatre univers eglise idees
journees revolution traite code charte fete salon festival prix coupe jeux tour concours rencontres assises etats-generaux
nord sud est ouest seconde second ivg pma gpa terre soleil lune eti cac smic rsa cdi cdd covid covid-19 adn ii iii iv etc mme mlle m dieu internet web republique etat gev tev mev kwh mwh gwh twh
`)]);

const DESCRIPTIONS: [string, ActorKind[]][] = [
  ['entreprise', ['organization']], ['société', ['organization']], ['firme', ['organization']], ['groupe', ['organization']],
  ['géant', ['organization']], ['compagnie', ['organization']], ['constructeur', ['organization']], ['fabricant', ['organization']],
  ['éditeur', ['organization']], ['start-up', ['organization']], ['startup', ['organization']], ['opérateur', ['organization']],
  ['laboratoire', ['organization']], ['banque', ['organization']], ['assureur', ['organization']], ['enseigne', ['organization']],
  ['distributeur', ['organization']], ['fédération', ['organization']], ['syndicat', ['organization']], ['centrale syndicale', ['organization']], ['parti', ['organization']],
  ['organisation', ['organization']], ['association', ['organization']], ['club', ['organization']], ['équipe', ['organization']],
  ['direction', ['organization']], ['maison mère', ['organization']], ['industriel', ['organization']], ['quotidien', ['organization']],
  ['journal', ['organization']], ['chaîne', ['organization']], ['plateforme', ['organization', 'product']],
  ['avionneur', ['organization']], ['équipementier', ['organization']], ['motoriste', ['organization']],
  ['pétrolier', ['organization']], ['sidérurgiste', ['organization']], ['transporteur', ['organization']],
  ['armateur', ['organization']], ['énergéticien', ['organization']], ['chimiste', ['organization']],
  ['ministère', ['government']], ['gouvernement', ['government']], ['administration', ['government']], ['agence', ['government', 'organization']],
  ['armée', ['government']], ['parquet', ['government']], ['tribunal', ['government']], ['cour', ['government']],
  ['police', ['government']], ['exécutif', ['government']], ['régulateur', ['government']], ['autorité', ['government']], ['commission', ['government']],
  ['ceo', ['person']], ['pdg', ['person']], ['président', ['person']], ['présidente', ['person']], ['premier ministre', ['person']],
  ['première ministre', ['person']], ['ministre', ['person']], ['directeur général', ['person']], ['directrice générale', ['person']],
  ['directeur', ['person']], ['directrice', ['person']], ['porte-parole', ['person']], ['sénateur', ['person']],
  ['sénatrice', ['person']], ['député', ['person']], ['députée', ['person']], ['maire', ['person']], ['juge', ['person']],
  ['procureur', ['person', 'government']], ['procureure', ['person']], ['chancelier', ['person']], ['chancelière', ['person']],
  ['fondateur', ['person']], ['fondatrice', ['person']], ['patron', ['person']], ['patronne', ['person']], ['dirigeant', ['person']],
  ['dirigeante', ['person']], ['secrétaire général', ['person']], ['secrétaire d\'état', ['person']], ['entraîneur', ['person']],
  // « La haute représentante » (the EU's foreign-policy chief), « le numéro un mondial du luxe » (a sector's leading business)
  // (ruleId actors/description-office-leader)
  ['haute représentante', ['person']], ['haut représentant', ['person']], ['numéro un mondial', ['organization']],
  ['numéro 1 mondial', ['organization']], ['leader mondial', ['organization']],
  // « le chef de l'État », « la cheffe de la diplomatie », « le chef du gouvernement » (offices named by « chef »)
  ['chef de l\'État', ['person']], ['chef de l’État', ['person']], ['cheffe de l\'État', ['person']], ['cheffe de l’État', ['person']],
  ['chef de la diplomatie', ['person']], ['cheffe de la diplomatie', ['person']], ['chef du gouvernement', ['person']],
  ['cheffe du gouvernement', ['person']],
];

/** The French actor lexicon. */
/** Bare nouns of state institutions that act in news (ruleId actors/fr/bare-institution). */
// « Le Trésor a gelé les avoirs de … » (l'administration des finances qui agit ; quatrième essai d'un nouvel utilisateur, 2026-12)
const FR_BARE_INSTITUTIONS = 'armée|commission électorale|parlement|fisc|junte|Trésor';

export const FR_ACTORS: ActorLexicon = {
  // lower-case particles inside persons' names: « Daniel arap Moi », « Oussama ben Laden » (ruleId actors/name-particle)
  connectors: words(`de du des la le d' l' of the for von van der del da do dos das al y bin ben ibn bint arap`),
  conjunctions: words(`et &`),
  commonWords: words(`
le la les l' un une des du de d' ce cet cette ces celui celle ceux celles il elle ils elles on nous vous je tu qui que quoi
dont ou où quand comment pourquoi si mais et donc or ni car dans en sur sous avec sans pour par chez vers entre depuis pendant
avant après lors selon malgré contre parmi outre hormis sauf dès jusqu au aux à ainsi alors aussi aujourd'hui hier demain
enfin puis ensuite désormais cependant pourtant toutefois néanmoins ailleurs concernant suite face grâce afin autre autres
tout tous toute toutes chaque plusieurs certains certaines quelques aucun aucune même mêmes leur leurs son sa ses mon ma mes
ton ta tes notre nos votre vos premier première deuxième dernier dernière nouveau nouvelle nouveaux plus moins très trop peu
beaucoup bien mal non oui seul seule seuls ni est sont était étaient a ont avait avaient sera seront fait faut reste c'est
voici voilà cela ceci ça lorsque puisque tandis comme quant environ près loin côté contexte impact mise point fin début
quatre trois deux cinq six sept huit neuf dix cent mille pour selon d'après en outre toutefois reste plan cas`),
  nonEntities: FR_NON_ENTITIES,
  titleWords: words(`
président présidente vice-président vice-présidente ministre sénateur sénatrice député députée maire juge procureur
procureure secrétaire directeur directrice général générale pdg ceo dg président-directeur porte-parole chancelier
chancelière gouverneur général colonel capitaine amiral commissaire préfet préfète ambassadeur ambassadrice roi reine
prince princesse pape cheikh m. mme mlle me dr pr professeur maître monseigneur mgr fondateur patron
administrateur administratrice vice-premier
ayatollah imam rabbin cardinal archevêque évêque émir sultan mollah conseiller conseillère`),
  // « le ministre des Armées » is handled by lower-case titles; capitalised portfolio words are English usage
  portfolioWords: words(``),
  placePrepositions: words(`à en au aux dans vers depuis près`),
  actingCues: words(`
a ont avait va vont doit doivent veut veulent peut peuvent pourrait devrait entend compte souhaite refuse refusait
annonce annoncé signe signé accuse menace réclame exige impose dénonce condamne rejette accepte s'est se s'engage
décide estime affirme déclare prévoit lance riposte
accorde octroie décrète reconnaît envoie expulse vote ratifie proteste négocie soutient propose interdit autorise
demande adopte suspend
attaque bombarde frappe envahit annexe arrête libère déploie retire rappelle convoque ferme bloque gèle saisit soutient
veut exige
`),
  locationCues: words(`en à au aux de d' du vers dans depuis pour sur hors`),
  // French puts the country after its state nouns, with "de": "le président de la Corée du Sud", "le gouvernement de la
  // Grèce", "l'armée d'Israël" (ruleId actors/state-of-country)
  stateNouns: words(`président présidente gouvernement gouvernements ministre ministres armée armées ambassadeur ambassadrice
  ambassade diplomatie autorités troupes forces roi reine premier chancelier chancelière délégation`),
  // ruleId actors/noun-before — "la province d'Aceh", "la base de Cape Canaveral", "la capsule Dragon",
  // "l'herbicide Roundup", "la revue Food and Chemical Toxicology"
  // « au mont Maudit », « les monts Nimba » (ruleId actors/place-noun-name: the noun is part of the name)
  placeNouns: words(`province région ville village commune île îles département base port capitale quartier canton comté
  district archipel presqu'île golfe lac massif vallée usine aéroport centrale raffinerie place
  mont monts`),
  productNouns: words(`capsule lanceur fusée avion avions hélicoptère hélicoptères missile missiles drone drones satellite vaccin
  médicament logiciel application appli smartphone console voiture véhicule navire porte-avions sous-marin char chars herbicide
  pesticide insecticide robot accélérateur collisionneur télescope sonde navette réacteur
  rover atterrisseur orbiteur astromobile canon canons obusier obusiers frégate frégates sous-marins corvette corvettes blindé blindés`),
  mediaNouns: words(`revue journal quotidien hebdomadaire magazine mensuel site`),
  // ruleId actors/company-list — « les entreprises Lime et Bird », « des opérateurs comme Lime, Bird et Jump »
  companyNouns: words(`entreprises sociétés compagnies firmes opérateurs groupes marques banques assureurs constructeurs fabricants
  start-up startups distributeurs fournisseurs éditeurs enseignes concurrents journaux quotidiens transporteurs laboratoires
  chaînes diffuseurs radios télévisions`),
  listOpeners: words(`comme dont notamment tels telles que`),
  // ruleId actors/fr/institution-de — "l'université de Caen", "l'hôpital de Nancy", "le lycée de Bayonne"
  // ruleId actors/fr/court-de — "le tribunal correctionnel de Paris", "la cour d'appel de Versailles", "le parquet de Nanterre",
  // "le conseil régional de Bretagne"
  institutionHeads: words(`université école hôpital lycée collège institut musée laboratoire clinique conservatoire
  observatoire mairie préfecture tribunal tribunaux cour parquet conseil chambre`),
  // ruleId actors/fr/brand-list — "ses marques, dont Kenmore et Lands' End", "des modèles comme la Zoé"
  brandList: new RegExp(`(?<![${LETTER}])(?:marques?|modèles?|gammes?)(?![${LETTER}]),?\\s+(?:dont|comme|notamment|telles? que|tels? que|parmi lesquelles)\\s+`, 'giu'),
  // ruleId actors/fr/country-signing — "Le traité avait été signé par …, le Japon, le Canada", "ratifié par la France"
  signingCue: new RegExp(`(?:^|[^${LETTER}])(?:sign(?:é|ée|és|ées|er|e|ent|ait|aient|era|eront|ataire|ataires)|ratifi[${LETTER}]{0,6}|cosign[${LETTER}]{0,6})(?![${LETTER}])`, 'iu'),
  extensibleHeads: words(`
assemblée organisation fédération confédération cour conseil ministère parlement commission agence autorité banque
parquet police gendarmerie armée marine direction union parti office institut haute haut caisse chambre sénat tribunal
comité syndicat mouvement association fondation société compagnie établissement centre observatoire département
préfecture régie école université académie garde ligue front rassemblement alliance nations fonds programme
coalition gauche droite corps forum`),
  extensionStop: words(`
a ont est sont était étaient sera seront avait avaient va vont fait doit peut qui que dont où et ou mais ni car ne n'
pas plus se s' sa son ses leur leurs ce cette ces il elle ils elles on y en le la les un une des au aux lundi mardi
mercredi jeudi vendredi samedi dimanche selon après avant depuis pendant contre pour par avec sans sur sous chez`),
  descriptions: new Map(DESCRIPTIONS),
  determiners: ['le', 'la', "l'", 'l’', 'du', 'au'],
  rolePremodifier: false,
  roleHeads: [
    'président-directeur général', 'président directeur général', 'directeur général', 'directrice générale', 'pdg', 'ceo',
    'premier ministre', 'première ministre', 'président de la république', 'présidente de la république', 'président',
    'présidente', 'vice-président', 'vice-présidente', 'ministre', 'secrétaire général', 'secrétaire générale',
    'secrétaire d\'état', 'porte-parole', 'sénateur', 'sénatrice', 'député', 'députée', 'maire', 'juge', 'procureur',
    'procureure', 'chancelier', 'chancelière', 'fondateur', 'fondatrice', 'cofondateur', 'directeur', 'directrice', 'patron',
    'patronne', 'dirigeant', 'dirigeante', 'responsable', 'délégué syndical', 'déléguée syndicale', 'avocat', 'avocate',
    'entraîneur', 'sélectionneur', 'économiste', 'analyste', 'chercheur', 'chercheuse', 'professeur',
    // « le vice-premier ministre Liu He », « l'administrateur Jim Bridenstine » (ruleId actors/title-before)
    'vice-premier ministre', 'vice-premier', 'administrateur', 'administratrice',
    // « Kaja Kallas, la cheffe de la diplomatie européenne », « le chef de l'État » (offices named by « chef »)
    'chef de la diplomatie', 'cheffe de la diplomatie', 'chef de l\'état', 'cheffe de l\'état', 'chef du gouvernement',
    'cheffe du gouvernement', 'haute représentante', 'haut représentant',
    // military ranks: « le général Pinochet », « le colonel Kadhafi » (ruleId actors/title-before)
    'général', 'générale', 'colonel', 'amiral', 'maréchal', 'capitaine', 'lieutenant', 'sergent',
    // religious titles: « l'ayatollah Khomeini », « le cardinal Barbarin », « l'imam Chalghoumi » (ruleId actors/title-before)
    'ayatollah', 'grand ayatollah', 'imam', 'rabbin', 'grand rabbin', 'cardinal', 'archevêque', 'évêque', 'émir', 'sultan', 'mollah',
    // « le conseiller Alexis Kohler », « la conseillère spéciale X » (ruleId actors/title-before)
    'conseiller', 'conseillère',
  ],
  // ruleId actors/fr/government-phrase — "le gouvernement français", "La police fédérale", "le parquet fédéral",
  // "le gouvernement Ayrault"; a bare "le gouvernement" is a description, resolved to an earlier one.
  governmentPhrase: new RegExp(
    `(?<![${LETTER}])(?:[Ll]e |[Ll]a |[Ll]['’])?(` +
    // "les forces de sécurité afghanes", "les forces armées françaises": a state's forces, named by a nationality adjective
    // in the feminine plural (ruleId actors/fr/national-forces); "les forces afghanes" alone stays a description
    `forces (?:armées |de sécurité |de police |de l['’]ordre |spéciales )[${LOWER}]{2,14}(?:anes|aises|aines|iennes|éennes|oises|ques|oles|andes)(?![${LETTER}])|` +
    // « des forces armées n'était autorisée »: a country's armed forces without an adjective (ruleId actors/fr/armed-forces)
    `forces armées(?![${LETTER}])|` +
    // « l'état-major des armées », « l'armée de l'Air et de l'Espace », « l'armée de Terre »: French military bodies written
    // with a lower-case head (ruleId actors/fr/military-body)
    `(?<!chef d['’])état-major des armées(?![${LETTER}])|armée de l['’][Aa]ir(?: et de l['’][Ee]space)?(?![${LETTER}])|armée de [Tt]erre(?![${LETTER}])|` +
    // (« ministère de l'Europe et des Affaires étrangères »: « et » may bring its own article; an article is no portfolio word)
    // (a lower-case word only after « de »: « et coordonnées » is the next clause)
    // « le ministère chinois du Commerce », « le ministère russe des Affaires étrangères »: a foreign state's ministry, its
    // demonym between the head and the portfolio (ruleId actors/fr/ministry-demonym; English: "China's commerce ministry")
    `ministère (?:(?!public )[${LOWER}]{4,16} )?(?:de la |de l['’]|du |des )[${UPPER}][${LETTER}-]{2,20}(?: (?:et (?:de la |de l['’]|du |des )?|de la |de l['’]|du |des )` +
    `[${UPPER}][${LETTER}-]{2,20}| (?:et )?(?:de la |de l['’]|du |des )(?!(?:des|les|la|le|du|de)(?![${LETTER}]))[${LOWER}][${LETTER}-]{2,20}){0,2}` +
    `(?: [${LOWER}][${LETTER}-]{1,16}(?:ères?|aires?|ales?|aux|iques?|elles?|els?|ieures?|ieurs?)(?![${LETTER}]))?|` +
    // « l'ambassade américaine », « le consulat français »: a state's mission (ruleId actors/fr/state-mission)
    // « l'administration Trump » is named after its leader like « le gouvernement Ayrault » (ruleId actors/fr/leader-administration)
    // « la marine russe », « l'armée syrienne », « la police afghane »: feminine demonyms as well as masculine ones
    // (not « l'aviation indienne »: the noun names a country's air transport or air power as often as its air force, a
    // description, not a body — ruleId actors/fr/government-phrase)
    "(?:gouvernement|police|parquet|gendarmerie|armée|marine|justice|ministère public|préfecture|ambassade|consulat|administration)" +
    " (?:syrienne|irakienne|libanaise|iranienne|turque|chinoise|japonaise|marocaine|tunisienne|algérienne|sénégalaise|ivoirienne|" +
    "malienne|polonaise|néerlandaise|portugaise|autrichienne|luxembourgeoise|égyptienne|libyenne|afghane|pakistanaise|indienne|" +
    "saoudienne|nigériane|soudanaise|birmane|vénézuélienne|mexicaine|brésilienne|colombienne|coréenne|nord-coréenne|" +
    "sud-coréenne|israélienne|yéménite|jordanienne|éthiopienne|somalienne|congolaise|camerounaise|rwandaise|burkinabée|nigérienne|" +
    "égyptien|libyen|afghan|pakistanais|indien|saoudien|nigérian|soudanais|birman|vénézuélien|mexicain|brésilien|colombien|" +
    "coréen|nord-coréen|sud-coréen|yéménite|jordanien|éthiopien|somalien|congolais|camerounais|rwandais|nigérien|" +
    "de coalition|de transition|d['’]union nationale|d['’]unité nationale|intérimaire|provisoire|fédéral|fédérale|national|nationale|judiciaire|municipale|régional|régionale|français|française|belge|allemand|" +
    "allemande|américain|américaine|britannique|italien|italienne|espagnol|espagnole|suisse|canadien|canadienne|québécois|" +
    "russe|ukrainien|ukrainienne|israélien|israélienne|chinois|chinoise|japonais|turc|iranien|iranienne|algérien|marocain|" +
    "tunisien|sénégalais|ivoirien|malien|libanais|syrien|irakien|polonais|néerlandais|portugais|grec|grecque|autrichien|" +
    `luxembourgeois|` +
    // « le gouvernement tchèque », « l'armée slovaque », « la police bulgare »: demonyms outside the usual shapes (-e, -ote, -in),
    // each ending a word (ruleId actors/fr/government-phrase-demonym)
    `(?:tchèque|slovaque|bulgare|serbe|croate|slovène|biélorusse|moldave|chypriote|malgache|estonienne|estonien|lettone|letton|` +
    `kazakhe|kazakh|ouzbèke|ouzbek|mongole|mongol|qatarie|qatari|émiratie|émirati|argentine|argentin|philippine|philippin|` +
    `monténégrine|monténégrin|kosovare|kosovar)(?![${LETTER}])|` +
    // « le gouvernement australien », « l'armée nigériane », « la police néo-zélandaise »: any demonym of the usual French
    // shapes (-ien, -ienne, -ais, -aise, -ain, -aine, -ois, -oise, -an, -ane), as the English rule reads "the Zambian
    // government" (ruleId actors/fr/government-phrase-demonym) — not the common adjectives of those shapes, and only after
    // a state's own bodies: a city has its police too (« la police londonienne » is Scotland Yard's description)
    `(?<=(?:gouvernement|armée|marine|ambassade|consulat|administration) )(?!(?:certain|certaine|prochain|prochaine|urbain|urbaine|humain|humaine|lointain|lointaine|souverain|souveraine|ancien|` +
    `ancienne|mondain|mondaine|quotidien|quotidienne|courtois|courtoise|mauvais|mauvaise|niais|niaise)(?![${LETTER}]))` +
    `[${LOWER}][${LOWER}-]{2,16}(?:ienne|ien|aise|ais|aine|ain|oise|ois|ane|an)(?![${LETTER}])|` +
    `[${UPPER}][${LOWER}-]{2,20}(?=[ ,.;:)]))(?: belge| français| de (?:Paris|Bruxelles|Lyon|Marseille|Genève))?` +
    // « le parquet national financier », « le parquet national antiterroriste »: France's two national prosecution offices
    // (PNF, PNAT), lower-case in the running text (ruleId actors/fr/national-prosecutor)
    `(?:(?<=parquet national) (?:financier|antiterroriste))?|` +
    // « l'ambassade de France à Damas », « le consulat d'Italie à Lyon », « l'ambassade des Etats-Unis »: a state's mission
    // named by its country, and its town (ruleId actors/fr/state-mission-of)
    `(?:ambassade|consulat|consulat général) (?:de |d['’]|du |des )[${UPPER}][${LETTER}-]{2,20}(?: à [${UPPER}][${LETTER}-]{2,20})?|` +
    // « le service des renseignements militaires », « la direction de la sécurité politique », « la direction générale de la
    // sécurité intérieure »: one intelligence or security service named with its qualifying adjective (not « les services
    // de renseignement », the services in general) (ruleId actors/fr/security-service)
    `(?:direction|service)(?: générale| central| centrale)? (?:de la |des |du |de )(?:sécurité|sûreté|renseignements?)` +
    ` [${LOWER}]{3,12}(?:ique|aire|aires|aux|ale|al|iens|ien|ienne|ieure|ieur|ée|é|és)|` +
    // « le gouvernement conservateur de Mariano Rajoy », « le gouvernement de Jean Castex »: a cabinet named after its head
    // (given name and surname; ruleId actors/fr/government-of-leader)
    `gouvernement(?: [${LOWER}]{4,14})? (?:de |d['’])[${UPPER}][${LOWER}-]{1,20} (?:(?:de |da |del |van |von |di )?[${UPPER}][${LETTER}-]{1,20}))(?![${LETTER}])`,
    'gu',
  ),
  // ruleId actors/fr/body-phrase — « le comité Nobel a salué », « la fondation Carnegie » (one capitalised word after the
  // lower-case head; not « la fondation Bill Gates »)
  // « l'institut Ramazzini », « l'association Tournesol », « le laboratoire Servier »: a lower-case body noun before one
  // capitalised word names the body (ruleId actors/body-phrase)
  // ruleId actors/place-body — « la police de Madrid a ouvert une enquête », « la gendarmerie de Cayenne » (hospitals and
  // courts are named by their capitalised place already: « l'hôpital de Cayenne », « le tribunal de Manhattan »)
  // « La métropole de Lyon a adopté son budget », « la communauté urbaine de Dunkerque », « la métropole du Grand Paris »: an
  // intercommunal authority named after its town is a government body, the town stays a place of its own
  placeBodyPhrase: new RegExp(`(?<![${LETTER}])(?:[Ll]a )((?:police|gendarmerie|métropole|communauté urbaine|communauté d['’]agglomération|communauté de communes) (?:municipale |nationale )?(?:de |d['’]|du )[${UPPER}][${LOWER}]{2,20}(?:[ -][${UPPER}][${LOWER}]{2,20})?)(?![${LETTER}])`, 'gu'),
  bodyPhrase: new RegExp(`(?<![${LETTER}])(?:[Ll]e |[Ll]a |[Ll]['’])((?:comité|jury|fondation|institut|association|observatoire|collectif|laboratoire) [${UPPER}][${LOWER}]{2,20})(?![${LETTER}])(?![ \\u00a0][${UPPER}])`, 'gu'),
  // ruleId actors/fr/bare-institution — « l'armée s'est octroyée le pouvoir », « exigent que l'armée quitte le pouvoir »,
  // « Le fisc défend cette publication », « les résultats annoncés par la commission électorale »: a state institution named
  // by its bare noun, as the subject of a verb or the agent after « par »
  bareInstitution: new RegExp(
    `(?<![${LETTER}])(?:par (?:la |le |l['’])(${FR_BARE_INSTITUTIONS})(?![${LETTER}])|(?<!(?:de|du|des|à|au|aux|pour|sur|dans|contre|avec|sans|chez|entre|selon|envers) )(?:[Ll]a |[Ll]e |[Ll]['’])(${FR_BARE_INSTITUTIONS})` +
    `(?=\\s{1,3}(?:s['’]est|s['’]était|se|a|ont|avait|aura|est|était|sera|va|doit|devra|peut|pourra|veut|exige|refuse|annonce|` +
    `affirme|déclare|estime|défend|publie|dénonce|accuse|menace|contrôle|dirige|gouverne|quitte|rejette|reconnaît|confirme|nie|` +
    `assure|arrête|ordonne|dissout|proclame|promet|réclame|impose|interdit|autorise|` +
    // les mesures qu'elle prend : « l'armée bloque l'accès », « la police a évacué » (second essai d'un nouvel utilisateur)
    `bloque|suspend|restreint|ferme|boucle|empêche|expulse|évacue|lance|approuve|sanctionne|lève|prolonge|durcit|saisit)(?![${LETTER}'’])))`,
    'gu',
  ),
  // ruleId actors/fr/party-members — « les républicains ont bloqué le texte », « Les démocrates ont remporté la Chambre »,
  // « des écologistes », « aux marcheurs »: the members of a party or camp as a group, named by the lower-case plural noun
  // (not « les démocrates-chrétiens », not an adjective after a noun: « les partis socialistes » has no article before it)
  partyMembers: new RegExp(`(?<![${LETTER}])(?:[Ll]es|[Dd]es|[Aa]ux) (républicains|démocrates|socialistes|écologistes|marcheurs|` +
    `insoumis|frondeurs|travaillistes|conservateurs|centristes|communistes|libéraux|indépendantistes|sociaux-démocrates|` +
    `macronistes|lepénistes|sarkozystes|chiraquiens|gaullistes|souverainistes)(?![${LETTER}-])`, 'gu'),
  ledBy: ['dirigée par', 'dirigé par', 'présidée par', 'présidé par', 'fondée par', 'fondé par', 'détenue par', 'détenu par',
    'pilotée par', 'piloté par'],
};
