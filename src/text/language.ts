/**
 * Language identification with eld (Efficient Language Detector, n-gram
 * model bundled in the npm package; no download), on a bounded sample of
 * the text so that cost stays constant for large documents.
 *
 * @module
 */
import { eld } from 'eld/small';
import type { Language } from '../types.js';

/** Characters of text given to the detector (start of the text). */
const SAMPLE = 4000;

/** Result of {@link detectLanguage}. */
export interface LanguageGuess {
  /** ISO 639-1 code eld found, or `und` when the text has no letters. */
  detected: string;
  /** The supported language rules will run in: `detected` if en/fr, else the closer of the two. */
  language: Language;
  /** True when `detected` is neither en nor fr. */
  unsupported: boolean;
}

/** True for a language code factex has rules for. */
export function isSupportedLanguage(code: string): code is Language {
  return code === 'en' || code === 'fr';
}

/**
 * Detects the language of `text` from its first {@link SAMPLE} characters.
 * Never throws; text without letters gives `{ detected: 'und', language: 'en' }`.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!/\p{L}{2}/u.test(sample)) return { detected: 'und', language: 'en', unsupported: false };
  const result = eld.detect(sample);
  const detected = result.language || 'und';
  if (isSupportedLanguage(detected)) return { detected, language: detected, unsupported: false };
  const scores = result.getScores();
  const language: Language = (scores.fr ?? 0) > (scores.en ?? 0) ? 'fr' : 'en';
  // short or ambiguous text: fall back quietly rather than warn about a guess
  if (!result.isReliable() || sample.replace(/[^\p{L}]/gu, '').length < 40) return { detected: language, language, unsupported: false };
  return { detected, language, unsupported: detected !== 'und' };
}
