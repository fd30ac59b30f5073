/**
 * Contract extractor (placeholder until its rules land): returns no facts.
 *
 * @module
 */
import type { AnalysedText, Draft, Contract } from '../types.js';
import type { ExtractionContext } from './context.js';

/** Extracts contracts from `doc`; evidence spans index `doc.text`. */
export function extractContracts(doc: AnalysedText, ctx: ExtractionContext): Draft<Contract>[] {
  void doc;
  void ctx;
  return [];
}
