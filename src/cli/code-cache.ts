/**
 * Runs a CommonJS bundle (the whole CLI in one file, `dist/bundle/cli.cjs`,
 * built by `scripts/bundle.mjs`) with a V8 code cache, so that a process
 * does not parse and compile the same 1–2 MB of JavaScript at every start.
 *
 * How: the bundle is compiled with `vm.Script` and the `cachedData` of an
 * earlier run; V8 then deserialises the bytecode of every function that run
 * had compiled (the toplevel, the lexicons' literals, the extractors it
 * called) instead of parsing and compiling them again. Node 20 has no
 * built-in compile cache for ES modules (`module.enableCompileCache` came
 * with Node 22), hence a CommonJS bundle and `vm.Script`.
 *
 * Where the cache lives: one file per bundle and key, `cli-<hashes>.v8cache`, in
 * the first of `cacheDirs` that holds one (the bundle's own folder first, filled
 * by `npm run build`; then the user's cache folder, `$XDG_CACHE_HOME/factex` or
 * `~/.cache/factex`, for installs whose package folder is read-only). The key
 * hashes the bundle's path, size and modification time, the Node.js version and
 * architecture, `process.execArgv`, `NODE_OPTIONS` and the V8 flags the CLI sets: any change
 * (a rebuild, another Node, `--cpu-prof`) gives another file name, so a stale
 * cache is never offered. V8 checks what it can itself (its version, its
 * flags, the source length) and rejects a cache that does not fit; the bundle
 * then compiles from source, exactly as without a cache, and a fresh cache is
 * written at exit.
 *
 * Memos: values the bundle computes from its own constants at every start (the
 * prefilter's literals of each rule regex, 40–80 ms of a cold start; the regex
 * sources of the lexicons' word lists, 10–25 ms; the gazetteer's name keys, 5–10 ms)
 * can be kept beside the cache in the same way ({@link CodeCacheOptions.memos},
 * `src/text/host-memo.ts`).
 *
 * When the cache is written: at process exit, only when no cache was accepted
 * and the run marked itself worth caching (`markWarm` of `warm.ts`: the CLI does after
 * extracting a document in its own thread, so that `--help` does not leave a
 * cache of the option parser alone), to a temporary file renamed into place
 * (concurrent first runs, e.g. under GNU parallel, never read a half-written
 * file). A folder that cannot be written is skipped for the next one; when none
 * can be written, nothing is cached and nothing is said. `FACTEX_CODE_CACHE=0`
 * in the environment turns the cache off (compile from source, write nothing).
 *
 * A code cache is trusted input (it is the program, compiled): it is read only
 * from the package's own folder and the user's own cache folder, never from a
 * shared one such as /tmp.
 *
 * @module
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { isAscii } from 'node:buffer';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { isWarm, WARM_HOOK } from './warm.js';

export { isWarm, markWarm } from './warm.js';
export { CLI_V8_FLAGS } from './v8-flags.js';

/** Options of {@link runWithCodeCache}. */
export interface CodeCacheOptions {
  /** Absolute path of the CommonJS bundle to run. */
  bundle: string;
  /** Folders to read the cache from, and to write it to, in order of preference. Default: {@link defaultCacheDirs}. */
  cacheDirs?: readonly string[];
  /**
   * V8 flags the bundle sets when it starts (`--no-regexp-tier-up` for the CLI):
   * set here before compiling, since V8 accepts a cache only under the flags it was made with.
   */
  v8Flags?: readonly string[];
  /** Write the cache at process exit when none was accepted (default true; tests call {@link writeCodeCache} themselves). */
  writeAtExit?: boolean;
  /**
   * Write the cache (and memos) as soon as the thread marks itself warm (`markWarm`),
   * instead of at exit: for worker threads, which the pool terminates without an exit event.
   */
  writeWhenWarm?: boolean;
  /**
   * Names of memos to persist beside the cache: for each, a `Map<string, unknown>` is put in
   * `globalThis[Symbol.for('factex.memo.<name>')]` before the bundle runs (loaded from
   * `<cache file>.<name>.memo`, or empty), and written back at exit when it grew. The bundle
   * keeps there values that are pure functions of their key and of the bundle's code (the
   * CLI: the literals of each rule's regex source, `src/text/prefilter.ts`).
   */
  memos?: readonly string[];
  /**
   * The bundle whose memo files to read and write (default: `bundle`). The worker bundle
   * shares the CLI bundle's (a memo's values depend on the build, which makes both, not on
   * the bundle), so that workers get the memo the main thread's runs filled for both languages.
   */
  memoBundle?: string;
  /** Environment read for `FACTEX_CODE_CACHE` and the cache folders (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/** What {@link runWithCodeCache} did, and what {@link writeCodeCache} needs. */
export interface CodeCacheRun {
  /** `module.exports` of the bundle after it ran. */
  exports: unknown;
  /** The compiled bundle (its `createCachedData()` makes the cache). */
  script: vm.Script;
  /** The cache file name (no folder), see {@link cacheFileName}. */
  fileName: string;
  /** The cache file name the memo files are named after ({@link CodeCacheOptions.memoBundle}). */
  memoBase: string;
  /** The folders, in order. */
  cacheDirs: readonly string[];
  /** The cache file V8 accepted, or null (none found, rejected, or caching off). */
  usedCache: string | null;
  /** A cache file that was found but rejected by V8, or null. */
  rejectedCache: string | null;
  /** False when `FACTEX_CODE_CACHE=0`. */
  enabled: boolean;
  /** The memos ({@link CodeCacheOptions.memos}) and how many entries each had when loaded. */
  memos: Map<string, { map: Map<string, unknown>; loaded: number }>;
}

/**
 * The default cache folders for `bundle`: its own folder, then
 * `$XDG_CACHE_HOME/factex` (or `~/.cache/factex` when XDG_CACHE_HOME is unset or relative;
 * left out when there is no home folder).
 */
export function defaultCacheDirs(bundle: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [dirname(bundle)];
  const xdg = env.XDG_CACHE_HOME;
  let home = '';
  try { home = homedir(); } catch { /* no home folder */ }
  if (xdg && xdg.startsWith('/')) dirs.push(join(xdg, 'factex'));
  else if (home) dirs.push(join(home, '.cache', 'factex'));
  return dirs;
}

/** FNV-1a, 52 bits, as 13 hex digits: a file-name key, not a security hash. */
function hash52(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return h.toString(16).padStart(13, '0');
}

/**
 * The cache file name for `bundle` in this process:
 * `cli-<path hash>-<build hash>-<runtime hash>.v8cache`, where the build hash covers the
 * bundle's size and modification time, and the runtime hash the Node.js version and
 * architecture, `execArgv`, `nodeOptions` (`NODE_OPTIONS`) and `v8Flags`. Writing a cache
 * removes those of older builds of the same bundle (another build hash), not those made
 * for other runtimes (a `--cpu-prof` run does not throw away the usual run's cache).
 * @throws when `bundle` cannot be stat'ed.
 */
export function cacheFileName(
  bundle: string, v8Flags: readonly string[] = [], execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '',
): string {
  const st = statSync(bundle);
  const build = `${st.size}\u0001${st.mtimeMs}`;
  const runtime = [process.version, process.arch, execArgv.join('\u0000'), nodeOptions, v8Flags.join('\u0000')].join('\u0001');
  return `${basename(bundle).replace(/\.[^.]*$/, '')}-${hash52(bundle)}-${hash52(build)}-${hash52(runtime)}.v8cache`;
}

/**
 * The memo file name beside cache file `fileName`: `cli-<path hash>-<build hash>-<runtime hash>.<name>.memo`
 * (same key: a rebuilt bundle, whose functions may compute other values, never reads an old memo).
 */
export function memoFileName(fileName: string, name: string): string {
  return fileName.replace(/\.v8cache$/, `.${name}.memo`);
}

/** The global under which the bundle finds memo `name` (a Map), e.g. `Symbol.for('factex.memo.prefilter')`. */
export function memoSymbol(name: string): symbol {
  return Symbol.for(`factex.memo.${name}`);
}

/** The contents of `file`, or undefined when it cannot be read. */
function readIfPresent(file: string): Buffer | undefined {
  try { return readFileSync(file); } catch { return undefined; }
}

/**
 * Memo files: entries separated by two NUL characters, each a key (a string without NUL),
 * one NUL, and the value as JSON. (Not one JSON document: the keys are regex sources full of
 * `\\u` escapes, which JSON.parse reads ten times slower than a split.)
 */
const ENTRY_SEP = '\u0000\u0000';
const KEY_SEP = '\u0000';

/** A memo as a file ({@link ENTRY_SEP}); keys holding a NUL and values JSON cannot hold are left out. */
export function serialiseMemo(map: ReadonlyMap<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of map) {
    if (key.includes(KEY_SEP)) continue;
    const json = JSON.stringify(value);
    if (json === undefined) continue;
    out.push(key + KEY_SEP + json); // JSON text never holds a raw NUL
  }
  return out.join(ENTRY_SEP);
}

