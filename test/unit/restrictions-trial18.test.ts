/**
 * Restriction fixes of the fourth new-user trial, EN and FR, each with look-alikes that must not change:
 * the imposer of a coordinated predicate (restrictions/coordinated-imposer), a ban lifted by an anaphoric noun
 * (restrictions/<lang>/lifted-anaphor), day adverbials before the object (restrictions/leading-date), "the Treasury" /
 * « le Trésor » acting (actors/<lang>/bare-institution), first-person vows in quotations (restrictions/<lang>/quoted-vow),
 * "when"/« lorsque » conditions, and evidence never ending inside a quotation (restrictions/closed-quotation).
 */
import { extract } from '../../src/index.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { NameKind } from '../helpers/actors.js';
import type { Language } from '../../src/types.js';
import { closeOpenQuotation } from '../../src/extractors/restrictions.js';

const run = (lang: Language, text: string, actors: NameKind[] = []) => restrictionsOf(lang, text, actors);

describe('coordinated predicate: the first clause subject imposes (restrictions/coordinated-imposer)', () => {
  it('en: "fined Meta … and ordered the company to stop" — the Commission orders, Meta is ordered', () => {
    const text = 'The European Commission fined Meta on Monday and ordered the company to stop the transfers.';
    const rs = run('en', text, [['European Commission', 'government'], ['Meta', 'organization'], ['the company', 'organization']]);
    const order = rs.find((r) => r.ruleId === 'restrictions/en/ordered-to-stop')!;
    expect(order.imposedBy?.name).toBe('European Commission');
    expect(order.kind).toBe('prohibition');
    const fine = rs.find((r) => r.kind === 'sanction')!;
    expect(fine.imposedBy?.name).toBe('European Commission');
    expect(fine.appliesTo.map((a) => a.name)).toEqual(['Meta']);
  });
  it('en: ", and ordered it to stop" — the pronoun stands for the first verb\'s object', () => {
    const text = 'The European Commission fined Meta on Monday, and ordered it to stop the transfers.';
    const rs = run('en', text, [['European Commission', 'government'], ['Meta', 'organization']]);
    const order = rs.find((r) => r.ruleId === 'restrictions/en/ordered-to-stop')!;
    expect(order.imposedBy?.name).toBe('European Commission');
    expect(order.appliesTo.map((a) => a.name)).toEqual(['Meta']);
  });
  it('fr: « a infligé une amende à Numéa, et lui a ordonné de cesser » — la Cnil ordonne, Numéa est visée', () => {
    const text = "La Cnil a infligé une amende de 8 millions d'euros à l'opérateur Numéa, et lui a ordonné de cesser la revente des données.";
    const rs = run('fr', text, [['Cnil', 'government'], ['Numéa', 'organization']]);
    const order = rs.find((r) => r.ruleId === 'restrictions/fr/enjoindre-de-cesser')!;
    expect(order.imposedBy?.name).toBe('Cnil');
    expect(order.appliesTo.map((a) => a.name)).toEqual(['Numéa']);
    expect(order.action).toBe('la revente des données');
  });
  it('look-alike en: a coordinated clause with its own subject keeps it ("and Google ordered Apple to stop")', () => {
    const text = 'The European Commission fined Meta on Monday, and Google ordered Apple to stop the sales.';
    const rs = run('en', text, [['European Commission', 'government'], ['Meta', 'organization'], ['Google', 'organization'], ['Apple', 'organization']]);
    const order = rs.find((r) => r.ruleId === 'restrictions/en/ordered-to-stop')!;
    expect(order.imposedBy?.name).toBe('Google');
    expect(order.appliesTo.map((a) => a.name)).toEqual(['Apple']);
  });
  it('look-alike en: a new sentence is no coordination ("Google then ordered Apple")', () => {
    const text = 'The European Commission fined Meta on Monday. Google then ordered Apple to stop the sales.';
    const rs = run('en', text, [['European Commission', 'government'], ['Meta', 'organization'], ['Google', 'organization'], ['Apple', 'organization']]);
    expect(rs.find((r) => r.ruleId === 'restrictions/en/ordered-to-stop')!.imposedBy?.name).toBe('Google');
  });
});

