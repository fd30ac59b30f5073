/**
 * General semantic defects of the restriction, contract and claim rules, each a pattern of the language shown in English and
 * French: a status cue that speaks of another object or of a denied clause (contracts/<lang>/status-own-object); a definite
 * restriction noun that re-mentions a proposed ban or whose content comes in its predicate (restrictions/<lang>/definite-subject);
 * recalling an ambassador, no restriction (restrictions/fr/recall-not-sanction).
 */
import { contractsOf } from '../helpers/contracts.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { ActorKind, Language } from '../../src/types.js';

const O = 'organization' as const;
const G = 'government' as const;

describe('contracts: a status cue binds only to its own agreement (contracts/<lang>/status-own-object)', () => {
  const actors: Array<[string, ActorKind]> = [['Boeing', O], ['Airbus', O]];
  const rows: Array<[Language, string, string]> = [
    // a cue noun with a complement of its own speaks of that complement
    ['en', 'Boeing signed a supply deal with Airbus in March. Airbus denied that the cancellation of the Paris air show was linked to the deal.', 'signed'],
    ['fr', "Boeing a signé un contrat d'approvisionnement avec Airbus en mars. Airbus a démenti que l'annulation du salon du Bourget soit liée à ce contrat.", 'signed'],
    ['en', 'Boeing signed a supply deal with Airbus in March, despite the suspension of the Paris air show.', 'signed'],
    ['fr', "Boeing a signé un contrat avec Airbus en mars, malgré l'annulation du salon du Bourget.", 'signed'],
    // a cue in a denied clause is no fact
    ['en', 'Boeing signed a supply deal with Airbus in March. Airbus denied that the deal was cancelled.', 'signed'],
    ['fr', "Boeing a signé un contrat avec Airbus en mars. Airbus a démenti que le contrat ait été annulé.", 'signed'],
    // the mention as the cue's complement: the cue is its own
    ['en', 'Boeing signed a supply deal with Airbus in March. In June, Airbus announced the cancellation of the $2bn deal.', 'cancelled'],
    ['fr', "Boeing a signé un contrat avec Airbus en mars. Airbus a annoncé la résiliation du contrat en juin.", 'cancelled'],
  ];
  test.each(rows)('%s: %s → %s', (lang, text, status) => {
    const found = contractsOf(lang, text, actors.map(([n, k]) => [n, k]));
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe(status);
    expect(found[0]!.parties.map((p) => p.name).sort()).toEqual(['Airbus', 'Boeing']);
    expect(text.slice(found[0]!.evidence.start, found[0]!.evidence.end)).toBe(found[0]!.evidence.text);
  });
});

describe('restrictions: a definite restriction noun as subject (restrictions/<lang>/definite-subject)', () => {
  test.each<[Language, string, string, string]>([
    ['en', 'The Senate proposed a ban on TikTok. The ban would take effect only if Congress approves it.', 'Senate', 'only if Congress approves it'],
    ['fr', "Le Sénat a proposé une interdiction de TikTok. L'interdiction n'entrerait en vigueur que si le Congrès l'approuve.", 'Sénat', 'si le Congrès'],
  ])('%s: the condition of a proposed ban is that ban\'s: %s', (lang, text, senate, condition) => {
    const found = restrictionsOf(lang, text, [[senate, G], ['TikTok', O], [lang === 'en' ? 'Congress' : 'Congrès', G]]);
    expect(found.map((r) => `${r.kind} ${r.status}`)).toEqual(['prohibition proposed']);
    expect(found[0]!.imposedBy?.name).toBe(senate);
    expect(found[0]!.condition).toContain(condition);
  });

  test.each<[Language, string, string]>([
    ['en', 'The ban, announced Monday, covers imports of Russian steel.', 'imports of Russian steel'],
    ['fr', "L'interdiction, annoncée lundi, vise les importations d'acier russe.", "les importations d'acier russe"],
  ])('%s: a ban whose content comes later: %s', (lang, text, action) => {
    const found = restrictionsOf(lang, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('prohibition');
    expect(found[0]!.status).toBe('active');
    expect(found[0]!.action).toBe(action);
    expect(found[0]!.evidence.text).toBe(text.slice(0, -1));
  });
});

describe('restrictions: recalling an ambassador restricts nobody (restrictions/fr/recall-not-sanction)', () => {
  test.each<[Language, string, string]>([
    ['en', 'Algeria recalled its ambassador to France on Friday.', 'Algeria'],
    ['fr', "L'Algérie a rappelé son ambassadeur en France vendredi.", 'Algérie'],
    ['fr', 'La France a rappelé son ambassadeur en Italie pour consultations.', 'France'],
  ])('%s: %s', (lang, text, who) => {
    expect(restrictionsOf(lang, text, [[who, G]])).toEqual([]);
  });
  test('breaking off relations still is one', () => {
    expect(restrictionsOf('fr', "Le Canada a rompu ses relations diplomatiques avec l'Iran.", [['Canada', G], ['Iran', G]]).map((r) => r.kind)).toEqual(['sanction']);
  });
});
