#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/cli/bin.js and its worker, dist/cli/worker.js)
 * into dist/bundle/ with esbuild. Run after `tsc` (`npm run build` does both);
 * bin/factex.js uses a bundle only when it is as new as dist/cli/bin.js.
 *
 * Two builds:
 * - `cli.cjs`: the whole CLI in one CommonJS file, which bin/factex.js runs
 *   through a V8 code cache (src/cli/code-cache.ts). Whitespace and comments
 *   are dropped and every character is ASCII (the few non-ASCII characters of
 *   regex literals written as `\uXXXX`), so the source is read as a one-byte
 *   string: about 1.9 MB instead of 2.8 MB, half the memory, faster to scan.
 *   Modules loaded on demand (HTML support, the summary format, batch mode)
 *   are in it too, but run only when first needed, as before.
 * - `bin.js` and `worker.js` (ES modules, with shared chunks): the worker
 *   threads of `--concurrency N` run `worker.js`; `bin.js` is the launcher's
 *   fallback when `cli.cjs` is missing.
 * Packages loaded through `require` at run time (linkedom, Readability,
 * chrono, iconv-lite, cli-progress, picomatch…) are not bundled: they
 * resolve from node_modules as before.
 *
 * Then a warm-up run (`--concurrency 1` on the two seed articles, when
 * fixtures/ is there) writes the code cache beside `cli.cjs`, so the first
 * run after a build starts as fast as the next ones; without it the first
 * run writes the cache.
 *
 * Exit codes: 0 done, 1 esbuild failed (its message on stderr).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

/**
 * commander loads `node:child_process` (and with it net, dgram, streams…) at its start, for
 * executable subcommands, which factex does not have: load it on first use instead (a few ms
 * of every start). Left as it is, with a warning, if commander's source no longer has that line.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const line = "const childProcess = require('node:child_process');";
      if (!text.includes(line)) return { contents: text, loader: 'js', warnings: [{ text: 'commander: child_process line not found; loaded eagerly' }] };
      const lazy = "let childProcessModule; const childProcess = { spawn: (...a) => (childProcessModule ??= require('node:child_process')).spawn(...a) };";
      return { contents: text.replace(line, lazy), loader: 'js' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
try {
  await build({
    entryPoints: { bin: join(ROOT, 'dist/cli/bin.js'), worker: join(ROOT, 'dist/cli/worker.js') },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies (commander) call require('node:events'): give the bundle a require.
    banner: { js: "import { createRequire as __factexCreateRequire } from 'node:module';\nconst require = __factexCreateRequire(import.meta.url);" },
    plugins: [lazyChildProcess],
    logLevel: 'warning',
  });
  const cjs = join(OUT, 'cli.cjs');
  await build({
    entryPoints: [join(ROOT, 'dist/cli/bin.js')],
    outfile: cjs,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'ascii',
    // import.meta.url in CommonJS: the bundle's own URL (worker.js, createRequire resolve beside it).
    define: { 'import.meta.url': '__factexImportMetaUrl' },
    banner: { js: "var __factexImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [lazyChildProcess],
    logLevel: 'warning',
  });
  writeFileSync(cjs, asciiOnly(readFileSync(cjs, 'utf8')));
} catch (e) {
  if (e?.errors === undefined) console.error(`bundle: ${e?.message ?? e}`); // esbuild prints its own errors
  process.exitCode = 1;
}

if (process.exitCode !== 1) warmUp();

/**
 * `source` with each non-ASCII UTF-16 code unit written `\uXXXX`. esbuild
 * already escapes strings and templates (charset ascii); what is left is in
 * regex literals, where `\uXXXX` means the same character, in a class or
 * not, with or without the `u` flag (a surrogate pair stays a pair).
 * @throws when such a character follows a backslash (an identity escape that
 *   `\uXXXX` would break), so that a bundle is never silently changed.
 */
function asciiOnly(source) {
  return source.replace(/[^\x00-\x7f]/g, (ch, at) => {
    let slashes = 0;
    for (let i = at - 1; i >= 0 && source[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 1) throw new Error(`cli.cjs: a non-ASCII character after a backslash at offset ${at}; cannot escape it safely`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Runs the CLI once on the seed articles so that it writes its code cache (see the module comment). */
function warmUp() {
  const articles = ['fixtures/articles/seed-fr/article.txt', 'fixtures/articles/seed-en/article.txt'].map((a) => join(ROOT, a));
  if (!articles.every((a) => existsSync(a))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'factex.js'), '--format', 'json', '--concurrency', '1', '--quiet', ...articles], {
    // Without NODE_OPTIONS: the cache is keyed by it, and made for the usual run (a run with other options writes its own).
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', FACTEX_CODE_CACHE: '1' },
  });
  if (r.status !== 0) console.error(`bundle: the warm-up run failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0] ?? ''}`);
}
