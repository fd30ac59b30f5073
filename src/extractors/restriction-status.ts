/**
 * Reading a restriction found by `restrictions.ts` in its sentence: is it in
 * force, lifted, eased or only proposed; which phrase is the restricted
 * thing; is the clause's subject its author; and is the restriction noun
 * only the subject of an effect (a mention, not a restriction).
 *
 * How news tells the status of a restriction, and how the rules follow it:
 * 1. A lifting verb or noun governs the restriction noun: "The government
 *    lifted the ban on TikTok", "the lifting of sanctions", « a levé
 *    l'interdiction », « la levée des sanctions » → `lifted`; an easing one
 *    ("eased sanctions", « assoupli les restrictions ») → `eased`. A
 *    negation or a plan before that verb ("refused to lift", « envisage de
 *    lever ») leaves the restriction `active`.
 * 2. A passive lifting predicate follows the noun: "Sanctions on Iran were
 *    lifted", « Les sanctions contre l'Iran ont été levées » → `lifted`, and
 *    the action stops before the predicate.
 * 3. A plan, threat, call or bill governs it: "plans to ban", "threatened to
 *    impose sanctions", "a bill to ban", "could face sanctions", « envisage
 *    d'interdire », « menace de sanctions », « projet de loi visant à
 *    interdire » → `proposed`. Anything else is `active`.
 * 4. A restriction noun that opens its clause and whose predicate is an
 *    effect ("the sanctions would hurt the economy", « Les sanctions pèsent
 *    sur l'économie ») tells of an existing restriction, not a new one: the
 *    gold convention (`../shared/gold/README.md`) leaves such re-mentions
 *    out, so the candidate is dropped.
 * 5. A subject that reacts to a restriction ("China condemned US curbs on…",
 *    « la Chine a dénoncé les sanctions ») does not impose it.
 *
 * Offsets are UTF-16 code units into the document text, end exclusive. Each
 * test runs one anchored regex of the language's lexicon
 * (`src/lexicon/{en,fr}/restriction-status.ts`) on a slice of at most
 * {@link STATUS_WINDOW} code units around the trigger: constant work per
 * restriction.
 *
 * @module
 */
import type { ActorKind, Draft, Language, Restriction, RestrictionStatus, Span } from '../types.js';
import type { ActorIndex } from './actor-index.js';
import { makeSpan } from '../text/span.js';
import { EN_RESTRICTION_STATUS } from '../lexicon/en/restriction-status.js';
import { FR_RESTRICTION_STATUS } from '../lexicon/fr/restriction-status.js';
import { DIGIT, LETTER } from '../text/char-classes.js';

