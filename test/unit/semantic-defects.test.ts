/**
 * General semantic defects of the restriction, contract and claim rules, each a pattern of the language shown in English and
 * French: a status cue that speaks of another object or of a denied clause (contracts/<lang>/status-own-object); a definite
 * restriction noun that re-mentions a proposed ban or whose content comes in its predicate (restrictions/<lang>/definite-subject);
 * recalling an ambassador, no restriction (restrictions/fr/recall-not-sanction); persons who sign for a company, lawsuits over a
 * deal and a plain future (contracts/<lang>/signatory-company, status-future); a citing phrase that gives a reason, « envisage de »,
 * and a denial whose subject is a relative or a far pronoun (claims/<lang>/citing-reason, considering-not-report, denial-relative,
 * denial-pronoun-reach).
 */
import { contractsOf } from '../helpers/contracts.js';
import { claimsOf, restrictionsOf } from '../helpers/extractors.js';
import type { ActorKind, Language } from '../../src/types.js';

const O = 'organization' as const;
const G = 'government' as const;

describe('contracts: a negated or refused signing is no signature (contracts/<lang>/status-negated; second new-user trial)', () => {
  const actors: Array<[string, ActorKind]> = [['Boeing', O], ['Airbus', O]];
  const rows: Array<[Language, string, string]> = [
    ['en', 'Boeing did not sign the agreement with Airbus.', 'proposed'],
    ['fr', "Boeing n'a pas signé le contrat avec Airbus.", 'proposed'],
    ['en', 'Boeing has yet to sign the contract with Airbus.', 'proposed'],
    ['en', 'Boeing has refused to sign the deal with Airbus.', 'disputed'],
    ['fr', 'Boeing a refusé de signer le contrat avec Airbus.', 'disputed'],
    ['en', 'Boeing signed the agreement with Airbus.', 'signed'],
    // a signing only weighed (final new-user trial)
    ['en', 'Boeing is considering signing an agreement with Airbus.', 'proposed'],
    ['fr', 'Boeing envisage de signer un accord avec Airbus.', 'proposed'],
  ];
  test.each(rows)('%s: %s → %s', (lang, text, status) => {
    const found = contractsOf(lang, text, actors.map(([n, k]) => [n, k]));
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe(status);
    expect(found[0]!.parties.map((p) => p.name).sort()).toEqual(['Airbus', 'Boeing']);
  });
});

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

describe('contracts: who signs for whom, lawsuits and a plain future (contracts/<lang>/signatory-company, status-future)', () => {
  const actors: Array<[string, ActorKind]> = [['Airbus', O], ['Qantas', O], ['Guillaume Faury', 'person'], ['Boeing', O], ['Kmart', O], ['Sears', O], ['Apple', O], ['Epic Games', O]];
  test.each<[Language, string, string, string[]]>([
    // a person who signs in an office: the company is the party
    ['en', 'Airbus chief executive Guillaume Faury signed the contract with Qantas on Monday.', 'signed', ['Airbus', 'Qantas']],
    ['en', 'Guillaume Faury, chief executive of Airbus, signed a $3bn deal with Qantas.', 'signed', ['Airbus', 'Qantas']],
    ['en', "Guillaume Faury, Airbus's chief executive, signed a deal with Qantas.", 'signed', ['Airbus', 'Qantas']],
    ['fr', "Le PDG d'Airbus, Guillaume Faury, a signé le contrat avec Qantas lundi.", 'signed', ['Airbus', 'Qantas']],
    ['fr', "Guillaume Faury, PDG d'Airbus, a signé un contrat de 3 milliards avec Qantas.", 'signed', ['Airbus', 'Qantas']],
    // a plain future states a decided agreement (gold dev: "Kmart … announced … it will buy … Sears" is announced)
    ['en', 'Kmart will buy Sears.', 'announced', ['Kmart', 'Sears']],
    ['en', 'Airbus will sign a contract with Qantas next week.', 'announced', ['Airbus', 'Qantas']],
    ['en', 'Airbus could sign a contract with Qantas next week.', 'proposed', ['Airbus', 'Qantas']],
    ['fr', 'Kmart va racheter Sears.', 'announced', ['Kmart', 'Sears']],
    ['fr', 'Airbus signera un contrat avec Qantas la semaine prochaine.', 'announced', ['Airbus', 'Qantas']],
    ['fr', 'Airbus pourrait signer un contrat avec Qantas la semaine prochaine.', 'proposed', ['Airbus', 'Qantas']],
    // a lawsuit over a deal disputes it and is no contract; a settlement over a lawsuit resolves it
    ['en', 'Airbus and Qantas signed a deal in March. In June, Boeing sued Airbus over the deal.', 'disputed', ['Airbus', 'Qantas']],
    ['fr', 'Airbus et Qantas ont signé un contrat en mars. En juin, Boeing a attaqué Airbus en justice au sujet de ce contrat.', 'disputed', ['Airbus', 'Qantas']],
    ['en', 'Epic Games reached a settlement with Apple over the lawsuit.', 'signed', ['Apple']],
    ['fr', 'Epic Games a conclu un accord avec Apple sur le litige.', 'signed', ['Apple']],
  ])('%s: %s → %s', (lang, text, status, parties) => {
    const found = contractsOf(lang, text, actors.filter(([n]) => text.includes(n)).map(([n, k]) => [n, k]));
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe(status);
    // (the settlement's other side, Epic Games, is the subject of "reached": not read yet, not asserted)
    expect(found[0]!.parties.map((p) => p.name)).toEqual(expect.arrayContaining(parties));
    expect(found[0]!.parties.map((p) => p.name)).not.toContain('Guillaume Faury');
  });
  test.each<[Language, string]>([
    ['en', 'Airbus will not sign a contract with Qantas.'],
    ['fr', 'Airbus ne signera pas de contrat avec Qantas.'],
  ])('%s: a negated future signs nothing: %s', (lang, text) => {
    expect(contractsOf(lang, text, [['Airbus', O], ['Qantas', O]]).map((c) => c.status)).not.toContain('announced');
  });
});

