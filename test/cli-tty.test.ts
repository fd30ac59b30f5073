/**
 * The progress bar on a pseudo-terminal: `script` (util-linux) runs factex
 * with stdin, stdout and stderr on a pty, so stderr is a terminal.
 */
import { jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, factex, listTree, readFixture, requireBuild, scrubbedEnv, tempDir, writeTree } from './cli-helpers.js';

jest.setTimeout(180_000);
beforeAll(requireBuild);

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs factex under `script -qec` (a pty); resolves with everything the
 * terminal received. script's stdin stays open until factex ends: an early
 * EOF on it can end the session before the child has written anything.
 */
function onTerminal(args: string[]): Promise<{ output: string; code: number | null }> {
  const cmd = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((res, rej) => {
    const child = spawn('script', ['-qec', cmd, '/dev/null'], { env: scrubbedEnv({ TERM: 'xterm' }), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { output += d; });
    child.on('error', rej);
    child.on('close', (code) => { child.stdin.destroy(); res({ output, code }); });
  });
}

function tree(n: number): string {
  const dir = tempDir();
  const text = readFixture('fixtures/articles/seed-en/article.txt');
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`doc-${i}.txt`] = text;
  writeTree(dir, files);
  return dir;
}

(hasScript ? describe : describe.skip)('progress bar on a terminal', () => {
  test('shown on stderr with documents done, rate and ETA, ending at n/n', async () => {
    const dir = tree(12);
    const out = join(tempDir(), 'out');
    const r = await onTerminal(['--out', out, '-j', '1', dir]);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/\[[=-]{30}\] \d+\/12 docs \| [\d.]+ docs\/s \| ETA /);
    expect(r.output).toContain('12/12 docs');
    expect(listTree(out)).toHaveLength(12);
  });

  test('never with --quiet or --no-progress', async () => {
    const dir = tree(3);
    for (const flag of ['--quiet', '--no-progress']) {
      const r = await onTerminal([flag, '--out', join(tempDir(), 'out'), dir]);
      expect(r.code).toBe(0);
      expect(r.output).not.toContain('docs/s');
    }
  });

  test('not over summary output on the same terminal (stdout a terminal, no --out)', async () => {
    const dir = tree(2);
    const r = await onTerminal(['--format', 'summary', dir]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('Metrics (');
    expect(r.output).not.toContain('docs/s');
  });

  test('on a terminal without --format, stdout gets the summary format', async () => {
    const r = await onTerminal([join('fixtures', 'articles', 'seed-fr', 'article.txt')]);
    expect(r.output).toContain('Actors (');
    expect(r.output).not.toContain('"schemaVersion"');
  });
});

test('no progress bar when stderr is not a terminal', () => {
  const dir = tree(3);
  const r = factex(['--out', join(tempDir(), 'out'), dir]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
});

if (!hasScript) test.todo('install util-linux `script` to run the pseudo-terminal tests');
