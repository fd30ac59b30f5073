#!/usr/bin/env node
// factex command line. Runs the bundled CLI (dist/bundle/bin.js, built by
// `npm run build`: one file instead of ~110 modules, a faster start) when it
// is at least as new as the compiled modules, else the modules themselves
// (dist/cli/bin.js, e.g. after a bare `tsc`), so a stale bundle never runs.
import { statSync } from 'node:fs';

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/bin.js') >= mtime('../dist/cli/bin.js');
await import(bundled ? '../dist/bundle/bin.js' : '../dist/cli/bin.js');
