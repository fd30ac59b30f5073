/**
 * Analysis stage: text → {@link AnalysedText} (language, sentences,
 * paragraphs). Pure and synchronous.
 *
 * @module
 */
import type { AnalysedText, Language } from './types.js';
import { splitParagraphs, splitSentences } from './text/sentences.js';

/** Segments `text` for the extractors. `language` is the language rules run in. */
export function analyse(text: string, language: Language): AnalysedText {
  return { text, language, sentences: splitSentences(text), paragraphs: splitParagraphs(text) };
}
