/**
 * French attribution lexicon: verbes introducteurs de discours rapporté,
 * locutions de source ("selon", "d'après", "à en croire", "si l'on en
 * croit"), conditionnel journalistique ("serait", "auraient bondi") and
 * démentis ("a démenti", "n'a pas commenté"). Compiled from French press
 * usage (verbes de parole of the reference grammars: dire, déclarer,
 * indiquer, affirmer, préciser…) in the tenses news uses (présent, passé
 * composé participle, imparfait, participe présent, infinitive after
 * "vient de").
 *
 * @module
 */
import type { ReportingLexicon } from '../../extractors/attribution-lexicon.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';
import { INSERTED_ADVERB } from './restrictions.js';

/**
 * Forms of a regular -er verb from its stem, with the ç/ge spelling before a/o:
 * `er('indiqu')` → indique, indiquent, indiqué, indiquée, indiqués, indiquant, indiquait, indiquaient, indiquer,
 * and the passé simple news narratives use (« Pastor nia leur version », « le ministre déclara que… »): indiqua, indiquèrent;
 * `er('annonc')` → … annonçant, annonçait, annonça.
 */
function er(stem: string): string[] {
  return ['e', 'ent', 'é', 'ée', 'és', 'ant', 'ait', 'aient', 'er', 'a', 'èrent'].map((end) => {
    if (end.startsWith('a') && stem.endsWith('c')) return `${stem.slice(0, -1)}ç${end}`;
    if (end.startsWith('a') && stem.endsWith('g')) return `${stem}e${end}`;
    return stem + end;
  });
}

/** Verbes de parole: "le CEO précise que…", "…, a indiqué la direction". */
const REPORTING_VERBS = [
  'dit', 'disent', 'disait', 'disaient', 'disant', 'dire',
  ...er('déclar'), ...er('indiqu'), ...er('annonc'), ...er('affirm'), ...er('précis'), ...er('expliqu'), ...er('ajout'),
  ...er('soulign'), ...er('rappel'), 'rappelle', 'rappellent', ...er('confirm'), ...er('estim'), ...er('assur'), ...er('insist'),
  ...er('signal'), ...er('not'), ...er('relev'), 'relève', 'relèvent', ...er('observ'), ...er('constat'), ...er('répét'), 'répète',
  'répètent', ...er('martel'), 'martèle', 'martèlent', ...er('révél'), 'révèle', 'révèlent', ...er('dévoil'), ...er('rapport'),
  ...er('racont'), ...er('avou'), ...er('jug'), ...er('pens'), ...er('considér'), 'considère', 'considèrent', ...er('avanc'),
  ...er('témoign'), ...er('accus'), ...er('dénonc'), ...er('regrett'), 'prétend', 'prétendent', 'prétendu', 'prétendant', 'craint', 'craignent', 'prédit', 'prédisent',
  'reconnaît', 'reconnait', 'reconnaissent', 'reconnu', 'reconnaissant', 'reconnaître',
  'admet', 'admettent', 'admis', 'admettant',
  'soutient', 'soutiennent', 'soutenu', 'soutenant',
  'prévient', 'préviennent', 'prévenu',
  'répond', 'répondent', 'répondu', 'répondant', 'répondit', 'répondirent',
  'écrit', 'écrivent', 'écrivant', 'écrivit', 'écrivirent',
  // passé simple of the irregular verbs: « il reconnut que… », « elle soutint que… », « il prévint que… »
  'reconnut', 'reconnurent', 'admit', 'admirent', 'soutint', 'soutinrent', 'prévint', 'prévinrent', 'conclurent', 'crut', 'promit',
  'croit', 'croient', 'cru',
  'promet', 'promettent', 'promis',
  'fait savoir', 'font savoir', 'laisse entendre', 'laissé entendre', 'fait valoir', 'font valoir',
  'conclut', 'concluent', 'conclu', 'conclue', ...er('confi'), ...er('déplor'), ...er('félicit'), 'réjouit', 'réjouissent',
  ...er('salu'), ...er('souhait'), ...er('assén'), 'assène', ...er('mentionn'), ...er('spécifi'), ...er('certifi'), ...er('démontr'),
  'montre', 'montrent', 'montré', ...er('résum'), ...er('lanc'), ...er('tranch'),
  'poursuit', 'poursuivent', 'reprend', 'reprennent', 'repris', ...er('interrog'),
  // « « … », commente Song Myung-Sup, analyste » (not the infinitive: « a refusé de commenter » is a denial)
  'commente', 'commentent', 'commenté', 'commentait', 'commentaient', 'commentant', 'commenta',
  // the pronominal verbs of a reaction, whose past participle follows « s'est » (« « … » s'est réjoui le président Obama »,
  // « s'est indigné le ministre », « s'est exclamé », « s'est insurgée l'opposition »; not « s'emporter », whose « l'emporte »
  // is a win)
  // (claims/fr/verbs-more) « La Banque de France a averti que la croissance pourrait ralentir », « le président américain
  // a tweeté que les droits de douane seraient relevés », « l'armée a assuré… »
  'averti', 'avertit', 'avertissent', 'avertissant', 'avertissait', 'avertissaient', ...er('tweet'),
  'réjoui', 'réjouie', 'réjouis', 'réjouies', ...er('indign'), ...er('exclam'), ...er('écri'), ...er('insurg'), ...er('inquiét'),
  'inquiète', 'inquiètent', ...er('ironis'), ...er('fustig'), ...er('plaid'), ...er('protest'),
  // (claims/fr/verbs-learn-hope) « On apprend ce samedi que les résultats seront annoncés demain », « le ministère a appris
  // que… », « les syndicats espèrent que l'usine rouvrira » (not « a appris à nager »: a complement clause must follow)
  'apprend', 'apprennent', 'apprenait', 'apprenaient', 'appris', 'apprit',
  // (claims/fr/verbs-argue) « …, arguant notamment que les données ne seront pas conservées », « La CNIL soulève notamment que
  // l'anonymat est très relatif », « comme prévenait l'OMS début mars »
  ...er('argu'), 'soulève', 'soulèvent', 'soulevé', 'soulevait', 'prévenait', 'prévenaient',
  // (claims/fr/speculate) une conjecture de la source : « les enquêteurs supposent que l'incendie est criminel », « le
  // parquet présume que… », « les chercheurs envisagent que… » (avec « que » seulement)
  ...er('suppos'), ...er('présum'), ...er('spécul'),
  'espère', 'espèrent', 'espérait', 'espéraient', 'espéré', 'espérant',
  // (claims/fr/field-verbs) le reste du champ des verbes de parole (audit du 2026-12-01), avec « que » : « le ministère a
  // réaffirmé que… », « Renault réitère que… », « la direction a rétorqué que… », « le groupe concède que… », « la
  // Banque de France a alerté que… », « les données suggèrent que… », « les enquêteurs soupçonnent que… », « Le
  // ministre a garanti que… »; l'imparfait des verbes irréguliers (« le groupe reconnaissait que… », « il soutenait que… »)
  // (pas les présents qui sont aussi des noms devant « que » : « la réplique que », « l'alerte que », « le détail »)
  ...er('réaffirm'), ...er('réitér'), 'réitère', 'réitèrent', ...er('rétorqu'), 'répliqué', 'répliquait', 'répliquaient', 'répliquant',
  'répliqua', ...er('object'), 'garantit', 'garantissent', 'garanti', 'garantissait', 'garantissaient', ...er('clam'), ...er('proclam'),
  ...er('suggér'), 'suggère', 'suggèrent', ...er('concéd'), 'concède', 'concèdent', ...er('insinu'), ...er('pronostiqu'),
  ...er('calcul'), ...er('confess'), 'alerté', 'alertait', 'alertaient', 'alertant', ...er('soupçonn'), ...er('détaill'), ...er('explicit'),
  'anticipe', 'anticipent', 'anticipé', 'anticipait', 'anticipaient', 'anticipant', 'montrait', 'montraient', 'montrant', 'poursuivi', 'poursuivait', 'poursuivaient',
  // (claims/fr/imperfect-irregular) l'imparfait et le participe présent des verbes irréguliers du lexique
  'reconnaissait', 'reconnaissaient', 'admettait', 'admettaient', 'soutenait', 'soutenaient', 'répondait', 'répondaient',
  'écrivait', 'écrivaient', 'croyait', 'croyaient', 'croyant', 'concluait', 'concluaient', 'concluant', 'prétendait', 'prétendaient',
  'prédisait', 'prédisaient', 'promettait', 'promettaient', 'craignait', 'craignaient', 'avertissait', 'avertissaient',
  'faisait savoir', 'faisaient savoir', 'laissait entendre', 'laissaient entendre', 'faisait valoir', 'faisaient valoir',
  'laisse entendre', 'laissent entendre', 'a laissé entendre', 'ont laissé entendre', 'se réjouissait', 'se réjouissaient',
  ...er('alarm'),
];

