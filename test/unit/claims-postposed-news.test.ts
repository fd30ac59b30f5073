/**
 * Postposed attributions as wire news writes them (sentences from Reuters, AFP and their syndications): a participle after
 * the attribution ("…, the person said, adding that…", « …, a écrit le ministre, faisant état de… »), a quantified inverted
 * subject ("…, said two of the people"), the long descriptions of anonymous sources ("…, some of the people familiar with
 * the matter said"), several time words before an inverted subject (« …, avait expliqué plus tôt mardi le procureur »), an
 * inverted subject closed by its apposition, and a denial inside a postposed report (« Orange se refuse à commenter…,
 * explique un porte-parole »). Table-driven, English and French.
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

/** [name, language, text, modality, evidence, attribution ("=…": exact, else a substring; null: none), rule id] */
type Row = [string, Language, string, Modality, string, string | null, string];

describe('claims (postposed news attributions): should find', () => {
  const rows: Row[] = [
    // (claims/<lang>/postposed-participle) the attribution is followed by a participle: the claim before it is found, and the
    // participle's report shares its source
    ['en …, the person said, adding that — the first claim', 'en',
      'The parties had entered exclusive negotiations in late June, the person said, adding that a deal could be announced in the coming weeks.',
      'reported', 'The parties had entered exclusive negotiations in late June', '=the person', 'claims/en/postposed'],
    ['en …, the person said, adding that — the second claim shares the source', 'en',
      'The parties had entered exclusive negotiations in late June, the person said, adding that a deal could be announced in the coming weeks.',
      'reported', 'a deal could be announced in the coming weeks', '=the person', 'claims/en/verb-complement'],
    ['en …, the ministry added, accusing', 'en',
      'The reckless firing damaged buildings on the ground and endangered civilian lives as well as planes in Pakistani airspace, the Pakistani Foreign Ministry added, accusing India of being insensitive towards peace.',
      'reported', 'The reckless firing damaged buildings on the ground and endangered civilian lives as well as planes in Pakistani airspace', '=the Pakistani Foreign Ministry', 'claims/en/postposed'],
    ['en …, the people cautioned, asking not to be named (a hedge inside stays reported)', 'en',
      'The transaction is set to be finalised over the weekend and the timetable could still slip, the people cautioned, asking not to be named because the matter is not public.',
      'reported', 'The transaction is set to be finalised over the weekend and the timetable could still slip', '=the people', 'claims/en/postposed'],
    ['fr …, a écrit X, faisant état de — the claim before', 'fr',
      'Jeudi, une unité en mission de sécurisation a été violemment attaquée par plusieurs centaines de terroristes, a écrit Salifou Mody, faisant état du décès de douze soldats.',
      'reported', 'Jeudi, une unité en mission de sécurisation a été violemment attaquée par plusieurs centaines de terroristes', '=Salifou Mody', 'claims/fr/postposed'],
    ['fr …, a écrit X, faisant état de — the participle shares the source', 'fr',
      'Jeudi, une unité en mission de sécurisation a été violemment attaquée par plusieurs centaines de terroristes, a écrit Salifou Mody, faisant état du décès de douze soldats.',
      'reported', 'décès de douze soldats', '=Salifou Mody', 'claims/fr/promise'],
    ['fr …, a indiqué le parquet, précisant que', 'fr',
      'Le suspect a été placé en détention provisoire vendredi soir, a indiqué le parquet, précisant que l’enquête se poursuivait.',
      'reported', 'Le suspect a été placé en détention provisoire vendredi soir', '=le parquet', 'claims/fr/postposed'],
    ['fr …, estime une des sources, tout en précisant que — the gerund shares the source', 'fr',
      'Il s’agit de l’offre la plus aboutie de ces dernières années en matière de télécoms, estime une des sources, tout en précisant que le conseil d’administration peut aussi la rejeter.',
      'reported', 'le conseil d’administration peut aussi la rejeter', '=une des sources', 'claims/fr/verb-complement'],
    // (claims/<lang>/postposed-quantified) a number or quantifier opens the inverted subject
    ['en …, said two of the people', 'en',
      'Barclays is also advising Silver Lake on the transaction, along with Perella Weinberg Partners, said two of the people.',
      'reported', 'Barclays is also advising Silver Lake on the transaction, along with Perella Weinberg Partners', '=two of the people', 'claims/en/postposed'],
    ['fr …, ont affirmé deux responsables', 'fr',
      'Les négociations avec le fonds américain ont été suspendues la semaine dernière, ont affirmé deux responsables du groupe.',
      'reported', 'Les négociations avec le fonds américain ont été suspendues la semaine dernière', '=deux responsables du groupe', 'claims/fr/postposed'],
    // (claims/en/postposed-anonymous) the long description of anonymous sources
    ['en …, some of the people familiar with the matter said', 'en',
      'Some SAS employees saw the company as a strange fit for efficiency-focused Broadcom, some of the people familiar with the matter said.',
      'reported', 'Some SAS employees saw the company as a strange fit for efficiency-focused Broadcom', '=some of the people familiar with the matter', 'claims/en/postposed'],
    ['en …, two people briefed on the talks said', 'en',
      'The two companies have agreed on a price of about $40 a share, two people briefed on the talks said.',
      'reported', 'The two companies have agreed on a price of about $40 a share', '=two people briefed on the talks', 'claims/en/postposed'],
    // (claims/<lang>/postposed-time-gap, postposed-apposed-subject) several time words before the inverted subject, which ends at
    // the comma of its apposition
    ['fr …, avait expliqué plus tôt mardi le procureur, Nom, devant la presse', 'fr',
      'Ce dernier est suspecté de lui avoir apporté un certain soutien, notamment sur le maniement des couteaux, avait expliqué plus tôt mardi le procureur de la République antiterroriste, Jean-François Ricard, devant la presse.',
      'reported', 'Ce dernier est suspecté de lui avoir apporté un certain soutien, notamment sur le maniement des couteaux', '=le procureur de la République antiterroriste, Jean-François Ricard', 'claims/fr/postposed'],
    ['en …, said late on Tuesday the minister', 'en',
      'The army will withdraw its troops from the border region before the end of the month, said late on Tuesday the defence minister.',
      'reported', 'The army will withdraw its troops from the border region before the end of the month', '=the defence minister', 'claims/en/postposed'],
    // (claims/<lang>/postposed-denial) a denial inside a postposed report
    ['fr … se refuse à commenter …, explique un porte-parole', 'fr',
      'Pour l’heure, Orange se refuse à commenter les rumeurs de presse qui animent artificiellement le marché depuis deux ans, explique un porte-parole cité par l’AFP.',
      'denied', 'Orange se refuse à commenter les rumeurs de presse qui animent artificiellement le marché depuis deux ans', 'un porte-parole', 'claims/fr/postposed-denial'],
    ['en … declined to comment on the report, a spokesman said', 'en',
      'The company declined to comment on the report about a possible sale of its cable unit, a spokesman said.',
      'denied', 'The company declined to comment on the report about a possible sale of its cable unit', '=a spokesman', 'claims/en/postposed-denial'],
  ];
  test.each(rows)('%s', (_name, lang, text, modality, evidence, attribution, ruleId) => {
    expectClaim(text, claimsOf(lang, text), modality, evidence, attribution, ruleId);
  });
});

