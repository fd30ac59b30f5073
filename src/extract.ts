/**
 * The pipeline: content → document (HTML → text + metadata, or plain text)
 * → analysis (language, sentences) → extractors → ids → {@link FactexResult}.
 *
 * @module
 */
import type {
  AnalysedText, Claim, Contract, DocumentInfo, Draft, FactexResult, FactKind, Language, Metric, Quote,
  Restriction, SourceInfo, Span,
} from './types.js';
import { FACT_KINDS } from './types.js';
import { analyse } from './analyse.js';
import { nfcView, spanToInput, type NfcView } from './text/normalization.js';
import { detectLanguage, isSupportedLanguage } from './text/language.js';
import { looksLikeHtml } from './input/html-sniff.js';
import { htmlReader } from './input/html-support.js';
import { plainTextMetadata } from './input/plain-text.js';
import { ActorIndex } from './extractors/actor-index.js';
import { extractActors } from './extractors/actors.js';
import { extractContracts } from './extractors/contracts.js';
import { extractRestrictions } from './extractors/restrictions.js';
import { extractMetrics } from './extractors/metrics.js';
import { extractQuotes } from './extractors/quotes.js';
import { extractClaims } from './extractors/claims.js';
import type { ExtractionContext } from './extractors/context.js';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Language to run the rules in; detected when absent or null (as an `--input ndjson` record's `"lang": null`). */
  language?: Language | null;
  /** Put the analysed text in `document.text`. */
  includeText?: boolean;
  /** Fact kinds to extract, an array even for one kind (`['metrics']`; default: all). Actors are always computed, since other kinds link to them. */
  only?: readonly FactKind[];
  /** How the input is described in `source`: `{ type: 'file'|'url'|'stdin'|'text', location, id? }` (other keys dropped). Default `{ type: 'text', location: '-' }`. */
  source?: SourceInfo;
  /** `text`, `html`, or `auto` (default: decided by content). */
  format?: 'auto' | 'text' | 'html';
  /** Charset the content was decoded from, reported in `document.charset`. */
  charset?: string;
  /** Warnings from earlier stages (decoding, fetching), carried into the result. */
  warnings?: string[];
}

/**
 * Extracts the facts of one article.
 *
 * @param content the article, already decoded to a string: plain text or HTML.
 * @returns one output-contract document; evidence offsets index
 *   `document.text` (for plain text: `content` itself, except that a CR
 *   not followed by LF is read as LF — same length, so offsets index
 *   `content` too).
 * Never throws on any string input with valid options.
 * @throws TypeError when `content` is not a string; when `options` is not an
 *   object; when `options.only` is not an array (a single kind is given as
 *   `['metrics']`, not `'metrics'`); when `options.source` is not an object
 *   `{ type, location: string, id?: string, line?: number }` (the output schema's shape;
 *   other keys are dropped); when `options.includeText` is not a boolean;
 *   when `options.charset` is not a string or `options.warnings` not an
 *   array of strings.
 * @throws RangeError when `options.language` is not 'en'/'fr', `options.only`
 *   is empty or names an unknown kind, `options.format` is not 'auto'/'text'/'html', or
 *   `options.source.type` is not 'file'/'url'/'stdin'/'text'.
 * @throws Error on HTML input when HTML support is not loaded and cannot be
 *   loaded synchronously (see `input/html-support.ts`: the package entry
 *   loads it; elsewhere, await `loadHtmlSupport()` first).
 */
