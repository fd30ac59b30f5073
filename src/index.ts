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
import { parseHtml } from './input/html.js';
import { setHtmlReader } from './input/html-support.js';

// The library reads HTML synchronously: its reader loads with the package (the CLI loads it on demand).
setHtmlReader((html) => parseHtml(html));

export { extract, runExtractors } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { analyse } from './analyse.js';
export { splitSentences, splitParagraphs } from './text/sentences.js';
export { detectLanguage } from './text/language.js';
export { makeSpan, isExactSpan, lineColumn } from './text/span.js';
export * from './types.js';
