/**
 * Quote extractor (placeholder until its rules land): returns no facts.
 *
 * @module
 */
import type { AnalysedText, Draft, Quote } from '../types.js';
import type { ExtractionContext } from './context.js';

/** Extracts quotes from `doc`; evidence spans index `doc.text`. */
export function extractQuotes(doc: AnalysedText, ctx: ExtractionContext): Draft<Quote>[] {
  void doc;
  void ctx;
  return [];
}
