/**
 * Signals in the main thread between documents (src/cli/signals.ts, runSynchronous). Third new-user trial:
 * `yes '{"id":…}' | factex --input ndjson -j 1` ignored SIGTERM for seconds, or for good: documents read from a
 * busy stream ran from promise callbacks alone, so the handler never got its turn, and a signal that arrived
 * between two documents was dropped when the handlers were taken off for the next one.
 *
 * Run in a child Node process on the built module (jest's sandbox does not hand process signals to listeners
 * added in a test).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SIGNALS = pathToFileURL(join(process.cwd(), 'dist', 'cli', 'signals.js')).href;

/** Runs `body` (an async module script with `S`, the signals module, and `log` for its results) in a child Node process; returns what it logged. */
function inChild(body: string): unknown[] {
  const script = `const S = await import(${JSON.stringify(SIGNALS)}); const out = []; const log = (x) => out.push(x);\n${body}\nprocess.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  expect([r.status, r.signal, r.stderr]).toEqual([0, null, '']);
  return JSON.parse(r.stdout) as unknown[];
}

describe('runSynchronous', () => {
  test('a signal received during one short document reaches its handler before the next document runs', () => {
    expect(inChild(`
      let terms = 0;
      S.installSignalHandlers({ SIGINT: () => {}, SIGTERM: () => { terms++; } });
      await S.runSynchronous(100, () => process.kill(process.pid, 'SIGTERM'));
      await S.runSynchronous(100, () => log(terms));
      S.removeSignalHandlers();
    `)).toEqual([1]);
  });

  test('short documents run with the handlers on; a long one with the default actions, which come back after it, even when it throws', () => {
    expect(inChild(`
      S.installSignalHandlers({ SIGINT: () => {}, SIGTERM: () => {} });
      log(await S.runSynchronous(S.DEFAULT_ACTION_MIN_LENGTH - 1, () => process.listenerCount('SIGTERM')));
      log(await S.runSynchronous(S.DEFAULT_ACTION_MIN_LENGTH, () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')));
      try { await S.runSynchronous(S.DEFAULT_ACTION_MIN_LENGTH, () => { throw new Error('boom'); }); } catch (e) { log(e.message); }
      log(process.listenerCount('SIGINT'));
      S.removeSignalHandlers();
      log(process.listenerCount('SIGINT'));
    `)).toEqual([1, 0, 'boom', 1, 0]);
  });

  test('without handlers (worker threads, the library) it only runs the work', () => {
    expect(inChild(`log(await S.runSynchronous(S.DEFAULT_ACTION_MIN_LENGTH * 10, () => 42));`)).toEqual([42]);
  });
});
