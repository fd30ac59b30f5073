/**
 * bin/factex.js picks a bundled CLI (dist/bundle/cli.cjs through the code
 * cache, else dist/bundle/bin.js) only when it is at least as new as the
 * compiled modules (dist/cli/bin.js): a bare `tsc` after a source change must
 * not leave an older bundle running. Checked on a copy of the launcher beside
 * stand-in entry files whose times we set. The real bundles' output (launcher
 * included) equals the modules' on the seed articles.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();

describe('bin/factex.js chooses the bundle only when it is fresh', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factex-bin-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'factex.js'), join(dir, 'bin', 'factex.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'dist', 'cli', 'bin.js'), "process.stdout.write('modules');\n");
    writeFileSync(join(dir, 'dist', 'bundle', 'bin.js'), "process.stdout.write('bundle');\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = () => spawnSync(process.execPath, [join(dir, 'bin', 'factex.js')], { encoding: 'utf8' }).stdout;
  const touch = (rel: string, seconds: number) => utimesSync(join(dir, rel), seconds, seconds);

  test('bundle newer than the modules → bundle', () => {
    touch('dist/cli/bin.js', 1_000_000);
    touch('dist/bundle/bin.js', 1_000_010);
    expect(run()).toBe('bundle');
  });
  test('bundle as new as the modules → bundle', () => {
    touch('dist/cli/bin.js', 1_000_000);
    touch('dist/bundle/bin.js', 1_000_000);
    expect(run()).toBe('bundle');
  });
  test('modules recompiled after the bundle (a bare tsc) → modules', () => {
    touch('dist/cli/bin.js', 1_000_020);
    touch('dist/bundle/bin.js', 1_000_010);
    expect(run()).toBe('modules');
  });
  test('no bundle → modules', () => {
    rmSync(join(dir, 'dist', 'bundle', 'bin.js'));
    expect(run()).toBe('modules');
  });
  test('nothing built → one line on stderr, exit 70, no stack trace', () => {
    rmSync(join(dir, 'dist', 'cli', 'bin.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'factex.js')], { encoding: 'utf8' });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factex: not built: .*dist\/ is missing; run npm ci \(or npm run build\) in the factex folder\n$/);
  });
});

describe('bin/factex.js runs dist/bundle/cli.cjs through the code cache when it is fresh', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factex-bin-cjs-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'factex.js'), join(dir, 'bin', 'factex.js'));
    for (const f of ['code-cache.js', 'warm.js', 'v8-flags.js']) copyFileSync(join(ROOT, 'dist', 'cli', f), join(dir, 'dist', 'cli', f));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'dist', 'cli', 'bin.js'), "process.stdout.write('modules');\n");
    writeFileSync(join(dir, 'dist', 'bundle', 'bin.js'), "process.stdout.write('bundle');\n");
    // CommonJS, as esbuild makes it: its wrapper's arguments are there
    writeFileSync(join(dir, 'dist', 'bundle', 'cli.cjs'), "process.stdout.write(typeof require + ' ' + require('node:path').basename(__filename));\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = () => spawnSync(process.execPath, [join(dir, 'bin', 'factex.js')], { encoding: 'utf8' });
  const touch = (rel: string, seconds: number) => utimesSync(join(dir, rel), seconds, seconds);

  test('cli.cjs as new as the modules → cli.cjs, run as CommonJS', () => {
    touch('dist/cli/bin.js', 1_000_000);
    touch('dist/bundle/bin.js', 1_000_000);
    touch('dist/bundle/cli.cjs', 1_000_000);
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function cli.cjs');
    expect(run().stdout).toBe('function cli.cjs'); // again (no cache is written: the stand-in never marks itself warm)
  });
  test('modules recompiled after cli.cjs (a bare tsc) → modules, not the stale cli.cjs', () => {
    touch('dist/cli/bin.js', 1_000_020);
    touch('dist/bundle/bin.js', 1_000_010);
    touch('dist/bundle/cli.cjs', 1_000_010);
    expect(run().stdout).toBe('modules');
  });
  test('without the loader (dist/cli/code-cache.js) → the ES module bundle', () => {
    touch('dist/cli/bin.js', 1_000_000);
    touch('dist/bundle/bin.js', 1_000_010);
    touch('dist/bundle/cli.cjs', 1_000_010);
    rmSync(join(dir, 'dist', 'cli', 'code-cache.js'));
    expect(run().stdout).toBe('bundle');
  });
});

describe('the bundle gives the output of the compiled modules', () => {
  test.each(['fixtures/articles/seed-fr/article.txt', 'fixtures/articles/seed-en/article.txt'])('%s', (article) => {
    const viaLauncher = spawnSync(process.execPath, [join(ROOT, 'bin', 'factex.js'), '--format', 'json', article], { encoding: 'utf8' });
    const viaBundle = spawnSync(process.execPath, [join(ROOT, 'dist', 'bundle', 'bin.js'), '--format', 'json', article], { encoding: 'utf8' });
    const viaModules = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'bin.js'), '--format', 'json', article], { encoding: 'utf8' });
    expect(viaBundle.status).toBe(0);
    expect(JSON.parse(viaBundle.stdout).metrics.length).toBeGreaterThan(0);
    expect(viaBundle.stdout).toBe(viaModules.stdout);
    expect(viaLauncher.stdout).toBe(viaModules.stdout); // cli.cjs through the code cache
  });
});
