/**
 * Linear time on pathological input: each input of `helpers/pathological.ts`
 * (about 1 MB; 2 MB for the single line; 10 000 levels for nested HTML) must
 * give a valid result (every evidence span slices its text, see
 * `resultProblems`) and its time must grow linearly with its size. The
 * ordinary article (the seed corpus repeated) must scale linearly too.
 *
 * This is a complexity check, not a speed target: speed targets (the 5×
 * bound against an ordinary article of the same size, the 1 s per 100 KB
 * budget) are measured by `npm run bench:pathological` (also run by
 * `npm run bench`), where a slow machine or a busy CI runner cannot fail a
 * build. Each input is run at 1/4096, 1/512, 1/64, 1/8 of its size and at
 * full size; when the CPU time of one stage (process.cpuUsage: other jobs on
 * the machine do not count) is over 24× the CPU time of the stage before
 * (linear is 8×, quadratic 64×) and over 100 ms, both stages are run again
 * and the best times compared, so one GC pause or a scheduling hiccup
 * on a loaded machine does not fail the test; a case still over 24× fails
 * as super-linear, before the full size can hang the run.
 *
 * Environment: `PATHO_SCALE` (default 1) multiplies every size, e.g. 0.25
 * for a quick local run. `PATHO_REPORT=<file>` writes the measured table
 * (JSON) there.
 */
import { writeFileSync } from 'node:fs';
import type { extract as extractFn } from '../src/extract.js';
import { ordinaryText, seedArticles } from './helpers/corpus.js';
import { resultProblems, timed } from './helpers/invariants.js';
import { ordinaryHtml, PATHOLOGICAL_CASES } from './helpers/pathological.js';
import {
  captureConstructed, confirm, constructorSites, type Confirmation, literalRegexes, probeRegex, sourceFiles, staticRisks, type FoundRegex,
} from './helpers/regex-audit.js';

const SCALE = Number(process.env.PATHO_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`PATHO_SCALE must be a positive number, got ${process.env.PATHO_SCALE}`);
/** Growth between two stages (size × 8) above which a case is super-linear: linear is 8, quadratic 64. */
const SUPERLINEAR_GROWTH = 24;
/** Stage times under this many milliseconds are not compared: timer and GC noise dominate. */
const NOISE_FLOOR_MS = 100;

/** `extract`, imported in `beforeAll` once `RegExp` is wrapped (see the regex audit below). */
let extract: typeof extractFn;
const run = (input: string) => extract(input, { includeText: true });
/** Regexes of src/: literals, and those built by `new RegExp` while the modules load and run. */
let literals: FoundRegex[] = [];
let constructed: FoundRegex[] = [];

interface Row { name: string; sizes: number[]; ms: number[]; growth: number[] }
const rows: Row[] = [];

/**
 * Times `make(size)` at `sizes` (each 8× the one before), re-timing a pair of
 * stages whose growth looks super-linear; throws `Error` naming `name` and
 * `why` when the growth stays over SUPERLINEAR_GROWTH. Returns the row and
 * the result at the last size.
 */
function growthOf(name: string, why: string, make: (size: number) => string, sizes: number[]): { row: Row; result: ReturnType<typeof run>; input: string } {
  const ms: number[] = [];
  const growth: number[] = [];
  let result: ReturnType<typeof run> | undefined;
  let input = '';
  for (let i = 0; i < sizes.length; i++) {
    input = make(sizes[i]);
    const current = input;
    ms.push(cpuOf(() => { result = run(current); }));
    if (i === 0) continue;
    let g = ms[i] / Math.max(ms[i - 1], 1);
    if (g > SUPERLINEAR_GROWTH && ms[i] > NOISE_FLOOR_MS) {
      // A GC pause or a busy machine? Best of two for both stages before judging.
      const previous = make(sizes[i - 1]);
      ms[i - 1] = Math.min(ms[i - 1], cpuOf(() => run(previous)));
      ms[i] = Math.min(ms[i], cpuOf(() => run(current)));
      g = ms[i] / Math.max(ms[i - 1], 1);
      if (g > SUPERLINEAR_GROWTH && ms[i] > NOISE_FLOOR_MS) {
        throw new Error(`${name}: super-linear — ${sizes[i]} code units take ${ms[i].toFixed(0)} ms of CPU, ${g.toFixed(1)}× the ${ms[i - 1].toFixed(0)} ms of ${sizes[i - 1]} code units (linear is 8×; ${why})`);
      }
    }
    growth.push(g);
  }
  return { row: { name, sizes, ms, growth }, result: result!, input };
}

/**
 * CPU milliseconds of this process spent in `fn` (user + system): unlike wall time, not stretched when other jobs
 * share the machine (a new-user trial saw a wall-time growth of 43× under a load average of 57).
 */
const cpuOf = (fn: () => unknown): number => timed(fn).cpuMs;

/** Sizes 1/4096, 1/512, 1/64, 1/8 and all of `full`. */
const stages = (full: number) => [4096, 512, 64, 8, 1].map((d) => Math.max(1, Math.round(full / d)));

beforeAll(async () => {
  // Load every module of src/ (but the process entry point) with RegExp wrapped, so regexes built
  // from lexicons at load time are recorded; then run articles (text and HTML) for those built lazily.
  const files = sourceFiles('src');
  const capture = captureConstructed();
  try {
    for (const f of files) if (!f.endsWith('bin.ts')) await import(`../${f.replace(/\.ts$/, '.js')}`);
    ({ extract } = await import('../src/extract.js'));
    for (const a of seedArticles()) run(a.text); // also the warm-up: lexicon compilation, JIT
    run(ordinaryHtml(20_000));
    for (const c of PATHOLOGICAL_CASES) run(c.make(2000));
  } finally {
    constructed = capture.stop();
  }
  literals = literalRegexes(files);
}, 120_000);

