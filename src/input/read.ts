/**
 * Reading inputs: files, folders, URLs and stdin, decoded to strings.
 *
 * Every problem with one input is an {@link InputError} with a one-line
 * reason; a batch carries on with the other inputs:
 * missing file, permission denied, symbolic-link loop, empty file, whitespace
 * only, binary file ("binary file (PNG image)"), file over the size limit,
 * folder without article files, device or socket, a URL whose scheme is not
 * http or https ("unsupported URL scheme 'ftp:' (http and https only)"). Scanning folders never
 * opens FIFOs, sockets or devices (checked with `lstat`/`stat` first) and
 * never follows a symbolic link into a folder already visited (real paths
 * are tracked), so links cannot loop.
 *
 * Limits: `maxBytes` (CLI `--max-bytes`) caps files and stdin (default
 * {@link DEFAULT_MAX_BYTES}, 50 MB); fetched pages are capped at the smaller
 * of `maxBytes` and 10 MB (or `maxFetchBytes`); the other fetch limits are
 * in {@link fetchUrl}.
 *
 * @module
 */
import { open, readdir, stat, lstat, realpath } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { SourceInfo } from '../types.js';
import { InputError, formatBytes } from '../errors.js';
import { decodeBytes as decodeWithCharset, binaryKind, loadCharsetSniffer, needsCharsetSniffer, removeNul, removeTerminalEscapes } from './decode.js';
import { fetchUrl, DEFAULT_FETCH_MAX_BYTES } from './fetch.js';
import { startsLikeHtmlPage } from './html-sniff.js';

/** A decoded input ready for {@link extract}. */
export interface LoadedInput {
  source: SourceInfo;
  content: string;
  /** `html` or `text` from the file extension or Content-Type; `auto` to decide by content. */
  format: 'auto' | 'text' | 'html';
  /** Charset the bytes were decoded from (WHATWG name). */
  charset: string;
  /** Non-fatal problems (charset guessed, invalid bytes replaced, redirects…). */
  warnings: string[];
  /** HTTP Content-Type of a fetched URL. */
  contentType?: string | null;
  /** URL the page came from after redirects (URLs only). */
  finalUrl?: string;
  /** Size of the raw input, bytes. */
  bytes?: number;
}

import { ARTICLE_EXTENSIONS, extensionOf } from './extensions.js';
export { ARTICLE_EXTENSIONS };

/** Default size limit of files and stdin, bytes (50 MB); `--max-bytes` changes it. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  /** Called for each entry skipped while scanning a folder (FIFO, socket, device, link loop, folder with a non-UTF-8 name). */
  onSkip?: (path: string, reason: string) => void;
  /**
   * Called for an entry that may hold articles but cannot be read: an
   * article file whose name is not valid UTF-8 (Node's string paths cannot
   * name it; `path` shows the bad bytes as U+FFFD), or a subfolder that
   * cannot be listed (permission denied…). It is still listed in the
   * expansion, in its place, so the caller can report it there as a failure.
   */
  onUnreadable?: (path: string, reason: string) => void;
}

/** Reason given to {@link ExpandOptions.onUnreadable} for a file name that is not valid UTF-8. */
export const NON_UTF8_NAME = 'file name is not valid UTF-8: rename the file to read it';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Whether a path given as raw bytes (a name that is not valid UTF-8) is a folder; false when it cannot be read. */
async function isDirectoryBytes(path: Buffer): Promise<boolean> {
  try { return (await stat(path)).isDirectory(); } catch { return false; }
}

/** Names a special file type ("FIFO", "socket", "character device"…), or null for files and folders. */
function specialKind(st: Stats | Dirent): string | null {
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return null;
}

