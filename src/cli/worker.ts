/**
 * Worker-thread entry: runs {@link handle} on documents sent by the main
 * thread ({@link WorkerPool}), and posts back the rendered text. One message
 * in, one message out, in any order; the `seq` number pairs them.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { handle } from './handler.js';
import type { ExtractRequest } from './pool.js';

export { handle } from './handler.js';

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: ExtractRequest) => { void handle(req).then((reply) => port.postMessage(reply)); });
}
