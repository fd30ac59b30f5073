/**
 * Restriction extractor: prohibitions, conditions, limits, refusals and
 * sanctions, each with who imposes it, on whom, what is restricted and
 * under which condition.
 *
 * How news states a restriction, and how the rules follow it:
 * 1. A trigger (verb, noun or construction of the language's lexicon:
 *    "prohibit", « interdire », "not … without", « ne … sans », "only open
 *    to", « uniquement », "refused to", « refusant que », "banned from",
 *    « écartée de ») opens the restriction; its clause, up to the next
 *    clause boundary, is the evidence.
 * 2. The grammatical voice of the trigger says who is who: an active
 *    trigger's subject imposes it ("Congress rejected the proposal"); a
 *    passive one's subject undergoes it ("Anthropic was pushed out of…",
 *    imposer after "by"/« par »); a modal or adverbial one ("will not be
 *    able to … without", "are only open to") restricts its subject; a
 *    subject that faces or undergoes a sanction is its target ("Iran could
 *    face new sanctions", « la Russie fait l'objet de sanctions »).
 * 3. A "without/unless/if/sans/sauf/si/sous des conditions" clause inside
 *    the evidence is the condition; the action of a condition keeps its
 *    modal and negation ("will not be able to use these tools").
 * 4. Adjacent triggers of the same kind in one clause are one restriction
 *    (« uniquement à des départs volontaires, exclusivement au travers… »);
 *    a headline restriction is dropped when the body states one of its kind.
 * 5. `restriction-status.ts` then reads each one in its sentence: its
 *    status (active, lifted, eased, proposed), the restricted thing as its
 *    action, the objects of "barred X from", a reacting subject; and it
 *    drops a restriction noun that is only the subject of an effect ("the
 *    sanctions would hurt the economy").
 *
 * Offsets are UTF-16 code units into `doc.text`, end exclusive; evidence is
 * built with `makeSpan`. Linear: each rule scans each sentence once, with
 * bounded look-behind/ahead windows.
 *
 * @module
 */
