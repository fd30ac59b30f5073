/**
 * A denial word inside a reported clause (claims/<lang>/reported-denial) makes the claim `denied` only when the reporter
 * denies — the clause's subject a pronoun or none ("said she couldn't comment") — or when it is a refusal to comment,
 * whoever refused; a denial verb with another subject reports that subject's act ("said the company had denied rivals a
 * fair chance": reported). Re-trial of 2026-12-03. EN and FR.
 */
import type { Language } from '../../src/types.js';
import { claimsOf } from '../helpers/extractors.js';

describe('claims: a denial word inside a reported clause', () => {
  test.each<[string, Language, string, string, 'denied' | 'reported']>([
    ['en another subject denied (an act, not a denial)', 'en', 'Margrethe Vestager said the company had denied rivals a fair chance.',
      'the company had denied rivals a fair chance', 'reported'],
    ['fr un autre sujet a démenti', 'fr', "La ministre a affirmé que l'entreprise avait démenti toute fraude.",
      "l'entreprise avait démenti toute fraude", 'reported'],
    ['en the reporter refuses to comment', 'en', "Hawk Sawyer said she couldn't comment on the investigation.",
      "she couldn't comment on the investigation", 'denied'],
    ['fr a third party did not comment', 'fr', "Un porte-parole a indiqué que le groupe n'a pas commenté ces informations.",
      "le groupe n'a pas commenté ces informations", 'denied'],
  ])('%s', (_label, lang, text, claim, modality) => {
    const k = claimsOf(lang, text).find((x) => x.text === claim);
    expect(k?.modality).toBe(modality);
  });
});
