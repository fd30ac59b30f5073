/**
 * French restriction rules: the verbs, nouns and constructions news uses
 * to forbid, condition, limit, refuse or sanction. Each rule carries a
 * `ruleId` and an example input; compiled from French news usage
 * (« interdire explicitement toute utilisation… », « ne pourront exploiter
 * ces outils sans… », « refusant que son IA soit utilisée… », « écartée
 * de… », « uniquement », « plafonné à »).
 *
 * Regexes are global, unicode and case-insensitive, with unicode-aware word
 * boundaries and only bounded repetitions.
 *
 * @module
 */
import type { RestrictionLexicon } from '../../extractors/restrictions.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'giu');
const APOS = "['’]";

/** Number words after « à moins de » make it a distance or an amount (« à moins de dix miles »), not a condition. */
const NUMBER_WORDS = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|quelques|la\\s+moitié';

/** Refusing to comment is a denial (a claim), not a refusal: « a refusé de commenter ». */
const NO_COMMENT = /^\s*(?:(?:de|d['’])\s*)?(?:commenter|répondre|confirmer|démentir|s['’]exprimer|se\s+prononcer|préciser|communiquer|donner|divulguer|révéler)/iu;

/** The French restriction lexicon consumed by `extractRestrictions`. */
export const FR_RESTRICTIONS: RestrictionLexicon = {
  rules: [
    // --- interdictions
    // « afin d’interdire explicitement toute utilisation des systèmes d’OpenAI », « l'interdiction de fumer »
    { ruleId: 'restrictions/fr/interdire', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('interdi(?:re|t|te|ts|tes|sent|sait|saient|ra|ront|rait|raient|sant|ction|ctions)') },
    // « la loi prohibe… »
    { ruleId: 'restrictions/fr/prohiber', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('prohib(?:er|e|ent|é|ée|és|ées|ition)') },
    // « le texte proscrit… »
    { ruleId: 'restrictions/fr/proscrire', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('proscri(?:re|t|te|ts|tes|vent)') },
    // « bannir les pesticides »
    { ruleId: 'restrictions/fr/bannir', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('bann(?:ir|it|issent|issait|ira)') },
    // « les salariés ne sont pas autorisés à… »
    { ruleId: 'restrictions/fr/pas-autorise', kind: 'prohibition', voice: 'subject', pattern: re(`(?:ne|n${APOS})\\s*(?:[\\p{L}]+\\s+){1,2}?(?:pas|plus|jamais)\\s+(?:être\\s+)?(?:autorisée?s?|permise?s?|habilitée?s?)\\s+à`) },
    // « un embargo sur les armes »
    { ruleId: 'restrictions/fr/embargo', kind: 'prohibition', voice: 'active', pattern: re('embargo\\s+(?:sur|contre)') },
    // « Bruxelles a bloqué la fusion », « bloquer le rachat »
    { ruleId: 'restrictions/fr/bloquer', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`bloqu(?:er|e|ent|é|ée|ait|era)\\s+(?:la|le|l${APOS}|les|ce|cette|son|sa|leur)\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:fusion|rachat|acquisition|vente|projet|offre|accord|texte|loi|réforme|exportations?|importations?)`) },
    // « un moratoire sur les forages »
    { ruleId: 'restrictions/fr/moratoire', kind: 'prohibition', voice: 'active', pattern: re('moratoire\\s+(?:sur|de)') },
    // --- conditions
    // « ne pourront exploiter ces outils sans modification contractuelle supplémentaire »
    { ruleId: 'restrictions/fr/ne-sans', kind: 'condition', voice: 'subject', rejectAfter: /^\s*(?:doute|cesse|précédent|compter|oublier|rappeler|surprise|encombre|relâche|parler|cela|quoi|dire|intérêt|importance)/iu, pattern: re(`(?:ne|n${APOS})[^.;:!?,]{1,120}?sans`) },
    // « à condition que », « sous réserve de », « à moins que », « sauf si »
    { ruleId: 'restrictions/fr/a-condition', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`à\\s+(?:la\\s+)?condition\\s+(?:que|qu${APOS}|de|d${APOS})|sous\\s+réserve\\s+(?:de|d${APOS}|que|qu${APOS})|à\\s+moins\\s+(?:que|qu${APOS}|de(?!\\s+(?:\\p{N}|${NUMBER_WORDS}))|d${APOS}(?!\\s*(?:un|une|onze)\\s))|sauf\\s+(?:si|accord|autorisation|dérogation)|(?:seulement|uniquement)\\s+si|conditionnée?s?\\s+(?:à|par)|subordonnée?s?\\s+à`) },
    // « Bruxelles exige que les plateformes… », « l'obligation de déclarer »
    { ruleId: 'restrictions/fr/exiger', kind: 'condition', voice: 'active', needsActor: true, pattern: re(`exig(?:e|ent|er|eait|eaient|era|eront|erait|é|ée|eant)\\s+(?:que|qu${APOS})|obligation\\s+(?:de|d${APOS})`) },
    // --- limites
    // « procéder uniquement à des départs volontaires, exclusivement au travers d'un dispositif… »
    { ruleId: 'restrictions/fr/uniquement', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re('(?:uniquement|exclusivement)(?!\\s+(?:si|\\p{N}))') },
    // « limité à 20 personnes », « plafonnée à 3 % », « réservé aux adhérents »
    { ruleId: 'restrictions/fr/limite-a', kind: 'limit', voice: 'passive', negatable: true, pattern: re('(?:limitée?s?|restreinte?s?|plafonnée?s?|réservée?s?|cantonnée?s?)\\s+(?:à|aux?)') },
    // « limiter le nombre de… », « plafonner les loyers »
    { ruleId: 'restrictions/fr/limiter', kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:limit(?:er|e|ent|era|eront|ait|ant)|restreindre|restrei(?:nt|gnent|gnant)|plafonn(?:er|e|ent|era|ant)|encadr(?:er|e|ent|era))\\s+(?:la|le|les|l${APOS}|leur|leurs|son|sa|ses|à|aux)`) },
    // « un plafond de 3 000 euros », « dans la limite de », « des restrictions sur »
    { ruleId: 'restrictions/fr/plafond', kind: 'limit', voice: 'active', pattern: re(`plafond\\s+(?:de|d${APOS}|sur|à)|dans\\s+la\\s+limite\\s+(?:de|d${APOS}|des|du)|restrictions?\\s+(?:sur|à|aux)|quotas?\\s+(?:sur|de|d${APOS})`) },
    // « le coût ne devra pas dépasser… »
    { ruleId: 'restrictions/fr/ne-pas-depasser', kind: 'limit', voice: 'subject', pattern: re(`(?:ne|n${APOS})\\s*[\\p{L}]+\\s+pas\\s+dépasser|ne\\s+pas\\s+dépasser`) },
    // « supprimer les exonérations… pour les entreprises de plus de 20 salariés »
    { ruleId: 'restrictions/fr/seuil', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:pour|aux|les|des)\\s+(?:entreprises|sociétés|salariés|ménages|foyers|personnes|contribuables|revenus|particuliers|patrimoines|firmes|employeurs|communes|établissements|exploitations)\\s+(?:de|d${APOS}|ayant|employant|dont|comptant)\\s+(?:plus|moins)\\s+de\\s+\\p{N}+`) },
    // --- refus
    // « le CEO d’Anthropic refusant que son IA soit utilisée pour concevoir des armes totalement autonomes »
    { ruleId: 'restrictions/fr/refuser', kind: 'refusal', voice: 'active', rejectAfter: NO_COMMENT, pattern: re(`refus(?:e|es|ent|er|era|eront|erait|eraient|é|ée|és|ées|ant|ait|aient)\\s+(?:que|qu${APOS}|de|d${APOS}|l${APOS}|la|le|les|tout|toute|toutes|tous|cette|ce|cet|ces|son|sa|ses|leur|leurs|un|une)`) },
    // « son refus de signer »
    { ruleId: 'restrictions/fr/refus', kind: 'refusal', voice: 'active', rejectAfter: NO_COMMENT, pattern: re(`refus\\s+(?:de|d${APOS}|du|des|par)`) },
    // « le Parlement a rejeté la proposition » (pas « rejette les accusations » : un démenti)
    { ruleId: 'restrictions/fr/rejeter', kind: 'refusal', voice: 'active', rejectAfter: /^\s*(?:les\s+|ces\s+|toute\s+|toutes\s+|l['’]\s*|la\s+|le\s+)?(?:accusations?|allégations?|critiques?|informations?|rumeurs?|idée|responsabilité|comparaison)/iu, pattern: re('rej(?:eter|ette|ettent|etait|etaient|eté|etée|etés|etées|etant|ettera|etteront)') },
    // « l'Assemblée a voté contre le texte »
    { ruleId: 'restrictions/fr/voter-contre', kind: 'refusal', voice: 'active', pattern: re('vot(?:é|er|ent|e|ait|aient|eront)\\s+contre(?!\\s+\\p{N})') },
    // « le président a opposé son veto »
    { ruleId: 'restrictions/fr/veto', kind: 'refusal', voice: 'active', pattern: re('veto|véto') },
    // --- sanctions
    // « a ensuite été écartée de nombre de projets fédéraux », « exclu du tournoi »
    { ruleId: 'restrictions/fr/ecarte-de', kind: 'sanction', voice: 'passive', pattern: re(`(?:exclue?s?|écartée?s?|suspendue?s?|radiée?s?|évincée?s?|bannie?s?|expulsée?s?|chassée?s?)\\s+(?:de|d${APOS}|du|des)(?!\\s*\\p{N})`) },
    // « le joueur a été suspendu pour trois matches » (une personne ou un organisme nommé avant)
    { ruleId: 'restrictions/fr/suspendu', kind: 'sanction', voice: 'passive', needsActor: true, pattern: re('(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\\s+(?:été\\s+)?(?:[\\p{L}]+ment\\s+)?suspendue?s?(?!\\s+(?:de|d[\'’])\\s*\\p{N})') },
    // « une suspension de six mois », « une suspension à vie »
    { ruleId: 'restrictions/fr/suspension', kind: 'sanction', voice: 'passive', pattern: re('une\\s+suspension\\s+(?:de\\s+\\p{N}|d[\'’]\\s*un|à\\s+vie|ferme|provisoire)') },
    // « l'exclusion du club », « la suspension de l'athlète »
    { ruleId: 'restrictions/fr/exclusion', kind: 'sanction', voice: 'active', rejectBefore: /(?:zone|périmètre|rayon|(?<![\p{L}])à)\s+(?:l|d)['’]\s*$/iu, pattern: re(`(?:exclusion|expulsion|radiation)\\s+(?:de|d${APOS}|du|des)`) },
    // « des sanctions contre la Russie », « sanctionné par l'Autorité »
    { ruleId: 'restrictions/fr/sanction', kind: 'sanction', voice: 'active', pattern: re('sanction(?:s|né|née|nés|nées|ner|ne|nent|nera)?') },
    // « une amende de 2 millions d'euros », « des pénalités »
    { ruleId: 'restrictions/fr/amende', kind: 'sanction', voice: 'active', pattern: re('amendes?|pénalités?') },
    // peines judiciaires : « condamné à cinq ans de prison »
    { ruleId: 'restrictions/fr/condamne', kind: 'sanction', voice: 'passive', pattern: re(`condamnée?s?\\s+à\\s+(?:\\p{N}|${NUMBER_WORDS}|une\\s+peine|une\\s+amende|la\\s+prison|la\\s+réclusion|payer|verser|perpétuité)`) },
    // « le gel des avoirs », « geler les avoirs de cinq responsables »
    { ruleId: 'restrictions/fr/gel-avoirs', kind: 'sanction', voice: 'active', pattern: re(`gel\\s+(?:des|de\\s+leurs|de\\s+ses)\\s+avoirs|gel(?:er|é|ée|és|ent)\\s+(?:les|leurs|ses)\\s+avoirs`) },
    // « inscrite sur la liste noire »
    { ruleId: 'restrictions/fr/liste-noire', kind: 'sanction', voice: 'active', pattern: re('liste\\s+noire') },
  ],
  // « sans modification contractuelle supplémentaire », « sauf si », « à moins que »
  conditionCue: /(?<![\p{L}])(?:sans|sauf|à\s+moins|à\s+(?:la\s+)?condition|sous\s+réserve)(?![\p{L}])/iu,
  // « n'interdit pas », « ne limite pas » (text just before the trigger)
  negationBefore: /(?:(?<![\p{L}])n['’]\s*|(?<![\p{L}])ne\s+)$/iu,
  // « écartée par le Pentagone », « sanctionné par l'Autorité »
  agentPrepositions: ['par'],
  // « ces sanctions », « cette interdiction » : une reprise
  demonstrativeBefore: /(?<![\p{L}])(?:ces|cette|cet|ce|de\s+telles|de\s+tels)\s+$/iu,
};
