/**
 * franc-min's language guess (`franc(value, options)`), computed from the same
 * trigram profiles and script expressions (`franc-min/data.js`,
 * `franc-min/expressions.js`), faster.
 *
 * franc-min, for each language of the text's main script (some 40 for Latin),
 * looks up each trigram of the sample in that language's profile (an object of
 * 300 trigrams): about 40 × 400 lookups per guess, 1.5–3 ms per document, 5 % of
 * a batch; and it builds its 66 profile objects when it is loaded, at every
 * start (some 30 ms of CPU). Here the first guess of a process looks each
 * profile entry up in the sample's trigram counts (about 4 ms), and the next
 * ones go through an inverted index of the script's profiles (trigram → the
 * languages holding it and its rank in each, built at the second guess, in flat
 * typed arrays): one lookup per trigram of the sample, under 0.1 ms a document.
 *
 * Exactness: franc's distance of a language is the sum over the sample's
 * trigrams of |count − rank − 1| when the profile holds the trigram, else 300
 * (integers, so the order of the sum does not matter); here it is 300 × (number
 * of trigrams) minus, for each trigram a profile holds, 300 − |count − rank − 1|:
 * the same integer (and the scan adds the same terms
 * language by language). franc sorts the languages (in the order of its data) by
 * distance with a stable sort and answers the first: here the first language of
 * smallest distance, in the same order. A profile listing a trigram twice keeps
 * its first rank, as franc's build loop (from the end) does. The sample's
 * cleaning and trigrams follow trigram-utils (`clean`, `trigrams`) step by step;
 * the script is chosen as franc does (the first expression with the most
 * matches). test/unit/trigram-language.test.ts compares the two on every
 * fixture, corpus article and a set of multilingual and edge-case strings.
 *
 * @module
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants (franc-min/index.js). */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

/** Options of {@link guessLanguage3}: franc's `only`, `ignore` and `minLength`. */
export interface TrigramOptions {
  only?: readonly string[];
  ignore?: readonly string[];
  minLength?: number;
}

/**
 * One script's profiles: language codes in franc's order; trigram → id; and for trigram id `t`, the languages holding it
 * and its rank in each at `lang[k]`, `rank[k]` for `k` from `offset[t]` to `offset[t + 1]` (flat typed arrays: one
 * allocation each, cheap to build at the first guess of a process).
 */
interface ScriptIndex {
  languages: string[];
  ids: Map<string, number>;
  offset: Int32Array;
  lang: Uint16Array;
  rank: Uint16Array;
}

const indexes = new Map<string, ScriptIndex>();
const own = Object.prototype.hasOwnProperty;
const scriptNames = Object.keys(expressions);

/** Calls of {@link guessLanguage3} that reached the distances. */
let calls = 0;

/** A script's profiles as franc reads them: its languages in order, and each one's trigrams by rank. */
interface ScriptProfiles {
  languages: string[];
  models: string[][];
}

const profileCache = new Map<string, ScriptProfiles>();

/** The profiles of `script`, or undefined when franc has none for it (a script of one language). */
function scriptProfiles(script: string): ScriptProfiles | undefined {
  let cached = profileCache.get(script);
  if (cached) return cached;
  if (!own.call(data, script)) return undefined;
  const profiles = (data as Record<string, Record<string, string>>)[script]!;
  const languages: string[] = [];
  const models: string[][] = [];
  for (const name in profiles) {
    if (!own.call(profiles, name)) continue;
    languages.push(name);
    models.push(profiles[name]!.split('|'));
  }
  cached = { languages, models };
  profileCache.set(script, cached);
  return cached;
}

/** The index of `script` (built on first use), or undefined when franc has no profiles for it. */
function scriptIndex(script: string): ScriptIndex | undefined {
  let index = indexes.get(script);
  if (index) return index;
  const profiles = scriptProfiles(script);
  if (!profiles) return undefined;
  const { languages, models } = profiles;
  let total = 0;
  for (const model of models) total += model.length;
  // first pass: ids, and (language, id, rank) of each profile entry; franc fills its profile object from the last
  // trigram to the first, so a trigram a profile lists twice keeps its first rank: later copies are skipped
  const ids = new Map<string, number>();
  const lastLanguage: number[] = [];
  const counts: number[] = [];
  const entryLang = new Uint16Array(total);
  const entryId = new Int32Array(total);
  const entryRank = new Uint16Array(total);
  let n = 0;
  for (let l = 0; l < models.length; l++) {
    const model = models[l]!;
    for (let weight = 0; weight < model.length; weight++) {
      const trigram = model[weight]!;
      let id = ids.get(trigram);
      if (id === undefined) {
        id = counts.length;
        ids.set(trigram, id);
        counts.push(0);
        lastLanguage.push(-1);
      } else if (lastLanguage[id] === l) continue;
      lastLanguage[id] = l;
      counts[id]!++;
      entryLang[n] = l;
      entryId[n] = id;
      entryRank[n] = weight;
      n++;
    }
  }
  // second pass: entries grouped by trigram id (counting sort)
  const offset = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) offset[t + 1] = offset[t]! + counts[t]!;
  const fill = offset.slice(0, counts.length);
  const lang = new Uint16Array(n);
  const rank = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const at = fill[entryId[k]!]!++;
    lang[at] = entryLang[k]!;
    rank[at] = entryRank[k]!;
  }
  index = { languages, ids, offset, lang, rank };
  indexes.set(script, index);
  return index;
}