export function extract(content: string, options: ExtractOptions = {}): FactexResult {
  if (typeof content !== 'string') throw new TypeError(`extract: content must be a string (the article text or HTML), got ${describe(content)}`);
  if (options === null || typeof options !== 'object') throw new TypeError(`extract: options must be an object, got ${describe(options)}`);
  if (options.language !== undefined && options.language !== null && !isSupportedLanguage(options.language)) {
    throw new RangeError(`unsupported language '${String(options.language)}' (expected 'en' or 'fr')`);
  }
  if (options.only !== undefined && !Array.isArray(options.only)) {
    throw new TypeError(`extract: options.only must be an array of fact kinds, e.g. ['metrics'], got ${describe(options.only)}`);
  }
  for (const k of options.only ?? []) {
    if (!(FACT_KINDS as readonly string[]).includes(k)) throw new RangeError(`unknown fact kind '${String(k)}' (expected ${FACT_KINDS.join(', ')})`);
  }
  if (options.only?.length === 0) throw new RangeError(`extract: options.only is empty (give at least one of ${FACT_KINDS.join(', ')}, or leave it out for all six)`);
  if (options.includeText !== undefined && typeof options.includeText !== 'boolean') {
    throw new TypeError(`extract: options.includeText must be a boolean, got ${describe(options.includeText)}`);
  }
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new RangeError(`extract: unknown format '${String(options.format)}' (expected ${FORMATS.join(', ')})`);
  }
  if (options.charset !== undefined && typeof options.charset !== 'string') throw new TypeError(`extract: options.charset must be a string, got ${describe(options.charset)}`);
  if (options.warnings !== undefined && !(Array.isArray(options.warnings) && options.warnings.every((w) => typeof w === 'string'))) {
    throw new TypeError('extract: options.warnings must be an array of strings');
  }
  const source = normaliseSource(options.source);
  const warnings = [...(options.warnings ?? [])];
  const isHtml = isHtmlInput(content, options);
  // Old Mac line breaks (a CR not followed by LF) are read as LF, one character for one, so the
  // line and paragraph rules see them and offsets still index `content`. CRLF is left as it is.
  let text = !isHtml && content.includes('\r') ? content.replace(/\r(?!\n)/g, '\n') : content;
  const info: DocumentInfo = { language: 'en', title: null, published: null, format: isHtml ? 'html' : 'text' };
  let declaredLanguage: string | null = null;
  if (isHtml) {
    const page = htmlReader()(content);
    text = page.text;
    Object.assign(info, {
      title: page.title, published: page.published, modified: page.modified, authors: page.authors,
      siteName: page.siteName, canonicalUrl: page.canonicalUrl,
    });
    declaredLanguage = page.language;
    // Never a silent empty result: say that the page itself had nothing to read.
    if (!text.trim()) warnings.push('no text found in the HTML input (it is empty, or holds only markup, scripts, styles and page chrome such as navigation); nothing to extract');
  }
  // Decomposed accents (NFD: "e" + U+0301) are read in NFC, the form the rules are written in;
  // spans are mapped back to `text` at the end (text/normalization.ts).
  const nfc = nfcView(text);
  const read = nfc ? nfc.text : text;
  let language: Language;
  if (options.language) {
    language = options.language;
    info.language = language;
  } else if (declaredLanguage && isSupportedLanguage(declaredLanguage)) {
    language = declaredLanguage;
    info.language = language;
  } else {
    const guess = detectLanguage(read);
    language = guess.language;
    info.language = guess.detected === 'und' ? language : guess.detected;
    if (guess.unsupported) {
      warnings.push(guess.detected === 'und'
        ? `language not recognised (a short text mostly in another script than English or French); extracting with the ${language} rules (best effort)`
        : `language '${guess.detected}' is not supported; extracting with the ${language} rules (best effort)`);
    }
  }
  if (!isHtml) Object.assign(info, plainTextMetadata(read, language));
  if (options.charset) info.charset = options.charset;
  info.length = text.length;
  if (options.includeText) info.text = text;

  const doc = analyse(read, language);
  const facts = runExtractors(doc, new Set(options.only ?? FACT_KINDS));
  if (nfc) spansToInput(facts, nfc, text);
  return {
    schemaVersion: '1',
    source,
    document: info,
    ...facts,
    warnings,
  };
}

const FORMATS: readonly string[] = ['auto', 'text', 'html'];
const SOURCE_TYPES: readonly string[] = ['file', 'url', 'stdin', 'text'];

