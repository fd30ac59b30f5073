/**
 * Contract extractor: agreements, contracts, deals, partnerships, treaties,
 * mergers, acquisitions and leases — one fact per agreement, not per mention.
 *
 * How news names an agreement, and how the rules follow it:
 * 1. A specific agreement is introduced by an indefinite or possessive noun
 *    phrase anchored by a party, an amount or a name ("a $23 billion deal
 *    with Boeing", « son récent accord avec le Département de la Défense »),
 *    or by a verb between its parties: acquisition ("Kmart will buy Sears"),
 *    sale ("Unilever has sold its tea business to CVC", « a cédé … à »),
 *    order ("Germany has ordered 35 F-35A from Lockheed Martin"),
 *    reciprocal ("Ford and SK On have teamed up", « s'est associé avec »)
 *    or talks with a purpose ("in exclusive talks with CD&R over the sale
 *    of …"). The subject of a signing, completing, accepting or cancelling
 *    verb is a party ("Pfizer completed the acquisition of Seagen", « la
 *    Russie a suspendu sa participation au traité »); a mediator is not
 *    ("a truce brokered by Qatar"). Bare plurals and generic determiners
 *    ("such contracts", « tout contrat ») are not a specific agreement.
 * 2. Later definite or demonstrative mentions ("the deal", « ce
 *    partenariat », "the purchase") corefer to the latest agreement and only
 *    inform its status.
 * 3. A headline restates the lead: when the body names the same agreement,
 *    the body sentence is the evidence.
 * 4. Status is read near every mention of the agreement, within its
 *    sentence and up to a neighbouring agreement, and the strongest wins:
 *    cancelled > amended > disputed > signed > announced > proposed.
 *
 * Offsets are UTF-16 code units into `doc.text`, end exclusive; evidence is
 * built with `makeSpan`. Linear in the text length: each sentence is
 * scanned by a bounded number of linear regexes.
 *
 * @module
 */
import type { Actor, ActorKind, ActorRef, AnalysedText, Contract, ContractKind, ContractStatus, Draft, Language, Span } from '../types.js';
import type { ExtractionContext } from './context.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import { makeSpan } from '../text/span.js';
import { DocumentFilters } from '../text/prefilter.js';
import { EN_CONTRACTS, EN_INCISES } from '../lexicon/en/contracts.js';
import { FR_CONTRACTS, FR_INCISES } from '../lexicon/fr/contracts.js';
import { COUNTRIES } from '../lexicon/gazetteer/places.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../text/char-classes.js';

/** A family of nouns naming one kind of agreement. */
export interface ContractNoun {
  /** Singular forms, lower case; multi-word forms allowed ("joint venture"). */
  forms: string[];
  /** Plural forms, lower case: a bare plural is generic. */
  plural: string[];
  kind: ContractKind;
}

/** A verb that states an acquisition or merger between two organisations. */
export interface AcquisitionVerb {
  /** Global, unicode, case-insensitive; matches the verb only. */
  pattern: RegExp;
  kind: ContractKind;
  ruleId: string;
  /**
   * Reciprocal verbs only: the verb names talks, not an agreement, and counts
   * only when an agreement noun or a verb of purchase follows within
   * {@link PURPOSE_WINDOW} ("in exclusive talks with CD&R over the sale of
   * Opella", « en négociations avec Vivendi pour racheter Lagardère »), whose
   * kind it takes.
   */
  purpose?: boolean;
  /**
   * Reciprocal verbs only: a question or a condition before the subject list does not drop the mention but makes it proposed —
   * "whether the United States and China could agree to end the trade war", « si Paris et Berlin s'entendent sur … » name an
   * agreement under negotiation, which news reports as such.
   */
  hypotheticalProposed?: boolean;
}

/** Per-language data for {@link extractContracts}; see `src/lexicon/{en,fr}/contracts.ts`. */
export interface ContractLexicon {
  nouns: ContractNoun[];
  /**
   * Optional quid pro quo: a non-global regex, anchored at its start, matching a clause that opens the sentence with what one side gives
   * in exchange ("In exchange for the lifting of US sanctions,", « En échange de la levée des sanctions, »), and a non-global regex the
   * main clause must match (a commitment: "will", « s'engage »). The actor named in the opening and the subject after it are the
   * parties of one agreement (contracts/<lang>/exchange-for).
   */
  exchangeFor?: { opener: RegExp; commitment: RegExp };
  /** Nouns that refer back to an agreement but never introduce one ("the purchase"). */
  anaphors: string[];
  /** Nouns that name an agreement only with a name or parties: "convention" (a treaty or a party congress). */
  ambiguousNouns: string[];
  /**
   * Forms (lower case) of nouns that name one concluded exchange by themselves: "a prisoner swap", « un échange de prisonniers ».
   * They need no amount, name or party after them to be specific; without parties, the institutions named in their sentence
   * (at most {@link EVENT_PARTIES}) are the parties — the sides that held and released the people exchanged.
   */
  eventNouns?: string[];
  /**
   * Optional non-global regex tested at the end of a rescue noun ("lifeline", « plan de sauvetage »), anchored at its start: the purpose
   * verb whose object is the rescued party ("to bail out", « pour renflouer »); the actor right after it is a party.
   */
  rescueObject?: RegExp;
  /** Prepositions that put a party between a signing verb and the noun ("signed with the Pentagon a contract"). */
  verbPartyPrepositions: string[];
  /** Prepositions that name both sides ("between", « entre »): an unnamed first side may precede a named second one. */
  betweenPrepositions: string[];
  /** Coordinating conjunctions of a party list ("and", « et »). */
  conjunctions: string[];
  /** Words that introduce an infinitive purpose after the noun ("deal to buy X", « offre pour racheter X »). */
  infinitiveMarkers: string[];
  /** Anaphors that name a sale; a mention naming both sides introduces an acquisition ("Yahoo's sale to Verizon"). */
  saleAnaphors: string[];
  /** Nouns after a contract noun that make it a modifier ("contract discussions"). */
  modifiedHeads: string[];
  /** Adjectives after which the noun is an idiom ("a great deal"). */
  blockedBefore: string[];
  /** Tested on a noun phrase's premodifiers: the agreement is only contemplated ("possible", "potential", « éventuel »). */
  tentativeModifier: RegExp;
  /**
   * Head nouns of a planned agreement that take the agreement's noun as complement, lower case (« projet », « proposition »): « le
   * projet de fusion entre Bouygues et SFR », « un projet d'accord » — the determiner is the head's, the agreement is tentative
   * (contracts/<lang>/tentative-head).
   */
  tentativeHeads: string[];
  /** Anchored at its end (the noun's end), on the 30 code units before it and the noun: an idiom ("of its own accord", « d'un commun accord »). */
  idiomAround: RegExp;
  /**
   * Non-global regex anchored at its end, tested on the text before a
   * singular agreement noun's phrase: the noun names consent, not an
   * agreement ("with the agreement of the board", « soumis à l'accord de
   * l'Autorité », « a donné son accord »).
   */
  consentBefore: RegExp;
  /**
   * Weaker consent cues: `before` (anchored at its end) and `after` (anchored
   * at its start) must both match: "with the agreement of the board",
   * « sans l'accord du Parlement » — but not « en conformité avec l'accord
   * électoral ».
   */
  consentWith: { before: RegExp; after: RegExp };
  /**
   * Non-global regex anchored at its end, tested on the text before a
   * determiner-less noun: an adverbial agreement whose parties are the
   * clause's subject and the actor after the noun ("Pfizer, in partnership
   * with BioNTech", « SpaceX, en partenariat avec la NASA »).
   */
  adverbialBefore: RegExp;
  determiners: {
    indefinite: string[];
    definite: string[];
    demonstrative: string[];
    possessive: string[];
    /** Determiners of a generic or non-specific mention ("such", « tout »). */
    generic: string[];
  };
  /** Tokens that end the premodifier chain before a determiner is found. */
  chainBreakers: string[];
  /** Chain breakers that may stand between capitalised words of a name ("of", "for", « de »). */
  nameConnectors: string[];
  /** Prepositions that introduce parties of any agreement ("with", « avec »). */
  partyPrepositions: string[];
  /** Extra party prepositions per kind ("acquisition of X by Y"). */
  kindPrepositions: Partial<Record<ContractKind, string[]>>;
  /** Tokens that end the search for parties after the noun. */
  partyStops: string[];
  /**
   * Party prepositions that take no descriptor before the party: "a contract
   * to Halliburton" but not "a deal to buy Oculus VR" (an infinitive).
   */
  strictPrepositions: string[];
  /**
   * Non-global regex anchored at its end, tested on the clause before an
   * acquisition verb's buyer: the clause is a condition or a wish, not a
   * fact ("if only Yahoo had bought Snapchat", « si Renault rachetait Nissan »).
   */
  hypotheticalBefore: RegExp;
  /**
   * Non-global regex anchored at its end, tested on the text before the subject of an agreement verb: a conjunction that makes the
   * clause an awaited event, not a fact — "We will not negotiate until Russia accepts a ceasefire", « jusqu'à ce que la Russie accepte
   * un cessez-le-feu » (contracts/<lang>/awaited-clause): the subject is no party of an agreement made.
   */
  awaitedBefore: RegExp;
  /**
   * Non-global regexes anchored at their end, tested on the text just before
   * a status cue: `modal` turns "signed" into `proposed` and voids
   * "cancelled" ("will be signed", "expected to sign", "allows Yahoo to
   * terminate", « devrait signer »); `threat` turns "cancelled" into
   * `disputed` ("threatened to cancel", « menace de rompre »); `otherObject`
   * (anchored at its start, tested after a "signed" cue) is an object that
   * is no agreement ("signed the bill into law", « a signé le décret »);
   * `future` (anchored at its end) is a plain future that states a decided
   * cancellation ("Fortress will give up the contract", « va résilier le contrat »).
   */
  statusBefore: { modal: RegExp; threat: RegExp; otherObject: RegExp; future: RegExp; resolved: RegExp };
  /**
   * Where a status cue has an object of its own (contracts/<lang>/status-own-object). `complement` (anchored at its start, tested
   * after the cue) is the preposition of a cue noun's complement ("the cancellation of", « l'annulation du »); `gap` (whole-string)
   * is what may stand between that preposition and the agreement's mention when the mention is the complement — determiners,
   * numbers, adjectives, names, not a verb or a second preposition ("the cancellation of the $2bn deal" yes, "the cancellation of the
   * air show was linked to the deal" no). `denial` (global) is a verb of denial with its complementiser ("denied that", « a démenti
   * que »): a cue in the denied clause is not a fact, and the denial is about that cue, not a dispute over the agreement.
   */
  cueObject: { complement: RegExp; gap: RegExp; denial: RegExp };
  /**
   * A person who signs in an office names the organisation they sign for (contracts/<lang>/signatory-company): `before`
   * (whole-string) is the text from the organisation's mention to the person's ("Airbus| chief executive |Guillaume Faury",
   * "Airbus|'s CEO |…"); `after` (whole-string) the text from the person's mention to the organisation's ("Guillaume Faury|, chief
   * executive of |Airbus"); `titleOf` (anchored at its end) a title and its « de » before the organisation when the person follows
   * it apposed (« Le PDG d'|Airbus|, |Guillaume Faury »); `possessiveTitle` (anchored at its start) "'s chief executive" after the
   * organisation when the person precedes it ("Guillaume Faury, |Airbus|'s chief executive").
   */
  signatory: { before: RegExp; after: RegExp; titleOf: RegExp; possessiveTitle: RegExp };
  /**
   * Non-global regex anchored at its start, tested at a `proposed` cue: a plain future of a transaction verb states a decided
   * agreement, announced ("Kmart will buy Sears", « Fiat va racheter Renault ») — not a plan or talks (contracts/<lang>/status-future).
   */
  decidedFuture: RegExp;
  /**
   * Litigation between two parties over an agreement named without parties (contracts/<lang>/litigants-parties): `verb` (whole-string)
   * is the text between the suing and the sued actor ("Embraer| is suing |Boeing", « Embraer |a attaqué| Boeing »), `over`
   * (whole-string) the text between the sued actor and the agreement's mention ("Boeing| over |the scrapped merger", « Boeing| en justice
   * au sujet de |la fusion »). The litigants are then the agreement's sides.
   */
  litigation: { verb: RegExp; over: RegExp };
  /**
   * Anchored at its end, tested on the text before an agreement named without parties: a preposition that frames the clause after it
   * as the agreement's content ("Under the agreement, signed in Riyadh, Saudi Arabia will buy 48 jets from BAE Systems", « Aux termes de
   * l'accord, l'Arabie saoudite achètera … »): the agreement of that clause, not a second one (contracts/<lang>/framed-content).
   */
  framingBefore: RegExp;
  /**
   * Anchored at its end, tested on the text between a status cue and the agreement's mention after it: a framing preposition — the
   * cue belongs to the event the agreement frames ("Egypt will receive 30 Rafale jets as part of a deal with France", « l'Égypte
   * recevra 30 Rafale dans le cadre d'un accord avec la France »: the deal is not proposed), contracts/<lang>/framed-event.
   */
  frameBetween: RegExp;
  /**
   * A verb of supplying its goods or works to a recipient, then the framing preposition of the agreement that governs it, right before the
   * agreement's noun phrase: "will supply Iberdrola with 40 turbines under ", « fournira six frégates à la Grèce dans le cadre d' »
   * (contracts/<lang>/frame-supply). Group 1 is the verb.
   */
  frameSupplyBefore: RegExp;
  /** Text allowed between two actors of one list, whole-string match: ", ", " and the ", « ainsi que les ». */
  listGap: RegExp;
  /**
   * Anchored at its start, tested after the comma that follows an agreement's noun phrase: a participle of signing up to the preposition
   * of its counterparty ("clinched last month with ", « conclu en janvier avec »); the actors after it are parties.
   */
  participleWith: RegExp;
  /**
   * Whether a name may follow the noun directly and name the agreement by its parties (French: « l'alliance Renault-Nissan », « le
   * contrat Autolib' », « l'accord UE-Mercosur »; English puts them before: "the Renault-Nissan alliance").
   */
  postNominalParties: boolean;
  /** Global regex: verbs whose subject is the parties of the agreement they govern ("signed", « ont conclu »). */
  agreementVerbs: RegExp;
  /** Non-global regex anchored at the noun's end: a passive signing verb and its agent preposition ("was signed by "). */
  signedBy: RegExp;
  /**
   * Non-global regex anchored at the end of a `signedBy` match: an approving verb and its agent preposition ("must be approved by ",
   * "still needs to be ratified by ", « doit encore être ratifié par »). After a definite or demonstrative mention the agent approves an
   * agreement already told — a parliament, a regulator — and is no party (contracts/<lang>/approved-by-not-party).
   */
  approvedBy: RegExp;
  /** Non-global regex tested on the same match: the approval is required, not done ("must be approved by", « doit encore être ratifié par »). */
  approvalRequired: RegExp;
  /**
   * Possessive determiners that may stand for an institution named in the
   * previous sentence ("its", "their", « son », « leur »; not "his", "her").
   */
  institutionPossessives: string[];
  /** Plural possessive determiners: their owner is the whole list before them ("their", « leur »). */
  pluralPossessives: string[];
  /** Plural pronouns standing for the parties of the previous sentence ("they", « ils »). */
  pluralPronouns: string[];
  acquisitionVerbs: AcquisitionVerb[];
  /**
   * Verbs of a reciprocal agreement: their subject list, and the actors after
   * the preposition the pattern may end with, are the parties ("Ford and SK
   * On have teamed up", "Toyota has partnered with Joby Aviation", « Microsoft
   * s'est associé avec OpenAI », « Thales et Safran vont fusionner »). Global,
   * unicode, case-insensitive; a match ending in a preposition ("with",
   * « avec », « à ») is followed by its object's parties.
   */
  reciprocalVerbs: AcquisitionVerb[];
  /**
   * Nouns of a purchase order ("order", « commande »): a contract only with a
   * counted complement or an amount ("an order of 50 Airbus A350 jets", "a
   * $16 billion order", « une commande de 36 Rafale »), never "an executive
   * order" or "in order to".
   */
  orderNouns: string[];
  /**
   * Plural order nouns ("orders", "bids", « commandes »): with a counted
   * complement and a party after them they are one deal between the
   * institution before and those parties ("attract bids for some 60 jets
   * from SunExpress", « des commandes de 40 avions auprès d'Emirates »).
   */
  orderPlurals: string[];
  /** Plural indefinite articles, generic elsewhere but introducing plural orders (« des commandes de 40 avions »). */
  pluralIndefinite: string[];
  /** Plural determiners that point at known agreements (« les », « ses », « leurs »; English "the"/"its"/"their" are definite or possessive already). */
  pluralDefinite: string[];
  /** Anchored at its start, tested after an order noun: the counted complement ("of 50", "for up to 30", « de 36 »). */
  orderComplement: RegExp;
  /** Anchored at its start, after an order noun: its buyer, then a count or a value ("from Poland for 152 howitzers", "from the FMV … worth 1.5 billion"). */
  orderFromComplement: RegExp;
  /**
   * Global regex: a verb of ordering goods ("ordered", « a commandé »); with
   * a count right after it ({@link orderCount}) and a seller (after
   * {@link sellerPrepositions}, or the maker of the goods) it is a purchase
   * contract between the institution before it and that seller.
   */
  orderVerbs: RegExp;
  /** Anchored at its start: a count of goods ("35", "up to 20", « une trentaine de »). */
  orderCount: RegExp;
  /** Prepositions introducing the seller of ordered goods ("from", « à », « auprès de »). */
  sellerPrepositions: string[];
  /** Infinitives after an infinitive marker whose object is a party: the supplied ("a deal to supply the Indian Air Force", « pour équiper »). */
  supplyVerbs: string[];
  /** Anchored at its end, before a contract noun of an order: a bare order noun after a verb (« a passé commande de 90 Boeing »). */
  bareOrderBefore: RegExp;
  /**
   * Anchored at its end, tested on the text before a determiner-less singular agreement noun (and its lower-case premodifiers): a
   * headline verb that drops the article ("Thales signs contract with Indian Navy", "Pfizer and BioNTech reach deal with EU");
   * the noun is introduced as if it had "a" (contracts/<lang>/headline-bare-noun). French headlines keep the article: never matches.
   */
  bareNounVerb: RegExp;
  /**
   * Nouns (lower case) that name a contract only as the object of a winning or awarding verb ({@link wonBefore}): "won a tender to
   * supply 40 trains", « a remporté un marché de 900 millions d'euros », « a décroché l'appel d'offres » — never "the tender offer
   * period", « le marché automobile », « lancer un appel d'offres » (a call for bids, no contract yet).
   */
  wonNouns: string[];
  /** Anchored at its end, tested on the 40 code units before a won noun's phrase: the winning verb ("won ", « a remporté »). */
  wonBefore: RegExp;
  /**
   * Anchored at its start, tested on the 60 code units after a won noun: a passive winning or awarding participle with its agent or
   * recipient ("the tender was won by Alstom", « le marché a été attribué au groupe Acciona », « un marché attribué par la RTM »).
   */
  wonAfter: RegExp;
  /**
   * Anchored at its start, tested after an agreement's noun phrase: an object relative pronoun ("which", "that", « que ») whose clause
   * names a signing subject, then {@link participleWith} after optional {@link relativeAuxiliary}: "The contract, which Thales signed
   * with Brazil in 2019", « le contrat, que Thales avait signé avec le Brésil » — the subject and the counterparty are parties.
   */
  relativeObject: RegExp;
  /** Anchored at its start, between the subject of a relative clause and its participle: auxiliaries ("had ", « avait »). */
  relativeAuxiliary: RegExp;
  /**
   * Verbs after an infinitive marker whose goods go to a beneficiary named after "for"/"to" (« pour », « à »): "a contract to build
   * 12 submarines for Australia", "a tender to supply 40 trains to Egypt", « un contrat pour livrer 40 trains à l'Égypte ».
   */
  beneficiaryVerbs: string[];
  /** Prepositions introducing that beneficiary ("for", "to", « pour », « à »). */
  beneficiaryPrepositions: string[];
  /**
   * Beneficiary verbs of making, whose place complement is where the goods are made (« produire des véhicules au Brésil »): after them
   * a place is a beneficiary only after {@link purposePreposition} ("build six frigates for Norway", « construire trois frégates pour la
   * Grèce »), while a verb of delivering takes it after any beneficiary preposition (« livrer 40 trains à l'Égypte »).
   */
  makingVerbs: string[];
  /** The beneficiary preposition of purpose ("for", « pour »). */
  purposePreposition: string;
  /** Nouns of supplying after {@link beneficiaryNounLead} whose goods go to a beneficiary likewise ("for the supply of 80 jets to", « pour la fourniture de 80 avions aux »). */
  beneficiaryNouns: string[];
  /** Whole-string match on the text from a preposition to a beneficiary noun: "for the ", « pour la ». */
  beneficiaryNounLead: RegExp;
  /**
   * Anchored at its start, right after an agreement noun: a participle of awarding up to the preposition of its recipients ("awarded to",
   * « passé à », « attribué en 2023 à »); the list after it are parties.
   */
  participleTo: RegExp;
  /**
   * Whole-string match on the text between a buyer and its acquisition verb: a headline's bare infinitive ("Microsoft to buy Activision
   * for $69bn" — an announced deal). French headlines state it in the present (« Microsoft rachète Activision »): never matches.
   */
  headlineInfinitive: RegExp;
  /** Anchored at its start, after a reciprocal verb and its parties: a campaign, not an agreement ("to pass the bill", « pour bloquer »). */
  campaignAfter: RegExp;
  /** Anchored at its start, at a relative pronoun after the noun: a clause binding the subject to a party, up to that party (« qui le liait à », "that binds it to "). */
  bindingRelative: RegExp;
  /** Anchored at its start, after a contract noun: talks about it ("merger talks", "deal negotiations"). */
  talksAfter: RegExp;
  /** Anchored at its end, before a contract noun: talks about it (« des négociations de fusion », « des pourparlers en vue d'un accord »). */
  talksBefore: RegExp;
  /**
   * Anchored at its end, tested on the text before a contract noun phrase:
   * a singular subject pronoun opening the clause ("it announced an order",
   * « il a signé un contrat »), standing for the previous sentence's first institution.
   */
  subjectPronounBefore: RegExp;
  /** Whole-string match on the clause before an acquisition verb: a subject pronoun or generic company noun ("the firm ", « le groupe a »). */
  subjectPronounVerb: RegExp;
  /**
   * Global regex: buying a stake, up to the preposition before the company
   * or the seller ("acquiring the entire 25.2% stake held by ", "bought a
   * 10% stake in ", « a pris une participation de 10 % dans »).
   */
  stakePurchase: RegExp;
  /**
   * Global regex: an institution choosing contractors, up to the first of
   * them ("announced the selection of ", "selected ", « a retenu »); the
   * list must be organisations and be followed by {@link selectionPurpose}.
   */
  selection: RegExp;
  /** Anchored at its start, after the chosen list: what they are chosen for ("to join", "for", « pour »). */
  selectionPurpose: RegExp;
  /**
   * Anchored at both ends, between a chosen contractor and its selection verb: a passive auxiliary ("was ", "has been ", « a été »),
   * and anchored at its start after the verb, the agent's preposition ("by ", « par »): "Alstom was chosen by SNCF to supply 15 trains".
   */
  selectionPassive: { auxiliary: RegExp; agent: RegExp };
  /**
   * contracts/<lang>/verb-entrust: a task of building or running entrusted to a contractor — `verb` (global) ends before the contractor
   * ("entrusted ", « a confié à »), `task` (anchored at its start) follows it (" with the construction of", « la construction du »).
   */
  entrust: { verb: RegExp; task: RegExp };
  /** Anchored at its end: a gerund clause whose buyer is the sentence's subject ("…, by acquiring", « en rachetant »). */
  gerundBefore: RegExp;
  /** Nouns that name a deal only when every party is an organisation ("a rescue by SoftBank", not "a rescue by the Coast Guard"). */
  organizationOnlyNouns: string[];
  /**
   * Nouns that name a takeover only with an organisation after them, every
   * party an organisation: "BHP's bid for Anglo American", "a $40 billion
   * offer for Arm", « l'offre de BHP sur Anglo American » — never "his bid for
   * re-election", "an offer for customers".
   */
  counterpartNouns: string[];
  /** Global regex: verbs of selling a business ("sold", "agreed to sell", « a cédé », « va vendre »); see `collectSaleMentions`. */
  saleVerbs: RegExp;
  /** Optional global regex: nouns of a sale up to their "of" ("the sale of", « la cession de »); read like {@link saleVerbs}. */
  saleNouns?: RegExp;
  /**
   * Optional global regex: a passive of acquisition up to its agent preposition ("was acquired by ", « a été racheté par »); the
   * subject is bought, the agent buys (see `collectPassiveAcquisitionMentions`).
   */
  passiveAcquisition?: RegExp;
  /**
   * Optional: talks between two named sides about an agreement named after them — `opening` (global) matches the talks up to
   * "between"/« entre », `topic` (anchored at the end of the sides) the preposition that leads to the agreement's noun (see
   * `collectTalksBetweenMentions`); `failed`, optional and anchored at the end of the sides, the failure of the talks, with or
   * without a topic before it ("… on a joint pipeline collapsed", « … ont capoté »): the agreement they sought is then cancelled.
   */
  talksBetween?: { opening: RegExp; topic: RegExp; failed?: RegExp };
  /**
   * Optional regex anchored at a descriptor token: a group described by who leads it, up to the agent preposition ("led by ",
   * « emmené par ») — the party is the leader named after it (see contracts/<lang>/party-led-by in `partyChainAfter`).
   */
  ledBy?: RegExp;
  /**
   * Optional: an accusation of breaking an agreement — `verb` (global) the verb of accusing, `breach` (anchored after the accused) the
   * breach up to the agreement's noun (see `collectBreachAccusationMentions`).
   */
  breachAccusation?: { verb: RegExp; breach: RegExp };
  /**
   * Optional global regex: a settlement of claims, from its verb to the preposition that introduces the other side ("agreed to pay
   * $14.7 billion to settle claims by ", « a accepté de verser 30 millions d'euros pour mettre fin au litige qui l'opposait à »); see
   * `collectSettlementMentions`.
   */
  settlementVerbs?: RegExp;
  /**
   * Optional global regex: a verb of leasing whose object, then a preposition, then the other side follow ("lease 100 tankers from ",
   * "leases the jets to ", « louer 100 avions à »); group 1 is the preposition. See `collectLeaseMentions`.
   */
  leaseVerbs?: RegExp;
  /** Non-global regex testing an order verb's match: a verb of ordering ("ordered", « commandé »), not of buying. */
  orderingVerb: RegExp;
  /** Non-global regex, tested on a mention's start and the words before it: a word that makes it another agreement ("another", "a new", « un nouvel »). */
  anotherBefore: RegExp;
  /** Prepositions introducing the buyer after a sale verb ("to", « à », « au »). */
  buyerPrepositions: string[];
  /** Nouns of a business sold or bought, lower case ("unit", "stake", « activité », « filiale »). */
  unitNouns: string[];
  /** Prepositions naming the owner of a business unit ("of", « de »). */
  unitOwnerPrepositions: string[];
  /** Prepositions that name a contract's holder right after it, a person or an organisation (« le contrat de Mbappé »). */
  holderPrepositions: string[];
  /**
   * Anchored at its start, after an acquisition verb: a share of the company bought before its name ("all of ", "a 51% stake in" is a
   * stake purchase; « la totalité d' », « l'intégralité du capital de »), stepped over before the object.
   */
  wholeOf: RegExp;
  /** Tokens that may not stand between an acquisition verb and its object. */
  verbObjectBlockers: string[];
  /** One non-global regex per status; tested on a window around each mention. */
  status: Record<ContractStatus, RegExp>;
}