describe('a ban lifted by an anaphoric noun is one lifted restriction (restrictions/<lang>/lifted-anaphor)', () => {
  it('en: "banned ChatGPT in March but lifted the ban in April" — one restriction, lifted, the lifting in its evidence', () => {
    const text = "Italy's privacy watchdog banned ChatGPT in March but lifted the ban in April.";
    const rs = run('en', text, [['Italy', 'government'], ['ChatGPT', 'product']]);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.status).toBe('lifted');
    expect(rs[0]!.kind).toBe('prohibition');
    expect(rs[0]!.action).toBe('ChatGPT');
    expect(rs[0]!.evidence.text).toBe("Italy's privacy watchdog banned ChatGPT in March but lifted the ban in April");
  });
  it('en: "banned ChatGPT in March, then lifted the ban in April after …" — the action stops before the lifting', () => {
    const text = "Italy's data protection authority temporarily banned ChatGPT in March, then lifted the ban in April after OpenAI added age checks.";
    const rs = run('en', text, [['Italy', 'government'], ['ChatGPT', 'product'], ['OpenAI', 'organization']]);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.status).toBe('lifted');
    expect(rs[0]!.action).toBe('ChatGPT');
  });
  it('en: "blocked the deal in April. It lifted that block on Friday." — the block is lifted', () => {
    const text = 'The regulator blocked the deal in April. It lifted that block on Friday.';
    const rs = run('en', text);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.status).toBe('lifted');
    expect(rs[0]!.evidence.text).toBe('The regulator blocked the deal in April');
  });
  it('fr: « Elle a levé cette interdiction le 3 septembre » lève la restriction de la phrase précédente', () => {
    const text = "La préfecture du Rhône avait déjà restreint l'usage de l'eau en juillet. Elle a levé cette interdiction le 3 septembre.";
    const rs = run('fr', text, [['préfecture du Rhône', 'government']]);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.status).toBe('lifted');
    expect(rs[0]!.imposedBy?.name).toBe('préfecture du Rhône');
  });
  it('fr: « avait interdit en mars l\'application … mais a levé l\'interdiction en juin » — une seule, levée', () => {
    const text = "La Cnil avait interdit en mars l'application Trajets mais a levé l'interdiction en juin.";
    const rs = run('fr', text, [['Cnil', 'government']]);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.status).toBe('lifted');
    expect(rs[0]!.action).toBe("l'application Trajets");
    expect(rs[0]!.evidence.text).toContain("a levé l'interdiction en juin");
  });
  it('look-alike en: a lifted ban with its own complement is a restriction of its own ("lifted the ban on Chinese aluminium")', () => {
    const text = 'The EU banned imports of Russian steel. It lifted the ban on Chinese aluminium on Friday.';
    const rs = run('en', text, [['EU', 'government']]);
    expect(rs.map((r) => [r.action, r.status])).toEqual([['imports of Russian steel', 'active'], ['Chinese aluminium', 'lifted']]);
  });
  it('look-alike en: a refusal to lift leaves the ban active', () => {
    const text = 'The regulator blocked the deal in April. It refused to lift that block on Friday.';
    const rs = run('en', text);
    expect(rs.find((r) => r.kind === 'prohibition')!.status).toBe('active');
  });
  it('look-alike fr: « Il a levé l\'interdiction de Telegram » est une autre restriction', () => {
    const text = "Le gouvernement a interdit TikTok. Il a levé l'interdiction de Telegram mardi.";
    const rs = run('fr', text, [['TikTok', 'product'], ['Telegram', 'product']]);
    expect(rs.map((r) => [r.action, r.status])).toEqual([['TikTok', 'active'], ['Telegram', 'lifted']]);
  });
});

describe('day adverbials between the verb and its object (restrictions/leading-date)', () => {
  it('en: "imposed sanctions on Tuesday on Rosneft" — action Rosneft, target Rosneft', () => {
    const rs = run('en', 'The Treasury imposed sanctions on Tuesday on Rosneft.', [['Treasury', 'government'], ['Rosneft', 'organization']]);
    expect(rs[0]!.action).toBe('Rosneft');
    expect(rs[0]!.appliesTo.map((a) => a.name)).toEqual(['Rosneft']);
    expect(rs[0]!.imposedBy?.name).toBe('Treasury');
  });
  it('en: "imposed sanctions on Tuesday on three Iranian oil companies" — no day in the action', () => {
    const rs = run('en', 'The Treasury imposed sanctions on Tuesday on three Iranian oil companies.', [['Treasury', 'government']]);
    expect(rs[0]!.action).toBe('three Iranian oil companies');
  });
  it('fr: « a interdit mardi les vols intérieurs » — action « les vols intérieurs »', () => {
    const rs = run('fr', 'Le gouvernement a interdit mardi les vols intérieurs.');
    expect(rs[0]!.action).toBe('les vols intérieurs');
  });
  it('fr: « a interdit lundi soir l\'arrosage » — action « l\'arrosage des jardins »', () => {
    const rs = run('fr', "La préfecture a interdit lundi soir l'arrosage des jardins.", [['préfecture', 'government']]);
    expect(rs[0]!.action).toBe("l'arrosage des jardins");
  });
  it('look-alike fr: « vendredi dernier » reste entier (« fut remerciée vendredi dernier »)', () => {
    const rs = run('fr', 'La députée du Parti populaire fut remerciée vendredi dernier.', [['Parti populaire', 'organization']]);
    expect(rs.map((r) => r.action)).toEqual(['vendredi dernier']);
  });
  it('look-alike en: a month before a year is a date, not a skipped adverbial ("took effect in July 2018")', () => {
    const rs = run('en', 'China-specific tariffs took effect in July 2018.');
    expect(rs.map((r) => r.action)).toEqual(['in July 2018']);
  });
  it('look-alike en: a day that is the object\'s own word stays ("banned Sunday trading")', () => {
    const rs = run('en', 'The council banned Sunday trading in the city centre.');
    expect(rs[0]!.action).toMatch(/^Sunday trading/u);
  });
});

