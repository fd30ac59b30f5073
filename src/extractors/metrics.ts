/**
 * Metric extractor (placeholder until its rules land): returns no facts.
 *
 * @module
 */
import type { AnalysedText, Draft, Metric } from '../types.js';
import type { ExtractionContext } from './context.js';

/** Extracts metrics from `doc`; evidence spans index `doc.text`. */
export function extractMetrics(doc: AnalysedText, ctx: ExtractionContext): Draft<Metric>[] {
  void doc;
  void ctx;
  return [];
}
