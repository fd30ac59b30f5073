/**
 * Problems found by a new-user trial of the CLI, one describe per fix:
 * --max-bytes and NUL removal for NDJSON records, Unicode --out names,
 * repeated --only, --summary-file checked up front, unsupported URL
 * schemes, a repeated '-', --out under /proc or /sys.
 */
import { jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { BIN, factex, listTree, readFixture, requireBuild, scrubbedEnv, tempDir, writeTree } from './cli-helpers.js';

const SEED_FR = readFixture('fixtures/articles/seed-fr/article.txt');
const SEED_EN = readFixture('fixtures/articles/seed-en/article.txt');

jest.setTimeout(180_000);
beforeAll(requireBuild);

describe('--input ndjson records are checked like files', () => {
  test('--max-bytes applies to each record (UTF-8 bytes of text/html); the batch goes on; exit 1', () => {
    const big = 'Le gouvernement a annoncé une hausse. '.repeat(3000); // ~114 kB
    const input = [
      JSON.stringify({ id: 'big', text: big }),
      JSON.stringify({ id: 'small', text: SEED_EN.slice(0, 600) }),
      JSON.stringify({ id: 'bightml', html: `<p>${big}</p>` }),
    ].join('\n') + '\n';
    const r = factex(['--input', 'ndjson', '--max-bytes', '100k'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.id)).toEqual(['small']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^factex: stdin:1 \(id "big"\): too large: .+ \(limit 100(\.0)? ?k[Bi]*B?, see --max-bytes\)$/i);
    expect(lines[1]).toMatch(/^factex: stdin:3 \(id "bightml"\): too large: /);
  });

  test('a record without id carries its line, so its output joins its input line (trial, 2026-12-03)', () => {
    const input = [
      JSON.stringify({ text: SEED_EN.slice(0, 600) }),
      '{"text": 3}',
      JSON.stringify({ id: 'b', text: SEED_FR.slice(0, 600) }),
      JSON.stringify({ text: SEED_FR.slice(0, 600) }),
      JSON.stringify({ id: '', text: SEED_EN.slice(0, 600) }),
    ].join('\n') + '\n';
    const r = factex(['--input', 'ndjson', '-f', 'ndjson'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([
      { type: 'stdin', location: '-', line: 1 },
      { type: 'stdin', location: '-', id: 'b' },
      { type: 'stdin', location: '-', line: 4 },
      // an empty id names nothing: the line too
      { type: 'stdin', location: '-', id: '', line: 5 },
    ]);
  });

  test('multi-byte text counts in UTF-8 bytes: 40k "é" (80 kB) is over 50k', () => {
    const r = factex(['--input', 'ndjson', '--max-bytes', '50k'], { input: JSON.stringify({ text: 'é'.repeat(40_000) }) + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin:1: too large/);
  });

  test('NUL characters are removed from records with the same warning as files', () => {
    const text = SEED_FR.slice(0, 400) + '\u0000\u0000' + SEED_FR.slice(400, 800);
    const rec = factex(['--input', 'ndjson', '--include-text'], { input: JSON.stringify({ id: 'n', text }) + '\n' });
    expect(rec.code).toBe(0);
    const doc = JSON.parse(rec.stdout);
    expect(doc.document.text.includes('\u0000')).toBe(false);
    expect(doc.warnings).toContain('2 NUL character(s) removed');
    expect(rec.stderr).toContain('factex: stdin:1 (id "n"): warning: 2 NUL character(s) removed');
    const file = JSON.parse(factex(['-', '--include-text'], { input: text }).stdout);
    expect(doc.document.text).toBe(file.document.text);
    expect(doc.warnings).toEqual(file.warnings);
  });

  test('colour codes in piped text do not split a figure: the metric is read and the escapes reported', () => {
    const r = factex(['--format', 'json', '--only', 'metrics'], { input: 'Shares of Apple rose \u001b[1;31m5%\u001b[0m on Monday.\n' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.metrics.map((m: { value: number; unit: string }) => [m.value, m.unit])).toEqual([[5, '%']]);
    expect(doc.warnings).toContain('2 terminal escape sequence(s) removed');
  });

  test('a record of NUL characters only has no text', () => {
    const r = factex(['--input', 'ndjson'], { input: JSON.stringify({ text: '\u0000\u0000' }) + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('factex: stdin:1: no text (whitespace only)');
  });
});

describe('--out keeps Unicode names', () => {
  test('été.txt, Zürich-actualité.html, "with space.txt"; collisions still suffixed', () => {
    const dir = tempDir();
    writeTree(dir, {
      'in/été.txt': SEED_FR.slice(0, 500),
      'in/Zürich-actualité.html': `<p>${SEED_FR.slice(0, 500)}</p>`,
      'in/with space.txt': SEED_EN.slice(0, 500),
      'in/with_space.md': SEED_EN.slice(0, 500),
    });
    const r = factex([join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(listTree(join(dir, 'out')).sort()).toEqual(['Zürich-actualité.json', 'with_space-2.json', 'with_space.json', 'été.json'].sort());
  });
});

describe('repeated --only accumulates', () => {
  test('--only metrics --only quotes outputs both kinds and no other', () => {
    const r = factex(['-', '--only', 'metrics', '--only', 'quotes,quotes', '--only', 'quotes'], { input: SEED_FR });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.metrics.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.claims).toEqual([]);
    expect(doc.actors).toEqual([]);
  });
});

describe('--summary-file is checked before the batch', () => {
  test.each([
    ['/nonexistent/dir/s.json', 'factex: --summary-file: cannot write /nonexistent/dir/s.json (folder /nonexistent/dir does not exist)'],
    ['.', 'factex: --summary-file: cannot write . (it is a folder)'],
    ['package.json/s.json', 'factex: --summary-file: cannot write package.json/s.json (package.json is not a folder)'],
  ])('%s → exit 2, one line, nothing extracted', (file, message) => {
    const r = factex(['-', '--summary-file', file], { input: SEED_EN });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message + '\n');
  });
  test('a writable path still gets the statistics', () => {
    const file = join(tempDir(), 's.json');
    const r = factex(['-', '--summary-file', file], { input: SEED_EN });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).documents).toBe(1);
  });
});

describe('second new-user trial (2026-12-02)', () => {
  test('--summary-file naming one of the inputs is a usage error; the article stays as it was', () => {
    const dir = tempDir();
    writeTree(dir, { 'good.txt': SEED_EN.slice(0, 800), 'b.txt': SEED_FR.slice(0, 800) });
    const r = factex(['--summary-file', join(dir, 'good.txt'), join(dir, 'good.txt'), join(dir, 'b.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`factex: --summary-file: ${join(dir, 'good.txt')} is one of the inputs; write the statistics elsewhere\n`);
    expect(readFileSync(join(dir, 'good.txt'), 'utf8')).toBe(SEED_EN.slice(0, 800));
  });
  test('a file of --input ndjson records given as an argument fails alone with a one-line hint; the other inputs come out (third new-user trial)', () => {
    const dir = tempDir();
    writeTree(dir, {
      'records.ndjson': '{"id": 1, "text": "Le gouvernement a interdit les ventes."}\n{"id": 2, "html": "<html><body><p>x</p></body></html>"}\n',
      'en.txt': SEED_EN.slice(0, 800),
    });
    const r = factex(['-f', 'ndjson', join(dir, 'records.ndjson'), join(dir, 'en.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`factex: ${join(dir, 'records.ndjson')}: NDJSON records, not an article: read them with --input ndjson (factex --input ndjson < FILE)\n`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.location)).toEqual([join(dir, 'en.txt')]);
    // a JSON object that is no record is still read as text
    expect(factex(['-f', 'json', '-'], { input: '{"title": "Le gouvernement a interdit les ventes de tabac."}' }).code).toBe(0);
  });
  test('--summary-file inside the --out folder is a usage error: it would replace a result (third new-user trial, 2026-12-03)', () => {
    const dir = tempDir();
    writeTree(dir, { 'en.txt': SEED_EN.slice(0, 800) });
    const out = join(dir, 'res');
    const r = factex(['--out', out, '--summary-file', join(out, 'en.json'), join(dir, 'en.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factex: --summary-file: ${join(out, 'en.json')} is inside the --out folder, where the results are written; write the statistics elsewhere\n`);
    expect(existsSync(join(out, 'en.json'))).toBe(false);
  });
  test('--summary-file naming the file read on standard input is a usage error too', () => {
    const dir = tempDir();
    const file = join(dir, 'in.txt');
    writeTree(dir, { 'in.txt': SEED_EN.slice(0, 800) });
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" -f json --summary-file "${file}" < "${file}"`], { env: scrubbedEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`factex: --summary-file: ${file} is the file read on standard input; write the statistics elsewhere\n`);
    expect(readFileSync(file, 'utf8')).toBe(SEED_EN.slice(0, 800));
  });
  test('--summary-file naming where standard output goes is a usage error: the results would be lost (trial, 2026-12-03)', () => {
    const dir = tempDir();
    writeTree(dir, { 'in.txt': SEED_EN.slice(0, 800) });
    const same = join(dir, 'same.json');
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" -f json --summary-file "${same}" "${join(dir, 'in.txt')}" > "${same}"`], { env: scrubbedEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`factex: --summary-file: ${same} is where standard output goes, with the results; write the statistics elsewhere\n`);
    // through a pipe: /dev/stdout names the pipe the results go to
    const p = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" -f json --summary-file /dev/stdout "${join(dir, 'in.txt')}" | cat`], { env: scrubbedEnv(), encoding: 'utf8' });
    expect(p.stderr).toBe('factex: --summary-file: /dev/stdout is where standard output goes, with the results; write the statistics elsewhere\n');
    expect(p.stdout).toBe('');
  });
  test('a folder scanned from inside does not read the files its own output and errors go to (trial, 2026-12-03)', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': SEED_EN.slice(0, 800) });
    const r = spawnSync('/bin/sh', ['-c', `cd "${dir}" && "${process.execPath}" "${BIN}" -f ndjson . > o.txt 2> e.txt; echo $?`], { env: scrubbedEnv(), encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    const lines = readFileSync(join(dir, 'o.txt'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).source.location)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'e.txt'), 'utf8')).toBe('factex: e.txt: warning: skipped (the file standard error is written to: not read)\n'
      + 'factex: o.txt: warning: skipped (the file standard output is written to: not read)\n');
  });
  test('--summary-json reports the worker threads used, not the -j asked for', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': SEED_EN.slice(0, 600), 'b.txt': SEED_FR.slice(0, 600), 'c.txt': SEED_EN.slice(600, 1200) });
    const r = factex(['-j', '16', '--summary-json', '--format', 'ndjson', dir]);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stderr.trim().split('\n').pop()!);
    expect(stats.documents).toBe(3);
    const cores = Math.min(3, availableParallelism());
    expect(stats.workers).toBe(cores > 1 ? cores : 0);
    expect(stats.workers).toBeLessThan(16);
  });
  test('a file name that is not valid UTF-8 says so (not "no such file")', () => {
    const r = factex(['caf\ufffd.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('factex: caf\ufffd.txt: file name is not valid UTF-8 (Node.js cannot open it by that name): rename the file to read it\n');
  });
  test('-f, -l and --input take their values in any case, as --only does; a bad value is still exit 2', () => {
    const r = factex(['-f', 'NDJSON', '-l', 'EN', '--only', 'METRICS', '-'], { input: 'Apple rose 5% on Monday.' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout.trim());
    expect(doc.document.language).toBe('en');
    expect(doc.metrics.map((m: { value: number }) => m.value)).toEqual([5]);
    const bad = factex(['-f', 'XML', '-'], { input: 'x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("factex: option '-f, --format <format>' argument 'XML' is invalid. Allowed choices are json, ndjson, summary.\n");
  });
  test('an NDJSON record without id that fails to load names its URL', () => {
    const r = factex(['--input', 'ndjson', '--timeout', '5'], { input: JSON.stringify({ url: 'http://127.0.0.1:9/a' }) + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^factex: stdin:1 \(url http:\/\/127\.0\.0\.1:9\/a\): /);
  });
});

describe("a repeated '-'", () => {
  test("factex - - is a usage error (stdin is read once)", () => {
    const r = factex(['-', '-'], { input: SEED_EN });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("factex: '-' (standard input) given more than once: stdin can be read only once\n");
  });
});

describe("an empty argument ''", () => {
  test("factex '' (an unset shell variable) is a usage error that names the mistake, not 'no such file'", () => {
    const r = factex(['']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("factex: an empty argument '' is not a file, folder or URL (use - for standard input)\n");
  });
  test("--ext '' is a usage error, not 'every extension'", () => {
    const r = factex(['--ext', '', 'fixtures/articles']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factex: --ext: no extension given \(article extensions: \.txt, /);
  });
});

describe('--out on a kernel pseudo file system', () => {
  // Node's recursive mkdir never returns under /proc: the run is bounded so the old hang fails the test.
  const run = (out: string) => spawnSync(process.execPath, [BIN, '-', '--out', out], { input: SEED_EN, env: scrubbedEnv(), encoding: 'utf8', timeout: 20_000 });
  test.each([
    ['/proc/factex-out', 'proc'],
    ['/proc/self/x/y', 'proc'],
    ['/sys/factex-out', 'sysfs'],
  ])('%s is refused up front: exit 2, one line', (out, fs) => {
    const r = run(out);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`factex: --out: ${out} is on the ${fs} pseudo file system, not a place for output files\n`);
  });
  // (devpts: terminals, where files cannot be created; only where this machine mounts it)
  (existsSync('/dev/pts/ptmx') ? test : test.skip)('/dev/pts is refused up front (statfs magic of devpts)', () => {
    const r = run('/dev/pts');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factex: --out: /dev/pts is on the devpts pseudo file system, not a place for output files\n');
  });
  test('a symbolic link to /proc is seen through', () => {
    const dir = tempDir();
    symlinkSync('/proc', join(dir, 'p'));
    const r = run(join(dir, 'p', 'sub'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pseudo file system/);
  });
  test('an ordinary new folder is still created', () => {
    const out = join(tempDir(), 'a', 'b');
    mkdirSync(join(out, '..'), { recursive: true });
    const r = run(out);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'stdin.json'))).toBe(true);
  });
});

describe('URL schemes other than http(s)', () => {
  test('ftp:// and file:// say "unsupported URL scheme"; the batch goes on; exit 1', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': SEED_EN.slice(0, 600) });
    const r = factex(['ftp://x/y', join(dir, 'a.txt'), 'FILE:///etc/hosts', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      "factex: ftp://x/y: unsupported URL scheme 'ftp:' (http and https only)",
      "factex: FILE:///etc/hosts: unsupported URL scheme 'file:' (http and https only)",
    ]);
  });
  test('a missing plain path is still "no such file or directory"', () => {
    const r = factex(['/nonexistent/a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('factex: /nonexistent/a.txt: no such file or directory\n');
  });
});

/**
 * Second new-user trial (2026-11-30, evening): the shape of JSON for folders, unreadable
 * subfolders, --out permissions, stdin as a folder, a BOM before NDJSON records, --expect on a
 * kind --only leaves out, --format with --out, record ids in the summary, invalid globs.
 */
describe('second trial', () => {
  /** Runs factex as the unprivileged user `nobody` (root ignores permissions); null when that is impossible here. */
  function asNobody(args: string[]): { status: number | null; stdout: string; stderr: string } | null {
    const isRoot = process.getuid?.() === 0;
    const cmd = isRoot ? ['runuser', '-u', 'nobody', '--', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { env: scrubbedEnv(), encoding: 'utf8' });
    if (r.error || (isRoot && r.status === 1 && /runuser|cannot|failed/i.test(r.stderr) && !r.stderr.startsWith('factex:'))) return null;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  /** A folder every user may read, holding `files`. */
  function openTree(files: Record<string, string>): string {
    const dir = tempDir();
    writeTree(dir, files);
    spawnSync('chmod', ['-R', 'a+rwX', dir]);
    for (let d = dir; d !== '/' && d !== '/tmp'; d = join(d, '..')) spawnSync('chmod', ['a+x', d]);
    return dir;
  }

  test('a folder gives a JSON array even with one article; a file gives an object', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': SEED_EN.slice(0, 600) });
    const folder = JSON.parse(factex(['--format', 'json', dir]).stdout);
    expect(Array.isArray(folder)).toBe(true);
    expect(folder).toHaveLength(1);
    const file = JSON.parse(factex(['--format', 'json', join(dir, 'a.txt')]).stdout);
    expect(Array.isArray(file)).toBe(false);
    expect(file.source.location).toBe(join(dir, 'a.txt'));
  });

  test('a subfolder that cannot be listed fails in its place (exit 1), even with --quiet', () => {
    const dir = openTree({ 'a.txt': SEED_EN.slice(0, 600), 'sub/c.txt': SEED_EN.slice(0, 600), 'z.txt': SEED_FR.slice(0, 600) });
    spawnSync('chmod', ['000', join(dir, 'sub')]);
    const r = asNobody(['-q', '--format', 'ndjson', dir]);
    spawnSync('chmod', ['755', join(dir, 'sub')]);
    if (r === null) return console.warn('runuser not available: permission test not run');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`factex: ${join(dir, 'sub')}: folder not scanned: permission denied\n`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.location)).toEqual([join(dir, 'a.txt'), join(dir, 'z.txt')]);
  });

  test('--out in a folder that cannot be written is refused before reading (exit 2)', () => {
    const dir = openTree({ 'a.txt': SEED_EN.slice(0, 600) });
    const out = join(dir, 'out');
    mkdirSync(out);
    spawnSync('chmod', ['555', out]);
    const r = asNobody(['--out', out, join(dir, 'a.txt')]);
    if (r === null) return console.warn('runuser not available: permission test not run');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`factex: --out: cannot write in ${out} (permission denied)\n`);
  });

  test('standard input that is a folder: one line, exit 1; other inputs go on', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': SEED_EN.slice(0, 600) });
    const shell = (cmd: string) => spawnSync('sh', ['-c', cmd], { env: scrubbedEnv(), encoding: 'utf8' });
    const plain = shell(`'${process.execPath}' '${BIN}' --format ndjson - '${join(dir, 'a.txt')}' < '${dir}'`);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe('factex: -: standard input is a folder (give a folder as an argument: factex DIR)\n');
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    const records = shell(`'${process.execPath}' '${BIN}' --input ndjson < '${dir}'`);
    expect(records.status).toBe(1);
    expect(records.stderr).toBe('factex: stdin: standard input is a folder, not NDJSON records\n');
  });

  test('a UTF-8 byte-order mark before the first NDJSON record is skipped', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ id: 'a', text: SEED_EN.slice(0, 600) }) + '\n')]);
    const r = factex(['--input', 'ndjson'], { input });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.id).toBe('a');
  });

  test('bytes that are not UTF-8 inside an NDJSON record are replaced with a warning, as in a file', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"bad","text":"Apple shares rose 5% on Monday, '), Buffer.from([0xff, 0xfe]), Buffer.from(' analysts said."}\n'),
      Buffer.from(JSON.stringify({ id: 'good', text: 'Apple shares rose 5% on Monday, analysts said.' }) + '\n'),
    ]);
    const r = factex(['--input', 'ndjson'], { input });
    expect(r.code).toBe(0);
    const [bad, good] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad.warnings).toEqual(['2 invalid UTF-8 byte sequence(s) replaced with U+FFFD']);
    expect(bad.metrics[0].value).toBe(5);
    expect(good.warnings).toEqual([]);
    expect(r.stderr).toBe('factex: stdin:1 (id "bad"): warning: 2 invalid UTF-8 byte sequence(s) replaced with U+FFFD\n');
  });

  test('usage errors (exit 2): --expect on a kind --only leaves out, --format summary with --out, an invalid --glob', () => {
    const cases: [string[], string][] = [
      [['--only', 'quotes', '--expect', 'metrics>=1'], "factex: --expect: 'metrics>=1' checks metrics, which --only quotes leaves out\n"],
      [['--format', 'summary', '--out', join(tempDir(), 'o')], 'factex: --out writes one JSON file per input: --format summary does not apply (drop --format, or write to stdout)\n'],
      [['--glob', '['], `factex: --glob: invalid pattern '[' (missing closing "]")\n`],
    ];
    for (const [args, stderr] of cases) {
      const r = factex([...args, 'fixtures/articles/seed-en/article.txt']);
      expect([r.code, r.stderr]).toEqual([2, stderr]);
    }
    expect(factex(['--only', 'quotes', '--expect', 'facts>=0', 'fixtures/articles/seed-en/article.txt']).code).toBe(0);
  });

  test('the summary names each NDJSON record by its id', () => {
    const input = [JSON.stringify({ id: 'r1', text: SEED_EN.slice(0, 400) }), JSON.stringify({ id: 7, text: SEED_FR.slice(0, 400) })].join('\n') + '\n';
    const r = factex(['--input', 'ndjson', '--format', 'summary', '--no-color'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('- (id'))).toEqual([expect.stringMatching(/^- \(id "r1"\)  /), expect.stringMatching(/^- \(id "7"\)  /)]);
  });
});

