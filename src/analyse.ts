/**
 * Analysis stage: text → {@link AnalysedText} (language, sentences,
 * paragraphs, headings). Pure and synchronous.
 *
 * @module
 */
import type { AnalysedText, Language } from './types.js';
import { splitParagraphs, splitSentences } from './text/sentences.js';
import { findHeadings } from './text/headings.js';

/** Segments `text` for the extractors. `language` is the language rules run in. */
export function analyse(text: string, language: Language): AnalysedText {
  const paragraphs = splitParagraphs(text);
  return { text, language, sentences: splitSentences(text), paragraphs, headings: findHeadings(paragraphs) };
}
