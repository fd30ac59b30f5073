/**
 * Number grammar of factex: {@link recognizeQuantities} finds numbers,
 * percentages, percentage points and money in English and French text.
 *
 * @module
 */
export { recognizeQuantities, parseDigits, quantityLexicon } from './quantities.js';
export { findWordNumbers } from './words.js';
export type { WordNumber } from './words.js';
export type { Quantity, QuantityKind, QuantityLexicon, CurrencyForm, ScaleForm } from './types.js';