/** The Map of a memo file ({@link serialiseMemo}); an entry that does not parse is left out. */
export function parseMemo(text: string): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (text === '') return map;
  for (const entry of text.split(ENTRY_SEP)) {
    const at = entry.indexOf(KEY_SEP);
    if (at < 0) continue;
    try { map.set(entry.slice(0, at), JSON.parse(entry.slice(at + 1))); } catch { /* a damaged entry is no entry */ }
  }
  return map;
}

/** Memo file `fileName` from the first of `dirs` holding it, or an empty Map. */
function loadMemo(dirs: readonly string[], fileName: string): Map<string, unknown> {
  for (const dir of dirs) {
    const data = readIfPresent(join(dir, fileName));
    if (data) return parseMemo(data.toString('utf8'));
  }
  return new Map();
}

/**
 * Compiles and runs the CommonJS `bundle` as Node would (`exports`, `require`,
 * `module`, `__filename`, `__dirname`), with the first cache of {@link CodeCacheOptions.cacheDirs}
 * named for it, and arranges for a new cache to be written at exit when none was accepted
 * (see the module comment). Memos named in {@link CodeCacheOptions.memos} are loaded into
 * Maps under {@link memoSymbol} before the bundle runs, and written back at exit when they grew.
 * @returns the run's record (for {@link writeCodeCache} and {@link writeMemos}).
 * @throws whatever compiling or running the bundle throws (a syntax error, an exception at its top level);
 *   never because of a cache (missing, stale, corrupt or unreadable caches and memos are ignored).
 */
