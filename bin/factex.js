#!/usr/bin/env node
// factex command line. Runs, from the newest build that is at least as new as the
// compiled modules (dist/cli/bin.js), so that a stale bundle never runs:
// 1. dist/bundle/cli.cjs, the whole CLI in one CommonJS file, through a V8 code
//    cache (dist/cli/code-cache.js: the functions compiled by an earlier run are
//    read back instead of parsed and compiled again; a missing, stale or rejected
//    cache only means compiling from source);
// 2. else dist/bundle/bin.js, the same CLI as ES module chunks;
// 3. else the compiled modules themselves (dist/cli/bin.js, e.g. after a bare `tsc`).
// Nothing built (installed with --ignore-scripts, dist/ deleted): one line, exit 70.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const mtime = (rel) => statSync(path(rel), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const modules = mtime('../dist/cli/bin.js');
const cjs = mtime('../dist/bundle/cli.cjs');
const esm = mtime('../dist/bundle/bin.js');
if (cjs < 0 && esm < 0 && modules < 0) {
  process.stderr.write(`factex: not built: ${path('../dist/')} is missing; run npm ci (or npm run build) in the factex folder\n`);
  process.exit(70);
}
if (cjs >= 0 && cjs >= modules && mtime('../dist/cli/code-cache.js') >= 0) {
  const { runWithCodeCache, CLI_V8_FLAGS } = await import('../dist/cli/code-cache.js');
  // The V8 flags src/cli/bin.ts sets: set before compiling, or V8 would refuse a cache made under them.
  runWithCodeCache({ bundle: path('../dist/bundle/cli.cjs'), v8Flags: CLI_V8_FLAGS, memos: ['prefilter', 'alternation', 'gazetteer'] });
} else {
  await import(esm >= 0 && esm >= modules ? '../dist/bundle/bin.js' : '../dist/cli/bin.js');
}