import type { Actor, ActorKind, ActorRef, AnalysedText, Draft, Language, Restriction, RestrictionKind, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import type { ActorIndex } from './actor-index.js';
import { makeSpan } from '../text/span.js';
import { prefilterText, spanTestIfAny } from '../text/prefilter.js';
import type { LazyRegExp, RuleRegExp } from '../text/lazy-regexp.js';
import { findQuotedPassages, passageAt } from './attribution.js';
import { actionBeforeLifting, isEffectMention, liftedAnaphors, liftedTextCue, pronounObject, readRestriction, type TriggerPlace, type UnreadRestriction } from './restriction-status.js';
import { EN_RESTRICTIONS } from '../lexicon/en/restrictions.js';
import { FR_RESTRICTIONS } from '../lexicon/fr/restrictions.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../text/char-classes.js';
import { datelineLength } from '../text/dateline.js';

/**
 * Who the subject of the trigger's clause is: `active` — the imposer
 * ("X bans Y"); `passive` — the one restricted ("X was banned from");
 * `subject` — the one restricted, no imposer named ("X cannot … without").
 */
export type RestrictionVoice = 'active' | 'passive' | 'subject';

/** One trigger pattern of a language. */
export interface RestrictionRule {
  /** `restrictions/<lang>/<name>`. */
  ruleId: string;
  kind: RestrictionKind;
  voice: RestrictionVoice;
  /** Global, unicode, case-insensitive regex matching the trigger (a RegExp, or a {@link LazyRegExp} built on first use). */
  pattern: RuleRegExp;
  /** Skip the match when a negation stands just before it ("did not ban"). */
  negatable?: boolean;
  /** Skip the match when the text right after it matches ("refused to comment"). */
  rejectAfter?: RegExp;
  /** Skip the match when the text just before it matches, anchored at its end (« zone d'exclusion »). */
  rejectBefore?: RegExp;
  /** Keep the match only when an actor is named in its clause before it ("the Senate is required to…", not "less energy is required to…"). */
  needsActor?: boolean;
  /**
   * The trigger holds the restricted party between its verb and its particle ("barred X from", "prevented X from", "ordered
   * X to stop", « empêché X de »): the actors named there are the ones restricted, and with none named nobody named is — the
   * actors after the particle are places or things ("The Israeli army barred journalists from entering Gaza").
   */
  partyInTrigger?: boolean;
  /**
   * When it matches the trigger's text (anchored at its start), the trigger names the restriction itself — a fine, « une
   * amende » — and the action is its noun phrase: from the determiner before it to the lexicon's `nounActionCut` ("a €15
   * million fine | imposed by…", « une amende de 15 millions d'euros | infligée par… ») (restrictions/<lang>/fine-action).
   */
  nounAction?: RegExp;
  /** Start the evidence at the word before the trigger ("procéder uniquement", "are only open"). */
  includePrevWord?: boolean;
  /** Start the evidence at the start of the clause, however far ("… unless …"). */
  startAtClause?: boolean;
  /**
   * Keep the match only when the first actor mention after it (within {@link OBJECT_WINDOW}) is of one of these kinds and
   * only `gap` stands between: the object of the trigger is a named actor (« a exclu, hier, à l'unanimité, Antoni
   * Pastor », "expelled John Smith"); the evidence then runs from the object's clause.
   */
  objectActor?: {
    kinds: readonly ActorKind[];
    /** The whole text allowed between the trigger and the name, trimmed of spaces (insertions: ", hier, à l'unanimité,"), anchored both ends. */
    gap: RegExp;
  };
  /**
   * The kind when the trigger's subject is an abstract noun of the lexicon's `abstractSubjects` (a process, measure or
   * document, not an agent) and no actor is named before the trigger in its clause: a "must not" bearing on a thing
   * bounds it rather than forbidding an actor (« cette révision ne doit pas mettre en danger la voie européenne » → limit).
   * A rule with `needsActor` accepts such a subject in place of an actor.
   */
  abstractSubjectKind?: RestrictionKind;
  /**
   * The trigger runs on past its head word into the restricted thing ("blocked Microsoft's takeover", "suspended arms exports to", « a
   * gelé les avoirs ») — the object is part of what the rule needs to see: the action then starts after the head word (and a leading
   * auxiliary), not after the trigger (restrictions/object-in-trigger).
   */
  objectInTrigger?: boolean;
  /**
   * A clause-level fallback rule (restrictions/<lang>/fallback-<kind>): it is never run as a rule of its own; its trigger is one group of
   * the lexicon's {@link RestrictionFallback} pattern, read only in a clause where no rule matched (see {@link fallbackCandidates}).
   */
  fallback?: boolean;
}

/**
 * restrictions/<lang>/fallback-<kind>: the lexical fallback of a language — deontic and restrictive trigger words ("cannot be
 * transferred", "must obtain", "capped at", "rejected the request", "face the suspension of", « ne pourront plus être vendus », « à
 * condition que », « plafonnée à », « a refusé », « encourt une amende ») that yield a restriction in a clause where no rule matched.
 * Construction rules transfer poorly to unseen news; a trigger word in an otherwise empty clause is a cheaper, broader net. One combined
 * pattern per language, run once over the document; each named group is one class, and `rules` gives its kind, voice and ruleId.
 */
export interface RestrictionFallback {
  /** Global, unicode, case-insensitive regex whose alternatives are named groups, one per key of `rules`. */
  pattern: RuleRegExp;
  /** The rule of each named group of `pattern` (its `pattern` is `pattern`; `fallback` set). */
  rules: Readonly<Record<string, RestrictionRule>>;
  /**
   * Non-global regex tested on the clause before a trigger that is not itself a condition: a hypothetical or an indirect question opens
   * it ("if", "whether", « si ») — the restriction is not stated as a fact.
   */
  hypothetical: RegExp;
}

/** Per-language data for {@link extractRestrictions}; see `src/lexicon/{en,fr}/restrictions.ts`. */
export interface RestrictionLexicon {
  rules: RestrictionRule[];
  /** Non-global regex finding the start of a condition clause ("without", « sans »). */
  conditionCue: RegExp;
  /**
   * Optional non-global regex finding the start of a condition clause that only follows the restricted action ("when", « lorsque »;
   * before it the word tells a time: « Jamais lorsqu'un vote est annoncé, on autorise… »), tested after the trigger when
   * `conditionCue` finds none.
   */
  conditionAfterCue?: RegExp;
  /**
   * Optional non-global regex tested on a prohibition's condition clause (anchored at its start by the lexicon): a permission that lifts
   * the prohibition ("without a judicial warrant", « sans autorisation ») makes it a condition.
   */
  permitCondition?: RegExp;
  /** Non-global regex tested on the text just before a trigger, anchored at its end. */
  negationBefore: RegExp;
  /**
   * Non-global regex, unanchored, tested on the sentence before a trigger: a verb of denial opening a denied clause ("denied that",
   * « a démenti que »). A trigger inside it is not stated as a fact: no restriction (restrictions/<lang>/denied-clause).
   */
  deniedBefore: RegExp;
  /**
   * Non-global regex anchored at its end, tested on the action's text before an actor's mention: a locative preposition or a
   * verb of motion ("in ", "entering ", « d'entrer à », « le burkini à »). A place or a state named there is where the
   * restriction holds, not whom it restricts ("a ban on TikTok in the United States", "barred journalists from entering
   * Gaza"), so it is no `appliesTo` (restrictions/<lang>/locative-not-target).
   */
  locativeBefore: RegExp;
  /**
   * Non-global regex searched in the action's text: a clause that describes or gives the reason for the target — a participle
   * ("accused of", "used by", « accusées de », « utilisée par »), a relative pronoun ("which", « qui »), a reason ("for transferring",
   * « pour avoir transféré »). The actors named after it are in that clause, not restricted: "sanctions on three Chinese companies
   * accused of supplying drones to Russia", "fined Meta €1.2 billion for transferring user data to the United States"
   * (restrictions/<lang>/target-modifier).
   */
  targetModifier: RegExp;
  /**
   * Non-global regex anchored at its end: a passive auxiliary just before a participle trigger ("was ", "were later ", « a
   * été »): the subject undergoes the restriction and the agent after "by"/« par » imposes it, however far — "Google was
   * fined €2.4 billion by the European Commission" (restrictions/<lang>/passive-participle).
   */
  passiveAuxBefore: RegExp;
  /**
   * Optional non-global regex anchored at the end of a clause-wide trigger: the infinitive marker of its complement ("are not allowed
   * | to ", « ne sont pas autorisés | à »). The restricted act is that infinitive phrase, and the clause's subject is who is restricted:
   * "Visitors are not allowed to bring liquids over 100ml onto the plane" → "bring liquids over 100ml onto the plane"
   * (restrictions/<lang>/infinitive-action).
   */
  infinitiveAfter?: RegExp;
  /** Non-global regex anchored at its start: the trigger opens on a past participle ("fined", "banned", « interdit », « sanctionnée »). */
  participleTrigger: RegExp;
  /**
   * Non-global regex: where the noun phrase of a {@link RestrictionRule.nounAction} trigger ends — a participle, an agent or
   * target preposition, a relative or a comma ("imposed", "by", "on", « infligée », « par », « à »).
   */
  nounActionCut: RegExp;
  /**
   * Non-global regex anchored at both ends, tested on a trigger's text: a bare ban, with at most a determiner and an adjective
   * of scope, no duration or domain ("a ban", "a nationwide ban", « une interdiction », not "a five-year ban", "a transfer
   * ban") — faced by a thing or a firm, it is a prohibition of it (restrictions/<lang>/faces-ban).
   */
  bareBan: RegExp;
  /** Non-global regex anchored at its end: the determiner of a {@link RestrictionRule.nounAction} noun ("a ", "the ", « une »). */
  nounActionDeterminer: RegExp;
  /** Words introducing the agent of a passive ("by", « par »), lower case. */
  agentPrepositions: string[];
  /** Non-global regex anchored at its end: a demonstrative just before a trigger, maybe with one adjective ("these ", « ces nouvelles »). */
  demonstrativeBefore: RegExp;
  /**
   * Non-global regex anchored at its start, tested on the start of a clause: an exception or a condition opening it ("unless",
   * "except", « sauf », « à l'exception de »); such a clause right after a restriction belongs to it.
   */
  exceptionLead: RegExp;
  /**
   * Optional non-global regex anchored at its end: a verb of receiving a penalty before a ban noun ("hit with the longest", « a
   * écopé d'une »), which makes the ban a sanction on the subject (restrictions/undergone-ban).
   */
  penaltyBefore?: RegExp;
  /**
   * Optional non-global regex, whole-string: the text between an undergone restriction's noun and an actor after it that is its author
   * (« des sanctions | de l' | UE », « un embargo | de l' | ONU »; English puts it before: "a UN arms embargo"), restrictions/<lang>/undergone-imposer.
   */
  authorAfter?: RegExp;
  /**
   * Non-global regex anchored at its end: words before a sanction or limit
   * noun that make the clause's subject its target, not its author ("Iran
   * could face new sanctions", « la Russie fait l'objet de sanctions »).
   */
  undergoBefore: RegExp;
  /**
   * Non-global regex anchored at its end, tested on the 60 code units before a trigger: a verb of evasion or breach and the noun
   * phrase's start ("to evade the ", "to get around the oil ", « pour contourner le »). Its subject escapes or breaks the restriction
   * and does not impose it: "a shadow fleet used by Moscow to circumvent the oil price cap" (restrictions/<lang>/evaded-not-imposed).
   */
  evadedBefore: RegExp;
  /**
   * Optional non-global regex anchored at its end: a verb of threat before an infinitive trigger (« a menacé de » before « bloquer ») —
   * the subject threatens to restrict, it does not undergo a threat (`undergoBefore`'s « menacée de sanctions »):
   * « la Hongrie aurait menacé de bloquer le texte » → imposed by Hungary (restrictions/<lang>/threatens-to).
   */
  threatensToBefore?: RegExp;
  /**
   * Optional non-global regex anchored at its end, tested on the sentence before a trigger (at most 200 code units): a verb striking
   * down a text, the text, then a relative pronoun — « Le Conseil constitutionnel a censuré l'article 7 de la loi immigration, qui »
   * before « restreignait »: the restriction is the struck text's, lifted, and not imposed by who struck it
   * (restrictions/<lang>/struck-relative).
   */
  struckRelativeBefore?: RegExp;
  /**
   * Head nouns of abstract subjects — processes, measures, documents, quantities ("reform", « révision », "budget") —
   * for {@link RestrictionRule.abstractSubjectKind}, lower case.
   */
  abstractSubjects: readonly string[];
  /**
   * Optional non-global regex tested on the clause before a trigger (anchored at its start by the lexicon: the subject): a
   * description naming an agent without a name (« le groupe », « les autorités »), which a {@link RestrictionRule.needsActor}
   * rule accepts like a named actor or a pronoun.
   */
  agentDescriptions?: RegExp;
  /**
   * Optional non-global regex anchored at its end, tested on the evidence before a verb trigger: a passive auxiliary ("is ", "was
   * ", « a été », « sont ») — with a participle trigger ({@link participle}) the clause's subject is the restricted thing ("Smoking is
   * banned in…", « La chasse est interdite… »), restrictions/passive-subject-action.
   */
  passiveBefore?: RegExp;
  /** Optional non-global regex tested on a trigger's first word: a past participle ("banned", « interdite »). */
  participle?: RegExp;
  /** Optional non-global regex: an impersonal or empty subject that names no restricted thing ("It", « Il », « Ce »), anchored both ends. */
  impersonalSubject?: RegExp;
  /**
   * Optional: a definite restriction noun that is the subject of its clause and has no complement of its own — "The ban would take
   * effect only if Congress approves it", « L'interdiction, annoncée lundi, vise les importations d'acier » (restrictions/<lang>/
   * definite-subject). `before` (whole-string) is the clause's text before the trigger (a definite determiner); `noun` (whole-string)
   * the trigger's text; `complement` (anchored at its start, after the trigger) a complement that names its content ("on", « de »,
   * « sur »); `content` (anchored at its start, after the trigger, an apposed participle clause allowed) a verb whose object is what
   * the restriction covers ("covers", « vise »).
   */
  definiteSubject?: { before: RegExp; noun: RegExp; complement: RegExp; content: RegExp };
  /** Optional clause-level lexical fallback (restrictions/<lang>/fallback-<kind>). */
  fallback?: RestrictionFallback;
  /**
   * Optional non-global regex, tested on the text from {@link VOW_BEFORE} code units before a trigger to {@link VOW_AFTER} after its
   * end when the trigger stands inside a quotation: a speaker's vow in the first person that a state of affairs will not be allowed,
   * whose object is a clause about the speaker's own people or a becoming ("We will not allow our farmers to be sacrificed", « Nous
   * n'accepterons pas que nos enfants deviennent dépendants ») — rhetoric, no restriction imposed (restrictions/<lang>/quoted-vow; a
   * refusal of an act stays: "I will never recognize this defeat").
   */
  quotedVow?: RegExp;
}

const LEXICONS: Record<Language, RestrictionLexicon> = { en: EN_RESTRICTIONS, fr: FR_RESTRICTIONS };


/** Actor kinds that impose or undergo restrictions. */
const AGENT_KINDS: readonly ActorKind[] = ['organization', 'government', 'person', 'group', 'place'];

/** Code units read before and after a trigger for {@link RestrictionLexicon.quotedVow}. */
const VOW_BEFORE = 30;
const VOW_AFTER = 80;

/** Longest evidence, in code units, before it is cut at a word boundary. */
const MAX_EVIDENCE = 240;
/** A clause start this close before the trigger is included (short subject: "It precludes…"). */
const NEAR_SUBJECT = 45;
/** How far before a trigger the negation check looks. */
const NEGATION_WINDOW = 24;

interface Candidate {
  rule: RestrictionRule;
  /** The rule's kind, or its {@link RestrictionRule.abstractSubjectKind} for an abstract subject. */
  kind: RestrictionKind;
  sentence: Span;
  triggerStart: number;
  triggerEnd: number;
  start: number;
  end: number;
  inHeading: boolean;
  /** Where the action starts when not right after the trigger: the object of a content verb ("The ban … covers | imports of …"). */
  actionFrom?: number;
}

/** A trigger opening on an infinitive (« bloquer », « interdire », « suspendre »): restrictions/<lang>/threatens-to. */
const INFINITIVE_OPENING = new RegExp(`^[${LETTER}]{2,20}(?:er|ir|re)(?![${LETTER}])`, 'iu');
/** A trigger opening on a present participle ("barring", « interdisant »): restrictions/<lang>/participle-clause. */
const PARTICIPLE_OPENING = new RegExp(`^[${LETTER}]{3,20}(?:ing|ant)(?![${LETTER}])`, 'iu');
/** Before such a trigger: the comma that opens its clause, « en » or a clitic pronoun allowed (« , lui interdisant »). */
const PARTICIPLE_CLAUSE_BEFORE = /,[ \u00a0]{1,3}(?:(?:en|lui|leur|les|la|le|l['’])[ \u00a0]{0,3})?$/iu;

/**
 * Extracts the restrictions stated in `doc`.
 *
 * @param doc analysed text; its language selects the rules.
 * @param ctx linked actors, for `imposedBy` and `appliesTo` (no actors → null and []).
 * @returns drafts (no ids); `evidence` is the trigger's clause, a span of `doc.text`;
 *   `action` and `condition` are phrases of that clause.
 */
export function extractRestrictions(doc: AnalysedText, ctx: ExtractionContext): Draft<Restriction>[] {
  const lex = LEXICONS[doc.language] ?? EN_RESTRICTIONS;
  const text = doc.text;
  const headings = new Set(doc.headings.map((h) => h.start));
  const found: Candidate[] = [];
  // where a rule matched, kept or not: the fallback reads no clause a rule has read (restrictions/<lang>/fallback-<kind>)
  const ruleHits: number[] = [];
  // each rule runs only on the sentences holding a literal each of its matches contains (text/prefilter.ts)
  const lower = prefilterText(text);
  // (most rules need a literal the document does not hold: they are left out once, in their order)
  const live: RestrictionRule[] = [];
  const mayMatchIn: ((start: number, end: number) => boolean)[] = [];
  for (const rule of lex.rules) {
    const test = spanTestIfAny(rule.pattern, text, lower);
    if (test) { live.push(rule); mayMatchIn.push(test); }
  }
  for (const sentence of doc.sentences) {
    const inHeading = headings.has(sentence.start);
    for (let r = 0; r < live.length; r++) {
      if (!mayMatchIn[r]!(sentence.start, sentence.end)) continue;
      const rule = live[r]!;
      rule.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.pattern.exec(sentence.text)) !== null) {
        if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
        const ts = sentence.start + m.index;
        const te = ts + m[0].length;
        ruleHits.push(ts);
        if (rule.negatable && lex.negationBefore.test(text.slice(Math.max(sentence.start, ts - NEGATION_WINDOW), ts))) continue;
        // "The White House denied that the president had approved the ban" (restrictions/<lang>/denied-clause)
        if (lex.deniedBefore.test(text.slice(Math.max(sentence.start, ts - 200), ts))) continue;
        if (rule.rejectAfter && rule.rejectAfter.test(text.slice(te, Math.min(sentence.end, te + 60)))) continue;
        if (rule.rejectBefore && rule.rejectBefore.test(text.slice(Math.max(sentence.start, ts - NEGATION_WINDOW), ts))) continue;
        let kind = rule.kind;
        const abstract = !!rule.abstractSubjectKind && abstractSubject(text, sentence, ts, ctx.actors, lex);
        if (abstract) kind = rule.abstractSubjectKind!;
        else if (rule.needsActor && !hasActorBefore(text, sentence, ts, ctx.actors, lex)) continue;
        const object = rule.objectActor ? objectActorAfter(text, te, Math.min(sentence.end, te + OBJECT_WINDOW), ctx.actors, rule.objectActor) : te;
        if (object < 0) continue;
        // a trigger word inside a name is no trigger: "Ban Ki-moon", "the Sanctions Committee"
        if (ctx.actors.mentionAt(ts) || isInName(text, sentence, ts, te)) continue;
        // "We will not allow our farmers to be sacrificed," she said: a vow, not a restriction (restrictions/<lang>/quoted-vow)
        if (lex.quotedVow?.test(text.slice(Math.max(sentence.start, ts - VOW_BEFORE), Math.min(sentence.end, te + VOW_AFTER)))
          && passageAt(findQuotedPassages(text, doc.paragraphs), ts)) continue;
        const start = evidenceStart(text, sentence, ts, rule, ctx.actors);
        const end = clauseEnd(text, sentence, object, ctx.actors, lex);
        found.push({ rule, kind, sentence, triggerStart: ts, triggerEnd: te, start, end, inHeading });
      }
    }
  }
  // a restriction noun that is only the subject of an effect is a mention, not a restriction (restriction-status.ts)
  const stated = withoutLiftingTriggers(text, found, doc.language).filter((c) => !isEffectMention(text, placeOf(c), doc.language));
  // re-mentions go first: « Ces sanctions élargies interdisent l'acceptation de dépôts… » — the re-mentioned sanction must not
  // swallow the new prohibition of its clause
  const antecedents = new Map<Candidate, Candidate>();
  const kept = mergeAndDedupe(text, dropReMentions(text, definiteSubjects(text, stated, lex, ctx.actors, antecedents), lex), lex);
  const bodyKinds = new Set(kept.filter((c) => !c.inHeading).map((c) => c.kind));
  const drafts = new Map<number, Draft<Restriction>>();
  const ruled = kept.filter((c) => !(c.inHeading && bodyKinds.has(c.kind)));
  const fallback = fallbackCandidates(doc, lex, ctx.actors, ruled, ruleHits, headings)
    .filter((c) => !isEffectMention(text, placeOf(c), doc.language));
  const ordered = fallback.length ? [...ruled, ...fallback].sort(byTrigger) : ruled;
  const out = ordered
    .map((c) => {
      const d = readRestriction(text, toDraft(text, c, lex, ctx.actors), placeOf(c), doc.language, ctx.actors);
      drafts.set(c.triggerStart, d);
      return d;
    });
  shareCoordinatedImposer(text, ordered, out);
  // restrictions/<lang>/struck-relative: "The Supreme Court struck down the law, which banned drag shows" — the ban was the law's, and
  // it is struck down
  if (lex.struckRelativeBefore) {
    ordered.forEach((c, i) => {
      // (a restriction the status reader already found lifted keeps its reading: "struck down a Tennessee law that bans" → Tennessee)
      if (out[i]!.status === 'lifted' || !lex.struckRelativeBefore!.test(text.slice(Math.max(c.sentence.start, c.triggerStart - 200), c.triggerStart))) return;
      out[i]!.imposedBy = null;
      out[i]!.status = 'lifted';
    });
  }
  const lifted = out.length ? liftAntecedents(doc, ordered, out, lex, ctx.actors) : out;
  // the condition of a re-mention is the antecedent's: "The Senate proposed a ban on TikTok. The ban would take effect only if …"
  for (const [mention, antecedent] of antecedents) {
    const d = drafts.get(antecedent.triggerStart);
    if (d && d.condition === null) d.condition = toDraft(text, mention, lex, ctx.actors).condition;
  }
  return lifted;
}

/**
 * restrictions/<lang>/lifted-anaphor: a restriction lifted later in its sentence, or in the next one, by an anaphoric noun is one
 * restriction, lifted — "Italy's privacy watchdog banned ChatGPT in March but lifted the ban in April" (not an active ban plus a lifted
 * one whose action is "in April"), "The regulator blocked the deal in April. It lifted that block on Friday.", « La préfecture avait
 * restreint l'usage de l'eau en juillet. Elle a levé cette interdiction le 3 septembre » (fourth new-user trial). The antecedent is the
 * last restriction before the lifting (no refusal or condition, not already lifted or proposed) in the lifting's sentence or the one
 * before; it becomes `lifted`, its evidence runs on to the lifting's clause when they share a sentence, and the restriction read from
 * the lifting's own noun is dropped. `ordered` and `drafts` are parallel; returns the drafts kept.
 */
function liftAntecedents(doc: AnalysedText, ordered: Candidate[], drafts: Draft<Restriction>[], lex: RestrictionLexicon, actors: ActorIndex): Draft<Restriction>[] {
  const text = doc.text;
  const lifts = liftedAnaphors(text, doc.language);
  if (!lifts.length) return drafts;
  const dropped = new Set<number>();
  let si = 0;
  for (const lift of lifts) {
    while (si < doc.sentences.length && doc.sentences[si]!.end <= lift.start) si++;
    const sentence = doc.sentences[si];
    if (!sentence || lift.start < sentence.start) continue;
    const from = si > 0 ? doc.sentences[si - 1]!.start : sentence.start;
    let k = -1;
    for (let i = 0; i < ordered.length; i++) {
      const c = ordered[i]!;
      if (c.triggerStart >= lift.start) break;
      if (c.sentence.start < from || dropped.has(i) || c.kind === 'refusal' || c.kind === 'condition') continue;
      if (drafts[i]!.status === 'active' || drafts[i]!.status === 'eased') k = i;
    }
    if (k < 0) continue;
    const d = drafts[k]!;
    d.status = 'lifted';
    // "banned ChatGPT in March, then lifted the ban in April" → "ChatGPT"
    d.action = actionBeforeLifting(d.action, text.slice(lift.start, lift.end), doc.language);
    if (ordered[k]!.sentence.start === sentence.start) {
      const end = Math.max(d.evidence.end, clauseEnd(text, sentence, lift.end, actors, lex));
      d.evidence = makeSpan(text, d.evidence.start, end);
    }
    ordered.forEach((c, i) => { if (c.triggerStart >= lift.start && c.triggerStart < lift.end) dropped.add(i); });
  }
  return dropped.size ? drafts.filter((_, i) => !dropped.has(i)) : drafts;
}

/**
 * A coordinating conjunction right before a trigger, an auxiliary, an adverb or a clitic object allowed: ", and ordered", "and has
 * banned", « et a ordonné », « et lui a ordonné », « et l'a sommé » (tested on the 40 code units before the trigger, anchored at the end).
 */
const COORDINATED_LEAD = new RegExp(`(?<![${LETTER}])(?:and|et)\\s+(?:(?:has|have|had|also|then|later|later\\s+on|a|ont|avait|avaient|aussi|puis|ensuite|lui|leur|les|l['’])\\s*){0,3}$`, 'iu');
/** The object of a coordinated trigger that stands for an actor named before it: a pronoun or a definite description ("ordered the company to"). */
const ANAPHORIC_OBJECT = new RegExp(`(?<![${LETTER}])(?:it|them|him|her|the\\s+(?:company|firm|group|platform|operator|carrier|airline|bank|club|giant))(?![${LETTER}])`, 'iu');
/** A French clitic object before a coordinated trigger: « et lui a ordonné », « et l'a sommé ». */
const CLITIC_LEAD = /(?:et)\s+(?:lui|leur|les|l['’])/iu;

/**
 * restrictions/coordinated-imposer: a trigger coordinated after a restriction of its sentence shares that restriction's subject, its
 * imposer — "The European Commission fined Meta on Monday | and ordered the company to stop the transfers", « La Cnil a infligé une
 * amende à Numéa | et lui a ordonné de cesser … »: the European Commission orders, not Meta (the first verb's object, the actor named
 * nearest before the trigger; fourth new-user trial). That object, when the trigger's own object is a pronoun, a clitic or a definite
 * description ("the company", « lui »), is the one restricted; and the imposer is never its own target. `ordered` and `drafts` are
 * parallel (one draft per candidate); drafts are changed in place. Bounded: 40 code units before each trigger.
 */
function shareCoordinatedImposer(text: string, ordered: Candidate[], drafts: Draft<Restriction>[]): void {
  for (let i = 1; i < ordered.length; i++) {
    const c = ordered[i]!;
    const d = drafts[i]!;
    if (c.rule.voice !== 'active') continue;
    const lead = text.slice(Math.max(c.sentence.start, c.triggerStart - 40), c.triggerStart);
    if (!COORDINATED_LEAD.test(lead)) continue;
    let j = i - 1;
    while (j >= 0 && ordered[j]!.sentence.start === c.sentence.start && drafts[j]!.imposedBy === null) j--;
    if (j < 0 || ordered[j]!.sentence.start !== c.sentence.start || ordered[j]!.rule.voice !== 'active') continue;
    const imposer = drafts[j]!.imposedBy!;
    if (d.imposedBy?.id === imposer.id) continue;
    const object = d.imposedBy;
    d.imposedBy = { ...imposer };
    d.appliesTo = d.appliesTo.filter((a) => a.id !== imposer.id);
    if (object && d.appliesTo.length === 0 && (ANAPHORIC_OBJECT.test(text.slice(c.triggerStart, c.triggerEnd)) || CLITIC_LEAD.test(lead))) {
      d.appliesTo = [{ ...object }];
    }
  }
}

/** A coordinating conjunction and its spaces at the start of a clause, EN and FR ("and ", « et »), bounded. */
const LEADING_CONJUNCTION = /^(?:and|but|or|et|mais|ou)[ \u00a0]{1,3}/iu;
/** A sentence that asks: its last non-space character is a question mark (bounded to its last 8 code units). */
const QUESTION_END = /\?[\s»”"’)]{0,6}$/u;

/**
 * restrictions/<lang>/fallback-<kind>: restrictions read from the lexicon's fallback trigger words ({@link RestrictionFallback}) in the
 * clauses where no rule matched — "unused quotas cannot be transferred to other companies", « la dose annuelle sera plafonnée à 1 080
 * grammes ». One pass of the combined pattern over the text, then a lookup of each match's sentence and clause; a match is skipped in a
 * heading, a question, a quotation, after a negation or a verb of denial, in a hypothetical clause ("if …", « si … »), inside a name,
 * and in a clause holding a rule's match (kept or not: the rule has judged it) or a kept restriction. One restriction per clause; its
 * evidence and parties come from the same machinery as the rules' (clause start and end, voice).
 */
function fallbackCandidates(doc: AnalysedText, lex: RestrictionLexicon, actors: ActorIndex, kept: Candidate[], ruleHits: number[], headings: Set<number>): Candidate[] {
  const fb = lex.fallback;
  if (!fb) return [];
  const text = doc.text;
  const out: Candidate[] = [];
  let si = 0;
  fb.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = fb.pattern.exec(text)) !== null) {
    if (m[0].length === 0) { fb.pattern.lastIndex++; continue; }
    const ts = m.index;
    const te = ts + m[0].length;
    while (si < doc.sentences.length && doc.sentences[si]!.end <= ts) si++;
    const sentence = doc.sentences[si];
    if (!sentence || ts < sentence.start || te > sentence.end || headings.has(sentence.start) || QUESTION_END.test(sentence.text)) continue;
    const group = Object.keys(m.groups ?? {}).find((g) => m!.groups![g] !== undefined);
    const rule = group ? fb.rules[group] : undefined;
    if (!rule) continue;
    // a quotation is the speaker's word, not the journalist's fact: the passages the quote and claim extractors share (cached per document)
    if (passageAt(findQuotedPassages(text, doc.paragraphs), ts)) continue;
    if (rule.negatable && lex.negationBefore.test(text.slice(Math.max(sentence.start, ts - NEGATION_WINDOW), ts))) continue;
    if (lex.deniedBefore.test(text.slice(Math.max(sentence.start, ts - 200), ts))) continue;
    if (actors.mentionAt(ts) || isInName(text, sentence, ts, te)) continue;
    let from = clauseStart(text, sentence, ts, actors);
    const end = clauseEnd(text, sentence, te, actors, lex);
    const to = Math.max(end, te);
    // a restriction kept earlier in the clause, ended before the trigger, past a connective: the trigger's predicate is a fact of its own
    // ("may not fund groups that lobby on opioid policy | and must publish internal documents"), as in restrictions/split-other-kind
    const earlier = [...kept, ...out].filter((k) => k.sentence.start === sentence.start && k.start < to && k.end > from);
    if (earlier.some((k) => k.end > ts)) continue;
    if (earlier.length) {
      const last = earlier.reduce((a, b) => (b.end > a.end ? b : a));
      const split = connectivesBetween(text, last.end, ts);
      if (!split) continue;
      from = split.last;
    }
    if (rule.kind !== 'condition' && fb.hypothetical.test(text.slice(from, ts))) continue;
    if (ruleHits.some((h) => h >= from && h < to)) continue;
    let start = Math.max(from, evidenceStart(text, sentence, ts, rule, actors));
    // a coordinating conjunction opening the clause is no part of it: ", and importers will have to cut …" → "importers will have to cut …"
    const conj = LEADING_CONJUNCTION.exec(text.slice(start, Math.min(ts, start + 12)));
    if (conj) start += conj[0].length;
    if (end <= start) continue;
    out.push({ rule, kind: rule.kind, sentence, triggerStart: ts, triggerEnd: te, start, end, inHeading: false });
  }
  return out;
}

/**
 * restrictions/<lang>/definite-subject: a definite restriction noun that is the subject of its clause, with no complement of its
 * own ("The ban …", « L'interdiction … »). After a restriction of its kind in an earlier sentence it is that restriction told
 * again — "The Senate proposed a ban on TikTok. The ban would take effect only if Congress approves it": no new (active) ban; it
 * is dropped and recorded in `antecedents` (its condition goes to the antecedent). As a first mention, its content comes in its
 * predicate — "The ban, announced Monday, covers imports of Russian steel", « L'interdiction, annoncée lundi, vise les
 * importations d'acier russe »: the evidence runs to the end of that predicate's clause and the action is its object.
 */
function definiteSubjects(text: string, list: Candidate[], lex: RestrictionLexicon, actors: ActorIndex, antecedents: Map<Candidate, Candidate>): Candidate[] {
  const def = lex.definiteSubject;
  if (!def) return list;
  const out: Candidate[] = [];
  for (const c of list) {
    const from = clauseStart(text, c.sentence, c.triggerStart, actors);
    const after = text.slice(c.triggerEnd, Math.min(c.sentence.end, c.triggerEnd + 120));
    if (!def.before.test(text.slice(from, c.triggerStart)) || !def.noun.test(text.slice(c.triggerStart, c.triggerEnd)) || def.complement.test(after)) {
      out.push(c);
      continue;
    }
    const antecedent = [...list].reverse().find((o) => o.kind === c.kind && o.sentence.start < c.sentence.start);
    if (antecedent) {
      antecedents.set(c, antecedent);
      continue;
    }
    const content = def.content.exec(after);
    if (content) {
      const actionFrom = c.triggerEnd + content[0].length;
      out.push({ ...c, actionFrom, end: clauseEnd(text, c.sentence, actionFrom, actors, lex) });
    } else out.push(c);
  }
  if (antecedents.size === 0) return out;
  // a condition whose clause holds the re-mention is the re-mentioned restriction's condition: « L'interdiction n'entrerait en
  // vigueur que si le Congrès l'approuve »
  const dropped = [...antecedents];
  return out.filter((c) => {
    const of = c.kind === 'condition' ? dropped.find(([m]) => m.sentence.start === c.sentence.start && c.start <= m.triggerStart && c.end >= m.triggerEnd) : undefined;
    if (of) antecedents.set(c, of[1]);
    return of === undefined;
  });
}

/**
 * Drops the triggers that only lift a restricting text (restrictions/<lang>/status-lifted-text): "A federal judge struck
 * down Florida's law banning drag shows", « Le Conseil d'État a annulé l'arrêté interdisant le burkini » state one fact,
 * the ban lifted — the annulment ("struck down the law", « a annulé l'arrêté », "blocked the Texas law") is no refusal or
 * prohibition of its own. A candidate whose trigger overlaps the lifting cue of another's text is dropped.
 */
function withoutLiftingTriggers(text: string, found: Candidate[], language: Language): Candidate[] {
  const cues: { start: number; end: number }[] = [];
  for (const c of found) {
    if (c.kind === 'refusal') continue;
    const cue = liftedTextCue(text, c, language);
    if (cue) cues.push({ start: cue.start, end: c.triggerStart });
  }
  if (!cues.length) return found;
  return found.filter((c) => !cues.some((q) => c.triggerStart < q.end && c.triggerEnd > q.start));
}

/** What `restriction-status.ts` reads of a candidate: its trigger, sentence, evidence start, voice and where its action lies. */
function placeOf(c: Candidate): TriggerPlace {
  return {
    sentence: c.sentence, triggerStart: c.triggerStart, triggerEnd: c.triggerEnd, start: c.start,
    actionAfterTrigger: c.rule.kind !== 'condition' && !c.rule.startAtClause, active: c.rule.voice === 'active',
    partyInTrigger: c.rule.partyInTrigger === true,
  };
}

/** Start offsets of heading sentences: a whole short paragraph without final punctuation. */

/** Clause punctuation: comma + space, semicolon, colon, brackets, quotation marks, dashes between spaces, and contrastive conjunctions ("but", « mais »). */
const CLAUSE_BREAK = /,\s|[;:()«»“”"]|\s[—–]\s|\s(?:mais|but|whereas|while|tandis que|alors que)(?=[\s,])/gu;

/** Start of the clause holding `offset`: after the last clause break in its sentence. */
function clauseStart(text: string, sentence: Span, offset: number, actors: ActorIndex): number {
  // bounded look-back: a clause is far shorter than CLAUSE_WINDOW, and a huge unpunctuated "sentence" stays linear
  const from = Math.max(sentence.start, offset - CLAUSE_WINDOW);
  const before = text.slice(from, offset);
  CLAUSE_BREAK.lastIndex = 0;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before)) !== null) {
    const at = from + m.index;
    // (the opening mark of a quoted trigger, right before it, opens no clause: restrictions/scare-quoted-trigger)
    if (!insideMention(actors, at) && !(offset - at <= QUOTE_GAP && isScareQuote(text, at))) start = at + m[0].length;
  }
  return start;
}

/**
 * restrictions/scare-quoted-trigger: a quotation mark of a pair enclosing one or two words ("has “banned” the rally", « a « interdit »
 * la manifestation »); right around a trigger it is no clause break — the quoted word is the trigger and its object follows the
 * closing mark (scare quotes elsewhere in the sentence still bound clauses). Bounded: a window of {@link SCARE_WINDOW} code units on
 * each side.
 */
function isScareQuote(text: string, at: number): boolean {
  const ch = text[at]!;
  if (!/[«»“”"]/u.test(ch)) return false;
  if (ch !== '»' && ch !== '”' && SCARE_OPEN_RE.test(text.slice(at, at + SCARE_WINDOW))) return true;
  return ch !== '«' && ch !== '“' && SCARE_CLOSE_RE.test(text.slice(Math.max(0, at - SCARE_WINDOW), at + 1));
}

/** Most code units between a trigger and the quotation mark enclosing it (a space inside French marks: « interdit »). */
const QUOTE_GAP = 2;
/** Code units read on each side of a quotation mark by {@link isScareQuote}. */
const SCARE_WINDOW = 60;
/** One or two words between quotation marks, no clause punctuation (an opening mark at the start: {@link isScareQuote}). */
const SCARE_WORDS = `[\\s\\u00a0\\u202f]?[^\\s\\u00a0\\u202f«»“”".,;:!?]{1,25}(?:[\\s\\u00a0\\u202f][^\\s\\u00a0\\u202f«»“”".,;:!?]{1,25})?[\\s\\u00a0\\u202f]?`;
const SCARE_OPEN_RE = new RegExp(`^[«“"]${SCARE_WORDS}[»”"]`, 'u');
const SCARE_CLOSE_RE = new RegExp(`[«“"]${SCARE_WORDS}[»”"]$`, 'u');

/** Longest look-back for a clause start, code units. */
const CLAUSE_WINDOW = 1000;

/** Built once for {@link isInName} (character classes: text/char-classes.ts). */
const IS_IN_NAME_RE = new RegExp(`^\\s+[${UPPER}]`, 'u');

/**
 * True when a capitalised trigger stands before another capitalised word ("Ban Ki-moon", "Sanctions Committee"): mid-sentence, or
 * opening the sentence before a hyphenated capitalised word ("Ban Ki-moon visited…"; a sentence opening with a trigger goes on in
 * lower case: "Bans on plastic…").
 */
function isInName(text: string, sentence: Span, ts: number, te: number): boolean {
  const ch = text[ts]!;
  if (ch === ch.toLowerCase()) return false;
  // a trigger of several words is no name's first word: "“Nothing will be lifted until Iran fully complies”" (the capital after it opens
  // the condition's subject; restrictions/multiword-capital)
  if (/\s/u.test(text.slice(ts, te))) return false;
  if (ts === sentence.start) return IS_IN_NAME_HYPHEN_RE.test(text.slice(te, te + 40));
  return IS_IN_NAME_RE.test(text.slice(te, te + 3));
}

/** A capitalised hyphenated word right after a sentence-opening trigger ("Ban Ki-moon"), bounded. */
const IS_IN_NAME_HYPHEN_RE = new RegExp(`^\\s{1,2}[${UPPER}][${LETTER}]{0,20}-[${LETTER}]`, 'u');

/** Built once for {@link hasActorBefore} (character classes: text/char-classes.ts). */
const HAS_ACTOR_BEFORE_RE = new RegExp(`(?<![${LETTER}])(?:we|they|he|she|I|you|nous|ils|elles|il|elle|on)(?![${LETTER}])`, 'u');

/**
 * True when an actor (or a personal pronoun standing for one: "we", « nous »; or an agent description of the lexicon:
 * « le groupe ») is named in the clause before `offset`.
 */
function hasActorBefore(text: string, sentence: Span, offset: number, actors: ActorIndex, lex: RestrictionLexicon): boolean {
  const from = clauseStart(text, sentence, offset, actors);
  if (actors.mentionsIn(from, offset, AGENT_KINDS).length > 0) return true;
  const lead = text.slice(from, offset);
  if (HAS_ACTOR_BEFORE_RE.test(lead) || (lex.agentDescriptions?.test(lead) ?? false)) return true;
  // after an apposition the clause holds only the verb's lead (« L'État, actionnaire de PSA, a exigé que », "Berlin, which
  // …, has refused"): the subject is the actor opening the sentence
  if (from > sentence.start && PREDICATE_LEAD_RE.test(text.slice(from, offset))) {
    const subject = actors.mentionsIn(sentence.start, from, AGENT_KINDS)[0];
    return subject !== undefined && subject.start - sentence.start <= SUBJECT_LEAD;
  }
  return false;
}

/** A clause lead of at most three lower-case words (auxiliaries, adverbs: « a en revanche », "has also"), bounded. */
const PREDICATE_LEAD_RE = new RegExp(`^\\s{0,3}(?:[${LOWER}'’]{1,12}\\s{1,3}){0,3}$`, 'u');
/** How far into its sentence the actor of an apposed subject may start, code units (« L'État, … »: a determiner before it). */
const SUBJECT_LEAD = 12;

/** Most words of a subject noun phrase that {@link abstractSubject} reads ("la réforme fiscale du gouvernement" is five). */
const SUBJECT_WORDS = 6;

/** A complementizer opening a subordinate clause, as a word ("que", "qu'", "that"): the subject of the clause follows it. */
const COMPLEMENTIZER = new RegExp(`(?<![${LETTER}])(?:(?:que|that)(?![${LETTER}])|qu['’])\\s*`, 'giu');

/** Built once for {@link abstractSubject} (character classes: text/char-classes.ts). */
const ABSTRACT_SUBJECT_RE = new RegExp(`[${LETTER}][${LETTER}'’-]{0,30}`, 'gu');

/**
 * True when the subject before `offset` — from the clause start, or from the last complementizer ("a déclaré que", "said
 * that") — is a short noun phrase (at most {@link SUBJECT_WORDS} words) holding an abstract noun of the lexicon:
 * « cette révision ne doit pas », "the reform must not" — the subject is a thing, not an agent. Bounded: the last 120
 * code units before `offset`.
 */
function abstractSubject(text: string, sentence: Span, offset: number, actors: ActorIndex, lex: RestrictionLexicon): boolean {
  let from = Math.max(clauseStart(text, sentence, offset, actors), offset - 120);
  const region = text.slice(from, offset);
  COMPLEMENTIZER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = 0;
  while ((m = COMPLEMENTIZER.exec(region)) !== null) cut = m.index + m[0].length;
  from += cut;
  const ws = (text.slice(from, offset).match(ABSTRACT_SUBJECT_RE) ?? []).map((w) => w.toLowerCase());
  return ws.length > 0 && ws.length <= SUBJECT_WORDS && ws.some((w) => lex.abstractSubjects.includes(w));
}

/** How far after a trigger its named object may start, code units (a few inserted adjuncts). */
const OBJECT_WINDOW = 120;

/**
 * The start of the first actor mention in [offset, end) when it is of `object.kinds` and the text before it matches
 * `object.gap`; -1 otherwise. « a exclu, hier, à l'unanimité, Antoni Pastor » → the offset of "Antoni".
 */
function objectActorAfter(text: string, offset: number, end: number, actors: ActorIndex, object: NonNullable<RestrictionRule['objectActor']>): number {
  const m = actors.nearestAfter(offset, end);
  if (!m || !object.kinds.includes(m.actor.kind)) return -1;
  return object.gap.test(text.slice(offset, m.start).trim()) ? m.start : -1;
}

function insideMention(actors: ActorIndex, offset: number): boolean {
  const m = actors.mentionAt(offset);
  return m !== undefined && m.start < offset && m.end > offset + 1;
}

/** Built once for {@link evidenceStart} (character classes: text/char-classes.ts). */
// (bounded to the 40 code units it runs on: an unbounded run before `$` would be retried from every start)
const EVIDENCE_START_RE = new RegExp(`([${LETTER}${DIGIT}'’-]{1,40})\\s{1,40}$`, 'u');

function evidenceStart(text: string, sentence: Span, ts: number, rule: RestrictionRule, actors: ActorIndex): number {
  let clause = clauseStart(text, sentence, ts, actors);
  // a newswire dateline opening the sentence ("WASHINGTON (Reuters) - ", « PARIS, 3 mars 2026 - ») is no part of the
  // evidence (ruleId restrictions/dateline)
  const dateline = datelineLength(text, sentence.start);
  if (dateline > 0 && clause < sentence.start + dateline && ts >= sentence.start + dateline) clause = sentence.start + dateline;
  if (rule.startAtClause || ts - clause <= NEAR_SUBJECT) return clause;
  if (rule.includePrevWord) {
    const prev = EVIDENCE_START_RE.exec(text.slice(Math.max(clause, ts - 40), ts));
    if (prev) return ts - prev[0].length;
  }
  return ts;
}

/**
 * End of the clause from `from`: the next clause break (not inside an actor name, nor a comma opening an exception clause of the
 * lexicon — "All flights are banned, except humanitarian ones", « Tous les vols sont interdits, sauf les vols humanitaires »: the
 * exception bounds the restriction, restrictions/exception-clause), the sentence end, or {@link MAX_EVIDENCE}.
 */
function clauseEnd(text: string, sentence: Span, from: number, actors: ActorIndex, lex: RestrictionLexicon): number {
  const limit = Math.min(sentence.end, from + MAX_EVIDENCE);
  const after = text.slice(from, limit);
  CLAUSE_BREAK.lastIndex = 0;
  let end = limit;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(after)) !== null) {
    const at = from + m.index;
    if (m.index === 0 && /[«“"]/u.test(m[0])) continue; // a quotation opening right after the trigger belongs to it
    if (m[0].startsWith(',') && lex.exceptionLead.test(text.slice(at + m[0].length, Math.min(limit, at + m[0].length + EXCEPTION_LEAD_WINDOW)))) continue;
    // (nor does the closing mark of a quoted trigger, right after it: restrictions/scare-quoted-trigger)
    if (!insideMention(actors, at) && !(m.index <= QUOTE_GAP && isScareQuote(text, at))) { end = at; break; }
  }
  if (end === limit && limit < sentence.end) {
    const lastSpace = text.lastIndexOf(' ', limit);
    if (lastSpace > from) end = lastSpace;
  }
  // drop final punctuation: "…citizens." → "…citizens"
  while (end > from && /[\s.,;:!?…]/u.test(text[end - 1]!)) end--;
  return end;
}

/** Least distance, code units, from a restriction's trigger to a trigger of another kind in its evidence for the two to be split. */
const SPLIT_GAP = 8;

/**
 * restrictions/coordinated-predicate: a conjunction and an auxiliary or an infinitive marker right between two triggers open a predicate
 * of its own, however short the gap — « a relevé les droits de douane | et a | interdit la vente », « de geler la délivrance de nouvelles
 * autorisations | et de | plafonner à 90 jours la location », "raised tariffs | and has | banned imports" (a bare " and " stays an
 * enumeration: "banned and restricted").
 */
const NEW_PREDICATE_GAP = new RegExp(`^\\s+(?:et|and)\\s+(?:a|ont|avait|avaient|aura|auront|va|vont|de|d['’]|has|have|had|will|would|to)\\s*$`, 'iu');

/** A coordination or a complementizer between two predicates: " and ", " that ", « et », « que ». */
const CONNECTIVE = /\s(?:and|that|et|que|qu['’])(?=\s|(?<=['’]))/giu;

/**
 * Where to split two restrictions of one sentence: the end of the first (the start of the first connective after its trigger, trimmed)
 * and the start of the second (the end of the last connective before its trigger); null without a connective between them. Bounded:
 * the slice between two triggers of one evidence is shorter than MAX_EVIDENCE.
 */
function connectivesBetween(text: string, from: number, to: number): { first: number; last: number } | null {
  const slice = text.slice(from, to);
  CONNECTIVE.lastIndex = 0;
  let first = -1;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = CONNECTIVE.exec(slice)) !== null) {
    if (first < 0) first = from + m.index;
    last = from + m.index + m[0].length;
  }
  if (first < 0) return null;
  while (last < to && /\s/u.test(text[last]!)) last++;
  return { first, last };
}

