/**
 * Invariants every factex result must satisfy whatever the input: exact
 * spans, resolvable actor references, unique ids, finite numbers. Used by
 * the fuzz tests and the soak script on generated inputs, where no value
 * can be predicted but these structural promises of the output contract
 * (`../shared/docs/output-contract.md`) always hold.
 *
 * @module
 */
import type { ActorRef, FactexResult, Span } from '../../src/types.js';

/** The six fact lists with the id prefix each uses. */
const PREFIX = { actors: 'A', contracts: 'C', restrictions: 'R', metrics: 'M', quotes: 'Q', claims: 'K' } as const;

/**
 * Describes why `span` is not an exact span of `text`, or returns null.
 * Exact: integer offsets (UTF-16 code units), 0 ≤ start ≤ end ≤ text.length,
 * and `text.slice(start, end) === span.text`.
 */
export function spanProblem(text: string, span: Span | undefined | null): string | null {
  if (!span || typeof span !== 'object') return 'missing span';
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer offsets [${start}, ${end})`;
  if (start < 0 || end > text.length || start > end) return `offsets [${start}, ${end}) out of range 0..${text.length}`;
  if (typeof span.text !== 'string') return `span [${start}, ${end}) has no text`;
  if (text.slice(start, end) !== span.text) {
    return `text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end).slice(0, 80))} ≠ span.text ${JSON.stringify(span.text.slice(0, 80))}`;
  }
  return null;
}

/**
 * Checks a result against the structural invariants. `result` must come
 * from `extract(input, { includeText: true })` with every fact kind.
 *
 * @param input the string given to `extract`; for plain text the analysed
 *   text must be that very string, except that a CR not followed by LF is read
 *   as LF (one for one: no normalisation may move offsets).
 * @returns the list of violations, empty when the result is sound.
 */
export function resultProblems(result: FactexResult, input: string): string[] {
  const problems: string[] = [];
  const text = result.document?.text;
  if (typeof text !== 'string') return ['document.text is missing (call extract with includeText: true)'];
  if (result.schemaVersion !== '1') problems.push(`schemaVersion ${JSON.stringify(result.schemaVersion)}`);
  if (result.document.format === 'text' && text !== input.replace(/\r(?!\n)/g, '\n')) problems.push('plain-text input: document.text differs from the input');
  if (result.document.length !== undefined && result.document.length !== text.length) {
    problems.push(`document.length ${result.document.length} ≠ text length ${text.length}`);
  }
  if (!Array.isArray(result.warnings) || result.warnings.some((w) => typeof w !== 'string')) problems.push('warnings is not a string array');

  const actorNames = new Map<string, string>();
  for (const kind of Object.keys(PREFIX) as (keyof typeof PREFIX)[]) {
    const facts = result[kind] as unknown;
    if (!Array.isArray(facts)) {
      problems.push(`${kind} is not an array`);
      continue;
    }
    const ids = new Set<string>();
    for (const fact of facts as { id: string; evidence?: Span; mentions?: Span[]; name?: string }[]) {
      if (typeof fact.id !== 'string' || !fact.id.startsWith(PREFIX[kind])) problems.push(`${kind}: bad id ${JSON.stringify(fact.id)}`);
      if (ids.has(fact.id)) problems.push(`${kind}: duplicate id ${fact.id}`);
      ids.add(fact.id);
      if (kind === 'actors') {
        actorNames.set(fact.id, fact.name ?? '');
        if (!Array.isArray(fact.mentions)) problems.push(`${fact.id}: mentions is not an array`);
        else for (const m of fact.mentions) {
          const p = spanProblem(text, m);
          if (p) problems.push(`${fact.id} (${JSON.stringify(fact.name)}) mention: ${p}`);
        }
      } else {
        const p = spanProblem(text, fact.evidence);
        if (p) problems.push(`${fact.id} evidence: ${p}`);
      }
    }
  }

  const checkRef = (where: string, ref: ActorRef | null | undefined, nullable: boolean) => {
    if (ref === null || ref === undefined) {
      if (!nullable) problems.push(`${where}: null actor reference`);
      return;
    }
    const name = actorNames.get(ref.id);
    if (name === undefined) problems.push(`${where}: reference to unknown actor ${JSON.stringify(ref.id)}`);
    else if (name !== ref.name) problems.push(`${where}: reference ${ref.id} named ${JSON.stringify(ref.name)}, actor is ${JSON.stringify(name)}`);
  };
  for (const a of result.actors ?? []) checkRef(`${a.id}.roleOf`, a.roleOf, true);
  for (const c of result.contracts ?? []) for (const p of c.parties ?? []) checkRef(`${c.id}.parties`, p, false);
  for (const r of result.restrictions ?? []) {
    checkRef(`${r.id}.imposedBy`, r.imposedBy, true);
    for (const p of r.appliesTo ?? []) checkRef(`${r.id}.appliesTo`, p, false);
  }
  for (const q of result.quotes ?? []) checkRef(`${q.id}.speaker`, q.speaker, true);
  for (const k of result.claims ?? []) checkRef(`${k.id}.source`, k.source, true);
  for (const m of result.metrics ?? []) {
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) problems.push(`${m.id}: value ${m.value} is not a finite number`);
    if (m.valueMax !== undefined && !Number.isFinite(m.valueMax)) problems.push(`${m.id}: valueMax ${m.valueMax} is not a finite number`);
  }
  return problems;
}

/**
 * Time budget of one extraction, milliseconds: 1 s per 100 000 code units,
 * never less than 1 s (the "under 1 s per 100 KB").
 */
export function budgetMs(length: number): number {
  return 1000 * Math.max(1, length / 100_000);
}

/**
 * Elapsed time normalised to the budget's scale: milliseconds per 100 000
 * code units, inputs shorter than that counting as 100 000 (so it is
 * comparable with the 1000 ms budget).
 */
export function msPer100k(ms: number, length: number): number {
  return ms / Math.max(1, length / 100_000);
}

/**
 * Milliseconds spent in `fn`: wall-clock (`ms`, process.hrtime) and CPU
 * time of this process (`cpuMs`, user + system, process.cpuUsage — not
 * inflated when other processes load the machine), and its value.
 */
export function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

/** Best (smallest) time of `n` runs of `fn`, milliseconds — cuts GC and scheduling noise. */
export function bestOf(n: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, timed(fn).ms);
  return best;
}

/** A short, printable description of a string input (length and escaped head) for failure messages. */
export function describeInput(s: string, max = 160): string {
  return `${s.length} code units: ${JSON.stringify(s.slice(0, max))}${s.length > max ? '…' : ''}`;
}