describe('claims: sources, plans and deniers (claims/<lang>/citing-reason, considering-not-report, denial-relative, denial-pronoun-reach)', () => {
  test.each<[Language, string]>([
    ['en', 'The company expects profits to rise, citing strong demand in China.'],
    ['fr', 'Le groupe a relevé ses prévisions, citant une forte demande en Chine.'],
  ])('%s: a reason is no source: %s', (lang, text) => {
    expect(claimsOf(lang, text).map((k) => k.attribution ?? '')).not.toContainEqual(expect.stringMatching(/^(?:citing|citant)/u));
  });
  test.each<[Language, string, string]>([
    ['en', 'Airbus will cut 2,000 jobs, citing Reuters.', 'Reuters'],
    ['fr', 'Airbus va supprimer 2 000 postes, citant des sources proches du dossier.', 'sources'],
  ])('%s: a cited source stays one: %s', (lang, text, source) => {
    const claims = claimsOf(lang, text, [{ name: 'Reuters', kind: 'organization' }, { name: 'Airbus', kind: 'organization' }]);
    expect(claims.map((k) => k.attribution ?? '')).toContainEqual(expect.stringContaining(source));
  });
  test('fr: « envisage de » is a plan considered, not a report', () => {
    expect(claimsOf('fr', 'Le gouvernement envisage de relever la TVA.')).toEqual([]);
  });
  test.each<[Language, string, string]>([
    ['en', 'Airbus lost the tender last year after a long fight with the Pentagon, which declined to comment.', 'Pentagon'],
    ['en', 'The contract went to Boeing rather than Airbus, whose spokesman declined to comment.', 'Airbus'],
    ['fr', "Le contrat a été attribué à Boeing plutôt qu'à Airbus, dont le porte-parole n'a pas souhaité commenter.", 'Airbus'],
    ['fr', "Airbus a perdu l'appel d'offres face au Pentagone, qui n'a pas souhaité commenter.", 'Pentagone'],
  ])('%s: a relative subject stands for the actor before its comma: %s', (lang, text, who) => {
    const claims = claimsOf(lang, text, ['Pentagon', 'Pentagone', 'Airbus', 'Boeing'].map((name) => ({ name, kind: name.startsWith('Pentag') ? G : O })));
    const denial = claims.find((k) => k.modality === 'denied')!;
    expect(denial.attribution).toBe(who);
    expect(text.slice(denial.evidence.start, denial.evidence.end)).toBe(denial.evidence.text);
  });
  test.each<[Language, string, string | null]>([
    ['en', 'Boeing won the contract in 2019. The tender was long and costly, according to analysts. It declined to comment.', null],
    ['fr', "Boeing a remporté le contrat en 2019. Selon les analystes, l'offre perdante était moins chère. Il n'a pas souhaité commenter.", null],
    ['en', 'Boeing won the contract. It declined to comment.', 'Boeing'],
    ['fr', "Boeing a remporté le contrat. Il n'a pas souhaité commenter.", 'Boeing'],
  ])('%s: a pronoun denier is a subject of its own or the previous sentence: %s', (lang, text, who) => {
    const denial = claimsOf(lang, text, [{ name: 'Boeing', kind: O }]).find((k) => k.modality === 'denied')!;
    if (who === null) expect(denial.attribution).not.toBe('Boeing');
    else expect(denial.attribution).toBe(who);
  });
});

