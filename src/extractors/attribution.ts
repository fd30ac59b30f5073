/**
 * Shared attribution machinery for the quote and claim extractors:
 * quotation-mark pairing, the scare-quote test, clause splitting, subject
 * extraction, and the choice of the actor mention that speaks.
 *
 * All offsets are UTF-16 code units into the analysed text, end exclusive.
 * Every function is pure and linear in the length of its input region.
 *
 * @module
 */
import { firstAtLeast } from '../text/sorted.js';
import type { ActorKind, Span } from '../types.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import type { ReportingLexicon } from './attribution-lexicon.js';
import { escapeRegExp, reportingLexicon, wordAlternation, wordsRegExp } from './attribution-lexicon.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../text/char-classes.js';
import { datelineLength } from '../text/dateline.js';

/** A passage between quotation marks: `[start, end)` includes the marks, `[innerStart, innerEnd)` does not. */
export interface QuotedPassage {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

/**
 * Words that end the noun phrase before a report-content opener ({@link CompiledLexicon.reportContent}): a coordination or
 * a relative opens another clause ("rejected the plan and said, according to which…" is no report content).
 */
const REPORT_CONTENT_GAP_STOPS: readonly string[] = ['and', 'but', 'or', 'as', 'which', 'who', 'that', 'et', 'mais', 'ou', 'comme', 'qui', 'que', "qu'", 'dont'];

/** A passage longer than this is a pairing error, not a quotation. */
const MAX_QUOTE = 6000;

const OPENERS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '‹': '›' };
const CLOSERS = new Set(['»', '”', '›']);

/** Built once for {@link findQuotedPassages} (character classes: text/char-classes.ts). */
const FIND_QUOTED_PASSAGES_RE = new RegExp(`[${DIGIT}]`, 'u');

/**
 * Finds the outermost quoted passages of `text`: « … » (nesting allowed,
 * NBSP/thin spaces inside), “ … ”, „ … “ and straight "…" paired in order.
 * A passage may span sentences; when a paragraph ends inside a quotation and
 * the next paragraph opens with a quotation mark (the multi-paragraph
 * convention: « … ¶ « … » or "… ¶ "… "), the passage continues.
 * Unclosed marks are dropped; a `"` after a digit (12") is not a mark.
 * Linear in the text: the scan jumps from quotation mark to quotation mark.
 * The result is cached per `paragraphs` array (and text) and shared by the
 * quote and claim extractors: callers must not modify it.
 */