/**
 * franc's distance of each language of `profiles` to a sample of trigram counts `counts`, by looking each profile
 * entry up in the sample (no index to build: the first guess of a process, the only one of a single-document run).
 */
function distancesByScan(profiles: ScriptProfiles, counts: ReadonlyMap<string, number>): number[] {
  const distances: number[] = [];
  for (const model of profiles.models) {
    let distance = MAX_DIFFERENCE * counts.size;
    let matched: Set<string> | undefined;
    for (let weight = 0; weight < model.length; weight++) {
      const trigram = model[weight]!;
      const count = counts.get(trigram);
      if (count === undefined) continue;
      // a trigram a profile lists twice counts once, at its first rank (see scriptIndex)
      if ((matched ??= new Set()).has(trigram)) continue;
      matched.add(trigram);
      let difference = count - weight - 1;
      if (difference < 0) difference = -difference;
      distance -= MAX_DIFFERENCE - difference;
    }
    distances.push(distance);
  }
  return distances;
}

/** The same distances as {@link distancesByScan}, through the script's index: one lookup per trigram of the sample. */
function distancesByIndex(index: ScriptIndex, counts: ReadonlyMap<string, number>): number[] {
  const { languages, ids, offset, lang, rank } = index;
  const distances = new Array<number>(languages.length).fill(MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    const id = ids.get(trigram);
    if (id === undefined) continue;
    for (let k = offset[id]!, end = offset[id + 1]!; k < end; k++) {
      let difference = count - rank[k]! - 1;
      if (difference < 0) difference = -difference;
      distances[lang[k]!]! -= MAX_DIFFERENCE - difference;
    }
  }
  return distances;
}

/** trigram-utils `clean` (punctuation, symbols and digits of U+0021–U+0040 to spaces; whitespace runs collapsed; trimmed; lower case). */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Counts of the padded trigrams of `value` (trigram-utils `asDictionary`). */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** franc's `allow`. */
function allow(language: string, only: readonly string[], ignore: readonly string[]): boolean {
  if (only.length === 0 && ignore.length === 0) return true;
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

/** franc's choice of script: the first expression with the most matches, and that count as a share of the text. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of scriptNames) {
    const count = (value.match(expressions[script as keyof typeof expressions]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Result of {@link rankLanguage3}: franc's answer and how close the next language came. */
export interface TrigramGuess {
  /** ISO 639-3 code, as {@link guessLanguage3}. */
  code: string;
  /**
   * franc's normalised score (as `francAll` gives it: 1 for the best language, lower for farther ones) of the
   * second-best allowed language; 0 when there is none (a script of one language, or `und`). Close to 1: the guess is
   * a near tie, as franc's guesses on one short sentence often are.
   */
  runnerUp: number;
}

/**
 * The ISO 639-3 code franc-min's `franc(value, options)` answers (`und` when undetermined), the same for every input
 * (see the module comment). `method` (for tests) forces one way of computing the distances; by default the first guess of
 * a process scans the profiles, the next ones use the index.
 */
export function guessLanguage3(value: string, options: TrigramOptions = {}, method?: 'scan' | 'index'): string {
  return rankLanguage3(value, options, method).code;
}

/** {@link guessLanguage3}, with the score of the runner-up language (see {@link TrigramGuess}). */
export function rankLanguage3(value: string, options: TrigramOptions = {}, method?: 'scan' | 'index'): TrigramGuess {
  const only = options.only ?? [];
  const ignore = options.ignore ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return { code: 'und', runnerUp: 0 };
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const profiles = script === undefined ? undefined : scriptProfiles(script);
  if (!script || !profiles) {
    if (!script || share === 0 || !allow(script, only, ignore)) return { code: 'und', runnerUp: 0 };
    return { code: script, runnerUp: 0 };
  }
  const counts = trigramCounts(value);
  const distances = method === 'index' || (method === undefined && ++calls > 1)
    ? distancesByIndex(scriptIndex(script)!, counts) : distancesByScan(profiles, counts);
  const languages = profiles.languages;
  let best = 'und';
  let bestDistance = Infinity;
  let secondDistance = Infinity;
  for (let l = 0; l < languages.length; l++) {
    if (!allow(languages[l]!, only, ignore)) continue;
    if (distances[l]! < bestDistance) {
      secondDistance = bestDistance;
      bestDistance = distances[l]!;
      best = languages[l]!;
    } else if (distances[l]! < secondDistance) {
      secondDistance = distances[l]!;
    }
  }
  // franc's normalisation: 1 - (distance - min) / (length × MAX_DIFFERENCE - min)
  const runnerUp = secondDistance === Infinity ? 0 : Math.max(0, 1 - (secondDistance - bestDistance) / (value.length * MAX_DIFFERENCE - bestDistance));
  return { code: best, runnerUp };
}