export function runWithCodeCache(options: CodeCacheOptions): CodeCacheRun {
  const { bundle } = options;
  const env = options.env ?? process.env;
  const v8Flags = options.v8Flags ?? [];
  for (const flag of v8Flags) setFlagsFromString(flag);
  const enabled = env.FACTEX_CODE_CACHE !== '0';
  const cacheDirs = options.cacheDirs ?? defaultCacheDirs(bundle, env);
  const fileName = cacheFileName(bundle, v8Flags, process.execArgv, env.NODE_OPTIONS ?? '');
  let memoBase = fileName;
  if (options.memoBundle !== undefined && options.memoBundle !== bundle) {
    try { memoBase = cacheFileName(options.memoBundle, v8Flags, process.execArgv, env.NODE_OPTIONS ?? ''); } catch { /* no such bundle: its own memos */ }
  }
  // The bundle is ASCII (scripts/bundle.mjs makes it so): read as Latin-1, a plain copy into a one-byte string.
  const bytes = readFileSync(bundle);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');

  let cachedData: Buffer | undefined;
  let cacheFile: string | null = null;
  if (enabled) {
    for (const dir of cacheDirs) {
      cachedData = readIfPresent(join(dir, fileName));
      if (cachedData) { cacheFile = join(dir, fileName); break; }
    }
  }
  // The global the bundle sees: Node's main one (the same as ours, except when this module runs in another realm, as under jest).
  const bundleGlobal = vm.runInThisContext('globalThis') as Record<symbol, unknown>;
  const memos = new Map<string, { map: Map<string, unknown>; loaded: number }>();
  for (const name of options.memos ?? []) {
    const map = enabled ? loadMemo(cacheDirs, memoFileName(memoBase, name)) : new Map<string, unknown>();
    memos.set(name, { map, loaded: map.size });
    bundleGlobal[memoSymbol(name)] = map;
  }
  // The wrapper is Node's own CommonJS wrapper, on the first line so line numbers stay right.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const accepted = cacheFile !== null && script.cachedDataRejected === false;
  const run: CodeCacheRun = {
    exports: undefined, script, fileName, memoBase, cacheDirs, memos,
    usedCache: accepted ? cacheFile : null,
    rejectedCache: cacheFile !== null && !accepted ? cacheFile : null,
    enabled,
  };
  const write = () => {
    if (!accepted) writeCodeCache(run);
    writeMemos(run);
  };
  if (enabled && options.writeWhenWarm) bundleGlobal[WARM_HOOK] = write;
  else if (enabled && options.writeAtExit !== false) process.once('exit', () => { if (isWarm(bundleGlobal)) write(); });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  run.exports = module.exports;
  return run;
}