describe('"the Treasury" / « le Trésor » acting is a government body (actors/<lang>/bare-institution)', () => {
  it('en: "The Treasury imposed sanctions" — imposedBy Treasury (government)', () => {
    const f = extract('The Treasury imposed sanctions on Tuesday on three Iranian oil companies.', { language: 'en' });
    const t = f.actors.find((a) => a.name === 'Treasury');
    expect(t?.kind).toBe('government');
    expect(f.restrictions[0]!.imposedBy?.name).toBe('Treasury');
    expect(f.restrictions[0]!.action).toBe('three Iranian oil companies');
  });
  it('fr: « Le Trésor a gelé les avoirs » — le Trésor, organe de l\'État', () => {
    const f = extract('Le Trésor a gelé cette semaine les avoirs de deux courtiers en données.', { language: 'fr' });
    expect(f.actors.find((a) => a.name === 'Trésor')?.kind).toBe('government');
  });
  it('look-alike en: "Treasury yields rose" names no actor', () => {
    const f = extract('Treasury yields rose on Tuesday as investors sold bonds.', { language: 'en' });
    expect(f.actors.find((a) => a.name === 'Treasury')).toBeUndefined();
  });
});

describe('a first-person vow inside a quotation is rhetoric (restrictions/<lang>/quoted-vow)', () => {
  it('en: "We will not allow our farmers to be sacrificed," she said — no restriction', () => {
    expect(run('en', '"We will not allow our farmers to be sacrificed," she said.')).toEqual([]);
  });
  it('look-alike en: a quoted refusal of an act stays ("I will never recognize this defeat")', () => {
    const rs = run('en', '"I will never recognize this defeat," he said.');
    expect(rs.map((r) => r.kind)).toEqual(['refusal']);
  });
  it('look-alike en: a regulator\'s "We will not allow the merger to proceed" stays a prohibition', () => {
    const rs = run('en', '"We will not allow the merger to proceed," the regulator said.');
    expect(rs.map((r) => [r.kind, r.action])).toEqual([['prohibition', 'the merger to proceed']]);
  });
  it('look-alike en: the same words outside a quotation, of a third person, stay', () => {
    const rs = run('en', 'The ministry will not allow foreign firms to be listed on the exchange.', [['ministry', 'government']]);
    expect(rs.map((r) => r.kind)).toEqual(['prohibition']);
  });
  it('fr: « Nous n\'accepterons pas que nos enfants deviennent dépendants » — aucune restriction', () => {
    expect(run('fr', "« Nous n'accepterons pas que nos enfants deviennent dépendants », a déclaré la ministre.")).toEqual([]);
  });
});