/**
 * A trigger opening on a finite verb of the third person right after "and"/« et » (tested on the text from before the conjunction to the
 * trigger's end): "… and restricts family reunification", « … et interdit les expulsions »; a noun after the conjunction ("and a ban on")
 * or a participle ("and banned") is no such predicate.
 */
const COORDINATED_VERB = new RegExp(`\\s(?:and|et)\\s+(?:(?:also|aussi|then|puis)\\s+)?(?:restricts|limits|caps|bans|prohibits|forbids|bars|requires|obliges|imposes|sets|interdit|limite|plafonne|impose|oblige|restreint)(?![${LETTER}])`, 'iu');

/** A clause opening on a relative pronoun or a subordinator, EN and FR ("which", "when", « qui », « lorsque »): no enumeration of the clause before. */
const SUBORDINATE_LEAD = new RegExp(`^\\s*(?:(?:which|who|whom|whose|where|when|because|although|though|whereas|qui|dont|où|lorsque|quand|parce)(?![${LETTER}])|lorsqu['’])`, 'iu');

/**
 * A relative pronoun opening the trigger's clause, its clitics allowed (« qui », « qui leur », « qui n' »): the relative clause states
 * a restriction of its own, of any kind — « Le Conseil d'Etat a suspendu l'arrêté | qui interdisait la mendicité », « Les sages ont
 * retoqué la disposition | qui restreignait l'accès au regroupement familial » (restrictions/split-relative).
 */
