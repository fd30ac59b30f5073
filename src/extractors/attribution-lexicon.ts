/**
 * The shape of a per-language attribution lexicon (reporting verbs, source
 * phrases, hedges, denials), and the compiled regular expressions the quote
 * and claim extractors run. The data lives in `src/lexicon/{en,fr}/reporting.ts`;
 * the logic in `attribution.ts`, `quotes.ts` and `claims.ts` is shared by
 * both languages.
 *
 * Every list is lower case; matching is case-insensitive unless a field says
 * otherwise, on whole words (a letter or digit never touches a match).
 *
 * @module
 */
import type { Language } from '../types.js';
import { EN_REPORTING } from '../lexicon/en/reporting.js';
import { FR_REPORTING } from '../lexicon/fr/reporting.js';
import { DIGIT, LETTER } from '../text/char-classes.js';
import { hostMemo } from '../text/host-memo.js';

/** A pattern with its provenance: `re` has no flags of its own, it is compiled with `giu`. */
export interface CuePattern {
  /** Source of a regular expression, linear-time (bounded repetitions only). */
  pattern: string;
  /** e.g. `claims/en/hedge-expected-to`. */
  ruleId: string;
  /**
   * The modality of the claim the pattern finds, when not the list's own (a hedge pattern defaults to `hedged`, a stance
   * pattern to `reported`): "MST is known to permanently evict farmholders" is a `reported` claim found among the hedges.
   */
  modality?: 'reported' | 'hedged' | 'denied';
  /**
   * For a stance pattern: a pattern (compiled `iu`) the subject of the cue must match, so that the stance is a source's
   * (« de nombreux experts restent sceptiques », "the Rettig Commission listed 2,095 deaths") and not anyone's.
   */
  subject?: string;
}

