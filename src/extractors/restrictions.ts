/**
 * Restriction extractor (placeholder until its rules land): returns no facts.
 *
 * @module
 */
import type { AnalysedText, Draft, Restriction } from '../types.js';
import type { ExtractionContext } from './context.js';

/** Extracts restrictions from `doc`; evidence spans index `doc.text`. */
export function extractRestrictions(doc: AnalysedText, ctx: ExtractionContext): Draft<Restriction>[] {
  void doc;
  void ctx;
  return [];
}
