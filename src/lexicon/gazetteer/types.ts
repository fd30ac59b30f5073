/**
 * Shape of the gazetteer entries (named entities known in advance).
 *
 * @module
 */
import type { ActorKind } from '../../types.js';

/**
 * One real-world entity and the names it goes by in English and French
 * news. All names of an entry refer to the same actor, so a text that
 * says "Pentagone" and later "Département de la Défense" gets one actor.
 */
export interface GazetteerEntry {
  /** Surface names (any case; matched case-insensitively, without accents or dots). */
  readonly names: readonly string[];
  readonly kind: ActorKind;
  /** A country or state: `place` as a location, `government` when it acts ("France signed"). */
  readonly country?: boolean;
  /**
   * For a capital city: the bodies it stands for when it acts ("Bruxelles a salué" = the European Commission,
   * "Washington a annoncé" = the United States), first that the text names wins.
   */
  readonly seatOf?: readonly string[];
}

/**
 * Per-language cues of the actor extractor (one object per language; the
 * same logic reads both). Words are lower case without accents unless
 * stated.
 */
export interface ActorLexicon {
  /** Words that may join two capitalised words inside a name ("Department of Defense", "Cour de cassation"). */
  readonly connectors: ReadonlySet<string>;
  /** Conjunctions that join two names but may also join a name ("Johnson & Johnson" vs "Kmart and Sears"). */
  readonly conjunctions: ReadonlySet<string>;
  /** Function and common words that are capitalised only because they start a sentence ("Dans", "The", "Following"). */
  readonly commonWords: ReadonlySet<string>;
  /** Capitalised words that are never actors by themselves: months, days, demonyms, generic acronyms. */
  readonly nonEntities: ReadonlySet<string>;
  /** Title and role words inside a capitalised run ("Senator", "Secretary", "CEO", "Director"). */
  readonly titleWords: ReadonlySet<string>;
  /**
   * Capitalised portfolio words that form a role with title words alone ("Defense Secretary", "Foreign Minister",
   * "Secretary of State"): such a run names no actor (ruleId actors/role-only).
   */
  readonly portfolioWords: ReadonlySet<string>;
  /** Words before a name that make it a place when unknown ("in", "à"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Words right after a country name that make it act ("a", "has", "signed"). */
  readonly actingCues: ReadonlySet<string>;
  /** Nouns right after a country name that make it the state ("US troops", "United States President"). */
  readonly stateNouns: ReadonlySet<string>;
  /** Signing or ratifying verbs: a country in such a sentence is a party ("signé par", "ratified"). */
  readonly signingCue: RegExp;
  /**
   * Opening of a list of brands or models, up to the first listed name: "brands, including ", "les marques comme ".
   * The capitalised names that follow, to the end of the sentence, are products.
   */
  readonly brandList: RegExp;
  /**
   * Lower-case common nouns that classify the capitalised name right after them (optionally after "de/of"):
   * kind of territory → place ("la province d'Aceh", "the capital Banda Aceh", "la base de Cape Canaveral"),
   * kind of product → product ("la capsule Dragon", "le lanceur Falcon 9", "l'herbicide Roundup"),
   * kind of publication → organization ("la revue Food and Chemical Toxicology", "the newspaper Le Monde").
   */
  readonly placeNouns: ReadonlySet<string>;
  readonly productNouns: ReadonlySet<string>;
  readonly mediaNouns: ReadonlySet<string>;
  /**
   * Plural nouns of firms that open a list of company names, and the words that may follow them before the list:
   * "the companies Astrobotic, Intuitive Machines and Orbit Beyond", "les entreprises Lime et Bird", "operators such as …"
   * (ruleId actors/company-list).
   */
  readonly companyNouns: ReadonlySet<string>;
  readonly listOpeners: ReadonlySet<string>;
  /** Lower-case institution heads joined to a name by "de": "l'université de Caen", "l'hôpital de Nancy". */
  readonly institutionHeads: ReadonlySet<string>;
  /** Words right before a country name that make it a location ("en", "in", "de"). */
  readonly locationCues: ReadonlySet<string>;
  /**
   * Lower-case heads of French-style names that continue with lower-case
   * adjectives and complements ("Assemblée nationale", "Organisation mondiale de la santé").
   */
  readonly extensibleHeads: ReadonlySet<string>;
  /** Lower-case adjectives/complement words allowed in such an extension. */
  readonly extensionStop: ReadonlySet<string>;
  /**
   * Definite descriptions: head noun (lower case, accents kept) → the kinds
   * it may refer to ("the company" → organization). Persons: role heads
   * ("CEO", "ministre").
   */
  readonly descriptions: ReadonlyMap<string, readonly ActorKind[]>;
  /** Determiners that open a definite description ("the", "le", "la", "l'"). */
  readonly determiners: readonly string[];
  /** Lower-case role phrases for persons ("premier ministre", "chief executive", "PDG"). */
  readonly roleHeads: readonly string[];
  /**
   * The language names a role's organisation before the role ("the Commission president", "Microsoft's chief
   * executive"): English only; French puts it after (« la présidente de la BCE »).
   */
  readonly rolePremodifier: boolean;
  /**
   * Lower-case names of state bodies that are actors by themselves
   * (group 1 is the name without its determiner): "le gouvernement
   * français", "la police fédérale", "the French government".
   */
  readonly governmentPhrase: RegExp;
  /**
   * A one-word name and a lower-case head of a committee or foundation (group 1 is the name without its determiner):
   * "the Nobel committee", « le comité Nobel ». An organisation, or a state body when the name is one ("the Senate
   * committee").
   */
  readonly bodyPhrase: RegExp;
  /**
   * A place or a name, then a lower-case noun of a local police, court, commission or hospital (group 1 is the whole
   * name): "West Mercia police", "Manhattan federal court", "the Inner Mongolia health commission", "Royal Shrewsbury
   * hospital", « la police de Madrid ». A state body (an organisation for a hospital); a place named inside stays an
   * actor of its own (ruleId actors/place-body).
   */
  readonly placeBodyPhrase?: RegExp;
  /**
   * A state institution named by a bare common noun while it acts (group 1 or group 2 is the noun without its
   * determiner): « l'armée s'est octroyée le pouvoir », « annoncés par la commission électorale », "the army seized
   * power", "results published by the electoral commission". An actor when no named actor carries the noun.
   */
  readonly bareInstitution: RegExp;
  /**
   * Members of a party or a political camp named by a lower-case plural noun (« les républicains », « les écologistes »):
   * a group actor named by the noun (group 1). ruleId actors/party-members. Global flag; linear (one alternation).
   */
  readonly partyMembers?: RegExp;
  /** Verbs of leading that tie an organisation description to a person ("dirigée par", "led by"). */
  readonly ledBy: readonly string[];
}
