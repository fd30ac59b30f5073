/**
 * French cues for the status of a restriction (levée, assouplie, envisagée),
 * for the imposer of a restriction noun, and for a restriction noun that is
 * only the subject of an effect (« les sanctions pèsent sur l'économie »).
 * Compiled from French news usage: « a levé l'interdiction », « la levée des
 * sanctions », « les sanctions ont été levées », « abroger l'interdiction »,
 * « mettre fin à l'embargo », « assouplir les restrictions », « envisage
 * d'interdire », « menace de sanctions », « projet de loi visant à interdire ».
 *
 * Every regex is non-global, unicode, case-insensitive, anchored at one end
 * and tested on a bounded slice, with bounded repetitions of unambiguous
 * words: linear in the slice.
 *
 * @module
 */
import type { RestrictionStatusLexicon } from '../../extractors/restriction-status.js';
import { DIGIT, LETTER, UPPER } from '../../text/char-classes.js';
import { INSERTED_ADVERB } from './restrictions.js';

const APOS = "['’]";
/**
 * Up to three determiners or modifiers between a cue and the restriction noun: « l' », « les », « une », « une partie des », « toutes les »,
 * and the adjunct French news puts between a verb and its object (« a levé lundi l'interdiction »: the restriction lexicon's INSERTED_ADVERB).
 */
const MODIFIERS = `(?:(?:l${APOS}|la|le|les|des|de|du|d${APOS}|aux?|à|une|un|cette|ces|son|sa|ses|leurs?|certaines?|toutes|tous|partiellement|totalement|${INSERTED_ADVERB}|enfin|déjà|une\\s+partie\\s+(?:des|de\\s+la|du)|nouvelles?|nouveaux)\\s*){0,3}`;
/** A word of a gap between the noun and its predicate: not a relative pronoun or a conjunction (« qui », « et »). */
const GAP_WORD = `\\s+(?!(?:qui|que|qu|dont|mais|pour|afin|si|quand|car|comme|imposées?|décidées?|adoptées?|annoncées?)(?![${LETTER}]))[^\\s.;:!?,]+`;
/** The same, « et »/« ou » excluded too: an effect predicate after a coordination belongs to another subject. */
const EFFECT_GAP_WORD = `\\s+(?!(?:qui|que|qu|dont|et|ou|mais|pour|afin|si|quand|car|comme|imposées?|décidées?|adoptées?|annoncées?)(?![${LETTER}]))[^\\s.;:!?,]+`;
/** Un mot du groupe nominal d'un texte levé : ni ponctuation, ni conjonction, relatif ou auxiliaire (« municipal », « du », « maire »). */
const TEXT_WORD = `(?!(?:et|mais|ou|puis|qui|que|qu|a|ont|est|sont|avait|avaient|était|pour|afin)(?![${LETTER}]))[^\\s,;:.!?()"“”«»]{1,30}`;

/** Auxiliaries, modals and adverbs before an effect verb: « devraient », « vont », « ont déjà », « risquent de ». */
const EFFECT_AUX = `ont|a|avaient|avait|vont|va|devraient|devrait|pourraient|pourrait|risquent\\s+de|risque\\s+de|continuent\\s+(?:de|à)|continue\\s+(?:de|à)|commencent\\s+à|semblent|semble|ne|n${APOS}|pas|déjà|aussi|lourdement|durement|fortement|encore|toujours|peu|guère`;
/** Effect verbs (infinitives, participles and finite forms): « pèsent », « frapper », « ont affaibli », « n'ont pas eu d'effet ». */
const EFFECT_VERB = `pès(?:e|ent|eront|era)|pes(?:er|é|ait|aient)|frapp(?:e|ent|er|é|ait|aient|eront|era)|touch(?:e|ent|er|é|ait|aient)|affect(?:e|ent|er|é|ait|aient)|pénalis(?:e|ent|er|é|ait|aient)|affaibli(?:r|t|ssent|ssait)?|asphyxi(?:e|ent|er|é)|coût(?:e|ent|er|é)|eu\\s+(?:un|peu|d${APOS}|de|aucun)|nui(?:re|t|sent|sait)?|handicap(?:e|ent|er|é)|frein(?:e|ent|er|é)|ralenti(?:r|t|ssent)?|entraîn(?:e|ent|er|é)|provoqu(?:e|ent|er|é)|contraint|contraignent|fonctionn(?:e|ent|er|é)|échou(?:e|ent|é)|aggrav(?:e|ent|er|é)|plomb(?:e|ent|er|é)|étrangl(?:e|ent|er|é)|mord(?:re|ent)`;

