/**
 * The worker pool of `--concurrency N` (src/cli/pool.ts), with stand-in worker scripts in a temporary folder: a worker
 * holds the request it extracts and the next one (so that it never waits for the main thread between two documents),
 * answers stay paired with their requests, and a worker that dies fails only the request it was extracting — the one
 * it held next goes to a new worker; queued requests go out longest first; `start()` starts the workers at once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  test('a queued request 8 times as long as the oldest goes before it; answers stay paired with their requests', async () => {
    // answers 100 ms after each request, with the order in which it received it
    const url = workerScript('order.mjs', `
let received = 0;
parentPort.on('message', (req) => {
  const rank = received++;
  setTimeout(() => parentPort.postMessage({ seq: req.seq, ok: true, rendered: { text: req.content + ':' + rank } }), 100);
});`);
    const pool = new WorkerPool(1, url);
    try {
      // "a" and "b" go out at once (the worker holds two); the others wait in the queue: "longlonglonglong" (8 times
      // "cc", the oldest) goes first, then the others in order ("ddddddd", 3.5 times "cc", does not overtake it)
      const contents = ['a', 'b', 'cc', 'd'.repeat(7), 'long'.repeat(4), 'e', 'f'];
      const replies = await Promise.all(contents.map((content, seq) => pool.run(request(seq, content))));
      expect(replies.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const ranks = replies.map((r) => (r.ok ? Number((r.rendered as unknown as { text: string }).text.split(':')[1]) : -1));
      expect(ranks).toEqual([0, 1, 3, 4, 2, 5, 6]);
    } finally {
      await pool.close();
    }
  });

  test('start() starts every worker before any request', async () => {
    const marks = join(root, 'started');
    const url = workerScript('start.mjs', `
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
appendFileSync(${JSON.stringify(marks)}, threadId + '\\n');
parentPort.on('message', (req) => parentPort.postMessage({ seq: req.seq, ok: true, rendered: { text: req.content } }));`);
    const pool = new WorkerPool(2, url);
    const started = () => { try { return readFileSync(marks, 'utf8').split('\n').filter(Boolean).length; } catch { return 0; } };
    try {
      pool.start();
      for (let i = 0; i < 100 && started() < 2; i++) await new Promise((r) => setTimeout(r, 50));
      expect(started()).toBe(2);
      expect(pool.capacity).toBe(2);
      // requests then go to those workers: no third one starts
      await Promise.all([pool.run(request(0, 'x')), pool.run(request(1, 'y')), pool.run(request(2, 'z'))]);
      expect(started()).toBe(2);
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
