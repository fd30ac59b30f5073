/**
 * The launcher's code cache (src/cli/code-cache.ts): a bundle runs the same with and
 * without a cache; a cache is used only for the build and runtime it was made for (a
 * changed bundle, a corrupt file, FACTEX_CODE_CACHE=0 → compiled from source); writing
 * falls back to the next folder when one cannot be written, and never throws; memos
 * round-trip. Run on a small stand-in bundle in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cacheFileName, defaultCacheDirs, isOlderBuild, memoFileName, parseMemo, runWithCodeCache, serialiseMemo, writeCodeCache, writeMemos,
} from '../../src/cli/code-cache.js';

// A stand-in bundle: CommonJS, uses its wrapper's arguments, reads and fills a memo.
const BUNDLE = `
const path = require('node:path');
const memo = globalThis[Symbol.for('factex.memo.test')];
const seen = memo ? memo.get('answer') : 'no memo';
if (memo) memo.set('answer', { value: 42, words: ['interdit', 'ban'] });
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
module.exports = { fib10: fib(10), file: path.basename(__filename), dir: path.basename(__dirname), self: this === exports, seen };
`;

let root: string;
let bundle: string;
let cacheA: string;
let cacheB: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'factex-code-cache-'));
  bundle = join(root, 'cli.cjs');
  writeFileSync(bundle, BUNDLE);
  cacheA = join(root, 'a');
  cacheB = join(root, 'b');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (opts: { cacheDirs?: string[]; env?: NodeJS.ProcessEnv } = {}) =>
  runWithCodeCache({ bundle, cacheDirs: opts.cacheDirs ?? [cacheA, cacheB], writeAtExit: false, memos: ['test'], env: opts.env ?? {} });

describe('runWithCodeCache', () => {
  test('no cache: compiled from source; the written cache is used by the next run; same exports', () => {
    const first = run();
    expect(first.usedCache).toBeNull();
    expect(first.rejectedCache).toBeNull();
    expect(first.exports).toMatchObject({ fib10: 55, file: 'cli.cjs', dir: expect.stringMatching(/^factex-code-cache-/), self: true });
    const written = writeCodeCache(first);
    expect(written).toBe(join(cacheA, first.fileName));
    const second = run();
    expect(second.usedCache).toBe(written);
    expect(second.rejectedCache).toBeNull();
    expect(second.exports).toEqual(first.exports);
  });

  test('a changed bundle (a rebuild) does not read the old cache, and writing removes it', () => {
    const first = run();
    const old = writeCodeCache(first)!;
    writeFileSync(bundle, BUNDLE + '\n// rebuilt\n');
    utimesSync(bundle, 2_000_000, 2_000_000);
    const second = run();
    expect(second.fileName).not.toBe(first.fileName);
    expect(second.usedCache).toBeNull();
    expect(second.exports).toMatchObject({ fib10: 55 });
    writeCodeCache(second);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(cacheA).filter((f) => f.endsWith('.v8cache'))).toEqual([second.fileName]);
  });

  test('a corrupt cache file is rejected by V8: compiled from source, same exports', () => {
    const name = cacheFileName(bundle, [], process.execArgv, '');
    const dir = cacheA;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), Buffer.alloc(4096, 7));
    const r = run();
    expect(r.fileName).toBe(name);
    expect(r.usedCache).toBeNull();
    expect(r.rejectedCache).toBe(join(dir, name));
    expect(r.exports).toMatchObject({ fib10: 55, self: true });
  });

  test('an unwritable folder falls back to the next; none writable → null, no exception', () => {
    writeFileSync(join(root, 'file'), 'not a folder');
    const blocked = join(root, 'file', 'cache'); // mkdir fails (ENOTDIR), even for root
    const r = run({ cacheDirs: [blocked, cacheB] });
    expect(writeCodeCache(r)).toBe(join(cacheB, r.fileName));
    expect(run({ cacheDirs: [blocked, cacheB] }).usedCache).toBe(join(cacheB, r.fileName));
    const none = run({ cacheDirs: [blocked] });
    expect(writeCodeCache(none)).toBeNull();
    expect(writeMemos(none)).toEqual([]);
  });

  test('writeWhenWarm (worker threads): the cache and memos are written when the bundle marks itself warm', () => {
    const warmBundle = join(root, 'worker.cjs');
    // what markWarm() does in a bundle: call the launcher's hook
    writeFileSync(warmBundle, BUNDLE + "\nconst hook = globalThis[Symbol.for('factex.codeCache.onWarm')]; if (typeof hook === 'function') hook();\n");
    const r = runWithCodeCache({ bundle: warmBundle, cacheDirs: [cacheA], memos: ['test'], writeWhenWarm: true, env: {} });
    expect(r.usedCache).toBeNull();
    expect(existsSync(join(cacheA, r.fileName))).toBe(true);
    expect(existsSync(join(cacheA, memoFileName(r.fileName, 'test')))).toBe(true);
    const again = runWithCodeCache({ bundle: warmBundle, cacheDirs: [cacheA], memos: ['test'], writeWhenWarm: true, env: {} });
    expect(again.usedCache).toBe(join(cacheA, r.fileName));
    expect(again.exports).toMatchObject({ fib10: 55, seen: { value: 42, words: ['interdit', 'ban'] } });
  });

  test('memoBundle: memos named after another bundle (the worker shares the CLI\'s)', () => {
    const first = run();
    writeMemos(first);
    const other = join(root, 'worker.cjs');
    writeFileSync(other, BUNDLE);
    const r = runWithCodeCache({ bundle: other, cacheDirs: [cacheA, cacheB], memos: ['test'], memoBundle: bundle, writeAtExit: false, env: {} });
    expect(r.memoBase).toBe(first.fileName);
    expect(r.exports).toMatchObject({ seen: { value: 42, words: ['interdit', 'ban'] } });
  });

  test('FACTEX_CODE_CACHE=0: no cache read, none written', () => {
    writeCodeCache(run());
    const off = run({ env: { FACTEX_CODE_CACHE: '0' } });
    expect(off.enabled).toBe(false);
    expect(off.usedCache).toBeNull();
    expect(writeCodeCache(off)).toBeNull();
    expect(off.exports).toMatchObject({ fib10: 55 });
  });

  test('a memo the bundle fills is written, and the next run hands it back', () => {
    const first = run();
    expect(first.exports).toMatchObject({ seen: undefined });
    const files = writeMemos(first);
    expect(files).toEqual([join(cacheA, memoFileName(first.fileName, 'test'))]);
    const second = run();
    expect(second.exports).toMatchObject({ seen: { value: 42, words: ['interdit', 'ban'] } });
    expect(writeMemos(second)).toEqual([]); // nothing new: not written again
  });
});

describe('memo files', () => {
  test('round trip, keys with escapes, quotes and non-ASCII; damaged entries left out', () => {
    const map = new Map<string, unknown>([
      ['(?<![\\u0041-\\u005A])interdi(?:re|t)', ['interdi']],
      ['« refus » d’accès', null],
      ['x\u0000y', ['dropped: the key holds a NUL']],
    ]);
    const text = serialiseMemo(map);
    const back = parseMemo(text);
    expect([...back]).toEqual([['(?<![\\u0041-\\u005A])interdi(?:re|t)', ['interdi']], ['« refus » d’accès', null]]);
    expect([...parseMemo(text + '\u0000\u0000broken\u0000{not json')]).toEqual([...back]);
    expect(parseMemo('').size).toBe(0);
  });
});

describe('file names', () => {
  test('other build → older build; other runtime of the same build → kept', () => {
    const a = 'cli-0123456789abc-00000000000aa-1111111111111.v8cache';
    expect(isOlderBuild('cli-0123456789abc-00000000000bb-1111111111111.v8cache', a)).toBe(true);
    expect(isOlderBuild('cli-0123456789abc-00000000000bb-2222222222222.prefilter.memo', a)).toBe(true);
    expect(isOlderBuild('cli-0123456789abc-00000000000aa-2222222222222.v8cache', a)).toBe(false);
    expect(isOlderBuild('cli-fffffffffffff-00000000000bb-1111111111111.v8cache', a)).toBe(false);
    expect(isOlderBuild('notes.txt', a)).toBe(false);
  });
  test('the key follows execArgv, NODE_OPTIONS and the V8 flags', () => {
    const base = cacheFileName(bundle, ['--no-regexp-tier-up'], [], '');
    expect(cacheFileName(bundle, ['--no-regexp-tier-up'], [], '')).toBe(base);
    expect(cacheFileName(bundle, [], [], '')).not.toBe(base);
    expect(cacheFileName(bundle, ['--no-regexp-tier-up'], ['--cpu-prof'], '')).not.toBe(base);
    expect(cacheFileName(bundle, ['--no-regexp-tier-up'], [], '--max-old-space-size=100')).not.toBe(base);
    expect(base).toMatch(/^cli-[0-9a-f]{13}-[0-9a-f]{13}-[0-9a-f]{13}\.v8cache$/);
  });
  test('default folders: beside the bundle, then the user cache folder, never /tmp', () => {
    expect(defaultCacheDirs('/opt/factex/dist/bundle/cli.cjs', { XDG_CACHE_HOME: '/home/u/.cache' })).toEqual(['/opt/factex/dist/bundle', '/home/u/.cache/factex']);
    const dirs = defaultCacheDirs('/opt/factex/dist/bundle/cli.cjs', {});
    expect(dirs[0]).toBe('/opt/factex/dist/bundle');
    expect(dirs.every((d) => !d.startsWith(tmpdir()))).toBe(true);
  });
});

describe('the CLI bundle', () => {
  test('its cache beside dist/bundle/cli.cjs, when built, holds the extraction code (bigger than a --help run would leave)', () => {
    const dir = join(process.cwd(), 'dist', 'bundle');
    if (!existsSync(join(dir, 'cli.cjs'))) return; // not built: the CLI tests say so
    const caches = readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    expect(caches.length).toBeGreaterThan(0);
    expect(Math.max(...caches.map((f) => readFileSync(join(dir, f)).length))).toBeGreaterThan(500_000);
  });
});