const RELATIVE_BEFORE_TRIGGER = /\s(qui)\s+(?:(?:ne|n['’]|leur|lui|les|la|le|l['’]|y|en)\s*){0,2}$/iu;

/**
 * The relative's antecedent is a legal text, named in the previous restriction from its trigger on (« l'arrêté pris par le maire qui
 * interdisait », « la disposition qui restreignait »): not a restricted thing (« la fermeture des restaurants qui ne peuvent que
 * proposer de la vente à emporter » is one limit).
 */
const TEXT_ANTECEDENT = new RegExp(`(?<![${LETTER}])(?:arrêtés?|décrets?|lois?|dispositions?|mesures?|textes?|articles?|règlements?|ordonnances?|circulaires?|directives?|amendements?|délibérations?)(?![${LETTER}])`, 'iu');

/** Where to split off a restriction stated in a relative clause inside the previous one's evidence (see {@link RELATIVE_BEFORE_TRIGGER}). */
function relativeSplit(text: string, prevTrigger: number, from: number, to: number): { first: number; last: number } | null {
  const m = RELATIVE_BEFORE_TRIGGER.exec(text.slice(Math.max(from, to - 24), to));
  if (!m) return null;
  const first = to - m[0].length;
  return first >= from && TEXT_ANTECEDENT.test(text.slice(prevTrigger, first)) ? { first, last: to } : null;
}