/**
 * Expands folders (recursively, entries sorted by name) into their article
 * files ({@link ARTICLE_EXTENSIONS}); other arguments are kept as given.
 * Never throws: a missing path is kept (reported when read), a folder with no
 * article files is kept as itself (reported by {@link loadInput} as "no
 * article files"), and special files inside folders are skipped.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || isUrl(a)) { out.push(a); continue; }
    let st: Stats;
    try { st = await stat(a); } catch { out.push(a); continue; } // reported when read
    if (!st.isDirectory()) { out.push(a); continue; }
    const visited = new Set<string>();
    const files: string[] = [];
    try {
      await walk(a, visited, files, options, await realpath(a));
    } catch {
      out.push(a); // unreadable folder: reported when read
      continue;
    }
    if (files.length === 0) out.push(a);
    else out.push(...files);
  }
  return out;
}

/** Whether the real path `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}

/**
 * Depth-first walk; `visited` holds real paths of folders entered; `root` is the real path of the
 * folder given on the command line. A symbolic link to a folder inside that tree is not followed:
 * the folder is scanned under its own path (so `latest -> 2024-06` does not file 2024-06's articles
 * under `latest/`, whichever name sorts first), and a link back to an ancestor is a loop.
 */
async function walk(dir: string, visited: Set<string>, out: string[], options: ExpandOptions, root: string): Promise<void> {
  const real = await realpath(dir);
  if (visited.has(real)) {
    options.onSkip?.(dir, 'symbolic link loop (folder already scanned)');
    return;
  }
  visited.add(real);
  let raw: Dirent[];
  try {
    // with the entries' types, which spare an lstat per file (one per article of the batch) where the file system gives them
    raw = await readdir(dir, { encoding: 'buffer', withFileTypes: true }) as unknown as Dirent[];
  } catch (e) {
    if (visited.size === 1) throw e; // the folder given on the command line: reported by loadInput
    // A subfolder that cannot be listed may hold articles: a failure in its place, not a warning.
    out.push(dir);
    options.onUnreadable?.(dir, `folder not scanned: ${reason(e)}`);
    return;
  }
  // Names are read as bytes: a name that is not valid UTF-8 decodes with U+FFFD
  // and could not be opened through that string (it would read as "missing").
  const entries = raw.map((dirent) => {
    const bytes = dirent.name as unknown as Buffer;
    const name = bytes.toString('utf8');
    return { name, bytes, valid: Buffer.from(name, 'utf8').equals(bytes), dirent };
  });
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const { name, bytes, valid, dirent } of entries) {
    const p = join(dir, name);
    if (!valid) {
      if (ARTICLE_EXTENSIONS.includes(extensionOf(name))) {
        out.push(p);
        options.onUnreadable?.(p, NON_UTF8_NAME);
      } else if (await isDirectoryBytes(Buffer.concat([Buffer.from(`${dir}/`, 'utf8'), bytes]))) {
        options.onSkip?.(p, 'folder name is not valid UTF-8: not scanned');
      } // another file type is not listed, as any other non-article entry
      continue;
    }
    let st: Stats | Dirent;
    let linked = false;
    try {
      // a regular file or folder as listed; else (a link, a special file, a type the file system does not give) as stat says
      st = dirent.isFile() || dirent.isDirectory() ? dirent : await lstat(p);
      if (st.isSymbolicLink()) { linked = true; st = await stat(p); } // follows the link; ELOOP / dangling → skipped
    } catch (e) {
      options.onSkip?.(p, reason(e));
      continue;
    }
    const special = specialKind(st);
    if (special) {
      if (ARTICLE_EXTENSIONS.includes(extensionOf(name))) options.onSkip?.(p, `${special}, not read`);
      continue;
    }
    if (st.isDirectory()) {
      if (linked) {
        const target = await realpath(p).catch(() => null);
        // (a link to an ancestor goes on to walk, which reports the loop)
        if (target !== null && isWithin(target, root) && !isWithin(real, target)) {
          options.onSkip?.(p, 'symbolic link to a folder of the same tree (scanned under its own path)');
          continue;
        }
        // a link to the folder given or one of its ancestors ("up -> .." in the folder scanned) is a loop: reading it would
        // read the tree again under the link's name
        if (target !== null && isWithin(root, target)) {
          options.onSkip?.(p, 'symbolic link loop (folder already scanned)');
          continue;
        }
      }
      await walk(p, visited, out, options, root);
    }
    else if (st.isFile() && ARTICLE_EXTENSIONS.includes(extensionOf(name))) out.push(p);
  }
}

