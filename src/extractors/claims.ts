/**
 * Claim extractor: statements a fact-checker would verify that the article
 * attributes to a source (`reported`), hedges (`hedged`) or reports as
 * denied (`denied`). The article's own plain statements are not claims,
 * and neither are direct quotations (the quote extractor has them).
 *
 * Per clause of every sentence (clauses split at `;`, `:`, dashes and
 * ", but"/", mais"), in this order, one claim per clause region:
 *
 * 1. reporting verb + complement clause: "industry experts say the deal had
 *    been killed", "le CEO précise que le contrat serait amendé" → evidence
 *    is the complement, attribution the subject (`claims/<lang>/verb-complement`);
 *    An object relative whose gap is the reported subject ("the $30,000 per
 *    month they estimate will be necessary", "a bill which critics say would
 *    raise taxes") is `claims/<lang>/relative-report`; an as-report (« … comme
 *    le précise l'ambassadeur », "As the minister said, …") `claims/<lang>/as-report`;
 * 2. postposed attribution: "environ 520 postes seront supprimés, a indiqué
 *    la direction", "…, the company said" (`claims/<lang>/postposed`);
 *    Two coordinated complements ("said that X and that Y", « a affirmé
 *    que X et surtout qu'Y ») are two claims with one attribution;
 * 3. promise-type verbs whose object is the claim: "promised up to $500
 *    million a year in savings", "reported a demonstration", "blame the
 *    increase on…", "described the policy as…", and French participles
 *    after a perfect auxiliary (« a aussi annoncé le retour de… », « a parlé
 *    de… ») (`claims/<lang>/promise`);
 * 4. source phrases: "according to X", "selon X", "d'après X", "si l'on en
 *    croit X", "à en croire X", and sentence-initial "Pour le procureur, …"
 *    → evidence is the rest of the clause (`claims/<lang>/source-phrase`);
 *    4b. passive evaluations with their source: "the act has been criticized
 *    in the technology media as…", « critiquée par les ONG comme… », "hailed
 *    as fair by officials" (`claims/<lang>/passive-report`);
 *    4c. nominal reports with their author: "a $500 million pledge made by the
 *    government of Japan", « l'engagement pris par le président de… »
 *    (`claims/<lang>/nominal-report`);
 * 5. denials: "a démenti", "denied", "declined to comment", "n'a pas
 *    commenté", « a rejeté les accusations » (`claims/<lang>/denial-…`);
 *    then stances whose clause is the claim, attributed to its subject: "has
 *    claimed victory", "Critics have been quick to compare…", « de nombreux
 *    experts restent sceptiques quant à… », "the Rettig Commission listed
 *    2,095 deaths" (`claims/<lang>/{claim-victory,quick-to,source-attitude,report-count}`);
 * 6. hedges without a source: French conditional (serait, auraient,
 *    resterait, devrait), "reportedly", "allegedly", "may", "would", "is
 *    expected to", "appear(s)", "apparently" → `hedged`, attribution null;
 *    "MST is known to…", « est connu pour avoir… » → `reported`, attribution
 *    null (`claims/en/known-to`, `claims/fr/known-for`).
 *
 * A hedge inside a reported clause keeps the clause `reported` (the named
 * source wins: "selon plusieurs médias, Claude resterait impliqué").
 *
 * Attributions are the subject noun phrase, cleaned of datelines ("date
 * 2026-03-04 OpenAI" → "OpenAI"), clefts ("C'est le syndicat X qui" → "le
 * syndicat X"), trailing auxiliaries and time adjuncts; a relative pronoun
 * stands for its antecedent ("observers, who have alleged…" → "observers");
 * an apposition naming an actor after a description is the subject ("The
 * government candidate, Mr. Yanukovich, vowed"); the object of a causative
 * speaks its infinitive report ("prompting the opposition to assert that…");
 * a plural pronoun stands for its sentence's plural subject or for the source
 * noun opening the previous sentence ("Scientists… They have concluded").
 *
 * @module
 */
import type { AnalysedText, ActorRef, Claim, Draft, Modality, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import { ActorIndex } from './actor-index.js';
import { makeSpan } from '../text/span.js';
import { prefilterText, spanTest } from '../text/prefilter.js';
import { reportingLexicon } from './attribution-lexicon.js';
import type { CompiledLexicon, QuotedPassage } from './attribution.js';
import {
  asPronoun, cleanSubject, compile, countWords, findLastComma, findQuotedPassages, findTopLevelComma, insidePassage, isQuotation, passageAt,
  lastStartingAtOrBefore, lastSubject, quotedCoverage, skipLeadingAdverbials, splitClauses, subjectMention, words, SPEAKER_KINDS,
} from './attribution.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../text/char-classes.js';

/** A lower-case gerund or present participle alone ("beating", « battant »): no source (claims/<lang>/postposed-participle-subject). */
/** A denial cue that is a refusal to comment or answer ("declined to comment", « n'a pas commenté », "no comment"). */
const REFUSAL_TO_COMMENT = /comment|répond|respond|repl|s'exprim|réagi/i;

/** Subject pronouns (EN, FR) that resume the reporter in a reported clause: "said she couldn't comment", « qu'il ne pouvait pas ». */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'je', 'nous', 'il', 'elle', 'ils', 'elles', 'on']);

const GERUND_WORD_RE = new RegExp(`^[${LOWER}]{3,}(?:ing|ant)$`, 'u');
/** A word of letters and digits, hyphens inside ("Polygraph", "G7"): part of a hearer's name (claims/en/told-hearer). */
const PLAIN_WORD_RE = new RegExp(`^[${LETTER}${DIGIT}][${LETTER}${DIGIT}-]*$`, 'u');

/** The end of a quotation just before a verb, anchored at its end: `,” `, `.” `, `”, `, `», ` (a closing mark with its comma). */
const QUOTE_CLOSE_BEFORE = /(?:[,.!?…]\s?["”»]|["”»]\s?,)\s*$/u;

/** Promise cues that state a cause ("attributes its losses to", « attribuent leur maladie à »). */
const ATTRIBUTE_CUE = /^(?:attribue|attribuent|attribuait|attribuaient|attributes|attribute)$/u;
/** Promise cues that characterise with "as"/« comme » ("regards X as", « considère X comme »). */
const AS_CUE = /^(?:considère|considèrent|considérait|considéraient|regards|regarded|considers)$/u;
/** A possessive or demonstrative first object word: the thing a cause is attributed to is already known. */
const POSSESSIVE_OBJECT = /^(?:its|their|his|her|this|these|that|those|the|leur|leurs|sa|son|ses|ce|cet|cette|ces)$/u;

/** A reporter named after a complement, at the end of its clause: ", Reuters reported.", ", the newspaper said". */
const POSTPOSED_REPORTER = new RegExp(`,\\s+((?:the\\s+)?[${UPPER}][${LETTER}'’.&-]{0,40}(?:\\s+[${UPPER}][${LETTER}'’.&-]{0,40}){0,3}|the\\s+[${LOWER}]{3,20})\\s+(?:reported|said|says|reports|wrote|writes)[\\s.]*$`, 'u');

/** Code units read after a denial cue for the content opener of a report noun (five words and « selon lesquelles »). */
const REPORT_CONTENT_WINDOW = 220;
/** A claim's evidence must hold at least this many words. */
const MIN_WORDS = 3;
/** A subject longer than this is replaced by its actor mention. */
const MAX_SUBJECT_WORDS = 12;

interface Attribution {
  text: string | null;
  source: ActorRef | null;
  /** Set when the source was a pronoun resolved (or not) to an earlier subject. */
  fromPronoun?: boolean;
}

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE = new RegExp(`[${LETTER}${DIGIT}'’]+`, 'gu');

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE_2 = new RegExp(`^(?:un|une|des|d['’][${LETTER}]*)$`, 'iu');

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE_3 = new RegExp(`(?<![${LETTER}])(?:to|à|au|aux)(?![${LETTER}])`, 'u');

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE_4 = new RegExp(`(?<![${LETTER}])(?:as|comme)(?![${LETTER}])`, 'u');

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE_5 = new RegExp(`^\\s*([${LETTER}'’-]+)`, 'u');

/** Built once for {@link extractClaims} (character classes: text/char-classes.ts). */
const EXTRACT_CLAIMS_RE_6 = new RegExp(`^\\s{1,3}(?:de\\s|d['’]|to\\s)\\s*[${LOWER}]`, 'u');

