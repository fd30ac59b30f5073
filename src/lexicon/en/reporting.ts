/**
 * English attribution lexicon: reporting verbs, source phrases, hedges and
 * denials, as news writing uses them ("X said Y", "Y, X said", "according
 * to X", "reportedly", "is expected to", "declined to comment"). Compiled
 * from wire-style English (AP/Reuters attribution conventions) and the
 * reporting-verb lists of English grammars (say, tell, announce, claim,
 * argue, point out…), in the inflected forms news uses.
 *
 * @module
 */
import type { ReportingLexicon } from '../../extractors/attribution-lexicon.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';

/** Regular forms of a verb: base, 3rd person -s, past/participle. `("warn")` → warn, warns, warned. */
function forms(base: string, third = `${base}s`, past = `${base}ed`, ing = `${base}ing`): string[] {
  return [base, third, past, ing];
}

/** Reporting verbs that introduce what a source says or thinks: "industry experts say the deal…". */
const REPORTING_VERBS = [
  'say', 'says', 'said', 'saying',
  ...forms('state', 'states', 'stated', 'stating'),
  ...forms('announce', 'announces', 'announced', 'announcing'),
  ...forms('report', 'reports', 'reported', 'reporting'),
  ...forms('claim'), ...forms('warn'), ...forms('insist'), ...forms('add'), ...forms('explain'),
  ...forms('confirm'), ...forms('predict'), ...forms('suggest', 'suggests', 'suggested', 'suggesting'),
  ...forms('maintain'), ...forms('contend'), ...forms('assert'), ...forms('reveal'), ...forms('remark'),
  ...forms('argue', 'argues', 'argued', 'arguing'),
  ...forms('believe', 'believes', 'believed', 'believing'),
  ...forms('concede', 'concedes', 'conceded', 'conceding'),
  ...forms('note', 'notes', 'noted', 'noting'),
  ...forms('acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'),
  ...forms('estimate', 'estimates', 'estimated', 'estimating'),
  ...forms('allege', 'alleges', 'alleged', 'alleging'),
  ...forms('disclose', 'discloses', 'disclosed', 'disclosing'),
  ...forms('indicate', 'indicates', 'indicated', 'indicating'),
  ...forms('admit', 'admits', 'admitted', 'admitting'),
  ...forms('testify', 'testifies', 'testified', 'testifying'),
  ...forms('emphasize', 'emphasizes', 'emphasized', 'emphasizing'),
  ...forms('stress', 'stresses', 'stressed', 'stressing'),
  ...forms('forecast', 'forecasts', 'forecast', 'forecasting'),
  'think', 'thinks', 'thought',
  'tell', 'tells', 'told', 'telling',
  'point out', 'points out', 'pointed out', 'pointing out',
  'made clear', 'makes clear',
  // (claims/en/voiced-concern) "many have voiced concerns that officials are minimizing information", "critics expressed
  // fears that the plant would close", "unions raised concerns that staff shortages…": a voiced worry reports its clause
  ...['voiced', 'voice', 'voices', 'voicing', 'expressed', 'express', 'expresses', 'expressing', 'raised', 'raise', 'raises', 'raising']
    .flatMap((v) => ['concern', 'concerns', 'fears', 'worries', 'doubts'].map((n) => `${v} ${n}`)),
  ...forms('conclude', 'concludes', 'concluded', 'concluding'),
  ...forms('caution'), ...forms('recall'), ...forms('complain'), ...forms('fear'),
  // agreement with a proposition: "observers appear to concur that any voting fraud is unlikely to change the result"
  ...forms('agree', 'agrees', 'agreed', 'agreeing'), ...forms('concur', 'concurs', 'concurred', 'concurring'),
  'finds', 'found', 'show', 'shows', 'showed', 'shown',
  // "\"…,\" commented John Smith, an analyst" (not "comment"/"comments": nouns as often as verbs)
  'commented', 'commenting',
  // written words: "she wrote on Twitter: "…"", "he wrote that the vote was rigged", "the minister tweeted that…"
  'wrote', 'writes', 'tweeted', 'tweets',
  // a reaction reported with the words: ""…," he exclaimed", "the minister lamented that…"
  'exclaimed', 'quipped', 'joked', 'lamented', 'laments', 'boasted', 'boasts', 'fumed',
  // (claims/en/suspect) a suspicion of a source: "Investigators suspect the fire was started deliberately" (not "suspected":
  // an adjective as often — "the suspected gunman")
  'suspect', 'suspects',
  // (claims/en/recognize) a source's acknowledgement: "Trump and Lighthizer recognize that making such concessions… is not a
  // very good deal" (with "that" only: "recognized the government" has an object)
  'recognize', 'recognizes', 'recognized', 'recognise', 'recognises', 'recognised',
  // (claims/en/speculate) a conjecture of a source: "A spokesman for the Red Cross speculated that the toll could increase to
  // over 100,000", "The researchers envision that future fission plants could be used…", "analysts anticipate that rates
  // will fall" (with "that" only)
  ...forms('speculate', 'speculates', 'speculated', 'speculating'), ...forms('envision'),
  'envisage', 'envisages', 'envisaged', ...forms('anticipate', 'anticipates', 'anticipated', 'anticipating'),
  ...forms('surmise', 'surmises', 'surmised', 'surmising'), ...forms('hypothesize', 'hypothesizes', 'hypothesized', 'hypothesizing'),
  // (claims/en/field-verbs) the rest of the reporting-verb field of English grammars, with "that" (lexical-field audit of
  // 2026-12-01): "The company emphasised that…", "the minister observed that…", "Officials reiterated that…", "the bank
  // reckons that…", "Carter countered that…", "the audit determined that…", "Analysts
  // expected that…"
  // (not the -s forms that are plural nouns before "that" as often — "the signals that…", "hints that", "the highlights
  // that", "loan guarantees that", "charges that", "counters", "mentions", "worries that", "hopes that", "projects that")
  ...forms('emphasise', 'emphasises', 'emphasised', 'emphasising'), ...forms('observe', 'observes', 'observed', 'observing'),
  ...forms('declare', 'declares', 'declared', 'declaring'), ...forms('affirm'), ...forms('reaffirm'),
  ...forms('reiterate', 'reiterates', 'reiterated', 'reiterating'), ...forms('repeat'), ...forms('imply', 'implies', 'implied', 'implying'),
  ...forms('calculate', 'calculates', 'calculated', 'calculating'), ...forms('reckon'), ...forms('retort'), ...forms('posit'),
  ...forms('underline', 'underlines', 'underlined', 'underlining'), ...forms('underscore', 'underscores', 'underscored', 'underscoring'),
  ...forms('proclaim'), ...forms('determine', 'determines', 'determined', 'determining'), ...forms('discover'),
  ...forms('demonstrate', 'demonstrates', 'demonstrated', 'demonstrating'), ...forms('threaten'), ...forms('recount'),
  ...forms('confide', 'confides', 'confided', 'confiding'), ...forms('respond'), ...forms('reply', 'replies', 'replied', 'replying'),
  ...forms('assure', 'assures', 'assured', 'assuring'),
  'mentioned', 'mentioning', 'signaled', 'signalled', 'signaling', 'signalling', 'hinted', 'hinting', 'highlighted', 'highlighting',
  'countered', 'countering', 'guaranteed', 'projected', 'projecting', 'charged', 'worried', 'boast', 'vow', 'vowed',
  'pledged', 'promised', 'expect', 'expects', 'expected', 'expecting',
  // (not "informed", "notified", "advised", "reminded": their passive keeps a hearer with no source — "1,000 workers who
  // have been informed that their employment will be terminated"; not "continued": "…, tensions continued to run hot")
  // "Officials write that…"; "Investigators suspected that…" (with "that" only: "the suspected gunman" is an adjective)
  // (not "written": "an e-mail written by Mr. Stonecipher admitting that…" is a message and its author; not "learned": a
  // narration of what someone found out — "she learned from the introductions that Boeing was present"; not "hoped": a wish
  // is not checkable — "I had hoped you would have stayed")
  'write', 'suspected',
];

