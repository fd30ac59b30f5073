/**
 * What the batch reads, in order: the positional arguments expanded into
 * files (folders walked by `expandInputs`, then `--ext`/`--glob`/`--exclude`
 * applied to the files found in folders), or the records of
 * `--input ndjson` read line by line from stdin.
 *
 * @module
 */
import { constants, fstatSync, readlinkSync, realpathSync } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { InputError, formatBytes } from '../errors.js';
import { invalidUtf8Count } from '../input/decode.js';
import { extensionOf } from '../input/extensions.js';
import { CREDENTIALS_REFUSED, hasCredentials, withoutCredentials } from '../input/credentials.js';
import { expandInputs } from '../input/read.js';
import type { Language } from '../types.js';
import { makeMatcher } from './glob.js';

/** One unit of work of a batch, in output order. */
export type Job =
  /** A file path, an http(s) URL or `-`; `outRel` is its `--out` path (relative, `/`-separated, ends in `.json`). */
  | { kind: 'path'; location: string; outRel: string }
  /** One `--input ndjson` record (line numbers from 1). */
  | { kind: 'record'; line: number; id?: string; text?: string; html?: string; url?: string; lang?: Language; outRel: string; invalidUtf8?: number }
  /** An input that failed before reading (bad record, missing path…): reported in its place. */
  | { kind: 'error'; label: string; message: string };

/** Folder-scan filters (they never drop a file named on the command line). */
export interface InputFilters {
  /** Extensions to keep, lower case with the dot (`.html`); empty: all article extensions. */
  ext: string[];
  /** Globs a file must match (any of them); empty: all. */
  glob: string[];
  /** Globs that drop a file. */
  exclude: string[];
}

const isRemote = (a: string) => /^https?:\/\//i.test(a);

/**
 * The regular files standard output and standard error are written to, by real path, with the stream's name:
 * `factex -f ndjson . > out.ndjson` run inside the folder it scans must not read its own output as an article (new-user
 * trial, 2026-12-03). Read from `/proc/self/fd` (Linux); empty where that does not exist or the streams are no files.
 */
function outputFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [fd, label] of [[1, 'standard output'], [2, 'standard error']] as const) {
    try {
      if (fstatSync(fd).isFile()) out.set(realpathSync(readlinkSync(`/proc/self/fd/${fd}`)), label);
    } catch { /* no /proc, or the stream is no file */ }
  }
  return out;
}

/**
 * Expands the positional arguments into jobs, in argument order (files of a
 * folder sorted by name, as `expandInputs` walks them), with their `--out`
 * names mirroring the input tree below the deepest folder common to all
 * local inputs. An article file of a folder whose name is not valid UTF-8,
 * and a subfolder that cannot be listed, become `error` jobs in their place.
 */