/** What a language contributes to attribution, quotes and claims. */
export interface ReportingLexicon {
  /**
   * Reporting verb forms that introduce a complement clause ("said that…",
   * "a indiqué que…") or a postposed attribution ("…, a indiqué la direction").
   * Multi-word forms allowed ("point out", "fait savoir").
   */
  reportingVerbs: readonly string[];
  /** Forms that may report a clause without a complementizer ("said the deal…"). */
  zeroComplementVerbs: readonly string[];
  /** Forms that take a person object before the complementizer ("told reporters that"). */
  objectVerbs: readonly string[];
  /** Forms whose object itself is the claim ("promised $500 million…", "a promis de…"). */
  promiseVerbs: readonly string[];
  /**
   * Commitments among {@link ReportingLexicon.promiseVerbs} whose object may be an infinitive clause, which is then
   * the claim: "vowed to challenge the outcome", « a promis de retirer les troupes », « s'est engagé à maintenir… ».
   * Lower case; matched against the start of the promise cue.
   */
  commitmentVerbs: readonly string[];
  /**
   * Words that open an infinitive complement after a commitment ("to"; « de », « d' », « à ») and a test for the
   * word after them being a verb (English: not a determiner; French: an infinitive ending -er/-ir/-re/-oir).
   */
  infinitiveMarkers: readonly string[];
  /**
   * Participles whose object is the reported fact, counted only after a perfect auxiliary
   * ({@link ReportingLexicon.perfectAuxiliaries}) and at most one gap adverb: "a aussi annoncé le retour de…",
   * "a parlé de l'amélioration…" (a bare participle is an adjective: « le rachat annoncé hier »).
   */
  participlePromises: readonly string[];
  /** Perfect auxiliaries for {@link ReportingLexicon.participlePromises} ("a", "ont", "avait", "avaient"). */
  perfectAuxiliaries: readonly string[];
  /** Complementizers: "that" / "que", "qu'". */
  complementizers: readonly string[];
  /** Source phrases that attribute the clause around them ("according to", "selon"). */
  sourcePhrases: readonly string[];
  /**
   * Source phrases that name a source only when their complement does — a speaking actor, a {@link sourceNouns} noun or one of
   * `documents` ("citing Reuters", "citing officials", "citing a report", « citant des sources proches du dossier »), not a
   * reason ("The company expects profits to rise, citing strong demand", « citant une demande faible »): claims/<lang>/citing-reason.
   */
  citing?: { phrases: readonly string[]; documents: readonly string[] };
  /**
   * Relative pronouns opening a clause after a comma ("the Pentagon, which declined to comment", "Airbus, whose spokesman
   * declined…", « Airbus, dont le porte-parole… »), lower case: the source is the actor right before the comma
   * (claims/<lang>/denial-relative).
   */
  relativeSubjects?: readonly string[];
  /**
   * Phrases that open the content clause of a report noun right after it, lower case, whole words: « les informations
   * selon lesquelles Poutine serait malade », "reports to the effect that…". A source phrase that opens one is no source
   * (« selon lesquelles » names no one), and after a denial cue the clause it opens is what is denied
   * (claims/<lang>/denial-report-content).
   */
  reportContentOpeners: readonly string[];
  /** Prepositions that attribute when they open a sentence on a source ("Pour le procureur, …"). */
  leadingSourcePrepositions: readonly string[];
  /**
   * Nouns naming a speaking source without a proper name (roles, professions,
   * institutions): "Pour le procureur fédéral, …", "Pour les experts, …".
   * Lower case, singular and plural.
   */
  sourceNouns: readonly string[];
  /**
   * Nouns that describe a person already named ("résume l'universitaire",
   * "said the professor"): a quote attributed to such a description goes to
   * the last person named before it. Lower case, singular.
   */
  personDescriptions: readonly string[];
  /** Hedging words (adverbs, modal forms, conditional forms) — case-sensitive lower-case match. */
  hedgeWords: readonly string[];
  /** Hedging constructions as patterns ("is expected to", regular conditional endings). */
  hedgePatterns: readonly CuePattern[];
  /**
   * Passive evaluations with their source: group 1 is the source ("the act has been criticized in the technology media as
   * not doing enough", « la loi est critiquée par les ONG comme liberticide »). The whole clause is the claim.
   */
  passiveReports: readonly CuePattern[];
  /** Denials and refusals to comment. */
  denialPatterns: readonly CuePattern[];
  /**
   * Stances whose whole clause is the claim, attributed to the subject before the cue ("the opposition candidate has
   * claimed victory", "Critics have been quick to compare this to…", « de nombreux experts restent sceptiques quant à… »,
   * "the Rettig Commission listed 2,095 deaths"). Read like denials (step 5), with modality `reported` unless the pattern
   * says otherwise; a pattern's `subject` restricts who may hold the stance.
   */
  stancePatterns: readonly CuePattern[];
  /**
   * Nominal reports with their author: "a $500 million pledge made recently by the government of Japan", « les
   * accusations portées par l'opposition ». Group 1 is the author; the noun phrase from its determiner to the end of the
   * author is the claim.
   */
  nominalReports: readonly CuePattern[];
  /**
   * Verbs among {@link ReportingLexicon.promiseVerbs} that report a claim only with an infinitive complement: "The
   * movement claims to pursue equitable redistribution" (not "the storm claimed the lives of…"). Lower case.
   */
  infinitiveOnlyVerbs: readonly string[];
  /**
   * Verbs that make their object the subject of an infinitive report ("prompting the opposition to assert that…",
   * « poussant l'opposition à affirmer que… »): the object noun phrase is the source of the report. Lower case.
   */
  controlVerbs: readonly string[];
  /**
   * What stands between « comme »/"as" and a reporting verb whose subject follows it (« comme le précise l'ambassadeur »,
   * « comme l'a indiqué le ministre »): a pattern matching the end of the text before the verb; group 1,
   * when present, is a subject standing before the verb ("as the minister noted"). Compiled `u`: case-sensitive, the
   * pattern spells its capitals. Null when the language has none.
   */
  asReportBefore: string | null;
  /**
   * An incise with an inverted clitic subject, between commas or before the sentence end: « Contrairement à tous les
   * discours, appuie-t-il, le français est classé 3e langue d'affaires », « …, a-t-elle affirmé. » Group 1 is the
   * verb-clitic; the clause around it is the claim, the clitic its source (« -on »: hedged, no source). Null when the
   * language has none.
   */
  incise: CuePattern | null;
  /**
   * The endings of a source phrase that stand for a pronoun (an object pronoun, a possessive and its noun), each with the
   * subject pronoun of {@link pronouns} that resolves it: "according to him" → he, « selon lui » → il, « à ses yeux » → il;
   * also the pronouns a leading source preposition accepts (« Pour lui, … »). Absent: source phrases keep their words.
   */
  sourcePronouns?: Readonly<Record<string, string>>;
  /**
   * A hedge inside a relative clause of a reporting verb's subject, between commas: "The company, which is expected to
   * lay off thousands of employees, confirmed that…", « Le groupe, qui devrait supprimer 500 postes, a annoncé que… ».
   * Group 1 is the hedged relative clause (`claims/<lang>/relative-hedge`). Absent: none.
   */
  relativeHedge?: CuePattern;
  /**
   * A report whose complement is an infinitive, a time word or an adverb allowed between: « Vivendi a déclaré samedi ne pas
   * avoir l'intention de faire une offre », « le ministre a assuré hier n'avoir reçu aucune demande ». Group 1 opens the
   * infinitive, which runs to the clause end and is the claim (`claims/<lang>/infinitive-report`). Absent: none.
   */
  infinitiveReport?: CuePattern;
  /** Words that may stand between a verb and its complementizer when they open the gap (prepositions, adverbs). */
  gapOpeners: readonly string[];
  /** Adverbs among the gap openers ("also", "également"): an object noun phrase may not follow them in a gap. */
  gapAdverbs: readonly string[];
  /** Determiners and pronouns that start a noun phrase (an object, not a gap). */
  determiners: readonly string[];
  /** Subject pronouns and the actor kinds they can refer to. */
  pronouns: Readonly<Record<string, readonly ('person' | 'organization' | 'government' | 'product' | 'group' | 'place')[]>>;
  /** Auxiliaries, clitics and adverbs stripped from the end of a subject ("has", "a elle", "également"). */
  subjectTrailers: readonly string[];
  /** Connectors stripped from the start of a clause ("however", "en effet", "although"). */
  connectors: readonly string[];
  /** Prepositions after which an actor mention is a complement, not the subject ("of", "de"). */
  governingPrepositions: readonly string[];
  /** Words that break a sentence into clauses after a comma (", but", ", mais"). */
  clauseBreakers: readonly string[];
  /** Auxiliaries that end a subject noun phrase when a verb phrase follows ("a", "will"). */
  auxiliaries: readonly string[];
  /** Conjunctions after which a parenthetical source phrase attributes what follows ("car, selon eux, …"). */
  subordinators: readonly string[];
  /** Time adjuncts that may sit between a zero-complement verb and its clause ("Wednesday morning"). */
  timeAdjuncts: readonly string[];
  /** Finite-verb signals proving a zero-complement remainder is a clause ("will", "had"). */
  finiteSignals: readonly string[];
  /** Nouns naming a message whose author is the speaker ("An email from X"). */
  messageNouns: readonly string[];
  /**
   * Head nouns of a collective body that a definite description names after
   * the body itself was named ("le gouvernement de coalition … Le nouveau
   * gouvernement s'est donné…", "Acme Corp … The company said"): the quote
   * extractor resolves such a subject to the last organisation, government or
   * group whose name holds the noun.
   */
  bodyNouns: readonly string[];
  /**
   * Words that coordinate a second predicate sharing the subject ("Il fut exclu
   * … et déclara alors :", "He was expelled … and said:").
   */
  coordinators: readonly string[];
  /** Relative pronouns and complementizers that open a clause with a subject of its own ("qui", "who", "that"). */
  clauseOpeners: readonly string[];
  /**
   * Verbs that name or label what they quote without reporting a statement, for quotes only (a claim needs a clause):
   * "he has called the vote an "impressive display of confidence"", "dubbed it a "new start"", « a qualifié la réforme de
   * « recul historique » ». Lower case, whole words.
   */
  namingVerbs: readonly string[];
  /**
   * Verbs of speech that introduce direct quotations only (never a claim: their complement is the words, a question or an
   * order, not a proposition to verify): "\"…?\" Schiff asked", "\"…,\" Mr. Trump recounted", "\"…,\" Howard Gleckman has
   * written", « « … », détaille Mme Cardenal », « « … », a-t-il lâché ». Read by the quote extractor with the reporting verbs
   * when it looks for the attribution of a quotation. Lower case, whole words.
   */
  speechVerbs: readonly string[];
  /**
   * Nouns naming written words shown or displayed, right before a quotation: "covered with the text "Made in USA"", "a
   * banner reading "…"", « une banderole portant l'inscription « … » ». The quotation after them is words, not a title,
   * however short and capitalised. Lower case, whole words.
   */
  writtenWordNouns: readonly string[];
  /**
   * Nouns of works and named things whose title follows in quotation marks ("the song "Jesus Is Just Alright With Me"",
   * « la sculpture « La Petite danseuse de quatorze ans » », « le rapport « Les revenus et le patrimoine des ménages » »):
   * the quotation after them is a title, not someone's words (the annotation rules: titles are optional quotes), also
   * with a naming participle between ("a musical called "…"", « une comédie musicale nommée « … » »). Lower case.
   */
  titleNouns?: readonly string[];
  /**
   * Participles and phrases announcing a title right before the quotation marks, after any noun: "titled", "entitled",
   * « intitulé », « sur le thème ». Lower case; multi-word allowed.
   */
  titleCues?: readonly string[];
  /** Naming participles allowed between a {@link titleNouns} noun and its title: "called", "named", « nommée ». Lower case. */
  titleNamers?: readonly string[];
  /**
   * Indefinite or quantifying determiners opening a subject that names no one ("certains wikipédiens estiment que",
   * "some analysts said"): a quotation such a subject reports has no named speaker. Lower case; multi-word allowed.
   */
  indefiniteDeterminers: readonly string[];
  /**
   * Verbs that, right after a subject pronoun, make it impersonal or a copula ("il apparaît que", "il est le conférencier",
   * "it seems"): such a pronoun is not a subject of its own that would quote. Lower case.
   */
  impersonalVerbs: readonly string[];
  /** "X quotes Y as saying" — group 1 is Y. */
  quotesAsSaying: CuePattern | null;
  /** Words opening a leading adverbial chunk stripped from a claim's evidence ("despite", "malgré"). */
  leadingAdverbials: readonly string[];
  /** Negation before a verb that makes "que" restrictive ("ne … que"). */
  negators: readonly string[];
  /**
   * Belief verbs whose negation still reports the source's view (rule 'claims/<lang>/negated-belief'): "Desterhoft does
   * not believe that the technology will be available for years", « le ministre ne pense pas que la mesure suffira » —
   * unlike "did not say that…", which asserts nothing. Lower case.
   */
  negatableBeliefVerbs: readonly string[];
  /**
   * Commitments and expectations whose infinitive follows without a marker (rule 'claims/<lang>/promise', bare-infinitive
   * branch): « les services de renseignement espèrent pouvoir détecter ces profils », « le groupe compte supprimer 500
   * postes », « entend réduire la dette ». Lower case; empty for English (its infinitive takes "to").
   */
  bareInfinitiveVerbs: readonly string[];
}

