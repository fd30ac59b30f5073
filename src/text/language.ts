/**
 * Language identification with franc-min (trigram profiles of the 82 most
 * spoken languages, bundled in the npm package; no download), on a bounded
 * sample of the text so that cost stays constant for large documents. Its
 * guess is computed by trigram-language.ts (the same answer, from an inverted
 * index of the same profiles).
 * franc answers ISO 639-3 codes; `iso-639-3` maps them to ISO 639-1.
 *
 * @module
 */
import { guessLanguage3 as franc, rankLanguage3 } from './trigram-language.js';
// the 639-3 → 639-1 table only (2.5 KB), not the whole ISO 639-3 list the package entry loads (780 KB)
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import type { Language } from '../types.js';

/**
 * Characters of text given to the detector (start of the text). franc reads at most 2 048; 1 000 gave the same
 * answer as 2 000 on 510 samples (start, third and two thirds of every corpus and gold article) at 70 % of the cost,
 * and 500 the same as 1 000 on 777 samples (the same, plus the main texts of the English, French and German HTML
 * pages of ../shared/html) at about 60 % of the cost.
 */
const SAMPLE = 500;
/** Fewer letters than this: too short to trust a guess other than en/fr. */
const MIN_LETTERS = 40;
/** Everything but a letter of the Latin script (built once; the short-text script test of {@link detectLanguage}). */
const NOT_LATIN_LETTER = /[^\p{Script=Latin}]/gu;
/** Below this many letters, trigram statistics are weak: function words decide between en and fr. */
const SHORT_TEXT = 300;
/**
 * On a short text, franc's guess of an unsupported language is kept only when the runner-up scores below this
 * (franc's normalised scale, 1 = tie): "A federal judge struck down Florida's law banning drag shows." is Swedish by
 * 0.97 over Javanese, a guess no better than noise (rule 'language/short-near-tie'). Measured on 2 164 sentences of
 * 40–250 characters of ../shared/corpus: 36 English or French ones were given another language; 1 at this threshold
 * (5 at 0.95); the German sentences of ../shared/html/de stayed German.
 */
const NEAR_TIE = 0.9;

/**
 * Closed-class words frequent in news and exclusive to one of the two
 * languages ("the", "said" / "le", "selon"; not French "a", which is also the English article): on a short text
 * ("Sam Altman said sales rose 10%.") they outvote trigram noise.
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'are', 'were', 'said', 'says', 'that', 'with', 'for', 'on', 'by', 'from', 'has', 'have', 'it', 'its', 'this', 'will', 'would', 'rose', 'fell', 'after', 'before', 'than', 'which', 'who', 'an', 'be', 'been', 'not', 'but', 'he', 'she', 'they', 'his', 'her', 'their', 'had', 'into', 'over', 'about', 'could', 'should']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'dans', 'pour', 'par', 'sur', 'que', 'qui', 'selon', 'à', 'au', 'aux', 'ont', 'sont', 'été', 'ce', 'cette', 'ses', 'son', 'sa', 'il', 'elle', 'après', 'avec', 'ne', 'pas', 'mais', 'ils', 'elles', 'leur', 'leurs', 'nous', 'était', 'avait', 'aussi', 'depuis', 'contre', 'entre']),
};

/** Result of {@link functionWordVote}: the language with more function words (null on a tie) and its lead. */
interface FunctionWordVote {
  language: Language | null;
  /** True when the winner has at least {@link DECISIVE_VOTES} function words and twice as many as the other. */
  decisive: boolean;
  /** The winner's function words over all the words of the sample (0 when there is no winner). */
  share: number;
}

/**
 * Share of a text's words that are function words of one language from which that language wins over a trigram
 * guess of another (rule 'language/function-word-share'). A repetitive English list ("Item 3: Oil prices rose 3% on
 * Monday, traders said." ×10) was Romanian by its trigrams, then read with the French rules (third new-user trial).
 * Measured on the first 500 characters: English articles of ../shared/corpus from 0.22 up, French ones from 0.31 up;
 * other languages by chance — German and Dutch news 0.07 at most of the English words ("in", "was", "will"), Spanish,
 * Italian, Portuguese and Dutch news 0.10–0.18 of the French ones ("de", "la", "que").
 */
const FUNCTION_WORD_SHARE: Record<Language, number> = { en: 0.2, fr: 0.28 };

/**
 * Function words of one language that make a short text that language whatever the trigrams say: franc reads
 * "Russia denied reports that its troops had crossed the border." as German (rule 'language/short-function-words';
 * a German or Spanish sentence rarely holds three words of either list).
 */
const DECISIVE_VOTES = 3;

