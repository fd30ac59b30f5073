/**
 * Quote extractor: direct quotations between « … », “ … ”, „ … “ or "…",
 * one per quoted passage (a passage may span sentences and, by the
 * multi-paragraph convention, paragraphs). Scare quotes and titles are
 * skipped ({@link isQuotation}). The speaker is the actor of the attribution
 * clause, searched in this order:
 *
 * 1. "X quotes Y as saying: "…"" → Y (`quotes/en/quotes-as-saying`);
 * 2. after the quote: "« … », a déclaré le ministre", "\"…\" said Smith",
 *    "\"…,\" Smith, an analyst at X, said" (`quotes/<lang>/after`); "\"…,\" it
 *    said", "a-t-il précisé" (`after-pronoun`, see {@link pronounAntecedent});
 *    an incise before an inverted subject ("« … », y compris le montant…,
 *    commente Song Myung-Sup") (`after-incise`); the holder of a role named
 *    after its organisation ("explique le président de l'Ufip, Jean Louis
 *    Schilansky") (`after-role-holder`); a source phrase ("« … »,
 *    selon Jean Martin") (`after-source`); a description of someone named
 *    before ("résume l'universitaire" → the last person named; "la
 *    porte-parole de la fédération" → the organisation) (`after-description`);
 * 3. before it, in the same clause: "Name: \"…\"", "Sam Altman admet … : « … »",
 *    "X a indiqué « … »", "saying, \"…\"", "selon X, « … »" (`quotes/<lang>/before`);
 *    a pronoun subject ("il confie que", "Il fut exclu … et déclara :", "Surpris
 *    par X, il déclara :") (`before-pronoun`); a speech participle opening the
 *    sentence shares the main clause's subject ("Estimant que « … », il vota")
 *    (`participle`);
 * 4. no attribution: the quote before it in the previous sentence, or the
 *    subject of the previous sentence of the paragraph (`quotes/<lang>/continued`);
 *    a quotation paragraph after a paragraph ending on a colon belongs to that
 *    paragraph's subject (`quotes/<lang>/announced`);
 * 5. an unattributed quote followed in its sentence by a quote attributed after
 *    it shares that attribution (`quotes/<lang>/shared-after`); so does one followed in the next sentence of its
 *    paragraph by a quote attributed with a verb of addition (« … ». « … », a ajouté Laurent Fabius; "…, added X").
 *
 * Before step 2, an incise inside the quotation marks naming a person speaks (« Absurde. Ce processus est la norme,
 * explique Antony Fastier, toxicologue. … », `quotes/<lang>/inner-incise`). A bare surname the actor extractor left
 * unlinked stands for the one person actor whose name ends with it ("added Claure"). A person after a possessive
 * organisation heads an apposed subject ("NASA's Steve Clarke, deputy associate administrator…, said"). A bare plural
 * source noun ("Aviation analysts called it…") or an inverted definite subject past an adjunct (« dit en substance le
 * texte ») names nobody: no speaker.
 *
 * Before step 4, a lead that settles the speaker as nobody named stops the search: a clause with its own personal
 * pronoun subject and no verb of speech (« Après, il limogea « … » », `own-subject`), an indefinite subject
 * (« certains wikipédiens estiment que « … » », `indefinite-subject`); a definite description of a body that reports
 * speaks for that body (« le parti écologiste pense que « … » », `described-body`).
 * Two- or three-word quotations count when a verb of speech governs them or written words are named before them
 * ({@link isShortQuotation}); their ruleId is the speaker rule's.
 *
 * News convention behind the pronoun rules: a speaker keeps speaking until
 * another is introduced — but a report by someone else named in between
 * ("Early says…") ends the run, and an unresolved pronoun gives no speaker.
 *
 * @module
 */
import type { Actor, ActorKind, AnalysedText, ActorRef, Draft, Quote, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import { ActorIndex } from './actor-index.js';
import type { ActorMention } from './actor-index.js';
import { makeSpan, makeTrimmedSpan } from '../text/span.js';
import { escapeRegExp, reportingLexicon } from './attribution-lexicon.js';
import type { ReportingLexicon } from './attribution-lexicon.js';
import type { CompiledLexicon } from './attribution.js';
import {
  SPEAKER_KINDS, asPronoun, compile, findQuotedPassages, isGoverned, isQuotation, lastStartingAtOrBefore, passageAt, skipLeadingAdverbials,
  subjectMention, words,
} from './attribution.js';
import type { QuotedPassage } from './attribution.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../text/char-classes.js';
import { fold } from './actors/normalize.js';

/** Extracts quotes from `doc`; evidence spans (the words inside the marks) index `doc.text`. */
export function extractQuotes(doc: AnalysedText, ctx: ExtractionContext): Draft<Quote>[] {
  const { text } = doc;
  const c = compile(reportingLexicon(doc.language));
  const all = findQuotedPassages(text, doc.paragraphs);
  const titles = titlePatterns(reportingLexicon(doc.language));
  const passages = all.filter((p) => (isQuotation(text.slice(p.innerStart, p.innerEnd)) || isShortQuotation(doc, c, all, p))
    && !isTitle(text, p, titles));
  const out: (Draft<Quote> & { passage: QuotedPassage; mention?: ActorMention })[] = [];
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    const evidence = trimInner(text, p);
    if (evidence.end <= evidence.start) continue;
    const found = resolveSpeaker(doc, ctx.actors, c, passages, i, out);
    if (found.mention) found.mention = introducedDescription(doc.text, ctx.actors, c, found.mention);
    out.push({
      speaker: found.mention ? ActorIndex.ref(found.mention.actor) : found.inherited ?? null,
      text: evidence.text,
      evidence,
      ruleId: `quotes/${doc.language}/${found.rule}`,
      passage: p,
      mention: found.mention,
    });
  }
  shareTrailingAttribution(doc, out);
  return out.map(({ speaker, text: t, evidence, ruleId }) => ({ speaker, text: t, evidence, ruleId }));
}

/** Code units read back from an opening quotation mark for a title cue ({@link titlePatterns}). */
const TITLE_LOOKBACK = 60;

/** Title cues of a lexicon, compiled: `noun` for work nouns (title capitalised), `cue` for title cues (any case). */
interface TitlePatterns { noun: RegExp | null; cue: RegExp | null }

const TITLE_CACHE = new WeakMap<ReportingLexicon, TitlePatterns>();

/** First letter of a quotation, to tell a title ("Poverty in America") from quoted content ("found no evidence"). */
const FIRST_LETTER = new RegExp(`[${LETTER}]`, 'u');
const UPPER_LETTER = new RegExp(`^[${UPPER}]$`, 'u');

/**
 * The leads right before an opening quotation mark that make the quotation a title (ruleId quotes/<lang>/title): a work
 * noun, optionally followed by a naming participle, before a capitalised quotation ("the song "Jesus Is Just Alright With
 * Me"", "a documentary called "Inside Job"", « la sculpture « La Petite danseuse de quatorze ans » », « une comédie
 * musicale nommée « Les bâtisseurs de la gloire » » — not 'the report "found no evidence"', quoted content), or a title
 * cue before any quotation ("entitled "…"", « intitulé « … » », « du thème « s'enrichir dans la diversité » »); a colon
 * or comma may stand between. Built once per lexicon. Linear: anchored at the end, alternations of literals, bounded
 * spaces.
 */
function titlePatterns(lex: ReportingLexicon): TitlePatterns {
  const cached = TITLE_CACHE.get(lex);
  if (cached) return cached;
  const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map((x) => escapeRegExp(x).replace(/ /g, '\\s{1,3}')).join('|');
  const end = '\\s{0,3}[:,]?\\s{0,3}$';
  const namers = lex.titleNamers?.length ? `(?:\\s{1,3}(?:${alt(lex.titleNamers)}))?` : '';
  const out: TitlePatterns = {
    noun: lex.titleNouns?.length ? new RegExp(`(?<![${LETTER}])(?:${alt(lex.titleNouns)})${namers}${end}`, 'iu') : null,
    cue: lex.titleCues?.length ? new RegExp(`(?<![${LETTER}])(?:${alt(lex.titleCues)})${end}`, 'iu') : null,
  };
  TITLE_CACHE.set(lex, out);
  return out;
}

/** The passage is the title of a work or a theme by the lead before it ({@link titlePatterns}). */
function isTitle(text: string, p: QuotedPassage, titles: TitlePatterns): boolean {
  if (!titles.noun && !titles.cue) return false;
  const lead = text.slice(Math.max(0, p.start - TITLE_LOOKBACK), p.start);
  if (titles.cue?.test(lead)) return true;
  if (!titles.noun?.test(lead)) return false;
  const first = FIRST_LETTER.exec(text.slice(p.innerStart, Math.min(p.innerEnd, p.innerStart + 40)));
  return !!first && UPPER_LETTER.test(first[0]);
}

/** A verb of addition right after a quote: ", a ajouté", « , ajoute », ", added", ", he added" — the speaker spoke before. */
const ADDED_AFTER = new RegExp(`^[\\s,.”"»]*(?:a\\s+ajouté|ajoute|ajoutait|a\\s+poursuivi|poursuit|renchérit|a\\s+renchéri|added|adds|continued|(?:[${LETTER}.'’ -]{1,30}\\s)?(?:added|continued))(?![${LETTER}])`, 'iu');

/**
 * "« Avec une augmentation continue… », la question est de savoir « si nous allons continuer à investir » affirme-t-il":
 * an unattributed quote whose sentence goes on to a second quote attributed after it (by a verb following that quote)
 * shares that attribution (`quotes/<lang>/shared-after`). Runs from the last quote back, so a chain of quotes shares one
 * attribution. Only quotes left without a speaker change.
 */
function shareTrailingAttribution(doc: AnalysedText, out: (Draft<Quote> & { passage: QuotedPassage })[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (q.speaker || !/\/unattributed$/.test(q.ruleId) || !next.speaker || !/\/(?:after|after-pronoun|after-incise|after-role-holder|shared-after)$/.test(next.ruleId)) continue;
    const si = sentenceAt(doc.sentences, q.passage.start);
    const nextSi = sentenceAt(doc.sentences, next.passage.start);
    // « … «d'encore plus de 200» personnes. «Pour certains…», a ajouté Laurent Fabius. »: a verb of addition after the next
    // sentence's quote says its speaker also spoke the quote before it (same paragraph)
    const adds = nextSi === si + 1 && sameParagraph(doc, q.passage.start, next.passage.start)
      && ADDED_AFTER.test(doc.text.slice(next.passage.end, next.passage.end + 40));
    if (nextSi !== si && !adds) continue;
    q.speaker = next.speaker;
    q.ruleId = q.ruleId.replace(/unattributed$/, 'shared-after');
  }
}

