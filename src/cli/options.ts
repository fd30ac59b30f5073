/**
 * The command line: options (commander) and their validation into a
 * {@link CliOptions} record. Every bad value is a {@link UsageError}
 * (exit code 2) with a one-line message.
 *
 * @module
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { FactKind, Language } from '../types.js';
import { FACT_KINDS } from '../types.js';
import type { Expectation } from './expectations.js';
import { parseExpectation } from './expectations.js';
import { makeMatcher } from './glob.js';
import { ARTICLE_EXTENSIONS } from '../input/extensions.js';
import { availableParallelism } from 'node:os';

/** The default `--concurrency`: the number of cores. */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** The package version (kept in step with package.json). */
export const VERSION = '0.1.0';

/** Validated command-line options. */
export interface CliOptions {
  /** Output format; `undefined`: decided from the terminal (summary on a TTY, else json; ndjson with `--input ndjson`). */
  format?: 'json' | 'ndjson' | 'summary';
  /** How stdin is read: `auto` (one article) or `ndjson` (records). */
  input: 'auto' | 'ndjson';
  lang?: Language;
  includeText: boolean;
  only?: FactKind[];
  /** `false` with `--no-color`. */
  color: boolean;
  quiet: boolean;
  debug: boolean;
  /** `false` with `--no-progress`. */
  progress: boolean;
  concurrency: number;
  /** Network timeout for URLs, milliseconds. */
  timeoutMs: number;
  /** Largest input accepted, bytes. */
  maxBytes: number;
  ext: string[];
  glob: string[];
  exclude: string[];
  out?: string;
  summaryJson: boolean;
  summaryFile?: string;
  failOnEmpty: boolean;
  expect: Expectation[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Builds the commander program (help text lists every option with its default). */
export function buildProgram(): Command {
  return new Command('factex')
    .description('Extract actors, contracts, restrictions, metrics, quotes and claims from English and French news articles.')
    .argument('[inputs...]', 'files, folders (recursive), http(s) URLs, or - for stdin (default: stdin when piped)')
    .addOption(caseless(new Option('-f, --format <format>', 'output format (default: summary on a terminal, json otherwise; ndjson with --input ndjson)'), ['json', 'ndjson', 'summary']))
    .addOption(caseless(new Option('--input <kind>', 'what stdin holds: one article (auto) or NDJSON records {"id","text"|"html"|"url"}'), ['auto', 'ndjson']).default('auto'))
    .addOption(caseless(new Option('-l, --lang <lang>', 'language of the rules, instead of detection'), ['en', 'fr']))
    .option('--only <kinds>', `fact kinds to output, comma-separated (${FACT_KINDS.join(',')}; repeatable)`, collect)
    .option('--include-text', 'include the analysed text as document.text')
    .option('-o, --out <dir>', 'write one <name>.json per input into DIR (atomically), mirroring the input tree; nothing on stdout')
    .option('-j, --concurrency <n>', 'documents extracted in parallel (worker threads)', String(defaultConcurrency()))
    .option('--ext <exts>', 'in folders, read only these extensions (comma-separated, e.g. html,htm)')
    .option('--glob <pattern>', 'in folders, read only files matching the glob (repeatable; *, **, ?, [..], {a,b})', collect)
    .option('--exclude <pattern>', 'in folders, skip files matching the glob (repeatable)', collect)
    .option('--timeout <seconds>', 'network timeout for URLs, seconds', '20')
    .option('--max-bytes <size>', 'largest input read, bytes (suffixes k, M, G: 50M)', '50M')
    .option('--expect <assertion>', "CI assertion on each document, e.g. 'metrics>=1' (repeatable; 'total:facts>=10' for the batch); exit 3 when it fails", collect)
    .option('--fail-on-empty', 'exit 3 when a document yields no fact (of the --only kinds), or when there is no document')
    .option('--summary-json', 'print batch statistics as one JSON line on stderr at the end')
    .option('--summary-file <file>', 'write batch statistics as JSON to FILE')
    .option('--no-color', 'no colours in summary output (also NO_COLOR=1)')
    .option('--no-progress', 'no progress bar')
    .option('-q, --quiet', 'no warnings and no progress bar on stderr (errors are still printed)')
    .option('--debug', 'print stack traces of unexpected errors')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

/**
 * `option` with a closed list of values, matched without regard to case (`-f NDJSON`, `-l FR`, as `--only METRICS` is):
 * the help still lists the choices; the value is given back in lower case.
 * @throws InvalidArgumentError (a usage error, exit code 2) for a value outside `choices`.
 */
function caseless(option: Option, choices: readonly string[]): Option {
  return option.choices(choices).argParser((value: string) => {
    const v = value.toLowerCase();
    if (!choices.includes(v)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return v;
  });
}

/**
 * `--only actors,metrics` (one value, or several when the option is repeated:
 * `--only metrics --only quotes`) → the union of the kinds, in
 * {@link FACT_KINDS} order, duplicates ignored; `undefined` when not given.
 * @throws UsageError on an unknown kind, or when no kind is given.
 */
export function parseOnly(value: string | readonly string[] | undefined): FactKind[] | undefined {
  if (value === undefined) return undefined;
  const values = typeof value === 'string' ? [value] : value;
  if (values.length === 0) return undefined;
  const kinds = values.flatMap((v) => v.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (kinds.length === 0) throw new UsageError('--only: give at least one kind');
  for (const k of kinds) if (!(FACT_KINDS as readonly string[]).includes(k)) throw new UsageError(`--only: unknown kind '${k}' (expected ${FACT_KINDS.join(', ')})`);
  return FACT_KINDS.filter((k) => kinds.includes(k));
}

/** A positive integer option. @throws UsageError otherwise. */
export function parsePositiveInt(name: string, value: string, max = 1024): number {
  if (!/^\d{1,6}$/.test(value.trim())) throw new UsageError(`${name}: expected a whole number, got '${value}'`);
  const n = Number(value);
  if (n < 1 || n > max) throw new UsageError(`${name}: expected 1 to ${max}, got ${n}`);
  return n;
}

/** Longest `--timeout`, seconds (a day; Node timers stop at about 24.8 days). */
export const MAX_TIMEOUT_SECONDS = 86_400;

/** `--timeout 2.5` → 2500 ms. @throws UsageError unless a positive number of seconds up to {@link MAX_TIMEOUT_SECONDS}. */
export function parseSeconds(name: string, value: string): number {
  const ok = /^\d{1,12}(?:\.\d{1,3})?$/.test(value.trim()) && Number(value) > 0 && Number(value) <= MAX_TIMEOUT_SECONDS;
  if (!ok) throw new UsageError(`${name}: expected a positive number of seconds up to ${MAX_TIMEOUT_SECONDS} (a day), got '${value}'`);
  return Math.round(Number(value) * 1000);
}

/**
 * Largest `--max-bytes`: 2 GiB. V8 strings stop at 2^29 − 24 UTF-16 code units, which UTF-8 text of three bytes per
 * character (CJK) reaches at about 1.5 GiB; a bigger limit could never be met.
 */
export const MAX_INPUT_BYTES = 2 * 1024 ** 3;

/** `--max-bytes 50M` → 52428800 (k, M, G are powers of 1024; a plain number is bytes). @throws UsageError. */
export function parseBytes(name: string, value: string): number {
  const m = /^\s*(\d{1,12}(?:\.\d{1,3})?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new UsageError(`${name}: expected a size such as 1000000, 500k or 50M, got '${value}'`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new UsageError(`${name}: must be at least 1 byte`);
  if (n > MAX_INPUT_BYTES) throw new UsageError(`${name}: at most 2G (a JavaScript string holds at most 2^29 characters), got '${value}'`);
  return n;
}

/**
 * `html,.HTM` → `['.html', '.htm']`.
 * @throws UsageError for an empty list (`--ext ''`) or an extension folder walks never read (`--ext pdf`): only {@link ARTICLE_EXTENSIONS}.
 */
export function parseExt(value: string | undefined): string[] {
  if (value === undefined) return [];
  const exts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean).map((s) => (s.startsWith('.') ? s : `.${s}`));
  // `--ext ''` or `--ext ,` would silently mean "every extension": say so instead
  if (exts.length === 0) throw new UsageError(`--ext: no extension given (article extensions: ${ARTICLE_EXTENSIONS.join(', ')})`);
  const bad = exts.find((e) => !ARTICLE_EXTENSIONS.includes(e));
  if (bad) throw new UsageError(`--ext: ${bad} files are not read (article extensions: ${ARTICLE_EXTENSIONS.join(', ')})`);
  return exts;
}

/** The patterns of `--glob`/`--exclude`, checked by compiling them. @throws UsageError for an invalid pattern. */
function parseGlobs(option: '--glob' | '--exclude', patterns: string[]): string[] {
  for (const p of patterns) makeMatcher(p, option);
  return patterns;
}

/**
 * Validates commander's raw option values.
 * @throws UsageError on the first bad value.
 */
export function validateOptions(raw: Record<string, unknown>): CliOptions {
  const str = (k: string) => (raw[k] === undefined ? undefined : String(raw[k]));
  const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as string[]) : []);
  const out = str('out');
  if (out !== undefined && out.trim() === '') throw new UsageError('--out: give a folder');
  // `-o -` reads as "to standard output" elsewhere; here it made a folder named "-" (third new-user trial)
  if (out === '-') throw new UsageError("--out: give a folder ('-' is no folder here: without --out, results go to standard output)");
  const only = parseOnly(raw.only === undefined ? undefined : Array.isArray(raw.only) ? (raw.only as string[]) : String(raw.only));
  const expect = list('expect').map(parseExpectation);
  // An expectation on a kind --only leaves out would count facts never extracted (always 0).
  const blind = only && expect.find((e) => e.subject !== 'facts' && !only.includes(e.subject));
  if (blind) throw new UsageError(`--expect: '${blind.source}' checks ${blind.subject}, which --only ${only!.join(',')} leaves out`);
  return {
    format: raw.format as CliOptions['format'],
    input: (raw.input as 'auto' | 'ndjson') ?? 'auto',
    lang: raw.lang as Language | undefined,
    includeText: Boolean(raw.includeText),
    only,
    color: raw.color !== false,
    quiet: Boolean(raw.quiet),
    debug: Boolean(raw.debug),
    progress: raw.progress !== false,
    concurrency: parsePositiveInt('--concurrency', str('concurrency') ?? '1'),
    timeoutMs: parseSeconds('--timeout', str('timeout') ?? '20'),
    maxBytes: parseBytes('--max-bytes', str('maxBytes') ?? '50M'),
    ext: parseExt(str('ext')),
    glob: parseGlobs('--glob', list('glob')),
    exclude: parseGlobs('--exclude', list('exclude')),
    out,
    summaryJson: Boolean(raw.summaryJson),
    summaryFile: str('summaryFile'),
    failOnEmpty: Boolean(raw.failOnEmpty),
    expect,
  };
}
