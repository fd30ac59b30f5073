/**
 * Literal prefilters for regular expressions: before running a rule's regex
 * over every sentence of a document (and before V8 compiles it, which for a
 * case-insensitive Unicode regex costs 1–10 ms on first use), check that the
 * document contains at least one of the literal strings every match of the
 * regex must contain. Most rules of a lexicon never fire on a given article:
 * « interdi » for /interdi(?:re|t|te)/iu, "without" for
 * /(?:not|never)\s[^.;:!?,]{0,120}?without/iu.
 *
 * Exactness: {@link requiredLiterals} reads the regex source and keeps only
 * literal characters whose case-insensitive (`iu`) matches all lower-case to
 * the character itself (ASCII letters, digits and punctuation, the accented
 * letters of French; checked against V8 over every code point: the only
 * exception is U+017F « ſ », which `/s/iu` matches and {@link prefilterText}
 * maps to "s"). So when the regex matches a substring of the text, the
 * lower-cased text contains one of the strings, and skipping the regex when
 * it contains none changes no result. Anything the reader does not
 * understand makes it give up (no prefilter), never guess.
 *
 * @module
 */
import { hostMemo } from './host-memo.js';

/**
 * Characters a required literal may contain: their `iu` matches lower-case
 * to themselves (see the module comment). Example: "é" matches "é" and "É".
 */
const SAFE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 !\"#$%&,-./:;<=>@_`~'’«»àâäçéèêëîïôöùûüÿœæáíóúñãõ";
const SAFE = new Set(SAFE_CHARS);
/** A run of safe characters (lower case). */
const ALL_SAFE = new RegExp(`^[${SAFE_CHARS.replace(/[\]\\^-]/g, '\\$&')}]+$`);

/** Shortest literal worth testing: shorter ones are in almost every text. */
const MIN_LITERAL = 3;
/** Most literals tested for one regex (a big lexicon alternation is cheaper to just run). */
const MAX_LITERALS = 40;

/** A set of strings one of which every match contains, or null (no such set known). */
type Requirement = string[] | null;

/**
 * Tokens of a regex source: escapes with their arguments (`\p{L}`, `\u00a0`), character
 * classes, group openings, `(`, `)`, `|`, quantifiers, runs of plain characters, any other
 * character. One regex pass: the reader runs once per rule and must stay cheap at start-up. A class is read up to 8 000
 * code units: text/char-classes.ts's LOWER and UPPER run to some 2 800 each, and a longer class would end the reading
 * (no prefilter for the rule).
 */