/** Verbs that may drop "that": "the CEO said the contract would be amended". */
const ZERO_COMPLEMENT_VERBS = [
  'say', 'says', 'said', 'announced', 'announces', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'admits', 'admitted', 'claims', 'claimed', 'warned', 'warns', 'added', 'told', 'reported', 'estimated', 'argued',
  'insisted', 'predicted', 'stated', 'confirmed', 'acknowledged', 'conceded',
  // (claims/en/zero-complement-more) "An October 11 presentation to bondholders indicated administrative jobs would be cut",
  // "led the manufacturer to announce it would scrap its production", "the company disclosed it had received a subpoena",
  // "investigators suspect the fire was started deliberately" (a clause must still follow: a finite verb within eight words)
  'indicated', 'indicates', 'announce', 'claim', 'admit', 'confirm', 'disclosed', 'discloses', 'revealed', 'reveals',
  // (claims/en/zero-complement-progressive) "Mugabe and his wife are insisting the 93 year-old finishes his term", "officials
  // are warning the dam could fail"
  'insisting', 'warning', 'arguing', 'predicting', 'claiming',
  // (claims/en/participle-subject) a participle after the comma of its main clause drops "that" as well: "The US welcomed the
  // exchange, saying the hostages had suffered from their ordeal", "…, adding the talks would resume on Monday"
  'saying', 'adding',
  // (not "wrote": "Mr. Bodie wrote Secretary Roche complaining about…" names the addressee)
  // (not "notes", "stresses", "hopes": plural nouns as often — "the meeting notes taken by the aide were…")
  'noted', 'explained', 'explains', 'stressed', 'tweeted', 'testified', 'cautioned',
  'suspect', 'suspects', 'expects', 'expected', 'hoped', 'believes', 'acknowledges', 'concedes', 'recalled',
  // present forms drop "that" as well: "They also report 15,000 people marched against Bush", "analysts fear the bank will fail"
  'report', 'reports', 'warn', 'insist', 'insists', 'estimate', 'estimates', 'predict', 'predicts', 'argue', 'argues',
  'fear', 'fears', 'feared', 'suggest', 'suggests', 'suggested', 'agree', 'agrees', 'agreed', 'concluded', 'concludes',
  // evidence that shows a state of affairs: "Unofficial results show Viktor Yushchenko leading with 52%", "polls show the race is
  // tight" (not "showed": "if Druyun showed the company any favoritism" is a deed, not a report)
  'show', 'shows',
];

/** Verbs that take a hearer before the clause: "told reporters that…", "warned investors that…". */
const OBJECT_VERBS = ['tell', 'tells', 'told', 'telling', 'warned', 'warns', 'assured', 'assures', 'reminded', 'reminds', 'informed', 'informs',
  // (claims/en/field-verbs) "the firm advised investors that…", "the agency notified airlines that…"
  'advised', 'advises', 'notified', 'notifies'];

