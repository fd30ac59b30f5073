/**
 * Restriction fixes of the fifth new-user trial (s19-rtrial), EN and FR, each with look-alikes: a tariff cut is no sanction
 * (restrictions/en/tariff-reduced), an opposition is no refusal (en/oppose, en/opposed-to, fr/s-opposer, fr/oppose-a-projet,
 * fr/opposition-a dropped), « droits de douane » are no rights (restrictions/fr/supprimer-droit).
 */
import { extract } from '../../src/index.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { NameKind } from '../helpers/actors.js';
import type { Language } from '../../src/types.js';

const run = (lang: Language, text: string, actors: NameKind[] = []) => restrictionsOf(lang, text, actors);
const brief = (lang: Language, text: string, actors: NameKind[] = []) =>
  run(lang, text, actors).map((r) => `${r.kind} ${r.status} ${r.ruleId} «${r.evidence.text}»`);

describe('a tariff cut liberalises: no sanction (restrictions/en/tariff-reduced)', () => {
  test.each([
    ['en', 'The deal will cut tariffs on 91% of goods traded between the blocs.'],
    ['en', 'The agreement is lowering duties on $40 billion of exports.'],
    ['en', 'The pact slashes import duties on 5,000 products.'],
    ['fr', "L'accord supprimera les droits de douane sur 91 % des marchandises échangées."],
    ['fr', "L'accord réduira les droits de douane sur 91 % des marchandises."],
  ] as const)('%s: %s', (lang, text) => {
    expect(brief(lang, text)).toEqual([]);
  });
  it('en: a removal of tariffs stays a lifted sanction ("eliminates import duties on 5,000 products")', () => {
    const rs = run('en', 'The deal eliminates import duties on 5,000 products.');
    expect(rs.map((r) => `${r.kind} ${r.status}`)).toEqual(['sanction lifted']);
  });
  it('look-alike en: a tariff raised or imposed stays an active sanction', () => {
    const rs = run('en', 'Washington raised tariffs on $200 billion of Chinese goods.', [['Washington', 'government']]);
    expect(rs.map((r) => `${r.kind} ${r.status} ${r.imposedBy?.name}`)).toEqual(['sanction active Washington']);
    expect(brief('en', 'Tariffs on $200 billion of Chinese goods took effect on Friday.')).toHaveLength(1);
  });
  it('look-alike fr: a right withdrawn is still a limit (« supprime le droit de grève »)', () => {
    expect(run('fr', 'La loi supprime le droit de grève des policiers.').map((r) => r.kind)).toEqual(['limit']);
  });
});