export async function planPathJobs(args: readonly string[], filters: InputFilters, onSkip?: (path: string, reason: string) => void): Promise<Job[]> {
  const include = filters.glob.map((g) => makeMatcher(g, '--glob'));
  const exclude = filters.exclude.map((g) => makeMatcher(g, '--exclude'));
  const keep = (rel: string) =>
    (filters.ext.length === 0 || filters.ext.includes(extensionOf(rel))) &&
    (include.length === 0 || include.some((m) => m(rel))) &&
    !exclude.some((m) => m(rel));

  const found: { location: string; error?: string }[] = [];
  const anchors: string[] = [];
  /** Entries of folders that cannot be read (non-UTF-8 file names, unlistable subfolders), with the reason: failures in their place. */
  const unreadable = new Map<string, string>();
  const outputs = outputFiles();
  const outputNames = new Set([...outputs.keys()].map((p) => basename(p)));
  /** A file found in a folder that is where factex writes its own output (see outputFiles): skipped with a warning. */
  const isOwnOutput = (f: string): boolean => {
    if (!outputNames.has(basename(f))) return false;
    let real: string;
    try { real = realpathSync(f); } catch { return false; }
    const label = outputs.get(real);
    if (label) onSkip?.(f, `the file ${label} is written to: not read`);
    return label !== undefined;
  };
  for (const arg of args) {
    if (isRemote(arg) && hasCredentials(arg)) { found.push({ location: withoutCredentials(arg), error: CREDENTIALS_REFUSED }); continue; }
    if (arg === '-' || isRemote(arg)) { found.push({ location: arg }); continue; }
    let isDir = false;
    try { isDir = (await stat(arg)).isDirectory(); } catch { /* missing: reported when read */ }
    if (!isDir) { found.push({ location: arg }); anchors.push(dirname(resolve(arg))); continue; }
    anchors.push(resolve(arg));
    // (a folder named on the command line that cannot be listed is a permission error, not a folder without articles)
    if (!(await access(arg, constants.R_OK | constants.X_OK).then(() => true, () => false))) {
      found.push({ location: arg, error: 'permission denied (the folder cannot be listed)' });
      continue;
    }
    let files: string[];
    try {
      files = await expandInputs([arg], { onSkip, onUnreadable: (path, reason) => unreadable.set(path, reason) });
    } catch (e) {
      if (e instanceof InputError) { found.push({ location: arg, error: e.message }); continue; }
      throw e;
    }
    // expandInputs keeps a folder without article files as itself: report it here, filters included.
    // Unreadable entries stay whatever the filters: a folder has no extension to match.
    const kept = files.filter((f) => f !== arg && (unreadable.has(f) || keep(relative(arg, f).split(sep).join('/'))) && !isOwnOutput(f));
    if (kept.length === 0) {
      const filtered = files.some((f) => f !== arg);
      found.push({ location: arg, error: filtered ? 'no article file matches --ext/--glob/--exclude' : 'no article files (.txt, .md, .html, .htm, .xhtml)' });
      continue;
    }
    for (const f of kept) found.push({ location: f, error: unreadable.get(f) });
  }
  const base = commonDir(anchors);
  const names = new OutNames();
  return found.map((f): Job => {
    if (f.error !== undefined) return { kind: 'error', label: f.location, message: f.error };
    return { kind: 'path', location: f.location, outRel: names.claim(outNameFor(f.location, base)) };
  });
}

/** The deepest folder containing every path of `dirs` (absolute), or `/`. */
export function commonDir(dirs: readonly string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const p = d.split(sep);
    let i = 0;
    while (i < parts.length && i < p.length && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/** Longest `--out` name segment, UTF-8 bytes (file systems allow 255; room is left for `-N.json` and the temporary name). */
const MAX_SEGMENT_BYTES = 200;

/**
 * One safe file-name segment of an `--out` path: NFC-normalised; Unicode
 * letters, combining marks and digits kept (`été` stays `été`), as are
 * `. _ @ + = -`; anything else — spaces, separators (`/`, `\`, fullwidth
 * `／`), control and format characters (bidi overrides), punctuation —
 * becomes `_`; cut to {@link MAX_SEGMENT_BYTES} UTF-8 bytes on a character
 * boundary; `''`, `.` and `..` become `_`.
 * Examples: `Zürich-actualité` → `Zürich-actualité`, `with space` → `with_space`, `a/../b` → `a_.._b`.
 */
export function safeSegment(s: string): string {
  let t = '';
  let bytes = 0;
  for (const ch of s.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}._@+=-]/gu, '_')) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > MAX_SEGMENT_BYTES) break;
    t += ch;
    bytes += n;
  }
  return t === '' || t === '.' || t === '..' ? '_' : t;
}

/**
 * The `--out` path (relative, `/`-separated) of one input before collision
 * handling: `<dir>/<name without extension>.json` for files below `base`,
 * `<host>/<path>.json` for URLs (`index` for a trailing slash), `stdin.json` for `-`.
 */
