/**
 * English cues for the status of a restriction (lifted, eased, proposed),
 * for the imposer of a restriction noun, and for a restriction noun that is
 * only the subject of an effect ("the sanctions will hurt the economy").
 * Compiled from English news usage: "lifted the ban on", "the lifting of
 * sanctions", "sanctions were lifted", "eased restrictions", "plans to ban",
 * "threatened to impose sanctions", "a bill to ban", "could face sanctions".
 *
 * Every regex is non-global, unicode, case-insensitive, anchored at one end
 * and tested on a bounded slice (at most {@link STATUS_WINDOW} code units of
 * `restriction-status.ts`), with bounded repetitions of unambiguous words:
 * linear in the slice.
 *
 * @module
 */
import type { RestrictionStatusLexicon } from '../../extractors/restriction-status.js';
import { DIGIT, LETTER, UPPER } from '../../text/char-classes.js';

/** Up to two determiners and two modifiers (no preposition or conjunction) between a cue and the restriction noun: "the", "a decade-old", "US", "all remaining". */
const MODIFIERS = `(?:(?:the|a|an|its|their|his|her|our|all|some|most|many|several|these|those|this|that|remaining|existing|partial|parts?\\s+of\\s+the)\\s+){0,2}(?:(?!(?:on|of|in|at|to|for|with|without|by|from|and|or|but|that|which|who|after|before|over|into|as)\\s)[${LETTER}${DIGIT}'’.-]+\\s+){0,2}`;

/** A word of a lifted text's noun phrase: no punctuation, conjunction, relative or auxiliary ("Florida's", "executive", "2019"). */
const TEXT_WORD = `(?!(?:and|but|or|then|that|which|who|is|was|were|are|has|have|had|will|would|to)(?![${LETTER}]))[^\\s,;:.!?()"“”«»]{1,30}`;

/** Auxiliaries, modals and adverbs before an effect verb: "would", "have already", "are likely to". */
const EFFECT_AUX = "will|would|could|may|might|can|should|did|do|does|have|has|had|are|were|is|was|be|been|continue\\s+to|continues\\s+to|began\\s+to|begin\\s+to|started\\s+to|appear\\s+to|appears\\s+to|seem\\s+to|seems\\s+to|likely\\s+to|unlikely\\s+to|also|already|not|n['’]t|only|further|still|hardly|barely|badly|severely|really";
/** Effect verbs after an auxiliary (base forms and participles): "hurt", "hit", "weigh on", "have little effect". */
const EFFECT_BASE = "hurt|hurting|hit|hitting|harm(?:ed|ing)?|damag(?:e|ed|ing)|weigh(?:ed|ing)?|cost|costing|affect(?:ed|ing)?|crippl(?:e|ed|ing)|bit(?:e|ten|ing)|squeez(?:e|ed|ing)|slow(?:ed|ing)?|weaken(?:ed|ing)?|hamper(?:ed|ing)?|hobbl(?:e|ed|ing)|strangl(?:e|ed|ing)|work(?:ed|ing)?|fail(?:ed|ing)?|backfir(?:e|ed|ing)|help(?:ed|ing)?|boost(?:ed|ing)?|benefit(?:ed|ted|ing)?|had\\s+(?:a|an|little|no|some|any)|have\\s+(?:a|an|little|no|some|any)|take\\s+a\\s+toll|taken\\s+a\\s+toll|ineffective|counterproductive|drive|driven|push\\s+up|pushed\\s+up|fuel(?:led|ed|ing)?|lead\\s+to|led\\s+to|contribut(?:e|ed)\\s+to|caus(?:e|ed|ing)|force|forced|prompt(?:ed)?|disrupt(?:ed|ing)?|worsen(?:ed)?|depress(?:ed)?|spark(?:ed)?";
/** Finite effect verbs with no auxiliary: "The sanctions hit exports", « pèsent ». No bare "work"/"help": also nouns. */
const EFFECT_FINITE = "hurt|hurts|hit|hits|harms|harmed|damages|damaged|weighs|weighed|costs|cost|affects|affected|cripples|crippled|bites|bit|squeezes|squeezed|slows|slowed|weakens|weakened|hampers|hampered|hobbles|hobbled|strangles|strangled|worked|failed|fails|backfired|backfires|helped|boosted|benefited|benefitted|has\\s+(?:a|an|little|no|some|any)|have\\s+(?:a|an|little|no|some|any)|had\\s+(?:a|an|little|no|some|any)|took\\s+a\\s+toll|drove|drives|pushed\\s+up|fuelled|fueled|fuels|led\\s+to|leads\\s+to|contributed\\s+to|caused|causes|forced|forces|prompted|disrupted|worsened|depressed|sparked";

