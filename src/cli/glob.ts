/**
 * `--glob` and `--exclude` patterns, matched with picomatch (the matcher of
 * micromatch, chokidar and fast-glob): `*` any run of characters except
 * `/`, `**` any run including `/` (`**\/` also matches no folder at all),
 * `?` one character except `/`, `[abc]`/`[a-z]`/`[!a]` classes, `{a,b}`
 * alternatives. Dot files match like any other (`dot`). Matching is
 * case-sensitive, as in the shell. A pattern without `/` is matched against
 * the file name alone, otherwise against the path relative to the scanned
 * folder (always with `/`).
 *
 * Examples: `*.html` matches `en/a.html`; `en/**` matches `en/x/a.txt`;
 * `**\/draft-*` matches `draft-1.md` and `a/b/draft-2.txt`.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';
import { UsageError } from '../errors.js';

/** picomatch, loaded on the first pattern (most runs have none: it stays off the start-up path). */
let picomatch: typeof picomatchType | undefined;

/**
 * A compiled glob: tests a relative path (with `/` separators).
 * @throws UsageError for a pattern picomatch cannot read (an unclosed `[` or `{`),
 *   named after `option` (`--glob: invalid pattern '[' (missing closing "]")`).
 */
export function makeMatcher(glob: string, option = '--glob'): (relPath: string) => boolean {
  picomatch ??= createRequire(import.meta.url)('picomatch') as typeof picomatchType;
  try {
    // Shell negated classes `[!a]`: picomatch 4 reads `[!` as a literal-or-class alternative, so they are
    // given in their regex spelling `[^a]` (an escaped `\[!` is left alone).
    const pattern = glob.replace(/(^|[^\\])\[!/g, '$1[^');
    return picomatch(pattern, { dot: true, strictBrackets: true, basename: !glob.includes('/') });
  } catch (e) {
    const why = /Missing closing: "(.)"/.exec((e as Error).message);
    throw new UsageError(`${option}: invalid pattern '${glob}' (${why ? `missing closing "${why[1]}"` : (e as Error).message})`);
  }
}
