/**
 * factex — rule-based fact extraction from English and French news.
 *
 * ```ts
 * import { extract } from 'factex';
 * const result = extract(articleText, { includeText: true });
 * ```
 *
 * @module
 */
export { extract, runExtractors } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { analyse } from './analyse.js';
export { splitSentences, splitParagraphs } from './text/sentences.js';
export { detectLanguage } from './text/language.js';
export { makeSpan, isExactSpan, lineColumn } from './text/span.js';
export * from './types.js';