/** The French status lexicon consumed by `readRestriction`. */
export const FR_RESTRICTION_STATUS: RestrictionStatusLexicon = {
  // 'restrictions/fr/lifted-anaphor' (quatrième essai d'un nouvel utilisateur) : « a interdit l'application en mars mais a levé
  // l'interdiction en juin », « Elle a levé cette interdiction le 3 septembre » — un nom défini ou démonstratif nu, sans complément
  liftedAnaphor: new RegExp(`(?<![${LETTER}])(?:(?:a|ont|avait|avaient)\\s+(?:(?:finalement|ensuite|depuis|déjà|enfin)\\s+)?(?:levé|abrogé|annulé|retiré|mis\\s+fin\\s+à)|lève|lèvent|abroge|abrogent)\\s+(?:cette|cet|ce|ces|l${APOS}|la|le|les|son|sa|ses|leurs?)\\s*(?:(?:nouvelle|première|récente)\\s+)?(interdiction|suspension|sanctions?|restrictions?|embargo|blocage|gel)(?![${LETTER}])(?!\\s+(?:de|du|des|d${APOS}|sur|contre|visant|imposée?s?|frappant)(?![${LETTER}]))`, 'giu'),
  // 'restrictions/fr/status-lifted-before' : « Le gouvernement a levé l'interdiction des néonicotinoïdes », « la levée des
  // sanctions », « abroger l'interdiction », « mettre fin à l'embargo », « la fin du couvre-feu », « a annulé l'interdiction »
  liftedBefore: new RegExp(`(?<![${LETTER}])(?:lev(?:er|é|ée|és|ées|e|ent|era|eront|ait|aient|ant)|suspend(?:re|u|ue|ent|ait)?|suspension\\s+(?:de|des|du|d${APOS})|levée\\s+(?:de|des|du|d${APOS})|abrog(?:er|é|ée|e|ent|era|eait|eant|ation\\s+(?:de|des|du|d${APOS}))|supprim(?:er|é|ée|e|ent|era|ait|ant)|suppression\\s+(?:de|des|du|d${APOS})|annul(?:er|é|ée|e|ent|era|ait|ant)|annulation\\s+(?:de|des|du|d${APOS})|invalid(?:er|é|ée|e|ent)|censur(?:er|é|ée|e|ent)|(?:mis|mettre|met|mettent|mettra|mettant)\\s+fin|(?:la\\s+)?fin\\s+(?:de|des|du|d${APOS}))\\s*${MODIFIERS}$`, 'iu'),
  // 'restrictions/fr/status-lifted-text' : un texte qui restreint, annulé, suspendu ou censuré : « Le Conseil d'État a annulé
  // l'arrêté interdisant le burkini », « le juge a suspendu le décret limitant… », « le Conseil constitutionnel a censuré la loi
  // qui interdit… », « l'annulation de l'arrêté du maire interdisant… » (groupe 1 : le groupe nominal du texte, sans
  // conjonction ni auxiliaire — « a suspendu l'arrêté et a interdit… » est deux faits)
  liftedTextBefore: new RegExp(`(?<![${LETTER}])(?:annul(?:er|é|ée|és|ées|e|ent|era|ait|ant)|suspend(?:re|u|ue|us|ues|ent|ait|ant|ra)?|invalid(?:er|é|ée|és|ées|e|ent|era|ait|ant)|censur(?:er|é|ée|és|ées|e|ent|era|ait|ant)|retoqu(?:er|é|ée|és|ées|e|ent|era|ait|ant)|abrog(?:er|é|ée|és|ées|e|ent|era|eait|eant)|(?:annulation|suspension|invalidation|censure|abrogation)\\s+(?:de\\s+la|de\\s+l${APOS}|des|du|de|d${APOS}))\\s*((?:(?:la|le|les|l${APOS}|ce|cette|cet|ces|son|sa|ses|leur|leurs|un|une)\\s*)?(?:${TEXT_WORD}\\s+){0,3}?(?:lois?|décrets?|arrêtés?|ordonnances?|règlements?|mesures?|dispositions?|circulaires?|textes?|articles?|directives?)(?:\\s+${TEXT_WORD}){0,5}?)\\s+(?:qui\\s+)?$`, 'iu'),
  // 'restrictions/fr/status-eased-before' : « L'Union européenne a assoupli les sanctions », « l'assouplissement des restrictions », « alléger l'embargo »
  easedBefore: new RegExp(`(?<![${LETTER}])(?:assoupli(?:r|t|e|es|ssent|ssait|ra)?|assouplissement\\s+(?:de|des|du|d${APOS})|allég(?:er|é|ée|eait)|allège(?:nt|ra)?|allègement\\s+(?:de|des|du|d${APOS})|allégement\\s+(?:de|des|du|d${APOS})|relâch(?:er|é|e|ent)|desserr(?:er|é|e|ent))\\s*${MODIFIERS}$`, 'iu'),
  // 'restrictions/fr/status-lifted-after' : « Les sanctions contre l'Iran ont été levées », « l'interdiction a été abrogée », « l'embargo a pris fin »
  liftedAfter: new RegExp(`^((?:${GAP_WORD}){0,10}?)\\s+(?:(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent)\\s+(?:été\\s+)?(?:[${LETTER}]+ment\\s+)?(?:levée?s?|abrogée?s?|supprimée?s?|annulée?s?|invalidée?s?|censurée?s?)|(?:a|ont|avait|avaient)\\s+pris\\s+fin|(?:prend|prennent)\\s+fin)(?![${LETTER}])`, 'iu'),
  // 'restrictions/fr/status-eased-after' : « les restrictions ont été assouplies »
  easedAfter: new RegExp(`^((?:${GAP_WORD}){0,10}?)\\s+(?:a|ont|avait|avaient|est|sont|était|étaient)\\s+(?:été\\s+)?(?:[${LETTER}]+ment\\s+)?(?:assouplie?s?|allégée?s?|relâchée?s?)(?![${LETTER}])`, 'iu'),
  // 'restrictions/fr/status-proposed-before' : « Le ministre envisage d'interdire les écrans » (au conditionnel aussi : « la Chine
  // envisagerait d'interdire »), « menace de sanctions », « veut
  // interdire », « prévoit d'interdire » (pas « la loi prévoit des sanctions » : une disposition en vigueur), « propose d'imposer des sanctions », « un projet de loi visant à interdire le glyphosate », « l'Iran risque de nouvelles sanctions »
  proposedBefore: new RegExp(`(?:(?<![${LETTER}])(?:envisag(?:e|ent|eait|eaient|é|er|eant|erait|eraient)|propos(?:e|ent|é|ait|aient|er|ant|erait|eraient)|menac(?:e|ent|é|ait|aient|er|ant|erait|eraient)|souhait(?:e|ent|é|ait|aient|er|erait|eraient)|veu(?:t|lent)|voulait|voulaient|voudrai(?:t|ent)|vouloir|entend(?:ent|ait)?|compt(?:e|ent|ait)|projett?(?:e|ent)|réclam(?:e|ent|é|ait|er)|demand(?:e|ent|é|ait|er)|appel(?:le|lent|é|ait)\\s+à|plaid(?:e|ent|é|er)\\s+pour|étudi(?:e|ent)|réfléchi(?:t|ssent)\\s+à|pourrai(?:t|ent)|pourra|pourront|devrai(?:t|ent)|risqu(?:e|ent|ait|aient)|s${APOS}\\s*expos(?:e|ent))\\s*(?:d${APOS}\\s*|de\\s+|à\\s+)?(?:être\\s+)?(?:(?:imposer|instaurer|adopter|décréter|prendre|mettre\\s+en\\s+place|infliger)\\s+)?|(?<![${LETTER}])(?:prévoi(?:t|ent)|prévoyai(?:t|ent))\\s+(?:d${APOS}\\s*|de\\s+)(?:(?:imposer|instaurer|adopter|décréter|prendre|mettre\\s+en\\s+place|infliger)\\s+)?|(?<![${LETTER}])(?:projet|proposition|avant-projet)\\s+de\\s+(?:loi|décret|directive|règlement|résolution)\\s+(?:[${LETTER}${"'’"}-]+\\s+){0,3}?(?:visant\\s+à|vis(?:e|ent|ait|aient)\\s+à|pour|qui\\s+(?:vise|prévoit|prévoirait)\\s+(?:d${APOS}|de|à))\\s*)${MODIFIERS}$`, 'iu'),
  // une négation ou un projet avant la levée la laisse en vigueur : « refuse de lever les sanctions », « n'a pas levé », « envisage de lever »
  notYetBefore: new RegExp(`(?:(?<![${LETTER}])(?:demand|réclam|exhort|appel|invit|somm|press)[${LETTER}]{0,6}\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){0,4}?(?:de|d${APOS}|à)\\s*$)|(?:(?<![${LETTER}])(?:pas|doi(?:t|vent)|devrai(?:t|ent)|faut|faudrait|jamais|refus(?:e|ent|é|ait)\\s+de|envisag(?:e|ent|é)\\s+de|propos(?:e|ent|é)\\s+de|veu(?:t|lent)|pourrai(?:t|ent)|pourra|pourront|devrai(?:t|ent)|va|vont|demand(?:e|ent|é)|réclam(?:e|ent|é)|appel(?:le|lent|é)\\s+à|menac(?:e|ent|é)\\s+de))\\s*(?:[${LETTER}]+\\s+)?$`, 'iu'),
  // 'restrictions/fr/mention-subject-before' : le nom ouvre sa proposition ou suit une conjonction (« que les sanctions »), avec au
  // plus un déterminant et deux modificateurs
  subjectBefore: new RegExp(`(?:^|(?<![${LETTER}])(?:que|qu${APOS}|et|mais|car|puisque|comme|si|selon\\s+(?:lui|elle|eux)|estime\\s+que)\\s*)(?:(?:les|la|le|l${APOS}|ces|cette|ce|leurs?|ses|son|sa|des|nouvelles)\\s*)?(?:[${UPPER}][${LETTER}${DIGIT}'’.-]*\\s+){0,2}$`, 'u'),
  // 'restrictions/fr/mention-effect-after' : le prédicat du nom est un effet : « Les sanctions pèsent sur l'économie russe », « les
  // sanctions occidentales ont affaibli le rouble », « l'embargo n'a pas eu d'effet »
  effectAfter: new RegExp(`^(?:${EFFECT_GAP_WORD}){0,5}?\\s+(?:(?:${EFFECT_AUX})\\s*){0,3}(?:${EFFECT_VERB})(?![${LETTER}-])`, 'iu'),
  // 'restrictions/fr/noun-trigger' : un nom de restriction (l'acteur qui le suit ou le précède l'impose : « les sanctions de Washington »)
  nounTrigger: new RegExp(`^(?:interdictions?|sanctions?|restrictions?|embargos?|limitations?|plafonds?|quotas?|moratoires?|couvre-feux?|blocus|droits\\s+de\\s+douane)(?![${LETTER}])`, 'iu'),
  // 'restrictions/fr/reaction-before' : un verbe de réaction entre le sujet et le nom : « la Chine a condamné les restrictions américaines »
  // 'restrictions/fr/status-proposed-trigger' : « Washington menace Ankara de sanctions » (restrictions/fr/menacer-de-sanctions), un
  // conditionnel : « Le Danemark a annoncé qu'il interdirait les téléphones portables »
  // « Les États-Unis imposeront des droits de douane … à moins qu'ils ne limitent l'immigration » : une restriction future sous
  // condition est une menace (restrictions/status-conditional-threat)
  conditionalThreat: {
    condition: new RegExp(`^(?:à\\s+moins|sauf\\s+si)(?![${LETTER}])`, 'iu'),
    future: new RegExp(`(?:(?<![${LETTER}])(?:va|vont|allait|allaient)\\s+[${LETTER}]+(?:er|ir|re)|(?<![${LETTER}])[${LETTER}]{1,20}(?:era|eront|ira|iront|dra|dront)(?![${LETTER}]))(?:\\s+[^\\s.;:!?]+){0,6}$`, 'iu'),
  },
  proposedTrigger: new RegExp(`^(?:menac(?:e|ent|é|ait|aient|ant|era|eront)|[${LETTER}]{3,20}(?:rait|raient))(?![${LETTER}])`, 'iu'),
  // 'restrictions/fr/status-ended-until' : « L'homosexualité était illégale en Grande-Bretagne jusqu'en 1967 », « L'alcool fut
  // interdit jusqu'à la fin de 1933 »
  endedUntil: new RegExp(`^[^.;:!?]{0,60}?(?<![${LETTER}])jusqu['’]\\s*(?:en|à|au)\\s+(?:la\\s+fin\\s+(?:de\\s+|d['’]\\s*)?)?(?:l['’]\\s*année\\s+)?(?:[${DIGIT}]{1,2}(?:er)?\\s+[${LETTER}]{3,9}\\s+)?(?:1[5-9][${DIGIT}]{2}|20[${DIGIT}]{2})(?![${DIGIT}])`, 'iu'),
  pastMarker: new RegExp(`(?<![${LETTER}])(?:était|étaient|fut|furent|avait\\s+été|avaient\\s+été|alors|autrefois|jadis)(?![${LETTER}])`, 'iu'),
  reactionBetween: new RegExp(`(?<![${LETTER}])(?<!(?:été|est|sont|était|étaient|être)\\s{1,3})(?:condamn(?:e|ent|é|ait|er)|critiqu(?:e|ent|é|ait|er)|dénonc(?:e|ent|é|ait|er)|dénonçait|protest(?:e|ent|é|ait|er)\\s+contre|s['’]\\s*oppos(?:e|ent|ait)|contest(?:e|ent|é|ait|er)|fustig(?:e|ent|é|eait|er)|répliqu(?:e|ent|é|er)\\s+(?:à|aux)|ripost(?:e|ent|é|er)\\s+(?:à|aux)|salu(?:e|ent|é|ait|er)|déplor(?:e|ent|é|ait|er)|se\\s+plaint|contourn(?:e|ent|é|er)|viol(?:e|ent|é|er)|enfreint|enfreignent)(?![${LETTER}])`, 'iu'),
};
