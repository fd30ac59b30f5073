#!/usr/bin/env node
/**
 * `npm run eval` — prints the shared scorer's table for three gold sets:
 *   (a) the dev set          ../shared/gold/dev
 *   (b) our tuning half      fixtures/gold/tune
 *   (c) our untouched half   fixtures/gold/test   (report it; never tune on it)
 *
 * Each table comes from ../shared/eval/score.mjs (paths relative to the
 * project root) run as
 *   node ../shared/eval/score.mjs --gold DIR [--explain] -- node bin/factex.js --format json
 * so the figures are exactly those the reviewers compute.
 *
 * Usage: node scripts/eval.mjs [--explain]
 *   --explain  passed through to the scorer: lists every missed, extra and
 *              mis-attributed item under each table.
 *
 * Builds nothing: run `npm run build` first. If dist/ is missing, it runs
 * `npm run build` once (type errors are reported but do not stop the
 * evaluation, since tsc still emits).
 *
 * The project must stand alone: when ../shared/eval/score.mjs is absent this
 * prints one plain line saying so and exits 0. A gold folder that is absent
 * is reported and skipped, and so is one holding no `.gold.json` file
 * (the scorer would print a perfect table for zero articles). Exit status: 0, unless the scorer itself fails to
 * run (its own non-zero exit is passed on).
 */
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

/** Gold sets to score, in order: [header, folder relative to the project root]. */
const SETS = [
  ['dev set (../shared/gold/dev)', join('..', 'shared', 'gold', 'dev')],
  ['tuning half (fixtures/gold/tune)', join('fixtures', 'gold', 'tune')],
  ['untouched half (fixtures/gold/test)', join('fixtures', 'gold', 'test')],
];

const argv = process.argv.slice(2);
const unknown = argv.filter((a) => a !== '--explain');
if (unknown.length) {
  console.error(`eval: unknown argument ${unknown[0]} (usage: npm run eval [-- --explain])`);
  process.exit(2);
}
const explain = argv.includes('--explain');

if (!existsSync(scorer)) {
  console.log('../shared/eval/score.mjs not found: npm run eval needs the shared evaluation kit beside the project');
  process.exit(0);
}

if (!existsSync(join(root, 'dist', 'cli', 'bin.js'))) {
  console.log('dist/ missing: running npm run build');
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

let status = 0;
for (const [header, dir] of SETS) {
  console.log(`\n== ${header} ==`);
  if (!existsSync(join(root, dir))) {
    console.log(`${dir} not found: skipped`);
    continue;
  }
  if (!readdirSync(join(root, dir)).some((name) => name.endsWith('.gold.json'))) {
    console.log(`${dir} holds no .gold.json file: skipped`);
    continue;
  }
  const args = [scorer, '--gold', dir, ...(explain ? ['--explain'] : []), '--', process.execPath, 'bin/factex.js', '--format', 'json'];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.error) {
    console.log(`scorer did not run: ${run.error.message}`);
    status = 1;
  } else if (run.signal) {
    console.log(`scorer stopped by ${run.signal}`);
    status = 1;
  } else if (run.status !== 0) {
    console.log(`scorer exited with status ${run.status}`);
    status = run.status ?? 1;
  }
}
process.exit(status);