afterAll(() => {
  if (rows.length === 0) return;
  const table = rows.map((r) => `${r.name.padEnd(36)} ${String(r.sizes[r.sizes.length - 1]).padStart(8)}  ${r.ms[r.ms.length - 1].toFixed(0).padStart(7)} ms CPU  growth per ×8: ${r.growth.map((g) => g.toFixed(1)).join(', ')}`);
  // One table, so a CI log shows every figure even when all pass (speed against an ordinary article: npm run bench:pathological).
  console.log(`pathological inputs (PATHO_SCALE=${SCALE})\n${table.join('\n')}`);
  if (process.env.PATHO_REPORT) writeFileSync(process.env.PATHO_REPORT, JSON.stringify({ scale: SCALE, rows }, null, 2));
});

describe('ordinary articles scale linearly', () => {
  test.each([
    ['plain text', Math.round(1_000_000 * SCALE), false],
    ['HTML', Math.round(130_000 * SCALE), true],
  ])('%s: 1/8 size then full size (%i code units)', (name, size, html) => {
    const make = (n: number) => (html ? ordinaryHtml(n) : ordinaryText(n));
    const { row, result, input } = growthOf(`ordinary ${name}`, 'an ordinary article', make, [Math.round(size / 8), size]);
    rows.push(row);
    expect(resultProblems(result, input)).toEqual([]);
    expect(result.metrics.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('pathological inputs: valid output, linear growth', () => {
  test.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const full = Math.round((c.size ?? 1_000_000) * SCALE);
    const { row, result, input } = growthOf(c.name, c.why, c.make, stages(full));
    rows.push(row);
    expect(input.length).toBeGreaterThan(full * 0.5);
    expect(resultProblems(result, input)).toEqual([]);
  }, 300_000);
});

/**
 * Regexes whose super-linear worst case cannot be reached from the text,
 * with the reason (the input they run on is bounded). Keyed by
 * `<file>|<source>`. Keep it short: a fix is better than an entry.
 */
const BOUNDED_INPUT: ReadonlyMap<string, string> = new Map([
  [String.raw`src/input/metadata.ts|\s*(?:,|;|&|\band\b|\bet\b|\bund\b)\s*`, 'author strings go through clean(), which folds every white-space run to one space'],
  [String.raw`src/input/metadata.ts|\s+(?:\||-|–|—|::|·|»)\s+`, 'titles go through clean(), which folds every white-space run to one space'],
  [String.raw`src/input/metadata.ts|\s+(?:\||-|–|—|::|·|»)\s*$`, 'titles go through clean(), which folds every white-space run to one space'],
]);

describe('regex audit: every regex of src/ matches in linear time', () => {
  test('pump strings at 256 and 2 048 code units (then 10 KB and 100 KB for the flagged ones)', () => {
    const byKey = new Map<string, FoundRegex>();
    for (const r of [...literals, ...constructed]) {
      const key = `${r.flags.replace(/[gy]/g, '')}/${r.source}`;
      if (!byKey.has(key)) byKey.set(key, r);
    }
    const all = [...byKey.values()];
    expect(literals.length).toBeGreaterThan(0);
    const rows: object[] = [];
    const flagged: string[] = [];
    for (const r of all) {
      if (process.env.REGEX_AUDIT_TRACE) writeFileSync(process.env.REGEX_AUDIT_TRACE, `${r.where} /${r.source}/${r.flags}\n`, { flag: 'a' });
      let re: RegExp;
      try { re = new RegExp(r.source, r.flags); } catch (e) { flagged.push(`${r.where}: /${r.source}/${r.flags} does not compile: ${(e as Error).message}`); continue; }
      const risks = staticRisks(r.source);
      const p = probeRegex(re);
      const row: Record<string, unknown> = { ...r, risks, superLinear: p.superLinear, unit: p.unit, growth: p.growth, times: p.times };
      if (p.superLinear) {
        row.confirm = confirm(re, p.unit, p);
        const allowed = BOUNDED_INPUT.get(`${r.where.replace(/:\d+$/, '')}|${r.source}`);
        if (allowed) row.allowed = allowed;
        else flagged.push(`${r.where}${r.origin === 'constructed' ? ' (new RegExp; line in the transpiled module)' : ''}: /${r.source.length > 200 ? `${r.source.slice(0, 200)}…` : r.source}/${r.flags} [${risks.join(', ') || 'no static flag'}] — ` +
          `${JSON.stringify(p.unit)} repeated: ${p.times.map((t) => t.toFixed(2)).join(', ')} ms at ${[8, 12, 16, 20, 24, 28, 256, 2048].slice(0, p.times.length).join(', ')} code units; ` +
          `10 KB / 100 KB: ${(row.confirm as Confirmation[]).map((c) => `${c.projected ? '≈' : ''}${c.ms.toFixed(0)} ms`).join(' / ')}`);
      }
      rows.push(row);
    }
    if (process.env.REGEX_AUDIT_REPORT) {
      writeFileSync(process.env.REGEX_AUDIT_REPORT, JSON.stringify({
        literals: literals.length, constructed: constructed.length, distinct: all.length,
        constructorSites: constructorSites(sourceFiles('src')), regexes: rows,
      }, null, 2));
    }
    expect(flagged).toEqual([]);
  }, 300_000);
});
