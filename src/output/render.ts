/**
 * Renders one result in the format the CLI was asked for. Runs where the
 * extraction ran (a worker thread or the main thread) so that the main
 * thread only copies finished text to stdout or to files.
 *
 * @module
 */
import type { FactexResult, FactKind } from '../types.js';
import { FACT_KINDS } from '../types.js';
import { jsonDocument, ndjsonLine } from './json.js';

/** The summary formatter (`summary.ts`, which loads chalk), once {@link loadRenderer} has loaded it. */
let formatSummary: typeof import('./summary.js').formatSummary | null = null;

/** Loads what rendering `spec` needs beyond JSON (the summary format and chalk); resolves at once when nothing is missing. */
export async function loadRenderer(spec: RenderSpec): Promise<void> {
  if (spec.format === 'summary' && !formatSummary) ({ formatSummary } = await import('./summary.js'));
}

/** How to render: a stdout format, or `file` (pretty JSON with a final newline, for `--out`). */
export interface RenderSpec {
  format: 'json' | 'ndjson' | 'summary' | 'file';
  /** ANSI colours in `summary` (decided once by the CLI). */
  colour: boolean;
  /** Sections of `summary` (the `--only` kinds); default all. */
  kinds?: FactKind[];
}

/** A rendered result plus what the batch needs to know about it. */
export interface Rendered {
  /** The output text (JSON element without trailing newline for `json`; a full line for `ndjson`). */
  text: string;
  /** Facts per kind, for statistics and `--expect`. */
  counts: Record<(typeof FACT_KINDS)[number], number>;
  /** The result's non-fatal warnings, for stderr. */
  warnings: string[];
  /** Characters of analysed text. */
  length: number;
}

/**
 * Renders `result` per `spec` and counts its facts.
 * @throws Error for `summary` when {@link loadRenderer} has not been awaited for it.
 */
export function renderResult(result: FactexResult, spec: RenderSpec): Rendered {
  let text: string;
  switch (spec.format) {
    case 'json': text = jsonDocument(result); break;
    case 'file': text = jsonDocument(result) + '\n'; break;
    case 'ndjson': text = ndjsonLine(result); break;
    case 'summary':
      if (!formatSummary) throw new Error('the summary format is not loaded: await loadRenderer(spec) first');
      text = formatSummary(result, spec.colour, spec.kinds);
      break;
  }
  const counts = { actors: 0, contracts: 0, restrictions: 0, metrics: 0, quotes: 0, claims: 0 };
  for (const k of FACT_KINDS) counts[k] = result[k].length;
  return { text, counts, warnings: result.warnings, length: result.document.length ?? 0 };
}