const LEXICONS: Record<Language, ContractLexicon> = { en: EN_CONTRACTS, fr: FR_CONTRACTS };

/** Every name of a country of the gazetteer, lower case (src/lexicon/gazetteer/places.ts). */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((e) => e.names.map((n) => n.toLowerCase())));


/** A negation just before a status cue, in either language ("not", "never", « pas », « jamais »). */
const NEGATED_BEFORE = new RegExp(`(?<![${LETTER}])(?:not|never|n['’]t|pas|jamais|plus)\\s+(?:[${LETTER}]+\\s+)?$`, 'iu');

/** "has yet to" right before a signing cue: not signed yet ("Boeing has yet to sign the contract"). */
const YET_TO_BEFORE = /(?<![a-z])(?:has|have|had)\s+yet\s+to\s*$/iu;

/** A refusal right before a signing cue, either language: "refused to", "declined to", "rejected", « a refusé de », « a rejeté ». */
const REFUSED_BEFORE = new RegExp(`(?<![${LETTER}])(?:refus(?:e|es|ed|ing|é|ée|ent|ait|ant)|declin(?:e|es|ed|ing)|rechign(?:e|é|ent|ait))\\s+(?:to|de|d['’]|à)\\s*$`, 'iu');

/** A negation anywhere in a clause, either language ("At no time did", "never", « n'a jamais »). */
const NEGATED_CLAUSE = new RegExp(`(?<![${LETTER}])(?:no|not|never|n['’]t|ne|n['’]|jamais|aucune?)(?![${LETTER}])`, 'iu');

/** How far before an adverbial partnership a negation denies it, code units (a list of verbs: "At no time did X agree to, create, authorize or distribute"). */
const NEGATION_REACH = 120;

/** An opening quotation mark at the end of a stretch, after a space: ' had “', ' a dit « ', ' said "'. */
const OPENING_QUOTE_BEFORE = /(?:^|\s)[“«"]\s*$/u;

/** Strongest status first. */
const STATUS_PRIORITY: readonly ContractStatus[] = ['cancelled', 'amended', 'disputed', 'signed', 'announced', 'proposed'];

/** Actor kinds that can be party to an agreement. */
const PARTY_KINDS: readonly ActorKind[] = ['organization', 'government', 'person', 'group', 'place'];
/** Most parties an event noun takes from its sentence ({@link ContractLexicon.eventNouns}). */
const EVENT_PARTIES = 3;
/** Actor kinds preferred as the implicit party ("X … a deal with Y"). */
const INSTITUTION_KINDS: readonly ActorKind[] = ['organization', 'government', 'group'];

/** Characters of status context read on each side of a mention. */
const STATUS_WINDOW = 90;
/** Maximum premodifier tokens between determiner and noun ("a USD$23 billion dollar deal"). */
const MAX_PREMODIFIERS = 6;
/** Maximum connectors crossed inside a proper name before the noun ("Treaty of Friendship and Cooperation"). */
const MAX_NAME_CONNECTORS = 4;
/** Maximum tokens scanned after the noun for parties ("a deal to lease 100 … from Boeing"). */
const MAX_PARTY_TOKENS = 12;
/** Descriptor tokens allowed between a preposition and its party ("with aircraft manufacturer Boeing"). */
const MAX_DESCRIPTORS = 3;

/** A word of the text with its offsets. */
interface Token {
  start: number;
  end: number;
  /** Lower case. */
  lower: string;
}

type DeterminerType = 'indefinite' | 'definite' | 'demonstrative' | 'possessive' | 'generic' | 'apposition' | 'none';

/** One mention of an agreement (noun phrase or verb clause). */
interface Mention {
  start: number;
  end: number;
  kind: ContractKind;
  det: DeterminerType;
  /** The noun was an anaphor ("the purchase"): may only corefer. */
  anaphor: boolean;
  /** Parties named in the mention itself (possessor, premodifiers, "with X"). */
  parties: Actor[];
  /** An amount or a proper name anchors it ("a $23 billion deal", "the Paris Agreement"). */
  anchored: boolean;
  /** The agreement is called by a proper name ("the Paris Agreement", « l'accord de Paris »): a definite mention of it is not an anaphor. */
  named: boolean;
  inHeading: boolean;
  ruleId: string;
  statusWindow: Span;
  /** The description without its determiner, lower case ("767 lease"): identical descriptions corefer. */
  key: string;
  /** A premodifier says it is only contemplated ("a possible sale", « un éventuel rachat »): signed and announced cues read as proposed. */
  tentative?: boolean;
  /**
   * A definite mention without parties whose lower-case premodifiers describe one agreement ("the proposed tanker lease contract",
   * "the Boeing tanker lease deal" has a party): with a status cue it introduces the agreement (contracts/en/described-definite).
   */
  described?: boolean;
  /** The form itself announces the agreement when no cue says more ("Microsoft to buy Activision"): see {@link ContractLexicon.headlineInfinitive}. */
  announcedForm?: boolean;
}

/** One agreement being built from its mentions. */
interface Cluster {
  kind: ContractKind;
  parties: Actor[];
  statuses: Set<ContractStatus>;
  evidence: Span;
  ruleId: string;
  fromHeading: boolean;
  keys: Set<string>;
  /** Several agreements named at once ("awarded three contracts to X, Y and Z"): a singular re-mention names one of them, not the set. */
  plural: boolean;
}

/**
 * Extracts one contract per agreement named in `doc`.
 *
 * @param doc analysed text; its language selects the lexicon.
 * @param ctx linked actors (parties are actor refs; no actors → no parties).
 * @returns drafts (no ids) with `evidence` spans indexing `doc.text`: the
 *   noun phrase naming the agreement and its parties, or the acquisition
 *   clause from buyer to bought.
 */
export function extractContracts(doc: AnalysedText, ctx: ExtractionContext): Draft<Contract>[] {
  const lex = LEXICONS[doc.language] ?? EN_CONTRACTS;
  const text = doc.text;
  const headings = new Set(doc.headings.map((h) => h.start));
  const mentions: Mention[] = [];
  const nounRe = nounPattern(lex);
  sentenceFilters = new DocumentFilters(text);
  try {
    doc.sentences.forEach((sentence, k) => {
      const inHeading = headings.has(sentence.start);
      const tokens = tokenize(text, sentence.start, sentence.end);
      const sentenceFirst = mentions.length;
      collectNounMentions(text, sentence, doc.sentences[k - 1], tokens, inHeading, lex, nounRe, ctx.actors, mentions);
      collectVerbMentions(text, sentence, doc.sentences[k - 1], tokens, inHeading, lex, ctx.actors, mentions);
      collectStakeMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectSelectionMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectReciprocalMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions, sentenceFirst);
      addFramedSupplyParties(text, sentence, lex, ctx.actors, mentions, sentenceFirst);
      collectSaleMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectPassiveAcquisitionMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectTalksBetweenMentions(text, sentence, tokens, inHeading, lex, nounRe, ctx.actors, mentions);
      collectBreachAccusationMentions(text, sentence, tokens, inHeading, lex, nounRe, ctx.actors, mentions);
      collectSettlementMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectLeaseMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectEntrustMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectOrderVerbMentions(text, sentence, tokens, inHeading, lex, ctx.actors, mentions);
      collectExchangeMentions(text, sentence, inHeading, lex, ctx.actors, mentions);
    });
  } finally {
    sentenceFilters = null;
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  clipStatusWindows(text, mentions);
  const clusters = clusterMentions(text, mentions, lex);
  for (const c of clusters) {
    signatoryCompanies(text, c, ctx.actors, lex);
    if (c.parties.length === 0) c.parties = litigants(text, c.evidence, ctx.actors, lex);
  }
  return withoutFramingMentions(text, doc.sentences, clusters, lex).map((c) => ({
    kind: c.kind,
    parties: c.parties.map(refOf),
    // contracts/status-default-signed: "a new political economy agreement between Brazil and China",
    // « SpaceX, en partenariat avec la NASA » — stated as fact between two named parties, no cue: it is in force
    status: STATUS_PRIORITY.find((s) => c.statuses.has(s)) ?? (c.parties.length >= 2 ? 'signed' : null),
    evidence: c.evidence,
    ruleId: c.ruleId,
  }));
}

function refOf(actor: Actor): ActorRef {
  return { id: actor.id, name: actor.name };
}

/**
 * contracts/<lang>/litigants-parties: an agreement named without parties as what two actors litigate over is theirs — "Embraer is
 * suing Boeing over the scrapped merger", « Embraer a attaqué Boeing en justice au sujet de la fusion avortée » → Embraer and Boeing.
 * Returns the two litigants, or no one.
 */
function litigants(text: string, evidence: Span, actors: ActorIndex, lex: ContractLexicon): Actor[] {
  const sued = actors.nearestBefore(evidence.start, Math.max(0, evidence.start - 60), PARTY_KINDS);
  if (!sued || !lex.litigation.over.test(text.slice(sued.end, evidence.start))) return [];
  const suing = actors.nearestBefore(sued.start, Math.max(0, sued.start - 60), PARTY_KINDS);
  if (!suing || suing.actor === sued.actor || !lex.litigation.verb.test(text.slice(suing.end, sued.start))) return [];
  return [suing.actor, sued.actor];
}

/**
 * contracts/<lang>/framed-content: an agreement named without parties after a framing preposition ("Under the agreement, …", « Aux
 * termes de l'accord, … ») is the agreement of the clause it frames: when a later agreement of the same sentence has parties, the
 * framing one is dropped and its statuses go to that one.
 */
function withoutFramingMentions(text: string, sentences: readonly Span[], clusters: Cluster[], lex: ContractLexicon): Cluster[] {
  const dropped = new Set<Cluster>();
  for (const c of clusters) {
    if (c.parties.length > 0) continue;
    const sentence = sentences.find((s) => s.start <= c.evidence.start && c.evidence.start < s.end);
    if (!sentence || !lex.framingBefore.test(text.slice(sentence.start, c.evidence.start))) continue;
    const content = clusters.find((o) => o !== c && o.parties.length > 0 && o.evidence.start >= c.evidence.end && o.evidence.start < sentence.end);
    if (!content) continue;
    for (const st of c.statuses) content.statuses.add(st);
    dropped.add(c);
  }
  return dropped.size ? clusters.filter((c) => !dropped.has(c)) : clusters;
}

/** How far before its evidence a person party's mention is read for the company it signs for, code units. */
const SIGNATORY_WINDOW = 150;

/**
 * contracts/<lang>/signatory-company: a person who signs in an office signs for the organisation of that office, which is the party
 * — "Airbus chief executive Guillaume Faury signed the contract with Qantas", "Guillaume Faury, chief executive of Airbus, signed a
 * deal with Qantas", « Le PDG d'Airbus, Guillaume Faury, a signé le contrat avec Qantas », « Guillaume Faury, PDG d'Airbus, a signé
 * … » → Airbus and Qantas. The office is read around the person's mention nearest the evidence, or from the actor's `roleOf`.
 */
function signatoryCompanies(text: string, c: Cluster, actors: ActorIndex, lex: ContractLexicon): void {
  const parties: Actor[] = [];
  for (const p of c.parties) {
    const company = p.kind === 'person' ? companyOf(text, p, c.evidence, actors, lex) : undefined;
    const party = company ?? p;
    if (!parties.includes(party)) parties.push(party);
  }
  c.parties = parties;
}

/** The organisation a person party signs for, if its office is told next to its mention nearest `evidence` (see {@link signatoryCompanies}). */
function companyOf(text: string, person: Actor, evidence: Span, actors: ActorIndex, lex: ContractLexicon): Actor | undefined {
  const orgs: readonly ActorKind[] = ['organization', 'government'];
  const near = person.mentions.filter((m) => m.start >= evidence.start - SIGNATORY_WINDOW && m.start < evidence.end);
  const m = near[near.length - 1];
  if (!m) return undefined;
  const before = actors.nearestBefore(m.start, Math.max(0, m.start - 80), orgs);
  if (before && (lex.signatory.before.test(text.slice(before.end, m.start))
    || (/^\s*,\s*$/u.test(text.slice(before.end, m.start)) && lex.signatory.titleOf.test(text.slice(Math.max(0, before.start - 40), before.start))))) return before.actor;
  const after = actors.nearestAfter(m.end, m.end + 80, orgs);
  if (after && (lex.signatory.after.test(text.slice(m.end, after.start))
    || (/^\s*,\s*(?:the\s+)?$/iu.test(text.slice(m.end, after.start)) && lex.signatory.possessiveTitle.test(text.slice(after.end, after.end + 40))))) return after.actor;
  const role = person.roleOf ? actors.byName(person.roleOf.name) : undefined;
  return role && orgs.includes(role.kind) ? role : undefined;
}

/** Words of `text[from, to)`: letters, digits and currency signs, with inner hyphens, ampersands and decimal marks. */
export function tokenize(text: string, from: number, to: number): Token[] {
  // "USD$23", "now-cancelled", "11.5bn", "Sears, Roebuck & Co." → USD$23 | now-cancelled | 11.5bn | Sears | Roebuck | & | Co
  const re = /[\p{L}\p{N}$€£&](?:[\p{L}\p{N}$€£\-]|[.,](?=\p{N}))*/gu;
  const out: Token[] = [];
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) out.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() });
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');
}

/** One alternation of every noun form and anaphor, longest first, with unicode word boundaries. */
function nounPattern(lex: ContractLexicon): RegExp {
  const cached = NOUN_PATTERNS.get(lex);
  if (cached) return cached;
  const forms = new Set<string>();
  for (const n of lex.nouns) for (const f of [...n.forms, ...n.plural]) forms.add(f);
  for (const a of lex.anaphors) forms.add(a);
  const alt = [...forms].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const re = new RegExp(`(?<![${LETTER}${DIGIT}\\-])(?:${alt})(?![${LETTER}${DIGIT}])`, 'giu');
  NOUN_PATTERNS.set(lex, re);
  return re;
}

/**
 * {@link nounPattern} of each lexicon, built at its first document (it was built anew at each one: the word list sorted,
 * escaped and joined, then a look-up of the source in V8's regex cache). Its users set `lastIndex` before each scan.
 */
const NOUN_PATTERNS = new WeakMap<ContractLexicon, RegExp>();

function nounInfo(lex: ContractLexicon, surface: string): { kind: ContractKind; plural: boolean; anaphor: boolean } | undefined {
  const s = surface.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  for (const n of lex.nouns) {
    if (n.forms.some((f) => f.replace(/’/g, "'") === s)) return { kind: n.kind, plural: false, anaphor: false };
    if (n.plural.includes(s)) return { kind: n.kind, plural: true, anaphor: false };
  }
  if (lex.anaphors.includes(s)) return { kind: 'acquisition', plural: false, anaphor: true };
  return undefined;
}

/** Index of the first token starting at or after `offset`. */
function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces and hyphens separate offsets a and b ("Boeing-Air Force contract"). */
function joined(text: string, a: number, b: number): boolean {
  return /^[\s\u00a0\u202f\-–]*$/u.test(text.slice(a, b));
}

/**
 * contracts/<lang>/aside: a parenthesised amount or acronym that news sets after a figure or a name — "a £900 million ($1.1 billion)
 * deal", "the European Union (EU)", « une offre publique d'achat (OPA) amicale », « 3,9 milliards d'euros (4,3 milliards de dollars) »:
 * it belongs to the phrase and breaks neither a noun phrase nor a list of parties. Tested on the text between the brackets.
 */
const ASIDE_CONTENT = new RegExp(`^(?:(?:about|around|some|environ|près\\s+de|soit)\\s+)?(?:US|A|C)?[$€£]?\\s?[${DIGIT}][${DIGIT}.,\\u00a0\\u202f ]{0,12}(?:\\s?[${LETTER}$€£]{1,9}){0,4}$|^[${UPPER}][${UPPER}${DIGIT}&.\\-]{0,9}$`, 'u');
/** Longest bracketed aside, code units. */
const MAX_ASIDE = 40;

/** End (after the ")") of a bracketed aside opening at `open` (the "(" itself), or -1. */
function asideEnd(text: string, open: number): number {
  if (text[open] !== '(') return -1;
  const close = text.indexOf(')', open + 1);
  if (close < 0 || close - open > MAX_ASIDE) return -1;
  return ASIDE_CONTENT.test(text.slice(open + 1, close).trim()) ? close + 1 : -1;
}

/** Start (the "(") of a bracketed aside closing at `close` (the ")" itself), or -1. */
function asideStart(text: string, close: number): number {
  if (text[close] !== ')') return -1;
  const open = text.lastIndexOf('(', close);
  if (open < 0 || close - open > MAX_ASIDE || text.slice(open + 1, close).includes(')')) return -1;
  return asideEnd(text, open) === close + 1 ? open : -1;
}

/** A word that ends an amount ("$497 million", "€2bn", "10-year"): a comma after it may separate two premodifiers ("a $497 million, firm-fixed-price contract"). */
const AMOUNT_END = new RegExp(`^(?:[$€£]?[${DIGIT}][${DIGIT}.,]*(?:-[${LETTER}]+)?[${LETTER}]{0,3}|millions?|billions?|trillions?|milliards?|bn)$`, 'u');

interface NounPhraseStart {
  start: number;
  det: DeterminerType;
  /** Explicit possessor ("Boeing's deal"). */
  possessor?: ActorMention;
  /** The premodifiers cross a name connector: "the Broad Relationship of Cooperation … agreement". */
  crossedName?: boolean;
  /** A common-noun possessor with no actor ("his company's deal"): it may stand for the previous sentence's institution. */
  institutional?: boolean;
}

/**
 * Walks back from a contract noun over its premodifiers to the determiner:
 * "a USD$23 billion dollar deal" → `a` (indefinite); « son récent accord »
 * → `son` (possessive); « l'accord » → `l'` (definite); "Boeing's deal"
 * → possessor Boeing; "to deal" → none.
 */
function findDeterminer(text: string, tokens: Token[], nounIdx: number, nounStart: number, lex: ContractLexicon, actors: ActorIndex): NounPhraseStart {
  const comma = { crossed: false, boundary: nounStart };
  const found = findDeterminerFrom(text, tokens, nounIdx, nounStart, lex, actors, comma);
  // a comma between premodifiers is kept only in an indefinite phrase: "a $497 million, firm-fixed-price contract"
  return comma.crossed && found.det !== 'indefinite' ? { start: comma.boundary, det: 'none' } : found;
}

