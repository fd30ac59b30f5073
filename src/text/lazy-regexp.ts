/**
 * Regular expressions built on first use. V8 parses a pattern when the
 * RegExp is constructed (0.2–0.5 ms for a case-insensitive Unicode rule with
 * `\p{…}` classes), so a lexicon of a hundred rules built at import costs
 * 20–50 ms at every start, for both languages, though an article uses one
 * language and, after the literal prefilter (`prefilter.ts`), a handful of
 * its rules. A {@link LazyRegExp} holds the source and flags and builds the
 * RegExp the first time it runs.
 *
 * A case-insensitive Unicode rule (`iu`) is built without its `i` flag, from the source
 * {@link withoutIgnoreCase} writes with the case forms spelled out: the same matches, compiled
 * in about half the time (V8 no longer closes every letter class over case through ICU, at each
 * of its compilations in each thread). Its `source` and `flags` stay the rule's own.
 *
 * @module
 */
import { withoutIgnoreCase } from './case-fold.js';

/**
 * What the extractors use of a rule's regex: a RegExp satisfies it, and so
 * does a {@link LazyRegExp}.
 */
export interface RuleRegExp {
  readonly source: string;
  readonly flags: string;
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * A regex built on first use (see the module comment); behaves as
 * `new RegExp(source, flags)` for `exec`, `test` and `lastIndex` (the RegExp {@link regExp}
 * returns may lack the `i` flag, its source spelling the case forms out).
 * Example: `new LazyRegExp('interdi(?:re|t)', 'giu').exec('Il est interdit')` → match "interdit".
 * @throws SyntaxError on first use (not at construction) when `source` is not a valid pattern.
 */
export class LazyRegExp implements RuleRegExp {
  private built: RegExp | null = null;
  /** `lastIndex` set before the RegExp was built. */
  private pendingLastIndex = 0;

  constructor(readonly source: string, readonly flags: string) {}

  /** The RegExp, built now if not yet. */
  regExp(): RegExp {
    if (!this.built) {
      const folded = this.flags.includes('i') && this.flags.includes('u') ? withoutIgnoreCase(this.source) : null;
      this.built = folded === null ? new RegExp(this.source, this.flags) : new RegExp(folded, this.flags.replace('i', ''));
      this.built.lastIndex = this.pendingLastIndex;
    }
    return this.built;
  }

  get lastIndex(): number {
    return this.built ? this.built.lastIndex : this.pendingLastIndex;
  }

  set lastIndex(value: number) {
    if (this.built) this.built.lastIndex = value;
    else this.pendingLastIndex = value;
  }

  exec(text: string): RegExpExecArray | null {
    return this.regExp().exec(text);
  }

  test(text: string): boolean {
    return this.regExp().test(text);
  }
}
