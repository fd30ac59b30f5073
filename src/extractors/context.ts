/**
 * What every extractor receives besides the analysed text.
 *
 * @module
 */
import type { Draft, Quote } from '../types.js';
import type { ActorIndex } from './actor-index.js';

/** Shared, read-only results of earlier pipeline stages. */
export interface ExtractionContext {
  /** Linked actors, by position. */
  actors: ActorIndex;
  /** Quotes found so far (the quote extractor runs before claims). */
  quotes: readonly Draft<Quote>[];
}
