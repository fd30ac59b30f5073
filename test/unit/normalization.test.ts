/**
 * Decomposed accents (NFD): the text is read in NFC and every span is mapped back to the input
 * (src/text/normalization.ts). Found by the new-user trial of 2026-12-02: NFD "José Manuel Barroso"
 * gave "Jose" and "Manuel Barroso", « Société Générale » gave "Socie" and "Ge".
 */
import { extract } from '../../src/extract.js';
import { nfcView } from '../../src/text/normalization.js';
import type { FactexResult, Span } from '../../src/types.js';

const nfd = (s: string): string => s.normalize('NFD');

/** Every span of a result, with where it came from. */
function spans(r: FactexResult): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const a of r.actors) for (const m of a.mentions) out.push([`actor ${a.name}`, m]);
  for (const k of ['contracts', 'restrictions', 'metrics', 'quotes', 'claims'] as const) {
    for (const f of r[k]) out.push([`${k} ${f.id}`, f.evidence]);
  }
  return out;
}

describe('nfcView', () => {
  it('is null for a text already in NFC (nothing copied)', () => {
    expect(nfcView('Société Générale a signé.')).toBeNull();
    expect(nfcView('plain ASCII')).toBeNull();
  });

  it('maps NFC offsets back to the decomposed input, whole segments', () => {
    const input = nfd('Générale');
    expect(input.length).toBe(10);
    const view = nfcView(input)!;
    expect(view.text).toBe('Générale');
    expect(view.toInput(0, 8)).toEqual({ start: 0, end: 10 });
    // "é" (NFC index 1) is "e" + U+0301 in the input (1–3); "rale" (4–8) is 6–10.
    expect(view.toInput(1, 2)).toEqual({ start: 1, end: 3 });
    expect(view.toInput(4, 8)).toEqual({ start: 6, end: 10 });
    expect(view.toInput(8, 8)).toEqual({ start: 10, end: 10 });
  });

  it('keeps marks with no base character at the start of a text', () => {
    const view = nfcView(`\u0301${nfd('Générale')}`)!;
    expect(view.text).toBe('\u0301Générale');
    expect(view.toInput(0, 1)).toEqual({ start: 0, end: 1 });
    expect(view.toInput(1, 9)).toEqual({ start: 1, end: 11 });
  });
});

describe('extract reads NFD text as NFC, offsets on the input', () => {
  const rows: Array<[string, string, string[], string]> = [
    ['fr', 'La Société Générale a signé un accord avec José Manuel Barroso. Le chiffre d’affaires a bondi de 12 % selon Les Échos.',
      ['Société Générale', 'José Manuel Barroso', 'Les Échos'], 'chiffre d’affaires'],
    ['en', 'Société Générale signed a deal with Nestlé on Monday. Its revenue rose 12% in Québec, the bank said.',
      ['Société Générale', 'Nestlé', 'Québec'], 'revenue'],
  ];
  it.each(rows)('%s: %s', (lang, text, names, subject) => {
    const composed = extract(text);
    const input = nfd(text);
    expect(input).not.toBe(text);
    const r = extract(input);
    expect(r.document.language).toBe(lang);
    expect(r.document.length).toBe(input.length);
    expect(r.actors.map((a) => a.name)).toEqual(expect.arrayContaining(names));
    expect(r.actors.map((a) => a.name)).toEqual(composed.actors.map((a) => a.name));
    expect(r.contracts.map((c) => c.parties.map((p) => p.name))).toEqual(composed.contracts.map((c) => c.parties.map((p) => p.name)));
    expect(r.metrics.map((m) => m.subject)).toContain(subject);
    for (const [where, s] of spans(r)) {
      expect([where, input.slice(s.start, s.end)]).toEqual([where, s.text]);
    }
    // The same facts at the same places, up to the accents' extra code units.
    expect(spans(r).map(([, s]) => s.text.normalize('NFC'))).toEqual(spans(composed).map(([, s]) => s.text));
  });
});
