/**
 * Quote extractor: direct quotations between « … », “ … ”, „ … “ or "…",
 * one per quoted passage (a passage may span sentences and, by the
 * multi-paragraph convention, paragraphs). Scare quotes and titles are
 * skipped ({@link isQuotation}). The speaker is the actor of the attribution
 * clause, searched in this order:
 *
 * 1. "X quotes Y as saying: "…"" → Y (`quotes/en/quotes-as-saying`);
 * 2. after the quote: "« … », a déclaré le ministre", "\"…\" said Smith",
 *    "\"…,\" Smith, an analyst at X, said", "\"…,\" it said" (a pronoun resolves
 *    to the last subject) (`quotes/<lang>/after`); a source phrase ("« … »,
 *    selon Jean Martin") (`after-source`); a description of someone named
 *    before ("résume l'universitaire" → the last person named; "la
 *    porte-parole de la fédération" → the organisation) (`after-description`);
 * 3. before it, in the same clause: "Name: \"…\"", "Sam Altman admet … : « … »",
 *    "X a indiqué « … »", "saying, \"…\"", "selon X, « … »" (`quotes/<lang>/before`);
 * 4. no attribution: the quote before it in the previous sentence, or the
 *    subject of the previous sentence of the paragraph (`quotes/<lang>/continued`);
 *    a quotation paragraph after a paragraph ending on a colon belongs to that
 *    paragraph's subject (`quotes/<lang>/announced`).
 *
 * @module
 */
import type { Actor, AnalysedText, ActorRef, Draft, Quote, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import { ActorIndex } from './actor-index.js';
import type { ActorMention } from './actor-index.js';
import { makeSpan, makeTrimmedSpan } from '../text/span.js';
import { reportingLexicon } from './attribution-lexicon.js';
import type { CompiledLexicon } from './attribution.js';
import {
  SPEAKER_KINDS, asPronoun, compile, findQuotedPassages, isGoverned, isQuotation, lastStartingAtOrBefore, lastSubject, subjectMention, words,
} from './attribution.js';
import type { QuotedPassage } from './attribution.js';

/** Extracts quotes from `doc`; evidence spans (the words inside the marks) index `doc.text`. */
export function extractQuotes(doc: AnalysedText, ctx: ExtractionContext): Draft<Quote>[] {
  const { text } = doc;
  const c = compile(reportingLexicon(doc.language));
  const passages = findQuotedPassages(text, doc.paragraphs).filter((p) => isQuotation(text.slice(p.innerStart, p.innerEnd)));
  const out: (Draft<Quote> & { passage: QuotedPassage; mention?: ActorMention })[] = [];
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    const evidence = trimInner(text, p);
    if (evidence.end <= evidence.start) continue;
    const found = resolveSpeaker(doc, ctx.actors, c, passages, i, out);
    out.push({
      speaker: found.mention ? ActorIndex.ref(found.mention.actor) : found.inherited ?? null,
      text: evidence.text,
      evidence,
      ruleId: `quotes/${doc.language}/${found.rule}`,
      passage: p,
      mention: found.mention,
    });
  }
  return out.map(({ speaker, text: t, evidence, ruleId }) => ({ speaker, text: t, evidence, ruleId }));
}

/** The inside of a passage, trimmed of spaces and of a trailing `,;:` ("…new tanker,\" it said" → "…new tanker"). */
function trimInner(text: string, p: QuotedPassage): Span {
  const s = makeTrimmedSpan(text, p.innerStart, p.innerEnd);
  return s.end > s.start ? s : makeSpan(text, p.innerStart, p.innerEnd);
}

