/**
 * HTML support on demand. Reading a page needs linkedom, Readability and the
 * metadata readers (`html.ts`: about 180 modules, 0.1–0.2 s to load), which a
 * plain-text run never uses; so {@link extract} does not import them, it asks
 * this module for the reader when a document is HTML.
 *
 * How the reader gets loaded:
 * - the package entry (`factex`, `src/index.ts`) loads it with the library,
 *   so `extract(html)` works synchronously for library users, as before;
 * - the CLI awaits {@link loadHtmlSupport} (a dynamic `import()`) before
 *   extracting a document that looks like HTML, and never loads it for text;
 * - otherwise {@link htmlReader} loads `html.ts` synchronously through
 *   `require` (Node ≥ 20.19 loads ES modules that way), and says what to do
 *   where that is not possible (jest's module system: see
 *   `test/helpers/html-support.ts`).
 *
 * @module
 */
import { createRequire } from 'node:module';
import type { HtmlDocument } from './html.js';

/** Main text and metadata of an HTML page: `parseHtml` of `html.ts` with default options. */
export type HtmlReader = (html: string) => HtmlDocument;

let reader: HtmlReader | null = null;

/** Installs the HTML reader (the package entry and the test set-up do, with `parseHtml`). */
export function setHtmlReader(read: HtmlReader): void {
  reader = read;
}

/** Loads the HTML reader asynchronously (dynamic import of `html.ts`); resolves at once when it is loaded. */
export async function loadHtmlSupport(): Promise<void> {
  if (reader) return;
  const { parseHtml } = await import('./html.js');
  reader ??= (html) => parseHtml(html);
}

/**
 * The HTML reader, loading it synchronously when no one has yet.
 * @throws Error when it is not loaded and `require` cannot load ES modules
 *   (Node before 20.19, jest): the message says to await {@link loadHtmlSupport}.
 */
export function htmlReader(): HtmlReader {
  if (reader) return reader;
  let parseHtml: typeof import('./html.js').parseHtml;
  try {
    ({ parseHtml } = createRequire(import.meta.url)('./html.js') as typeof import('./html.js'));
  } catch (e) {
    throw new Error(`HTML support is not loaded and cannot be loaded synchronously here (${(e as Error)?.message ?? String(e)}): import 'factex', or await loadHtmlSupport() before extract()`);
  }
  reader = (html) => parseHtml(html);
  return reader;
}
