#!/usr/bin/env node
/**
 * Writes the worker threads' V8 code cache (dist/bundle/worker-*.v8cache, see
 * src/cli/code-cache.ts) from one thread that extracts every article given, in
 * English and in French, instead of leaving it to the first worker of a
 * `--concurrency 2` run, which writes it after its first document: a cache of
 * the functions one article of one language needs. With it, every worker thread
 * compiled the other language's functions (and the rarer ones) from source on
 * its first documents of that language. Callgrind, 20 English corpus documents in one
 * thread (2026-12-03): lazy compilation 90.7 → 64.0 M instructions, offset by the larger
 * cache's deserialisation (2.17 → 2.29 MB), so no net change on English; the gain is for
 * the language the old cache did not cover, and the cache no longer depends on which
 * worker finished first.
 *
 * Run by scripts/bundle.mjs after the build, in a process of its own: without
 * NODE_OPTIONS or Node.js options (the cache is keyed by them and by the V8 flags,
 * and made for the usual run; worker threads inherit the process's). A code cache
 * made in a main thread is the same as one made in a worker thread (V8 checks the
 * source, its version and its flags, not the thread).
 *
 * Usage: node scripts/warm-worker-cache.mjs BUNDLE_DIR MEMO,NAMES ARTICLE…
 * Exit codes: 0 written (or already there), 1 an error (its message on stderr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundleDir, memoNames, ...articles] = process.argv.slice(2);
const { runWithCodeCache, writeCodeCache, writeMemos, CLI_V8_FLAGS } = await import(pathToFileURL(join(bundleDir, '..', 'cli', 'code-cache.js')).href);

// The same call as the worker entry (worker-cached.js), but without writing when warm: at the end, once every article is extracted.
const run = runWithCodeCache({
  bundle: join(bundleDir, 'worker.cjs'), v8Flags: CLI_V8_FLAGS, memos: memoNames.split(','), memoBundle: join(bundleDir, 'cli.cjs'), writeAtExit: false,
});
const { handle } = run.exports;
let seq = 0;
for (const path of articles) {
  const content = readFileSync(path, 'utf8');
  // both line formats of a batch (ndjson, json), as the CLI's requests to a worker (src/cli/batch.ts)
  for (const format of ['ndjson', 'json']) {
    const reply = await handle({
      seq: seq++, content,
      options: { source: { type: 'file', location: path }, format: 'text', charset: 'utf-8', warnings: [] },
      render: { format, colour: false },
    });
    if (!reply.ok) throw new Error(`${path}: ${reply.message}`);
  }
}
if (!run.usedCache && run.enabled && writeCodeCache(run) === null) throw new Error(`cannot write the worker cache in ${bundleDir}`);
writeMemos(run);