/** The lexicon of `language`. */
export function reportingLexicon(language: Language): ReportingLexicon {
  return language === 'fr' ? FR_REPORTING : EN_REPORTING;
}

/** Escapes `s` for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The white-space token of a word list: a space of a word matches a short run of white space. */
const SPACE_TOKEN = '[\\s\\u00a0\\u202f]{1,3}';
/** The apostrophe token of a word list: ' or ’. */
const APOSTROPHE_TOKEN = "['’]";
/**
 * Characters a word of a {@link wordAlternation} trie may hold as literals: lower- and upper-case letters whose only case
 * variants, under the `iu` flags, are each other (so two distinct literals are case variants exactly when their
 * lower-case forms are equal), digits and punctuation. Not « ſ » (a variant of "s"), « K » (Kelvin sign, of "k"), « ı »…
 */
const TRIE_LITERALS = new Set("abcdefghijklmnopqrstuvwxyz0123456789-.,;:!?&/%$€£@#_()+*àâäçéèêëîïôöùûüÿœæáíóúñãõ"
  + 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÁÍÓÚÑÃÕ');

/**
 * A node of the trie of {@link wordAlternation}: children by token, in insertion order; the lower-case forms of their
 * tokens (to find two that are case variants of each other); `end` when a word ends here.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  lowerTokens: Set<string>;
  end: boolean;
}

/**
 * The token of each character a trie word may hold: {@link SPACE_TOKEN}, {@link APOSTROPHE_TOKEN}, or the character
 * itself, escaped, for one of {@link TRIE_LITERALS}. Built once: the tries of a language's lexicons read some 20 000
 * characters at the first document of a process.
 */
const TRIE_TOKENS: ReadonlyMap<string, string> = new Map([
  [' ', SPACE_TOKEN], ["'", APOSTROPHE_TOKEN], ['’', APOSTROPHE_TOKEN],
  ...[...TRIE_LITERALS].map((ch): [string, string] => [ch, escapeRegExp(ch)]),
]);

/** The tokens of `w` (one per code unit: a literal, possibly escaped, {@link SPACE_TOKEN} or {@link APOSTROPHE_TOKEN}), or null when `w` does not fit the trie. */
function trieTokens(w: string): string[] | null {
  if (!w || w[0] === ' ' || w[w.length - 1] === ' ' || w.includes('  ')) return null;
  const tokens: string[] = [];
  for (const ch of w) {
    const token = TRIE_TOKENS.get(ch);
    if (token === undefined) return null;
    tokens.push(token);
  }
  return tokens;
}

/**
 * The trie of `words` as a regex source (without the word guards), or null when a word does not fit it (a character
 * outside {@link TRIE_LITERALS}, a space at either end or two in a row) or two sibling literals are case variants of each
 * other ("A" and "a": under the `i` flag both would match one character). At each node the longer continuations come
 * before the end of a word (an empty alternative, last): see {@link wordAlternation}.
 */
function trieSource(words: readonly string[]): string | null {
  const root: TrieNode = { children: new Map(), lowerTokens: new Set(), end: false };
  for (const w of words) {
    const tokens = trieTokens(w);
    if (!tokens) return null;
    let node = root;
    for (const t of tokens) {
      let next = node.children.get(t);
      if (!next) {
        const lower = t.toLowerCase();
        if (node.lowerTokens.has(lower)) return null;
        node.lowerTokens.add(lower);
        next = { children: new Map(), lowerTokens: new Set(), end: false };
        node.children.set(t, next);
      }
      node = next;
    }
    node.end = true;
  }
  // each node: its one alternative as it is, or `(?:a|b|…)` (the end of a word, an empty alternative, last); written
  // into one string as the trie is walked (no array of alternatives per node: a lexicon's trie has thousands of nodes)
  let out = '';
  const body = (node: TrieNode): void => {
    const count = node.children.size + (node.end ? 1 : 0);
    if (count !== 1) out += '(?:';
    let first = true;
    for (const [t, child] of node.children) {
      if (!first) out += '|';
      first = false;
      out += t;
      body(child);
    }
    if (node.end && !first) out += '|';
    if (count !== 1) out += ')';
  };
  body(root);
  return out;
}

/**
 * {@link wordAlternation} by word list (as JSON): each list of the lexicons is built once per process, and the CLI's
 * launcher keeps them from one run of a build to the next (memo `alternation`, `src/text/host-memo.ts`): the tries of a
 * language's lists, some 20 000 characters, took 10–25 ms of the first document of every process.
 */
const ALTERNATIONS: Map<string, unknown> = hostMemo('alternation') ?? new Map();
/** Lists memoised at most (the lexicons have some sixty; a caller building lists per document must not grow it forever). */
const MAX_ALTERNATIONS = 1000;

/**
 * An alternation of `words` (a space matching any short run of white space, an apostrophe matching ' or ’) with
 * whole-word guards; a word ending in an apostrophe ("qu'") needs no guard after it. When several words match at
 * one place, the longest wins (then the shorter ones, in turn, if what follows the alternation in the caller's
 * regex fails). Linear-time: the alternatives are literals.
 * Example: wordAlternation(['said', 'qu\'']) matches "said" in "he said." and "qu'" in "qu'il".
 *
 * Built as a trie of the words' characters: `said|says|saying` is `sa(?:i(?:d|ng)|ys)`, so at each word start the
 * engine reads each character once instead of trying every word in turn, and compiles a regex several times
 * shorter (with the `iu` flags V8 builds the case closure of every literal character: the French reporting verbs,
 * some 700 forms, took ≈ 20 ms to compile as a list). It matches exactly what the list, longest first, matches:
 * the words that match at one place are prefixes of one another (a space token always takes the whole run of
 * white space, since a literal that is no space follows it, and two sibling literals are never case variants of
 * each other), so trying the longer continuation of the trie first, and a word's end last, tries them longest
 * first, as the list did. The guard after the words, `(?:(?<=['’])|(?![${LETTER}${DIGIT}]))`, is shared: a word
 * ends with an apostrophe exactly when its match does. Words that do not fit the trie (see {@link trieSource})
 * give the list itself, longest first, with the same guard.
 */
export function wordAlternation(words: readonly string[]): string {
  if (!words.length) return '(?!)';
  // the compiled lexicons ask for some lists several times ("reporting", "reportingInner", "reportingTest")
  const key = JSON.stringify(words);
  const known = ALTERNATIONS.get(key);
  if (typeof known === 'string') return known;
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  const body = trieSource(unique)
    ?? `(?:${unique.map((w) => escapeRegExp(w).replace(/ /g, SPACE_TOKEN).replace(/['’]/g, APOSTROPHE_TOKEN)).join('|')})`;
  const source = `(?<![${LETTER}${DIGIT}])${body}(?:(?<=['’])|(?![${LETTER}${DIGIT}]))`;
  if (ALTERNATIONS.size < MAX_ALTERNATIONS) ALTERNATIONS.set(key, source);
  return source;
}

/** Compiles {@link wordAlternation} with flags `giu` (or `gu` when `caseSensitive`). */
export function wordsRegExp(words: readonly string[], caseSensitive = false): RegExp {
  return new RegExp(wordAlternation(words), caseSensitive ? 'gu' : 'giu');
}