/** The lead of a clause coordinated by « et »/"and" with a subject of its own: « et l'irrigation » (restrictions/own-subject-clause). */
const OWN_SUBJECT_LEAD = new RegExp(`^\\s*(?:et|and)\\s+[${LETTER}]`, 'iu');

/** Most words between a clause start and its trigger for the clause to merge with the previous same-kind restriction. */
const MERGE_LEAD_WORDS = 4;

/** Built once for {@link mergeAndDedupe} (character classes: text/char-classes.ts). */
const MERGE_AND_DEDUPE_RE = new RegExp(`[${LETTER}${DIGIT}]+`, 'gu');

/**
 * restrictions/distinct-penalties: two sanctions of different rules in one clause are two penalties, not an enumeration of one —
 * "Chelsea have been fined 10 million pounds and banned from registering new players for two transfer windows", « condamné à deux ans
 * de prison et frappé d'inéligibilité ».
 */
function distinctPenalties(prev: Candidate, c: Candidate): boolean {
  return prev.kind === 'sanction' && c.kind === 'sanction' && c.rule.ruleId !== prev.rule.ruleId;
}

/** Trigger order: by start, the longer match first at one start. */
function byTrigger(a: Candidate, b: Candidate): number {
  return a.triggerStart - b.triggerStart || (b.triggerEnd - b.triggerStart) - (a.triggerEnd - a.triggerStart);
}