/** Where an inverted subject ends: punctuation, or a preposition opening an adjunct (EN and FR). */
const NP_STOP = /[,.;:!?(]|\s(?:à|au|aux|dans|sur|lors|pendant|après|avant|devant|pour|en|par|in|on|at|to|during|after|before|when|while|for|from|via)\s/u;

/** A subject pronoun before the verb, hyphenated or not ("it said", "a-t-il précisé"). */
const PRONOUN_IN_TRAIL = /(?:^|[\s,\-])(he|she|it|they|il|elle|ils|elles)(?![\p{L}])/iu;
/** A subject pronoun right after the verb ("said he", "précise-t-elle"). */
const PRONOUN_AFTER_VERB = /^(?:-t)?[\s\-]+(he|she|il|elle|ils|elles)(?![\p{L}])/iu;

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

  // 2. after the quote: a reporting verb within the first words of the trail
  const trail = text.slice(p.end, trailEnd);
  const head = trail.slice(0, 140);
  // "« … », selon Jean Martin", "\"…\", according to Smith": a source phrase right after the quote names the speaker
  const source = /^[\s,]*(?:selon|d['’]après|according\s+to)\s+/iu.exec(head);
  if (source) {
    const at = p.end + source[0].length;
    const named = index.nearestAfter(at, Math.min(trailEnd, at + 80), SPEAKER_KINDS);
    // the source itself, not someone related to it: « selon le ministre Jean Dupont », not « selon un proche d'Edouard Philippe »
    const gap = text.slice(at, named?.start ?? at);
    if (named && !/[,.;:]/u.test(gap) && words(gap).length <= 3 && (!gap.trim() || !isGoverned(text, named.start, c))) return { mention: named, rule: 'after-source' };
  }
  c.reporting.lastIndex = 0;
  const verb = c.reporting.exec(head);
  // the subject before the verb: up to four words, or a name and its apposition between commas
  // ("\"…,\" Smith, a senior analyst at Moody's, said")
  const beforeVerbText = verb ? head.slice(0, verb.index) : '';
  const lead0 = verb ? index.mentionsIn(p.end, p.end + verb.index, SPEAKER_KINDS)[0] : undefined;
  const apposed = lead0 !== undefined && /^[\s,]*$/u.test(text.slice(p.end, lead0.start)) && /^\s*,/u.test(text.slice(lead0.end, lead0.end + 3))
    && /,\s*$/u.test(beforeVerbText) && words(beforeVerbText).length <= 14;
  // (not after a coordinator: "se dit « particulièrement rassuré » et pense que « … »" — the subject stands before the quote)
  if (verb && (words(beforeVerbText).length <= 4 || apposed) && /^[\s,.\-–—]*[\p{Ll}\p{Lu}]/u.test(trail) && !/^\s*(?:et|and|mais|but|puis|then)\s/iu.test(trail)) {
    if (apposed) return { mention: lead0, rule: 'after' };
    const trailStart = p.end;
    // the inverted subject stops at the first preposition that starts an adjunct:
    // "a répondu la porte-parole de la fédération | à une question de la RTBF"
    const afterVerbAt = trailStart + verb.index + verb[0].length;
    const stop = NP_STOP.exec(text.slice(afterVerbAt, trailEnd));
    const npEnd = stop ? afterVerbAt + stop.index : trailEnd;
    // "a expliqué à l'AFP Gilles-Éric Séralini": past an adjunct, the first name not governed by a preposition
    const mention = subjectMention(text, index, trailStart, npEnd, c)
      ?? ungovernedMention(text, index, afterVerbAt, trailEnd, c);
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
      if (prev && prevSentence && prev.passage.start >= prevSentence.start && sameParagraph(doc, prev.passage.start, p.start)) {
        return { inherited: prev.speaker, rule: 'after-pronoun' };
      }
      const kinds = c.lex.pronouns[pron] ?? SPEAKER_KINDS;
      const subject = lastSubject(text, sentences, index, p.start, c, kinds, passages);
      if (subject) return { mention: subject, rule: 'after-pronoun' };
    }
    // a description of someone already named: "« … », résume l'universitaire", "said the professor",
    // "a répondu la porte-parole de la fédération" (the spokesperson of an organisation named before speaks for it)
    const described = describedSpeaker(text, index, c, afterVerbAt, npEnd, trailEnd, p.start);
    if (described) return { inherited: ActorIndex.ref(described), rule: 'after-description' };
    // an attribution to someone the text does not name ("a spokesman said"): no speaker rather than a wrong one
    if (words(text.slice(trailStart, npEnd)).length > words(verb[0]).length) return { rule: 'after-unresolved', inherited: null };
  }

  // 3. before the quote, in the same clause
  if (/[\p{L}]/u.test(lead)) {
    const colon = /:\s*$/.test(lead);
    if (colon) {
      // the lead without its final colon and the spaces around it (by hand: /\s*:\s*$/ retried at every
      // start of a long run of spaces is quadratic)
      let e = lead.length;
      while (e > 0 && /\s/.test(lead[e - 1]!)) e--;
      e--; // the colon
      while (e > 0 && /\s/.test(lead[e - 1]!)) e--;
      const beforeColon = leadStart + e;
      const adjacent = index.mentionsIn(leadStart, beforeColon, SPEAKER_KINDS).filter((m) => beforeColon - m.end <= 1);
      if (adjacent.length) return { mention: adjacent[adjacent.length - 1], rule: 'before' };
    }
    const mention = subjectMention(text, index, leadStart, p.start, c);
    // "Très ému, il confie au Figaro que « … »": a pronoun subject before the first name speaks
    const pron = pronounSubject(lead, c);
    if (pron && (!mention || leadStart + pron.at < mention.start)) {
      const subject = lastSubject(text, sentences, index, leadStart, c, c.lex.pronouns[pron.word] ?? SPEAKER_KINDS, passages);
      if (subject) return { mention: subject, rule: 'before-pronoun' };
    }
    if (mention) return { mention, rule: 'before' };
    const prevQuote = previous.length ? previous[previous.length - 1] : undefined;
    if (prevQuote && prevQuote.passage.end > sentence.start) return { inherited: prevQuote.speaker, rule: 'continued' };
  }

  // 4. no attribution in the sentence: the previous sentence of the paragraph
  const para = doc.paragraphs[lastStartingAtOrBefore(doc.paragraphs, p.start)];
  const prevSentence = sentences[si - 1];
  const prevQuote = previous.length ? previous[previous.length - 1] : undefined;
  if (prevSentence && para && prevSentence.start >= para.start) {
    if (prevQuote && prevQuote.passage.start >= prevSentence.start) return { inherited: prevQuote.speaker, rule: 'continued' };
    const mention = subjectMention(text, index, prevSentence.start, prevSentence.end, c, SPEAKER_KINDS, passages);
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
  // a quotation opening a paragraph right after a quoted paragraph continues it
  if (prevQuote && para) {
    const prevParaIndex = lastStartingAtOrBefore(doc.paragraphs, prevQuote.passage.start);
    const paraIndex = lastStartingAtOrBefore(doc.paragraphs, p.start);
    if (prevParaIndex >= paraIndex - 1) return { inherited: prevQuote.speaker, rule: 'continued' };
  }
  return { rule: 'unattributed', inherited: null };
}

/** Words that govern the complement of a description ("porte-parole de la fédération", "spokesman for the ministry"). */
const DESCRIPTION_OF = /^(?:de\s+la|de\s+l['’]|du|des|of\s+the|for\s+the|at\s+the|of|for)\s+/iu;
/** How far back a description looks for the actor it describes, code units (a few paragraphs). */
const DESCRIPTION_LOOKBACK = 3000;

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
  const m = /^\s*(?:(?:le|la|les|l['’]|the|a|an|un|une)\s*)?([\p{L}-]{2,30})/iu.exec(after);
  if (!m) return undefined;
  const head = m[1]!.toLowerCase();
  const floor = Math.max(0, before - DESCRIPTION_LOOKBACK);
  const complement = DESCRIPTION_OF.exec(after.slice(m[0].length).trimStart());
  if (complement && (c.lex.sourceNouns.includes(head) || c.lex.personDescriptions.includes(head))) {
    const rest = after.slice(m[0].length).trimStart().slice(complement[0].length);
    const of = (/^([\p{L}-]{3,30})/u.exec(rest)?.[1] ?? '').toLowerCase();
    if (!of) return undefined;
    const mentions = index.mentionsIn(floor, before, ['organization', 'government', 'group']);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const actor = mentions[k]!.actor;
      if ([actor.name, ...actor.aliases].some((n) => n.toLowerCase().split(/[\s'’-]+/u).includes(of))) return actor;
    }
    return undefined;
  }
  // a bare description, nothing after its head in the noun phrase: "résume l'universitaire", "said the professor"
  if (!c.lex.personDescriptions.includes(head) || /[\p{L}]/u.test(text.slice(from + m[0].length, npEnd))) return undefined;
  return index.nearestBefore(before, floor, ['person'])?.actor;
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
  c.reportingInner.lastIndex = 0;
  while ((m = c.reportingInner.exec(tail)) !== null) verbs.push(offset + m.index);
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
