#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/cli/bin.js and its worker, dist/cli/worker.js)
 * into dist/bundle/ with esbuild: a handful of files instead of about 110
 * modules (ours and commander's, chalk's, franc's), which Node loads in
 * about 40 ms less at every start. Run after `tsc` (`npm run build` does
 * both); bin/factex.js uses the bundle when it is as new as dist/cli/bin.js.
 *
 * Code loaded only on demand stays in chunks of its own (HTML support, the
 * summary format, batch mode and the worker pool), as the dynamic imports
 * of the modules say. Packages loaded through `require` at run time
 * (linkedom, Readability, chrono, iconv-lite, cli-progress, picomatch…) are
 * not bundled: they resolve from node_modules as before.
 *
 * Exit codes: 0 done, 1 esbuild failed (its message on stderr).
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

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
    logLevel: 'warning',
  });
} catch {
  process.exitCode = 1; // esbuild has printed why
}