/** Extracts claims from `doc`; evidence spans (the claim clause, not the attribution) index `doc.text`. */
export function extractClaims(doc: AnalysedText, ctx: ExtractionContext): Draft<Claim>[] {
  const { text } = doc;
  const c = compile(reportingLexicon(doc.language));
  // denial and hedge patterns run only on the clauses holding a literal each of their matches contains
  const lower = prefilterText(text);
  const denialIn = c.denials.map((d) => spanTest(d.re, text, lower));
  const hedgeIn = c.hedgePatterns.map((p) => spanTest(p.re, text, lower));
  const stanceIn = c.stances.map((p) => spanTest(p.re, text, lower));
  const passiveIn = c.passiveReports.map((p) => spanTest(p.re, text, lower));
  const nominalIn = c.nominalReports.map((p) => spanTest(p.re, text, lower));
  const passages = passagesOf(doc);
  const quotations = passages.filter((p) => isQuotation(text.slice(p.innerStart, p.innerEnd)));
  const out: Draft<Claim>[] = [];
  const lang = doc.language;
  let sentenceFirst = 0;

  const add = (start: number, end: number, modality: Modality, attr: Attribution, cue: string | null, rule: string): Span | null => {
    const ev = evidenceSpan(text, start, end);
    if (!ev || countWords(ev.text, MIN_WORDS) < MIN_WORDS) return null;
    // a direct quotation is a quote, not a claim: at least four words must stand outside quotation marks
    // ("qu'il « n'y a que 210 embauches »" is a quote; "que le journaliste aurait été tué par « un tir d'obus »" a claim)
    // (claims/quoted-complement: three words suffice when they open the claim with a subject and a finite auxiliary —
    // "that he would seek “real breakthroughs on these two issues”" is a claim in its own words; « qu'il « n'y a que 210
    // embauches » » and "the verdict « represents the worst scenario »" are not)
    if (quotedCoverage(quotations, ev.start, ev.end) > 0) {
      const n = unquotedWords(text, ev, quotations);
      const lead = words(text.slice(ev.start, quotations.find((q) => q.end > ev.start)?.start ?? ev.end));
      if (n < MIN_WORDS || (n === MIN_WORDS && !(lead.length === MIN_WORDS && lead.some((w) => c.finiteSignals.has(w.toLowerCase()))))) return null;
    }
    // claims are found sentence by sentence: only this sentence's claims can overlap
    for (let i = sentenceFirst; i < out.length; i++) if (out[i]!.evidence.start < ev.end && ev.start < out[i]!.evidence.end) return null;
    out.push({ text: ev.text, modality, attribution: attr.text, source: attr.source, cue, evidence: ev, ruleId: `claims/${lang}/${rule}` });
    return ev;
  };

  for (const sentence of doc.sentences) {
    if (/\?\s*["»”]?\s*$/.test(sentence.text)) continue; // questions assert nothing
    let sentenceAttr: Attribution | null = null;
    sentenceFirst = out.length;
    for (const clause of splitClauses(text, sentence.start, sentence.end, passages, c)) {
      const taken: Span[] = [];
      const claimed = (s: number, e: number): boolean => taken.some((t) => t.start < e && s < t.end);
      /** Marks a claim's evidence and its cue as used, so no later rule reads them again. */
      const mark = (ev: Span | null, s: number, e: number): void => {
        if (!ev) return;
        taken.push(ev, { start: s, end: e, text: '' });
      };

      // 1–3. reporting verbs
      let lastAttr: Attribution | null = null;
      const clauseText = text.slice(clause.start, clause.end);
      // (claims/<lang>/but-that) "officials said that they had briefed the transition team, but that they did not know if
      // Mr. Trump would stick with the policy", « a affirmé que…, mais qu'il… »: a clause split at "but" that opens with the
      // complementizer is a second complement of the sentence's report, with its source
      if (sentenceAttr && clause.start > sentence.start) {
        const comp = BUT_THAT_RE.exec(clauseText);
        if (comp && c.lex.complementizers.includes(comp[2]!.toLowerCase().replace(/’/gu, "'"))
          && (comp[1] === undefined || c.lex.clauseBreakers.includes(comp[1].toLowerCase()))) {
          const from = clause.start + comp[0].length;
          const ev = add(from, cutAtSourcePhrase(text, from, clause.end, c), 'reported', sentenceAttr, comp[2]!, 'but-that');
          if (ev) {
            mark(ev, clause.start, from);
            continue;
          }
        }
      }
      // "The ministry refuted claims that…", « a rejeté les informations selon lesquelles… »: a reporting form that a
      // denial cue covers is its object noun, and the denial (step 5) reads the clause
      const denialSpans = denialSpansOf(clauseText, clause.start, c.denials, denialIn);
      const stanceSpans = denialSpansOf(clauseText, clause.start, c.stances, stanceIn);
      c.reporting.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = c.reporting.exec(clauseText)) !== null) {
        const vStart = clause.start + m.index;
        const vEnd = vStart + m[0].length;
        if (insidePassage(passages, vStart) || claimed(vStart, vEnd)) continue;
        if (denialSpans.some((d) => d.start < vStart && vStart < d.end)) continue;
        // "the opposition candidate has claimed victory": a reporting form that opens a stance cue is read by the stance (step 5)
        if (stanceSpans.some((d) => d.start <= vStart && vStart < d.end)) continue;
        // "the report stresses that…", "cette annonce fait suite…": after a determiner the form is a noun (but « comme le
        // précise X »: the clitic of an as-report)
        if (c.determiners.has(wordBeforeAt(text, clause.start, vStart)) && !asReportCue(text, clause.start, vStart, c)) continue;
        // (claims/en/noun-form) "Current fears about a potential plague outbreak…", "reports over the weekend": an -s form
        // before "about"/"over"/"among" is a plural noun
        if (/s$/u.test(m[0]) && NOUN_FORM_NEXT.test(text.slice(vEnd, vEnd + 12))) continue;
        // "according to reports", "selon des déclarations": inside a source phrase the form is a noun
        if (insideSourcePhrase(text, clause.start, vStart, c)) continue;
        // "“We are going to scale back certain functions,” added Claure, who is also an executive": right after a closing
        // quotation the verb is the quote's inverted attribution — its speaker follows, not a reported clause
        const afterQuote = QUOTE_CLOSE_BEFORE.test(text.slice(Math.max(clause.start, vStart - 6), vStart));
        const complement = afterQuote ? null : findComplement(text, vEnd, clause.end, m[0], c);
        const negated = negatedBefore(text, clause.start, vStart, c);
        // "did not say that taxes would rise", "ne rapporteront que 3 milliards": a negated report (or a
        // restrictive ne … que) asserts nothing, hedged or not
        // (claims/<lang>/negated-belief) but a negated belief still reports the source's view: "Desterhoft does not believe
        // that the technology will be available for years", « le ministre ne pense pas que la mesure suffira »
        const belief = negated && c.lex.negatableBeliefVerbs.includes(m[0].toLowerCase());
        if (complement !== null && negated && !belief) {
          taken.push({ start: vStart, end: clause.end, text: '' });
          continue;
        }
        if (complement !== null) {
          let end = cutAtCoordinatedDenial(text, complement, cutAtNextReport(text, complement, cutAtSourcePhrase(text, complement, clause.end, c), c), c);
          // (claims/<lang>/fronted-subordinate) "Although representatives of the family suggested he may have been murdered,
          // Hawk Sawyer told lawmakers…", « Bien que le ministre ait affirmé que…, le porte-parole a déclaré… »: a report inside
          // a subordinate clause opening the sentence ends at the comma that closes it when the main clause reports on its own
          // (not "While Rother concedes that the arguments are valid, price indexing is inevitable": his view goes on)
          if (FRONTED_SUBORDINATE.test(text.slice(clause.start, vStart)) && findLastComma(text, clause.start, vStart, passages) < clause.start) {
            const close = findTopLevelComma(text, complement, end, passages);
            if (close > complement && c.reportingTest.test(text.slice(close, end))) end = close;
          }
          // "He said X and saying that Y", "a revu… en affirmant que": a participle shares the clause's subject
          const participle: boolean = /(?:ing|ant)$/iu.test(m[0]);
          let attr: Attribution = participle && lastAttr ? lastAttr
            : participle ? participleAttribution(doc, ctx, c, clause, vStart) : subjectAttribution(doc, ctx, c, clause, vStart);
          // "Lula said X and he also said that Y": a pronoun after an attributed report in the sentence is that source
          if (attr.fromPronoun && sentenceAttr) attr = sentenceAttr;
          // (claims/fr/impersonal-source) « De source proche du dossier, on indique que… »: the impersonal « on » speaks for
          // the source phrase that opens its clause
          if (attr.text?.toLowerCase() === 'on') {
            c.sourcePhrase.lastIndex = 0;
            const sp = c.sourcePhrase.exec(text.slice(clause.start, vStart));
            const spComma = sp ? findTopLevelComma(text, clause.start + sp.index, vStart, passages) : -1;
            if (sp && spComma > 0) attr = spanAttribution(doc, ctx, c, makeSpan(text, clause.start + sp.index, spComma), Infinity);
          }
          // "prompting the opposition — including Mr. Yushchenko — to assert that…": an infinitive report speaks for the
          // object of the causative verb that controls it
          const controller = controlledSubject(text, sentence.start, vStart, c);
          if (controller) attr = spanAttribution(doc, ctx, c, controller);
          // "investors have been told 176 dollars is likely to be the price, Reuters reported": the subject of a passive
          // object verb heard the report — the source is the reporter named after the complement, else nobody named
          // (not a progressive: "your staff is telling us that…")
          if (PASSIVE_BE.has(wordBeforeAt(text, clause.start, vStart)) && c.objectVerb.test(m[0].toLowerCase()) && !/ing$/iu.test(m[0])) {
            const tail = POSTPOSED_REPORTER.exec(text.slice(complement, clause.end));
            const at = tail ? complement + tail.index + tail[0].indexOf(tail[1]!) : -1;
            attr = tail ? spanAttribution(doc, ctx, c, makeSpan(text, at, at + tail[1]!.length)) : { text: null, source: null };
            if (tail) end = Math.min(end, complement + tail.index);
          }
          // "a affirmé que certains joueurs ne seront pas de retour et surtout qu'ils ne participeraient pas à la tournée",
          // "said that X and that Y": two complements of one report are two claims, both attributed to its subject
          // (claims/<lang>/outer-reporter) "Trump and Lighthizer recognize that making such concessions is not a good deal, a
          // second person briefed on the call said": a report closed by a postposed source is that source's — the whole
          // inner report is the claim
          const outer = c.lex.complementizers.includes('that') ? OUTER_REPORTER.exec(text.slice(complement, end)) : null;
          if (outer && !PASSIVE_BE.has(wordBeforeAt(text, clause.start, vStart))) {
            const at = complement + outer.index + outer[0].indexOf(outer[1]!);
            const outerAttr = spanAttribution(doc, ctx, c, makeSpan(text, at, at + outer[1]!.length));
            const from = skipLeadingAdverbials(text, clause.start, vStart, c, passages);
            const evo = add(from, complement + outer.index, 'reported', outerAttr, m[0], 'outer-reporter');
            if (evo) {
              if (outerAttr.text) sentenceAttr = outerAttr;
              mark(evo, clause.start, clause.end);
              continue;
            }
          }
          const second = coordinatedComplement(text, complement, end, c);
          // (claims/<lang>/hedged-report) "The president reportedly told aides he would not run", « Le ministre aurait déclaré
          // que la réforme serait abandonnée »: a report the article itself only hedges is hedged, its subject still named
          const hedgedReport = HEDGED_REPORT_BEFORE.test(text.slice(Math.max(clause.start, vStart - 40), vStart));
          // (claims/<lang>/reported-denial) "Hawk Sawyer said she couldn't comment on the investigation", « il a dit qu'il ne
          // pouvait pas commenter »: a refusal to comment opening the reported clause (within its first three words) is a
          // denial, attributed to the report's subject
          // (a denial verb only when the reporter denies, the reported clause's subject being a pronoun or none: "said the
          // company had denied rivals a fair chance", « a affirmé que l'entreprise avait démenti toute fraude » report another's
          // act — re-trial; a refusal to comment stays a denial whoever refused: « a indiqué que le groupe n'a pas commenté »)
          const innerDenial = !hedgedReport && denialSpans.some((d) => {
            if (d.start < complement || d.start >= end) return false;
            const pre = words(text.slice(complement, d.start));
            return pre.length <= 3 && (pre.length === 0 || SUBJECT_PRONOUNS.has(pre[0]!.toLowerCase().replace(/^qu['’]/, ''))
              || REFUSAL_TO_COMMENT.test(text.slice(d.start, d.end)));
          });
          const modality: Modality = hedgedReport ? 'hedged' : innerDenial ? 'denied' : 'reported';
          const rule = hedgedReport ? 'hedged-report' : innerDenial ? 'reported-denial' : 'verb-complement';
          const ev = add(complement, second ? second.cut : end, modality, attr, m[0], rule);
          // the second is a claim even when the first is a direct quotation (« … » et qu'il a permis une grande mobilisation)
          const ev2 = second ? add(second.start, end, modality, attr, m[0], rule) : null;
          mark(ev2, second?.cut ?? 0, second?.start ?? 0);
          if (!ev && ev2) {
            lastAttr = attr;
            if (attr.text) sentenceAttr = attr;
            mark(ev2, clause.start, vEnd);
          }
          if (ev) {
            lastAttr = attr;
            if (attr.text) sentenceAttr = attr;
          }
          // (a participle's report leaves its main clause to the other rules: « Le gouvernement se défend de toute similarité
          // …, arguant que les données ne seront pas conservées » is a denial and a report — claims/<lang>/participle-main)
          mark(ev, participle ? vStart : clause.start, vEnd);
          // (claims/<lang>/relative-hedge) "The company, which is expected to lay off thousands of employees, confirmed that…":
          // a hedge in a relative clause of the subject is a claim of its own, of the article's voice
          if (ev && c.relativeHedge) {
            c.relativeHedge.re.lastIndex = 0;
            const rh = c.relativeHedge.re.exec(text.slice(clause.start, vStart));
            if (rh && rh[1] !== undefined) {
              const at = clause.start + rh.index + rh[0].indexOf(rh[1]);
              add(at, at + rh[1].length, 'hedged', { text: null, source: null }, rh[1].split(/\s/u)[0]!, c.relativeHedge.ruleId.split('/').pop()!);
            }
          }
          continue;
        }
        if (!negated) {
          // "the $30,000 per month they estimate will be necessary", "a bill which critics say would raise taxes"
          const rel = relativeReport(text, clause, vStart, vEnd, c);
          if (rel) {
            const attr = spanAttribution(doc, ctx, c, rel.subject);
            const ev = add(rel.claimStart, cutAtSourcePhrase(text, rel.claimStart, clause.end, c), 'reported', attr, m[0], 'relative-report');
            if (ev) {
              mark(ev, vStart, vEnd);
              continue;
            }
          }
          // « l'armée ne va pas retirer ses forces comme le précise l'ambassadeur », "prices will rise, as the minister noted"
          const as = asReport(text, clause, vStart, vEnd, c, passages);
          if (as) {
            const attr = spanAttribution(doc, ctx, c, as.subject);
            const ev = add(as.claimStart, cutAtNextReport(text, as.claimStart, as.claimEnd, c), 'reported', attr, m[0], 'as-report');
            if (ev) {
              mark(ev, as.cueStart, as.cueEnd);
              continue;
            }
          }
        }
        const post = negated ? null : postposed(text, clause, vStart, vEnd, c, passages);
        if (post) {
          const attr = spanAttribution(doc, ctx, c, post.subject);
          // (claims/<lang>/postposed-denial) "Orange declined to comment on the rumours, a spokesman said", « Orange se refuse à
          // commenter les rumeurs, explique un porte-parole »: a denial cue inside a postposed report makes it a denial
          const denial = denialSpans.some((d) => d.start >= post.claimStart && d.end <= post.claimEnd);
          const ev = add(post.claimStart, post.claimEnd, denial ? 'denied' : 'reported', attr, m[0], denial ? 'postposed-denial' : 'postposed');
          // (claims/<lang>/postposed-participle) "…, the person said, adding that a deal could be announced": the participle
          // after the attribution is left to the loop, and shares its source
          mark(ev, vStart, post.cueEnd ?? clause.end);
          if (ev && post.cueEnd !== null) {
            lastAttr = attr;
            if (attr.text) sentenceAttr = attr;
          }
        }
      }
      // 2b. a French incise with an inverted clitic: « Contrairement à tous les discours, appuie-t-il, le français est classé… »
      if (c.incise) {
        const inc = incise(text, clause, clauseText, c, passages, claimed);
        if (inc) {
          const hedged = /-on$/iu.test(inc.cue);
          const attr = hedged ? { text: null, source: null } : spanAttribution(doc, ctx, c, inc.pronoun);
          mark(add(inc.claimStart, inc.claimEnd, hedged ? 'hedged' : 'reported', attr, inc.cue, 'incise'), inc.cueStart, inc.cueEnd);
        }
      }

      // 4. source phrases: "according to X", "selon X", "Pour le procureur, …" — before promise verbs: the source of the
      // clause wins over a participle inside it ("According to WHO, there were 3,248 cases reported worldwide…")
      const src = findSourcePhrase(text, clause, c, passages, ctx);
      if (src && !claimed(src.phrase.start, src.phrase.end)) {
        const attr = sourcePronounAttribution(doc, ctx, c, src.phrase) ?? spanAttribution(doc, ctx, c, src.phrase, Infinity);
        const ev = add(src.claimStart, src.claimEnd, 'reported', attr, src.cue, 'source-phrase');
        mark(ev, src.phrase.start, src.phrase.end);
        // the source also attributes a reported claim already found in the clause ("…, according to the Post")
        if (!ev) mark(src.phrase, src.phrase.start, src.phrase.end);
      }

      for (const pv of promiseCues(text, clause, clauseText, c)) {
        const { vStart, vEnd, cue } = pv;
        if (insidePassage(passages, vStart) || claimed(vStart, vEnd)) continue;
        // "the announced merger", "les mesures promises": a participle after a determiner is an adjective;
        // "two cases were reported on November 12": after a form of "be" it is a passive
        const wordBefore = wordBeforeAt(text, clause.start, vStart);
        if (c.determiners.has(wordBefore) || PASSIVE_BE.has(wordBefore)) continue;
        // claims/<lang>/hedged-promise: "Boeing reportedly plans to cut 10,000 jobs", « Renault envisage apparemment de vendre » — a hedge
        // adverb of the article's voice before the plan makes the sentence a hedged claim, not its subject's report (the hedge rule takes it)
        if (c.lex.hedgeWords.includes(wordBefore) && HEDGE_ADVERB_FORM.test(wordBefore)) continue;
        // « c'est ce que redoutent les habitants », « les mesures que dénoncent les syndicats »: after a relative « que » the
        // subject is inverted and the object is the antecedent — no statement follows the verb
        if (wordBefore === 'que' || wordBefore === "qu'") continue;
        // (claims/<lang>/negated-promise) "The company has not confirmed the report, which was first published by Handelsblatt",
        // « n'a pas annoncé de fermeture »: a negated announcement states nothing (a refusal to confirm is the denial's, step 5)
        // (a negated plan or expectation still states the source's intent: « Renault ne compte pas fermer d'usine »)
        if (negatedBefore(text, clause.start, vStart, c) && c.lex.promiseVerbs.includes(cue.toLowerCase()) && !c.lex.commitmentVerbs.includes(cue.toLowerCase())) continue;
        // "according to reports from several agencies": inside a source phrase the form is a noun
        if (insideSourcePhrase(text, clause.start, vStart, c)) continue;
        // "X est mort à Marseille, a révélé son avocate à l'AFP": right after a comma that closes a finite clause the verb
        // is an inverted attribution, not a statement (but "David Martin, le rapporteur, a reconnu l'importance…" is one)
        // (claims/<lang>/postposed-participle) but a participle after the postposed attribution shares its source: « …, a écrit
        // Salifou Mody, faisant état du décès de douze soldats »
        const sharedSource = /^[\p{L}]{2,20}(?:ant|ing)(?![\p{L}])/u.test(cue) && lastAttr?.text ? lastAttr : null;
        if (!sharedSource && invertedAfterComma(text, clause.start, vStart, c, passages)) continue;
        // claims/en/apposed-participle: "The deal, announced on Friday, ends months of speculation" — a participle set off by commas
        // with only a time after it qualifies the noun before it: no statement follows (French has no time adjuncts listed: a no-op there)
        if (apposedTimeOnly(text, vStart, vEnd, c)) continue;
        // "the results announced yesterday by the CNE": a participle with an agent, not a statement; "was estimated as
        // having…", "accused me of…", "the e-mails that I just cited were…": no object noun phrase follows
        const objectWords = (text.slice(vEnd, clause.end).match(EXTRACT_CLAIMS_RE) ?? []).map((w) => w.toLowerCase());
        const firstObject = objectWords.find((w) => !c.timeAdjuncts.has(w)) ?? '';
        // « a reproché au gouvernement son inaction »: a reproach names its target first, after « à »
        // « HP accuse une baisse de 3 % de son chiffre d'affaires », « accuse un retard »: « accuser » + an indefinite object
        // is to post a figure, not to accuse someone (« accuse le gouvernement de mentir », « accusent Rajoy de… »)
        if (/accus/iu.test(cue) && EXTRACT_CLAIMS_RE_2.test(firstObject)) continue;
        const dative = /reproch/iu.test(cue) && (firstObject === 'à' || firstObject === 'au' || firstObject === 'aux');
        // "attributes its losses to", « attribuent leur maladie à »: a cause, when the object is possessive or demonstrative and
        // "to"/« à » follows (not « attribue le prix à »: an award); "regards X as", « considère X comme »: a characterisation
        // only with its "as"/« comme » (not « considère la question »)
        const lowerCue = cue.toLowerCase();
        if (ATTRIBUTE_CUE.test(lowerCue) && !(POSSESSIVE_OBJECT.test(firstObject) && EXTRACT_CLAIMS_RE_3.test(text.slice(vEnd, Math.min(clause.end, vEnd + 80))))) continue;
        if (AS_CUE.test(lowerCue) && !EXTRACT_CLAIMS_RE_4.test(text.slice(vEnd, Math.min(clause.end, vEnd + 80)))) continue;
        const commitment = commitmentInfinitive(text, vEnd, clause.end, cue, c);
        // "the storm claimed the lives of 20 people": "claim" reports only with an infinitive ("claims to pursue…")
        if (!commitment && c.lex.infinitiveOnlyVerbs.includes(cue.toLowerCase())) continue;
        if (!commitment && ((c.governing.has(firstObject) && !dative) || NO_OBJECT.has(firstObject) || c.finiteSignals.has(firstObject) || c.lex.auxiliaries.includes(firstObject))) continue;
        const attr = sharedSource ?? subjectAttribution(doc, ctx, c, clause, vStart);
        // « Une des dispositions de ce projet de loi prévoit de pouvoir contraindre les FAI », "the bill plans to…": a text
        // that provides for something is a provision, not a source's plan (claims/<lang>/plan-infinitive)
        if (commitment && c.lex.infinitiveOnlyVerbs.includes(cue.toLowerCase()) && LEGAL_TEXT_SUBJECT.test(attr.text ?? '')) continue;
        // « les activités qu'il compte organiser », "the question of how Amazon plans to position Whole Foods": a plan in a
        // relative clause or an indirect question is no statement of its subject (claims/<lang>/plan-infinitive)
        if (commitment && c.lex.infinitiveOnlyVerbs.includes(cue.toLowerCase()) && (/^qu['’]/u.test(wordBefore) || EMBEDDED_QUESTION.test(text.slice(Math.max(clause.start, vStart - 50), vStart)))) continue;
        // "dénonce également le recours à…": an adverb right after the verb is no part of the statement
        let from = vEnd;
        const adverb = EXTRACT_CLAIMS_RE_5.exec(text.slice(vEnd, Math.min(clause.end, vEnd + 30)));
        if (adverb && c.lex.gapAdverbs.includes(adverb[1]!.toLowerCase())) from = vEnd + adverb[0].length;
        if (attr.text) mark(add(from, cutAtSourcePhrase(text, from, clause.end, c), 'reported', attr, cue, 'promise'), clause.start, vEnd);
      }

      // 4a. (claims/<lang>/infinitive-report) « Vivendi a déclaré samedi ne pas avoir l'intention de faire une offre »: a report
      // whose complement is an infinitive, a time word between
      if (c.infinitiveReport) {
        c.infinitiveReport.re.lastIndex = 0;
        const im = c.infinitiveReport.re.exec(clauseText);
        const at = im ? clause.start + im.index : -1;
        if (im && im[1] !== undefined && !insidePassage(passages, at) && !claimed(at, at + im[0].length)) {
          const from = at + im[0].length - im[1].length;
          const attr = subjectAttribution(doc, ctx, c, clause, at);
          if (attr.text) mark(add(from, cutAtSourcePhrase(text, from, clause.end, c), 'reported', attr, im[0], 'infinitive-report'), at, from);
        }
      }

      // 4b. passive evaluations with a source: "the act has been criticized in the technology media as not doing enough"
      for (let k = 0; k < c.passiveReports.length; k++) {
        const pr = c.passiveReports[k]!;
        if (!passiveIn[k]!(clause.start, clause.end)) continue;
        pr.re.lastIndex = 0;
        const pm = pr.re.exec(clauseText);
        if (!pm || pm[1] === undefined) continue;
        const at = clause.start + pm.index;
        if (insidePassage(passages, at) || claimed(at, at + pm[0].length)) continue;
        // the source group ends the match but for its connector ("as", « comme »): its last occurrence is the group
        const srcStart = at + pm[0].lastIndexOf(pm[1]);
        const attr = spanAttribution(doc, ctx, c, makeSpan(text, srcStart, srcStart + pm[1].length));
        const from = skipLeadingAdverbials(text, clause.start, clause.end, c, passages);
        // "hailed as fair by officials in the United States": when the source ends the match, the claim ends before its agent marker
        // (trimmed by hand: /\s+(?:by|par)\s+$/ is quadratic on a run of spaces; the evidence span trims the space left)
        const agent = srcStart + pm[1].length === at + pm[0].length ? /(?:^|\s)(?:by|par)$/iu.exec(text.slice(at, srcStart).trimEnd()) : null;
        const to = agent ? at + agent.index : clause.end;
        mark(add(from, to, 'reported', attr, pm[0], pr.ruleId.split('/').pop()!), at, at + pm[0].length);
        break;
      }

      // 4c. nominal reports with their author: "a $500 million pledge made recently by the government of Japan"
      for (let k = 0; k < c.nominalReports.length; k++) {
        const nr = c.nominalReports[k]!;
        if (!nominalIn[k]!(clause.start, clause.end)) continue;
        nr.re.lastIndex = 0;
        const nm = nr.re.exec(clauseText);
        if (!nm || nm[1] === undefined) continue;
        const at = clause.start + nm.index;
        const end = at + nm[0].length;
        if (insidePassage(passages, at) || claimed(at, end)) continue;
        const srcStart = at + nm[0].lastIndexOf(nm[1]);
        const attr = spanAttribution(doc, ctx, c, makeSpan(text, srcStart, srcStart + nm[1].length));
        // the noun phrase runs back to its determiner ("a $500 million | pledge")
        const from = nounPhraseStart(text, clause.start, at, c);
        // « l'engagement pris par le président de ramener les comptes publics à l'équilibre en 2017 »: the content of the
        // commitment, an infinitive after the author, belongs to the claim (up to the next comma)
        let to = end;
        if (EXTRACT_CLAIMS_RE_6.test(text.slice(end, end + 8))) {
          const comma = findTopLevelComma(text, end, clause.end, passages);
          to = comma >= 0 ? comma : clause.end;
        }
        mark(add(from, to, 'reported', attr, nm[0], nr.ruleId.split('/').pop()!), at, to);
        break;
      }

      // 5. denials, then stances whose clause is the claim ("has claimed victory", « restent sceptiques quant à »)
      const stanceAt = (d: { re: RegExp; ruleId: string; subject?: RegExp | null }, modality: Modality): boolean => {
        d.re.lastIndex = 0;
        const dm = d.re.exec(clauseText);
        if (!dm) return false;
        const dStart = clause.start + dm.index;
        if (insidePassage(passages, dStart) || claimed(dStart, dStart + dm[0].length)) return false;
        const chunkStart = Math.max(clause.start, findLastComma(text, clause.start, dStart, passages) + 1);
        const from = skipLeadingAdverbials(text, chunkStart, clause.end, c, passages);
        const comma = findTopLevelComma(text, dStart, clause.end, passages);
        const to = comma >= 0 ? comma : clause.end;
        // a denial's subject is in its chunk; a stance's may stand before an apposition ("A government commission, the Rettig
        // Commission, listed…")
        let attr = subjectAttribution(doc, ctx, c, { start: modality === 'denied' ? from : clause.start, end: to, text: '' }, dStart);
        // (a denial right after a comma has its subject before an apposition: "The Kremlin spokesman, Dmitry Peskov, denied",
        // « Le porte-parole du Kremlin, Dmitri Peskov, a démenti » — claims/<lang>/denial-apposed-subject)
        if (modality === 'denied' && !attr.text && from > clause.start && /^[\s\u00a0]*(?:(?:a|ont|avait|avaient|has|have|had)[\s\u00a0]+)?$/u.test(text.slice(from, dStart))) {
          attr = subjectAttribution(doc, ctx, c, { start: clause.start, end: to, text: '' }, dStart);
        }
        // a passive denial names its denier after "by" / « par »: "The merger was denied by Globex", « La fusion a été
        // démentie par Nissan » — the subject is what is denied, the agent the source (second new-user trial; the claim keeps
        // its denial rule, claims/<lang>/denial-*)
        if (modality === 'denied') {
          const agent = PASSIVE_AGENT.exec(text.slice(dStart + dm[0].length, to));
          if (agent && PASSIVE_AUX.test(text.slice(Math.max(from, dStart - 30), dStart))) {
            const agentStart = dStart + dm[0].length + agent[0].length;
            const agentEnd = agentStart + text.slice(agentStart, to).replace(/[\s.!?;:…]{1,10}$/u, '').length;
            const byAgent = subjectAttribution(doc, ctx, c, { start: agentStart, end: agentEnd, text: '' }, agentEnd);
            if (byAgent.text) attr = byAgent;
          }
        }
        if (modality === 'denied') attr = denierOf(text, doc, ctx, c, attr, from, dStart);
        // a stance held by a source only: « de nombreux experts restent sceptiques », not « les supporters restent sceptiques »
        if (d.subject && !d.subject.test(attr.text ?? '')) return false;
        // (claims/<lang>/denial-report-content) « Le Kremlin a démenti les informations selon lesquelles Poutine serait malade »:
        // the content of the denied report is the claim
        const cueEnd = dStart + dm[0].length;
        const content = modality === 'denied' ? c.reportContent.exec(text.slice(cueEnd, Math.min(to, cueEnd + REPORT_CONTENT_WINDOW))) : null;
        const after = content ? cueEnd + content[0].length : modality === 'denied' ? findComplement(text, cueEnd, to, dm[0], c) : null;
        // (claims/<lang>/denial-coordinated) "Boeing said sales rose 5% … and declined to comment on the lawsuit", « Renault a confirmé
        // la fermeture et a refusé de commenter »: a denial coordinated with a first predicate starts at its own verb (its subject is
        // the first predicate's)
        const coordinated = modality === 'denied' ? COORDINATED_PREDICATE.exec(text.slice(from, dStart)) : null;
        const evFrom = coordinated ? from + coordinated.index + coordinated[0].length : from;
        const ev = after !== null
          ? add(after, to, modality, attr, dm[0], d.ruleId.split('/').pop()!)
          : add(evFrom, to, modality, attr, dm[0], d.ruleId.split('/').pop()!);
        mark(ev, from, to);
        return true;
      };
      for (let k = 0; k < c.denials.length; k++) {
        if (denialIn[k]!(clause.start, clause.end) && stanceAt(c.denials[k]!, 'denied')) break;
      }
      for (let k = 0; k < c.stances.length; k++) {
        if (stanceIn[k]!(clause.start, clause.end) && stanceAt(c.stances[k]!, c.stances[k]!.modality)) break;
      }

      // 6. hedges
      {
        const cue = findHedge(text, clause, c, hedgeIn, passages, claimed);
        if (cue) {
          const from = skipLeadingAdverbials(text, clause.start, clause.end, c, passages);
          // "GateHouse reportedly laid off 60 employees and Gannett reportedly laid off several hundred": a coordinated
          // clause with its own named subject and its own hedge is a second claim
          const second = cue.modality === 'hedged' ? coordinatedHedge(text, from, clause.end, c) : null;
          add(from, second ? second.cut : clause.end, cue.modality, { text: null, source: null }, cue.cue, cue.rule);
          if (second) add(second.start, clause.end, 'hedged', { text: null, source: null }, second.cue, cue.rule);
        }
      }
    }
  }
  return out;
}

/**
 * The promise-type cues of a clause, in text order: the forms of
 * `promiseVerbs`, and the participles of `participlePromises` after a
 * perfect auxiliary, with at most one gap adverb between ("a annoncé",
 * "a aussi annoncé", "ont également évoqué", "a parlé de") — the cue then
 * starts at the auxiliary, so that the subject stands before it. A bare
 * participle ("le rachat annoncé hier") is no cue.
 */
function promiseCues(text: string, clause: Span, clauseText: string, c: CompiledLexicon): { vStart: number; vEnd: number; cue: string }[] {
  const out: { vStart: number; vEnd: number; cue: string }[] = [];
  c.promise.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.promise.exec(clauseText)) !== null) out.push({ vStart: clause.start + m.index, vEnd: clause.start + m.index + m[0].length, cue: m[0] });
  const participle = c.participlePromise;
  const perfect = c.perfectBefore;
  if (participle && perfect) {
    participle.lastIndex = 0;
    while ((m = participle.exec(clauseText)) !== null) {
      const pStart = clause.start + m.index;
      const windowStart = Math.max(clause.start, pStart - 40);
      const aux = perfect.exec(text.slice(windowStart, pStart));
      if (!aux) continue;
      const vStart = windowStart + aux.index;
      out.push({ vStart, vEnd: pStart + m[0].length, cue: text.slice(vStart, pStart + m[0].length) });
    }
  }
  return out.sort((a, b) => a.vStart - b.vStart);
}

/**
 * Subjects that are texts, not sources: a plan verb after them states a provision ("the bill plans to…", « le projet de
 * loi prévoit de… », « l'article 3 envisage de… ») (claims/<lang>/plan-infinitive).
 */
const LEGAL_TEXT_SUBJECT = new RegExp(`(?<![${LETTER}])(?:bill|law|act|text|article|provision|provisions|decree|treaty|agreement|contract|amendment|regulation|directive|budget|reform|measure|loi|texte|disposition|dispositions|décret|projet|accord|traité|contrat|amendement|règlement|réforme|mesure|ordonnance|circulaire)(?![${LETTER}])`, 'iu');

/** An indirect question before a subject and its plan verb: "of how Amazon ", « comment le groupe » (claims/<lang>/plan-infinitive). */
const EMBEDDED_QUESTION = new RegExp(`(?<![${LETTER}])(?:how|whether|why|what|if|comment|pourquoi|si)\\s+(?:[${LETTER}'’.-]{1,25}\\s+){0,3}$`, 'iu');

/** French infinitive endings: « retirer », « maintenir », « réduire », « pouvoir ». */
const FR_INFINITIVE = /(?:er|ir|re|oir)$/u;

/** Built once for {@link commitmentInfinitive} (character classes: text/char-classes.ts). */
const COMMITMENT_INFINITIVE_RE = new RegExp(`^\\s{1,3}([${LETTER}]+['’]?)\\s{0,3}([${LETTER}-]+)`, 'u');

/** Built once for {@link commitmentInfinitive} (character classes: text/char-classes.ts). */
const COMMITMENT_INFINITIVE_RE_2 = new RegExp(`^[${LOWER}]`, 'u');

/**
 * True when a commitment cue ({@link ReportingLexicon.commitmentVerbs}) is followed by an infinitive clause, which is
 * then the committed — checkable — statement (rule 'claims/<lang>/promise', commitment branch):
 * "Yanukovich vowed to challenge the outcome" (to + a word that is no determiner), « Hollande a promis de retirer les
 * troupes » (de/d'/à + an infinitive). "pledged to the fund" or « promis à un bel avenir » are not: a determiner or a
 * word without an infinitive ending follows the marker. Reads at most 60 characters after the cue.
 */
function commitmentInfinitive(text: string, vEnd: number, clauseEnd: number, cue: string, c: CompiledLexicon): boolean {
  const lex = c.lex;
  const verbs = [...lex.commitmentVerbs, ...lex.infinitiveOnlyVerbs, ...lex.bareInfinitiveVerbs];
  if (!verbs.length) return false;
  // the cue is the verb form ("vowed", « promis ») or, for a participle, auxiliary + form (« a promis »)
  const head = cue.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ');
  if (!verbs.some((v) => head === v || head.endsWith(` ${v}`))) return false;
  const m = COMMITMENT_INFINITIVE_RE.exec(text.slice(vEnd, Math.min(clauseEnd, vEnd + 60)));
  if (!m) return false;
  const marker = m[1]!.toLowerCase();
  const next = m[2]!.toLowerCase();
  // « les services espèrent pouvoir détecter », « Renault compte fermer deux usines »: a bare infinitive right after the cue
  // (claims/fr/plan-infinitive)
  if (lex.bareInfinitiveVerbs.some((v) => head === v || head.endsWith(` ${v}`)) && !lex.infinitiveMarkers.includes(marker)) {
    return !c.determiners.has(marker) && !NO_OBJECT.has(marker) && FR_INFINITIVE.test(marker) && COMMITMENT_INFINITIVE_RE_2.test(m[1]!);
  }
  if (!lex.infinitiveMarkers.includes(marker)) return false;
  if (c.determiners.has(next) || NO_OBJECT.has(next)) return false;
  // (an English infinitive is a base form: "retirement plans to defined contribution plans" has a noun "plans" before a
  // participle — claims/en/plan-infinitive)
  return marker === 'to' ? COMMITMENT_INFINITIVE_RE_2.test(m[2]!) && !/(?:[^e]ed|ing)$/u.test(next) : FR_INFINITIVE.test(next);
}

/** Spans of the denial (or stance) cues of a clause (one linear scan per pattern). */
function denialSpansOf(clauseText: string, offset: number, patterns: readonly { re: RegExp }[],
  mayMatchIn: readonly ((start: number, end: number) => boolean)[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const end = offset + clauseText.length;
  for (let k = 0; k < patterns.length; k++) {
    // (a match inside the clause holds one of the pattern's literals inside it: text/prefilter.ts)
    if (!mayMatchIn[k]!(offset, end)) continue;
    const d = patterns[k]!;
    d.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = d.re.exec(clauseText)) !== null) {
      if (m[0].length === 0) { d.re.lastIndex++; continue; }
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return out;
}

/** The evidence span of [start, end): trimmed of spaces, trailing `,;:.` and unbalanced closing marks. */
function evidenceSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:.\-–—]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.!…\-–—]/.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  // a trailing parenthesis/quote mark that does not close anything inside
  const closeParen = text.slice(s, e).split(')').length - text.slice(s, e).split('(').length;
  if (text[e - 1] === ')' && closeParen > 0) e--;
  const span = makeSpan(text, s, e);
  return span.end > span.start ? span : null;
}

/** True when a source-phrase cue ends within three words before `offset` ("according to | reports"). */
function insideSourcePhrase(text: string, floor: number, offset: number, c: CompiledLexicon): boolean {
  return c.sourcePhraseTail.test(text.slice(Math.max(floor, offset - 40), offset));
}

/** Words of `span` outside the quotations. */
function unquotedWords(text: string, span: Span, quotations: readonly QuotedPassage[]): number {
  let n = 0;
  let at = span.start;
  for (let i = Math.max(0, lastStartingAtOrBefore(quotations, span.start)); i < quotations.length && quotations[i]!.start < span.end; i++) {
    const q = quotations[i]!;
    if (q.end <= span.start) continue;
    n += words(text.slice(at, Math.max(at, q.start))).length;
    at = Math.max(at, q.end);
  }
  return n + words(text.slice(at, Math.max(at, span.end))).length;
}

/** Built once for {@link wordBeforeAt} (character classes: text/char-classes.ts). */
// (bounded to the 30 code units it runs on: an unbounded run before `$` would be retried from every start)
const WORD_BEFORE_AT_RE = new RegExp(`([${LETTER}'’]{1,30})\\s{0,30}$`, 'u');

/** The word (lower case, ’ → ') right before `offset`, not before `floor`. */
function wordBeforeAt(text: string, floor: number, offset: number): string {
  return (WORD_BEFORE_AT_RE.exec(text.slice(Math.max(floor, offset - 30), offset))?.[1] ?? '').toLowerCase().replace(/’/g, "'");
}

/** True when a negation ("ne", "n'") stands within the three words before the verb: "ne rapporteront que 3 milliards". */
function negatedBefore(text: string, clauseStart: number, verbStart: number, c: CompiledLexicon): boolean {
  if (!c.negators.size) return false;
  const before = text.slice(Math.max(clauseStart, verbStart - 40), verbStart).toLowerCase().replace(/’/g, "'");
  const ws = before.split(/[\s]+/).filter(Boolean).slice(-3);
  return ws.some((w) => c.negators.has(w) || c.elidedNegators.some((n) => w.startsWith(n)));
}

/** Words that end an object verb's hearer gap: a relative or a coordination opens another clause. */
const HEARER_GAP_STOP: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'and', 'but', 'qui', 'et', 'mais', 'dont', 'lequel', 'laquelle']);