export function findQuotedPassages(text: string, paragraphs: readonly Span[]): QuotedPassage[] {
  const hit = passageCache.get(paragraphs);
  if (hit && hit.text === text) return hit.passages;
  const out: QuotedPassage[] = [];
  let stack: { ch: string; pos: number }[] = [];
  // offset of the next quotation mark at or after the scan position (text.length when none): characters
  // between marks only age the open quotation, so the scan jumps from mark to mark
  let nextAt = -1;
  const nextMark = (from: number): number => {
    if (nextAt < from) {
      QUOTATION_MARK.lastIndex = from;
      nextAt = QUOTATION_MARK.exec(text)?.index ?? text.length;
    }
    return nextAt;
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    let i = para.start;
    // continuation mark at the start of a paragraph inside an open quotation
    if (stack.length && /^["«»“]$/.test(text[i] ?? '')) i++;
    for (; i < para.end; i++) {
      const j = Math.min(nextMark(i), para.end);
      // a quotation open for more than MAX_QUOTE code units at any skipped character is dropped
      if (j > i && stack.length && j - 1 - stack[0]!.pos > MAX_QUOTE) stack = [];
      if (j >= para.end) break;
      i = j;
      const ch = text[i]!;
      const top = stack[stack.length - 1];
      if (ch === '"') {
        if (i > 0 && FIND_QUOTED_PASSAGES_RE.test(text[i - 1]!)) continue;
        if (top && top.ch === '"') {
          stack.pop();
          if (!stack.length) emit(out, top.pos, i + 1);
        } else stack.push({ ch, pos: i });
      } else if (ch === '„' || ch === '«' || ch === '‹' || (ch === '“' && !(top && top.ch === '„'))) {
        stack.push({ ch, pos: i });
      } else if (CLOSERS.has(ch) || (ch === '“' && top && top.ch === '„')) {
        if (top && OPENERS[top.ch] === ch) {
          stack.pop();
          if (!stack.length) emit(out, top.pos, i + 1);
        }
      }
      if (stack.length && i - stack[0]!.pos > MAX_QUOTE) stack = [];
    }
    if (stack.length) {
      const next = paragraphs[pi + 1];
      const continues = next && /^["«»“]$/.test(text[next.start] ?? '');
      if (!continues) stack = [];
      else if (out.length && out[out.length - 1]!.start >= para.start && closesWithOwnAttribution(text, next)) {
        // (ruleId quotes/unclosed-before-attributed) `"We have not received any offer," said Elon Musk. "And we will not
        // sell.¶"The board will decide next week," he continued.`: a quotation left open after a closed one of the same
        // paragraph, when the next paragraph's quotation closes in that paragraph with its own speech verb, ends with its
        // paragraph — the next is a quotation of its own. A paragraph that is one open quotation keeps the multi-paragraph
        // convention ("The first paragraph… ¶"The second ends it," Jones said.)
        let end = para.end;
        while (end > stack[0]!.pos + 1 && /\s/.test(text[end - 1]!)) end--;
        if (end > stack[0]!.pos + 1) out.push({ start: stack[0]!.pos, end, innerStart: stack[0]!.pos + 1, innerEnd: end });
        stack = [];
      }
    }
  }
  const singles = findSingleQuotedPassages(text, paragraphs, out);
  const passages = singles.length ? mergePassages(out, singles) : out;
  passageCache.set(paragraphs, { text, passages });
  return passages;
}

/**
 * Reporting and speech verbs of both languages (lexicon/en/reporting.ts, lexicon/fr/reporting.ts: reporting, object and
 * speech verbs), for the language-independent pairing of quotation marks: a closing mark followed by one of them within
 * a few words ("…," he continued; ‘…’, a assuré le directeur) ends an attributed quotation.
 */
let speechAfterRe: RegExp | undefined;
let speechBeforeRe: RegExp | undefined;
function speechRegExps(): { after: RegExp; before: RegExp } {
  if (!speechAfterRe || !speechBeforeRe) {
    const verbs: string[] = [];
    for (const lang of ['en', 'fr'] as const) {
      const lex = reportingLexicon(lang);
      verbs.push(...lex.reportingVerbs, ...lex.speechVerbs, ...lex.objectVerbs);
    }
    const alt = wordAlternation(verbs);
    // after a closing mark: optional punctuation, at most 40 characters of the same sentence (a subject, "a-t-il"), a verb
    speechAfterRe = new RegExp(`^[\\s,;—–-]{0,4}[^.!?\\n"«»“”‘’']{0,40}?${alt}`, 'iu');
    // before an opening mark: a verb, then at most 40 characters of the same sentence, then a colon or comma
    speechBeforeRe = new RegExp(`${alt}[^.!?\\n"«»“”‘’']{0,40}[:,]\\s{0,3}$`, 'iu');
  }
  return { after: speechAfterRe, before: speechBeforeRe };
}

/** Characters of text looked at after a closing or before an opening mark for the speech verb. */
const SPEECH_WINDOW = 60;

/** True when `text` from `at` (a few words, within the paragraph ending at `limit`) reads as a postposed attribution. */
function speechAfter(text: string, at: number, limit: number): boolean {
  return speechRegExps().after.test(text.slice(at, Math.min(limit, at + SPEECH_WINDOW)));
}

/** True when `text` before `at` (within the paragraph starting at `from`) ends with a verb of speech and a colon or comma. */
function speechBefore(text: string, at: number, from: number): boolean {
  return speechRegExps().before.test(text.slice(Math.max(from, at - SPEECH_WINDOW), at));
}

/** The closer of each opening mark a continuation paragraph may start with. */
const PARAGRAPH_OPENER_CLOSERS: Readonly<Record<string, string>> = { '"': '"', '«': '»', '“': '”' };

/**
 * True when paragraph `para` opens with a quotation mark whose own closer lies in the paragraph and is followed by a
 * speech verb (`"The board will decide next week," he continued.`): a quotation of its own, not the continuation of
 * the previous paragraph's open one. Looks at the first closer only (bounded by the paragraph).
 */
function closesWithOwnAttribution(text: string, para: Span): boolean {
  const closer = PARAGRAPH_OPENER_CLOSERS[text[para.start] ?? ''];
  if (!closer) return false;
  const at = text.indexOf(closer, para.start + 1);
  return at >= 0 && at < para.end && at - para.start <= MAX_QUOTE && speechAfter(text, at + 1, para.end);
}

/** Single quotation marks and apostrophes: what {@link findSingleQuotedPassages} looks at. */
const SINGLE_MARK = /['‘’]/g;
/** A character before an opening single mark: start of text, white space, an opening bracket or a dash. */
const SINGLE_OPEN_BEFORE = /[\s([—–-]/u;
/** Built once for {@link findSingleQuotedPassages} (character classes: text/char-classes.ts). */
const SINGLE_OPEN_AFTER = new RegExp(`[${LETTER}]`, 'u');
const SINGLE_CLOSE_BEFORE = new RegExp(`[${LETTER}${DIGIT}.,!?…]`, 'u');
const SINGLE_CLOSE_AFTER = /[\s,.;:!?)\]—–-]/u;
/** Closing candidates tried per opening single mark (a plural possessive "players'" inside the quotation is one). */
const MAX_SINGLE_CLOSERS = 8;
/** Marks looked at after an opening single mark (apostrophes included): bounds the scan of a paragraph of apostrophes. */
const MAX_SINGLE_MARKS = 32;

/**
 * Single-quoted quotations (British ' … ' and ‘ … ’), ruleId quotes/single-quoted: `'We are prepared to do more,' Jerome
 * Powell told reporters`; ‘Nous ne fermerons aucune maternité’, a assuré le directeur. An opening mark follows white space
 * (or a bracket or dash, or starts the paragraph) and precedes a letter; a closing mark follows a letter, digit or
 * punctuation and precedes white space or punctuation; the pair counts only when a verb of speech follows the closing
 * mark or precedes the opening one (he said: '…'), so apostrophes stay apostrophes: don't, l'État, aujourd'hui,
 * O'Brien, the '90s (a digit follows), rock 'n' roll and the players' union (no verb of speech). Passages inside a
 * double-quoted one are not outermost and are dropped. Bounded: each opening mark tries at most
 * {@link MAX_SINGLE_CLOSERS} closing candidates among the next {@link MAX_SINGLE_MARKS} marks of its paragraph.
 */
function findSingleQuotedPassages(text: string, paragraphs: readonly Span[], doubles: readonly QuotedPassage[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  // every mark of the text, once; each paragraph takes its own by a pointer that only moves forward
  const all: number[] = [];
  SINGLE_MARK.lastIndex = 0;
  for (let m = SINGLE_MARK.exec(text); m; m = SINGLE_MARK.exec(text)) all.push(m.index);
  if (!all.length) return out;
  let next = 0;
  for (const para of paragraphs) {
    while (next < all.length && all[next]! < para.start) next++;
    let stop = next;
    while (stop < all.length && all[stop]! < para.end) stop++;
    const marks = all.slice(next, stop);
    next = stop;
    if (marks.length < 2) continue;
    let k = 0;
    while (k < marks.length) {
      const o = marks[k]!;
      const oc = text[o]!;
      const opens = oc !== '’' && (o === para.start || SINGLE_OPEN_BEFORE.test(text[o - 1]!)) && SINGLE_OPEN_AFTER.test(text[o + 1] ?? '');
      if (!opens || passageAt(doubles, o)) { k++; continue; }
      let found = -1;
      for (let c = k + 1, tried = 0; c < marks.length && c - k <= MAX_SINGLE_MARKS && tried < MAX_SINGLE_CLOSERS; c++) {
        const e = marks[c]!;
        const ec = text[e]!;
        if (ec === '‘' || (oc === '‘' && ec === "'") || e - o > MAX_QUOTE) break;
        const closes = SINGLE_CLOSE_BEFORE.test(text[e - 1]!) && (e + 1 >= para.end || SINGLE_CLOSE_AFTER.test(text[e + 1]!));
        if (!closes) continue;
        tried++;
        if (e - o < 3) continue;
        // (after "he said: '", the closing mark ends the quoted sentence: it follows punctuation or precedes it — not the
        // possessive of "the players' union")
        const ends = /[.,!?…]/u.test(text[e - 1]!) || e + 1 >= para.end || /[,.;:!?)]/u.test(text[e + 1]!);
        if (speechAfter(text, e + 1, para.end) || (ends && speechBefore(text, o, para.start))) { found = c; break; }
      }
      if (found < 0) { k++; continue; }
      const e = marks[found]!;
      out.push({ start: o, end: e + 1, innerStart: o + 1, innerEnd: e });
      k = found + 1;
    }
  }
  return out;
}

/** `a` and `b` (each sorted by start, without overlaps) merged by start; a passage of `b` overlapping one of `a` is dropped. */
function mergePassages(a: readonly QuotedPassage[], b: readonly QuotedPassage[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let j = 0;
  for (const p of a) {
    while (j < b.length && b[j]!.start < p.start) {
      if (b[j]!.end <= p.start) out.push(b[j]!);
      j++;
    }
    while (j < b.length && b[j]!.start < p.end) j++;
    out.push(p);
  }
  for (; j < b.length; j++) out.push(b[j]!);
  return out;
}

/** Every character {@link findQuotedPassages} acts on (openers and closers), for jumping between them. */
const QUOTATION_MARK = /["„«‹“»”›]/g;
/** The passages of the last text of each paragraph list: the quote and claim extractors share them. */
const passageCache = new WeakMap<readonly Span[], { text: string; passages: QuotedPassage[] }>();

function emit(out: QuotedPassage[], start: number, end: number): void {
  out.push({ start, end, innerStart: start + 1, innerEnd: end - 1 });
}

/** Built once for {@link words} (character classes: text/char-classes.ts). */
const WORDS_RE = new RegExp(`[${LETTER}${DIGIT}][${LETTER}${DIGIT}'’\\-]{0,60}`, 'gu');

/** Words of `s`: runs of letters/digits with inner apostrophes and hyphens. */
export function words(s: string): string[] {
  return s.match(WORDS_RE) ?? [];
}

/** The same words as {@link words}, read one at a time (a copy of its regex, so that the two never share `lastIndex`). */
const COUNT_WORDS_RE = new RegExp(WORDS_RE.source, 'gu');

/**
 * The number of {@link words} of `s`, counted up to `limit` only: `countWords(s, 4) < 4` tests "fewer than four words"
 * in time bounded by the first four, where `words(s).length` reads all of a long span (a sentence of 2 000 "…, said X,"
 * clauses made each claim candidate read the whole sentence: quadratic; second new-user trial).
 */
export function countWords(s: string, limit: number): number {
  COUNT_WORDS_RE.lastIndex = 0;
  let n = 0;
  while (n < limit && COUNT_WORDS_RE.exec(s) !== null) n++;
  return n;
}

/** Built once for {@link isQuotation} (character classes: text/char-classes.ts). */
const IS_QUOTATION_RE = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link isQuotation} (character classes: text/char-classes.ts). */
const IS_QUOTATION_RE_2 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link isQuotation} (character classes: text/char-classes.ts). */
const IS_QUOTATION_RE_3 = new RegExp(`^[${LETTER}]{3,}(?:ment|ly)$`, 'u');

/**
 * True when the words inside quotation marks are a quotation rather than
 * scare quotes or a title: at least four words, or two or three words that
 * end a sentence ("Oy. I agree."). Four or more words in title case without
 * final punctuation ("The Lord of the Rings") are a title.
 * Two or three words are a quotation too when they read as speech, not as a term: lower-case, with a
 * pronoun, a possessive, a negation or an opening adverb (« respecter leurs engagements », « particulièrement rassuré »).
 * Examples: « sosiétés » → false; "Senate aide" → false; "price indexing" → false;
 * « sécuriser un maximum les transactions électroniques » → true.
 */
export function isQuotation(inner: string): boolean {
  const ws = words(inner);
  const final = /[.!?…]["»”’)\]]?\s*$/.test(inner.trim());
  if (ws.length >= 4) {
    const long = ws.filter((w) => w.length >= 4);
    const titled = long.length >= 2 && long.every((w) => IS_QUOTATION_RE.test(w));
    return !(titled && !final && ws.length <= 10);
  }
  if (ws.length >= 2 && final) return true;
  // two or three words of speech, not a term: a possessive or personal pronoun, a negation, or an adverb opening two
  // words (« particulièrement rassuré », « respecter leurs engagements », "deeply concerned"; not "price indexing",
  // "Senate aide", "personally identifiable information"); a capital only on a pronoun that opens the speech
  // ("We comply," he said; « Nous refusons », a-t-il dit)
  if (ws.length >= 2 && ws.length <= 3 && (IS_QUOTATION_RE_2.test(ws[0]!) || SPEECH_WORD.test(ws[0]!))) {
    return ws.some((w) => SPEECH_WORD.test(w)) || (ws.length === 2 && IS_QUOTATION_RE_3.test(ws[0]!));
  }
  return false;
}

/** Words that mark a two- or three-word quotation as speech rather than a term: pronouns, possessives, negations, intensifiers. */
const SPEECH_WORD = new RegExp(`^(?:leurs?|nos|notre|vos|votre|mes|mon|ma|ses|son|sa|our|my|your|their|his|her|we|us|nous|vous|je|j['’][${LETTER}]+|tu|i|you|me|moi|très|trop|pas|jamais|not|never|very|too|so)$`, 'iu');

/** True when `offset` lies inside one of the passages (marks included). */
export function insidePassage(passages: readonly QuotedPassage[], offset: number): boolean {
  return passageAt(passages, offset) !== undefined;
}

/**
 * The passage holding `offset` (marks included), by binary search: passages
 * are sorted by start and do not overlap (they are outermost).
 */
export function passageAt(passages: readonly QuotedPassage[], offset: number): QuotedPassage | undefined {
  const i = lastStartingAtOrBefore(passages, offset);
  const p = i >= 0 ? passages[i] : undefined;
  return p && offset < p.end ? p : undefined;
}

/** Index of the last span starting at or before `offset` in spans sorted by start, or -1. */
export function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Code units of [start, end) covered by passages (inner parts). */
export function quotedCoverage(passages: readonly QuotedPassage[], start: number, end: number): number {
  let n = 0;
  for (let i = Math.max(0, lastStartingAtOrBefore(passages, start)); i < passages.length && passages[i]!.start < end; i++) {
    const p = passages[i]!;
    n += Math.max(0, Math.min(end, p.end) - Math.max(start, p.start));
  }
  return n;
}

/** Compiled per-lexicon regular expressions, cached. */
export interface CompiledLexicon {
  lex: ReportingLexicon;
  reporting: RegExp;
  /** A second global instance of `reporting`, for scans nested inside a loop over the first. */
  reportingInner: RegExp;
  /**
   * The reporting verbs and the quote-only {@link ReportingLexicon.speechVerbs} (`giu`): what may attribute a direct
   * quotation ("\"…?\" Schiff asked"). Used by the quote extractor only; claims keep `reporting`.
   */
  quoting: RegExp;
  /** A second global instance of `quoting`, for scans nested inside a loop over the first. */
  quotingInner: RegExp;
  /** `reporting` without the global flag, for tests. */
  reportingTest: RegExp;
  /** A source-phrase cue ending within two words of the end of a string ("according to | reports"). */
  sourcePhraseTail: RegExp;
  zeroComplement: RegExp;
  objectVerb: RegExp;
  promise: RegExp;
  complementizer: RegExp;
  /** {@link ReportingLexicon.sourcePhrases}, `giu`, not where a {@link ReportingLexicon.reportContentOpeners} phrase starts. */
  sourcePhrase: RegExp;
  /**
   * Anchored at its start (`iu`): up to five words of a noun phrase (no punctuation, conjunction or relative: the words
   * of {@link REPORT_CONTENT_GAP_STOPS}), then a {@link ReportingLexicon.reportContentOpeners} phrase — « les informations
   * de presse | selon lesquelles ». The match ends where the content clause starts.
   */
  reportContent: RegExp;
  hedgeWord: RegExp;
  /** {@link ReportingLexicon.hedgePatterns}, compiled `giu`, with the modality of their claim (default `hedged`). */
  hedgePatterns: { re: RegExp; ruleId: string; modality: 'reported' | 'hedged' | 'denied' }[];
  denials: { re: RegExp; ruleId: string }[];
  /** {@link ReportingLexicon.stancePatterns}, compiled `giu`; `subject` compiled `iu` (null: any subject). */
  stances: { re: RegExp; ruleId: string; modality: 'reported' | 'hedged' | 'denied'; subject: RegExp | null }[];
  /** {@link ReportingLexicon.nominalReports}, compiled `giu`. */
  nominalReports: { re: RegExp; ruleId: string }[];
  /** {@link ReportingLexicon.controlVerbs} as words (`giu`). */
  control: RegExp;
  /** {@link ReportingLexicon.incise}, compiled `gu`, or null. */
  incise: { re: RegExp; ruleId: string } | null;
  /** {@link ReportingLexicon.relativeHedge}, compiled `giu`, or null. */
  relativeHedge: { re: RegExp; ruleId: string } | null;
  /** {@link ReportingLexicon.infinitiveReport}, compiled `giu`, or null. */
  infinitiveReport: { re: RegExp; ruleId: string } | null;
  /** {@link ReportingLexicon.asReportBefore}, compiled `u` (case-sensitive), or null. */
  asReportBefore: RegExp | null;
  /** {@link ReportingLexicon.passiveReports}, compiled `giu`. */
  passiveReports: { re: RegExp; ruleId: string }[];
  /** {@link ReportingLexicon.participlePromises} as words (`giu`), or null when the language has none. */
  participlePromise: RegExp | null;
  /**
   * A perfect auxiliary and at most one gap adverb ending a string ("a aussi " before « annoncé »), or null:
   * run on the 40 code units before a {@link CompiledLexicon.participlePromise} match.
   */
  perfectBefore: RegExp | null;
  /** A second complement clause coordinated with the first: ", et surtout qu'", " and that", " but also that". */
  coordinatedComplement: RegExp;
  /**
   * A subject trailer ending a string, after one space or comma:
   * `[\s,](?:trailers)$` — run by {@link trailerStart} on a window of at most
   * {@link CompiledLexicon.subjectTrailerMax} + 1 code units.
   */
  subjectTrailerEnd: RegExp;
  /** Longest match of one subject trailer, code units (each space of a form matches up to three). */
  subjectTrailerMax: number;
  connectorStart: RegExp;
  adverbialStart: RegExp;
  pronoun: RegExp;
  quotesAsSaying: RegExp | null;
  /** {@link ReportingLexicon.namingVerbs} as words (`giu`), or null when the language has none. */
  naming: RegExp | null;
  /** One of {@link ReportingLexicon.writtenWordNouns} ending a string, then an optional colon or comma (`iu`), or null. */
  writtenBefore: RegExp | null;
  governing: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  gapOpeners: ReadonlySet<string>;
  timeAdjuncts: ReadonlySet<string>;
  finiteSignals: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  /** The negators ending in an apostrophe ("n'"), which prefix the next word ("n'a"). */
  elidedNegators: readonly string[];
  clauseBreaker: RegExp;
}

const cache = new WeakMap<ReportingLexicon, CompiledLexicon>();

/** Compiles (once) the regular expressions of a lexicon. */
export function compile(lex: ReportingLexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const alt = wordAlternation;
  const c: CompiledLexicon = {
    lex,
    reporting: new RegExp(alt(lex.reportingVerbs), 'giu'),
    reportingInner: new RegExp(alt(lex.reportingVerbs), 'giu'),
    reportingTest: new RegExp(alt(lex.reportingVerbs), 'iu'),
    quoting: new RegExp(alt([...lex.reportingVerbs, ...lex.speechVerbs]), 'giu'),
    quotingInner: new RegExp(alt([...lex.reportingVerbs, ...lex.speechVerbs]), 'giu'),
    sourcePhraseTail: new RegExp(`(?:${alt(lex.sourcePhrases)})(?:[\\s\\u00a0]+[${LETTER}'’\\-]+){0,2}[\\s\\u00a0]*$`, 'iu'),
    zeroComplement: new RegExp(`^(?:${alt(lex.zeroComplementVerbs)})$`, 'iu'),
    objectVerb: new RegExp(`^(?:${alt(lex.objectVerbs)})$`, 'iu'),
    promise: new RegExp(alt(lex.promiseVerbs), 'giu'),
    complementizer: new RegExp(`^(?:${alt(lex.complementizers)})`, 'iu'),
    // (claims/<lang>/report-content-opener) « selon lesquelles », "according to which": a relative after a source phrase
    // opens the content of a report noun, it names no source
    sourcePhrase: new RegExp(`(?!${alt(lex.reportContentOpeners)})${alt(lex.sourcePhrases)}`, 'giu'),
    reportContent: new RegExp(`^(?:[\\s\\u00a0]+(?!(?:${alt(REPORT_CONTENT_GAP_STOPS)}))[^\\s\\u00a0,;:.!?«»“”"]{1,30}){0,5}?[\\s\\u00a0]+${alt(lex.reportContentOpeners)}[\\s\\u00a0]*`, 'iu'),
    // modal auxiliaries are matched case-sensitively: "may" but not "May 4"
    hedgeWord: new RegExp(alt(lex.hedgeWords), 'gu'),
    hedgePatterns: lex.hedgePatterns.map((p) => ({ re: new RegExp(p.pattern, 'giu'), ruleId: p.ruleId, modality: p.modality ?? 'hedged' })),
    denials: lex.denialPatterns.map((p) => ({ re: new RegExp(p.pattern, 'giu'), ruleId: p.ruleId })),
    stances: lex.stancePatterns.map((p) => ({
      re: new RegExp(p.pattern, 'giu'), ruleId: p.ruleId, modality: p.modality ?? 'reported', subject: p.subject ? new RegExp(p.subject, 'iu') : null,
    })),
    nominalReports: lex.nominalReports.map((p) => ({ re: new RegExp(p.pattern, 'giu'), ruleId: p.ruleId })),
    control: wordsRegExp(lex.controlVerbs),
    // case-sensitive: the English incise spells the capital of a name ("…, Doctor says, …")
    incise: lex.incise ? { re: new RegExp(lex.incise.pattern, 'gu'), ruleId: lex.incise.ruleId } : null,
    relativeHedge: lex.relativeHedge ? { re: new RegExp(lex.relativeHedge.pattern, 'giu'), ruleId: lex.relativeHedge.ruleId } : null,
    infinitiveReport: lex.infinitiveReport ? { re: new RegExp(lex.infinitiveReport.pattern, 'giu'), ruleId: lex.infinitiveReport.ruleId } : null,
    // case-sensitive: the pattern spells its capitals ("[Aa]s", a capitalised subject)
    asReportBefore: lex.asReportBefore ? new RegExp(lex.asReportBefore, 'u') : null,
    passiveReports: lex.passiveReports.map((p) => ({ re: new RegExp(p.pattern, 'giu'), ruleId: p.ruleId })),
    participlePromise: lex.participlePromises.length && lex.perfectAuxiliaries.length ? wordsRegExp(lex.participlePromises) : null,
    // "a aussi " ending the text before the participle: auxiliary, optional gap adverb (bounded: two words)
    perfectBefore: lex.participlePromises.length && lex.perfectAuxiliaries.length
      ? new RegExp(`(?<![${LETTER}])(?:${lex.perfectAuxiliaries.map(escapeRegExp).join('|')})\\s{1,3}(?:(?:${lex.gapAdverbs.map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|')})\\s{1,3})?$`, 'iu')
      : null,
    // an elided complementizer ("qu'") touches the next word; a full one ("que", "that") ends a word
    coordinatedComplement: new RegExp(`(?:,\\s*|\\s)(?:and|et|but|mais)\\s+(?:(?:surtout|aussi|également|enfin|ensuite|also|even|then)\\s+)?(?:${lex.complementizers.map((w) => (w.endsWith("'") ? w.replace(/'/g, "['’]") : `${w}(?![${LETTER}])`)).join('|')})`, 'iu'),
    // "Le ministre a elle" → a trailer "a elle" ending the string, after a space
    subjectTrailerEnd: new RegExp(`[\\s,](?:${alt(lex.subjectTrailers)})$`, 'iu'),
    subjectTrailerMax: Math.max(0, ...lex.subjectTrailers.map((w) => w.length + 2 * (w.split(' ').length - 1))),
    connectorStart: new RegExp(`^(?:${alt(lex.connectors)})[\\s,]+`, 'iu'),
    adverbialStart: new RegExp(`^(?:${alt([...lex.leadingAdverbials, ...lex.connectors])})`, 'iu'),
    pronoun: new RegExp(`^(?:${alt(Object.keys(lex.pronouns))})$`, 'iu'),
    quotesAsSaying: lex.quotesAsSaying ? new RegExp(lex.quotesAsSaying.pattern, 'giu') : null,
    naming: lex.namingVerbs.length ? wordsRegExp(lex.namingVerbs) : null,
    // "the text "", « l'inscription : « » (run on the 40 code units before a quotation)
    writtenBefore: lex.writtenWordNouns.length ? new RegExp(`(?<![${LETTER}])(?:${alt(lex.writtenWordNouns)})\\s{0,3}[:,]?\\s{0,3}$`, 'iu') : null,
    governing: new Set(lex.governingPrepositions),
    determiners: new Set(lex.determiners),
    gapOpeners: new Set(lex.gapOpeners),
    timeAdjuncts: new Set(lex.timeAdjuncts),
    finiteSignals: new Set(lex.finiteSignals),
    negators: new Set(lex.negators),
    elidedNegators: [...new Set(lex.negators)].filter((n) => n.endsWith("'")),
    clauseBreaker: new RegExp(`,\\s+(?=${alt(lex.clauseBreakers)})`, 'giu'),
  };
  cache.set(lex, c);
  return c;
}

/** A form of "be" ending the words before a verb: the verb is a passive participle ({@link splitClauses}). */
const PASSIVE_BEFORE_VERB = /(?:^|\s)(?:is|are|was|were|be|been|being|est|sont|était|étaient|été|être)\s+$/iu;
/** A participle then "to" or « de »/« à » and a verb: a raising passive ("believed to be", « censé de »), a hedge of its own. */
const RAISING_AFTER_VERB = /^\S+\s+(?:to|de|d['’]|à)\s/iu;

/** Built once for {@link splitClauses} (character classes: text/char-classes.ts). */
const SPLIT_CLAUSES_RE = new RegExp(`[${LETTER}]`, 'u');

/** Built once for {@link splitClauses} (character classes: text/char-classes.ts). */
const SPLIT_CLAUSES_RE_2 = new RegExp(`[${LETTER}${DIGIT}]`, 'u');

/** A spaced dash break of {@link splitClauses}: " — ", " – ". */
const DASH_BREAK = /^\s[—–]\s$/u;

/**
 * Splits the sentence [start, end) into clauses at `;`, `:`, dashes and
 * ", but" / ", mais" (the breaker word starts the next clause), never inside
 * a quoted passage. Example: "X rose; Y fell" → ["X rose", "Y fell"].
 */
export function splitClauses(text: string, start: number, end: number, passages: readonly QuotedPassage[], c: CompiledLexicon): Span[] {
  const cuts: { at: number; skip: number }[] = [];
  const sentence = text.slice(start, end);
  // ";", ":", a spaced dash, and the dateline break "21 septembre 2012, France. - Selon…"
  const punct = /[;:]|\s[—–]\s|\.\s+-\s/g;
  let m: RegExpExecArray | null;
  while ((m = punct.exec(sentence)) !== null) {
    const at = start + m.index;
    // a colon inside a time or a ratio ("10:30") is not a break
    if (m[0] === ':' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    if (!insidePassage(passages, at)) cuts.push({ at, skip: m[0].length });
  }
  // (claims/dash-apposition) "told reporters that the airline — the largest carrier in the world — will recommence its
  // expansion": two spaced dashes at most 100 code units apart, with no other break between, enclose an apposition — the
  // clause runs through it
  for (let k = cuts.length - 1; k > 0; k--) {
    const a = cuts[k - 1]!, b = cuts[k]!;
    if (DASH_BREAK.test(text.slice(a.at, a.at + a.skip)) && DASH_BREAK.test(text.slice(b.at, b.at + b.skip)) && b.at - a.at <= 100) {
      cuts.splice(k - 1, 2);
      k--;
    }
  }
  c.clauseBreaker.lastIndex = 0;
  while ((m = c.clauseBreaker.exec(sentence)) !== null) {
    const at = start + m.index;
    if (!insidePassage(passages, at)) cuts.push({ at, skip: m[0].length });
  }
  // "officials denied that …, and Kremlin spokesman Dmitry Peskov claimed …", « … , et le porte-parole a affirmé … »: a
  // coordinated clause with its own subject and reporting verb is a report of its own (ruleId claims/and-report);
  // not "…, and added that …" (no subject of its own) nor "…, and that …" (a second complement of the same verb)
  // (American punctuation closes a quotation after its comma: "rejected these accusations as “patently false,” and analysts
  // told…")
  const and = /,[”"»]?\s+(?:and|et)\s+/giu;
  while ((m = and.exec(sentence)) !== null) {
    // (the cut falls after a closing quotation mark, outside the quoted passage)
    const mark = /[”"»]/u.exec(m[0]);
    const at = start + m.index + (mark ? mark.index + 1 : 0);
    const from = start + m.index + m[0].length;
    const comma = text.indexOf(',', from);
    const segEnd = comma >= 0 && comma < end ? comma : end;
    const seg = text.slice(from, segEnd);
    // (search: the shared global regex of the callers keeps its lastIndex)
    const verbAt = seg.search(c.reporting);
    if (verbAt < 0 || insidePassage(passages, at)) continue;
    const subject = seg.slice(0, verbAt);
    // (a passive is no report of its own: "…, heroin, and methamphetamine is calculated on a pure gram", « …, et le prix est
    // calculé… » — but a raising passive is a hedge of its own: "…, and the treaty is believed to be stronger")
    if (PASSIVE_BEFORE_VERB.test(subject) && !RAISING_AFTER_VERB.test(seg.slice(verbAt))) continue;
    if (SPLIT_CLAUSES_RE.test(subject) && !/^(?:that|que|qu['’]|then|also|puis|aussi)\b/iu.test(subject.trim()) && subject.trim().split(/\s+/).length <= 10) {
      cuts.push({ at, skip: from - at });
    }
  }
  // (claims/dateline) « PARIS, 3 mars (AFP) - Renault a signé… », "WASHINGTON (Reuters) - Boeing signed…": a newswire
  // dateline opening the sentence is no part of its first clause
  let lead = start;
  while (lead < end && /\s/.test(text[lead]!)) lead++;
  const dateline = datelineLength(text, lead);
  if (dateline) cuts.push({ at: start, skip: lead - start + dateline });
  cuts.sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    if (cut.at < from) continue;
    out.push({ start: from, end: cut.at, text: text.slice(from, cut.at) });
    from = cut.at + cut.skip;
  }
  out.push({ start: from, end, text: text.slice(from, end) });
  return out.filter((s) => SPLIT_CLAUSES_RE_2.test(s.text));
}

/**
 * Moves `start` past leading connectors ("However,", "En effet,") and
 * leading adverbial chunks of at most eight words that end in a comma
 * ("Despite these strong tensions,", "Malgré ces fortes tensions,").
 * Returns the new start (≤ end).
 */
export function skipLeadingAdverbials(text: string, start: number, end: number, c: CompiledLexicon, passages: readonly QuotedPassage[] = []): number {
  let s = start;
  for (let guard = 0; guard < 4; guard++) {
    while (s < end && /[\s,.\-–—]/.test(text[s]!)) s++;
    const rest = text.slice(s, Math.min(end, s + 400));
    const conn = c.connectorStart.exec(rest);
    if (conn && conn[0].length < rest.length) {
      s += conn[0].length;
      continue;
    }
    const comma = findTopLevelComma(text, s, end, passages);
    if (comma < 0) break;
    const chunk = text.slice(s, comma);
    const n = words(chunk).length;
    const adverb = n === 1 && /(?:ly|ment)$/iu.test(chunk.trim());
    // "During an early afternoon news conference with Prime Minister Paul Martin, Bush said…"
    if ((adverb && n === 1) || (n <= 14 && c.adverbialStart.test(chunk.trim()))) {
      s = comma + 1;
      continue;
    }
    break;
  }
  while (s < end && /\s/.test(text[s]!)) s++;
  return s;
}

/** Key of the comma index for an empty passage list (callers pass fresh `[]` literals). */
const NO_PASSAGES: readonly QuotedPassage[] = [];
const commaIndex = new WeakMap<readonly QuotedPassage[], { text: string; commas: number[] }>();

/**
 * Offsets (ascending) of the clause commas of `text` outside `passages`,
 * computed once per text and passage list, so that comma searches from each
 * reporting verb are binary searches instead of scans back to the clause
 * start (a clause of n repeated verbs made those O(n²)).
 */
function clauseCommas(text: string, passages: readonly QuotedPassage[]): number[] {
  const key = passages.length ? passages : NO_PASSAGES;
  const hit = commaIndex.get(key);
  if (hit && hit.text === text) return hit.commas;
  const commas: number[] = [];
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (isClauseComma(text, i) && !insidePassage(passages, i)) commas.push(i);
  }
  commaIndex.set(key, { text, commas });
  return commas;
}

/** Offset of the first comma in [start, end) outside quoted passages, or -1. */
export function findTopLevelComma(text: string, start: number, end: number, passages: readonly QuotedPassage[]): number {
  const commas = clauseCommas(text, passages);
  const at = commas[firstAtLeast(commas, start)];
  return at !== undefined && at < end ? at : -1;
}

/** A comma that separates words, not digits ("60,000", "1,5 milliard"). */
function isClauseComma(text: string, i: number): boolean {
  return text[i] === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** Offset of the last comma in [start, end) outside quoted passages, or -1. */
export function findLastComma(text: string, start: number, end: number, passages: readonly QuotedPassage[]): number {
  const commas = clauseCommas(text, passages);
  const at = commas[firstAtLeast(commas, end) - 1];
  return at !== undefined && at >= start ? at : -1;
}

/** Speaking kinds: a place or a product does not speak. */
export const SPEAKER_KINDS: readonly ActorKind[] = ['person', 'organization', 'government', 'group'];

/** Built once for {@link wordBefore} (character classes: text/char-classes.ts). */
const WORD_BEFORE_RE = new RegExp(`[${LETTER}'’]`, 'u');

/** The word (lower case) ending just before `offset`, skipping spaces and an elided article ("de l'"). */
function wordBefore(text: string, offset: number): string {
  let j = offset;
  while (j > 0 && /[\s\u00a0]/.test(text[j - 1]!)) j--;
  let k = j;
  while (k > 0 && WORD_BEFORE_RE.test(text[k - 1]!)) k--;
  return text.slice(k, j).toLowerCase().replace(/’/g, "'");
}

/** Participles that introduce a message's author ("written by", "a poll conducted by", « une étude réalisée par »). */
const AUTHORED = new Set([
  'written', 'signed', 'sent', 'authored', 'posted', 'conducted', 'commissioned', 'écrit', 'écrite', 'signé', 'signée', 'envoyé', 'envoyée',
  'rédigé', 'rédigée', 'publié', 'publiée', 'réalisé', 'réalisée', 'mené', 'menée', 'commandé', 'commandée',
]);

/** True when the word ending before `offset` (spaces skipped) is a message noun or an authoring participle. */
function authoredBefore(text: string, offset: number, c: CompiledLexicon): boolean {
  const w = wordBefore(text, Math.max(0, offset));
  return c.lex.messageNouns.includes(w) || AUTHORED.has(w);
}

/**
 * True when the mention at `start` is the complement of a preposition
 * ("Secretary of the Air Force", "porte-parole de la fédération",
 * "devant l'Assemblée nationale"), so it is not the subject.
 */
export function isGoverned(text: string, start: number, c: CompiledLexicon): boolean {
  const w = wordBefore(text, start);
  // the author of a message is its speaker: "An additional email by Roche", « une lettre signée par le ministre »
  if ((w === 'by' || w === 'par') && authoredBefore(text, start - w.length - 1, c)) return false;
  if (c.governing.has(w)) return true;
  // "of the Air Force", "de la fédération", "de l'Assemblée": look past one article
  if (/^(?:l|d)'$/.test(w) || c.determiners.has(w)) {
    let at = start;
    while (at > 0 && /[\s\u00a0]/.test(text[at - 1]!)) at--;
    at -= w.length;
    return c.governing.has(wordBefore(text, at));
  }
  return false;
}

/** Built once for {@link subjectMention} (character classes: text/char-classes.ts). */
const SUBJECT_MENTION_RE = new RegExp(`^[\\s,]*[${LOWER}]`, 'u');

/** Built once for {@link subjectMention} (character classes: text/char-classes.ts). */
const SUBJECT_MENTION_RE_2 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link subjectMention} (character classes: text/char-classes.ts). */
// (an explanatory parenthesis may follow the employer: "PCdoB (Brazilian communist political party) Deputy Jamil Murad")
const SUBJECT_MENTION_RE_3 = new RegExp(`^\\s+(?:\\([^()]{1,60}\\)\\s+)?(?:[${LETTER}]+\\s+){0,1}[${LETTER}]+\\s+$`, 'u');

/**
 * The mention that most likely is the grammatical subject of the region
 * [start, end): the first speaking-kind mention not governed by a
 * preposition, else the first mention. Nested mentions count once (the outer).
 */
export function subjectMention(
  text: string, index: ActorIndex, start: number, end: number, c: CompiledLexicon, kinds: readonly ActorKind[] = SPEAKER_KINDS,
  passages: readonly QuotedPassage[] = [],
): ActorMention | undefined {
  // a name inside a quotation is what someone said, not who said it
  const all = index.mentionsIn(start, end, kinds).filter((m) => {
    const p = passageAt(passages, m.start);
    return !(p && m.start >= p.innerStart && m.end <= p.innerEnd && isQuotation(text.slice(p.innerStart, p.innerEnd)));
  });
  const outer: ActorMention[] = [];
  for (const m of all) if (!outer.some((o) => m.start >= o.start && m.end <= o.end)) outer.push(m);
  let i = outer.findIndex((m) => !isGoverned(text, m.start, c));
  if (i < 0 && kinds === SPEAKER_KINDS) {
    // metonymy: "Bruxelles a salué…", "Washington said…" — a capital that acts speaks for its government
    const place = index.mentionsIn(start, end, ['place']).find((m) => !isGoverned(text, m.start, c) && SUBJECT_MENTION_RE.test(text.slice(m.end, m.end + 12)));
    if (place) return place;
  }
  const chosen = outer[i >= 0 ? i : 0];
  const next = i >= 0 ? outer[i + 1] : undefined;
  // apposition: "the activist organization the Project on Government Oversight",
  // "Sears CEO Alan Lacy" — a description or an employer right before a name yields to the name
  if (chosen && next && next.actor !== chosen.actor) {
    const gap = text.slice(chosen.end, next.start);
    const description = SUBJECT_MENTION_RE_2.test(chosen.text) || /^(?:the|a|an|le|la|les|l['’])\s/iu.test(chosen.text);
    const article = /^[\s,]*(?:(?:the|a|an|le|la|les|l['’]|its|son|sa)\s*)?$/iu.test(gap);
    const titleGap = SUBJECT_MENTION_RE_3.test(gap) && chosen.actor.kind !== 'person' && next.actor.kind === 'person';
    // (never from a person to an organisation: "Le porte-parole du collectif la Quadrature du Net" is the spokesman)
    const personToOrg = chosen.actor.kind === 'person' && next.actor.kind !== 'person';
    if (((description && article) || titleGap) && !personToOrg) return next;
  }
  return chosen;
}

/**
 * Resolves a subject pronoun before `offset` to "the last subject": the
 * subject mention of the sentence holding `offset` (before it), else of up
 * to two sentences before, restricted to the kinds the pronoun allows.
 */
export function lastSubject(
  text: string, sentences: readonly Span[], index: ActorIndex, offset: number, c: CompiledLexicon, kinds: readonly ActorKind[],
  passages: readonly QuotedPassage[] = [],
): ActorMention | undefined {
  const si = lastStartingAtOrBefore(sentences, offset);
  for (let k = 0; k < 3 && si - k >= 0; k++) {
    const s = sentences[si - k]!;
    const end = Math.min(s.end, offset);
    const from = skipLeadingAdverbials(text, s.start, end, c, passages);
    const m = subjectMention(text, index, from, end, c, kinds, passages) ?? subjectMention(text, index, s.start, end, c, kinds, passages);
    if (m) return m;
  }
  return undefined;
}

/** The subject pronoun (lower case) standing alone in `s`, if `s` is one ("he", "elle"). */
export function asPronoun(s: string, c: CompiledLexicon): string | null {
  const t = s.trim().toLowerCase();
  return c.pronoun.test(t) ? t : null;
}

/** True for a character of `[\s,]`. */
function isSpaceOrComma(ch: string | undefined): boolean {
  return ch === ',' || (ch !== undefined && /\s/.test(ch));
}

/**
 * Where a subject trailer ("has also", "a elle") ends the region [s, e),
 * preceded by spaces or commas: the start of that run of spaces/commas, or
 * `s - 1` when it reaches the region start (as if the region began with a
 * space: a region made only of trailers matches too), or -1 when the region
 * does not end in a trailer. Trailing spaces and commas of the region are
 * ignored. Example: "Le ministre a elle" → offset of the space before "a".
 *
 * The leftmost match of `/[\s,]+(?:trailers)[\s,]*$/` on " " + region,
 * found in linear time: the regex itself, unanchored, retried every start
 * of a long run of spaces (O(run²)); here the trailing run is skipped by
 * hand, the trailer looked for in a window of its maximal length, and the
 * run before it walked back by hand.
 */
function trailerStart(text: string, s: number, e: number, c: CompiledLexicon): number {
  let t = e;
  while (t > s && isSpaceOrComma(text[t - 1])) t--;
  const w0 = t - c.subjectTrailerMax - 1;
  // the window and the offset (in text) of its first code unit; s - 1 is the virtual leading space
  const base = w0 <= s ? s - 1 : w0;
  const m = c.subjectTrailerEnd.exec(w0 <= s ? ` ${text.slice(s, t)}` : text.slice(w0, t));
  if (!m) return -1;
  let p = base + m.index; // the space or comma right before the trailer
  while (p > s && isSpaceOrComma(text[p - 1])) p--;
  return p === s ? s - 1 : p;
}

/** Trims a subject region: trailing auxiliaries/adverbs ("has also", "a elle") and leading connectors. */
export function cleanSubject(text: string, start: number, end: number, c: CompiledLexicon): Span {
  let s = start;
  let e = end;
  // "elle considère que…": a lone subject pronoun is the subject, not a trailer ("a elle relevé")
  const lone = text.slice(s, e).trim();
  if (asPronoun(lone, c)) {
    const at = text.indexOf(lone, s);
    return { start: at, end: at + lone.length, text: lone };
  }
  for (let guard = 0; guard < 6; guard++) {
    const at = trailerStart(text, s, e, c);
    if (at < 0) break;
    e = Math.max(s, at);
  }
  for (let guard = 0; guard < 3; guard++) {
    while (s < e && /[\s,.\-–—]/.test(text[s]!)) s++;
    const region = text.slice(s, e);
    const m = c.connectorStart.exec(`${region} `);
    if (!m) break;
    // "…, mais précise que": a region that is only a connector has no subject
    s = Math.min(e, s + m[0].length);
  }
  while (s < e && /[\s,.\-–—]/.test(text[s]!)) s++;
  // a dateline is no part of the subject: "date 2026-03-04 OpenAI", "WASHINGTON (Reuters) - The Pentagon", "7 juillet 2012. - Le comédien"
  const dateline = DATELINE.exec(text.slice(s, Math.min(e, s + 80)));
  if (dateline && dateline[0].length < e - s) s += dateline[0].length;
  else {
    // « TOULOUSE, 14 février - Airbus », "LONDON, March 3 — Boeing": a dateline with its date (ruleId text/news-dateline)
    const wire = datelineLength(text, s);
    if (wire && wire < e - s) s += wire;
  }
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  // a cleft names the subject inside it: "C'est le syndicat SUD-PTT qui", "It was the Navy that" → the noun phrase
  const cleft = CLEFT.exec(text.slice(s, Math.min(e, s + 200)));
  if (cleft && s + cleft[0].length === e) {
    s += cleft[1]!.length;
    e = s + cleft[2]!.length;
  }
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * A dateline opening a subject region, EN and FR: "date 2026-03-04 ", "2026-03-04 ", "7 juillet 2012. - ",
 * "WASHINGTON (Reuters) - ", "PARIS (AFP) — ". Bounded repetitions only.
 */
const DATELINE = new RegExp(`^(?:(?:date|dateline)\\s*:?\\s*)?(?:\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]{1,12}Z?)?|\\d{1,2}(?:er)?\\s+[${LETTER}]{3,9}\\.?\\s+\\d{4}|[${LETTER}]{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4})[\\s.,]{0,3}(?:[-–—][\\s]{1,3})?|^[${UPPER}]{3,}(?:[\\s-][${UPPER}]{2,}){0,2},?\\s{1,3}(?:\\([${LETTER}\\s.]{2,20}\\)\\s{0,3})?[-–—]\\s{1,3}`, 'u');
/** A cleft subject: "C'est X qui", "Ce sont X qui", "It is/was X that/who" — group 1 the opening, group 2 X. */
const CLEFT = /^((?:c['’]est|ce\s+sont|c['’]était|it\s+(?:is|was))\s+)([^,;:]{2,120}?)\s+(?:qui|that|who)$/iu;
