#!/usr/bin/env node
/**
 * Soak run of the hostile-input properties: runs `test/fuzz.test.ts` (the
 * same properties CI runs, see that file) with many more cases, collecting
 * every failure instead of stopping at the first, then prints the figures:
 * cases, failures, the slowest extraction (CPU ms, and wall ms), and the
 * slowest in CPU ms per 100 KB (inputs under 100 KB count as 100 KB, so the
 * budget is 1000 ms on that scale). CLI runs are timed on the wall clock.
 *
 * Usage: npm run soak -- [--seed N] [--runs N] [--cli-runs N] [--only TEXT] [--no-build]
 *   --seed      base seed (default: 20261130, the CI seed; use another to explore)
 *   --runs      library cases in all (default 10000)
 *   --cli-runs  CLI invocations (default 100)
 *   --only      run only the properties whose name contains TEXT ("html", "cli"…)
 *   --no-build  skip `tsc` (the CLI cases need an up-to-date dist/)
 *
 * Exit code: 0 when every case passed, 1 when some failed, 2 on bad flags.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HELP = 'usage: npm run soak -- [--seed N] [--runs N] [--cli-runs N] [--only TEXT] [--no-build]';

/** Parses the flags into { seed, runs, cliRuns, build, only }; exits 2 on a bad flag. */
function parseArgs(argv) {
  const opts = { seed: 20261130, runs: 10000, cliRuns: 100, build: true, only: '' };
  const names = { '--seed': 'seed', '--runs': 'runs', '--cli-runs': 'cliRuns' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { console.log(HELP); process.exit(0); }
    if (a === '--no-build') { opts.build = false; continue; }
    if (a === '--only' || a.startsWith('--only=')) { opts.only = a.includes('=') ? a.slice(7) : argv[++i] ?? ''; continue; }
    const [flag, inline] = a.split('=', 2);
    if (!(flag in names)) { console.error(`soak: unknown flag ${a}\n${HELP}`); process.exit(2); }
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) { console.error(`soak: ${flag} needs a non-negative integer, got ${value}`); process.exit(2); }
    opts[names[flag]] = n;
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (opts.build) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (tsc.status !== 0) console.error('soak: tsc reported errors (dist/ was still emitted); carrying on');
}

const dir = mkdtempSync(join(tmpdir(), 'factex-soak-'));
const statsFile = join(dir, 'stats.json');
const started = Date.now();
const jest = spawnSync(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', 'test/fuzz.test.ts', '--colors=false'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    FUZZ_SEED: String(opts.seed),
    FUZZ_RUNS: String(opts.runs),
    FUZZ_CLI_RUNS: String(opts.cliRuns),
    FUZZ_COLLECT: '1',
    FUZZ_ONLY: opts.only,
    FUZZ_STATS: statsFile,
  },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);

let report;
try {
  report = JSON.parse(readFileSync(statsFile, 'utf8'));
} catch {
  console.error(`soak: no figures were written (jest exit ${jest.status}); see the output above`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });

const rows = Object.entries(report.properties);
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(`\nfactex soak — seed ${report.seed}, ${report.runs} library cases, ${report.cliRuns} CLI runs, ${seconds} s`);
console.log(`${pad('property', 62)}${num('cases', 7)}${num('failures', 10)}${num('max cpu ms', 12)}${num('max wall ms', 13)}${num('max ms/100KB', 14)}${num('max size', 10)}${num('MB/s', 7)}`);
let cases = 0;
let failures = 0;
let worst = 0;
for (const [name, s] of rows) {
  cases += s.cases;
  failures += s.failures;
  const isCli = name.startsWith('CLI');
  if (!isCli) worst = Math.max(worst, s.maxMsPer100k);
  const mbps = !isCli && s.totalMs > 0 ? (s.totalLength / 1e6 / (s.totalMs / 1000)).toFixed(1) : '';
  console.log(`${pad(name.slice(0, 60), 62)}${num(s.cases, 7)}${num(s.failures, 10)}${num(isCli ? '' : s.maxMs.toFixed(0), 12)}${num((s.maxWallMs ?? s.maxMs).toFixed(0), 13)}${num(isCli ? '' : s.maxMsPer100k.toFixed(0), 14)}${num(isCli ? '' : s.maxLength, 10)}${num(mbps, 7)}`);
}
console.log(`${pad('total', 62)}${num(cases, 7)}${num(failures, 10)}${num('', 12)}${num('', 13)}${num(worst.toFixed(0), 14)}`);
for (const [name, s] of rows) {
  for (const ex of s.examples) console.log(`\n✗ ${name}\n${ex}`);
}
process.exit(failures > 0 || jest.status !== 0 ? 1 : 0);