function findDeterminerFrom(text: string, tokens: Token[], nounIdx: number, nounStart: number, lex: ContractLexicon, actors: ActorIndex, comma: { crossed: boolean; boundary: number }): NounPhraseStart {
  const d = lex.determiners;
  let boundary = nounStart;
  let nameBudget = MAX_NAME_CONNECTORS;
  let lowerCount = 0;
  let inQuotes = false;
  for (let i = nounIdx - 1, n = 0; i >= 0 && n <= MAX_PREMODIFIERS + 12; i--, n++) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, boundary);
    // contracts/<lang>/aside: "a £900 million ($1.1 billion) deal" — the bracketed amount is stepped over
    if (/^\)[\s\u00a0\u202f]+$/u.test(gap)) {
      const open = asideStart(text, t.end);
      if (open >= 0) {
        let j = i;
        while (j >= 0 && tokens[j]!.start > open) j--;
        if (j >= 0 && /^[\s\u00a0\u202f]+$/u.test(text.slice(tokens[j]!.end, open))) {
          boundary = open;
          i = j + 1;
          continue;
        }
      }
    }
    // contracts/<lang>/comma-premodifier: "a $497 million, firm-fixed-price contract" (once, after an amount; see findDeterminer)
    if (!comma.crossed && /^,[\s\u00a0\u202f]+$/u.test(gap) && AMOUNT_END.test(t.lower) && !actors.mentionAt(t.start)) {
      comma.crossed = true;
      comma.boundary = boundary;
      boundary = t.start;
      continue;
    }
    // inside quotation marks a word is a premodifier, never a determiner: 'A "phase one" trade deal'
    if (inQuotes && /^[\s\u00a0\u202f]*["“”«»'‘’]/u.test(gap) === false && /["“”«»'‘’][\s\u00a0\u202f]*$/u.test(gap) === false) {
      boundary = t.start;
      continue;
    }
    // contracts/<lang>/tentative-head: « le projet de fusion », « un projet d'accord » — the phrase goes on to the head's determiner
    const head = tokens[i - 1];
    if ((t.lower === 'de' && /^[\s\u00a0]+$/u.test(gap) || t.lower === 'd' && /^['’]$/u.test(gap)) && head && lex.tentativeHeads.includes(head.lower)
      && /^[\s\u00a0]+$/u.test(text.slice(head.end, t.start))) {
      boundary = head.start;
      i--;
      n++;
      continue;
    }
    // elided article: « l'accord », « l’entente » (the apostrophe sits in the gap)
    if (/^['’]$/.test(gap)) {
      if (t.lower === 'l') return { start: t.start, det: 'definite' };
      if (t.lower === 's' && i > 0) {
        // English possessive: "Boeing's deal", "the Air Force's contract"
        const owner = actors.mentionAt(t.start - 2);
        return { start: owner ? owner.start : tokens[i - 1]!.start, det: 'possessive', possessor: owner };
      }
      return { start: t.start, det: 'none' }; // « d'accord », « qu'accord »
    }
    // contracts/<lang>/scare-quotes: quotation marks around premodifiers stay in the phrase: 'A "phase one" trade deal', « un accord "historique" »
    // (a closing single quote after an "s" is a plural possessive: "Airbus' deal")
    const quoted = /^[\s\u00a0\u202f]*["“”«»][\s\u00a0\u202f]*$/u.test(gap) || /^[\s\u00a0\u202f]+['‘]$/u.test(gap) || (/^['’][\s\u00a0\u202f]+$/u.test(gap) && !t.lower.endsWith('s'));
    if (!quoted && !/^[\s\u00a0\u202f\-–]*$/u.test(gap)) return { start: boundary, det: 'none' }; // punctuation breaks the phrase
    if (quoted) {
      // a closing mark (the word before it touches it) opens the quoted stretch walking back; an opening mark closes it
      const closing = /^["“”«»'‘’]/u.test(gap);
      inQuotes = closing;
      if (closing) {
        boundary = t.start;
        continue;
      }
    }
    // contracts/en/possessive-s: "Facebook's $19 billion acquisition", "the company's deal" (the apostrophe sits before the "s" token)
    if (t.lower === 's' && i > 0 && /^['’]$/u.test(text.slice(tokens[i - 1]!.end, t.start))) {
      const ownerTok = tokens[i - 1]!;
      const owner = actors.mentionAt(ownerTok.start);
      if (owner) return { start: owner.start, det: 'possessive', possessor: owner };
      // a common-noun possessor ("his company's", "the group's") stands for an institution, like "its"
      return { start: ownerTok.start, det: 'possessive', institutional: !isCapitalised(text[ownerTok.start]!) };
    }
    const w = t.lower;
    if (d.indefinite.includes(w)) return { start: t.start, det: 'indefinite', crossedName: nameBudget < MAX_NAME_CONNECTORS };
    if (d.definite.includes(w)) {
      // an article inside a name: "… Prosperity in the XXI Century agreement"
      const conn = tokens[i - 1];
      const nameWord = tokens[i - 2];
      const insideName = conn && nameWord && nameBudget > 0 && lex.nameConnectors.includes(conn.lower) && isCapitalised(text[nameWord.start]!) && isCapitalised(text[boundary]!);
      if (!insideName) return { start: t.start, det: 'definite', crossedName: nameBudget < MAX_NAME_CONNECTORS };
      boundary = t.start;
      continue;
    }
    if (d.demonstrative.includes(w)) return { start: t.start, det: 'demonstrative' };
    if (d.possessive.includes(w)) return { start: t.start, det: 'possessive' };
    if (d.generic.includes(w)) return { start: t.start, det: 'generic' };
    if (lex.chainBreakers.includes(w)) {
      // a connector inside a proper name: "the Broad Relationship of Cooperation … in the XXI Century agreement"
      const after = tokens[i + 1] && d.definite.includes(tokens[i + 1]!.lower) ? tokens[i + 2] : tokens[i + 1];
      const inName = lex.nameConnectors.includes(w) && i > 0 && after !== undefined && isCapitalised(text[after.start]!) && isCapitalised(text[tokens[i - 1]!.start]!);
      if (!inName) return { start: boundary, det: 'none' };
      nameBudget--;
      if (nameBudget < 0) return { start: boundary, det: 'none' };
    }
    if (n === 0 && lex.blockedBefore.includes(w)) return { start: t.start, det: 'generic' };
    // lower-case premodifiers are few ("a USD$23 billion dollar deal"); capitalised name words may be more
    if (!isCapitalised(text[t.start]!) && ++lowerCount > MAX_PREMODIFIERS) return { start: boundary, det: 'none' };
    boundary = t.start;
  }
  return { start: boundary, det: 'none' };
}

/** Actor mentions of party kinds starting within [from, to). */
function partyMentionsIn(actors: ActorIndex, from: number, to: number): ActorMention[] {
  return actors.mentionsIn(from, to, PARTY_KINDS);
}

/**
 * Parties after the noun: "with aircraft manufacturer Boeing", « avec le
 * Département de la Défense », "between Brazil and China", "of Sears by
 * Kmart". Returns the parties and the end of the last one.
 */
function partiesAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, kind: ContractKind, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; end: number } {
  const preps = new Set([...lex.partyPrepositions, ...(lex.kindPrepositions[kind] ?? [])]);
  const nouns = nounSet(lex);
  // what is bought may be an app or a brand: "its $1 billion buyout of Instagram"
  const allowProducts = kind === 'acquisition' || kind === 'merger';
  const parties: Actor[] = [];
  let end = -1;
  let i = fromIdx;
  let scanned = 0;
  let prev = fromIdx > 0 ? tokens[fromIdx - 1]!.end : 0;
  while (i < tokens.length && scanned < MAX_PARTY_TOKENS) {
    const t = tokens[i]!;
    if (t.start >= sentenceEnd) break;
    // contracts/<lang>/aside: « une offre publique d'achat (OPA) amicale pour acquérir … » — a bracketed acronym or amount is stepped over
    const open = text.indexOf('(', prev);
    if (open >= 0 && open < t.start && /^[\s\u00a0\u202f]*\($/u.test(text.slice(prev, t.start))) {
      const close = asideEnd(text, open);
      if (close > 0) {
        prev = close;
        i = tokenIndexAt(tokens, close);
        scanned++;
        continue;
      }
    }
    // contracts/<lang>/participle-with: "South Korea's biggest ever arms deal, clinched last month with Poland", « un accord, conclu en
    // janvier avec l'Inde » — a reduced relative of signing after a comma names the counterparty
    // contracts/<lang>/participle-to: « du contrat passé à Dassault Aviation, Thales, Safran et MBDA », "the contract awarded to Boeing" — the
    // recipients of an award right after the noun are parties — contracts/<lang>/participle-to-later: or past the noun's complements, or after
    // a comma: "a drilling contract awarded last year to Halliburton", « un contrat de forage attribué l'an dernier à Halliburton », « la
    // concession, confiée en 2019 au groupe Vinci »
    const pt = /^,?\s+$/u.test(text.slice(prev, t.start)) ? lex.participleTo.exec(text.slice(t.start, Math.min(sentenceEnd, t.start + 80))) : null;
    if (pt) {
      const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, t.start + pt[0].length), sentenceEnd, lex, actors);
      for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
      if (found.parties.length) {
        end = Math.max(end, found.end);
        break;
      }
    }
    // contracts/<lang>/relative-signer: "The contract, which Thales signed with Brazil in 2019", « le contrat, que Thales avait signé avec le
    // Brésil », "the deal that Airbus struck with IndiGo" — an object relative whose subject signs it with a counterparty names both parties
    const relative = /^,?\s+$/u.test(text.slice(prev, t.start)) ? relativeSignerParties(text, tokens, prev, sentenceEnd, lex, actors) : undefined;
    if (relative) {
      for (const a of relative.parties) if (!parties.includes(a)) parties.push(a);
      end = Math.max(end, relative.end);
      break;
    }
    if (/^,\s+$/u.test(text.slice(prev, t.start))) {
      const pw = lex.participleWith.exec(text.slice(t.start, Math.min(sentenceEnd, t.start + 80)));
      if (pw) {
        const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, t.start + pw[0].length), sentenceEnd, lex, actors);
        for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
        if (found.parties.length) end = Math.max(end, found.end);
        break;
      }
    }
    // clause punctuation ends the search unless it lies inside an actor name ("Sears, Roebuck & Co.")
    if (/[;:()«»"“”!?]|,\s/u.test(text.slice(prev, t.start)) && !insideMention(actors, prev, t.start)) break;
    // contracts/<lang>/party-infinitive: "his deal to buy Twitter", « son offre pour racheter Twitter »: the object of the acquisition verb
    // contracts/<lang>/party-supplied: "a deal to supply Indian Air Force with 56 C295", « un contrat pour équiper la marine grecque » — the supplied
    const supplied = lex.infinitiveMarkers.includes(t.lower) && tokens[i + 1] !== undefined && lex.supplyVerbs.includes(tokens[i + 1]!.lower);
    if (lex.infinitiveMarkers.includes(t.lower) && tokens[i + 1] && (supplied || lex.acquisitionVerbs.some((v) => wholeMatch(v.pattern, tokens[i + 1]!.lower)))) {
      // contracts/<lang>/party-seller: "a 15-year agreement to buy liquefied natural gas from Cheniere Energy", « un contrat pour acheter du
      // gaz auprès de Sonatrach » — goods bought from a seller: the seller is the party, not the goods
      const seller = supplied ? undefined : sellerAfter(text, tokens, i + 2, sentenceEnd, lex, actors);
      if (seller) {
        if (!parties.includes(seller.actor)) parties.push(seller.actor);
        end = Math.max(end, seller.end);
        break;
      }
      const found = partyChainAfter(text, tokens, i + 2, sentenceEnd, lex, actors, MAX_DESCRIPTORS, !supplied);
      if (found.parties.length) {
        for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
        end = Math.max(end, found.end);
        break;
      }
    }
    // contracts/<lang>/party-beneficiary: "a contract to build 12 submarines for Australia", « un contrat pour livrer 40 trains à l'Égypte »
    // — the goods go to the party named after "for"/"to" (« pour », « à ») within a few words of the verb, or of a noun of supplying:
    // "a contract for the supply of 80 jets to the UAE", « le contrat pour la fourniture de 80 Rafale aux Émirats arabes unis »
    // (tested at the preposition, which may be a party stop: « pour la fourniture de »)
    const noun = tokens[i + 2];
    const supplyNoun = noun !== undefined && lex.beneficiaryNouns.includes(noun.lower) && lex.beneficiaryNounLead.test(text.slice(t.start, noun.start));
    if (supplyNoun || (lex.infinitiveMarkers.includes(t.lower) && tokens[i + 1] !== undefined && lex.beneficiaryVerbs.includes(tokens[i + 1]!.lower))) {
      const found = beneficiaryAfter(text, tokens, supplyNoun ? i + 3 : i + 2, sentenceEnd, lex, actors, !supplyNoun && lex.makingVerbs.includes(tokens[i + 1]!.lower));
      if (found) {
        if (!parties.includes(found.actor)) parties.push(found.actor);
        end = Math.max(end, found.end);
        break;
      }
    }
    if (lex.partyStops.includes(t.lower)) {
      // contracts/<lang>/binding-relative: « l'accord de défense qui le liait à la France », "the pact that binds it to France"
      const rel = lex.bindingRelative.exec(text.slice(t.start, Math.min(sentenceEnd, t.start + 60)));
      if (rel) {
        const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, t.start + rel[0].length), sentenceEnd, lex, actors);
        for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
        if (found.parties.length) end = Math.max(end, found.end);
      }
      break;
    }
    // contracts/<lang>/party-stop-noun: another agreement begins ("its buyout of Instagram and closed the deal to buy Oculus VR")
    // but a compound goes on: « son accord de partenariat avec Nissan », "an agreement of partnership with"
    if (i > fromIdx && nouns.has(t.lower) && !lex.nameConnectors.includes(tokens[i - 1]!.lower)) break;
    // a connector inside a name is no preposition: « un bail avec une Société de Projet »
    // (but a connector between two known names joins them: « l'offre de BHP sur Anglo American »)
    const inName = i > fromIdx && lex.nameConnectors.includes(t.lower) && isCapitalised(text[tokens[i - 1]!.start]!) && tokens[i + 1] !== undefined && isCapitalised(text[tokens[i + 1]!.start]!)
      && !(actors.mentionAt(tokens[i - 1]!.start)?.end === tokens[i - 1]!.end && mentionStartingAt(text, tokens, i + 1, actors));
    // contracts/<lang>/contract-holder: « le PSG a prolongé le contrat de Kylian Mbappé » — the name right after names the holder,
    // a person or an organisation (« le contrat de concession de l'aéroport de Lisbonne » names a place, no party)
    const holder = kind === 'contract' && !preps.has(t.lower) && lex.holderPrepositions.includes(t.lower) && !inName;
    if ((preps.has(t.lower) || holder) && !inName) {
      const strict = holder || lex.strictPrepositions.includes(t.lower);
      // (a holder may take its article: « l'appel d'offres de la marine néerlandaise » — one word, which a leading article does not count as)
      const found = partyChainAfter(text, tokens, i + 1, sentenceEnd, lex, actors, holder ? 1 : strict ? 0 : MAX_DESCRIPTORS, allowProducts, lex.betweenPrepositions.includes(t.lower));
      // (a government holds one too: « l'appel d'offres de la marine néerlandaise », « le contrat de l'armée de Terre »)
      if (holder) found.parties = found.parties.filter((a) => a.kind === 'person' || a.kind === 'organization' || a.kind === 'government');
      if (found.parties.length) {
        for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
        end = Math.max(end, found.end);
        i = found.nextIdx;
        prev = tokens[i - 1]!.end;
        scanned++;
        continue;
      }
    }
    prev = t.end;
    i++;
    scanned++;
  }
  return { parties, end };
}

/** Most words between a beneficiary verb and the preposition of its beneficiary ("to build 12 attack submarines for"). */
const BENEFICIARY_REACH = 6;

/** Farthest token after a verb of purchase where its seller's preposition is looked for ("to buy liquefied natural gas from …"). */
const SELLER_REACH = 8;

/**
 * The seller after goods bought (see contracts/<lang>/party-seller): an institution after a
 * {@link ContractLexicon.sellerPrepositions} preposition (« auprès de » takes its « de ») within {@link SELLER_REACH} tokens of
 * `fromIdx`, with no clause punctuation, party stop or actor but a product before it (an actor first is the thing bought: "to buy Oculus from …").
 */
function sellerAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex): { actor: Actor; end: number } | undefined {
  for (let j = fromIdx; j < tokens.length && j <= fromIdx + SELLER_REACH && tokens[j]!.start < sentenceEnd; j++) {
    const t = tokens[j]!;
    if (j > fromIdx && /[;:()«»"“”]|,\s/u.test(text.slice(tokens[j - 1]!.end, t.start))) return undefined;
    if (lex.partyStops.includes(t.lower)) return undefined;
    if (!lex.sellerPrepositions.includes(t.lower)) {
      // (a product is the goods: "to buy liquefied natural gas (LNG) from …")
      const bought = actors.mentionAt(t.start);
      if (bought && bought.actor.kind !== 'product') return undefined;
      continue;
    }
    const k = tokens[j + 1] && SELLER_DE.has(tokens[j + 1]!.lower) && t.lower === 'auprès' ? j + 2 : j + 1;
    const found = partyChainAfter(text, tokens, k, sentenceEnd, lex, actors, MAX_DESCRIPTORS);
    const first = found.parties[0];
    return first && INSTITUTION_KINDS.includes(first.kind) ? { actor: first, end: found.end } : undefined;
  }
  return undefined;
}

/** The « de » of « auprès de ». */
const SELLER_DE: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd']);

/**
 * The beneficiary of goods after a {@link ContractLexicon.beneficiaryVerbs} verb starting at token `fromIdx`: the first institution after
 * a beneficiary preposition within {@link BENEFICIARY_REACH} words, up to clause punctuation or a party stop.
 */
function beneficiaryAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex, making = false): { actor: Actor; end: number } | undefined {
  for (let j = fromIdx; j < tokens.length && j <= fromIdx + BENEFICIARY_REACH && tokens[j]!.start < sentenceEnd; j++) {
    const t = tokens[j]!;
    if (j > fromIdx && /[;:()«»"“”]|,\s/u.test(text.slice(tokens[j - 1]!.end, t.start))) return undefined;
    if (lex.partyStops.includes(t.lower) || lex.infinitiveMarkers.includes(t.lower) && !lex.beneficiaryPrepositions.includes(t.lower)) return undefined;
    if (!lex.beneficiaryPrepositions.includes(t.lower)) continue;
    const found = partyChainAfter(text, tokens, j + 1, sentenceEnd, lex, actors, 1);
    const first = found.parties[0];
    // (a country as a place receives goods as a state: "to the United Arab Emirates")
    // contracts/<lang>/making-place: « un accord pour produire ensemble des véhicules électriques au Brésil » — after a verb of making,
    // « au Brésil » is where the goods are made; only « pour la Grèce », "for Norway" names who receives them
    const placeReceives = !making || t.lower === lex.purposePreposition;
    if (first && (INSTITUTION_KINDS.includes(first.kind) || (placeReceives && first.kind === 'place' && COUNTRY_NAMES.has(first.name.toLowerCase())))) return { actor: first, end: found.end };
  }
  return undefined;
}

/**
 * contracts/<lang>/relative-signer: after an agreement's noun phrase ending at `at`, an object relative ({@link
 * ContractLexicon.relativeObject}), its subject (an actor, maybe after an article), auxiliaries, then a participle of signing with its
 * counterparty ({@link ContractLexicon.participleWith}): "…, which Thales signed with Brazil", « …, que Thales avait signé avec le Brésil ».
 * Returns the subject and the counterparties, or undefined.
 */
function relativeSignerParties(text: string, tokens: Token[], at: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; end: number } | undefined {
  const rel = lex.relativeObject.exec(text.slice(at, Math.min(sentenceEnd, at + 20)));
  if (!rel) return undefined;
  const subjAt = at + rel[0].length;
  const subject = actors.nearestAfter(subjAt, Math.min(sentenceEnd, subjAt + 40), PARTY_KINDS);
  if (!subject || !RELATIVE_SUBJECT_LEAD.test(text.slice(subjAt, subject.start))) return undefined;
  const aux = lex.relativeAuxiliary.exec(text.slice(subject.end, Math.min(sentenceEnd, subject.end + 40)));
  const pAt = subject.end + (aux ? aux[0].length : 0);
  const pw = lex.participleWith.exec(text.slice(pAt, Math.min(sentenceEnd, pAt + 80)));
  if (!pw) return undefined;
  const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, pAt + pw[0].length), sentenceEnd, lex, actors);
  if (!found.parties.length) return undefined;
  return { parties: [subject.actor, ...found.parties.filter((a) => a !== subject.actor)], end: found.end };
}

/** Between a relative pronoun and its subject: nothing or an article ("which the Navy signed", « que la France a signé »). */
const RELATIVE_SUBJECT_LEAD = /^\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** True when a global verb pattern matches the whole of `word`. */
function wholeMatch(pattern: RegExp, word: string): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(word);
  pattern.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].length === word.length;
}

function insideMention(actors: ActorIndex, from: number, to: number): boolean {
  const m = actors.mentionAt(from);
  return m !== undefined && m.start < from && m.end >= to;
}

/**
 * After a party preposition: up to `maxDescriptors` descriptor tokens ("with
 * aircraft manufacturer Boeing", « par 22 des 27 gouvernements de l'Union
 * européenne »), then a list of actor mentions whose gaps are list joiners
 * ("X and Y", « X, Y ainsi que les États-Unis, le Japon et le Maroc »).
 */
function partyChainAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex, maxDescriptors = MAX_DESCRIPTORS, allowProducts = false, between = false): { parties: Actor[]; end: number; nextIdx: number } {
  let first: ActorMention | undefined;
  let conjunctions = between ? 1 : 0;
  // a leading article is no descriptor when descriptors are allowed: "the merger of the big newspaper chains Gannett and GateHouse Media"
  let ledByDeterminer = false;
  let crossedComma = false;
  const dets = lex.determiners;
  for (let i = fromIdx, k = 0; i < tokens.length && tokens[i]!.start < sentenceEnd && k <= maxDescriptors; i++, k++) {
    const t = tokens[i]!;
    if (i === fromIdx && maxDescriptors > 0 && (dets.definite.includes(t.lower) || dets.possessive.includes(t.lower)) && !mentionStartingAt(text, tokens, i, actors)) { ledByDeterminer = true; k--; continue; }
    // a common possessor leads a description too: "held by Tribune’s former chairman, Michael Ferro"
    if (i === fromIdx && maxDescriptors > 0 && /^['’]s\s/u.test(text.slice(t.end, t.end + 3)) && !mentionStartingAt(text, tokens, i, actors)) { ledByDeterminer = true; k--; continue; }
    // contracts/<lang>/between-unnamed: "a ceasefire between Houthi rebels and Saudi Arabia", « entre les indépendantistes algériens et l'armée française »:
    // the first side is unnamed, the second is a party
    if (conjunctions > 0 && i > fromIdx && lex.conjunctions.includes(t.lower)) { conjunctions--; k = -1; continue; }
    const gap = i > fromIdx ? text.slice(tokens[i - 1]!.end, t.start) : '';
    // contracts/<lang>/party-appositive: a description led by an article, a comma, then the name: "a rescue by its largest shareholder,
    // Japanese technology investment company SoftBank Group Corp", « un sauvetage par son premier actionnaire, le groupe japonais SoftBank »
    if (ledByDeterminer && !crossedComma && /^,\s+$/u.test(gap)) {
      crossedComma = true;
      k = -1;
    } else if (/[;:()«»"“”]|,\s/u.test(gap)) break;
    const m = mentionStartingAt(text, tokens, i, actors);
    if (m && (PARTY_KINDS.includes(m.actor.kind) || (allowProducts && m.actor.kind === 'product' && !goodsModifier(text, tokens, m, lex) && !COUNTED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))))) {
      // contracts/<lang>/party-not-indefinite: a named party takes no indefinite article ("the lease from a NPV", "with a Special Purpose Entity")
      // the article may stand before capitalised words the actor extractor left out: "a Special Purpose Entity" → "Purpose Entity"
      let j = i - 1;
      // (« une Société de Projet »: a name connector between capitalised words belongs to the name)
      while (j > fromIdx && j >= i - 4 && (isCapitalised(text[tokens[j]!.start]!) || (lex.nameConnectors.includes(tokens[j]!.lower) && isCapitalised(text[tokens[j - 1]!.start]!)))) j--;
      if (j >= fromIdx && j < i && lex.determiners.indefinite.includes(tokens[j]!.lower)) break;
      // contracts/<lang>/party-possessed: "by the government's Pension Benefit Guarantee Corp." — the party is the possessed name
      const possessed = /^['’]s?\s+$/u.test(text.slice(m.end, m.end + 3)) ? actors.mentionAt(m.end + (text[m.end + 1] === 's' ? 3 : 2)) : undefined;
      first = possessed && PARTY_KINDS.includes(possessed.actor.kind) ? possessed : m;
      // contracts/<lang>/descriptor-alias: « dans le constructeur chinois Leapmotor », "with the carmaker's rival Ford" — a lower-case description
      // the actor extractor linked to some actor, then the name it introduces: the name is the party
      if (!isCapitalised(first.text.replace(LEADING_ARTICLE, '')[0] ?? 'A')) {
        const named = actors.nearestAfter(first.end, Math.min(sentenceEnd, first.end + 40), PARTY_KINDS);
        if (named && named.actor !== first.actor && DESCRIPTOR_GAP.test(text.slice(first.end, named.start))) first = named;
        // contracts/<lang>/descriptor-unknown-name: « un partenariat avec la compagnie scandinave SAS » where "la compagnie" was linked to
        // another actor and SAS is unmarked — the description introduces that unknown name, not the linked actor
        else if (!(named && DESCRIPTOR_GAP.test(text.slice(first.end, named.start))) && DESCRIBED_NAME_AFTER.test(text.slice(first.end, first.end + 40))) first = undefined;
      }
      // an appositive name is followed by its clause, not a reporting verb: "with the company, Boeing said" names no party
      const next = crossedComma && first ? tokens[tokenIndexAt(tokens, first.end)] : undefined;
      if (next && lex.partyStops.includes(next.lower)) first = undefined;
      break;
    }
    // contracts/<lang>/party-led-by: "the takeover of Casino by a consortium led by Czech billionaire Daniel Kretinsky", « le rachat de
    // Casino par le consortium emmené par le milliardaire tchèque Daniel Kretinsky » — the group is described by its leader, the party
    const led = lex.ledBy && i > fromIdx ? lex.ledBy.exec(text.slice(t.start, Math.min(sentenceEnd, t.start + 24))) : null;
    if (led) {
      i = tokenIndexAt(tokens, t.start + led[0].length) - 1;
      k = -1;
      continue;
    }
    if (lex.partyStops.includes(t.lower)) break;
  }
  if (!first) return { parties: [], end: -1, nextIdx: fromIdx };
  const list = listFrom(text, first, sentenceEnd, lex, actors);
  return { parties: list.parties, end: list.end, nextIdx: tokenIndexAt(tokens, list.end) };
}

/** Up to three lower-case words then a capitalised word: the name a description introduces (" scandinave SAS"). */
const DESCRIBED_NAME_AFTER = new RegExp(`^(?:\\s+[${LOWER}][${LOWER}-]{0,20}){0,3}\\s+[${UPPER}]`, 'u');

/** An article opening a description ("the carmaker", « le constructeur », « l'avionneur »). */
const LEADING_ARTICLE = /^(?:(?:the|a|an|le|la|les|un|une)\s+|l['’]\s*)/iu;

/** Up to three lower-case words between a description and the name it introduces: " chinois ", " ". */
const DESCRIPTOR_GAP = new RegExp(`^(?:\\s+[${LOWER}][${LOWER}-]{0,20}){0,3}\\s+$`, 'u');

/** A count just before a product name: goods, not a company bought (« l'achat de 26 Rafale », "the purchase of 50 F-35"). */
const COUNTED_BEFORE = new RegExp(`[${DIGIT}][${DIGIT}.,]{0,12}\\s{1,3}$`, 'u');

/**
 * For a bid or an offer: every party is an organisation, and the first
 * organisation after the noun follows its preposition directly, or after
 * descriptors that are no function words ("for chip designer Arm", « de BHP
 * sur Anglo American ») — not "an offer for customers of Samsung".
 */
function counterpartNamed(text: string, nounEnd: number, after: { parties: Actor[]; end: number }, lex: ContractLexicon, actors: ActorIndex, parties: Actor[]): boolean {
  if (parties.some((a) => a.kind !== 'organization')) return false;
  const first = actors.mentionsIn(nounEnd, Math.max(nounEnd, after.end), ['organization']).find((am) => after.parties.includes(am.actor));
  if (!first) return false;
  const between = tokenize(text, nounEnd, first.start).slice(1);
  return !between.some((t) => lex.chainBreakers.includes(t.lower) && !lex.determiners.definite.includes(t.lower));
}

/** Longest stretch after a plural contract noun searched for its recipients, code units. */
const RECIPIENT_WINDOW = 200;

/**
 * A list of two or more recipients after a verb-party preposition ("to",
 * « à ») within {@link RECIPIENT_WINDOW} of the noun: "…, awarding lander
 * missions to companies Astrobotic, Intuitive Machines and Orbit Beyond".
 */
function recipientListAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; end: number } | undefined {
  const limit = Math.min(sentenceEnd, (tokens[fromIdx]?.start ?? sentenceEnd) + RECIPIENT_WINDOW);
  for (let i = fromIdx; i < tokens.length && tokens[i]!.start < limit; i++) {
    if (!lex.verbPartyPrepositions.includes(tokens[i]!.lower)) continue;
    const found = partyChainAfter(text, tokens, i + 1, sentenceEnd, lex, actors);
    if (found.parties.length >= 2) return { parties: found.parties, end: found.end };
  }
  return undefined;
}

/**
 * contracts/<lang>/order-maker: the maker of the goods an order counts is
 * its seller — an organisation named in the complement ("an order of 30
 * Boeing jets"), or the first word of a product's name when it is a known
 * organisation ("an order of 50 Airbus A350-900 jets" → Airbus, « une
 * commande de 36 Dassault Rafale » → Dassault). Scans at most
 * MAX_PARTY_TOKENS tokens after the noun, up to clause punctuation.
 */
function goodsMaker(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex): ActorMention | undefined {
  for (let i = fromIdx; i < tokens.length && i < fromIdx + MAX_PARTY_TOKENS && tokens[i]!.start < sentenceEnd; i++) {
    const t = tokens[i]!;
    if (i > fromIdx && /[;:()«»"“”]|,\s/u.test(text.slice(tokens[i - 1]!.end, t.start))) return undefined;
    if (lex.partyStops.includes(t.lower)) return undefined;
    const m = mentionStartingAt(text, tokens, i, actors);
    if (!m) continue;
    if (INSTITUTION_KINDS.includes(m.actor.kind)) return m;
    if (m.actor.kind !== 'product') return undefined;
    const maker = byNameCached(actors, text.slice(t.start, t.end));
    return maker && INSTITUTION_KINDS.includes(maker.kind) ? { actor: maker, start: t.start, end: t.end, text: text.slice(t.start, t.end) } : undefined;
  }
  return undefined;
}

/** Built once for {@link goodsModifier} (character classes: text/char-classes.ts). */
const GOODS_MODIFIER_RE = new RegExp(`[${DIGIT}]`, 'u');

/**
 * True when a product name modifies a following lower-case noun: goods, not
 * the company bought ("the acquisition of Rafale jets", « l'achat d'Airbus
 * A400M » is kept by the capital).
 */
function goodsModifier(text: string, tokens: Token[], m: ActorMention, lex: ContractLexicon): boolean {
  const next = tokens[tokenIndexAt(tokens, m.end)];
  if (next === undefined || !joined(text, m.end, next.start) || isCapitalised(text[next.start]!) || GOODS_MODIFIER_RE.test(next.lower[0]!)) return false;
  // "of Instagram and closed …", "of WhatsApp for $19 billion": a function word is no noun
  return !lex.chainBreakers.includes(next.lower) && !lex.partyStops.includes(next.lower) && !lex.partyPrepositions.includes(next.lower);
}

const NOUN_SETS = new WeakMap<ContractLexicon, Set<string>>();

/** Single-word agreement nouns of a lexicon (singular and plural), lower case. */
function nounSet(lex: ContractLexicon): Set<string> {
  let set = NOUN_SETS.get(lex);
  if (!set) {
    set = new Set();
    // (a won noun is no agreement by itself: « un accord d'accès au marché avec la Chine » goes on after « marché »)
    for (const n of lex.nouns) for (const f of [...n.forms, ...n.plural]) if (!/[\s'’]/u.test(f) && !lex.wonNouns.includes(f)) set.add(f);
    NOUN_SETS.set(lex, set);
  }
  return set;
}

/** Built once for {@link listFrom} (character classes: text/char-classes.ts). */
const LIST_FROM_RE = new RegExp(`^['’]s\\s+[${UPPER}]`, 'u');

/** The actors of a list starting at `first`: following mentions joined by {@link ContractLexicon.listGap}. */
/** A bare comma (and an article) between two names (see contracts/<lang>/list-source in {@link listFrom}). */
const LIST_SOURCE_GAP = /^\s*,\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$/iu;

/** The word right after a name (see contracts/<lang>/list-source in {@link listFrom}). */
const LIST_SOURCE_WORD = new RegExp(`^\\s+([${LETTER}]+)`, 'u');

function listFrom(text: string, first: ActorMention, limit: number, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; end: number } {
  const parties: Actor[] = [first.actor];
  let end = first.end;
  for (let n = 0; n < 30; n++) {
    // contracts/<lang>/aside: "the European Union (EU) and the Mercosur countries" — the acronym after a name is stepped over
    const open = /^[\s\u00a0\u202f]?\(/u.test(text.slice(end, end + 2)) ? text.indexOf('(', end) : -1;
    const aside = open >= 0 ? asideEnd(text, open) : -1;
    if (aside > 0 && aside <= limit) end = aside;
    let next = actors.nearestAfter(end, limit, PARTY_KINDS);
    if (!next || !lex.listGap.test(text.slice(end, next.start))) break;
    // contracts/<lang>/list-clause: ", and" after a single item opens a clause ("the agreement with the IMF, and the government suspended …",
    // « l'accord avec le FMI, et le gouvernement ») — a list reads "X, Y and Z" or "X, Y, and Z"
    if (parties.length < 2 && COMMA_CONJUNCTION.test(text.slice(end, next.start))) break;
    // contracts/<lang>/list-source: a name after a bare comma that a clause verb follows is the subject of a new clause, often the
    // source ("awarded to APS by the Armament Agency, the ministry said", « attribué à Thales par la DGA, le ministère a précisé »)
    if (LIST_SOURCE_GAP.test(text.slice(end, next.start))) {
      const after = LIST_SOURCE_WORD.exec(text.slice(next.end, next.end + 24));
      if (after && lex.partyStops.includes(after[1]!.toLowerCase())) break;
    }
    // contracts/<lang>/party-possessed in a list: "SunExpress, Kazakhstan's Air Astana" — the possessed name is the party, an unknown one ends the list
    if (LIST_FROM_RE.test(text.slice(next.end, next.end + 4))) {
      const owned = actors.mentionAt(next.end + 3);
      if (!owned || owned.start !== next.end + 3 || !PARTY_KINDS.includes(owned.actor.kind)) break;
      next = owned;
    }
    if (!parties.includes(next.actor)) parties.push(next.actor);
    end = next.end;
  }
  return { parties, end };
}

/** What may stand before the first name of a subject list in its clause: a dash of a dateline, a determiner (bounded). */
const LIST_LEAD = /^[\s—–-]{0,4}(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** A locative preposition right before a place: "in Geneva", « à Berlin » (EN and FR; bounded). */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|à|en)\s+$/iu;

/** A bare « à », « au », « aux » right before a name: « à Doha », « au Qatar » are locations, « à l'Ukraine » a recipient. */
const BARE_A_BEFORE = /(?:^|\s)(?:à|au|aux)\s+$/iu;

/** A comma then a conjunction between two actors: ", and ", « , et ». */
const COMMA_CONJUNCTION = /,\s*(?:and|et)\s/iu;

/** The gap after a possessor: "Italy's Leonardo", "Airbus' rival". */
// (with up to three lower-case descriptors: "Russia's state-owned arms exporter Rosoboronexport")
const POSSESSOR_GAP = new RegExp(`^['’]s?\\s+(?:[${LOWER}][${LOWER}-]{1,20}\\s+){0,3}$`, 'u');

/** A possessive and the institution it owns, opening the gap after a name: "'s government", "'s army", "’s military". */
const POSSESSED_HEAD = /^['’]s\s+(?:government|administration|army|military|authorities|cabinet|parliament|regime|junta|leadership)(?=[\s,])/u;

/**
 * A mention that is a description, not a name: "the Czech group", « le groupe » — a lower-case determiner first and a lower-case noun
 * last ("the Netherlands" is a name).
 */
const DESCRIPTOR_MENTION = /^(?:the\s|le\s|la\s|l['’]\s?)(?:[^\s]{1,25}\s){0,3}\p{Ll}[\p{Ll}-]{1,25}$/u;

/** The actors of a list ending at `last` (walking back over list joiners): "Brazil and South Korea". */
function listBefore(text: string, last: ActorMention, floor: number, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; start: number } {
  const parties: Actor[] = [last.actor];
  let start = last.start;
  for (let n = 0; n < 30; n++) {
    let prev = actors.nearestBefore(start, floor, PARTY_KINDS);
    // contracts/<lang>/list-possessor: "Germany's Rheinmetall and Italy's Leonardo" — a possessor names the party's country, it is not one
    if (prev && POSSESSOR_GAP.test(text.slice(prev.end, start))) {
      start = prev.start;
      prev = actors.nearestBefore(start, floor, PARTY_KINDS);
    }
    // contracts/<lang>/list-descriptor: "EDF and the Czech group CEZ", « EDF et le groupe tchèque CEZ » — a description right before the
    // party (a lower-case mention, at most three lower-case words from it: DESCRIPTOR_GAP) is its apposition, not a second party: the list goes on before it
    if (prev && DESCRIPTOR_MENTION.test(prev.text) && DESCRIPTOR_GAP.test(text.slice(prev.end, start))) {
      start = prev.start;
      prev = actors.nearestBefore(start, floor, PARTY_KINDS);
    }
    // contracts/<lang>/list-possessed-head: "Mozambique's government and former rebel movement Renamo" — a possessor with its institution
    // noun ("X's government", "X's army") stands for the party in a list
    // contracts/<lang>/aside: "India's Goa Shipyard Limited (GSL) and Russia's … Rosoboronexport" — the acronym after a name is stepped over
    const open = prev && /^[\s\u00a0]?\(/u.test(text.slice(prev.end, prev.end + 2)) ? text.indexOf('(', prev.end) : -1;
    const aside = open >= 0 ? asideEnd(text, open) : -1;
    let gap = prev ? text.slice(aside > 0 && aside <= start ? aside : prev.end, start) : '';
    // (or the acronym itself was the mention found: its closing bracket opens the gap)
    if (prev && text[prev.start - 1] === '(' && gap.startsWith(')')) gap = gap.slice(1);
    const head = POSSESSED_HEAD.exec(gap);
    if (!prev || !(lex.listGap.test(gap) || (head !== null && lex.listGap.test(gap.slice(head[0].length))))) break;
    // (an acronym found inside its brackets stands for the name before them, where the list goes on: "Goa Shipyard Limited (GSL)")
    const outer = text[prev.start - 1] === '(' ? actors.nearestBefore(prev.start - 1, floor, PARTY_KINDS) : undefined;
    if (outer && /^[\s\u00a0]?$/u.test(text.slice(outer.end, prev.start - 1))) prev = outer;
    if (!parties.includes(prev.actor)) parties.unshift(prev.actor);
    start = prev.start;
  }
  return { parties, start };
}

/** Built once for {@link isAnchored} (character classes: text/char-classes.ts). */
const IS_ANCHORED_RE = new RegExp(`[$€£]|[${DIGIT}]`, 'u');

/** Built once for {@link isAnchored} (character classes: text/char-classes.ts). */
const IS_ANCHORED_RE_2 = new RegExp(`^\\s+(?:of|de|du|d['’])\\s*(?:(?:the|la|le|l['’])\\s*)?[${UPPER}]`, 'u');

/** True when the premodifiers hold an amount or the noun is part of a proper name. */
function isAnchored(text: string, npStart: number, nounStart: number, nounEnd: number, nounIdx: number): boolean {
  const pre = text.slice(npStart, nounStart);
  if (IS_ANCHORED_RE.test(pre)) return true; // "a $23 billion deal", "a 10-year lease"
  // capitalised mid-sentence noun: "the Paris Agreement", "the Good Friday Agreement"
  const ch = text[nounStart]!;
  const isSentenceInitial = nounIdx === 0;
  if (!isSentenceInitial && ch === ch.toUpperCase() && ch !== ch.toLowerCase()) return true;
  // « l'accord de Paris », "the Treaty of Lisbon": noun + de/of + capitalised name
  const after = text.slice(nounEnd, nounEnd + 40);
  if (IS_ANCHORED_RE_2.test(after)) return true;
  return false;
}

/** Built once for {@link isNamed} (character classes: text/char-classes.ts). */
const IS_NAMED_RE = new RegExp(`[${DIGIT}]`, 'u');

/** Built once for {@link isNamed} (character classes: text/char-classes.ts). */
const IS_NAMED_RE_2 = new RegExp(`^\\s+(?:of|de|du|d['’])\\s*(?:(?:the|la|le|l['’])\\s*)?[${UPPER}]`, 'u');

/**
 * True when the agreement is called by a name: a capitalised noun mid-sentence
 * ("the Paris Agreement"), a capitalised premodifier that is no actor ("the
 * Kyoto Protocol"), or a name after of/de (« l'accord de Paris »).
 */
function isNamed(text: string, npStart: number, nounStart: number, nounEnd: number, nounIdx: number, actors: ActorIndex): boolean {
  if (nounIdx > 0 && isCapitalised(text[nounStart]!)) return true;
  const words = tokenize(text, npStart, nounStart).slice(1);
  if (words.some((w) => isCapitalised(text[w.start]!) && !IS_NAMED_RE.test(w.lower) && !actors.mentionAt(w.start))) return true;
  return IS_NAMED_RE_2.test(text.slice(nounEnd, nounEnd + 40));
}

/** Built once for {@link nameTailEnd} (character classes: text/char-classes.ts). */
const NAME_TAIL_END_RE = new RegExp(`^\\s+(?:of|de|du|d['’])\\s*(?:(?:the|la|le|l['’])\\s*)?[${UPPER}][${LETTER}\\-]{0,30}(?:\\s[${UPPER}][${LETTER}\\-]{0,30}){0,2}`, 'u');

/** End of a name after the noun: « accords d'Évian » → after "Évian"; "Treaty of Lisbon" → after "Lisbon"; else `nounEnd`. */
function nameTailEnd(text: string, nounEnd: number): number {
  const m = NAME_TAIL_END_RE.exec(text.slice(nounEnd, nounEnd + 100));
  return m ? nounEnd + m[0].length : nounEnd;
}

/** Built once for {@link collectNounMentions} (character classes: text/char-classes.ts). */
// (contracts/<lang>/order-count-premodifier: a count joined to the goods before the noun counts them too: "a record 200-plane Airbus order",
// "a 36-jet order", "a 12-frigate order")
const COLLECT_NOUN_MENTIONS_RE = new RegExp(`[$€£]|(?<![${LETTER}])(?:million|billion|bn|millions?|milliards?)(?![${LETTER}])|(?<![${LETTER}${DIGIT}])[${DIGIT}][${DIGIT},]{0,6}-(?:plane|jet|aircraft|airliner|fighter|helicopter|ship|frigate|submarine|tank|train|satellite|vehicle|engine|truck|bus|locomotive)s?(?![${LETTER}-])`, 'iu');

function collectNounMentions(text: string, sentence: Span, prevSentence: Span | undefined, tokens: Token[], inHeading: boolean, lex: ContractLexicon, nounRe: RegExp, actors: ActorIndex, out: Mention[]): void {
  nounRe.lastIndex = 0;
  const body = sentence.text;
  let m: RegExpExecArray | null;
  while ((m = nounRe.exec(body)) !== null) {
    const nounStart = sentence.start + m.index;
    const nounEnd = nounStart + m[0].length;
    const info = nounInfo(lex, m[0]);
    if (!info) continue;
    const nounIdx = tokenIndexAt(tokens, nounStart);
    const lastIdx = tokenIndexAt(tokens, nounEnd);
    const next = tokens[lastIdx];
    // contracts/<lang>/talks-subjects: "Warner Bros. Discovery and Paramount held merger talks", « Renault et Nissan ont engagé des
    // négociations de fusion »: talks about an agreement between the subject list (and a "with" party) propose it
    const talksAt = lex.talksAfter.exec(text.slice(nounEnd, nounEnd + 20)) ? nounStart : talksStartBefore(text, sentence, nounStart, lex);
    if (talksAt !== undefined) {
      talksMention(text, sentence, tokens, talksAt, nounStart, nounEnd, info.kind, inHeading, lex, actors, out);
      continue;
    }
    // "contract discussions", "deal talks": the noun modifies another noun
    if (next && joined(text, nounEnd, next.start) && text.slice(nounEnd, next.start).length <= 1 && lex.modifiedHeads.includes(next.lower)) continue;
    // a capitalised noun inside a longer name is not an agreement: "the Defense Acquisition Board"
    if (isCapitalised(text[nounStart]!) && next && joined(text, nounEnd, next.start) && isCapitalised(text[next.start]!)) continue;
    const np = findDeterminer(text, tokens, nounIdx, nounStart, lex, actors);
    // contracts/<lang>/won-noun: "Alstom won a tender to supply 40 trains", « Alstom a remporté un marché de 900 millions d'euros » —
    // a tender or a « marché » is a contract only once won (not « le marché automobile », "a tender for 40 trains")
    // contracts/<lang>/won-noun-passive: "the tender was won by Alstom", « Le marché a été attribué au groupe espagnol Acciona », « un
    // marché attribué par la RTM » — or once a passive participle says who won or awarded it
    if (lex.wonNouns.includes(m[0].toLowerCase().replace(/’/gu, "'")) && !lex.wonBefore.test(text.slice(Math.max(sentence.start, np.start - 40), np.start))
      && !lex.wonAfter.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 60)))) continue;
    // contracts/<lang>/headline-bare-noun: "Thales signs contract with Indian Navy", "Pfizer and BioNTech reach deal with EU" — a headline
    // drops the article after the verb; the noun (with its lower-case premodifiers) is introduced as "a contract" would be
    if (np.det === 'none' && !info.plural) {
      const from = Math.max(sentence.start, nounStart - 60);
      const bv = lex.bareNounVerb.exec(text.slice(from, nounStart));
      if (bv) {
        np.det = 'indefinite';
        np.start = from + bv.index + bv[1]!.length;
        while (/\s/u.test(text[np.start]!)) np.start++;
      }
    }
    // plural orders count their goods or are no agreement: « les commandes de l'État » (see order-plural below)
    if (info.plural && lex.orderPlurals.includes(m[0].toLowerCase()) && !lex.orderComplement.test(text.slice(nounEnd, nounEnd + 80))) continue;
    // named plural agreements are one agreement: « les accords d'Évian », "the Oslo Accords"
    if (info.plural && /^(?:the|les)$/iu.test(text.slice(np.start, np.start + 3)) && isNamed(text, np.start, nounStart, nounEnd, nounIdx, actors)) {
      const after = partiesAfter(text, tokens, lastIdx, sentence.end, info.kind, lex, actors);
      out.push({
        start: np.start, end: Math.max(nameTailEnd(text, nounEnd), after.end), kind: info.kind, det: 'definite', anaphor: false, parties: after.parties,
        anchored: true, named: true, inHeading, ruleId: `contracts/${lexName(lex)}/named-plural`,
        statusWindow: window(sentence, np.start, Math.max(nounEnd, after.end)), key: npKey(text, np.start, nounEnd),
      });
      continue;
    }
    const pluralOrder = info.plural && lex.orderPlurals.includes(m[0].toLowerCase());
    const detWord = text.slice(np.start, nounStart).trim().split(/\s/u)[0]!.toLowerCase();
    // « les accords de défense avec la France », "its supply contracts with Gazprom": a definite plural may name one set of agreements
    const definitePlural = info.plural && (np.det === 'definite' || np.det === 'possessive' || np.det === 'demonstrative' || lex.pluralDefinite.includes(detWord));
    // contracts/<lang>/plural-between: « conclure en 2011 des contrats entre MSC et le port du Havre », "several contracts between Airbus
    // and the SNCF": an indefinite plural right before "between" two named parties is one set of agreements between them
    if (info.plural && np.det === 'generic' && next !== undefined && lex.betweenPrepositions.includes(next.lower)) {
      const after = partiesAfter(text, tokens, lastIdx, sentence.end, info.kind, lex, actors);
      if (after.parties.length >= 2) {
        out.push({
          start: np.start, end: after.end, kind: info.kind, det: 'indefinite', anaphor: false, parties: after.parties, anchored: true, named: false,
          inHeading, ruleId: `contracts/${lexName(lex)}/plural-between`, statusWindow: window(sentence, np.start, after.end), key: '',
        });
        continue;
      }
    }
    if (np.det === 'generic' && !(pluralOrder && lex.pluralIndefinite.includes(detWord)) && !definitePlural) continue;
    // contracts/<lang>/order-noun: "an order of 50 Airbus A350-900 jets", "a $16 billion order", « une commande de 36 Rafale » —
    // but "an executive order", "a court order", « la commande publique » count nothing and name no purchase
    const isOrder = lex.orderNouns.includes(m[0].toLowerCase());
    // (the counted complement may follow the buyer: "won an order from Poland for 152 K9 howitzers", "an order from the FMV … worth 1.5 billion crowns")
    const counted = isOrder && (lex.orderComplement.test(text.slice(nounEnd, nounEnd + 80)) || lex.orderFromComplement.test(text.slice(nounEnd, nounEnd + 120)));
    if (isOrder && !counted && !COLLECT_NOUN_MENTIONS_RE.test(text.slice(np.start, nounStart)) && !changedOwnOrder(text, sentence, np, nounEnd, lex)) continue;
    // contracts/<lang>/option-exercised: an option names its goods ("exercised an option for 120 Javelin systems"); "exercised its option to
    // cancel the contract" is no order
    if (isOrder && !counted && lex.wonNouns.includes(m[0].toLowerCase())) continue;
    // contracts/<lang>/ambiguous-noun: "the party's convention", « la convention démocrate » is a congress;
    // such a noun names an agreement only when it is named ("the Geneva Convention", « la convention de la CPI ») or has parties after it
    // or when two subjects conclude it: "Amazon and the FTC reached a $2.5 billion settlement", « la SNCF et la région ont signé une convention »
    // the parties as subject of a signing verb, or as its agent: "They signed the … agreement", « le traité a été signé par … »
    const bySubject = verbSubjectParties(text, sentence, np.det === 'none' ? nounStart : np.start, prevSentence, lex, actors, out);
    const pairAfter = pairAfterNoun(text, sentence, nounEnd, np.start, lex, actors, out);
    // contracts/<lang>/ambiguous-possessive: a possessed one is the party's own ("the party's convention", "its convention") unless a
    // party follows: "Siemens Energy pulled out of its settlement with Iberdrola", « a rompu sa convention avec la région »; or its
    // signatories as the agent of a passive signing: "The settlement was signed by Meta and the FTC", « Une convention a été signée
    // entre l'État et la région » (contracts/<lang>/ambiguous-signed-by)
    if (!pairAfter && lex.ambiguousNouns.includes(m[0].toLowerCase()) && (np.det === 'possessive' || !isNamed(text, np.start, nounStart, nounEnd, nounIdx, actors))
      && partiesAfter(text, tokens, lastIdx, sentence.end, info.kind, lex, actors).parties.length === 0 && !(bySubject && bySubject.parties.length >= 2)
      && !signedByParties(text, tokens, nounEnd, sentence.end, lex, actors)) continue;
    // contracts/<lang>/idiom: "of its own accord", « d'un commun accord » name no agreement
    if (lex.idiomAround.test(text.slice(Math.max(sentence.start, nounStart - 30), nounEnd))) continue;
    // consent, not an agreement: « soumis à l'accord de l'Autorité », "with the agreement of the board"
    if (info.kind === 'agreement' && !info.plural) {
      const before = text.slice(Math.max(sentence.start, np.start - 40), np.start);
      if (lex.consentBefore.test(before)) continue;
      if (lex.consentWith.before.test(before) && lex.consentWith.after.test(text.slice(nounEnd, nounEnd + 8))) continue;
    }
    if (info.plural) {
      // bare plurals are generic ("no-bid contracts") unless two named parties make them: "Brazil and South Korea discussed … agreements"
      // contracts/<lang>/plural-recipients: "NASA awarded the first three contracts under the program, awarding lander missions to companies
      // Astrobotic, Intuitive Machines and Orbit Beyond", « le ministère a attribué trois contrats, à Thales, Naval Group et MBDA »:
      // one granting party and a list of two or more recipients later in the sentence
      if (bySubject && bySubject.parties.length === 1) {
        const recipients = recipientListAfter(text, tokens, lastIdx, sentence.end, lex, actors);
        if (recipients && !recipients.parties.includes(bySubject.parties[0]!)) {
          out.push({
            start: bySubject.start, end: recipients.end, kind: info.kind, det: 'indefinite', anaphor: false, parties: [...bySubject.parties, ...recipients.parties],
            anchored: true, named: false, inHeading, ruleId: `contracts/${lexName(lex)}/plural-recipients`, statusWindow: window(sentence, bySubject.start, nounEnd), key: '',
          });
          continue;
        }
      }
      // contracts/<lang>/order-plural: "Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from Turkish-based
      // carrier SunExpress, …", « Airbus a engrangé des commandes de 40 avions auprès d'Emirates »
      if (lex.orderPlurals.includes(m[0].toLowerCase()) && lex.orderComplement.test(text.slice(nounEnd, nounEnd + 80))) {
        const after = partiesAfter(text, tokens, lastIdx, sentence.end, info.kind, lex, actors);
        const seller = actors.nearestBefore(np.start, sentence.start, INSTITUTION_KINDS);
        if (seller && after.parties.length && !after.parties.includes(seller.actor)) {
          out.push({
            start: seller.start, end: after.end, kind: info.kind, det: 'indefinite', anaphor: false, parties: [seller.actor, ...after.parties],
            anchored: true, named: false, inHeading, ruleId: `contracts/${lexName(lex)}/order-plural`, statusWindow: window(sentence, np.start, after.end), key: '',
          });
          continue;
        }
      }
      // contracts/<lang>/plural-definite: « Le Niger a dénoncé les accords de coopération militaire avec la France », "Russia suspended
      // its gas contracts with Naftogaz": a definite or possessive plural with a party after it and one before (the verb's subject or
      // the possessor) is one agreement between them — not "the contracts" alone, nor "such contracts"
      if (definitePlural) {
        const after = partiesAfter(text, tokens, lastIdx, sentence.end, info.kind, lex, actors);
        const before = bySubject?.parties ?? (np.possessor ? [np.possessor.actor] : []);
        const parties = [...before, ...after.parties.filter((a) => !before.includes(a))];
        if (after.parties.length && parties.length >= 2) {
          const start = bySubject ? Math.min(bySubject.start, np.start) : np.start;
          out.push({
            start, end: after.end, kind: info.kind, det: 'possessive', anaphor: false, parties, anchored: true, named: false, inHeading,
            ruleId: `contracts/${lexName(lex)}/plural-definite`, statusWindow: window(sentence, start, after.end), key: npKey(text, np.start, nounEnd),
          });
          continue;
        }
      }
      if (!bySubject || bySubject.parties.length < 2) continue;
      out.push({
        start: bySubject.start, end: nounEnd, kind: info.kind, det: 'indefinite', anaphor: false, parties: bySubject.parties,
        anchored: true, named: false, inHeading, ruleId: `contracts/${lexName(lex)}/plural-verb-subject`, statusWindow: window(sentence, bySubject.start, nounEnd),
        key: npKey(text, np.start, nounEnd),
      });
      continue;
    }
    // apposition without determiner: « Le mémorandum, accord entre la Grèce et la BCE, … »
    if (np.det === 'none' && /,\s*$/u.test(text.slice(Math.max(sentence.start, np.start - 3), np.start))) np.det = 'apposition';
    // « Emirates a passé commande de 90 Boeing 777X »: a bare order noun after its verb is introduced like « une commande »
    if (np.det === 'none' && isOrder && lex.bareOrderBefore.test(text.slice(Math.max(sentence.start, nounStart - 20), nounStart))) {
      np.det = 'indefinite';
      np.start = nounStart;
    }
    if (np.det === 'none') {
      adverbialMention(text, sentence, tokens, lastIdx, nounStart, nounEnd, info.kind, inHeading, lex, actors, out);
      continue;
    }
    const parties: Actor[] = [];
    // possessor: "its recent agreement" → the sentence's actor before it; "Boeing's deal" → Boeing
    if (np.det === 'possessive') {
      let owner = np.possessor ?? actors.nearestBefore(np.start, sentence.start, PARTY_KINDS);
      // contracts/<lang>/possessive-locative: « la CDU et le SPD ont signé lundi à Berlin leur accord de coalition », "signed in Geneva
      // their agreement" — a place after a locative preposition is where it was signed, not the owner: the owner stands before it
      while (owner && !np.possessor && owner.actor.kind === 'place' && LOCATIVE_BEFORE.test(text.slice(Math.max(sentence.start, owner.start - 4), owner.start))) {
        owner = actors.nearestBefore(owner.start, sentence.start, PARTY_KINDS);
      }
      // contracts/<lang>/possessive-previous: "Facebook CEO Mark Zuckerberg knows … He personally brokered its $1 billion buyout of Instagram"
      // — a possessive pronoun with no institution before it in its sentence stands for the previous sentence's first institution
      const institutionPossessive = np.institutional || lex.institutionPossessives.includes(text.slice(np.start, np.start + 5).toLowerCase().split(/\s/u)[0]!);
      // contracts/<lang>/possessive-fronted: "A year after its deal with Globalia, IAG said …", « Plus d'un an après son accord conclu avec
      // Globalia, la compagnie aérienne IAG a annoncé … » — a possessive in a fronted adverbial stands for the main clause's subject
      if (!owner && !np.possessor && institutionPossessive) owner = frontedSubject(text, sentence, np.start, actors);
      if (!owner && !np.possessor && prevSentence && institutionPossessive) {
        owner = actors.mentionsIn(prevSentence.start, prevSentence.end, INSTITUTION_KINDS)[0];
      }
      if (owner) {
        // contracts/<lang>/possessive-plural: "Orange and MasMovil finalised their merger", « ont finalisé leur fusion »: the owner is the list
        const plural = lex.pluralPossessives.includes(text.slice(np.start, np.start + 6).toLowerCase().split(/\s/u)[0]!);
        parties.push(...(plural && !np.possessor ? listBefore(text, owner, sentence.start, lex, actors).parties : [owner.actor]));
      }
    }
    // premodifiers: "the Boeing-Air Force contract", "the US-China trade deal" — but a city names the agreement: "the Paris climate accord",
    // "the Minsk agreement" (contracts/<lang>/premodifier-city; a country stays a party: "the Iran nuclear deal")
    for (const pm of partyMentionsIn(actors, np.start, nounStart)) {
      if (pm.actor.kind === 'place' && !COUNTRY_NAMES.has(pm.actor.name.toLowerCase())) continue;
      if (!parties.includes(pm.actor)) parties.push(pm.actor);
    }
    // contracts/fr/post-nominal: « l'alliance Renault-Nissan », « la résiliation du contrat Autolib' », « l'accord UE-Mercosur » — a name
    // right after the noun names the agreement, and the actors it joins by hyphens are its parties
    const post = lex.postNominalParties ? postNominalNames(text, tokens, lastIdx, nounEnd, actors) : undefined;
    for (const a of post?.parties ?? []) if (!parties.includes(a)) parties.push(a);
    const after = partiesAfter(text, tokens, post ? tokenIndexAt(tokens, post.end) : lastIdx, sentence.end, info.kind, lex, actors);
    // contracts/<lang>/approved-by-not-party: "The deal still needs to be ratified by France and Germany" — a known agreement's approvers
    // are no parties ("by" also introduces a deal's party: "a deal by Boeing"); when no agreement was told before, only a required approval
    const remention = np.det === 'definite' || np.det === 'demonstrative';
    const approverOnly = !remention ? undefined : out.some((o) => o.start < np.start && o.parties.length > 0) ? 'any' : 'required';
    const approvers = approverOnly ? approverAgents(text, nounEnd, sentence.end, lex, actors, approverOnly) : undefined;
    if (approvers) after.parties = after.parties.filter((a) => !approvers.has(a));
    if (isOrder) {
      const maker = goodsMaker(text, tokens, lastIdx, sentence.end, lex, actors);
      if (maker && !after.parties.includes(maker.actor)) {
        after.parties.push(maker.actor);
        after.end = Math.max(after.end, maker.end);
      }
    }
    let end = nounEnd;
    let start = np.start;
    const withParties = after.parties.filter((a) => !parties.includes(a));
    if (withParties.length) {
      parties.push(...withParties);
      end = Math.max(end, after.end);
      // "X … a deal with Y": the other party is the sentence's actor before the phrase
      if (parties.length === 1 && np.det === 'indefinite') {
        // contracts/<lang>/implicit-country: "India proposed a free trade agreement with the EU": a country leading its sentence acts
        // contracts/<lang>/pronoun-subject: "…, it announced an order of 50 Airbus jets", « il a annoncé une commande » — the previous sentence's first institution
        const clauseStart = clauseStartOf(text, sentence, np.start);
        const pronounSubject = prevSentence && !actors.nearestBefore(np.start, clauseStart, PARTY_KINDS) && lex.subjectPronounBefore.test(text.slice(clauseStart, np.start))
          ? actors.mentionsIn(prevSentence.start, prevSentence.end, INSTITUTION_KINDS)[0] : undefined;
        const implicit = pronounSubject ?? actors.nearestBefore(np.start, sentence.start, INSTITUTION_KINDS) ?? actors.nearestBefore(np.start, sentence.start, ['person'])
          // (the name starts near the sentence start and may end later: "The United States hopes … an agreement with Iran")
          ?? actors.mentionsIn(sentence.start, np.start, ['place']).find((pm) => pm.start < sentence.start + 12);
        // contracts/<lang>/implicit-subject-list: "Pfizer and BioNTech reached a deal with the EU" — when the implicit party heads a list of
        // subjects of the signing verb, the whole list is the other side
        // contracts/<lang>/signing-subject-first: the subject of the signing verb, when found, outranks the nearest name before the noun
        // ("Poland scrapped a purchase from Boeing, …, and instead extended a maintenance contract with Leonardo" — Poland, not Boeing)
        const side = bySubject && bySubject.parties.length > 0 && !bySubject.parties.some((a) => parties.includes(a)) && !(implicit && bySubject.parties.includes(implicit.actor))
          ? bySubject.parties
          : implicit && bySubject && bySubject.parties.length >= 2 && bySubject.parties.includes(implicit.actor) ? bySubject.parties : implicit ? [implicit.actor] : [];
        parties.unshift(...side.filter((a) => !parties.includes(a)));
      } else if (isOrder && np.det === 'indefinite' && parties.length >= 2 && withParties.length === parties.length && bySubject && bySubject.parties.length > 0
        && !bySubject.parties.some((a) => parties.includes(a))) {
        // contracts/<lang>/order-buyer-sellers: "The U.S. Army exercised an option for 120 Javelin systems from Lockheed Martin and RTX",
        // « L'Inde a passé une commande de 26 Rafale auprès de Dassault Aviation et Thales » — with several sellers the buyer is still the
        // subject of the ordering verb
        parties.unshift(...bySubject.parties);
      } else if (np.det === 'indefinite' && parties.length >= 2 && withParties.length === parties.length && bySubject && bySubject.parties.length > 0
        && !bySubject.parties.some((a) => parties.includes(a)) && WITH_AFTER_NOUN.test(text.slice(nounEnd, nounEnd + 8))) {
        // contracts/<lang>/subject-with-several: "The UAW ratified a new contract with Ford, GM and Stellantis", « Le syndicat UAW a ratifié un
        // nouvel accord avec Ford, GM et Stellantis » — several counterparties after "with" leave the signing subject a party
        parties.unshift(...bySubject.parties);
      }
    }
    if (np.det === 'apposition' && !withParties.length) continue;
    // contracts/<lang>/rescue-object: "a $9.5 billion lifeline to bail out the company", « un plan de sauvetage pour renflouer Air France »
    // — the rescued company is a party of the rescue
    if (lex.rescueObject && !withParties.length) {
      const ro = lex.rescueObject.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 60)));
      const at = ro ? nounEnd + ro.index + ro[0].length : -1;
      // (the name or its description right after the verb: "to bail out WeWork", "to bail out the company")
      const rescued = ro ? actors.nearestAfter(at, Math.min(sentence.end, at + 80), PARTY_KINDS) : undefined;
      if (rescued && rescued.start - at <= 4 && !parties.includes(rescued.actor)) {
        parties.push(rescued.actor);
        end = Math.max(end, rescued.end);
      }
    }
    // contracts/<lang>/event-noun: "were released Tuesday in a prisoner swap for three high-ranking insurgents" — the exchange is
    // between the sides named in its sentence (those who held and those who released)
    const isEvent = lex.eventNouns?.includes(m[0].toLowerCase()) ?? false;
    if (isEvent && parties.length === 0) {
      for (const em of actors.mentionsIn(sentence.start, sentence.end, INSTITUTION_KINDS)) {
        if (!parties.includes(em.actor) && parties.length < EVENT_PARTIES) parties.push(em.actor);
      }
    }
    // contracts/<lang>/organization-only: "a rescue by the Coast Guard" is no deal
    if (lex.organizationOnlyNouns.includes(m[0].toLowerCase()) && parties.some((a) => a.kind !== 'organization')) continue;
    // contracts/<lang>/counterpart-noun: "BHP's bid for Anglo American" — a bid or an offer is a takeover only for an organisation, between organisations
    // or, owned by its bidder, the object of its target's verb: "Twitter accepted Elon Musk's $44 billion offer", « Twitter a accepté l'offre d'Elon Musk »
    if (lex.counterpartNouns.includes(m[0].toLowerCase()) && !counterpartNamed(text, nounEnd, after, lex, actors, parties)
      && !(np.det !== 'indefinite' && parties.length === 1 && parties[0]!.kind !== 'place' && bySubject?.parties.length === 1 && bySubject.parties[0]!.kind === 'organization' && bySubject.parties[0] !== parties[0])) continue;
    const named = np.crossedName === true || post !== undefined || isNamed(text, np.start, nounStart, nounEnd, nounIdx, actors);
    if (named) end = Math.max(end, nameTailEnd(text, nounEnd), post?.end ?? 0);
    if (parties.length < 2) {
      // contracts/<lang>/mediator: when two or more subjects sign or accept it, a passive agent brokered it and is no party:
      // « Israël et le Hamas ont accepté une trêve négociée par le Qatar », "X and Y agreed to a truce negotiated by Egypt"
      // contracts/<lang>/approved-by-not-party: "The agreement must be approved by the European Parliament" — the approver of a known
      // agreement (definite or demonstrative mention) is no party of a new one (approverOnly, above)
      const agent = bySubject && bySubject.parties.length >= 2 ? undefined : signedByParties(text, tokens, nounEnd, sentence.end, lex, actors, approverOnly);
      for (const a of agent?.parties ?? []) if (!parties.includes(a)) parties.push(a);
      if (agent) end = Math.max(end, agent.end);
      if (bySubject && bySubject.start >= sentence.start) {
        parties.unshift(...bySubject.parties.filter((a) => !parties.includes(a)));
        start = Math.min(start, bySubject.start);
      }
      // (and so are its subjects: « Paris et Alger discutent d'un rapprochement » is diplomacy)
      if (lex.organizationOnlyNouns.includes(m[0].toLowerCase()) && parties.some((a) => a.kind !== 'organization')) continue;
    }
    if (parties.length === 0 && pairAfter) {
      parties.push(...pairAfter.parties);
      end = Math.max(end, pairAfter.end);
    }
    out.push({
      tentative: lex.tentativeModifier.test(text.slice(np.start, nounStart)),
      start,
      end,
      // two orders are told apart by their goods, not by the word "order": no coreference by description
      key: isOrder ? '' : npKey(text, np.start, nounEnd),
      kind: info.kind,
      det: np.det === 'apposition' ? 'indefinite' : np.det,
      // contracts/<lang>/noun-sale: a mention that names both sides introduces the agreement ("Yahoo's $4.8 billion sale to Verizon")
      // contracts/<lang>/anaphor-subjects: two subjects negotiating or concluding it name it too (« la France et l'Inde sont en discussion pour l'achat de 26 Rafale »)
      // contracts/<lang>/sale-counted-goods: an indefinite sale of counted goods to a named buyer introduces it too, its seller untold ("A
      // planned sale of 40 F-16 fighters to Turkey was put on hold", « une vente de 40 F-16 à la Turquie »)
      anaphor: info.anaphor && !((parties.length >= 2 || (parties.length === 1 && np.det === 'indefinite' && lex.orderComplement.test(text.slice(nounEnd, nounEnd + 80))))
        && (np.det === 'possessive' || np.det === 'indefinite') && lex.saleAnaphors.includes(text.slice(nounStart, nounEnd).toLowerCase()))
        // (unless the clause named the agreement before it: « a signé un contrat avec la France pour l'achat de 26 Rafale » — the purchase is the contract's object)
        && !(bySubject && bySubject.parties.length >= 2 && bySubject.parties.every((a) => parties.includes(a)) && !new RegExp(nounRe.source, 'iu').test(text.slice(bySubject.start, np.start))),
      parties,
      anchored: named || isEvent || isAnchored(text, np.start, nounStart, nounEnd, nounIdx),
      named,
      described: np.det === 'definite' && parties.length === 0 && !named && describingPremodifiers(text, np.start, nounStart, lex) >= DESCRIBED_PREMODIFIERS,
      inHeading,
      ruleId: `contracts/${lexName(lex)}/noun-${np.det}`,
      statusWindow: window(sentence, start, end),
    });
  }
}

/** A word of letters only; a word opening in lower case; a digit or currency sign (an amount or a date, no describing word:
 * "177-page", "2006", "$2bn"). */
const ONE_WORD = new RegExp(`^[${LETTER}]+$`, 'u');
const LOWER_START = new RegExp(`^[${LOWER}]`, 'u');
const AMOUNT_CHAR = new RegExp(`[${DIGIT}$€£]`, 'u');

/** Code units before a possessive order searched for the verb that changes it ("has cut back its", « ont finalement modifié leur »). */
const ORDER_CHANGE_REACH = 40;

/**
 * contracts/<lang>/order-changed-possessive: "Emirates cut its order", « Airbus et Air France-KLM ont modifié leur commande » — an order its
 * owner changes or cancels is one known purchase even without goods counted after it (the verb is right before: an amendment or a
 * cancellation cue of the lexicon matches the stretch up to the noun).
 */
function changedOwnOrder(text: string, sentence: Span, np: { det: string; start: number }, nounEnd: number, lex: ContractLexicon): boolean {
  if (np.det !== 'possessive') return false;
  const lead = text.slice(Math.max(sentence.start, np.start - ORDER_CHANGE_REACH), np.start);
  // the cue must end at the possessive: "modified" then "their order", not "modified the plan after their order"
  const trimmed = lead.trimEnd();
  const lastWord = trimmed.length < lead.length ? trimmed.split(/\s/u).pop() ?? '' : '';
  if (!ONE_WORD.test(lastWord)) return false;
  const stretch = text.slice(Math.max(sentence.start, np.start - ORDER_CHANGE_REACH), nounEnd);
  return lex.status.amended.test(stretch) || lex.status.cancelled.test(lastWord);
}

/** Lower-case premodifiers that make a definite mention describe one agreement ("the proposed tanker lease contract": tanker, lease). */
const DESCRIBED_PREMODIFIERS = 2;

/**
 * The lower-case words between a mention's determiner and its noun, tentative modifiers ("proposed") and amounts aside: "the proposed
 * tanker lease contract" → 2. French puts the description after the noun (« le contrat de location des avions »): there it is 0.
 */
function describingPremodifiers(text: string, npStart: number, nounStart: number, lex: ContractLexicon): number {
  return tokenize(text, npStart, nounStart).slice(1)
    .filter((w) => LOWER_START.test(w.lower) && !isCapitalised(text[w.start]!) && !lex.tentativeModifier.test(w.lower) && !AMOUNT_CHAR.test(w.lower)).length;
}

/** Between the comma closing a fronted adverbial and the main clause's subject: an article and up to three lower-case descriptors. */
const FRONTED_SUBJECT_LEAD = new RegExp(`^,\\s+(?:(?:the|le|la|les|l['’])\\s*)?(?:[${LOWER}][${LOWER}-]{1,20}\\s+){0,3}$`, 'u');
/** Longest fronted adverbial searched for its closing comma after a possessive, code units. */
const FRONTED_REACH = 120;

/**
 * The subject of the main clause after a fronted adverbial holding offset `at`: no comma and no actor between the sentence start and `at`,
 * the first comma after `at` (within {@link FRONTED_REACH}), then an institution led by at most an article and descriptors
 * ({@link FRONTED_SUBJECT_LEAD}). Undefined otherwise.
 */
function frontedSubject(text: string, sentence: Span, at: number, actors: ActorIndex): ActorMention | undefined {
  if (/[,;:]/u.test(text.slice(sentence.start, at))) return undefined;
  // (bounded: the comma is looked for only within FRONTED_REACH, so a long comma-less text stays linear)
  const k = text.slice(at, Math.min(sentence.end, at + FRONTED_REACH)).indexOf(',');
  if (k < 0) return undefined;
  const comma = at + k;
  const subject = actors.nearestAfter(comma, Math.min(sentence.end, comma + 60), INSTITUTION_KINDS);
  return subject && FRONTED_SUBJECT_LEAD.test(text.slice(comma, subject.start)) ? subject : undefined;
}

/** An apostrophe closing a name (« Autolib' »), not an elision (« Autolib'a »). */
const NAME_APOSTROPHE_END = new RegExp(`^['’](?![${LETTER}])`, 'u');

/**
 * The capitalised name right after a noun (one space between): its end, and the party actors it holds, joined by hyphens (« Renault-Nissan »,
 * « UE-Mercosur », « Autolib' »). Undefined when no capitalised word follows or the name is a determiner-led phrase.
 */
function postNominalNames(text: string, tokens: Token[], idx: number, nounEnd: number, actors: ActorIndex): { parties: Actor[]; end: number } | undefined {
  const t = tokens[idx];
  if (!t || !/^[\s\u00a0]$/u.test(text.slice(nounEnd, t.start)) || !isCapitalised(text[t.start]!)) return undefined;
  const parties: Actor[] = [];
  let end = t.end;
  // each hyphen-joined part of the name: "Renault-Nissan" is one token, its parts are mentions
  for (let at = t.start, n = 0; n < 4; n++) {
    const m = actors.mentionAt(at) ?? (at === t.start ? mentionStartingAt(text, tokens, idx, actors) : undefined);
    if (m && m.start === at && PARTY_KINDS.includes(m.actor.kind) && !parties.includes(m.actor)) parties.push(m.actor);
    const stop = m && m.start === at ? m.end : text.indexOf('-', at);
    if (stop < 0 || stop > t.end) break;
    end = Math.max(end, stop);
    if (text[stop] !== '-' || !isCapitalised(text[stop + 1] ?? 'a')) break;
    at = stop + 1;
  }
  // the name may end with an apostrophe: « Autolib' »
  if (NAME_APOSTROPHE_END.test(text.slice(end, end + 2))) end += 1;
  return { parties, end: Math.max(end, t.end) };
}

/** Start of « négociations de » just before a noun (« des négociations de fusion »), if any. */
function talksStartBefore(text: string, sentence: Span, nounStart: number, lex: ContractLexicon): number | undefined {
  const from = Math.max(sentence.start, nounStart - 40);
  const m = lex.talksBefore.exec(text.slice(from, nounStart));
  return m ? from + m.index : undefined;
}

/** Longest gap between the subject of talks and the talks, code units ("X and Y held merger talks", « X et Y ont entamé des négociations de »). */
const TALKS_SUBJECT_GAP = 40;

/**
 * Talks about an agreement ({@link talksStartBefore}, {@link ContractLexicon.talksAfter}):
 * the subject list just before them and the party after "with"/« avec »
 * are its parties; two at least. Pushes one mention or nothing.
 */
function talksMention(text: string, sentence: Span, tokens: Token[], talksAt: number, nounStart: number, nounEnd: number, kind: ContractKind, inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  const clauseStart = clauseStartOf(text, sentence, talksAt);
  const subject = actors.nearestBefore(talksAt, Math.max(clauseStart, talksAt - TALKS_SUBJECT_GAP), PARTY_KINDS);
  const list = subject && subject.end <= talksAt ? listBefore(text, subject, clauseStart, lex, actors) : undefined;
  const parties = [...(list?.parties ?? [])];
  let end = nounEnd + (lex.talksAfter.exec(text.slice(nounEnd, nounEnd + 20))?.[0].length ?? 0);
  // the talks' counterpart: "merger talks with Paramount", « des négociations de fusion avec Nissan », or the parties of the agreement
  // itself: « les négociations en vue d'un accord de libre-échange entre l'UE et l'Australie »
  const withIdx = tokenIndexAt(tokens, end);
  if (tokens[withIdx] && tokens[withIdx]!.start < sentence.end && lex.partyPrepositions.includes(tokens[withIdx]!.lower)) {
    const found = partyChainAfter(text, tokens, withIdx + 1, sentence.end, lex, actors, MAX_DESCRIPTORS, false, lex.betweenPrepositions.includes(tokens[withIdx]!.lower));
    for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
    if (found.parties.length) end = found.end;
  } else if (end === nounEnd) {
    const found = partiesAfter(text, tokens, withIdx, sentence.end, kind, lex, actors);
    for (const a of found.parties) if (!parties.includes(a)) parties.push(a);
    if (found.parties.length) end = found.end;
  }
  if (parties.length < 2) return;
  const start = list?.start ?? talksAt;
  out.push({
    start, end, kind, det: 'possessive', anaphor: false, parties, anchored: true, named: false, inHeading,
    ruleId: `contracts/${lexName(lex)}/talks-subjects`, statusWindow: window(sentence, start, end), key: '',
  });
}

/**
 * "Pfizer, in partnership with BioNTech, developed…", « SpaceX réalise, en
 * partenariat avec la NASA, … »: a determiner-less noun after
 * {@link ContractLexicon.adverbialBefore}, with a party after it; the other
 * party is the nearest institution before it in the sentence. Pushes one
 * mention (ruleId `contracts/<lang>/adverbial`) or nothing.
 */
function adverbialMention(text: string, sentence: Span, tokens: Token[], lastIdx: number, nounStart: number, nounEnd: number, kind: ContractKind, inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  // partnerships only: « en accord avec la loi », "in agreement with the plan" name no agreement
  if (kind !== 'partnership') return;
  const before = lex.adverbialBefore.exec(text.slice(Math.max(sentence.start, nounStart - 12), nounStart));
  if (!before) return;
  // a negated clause denies the partnership: "At no time did Dick Clark Productions … distribute a statement in partnership with Big Machine"
  if (NEGATED_CLAUSE.test(text.slice(Math.max(sentence.start, nounStart - NEGATION_REACH), nounStart))) return;
  const after = partiesAfter(text, tokens, lastIdx, sentence.end, kind, lex, actors);
  if (after.parties.length === 0) return;
  const start = nounStart - before[0].length;
  // set off by a comma, the adverbial qualifies the main clause, whose subject is the sentence's first institution: "Airbus has won a deal to
  // supply Indian Air Force with 56 planes, in partnership with Tata", "Pfizer, in partnership with BioNTech, …"
  const setOff = /,\s*$/u.test(text.slice(Math.max(sentence.start, start - 3), start));
  const subject = (setOff ? actors.mentionsIn(sentence.start, start, INSTITUTION_KINDS)[0] : undefined) ?? actors.nearestBefore(start, sentence.start, INSTITUTION_KINDS);
  const parties = subject && !after.parties.includes(subject.actor) ? [subject.actor, ...after.parties] : after.parties;
  out.push({
    start, end: after.end, kind, det: 'indefinite', anaphor: false, parties, anchored: true, named: false, inHeading,
    ruleId: `contracts/${lexName(lex)}/adverbial`, statusWindow: window(sentence, start, after.end), key: '',
  });
}

function isCapitalised(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Built once for {@link npKey} (character classes: text/char-classes.ts). */
const NP_KEY_RE = new RegExp(`^[${LETTER}]+['’]?\\s*`, 'u');

/** Lower-case description after the determiner: "a 767 lease" → "767 lease". */
function npKey(text: string, npStart: number, nounEnd: number): string {
  return text.slice(npStart, nounEnd).toLowerCase().replace(NP_KEY_RE, '').replace(/\s+/g, ' ');
}

/** Start of the clause holding `offset`: after the last comma, semicolon, colon or bracket of its sentence. */
function clauseStartOf(text: string, sentence: Span, offset: number): number {
  // bounded look-back: a clause is far shorter than CLAUSE_WINDOW, and a huge unpunctuated "sentence" stays linear
  const from = Math.max(sentence.start, offset - CLAUSE_WINDOW);
  const before = text.slice(from, offset);
  let k = -1;
  const re = /[;:()«»"“”]|,\s/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    // contracts/<lang>/aside: the brackets of an acronym or amount are no clause boundary ("India's Goa Shipyard Limited (GSL) and …")
    if (m[0] === '(' && asideEnd(text, from + m.index) > 0) continue;
    if (m[0] === ')' && asideStart(text, from + m.index) >= 0) continue;
    // contracts/incise: the commas around "meanwhile", « de son côté », « eux » are no clause boundary ("Centrica, meanwhile, settled
    // a dispute with Equinor", « L'Union européenne a, de son côté, suspendu le protocole »)
    if (m[0].startsWith(',') && (INCISE_OPENING.test(text.slice(from + m.index, from + m.index + MAX_INCISE)) || INCISE_CLOSING.test(before.slice(Math.max(0, m.index - MAX_INCISE), m.index)))) continue;
    k = m.index + m[0].length;
  }
  return k < 0 ? from : from + k;
}

/** Longest incise with its commas, code units (see {@link INCISE_OPENING}). */
const MAX_INCISE = 40;

/** One alternation of the incises of both languages, longest first (built once). */
const INCISE_ALT = [...EN_INCISES, ...FR_INCISES].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/** A comma opening an incise: ", meanwhile, …", « , de son côté, … ». */
const INCISE_OPENING = new RegExp(`^,\\s+(?:${INCISE_ALT})\\s*,`, 'iu');

/** A comma closing an incise: "…, meanwhile", « …, eux ». */
const INCISE_CLOSING = new RegExp(`,\\s+(?:${INCISE_ALT})\\s*$`, 'iu');

/** An incise with its commas, anywhere (for the auxiliary of a passive: « a, de son côté, été choisi »). */
const INCISE_ANY = new RegExp(`,\\s+(?:${INCISE_ALT})\\s*,`, 'giu');

/**
 * The last run of one to three capitalised words in [from, to) that equals a
 * known actor's name or alias, as a mention ("Orbit Beyond" at a sentence start
 * the actor extractor did not mark).
 */
function unmarkedNameBefore(text: string, from: number, to: number, actors: ActorIndex): ActorMention | undefined {
  const tokens = tokenize(text, Math.max(from, to - 60), to);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!isCapitalised(text[tokens[i]!.start]!)) continue;
    const found = mentionStartingAt(text, tokens, Math.max(0, i - 2), actors) ?? mentionStartingAt(text, tokens, Math.max(0, i - 1), actors) ?? mentionStartingAt(text, tokens, i, actors);
    return found && PARTY_KINDS.includes(found.actor.kind) ? found : undefined;
  }
  return undefined;
}

/** Longest look-back for a clause start, code units. */
const CLAUSE_WINDOW = 1000;

/**
 * The parties as subject of a signing verb just before the noun phrase:
 * "Brazil and South Korea also discussed … agreements", "They signed the
 * … agreement" (a plural pronoun stands for the first list of two or more
 * actors of the previous sentence).
 */
function verbSubjectParties(text: string, sentence: Span, npStart: number, prev: Span | undefined, lex: ContractLexicon, actors: ActorIndex, prior: readonly Mention[] = []): { parties: Actor[]; start: number } | undefined {
  let from = clauseStartOf(text, sentence, npStart);
  // contracts/<lang>/partial-quote: 'Big Machine and Dick Clark Productions had “come to terms on a licensing agreement …”' — an
  // opening quotation mark inside the clause does not hide its subject
  if (from > sentence.start && OPENING_QUOTE_BEFORE.test(text.slice(Math.max(sentence.start, from - 3), from))) from = clauseStartOf(text, sentence, from - 1);
  const clause = text.slice(from, npStart);
  lex.agreementVerbs.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  let earlier: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = lex.agreementVerbs.exec(clause)) !== null) {
    earlier = verb;
    verb = m;
  }
  if (!verb) return undefined;
  const vStart = from + verb.index;
  const between = text.slice(vStart + verb[0].length, npStart);
  if (tokenize(between, 0, between.length).length > 8) return undefined;
  // contracts/<lang>/coordinated-verb: "Vodafone and Telefonica signed a network-sharing deal last year and agreed a spectrum swap",
  // « Airbus et Safran ont signé un protocole en mars et conclu un partenariat » — a second signing verb joined by "and" shares the
  // first one's subject; the mention starts at its own verb when the first verb has an agreement of its own, which stays apart
  // (across a comma when the clause opens with "and": "Poland scrapped a planned purchase of Apache helicopters from Boeing in March,
  // citing their cost, and instead extended a maintenance contract with Leonardo", « …, et a prolongé son contrat avec Leonardo »)
  let earlierEnd = earlier ? from + earlier.index + earlier[0].length : undefined;
  if (earlierEnd === undefined && from > sentence.start && CLAUSE_AND_LEAD.test(text.slice(from, vStart))) {
    lex.agreementVerbs.lastIndex = 0;
    const head = text.slice(sentence.start, from);
    while ((m = lex.agreementVerbs.exec(head)) !== null) earlierEnd = sentence.start + m.index + m[0].length;
  }
  if (earlierEnd !== undefined && COORDINATED_VERB_LEAD.test(text.slice(Math.max(from, vStart - 40), vStart))) {
    const shared = verbSubjectParties(text, sentence, earlierEnd, prev, lex, actors, prior);
    if (shared && shared.parties.length > 0) {
      const own = actors.mentionsIn(vStart + verb[0].length, npStart, PARTY_KINDS).filter((am) => verbPartyGap(lex).test(text.slice(vStart + verb![0].length, am.start)));
      // (when the first verb has an agreement of its own; else the subject opens the mention: "The two sides continue to negotiate and
      // could finalize an agreement")
      const firstHasOwn = prior.some((p) => p.start >= shared.start && p.end <= vStart);
      return { parties: [...shared.parties, ...own.map((am) => am.actor).filter((a) => !shared.parties.includes(a))], start: firstHasOwn ? vStart : shared.start };
    }
  }
  // an occurrence of a known name the actor extractor left unmarked: "… and Orbit Beyond. Orbit Beyond dropped out of that contract"
  const subject = actors.nearestBefore(vStart, from, PARTY_KINDS) ?? unmarkedNameBefore(text, from, vStart, actors);
  // contracts/<lang>/subject-time: "South Sudan's government and rebels on Thursday signed", « ont signé jeudi soir » — a day or time
  // between the subject and its verb does not count towards the gap
  if (subject && text.slice(subject.end, vStart).replace(TIME_ADVERBIAL, ' ').length <= 30) {
    // contracts/<lang>/awaited-clause: "until Russia accepts a ceasefire", « jusqu'à ce que la Russie accepte un cessez-le-feu »
    if (lex.awaitedBefore.test(text.slice(Math.max(sentence.start, subject.start - 40), subject.start))) return undefined;
    const list = widenedList(text, sentence, subject, from, lex, actors);
    // contracts/<lang>/verb-with-party: "Lockheed Martin signed with the Pentagon a $1.2 billion contract", « Dassault a signé avec l'Inde un contrat »
    // (a descriptor or two may stand before the name: « a signé avec le groupe tchèque CEZ une lettre d'intention »)
    const withParty = verbPartyGap(lex);
    for (const am of actors.mentionsIn(vStart + verb[0].length, npStart, PARTY_KINDS)) {
      // or the indirect object right after the verb: "The Pentagon awarded Raytheon a $2 billion missile contract"
      // (a place there is where it was signed: « a signé dimanche à Doha un accord »)
      const gap = text.slice(vStart + verb[0].length, am.start);
      if ((withParty.test(gap) || /^\s+$/u.test(gap)) && partyAfterVerb(am, gap) && !list.parties.includes(am.actor)) list.parties.push(am.actor);
    }
    return { parties: list.parties, start: list.start };
  }
  // contracts/<lang>/apposed-subject: "SoftBank, its largest investor, committed to a $9.5 billion lifeline", « L'État, actionnaire de
  // PSA, a signé un accord »: the clause after an apposition holds only the verb; its subject is the name before the apposition
  if (from > sentence.start && PREDICATE_LEAD.test(text.slice(from, vStart).replace(TIME_ADVERBIAL, ' '))) {
    const apposed = actors.nearestBefore(from, Math.max(sentence.start, from - 100), PARTY_KINDS);
    // (the apposed subject may be a list: "The two unions, the CFE-CGC and the CFDT, signed …", « la CFE-CGC et la CFDT, ont signé »)
    if (apposed && APPOSITION_GAP.test(text.slice(apposed.end, from))) {
      const list = listBefore(text, apposed, Math.max(sentence.start, apposed.start - 100), lex, actors);
      return { parties: list.parties, start: list.start };
    }
  }
  // contracts/<lang>/pronoun-time-lead: "On Monday the two companies signed an agreement", « Lundi les deux groupes ont signé un accord » —
  // a day or time before the plural subject does not hide it
  const pronoun = pluralPronounLead(lex).exec(text.slice(from, vStart));
  if (pronoun && prev) {
    const lead = from + pronoun[1]!.length;
    // contracts/<lang>/counted-pronoun: "Airbus has been in talks with Thales and Leonardo. The three companies signed a memorandum", « Les
    // trois groupes ont signé » — a counted subject stands for as many actors of the previous sentence: a list of that length, or all its
    // institutions when they are that many
    const count = pronounCount(pronoun[0].slice(pronoun[1]!.length));
    if (count > 2) {
      const own = [...new Set(actors.mentionsIn(prev.start, prev.end, INSTITUTION_KINDS).map((m) => m.actor))];
      for (const mention of actors.mentionsIn(prev.start, prev.end, PARTY_KINDS)) {
        const list = listFrom(text, mention, prev.end, lex, actors);
        if (list.parties.length === count) return { parties: list.parties, start: lead };
      }
      if (own.length === count) return { parties: own, start: lead };
    }
    for (const mention of actors.mentionsIn(prev.start, prev.end, PARTY_KINDS)) {
      const list = listFrom(text, mention, prev.end, lex, actors);
      if (list.parties.length >= 2) return { parties: list.parties, start: lead };
    }
    // contracts/<lang>/counted-pair: "Britain and India signed a free trade agreement on Thursday. … The two countries also signed a
    // memorandum of understanding", « Les deux groupes ont signé un protocole » — with no list in the previous sentence, "the two
    // countries" are the two latest countries named before it
    // (the verb must be its own: "The two countries signed a memorandum and said they would keep negotiating a treaty" — "negotiating" is not)
    const pair = count === 2 ? countedPair(text.slice(lead, vStart), from, actors, prior) : undefined;
    return pair ? { parties: pair, start: lead } : undefined;
  }
  // contracts/<lang>/verb-with-party-only: « Orano a signé avec EDF un contrat d'approvisionnement » with a subject the actor extractor did
  // not mark, "It signed with the Pentagon a $1.2 billion contract" — the counterparty named between the verb and the noun is still a party
  if (!subject) {
    const withParty = verbPartyGap(lex);
    const named = actors.mentionsIn(vStart + verb[0].length, npStart, PARTY_KINDS).filter((am) => {
      const gap = text.slice(vStart + verb[0].length, am.start);
      return withParty.test(gap) && partyAfterVerb(am, gap);
    });
    if (named.length === 1) return { parties: [named[0]!.actor], start: vStart };
  }
  return undefined;
}

/** How far back "the two countries" looks for its two antecedents, code units (about three sentences of wire copy). */
const PAIR_REACH = 600;

/** A two-sided subject and its counted noun (group 1): "the two countries", "both governments", « les deux pays ». */
const PAIR_SUBJECT = new RegExp(`^\\s*(?:the\\s+two|both|les\\s+deux|tous\\s+deux)\\s+([${LETTER}]+)(?![${LETTER}])`, 'iu');
/** Counted nouns naming states: "the two countries", "both governments", « les deux pays », « les deux capitales ». */
const PAIR_STATES: ReadonlySet<string> = new Set(['countries', 'nations', 'governments', 'states', 'capitals', 'pays', 'états', 'gouvernements', 'capitales']);
/** Counted nouns naming sides of any kind but cities: "the two sides", « les deux parties », « les deux camps ». */
const PAIR_SIDES: ReadonlySet<string> = new Set(['sides', 'parties', 'partners', 'leaders', 'rivals', 'partenaires', 'camps', 'dirigeants', 'rivaux']);

/**
 * contracts/<lang>/counted-pair: the two latest distinct actors before `at` (within {@link PAIR_REACH}) that a counted subject opening
 * `lead` ("the two countries", « les deux groupes ») can name: states (governments, or places named as countries) for countries, any
 * institution for sides, organisations for any other noun (companies, groups, unions, clubs) — the two sides of the latest agreement
 * mention in `prior` when both fit. Undefined for a bare pronoun ("they", « les deux ») or fewer than two.
 */
function countedPair(lead: string, at: number, actors: ActorIndex, prior: readonly Mention[]): Actor[] | undefined {
  const subject = PAIR_SUBJECT.exec(lead);
  const noun = subject?.[1]?.toLowerCase();
  if (!noun || !PREDICATE_LEAD.test(lead.slice(subject![0].length).replace(TIME_ADVERBIAL, ' '))) return undefined;
  const country = (a: Actor) => a.kind === 'government' || (a.kind === 'place' && COUNTRY_NAMES.has(a.name.toLowerCase()));
  const fits = PAIR_STATES.has(noun) ? country
    : PAIR_SIDES.has(noun) ? (a: Actor) => INSTITUTION_KINDS.includes(a.kind) || country(a)
      : (a: Actor) => a.kind === 'organization';
  // the two sides of the latest agreement named before, when they fit: "Sudan's army and the RSF agreed to a ceasefire … the African
  // Union … Talks on a permanent settlement between the two sides"
  for (let k = prior.length - 1; k >= 0; k--) {
    const p = prior[k]!;
    if (p.end > at || p.start < at - PAIR_REACH) continue;
    if (p.parties.length === 2 && p.parties.every(fits)) return [...p.parties];
  }
  const found: Actor[] = [];
  const mentions = actors.mentionsIn(Math.max(0, at - PAIR_REACH), at, PARTY_KINDS);
  for (let k = mentions.length - 1; k >= 0 && found.length < 2; k--) {
    const a = mentions[k]!.actor;
    if (fits(a) && !found.includes(a)) found.push(a);
  }
  return found.length === 2 ? found.reverse() : undefined;
}

/** After a noun, a two-sided subject of a relative clause ("a framework agreement the two countries struck", « l'accord que les deux pays
 * ont signé ») or of "between" (« entre les deux parties »): group 1 the relative's subject, group 2 the object of "between". */
const PAIR_AFTER_NOUN = new RegExp(`^\\s+(?:(?:(?:that|which|que)\\s+|qu['’]\\s*)?((?:the\\s+two|both|les\\s+deux)\\s+[${LETTER}]+)|(?:between|entre)\\s+((?:the\\s+two|les\\s+deux)\\s+[${LETTER}]+))(?![${LETTER}])`, 'iu');
/** Between a relative's two-sided subject and its agreement verb: an auxiliary or an adverb or two ("had", « ont finalement »), bounded. */
const RELATIVE_VERB_LEAD = new RegExp(`^\\s{1,3}(?:[${LOWER}'’]{1,12}\\s{1,3}){0,2}`, 'u');

/**
 * contracts/<lang>/counted-pair-after: a noun with no party of its own followed by a relative clause whose subject is "the two countries"
 * and whose verb is a signing verb ("a framework agreement the two countries struck in 2022", « le protocole que les deux groupes ont
 * signé »), or by "between the two sides" ("talks on a permanent settlement between the two sides", « un accord entre les deux parties »):
 * the parties are the two latest actors the counted noun can name (see {@link countedPair}).
 */
function pairAfterNoun(text: string, sentence: Span, nounEnd: number, npStart: number, lex: ContractLexicon, actors: ActorIndex, prior: readonly Mention[]): { parties: Actor[]; end: number } | undefined {
  const after = text.slice(nounEnd, Math.min(sentence.end, nounEnd + 80));
  const m = PAIR_AFTER_NOUN.exec(after);
  if (!m) return undefined;
  let end = nounEnd + m[0].length;
  if (m[1]) {
    // the relative's verb must be a signing verb right after its subject
    const rest = after.slice(m[0].length);
    const lead = RELATIVE_VERB_LEAD.exec(rest)?.[0] ?? '';
    lex.agreementVerbs.lastIndex = 0;
    const verb = lex.agreementVerbs.exec(rest.slice(0, lead.length + 30));
    if (!verb || verb.index > lead.length) return undefined;
    end += verb.index + verb[0].length;
  }
  const parties = countedPair(m[1] ?? m[2]!, npStart, actors, prior);
  return parties ? { parties, end } : undefined;
}

/**
 * "and", « et » and at most two lower-case words (an auxiliary, an adverb: "and instead", « et a finalement »), none of them a
 * determiner or a subject pronoun: "and the government suspended the contract" is a clause with its own subject, not a coordinated
 * predicate (English "a" only when it ends the lead or leads no noun: « et a prolongé », not "and a consortium agreed").
 */
const AND_PREDICATE = `(?:and(?!\\s+a\\s+[${LOWER}'’]{1,12}\\s+$)|et)\\s+(?:(?!(?:the|an|its|their|his|her|this|these|those|le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|he|she|it|they|we|il|elle|ils|elles|on|nous)(?![${LETTER}])|l['’])[${LOWER}'’]{1,12}\\s+){0,2}`;

/** A clause made of "and", « et » and at most two lower-case words before its verb ("and instead", « et a »): a coordinated predicate. */
const CLAUSE_AND_LEAD = new RegExp(`^\\s*${AND_PREDICATE}$`, 'u');

/** "and", « et » with at most two lower-case words (an auxiliary, an adverb) right before a verb: a coordinated predicate. */
const COORDINATED_VERB_LEAD = new RegExp(`(?:^|\\s)${AND_PREDICATE}$`, 'u');

/** Counts named in a plural subject, EN and FR ("the three companies", « les quatre syndicats »). */
const PRONOUN_COUNT = new RegExp(`(?<![${LETTER}])(?:three|trois|four|quatre)(?![${LETTER}])`, 'iu');

/** How many actors a plural subject counts: 3 or 4 when it says so, else 2 (see {@link verbSubjectParties}). */
function pronounCount(subject: string): number {
  const m = PRONOUN_COUNT.exec(subject);
  if (!m) return 2;
  return /^(?:three|trois)$/iu.test(m[0]) ? 3 : 4;
}

/**
 * The list of actors ending at `subject`, from the clause start `from` on — contracts/<lang>/list-across-comma: "Brazil, Chile and Peru
 * signed a trade agreement", « La France, l'Allemagne et l'Italie ont signé un accord », "Airbus, Thales and Leonardo plan to combine
 * their space businesses" — the comma of a serial list is no clause boundary when the list reaches the clause start and its first member
 * opens the previous clause (not "In a deal with Boeing, Airbus and Safran signed …").
 */
function widenedList(text: string, sentence: Span, subject: ActorMention, from: number, lex: ContractLexicon, actors: ActorIndex): { parties: Actor[]; start: number } {
  const list = listBefore(text, subject, from, lex, actors);
  if (from > sentence.start && LIST_LEAD.test(text.slice(from, list.start))) {
    const wider = listBefore(text, subject, sentence.start, lex, actors);
    if (wider.parties.length > list.parties.length && LIST_LEAD.test(text.slice(clauseStartOf(text, sentence, wider.start), wider.start))) return wider;
  }
  return list;
}

/** "with", « avec » right after an agreement's noun: what follows are counterparties of its subject. */
const WITH_AFTER_NOUN = /^\s+(?:with|avec)\s/iu;

/** {@link pluralPronounLead}'s regex per lexicon, built on first use. */
const PRONOUN_LEADS = new WeakMap<ContractLexicon, RegExp>();

/** A plural pronoun opening the subject, a time adverbial before it allowed ("On Monday the two companies"); group 1: what precedes it. */
function pluralPronounLead(lex: ContractLexicon): RegExp {
  let re = PRONOUN_LEADS.get(lex);
  if (!re) {
    re = new RegExp(`^(\\s*(?:${TIME_ADVERBIAL.source}\\s*,?\\s*)?)(?:${lex.pluralPronouns.map(escapeRe).join('|')})(?![${LETTER}])`, 'iu');
    PRONOUN_LEADS.set(lex, re);
  }
  return re;
}

const VERB_PARTY_GAPS = new WeakMap<ContractLexicon, RegExp>();

/**
 * The gap between a signing verb and a counterparty ending at the name: « avec », "with", "to" and a determiner, with a descriptor or two
 * (« a signé avec le groupe tchèque CEZ une lettre d'intention »); built once per lexicon.
 */
function verbPartyGap(lex: ContractLexicon): RegExp {
  let re = VERB_PARTY_GAPS.get(lex);
  if (!re) {
    re = new RegExp(`(?<![${LETTER}])(?:${lex.verbPartyPrepositions.map(escapeRe).join('|')})\\s+(?:(?:the|le|la|les|l['’])\\s*)?(?:[${LOWER}][${LOWER}-]{1,20}\\s+){0,2}$`, 'iu');
    VERB_PARTY_GAPS.set(lex, re);
  }
  return re;
}

/**
 * Whether an actor named between a signing verb and the noun is a counterparty: not a place where it was signed (« a signé dimanche
 * à Doha un accord »), but a country addressed with "with", "to" or « à l' », « à la » — contracts/<lang>/verb-country-recipient:
 * « La Russie a proposé à l'Ukraine un mémorandum de paix », "Armenia proposed to Azerbaijan a non-aggression pact".
 */
function partyAfterVerb(am: ActorMention, gap: string): boolean {
  if (am.actor.kind !== 'place') return true;
  return COUNTRY_NAMES.has(am.actor.name.toLowerCase()) && !BARE_A_BEFORE.test(gap) && !LOCATIVE_BEFORE.test(gap);
}

/**
 * A day or a time of day between a subject and its verb, removed before the gap is measured: "on Thursday", "late on Monday", "last week",
 * « jeudi soir », « lundi », « mardi matin ». Global, bounded.
 */
const TIME_ADVERBIAL = /(?<![\p{L}])(?:(?:late|early)\s+)?(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|night|morning|evening|afternoon|après-midi))?(?![\p{L}])/giu;

/** A clause lead of at most three lower-case words before the verb (auxiliaries, adverbs: "has also", « a finalement »), bounded. */
const PREDICATE_LEAD = new RegExp(`^\\s{0,3}(?:[${LOWER}'’]{1,12}\\s{1,3}){0,3}$`, 'u');
/**
 * Between a name and the clause after its apposition: ", its largest investor, " (a determiner-led description of at most 60 code units,
 * « , actionnaire de PSA, ») or just ", " when the description itself was linked to the actor ("its largest investor" as an alias).
 */
const APPOSITION_GAP = new RegExp(`^,\\s{1,3}(?:(?:(?:its|his|her|their|the|a|an|son|sa|ses|leur|leurs|le|la|les|l['’]|un|une|actionnaire|président|présidente|patron|propriétaire)\\s?|[${LOWER}])[^,.;:!?()«»"“”]{1,60},\\s{0,3})?$`, 'u');

/**
 * The agent list of a passive signing verb after the noun: « Le traité avait été signé en janvier par X, Y et Z ». With `approverOnly`
 * (a definite or demonstrative mention), an approving verb's agent is none (`approvedBy`: "The agreement must be approved by the Parliament"):
 * `any` — an agreement with parties was told before; `required` — none was, only a required approval counts (`approvalRequired`).
 */
function signedByParties(text: string, tokens: Token[], nounEnd: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex, approverOnly?: 'any' | 'required'): { parties: Actor[]; end: number } | undefined {
  const m = lex.signedBy.exec(text.slice(nounEnd, Math.min(sentenceEnd, nounEnd + 160)));
  if (!m) return undefined;
  if (approverOnly && isApproval(m[0], lex, approverOnly)) return undefined;
  const agentAt = nounEnd + m.index + m[0].length;
  const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, agentAt), sentenceEnd, lex, actors, 6);
  if (!found.parties.length) return undefined;
  // contracts/<lang>/passive-recipient: "The contract was awarded to Thales by the French Navy", « attribué à Thales par la Marine »;
  // the recipient may be described first: "was awarded to local firm APS by the Armament Agency", « attribué au groupe français Thales »
  const toParty = verbPartyGap(lex);
  // (a place there is where it was signed: « L'accord, signé mardi à Paris par la France et l'Inde »)
  const recipients = actors.mentionsIn(nounEnd, agentAt, PARTY_KINDS).filter((am) => am.actor.kind !== 'place' && toParty.test(text.slice(nounEnd, am.start)));
  return { parties: [...recipients.map((r) => r.actor).filter((a) => !found.parties.includes(a)), ...found.parties], end: found.end };
}

/** A `signedBy` match that is an approval (`any`) or a required one (`required`): "must be approved by ", « doit être ratifié par ». */
function isApproval(match: string, lex: ContractLexicon, mode: 'any' | 'required'): boolean {
  return lex.approvedBy.test(match) && (mode === 'any' || lex.approvalRequired.test(match));
}

/**
 * The actors named after an approving verb's agent preposition that follows the noun in its sentence ("The deal still needs to be
 * ratified by | France and Germany"); `undefined` when no approval follows (contracts/<lang>/approved-by-not-party).
 */
function approverAgents(text: string, nounEnd: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex, mode: 'any' | 'required'): Set<Actor> | undefined {
  const m = lex.signedBy.exec(text.slice(nounEnd, Math.min(sentenceEnd, nounEnd + 160)));
  if (!m || !isApproval(m[0], lex, mode)) return undefined;
  const agentAt = nounEnd + m.index + m[0].length;
  return new Set(actors.mentionsIn(agentAt, sentenceEnd, PARTY_KINDS).map((am) => am.actor));
}

function lexName(lex: ContractLexicon): string {
  return lex === FR_CONTRACTS ? 'fr' : 'en';
}

function window(sentence: Span, start: number, end: number): Span {
  const from = Math.max(sentence.start, start - STATUS_WINDOW);
  const to = Math.min(sentence.end, end + STATUS_WINDOW);
  return { start: from, end: to, text: '' };
}

/**
 * "Kmart Corp. announced … it will buy department store operator Sears":
 * an organisation before the verb (the buyer) and one right after it (the
 * bought), with only descriptor words between verb and object.
 */
function collectVerbMentions(text: string, sentence: Span, prevSentence: Span | undefined, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  const orgs: readonly ActorKind[] = ['organization'];
  for (const verb of lex.acquisitionVerbs) {
    for (const { match: m, start: vStart, end: vEnd } of matchesIn(verb.pattern, sentence)) {
      // contracts/<lang>/verb-pronoun-buyer: "McClatchy’s parlous condition has sent it on a quest for a merger partner. In December, the firm
      // bid $16.50 per share for Tribune" — a pronoun or a generic "the firm" as subject stands for the previous sentence's first organisation
      const clauseStart = clauseStartOf(text, sentence, vStart);
      const buyer = actors.nearestBefore(vStart, Math.max(sentence.start, vStart - 120), orgs)
        ?? (prevSentence && lex.subjectPronounVerb.test(text.slice(clauseStart, vStart)) ? actors.mentionsIn(prevSentence.start, prevSentence.end, orgs)[0] : undefined)
        ?? personBuyer(text, clauseStart, vStart, actors);
      if (!buyer) continue;
      // contracts/<lang>/verb-hypothetical: "if only Yahoo had bought Snapchat", « si Renault rachetait Nissan » — a condition or a wish
      if (lex.hypotheticalBefore.test(text.slice(clauseStartOf(text, sentence, buyer.start), buyer.start))) continue;
      // the buyer must not be the object of an earlier clause verb: nothing but its own sentence part before
      // contracts/<lang>/verb-whole-of: "agreed to buy all of Equans", « s'engage à acquérir la totalité d'Equans » — a share of the company
      // bought stands before its name
      const whole = lex.wholeOf.exec(text.slice(vEnd, Math.min(sentence.end, vEnd + 40)));
      let i = tokenIndexAt(tokens, vEnd + (whole ? whole[0].length : 0));
      let object: ActorMention | undefined;
      // contracts/<lang>/verb-object-article: "Vantor Systems will acquire the Danish drone maker Skyfold", « Sanofi va racheter le groupe
      // pharmaceutique américain Catalent » — an article before the descriptors is no descriptor itself
      const limit = i < tokens.length && OBJECT_ARTICLES.has(tokens[i]!.lower) ? MAX_DESCRIPTORS + 1 : MAX_DESCRIPTORS;
      for (let k = 0; k <= limit && i < tokens.length; k++, i++) {
        const t = tokens[i]!;
        if (/[,;:()«»"“”.]/u.test(text.slice(k === 0 ? vEnd : tokens[i - 1]!.end, t.start))) break;
        const am = mentionStartingAt(text, tokens, i, actors);
        if (am) {
          // a company the actor extractor took for a product is bought whole: "agreed to acquire Spirit AeroSystems in an all-stock deal"
          // — not goods ("buy Patriot missiles", "order 50 Airbus A350")
          if (orgs.includes(am.actor.kind) || (am.actor.kind === 'product' && !goodsModifier(text, tokens, am, lex) && !COUNTED_BEFORE.test(text.slice(Math.max(0, am.start - 8), am.start)))) object = am;
          // contracts/<lang>/descriptor-alias: « acquérir le groupe finlandais Tikkurila » — a lower-case description linked to another actor,
          // then the name it introduces: the name is the object
          if (object && !isCapitalised(object.text.replace(LEADING_ARTICLE, '')[0] ?? 'A')) {
            const named = actors.nearestAfter(object.end, Math.min(sentence.end, object.end + 40), orgs);
            if (named && named.actor !== object.actor && DESCRIPTOR_GAP.test(text.slice(object.end, named.start))) object = named;
          }
          break;
        }
        if (lex.verbObjectBlockers.includes(t.lower)) break;
      }
      // contracts/<lang>/verb-unit-owner: "GE agreed to buy the healthcare unit of Philips", « Safran va racheter l'activité d'actionnement
      // de Collins Aerospace » — the business bought belongs to its seller, the other party
      if (!object) object = unitOwnerAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors);
      // contracts/<lang>/party-seller: a product bought from a seller is goods, the seller the other party ("SEFE agreed to buy liquefied
      // natural gas (LNG) from Cheniere Energy")
      if (object && object.actor.kind === 'product') {
        const seller = sellerAfter(text, tokens, tokenIndexAt(tokens, object.end), sentence.end, lex, actors);
        if (seller) object = { ...object, actor: seller.actor, end: seller.end, text: text.slice(object.start, seller.end) };
      }
      if (!object || object.actor === buyer.actor) continue;
      out.push({
        start: buyer.start,
        end: object.end,
        kind: verb.kind,
        det: 'indefinite',
        anaphor: false,
        parties: [buyer.actor, object.actor],
        anchored: true,
        named: false,
        inHeading,
        ruleId: verb.ruleId,
        statusWindow: window(sentence, vStart, object.end),
        key: '',
        // contracts/<lang>/headline-infinitive: "Microsoft to buy Activision for $69bn" — a headline's bare infinitive announces the deal
        announcedForm: lex.headlineInfinitive.test(text.slice(buyer.end, vStart)),
      });
    }
  }
}

/** Articles and possessives that may open a bought company's description (EN and FR; « l' » is tokenised as "l"). */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'le', 'la', 'l', 'un', 'une', 'son', 'sa', 'leur']);

