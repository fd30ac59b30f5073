#!/usr/bin/env node
// factex command line. Runs the bundled CLI (dist/bundle/bin.js, built by
// `npm run build`: one file instead of ~110 modules, a faster start) when it
// is at least as new as the compiled modules, else the modules themselves
// (dist/cli/bin.js, e.g. after a bare `tsc`), so a stale bundle never runs.
// Neither present (installed with --ignore-scripts, dist/ deleted): one line, exit 70.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = mtime('../dist/bundle/bin.js');
const modules = mtime('../dist/cli/bin.js');
if (bundle < 0 && modules < 0) {
  process.stderr.write(`factex: not built: ${fileURLToPath(new URL('../dist/', import.meta.url))} is missing; run npm ci (or npm run build) in the factex folder\n`);
  process.exit(70);
}
await import(bundle >= modules ? '../dist/bundle/bin.js' : '../dist/cli/bin.js');
