/**
 * Cues after a name that it names an organisation (EN and FR): an apposition headed by a noun of firms or groups
 * ("Fortum, the Finnish utility that…", « Botafogo, le club brésilien également détenu par… »), a relative "which" ("Brown-Forman,
 * which makes…"), a corporate verb or a firm's possessions ("Uniper said on Tuesday it would…", "Kerrigan posted a net loss",
 * "Norbrook's chief executive", « Intermarché a annoncé… »). Anchored at the name's end; every scan is bounded (at most 140 code
 * units read) and every regex is a module constant or built once per lexicon.
 *
 * @module
 */
import type { FoldedLexicon } from './lexicon.js';
import { escapeRegExp } from '../attribution-lexicon.js';
import { LETTER, LOWER } from '../../text/char-classes.js';

/**
 * Heads of an organisation's apposition besides the lexicon's organisation descriptions (EN, FR): "a Boston-based biotech",
 * "a small recycler", « le fonds Ardian », « une jeune pousse », « une filiale de ».
 */
const EXTRA_HEADS = ['biotech', 'recycler', 'shipbuilder', 'refiner', 'exporter', 'importer', 'fund', 'subsidiary', 'brokerage',
  'shipper', 'builder', 'fonds', 'filiale', 'pousse', 'holding', 'sucrier', 'laitier', 'brasseur', 'assureur', 'brand',
  'label', 'marque', 'confectioner', 'confiseur'];

/** Nouns of persons that may follow a firm's head inside a person's apposition: "a former bank executive", « un cadre du groupe ». */
const PERSON_AFTER_HEAD = 'executive|executives|official|officials|analyst|manager|director|spokesman|spokeswoman|spokesperson|' +
  'employee|worker|chief|boss|founder|member|owner|veteran|lawyer|directeur|directrice|dirigeant|dirigeante|salarié|salariée|' +
  'employé|employée|cadre|patron|patronne|fondateur|fondatrice|analyste|porte-parole|membre|président|présidente|' +
  'leader|leaders|representative|delegate|activist|organiser|organizer|negotiator|head|president|chairman|chairwoman|' +
  'adviser|advisor|economist|trader|banker|investor|partner|shareholder|candidate|lawmaker|deputy|secretary|' +
  'responsable|délégué|déléguée|militant|militante|conseiller|conseillère|associé|associée|actionnaire|élu|élue|' +
  'représentant|représentante|dirigeants|syndicaliste|négociateur|négociatrice|secrétaire';

/**
 * Words that may close the head of the apposition: a punctuation mark, or a word that opens its complement ("the Finnish utility
 * that controlled", "a developer based in", « une entreprise familiale installée à Gand », « le club brésilien également détenu »).
 */
const HEAD_CLOSERS = 'that|which|whose|based|with|in|of|from|owned|controlled|founded|listed|headquartered|backed|also|' +
  'qui|dont|de|d[\'’]|du|des|en|à|spécialisée?s?|installée?s?|basée?s?|détenue?s?|fondée?s?|créée?s?|implantée?s?|cotée?s?|' +
  'également|aussi|contrôlée?s?|présente?s?';

const APPOSITION_CACHE = new Map<FoldedLexicon, RegExp>();