describe('restrictions: a named app or firm blocked (restrictions/<lang>/block-named)', () => {
  test.each<[Language, string]>([
    ['en', "Atletico blocked Real Madrid's attack in the second half."],
    ['fr', "L'Atlético a bloqué l'attaque du Real Madrid en seconde période."],
  ])('%s: a possession of the name is no ban: %s', (lang, text) => {
    expect(restrictionsOf(lang, text, [['Atletico', O], ['Atlético', O], ['Real Madrid', O]])).toEqual([]);
  });
});

describe('restrictions: the author of an undergone restriction (restrictions/<lang>/undergone-imposer)', () => {
  test.each<[Language, string, string, string]>([
    ['en', 'Libya has been under a UN arms embargo since 2011.', 'UN', 'Libya'],
    ['fr', "La Russie fait face à des sanctions de l'UE.", 'UE', 'Russie'],
    ['fr', "La Russie fait l'objet de sanctions de l'UE.", 'UE', 'Russie'],
  ])('%s: %s', (lang, text, author, target) => {
    const found = restrictionsOf(lang, text, [[author, G], [target, G]]);
    expect(found).toHaveLength(1);
    expect(found[0]!.imposedBy?.name).toBe(author);
    expect(found[0]!.appliesTo.map((a) => a.name)).toEqual([target]);
  });
});

describe('contracts: a framing agreement is the one of its clause (contracts/<lang>/framed-content)', () => {
  test.each<[Language, string, string]>([
    ['en', 'Under the agreement, signed in Riyadh, Saudi Arabia will buy 48 Eurofighter jets from BAE Systems.', 'Saudi Arabia'],
    ['fr', "Aux termes de l'accord signé à Riyad, l'Arabie saoudite achètera 48 Eurofighter à BAE Systems.", 'Arabie saoudite'],
  ])('%s: %s', (lang, text, buyer) => {
    const found = contractsOf(lang, text, [[buyer, G], ['BAE Systems', O]]);
    expect(found).toHaveLength(1);
    expect(found[0]!.parties.map((p) => p.name).sort()).toEqual([buyer, 'BAE Systems'].sort());
    expect(found[0]!.status).toBe('signed');
  });
});

describe('claims: a denial coordinated with a first predicate (claims/<lang>/denial-coordinated)', () => {
  test.each<[Language, string, string]>([
    ['en', 'Boeing said sales rose 5% in the quarter and declined to comment on the lawsuit.', 'declined to comment on the lawsuit'],
    ['fr', "Renault a publié ses résultats lundi et n'a pas souhaité commenter la fermeture de l'usine.", "n'a pas souhaité commenter la fermeture de l'usine"],
  ])('%s: the denial starts at its verb, its source is the first subject: %s', (lang, text, evidence) => {
    const denial = claimsOf(lang, text, [{ name: 'Boeing', kind: O }, { name: 'Renault', kind: O }]).find((k) => k.modality === 'denied')!;
    expect(denial.evidence.text).toBe(evidence);
    expect(text.slice(denial.evidence.start, denial.evidence.end)).toBe(evidence);
    expect(denial.attribution).toBe(lang === 'en' ? 'Boeing' : 'Renault');
  });
  test('coordinated subjects keep the whole subject in the evidence', () => {
    const denial = claimsOf('en', 'Tesla and Ford declined to comment.', [{ name: 'Tesla', kind: O }, { name: 'Ford', kind: O }]).find((k) => k.modality === 'denied')!;
    expect(denial.evidence.text).toBe('Tesla and Ford declined to comment');
  });
});