const TOKEN = /\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[pPk](?:\{[^}]*\}|<[^>]*>)|\\c[A-Za-z]|\\[\s\S]|\[(?:[^\]\\]|\\[\s\S]){0,8000}\]|\(\?(?:<[=!]|[:=!]|<[^>]*>)?|[()|]|(?:[*+?]|\{\d+(?:,\d*)?\})\??|[^\\[\]()|*+?{}^$.]+|[\s\S]/g;

/** One open group (or the whole source) while reading. */
interface Frame {
  /**
   * A negative lookaround (`(?!…)`, `(?<!…)`): what it holds may be absent from the text, so it requires nothing. A positive
   * one (`(?=…)`, `(?<=…)`) requires its literals as a group does: they are not in the match, but next to it in the string
   * searched (see {@link requiredLiterals}).
   */
  negative: boolean;
  branches: Requirement[];
  /** Requirements of the current branch's atoms so far. */
  candidates: string[][];
  /** Current run of safe literal characters (lower case). */
  run: string;
  /** Requirement of the group just closed, until the next token says whether it is quantified. */
  pending: Requirement | undefined;
  /** The last character appended to `run` may still get a quantifier. */
  lastInRun: boolean;
}

const newFrame = (negative: boolean): Frame => ({ negative, branches: [], candidates: [], run: '', pending: undefined, lastInRun: false });

function closeRun(f: Frame): void {
  if (f.run) f.candidates.push([f.run]);
  f.run = '';
  f.lastInRun = false;
}

function commitPending(f: Frame): void {
  if (f.pending) f.candidates.push(f.pending);
  f.pending = undefined;
}

/** Ends the current branch of `f`: its best requirement (longest shortest string, then fewest strings). */
function endBranch(f: Frame): void {
  commitPending(f);
  closeRun(f);
  let best: string[] | null = null;
  let bestScore = -1;
  for (const c of f.candidates) {
    let min = Infinity;
    for (const x of c) min = Math.min(min, x.length);
    const score = min * 1000 - c.length;
    if (score > bestScore) { best = c; bestScore = score; }
  }
  f.branches.push(best);
  f.candidates = [];
}

/** Union of the branches of `f`, or null when one branch has no requirement. */
function alternation(f: Frame): Requirement {
  if (f.branches.length === 1) return f.branches[0]!;
  const out = new Set<string>();
  for (const b of f.branches) {
    if (b === null) return null;
    for (const x of b) out.add(x);
  }
  return [...out];
}

/** A literal character read (plain or escaped): appended to the run when safe. */
function literal(f: Frame, ch: string): void {
  const low = ch.toLowerCase();
  if (low.length === 1 && SAFE.has(low)) {
    f.run += low;
    f.lastInRun = true;
  } else closeRun(f);
}

/** The requirement of a whole regex source; undefined when the reader does not follow its syntax. */
function readSource(src: string): Requirement | undefined {
  const stack: Frame[] = [newFrame(false)];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(src)) !== null) {
    const t = m[0];
    const f = stack[stack.length - 1]!;
    const c = t[0]!;
    const quantifier = c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d/.test(t));
    if (quantifier) {
      const min = c === '+' ? 1 : c === '{' ? Number(/^\{(\d+)/.exec(t)![1]) : 0;
      if (f.pending !== undefined) {
        if (min > 0) commitPending(f);
        else f.pending = undefined;
      } else if (f.lastInRun) {
        const ch = f.run.slice(-1);
        f.run = f.run.slice(0, -1);
        closeRun(f);
        if (min > 0) f.candidates.push([ch]);
      } else closeRun(f); // a quantified class, escape or unsafe character: no literal
      f.lastInRun = false;
      continue;
    }
    commitPending(f);
    if (c === '(') {
      if (t === '(?') return undefined; // modifiers or other syntax we do not read
      stack.push(newFrame(t === '(?!' || t === '(?<!'));
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) return undefined;
      endBranch(f);
      stack.pop();
      const parent = stack[stack.length - 1]!;
      closeRun(parent);
      parent.pending = f.negative ? null : alternation(f); // a negative lookaround requires nothing
      continue;
    }
    if (c === '|') { endBranch(f); continue; }
    if (c === '\\') {
      const e = t[1]!;
      if (e === 'u') literal(f, String.fromCodePoint(parseInt(t[2] === '{' ? t.slice(3, -1) : t.slice(2), 16)));
      else if (e === 'x') literal(f, String.fromCharCode(parseInt(t.slice(2), 16)));
      else if (/[pPkcsSdDwWbBnrtfv0-9]/.test(e)) closeRun(f); // classes, assertions, back-references, control characters
      else literal(f, e); // escaped punctuation: itself
      continue;
    }
    if (t === '[') return undefined; // a class longer than the tokenizer reads
    if (c === '[' || c === '^' || c === '$' || c === '.') { closeRun(f); continue; }
    if (c === ']' || c === '{' || c === '}') return undefined; // bare: not in the syntax we read
    // a run of plain characters
    const low = t.toLowerCase();
    if (low.length === t.length && ALL_SAFE.test(low)) {
      f.run += low;
      f.lastInRun = true;
    } else for (const ch of t) literal(f, ch);
  }
  if (stack.length !== 1) return undefined;
  const f = stack[0]!;
  endBranch(f);
  return alternation(f);
}

/**
 * The lower-case strings at least one of which the string searched holds
 * wherever a regex with this `source` matches — inside the match, or next to
 * it in a positive lookaround (`(?<=cannot\s+be\s…)(?:if|unless)` needs
 * "cannot" before its "if", in the same string: a regex run on one sentence
 * sees only that sentence) — or null when there is no useful set (a branch
 * without literal, strings shorter than 3 characters, more than 40 strings,
 * syntax the reader does not follow).
 * Example: `(?<![\p{L}])(?:interdi(?:re|t)|prohib(?:er|é))(?![\p{L}])` → ['interdi', 'prohib'].
 */
export function requiredLiterals(source: string): string[] | null {
  const req = readSource(source);
  if (!req || req.length === 0 || req.length > MAX_LITERALS || req.some((s) => s.length < MIN_LITERAL)) return null;
  return req;
}

