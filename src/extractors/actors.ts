/**
 * Actor extractor: named-entity recognition and coreference for English
 * and French news, by rules and lexicons (no statistical model, no
 * full-document NLP pass: one tokenisation, Map/Set lookups and linear
 * regex scans).
 *
 * Stages (each in `./actors/`):
 * 1. tokens — words with capitalisation and sentence-initial flags;
 * 2. candidates — capitalised runs with connectors, minus sentence-initial common words;
 * 3. classify — gazetteer, title + name splits, heads, given names, defaults;
 * 4. link — one cluster per entity (gazetteer ids, surnames, acronyms, suffixes);
 * 5. descriptions — "the company", "le CEO", "l'entreprise dirigée par …" → aliases;
 * 6. roles — "Edward Lampert, the chairman of Kmart" → role + roleOf.
 *
 * @module
 */
import type { Actor, ActorKind, AnalysedText, Span } from '../types.js';
import { makeSpan } from '../text/span.js';
import { findCandidates, sharedSurnameAt } from './actors/candidates.js';
import { FIRST_NAMES } from '../lexicon/gazetteer/first-names.js';
import { SUBSTANCE_PATTERN } from '../lexicon/gazetteer/products.js';
import { classify, type ClassifiedMention } from './actors/classify.js';
import { findDescriptions, resolveDescriptions } from './actors/descriptions.js';
import { actorLexicon } from './actors/lexicon.js';
import { Linker, type Cluster } from './actors/link.js';
import { findGovernmentPhrases } from './actors/institutions.js';
import { assignRoles } from './actors/roles.js';
import { tokenize, type Token } from './actors/tokens.js';
import { firstAtOrAfter, inRanges, overlapping } from './actors/ranges.js';
import { nameKey, startNameKeyMemo } from './actors/normalize.js';
import { mayMatch, prefilterText } from '../text/prefilter.js';
import { rewoundGlobal } from '../text/matches.js';
import { LETTER, LOWER, UPPER } from '../text/char-classes.js';

/**
 * Extracts and links the actors of `doc`.
 * @returns one actor per entity, ids `A1`, `A2`… in order of first mention;
 *   every mention span satisfies `doc.text.slice(start, end) === text`.
 */
