/**
 * Shared runners of the extractor unit tests: one extractor on a text
 * analysed in a given language, with hand-built actors (see ./actors.ts)
 * instead of the actor extractor, so a test sees one extractor's rules only.
 */
import { analyse } from '../../src/analyse.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractClaims } from '../../src/extractors/claims.js';
import { extractMetrics } from '../../src/extractors/metrics.js';
import { extractQuotes } from '../../src/extractors/quotes.js';
import { extractRestrictions } from '../../src/extractors/restrictions.js';
import type { Claim, Draft, Language, Metric, Modality, Restriction } from '../../src/types.js';
import { handActors, handActorsAnywhere, type ActorSpec, type NameKind } from './actors.js';

/** Restrictions of `text`; `specs` are `[name, kind]` actors, every occurrence a mention. */
export function restrictionsOf(lang: Language, text: string, specs: NameKind[] = []) {
  return extractRestrictions(analyse(text, lang), { actors: new ActorIndex(handActorsAnywhere(text, specs)), quotes: [] });
}

/** A should-find row of a restriction table: the rule that must fire on `text` and the fields it must fill. */
export interface RestrictionRow {
  lang: Language;
  text: string;
  actors?: NameKind[];
  kind: string;
  /** The rule that finds it: `restrictions/<lang>/<rule>`. */
  rule: string;
  /** Text the evidence must contain. */
  evidence: string;
  action?: string;
  imposedBy?: string | null;
  appliesTo?: string[];
}

/**
 * Asserts that `row.rule` finds a restriction in `row.text` with the row's kind, an evidence holding `row.evidence` at exact
 * offsets, and the action and parties the row names; returns it for further checks.
 */
export function expectRestriction(row: RestrictionRow): Draft<Restriction> {
  const found = restrictionsOf(row.lang, row.text, row.actors ?? []);
  const r = found.find((x) => x.ruleId === `restrictions/${row.lang}/${row.rule}`);
  expect(r).toBeDefined();
  expect(r!.kind).toBe(row.kind);
  expect(r!.evidence.text).toContain(row.evidence);
  expect(row.text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.text);
  if (row.action !== undefined) expect(r!.action).toBe(row.action);
  if (row.imposedBy !== undefined) expect(r!.imposedBy?.name ?? null).toBe(row.imposedBy);
  if (row.appliesTo !== undefined) expect(r!.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  return r!;
}

/**
 * Asserts that the lexical fallback (restrictions/<lang>/fallback-<kind>) alone finds one restriction of `kind` in `text`, its evidence
 * exactly `evidence` at exact offsets, with an action.
 */
export function expectFallback(lang: Language, kind: string, text: string, evidence: string): void {
  const found = restrictionsOf(lang, text);
  expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual([`${kind} restrictions/${lang}/fallback-${kind}`]);
  const r = found[0]!;
  expect(r.evidence.text).toBe(evidence);
  expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  expect(r.action.length).toBeGreaterThan(0);
}

/** Claims of `text` (quotes extracted first, as the pipeline does); `specs` are whole-word actors. */
export function claimsOf(lang: Language, text: string, specs: readonly ActorSpec[] = []) {
  const doc = analyse(text, lang);
  const actors = new ActorIndex(handActors(text, specs));
  const quotes = extractQuotes(doc, { actors, quotes: [] });
  return extractClaims(doc, { actors, quotes });
}

/** A metric draft (no id yet). */
export type MetricDraft = Omit<Metric, 'id'>;

/** Metrics of `text`, without actors. */
export const metricsOf = (text: string, lang: Language): MetricDraft[] =>
  extractMetrics(analyse(text, lang), { actors: new ActorIndex([]), quotes: [] });

/** Strips accents and case, as the scorer compares subjects. */
export const foldSubject = (s: string | null): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The metric of `value` (relative tolerance 1e-6) in `unit`, if any. */
export const findMetric = (ms: MetricDraft[], value: number, unit: string): MetricDraft | undefined =>
  ms.find((x) => Math.abs(x.value - value) < 1e-6 * Math.max(1, value) && x.unit === unit);

/**
 * Asserts that `claims` hold one with `modality` and exactly `evidence` (its offsets slicing `text`), attributed as
 * `attribution` says ("=…": exactly; null: none; else a substring), found by `ruleId`.
 */
export function expectClaim(text: string, claims: readonly Draft<Claim>[], modality: Modality, evidence: string, attribution: string | null, ruleId: string): void {
  expect(claims.map((k) => `${k.modality}: ${k.evidence.text}`)).toContain(`${modality}: ${evidence}`);
  const claim = claims.find((k) => k.evidence.text === evidence && k.modality === modality)!;
  expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
  if (attribution === null) expect(claim.attribution).toBeNull();
  else if (attribution.startsWith('=')) expect(claim.attribution).toBe(attribution.slice(1));
  else expect(claim.attribution ?? '').toContain(attribution);
  expect(claim.ruleId).toBe(ruleId);
}