describe('claims (postposed news attributions): should not misread', () => {
  // a relative clause whose verb has an object before the comma is no postposed report: the source phrase attributes it
  test('en "…, where the group maintains a political office, according to X"', () => {
    const text = 'The Taliban members were released in Doha, Qatar, where the group maintains a political office, according to a Taliban representative.';
    const claims = claimsOf('en', text);
    expect(claims.map((k) => k.attribution)).not.toContain('where the group');
    expect(claims.map((k) => k.ruleId)).toContain('claims/en/source-phrase');
  });
  // a verb with its complementizer before the participle's comma reports that complement, not the words before its subject
  test('en "X, a think tank, concluded that, using standard methods, …"', () => {
    const text = 'As we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that, using standard economic methods, the full incidence of the tariff falls on domestic consumers.';
    const claims = claimsOf('en', text);
    expect(claims.map((k) => k.ruleId)).not.toContain('claims/en/postposed');
  });
  // a participle has no inverted subject, even a quantified one: its object follows it
  test('fr « …, ajoutant trois milliards » is no inverted attribution', () => {
    const claims = claimsOf('fr', 'Le gouvernement a présenté son budget, ajoutant trois milliards pour la défense.');
    expect(claims.map((k) => k.ruleId)).not.toContain('claims/fr/postposed');
  });
});
