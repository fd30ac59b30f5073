/**
 * Worker-thread entry: runs {@link handle} on documents sent by the main
 * thread ({@link WorkerPool}), and posts back the rendered text. One message
 * in, one message out, in any order; the `seq` number pairs them.
 * `scripts/bundle.mjs` bundles it twice: `worker.js` (ES module) and `worker.cjs`,
 * which `worker-cached.js` runs through the V8 code cache ({@link WorkerPool}
 * starts that one when it is there).
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { handle } from './handler.js';
import type { ExtractRequest } from './pool.js';
import { markWarm } from './warm.js';

export { handle } from './handler.js';

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: ExtractRequest) => {
    void handle(req).then((reply) => {
      port.postMessage(reply);
      if (reply.ok) markWarm(); // after the reply: a code cache written now (worker-cached.js) delays no document
    });
  });
}