/** The English status lexicon consumed by `readRestriction`. */
export const EN_RESTRICTION_STATUS: RestrictionStatusLexicon = {
  // 'restrictions/en/lifted-anaphor' (fourth new-user trial): "banned ChatGPT in March but lifted the ban in April", "It lifted that block
  // on Friday", "revoked the suspension last week" — a bare definite or demonstrative noun, no complement but a date after it
  liftedAnaphor: new RegExp(`(?<![${LETTER}])(?:lift(?:s|ed)?|end(?:s|ed)|scrap(?:s|ped)|revok(?:e|es|ed)|rescind(?:s|ed)?|repeal(?:s|ed)?|overturn(?:s|ed)?|revers(?:e|es|ed)|withdr(?:ew|aws?)|remov(?:e|es|ed)|dropp?(?:s|ed))\\s+(?:the|that|this|its|these|those|their)\\s+(?:(?:temporary|earlier|controversial|nationwide|previous|recent|new)\\s+)?(ban|block|prohibition|embargo|sanctions?|restrictions?|suspension|freeze|curbs?)(?![${LETTER}])(?!\\s+(?:on|against|of|targeting|imposed|over|for)\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|[${DIGIT}])))`, 'giu'),
  // 'restrictions/en/status-lifted-before': "The government lifted the ban on TikTok", "Congress repealed the ban", "the lifting of
  // sanctions", "put an end to the embargo", "a court struck down the ban", "the end of the curfew"
  liftedBefore: new RegExp(`(?<![${LETTER}])(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|scrap(?:s|ped|ping)?|repeal(?:s|ed|ing)?|overturn(?:s|ed|ing)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|strik(?:e|es|ing)\\s+down|struck\\s+down|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|drop(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|annul(?:s|led|ling)?|invalidat(?:e|es|ed|ing)|put\\s+an\\s+end\\s+to|(?:lifting|end|repeal|removal|scrapping|overturning|annulment)\\s+of)\\s+${MODIFIERS}$`, 'iu'),
  // 'restrictions/en/status-lifted-text': a text that restricts, struck down, blocked or annulled: "A federal judge struck down
  // Florida's law banning drag shows", "the court blocked the Texas law restricting abortion", "a judge temporarily blocked
  // President Trump's executive order barring refugees", "struck down a Tennessee law that bans drag shows", "the repeal of
  // the law banning…" (group 1: the text's noun phrase; its words hold no conjunction or auxiliary — "suspended the rule and
  // banned…" is two facts)
  liftedTextBefore: new RegExp(`(?<![${LETTER}])(?:str(?:uck|ike|ikes|iking)\\s+down|overturn(?:s|ed|ing)?|block(?:s|ed|ing)?|annul(?:s|led|ling)?|suspend(?:s|ed|ing)?|invalidat(?:e|es|ed|ing)|halt(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|vacat(?:e|es|ed|ing)|void(?:s|ed|ing)?|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|lift(?:s|ed|ing)?|(?:repeal|annulment|suspension|overturning|invalidation|revocation|lifting)\\s+of)\\s+((?:${TEXT_WORD}\\s+){0,5}?(?:laws?|(?:executive\\s+)?orders?|rules?|decrees?|polic(?:y|ies)|ordinances?|measures?|regulations?|statutes?|acts?|legislation|directives?|provisions?|mandates?)(?:\\s+${TEXT_WORD}){0,4}?)\\s+(?:(?:that|which)\\s+)?$`, 'iu'),
  // 'restrictions/en/status-eased-before': "The EU eased sanctions on Syria", "relaxed the restrictions", "the easing of curbs"
  easedBefore: new RegExp(`(?<![${LETTER}])(?:eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|roll(?:s|ed|ing)?\\s+back|soften(?:s|ed|ing)?|(?:easing|relaxation|loosening|softening)\\s+of)\\s+${MODIFIERS}$`, 'iu'),
  // 'restrictions/en/status-lifted-after': "Sanctions on Iran were lifted", "the ban has been overturned" (an auxiliary is required:
  // "a ban on imports and removed tariffs" is no lifting);
  // a future ("will be lifted") only announces a lifting: the restriction is still in force
  liftedAfter: new RegExp(`^((?:\\s+(?!(?:that|which|who|but|if|when|because)(?![${LETTER}]))[^\\s.;:!?,]+){0,10}?)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|got)\\s+(?:[${LETTER}]+ly\\s+)?(?:lifted|repealed|scrapped|overturned|revoked|rescinded|struck\\s+down|removed|waived|annulled|dropped)(?![${LETTER}])`, 'iu'),
  // 'restrictions/en/status-eased-after': "restrictions were eased on Monday"
  easedAfter: new RegExp(`^((?:\\s+(?!(?:that|which|who|but|if|when|because)(?![${LETTER}]))[^\\s.;:!?,]+){0,10}?)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:[${LETTER}]+ly\\s+)?(?:eased|relaxed|loosened|rolled\\s+back|softened)(?![${LETTER}])`, 'iu'),
  // 'restrictions/en/status-proposed-before': "The White House plans to ban TikTok", "Washington threatened to impose sanctions on",
  // "proposed a ban on", "calls for a ban", "a bill to ban", "legislation that would ban", "Iran could face new sanctions"
  proposedBefore: new RegExp(`(?:(?<![${LETTER}])(?:plan(?:s|ned|ning)?|propos(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|intend(?:s|ed)?|considering|consider(?:s|ed)?\\s+imposing|weighing|mull(?:s|ed|ing)?|(?:threat|risk|prospect)\\s+of|call(?:s|ed|ing)?\\s+for|push(?:es|ed|ing)?(?:\\s+for)?|(?:expected|likely|poised|set)\\s+to|urg(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|(?:could|may|might)\\s+(?:face|be\\s+hit\\s+with)|fac(?:es|ing)|risk(?:s|ed|ing)?)\\s+(?:to\\s+)?(?:(?:impose|introduce|adopt|enact|slap|put|place|extend|issue|seek)\\s+)?|(?<![${LETTER}])(?:bill|proposal|draft\\s+law|draft|legislation|motion|amendment|initiative)\\s+(?:that\\s+would\\s+|which\\s+would\\s+|to\\s+|aimed\\s+at\\s+|(?:aims|aimed|aiming|seeks|sought|seeking)\\s+to\\s+)?(?:(?:impose|introduce)\\s+)?|(?<![${LETTER}])(?:would|could|might|may)\\s+(?:also\\s+|effectively\\s+|soon\\s+)?)${MODIFIERS}$`, 'iu'),
  // a negation or plan before a lifting cue keeps the restriction in force: "refused to lift the ban", "plans to lift sanctions",
  // "did not lift", "will lift"
  notYetBefore: new RegExp(`(?:(?<![${LETTER}])(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\\s+on|press(?:es|ed|ing)?|push(?:es|ed|ing)?|want(?:s|ed)?)\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){0,4}?to\\s+$)|(?<![${LETTER}])(?:not|never|should|must|ought\\s+to|demand(?:s|ed|ing)?|n['’]t|refus(?:e|es|ed|ing)\\s+to|declin(?:e|es|ed|ing)\\s+to|plan(?:s|ned)?\\s+to|will|would|could|may|might|wants?\\s+to|seeks?\\s+to|calls?\\s+for|called\\s+for|consider(?:s|ed|ing)?|threat(?:en|ens|ened)\\s+to|urg(?:e|es|ed)|propos(?:e|es|ed)\\s+(?:to\\s+)?)\\s+(?:[${LETTER}]+\\s+)?$`, 'iu'),
  // 'restrictions/en/mention-subject-before': the restriction noun begins its clause or follows a complementiser ("…said the
  // sanctions", "that the ban"), with at most a determiner and two modifiers ("Western", "Washington's")
  subjectBefore: new RegExp(`(?:^|(?<![${LETTER}])(?:that|and|but|because|although|though|while|since|whether|said|says|say|warned|argued|insisted|believe|believes|think|thinks)\\s+)(?:(?:the|these|those|such|its|their|new|proposed|planned|possible|potential|threatened|western|us|u\\.s\\.|eu|un|american|european|international|economic|current|existing|tough|tougher|latest|[${UPPER}][${LETTER}${DIGIT}'’.-]*)\\s+){0,3}$`, 'u'),
  // 'restrictions/en/mention-effect-after': the noun's predicate is an effect, not a restriction: "the sanctions would hurt the
  // economy", "The sanctions will hit exports hard", "sanctions on Russia have had little effect", "the ban has cost jobs"
  effectAfter: new RegExp(`^(?:\\s+(?!(?:that|which|who|whom|whose|and|or|but|to|if|when|because|as|imposed|announced|introduced)(?![${LETTER}]))[^\\s.;:!?,]+){0,5}?\\s+(?:(?:${EFFECT_AUX})\\s+){1,3}(?:${EFFECT_BASE})(?![${LETTER}-])|^(?:\\s+(?!(?:that|which|who|whom|whose|and|or|but|to|if|when|because|as|imposed|announced|introduced)(?![${LETTER}]))[^\\s.;:!?,]+){0,5}?\\s+(?:${EFFECT_FINITE})(?![${LETTER}-])`, 'iu'),
  // 'restrictions/en/noun-trigger': the trigger is a restriction noun ("sanctions", "US curbs" → "curbs"), not a verb
  nounTrigger: new RegExp(`^(?:bans?|sanctions?|curbs?|restrictions?|embargo(?:es)?|limits?|caps?|quotas?|moratori(?:um|a)|curfews?|tariffs?|duties|export\\s+controls?|(?:arms|oil|trade|weapons|economic|import|export|grain|gas)\\s+embargo(?:es)?|(?:travel|trade|export|import|visa|border|entry|investment|new|tough|tougher|strict|stricter|sweeping)\\s+restrictions|prohibition)(?![${LETTER}])`, 'iu'),
  // 'restrictions/en/reaction-before': a verb of reaction between the clause's subject and the noun: the subject reacts to the
  // restriction, it does not impose it ("China condemned US curbs on…", "Moscow retaliated against the sanctions")
  // 'restrictions/en/status-proposed-trigger': "Washington threatened Ankara with sanctions" (restrictions/en/threaten-with)
  // "Washington will impose tariffs … unless they curb migration": a future restriction on a condition is a threat
  // (restrictions/status-conditional-threat)
  conditionalThreat: {
    condition: new RegExp(`^(?:unless|if\\s+(?:[${LETTER}'’.-]+\\s+){1,3}?(?:do|does|did)\\s+not)(?![${LETTER}])`, 'iu'),
    future: new RegExp(`(?<![${LETTER}])(?:will|shall|['’]ll|(?:is|are)\\s+going\\s+to)\\s+(?:(?:also|then|soon|now|immediately)\\s+)?[${LETTER}]+(?:\\s+[^\\s.;:!?]+){0,6}$`, 'iu'),
  },
  proposedTrigger: new RegExp(`^threat(?:en|ens|ened|ening)(?![${LETTER}])`, 'iu'),
  // 'restrictions/en/status-ended-until': "Abortion was illegal in Ireland until 2018", "Alcohol was banned until the end of 1933"
  endedUntil: new RegExp(`^[^.;:!?]{0,60}?(?<![${LETTER}])(?:until|till)\\s+(?:(?:the\\s+)?end\\s+of\\s+)?(?:[${UPPER}][${LETTER}]{2,9}\\s+)?(?:[${DIGIT}]{1,2},?\\s+)?(?:1[5-9][${DIGIT}]{2}|20[${DIGIT}]{2})(?![${DIGIT}])`, 'iu'),
  pastMarker: new RegExp(`(?<![${LETTER}])(?:was|were|had\\s+been|then|once|used\\s+to\\s+be)(?![${LETTER}])`, 'iu'),
  reactionBetween: new RegExp(`(?<![${LETTER}])(?<!(?:been|was|were|is|are|be|being|get|got)\\s{1,3})(?:condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|protest(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|challeng(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|retaliat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|deplor(?:e|es|ed|ing)|complain(?:s|ed|ing)?|su(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|defie[sd]|defy(?:ing)?|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|hit\\s+back|responded\\s+to|reacted\\s+to)(?![${LETTER}])`, 'iu'),
};