/**
 * The scheme of a URL-like argument that is not http(s), lower case with
 * its colon (`ftp://x/y` → `ftp:`, `file:///a` → `file:`), else null. Used
 * only once no file of that name exists (a folder may be named `ftp:`).
 */
function urlScheme(location: string): string | null {
  const m = /^([a-z][a-z0-9+.-]{0,31}):\/\//i.exec(location);
  return m ? `${m[1].toLowerCase()}:` : null;
}

/** One-line reason of a file-system error. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'symbolic link loop';
    case 'ENOTDIR': return 'not a directory';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return `cannot read (${code ?? (e as Error).message ?? 'unknown error'})`;
  }
}

/**
 * Decodes bytes (BOM, charset declarations, then detection; see {@link decodeWithCharset}).
 * Kept for callers of the earlier API: `html` defaults to sniffing `<meta charset>` too.
 */
export function decodeBytes(bytes: Buffer, contentType?: string | null): { text: string; charset: string; warnings: string[] } {
  const d = decodeWithCharset(bytes, { contentType, html: true });
  return { text: d.text, charset: d.charset, warnings: d.warnings };
}

/** Options of {@link loadInput}. */
export interface LoadOptions {
  /** Reads all of standard input (for location `-`). */
  stdin?: () => Promise<Buffer>;
  /** Network timeout for URLs, milliseconds (default 20 000). */
  timeoutMs?: number;
  /**
   * Largest input accepted, bytes: files and stdin (default 50 MB); URLs get
   * the smaller of this and 10 MB unless {@link LoadOptions.maxFetchBytes} is set.
   */
  maxBytes?: number;
  /** Largest fetched body, bytes, compressed and decompressed (default: min(maxBytes, 10 MB)). */
  maxFetchBytes?: number;
  /** User-Agent for URLs (default `factex/0.1 (+https://github.com/factex)`). */
  userAgent?: string;
  /**
   * Read regular files with synchronous calls (default false): for a thread that only reads and hands documents to
   * worker threads (`--concurrency 2`), where each of the promise API's four thread-pool round trips per file is a
   * wake-up that costs more than the read (main thread 2.6 → 2.3 s of CPU on 1 952 articles). Not in a thread that
   * extracts: there the awaits are the only turns of its event loop, where V8 runs its garbage-collection tasks (peak
   * RSS at `-j 1` on the same batch 195 → 207 MB with synchronous reads).
   */
  syncFiles?: boolean;
}

function formatOfPath(location: string): LoadedInput['format'] {
  const ext = extensionOf(location);
  return ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : ext === '.txt' || ext === '.md' ? 'text' : 'auto';
}

/**
 * Reads a regular file or FIFO, at most `max + 1` bytes (so an over-limit stream is detected without reading it all).
 * `sizeHint`: the size `stat` gave a regular file (-1: unknown, a pipe). Such a file is read in one chunk of that size
 * plus one byte, then its end is confirmed with a one-byte read (a file that grew meanwhile goes on in 1 MB chunks):
 * a 1 MB buffer per read for a 3 kB article was 2 MB of external memory per document, which made the garbage collector
 * run far more often on a batch.
 */
