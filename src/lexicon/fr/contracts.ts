/**
 * French contract lexicon: the nouns that name an agreement, the words
 * that make a mention generic or specific, the prepositions that introduce
 * its parties, the verbs of acquisition, and the cues of its status.
 *
 * Compiled from French business, politics and defence news usage
 * (« son récent accord avec le Département de la Défense », « le rachat de
 * X par Y », « ce partenariat », « le contrat serait amendé », « un accord
 * rompu »). All words lower case; regexes are linear.
 *
 * @module
 */
import type { ContractLexicon } from '../../extractors/contracts.js';
import { DIGIT, LETTER, LOWER } from '../../text/char-classes.js';

/**
 * Regex source: un verbe de démenti qui ouvre une proposition démentie — « a démenti que », « dément que », « nie que », « a nié
 * qu' ». Ce qui suit n'est pas un fait : les contrats (cueObject.denial) et les restrictions (deniedBefore) n'y lisent ni statut ni
 * restriction.
 */
export const FR_DENIAL_THAT = `(?<![${LETTER}])(?:dément(?:i|ent)?|ni(?:e|ent|é))\\s+qu(?:e\\s|['’]\\s?)`;

/**
 * contracts/incise : les incises brèves que la dépêche place entre virgules à l'intérieur d'une proposition, entre le sujet et le verbe
 * ou entre l'auxiliaire et le participe — « L'Union européenne a, de son côté, suspendu le protocole », « Intermarché et Auchan ont,
 * eux, mis fin à leur alliance », « Thales a, pour sa part, été choisi par la DGA ». Leurs virgules ne ferment aucune proposition.
 */
export const FR_INCISES: readonly string[] = [
  'de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'quant à lui', 'quant à elle', 'quant à eux', 'quant à elles',
  'lui', 'elle', 'eux', 'elles', 'lui aussi', 'elle aussi', 'eux aussi', 'elles aussi', 'par ailleurs', 'en revanche', 'toutefois',
  'cependant', 'néanmoins', 'pourtant', 'également', 'aussi', 'en outre', 'à son tour', 'à leur tour', 'de surcroît', 'entre-temps',
  'dans le même temps', 'pour l’heure', "pour l'heure", 'pour le moment', 'elle-même', 'lui-même', 'eux-mêmes', 'déjà',
];

/** Titres de qui signe pour une entreprise ou un État (« PDG », « ministre »), une alternance. */
const FR_TITLE = "(?:PDG|P-DG|président(?:e)?(?:\\s+exécutif|\\s+exécutive|-directeur\\s+général|\\s+du\\s+directoire)?|direct(?:eur|rice)(?:\\s+général(?:e)?)?|patron(?:ne)?|ministre|secrétaire(?:\\s+d['’]\\s?État)?|(?:co)?fondat(?:eur|rice)|ambassad(?:eur|rice)|dirigeant(?:e)?|chef|responsable|représentant(?:e)?|négociat(?:eur|rice)|maire|gouverneur|commandant)";

