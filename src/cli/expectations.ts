/**
 * The `--expect` assertion language for CI, and `--fail-on-empty`.
 *
 * An expectation is `[total:]<subject><op><integer>`:
 * - `subject`: a fact kind (`actors`, `contracts`, `restrictions`,
 *   `metrics`, `quotes`, `claims`) or `facts` (all kinds added up);
 * - `op`: `>=`, `<=`, `>`, `<`, `==` (or `=`), `!=`;
 * - without `total:` it must hold for **every** document; with `total:` it
 *   is checked once, on the sums over the whole batch.
 *
 * Examples: `metrics>=1`, `restrictions > 0`, `quotes==0`, `total:facts>=100`.
 * A failed expectation makes the exit code 3 (see `EXIT.EXPECTATION_FAILED`).
 *
 * @module
 */
import { UsageError } from '../errors.js';
import type { FactKind } from '../types.js';
import { FACT_KINDS } from '../types.js';

/** Fact counts of one document (or of a batch), per kind. */
export type FactCounts = Record<FactKind, number>;

/** What an expectation counts. */
export type Subject = FactKind | 'facts';

/** Comparison operators, normalised (`=` is read as `==`). */
export type Comparison = '>=' | '<=' | '>' | '<' | '==' | '!=';

/** One parsed `--expect` argument. */
export interface Expectation {
  /** `document`: each document must satisfy it; `total`: the batch sums must. */
  scope: 'document' | 'total';
  subject: Subject;
  op: Comparison;
  value: number;
  /** The argument as the user wrote it, trimmed (used in messages). */
  source: string;
}

// Example: "total: metrics >= 1" → total / metrics / >= / 1. Linear: no nested quantifiers.
const EXPECT_RE = /^\s*(total\s*:\s*)?([a-z]+)\s*(>=|<=|==|!=|=|>|<)\s*(\d{1,9})\s*$/i;

/**
 * Parses one `--expect` argument.
 * @throws UsageError (exit code 2) naming the problem when it is malformed.
 */
export function parseExpectation(arg: string): Expectation {
  const m = EXPECT_RE.exec(arg);
  if (!m) throw new UsageError(`--expect: cannot read '${arg}' (expected <kind><op><number>, e.g. 'metrics>=1'; ops >= <= > < == !=)`);
  const subject = m[2].toLowerCase();
  if (subject !== 'facts' && !(FACT_KINDS as readonly string[]).includes(subject)) {
    throw new UsageError(`--expect: unknown kind '${m[2]}' in '${arg}' (expected facts, ${FACT_KINDS.join(', ')})`);
  }
  const op = (m[3] === '=' ? '==' : m[3]) as Comparison;
  return { scope: m[1] ? 'total' : 'document', subject: subject as Subject, op, value: Number(m[4]), source: arg.trim() };
}

/** The count an expectation looks at. */
export function countOf(counts: FactCounts, subject: Subject): number {
  if (subject === 'facts') return FACT_KINDS.reduce((n, k) => n + counts[k], 0);
  return counts[subject];
}

/** Whether `actual op value` holds. */
export function compare(actual: number, op: Comparison, value: number): boolean {
  switch (op) {
    case '>=': return actual >= value;
    case '<=': return actual <= value;
    case '>': return actual > value;
    case '<': return actual < value;
    case '==': return actual === value;
    case '!=': return actual !== value;
  }
}

/** A failed expectation: which one and the count that broke it. */
export interface ExpectationFailure {
  expectation: Expectation;
  actual: number;
}

/**
 * Checks the expectations of one scope against counts.
 * @returns the failures, in the order the expectations were given (empty when all hold).
 */
export function checkExpectations(expectations: readonly Expectation[], scope: Expectation['scope'], counts: FactCounts): ExpectationFailure[] {
  const out: ExpectationFailure[] = [];
  for (const e of expectations) {
    if (e.scope !== scope) continue;
    const actual = countOf(counts, e.subject);
    if (!compare(actual, e.op, e.value)) out.push({ expectation: e, actual });
  }
  return out;
}

/** Counts with every kind at zero. */
export function zeroCounts(): FactCounts {
  return { actors: 0, contracts: 0, restrictions: 0, metrics: 0, quotes: 0, claims: 0 };
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addCounts(a: FactCounts, b: FactCounts): FactCounts {
  for (const k of FACT_KINDS) a[k] += b[k];
  return a;
}