/**
 * Writes `data` as `fileName` in the first of `dirs` that can be written, through a temporary
 * file renamed into place, then removes that folder's files of older builds of the same bundle
 * ({@link isOlderBuild}).
 * @returns the file written, or null when no folder could be written. Never throws.
 */
function writeFirst(dirs: readonly string[], fileName: string, data: Buffer): string | null {
  for (const dir of dirs) {
    const target = join(dir, fileName);
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      const fd = openSync(temp, 'wx', 0o644);
      try { writeSync(fd, data); } finally { closeSync(fd); }
      renameSync(temp, target);
    } catch {
      try { rmSync(temp, { force: true }); } catch { /* nothing to remove */ }
      continue;
    }
    try {
      for (const f of readdirSync(dir)) {
        if (isOlderBuild(f, fileName)) rmSync(join(dir, f), { force: true });
      }
    } catch { /* stale files stay; they are never read */ }
    return target;
  }
  return null;
}

/** Splits a cache or memo file name into its bundle part (`cli-<path hash>`) and build hash. */
const NAME = /^(.+-[0-9a-f]{13})-([0-9a-f]{13})-[0-9a-f]{13}\./;

/** Whether file `f` is a cache or memo of the same bundle as `fileName` but of another build. */
export function isOlderBuild(f: string, fileName: string): boolean {
  const a = NAME.exec(f);
  const b = NAME.exec(fileName);
  return a !== null && b !== null && a[1] === b[1] && a[2] !== b[2] && (f.endsWith('.v8cache') || f.endsWith('.memo'));
}

/**
 * Writes the cache of `run` (its functions compiled so far) to the first of
 * its folders that can be written, through a temporary file renamed into place,
 * and removes that folder's older caches of the same bundle.
 * @returns the file written, or null when no folder could be written (or caching is off).
 * Never throws.
 */
export function writeCodeCache(run: CodeCacheRun): string | null {
  if (!run.enabled) return null;
  let data: Buffer;
  try { data = run.script.createCachedData(); } catch { return null; }
  return writeFirst(run.cacheDirs, run.fileName, data);
}

/**
 * Writes each memo of `run` that holds more entries than were loaded ({@link serialiseMemo}),
 * like {@link writeCodeCache}.
 * @returns the files written. Never throws.
 */
export function writeMemos(run: CodeCacheRun): string[] {
  const written: string[] = [];
  if (!run.enabled) return written;
  for (const [name, { map, loaded }] of run.memos) {
    if (map.size <= loaded) continue;
    let text: string;
    try { text = serialiseMemo(map); } catch { continue; }
    const file = writeFirst(run.cacheDirs, memoFileName(run.memoBase, name), Buffer.from(text, 'utf8'));
    if (file) written.push(file);
  }
  return written;
}