describe('second trial: formats and pipes', () => {
  test('a .txt file holding a whole HTML page is read as HTML, with a warning', () => {
    const dir = tempDir();
    const page = `<!DOCTYPE html><html lang="en"><head><title>Port deal</title></head><body><article><h1>Port deal</h1><p>${SEED_EN.slice(0, 600)}</p></article></body></html>`;
    writeTree(dir, { 'saved.txt': page, 'quoting.txt': `${SEED_EN.slice(0, 300)}\n\nThe <p> tag starts a paragraph.` });
    const r = factex(['--format', 'ndjson', join(dir, 'saved.txt'), join(dir, 'quoting.txt')]);
    expect(r.code).toBe(0);
    const [saved, quoting] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect([saved.document.format, saved.document.title]).toEqual(['html', 'Port deal']);
    expect(saved.warnings).toContain('named like a text file but holds an HTML page: read as HTML');
    expect(quoting.document.format).toBe('text');
  });
  test('/dev/stdin given by name reads the pipe', () => {
    // A real pipe (spawnSync's own stdin is a socket, which /dev/stdin cannot reopen).
    const r = spawnSync('sh', ['-c', `cat fixtures/articles/seed-fr/article.txt | '${process.execPath}' '${BIN}' --format json /dev/stdin`], { env: scrubbedEnv(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.language).toBe('fr');
  });
});

describe('third trial (2026-12-02): charsets and Unicode forms', () => {
  test('a saved page named .txt is decoded with the charset its <meta> declares', () => {
    const dir = tempDir();
    // "Łódź: ceny wzrosły" and "W Łodzi ceny wzrosły o 5 %." in ISO-8859-2 bytes
    const head = Buffer.from('<html><head><meta charset="iso-8859-2"><title>', 'latin1');
    const title = Buffer.from([0xa3, 0xf3, 0x64, 0xbc, 0x3a, 0x20, 0x63, 0x65, 0x6e, 0x79, 0x20, 0x77, 0x7a, 0x72, 0x6f, 0x73, 0xb3, 0x79]);
    const rest = Buffer.from('</title></head><body><p>Prices rose 5 % in the city, officials said.</p></body></html>', 'latin1');
    writeFileSync(join(dir, 'page.txt'), Buffer.concat([head, title, rest]));
    const r = factex(['--format', 'json', join(dir, 'page.txt')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.document.format, doc.document.charset, doc.document.title]).toEqual(['html', 'iso-8859-2', 'Łódź: ceny wzrosły']);
    expect(doc.warnings).toEqual(['named like a text file but holds an HTML page: read as HTML']);
  });

  test('a file named only .txt in a folder is read like any hidden file', () => {
    const dir = tempDir();
    writeTree(dir, { '.txt': 'Oil prices rose 4% on Monday, traders said.\n', 'a.txt': 'Gold fell 2% on Friday, traders said.\n' });
    const r = factex(['--format', 'ndjson', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).metrics[0].value)).toEqual([4, 2]);
  });

  test("--out - is refused: it made a folder named '-'", () => {
    const r = factex(['-o', '-', 'fixtures/articles/seed-en/article.txt']);
    expect([r.code, r.stderr]).toEqual([2, "factex: --out: give a folder ('-' is no folder here: without --out, results go to standard output)\n"]);
  });

  test('a URL with a user name or password is refused before any request, its password never echoed', () => {
    const r = factex(['--format', 'ndjson', 'http://user:s3cret@127.0.0.1:9/story', 'fixtures/articles/seed-en/article.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('factex: http://***@127.0.0.1:9/story: a URL with a user name or password is not fetched (factex never sends credentials)\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const rec = factex(['--input', 'ndjson'], { input: '{"id":"a","url":"https://u:s3cret@example.org/x"}\n' });
    expect(rec.stderr).not.toContain('s3cret');
    expect(rec.stderr).toContain('a URL with a user name or password is not fetched');
  });
});
