#!/usr/bin/env node
/**
 * `npm run eval` — prints the shared scorer's table for four gold sets:
 *   (a) the dev set          ../shared/gold/dev
 *   (b) our tuning half      fixtures/gold/tune
 *   (c) our untouched half   fixtures/gold/test   (report it; never tune on it)
 *   (d) the same untouched articles annotated a second time, blind and
 *       independently             fixtures/gold/test-b  (same rule as (c))
 * and, last, the agreement between the two annotations of the untouched half
 * (test-b scored as if it were an extractor's output against test, through
 * scripts/gold-as-output.mjs): how far an extractor can be expected to agree
 * with one annotator when two careful annotators agree this much.
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
  ['untouched half, second annotation (fixtures/gold/test-b)', join('fixtures', 'gold', 'test-b')],
];

/** Agreement tables: [header, gold folder, folder of the annotation scored as output]. */
const AGREEMENT = [
  ['agreement of the two annotations of the untouched half (test-b scored against test)', join('fixtures', 'gold', 'test'), join('fixtures', 'gold', 'test-b')],
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
  status = score([scorer, '--gold', dir, ...(explain ? ['--explain'] : []), '--', process.execPath, 'bin/factex.js', '--format', 'json']) || status;
}
for (const [header, gold, other] of AGREEMENT) {
  console.log(`\n== ${header} ==`);
  if (![gold, other].every((dir) => existsSync(join(root, dir)))) {
    console.log(`${gold} or ${other} not found: skipped`);
    continue;
  }
  status = score([scorer, '--gold', gold, '--', process.execPath, join('scripts', 'gold-as-output.mjs'), '--from', other]) || status;
}
process.exit(status);

/**
 * Runs the scorer with `args` (its output goes straight to ours).
 * @returns 0, or the status to exit with when the scorer did not run or failed.
 */
function score(args) {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.error) {
    console.log(`scorer did not run: ${run.error.message}`);
    return 1;
  }
  if (run.signal) {
    console.log(`scorer stopped by ${run.signal}`);
    return 1;
  }
  if (run.status !== 0) {
    console.log(`scorer exited with status ${run.status}`);
    return run.status ?? 1;
  }
  return 0;
}