describe('"when"/« lorsque » open a condition after the restricted action', () => {
  it('fr: « lorsqu\'une alternative … existe » est la condition', () => {
    const rs = run('fr', "Le gouvernement a interdit mardi les vols intérieurs lorsqu'une alternative en train de moins de deux heures et demie existe.");
    expect(rs[0]!.action).toBe('les vols intérieurs');
    expect(rs[0]!.condition).toBe("lorsqu'une alternative en train de moins de deux heures et demie existe");
  });
  it('fr: « tant que le débit reste supérieur » est la condition', () => {
    const rs = run('fr', "La préfecture a interdit l'irrigation tant que le débit du fleuve reste inférieur au seuil.", [['préfecture', 'government']]);
    expect(rs[0]!.condition).toBe('tant que le débit du fleuve reste inférieur au seuil');
    expect(rs[0]!.action).toBe("l'irrigation");
  });
  it('en: "whenever proceedings are pending" is the condition', () => {
    const rs = run('en', 'The league banned Reyes from training with the first team whenever disciplinary proceedings are pending.', [['Reyes', 'person']]);
    expect(rs[0]!.condition).toBe('whenever disciplinary proceedings are pending');
  });
  it('en: "as long as" is the condition', () => {
    const rs = run('en', 'The city banned cars from the centre as long as the pollution alert lasts.');
    expect(rs[0]!.condition).toBe('as long as the pollution alert lasts');
  });
  it('look-alike en: a participle "provided by" opens no condition', () => {
    const rs = run('en', 'The rule requires that it be an operating lease based on the definition provided by the budget office.');
    expect(rs.map((r) => r.condition)).toEqual([null]);
  });
  it('look-alike fr: « lorsque » avant l\'action est un temps, pas la condition (« Jamais lorsqu\'un vote est annoncé, on autorise »)', () => {
    const rs = run('fr', "Le président a interdit les suspensions de séance. Jamais lorsqu'un vote est annoncé, on autorise une suspension de séance.");
    expect(rs.map((r) => [r.action, r.condition])).toEqual([['les suspensions de séance', null], ['une suspension de séance', null]]);
  });
  it('look-alike en: a past "when" is a time, not a condition ("when Russia invaded Ukraine")', () => {
    const rs = run('en', 'The EU imposed sanctions on Moscow when Russia invaded Ukraine.', [['EU', 'government'], ['Moscow', 'government'], ['Russia', 'place'], ['Ukraine', 'place']]);
    expect(rs[0]!.condition).toBeNull();
  });
  it('look-alike fr: un « quand » au passé est un temps (« quand la Russie a envahi »)', () => {
    const rs = run('fr', "L'UE a imposé des sanctions à Moscou quand la Russie a envahi l'Ukraine.", [['UE', 'government'], ['Moscou', 'government']]);
    expect(rs[0]!.condition).toBeNull();
  });
});

describe('evidence never ends inside a quotation mark it opens (restrictions/closed-quotation)', () => {
  it('en: The Senate banned "TikTok" on Tuesday. — the closing mark is in the evidence', () => {
    const text = 'The Senate banned "TikTok" on Tuesday.';
    const rs = run('en', text, [['Senate', 'government'], ['TikTok', 'product']]);
    expect(rs[0]!.evidence.text).toBe('The Senate banned "TikTok"');
    expect(text.slice(rs[0]!.evidence.start, rs[0]!.evidence.end)).toBe(rs[0]!.evidence.text);
    expect(rs[0]!.action).toBe('TikTok');
  });
  it('fr: « La Cnil a interdit « Trajets » mardi » — the French closing mark too', () => {
    const text = 'La Cnil a interdit « Trajets » mardi.';
    const rs = run('fr', text, [['Cnil', 'government']]);
    expect(rs[0]!.evidence.text).toMatch(/« Trajets »$/u);
  });
  it('closeOpenQuotation: balanced spans and spans without a close in reach are left alone', () => {
    const text = 'He banned "X" and "Y. Then';
    expect(closeOpenQuotation(text, 0, 13, text.length)).toBe(13);
    expect(closeOpenQuotation(text, 0, 20, 21)).toBe(20);
    expect(closeOpenQuotation(text, 0, 11, text.length)).toBe(13);
  });
});

describe('a newswire dateline is no part of the evidence (restrictions/dateline; re-trial)', () => {
  it.each<[Language, string, string]>([
    ['en', 'WASHINGTON (Reuters) - The government banned TikTok on Monday.', 'The government banned TikTok on Monday'],
    ['en', 'LONDON, March 3 (Reuters) - Britain may ban TikTok, officials said.', 'Britain may ban TikTok'],
    ['fr', 'PARIS, 3 mars 2026 - Le gouvernement a interdit TikTok.', 'Le gouvernement a interdit TikTok'],
  ])('%s: %s', (lang, text, evidence) => {
    const r = extract(text, { language: lang }).restrictions;
    expect(r.map((x) => x.evidence.text)).toEqual([evidence]);
    expect(text.slice(r[0]!.evidence.start, r[0]!.evidence.end)).toBe(evidence);
  });
  it('en: a dash inside a sentence that opens no dateline leaves the evidence as it was', () => {
    const text = 'NATO - the alliance - banned the drills on Monday.';
    const r = extract(text, { language: 'en' }).restrictions;
    expect(r.every((x) => text.slice(x.evidence.start, x.evidence.end) === x.evidence.text)).toBe(true);
  });
});