async function readCapped(path: string, max: number, sizeHint = -1): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = sizeHint > 0 && total <= sizeHint ? sizeHint + 1 - total : 1 << 20;
      const want = Math.min(1 << 20, chunk, max + 1 - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await fh.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    // (one chunk, the usual case of a regular file: no copy)
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/**
 * {@link readCapped} for a regular file, synchronously ({@link LoadOptions.syncFiles}): the same reads (one chunk of
 * its `stat` size plus one byte, a one-byte read confirming the end, 1 MB chunks for a file that grew meanwhile, at
 * most `max + 1` bytes), without the thread-pool round trips. Only for regular files: their reads never wait on a
 * writer, as a pipe's would.
 * @throws the errors of `openSync`/`readSync` (ENOENT, EACCES, EISDIR…), for {@link reason}.
 */
function readFileCapped(path: string, max: number, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(1 << 20, total <= size ? size + 1 - total : 1 << 20, max + 1 - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    // (one chunk, the usual case: no copy)
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one input (file path, http(s) URL, or `-`) and decodes it.
 * @throws InputError (location: the path or URL; message: one line) when it
 *   cannot be read or holds no text — see the module comment for the cases.
 */
export async function loadInput(location: string, options: LoadOptions = {}): Promise<LoadedInput> {
  const warnings: string[] = [];
  let bytes: Buffer;
  let source: SourceInfo;
  let format: LoadedInput['format'];
  let contentType: string | null | undefined;
  let finalUrl: string | undefined;
  const fileMax = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const tooLarge = (size: number | null) => tooLargeError(location, size, fileMax);
  if (location === '-') {
    if (!options.stdin) throw new InputError('-', 'no standard input');
    bytes = await options.stdin();
    if (bytes.length > fileMax) throw tooLarge(bytes.length);
    source = { type: 'stdin', location: '-' };
    format = 'auto';
  } else if (isUrl(location)) {
    const page = await fetchUrl(location, {
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxFetchBytes ?? Math.min(options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_MAX_BYTES),
      userAgent: options.userAgent,
    });
    bytes = page.bytes;
    contentType = page.contentType;
    finalUrl = page.finalUrl;
    if (page.redirects.length) warnings.push(`redirected to ${page.finalUrl}`);
    source = { type: 'url', location };
    format = page.format;
  } else {
    let st: Stats;
    try {
      // (synchronous or not, a stat never waits on a FIFO's writer)
      st = options.syncFiles ? statSync(location) : await stat(location);
    } catch (e) {
      const scheme = urlScheme(location);
      if (scheme) throw new InputError(location, `unsupported URL scheme '${scheme}' (http and https only)`);
      // (a name in bytes that are not UTF-8 reaches Node.js with U+FFFD in place of them, and no file has that name)
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && location.includes('\ufffd')) {
        throw new InputError(location, 'file name is not valid UTF-8 (Node.js cannot open it by that name): rename the file to read it');
      }
      throw new InputError(location, reason(e));
    }
    if (st.isDirectory()) {
      try {
        await readdir(location);
      } catch (e) {
        throw new InputError(location, reason(e));
      }
      throw new InputError(location, `no article files in this folder (${ARTICLE_EXTENSIONS.join(', ')})`);
    }
    const special = specialKind(st);
    // A named FIFO without a writer would block open() in the thread pool, where
    // no signal can end it; only process substitution (`factex <(curl …)`,
    // /dev/fd/N) and /dev/stdin are read as a pipe.
    if (special && !(special === 'FIFO' && /^\/(?:dev\/stdin|(?:dev|proc\/self)\/fd\/\d+)$/.test(location))) {
      throw new InputError(location, `not a regular file (${special})`);
    }
    if (st.isFile() && st.size > fileMax) throw tooLarge(st.size);
    try {
      bytes = options.syncFiles && st.isFile() ? readFileCapped(location, fileMax, st.size) : await readCapped(location, fileMax, st.isFile() ? st.size : -1);
    } catch (e) {
      throw new InputError(location, reason(e));
    }
    if (bytes.length > fileMax) throw tooLarge(null);
    source = { type: 'file', location };
    format = formatOfPath(location);
  }
  if (bytes.length === 0) throw new InputError(location, source.type === 'url' ? 'empty response' : source.type === 'stdin' ? 'empty input' : 'empty file');
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(location, `binary file (${kind})`);
  if (source.type !== 'url' && looksLikeRecords(bytes)) {
    throw new InputError(location, 'NDJSON records, not an article: read them with --input ndjson (factex --input ndjson < FILE)');
  }
  // A saved page named .txt or .md declares its charset in <meta> like any page: look at the bytes
  // before decoding (an iso-8859-2 page named .txt was decoded as windows-1252; new-user trial).
  if (format === 'text' && startsLikeHtmlPage(asciiHead(bytes))) {
    format = 'html';
    warnings.push(SAVED_PAGE_WARNING);
  }
  const decodeOptions = { contentType, html: format !== 'text' };
  if (needsCharsetSniffer(decodeOptions)) await loadCharsetSniffer();
  const decoded = decodeWithCharset(bytes, decodeOptions);
  warnings.push(...decoded.warnings);
  if (decoded.text.trim() === '') throw new InputError(location, 'no text (whitespace only)');
  if (format === 'text' && startsLikeHtmlPage(decoded.text)) {
    format = 'html';
    warnings.push(SAVED_PAGE_WARNING);
  }
  return { source, content: decoded.text, format, charset: decoded.charset, warnings, contentType, finalUrl, bytes: bytes.length };
}

/** The warning of a file named like text (`.txt`, `.md`) that holds an HTML page, read as HTML. */
const SAVED_PAGE_WARNING = 'named like a text file but holds an HTML page: read as HTML';

/** The first 2 KB of `bytes` as Latin-1, after a UTF-8 byte-order mark: enough to see whether an ASCII-compatible file starts like an HTML page. */
function asciiHead(bytes: Buffer): string {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(from, from + 2048).toString('latin1');
}

/** The one-line "too large" error of an input over `max` bytes (`size` null: not known, only "over"). */
function tooLargeError(location: string, size: number | null, max: number): InputError {
  return new InputError(location, `too large: ${size === null ? `over ${formatBytes(max)}` : formatBytes(size, max)} (limit ${size === null ? formatBytes(max) : formatBytes(max, size)}, see --max-bytes)`);
}

/**
 * An input already held as a string (an `--input ndjson` record's `text` or
 * `html`), checked like a file: its size in UTF-8 bytes against `maxBytes`
 * (default {@link DEFAULT_MAX_BYTES}), NUL characters and terminal escape
 * sequences removed with a warning,
 * and no text left → error.
 * @param label how the input is named in errors (e.g. `stdin:3`).
 * @throws InputError "too large: … (limit …, see --max-bytes)" or "no text (whitespace only)".
 */
export function loadString(label: string, content: string, format: 'text' | 'html', source: SourceInfo, maxBytes: number = DEFAULT_MAX_BYTES): LoadedInput {
  // Cheap bound first: a string of n UTF-16 units has at most 3n UTF-8 bytes.
  const bytes = content.length * 3 <= maxBytes ? null : Buffer.byteLength(content, 'utf8');
  if (bytes !== null && bytes > maxBytes) throw tooLargeError(label, bytes, maxBytes);
  const warnings: string[] = [];
  const text = removeTerminalEscapes(removeNul(content, warnings), warnings);
  if (text.trim() === '') throw new InputError(label, 'no text (whitespace only)');
  return { source, content: text, format, charset: 'utf-8', warnings, bytes: bytes ?? Buffer.byteLength(content, 'utf8') };
}

/** The opening of an NDJSON record of `--input ndjson`: `{"id": …, "text" | "html" | "url": …}` on its first line. */
const RECORD_KEY = /^\s*\{\s*"(?:id|text|html|url|lang)"\s*:/;

/**
 * Whether `bytes` hold `--input ndjson` records rather than an article: the first line (at most 64 KB) is a JSON
 * object with a `text`, `html` or `url` field. Given as a file argument, such a file was read as one page (one record
 * held `<html>`) and every record was lost (third new-user trial, 2026-12-03). Never throws.
 */
export function looksLikeRecords(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).toString('utf8').replace(/^\uFEFF/, '');
  if (!RECORD_KEY.test(head)) return false;
  const nl = head.indexOf('\n');
  try {
    const first: unknown = JSON.parse(nl < 0 ? head : head.slice(0, nl));
    return typeof first === 'object' && first !== null && !Array.isArray(first)
      && ['text', 'html', 'url'].some((k) => typeof (first as Record<string, unknown>)[k] === 'string');
  } catch {
    return false;
  }
}
