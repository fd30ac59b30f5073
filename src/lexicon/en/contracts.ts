/**
 * English contract lexicon: the nouns that name an agreement, the words
 * that make a mention generic or specific, the prepositions that introduce
 * its parties, the verbs of acquisition, and the cues of its status.
 *
 * Compiled from English business, politics and defence news usage
 * ("a $23 billion deal with Boeing", "its agreement with the Department of
 * Defense", "Kmart will buy Sears", "the now-cancelled deal").
 * All words lower case; regexes are linear (no nested unbounded quantifiers).
 *
 * @module
 */
import type { ContractLexicon } from '../../extractors/contracts.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';

/**
 * Regex source: a verb of denial opening a denied clause — "denied that", "denies reports that", "deny that" (words that take no
 * denied clause are left out). What follows is not stated as a fact: contracts (cueObject.denial) and restrictions
 * (deniedBefore) read no status or restriction in it.
 */
export const EN_DENIAL_THAT = `(?<![${LETTER}])(?:den(?:ied|ies|y|ying)|rejected\\s+(?:claims|reports|suggestions))(?:\\s+(?:reports|claims|suggestions))?\\s+that\\s`;

/**
 * contracts/incise: short adverbials that news sets between commas inside a clause, between its subject and its verb — "Britain's
 * Centrica, meanwhile, settled a dispute with Equinor", "Britain, for its part, is in talks with the Gulf Cooperation Council". The
 * commas around them end no clause. Lower case, one alternation each.
 */
export const EN_INCISES: readonly string[] = [
  'meanwhile', 'however', 'for its part', 'for their part', 'in turn', 'too', 'also', 'in addition', 'separately', 'in contrast',
  'by contrast', 'in a separate move', 'on the other hand', 'for now', 'so far', 'though', 'in the meantime',
];

/** Titles of who signs for a company or a state ("chief executive", "minister"), an alternation. */
const EN_TITLE = '(?:chief\\s+executive(?:\\s+officer)?|executive|ceo|cfo|coo|(?:vice[-\\s])?president|chair(?:man|woman)?|head|(?:managing\\s+)?director|boss|(?:co-?)?founder|minister|secretary|ambassador|envoy|commander|governor|mayor|official|representative|negotiator)';