/**
 * A French elided word with the word it joins: « l'an », « d'euros », « qu'il », « n'a », « s'est », « jusqu'à ». English
 * writes no such prefix (its apostrophes end words: "Altman's", "don't"), so each one is a French vote, and the word
 * after it is not read on its own (the "an" of « l'an » is no English article).
 */
const FRENCH_ELISION = /(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]\p{L}+/giu;

function functionWordVote(sample: string): FunctionWordVote {
  let en = 0;
  let fr = 0;
  const rest = sample.toLowerCase().replace(FRENCH_ELISION, () => {
    fr++;
    return ' ';
  });
  let words = 0;
  for (const w of rest.match(/\p{L}+/gu) ?? []) {
    words++;
    if (FUNCTION_WORDS.en.has(w)) en++;
    if (FUNCTION_WORDS.fr.has(w)) fr++;
  }
  const language = en > fr ? 'en' : fr > en ? 'fr' : null;
  const [win, lose] = en > fr ? [en, fr] : [fr, en];
  return { language, decisive: language !== null && win >= DECISIVE_VOTES && win >= 2 * lose, share: language && words ? win / words : 0 };
}

/**
 * Marks of French writing that English does not use: letters ("é" in « prévue », "ç" in « reçu »), guillemets, and
 * the space French typography puts before "%" and before ";:!?" (« grimpe 2 % », « Pourquoi ? »).
 */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ«»]|\d[ \u00a0\u202f]%|[\p{L}\d][ \u00a0\u202f][;:!?]/iu;

/**
 * A short text with no function word of either language ("Amazon grew 2%.", « Hausse prévue de 2 % »): French
 * spelling marks decide (rule 'language/short-accents'); trigrams of a dozen letters are noise, and without
 * French marks English, the more frequent language of such snippets, is the better guess.
 */
function accentVote(sample: string): Language {
  return FRENCH_LETTERS.test(sample) ? 'fr' : 'en';
}

/** Result of {@link detectLanguage}. */
export interface LanguageGuess {
  /** ISO 639-1 code found (ISO 639-3 when the language has no 639-1 code), or `und` when the text has no letters, or is under 40 letters mostly of another script than the Latin one. */
  detected: string;
  /** The supported language rules will run in: `detected` if en/fr, else the closer of the two. */
  language: Language;
  /** True when `detected` is a real language other than en and fr, or `und` for a short text in another script (« 北京市政府宣布禁止使用TikTok。 »). */
  unsupported: boolean;
}

/** True for a language code factex has rules for. */
export function isSupportedLanguage(code: string): code is Language {
  return code === 'en' || code === 'fr';
}

/**
 * Detects the language of `text` from its first {@link SAMPLE} characters.
 * Never throws; text without letters gives `{ detected: 'und', language: 'en' }`.
 * A short text, or one franc cannot place, falls back quietly to the closer of en/fr.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!/\p{L}{2}/u.test(sample)) return { detected: 'und', language: 'en', unsupported: false };
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const short = letters < SHORT_TEXT ? functionWordVote(sample) : null;
  const vote = short?.language ?? null;
  // the closer of the two supported languages, for rules and for fallbacks (a second franc call only when needed)
  const closer = (): Language => vote ?? (letters < SHORT_TEXT ? accentVote(sample) : franc(sample, { only: ['eng', 'fra'], minLength: 1 }) === 'fra' ? 'fr' : 'en');
  if (letters < MIN_LETTERS) {
    const language = closer();
    // too short for trigrams, and written mostly in another script than the Latin one (« 北京市政府宣布禁止使用TikTok。 »:
    // third new-user trial): neither English nor French, whatever its few Latin words say
    if (sample.replace(NOT_LATIN_LETTER, '').length * 2 < letters) return { detected: 'und', language, unsupported: true };
    return { detected: language, language, unsupported: false };
  }
  const guess = rankLanguage3(sample, { minLength: MIN_LETTERS });
  const code3 = guess.code;
  const detected = code3 === 'und' ? null : (iso6393To1[code3] ?? code3);
  if (detected && isSupportedLanguage(detected)) {
    const language = vote ?? detected;
    return { detected: language, language, unsupported: false };
  }
  // a long text full of English or French function words is that language, whatever its trigrams say (short texts: below)
  const words = short ? null : functionWordVote(sample);
  if (words?.decisive && words.share >= FUNCTION_WORD_SHARE[words.language!]) return { detected: words.language!, language: words.language!, unsupported: false };
  const language = closer();
  if (!detected || short?.decisive || (short && guess.runnerUp >= NEAR_TIE)) return { detected: language, language, unsupported: false };
  return { detected, language, unsupported: true };
}
