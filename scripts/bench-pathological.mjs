#!/usr/bin/env node
/**
 * Speed on pathological input (`npm run bench:pathological`, also run at the
 * end of `npm run bench`): each input of `test/helpers/pathological.ts`
 * (about 1 MB of text; 2 MB for the single line; 10 000 levels of nested
 * HTML), timed through `extract()` of the built library (dist/), against an
 * ordinary article of the same size (the fuzz seed articles repeated; HTML
 * cases against the same text as `<p>` elements).
 *
 * Targets (issue "pathological input", reported, never hidden): each case
 * within 5× the ordinary article of its size; the ordinary article within
 * 1 s of CPU per 100 KB (1.5 s for HTML, which also pays DOM parsing and
 * Readability). `npm test` checks the same inputs for valid output and
 * linear growth only: a busy CI runner must not fail a build on a speed
 * figure.
 *
 * Times: best of 2 runs (one run when over 5 s), process.hrtime wall time
 * and process.cpuUsage CPU time, after a warm-up on the seed articles.
 * Options: `--scale X` multiplies every size (e.g. 0.25 for a quick run);
 * `--json FILE` writes the table there (default bench/results/pathological.json).
 *
 * Exit codes: 0 measured (a missed target is printed as MISSED, not an
 * error); 1 the build or the helper bundle failed.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const SCALE = Number(arg('--scale') ?? 1);
if (!(SCALE > 0)) { console.error(`bench:pathological: --scale must be a positive number, got ${arg('--scale')}`); process.exit(1); }
const OUT = resolve(arg('--json') ?? join(ROOT, 'bench', 'results', 'pathological.json'));
const MAX_RATIO = 5;
const NOISE_FLOOR_MS = 25;

if (!existsSync(join(ROOT, 'dist', 'extract.js'))) {
  console.error('bench:pathological: dist/ is missing — run `npm run build` first');
  process.exit(1);
}
process.chdir(ROOT); // the helpers read fixtures/fuzz relative to the project root

// The input generators are TypeScript test helpers: bundle them (esbuild, a dev dependency) into a temporary module.
const work = mkdtempSync(join(tmpdir(), 'factex-patho-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const helpers = join(work, 'pathological.mjs');
try {
  await build({
    stdin: { contents: "export * from './test/helpers/pathological.ts';\nexport { ordinaryText, seedArticles } from './test/helpers/corpus.ts';\nexport { budgetMs, timed } from './test/helpers/invariants.ts';\n", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile: helpers, logLevel: 'silent',
  });
} catch (e) {
  console.error(`bench:pathological: cannot bundle the input generators of test/helpers/: ${String(e.message ?? e).split('\n')[0]}`);
  process.exit(1);
}
const { PATHOLOGICAL_CASES, budgetMs, ordinaryHtml, ordinaryText, seedArticles, timed } = await import(pathToFileURL(helpers).href);
const { extract } = await import(pathToFileURL(join(ROOT, 'dist', 'extract.js')).href);

const run = (input) => extract(input, { includeText: true });
/** Best of 2 (one run when the first takes over 5 s). */
function best(input) {
  let r = timed(() => run(input));
  if (r.ms < 5000) { const s = timed(() => run(input)); r = { ms: Math.min(r.ms, s.ms), cpuMs: Math.min(r.cpuMs, s.cpuMs) }; }
  return r;
}

for (const a of seedArticles()) run(a.text); // warm-up: lexicons, regex compilation, JIT
run(ordinaryHtml(20_000));

const baselines = new Map();
function baseline(size, html) {
  const key = `${html ? 'html' : 'text'}:${size}`;
  if (!baselines.has(key)) baselines.set(key, { size, html, ...best(html ? ordinaryHtml(size) : ordinaryText(size)) });
  return baselines.get(key);
}

const rows = [];
for (const c of PATHOLOGICAL_CASES) {
  const size = Math.round((c.size ?? 1_000_000) * SCALE);
  const html = c.html ?? false;
  const base = baseline(size, html);
  const input = c.make(size);
  const t = best(input);
  const ratio = Math.max(t.ms, NOISE_FLOOR_MS) / Math.max(base.ms, NOISE_FLOOR_MS);
  rows.push({ name: c.name, size: input.length, ms: Math.round(t.ms), cpuMs: Math.round(t.cpuMs), baselineMs: Math.round(base.ms), ratio: Math.round(ratio * 100) / 100, verdict: ratio <= MAX_RATIO ? 'met' : 'MISSED' });
}
const ordinary = [...baselines.values()].map((b) => {
  const budget = budgetMs(b.size) * (b.html ? 1.5 : 1);
  return { input: `ordinary ${b.html ? 'HTML' : 'text'}`, size: b.size, ms: Math.round(b.ms), cpuMs: Math.round(b.cpuMs), budgetMs: Math.round(budget), verdict: b.cpuMs <= budget ? 'met' : 'MISSED' };
});

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), node: process.version, scale: SCALE, maxRatio: MAX_RATIO, ordinary, cases: rows }, null, 2) + '\n');

console.log(`pathological inputs (scale ${SCALE}): time against an ordinary article of the same size, target ≤ ${MAX_RATIO}×`);
for (const r of rows) console.log(`  ${r.name.padEnd(40)} ${String(r.size).padStart(8)} cu ${String(r.ms).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(5)}× of ${r.baselineMs} ms  ${r.verdict}`);
console.log('ordinary articles: CPU against 1 s per 100 KB (1.5 s for HTML)');
for (const o of ordinary) console.log(`  ${o.input.padEnd(40)} ${String(o.size).padStart(8)} cu ${String(o.cpuMs).padStart(7)} ms CPU of ${o.budgetMs} ms  ${o.verdict}`);
const missed = rows.filter((r) => r.verdict !== 'met').length + ordinary.filter((o) => o.verdict !== 'met').length;
console.log(`${missed === 0 ? 'all targets met' : `${missed} target(s) MISSED`} — JSON: ${relative(process.cwd(), OUT)}`);