/** How far into a clause its exception lead is read, code units. */
const EXCEPTION_LEAD_WINDOW = 40;

/**
 * Drops triggers inside an earlier restriction's evidence; merges adjacent same-kind ones of a clause, and a clause opening with
 * an exception right after a restriction (restrictions/exception-clause).
 */
/** The lexicon's `exceptionLead` searched anywhere, not only at the start (built once per lexicon): restrictions/exception-in-clause. */
const EXCEPTION_CUES = new WeakMap<RestrictionLexicon, RegExp>();
function exceptionCue(lex: RestrictionLexicon): RegExp {
  let re = EXCEPTION_CUES.get(lex);
  if (!re) {
    re = new RegExp(`(?<![${LETTER}])${lex.exceptionLead.source.replace(/^\^\\s\*/u, '')}`, lex.exceptionLead.flags.replace('g', ''));
    EXCEPTION_CUES.set(lex, re);
  }
  return re;
}

function mergeAndDedupe(text: string, found: Candidate[], lex: RestrictionLexicon): Candidate[] {
  found.sort(byTrigger);
  const out: Candidate[] = [];
  // the trigger read last, kept or not: a shorter match of the same trigger loses to it even when it was merged into an earlier
  // restriction — "fined 10 million pounds and banned from registering new players": "banned from" (sanction) merges into the
  // fine, and the bare "banned" of the ban rule must not come back as a prohibition (restrictions/same-trigger-merged)
  let last: Candidate | undefined;
  for (const c of found) {
    const prev = out[out.length - 1];
    if (last && last.sentence.start === c.sentence.start && c.triggerStart < last.triggerEnd && c.triggerStart >= last.triggerStart) continue;
    last = c;
    if (prev && prev.sentence.start === c.sentence.start) {
      // the same trigger matched by two rules: the longer (first sorted) wins
      if (c.triggerStart < prev.triggerEnd) continue;
      if (c.triggerStart < prev.end) {
        // restrictions/split-other-kind: a restriction of another kind far into the previous one's evidence, past a connective, is a
        // fact of its own — "negotiations to limit Iran's nuclear program and his vow on Monday that there would be no independent
        // Palestinian state as long as he is prime minister": the limit ends before "and", the refusal starts after "that"
        // (and so is a second penalty of another rule: "fined 10 million pounds and banned from registering new players for two transfer
        // windows", restrictions/distinct-penalties)
        // (and so is a verb of the same kind coordinated after the previous restriction's clause, a predicate of its own: "a decree that sets a
        // ceiling of 150,000 work visas and restricts family reunification to migrants", « plafonne les loyers et interdit les expulsions »;
        // restrictions/coordinated-verb)
        // restrictions/exception-in-clause: a condition cue inside the previous restriction's clause ("unless", « sauf si ») bounds it and
        // is no fact of its own, even past a coordinated target — "will impose tariffs on steel from Canada and Mexico unless they curb
        // migration" is one sanction on both, with its condition (not a sanction on Canada and a condition on "Mexico")
        // (and a trigger inside that condition is part of it: "unless they curb migration" is no limit of its own)
        if (c.kind === 'condition' && prev.kind !== 'condition' && c.rule.startAtClause
          && lex.exceptionLead.test(text.slice(c.triggerStart, Math.min(c.sentence.end, c.triggerStart + EXCEPTION_LEAD_WINDOW)))) continue;
        if (prev.kind !== 'condition' && c.triggerStart - prev.triggerEnd <= MAX_EVIDENCE && exceptionCue(lex).test(text.slice(prev.triggerEnd, c.triggerStart))) continue;
        const far = c.triggerStart - prev.triggerEnd > SPLIT_GAP || NEW_PREDICATE_GAP.test(text.slice(prev.triggerEnd, c.triggerStart));
        const ownFact = far && (c.kind !== prev.kind || distinctPenalties(prev, c)
          || COORDINATED_VERB.test(text.slice(Math.max(prev.triggerEnd, c.triggerStart - 40), c.triggerEnd)));
        const split = (ownFact ? connectivesBetween(text, prev.triggerEnd, c.triggerStart) : null)
          ?? relativeSplit(text, prev.triggerStart, prev.triggerEnd, c.triggerStart);
        if (split) {
          prev.end = split.first;
          out.push({ ...c, start: Math.max(c.start, split.last) });
          continue;
        }
        // inside the previous clause: a condition cue there is the previous restriction's condition
        continue;
      }
      const gap = text.slice(prev.end, c.start);
      // restrictions/exception-clause: a clause that opens with an exception or a condition right after a restriction bounds it, it
      // is no fact of its own — "with all exports being banned, unless they are exempt from that ban", "The EU lifted all sanctions
      // against Burma, except the arms embargo", « les sorties sont interdites, sauf motif impérieux »
      if (/^[\s,]*$/u.test(gap) && lex.exceptionLead.test(text.slice(c.start, Math.min(c.sentence.end, c.start + EXCEPTION_LEAD_WINDOW)))) {
        prev.end = Math.max(prev.end, c.end);
        continue;
      }
      // an enumeration merges (« uniquement à X, exclusivement à Y »); a clause with its own predicate before its trigger
      // does not ("the 15% tariffs on X, as well as provide some relief from the 25% tariffs on Y": two sanctions), nor does
      // a clause after a semicolon, an independent statement (« s'il refuse, l'hébergeur devra retirer la page ; et si ce
      // dernier refuse, les fournisseurs d'accès devront couper l'accès »: two obligations)
      const clauseLead = text.slice(c.start, c.triggerStart);
      const lead = clauseLead.match(MERGE_AND_DEDUPE_RE)?.length ?? 0;
      // (two penalties of different rules are two sanctions, not an enumeration of one: restrictions/distinct-penalties)
      // (nor does a relative or subordinate clause, a predicate of its own: "stopped servicing equipment in line with U.S. rules, which prohibit
      // American citizens from …", « …, qui interdisent … »: restrictions/subordinate-clause)
      // (nor a coordinated clause with its own subject before a clause-wide trigger: « Les prélèvements sont limités à 50 %, | et
      // l'irrigation n'est autorisée que la nuit » — two limits, restrictions/own-subject-clause)
      if (prev.kind === c.kind && lead <= MERGE_LEAD_WORDS && !distinctPenalties(prev, c) && /^[\s,]*(?:(?:et|and|or|ou)\s+)?$/iu.test(gap)
        && !SUBORDINATE_LEAD.test(clauseLead) && !(c.rule.startAtClause && OWN_SUBJECT_LEAD.test(clauseLead))) {
        prev.end = Math.max(prev.end, c.end);
        continue;
      }
    }
    out.push({ ...c });
  }
  return out;
}

/**
 * Drops a demonstrative re-mention of a restriction already stated: « Ces
 * sanctions sont toujours en vigueur », "this ban" — the same fact, told again.
 */
