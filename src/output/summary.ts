/**
 * The `summary` format: a readable digest grouped by fact kind, with short
 * evidence snippets. Text coming from the article is neutralised
 * (control characters and escape sequences shown escaped) so that an
 * article can never drive the user's terminal.
 *
 * @module
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FactexResult, FactKind, Metric, Span } from '../types.js';
import { FACT_KINDS } from '../types.js';
import { safeTerminalText } from './terminal-text.js';

export { safeTerminalText };

function clip(s: string, max = 100): string {
  const t = safeTerminalText(s).trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Renders one result as a summary.
 * @param colour whether to emit ANSI colours (decided once by the caller).
 * @param kinds the sections to show (default: all six, in {@link FACT_KINDS} order).
 */
/** Signs of the metric qualifiers in the summary view: "about 300" → "≈ 300", "up to $10,000" → "≤ 10000 USD". */
const QUALIFIER_SIGNS: Record<NonNullable<Metric['qualifier']>, string> = {
  approximate: '≈', 'at-least': '≥', 'at-most': '≤', 'more-than': '>', 'less-than': '<',
};

export function formatSummary(result: FactexResult, colour: boolean, kinds: readonly FactKind[] = FACT_KINDS): string {
  const show = new Set(kinds);
  const c: ChalkInstance = new Chalk({ level: colour ? 1 : 0 });
  const lines: string[] = [];
  const d = result.document;
  const head = [d.title ? `“${clip(d.title, 80)}”` : null, d.language, d.published].filter(Boolean).join(' · ');
  // An --input ndjson record is named by its id (every record's location is `-`).
  const name = result.source.id !== undefined ? `${result.source.location} (id ${JSON.stringify(result.source.id)})` : result.source.location;
  lines.push(c.bold(clip(name, 120)) + (head ? c.dim(`  ${head}`) : ''));
  const ev = (s: Span) => c.dim(`[${s.start}-${s.end}] `) + clip(s.text);
  const section = (title: string, n: number) => lines.push('', c.cyan.bold(`${title} (${n})`));
  if (show.has('actors')) section('Actors', result.actors.length);
  for (const a of result.actors) {
    const extra = [a.role ? `role: ${clip(a.role, 40)}` : null, a.aliases.length ? `aka ${a.aliases.map((x) => clip(x, 40)).join(', ')}` : null].filter(Boolean).join('; ');
    lines.push(`  ${c.yellow(a.id)} ${c.bold(clip(a.name, 60))} ${c.dim(a.kind)}${extra ? `  ${extra}` : ''}`);
  }
  if (show.has('contracts')) section('Contracts', result.contracts.length);
  for (const k of result.contracts) {
    lines.push(`  ${c.yellow(k.id)} ${k.kind}${k.status ? ` · ${c.green(k.status)}` : ''} · parties: ${k.parties.map((p) => clip(p.name, 40)).join(', ') || '—'}`);
    lines.push(`     ${ev(k.evidence)}`);
  }
  if (show.has('restrictions')) section('Restrictions', result.restrictions.length);
  for (const r of result.restrictions) {
    // a restriction not in force says so: "R1 prohibition · lifted by …" (older outputs without a status read as active)
    const status = r.status && r.status !== 'active' ? ` · ${c.green(r.status)}` : '';
    lines.push(`  ${c.yellow(r.id)} ${c.red(r.kind)}${status}${r.imposedBy ? ` by ${clip(r.imposedBy.name, 40)}` : ''}: ${clip(r.action, 80)}${r.condition ? c.dim(` (if ${clip(r.condition, 50)})`) : ''}`);
    lines.push(`     ${ev(r.evidence)}`);
  }
  if (show.has('metrics')) section('Metrics', result.metrics.length);
  for (const m of result.metrics) {
    const arrow = m.change === 'increase' ? c.green('▲ ') : m.change === 'decrease' ? c.red('▼ ') : '';
    // a range shows both bounds, "3–5 %"; a rate its denominator, "55.12 USD/barrel"
    const value = m.valueMax !== undefined && m.valueMax !== m.value ? `${m.value}–${m.valueMax}` : String(m.value);
    const per = m.per ? `/${clip(m.per, 20)}` : '';
    // the qualifier as a sign before the value ("up to $10,000" → "≤ 10000 USD"; trial: it was dropped)
    const qualifier = m.qualifier ? `${QUALIFIER_SIGNS[m.qualifier]} ` : '';
    lines.push(`  ${c.yellow(m.id)} ${arrow}${qualifier}${c.bold(value)} ${clip(m.unit, 30)}${per}${m.subject ? ` — ${clip(m.subject, 60)}` : ''}`);
    lines.push(`     ${ev(m.evidence)}`);
  }
  if (show.has('quotes')) section('Quotes', result.quotes.length);
  for (const q of result.quotes) {
    lines.push(`  ${c.yellow(q.id)} ${c.bold(q.speaker ? clip(q.speaker.name, 40) : 'unknown speaker')}: “${clip(q.text, 100)}”`);
  }
  if (show.has('claims')) section('Claims', result.claims.length);
  for (const k of result.claims) {
    lines.push(`  ${c.yellow(k.id)} ${c.magenta(k.modality)}${k.attribution ? c.dim(` (${clip(k.attribution, 50)})`) : ''}: ${clip(k.text, 100)}`);
  }
  for (const w of result.warnings) lines.push(c.yellow(`warning: ${clip(w, 200)}`));
  return lines.join('\n') + '\n';
}
