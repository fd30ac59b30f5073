/**
 * Linear time on pathological input: each input of `helpers/pathological.ts`
 * (about 1 MB; 2 MB for the single line; 10 000 levels for nested HTML) must
 * be processed by `extract()` in at most 5× the time of an ordinary article
 * of the same size (the seed corpus repeated), and the ordinary article
 * itself must scale linearly and stay within 1 s per 100 KB.
 *
 * Times are process.hrtime, best of 2 runs at full size. Each input is
 * first run at 1/64 and 1/8 of its size: when the time grows much faster
 * than the size, the test fails early with the projected full-size time
 * instead of hanging on a quadratic (or worse) case.
 *
 * Environment: `PATHO_SCALE` (default 1) multiplies every size, e.g. 0.25
 * for a quick local run. `PATHO_REPORT=<file>` writes the measured table
 * (JSON) there.
 */
import { writeFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
import { ordinaryText, seedArticles } from './helpers/corpus.js';
import { bestOf, budgetMs, resultProblems } from './helpers/invariants.js';
import { ordinaryHtml, PATHOLOGICAL_CASES } from './helpers/pathological.js';

const SCALE = Number(process.env.PATHO_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`PATHO_SCALE must be a positive number, got ${process.env.PATHO_SCALE}`);
/** Largest allowed slowdown against the same-size ordinary article. */
const MAX_RATIO = 5;
/**
 * Times under this many milliseconds are compared as this value: below
 * it, timer and GC noise dominate and a ratio means nothing.
 */
const NOISE_FLOOR_MS = 25;
/** Growth between two stages (size × 8) above which a case is super-linear: linear is 8, quadratic 64. */
const SUPERLINEAR_GROWTH = 24;

const run = (input: string) => extract(input, { includeText: true });

const baselines = new Map<string, number>();
/** Best-of-2 time of the ordinary text (or HTML) of `size`, cached. */
function baseline(size: number, html: boolean): number {
  const key = `${html ? 'html' : 'text'}:${size}`;
  let t = baselines.get(key);
  if (t === undefined) {
    const input = html ? ordinaryHtml(size) : ordinaryText(size);
    t = bestOf(2, () => run(input));
    baselines.set(key, t);
  }
  return t;
}

interface Row { name: string; size: number; ms: number; baselineMs: number; ratio: number; growth: number[] }
const rows: Row[] = [];

beforeAll(() => {
  for (const a of seedArticles()) run(a.text); // warm-up: module loading, lexicon compilation, JIT
});

afterAll(() => {
  if (rows.length === 0) return;
  const table = rows.map((r) => `${r.name.padEnd(36)} ${String(r.size).padStart(8)}  ${r.ms.toFixed(0).padStart(7)} ms  ×${r.ratio.toFixed(2).padStart(5)} of ordinary (${r.baselineMs.toFixed(0)} ms)  growth per ×8: ${r.growth.map((g) => g.toFixed(1)).join(', ')}`);
  // One table, so a CI log shows every figure even when all pass.
  console.log(`pathological inputs (PATHO_SCALE=${SCALE})\n${table.join('\n')}`);
  if (process.env.PATHO_REPORT) writeFileSync(process.env.PATHO_REPORT, JSON.stringify({ scale: SCALE, rows, baselines: Object.fromEntries(baselines) }, null, 2));
});

describe('ordinary articles scale linearly', () => {
  test.each([
    ['plain text', false, Math.round(1_000_000 * SCALE)],
    ['HTML', true, Math.round(130_000 * SCALE)],
  ])('%s: 1/8 size then full size (%i code units)', (_, html, size) => {
    const small = baseline(Math.round(size / 8), html);
    const full = baseline(size, html);
    expect(full).toBeLessThanOrEqual(budgetMs(size));
    // 8× the size may cost at most 2.5 × 8× the time (n log n and cache effects allowed, n² not).
    expect(Math.max(full, NOISE_FLOOR_MS) / Math.max(small, NOISE_FLOOR_MS / 8)).toBeLessThanOrEqual(8 * 2.5);
  }, 120_000);
});

describe(`pathological inputs run within ${MAX_RATIO}× an ordinary article of the same size`, () => {
  test.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const full = Math.round((c.size ?? 1_000_000) * SCALE);
    const html = c.html ?? false;
    const base = baseline(full, html);
    const limit = MAX_RATIO * Math.max(base, NOISE_FLOOR_MS);
    const growth: number[] = [];
    // Stages at 1/64 and 1/8: catch super-linear growth before the full size can hang the run.
    let prev = 0;
    for (const [k, size] of [[2, Math.round(full / 64)], [1, Math.round(full / 8)]] as const) {
      const input = c.make(size);
      const t = bestOf(1, () => run(input));
      if (prev > 0) {
        const g = t / Math.max(prev, NOISE_FLOOR_MS / 8);
        growth.push(g);
        const projected = t * g ** k;
        if (g > SUPERLINEAR_GROWTH && projected > limit) {
          throw new Error(`${c.name}: super-linear — ${size} code units take ${t.toFixed(0)} ms, ${g.toFixed(1)}× the time of 1/8 the size; ` +
            `projected ${(projected / 1000).toFixed(1)} s at ${full} code units against ${limit.toFixed(0)} ms allowed (${c.why})`);
        }
      }
      prev = t;
    }
    const input = c.make(full);
    let result: ReturnType<typeof run> | undefined;
    const t = bestOf(2, () => { result = run(input); });
    growth.push(t / Math.max(prev, NOISE_FLOOR_MS / 8));
    const ratio = Math.max(t, NOISE_FLOOR_MS) / Math.max(base, NOISE_FLOOR_MS);
    rows.push({ name: c.name, size: input.length, ms: t, baselineMs: base, ratio, growth });
    expect(resultProblems(result!, input)).toEqual([]);
    if (ratio > MAX_RATIO) {
      throw new Error(`${c.name}: ${t.toFixed(0)} ms for ${input.length} code units, ${ratio.toFixed(1)}× the ${base.toFixed(0)} ms of an ordinary ${html ? 'page' : 'article'} of that size (allowed ${MAX_RATIO}×; ${c.why})`);
    }
  }, 300_000);
});