/**
 * Participles whose object is the reported fact, after a perfect auxiliary and at most one adverb:
 * "Mr Saputo a aussi annoncé le retour de plusieurs joueurs", "De Santis a parlé de l'amélioration de l'attitude",
 * "l'entraîneur a mentionné le relâchement des joueurs", « le ministre a qualifié la réforme de nécessaire »,
 * « le groupe a revendiqué l'attentat » (a bare participle is an adjective: « le rachat annoncé hier »).
 */
const PARTICIPLE_PROMISES = [
  'annoncé', 'dévoilé', 'évoqué', 'mentionné', 'dénoncé', 'confirmé', 'révélé', 'regretté', 'reconnu', 'signalé', 'qualifié',
  'décrit', 'revendiqué', 'parlé de', "parlé d'", 'fait état de', "fait état d'", 'fait grief', 'pointé du doigt', 'y vu',
  'prétendu avoir', 'prétendu être',
  // an accusation or a reproach whose object is the checkable fact: « Libération a accusé Rajoy de purger la télévision
  // publique », « l'opposition a reproché au gouvernement son inaction », « a critiqué la gestion de la crise »;
  // an estimate: « le ministère a estimé les pertes à 2 milliards d'euros » (« a estimé que » is a reporting verb)
  'accusé', 'reproché', 'critiqué', 'estimé', 'jugé',
  // a report of one's own deed as an infinitive: « L'armée a affirmé avoir détruit plusieurs dépôts de munitions »,
  // « il a dit être innocent », « le groupe a assuré ne pas avoir reçu d'aide »
  'affirmé avoir', 'affirmé être', 'dit avoir', 'dit être', 'déclaré avoir', 'déclaré être', 'assuré avoir', 'assuré être',
  'assuré ne pas', 'affirmé ne pas', 'affirmé n\'avoir', 'assuré n\'avoir',
  // (claims/fr/admit-infinitive) an admission of one's own deed: « l'entreprise a admis avoir sous-estimé les coûts », « le
  // ministre a reconnu avoir commis une erreur », « a reconnu ne pas avoir été informé »
  'admis avoir', 'admis être', 'reconnu avoir', 'reconnu être', 'reconnu ne pas', "reconnu n'avoir", 'avoué avoir',
  // (claims/fr/note-object) « l'ONG a noté une amélioration de la situation »
  'noté',
  // (claims/fr/say-infinitive) « il a dit attendre une décision »
  'dit',
];

/** Objects that are the claim itself: "a promis de…", "s'est engagé à…". */
const PROMISE_VERBS = [
  'promet', 'promettent', 'promis', "s'engage", "s'est engagé", "s'est engagée", "s'engagent", "se sont engagés",
  // announcements with an object: "Le CERN a annoncé aujourd'hui la découverte d'une nouvelle particule" (compound forms: "l'annonce" is a noun)
  'a annoncé', 'ont annoncé', 'avait annoncé', 'avaient annoncé', "vient d'annoncer", "viennent d'annoncer", 'a dévoilé', 'ont dévoilé',
  // "s'est dit satisfait des résultats", "se disent prêts à négocier": the stance itself is the claim
  "s'est dit", "s'est dite", "se dit", "se disent", "se sont dits", "se sont dites", "s'est déclaré", "s'est déclarée", "se déclare",
  "s'est montré", "s'est montrée", "se montre", "se montrent",
  // present forms whose object is the reported fact: "la Commission qui regrette le « moment » choisi", « le groupe
  // revendique l'attentat », « qualifie la réforme de nécessaire » (compound forms are PARTICIPLE_PROMISES)
  'qualifie', 'qualifient', 'décrit', 'revendique', 'revendiquent',
  'évoque', 'évoquent', 'mentionne', 'mentionnent', 'dénonce', 'dénoncent', 'regrette', 'regrettent', 'fait état de', "fait état d'",
  'font état de', "font état d'",
  // (claims/fr/postposed-participle) the participle after a postposed attribution: « …, a écrit le ministre, faisant état du
  // décès de douze soldats »
  'faisant état de', "faisant état d'", 'faisant état du', 'faisant état des', 'fait état du', 'fait état des', 'font état du',
  'font état des', 'parle de', "parle d'", 'parlent de', "parlent d'",
  // a cause attributed by its source: « Celles-ci attribuent leur maladie à l'usage de l'herbicide » (object possessive or
  // demonstrative, then « à » — not « le jury attribue le prix à » : an award; gated in claims.ts); a characterisation
  // with « comme » : « l'OFAG considère la substance comme probablement cancérigène » (« considère que » is a reporting
  // verb; « comme » required, gated in claims.ts)
  'attribue', 'attribuent', 'attribuait', 'attribuaient', 'considère', 'considèrent', 'considérait', 'considéraient',
  // « le quotidien accuse le gouvernement de mentir », « l'opposition reproche au ministre son silence »
  'accuse', 'accusent', 'accusa', 'reproche', 'reprochent',
  // an estimate whose object is the figure: « la moyenne du site RealClearPolitics estime à 2,3 points l'écart », « le
  // ministère évalue à 2 milliards le coût » (« estime que » is a reporting verb)
  'estime à', 'estiment à', 'estimait à', 'estimaient à', 'évalue à', 'évaluent à', 'évaluait à', 'chiffre à', 'chiffrent à',
  // a feared or expected outcome attributed to its source: « Les observateurs craignent une montée des tensions »,
  // « les syndicats redoutent des suppressions de postes » (« craignent que… » is a reporting verb)
  'craint', 'craignent', 'redoute', 'redoutent',
  // the infinitive report in the present: « l'armée affirme avoir abattu un drone », « il dit être innocent »
  'affirme avoir', 'affirment avoir', 'affirme être', 'affirment être', 'dit avoir', 'disent avoir', 'dit être', 'disent être',
  'admet avoir', 'admettent avoir', 'reconnaît avoir', 'reconnait avoir', 'reconnaissent avoir', 'avoue avoir', 'avouent avoir',
  "assure n'avoir", "assurent n'avoir", "affirme n'avoir", "affirment n'avoir", "dit n'avoir", "assure n'être", "affirme n'être",
  // (claims/fr/forecast) a forecast whose object is the figure: « le groupe table sur une croissance de 5 % », « le
  // constructeur anticipe une baisse de ses ventes de 10 % »
  'table sur', 'tablent sur', 'tablait sur', 'anticipe', 'anticipent', 'anticipait',
  'assure avoir', 'assurent avoir', 'assure ne pas', 'affirme ne pas', 'déclare avoir', 'déclarent avoir',
  'prétend avoir', 'prétendent avoir', 'prétend être', 'prétendent être',
  // a reproach with its target: « Son parti lui faisait grief d'avoir rompu la discipline de vote », « la profession pointe
  // du doigt les choix fiscaux qui ont favorisé la demande de gazole »; the imperfect of narratives (« lui reprochait »)
  'fait grief', 'font grief', 'faisait grief', 'faisaient grief', 'reprochait', 'reprochaient', 'reprocha',
  'pointe du doigt', 'pointent du doigt', 'pointait du doigt', 'montre du doigt', 'montrent du doigt',
  // an interpretation after a participle, attributed to the subject of the clause: « Bruxelles a salué la création de ce
  // nouveau gouvernement y voyant un signe de détermination », « y voyant la preuve que… »
  'y voyant', 'y voit', 'y voient', 'y voyait', 'y voyaient',
  // (claims/fr/note-object) an observation of a source whose object is the checkable fact: « l'organisation notait une
  // légère amélioration », « le rapport note une hausse des agressions » (« note que » is a reporting verb; the compound
  // « a noté » is a PARTICIPLE_PROMISE)
  'note', 'notent', 'notait', 'notaient',
  // (claims/fr/reveal-object) une révélation dont l'objet est le fait vérifiable : « Le journal satirique révèle également
  // d'autres « irrégularités » », « l'enquête révèle l'existence de 27 centres » (« révèle que » est un verbe de parole)
  'révèle', 'révèlent', 'révélait', 'révélaient',
  // (claims/fr/plan-infinitive) a plan, an intention or a hope of a source, with its infinitive only: « les services de
  // renseignement espèrent pouvoir détecter ces profils », « le groupe prévoit de supprimer 500 postes », « Renault compte
  // fermer deux usines », « le gouvernement entend réduire le déficit » (not « compte 3 000 salariés », « entend les
  // critiques »: no infinitive follows)
  'espère', 'espèrent', 'espérait', 'espéraient', 'prévoit', 'prévoient', 'prévoyait', 'prévoyaient', 'compte', 'comptent',
  'comptait', 'comptaient', 'entend', 'entendent', 'entendait', 'entendaient', 'projette', 'projettent',
  // (not « envisage de » : a plan only considered — "is considering raising VAT" — is no statement of the source:
  // claims/fr/considering-not-report)
  // (claims/fr/say-infinitive) a statement of one's own view or deed with a bare infinitive: « il a dit attendre une
  // décision similaire », « les autorités disent craindre une escalade » (« dit que » is a reporting verb; « dit non » no
  // claim: an infinitive must follow)
  'dit', 'disent', 'disait', 'disaient',
];