/** A subject pronoun and its contracted auxiliary ("he's", "they're", "we'll"), lower-cased with a straight apostrophe. */
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|there)'(?:s|re|m|ll|d|ve)$/u;


/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_2 = new RegExp(`^[${DIGIT}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_3 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_4 = new RegExp(`^[${DIGIT}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_5 = new RegExp(`^[${LOWER}]{3,}ed$`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_6 = new RegExp(`^[${DIGIT}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_7 = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_8 = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_9 = new RegExp(`^[${LOWER}]{2,}(?:s|ed)$`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_10 = new RegExp(`^[${LOWER}]{3,}ing$`, 'u');

/** Built once for {@link findComplement} (character classes: text/char-classes.ts). */
const FIND_COMPLEMENT_RE_11 = new RegExp(`^[${DIGIT}]`, 'u');

/**
 * Where the complement clause of the verb ending at `vEnd` starts, or null:
 * after a complementizer reached through at most five words that open with a
 * preposition or adverb ("a rappelé sur la RTBF que", "said in a statement
 * that", "told reporters that"); or, for zero-complement verbs, directly
 * (after time adjuncts: "announced Wednesday morning it will buy") when the
 * remainder starts like a clause and shows a finite verb within eight words.
 */
function findComplement(text: string, vEnd: number, end: number, verb: string, c: CompiledLexicon): number | null {
  const rest = text.slice(vEnd, Math.min(end, vEnd + 600));
  const tokens: { w: string; at: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}\-]{0,40}['’]?|[,"«»“”]/gu;
  let t: RegExpExecArray | null;
  while ((t = re.exec(rest)) !== null && tokens.length < 14) tokens.push({ w: t[0].toLowerCase().replace(/’/g, "'"), at: vEnd + t.index });
  if (!tokens.length) return null;
  const isComp = (w: string): boolean => c.complementizer.test(w) && (w.endsWith("'") || c.lex.complementizers.includes(w));
  // (claims/passive-no-complement) "Job cuts will be announced later this week in areas that do not…": a passive report
  // takes no complement clause but after an impersonal "it" ("it was announced that…"); a passive object verb keeps its
  // heard report ("investors have been told 176 dollars is likely…")
  const vStart = vEnd - verb.length;
  // (a progressive is no passive: "Health experts … are predicting that…")
  if (PASSIVE_BE.has(wordBeforeAt(text, Math.max(0, vStart - 40), vStart)) && !c.objectVerb.test(verb.toLowerCase()) && !/(?:ing|ant)$/iu.test(verb)) {
    // the subject: the last word before the auxiliaries ("it | has been", "cuts | will be")
    const before = words(text.slice(Math.max(0, vStart - 60), vStart)).map((w) => w.toLowerCase());
    let k = before.length - 1;
    while (k >= 0 && (PASSIVE_BE.has(before[k]!) || PASSIVE_AUXILIARIES.has(before[k]!) || c.lex.connectors.includes(before[k]!)
      || c.lex.gapAdverbs.includes(before[k]!))) k--;
    if (!IMPERSONAL_SUBJECTS.has(before[k] ?? '')) return null;
  }
  // a complementizer within the gap
  // an object verb's hearer may hold an apposition and a date between commas: "told investors of New Media, the GateHouse
  // parent, on Oct. 31 that the merger would…" — its gap runs on to the token limit, past commas, up to a relative or a
  // coordination (a new clause: "told reporters, who said that…")
  // (a finite form only: "do tell Paul, that…" is an imperative, no report)
  // (and a hearer, not a preposition: "warned of the deficit's dangers in the past, nevertheless played down that threat")
  const hearerGap = c.objectVerb.test(verb.toLowerCase()) && /(?:ed|s|told)$/iu.test(verb) && !c.governing.has(tokens[0]!.w);
  const gapLimit = Math.min(hearerGap ? 14 : 6, tokens.length);
  for (let i = 0; i < gapLimit; i++) {
    const tok = tokens[i]!;
    if ((tok.w === ',' && !hearerGap) || /^["«»“”]$/.test(tok.w)) break;
    if (hearerGap && HEARER_GAP_STOP.has(tok.w)) break;
    // "said its finances were so impaired that it…": a subject and its finite verb open the complement before "that",
    // which then belongs to it (so … that, a relative); the zero-complement reading below decides
    if (i >= 1 && c.finiteSignals.has(tok.w) && (c.determiners.has(tokens[0]!.w) || c.pronoun.test(tokens[0]!.w))) break;
    if (isComp(tok.w)) {
      if (i === 0 && demonstrativeObject(tokens, c)) return null;
      if (i === 0) return tok.at + tok.w.length;
      const first = tokens[0]!.w;
      const objectVerb = c.objectVerb.test(verb.toLowerCase());
      const opensGap = c.gapOpeners.has(first) || (i === 1 && !c.determiners.has(first)) || objectVerb;
      // "dévoile aussi quelques-unes des activités qu'il…": a determiner not introduced by a preposition starts an object, and "que" is relative
      // (claims/time-determiner) "said this month that…", "announced last week that…": a determiner before a time noun
      // opens a time adjunct, not an object
      const objectInGap = !objectVerb && tokens.slice(0, i).some((x, k) => c.determiners.has(x.w) && !c.timeAdjuncts.has(tokens[k + 1]?.w ?? '')
        && (k === 0 || !c.gapOpeners.has(tokens[k - 1]!.w) || c.lex.gapAdverbs.includes(tokens[k - 1]!.w)));
      if (opensGap && !objectInGap) return tok.at + tok.w.length;
      // (claims/<lang>/nested-that) "said Trump has decided that rolling back tariffs requires…": a subject and its finite
      // verb before "that" open the complement, and "that" belongs to it — the zero-complement reading below decides
      if (tokens.slice(1, i).some((x) => c.finiteSignals.has(x.w))) break;
      return null;
    }
  }
  if (!c.zeroComplement.test(verb.toLowerCase().replace(/\s+/g, ' '))) return null;
  // (claims/en/zero-complement-progressive) an -ing form drops "that" in a progressive or a participle clause ("are insisting
  // the president finishes his term", ", arguing the data would not be kept"), not as a gerund subject ("Claiming
  // confidentiality is like claiming executive privilege")
  if (/ing$/u.test(verb) && !PASSIVE_BE.has(wordBeforeAt(text, Math.max(0, vStart - 40), vStart)) && !/,\s{0,3}$/u.test(text.slice(Math.max(0, vStart - 4), vStart))) return null;
  // "our letter must show the bogus calculation which is…": after a modal the verb states an obligation or a
  // possibility, and its object is a noun phrase, not a reported clause
  if (ZERO_COMPLEMENT_MODALS.has(wordBeforeAt(text, Math.max(0, vEnd - verb.length - 30), vEnd - verb.length))) return null;
  let i = 0;
  while (i < tokens.length && c.timeAdjuncts.has(tokens[i]!.w)) i++;
  // (claims/en/zero-complement-adjunct) a time or message adjunct before the clause: "Baxter said in March it had been in
  // discussions with investors", "said in 2019 the plant would close", "the ministry said in a statement it had launched
  // an inquiry"
  for (let k = 0; k < 2 && tokens[i]?.w === 'in'; k++) {
    const next = tokens[i + 1];
    if (next && (CALENDAR.test(text.slice(next.at, next.at + next.w.length)) || /^(?:19|20)\d\d$/u.test(next.w))) i += 2;
    else if (next && /^(?:a|an|its|his|her|their)$/u.test(next.w) && c.lex.messageNouns.includes(tokens[i + 2]?.w ?? '')) i += 3;
    else break;
    while (i < tokens.length && c.timeAdjuncts.has(tokens[i]!.w)) i++;
  }
  // "She told us the damage was done", "told reporters the plant would close": an object verb names its hearer first
  const beforeHearer = i;
  if (tokens[i] && c.objectVerb.test(verb.toLowerCase())) i = skipHearer(text, tokens, i, c);
  const heard = i > beforeHearer;
  const start = tokens[i];
  if (!start || start.w === ',' || /^["«»“”]$/.test(start.w)) return null;
  const original = text.slice(start.at, start.at + start.w.length);
  // (claims/en/contracted-subject) "said he's pleased to see…", "told reporters they're confident": a subject pronoun with a
  // contracted auxiliary opens a clause
  if (CONTRACTED_SUBJECT.test(start.w + (tokens[i + 1]?.w ?? ''))) return start.at;
  const pronounStart = c.pronoun.test(start.w) || ['i', 'we', 'you', 'there'].includes(start.w);
  const clauseLike = pronounStart || c.determiners.has(start.w) || FIND_COMPLEMENT_RE.test(original) || FIND_COMPLEMENT_RE_2.test(original) || NUMBER_WORDS.has(start.w);
  if (!clauseLike) return lowerSubjectClause(tokens, i, c, CLAUSE_ONLY_VERB.test(verb)) ? start.at : null;
  const finite = tokens.slice(i + 1, i + 9).some((x) => c.finiteSignals.has(x.w));
  if (finite) return start.at;
  // "MST claims they use arms only to defend themselves": a nominative pronoun and a lower-case verb open a clause
  const afterPronoun = tokens[i + 1];
  if (NOMINATIVE.has(start.w) && afterPronoun && FIND_COMPLEMENT_RE_3.test(text.slice(afterPronoun.at, afterPronoun.at + 1))
    && !c.governing.has(afterPronoun.w) && !c.determiners.has(afterPronoun.w) && !c.gapOpeners.has(afterPronoun.w)) return start.at;
  // "They also report 15,000 people marched against Bush", "analysts say the company posted a loss": a number or
  // determiner opens a subject noun phrase, then a past-tense verb within five words
  // — the verb followed by an object or an adjunct, not by "by" (a participle: "a spokesperson when contacted by Reuters")
  // nor by a noun ("the recently named executive chair")
  if (FIND_COMPLEMENT_RE_4.test(original) || c.determiners.has(start.w) || NUMBER_WORDS.has(start.w)) {
    // (claims/en/told-hearer-clause) after "told" and its hearer a noun phrase is the subject of the reported clause once a
    // verb in -ed or -s follows its noun: "told analysts the company expected higher margins", "told lawmakers the evidence
    // supports suicide" — not a plural noun after a determiner or an adjective before a preposition ("told reporters the
    // details of the plan", "told reporters the new rules on Monday")
    if (heard) {
      for (let k = i + 2; k < Math.min(tokens.length - 1, i + 6); k++) {
        const w = tokens[k]!.w;
        const prev = tokens[k - 1]!.w;
        const next = tokens[k + 1]!.w;
        if (c.determiners.has(prev) || !FIND_COMPLEMENT_RE_3.test(prev) || /^[,"«»“”]$/u.test(next)) continue;
        if ((FIND_COMPLEMENT_RE_5.test(w) || IRREGULAR_PAST.has(w)) && next !== 'by') return start.at;
        if (FIND_COMPLEMENT_RE_9.test(w) && !/(?:ss|us|is|ics|ies)$/u.test(w) && !c.governing.has(next)) return start.at;
      }
    }
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
      if (!FIND_COMPLEMENT_RE_5.test(tokens[k]!.w) && !IRREGULAR_PAST.has(tokens[k]!.w)) continue;
      const next = tokens[k + 1]!.w;
      // (or "not" after it: "said his client chose not to accept a plea agreement" — claims/en/irregular-past)
      if (next !== 'by' && (c.determiners.has(next) || c.governing.has(next) || FIND_COMPLEMENT_RE_6.test(next) || NUMBER_WORDS.has(next)
        || (next === 'not' && IRREGULAR_PAST.has(tokens[k]!.w) && !tokens.slice(i, k).some((x) => x.w === ',')))) return start.at;
      break;
    }
  }
  // "Lula said Brazil supports Korea…": a proper-noun subject, then a verb in -s/-ed
  if (FIND_COMPLEMENT_RE_7.test(original) && !c.determiners.has(start.w)) {
    let j = i + 1;
    while (j < tokens.length && j < i + 4 && FIND_COMPLEMENT_RE_8.test(text.slice(tokens[j]!.at, tokens[j]!.at + 1))) j++;
    const verbTok = tokens[j];
    if (verbTok && FIND_COMPLEMENT_RE_9.test(verbTok.w) && !/(?:ss|us|is)$/.test(verbTok.w)) return start.at;
    // "Unofficial results show Viktor Yushchenko leading with 52%": a small clause, the name then an -ing form and a
    // preposition or a number
    const afterVerb = tokens[j + 1];
    if (verbTok && FIND_COMPLEMENT_RE_10.test(verbTok.w) && afterVerb && (c.governing.has(afterVerb.w) || FIND_COMPLEMENT_RE_11.test(afterVerb.w))) return start.at;
  }
  return null;
}

/**
 * (claims/en/demonstrative-object) True when the "that" right after a reporting verb is a demonstrative before the verb's
 * object, not a complementizer: "She learned that language as a child", "The team repeated that feat in 2019", "the
 * company continued that tradition for years" — "that", one lower-case word (no determiner, pronoun, number or gerund), then
 * a preposition or the end of the clause, and no finite form (an auxiliary, a modal, an -ed form) in the next
 * ten words ("that inflation in Europe would fall" keeps its clause).
 */
function demonstrativeObject(tokens: readonly { w: string; at: number }[], c: CompiledLexicon): boolean {
  if (tokens[0]?.w !== 'that') return false;
  const noun = tokens[1];
  if (!noun || !/^[a-z]{3,}$/u.test(noun.w) || c.determiners.has(noun.w) || c.pronoun.test(noun.w) || NUMBER_WORDS.has(noun.w)
    || c.finiteSignals.has(noun.w) || /(?:ed|ly|ing)$/u.test(noun.w) || ['i', 'we', 'you', 'there'].includes(noun.w)) return false;
  // (a gerund opens a clause: "I believe that addressing this point … takes the teeth out of…")
  const next = tokens[2];
  if (next && next.w !== ',' && !c.governing.has(next.w) && !['as', 'for', 'since', 'until'].includes(next.w)) return false;
  return !tokens.slice(2, 12).some((x) => c.finiteSignals.has(x.w) || FIND_COMPLEMENT_RE_5.test(x.w));
}

/** Auxiliaries and adverbs between a subject and the "be" of a passive: "has been", "will also be", « a été ». */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'also', 'not', 'already', 'since',
  'a', 'ont', 'avait', 'avaient', 'aura', 'sera', 'aussi', 'déjà', 'également', 'cependant', 'toutefois', 'néanmoins', 'pourtant',
  'however', 'ainsi', 'donc', 'enfin', 'notamment',
]);

/** Impersonal subjects of a passive report that takes a complement: "it was announced that…", « il a été annoncé que… ». */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'il']);

/** Words that cannot open a bare subject noun phrase after "said": "said goodbye", "said little", "said so". */
const NOT_BARE_SUBJECT: ReadonlySet<string> = new Set([
  'goodbye', 'hello', 'sorry', 'thanks', 'thank', 'yes', 'little', 'much', 'more', 'less', 'nothing', 'something', 'anything',
  'everything', 'enough', 'farewell', 'otherwise', 'not', 'never', 'only', 'just', 'even', 'simply', 'instead', 'together', 'what',
  'how', 'why', 'when', 'where', 'who', 'whether', 'which', 'here', 'there', 'then', 'now', 'so', 'both', 'all', 'such',
]);

/** Words that end the subject search of {@link lowerSubjectClause}: a relative, a coordination or a complementizer opens another clause. */
const BARE_SUBJECT_STOP: ReadonlySet<string> = new Set([
  ',', 'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'if', 'whether', 'when', 'where', 'because', 'while', 'as', 'to', 'than',
]);

/** Finite auxiliaries and modals that close a bare subject noun phrase: "good relations with Sudan | could". */
const BARE_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'would', 'could', 'will', 'may', 'might', 'should', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
  "won't", "wouldn't", "couldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
]);

/**
 * (claims/en/bare-subject) True when the zero complement of a report opens with a bare common noun phrase (no
 * determiner) closed by a finite auxiliary within six words: "Analysts said good relations with Sudan could strengthen
 * moderate voices", "the minister said rising prices were a concern" (not "said goodbye to those who would…").
 */
function lowerSubjectClause(tokens: readonly { w: string; at: number }[], i: number, c: CompiledLexicon, clauseOnly = false): boolean {
  const first = tokens[i]!.w;
  // (a participle and its agent open no subject: "The meeting notes taken by the aide were placed under seal")
  if (/(?:ed|en)$/u.test(first) && tokens[i + 1]?.w === 'by') return false;
  if (!/^[a-z]{3,}(?:-[a-z]{2,}){0,3}$/u.test(first) || /ly$/u.test(first) || NOT_BARE_SUBJECT.has(first) || c.governing.has(first)
    || c.gapOpeners.has(first) || c.finiteSignals.has(first) || c.complementizer.test(first)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const w = tokens[k]!.w;
    if (BARE_SUBJECT_STOP.has(w) || /^["«»“”]$/u.test(w)) return false;
    if (BARE_SUBJECT_VERBS.has(w)) return k > i;
    // (claims/en/bare-subject-past) a lexical verb in the past closes the subject too: "Eurostat said inflation in the euro
    // zone fell to 2.1%", "the company said profits jumped 15%", "analysts said demand weakened sharply" — an irregular
    // past (no participle), or an -ed form followed by a figure, "to"/"by"/"from" and a figure, a determiner or an -ly
    // adverb (not "announced job cuts linked to the slump": a participle before a preposition)
    if (BARE_SUBJECT_PAST.has(w)) return true;
    // (after "said": an irregular form that is past and participle alike — "regulators said safety checks found no fault")
    if (clauseOnly && BARE_SUBJECT_PAST_PARTICIPLE.has(w) && tokens[k + 1] && tokens[k + 1]!.w !== 'by') return true;
    if (BARE_SUBJECT_ED.test(w) && !/(?:eed|ied)$/u.test(w)) {
      const next = tokens[k + 1]?.w ?? '';
      const after = tokens[k + 2]?.w ?? '';
      // (after a verb that takes no noun object — "said", "told", "added" — any -ed form but a passive's "by" is the verb:
      // "officials said fighting erupted in the north")
      if (clauseOnly && next !== 'by' && next !== '') return true;
      return /^[0-9]/u.test(next) || (['to', 'by', 'from'].includes(next) && /^[0-9]/u.test(after)) || c.determiners.has(next)
        || (/^[a-z]{3,}ly$/u.test(next) && !['early', 'only', 'family', 'supply', 'july', 'italy', 'rally', 'ally'].includes(next));
    }
  }
  return false;
}

/** Reporting verbs that take a clause but no noun object, so that a bare noun after them opens the clause's subject. */
const CLAUSE_ONLY_VERB = /^(?:say|says|said|added|adds|told|tells|believe|believes|believed|think|thinks|thought|insisted|insists|argued|argues|stated)$/iu;

/** Irregular pasts of news verbs, never participles: "prices rose", "inflation fell", "exports grew" (claims/en/bare-subject-past). */
const BARE_SUBJECT_PAST: ReadonlySet<string> = new Set([
  'rose', 'fell', 'grew', 'shrank', 'sank', 'began', 'went', 'came', 'took', 'gave', 'saw', 'drove', 'broke', 'spoke', 'wrote', 'knew',
  'became', 'ran', 'swung',
]);

/** Irregular forms both past and participle, read as a past after a clause-only report only (claims/en/bare-subject-past). */
const BARE_SUBJECT_PAST_PARTICIPLE: ReadonlySet<string> = new Set([
  'found', 'made', 'held', 'kept', 'left', 'lost', 'paid', 'sold', 'spent', 'sent', 'built', 'brought', 'bought', 'hit', 'cut',
  'led', 'won', 'met', 'struck', 'fought', 'caught', 'taught', 'fled', 'shot', 'slid', 'spread', 'hurt', 'stood',
]);

/**
 * Irregular simple pasts that show a finite verb after a determiner's noun phrase, like an -ed form ("said his client chose
 * not to accept a plea agreement", "told reporters the company took a charge") — claims/en/irregular-past: the bare-subject
 * pasts above and a few verbs of choice, thought and speech.
 */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...BARE_SUBJECT_PAST, ...BARE_SUBJECT_PAST_PARTICIPLE,
  'chose', 'got', 'thought', 'drew', 'meant', 'told', 'said']);

/** A regular past tense: "jumped", "weakened", "slowed" (claims/en/bare-subject-past). */
const BARE_SUBJECT_ED = /^[a-z]{3,}ed$/u;

/**
 * A second complement clause coordinated inside [start, end): ", et que",
 * "et surtout qu'", "and that", "but also that" (not "or that": after "or",
 * "that" is mostly a relative pronoun — "reports that could cause death… or
 * that could restrict readiness"). Returns where the first
 * complement ends (`cut`) and the second starts (after its complementizer),
 * or null. Bounded: one scan of the region with a literal alternation.
 */
function coordinatedComplement(text: string, start: number, end: number, c: CompiledLexicon): { cut: number; start: number } | null {
  const m = c.coordinatedComplement.exec(text.slice(start, end));
  if (!m || m.index === 0) return null;
  return { cut: start + m.index, start: start + m.index + m[0].length };
}

/** Cuts a complement before a trailing source phrase or participial attribution (", according to…", ", selon…"). */
function cutAtSourcePhrase(text: string, start: number, end: number, c: CompiledLexicon): number {
  c.sourcePhrase.lastIndex = 0;
  const region = text.slice(start, end);
  const m = c.sourcePhrase.exec(region);
  if (m && m.index > 0) return start + m.index;
  return end;
}

/**
 * (claims/<lang>/denial-coordinated) Cuts a complement before a denial coordinated with the report: "Boeing said sales rose
 * 5% in the quarter and declined to comment on the lawsuit" ends at "quarter" (the denial is the subject's, step 5 reads it),
 * « Renault a indiqué que ses ventes avaient progressé et n'a pas souhaité commenter… » at « progressé ».
 */
function cutAtCoordinatedDenial(text: string, start: number, end: number, c: CompiledLexicon): number {
  const region = text.slice(start, end);
  let best = end;
  for (const d of c.denials) {
    d.re.lastIndex = 0;
    const m = d.re.exec(region);
    if (!m) continue;
    const coord = COORDINATED_PREDICATE.exec(region.slice(0, m.index));
    if (coord && coord.index > 0) best = Math.min(best, start + coord.index);
  }
  return best;
}

/**
 * Cuts a complement before a second report coordinated into it: "said South
 * Korea is a strategic partner and he also said that business…" ends at
 * "partner", so the second report becomes its own claim.
 */
/** A subordinating conjunction opening a clause (claims/<lang>/fronted-subordinate). */
const FRONTED_SUBORDINATE = /^\s*(?:(?:and|but|et|mais)\s+)?(?:although|though|while|whereas|even\s+though|even\s+if|if|because|since|when|once|bien\s+que|bien\s+qu['’]|alors\s+que|alors\s+qu['’]|même\s+si|parce\s+que|parce\s+qu['’]|puisque|puisqu['’]|quand|lorsque|lorsqu['’])\s*/iu;

/** A comma and a subordinating conjunction opening a clause that holds a report (claims/<lang>/subordinate-report). */
const SUBORDINATE_REPORT = /,\s*(?:when|after|while|whereas|lorsque|quand|après\s+que|alors\s+que|tandis\s+que)\s[^,]{0,60}$/iu;

function cutAtNextReport(text: string, start: number, end: number, c: CompiledLexicon): number {
  const region = text.slice(start, end);
  const reporting = c.reportingInner; // the caller is iterating c.reporting
  reporting.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = reporting.exec(region)) !== null) {
    const vStart = start + m.index;
    if (findComplement(text, vStart + m[0].length, end, m[0], c) === null) continue;
    const before = text.slice(start, vStart);
    const join = /(?:,\s*|\s)(?:and|et|but|mais)\s[^,]{0,60}$/iu.exec(before);
    if (join && join.index > 0) return start + join.index;
    // (claims/<lang>/subordinate-report) "the first cases came to light last week, when authorities in Beijing announced that…",
    // « …, lorsque le ministère a annoncé que… »: a report in a subordinate clause after a comma is a claim of its own
    const sub = SUBORDINATE_REPORT.exec(before);
    if (sub && sub.index > 0) return start + sub.index;
  }
  return end;
}

/**
 * Postposed attribution: the verb follows a comma and the claim precedes
 * it. French inverts the subject ("…, a indiqué la direction"); English
 * puts it on either side ("…, the company said", "…, said Smith").
 */
/** A relative pronoun opening the words after a comma, after at most one preposition: "about which he", « dont il », « auquel ». */
const POSTPOSED_RELATIVE_OPENER = /^\s*(?:(?:about|of|in|on|for|to|with|by|from|at|under|over|through|against|sur|de|à|pour|avec|par|dans|contre|selon)\s+)?(?:which|whom|whose|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles|ce\s+dont|ce\s+que|ce\s+qu['’])(?=\s)/iu;

/** The first adjunct after an inverted subject, a preposition or relative as a word: " in an email", " on Twitter", " who…". */
const POSTPOSED_ADJUNCT = /\s(?:in|on|at|to|during|via|through|after|before|who|which|that|dans|sur|lors|auprès|qui|devant)\s/u;

/** Built once for {@link namedHead} (character classes: text/char-classes.ts). */
const NAMED_HEAD_RE = new RegExp(`^[${UPPER}][${LOWER}]`, 'u');

/** Built once for {@link namedHead} (character classes: text/char-classes.ts). */
const NAMED_HEAD_RE_2 = new RegExp(`^[${UPPER}][${LOWER}]`, 'u');

/**
 * True when the words before an adjunct read as a speaker: one capitalised name (« Berne »), or words with a capitalised
 * word after the first (a name: "executive chair Marcelo Claure", "The We Company's … Marcelo Claure"), no coordination or verb group («
 * l'importance de cette lutte mais a appelé » is a clause, not a speaker).
 */
function namedHead(head: string): boolean {
  const ws = head.trim().split(/\s+/u);
  // a single capitalised name: « …, estime Berne qui se rallie à l'évaluation de la commission »
  if (ws.length === 1) return NAMED_HEAD_RE.test(ws[0]!);
  if (ws.some((w) => /^(?:and|but|mais|et|has|have|had|was|were|is|are|a|ont|est|sont)$/u.test(w))) return false;
  return ws.slice(1).some((w) => NAMED_HEAD_RE_2.test(w));
}
/** A day word, both languages, any case: "Wednesday", « jeudi », "yesterday", « hier ». */
const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)$/iu;
/** Months and weekdays: capitalised, yet no name ("said earlier Monday"). */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)$/u;

/** Built once for {@link titledName} (character classes: text/char-classes.ts). */
const TITLED_NAME_RE = new RegExp(`^[${LOWER}][${LETTER}-]*$`, 'u');

/** Built once for {@link titledName} (character classes: text/char-classes.ts). */
const TITLED_NAME_RE_2 = new RegExp(`^[${UPPER}][${LOWER}]`, 'u');

/**
 * True when an inverted subject opens on a lower-case title and a capitalised name follows within four words: "executive
 * chair Marcelo Claure", "chief executive John Smith", « porte-parole Jean Dupont » — the title a role noun of the lexicon
 * (`personDescriptions`, `sourceNouns`), first or second (not "whether Trump will…", not "earlier Monday").
 */
function titledName(after: string, c: CompiledLexicon): boolean {
  const ws = after.trim().split(/\s+/u).slice(0, 4);
  if (ws.length < 2 || !TITLED_NAME_RE.test(ws[0]!)) return false;
  // the title is a role noun of the lexicon, first or second ("executive chair", "chief executive", « porte-parole »)
  const role = (w: string | undefined): boolean => !!w && (c.lex.personDescriptions.includes(w.toLowerCase()) || c.lex.sourceNouns.includes(w.toLowerCase()));
  if (!role(ws[0]) && !role(ws[1])) return false;
  return ws.slice(1).some((w) => TITLED_NAME_RE_2.test(w) && !CALENDAR.test(w.replace(/[.,]$/u, '')));
}

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE = new RegExp(`(?:^|\\s)(?:se|s['’])\\s*(?:[${LETTER}]+\\s+)?$`, 'iu');

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE_2 = new RegExp(`^\\s*([${LETTER}'’]+)\\s+`, 'u');

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE_3 = new RegExp(`^[\\s]*([${LETTER}'’]+)`, 'u');

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE_4 = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE_5 = new RegExp(`^\\s*([${LETTER}]+)`, 'u');

/** Built once for {@link postposed} (character classes: text/char-classes.ts). */
const POSTPOSED_RE_6 = new RegExp(`^\\s*(?:who|which|that|whom|whose|where|qui|que|qu['’]|dont|où|lequel|laquelle|lesquels)(?![${LETTER}])`, 'iu');

/**
 * (claims/<lang>/postposed-participle) A participial or relative adjunct after a postposed attribution, opened by its comma:
 * "…, the person said, adding that…", "…, the ministry added, accusing India of…", « …, a écrit Salifou Mody, faisant état
 * de… », "…, the people cautioned, asking not to be named", a gerund « …, estime une des sources, tout en précisant que… ». Lower case: "…, the ministry said, Beijing…" is no adjunct.
 */
const POSTPOSED_PARTICIPLE_COMMA = new RegExp(`,\\s{0,3}(?:(?:tout\\s{1,3}en|en|while)\\s{1,3})?(?:[${LOWER}][${LETTER}]{1,20}(?:ing|ant)|who|which|qui)(?![${LETTER}])`, 'u');

/**
 * (claims/<lang>/postposed-quantified) A number or quantifier opening an inverted subject: "…, said two of the people",
 * "…, said one of the sources", « …, ont affirmé deux responsables ».
 */
const POSTPOSED_QUANTIFIER = /^(?:one|two|three|four|five|six|both|all|most|deux|trois|quatre|cinq|six)$/iu;

/**
 * (claims/en/postposed-anonymous) The anonymous sources of news, whose description runs longer than a subject may: "…, some
 * of the people familiar with the matter said", "…, two people briefed on the talks said", "…, a person with knowledge of
 * the plan said".
 */
const ANONYMOUS_SOURCE = /(?:^|\s)(?:familiar\s{1,3}with|close\s{1,3}to|briefed\s{1,3}on|with\s{1,3}knowledge\s{1,3}of|knowledgeable\s{1,3}about|involved\s{1,3}in)\s/u;

/**
 * (claims/<lang>/postposed-time-gap) Time words between an inverted verb and its subject, at most three: « …, avait expliqué
 * plus tôt mardi le procureur », "…, said late on Tuesday the minister", « …, a indiqué mardi soir le ministère ».
 */
const TIME_GAP_WORD = /^(?:plus|tôt|tard|soir|matin|midi|dernier|on|late|earlier|later|last|night|morning|evening)$/iu;

/** Longest stretch after a postposed verb read for its inverted subject and adjuncts, code units (12 words fit easily). */
const POSTPOSED_AFTER_MAX = 400;

function postposed(text: string, clause: Span, vStart: number, vEnd: number, c: CompiledLexicon, passages: readonly QuotedPassage[]):
  { claimStart: number; claimEnd: number; subject: Span; cueEnd: number | null } | null {
  const comma = findLastComma(text, clause.start, vStart, passages);
  if (comma < 0) return null;
  const between = text.slice(comma + 1, vStart);
  // the rest of the clause without its closing punctuation (by hand: /[\s.!…"»”]+$/ is quadratic on a run of spaces)
  let afterEnd = clause.end;
  while (afterEnd > vEnd && /[\s.!…"»”]/.test(text[afterEnd - 1]!)) afterEnd--;
  // an inverted subject ends at its first adjunct: "…, said executive chair Marcelo Claure in an email to staff that was
  // reviewed by Reuters" — the speaker is the words before "in"
  // (read on its first POSTPOSED_AFTER_MAX code units: an inverted subject longer than that fails the word limits below anyway,
  // and a clause of 2 000 "…, said X" reports read to its end from every verb was quadratic; second new-user trial)
  let after = text.slice(vEnd, Math.min(afterEnd, vEnd + POSTPOSED_AFTER_MAX));
  const participleAt = after.search(POSTPOSED_PARTICIPLE_COMMA);
  let cueEnd: number | null = null;
  // (the adjunct follows the verb or its inverted subject: not "…, where the group maintains a political office, according
  // to…", where the verb has an object before the comma)
  const inverted = words(cleanSubject(text, comma + 1, vStart, c).text).length === 0;
  if (participleAt >= 0 && (inverted || words(after.slice(0, participleAt)).length === 0 || POSTPOSED_PREPOSITION.test(after))) {
    after = after.slice(0, participleAt);
    cueEnd = vEnd + participleAt;
  }
  // (claims/<lang>/postposed-relative) "…, said the people, who asked not to be identified because the matter is private":
  // an inverted subject ends at the comma of its relative or apposition
  const commaAt = after.search(POSTPOSED_SUBJECT_COMMA);
  if (commaAt > 0 && inverted) after = after.slice(0, commaAt);
  // (claims/<lang>/postposed-apposed-subject) « …, avait expliqué le procureur de la République antiterroriste, Jean-François
  // Ricard, devant la presse »: an inverted subject ends at its first comma, or after the name in apposition to it
  let subjectComma = inverted ? findTopLevelComma(text, vEnd, vEnd + after.length, passages) : -1;
  let apposedWords = 0;
  if (subjectComma > vEnd) {
    const next = findTopLevelComma(text, subjectComma + 1, vEnd + after.length, passages);
    const name = text.slice(subjectComma + 1, next > 0 ? next : vEnd + after.length);
    if (APPOSED_NAME.test(name)) {
      subjectComma = next;
      apposedWords = words(name).length;
    }
  }
  // (claims/<lang>/incise-predicate) « Les prix des billets, estime l'économiste Anne Moreau, devraient augmenter de 10 % »:
  // a finite verb after the subject's comma is the predicate of the words before the verb — an incise inside the clause
  // (the incise rule reads the whole clause), not a claim closed by a postposed source
  if (subjectComma > vEnd && INCISE_PREDICATE.test(text.slice(subjectComma + 1, Math.min(clause.end, subjectComma + 30)))) return null;
  if (subjectComma > vEnd) {
    after = after.slice(0, subjectComma - vEnd);
    // what follows the subject's comma is left to the other rules
    cueEnd ??= subjectComma;
  }
  const adjunct = POSTPOSED_ADJUNCT.exec(after);
  if (adjunct && adjunct.index > 0 && namedHead(after.slice(0, adjunct.index))) after = after.slice(0, adjunct.index);
  const afterWords = words(after).length;
  if (afterWords - apposedWords > 10) return null;
  // the clause must end here (not "X, Name, a ajouté :")
  const nextChar = text.slice(clause.end, clause.end + 1);
  if (nextChar === ':') return null;
  // (claims/<lang>/postposed-infinitive) « Le gouvernement, selon Les Échos, envisage de relever la TVA »: an infinitive after
  // a preposition is no postposed report
  if (c.governing.has(wordBeforeAt(text, comma + 1, vStart))) return null;
  // (claims/<lang>/postposed-relative-clause) "…competition, about which he assured me in testimony", « …, ce dont il a
  // parlé », "…, which he said": a relative clause after the comma describes the noun before it — no postposed report
  if (POSTPOSED_RELATIVE_OPENER.test(between)) return null;
  const betweenClean = cleanSubject(text, comma + 1, vStart, c);
  let subject: Span;
  if (words(betweenClean.text).length === 0) {
    // (claims/<lang>/postposed-apposition) "Prices will rise sharply next year, John Smith, an analyst at the bank, said.":
    // the name and its apposition stand between the last three commas
    if (afterWords === 0) return apposedPostposed(text, clause, comma, c, passages);
    // a participle has no inverted subject: « Le gouvernement a présenté son budget, ajoutant trois milliards pour la
    // défense » (the object follows it)
    if (/(?:ant|ing)$/iu.test(text.slice(vStart, vEnd))) return null;
    // "…, se sont félicités du résultat": a pronominal verb with a prepositional object, not an attribution
    if (POSTPOSED_RE.test(between)) return null;
    // « …, écrit notamment le quotidien El Punt Avui », "…, said also the minister": a gap adverb before the inverted subject
    // (a time word too: « …, a déclaré jeudi le ministre des Affaires étrangères », "…, said Tuesday the minister"; up to three:
    // « …, avait expliqué plus tôt mardi le procureur » — claims/<lang>/postposed-time-gap)
    let skip = 0;
    for (let k = 0; k < 3; k++) {
      const adverb = POSTPOSED_RE_2.exec(after.slice(skip));
      const w = adverb?.[1] ?? '';
      if (!adverb || !(c.lex.gapAdverbs.includes(w.toLowerCase()) || c.timeAdjuncts.has(w.toLowerCase()) || DAY_WORD.test(w) || TIME_GAP_WORD.test(w))) break;
      skip += adverb[0].length;
    }
    // (claims/<lang>/postposed-hearer) « …, a indiqué à l'AFP une source proche du dossier »: the medium told, before the
    // inverted subject
    const hearer = POSTPOSED_HEARER.exec(after.slice(skip));
    if (hearer) skip += hearer[0].length;

    const firstAfter = (POSTPOSED_RE_3.exec(after.slice(skip))?.[1] ?? '');
    const lowerFirst = firstAfter.toLowerCase();
    // a bare plural source counts too: "…, said officials on Tuesday", « …, affirment experts et analystes »
    const nounPhrase = POSTPOSED_RE_4.test(firstAfter) || c.determiners.has(lowerFirst) || /^l['’]/.test(lowerFirst) || c.pronoun.test(lowerFirst)
      || c.lex.sourceNouns.includes(lowerFirst) || titledName(after.slice(skip), c) || POSTPOSED_QUANTIFIER.test(lowerFirst);
    if (!nounPhrase || c.governing.has(lowerFirst)) return null;
    const rest = after.slice(skip);
    const s = vEnd + skip + (rest.length - rest.trimStart().length);
    subject = cleanSubject(text, s, s + rest.trim().length, c);
  } else {
    // adjuncts after the verb are free: "…, executives of both companies announced Wednesday at the Dubai Air Show"
    // (only after a time word: "admitted to overpricing…", "think paying to prepare is fair" have an object, not adjuncts)
    const firstAfterWord = (POSTPOSED_RE_5.exec(after)?.[1] ?? '').toLowerCase();
    const core = c.timeAdjuncts.has(firstAfterWord) || DAY_WORD.test(firstAfterWord) ? POSTPOSED_ADJUNCT.exec(after) : null;
    // (claims/<lang>/postposed-adjunct) "…, the Pentagon said in a statement on Friday", « …, a indiqué le ministère dans un
    // communiqué »: prepositional adjuncts after the verb, up to the clause end
    // (verbs of saying only, and not a passive: "Three weeks before he died, Epstein had been found in his jail cell")
    const prepositional = POSTPOSED_PREPOSITION.test(after) && countWords(after, 13) <= 12 && POSTPOSED_SAY.test(text.slice(vStart, vEnd))
      && !PASSIVE_BE.has(lastWordOf(between).toLowerCase());
    if (countWords(between, 11) > (ANONYMOUS_SOURCE.test(between) ? 10 : 6) || (!prepositional && countWords(core ? after.slice(0, core.index) : after, 5) > 4)) return null;
    // "…observers, who alleged fraud": a relative clause, not a postposed attribution
    if (POSTPOSED_RE_6.test(between)) return null;
    subject = cleanSubject(text, comma + 1, vStart, c);
    // (claims/<lang>/postposed-participle-subject) "The firm reported revenue of $3 billion, beating estimates", « …, dépassant
    // les estimations »: a participle before the form makes it a noun object ("estimates"), not a source and its verb
    if (GERUND_WORD_RE.test(subject.text.trim())) return null;
  }
  const claimStart = skipLeadingAdverbials(text, clause.start, comma, c, passages);
  if (countWords(text.slice(claimStart, comma), 4) < 4) return null;
  // (claims/<lang>/postposed-apposed-name-subject) « La porte-parole du gouvernement, Marie Dubois, a confirmé la réunion »,
  // "The spokesman, John Smith, said…": a role and the name in apposition to it are the verb's subject, not a claim before
  // an inverted subject (the chunk before the comma is a determiner's noun phrase of at most six words, then the name)
  const c1 = findLastComma(text, claimStart, comma, passages);
  // (claims/<lang>/subject-relative) "Montell Figgins, who represents Thomas, said his client chose…", « Le maire, qui
  // brigue un second mandat, a déclaré… »: a relative clause set off by commas after a short subject (at most six words)
  // closes before the verb — the words before are its subject, not a claim before an inverted one
  if (c1 > claimStart && SUBJECT_RELATIVE.test(text.slice(c1 + 1, comma)) && words(text.slice(claimStart, c1)).length <= 6
    && findLastComma(text, claimStart, c1, passages) <= claimStart) return null;
  if (c1 > claimStart && APPOSED_NAME.test(text.slice(c1 + 1, comma))) {
    const role = words(text.slice(claimStart, c1));
    if (role.length <= 6 && (c.determiners.has(role[0]!.toLowerCase()) || /^l['’]/iu.test(role[0]!))) return null;
  }
  return { claimStart, claimEnd: comma, subject, cueEnd };
}

/** A relative pronoun opening the chunk between two commas (claims/<lang>/subject-relative). */
const SUBJECT_RELATIVE = /^\s{0,3}(?:who|qui)\s/iu;

/** A finite verb opening the rest of a clause after an incise's comma (claims/<lang>/incise-predicate). */
const INCISE_PREDICATE = new RegExp(`^\\s{0,3}(?:(?:ne|n['’])\\s{0,3})?(?:est|sont|a|ont|sera|seront|serait|seraient|devrait|devraient|pourrait|pourraient|va|vont|doit|doivent|peut|peuvent|reste|restent|était|étaient|avait|avaient|aurait|auraient|is|are|was|were|will|would|could|has|have|had|may|might|should|must|can|remains?)(?![${LETTER}'’-])`, 'u');

/** The comma closing an inverted subject before a relative or an apposition: ", who asked…", ", qui a requis l'anonymat". */
const POSTPOSED_SUBJECT_COMMA = /,\s{0,3}(?:who|which|qui|a|an|un|une|the|le|la|l['’])(?![\p{L}])/u;

/** Built once for {@link apposedPostposed}: a name of one to five capitalised words ("John Smith", "Jean-Luc Mélenchon"). */
const APPOSED_NAME = new RegExp(`^\\s*[${UPPER}][${LETTER}'’.-]{0,30}(?:\\s{1,3}(?:de\\s{1,3}|van\\s{1,3}|von\\s{1,3})?[${UPPER}][${LETTER}'’.-]{0,30}){0,4}\\s*$`, 'u');

/**
 * A postposed report whose subject is a name and its apposition between commas, the verb closing the clause: "CLAIM,
 * John Smith, an analyst at the bank, said." `comma` is the comma right before the verb. The claim runs from the clause
 * start (past leading adverbials) to the comma before the name; null when the chunks are no name and apposition or the
 * claim is shorter than four words.
 */
function apposedPostposed(text: string, clause: Span, comma: number, c: CompiledLexicon, passages: readonly QuotedPassage[]):
  { claimStart: number; claimEnd: number; subject: Span; cueEnd: null } | null {
  const c1 = findLastComma(text, clause.start, comma, passages);
  if (c1 < 0) return null;
  const c0 = findLastComma(text, clause.start, c1, passages);
  if (c0 < 0) return null;
  const name = text.slice(c0 + 1, c1);
  if (!APPOSED_NAME.test(name) || !isAppositive(text.slice(c1 + 1, comma), c)) return null;
  const claimStart = skipLeadingAdverbials(text, clause.start, c0, c, passages);
  if (countWords(text.slice(claimStart, c0), 4) < 4) return null;
  return { claimStart, claimEnd: c0, subject: makeSpan(text, c0 + 1, c1), cueEnd: null };
}

/** Verbs of saying whose postposed report may carry prepositional adjuncts: "said in a statement", « a indiqué dans un communiqué ». */
const POSTPOSED_SAY = /^(?:said|says|told|added|wrote|reported|announced|stated|confirmed|dit|déclaré|indiqué|précisé|affirmé|annoncé|ajouté|expliqué|confirmé)$/iu;

/** A medium told before an inverted subject: " à l'AFP", " au Monde", " à Reuters" (claims/<lang>/postposed-hearer). */
const POSTPOSED_HEARER = new RegExp(`^\\s{0,3}(?:à|au|aux)\\s{1,3}(?:l['’]\\s{0,2}|la\\s{1,3}|le\\s{1,3})?[${UPPER}][${LETTER}'’.&-]{0,30}(?:\\s{1,3}[${UPPER}][${LETTER}'’.&-]{0,30}){0,2}(?=\\s)`, 'u');

/** A prepositional adjunct opening the words after a postposed report: " in a statement", " on Twitter", " dans un communiqué". */
// (not "to": "Ms. Jones admitted to overpricing the planes" has an object)
const POSTPOSED_PREPOSITION = /^\s{0,3}(?:in|on|at|during|via|through|after|before|citing|late|earlier|dans|sur|lors|auprès|devant)\s/u;

/** Built once for {@link subjectAttribution} (character classes: text/char-classes.ts). */
const SUBJECT_ATTRIBUTION_RE = new RegExp(`^\\s*([${LETTER}]+)\\s`, 'u');

/** Built once for {@link subjectAttribution} (character classes: text/char-classes.ts). */
const SUBJECT_ATTRIBUTION_RE_2 = new RegExp(`^[${LETTER}'’]+`, 'u');

/** Built once for {@link subjectAttribution} (character classes: text/char-classes.ts). */
const SUBJECT_ATTRIBUTION_RE_3 = new RegExp(`^([${LETTER}]+)[\\s,]+`, 'u');

/** Built once for {@link subjectAttribution} (character classes: text/char-classes.ts). */
const SUBJECT_ATTRIBUTION_RE_4 = new RegExp(`^[${LETTER}'’]+`, 'u');

/** Built once for {@link subjectAttribution} (character classes: text/char-classes.ts). */
const SUBJECT_ATTRIBUTION_RE_5 = new RegExp(`^\\s*(?:[${DIGIT}]+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten|most|la\\s+plupart)\\s*$`, 'iu');

/** A coordinator right before a denial's verb (an auxiliary or adverb between): " and ", " but has ", « et a », « mais n' ». */
const COORDINATED_PREDICATE = /\s(?:and|but|et|mais)\s+(?=(?:(?:has|have|had|also|then|later|again|a|ont|avait|avaient|aussi|également|ensuite)\s+){0,2}(?:n['’]\s*)?$)/iu;

/**
 * True when [from, coordStart) is one actor's name and [coordEnd, vStart) another's, maybe with its auxiliary (spaces aside): a
 * coordinated subject ("Tesla and Ford", « Renault et Stellantis ont »).
 */
function coordinatedNames(text: string, from: number, coordStart: number, coordEnd: number, vStart: number, ctx: ExtractionContext): boolean {
  const whole = (a: number, b: number): boolean => {
    const start = a + (text.slice(a, b).length - text.slice(a, b).trimStart().length);
    const end = b - (text.slice(a, b).length - text.slice(a, b).trimEnd().length);
    return start < end && ctx.actors.mentionsIn(start, end, SPEAKER_KINDS).some((m) => m.start <= start && m.end >= end);
  };
  // (the second name may be followed by its auxiliary: « Renault et Stellantis ont affirmé »)
  const second = ctx.actors.mentionsIn(coordEnd, vStart, SPEAKER_KINDS)[0];
  return whole(from, coordStart) && second !== undefined && /^\s*$/u.test(text.slice(coordEnd, second.start))
    && /^(?:\s+[\p{Ll}’']{1,12}){0,3}\s*$/u.test(text.slice(second.end, vStart));
}

/**
 * Who declines to comment or denies, when the subject of the denial is a pronoun or a relative (claims/<lang>/denial-relative,
 * claims/<lang>/denial-pronoun-reach). A relative after a comma stands for the actor right before that comma — "… after a long
 * fight with the Pentagon, which declined to comment" → the Pentagon; "Airbus, whose spokesman declined to comment", « Airbus,
 * dont le porte-parole n'a pas souhaité commenter » → Airbus. A pronoun stands for a subject of its own or the previous sentence
 * only: "Boeing won the contract in 2019. The tender was long and costly, according to analysts. It declined to comment" names no
 * denier (not Boeing, two sentences back, past another subject).
 */
function denierOf(text: string, doc: AnalysedText, ctx: ExtractionContext, c: CompiledLexicon, attr: Attribution, from: number, dStart: number): Attribution {
  const first = (words(text.slice(from, dStart))[0] ?? '').toLowerCase();
  if (c.lex.relativeSubjects?.includes(first) && /,\s*$/u.test(text.slice(Math.max(0, from - 3), from))) {
    const comma = text.lastIndexOf(',', from);
    const m = ctx.actors.nearestBefore(comma, Math.max(0, comma - 80), SPEAKER_KINDS);
    if (m && /^[\s.)’'»”"]*$/u.test(text.slice(m.end, comma))) return { text: m.actor.name, source: ActorIndex.ref(m.actor) };
    return { text: null, source: null };
  }
  if (attr.fromPronoun && attr.source) {
    const si = lastStartingAtOrBefore(doc.sentences, dStart);
    const reach = doc.sentences[Math.max(0, si - 1)]!.start;
    const actor = ctx.actors.byName(attr.source.name);
    if (!actor || !actor.mentions.some((mm) => mm.start >= reach && mm.start < dStart)) return { text: words(text.slice(from, dStart))[0] ?? null, source: null, fromPronoun: true };
  }
  return attr;
}

/** Attribution from the subject of the verb at `vStart` in `clause`. */
/** Right after a denial participle: "by " / « par » then the agent (the denier). */
const PASSIVE_AGENT = /^\s{1,3}(?:by|par)\s{1,3}(?=\S)/iu;
/** Right before a participle: a passive auxiliary, an adverb at most between ("was firmly", « a été »). */
const PASSIVE_AUX = /(?:^|\s)(?:was|were|is|are|been|being|été|est|sont|fut|furent|était|étaient)\s{1,3}(?:[a-zà-ÿ]{2,20}\s{1,3})?$/iu;

/** A hedge right before a report's verb (claims/<lang>/hedged-report): "reportedly told", « aurait déclaré », « auraient affirmé ». */
const HEDGED_REPORT_BEFORE = /(?:^|\s)(?:reportedly|allegedly|purportedly|supposedly|aurait|auraient)\s{1,3}(?:(?:also|already|privately|également|aussi|déjà|notamment)\s{1,3})?$/iu;

/** Subordinating conjunctions before the subject of a report (claims/<lang>/subordinate-subject); global, bounded. */
const SUBORDINATE_SUBJECT = /(?:^|\s)(?:after|before|when|because|while|since|until|although|though|whereas|once|lorsque|quand|parce\s{1,3}que|puisque|tandis\s{1,3}que|alors\s{1,3}que|après\s{1,3}que|avant\s{1,3}que|bien\s{1,3}que)\s|(?:^|\s)(?:lorsqu|puisqu|parce\s{1,3}qu|alors\s{1,3}qu|tandis\s{1,3}qu)['’]/giu;

/** A capitalised word opening a subordinate subject (claims/<lang>/subordinate-subject). */
const SUBORDINATE_SUBJECT_NAME = new RegExp(`^[${UPPER}]`, 'u');

function subjectAttribution(doc: AnalysedText, ctx: ExtractionContext, c: CompiledLexicon, clause: Span, vStart: number): Attribution {
  const { text } = doc;
  const passages: QuotedPassage[] = [];
  const comma = findLastComma(text, clause.start, vStart, passages);
  const region = text.slice(clause.start, vStart);
  const dashAt = Math.max(region.lastIndexOf(' - '), region.lastIndexOf(' – '));
  const dash = dashAt >= 0 ? clause.start + dashAt : -1;
  let from = Math.max(clause.start, comma + 1, dash >= clause.start ? dash + 2 : clause.start);
  // "…is a strategic partner in Asia and he also said that…": the subject follows the last coordinator
  const coordRe = /\s(?:and|but|et|mais|or|ou)\s/giu;
  let coord: RegExpExecArray | null = null;
  // (claims/<lang>/coordinator-in-name) not a coordinator inside an actor's name: "The Chinese Center for Disease Control and
  // Prevention said…", "the Department of Health and Human Services said…"
  for (let m = coordRe.exec(text.slice(from, vStart)); m !== null; m = coordRe.exec(text.slice(from, vStart))) {
    const inName = ctx.actors.mentionAt(from + m.index + 1);
    if (!inName || inName.start > from + m.index || inName.end < from + m.index + m[0].length - 1) coord = m;
  }
  // (but not between two names that are the subject together: "Tesla and Ford declined to comment", « Renault et Stellantis n'ont pas
  // souhaité commenter » — claims/<lang>/coordinated-subject)
  if (coord && words(text.slice(from + coord.index + coord[0].length, vStart)).length >= 1 && !coordinatedNames(text, from, from + coord.index, from + coord.index + coord[0].length, vStart, ctx)) {
    from = from + coord.index + coord[0].length;
  }
  // (claims/<lang>/subordinate-subject) "Shares in Vantor rose 4% after the company said it would cut jobs", « L'action a
  // chuté lorsque le groupe a annoncé que… »: the subject of a report in a subordinate clause follows its conjunction
  let sub: RegExpExecArray | null = null;
  SUBORDINATE_SUBJECT.lastIndex = 0;
  const lead = text.slice(from, vStart);
  for (let m = SUBORDINATE_SUBJECT.exec(lead); m !== null; m = SUBORDINATE_SUBJECT.exec(lead)) sub = m;
  // (a subject only: a determiner, a name or a pronoun opening at most six words, the verb finite — not "after the meeting
  // to tell her that…", "after talking it over with Rob and found out that…")
  if (sub) {
    const at = from + sub.index + sub[0].length;
    const chunk = words(text.slice(at, vStart));
    const first = chunk[0] ?? '';
    if (chunk.length >= 1 && chunk.length <= 6 && (c.determiners.has(first.toLowerCase()) || /^l['’]/iu.test(first) || SUBORDINATE_SUBJECT_NAME.test(first)
      || c.pronoun.test(first.toLowerCase())) && !/(?:^|\s)to\s*$/u.test(text.slice(at, vStart)) && !/[-–—:;]{2}|[:;]/u.test(text.slice(at, vStart))) from = at;
  }
  let subject = cleanSubject(text, from, vStart, c);
  // « Ils ont conclu que… »: the French subject pronouns are also trailers ("a elle"), so a clause opening on one is left
  // without a subject — the pronoun is the subject
  if (!words(subject.text).length) {
    const lead = SUBJECT_ATTRIBUTION_RE.exec(text.slice(from, vStart));
    if (lead && asPronoun(lead[1]!, c)) {
      const at = from + lead.index + lead[0].indexOf(lead[1]!);
      subject = makeSpan(text, at, at + lead[1]!.length);
    }
  }
  // "Mr. Reeves said he thought that…", « Il a dit qu'il pensait que… »: a report of one's own thought — the subject of
  // the outer report speaks, not the pronoun
  const outer = outerReporter(text, subject, c) ?? coordinatedReporter(text, subject, c);
  if (outer) subject = outer;
  const firstWord = (SUBJECT_ATTRIBUTION_RE_2.exec(subject.text)?.[0] ?? '').toLowerCase();
  // "Researchers in Salt Lake City, …, in collaboration with X report that": a chunk opening on a preposition is not the subject
  // (but a name opening on a particle is: "De Santis a parlé de…", "Van Rompuy said")
  const nameStart = ctx.actors.mentionAt(subject.start)?.start === subject.start
    || (subject.start > clause.start && NAME_PARTICLE.test(subject.text));
  const prepositional = !nameStart && (c.governing.has(firstWord) || c.gapOpeners.has(firstWord) && !c.determiners.has(firstWord));
  // "international observers, who have alleged some amount of fraud": a relative pronoun stands for the noun phrase before it
  if (RELATIVE.test(subject.text)) {
    const antecedent = antecedentBefore(text, clause.start, subject.start, c);
    if (antecedent) return spanAttribution(doc, ctx, c, antecedent);
  }
  // « La presse internationale a saisi cette affaire, notamment le quotidien français Libération qui a accusé Rajoy de… »,
  // "…, notably the daily Liberation, which accused Rajoy of…": a subject chunk ending on a relative pronoun is the noun
  // phrase before that pronoun (`claims/<lang>/…`, attribution only)
  // (the chunk without its pronoun and a leading gap adverb; not after a preposition: « n'a pas été appréciée par la
  // Commission européenne de Bruxelles qui regrette » is read below)
  const relative = /(?:^|\s)(who|which|qui)\s*$/iu.exec(subject.text);
  if (relative && relative.index > 0) {
    let at = subject.start;
    const gap = SUBJECT_ATTRIBUTION_RE_3.exec(subject.text);
    if (gap && c.gapOpeners.has(gap[1]!.toLowerCase()) && !c.determiners.has(gap[1]!.toLowerCase())) at += gap[0].length;
    // (« ce qui dément… »: a gap word right before the pronoun leaves no noun phrase — at most an empty one)
    const np = makeSpan(text, Math.min(at, subject.start + relative.index), subject.start + relative.index);
    const npWords = words(np.text).map((w) => w.toLowerCase());
    // a noun phrase only: a few words, no verb form ("This is from the guy who"), not ending on a preposition ("all of which")
    if (npWords.length >= 1 && npWords.length <= RELATIVE_NP_WORDS && !c.governing.has(npWords[0]!) && !c.governing.has(npWords.at(-1)!)
      && !npWords.some((w) => c.lex.auxiliaries.includes(w) || c.finiteSignals.has(w))) return spanAttribution(doc, ctx, c, np);
  }
  if (!words(subject.text).length && comma > clause.start) {
    // "The government candidate, Mr. Yanukovich, vowed…", "A government commission, the Rettig Commission, listed…": an
    // apposition that names an actor between the last two commas is the subject
    const prev = findLastComma(text, clause.start, comma, passages);
    const chunk = cleanSubject(text, prev + 1 > clause.start ? prev + 1 : clause.start, comma, c);
    // (only after a description: "Jan Egeland, the UN's chief of emergency relief, said" keeps the name)
    const head = { start: clause.start, end: Math.max(clause.start, prev) };
    // (and only right before the verb: "I got hold of the co-chair, Wayne Schroeder, and told him that…" is the first chunk's)
    const coordinated = /(?:^|\s)(?:and|et|but|mais|or|ou)(?:\s|$)/iu.test(text.slice(comma + 1, vStart));
    if (!coordinated && prev >= clause.start && words(chunk.text).length <= 6 && ctx.actors.mentionsIn(chunk.start, chunk.end, SPEAKER_KINDS).length
      && !ctx.actors.mentionsIn(head.start, head.end, SPEAKER_KINDS).length) {
      return spanAttribution(doc, ctx, c, chunk);
    }
  }
  if (!words(subject.text).length || prepositional) {
    // "Sears CEO Alan Lacy, speaking about the deal, promised": the first chunk of the clause
    from = skipLeadingAdverbials(text, clause.start, vStart, c);
    const first = findTopLevelComma(text, from, vStart, passages);
    subject = cleanSubject(text, from, first >= 0 ? first : vStart, c);
    // (claims/<lang>/apposed-name) a description, then the name in apposition right before the verb: "The finance minister,
    // John Carter, said that…", « Le ministre de l'Économie, Jean Dupont, a déclaré que… » — both name the source (the
    // description alone hid the name)
    // (the description may already be linked to the name as an alias: "the finance minister" → John Carter)
    if (first >= 0 && words(subject.text).length) {
      const rest = cleanSubject(text, first + 1, vStart, c);
      const named = ctx.actors.mentionAt(rest.start);
      if (named && named.start === rest.start && named.end === rest.end && SPEAKER_KINDS.includes(named.actor.kind)
        && ctx.actors.mentionsIn(subject.start, subject.end, SPEAKER_KINDS).every((m) => m.actor === named.actor)) {
        subject = makeSpan(text, subject.start, named.end);
      }
    }
    // « De son côté, B. Obama, même en pleine course…, fait savoir qu'il… », "For his part, Obama, even in the final
    // stretch, said that…": past a fronted prepositional chunk, the first chunk that opens on a name is the subject
    const lead = SUBJECT_ATTRIBUTION_RE_4.exec(subject.text)?.[0]?.toLowerCase() ?? '';
    if (!words(subject.text).length || (first >= 0 && (c.governing.has(lead) || c.gapOpeners.has(lead)) && !ctx.actors.mentionsIn(subject.start, subject.end, SPEAKER_KINDS).length)) {
      let at = words(subject.text).length ? first + 1 : clause.start;
      for (let k = 0; k < 4 && at < vStart; k++) {
        const next = findTopLevelComma(text, at, vStart, passages);
        const chunk = cleanSubject(text, at, next >= 0 ? next : vStart, c);
        const named = ctx.actors.mentionAt(chunk.start);
        if (named && named.start === chunk.start && SPEAKER_KINDS.includes(named.actor.kind)) {
          // the name and the names right after it ("le président | François Hollande"), not the rest of the chunk's predicate
          let end = named.end;
          for (const m of ctx.actors.mentionsIn(named.end, chunk.end, SPEAKER_KINDS)) {
            if (m.start - end > 1) break;
            end = Math.max(end, m.end);
          }
          subject = makeSpan(text, chunk.start, end);
          break;
        }
        if (next < 0) break;
        at = next + 1;
      }
    }
  }
  // « Sur les neuf dernières enquêtes publiées sur l'Ohio, huit donnent… », "Of the nine latest polls, eight give…": a bare
  // number after a fronted partitive counts the partitive's noun, which is the source
  if (SUBJECT_ATTRIBUTION_RE_5.test(subject.text) && comma > clause.start) {
    const fronted = skipConnectorsOnly(text, clause.start, comma);
    if (/^(?:sur|parmi|of|among)\s/iu.test(text.slice(fronted, comma))) subject = makeSpan(text, fronted, comma);
  }
  return spanAttribution(doc, ctx, c, truncateAtAuxiliary(text, subject, c));
}

/**
 * The subject of an outer report when `subject` is "NP <reporting verb> <pronoun>" ("Mr. Reeves said he",
 * « le ministre a dit qu'il »): the NP; else null. One scan of the (short) subject region.
 */
function outerReporter(text: string, subject: Span, c: CompiledLexicon): Span | null {
  const re = c.reportingInner;
  re.lastIndex = 0;
  const region = subject.text;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = re.exec(region)) !== null) last = m;
  if (!last || last.index === 0) return null;
  const after = region.slice(last.index + last[0].length).replace(/^\s*(?:that|que|qu['’])?\s*/iu, '');
  if (!asPronoun(after, c)) return null;
  const np = cleanSubject(text, subject.start, subject.start + last.index, c);
  return words(np.text).length ? np : null;
}

/**
 * The subject of two coordinated verb phrases when `subject` is "NP <reporting verb> … and/et" (« Pastor leur répondit
 * et nia leur version », "the minister spoke to reporters and denied…"): the NP before the first reporting verb; else null.
 */
function coordinatedReporter(text: string, subject: Span, c: CompiledLexicon): Span | null {
  if (!/\s(?:and|et)$/iu.test(subject.text)) return null;
  const re = c.reportingInner;
  re.lastIndex = 0;
  // (claims/coordinated-subject) "Swift took to social media and accused…", "her staff made a bunch of phone calls and
  // claim…", « le ministre a pris la parole et a affirmé… »: the first verb of the coordination ends the subject
  const m = re.exec(subject.text) ?? FIRST_VERB_RE.exec(subject.text);
  if (!m || m.index === 0) return null;
  const np = cleanSubject(text, subject.start, subject.start + m.index, c);
  return words(np.text).length && words(np.text).length <= 6 ? np : null;
}

/** The first past-tense verb or perfect auxiliary of a subject chunk: " took", " made", " announced", « a », « ont ». */
const FIRST_VERB_RE = /\s(?:[a-z]{2,20}ed|took|made|went|came|gave|sent|met|held|left|spent|brought|got|put|ran|flew|spoke|has|have|had|a|ont|avait|avaient|est|sont)\s/u;

/** A capitalised name particle before a capitalised word, mid-sentence: "De Santis", "Van Rompuy", "Di Maio", "Le Pen". */
const NAME_PARTICLE = new RegExp(`^(?:De|Du|Des|Van|Von|Di|Da|Del|Della|Dos|Le|La)\\s+[${UPPER}]`, 'u');

/**
 * True when the verb at `vStart` follows a comma that closes a chunk holding
 * an auxiliary or a finite-verb signal: "Mouss Diouf est mort à Marseille,
 * a révélé son avocate" (inverted subject after), not "David Martin, le
 * rapporteur du texte, a reconnu…" (an apposition between commas).
 */
function invertedAfterComma(text: string, clauseStart: number, vStart: number, c: CompiledLexicon, passages: readonly QuotedPassage[]): boolean {
  let e = vStart;
  while (e > clauseStart && /\s/.test(text[e - 1]!)) e--;
  if (text[e - 1] !== ',') return false;
  const prev = findLastComma(text, clauseStart, e - 1, passages);
  const chunk = words(text.slice(Math.max(clauseStart, prev + 1), e - 1)).map((w) => w.toLowerCase());
  return chunk.some((w) => c.lex.auxiliaries.includes(w) || c.finiteSignals.has(w));
}

/** A hedge word that is an adverb ("reportedly", « apparemment »), not a modal ("would", « pourrait »). */
const HEDGE_ADVERB_FORM = /(?:ly|ment)$/u;

/** Longest time adjunct between an apposed participle and its closing comma, code units (", announced late on Friday,"). */
const APPOSED_REACH = 40;

/**
 * Whether the cue at `vStart`–`vEnd` opens an apposition: a comma right before it, then only time adjuncts up to a closing comma
 * (", announced on Friday,", ", unveiled last week,") — the participle describes the noun before it (claims/en/apposed-participle).
 */
function apposedTimeOnly(text: string, vStart: number, vEnd: number, c: CompiledLexicon): boolean {
  if (!/,\s{0,2}$/u.test(text.slice(Math.max(0, vStart - 3), vStart))) return false;
  const rest = text.slice(vEnd, Math.min(text.length, vEnd + APPOSED_REACH));
  const stop = rest.search(/[,.;:!?]/u);
  if (stop < 0 || rest[stop] !== ',') return false;
  const ws = words(rest.slice(0, stop)).map((w) => w.toLowerCase());
  return ws.length > 0 && ws.every((w) => c.timeAdjuncts.has(w));
}

/** Forms of "be" (EN, FR) before a participle that make it a passive, not a report: "were reported", « a été annoncé » is compound. */
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", "weren't", 'été', 'être', 'est', 'sont', 'était', 'étaient']);

/** Spelled-out numbers that open a subject noun phrase: "Police said two people were killed". */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundreds', 'thousands',
  'dozens', 'millions', 'about', 'nearly', 'almost', 'more', 'at',
]);

/** Words that cannot open the object of a promise-type verb: prepositions and object pronouns (EN and FR). */
const NO_OBJECT: ReadonlySet<string> = new Set(['by', 'par', 'as', 'from', 'me', 'him', 'them', 'us', 'you', 'comme', 'me', 'nous', 'vous']);

/** A relative pronoun standing alone as a subject ("who", « qui »). */
const RELATIVE = /^(?:who|which|that|qui)$/iu;
/** Most words of the noun phrase before a relative pronoun read as a subject ("notamment le quotidien français Libération qui"). */
const RELATIVE_NP_WORDS = 6;

/** Built once for {@link antecedentBefore} (character classes: text/char-classes.ts). */
const ANTECEDENT_BEFORE_RE = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');

/**
 * The noun phrase right before a relative pronoun at `relStart` (a comma may
 * separate them): up to five words back, stopping after a preposition, an
 * auxiliary or a comma, and at a determiner (included). Example: "The election
 * was closely monitored by international observers, who" → "international observers".
 * Returns null when no word precedes it within the clause.
 */
function antecedentBefore(text: string, clauseStart: number, relStart: number, c: CompiledLexicon): Span | null {
  let e = relStart;
  while (e > clauseStart && /[\s,]/.test(text[e - 1]!)) e--;
  const from = Math.max(clauseStart, e - 80);
  const toks: { w: string; at: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’\-]{0,40}|[,;:()]/gu;
  let m: RegExpExecArray | null;
  const region = text.slice(from, e);
  while ((m = re.exec(region)) !== null) toks.push({ w: m[0].toLowerCase(), at: from + m.index });
  let start = -1;
  for (let k = toks.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const { w, at } = toks[k]!;
    if (!ANTECEDENT_BEFORE_RE.test(w) || c.governing.has(w) || c.lex.auxiliaries.includes(w) || w === 'by' || w === 'par') break;
    start = at;
    if (c.determiners.has(w)) break;
  }
  return start >= 0 ? makeSpan(text, start, e) : null;
}

/** Built once for {@link participleAttribution} (character classes: text/char-classes.ts). */
const PARTICIPLE_ATTRIBUTION_RE = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');

/** Built once for {@link participleAttribution} (character classes: text/char-classes.ts). */
const PARTICIPLE_ATTRIBUTION_RE_2 = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');

/**
 * The source of a participle: the noun phrase right before it when nothing
 * separates them ("une croyance locale affirmant que…", "reports stating
 * that…"), else the clause's subject (", saying that…", "en affirmant que…").
 */
/** The first verb of a participle's main clause: a past form, a verb of saying, an auxiliary ("Morrison said in a statement, …"). */
const PARTICIPLE_MAIN_VERB_RE = /\s(?:[a-z]{2,20}ed|said|says|told|wrote|took|made|went|came|gave|sent|met|held|left|spent|brought|got|put|ran|flew|spoke|is|are|was|were|has|have|had|a|ont|avait|avaient|est|sont)\s/u;

function participleAttribution(doc: AnalysedText, ctx: ExtractionContext, c: CompiledLexicon, clause: Span, vStart: number): Attribution {
  const { text } = doc;
  const from = Math.max(clause.start, vStart - 80);
  const before = text.slice(from, vStart);
  const toks: { w: string; at: number }[] = [];
  const re = /[\p{L}\p{N}'’\-]+|[,;:«»"“”()]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) toks.push({ w: m[0].toLowerCase().replace(/’/g, "'"), at: from + m.index });
  const last = toks[toks.length - 1]?.w ?? '';
  // (claims/<lang>/participle-subject) "The company welcomed the ruling, saying that it would appeal", « Le gouvernement a
  // salué l'accord, affirmant que… »: after the comma of its main clause, a participle's subject is that clause's subject,
  // before its first verb (not the whole clause)
  if (last === ',') {
    const main = PARTICIPLE_MAIN_VERB_RE.exec(text.slice(clause.start, toks[toks.length - 1]!.at));
    if (main && main.index > 0) {
      const attr = subjectAttribution(doc, ctx, c, clause, clause.start + main.index + 1);
      if (attr.text) return attr;
    }
  }
  // "officials are predicting that…": a progressive form has a subject, not a noun before it
  const auxiliary = c.lex.auxiliaries.includes(last) || ['be', 'been', 'being', 'am', 'être', 'étant'].includes(last);
  if (toks.length && PARTICIPLE_ATTRIBUTION_RE.test(last) && last !== 'en' && last !== 'by' && !auxiliary) {
    let start = -1;
    for (let k = toks.length - 1, n = 0; k >= 0 && n < 5 && PARTICIPLE_ATTRIBUTION_RE_2.test(toks[k]!.w); k--, n++) {
      const { w, at } = toks[k]!;
      if (c.governing.has(w)) break;
      const elided = /^[dl]'(.+)$/.exec(w);
      if (elided) {
        // "d'une croyance": the noun phrase starts after the elided article
        start = at + 2;
        break;
      }
      start = at;
      if (c.determiners.has(w)) break;
    }
    if (start >= clause.start && start < vStart) {
      // "The ministry issued a statement saying that…", « TVE a émis un communiqué de presse affirmant que… »: a message
      // speaks for its author, the subject before the verb that issued it
      const author = messageAuthor(text, toks, start, clause, c);
      if (author) return spanAttribution(doc, ctx, c, author);
      return spanAttribution(doc, ctx, c, makeSpan(text, start, vStart));
    }
  }
  return subjectAttribution(doc, ctx, c, clause, vStart);
}

/** Verbs that issue a message ("issued a statement", « a publié un communiqué »): the words between the author and the message. */
const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'issued', 'issues', 'released', 'releases', 'published', 'publishes', 'posted', 'posts', 'sent', 'sends', 'put', 'out',
  'émis', 'émet', 'publié', 'publie', 'diffusé', 'diffuse', 'envoyé', 'adressé', 'rendu', 'public',
]);

/** Built once for {@link messageAuthor} (character classes: text/char-classes.ts). */
const MESSAGE_AUTHOR_RE = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');

/** Built once for {@link messageAuthor} (character classes: text/char-classes.ts). */
const MESSAGE_AUTHOR_RE_2 = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');

/**
 * The author of a message noun phrase right before a participle: "The ministry issued a statement | saying" → "The
 * ministry"; « TVE a émis le lendemain un communiqué de presse | affirmant » → « TVE ». `toks` are the words before the
 * participle, `npStart` the start of the noun phrase found before it. Null when no message noun is in the last five
 * words or no author precedes its issuing verb in the clause.
 */
function messageAuthor(text: string, toks: readonly { w: string; at: number }[], npStart: number, clause: Span, c: CompiledLexicon): Span | null {
  let k = toks.length - 1;
  let msg = -1;
  for (let n = 0; k >= 0 && n < 5; k--, n++) {
    if (c.lex.messageNouns.includes(toks[k]!.w)) { msg = k; break; }
  }
  if (msg < 0 || toks[msg]!.at > npStart + 40) return null;
  // back over the message's determiner, time adjuncts and the issuing verb (and its auxiliary) to the author
  let j = msg - 1;
  if (j >= 0 && c.determiners.has(toks[j]!.w)) j--;
  let sawVerb = false;
  while (j >= 0 && (ISSUING_VERBS.has(toks[j]!.w) || c.timeAdjuncts.has(toks[j]!.w) || ['le', 'lendemain', 'même', 'jour'].includes(toks[j]!.w))) {
    if (ISSUING_VERBS.has(toks[j]!.w)) sawVerb = true;
    j--;
  }
  if (!sawVerb || j < 0) return null;
  while (j >= 0 && c.lex.auxiliaries.includes(toks[j]!.w)) j--;
  if (j < 0 || !MESSAGE_AUTHOR_RE.test(toks[j]!.w)) return null;
  const end = toks[j]!.at + toks[j]!.w.length;
  // the author runs back to the clause start or the last punctuation token
  let b = j;
  while (b > 0 && MESSAGE_AUTHOR_RE_2.test(toks[b - 1]!.w) && j - b < 6) b--;
  const from = Math.max(clause.start, toks[b]!.at);
  return from < end ? makeSpan(text, from, end) : null;
}

/** Cuts a subject region before its first auxiliary once it has a word ("La direction du courrier a immédiatement réagi" → "La direction du courrier"). */
function truncateAtAuxiliary(text: string, span: Span, c: CompiledLexicon): Span {
  const re = /[\p{L}'’]+/gu;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(span.text)) !== null) {
    if (n > 0 && c.lex.auxiliaries.includes(m[0].toLowerCase())) return makeSpan(text, span.start, span.start + m.index);
    n++;
  }
  return span;
}

/** The quoted passages of `doc` ({@link findQuotedPassages} computes them once per document and shares them with quotes). */
const passagesOf = (doc: AnalysedText): QuotedPassage[] => findQuotedPassages(doc.text, doc.paragraphs);

/** Built once for {@link spanAttribution} (character classes: text/char-classes.ts). */
const SPAN_ATTRIBUTION_RE = new RegExp(`^[${LETTER}]{1,20}(?:-t)?-([${LETTER}]{2,5})$`, 'u');

/** Attribution from a subject or source-phrase span: its words, and its actor when it names one. */
/** A preposition after an -s form that makes it a plural noun: "fears about", "claims over", « (none in French) ». */
const NOUN_FORM_NEXT = /^\s{1,3}(?:about|over|among|surrounding|regarding)(?![\p{L}])/u;

/**
 * A source named after a complement, at the end of its clause, opening with a determiner or a number: ", a second person
 * briefed on the call said.", ", two officials told Reuters." (group 1 the source; {@link POSTPOSED_REPORTER} has names).
 */
const OUTER_REPORTER = new RegExp(`,\\s{1,3}((?:a|an|the|one|two|three|four|several|other)\\s{1,3}[^,;:"“”«»]{3,80}?)\\s{1,3}(?:said|says|told\\s{1,3}[${UPPER}][${LETTER}]{1,20}|reported)[\\s.]{0,3}$`, 'u');

/** A clause that opens with its complementizer, after the split at "but"/« mais »: "that they did not know…", « qu'il… ». */
const BUT_THAT_RE = new RegExp(`^\\s{0,3}(?:([${LETTER}]{2,10})\\s{1,3})?(that(?![${LETTER}])|que(?![${LETTER}])|qu['’])\\s{0,3}`, 'iu');

/**
 * (claims/<lang>/source-pronoun) The actor a pronoun of a short source phrase stands for: "according to him", « selon
 * lui », « pour elle », « à ses yeux » → the last subject of its kind ({@link ReportingLexicon.sourcePronouns}). Null when
 * the phrase holds no such pronoun, is longer than four words, or no actor is found.
 */
function sourcePronounAttribution(doc: AnalysedText, ctx: ExtractionContext, c: CompiledLexicon, phrase: Span): Attribution | null {
  const map = c.lex.sourcePronouns;
  if (!map) return null;
  const ws = words(phrase.text).map((w) => w.toLowerCase());
  if (ws.length > 4) return null;
  // the pronoun ends the phrase: « selon lui », « à ses yeux » (not « selon ses proches »)
  const pron = map[ws.slice(-2).join(' ')] ?? map[ws[ws.length - 1] ?? ''];
  if (!pron) return null;
  // an object pronoun stands for a person first (« pour lui » of a politician, not of his party), then for any actor of its kind
  const m = lastSubject(doc.text, doc.sentences, ctx.actors, phrase.start, c, ['person'], passagesOf(doc))
    ?? lastSubject(doc.text, doc.sentences, ctx.actors, phrase.start, c, c.lex.pronouns[pron] ?? SPEAKER_KINDS, passagesOf(doc));
  return m ? { text: m.actor.name, source: ActorIndex.ref(m.actor), fromPronoun: true } : null;
}

function spanAttribution(doc: AnalysedText, ctx: ExtractionContext, c: CompiledLexicon, span: Span, maxWords = MAX_SUBJECT_WORDS): Attribution {
  const { text } = doc;
  if (span.end <= span.start) return { text: null, source: null };
  // « …, a-t-il affirmé », « …, explique-t-elle »: an inverted clitic is the subject pronoun
  const clitic = SPAN_ATTRIBUTION_RE.exec(span.text);
  const pron = asPronoun(clitic ? clitic[1]! : span.text, c);
  if (pron) {
    // "The site operators have set up a fund to raise the $30,000 per month they estimate will be necessary": a plural
    // pronoun stands for the plural common noun phrase that is the subject of its own sentence
    const own = PLURAL_PRONOUNS.has(pron) ? pluralSubjectBefore(doc, span.start, c) : null;
    if (own) return { text: own.text, source: null, fromPronoun: true };
    // "Scientists using a computer model… have compared… They have concluded that…", « Malgré tout, des analystes jugent…
    // Ils estiment que… »: a plural pronoun stands for the source noun that opens the previous sentence (before any
    // earlier actor: a named organisation is "it", « il », « elle »)
    const noun = PLURAL_PRONOUNS.has(pron) ? sourceNounBefore(doc, span.start, c) : null;
    if (noun) return { text: noun.text, source: null, fromPronoun: true };
    const m = lastSubject(text, doc.sentences, ctx.actors, span.start, c, c.lex.pronouns[pron] ?? SPEAKER_KINDS, passagesOf(doc));
    if (m) return { text: m.actor.name, source: ActorIndex.ref(m.actor), fromPronoun: true };
    return { text: span.text, source: null, fromPronoun: true };
  }
  const mention = subjectMention(text, ctx.actors, span.start, span.end, c, SPEAKER_KINDS, passagesOf(doc));
  if (words(span.text).length > maxWords) {
    return mention ? { text: mention.text, source: ActorIndex.ref(mention.actor) } : { text: null, source: null };
  }
  return { text: span.text, source: mention ? ActorIndex.ref(mention.actor) : null };
}

/** Built once for {@link findSourcePhrase} (character classes: text/char-classes.ts). */
const FIND_SOURCE_PHRASE_RE = new RegExp(`^[${LETTER}]+`, 'u');

/** Built once for {@link findSourcePhrase} (character classes: text/char-classes.ts). */
const FIND_SOURCE_PHRASE_RE_2 = new RegExp(`^[${LETTER}'’]+`, 'u');

/** Built once for {@link findSourcePhrase} (character classes: text/char-classes.ts). */
const FIND_SOURCE_PHRASE_RE_3 = new RegExp(`^[${LETTER}'’]+\\s+([${LETTER}-]+)`, 'u');

/**
 * A source phrase of the clause and the claim around it: "According to X,
 * CLAIM", "CLAIM, according to X", "CLAIM selon X, …", "Pour le procureur
 * fédéral, CLAIM". The phrase runs to the next comma or the clause end.
 */
/** A relative or citing participle after a source phrase's comma (claims/<lang>/source-relative). */
const SOURCE_RELATIVE = new RegExp(`^\\s{0,3}(?:which|who|citing|quoting|qui|citant)(?![${LETTER}])`, 'iu');

/**
 * (claims/<lang>/not-a-source) What follows a source cue that names no source: a schedule or a custom the statement
 * conforms to ("according to plan", "according to the timetable", « selon le calendrier prévu », « selon l'usage », « selon
 * la procédure habituelle », « Les frégates, selon le programme, seront livrées en 2029 »: a bare « le programme » is the
 * schedule), a newsroom's own check (« de source indépendante », "independently"), or a dependency
 * (« selon les régions », « selon les cas »: "depending on").
 */
const NOT_A_SOURCE = new RegExp(`^\\s{0,3}(?:(?:the|its|their|le|la|les|l['’]|son|sa|ses|leur|leurs)\\s{0,3})?(?:plan|schedule|timetable|calendrier|planning|échéancier|usage|usages|coutume|tradition|procédure|indépendantes?|cas|régions|périodes|saisons|modèles|versions|scénarios?)(?![${LETTER}])|^\\s{0,3}(?:le|son|leur)\\s{1,3}(?:programme|plan)\\s{1,3}(?:prévu|établi|initial|officiel)(?![${LETTER}])|^\\s{0,3}le\\s{1,3}programme\\s{0,3}$`, 'iu');

/** A quotation mark (claims/en/per-source). */
const QUOTE_MARK = /["“”«»]/u;

/** "per" after a comma, before a capitalised name (claims/en/per-source): ", per the WHO", ", per Reuters". */
const PER_SOURCE_RE = new RegExp(`(?<=,\\s{1,2})per(?=\\s{1,2}(?:the\\s{1,2})?[${UPPER}])`, 'gu');

function findSourcePhrase(text: string, clause: Span, c: CompiledLexicon, passages: readonly QuotedPassage[], ctx: ExtractionContext):
  { phrase: Span; claimStart: number; claimEnd: number; cue: string } | null {
  const clauseText = text.slice(clause.start, clause.end);
  // (claims/en/per-source) "Yersinia pestis, per the WHO, is often found in small mammals": "per" after a comma and before
  // a capitalised name, read after the lexicon's source phrases (not "5 per cent", "$3 per share", "price per gram")
  const res = c.lex.complementizers.includes('that') ? [c.sourcePhrase, PER_SOURCE_RE] : [c.sourcePhrase];
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clauseText)) !== null) {
      const pStart = clause.start + m.index;
      if (insidePassage(passages, pStart)) continue;
      const comma = findTopLevelComma(text, pStart + m[0].length, clause.end, passages);
      const pEnd = comma >= 0 ? comma : clause.end;
      const phrase = trimPhrase(text, pStart, pEnd);
      if (!citedSource(text, phrase, m[0], c, ctx)) continue;
      // (claims/en/per-source) and only before a speaking actor: ", per the WHO,"
      // (not after a quotation: "“Don't hide things like this,” one Weibo commenter said, per Feng" is the quote's)
      if (re === PER_SOURCE_RE && (!ctx.actors.mentionsIn(pStart + 3, phrase.end, SPEAKER_KINDS).some((mm) => mm.start <= pStart + 9)
        || QUOTE_MARK.test(text.slice(clause.start, pStart)))) continue;
      if (NOT_A_SOURCE.test(text.slice(pStart + m[0].length, Math.min(pEnd, pStart + m[0].length + 60)))) continue;
      const before = skipLeadingAdverbials(text, clause.start, pStart, c, passages);
      const beforeText = text.slice(before, pStart);
      const beforeWords = words(beforeText).length;
      // (claims/<lang>/source-relative) not "…, according to the Wall Street Journal, which cited people familiar with the plans",
      // « …, selon Les Echos, qui cite des sources proches du dossier »: a relative or a citing participle after the source's
      // comma describes the source, and the claim is the part before it
      const parenthetical = /,\s*$/.test(beforeText) && comma >= 0 && words(text.slice(comma + 1, clause.end)).length >= MIN_WORDS
        && !SOURCE_RELATIVE.test(text.slice(comma + 1, Math.min(clause.end, comma + 20)));
      if (beforeWords >= MIN_WORDS && parenthetical) {
        // "Les Talibans ont visé cet hôtel car, selon eux, …" → what follows; "Le crash, selon les enquêteurs, serait dû…" → the whole clause
        const lastWord = lastWordOf(beforeText).toLowerCase();
        if (c.lex.subordinators.includes(lastWord)) return { phrase, claimStart: comma + 1, claimEnd: clause.end, cue: m[0] };
        return { phrase, claimStart: before, claimEnd: clause.end, cue: m[0] };
      }
      if (beforeWords >= MIN_WORDS) return { phrase, claimStart: before, claimEnd: pStart, cue: m[0] };
      // (claims/<lang>/source-inside-subject) « Le groupe, selon Le Figaro, aurait proposé… », "Apple, according to Bloomberg,
      // plans to cut production": a short subject (a determiner and its noun, or a name) before the inserted source belongs
      // to the claim, which is the whole clause
      if (parenthetical && beforeWords > 0 && !c.lex.subordinators.includes(lastWordOf(beforeText).toLowerCase())) {
        const firstWord = (words(beforeText)[0] ?? '').toLowerCase().replace(/['’]$/u, '');
        const subject = c.determiners.has(firstWord) || /^l['’]/u.test(beforeText.trimStart().toLowerCase())
          || ctx.actors.mentionsIn(before, pStart, SPEAKER_KINDS).some((mm) => mm.start <= before + 1);
        if (subject) return { phrase, claimStart: before, claimEnd: clause.end, cue: m[0] };
      }
      if (comma >= 0) {
        // "Selon la fédération des banques, Febelfin, « … »": an appositive name belongs to the source
        let from = comma + 1;
        let phraseEnd = pEnd;
        const next = findTopLevelComma(text, from, clause.end, passages);
        if (next >= 0 && isAppositive(text.slice(from, next), c)) {
          phraseEnd = next;
          from = next + 1;
        }
        return { phrase: makeSpan(text, pStart, phraseEnd), claimStart: from, claimEnd: clause.end, cue: m[0] };
      }
      // "According to official sources Brazil and South Korea also discussed…": no comma after the source
      const cut = sourcePhraseEnd(text, pStart + m[0].length, clause.end, c);
      if (cut !== null && words(text.slice(cut, clause.end)).length >= MIN_WORDS) {
        return { phrase: makeSpan(text, pStart, cut), claimStart: cut, claimEnd: clause.end, cue: m[0] };
      }
    }
  }
  // "Pour le procureur fédéral, …": a leading preposition on a source that names an actor
  const lead = c.lex.leadingSourcePrepositions;
  if (lead.length) {
    const start = skipConnectorsOnly(text, clause.start, clause.end);
    const first = (FIND_SOURCE_PHRASE_RE.exec(text.slice(start, start + 20))?.[0] ?? '').toLowerCase();
    if (lead.includes(first)) {
      const comma = findTopLevelComma(text, start, clause.end, passages);
      if (comma > 0 && words(text.slice(start, comma)).length <= 8) {
        const afterPrep = text.slice(start + first.length, comma).trim();
        const det = (FIND_SOURCE_PHRASE_RE_2.exec(afterPrep)?.[0] ?? '').toLowerCase();
        // a named actor, or a role that speaks: « Pour le procureur fédéral, … », « Pour les experts, … » (not « Pour le moment, … »)
        const head = (FIND_SOURCE_PHRASE_RE_3.exec(afterPrep.replace(/^l['’]\s*/u, 'l ')))?.[1]?.toLowerCase() ?? '';
        const named = ctx.actors.mentionsIn(start, comma, SPEAKER_KINDS).length > 0 || c.lex.sourceNouns.includes(head);
        // (claims/fr/source-pronoun) « Pour lui, la hausse des prix est temporaire »: a pronoun source
        const pronounSource = c.lex.sourcePronouns?.[afterPrep.toLowerCase()] !== undefined;
        // (claims/fr/pour-name) « Pour Jan Hamáček, cette attitude est méprisante »: a bare name that is a speaking actor,
        // the whole phrase (at most four words, capitalised)
        const bareName = /^[A-ZÀ-Ý]/u.test(afterPrep) && words(afterPrep).length <= 4 && ctx.actors.mentionsIn(start, comma, SPEAKER_KINDS)
          .some((mm) => mm.start <= start + first.length + 2 && mm.end >= comma - 1);
        if (((c.determiners.has(det) || /^l['’]/.test(det)) && named) || pronounSource || bareName) {
          return { phrase: makeSpan(text, start, comma), claimStart: comma + 1, claimEnd: clause.end, cue: first };
        }
      }
    }
  }
  return null;
}

/**
 * claims/<lang>/citing-reason: whether a source phrase names a source. A citing phrase ({@link ReportingLexicon.citing}) does only
 * when its complement holds a speaking actor, a source noun or a document ("citing Reuters", "citing officials", "citing a report");
 * "The company expects profits to rise, citing strong demand in China", « citant une demande faible » give a reason, no source.
 */
function citedSource(text: string, phrase: Span, cue: string, c: CompiledLexicon, ctx: ExtractionContext): boolean {
  const citing = c.lex.citing;
  if (!citing || !citing.phrases.includes(cue.toLowerCase())) return true;
  if (ctx.actors.mentionsIn(phrase.start, phrase.end, SPEAKER_KINDS).length > 0) return true;
  return words(text.slice(phrase.start + cue.length, phrase.end)).some((w) => {
    const lw = w.toLowerCase();
    return c.lex.sourceNouns.includes(lw) || citing.documents.includes(lw);
  });
}

/** Built once for {@link isAppositive} (character classes: text/char-classes.ts). */
const IS_APPOSITIVE_RE = new RegExp(`^\\s*[${UPPER}]`, 'u');

/**
 * True when a chunk between commas after a source is an apposition naming
 * it: a short name ("Selon la fédération des banques, Febelfin, …") or a
 * role ("Selon Marie Dupont, avocate de la famille, …", "According to Maria
 * Lopez, a lawyer for the family, …").
 */
function isAppositive(chunk: string, c: CompiledLexicon): boolean {
  const ws = words(chunk);
  if (ws.length <= 3 && IS_APPOSITIVE_RE.test(chunk)) return true;
  if (ws.length > 7) return false;
  const first = (ws[0] ?? '').toLowerCase();
  const head = c.determiners.has(first) || first === 'a' || first === 'an' || first === 'un' || first === 'une' ? (ws[1] ?? '').toLowerCase() : first;
  return c.lex.personDescriptions.includes(head) || c.lex.sourceNouns.includes(head);
}

/** Built once for {@link sourcePhraseEnd} (character classes: text/char-classes.ts). */
const SOURCE_PHRASE_END_RE = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link sourcePhraseEnd} (character classes: text/char-classes.ts). */
const SOURCE_PHRASE_END_RE_2 = new RegExp(`^[${LOWER}]`, 'u');

/** Built once for {@link sourcePhraseEnd} (character classes: text/char-classes.ts). */
const SOURCE_PHRASE_END_RE_3 = new RegExp(`^[${UPPER}]`, 'u');

/**
 * Where a source phrase without a closing comma ends: before a determiner or
 * pronoun, or before a capitalised word that follows a lower-case content
 * word, from its third word on ("according to official sources | Brazil…").
 */
function sourcePhraseEnd(text: string, from: number, end: number, c: CompiledLexicon): number | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’\-]{0,40}/gu;
  const region = text.slice(from, Math.min(end, from + 200));
  let m: RegExpExecArray | null;
  let n = 0;
  let prev = '';
  while ((m = re.exec(region)) !== null) {
    n++;
    const w = m[0];
    const lower = w.toLowerCase();
    if (n >= 3) {
      const prevLowerContent = SOURCE_PHRASE_END_RE.test(prev) && !c.determiners.has(prev) && !c.governing.has(prev);
      if (c.determiners.has(lower) && SOURCE_PHRASE_END_RE_2.test(w)) return from + m.index;
      if (c.pronoun.test(lower) || (SOURCE_PHRASE_END_RE_3.test(w) && prevLowerContent)) return from + m.index;
    }
    prev = w;
  }
  return null;
}

/** Built once for {@link lastWordOf} (character classes: text/char-classes.ts). */
const LAST_WORD_OF_RE = new RegExp(`^[${LETTER}'’]$`, 'u');

/**
 * The last word of `s` when only spaces and commas follow it, else '': what
 * `/([\p{L}'’]+)[\s,]*$/u` captures, found from the end (the regex, retried
 * at every start, is quadratic on a long run of letters or spaces).
 * Example: "Les Talibans ont visé cet hôtel car, " → "car".
 */
function lastWordOf(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ',' || /\s/.test(s[e - 1]!))) e--;
  let b = e;
  while (b > 0) {
    // a letter outside the BMP is a surrogate pair
    const unit = b >= 2 && /[\uDC00-\uDFFF]/.test(s[b - 1]!) && /[\uD800-\uDBFF]/.test(s[b - 2]!) ? s.slice(b - 2, b) : s[b - 1]!;
    if (!LAST_WORD_OF_RE.test(unit)) break;
    b -= unit.length;
  }
  return s.slice(b, e);
}

/** A source-phrase span without trailing punctuation or quotation marks ("according to \"El Mundo\"." → according to "El Mundo). */
function trimPhrase(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s.,;:!?"»”]/.test(text[e - 1]!)) e--;
  return makeSpan(text, start, e);
}

function skipConnectorsOnly(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s,.\-–—]/.test(text[s]!)) s++;
  return s;
}

/** Plural subject pronouns ("they", « ils », « elles »): they may stand for a plural source noun. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'ils', 'elles']);

/** A sentence opening on the view of a plural group: « Pour les détracteurs du glyphosate, », "For many critics of the plan,". */
const VIEW_OPENING = new RegExp(`^\\s*(?:Pour|For)\\s+((?:les|des|de\\s+nombreux|nombre\\s+de|the|many|some|most)\\s+[${LOWER}][${LETTER}-]{2,30}[sx](?:\\s+[^,.;:!?]{1,50})?),`, 'u');

/**
 * A source noun ({@link ReportingLexicon.sourceNouns}) among the first three words of the sentence before the one holding
 * `at`, after its leading adverbials: "Scientists using a computer model…" → "Scientists", « Malgré tout, des analystes
 * jugent… » → « des analystes » (the opening words up to and with the noun).
 * Null when none.
 */
function sourceNounBefore(doc: AnalysedText, at: number, c: CompiledLexicon): Span | null {
  // binary search: called once per pronoun, a linear scan would be quadratic on a long document
  const k = lastStartingAtOrBefore(doc.sentences, at);
  const candidates = k > 0 ? [doc.sentences[k - 1]!] : [];
  for (const s of candidates) {
    // « Pour les détracteurs du glyphosate, cette unanimité est suspecte. Ils accusent… », "For many critics of the plan,
    // the deal is a giveaway. They say…": the plural group whose view opens the sentence before
    const view = VIEW_OPENING.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 90)));
    if (view) {
      const at = s.start + view[0].indexOf(view[1]!);
      return makeSpan(doc.text, at, at + view[1]!.length);
    }
    // after a leading adverbial ("Malgré tout, des analystes jugent…")
    const from = skipLeadingAdverbials(doc.text, s.start, s.end, c);
    const re = /[\p{L}'’-]+/gu;
    const region = doc.text.slice(from, Math.min(s.end, from + 80));
    let m: RegExpExecArray | null;
    for (let n = 0; n < 3 && (m = re.exec(region)) !== null; n++) {
      if (c.lex.sourceNouns.includes(m[0].toLowerCase())) return makeSpan(doc.text, from, from + m.index + m[0].length);
    }
  }
  return null;
}

/** Built once for {@link pluralSubjectBefore} (character classes: text/char-classes.ts). */
const PLURAL_SUBJECT_BEFORE_RE = new RegExp(`^[${LETTER}]`, 'u');

/** Built once for {@link pluralSubjectBefore} (character classes: text/char-classes.ts). */
const PLURAL_SUBJECT_BEFORE_RE_2 = new RegExp(`^[${LOWER}]{3,}[sx]$`, 'u');

/**
 * The subject of the sentence holding `at` when it is a plural common noun phrase standing before `at`: a determiner,
 * at most three more words, a lower-case head in -s/-x, then an auxiliary or a verb. Example: "The site operators have
 * set up a fund… they estimate" → "The site operators"; « Les analystes estiment qu'ils… » → « Les analystes ». Null
 * otherwise (a name, a singular head, no determiner).
 */
function pluralSubjectBefore(doc: AnalysedText, at: number, c: CompiledLexicon): Span | null {
  const s = doc.sentences[lastStartingAtOrBefore(doc.sentences, at)];
  if (!s || at >= s.end) return null;
  const from = skipLeadingAdverbials(doc.text, s.start, at, c);
  const toks: { w: string; end: number }[] = [];
  const re = /[\p{L}'’-]+|[^\s\p{L}]/gu;
  const region = doc.text.slice(from, Math.min(at, from + 120));
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null && toks.length < 6) toks.push({ w: m[0], end: from + m.index + m[0].length });
  if (toks.length < 3 || !c.determiners.has(toks[0]!.w.toLowerCase().replace(/’/g, "'"))) return null;
  for (let k = 1; k <= 3 && k + 1 < toks.length; k++) {
    const head = toks[k]!.w;
    const next = toks[k + 1]!.w.toLowerCase();
    if (!PLURAL_SUBJECT_BEFORE_RE.test(head)) return null;
    if (PLURAL_SUBJECT_BEFORE_RE_2.test(head) && (c.lex.auxiliaries.includes(next) || c.reportingTest.test(next))) return makeSpan(doc.text, from, toks[k]!.end);
  }
  return null;
}

/** Hearers an object verb names before a zero complement clause ("told us the damage was done"). */
const HEARERS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'reporters', 'journalists', 'investors', 'lawmakers',
  // (claims/en/told-hearer) the bare plural audiences of news: "told aides he would not run", "told analysts margins would improve"
  'aides', 'analysts', 'staff', 'employees', 'workers', 'shareholders', 'supporters', 'parliament', 'legislators', 'senators',
  'congress', 'colleagues', 'diplomats', 'delegates', 'students', 'voters', 'residents', 'customers', 'clients', 'bondholders', 'lenders']);

/** Heads of a hearer noun phrase after a determiner: "told a news conference", "told the newspaper", "told a parliamentary committee". */
const HEARER_HEADS: ReadonlySet<string> = new Set([
  'conference', 'briefing', 'meeting', 'hearing', 'audience', 'committee', 'panel', 'newspaper', 'agency', 'broadcaster', 'station',
  'radio', 'television', 'forum', 'summit', 'gathering', 'crowd', 'rally', 'call', 'daily', 'magazine', 'website', 'outlet', 'paper',
  'parliament', 'senate', 'assembly', 'congress', 'court', 'jury', 'board', 'council', 'reporter', 'interviewer', 'delegation',
]);

/** Prepositions opening an adjunct between a hearer and the reported clause: "told analysts on a conference call the…". */
const HEARER_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after']);

/** Built once for {@link skipHearer}: a capitalised word (a medium's or a person's name: "Reuters", "the Financial Times"). */
const SKIP_HEARER_RE = new RegExp(`^[${UPPER}]`, 'u');

/**
 * (claims/en/told-hearer) Where the zero complement of an object verb starts after its hearer, from token `i`: a hearer
 * pronoun or audience ("told us", "told aides"), a name ("told Reuters the talks had stalled", "told the Financial Times
 * the company was…"), or a determiner and a hearer head ("told a news conference the army would withdraw"), then
 * optionally one prepositional adjunct of at most three words ("told analysts on a conference call the company
 * expected…") — only when a determiner, a pronoun, a number or a capitalised word follows (the clause's subject).
 * Returns `i` unchanged when no hearer is read.
 */
function skipHearer(text: string, tokens: readonly { w: string; at: number }[], i: number, c: CompiledLexicon): number {
  const raw = (k: number): string => (tokens[k] ? text.slice(tokens[k]!.at, tokens[k]!.at + tokens[k]!.w.length) : '');
  let j = i;
  const audience = HEARERS.has(tokens[j]!.w);
  if (audience) j++;
  else {
    if (tokens[j]!.w === 'the' && SKIP_HEARER_RE.test(raw(j + 1))) j++;
    if (SKIP_HEARER_RE.test(raw(j)) && !CALENDAR.test(raw(j)) && !c.determiners.has(tokens[j]!.w) && !c.pronoun.test(tokens[j]!.w)) {
      let n = 0;
      // (a domain name is one hearer: "told Polygraph.info the claims are false")
      while (n < 4 && tokens[j] && ((SKIP_HEARER_RE.test(raw(j)) && !CALENDAR.test(raw(j))) || (n > 0 && text[tokens[j]!.at - 1] === '.'
        && tokens[j - 1]!.at + tokens[j - 1]!.w.length === tokens[j]!.at - 1))) { j++; n++; }
    } else if (['a', 'an', 'the'].includes(tokens[i]!.w)) {
      let k = i + 1;
      while (k < i + 4 && tokens[k] && !HEARER_HEADS.has(tokens[k]!.w) && /^[a-z-]{2,}$/u.test(tokens[k]!.w) && !c.finiteSignals.has(tokens[k]!.w)) k++;
      if (!tokens[k] || !HEARER_HEADS.has(tokens[k]!.w)) return i;
      j = k + 1;
    } else return i;
  }
  if (j === i) return i;
  // time words and one prepositional adjunct: "on Tuesday", "on a conference call", "in an interview", "in Paris"
  const det = (k: number): boolean => ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(tokens[k]?.w ?? '');
  for (let round = 0, adjuncts = 0; round < 2; round++) {
    while (j < tokens.length && c.timeAdjuncts.has(tokens[j]!.w) && !(tokens[j]!.w === 'on' && det(j + 1))) j++;
    if (adjuncts > 0 || !HEARER_ADJUNCT_PREPOSITIONS.has(tokens[j]?.w ?? '')) continue;
    let k = j + 1;
    if (det(k)) k++;
    const first = k;
    while (k < first + 3 && tokens[k] && PLAIN_WORD_RE.test(tokens[k]!.w) && !c.determiners.has(tokens[k]!.w) && !c.pronoun.test(tokens[k]!.w)
      && !NOMINATIVE.has(tokens[k]!.w)) k++;
    if (k > first) { j = k; adjuncts++; }
  }
  const next = tokens[j];
  if (audience) return j;
  if (!next) return i;
  const nextRaw = raw(j);
  const opens = c.determiners.has(next.w) || c.pronoun.test(next.w) || NOMINATIVE.has(next.w) || ['there', 'it'].includes(next.w)
    || SKIP_HEARER_RE.test(nextRaw) || FIND_COMPLEMENT_RE_2.test(next.w) || NUMBER_WORDS.has(next.w) || /^[a-z]{3,}$/u.test(next.w);
  return opens && !c.finiteSignals.has(next.w) && !c.complementizer.test(next.w) ? j : i;
}

/** Modals after which a zero-complement verb reports nothing ("must show the calculation", "could say the word"). */
const ZERO_COMPLEMENT_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'would', 'could', 'can', 'may', 'might']);

/** Nominative pronouns that open a clause after a zero-complement verb ("MST claims they use arms only to…"). */
const NOMINATIVE: ReadonlySet<string> = new Set(['i', 'we', 'they', 'he', 'she']);

/** Relative pronouns that open an object relative clause before a report ("a bill which critics say would raise taxes"). */
const OBJECT_RELATIVE: ReadonlySet<string> = new Set(['that', 'which', 'what']);

/**
 * Where the noun phrase ending right before `at` starts: back over at most six space-separated words ("$30,000" is
 * one), stopping after a word that ends in punctuation, before a governing preposition, an auxiliary or a finite-verb
 * signal, and at a determiner (included). Example: "to raise the $30,000 per month | they" → the start of "the".
 * Returns `at` when no word qualifies.
 */
function nounPhraseStart(text: string, floor: number, at: number, c: CompiledLexicon): number {
  const from = Math.max(floor, at - 120);
  const toks: { w: string; at: number }[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  const region = text.slice(from, at);
  while ((m = re.exec(region)) !== null) toks.push({ w: m[0], at: from + m.index });
  let start = at;
  for (let k = toks.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const raw = toks[k]!.w;
    if (/[,;:()"«»“”—–]$/u.test(raw) || /^[("«“]/u.test(raw) && k < toks.length - 1) break;
    const w = raw.toLowerCase().replace(/’/g, "'");
    if (c.governing.has(w) || c.lex.auxiliaries.includes(w) || c.finiteSignals.has(w) || c.lex.connectors.includes(w)) break;
    start = toks[k]!.at;
    if (c.determiners.has(w) || w === 'a' || w === 'an' || /^[dl]'/.test(w)) break;
  }
  return start;
}

/** Built once for {@link relativeReport} (character classes: text/char-classes.ts). */
const RELATIVE_REPORT_RE = new RegExp(`^\\s{1,3}([${LETTER}'’]+)`, 'u');

/** Built once for {@link relativeReport} (character classes: text/char-classes.ts). */
const RELATIVE_REPORT_RE_2 = new RegExp(`^[${LETTER}${DIGIT}$€£]`, 'u');

/** Built once for {@link relativeReport} (character classes: text/char-classes.ts). */
const RELATIVE_REPORT_RE_3 = new RegExp(`^[${LETTER}]`, 'u');

/**
 * An object relative clause whose gap is the subject of the report ('claims/<lang>/relative-report'): "the $30,000 per
 * month they estimate will be necessary to cover legal costs", "a bill which critics say would raise taxes". The
 * zero-complement verb at [vStart, vEnd) is followed right away by a finite-verb signal (the reported clause has lost
 * its subject to the relative) and preceded by a nominative pronoun, by a bare source noun after a noun ("a move aides
 * said was designed to…"), or by a relative pronoun and one to three words.
 * The claim runs from the antecedent noun phrase; the subject is the source. Null otherwise (or for a language without
 * finite-verb signals).
 */
function relativeReport(text: string, clause: Span, vStart: number, vEnd: number, c: CompiledLexicon): { claimStart: number; subject: Span } | null {
  if (!c.finiteSignals.size || !c.zeroComplement.test(text.slice(vStart, vEnd).toLowerCase().replace(/\s+/g, ' '))) return null;
  const next = RELATIVE_REPORT_RE.exec(text.slice(vEnd, Math.min(clause.end, vEnd + 30)));
  if (!next || !c.finiteSignals.has(next[1]!.toLowerCase().replace(/’/g, "'"))) return null;
  const from = Math.max(clause.start, vStart - 80);
  const toks: { w: string; at: number; raw: string }[] = [];
  const re = /[\p{L}\p{N}$€£][\p{L}\p{N}'’$€£.,%-]{0,40}|[;:()"«»“”—–]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.slice(from, vStart))) !== null) toks.push({ w: m[0].toLowerCase().replace(/[.,]$/u, ''), at: from + m.index, raw: m[0] });
  const n = toks.length;
  if (!n || /[,]$/u.test(toks[n - 1]!.raw)) return null;
  let subjStart = -1;
  let relAt = -1;
  if (NOMINATIVE.has(toks[n - 1]!.w)) {
    subjStart = toks[n - 1]!.at;
    const prev = toks[n - 2];
    if (!prev || /[,]$/u.test(prev.raw) || !RELATIVE_REPORT_RE_2.test(prev.w)) return null;
    if (OBJECT_RELATIVE.has(prev.w)) relAt = prev.at;
    else if (c.lex.connectors.includes(prev.w) || c.governing.has(prev.w) || c.finiteSignals.has(prev.w) || c.reportingTest.test(prev.w)) return null;
    else relAt = subjStart;
  } else if (n >= 2 && c.lex.sourceNouns.includes(toks[n - 1]!.w) && bareNounBefore(toks[n - 2]!, c)) {
    // "resigned in a move aides said was also designed to…": a zero relative, a bare source noun after the antecedent's noun
    subjStart = toks[n - 1]!.at;
    relAt = subjStart;
  } else {
    // "which critics say", "that officials believe": a relative, then one to three words of subject
    for (let k = n - 2; k >= 0 && k >= n - 4; k--) {
      const t = toks[k]!;
      if (!RELATIVE_REPORT_RE_3.test(t.w) || /[,]$/u.test(t.raw)) return null;
      if (OBJECT_RELATIVE.has(t.w)) {
        relAt = t.at;
        subjStart = toks[k + 1]!.at;
        break;
      }
      if (c.finiteSignals.has(t.w) || c.governing.has(t.w)) return null;
    }
    if (relAt < 0) return null;
    const first = toks.find((t) => t.at === subjStart)!.w;
    if (c.finiteSignals.has(first) || c.governing.has(first) || c.lex.auxiliaries.includes(first)) return null;
  }
  const claimStart = relAt > clause.start ? nounPhraseStart(text, clause.start, relAt, c) : relAt;
  // "the AFA situation that Schmitz had said was required": the subject without its auxiliary
  const subject = cleanSubject(text, subjStart, vStart, c);
  return words(subject.text).length ? { claimStart: Math.min(claimStart, subjStart), subject } : null;
}

/**
 * The incise of a clause ({@link ReportingLexicon.incise}) and the claim around it: the part after it when what precedes
 * is only a leading adverbial (« Contrairement à tous les discours, appuie-t-il, le français… » → « le français… »), the
 * part before it when it closes the clause (« Le projet sera abandonné, a-t-il dit. »), else the whole clause, incise
 * included (« des soldats qui, dit-on, s'étaient rendus »).
 * `pronoun` is the clitic subject. Null when the clause has none outside quoted passages and claimed spans.
 */
function incise(text: string, clause: Span, clauseText: string, c: CompiledLexicon, passages: readonly QuotedPassage[], claimed: (s: number, e: number) => boolean):
  { claimStart: number; claimEnd: number; pronoun: Span; cue: string; cueStart: number; cueEnd: number } | null {
  const re = c.incise!.re;
  re.lastIndex = 0;
  const m = re.exec(clauseText);
  if (!m) return null;
  // the first group that took part is the cue (subject and verb); the group after it, when it took part, is the subject
  // inside it — before the verb ("…, Doctor says, …") or after it (« L'usine, a précisé le ministre, fermera… »); else
  // the cue is a verb and its clitic (« a-t-il dit »)
  let gi = 1;
  while (gi < m.length && m[gi] === undefined) gi++;
  const cueText = m[gi];
  if (cueText === undefined) return null;
  const subj = m[gi + 1];
  const cueStart = clause.start + m.index;
  const cueEnd = cueStart + m[0].length;
  if (insidePassage(passages, cueStart) || claimed(cueStart, cueEnd)) return null;
  const vStart = cueStart + m[0].indexOf(cueText);
  const dash = cueText.lastIndexOf('-');
  const subjAt = subj !== undefined ? vStart + cueText.lastIndexOf(subj) : -1;
  const pronoun = subj !== undefined
    ? makeSpan(text, subjAt, subjAt + subj.length)
    : makeSpan(text, vStart + dash + 1, vStart + cueText.length);
  const from = skipLeadingAdverbials(text, clause.start, clause.end, c, passages);
  // « « Le danger est… », précise la toxicologue, dans une note »: after a whole quotation the incise attributes the quote
  const quoted = text.slice(from, cueStart).trim();
  if (/^[«“"]/u.test(quoted) && /[»”"]$/u.test(quoted)) return null;
  // (the same for a single-quoted passage, ‘…’, a déclaré X: its marks are told from apostrophes by findQuotedPassages)
  const qs = cueStart - text.slice(from, cueStart).trimStart().length;
  const qp = quoted ? passageAt(passages, qs) : undefined;
  if (qp && qp.start === qs && qp.end === qs + quoted.length) return null;
  const afterStart = text[cueEnd] === ',' ? cueEnd + 1 : cueEnd;
  const before = words(text.slice(from, cueStart)).length;
  const after = words(text.slice(afterStart, clause.end)).length;
  if (from >= cueStart) return after >= MIN_WORDS ? { claimStart: afterStart, claimEnd: clause.end, pronoun, cue: cueText, cueStart, cueEnd } : null;
  // « …, a-t-il dit. »: the incise closes the clause
  if (text[cueEnd] !== ',') return before >= MIN_WORDS ? { claimStart: from, claimEnd: cueStart, pronoun, cue: cueText, cueStart, cueEnd } : null;
  // « des soldats qui, dit-on, s'étaient rendus »: between commas, the incise sits inside the claim
  return before + after >= MIN_WORDS ? { claimStart: from, claimEnd: clause.end, pronoun, cue: cueText, cueStart, cueEnd } : null;
}

/** Built once for {@link bareNounBefore} (character classes: text/char-classes.ts). */
const BARE_NOUN_BEFORE_RE = new RegExp(`^[${LETTER}]`, 'u');

/** True when `t` may end the antecedent noun of a zero relative: a word that is no function word, verb form or comma-ended token. */
function bareNounBefore(t: { w: string; raw: string }, c: CompiledLexicon): boolean {
  return BARE_NOUN_BEFORE_RE.test(t.w) && !/,$/u.test(t.raw) && !c.determiners.has(t.w) && !c.governing.has(t.w) && !c.lex.auxiliaries.includes(t.w)
    && !c.finiteSignals.has(t.w) && !c.lex.connectors.includes(t.w) && !c.reportingTest.test(t.w) && !OBJECT_RELATIVE.has(t.w) && !NOMINATIVE.has(t.w);
}

/** True when the text before the reporting verb at `vStart` ends like an as-report (« comme le », "as the minister"). */
function asReportCue(text: string, floor: number, vStart: number, c: CompiledLexicon): boolean {
  return !!c.asReportBefore && c.asReportBefore.test(text.slice(Math.max(floor, vStart - 60), vStart));
}

/** Built once for {@link asReport} (character classes: text/char-classes.ts). */
const AS_REPORT_RE = new RegExp(`^[${LETTER}'’]+`, 'u');

/** Built once for {@link asReport} (character classes: text/char-classes.ts). */
const AS_REPORT_RE_2 = new RegExp(`^[${UPPER}]`, 'u');

/**
 * An as-report ('claims/<lang>/as-report'): « l'armée française ne va pas retirer l'intégralité de ses forces comme le
 * précise l'ambassadeur de France », "prices will rise, as the minister noted on Tuesday". The claim is the chunk
 * before « comme »/"as" (or, when the as-report opens the clause — "As the minister said, prices will rise" — the rest
 * after its comma); the source is the subject after the verb (French) or before it (English, group 1 of
 * {@link ReportingLexicon.asReportBefore}). English requires the verb to close its chunk (at most four words of time
 * adjunct after it: not "as soon as he said goodbye"). Null otherwise.
 */
function asReport(text: string, clause: Span, vStart: number, vEnd: number, c: CompiledLexicon, passages: readonly QuotedPassage[]):
  { claimStart: number; claimEnd: number; subject: Span; cueStart: number; cueEnd: number } | null {
  const re = c.asReportBefore;
  if (!re) return null;
  const wFrom = Math.max(clause.start, vStart - 60);
  const m = re.exec(text.slice(wFrom, vStart));
  if (!m) return null;
  const asStart = wFrom + m.index + (m[0].length - m[0].replace(/^[\s,]+/u, '').length);
  const comma = findTopLevelComma(text, vEnd, clause.end, passages);
  const chunkEnd = comma >= 0 ? comma : clause.end;
  let subject: Span;
  const chunkStart = Math.max(clause.start, findLastComma(text, clause.start, asStart, passages) + 1);
  const claimStart = skipLeadingAdverbials(text, chunkStart, asStart, c, passages);
  const opens = words(text.slice(claimStart, asStart)).length < MIN_WORDS;
  if (m[1] === undefined && opens) {
    // « Comme l'a indiqué le ministre, les prix vont augmenter » : the inverted subject runs to the comma, the claim follows
    if (comma < 0) return null;
    subject = trimPhrase(text, vEnd, comma);
  } else if (m[1] !== undefined) {
    const sStart = wFrom + m.index + m[0].indexOf(m[1], m[0].length - m[0].replace(/^[\s,]+/u, '').length + 2);
    subject = makeSpan(text, sStart, sStart + m[1].length);
    const after = words(text.slice(vEnd, chunkEnd)).map((w) => w.toLowerCase());
    // (claims/en/as-report-for) "As Emily Feng reports for NPR, the first cases came to light": the medium the reporter
    // writes for (three words at most) is an adjunct too
    const forMedium = after[0] === 'for' && after.length <= 3 && AS_REPORT_RE_2.test(text.slice(vEnd).replace(/^\s*for\s+(?:the\s+)?/u, ''));
    if (after.length > 4 || (after.length && !c.timeAdjuncts.has(after[0]!) && !c.gapOpeners.has(after[0]!) && !forMedium)) return null;
  } else {
    // « comme le précise l'ambassadeur de France en Afghanistan, Bernard Bajolet » : the inverted subject, with its apposition
    const to = words(text.slice(vEnd, clause.end)).length <= 12 ? clause.end : chunkEnd;
    subject = trimPhrase(text, vEnd, to);
    const first = (AS_REPORT_RE.exec(subject.text)?.[0] ?? '').toLowerCase();
    if (!AS_REPORT_RE_2.test(subject.text) && !c.determiners.has(first) && !/^l['’]/u.test(first)) return null;
  }
  if (!words(subject.text).length) return null;
  if (!opens) return { claimStart, claimEnd: asStart, subject, cueStart: asStart, cueEnd: Math.max(vEnd, subject.end) };
  // "As the minister said, prices will rise": the as-report opens the clause, the claim follows its comma
  if (comma >= 0 && words(text.slice(clause.start, asStart)).length === 0) {
    return { claimStart: comma + 1, claimEnd: clause.end, subject, cueStart: asStart, cueEnd: comma };
  }
  return null;
}

/**
 * The object of a control verb before an infinitive report without a subject: "…, prompting the opposition &mdash;
 * including Mr. Yushchenko &mdash; to assert that…" → "the opposition"; « poussant l'opposition à affirmer que… » →
 * « l'opposition ». Reads the sentence up to 200 code units before the verb; the object runs from the control verb to
 * the first punctuation, dash, "&" or infinitive marker, at most six words. Null when no control verb precedes.
 */
function controlledSubject(text: string, sentenceStart: number, vStart: number, c: CompiledLexicon): Span | null {
  const from = Math.max(sentenceStart, vStart - 200);
  const before = text.slice(from, vStart);
  if (!/(?:^|\s)(?:to|à)\s*$/iu.test(before)) return null;
  const re = c.control;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = re.exec(before)) !== null) last = m;
  if (!last) return null;
  const npFrom = from + last.index + last[0].length;
  const rest = text.slice(npFrom, vStart);
  const stop = /[,;:()&—–]|\s-\s|\s(?:to|à)\s/iu.exec(rest);
  const np = makeSpan(text, npFrom, npFrom + (stop ? stop.index : rest.length));
  const n = words(np.text).length;
  return n >= 1 && n <= 6 ? np : null;
}

/** " and Gannett reportedly", « et Gannett aurait »: a coordination, a capitalised subject of up to three words, then its next word. */
const COORDINATED_SUBJECT = new RegExp(`\\s(?:and|et)\\s+([${UPPER}][${LETTER}'’.-]{1,30}(?:\\s+[${UPPER}][${LETTER}'’.-]{1,30}){0,2})\\s+([${LETTER}]{2,20})(?![${LETTER}])`, 'gu');
/** French conditional auxiliaries that hedge a coordinated clause (« et Gannett aurait licencié »). */
const FR_CONDITIONAL = /^(?:aurai(?:t|ent)|serai(?:t|ent)|pourrai(?:t|ent)|devrai(?:t|ent))$/u;

/**
 * A second hedged clause coordinated inside [start, end): "and" / « et », a capitalised subject, then a hedge word of the
 * lexicon or a French conditional. Returns where the first claim ends (`cut`, before the coordinator), where the second
 * starts (its subject) and its cue; null when none. Bounded: one scan of the region.
 */
function coordinatedHedge(text: string, start: number, end: number, c: CompiledLexicon): { cut: number; start: number; cue: string } | null {
  const region = text.slice(start, end);
  COORDINATED_SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COORDINATED_SUBJECT.exec(region)) !== null) {
    const w = m[2]!.toLowerCase();
    if (!c.lex.hedgeWords.includes(w) && !FR_CONDITIONAL.test(w)) continue;
    if (m.index === 0) return null;
    return { cut: start + m.index, start: start + m.index + m[0].indexOf(m[1]!), cue: m[2]! };
  }
  return null;
}

/** After "could": a source the newsroom could not reach ("could not immediately be reached", "could not be contacted"). */
const UNREACHED_AFTER = new RegExp(`^\\s{1,3}not\\s{1,3}(?:(?:immediately|yet|otherwise)\\s{1,3})?(?:be\\s{1,3}(?:reached|contacted)|reach|contact)(?![${LETTER}])`, 'u');

/** The generic pronoun "one" just before a modal, anchored at its end ("One would hope", "no one could"). */
const GENERIC_ONE_BEFORE = new RegExp(`(?<![${LETTER}])one\\s+$`, 'iu');

/** The first hedge cue of the clause outside quoted passages, with its rule; `patternIn[k]` says whether `c.hedgePatterns[k]` may match in a span. */
function findHedge(text: string, clause: Span, c: CompiledLexicon, patternIn: readonly ((start: number, end: number) => boolean)[], passages: readonly QuotedPassage[], claimed: (s: number, e: number) => boolean): { cue: string; rule: string; modality: Modality } | null {
  const clauseText = text.slice(clause.start, clause.end);
  let best: { at: number; cue: string; rule: string; modality: Modality } | null = null;
  c.hedgeWord.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.hedgeWord.exec(clauseText)) !== null) {
    const at = clause.start + m.index;
    if (insidePassage(passages, at) || claimed(at, at + m[0].length)) continue;
    // "One would hope so, since…": a modal of the generic "one" is the writer's own musing, no hedged fact (French « on »
    // is left out: it stands for people as often as for anyone)
    if (GENERIC_ONE_BEFORE.test(text.slice(Math.max(clause.start, at - 8), at))) return null;
    // (claims/en/not-immediately) "The company could not immediately be reached for comment": the newsroom failing to reach
    // a source hedges no statement
    if (UNREACHED_AFTER.test(text.slice(at + m[0].length, Math.min(clause.end, at + m[0].length + 40)))) continue;
    best = { at: m.index, cue: m[0], rule: 'hedge-word', modality: 'hedged' };
    break;
  }
  for (let k = 0; k < c.hedgePatterns.length; k++) {
    if (!patternIn[k]!(clause.start, clause.end)) continue;
    const p = c.hedgePatterns[k]!;
    p.re.lastIndex = 0;
    while ((m = p.re.exec(clauseText)) !== null) {
      const at = clause.start + m.index;
      if (insidePassage(passages, at) || claimed(at, at + m[0].length)) continue;
      if (!best || m.index < best.at) best = { at: m.index, cue: m[0], rule: p.ruleId.split('/').pop()!, modality: p.modality };
      break;
    }
  }
  return best;
}