/** Predicate words between a person buyer and the verb: auxiliaries and a verb of intent ("has agreed to", « a renoncé à »), bounded. */
const PERSON_BUYER_GAP = new RegExp(`^\\s{1,3}(?:[${LOWER}'’]{1,12}\\s{1,3}){0,4}$`, 'u');

/**
 * contracts/<lang>/verb-person-buyer: "Elon Musk agreed to buy Twitter", « Elon Musk a renoncé à racheter Twitter » — a person as the
 * clause's subject, only lower-case predicate words before the verb ({@link PERSON_BUYER_GAP}), buys a company (the object must be an
 * organisation: see collectVerbMentions).
 */
function personBuyer(text: string, clauseStart: number, vStart: number, actors: ActorIndex): ActorMention | undefined {
  const p = actors.nearestBefore(vStart, clauseStart, ['person']);
  return p && PERSON_BUYER_GAP.test(text.slice(p.end, vStart)) ? p : undefined;
}

/**
 * contracts/<lang>/stake-purchase: "Alden announced that it had become the
 * largest shareholder of Tribune by acquiring the entire 25.2% stake held by
 * Tribune’s former chairman, Michael Ferro", « Renault a pris une
 * participation de 10 % dans Nissan »: the buyer is the actor before the
 * verb (the sentence's first actor for a gerund clause), the other party the
 * company or seller after the preposition. Pushes an acquisition mention.
 */
function collectStakeMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  for (const { match: m, start: vStart, end: vEnd } of matchesIn(lex.stakePurchase, sentence)) {
    const gerund = lex.gerundBefore.test(text.slice(Math.max(sentence.start, vStart - 12), vStart));
    const buyer = gerund
      ? actors.mentionsIn(sentence.start, vStart, PARTY_KINDS)[0]
      : actors.nearestBefore(vStart, Math.max(clauseStartOf(text, sentence, vStart), vStart - 120), PARTY_KINDS);
    if (!buyer) continue;
    if (lex.hypotheticalBefore.test(text.slice(clauseStartOf(text, sentence, buyer.start), buyer.start))) continue;
    const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors);
    const other = found.parties.filter((a) => a !== buyer.actor);
    if (!other.length) continue;
    const start = gerund ? vStart : buyer.start;
    out.push({
      start, end: found.end, kind: 'acquisition', det: 'indefinite', anaphor: false, parties: [buyer.actor, ...other], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/stake-purchase`, statusWindow: window(sentence, vStart, found.end), key: '',
    });
  }
}

/** Longest opening clause of a quid pro quo, code units. */
const EXCHANGE_OPENER = 160;
/** Farthest start of the main clause's subject after the opening clause's comma, code units. */
const EXCHANGE_SUBJECT = 12;

/**
 * contracts/<lang>/exchange-for: "In exchange for the lifting of United States trade sanctions, Sudan has said it will improve access for
 * aid groups", « En échange de la levée des sanctions américaines, le Soudan s'engage à… » — an opening clause naming what one side
 * gives (an actor in it) and a main clause whose subject (another actor, right after the comma) commits: one agreement between them.
 * Bounded: the opener is read on the sentence's first {@link EXCHANGE_OPENER} code units.
 */
function collectExchangeMentions(text: string, sentence: Span, inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  if (!lex.exchangeFor) return;
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + EXCHANGE_OPENER));
  const opener = lex.exchangeFor.opener.exec(head);
  if (!opener) return;
  const comma = head.indexOf(',', opener[0].length);
  if (comma < 0) return;
  const commaAt = sentence.start + comma;
  const giver = actors.mentionsIn(sentence.start + opener[0].length, commaAt, PARTY_KINDS)[0];
  const subject = actors.nearestAfter(commaAt + 1, Math.min(sentence.end, commaAt + 1 + EXCHANGE_SUBJECT + 40), PARTY_KINDS);
  if (!giver || !subject || subject.actor === giver.actor || subject.start - commaAt > EXCHANGE_SUBJECT) return;
  const main = text.slice(subject.end, sentence.end);
  const commit = lex.exchangeFor.commitment.exec(main);
  if (!commit) return;
  // the evidence runs to the end of the committed clause's verb phrase: the next clause break or the sentence end
  const rest = main.slice(commit.index);
  const stop = rest.search(/[,;:]\s|[.!?…]\s*$/u);
  const end = subject.end + commit.index + (stop >= 0 ? stop : rest.length);
  out.push({
    start: sentence.start, end, kind: 'agreement', det: 'indefinite', anaphor: false, parties: [giver.actor, subject.actor], anchored: true, named: false,
    inHeading, ruleId: `contracts/${lexName(lex)}/exchange-for`, statusWindow: window(sentence, sentence.start, end), key: '',
  });
}

/**
 * contracts/<lang>/verb-order: "Germany has ordered 35 F-35A fighter jets
 * from Lockheed Martin", « L'Allemagne a commandé 35 avions F-35A à Lockheed
 * Martin », "Qatar ordered 24 Dassault Rafale": the buyer (the institution
 * just before the verb), a count of goods right after it, and the seller
 * (after a seller preposition within {@link MAX_PARTY_TOKENS}, or the maker
 * of the goods) make a purchase contract. No count, no contract: "the court
 * ordered the company to pay".
 */
function collectOrderVerbMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  for (const { match: m, start: vStart, end: vEnd } of matchesIn(lex.orderVerbs, sentence)) {
    if (!lex.orderCount.test(text.slice(vEnd, vEnd + 40))) continue;
    const clauseStart = clauseStartOf(text, sentence, vStart);
    const buyer = subjectBefore(actors, vStart, clauseStart, SALE_SUBJECT_GAP, INSTITUTION_KINDS);
    if (!buyer) continue;
    if (lex.hypotheticalBefore.test(text.slice(clauseStart, buyer.start))) continue;
    const from = tokenIndexAt(tokens, vEnd);
    let seller: { parties: Actor[]; end: number } | undefined;
    for (let i = from; i < tokens.length && i < from + MAX_PARTY_TOKENS && tokens[i]!.start < sentence.end; i++) {
      if (i > from && /[;:()«»"“”]|,\s/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
      if (!lex.sellerPrepositions.includes(tokens[i]!.lower)) continue;
      const found = partyChainAfter(text, tokens, i + 1, sentence.end, lex, actors);
      if (found.parties.length) seller = { parties: found.parties, end: found.end };
      break;
    }
    if (!seller) {
      // the maker of the goods is a company: "ordered 3,000 troops to Poland" buys nothing from Poland
      const maker = goodsMaker(text, tokens, from, sentence.end, lex, actors);
      if (maker && maker.actor.kind === 'organization') seller = { parties: [maker.actor], end: maker.end };
    }
    // contracts/<lang>/order-from-country: "Poland ordered 96 Apache helicopters from the United States", « La Pologne a commandé 96
    // hélicoptères Apache aux États-Unis » — a country that an order is placed with sells as a state (a verb of ordering, not of buying:
    // "bought Russian oil from Russia" is trade)
    const ordering = lex.orderingVerb.test(m[0]);
    const sellers = seller?.parties.filter((a) => a !== buyer.actor && (INSTITUTION_KINDS.includes(a.kind)
      || (ordering && a.kind === 'place' && COUNTRY_NAMES.has(a.name.toLowerCase())))) ?? [];
    if (!seller || !sellers.length) continue;
    out.push({
      start: buyer.start, end: seller.end, kind: 'contract', det: 'indefinite', anaphor: false, parties: [buyer.actor, ...sellers], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/verb-order`, statusWindow: window(sentence, vStart, seller.end), key: '',
    });
  }
}

