/**
 * Seed material for the hostile-input harness: the real news articles of
 * `fixtures/fuzz/` (English Wikinews, public domain; French Wikinews,
 * CC BY 2.5 — see `fixtures/fuzz/README.md`), and "ordinary" texts of a
 * chosen size built by repeating them (the baseline the pathological
 * inputs are timed against).
 *
 * Paths are resolved from the working directory, which is the project
 * root under jest and `npm run soak`.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One seed article: file name, language (from the file name), text. */
export interface SeedArticle {
  name: string;
  language: 'en' | 'fr';
  text: string;
}

/** Folder of the seed articles, relative to the project root. */
export const SEED_DIR = 'fixtures/fuzz';

let cache: SeedArticle[] | null = null;

/**
 * The seed articles, sorted by file name (so generators are deterministic).
 * @throws Error when the folder holds no `.txt` article.
 */
export function seedArticles(): SeedArticle[] {
  if (cache) return cache;
  const names = readdirSync(SEED_DIR).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no seed articles in ${SEED_DIR}`);
  cache = names.map((name) => ({
    name,
    language: name.includes('-fr-') ? 'fr' : 'en',
    text: readFileSync(join(SEED_DIR, name), 'utf8'),
  }));
  return cache;
}

/**
 * An ordinary news text of exactly `size` UTF-16 code units: the seed
 * articles of `language` (or all of them) one after the other, separated by
 * blank lines, repeated, then cut at `size`.
 */
export function ordinaryText(size: number, language?: 'en' | 'fr'): string {
  const seeds = seedArticles().filter((a) => !language || a.language === language);
  const unit = seeds.map((a) => a.text.trim()).join('\n\n') + '\n\n';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