export function outNameFor(location: string, base: string): string {
  if (location === '-') return 'stdin.json';
  if (isRemote(location)) {
    let u: URL;
    try { u = new URL(location); } catch { return safeSegment(location) + '.json'; }
    const segs = u.pathname.split('/').filter(Boolean).map((s) => safeSegment(decodeURIComponentSafe(s)));
    if (u.pathname.endsWith('/') || segs.length === 0) segs.push('index');
    let last = segs.pop()!;
    last = last.replace(/\.(?:html?|xhtml|php|aspx?|txt|md)$/i, '');
    if (u.search) last += safeSegment(u.search);
    return [safeSegment(u.host), ...segs, last].join('/') + '.json';
  }
  const rel = relative(base, resolve(location)).split(sep).filter((s) => s !== '' && s !== '.');
  const segs = rel.map((s) => (s === '..' ? '_up' : safeSegment(s)));
  if (segs.length === 0) segs.push('input');
  const last = segs.pop()!;
  const ext = extensionOf(last);
  return [...segs, (ext ? last.slice(0, -ext.length) : last) || last].join('/') + '.json';
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * Hands out `--out` names without collisions, deterministically (in input
 * order): a name already given becomes `<name>-2.json`, `<name>-3.json`…
 */
export class OutNames {
  private readonly used = new Set<string>();

  claim(name: string): string {
    let n = name;
    for (let i = 2; this.used.has(n.toLowerCase()); i++) n = name.replace(/\.json$/, `-${i}.json`);
    this.used.add(n.toLowerCase());
    return n;
  }
}

/**
 * Longest NDJSON line accepted for a record whose text may hold `maxBytes`
 * UTF-8 bytes: JSON can spend up to 6 bytes on one byte of text (`\u0001`),
 * plus room for the other fields. A longer line is skipped without being
 * held in memory and reported as too large.
 */
export function maxRecordLineBytes(maxBytes: number): number {
  return 6 * maxBytes + (1 << 20);
}

/**
 * Reads `--input ndjson` records from `stream`, one JSON object per line:
 * `{"id": "…", "text": "…"}`, or `"html"` or `"url"` instead of `"text"`,
 * optionally `"lang": "en"|"fr"`. Blank lines are skipped; a malformed line
 * becomes an `error` job (reported on stderr, the batch goes on), and so
 * does a line longer than `maxLineBytes` (UTF-8 bytes, see
 * {@link maxRecordLineBytes}), whose bytes are dropped as they arrive, so
 * memory stays bounded whatever the input. Lines end at `\n` (a `\r`
 * before it is dropped); a UTF-8 byte-order mark at the start is skipped. Reading is lazy: the caller's pace (its
 * `for await`) is the back-pressure.
 */
export async function* readRecordJobs(stream: NodeJS.ReadableStream, outNames: boolean, maxLineBytes = Infinity): AsyncGenerator<Job> {
  const names = outNames ? new OutNames() : null; // remembers every name: only with --out
  let line = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  /** The record of the line ended now (null for a blank line). */
  const finish = (): Job | null => {
    line++;
    if (overflow) {
      overflow = false;
      return { kind: 'error', label: `stdin:${line}`, message: `record too large: line over ${formatBytes(maxLineBytes)} (see --max-bytes)` };
    }
    const bytes = Buffer.concat(parts, size);
    let raw = bytes.toString('utf8');
    parts = [];
    size = 0;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.trim() === '') return null;
    const job = parseRecord(raw, line, names);
    // bytes that are not UTF-8 were replaced by U+FFFD: the record says so, as a file does
    if (job.kind === 'record' && raw.includes('\ufffd')) {
      const invalid = invalidUtf8Count(bytes);
      if (invalid > 0) job.invalidUtf8 = invalid;
    }
    return job;
  };
  /** Keeps `piece` of the current line, or drops it once the line is over the limit. */
  const keep = (piece: Buffer) => {
    if (overflow || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      overflow = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  let first = true;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let from = 0;
    if (first && buf.length > 0) {
      first = false;
      // A UTF-8 byte-order mark at the start of the stream (Windows editors, PowerShell) is not part of record 1.
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) from = 3;
    }
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      keep(buf.subarray(from, nl));
      const job = finish();
      if (job) yield job;
      from = nl + 1;
    }
    // Copied: the stream may reuse its buffer.
    if (from < buf.length) keep(Buffer.from(buf.subarray(from)));
  }
  if (size > 0 || overflow) {
    const job = finish();
    if (job) yield job;
  }
}

