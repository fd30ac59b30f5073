/**
 * Reading inputs: files, folders, URLs and stdin, decoded to strings.
 * (Interim: UTF-8 only; charset detection and fetching land with the
 * web-page work.)
 *
 * @module
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import type { SourceInfo } from '../types.js';
import { InputError } from '../errors.js';

/** A decoded input ready for {@link extract}. */
export interface LoadedInput {
  source: SourceInfo;
  content: string;
  format: 'auto' | 'text' | 'html';
  charset: string;
  warnings: string[];
}

/** File extensions read when scanning folders. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.xhtml'];

/**
 * Expands folders (recursively, sorted by name) into their article files.
 * @throws InputError when a path does not exist.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || /^https?:\/\//i.test(a)) { out.push(a); continue; }
    let st;
    try { st = await stat(a); } catch { out.push(a); continue; } // reported when read
    if (st.isDirectory()) out.push(...(await walk(a)));
    else out.push(a);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Decodes bytes as UTF-8 (BOM stripped). */
export function decodeBytes(bytes: Buffer): { text: string; charset: string; warnings: string[] } {
  let b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  return { text: b.toString('utf8'), charset: 'utf-8', warnings: [] };
}

/** Options of {@link loadInput}. */
export interface LoadOptions {
  /** Reads all of standard input (for location `-`). */
  stdin?: () => Promise<Buffer>;
  /** Network timeout for URLs, milliseconds. */
  timeoutMs?: number;
  /** Largest input accepted, bytes. */
  maxBytes?: number;
}

/**
 * Reads one input (file path, http(s) URL, or `-`).
 * @throws InputError with a one-line reason when it cannot be read.
 */
export async function loadInput(location: string, options: LoadOptions = {}): Promise<LoadedInput> {
  const stdin = options.stdin;
  let bytes: Buffer;
  let source: SourceInfo;
  if (location === '-') {
    if (!stdin) throw new InputError('-', 'no standard input');
    bytes = await stdin();
    source = { type: 'stdin', location: '-' };
  } else {
    try {
      bytes = await readFile(location);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(location, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'unknown error'})`);
    }
    source = { type: 'file', location };
  }
  const { text, charset, warnings } = decodeBytes(bytes);
  const ext = extname(location).toLowerCase();
  const format = ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : ext === '.txt' || ext === '.md' ? 'text' : 'auto';
  return { source, content: text, format, charset, warnings };
}
