#!/usr/bin/env node
/**
 * Prints a gold annotation as if it were factex's JSON output, so that the
 * shared scorer can compare two annotations of the same articles (agreement
 * between annotators, the ceiling an extractor can be measured against):
 *
 *   node ../shared/eval/score.mjs --gold fixtures/gold/test -- \
 *     node scripts/gold-as-output.mjs --from fixtures/gold/test-b
 *
 * The scorer appends each article's path (`…/NAME.txt`); this prints the
 * required items of `<--from>/NAME.gold.json` (never its optional_* lists)
 * in the fields the scorer reads: actors (name, kind, aliases), contracts
 * (parties, status), restrictions (kind), metrics (value, unit, change, the
 * subject words joined by spaces), quotes (speaker), claims (modality,
 * attribution words joined), each with its evidence string. Evidence is a
 * plain string (the scorer locates it in the article), so the table's
 * "offsets exact" reads 0/0.
 *
 * Usage: node scripts/gold-as-output.mjs --from DIR ARTICLE.txt
 * Exit 2 with one line on a usage error, 1 when the annotation is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--from');
const from = at >= 0 ? args[at + 1] : undefined;
const article = args.filter((a, i) => a !== '--from' && i !== at + 1).pop();
if (!from || !article) {
  console.error('gold-as-output: usage: node scripts/gold-as-output.mjs --from DIR ARTICLE.txt');
  process.exit(2);
}
const path = join(from, basename(article).replace(/\.txt$/, '.gold.json'));
if (!existsSync(path)) {
  console.error(`gold-as-output: ${path}: no such annotation`);
  process.exit(1);
}
const g = JSON.parse(readFileSync(path, 'utf8'));
/** A list of words as one string ("subject": ["chômage", "jeunes"] → "chômage jeunes"). */
const words = (x) => (Array.isArray(x) ? x.join(' ') : (x ?? ''));
const output = {
  document: { language: g.language, published: g.published ?? null },
  actors: (g.actors ?? []).map((a) => ({ name: a.name, kind: a.kind, aliases: a.aliases ?? [] })),
  contracts: (g.contracts ?? []).map((c) => ({ parties: c.parties ?? [], status: c.status ?? null, evidence: c.evidence })),
  restrictions: (g.restrictions ?? []).map((r) => ({ kind: r.kind, evidence: r.evidence })),
  metrics: (g.metrics ?? []).map((m) => ({ value: m.value, unit: m.unit, change: m.change ?? null, subject: words(m.subject), evidence: m.evidence })),
  quotes: (g.quotes ?? []).map((q) => ({ speaker: q.speaker ?? null, evidence: q.evidence })),
  claims: (g.claims ?? []).map((c) => ({ modality: c.modality, attribution: words(c.attribution), evidence: c.evidence })),
};
process.stdout.write(`${JSON.stringify(output)}\n`);
