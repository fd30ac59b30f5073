/**
 * bin/factex.js picks the bundled CLI (dist/bundle/bin.js) only when it is
 * at least as new as the compiled modules (dist/cli/bin.js): a bare `tsc`
 * after a source change must not leave an older bundle running. Checked on
 * a copy of the launcher beside two stand-in entry files whose times we set.
 * The real bundle's output equals the modules' on the seed articles.
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

describe('the bundle gives the output of the compiled modules', () => {
  test.each(['fixtures/articles/seed-fr/article.txt', 'fixtures/articles/seed-en/article.txt'])('%s', (article) => {
    const viaBundle = spawnSync(process.execPath, [join(ROOT, 'dist', 'bundle', 'bin.js'), '--format', 'json', article], { encoding: 'utf8' });
    const viaModules = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'bin.js'), '--format', 'json', article], { encoding: 'utf8' });
    expect(viaBundle.status).toBe(0);
    expect(JSON.parse(viaBundle.stdout).metrics.length).toBeGreaterThan(0);
    expect(viaBundle.stdout).toBe(viaModules.stdout);
  });
});
