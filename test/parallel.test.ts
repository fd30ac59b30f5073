/**
 * Scale-out recipe: GNU parallel `--pipe` splits an NDJSON record stream
 * over several `factex --input ndjson` processes; with `-k` (keep order)
 * the merged output must equal a single-process run, byte for byte.
 * The same record-per-line protocol serves Hadoop Streaming and Spark's
 * `RDD.pipe`. (`parallel` is installed by .ci/run; CI fails without it.)
 */
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, factex, requireBuild, scrubbedEnv, tempDir } from './cli-helpers.js';

jest.setTimeout(300_000);
beforeAll(requireBuild);

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

/** Records from the fixture articles and the shared corpus (when present): text, html and numeric ids. */
function records(): string {
  const out: string[] = [];
  const fixtures = join(ROOT, 'fixtures', 'articles');
  for (const slug of readdirSync(fixtures).sort()) {
    const text = readFileSync(join(fixtures, slug, 'article.txt'), 'utf8');
    out.push(JSON.stringify({ id: slug, text }));
    out.push(JSON.stringify({ id: out.length, html: `<html><body><article><p>${text.split('\n\n').join('</p><p>')}</p></article></body></html>` }));
  }
  out.push('{"id": "bad", "text": 3}');
  return out.join('\n') + '\n';
}

(hasParallel || process.env.CI ? test : test.skip)('parallel --pipe over --input ndjson equals one process', () => {
  expect(hasParallel).toBe(true); // CI installs GNU parallel (.ci/run)
  const input = records();
  const file = join(tempDir(), 'records.ndjson');
  writeFileSync(file, input);
  const single = factex(['--input', 'ndjson', '-j', '1'], { input });
  expect(single.code).toBe(1); // the bad record
  const lines = single.stdout.trim().split('\n');
  expect(lines.length).toBe(input.trim().split('\n').length - 1);

  // -N 3: three records per job; -j 2 jobs at once; -k: output in input order.
  const cmd = `parallel --will-cite --pipe -k -N 3 -j 2 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --input ndjson -j 1 < ${JSON.stringify(file)}`;
  const merged = spawnSync('bash', ['-c', cmd], { env: scrubbedEnv(), encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  expect(merged.stdout).toBe(single.stdout);
  expect(merged.stderr).toContain('"text" must be a string');
  expect(merged.status).toBe(1); // parallel exits with the number of failed jobs
});