export function extractActors(doc: AnalysedText): Actor[] {
  const { text } = doc;
  startNameKeyMemo();
  const lex = actorLexicon(doc.language);
  const tokens = tokenize(text);
  const headings = doc.headings.map((h): [number, number] => [h.start, h.end]);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.camelLower && !t.digits) lowerSeen.add(t.norm);
  const candidates = findCandidates({ text, tokens, lex, headings });
  const singles = new Set<string>();
  for (const c of candidates) if (c.first === c.last) singles.add(tokens[c.first]!.norm);
  // last words of "Given Surname" runs: "Ayrault" in "Jean-Marc Ayrault" (a surname, not a model name in "Ayrault 2")
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.last > c.first && FIRST_NAMES.has(tokens[c.first]!.norm.split('-')[0]!)) surnames.add(tokens[c.last]!.norm);
  }
  const ctx = { text, tokens, lex, lowerSeen, singles, surnames };
  const quotes = quoteRanges(text);
  const govPhrases = findGovernmentPhrases(text, lex);
  const classifiedAll: ClassifiedMention[] = [];
  const brands = brandListRanges(text, lex.brandList);
  for (const c of candidates) {
    const ms = classify(c, ctx);
    // "brands, including Craftsman Tools, Kenmore, and Lands' End": the listed names are products (ruleId actors/brand-list)
    if (!c.heading && inRanges(brands, c.start) && !ms.some((m) => m.gaz && m.gaz.entry.kind !== 'product')) {
      classifiedAll.push({ start: c.start, end: c.end, text: c.text, kind: 'product', ruleId: 'actors/brand-list', weak: false,
        first: c.first, last: c.last, heading: false });
      continue;
    }
    classifiedAll.push(...ms);
  }
  nicknamedPersons(text, tokens, classifiedAll);
  // "le gouvernement Papadimos": an unknown word named by a government phrase is part of it, not an actor of its own
  // (ruleId actors/government-phrase-name)
  // "the Nobel committee": the unknown word that opens a committee phrase is part of it (ruleId actors/body-phrase)
  // "the Trump administration": the unknown leader's name that opens the phrase is part of it, not an organisation "Trump"
  // (ruleId actors/leader-administration)
  const govSpans = govPhrases.map((g) => ({ ...g.span, body: g.ruleId === 'actors/body-phrase' || g.ruleId === 'actors/place-body'
    || LEADER_ADMINISTRATION.test(g.span.text) }));
  // « le ministère de l'Information »: a known organisation name (the news site "The Information") used as the portfolio of
  // a ministry phrase is part of it (ruleId actors/government-phrase-portfolio)
  const inside = (m: ClassifiedMention): boolean => overlapping(govSpans, m.start, m.end)
    .some((g) => (g.start < m.start || (g.body && g.start === m.start)) && m.end <= g.end);
  // (and a place named as a portfolio: « le ministère de l'Europe et des Affaires étrangères »)
  const portfolio = (m: ClassifiedMention): boolean => !!m.gaz && !m.heading && (m.kind === 'organization' || m.kind === 'product'
    || (m.kind === 'place' && !m.gaz.entry.country))
    && overlapping(govSpans, m.start, m.end).some((g) => g.start < m.start && m.end <= g.end && /^minist/u.test(g.text));
  // "Synthorx (NASDAQ:THOR)", "Lockheed Martin (NYSE: LMT)", "Raytheon (RTN -0.29%)": a listing in parentheses — the exchange
  // and the ticker — names no actor of its own (ruleId actors/stock-listing)
  const listings = stockListingRanges(text);
  const classified = classifiedAll.filter((m) => !((m.weak && !m.gaz && inside(m)) || portfolio(m)
    || (listings.length > 0 && inRanges(listings, m.start))));

  const linker = new Linker(text);
  const placed: Array<{ start: number; end: number; cluster: Cluster }> = [];
  // headings and quotations only link to actors of the narrative ("Ya, Big Guy" in a quoted e-mail), except known names
  // "Allemagne : l'armée autorisée à …", "Îles Baléares : le Parti populaire exclut …": a place opening a heading before a
  // colon is where the story happens, an actor even when the body never names it again (ruleId actors/heading-place)
  const headingPlace = (m: ClassifiedMention): boolean => m.heading && m.kind === 'place' && !m.weak
    // a heading line has at most 160 code units (text/headings.ts), so the look back to its start is bounded
    && /^[ \u00a0]?:/.test(text.slice(m.end, m.end + 2)) && text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start).trim() === '';
  // "Jérôme Cahuzac condamné à 3 ans de prison ferme" then « l'ancien ministre … » only: the person the title names by
  // given name and surname is the story's subject, an actor even when the body names them by their office alone (ruleId
  // actors/title-person). Only the title — the first paragraph, a heading — and a name the given-name rule found.
  const title = doc.headings[0] && text.slice(0, doc.headings[0].start).trim() === '' ? doc.headings[0] : undefined;
  const titlePerson = (m: ClassifiedMention): boolean => !!title && m.heading && m.kind === 'person' && !m.weak
    && m.ruleId === 'actors/given-name' && m.start >= title.start && m.end <= title.end;
  const linkOnly = (m: ClassifiedMention): boolean => (m.heading && !headingPlace(m) && !titlePerson(m))
    || (m.weak && inRanges(quotes, m.start));
  const body = classified.filter((m) => !linkOnly(m));
  const heads = classified.filter(linkOnly);
  const byMention = new Map<ClassifiedMention, Cluster>();
  for (const m of body) {
    const c = linker.add(m, true);
    if (c) byMention.set(m, c);
  }
  for (const m of heads) {
    const c = linker.add(m, false);
    if (c) byMention.set(m, c);
  }
  for (const [m, c] of byMention) {
    placed.push({ start: m.start, end: m.end, cluster: c });
    if (m.roleOrg) {
      const org = byMention.get(m.roleOrg);
      if (org && !c.roleOf) c.roleOf = org;
    }
  }
  placed.sort((a, b) => a.start - b.start);
  // lower-case state bodies: "le gouvernement français", "la police fédérale"
  for (const g of govPhrases) {
    // a person named inside the phrase stays an actor of its own ("le gouvernement Ayrault" … "Jean-Marc Ayrault")
    // (so is the leader a known name opens the phrase with: "the Trump administration" after "Donald Trump")
    const leader = LEADER_ADMINISTRATION.test(g.span.text);
    // « l'ambassade de France à Damas »: the country and the town named inside a mission's name stay actors of their own
    // (ruleId actors/fr/state-mission-of)
    // ("China's commerce ministry": the country that owns the ministry stays an actor of its own too — ruleId
    // actors/en/possessive-ministry)
    const possessive = POSSESSIVE_MINISTRY.test(g.span.text);
    // "Manhattan federal court", « la police de Madrid »: the place that names a local body stays an actor of its own (ruleId
    // actors/place-body)
    const placeBody = g.ruleId === 'actors/place-body';
    const mission = possessive || placeBody || /^(?:ambassade|consulat)/.test(g.span.text);
    if (overlapping(placed, g.span.start, g.span.end).some((p) => !((p.cluster.kind === 'person' || mission)
      && (p.start > g.span.start || ((leader || possessive || placeBody) && p.start === g.span.start)) && p.end <= g.span.end))) continue;
    const c = linker.add({
      start: g.span.start, end: g.span.end, text: g.span.text, kind: g.kind, ruleId: g.ruleId,
      weak: false, first: -1, last: -1, heading: false,
    }, true);
    if (c) placed.splice(firstAtOrAfter(placed, g.span.start), 0, { start: g.span.start, end: g.span.end, cluster: c });
  }
  placed.sort((a, b) => a.start - b.start);
  mergeMissions(linker, placed);
  addSubstances(linker, placed, text);
  personsInLists(placed, text);
  addSharedSurnames(linker, placed, text, tokens);
  addLoneSurnames(linker, placed, text, tokens, lex.commonWords, lowerSeen);
  firmsNamedAfterPersons(linker.clusters, text);
  assignRoles(text, lex, placed);
  // a description must not cut a name, nor end with one ("The French government" is the name "French government")
  const descriptions = findDescriptions(text, lex).filter((d) => !overlapping(placed, d.span.start, d.span.end)
    .some((p) => !(p.start >= d.span.start && p.end <= d.span.end)
      || (p.end === d.span.end && /^(?:the|le|la|les|l['’])\s*$/i.test(text.slice(d.span.start, p.start)))));
  resolveDescriptions(descriptions, { text, clusters: linker.clusters, mentions: placed, headings, lex }, text);
  linker.mergeByDescriptionHeads();
  linker.mergeNationalBodies();
  linker.mergeCountriesIntoGovernments();
  linker.mergeSeatsOfPower();
  addBareInstitutions(linker, text, lex.bareInstitution);
  addBareGovernment(linker, text);
  if (lex.partyMembers) addPartyMembers(linker, text, lex.partyMembers);
  return finish(linker.clusters, text);
}

/**
 * After a name: a reporting verb, an optional day, then the neuter pronoun that resumes it as the subject — "Charles Schwab said
 * on Monday it would cut 2,000 jobs", "Louis Vuitton said that its sales rose" (ruleId actors/en/firm-pronoun). Bounded.
 */
const FIRM_PRONOUN_AFTER = /^,?[ \u00a0]{1,2}(?:said|says|announced|announces|reported|reports|confirmed|confirms|warned|warns)(?:[ \u00a0]{1,2}(?:on|late|early)[ \u00a0]{1,2}\p{Lu}\p{Ll}{2,8}|[ \u00a0]{1,2}(?:today|yesterday))?(?:[ \u00a0]{1,2}that)?[ \u00a0]{1,2}(?:it(?:[ \u00a0]{1,2}(?:would|will|had|has|was|is|plans[ \u00a0]to|planned[ \u00a0]to|expects[ \u00a0]to|intends[ \u00a0]to|agreed[ \u00a0]to))?[ \u00a0]{1,2}(?:cut|cutting|sell|selling|sold|buy|buying|bought|acquire|acquired|close|closing|closed|open|opening|opened|raise|raising|raised|lower|lowered|hire|hired|invest|invested|pay|paid|post|posted|report|reported|shed|slash|slashed|lay[ \u00a0]off|laid[ \u00a0]off)|its)(?![\p{L}])/u;

/** Nouns of a firm's business: jobs, shares, sales, stores, a stake, a dividend… (ruleId actors/en/firm-pronoun). */
const BUSINESS_NOUN = /(?<![\p{L}])(?:jobs|shares|stake|stakes|sales|revenue|revenues|profit|profits|earnings|dividend|stores|plants?|factory|factories|subsidiary|unit|division|acquisition|merger|forecast|guidance|outlook|buyback|fees)(?![\p{L}])/u;

/**
 * "Charles Schwab said on Monday it would cut 2,000 jobs": a name the given-name rule read as a person is a firm named after
 * its founder when the text resumes it as "it"/"its" right after a reporting verb, in a clause about its business (jobs,
 * sales, a stake…) (ruleId actors/en/firm-pronoun). Only
 * clusters typed by the given-name rule, without a role; linear in the number of their mentions.
 */
function firmsNamedAfterPersons(clusters: readonly Cluster[], text: string): void {
  for (const c of clusters) {
    if (c.kind !== 'person' || c.ruleId !== 'actors/given-name' || c.role || c.gazId !== undefined) continue;
    if (!c.mentions.some((m) => {
      const p = FIRM_PRONOUN_AFTER.exec(text.slice(m.end, m.end + 48));
      if (!p) return false;
      // (and a business noun in the rest of the clause: "it would cut 2,000 jobs", not "it was time to leave")
      const rest = text.slice(m.end + p[0].length, m.end + p[0].length + 80);
      // ("its" right before the noun: "said its sales rose", not "said its value was low")
      const clause = p[0].endsWith('its') ? rest.slice(0, 16) : rest.slice(0, rest.search(/[.;:!?]|$/));
      return BUSINESS_NOUN.test(clause);
    })) continue;
    c.kind = 'organization';
    c.ruleId = 'actors/en/firm-pronoun';
  }
}

/** A country's ministry in the possessive: "China's commerce ministry" (the phrase of actors/en/possessive-ministry). */
const POSSESSIVE_MINISTRY = /['’]s (?:\p{Ll}+ )?ministry$/u;

/** A leader's name then "administration": "Trump administration" (the phrase of actors/en/leader-administration). */
const LEADER_ADMINISTRATION = /^\p{Lu}[\p{L}-]{2,30} administration$/u;

/** A list separator between two names: ", ", " and ", ", and ", " et ", " & ". */
const LIST_GAP = /^(?:,[ \u00a0]+|,?[ \u00a0]+(?:and|et|&)[ \u00a0]+)$/u;

/**
 * "artists including Bono, Bob Geldof, Paul McCartney", "Robbie Williams, Bono, Justin Hawkins": an unknown one-word name
 * inside a list of three names or more whose two nearest members are persons is a person known by one name, not an
 * organisation (ruleId actors/person-list). Not a name next to one person only: "Sincerely, John Warner", "Thanks, Pete",
 * "la série James Bond, Skyfall", "Pratt and Whitney". Only clusters whose kind was a weak default guess change; one pass
 * over the placed mentions (sorted by start).
 */
function personsInLists(placed: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>, text: string): void {
  const oneWord = (c: Cluster): boolean => !c.strongKind && c.kind === 'organization' && c.ruleId === 'actors/unknown'
    && c.names.every((n) => !/\s/.test(n));
  // placed[a] and placed[b] (a < b) are consecutive members of a list
  const listed = (a: number, b: number): boolean => {
    const x = placed[a];
    const y = placed[b];
    return !!x && !!y && x.end <= y.start && y.start - x.end <= 7 && LIST_GAP.test(text.slice(x.end, y.start));
  };
  const person = (k: number): boolean => placed[k]?.cluster.kind === 'person';
  for (let i = 0; i < placed.length; i++) {
    const m = placed[i]!;
    if (!oneWord(m.cluster)) continue;
    const between = person(i - 1) && person(i + 1) && listed(i - 1, i) && listed(i, i + 1);
    const first = person(i + 1) && person(i + 2) && listed(i, i + 1) && listed(i + 1, i + 2);
    const last = person(i - 1) && person(i - 2) && listed(i - 2, i - 1) && listed(i - 1, i);
    if (between || first || last) {
      m.cluster.kind = 'person';
      m.cluster.ruleId = 'actors/person-list';
    }
  }
}

/**
 * « l'ambassade des Etats-Unis » … « l'ambassade des Etats-Unis à Téhéran »: a state mission named without its town and with
 * it is one actor, named with the town (ruleId actors/fr/state-mission-of). Linear in the number of cluster keys.
 */
function mergeMissions(linker: Linker, placed: Array<{ start: number; end: number; cluster: Cluster }>): void {
  const byKey = new Map<string, Cluster>();
  for (const c of linker.clusters) if (c.kind === 'government') for (const k of c.keys) if (/^(?:ambassade|consulat) /.test(k)) byKey.set(k, c);
  for (const [k, c] of byKey) {
    const at = k.lastIndexOf(' a ');
    if (at < 0) continue;
    const short = byKey.get(k.slice(0, at));
    if (!short || short === c || !linker.clusters.includes(short) || !linker.clusters.includes(c)) continue;
    linker.merge(c, short);
    for (const p of placed) if (p.cluster === short) p.cluster = c;
  }
}

/**
 * "Joe and Hunter Biden", « Jean et Marie Dupont »: the first given name of a pair sharing one surname is a person of its
 * own, named with the surname ("Joe Biden"), when the second name is a placed person (ruleId actors/shared-surname). The
 * mention is the given name alone. `placed` (sorted by start) receives the new mentions. One pass over the tokens.
 */
function addSharedSurnames(linker: Linker, placed: Array<{ start: number; end: number; cluster: Cluster }>, text: string,
  tokens: readonly Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const s = sharedSurnameAt(text, tokens, k);
    if (s < 0) continue;
    const g1 = tokens[k]!;
    const second = overlapping(placed, tokens[k + 2]!.start, tokens[s]!.end)
      .find((p) => p.cluster.kind === 'person' && p.start === tokens[k + 2]!.start && p.end === tokens[s]!.end);
    if (!second || overlapping(placed, g1.start, g1.end).length > 0) continue;
    const got = linker.add({ start: g1.start, end: g1.end, text: `${g1.text} ${tokens[s]!.text}`, kind: 'person',
      ruleId: 'actors/shared-surname', weak: false, first: k, last: k, heading: false }, true);
    if (!got || got === second.cluster) continue;
    placed.splice(firstAtOrAfter(placed, g1.start), 0, { start: g1.start, end: g1.end, cluster: got });
    // the bare surname ("Biden", "Vice President Biden") is the first-named person's, the one a pair is named after
    // ("Joe and Hunter Biden", "Bill and Melinda Gates"), not the second's that the linker met first
    const sur = nameKey(tokens[s]!.text);
    const bare = (m: Span): boolean => nameKey(m.text) === sur;
    const sec = second.cluster;
    if (sec.names.some((n) => nameKey(n) === sur)) {
      got.mentions.push(...sec.mentions.filter(bare));
      sec.mentions = sec.mentions.filter((m) => !bare(m));
      sec.names = sec.names.filter((n) => nameKey(n) !== sur);
      got.names.push(tokens[s]!.text);
      for (const p of placed) if (p.cluster === sec && nameKey(text.slice(p.start, p.end)) === sur) p.cluster = got;
    }
  }
}

/**
 * "SoftBank named Marcelo Claure … Later, Claure said", « Pouyanné a précisé »: a capitalised word standing alone that is the
 * last word of exactly one person's multi-word name in the text is a mention of that person, even where the candidate
 * finder dropped it as a sentence-initial word (ruleId actors/lone-surname). Not a word of a longer capitalised run ("Claure
 * Foundation"), a common word of the language, nor a word the text also writes in lower case ("Read", "Cook"). One pass
 * over the tokens; `placed` (sorted by start) receives the new mentions.
 */
function addLoneSurnames(linker: Linker, placed: Array<{ start: number; end: number; cluster: Cluster }>, text: string,
  tokens: readonly Token[], commonWords: ReadonlySet<string>, lowerSeen: ReadonlySet<string>): void {
  const owners = new Map<string, Cluster | null>();
  for (const c of linker.clusters) {
    if (c.kind !== 'person') continue;
    for (const k of c.keys) {
      const w = k.split(' ');
      if (w.length < 2) continue;
      const s = w[w.length - 1]!;
      if (s.length < 3) continue;
      const o = owners.get(s);
      owners.set(s, o === undefined || o === c ? c : null);
    }
  }
  if (owners.size === 0) return;
  const near = (a: Token, b: Token): boolean => /^[ \u00a0\u202f]{1,2}$/.test(text.slice(a.end, b.outerStart));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.acronym || (t.elision !== '' && t.elision !== "d'" && t.elision !== "l'")) continue;
    const c = owners.get(t.norm);
    if (!c || commonWords.has(t.norm) || lowerSeen.has(t.norm)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.cap && near(prev, t)) || (next && (next.cap || next.digits) && near(t, next))) continue;
    if (overlapping(placed, t.start, t.end).length > 0) continue;
    const got = linker.add({ start: t.start, end: t.end, text: t.text, kind: 'person', ruleId: 'actors/lone-surname', weak: false,
      first: k, last: k, heading: false }, false);
    if (got) placed.splice(firstAtOrAfter(placed, t.start), 0, { start: t.start, end: t.end, cluster: got });
  }
}

/**
 * « il appartient seul au gouvernement d'estimer les cas d'urgence », "the government refused": when no actor of the
 * text can be the government (no acting country, no body named "… government", "gouvernement …", "… administration",
 * "cabinet …"), the bare word is an actor of its own, named by the word (ruleId actors/bare-government). Mentions that
 * are already part of an actor (a resolved description, a government phrase) are left alone. One linear regex scan.
 */
function addBareGovernment(linker: Linker, text: string): void {
  const stands = linker.clusters.some((c) => (c.country && c.acting)
    || (c.kind === 'government' && [...c.keys].some((k) => /(?:^| )(?:government|gouvernement|administration|cabinet)(?: |$)/.test(k))));
  if (stands) return;
  const taken: Span[] = linker.clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  // not a government named after it: « du gouvernement du Parti québécois », "the government of Zambia", nor one qualified by
  // a French adjective after it: « le gouvernement tibétain en exil », « le gouvernement conservateur de Mariano Rajoy »
  const re = /(?<![\p{L}])(?:[Tt]he|[Ll]e|[Aa]u|[Dd]u) (government|gouvernement)(?![\p{L}\p{N}-])(?!\s+(?:of|in|de|du|des|d['’])\s*\p{Lu})(?!\s+\p{Ll}{2,20}(?:ain|aine|ais|aise|ien|ienne|ois|oise|eur|rice|iste|el|elle|al|ale|if|ive|é|ée|ique|ant)(?![\p{L}]))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (overlapping(taken, m.index, end).length > 0) continue;
    linker.add({ start, end, text: m[1]!, kind: 'government', ruleId: 'actors/bare-government', weak: false, first: -1, last: -1,
      heading: false }, true);
  }
}

/**
 * « les républicains ont bloqué le texte », « Les démocrates ont remporté la Chambre », « des écologistes »: the members of a
 * party or a political camp named by a lower-case plural noun are a group actor named by the noun (ruleId
 * actors/party-members; pattern: the lexicon's `partyMembers`). All occurrences of one noun are one actor; an occurrence
 * that is already part of a mention is left to it. One linear regex scan.
 */
function addPartyMembers(linker: Linker, text: string, pattern: RegExp): void {
  const taken: Span[] = linker.clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  const re = rewoundGlobal(pattern);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const noun = m[1]!;
    const start = m.index + m[0].length - noun.length;
    const end = start + noun.length;
    if (overlapping(taken, start, end).length > 0) continue;
    // « les écologistes d'EELV »: the members of a named party are that party's, not a group of their own
    if (/^[ \u00a0]?(?:d['’]|de[ \u00a0]|du[ \u00a0])\p{Lu}/u.test(text.slice(end, end + 5))) continue;
    linker.add({ start, end, text: noun, kind: 'group', ruleId: 'actors/party-members', weak: false, first: -1, last: -1,
      heading: false }, true);
  }
}

/**
 * « l'armée s'est octroyée le pouvoir », « annoncés par la commission électorale », "the army seized power": a state
 * institution named by its bare noun while it acts ({@link ActorLexicon.bareInstitution}) is an actor of its own, named by
 * the noun, when no actor of the text carries that noun (« l'Armée syrienne libre », a resolved description) and the
 * occurrence is no mention yet (ruleId actors/bare-institution). All acting occurrences of one noun are one actor. One
 * linear regex scan.
 */
function addBareInstitutions(linker: Linker, text: string, pattern: RegExp): void {
  const taken: Span[] = linker.clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  const carried = (noun: string): boolean => linker.clusters.some((c) => [...c.keys].some((k) => k.split(' ').includes(noun)));
  const re = rewoundGlobal(pattern);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const noun = m[1] ?? m[2]!;
    const start = m.index + m[0].length - noun.length;
    const end = start + noun.length;
    if (overlapping(taken, start, end).length > 0) continue;
    const key = nameKey(noun);
    if (!linker.clusters.some((c) => c.ruleId === 'actors/bare-institution' && c.keys.has(key)) && carried(key.split(' ')[0]!)) continue;
    linker.add({ start, end, text: noun, kind: 'government', ruleId: 'actors/bare-institution', weak: false, first: -1, last: -1,
      heading: false }, true);
  }
}

/**
 * "le glyphosate", "chlorothalonil", « le clorpyrifos-méthyl »: an active substance written in lower case is a product the
 * article talks about (ruleId actors/substance, pattern {@link SUBSTANCE_PATTERN}); a substance inside a name already placed
 * is left to it. `placed` (sorted by start) receives the new mentions. One linear regex scan.
 */
function addSubstances(linker: Linker, placed: Array<{ start: number; end: number; cluster: Cluster }>, text: string): void {
  // most articles name no substance: the pattern's literals ("glyphosate", "pyrifos", "chloroquine"…) say so first
  if (!mayMatch(SUBSTANCE_PATTERN, prefilterText(text))) return;
  const re = rewoundGlobal(SUBSTANCE_PATTERN);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapping(placed, start, end).length > 0) continue;
    const c = linker.add({ start, end, text: m[0], kind: 'product', ruleId: 'actors/substance', weak: false, first: -1, last: -1,
      heading: false }, true);
    if (c) placed.splice(firstAtOrAfter(placed, start), 0, { start, end, cluster: c });
  }
}

/**
 * Ranges [start, end) of brand lists: from the end of a `brandList` match to the end of its sentence (at most 300
 * code units; one linear regex scan).
 */
function brandListRanges(text: string, brandList: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = rewoundGlobal(brandList);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 300);
    const stop = /[.;:!?\n](?:\s|$)|\n/.exec(rest);
    const to = from + (stop ? stop.index : rest.length);
    // keep the ranges disjoint and sorted (inRanges needs it): a list inside the previous one extends it
    const prev = out[out.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * A stock listing in parentheses: an exchange code, a colon and a ticker — "(NYSE:DPLO)", "(NASDAQ: GOOGL)", "(OTCPK:MKGAF)",
 * « (Euronext: AIR) » — or a ticker and its day's change — "(LMT -0.75%)", "(RTX +1.2%)" (ruleId actors/stock-listing).
 */
const STOCK_LISTING = /\((?:(?:NYSE|NASDAQ|Nasdaq|NYSEArca|NYSEAMERICAN|NYSEAmerican|AMEX|OTC[A-Z]{0,3}|TSXV?|LSE|LON|ASX|EPA|ETR|FRA|HKEX|HKG|TYO|SIX|BIT|BME|AMS|EBR|Euronext|CBOE)[ \u00a0]?:[ \u00a0]?[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?|[A-Z]{1,5} [+\-\u2212]\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%)\)/g;

/** Ranges [start, end) of stock listings in parentheses ({@link STOCK_LISTING}; one linear regex scan). */
function stockListingRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes(':') && !text.includes('%')) return out;
  const re = rewoundGlobal(STOCK_LISTING);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Quotation ranges [start, end): «…», “…”, "…" up to 1 000 characters (linear scan). */
/**
 * A given name, a nickname of one or two words in quotes, then one to three capitalised words: 'Charles "Chip" Whitaker',
 * 'Daniel "Sugar" Ray Holmes', 'Joe "The Hammer" Smith', « Jean « Jeannot » Dupont » (ruleId actors/nickname-in-name). Bounded:
 * each word at most 21 letters.
 */
const NICKNAME_IN_NAME = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]{1,20})[ \\u00a0]["“«][ \\u00a0\\u202f]?[${UPPER}][${LETTER}'’-]{1,20}(?:[ \\u00a0][${UPPER}][${LETTER}'’-]{1,20})?[ \\u00a0\\u202f]?["”»][ \\u00a0](?:[${UPPER}][${LOWER}'’-]{1,20}[ \\u00a0]){0,2}[${UPPER}][${LOWER}'’-]{1,20}(?![${LETTER}])`, 'gu');

/**
 * 'The company's founder, Charles "Chip" Whitaker, did not respond': the given name, the quoted nickname and the surname are
 * one person's name, not a given name alone, an organisation "Chip" and a surname (ruleId actors/nickname-in-name). The
 * mentions the run covers are replaced, in place, by one person mention. Only a known given name opens it.
 */
function nicknamedPersons(text: string, tokens: readonly Token[], mentions: ClassifiedMention[]): void {
  if (!/["“«]/.test(text)) return;
  NICKNAME_IN_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NICKNAME_IN_NAME.exec(text)) !== null) {
    if (!FIRST_NAMES.has(m[1]!.toLowerCase())) continue;
    const start = m.index;
    const end = start + m[0].length;
    const first = tokens.findIndex((t) => t.start === start);
    let last = -1;
    for (let k = Math.max(first, 0); k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.end === end) last = k;
    if (first < 0 || last < 0) continue;
    const at = mentions.findIndex((x) => x.end > start && x.start < end);
    const mention: ClassifiedMention = { start, end, text: m[0], kind: 'person', ruleId: 'actors/nickname-in-name', weak: false,
      first, last, heading: mentions[at]?.heading ?? false };
    const kept = mentions.filter((x) => !(x.end > start && x.start < end));
    const pos = at < 0 ? kept.findIndex((x) => x.start > start) : at;
    kept.splice(pos < 0 ? kept.length : pos, 0, mention);
    mentions.splice(0, mentions.length, ...kept);
  }
}

function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /«[^«»]{1,1000}»|“[^“”]{1,1000}”|"[^"\n]{1,1000}"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Orders clusters by first mention and turns them into actors with ids, names, kinds and sorted mentions. */
function finish(clusters: readonly Cluster[], text: string): Actor[] {
  const live = clusters.filter((c) => c.mentions.length > 0 && c.names.length > 0);
  const firstStart = new Map<Cluster, number>();
  for (const c of live) firstStart.set(c, c.mentions.reduce((m, x) => Math.min(m, x.start), Infinity));
  live.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  const ids = new Map<Cluster, string>();
  live.forEach((c, i) => ids.set(c, `A${i + 1}`));
  const owner = descriptionOwners(live);
  return live.map((c) => {
    const name = clusterName(c);
    const aliases = [...c.names.filter((n) => n !== name),
      ...c.descriptions.filter((d) => d !== name && (owner.get(d.toLowerCase())?.has(c) ?? true))];
    const mentions: Span[] = dedupe(c.mentions.map((m) => makeSpan(text, m.start, m.end)));
    // a country that acts is its state; so is a capital that only acts when the body it stands for is not named
    // ("Paris a signé", "Islamabad menace") (ruleId actors/seat-of-power)
    const kind: ActorKind = c.country || c.seat ? (c.acting && (c.country || !c.located) ? 'government' : 'place') : c.kind;
    return {
      id: ids.get(c)!,
      name,
      kind,
      aliases: [...new Set(aliases)],
      role: c.role,
      roleOf: c.roleOf && ids.has(c.roleOf) ? { id: ids.get(c.roleOf)!, name: clusterName(c.roleOf) } : null,
      mentions,
      ruleId: c.ruleId,
    };
  });
}

/**
 * "the company" resolved to WeWork nine times and to SoftBank once: a description alias (compared in lower case) that
 * several actors carry is listed only on the actors most of its mentions resolve to (all of them on a tie); each mention
 * keeps its own actor (ruleId actors/description-alias-owner). An alias is a name a reader can look the actor up by, and
 * a description shared by several actors names none of the minority ones. Returns, per lower-cased description carried by
 * two actors or more, the set of actors that list it. Linear in the number of mentions.
 */
function descriptionOwners(clusters: readonly Cluster[]): Map<string, Set<Cluster>> {
  const carriers = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const d of new Set(c.descriptions.map((x) => x.toLowerCase()))) {
      const list = carriers.get(d) ?? [];
      list.push(c);
      carriers.set(d, list);
    }
  }
  const out = new Map<string, Set<Cluster>>();
  for (const [d, list] of carriers) {
    if (list.length < 2) continue;
    const count = (c: Cluster): number => c.mentions.reduce((n, m) => n + (m.text.toLowerCase() === d ? 1 : 0), 0);
    const counts = list.map(count);
    const max = Math.max(...counts);
    out.set(d, new Set(list.filter((_c, i) => counts[i] === max)));
  }
  return out;
}

/** The fullest proper name: most words, then most characters; ties → first seen. */
/** The name an actor is output under: the fullest of its names, leaving out names that stand for it by metonymy ("Pakistan", alias "Islamabad"). */
function clusterName(c: Cluster): string {
  const proper = c.names.filter((n) => !c.metonyms.has(n));
  return fullestName(proper.length > 0 ? proper : c.names);
}

function fullestName(names: readonly string[]): string {
  let best = names[0] ?? '';
  const words = (s: string): number => s.split(/\s+/).length;
  // (soft hyphens left by the page do not count: "Vladi\u00admir Putin" is no fuller than "Vladimir Putin")
  const len = (s: string): number => s.replace(/\u00ad/g, '').length;
  // (nor is a plural fuller than its singular: "Rafales" names the "Rafale" — ruleId actors/product-plural)
  const plural = (a: string, b: string): boolean => a.length === b.length + 1 && /s$/i.test(a) && a.startsWith(b);
  for (const n of names) {
    if (words(n) > words(best) || (words(n) === words(best) && ((len(n) > len(best) && !plural(n, best)) || plural(best, n)))) best = n;
  }
  return best;
}

function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}