/** Verbs whose object is the checkable statement: "promised up to $500 million a year in savings". */
const PROMISE_VERBS = [
  'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'forecast', 'forecasts', 'predicted', 'predicts', 'projected',
  // announcements are checkable facts too: "Kmart announced a merger", "the CERN unveiled a new particle"
  'announced', 'announces', 'unveiled', 'unveils',
  // a source's report or accusation whose object is the checkable fact: "The Indymedia websites reported a demonstration
  // on the 29th", "observers, who have alleged some amount of fraud", "The Sophos team noted the inefficacy of the act",
  // "Analysts blame the increase in spam on zombie networks", "police confirmed the deaths of two men"
  // (not "reports", "notes", "estimates", "cites": plural nouns as often as verbs — "the meeting notes taken by…")
  'reported', 'alleged', 'alleges', 'noted', 'blame', 'blames', 'blamed', 'confirmed', 'confirms',
  'revealed', 'reveals', 'estimated', 'accused', 'accuses', 'cited', 'acknowledged', 'acknowledges',
  // a characterisation attributed to its author: "Mr. Sikatana described the policy as addressing the issues of food security"
  // "the group claimed responsibility for the attack"
  'claimed responsibility for', 'claims responsibility for', 'claiming responsibility for',
  // a cause attributed by its source: "the firm attributes its losses to the strike" (object possessive or demonstrative,
  // then "to"), a characterisation with "as": "the agency regards the substance as a probable carcinogen" (gated in claims.ts)
  'attributes', 'attribute', 'regards', 'regarded', 'considers',
  'described', 'describes', 'characterized', 'characterised', 'characterizes', 'characterises', 'branded',
  // a criticism or a warning whose object is the checkable statement: "the opposition criticized the plan as a giveaway to
  // banks", "Amnesty condemned the killing of protesters by security forces", "the IMF warned of a sharp slowdown in
  // growth" (after a form of "be" they are passives: "was condemned to death")
  'criticized', 'criticised', 'criticizes', 'criticises', 'denounced', 'denounces', 'condemned', 'condemns',
  'warned of', 'warns of', 'warning of',
  // a report of one's own deed or state as an infinitive: "the group claimed to have shot down a drone", "he claims to be
  // the rightful leader"
  'claimed to have', 'claims to have', 'claiming to have', 'claimed to be', 'claims to be',
  // any infinitive after "claim" (INFINITIVE_ONLY_VERBS: "the storm claimed the lives of…" is no report): "The movement claims
  // to pursue equitable redistribution of Brazilian farmland", "a website that purports to expose corruption"
  'claim', 'claims', 'claimed', 'claiming', 'purports', 'purported',
  // (claims/en/expect-object) a forecast whose object is the figure: "Analysts expect the company to post a loss of $1.2
  // billion", "The company expects revenue to rise 5% next year" (not "expected": "the expected merger", "is expected to")
  'expects', 'expect',
  // (claims/en/plan-infinitive) a plan or an intention of a source, with its infinitive only: "NASA plans to spend $612
  // million repairing the shuttle", "the company intends to cut 500 jobs", "Airbus aims to deliver 800 jets", "the ministry
  // hopes to reopen the border" (not "the plans were shelved", "plans for a new plant", "aims of the reform": nouns)
  // (not "intended", "aimed": reduced passives as often — "brass rods, intended to burn up on reentry")
  // (not "plan": "a U.S. Air Force plan to lease 100 planes" is a noun as often)
  'plans', 'planned', 'intends', 'intend', 'aims', 'hopes', 'hoped',
];

/** Promise verbs that report only with an infinitive complement: "claims to pursue…", not "claimed the lives of 20 people". */
const INFINITIVE_ONLY_VERBS = [
  'claim', 'claims', 'claimed', 'claiming', 'purports', 'purported',
  // (not "intended", "aimed": reduced passives as often — "brass rods, intended to burn up on reentry")
  // (not "plan": "a U.S. Air Force plan to lease 100 planes" is a noun as often)
  'plans', 'planned', 'intends', 'intend', 'aims', 'hopes', 'hoped',
];

/** Hedging words of the article's voice: "Claude is reportedly still involved". Modal auxiliaries are lower case only ("May" is a month). */
const HEDGE_WORDS = [
  'reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'seemingly', 'presumably', 'possibly',
  'probably', 'likely', 'unlikely', 'perhaps', 'maybe', 'potentially',
  'would', 'could', 'may', 'might',
];