/**
 * Conditional forms of the verbs news hedges with (présent du conditionnel,
 * 3rd person): "Claude resterait impliqué", "les désinstallations auraient
 * bondi". Regular -er verbs are caught by the `-erait` pattern below; these are
 * the irregular and -ir/-re stems.
 */
const CONDITIONAL_FORMS = [
  'serait', 'seraient', 'aurait', 'auraient', 'pourrait', 'pourraient', 'devrait', 'devraient', 'faudrait', 'vaudrait',
  'voudrait', 'voudraient', 'saurait', 'sauraient', 'ferait', 'feraient', 'irait', 'iraient', 'viendrait', 'viendraient',
  'tiendrait', 'tiendraient', 'prendrait', 'prendraient', 'mettrait', 'mettraient', 'permettrait', 'permettraient',
  'rendrait', 'rendraient', 'atteindrait', 'atteindraient', 'contiendrait', 'obtiendrait', 'obtiendraient', 'deviendrait',
  'deviendraient', 'maintiendrait', 'finirait', 'finiraient', 'choisirait', 'partirait', 'sortirait', 'ouvrirait', 'offrirait',
  'couvrirait', 'réduirait', 'réduiraient', 'produirait', 'conduirait', 'construirait', 'suffirait', 'dirait', 'vivrait',
  'suivrait', 'recevrait', 'percevrait', 'croirait', 'verrait', 'verraient', 'enverrait', 'courrait', 'mourrait', 'perdrait',
  'perdraient', 'vendrait', 'vendraient', 'attendrait', 'dépendrait', 'comprendrait', 'reprendrait', 'entreprendrait',
  'accroîtrait', 'disparaîtrait', 'paraîtrait', 'connaîtrait', 'naîtrait', 'interviendrait', 'détiendrait', 'soutiendrait',
  'bénéficierait', 'agirait', 'investirait', 'réunirait', 'établirait', 'fournirait', 'garantirait', 'remplirait', 'subirait',
];

/** Present-tense verbs of an inverted incise (claims/fr/incise-present): « …, affirme Moscou, … », « …, estiment les analystes, … ». */
const PRESENT_INCISE = '(?:affirme|affirment|estime|estiment|assure|assurent|indique|indiquent|précise|précisent|explique|expliquent|souligne|soulignent|ajoute|ajoutent|déclare|déclarent|dit|disent|juge|jugent|rappelle|rappellent|reconnaît|reconnaissent|prévient|préviennent|martèle|martèlent|note|notent|observe|observent|relève|relèvent|confie|confient|raconte|racontent|résume|tranche|commente|commentent|poursuit|annonce|annoncent|signale|signalent|rapporte|rapportent|écrit|écrivent|insiste|insistent|avance|avancent|assène|répète|répètent|prédit|prédisent|redoute|redoutent|craint|craignent)';