/** The English contract lexicon consumed by `extractContracts`. */
export const EN_CONTRACTS: ContractLexicon = {
  // "a deal with Boeing", "the treaty", "joint venture", "memorandum of understanding"
  nouns: [
    // contracts/en/noun-mou: the abbreviation of a memorandum of understanding, as wire copy writes it — "Adnoc signed a MoU with
    // OMV", "an MOU with the Port of Rotterdam" (Reuters and PTI usage; "memorandum" alone may be an internal memo: see ambiguousNouns)
    { forms: ['agreement', 'accord', 'pact', 'memorandum of understanding', 'framework agreement', 'settlement', 'letter of intent', 'collective agreement', 'collective bargaining agreement', 'mou', 'memorandum'], plural: ['agreements', 'accords', 'pacts', 'mous'], kind: 'agreement' },
    // contracts/en/noun-trade-framework: an agreement on the outline of trade terms, as 2025 wire copy names the U.S. deals with the EU,
    // Japan or Britain — "Under a trade framework agreed with Washington in July", "the framework deal with Tokyo" (not "a regulatory
    // framework", "the legal framework": only these two compounds)
    { forms: ['trade framework', 'framework deal'], plural: ['trade frameworks', 'framework deals'], kind: 'agreement' },
    // "won a tender to supply 40 trains" (only after a winning verb: see wonNouns)
    { forms: ['contract', 'tender'], plural: ['contracts'], kind: 'contract' },
    // contracts/en/concession: the delegated running of a public service — "a 30-year concession to operate the port of Durban", "extended
    // Keolis's concession" (only with a party: "made concessions" is none, see ambiguousNouns)
    { forms: ['concession'], plural: ['concessions'], kind: 'contract' },
    { forms: ['deal', 'bargain'], plural: ['deals'], kind: 'deal' },
    // "WeWork agreed to a rescue by its largest shareholder, … SoftBank Group Corp", "a $15 billion bailout of the airlines by Washington"
    // "committed to a $9.5 billion lifeline to bail out the company", "a $5 billion rescue package for the airline"
    { forms: ['bailout', 'bail-out', 'rescue', 'lifeline', 'rescue package', 'bailout package', 'rescue deal'], plural: [], kind: 'deal' },
    // financing from one party to another: "a $3 billion loan from the IMF", "a credit line from China to Pakistan" (only with a party
    // after it: see ambiguousNouns)
    { forms: ['loan', 'credit line', 'line of credit', 'financing package', 'financing deal', 'loan agreement'], plural: [], kind: 'deal' },
    // an exchange concluded between two sides: "released in a prisoner swap for three insurgents", "a prisoner exchange" (see eventNouns)
    { forms: ['prisoner swap', 'prisoner exchange', 'hostage swap', 'hostage exchange', 'prisoners swap', 'prisoners exchange'], plural: ['prisoner swaps', 'prisoner exchanges'], kind: 'deal' },
    // "it announced an order of 50 Airbus A350-900 jets" (only with a counted complement or an amount: see orderNouns)
    { forms: ['order'], plural: ['orders'], kind: 'contract' },
    // contracts/en/option-exercised: "The U.S. Army exercised an option for 120 additional Javelin systems from Lockheed Martin" (only after
    // a verb of exercising, see wonNouns, and with a counted complement like an order, see orderNouns)
    { forms: ['option'], plural: [], kind: 'contract' },
    // "Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from … SunExpress" (plural, counted, with a "from" party)
    { forms: [], plural: ['bids'], kind: 'contract' },
    // "Nissan's tie-up with Honda"
    // "at Ceramtech, in collaboration with workers at the Idaho National Laboratory" (adverbial: see adverbialBefore)
    { forms: ['partnership', 'alliance', 'joint venture', 'joint-venture', 'tie-up', 'collaboration', 'consortium'], plural: ['partnerships', 'alliances', 'joint ventures', 'collaborations'], kind: 'partnership' },
    { forms: ['treaty', 'convention', 'armistice', 'ceasefire agreement', 'ceasefire', 'cease-fire', 'truce'], plural: ['treaties'], kind: 'treaty' },
    // "Grab completed its business combination with Altimeter Growth Corp."
    { forms: ['merger', 'business combination', 'merger proposal'], plural: ['mergers', 'merger proposals'], kind: 'merger' },
    // contracts/en/noun-takeover-proposal: "Anglo American has rejected a takeover proposal from BHP", "a $50 billion takeover approach from
    // Kraft Heinz" ("proposal" alone modifies a contract noun: "contract proposals" name none)
    { forms: ['acquisition', 'takeover', 'buyout', 'takeover bid', 'takeover offer', 'buyout offer', 'tender offer', 'takeover proposal', 'takeover approach', 'buyout proposal'], plural: ['acquisitions', 'takeovers', 'buyouts', 'takeover proposals'], kind: 'acquisition' },
    // "BHP's bid for Anglo American", "a $40 billion offer for Arm" (only for an organisation: see counterpartNouns)
    { forms: ['bid', 'offer'], plural: [], kind: 'acquisition' },
    { forms: ['lease'], plural: ['leases'], kind: 'lease' },
    { forms: ['licence agreement', 'license agreement', 'licensing agreement', 'licensing deal'], plural: [], kind: 'license' },
  ],
  // a quid pro quo: "In exchange for the lifting of United States trade sanctions, Sudan has said it will improve access for aid groups",
  // "In return for debt relief, Greece agreed to…" (the main clause commits: a future, an agreement, a pledge)
  exchangeFor: {
    opener: /^\s*(?:in\s+(?:exchange|return)\s+for)\s/iu,
    commitment: new RegExp(`(?<![${LETTER}])(?:will|would|agreed|agrees|pledged|pledges|promised|promises|committed|commits|offered|offers|undertook|undertakes)(?![${LETTER}])`, 'iu'),
  },
  // "The purchase will allow…" — refer back to an agreement, never introduce one
  anaphors: ['purchase', 'transaction', 'arrangement', 'sale', 'buyout'],
  // anaphors that name a sale: with both sides named they introduce it ("Yahoo's $4.8 billion sale to Verizon")
  // "the party's convention" is a congress, "the Geneva Convention" a treaty
  // "a $725 million settlement with the FTC" is an agreement, "new settlements in the West Bank" are not
  // "a rescue by firefighters" is no deal: "rescue" and "bailout" need a party after them
  // "a $500 million loan" names no lender, "a consortium" no members: a party after the noun or two subjects pin them down
  // "a memorandum to staff" is a note: a memorandum is an agreement with its parties ("a memorandum with Saudi Aramco")
  ambiguousNouns: ['convention', 'settlement', 'concession', 'rescue', 'bailout', 'bail-out', 'loan', 'credit line', 'line of credit', 'consortium', 'memorandum'],
  // "a prisoner swap" names one concluded exchange by itself
  // "a $9.5 billion lifeline to bail out the company", "a rescue package to save Alitalia"
  rescueObject: new RegExp(`^\\s+(?:(?:designed|meant|intended|aimed)\\s+)?to\\s+(?:bail\\s+out|rescue|save|prop\\s+up|recapitali[sz]e|refinance|keep\\s+afloat)\\s+`, 'iu'),
  eventNouns: ['prisoner swap', 'prisoner exchange', 'hostage swap', 'hostage exchange', 'prisoners swap', 'prisoners exchange'],
  // "Lockheed Martin signed with the Pentagon a contract", "awarded to Raytheon a contract"
  verbPartyPrepositions: ['with', 'to'],
  // "his deal to buy Twitter"
  infinitiveMarkers: ['to'],
  betweenPrepositions: ['between', 'among'],
  conjunctions: ['and'],
  saleAnaphors: ['purchase', 'sale', 'buyout'],
  // nouns that a contract noun modifies: "contract discussions", "deal talks" — not a mention
  modifiedHeads: [
    'discussion', 'discussions', 'negotiation', 'negotiations', 'talks', 'modification', 'modifications', 'terms', 'term',
    'price', 'prices', 'form', 'forms', 'award', 'awards', 'process', 'program', 'programme', 'proposal', 'proposals',
    'worker', 'workers', 'law', 'dispute', 'disputes', 'killer', 'killing', 'value', 'signing', 'breaker', 'fee', 'fees',
    'officer', 'officers', 'personnel', 'staff', 'bidding', 'bid', 'bids', 'manager', 'management', 'period', 'renewal',
    'chain', 'reform', 'strategy', 'official', 'officials', 'director', 'board', 'cost', 'costs', 'budget', 'plan', 'plans', 'team',
    'policy', 'system', 'systems', 'workforce', 'community', 'regulation', 'regulations', 'rules', 'cap', 'spree', 'target', 'targets',
  ],
  // words before a noun that a contract noun never follows as a specific mention: "a great deal of"
  blockedBefore: ['great', 'good', 'big', 'raw', 'square', 'fair'],
  // "a possible $23 billion sale of F-16 jets", "a potential merger", "the proposed takeover", "a would-be deal"
  tentativeModifier: new RegExp(`(?<![${LETTER}])(?:possible|potential|proposed|prospective|planned|would-be|mooted|rumou?red)(?![${LETTER}])`, 'iu'),
  // English puts the plan before the noun ("the proposed merger", "a draft agreement": tentativeModifier)
  tentativeHeads: [],
  // "Apple removed the app of its own accord"
  idiomAround: new RegExp(`(?<![${LETTER}])of\\s+(?:its|their|his|her|my|our|your)\\s+own\\s+accord$`, 'iu'),
  // consent, not an agreement: "with the agreement of the board", "subject to the agreement of Congress", "gave its agreement"
  consentBefore: new RegExp(`(?<![${LETTER}])(?:subject\\s+to|requires?|required|needs?|needed|seek(?:s|ing)?|sought|obtain(?:s|ed)?|gave|give[ns]?)\\s+$`, 'iu'),
  // "in partnership with BioNTech", "in alliance with", "in a joint venture" has a determiner
  // "with the agreement of the board", "without the agreement of Congress"
  consentWith: { before: new RegExp(`(?<![${LETTER}])(?:with|without)\\s+$`, 'iu'), after: new RegExp(`^\\s+of(?![${LETTER}])`, 'iu') },
  adverbialBefore: new RegExp(`(?<![${LETTER}])in\\s+$`, 'iu'),
  determiners: {
    // "Another agreement, covering the training of 36 pilots, was signed by France and Qatar": a new agreement, like "an agreement"
    indefinite: ['a', 'an', 'one', 'another'],
    definite: ['the'],
    demonstrative: ['this', 'that'],
    possessive: ['its', 'their', 'his', 'her'],
    // first and second person ("our contract") name the speaker, whom the text does not resolve: treated as non-specific
    generic: ['our', 'my', 'your', 'such', 'any', 'no', 'every', 'each', 'some', 'many', 'most', 'other', 'all', 'few', 'several', 'these', 'those', 'what', 'which', 'whatever', 'more', 'fewer'],
  },
  // tokens that end a premodifier chain without a determiner: "to deal", "we deal"
  chainBreakers: [
    'to', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'over', 'under', 'about', 'into', 'and', 'or', 'but', 'than',
    'we', 'they', 'i', 'you', 'he', 'she', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
    'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'do', 'does', 'did', 'said', 'says', 'that', 'which', 'who',
  ],
  // inside a proper name: "Treaty of Lisbon", « Traité de Lisbonne »
  nameConnectors: ['of', 'for', 'in', 'and', 'on'],
  // "a deal with X", "an agreement between X and Y", "a contract to Halliburton"
  partyPrepositions: ['with', 'between', 'among', 'to', 'alongside'],
  // "the acquisition of X by Y", "the merger of X and Y", "a lease from Boeing"
  // "a rescue by SoftBank", "a bailout from the state", "was awarded a $7.8 billion contract by the Pentagon"
  // "a consortium led by Airbus and Safran", "the consortium of Siemens, Alstom and Bombardier"
  kindPrepositions: { acquisition: ['of', 'by', 'for', 'from'], merger: ['of', 'with', 'by'], lease: ['from', 'of', 'to'], deal: ['from', 'by'], contract: ['from', 'by'], partnership: ['of', 'led'] },
  // tokens ending the search for parties after the noun: finite verbs and clause openers
  partyStops: [
    'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
    'that', 'which', 'who', 'whose', 'although', 'but', 'because', 'while', 'after', 'before', 'since', 'if', 'when', 'as',
    'said', 'says', 'did', 'does',
    // "the takeover remains subject to approval by the regulator"
    'remains', 'remain', 'remained', 'subject', 'pending',
    // a subject pronoun opens a relative clause: "the deal we want … and take it to the SASC"
    'we', 'i', 'you', 'they', 'he', 'she', 'it',
    // a mediator is no party: "a deal brokered by China", "a truce mediated by Egypt and Qatar"
    'brokered', 'mediated', 'facilitated',
  ],
  // "a no-bid contract to Halliburton" — but "the deal to buy Oculus VR" is an infinitive
  strictPrepositions: ['to'],
  // "if only Yahoo had bought Snapchat", "even if Kmart buys Sears", "whether Disney acquires Fox"
  hypotheticalBefore: new RegExp(`(?<![${LETTER}])(?:if|unless|whether)(?:\\s+only)?\\s+(?:the\\s+)?$`, 'iu'),
  // "We will not negotiate until Russia accepts a ceasefire", "unless Hamas agrees to a truce", "before Iran signs a deal" (contracts/en/awaited-clause)
  awaitedBefore: new RegExp(`(?<![${LETTER}])(?:until|till|unless|before|once)\\s+(?:the\\s+)?$`, 'iu'),
  statusBefore: {
    // "is expected to sign", "will be signed", "could be cancelled", "allows Yahoo to terminate", "hopes to seal", "is poised to sign"
    modal: new RegExp(`(?<![${LETTER}])(?:(?:will|would|could|should|may|might|can|must|shall)(?:\\s+(?:not\\s+)?be)?|(?:expected|set|due|poised|about|preparing|prepares?|plans?|planned|planning|hopes?|hoped|hoping|wants?|wanted|aims?|intends?|ready|able|allows?|allowed|right|option|vow(?:s|ed)?|pledged?)(?:\\s+[${LETTER}’']+){0,2}\\s+to(?:\\s+be)?|to\\s+be|` +
      // a signing only weighed: "is considering signing a treaty", "mulls signing" (second new-user trial)
      `(?:considering|mulling|mulls|weighing|weighs|contemplating|exploring|discussing))\\s+$`, 'iu'),
    // "signed the bill into law", "signed a letter", "signed an executive order"
    otherObject: new RegExp(`^\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?:[${LETTER}-]+\\s+)?(?:bill|bills|law|laws|letter(?!\\s+of\\s+intent)|petition|order|decree|legislation|budget)(?![${LETTER}])`, 'iu'),
    // "threatened to cancel the deal", "tried to scuttle the accord"
    // "Fortress will give up the management contract at the end of 2021": a plain future states a decided cancellation
    future: new RegExp(`(?<![${LETTER}])(?:will|shall)\\s+$`, 'iu'),
    // "ending a months-long dispute", "resolved the dispute", "settling their dispute"
    // an agreement over a dispute settles it: "reached a settlement with Apple over the lawsuit"
    resolved: new RegExp(`(?<![${LETTER}])(?:end(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|after|over)(?:\\s+(?:a|an|the|their|its|his|her|this|that|[${LETTER}-]+-long|long|bitter|legal|months?|years?)){0,3}\\s*$`, 'iu'),
    threat: new RegExp(`(?<![${LETTER}])(?:threat(?:en|ens|ened|ening)|tr(?:y|ies|ied|ying)|seeks?|sought|push(?:es|ed|ing)?\\s+for|calls?\\s+for|called\\s+for|urged?)(?:\\s+[${LETTER}’']+){0,2}?\\s+(?:to\\s+)?$`, 'iu'),
  },
  // "Airbus chief executive Guillaume Faury", "Guillaume Faury, chief executive of Airbus", "Guillaume Faury, Airbus's CEO" (titles of
  // who signs for a company or a state: executives, ministers, envoys)
  signatory: {
    before: new RegExp(`^(?:['’]s?)?\\s+(?:[${LETTER}-]+\\s+){0,2}?${EN_TITLE}\\s*,?\\s+$`, 'iu'),
    after: new RegExp(`^\\s*,\\s+(?:the\\s+|its\\s+)?(?:[${LETTER}-]+\\s+){0,2}?${EN_TITLE}\\s+(?:of|at|for)\\s+(?:the\\s+)?$`, 'iu'),
    titleOf: new RegExp(`(?<![${LETTER}])${EN_TITLE}\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    possessiveTitle: new RegExp(`^['’]s?\\s+(?:[${LETTER}-]+\\s+){0,2}?${EN_TITLE}(?![${LETTER}])`, 'iu'),
  },
  // "Kmart will buy Sears", "Airbus will sign a contract with Qantas next week" (a decision, not "would" or "could")
  // "Embraer is suing Boeing over the scrapped merger", "Twitter sued Elon Musk over the deal", "filed a lawsuit against … over"
  litigation: {
    verb: new RegExp(`^\\s+(?:(?:is|are|has|have|had|was|were)\\s+)?(?:(?:also|now)\\s+)?(?:su(?:es|ed|ing)|(?:filed|files|filing)\\s+(?:a\\s+)?(?:lawsuit|suit|complaint)\\s+against|t(?:ook|akes|aking)\\s+legal\\s+action\\s+against|(?:is|are)\\s+in\\s+court\\s+with)\\s+$`, 'iu'),
    over: /^\s+(?:in\s+(?:a|the)\s+(?:dispute|row|fight)\s+)?over\s+$/iu,
  },
  // "Under the agreement, …", "As part of the deal, …" at the start of the sentence
  framingBefore: /^\s*(?:[A-Z][\w'’-]*\s+){0,2}?(?:under|as\s+part\s+of|in\s+(?:line|accordance)\s+with)\s+$/iu,
  // "will receive 30 Rafale jets as part of a deal with France", "will be built under the contract"
  frameBetween: new RegExp(`(?<![${LETTER}])(?:as\\s+part\\s+of|under|in\\s+(?:line|accordance)\\s+with|within\\s+the\\s+framework\\s+of)\\s+(?:[^\\s.;:!?]+\\s+){0,2}$`, 'iu'),
  // contracts/en/frame-supply: "will supply Iberdrola with 40 turbines under ", "will build 12 submarines for Australia as part of "
  frameSupplyBefore: new RegExp(`(?<![${LETTER}])(suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|buil(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold|operat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|manufactur(?:e|es|ed|ing))\\s[^.;:!?]{1,120}?\\s(?:under|as\\s+part\\s+of|within\\s+the\\s+framework\\s+of)\\s+$`, 'iu'),
  decidedFuture: new RegExp(`^(?:will|shall)\\s+(?:[${LETTER}]+ly\\s+)?(?:buy|acquire|purchase|take\\s+over|merge|sign|ink|sell|close|complete|combine|form|create|launch|supply|deliver|build)(?![${LETTER}])`, 'iu'),
  cueObject: {
    // "the cancellation of", "termination of", "a suspension of"
    complement: /^\s+of\s+/iu,
    // "the $2bn", "its long-delayed", "Boeing's": determiners, amounts, adjectives and names, no verb or second preposition
    gap: new RegExp(`^(?:(?!(?:was|were|is|are|be|been|has|had|have|to|by|with|in|on|for|at|from|that|which|and|or|of|linked|tied)\\s)(?:[$€£]?[${DIGIT}][${DIGIT}.,]*(?:bn|m)?|[${LETTER}-]+(?:['’]s?)?)\\s+){0,4}$`, 'iu'),
    // "denied that", "denies reports that", "deny that"; words that take no denied clause are left out
    denial: new RegExp(EN_DENIAL_THAT, 'giu'),
  },
  // between two actors of one list: "Brazil and South Korea", "X, Y and the EU", "X as well as Y"
  // a lower-case descriptor may stand before the second name: "Verizon and its rival AT&T", "Airbus and carmaker Renault", led by a
  // capitalised nationality: "Germany's Thyssenkrupp AG and Brazilian planemaker Embraer SA"
  // contracts/en/list-head-noun: "the IG Metall union and the Gesamtmetall employers' federation reached a collective agreement" — a
  // lower-case institution noun may follow the first name ("the Unite union and …", "the Tata group and …")
  // contracts/en/list-clause-conjunction: "Armenia has proposed a non-aggression pact to Azerbaijan, but Baku has not responded" — "but",
  // "or", "while" open a clause or an alternative, never a descriptor of the next party; nor does a reporting participle or a pronoun:
  // "a takeover proposal from BHP, saying it undervalued the company" (the company is no second party)
  listGap: new RegExp(`^(?:\\s+(?:union|unions|federation|confederation|association|group|party|alliance|bloc|coalition|consortium|company|firm|government)(?![${LETTER}]))?(?:\\s*(?:,|and|&|as well as|along with)\\s*){1,3}(?:(?:the|its|their)\\s+)?(?:[${UPPER}][${LOWER}]{2,20}\\s+(?=[${LOWER}]))?(?:(?!(?:with|to|of|by|for|from|in|on|at|as|is|are|was|were|has|have|had|will|would|then|also|signed|said|agreed|but|or|nor|yet|while|whereas|although|though|so|saying|adding|citing|noting|arguing|claiming|which|who|that|it|he|she|they|we)\\s)[${LOWER}][${LOWER}\\-]{1,20}(?:\\s+of(?:\\s+the)?)?\\s+){0,3}$`, 'u'),
  // "Brazil and South Korea signed…", "the two countries discussed…", "X and Y reached an agreement";
  // the winner of a contract is its party: "Lockheed Martin was awarded a contract worth $1.2bn", "Thales won a deal", "the firm launched a takeover bid",
  // "Lockheed Martin received a Defense Department contract worth $431 million"
  // the subject of a cancellation was party: "Orbit Beyond dropped out of that contract", "Fortress will give up the management contract"
  // a completion or acceptance names its parties too: "Pfizer completed the acquisition of Seagen", "Israel and Hamas accepted a truce",
  // "Thales and Safran formed a joint venture", "India and the EU resumed negotiations on a free trade agreement";
  // so does a party's own cancellation: "Russia suspended its participation in the New START treaty", "Australia scrapped the contract"
  // and a pursuit of one: "Washington and the Taliban had been holding direct talks pursuing an agreement", "SoftBank … committed to a
  // $9.5 billion lifeline"; so do a renegotiation and a breach: "Washington wants to renegotiate the trade deal with China", "Russia and
  // Ukraine broke the truce within hours", "Iran violated the accord"; an amendment by its parties too: "Canada and Mexico amended the agreement"
  // (not a third party's: "the court voided the contract", "the regulator blocked the deal" stay out)
  // contracts/en/verb-present-propose: the sides presenting or proposing an agreement are its parties — "Germany's Social Democrats, the
  // Greens and the Free Democrats presented a coalition agreement", "Armenia has proposed a non-aggression pact to Azerbaijan", "Russia
  // offered a ceasefire to Ukraine" (the status cues make it announced or proposed)
  // (contracts/en/close-to: "Airbus and IndiGo are close to an agreement", "nearing a deal" — the subjects are its parties, proposed)
  // contracts/en/verb-base-form: the bare infinitive of a verb creating an agreement names the same parties as its past — "Siemens Energy
  // and Iberdrola will form a joint venture", "plan to create a joint company", "to establish a partnership" (not the bare forms of
  // cancelling or entering, which irrealis clauses and third parties use: "try to scuttle the accord", "suggest that the Air Force not
  // enter into an agreement")
  agreementVerbs: new RegExp(`(?<![${LETTER}])(?:close\\s+to|near(?:s|ing)|on\\s+the\\s+verge\\s+of|sign(?:ed|s|ing)?|discuss(?:ed|es|ing)?|negotiat(?:ed|es|ing|e)|negotiations?\\s+(?:on|over|for|about)|c(?:ome|omes|ame|oming)\\s+to\\s+terms\\s+(?:on|over|with)|complet(?:ed|es|e)|closed|accept(?:ed|s)?|(?:re)?join(?:ed|s)|left|form(?:ed|s)?|creat(?:ed|es|e)|set\\s+up|establish(?:ed|es)?|cancel(?:l?ed|s)|scrap(?:ped|s)|scuttl(?:ed|es)|terminat(?:ed|es)|suspend(?:ed|s)|t(?:ore|ear|ears)\\s+up|ditch(?:ed|es)|exit(?:ed|s)|quit|abandon(?:ed|s)|renounc(?:ed|es)|conclud(?:ed|es|e|ing)|reach(?:ed|es|ing)?|ink(?:ed|s)?|seal(?:ed|s)?|ratif(?:ied|y|ies)|str(?:uck|ike|ikes)|agreed(?:\\s+on|\\s+to)?|finali[sz](?:ed|es|e)|renew(?:ed|s)?|extend(?:ed|s)?|announc(?:ed|es|e)|(?:was|were|been|be)\\s+awarded|award(?:ed|s)|won|wins|secured|secures|receiv(?:ed|es)|clinch(?:ed|es)|land(?:ed|s)|entered\\s+into|launch(?:ed|es)?|placed|plac(?:es|ing)|g(?:ive|ives|ave|iving)\\s+up|dropp(?:ed|ing)\\s+out\\s+of|pull(?:ed|s)\\s+out\\s+of|backed\\s+out\\s+of|withdr(?:ew|awn)\\s+from|walk(?:ed|s)\\s+away\\s+from|in\\s+talks\\s+(?:on|over|about|for)|talks\\s+(?:on|over|about)|(?:hold(?:s|ing)?|held)\\s+(?:[${LETTER}-]+\\s+){0,2}?talks(?:\\s+(?:pursuing|seeking|toward|towards|aimed\\s+at))?|pursu(?:e|es|ed|ing)|seek(?:s|ing)?|sought|commit(?:s|ted)\\s+to|renegotiat(?:e|es|ed|ing)|amend(?:ed|s)?|br(?:oke|eaks?|eaking|oken)|violat(?:e|es|ed|ing)|breach(?:es|ed)?|present(?:ed|s)|unveil(?:ed|s)|propos(?:ed|es)|offer(?:ed|s)|exercis(?:ed|es))(?![${LETTER}])`, 'giu'),
  // "South Korea's biggest ever arms deal, clinched last month with Poland", "a pact, signed in 2019 with Russia"
  participleWith: new RegExp(`^(?:signed|sealed|clinched|struck|concluded|agreed|reached|negotiated|inked|renewed|extended)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+with\\s`, 'iu'),
  // English names the parties before the noun: "the Renault-Nissan alliance" (premodifiers)
  postNominalParties: false,
  // "the treaty was signed in 2004 by X and Y", "a ceasefire agreement was reached between Armenia and Azerbaijan"
  // (and the winner of a contract: "the contract was won by Alstom", contracts/en/won-by)
  signedBy: new RegExp(`^[^.;:!?]{0,120}?(?:signed|ratified|concluded|agreed|negotiated|approved|awarded|granted|reached|struck|won)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+(?:by|between)\\s`, 'iu'),
  // "The agreement must be approved by the European Parliament", "the deal still needs to be ratified by national parliaments":
  // the approver of a known agreement is no party (contracts/en/approved-by-not-party)
  approvedBy: new RegExp(`(?:ratified|approved)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,4}?\\s+by\\s$`, 'iu'),
  approvalRequired: new RegExp(`(?:must|needs?\\s+to|needed\\s+to|ha(?:s|ve|d)\\s+to|will\\s+(?:have|need)\\s+to|would\\s+(?:have|need)\\s+to|(?:is|are)\\s+(?:yet\\s+)?to|yet\\s+to)\\s+(?:[${LETTER}]+\\s+){0,2}?be\\s+(?:ratified|approved)`, 'iu'),
  institutionPossessives: ['its', 'their'],
  pluralPossessives: ['their'],
  // (and a count with a noun of institutions: "The three companies signed a memorandum", "the two carmakers agreed", "both governments")
  pluralPronouns: ['they', 'both', 'the two', 'both sides', 'the two countries', 'the two sides', 'the two companies',
    ...['both', 'the two', 'the three', 'the four', 'all three', 'all four'].flatMap((n) => ['companies', 'firms', 'groups', 'carmakers',
      'automakers', 'airlines', 'banks', 'countries', 'nations', 'governments', 'sides', 'parties', 'partners', 'unions', 'leaders',
      'rivals', 'operators', 'manufacturers', 'insurers', 'lenders', 'studios', 'broadcasters', 'networks', 'teams', 'states'].map((w) => `${n} ${w}`))],
  // "Kmart will buy Sears", "Disney agreed to acquire Fox", "Exxon merged with Mobil", "to merge its business with a subsidiary of Bayer"
  acquisitionVerbs: [
    // "Vivendi took control of Lagardère", "Hedge fund snapped up the chain"
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:t(?:ake|akes|ook|aking)\\s+control\\s+of|snap(?:s|ped|ping)?\\s+up|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take over|takes over|took over|taking over|absorb|absorbs|absorbed)(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'acquisition', ruleId: 'contracts/en/verb-acquire' },
    // "In December, the firm bid $16.50 per share for Tribune", "Comcast offered $65 billion for Sky": an amount offered for a company
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:bid|bids|offered|offers)\\s+(?:US)?[$€£]\\s?\\d[\\d.,]{0,12}\\s?(?:(?:million|billion|bn|m)\\s+)?(?:(?:a|per)\\s+share\\s+)?(?:in\\s+cash\\s+)?for(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'acquisition', ruleId: 'contracts/en/verb-bid-for' },
    { pattern: new RegExp(`(?<![${LETTER}${DIGIT}])(?:merge with|merges with|merged with|merging with|to merge with|merg(?:e|es|ed|ing)\\s+(?:its|their)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:business(?:es)?|operations|activities|units?)\\s+with)(?![${LETTER}${DIGIT}])`, 'giu'), kind: 'merger', ruleId: 'contracts/en/verb-merge' },
  ],
  // "Ford and SK On have teamed up", "Toyota has partnered with Joby Aviation", "Vodafone and Three agreed to merge their UK operations"
  reciprocalVerbs: [
    { pattern: new RegExp(`(?<![${LETTER}])(?:team(?:ed|s|ing)?\\s+up(?:\\s+with)?|partnered(?:\\s+with)?|partner(?:s|ing)\\s+with|join(?:ed|s|ing)?\\s+forces(?:\\s+with)?|(?:formed|forged)\\s+an\\s+alliance\\s+with)(?![${LETTER}])`, 'giu'), kind: 'partnership', ruleId: 'contracts/en/verb-ally' },
    // "merge with" names its object and is an acquisition verb; alone, the subject list merges
    { pattern: new RegExp(`(?<![${LETTER}])merg(?:e|ed|es|ing)(?!\\s+with)(?![${LETTER}])`, 'giu'), kind: 'merger', ruleId: 'contracts/en/verb-merge-list' },
    // contracts/en/verb-combine-units: "Shell and Equinor said they would combine their British offshore oil and gas assets" — two sides
    // pooling their businesses merge them (the subject list; not "combine their efforts", which pools no business)
    { pattern: new RegExp(`(?<![${LETTER}])(?:combin(?:e|ed|es|ing)|pool(?:ed|s|ing)?)\\s+their\\s+(?:[${LETTER}-]+\\s+){0,5}?(?:businesses|operations|assets|units|divisions|activities|networks|subsidiaries)(?![${LETTER}])`, 'giu'), kind: 'merger', ruleId: 'contracts/en/verb-combine-units' },
    // "Sanofi entered exclusive talks with CD&R over the sale of Opella", "is in advanced negotiations with Vivendi to buy" (only with a purpose)
    { pattern: new RegExp(`(?<![${LETTER}])(?:talks|negotiations|discussions)\\s+with(?![${LETTER}])`, 'giu'), kind: 'deal', ruleId: 'contracts/en/verb-talks-with', purpose: true },
    // contracts/en/verb-agree-fee: a price agreed with a seller is a deal between buyer and seller — "Sheffield Rovers have agreed a fee
    // of around £18 million with Benfica for the winger", "Airbus agreed a price with the airline" (sports and business wire usage; the
    // party after "with" is needed: "agreed a fee" alone names no counterpart)
    { pattern: new RegExp(`(?<![${LETTER}])agree(?:d|s)?\\s+(?:a|an|the)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:fee|price)(?:\\s+(?:of|worth)(?:\\s+[^\\s;:!?]{1,20}){1,5}?)?\\s+with(?![${LETTER}])`, 'giu'), kind: 'deal', ruleId: 'contracts/en/verb-agree-fee' },
    // contracts/en/verb-agree-on: "The United States and India have yet to agree on a trade pact", "the two sides agreed on a ceasefire" —
    // two sides agreeing on an agreement named right after are its parties (only with that noun: "agreed on the need to" names none)
    { pattern: new RegExp(`(?<![${LETTER}])agree(?:d|s|ing)?\\s+on(?=\\s+(?:a|an|the|their)\\s)`, 'giu'), kind: 'agreement', ruleId: 'contracts/en/verb-agree-on', purpose: true },
    // negotiations brought to an end are an agreement reached: "The European Commission concluded negotiations with Mercosur", "completed trade
    // negotiations with" (not "talks": "concluded talks with Xi" may end a summit without a deal)
    { pattern: new RegExp(`(?<![${LETTER}])(?:concluded|completed|wrapped\\s+up|finali[sz]ed|successfully\\s+concluded)\\s+(?:(?:the|its|their)\\s+)?(?:[${LOWER}-]{2,20}\\s+){0,2}negotiations\\s+with(?![${LETTER}])`, 'giu'), kind: 'agreement', ruleId: 'contracts/en/verb-concluded-talks' },
    // two sides agreeing on a course: "whether the United States and China could agree to end a near 1-1/2 year trade war", "Russia
    // and Saudi Arabia agreed to cut output", "the two companies agreed on a joint bid" (two parties at least; a question before them
    // makes it proposed; "agreed to a truce" names the agreement, whose noun mention takes the parties)
    { pattern: new RegExp(`(?<![${LETTER}])agree(?:d|s)?\\s+(?:to|on)\\s+(?:(?:a|an|the|jointly|mutually)\\s+)?(?:end|settle|resolve|cut|reduce|resume|extend|form|share|cooperate|exchange|swap|withdraw|lift|halt|freeze|stop|cease|sign|create|establish|merge|combine|develop|build|supply|set\\s+up|work\\s+together|joint)(?![${LETTER}])`, 'giu'), kind: 'agreement', ruleId: 'contracts/en/verb-agree-to', hypotheticalProposed: true },
  ],
  // between the buyer's verb and the bought company only descriptors may stand: "buy department store operator Sears"
  orderNouns: ['order', 'option'],
  orderPlurals: ['orders', 'bids'],
  pluralIndefinite: [],
  pluralDefinite: [],
  // "an order of 50 Airbus A350-900 jets", "an order for up to 30 Rafale", "a prior order of A330neo jets", "its order for 12 frigates"
  orderComplement: new RegExp(`^\\s+(?:of|for)\\s+(?:(?:up\\s+to|some|about|around|another|an\\s+additional|more\\s+than)\\s+)?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|dozens)(?![${LETTER}])|[${UPPER}][${LETTER}${DIGIT}-]{0,20}\\s+(?:jets|planes|aircraft|airliners|fighters|helicopters|ships|frigates|submarines|tanks|trains|satellites|vehicles|engines)(?![${LETTER}]))`, 'u'),
  // "won an order from Poland for 152 K9 howitzers", "an order from the Swedish Defence Materiel Administration for ammunition worth 1.5 billion crowns",
  // "Poland placed an order with Hanwha for 180 K2 tanks" (the seller after "with")
  orderFromComplement: new RegExp(`^\\s+(?:from|with)\\s[^.;:!?,]{1,80}?\\s(?:for\\s+(?:(?:up\\s+to|some|about|around|another|more\\s+than)\\s+)?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|dozens)(?![${LETTER}]))|worth\\s|valued\\s+at\\s)`, 'u'),
  // "Germany has ordered 35 F-35A fighter jets from Lockheed Martin", "Qatar ordered 24 Dassault Rafale" (not "the court ordered the firm to pay")
  // a purchase of counted goods from a seller is one too: "Poland said it would buy 32 AW149 helicopters from Leonardo", "India will purchase 26 Rafale jets from France"
  orderVerbs: new RegExp(`(?<![${LETTER}])(?:ordered|orders|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)(?![${LETTER}])`, 'giu'),
  orderCount: new RegExp(`^\\s+(?:(?:up\\s+to|some|about|around|another|an\\s+additional|a\\s+further|more\\s+than)\\s+)?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|dozens)(?![${LETTER}]))`, 'u'),
  sellerPrepositions: ['from'],
  orderingVerb: /^order/iu,
  // "a deal to supply Indian Air Force with 56 C295 transport planes", "a contract to equip the Navy"
  supplyVerbs: ['supply', 'equip', 'provide', 'arm', 'furnish'],
  // English says "placed an order": the noun keeps its article
  bareOrderBefore: /(?!)/u,
  // headlines drop the article: "Thales signs contract with Indian Navy", "Pfizer and BioNTech reach deal with EU", "Airbus wins order for 30 jets",
  // "EU, Mercosur seal trade pact", "India and Russia had signed Rs 39,000 crore deal" (a verb of concluding, winning or ending right before the noun or its lower-case premodifiers)
  // a headline's bare infinitive: "Microsoft to buy Activision for $69bn", "Chevron to acquire Hess"
  headlineInfinitive: /^\s+to\s+$/u,
  bareNounVerb: new RegExp(`(?<![${LETTER}])(sign(?:s|ed)?|ink(?:s|ed)?|seal(?:s|ed)?|strikes?|struck|clinch(?:es|ed)?|reach(?:es|ed)?|finali[sz]e[sd]?|win|wins|won|lands?|landed|secures?|secured|agree(?:s|d)?|renew(?:s|ed)?|scraps?|scrapped|cancels?|cancel(?:l?ed)|terminates?|terminated|quits?|exits?|exited)\\s+(?:(?:[${LOWER}][${LOWER}-]*|(?:(?:Rs\\.?|INR|US|A|C)\\s?)?[$€£]?[${DIGIT}][${DIGIT}.,]*[${LOWER}]{0,3})\\s+){0,3}$`, 'u'),
  // "won a tender to supply 40 trains to Egypt", "secured a tender from the Navy" (not "launched a tender", "the tender offer")
  // "exercised an option for 120 additional Javelin systems" (an option is a contract only once exercised)
  wonNouns: ['tender', 'option'],
  // contracts/en/won-noun-passive: "the tender was won by Alstom", "a tender, awarded to Siemens by the city"
  wonAfter: new RegExp(`^(?:\\s{1,3}(?:for|of)\\s[^,.;:!?]{1,30}?)?\\s{0,3},?\\s{1,3}(?:(?:was|were|has\\s{1,3}been|had\\s{1,3}been|will\\s{1,3}be)\\s{1,3})?(?:won|awarded|granted)\\s{1,3}(?:by|to)(?![${LETTER}])`, 'iu'),
  wonBefore: new RegExp(`(?<![${LETTER}])(?:won|wins?|winning|secured|secures?|landed|lands?|awarded|exercis(?:ed|es|ing))\\s+$`, 'iu'),
  // "The contract, which Thales signed with Brazil in 2019, …", "the deal that Airbus struck with IndiGo"
  relativeObject: /^\s*(?:,\s*)?(?:which|that)\s+/iu,
  relativeAuxiliary: /^\s+(?:(?:had|has|have|just|recently|also|only)\s+){0,2}/iu,
  // "a contract to build 12 submarines for Australia", "a deal to deliver 40 trains to Egypt"
  beneficiaryVerbs: ['supply', 'build', 'deliver', 'provide', 'produce', 'manufacture', 'make', 'sell', 'upgrade', 'modernise', 'modernize', 'maintain', 'operate'],
  beneficiaryPrepositions: ['for', 'to'],
  // English says where with "in" ("build frigates in Scotland"), never with a beneficiary preposition
  makingVerbs: [],
  purposePreposition: 'for',
  // "a contract for the supply of 80 Rafale jets to the United Arab Emirates"
  beneficiaryNouns: ['supply', 'delivery', 'sale', 'construction'],
  beneficiaryNounLead: /^(?:for|on)\s+the\s+$/iu,
  // "the contract awarded to Dassault Aviation, Thales and Safran", "a deal granted last year to Boeing"
  participleTo: new RegExp(`^(?:awarded|granted|given|let)(?:\\s+[${LETTER}${DIGIT}'’-]+){0,3}?\\s+to\\s`, 'iu'),
  // "joined forces to pass the bill", "teamed up at the United Nations to block a resolution", "teamed up against the reform"
  campaignAfter: new RegExp(`^[^.;:!?]{0,40}?[\\s,](?:(?:in\\s+order\\s+)?to\\s+(?:pass|block|oppose|defeat|fight|reject|critici[sz]e|stop|condemn|denounce|demand|vote|protest|sue|challenge|impeach|topple|unseat|oust|form\\s+a\\s+government)|against|in\\s+opposition)(?![${LETTER}])`, 'iu'),
  // "the defence pact that bound it to France", "the contract which ties the club to Nike"
  bindingRelative: new RegExp(`^(?:that|which)\\s+(?:had\\s+)?(?:binds?|bound|ties?|tied|linked|links?)\\s+(?:(?:it|them|him|her|the\\s+[${LETTER}]+)\\s+)?(?:to|with)\\s`, 'iu'),
  // "Warner Bros. Discovery and Paramount held merger talks", "X and Y are in merger talks with Z"
  talksAfter: new RegExp(`^[\\s-]+(?:talks|negotiations|discussions)(?![${LETTER}])`, 'iu'),
  // "negotiations on a merger" names the agreement itself (see agreementVerbs); nothing stands before the noun
  talksBefore: /(?!)/u,
  // "it announced an order", "the company placed an order"
  subjectPronounBefore: new RegExp(`^\\s*(?:it|the\\s+(?:company|firm|group|airline|carrier))\\s+(?:[${LETTER}’']+\\s+){1,3}$`, 'iu'),
  // "In December, the firm bid $16.50 per share for Tribune", "it agreed to buy Sears"
  subjectPronounVerb: new RegExp(`^\\s*(?:it|the\\s+(?:company|firm|group|airline|carrier|bank|fund|chain|conglomerate))(?:\\s+(?:has|had|will|would|also|then|now|later|finally|agreed\\s+to|plans\\s+to)){0,2}\\s+$`, 'iu'),
  // "a rescue by the Coast Guard" saves lives: a rescue is a deal only between organisations ("a rescue by SoftBank")
  organizationOnlyNouns: ['rescue'],
  counterpartNouns: ['bid', 'offer'],
  // English names a holder by the genitive ("Mbappé's contract"), handled as a possessor
  holderPrepositions: [],
  // "Unilever has sold its tea business to CVC", "agreed to sell a 49% stake to KKR", "is divesting the unit to Apollo"; a headline's
  // present names one sale too: "CGG sells its data storage business to Oasis Group" (the unit noun and the buyer make it specific)
  saleVerbs: new RegExp(`(?<![${LETTER}])(?:sold|sell(?:s|ing)?|divest(?:ed|ing)?|offload(?:ed|ing)?|spun\\s+off)(?![${LETTER}])`, 'giu'),
  // contracts/en/noun-sale-of: "Carrefour announced the sale of its Italian business to NewPrinces", "completed the divestiture of its
  // chemicals unit to Apollo" (the unit noun and the buyer make it specific, as for the verb)
  saleNouns: new RegExp(`(?<![${LETTER}])(?:sale|disposal|divestment|divestiture)\\s+of(?![${LETTER}])`, 'giu'),
  // contracts/en/talks-between: "Talks between Paris and Athens on the purchase of a fourth frigate", "negotiations between the EU and
  // Mercosur over a trade accord"
  talksBetween: {
    opening: new RegExp(`(?<![${LETTER}])(?:talks|negotiations|discussions)\\s+between\\s+`, 'giu'),
    topic: /^\s+(?:on|over|about|for|towards?)\s+/iu,
    // contracts/en/talks-between-failed: "Talks between Renault and Nissan collapsed", "… on a joint hydrogen pipeline to Germany broke down
    // last week" (a failure, not a pause: "have stalled" stays out)
    failed: /^(?:\s+(?:on|over|about|for)\s+[^,.;:()"“”]{1,60}?)?\s+(?:(?:have|has|had)\s+)?(?:collapsed|broken\s+down|broke\s+down|failed|fell\s+(?:through|apart)|ended\s+without\s+(?:a\s+|an\s+)?(?:deal|agreement|accord))(?![\p{L}])/iu,
  },
  // contracts/en/breach-accusation: "Kinshasa accused Kigali of violating the ceasefire", "Israel accuses Hamas of breaching the truce"
  breachAccusation: {
    verb: new RegExp(`(?<![${LETTER}])accus(?:ed|es|ing|e)\\s+`, 'giu'),
    breach: /^\s+of\s+(?:(?:repeatedly|again|systematically)\s+)?(?:violating|breaching|breaking|flouting|not\s+respecting|not\s+honou?ring|failing\s+to\s+(?:respect|honou?r|abide\s+by|comply\s+with|implement))\s+(?:the|a|an|its|their)\s+/iu,
  },
  // contracts/en/party-led-by: "by a consortium led by Daniel Kretinsky", "by a group of investors headed by Elon Musk"
  ledBy: /^(?:led|headed|spearheaded|fronted)\s+by\s/iu,
  // contracts/en/passive-acquired: "McPhy was acquired by John Cockerill", "the chain has been bought by a fund", "will be taken over by"
  passiveAcquisition: new RegExp(`(?<![${LETTER}])(?:(?:was|were|is|are|(?:has|have|had)\\s+been|(?:will|would|could|should|may|might|to)\\s+be|being)\\s+(?:(?:later|since|recently|eventually|finally|now)\\s+)?(?:acquired|bought|purchased|taken\\s+over|snapped\\s+up|absorbed)\\s+by)\\s+`, 'giu'),
  // "Volkswagen agreed to pay $14.7 billion to settle claims by the EPA", "Meta will pay $725 million to resolve a lawsuit brought by",
  // "Boeing settled the lawsuit with", "the bank settled with the SEC" (the other side follows the regex; see collectSettlementMentions);
  // contracts/en/verb-agree-settle: an agreement to settle without a sum is one too — "Uber agreed to settle the lawsuit brought by the drivers"

  settlementVerbs: new RegExp(`(?<![${LETTER}])(?:(?:(?:agreed|agrees|agree|agreeing|will|would|has|have|had)\\s+(?:to\\s+)?pay|paid|pays)\\s+(?:[^.;:!?]|\\.(?=[${DIGIT}])){1,60}?\\s+to\\s+(?:settle|resolve|end)\\s+|agree(?:d|s|ing)?\\s+to\\s+(?:settle|resolve)\\s+|settl(?:ed|es|ing)\\s+)(?:(?:a|an|the|its|their|his|her)\\s+)?(?:[${LETTER}${DIGIT}$€£.,-]+\\s+){0,4}?(?:claims?|charges?|allegations?|accusations|lawsuits?|suits?|cases?|complaints?|litigation|disputes?|probes?|investigations?)\\s+(?:(?:brought|filed|lodged|made|pursued)\\s+)?(?:by|with|from)\\s+|(?<![${LETTER}])settl(?:ed|es|ing)\\s+with\\s+`, 'giu'),
  // "plans to lease 100 tankers from Boeing", "by leasing the tankers from Boeing", "Boeing leases the jets to Ryanair" (the other side follows
  // the regex; see collectLeaseMentions)
  leaseVerbs: new RegExp(`(?<![${LETTER}])(?:lease|leases|leased|leasing)\\s+(?:[${LETTER}${DIGIT}-]+\\s+){0,5}?(?:from|to)\\s+`, 'giu'),
  // "another lease with Boeing", "a new merger", "a second contract" is not the one named before
  anotherBefore: new RegExp(`(?<![${LETTER}])(?:another|new|second|third|fresh|further|separate|other|earlier|previous|prior|later)(?![${LETTER}])`, 'iu'),
  buyerPrepositions: ['to'],
  unitNouns: [
    'business', 'businesses', 'unit', 'units', 'division', 'divisions', 'stake', 'stakes', 'subsidiary', 'subsidiaries', 'arm', 'brand', 'brands',
    'operations', 'assets', 'portfolio', 'plant', 'plants', 'factory', 'factories', 'stores', 'chain', 'holding', 'holdings', 'activities', 'network', 'towers', 'shares',
    // real assets sold as a business: "sold three shopping centres to Blackstone", "sold its refineries to", "its stake in two oil fields"
    'hotels', 'malls', 'centres', 'centers', 'refinery', 'refineries', 'mines', 'terminals', 'fields', 'warehouses', 'properties',
  ],
  unitOwnerPrepositions: ['of'],
  // "acquiring the entire 25.2% stake held by ", "bought a 10% stake in ", "took a controlling stake in " (not "took an interest in")
  stakePurchase: new RegExp(`(?<![${LETTER}])(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|t(?:ake|akes|ook|aking))\\s+(?:(?:a|an|the|its|their)\\s+)?(?:(?:entire|additional|further|remaining|controlling|minority|majority|new)\\s+)?(?:\\d[\\d.,]{0,6}\\s?(?:%|per\\s?cent|percent)\\s+)?stakes?\\s+(?:in|held\\s+by|from)\\s+`, 'giu'),
  // "NASA announced the selection of SpaceX, Blue Origin …", "The Pentagon selected Boeing to build", "the Navy picked Fincantieri for"
  selection: new RegExp(`(?<![${LETTER}])(?:(?:announced|confirmed|unveiled)\\s+(?:the|its)\\s+selection\\s+of|selected|picked|chose|chosen|tapped)\\s+`, 'giu'),
  selectionPurpose: /^,?\s+(?:to|for|as)\s/iu,
  // contracts/en/verb-entrust: "The government entrusted Vinci with the construction of the new airport"
  entrust: {
    verb: new RegExp(`(?<![${LETTER}])entrust(?:ed|s|ing)?\\s+`, 'giu'),
    task: /^\s+with\s+(?:the\s+)?(?:construction|building|design|operation|maintenance|management|moderni[sz]ation|manufacture|supply|running)\s+of\s/iu,
  },
  selectionPassive: { auxiliary: /^\s+(?:(?:has|have|had)\s+been|was|were|is|are|been)\s+$/iu, agent: /^by\s+/iu },
  // "…, by acquiring", "after buying"
  gerundBefore: new RegExp(`(?<![${LETTER}])(?:by|after)\\s+$`, 'iu'),
  // "agreed to buy all of Equans", "acquired the whole of the group"
  wholeOf: /^\s+(?:all|the\s+whole|the\s+rest|the\s+remainder)\s+of\s+/iu,
  verbObjectBlockers: ['from', 'of', 'for', 'in', 'at', 'to', 'with', 'on', 'into', 'back', 'shares', 'stake', 'stakes', 'stock', 'products', 'goods', 'time', 'tickets', 'weapons', 'aircraft', 'planes', 'tankers'],
  // Status cues, looked for near every mention of the same agreement.
  status: {
    // "the now-cancelled deal", "the deal had been killed by the Pentagon", "called off"
    cancelled: new RegExp(`(?<![${LETTER}])(?:cancel(?:l?ed|s|ling|lation)?|scrap(?:ped|s|ping)?|killed|kills?|terminat(?:e|ed|es|ion(?!\\s+fee))|called off|pulled out of|withdr(?:ew|awn) from|collapsed|abandon(?:ed|s)?|torn up|tore up|revoked|rescind(?:ed|s)?|annulled|void(?:ed)?|reject(?:ed|s|ion)?|rebuff(?:ed|s)?|turned down|walk(?:ed|s)? away from|vetoed|scuttle[ds]?|suspend(?:ed|s)?|suspension|prohibited|blocked by|backed out of|pulled the plug on|dropped|gave up|give up|broke\\s+down|fell\\s+(?:through|apart)|ended\\s+without|exit(?:ed|s)|quit)(?![${LETTER}])`, 'iu'),
    // "a change to its recent agreement", "the contract would be amended"
    // an extension changes the term: "Nike extended its sponsorship deal until 2034", "the truce was extended by two days", "a contract extension"
    // "a cutback on its order of 40 jets", "reduced its order for A380s", "scaled back the contract" — a reduction of the agreement itself,
    // not of something near it ("The deal sets up for a reduction to a prior commitment" leaves the deal as signed)
    amended: new RegExp(`(?<![${LETTER}])(?:(?:reductions?|cut(?:back|\\s+back)s?)\\s+(?:to|in|of|on)\\s+(?:(?:its|their|the|a|an|this|that)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:orders?|contracts?|deals?|purchases?)(?![${LETTER}])|(?:reduc(?:ed|es|ing)|cut|cuts|trimmed|scal(?:ed|es|ing)\\s+back)\\s+(?:its|their|the)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:orders?|contracts?|deals?|purchases?)(?![${LETTER}])|amend(?:ed|s|ing|ment)?|(?:a|the) changes? to|modif(?:ied|ication|ications|y)|revis(?:ed|ion)|renegotiat(?:ed|ion|e)|rewritten|reworked|(?:extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?)\\s+(?:(?:its|their|the|his|her|this|that|a)\\s+)?(?:[${LETTER}-]+\\s+){0,3}?(?:contracts?|deals?|agreements?|accords?|partnerships?|sponsorships?|leases?|licen[cs]es?|treat(?:y|ies)|truces?|ceasefires?|cease-fires?|pacts?|alliances?)|(?:been|was|were|is|are)\\s+extended|(?:contract|deal|lease|truce|ceasefire|cease-fire)\\s+extension|extension\\s+(?:to|of)\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:contract|deal|agreement|truce|ceasefire|cease-fire|lease|partnership|sponsorship))(?![${LETTER}])`, 'iu'),
    // "the disputed contract", "challenged in court", "sued over the deal", "broke the truce" (not "talks broke down": cancelled)
    // "Dick Clark Productions denied that it had settled on an arrangement": a denied agreement is disputed
    // contracts/en/settled-dispute: a dispute settled or resolved is the object of the settlement, not its status ("Centrica settled a
    // long-running pricing dispute with Equinor" is signed; so is "reached a settlement with Apple over the patent dispute")
    disputed: new RegExp(`(?<![${LETTER}])(?:br(?:oke|eaks?|eaking|oken)(?!\\s+(?:down|off|up|through|ground|away|out|with|into|even))|(?<!(?:settl|resolv)(?:e|ed|es|ing|ement)\\s+(?:[${LETTER}-]{1,20}\\s+){0,5})disput(?:e|ed|es)|den(?:ied|ies|y)|violat(?:e|ed|es|ing|ion|ions)|contest(?:ed|s)|challeng(?:ed|es)|lawsuit|sued|breach(?:ed)?|protest(?:ed)?|block(?:ed|s)|opposed)(?![${LETTER}])`, 'iu'),
    // "signed a deal", "the treaty was ratified"
    // a completed acquisition is signed: "Amazon bought Whole Foods", "closed the $3 billion deal"
    // "The merger …, which became final Tuesday", "the deal went through", "the accord took effect"
    // a renewal is a new signing, an accepted offer or a ratifying vote a concluded agreement: "Disney renewed its licensing agreement",
    // "accepted a plea deal", "the machinists voted to ratify a new contract"
    // "The United States rejoined the Paris climate accord"
    // contracts/en/option-exercised: "exercised an option for 120 additional Javelin systems" concludes the purchase
    signed: new RegExp(`(?<![${LETTER}])(?:placed|exercised\\s+(?:an|the|its|their)\\s+options?\\s+(?:for|on|to\\s+(?:buy|order|purchase|acquire))|(?:re)?joined|bec(?:ame|omes)\\s+final|c(?:ome|ame)\\s+to\\s+terms|renew(?:ed|s)|accepted|vot(?:ed|es)\\s+to\\s+(?:ratify|approve|accept)|went\\s+through|t(?:ook|akes)\\s+effect|sign(?:ed|s|ing)?|inked|sealed|concluded|finali[sz]ed|ratified|completed|clinched|struck|awarded|won|received|agreed|entered into|approved|passed|closed|bought|acquired|took over|merged with|reached)(?![${LETTER}])`, 'iu'),
    // "announced a partnership", "made official"
    // contracts/en/status-presented: "the three parties presented a coalition agreement" makes it public, like an announcement
    announced: new RegExp(`(?<![${LETTER}])(?:announc(?:ed|es|ing|ement)|unveil(?:ed|s)|presented|made (?:it )?official|officially)(?![${LETTER}])`, 'iu'),
    // "the proposed merger", "in talks over a deal", "a draft agreement", "have yet to agree on a trade pact"
    // "a plea agreement offered by prosecutors"
    // (contracts/en/close-to: "Airbus is close to a deal with IndiGo", "nearing an agreement", "on the verge of a merger" — not yet signed)
    proposed: new RegExp(`(?<![${LETTER}])(?:close\\s+to|near(?:s|ing)?|on\\s+the\\s+verge\\s+of|pursu(?:e|es|ed|ing)|propos(?:ed|al|es|e|ing)|offered|draft|discuss(?:ed|es|ing)?|plann?(?:ed|ing)|negotiat(?:ing|ions?)|talks|tentative|considering|would|could|might|will|plans? to|planning to|seeks?|seeking|potential|possible|bids?|offers?|hop(?:es?|ed|ing)|hammer(?:ing|ed)? out|want(?:s|ed)?|push(?:es|ed|ing)? for|under negotiation|in negotiations?|pending|yet\\s+to\\s+(?:agree|sign|reach|conclude|finali[sz]e|seal|strike))(?![${LETTER}])`, 'iu'),
  },
};