export const EN_REPORTING: ReportingLexicon = {
  reportingVerbs: REPORTING_VERBS,
  zeroComplementVerbs: ZERO_COMPLEMENT_VERBS,
  objectVerbs: OBJECT_VERBS,
  promiseVerbs: PROMISE_VERBS,
  // "Yanukovich vowed to challenge the outcome in the Supreme Court", "the minister has promised to cut taxes by 2010"
  // (claims/en/expect-infinitive) "The company expects to close the deal by March"
  commitmentVerbs: ['promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'expects', 'expect'],
  infinitiveMarkers: ['to'],
  // English participles are listed as promise verbs directly ("has also announced" reads "announced")
  participlePromises: [],
  perfectAuxiliaries: [],
  complementizers: ['that'],
  // "according to several US media outlets", "as reported by Reuters", "citing officials"
  sourcePhrases: ['according to', 'as reported by', 'as quoted by', 'in the words of', 'citing', 'in the view of', 'in the eyes of'],
  // "citing officials", "citing a report" (not "citing strong demand": a reason)
  citing: {
    phrases: ['citing'],
    documents: ['report', 'reports', 'document', 'documents', 'data', 'statement', 'statements', 'filing', 'filings', 'people', 'person',
      'media', 'newspaper', 'survey', 'study', 'figures', 'interview', 'letter', 'records', 'memo', 'testimony', 'intelligence', 'insiders'],
  },
  relativeSubjects: ['which', 'who', 'whose'],
  // the content of a report noun: "a report according to which the plant will close", "denied rumours to the effect that
  // the CEO would resign" ("that" after the noun is read by findComplement)
  reportContentOpeners: ['according to which', 'to the effect that'],
  leadingSourcePrepositions: [],
  // roles and bodies that speak without a name: "a spokesman for the ministry said", "prosecutors allege"
  sourceNouns: [
    'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'official', 'officials', 'prosecutor', 'prosecutors', 'police',
    'investigators', 'experts', 'expert', 'analysts', 'analyst', 'researchers', 'scientists', 'observers', 'witnesses',
    'authorities', 'minister', 'ministry', 'government', 'president', 'director', 'chairman', 'lawyer', 'lawyers', 'judge',
    'court', 'union', 'management', 'company', 'opposition', 'sources', 'source', 'doctors', 'diplomats', 'aide', 'aides',
  ],
  // "…," said the professor: the last person named
  personDescriptions: [
    'professor', 'researcher', 'scientist', 'academic', 'economist', 'analyst', 'expert', 'lawyer', 'attorney', 'doctor',
    'minister', 'president', 'senator', 'governor', 'mayor', 'director', 'chairman', 'chairwoman', 'executive', 'coach',
    'manager', 'player', 'author', 'writer', 'actor', 'actress', 'singer', 'founder', 'leader', 'candidate', 'officer', 'general',
    'prosecutor', 'judge', 'investigator', 'activist', 'politician', 'lawmaker', 'diplomat', 'ambassador', 'father', 'mother',
    // the professions news quotes as experts: "For the historian, "…"", "\"…,\" the epidemiologist said"
    'historian', 'sociologist', 'epidemiologist', 'virologist', 'toxicologist', 'psychologist', 'psychiatrist', 'physician',
    'surgeon', 'specialist', 'demographer', 'philosopher', 'journalist', 'astronomer', 'biologist', 'climatologist',
  ],
  hedgeWords: HEDGE_WORDS,
  hedgePatterns: [
    // "Sears is expected to close stores", "the vote is set to be delayed" (expected only)
    // (also with a time or degree adverb, and the verbs of a forecast: "is already tipped to be the Christmas No. 1", "was
    // widely projected to win", "It was considered to have a 1 in 37 chance of striking the Earth")
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|be|been|being)\\s+(?:(?:widely|largely|already|also|now|still|once|initially|originally|tentatively|first|generally|strongly|heavily)\\s+){0,2}(?:expected|believed|thought|said|rumou?red|understood|alleged|reported|estimated|tipped|projected|forecast|predicted|considered|presumed|suspected|feared)\\s+to(?![${LETTER}])`, ruleId: 'claims/en/hedge-passive-report' },
    // (claims/en/hedge-estimated-at) a figure the article's voice only estimates: "the population currently is estimated at
    // around 40,000", "the damage was put at $2 billion", "losses are thought to run into millions" (a number must follow)
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|been|being)\\s+(?:(?:currently|now|still|already|widely|conservatively|initially|roughly)\\s+)?(?:estimated|put|reckoned|thought|believed)\\s+at\\s+(?=(?:[^.;:]{0,20}?)[${DIGIT}$€£])`, ruleId: 'claims/en/hedge-estimated-at' },
    // (claims/en/hedge-passive-as) an estimate or a judgment of the article's voice with "as": "2004 MN4 was once tentatively
    // estimated as having the highest potential of any asteroid to hit the Earth", "the strain is regarded as being more
    // contagious" (not "was seen as a candidate": "as" + a participle of "have"/"be" only)
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|been|being)\\s+(?:(?:widely|largely|already|also|now|still|once|initially|originally|tentatively|first|generally)\\s+){0,2}(?:estimated|considered|regarded|seen|viewed|believed|thought|described|classified|rated)\\s+as\\s+(?:having|being)(?![${LETTER}])`, ruleId: 'claims/en/hedge-passive-as' },
    // (claims/en/reported-casualty-bare) a casualty count reported without its source, after its figure: "the toll has risen
    // to nearly 60,000 people reported dead", "with 300 soldiers reported missing" (a report: modality reported)
    { pattern: `(?<![${LETTER}])[${DIGIT}][${DIGIT},.]{0,12}\\s+(?:(?:more|other|additional)\\s+)?(?:people|persons|civilians|soldiers|troops|children|residents|migrants|workers|passengers|victims|others|fighters|militants|police(?:men)?|officers)\\s+(?:now\\s+|already\\s+)?reported\\s+(?:killed|dead|missing|injured|wounded|hurt|displaced)(?![${LETTER}])`, ruleId: 'claims/en/reported-casualty-bare', modality: 'reported' },
    // "officials appear biased against Airbus", "the plan seems to work" (not "appeared in court", "should appear later")
    { pattern: `(?<![${LETTER}])(?<!(?:will|would|should|could|may|might|must|can|to)\\s)(?:appear|appears|appeared|seem|seems|seemed)\\s+(?:to|likely|unlikely|certain|clear|unclear|sure|[${LETTER}]{2,20}(?:ed|en|ive|al|ent|ant|ous|ful|able|ible|ic))(?![${LETTER}])`, ruleId: 'claims/en/hedge-appear' },
    // casualty reports: "three soldiers were reported killed", "two crew members are reported missing"
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|been)\\s+(?:reportedly\\s+|also\\s+)?reported\\s+(?:killed|dead|missing|injured|wounded|hurt|arrested|detained|captured|kidnapped|abducted)(?![${LETTER}])`, ruleId: 'claims/en/hedge-reported-casualty' },
    // a disposition the article reports as known: "MST is known to permanently evict farmholders", "the group is widely known
    // to have links with…" (not "known to police", "known to many": the word after "to" is no verb)
    { pattern: `(?<![${LETTER}])(?:is|are|was|were)\\s+(?:(?:widely|well|also)\\s+)?known\\s+to\\s+(?!(?:the|a|an|his|her|their|its|police|authorities|many|all|some|most|him|them|us|me|you|locals|residents|officials|investigators|fans|everyone)(?![${LETTER}]))[${LOWER}]`, ruleId: 'claims/en/known-to', modality: 'reported' },
    // an expected event, the « devrait » of English: "Other languages should appear later", "the plant should reopen in May",
    // "results should be available on Monday" (not advice or regret: "we should have asked", "you should consider")
    { pattern: `(?<![${LETTER}])should\\s+(?:(?:soon|also|then|still|eventually)\\s+)?(?:appear|arrive|follow|come|reach|reopen|resume|start|begin|take\\s+place|end|rise|fall|increase|decrease|grow|improve|return|last|remain|stay|continue|keep\\s+(?:[${LETTER}]{2,20}\\s+){0,3}(?:low|high|stable|steady|flat|down|up|rising|falling)|be\\s+(?:available|ready|completed|released|launched|finished|back|delivered|operational|published|announced|known))(?![${LETTER}])`, ruleId: 'claims/en/should-expect' },
    // "It is not yet known if flaws in the models cause this difference"
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|remains?)\\s+(?:still\\s+)?not\\s+(?:yet\\s+)?(?:known|clear|certain)(?![${LETTER}])`, ruleId: 'claims/en/hedge-not-known' },
    // impersonal hedges: "it is expected that…", "it is likely that…", "it is possible that…"
    { pattern: `(?<![${LETTER}])it\\s+(?:is|was|seems|appears|remains)\\s+(?:expected|likely|possible|probable|planned|thought|believed|understood)\\s+that(?![${LETTER}])`, ruleId: 'claims/en/hedge-impersonal' },
    // (claims/en/hedge-accused) an allegation without its source: "Huawei is accused of stealing trade secrets", "the general
    // has been accused of ordering the attack", "suspected of sponsoring terrorism" (with its source it is a passive report);
    // "Kent Roberts, 50, stands accused of granting himself extra compensation"
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|been|being|stands|stand|stood)\\s+(?:(?:also|widely|repeatedly|long)\\s+)?(?:accused|suspected)\\s+of\\s+[${LOWER}]{2,20}ing(?![${LETTER}])`, ruleId: 'claims/en/hedge-accused' },
    // "it is unclear whether", "it remains unclear"
    { pattern: `(?<![${LETTER}])(?:is|remains|was)\\s+(?:still\\s+)?unclear(?![${LETTER}])`, ruleId: 'claims/en/hedge-unclear' },
  ],
  passiveReports: [
    // (claims/en/passive-praise) a remedy or a claim promoted by its backers, the source after "by": "hydroxychloroquine,
    // touted by Elon Musk and Donald Trump as early as March to treat Covid-19", "a cure championed by the president"
    { pattern: `(?<![${LETTER}])(?:touted|championed|vaunted|lauded|extolled|peddled)\\s+by\\s+([^,;:.()"“”]{2,60}?)(?:\\s+(?:as|since|for|to|in|during|on|from|at|until)(?=\\s)|(?=\\s*[,;:.()"“”]|\\s*$))`, ruleId: 'claims/en/passive-praise' },
    // "the act has been frequently criticized in the technology media as not doing enough", "was described by witnesses as chaotic"
    { pattern: `(?<![${LETTER}])(?:criticized|criticised|described|denounced|condemned|hailed|praised|branded|labell?ed|dismissed|accused|blamed|portrayed|characteri[sz]ed)\\s+(?:by|in)\\s+([^,;:]{2,60}?)\\s+(?:as|of|for)(?![${LETTER}])`, ruleId: 'claims/en/passive-report' },
    // the evaluation first, then its source: "the outcome of the re-run has been hailed as fair by officials in the United
    // States and the European Union"
    { pattern: `(?<![${LETTER}])(?:criticized|criticised|denounced|condemned|hailed|praised|branded|labell?ed|dismissed|decried|lauded|welcomed)\\s+as\\s+[^,;:]{1,40}?\\s+by\\s+([^,;:.()"“”]{2,80})`, ruleId: 'claims/en/passive-report' },
    // (claims/en/passive-accused-by) an accusation, then its source: "the minister was accused of rape by two women", "the
    // firm is suspected of fraud by regulators" (without its source it is a hedge: claims/en/hedge-accused; not "by" and a
    // gerund, a means: "accused of creating a disaster by blocking the delivery of aid")
    { pattern: `(?<![${LETTER}])(?:is|are|was|were|been|being)\\s+(?:(?:also|now|publicly|formally)\\s+)?(?:accused|suspected)\\s+of\\s+[^,;:.()"“”]{1,80}?\\s+by\\s+(?![${LETTER}]{2,20}ing(?![${LETTER}]))((?:(?:the|a|an|his|her|its|their|two|three|several|some|many|former)\\s+)?[^,;:.()"“”\\s]{2,30}(?:\\s+[^,;:.()"“”\\s]{2,30}){0,4}?)(?=\\s*[,;:.()"“”]|\\s*$|\\s+(?:in|on|at|after|before|during|who|which|since|last|this)\\s)`, ruleId: 'claims/en/passive-accused-by' },
  ],
  stancePatterns: [
    // the lead a poll gives: "eight of the nine latest polls give Obama a lead", "the latest survey puts the candidate
    // ahead" (the source is the poll, not any subject; "polls show Smith leading" is the reporting verb "show")
    { pattern: `(?<![${LETTER}])(?:give|gives|gave|giving|put|puts|putting)\\s+(?:[${LETTER}'’.-]{1,20}\\s+){0,3}?(?:(?:a|an|the)\\s+)?(?:(?:narrow|slim|wide|comfortable|clear|double-digit|[${DIGIT}][${DIGIT}.,]{0,5}-point)\\s+)?(?:lead|edge|advantage|ahead)(?![${LETTER}])`, ruleId: 'claims/en/poll-lead',
      subject: `(?<![${LETTER}])(?:polls?|surveys?|studies|study|average|projections?|estimates?|polling)(?![${LETTER}])` },
    // an estimate whose object is the figure, the « estime à » of English: "the RealClearPolitics average puts the gap at 2.3
    // points", "officials estimate the damage at $2 billion" (a source's figure, not any subject's: "he put the book at the end")
    { pattern: `(?<![${LETTER}])(?:puts|put|estimates|estimated|estimate|places|placed|pegs|pegged)\\s+(?:[${LETTER}'’.-]{1,20}\\s+){1,5}?at\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+)?[$€£]?[${DIGIT}]`, ruleId: 'claims/en/estimate-at',
      subject: `(?<![${LETTER}])(?:polls?|surveys?|average|estimates?|analysts|experts|officials|authorities|police|ministry|government|agency|report|study|economists)(?![${LETTER}])` },
    // a victory claimed (or a defeat conceded) is the claimant's statement that they won: "the opposition candidate in the
    // Ukrainian presidential elections has claimed victory", "both parties declared victory", "Smith conceded defeat"
    { pattern: `(?<![${LETTER}])(?:claimed|claims|claim|claiming|declared|declares|declare|declaring|proclaimed|proclaims)\\s+(?:an?\\s+)?(?:(?:outright|overwhelming|landslide|narrow|early|resounding|clear)\\s+)?victory(?![${LETTER}])`, ruleId: 'claims/en/claim-victory' },
    { pattern: `(?<![${LETTER}])(?:conceded|concedes|concede|conceding)\\s+defeat(?![${LETTER}])`, ruleId: 'claims/en/claim-victory' },
    // a reaction that states or compares: "Critics have been quick to compare this to the $177 million spent every day in
    // Iraq", "officials were quick to blame the opposition for the violence"
    { pattern: `(?<![${LETTER}])(?:been|was|were|is|are|be)\\s+(?:quick|swift|fast|keen|eager)\\s+to\\s+(?:compare|point\\s+out|note|blame|criticize|criticise|condemn|denounce|dismiss|praise|hail|say|claim|argue|suggest|link|attribute|warn|stress|insist)(?![${LETTER}])`, ruleId: 'claims/en/quick-to' },
    // an attitude of a source about a statement: "many experts remain skeptical about the capacity of the Afghan forces",
    // "analysts are confident that the bank will recover" (only a source's: "fans were worried about the result" is no claim)
    { pattern: `(?<![${LETTER}])(?:remain|remains|remained|are|were|is|was)\\s+(?:(?:deeply|highly|very|increasingly|largely|still|generally)\\s+)?(?:skeptical|sceptical|doubtful|unconvinced|optimistic|pessimistic|confident|convinced|divided)\\s+(?:about|that|of|over|as\\s+to|whether|on)(?![${LETTER}])`, ruleId: 'claims/en/source-attitude',
      subject: `(?<![${LETTER}])(?:experts|analysts|economists|observers|scientists|researchers|officials|critics|diplomats|investors|specialists|commentators|doctors)(?![${LETTER}])` },
    // a count by an inquiry: "A government commission, the Rettig Commission, listed 2,095 deaths and 1,102 disappearances",
    // "the survey recorded 153 attacks" (only an inquiry's: "the team recorded 3 wins" is no claim)
    { pattern: `(?<![${LETTER}])(?:listed|lists|counted|counts|recorded|records|documented|documents|tallied|tallies|registered|identified)\\s+(?:(?:some|about|nearly|almost|roughly|over|at\\s+least|more\\s+than)\\s+)?[${DIGIT}]`, ruleId: 'claims/en/report-count',
      subject: `(?<![${LETTER}])(?:commission|committee|report|study|survey|census|inquiry|investigation|tally|audit|review|panel|monitor|observatory|watchdog)(?![${LETTER}])` },
  ],
  nominalReports: [
    // a pledge, claim or accusation with its author: "a $500 million pledge made recently by the government of Japan",
    // "allegations made by former employees", "a pledge of $500 million made by Japan"
    { pattern: `(?<![${LETTER}])(?:pledges?|promises?|claims?|allegations?|accusations?|commitments?|estimates?|forecasts?|predictions?|assertions?|assurances?)(?:\\s+of\\s+[^,;:.()"“”]{1,40}?)?\\s+(?:made|issued|put\\s+forward|given|levell?ed|published|released)\\s+(?:[${LETTER}]{2,15}ly\\s+)?by\\s+([^,;:.()"“”]{2,60}?)(?=\\s*[,;:.()"“”]|\\s*$|\\s+(?:to|for|on|at|after|before|during|last|this|which|who|that|in\\s+[${DIGIT}])(?![${LETTER}]))`, ruleId: 'claims/en/nominal-report' },
  ],
  infinitiveOnlyVerbs: INFINITIVE_ONLY_VERBS,
  // causatives whose object did speak: "prompting the opposition to assert that the results were invalid", "forcing the
  // minister to admit that…" (not "urged", "asked", "invited": the object was only asked to speak)
  controlVerbs: ['prompting', 'prompted', 'prompts', 'leading', 'led', 'forcing', 'forced', 'causing', 'caused'],
  // "prices will rise, as the minister noted on Tuesday": group 1 is the subject before the verb
  asReportBefore: `(?:^|[\\s,])[Aa]s\\s+((?:the|a|an|his|her|its|their|our)\\s+[${LETTER}][${LETTER}\\s.'’-]{0,40}?|[${UPPER}][${LETTER}\\s.'’-]{0,40}?|he|she|they|we|you|it)\\s+(?:(?:has|had|have|also|later|previously|earlier|already)\\s+){0,2}$`,
  // (claims/en/incise) a report between commas inside its clause: "Meanwhile, Doctor says, they're trying to buy time",
  // "The talks, union leaders warned, have stalled" (a bare plural subject: the source nouns of news),
  // "The deal, he said, would create 500 jobs", "Prices, the minister warned on Tuesday, will keep rising" (group 1 the
  // subject and verb, group 2 the subject; a closing ", he said." is a postposed attribution)
  incise: {
    pattern: `,\\s{0,3}((he|she|they|[${UPPER}][${LETTER}'’.-]{1,25}(?:\\s{1,3}[${UPPER}][${LETTER}'’.-]{1,25}){0,2}|(?:the|a|an)\\s{1,3}[${LOWER}]{3,20}(?:\\s{1,3}[${LOWER}]{3,20})?|(?:[${LOWER}]{3,20}\\s{1,3})?(?:analysts|officials|experts|economists|investigators|prosecutors|critics|observers|witnesses|sources|diplomats|researchers|scientists|doctors|police|leaders|lawmakers|residents))\\s{1,3}(?:said|says|say|added|adds|argued|argues|noted|notes|warned|warns|insisted|insists|believes|believed|explained|explains|wrote|writes|claimed|claims|acknowledged|acknowledges|admitted|admits|conceded|concedes|contends|contended|suggests|suggested|predicted|predicts|maintains|maintained|stressed|stresses|thinks|thought))(?:\\s{1,3}(?:on\\s{1,3})?[${LETTER}]{2,20}){0,1}\\s{0,3}(?=,)`,
    ruleId: 'claims/en/incise',
  },
  sourcePronouns: { him: 'he', her: 'she', them: 'they' },
  // (claims/en/relative-hedge) "The company, which is expected to lay off thousands of employees beginning this week,
  // confirmed on Monday that…", "The firm, which reportedly owes $2 billion, said…"
  relativeHedge: {
    pattern: `,\\s{1,3}(?:which|who)\\s{1,3}((?:(?:is|are|was|were)\\s{1,3}(?:widely\\s{1,3})?(?:expected|believed|thought|said|reported|alleged|rumou?red)\\s{1,3}to|reportedly|allegedly|could|may|might|is\\s{1,3}likely\\s{1,3}to)\\s[^,;:()]{3,200}),`,
    ruleId: 'claims/en/relative-hedge',
  },
  denialPatterns: [
    // "rejected the allegations", "dismissed the reports as false", "The Kremlin denied reports that Putin was ill" (first: a
    // denied report noun is the denial's object, not a reporting form — claims/en/denial-report-content reads its "that" clause)
    // (claims/en/field-denials) the rest of the field: "rebutted the accusations", "contested the findings", "disputed the
    // figures", "disputes that account", "pushed back against the allegations" (objects that are statements of others)
    { pattern: `(?<![${LETTER}])(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|rebutted|rebuts|contested|contests|(?:pushed|pushes|pushing)\\s+back\\s+(?:against|on))\\s+(?:the\\s+|these\\s+|such\\s+|those\\s+|that\\s+|this\\s+|any\\s+|all\\s+|its\\s+|their\\s+)?(?:(?:media|press|news|newspaper|government|official|police)\\s+)?(?:claims?|allegations?|accusations?|reports?|rumou?rs?|speculation|stories|charges?|wrongdoing|responsibility|involvement|blame|suggestions?|figures?|findings?|accounts?|version|characteri[sz]ation|assertions?|assessment)(?![${LETTER}])`, ruleId: 'claims/en/denial-reject-claim' },
    // "X denied the allegations", "X denies that…", "deny any wrongdoing"
    { pattern: `(?<![${LETTER}])(?:denied|denies|deny|denying)(?![${LETTER}])`, ruleId: 'claims/en/denial-deny' },
    // "declined to comment", "refused to comment", "would not comment", "did not respond to a request for comment"
    // (claims/en/denial-declined-address) "Figgins declined to address whether Thomas slept on the job", "declined to say how
    // much it paid", "refused to answer questions", "declined to disclose the terms"
    { pattern: `(?<![${LETTER}])(?:declined|refused|declines|refuses|declining|refusing)\\s+(?:to\\s+)?(?:comment|elaborate|confirm|discuss|address|answer|say|disclose|specify|detail)(?![${LETTER}])`, ruleId: 'claims/en/denial-no-comment' },
    // (claims/en/not-immediately) not "did not immediately respond to a request for comment": no answer yet by the newsroom's
    // deadline is no refusal (« n'a pas immédiatement réagi » in French)
    { pattern: `(?<![${LETTER}])(?:has|have|had|did|does|would|could)\\s+not\\s+(?:yet\\s+|publicly\\s+)?(?:commented|comment|responded|respond|replied|reply)(?![${LETTER}])`, ruleId: 'claims/en/denial-not-commented' },
    // (claims/en/denial-not-confirm) "The White House would not confirm whether the president had been briefed", "the
    // ministry would not say how many soldiers were killed" (a refusal to confirm is a refused comment)
    { pattern: `(?<![${LETTER}])(?:would|will|could|did)\\s+not\\s+(?:confirm|say|disclose|discuss)\\s+(?:whether|if|how|who|what|when|where|why|the\\s+(?:report|details|figure|number|amount))(?![${LETTER}])`, ruleId: 'claims/en/denial-not-confirm' },
    // (claims/en/denial-could-not-comment) "Hawk Sawyer said she couldn't comment on the ongoing criminal investigation", "the
    // company cannot comment on pending litigation", "can't comment"
    { pattern: `(?<![${LETTER}])(?:(?:hasn|haven|hadn|didn|doesn|wouldn|couldn)['’]t|can['’]t|cannot)\\s+(?:yet\\s+)?(?:commented|comment|responded|respond)(?![${LETTER}])`, ruleId: 'claims/en/denial-not-commented' },
    // (claims/en/denial-not-confirmed) "The Pentagon has not confirmed the report", "Moscow did not confirm these figures" (the
    // « n'a pas confirmé ces informations » of English; not "could not confirm": the newsroom's own check)
    { pattern: `(?<![${LETTER}])(?:(?:has|have|had|did)\\s+not|(?:hasn|haven|hadn|didn)['’]t)\\s+(?:yet\\s+|officially\\s+|publicly\\s+)?confirm(?:ed)?\\s+(?:the|this|these|those|such|that|any)\\s+(?:reports?|information|claims?|figures?|accounts?|deaths?|details|allegations?)(?![${LETTER}])`, ruleId: 'claims/en/denial-not-confirmed' },
  ],
  gapOpeners: [
    'in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'to', 'with', 'from', 'by', 'late', 'early', 'earlier', 'later',
    'also', 'again', 'further', 'repeatedly', 'publicly', 'privately', 'separately', 'previously', 'recently', 'yesterday', 'today', 'tonight',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'reporters', 'journalists', 'investors',
  ],
  gapAdverbs: ['also', 'again', 'further', 'repeatedly', 'publicly', 'privately', 'separately', 'previously', 'recently', 'earlier', 'later'],
  determiners: [
    'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'several', 'no', 'any', 'each', 'every',
  ],
  pronouns: {
    he: ['person'], she: ['person'], it: ['organization', 'government', 'product', 'group'], they: ['organization', 'government', 'group', 'person'],
  },
  subjectTrailers: [
    'has', 'have', 'had', 'also', 'further', 'later', 'then', 'previously', 'earlier', 'again', 'repeatedly', 'publicly', 'now', 'even',
    'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'has also', 'not', 'never', 'does not', 'did not', "doesn't", "didn't", "don't", 'do not', "won't", 'had also', 'recently', 'separately', 'once', 'yet',
    // "X went on to say that…", "X refused to confirm…": the subject precedes the infinitive
    'to', 'went on to', 'goes on to', 'continued to', 'continues to',
    // raising verbs before a report: "observers appear to concur that…" → "observers"
    'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
    // a time adjunct after an inverted subject: "…, said officials on Tuesday" → "officials"
    'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last week', 'this week', 'on monday night',
    // "Rudy just called me and said…" → "Rudy"
    'just',
    // a hedged report: "The president reportedly told aides…" → "The president" (claims/en/hedged-report)
    'reportedly', 'allegedly', 'purportedly', 'supposedly',
  ],
  connectors: [
    'however', 'but', 'and', 'although', 'though', 'while', 'whereas', 'meanwhile', 'moreover', 'furthermore', 'in addition', 'also',
    'still', 'yet', 'so', 'thus', 'indeed', 'besides', 'instead', 'nevertheless', 'nonetheless', 'as', 'because', 'since', 'if', 'when',
  ],
  governingPrepositions: [
    'of', 'to', 'for', 'with', 'against', 'about', 'on', 'in', 'at', 'into', 'over', 'under', 'between', 'among', 'than', 'toward', 'towards',
    // the agent of a passive is no subject: "Questioned by CNN, the minister said…"
    'by',
    // an inclusion after the subject is no subject: "Gusenbauer and other heads of the party, including Vienna mayor
    // Michael Haeupl, have confirmed that…" → the chunk before it
    'including',
  ],
  clauseBreakers: ['but', 'while', 'whereas', 'although', 'though', 'yet'],
  // "President Bush | will support the move … by pointing out that": where a subject noun phrase ends
  auxiliaries: ['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'did'],
  // "because, according to them, …": a source phrase after these belongs to what follows
  subordinators: ['because', 'that', 'and', 'but', 'so', 'if', 'when', 'since', 'as'],
  timeAdjuncts: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night',
    'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'on', 'late', 'early', 'also', 'again', 'publicly',
  ],
  finiteSignals: [
    'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'has', 'have', 'had', 'does', 'did', 'do',
    "won't", "wasn't", "isn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "wouldn't", "couldn't",
  ],
  // (their author, after "by", speaks: "a 2018 survey by Penelope Muse Abernathy")
  // "Acme Corp. … The company has said that "…"" → the organisation named before
  bodyNouns: [
    'government', 'administration', 'ministry', 'department', 'party', 'group', 'company', 'firm', 'corporation', 'bank', 'commission',
    'union', 'federation', 'association', 'council', 'agency', 'organization', 'organisation', 'coalition', 'court', 'army', 'movement',
    'club', 'carrier', 'airline', 'manufacturer', 'maker', 'operator', 'laboratory', 'institute', 'university', 'city', 'committee',
  ],
  coordinators: ['and', 'then', 'but', 'before'],
  clauseOpeners: ['who', 'whom', 'which', 'that', 'whose', 'where', 'when', 'if', 'because', 'while'],
  messageNouns: ['email', 'e-mail', 'letter', 'memo', 'message', 'statement', 'note', 'post', 'tweet', 'report', 'filing', 'survey', 'study', 'poll', 'analysis', 'book', 'article', 'paper', 'interview', 'op-ed', 'column', 'speech'],
  // "some analysts said "…"": a subject naming no one
  indefiniteDeterminers: ['some', 'many', 'several', 'other', 'others', 'certain', 'few', 'most', 'numerous', 'various'],
  // "it seems", "it is", "he is the author of"
  impersonalVerbs: ['is', 'was', 'are', 'were', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'becomes', 'became', 'has', 'had'],
  // "he has called the vote an "impressive display of confidence"", "critics dubbed the plan a "tax on the poor""
  namingVerbs: ['called', 'calls', 'calling', 'dubbed', 'dubs', 'termed', 'terms', 'labelled', 'labeled', 'labels', 'hailed', 'hails', 'deemed', 'deems'],
  // (quotes/en/speech-verb) verbs of speech that introduce the words themselves, not a proposition: "\"…?\" Schiff asked",
  // "\"…,\" Mr. Trump recounted", "\"…,\" Doctor asks", "\"…,\" Howard Gleckman has written", "\"…!\" she shouted", "\"…,\" he replied"
  speechVerbs: [
    'ask', 'asks', 'asked', 'asking', 'recount', 'recounts', 'recounted', 'recounting', 'written', 'reply', 'replies', 'replied', 'replying',
    'respond', 'responds', 'responded', 'retorted', 'retorts', 'shouted', 'shouts', 'yelled', 'screamed', 'whispered', 'muttered',
    'pleaded', 'pleads', 'begged', 'begs', 'urged', 'urges', 'demanded', 'demands', 'wondered', 'wonders', 'recalled', 'recalls',
    'continued', 'continues', 'went on', 'observed', 'observes', 'mused', 'muses', 'sighed', 'snapped', 'declared', 'declares',
    'vowed', 'vows', 'countered', 'counters', 'scoffed', 'quipped', 'conceded', 'insisted', 'explained', 'cautioned', 'recalled',
  ],
  // "covered with the text "Made in USA"", "a placard reading "No war"", "the slogan "Yes we can""
  // (not "word(s)": "used the words "Senate aide"" mentions a term; not "headline": a title)
  // 'the song "Jesus Is Just Alright With Me"', 'a documentary called "…"', 'the report "Poverty in America"': the title of a
  // work or document, not someone's words (ruleId quotes/en/title)
  titleNouns: ['film', 'movie', 'book', 'novel', 'album', 'song', 'single', 'track', 'painting', 'sculpture', 'play', 'musical',
    'show', 'series', 'episode', 'documentary', 'exhibition', 'report', 'essay', 'poem', 'opera', 'video game', 'game', 'magazine',
    'column', 'podcast', 'operation', 'festival', 'conference'],
  titleCues: ['titled', 'entitled', 'under the title', 'on the theme', 'the theme'],
  titleNamers: ['called', 'named', 'dubbed', 'known as'],
  writtenWordNouns: ['text', 'slogan', 'slogans', 'motto', 'inscription', 'banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'reading', 'graffiti', 'hashtag'],
  // "GovExec.com quotes a "Senate aide" as saying: …"
  quotesAsSaying: { pattern: `(?<![${LETTER}])(?:quotes|quoted|quoting|cites|cited|citing)\\s+([^.;:]{2,80}?)\\s+as\\s+saying`, ruleId: 'quotes/en/quotes-as-saying' },
  // leading adverbials stripped from a claim: "Despite these strong tensions, Claude is reportedly…"
  leadingAdverbials: ['despite', 'following', 'after', 'before', 'in', 'on', 'at', 'during', 'under', 'amid', 'as for', 'for', 'with', 'without', 'since', 'by', 'from', 'over', 'days', 'weeks', 'months', 'years', 'last', 'earlier', 'later', 'meanwhile', 'today', 'yesterday', 'now', 'overall', 'still', 'rather than', 'instead of', 'regarding', 'concerning', 'unlike', 'like', 'according'],
  // "did not say that…": a negated report attributes nothing
  negators: ['not', 'never', "didn't", "doesn't", "don't", "hasn't", "haven't"],
  // "does not believe that the technology will be available", "analysts don't expect the bank to fail" (claims/en/negated-belief)
  negatableBeliefVerbs: ['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected', 'consider', 'considers', 'considered', 'anticipate', 'anticipates', 'foresee', 'foresees'],
  bareInfinitiveVerbs: [],
};
