/**
 * franc-min's language identification, same answers, less work. franc
 * (MIT, © Titus Wormer; https://github.com/wooorm/franc) picks the script
 * whose characters are most frequent in the sample, then the language of
 * that script whose trigram profile is nearest: for each trigram of the
 * sample, |count − rank − 1| when the profile has it, else 300, summed.
 *
 * franc builds one dictionary per language at import (82 of them: 0.02–0.04 s
 * at every start) and, per document, looks every trigram of the sample up in
 * each language of the script (about 300 × 44 lookups for Latin text: 5–10 %
 * of factex's CPU per article). Here the profiles of a script become one
 * table, built the first time a sample of that script is seen: a Map from
 * trigram to a row of ranks, one column per language. A sample then costs
 * one Map lookup per distinct trigram. The data (`franc-min/data.js`) and
 * the script expressions (`franc-min/expressions.js`) are franc's own; the
 * arithmetic, the order of languages and the tie-breaking (first language in
 * the data's order) are franc's, so the answer is the same string
 * (test/unit/trigram-language.test.ts compares it with franc's on corpus,
 * gold and random samples).
 *
 * @module
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: longest sample read, default shortest, distance of a missing trigram. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

/** The trigram profiles of one script's languages as one table. */
interface ScriptTable {
  /** Language codes (ISO 639-3), in the data's order. */
  languages: string[];
  /** Trigram → row. */
  rows: Map<string, number>;
  /** rows × languages ranks, −1 where the language's profile lacks the trigram. */
  ranks: Int16Array;
}

const tables = new Map<string, ScriptTable>();

/** The table of `script` (a key of franc's data), built on first use. */
function tableOf(script: string): ScriptTable {
  let table = tables.get(script);
  if (table) return table;
  const profiles = data[script]!;
  const languages = Object.keys(profiles);
  const models = languages.map((l) => profiles[l]!.split('|'));
  const rows = new Map<string, number>();
  for (const model of models) for (const t of model) if (!rows.has(t)) rows.set(t, rows.size);
  const n = languages.length;
  const ranks = new Int16Array(rows.size * n).fill(-1);
  models.forEach((model, col) => {
    // from the last rank down, as franc fills its dictionaries: a trigram listed twice keeps its first rank
    for (let weight = model.length - 1; weight >= 0; weight--) ranks[rows.get(model[weight]!)! * n + col] = weight;
  });
  table = { languages, rows, ranks };
  tables.set(script, table);
  return table;
}

/** franc's `clean` (trigram-utils): ASCII punctuation, symbols and digits to spaces, white space collapsed, trimmed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Occurrences of each trigram of `' ' + clean(value) + ' '` (trigram-utils' `asDictionary`). */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** franc's script vote: the script whose expression matches most characters (first on ties), and its share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return [top, topCount];
}

/** Options of {@link detectTrigramLanguage}: franc's `only` and `minLength`. */
export interface TrigramLanguageOptions {
  /** ISO 639-3 codes to choose among (default: all). */
  only?: readonly string[];
  /** Shortest `value` (UTF-16 code units) to try; shorter gives 'und'. Default 10. */
  minLength?: number;
}

/**
 * The language franc would answer for `value`: `franc(value, options)`, an ISO 639-3
 * code, or 'und' (too short, no script with letters, no allowed language).
 * Example: `detectTrigramLanguage('Le gouvernement a annoncé une nouvelle loi sur les retraites.')` → 'fra'.
 */
export function detectTrigramLanguage(value: string, options: TrigramLanguageOptions = {}): string {
  const only = options.only ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !Object.prototype.hasOwnProperty.call(data, script)) {
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return 'und';
    return script;
  }
  const table = tableOf(script);
  const n = table.languages.length;
  const distances = new Float64Array(n);
  for (const [trigram, count] of trigramCounts(value)) {
    const row = table.rows.get(trigram);
    if (row === undefined) {
      for (let c = 0; c < n; c++) distances[c] += MAX_DIFFERENCE;
      continue;
    }
    const base = row * n;
    for (let c = 0; c < n; c++) {
      const rank = table.ranks[base + c]!;
      distances[c] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  // franc sorts the distances (a stable sort) and answers the first: the nearest, first in data order on ties
  let best = 'und';
  let bestDistance = Infinity;
  for (let c = 0; c < n; c++) {
    if (only.length > 0 && !only.includes(table.languages[c]!)) continue;
    if (distances[c]! < bestDistance) { bestDistance = distances[c]!; best = table.languages[c]!; }
  }
  return best;
}
