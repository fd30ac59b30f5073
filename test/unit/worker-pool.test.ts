/**
 * The worker pool of `--concurrency N` (src/cli/pool.ts), with stand-in worker scripts in a temporary folder: a worker
 * holds the request it extracts and the next one (so that it never waits for the main thread between two documents),
 * answers stay paired with their requests, and a worker that dies fails only the request it was extracting — the one
 * it held next goes to a new worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../src/cli/pool.js';
import type { ExtractRequest } from '../../src/cli/pool.js';

let root: string;
beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'factex-pool-')); });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A worker script (ES module) in the temporary folder. */
function workerScript(name: string, body: string): URL {
  const file = join(root, name);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

const request = (seq: number, content: string): ExtractRequest => ({
  seq, content, options: {}, render: { format: 'ndjson', colour: false, kinds: ['actors'] },
});

describe('WorkerPool', () => {
  test('a worker holds two requests: the second is in its queue before it answers the first', async () => {
    // answers each request 150 ms after it arrives, saying how many requests it had received by then
    const url = workerScript('count.mjs', `
let received = 0;
parentPort.on('message', (req) => {
  received++;
  setTimeout(() => parentPort.postMessage({ seq: req.seq, ok: true, rendered: { text: req.content + ':' + received } }), 150);
});`);
    const pool = new WorkerPool(1, url);
    try {
      const replies = await Promise.all([pool.run(request(0, 'a')), pool.run(request(1, 'b')), pool.run(request(2, 'c'))]);
      expect(replies.map((r) => r.seq)).toEqual([0, 1, 2]);
      // "a" was answered once "b" had arrived (two held); "c" was posted only after "a"'s answer
      expect(replies.map((r) => (r.ok ? (r.rendered as unknown as { text: string }).text : r.message))).toEqual(['a:2', 'b:2', 'c:3']);
    } finally {
      await pool.close();
    }
  });

  test('a worker that dies fails the request it was extracting; the next one it held is answered by a new worker', async () => {
    // exits at once on "die" (the request posted after it, already in its queue, is never read), answers anything else
    // with its thread id
    const url = workerScript('die.mjs', `
import { threadId } from 'node:worker_threads';
parentPort.on('message', (req) => {
  if (req.content === 'die') process.exit(3);
  parentPort.postMessage({ seq: req.seq, ok: true, rendered: { text: 'done ' + req.content, thread: threadId } });
});`);
    const pool = new WorkerPool(1, url);
    try {
      const [first, second] = await Promise.all([pool.run(request(0, 'die')), pool.run(request(1, 'next'))]);
      expect(first).toMatchObject({ seq: 0, ok: false, message: 'worker exited with code 3' });
      expect(second).toMatchObject({ seq: 1, ok: true, rendered: { text: 'done next' } });
      // a third request goes to that same new worker: the pool holds one worker, the one that answered "next"
      const third = await pool.run(request(2, 'again'));
      const thread = (r: typeof second) => (r.ok ? (r.rendered as unknown as { thread: number }).thread : -1);
      expect(thread(third)).toBe(thread(second));
    } finally {
      await pool.close();
    }
  });
});
