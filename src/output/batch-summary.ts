/**
 * Batch statistics (`--summary-json`, `--summary-file`): documents done and
 * failed, facts per kind, time. Collected as outcomes arrive; constant size.
 *
 * @module
 */
import type { FactKind } from '../types.js';
import { FACT_KINDS } from '../types.js';

/** The JSON written by `--summary-json` / `--summary-file`. */
export interface BatchStats {
  /** Documents extracted. */
  documents: number;
  /** Inputs that failed (unreadable, bad record, internal error). */
  failed: number;
  /** Documents with no fact of the output kinds. */
  empty: number;
  /** Facts per kind, summed over the documents. */
  facts: Record<FactKind, number>;
  /** All facts. */
  totalFacts: number;
  /** Characters (UTF-16 code units) of analysed text. */
  characters: number;
  /** Failed `--expect`/`--fail-on-empty` checks (one per document and expectation). */
  expectationFailures: number;
  /** Wall-clock time of the batch, milliseconds. */
  elapsedMs: number;
  /** `documents` per second of wall-clock time. */
  documentsPerSecond: number;
  /** Worker threads used (0: extraction in the main thread). */
  workers: number;
}

/** Accumulates {@link BatchStats}. */
export class StatsCollector {
  /** Start, ns (`process.hrtime`: unlike `performance`, it does not load perf_hooks at every start). */
  private readonly t0 = process.hrtime.bigint();
  readonly stats: BatchStats = {
    documents: 0, failed: 0, empty: 0,
    facts: { actors: 0, contracts: 0, restrictions: 0, metrics: 0, quotes: 0, claims: 0 },
    totalFacts: 0, characters: 0, expectationFailures: 0, elapsedMs: 0, documentsPerSecond: 0, workers: 0,
  };

  /** Records one extracted document. */
  addDocument(counts: Record<FactKind, number>, characters: number): void {
    const s = this.stats;
    s.documents++;
    let n = 0;
    for (const k of FACT_KINDS) { s.facts[k] += counts[k]; n += counts[k]; }
    s.totalFacts += n;
    if (n === 0) s.empty++;
    s.characters += characters;
  }

  /** Records one failed input. */
  addFailure(): void { this.stats.failed++; }

  /** Stops the clock and returns the statistics. */
  finish(workers: number): BatchStats {
    const s = this.stats;
    s.elapsedMs = Math.round(Number(process.hrtime.bigint() - this.t0) / 1e6);
    s.documentsPerSecond = s.elapsedMs > 0 ? Math.round((s.documents / s.elapsedMs) * 1000 * 10) / 10 : 0;
    s.workers = workers;
    return s;
  }
}