function dropReMentions(text: string, list: Candidate[], lex: RestrictionLexicon): Candidate[] {
  const seen = new Set<RestrictionKind>();
  const out: Candidate[] = [];
  for (const c of [...list].sort(byTrigger)) {
    // (room for a demonstrative and one adjective: « Ces nouvelles sanctions », "these sweeping sanctions")
    const before = text.slice(Math.max(c.sentence.start, c.triggerStart - 30), c.triggerStart);
    if (seen.has(c.kind) && lex.demonstrativeBefore.test(before)) continue;
    seen.add(c.kind);
    out.push(c);
  }
  return out;
}

function refOf(actor: Actor): ActorRef {
  return { id: actor.id, name: actor.name };
}

/** Most code units read past an evidence's end for the closing mark of a quotation it opens (restrictions/closed-quotation). */
const QUOTE_CLOSE_WINDOW = 80;
/** The quotation-mark pairs an evidence may open: ASCII, curly and French marks. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['“', '”'], ['«', '»']];

/**
 * restrictions/closed-quotation: an evidence span never ends inside a quotation mark it opened — `The Senate banned "TikTok" on
 * Tuesday.` gave `The Senate banned "TikTok` (fourth new-user trial). When the span [start, end) holds an odd number of ASCII marks,
 * or a curly or French opening mark after its last closing one, the end moves past the closing mark when it stands within
 * {@link QUOTE_CLOSE_WINDOW} code units and the sentence; otherwise `end` is returned. Bounded: one slice of the evidence and one of
 * the window.
 */
