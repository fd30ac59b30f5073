/**
 * Actor extractor (placeholder until its rules land): returns no actors.
 *
 * @module
 */
import type { Actor, AnalysedText } from '../types.js';

/** Extracts and links the actors of `doc`; ids are `A1`… in order of first mention. */
export function extractActors(doc: AnalysedText): Actor[] {
  void doc;
  return [];
}
