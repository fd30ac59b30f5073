/**
 * Public types of factex: the output contract (schema version 1) and the
 * analysed-document shapes that extractors consume.
 *
 * Offsets everywhere are UTF-16 code units (JavaScript string indices) into
 * the analysed text (`document.text`), `end` exclusive, so that
 * `text.slice(span.start, span.end) === span.text` always holds.
 *
 * @module
 */

/** Languages with full rule and lexicon support. */
export type Language = 'en' | 'fr';

/** The six fact kinds factex extracts, in output order. */
export const FACT_KINDS = ['actors', 'contracts', 'restrictions', 'metrics', 'quotes', 'claims'] as const;
/** One of {@link FACT_KINDS}. */
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * A stretch of the document: `{ start, end, text }` with `start`/`end` in
 * UTF-16 code units, end exclusive; `text === documentText.slice(start, end)`.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Kinds of named entity (see `../shared/gold/README.md` for the annotation rules). */
export type ActorKind = 'person' | 'organization' | 'government' | 'place' | 'product' | 'group';

/** A reference from a fact to an actor: its id and canonical name. */
export interface ActorRef {
  id: string;
  name: string;
}

/**
 * A named entity after coreference: one actor per real-world entity.
 * `name` is the fullest proper name in the text; `aliases` every other
 * surface form (surname, acronym, definite description) that refers to it.
 */
export interface Actor {
  /** `A1`, `A2`… in order of first mention. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Title or role ("CEO", "ministre de l'Économie"), or null. */
  role: string | null;
  /** The organisation the role is held at, when the text gives it ("CEO of OpenAI"). */
  roleOf: ActorRef | null;
  /** Every mention (name, alias or description), in document order. */
  mentions: Span[];
  /** The rule that recognised the first mention. */
  ruleId: string;
}

/** Contract kinds. */
export type ContractKind = 'agreement' | 'contract' | 'partnership' | 'deal' | 'treaty' | 'merger' | 'acquisition' | 'lease' | 'license';
/** Contract status as the text gives it. */
export type ContractStatus = 'announced' | 'signed' | 'amended' | 'cancelled' | 'proposed' | 'disputed';

/** An agreement, contract, deal, partnership, treaty or accord: one per agreement. */
export interface Contract {
  /** `C1`, `C2`… */
  id: string;
  kind: ContractKind;
  parties: ActorRef[];
  status: ContractStatus | null;
  evidence: Span;
  ruleId: string;
}

/** Restriction kinds. */
export type RestrictionKind = 'prohibition' | 'condition' | 'limit' | 'refusal' | 'sanction';

/**
 * Whether a restriction is in force, as the text tells it: `active` (stated
 * as in force or imposed: "the EU banned…", « des sanctions contre la
 * Russie »), `lifted` (lifted, repealed, ended, struck down: "The government
 * lifted the ban on TikTok", « Les sanctions ont été levées »), `eased`
 * (loosened but still in force: "eased sanctions", « assoupli les
 * restrictions »), `proposed` (planned, threatened, called for or in a bill:
 * "plans to ban", "threatened to impose sanctions", « envisage d'interdire »,
 * « projet de loi visant à interdire »).
 */
export type RestrictionStatus = 'active' | 'lifted' | 'eased' | 'proposed';

/** A prohibition, ban, limit, condition, refusal or sanction. */
export interface Restriction {
  /** `R1`, `R2`… */
  id: string;
  kind: RestrictionKind;
  /** In force, lifted, eased or proposed (see {@link RestrictionStatus}); `active` unless the text says otherwise. */
  status: RestrictionStatus;
  /** The actor that imposes (or lifts, or proposes) it; null when the text names none as an actor ("the government" with no named government). */
  imposedBy: ActorRef | null;
  /** The actors it restricts: the objects of "barred … from", the target of sanctions, a restricted subject. */
  appliesTo: ActorRef[];
  /**
   * What is restricted, as a phrase of the text: the banned or sanctioned
   * thing ("TikTok" in "lifted the ban on TikTok on Monday"), the forbidden
   * action, or the conditioned action with its modal.
   */
  action: string;
  /** The unless/without/sauf/sans clause, or null. */
  condition: string | null;
  evidence: Span;
  ruleId: string;
}