/** An English object pronoun inside a trigger ("barring it from", "ordered them to"). */
const PRONOUN_IN_TRIGGER = new RegExp(`(?<![${LETTER}])(?:it|them|him|her)(?![${LETTER}])`, 'iu');
/** A French clitic object right before a trigger (« , lui interdisant », « , les empêchant »). */
const CLITIC_BEFORE = /(?:^|[\s,])(?:lui|leur|les|la|le|l['’])[ \u00a0]{0,3}$/iu;

/**
 * True when the trigger in [ts, te) has a pronoun object — an English pronoun inside it or a French clitic right before it —
 * that stands for an actor named earlier (restrictions/<lang>/participle-clause).
 */
export function pronounObject(text: string, ts: number, te: number): boolean {
  return PRONOUN_IN_TRIGGER.test(text.slice(ts, te)) || CLITIC_BEFORE.test(text.slice(Math.max(0, ts - 8), ts));
}

/**
 * Per-language cues; see `src/lexicon/{en,fr}/restriction-status.ts`. All
 * regexes are non-global; `…Before` ones are anchored at their end and
 * tested on the text just before the trigger, `…After` ones anchored at
 * their start and tested on the text just after it.
 */
export interface RestrictionStatusLexicon {
  /** A lifting cue governing the restriction ("lifted the ", « a levé l' »). */
  liftedBefore: RegExp;
  /**
   * A lifting verb or noun governing a text (law, order, decree, « arrêté ») whose participle or relative clause is the
   * restriction, anchored at the end, just before the restricting trigger: "A federal judge struck down Florida's law |
   * banning drag shows", « Le Conseil d'État a annulé l'arrêté | interdisant le burkini ». Group 1 is the text's noun
   * phrase: its author, when named in it ("Florida's law"), imposed the restriction.
   */
  liftedTextBefore: RegExp;
  /** An easing cue governing it ("eased ", « assoupli les »). */
  easedBefore: RegExp;
  /** A passive lifting predicate after the noun; group 1 is the gap before it (" on Iran" in "Sanctions on Iran were lifted"). */
  liftedAfter: RegExp;
  /** A passive easing predicate after the noun; group 1 as in {@link liftedAfter}. */
  easedAfter: RegExp;
  /** A plan, threat, call or bill governing it ("plans to ", « envisage d' »). */
  proposedBefore: RegExp;
  /** A negation or plan just before a lifting cue: the restriction stays in force ("refused to ", « envisage de »). */
  notYetBefore: RegExp;
  /** The noun stands as a clause subject: clause start or complementiser, then a determiner and at most two modifiers. */
  subjectBefore: RegExp;
  /** The noun's predicate is an effect ("would hurt", « pèsent »), after a short complement. */
  effectAfter: RegExp;
  /** Anchored at the start of the trigger's text: the trigger is a restriction noun, not a verb. */
  nounTrigger: RegExp;
  /** A verb of reaction to a restriction ("condemned", « a dénoncé »), tested between the subject and the noun. */
  reactionBetween: RegExp;
  /**
   * Optional, anchored at the start of the trigger's text: the trigger itself says the restriction is only planned or threatened — a
   * threat verb opening it ("threatened Ankara with sanctions", « menace Ankara de sanctions ») or a French conditional (« qu'il
   * interdirait les téléphones ») → `proposed` (restrictions/status-proposed-trigger).
   */
  proposedTrigger?: RegExp;
  /**
   * Optional, tested on the restriction's condition and on the text around its trigger: a threat on a condition — a future restriction
   * ("will impose", « imposeront ») bounded by "unless" / « à moins que » is threatened, not in force (sanctions and prohibitions only:
   * "Masks will be mandatory unless an exemption applies" is a rule with its exception): "Washington will impose tariffs of
   * 25% on steel from Canada and Mexico unless they curb migration" → `proposed` (restrictions/status-conditional-threat). `condition`
   * anchored at the condition's start; `future` anchored at its end, on the text before the trigger and the trigger itself.
   */
  conditionalThreat?: { condition: RegExp; future: RegExp };
  /**
   * Optional, anchored at the start of the text after the trigger: a bound in time, a year, that the restriction lasted until
   * ("… in Ireland until 2018", « … jusqu'en 1967 »). With {@link pastMarker}, the restriction has ended → `lifted`
   * (restrictions/status-ended-until).
   */
  endedUntil?: RegExp;
  /**
   * Optional, tested on the trigger and the 16 code units before it (the copula or auxiliary of the trigger, not the tense of
   * another clause): a past tense or a "then" that puts the restriction in the
   * past ("was illegal", "then illegal", « était interdite », « alors illégale »; not a present perfect: "has been banned until
   * 2030" is still in force).
   */
  pastMarker?: RegExp;
  /**
   * Optional, global: a lifting verb whose object is a bare definite or demonstrative restriction noun with no complement of its own
   * — "lifted the ban in April", "It lifted that block on Friday", « Elle a levé cette interdiction le 3 septembre »: the lifting of a
   * restriction told before it, in its sentence or the one before (restrictions/<lang>/lifted-anaphor). Not "lifted the ban on TikTok"
   * (a complement: a restriction of its own, lifted). Group 1 is the restriction noun.
   */
  liftedAnaphor?: RegExp;
}

const LEXICONS: Record<Language, RestrictionStatusLexicon> = { en: EN_RESTRICTION_STATUS, fr: FR_RESTRICTION_STATUS };

/** Code units read on each side of a trigger. */
export const STATUS_WINDOW = 120;
/** Code units read before a lifting cue for a negation or a plan. */
const NOT_YET_WINDOW = 40;
/** Actor kinds that impose or undergo restrictions (as in `restrictions.ts`). */
const AGENT_KINDS: readonly ActorKind[] = ['organization', 'government', 'person', 'group', 'place'];

/** Where a restriction's trigger stands: what {@link readRestriction} needs of the extractor's candidate. */
export interface TriggerPlace {
  sentence: Span;
  triggerStart: number;
  triggerEnd: number;
  /** Start of the evidence (the clause start, or the trigger). */
  start: number;
  /** The rule's action is the text after the trigger (false for conditions and clause-start rules). */
  actionAfterTrigger: boolean;
  /** The rule's voice: only an active trigger's subject imposes. */
  active: boolean;
  /** The trigger holds the restricted party ("barred X from"): its actors, or none, are the ones restricted. */
  partyInTrigger?: boolean;
}

/** A draft restriction before its status is read. */
export type UnreadRestriction = Omit<Draft<Restriction>, 'status'>;

/**
 * True when the trigger is a restriction noun that only stands as the
 * subject of an effect (rule 4 of the module doc): "Russian officials denied
 * that the sanctions would hurt the economy", « Les sanctions pèsent sur
 * l'économie russe ». The caller drops such a candidate.
 *
 * @param text the document text.
 * @param place the trigger, its sentence and its evidence start.
 * @param language selects the cues.
 */
export function isEffectMention(text: string, place: TriggerPlace, language: Language): boolean {
  const lex = LEXICONS[language] ?? EN_RESTRICTION_STATUS;
  const { sentence, triggerStart: ts, triggerEnd: te } = place;
  if (!lex.nounTrigger.test(text.slice(ts, te))) return false;
  // the clause start is known only when the evidence starts before the trigger, or when the trigger opens its sentence
  // ("Tariffs on consumer products hit customers directly"); otherwise a marker stops `^` from matching
  const from = Math.max(sentence.start, ts - 60);
  const before = ts === sentence.start ? '' : place.start < ts && place.start >= from ? text.slice(place.start, ts) : `\u0000 ${text.slice(from, ts)}`;
  if (!lex.subjectBefore.test(before)) return false;
  return lex.effectAfter.test(text.slice(te, Math.min(sentence.end, te + STATUS_WINDOW)));
}

/** Where a lifted text's cue and noun phrase stand (see {@link liftedTextCue}); offsets in `text`. */
export interface LiftedTextCue {
  /** Start of the lifting verb or noun. */
  start: number;
  /** The text's noun phrase ("Florida's law", « l'arrêté du maire »). */
  npStart: number;
  npEnd: number;
}

/**
 * A court or authority that annuls, strikes down, blocks or suspends a text that restricts lifts that restriction: "A
 * federal judge struck down Florida's law banning drag shows", « Le Conseil d'État a annulé l'arrêté interdisant le
 * burkini » (restrictions/<lang>/status-lifted-text). Returns the cue and the text's noun phrase before the trigger, or
 * null (also when a negation or a plan stands before the cue: "refused to strike down the law banning…" leaves it in force).
 *
 * @param text the document text.
 * @param place the restricting trigger ("banning", « interdisant ») and its sentence.
 * @param language selects the cues.
 */
export function liftedTextCue(text: string, place: Pick<TriggerPlace, 'sentence' | 'triggerStart'>, language: Language): LiftedTextCue | null {
  const lex = LEXICONS[language] ?? EN_RESTRICTION_STATUS;
  const from = Math.max(place.sentence.start, place.triggerStart - STATUS_WINDOW);
  const m = lex.liftedTextBefore.exec(text.slice(from, place.triggerStart));
  if (!m || m[1] === undefined) return null;
  const start = from + m.index;
  if (lex.notYetBefore.test(text.slice(Math.max(place.sentence.start, start - NOT_YET_WINDOW), start))) return null;
  const npStart = from + m.index + m[0].indexOf(m[1]);
  return { start, npStart, npEnd: npStart + m[1].length };
}

/** Where a {@link RestrictionStatusLexicon.liftedAnaphor} lifting stands: offsets in the text, end exclusive. */
export interface LiftedAnaphor {
  start: number;
  end: number;
}

/**
 * The liftings of an earlier restriction by an anaphoric noun in `text` (restrictions/<lang>/lifted-anaphor): "banned ChatGPT in March
 * but lifted the ban in April", "The regulator blocked the deal in April. It lifted that block on Friday." — each match of the
 * language's `liftedAnaphor` not preceded (within {@link NOT_YET_WINDOW} code units) by a negation or a plan ("refused to lift the
 * ban", « envisage de lever cette interdiction »). One linear scan; [] for a language without the pattern.
 *
 * @param text the document text.
 * @param language selects the cues.
 */
export function liftedAnaphors(text: string, language: Language): LiftedAnaphor[] {
  const re = (LEXICONS[language] ?? EN_RESTRICTION_STATUS).liftedAnaphor;
  if (!re) return [];
  const notYet = (LEXICONS[language] ?? EN_RESTRICTION_STATUS).notYetBefore;
  const out: LiftedAnaphor[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (notYet.test(text.slice(Math.max(0, m.index - NOT_YET_WINDOW), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A connective ending an action cut before a lifting: "ChatGPT in March, then" → "ChatGPT in March" (bounded: its last 16 code units). */
// (it starts at the first character of its run: an anchored run retried at every space of a long space run is quadratic)
const TRAILING_CONNECTIVE = /(?<![\s,;])[\s,;]+(?:(?:and|but|then|and\s+then|et|mais|puis|et\s+puis|avant\s+de)[\s,]*)?$/iu;

/**
 * `action` cut before `cut` (a lifting told in it: "ChatGPT in March, then | lifted the ban in April") and tidied like a restricted
 * thing: no trailing connective, date or dangling preposition — "ChatGPT" (restrictions/<lang>/lifted-anaphor). `action` when `cut` is
 * not in it past its start.
 *
 * @param action the restriction's action.
 * @param cut the lifting's text.
 * @param language selects the date and preposition patterns.
 */
export function actionBeforeLifting(action: string, cut: string, language: Language): string {
  const at = action.indexOf(cut);
  if (at <= 0) return action;
  const head = action.slice(0, at);
  const tail = head.slice(-16);
  const m = TRAILING_CONNECTIVE.exec(tail);
  return tidyAction(m ? head.slice(0, head.length - tail.length + m.index) : head, language, false) || action;
}

/** Built once for {@link readRestriction} (character classes: text/char-classes.ts). */
const READ_RESTRICTION_RE = new RegExp(`^[${LETTER}${DIGIT}'’-]+`, 'u');

/**
 * Reads the status of a restriction and tidies its action and imposer
 * (rules 1–3 and 5 of the module doc).
 *
 * @param text the document text.
 * @param draft the restriction as the extractor built it.
 * @param place where its trigger stands.
 * @param language selects the cues.
 * @param actors linked actors (the clause's subject is looked up again for rule 5).
 * @returns the draft with `status`; `evidence` widened to a lifting or
 *   planning cue before it; `action` without a leading preposition ("on
 *   TikTok" → "TikTok"), a trailing date ("on Monday") or a lifting
 *   predicate (« contre l'Iran ont été levées » → « l'Iran »).
 */
export function readRestriction(text: string, draft: UnreadRestriction, place: TriggerPlace, language: Language, actors: ActorIndex): Draft<Restriction> {
  const lex = LEXICONS[language] ?? EN_RESTRICTION_STATUS;
  const { sentence, triggerStart: ts, triggerEnd: te } = place;
  const from = Math.max(sentence.start, ts - STATUS_WINDOW);
  const before = text.slice(from, ts);
  const after = text.slice(te, Math.min(sentence.end, te + STATUS_WINDOW));

  let status: RestrictionStatus = 'active';
  let cueStart = -1;
  let predicateAt = -1;
  let predicateEnd = -1;
  const liftedText = draft.kind === 'refusal' ? null : liftedTextCue(text, place, language);
  const lifted = liftedText ? null : lex.liftedBefore.exec(before);
  const eased = liftedText || lifted ? null : lex.easedBefore.exec(before);
  const cue = lifted ?? eased;
  if (liftedText) {
    status = 'lifted';
    cueStart = liftedText.start;
  } else if (cue) {
    cueStart = from + cue.index;
    const notYet = lex.notYetBefore.test(text.slice(Math.max(sentence.start, cueStart - NOT_YET_WINDOW), cueStart));
    status = notYet ? 'active' : lifted ? 'lifted' : 'eased';
  } else {
    const liftedAfter = lex.liftedAfter.exec(after);
    const easedAfter = liftedAfter ? null : lex.easedAfter.exec(after);
    const passive = liftedAfter ?? easedAfter;
    if (passive) {
      status = liftedAfter ? 'lifted' : 'eased';
      predicateAt = te + passive[1]!.length;
      predicateEnd = te + passive[0].length;
    } else if (lex.pastMarker?.test(text.slice(Math.max(sentence.start, ts - 16), te)) && lex.endedUntil?.test(after)) {
      // "Abortion was illegal in Ireland until 2018", « L'homosexualité était illégale … jusqu'en 1967 »: a restriction of the
      // past, bounded by a year, has ended (restrictions/status-ended-until)
      status = 'lifted';
    } else {
      const proposed = lex.proposedBefore.exec(before);
      if (proposed) {
        status = 'proposed';
        cueStart = from + proposed.index;
      } else if (lex.proposedTrigger?.test(text.slice(ts, te))) {
        status = 'proposed';
      } else if ((draft.kind === 'sanction' || draft.kind === 'prohibition') && draft.condition && lex.conditionalThreat && lex.conditionalThreat.condition.test(draft.condition)
        && lex.conditionalThreat.future.test(text.slice(from, te))) {
        // restrictions/status-conditional-threat
        status = 'proposed';
      }
    }
  }

  let evidence = draft.evidence;
  if (cueStart >= sentence.start && cueStart < evidence.start) evidence = makeSpan(text, cueStart, evidence.end);
  if (predicateEnd > evidence.end) evidence = makeSpan(text, evidence.start, Math.min(sentence.end, predicateEnd));

  let action = draft.action;
  const head = text.slice(te, te + action.length + 8);
  const noun = lex.nounTrigger.test(text.slice(ts, te));
  // (an opening quotation mark before the action was skipped by the extractor: `banned "TikTok"` → `TikTok"`)
  const headText = head.replace(HEAD_LEAD, '');
  if (place.actionAfterTrigger && action && headText.startsWith(action)) {
    const actionStart = te + head.length - headText.length;
    let actionEnd = actionStart + action.length;
    if (predicateAt > actionStart && predicateAt < actionEnd + STATUS_WINDOW) actionEnd = Math.min(actionEnd, predicateAt);
    // nothing left ("Les sanctions | ont été renforcées"): the trigger names the restriction
    action = tidyAction(makeSpan(text, actionStart, actionEnd).text, language, noun) || makeSpan(text, ts, te).text;
  }

  let imposedBy = draft.imposedBy;
  if (liftedText) {
    // the court that annuls the text does not impose its restriction; the text's author does, when its noun phrase names it
    // ("Florida's law", "President Trump's executive order", « l'arrêté de la mairie de Nice »)
    const author = actors.mentionsIn(liftedText.npStart, liftedText.npEnd, AGENT_KINDS)[0];
    imposedBy = author ? { id: author.actor.id, name: author.actor.name } : null;
  } else if (imposedBy && place.active && noun) {
    // "China condemned US curbs on…": the subject reacts to the restriction, it does not impose it (but "X was criticised
    // for its ban": a passive reaction, and "its" names X as the author)
    const subject = actors.nearestBefore(ts, sentence.start, AGENT_KINDS);
    const between = subject ? text.slice(subject.end, ts) : '';
    if (subject && subject.actor.id === imposedBy.id && lex.reactionBetween.test(between) && !POSSESSIVE_BEFORE.test(between)) imposedBy = null;
  }
  let appliesTo = draft.appliesTo;
  if (place.active) {
    // "barred Nvidia and AMD from selling…", "ordered Google to stop…": the objects inside the trigger are the ones restricted
    const firstWordEnd = ts + (READ_RESTRICTION_RE.exec(text.slice(ts, te))?.[0].length ?? 0);
    const inside = actors.actorsIn(firstWordEnd, te, AGENT_KINDS).filter((a) => a.id !== imposedBy?.id);
    // (restrictions/<lang>/object-in-trigger) "The Israeli army barred journalists from entering Gaza": no actor between the verb
    // and its particle — nobody named is restricted, not the place after it
    // (a pronoun there stands for the actor the extractor resolved it to: "…, barring it from EU airspace" —
    // restrictions/<lang>/participle-clause)
    const pronoun = inside.length === 0 && draft.appliesTo.length > 0 && pronounObject(text, ts, te);
    if (inside.length > 0 || (place.partyInTrigger && !pronoun)) appliesTo = inside.map((a) => ({ id: a.id, name: a.name }));
  }

  return {
    kind: draft.kind,
    status,
    imposedBy,
    appliesTo,
    action,
    condition: draft.condition,
    evidence,
    ruleId: draft.ruleId,
  };
}

/** A leading preposition of the restricted thing: "on TikTok" → "TikTok", « des néonicotinoïdes » → « néonicotinoïdes ». */
const LEADING_PREPOSITION: Record<Language, RegExp> = {
  // "a ban on TikTok", "sanctions against Iran", "a prohibition of smoking"
  en: /^(?:on|against|of|targeting)\s+(?=\S)/iu,
  // « l'interdiction des néonicotinoïdes », « sanctions contre l'Iran », « restrictions sur les exportations » (pas « à » : « interdit aux
  // entreprises de vendre » perdrait son sens)
  fr: /^(?:contre|sur|visant|ciblant|de\s+la|de\s+l['’]|des|du|de|d['’])\s*(?=\S)/iu,
};

/** Spaces and opening quotation marks before an action (bounded by the 128 code units of the head it runs on). */
const HEAD_LEAD = /^[\s\u00a0\u202f«“"]{0,8}/u;

/**
 * A leading day or date adverbial between the verb and its object, with its comma: "imposed sanctions | on Tuesday | on three Iranian
 * oil companies", "banned | this week | the sale of", « a interdit | mardi | les vols », « a gelé | cette semaine | les avoirs » — no part
 * of the restricted thing (fourth new-user trial; ruleId restrictions/leading-date). Anchored at the start; bounded alternatives.
 */
const LEADING_DATE: Record<Language, RegExp> = {
  en: new RegExp(`^(?:(?:on|late|early|last|this|next)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|(?:this|last)\\s+(?:week|weekend|month|morning|afternoon|evening)|(?:earlier|later)\\s+this\\s+(?:week|month|year)|yesterday|today|on\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+[${DIGIT}]{1,2}|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\\s+|,\\s*)(?=[${LETTER}${DIGIT}"“«])(?![${DIGIT}]{4}(?![${DIGIT}]))(?!(?:dernier|dernière|prochain|prochaine|soir|matin|last|next|morning|evening)(?![${LETTER}]))`, 'u'),
  fr: new RegExp(`^(?:(?:(?:ce|dès)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:soir|matin|après-midi|dernier))?|cette\\s+semaine|ce\\s+(?:week-end|mois|matin|soir)|la\\s+semaine\\s+dernière|hier(?:\\s+(?:soir|matin))?|aujourd['’]hui|(?:le\\s+[${DIGIT}]{1,2}(?:er)?|en)\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?:,?\\s+|,\\s*)(?=[${LETTER}${DIGIT}"“«])(?![${DIGIT}]{4}(?![${DIGIT}]))(?!(?:dernier|dernière|prochain|prochaine|soir|matin|last|next|morning|evening)(?![${LETTER}]))`, 'iu'),
};

/** A trailing date or time adverbial, tested on the last 48 code units: "on Monday", "last week", « lundi », « en 2019 ». */
const TRAILING_DATE: Record<Language, RegExp> = {
  en: new RegExp(`\\s(?:(?:on|last|this|next|from|since|until|by)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|(?:on|in|from|since|until|by)\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+[${DIGIT}]{1,2})?(?:,?\\s+[${DIGIT}]{4})?|[${DIGIT}]{4})|yesterday|today|tonight|earlier\\s+this\\s+(?:week|month|year)|last\\s+(?:week|month|year))$`, 'u'),
  fr: new RegExp(`\\s(?:(?:(?:depuis|dès|jusqu['’]à|avant|après)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:dernier|prochain|soir|matin|[${DIGIT}]{1,2}\\s+[${LETTER}]+))?|hier|aujourd['’]hui|(?:en|depuis|dès|jusqu['’]en)\\s+[${DIGIT}]{4}|la\\s+semaine\\s+(?:dernière|prochaine)|l['’]an\\s+dernier|l['’]année\\s+dernière|le\\s+mois\\s+dernier)$`, 'iu'),
};

/**
 * A passive predicate of the clause after the restricted thing, outside any relative clause: "a bill to ban TikTok | was
 * introduced", « interdire le glyphosate | a été déposé » (not "goods that were produced", « produits qui ont été »).
 */
const TRAILING_PASSIVE: Record<Language, RegExp> = {
  // "…was introduced", "…came into force", "…took effect"
  en: new RegExp(`(?:^|\\s)(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|is\\s+being|are\\s+being)\\s+[${LETTER}]{2,20}(?:ed|en)|(?:came|comes|come|will\\s+come|entered|enters|went|goes|will\\s+go)\\s+into\\s+(?:force|effect)|(?:took|takes|will\\s+take)\\s+effect)(?![${LETTER}])`, 'u'),
  // « …a été déposé », « …est entrée en vigueur », « …entre en vigueur », « …prend effet »
  fr: new RegExp(`(?:^|\\s)(?:(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\\s+été\\s+[${LETTER}]{2,20}(?:é|ée|és|ées|u|ue|us|ues|is|ise|it|ite)|(?:est|sont|était|étaient|sera|seront)\\s+entrée?s?\\s+en\\s+vigueur|(?:entre|entrent|entrera|entreront)\\s+en\\s+vigueur|(?:prend|prennent|prendra|prendront)\\s+effet)(?![${LETTER}])`, 'u'),
};
/** A relative pronoun or subordinator: a predicate after it belongs to that clause ("because … were violated"). */
const RELATIVE = new RegExp(`(?<![${LETTER}])(?:that|which|who|whom|because|since|as|when|if|after|while|although|though|qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|car|lorsque|quand|si|puisque|après|alors)(?![${LETTER}])`, 'iu');

/** A possessive just before the restriction noun: its author is the subject ("criticised for its ban", « critiqué pour son interdiction »). */
const POSSESSIVE_BEFORE = new RegExp(`(?<![${LETTER}])(?:its|their|his|her|son|sa|ses|leur|leurs)\\s+(?:[${LETTER}-]+\\s+)?$`, 'iu');

/** « à », « au », « aux » opening a restricted thing (FR). */
const DATIVE_LEAD = /^(?:à|au|aux)\s+(?=\S)/iu;
/** A « de »/« d' » infinitive later in the phrase: « aux entreprises de vendre ». */
const DATIVE_INFINITIVE = new RegExp(`(?<![${LETTER}])(?:de\\s+|d['’]\\s*)[${LETTER}]{2,20}(?:er|ir|re|oir)(?![${LETTER}])`, 'iu');

/**
 * `action` without a leading preposition (for a restriction noun only: "suspended for their actions" keeps its "for"), a
 * trailing predicate ("…came into force", « …a été déposé ») and a trailing date ("on Monday", « lundi »); '' when only a
 * predicate was left (« Les sanctions | ont été renforcées »), the input when only a preposition was.
 */
function tidyAction(action: string, language: Language, noun: boolean): string {
  // "on Tuesday on three Iranian oil companies" → "on three Iranian oil companies" (restrictions/leading-date; the date's own
  // preposition first, then the restriction noun's)
  const undated = action.replace(LEADING_DATE[language], '') || action;
  let out = noun ? undated.replace(LEADING_PREPOSITION[language], '') : undated;
  // « des sanctions à Moscou », « des sanctions à la banque russe Gazprombank »: « à » brings the target, unless an infinitive
  // follows it, whose subject it names (« l'interdiction aux entreprises de vendre »)
  // (a fixed phrase keeps it: « à son encontre », « à l'encontre de »)
  if (noun && language === 'fr' && DATIVE_LEAD.test(out) && !DATIVE_INFINITIVE.test(out) && !/^à\s+(?:son|sa|leur|l['’])\s*encontre/iu.test(out)) out = out.replace(DATIVE_LEAD, '');
  if (!out) return action;
  const passive = TRAILING_PASSIVE[language].exec(out);
  if (passive && !RELATIVE.test(out.slice(0, passive.index))) out = out.slice(0, passive.index);
  if (!out.trim()) return '';
  const tail = out.slice(-48);
  const date = TRAILING_DATE[language].exec(tail);
  if (date) out = out.slice(0, out.length - tail.length + date.index).trimEnd();
  // trailing punctuation, by a loop: an anchored /[\s,;:]+$/ retried at every position of a long space run is quadratic
  let end = out.length;
  while (end > 0 && /[\s,;:]/u.test(out[end - 1]!)) end--;
  out = out.slice(0, end);
  // a preposition left dangling by a cut: « TikTok en France depuis » (lundi) — ruleId restrictions/dangling-preposition
  const dangling = DANGLING_PREPOSITION.exec(out.slice(-16));
  const cut = dangling ? Math.max(0, out.length - 16) + dangling.index : 0;
  if (cut > 0) out = out.slice(0, cut).trimEnd();
  return stripEdgeQuotes(out);
}

/** Quotation marks at the start of an action: the closing mark of a quoted verb ('the police "banned" the march'). */
const LEADING_QUOTES = /^[\s"“”«»‘’']+/u;
/** A quotation mark or space that may end an action (an apostrophe only when no "s" is before it: "the workers'"). */
const TRAILING_MARK = /[\s"“”«»‘]/u;

/**
 * `action` without the quotation marks left at its edges by a quoted verb or a quoted clause: 'the police "banned"
 * the march' gave `" the march`, "She told me 'we will ban it'" gave `it'` (third new-user trial; ruleId
 * restrictions/edge-quotes). An action is a phrase of the text, not a quotation: marks around the whole of it go too.
 */
function stripEdgeQuotes(action: string): string {
  const out = action.replace(LEADING_QUOTES, '');
  // from the end, by a loop: an anchored /(…)+$/ retried at every position of a long space run is quadratic
  let end = out.length;
  while (end > 0 && (TRAILING_MARK.test(out[end - 1]!) || (/['’]/u.test(out[end - 1]!) && out[end - 2] !== 's'))) end--;
  return out.slice(0, end) || action;
}

/**
 * A preposition at the end of an action whose object was cut off (a date, a clause), tested on its last 16 code units:
 * « TikTok en France depuis », "TikTok in France since" (ruleId restrictions/dangling-preposition). The space before it is
 * a lookbehind, not a `\s+` run: an anchored run retried at every space of a long space run is quadratic.
 */
const DANGLING_PREPOSITION = new RegExp(`(?<=[\\s\u00a0])(?:depuis|dès|pendant|jusqu['’]à|jusqu['’]au|avant|après|à|au|aux|de|du|des|en|pour|par|sur|dans|avec|entre|vers|since|from|until|till|during|before|after|for|in|on|at|by|with|to|of|into|between)$`, 'iu');