/** How many words may stand between the verb that reports a short quotation and the quotation ("said there was a"). */
const SHORT_QUOTE_GAP = 8;

/** Built once for {@link isShortQuotation} (character classes: text/char-classes.ts). */
const IS_SHORT_QUOTATION_RE = new RegExp(`^[${DIGIT}]+$`, 'u');

/** Built once for {@link isShortQuotation} (character classes: text/char-classes.ts). */
const IS_SHORT_QUOTATION_RE_2 = new RegExp(`^[${UPPER}]`, 'u');

/**
 * A two- or three-word quotation that {@link isQuotation} leaves out as a possible term, kept as a quotation when the
 * text shows it is someone's words:
 *
 * - `quotes/<lang>/short-reported`: a reporting or naming verb of its sentence governs it, at most
 *   {@link SHORT_QUOTE_GAP} words before it with no clause punctuation between, and its words are all lower case (a
 *   capital marks a name or a title: "Star Wars", « Telenotícies 1 »): "said there was a "deep mourning" feeling",
 *   « le parti pense qu'il s'agit de « propos isolés » », « où il a promis un « nouveau départ » », « Il a estimé que ces
 *   statistiques constituaient un « triste rappel » »; not "The new "price indexing" formula…" (no verb of speech);
 * - `quotes/<lang>/written-words`: a noun naming written words stands right before it, capitals allowed ("covered with
 *   the text "Made in USA"", « une banderole portant l'inscription « Non à la guerre » »).
 *
 * A single word stays a scare quote. Bounded: the lead read is the quotation's sentence, at most 300 code units back.
 */
function isShortQuotation(doc: AnalysedText, c: CompiledLexicon, all: readonly QuotedPassage[], p: QuotedPassage): boolean {
  const { text } = doc;
  const ws = words(text.slice(p.innerStart, p.innerEnd));
  if (ws.length < 2 || ws.length > 3 || ws.some((w) => IS_SHORT_QUOTATION_RE.test(w))) return false;
  if (c.writtenBefore?.test(text.slice(Math.max(0, p.start - 40), p.start))) return true;
  if (attributedAfter(text, c, p)) return true;
  if (ws.some((w) => IS_SHORT_QUOTATION_RE_2.test(w))) return false;
  const sentence = doc.sentences[sentenceAt(doc.sentences, p.start)];
  const from = Math.max(sentence ? sentence.start : 0, p.start - 300);
  const lead = text.slice(from, p.start);
  let verbEnd = -1;
  for (const re of [c.reportingInner, c.naming]) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lead)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      // a verb inside another quotation is what someone said, not the report of this one
      if (!passageAt(all, from + m.index) && m.index + m[0].length > verbEnd) verbEnd = m.index + m[0].length;
    }
  }
  if (verbEnd < 0) return false;
  const gap = lead.slice(verbEnd);
  return !/[.;:!?«»"“”()]/u.test(gap) && words(gap).length <= SHORT_QUOTE_GAP;
}

/**
 * `quotes/<lang>/short-attributed`: a short quotation that ends its clause — a comma, "!" or "?" closing its inside, or a
 * comma right after the marks — and is followed, within five words and no other punctuation, by a verb of speech is
 * someone's words, capitals included: "\"These are lies,\" Dmitry Peskov said.", « « C'est un mensonge », a déclaré
 * Dmitri Peskov. » (a term in quotation marks is not followed by its own attribution). Bounded: 100 code units read.
 */
