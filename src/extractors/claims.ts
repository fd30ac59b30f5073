/**
 * Claim extractor (placeholder until its rules land): returns no facts.
 *
 * @module
 */
import type { AnalysedText, Draft, Claim } from '../types.js';
import type { ExtractionContext } from './context.js';

/** Extracts claims from `doc`; evidence spans index `doc.text`. */
export function extractClaims(doc: AnalysedText, ctx: ExtractionContext): Draft<Claim>[] {
  void doc;
  void ctx;
  return [];
}
