/**
 * French lexicon of the metric extractor: change verbs and nouns,
 * qualifiers, per-unit words, counted-noun grammar, and the contexts where a
 * number is not a measurement. Entries follow how French-language news
 * reports figures (AFP/Le Monde: "auraient bondi de 200 %", "près de 75 000",
 * "en recul de 0,4 point", "1,2 € le litre", "supprimer 520 postes").
 *
 * @module
 */
import type { MetricLexicon } from '../../numbers/types.js';
import { LETTER, LOWER, UPPER } from '../../text/char-classes.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** French metric lexicon. */
export const FR_METRIC_LEXICON: MetricLexicon = {
  language: 'fr',
  // "a 25% tariff on steel", "la taxe de 3 % sur les dividendes"
  taxNouns: 'taxe|taxes|impôt|impôts|surtaxe|prélèvement|droits?|tva|contribution|cotisation',
  // "auraient bondi de 200 %", "les impôts augmenteront de 7,2 milliards", "en hausse de 3 %", "le relèvement à 40 %"
  increase: [
    'bond(?:i|ir|it|issent|issait|issaient|iraient|irait)', `grimp[${LETTER}]{0,6}`, `augment[${LETTER}]{0,7}`, 'hausses?',
    `progress[${LETTER}]{0,6}`, 'relèvement', `relev[${LETTER}]{0,6}`, `relèv[${LETTER}]{0,6}`, `rehauss[${LETTER}]{0,6}`, 'accr(?:u|ue|us|ues|oît|oissement|oître)',
    `gagn[${LETTER}]{0,6}`, 'mont(?:é|ée|és|ées|er|ent|ait|aient|era|eront)', 'montée', `envol[${LETTER}]{0,6}`, `flamb[${LETTER}]{0,6}`,
    `doubl[${LETTER}]{0,6}`, `tripl[${LETTER}]{0,6}`, 'bonds?', 'essor', `redress[${LETTER}]{0,6}`, `gonfl[${LETTER}]{0,6}`,
    `rebond[${LETTER}]{0,6}`,
    // « l'euro s'est apprécié de 1,2 % », « la croissance a accéléré à 6 % », « le déficit s'est creusé à 59 milliards »
    // (ruleId metrics/change-verbs; the reflexive only: « apprécié de 60 % des Français » is no change)
    `s['’](?:est|sont|était|étaient)\\s{1,2}(?:appréci|creus)[${LETTER}]{0,4}`, `accélér[${LETTER}]{0,6}`,
    // « le bilan s'est alourdi à 57 morts » (ruleId metrics/change-verbs)
    `alourd[${LETTER}]{0,6}`,
    // « le résultat est en croissance de 12 % » (the noun alone may report a revised forecast: not a cue by itself)
    'en\\s{1,2}croissance',
    // (metrics/change-verbs-field) le reste du champ (audit du 2026-12-01) : « le PIB a crû de 1,2 % » (l'accent seulement :
    // « a cru » est le participe de croire), « les ventes croissent de 3 % », « les importations s'accroissent de 5 % », « le
    // yen s'apprécie de 2 % », « le titre a remonté de 4 % » (pas « remonte à 1990 » : une date)
    'crû', 'cr(?:oît|oissent|oissait|oissaient)', 'accr(?:oissent|oissait|oissaient)',
    `(?:s['’]|se\\s{1,2})(?:appréci|creus)(?:e|ent|ait|aient)`, 'remont(?:é|ée|és|ées|ent|ait|aient)', 'accélèr(?:e|ent)',
  ],
  // "chuté de 5 %", "recul de 0,4 point", "supprimer 520 postes", "une perte de 310 emplois", "réduire ses effectifs de 8 %"
  decrease: [
    `chut[${LETTER}]{0,6}`, `baiss[${LETTER}]{0,6}`, `recul[${LETTER}]{0,6}`, `supprim[${LETTER}]{0,6}`, 'suppressions?',
    `rédui[${LETTER}]{0,6}`, 'réductions?', 'pertes?', `perd[${LETTER}]{0,6}`, `diminu[${LETTER}]{0,6}`, `effondr[${LETTER}]{0,7}`,
    `repli[${LETTER}]{0,6}`, 'repl(?:ié|iée|iés|iées)', `plong[${LETTER}]{0,6}`, `dégringol[${LETTER}]{0,6}`, 'contraction', `amput[${LETTER}]{0,6}`,
    `abaiss[${LETTER}]{0,6}`, 'fond(?:u|ue|us|re)', `licenci[${LETTER}]{0,7}`, 'coupes?', `décroch[${LETTER}]{0,6}`, `rabot[${LETTER}]{0,6}`,
    `ralenti[${LETTER}]{0,6}`, `régress[${LETTER}]{0,6}`, 'cèd(?:e|ent)', 'cédé', `lâch[${LETTER}]{0,6}`,
    // "le retrait de 2 000 des 3 550 soldats", "deux raffineries ont été fermées", "la fermeture de 3 usines"
    'retraits?', 'ferm(?:é|ée|és|ées)', 'fermetures?',
    // « le CAC 40 a glissé de 0,8 % », « l'action a fléchi de 2,3 % », « le titre a dévissé de 15 % », « le PIB s'est contracté
    // de 0,1 % », « la livre s'est dépréciée de 3 % », « va retirer 600 militaires » (ruleId metrics/change-verbs)
    // (« contracter un prêt » is no change: the reflexive only)
    'gliss(?:é|e|ent|ait|aient|era|eront|er)', `fléch[${LETTER}]{0,7}`, `déviss[${LETTER}]{0,6}`, `effrit[${LETTER}]{0,6}`,
    `s['’](?:est|sont|était|étaient)\\s{1,2}contract[${LETTER}]{0,4}`, `dépréci[${LETTER}]{0,6}`,
    'retir(?:er|é|ée|és|ées|era|eront|ent|ait|aient|ant)', `décr(?:u|ue|us|ues|oît|oissent|oissance)`,
    // la destruction retire ce qu'elle vise : « démolir 300 maisons », « 50 maisons détruites par », « la destruction de 300
    // logements » (ruleId metrics/destruction)
    `démol[${LETTER}]{0,6}`, `détrui[${LETTER}]{0,6}`, 'destructions?', 'ras(?:é|ée|és|ées|er|ent)',
    // (metrics/change-verbs-field) « les ventes se tassent de 3 % », « le bénéfice s'est érodé de 4 % », « le PIB se contracte
    // de 0,2 % », « le titre est tombé de 5 % à 12 euros », « un fléchissement de 2 % », « un tassement », « une érosion »
    `(?:s['’]|se\\s{1,2})(?:(?:est|sont|était|étaient)\\s{1,2})?(?:tass|érod)[${LETTER}]{0,5}`,
    `(?:s['’]|se\\s{1,2})contract(?:e|ent|ait|aient)`, 'tomb(?:é|ée|és|ées|ent|ait|aient)', 'tassement', 'érosion', 'fléchissement',
  ],
  adjacentCues: [],
  qualifiers: [
    // "près de 3 millions d'euros", "environ 520 postes", "quelque 400 personnes", "de l'ordre de 2 %"
    { pattern: "(?:près\\s+d[e'’]|environ|quelque|autour\\s+d[e'’]|aux\\s+alentours\\s+d[e'’]|presque|pratiquement|approximativement|à\\s+peu\\s+près|de\\s+l['’]ordre\\s+d[e'’]|proche\\s+d[e'’]|quasiment)\\s{0,2}", qualifier: 'approximate' },
    // "plus de 13 000 comptes", "au-delà de 5 %"
    { pattern: "(?:plus\\s+d[e'’]|au-delà\\s+d[e'’]|davantage\\s+que)\\s{0,2}", qualifier: 'more-than' },
    // "moins de 5 %"
    { pattern: "(?:moins\\s+d[e'’])\\s{0,2}", qualifier: 'less-than' },
    // "au moins 20 morts"
    { pattern: "(?:au\\s+moins|au\\s+minimum|pas\\s+moins\\s+d[e'’])\\s{0,2}", qualifier: 'at-least' },
    // "jusqu'à 500 millions", "au maximum 3 %"
    { pattern: "(?:jusqu['’]\\s?à|au\\s+maximum|au\\s+plus|pas\\s+plus\\s+d[e'’])\\s{0,2}", qualifier: 'at-most' },
  ],
  // "3,5 milliards de dollars par an", "chaque année"
  perOpen: ['par', 'chaque'],
  // "1,2 € le litre", "50 euros la nuit"
  perArticle: ['le', 'la', "l'", 'l’'],
  perNouns: set(`an année mois semaine jour heure minute nuit action baril litre tonne once kilo kilogramme mètre
    personne habitant passager unité pièce place billet kilomètre douzaine exemplaire salarié ménage foyer tête mégawattheure`),
  months: set('janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr avr juil sept oct nov déc'),
  weekdays: set('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  // "sur trois ans", "42 ans", "deux jours plus tard"
  timeNouns: set(`an ans année années mois semaine semaines jour jours heure heures h minute minutes min seconde secondes
    décennie décennies siècle siècles nuit nuits matin soir trimestre trimestres semestre semestres fois`),
  // « 300 000 b/j », « 9,8 millions de bpd » : production de pétrole, lue en barils par jour (ruleId metrics/rate-symbol)
  rateSymbols: new Map([['b/j', ['baril', 'jour']], ['bpd', ['baril', 'jour']], ['b/d', ['baril', 'jour']]]),
  // « contre 430 000 fin juin », « à 3,2 % début 2025 » (ruleId metrics/time-position)
  timePositions: set('fin début mi milieu courant'),
  measureNouns: set('cran crans échelon échelons tonne tonnes mile miles kilomètre kilomètres mètre mètres litre litres baril barils hectare hectares kilogramme kilogrammes gramme grammes'),
  distanceUnits: set('km mile miles kilomètre kilomètres mètre mètres'),
  durationNouns: set('an ans année années mois semaine semaines jour jours heure heures minute minutes seconde secondes décennie décennies siècle siècles nuit nuits'),
  yearNouns: set('an ans'),
  // "trois ans plus tard", "deux jours auparavant", "42 ans d'âge"
  // « l'an dernier », « la semaine prochaine », « le mois passé »: a date, not « par an »
  perArticleStop: 'derni(?:er|ère)|prochaine?|pass(?:é|ée)|précédente?|suivante?|même|entière?',
  durationAfterStop: "plus\\s+tard|plus\\s+tôt|auparavant|avant|après|d['’]âge|révolus",
  // "il y a 3 ans" (a date), "à 14 heures" (a clock time), "à 85 ans" (an age), "vers 8 heures"
  durationBeforeStop: `il\\s+y\\s+a(?:\\s+[${LETTER}]+){0,2}|voici|voilà|(?<!['’])à|vers|dès`,
  // « condamné à deux ans de prison », « à 18 mois ferme », « trois ans d'inéligibilité », « un an avec sursis »
  // (ruleId metrics/penalty-duration)
  penaltyAfter: "de\\s+prison|d['’]emprisonnement|de\\s+réclusion|de\\s+détention|de\\s+sursis|avec\\s+sursis|ferme|d['’]inéligibilité|de\\s+suspension|de\\s+mise\\s+à\\s+l['’]épreuve|de\\s+travaux\\s+forcés|de\\s+bannissement",
  // "Jean Dupont, 42 ans", "(42 ans)", "un homme de 42 ans", "âgé de 42 ans"
  ageBefore: "(?:^|[,(])|âgée?s?\\s+d[e'’]|l['’]âge\\s+d[e'’]|(?:homme|femme|garçon|fille|enfant|adolescente?|jeune|bébé|retraitée?|quadragénaire|quinquagénaire|septuagénaire|octogénaire|père|mère|fils|policière?|gendarme|soldat|militaire|caporal|caporal-chef|adjudant|sergent|lieutenant|capitaine|étudiante?|élève|conducteur|conductrice|victime|suspecte?|agresseur|ressortissante?|touriste|ouvrière?|joueur|joueuse|cycliste|pilote|chauffeur|individu|personne|patiente?|détenue?|prévenue?|accusée?)s?\\s+d[e'’]",
  ageByDefault: true,
  // "une peine de 20 ans", "un contrat de 10 ans", "plus de 7 ans de guerre" stay durations
  durationHeads: set(`peine peines prison réclusion emprisonnement détention contrat contrats bail mandat mandats durée période
    plan programme absence retard règne carrière guerre conflit histoire expérience exil attente délai moratoire
    engagement concession prêt emprunt cycle décennie travaux enquête procès`),
  // "une vingtaine d'États", "une centaine de personnes", "un millier de manifestants"
  collectives: { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000 },
  collectiveArticles: "une|un|quelque",
  // "14 secrétaires d'État" counts "secrétaire d'État"
  compoundNouns: new Set(["secrétaire d'état", "chef d'état", "coup d'état", "chiffre d'affaires", "chef d'entreprise",
    "homme d'affaires", "femme d'affaires", "membre d'équipage", 'chef de gouvernement', 'garde du corps', 'mort de faim',
    // « dix mises en examen », « 40 gardes à vue », « 303 grands électeurs », « trois hauts fonctionnaires »
    'mise en examen', 'mise en demeure', 'garde à vue', 'grand électeur', 'haut fonctionnaire']),
  adjectivalNouns: set('jeune jeunes vieux vieille vieilles'),
  // (French puts noun modifiers after the noun, with a link: « stations-service », « puits de pétrole », read as compounds)
  compoundModifier: () => false,
  // a comparative standing for the noun of the count before it: « 303 grands électeurs, soit 33 de plus que les 270 requis » (ruleId metrics/elided-comparative)
  elidedComparative: 'de[ \\u00a0]{1,2}(?:plus|moins)',
  // fractions giving the amount of a change and relative time words: « ont bondi d'un tiers l'an dernier à » (ruleId metrics/subject-change-adjunct)
  changeAdjunctWords: set('tiers quart quarts moitié cinquième cinquièmes dixième dixièmes dernier dernière derniers dernières passé passée précédent précédente prochain prochaine glissement annuel'),
  idiomNounsAfterOne: set(''),
  // "478 voix contre", "39 voix pour"
  voteNouns: set('voix votes suffrages'),
  voteSides: set('pour contre'),
  clauseOpeners: set("que qu' qui dont où quand lorsque si car puisque tandis déclaré affirmé estimé indiqué annoncé expliqué"),
  stopWords: set(`le la les l un une des de du d à au aux en et ou mais que qu qui dont où sur sous dans par pour avec sans
    contre entre vers chez est sont a ont était étaient sera seront serait seraient va vont ce ces cette cet son sa ses
    leur leurs il elle ils elles on nous vous ne n pas plus moins y se s soit dès depuis selon après avant ainsi aussi
    alors comme lors déjà encore seulement notamment environ près quand si car donc été
    rapport ailleurs exemple conséquent chaque`),
  // "page 12", "article 5", "numéro 3", "vol 93", "l'article 49.3"; street addresses: "12 rue de Rivoli"
  labelWords: set(`page pages p. article articles chapitre section alinéa paragraphe numéro n° no ligne lignes
    vol route autoroute niveau rang phase étape version modèle épisode saison tome volume sortie porte quai chaîne
    arrondissement lot bloc appartement boîte salle
    rue avenue boulevard bd place allée quai chemin impasse cours square faubourg
    cac sbf ftse dax stoxx nikkei ibex mib smi aex`),
  // (the last line: stock indices named by a number of shares, « le CAC 40 termine en baisse », « le SBF 120 progresse »)
  // "des deux sexes" (de + les), "tous deux", "aux trois": a reference to known members, not a count
  // « un ménage sur dix consacre », « une entreprise sur cinq », « deux Français sur trois » : le second nombre est la
  // taille du groupe d'une proportion (ruleId metrics/proportion-denominator ; tournure usuelle des proportions)
  proportionBefore: `(?<![\\p{L}\\d.,])(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|\\d{1,2})(?:[ \\u00a0]{1,2}[\\p{L}'’-]{1,30}){0,3}[ \\u00a0]{1,2}sur[ \\u00a0]{1,2}$`,
  // « en 2019 les ventes », « depuis 2015 », « d'ici 2030 » : une année ouvre la phrase (ruleId metrics/year-like-count)
  yearPrepositions: set(`en depuis dès vers jusqu'en avant après entre et ou ici année années an début fin mi courant
    printemps été automne hiver`),
  // « environ 2000 manifestants », « 1900 salariés » : on compte des personnes et des emplois (ruleId metrics/year-like-count)
  yearLikeCountNouns: set(`personnes manifestants soldats militaires emplois postes salariés employés ouvriers migrants
    réfugiés victimes morts blessés délégués participants visiteurs habitants ménages familles élèves étudiants enfants
    patients civils détenus policiers gendarmes agents`),
  definiteDeterminers: set('les ces ses leurs nos vos mes tes des aux tous toutes'),
  subjectDeterminers: set("le la les l' l’ un une des du de d' d’ son sa ses leur leurs ce cette ces cet notre nos votre vos tous toutes"),
  // "les cinq grandes banques", "3 nouveaux postes"
  preNominalAdjectives: set(`grand grande grands grandes petit petite petits petites nouveau nouvel nouvelle nouveaux nouvelles
    autre autres premier première premiers premières dernier dernière derniers dernières gros grosse grosses vieux vieille
    vieilles bon bonne bons bonnes mauvais mauvaise mauvaises principaux principales principal principale seul seule seuls
    seules jeune jeunes anciens anciennes ancien ancienne véritables vrais vraies prochain prochaine prochains prochaines
    haut haute hauts hautes`),
  invariantNouns: set(`cas fois prix pays mois bras corps voix poids repas temps avis processus virus colis choix taux
    discours procès recours succès accès excès abus concours propos secours français anglais km kg mw gw kwh ha`),
  // Grevisse, Le Bon Usage § 530: in a compound noun, prepositions and adverbs stay invariable (« des sous-marins »,
  // « des avant-postes », « des non-inscrits »)
  invariableCompoundParts: set('sous sur avant arrière après contre entre hors non demi semi mi vice ex quasi très'),
  // ibid. § 530 b: verb + noun compounds whose noun keeps its plural mark in the singular (« un porte-avions », « un
  // lance-roquettes », « un compte-gouttes »), and « sans » + noun (« un sans-abri », « un sans-papiers »)
  invariableCompoundHeads: set(`porte lance garde chasse coupe pare brise casse presse compte tire ouvre couvre essuie
    abat cache gratte lave ramasse attrape taille sans`),
  irregularPlurals: { travaux: 'travail', yeux: 'œil', 'œufs': 'œuf', cieux: 'ciel', messieurs: 'monsieur', mesdames: 'madame' },
  // "261 cas de fraude", "13 000 comptes bancaires"
  complementLinks: ['de', "d'", 'd’'],
  // "8 000 de ces suppressions", "3 000 d'entre eux", "20 de leurs salariés"
  partitive: "(?:de\\s+(?:ces|ses|leurs|nos|vos)|des|d['’]entre\\s+(?:les|ces))\\s+",
  // "âgé de 42 ans", "âgée de 42"
  agePrefix: "(?:âgée?s?\\s+d[e'’]|à\\s+l['’]âge\\s+d[e'’])\\s{0,2}$",
  denominatorNouns: set('pib richesse'),
  // "supprimer 520 postes", "une perte sèche de 310 emplois", "a supprimé au total 300 emplois"
  // "réduire ses effectifs de 8 %, soit 27 000 salariés", "cut 8%, or 27,000 jobs"
  // "raised rates by 0.25 points to 5.25%", "a progressé de 12 %, à 1,2 milliard"
  levelLinks: "à|pour\\s+atteindre|jusqu['’]à",
  restateLinks: "soit|c['’]est-à-dire|ou\\s+encore|l['’]équivalent",
  countGapWords: "de|d['’]|à|jusqu['’]à|sèche|nette|brute|totale|au\\s+total|encore|environ|quelque|près\\s+de|plus\\s+de",
  // "contre 95 % actuellement", "(au lieu de 0,7 %)", "compared with 3%", "and 46%"
  compareLinks: "contre|au\\s+lieu\\s+d[e'’]|et\\s+d[e'’]|et|puis|comparé\\s+à|par\\s+rapport\\s+à",
  // "Quatre personnes ont été arrêtées", "153 passengers were killed"
  passiveAuxiliaries: "ont\\s+été|ont|sont|étaient|était|seront|avaient\\s+été|auraient\\s+été|ont\\s+dû\\s+être|seraient|furent|fut|devraient|doivent|pourraient|vont|risquent",
  participleEndings: "é|ée|és|ées|is|ises|it|its|uits|ts|tes",
  auxiliaries: set(`est sont était étaient sera seront serait seraient a ont avait avaient aura auront aurait auraient
    va vont allait devrait devraient doit doivent pourrait pourraient peut peuvent être été ne n' pas se s'
    plutôt désormais déjà encore actuellement aujourd'hui`),
  // « 6 banques ont été dégradées de quatre crans », « rétrogradée de deux crans » (ruleId metrics/degree-change)
  degreeIncrease: [],
  degreeDecrease: [`dégrad[${LETTER}]{0,6}`, `rétrograd[${LETTER}]{0,6}`],
  // « 2 millions de personnes devraient être déplacées », « 300 maisons risquent d'être détruites »
  passiveChains: "être|d['’]être|été",
  // « Une trentaine de pesticides sont encore analysés », « Une centaine de substances ont déjà été réexaminées »
  passiveAdverbs: "encore|déjà|toujours|aussi|également|désormais|actuellement|finalement|pour\\s+l['’]instant",
  // « 50 maisons, détruites par la tempête »
  agentLinks: 'par',
  personAdjectives: set(''),
  // (mots en -er/-ir/-é qui ne gouvernent pas le nombre qui suit : « hier », « le comité »)
  notVerbs: set(`hier premier dernier entier quartier métier cahier dossier chantier papier foyer loyer janvier février
    mer fer hiver cher fier léger étranger danger super enfer amer avenir désir plaisir loisir soir
    été côté comité société cité santé marché café député employé salarié blessé abonné associé allié délégué
    année armée journée soirée musée lycée idée durée entrée arrivée tournée
    toujours souvent parfois jamais enfin presque bien mal tous toutes tout peine même moins plus`),
  // « Sur les neuf dernières enquêtes publiées sur l'Ohio, huit donnent… », « Parmi les 28 banques » (ruleId metrics/set-total)
  setOpeners: "sur\\s+les|parmi\\s+les|sur\\s+ces|parmi\\s+ces",
  // « 10 autres ont vu leur note baissée », « les 12 dernières » (ruleId metrics/elided-noun)
  elidedNounWords: set('autres derniers dernières premiers premières restants restantes suivants suivantes nécessaires requis'),
  // « estime à 2,3 points l'écart des intentions de vote », « une avance de 5 points » (ruleId metrics/gap-points)
  gapNouns: set('écart écarts avance retard marge avantage devant derrière'),
  // « le sondage donne 4 points d'avance », « l'écart des intentions de vote » — pas « 12 points d'avance à la mi-temps »
  pollWords: "sondages?|enquêtes?|intentions|votes?|électeurs|électrices|électorat|scrutins?|élections?|primaires?|suffrages|opinion|popularité|baromètres?",
  // « X détient 30 % du capital » (ruleId metrics/subject-holder)
  holdVerbs: "détient|détiennent|détenait|détenaient|contrôle|contrôlent|contrôlait|possède|possèdent|possédait",
  // « Le prix comprend une dotation de 10 millions de couronnes » (ruleId metrics/subject-inclusion)
  inclusionVerbs: "comprend|comprennent|comprenait|comporte|comportent|comportait|inclut|incluent|incluait|prévoit|prévoient|prévoyait",
  // « dans huit États » : État s'écrit avec une majuscule
  // « 53 % des nouveaux impôts porteront sur les ménages et 47 % sur les entreprises », « 60 % des aides iront aux PME »
  // (ruleId metrics/subject-distribution)
  distributionVerbs: "(?:porteront|portent|porte|portera|pèseront|pèsent|pèse|pèsera|reviendront|reviennent|revient|reviendra|iront|vont|va|ira|(?:seront|sont|sera|est)[ \\u00a0]{1,2}(?:supportée?s?|payée?s?|versée?s?))[ \\u00a0]{1,2}(sur|à|aux|au|par)",
  // « il faudra construire 500 logements », « pour accueillir 300 réfugiés », « afin de recruter 20 agents »
  modalVerbs: set(`faut faudra faudrait veut veulent voulait souhaite souhaitent compte comptent entend entendent pour de d' à
    afin prévoit prévoient`),
  // « les 3 milliards d'euros investis dans le projet », « les 500 000 euros versés à l'association »
  // (ruleId metrics/subject-money-participle)
  moneyParticiples: "dépensée?s?|investie?s?|levée?s?|versée?s?|allouée?s?|promise?s?|collectée?s?|prêtée?s?|accordée?s?|consacrée?s?|débloquée?s?|réclamée?s?|nécessaires",
  moneyDeterminers: "les|ces|le|la|l['’]|aux|des|du",
  // « le chiffre 75 – le nombre de dissidents emprisonnés » (ruleId metrics/count-apposition)
  appositionNouns: "le[ \\u00a0]+(?:nombre|total)[ \\u00a0]+(?:de|d['’])",
  // « le chômage atteint 25 % chez les jeunes », « 94 jours en ce qui concerne les femelles » (ruleId metrics/subject-group)
  groupLinks: "chez|parmi|en\\s+ce\\s+qui\\s+concerne|pour\\s+ce\\s+qui\\s+est\\s+d(?:e|u|es|['’])|s['’]agissant\\s+d(?:e|u|es|['’])",
  capitalisedNouns: set('états etats état etat'),
  // « 2 209 Français ont été localisés », « 400 Allemands », « 12 Suisses », « 30 Italiens » (ruleId metrics/count-demonym)
  demonymPlural: `[${UPPER}][${LOWER}]{2,20}(?:ais|ois|ains|aines|iens|iennes|ands|andes|ols|oles|ins|ines|ens|ennes|sses)`,
  // « il occupe la 124e place », « classée à la 67e position », « au 3e rang » (ruleId metrics/rank)
  rankNouns: 'place|position|rang',
  // « occupent la neuvième place », « remonte à la troisième position » (ruleId metrics/rank)
  // (not « premier »: « au premier rang », « en première position » are idioms as often as ranks)
  ordinalWords: {
    deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8,
    neuvième: 9, dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16,
    'dix-septième': 17, 'dix-huitième': 18, 'dix-neuvième': 19, vingtième: 20,
  },
  ordinalSuffixes: 'e|ème|eme|er|re|ère',
  // « dont 324 concernant le port du casque », « tandis que 393 n'ont pas encore pu être joints » (ruleId metrics/elided-subset)
  subsetOpeners: "dont|parmi\\s+(?:eux|elles|lesquels|lesquelles)|tandis\\s+que|alors\\s+que|mais",
  // « 0,1 microgramme par litre », « 3 milligrammes par kilo »
  ratioNouns: set('gramme grammes microgramme microgrammes milligramme milligrammes nanogramme nanogrammes kilogramme kilogrammes litre litres millilitre millilitres becquerel becquerels'),
  // « Seuls huit des 29 membres de l'Otan » (ruleId metrics/lead-word)
  clauseLeads: set('seuls seules seulement même'),
  // « 3 000 emplois ont été perdus », « 12 avions ont été abattus » (ruleId metrics/passive-change)
  // (agreeing forms only: « ont perdu la vie » is an active perfect, no passive)
  irregularParticiples: '(?:perd|vend|abatt|rend|dispar|reten|déten|obten|mainten|rev)u(?:e|es|s)',
  // « a abaissé ses taux d'un quart de point », « un demi-point de croissance », « trois quarts de point »
  // (ruleId metrics/fraction-points)
  fractionPoints: [
    { pattern: "(?:un|d['’]un)[ \\u00a0]quart[ \\u00a0]de[ \\u00a0]point(?:[ \\u00a0]de[ \\u00a0]pourcentage)?", value: 0.25 },
    { pattern: "trois[ \\u00a0]quarts[ \\u00a0]de[ \\u00a0]point(?:[ \\u00a0]de[ \\u00a0]pourcentage)?", value: 0.75 },
    { pattern: "(?:un|d['’]un)[ \\u00a0]demi[ \\u00a0-]point(?:[ \\u00a0]de[ \\u00a0]pourcentage)?", value: 0.5 },
  ],
  // « deux tiers des étudiants », « trois quarts des salariés » (ruleId metrics/fraction-noun)
  fractionNouns: set('tiers quart quarts cinquième cinquièmes sixième sixièmes dixième dixièmes'),
  // (« deux douzaines » is rare in news; « une demi-douzaine » is one word)
  collectiveMultipliers: {},
  // « est passé de 7,1 % à 7,4 % », « a été porté de 10 % à 15 % », « ramené de 20 % à 15 % », « prévision révisée de 1,2 % à
  // 1 % » (ruleId metrics/from-to)
  fromToMoves: '(?:pass(?:e|es|ent|é|ée|és|ées|er|ant|ait|aient|era|eront)|évolu(?:e|ent|é|ée|er|ant|ait)|port(?:e|ent|é|ée|és|ées|er|ant|ait|era|eront)|ramen(?:é|ée|és|ées|er|ant|ait)|ramèn(?:e|ent|era|eront)|révis(?:e|ent|é|ée|és|ées|er|ant)(?:[ \\u00a0]+(?:à[ \\u00a0]+la[ \\u00a0]+)?(?:hausse|baisse))?)',
  // « variant de 3 à 5 % », « des peines allant de 3 à 5 ans », « oscillant de 2 à 4 % », « s'échelonnant de » (ruleId metrics/from-to)
  fromToRanges: "(?:vari(?:e|ent|ant|ait|aient|er)|allant|va|vont|oscill(?:e|ent|ant|ait|aient|er)|s['’]échelonn(?:e|ent|ant|ait))",
  // « le taux de TVA a été relevé de 19,6 % à 20 % », « la part du nucléaire réduite de 75 % à 50 % » (ruleId metrics/from-to)
  rateNouns: set('taux part parts proportion pourcentage ratio rendement tva inflation chômage'),
  // « relève l'âge légal de départ de 62 à 64 ans », « porte le plafond de 10 000 à 15 000 euros », « fait passer la durée
  // du mandat de 5 à 7 ans »: the level an object names (singular: « les salaires de 100 à 200 euros » is the size) (ruleId
  // metrics/from-to-level-object)
  levelNouns: set('âge plafond seuil limite durée délai nombre effectif capacité vitesse objectif taille hauteur smic salaire montant tarif loyer prix budget quota mandat'),
};