function attributedAfter(text: string, c: CompiledLexicon, p: QuotedPassage): boolean {
  const inner = text.slice(p.innerStart, p.innerEnd);
  const head = text.slice(p.end, p.end + 100);
  if (!/[,!?][\s\u00a0\u202f]*$/u.test(inner) && !/^[\s\u00a0\u202f]*,/u.test(head)) return false;
  // the quotation opens its clause (a paragraph, a sentence, after a colon or a dash): not a term inside one, « … les
  // travaux « sans autorisation », ni « déclaration au fisc », écrit Le Canard enchaîné »
  let k = p.start;
  let newline = false;
  while (k > 0 && p.start - k < 4 && /[\s\u00a0\u202f]/u.test(text[k - 1]!)) { if (text[k - 1] === '\n') newline = true; k--; }
  if (!(k === 0 || newline || /[.!?:;—–]/u.test(text[k - 1]!))) return false;
  c.quoting.lastIndex = 0;
  const verb = c.quoting.exec(head);
  // (not the « dire » of « c'est-à-dire »)
  if (!verb || head[verb.index - 1] === '-') return false;
  const between = head.slice(0, verb.index).replace(/^[\s\u00a0\u202f,]+/u, '');
  return !/[.;:!?«»"“”()]/u.test(between) && words(between).length <= 5;
}

/** The inside of a passage, trimmed of spaces and of a trailing `,;:` ("…new tanker,\" it said" → "…new tanker"). */
function trimInner(text: string, p: QuotedPassage): Span {
  const s = makeTrimmedSpan(text, p.innerStart, p.innerEnd);
  return s.end > s.start ? s : makeSpan(text, p.innerStart, p.innerEnd);
}

/** Where an inverted subject ends: punctuation, or a preposition opening an adjunct (EN and FR). */
const NP_STOP = /[,.;:!?(]|\s(?:à|au|aux|dans|sur|lors|pendant|après|avant|devant|pour|en|par|in|on|at|to|during|after|before|when|while|for|from|via)\s/u;

/** A subject pronoun before the verb, hyphenated or not ("it said", "a-t-il précisé"). */
const PRONOUN_IN_TRAIL = new RegExp(`(?:^|[\\s,\\-])(he|she|it|they|il|elle|ils|elles)(?![${LETTER}])`, 'iu');
/** A subject pronoun right after the verb ("said he", "précise-t-elle"). */
const PRONOUN_AFTER_VERB = new RegExp(`^(?:-t)?[\\s\\-]+(he|she|il|elle|ils|elles)(?![${LETTER}])`, 'iu');

/** The first mention of [start, end) not governed by a preposition, if any. */
function ungovernedMention(text: string, index: ActorIndex, start: number, end: number, c: CompiledLexicon): ActorMention | undefined {
  return index.mentionsIn(start, end, SPEAKER_KINDS).find((m) => !isGoverned(text, m.start, c));
}

/** True when offsets `a` and `b` lie in the same paragraph. */
function sameParagraph(doc: AnalysedText, a: number, b: number): boolean {
  return lastStartingAtOrBefore(doc.paragraphs, a) === lastStartingAtOrBefore(doc.paragraphs, b);
}

interface Found {
  mention?: ActorMention;
  inherited?: ActorRef | null;
  rule: string;
}

/** The sentence index holding `offset` (the last sentence starting at or before it). */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(sentences, offset);
}

/** Built once for {@link resolveSpeaker} (character classes: text/char-classes.ts). */
const RESOLVE_SPEAKER_RE = new RegExp(`^[\\s,.\\-–—]*[${LETTER}]`, 'u');

/** Built once for {@link resolveSpeaker} (character classes: text/char-classes.ts). */
const RESOLVE_SPEAKER_RE_2 = new RegExp(`^[\\s,.\\-–—]*[${LOWER}${UPPER}]`, 'u');

/** Built once for {@link resolveSpeaker} (character classes: text/char-classes.ts). */
const RESOLVE_SPEAKER_RE_3 = new RegExp(`[${LETTER}]`, 'u');

function resolveSpeaker(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, passages: readonly QuotedPassage[], pi: number,
  previous: readonly (Draft<Quote> & { passage: QuotedPassage })[],
): Found {
  const p = passages[pi]!;
  const { text, sentences } = doc;
  const si = sentenceAt(sentences, p.start);
  const sentence = sentences[si] ?? { start: 0, end: text.length, text };
  const ei = sentenceAt(sentences, Math.max(p.start, p.end - 1));
  const endSentence = sentences[ei] ?? sentence;
  // passages are all quotations here, sorted and disjoint: neighbours are the previous and next entries
  const before = passages[pi - 1];
  const prevPassage = before && before.end > sentence.start ? before : undefined;
  const after = passages[pi + 1];
  const nextPassage = after && after.start < endSentence.end ? after : undefined;
  let leadStart = Math.max(sentence.start, prevPassage ? prevPassage.end : sentence.start);
  // searches stay inside the sentence: lastIndexOf/indexOf on the whole text would make long inputs quadratic
  const semi = text.slice(leadStart, p.start).lastIndexOf(';');
  if (semi >= 0) leadStart = leadStart + semi + 1;
  let trailEnd = nextPassage ? nextPassage.start : endSentence.end;
  // (quotes/<lang>/question-trail) '"…fixed the problem?" Schiff asked.', « « Pourquoi ? » demande-t-elle. »: a question or an
  // exclamation mark closing the quote ended the sentence for the splitter — its attribution is the next sentence, when that
  // one follows on the same line and is short
  const following = sentences[ei + 1];
  if (!nextPassage && following && /[?!]\s*$/u.test(text.slice(p.innerStart, p.innerEnd)) && /^[ \t\u00a0]{0,3}$/u.test(text.slice(p.end, following.start))
    && following.end - following.start <= 80 && !passageAt(passages, following.start)) {
    trailEnd = following.end;
  }
  const semiAfter = text.slice(p.end, trailEnd).indexOf(';');
  if (semiAfter >= 0) trailEnd = p.end + semiAfter;
  const lead = text.slice(leadStart, p.start);

  // 1. "GovExec.com quotes a "Senate aide" as saying:"
  if (c.quotesAsSaying) {
    c.quotesAsSaying.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((m = c.quotesAsSaying.exec(lead)) !== null) last = m;
    if (last && /^[\s:,]*$/.test(lead.slice(last.index + last[0].length))) {
      const from = leadStart + last.index + last[0].indexOf(last[1]!);
      const mention = index.mentionsIn(from, from + last[1]!.length + 2, SPEAKER_KINDS)[0];
      return { mention, rule: 'quotes-as-saying', inherited: null };
    }
  }

  // 1b. « Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue. Les études… »: an incise inside the
  // quotation marks — a comma, a verb of speech, its inverted subject naming a person — names the speaker (`inner-incise`)
  const inner = innerIncise(text, index, c, p);
  if (inner) return { mention: inner, rule: 'inner-incise' };

  // 2. after the quote: a reporting verb within the first words of the trail
  const trail = text.slice(p.end, trailEnd);
  const head = trail.slice(0, 140);
  // "« … », selon Jean Martin", "\"…\", according to Smith": a source phrase right after the quote names the speaker
  // (quotes/fr/read-in) « « … », peut-on lire dans Les Échos »: the publication the words were read in speaks
  // (quotes/fr/read-in-description) « « … », peut-on lire. », « « … », peut-on lire dans le quotidien du soir »: the words
  // were read in the publication the paragraph reports on — the organisation subject of this sentence before the quote
  // ("Le Monde révèle qu'…"), else of one of the two sentences before it in the paragraph ("Mediapart publie un article…")
  if (READ_IN_UNNAMED.test(head)) {
    const outlet = paragraphOutlet(doc, index, c, si, p.start, passages);
    // (read in no publication the paragraph names: nobody's words, not the clause subject's)
    return outlet ? { mention: outlet, rule: 'read-in-description' } : { rule: 'read-in-description', inherited: null };
  }
  const source = /^[\s,]*(?:selon|d['’]après|according\s+to|(?:peut|pouvait)-on\s+lire\s+(?:dans|sur)|lit-on\s+(?:dans|sur))\s+/iu.exec(head);
  if (source) {
    const at = p.end + source[0].length;
    const named = index.nearestAfter(at, Math.min(trailEnd, at + 80), SPEAKER_KINDS);
    // the source itself, not someone related to it: « selon le ministre Jean Dupont », not « selon un proche d'Edouard Philippe »
    const gap = text.slice(at, named?.start ?? at);
    if (named && !/[,.;:]/u.test(gap) && words(gap).length <= 3 && (!gap.trim() || !isGoverned(text, named.start, c))) return { mention: named, rule: 'after-source' };
  }
  // (quotes/<lang>/speech-verb) the verbs of speech that only introduce words count here: "\"…?\" Schiff asked"
  c.quoting.lastIndex = 0;
  let verb = c.quoting.exec(head);
  // (quotes/<lang>/trailing-participle) "X said in a statement, "…" at the release, adding that…", « …, ajoutant que… »: a
  // participle of speech past other words continues the main clause — it attributes nothing after the quote
  if (verb && /(?:ing|ant)$/iu.test(verb[0]) && words(head.slice(0, verb.index)).length > 0) verb = null;
  // the subject before the verb: up to four words, or a name and its apposition between commas
  // ("\"…,\" Smith, a senior analyst at Moody's, said")
  // (an auxiliary of the verb stays out of the subject: "\"…,\" Howard Gleckman, a senior fellow at X, has written",
  // « « … », Jean Dupont, président de X, a déclaré »)
  const beforeVerbText = verb ? head.slice(0, verb.index).replace(AUXILIARY_END, ' ') : '';
  // "\"…,\" NASA's Steve Clarke, deputy associate administrator for exploration, said": a person after a possessive or a
  // short role phrase (no punctuation) heads the apposed subject, not the organisation before it
  const inTrail = verb ? index.mentionsIn(p.end, p.end + verb.index, SPEAKER_KINDS) : [];
  // (quotes/<lang>/apposed-role-first) "\"…,\" Meta's president of global affairs, Nick Clegg, said": the role phrase may
  // come first, the name apposed to it between commas
  const person0 = inTrail.find((m) => m.actor.kind === 'person');
  const rolePhrase = person0 ? text.slice(p.end, person0.start).replace(/^[\s,.”"»]+/u, '') : '';
  const roleFirst = /,\s*$/u.test(rolePhrase);
  const lead0 = person0 && person0 !== inTrail[0] && !/[,.;:!?]/u.test(rolePhrase.replace(/,\s*$/u, ''))
    && words(rolePhrase).length <= (roleFirst ? 7 : 4) ? person0 : inTrail[0];
  const apposed = lead0 !== undefined && (lead0 === inTrail[0] ? /^[\s,]*$/u.test(text.slice(p.end, lead0.start)) : true)
    && /^\s*,/u.test(text.slice(lead0.end, lead0.end + 3))
    && /,\s*$/u.test(beforeVerbText) && words(beforeVerbText).length <= (lead0 === inTrail[0] ? 14 : 18);
  // "« … », y compris le montant imposé à Samsung, commente Song Myung-Sup": an incise between commas, then a verb with its
  // subject inverted after it (`quotes/<lang>/after-incise`)
  const incise = verb ? inciseSpeaker(text, index, c, p.end, beforeVerbText, p.end + verb.index + verb[0].length, trailEnd) : undefined;
  if (incise) return { mention: incise, rule: 'after-incise' };
  // "\"…,\" Nvidia chief executive Jensen Huang said", "\"…,\" Huang told Reuters": a person named right before the verb,
  // after a role phrase of a few words without punctuation, speaks (`quotes/<lang>/after`)
  const lastBefore = verb ? index.mentionsIn(p.end, p.end + verb.index, SPEAKER_KINDS).at(-1) : undefined;
  if (verb && lastBefore && lastBefore.actor.kind === 'person' && /^\s*$/u.test(text.slice(lastBefore.end, p.end + verb.index).replace(AUXILIARY_END, ' '))
    && words(beforeVerbText).length <= 8 && !/[.;:!?]/u.test(beforeVerbText.replace(/^[\s,.]+/u, ''))
    && RESOLVE_SPEAKER_RE.test(trail) && !/^\s*(?:et|and|mais|but|puis|then)\s/iu.test(trail)) {
    return { mention: lastBefore, rule: 'after' };
  }
  // (not after a coordinator: "se dit « particulièrement rassuré » et pense que « … »" — the subject stands before the quote)
  if (verb && (words(beforeVerbText).length <= 4 || apposed) && RESOLVE_SPEAKER_RE_2.test(trail) && !/^\s*(?:et|and|mais|but|puis|then)\s/iu.test(trail)) {
    if (apposed) return { mention: lead0, rule: 'after' };
    const trailStart = p.end;
    // the inverted subject stops at the first preposition that starts an adjunct:
    // "a répondu la porte-parole de la fédération | à une question de la RTBF"
    const afterVerbAt = trailStart + verb.index + verb[0].length;
    const stop = NP_STOP.exec(text.slice(afterVerbAt, trailEnd));
    const npEnd = stop ? afterVerbAt + stop.index : trailEnd;
    // "a expliqué à l'AFP Gilles-Éric Séralini": past an adjunct, the first name not governed by a preposition
    // (quotes/<lang>/subject-before-verb) "\"…,\" an insider told the outlet on Monday": a subject that stands before the
    // verb is the speaker — a name after the verb is its hearer or an adjunct, not an inverted subject
    const verbAt = trailStart + verb.index;
    const firstWord = (SUBJECT_BEFORE_VERB.exec(beforeVerbText)?.[0] ?? '').toLowerCase();
    const subjectFirst = (c.determiners.has(firstWord) || firstWord === 'one') && !PRONOUN_IN_TRAIL.test(beforeVerbText);
    const first = subjectFirst
      ? subjectMention(text, index, trailStart, verbAt, c)
      : subjectMention(text, index, trailStart, npEnd, c)
        ?? ungovernedMention(text, index, afterVerbAt, trailEnd, c);
    // "\"…,\" the company said in a statement": a description of a body before the verb speaks for the body named before
    // (`quotes/<lang>/described-body`)
    if (subjectFirst && !first) {
      const body = describedBodyLead(doc, index, c, trailStart + (/^[\s,.”"»]*/u.exec(trail)?.[0].length ?? 0), afterVerbAt, passages, p.start);
      if (body) return { mention: body, rule: 'described-body' };
    }
    // "explique le président de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky": the role's
    // holder named after the organisation speaks, not the organisation (`quotes/<lang>/after-role-holder`)
    const holder = first && first.actor.kind !== 'person' && isGoverned(text, first.start, c) ? roleHolderAfter(text, index, first, trailEnd) : undefined;
    if (holder) return { mention: holder, rule: 'after-role-holder' };
    const mention = first;
    const beforeVerb = head.slice(0, verb.index);
    const afterVerb = trail.slice(verb.index + verb[0].length, verb.index + verb[0].length + 12);
    // "it said", "said he", "a-t-il précisé"
    const pronMatch = PRONOUN_IN_TRAIL.exec(beforeVerb) ?? PRONOUN_AFTER_VERB.exec(afterVerb);
    const pron = pronMatch ? asPronoun(pronMatch[1]!, c) : null;
    if (mention && !pron) return { mention, rule: 'after' };
    if (pron) {
      // "« … », résume l'universitaire. « … », a-t-il précisé": the pronoun continues the previous quote's speaker
      const prev = previous.length ? previous[previous.length - 1] : undefined;
      const prevSentence = sentences[si - 1];
      if (prev && prev.speaker && prevSentence && prev.passage.start >= prevSentence.start && sameParagraph(doc, prev.passage.start, p.start)) {
        return { inherited: prev.speaker, rule: 'after-pronoun' };
      }
      const found = pronounAntecedent(doc, index, c, p.start, pron, passages, previous, false);
      // a pronoun without an antecedent we trust gives no speaker, rather than the paragraph's last one
      return found ? { ...found, rule: 'after-pronoun' } : { rule: 'after-pronoun', inherited: null };
    }
    // a description of someone already named: "« … », résume l'universitaire", "said the professor",
    // "a répondu la porte-parole de la fédération" (the spokesperson of an organisation named before speaks for it)
    const described = describedSpeaker(text, index, c, afterVerbAt, npEnd, trailEnd, p.start);
    if (described) return { inherited: ActorIndex.ref(described), rule: 'after-description' };
    // an attribution to someone the text does not name ("a spokesman said"): no speaker rather than a wrong one
    // (quotes/<lang>/after-work) « « … », ajoute le documentaire » after « Le documentaire d'Al Jazeera… », "\"…,\" the report
    // says" after "a report by Human Rights Watch": a work named before with its author speaks for the author
    const work = describedWork(text, index, c, afterVerbAt, npEnd, p.start);
    if (work) return { mention: work, rule: 'after-work' };
    if (words(text.slice(trailStart, npEnd)).length > words(verb[0]).length) return { rule: 'after-unresolved', inherited: null };
    // « … », dit en substance le texte: past an adjunct, an inverted definite subject no actor stands for (a document, a
    // group) is the speaker — nobody named, not the previous sentence's subject
    if (INVERTED_DEFINITE.test(text.slice(afterVerbAt, Math.min(trailEnd, afterVerbAt + 60)))) return { rule: 'after-unresolved', inherited: null };
  }

  // 3. before the quote, in the same clause
  if (RESOLVE_SPEAKER_RE_3.test(lead)) {
    const colon = /:\s*$/.test(lead);
    if (colon) {
      // the lead without its final colon and the spaces around it (by hand: /\s*:\s*$/ retried at every
      // start of a long run of spaces is quadratic)
      let e = lead.length;
      while (e > 0 && /\s/.test(lead[e - 1]!)) e--;
      e--; // the colon
      while (e > 0 && /\s/.test(lead[e - 1]!)) e--;
      const beforeColon = leadStart + e;
      // a name governed by a preposition is where the words appeared, not who spoke them ("elle écrivit sur Twitter :",
      // "he wrote on Facebook:") — unless the preposition is a source phrase ("According to Jamil Murad: "…"")
      // (`quotes/<lang>/before`, the medium skipped)
      const adjacent = index.mentionsIn(leadStart, beforeColon, SPEAKER_KINDS)
        .filter((m) => beforeColon - m.end <= 1 && (!isGoverned(text, m.start, c) || SOURCE_BEFORE.test(text.slice(Math.max(leadStart, m.start - 30), m.start))));
      if (adjacent.length) return { mention: adjacent[adjacent.length - 1], rule: 'before' };
    }
    // (quotes/<lang>/as-incise) « …, comme le rappelle HRW, « … » », "as Smith noted, "…"": an incise of comparison with a
    // verb of speech, right before the quote, names its speaker — not the subject of the clause it interrupts
    const asIncise = asInciseSpeaker(text, index, c, leadStart, p.start);
    if (asIncise) return { mention: asIncise, rule: 'as-incise' };
    const mention = subjectMention(text, index, leadStart, p.start, c);
    // "Très ému, il confie au Figaro que « … »": a pronoun subject before the first name speaks
    const pron = pronounSubject(lead, c) ?? coordinatedPronoun(text, index, c, leadStart, p.start);
    if (pron) {
      // "Surpris par la politique du président José Ramón Bauzà, il déclara : « … »": a name inside a fronted phrase ending
      // in the comma right before the pronoun is not its antecedent — the antecedent lies before the sentence
      const fronted = !!mention && mention.start < leadStart + pron.at && /^[^.;:!?]*,\s*$/u.test(text.slice(mention.end, leadStart + pron.at));
      if (!mention || leadStart + pron.at < mention.start || fronted) {
        const found = pronounAntecedent(doc, index, c, fronted ? sentence.start : leadStart, pron.word, passages, previous, fronted);
        if (found) return { ...found, rule: 'before-pronoun' };
      }
    }
    if (mention) return { mention, rule: 'before' };
    // (quotes/<lang>/source-frame) "Pour la toxicologue, « … »", "Selon lui, « … »", "According to the professor, "…"": a
    // source frame opening the sentence names the speaker by a description or a pronoun
    const framed = sourceFrameSpeaker(doc, index, c, leadStart, p.start, passages, previous);
    if (framed) return { ...framed, rule: 'source-frame' };
    // "Estimant que « le catalan est notre propre langue », il vota contre": a speech participle opening the sentence
    // shares the subject of the main clause after the quote (`quotes/<lang>/participle`)
    const main = participleSubject(text, index, c, leadStart, lead, p.end, trailEnd);
    if (main) {
      if (main.mention) return { mention: main.mention, rule: 'participle' };
      const found = pronounAntecedent(doc, index, c, main.pronounAt, main.pronoun, passages, previous, false);
      if (found) return { ...found, rule: 'participle' };
    }
    const prevQuote = previous.length ? previous[previous.length - 1] : undefined;
    if (prevQuote && prevQuote.passage.end > sentence.start) return { inherited: prevQuote.speaker, rule: 'continued' };
    // "Après, il limogea « de haut en bas toute l'équipe » ": a clause with its own pronoun subject and a verb that is no
    // verb of speech quotes words without saying whose they are — not the previous sentence's subject (`own-subject`)
    if (!colon && !pron && pronounOpensClause(text, c, leadStart, p.start)) return { rule: 'own-subject', inherited: null };
    // "En guise de réponse, certains wikipédiens estiment que la télévision est une « machine à décerveler »": a report whose
    // subject names no one has no speaker — not the previous sentence's (`quotes/<lang>/indefinite-subject`)
    if (!mention && indefiniteReport(text, c, leadStart, p.start)) return { rule: 'indefinite-subject', inherited: null };
    // "Aviation analysts called it the "end of an era"", « Des experts parlent d'une « catastrophe » »: a bare plural source
    // noun as subject is an unnamed group — no speaker (`quotes/<lang>/indefinite-subject`)
    if (!mention && barePluralSource(text, c, leadStart, p.start)) return { rule: 'indefinite-subject', inherited: null };
    // "Europe Écologie Les Verts faisait part de son étonnement ; le parti écologiste pense qu'il s'agit de « propos
    // isolés »", "Acme reported a loss; the company said it was "deeply disappointed"": a definite description of a body
    // that reports is the body named before it — by its head noun, else the body subject of the sentence before the
    // description (`quotes/<lang>/described-body`)
    if (!mention) {
      const body = describedBodyLead(doc, index, c, leadStart, p.start, passages);
      // (a body no name stands for: no speaker, rather than the person of the sentence before)
      if (body !== undefined) return body ? { mention: body, rule: 'described-body' } : { rule: 'described-body', inherited: null };
    }
  }

  // (quotes/<lang>/untitled-holder) "Jerome Powell said: "…" ¶ The senator called the plan "a disaster"", « Emmanuel Macron a
  // salué l'accord. Le ministre a qualifié le contrat de « … » »: a sentence whose subject is an office title no actor was
  // linked to (the actor linker found no holder of that title) quotes that unnamed holder — not the previous sentence's
  // subject nor the previous quotation's speaker
  const own = sentences[si];
  if (own && own.start < p.start && unlinkedTitleLead(text, index, own.start, p.start)) return { rule: 'untitled-holder', inherited: null };

  // 4. no attribution in the sentence: the previous sentence of the paragraph
  const para = doc.paragraphs[lastStartingAtOrBefore(doc.paragraphs, p.start)];
  const prevSentence = sentences[si - 1];
  const prevQuote = previous.length ? previous[previous.length - 1] : undefined;
  if (prevSentence && para && prevSentence.start >= para.start) {
    if (prevQuote && prevQuote.passage.start >= prevSentence.start) return { inherited: prevQuote.speaker, rule: 'continued' };
    // (quotes/<lang>/continued-pronoun) "Il a souhaité faire un rappel au règlement. « On ne peut pas accepter… »": the
    // previous sentence's subject is a pronoun — its antecedent speaks
    const pfrom = skipLeadingAdverbials(text, prevSentence.start, prevSentence.end, c, passages);
    const own = PRONOUN_OPENS_RE.exec(text.slice(pfrom, Math.min(prevSentence.end, pfrom + 40)));
    const ownWord = own ? asPronoun(own[1]!, c) : null;
    if (ownWord) {
      const found = pronounAntecedent(doc, index, c, prevSentence.start, ownWord, passages, previous, true);
      if (found) return { ...found, rule: 'continued' };
    }
    const mention = subjectMention(text, index, prevSentence.start, prevSentence.end, c, SPEAKER_KINDS, passages);
    // (quotes/<lang>/continued-description) "Pour terminer, la porte-parole de la fédération a nuancé les chiffres du parquet.
    // « On a constaté… »", "The professor disagreed. "…"": a description of someone named before, as the previous sentence's
    // subject, speaks — rather than a name found only among its complements ("du parquet")
    const described = describedSpeaker(text, index, c, pfrom, pfrom, prevSentence.end, prevSentence.start);
    if (described && (!mention || isGoverned(text, mention.start, c))) return { inherited: ActorIndex.ref(described), rule: 'continued' };
    if (mention) return { mention, rule: 'continued' };
  }
  // a quotation opening a paragraph after a paragraph that ends on a colon is what that paragraph announces:
  // "In a statement, Jane Smith said:¶"We will…"", « Le ministre Jean Dupont a déclaré :¶« Nous allons… » »
  const paraIndex0 = lastStartingAtOrBefore(doc.paragraphs, p.start);
  const prevPara = paraIndex0 > 0 ? doc.paragraphs[paraIndex0 - 1] : undefined;
  if (para && prevPara && /^\s*$/u.test(text.slice(para.start, p.start)) && /:\s*$/u.test(prevPara.text)) {
    const last = sentences[lastStartingAtOrBefore(sentences, prevPara.end - 1)];
    const from = last && last.start >= prevPara.start ? last.start : prevPara.start;
    const mention = subjectMention(text, index, from, prevPara.end, c, SPEAKER_KINDS, passages);
    if (mention) return { mention, rule: 'announced' };
  }
  // a quotation opening a paragraph right after a quoted paragraph continues it; so does one inside the paragraph when
  // nobody is named between the two ("D'après le communiqué du ministère, « … ».¶Les agresseurs auraient remarqué… avant
  // de le « prendre à partie… »"), not when someone is ("…par Christian Jacob. Il a souhaité… « On ne peut pas… »")
  if (prevQuote && para && (/^\s*$/u.test(text.slice(para.start, p.start))
    || (p.start - prevQuote.passage.end < DESCRIPTION_LOOKBACK && !index.mentionsIn(prevQuote.passage.end, p.start, SPEAKER_KINDS).length))) {
    const prevParaIndex = lastStartingAtOrBefore(doc.paragraphs, prevQuote.passage.start);
    const paraIndex = lastStartingAtOrBefore(doc.paragraphs, p.start);
    if (prevParaIndex >= paraIndex - 1) return { inherited: prevQuote.speaker, rule: 'continued' };
  }
  // (quotes/<lang>/after-report) a quotation paragraph after a paragraph that reports someone's words without quoting them
  // ("The president also admitted that some governments needed to improve…. However, he defended his decision.¶"Well,
  // they're not ideal institutions…"", « Le ministre a reconnu que… ¶« … » »): the reporter of that paragraph speaks
  if (para && prevPara && /^\s*$/u.test(text.slice(para.start, p.start))) {
    const reporter = paragraphReporter(doc, index, c, prevPara, passages, previous);
    if (reporter) return { ...reporter, rule: 'after-report' };
  }
  return { rule: 'unattributed', inherited: null };
}

/**
 * The speaker reported by the last two sentences of `para` (a paragraph without quotations): the last sentence holding a
 * reporting verb outside quotations, whose subject before the verb is a pronoun ({@link pronounAntecedent}), a name
 * ({@link subjectMention}) or a description of someone named before ({@link describedSpeaker}). Undefined otherwise.
 */
function paragraphReporter(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, para: Span, passages: readonly QuotedPassage[],
  previous: readonly (Draft<Quote> & { passage: QuotedPassage })[],
): Omit<Found, 'rule'> | undefined {
  const { text, sentences } = doc;
  // a paragraph that quotes is continued by the rules above, not reported
  const inside = passageAt(passages, para.end - 1);
  if (inside && inside.end > para.start) return undefined;
  const last = lastStartingAtOrBefore(sentences, para.end - 1);
  for (let k = last; k >= Math.max(0, last - 1); k--) {
    const s = sentences[k]!;
    if (s.start < para.start) break;
    c.reportingInner.lastIndex = 0;
    const v = c.reportingInner.exec(text.slice(s.start, s.end));
    if (!v) continue;
    const verbAt = s.start + v.index;
    if (passageAt(passages, verbAt)) return undefined;
    const from = skipLeadingAdverbials(text, s.start, verbAt, c, passages);
    const own = PRONOUN_OPENS_RE.exec(text.slice(from, Math.min(verbAt, from + 40)));
    const pron = own ? asPronoun(own[1]!, c) : null;
    if (pron) return pronounAntecedent(doc, index, c, from, pron, passages, previous, true);
    const mention = subjectMention(text, index, from, verbAt, c, SPEAKER_KINDS, passages);
    if (mention) return { mention };
    const described = describedSpeaker(text, index, c, from, from, verbAt, from);
    return described ? { inherited: ActorIndex.ref(described) } : undefined;
  }
  return undefined;
}

/**
 * A perfect or progressive auxiliary (and one adverb) ending the text before a verb of speech: "… has written", "… has
 * also said", « … a déclaré », « … avait affirmé ». Bounded: one auxiliary and at most one adverb.
 */
const AUXILIARY_END = /\s(?:has|have|had|is|was|a|ont|avait|avaient|aura|est)(?:\s{1,3}(?:also|already|aussi|également|encore|déjà))?\s{0,3}$/iu;

/** The first word of a trail before its reporting verb: "\", an insider told" → "an" (a determiner opens a subject before the verb). */
const SUBJECT_BEFORE_VERB = /[\p{L}\p{N}]+/u;

/** A source phrase ending right before a name ("according to ", « selon », « d'après le ») — its name is the speaker. */
const SOURCE_BEFORE = /(?:according\s+to|selon|d['’]après)\s+(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** Words that govern the complement of a description ("porte-parole de la fédération", "spokesman for the ministry"). */
const DESCRIPTION_OF = /^(?:de\s+la|de\s+l['’]|du|des|of\s+the|for\s+the|at\s+the|of|for)\s+/iu;
/** How far back a description looks for the actor it describes, code units (a few paragraphs). */
const DESCRIPTION_LOOKBACK = 3000;

/** Built once for {@link describedSpeaker} (character classes: text/char-classes.ts). */
const DESCRIBED_SPEAKER_RE = new RegExp(`^\\s*(?:(?:le|la|les|l['’]|the|a|an|un|une)\\s*)?([${LETTER}-]{2,30})`, 'iu');

/** Built once for {@link describedSpeaker} (character classes: text/char-classes.ts). */
const DESCRIBED_SPEAKER_RE_2 = new RegExp(`^([${LETTER}-]{3,30})`, 'u');

/** Built once for {@link describedSpeaker} (character classes: text/char-classes.ts). */
const DESCRIBED_SPEAKER_RE_3 = new RegExp(`[${LETTER}]`, 'u');

/**
 * The actor a definite description after a reporting verb stands for, or
 * undefined: "l'universitaire", "the professor" → the last person named
 * before `before`; "la porte-parole de la fédération", "a spokesman for the
 * ministry" → the last organisation or government named before it whose name
 * or alias holds the complement's head noun ("fédération" → "la fédération
 * des banques"). The region [from, to) is the noun phrase after the verb.
 * Bounded: one look-back window of {@link DESCRIPTION_LOOKBACK} code units.
 */
function describedSpeaker(
  text: string, index: ActorIndex, c: CompiledLexicon, from: number, npEnd: number, trailEnd: number, before: number,
): Actor | undefined {
  const after = text.slice(from, Math.min(trailEnd, from + 160));
  const m = DESCRIBED_SPEAKER_RE.exec(after);
  if (!m) return undefined;
  const head = m[1]!.toLowerCase();
  const floor = Math.max(0, before - DESCRIPTION_LOOKBACK);
  const complement = DESCRIPTION_OF.exec(after.slice(m[0].length).trimStart());
  if (complement && (c.lex.sourceNouns.includes(head) || c.lex.personDescriptions.includes(head))) {
    const rest = after.slice(m[0].length).trimStart().slice(complement[0].length);
    const of = (DESCRIBED_SPEAKER_RE_2.exec(rest)?.[1] ?? '').toLowerCase();
    if (!of) return undefined;
    const mentions = index.mentionsIn(floor, before, ['organization', 'government', 'group']);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const actor = mentions[k]!.actor;
      if ([actor.name, ...actor.aliases].some((n) => n.toLowerCase().split(/[\s'’-]+/u).includes(of))) return actor;
    }
    return undefined;
  }
  // a bare description, nothing after its head in the noun phrase: "résume l'universitaire", "said the professor"
  if (!c.lex.personDescriptions.includes(head) || DESCRIBED_SPEAKER_RE_3.test(text.slice(from + m[0].length, npEnd))) return undefined;
  const near = index.nearestBefore(before, floor, ['person'])?.actor;
  // (quotes/<lang>/untitled-holder) "Fed chair Jerome Powell said… "…," said the senator": an office title names no person the
  // text gives another role (a person given none may hold it: "Barack Obama met… "…," said the president")
  if (near && near.role !== null && PUBLIC_OFFICE_HEADS.has(fold(head)) && !holdsTitle(near, head)) return undefined;
  return near;
}

/**
 * The person heads of the description lexicons (lexicon/en/actors.ts, lexicon/fr/actors.ts) that name an office of state
 * — elected, ministerial or judicial — rather than a post in an organisation, folded: "senator", « ministre », « juge ».
 * "…," said the senator names no person the text gives another role (ruleId quotes/<lang>/untitled-holder); the actor
 * linker resumes a person the text gives no role at all with any such title ("Barack Obama met union leaders. The president
 * said…": news names heads of state without their title).
 */
const PUBLIC_OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice president', 'prime minister', 'minister', 'secretary', 'senator', 'chancellor', 'governor', 'mayor', 'judge',
  'président', 'présidente', 'premier ministre', 'première ministre', 'ministre', 'sénateur', 'sénatrice', 'député', 'députée',
  'maire', 'juge', 'procureur', 'procureure', 'chancelier', 'chancelière', "secrétaire d'état",
].map(fold));

/** True when `actor`'s role or one of its aliases carries the (folded) title `head`: "Fed chair" holds "chair". */
function holdsTitle(actor: Actor, head: string): boolean {
  const h = fold(head);
  const fits = (s: string): boolean => fold(s).split(/[\s'’-]+/u).some((w) => w.length > 1 && (w.startsWith(h) || h.startsWith(w)));
  return (actor.role !== null && fits(actor.role)) || actor.aliases.some(fits);
}

/** A definite office title opening a clause: "The senator called", « La sénatrice a qualifié » (group 1: the head). */
const TITLE_LEAD_RE = new RegExp(`^\\s*(?:the|le|la|l['’])\\s*([${LETTER}-]{2,30})(?![${LETTER}'’])`, 'iu');

/**
 * True when the text [start, end) before a quotation opens on a definite office title ({@link PUBLIC_OFFICE_HEADS}) and names no
 * person or body: the title's holder, whom the actor linker could not name, is the subject.
 */
function unlinkedTitleLead(text: string, index: ActorIndex, start: number, end: number): boolean {
  const m = TITLE_LEAD_RE.exec(text.slice(start, Math.min(end, start + 60)));
  if (!m || !PUBLIC_OFFICE_HEADS.has(fold(m[1]!))) return false;
  return !index.mentionsIn(start, end, SPEAKER_KINDS).length;
}

/** Built once for {@link describedBodyLead} (character classes: text/char-classes.ts). */
const DESCRIBED_BODY_LEAD_RE = new RegExp(`[${LETTER}]`, 'u');

/**
 * The body a reporting lead opening on a definite description stands for: "le parti écologiste pense que", "the company
 * said". The description's head (or a word of it) must be one of the lexicon's `bodyNouns`, and a reporting verb must
 * follow in [start, end). The body is {@link describedBody}'s (an organisation whose name holds the noun), else the
 * organisation, government or group that is the subject of the sentence up to `start` (or of the sentence before when
 * `start` opens a sentence; with `quoteStart`, for a description after a quotation, the sentence part before the quotation
 * or the sentence before it). Null when the lead is such a description but no body fits; undefined when it is none.
 */
function describedBodyLead(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, start: number, end: number, passages: readonly QuotedPassage[],
  quoteStart?: number,
): ActorMention | null | undefined {
  const { text, sentences } = doc;
  const from = skipLeadingAdverbials(text, start, end, c);
  const m = DEFINITE_DESCRIPTION.exec(text.slice(from, Math.min(end, from + 80)));
  if (!m || !words(m[1] ?? '').some((w) => c.lex.bodyNouns.includes(w.toLowerCase()))) return undefined;
  c.reportingInner.lastIndex = 0;
  // (the description may run into the verb: « le parti écologiste pense » reads three lower-case words)
  if (!c.reportingInner.exec(text.slice(from, end))) return undefined;
  const bodies: ActorKind[] = ['organization', 'government', 'group'];
  const named = describedBody(text, index, c, from, end, bodies);
  if (named) return index.mentionsIn(Math.max(0, from - DESCRIPTION_LOOKBACK), from, bodies).filter((x) => x.actor === named.actor).at(-1) ?? null;
  // (after a quotation, "\"…,\" the company said": the body is named before the quotation, not inside it)
  const cut = quoteStart ?? from;
  const si = sentenceAt(sentences, cut);
  const sentence = sentences[si];
  if (!sentence) return null;
  const region = sentence.start < cut && DESCRIBED_BODY_LEAD_RE.test(text.slice(sentence.start, cut)) ? sentence : sentences[si - 1];
  if (!region) return null;
  const subject = subjectMention(text, index, region.start, Math.min(region.end, cut), c, SPEAKER_KINDS, passages);
  return subject && bodies.includes(subject.actor.kind) ? subject : null;
}

/** Built once for {@link pronounOpensClause} (character classes: text/char-classes.ts). */
const PRONOUN_OPENS_CLAUSE_RE = new RegExp(`^([${LETTER}][${LETTER}'’\\-]{0,30})\\s+([${LETTER}][${LETTER}'’\\-]{0,30})`, 'u');

/**
 * True when the clause [start, end) opens, past leading adverbials ("Après,", « Ensuite, »), on a subject pronoun ("il
 * limogea", "they printed") — a subject of its own. Reads at most the first 200 code units.
 */
function pronounOpensClause(text: string, c: CompiledLexicon, start: number, end: number): boolean {
  const from = skipLeadingAdverbials(text, start, end, c);
  const m = PRONOUN_OPENS_CLAUSE_RE.exec(text.slice(from, Math.min(end, from + 200)));
  // not an impersonal or copular pronoun: « Il apparaît que les prisonniers sont maintenus dans « … » », « Il est le
  // conférencier du thème « … » » (who spoke stays the previous sentence's business)
  return !!m && !!asPronoun(m[1]!, c) && !c.lex.impersonalVerbs.includes(m[2]!.toLowerCase()) && from + m[0].length < end;
}

/** Past an adjunct after a verb of speech, an inverted definite subject: "en substance le texte", "in a statement the group". */
const INVERTED_DEFINITE = new RegExp(`^\\s*(?:en\\s+substance|en\\s+conclusion|encore|aussi|également|notamment|in\\s+substance|also)\\s+(?:le|la|les|l['’]|the)\\s*[${LOWER}]`, 'u');

/**
 * True when the lead before a quote opens (past adverbials) on a bare plural source noun, with at most one modifier
 * before it and no determiner: "Aviation analysts called it", « Des experts parlent de », "Critics say" — an unnamed group.
 * The nouns are the lexicon's `sourceNouns` ending in s/x.
 */
function barePluralSource(text: string, c: CompiledLexicon, start: number, end: number): boolean {
  const from = skipLeadingAdverbials(text, start, end, c);
  const ws = text.slice(from, Math.min(end, from + 80)).split(/\s+/u).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase().replace(/[,;:]$/u, ''));
  const k = ws[0] === 'des' ? 1 : 0;
  for (let i = k; i < Math.min(ws.length, k + 2); i++) {
    const w = ws[i]!;
    if (/[sx]$/u.test(w) && c.lex.sourceNouns.includes(w)) return i + 1 < ws.length && !/^(?:of|de|du|des|d['’].*)$/u.test(ws[i + 1]!);
    if (c.determiners.has(w)) return false;
  }
  return false;
}

/**
 * The person named by an incise inside a quotation's marks: ", explique Antony Fastier, toxicologue", ", says John Smith."
 * — a comma, a verb of speech, at most a determiner and a role word, then a person mention followed by a comma or a stop.
 * Bounded: the first 2 000 code units of the passage.
 */
function innerIncise(text: string, index: ActorIndex, c: CompiledLexicon, p: QuotedPassage): ActorMention | undefined {
  const end = Math.min(p.innerEnd, p.innerStart + 2000);
  const inner = text.slice(p.innerStart, end);
  c.quotingInner.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.quotingInner.exec(inner)) !== null) {
    const vStart = p.innerStart + m.index;
    const vEnd = vStart + m[0].length;
    if (!/,\s*$/u.test(text.slice(Math.max(p.innerStart, vStart - 3), vStart))) continue;
    const person = index.mentionsIn(vEnd, Math.min(end, vEnd + 40), ['person'])[0];
    if (!person || words(text.slice(vEnd, person.start)).length > 2) continue;
    if (/^\s*[,.]/u.test(text.slice(person.end, person.end + 2))) return person;
  }
  return undefined;
}

/**
 * True when the clause [start, end) opens, past leading adverbials, on an indefinite determiner of the lexicon
 * ("certains wikipédiens", "some analysts") and holds a reporting verb after it: a report by no one named.
 */
function indefiniteReport(text: string, c: CompiledLexicon, start: number, end: number): boolean {
  const from = skipLeadingAdverbials(text, start, end, c);
  const head = text.slice(from, Math.min(end, from + 200));
  const det = c.lex.indefiniteDeterminers.find((d) => head.toLowerCase().replace(/’/g, "'").startsWith(`${d} `));
  if (!det) return false;
  c.reportingInner.lastIndex = 0;
  return c.reportingInner.exec(head.slice(det.length)) !== null;
}

/** A subject pronoun of `lead` followed within three words by a reporting verb ("il confie au Figaro que"), with its offset in `lead`. */
function pronounSubject(lead: string, c: CompiledLexicon): { word: string; at: number } | null {
  // the attribution clause sits right before the quote: look at its last 300 code units only
  const offset = Math.max(0, lead.length - 300);
  const re = /[\p{L}][\p{L}'’\-]{0,30}/gu;
  const toks: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  const tail = lead.slice(offset);
  while ((m = re.exec(tail)) !== null) toks.push({ w: m[0], at: offset + m.index });
  // one scan for the reporting verbs of the tail, then a window check per pronoun
  const verbs: number[] = [];
  c.quotingInner.lastIndex = 0;
  while ((m = c.quotingInner.exec(tail)) !== null) verbs.push(offset + m.index);
  // a naming verb introduces the quotation it labels: "he has called the vote an "impressive display of confidence""
  if (c.naming) {
    c.naming.lastIndex = 0;
    while ((m = c.naming.exec(tail)) !== null) verbs.push(offset + m.index);
  }
  if (!verbs.length) return null;
  for (let i = 0; i < toks.length; i++) {
    const word = asPronoun(toks[i]!.w, c);
    if (!word) continue;
    const last = toks[Math.min(toks.length - 1, i + 4)]!;
    const windowEnd = last.at + last.w.length;
    if (verbs.some((v) => v >= toks[i]!.at && v < windowEnd)) return { word, at: toks[i]!.at };
  }
  return null;
}

/** Built once for {@link inciseSpeaker} (character classes: text/char-classes.ts). */
const INCISE_SPEAKER_RE = new RegExp(`^\\s*(?:(?:le|la|les|l['’]|the)\\s*)?(?:[${LOWER}-]{2,20}\\s+){0,3}$`, 'u');

/**
 * The inverted subject of a postposed attribution separated from the quote by an incise: "« … », y compris le montant
 * imposé à Samsung, commente Song Myung-Sup, analyste" → Song Myung-Sup; "\"…,\" in a statement on Monday, said John
 * Smith" → John Smith. `beforeVerb` is the trail between the quote and the verb: it must open (or the quote end) and close on a comma, hold
 * no sentence or clause punctuation and at most 16 words; the verb must be followed, within three lower-case words
 * ("commente l'analyste Jean Dupont"), by a name that is not the complement of a preposition. Undefined otherwise.
 */
function inciseSpeaker(
  text: string, index: ActorIndex, c: CompiledLexicon, quoteEnd: number, beforeVerb: string, afterVerbAt: number, trailEnd: number,
): ActorMention | undefined {
  // the opening comma stands after the closing mark (« … », y compris) or, in English, inside it ("…expected," including)
  const opened = /^\s*,/u.test(beforeVerb) || /,\s*$/u.test(text.slice(Math.max(0, quoteEnd - 4), quoteEnd - 1));
  if (!opened || !/^\s*,?[^.;:!?«»"“”()]{1,200},\s*$/u.test(beforeVerb) || words(beforeVerb).length > 16) return undefined;
  // a name standing in the incise before the verb is its subject ("…, Smith, who…, said") — the ordinary path handles it
  if (ungovernedMention(text, index, quoteEnd, quoteEnd + beforeVerb.length, c)) return undefined;
  const named = index.nearestAfter(afterVerbAt, Math.min(trailEnd, afterVerbAt + 120), SPEAKER_KINDS);
  if (!named || isGoverned(text, named.start, c)) return undefined;
  const gap = text.slice(afterVerbAt, named.start);
  return INCISE_SPEAKER_RE.test(gap) ? named : undefined;
}

/** Built once for {@link roleHolderAfter} (character classes: text/char-classes.ts). */
const ROLE_HOLDER_AFTER_RE = new RegExp(`^(?:\\s+[${LOWER}-]{2,20}){0,2}\\s*(?:\\([^()]{1,40}\\)\\s*)?,\\s*`, 'u');

/**
 * The person named in apposition after an organisation that is the complement of a role: "le président de l'Union
 * française des industries pétrolières (Ufip), Jean Louis Schilansky" → Jean Louis Schilansky, "a spokesman for the
 * ministry, Jane Doe" → Jane Doe. After the organisation mention `org`: at most two lower-case words (the rest of its
 * name), an optional parenthesised acronym, a comma, then the person. Undefined otherwise.
 */
function roleHolderAfter(text: string, index: ActorIndex, org: ActorMention, trailEnd: number): ActorMention | undefined {
  const m = ROLE_HOLDER_AFTER_RE.exec(text.slice(org.end, Math.min(trailEnd, org.end + 120)));
  if (!m) return undefined;
  const at = org.end + m[0].length;
  const person = index.nearestAfter(at, trailEnd, ['person']);
  return person && person.start === at ? person : undefined;
}

/** How many of the last quotes {@link pronounAntecedent} reads back for a speaker. */
const PREVIOUS_QUOTES = 8;

const byIdCache = new WeakMap<ActorIndex, Map<string, Actor>>();
/** The actors of `index` by id (built once per index). */
function actorById(index: ActorIndex): Map<string, Actor> {
  let m = byIdCache.get(index);
  if (!m) {
    m = new Map(index.actors.map((a) => [a.id, a]));
    byIdCache.set(index, m);
  }
  return m;
}

/** Up to how many paragraphs back a previous quote's speaker still stands as the antecedent of a pronoun (this one and the one before). */
const ANTECEDENT_PARAGRAPHS = 1;

/**
 * The antecedent of a subject pronoun that introduces a quote, at `offset`:
 *
 * 1. the subject of the sentence holding `offset` (before it; skipped when `skipCurrent`, for a pronoun after a fronted
 *    phrase) or of up to two sentences before — a name, or a definite description of a body named before
 *    ("Le nouveau gouvernement s'est donné…" → the government, {@link describedBody});
 * 2. the last quote's speaker, in this paragraph or the one before, when it is more recent than that subject
 *    (news convention: a speaker keeps speaking until another is introduced);
 * 3. for a pronoun that may stand for a person ("il", "elle", "he", "she") when no subject was found, or the subject
 *    found is a body two sentences back: the last person named after it (quotes are mostly people's words).
 *
 * Kinds are restricted to those the pronoun allows (lexicon `pronouns`). Undefined when nothing fits.
 */
function pronounAntecedent(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, offset: number, pron: string, passages: readonly QuotedPassage[],
  previous: readonly (Draft<Quote> & { passage: QuotedPassage })[], skipCurrent: boolean,
): Omit<Found, 'rule'> | undefined {
  const { text, sentences } = doc;
  const kinds = c.lex.pronouns[pron] ?? SPEAKER_KINDS;
  const si = sentenceAt(sentences, offset);
  let found: ActorMention | undefined;
  let foundK = -1;
  for (let k = skipCurrent ? 1 : 0; k < 3 && si - k >= 0; k++) {
    const s = sentences[si - k]!;
    const end = Math.min(s.end, offset);
    if (end <= s.start) continue;
    const from = skipLeadingAdverbials(text, s.start, end, c, passages);
    // (quotes/<lang>/pronoun-chain) a sentence whose subject is itself a pronoun of the same reference ("Il renchérit que le
    // succès du Front national…", "He urged Mr. Trump to…") names no antecedent: a name later in it is an object — read
    // the sentence before
    const own = PRONOUN_OPENS_RE.exec(text.slice(from, Math.min(end, from + 40)));
    if (k >= 1 && own && asPronoun(own[1]!, c) && samePronounKinds(c, own[1]!, pron)) continue;
    let m = subjectMention(text, index, from, end, c, kinds, passages) ?? subjectMention(text, index, s.start, end, c, kinds, passages);
    // a subject found only among complements ("les députés de l'UMP ont fait part de leur indignation par Christian Jacob")
    // yields to the last person of the sentence for a pronoun that may stand for a person
    if (m && m.actor.kind !== 'person' && kinds.includes('person') && isGoverned(text, m.start, c)) {
      const person = index.nearestBefore(end, m.end, ['person']);
      if (person && !quotedAt(text, passages, person.start)) m = person;
    }
    const desc = describedBody(text, index, c, from, end, kinds);
    if (desc && (!m || desc.start <= m.start)) {
      found = desc;
      foundK = k;
      break;
    }
    if (m) {
      found = m;
      foundK = k;
      break;
    }
  }
  // a subject sentences back, with someone else reported in between ("Early says…"), is no antecedent
  if (found && foundK >= 1) {
    const foundSentence = sentences[si - foundK];
    if (foundSentence && reportBetween(text, c, passages, foundSentence.end, sentences[si]?.start ?? offset)) found = undefined;
  }
  const para = lastStartingAtOrBefore(doc.paragraphs, offset);
  // bounded: the last few quotes only (a huge one-paragraph input must stay linear)
  for (let k = previous.length - 1; k >= Math.max(0, previous.length - PREVIOUS_QUOTES); k--) {
    const q = previous[k]!;
    if (q.passage.start >= offset) continue;
    if (lastStartingAtOrBefore(doc.paragraphs, q.passage.start) < para - ANTECEDENT_PARAGRAPHS) break;
    if (found && q.passage.start < found.start) break;
    const actor = q.speaker ? actorById(index).get(q.speaker.id) : undefined;
    if (!actor || !kinds.includes(actor.kind)) continue;
    // someone else reported in between ("Early says there is a possibility…") may be the antecedent the actors missed
    const qSentence = sentences[sentenceAt(sentences, q.passage.end)];
    if (reportBetween(text, c, passages, qSentence ? Math.max(q.passage.end, qSentence.end) : q.passage.end, sentences[si]?.start ?? offset)) break;
    return { inherited: q.speaker };
  }
  if (kinds.includes('person') && (!found || (found.actor.kind !== 'person' && foundK >= 2))) {
    const floor = found ? found.end : (doc.paragraphs[Math.max(0, para - ANTECEDENT_PARAGRAPHS)]?.start ?? 0);
    const person = index.nearestBefore(offset, floor, ['person']);
    const personSentence = person ? sentences[sentenceAt(sentences, person.end)] : undefined;
    if (person && personSentence && !quotedAt(text, passages, person.start)
      && !reportBetween(text, c, passages, personSentence.end, sentences[si]?.start ?? offset)) return { mention: person };
  }
  return found ? { mention: found } : undefined;
}

/** A subject pronoun opening a sentence, then a space or a hyphen ("Il renchérit", "He urged"); group 1 the pronoun. */
const PRONOUN_OPENS_RE = new RegExp(`^(he|she|they|il|elle|ils|elles)(?![${LETTER}'’])`, 'iu');

/** True when pronouns `a` and `b` allow the same kinds of antecedent and have the same number (il/he vs ils/they). */
function samePronounKinds(c: CompiledLexicon, a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const plural = (w: string): boolean => /^(?:they|ils|elles)$/u.test(w);
  return !!c.lex.pronouns[x] && !!c.lex.pronouns[y] && plural(x) === plural(y);
}

/** Longest stretch {@link reportBetween} reads, code units; a longer one counts as holding a report. */
const REPORT_SCAN = 3000;

/** Built once for {@link reportBetween} (character classes: text/char-classes.ts). */
const REPORT_BETWEEN_RE = new RegExp(`^[\\s,]+[${UPPER}]`, 'u');

/**
 * True when [from, to) holds a reporting verb outside quotations ("Early says there is a possibility…"): a report of
 * someone else stands between a speaker and a later pronoun, so the pronoun may not continue that speaker.
 */
function reportBetween(text: string, c: CompiledLexicon, passages: readonly QuotedPassage[], from: number, to: number): boolean {
  if (to <= from) return false;
  if (to - from > REPORT_SCAN) return true;
  const region = text.slice(from, to);
  c.reportingInner.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.reportingInner.exec(region)) !== null) {
    if (passageAt(passages, from + m.index)) continue;
    // a verb with a subject of its own: a name before it ("Early says", "Officials said") or after it ("a déclaré Jean
    // Dupont"); not a pronoun ("He said he did not expect…" continues the speaker), not an adjective ("with added costs")
    const before = REPORT_SUBJECT_BEFORE.exec(region.slice(Math.max(0, m.index - 40), m.index));
    const after = region.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if ((before && !asPronoun(before[1]!, c)) || REPORT_BETWEEN_RE.test(after)) return true;
  }
  return false;
}

/** A capitalised word ending just before a reporting verb, then at most two lower-case words ("Early says", "Officials also said"); group 1 the word. */
const REPORT_SUBJECT_BEFORE = new RegExp(`([${UPPER}][${LETTER}'’.-]{0,30})(?:\\s+[${LOWER}]{1,20}){0,2}\\s+$`, 'u');

/** True when `offset` lies inside the words of a quotation (a name there was said, not saying). */
function quotedAt(text: string, passages: readonly QuotedPassage[], offset: number): boolean {
  const p = passageAt(passages, offset);
  return !!p && offset >= p.innerStart && offset < p.innerEnd && isQuotation(text.slice(p.innerStart, p.innerEnd));
}

/** A definite description opening a subject: an article, then one to three lower-case words ("Le nouveau gouvernement s'est…" → "nouveau gouvernement"). */
const DEFINITE_DESCRIPTION = new RegExp(`^(?:le|la|l['’]|les|the|ce|cette|this)\\s*((?:[${LOWER}-]{2,30}(?:\\s+|$)){1,3})`, 'iu');

/**
 * A definite description at `from` naming a body mentioned before: "Le nouveau gouvernement s'est donné pour
 * objectif…" after "le nouveau gouvernement de coalition" → that government; "The company said" after "Acme Corp"
 * (an organisation whose name or alias holds "company" is needed: descriptions resolve by their head noun only).
 * The head (or a word before it) must be in the lexicon's `bodyNouns`; the body is the last organisation, government
 * or group of `kinds` named before `from` (within {@link DESCRIPTION_LOOKBACK}) whose name or an alias holds the noun.
 * Returns a mention-shaped record spanning the description, or undefined.
 */
function describedBody(text: string, index: ActorIndex, c: CompiledLexicon, from: number, end: number, kinds: readonly ActorKind[]): ActorMention | undefined {
  const m = DEFINITE_DESCRIPTION.exec(text.slice(from, Math.min(end, from + 80)));
  if (!m) return undefined;
  const candidates = words(m[1] ?? '').map((w) => w.toLowerCase());
  const noun = candidates.find((w) => c.lex.bodyNouns.includes(w));
  if (!noun) return undefined;
  // the description itself names an actor ("le gouvernement Papadimos"): subjectMention sees it
  if (index.mentionAt(from + m[0].trimEnd().length - 1)) return undefined;
  const bodies = kinds.filter((k) => k === 'organization' || k === 'government' || k === 'group');
  const mentions = index.mentionsIn(Math.max(0, from - DESCRIPTION_LOOKBACK), from, bodies);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const actor = mentions[k]!.actor;
    if ([actor.name, ...actor.aliases].some((n) => n.toLowerCase().split(/[\s'’-]+/u).includes(noun))) {
      return { actor, start: from, end: from + m[0].trimEnd().length, text: m[0].trimEnd() };
    }
  }
  return undefined;
}

/**
 * A subject pronoun opening the clause of `[start, end)` whose second, coordinated predicate is a reporting verb:
 * "Il fut déjà exclu de son groupe parlementaire ces jours-là et déclara alors :" → il; "He was expelled from the
 * party and said:" → he. Between the pronoun and the coordinator: no name, no relative or subordinate clause opener
 * ("qui", "who", "that") and at most 20 words; the reporting verb follows the coordinator within three words.
 * Offsets of the result are relative to `start`.
 */
function coordinatedPronoun(text: string, index: ActorIndex, c: CompiledLexicon, start: number, end: number): { word: string; at: number } | null {
  const from = skipLeadingAdverbials(text, start, end, c);
  const region = text.slice(from, Math.min(end, from + 400));
  const re = /[\p{L}][\p{L}'’\-]{0,30}/gu;
  const first = re.exec(region);
  if (!first || first.index !== 0) return null;
  const word = asPronoun(first[0], c);
  if (!word) return null;
  let m: RegExpExecArray | null;
  const toks: { w: string; at: number }[] = [];
  while ((m = re.exec(region)) !== null && toks.length < 28) toks.push({ w: m[0].toLowerCase().replace(/’/g, "'"), at: m.index });
  for (let i = 0; i < toks.length && i <= 20; i++) {
    const t = toks[i]!;
    if (c.lex.clauseOpeners.includes(t.w) || c.lex.clauseOpeners.some((o) => o.endsWith("'") && t.w.startsWith(o))) return null;
    const two = i + 1 < toks.length ? `${t.w} ${toks[i + 1]!.w}` : '';
    const coord = c.lex.coordinators.includes(two) ? 2 : c.lex.coordinators.includes(t.w) ? 1 : 0;
    if (!coord) continue;
    if (index.mentionsIn(from, from + t.at, SPEAKER_KINDS).some((x) => !isGoverned(text, x.start, c))) return null;
    for (let j = i + coord; j < Math.min(toks.length, i + coord + 3); j++) {
      c.reportingInner.lastIndex = 0;
      const v = c.reportingInner.exec(region.slice(toks[j]!.at, toks[j]!.at + 40));
      if (v && v.index === 0) return { word, at: from - start };
    }
    return null;
  }
  return null;
}

/** « , peut-on lire. », « , lit-on dans le quotidien » — a reading phrase naming no publication (bare, or a description). */
const READ_IN_UNNAMED = new RegExp(`^[\\s,»”"]*(?:(?:peut|pouvait)-on\\s+lire|lit-on)(?:\\s*[.;]|\\s*$|\\s+(?:dans|sur)\\s+(?:le|la|l['’]|les|ce|cet|cette)\\s*[${LOWER}])`, 'u');

/**
 * The organisation a paragraph reports on, for words "read" in it: the organisation subject of sentence `si` before
 * `quoteStart`, else of one of the two sentences before it in the same paragraph. Undefined when none is an organisation.
 */
function paragraphOutlet(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, si: number, quoteStart: number, passages: readonly QuotedPassage[],
): ActorMention | undefined {
  const { text, sentences } = doc;
  for (let k = 0; k < 3 && si - k >= 0; k++) {
    const s = sentences[si - k]!;
    if (k > 0 && !sameParagraph(doc, s.start, quoteStart)) break;
    const end = Math.min(s.end, quoteStart);
    if (end <= s.start) continue;
    const from = skipLeadingAdverbials(text, s.start, end, c, passages);
    const m = subjectMention(text, index, from, end, c, SPEAKER_KINDS, passages);
    if (m && m.actor.kind === 'organization' && !DESCRIPTION_TEXT.test(m.text)) return m;
  }
  return undefined;
}

/** A definite description right after a verb, alone or before a relative clause: « le documentaire qui précise », "the report"; group 1 its head. */
const WORK_DESCRIPTION = new RegExp(`^\\s*(?:le|la|l['’]|the)\\s*([${LOWER}-]{3,30})(?:\\s*$|\\s+(?:qui|que|which|that)\\s)`, 'iu');

/**
 * The author of a work described after a verb of speech (« ajoute le documentaire », "says the report"): the last mention
 * before `before` (within {@link DESCRIPTION_LOOKBACK}) that follows the same noun and a preposition of authorship — « le
 * documentaire d'Al Jazeera », "the report by Human Rights Watch", "a study of the OECD". The noun phrase [from, npEnd) must
 * be the description alone; person and source nouns are {@link describedSpeaker}'s. Undefined otherwise.
 */
function describedWork(text: string, index: ActorIndex, c: CompiledLexicon, from: number, npEnd: number, before: number): ActorMention | undefined {
  const m = WORK_DESCRIPTION.exec(text.slice(from, Math.min(npEnd, from + 60)));
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase();
  if (c.lex.personDescriptions.includes(noun) || c.lex.sourceNouns.includes(noun) || c.lex.bodyNouns.includes(noun)) return undefined;
  const floor = Math.max(0, before - DESCRIPTION_LOOKBACK);
  // (the noun is letters and hyphens, which need no escape: "\-" outside a class is a syntax error under the u flag)
  const re = new RegExp(`(?<![${LETTER}])${noun}\\s+(?:d['’]|de\\s+|du\\s+|des\\s+|of\\s+|by\\s+)(?:(?:la|le|les|l['’]|the)\\s*)?`, 'giu');
  const region = text.slice(floor, before);
  let found: ActorMention | undefined;
  let r: RegExpExecArray | null;
  while ((r = re.exec(region)) !== null) {
    const at = floor + r.index + r[0].length;
    const named = index.nearestAfter(at, at + 80, SPEAKER_KINDS);
    if (named && named.start === at) found = named;
  }
  return found;
}

/** An incise of comparison ending a lead: ", comme le rappelle HRW, ", "as Smith noted, "; group 1 its words after « comme »/"as". */
const AS_INCISE = /(?:^|[\s,(])(?:comme|as)\s+([^,;:.!?«»"“”()]{2,100}?),?\s*$/iu;

/**
 * The speaker named by an incise of comparison that ends the lead [start, end) right before a quote: « comme le rappelle
 * HRW, », « comme l'a souligné le ministre Jean Dupont », "as Smith noted,", "as the company said in a statement," —
 * the incise holds a verb of speech and a mention not governed by a preposition. Reads the last 150 code units only.
 */
function asInciseSpeaker(text: string, index: ActorIndex, c: CompiledLexicon, start: number, end: number): ActorMention | undefined {
  const from = Math.max(start, end - 150);
  const m = AS_INCISE.exec(text.slice(from, end));
  if (!m) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const incise = m[1]!;
  c.quotingInner.lastIndex = 0;
  if (!c.quotingInner.exec(incise)) return undefined;
  return ungovernedMention(text, index, at, at + incise.length, c);
}

/** A definite description ("le quotidien", "the daily", "la chaîne"): an article, then a lower-case word. */
const DESCRIPTION_TEXT = new RegExp(`^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\\s*[${LOWER}]`, 'u');

/** How far back {@link introducedDescription} looks for the introduction of a description, code units. */
const INTRODUCTION_LOOKBACK = 5000;

/**
 * (quotes/<lang>/introduced-description) The actor a description speaker stands for when the article introduced an actor
 * with that very description: "Le quotidien français Le Figaro annonce… « … » indique le quotidien" → Le Figaro, even when
 * the actor index linked "le quotidien" to the last organisation named ("le journaliste de France 2"). An introduction is
 * an earlier mention with the same text (case aside) followed, within two words and no punctuation, by a mention of the
 * actor's own name; the index's choice stays when it was named, not as a complement, after the introduction. Returns
 * `mention` unchanged otherwise. Bounded: {@link INTRODUCTION_LOOKBACK} code units back.
 */
function introducedDescription(text: string, index: ActorIndex, c: CompiledLexicon, mention: ActorMention): ActorMention {
  if (!DESCRIPTION_TEXT.test(mention.text)) return mention;
  const key = mention.text.toLowerCase();
  const before = index.mentionsIn(Math.max(0, mention.start - INTRODUCTION_LOOKBACK), mention.start);
  for (let k = before.length - 1; k >= 0; k--) {
    const d = before[k]!;
    if (d.text.toLowerCase() !== key) continue;
    const named = index.mentionsIn(d.end, Math.min(text.length, d.end + 40)).find((x) => x.actor === d.actor);
    if (!named) continue;
    const gap = text.slice(d.end, named.start);
    if (/[,.;:!?()]/u.test(gap) || words(gap).length > 2) continue;
    if (d.actor === mention.actor) return mention;
    // the index's own choice, named as a subject since the introduction ("l'agence Health Canada… l'EPA américaine n'a pas
    // cillé… écrit l'agence"), stays: the description follows the last body that acted
    const acted = index.mentionsIn(named.end, mention.start).some((x) => x.actor === mention.actor && x.text.toLowerCase() !== key && !isGoverned(text, x.start, c));
    return acted ? mention : { ...mention, actor: d.actor };
  }
  return mention;
}

/** A source frame opening a lead: "Pour la toxicologue, ", « Selon lui, », "According to the professor, "; group 1 the noun phrase. */
const SOURCE_FRAME = /^\s*(?:pour|selon|d['’]après|according\s+to|for)\s+([^,;:.!?«»"“”()]{2,80}),/iu;

/** Object pronouns of a source frame and the subject pronoun they stand for ("selon lui" → il, "according to her" → she). */
const FRAME_PRONOUNS: Readonly<Record<string, string>> = { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles', him: 'he', her: 'she', them: 'they' };

/**
 * The speaker named by a source frame that opens the lead [start, end) of a quote when the rest of the lead names nobody:
 * a pronoun ("Selon lui," → its antecedent, {@link pronounAntecedent}), or a description of someone named before
 * ("Pour la toxicologue," → the last person named; "pour la porte-parole de la fédération," → the federation,
 * {@link describedSpeaker}). Undefined when the frame is missing or names nothing ("For years, …").
 */
function sourceFrameSpeaker(
  doc: AnalysedText, index: ActorIndex, c: CompiledLexicon, start: number, end: number, passages: readonly QuotedPassage[],
  previous: readonly (Draft<Quote> & { passage: QuotedPassage })[],
): Omit<Found, 'rule'> | undefined {
  const { text } = doc;
  const m = SOURCE_FRAME.exec(text.slice(start, Math.min(end, start + 120)));
  if (!m) return undefined;
  const np = m[1]!.trim();
  const npAt = start + m[0].indexOf(m[1]!);
  // the rest of the lead must not name a speaker of its own ("Pour lui, Jean Dupont a dit « … »")
  if (ungovernedMention(text, index, start + m[0].length, end, c)) return undefined;
  const pron = FRAME_PRONOUNS[np.toLowerCase()];
  if (pron) {
    const subject = asPronoun(pron, c);
    return subject ? pronounAntecedent(doc, index, c, start, subject, passages, previous, false) : undefined;
  }
  const described = describedSpeaker(text, index, c, npAt, npAt + np.length, npAt + np.length, start);
  return described ? { inherited: ActorIndex.ref(described) } : undefined;
}

/** Built once for {@link participleSubject} (character classes: text/char-classes.ts). */
const PARTICIPLE_SUBJECT_RE = new RegExp(`^([${LETTER}'’-]{3,30})(?:\\s+([${LETTER}'’]{2,5}))?\\s*:?$`, 'u');

/** Built once for {@link participleSubject} (character classes: text/char-classes.ts). */
const PARTICIPLE_SUBJECT_RE_2 = new RegExp(`^[${LETTER}][${LETTER}'’\\-]{0,30}`, 'u');

/**
 * The subject of the main clause after a quote whose sentence opens on a speech participle: "Estimant que « … », il
 * vota contre" → the pronoun il (at its offset); "Saying that \"…\", Smith left the room" → Smith. The lead (the
 * sentence before the quote, leading adverbials skipped) must be a reporting-verb form that is a present participle
 * (-ant, -ing), optionally with a complementizer or a colon; the trail must open on a comma and then the subject.
 */
function participleSubject(
  text: string, index: ActorIndex, c: CompiledLexicon, leadStart: number, lead: string, quoteEnd: number, trailEnd: number,
): { mention?: ActorMention; pronoun: string; pronounAt: number } | undefined {
  const from = skipLeadingAdverbials(text, leadStart, leadStart + lead.length, c) - leadStart;
  const head = lead.slice(from).trim();
  const m = PARTICIPLE_SUBJECT_RE.exec(head);
  if (!m || !/(?:ant|ing)$/iu.test(m[1]!)) return undefined;
  c.reportingInner.lastIndex = 0;
  const v = c.reportingInner.exec(m[1]!);
  if (!v || v[0].length !== m[1]!.length) return undefined;
  if (m[2] && !c.complementizer.test(m[2])) return undefined;
  const after = /^\s*,\s*/u.exec(text.slice(quoteEnd, Math.min(trailEnd, quoteEnd + 10)));
  if (!after) return undefined;
  const at = quoteEnd + after[0].length;
  const w = PARTICIPLE_SUBJECT_RE_2.exec(text.slice(at, Math.min(trailEnd, at + 32)));
  const pron = w ? asPronoun(w[0], c) : null;
  if (pron) return { pronoun: pron, pronounAt: at };
  const named = index.nearestAfter(at, trailEnd, SPEAKER_KINDS);
  if (named && named.start === at) return { mention: named, pronoun: '', pronounAt: at };
  return undefined;
}