export const FR_REPORTING: ReportingLexicon = {
  reportingVerbs: REPORTING_VERBS,
  zeroComplementVerbs: [],
  objectVerbs: [],
  promiseVerbs: PROMISE_VERBS,
  // « François Hollande a promis de retirer les troupes », « le ministre s'est engagé à maintenir les emplois »
  commitmentVerbs: ['promet', 'promettent', 'promis', "s'engage", "s'est engagé", "s'est engagée", "s'engagent", 'se sont engagés',
    'prévoit', 'prévoient', 'prévoyait', 'prévoyaient', 'projette', 'projettent'],
  infinitiveMarkers: ['de', "d'", "d’", 'à'],
  participlePromises: PARTICIPLE_PROMISES,
  perfectAuxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'],
  complementizers: ['que', "qu'"],
  // le contenu d'un nom de rapport, non sa source : « a démenti les informations selon lesquelles Poutine serait malade »,
  // « l'idée commune selon laquelle… », « la rumeur voulant que le PDG démissionne »
  reportContentOpeners: [
    'selon lequel', 'selon laquelle', 'selon lesquels', 'selon lesquelles', "d'après lequel", "d'après laquelle", "d'après lesquels",
    "d'après lesquelles", 'voulant que', "voulant qu'",
  ],
  // "selon plusieurs médias américains", "d'après le ministre", "si l'on en croit des données…", "à en croire X"
  sourcePhrases: [
    'selon', "d'après", 'si l’on en croit', "si l'on en croit", 'si on en croit', 'à en croire', 'de source', 'de sources',
    'aux dires de', 'au dire de', 'aux dires des', 'aux dires du', 'au dire des', 'au dire du', 'de l’avis de', "de l'avis de", 'citant', 'cité par', 'citée par', 'cités par',
    // a report named as the reference: « notre pays occupe les dernières places, si l'on se réfère au rapport annuel du Forum
    // économique mondial » (EN 'in the view of')
    'si l’on se réfère à', "si l'on se réfère à", 'si l’on se réfère au', "si l'on se réfère au", 'si on se réfère à', 'si on se réfère au',
    'en se référant à', 'en se référant au',
    // a view held by a source: « aux yeux de l'OFAG, ces produits pourraient… » (EN 'in the eyes of')
    'aux yeux de', 'aux yeux du', 'aux yeux des',
    // (claims/fr/source-pronoun) the same view held by a pronoun: « A ses yeux, certains produits de dégradation pourraient… »,
    // « à son avis, … » (the pronoun resolves to the last subject: sourcePronouns)
    'à ses yeux', 'a ses yeux', 'à leurs yeux', 'a leurs yeux', 'à son avis', 'a son avis', 'à leur avis', 'a leur avis',
    // (claims/fr/read-in) the publication a claim was read in: « Une douzaine de responsables ont été mis en examen, peut-on
    // lire dans Les Échos », « …, lit-on dans le rapport »
    'peut-on lire dans', 'peut-on lire sur', 'pouvait-on lire dans', 'lit-on dans', 'lit-on sur',
  ],
  // « citant des sources proches du dossier », « citant un rapport » (pas « citant une demande faible » : une raison)
  citing: {
    phrases: ['citant'],
    documents: ['rapport', 'rapports', 'document', 'documents', 'données', 'communiqué', 'déclaration', 'personnes', 'médias', 'journal',
      'étude', 'enquête', 'chiffres', 'entretien', 'lettre', 'note', 'proches', 'témoignage', 'renseignement'],
  },
  relativeSubjects: ['qui', 'dont'],
  // "Pour le procureur fédéral, plus de 3 millions d'euros auraient été volés"
  leadingSourcePrepositions: ['pour'],
  // rôles et institutions qui parlent sans nom propre : « Pour le procureur fédéral, … », « Pour les experts, … »
  sourceNouns: [
    'procureur', 'procureurs', 'parquet', 'porte-parole', 'ministre', 'ministère', 'gouvernement', 'président', 'présidente',
    'directeur', 'directrice', 'direction', 'avocat', 'avocate', 'avocats', 'juge', 'juges', 'tribunal', 'police', 'gendarmerie',
    'enquêteurs', 'enquêteur', 'experts', 'expert', 'spécialistes', 'analystes', 'analyste', 'économistes', 'chercheurs',
    'chercheur', 'scientifiques', 'observateurs', 'témoins', 'autorités', 'syndicat', 'syndicats', 'opposition', 'médecins',
    'diplomates', 'responsables', 'responsable', 'dirigeants', 'auteurs', 'organisateurs', 'secouristes', 'pompiers', 'militaires',
    // (claims/fr/source-nouns-more) « Pour le toxicologue, … », « Pour l'épidémiologiste, … » (not « Pour ses détracteurs, … »:
    // an opinion of opponents, seldom a checkable statement)
    'toxicologue', 'épidémiologiste', 'virologue', 'infectiologue', 'sociologue', 'politologue', 'climatologue', 'historien',
    'historienne', 'juriste', 'démographe', 'professeur',
  ],
  // « …, résume l'universitaire » : la dernière personne nommée
  personDescriptions: [
    'universitaire', 'professeur', 'professeure', 'chercheur', 'chercheuse', 'scientifique', 'économiste', 'analyste', 'expert',
    'experte', 'avocat', 'avocate', 'médecin', 'ministre', 'président', 'présidente', 'sénateur', 'sénatrice', 'maire', 'député',
    'députée', 'directeur', 'directrice', 'patron', 'patronne', 'entraîneur', 'entraineur', 'joueur', 'joueuse', 'auteur', 'autrice',
    'écrivain', 'écrivaine', 'comédien', 'comédienne', 'chanteur', 'chanteuse', 'fondateur', 'fondatrice', 'dirigeant', 'dirigeante',
    'candidat', 'candidate', 'procureur', 'juge', 'militant', 'militante', 'élu', 'élue', 'diplomate', 'ambassadeur', 'ambassadrice',
    'skipper', 'navigateur', 'navigatrice', 'réalisateur', 'réalisatrice', 'cinéaste', 'pdg', 'syndicaliste', 'secrétaire',
    // the professions news quotes as experts: « Pour la toxicologue, « … » », « « … », explique l'historienne »
    'toxicologue', 'sociologue', 'historien', 'historienne', 'politologue', 'philosophe', 'psychologue', 'psychiatre', 'démographe',
    'épidémiologiste', 'virologue', 'spécialiste', 'juriste', 'essayiste', 'journaliste', 'astronome', 'biologiste', 'climatologue',
  ],
  hedgeWords: [
    ...CONDITIONAL_FORMS, 'apparemment', 'vraisemblablement', 'probablement', 'peut-être', 'semble', 'semblent', 'semblait',
    'paraît', 'paraissent', 'présumé', 'présumée', 'présumés', 'présumées', 'supposé', 'supposée', 'prétendument', 'éventuellement',
    // « Tous les sites utilisant la même adresse pourront potentiellement l'être à leur tour » (claims/fr/hedge-potentially)
    'potentiellement',
  ],
  hedgePatterns: [
    // regular -er conditional: "resterait", "rapporterait", "s'élèveraient" (imperfect -rait of -rer verbs ends in -arait/-urait, not -erait)
    { pattern: `(?<![${LETTER}])[${LETTER}]{2,20}erai(?:t|ent)(?![${LETTER}])`, ruleId: 'claims/fr/hedge-conditional' },
    // (claims/fr/hedge-conditional-irregular) le conditionnel des verbes en -venir/-tenir, -aître, -uire, -aindre/-eindre/-oindre,
    // dont l'imparfait ne finit jamais ainsi : « le virus proviendrait des chauves-souris », « l'usine appartiendrait au
    // groupe », « le projet conduirait à 500 suppressions », « la facture atteindrait 2 milliards »
    { pattern: `(?<![${LETTER}])[${LETTER}]{1,16}(?:iendr|aîtr|aitr|uir|aindr|eindr|oindr)ai(?:t|ent)(?![${LETTER}])`, ruleId: 'claims/fr/hedge-conditional' },
    // (claims/fr/hedge-unverified) la réserve de la rédaction sur une affirmation : « Ces affirmations n'ont pas pu être
    // vérifiées de source indépendante », « l'information n'a pas pu être confirmée » (en anglais "could not be independently
    // verified", un hedge-word)
    { pattern: `(?<![${LETTER}])n['’](?:a|ont|avait|avaient)\\s+pas\\s+pu\\s+être\\s+(?:vérifiée?s?|confirmée?s?|authentifiée?s?)(?![${LETTER}])`, ruleId: 'claims/fr/hedge-unverified' },
    // impersonal hedges: "il est prévu que la capsule…", "il est probable que", "il semble que"
    { pattern: `(?<![${LETTER}])il\\s+(?:est|était|serait)\\s+(?:prévu|probable|possible|vraisemblable|envisagé|question)\\s+(?:que|qu['’]|de|d['’])`, ruleId: 'claims/fr/hedge-impersonal' },
    { pattern: `(?<![${LETTER}])il\\s+(?:semble|semblerait|paraît|paraîtrait)\\s+(?:que|qu['’])`, ruleId: 'claims/fr/hedge-impersonal' },
    // une réputation que l'article rapporte : « le groupe est connu pour avoir financé… », « il est réputé être proche du
    // pouvoir » (pas « connu pour ses films », ni « n'était pas encore connu hier soir » : un infinitif suit « pour »)
    { pattern: `(?<![${LETTER}])(?:connue?s?\\s+pour|réputée?s?(?:\\s+pour)?)\\s+(?:avoir|être|ne\\s+pas|n['’]avoir|(?!(?:notre|votre|autre|leur)(?![${LETTER}]))[${LOWER}]{2,20}(?:er|ir|re|oir))(?![${LETTER}])`, ruleId: 'claims/fr/known-for', modality: 'reported' },
    // (claims/fr/hedge-accused) une accusation sans sa source : « l'ancien ministre est soupçonné d'avoir détourné 2 millions
    // d'euros », « le groupe est accusé d'avoir dissimulé des pertes » (avec sa source, c'est un passif rapporté)
    { pattern: `(?<![${LETTER}])(?:est|sont|était|étaient|été|être)\\s+(?:(?:aussi|également|notamment)\\s+)?(?:accusée?s?|soupçonnée?s?|suspectée?s?)\\s+(?:d['’]\\s{0,2}avoir|d['’]\\s{0,2}être|de\\s+[${LOWER}]{2,20}(?:er|ir|re))(?![${LETTER}])`, ruleId: 'claims/fr/hedge-accused' },
    // (claims/fr/hedge-passive-epistemic) un soupçon ou un jugement de la voix de l'article, au passif sans agent : « dont
    // l'usage avait déjà été soupçonné lors de l'assassinat de Litvinenko », « il est présumé innocent » (avec « par » + sa
    // source, c'est un passif rapporté : passiveReports; pas « est considéré comme pauvre s'il… » : une définition)
    { pattern: `(?<![${LETTER}])(?:est|sont|était|étaient|été|être|fut|furent)\\s+(?:(?:déjà|aussi|également|longtemps|souvent|largement|généralement)\\s+){0,2}(?:soupçonnée?s?|suspectée?s?|présumée?s?)(?![${LETTER}])(?![^,;:.]{0,120}\\spar\\s)`, ruleId: 'claims/fr/hedge-passive-epistemic' },
    // (claims/fr/hedge-estime-a) un chiffre que la voix de l'article ne fait qu'estimer : « la population est estimée à environ
    // 40 000 personnes », « les dégâts sont évalués à 2 milliards d'euros » (un nombre doit suivre; pas « chiffré à » : un
    // coût établi)
    { pattern: `(?<![${LETTER}])(?:est|sont|était|étaient|été)\\s+(?:(?:actuellement|aujourd['’]hui|désormais|encore|déjà|grossièrement)\\s+)?(?:estimée?s?|évaluée?s?)\\s+(?:à|au|aux)\\s+(?=[^.;:]{0,25}?[${DIGIT}])`, ruleId: 'claims/fr/hedge-estime-a' },
    // "sans doute", "il semblerait que"
    { pattern: `(?<![${LETTER}])sans\\s+doute(?![${LETTER}])`, ruleId: 'claims/fr/hedge-sans-doute' },
  ],
  passiveReports: [
    // « la loi est critiquée par les ONG comme liberticide », « il est accusé par l'opposition de mentir »
    { pattern: `(?<![${LETTER}])(?:critiquée?s?|dénoncée?s?|décrite?s?|qualifiée?s?|accusée?s?|présentée?s?|considérée?s?|saluée?s?|condamnée?s?)\\s+par\\s+([^,;:]{2,60}?)\\s+(?:comme|de|d['’])`, ruleId: 'claims/fr/passive-report' },
    // l'évaluation, puis sa source : « le scrutin a été salué comme équitable par les observateurs de l'OSCE »
    { pattern: `(?<![${LETTER}])(?:critiquée?s?|dénoncée?s?|saluée?s?|décriée?s?|condamnée?s?|présentée?s?|qualifiée?s?)\\s+(?:comme|de|d['’])\\s*[^,;:]{1,40}?\\s+par\\s+([^,;:.()«»"]{2,80})`, ruleId: 'claims/fr/passive-report' },
    // (claims/fr/passive-accused-by) une accusation, puis sa source : « le ministre est accusé de viol et d'abus de faiblesse
    // par deux femmes », « le groupe est soupçonné de fraude par le fisc » (sans sa source : claims/fr/hedge-accused)
    { pattern: `(?<![${LETTER}])(?:accusée?s?|soupçonnée?s?|suspectée?s?)\\s+(?:de|d['’])\\s*[^,;:.()«»"]{1,80}?\\s+par\\s+((?:(?:le|la|les|l['’]|un|une|des|deux|trois|plusieurs|son|sa|ses|leur|leurs|d['’]anciens?|d['’]anciennes?)\\s*)?[^,;:.()«»"\\s]{2,30}(?:\\s+[^,;:.()«»"\\s]{2,30}){0,4}?)(?=\\s*[,;:.()«»"]|\\s*$|\\s+(?:en|au|dans|lors|après|avant|depuis|qui|dont)\\s)`, ruleId: 'claims/fr/passive-accused-by' },
    // (claims/fr/passive-judgment) un jugement de sa source, l'agent plus loin : « l'ibuprofène était déjà considéré comme
    // potentiellement dangereux lors d'une infection par l'Agence nationale de sécurité du médicament (ANSM) »
    { pattern: `(?<![${LETTER}])(?:considérée?s?|jugée?s?|perçue?s?|tenue?s?\\s+pour)\\s+(?:comme\\s+)?[^,;:]{1,80}?\\s+par\\s+([^,;:.()«»"]{2,80})`, ruleId: 'claims/fr/passive-judgment' },
    // (claims/fr/passive-praise) un remède ou une thèse vantés par leurs promoteurs : « l'hydroxychloroquine, vantée par Elon
    // Musk et Donald Trump dès la mi-mars 2020 pour traiter le Covid-19 », « une mesure prônée par le patronat »
    { pattern: `(?<![${LETTER}])(?:vantée?s?|prônée?s?|encensée?s?|louée?s?|promue?s?|préconisée?s?)\\s+par\\s+([^,;:.()«»"]{2,60}?)(?:\\s+(?:dès|depuis|pour|lors|comme|en|à|au|dans|contre|afin)(?=\\s)|(?=\\s*[,;:.()«»"]|\\s*$))`, ruleId: 'claims/fr/passive-praise' },
  ],
  stancePatterns: [
    // une victoire revendiquée : « le candidat de l'opposition a revendiqué la victoire », « les deux camps crient victoire »,
    // « il s'est proclamé vainqueur »
    { pattern: `(?<![${LETTER}])(?:revendique|revendiquent|revendiqué|revendiquait|crie|crient|crié|criait|proclame|proclament|proclamé)\\s+(?:(?:la|sa|leur)\\s+)?victoire(?![${LETTER}])`, ruleId: 'claims/fr/claim-victory' },
    { pattern: `(?<![${LETTER}])(?:se|s['’]est|se\\s+sont)\\s+(?:proclamée?s?|déclarée?s?|dite?s?)\\s+(?:vainqueurs?|vainqueure?s?|victorieux|victorieuses?|gagnante?s?)(?![${LETTER}])`, ruleId: 'claims/fr/claim-victory' },
    // une réaction qui affirme ou compare : « les critiques se sont empressés de comparer ce montant aux… », « l'opposition
    // n'a pas tardé à dénoncer une manœuvre »
    { pattern: `(?<![${LETTER}])(?:empressée?s?\\s+de|tardé\\s+à)\\s+(?:dénoncer|critiquer|souligner|rappeler|saluer|dire|affirmer|comparer|condamner|qualifier|accuser|fustiger|pointer)(?![${LETTER}])`, ruleId: 'claims/fr/quick-to' },
    // l'attitude d'une source sur un énoncé : « de nombreux experts restent sceptiques quant à la capacité des forces
    // afghanes », « les analystes se montrent optimistes sur la reprise » (seulement d'une source : « les supporters sont
    // inquiets » n'est pas une affirmation)
    { pattern: `(?<![${LETTER}])(?:restent|reste|sont|est|demeurent|demeure|se\\s+montrent|se\\s+montre|restaient|étaient|semblent)\\s+(?:(?:très|plutôt|assez|toujours|encore|largement|profondément)\\s+)?(?:sceptiques?|dubitati(?:f|fs|ve|ves)|optimistes?|pessimistes?|confiante?s?|convaincue?s?|persuadée?s?|divisée?s?|partagée?s?)\\s+(?:quant|sur|de|du|des|à|au|que|qu['’])(?![${LETTER}])`, ruleId: 'claims/fr/source-attitude',
      subject: `(?<![${LETTER}])(?:experts|analystes|observateurs|spécialistes|économistes|chercheurs|scientifiques|diplomates|responsables|investisseurs|critiques|commentateurs|médecins)(?![${LETTER}])` },
    // l'avance que donne un sondage : « huit [enquêtes] donnent une avance à B. Obama », « le dernier sondage place le
    // candidat en tête », « les sondages le créditent de 52 % » (la source est le sondage, pas un sujet quelconque)
    { pattern: `(?<![${LETTER}])(?:donnent|donne|donnait|donnaient|accordent|accorde|accordait|placent|place|plaçait|créditent|crédite|créditait)\\s+(?:[${LETTER}'’.-]{1,20}\\s+){0,3}?(?:(?:une|un|l['’])\\s*)?(?:(?:large|légère|nette|courte|petite)\\s+)?(?:avance|avantage|en\\s+tête|vainqueur|gagnant|de\\s+[${DIGIT}])`, ruleId: 'claims/fr/poll-lead',
      subject: `(?<![${LETTER}])(?:sondages?|enquêtes?|études?|baromètres?|moyenne|projections?|estimations?|intentions\\s+de\\s+vote)(?![${LETTER}])` },
    // un décompte d'enquête : « la commission Rettig a recensé 2 095 morts », « le rapport dénombre plus de 300 victimes »
    { pattern: `(?<![${LETTER}])(?:recense|recensent|recensé|recensait|dénombre|dénombrent|dénombré|comptabilise|comptabilisent|comptabilisé|répertorie|répertorient|répertorié|relève|relevé)\\s+(?:(?:près\\s+de|plus\\s+de|environ|au\\s+moins|quelque)\\s+)?[${DIGIT}]`, ruleId: 'claims/fr/report-count',
      subject: `(?<![${LETTER}])(?:commission|comité|rapport|étude|enquête|recensement|bilan|décompte|audit|observatoire|mission|ong)(?![${LETTER}])` },
  ],
  nominalReports: [
    // une promesse ou une accusation avec son auteur : « une promesse de 500 millions de dollars faite par le Japon »,
    // « les accusations portées par d'anciens salariés », « l'engagement pris par le président de ramener les comptes à
    // l'équilibre » (the author stops before « de » + an infinitive, the content of the commitment)
    { pattern: `(?<![${LETTER}])(?:promesses?|engagements?|accusations?|allégations?|estimations?|prévisions?|affirmations?)(?:\\s+(?:de|d['’])\\s*[^,;:.()«»"]{1,40}?)?\\s+(?:faite?s?|formulée?s?|portée?s?|avancée?s?|prise?s?|lancée?s?)\\s+(?:[${LETTER}]{2,15}ment\\s+)?par\\s+([^,;:.()«»"]{2,60}?)(?=\\s*[,;:.()«»"]|\\s*$|\\s+(?:pour|en|à|au|lors|après|avant|depuis|qui|que|dont)(?![${LETTER}])|\\s+(?:de\\s+|d['’])[${LOWER}]{2,20}(?:er|ir|re|oir)(?![${LETTER}]))`, ruleId: 'claims/fr/nominal-report' },
  ],
  // (the plan verbs report only with their infinitive: « prévoit une hausse » is a forecast read elsewhere; « compte 3 000
  // salariés », « entend les critiques » are no plans)
  infinitiveOnlyVerbs: ['prévoit', 'prévoient', 'prévoyait', 'prévoyaient', 'envisage', 'envisagent', 'envisageait', 'projette', 'projettent',
    'espère', 'espèrent', 'espérait', 'espéraient', 'compte', 'comptent', 'comptait', 'comptaient', 'entend', 'entendent', 'entendait', 'entendaient',
    'dit', 'disent', 'disait', 'disaient', 'a dit', 'ont dit', 'avait dit', 'avaient dit'],
  // « poussant l'opposition à affirmer que les résultats étaient faux »
  // (des causatifs dont l'objet a parlé : pas « invitant », « appelant » : l'objet est seulement invité à parler)
  controlVerbs: ['poussant', 'poussé', 'amenant', 'amené', 'conduisant', 'obligeant', 'obligé', 'forçant', 'forcé'],
  // « l'armée ne va pas retirer ses forces comme le précise l'ambassadeur », « comme l'a indiqué le ministre »
  asReportBefore: '(?:^|[\\s,])[Cc]omme\\s+(?:l[\'’]\\s*(?:a|ont|avait|avaient)\\s+|le\\s+|l[\'’]\\s*)$',
  // l'incise à sujet inversé : « …, appuie-t-il, … », « …, a-t-elle affirmé. », « …, estime-t-on » (une incise de n'importe
  // quel verbe : « poursuit-il », « tempère-t-elle » ne sont pas des verbes de parole du lexique)
  // (bounded spaces: `\s+…\s*` around an optional word would be quadratic on a run of spaces)
  // « selon lui », « pour elle », « à ses yeux » → the last subject (claims/fr/source-pronoun)
  sourcePronouns: {
    lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles', 'ses yeux': 'il', 'son avis': 'il', 'leurs yeux': 'ils', 'leur avis': 'ils',
  },
  // (claims/fr/relative-hedge) « Le groupe, qui devrait supprimer 500 postes, a annoncé que… », « le ministre, qui aurait
  // été entendu par les enquêteurs, a démenti… »
  // (claims/fr/infinitive-report) « Vivendi a déclaré samedi ne pas avoir l'intention de faire une offre », « le ministre a
  // assuré hier n'avoir reçu aucune demande », « l'avocat affirme ne jamais avoir rencontré le juge »: a report whose
  // complement is an infinitive (avoir/être, or a negated infinitive), a time word or an adverb between
  infinitiveReport: {
    // (claims/fr/infinitive-report-narrative) « Elle raconte avoir été encerclée par une foule », « il dit avoir reçu des
    // menaces », « ils soutiennent ne pas avoir été prévenus », « il jure ne rien savoir »: verbs of telling too
    pattern: `(?<![${LETTER}])(?:déclaré|affirmé|assuré|indiqué|expliqué|estimé|reconnu|admis|déclare|déclarent|affirme|affirment|assure|assurent|disent|indique|indiquent|estime|estiment|reconnaît|reconnaissent|raconte|racontent|raconté|dit|explique|expliquent|soutient|soutiennent|soutenu|prétend|prétendent|jure|jurent|juré)\\s{1,3}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|également|aussi|encore|publiquement|toutefois)\\s{1,3}(?:(?:soir|matin)\\s{1,3})?)?((?:ne\\s{1,3}(?:pas|plus|jamais)\\s{1,3}|n['’]\\s{0,2})?(?:avoir|être)|ne\\s{1,3}(?:pas|plus|jamais)\\s{1,3}[${LOWER}]{2,20}(?:er|ir|re|oir))(?![${LETTER}])`,
    ruleId: 'claims/fr/infinitive-report',
  },
  relativeHedge: {
    pattern: `,\\s{1,3}qui\\s{1,3}((?:serait|seraient|aurait|auraient|pourrait|pourraient|devrait|devraient)\\s[^,;:()«»]{3,200}),`,
    ruleId: 'claims/fr/relative-hedge',
  },
  // (claims/fr/incise-present) au présent aussi, et avec un nom propre pour sujet : « Le missile, affirme Moscou, a été
  // intercepté », « Les négociations, estime un diplomate, sont dans l'impasse », « Le site, a indiqué Matignon, fermera »
  // (claims/fr/incise-inverted) l'incise au sujet nominal inversé, entre deux virgules au milieu de la phrase : « L'usine, a
  // précisé le ministre, fermera d'ici 2026 », « …, a annoncé jeudi l'avocat de la famille, … » (un jour ou un adverbe entre
  // le verbe et son sujet), « Les négociations, ont indiqué les syndicats, sont au point mort » (group 2 the
  // verb and its subject, group 3 the subject; en fin de phrase c'est une attribution postposée)
  incise: {
    pattern: `,\\s{0,3}(?:([${LETTER}]{1,20}(?:-t)?-(?:il|elle|ils|elles|on))(?:\\s{1,3}[${LETTER}]{2,20})?\\s{0,3}(?=[,.;!…]|$)|((?:(?:a|ont|avait|avaient)\\s{1,3}(?:précisé|indiqué|expliqué|affirmé|déclaré|souligné|ajouté|assuré|estimé|rappelé|confirmé|reconnu|admis|prévenu|averti|insisté|martelé|noté|observé|relevé|répondu|rétorqué|répliqué|concédé|dit|confié|raconté|résumé|tranché|commenté|poursuivi|annoncé|signalé|jugé)|${PRESENT_INCISE})\\s{1,3}(?:${INSERTED_ADVERB}(?:\\s{1,3}(?:soir|matin))?\\s{1,3})?((?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une)\\s{0,3}[${LETTER}'’-]{2,25}(?:\\s{1,3}(?:(?:de|du|des|d['’])\\s{0,3})?[${LETTER}'’-]{2,25}){0,3}|[${UPPER}][${LETTER}'’-]{1,25}(?:\\s{1,3}[${UPPER}][${LETTER}'’-]{1,25}){0,2}))\\s{0,3}(?=,))`,
    ruleId: 'claims/fr/incise',
  },
  denialPatterns: [
    // « le ministre a rejeté les accusations », « le club a balayé ces rumeurs », « récuse ces allégations », « le Kremlin a démenti
    // les informations selon lesquelles… » (en tête : le nom démenti est l'objet du démenti ; claims/fr/denial-report-content lit
    // la proposition qu'ouvre « selon lesquelles »)
    { pattern: `(?<![${LETTER}])(?:dément|démentent|démenti|démentie|démentis|démentant|démentit|démentir|ni(?:e|ent|é|ant|a|er)|réfut(?:e|ent|é|ant|a|er)|contest(?:e|ent|é|ant|er)|rejet(?:é|te|tent|ant|ait)|rejeter|balay(?:é|e|ent|ant)|récus(?:é|e|ent|ant))\\s+(?:les\\s+|ces\\s+|la\\s+|cette\\s+|l['’]\\s*|toutes?\\s+(?:les\\s+)?|de\\s+telles\\s+)?(?:accusations?|allégations?|informations?|rumeurs?|spéculations?|critiques?|soupçons|affirmations?|fautes?|responsabilités?|implications?|irrégularités?|malversations?)(?![${LETTER}])`, ruleId: 'claims/fr/denial-reject-claim' },
    // "a démenti", "dément toute implication", "nie les faits", "conteste ces chiffres"; passé simple « Pastor nia leur version »
    { pattern: `(?<![${LETTER}])(?:dément|démentent|démenti|démentie|démentis|démenties|démentant|démentit|démentirent|nie|nient|nié|niant|nia|nièrent|réfute|réfuta|réfutent|réfuté|conteste|contestent|contesté)(?![${LETTER}])`, ruleId: 'claims/fr/denial-dementi' },
    // "n'a pas commenté", "n'ayant pas commenté", "n'a pas souhaité réagir", "n'a pas donné suite"
    // (claims/fr/not-immediately) pas « n'a pas immédiatement réagi », « n'a pas pu être joint » : pas encore de réponse à
    // l'heure de la dépêche, ce n'est pas un refus ("did not immediately respond" en anglais)
    { pattern: `(?<![${LETTER}])n['’](?:a|ont|avait|avaient|ayant)\\s+pas\\s+(?:encore\\s+|souhaité\\s+|voulu\\s+|pu\\s+){0,2}(?:commenté|commenter|réagi|réagir|répondu|répondre|donné\\s+suite|confirmé|confirmer)(?![${LETTER}])`, ruleId: 'claims/fr/denial-not-commented' },
    // (claims/fr/denial-se-defendre) « Le gouvernement se défend de toute similarité avec les dispositifs de la NSA », « le
    // ministre s'est défendu d'avoir menti » (pas « l'équipe se défend bien » : « de toute » ou un infinitif suit)
    { pattern: `(?<![${LETTER}])(?:se|s['’]en|s['’](?:est|était)|se\\s+sont)\\s+(?:défend|défendent|défendait|défendaient|défendant|défendu|défendue|défendus|défendues)\\s+(?:de\\s+tout(?:e|es)?|d['’]\\s{0,2}(?:avoir|être)|de\\s+(?:vouloir|chercher|mener|faire))(?![${LETTER}])`, ruleId: 'claims/fr/denial-se-defendre' },
    // (claims/fr/denial-en-faux) « le groupe s'inscrit en faux contre ces affirmations », « le ministère s'est inscrit en
    // faux », « a opposé un démenti formel à ces informations », « a apporté un démenti »
    { pattern: `(?<![${LETTER}])(?:(?:s['’]|se\\s+)(?:inscrit|inscrivent|inscrivait|est\\s+inscrite?|sont\\s+inscrite?s)\\s+en\\s+faux|(?:opposé|oppose|opposent|apporté|apporte|apportent|publié|publie)\\s+(?:un|son|leur)\\s+(?:(?:ferme|formel|catégorique|vigoureux)\\s+)?démenti)(?![${LETTER}])`, ruleId: 'claims/fr/denial-en-faux' },
    // "s'est refusé à tout commentaire", "a refusé de commenter", "se refuse à commenter"
    { pattern: `(?<![${LETTER}])(?:refusé|refuse|refusent|refusant)\\s+(?:de\\s+|à\\s+)(?:tout\\s+commentaire|commenter|réagir|confirmer|s['’]exprimer)(?![${LETTER}])`, ruleId: 'claims/fr/denial-no-comment' },
  ],
  gapOpeners: [
    'sur', 'dans', 'à', 'au', 'aux', 'lors', 'plus', 'devant', 'en', 'par', 'pour', 'avec', 'auprès', 'via', 'depuis', 'hier', "aujourd'hui",
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'également', 'aussi', 'ensuite', 'encore', 'notamment',
    'enfin', 'toutefois', 'cependant', 'pourtant', 'déjà', 'alors', "d'ailleurs", 'publiquement', 'récemment', 'mardi', 'ce', 'cette',
  ],
  gapAdverbs: ['également', 'aussi', 'ensuite', 'encore', 'notamment', 'enfin', 'toutefois', 'cependant', 'pourtant', 'déjà', 'alors', "d'ailleurs", 'publiquement', 'récemment'],
  determiners: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos',
    'plusieurs', 'certains', 'certaines', 'aucun', 'aucune', 'chaque', 'tout', 'tous', 'toute', 'toutes', 'quelques',
  ],
  pronouns: {
    il: ['person', 'organization', 'government', 'product'], elle: ['person', 'organization', 'government', 'product'],
    ils: ['person', 'organization', 'government', 'group'], elles: ['person', 'organization', 'government', 'group'],
  },
  subjectTrailers: [
    'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'était', 'vient', 'viennent', 'venait', "vient d'", 'vient de',
    "viennent d'", 'viennent de', 'tient à', 'a tenu à', 'ont tenu à', 'a voulu', 'veut', 'elle', 'il', 'ils', 'elles', 'lui', 'eux', 'leur',
    'également', 'aussi', 'ensuite', 'encore', 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui',
    'quant à elle', "d'ailleurs", 'toutefois', 'cependant', 'notamment', 'déjà', 'enfin', 'même', 'désormais', 'alors', 'ainsi',
    'en effet', 'pourtant', 'récemment', 'se', "s'", 'cependant', 'en outre', 'lui-même', 'elle-même', "s'est", 'se sont', "s'était", "s'étaient",
    // un complément de temps après un sujet inversé : « …, ont indiqué les autorités mardi » → « les autorités »
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'hier soir', 'mardi soir',
    'lundi soir', 'mercredi soir', 'jeudi soir', 'vendredi soir', 'samedi soir', 'dimanche soir', 'ce matin', 'ce soir',
    // a negated belief: « Le ministre ne pense pas que… » → « Le ministre » (claims/fr/negated-belief)
    'ne', "n'",
    // a hedged report: « Le ministre aurait déclaré que… » → « Le ministre » (claims/fr/hedged-report)
    'aurait', 'auraient',
  ],
  connectors: [
    'en effet', 'mais', 'et', 'or', 'donc', 'cependant', 'toutefois', 'pourtant', 'néanmoins', 'alors que', 'tandis que', 'bien que',
    'par ailleurs', 'en outre', 'de plus', 'ainsi', 'enfin', 'puis', 'car', "d'ailleurs", 'pour terminer', 'en tout', 'au total',
    'parce que', 'puisque', 'si', 'quand', 'lorsque', 'comme', 'plus récemment', 'dans le même temps', 'en revanche', 'malgré tout',
  ],
  governingPrepositions: [
    'de', 'du', 'des', "d'", 'à', 'au', 'aux', 'avec', 'contre', 'sur', 'dans', 'devant', 'pour', 'entre', 'envers', 'vers', 'chez', 'que',
    'en',
    // le complément d'agent n'est pas le sujet : « Interrogé par France Info, Emmanuel Macron a estimé que… »
    'par',
  ],
  clauseBreakers: ['mais', 'tandis que', 'alors que', 'bien que'],
  // "La direction du courrier | a immédiatement réagi et a nié…": where a subject noun phrase ends
  auxiliaries: ['a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'sera', 'seront', 'va', 'vont', 'fait', 'font', 'doit', 'doivent', 'peut', 'peuvent'],
  // "car, selon eux, …": a source phrase after these belongs to what follows
  subordinators: ['car', 'que', "qu'", 'parce que', 'puisque', 'et', 'mais', 'donc', 'si', 'quand', 'lorsque'],
  timeAdjuncts: [],
  finiteSignals: [],
  // (leur auteur, après « par », parle : « une étude par l'Insee », « un sondage réalisé par l'Ifop »)
  // « Le nouveau gouvernement s'est donné pour objectif… Il a déclaré que « … » » → le gouvernement nommé avant
  bodyNouns: [
    'gouvernement', 'ministère', 'parti', 'groupe', 'entreprise', 'société', 'compagnie', 'firme', 'banque', 'commission', 'syndicat',
    'fédération', 'association', 'conseil', 'agence', 'organisation', 'union', 'coalition', 'tribunal', 'cour', 'armée', 'mouvement',
    'collectif', 'club', 'constructeur', 'fabricant', 'opérateur', 'laboratoire', 'institut', 'université', 'ville', 'municipalité',
  ],
  coordinators: ['et', 'puis', 'mais', 'avant de', "avant d'"],
  clauseOpeners: ['qui', 'que', "qu'", 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'où', 'si', 'quand', 'lorsque', 'parce'],
  messageNouns: ['courriel', 'e-mail', 'mail', 'lettre', 'message', 'communiqué', 'note', 'tweet', 'billet', 'rapport', 'étude', 'sondage', 'enquête', 'analyse', 'livre', 'article', 'tribune', 'entretien', 'interview', 'discours'],
  // « certains wikipédiens estiment que … » : un sujet qui ne nomme personne
  indefiniteDeterminers: ['certains', 'certaines', 'plusieurs', 'des', 'de nombreux', 'de nombreuses', "d'autres", 'nombre de', 'quelques', 'beaucoup de', 'la plupart des'],
  // « il apparaît que », « il est le conférencier du thème », « il s'agit de », « il y a », « il faut »
  impersonalVerbs: ['est', 'était', 'fut', 'sont', 'étaient', 'apparaît', 'apparait', 'semble', 'semblait', 'paraît', 'parait', 'faut', 'fallait', 'reste', 'restait', 'suffit', 'y', "s'agit", 's’agit', 'devient', 'devenait', 'a', 'avait'],
  // « il a qualifié le vote de « démonstration de confiance » », « ce que l'opposition appelle un « recul historique » »
  namingVerbs: ['qualifié', 'qualifiée', 'qualifie', 'qualifient', 'qualifiait', 'appelle', 'appellent', 'appelé', 'appelait', 'surnommé', 'surnomme', 'baptisé', 'baptise', 'traité', 'traite', 'salué', 'salue'],
  // (quotes/fr/speech-verb) verbes de parole qui introduisent les mots mêmes, pas une proposition : « « … », détaille Mme
  // Cardenal », « « … », a-t-il lâché », « « … ? », s'interroge-t-il », « « … », rétorque le ministre », « « … », glisse-t-elle »
  speechVerbs: [
    'détaille', 'détaillent', 'détaillé', 'détaillait', 'développe', 'développent', 'lâche', 'lâchent', 'lâché', 'lâchait',
    'rétorque', 'rétorquent', 'rétorqué', 'réplique', 'répliquent', 'répliqué', 'objecte', 'objecté', 'glisse', 'glissé',
    'souffle', 'soufflé', 'tonne', 'tonné', 'raille', 'raillé', 'ironise', 'ironisé', 'nuance', 'nuancé', 'renchérit', 'renchéri',
    'demande', 'demandent', 'demandé', 'demandait', 'interroge', 'interrogé', 'questionne', 'questionné', 'lance', 'lancé',
    'poursuit', 'poursuivi', 'enchaîne', 'enchaîné', 'complète', 'complété', 'tempête', 'tempêté', 's\'emporte', 'conclut', 'raconte',
    'raconté', 'rapporte', 'rapporté', 'se souvient', 'se rappelle', 'relate', 'relaté', 'explique', 'expliqué', 'insiste', 'insisté',
    'martèle', 'martelé', 'plaide', 'plaidé', 'met en garde', 'mis en garde', 'met en perspective', 'analyse', 'analysé', 'décrit', 'décrypte',
    // « « C'est un mensonge éhonté », a réagi le porte-parole du Kremlin, Dmitri Peskov », « « … », réagit l'ONG »
    'réagit', 'réagissent', 'réagi', 'réagissait', 'réagissaient',
  ],
  // « une banderole portant l'inscription « Made in USA » », « le slogan « Yes we can » », « le mot-dièse « … » »
  // (pas « mot(s) » : « le mot « … » » cite un terme ; pas « titre » : un titre n'est pas une citation)
  // « la sculpture « La Petite danseuse de quatorze ans » », « une comédie musicale nommée « Les bâtisseurs de la gloire » »,
  // « le rapport « Les revenus et le patrimoine des ménages » » : un titre d'œuvre ou de document (ruleId quotes/fr/title)
  titleNouns: ['film', 'livre', 'roman', 'album', 'chanson', 'titre', 'tableau', 'sculpture', 'œuvre', 'pièce', 'série', 'feuilleton',
    'émission', 'comédie musicale', 'spectacle', 'exposition', 'documentaire', 'rapport', 'ouvrage', 'essai', 'recueil', 'morceau',
    'single', 'opéra', 'pièce de théâtre', 'jeu vidéo', 'magazine', 'journal', 'rubrique', 'chronique', 'colloque', 'festival', 'opération'],
  titleCues: ['intitulé', 'intitulée', 'intitulés', 'intitulées', 'sous le titre', 'sur le thème', 'du thème', 'le thème'],
  titleNamers: ['nommé', 'nommée', 'nommés', 'nommées', 'appelé', 'appelée', 'baptisé', 'baptisée', 'dénommé', 'dénommée'],
  writtenWordNouns: ['texte', 'slogan', 'slogans', 'devise', 'inscription', 'banderole', 'banderoles', 'pancarte', 'pancartes', 'graffiti', 'hashtag', 'mot-dièse'],
  quotesAsSaying: null,
  // leading adverbials stripped from a claim: "Malgré ces fortes tensions, Claude resterait…"
  leadingAdverbials: ['malgré', 'après', 'avant', 'suite à', 'à la suite', 'dans', 'lors', 'pendant', 'sous', 'face à', 'depuis', 'concernant', 'quant à', 'pour', 'avec', 'sans', 'en', 'au', 'aux', 'à', 'par', 'contrairement', 'comme', 'hier', "aujourd'hui", 'désormais', 'mi-juin', 'fin', 'début'],
  // "ne rapporteront que 3 milliards": restrictive ne … que, not a complement clause
  negators: ['ne', "n'"],
  // « le ministre ne pense pas que la mesure suffira », « les analystes ne croient pas que… » (claims/fr/negated-belief)
  negatableBeliefVerbs: ['pense', 'pensent', 'pensait', 'pensaient', 'croit', 'croient', 'croyait', 'croyaient', 'estime', 'estiment', 'estimait', 'estimaient', 'considère', 'considèrent', 'juge', 'jugent'],
  // « espèrent pouvoir détecter », « compte fermer deux usines », « entend réduire le déficit » (claims/fr/plan-infinitive)
  bareInfinitiveVerbs: ['espère', 'espèrent', 'espérait', 'espéraient', 'compte', 'comptent', 'comptait', 'comptaient', 'entend', 'entendent', 'entendait', 'entendaient',
    'dit', 'disent', 'disait', 'disaient'],
};