/** Direction of a change. */
export type Change = 'increase' | 'decrease';

/** A quantity that measures something. */
export interface Metric {
  /** `M1`, `M2`… */
  id: string;
  /** The value as a JSON number in the unit below ("1,5 milliard" → 1500000000). For a range, its lower bound. */
  value: number;
  /** `%`, `pp`, an ISO 4217 code (USD, EUR…), or the counted noun, singular, lower case. */
  unit: string;
  change: Change | null;
  /** What is measured ("désinstallations de ChatGPT"), or null. */
  subject: string | null;
  /** The surface form of the quantity ("bondi de 200 %"). */
  text: string;
  /** Upper bound of a range ("entre 3 et 5 %" → 5), else absent. */
  valueMax?: number;
  /** `approximate` ("près de", "about"), `at-least`, `at-most`, or absent. */
  qualifier?: 'approximate' | 'at-least' | 'at-most' | 'more-than' | 'less-than';
  /** Per-unit denominator ("$55.12 per barrel" → "barrel"). */
  per?: string;
  evidence: Span;
  ruleId: string;
}

/** A direct quotation. `text` is the quoted words without the marks. */
export interface Quote {
  /** `Q1`, `Q2`… */
  id: string;
  speaker: ActorRef | null;
  text: string;
  evidence: Span;
  ruleId: string;
}

/** Claim modality (see output contract). */
export type Modality = 'asserted' | 'reported' | 'hedged' | 'denied';

/** A statement attributed to a source, hedged, or denied. */
export interface Claim {
  /** `K1`, `K2`… */
  id: string;
  text: string;
  modality: Modality;
  /** Words naming the source ("selon plusieurs médias américains"), or null. */
  attribution: string | null;
  /** The source as an actor, when it is one. */
  source: ActorRef | null;
  /** The cue that set the modality ("auraient", "according to"). */
  cue: string | null;
  evidence: Span;
  ruleId: string;
}

/** Where an input came from. */
export interface SourceInfo {
  type: 'file' | 'url' | 'stdin' | 'text';
  /** Path, URL, or `-`. */
  location: string;
  /** Record id from `--input ndjson`, echoed back. */
  id?: string;
  /**
   * Line (from 1) of an `--input ndjson` record that has no `id`, in the stream this process read: joins its output line to
   * its input line. (Under `parallel --pipe` or Spark each process reads a block: give records an `id` there.)
   */
  line?: number;
}

/** Document-level metadata. */
export interface DocumentInfo {
  /** ISO 639-1 code. */
  language: string;
  title: string | null;
  /** ISO 8601 date or date-time, or null. */
  published: string | null;
  modified?: string | null;
  authors?: string[];
  siteName?: string | null;
  canonicalUrl?: string | null;
  /** Charset the bytes were decoded from (`utf-8`, `windows-1252`…). */
  charset?: string;
  /** `text` or `html`. */
  format?: 'text' | 'html';
  /** Length of the analysed text, UTF-16 code units. */
  length?: number;
  /** The analysed text; only with `includeText`. Offsets index it. */
  text?: string;
}

/** The output of one document (output contract version 1). */
export interface FactexResult {
  schemaVersion: '1';
  source: SourceInfo;
  document: DocumentInfo;
  actors: Actor[];
  contracts: Contract[];
  restrictions: Restriction[];
  metrics: Metric[];
  quotes: Quote[];
  claims: Claim[];
  /** Non-fatal problems met while reading this input. */
  warnings: string[];
}

/** A sentence of the analysed text; `text === doc.text.slice(start, end)`. */
export type Sentence = Span;

/**
 * The text as extractors see it: one language, sentences and paragraphs.
 * Produced by {@link analyse}; immutable.
 */
export interface AnalysedText {
  text: string;
  language: Language;
  sentences: Sentence[];
  /** Paragraphs (blocks separated by blank lines), as spans. */
  paragraphs: Span[];
  /** The paragraphs that are headings (titles, section heads; text/headings.ts), a subset of `paragraphs`. */
  headings: Span[];
}

/** A fact before ids are assigned by the pipeline. */
export type Draft<T extends { id: string }> = Omit<T, 'id'>;