/** The French contract lexicon consumed by `extractContracts`. */
export const FR_CONTRACTS: ContractLexicon = {
  // « un accord avec », « le traité », « une coentreprise », « protocole d'accord »
  nouns: [
    // contracts/fr/noun-memorandum : « La Russie a proposé à l'Ukraine un mémorandum de paix », « un mémorandum d'entente avec l'Inde »
    // (comme tout nom d'accord, un mémorandum sans partie ni montant n'introduit rien : « un mémorandum interne »)
    // contracts/fr/noun-terrain-entente : « a trouvé un terrain d'entente avec les syndicats » (l'accord trouvé, dans la presse sociale)
    // contracts/fr/noun-protocole : « protocole » seul nomme l'accord dans la presse (« la SNCF a signé un protocole avec les syndicats »,
    // « le protocole de Kyoto ») ; « le protocole sanitaire » n'en est pas un : seulement nommé ou avec une partie (voir ambiguousNouns)
    { forms: ['accord', 'pacte', 'protocole', "protocole d'accord", 'protocole d’accord', 'accord-cadre', 'entente', "lettre d'intention", 'lettre d’intention', 'convention collective', 'mémorandum', "mémorandum d'accord", 'mémorandum d’accord', "mémorandum d'entente", 'mémorandum d’entente', "terrain d'entente", 'terrain d’entente'], plural: ['accords', 'pactes', 'ententes', 'mémorandums', 'protocoles'], kind: 'agreement' },
    // « a remporté un marché de 900 millions d'euros », « a décroché l'appel d'offres » (seulement après un verbe de gain : voir wonNouns)
    { forms: ['contrat', 'marché public', 'marché', "appel d'offres", 'appel d’offres'], plural: ['contrats', 'marchés publics'], kind: 'contract' },
    // contracts/fr/concession : la gestion déléguée d'un service public — « a prolongé d'un an la concession de Keolis », « la délégation de
    // service public attribuée à Transdev » (« concession » seulement avec une partie : « faire des concessions » n'en est pas une, voir ambiguousNouns)
    { forms: ['concession', 'délégation de service public'], plural: ['concessions'], kind: 'contract' },
    // « un plan de sauvetage par l'État », « le renflouement d'Air France par l'État »
    { forms: ['plan de sauvetage', 'renflouement'], plural: [], kind: 'deal' },
    // un financement d'une partie à une autre : « un prêt de 3 milliards du FMI », « une ligne de crédit de la Chine au Pakistan »
    // (seulement avec une partie après le nom : voir ambiguousNouns)
    { forms: ['ligne de crédit', 'accord de prêt', 'accord de financement'], plural: [], kind: 'deal' },
    // un échange conclu entre deux camps : « libérés dans le cadre d'un échange de prisonniers » (voir eventNouns)
    { forms: ['échange de prisonniers', "échange d'otages", 'échange d’otages'], plural: ['échanges de prisonniers'], kind: 'deal' },
    // « une commande de 36 Rafale » (seulement avec un complément compté ou un montant : voir orderNouns)
    { forms: ['commande'], plural: ['commandes'], kind: 'contract' },
    // contracts/fr/option-exercised : « L'armée de Terre a levé une option sur 42 VBMR supplémentaires auprès de KNDS » (seulement après un
    // verbe de levée, voir wonNouns, et avec un complément compté comme une commande, voir orderNouns)
    { forms: ['option'], plural: [], kind: 'contract' },
    // « en collaboration avec le CNRS » (adverbial : voir adverbialBefore)
    { forms: ['partenariat', 'alliance', 'coentreprise', 'co-entreprise', 'joint-venture', 'collaboration', 'consortium'], plural: ['partenariats', 'alliances', 'coentreprises', 'collaborations'], kind: 'partnership' },
    { forms: ['traité', 'convention', 'armistice', 'cessez-le-feu', 'trêve', 'accord de cessez-le-feu'], plural: ['traités', 'conventions', 'trêves'], kind: 'treaty' },
    // « Airbus et Thales discutent d'un rapprochement » : le "tie-up" des entreprises (seulement avec ses parties : voir ambiguousNouns ;
    // « le rapprochement entre Paris et Alger » est diplomatique : voir organizationOnlyNouns)
    { forms: ['fusion', 'rapprochement'], plural: ['fusions', 'rapprochements'], kind: 'merger' },
    // « l'offre de rachat de BHP », « l'offre de BHP sur Anglo American » (seulement sur une entreprise : voir counterpartNouns)
    // « Bouygues et Engie ont conclu une promesse d'achat » (l'anglais dit "purchase agreement", déjà un "agreement")
    { forms: ["promesse d'achat", 'promesse d’achat', 'promesse de vente'], plural: [], kind: 'acquisition' },
    { forms: ['rachat', 'acquisition', 'prise de contrôle', 'offre publique d’achat', "offre publique d'achat", 'opa', 'offre de rachat', 'offre d’achat', "offre d'achat", 'offre'], plural: ['rachats', 'acquisitions'], kind: 'acquisition' },
    { forms: ['bail', 'contrat de location', 'crédit-bail'], plural: ['baux'], kind: 'lease' },
    { forms: ['contrat de licence', 'accord de licence'], plural: [], kind: 'license' },
  ],
  // une contrepartie : « En échange de la levée des sanctions américaines, le Soudan s'engage à améliorer l'accès humanitaire », « En
  // contrepartie de l'aide européenne, Athènes a accepté de… » (la principale engage : un futur, un engagement, une acceptation)
  exchangeFor: {
    opener: /^\s*en\s+(?:échange|contrepartie|retour)\s+(?:de|d['’]|du|des)/iu,
    commitment: new RegExp(`(?<![${LETTER}])(?:s['’]\s*(?:engage|engagent|est\s+engagée?|sont\s+engagée?s)|(?:a|ont)\s+(?:accepté|promis|consenti)|accepte|acceptent|promet|promettent|[${LETTER}]{3,20}(?:ra|ront|rait|raient))(?![${LETTER}])`, 'iu'),
  },
  // « la transaction », « l'opération » — refer back to an agreement, never introduce one
  anaphors: ['transaction', 'opération', 'achat', 'vente', 'cession'],
  // anaphores qui nomment une vente : avec les deux parties nommées, elles l'introduisent (« la cession de Yahoo à Verizon »)
  // « la convention démocrate » est un congrès, « la convention de la CPI » un traité
  // « le plan de sauvetage de la planète » n'est pas un accord : il faut une partie après le nom
  // « un consortium » sans membres nommés, « une ligne de crédit » sans prêteur ne nomment aucun accord
  // « le protocole sanitaire », « le protocole de soins » ne sont pas des accords : il faut une partie ou un nom
  ambiguousNouns: ['convention', 'plan de sauvetage', 'renflouement', 'ligne de crédit', 'consortium', 'rapprochement', 'concession', 'protocole'],
  // « un échange de prisonniers » nomme à lui seul un échange conclu
  // « un plan de sauvetage pour renflouer Air France », « destiné à sauver Alitalia »
  rescueObject: new RegExp(`^\\s+(?:(?:destinée?|visant)\\s+à|pour)\\s+(?:renflouer|sauver|recapitaliser|refinancer|maintenir\\s+à\\s+flot)\\s+`, 'iu'),
  eventNouns: ['échange de prisonniers', "échange d'otages", 'échange d’otages'],
  // « Dassault a signé avec l'Inde un contrat », « le ministère a attribué à Thales un contrat »
  // (« au », « aux » contract « à le », « à les » : « attribué au groupe espagnol Acciona », « a proposé aux syndicats un accord »)
  verbPartyPrepositions: ['avec', 'à', 'au', 'aux', 'auprès de'],
  // « son offre pour racheter Twitter », « un accord visant à racheter »
  infinitiveMarkers: ['pour', 'à'],
  betweenPrepositions: ['entre'],
  conjunctions: ['et'],
  saleAnaphors: ['achat', 'vente', 'cession'],
  // nouns that follow « contrat » in a compound that is not the contract itself
  modifiedHeads: ['type', 'cadre', 'social', 'sociaux'],
  // « d'accord », « en accord avec » have no determiner and are rejected by the chain; nothing else to block
  blockedBefore: [],
  // « un éventuel rachat », « un possible accord », « le projet de fusion », « une fusion envisagée »
  tentativeModifier: new RegExp(`(?<![${LETTER}])(?:éventuel(?:le)?|possible|potentiel(?:le)?|projet\\s+d['’e]|hypothétique)(?![${LETTER}])`, 'iu'),
  // « le projet de fusion entre Bouygues et SFR », « une proposition d'accord »
  tentativeHeads: ['projet', 'proposition', 'ébauche'],
  // « d'un commun accord », « de son plein gré » (« d'accord », « en accord avec » n'ont pas de déterminant)
  idiomAround: new RegExp(`(?<![${LETTER}])d['’]un\\s+commun\\s+accord$`, 'iu'),
  // un consentement, pas un accord : « soumis à l'accord de l'Autorité », « avec l'accord de », « a donné son accord »
  consentBefore: new RegExp(`(?<![${LETTER}])(?:(?:soumise?s?|subordonnée?s?|conditionnée?s?)\\s+à|obtenu|obtenir|obtient|recueilli|reçu|donné|donne|donnent|donner|donnera|requiert|nécessite|faut)\\s+$`, 'iu'),
  // « en partenariat avec la NASA », « en coentreprise avec »
  // « avec l'accord de Bruxelles », « sans l'accord du Parlement »
  consentWith: { before: new RegExp(`(?<![${LETTER}])(?:avec|sans)\\s+$`, 'iu'), after: /^\s+(?:de|du|des|d['’])/iu },
  adverbialBefore: new RegExp(`(?<![${LETTER}])en\\s+$`, 'iu'),
  determiners: {
    indefinite: ['un', 'une'],
    definite: ['le', 'la', 'du', 'au'],
    demonstrative: ['ce', 'cet', 'cette'],
    possessive: ['son', 'sa', 'leur'],
    // première et deuxième personnes (« notre contrat ») : le locuteur n'est pas résolu
    generic: ['notre', 'votre', 'mon', 'ma', 'tout', 'toute', 'tous', 'toutes', 'aucun', 'aucune', 'chaque', 'tel', 'telle', 'tels', 'telles', 'certains', 'certaines', 'plusieurs', 'nombreux', 'nombreuses', 'quel', 'quelle', 'autres', 'ces', 'des', 'les', 'aux', 'ses', 'leurs', 'nos', 'vos', 'mes', 'divers', 'différents'],
  },
  // tokens ending a premodifier chain without a determiner: « d'accord », « en accord »
  chainBreakers: [
    'de', 'd', 'en', 'à', 'avec', 'pour', 'par', 'sur', 'sans', 'et', 'ou', 'mais', 'que', 'qui', 'dont', 'ne', 'pas',
    'est', 'sont', 'a', 'ont', 'être', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'se', 's',
  ],
  // inside a proper name: "Treaty of Lisbon", « Traité de Lisbonne »
  nameConnectors: ['de', 'd', 'pour', 'et', 'sur', 'en'],
  // « un accord avec X », « un traité entre X et Y », « un contrat attribué à X »
  partyPrepositions: ['avec', 'entre', 'auprès'],
  // « le rachat de X par Y », « la fusion de X et Y », « un bail de Boeing »
  // « un plan de sauvetage par l'État », « une commande auprès d'Airbus »
  // « une ligne de crédit de la Chine », « un plan de sauvetage de la Grèce » (deal) ; « un consortium mené par Vinci et Eiffage » (pas
  // « avec le partenariat du Monde » : un parrainage, d'où aucun « de » pour le partenariat)
  // « s'est vu attribuer un contrat par la Marine »
  kindPrepositions: { acquisition: ['de', 'du', 'des', 'd', 'par', 'sur'], merger: ['de', 'du', 'des', 'd', 'avec', 'par'], lease: ['de', 'du', 'auprès'], deal: ['par', 'de', 'du', 'des'], contract: ['par'], partnership: ['mené'] },
  partyStops: [
    'est', 'sont', 'a', 'ont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'avait', 'avaient', 'aurait',
    'pourrait', 'pourraient', 'doit', 'doivent', 'qui', 'que', 'qu', 'dont', 'mais', 'car', 'lorsque', 'quand', 'si', 'selon',
    'après', 'avant', 'depuis', 'afin', 'pour',
    // « le rachat reste soumis à l'accord de l'Autorité » : le verbe d'état clôt le groupe nominal
    'reste', 'restent', 'demeure', 'demeurent', 'semble', 'soumis', 'soumise', 'subordonné', 'subordonnée', 'devra', 'devront', 'doit',
    // un pronom sujet ouvre une relative : « l'accord qu'il veut… », « le contrat que nous voulons »
    'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on',
    // un médiateur n'est pas partie : « une trêve sous l'égide du Qatar », « un accord parrainé par les États-Unis »
    'sous', 'parrainé', 'parrainée', 'médiation',
    // une relative ouvre une autre proposition : « une promesse d'achat aux termes de laquelle Bouygues s'engage … »
    'laquelle', 'lequel', 'lesquels', 'lesquelles', 'auquel', 'duquel',
  ],
  // « à » n'introduit pas de partie (« un accord à Paris ») : aucune préposition stricte
  strictPrepositions: [],
  // « si Renault rachetait Nissan », « même si le groupe rachète »
  hypotheticalBefore: new RegExp(`(?<![${LETTER}])(?:si|s['’])\\s*(?:(?:le|la|les|l['’])\\s*)?$`, 'iu'),
  // « jusqu'à ce que la Russie accepte un cessez-le-feu », « à moins que le Hamas n'accepte une trêve », « tant que Moscou n'aura pas
  // signé d'accord », « avant que l'Iran signe un accord », « Kiev attend que Moscou accepte un cessez-le-feu » (contracts/fr/awaited-clause)
  awaitedBefore: new RegExp(`(?<![${LETTER}])(?:jusqu['’]à\\s+ce|à\\s+moins|tant|avant|en\\s+attendant|attend(?:re|ent|ait|aient|ra|ront)?)\\s+qu(?:e\\s+|['’]\\s?)(?:(?:le|la|les|l['’])\\s*)?$`, 'iu'),
  statusBefore: {
    // « l'accord devrait être signé », « doit signer », « pourrait être annulé », « permet à Yahoo de rompre », « espère conclure »,
    // « s'apprête à signer », « est sur le point de conclure »
    // un but n'est pas une annulation : « l'accord, destiné à mettre fin aux combats »
    modal: new RegExp(`(?<![${LETTER}])(?:(?:devrait|devraient|doit|doivent|devra|devront|pourrait|pourraient|pourra|pourront|sera|seront|serait|seraient|va|vont|allait|espère|espèrent|souhaite|souhaitent|veut|veulent|prévoit|prévoient|compte|comptent|s['’]\\s?appr[êe]t(?:e|ent|ait|aient)\\s+à|(?:est|sont|était)\\s+(?:sur\\s+le\\s+point|en\\s+passe)\\s+d[e'’])(?:\\s+(?:pas\\s+)?être)?|(?:permet|permettent|permettrait)(?:\\s+[${LETTER}’']+){0,3}\\s+d[e'’]|afin\\s+de|pour|destinée?s?\\s+à|visant\\s+à|à\\s+être|` +
      // une signature seulement envisagée : « envisage de signer un traité », « projette de racheter » (second essai d'un nouvel utilisateur)
      `envisag(?:e|ent|eait|eaient|é)\\s+d[e'’]|projet(?:te|tent|ait)\\s+d[e'’]|a\\s+l['’]\\s?intention\\s+d[e'’]|song(?:e|ent|eait)\\s+à|réfléchi(?:t|ssent)\\s+à)\\s*$`, 'iu'),
    // « a signé le décret », « signé la loi », « signé une pétition », « signé une lettre »
    otherObject: new RegExp(`^\\s+(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses)\\s*)?(?:[${LETTER}-]+\\s+)?(?:décret|décrets|loi|lois|lettre(?!\\s*d['’]intention)|pétition|ordonnance|budget|tribune)(?![${LETTER}])`, 'iu'),
    // « menace de rompre l'accord », « tente d'annuler », « réclame l'annulation »
    // « Fortress va renoncer au contrat de gestion » : un futur proche dit une annulation décidée
    future: new RegExp(`(?<![${LETTER}])(?:va|vont)\\s+$`, 'iu'),
    // « mettant fin à des mois de conflit », « après avoir réglé leur différend », « pour solder le litige »
    resolved: new RegExp(`(?<![${LETTER}])(?:mett(?:ant|re|ent)\\s+fin\\s+(?:à|au|aux)|met\\s+fin\\s+(?:à|au|aux)|mis\\s+fin\\s+(?:à|au|aux)|régl(?:é|er|ant|ent)|sold(?:é|er|ant)|clos|clore|clôtur(?:é|er|ant)|sur|au\\s+sujet\\s+d[eu])(?:\\s+(?:un|une|le|la|l['’]|leur|son|sa|des|de|d['’]|mois|années|long|longue)){0,4}\\s*$`, 'iu'),
    threat: new RegExp(`(?<![${LETTER}])(?:menac(?:e|ent|é|ait)|tent(?:e|ent|é|ait)|cherch(?:e|ent)\\s+à|réclam(?:e|ent|é)|demand(?:e|ent|é))(?:\\s+[${LETTER}’']+){0,2}?\\s*(?:d[e'’]\\s*)?$`, 'iu'),
  },
  // « Le PDG d'Airbus, Guillaume Faury », « Guillaume Faury, PDG d'Airbus », « le patron de Renault Luca de Meo » (titres de qui
  // signe pour une entreprise ou un État : dirigeants, ministres, ambassadeurs)
  signatory: {
    before: new RegExp(`^\\s+(?:[${LETTER}-]+\\s+){0,2}?${FR_TITLE}\\s*,?\\s+$`, 'iu'),
    after: new RegExp(`^\\s*,\\s+(?:(?:le|la|l['’])\\s*)?(?:[${LETTER}-]+\\s+){0,2}?${FR_TITLE}\\s+(?:de\\s+(?:la\\s+|l['’]\\s?)?|d['’]\\s?|du\\s+|chez\\s+)$`, 'iu'),
    titleOf: new RegExp(`(?<![${LETTER}])${FR_TITLE}\\s+(?:de\\s+(?:la\\s+|l['’]\\s?)?|d['’]\\s?|du\\s+|chez\\s+)$`, 'iu'),
    possessiveTitle: /^(?!)/u,
  },
  // « Fiat va racheter Renault », « Airbus va signer un contrat » (une décision, pas « pourrait » ni « devrait »)
  // « Embraer a attaqué Boeing en justice au sujet de la fusion avortée », « Twitter poursuit Elon Musk en justice pour l'accord »,
  // « a porté plainte contre Boeing au sujet de »
  litigation: {
    verb: new RegExp(`^\\s+(?:(?:a|ont|avait|avaient)\\s+)?(?:attaqu(?:e|ent|é)|poursui(?:t|vent|vi)|assign(?:e|ent|é)|(?:porté|porte|portent)\\s+plainte\\s+contre)\\s+$`, 'iu'),
    over: /^\s+(?:en\s+justice\s+)?(?:au\s+sujet\s+d[eu]\s*|à\s+propos\s+d[eu]\s*|pour\s+|sur\s+)$/iu,
  },
  // « Aux termes de l'accord, … », « Dans le cadre de ce contrat, … », « En vertu du traité, … » en tête de phrase
  framingBefore: /^\s*(?:aux\s+termes\s+d[eu'’]|dans\s+le\s+cadre\s+d[eu'’]|en\s+vertu\s+d[eu'’]|selon\s+les\s+termes\s+d[eu'’])\s*$/iu,
  // « recevra 30 Rafale dans le cadre d'un accord avec la France », « sera construit en vertu du contrat »
  frameBetween: new RegExp(`(?<![${LETTER}])(?:dans\\s+le\\s+cadre\\s+d[eu'’]|aux\\s+termes\\s+d[eu'’]|en\\s+vertu\\s+d[eu'’]|au\\s+titre\\s+d[eu'’])\\s*(?:[^\\s.;:!?]+\\s+){0,2}$`, 'iu'),
  // contracts/fr/frame-supply : « fournira six frégates à la Grèce dans le cadre d' », « livre 40 rames à la SNCF en vertu du »
  frameSupplyBefore: new RegExp(`(?<![${LETTER}])(fourni(?:r|ra|ront|rait|t|ssent|ssait)|livr(?:er|era|eront|erait|e|ent|ait)|constru(?:ire|ira|iront|irait|it|isent)|vend(?:re|ra|ront|rait|u|ent)|exploit(?:er|era|eront|e|ent))\\s[^.;:!?]{1,120}?\\s(?:dans\\s+le\\s+cadre|en\\s+vertu|au\\s+titre|aux\\s+termes)(?:\\s+d['’]\\s*|\\s+du\\s+|\\s+de\\s+la\\s+|\\s+de\\s+l['’]\\s*|\\s+)$`, 'iu'),
  decidedFuture: new RegExp(`^(?:va|vont)\\s+(?:[${LETTER}]+ment\\s+)?(?:racheter|acquérir|reprendre|fusionner|signer|conclure|parapher|finaliser|céder|vendre|créer|fonder|lancer|fournir|livrer|construire|s['’]\\s?(?:associer|allier|unir))(?![${LETTER}])`, 'iu'),
  cueObject: {
    // « l'annulation du », « la résiliation de », « la rupture des »
    complement: /^\s*(?:de\s+(?:la\s+|l['’]\s?)?|d['’]\s?|du\s+|des\s+)/iu,
    // « ce », « son récent », « 2 milliards » : déterminants, montants, adjectifs et noms, ni verbe ni seconde préposition
    gap: new RegExp(`^(?:l['’]\\s?|(?!(?:est|sont|était|soit|soient|a|ont|été|à|au|aux|de|du|des|par|avec|pour|sur|dans|en|qui|que|et|ou|liée?s?)\\s)(?:[${DIGIT}][${DIGIT}.,]*|[${LETTER}-]+)\\s+){0,4}$`, 'iu'),
    // « a démenti que », « dément que », « nie que », « a nié qu' »
    denial: new RegExp(FR_DENIAL_THAT, 'giu'),
  },
  // entre deux acteurs d'une liste : « la Grèce et la Banque centrale européenne », « X, Y ainsi que les États-Unis »
  // un descripteur peut précéder le second nom : « le PS et les écologistes d'EELV », « Renault et le constructeur Nissan »
  // contracts/fr/list-clause-conjunction: « La Russie a proposé un pacte à l'Ukraine, mais Kiev l'a rejeté » — « mais », « ou », « alors »
  // ouvrent une proposition ou une alternative, jamais un descripteur de la partie suivante
  listGap: new RegExp(`^(?:\\s*(?:,|et|&|ainsi que)\\s*){1,3}(?:(?:le|la|les|l['’]|son|sa|ses|leur)\\s*)?(?:(?!(?:avec|pour|par|sur|dans|en|est|sont|a|ont|était|sera|puis|aussi|signé|signée|conclu|de|du|des|mais|ou|ni|alors|tandis|donc|car|or)[\\s'’])[${LOWER}][${LOWER}\\-]{1,20}(?:\\s+|\\s*(?:de|du|des|d['’])\\s*(?:(?:la|le|l['’])\\s*)?)){0,3}$`, 'u'),
  // « la Grèce et l'UE ont signé… », « ils ont conclu… » ; le titulaire d'un contrat en est partie : « Dassault a remporté le contrat », « a décroché un marché », « a lancé une OPA »
  // « Orbit Beyond s'est retiré de ce contrat », « Fortress a renoncé au contrat » : le sujet d'une annulation en était partie ; « a passé une commande »
  // « Paris a mis un terme au contrat avec le groupe Bolloré », « Naval Group a reçu une commande de la Grèce »
  // une conclusion ou une acceptation nomme aussi ses parties : « LVMH a finalisé le rachat de Tiffany », « Israël et le Hamas ont accepté
  // une trêve », « Thales et Safran ont créé une coentreprise », « sont parvenus à un accord », « ont entamé des négociations sur » ;
  // de même la rupture par une partie : « l'Australie a rompu le contrat », « la Russie a suspendu sa participation au traité »,
  // « le PSG a prolongé le contrat » (pas l'annulation par un tiers : « le Conseil d'État a annulé le contrat »)
  // et la renégociation, l'obtention, le nouage ou la violation par une partie : « Washington veut renégocier l'accord avec la Chine »,
  // l'annulation ou l'amendement par une partie aussi : « L'Australie a annulé le contrat des sous-marins », « Londres et Bruxelles ont amendé l'accord »
  // « Airbus a obtenu un marché public de la SNCF », « Renault et Nissan ont noué une alliance », « la Russie s'est retirée du traité »
  // (le déterminant « du » appartient au groupe nominal : « retirée » clôt la proposition)
  // contracts/fr/verb-present-propose : les camps qui présentent ou proposent un accord en sont parties — « Les trois partis ont présenté
  // leur accord de coalition », « La Russie a proposé à l'Ukraine un mémorandum de paix »
  // contracts/fr/reached-adverb : « la direction et quatre syndicats sont parvenus mercredi à un accord salarial » — un jour ou un adverbe
  // entre « parvenus » et « à »
  // (contracts/fr/close-to : « Airbus et IndiGo sont proches d'un accord », « sur le point de signer » — les sujets en sont parties, proposé)
  agreementVerbs: new RegExp(`(?<![${LETTER}])(?:proches?(?=\\s{1,3}(?:de|d['’]))|sur\\s+le\\s+point\\s+de|sign(?:é|ée|er|ent|e|ait|aient|eront|era)|finalis(?:é|ée|er|e|ent)|officialis(?:é|ée|er|e|ent)|notifi(?:é|ée|er|e|ent)|rejoint|adhéré\\s+(?:à|au|aux)|quitt(?:é|er|e|ent)|boucl(?:é|ée|er|e|ent)|accept(?:é|ée|er|e|ent)|cré(?:é|ée|er|e|ent)|form(?:é|ée|er|ent)|mont(?:é|ée|er)|(?:parvenue?s?|arrivée?s?)(?:\\s+[${LETTER}-]+){0,2}?\\s+à|abouti(?:\\s+[${LETTER}-]+){0,2}?\\s+à|négociations?\\s+(?:sur|pour|avec)|romp(?:u|ue|re|t|ent)|résili(?:é|ée|er|e|ent)|dénonc(?:é|ée|er|e|ent)|suspend(?:u|ue|re|ent)|prolong(?:é|ée|er|e|ent)|conclu(?:re|ent|t)?|négoci(?:é|er|ent|e|aient)|discut(?:é|er|ent|e)|ratifi(?:é|er|ent|e)|paraph(?:é|er|ent|e)|scell(?:é|er|ent|e)|renouvel(?:é|er|le|lent)|annonc(?:é|er|ent|e)|trouvé|remport(?:é|e|ent|er|era)|décroch(?:é|e|ent|er|era)|lanc(?:é|e|ent|er)|attribu(?:é|e|ent|er)|pass(?:é|e|ent)|retir(?:é|ée|és|ées|e|ent)(?:\\s+d[eu'’]|\\s*$)|(?:mis|met|mettent|mettra|mettre)\\s+(?:fin|un\\s+terme)(?=\\s+(?:à|au|aux)(?![${LETTER}])|\\s*$)|reçu|reçoit|reçoivent|renégoci(?:er|é|ée|e|ent|ait)|nou(?:é|ée|er|ent|e|ait)|obten(?:u|ue|ir|ait)|obtien(?:t|nent)|viol(?:é|er|e|ent)|renonc(?:é|e|ent|er|era)(?:\\s+à)?|annul(?:é|er|e|ent)|amend(?:é|er|e|ent)|en\\s+négociation(?:s)?\\s+(?:sur|pour)|en\\s+discussion(?:s)?\\s+(?:sur|pour)|négocient|présent(?:é|ée|er|ent)|dévoil(?:é|ée|er|e|ent)|propos(?:é|ée|er|e|ent|ait)|lev(?:é|e|ent)|exerc(?:é|e|ent))(?![${LETTER}])`, 'giu'),
  // « un accord de défense, conclu en 2019 avec la Russie », « le contrat, signé l'an dernier avec l'Inde »
  participleWith: new RegExp(`^(?:signée?s?|conclue?s?|paraphée?s?|négociée?s?|scellée?s?|renouvelée?s?|prolongée?s?|passée?s?)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+avec\\s`, 'iu'),
  // « l'alliance Renault-Nissan », « le contrat Autolib' », « l'accord UE-Mercosur » : le nom qui suit le nom de l'accord en nomme les parties
  postNominalParties: true,
  // « Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements… », « un accord a été conclu entre l'Arménie et l'Azerbaïdjan »
  // contracts/fr/found-between : « Un accord a été trouvé dans la nuit entre l'Arménie et l'Azerbaïdjan », « un accord est intervenu entre »
  // (et le titulaire d'un contrat gagné : « Le contrat a été remporté par Veolia », contracts/fr/won-by)
  signedBy: new RegExp(`^[^.;:!?]{0,120}?(?:signée?s?|ratifiée?s?|conclue?s?|paraphée?s?|négociée?s?|approuvée?s?|attribuée?s?|remportée?s?|décrochée?s?|accordée?s?|notifiée?s?|scellée?s?|trouvée?s?|intervenue?s?)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+(?:par|entre)\\s`, 'iu'),
  // « L'accord doit encore être ratifié par le Parlement européen » : qui approuve un accord déjà nommé n'en est pas partie
  // (contracts/fr/approved-by-not-party)
  approvedBy: new RegExp(`(?:ratifiée?s?|approuvée?s?)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+par\\s$`, 'iu'),
  approvalRequired: new RegExp(`(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|devait|devaient|reste(?:nt)?\\s+à|(?:a|ont)\\s+besoin\\s+d['’]?)\\s*(?:[${LETTER}]+\\s+){0,2}?être\\s+(?:ratifiée?s?|approuvée?s?)`, 'iu'),
  institutionPossessives: ['son', 'sa', 'leur'],
  pluralPossessives: ['leur'],
  // (et un nombre avec un nom d'institutions : « Les trois groupes ont signé un protocole d'accord », « les deux constructeurs »)
  pluralPronouns: ['ils', 'elles', 'les deux', 'les deux pays', 'les deux parties', 'les deux groupes', 'les deux entreprises',
    ...['les deux', 'les trois', 'les quatre', 'tous deux', 'tous les trois'].flatMap((n) => ['groupes', 'entreprises', 'sociétés', 'constructeurs',
      'compagnies', 'banques', 'pays', 'États', 'gouvernements', 'parties', 'partenaires', 'syndicats', 'industriels', 'géants', 'opérateurs',
      'assureurs', 'laboratoires', 'camps', 'dirigeants', 'capitales', 'rivaux', 'équipementiers', 'sidérurgistes', 'chaînes'].map((w) => `${n} ${w}`))],
  // « Kmart va racheter Sears », « X a acquis Y », « X fusionne avec Y », « fusionner ses activités avec une filiale de Bayer »
  acquisitionVerbs: [
    // « Vivendi a pris le contrôle de Lagardère », « le groupe a mis la main sur Cora »
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:(?:pris|prend|prennent|prendre|prendra|prenant)\\s+le\\s+contrôle\\s+(?:de|d['’]|du)|(?:mis|met|mettent|mettre|mettra)\\s+la\\s+main\\s+(?:sur)|rach[eè]t(?:e|ent|er|era|eront|erait|eraient|é|ée|ant)|acqu(?:iert|ièrent|érir|erra|erront|errait|is|ise)|absorb(?:e|ent|er|é|ée|era)|` +
      // contracts/fr/verb-reprendre : « Naval Group reprend les Chantiers de l'Atlantique », « le groupe s'est offert Biogaran », « va reprendre
      // Camaïeu » (l'objet doit être une entreprise : « reprend l'entraînement », « s'est offert une victoire » n'achètent rien)
      `repr(?:end|ennent|endre|endra|endront|enait|is)|s['’]\\s?(?:offr(?:e|ent|ir|ira|iront)|(?:est|sont)\\s+offerte?s?))(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'acquisition', ruleId: 'contracts/fr/verb-racheter' },
    // « en décembre, le groupe a offert 16,50 dollars par action pour Tribune » : un montant offert pour une entreprise
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:offert|offre|offrent|propos(?:é|e|ent))\\s+\\d[\\d.,\\s]{0,12}\\s?(?:(?:millions?|milliards?)\\s+(?:d['’]\\s?|de\\s+)?)?(?:euros|dollars|francs|livres|€|\\$)\\s+(?:par\\s+action\\s+)?pour(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'acquisition', ruleId: 'contracts/fr/verb-offre-pour' },
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:fusionn(?:e|ent|er|era|eront|é|ée|ant)\\s+(?:(?:ses|leurs)\\s+(?:activités|opérations|filiales)\\s+)?avec)(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'merger', ruleId: 'contracts/fr/verb-fusionner' },
  ],
  // « Microsoft s'est associé avec OpenAI », « Renault s'allie à Geely », « ont uni leurs forces », « Thales et Safran vont fusionner »
  reciprocalVerbs: [
    { pattern: new RegExp(`(?<![${LETTER}])(?:(?:s['’]\\s?|se\\s+)(?:(?:est|sont|était|étaient|sera|seront|serait)\\s+)?(?:associ|alli)(?:e|ent|é|ée|és|ées|er|era|eront)(?:\\s+(?:avec|à|au|aux))?|(?:uni|unissent|unit|joint|joignent)\\s+leurs\\s+forces(?:\\s+(?:avec|à))?)(?![${LETTER}])`, 'giu'), kind: 'partnership', ruleId: 'contracts/fr/verb-ally' },
    // « fusionner avec » nomme son objet (verbe d'acquisition) ; seul, la liste sujet fusionne
    { pattern: new RegExp(`(?<![${LETTER}])fusionn(?:e|ent|er|era|eront|é|ées|és|ée)(?!\\s+avec)(?![${LETTER}])`, 'giu'), kind: 'merger', ruleId: 'contracts/fr/verb-merge-list' },
    // contracts/fr/verb-combine-units : « Shell et Equinor vont regrouper leurs actifs pétroliers britanniques » — deux groupes qui mettent
    // en commun leurs activités les fusionnent (la liste des sujets ; pas « regrouper leurs efforts »)
    { pattern: new RegExp(`(?<![${LETTER}])(?:regroup|combin|rassembl|mettr?)(?:er|ent|eront|é|ont|ait|aient|ant|e)?(?:\\s+en\\s+commun)?\\s+leurs\\s+(?:activités|actifs|opérations|filiales|réseaux|divisions)(?![${LETTER}])`, 'giu'), kind: 'merger', ruleId: 'contracts/fr/verb-combine-units' },
    // deux camps qui s'accordent sur une action : « Moscou et Riyad se sont mis d'accord pour réduire leur production », « si Washington
    // et Pékin parviennent à s'entendre sur la fin de la guerre commerciale », « les deux pays ont convenu de rétablir leurs relations »
    // (deux parties au moins ; une question ou une condition avant elles en fait une proposition)
    { pattern: new RegExp(`(?<![${LETTER}])(?:(?:s['’]\\s?|se\\s+)(?:(?:sont|seraient|étaient|seront)\\s+)?(?:mis|mettre|mettent|mettront|mettraient)\\s+d['’]\\s?accord\\s+(?:pour|sur)|s['’]\\s?entend(?:re|ent|aient|raient|ront)\\s+(?:pour|sur)|(?:ont|avaient|auraient)\\s+convenu\\s+(?:de|d['’])|conviennent\\s+(?:de|d['’]))`, 'giu'), kind: 'agreement', ruleId: 'contracts/fr/verb-s-entendre', hypotheticalProposed: true },
    // « Sanofi est entré en négociations exclusives avec CD&R en vue de la cession d'Opella » (seulement avec un objet)
    { pattern: new RegExp(`(?<![${LETTER}])(?:négociations?|discussions?|pourparlers)(?:\\s+(?:exclusives?|avancées?|préliminaires))?\\s+avec(?![${LETTER}])`, 'giu'), kind: 'deal', ruleId: 'contracts/fr/verb-talks-with', purpose: true },
    // contracts/fr/verb-agree-on : « Washington et New Delhi ne sont pas parvenus à s'entendre sur un accord commercial », « les deux camps se
    // sont entendus sur une trêve » — deux camps qui s'entendent sur un accord nommé juste après en sont les parties (seulement avec ce nom)
    { pattern: new RegExp(`(?<![${LETTER}])(?:s['’]\\s?entend(?:re|ent|ait|aient|ra|ront)|se\\s+(?:sont|seraient|sont\\s+enfin)\\s+entendue?s)\\s+sur(?=\\s+(?:une?|l['’]|le|la|leur)\\s?)`, 'giu'), kind: 'agreement', ruleId: 'contracts/fr/verb-agree-on', purpose: true },
    // des négociations menées à leur terme sont un accord conclu : « La Commission européenne a conclu les négociations avec le Mercosur »
    // (pas des « discussions » : « a conclu ses discussions avec Xi » peut clore un sommet sans accord)
    { pattern: new RegExp(`(?<![${LETTER}])(?:conclu|achevé|finalisé|bouclé)\\s+(?:(?:les|ses|leurs)\\s+)?négociations(?:\\s+[${LOWER}-]{2,20}){0,2}?\\s+avec(?![${LETTER}])`, 'giu'), kind: 'agreement', ruleId: 'contracts/fr/verb-concluded-talks' },
  ],
  orderNouns: ['commande', 'option'],
  orderPlurals: ['commandes'],
  pluralIndefinite: ['des'],
  pluralDefinite: ['les', 'ses', 'leurs'],
  // « une commande de 50 Airbus A350 », « sa commande de 36 Rafale », « une commande ferme de 12 frégates »
  orderComplement: new RegExp(`^\\s+(?:ferme\\s+)?(?:de|d['’]|sur)\\s*(?:(?:jusqu['’]à|plus\\s+de|quelque|environ)\\s+)?(?:\\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|centaines|dizaines)(?![${LETTER}]))`, 'u'),
  // « une commande auprès de la Pologne portant sur 152 obusiers », « une commande de la part de l'armée d'une valeur de 2 milliards »
  orderFromComplement: new RegExp(`^\\s+(?:auprès\\s+d[eu'’]|de\\s+la\\s+part\\s+d[eu'’])\\s*[^.;:!?,]{1,80}?\\s(?:portant\\s+sur|pour|d['’]un\\s+montant\\s+de|d['’]une\\s+valeur\\s+de)\\s+(?:\\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|centaines|dizaines|une\\s+(?:dizaine|vingtaine|trentaine|centaine))(?![${LETTER}]))`, 'u'),
  // « L'Allemagne a commandé 35 avions F-35A à Lockheed Martin », « le Qatar commande 12 Rafale supplémentaires »
  // un achat de biens comptés auprès d'un vendeur aussi : « La Pologne va acheter 32 hélicoptères AW149 à l'italien Leonardo »
  orderVerbs: new RegExp(`(?<![${LETTER}])(?:command(?:é|ée|és|ées|e|ent|era|eront|erait)|achet(?:er|é|ée|és|ées|ait|aient)|achèt(?:e|ent|era|eront|erait|eraient))(?![${LETTER}])`, 'giu'),
  orderCount: new RegExp(`^\\s+(?:(?:jusqu['’]à|plus\\s+de|quelque|environ)\\s+)?(?:\\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|centaines|dizaines|une\\s+(?:dizaine|vingtaine|trentaine|centaine))(?![${LETTER}]))`, 'u'),
  sellerPrepositions: ['à', 'au', 'aux', 'auprès'],
  orderingVerb: /^command/iu,
  // « un contrat pour équiper la marine grecque », « un accord pour fournir l'armée de l'air indienne »
  supplyVerbs: ['fournir', 'équiper', 'approvisionner', 'livrer', 'armer'],
  // « Emirates a passé commande de 90 Boeing 777X »
  bareOrderBefore: new RegExp(`(?<![${LETTER}])pass(?:é|e|ent|er|era|ait)\\s+$`, 'iu'),
  // les titres français gardent l'article (« Thales signe un contrat avec la marine indienne ») : jamais
  // les titres français disent le rachat au présent (« Microsoft rachète Activision ») : jamais
  headlineInfinitive: /(?!)/u,
  bareNounVerb: /(?!)/u,
  // « Alstom a remporté un marché de 900 millions d'euros », « a décroché l'appel d'offres de la marine néerlandaise » (pas « le marché
  // automobile », ni « a lancé un appel d'offres » : un appel à candidatures, pas encore un contrat)
  // « a levé une option sur 42 véhicules » (une option n'est un contrat qu'une fois levée ou exercée)
  wonNouns: ['marché', "appel d'offres", 'appel d’offres', 'option'],
  wonBefore: new RegExp(`(?<![${LETTER}])(?:remport(?:é|e|ent|era|er)|lev(?:é|e|ent|era|er)|exerc(?:é|e|ent|era|er)|décroch(?:é|e|ent|era|er)|gagn(?:é|e|ent|era|er)|obtenu|obtient|raflé|rafle|attribu(?:é|ée|e|ent|er)(?:\\s+(?:à|au|aux)\\s+[^,.;:]{1,40}?)?)\\s+$`, 'iu'),
  // contracts/fr/won-noun-passive : « Le marché a été attribué au groupe espagnol Acciona », « un marché attribué par la RTM », « l'appel
  // d'offres, remporté par Alstom » (un complément court peut précéder le participe : « Le marché de Riyad a été remporté par Veolia »)
  wonAfter: new RegExp(`^(?:\\s{1,3}(?:de|du|des|d['’])\\s{0,3}[^,.;:!?]{1,30}?)?\\s{0,3},?\\s{1,3}(?:(?:a|avait|ont|avaient|aura|est|sera|serait|aurait)\\s{1,3}été\\s{1,3}|(?:est|sera)\\s{1,3})?(?:attribuée?s?|remportée?s?|décrochée?s?|octroyée?s?|adjugée?s?)\\s+(?:par|à|au|aux)(?![${LETTER}])`, 'iu'),
  // « Le contrat, que Thales avait signé avec le Brésil en 2019, … », « l'accord qu'Airbus a conclu avec IndiGo »
  relativeObject: /^\s*(?:,\s*)?qu(?:e\s+|['’]\s*)/iu,
  relativeAuxiliary: /^\s+(?:(?:a|avait|ont|avaient|aurait|auraient|vient\s+de|venait\s+de|déjà)\s+){0,2}/iu,
  // « un contrat pour construire 12 sous-marins pour l'Australie », « un marché pour livrer 40 trains à l'Égypte »
  beneficiaryVerbs: ['fournir', 'livrer', 'construire', 'produire', 'fabriquer', 'vendre', 'moderniser', 'entretenir', 'exploiter'],
  beneficiaryPrepositions: ['pour', 'à', 'au', 'aux'],
  // « produire des véhicules au Brésil », « construire des frégates à Lorient » : le lieu de fabrication, pas le destinataire
  makingVerbs: ['construire', 'produire', 'fabriquer', 'moderniser', 'entretenir', 'exploiter'],
  purposePreposition: 'pour',
  // « le contrat pour la fourniture de 80 Rafale aux Émirats arabes unis »
  beneficiaryNouns: ['fourniture', 'livraison', 'vente', 'construction'],
  beneficiaryNounLead: /^(?:pour|sur)\s+(?:la|le|l['’])\s*$/iu,
  // « du contrat passé à Dassault Aviation, Thales, Safran et MBDA », « le marché attribué en 2023 à Alstom »
  participleTo: new RegExp(`^(?:passée?s?|attribuée?s?|notifiée?s?|confiée?s?|accordée?s?|octroyée?s?|adjugée?s?)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,3}?\\s+(?:à|au|aux)\\s`, 'iu'),
  // « se sont alliés pour bloquer la réforme », « se sont alliées au Conseil de sécurité pour bloquer », « ont uni leurs forces contre le projet »
  campaignAfter: new RegExp(`^[^.;:!?]{0,40}?[\\s,](?:(?:afin\\s+)?(?:pour|de)\\s+(?:faire\\s+(?:adopter|tomber|barrage)|bloquer|s['’]opposer|dénoncer|combattre|réclamer|exiger|voter|manifester|contester|renverser|censurer|attaquer|battre)|contre|face\\s+à)(?![${LETTER}])`, 'iu'),
  // « l'accord de défense qui le liait à la France », « le contrat qui lie le club à Nike »
  bindingRelative: new RegExp(`^qui\\s+(?:(?:le|la|les|l['’]|les\\s+deux\\s+pays|le\\s+[${LETTER}]+|la\\s+[${LETTER}]+)\\s*)?(?:li(?:e|ait|ent|aient|era)|unit|unissait|engage|engageait)\\s+(?:à|au|aux|avec)\\s*`, 'iu'),
  // le français nomme rarement des « négociations » par un nom composé antéposé
  talksAfter: /(?!)/u,
  // « Renault et Nissan ont engagé des négociations de fusion », « des pourparlers en vue d'un accord avec X », « Washington et les
  // talibans menaient des pourparlers directs en vue d'un accord »
  talksBefore: new RegExp(`(?<![${LETTER}])(?:négociations?|discussions?|pourparlers)(?:\\s+(?:exclusives?|avancées?|préliminaires|directe?s?|secrète?s?|secrets|officiel(?:le)?s?|formel(?:le)?s?))?\\s+(?:de|d['’]|en\\s+vue\\s+d['’](?:une?)?|sur\\s+(?:une?|la|le|l['’]))\\s*$`, 'iu'),
  // « il a annoncé une commande », « la compagnie a passé une commande »
  subjectPronounBefore: new RegExp(`^\\s*(?:il|elle|la\\s+compagnie|le\\s+groupe|l['’]entreprise)\\s+(?:[${LETTER}’']+\\s+){1,3}$`, 'iu'),
  // « En décembre, le groupe a offert 16,50 dollars par action pour Tribune », « il va racheter Sears »
  subjectPronounVerb: new RegExp(`^\\s*(?:il|elle|le\\s+groupe|l['’]entreprise|la\\s+société|la\\s+compagnie)(?:\\s+(?:a|avait|va|aurait|a\\s+aussi|a\\s+ensuite|veut|compte)){0,2}\\s+$`, 'iu'),
  // « le sauvetage d'une famille par les pompiers » : le sauvetage n'est un accord qu'entre entreprises
  // « le rapprochement entre Paris et Alger » est diplomatique : des États ne fusionnent pas
  organizationOnlyNouns: ['rapprochement'],
  counterpartNouns: ['offre'],
  // « le PSG a prolongé le contrat de Kylian Mbappé », « le contrat du groupe Thales »
  holderPrepositions: ['de', 'du', 'd'],
  // « Unilever a cédé son activité thé au fonds CVC », « va vendre 49 % de sa filiale à KKR », et le présent d'un titre : « CGG vend son
  // activité de stockage à Oasis Group et Access » (le nom d'activité et l'acheteur le rendent spécifique : pas « vend des fruits »)
  // contracts/fr/noun-sale-of : « Carrefour a annoncé la cession de ses activités en Italie au fonds NewPrinces », « la vente de sa filiale
  // à KKR » (le nom d'activité et l'acheteur le rendent spécifique, comme pour le verbe)
  saleNouns: new RegExp(`(?<![${LETTER}])(?:cession|vente)\\s+(?:(?:de|du|des)(?![${LETTER}])|d['’])`, 'giu'),
  // contracts/fr/talks-between : « Les négociations entre Paris et Athènes sur l'achat d'une quatrième frégate », « les discussions entre
  // Bruxelles et Washington sur un accord sur l'acier », « des pourparlers entre Kinshasa et le M23 en vue d'un accord de paix »
  talksBetween: {
    opening: new RegExp(`(?<![${LETTER}])(?:négociations?|discussions?|pourparlers)(?:\\s+(?:exclusives?|avancées?|directes?|officielles?))?\\s+entre\\s+`, 'giu'),
    topic: /^\s+(?:sur|pour|autour\s+d(?:e|u|es)?|en\s+vue\s+d['’]?|au\s+sujet\s+d(?:e|u|es)?)\s*/iu,
    // contracts/fr/talks-between-failed : « Les discussions entre Renault et Nissan ont capoté », « les négociations entre Ubisoft et
    // Tencent sur une coentreprise ont échoué », « les pourparlers … ont été rompus » (un échec, pas une pause : « sont au point mort » reste dehors)
    failed: /^(?:\s+(?:sur|pour|autour\s+d(?:e|u|es)?|au\s+sujet\s+d(?:e|u|es)?)\s*[^,.;:()«»"“”]{1,60}?)?\s+(?:ont|avaient|auraient)\s+(?:(?:finalement|définitivement)\s+)?(?:capoté|échoué|achoppé|tourné\s+court|été\s+(?:rompue?s|interrompue?s))(?![\p{L}])/iu,
  },
  // contracts/fr/breach-accusation : « Kinshasa accuse Kigali de ne pas avoir respecté le cessez-le-feu », « Israël accuse le Hamas d'avoir
  // violé la trêve »
  breachAccusation: {
    verb: new RegExp(`(?<![${LETTER}])accus(?:e|ent|é|ée|ait|aient|ant)\\s+`, 'giu'),
    breach: /^\s+(?:de\s+ne\s+pas\s+(?:avoir\s+)?(?:respecté|respecter|honoré|honorer|appliqué|appliquer)|d['’]\s?(?:avoir\s+)?(?:violé|violer|rompu|enfreint)|de\s+(?:violer|rompre|enfreindre))\s+(?:le|la|l['’]|les|son|sa|leur)\s*/iu,
  },
  // contracts/fr/party-led-by : « par le consortium emmené par Daniel Kretinsky », « par un groupe d'investisseurs mené par Xavier Niel »
  ledBy: /^(?:emmenée?s?|menée?s?|dirigée?s?|conduite?s?|pilotée?s?)\s+par\s/iu,
  // contracts/fr/passive-acquired : « McPhy a été racheté par John Cockerill », « la chaîne sera reprise par un fonds », « devrait être
  // acquis par » (le sujet est racheté, l'agent rachète)
  passiveAcquisition: new RegExp(`(?<![${LETTER}])(?:(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\\s+été|est|sont|était|étaient|sera|seront|serait|seraient|(?:va|vont|doit|doivent|devrait|devraient|pourrait|pourraient)\\s+être|être)\\s+(?:(?:finalement|récemment|depuis|ensuite)\\s+)?(?:rachet|acqui|repri|absorb)(?:é|ée|és|ées|s|se|ses|e)?\\s+par)\\s+`, 'giu'),
  saleVerbs: new RegExp(`(?<![${LETTER}])(?:céd(?:é|ée|er|era|eront|erait|e|ent|ant)|vend(?:u|ue|re|ra|ront|rait|ant|ent)?)(?![${LETTER}])`, 'giu'),
  // « TotalEnergies a accepté de verser 30 millions d'euros pour mettre fin au litige qui l'opposait à l'association Les Amis de la Terre »,
  // « la banque paiera 10 millions pour solder les poursuites engagées par la SEC », « a conclu une transaction avec le fisc » (l'autre
  // partie suit l'expression : voir collectSettlementMentions)
  settlementVerbs: new RegExp(`(?<![${LETTER}])(?:(?:(?:accept(?:é|e|ent)|engag(?:é|ée|e|ent))\\s+(?:de\\s+|à\\s+)|va\\s+|vont\\s+|d(?:oit|evra|oivent)\\s+)?(?:verser|payer|versera|paiera|payera|versé|payé|verse|paie)\\s+(?:[^.;:!?]|\\.(?=[${DIGIT}])){1,60}?\\s+(?:pour|afin\\s+de)\\s+(?:mettre\\s+(?:fin|un\\s+terme)\\s+(?:au|aux|à\\s+la|à\\s+l['’])\\s*|(?:solder|régler|clore|éteindre)\\s+(?:(?:le|la|les|l['’])\\s*)?)(?:[${LETTER}-]+\\s+){0,3}?(?:litiges?|différends?|contentieux|procédures?|poursuites|plaintes?|procès|conflit|actions?\\s+en\\s+justice)\\s+(?:qui\\s+l['’]opposai(?:t|ent)\\s+(?:à|au|aux)\\s*|l['’]opposant\\s+(?:à|au|aux)\\s*|avec\\s+|(?:engagée?s?|intentée?s?|déposée?s?|lancée?s?)\\s+par\\s+))|(?<![${LETTER}])(?:conclu|signé|trouvé)\\s+une\\s+transaction\\s+avec\\s+|(?<![${LETTER}])transig(?:é|er|e|ent)\\s+avec\\s+`, 'giu'),
  // « louer 100 avions ravitailleurs à Boeing », « Ryanair loue ses avions à AerCap » — des biens loués, pour que « louer » au sens de
  // « faire l'éloge » (« le ministre loue le courage des soignants ») reste dehors (l'autre partie suit l'expression : voir collectLeaseMentions)
  leaseVerbs: new RegExp(`(?<![${LETTER}])(?:lou(?:er|e|ent|é|ait|aient|era|eront)|pris\\s+en\\s+location|prendre\\s+en\\s+location)\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){0,4}?(?:avions|appareils|ravitailleurs|navires|bateaux|locaux|bureaux|terrains|bâtiments|immeubles|entrepôts|trains|rames|wagons|locomotives|satellites|hélicoptères|camions|véhicules|équipements|surfaces|frégates)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,2}?\\s+(?:à|auprès\\s+de|auprès\\s+d['’]|au|aux)\\s*`, 'giu'),
  // « un nouveau bail avec Boeing », « un second contrat », « une autre fusion » : un autre accord que celui nommé avant
  anotherBefore: new RegExp(`(?<![${LETTER}])(?:autres?|nouve(?:au|l|lle)|second|seconde|deuxième|troisième|précédent|précédente|ancien|ancienne)(?![${LETTER}])`, 'iu'),
  buyerPrepositions: ['à', 'au', 'aux'],
  unitNouns: [
    'activité', 'activités', 'filiale', 'filiales', 'branche', 'branches', 'division', 'divisions', 'participation', 'participations', 'part', 'parts',
    'actions', 'titres', 'usine', 'usines', 'magasins', 'marque', 'marques', 'pôle', 'pôles', 'tours', 'actifs', 'réseau', 'site', 'sites', 'capital',
    // des actifs cédés comme une activité : « a cédé trois centres commerciaux au fonds Blackstone », « ses raffineries », « deux gisements »
    'hôtels', 'centres', 'raffinerie', 'raffineries', 'mines', 'terminaux', 'gisements', 'entrepôts', 'centrales', 'immeubles',
  ],
  unitOwnerPrepositions: ['de', 'du', 'd', 'des'],
  // « a pris une participation de 10 % dans », « a racheté la participation détenue par », « a acquis 25 % du capital de »
  stakePurchase: new RegExp(`(?<![${LETTER}])(?:rachet(?:é|e|ent|er|ant)|rachèt(?:e|ent)|acqu(?:is|iert|ièrent|érir|érant)|pri(?:s|t|rent)|pren(?:d|nent|dre|ant))\\s+(?:(?:une|la|sa|leur)\\s+participation(?:\\s+(?:majoritaire|minoritaire|de\\s+contrôle))?(?:\\s+de\\s+\\d[\\d.,]{0,6}\\s?%)?\\s+(?:dans|au\\s+capital\\s+d[eu']|détenue\\s+par)|\\d[\\d.,]{0,6}\\s?%\\s+du\\s+capital\\s+d[eu'’])\\s*`, 'giu'),
  // « la NASA a annoncé la sélection de SpaceX, Blue Origin … », « la DGA a retenu Thales pour », « l'armée a choisi Airbus comme »
  selection: new RegExp(`(?<![${LETTER}])(?:(?:annoncé|confirmé|officialisé)\\s+(?:la|sa)\\s+sélection\\s+(?:de|d['’]|du|des)|sélectionné|retenu|choisi)\\s*`, 'giu'),
  selectionPurpose: /^,?\s+(?:pour|comme)\s/iu,
  // contracts/fr/verb-entrust : « Le gouvernement a confié à Vinci la construction du nouvel aéroport de Nantes »
  entrust: {
    verb: new RegExp(`(?<![${LETTER}])confi(?:é|ée|e|ent|er|era|ait)\\s+(?:à|au|aux)\\s+`, 'giu'),
    task: /^\s+(?:la|le|l['’])\s*(?:construction|réalisation|conception|fabrication|gestion|exploitation|maintenance|modernisation|fourniture|livraison)\s+(?:de|du|des|d['’])/iu,
  },
  selectionPassive: { auxiliary: /^\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+été|est|sont|était|étaient|été)\s+$/iu, agent: /^par\s+/iu },
  // « …, en rachetant », « après avoir acquis »
  gerundBefore: new RegExp(`(?<![${LETTER}])(?:en|après\\s+avoir)\\s+$`, 'iu'),
  // « s'engage à acquérir la totalité d'Equans », « a racheté l'intégralité du capital de Tikkurila », « acquiert 100 % de Tremend »
  wholeOf: new RegExp(`^\\s+(?:la\\s+totalité|l['’]\\s?intégralité|l['’]\\s?ensemble|[${DIGIT}][${DIGIT},.]*\\s?%)\\s+(?:(?:du|de\\s+l['’])\\s*capital\\s+)?(?:de\\s+|d['’]\\s?|du\\s+)`, 'iu'),
  verbObjectBlockers: ['de', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'pour', 'chez', 'auprès', 'avec', 'sur', 'actions', 'parts', 'titres', 'participation', 'produits', 'armes', 'avions'],
  status: {
    // « l'accord a été annulé », « le contrat rompu », « résilié », « mettre fin au partenariat »
    cancelled: new RegExp(`(?<![${LETTER}])(?:annul(?:é|ée|és|ées|er|e|ent|ation)|rompu(?:e|s|es)?|romp(?:re|t|ent)|rupture|résili(?:é|ée|er|e|ation)|abandonn(?:é|ée|er|e)|dénonc(?:é|ée|er|e)|mis fin|mettre fin|met fin|(?:mis|mettre|met|mettent)\\s+un\\s+terme|suspendu(?:e)?|enterré(?:e)?|rejet(?:é|ée|és|ées)?|rejet(?:te|tent)|dénonciation|résolu(?:e)?|retir(?:é|ée|és|ées|ent|er|e)(?=\\s+(?:de|du|des|d['’]))|claqu(?:é|er) la porte|quitt(?:é|ée|er|e|ent)|sortie?s?\\s+(?:de|du|des|d['’])|échou(?:é|ée|e|ent)|capot(?:é|e|ent)|renonc(?:é|e|ent|er|era)\\s+(?:à|au|aux))(?![${LETTER}])`, 'iu'),
    // « une modification de son récent accord », « le contrat serait amendé »
    // « a réduit sa commande », « une réduction de sa commande », « revue à la baisse »
    // un avenant ou une prolongation change ses termes : « un avenant au contrat Ariane 6 », « le PSG a prolongé le contrat de Mbappé »,
    // « la prolongation du contrat » (pas « un accord sur la prolongation des réacteurs » : l'objet prolongé n'est pas l'accord)
    amended: new RegExp(`(?<![${LETTER}])(?:(?:rédui(?:t|sent|re)|réduction\\s+(?:de|d['’]))\\s*(?:sa|leur|la|le|son|ses|leurs|l['’])\\s*(?:commandes?|contrats?|achats?|accords?)(?![${LETTER}])|revue?s?\\s+à\\s+la\\s+baisse|amend(?:é|ée|és|ées|er|ement)|modifi(?:é|ée|er|cation|cations)|révis(?:é|ée|er|ion)|renégoci(?:é|ée|er|ation)|remani(?:é|ée|ement)|avenants?|prolong(?:é|ée|és|ées|er|e|ent)|prolongation\\s+(?:de|du|d['’])\\s*(?:(?:la|le|l['’]|son|sa|leur)\\s*)?(?:contrat|accord|bail|traité|trêve|cessez-le-feu|partenariat|convention|pacte|alliance|engagement))(?![${LETTER}])`, 'iu'),
    // « un contrat contesté », « un litige sur l'accord »
    // « Dick Clark Productions a démenti tout accord » : un accord démenti est contesté
    // « les syndicats contestent l'accord conclu en mars » : le présent conteste aussi
    // « Boeing a porté plainte contre Airbus au sujet du contrat », « a attaqué Airbus en justice », « un procès »
    // « ne pas avoir respecté le cessez-le-feu », « le non-respect de l'accord » : un manquement allégué
    disputed: new RegExp(`(?<![${LETTER}])(?:non-respect|ne\\s+pas\\s+(?:avoir\\s+)?respect(?:é|er)|dément(?:i|ie|ent)|démenti|violation|viol(?:é|ent|ait|aient)|contest(?:é|ée|és|ées|er|ation|e|ent|ait|aient)|litige|différend|attaqu(?:é|ée) en justice|en\\s+justice|plaintes?|procès|recours|bloqu(?:é|ée|er|e)|opposé(?:e)?)(?![${LETTER}])`, 'iu'),
    // « X a signé un accord », « le traité ratifié »
    // « l'accord électoral négocié entre le PS et EELV » : le participe passé dit un accord conclu ; « a racheté », « a acquis »
    // « la fusion, devenue définitive mardi », « l'accord est entré en vigueur »
    // un renouvellement est une nouvelle signature, une offre acceptée un accord conclu : « a renouvelé son accord », « ont accepté une trêve »
    // « les États-Unis ont rejoint l'accord de Paris », « a adhéré au traité »
    // « la DGA a notifié à MBDA un contrat », « le contrat a été notifié à Naval Group »
    // contracts/fr/option-exercised : « a levé une option sur 42 VBMR » conclut l'achat ; « a passé un contrat avec » le conclut aussi
    signed: new RegExp(`(?<![${LETTER}])(?:nou(?:é|ée|és|ées)|(?:levé|exercé)e?\\s+(?:une|l['’]|son|sa|leur)\\s*options?\\s+(?:sur|pour)|obtenu(?:e|s|es)?|reçu(?:e|s|es)?|notifi(?:é|ée|és|ées)|rejoint|adhéré|renouvel(?:é|ée|és|ées|lement)|accept(?:é|ée|és|ées)|devenue?s?\\s+définitive?s?|entrée?s?\\s+en\\s+vigueur|sign(?:é|ée|és|ées|er|e|ent|ature)|conclu(?:e|s|es)?|paraph(?:é|ée|és|ées)|ratifi(?:é|ée|er|cation)|scellé(?:e)?|finalis(?:é|ée)|attribu(?:é|ée)|remport(?:é|e|ent)|décroch(?:é|e|ent)|négocié(?:e|s|es)?|approuv(?:é|ée)|racheté(?:e|s|es)?|(?:a|ont|avait|avaient)\\s+acquis|(?:a|ont|avait|avaient)\\s+passé|fusionné|bouclé(?:e)?|trouvé\\s+un\\s+accord|parvenue?s?\\s+à|abouti)(?![${LETTER}])`, 'iu'),
    // « OpenAI a annoncé », « en officialisant ce partenariat »
    // un engagement déclaré annonce l'accord : « l'Iran s'engage à ouvrir ses sites » (contracts/fr/exchange-for)
    // le futur simple d'une transaction décidée : « Airbus signera un contrat avec Qantas », « Mars rachètera Kellanova » (pas « ne
    // signera pas »)
    // contracts/fr/status-presented : « les partis ont présenté leur accord de coalition » le rend public, comme une annonce
    announced: new RegExp(`(?<![${LETTER}])(?:annonc(?:é|ée|er|e|ent|ant)|annonce|présentée?s?|officialis(?:é|ée|er|ant|ation)|dévoil(?:é|ée|er)|s['’]\\s*engag(?:e|ent)|(?<!(?:ne\\s|n['’]))(?:signer|conclur|rachèter|acquerr|fusionner|reprendr|finaliser|céder)(?:a|ont))(?![${LETTER}])`, 'iu'),
    // « un projet d'accord », « les négociations », « l'accord pourrait », « il propose d'acquérir Tikkurila »
    // (contracts/fr/close-to : « Airbus serait proche d'un accord avec IndiGo », « sur le point de conclure » — pas encore signé)
    proposed: new RegExp(`(?<![${LETTER}])(?:proches?(?=\\s{1,3}(?:de|d['’]))|sur\\s+le\\s+point\\s+de|offert(?:e|s)?|propos(?:é|ée|er|e|ent|ait|aient|ition)|projet|discut(?:é|ée|er|e|ent)|envisag(?:é|ée|e|er)|négoci(?:ation|ations|er|e|ent)|pourrait|pourraient|éventuel(?:le)?|potentiel(?:le)?|devrait|devraient|espère|espèrent|souhait(?:e|ent|ait|aient)|veu(?:t|lent)|voul(?:ait|aient)|offre|opa|en cours|pourparlers|discussions?|va|vont|compte|comptent|prévoit|prévoient)(?![${LETTER}])`, 'iu'),
  },
};