/** The last document seen, its {@link prefilterText}, and the occurrences of literals in it (extractors share them). */
let lastText: string | null = null;
let lastLower = '';
let lastOccurrences = new Map<string, readonly number[]>();
/** Whether {@link trigramHeads} holds the offsets of `lastLower` (built on first use). */
let lastIndexed = false;

/** The text as {@link mayMatch} wants it: lower case, « ſ » as "s" (the last one is kept: extractors of a document share it). */
export function prefilterText(text: string): string {
  if (text === lastText) return lastLower;
  const lower = text.toLowerCase();
  lastText = text;
  lastLower = lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
  lastOccurrences = new Map();
  lastIndexed = false;
  return lastLower;
}

/**
 * Longest text indexed by trigram (UTF-16 code units). The index holds one offset per
 * character (a few bytes each): past this, each literal is searched with `indexOf`.
 */
const TRIGRAM_INDEX_MAX = 300_000;

/** Buckets of the trigram index: a power of two (hashes are masked with `BUCKETS - 1`); the heads take 256 kB, once. */
const BUCKETS = 1 << 16;

/** The bucket of the three code units of `s` at `i` (a hash: several trigrams may share a bucket). */
function trigramBucket(s: string, i: number): number {
  return (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d))
    >>> 16 & (BUCKETS - 1);
}

/**
 * The trigram index of `lastLower`, as chains in typed arrays (no Map of arrays: one pass of integer writes, nothing for
 * the garbage collector): `trigramHeads[bucket]` is the first offset whose trigram falls in the bucket (-1: none), and
 * `trigramNext[offset]` the next one, in increasing order. A chain holds every trigram of its bucket, so a lookup checks
 * each offset against the literal itself.
 */
const trigramHeads = new Int32Array(BUCKETS);
let trigramNext = new Int32Array(0);

/**
 * Indexes every offset of `lower` by the trigram starting there. A language's rules look up some 2 000 literals in each
 * document; one pass over the text and a chain walk per literal replace one `indexOf` scan of the whole text per literal.
 */
function buildTrigrams(lower: string): void {
  trigramHeads.fill(-1);
  if (trigramNext.length < lower.length) trigramNext = new Int32Array(Math.max(lower.length, 2 * trigramNext.length));
  // from the end, each offset put before its bucket's chain: chains run in increasing order
  for (let i = lower.length - 3; i >= 0; i--) {
    const h = trigramBucket(lower, i);
    trigramNext[i] = trigramHeads[h]!;
    trigramHeads[h] = i;
  }
}

/**
 * The result of {@link occurrences} for a literal the text does not hold: one shared empty list. Most of a language's
 * 2 000 literals are absent from a given article; an array of their own for each was a third of the time of the lookups
 * (cpu profile of the corpus, 2026-12-03).
 */
const NONE: readonly number[] = Object.freeze([]);

/** Start offsets of every occurrence of `literal` in `lowerText` (overlapping ones included), in order. */
function occurrences(literal: string, lowerText: string): readonly number[] {
  const shared = lowerText === lastLower;
  const known = shared ? lastOccurrences.get(literal) : undefined;
  if (known) return known;
  let out: number[] | null = null;
  if (shared && literal.length >= 3 && lowerText.length <= TRIGRAM_INDEX_MAX) {
    if (!lastIndexed) { buildTrigrams(lowerText); lastIndexed = true; }
    for (let i = trigramHeads[trigramBucket(literal, 0)]!; i >= 0; i = trigramNext[i]!) if (lowerText.startsWith(literal, i)) (out ??= []).push(i);
  } else {
    for (let i = lowerText.indexOf(literal); i >= 0; i = lowerText.indexOf(literal, i + 1)) (out ??= []).push(i);
  }
  const found = out ?? NONE;
  if (shared) lastOccurrences.set(literal, found);
  return found;
}

/** A regex, or anything with its source (a `LazyRegExp` not built yet). */
type HasSource = { readonly source: string };

const CACHE = new WeakMap<HasSource, string[] | null>();

/**
 * {@link requiredLiterals} by regex source. Reading the sources of a language's rules costs
 * 30–50 ms at the first document of a process (some 160 sources, 250 000 characters), so the
 * CLI's launcher may hand over a memo kept from an earlier run of the same build, in
 * `globalThis[Symbol.for('factex.memo.prefilter')]` (`src/cli/code-cache.ts`); entries found
 * there are used as computed, new ones added. A value of the wrong shape is ignored (computed again).
 */
