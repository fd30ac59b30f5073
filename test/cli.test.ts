/**
 * CLI: the built bin, spawned with a scrubbed environment; stdout, stderr
 * and exit code are asserted separately.
 */
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT, STACK_FRAME, factex, fixtureArticles, readFixture, requireBuild, scrubbedEnv, tempDir, writeTree } from './cli-helpers.js';

const SEED_FR = 'fixtures/articles/seed-fr/article.txt';
const SEED_EN = 'fixtures/articles/seed-en/article.txt';
const KINDS = ['actors', 'contracts', 'restrictions', 'metrics', 'quotes', 'claims'];

// Each test spawns factex several times; a loaded CI machine needs room.
jest.setTimeout(180_000);
beforeAll(requireBuild);

describe('help and version', () => {
  test('--help lists every option on stdout, exit 0', () => {
    const r = factex(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const o of ['--format', '--input', '--only', '--out', '--concurrency', '--ext', '--glob', '--exclude', '--timeout', '--max-bytes', '--expect', '--fail-on-empty', '--summary-json', '--summary-file', '--no-color', '--quiet', '--debug']) {
      expect(r.stdout).toContain(o);
    }
  });
  test('--version prints the version', () => {
    const r = factex(['--version']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors: exit 2, one line on stderr, nothing on stdout, no stack', () => {
  test.each([
    ['unknown option', ['--frobnicate', SEED_FR], /unknown option '--frobnicate'/],
    ['a value given to a flag', ['--include-text=yes', SEED_FR], /^factex: option '--include-text' takes no value \(got '--include-text=yes'\)\n$/],
    ['a value given to a negated flag', ['--no-progress=1', SEED_FR], /^factex: option '--no-progress' takes no value \(got '--no-progress=1'\)\n$/],
    ['unknown option with a value', ['--frobnicate=3', SEED_FR], /unknown option '--frobnicate=3'/],
    ['bad format', ['--format', 'xml', SEED_FR], /--format.*xml/],
    ['bad --only kind', ['--only', 'actors,widgets', SEED_FR], /--only: unknown kind 'widgets'/],
    ['empty --only', ['--only', ',', SEED_FR], /--only: give at least one kind/],
    ['malformed --expect', ['--expect', 'metrics>>1', SEED_FR], /--expect: cannot read 'metrics>>1'/],
    ['--expect unknown kind', ['--expect', 'widgets>=1', SEED_FR], /--expect: unknown kind 'widgets'/],
    ['--expect without number', ['--expect', 'metrics>=', SEED_FR], /--expect: cannot read/],
    ['--concurrency 0', ['--concurrency', '0', SEED_FR], /--concurrency: expected 1 to/],
    ['--concurrency word', ['-j', 'two', SEED_FR], /--concurrency: expected a whole number/],
    ['--timeout negative', ['--timeout', '-1', SEED_FR], /--timeout/],
    ['--max-bytes word', ['--max-bytes', 'lots', SEED_FR], /--max-bytes: expected a size/],
    ['--input ndjson with a path', ['--input', 'ndjson', SEED_FR], /--input ndjson reads records from stdin/],
    ['--out is a file', ['--out', SEED_EN, SEED_FR], /--out: .* is not a folder/],
  ])('%s', (_name, args, message) => {
    const r = factex(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^factex: /);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
  test('--debug does not turn a usage error into a stack trace', () => {
    const r = factex(['--debug', '--expect', 'metrics>>1', SEED_FR]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('inputs and JSON output', () => {
  test('one file: one JSON object (not an array) on stdout, nothing on stderr', () => {
    const r = factex([SEED_FR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Array.isArray(doc)).toBe(false);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.source).toEqual({ type: 'file', location: SEED_FR });
    expect(doc.document.language).toBe('fr');
    expect(doc.document.published).toBe('2026-03-04');
  });

  test('several files: an array in argument order', () => {
    const r = factex([SEED_FR, SEED_EN, SEED_FR]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: { location: string } }) => d.source.location)).toEqual([SEED_FR, SEED_EN, SEED_FR]);
    expect(docs.map((d: { document: { language: string } }) => d.document.language)).toEqual(['fr', 'en', 'fr']);
  });

  test('piped stdin with no argument is read as one article; "-" too', () => {
    const text = readFixture(SEED_EN);
    for (const args of [[], ['-']]) {
      const r = factex(args, { input: text });
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.source).toEqual({ type: 'stdin', location: '-' });
      expect(doc.document.language).toBe('en');
      expect(doc.document.length).toBe(text.replace(/^\uFEFF/, '').length);
    }
  });

  test('--format ndjson: one compact line per input, in order', () => {
    const files = fixtureArticles();
    const r = factex(['--format', 'ndjson', ...files]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(files.length);
    expect(lines.map((l) => JSON.parse(l).source.location)).toEqual(files);
  });

  test('--include-text puts the analysed text in document.text; offsets index it', () => {
    const doc = JSON.parse(factex(['--include-text', SEED_FR]).stdout);
    expect(doc.document.text).toBe(readFixture(SEED_FR));
    for (const k of KINDS.slice(1)) for (const f of doc[k]) expect(doc.document.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  test('HTML without <html>/<body> gives its text from a file, stdin and an NDJSON record; a page without text warns', () => {
    const dir = tempDir();
    writeTree(dir, { 'frag.html': '<p>Apple rose 5%.</p>\n', 'nav.html': '<html><body><nav><a href="/">Accueil</a></nav></body></html>' });
    const file = JSON.parse(factex(['-f', 'ndjson', '--include-text', join(dir, 'frag.html')]).stdout);
    const stdin = JSON.parse(factex(['-f', 'ndjson', '--include-text', '-'], { input: '<article><p>Les ventes de Renault ont augmenté de 5 %.</p></article>' }).stdout);
    const record = JSON.parse(factex(['--input', 'ndjson', '--include-text'], { input: `${JSON.stringify({ id: 'r', html: '<body><p>Apple rose 5%.</p></body>' })}\n` }).stdout);
    for (const [doc, text] of [[file, 'Apple rose 5%.'], [stdin, 'Les ventes de Renault ont augmenté de 5 %.'], [record, 'Apple rose 5%.']] as const) {
      expect(doc.document).toMatchObject({ format: 'html', text });
      expect(doc.metrics.map((m: { value: number; unit: string }) => `${m.value}${m.unit}`)).toEqual(['5%']);
      expect(doc.warnings).toEqual([]);
    }
    const empty = factex([join(dir, 'nav.html')]);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).warnings).toEqual([expect.stringMatching(/^no text found in the HTML input/)]);
    expect(empty.stderr).toMatch(/nav\.html: warning: no text found in the HTML input/);
  });

  test('--only keeps the named kinds and empties the others', () => {
    const all = JSON.parse(factex([SEED_EN]).stdout);
    const only = JSON.parse(factex(['--only', 'metrics,quotes', SEED_EN]).stdout);
    expect(only.metrics).toEqual(all.metrics);
    expect(only.quotes).toEqual(all.quotes);
    for (const k of ['actors', 'contracts', 'restrictions', 'claims']) expect(only[k]).toEqual([]);
  });

  test('output is identical across runs and across --concurrency', () => {
    const files = fixtureArticles();
    const a = factex(['--format', 'ndjson', '-j', '1', ...files]);
    const b = factex(['--format', 'ndjson', '-j', '2', ...files]);
    const c = factex(['--format', 'ndjson', '-j', '2', ...files]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });
});

describe('bad inputs: exit 1, one line per bad input, the batch goes on', () => {
  test('a missing file among good ones', () => {
    const r = factex(['--format', 'ndjson', SEED_FR, 'no/such/file.txt', SEED_EN]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('factex: no/such/file.txt: no such file or directory\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.location)).toEqual([SEED_FR, SEED_EN]);
  });
  test('--max-bytes: a larger stdin or file is refused with one line; the smaller ones go on', () => {
    const big = readFixture(SEED_FR); // 2.3 kB
    const r = factex(['--max-bytes', '1k', '-'], { input: big });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factex: -: too large: .*--max-bytes\)\n$/);
    const files = factex(['--max-bytes', '2k', '--format', 'ndjson', SEED_FR, 'fixtures/articles/seed-en/article.txt']);
    const enSize = Buffer.byteLength(readFixture('fixtures/articles/seed-en/article.txt'));
    expect(files.stderr).toMatch(new RegExp(`^factex: ${SEED_FR}: too large`));
    expect(files.code).toBe(1);
    expect(files.stdout.trim().split('\n').filter(Boolean)).toHaveLength(enSize <= 2048 ? 1 : 0);
  });
  test('json array stays valid when an input fails', () => {
    const r = factex(['missing-1.txt', SEED_EN, 'missing-2.txt']);
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
  test('only failures with json: an empty array', () => {
    const r = factex(['missing-1.txt', 'missing-2.txt']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
  test('a folder with no article files', () => {
    const dir = tempDir();
    writeTree(dir, { 'notes.csv': 'a,b\n', 'img.png': 'PNG' });
    const r = factex([dir, SEED_EN]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { source: { location: string } }) => d.source.location)).toEqual([SEED_EN]);
    expect(r.stderr).toBe(`factex: ${dir}: no article files (.txt, .md, .html, .htm, .xhtml)\n`);
    const filtered = factex(['--ext', 'html', join(ROOT, 'fixtures', 'articles', 'seed-en')]);
    expect(filtered.code).toBe(1);
    expect(filtered.stdout).toBe('');
    expect(filtered.stderr).toMatch(/seed-en: no article file matches --ext\/--glob\/--exclude\n$/);
  });
});

describe('CI: --expect, --fail-on-empty (exit 3)', () => {
  const counts = (doc: Record<string, unknown[]>) => Object.fromEntries(KINDS.map((k) => [k, doc[k].length]));
  test('expectations that hold: exit 0; that fail: exit 3 with the expectation and the count on stderr', () => {
    const doc = JSON.parse(factex([SEED_FR]).stdout);
    const n = counts(doc);
    const ok = factex(['--expect', `metrics>=${n.metrics}`, '--expect', `actors == ${n.actors}`, '--expect', 'total:facts>=0', SEED_FR]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toEqual(doc);
    const bad = factex(['--expect', `metrics>${n.metrics}`, '--expect', `quotes<=${n.quotes}`, SEED_FR]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe(`factex: ${SEED_FR}: expectation failed: metrics>${n.metrics} (found ${n.metrics})\n`);
    expect(JSON.parse(bad.stdout)).toEqual(doc); // output still written
  });
  test('per-document expectations are checked on every document; total: on the sums', () => {
    const docs = JSON.parse(factex([SEED_FR, SEED_EN]).stdout);
    const sum = docs.reduce((s: number, d: Record<string, unknown[]>) => s + d.actors.length, 0);
    const r = factex(['--expect', `total:actors!=${sum}`, SEED_FR, SEED_EN]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`factex: expectation failed: total:actors!=${sum} (found ${sum} in 2 documents)\n`);
    const each = factex(['--expect', 'facts<0', SEED_FR, SEED_EN]);
    expect(each.code).toBe(3);
    expect(each.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`${SEED_FR}: expectation failed: facts<0`), expect.stringContaining(`${SEED_EN}: expectation failed: facts<0`)]);
  });
  test('--fail-on-empty: a text without facts exits 3; the decision follows the facts found', () => {
    const empty = factex(['--fail-on-empty', '-'], { input: 'ok\n' });
    expect(empty.code).toBe(3);
    expect(empty.stderr).toMatch(/^factex: -: expectation failed: --fail-on-empty/);
    const doc = JSON.parse(factex([SEED_FR]).stdout);
    const total = KINDS.reduce((s, k) => s + doc[k].length, 0);
    expect(factex(['--fail-on-empty', SEED_FR]).code).toBe(total > 0 ? 0 : 3);
  });
  test('an input failure (1) wins over a failed expectation (3)', () => {
    expect(factex(['--expect', 'facts<0', SEED_FR, 'missing.txt']).code).toBe(1);
  });
});

describe('summary format and colour', () => {
  const ESC = '\u001b';
  test('colour: off on a pipe, on with FORCE_COLOR, off with NO_COLOR or --no-color', () => {
    const plain = factex(['--format', 'summary', SEED_FR]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('Metrics (');
    const forced = factex(['--format', 'summary', SEED_FR], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}[`);
    expect(factex(['--format', 'summary', SEED_FR], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(factex(['--format', 'summary', '--no-color', SEED_FR], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
  test('--only shows only those sections', () => {
    const r = factex(['--format', 'summary', '--only', 'quotes', SEED_FR]);
    expect(r.stdout).toContain('Quotes (');
    expect(r.stdout).not.toContain('Metrics (');
  });
  test('escape sequences from the article are neutralised in summary, exact in JSON', () => {
    const dir = tempDir();
    const evil = `Evil ${ESC}]0;pwned${String.fromCharCode(7)} title ${ESC}[2J`;
    const name = `bad${ESC}[31mname.html`;
    writeTree(dir, { [name]: `<html lang="en"><head><title>${evil}</title></head><body><article><p>OpenAI said on Monday that revenue rose 20% to $3 billion.</p></article></body></html>` });
    const file = join(dir, name);
    const s = factex(['--format', 'summary', file], { env: { FORCE_COLOR: '0' } });
    expect(s.code).toBe(0);
    expect(s.stdout).not.toContain(ESC);
    expect(s.stdout).not.toContain(String.fromCharCode(7));
    expect(s.stdout).toContain('\\u001b');
    const j = factex([file]);
    const doc = JSON.parse(j.stdout);
    expect(doc.source.location).toBe(file);
    expect(j.stdout).toContain('\\u001b');
  });
});

describe('pipes', () => {
  test('`factex … | head -1` ends quietly: exit 0, no EPIPE message', () => {
    const files = Array(40).fill(SEED_EN);
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" --format ndjson -j 1 ${files.map((f) => `"${f}"`).join(' ')} | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      env: scrubbedEnv(), encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('status=0\n');
  });
  test('a failure reported before the reader goes away keeps its exit code: 1 for a missing input, 3 for an expectation (third new-user trial)', () => {
    const files = Array(40).fill(SEED_EN).map((f) => `"${f}"`).join(' ');
    const run = (args: string) => spawnSync('bash', ['-c', `node "${BIN}" --format ndjson -j 1 ${args} | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      env: scrubbedEnv(), encoding: 'utf8',
    });
    const missing = run(`/nonexistent/a.txt ${files}`);
    expect(missing.stderr).toBe('factex: /nonexistent/a.txt: no such file or directory\n');
    expect(missing.stdout).toBe('status=1\n');
    const expectation = run(`--expect 'quotes>=1000' ${files}`);
    expect(expectation.stderr.split('\n')[0]).toMatch(/expectation failed: quotes>=1000 \(found \d+\)$/);
    expect(expectation.stdout).toBe('status=3\n');
  });
});