/** ", the/a/le/un …" then at most three words (no function word), an organisation head, at most one adjective, a closer. */
function appositionRe(lex: FoldedLexicon): RegExp {
  let re = APPOSITION_CACHE.get(lex);
  if (re) return re;
  const heads = [...lex.descriptions].filter(([, kinds]) => kinds.length === 1 && kinds[0] === 'organization').map(([h]) => h)
    .concat(EXTRA_HEADS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  re = new RegExp(`^,[ \u00a0]{1,2}(?:the|a|an|le|la|l['’]|un|une)[ \u00a0]?` +
    `(?:(?!(?:of|de|du|des|la|le|les|at|chez|for|pour|in|en|à|and|et|who|qui|which|whose|d|l)(?:[ \u00a0'’]))[${LETTER}'’-]{2,20}[ \u00a0]){0,3}` +
    `(?:${heads})(?![${LETTER}'’-])(?:[ \u00a0](?!(?:${PERSON_AFTER_HEAD})(?![${LETTER}]))[${LOWER}-]{3,16})?` +
    `(?:[ \u00a0]?[,.;:)]|[ \u00a0](?:${HEAD_CLOSERS})(?![${LETTER}]))`, 'u');
  APPOSITION_CACHE.set(lex, re);
  return re;
}

/**
 * A corporate verb or a firm's possessions right after the name (EN, FR): "said on Tuesday it would", "posted a first-half net
 * profit", "reported record sales", "'s chief executive", "'s shares", « a annoncé », « a publié un bénéfice », « a racheté ».
 */
const CORPORATE_AFTER = new RegExp('^(?:' +
  // EN: a reporting verb resuming the name as "it"/"its": "Uniper said on Tuesday it would repay"
  `[ \u00a0](?:said|says|announced|confirmed|warned|reported)(?:[ \u00a0](?:on|late[ \u00a0]on|early[ \u00a0]on)[ \u00a0][${LETTER}]{3,9}|[ \u00a0](?:today|yesterday))?` +
  `(?:[ \u00a0]that)?[ \u00a0](?:it|its)(?![${LETTER}])|` +
  // EN: results: "posted a first-half net profit", "reported record quarterly sales", "swung to a loss"
  `[ \u00a0](?:posted|posts|reported|reports|booked|swung[ \u00a0]to|returned[ \u00a0]to)[ \u00a0](?:a[ \u00a0]|an[ \u00a0]|its[ \u00a0])?` +
  `(?:[${LETTER}-]{2,15}[ \u00a0]){0,3}(?:profit|profits|loss|losses|revenue|revenues|sales|earnings|results|turnover)(?![${LETTER}])|` +
  // EN: the firm's own: "Norbrook's chief executive", "Calder's shares"
  `['’]s[ \u00a0](?:chief[ \u00a0]executive|chief[ \u00a0]financial[ \u00a0]officer|CEO|chairman|board|shares|stock|share[ \u00a0]price|` +
  `subsidiary|factory|plant|plants|stores|shareholders|market[ \u00a0]value)(?![${LETTER}])` +
  ')', 'u');

/** French corporate verbs in the singular after the name (see {@link CORPORATE_AFTER}). */
const CORPORATE_AFTER_FR = new RegExp('^(?:' +
  // FR: « Intermarché a annoncé », « Lactalis a racheté », « Veralis a levé 20 millions », « a publié un chiffre d'affaires »
  `[ \u00a0](?:a|avait)[ \u00a0](?:(?:lui-même|elle-même|aussi|également|déjà|récemment|officiellement)[ \u00a0])?` +
  `(?:annoncé|publié|dévoilé|enregistré|réalisé|affiché|racheté|cédé|levé|recruté|embauché|supprimé|lancé|confirmé|déréférencé|` +
  `acquis|vendu|investi|ouvert|fermé|licencié)(?![${LETTER}])` +
  ')', 'u');

/**
 * Whether a French singular corporate verb or an organisation apposition follows the name: cues that a plural-shaped word
 * ("Lactalis", "Veralis, une jeune société") can take, a French subject needing its article when it is a common plural.
 */
export function orgCueAfterAnyShape(text: string, end: number, lex: FoldedLexicon): boolean {
  return CORPORATE_AFTER_FR.test(text.slice(end, end + 140)) || orgAppositionAt(text, end, lex);
}

/**
 * Sentence openers (folded) that the cues above may follow but that name nothing: adverbs ("Elsewhere, the bank, which…"),
 * indefinite pronouns (« Chacun a annoncé », « Personne a publié ») — the words the lexicons' common-word lists may miss.
 */
export const INITIAL_NON_NAMES: ReadonlySet<string> = new Set(['elsewhere', 'afterwards', 'afterward', 'otherwise', 'likewise',
  'meanwhile', 'nonetheless', 'nevertheless', 'overall', 'instead', 'still', 'besides', 'hence', 'thus', 'therefore', 'moreover',
  'furthermore', 'however', 'today', 'yesterday', 'tomorrow', 'later', 'earlier', 'first', 'second', 'third', 'finally', 'lastly',
  'last', 'next', 'then', 'now', 'here', 'there', 'indeed', 'ultimately', 'separately', 'similarly', 'already', 'again',
  'chacun', 'chacune', 'personne', 'nul', 'nulle', 'rien', 'tout', 'tous', 'toutes', 'beaucoup', 'certains', 'certaines',
  'plusieurs', 'aucun', 'aucune', 'quiconque', 'lui-meme', 'elle-meme', 'celui-ci', 'celle-ci', 'ensuite', 'toutefois',
  'cependant', 'neanmoins', 'puis', 'ainsi', 'desormais', 'parallelement', 'enfin', 'certes', 'bref', 'or', 'outre', 'ailleurs',
  'autrement', 'partout', 'depuis', 'aujourd', 'hier', 'demain', 'alors', 'pourtant', 'surtout', 'notamment', 'finalement']);

/** "Ferrand Ashby's chief executive", "Calder's shares": a firm's officer or holdings in the possessive after the name. */
const FIRM_POSSESSIVE_AFTER = new RegExp(`^['’]s[ \u00a0](?:chief[ \u00a0]executive|chief[ \u00a0]financial[ \u00a0]officer|CEO|` +
  `board[ \u00a0]of[ \u00a0]directors|shares|share[ \u00a0]price|shareholders|subsidiary|market[ \u00a0]value)(?![${LETTER}])`, 'u');

/** Whether a firm's officer or holdings follow the name in the possessive (ruleId actors/org-context). */
export function firmPossessiveAt(text: string, end: number): boolean {
  return FIRM_POSSESSIVE_AFTER.test(text.slice(end, end + 40));
}

/** "Brown-Forman, which makes Jack Daniel's": a relative "which" (EN) resumes a thing, not a person. */
const WHICH_AFTER = /^,[ \u00a0]which[ \u00a0]/u;

/**
 * Whether the text after a name (ending at `end`) says it is an organisation: an apposition with an organisation head
 * (ruleId actors/org-apposition).
 */
export function orgAppositionAt(text: string, end: number, lex: FoldedLexicon): boolean {
  return text.charCodeAt(end) === 44 && appositionRe(lex).test(text.slice(end, end + 140));
}

/**
 * Whether the text after a name (ending at `end`) names it as a firm: {@link orgAppositionAt}, "which" (EN) or a corporate verb
 * (ruleId actors/org-context).
 */
export function orgCueAfter(text: string, end: number, lex: FoldedLexicon): boolean {
  const after = text.slice(end, end + 140);
  return CORPORATE_AFTER.test(after) || CORPORATE_AFTER_FR.test(after) || WHICH_AFTER.test(after) || orgAppositionAt(text, end, lex);
}