const BY_SOURCE: Map<string, unknown> = hostMemo('prefilter') ?? new Map();
/** Sources memoised at most (rules are a few hundred; a caller building regexes per document must not grow it forever). */
const MAX_MEMO = 5000;

/** Whether `v` is what {@link requiredLiterals} returns: null or an array of strings. */
function isRequirement(v: unknown): v is string[] | null {
  return v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
}

/** {@link requiredLiterals} of `re`, computed once per regex object (and once per source, see {@link BY_SOURCE}). */
function requirementOf(re: HasSource): string[] | null {
  let req = CACHE.get(re);
  if (req === undefined) {
    const known = BY_SOURCE.get(re.source);
    if (known !== undefined && isRequirement(known)) req = known;
    else {
      req = requiredLiterals(re.source);
      if (BY_SOURCE.size < MAX_MEMO) BY_SOURCE.set(re.source, req);
    }
    CACHE.set(re, req);
  }
  return req;
}

/**
 * False when `re` cannot match anywhere in the text whose {@link prefilterText}
 * is `lowerText` (nor in any part of it); true when it may.
 */
export function mayMatch(re: HasSource, lowerText: string): boolean {
  const req = requirementOf(re);
  if (req === null) return true;
  // the document's own lower-cased text: its trigram index answers without a scan of the text per literal
  if (lowerText === lastLower && lowerText.length <= TRIGRAM_INDEX_MAX) return req.some((s) => occurrences(s, lowerText).length > 0);
  return req.some((s) => lowerText.includes(s));
}

/**
 * A test of the spans of `text` (sentences) in which `re`, run on the span alone, may match:
 * false when no literal every match contains lies inside `text.slice(start, end)`. Spans
 * given in increasing order of `start` (sentences) walk the literals' occurrences once.
 * When lower-casing changes the text's length (« İ » becomes two code units), offsets of
 * `lowerText` no longer match those of `text` and the test falls back to {@link mayMatch}.
 * @param lowerText `prefilterText(text)`.
 */
export function spanTest(re: HasSource, text: string, lowerText: string): (start: number, end: number) => boolean {
  return spanTestIfAny(re, text, lowerText) ?? NEVER;
}

const NEVER = (): boolean => false;

/**
 * {@link spanTest}, or null when `re` can match in no span of `text` (no literal it needs occurs in the text): a caller
 * that runs many rules over many spans drops those rules once per document instead of asking at every span.
 * @param lowerText `prefilterText(text)`.
 */
export function spanTestIfAny(re: HasSource, text: string, lowerText: string): ((start: number, end: number) => boolean) | null {
  const req = requirementOf(re);
  if (req === null) return () => true;
  if (lowerText.length !== text.length) return mayMatch(re, lowerText) ? () => true : null;
  // per literal: its occurrences (shared by the rules and extractors of the document) and a cursor
  const lists: (readonly number[])[] = [];
  const lengths: number[] = [];
  for (const lit of req) {
    const list = occurrences(lit, lowerText);
    if (list.length > 0) { lists.push(list); lengths.push(lit.length); }
  }
  if (lists.length === 0) return null;
  const cursors = lists.map(() => 0);
  let last = 0;
  return (start, end) => {
    if (start < last) cursors.fill(0); // out of order: walk again from the first occurrence
    last = start;
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!;
      let c = cursors[k]!;
      while (c < list.length && list[c]! < start) c++;
      cursors[k] = c;
      // the first occurrence at or after the start is the one most likely to end inside the span
      if (c < list.length && list[c]! + lengths[k]! <= end) return true;
    }
    return false;
  };
}

/**
 * The span tests ({@link spanTestIfAny}) of the regexes one extractor runs over the sentences of one document, each built
 * when the regex is first asked about: for a fixed set of regexes run on every sentence in order (contracts' verb
 * collectors). `mayMatchIn` false means the regex, run on `text.slice(start, end)` alone, finds no match there.
 */
export class DocumentFilters {
  private readonly lower: string;
  private readonly tests = new Map<HasSource, ((start: number, end: number) => boolean) | null>();

  constructor(private readonly text: string) {
    this.lower = prefilterText(text);
  }

  /** False when `re` cannot match in `text.slice(start, end)` (no literal it needs lies inside); true when it may. */
  mayMatchIn(re: HasSource, start: number, end: number): boolean {
    let test = this.tests.get(re);
    if (test === undefined) {
      test = spanTestIfAny(re, this.text, this.lower);
      this.tests.set(re, test);
    }
    return test !== null && test(start, end);
  }
}