/** Most tokens between a verb and the business unit it sells or buys ("its tea business", « son activité thé »). */
const MAX_UNIT_TOKENS = 6;

/**
 * After a verb of sale or purchase: a business unit noun within
 * {@link MAX_UNIT_TOKENS} tokens ("the healthcare unit", « l'activité
 * d'actionnement »), then an owner preposition and an organisation ("of
 * Philips", « de Collins Aerospace »). Returns the owner's mention.
 */
/** Tokens after a unit noun searched for the preposition naming its owner ("unit of", « activité de commandes de vol de »). */
const UNIT_OWNER_REACH = 5;

function unitOwnerAfter(text: string, tokens: Token[], fromIdx: number, sentenceEnd: number, lex: ContractLexicon, actors: ActorIndex): ActorMention | undefined {
  for (let i = fromIdx; i < tokens.length && i < fromIdx + MAX_UNIT_TOKENS && tokens[i]!.start < sentenceEnd; i++) {
    if (i > fromIdx && /[,;:()«»"“”.]/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return undefined;
    if (!lex.unitNouns.includes(tokens[i]!.lower)) continue;
    // contracts/<lang>/unit-owner-described: « racheter l'activité de commandes de vol de l'américain Collins Aerospace », "the flight
    // controls business of Collins" — the unit's own complement ("de commandes de vol") names nobody; the owner comes after it
    for (let j = i + 1; j < tokens.length && j <= i + UNIT_OWNER_REACH; j++) {
      if (!lex.unitOwnerPrepositions.includes(tokens[j]!.lower)) continue;
      if (/[,;:()«»"“”.]/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
      const found = partyChainAfter(text, tokens, j + 1, sentenceEnd, lex, actors);
      const owner = found.parties[0];
      if (!owner) continue;
      if (owner.kind !== 'organization') return undefined;
      return actors.mentionsIn(tokens[j]!.end, found.end, ['organization']).find((am) => am.actor === owner);
    }
    return undefined;
  }
  return undefined;
}

/**
 * The literal prefilters of the document {@link extractContracts} is reading (text/prefilter.ts), or null outside it: a
 * verb collector's regex runs only on the sentences holding a literal each of its matches needs. Most sentences hold
 * none of a collector's verbs; measured 2026-12-03 on the shared corpus (122 texts, CPU of extractContracts alone, steady
 * state): 52 → 35 ms per pass over the corpus. No output changes: the test is exact.
 */
let sentenceFilters: DocumentFilters | null = null;

/**
 * Each match of the global regex `re` in `sentence`, with its offsets in the document (UTF-16 code units, end
 * exclusive): the loop every verb collector of this module runs. `re.lastIndex` is reset first; a body may move it.
 * A sentence the document's prefilters rule out yields nothing and leaves `lastIndex` at 0, as a search without match does.
 */
function* matchesIn(re: RegExp, sentence: Span): Generator<{ match: RegExpExecArray; start: number; end: number }> {
  re.lastIndex = 0;
  if (sentenceFilters && !sentenceFilters.mayMatchIn(re, sentence.start, sentence.end)) return;
  for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
    const start = sentence.start + m.index;
    yield { match: m, start, end: start + m[0].length };
  }
}

/**
 * contracts/<lang>/verb-sell: "Unilever has sold its tea business to CVC
 * Capital Partners", « Unilever a cédé son activité thé au fonds CVC »: the
 * seller (the institution just before the verb) and the buyer (after the
 * buyer preposition) are the parties of an acquisition. The object must be a
 * business — a unit noun, a percentage, or an organisation — so that "sold
 * weapons to Saudi Arabia" or "sold 10 million copies to fans" stay out.
 */
function collectSaleMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  // contracts/<lang>/noun-sale-of: "Carrefour announced the sale of its Italian business to investment fund NewPrinces", « Carrefour a
  // annoncé la cession de ses activités en Italie au fonds NewPrinces » — the noun reads like the verb, its seller the clause's subject
  for (const [re, rule] of lex.saleNouns ? [[lex.saleVerbs, 'verb-sell'], [lex.saleNouns, 'noun-sale-of']] as const : [[lex.saleVerbs, 'verb-sell']] as const)
  for (const { start: vStart, end: vEnd } of matchesIn(re, sentence)) {
    const clauseStart = clauseStartOf(text, sentence, vStart);
    const subject = subjectBefore(actors, vStart, clauseStart, SALE_SUBJECT_GAP, INSTITUTION_KINDS);
    const seller = subject ?? antecedentOf(text, sentence, actors, clauseStart, vStart);
    if (!seller) continue;
    if (lex.hypotheticalBefore.test(text.slice(clauseStart, seller.start))) continue;
    let business = false;
    // (a described business: « son activité de services et de stockage d'actifs physiques à Oasis Group »)
    for (let i = tokenIndexAt(tokens, vEnd), k = 0; i < tokens.length && k < MAX_UNIT_TOKENS + 6 && tokens[i]!.start < sentence.end; i++, k++) {
      const t = tokens[i]!;
      if (/[,;:()«»"“”.]/u.test(text.slice(k === 0 ? vEnd : tokens[i - 1]!.end, t.start))) break;
      if (lex.buyerPrepositions.includes(t.lower) && business) {
        const found = partyChainAfter(text, tokens, i + 1, sentence.end, lex, actors);
        const buyers = found.parties.filter((a) => a !== seller.actor && INSTITUTION_KINDS.includes(a.kind));
        if (!buyers.length) break;
        out.push({
          start: seller.start, end: found.end, kind: 'acquisition', det: 'indefinite', anaphor: false, parties: [seller.actor, ...buyers], anchored: true, named: false, inHeading,
          // (a relative clause ends at its comma: "Norvane, which sold its unit to Haleon, has said it wants …" — "wants" is not the sale's)
          ruleId: `contracts/${lexName(lex)}/${rule}`, statusWindow: subject ? window(sentence, vStart, found.end) : relativeWindow(text, sentence, vStart, found.end), key: '',
        });
        break;
      }
      if (lex.unitNouns.includes(t.lower) || t.lower.endsWith('%') || text[t.end] === '%' || /^\s?%/u.test(text.slice(t.end, t.end + 2))) business = true;
      const am = actors.mentionAt(t.start);
      if (am && am.start === t.start && am.actor.kind === 'organization' && am.actor !== seller.actor) business = true;
    }
  }
}

/** A relative pronoun opening a clause whose subject it is, up to its verb ("which sold", "who has bought", « qui a cédé »). */
const RELATIVE_SUBJECT_OPENING = new RegExp(`^(?:which|who|qui)(?:\\s+[${LETTER}]+){0,2}\\s+$`, 'iu');

/** An apposition set off by commas just before a verb ("McPhy, placed in receivership, was bought", « McPhy, placé en redressement, a été »). */
const APPOSITION_BEFORE = /,\s[^,;:()«»"“”]{1,60},\s*$/u;

/**
 * contracts/<lang>/antecedent-subject: the institution a clause's subject refers back to when the clause has none of its own — the
 * antecedent of a relative subject ("Norvane, which sold its consumer health unit to Haleon", « EDF, qui a cédé sa filiale à … ») or
 * the name before an apposition (« McPhy, placé en redressement judiciaire, a été racheté par John Cockerill »): the name just before
 * the comma that opens the relative or the apposition.
 */
function antecedentOf(text: string, sentence: Span, actors: ActorIndex, clauseStart: number, vStart: number): ActorMention | undefined {
  let comma = -1;
  if (RELATIVE_SUBJECT_OPENING.test(text.slice(clauseStart, vStart)) && /,\s*$/u.test(text.slice(Math.max(sentence.start, clauseStart - 3), clauseStart))) {
    comma = text.lastIndexOf(',', clauseStart - 1);
  } else if (/^\s*$/u.test(text.slice(clauseStart, vStart))) {
    const app = APPOSITION_BEFORE.exec(text.slice(Math.max(sentence.start, vStart - 70), vStart));
    if (app) comma = vStart - (app[0].length);
  }
  if (comma < sentence.start) return undefined;
  const m = actors.nearestBefore(comma, Math.max(sentence.start, comma - 60), INSTITUTION_KINDS);
  return m && /^\s*$/u.test(text.slice(m.end, comma)) ? m : undefined;
}

/** The status window of a clause read through its antecedent: it ends at the comma that closes the relative or the apposition. */
function relativeWindow(text: string, sentence: Span, start: number, end: number): Span {
  const w = window(sentence, start, end);
  const comma = text.indexOf(',', end);
  return comma >= 0 && comma < w.end ? { ...w, end: comma } : w;
}

/**
 * contracts/<lang>/passive-acquired: "McPhy was acquired by Belgian group John Cockerill", « McPhy, placé en redressement judiciaire, a
 * été racheté par John Cockerill » — the subject (an organisation) is bought, the agent after "by"/« par » buys; a passive of the
 * future or of a plan ("will be bought by", « devrait être racheté par ») reads its status from the modal like any clause.
 */
function collectPassiveAcquisitionMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  if (!lex.passiveAcquisition) return;
  for (const { start: vStart, end: vEnd } of matchesIn(lex.passiveAcquisition, sentence)) {
    const clauseStart = clauseStartOf(text, sentence, vStart);
    const bought = subjectBefore(actors, vStart, clauseStart, SALE_SUBJECT_GAP, INSTITUTION_KINDS) ?? antecedentOf(text, sentence, actors, clauseStart, vStart);
    if (!bought || bought.actor.kind !== 'organization') continue;
    if (lex.hypotheticalBefore.test(text.slice(clauseStart, bought.start))) continue;
    const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors);
    const buyers = found.parties.filter((a) => a !== bought.actor && a.kind !== 'place' && a.kind !== 'product');
    if (!buyers.length) continue;
    out.push({
      start: bought.start, end: found.end, kind: 'acquisition', det: 'indefinite', anaphor: false, parties: [...buyers, bought.actor], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/passive-acquired`, statusWindow: window(sentence, vStart, found.end), key: '',
    });
  }
}

/** Longest stretch between the sides of talks and the agreement they are about, code units ("… on a free trade accord"). */
const TALKS_TOPIC_REACH = 50;

/** One lower-case word right after a name ("the Verdi union"), anchored at its start. */
const TRAILING_HEAD = new RegExp(`^\\s{1,3}[${LOWER}][${LOWER}-]{1,20}(?![${LETTER}])`, 'u');

/**
 * contracts/<lang>/talks-between: "Talks between Paris and Athens on the purchase of a fourth frigate are continuing", « Les discussions
 * entre Bruxelles et Washington sur un accord sur l'acier », « les négociations entre Paris et Athènes sur l'achat d'une frégate » — the
 * two sides named after "between"/« entre » are the parties of the agreement the talks are about (proposed, from the talks); the noun
 * must follow the topic preposition with no punctuation between.
 */
function collectTalksBetweenMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, nounRe: RegExp, actors: ActorIndex, out: Mention[]): void {
  if (!lex.talksBetween) return;
  for (const { start: tStart, end: tEnd } of matchesIn(lex.talksBetween.opening, sentence)) {
    const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, tEnd), sentence.end, lex, actors, MAX_DESCRIPTORS, false, true);
    if (found.parties.length < 2) continue;
    // contracts/<lang>/talks-between-head: a common noun or two may close the last side's name: "Talks between Lufthansa and the Verdi
    // union over a new wage deal", « entre Renault et le syndicat CFDT maison sur un accord »
    let sideEnd = found.end;
    let topic = lex.talksBetween.topic.exec(text.slice(sideEnd, Math.min(sentence.end, sideEnd + 30)));
    for (let k = 0; !topic && k < 2; k++) {
      const head = TRAILING_HEAD.exec(text.slice(sideEnd, Math.min(sentence.end, sideEnd + 24)));
      if (!head) break;
      sideEnd += head[0].length;
      topic = lex.talksBetween.topic.exec(text.slice(sideEnd, Math.min(sentence.end, sideEnd + 30)));
    }
    let noun: RegExpExecArray | null = null;
    const from = topic ? sideEnd + topic[0].length : sideEnd;
    if (topic) {
      const stretch = text.slice(from, Math.min(sentence.end, from + TALKS_TOPIC_REACH));
      const cut = stretch.search(/[,;:()«»"“”]/u);
      nounRe.lastIndex = 0;
      noun = nounRe.exec(cut >= 0 ? stretch.slice(0, cut) : stretch);
      nounRe.lastIndex = 0;
    }
    if (!noun) {
      pushFailedTalks(text, sentence, tStart, found.end, found.parties, inHeading, lex, out);
      continue;
    }
    const end = from + noun.index + noun[0].length;
    const info = nounInfo(lex, noun[0]);
    out.push({
      start: tStart, end, kind: info && !info.anaphor ? info.kind : 'acquisition', det: 'indefinite', anaphor: false, parties: found.parties, anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/talks-between`, statusWindow: window(sentence, tStart, end), key: '',
    });
  }
}

/** Longest stretch between the sides of failed talks and the verb of their failure, topic included, code units. */
const TALKS_FAILED_REACH = 90;

/**
 * contracts/<lang>/talks-between-failed: talks between two named sides that failed, with no agreement noun named — "Talks between
 * Renault and Nissan collapsed on Thursday", "Talks between Equinor and Orsted on a joint hydrogen pipeline broke down", « Les
 * discussions entre Renault et Nissan ont capoté » — are the agreement they sought, cancelled (the status comes from the failure verb
 * in the window). Talks that go on, stall or resume name no agreement and stay out.
 */
function pushFailedTalks(text: string, sentence: Span, tStart: number, sidesEnd: number, parties: Mention['parties'], inHeading: boolean, lex: ContractLexicon, out: Mention[]): void {
  const failed = lex.talksBetween?.failed?.exec(text.slice(sidesEnd, Math.min(sentence.end, sidesEnd + TALKS_FAILED_REACH)));
  if (!failed) return;
  const end = sidesEnd + failed[0].length;
  out.push({
    start: tStart, end, kind: 'deal', det: 'indefinite', anaphor: false, parties, anchored: true, named: false, inHeading,
    ruleId: `contracts/${lexName(lex)}/talks-between-failed`, statusWindow: window(sentence, tStart, end), key: '',
  });
}

/**
 * contracts/<lang>/breach-accusation: "Kinshasa accused Kigali of violating the ceasefire agreed in July", « Kinshasa accuse Kigali de
 * ne pas avoir respecté le cessez-le-feu conclu en juillet 2024 » — the accuser (the clause's subject) and the accused are the sides
 * of the agreement whose breach is alleged, which is disputed; the agreement's noun follows the breach, after its article.
 */
function collectBreachAccusationMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, nounRe: RegExp, actors: ActorIndex, out: Mention[]): void {
  if (!lex.breachAccusation) return;
  for (const { start: vStart, end: vEnd } of matchesIn(lex.breachAccusation.verb, sentence)) {
    const clauseStart = clauseStartOf(text, sentence, vStart);
    const accuser = subjectBefore(actors, vStart, clauseStart, SALE_SUBJECT_GAP, PARTY_KINDS);
    if (!accuser) continue;
    const accused = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors, 1);
    if (!accused.parties.length || accused.parties.includes(accuser.actor)) continue;
    const breach = lex.breachAccusation.breach.exec(text.slice(accused.end, Math.min(sentence.end, accused.end + 60)));
    if (!breach) continue;
    const from = accused.end + breach[0].length;
    nounRe.lastIndex = 0;
    const noun = nounRe.exec(text.slice(from, Math.min(sentence.end, from + 30)));
    nounRe.lastIndex = 0;
    if (!noun || noun.index !== 0) continue;
    const info = nounInfo(lex, noun[0]);
    if (!info || info.anaphor) continue;
    const end = from + noun[0].length;
    out.push({
      start: accuser.start, end, kind: info.kind, det: 'indefinite', anaphor: false, parties: [accuser.actor, ...accused.parties], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/breach-accusation`, statusWindow: window(sentence, vStart, end), key: '',
    });
  }
}

/** A group of claimants after a name, which the name only qualifies ("Facebook users", "Apple shareholders", "Uber drivers"). */
const CLAIMANTS_AFTER_NAME = new RegExp(`^\\s+(?:users|customers|shareholders|investors|employees|workers|residents|families|clients|consumers|patients|drivers|subscribers|members|owners|holders|victims|pensioners|retirees|staff)(?![${LETTER}])`, 'u');

/** Who settles claims or is paid to drop them: institutions and persons. */
const SETTLEMENT_KINDS: readonly ActorKind[] = ['organization', 'government', 'group', 'person'];

/**
 * contracts/<lang>/verb-settle: "Volkswagen agreed to pay $14.7 billion to settle claims by the US Environmental Protection Agency",
 * « TotalEnergies a accepté de verser 30 millions d'euros pour mettre fin au litige qui l'opposait à l'association Les Amis de la Terre »
 * — a payment to settle claims is a settlement (an agreement) between the payer (the subject just before the verb) and the side whose
 * claims it settles (named right after the preposition the lexicon's regex ends with). Without a named other side, nothing.
 */
function collectSettlementMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  if (!lex.settlementVerbs) return;
  for (const { start: vStart, end: vEnd } of matchesIn(lex.settlementVerbs, sentence)) {
    const sides = subjectAndObjects(text, sentence, tokens, vStart, vEnd, SALE_SUBJECT_GAP, SETTLEMENT_KINDS, lex, actors);
    if (!sides) continue;
    const { subject: payer, found } = sides;
    const other = found.parties.filter((a) => a !== payer.actor && SETTLEMENT_KINDS.includes(a.kind));
    // "a lawsuit brought by Facebook users": the name modifies the claimants, who are no named party
    if (!other.length || CLAIMANTS_AFTER_NAME.test(text.slice(found.end, found.end + 30))) continue;
    out.push({
      start: payer.start, end: found.end, kind: 'agreement', det: 'indefinite', anaphor: false, parties: [payer.actor, ...other], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/verb-settle`, statusWindow: window(sentence, vStart, found.end), key: '',
    });
  }
}

/**
 * contracts/<lang>/verb-lease: "The Pentagon is hoping to lease the tankers from Boeing", "Boeing leases the jets to Ryanair", « L'armée
 * de l'air voulait louer 100 avions ravitailleurs à Boeing » — leasing goods from or to a named institution is a lease between the subject
 * (the nearest institution before the verb in its clause) and that institution.
 */
function collectLeaseMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  if (!lex.leaseVerbs) return;
  for (const { start: vStart, end: vEnd } of matchesIn(lex.leaseVerbs, sentence)) {
    const sides = subjectAndObjects(text, sentence, tokens, vStart, vEnd, LEASE_SUBJECT_GAP, INSTITUTION_KINDS, lex, actors, 1);
    if (!sides) continue;
    const { subject, found } = sides;
    const other = found.parties[0];
    if (!other || found.parties.length > 1 || other === subject.actor || !INSTITUTION_KINDS.includes(other.kind)) continue;
    out.push({
      start: subject.start, end: found.end, kind: 'lease', det: 'indefinite', anaphor: false, parties: [subject.actor, other], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/verb-lease`, statusWindow: window(sentence, vStart, found.end), key: '',
    });
  }
}

/**
 * The subject of the verb at [vStart, vEnd) (an actor of `kinds` at most `gap` code units before it in its clause, not in a hypothetical
 * clause) and the chain of parties right after the verb; `undefined` without a subject. Shared by the verb collectors whose other side
 * follows the verb's regex (verb-settle, verb-lease).
 */
function subjectAndObjects(text: string, sentence: Span, tokens: Token[], vStart: number, vEnd: number, gap: number, kinds: readonly ActorKind[],
  lex: ContractLexicon, actors: ActorIndex, maxDescriptors = MAX_DESCRIPTORS): { subject: ActorMention; found: { parties: Actor[]; end: number } } | undefined {
  const clauseStart = clauseStartOf(text, sentence, vStart);
  const subject = subjectBefore(actors, vStart, clauseStart, gap, kinds);
  if (!subject || lex.hypotheticalBefore.test(text.slice(clauseStart, subject.start))) return undefined;
  return { subject, found: partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors, maxDescriptors) };
}

/** Longest gap between a lessee or lessor and its verb, code units ("The Pentagon is hoping to remedy this quickly by leasing"). */
const LEASE_SUBJECT_GAP = 60;

/**
 * contracts/<lang>/verb-entrust: "The government entrusted Vinci with the construction of the new airport", « Le gouvernement a confié à
 * Vinci la construction du nouvel aéroport » — the contractor (and the subject, when named) are the parties of a contract.
 */
function collectEntrustMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  for (const { start: vStart, end: vEnd } of matchesIn(lex.entrust.verb, sentence)) {
    const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors, 2);
    const contractor = found.parties[0];
    if (!contractor || found.parties.length > 1 || !INSTITUTION_KINDS.includes(contractor.kind)) continue;
    // (a description linked to the contractor, then its name: « au groupe Vinci »)
    const named = actors.nearestAfter(found.end, Math.min(sentence.end, found.end + 40), PARTY_KINDS);
    const partyEnd = named && named.actor === contractor && DESCRIPTOR_GAP.test(text.slice(found.end, named.start)) ? named.end : found.end;
    const task = lex.entrust.task.exec(text.slice(partyEnd, Math.min(sentence.end, partyEnd + 60)));
    if (!task) continue;
    const clauseStart = clauseStartOf(text, sentence, vStart);
    const giver = subjectBefore(actors, vStart, clauseStart, SALE_SUBJECT_GAP, INSTITUTION_KINDS);
    if (lex.hypotheticalBefore.test(text.slice(clauseStart, giver?.start ?? vStart))) continue;
    const end = partyEnd + task[0].length;
    out.push({
      start: giver?.start ?? vStart, end, kind: 'contract', det: 'indefinite', anaphor: false,
      parties: giver && giver.actor !== contractor ? [giver.actor, contractor] : [contractor], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/verb-entrust`, statusWindow: window(sentence, vStart, end), key: '',
    });
  }
}

/**
 * The subject of a verb starting at `vStart`: the nearest mention of an actor of `kinds` that ends before the verb,
 * starts no earlier than `clauseStart` and at most `gap` code units before the verb ("Unilever has sold",
 * "Ford and SK On have now teamed up"); `undefined` when there is none.
 */
function subjectBefore(actors: ActorIndex, vStart: number, clauseStart: number, gap: number, kinds: readonly ActorKind[]): ActorMention | undefined {
  const m = actors.nearestBefore(vStart, Math.max(clauseStart, vStart - gap), kinds);
  return m && m.end <= vStart ? m : undefined;
}

/** Longest gap between a seller and its verb, code units ("Unilever said it would sell"). */
const SALE_SUBJECT_GAP = 40;

/** Longest stretch after talks searched for what they are about, code units ("… with CD&R over the sale of its consumer health unit"). */
const PURPOSE_WINDOW = 80;

/** Longest gap between a reciprocal verb's subject and the verb, code units ("Ford and SK On have now teamed up"). */
const RECIPROCAL_SUBJECT_GAP = 40;

/** Built once for {@link collectReciprocalMentions}: a match ending in a preposition takes an object. */
const ENDS_WITH_PREPOSITION = new RegExp(`(?<![${LETTER}])(?:with|avec|à|au|aux)$`, 'iu');

/** A French locative preposition ending the match: a place after it is where, not with whom (« Renault et Geely s'allient au Brésil »). */
const ENDS_WITH_LOCATIVE = new RegExp(`(?<![${LETTER}])(?:à|au|aux)$`, 'iu');

/**
 * contracts/<lang>/verb-ally and verb-merge-list: "Ford and SK On have teamed
 * up to build battery plants", "Toyota has partnered with Joby Aviation",
 * « Microsoft s'est associé avec OpenAI », « Thales et Safran vont
 * fusionner »: the list of actors just before the verb, and the list after
 * its preposition, are the parties of one partnership (or merger); two
 * parties at least. When the same clause goes on to name the agreement
 * ("… teamed up in a joint venture", « … dans un partenariat pluriannuel »),
 * that noun mention takes the parties instead, so one agreement is counted.
 */
function collectReciprocalMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[], sentenceFirst: number): void {
  const nounsFrom = out.length;
  for (const verb of lex.reciprocalVerbs) {
    for (const { match: m, start: vStart, end: vEnd } of matchesIn(verb.pattern, sentence)) {
      const clauseStart = clauseStartOf(text, sentence, vStart);
      const subject = subjectBefore(actors, vStart, clauseStart, RECIPROCAL_SUBJECT_GAP, PARTY_KINDS);
      if (!subject) continue;
      // (a serial list across its commas: "Airbus, Thales and Leonardo plan to combine", « Airbus, Thales et Leonardo veulent fusionner »)
      const list = widenedList(text, sentence, subject, clauseStart, lex, actors);
      const hypothetical = lex.hypotheticalBefore.test(text.slice(clauseStart, list.start));
      if (hypothetical && !verb.hypotheticalProposed) continue;
      const parties = [...list.parties];
      let end = vEnd;
      if (ENDS_WITH_PREPOSITION.test(m[0])) {
        const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors);
        // contracts/fr/ally-locative: « s'allient au Brésil » names where (a place), « s'associer au groupe Vinci » with whom
        const locative = ENDS_WITH_LOCATIVE.test(m[0]);
        for (const a of found.parties) if (!parties.includes(a) && !(locative && a.kind === 'place')) parties.push(a);
        if (found.parties.length) end = found.end;
      }
      if (parties.length < 2) continue;
      // contracts/<lang>/campaign: "Democrats and Republicans joined forces to pass the bill", « se sont alliés pour bloquer la réforme » — a
      // campaign, not an agreement
      if (lex.campaignAfter.test(text.slice(end, Math.min(sentence.end, end + 60)))) continue;
      // the clause names the agreement itself: its noun mention carries the parties
      const noun = out.slice(sentenceFirst, nounsFrom).find((n) => n.start >= vStart && n.start < sentence.end && n.start - end < (verb.purpose ? PURPOSE_WINDOW : 40)
        && (verb.purpose || ((n.kind === verb.kind || n.kind === 'agreement' || n.kind === 'deal') && n.parties.every((a) => parties.includes(a)))));
      if (noun) {
        noun.parties.unshift(...parties.filter((a) => !noun.parties.includes(a)));
        noun.start = list.start;
        noun.anchored = true;
        // "the sale of Opella" after the talks introduces it
        noun.anaphor = false;
        if (noun.det !== 'possessive') noun.det = 'indefinite';
        noun.statusWindow = window(sentence, list.start, noun.end);
        continue;
      }
      let kind = verb.kind;
      if (verb.purpose) {
        // contracts/<lang>/talks-purpose: "is in talks with U.S. Steel to buy it" — a verb of purchase says what the talks are for
        const tail = text.slice(end, Math.min(sentence.end, end + PURPOSE_WINDOW));
        // (what is bought or sold must be named: a company or a business, not "to buy time")
        const tailStart = end;
        const objectAfter = (re: RegExp): boolean => {
          re.lastIndex = 0;
          const pm = re.exec(tail);
          re.lastIndex = 0;
          if (!pm) return false;
          const from = tailStart + pm.index + pm[0].length;
          const objTokens = tokenize(text, from, Math.min(sentence.end, from + 40)).slice(0, MAX_UNIT_TOKENS);
          return objTokens.some((t) => lex.unitNouns.includes(t.lower) || (actors.mentionAt(t.start)?.actor.kind ?? '') === 'organization');
        };
        const purpose = lex.acquisitionVerbs.find((v) => objectAfter(v.pattern));
        if (!purpose && !objectAfter(lex.saleVerbs)) continue;
        kind = purpose?.kind ?? 'acquisition';
      }
      out.push({
        start: list.start, end, kind, det: 'indefinite', anaphor: false, parties, anchored: true, named: false, inHeading,
        // contracts/<lang>/verb-agree-to: the modal before the verb is part of its status ("could agree to", « pourraient s'entendre »)
        ruleId: verb.ruleId, statusWindow: window(sentence, verb.hypotheticalProposed ? list.start : vStart, end), key: '',
        ...(hypothetical ? { tentative: true } : {}),
      });
    }
  }
}