export function closeOpenQuotation(text: string, start: number, end: number, sentenceEnd: number): number {
  const inside = text.slice(start, end);
  const limit = Math.min(sentenceEnd, end + QUOTE_CLOSE_WINDOW);
  let close = '';
  if ((inside.match(/"/gu)?.length ?? 0) % 2 === 1) close = '"';
  else for (const [open, shut] of QUOTE_PAIRS) if (inside.lastIndexOf(open) > inside.lastIndexOf(shut)) close = shut;
  if (!close) return end;
  const at = text.slice(end, limit).indexOf(close);
  return at < 0 ? end : end + at + 1;
}

function toDraft(text: string, c: Candidate, lex: RestrictionLexicon, actors: ActorIndex): UnreadRestriction {
  const evidence = makeSpan(text, c.start, closeOpenQuotation(text, c.start, c.end, c.sentence.end));
  // condition: the without/unless/sans clause inside the evidence, after the trigger's start
  let condition: string | null = null;
  let actionEnd = evidence.end;
  const tail = text.slice(c.triggerStart, evidence.end);
  let cue = lex.conditionCue.exec(tail);
  // (a "when"/« lorsque » clause after the trigger's end: restrictions/<lang>/when-condition)
  if (!cue && lex.conditionAfterCue) {
    const after = lex.conditionAfterCue.exec(text.slice(c.triggerEnd, evidence.end));
    if (after) { after.index += c.triggerEnd - c.triggerStart; cue = after; }
  }
  if (cue) {
    const cs = c.triggerStart + cue.index;
    condition = makeSpan(text, cs, evidence.end).text || null;
    if (cs > c.triggerEnd) actionEnd = cs;
  }
  let actionStart = c.actionFrom ?? (c.rule.objectInTrigger ? afterHeadWord(text, c.triggerStart, c.triggerEnd) : c.triggerEnd);
  // restrictions/scare-quoted-trigger: the closing mark of a quoted trigger is no part of its object ("“banned” the rally" → "the rally")
  const lead = /^[\s\u00a0\u202f]?[»”"]/u.exec(text.slice(actionStart, actionStart + 2));
  if (lead && isScareQuote(text, actionStart + lead[0].length - 1)) actionStart += lead[0].length;
  let action = actionStart < actionEnd ? makeSpan(text, actionStart, actionEnd).text : '';
  if (c.kind === 'condition' && cue) {
    // the conditioned action keeps its modal and negation, in both languages: "will not be able to use these tools
    // without …" → "will not be able to use these tools"; « ne peut pas exporter de gaz sans … » → « ne peut pas exporter
    // de gaz » (stripping only « ne » left « peut pas exporter », which reads as the opposite)
    const inner = makeSpan(text, c.triggerStart, c.triggerStart + cue.index).text.replace(/[,;]$/u, '');
    action = inner || action;
  }
  const infinitive = c.rule.startAtClause && c.kind === 'prohibition' && !cue ? lex.infinitiveAfter?.exec(text.slice(c.triggerEnd, c.triggerEnd + 8)) : null;
  if (infinitive && c.triggerEnd + infinitive[0].length < actionEnd) {
    // restrictions/<lang>/infinitive-action
    action = makeSpan(text, c.triggerEnd + infinitive[0].length, actionEnd).text;
  } else if (c.rule.startAtClause && c.start < c.triggerStart) {
    // "the merger can go ahead unless …", « supprimer les exonérations … pour les entreprises de plus de 20 salariés »
    // a trailing copula is no part of what is restricted: "The sale is | subject to approval" → "The sale",
    // « L'opération est | soumise à l'accord de… » → « L'opération »
    action = withoutTrailingCopula(makeSpan(text, c.start, c.triggerStart).text.replace(/[,;]$/u, '')) || action;
  }
  const subjectAction = c.rule.voice === 'active' ? passiveSubject(text, c, lex) : '';
  if (subjectAction) action = subjectAction;
  if (!action) action = makeSpan(text, c.triggerStart, c.triggerEnd).text;
  // restrictions/<lang>/fine-action: a fine is its own action — "a €15 million fine", « une amende de 15 millions d'euros »
  if (c.rule.nounAction?.test(text.slice(c.triggerStart, c.triggerEnd))) action = nounPhrase(text, c, evidence.end, lex) || action;

  // who: the subject before the trigger, the agent after "by"/« par », the actors in the action
  let subject = actors.nearestBefore(c.triggerStart, c.sentence.start, AGENT_KINDS)?.actor ?? null;
  let inAction = actorsInAction(text, c.triggerEnd, evidence.end, lex, actors);
  // restrictions/<lang>/participle-clause: a participle opening its clause after a comma shares the subject of the main clause,
  // and its pronoun object stands for the last actor named before it — "The European Union imposed sanctions on Belavia,
  // barring it from EU airspace", « L'UE a sanctionné Belavia, lui interdisant l'espace aérien européen »
  if (c.rule.voice === 'active' && PARTICIPLE_OPENING.test(text.slice(c.triggerStart, c.triggerEnd))
    && PARTICIPLE_CLAUSE_BEFORE.test(text.slice(Math.max(c.sentence.start, c.triggerStart - 12), c.triggerStart))) {
    const main = actors.nearestAfter(c.sentence.start, c.triggerStart, AGENT_KINDS)?.actor ?? null;
    if (main && main !== subject) {
      if (subject && pronounObject(text, c.triggerStart, c.triggerEnd)) inAction = [subject, ...inAction.filter((a) => a !== subject)];
      subject = main;
    }
  }
  const agent = agentAfter(text, c, evidence.end, lex, actors);
  let imposedBy: Actor | null = null;
  let appliesTo: Actor[] = [];
  // a participle with its agent right after it is a passive: « rejeté par le Parlement européen », "rejected by Congress"
  // (restrictions/<lang>/passive-participle) and so is a participle after a passive auxiliary: "Google was fined €2.4 billion by
  // the European Commission", « TikTok a été interdit en Inde »
  const auxPassive = lex.participleTrigger.test(text.slice(c.triggerStart, c.triggerEnd))
    && lex.passiveAuxBefore.test(text.slice(Math.max(c.sentence.start, c.triggerStart - 30), c.triggerStart));
  const passive = auxPassive || (agent !== null && new RegExp(`^(?:\\s+[${LETTER}]+(?:ment|ly|é|ée|és|ées|ed|en)){0,2}\\s+(?:${lex.agentPrepositions.join('|')})\\s`, 'iu').test(text.slice(c.triggerEnd, evidence.end)));
  // "Iran could face new sanctions", « la Russie fait l'objet de sanctions »: the subject undergoes the restriction
  const before60 = text.slice(Math.max(c.sentence.start, c.triggerStart - 60), c.triggerStart);
  const undergoes = c.rule.voice === 'active' && lex.undergoBefore.test(before60)
    && !(lex.threatensToBefore?.test(before60) && INFINITIVE_OPENING.test(text.slice(c.triggerStart, c.triggerEnd)));
  if (undergoes) {
    // restrictions/<lang>/undergone-imposer: an actor between the verb of undergoing and the noun is the noun's author, the target stands
    // before the verb — "Libya has been under a UN arms embargo since 2011", "Iran faces new US sanctions"
    const cue = lex.undergoBefore.exec(before60)!;
    const cueStart = c.triggerStart - before60.length + cue.index;
    const after = lex.authorAfter ? actors.nearestAfter(c.triggerEnd, Math.min(c.sentence.end, c.triggerEnd + 30), AGENT_KINDS) : undefined;
    const author = actors.nearestBefore(c.triggerStart, cueStart, AGENT_KINDS)
      ?? (after && lex.authorAfter!.test(text.slice(c.triggerEnd, after.start)) ? after : undefined);
    const target = author ? actors.nearestBefore(cueStart, c.sentence.start, AGENT_KINDS)?.actor ?? null : subject;
    imposedBy = agent ?? author?.actor ?? null;
    appliesTo = target ? [target] : [];
  } else if (c.rule.voice === 'active' && passive) {
    imposedBy = agent;
    appliesTo = subject ? [subject] : [];
  } else if (c.rule.voice === 'active') {
    imposedBy = subject;
    appliesTo = inAction.filter((a) => a !== subject);
  } else if (c.rule.voice === 'passive') {
    imposedBy = agent;
    appliesTo = subject ? [subject] : inAction.filter((a) => a !== agent);
  } else {
    appliesTo = subject ? [subject] : [];
    // a penalty the subject must pay names its imposer as an agent: "Tesla must pay a $20 million penalty levied by the SEC"
    if (c.kind === 'sanction') imposedBy = agent;
    // restrictions/<lang>/subject-passive-agent: "The $69 billion deal was blocked by the UK's Competition and Markets
    // Authority" — the agent right after the passive blocks it, and what is blocked is the subject, not "by the …"
    // (second new-user trial)
    const byAgent = agentOpening(lex)?.test(action) ?? false;
    if (agent && byAgent) {
      imposedBy = agent;
      const own = makeSpan(text, c.start, c.triggerEnd).text.replace(PASSIVE_TAIL, '');
      if (own) action = own;
    }
  }
  // restrictions/<lang>/evaded-not-imposed: who evades or breaks a restriction does not impose it — « la flotte fantôme utilisée par
  // Moscou pour contourner le plafonnement du prix du pétrole », "Russia uses a shadow fleet to evade the price cap" (an agent after
  // it still imposes: "to get around the price cap imposed by the G7")
  if (imposedBy && imposedBy !== agent && lex.evadedBefore.test(before60)) imposedBy = null;
  // restrictions/permit-condition: "would prevent access to the metadata of journalists without a judicial warrant" — forbidden unless
  // permitted is a condition
  // restrictions/undergone-ban: a ban the subject is hit with, faces or receives is a penalty on it — "Luis Suarez was hit with the
  // longest ban imposed at a World Cup", « le club écope d'une interdiction de recruter »
  let kind = c.kind === 'prohibition' && condition !== null && (lex.permitCondition?.test(condition) ?? false)
    ? 'condition'
    : c.kind === 'prohibition' && c.rule.voice === 'active' && (lex.penaltyBefore?.test(before60) ?? false) ? 'sanction' : c.kind;
  // restrictions/<lang>/faces-ban: a bare ban that the subject faces, risks or receives ("TikTok may face a ban in the United
  // States", « TikTok risque une interdiction aux États-Unis ») forbids the subject when it is a thing, a firm or a state — a
  // prohibition of it, its imposer unnamed unless an agent follows; on a person or a group it is a penalty ("Suarez faces a ban")
  if ((kind === 'sanction' || kind === 'prohibition') && lex.bareBan.test(text.slice(c.triggerStart, c.triggerEnd))
    && (lex.undergoBefore.test(before60) || (lex.penaltyBefore?.test(before60) ?? false))) {
    kind = subject && PENALISED_KINDS.includes(subject.kind) ? 'sanction' : 'prohibition';
    imposedBy = agent;
    appliesTo = subject ? [subject] : [];
    action = nounPhrase(text, c, evidence.end, lex) || action;
  }
  return {
    kind,
    imposedBy: imposedBy ? refOf(imposedBy) : null,
    appliesTo: appliesTo.map(refOf),
    action,
    condition,
    evidence,
    ruleId: c.rule.ruleId,
  };
}

/** {@link agentOpening} per lexicon, built at first use. */
const AGENT_OPENING = new WeakMap<RestrictionLexicon, RegExp | null>();

/** A phrase opening on an agent preposition ("by the CMA", « par la Commission »), compiled once per lexicon; null when it has none. */
function agentOpening(lex: RestrictionLexicon): RegExp | null {
  let re = AGENT_OPENING.get(lex);
  if (re === undefined) {
    re = lex.agentPrepositions.length ? new RegExp(`^(?:${lex.agentPrepositions.join('|')})\\s`, 'iu') : null;
    AGENT_OPENING.set(lex, re);
  }
  return re;
}

/** The passive verb group ending a subject-voice trigger: " was blocked", « a été bloqué » (what is left is the blocked thing); it starts at the first space of its run (linear on long space runs). */
const PASSIVE_TAIL = /(?<![ \u00a0])[ \u00a0]+(?:was|were|is|are|has[ \u00a0]+been|have[ \u00a0]+been|had[ \u00a0]+been|(?:would|could|will|may|might)[ \u00a0]+be|a[ \u00a0]+été|ont[ \u00a0]+été|avait[ \u00a0]+été|est|sont|était|sera|seront)[ \u00a0].*$/iu;

/** Built once for {@link afterHeadWord}: a leading auxiliary, then the head word and its spaces. */
const HEAD_WORD_RE = new RegExp(`^(?:(?:a|ont|avait|avaient|has|have|had)\\s{1,3})?[${LETTER}${DIGIT}'’-]{1,40}\\s{1,3}`, 'iu');

/** Where the restricted thing starts in a trigger that holds it ({@link RestrictionRule.objectInTrigger}): after its head word. */
function afterHeadWord(text: string, start: number, end: number): number {
  const m = HEAD_WORD_RE.exec(text.slice(start, end));
  return m && start + m[0].length < end ? start + m[0].length : end;
}

/** A relative pronoun ending a subject, after a space ("a contract which", « les produits qui »); the match starts at the first space of its run (linear on long space runs). */
const TRAILING_RELATIVE = new RegExp(`(?<!\\s)\\s+(?:which|that|who|whom|qui|que|lequel|laquelle|lesquels|lesquelles)$`, 'iu');

/** Built once for {@link passiveSubject}: the first word of a trigger. */
const FIRST_WORD_RE = new RegExp(`^[${LETTER}]+`, 'u');

/**
 * restrictions/passive-subject-action: the subject of a verb trigger in the passive is the restricted thing — "Smoking is banned in
 * all public buildings" → "Smoking", "TikTok was banned by the Indian government" → "TikTok", « Cinq banques russes ont été
 * sanctionnées par l'UE » → « Cinq banques russes ». '' when the trigger is no participle, no auxiliary stands before it in the
 * evidence, or the subject is impersonal ("It is forbidden to…", « Il est interdit de… »: the action after the trigger stays).
 */
function passiveSubject(text: string, c: Candidate, lex: RestrictionLexicon): string {
  if (!lex.passiveBefore || !lex.participle || c.start >= c.triggerStart) return '';
  const first = FIRST_WORD_RE.exec(text.slice(c.triggerStart, c.triggerEnd))?.[0] ?? '';
  if (!lex.participle.test(first)) return '';
  const lead = text.slice(c.start, c.triggerStart);
  const aux = lex.passiveBefore.exec(lead);
  if (!aux) return '';
  // a relative pronoun closing the subject is no part of it: "a contract which | is now prohibited" → "a contract"
  const subject = makeSpan(text, c.start, c.start + aux.index).text.replace(/[,;]$/u, '').replace(TRAILING_RELATIVE, '');
  return subject && !(lex.impersonalSubject?.test(subject) ?? false) ? subject : '';
}

/** Actor kinds on whom a ban they face is a penalty (restrictions/<lang>/faces-ban): people and named groups. */
const PENALISED_KINDS: readonly ActorKind[] = ['person', 'group'];

/** Actor kinds that may stand for a place ("in the United States", « à Villeneuve-Loubet »). */
const PLACE_KINDS: readonly ActorKind[] = ['place', 'government'];
/** Code units read before a mention for its locative preposition. */
const LOCATIVE_WINDOW = 30;

/**
 * The agent actors named in the action [from, end), in order of first mention, without the places where the restriction
 * holds: a place or government all of whose mentions there follow the lexicon's `locativeBefore` ("a ban on TikTok in the
 * United States", "barred journalists from entering Gaza", « le burkini à Villeneuve-Loubet ») is no party
 * (restrictions/<lang>/locative-not-target). The look-back never crosses `from`: « interdit à la Russie de » keeps its dative.
 */
function actorsInAction(text: string, from: number, end: number, lex: RestrictionLexicon, actors: ActorIndex): Actor[] {
  // restrictions/<lang>/target-modifier: no target inside a clause about the target ("companies accused of supplying drones to Russia")
  const modifier = from < end ? lex.targetModifier.exec(text.slice(from, end)) : null;
  if (modifier) end = from + modifier.index;
  const mentions = actors.mentionsIn(from, end, AGENT_KINDS);
  const out: Actor[] = [];
  for (const m of mentions) {
    if (out.includes(m.actor)) continue;
    const locative = (x: typeof m): boolean => PLACE_KINDS.includes(x.actor.kind) && lex.locativeBefore.test(text.slice(Math.max(from, x.start - LOCATIVE_WINDOW), x.start));
    if (mentions.filter((x) => x.actor === m.actor).every(locative)) continue;
    out.push(m.actor);
  }
  return out;
}

/**
 * The noun phrase of a {@link RestrictionRule.nounAction} trigger: from its determiner (when one stands right before it) to
 * the lexicon's `nounActionCut` after it, within the evidence; '' when nothing is left. Bounded: 40 code units before the
 * trigger, the evidence after it.
 */
function nounPhrase(text: string, c: Candidate, end: number, lex: RestrictionLexicon): string {
  const det = lex.nounActionDeterminer.exec(text.slice(Math.max(c.sentence.start, c.triggerStart - 40), c.triggerStart));
  const start = det ? c.triggerStart - det[0].length : c.triggerStart;
  const cut = lex.nounActionCut.exec(text.slice(c.triggerEnd, end));
  return makeSpan(text, start, cut ? c.triggerEnd + cut.index : end).text.replace(/[,;:]$/u, '');
}

/** A copula ending a phrase, after one space: "is", "will be", « a été » (tested on the last 16 code units only). */
const TRAILING_COPULA = new RegExp(`(?<![${LETTER}])(?:is|are|was|were|will\\s{1,3}be|would\\s{1,3}be|has\\s{1,3}been|have\\s{1,3}been|est|sont|sera|seront|serait|seraient|était|étaient|a\\s{1,3}été|ont\\s{1,3}été)$`, 'iu');

/**
 * `phrase` without a trailing copula: "The sale is" → "The sale". The phrase is
 * trimmed (makeSpan), so the copula is tested on a bounded tail: an anchored
 * `\s+(…)$` retried at every space of a long space run is quadratic.
 */
function withoutTrailingCopula(phrase: string): string {
  const tail = phrase.slice(-16);
  const m = TRAILING_COPULA.exec(tail);
  if (!m) return phrase;
  return phrase.slice(0, phrase.length - tail.length + m.index).trimEnd();
}

/** The actor right after an agent preposition in the clause: "rejected by Congress", « écartée par le Pentagone ». */
function agentAfter(text: string, c: Candidate, end: number, lex: RestrictionLexicon, actors: ActorIndex): Actor | null {
  const slice = text.slice(c.triggerEnd, end);
  for (const prep of lex.agentPrepositions) {
    const re = new RegExp(`(?<![${LETTER}])${prep}\\s+`, 'iu');
    const m = re.exec(slice);
    if (!m) continue;
    const at = c.triggerEnd + m.index + m[0].length;
    const next = actors.nearestAfter(at, Math.min(end, at + 60), AGENT_KINDS);
    if (!next) continue;
    // a possessive owner names whose body acts: "by the UK's Competition and Markets Authority" → the authority
    const owned = /^['’]s\s+/u.exec(text.slice(next.end, next.end + 4));
    const headAt = owned ? next.end + owned[0].length : -1;
    const head = owned ? actors.nearestAfter(headAt, Math.min(end, headAt + 80), AGENT_KINDS) : undefined;
    return (head && head.start === headAt ? head : next).actor;
  }
  return null;
}