describe('an opposition is a stance, not a refusal', () => {
  test.each([
    ['en', 'French farmers oppose the agreement.'],
    ['en', 'France opposed the trade deal with Mercosur.'],
    ['en', 'The union is firmly opposed to the pension reform.'],
    ['fr', 'Le syndicat est opposé à la réforme.'],
    ['fr', "Paris s'oppose à l'accord commercial avec le Mercosur."],
    ['fr', 'Berlin s’oppose fermement à la mutualisation des dettes.'],
    ['fr', 'Berlin a réaffirmé son opposition au projet de mutualisation des dettes.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(brief(lang, text)).toEqual([]);
  });
  it('look-alikes: a refusal stays one ("refused to sign", « fin de non-recevoir », « a rejeté »)', () => {
    expect(run('en', 'The farmers refused to sign the agreement.').map((r) => r.kind)).toEqual(['refusal']);
    const fr = run('fr', 'Londres a opposé une fin de non-recevoir à la demande de Bruxelles.', [['Londres', 'government'], ['Bruxelles', 'government']]);
    expect(fr.map((r) => `${r.kind} ${r.ruleId} ${r.imposedBy?.name}`)).toEqual(['refusal restrictions/fr/fin-de-non-recevoir Londres']);
    expect(run('fr', "Le Sénat a rejeté l'amendement.").map((r) => r.kind)).toEqual(['refusal']);
  });
  it('full pipeline en: no refusal from "oppose"', () => {
    expect(extract('French farmers oppose the agreement.', { language: 'en' }).restrictions).toEqual([]);
  });
});

describe('roles: no target inside a clause about the target (restrictions/<lang>/target-modifier)', () => {
  const who = (lang: Language, text: string, actors: NameKind[]) =>
    run(lang, text, actors).map((r) => `${r.kind} by=${r.imposedBy?.name ?? '-'} to=${r.appliesTo.map((a) => a.name).join('|')}`);
  test.each([
    ['en', 'The United States imposed sanctions on three Chinese companies accused of supplying drones to Russia.', [['United States', 'government'], ['Russia', 'government']], 'sanction by=United States to='],
    ['en', 'The EU sanctioned two Iranian firms which supplied missiles to Russia.', [['EU', 'government'], ['Russia', 'government']], 'sanction by=EU to='],
    ['fr', 'Les États-Unis ont sanctionné trois entreprises chinoises accusées de livrer des drones à la Russie.', [['États-Unis', 'government'], ['Russie', 'government']], 'sanction by=États-Unis to='],
    ['en', 'The EU fined Meta €1.2 billion for transferring user data to the United States.', [['EU', 'government'], ['Meta', 'organization'], ['United States', 'government']], 'sanction by=EU to=Meta'],
    ['fr', "La CNIL a infligé une amende de 150 millions d'euros à Google pour avoir transféré des données vers les États-Unis.", [['CNIL', 'government'], ['Google', 'organization'], ['États-Unis', 'government']], 'sanction by=CNIL to=Google'],
    ['fr', 'Les sanctions visent la flotte fantôme utilisée par Moscou pour contourner le plafonnement du prix du pétrole.', [['Moscou', 'government']], 'sanction by=- to='],
  ] as const)('%s: %s', (lang, text, actors, expected) => {
    expect(who(lang, text, actors as unknown as NameKind[])[0]).toBe(expected);
  });
  it('look-alikes: a list of targets, a ban with its place of exclusion, keep their targets', () => {
    expect(who('en', 'The EU imposed sanctions on Russia and Belarus.', [['EU', 'government'], ['Russia', 'government'], ['Belarus', 'government']]))
      .toEqual(['sanction by=EU to=Russia|Belarus']);
    expect(who('en', 'Washington banned Huawei and ZTE from its networks.', [['Washington', 'government'], ['Huawei', 'organization'], ['ZTE', 'organization']]))
      .toEqual(['prohibition by=Washington to=Huawei|ZTE']);
  });
});

describe('roles: who evades a restriction does not impose it (restrictions/<lang>/evaded-not-imposed)', () => {
  test.each([
    ['fr', 'Moscou utilise une flotte fantôme pour contourner le plafonnement du prix du pétrole.', [['Moscou', 'government']]],
    ['en', 'Russia uses a shadow fleet to evade the price cap on Russian oil.', [['Russia', 'government']]],
  ] as const)('%s: %s', (lang, text, actors) => {
    const limit = run(lang, text, actors as unknown as NameKind[]).find((r) => r.kind === 'limit')!;
    expect(limit.imposedBy).toBeNull();
  });
  it('look-alikes: the imposer of a cap, or an agent after it, still imposes', () => {
    expect(run('en', 'The G7 imposed a price cap on Russian oil.', [['G7', 'organization']]).find((r) => r.kind === 'limit')!.imposedBy?.name).toBe('G7');
    expect(run('fr', 'Le G7 a instauré un plafonnement du prix du pétrole russe.', [['G7', 'organization']]).find((r) => r.kind === 'limit')!.imposedBy?.name).toBe('G7');
    expect(run('en', 'Moscow used a shadow fleet to get around the oil price cap imposed by the G7.', [['Moscow', 'government'], ['G7', 'organization']])
      .find((r) => r.kind === 'limit')!.imposedBy?.name).toBe('G7');
  });
});

describe('roles: « menacé de » + infinitive threatens, it does not undergo (restrictions/fr/threatens-to)', () => {
  it('fr: « la Hongrie aurait menacé de bloquer le texte » — imposed by Hungary, proposed', () => {
    const rs = run('fr', 'Selon Politico, la Hongrie aurait menacé de bloquer le texte.', [['Politico', 'organization'], ['Hongrie', 'government']]);
    expect(rs.map((r) => `${r.kind} ${r.status} by=${r.imposedBy?.name} to=${r.appliesTo.map((a) => a.name).join('|')}`)).toEqual(['prohibition proposed by=Hongrie to=']);
  });
  it('look-alikes fr: « est menacée de sanctions » / « d\'une suspension » — the subject undergoes', () => {
    const rs = run('fr', 'La Russie est menacée de nouvelles sanctions.', [['Russie', 'government']]);
    expect(rs.map((r) => `${r.imposedBy?.name ?? '-'} ${r.appliesTo.map((a) => a.name).join('|')}`)).toEqual(['- Russie']);
    const rs2 = run('fr', "La Hongrie est menacée d'une suspension de ses droits de vote.", [['Hongrie', 'government']]);
    expect(rs2.map((r) => `${r.imposedBy?.name ?? '-'} ${r.appliesTo.map((a) => a.name).join('|')}`)).toEqual(['- Hongrie']);
  });
});

describe('a condition inside a restriction\'s clause bounds it (restrictions/exception-in-clause, status-conditional-threat)', () => {
  const full = (lang: Language, text: string, actors: NameKind[]) => run(lang, text, actors)
    .map((r) => `${r.kind} ${r.status} by=${r.imposedBy?.name ?? '-'} to=${r.appliesTo.map((a) => a.name).join('|')} cond=${r.condition}`);
  it('en: "will impose tariffs … on steel from Canada and Mexico unless they curb migration" — one threatened sanction on both', () => {
    expect(full('en', 'Washington will impose tariffs of 25% on steel from Canada and Mexico unless they curb migration.',
      [['Washington', 'government'], ['Canada', 'government'], ['Mexico', 'government']]))
      .toEqual(['sanction proposed by=Washington to=Canada|Mexico cond=unless they curb migration']);
  });
  it('fr: « imposeront des droits de douane … à moins qu\'ils ne limitent l\'immigration » — une sanction menacée', () => {
    expect(full('fr', "Les États-Unis imposeront des droits de douane sur l'acier du Canada et du Mexique à moins qu'ils ne limitent l'immigration.",
      [['États-Unis', 'government'], ['Canada', 'government'], ['Mexique', 'government']]))
      .toEqual(["sanction proposed by=États-Unis to=Canada|Mexique cond=à moins qu'ils ne limitent l'immigration"]);
  });
  it('look-alikes: a past sanction on a condition stays active; a rule with its exception is no threat', () => {
    expect(full('en', 'Washington imposed tariffs on Canada and Mexico unless they curb migration.',
      [['Washington', 'government'], ['Canada', 'government'], ['Mexico', 'government']]))
      .toEqual(['sanction active by=Washington to=Canada|Mexico cond=unless they curb migration']);
    expect(run('en', 'Masks will be mandatory unless a medical exemption applies.').map((r) => `${r.kind} ${r.status}`)).toEqual(['condition active']);
    expect(run('en', 'The merger can go ahead unless regulators object.').map((r) => `${r.kind} ${r.status}`)).toEqual(['condition active']);
  });
});

describe('a restriction of a struck-down text is lifted, not imposed by the court (restrictions/<lang>/struck-relative)', () => {
  const all = (lang: Language, text: string, actors: NameKind[]) =>
    run(lang, text, actors).map((r) => `${r.kind} ${r.status} by=${r.imposedBy?.name ?? '-'} «${r.action}»`);
  it('fr: « a censuré l\'article 7 de la loi immigration, qui restreignait l\'accès aux prestations » — the limit is lifted; the censure keeps « l\'article »', () => {
    expect(all('fr', "Le Conseil constitutionnel a censuré l'article 7 de la loi immigration, qui restreignait l'accès aux prestations sociales des étrangers.",
      [['Conseil constitutionnel', 'government']])).toEqual([
      "refusal active by=Conseil constitutionnel «l'article 7 de la loi immigration»",
      "limit lifted by=- «l'accès aux prestations sociales des étrangers»",
    ]);
  });
  it('en: "struck down the law, which banned drag shows" — the ban is lifted, no imposer', () => {
    expect(all('en', 'The Supreme Court struck down the law, which banned drag shows.', [['Supreme Court', 'government']]))
      .toContain('prohibition lifted by=- «drag shows»');
  });
  it('look-alikes: a law upheld keeps its ban in force; a law annulled alone keeps its object', () => {
    expect(all('en', 'The court upheld the law, which bans drag shows.', [])).toEqual(['prohibition active by=- «drag shows»']);
    expect(all('fr', 'La Cour a annulé le décret.', [])).toEqual(['refusal active by=- «le décret»']);
  });
});

describe('a deal named with its parties, blocked in the passive (restrictions/en/deal-was-blocked, restrictions/fr/operation-bloquee)', () => {
  const all = (lang: Language, text: string, actors: NameKind[]) =>
    run(lang, text, actors).map((r) => `${r.kind} by=${r.imposedBy?.name ?? '-'} «${r.action}»`);
  const steel: NameKind[] = [['Nippon Steel', 'organization'], ['U.S. Steel', 'organization'], ['Joe Biden', 'person']];
  test.each([
    ['en', 'The merger between Nippon Steel and U.S. Steel was blocked by President Joe Biden.', 'prohibition by=Joe Biden «The merger between Nippon Steel and U.S. Steel»'],
    ['en', "Nippon Steel's takeover of U.S. Steel was blocked by President Joe Biden.", "prohibition by=Joe Biden «Nippon Steel's takeover of U.S. Steel»"],
    ['fr', 'La fusion entre Nippon Steel et U.S. Steel a été bloquée par le président Joe Biden.', 'prohibition by=Joe Biden «La fusion entre Nippon Steel et U.S. Steel»'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(all(lang, text, steel)).toEqual([expected]);
  });
  it('look-alike: a road between two cities blocked by protesters is no restriction', () => {
    expect(all('en', 'The road between Paris and Lyon was blocked by protesters.', [['Paris', 'place'], ['Lyon', 'place']])).toEqual([]);
  });
});

describe('the act a permission denies is its infinitive (restrictions/<lang>/infinitive-action)', () => {
  test.each([
    ['en', 'Visitors are not allowed to bring liquids over 100ml onto the plane.', 'bring liquids over 100ml onto the plane'],
    ['en', 'Journalists were not allowed to enter the courtroom.', 'enter the courtroom'],
    ['fr', "Les visiteurs ne sont pas autorisés à emporter des liquides dans l'avion.", "emporter des liquides dans l'avion"],
  ] as const)('%s: %s', (lang, text, action) => {
    expect(run(lang, text).map((r) => `${r.kind} «${r.action}»`)).toEqual([`prohibition «${action}»`]);
  });
  it('look-alikes: a bare subject stays the action ("Smoking is not allowed in the building"); a sale suspended pending a buyer is none', () => {
    expect(run('en', 'Smoking is not allowed in the building.').map((r) => r.action)).toEqual(['Smoking']);
    expect(run('fr', 'La vente du club a été suspendue en attendant un nouvel acheteur.')).toEqual([]);
  });
});