/** A value named for an error message: `null`, `a number (42)`, `a string ('metrics')`… */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)})`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `a ${typeof v} (${String(v)})`;
  return typeof v === 'object' ? 'an object' : String(typeof v);
}

/**
 * `options.source` in the output schema's shape (`schema/factex.schema.json`,
 * `$defs/source`): `{ type, location, id? }` with only those keys; absent →
 * `{ type: 'text', location: '-' }`.
 * @throws TypeError when it is not such an object; RangeError for an unknown `type`.
 */
function normaliseSource(source: unknown): SourceInfo {
  if (source === undefined) return { type: 'text', location: '-' };
  const shape = "{ type: 'file'|'url'|'stdin'|'text', location: string, id?: string, line?: number }";
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    throw new TypeError(`extract: options.source must be an object ${shape}, got ${describe(source)}`);
  }
  const s = source as Record<string, unknown>;
  if (typeof s.type !== 'string' || !SOURCE_TYPES.includes(s.type)) {
    throw new RangeError(`extract: options.source.type must be one of ${SOURCE_TYPES.join(', ')}, got ${describe(s.type)}`);
  }
  if (typeof s.location !== 'string') throw new TypeError(`extract: options.source.location must be a string, got ${describe(s.location)}`);
  if (s.id !== undefined && typeof s.id !== 'string') throw new TypeError(`extract: options.source.id must be a string, got ${describe(s.id)}`);
  if (s.line !== undefined && !(typeof s.line === 'number' && Number.isInteger(s.line) && s.line >= 1)) {
    throw new TypeError(`extract: options.source.line must be an integer from 1, got ${describe(s.line)}`);
  }
  const out: SourceInfo = { type: s.type as SourceInfo['type'], location: s.location };
  if (s.id !== undefined) out.id = s.id;
  if (s.line !== undefined) out.line = s.line as number;
  return out;
}

/** True when {@link extract} reads `content` as HTML (so HTML support must be loaded): `format: 'html'`, or `auto` and it looks like HTML. */
export function isHtmlInput(content: string, options: Pick<ExtractOptions, 'format'> = {}): boolean {
  return options.format === 'html' || (options.format !== 'text' && looksLikeHtml(content));
}

type Facts = Pick<FactexResult, FactKind>;

/** Runs the extractors in dependency order (actors → quotes → the rest) and numbers the facts. */
export function runExtractors(doc: AnalysedText, kinds: ReadonlySet<FactKind>): Facts {
  const actors = extractActors(doc);
  const index = new ActorIndex(actors);
  const quotes = kinds.has('quotes') || kinds.has('claims') ? extractQuotes(doc, { actors: index, quotes: [] }) : [];
  const ctx: ExtractionContext = { actors: index, quotes };
  const pick = <T extends { id: string; evidence: Span }>(kind: FactKind, prefix: string, run: () => Draft<T>[]): T[] =>
    kinds.has(kind) ? number<T>(run(), prefix) : [];
  return {
    actors: kinds.has('actors') ? actors : [],
    contracts: pick<Contract>('contracts', 'C', () => extractContracts(doc, ctx)),
    restrictions: pick<Restriction>('restrictions', 'R', () => extractRestrictions(doc, ctx)),
    metrics: pick<Metric>('metrics', 'M', () => extractMetrics(doc, ctx)),
    quotes: pick<Quote>('quotes', 'Q', () => quotes),
    claims: pick<Claim>('claims', 'K', () => extractClaims(doc, ctx)),
  };
}

/** Replaces every span of `facts` (actor mentions, evidence) found in `view.text` by the span of `input` it stands for. */
function spansToInput(facts: Facts, view: NfcView, input: string): void {
  for (const actor of facts.actors) actor.mentions = actor.mentions.map((m) => spanToInput(m, view, input));
  for (const kind of FACT_KINDS) {
    if (kind === 'actors') continue;
    for (const fact of facts[kind]) fact.evidence = spanToInput(fact.evidence, view, input);
  }
}

/** Sorts drafts by evidence position and assigns ids `<prefix>1`, `<prefix>2`… */
function number<T extends { id: string; evidence: Span }>(drafts: readonly Draft<T>[], prefix: string): T[] {
  return [...drafts]
    .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end)
    .map((d, i) => ({ id: `${prefix}${i + 1}`, ...d }) as T);
}
