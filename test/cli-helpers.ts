/**
 * Helpers for the CLI tests: spawn the built bin (`node bin/factex.js`,
 * built by `npm test`'s `pretest`) with a scrubbed environment, and make
 * temporary article trees.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root (tests run from it). */
export const ROOT = resolve('.');
/** The launcher under test. */
export const BIN = join(ROOT, 'bin', 'factex.js');

/** Fails clearly when the build is missing (run `npx tsc -p tsconfig.json` or `npm test`). */
export function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'bin.js'))) throw new Error('dist/ is missing: run `npm test` (pretest builds) or `npx tsc -p tsconfig.json` first');
}

/** A minimal environment: no colour variables, no NODE_OPTIONS, no CI hints, unless given. */
export function scrubbedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir(), LANG: 'C.UTF-8', TERM: 'dumb', ...extra };
}

/** Result of one run: stdout, stderr and exit code, separately. */
export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs factex synchronously with `args`, optional stdin text and extra environment. */
export function factex(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '', env: scrubbedEnv(opts.env), cwd: opts.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, signal: r.signal };
}

/** Same as {@link factex}, asynchronous (lets jest run other work meanwhile). */
export function factexAsync(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: scrubbedEnv(opts.env), cwd: opts.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', rej);
    child.on('close', (code, signal) => res({ stdout, stderr, code, signal }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'factex-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

/** Every file under `root`, relative, `/`-separated, sorted. */
export function listTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  if (existsSync(root)) walk(root, '');
  return out.sort();
}

/** The repository's fixture articles (`fixtures/articles/<slug>/article.*`), sorted. */
export function fixtureArticles(): string[] {
  const dir = join(ROOT, 'fixtures', 'articles');
  return readdirSync(dir).sort().flatMap((slug) =>
    readdirSync(join(dir, slug)).filter((f) => /^article\.(txt|md|html?)$/.test(f)).map((f) => join('fixtures', 'articles', slug, f)));
}

/** The text of a fixture (relative to the root). */
export function readFixture(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}

/** True when a line of stderr looks like a stack frame. */
export const STACK_FRAME = /\n\s+at .+\(|\n\s+at (?:file|node):/;