/** Between a supplier and its verb: only lower-case auxiliaries and adverbs ("will", "has also", « a déjà »), bounded. */
const SUPPLIER_GAP = new RegExp(`^\\s{1,3}(?:[${LOWER}'’]{1,12}\\s{1,3}){0,3}$`, 'u');

/**
 * contracts/<lang>/frame-supply: "Siemens Energy will supply Iberdrola with 40 turbines under a ten-year contract", "Naval Group will build
 * 12 submarines for Australia as part of a deal signed in 2019", « Naval Group fournira six frégates à la Grèce dans le cadre d'un contrat
 * signé lundi » — an agreement named without parties after the framing preposition of a supply clause is the agreement between the
 * supplier (the verb's subject) and the recipient named between the verb and the frame (an organisation, a government or a state). The
 * mention takes both parties and starts at the supplier. Reads the sentence's own mentions from `sentenceFirst`.
 */
function addFramedSupplyParties(text: string, sentence: Span, lex: ContractLexicon, actors: ActorIndex, mentions: Mention[], sentenceFirst: number): void {
  for (let k = sentenceFirst; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.parties.length > 0 || m.anaphor || m.start <= sentence.start) continue;
    const from = Math.max(sentence.start, m.start - 160);
    const f = lex.frameSupplyBefore.exec(text.slice(from, m.start));
    if (!f) continue;
    const vStart = from + f.index;
    const vEnd = vStart + f[1]!.length;
    const supplier = actors.nearestBefore(vStart, clauseStartOf(text, sentence, vStart), INSTITUTION_KINDS);
    if (!supplier || !SUPPLIER_GAP.test(text.slice(supplier.end, vStart))) continue;
    const recipient = actors.mentionsIn(vEnd, m.start, PARTY_KINDS).find((am) => am.actor !== supplier.actor && am.actor.kind !== 'person');
    if (!recipient) continue;
    m.parties = [supplier.actor, recipient.actor];
    m.start = supplier.start;
    m.ruleId = `contracts/${lexName(lex)}/frame-supply`;
    m.anchored = true;
    if (m.det !== 'possessive') m.det = 'indefinite';
    m.statusWindow = window(sentence, vStart, Math.max(m.end, m.statusWindow.end));
  }
}

/**
 * More capitalised names of a list, whole names joined by commas or "and"/« et »:
 * ", Blue Origin, Sierra Nevada Corp. and Tyvak Nano-Satellite Systems, Inc.". Bounded: ≤ 8 names of ≤ 5 words.
 */
const SELECTION_LIST_TAIL = new RegExp(`^(?:\\s{0,3}(?:,|,?\\s{0,3}and|,?\\s{0,3}et)\\s{1,3}[${UPPER}][${LETTER}${DIGIT}.&'’-]{0,30}(?:\\s{1,3}[${UPPER}][${LETTER}${DIGIT}.&'’-]{0,30}){0,4}){1,8}`, 'u');

/** Longest gap between a selecting institution and its verb, code units ("NASA on Monday selected"). */
const SELECTION_SUBJECT_GAP = 40;

/**
 * contracts/<lang>/selection: "NASA announced the selection of SpaceX, Blue
 * Origin, Sierra Nevada Corp. … to join its Commercial Lunar Payload
 * Services program", "The Pentagon selected Boeing to build the tanker",
 * « La DGA a retenu Thales et Safran pour … »: an institution (subject)
 * chooses one or more organisations (never persons or places: "chose Biden
 * as running mate", "selected Paris to host") for a task.
 */
function collectSelectionMentions(text: string, sentence: Span, tokens: Token[], inHeading: boolean, lex: ContractLexicon, actors: ActorIndex, out: Mention[]): void {
  for (const { match: m, start: vStart, end: vEnd } of matchesIn(lex.selection, sentence)) {
    const subject = actors.nearestBefore(vStart, Math.max(clauseStartOf(text, sentence, vStart), vStart - SELECTION_SUBJECT_GAP), INSTITUTION_KINDS);
    if (!subject) continue;
    // contracts/<lang>/selection-passive: "Alstom was chosen by SNCF to supply 15 high-speed trains", « Alstom a été choisi par la SNCF pour
    // fournir 15 TGV » — the subject is the chosen contractor, the agent the buyer
    const agentAt = lex.selectionPassive.agent.exec(text.slice(vEnd, vEnd + 8));
    // (an incise may split the auxiliary: « Thales a, de son côté, été choisi par la DGA »)
    if (lex.selectionPassive.auxiliary.test(text.slice(subject.end, vStart).replace(INCISE_ANY, '')) && agentAt) {
      const agent = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd + agentAt[0].length), sentence.end, lex, actors, 1);
      const buyer = agent.parties[0];
      if (subject.actor.kind !== 'organization' || !buyer || buyer === subject.actor || !INSTITUTION_KINDS.includes(buyer.kind)) continue;
      // (the agent's acronym may follow it: « choisi par la Direction générale de l'armement (DGA) pour fournir »)
      const open = text.indexOf('(', agent.end);
      const afterAgent = open >= 0 && open - agent.end <= 1 && asideEnd(text, open) > 0 ? asideEnd(text, open) : agent.end;
      if (!lex.selectionPurpose.test(text.slice(afterAgent, afterAgent + 12))) continue;
      out.push({
        start: subject.start, end: agent.end, kind: 'contract', det: 'indefinite', anaphor: false, parties: [buyer, subject.actor], anchored: true, named: false, inHeading,
        ruleId: `contracts/${lexName(lex)}/selection-passive`, statusWindow: window(sentence, vStart, agent.end), key: '',
      });
      continue;
    }
    const found = partyChainAfter(text, tokens, tokenIndexAt(tokens, vEnd), sentence.end, lex, actors, 1);
    if (!found.parties.length) continue;
    // the list goes on over names the actor extractor missed: "SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak …"
    const rest = SELECTION_LIST_TAIL.exec(text.slice(found.end, Math.min(sentence.end, found.end + 300)));
    const end = found.end + (rest ? rest[0].length : 0);
    for (const am of actors.mentionsIn(found.end, end, PARTY_KINDS)) if (!found.parties.includes(am.actor)) found.parties.push(am.actor);
    if (found.parties.some((a) => a.kind !== 'organization' || a === subject.actor)) continue;
    if (!lex.selectionPurpose.test(text.slice(end, end + 12))) continue;
    out.push({
      start: subject.start, end, kind: 'contract', det: 'indefinite', anaphor: false, parties: [subject.actor, ...found.parties], anchored: true, named: false, inHeading,
      ruleId: `contracts/${lexName(lex)}/selection`, statusWindow: window(sentence, vStart, found.end), key: '',
    });
  }
}

/**
 * The actor mention starting at token `i`; when the actor extractor left
 * this occurrence unmarked, a capitalised name (1–3 tokens, longest first)
 * equal to a known actor's name or alias ("Sears" in "operator Sears,
 * Roebuck & Co." when "Sears" is an alias elsewhere).
 */
function mentionStartingAt(text: string, tokens: Token[], i: number, actors: ActorIndex): ActorMention | undefined {
  const t = tokens[i]!;
  const m = actors.mentionAt(t.start);
  if (m) return m.start === t.start ? m : undefined;
  if (!isCapitalised(text[t.start]!)) return undefined;
  for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (!joined(text, tokens[i + n - 2]?.end ?? t.start, last.start) && n > 1) continue;
    const surface = text.slice(t.start, last.end);
    const actor = byNameCached(actors, surface);
    if (actor) return { actor, start: t.start, end: last.end, text: surface };
  }
  return undefined;
}

const NAME_CACHE = new WeakMap<ActorIndex, Map<string, Actor | undefined>>();

/** `ActorIndex.byName`, memoised per index (it scans every actor). */
function byNameCached(actors: ActorIndex, name: string): Actor | undefined {
  let cache = NAME_CACHE.get(actors);
  if (!cache) NAME_CACHE.set(actors, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, actors.byName(name));
  return cache.get(name);
}

/** True when two party sets may name the same agreement (one is empty, or they share an actor). */
function compatible(a: readonly Actor[], b: readonly Actor[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

/**
 * contracts/<lang>/distinct-counterparty: like {@link compatible}, but two
 * complete party sets (two or more each) that differ by a party name two
 * agreements: "Facebook's acquisition of WhatsApp … its buyout of
 * Instagram", « l'accord de Renault avec Nissan … son accord avec Geely ».
 */
/** Families of agreement kinds for {@link kindsCorefer}: mergers and acquisitions are one ("the takeover", "the merger"). */
const KIND_FAMILY: Readonly<Record<ContractKind, string>> = {
  agreement: 'agreement', deal: 'agreement', contract: 'contract', lease: 'lease', license: 'license', merger: 'merger',
  acquisition: 'merger', treaty: 'treaty', partnership: 'partnership',
};
/** Generic words: as a later mention they refer to any agreement ("the deal", « le contrat » of a partnership). */
const GENERIC_MENTION: ReadonlySet<ContractKind> = new Set(['agreement', 'deal', 'contract']);
/** Vague first mentions: a later specific word may say what they were ("reached an agreement … the merger"). */
const VAGUE_CLUSTER: ReadonlySet<ContractKind> = new Set(['agreement', 'deal']);

/**
 * Whether a definite mention of kind `mention` can refer back to an agreement of kind `cluster` (ruleId
 * contracts/kind-coreference): a generic word ("the deal", "the contract") or an anaphor ("the transaction") refers to
 * any; a specific one ("the merger", « la fusion ») to the same family or to a vague agreement — not to "a contract
 * with the US Air Force" (a new-user trial: "The merger was denied by Siemens" made that contract disputed).
 */
function kindsCorefer(cluster: ContractKind, mention: ContractKind, anaphor: boolean): boolean {
  if (anaphor || GENERIC_MENTION.has(mention) || VAGUE_CLUSTER.has(cluster)) return true;
  return KIND_FAMILY[cluster] === KIND_FAMILY[mention];
}

function sameAgreement(cluster: readonly Actor[], mention: readonly Actor[]): boolean {
  if (!compatible(cluster, mention)) return false;
  return !(cluster.length >= 2 && mention.length >= 2 && mention.some((a) => !cluster.includes(a)));
}

/** The premodifier words of a mention key ("2006 softwood lumber accord" → softwood, lumber), amounts and dates left out. */
function descriptors(key: string): string[] {
  return key.split(' ').slice(0, -1).filter((w) => w && !AMOUNT_CHAR.test(w));
}

/**
 * contracts/<lang>/distinct-description: a definite mention naming its own two sides and described by other words than a party-less
 * agreement before it is another agreement — "presented a coalition agreement … The 177-page coalition agreement … Washington and
 * Ottawa agreed to renegotiate the 2006 softwood lumber accord" (neither description holds the other's words).
 */
function otherDescription(c: Cluster, m: Mention): boolean {
  if (c.parties.length > 0 || m.parties.length < 2 || m.anaphor) return false;
  const mine = descriptors(m.key);
  if (mine.length === 0) return false;
  const theirs = [...c.keys].map(descriptors).filter((d) => d.length > 0);
  if (theirs.length === 0) return false;
  return theirs.every((d) => !d.every((w) => mine.includes(w)) && !mine.every((w) => d.includes(w)));
}

/** Groups mentions into agreements (rules 1–3 of the module doc) and reads their status. */
function clusterMentions(text: string, mentions: Mention[], lex: ContractLexicon): Cluster[] {
  const clusters: Cluster[] = [];
  let lastEnd = -1;
  let last: Cluster | undefined;
  for (const m of mentions) {
    if (m.start < lastEnd) {
      // nested in a mention already read ("the acquisition" inside a verb clause): it names the same agreement, and a verb clause
      // inside a generic deal says what it is — contracts/<lang>/nested-verb: "Exxon Mobil agreed to buy Pioneer Natural Resources in a
      // deal valued at $59.5 billion", « Carrefour a conclu un accord pour racheter Cora » → an acquisition between buyer and bought
      if (last && m.ruleId.includes('/verb-') && m.end <= lastEnd && sameAgreement(last.parties, m.parties)) {
        for (const a of m.parties) if (!last.parties.includes(a)) last.parties.push(a);
        if (last.kind === 'deal' || last.kind === 'agreement') last.kind = m.kind;
      }
      continue;
    }
    const status = statusesIn(text, m.statusWindow, lex, m);
    // contracts/<lang>/tentative-modifier: "approved a possible $23 billion sale of F-16 jets to Turkey" — the approval is of a proposal
    if (m.tentative) {
      status.delete('signed');
      status.delete('announced');
      status.add('proposed');
    }
    if (m.announcedForm && status.size === 0) status.add('announced');
    // a possessive whose owner is unknown ("its Phase 1 deal" with no institution around) refers back like "the deal"
    const introducing = m.det === 'indefinite' || (m.det === 'possessive' && m.parties.length > 0);
    let target: Cluster | undefined;
    if (!introducing || m.anaphor) {
      // "the deal", « ce partenariat », "the purchase": the latest agreement whose parties fit
      // a named agreement is its own antecedent unless named the same way before: "the Kyoto Protocol" ≠ "the deal"
      target = m.named
        ? clusters.find((c) => c.keys.has(m.key))
        : [...clusters].reverse().find((c) => !c.plural && sameAgreement(c.parties, m.parties) && kindsCorefer(c.kind, m.kind, m.anaphor) && !otherDescription(c, m))
          // contracts/<lang>/signatory-persons: "The Indian defence minister, Manohar Parrikar, and his French counterpart, Jean-Yves Le
          // Drian, signed the contract" — persons sign on behalf of the parties: the definite mention is the latest agreement
          ?? (m.parties.length > 0 && m.parties.every((a) => a.kind === 'person')
            ? [...clusters].reverse().find((c) => !c.plural && c.parties.length >= 2 && kindsCorefer(c.kind, m.kind, m.anaphor)) : undefined);
      // a first, definite mention of a known agreement with a decisive status: « le traité a été dénoncé », "the accord was signed"
      const decisive = ['cancelled', 'amended', 'signed', 'disputed'].some((st) => status.has(st as ContractStatus));
      // contracts/<lang>/one-of-set: "NASA awarded three contracts …, awarding lander missions to Astrobotic, Intuitive Machines and Orbit Beyond.
      // Orbit Beyond dropped out of that contract" — a singular mention naming one recipient of a set is that recipient's contract with the granter
      if (!target && !m.anaphor && m.parties.length === 1) {
        const set = [...clusters].reverse().find((c) => c.plural && c.parties.indexOf(m.parties[0]!) > 0);
        if (set) {
          target = newCluster(m, clusters);
          target.parties.unshift(set.parties[0]!);
          target.kind = set.kind;
        }
      }
      // contracts/en/described-definite: "who participated in negotiating the proposed tanker lease contract which was submitted to the
      // Congress" — a first definite mention described by two premodifiers and with a status cue is the agreement itself, whose parties
      // the article named elsewhere
      if (!target && !m.anaphor && ((m.anchored || m.parties.length >= 1) && (m.parties.length >= 1 || status.size > 0) || decisive || (m.described && status.size > 0))) target = newCluster(m, clusters);
      // contracts/<lang>/definite-completes-sides: "Boeing machinists voted to accept a new four-year contract … The agreement between Boeing
      // and the International Association of Machinists was reached after talks" — a re-mention naming all the known sides and more
      // names the missing ones
      else if (target && !target.fromHeading && target.parties.length > 0 && m.parties.length > target.parties.length && target.parties.every((a) => m.parties.includes(a))) {
        for (const a of m.parties) if (!target.parties.includes(a)) target.parties.push(a);
      }
      // contracts/<lang>/headline-restated-definite: "Worldline finalise l'acquisition d'Axepta Italie" … « Worldline … a finalisé
      // l'acquisition de 80% d'Axepta Italie » — the body's definite mention naming the same sides is the evidence of the headline's agreement
      else if (target && target.fromHeading && !m.inHeading && m.parties.length >= 2 && target.parties.every((a) => m.parties.includes(a))) {
        target.evidence = makeSpan(text, m.start, m.end);
        target.ruleId = m.ruleId;
        target.fromHeading = false;
      }
    } else {
      if (m.parties.length === 0 && !m.anchored) continue; // "a contract", « un accord » with nothing to pin it down
      // the body restating a headline's agreement, or a possessive re-mention ("its deal with Boeing")
      // (contracts/<lang>/headline-same-agreement: the same sides and a kind that may name it — "Worldline finalise l'acquisition d'Axepta
      // Italie" is not restated by « Worldline entrera dans un partenariat commercial avec BNL »)
      const headline = clusters.find((c) => c.fromHeading && sameAgreement(c.parties, m.parties) && kindsCorefer(c.kind, m.kind, m.anaphor));
      // contracts/<lang>/verb-corefers: "the $3 billion deal to buy Oculus VR … Facebook was able to acquire Oculus" — a verb clause restates a known acquisition
      const sameParties = m.det === 'possessive' || m.inHeading || m.ruleId.includes('/verb-')
        ? [...clusters].reverse().find((c) => c.parties.length > 0 && m.parties.length > 0 && sameAgreement(c.parties, m.parties))
        : undefined;
      // the same description again: "a 767 lease" … "a 767 lease"
      // (contracts/<lang>/same-description: a description, not the bare noun — "The carrier had scuttled a deal for the same number of
      // aircraft" after "Airbus and Emirates signed a contract … The deal will extend production" is another deal)
      // — unless it names the same two sides again: "Yahoo's $4.8 billion sale to Verizon … it is a sale of the Yahoo subsidiary … to Verizon")
      const sameSides = (c: Cluster) => m.parties.length >= 2 && c.parties.length === m.parties.length && m.parties.every((a) => c.parties.includes(a));
      const sameKey = m.key ? clusters.find((c) => c.keys.has(m.key) && compatible(c.parties, m.parties) && (m.key.includes(' ') || sameSides(c))) : undefined;
      // contracts/<lang>/same-kind-sides: "authorized the Air Force to lease from Boeing up to 100 767s … the Air Force embarked on
      // negotiating with Boeing a lease" — a specific kind (a lease, a merger, not a bare "deal") between the same two sides again is the
      // same agreement, unless told to be another one ("another", "a new", « un nouveau »)
      const sameKind = !GENERIC_MENTION.has(m.kind) && m.parties.length >= 2 && !lex.anotherBefore.test(text.slice(Math.max(0, m.start - 12), Math.min(m.end, m.start + 24)))
        ? [...clusters].reverse().find((c) => c.kind === m.kind && !c.plural && sameSides(c)) : undefined;
      target = headline ?? sameParties ?? sameKey ?? sameKind;
      if (target && target.fromHeading && !m.inHeading) {
        target.evidence = makeSpan(text, m.start, m.end);
        target.ruleId = m.ruleId;
        target.fromHeading = false;
        target.kind = m.kind;
      }
      if (!target) target = newCluster(m, clusters);
      else for (const a of m.parties) if (!target.parties.includes(a)) target.parties.push(a);
    }
    if (!target) continue;
    if (m.key) target.keys.add(m.key);
    for (const s of status) target.statuses.add(s);
    lastEnd = m.end;
    last = target;
  }
  return clusters;

  function newCluster(m: Mention, into: Cluster[]): Cluster {
    const c: Cluster = {
      kind: m.kind,
      parties: [...m.parties],
      statuses: new Set(),
      evidence: makeSpan(text, m.start, m.end),
      ruleId: m.ruleId,
      fromHeading: m.inHeading,
      keys: new Set(m.key ? [m.key] : []),
      // a selection of several contractors is a set too: "NASA announced the selection of SpaceX, Blue Origin, …" … "Orbit Beyond dropped out of that contract"
      plural: m.ruleId.endsWith('/plural-recipients') || (m.ruleId.endsWith('/selection') && m.parties.length >= 3),
    };
    into.push(c);
    return c;
  }
}

/**
 * contracts/status-window-clip: a status cue beyond a neighbouring agreement
 * belongs to that one — "Australia scrapped its submarine contract with Naval
 * Group in favour of the AUKUS pact with the US and Britain": the pact is not
 * scrapped. Each window (sorted mentions, nested ones aside) ends where the
 * next mention starts and starts where the previous one ends.
 */
function clipStatusWindows(text: string, mentions: Mention[]): void {
  const distinct = (n: Mention) => !n.anaphor && (n.parties.length > 0 || n.anchored);
  let prevEnd = -1;
  let lastEnd = -1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start < lastEnd) continue; // nested: it reads the status of its container
    lastEnd = m.end;
    if (prevEnd > m.statusWindow.start) m.statusWindow = { ...m.statusWindow, start: prevEnd };
    // only a neighbour that names an agreement of its own clips: "a limited agreement" with nothing to pin it down does not — unless a new
    // clause governs it: "ratified the agreement with the IMF, and the government suspended the contract with the Russian supplier"
    let next: Mention | undefined;
    for (let j = k + 1; j < mentions.length && !next; j++) if (mentions[j]!.start >= m.end) next = mentions[j];
    const clauseBetween = next !== undefined && CLAUSE_BOUNDARY.test(text.slice(m.end, next.start));
    if (next && (distinct(next) || clauseBetween) && next.start < m.statusWindow.end) {
      m.statusWindow = { ...m.statusWindow, end: next.start };
      if (clauseBetween && next.statusWindow.start < m.end) next.statusWindow = { ...next.statusWindow, start: m.end };
    }
    if (distinct(m)) prevEnd = m.end;
  }
}

/**
 * The clauses of a window governed by a verb of denial, as [start, end) offsets into the window: from the complementiser to the
 * end of the window ("Initech denied that the cancellation …", « Initech a démenti que l'annulation … »).
 */
function deniedClauses(slice: string, lex: ContractLexicon): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const re = lex.cueObject.denial;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([m.index, m.index + m[0].length, slice.length]);
  return out;
}

/**
 * contracts/<lang>/status-own-object: whether a status cue found in a mention's window speaks of that agreement. A cue noun with a
 * complement of its own speaks of its complement — "Boeing signed a deal with Airbus. Airbus denied that the cancellation of the air
 * show was linked to the deal": the deal is not cancelled; « l'annulation du salon … liée à ce contrat » neither — unless the
 * mention is that complement ("the cancellation of the $2bn deal", « la résiliation du contrat »). A cue inside a denied clause is
 * denied, not a fact ("Airbus denied that the deal was cancelled", « a démenti que l'accord ait été rompu »), and the denial itself
 * then bears on that cue, not on the agreement (the agreement keeps its other statuses).
 */
function cueBindsTo(slice: string, offset: number, cue: RegExpExecArray, mention: { start: number; end: number }, denied: Array<[number, number, number]>, lex: ContractLexicon): boolean {
  const cueEnd = cue.index + cue[0].length;
  if (denied.some(([, from, to]) => cue.index >= from && cue.index < to)) return false;
  const denial = denied.find(([from, to]) => cue.index >= from && cue.index < to);
  // the denial word is the cue: a denied cancellation or change is no dispute over the agreement ("denied that the deal was
  // cancelled"); a denied agreement is ("denied that it had signed a deal")
  if (denial && (['cancelled', 'amended'] as const).some((s) => lex.status[s].test(slice.slice(denial[1], denial[2])))) return false;
  const comp = lex.cueObject.complement.exec(slice.slice(cueEnd));
  if (!comp) return true;
  const compStart = offset + cueEnd + comp[0].length;
  // the mention holds the complement (a verb clause spanning the cue), or is the complement
  if (mention.start <= compStart) return mention.end > compStart;
  return mention.start - compStart <= 60 && lex.cueObject.gap.test(slice.slice(compStart - offset, mention.start - offset));
}

/** A coordination opening a new clause between two mentions: ", and the government", "; ", « , et le gouvernement », « mais ». */
const CLAUSE_BOUNDARY = /;|,\s*(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\s/iu;

/** Statuses whose cue appears in the mention's window. */
function statusesIn(text: string, w: Span, lex: ContractLexicon, mention?: { start: number; end: number }): Set<ContractStatus> {
  const slice = text.slice(w.start, w.end);
  const out = new Set<ContractStatus>();
  const denied = mention ? deniedClauses(slice, lex) : [];
  for (const s of STATUS_PRIORITY) {
    const m = lex.status[s].exec(slice);
    if (!m) continue;
    if (mention && !cueBindsTo(slice, w.start, m, mention, denied, lex)) continue;
    if (mention && w.start + m.index + m[0].length <= mention.start
      && lex.frameBetween.test(text.slice(w.start + m.index + m[0].length, mention.start))) continue;
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    // a negated cue says nothing of the agreement's end or change: « n'ayant pas ratifié la convention »; a negated signing
    // leaves the agreement unsigned, a proposal ("Nvidia did not sign the agreement with…", « n'a pas signé le contrat »), and a
    // refused one disputed ("has refused to sign the deal", « a refusé de signer ») — without a status, two parties would
    // default to signed (contracts/<lang>/status-negated)
    // (not a ratification: a state that has not ratified a treaty in force says nothing of the treaty, « La Syrie n'ayant pas
    // ratifié la convention »)
    if (NEGATED_BEFORE.test(before.slice(-25)) || (s === 'signed' && YET_TO_BEFORE.test(before))) {
      if (s === 'signed' && !/^ratif/iu.test(m[0])) out.add('proposed');
      continue;
    }
    if (s === 'signed' && REFUSED_BEFORE.test(before)) { out.add('disputed'); continue; }
    // contracts/<lang>/status-other-object: "After the President signed the bill into law, the Air Force … negotiating … a lease" — the cue has its own object
    if (s === 'signed' && lex.statusBefore.otherObject.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // contracts/<lang>/status-modal: "is expected to sign the deal", « l'accord devrait être signé » → proposed;
    // "allows Yahoo to terminate the deal" is no cancellation; "threatened to cancel the deal" → disputed
    if (s === 'cancelled' && lex.statusBefore.threat.test(before)) { out.add('disputed'); continue; }
    // contracts/<lang>/status-resolved: "signed a licensing deal with TikTok, ending a months-long dispute" — the dispute is over
    if (s === 'disputed' && lex.statusBefore.resolved.test(before)) continue;
    // but a plain future states a decided cancellation: "Fortress will give up the management contract"
    // contracts/<lang>/status-future: so does a plain future of signing — "Airbus will sign a contract with Qantas next week", « va
    // signer » is announced, not only proposed
    if ((s === 'signed' || s === 'cancelled') && lex.statusBefore.modal.test(before) && !(s === 'cancelled' && lex.statusBefore.future.test(before))) {
      if (s === 'signed') out.add(lex.statusBefore.future.test(before) ? 'announced' : 'proposed');
      continue;
    }
    if (s === 'proposed' && lex.decidedFuture.test(slice.slice(m.index))) { out.add('announced'); continue; }
    out.add(s);
  }
  return out;
}