/**
 * The literal text of the number given as the top-level `"id"` of a JSON
 * object line, e.g. `12345678901234567890` in `{"id":12345678901234567890,…}`
 * (JSON.parse would round it to 12345678901234567000: a tweet id above 2^53
 * must come back as written; so must `-0`, `1.50` and `1e1`). One pass over
 * `raw` up to the key, tracking strings and nesting depth; `undefined` when not
 * found.
 */
function numberLiteralOfId(raw: string): string | undefined {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') {
      const start = i + 1;
      for (i = start; i < raw.length && raw[i] !== '"'; i++) if (raw[i] === '\\') i++;
      if (depth === 1 && expectKey && raw.slice(start, i) === 'id') {
        // Top-level key "id": the value is the number literal after the colon.
        const m = /^\s{0,64}:\s{0,64}(-?\d{1,400}(?:\.\d{1,400})?(?:[eE][+-]?\d{1,5})?)/.exec(raw.slice(i + 1, i + 1000));
        return m?.[1];
      }
      expectKey = false;
    } else if (ch === '{' || ch === '[') { depth++; expectKey = ch === '{'; }
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 1) expectKey = true;
  }
  return undefined;
}

/** Parses one NDJSON record line into a job (never throws); `names` gives `outRel` without collisions (else `''`). */
export function parseRecord(raw: string, line: number, names: OutNames | null): Job {
  const label = `stdin:${line}`;
  let rec: unknown;
  try { rec = JSON.parse(raw); } catch { return { kind: 'error', label, message: 'invalid JSON record' }; }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return { kind: 'error', label, message: 'record is not a JSON object' };
  const r = rec as Record<string, unknown>;
  let id: string | undefined;
  if (typeof r.id === 'string') id = r.id;
  // a number is echoed as written, not as JSON.parse read it: beyond 2^53 (rounded), 1e400 (Infinity), -0, 1.50, 1e1
  else if (typeof r.id === 'number') id = numberLiteralOfId(raw) ?? (Number.isFinite(r.id) ? String(r.id) : undefined);
  else if (r.id !== undefined && r.id !== null) return { kind: 'error', label, message: '"id" must be a string or a number' };
  const where = id !== undefined ? `${label} (id ${JSON.stringify(id).slice(0, 80)})` : label;
  const fields = (['text', 'html', 'url'] as const).filter((k) => r[k] !== undefined && r[k] !== null);
  if (fields.length !== 1) return { kind: 'error', label: where, message: 'a record needs exactly one of "text", "html" or "url"' };
  const field = fields[0];
  const value = r[field];
  if (typeof value !== 'string') return { kind: 'error', label: where, message: `"${field}" must be a string` };
  if (field !== 'url' && value.trim() === '') return { kind: 'error', label: where, message: value === '' ? `empty "${field}"` : `no text in "${field}" (whitespace only)` };
  if (field === 'url' && !isRemote(value)) return { kind: 'error', label: where, message: '"url" must be an http(s) URL' };
  if (field === 'url' && hasCredentials(value)) return { kind: 'error', label: where, message: CREDENTIALS_REFUSED };
  let lang: Language | undefined;
  if (r.lang !== undefined && r.lang !== null) {
    if (r.lang !== 'en' && r.lang !== 'fr') return { kind: 'error', label: where, message: '"lang" must be "en" or "fr"' };
    lang = r.lang;
  }
  // Leading dots are dropped from an id's file name (no hidden files); an id left empty ('', '.', '..') names the record by its line.
  const stem = id?.trim().replace(/^\.+/, '');
  const outRel = names ? names.claim(stem ? `${safeSegment(stem)}.json` : `record-${line}.json`) : '';
  return { kind: 'record', line, id, [field]: value, lang, outRel };
}
