/**
 * The batch heap trim (src/cli/heap-trim.ts): a full (major) garbage
 * collection once TRIM_EVERY_CODE_UNITS code units have been extracted,
 * none before, and no `gc` leaked into the global scope.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { noteExtracted, TRIM_EVERY_CODE_UNITS } from '../../src/cli/heap-trim.js';

/** Major GCs observed while `fn` runs (entries arrive asynchronously: waits for them). */
async function majorGcsDuring(fn: () => void): Promise<number> {
  const seen: PerformanceEntry[] = [];
  const obs = new PerformanceObserver((list) => { seen.push(...list.getEntries()); });
  obs.observe({ entryTypes: ['gc'] });
  fn();
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  return seen.filter((e) => (e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length;
}

describe('heap trim', () => {
  test('no collection below the threshold, one when it is reached', async () => {
    expect(TRIM_EVERY_CODE_UNITS).toBe(1_000_000);
    // Below the threshold: counting alone never collects.
    expect(await majorGcsDuring(() => noteExtracted(Math.floor(TRIM_EVERY_CODE_UNITS / 2)))).toBe(0);
    // Reaching it (the half above plus this half): one full collection.
    expect(await majorGcsDuring(() => noteExtracted(Math.ceil(TRIM_EVERY_CODE_UNITS / 2)))).toBeGreaterThanOrEqual(1);
  });

  test('gc() is not exposed on the global scope', () => {
    noteExtracted(TRIM_EVERY_CODE_UNITS);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