describe('claims: two names are the subject together (claims/<lang>/coordinated-subject)', () => {
  test.each<[Language, string, string]>([
    ['en', 'Tesla and Ford declined to comment.', 'Tesla and Ford'],
    ['en', 'Tesla and Ford said sales rose in May.', 'Tesla and Ford'],
    ['fr', "Renault et Stellantis n'ont pas souhaité commenter.", 'Renault et Stellantis'],
    ['fr', 'Renault et Stellantis ont affirmé que les ventes avaient progressé en mai.', 'Renault et Stellantis'],
  ])('%s: %s', (lang, text, attribution) => {
    const claims = claimsOf(lang, text, ['Tesla', 'Ford', 'Renault', 'Stellantis'].map((name) => ({ name, kind: O })));
    expect(claims.map((k) => k.attribution)).toEqual([attribution]);
  });
});

describe('restrictions: denied, disavowed or broken measures are none; a passive agent imposes (second new-user trial)', () => {
  test.each<[Language, string]>([
    // restrictions/<lang>/denied-clause
    ['en', 'The White House denied that the president had approved the ban.'],
    ['fr', "Le Kremlin a démenti que le président ait approuvé l'interdiction."],
    // no plan, ruled out (negationBefore)
    ['en', 'France has no plans to ban TikTok, the minister said.'],
    ['fr', "Le gouvernement n'a pas l'intention d'interdire TikTok."],
    // sanctions broken or dodged (SANCTIONS_BROKEN)
    ['en', 'The company may have violated sanctions, the Treasury said.'],
    ['en', 'The bank helped Iran evade US sanctions.'],
    ['fr', "L'entreprise aurait violé les sanctions américaines."],
  ])('%s: %s → no restriction', (lang, text) => {
    expect(restrictionsOf(lang, text, [['TikTok', O], ['Iran', G], ['France', G]])).toEqual([]);
  });
  test.each<[Language, string]>([
    ['en', 'The EU imposed sanctions on Russia.'],
    ['fr', 'Le gouvernement a interdit TikTok.'],
  ])('%s: %s → still a restriction', (lang, text) => {
    expect(restrictionsOf(lang, text, [['TikTok', O], ['EU', G], ['Russia', G]])).toHaveLength(1);
  });
  // a ban ruled out is no prohibition: the one who rules it out refuses it, in both languages (restrictions/en/rule-out,
  // restrictions/fr/exclure-option)
  test.each<[Language, string]>([
    ['en', 'The minister ruled out any ban on TikTok.'],
    ['fr', 'Le ministre a exclu toute interdiction de TikTok.'],
  ])('%s: %s → a refusal, no prohibition', (lang, text) => {
    expect(restrictionsOf(lang, text, [['TikTok', O]]).map((r) => r.kind)).toEqual(['refusal']);
  });
  test.each<[Language, string, string, string]>([
    ['en', "The $69 billion deal was blocked by the UK's Competition and Markets Authority.", 'Competition and Markets Authority', 'The $69 billion deal'],
    ['fr', 'La fusion a été bloquée par la Commission européenne.', 'Commission européenne', 'La fusion'],
  ])('%s: %s → imposed by the agent (restrictions/<lang>/subject-passive-agent)', (lang, text, agent, action) => {
    const found = restrictionsOf(lang, text, [['UK', G], ['Competition and Markets Authority', G], ['Commission européenne', G]]);
    expect(found).toHaveLength(1);
    expect(found[0]!.imposedBy?.name).toBe(agent);
    expect(found[0]!.action).toBe(action);
  });
});

describe('restrictions (FR): « à » before the target of a restriction noun is no part of the action (second new-user trial)', () => {
  test.each<[string, string]>([
    ['Washington a imposé des sanctions à Moscou.', 'Moscou'],
    ['Le Trésor a imposé des sanctions à la banque russe Gazprombank.', 'la banque russe Gazprombank'],
    // (an infinitive after it keeps it: « aux entreprises » is whom the ban forbids to sell)
    ['Le gouvernement a imposé une interdiction aux entreprises de vendre des armes.', 'aux entreprises de vendre des armes'],
  ])('%s → %s', (text, action) => {
    const found = restrictionsOf('fr', text, [['Washington', G], ['Moscou', G], ['Gazprombank', O]]);
    expect(found).toHaveLength(1);
    expect(found[0]!.action).toBe(action);
  });
});
