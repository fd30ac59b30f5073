/**
 * English restriction rules: the verbs, nouns and constructions news uses
 * to forbid, condition, limit, refuse or sanction. Each rule carries a
 * `ruleId` and an example input; compiled from English news usage
 * ("explicitly prohibit any use of…", "will not be able to use these tools
 * without…", "refused to let its AI be used…", "banned from…").
 *
 * Regexes are global, unicode and case-insensitive (built on first use), with unicode-aware word
 * boundaries (`(?<![\p{L}])…(?![\p{L}])`) and only bounded repetitions.
 *
 * @module
 */
import type { RestrictionLexicon, RestrictionRule, RestrictionVoice } from '../../extractors/restrictions.js';
import type { RestrictionKind } from '../../types.js';
import { LazyRegExp } from '../../text/lazy-regexp.js';
import { DIGIT, LETTER, UPPER } from '../../text/char-classes.js';
import { EN_DENIAL_THAT } from './contracts.js';

const B = `(?<![${LETTER}${DIGIT}])`;
/**
 * End of a word: no letter or digit follows, or the match ends with an elision apostrophe (« refusé l'accès », « à condition qu'il »),
 * or with a digit or a currency sign that opens an amount (a rule ending in `[0-9]` or `[$€£]` means "an amount follows": "a penalty
 * of $20 million", « au-delà du seuil de 250 salariés »; the boundary check made the rule fail on every number of two digits).
 */
const E = `(?:(?<=['’${DIGIT}$€£])|(?![${LETTER}${DIGIT}]))`;
/** A rule's trigger regex, built on first use (most rules never run on a given article). */
const re = (body: string): LazyRegExp => new LazyRegExp(`${B}(?:${body})${E}`, 'giu');

/**
 * Before "tariffs on …" (restrictions/en/tariffs-on), a verb or noun of reduction: the tariffs are cut, not imposed — a trade deal
 * that liberalises ("The deal will cut tariffs on 91% of goods", "lowering duties on $40 billion", "a reduction of import duties on
 * 5,000 products") states no restriction (restrictions/en/tariff-reduced; a removal or lifting stays a lifted sanction,
 * restriction-status liftedBefore). Anchored at the end of the text before the trigger (a 24-character window).
 */
const TARIFF_REDUCED_BEFORE = new RegExp(`(?<![${LETTER}])(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|halv(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|(?:reductions?|cuts?|lowering|easing)\\s+(?:of|in))\\s+(?:(?:the|its|their|all|most|many|some|existing|remaining)\\s+){0,2}$`, 'iu');

/** An adverb or adjunct inserted between a verb and its object without commas: "yesterday", "unanimously", "on Monday". */
const INSERTED_ADVERB = `(?:yesterday|today|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|[${LETTER}]{3,20}ly)`;
/** What may stand between a verb and its named object: up to three comma-delimited insertions and two adverbs (", on Monday, unanimously,"), matched on the gap trimmed of spaces (so no run of spaces is read twice). */
const INSERTIONS = new RegExp(`^(?:,[^,.;:]{1,40}){0,3},?(?:\\s*${INSERTED_ADVERB}){0,2}$`, 'iu');

/** Verbs of answering or disclosing after "refused to" / "declined to" that make a no-comment, shared by {@link NO_COMMENT} and restrictions/en/decline-to ("declined to address whether…", "refused to specify"). */
const NO_COMMENT_VERBS = `address\\s+(?:whether|why|how|what|the\\s+(?:allegations?|claims?|reports?|question))|specify|go\\s+into|rule\\s+out|deny|disclose|discuss|answer|elaborate|speculate|reveal|name|identify|give(?!\\s+(?:(?:its|their|his|her|the|a|an|any|formal|final)\\s+)?(?:approval|consent|backing|assent|blessing|green\\s+light|go-ahead|permission|guarantees?|assurances?)(?![${LETTER}]))|respond`;

/** Reporting a denial is a claim, not a refusal: "refused to comment", "declined to say", "refused to address whether…"; nor is a refusal to exclude ("refused to rule out military action"). */
const NO_COMMENT = new RegExp(`^\\s*(?:to\\s+)?(?:comment|say|confirm|be\\s+(?:named|identified|interviewed)|${NO_COMMENT_VERBS})`, 'iu');

/**
 * Before a participle, what makes it an adjective of a noun phrase rather than a verb (restrictions/attributive-participle): the
 * sentence start or a determiner or preposition right before it, then a word after it that is no preposition or auxiliary — "Banned substances were found", "a list of
 * prohibited items", "the banned group" (a thing named by an existing ban, not a ban stated); "Smoking is banned", "The EU banned
 * imports", "banned from" stay restrictions, and so does a participle before a determiner, a verb: "capped rents and banned the granting of new
 * licences". A lookbehind (sentence-anchored: rules run on one sentence's text).
 */
const attributive = (participle: string): string => `(?!(?<=(?:^|(?<![${LETTER}])(?:the|a|an|of|for|with|no|any|some|its|their|his|her|these|those|other|and|or|containing|using|taking|selling|possessing)\\s{1,3}))${participle}\\s+(?!(?:from|in|by|on|at|to|for|under|since|until|after|before|as|and|or|because|over|across|during|is|are|was|were|will|would|has|have|had|the|its|their|his|her|all|any|this|these|those)(?![${LETTER}]))[${LETTER}])${participle}`;

/** A word of a bounded run inside a fallback trigger (restrictions/en/fallback-<kind>). */
const FW = `[${LETTER}]{2,20}[\\s\\u00a0]{1,3}`;
/** Verbs of saying after "refused to"/"declined to": a no-comment, no refusal (restrictions/en/fallback-refusal). */
const FALLBACK_NO_COMMENT = `(?!(?:comment|say|confirm|discuss|elaborate|speculate|answer|respond|specify|disclose|reveal|name|identify|be\\s+(?:named|identified|interviewed)|go\\s+into|give\\s+details|provide\\s+details)(?![${LETTER}]))`;
/**
 * What an obligation imposed by a rule or an authority commands ("must obtain a licence", "will have to unload cargo", "required the
 * company to monitor patients"): acts of compliance, disclosure, payment or divestment, not any verb ("we will have to see", "must take
 * some risks", "must stay in the EU" are no obligations imposed; measured on the corpus).
 */
const OBLIGATION_VERB = `(?:obtain|apply|seek|submit|present|register|notify|secure|disclose|publish|report|pay|repay|divest|carry|install|offer|hire|monitor|unload|comply|undergo|cease|remove|withdraw|declare|label|inform|consult|phase|test|inspect|prove|demonstrate|process|file|surrender|refund|reimburse|compensate|sell|hold\\s+(?:a|an|valid))(?![${LETTER}])`;
/** What a licence-like noun is ("revoked its export licence", "lose their permits"). */
const PERMIT_NOUN = `(?:licen[cs]es?|permits?|authori[sz]ations?|accreditations?|visas?|certificates?)`;

/**
 * restrictions/en/fallback-<kind>: the English fallback triggers (see `RestrictionFallback`), one named group per class, read only in a
 * clause where no rule matched. Left out on purpose (false positives measured on the tune half): epistemic "may not" ("the merged
 * Gannett and GateHouse may not diverge from the trend", "a suitable product may not be available"), "cannot" + an adverb or an
 * active verb ("cannot easily shift supply chains": ability, not prohibition), "not limited to" (the negation check), "no more
 * than"/"only" in plain descriptions (a limit needs a cap noun, a participle "capped at" or a modal "only").
 */
const EN_FALLBACK_PATTERN = new LazyRegExp(`${B}(?:` + [
  // "unused quotas cannot be transferred", "must not be used", "are not allowed to", "is prohibited year-round", "must stay on the ground"
  `(?<prohibitionSubject>(?:cannot|can\\s?not|can['’]t|must\\s+not|mustn['’]t|shall\\s+not|may\\s+no\\s+longer|can\\s+no\\s+longer|will\\s+no\\s+longer)\\s+(?:legally\\s+)?be\\s+(?!(?:denied|ignored|overstated|understated|overemphasi[sz]ed|emphasi[sz]ed|stressed|ruled|excluded|confirmed|verified|explained|described|measured|predicted|compared|reached|trusted|blamed|dismissed|underestimated|overestimated|seen|known|taken|done|solved|fixed|guaranteed|achieved)(?![${LETTER}]))[${LETTER}]{3,20}(?:ed|en|wn)|(?:must\\s+not|mustn['’]t|shall\\s+not|may\\s+no\\s+longer)\\s+(?!be\\s)[${LETTER}]{3,20}|(?:not|no\\s+longer|never)\\s+(?:be\\s+)?(?:allowed|permitted|authori[sz]ed)\\s+to|(?:is|are|was|were|be|been|remains?|remained)\\s+(?:now\\s+|also\\s+|still\\s+|strictly\\s+)?(?:banned|prohibited|forbidden|outlawed|illegal|off-limits)|must\\s+(?:stay|remain)\\s+(?:on\\s+the\\s+ground|grounded|closed|shut))`,
  // "ordered the temporary grounding of 171 aircraft", "halted all shipments", "would not allow Boeing to", "keep targeted fishing … closed",
  // "she would not let the unions reverse the reform" (not in the first or second person: "we won't let the terrorists win" is rhetoric)
  `(?<prohibitionActive>ordered\\s+(?:the\\s+)?(?:temporary\\s+|immediate\\s+)?(?:grounding|closure|suspension|halt)\\s+of|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|froze|freez(?:e|es|ing))\\s+(?:all\\s+|the\\s+|its\\s+|their\\s+)?(?:${FW})?(?:exports?|imports?|shipments?|deliver(?:y|ies)|sales?|flights?|licen[cs]es?|permits?|operations|production|funding|aid|payments?|assets|trading)|(?:will|would|did|does|do|has|have)\\s+not\\s+allow|won['’]t\\s+allow|(?<!(?<![${LETTER}])(?:I|we|you)\\s{1,3})(?:(?:will|would|did|does|do)\\s+not|won['’]t|wouldn['’]t)\\s+let(?=\\s{1,3}(?:the|any|its|their|his|her|these|those|other|foreign|anyone|anybody)\\s)|(?:keep|kept|keeps|keeping)\\s+(?:${FW}){1,6}?closed)`,
  // "cannot return to service until …", "only if", "provided that", "subject to approval", "must obtain a licence", "before they can apply",
  // a halt lifted on a condition: "Deliveries will resume only after the review is complete", "the funds will be released only if";
  // an obligation in the passive: "all new cars must be fitted with speed limiters", "imported goods must be labelled in French",
  // "the deal will have to be approved by the regulator" (not "we must be inspected…": a speaker's own duty)
  `(?<conditionSubject>(?:may|must|allowed|permitted|possible|approved|cleared|authori[sz]ed)\\s+(?:${FW}){0,5}?only\\s+(?:if|when|after|once)|(?:resume|restart|reopen|proceed|go\\s+ahead|be\\s+(?:lifted|released|paid|disbursed|delivered|allowed))\\s+only\\s+(?:if|when|after|once)|provided\\s+that|on\\s+(?:the\\s+)?condition\\s+that|conditional\\s+(?:on|upon)|subject\\s+to\\s+(?:the\\s+)?(?:prior\\s+)?(?:approval|authori[sz]ation|consent|conditions)|(?:cannot|can['’]t|can\\s+not|will\\s+not|won['’]t|would\\s+not|may\\s+not)\\s+(?:${FW}){1,4}?(?:until(?!\\s+(?:the\\s+(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)|next|early|late|mid|after|[${DIGIT}]|(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![${LETTER}])))|unless|without)|(?<!(?<![${LETTER}])(?:we|I|you|we['’]re|I['’]m|you['’]re|going\\s{1,3}to)\\s{1,3}(?:${FW})?)(?:must|(?:will|would)\\s+have\\s+to|(?:has|have)\\s+to|(?:is|are|was|were|will\\s+be)\\s+(?:now\\s+|also\\s+)?(?:required|obliged|obligated|compelled)\\s+to|required\\s+(?:the\\s+|all\\s+|its\\s+)?(?:${FW}){0,2}?to)\\s+(?:also\\s+|first\\s+|now\\s+)?${OBLIGATION_VERB}|before\\s+(?:they|it|he|she|the\\s+[${LETTER}]{2,20})\\s+(?:can|may|could)|(?<!(?<![${LETTER}])(?:we|I|you)\\s{1,3})(?:must|(?:will|would)\\s+have\\s+to|(?:has|have)\\s+to|(?:is|are|will\\s+be)\\s+(?:now\\s+|also\\s+)?required\\s+to)\\s+(?:also\\s+|first\\s+|now\\s+)?be\\s+(?:(?:fitted|equipped)\\s+with|labell?ed|registered|certified|inspected|declared|notified|disclosed|licen[cs]ed|vetted|screened|approved\\s+by|authori[sz]ed\\s+by|cleared\\s+by))`,
  // "annual exports will be capped at", "a cap of 3,000", "the quota was set at", "cut the herring quota", "allow shipments only under", "not to cut more than"
  `(?<limitActive>(?:capped|limited|restricted)\\s+(?:at|to)|(?:cap|ceiling|quota|limit)s?\\s+(?:of|on)\\s+(?:[${DIGIT}$€£]|the\\s+number|the\\s+amount|how\\s+(?:many|much))|(?:quota|cap|ceiling|limit|allowance)s?\\s+(?:was|were|is|are|will\\s+be|has\\s+been|have\\s+been)\\s+(?:set|fixed|lowered|cut|reduced|raised)\\s+(?:at|to)|(?:cut|cuts|cutting|reduce[sd]?|reducing|lower(?:s|ed|ing)?|slash(?:es|ed)?)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:${FW}){0,3}?(?:quotas?|caps?|ceilings?|allowances?)|(?:allow|allows|allowed|permit|permits|permitted|may|can|will)\\s+(?:then\\s+)?(?:${FW}){0,3}?only\\s+(?:under|as|to|for|within|in|on|with|by|through|via|at|during|between|up\\s+to)|not\\s+to\\s+(?:${FW})?(?:more\\s+than|exceed)|(?:must|(?:will|would)\\s+have\\s+to|(?:has|have)\\s+to|(?:is|are|will\\s+be)\\s+required\\s+to)\\s+(?:also\\s+)?(?:cut|reduce|lower|limit|curb|cap)(?![${LETTER}])|(?:cannot|can['’]t|must\\s+not|may\\s+not)\\s+(?:${FW}){2,6}?(?:above|beyond|more\\s+than)|restrict(?:s|ed|ing)?\\s+(?:${FW}){1,3}?to\\s|(?:a|the)\\s+maximum\\s+(?:[${LETTER}]{2,20}\\s{1,3})?of\\s+[${DIGIT}$€£]|(?<!(?<![${LETTER}])(?:could|might|would|may)\\s{1,3}(?:${FW})?)restrict(?:s|ing)?|restrictions?\\s+on|curbs?\\s+on)`,
  // "refused to raise its proposal", "rejected the request", "turned down a bid", "has not approved any new exports"
  `(?<refusalActive>(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\\s+(?:(?:for\\s+(?:years|months|decades|weeks)|repeatedly|so\\s+far|again)\\s+)?to\\s+${FALLBACK_NO_COMMENT}[${LETTER}]|(?:refus(?:es|ed)|reject(?:s|ed)|turn(?:s|ed)?\\s+down|veto(?:es|ed)?)\\s+(?:a|an|the|its|their|his|her|any|all|this|that|these|those|calls?|demands?|requests?|proposals?|offers?|bids?)(?![${LETTER}])|(?:has|have|had|did|does|do|will|would)\\s+not\\s+(?:yet\\s+)?(?:approved?|authori[sz]ed?|granted|grant|accepted|accept|agreed\\s+to|agree\\s+to))`,
  // "Miners that exceed their allocation face the suspension of their export permits", "will be seized at the border", "would lose access to"
  `(?<sanctionSubject>(?:face|faces|faced|facing|risk|risks|risked)\\s+losing\\s+(?:their|its|his|her|the)\\s+(?:${FW}){0,2}?(?:${PERMIT_NOUN}|slots?|rights?|access|seats?|titles?|funding|subsidies|status|membership|eligibility)|(?:face|faces|faced|facing|risk|risks|risked)\\s+(?:(?:a|an|the|possible|heavy|hefty|criminal)\\s+){0,2}(?:arrest|prosecution|charges|fines?|jail|prison|suspension|loss|disqualification|expulsion|penalt(?:y|ies)|sentences?|revocation|confiscation|seizure)|(?:will|would|could|can|may)\\s+(?:also\\s+)?(?:be\\s+(?:fined|seized|confiscated|impounded|jailed|prosecuted|disqualified|expelled|punished)|lose\\s+(?:(?:their|its|his|her|the)\\s+)?(?:${FW}){0,2}?(?:${PERMIT_NOUN}|access|rights?|funding|subsidies|support))|${PERMIT_NOUN}\\s+(?:suspended|revoked|withdrawn))`,
  // "a $5.4 million penalty", "sentenced to", "revoked its export licence", "prison terms of"
  `(?<sanctionActive>(?:a|an)\\s+[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}(?:\\s{1,3}(?:million|billion|euros?|dollars?|pounds?))?\\s{1,3}(?:civil\\s+)?penalty|sentenced\\s+to|(?:was|were|been|be|is|are)\\s+jailed|revok(?:e|es|ed|ing)\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:${FW})?${PERMIT_NOUN}|stripped\\s+of|prison\\s+(?:terms?|sentences?)\\s+of)`,
].join('|') + `)${E}`, 'giu');

/** The rule of each group of {@link EN_FALLBACK_PATTERN}. */
const enFallback = (kind: RestrictionKind, voice: RestrictionVoice, startAtClause = false): RestrictionRule => ({
  ruleId: `restrictions/en/fallback-${kind}`, kind, voice, pattern: EN_FALLBACK_PATTERN, fallback: true, negatable: true, ...(startAtClause ? { startAtClause } : {}),
});

/** The English restriction lexicon consumed by `extractRestrictions`. */
/**
 * The length of a sanctioning suspension: counted in games, races or seasons, "for the rest of" a season,
 * "indefinitely", "without pay" ("suspended for five games"); days and weeks are left out, they also measure halts
 * ("production was suspended for two weeks").
 */
const SUSPENSION_LENGTH = `(?:(?:for\\s+)?(?:the\\s+rest\\s+of|(?:[${DIGIT}]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\\s+(?:games?|matches|races?|seasons?)(?![${LETTER}]))|(?:for\\s+)?the\\s+(?:entire|whole)\\s+(?:[${DIGIT}]{4}\\s+)?season|indefinitely|without\\s+pay)`;

/**
 * A date after "banned from"/"suspended from": when the measure starts, not what the party is excluded from ("will be banned from next
 * year" is a ban, restrictions/en/ban; "banned from the Olympics" a sanction) (restrictions/en/excluded-from).
 */
const EN_FROM_DATE = new RegExp(`^\\s+(?:next|this|early|late|mid-?|the\\s+(?:start|end|beginning|middle)\\s+of|(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|today|tomorrow)(?![${LETTER}])|[${DIGIT}])`, 'iu');

/** After "limited by": no proper name (no `i` flag: the capital counts) — "capped by cloud cover" (restrictions/en/limited-by-authority). */
const EN_NOT_A_NAME = new RegExp(`^\\s+by\\s+(?!(?:the\\s+)?[${UPPER}])`, 'u');

/** A text that may restrict, for a participle or relative after it ("the law banning", "an order that limits"). */
const TEXT_NOUN = `(?<![${LETTER}])(?:laws?|(?:executive\\s+)?orders?|rules?|decrees?|polic(?:y|ies)|ordinances?|measures?|regulations?|statutes?|acts?|legislation|directives?|provisions?|mandates?|bills?)`;

/** A verb breaking or dodging sanctions, right before the noun (past a determiner and two words): "violated US sanctions", "evade the sanctions". */
const SANCTIONS_BROKEN = new RegExp(`(?<![${LETTER}])(?:violat|breach|evad|circumvent|flout|bust|break|broke|skirt|dodg|sidestep)[${LETTER}]{0,4}\\s+(?:(?:the|these|those|its|their|international|western|existing|[${UPPER}][${LETTER}.]{1,10})\\s+){0,2}$`, 'u');

/**
 * The rate of a tariff between its noun and its target, optional: "tariffs | of up to 35% | on Chinese electric vehicles", "duties
 * of 25 per cent on" (restrictions/en/tariff-rate).
 */
const TARIFF_RATE = `(?:of\\s+(?:up\\s+to\\s+|as\\s+much\\s+as\\s+|about\\s+|around\\s+|between\\s+)?[${DIGIT}]{1,3}(?:[.,][${DIGIT}]{1,2})?\\s?(?:%|per\\s?cent)(?:\\s+(?:and|to)\\s+[${DIGIT}]{1,3}(?:[.,][${DIGIT}]{1,2})?\\s?(?:%|per\\s?cent))?\\s+)?`;

/** A person named by a role, the object of a personnel sanction (restrictions/en/dismiss-role, restrictions/en/suspend-owned-role). */
const PERSONNEL_ROLE = `(?:captains?|players?|coach(?:es)?|managers?|officers?|officials?|employees?|staff|workers?|doctors?|judges?|prosecutors?|mayors?|ceo|chief\\s+executive|directors?|editors?|journalists?|reporters?|presenters?|teachers?|members?|lawmakers?|senators?|athletes?|referees?|drivers?|spokesm[ae]n|ambassadors?|diplomats?|police(?:m[ae]n)?|president|chairm[ae]n|chairwoman|chief|head|secretary|ministers?|commanders?|governors?|pilots?|guards?|wardens?|executives?|treasurer|inspectors?)`;

/** The measure a person is placed under or on (restrictions/en/placed-under). */
const SUPERVISION = `(?:(?:(?:paid|unpaid|administrative|compulsory|indefinite)\\s+){1,2}leave|leave\\s+(?:pending|while|during)|probation|(?:judicial|court|police|formal)\\s+supervision|a\\s+travel\\s+ban|curfew)`;

/** Public places a government closes (restrictions/en/close-public-places), plural: a firm closing "its stores" or "plants" is no order. */
const PUBLIC_PLACES = `(?:schools|universities|colleges|restaurants|bars|pubs|cafes|cafés|cinemas|theatres|theaters|gyms|beaches|parks|nightclubs|museums|stadiums|places\\s+of\\s+worship|mosques|churches)(?![${LETTER}])`;

/** An authority named as the agent of a passive measure (restrictions/en/closed-by-authority). */
const AUTHORITY = `(?:authorities|police|government|regulators?|censors|courts?|judges?|ministry|army|military|security\\s+forces|prosecutors|officials|junta|regime)(?![${LETTER}])`;

/**
 * Activities only a rule restricts, after "cannot" (restrictions/en/cannot-act): "Doctors cannot prescribe the drug to minors" ("cannot
 * supply", "cannot share", "cannot vote for" also state an inability or a choice, they stay out).
 */
const RULED_ACTIVITY = `(?:collect|prescribe|dispense|fish|hunt|drill|park|evict|advertise|broadcast|smoke|rank|favou?r|discriminate|self-preference)(?![${LETTER}])`;
/**
 * Conduct a rule, a court or a contract governs, after a deontic "may not" (restrictions/en/must-not): "Until the sale closes, Harlow may not
 * integrate the two businesses", "The agency may not place children in unlicensed facilities", "gatekeepers may not prevent users from
 * uninstalling apps", "lenders may not charge fees" — verbs a forecast rarely takes ("the deal may not close", "the Fed may not raise rates",
 * "investors may not share his view" stay out: close, raise and share are left out).
 */
const MAY_NOT_CONDUCT = `(?:integrate|combine|place|rank|favou?r|discriminate|advertise|market|acquire|own|hire|employ|dismiss|distribute|publish|display|contact|solicit|retaliate|resell|possess|prevent|detain|deport|evict|collect|charge\\s+(?:fees|interest|more)|(?:share|process|store)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:data|information|records))(?![${LETTER}])`;
/**
 * Activities a rule governs, after a modal of permission lost ("can no longer evict", "will no longer be able to compete",
 * restrictions/en/no-longer-may): licensed, taxed or policed acts, not abilities ("walk", "work", "pay its debts", "compete with").
 */
const REGULATED_ACTIVITY = `(?:collect|store|share|process|track|transfer|access|advertise|broadcast|publish|stream|host|prescribe|dispense|fish|hunt|drill|mine|build|park|evict|hire|recruit|employ|lend|issue|trade|list|compete|participate|take\\s+part|vote|protest|demonstrate|gather|assemble|smoke|travel|visit|import|export|ship|donate|fund|finance|adopt|marry|register|display|wear|teach|perform|serve|charge)(?![${LETTER}])`;

/** After a closed route: its blockers are protesters, a protest rather than a restriction (restrictions/en/route-closed): "The road was blocked by protesters". */
const BLOCKED_BY_PROTEST = new RegExp(`^\\s+by\\s+(?:the\\s+|angry\\s+|hundreds\\s+of\\s+|thousands\\s+of\\s+)?(?:protesters|protestors|demonstrators|strikers|activists|farmers|truckers|rioters|residents)(?![${LETTER}])`, 'iu');

/** Staying inside, the content of a stay-home order (restrictions/en/ordered-indoors). */
const STAY_INSIDE = `(?:stay|remain)\\s+(?:indoors|inside|at\\s+home|home|in\\s+their\\s+homes)(?![${LETTER}])`;

export const EN_RESTRICTIONS: RestrictionLexicon = {
  rules: [
    // --- prohibitions
    // "to explicitly prohibit any use of OpenAI's systems"
    // (a participle used as an adjective after a determiner or opening the sentence names things already banned, it states no
    // ban: "Banned substances were found in his sample", "a list of prohibited items", "the forbidden zone"; attributive)
    { ruleId: 'restrictions/en/prohibit', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`prohibit(?:s|ing)?|${attributive('prohibited')}|prohibition\\s+(?:of|on|against)`) },
    // "the law forbids the sale of…"
    { ruleId: 'restrictions/en/forbid', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`forbid(?:s|ding)?|${attributive('forbidden')}|forbade`) },
    // "the EU banned the import of…", "a ban on tobacco advertising"
    { ruleId: 'restrictions/en/ban', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`ban(?:s|ning)?|${attributive('banned')}`) },
    // a text named by what it restricts, its object of any kind: "Florida's law restricting abortion", "the rule limiting asylum
    // claims", "an executive order barring refugees", "a measure that caps rents", "a law in 2020 that limits cooperation with the IAEA" (the verb alone, "limit the number of", is
    // restrictions/en/limit-verb; a court striking such a text down lifts it — restrictions/en/status-lifted-text); FR
    // restrictions/fr/texte-restreignant
    { ruleId: 'restrictions/en/text-restricting', kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?<=${TEXT_NOUN}(?:\\s{1,3}(?:in|of|from|since|passed\\s{1,3}in|adopted\\s{1,3}in)\\s{1,3}[${LETTER}${DIGIT}]{1,20})?\\s{1,3}(?:(?:that|which)\\s{1,3})?)(?:restrict(?:s|ing)|limit(?:s|ing)|curb(?:s|ing)|cap(?:s|ping)|curtail(?:s|ing))`) },
    { ruleId: 'restrictions/en/text-barring', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?<=${TEXT_NOUN}(?:\\s{1,3}(?:in|of|from|since|passed\\s{1,3}in|adopted\\s{1,3}in)\\s{1,3}[${LETTER}${DIGIT}]{1,20})?\\s{1,3}(?:(?:that|which)\\s{1,3})?)(?:bar(?:s|ring))`) },
    // "barred from entering", "the court bars the company from…", "the judge barred the former CEO from serving"
    { ruleId: 'restrictions/en/barred-from', kind: 'prohibition', voice: 'passive', negatable: true, pattern: re('barred\\s+from') },
    // the same with "restricted": "Chinese investors are restricted from buying stakes in strategic firms" (FR restrictions/fr/empeche-passif)
    { ruleId: 'restrictions/en/restricted-from', kind: 'prohibition', voice: 'passive', negatable: true, pattern: re(`(?:is|are|was|were|be|been|being)\\s+(?:(?:now|also|further|effectively|largely|legally)\\s+)?restricted\\s+from(?=\\s+[${LETTER}]{2,20}ing(?![${LETTER}]))`) },
    // ("bars" as a noun before a participle is no bar: "bulges and bars extending from their centre"; a titled name between:
    // "Venezuela barred opposition leader María Corina Machado from running for office")
    { ruleId: 'restrictions/en/bar-from', kind: 'prohibition', voice: 'active', partyInTrigger: true, negatable: true, pattern: re(`(?:bar(?:s|ring)?|barred)\\s+(?![${LETTER}]+ing\\s)(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,6}?from`) },
    // "It precludes such an analysis"
    { ruleId: 'restrictions/en/preclude', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('preclud(?:e|es|ed|ing)') },
    // "the law criminalises spam", "criminalized abortion"
    { ruleId: 'restrictions/en/criminalise', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('criminali[sz](?:e|es|ed|ing)') },
    // "the bill outlaws the practice"
    { ruleId: 'restrictions/en/outlaw', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('outlaw(?:s|ed|ing)?') },
    // aircraft kept on the ground by order: "737 Max jets have been grounded since March", "the fleet remains grounded"
    // (not "grounded in reality", "grounded on evidence": a figurative basis)
    { ruleId: 'restrictions/en/grounded', kind: 'prohibition', voice: 'subject', includePrevWord: true, rejectAfter: new RegExp(`^\\s*(?:in|on|by\\s+(?:fog|weather|snow|storms?))(?![${LETTER}])`, 'iu'), pattern: re(`(?:has|have|had|was|were|been|be|being|is|are|remain|remains|remained|stay|stays|stayed)\\s+(?:[${LETTER}]+ly\\s+|also\\s+)?grounded|grounding\\s+of\\s+(?:the|its|their|all)`) },
    // a decision not to permit: "the city decided not to allow the scooters", "voted not to renew the licence"
    { ruleId: 'restrictions/en/not-to-allow', kind: 'prohibition', voice: 'active', pattern: re('not\\s+to\\s+(?:allow|authori[sz]e|permit|renew|approve)') },
    // a product taken off the market: "the fungicide was withdrawn from the market", "pulled the drug from shelves", "Apple removed the app from its App Store"
    { ruleId: 'restrictions/en/withdraw-market', kind: 'prohibition', voice: 'active', pattern: re(`(?:withdr[ae]wn?|withdraws?|withdrawing|pulled|pulls?|removed|removes?|recalled)\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){0,3}?from\\s+(?:(?:the|its|their)\\s+)?(?:market|markets|shelves|sale|circulation|app\\s+stores?|stores|platforms?)`) },
    // "employees are not allowed to speak to the press", "Chinese nationals won't be allowed to buy property"
    { ruleId: 'restrictions/en/not-allowed', kind: 'prohibition', voice: 'subject', pattern: re('(?:not|no\\s+longer|never)\\s+(?:be\\s+|been\\s+)?(?:allowed|permitted|authori[sz]ed)\\s+to|(?:won|wouldn|isn|aren|wasn|weren)[\'’]t\\s+(?:be\\s+)?(?:allowed|permitted|authori[sz]ed)\\s+to') },
    // "contractors have no right to strike", "foreigners are not entitled to buy land"
    { ruleId: 'restrictions/en/no-right-to', kind: 'prohibition', voice: 'subject', pattern: re('(?:has|have|had|will\\s+have)\\s+no\\s+(?:legal\\s+)?right\\s+to|(?:is|are|was|were|be)\\s+(?:not|no\\s+longer)\\s+entitled\\s+to') },
    // removing a right narrows what its holders may do (limit, as the annotation treats « supprimer les exonérations »): "stripping residents of the right to address the administration in Catalan",
    // "the law removes the right to strike", "abolished their right to appeal"
    { ruleId: 'restrictions/en/remove-right', kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:remov|eliminat|abolish|revok|withdr[ae]w|scrap|strip)[${LETTER}]{0,5}\\s+(?:[${LETTER}${DIGIT}'’.-]{1,30}\\s+){0,3}?(?:of\\s+)?(?:the|their|his|her|its)\\s+(?:legal\\s+|constitutional\\s+|basic\\s+)?rights?\\s+(?:to|of)`) },
    // "fraud is punishable by up to five years in prison", "liable to a fine of €45,000"
    { ruleId: 'restrictions/en/punishable-by', kind: 'sanction', voice: 'subject', includePrevWord: true, pattern: re('punishable\\s+by|liable\\s+to\\s+(?:a\\s+fine|fines|prosecution|imprisonment|a\\s+(?:prison|jail)\\s+(?:term|sentence))') },
    // the penalty a charge carries or a defendant faces, stated by its maximum: "Each count carries a maximum sentence of ten years in
    // prison", "He faces up to 20 years in prison if convicted", "faces a maximum penalty of life imprisonment" (FR restrictions/fr/encourt)
    { ruleId: 'restrictions/en/max-sentence', kind: 'sanction', voice: 'subject', includePrevWord: true, pattern: re(`carr(?:y|ies|ied|ying)\\s+(?:a\\s+)?(?:maximum|possible)\\s+(?:(?:prison|jail|custodial)\\s+)?(?:sentence|penalty|term)\\s+of|fac(?:e|es|ed|ing)\\s+(?:(?:a\\s+)?maximum\\s+(?:(?:prison|jail)\\s+)?(?:sentence|penalty|term)\\s+of|up\\s+to)\\s+(?:life|(?:[${DIGIT}]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\\s+years?)\\s+(?:in\\s+(?:prison|jail)|behind\\s+bars|(?:of\\s+)?imprisonment)`) },
    // a place or a route shut to a class of users by decision: "The bridge remains closed to traffic", "the road was closed to all
    // vehicles", "the museum is closed to the public until March", "the strait was closed to shipping" (FR restrictions/fr/ferme-a)
    { ruleId: 'restrictions/en/closed-to', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`(?:closed|shut)\\s+(?:off\\s+)?to\\s+(?:all\\s+)?(?:traffic|road\\s+traffic|the\\s+public|visitors|tourists|vehicles|cars|trucks|lorries|heavy\\s+vehicles|pedestrians|shipping|navigation|foreigners|journalists|the\\s+press|the\\s+media|outsiders|civilians|air\\s+traffic|flights)(?![${LETTER}])`) },
    // a negated permission without an infinitive: "no intervention by the armed forces was allowed", "photography is not
    // permitted inside the court" ("are not allowed to" is restrictions/en/not-allowed, the longer match)
    { ruleId: 'restrictions/en/is-not-allowed', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re('(?:is|are|was|were|be|been)\\s+(?:not|no\\s+longer|never)\\s+(?:allowed|permitted|authori[sz]ed|tolerated)|(?:isn|aren|wasn|weren)[\'’]t\\s+(?:allowed|permitted|authori[sz]ed|tolerated)') },
    // "an arms embargo on Iran"
    { ruleId: 'restrictions/en/embargo', kind: 'prohibition', voice: 'active', pattern: re('embargo(?:es)?\\s+on') },
    // an embargo against a country, or a trade embargo, is an economic sanction: "imposed a comprehensive trade embargo against Sudan",
    // "the embargo against Cuba", "a trade embargo on Iran" (an embargo on a good — "an arms embargo on Libya", "the oil embargo" — is a
    // prohibition); FR restrictions/fr/embargo-contre
    { ruleId: 'restrictions/en/embargo-against', kind: 'sanction', voice: 'active', pattern: re('(?:(?:comprehensive|total|full|economic|trade|financial)\\s+){1,2}embargo(?:es)?(?:\\s+(?:on|against))?|embargo(?:es)?\\s+against') },
    // "regulators blocked the merger", "the court blocks the sale", "McCain had blocked a range of promotions"
    { ruleId: 'restrictions/en/block-deal', objectInTrigger: true, kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`block(?:s|ed|ing)?\\s+(?:the|a|an|its|their|this|that)\\s+(?:[${LETTER}${DIGIT}$€£.,-]+\\s+){0,3}?(?:merger|deal|acquisition|takeover|sale|bid|purchase|plan|proposal|bill|law|decree|project|export|exports|import|imports|nominations?|appointments?|promotions?|confirmation|resolution|funding)`) },
    // "NATO imposed a no-fly zone over Libya", "a naval blockade of the port"
    { ruleId: 'restrictions/en/blockade', kind: 'prohibition', voice: 'active', pattern: re('no-fly\\s+zones?|(?:naval|economic|maritime|military|total)\\s+blockades?|blockades?\\s+(?:of|on|against)') },
    // "a moratorium on new drilling"
    { ruleId: 'restrictions/en/moratorium', kind: 'prohibition', voice: 'active', pattern: re('moratori(?:um|a)\\s+on') },
    // modal prohibitions, a named actor or pronoun before: "Member states must not sell arms to…", "Banks shall not pay dividends", "the drug may not be sold to minors"
    // (an abstract subject — "the reform must not jeopardise…" — bounds a thing: limit)
    { ruleId: 'restrictions/en/must-not', kind: 'prohibition', voice: 'subject', needsActor: true, abstractSubjectKind: 'limit', rejectAfter: new RegExp(`^\\s*(?:be\\s+(?:able|enough|sufficient|the\\s+case|true|possible|easy|long)|have|know|forget|underestimate|panic|give\\s+up|allow\\s+itself|happen|become|turn\\s+into|end|fail)(?![${LETTER}])`, 'iu'), pattern: re(`(?:must|shall)\\s+not|mustn['’]t|may\\s+not\\s+(?:be\\s+)?(?:sell|sold|export|exported|import|imported|use|used|enter|operate|operated|build|built|deploy|deployed|transfer|transferred|leave|travel|bid|pay|paid|run|hold|held|${MAY_NOT_CONDUCT})`) },
    // "employees are forbidden to speak", "it is illegal to", "is not permitted" is covered by not-allowed; "are no longer allowed"
    { ruleId: 'restrictions/en/illegal-to', kind: 'prohibition', voice: 'subject', pattern: re('(?:is|are|was|were|be|become|became|made|makes|make|making)\\s+(?:it\\s+)?(?:illegal|unlawful|a\\s+crime|a\\s+criminal\\s+offen[cs]e)\\s+(?:to|for)') },
    // "an arms embargo", "the oil embargo against Cuba", "a trade embargo"
    { ruleId: 'restrictions/en/embargo-noun', kind: 'prohibition', voice: 'active', pattern: re('(?:arms|oil|trade|weapons|economic|import|export|grain|gas)\\s+embargo(?:es)?') },
    // "a curfew from 10 pm", "imposed a curfew on the city"
    { ruleId: 'restrictions/en/curfew', kind: 'prohibition', voice: 'active', pattern: re('curfews?') },
    // martial law declared, a country-wide restriction of freedoms: "Kyiv imposed martial law across the country", "the region remains
    // under martial law" (FR restrictions/fr/loi-martiale)
    { ruleId: 'restrictions/en/martial-law', kind: 'prohibition', voice: 'active', pattern: re(`(?:impos|declar|proclaim|extend|introduc)(?:e|es|ed|ing)\\s+martial\\s+law|under\\s+martial\\s+law`) },
    // "a court issued an injunction blocking the sale", "a temporary restraining order against…", "a nationwide restraining order";
    // the verb before its object, a name included: "The court enjoined Veltrix from using the software" (restrictions/en/injunction:
    // the look-ahead keeps the name out of the trigger, whose end must be a word's end)
    { ruleId: 'restrictions/en/injunction', kind: 'prohibition', voice: 'active', pattern: re(`(?:an|the|a)\\s+(?:(?:temporary|preliminary|permanent|court|federal|nationwide|emergency|interim)\\s+){0,2}(?:injunction|restraining\\s+order)|enjoin(?:s|ed|ing)?(?=\\s+(?:the|a|an|its|their|his|her|[${UPPER}]))`) },
    // "ordered the company to stop selling", "was ordered to halt construction", "ordered the suspension of"
    { ruleId: 'restrictions/en/ordered-to-stop', kind: 'prohibition', voice: 'active', partyInTrigger: true, pattern: re(`ordered\\s+(?:(?:the|a|an|its|their|[${LETTER}${DIGIT}'’.-]+)\\s+){0,4}?(?:to\\s+(?:stop|halt|cease|suspend|close|shut|withdraw|leave|pull\\s+out|remove|freeze)|the\\s+(?:suspension|closure|halt|withdrawal|seizure)\\s+of)`) },
    // a court or an authority suspending a text or its application: "A federal judge suspended the executive order", "the court halted
    // the execution of the decree", "the judge paused enforcement of the law" (FR restrictions/fr/a-suspendu-texte)
    { ruleId: 'restrictions/en/suspended-text', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:suspended|halted|paused)\\s+(?:the|a|an|its|their)\\s+(?:(?:execution|enforcement|implementation|application)\\s+of\\s+(?:the|a|an|its|their)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:executive\\s+order|decree|ordinance|law|regulation|directive|reform|execution|enforcement|implementation)(?![${LETTER}])`) },
    // a hold placed by an authority on a nomination, a ruling, a law or aid: "The Senate placed a hold on the nomination", "the White
    // House put a hold on the arms shipment", "the appeals court put the ruling on hold" (a firm putting its own project on hold
    // is no restriction; aid, exports and licences put on hold are restrictions/en/put-on-hold)
    { ruleId: 'restrictions/en/hold-on', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:put|puts|putting|placed|places|placing)\\s+(?:a\\s+)?holds?\\s+on|(?:put|puts|putting|placed|places|placing)\\s+(?:the|its|their|a|an)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:ruling|decision|judgment|judgement|law|decree|order|rule|regulation|nominations?|execution|implementation|enforcement)\\s+on\\s+hold`) },
    // "Germany suspended arms exports to Saudi Arabia", "halted deliveries to", "froze aid to"
    { ruleId: 'restrictions/en/suspend-trade', objectInTrigger: true, kind: 'sanction', voice: 'active', negatable: true, pattern: re('(?:suspend|suspends|suspended|suspending|halt|halts|halted|halting|pause|pauses|paused|pausing|freeze|freezes|froze|frozen|cut\\s+off|cuts\\s+off|stop|stops|stopped)\\s+(?:all\\s+|its\\s+|their\\s+|the\\s+|new\\s+|further\\s+|some\\s+)?(?:arms|weapons|military|oil|gas|grain|energy)?\\s?(?:exports?|imports?|sales|deliveries|shipments|aid|funding|assistance|flights|cooperation|trade)\\s+(?:to|from|with|for)') },
    // "export controls on chips", "export restrictions against"
    { ruleId: 'restrictions/en/export-controls', kind: 'limit', voice: 'active', pattern: re('export\\s+(?:controls?|restrictions?|licen[cs]ing\\s+requirements?)') },
    // permission modals with an action verb: "banks cannot pay dividends", "foreign firms can no longer bid for contracts", "Iran cannot enrich uranium above 3.67 percent"
    // (more regulated activities: "Doctors cannot prescribe the drug to minors", "landlords can no longer evict tenants in winter",
    // "platforms cannot collect data from children"; FR restrictions/fr/ne-peut-pas-agir)
    { ruleId: 'restrictions/en/cannot-act', kind: 'prohibition', voice: 'subject', negatable: false, pattern: re(`(?:cannot|can\\s+no\\s+longer|can['’]t)\\s+(?:legally\\s+)?(?:sell|export|import|operate|enter|bid\\s+for|pay\\s+dividends|enrich|acquire|own|invest\\s+in|fly\\s+(?:over|into|to)|land\\s+(?:in|at)|${RULED_ACTIVITY}|be\\s+(?:sold|exported|imported|used|deployed|transferred))`) },
    // --- conditions
    // "will not be able to use these tools without a further contract modification"
    { ruleId: 'restrictions/en/not-without', kind: 'condition', voice: 'subject', rejectAfter: new RegExp(`^\\s*(?:reason|risks?|controversy|precedent|merit|its\\s+critics|some|a\\s+fight|difficult(?:y|ies)|problems?|irony|interest|a\\s+struggle|cost|consequences?)(?![${LETTER}])`, 'iu'), pattern: re('(?:(?:will|would|can|could|may|must|shall|should|does|do|did|is|are|was|were)\\s+)?(?:not|never|no\\s+longer|cannot|can[\'’]t|won[\'’]t|couldn[\'’]t|wouldn[\'’]t|mustn[\'’]t|shouldn[\'’]t|don[\'’]t|doesn[\'’]t|didn[\'’]t)\\s[^.;:!?,]{0,120}?without') },
    // "the merger can go ahead unless regulators object"
    { ruleId: 'restrictions/en/unless', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re('unless') },
    // "on condition that", "provided that", "subject to approval", "loans granted under strict conditions", "Any deal above that threshold will be
    // subject to a public interest test"
    { ruleId: 'restrictions/en/on-condition', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`on\\s+(?:the\\s+)?condition\\s+that|provided\\s+that|providing\\s+that|conditional\\s+(?:on|upon)|contingent\\s+(?:on|upon)|pending\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:approval|review|clearance|ratification)|only\\s+if|subject\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:approval|approvals|consent|authori[sz]ation|agreement|ratification|review|conditions|clearance|vote|sign-off|green\\s+light|test|tests|assessment|screening|scrutiny|checks?|inspection|audit|referendum)|on\\s+(?:the\\s+)?condition\\s+(?:of|that)\\s+(?!anonymity)|so\\s+long\\s+as|under\\s+(?:strict|certain|tough|stringent|the\\s+following)\\s+conditions`) },
    // an approval granted with conditions: "The Competition Bureau granted conditional approval to the deal", "the merger was
    // conditionally cleared" (FR restrictions/fr/autorisation-conditionnelle)
    { ruleId: 'restrictions/en/conditional-approval', kind: 'condition', voice: 'active', pattern: re(`conditional(?:ly)?\\s+(?:approv(?:al|ed)|clear(?:ance|ed)|go-ahead|green\\s+light|consent|authori[sz](?:ation|ed))`) },
    // an antitrust remedy as the condition of a deal: "approved the takeover, subject to the sale of the group's fuel network",
    // "subject to the divestment of 40 stores" — the approving authority imposes it (FR « sous réserve de cessions »,
    // restrictions/fr/a-condition)
    { ruleId: 'restrictions/en/subject-to-divestment', kind: 'condition', voice: 'active', startAtClause: true, pattern: re(`subject\\s+to\\s+(?:the\\s+)?(?:sale|divestment|divestiture|disposal|sell-off|spin-off)\\s+of`) },
    // a permission bound to a condition by "may only … if": "card issuers may only charge late fees if the payment is overdue", "Pharmacies
    // may only supply drugs such as Wegovy after a face-to-face consultation", "the plant may be reopened only after an inspection",
    // "the drug can only be sold once a doctor signs off" ("may" and a passive "can only be" are permissions; "can only win if" is
    // not; FR restrictions/fr/ne-que-si)
    { ruleId: 'restrictions/en/may-only-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:may\\s+only|can\\s+only\\s+be|(?:is|are|be)\\s+only\\s+(?:allowed|permitted|authori[sz]ed)\\s+to)\\s+(?:[${LETTER}'’-]+\\s+){1,6}?(?:if|once|provided|unless|after)(?![${LETTER}])|(?:may|can|could|shall|will|would)\\s+be\\s+[${LETTER}]{2,20}(?:ed|en|ld|wn|nt)\\s+only\\s+(?:if|once|after|provided)(?![${LETTER}])`) },
    // a permission bound to an escort or an authorisation by "only with": "Foreign journalists may enter the zone only with a
    // military escort", "can travel only with written permission", "The agreement can be extended only with the unanimous consent of all four
    // parties" (FR restrictions/fr/ne-qu-avec-permis)
    { ruleId: 'restrictions/en/only-with-permit', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:may|can|could|are\\s+allowed\\s+to|is\\s+allowed\\s+to)\\s+(?:[${LETTER}'’-]+\\s+){1,5}?only\\s+(?:with|under)\\s+(?:(?:a|an|the|prior|written|their|its|his|her|official|special|parental|explicit|armed|military|police|government|unanimous|joint|mutual|express|formal|full|court|judicial|parliamentary|congressional|shareholder|board)\\s+){0,3}(?:permission|approval|authori[sz]ation|consent|permits?|licen[cs]es?|escorts?|warrants?|prescriptions?|visas?|clearance|accreditation|supervision)(?![${LETTER}])`) },
    // "we intend to require competition", "requires companies to disclose", "required the Air Force to use a fixed-price contract", "are required to register" (not "requiring me to opt in", "requires a game to be run": advice and specifications)
    // a permission that holds only in one case: "troops can be deployed in the event of a terrorist threat", "the fund may
    // intervene in case of a default", "except in case of emergency" (not a bare hypothetical: "in case of a win, he…")
    { ruleId: 'restrictions/en/in-case-of', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:can|could|may|might)\\s+(?:[${LETTER}'’-]{1,20}\\s+){0,6}?in\\s+(?:the\\s+)?(?:event|case)\\s+of|(?:except|only)\\s+in\\s+(?:the\\s+)?(?:event|case)\\s+of|except\\s+in\\s+(?:an\\s+)?emergenc(?:y|ies)`) },
    // a text as the subject also requires: "The bill would require companies to disclose their emissions", "The new regulations require
    // banks to report all transactions above €10,000" (abstractSubjects)
    { ruleId: 'restrictions/en/require', kind: 'condition', voice: 'active', negatable: true, needsActor: true, abstractSubjectKind: 'condition', pattern: re(`(?:to|will|would|shall|must|could|may|should)\\s+require|requir(?:e|es|ed|ing)\\s+(?:that|(?!(?:me|you|us|him|her|them|it|your|my|our|a|an)\\s)(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to(?=\\s))|(?:is|are|was|were|be|been|being)\\s+required\\s+to`) },
    // a condition named as such: "removing tariffs is an important condition to any deal", "a ceasefire remains a
    // precondition for talks" (not "the condition of the patient": no copula before)
    { ruleId: 'restrictions/en/is-condition', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re('(?:is|are|was|were|be|remains?|remained)\\s+(?:an?|the)\\s+(?:(?:important|key|essential|necessary|main|crucial|major|basic|vital|firm|central|prior|non-negotiable)\\s+)?(?:pre-?)?condition\\s+(?:to|for)') },
    // a negotiating demand: "requires deeper concessions from China", "demanded firm guarantees" (the demands a party sets for a deal)
    { ruleId: 'restrictions/en/require-concessions', kind: 'condition', voice: 'active', pattern: re('(?:requir|demand)(?:e|es|ed|ing|s)?\\s+(?:(?:deeper|further|more|new|additional|significant|major|firm|written|binding|concrete|major)\\s+)?(?:concessions|guarantees|assurances)') },
    // --- limits
    // a maximum or legal limit stated with its figure: "they will be allotted the maximum 10 per cent", "the legal limit of
    // 0.1 microgram per litre", "a cap of $2 billion", "keeping the limit at eight", "keep a maximum draft of 44 feet" (not "the maximum speed was 300 km/h": no figure right after)
    { ruleId: 'restrictions/en/maximum-figure', kind: 'limit', voice: 'subject', pattern: re(`the\\s+(?:legal\\s+|statutory\\s+|permitted\\s+|allowed\\s+)?maximum\\s+(?:of\\s+)?(?:[$€£]\\s?)?[${DIGIT}][${DIGIT}.,]{0,12}|(?:legal|statutory|permitted|regulatory)\\s+(?:limit|ceiling|cap|threshold)\\s+(?:of\\s+)?(?:[$€£]\\s?)?[${DIGIT}][${DIGIT}.,]{0,12}|(?:a|the)\\s+(?:limit|cap|ceiling|quota)\\s+of\\s+(?:[$€£]\\s?)?[${DIGIT}][${DIGIT}.,]{0,12}|(?:a|the)\\s+maximum\\s+(?:[${LETTER}-]{3,20}\\s+)?(?:draft|speed|height|weight|load|size|length|capacity|stake|holding|share|term|rate|fee|price|penalty|sentence|number)\\s+of\\s+(?:[$€£]\\s?)?[${DIGIT}][${DIGIT}.,]{0,12}|(?:keep|keeps|kept|keeping|set|sets|setting|leave|leaves|left|leaving)\\s+the\\s+(?:limit|cap|ceiling|quota)\\s+at\\s+(?:[$€£]\\s?[${DIGIT}]|[${DIGIT}]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?![${LETTER}])`) },
    // "no-bid contracts are only open to the company selected…", "can only be used for…"
    { ruleId: 'restrictions/en/only-open', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re('(?:only|solely|exclusively)\\s+(?:be\\s+)?(?:open|available|accessible|reserved|allowed|permitted|authori[sz]ed|eligible|valid|granted|sold|offered|applicable|apply|applies|used|given)') },
    // "only the government may declare a state of emergency", "only licensed banks can offer the product", "only members are
    // allowed to vote" (not "the only way we can…", "only a few aircraft that can…", "only because they can…")
    // a text or authority that allows one thing only: "the constitution allows only a defensive intervention", "the rule
    // permits only two terms", "the law only provides for a fine" (not "it only takes a minute")
    { ruleId: 'restrictions/en/allows-only', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re(`(?:allow(?:s|ed)?|permit(?:s|ted)?|authori[sz](?:es|ed|e)|provid(?:es|ed|e)\\s+for)\\s+only|only\\s+(?:allow(?:s|ed)?|permit(?:s|ted)?|authori[sz](?:es|ed|e)|provid(?:es|ed|e)\\s+for)(?!\\s+(?:to|that|if)(?![${LETTER}]))`) },
    { ruleId: 'restrictions/en/only-may', kind: 'limit', voice: 'subject', rejectBefore: /(?:the|an|one|not|if|is|was|are|were)\s+$/iu, rejectAfter: new RegExp(`^\\s*(?:then|now|afterwards|later)(?![${LETTER}])`, 'iu'), pattern: re(`only\\s+(?!(?:a|one|because|if|when|then|to|by|after|once|in|on|at|for|with|as|just)\\s)(?:(?!(?:that|which|who|because|if|when|and|but)\\s)[${LETTER}${DIGIT}'’-]+\\s+){1,4}?(?:may|can|could|shall|are\\s+(?:allowed|permitted|entitled|authori[sz]ed)\\s+to|is\\s+(?:allowed|permitted|entitled|authori[sz]ed)\\s+to)(?!\\s+(?:also|only|still)\\s)`) },
    // a practice bounded to one purpose: "they use arms only to defend themselves", "the funds may be used only to pay
    // salaries" (not the idiom of an outcome, "…, only to find the door locked", nor "second only to")
    { ruleId: 'restrictions/en/only-to', kind: 'limit', voice: 'subject', includePrevWord: true, rejectBefore: new RegExp(`(?:[,;—–]|(?<![${LETTER}])(?:second|next|the|not|if|and|but))\\s*$`, 'iu'), pattern: re(`only\\s+to\\s+(?!(?:find|discover|see|learn|realize|realise|be|have|lose|watch|return|hear|face|fail|die|get|come|go|end|turn|run|meet|mention|name|a|an|the|those|his|her|their)(?![${LETTER}]))[${LETTER}]{2,20}`) },
    // "funds will be used exclusively for…"
    { ruleId: 'restrictions/en/exclusively', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re('exclusively') },
    // "limited to 20 people", "capped at 3 %", "restricted to members"
    // (not a past figure: "Growth was limited to 0.2 per cent in the third quarter", "the damage was confined to the roof" — a
    // change or a loss reported, bound by no one; restrictions/en/limited-to-figure; FR « La croissance s'est limitée à »)
    { ruleId: 'restrictions/en/limited-to', kind: 'limit', voice: 'passive', negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:growth|gains?|loss(?:es)?|declines?|falls?|drops?|rises?|increases?|decreases?|damage|contraction|slowdown|impact|downturn|turnout|rally|slide)\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:[${LETTER}]+ly\\s+)?$`, 'iu'), pattern: re('(?:limited|restricted|confined|capped|reserved)\\s+(?:to|at)') },
    // "to limit the number of…", "would cap emissions"
    // (the trigger holds its object's first word: "will restrict exports of ASML's machines" → the action is "exports of …")
    { ruleId: 'restrictions/en/limit-verb', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re('(?:limit|limiting|restrict|restricting|cap|capping|curb|curbing|curtail|curtailing)\\s+(?:the|its|their|his|her|access|imports|exports|use|sales|emissions|spending|immigration|production|output)') },
    // the finite verb needs an agent, a described agent or a text for subject ("Congress limits the use of…", "The law caps
    // emissions"), not a thing ("The missile's short range limits its use to coastal defence"; restrictions/en/limit-verb-finite)
    { ruleId: 'restrictions/en/limit-verb-finite', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, needsActor: true, abstractSubjectKind: 'limit', pattern: re('(?:limits|restricts|caps|curbs|curtails|curtailed)\\s+(?:the|its|their|his|her|access|imports|exports|use|sales|emissions|spending|immigration|production|output)') },
    // "up to a maximum of 50 people", "a ceiling of 3 %", "no more than 20 people may gather"
    { ruleId: 'restrictions/en/maximum-of', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re(`(?:up\\s+to\\s+)?a\\s+(?:maximum|ceiling|cap)\\s+of\\s+(?:[$€£]\\s?)?[${DIGIT}]{1,12}|no\\s+more\\s+than\\s+[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}\\s+(?:[${LETTER}-]+\\s+){1,3}?(?:may|can|will\\s+be|are|is)\\s+(?:allowed|permitted|gather|enter|be)`) },
    // "new travel restrictions", "tough import quotas", "a price cap"
    { ruleId: 'restrictions/en/restriction-noun', kind: 'limit', voice: 'active', pattern: re('(?:travel|trade|export|import|visa|border|entry|investment|new|tough|tougher|strict|stricter|sweeping)\\s+restrictions|restrictions\\s+(?:imposed|in\\s+force|in\\s+place)|(?:import|export|fishing|production|catch|immigration|emissions?)\\s+quotas?|price\\s+(?:caps?|ceilings?)') },
    // "its missions abroad are strictly regulated", "a tightly controlled market", "heavily restricted access"
    { ruleId: 'restrictions/en/strictly-regulated', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re('(?:strictly|tightly|heavily|severely)\\s+(?:regulated|controlled|limited|restricted|curtailed|rationed)') },
    // "a hiring freeze", "a freeze on wages", "a pay freeze"
    { ruleId: 'restrictions/en/freeze-limit', kind: 'limit', voice: 'active', pattern: re(`(?:hiring|wage|pay|price|rent|recruitment|salary)\\s+freeze|freeze\\s+on\\s+(?:the\\s+)?(?:[${LETTER}]+-[${LETTER}]+\\s+|public\\s+|private\\s+|new\\s+)?(?:hiring|wages|pay|prices|rents|recruitment|salaries|new)`) },
    // "restrictions on exports", "a cap on prices", "quotas on imports"
    { ruleId: 'restrictions/en/limit-noun', kind: 'limit', voice: 'active', pattern: re('(?:limits?|caps?|restrictions?|ceilings?|quotas?|curbs?)\\s+on') },
    // "the cost will not be greater than x", "may not exceed 5 %"
    { ruleId: 'restrictions/en/not-exceed', kind: 'limit', voice: 'subject', pattern: re('(?:must|shall|should|may|can|will|would)\\s+not\\s+(?:be\\s+)?(?:exceed|greater\\s+than|more\\s+than|higher\\s+than)|cannot\\s+exceed|not\\s+to\\s+exceed') },
    // "tax breaks for companies with more than 20 employees"
    { ruleId: 'restrictions/en/threshold-scope', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:for|to)\\s+(?:companies|firms|businesses|employers|households|people|individuals|families|taxpayers|workers|incomes|estates)\\s+(?:with|earning|employing|making|of)\\s+(?:more|fewer|less|over|under)\\s+(?:than\\s+)?[$€£]?[${DIGIT}]+`) },
    // --- refusals
    // "whose CEO refused to let its AI be used to design fully autonomous weapons"
    { ruleId: 'restrictions/en/refuse', kind: 'refusal', voice: 'active', rejectAfter: NO_COMMENT, pattern: re('refus(?:e|es|ed|ing)\\s+(?:to|that)') },
    // refusal without a refusal verb: "will not take their seats", "it will not take its 90 seats in the parliament", "vowed to boycott the vote", "a boycott of the talks"
    // a refusal whose object is a pronoun or the thing offered: "she refused it", "the union refused the offer", "they
    // refused them" ("refused to" / "refused that" are restrictions/en/refuse)
    { ruleId: 'restrictions/en/refuse-object', kind: 'refusal', voice: 'active', negatable: true, includePrevWord: true, pattern: re(`refus(?:e|es|ed|ing)\\s+(?:it|them|the\\s+(?:[${LETTER}-]+\\s+)?(?:offer|request|proposal|invitation|post|job|deal|bid|demand|plan|terms|compromise))`) },
    { ruleId: 'restrictions/en/boycott', kind: 'refusal', voice: 'active', pattern: re(`boycott(?:s|ed|ing)?|(?:will|would|did|do|does)\\s+not\\s+take\\s+(?:up\\s+)?(?:its|their|his|her|our)\\s+(?:[${LETTER}${DIGIT}-]+\\s+){0,2}?seats?|(?:refuses|refused|refusing|declined)\\s+to\\s+take\\s+(?:up\\s+)?(?:its|their|his|her)\\s+(?:[${LETTER}${DIGIT}-]+\\s+){0,2}?seats?`) },
    // an announced refusal: "Poland will not sign the pact", "the EU won't recognise the vote", "Speaker Mike Johnson has said he will not
    // bring it to a vote", "Kyiv will not negotiate", "the insurer will not pay", "Labour-run councils have said they will not issue work notices"
    // (an actor named before; not "would not pay off")
    { ruleId: 'restrictions/en/will-not', kind: 'refusal', voice: 'active', needsActor: true, pattern: re('(?:will|would|shall)\\s+(?:not|never)\\s+(?:(?:then|still|ever|now|simply|therefore|yet)\\s+)?(?:sign|ratify|attend|participate\\s+in|accept|recogni[sz]e|join|extradite|comply\\s+with|endorse|approve|hand\\s+over|negotiate|cooperate|testify|concede|back\\s+down|give\\s+in|lift|schedule|pay(?!\\s+off)|issue|enforce|implement|send|supply|deliver|(?:bring|put)\\s+(?:it|them|the\\s+(?:[a-z-]+\\s+)?(?:bill|measure|proposal|motion|treaty|deal|nomination))\\s+to\\s+a\\s+(?:floor\\s+)?vote)|won[\'’]t\\s+(?:sign|ratify|attend|participate\\s+in|accept|recogni[sz]e|join|extradite|comply\\s+with|endorse|approve|hand\\s+over|negotiate|cooperate|testify|concede|back\\s+down|give\\s+in|lift|schedule|pay(?!\\s+off)|issue|enforce|implement|send|supply|deliver|(?:bring|put)\\s+(?:it|them|the\\s+(?:[a-z-]+\\s+)?(?:bill|measure|proposal|motion|treaty|deal|nomination))\\s+to\\s+a\\s+(?:floor\\s+)?vote)') },
    // reluctance to commit, a refusal in negotiation: "Beijing is balking at committing to a specific amount", "unions baulked at the plan"
    { ruleId: 'restrictions/en/balk-at', kind: 'refusal', voice: 'active', pattern: re('ba(?:u)?lk(?:s|ed|ing)?\\s+at') },
    // "he was refused entry", "refused them a visa"
    { ruleId: 'restrictions/en/refused-entry', kind: 'refusal', voice: 'passive', pattern: re('refused\\s+(?:(?:him|her|them|it|us)\\s+)?(?:entry|access|permission|a\\s+visa|visas|bail|a\\s+licen[cs]e)') },
    // "lawmakers voted down the bill", "the judge denied the request"
    { ruleId: 'restrictions/en/vote-down', kind: 'refusal', voice: 'active', pattern: re(`vot(?:ed|es|e|ing)\\s+down|denied\\s+(?:the|a|an|his|her|their|its)\\s+(?:[${LETTER}-]+\\s+)?(?:request|application|appeal|bid|motion|petition)`) },
    // "his refusal to sign"
    { ruleId: 'restrictions/en/refusal', kind: 'refusal', voice: 'active', pattern: re('refusal\\s+(?:to|of|by)') },
    // "Congressional lawmakers rejected the proposal in October" (not "rejected the claims": a denial)
    // (a refutation is no refusal: "studies widely rejected by the scientific community")
    { ruleId: 'restrictions/en/reject', kind: 'refusal', voice: 'active', negatable: true, rejectAfter: /^\s*(?:the\s+|these\s+|those\s+|any\s+|such\s+)?(?:claims?|allegations?|accusations?|reports?|suggestions?|criticism|charges?|idea|notion|view|comparison)|^\s*by\s+(?:the\s+scientific\s+community|(?:most\s+)?(?:scientists|experts|researchers|studies))/iu, pattern: re('reject(?:s|ed|ing)?') },
    // "the Senate voted against the bill", "voted against the ratification of the treaty" (a text voted down; not a bare vote
    // count: "the deputies who voted against include…", "120 voted against")
    { ruleId: 'restrictions/en/voted-against', kind: 'refusal', voice: 'active', pattern: re(`vot(?:ed|es|e|ing)\\s+against\\s+(?:the|a|an|this|that|its|their|his|her|[${LETTER}.&-]{1,30}['’]s)\\s+(?:[${LETTER}-]{2,20}\\s+){0,2}?(?:bill|bills|law|motion|resolution|amendment|amendments|proposal|measure|budget|treaty|deal|text|reform|plan|ratification|nomination|accession|agreement|contract|offer|settlement|pact|package|accord|merger|takeover)(?![${LETTER}])`) },
    // "he was denied entry", "refused permission" is covered above; "denied a visa", "the government has denied permits for the new mine", "He was denied parole"
    { ruleId: 'restrictions/en/denied', kind: 'refusal', voice: 'passive', pattern: re('denied\\s+(?:(?:him|her|them|it|us)\\s+)?(?:entry|access|permission|a\\s+visa|visas|bail|parole|asylum|early\\s+release|a\\s+licen[cs]e|approval|(?:the\\s+)?(?:permits?|licen[cs]es)\\s+(?:for|to))') },
    // a suspect kept in custody by a court's order: "The judge ordered him held without bail", "he was remanded in custody", "detained
    // without bail pending trial" (FR restrictions/fr/controle-judiciaire: « placé en détention provisoire »)
    { ruleId: 'restrictions/en/held-without-bail', kind: 'sanction', voice: 'passive', pattern: re(`(?:held|detained|jailed|kept)\\s+(?:in\\s+(?:custody|jail|prison)\\s+)?without\\s+bail|remanded\\s+in(?:to)?\\s+custody`) },
    // coverage matrix (test/unit/restrictions-coverage.test.ts): an actor denying entry, access or a visa to someone, in the active
    // voice: "Israel denied entry to two US congresswomen", "The platform denied researchers access to its data" (the passive "was
    // denied entry" is restrictions/en/denied); FR restrictions/fr/refuser-acces
    { ruleId: 'restrictions/en/deny-access', objectInTrigger: true, kind: 'refusal', voice: 'active', pattern: re(`(?<!(?:was|were|been|be|being|is|are|get|got|gets)\\s{1,3})den(?:y|ies|ied|ying)\\s+(?:(?!(?:that|the\\s+(?:claims?|reports?|allegations?))(?![${LETTER}]))[${LETTER}${DIGIT}'’.-]+\\s+){0,4}?(?:entry|access|visas?|landing\\s+rights|permission)\\s+(?:to|into|for)(?![${LETTER}])`) },
    // the noun of a suspended flow toward someone, as restrictions/en/suspend-trade states it with the verb: "India announced the
    // suspension of all flights from Britain", "the suspension of arms sales to Riyadh"; FR restrictions/fr/suspension-echanges
    { ruleId: 'restrictions/en/suspension-of-trade', objectInTrigger: true, kind: 'sanction', voice: 'active', pattern: re('(?:suspension|halting|freezing|cutting\\s+off)\\s+of\\s+(?:all\\s+|its\\s+|their\\s+|the\\s+|new\\s+|further\\s+)?(?:arms|weapons|military|oil|gas|grain|energy)?\\s?(?:exports?|imports?|sales|deliveries|shipments|aid|funding|assistance|flights|cooperation|trade)\\s+(?:to|from|with|for)') },
    // the noun of an expulsion, with whom it sends away: "Poland announced the expulsion of 45 Russian diplomats" (the verb is
    // restrictions/en/expel); FR restrictions/fr/exclusion (« l'expulsion de 45 diplomates russes »)
    { ruleId: 'restrictions/en/expulsion-of', objectInTrigger: true, kind: 'sanction', voice: 'active', pattern: re(`expulsions?\\s+of\\s+(?:[${LETTER}${DIGIT}-]+\\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|journalists?|correspondents?|nationals|officials?|staff|migrants|asylum\\s+seekers)(?![${LETTER}])`) },
    // a passive prevention of a named act: "Protesters were prevented from entering the square", "the opposition was prevented from
    // standing" (the active "prevented X from" is left out: "the rain prevented the match from starting"); FR restrictions/fr/empeche-passif
    { ruleId: 'restrictions/en/prevented-from', kind: 'prohibition', voice: 'passive', pattern: re(`(?:was|were|is|are|been|be|being)\\s+(?:[${LETTER}]+ly\\s+)?prevented\\s+from(?=\\s+(?:entering|leaving|travell?ing|voting|attending|working|speaking|running|standing|taking\\s+part|competing|accessing|visiting|boarding|selling|buying|using|operating|holding|publishing|broadcasting|campaigning|protesting|demonstrating)(?![${LETTER}]))`) },
    // a ceiling stated by a negated permission: "Under the new rules, lenders cannot charge more than 36% interest", "banks may not
    // lend more than 4.5 times income", "the company cannot pay a dividend above $1.10 a share" (not a level a figure may not reach: "inflation
    // cannot rise above 2%"; "foreign states will not be allowed to own more than 15%", "cannot increase the licence fee by more than inflation";
    // FR restrictions/fr/ne-peut-plus-de)
    { ruleId: 'restrictions/en/cannot-more-than', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re(`(?:cannot|can\\s+not|can['’]t|may\\s+not|must\\s+not|shall\\s+not|(?:are|is)\\s+not\\s+(?:allowed|permitted)\\s+to|(?:will|would|shall)\\s+not\\s+be\\s+(?:allowed|permitted)\\s+to|(?:won|wouldn)['’]t\\s+be\\s+(?:allowed|permitted)\\s+to)\\s+(?!(?:afford|rise|fall|grow|climb|drop|expect|wait)\\s)(?:[${LETTER}]+\\s+){1,5}?(?:(?:more|fewer|less)\\s+than|above|in\\s+excess\\s+of)\\s+(?:[$€£]?[${DIGIT}]|(?:the\\s+(?:rate\\s+of\\s+)?)?inflation(?![${LETTER}]))`) },
    // a practice stated illegal without an infinitive after it: "The sale of alcohol after 10 pm is now illegal", "such payments
    // became unlawful in 2019" ("is illegal to/for" is restrictions/en/illegal-to); FR restrictions/fr/illegal-de
    { ruleId: 'restrictions/en/is-illegal', kind: 'prohibition', voice: 'subject', startAtClause: true, negatable: true, rejectAfter: /^\s+(?:to|for)\s/iu, pattern: re('(?:is|are|was|were|become|becomes|became|be|been|remain|remains|remained)\\s+(?:now\\s+|also\\s+|still\\s+|already\\s+)?(?:illegal|unlawful)') },
    // an authority closing an outlet of speech, faith or opposition: "The authorities shut down the opposition newspaper", "the junta
    // closed two independent TV channels" (a business closing its own plant is no restriction: the object list is of media, NGOs,
    // parties and places of worship); FR restrictions/fr/fermer-media
    { ruleId: 'restrictions/en/shut-down-outlet', kind: 'prohibition', voice: 'active', negatable: true, objectInTrigger: true, pattern: re(`(?:shut(?:s|ting)?\\s+down|clos(?:e|es|ed|ing))\\s+(?:(?:the|a|an|its|their|two|three|several|all|[${DIGIT}]+)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:newspapers?|channels?|broadcasters?|radio\\s+stations?|tv\\s+stations?|websites?|news\\s+sites?|outlets?|magazines?|ngos?|charities|mosques?|churches|parties|party|accounts)(?![${LETTER}])`) },
    // an obligation in the passive: "Airlines will be obliged to refund passengers within seven days", "banks are legally obligated to
    // report" (an actor or an agent description before it, as restrictions/fr/tenu-de: not "the skipper was obliged to return to
    // port"; the active "obliges X to" is restrictions/en/oblige; "forced to" is left out: "forced to retire with an injury"); FR
    // restrictions/fr/tenu-de, restrictions/fr/astreint-a
    { ruleId: 'restrictions/en/obliged-to', kind: 'condition', voice: 'subject', needsActor: true, pattern: re(`(?:is|are|was|were|be|been|being)\\s+(?:(?:now|also|legally|still|therefore)\\s+)?(?:obliged|obligated)\\s+to(?=\\s+[${LETTER}]{2,20})`) },
    // an obligation imposed by a verb of mandate, on an actor or a text: "New York mandated vaccines for all city workers", "the law
    // mandates that platforms verify ages" (not "UN-mandated", nor "mandated to investigate": an authority given, not an obligation);
    // FR « impose le port du masque » is restrictions/fr/imposer-obligation
    { ruleId: 'restrictions/en/mandate', kind: 'condition', voice: 'active', needsActor: true, abstractSubjectKind: 'condition', rejectBefore: /-$/u, rejectAfter: /^\s+(?:to|by|with)\s/iu, pattern: re('mandat(?:es|ed|ing)') },
    // "the board turned down the offer"
    // (not the idiom of lowering: "turn down the rhetoric", "turn down the heat")
    { ruleId: 'restrictions/en/turn-down', kind: 'refusal', voice: 'active', rejectAfter: new RegExp(`^\\s+(?:the\\s+)?(?:rhetoric|volume|heat|temperature|music|noise|lights?|tone)(?![${LETTER}])`, 'iu'), pattern: re('turn(?:s|ed|ing)?\\s+down') },
    // "the president vetoed the bill" (not the political-science "too many veto points")
    // (nor the power to veto, no veto used: "the veto power of the permanent members", "its right of veto"; restrictions/en/veto-power;
    // FR « le droit de veto »)
    { ruleId: 'restrictions/en/veto', kind: 'refusal', voice: 'active', negatable: true, rejectAfter: new RegExp(`^\\s*(?:points?|players?|powers?|rights?|holders?|-wielding)(?![${LETTER}])`, 'iu'), rejectBefore: new RegExp(`(?<![${LETTER}])(?:right|rights|power|powers)\\s+of\\s+$`, 'iu'), pattern: re('veto(?:es|ed|ing)?') },
    // "the firm declined to sell", "the Senate declined to confirm the nominee" (not "declined to comment", "declined to confirm the report", "declined to directly name",
    // "declined to address whether he slept on the job", not "declined to 3 %")
    { ruleId: 'restrictions/en/decline-to', kind: 'refusal', voice: 'active', rejectAfter: new RegExp(`^\\s*(?:to\\s+)?(?:[${LETTER}]+ly\\s+)?(?:comment|say|confirm(?!\\s+(?:the\\s+|his\\s+|her\\s+)?(?:nominee|nomination|appointment))|be\\s+|[$€£${DIGIT}]|${NO_COMMENT_VERBS})`, 'iu'), pattern: re('declin(?:e|es|ed|ing)\\s+to') },
    // --- sanctions
    // "banned from competing", "excluded from the tender", "pushed out of federal projects", "Huawei is effectively locked out of the US market"
    { ruleId: 'restrictions/en/excluded-from', kind: 'sanction', voice: 'passive', rejectAfter: EN_FROM_DATE, pattern: re('(?:banned|excluded|expelled|suspended|ousted|blacklisted|disqualified)\\s+from|(?:pushed|kicked|forced|frozen|locked|shut)\\s+out\\s+of') },
    // "Ron Artest has been suspended for the rest of the season", "were each suspended one game" (a person or body named before it; "has
    // suspended" is the active perfect, "the ministry has suspended imports": restrictions/en/halt-activity)
    { ruleId: 'restrictions/en/suspended', kind: 'sanction', voice: 'passive', needsActor: true, pattern: re(`(?:was|were|is|are|been|be|being)\\s+(?:[${LETTER}]+ly\\s+|each\\s+|also\\s+|then\\s+)?suspended`) },
    // A suspension counted in games, or indefinite, or without pay, is a sanction even when nobody is named: "The league
    // suspended the player for five games" (active: the subject suspends), "the striker was suspended for two matches",
    // "suspended indefinitely", "suspended without pay"; days or weeks are left out: "production was suspended for two
    // weeks" is a halt, not a sanction
    { ruleId: 'restrictions/en/suspended-for', kind: 'sanction', voice: 'active', pattern: re(`(?<!(?:was|were|been|be|being|is|are|has|have|had)\\s)suspend(?:s|ed)?\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,7}?${SUSPENSION_LENGTH}`) },
    { ruleId: 'restrictions/en/was-suspended-for', kind: 'sanction', voice: 'passive', pattern: re(`(?:was|were|been|is|are)\\s+(?:[${LETTER}]+ly\\s+|each\\s+|also\\s+|then\\s+)?suspended\\s+${SUSPENSION_LENGTH}`) },
    // "received a 5 game suspension", "a two-year suspension" (not "a bill to ban", "a plan to ban": an infinitive, restrictions/en/ban)
    { ruleId: 'restrictions/en/suspension', kind: 'sanction', voice: 'passive', pattern: re(`(?:a|an)\\s+(?:(?!to\\s)[${LETTER}${DIGIT}-]+\\s+){0,2}?(?:suspension|ban)(?!\\s+(?:on|of))`) },
    // "sanctions against Russia", "the US sanctioned five officials"; not sanctions broken or dodged, which states no new measure:
    // "may have violated sanctions", "helped Iran evade US sanctions" (second new-user trial)
    // (nor the noun as a modifier of a profession: "Sanctions experts say the list is updated every few months", "a sanctions lawyer";
    // restrictions/en/sanctions-modifier)
    { ruleId: 'restrictions/en/sanction', kind: 'sanction', voice: 'active', rejectBefore: SANCTIONS_BROKEN, pattern: re(`sanction(?:ed|ing|s?(?!\\s+(?:experts?|lawyers?|attorneys?|analysts?|specialists?|researchers?|scholars?|consultants?|advisers?|advisors?|practitioners?|compliance)(?![${LETTER}])))`) },
    // "fined $5 million", "a fine of €2m", "a $5 million fine", "penalties for late filing", "imposed a $68 million civil money penalty",
    // "agreed to pay $4.3 billion in penalties", "imposed a 75 million euro fine on SFR"
    // (the noun is its own action: "a €15 million fine imposed by…" → "a €15 million fine"; its payer — "agreed to pay a fine",
    // undergoBefore — is its target)
    { ruleId: 'restrictions/en/fine', kind: 'sanction', voice: 'active', nounAction: new RegExp(`^(?!fined(?![${LETTER}]))`, 'iu'), pattern: re(`fined|fines?\\s+(?:of|totall?ing|worth)\\s+(?:[$€£]|[${DIGIT}]|about|up\\s+to|more\\s+than)|fines\\s+(?:for|on|against)|[$€£][${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m|k)?\\s+(?:(?:civil|criminal|money|monetary|administrative|antitrust|regulatory|record)\\s+){0,2}(?:fine|penalty)|[${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn)?\\s*(?:euros?|dollars?|pounds?|francs?|yuan|yen|rupees?)\\s+(?:(?:civil|criminal|administrative|antitrust|regulatory|record)\\s+){0,2}(?:fine|penalty)|(?:record|hefty|heavy|civil|criminal)\\s+(?:fine|penalty)|[$€£][${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m|k)?\\s+in\\s+(?:(?:civil|criminal)\\s+)?(?:fines|penalties)|penalt(?:y|ies)\\s+(?:of\\s+(?:[$€£]|[${DIGIT}]|up\\s+to)|against)`) },
    // "was stripped of his title", "stripped of their citizenship"
    { ruleId: 'restrictions/en/stripped-of', kind: 'sanction', voice: 'passive', rejectAfter: new RegExp(`^\\s*(?:(?:the|their|his|her|its)\\s+)?(?:legal\\s+|constitutional\\s+|basic\\s+)?rights?\\s+(?:to|of)(?![${LETTER}])`, 'iu'), pattern: re(`stripped\\s+(?:[${LETTER}]+\\s+)?of|strip(?:s|ping)?\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,3}?of\\s+(?:his|her|their|its)`) },
    // "was ordered to pay $5 million in damages"
    { ruleId: 'restrictions/en/ordered-to-pay', kind: 'sanction', voice: 'passive', pattern: re(`ordered\\s+(?:(?:the|a|an|its|their|[${LETTER}${DIGIT}'’.-]+)\\s+){0,3}?to\\s+(?:pay|repay|refund|compensate)`) },
    // "revoked the company's licence", "its licence was revoked", "the regulator suspended the airline's operating licence"
    { ruleId: 'restrictions/en/revoke', kind: 'sanction', voice: 'active', pattern: re(`(?:revok(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|withdr(?:ew|aws?|awn|awing))\\s+(?:the|its|their|his|her)\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){0,2}?(?:licen[cs]es?|permits?|visas?|accreditation|citizenship|status|authori[sz]ation|mandate)|(?:licen[cs]es?|permits?|visas?|accreditation|citizenship|authori[sz]ation)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+revoked`) },
    // expulsion of a member: "the party expelled the MP over his comments", "the club expelled three players"
    { ruleId: 'restrictions/en/expel-member', kind: 'sanction', voice: 'active', pattern: re(`(?:expel(?:s|led|ling)?|exclud(?:es|ed|ing))\\s+(?:(?:the|a|an|its|their|two|three|four|five|several|[${DIGIT}]+)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:MPs?|members?|lawmakers?|deput(?:y|ies)|senators?|councill?ors?|players?|athletes?|students?|pupils?|activists?|officials?|leaders?)(?![${LETTER}])`) },
    // expulsion of a named person, after insertions: "the party expelled, on Monday, John Smith", "expelled John Smith"
    { ruleId: 'restrictions/en/expel-name', kind: 'sanction', voice: 'active', negatable: true, objectActor: { kinds: ['person'], gap: INSERTIONS }, pattern: re('expel(?:s|led)') },
    // "expelled two Russian diplomats", "expels the ambassador"
    { ruleId: 'restrictions/en/expel', kind: 'sanction', voice: 'active', pattern: re(`expel(?:s|led|ling)?\\s+(?:the\\s+|its\\s+|[${DIGIT}]+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|dozens\\s+of\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:diplomats?|ambassadors?|envoys?|journalists?|officials|attaché)`) },
    // "placed under house arrest", "his immunity was lifted", "lifted the senator's immunity"
    { ruleId: 'restrictions/en/house-arrest', kind: 'sanction', voice: 'passive', pattern: re(`(?:under|to)\\s+house\\s+arrest|(?:lift(?:s|ed|ing)?|waive(?:s|d)?|remov(?:e|es|ed|ing))\\s+(?:(?:his|her|their|its|the)\\s+)?(?:[${LETTER}'’-]+\\s+)?(?:parliamentary\\s+|legal\\s+|diplomatic\\s+)?immunity|immunity\\s+(?:was|has\\s+been|had\\s+been|were)\\s+(?:lifted|waived|removed)`) },
    // "punitive tariffs on steel", "retaliatory duties", "anti-dumping duties"
    { ruleId: 'restrictions/en/punitive-tariffs', kind: 'sanction', voice: 'active', pattern: re('(?:punitive|retaliatory|anti-dumping|antidumping|countervailing|penalty)\\s+(?:tariffs?|duties|measures|levies)') },
    // trade sanctions: "Washington imposed 25% tariffs on Chinese steel", "threatened to impose new duties on imports"
    { ruleId: 'restrictions/en/impose-tariffs', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`impos(?:e|es|ed|ing)\\s+(?:(?:new|additional|fresh|higher|steep|heavy|sweeping|import|[${DIGIT}]{1,3}(?:[.,][${DIGIT}]{1,2})?\\s?%|[${DIGIT}]{1,3}(?:[.,][${DIGIT}]{1,2})?\\s+per\\s?cent)\\s+){0,3}(?:tariffs|duties|levies|customs\\s+duties)\\s+${TARIFF_RATE}(?:on|against)`) },
    // tariffs stated by their rate or as imposed, without the verb "impose" before them: "the 15% tariffs on about $125 billion
    // worth of Chinese goods", "the 25% tariffs imposed on an earlier list", "a scheduled Dec. 15 imposition of tariffs on…"
    // (not "tariffs imposed during the war", a mention inside another clause; not "import tariffs fell")
    { ruleId: 'restrictions/en/rate-tariffs', kind: 'sanction', voice: 'active', pattern: re(`[${DIGIT}]{1,3}(?:[.,][${DIGIT}]{1,2})?\\s?(?:%|per\\s?cent|percent)\\s+(?:(?:new|additional|import|punitive|retaliatory)\\s+)?(?:tariffs?|duties|levies)\\s+(?:on|against)|(?:tariffs|duties|levies)\\s+(?:(?:already|previously)\\s+)?imposed\\s+(?:on|against)|imposition\\s+of\\s+(?:(?:new|additional|further|higher|fresh)\\s+)?(?:tariffs|duties|levies|sanctions)`) },
    // tickets for an offence: "333 tickets were issued by police for breaking the highway code", "officers issued 40 speeding
    // tickets" (not "tickets were sold": a show); FR restrictions/fr/constats-infraction
    { ruleId: 'restrictions/en/tickets-issued', kind: 'sanction', voice: 'active', pattern: re(`(?:tickets|citations)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:issued|handed\\s+out|written)|issued\\s+(?:[${DIGIT}][${DIGIT},]{0,9}\\s+)?(?:(?:traffic|parking|speeding)\\s+)?(?:tickets|citations)`) },
    // "he was jailed for five years", "imprisoned for life"
    { ruleId: 'restrictions/en/jailed-for', kind: 'sanction', voice: 'passive', pattern: re(`(?:jailed|imprisoned)\\s+for\\s+(?:[${DIGIT}]|life|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|several|a\\s+(?:year|decade|month))`) },
    // "was declared ineligible to run", "was disqualified", "a five-year ban from office" is covered by ban
    { ruleId: 'restrictions/en/ineligible', kind: 'sanction', voice: 'passive', pattern: re('(?:declared|ruled|made|rendered|was|were|been)\\s+ineligible|(?:was|were|been|be|being)\\s+disqualified') },
    // judicial penalties: "was sentenced to five years in prison"
    { ruleId: 'restrictions/en/sentenced', kind: 'sanction', voice: 'passive', pattern: re('sentenced\\s+to') },
    // imprisonment without a term: "the 75 Cuban dissidents jailed last year by the government", "he was imprisoned after the
    // coup" ("jailed for five years" is restrictions/en/jailed-for, the longer match)
    { ruleId: 'restrictions/en/jailed', kind: 'sanction', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are)\\s+(?:[${LETTER}]+ly\\s+)?(?:jailed|imprisoned)|jailed(?=\\s+(?:by|last|in|on|after|over|since|until|without|earlier|this)\\s)`) },
    // dismissal from a post: "the editor was sacked", "Rajoy sacked the head of the broadcaster", "removed from office"
    { ruleId: 'restrictions/en/sacked', kind: 'sanction', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are|got|get|gets)\\s+(?:[${LETTER}]+ly\\s+)?sacked|sack(?:s|ed|ing)\\s+(?:the|his|her|its|their)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:minister|coach|manager|chief|head|director|editor|president|commander|governor|staff|team|board)|(?:dismissed|removed|ousted|fired|relieved|let\\s+go)\\s+from\\s+(?:(?:his|her|their|the)\\s+)?(?:post|office|job|position|duties|cabinet|command)|relieved\\s+of\\s+(?:his|her|their)\\s+(?:duties|command|post)`) },
    // "an asset freeze", "froze the assets of five officials"
    // (an owner's named property too: "The court froze the oligarch's London mansion", "froze Rosneft's bank accounts"; FR
    // restrictions/fr/gel-avoirs « a gelé la villa de l'oligarque »)
    { ruleId: 'restrictions/en/asset-freeze', objectInTrigger: true, kind: 'sanction', voice: 'active', negatable: true, pattern: re(`asset\\s+freezes?|fr(?:oze|eeze|eezes|ozen)\\s+(?:the\\s+)?(?:[${LETTER}${DIGIT}'’-]+\\s+){0,2}?assets|fr(?:oze|eeze|eezes|ozen)\\s+(?:the\\s+)?(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)(?:[${LETTER}-]+\\s+){0,2}?(?:mansions?|villas?|yachts?|propert(?:y|ies)|estates?|bank\\s+accounts?|accounts?|holdings|stakes?|jets?)(?![${LETTER}])`) },
    // "the company was blacklisted"
    { ruleId: 'restrictions/en/blacklist', kind: 'sanction', voice: 'active', pattern: re('blacklist(?:s|ed|ing)?') },
    // --- recall additions (business, politics, defence news)
    // a deal, rule or flow blocked, its owner named by a possessive or an adverb before it: "The European Commission blocked
    // Siemens' proposed merger with Alstom", "the judge temporarily blocked the rule", "blocking the delivery of aid",
    // "Jordan blocked the Rukban crossing point" (the bare determiner + noun case is restrictions/en/block-deal; not the
    // noun of finance: "a block sale of its stake")
    { ruleId: 'restrictions/en/block-owned', objectInTrigger: true, kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`block(?:s|ed|ing)?(?!\\s+(?:sales?|trades?|purchases?|votes?|deals?|listings?|transfers?|bids?)(?![${LETTER}]))\\s+(?:(?:temporarily|effectively|formally|again|also|indefinitely|partially|permanently)\\s+)?(?:(?:the|a|an|its|their|this|that|any|all|further|new)\\s+)?(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)?(?:[${LETTER}${DIGIT}$€£.,-]+\\s+){0,3}?(?:mergers?|deals?|acquisitions?|takeovers?|sale|bids?|purchases?|rules?|regulations?|orders?|bills?|laws?|decrees?|projects?|exports?|imports?|nominations?|appointments?|promotions?|confirmation|resolutions?|funding|delivery|deliveries|shipments?|access|crossings?|crossing\\s+points?|aid|downloads|transfers?|payments?|investments?|deployment|listing|vote|entry|release|sales|policy|plans?)(?![${LETTER}])`) },
    // "blocking them from access to food", "the ruling prevents Apple from selling the iPhone 7", "an order stopping the
    // company from exporting" (not a process stopped: "prevent the virus from spreading", "keep prices from rising"; not
    // weather or "nothing" preventing: "the rain stopped us from playing", "nothing prevents investors from buying")
    { ruleId: 'restrictions/en/prevent-from', kind: 'prohibition', voice: 'active', partyInTrigger: true, negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:nothing|no\\s+one|nobody|rain|snow|weather|storms?|fog|winds?|injury|illness)\\s+$`, 'iu'), pattern: re(`(?:prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|stop(?:s|ped|ping)?|restrict(?:s|ed|ing)?|prohibit(?:s|ed|ing)?)\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?from\\s+(?!(?:spreading|happening|rising|falling|collapsing|growing|becoming|getting|going|turning|reaching|dropping|escalating|overheating|breaking|melting|leaking|burning|flooding|sliding|slipping|spiralling|spiraling|deteriorating|worsening)(?![${LETTER}]))(?:access|[${LETTER}]{2,20}ing)`) },
    // an authority's halt of an activity: "A federal judge halted construction of the Keystone XL pipeline", "the ministry
    // has suspended imports of beef from Brazil", "Nokia halted sales in Russia", "China has stopped buying American
    // soybeans", "Twitter will stop accepting political advertising", "several banks stopped lending to coal projects", "The Pentagon
    // has paused some shipments of interceptors to Ukraine", "Beijing stopped approving
    // shipments of antimony to American buyers", "The exchange has halted withdrawals for customers in 14 states" (not "production was halted by the strike": an object of trade, works or licences is required)
    { ruleId: 'restrictions/en/halt-activity', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze)\\s+(?:(?:all|its|their|the|new|further|some|several|certain)\\s+)?(?:(?:arms|weapons|military|oil|gas|grain|beef|pork|poultry|chip|crude|energy|visa|new)\\s+)?(?:(?:construction|work|exports|imports|sales|deliveries|shipments|trading|issuance|issuing|withdrawals|redemptions|transfers)\\s+(?:of|on|in|at|from|for)|(?:buying|selling|exporting|importing|shipping|supplying|issuing|granting|accepting|allowing|offering|providing|servicing|lending|financing|investing|doing\\s+business|approving|licen[cs]ing|authori[sz]ing|renewing|processing))`) },
    // the grounding of aircraft by an authority or their owner: "The FAA grounded all Boeing 737 Max aircraft", "the airline
    // grounded its fleet" (not weather: "heavy snow grounded flights"; the passive "remain grounded" is restrictions/en/grounded)
    { ruleId: 'restrictions/en/ground-fleet', kind: 'prohibition', voice: 'active', negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:snow|fog|storms?|weather|winds?|ash|strikes?|hurricane|typhoon|blizzard|ice|lightning)\\s+$`, 'iu'), pattern: re(`ground(?:s|ed|ing)?\\s+(?:(?:all|its|their|the|every|some)\\s+)?(?:[${LETTER}${DIGIT}-]+(?:['’]s?)?\\s+){0,4}?(?:aircraft|planes?|airplanes?|jets?|fleets?|helicopters?|drones?|airliners?|flights)(?![${LETTER}])`) },
    // a licence, account or status taken away, its holder named by a possessive: "The regulator revoked Uber's licence to
    // operate in London", "Twitter suspended the account of the former president", "cancelled the broadcaster's licence", "revoked the
    // company's BitLicense"
    // a regulator suspending or banning someone's broadcasts or publication: "Ofcom suspended the channel's broadcasts for a month", "the
    // regulator suspended the broadcasting of RT" (restrictions/en/suspend-broadcast)
    // (not its own: "The newspaper suspended the publication of its weekend edition")
    { ruleId: 'restrictions/en/suspend-broadcast', objectInTrigger: true, kind: 'sanction', voice: 'active', negatable: true, pattern: re(`(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|bann?(?:s|ed|ing)?)\\s+(?:the\\s+[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+(?:broadcasts?|broadcasting|transmissions?|publication)(?![${LETTER}])|(?:the\\s+)?(?:broadcasts?|broadcasting|transmissions?|publication)\\s+of(?!\\s+(?:its|their)\\s)(?![${LETTER}]))`) },
    { ruleId: 'restrictions/en/revoke-owned', kind: 'sanction', voice: 'active', pattern: re(`(?:revok(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|withdr[ae]w|withdraws?|strip(?:s|ped))\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)(?:[${LETTER}${DIGIT}'’-]+\\s+){0,2}?(?:[${LETTER}]{0,12}licen[cs]es?|permits?|visas?|accreditation|citizenship|authori[sz]ation|accounts?|registration|membership|broadcasting\\s+rights)|(?:suspend(?:s|ed|ing)?|clos(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|ban(?:s|ned|ning)?)\\s+(?:the|his|her|their|its)\\s+(?:[${LETTER}-]+\\s+)?accounts?\\s+of`) },
    // exclusion from a system or list: "Russian banks were cut off from the SWIFT payment system", "the company was delisted
    // from the New York Stock Exchange", "Turkey was removed from the F-35 programme" (an actor named before and a body, list or
    // programme after: not "debris was removed from the site", "an inmate can be removed from suicide watch")
    { ruleId: 'restrictions/en/removed-from', kind: 'sanction', voice: 'passive', needsActor: true, pattern: re(`(?:was|were|been|be|being|is|are|get|got)\\s+(?:[${LETTER}]+ly\\s+)?(?:removed|thrown\\s+out|kicked\\s+out|dropped)\\s+from\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[${LETTER}${DIGIT}-]+\\s+){0,3}?(?:programme|program|list|board|committee|party|team|index|exchange|coalition|alliance|group|league|competition|tournament|register|ballot|cabinet|council|government|office|post|squad)(?![${LETTER}])`) },
    // "Russian banks were cut off from the SWIFT payment system", "delisted from Nasdaq", "struck off the register"
    { ruleId: 'restrictions/en/cut-off-from', kind: 'sanction', voice: 'passive', pattern: re(`(?:cut|cuts|cutting)\\s+off\\s+from\\s+(?:the\\s+)?(?:[${LETTER}${DIGIT}-]+\\s+){0,3}?(?:system|network|market|markets|financing|funding|supplies|aid|programme|program|internet)|delisted\\s+from|struck\\s+off\\s+(?:the\\s+)?(?:register|roll|list)`) },
    // a noun of exclusion or a hold on aid: "his exclusion from some important meetings", "the hold on U.S. security
    // assistance", "a freeze on military aid", "the suspension of arms sales to"
    { ruleId: 'restrictions/en/exclusion-noun', kind: 'sanction', voice: 'active', pattern: re(`(?:exclusion|expulsion)\\s+from|(?:hold|freeze|halt|pause|suspension)\\s+(?:on|of)\\s+(?:(?:the|all|its|their)\\s+)?(?:[${LETTER}.-]+\\s+){0,2}?(?:aid|assistance|funding|arms\\s+(?:sales|exports|deliveries)|military\\s+(?:aid|sales|deliveries)|weapons\\s+(?:sales|deliveries))(?![${LETTER}])`) },
    // money held back: "The White House froze $400 million in military aid to Ukraine", "the government withheld funding from
    // the agency", "Congress withheld $300 million in aid", "Washington halted $1.3 billion in military aid to Egypt"
    { ruleId: 'restrictions/en/withhold-aid', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`(?:withh[eo]ld(?:s|ing)?|fr(?:oze|eeze|eezes|eezing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|cut(?:s|ting)?\\s+off)\\s+(?:(?:the|all|its|their|some|about|nearly|roughly|more\\s+than)\\s+)?(?:[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m)?\\s+(?:in|of)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:aid|assistance|funding|funds|payments?|grants?)(?![${LETTER}])`) },
    // a condition of approval without "subject to": "Any sale of the stake will require government approval", "exports of the
    // technology require a licence from the Commerce Department", "the deal needs the approval of regulators", "Exports of cough syrups now need a
    // certificate of analysis from a government laboratory", "companies will need BIS-issued licenses to sell", "approval from the Chinese regulator is still required"
    { ruleId: 'restrictions/en/require-approval', kind: 'condition', voice: 'subject', startAtClause: true, negatable: true, pattern: re(`(?:requir(?:e|es|ed|ing)|need(?:s|ed)?)\\s+(?:(?:the|a|an|prior|special|official|formal|explicit|written)\\s+){0,2}(?:[${LETTER}-]+\\s+){0,2}?(?:approvals?|licen[cs]es?|permits?|consent|authori[sz]ations?|clearances?|sign-off|green\\s+light|backing|certificates?|accreditation)(?![${LETTER}])|(?:approval|consent|licen[cs]e|permit|authori[sz]ation|clearance)\\s+(?:from\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?)?(?:is|are|was|will\\s+be|would\\s+be)\\s+(?:still\\s+|also\\s+)?(?:required|needed|necessary)`) },
    // aid, sharing or supplies cut off or paused by a state: "Washington cut off intelligence sharing with Kyiv", "cut off military aid
    // to", "Washington paused intelligence sharing with Kyiv" (FR
    // restrictions/fr/cesser-de-delivrer « a cessé de partager ses renseignements avec »)
    { ruleId: 'restrictions/en/cut-off-aid', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:cut(?:s|ting)?\\s+off|paus(?:e|es|ed|ing))\\s+(?:(?:all|its|their|the|further)\\s+)?(?:(?:military|economic|financial|humanitarian|security|US|American|European|EU)\\s+)?(?:intelligence\\s+sharing|intelligence|aid|assistance|funding|supplies|arms\\s+supplies|deliveries|cooperation|loans|credit)(?![${LETTER}])`) },
    // a package, a sale or an accession held up by a party: "Hungary held up the EU's €50 billion aid package for Ukraine", "held up
    // the sale of F-16s" (not "shares held up well"; FR restrictions/fr/bloquer « a bloqué l'aide européenne »)
    { ruleId: 'restrictions/en/hold-up', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:held|holds|holding|hold)\\s+up\\s+(?:the|a|an|its|their|[${LETTER}${DIGIT}.&-]{1,30}['’]s?)\\s+(?:[${LETTER}${DIGIT}$€£.,'’-]+\\s+){0,4}?(?:aid|package|deal|sale|bill|nominations?|funding|accession|membership|sanctions|deliver(?:y|ies)|budget|loan|tranche|agreement|approval|ratification)(?![${LETTER}])`) },
    // an obligation imposed by a text: "a law mandating that 2 percent of corporate profits go toward charity", "the rule
    // mandates the use of…", "mandated companies to disclose" (not the noun: "the UN mandate that expires", "a mandate by voters to reform")
    { ruleId: 'restrictions/en/mandate', kind: 'condition', voice: 'active', rejectBefore: new RegExp(`(?<![${LETTER}])(?:a|an|the|his|her|its|their|our|new|popular|strong|clear|electoral|democratic|un|mission['’]s|[${LETTER}]+['’]s)\\s+$`, 'iu'), pattern: re(`mandat(?:e|es|ed|ing)\\s+(?:that|the\\s+use|(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,3}?to(?=\\s))`) },
    // a condition with the modal between "only" and "if": "The loan will only be released if Greece meets its targets",
    // "Iran would only negotiate if sanctions are lifted": a passive or a verb of agreement, release or action after
    // "only" (not a forecast: "the company would only grow if it invested more"; the adjacent "only if" is restrictions/en/on-condition)
    { ruleId: 'restrictions/en/only-verb-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`only\\s+(?:be\\s+[${LETTER}]{2,20}(?:ed|en|id|wn|ld|lt|nt)|(?:agree|sign|negotiate|accept|approve|release|allow|lift|proceed|resume|return|pay|sell|disburse|consider|support|talk|withdraw|grant|go\\s+ahead|take\\s+place|begin|start|ratify|join|attend|intervene))\\s+(?:[${LETTER}]{2,20}\\s+)?(?:if|when|once|after)(?!\\s+(?:needed|necessary|possible|required|asked)(?![${LETTER}]))`) },
    // a permission that a rule takes away: "Companies will no longer be able to sell the product in Europe", "owners whose licences expire in 2028
    // will not be able to renew them" (with "without"
    // it is restrictions/en/not-without)
    { ruleId: 'restrictions/en/no-longer-able', kind: 'prohibition', voice: 'subject', pattern: re('(?:will|would|shall)\\s+(?:no\\s+longer|not)\\s+be\\s+able\\s+to\\s+(?:legally\\s+)?(?:sell|export|import|operate|enter|bid|buy|invest|own|acquire|fly|land|travel|access|trade|list|advertise|broadcast|deploy|use|work|vote|renew|extend|rent|let|open|expand|hire|issue)') },
    // a permission taken away, with any modal of "no longer" and an activity a rule governs: "Under the new law, social media
    // companies can no longer collect data from children", "Russian athletes will no longer be able to compete under their flag",
    // "landlords may no longer evict tenants in winter" (an actor or a regulated party named before it; not an incapacity: "he can
    // no longer walk", "firms can no longer compete with cheap imports"); FR restrictions/fr/ne-peut-plus
    { ruleId: 'restrictions/en/no-longer-may', kind: 'prohibition', voice: 'subject', needsActor: true, pattern: re(`(?:(?:can|may)\\s+no\\s+longer|(?:will|would|shall)\\s+no\\s+longer\\s+be\\s+able\\s+to|(?:is|are)\\s+no\\s+longer\\s+able\\s+to)\\s+(?:legally\\s+)?(?!compete\\s+with(?![${LETTER}]))(?:sell|buy|export|import|operate|enter|fly|bid|invest|own|acquire|list|${REGULATED_ACTIVITY})`) },
    // a quantity allowed at most: "Iran is allowed to keep no more than 300 kg of enriched uranium", "banks may hold at most 5 %"
    { ruleId: 'restrictions/en/allowed-at-most', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:allowed|permitted|entitled|authori[sz]ed|able)\\s+to\\s+(?:[${LETTER}'’-]+\\s+){1,3}?(?:no\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of)|(?:may|can|could)\\s+(?:only\\s+)?(?:[${LETTER}'’-]+\\s+){1,2}?(?:no\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of)\\s+(?:[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\\s+hundred)(?![${LETTER}]))`) },
    // an active cap stated with its level: "The EU capped bankers' bonuses at twice their salary", "the bank restricted
    // withdrawals to $500 a day", "The Fed capped Wells Fargo's assets at $1.95 trillion", "limits fees to 1 %" ("limited to" is restrictions/en/limited-to)
    { ruleId: 'restrictions/en/cap-at', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:cap(?:s|ped|ping)?|limit(?:s|ing)?|restrict(?:s|ing)?)\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[${LETTER}${DIGIT}'’.&-]+\\s+){0,7}?(?:at|to)\\s+(?:[$€£]\\s?[${DIGIT}][${DIGIT}.,]{0,12}|[${DIGIT}][${DIGIT}.,]{0,12}|twice|half|one|two|three|four|five|six|ten|a\\s+maximum)`) },
    // the verb of limiting before an owned or qualified object: "Beijing restricted access to Google services", "restricts
    // Chinese companies' access to", "shut down factories and limit traffic", "curb Russia's oil revenues" (not the adjective: "residents with limited access to the internet"; after "has" it stays ambiguous and is read as the verb)
    { ruleId: 'restrictions/en/limit-object', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:with|without|of|a|the|no|very|only|relatively|offer|offers|offered|gives?|gave|get|gets|got)\\s+$`, 'iu'), pattern: re(`(?:limit|limiting|restrict|restricting|curb|curbing|cap|capping|curtail|curtailing)\\s+(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+|(?:[${LETTER}-]+\\s+){1,2}?)?(?:(?:number|amount|volume|quantity|export|import|sale|use|supply)\\s+of|(?:interest\\s+)?rates|access|traffic|travel|movement|entry|withdrawals|trading|ownership|investments?|purchases|bonuses|rents|rentals|flights|visas|arms\\s+sales|revenues|imports|exports|sales|use|emissions|prices|tariffs|fees|charges|pay|salaries|wages|speculation|immigration|migration|production|output|spending|borrowing|lending|fishing|logging|drilling|mining|hunting|smoking|gambling|advertising|protests|gatherings|crowds|admissions|enrolment|enrollment)(?![${LETTER}])`) },
    // the finite verb needs an agent for subject — an actor, a described agent or a text ("Beijing restricted access to Google
    // services", "The rules limit access to"): a thing that limits binds no one ("The missile's short range limits its use to coastal
    // defence"; restrictions/en/limit-object-finite; FR restrictions/fr/limiter-fini)
    { ruleId: 'restrictions/en/limit-object-finite', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, needsActor: true, abstractSubjectKind: 'limit', rejectBefore: new RegExp(`(?<![${LETTER}])(?:with|without|of|a|the|no|very|only|relatively|offer|offers|offered|gives?|gave|get|gets|got)\\s+$`, 'iu'), pattern: re(`(?:limits|limited|restricts|restricted|curbs|curbed|caps|capped|curtails|curtailed)\\s+(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+|(?:[${LETTER}-]+\\s+){1,2}?)?(?:(?:number|amount|volume|quantity|export|import|sale|use|supply)\\s+of|(?:interest\\s+)?rates|access|traffic|travel|movement|entry|withdrawals|trading|ownership|investments?|purchases|bonuses|rents|rentals|flights|visas|arms\\s+sales|revenues|imports|exports|sales|use|emissions|prices|tariffs|fees|charges|pay|salaries|wages|speculation|immigration|migration|production|output|spending|borrowing|lending|fishing|logging|drilling|mining|hunting|smoking|gambling|advertising|protests|gatherings|crowds|admissions|enrolment|enrollment)(?![${LETTER}])`) },
    // rationing: "an odd-even traffic rationing scheme", "water rationing", "fuel was rationed"
    { ruleId: 'restrictions/en/rationing', kind: 'limit', voice: 'subject', includePrevWord: true, pattern: re('rationing|rationed') },
    // a border or airspace closed to someone: "Jordan closed its borders with Syria", "the EU closed its airspace to Russian
    // aircraft", "shut its ports to"
    { ruleId: 'restrictions/en/close-border', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)\\s+(?:(?:its|their|the|his|her)\\s+)?(?:[${LETTER}-]+\\s+)?(?:borders?|airspace|ports?|frontiers?|border\\s+crossings?|skies|waters)\\s+(?:to|with|for)`) },
    // tariffs named with the sum they tax or as imposed: "his tariffs on $360 billion worth of Chinese goods", "a 15 percent
    // tariff imposed on consumer goods", "a 15 percent tariff that the administration had planned to impose Dec. 15 on another
    // $160 billion" (not a bare topic: "tariffs on steel were discussed at the summit"; not "duties on board": "duties" only
    // with import, customs or anti-dumping)
    { ruleId: 'restrictions/en/tariffs-on', kind: 'sanction', voice: 'active', rejectBefore: TARIFF_REDUCED_BEFORE, pattern: re(`(?:tariffs?|levies|(?:import|customs|anti-dumping|antidumping|countervailing|punitive|retaliatory)\\s+duties)\\s+(?:(?:already|previously)\\s+)?imposed\\s+on|(?:tariffs?|levies|(?:import|customs|anti-dumping|antidumping|countervailing|punitive|retaliatory)\\s+duties)\\s+on\\s+(?:(?:about|some|another|nearly|roughly|around|almost|over|more\\s+than|up\\s+to|an\\s+additional)\\s+){0,2}[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}|tariffs?\\s+(?:that|which)\\s+(?:[${LETTER}${DIGIT}.-]+\\s+){1,8}?impose\\s+(?:[${LETTER}${DIGIT}.-]+\\s+){0,3}?on`) },
    // a threat of trade sanctions against someone: "publicly threatening them with tariffs", "threatened Mexico with new duties"
    { ruleId: 'restrictions/en/threaten-with', kind: 'sanction', voice: 'active', pattern: re(`threat(?:en|ens|ened|ening)\\s+(?:[${LETTER}${DIGIT}.'’-]+\\s+){1,3}?with\\s+(?:(?:new|more|higher|fresh|further|additional|heavy|punitive|crippling)\\s+)?(?:tariffs|duties|sanctions|fines|penalties|an?\\s+(?:embargo|ban|boycott))`) },
    // refusal in negotiation: "it has balked on terms that would…" ("balked at" is restrictions/en/balk-at)
    { ruleId: 'restrictions/en/balk-on', kind: 'refusal', voice: 'active', pattern: re('ba(?:u)?lk(?:s|ed|ing)?\\s+(?:on|over)') },
    // an offer declined: "the board declined the offer", "declined an invitation to testify"
    { ruleId: 'restrictions/en/decline-offer', kind: 'refusal', voice: 'active', pattern: re(`declin(?:e|es|ed|ing)\\s+(?:the|an|a|its|their|his|her)\\s+(?:[${LETTER}-]+\\s+)?(?:offer|invitation|request|bid|proposal|demand|nomination)`) },
    // a court annulling a law or decision: "The Supreme Court struck down the law", "the judge struck down the rule" (a ban or
    // tariff struck down is that restriction lifted: restriction-status.ts)
    // also part of the measure, a possessive, a court throwing a measure out, and tariffs and orders (a ban struck down is that ban
    // lifted: restriction-status.ts): "A US appeals court struck down
    // most of the tariffs", "struck down the president's tariffs", "the court threw out the executive order"
    { ruleId: 'restrictions/en/strike-down', kind: 'refusal', voice: 'active', pattern: re(`(?:str(?:uck|ike|ikes|iking)\\s+down|(?:threw|throws?|throwing|thrown)\\s+out)\\s+(?:(?:most|much|some|part|parts|all)\\s+of\\s+)?(?:the|a|an|its|their|this|that|these|those)\\s+(?:[${LETTER}${DIGIT}-]+['’]s?\\s+)?(?:[${LETTER}${DIGIT}-]+\\s+){0,2}?(?:law|laws|rule|rules|decree|policy|measure|measures|regulation|regulations|provision|provisions|statute|decision|ruling|act|legislation|tariffs|(?:executive\\s+)?orders?|mandate)(?![${LETTER}])`) },
    // a trade blacklist named by its official name: "added Huawei to the Entity List", "placed on the Commerce Department's entity list", "He was put on the no-fly list", "placed Huawei and 70 of its affiliates on the Bureau of Industry and Security’s (BIS) “entity list”"
    { ruleId: 'restrictions/en/entity-list', kind: 'sanction', voice: 'active', pattern: re(`(?:added|adds|adding|put|puts|putting|placed|places|placing)\\s+(?:[${LETTER}${DIGIT}.&'’-]+\\s+){1,8}?(?:to|on)\\s+(?:(?:its|the|a|an)\\s+)?(?:[${LETTER}.'’()-]+\\s+){0,6}?[‘“"']?(?:entity\\s+list|sanctions\\s+list|black\\s?list|terror(?:ist)?\\s+list|no-fly\\s+list|watch\\s?list|specially\\s+designated\\s+nationals(?:\\s+list)?|sdn\\s+list)`) },
    // an investment, trade or advertising flow barred without "from": "The Biden administration barred US investment in
    // Chinese military-linked firms", "Facebook barred political ads", "tightened export controls on 243 items, barring their sale to Russia" ("bars" is also a noun: an object noun of this list is required)
    { ruleId: 'restrictions/en/bar-object', objectInTrigger: true, kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:bar(?:s|red|ring)?)\\s+(?:(?:all|any|new|further|most)\\s+)?(?:[${LETTER}.-]+\\s+){0,2}?(?:investments?|imports|exports|sales?|entry|travel|flights|trade|purchases|ads|advertising|advertisements|deliveries|shipments|transfers)\\s+(?:in|into|to|from|of|on|by|for|with)(?![${LETTER}])`) },
    // an exclusion of a named actor: "Australia excluded Huawei from its 5G rollout", "the league excluded Russia from
    // competitions" ("excluded from" with its subject undergoing it is restrictions/en/excluded-from)
    // a named app, platform or firm blocked outright: "Italy's privacy watchdog temporarily blocked ChatGPT", "Russia blocked access to
    // Telegram" (not a possession of the name: "blocked Real Madrid's attack"; restrictions/en/block-named)
    { ruleId: 'restrictions/en/block-named', kind: 'prohibition', voice: 'active', negatable: true, objectActor: { kinds: ['product', 'organization'], gap: /^(?:access\s+to)?$/iu }, rejectAfter: new RegExp(`^\\s+(?:access\\s+to\\s+)?[^\\s,.;]+(?:\\s+[^\\s,.;]+){0,3}?['’]s?(?![${LETTER}])`, 'u'), pattern: re('block(?:s|ed|ing)?') },
    { ruleId: 'restrictions/en/exclude-actor', kind: 'sanction', voice: 'active', negatable: true, objectActor: { kinds: ['organization', 'government', 'person', 'group', 'place'], gap: /^(?:the)?$/iu }, pattern: re('exclud(?:e|es|ed|ing)(?=\\s[^.;:!?]{1,60}?\\sfrom\\s)') },
    // a supply or licence flow halted toward someone: "Russia halted gas flows through the Nord Stream pipeline", "Gazprom
    // cut off supplies to Bulgaria", "The UK suspended arms export licences to Israel", "Canada halted new export permits for arms to Turkey", "Germany has halted previously approved arms exports to Saudi Arabia"
    // a pause is a halt: "The Pentagon has paused some shipments of interceptors to Ukraine", "paused deliveries of artillery shells to Kyiv"
    // (only part of a flow: "some", "several", "certain")
    { ruleId: 'restrictions/en/halt-flows', objectInTrigger: true, kind: 'sanction', voice: 'active', negatable: true, pattern: re(`(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze|cut(?:s|ting)?\\s+off)\\s+(?:(?:all|its|their|the|new|further|some|several|certain)\\s+)?(?:[${LETTER}-]+\\s+){0,3}?(?:flows|supplies|licen[cs]es|permits|exports|imports|sales|deliveries|shipments)\\s+(?:to|through|via|for|from)(?![${LETTER}])`) },
    // conditions attached to money: "The bailout comes with strict conditions attached", "loans with strings attached"
    { ruleId: 'restrictions/en/strings-attached', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:comes?|came|coming)\\s+with\\s+(?:(?:strict|tough|stringent|several|many|some|no|few|the\\s+following|a\\s+number\\s+of)\\s+)?(?:conditions|strings)|(?:strings|conditions)\\s+attached`) },
    // a negated permission for a noun phrase: "No foreign troops will be allowed on Ukrainian soil", "no cars are permitted in the centre"
    { ruleId: 'restrictions/en/no-x-allowed', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re(`no\\s+(?:[${LETTER}${DIGIT}-]+\\s+){1,3}?(?:will\\s+be|would\\s+be|shall\\s+be|are|is|were|was)\\s+(?:allowed|permitted|authori[sz]ed|tolerated)`) },
    // a refusal held until a condition is met: "Israel said it would not stop the offensive until all hostages are released",
    // "the Chinese won't commit to a meeting until a deal is finalized", "the planes will not fly again until regulators certify the fix" (a commitment: not the narrative "he did not know until the report came out") (not a date: "will not open until the end of the year")
    { ruleId: 'restrictions/en/not-until', kind: 'condition', voice: 'subject', pattern: re(`(?:will|would|shall)\\s+not\\s+(?:[${LETTER}'’-]+\\s+){1,8}?until\\s+(?!the\\s+(?:end|start|beginning|middle|next|following|first|second|third|last|autumn|fall|spring|summer|winter|weekend|election|year|day|week|month)(?![${LETTER}]))(?:all|the|they|he|she|it|we|its|their|both|there\\s+(?:is|are)|[${LETTER}]{2,20}(?:ers|ors|ists|ants|ents|ians))(?![${LETTER}])|(?:won|wouldn)[’']t\\s+(?:[${LETTER}'’-]+\\s+){1,8}?until\\s+(?!the\\s+(?:end|start|beginning|middle|next|following|first|second|third|last|autumn|fall|spring|summer|winter|weekend|election|year|day|week|month)(?![${LETTER}]))(?:all|the|they|he|she|it|we|its|their|both|there\\s+(?:is|are)|[${LETTER}]{2,20}(?:ers|ors|ists|ants|ents|ians))(?![${LETTER}])`) },
    // an instruction not to act: "The ECB told banks not to pay dividends until January", "instructed staff not to travel"
    // (not "asked not to be named": an anonymous source; not encouragement or advice: "told them not to let up", "not to worry", "told reporters not to expect a deal")
    { ruleId: 'restrictions/en/told-not-to', kind: 'prohibition', voice: 'active', rejectAfter: new RegExp(`^\\s*(?:be\\s+(?:named|identified|quoted|afraid|worried|discouraged)|comment|speak\\s+(?:publicly|on\\s+the\\s+record)|worry|panic|let\\s+up|give\\s+up|despair|lose\\s+(?:hope|heart)|fear|expect|assume|read\\s+too\\s+much|rush|overreact)(?![${LETTER}])`, 'iu'), pattern: re(`(?:told|instructed|ordered|directed)\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?not\\s+to`) },
    // an order that obliges: "A court in The Hague ordered Shell to cut its emissions by 45 percent", "the regulator ordered
    // the carmaker to recall 2 million vehicles", "ordered ByteDance to divest TikTok", "Reyes was ordered to surrender his passport", "ordered
    // the channel to broadcast a summary of its findings" (stop orders, "ordered … to shut down", are
    // restrictions/en/ordered-to-stop)
    { ruleId: 'restrictions/en/ordered-to-comply', kind: 'condition', voice: 'active', pattern: re(`ordered\\s+(?:(?:the|a|an|its|their|[${LETTER}${DIGIT}'’.-]+)\\s+){0,4}?to\\s+(?:cut|reduce|recall|divest|sell\\s+off|dispose\\s+of|reinstate|comply\\s+with|hand\\s+over|disclose|delete|return|dismantle|demolish|release|rehire|reopen|surrender|broadcast|publish|apologi[sz]e|correct|submit|produce|provide|register|notify|install|hire|appoint|implement|amend|restore|repair|inform|testify|report)(?![${LETTER}])`) },
    // information withheld, with its object: "the company would not disclose the actual number", "the ministry did not reveal
    // the terms", "Boeing won't disclose how many jets…" (a refusal to give a figure; a bare "would not comment" is a claim)
    { ruleId: 'restrictions/en/not-disclose', kind: 'refusal', voice: 'active', pattern: re(`(?:(?:would|will|did|does|do)\\s+not|(?:wouldn|won|didn|doesn|don)['’]t)\\s+(?:disclose|reveal|release|publish|divulge)\\s+(?:the|its|their|his|her|how|what|which|any|financial|details)(?![${LETTER}])`) },
    // a deal or rule named as blocked or halted in the passive: "The deal was blocked by CFIUS", "the merger could be blocked",
    // "The merger between Nippon Steel and U.S. Steel was blocked by President Joe Biden" (its parties between noun and verb, trial 19),
    // "the project was halted by a court" (the subject must be a deal, rule or flow: not "the road was blocked by protesters")
    { ruleId: 'restrictions/en/deal-was-blocked', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`(?:mergers?|deals?|acquisitions?|takeovers?|sale|bids?|purchases?|transactions?|bills?|laws?|plans?|proposals?|nominations?|projects?|orders?|rules?|exports?|imports?|shipments?|appointments?|construction|pipeline|payments?|transfers?)(?:\\s+(?:of|on|from|to|for|between|with|by)\\s+(?:(?:the|its|their|a|an)\\s+)?(?:[${LETTER}${DIGIT}.&'’-]+\\s+){0,5}?[${LETTER}${DIGIT}.&'’-]+)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|would\\s+be|could\\s+be|will\\s+be|may\\s+be|might\\s+be)\\s+(?:[${LETTER}]+ly\\s+)?(?:blocked|halted|frozen|struck\\s+down)`) },
    // an approval bought with concessions: "The EU approved the Bayer-Monsanto merger after the companies agreed to sell assets
    // to BASF", "regulators cleared the deal once Google offered to…"
    { ruleId: 'restrictions/en/approved-after-remedy', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:approv|clear)(?:e|es|ed|ing)\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){1,5}?(?:after|once|when)\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){1,4}?(?:agreed|agrees|offered|offers|pledged|pledges|committed|commits|promised|promises)\\s+to`) },
    // an order to pay: "Apple must pay Ireland €13 billion in back taxes", "Google will have to pay a €500 million fine", "Riders who test
    // positive must repay any prize money"
    { ruleId: 'restrictions/en/must-pay', kind: 'sanction', voice: 'subject', pattern: re(`(?:must|will\\s+have\\s+to|would\\s+have\\s+to|has\\s+to|have\\s+to|had\\s+to)\\s+(?:re)?pay\\s+(?:back\\s+)?(?:any|all|the|their|his|her)\\s+(?:prize\\s+money|winnings|bonus(?:es)?|profits|salary|salaries|subsidies|grants?)(?![${LETTER}])|(?:must|will\\s+have\\s+to|would\\s+have\\s+to|has\\s+to|have\\s+to|had\\s+to)\\s+(?:re)?pay\\s+(?:[${LETTER}.'’-]+\\s+){0,3}?(?:[$€£]\\s?[${DIGIT}][${DIGIT}.,]{0,12}|[${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m)?\\s*(?:euros|dollars|pounds|francs))`) },
    // an institution suspended: "The government suspended parliament for five weeks", "the suspension of parliament", "the
    // junta suspended the constitution"
    { ruleId: 'restrictions/en/suspend-institution', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('(?:suspend(?:s|ed|ing)?|prorogu(?:e|es|ed|ing)|(?:suspension|prorogation)\\s+of)\\s+(?:the\\s+)?(?:parliament|constitution|elections?|legislature|national\\s+assembly)') },
    // a partner cut out of a programme: "The US cut Turkey out of the F-35 program" (a named object)
    { ruleId: 'restrictions/en/cut-out-of', kind: 'sanction', voice: 'active', negatable: true, objectActor: { kinds: ['organization', 'government', 'person', 'group', 'place'], gap: /^$/u }, pattern: re('cut(?:s|ting)?(?=\\s[^.;:!?]{1,40}?\\sout\\s+of\\s)') },
    // obligations under a named text: "Under the settlement, Facebook must create an independent privacy committee", "under the
    // deal, Iran will have to ship out its enriched uranium", "Under British law, unions must give at least 14 days' notice" (prohibitions under it are read by their own rules)
    { ruleId: 'restrictions/en/under-terms-must', kind: 'condition', voice: 'subject', pattern: re(`under\\s+(?:the\\s+|(?:[${UPPER}][${LETTER}-]{1,20}\\s+){1,2})(?:[${LETTER}-]+\\s+){0,2}?(?:settlement|agreement|deal|law|rules?|order|ruling|terms|plan|accord|regulations?|decree|consent\\s+decree)\\s*,?\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){1,4}?(?:must|will\\s+have\\s+to|would\\s+have\\s+to|has\\s+to|have\\s+to|(?:is|are|will\\s+be|would\\s+be)\\s+(?:required|obliged|obligated)\\s+to)`) },
    // a lawsuit to stop a measure: "The state of Washington sued to halt the order", "asked a federal court to block the merger"
    { ruleId: 'restrictions/en/sue-to-block', kind: 'prohibition', voice: 'active', pattern: re(`(?:su(?:ed|es|ing)|asked\\s+(?:a|the)\\s+(?:[${LETTER}]+\\s+)?(?:court|judge)|petitioned\\s+(?:a|the)\\s+(?:[${LETTER}]+\\s+)?court)\\s+to\\s+(?:halt|block|stop|overturn|suspend)`) },
    // a lockdown or stay-at-home order imposed: "Italy imposed a nationwide lockdown", "the governor issued a stay-at-home order"
    // (a verb of imposing before it: "during the lockdown" is a mention of a time)
    { ruleId: 'restrictions/en/lockdown', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:impos|order|announc|declar|introduc|extend|enforc|issu|reimpos)(?:e|es|ed|ing)\\s+(?:(?:a|an|the|its|new|strict|total|partial|nationwide|national|full|two-week|three-week)\\s+){0,3}(?:lockdowns?|stay-at-home\\s+orders?|shelter-in-place\\s+orders?|quarantine\\s+orders?|(?:mandatory|compulsory)\\s+quarantine)`) },
    // an approval still to come: "The deal must still be approved by regulators", "any agreement would have to be ratified by
    // the parliament", "the merger is awaiting regulatory approval", "the sale hinges on approval from Chinese regulators"
    { ruleId: 'restrictions/en/must-be-approved', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:must|will\\s+need\\s+to|would\\s+need\\s+to|needs?\\s+to|has\\s+to|have\\s+to|will\\s+have\\s+to|would\\s+have\\s+to)\\s+(?:still\\s+|also\\s+|first\\s+)?be\\s+(?:approved|ratified|cleared|signed\\s+off|endorsed|authori[sz]ed|vetted|rubber-stamped|adopted|passed|validated)|(?:awaiting|awaits|awaited|hinges?\\s+on|hinged\\s+on|depends?\\s+on|depended\\s+on)\\s+(?:(?:the|a|an|final|formal|regulatory|shareholder|government|parliamentary|antitrust|official)\\s+){0,3}(?:approval|ratification|clearance|consent|green\\s+light|sign-off)`) },
    // a place or topic closed to someone: "The area is off-limits to journalists"
    { ruleId: 'restrictions/en/off-limits', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`off[-\\s]limits(?:\\s+(?:to|for))?`) },
    // controls on prices or capital: "Argentina reimposed capital controls", "Venezuela's price controls", "rent control"
    { ruleId: 'restrictions/en/price-controls', kind: 'limit', voice: 'active', pattern: re('(?:capital|currency|price|rent|exchange)\\s+controls?') },
    // a share kept for a group: "Seats are reserved for women in the lower house", "contracts reserved exclusively for local firms"
    { ruleId: 'restrictions/en/reserved-for', kind: 'limit', voice: 'passive', includePrevWord: true, pattern: re('reserved\\s+(?:exclusively\\s+|only\\s+|solely\\s+)?for') },
    // rules tightened on something: "Germany tightened rules on foreign takeovers", "tougher screening of Chinese investment"
    { ruleId: 'restrictions/en/tighten-rules', kind: 'limit', voice: 'active', negatable: true, pattern: re('(?:tighten(?:s|ed|ing)?|toughen(?:s|ed|ing)?|stricter|tougher)\\s+(?:(?:the|its|their)\\s+)?(?:rules|regulations|screening|scrutiny|oversight|controls|requirements)\\s+(?:on|for|of)') },
    // an authority ending a practice: "The regulator put a stop to the practice", "called a halt to the programme"
    { ruleId: 'restrictions/en/put-a-stop', kind: 'prohibition', voice: 'active', pattern: re('(?:put|puts|putting|call(?:s|ed|ing)?|brought|bring(?:s|ing)?)\\s+(?:a\\s+)?(?:halt|stop)\\s+to') },
    // aid or deliveries held in the passive: "The aid had been paused by the White House", "military assistance was frozen"
    { ruleId: 'restrictions/en/aid-was-paused', kind: 'sanction', voice: 'subject', includePrevWord: true, pattern: re('(?:aid|assistance|funding|payments?|deliveries|shipments|exports|loans?)\\s+(?:had|has|have|was|were|is|are)\\s+(?:been\\s+)?(?:paused|frozen|suspended|withheld|halted|cut\\s+off)') },
    // a named company shut out of a market: "The move effectively shuts Huawei out of the US market"
    { ruleId: 'restrictions/en/shut-out-of', kind: 'sanction', voice: 'active', negatable: true, objectActor: { kinds: ['organization', 'government', 'person', 'group', 'place'], gap: /^$/u }, pattern: re('(?:shut(?:s|ting)?|lock(?:s|ed|ing)?|freez(?:e|es|ing)|froze)(?=\\s[^.;:!?]{1,40}?\\sout\\s+of\\s)') },
    // an eligibility threshold: "Buyers must be at least 18 years old", "candidates must be over 35"
    { ruleId: 'restrictions/en/must-be-at-least', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`must\\s+be\\s+(?:at\\s+least|over|older\\s+than|aged|under|younger\\s+than)\\s+[${DIGIT}]{1,3}`) },
    // a product or practice to be ended by a rule: "Glyphosate will be phased out by 2022", "the EU will phase out coal"
    { ruleId: 'restrictions/en/phase-out', kind: 'prohibition', voice: 'active', includePrevWord: true, pattern: re('phas(?:e|es|ed|ing)\\s+out') },
    // licence requirements imposed on a party: "BIS said it is imposing license requirements on Huawei and its 68 affiliates", "the
    // Netherlands introduced its own licence requirement for ASML's machines"
    { ruleId: 'restrictions/en/licence-requirements', kind: 'condition', voice: 'active', pattern: re('(?:impos|introduc|plac|extend)(?:e|es|ed|ing)\\s+(?:(?:new|strict|stricter|additional|its|their|own|a|an|the)\\s+){0,3}(?:export\\s+)?licen[cs](?:e|ing)\\s+requirements?') },
    // an authority that will not license a flow: "it would not authorize any new weapons exports to Saudi Arabia", "the
    // ministry won't grant new drilling permits"
    { ruleId: 'restrictions/en/not-authorize', kind: 'prohibition', voice: 'active', pattern: re(`(?:(?:will|would|shall|did|does|do)\\s+not|(?:won|wouldn|didn|doesn|don)['’]t)\\s+(?:authori[sz]e|approve|grant|issue|license|licence)\\s+(?:any\\s+)?(?:(?:new|further|more)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:exports?|sales|licen[cs]es|permits|deliveries|shipments|visas)(?![${LETTER}])`) },
    // flows put on hold: "it announced that it would put all future weapons exports on hold", "put $300 million in aid on hold"
    { ruleId: 'restrictions/en/put-on-hold', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`put(?:s|ting)?\\s+(?:(?:all|its|the|their|future|new|further)\\s+){0,2}(?:[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m)?\\s+(?:in|of)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:exports|imports|sales|deliveries|shipments|aid|assistance|funding|licen[cs]es|permits|approvals|payments)\\s+on\\s+hold`) },
    // a refusal without "refuse": "Beijing rebuffed calls for talks", "the board spurned the offer", "voters said no to the plan"
    { ruleId: 'restrictions/en/rebuff', kind: 'refusal', voice: 'active', negatable: true, pattern: re('rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|(?:said|says|say|saying)\\s+no\\s+to') },
    // an option excluded by the one who could take it: "The government ruled out raising taxes", "Merkel ruled out a
    // bailout" (not "refused to rule out", "cannot rule out": a hedge; not the passive of an excluded hypothesis: "a collision
    // has been ruled out", "ruled out of consideration")
    { ruleId: 'restrictions/en/rule-out', kind: 'refusal', voice: 'active', negatable: true, rejectAfter: /^\s*of\s/iu, rejectBefore: new RegExp(`(?:(?<![${LETTER}])(?:refus|declin|reluctant|unwilling|not\\s+want|fail)[${LETTER}]*\\s+to|(?<![${LETTER}])(?:been|be|being|is|are|was|were)|cannot|can[’']t|couldn[’']t|won[’']t|wouldn[’']t|didn[’']t|don[’']t|doesn[’']t)\\s+$`, 'iu'), pattern: re('rul(?:ed|es|e|ing)\\s+out') },
    // a terrorist designation: "Washington designated the IRGC as a foreign terrorist organization"
    { ruleId: 'restrictions/en/designate-terrorist', kind: 'sanction', voice: 'active', pattern: re(`designat(?:e|es|ed|ing)\\s+(?:[${LETTER}${DIGIT}.&'’()-]+\\s+){1,6}?(?:as\\s+)?(?:an?\\s+)?(?:foreign\\s+|global\\s+|specially\\s+designated\\s+global\\s+)?terror(?:ist)?\\s+(?:organi[sz]ation|group|entity|entities|organi[sz]ations|groups)`) },
    // a dismissal with "fired": "Trump fired FBI director James Comey", "Comey was fired by the president" (a named person
    // before the passive: not "shots were fired by police"; no preposition between: not "rockets fired at the governor's residence")
    { ruleId: 'restrictions/en/fired-official', kind: 'sanction', voice: 'active', pattern: re(`fir(?:ed|es|ing)\\s+(?:(?:the|his|her|its|their)\\s+)?(?:(?!(?:at|on|upon|into|from|over|toward|towards|near|by|across)\\s)[${LETTER}-]+\\s+){0,2}?(?:minister|coach|manager|chief|head|director|editor|president|commander|governor|ceo|chairman|chairwoman|secretary|adviser|advisor|attorney\\s+general|prosecutor|ambassador|employees|workers|staff)(?![${LETTER}])`) },
    { ruleId: 'restrictions/en/was-fired', kind: 'sanction', voice: 'passive', needsActor: true, pattern: re(`(?:was|were|been|being|got)\\s+(?:[${LETTER}]+ly\\s+)?fired(?=\\s+(?:by|from|as|after|over|for|last|on|in|earlier|this)\\s)`) },
    // a permission withheld by a text or a company: "The law does not allow foreign companies to own more than 49%", "Apple
    // doesn't permit apps that…", "Germany would not allow the merger" (not "this does not allow us to conclude", "does not allow for", nor without an object: "what they will or won't allow.")
    { ruleId: 'restrictions/en/does-not-allow', kind: 'prohibition', voice: 'active', rejectBefore: new RegExp(`(?<![${LETTER}])(?:this|that|which|what)\\s+$`, 'iu'), rejectAfter: new RegExp(`^\\s*(?:(?:for|much|enough|time|room|us\\s+to\\s+(?:conclude|say|know|tell|see))(?![${LETTER}])|[.,;:!?)]|$)`, 'iu'), pattern: re(`(?:(?:does|do|did|will|would)\\s+not|(?:doesn|don|didn|won|wouldn)['’]t)\\s+(?:allow|permit|authori[sz]e)|(?:(?:has|have|had)\\s+not|(?:hasn|haven|hadn)['’]t)\\s+(?:allowed|permitted|authori[sz]ed)`) },
    // conditions set on something: "The IMF set tough conditions for the loan", "regulators attached several conditions to the approval"
    { ruleId: 'restrictions/en/set-conditions', kind: 'condition', voice: 'active', pattern: re(`(?:set|sets|setting|laid\\s+down|lays\\s+down|lay\\s+down|impos(?:e|es|ed|ing)|attach(?:es|ed|ing)?)\\s+(?:(?:strict|tough|tougher|stringent|several|new|additional|two|three|four|its|the|a\\s+number\\s+of|a\\s+series\\s+of)\\s+){0,2}(?:pre)?conditions\\s+(?:for|on|to)`) },
    // an ultimatum: "The EU gave Britain until Friday to come up with a plan", "Washington issued an ultimatum to"
    { ruleId: 'restrictions/en/ultimatum', kind: 'condition', voice: 'active', pattern: re(`ultimatums?|(?:gave|give|gives|given|giving)\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){1,4}?until\\s+(?:[${LETTER}${DIGIT}.,-]+\\s+){1,3}?to\\s+(?!the\\s)[${LETTER}]{2,20}`) },
    // a service blocked in a country, the service named: "LinkedIn was blocked in Russia", "the app has been blocked in Russia
    // since 2018", "access to the website was blocked" (not "the road was blocked by protesters")
    { ruleId: 'restrictions/en/service-blocked', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`(?:websites?|sites?|apps?|services?|platforms?|access|accounts?|messaging\\s+app|network)\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|remains?|remained)\\s+(?:[${LETTER}]+ly\\s+)?)blocked`) },
    { ruleId: 'restrictions/en/blocked-in', kind: 'prohibition', voice: 'passive', needsActor: true, pattern: re(`(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|remains?|remained)\\s+(?:[${LETTER}]+ly\\s+)?blocked\\s+in(?=\\s)`) },
    // a licence or visa taken from its holder, in the holder's clause: "Uber had its licence revoked", "he had his visa
    // cancelled", "the broadcaster has had its licence suspended"
    { ruleId: 'restrictions/en/had-licence-revoked', kind: 'sanction', voice: 'subject', pattern: re(`(?:had|have|has|having)\\s+(?:had\\s+)?(?:its|their|his|her)\\s+(?:[${LETTER}-]+\\s+)?(?:licen[cs]es?|visas?|permits?|accreditation|citizenship|passports?|accounts?|membership)\\s+(?:revoked|suspended|withdrawn|cancell?ed|canceled|stripped|removed|frozen)`) },
    // entry barred without "from": "he was barred entry to the country", "journalists were barred entry"
    { ruleId: 'restrictions/en/barred-entry', kind: 'prohibition', voice: 'passive', pattern: re('barred\\s+(?:(?:him|her|them|us)\\s+)?(?:entry|access)') },
    // a practice declared illegal, without "to/for": "Uber was declared illegal in Spain", "the court ruled the strike illegal",
    // "abortion became illegal under the new law", "the delisting of Chinese firms" (the adjective before its noun
    // is no ruling: "officials made illegal immigration a priority"; "illegal to/for" is restrictions/en/illegal-to)
    { ruleId: 'restrictions/en/declared-illegal', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`(?:made|declared|ruled|deemed)\\s+(?:(?:it|them|the\\s+[${LETTER}-]+|[${LETTER}-]+)\\s+)?(?:illegal|unlawful)(?=\\s*(?:[.,;:!?]|$)|\\s+(?:in|under|since|by|after|across|throughout|and|on|last|this|because)\\s)|(?:is|are|was|were|became|become|becomes|remains?|remained)\\s+(?:now\\s+|still\\s+)?illegal\\s+(?:in|since|under|across|throughout)(?=\\s)`) },
    // an apposition saying a thing was or is illegal somewhere: "convicted of homosexuality, then illegal in Britain", "cannabis,
    // still illegal in most states"; FR restrictions/fr/illegal-apposition
    { ruleId: 'restrictions/en/illegal-apposition', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`(?<=,\\s{0,2})(?:(?:then|still|now|long|once)\\s+)?(?:illegal|unlawful)\\s+(?:in|across|throughout|under)\\s+(?:the\\s+)?(?:[${UPPER}][${LETTER}-]{1,30}|(?:most|many|some)\\s+[${LETTER}-]{2,30})`) },
    { ruleId: 'restrictions/en/delisting', kind: 'sanction', voice: 'active', pattern: re('(?:forced\\s+)?delisting\\s+of') },
    // a penalty verb: "the regulator penalised the bank", "lawmakers censured the senator", "was reprimanded"
    { ruleId: 'restrictions/en/penalise', kind: 'sanction', voice: 'active', pattern: re(`penali[sz](?:e|es|ed|ing)|censur(?:e|es|ed|ing)\\s+(?:the|his|her|a|an|its|[${DIGIT}])|(?:was|were|been|is|are)\\s+(?:formally\\s+)?(?:censured|reprimanded|disciplined)`) },
    // --- legal provisions: what a law, a decree or an authority imposes, permits under a condition, bounds or rules out
    // (deontic modals of a text: "will have to remove", "may, after approval of", "no … may", "retained for up to ten years",
    // "will be set by decree"); FR restrictions/fr/devra-bloquer and following
    // an obligation to block or remove imposed on a party: "internet providers will have to block access to the site", "platforms
    // must remove terrorist content within an hour", "hosts are now required to take down the page" (a technical verb of blocking; not
    // "we must stop this war": a first or second person is a call, not a rule; nor "Russia must withdraw its troops", "the violence
    // must stop": a call, not a rule)
    { ruleId: 'restrictions/en/must-block', kind: 'prohibition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:we|I|you|us)\\s+$`, 'iu'), pattern: re(`(?:must|shall|(?:will|would)\\s+(?:now\\s+|also\\s+)?have\\s+to|(?:will|would)\\s+be\\s+(?:required|obliged|obligated|forced)\\s+to|(?:are|is)\\s+(?:now\\s+)?(?:required|obliged|obligated)\\s+to)\\s+(?:(?:also|now|immediately|promptly|quickly)\\s+)?(?:block|remove|take\\s+down|shut\\s+down|cut\\s+off|delete|disable|filter|de-?list|destroy)(?![${LETTER}])`) },
    // the same obligation in the passive: "The page must be taken down within 24 hours", "the data will have to be deleted"; FR
    // restrictions/fr/devra-etre-retire
    { ruleId: 'restrictions/en/must-be-removed', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re(`(?:must|shall|(?:will|would)\\s+have\\s+to)\\s+be\\s+(?:(?:immediately|permanently|promptly)\\s+)?(?:taken\\s+down|removed|blocked|deleted|destroyed|shut\\s+down|withdrawn|suspended|erased|cut\\s+off)(?![${LETTER}])`) },
    // what a text provides that a party must or may do: "The law provides that operators must keep the data for one year", "the
    // agreement stipulates that Iran cannot enrich uranium" (a text is the subject; not "forecasters predict that temperatures may…");
    // FR restrictions/fr/texte-prevoit-que
    { ruleId: 'restrictions/en/provides-that', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:law|bill|decree|text|agreement|deal|treaty|accord|regulation|directive|rule|rules|article|amendment|reform|order|contract|measure|legislation|statute|act)\\s+(?:[^.;:!?"“”]{0,40}?\\s)?(?:provides?|provided|stipulates?|stipulated|states?|specifies|specified|mandates?|mandated)\\s+that\\s+[^.;:!?"“”]{1,80}?\\s(?:must|shall|cannot|can\\s+not|may\\s+not|may\\s+only|will\\s+have\\s+to|(?:is|are|will\\s+be)\\s+(?:required|obliged|barred|prohibited))(?![${LETTER}])`) },
    // an obligation that holds in one case only: "If the owner refuses, the host must remove the page", "if the content is flagged,
    // platforms will have to take it down" (the if-clause opens the sentence; not "if we want to win, we must …": a call); FR restrictions/fr/si-devra
    { ruleId: 'restrictions/en/if-must', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:we|I|you|us)\\s+$`, 'iu'), pattern: re(`if\\s[^.;:!?"“”]{1,60}?,\\s+(?!\\s)(?!(?:we|I|you)\\s)[^,.;:!?"“”]{1,60}?(?:must|shall|(?:will|would)\\s+have\\s+to)\\s+(?:(?:also|now|immediately|promptly|first|then)\\s+)?(?:block|remove|take|shut\\s+down|cut\\s+off|delete|disable|cease|suspend|filter|halt|withdraw|destroy|disclose|report|notify|register|submit|publish|declare)(?![${LETTER}])`) },
    // blocking access, whatever the subject (a law, a firewall, an authority): "the law would prevent access to websites deemed
    // extremist", "denied access to the site" ("restricted access to" bounds it: restrictions/en/limit-object); FR
    // restrictions/fr/empecher-acces
    { ruleId: 'restrictions/en/prevent-access', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:prevent|prevents|prevented|preventing|bar|bars|barred|barring|deny|denies|denied|denying)\\s+access\\s+to`) },
    // an obligation to act imposed on a party: "banks will have to disclose these payments", "operators must obtain approval from
    // the regulator", "companies shall report any breach within 72 hours" (not "we must provide hope", "he will have to wait", "the
    // players must report to training": a summons); the approval may be qualified: "The company must obtain shareholder approval
    // before issuing new shares", "will have to secure the regulator's consent" (FR restrictions/fr/doit-obtenir-accord); "Exporters will
    // now need to obtain a licence before shipping", "companies must present an end-use certificate signed by the buying government", "The
    // bank must also hire an independent monitor", "Foreign journalists must obtain accreditation", "will have to apply for a licence"
    { ruleId: 'restrictions/en/must-comply', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:we|I|you|us)\\s+$`, 'iu'), pattern: re(`(?:must|shall|(?:will|would)\\s+(?:now\\s+|also\\s+)?have\\s+to|(?:(?:will|would)\\s+(?:now\\s+|also\\s+)?)?need\\s+to|needs\\s+to|(?:will|would)\\s+be\\s+(?:required|obliged|obligated)\\s+to|(?:are|is)\\s+(?:now\\s+)?(?:obliged|obligated)\\s+to)\\s+(?:(?:also|now|first|then)\\s+)?(?:(?:present|produce|show|provide)\\s+(?:(?:a|an|the|valid|their|its|his|her)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:certificates?|proof|documentation|identification)|disclose|report(?!\\s+(?:to|for|back|on\\s+(?:time|duty)))|notify|register|submit|publish|retain|declare|comply|verify|certify|inform|(?:obtain|secure|get|receive|win|apply\\s+for)\\s+(?:(?:prior|the|a|an|its|their|written|formal|official)\\s+){0,2}(?:[${LETTER}${DIGIT}.&'’-]+\\s+){0,2}?(?:approval|permission|authori[sz]ation|consent|licen[cs]e|permit|warrant|clearance|green\\s+light|sign-off|go-ahead|accreditation|visa|certificate|registration)|(?:hire|appoint|retain|install|accept)\\s+(?:an?\\s+|the\\s+)?(?:independent\\s+|outside\\s+|external\\s+)?(?:monitor|auditor|compliance\\s+(?:officer|monitor)|trustee|observer|inspector)s?|seek\\s+(?:(?:prior|the)\\s+)?(?:approval|permission|authori[sz]ation|consent)|send\\s+(?:their|its|all|the)\\s+(?:drafts?|data|reports?|records|files))(?![${LETTER}])`) },
    // a guarantee given about a third party's conduct: "Kabul had ensured that the freed militants would not return to the front
    // line", "written assurances that the weapons will not be used against civilians" (not "promised that he would not run", "he
    // guaranteed that he would not resign": a pledge)
    { ruleId: 'restrictions/en/ensure-not', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:ensured?|ensures|ensuring|(?:the|any|firm|written|security|new)\\s+(?:guarantees?|assurances?))\\s+that\\s+[^,.;:!?]{1,80}?\\s+(?:would|will|could|shall|can)\\s+(?:not|never)(?![${LETTER}])`) },
    // an ultimatum with its consequence: "sign the terms of the contract by Monday, otherwise it would consider their
    // resignations voluntary", "leave the country by Friday or face arrest" (not "an otherwise healthy man")
    { ruleId: 'restrictions/en/otherwise', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?<=,\\s{0,3})(?:otherwise|or\\s+else)\\s+(?:[${LETTER}'’-]{1,20}\\s+){1,4}?(?:would|will|could|may|might|must|faces?)(?![${LETTER}])|or\\s+(?:face|risk)\\s+(?:being\\s+)?(?:fired|dismissal|expulsion|sanctions|penalties|fines?|prosecution|arrest|jail|prison|deportation|losing|termination|suspension|eviction|(?:a|an)\\s+(?:fine|ban|penalty|lawsuit))(?![${LETTER}])`) },
    // a deadline imposed on a party: "The regulator set a deadline of March 15 for the company to respond", "workers were given until
    // Monday to sign the new contract" ("gave X until Friday to" is restrictions/en/ultimatum); FR restrictions/fr/donne-jusqu-a
    { ruleId: 'restrictions/en/given-until', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:was|were|been|being|is|are)\\s+given\\s+until\\s+[^,.;:!?"“”]{1,30}?\\s+to\\s+[${LETTER}]{2,20}`) },
    // (the one who sets the deadline imposes it: "The regulator set a deadline of March 15 for the company to respond")
    { ruleId: 'restrictions/en/set-deadline', kind: 'condition', voice: 'active', pattern: re(`(?:set|sets|setting|gave|given|give|gives|giving|imposed|imposes|issued)\\s+(?:[${LETTER}-]{2,20}\\s+){0,3}?(?:a|an|the)\\s+(?:[${LETTER}-]{2,20}\\s+)?deadline\\s+(?:of|for|to|until)(?![${LETTER}])`) },
    // a threatened sanction: "The EU threatened to cut aid to the country", "Washington threatens to freeze funding" (a measure against a
    // third party: not "he threatened to resign"; the trigger starts after "threatened to", which restriction-status.ts reads as proposed;
    // "threatened to impose sanctions" is restrictions/en/sanction); FR restrictions/fr/menace-de
    { ruleId: 'restrictions/en/threaten-to', kind: 'sanction', voice: 'active', pattern: re(`(?<=threat(?:en|ens|ened|ening)\\s{1,3}to\\s{1,3})(?:cut|suspend|withdraw|freeze|halt|expel|ban|block|reduce|slash|pull)\\s+(?:(?:off|back|its|their|the|all|new|further|military|economic|financial|foreign|development)\\s+){0,2}(?:aid|funding|assistance|sanctions|tariffs|duties|imports|exports|trade|ties|relations|diplomats?|ambassadors?|membership|loans|subsidies|support)(?![${LETTER}])`) },
    // an actor resisting a demand: "Mr Mugabe is resisting mediation by a Catholic priest", "resisted calls to step down",
    // "resisting pressure from Washington", a transfer resisted: "Germany has long resisted sending Taurus missiles to Ukraine" (an actor
    // is named before; not "the alloy resists pressure")
    { ruleId: 'restrictions/en/resist', kind: 'refusal', voice: 'active', needsActor: true, pattern: re(`resist(?:s|ed|ing)?\\s+(?:(?:the|a|any|all|international|growing|mounting|intense|further|western|repeated)\\s+){0,2}(?:mediation|calls?|pressure|demands?|efforts?|attempts?|proposals?|requests?|negotiations?|ultimatums?|orders?)(?![${LETTER}])|resist(?:s|ed|ing)?\\s+(?:calls\\s+to\\s+|pressure\\s+to\\s+)?(?:sending|supplying|delivering|providing|handing\\s+over|lifting|easing|approving|signing|joining|recogni[sz]ing)(?![${LETTER}])`) },
    // a state of house arrest, not the act of placing someone under it: "Mugabe and his wife are under house arrest", "remains under
    // house arrest" (placing is restrictions/en/house-arrest, a sanction)
    { ruleId: 'restrictions/en/under-house-arrest', kind: 'limit', voice: 'subject', pattern: re(`(?:is|are|was|were|remains?|remained|kept|held)\\s+(?:(?:still|now|already|effectively|reportedly)\\s+)?under\\s+house\\s+arrest`) },
    // a tariff rise threatened or decided: "raise tariffs on Chinese imports if no deal is reached", "hiked duties on steel"
    // (a tariff rate on an amount is restrictions/en/tariffs-on)
    { ruleId: 'restrictions/en/raise-tariffs', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`(?:raise|raises|raised|raising|hike|hikes|hiked|hiking|increase|increases|increased|increasing|slap|slaps|slapped|slapping|double|doubled|doubling)\\s+(?:(?:new|additional|further|higher|its|their)\\s+)?(?:tariffs|duties|levies)\\s+${TARIFF_RATE}on`) },
    // a blacklist of content blocks access (a blacklisted company is sanctioned): "a blacklist of websites", "blacklists of apps"
    { ruleId: 'restrictions/en/blacklist-content', kind: 'prohibition', voice: 'active', pattern: re(`blacklists?\\s+of\\s+(?:websites|sites|web\\s+pages|pages|content|apps|applications|products|substances|domains|books|words|urls)`) },
    // a retention or duration bound: "data may be retained for up to ten years", "authorised by the prime minister for periods of
    // four months", "for a maximum period of six months", "renewable once" (not "records have been kept for ten years", "was kept for up to ten years in a drawer": a past)
    { ruleId: 'restrictions/en/retained-for', kind: 'limit', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:(?:has|have|had)\\s+been|was|were)\\s+$`, 'iu'), pattern: re(`(?:retained|stored|kept|held|preserved|archived)\\s+(?:for\\s+)?(?:up\\s+to|a\\s+maximum\\s+of|no\\s+(?:more|longer)\\s+than|at\\s+most)\\s+(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\\s+(?:days|weeks|months|years|hours)|for\\s+(?:renewable\\s+)?periods?\\s+of\\s+(?:up\\s+to\\s+)?(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days|weeks|months|years)|for\\s+a\\s+(?:maximum|limited)\\s+(?:period|term)\\s+of|renewable\\s+(?:once|twice|only\\s+once)`) },
    // a diplomat expelled by a declaration: "Poland declared the Russian consul persona non grata"; FR restrictions/fr/sanction-diplomatique
    { ruleId: 'restrictions/en/persona-non-grata', kind: 'sanction', voice: 'active', pattern: re('persona\\s+non\\s+grata') },
    // a court's order of silence: "The judge issued a gag order in the case", "a gagging order"
    { ruleId: 'restrictions/en/gag-order', kind: 'prohibition', voice: 'active', pattern: re('(?:gag|gagging)\\s+orders?') },
    // goods held by an embargo: "The shipment was embargoed by the customs authorities" (not the press embargo: "the report is embargoed
    // until 6 a.m.")
    { ruleId: 'restrictions/en/embargoed', kind: 'prohibition', voice: 'subject', includePrevWord: true, rejectAfter: new RegExp(`^\\s+until(?![${LETTER}])`, 'iu'), pattern: re('embargoed') },
    // a permission bounded in time: "Owners may appeal the listing within three months", "the employee can withdraw within 14 days"
    // (a legal faculty — appeal, contest, withdraw — precedes: not "the site will be delivered within three months", "the virus can
    // spread within three days"); FR restrictions/fr/peut-dans-un-delai
    { ruleId: 'restrictions/en/may-within', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:may|can|could\\s+only|may\\s+only|can\\s+only)\\s+(?:(?:also|still|only|then)\\s+)?(?:appeal|contest|challenge|withdraw|cancel|apply|file|object|claim|request|register|respond|comply|opt\\s+out|seek)\\s+[^.;:!?"“”]{0,80}?within\\s+(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)\\s+(?:days|weeks|months|years|hours)`) },
    // a retention period set for data or detention: "The retention period for the data is five years", "the maximum period of
    // detention will be extended to 96 hours" (a value is set: not "the retention period was debated"); FR restrictions/fr/duree-de-conservation
    { ruleId: 'restrictions/en/retention-period', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:(?:data\\s+)?retention\\s+periods?|(?:maximum|legal)\\s+(?:period|length)\\s+of\\s+(?:detention|custody|retention|storage))\\s+(?:[^.;:!?"“”]{0,40}?\\s)?(?:is|are|will\\s+be|was|has\\s+been)\\s+(?:(?:now|thus)\\s+)?(?:set\\s+at|limited\\s+to|capped\\s+at|reduced\\s+to|extended\\s+to|[${DIGIT}]|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|ninety)`) },
    // a bound left to an implementing text: "the maximum number of devices will be set by decree", "the details will be fixed by
    // ministerial order" (not "the price is set by the market")
    { ruleId: 'restrictions/en/set-by-decree', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:will|would|shall|is|are)\\s+be\\s+(?:set|fixed|determined|capped|defined)\\s+by\\s+(?:a\\s+|an\\s+)?(?:decree|regulation|ministerial\\s+order|executive\\s+order|order\\s+of\\s+the)|(?:is|are)\\s+(?:set|fixed|capped)\\s+by\\s+(?:decree|regulation|law|statute)`) },
    // a general prohibition of a text: "no retaliation may be taken against whistleblowers", "No data shall be shared with third
    // parties", "under no circumstances may the agency …" (a measure, an act or a regulated party: not "no one could have predicted",
    // "no decision can be taken before Monday", "no agreement can be reached without China")
    { ruleId: 'restrictions/en/no-x-may', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re(`no\\s+(?:[${LETTER}-]{2,20}\\s+){0,2}?(?:data|information|retaliation|measures?|action|sanctions?|exports?|imports?|sales?|payments?|dividends?|bonuses|weapons|arms|licen[cs]es?|permits?|exceptions?|waivers?|compan(?:y|ies)|firms?|persons?|employees?|officials?|members?|funds?|aid|troops|recordings?|images?|content|apps?|products?|vehicles?|flights?|ships?|citizens?|foreigners?|minors?|children|candidates?|agents?|contracts?|transfers?|surveillance|searches|wiretaps?)\\s+(?:[${LETTER}-]{2,20}\\s+){0,2}?(?:may|shall|can)\\s+(?:(?:ever|legally)\\s+)?be\\s+(?:[${LETTER}]{2,20}(?:ed|en|wn|ld|nt))(?![${LETTER}])|under\\s+no\\s+circumstances|in\\s+no\\s+case\\s+(?:may|shall|can|will)`) },
    // data not kept nor passed on: "the data will not be stored", "the recordings are not retained", "the content would not be
    // monitored"
    { ruleId: 'restrictions/en/not-stored', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:will|would|shall|are|is)\\s+not\\s+be\\s+(?:stored|retained|kept|shared|disclosed|transferred|collected|monitored|recorded|sold|passed\\s+on)|(?:are|is)\\s+not\\s+(?:stored|retained|shared\\s+with|transferred\\s+to)`) },
    // a permission under an authority's approval: "the services may also, after an opinion of the commission, install
    // microphones", "can be extended with the approval of a judge", "will be decided by court order" (a modal precedes)
    { ruleId: 'restrictions/en/may-after-approval', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:may|can|could|shall|will\\s+be\\s+able\\s+to|(?:will|would)\\s+be\\s+[${LETTER}]{2,20}(?:ed|en))\\s+(?:[^.;:!?"“”]{0,40}?[\\s,])?(?:after|with|upon|on|by)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:prior\\s+)?(?:approval|authori[sz]ation|permission|consent|opinion|green\\s+light|court\\s+order|judicial\\s+(?:order|decision|warrant)|warrant)\\s+(?:of|from|by|issued)`) },
    // a permission under a condition, as long as it holds: "Shops can reopen as long as they respect the health rules", "they may stay
    // so long as they do not work" (a modal of permission precedes; not "I can stay as long as you want"; "provided that" is
    // restrictions/en/on-condition); FR
    // restrictions/fr/du-moment-que
    { ruleId: 'restrictions/en/as-long-as', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:I|we|you)\\s+$`, 'iu'), pattern: re(`(?:may|can|could|will\\s+be\\s+(?:able|allowed|permitted)\\s+to|(?:is|are)\\s+(?:allowed|permitted)\\s+to)\\s+[^.;:!?"“”]{1,100}?(?:as|so)\\s+long\\s+as(?!\\s+(?:you|I|we|they|he|she|it)\\s+(?:want|wants|like|likes|wish|wishes|please|pleases|need|needs)(?![${LETTER}]))`) },
    // a listing or a measure that is not automatic: "The listing will not be automatic and will require a court decision"; FR
    // restrictions/fr/pas-automatique
    { ruleId: 'restrictions/en/not-automatic', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:will|would|shall)\\s+not\\s+be\\s+automatic|(?:is|are)\\s+not\\s+automatic`) },
    // an approval that may be bypassed: "Agents may bypass the approval of the commission in emergencies", "can dispense with the opinion
    // of the regulator"; FR restrictions/fr/se-passer-de-avis
    { ruleId: 'restrictions/en/may-bypass', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:may|can|could|will\\s+be\\s+able\\s+to)\\s+(?:bypass|skip|do\\s+without|dispense\\s+with|waive)\\s+(?:the\\s+|a\\s+|any\\s+|prior\\s+)?(?:prior\\s+)?(?:approval|opinion|consent|authori[sz]ation|review|warrant)`) },
    // an exception for special cases: "Surveillance is banned except in exceptional circumstances", "barring an emergency"; FR
    // restrictions/fr/sauf-cas
    { ruleId: 'restrictions/en/except-cases', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:except|save|other\\s+than)\\s+(?:in\\s+)?(?:exceptional|extraordinary|special|urgent)\\s+(?:cases|circumstances)|barring\\s+(?:an?\\s+)?emergenc(?:y|ies)`) },
    // a consequence a text provides: "In the event of an acquittal, the data will be deleted", "in case of a breach, the licence shall be
    // revoked" (a measure's participle: not "in case of a win, the club will be qualified"); FR restrictions/fr/en-cas-de-sera
    { ruleId: 'restrictions/en/in-event-will-be', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`in\\s+(?:the\\s+)?(?:event|case)\\s+of\\s+[^.;:!?"“”]{1,100}?\\s(?:will|shall|must)\\s+be\\s+(?:(?:immediately|automatically|permanently)\\s+)?(?:deleted|erased|removed|suspended|revoked|cancell?ed|withdrawn|terminated|destroyed|banned|blocked|closed|fined|expelled|excluded)(?![${LETTER}])`) },
    // a case that will not justify a measure, in a text: "These emergencies shall not justify the search of a home", "the decree shall
    // not authorise the collection of content" ("shall not", or "will not justify"; not "the president will not permit a delay": a
    // refusal, read by its own rules); FR restrictions/fr/ne-justifiera-pas
    { ruleId: 'restrictions/en/shall-not-justify', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re(`(?:shall\\s+not\\s+(?:justify|authori[sz]e|permit)|will\\s+not\\s+justify)\\s+(?:the|a|an|any)(?![${LETTER}])`) },
    // a permission never to be given: "China will never allow Taiwan to become independent", "the party would never permit a vote" (not
    // "I would never allow myself to forget it": a first person, a reflexive);
    // FR restrictions/fr/jamais-autorise
    { ruleId: 'restrictions/en/never-allow', kind: 'prohibition', voice: 'active', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:I|we|you)\\s+$`, 'iu'), rejectAfter: new RegExp(`^\\s+(?:myself|ourselves|yourself|himself|herself|itself|themselves)(?![${LETTER}])`, 'iu'), pattern: re(`(?:will|would|shall)\\s+never\\s+(?:again\\s+)?(?:allow|permit)(?![${LETTER}])`) },
    // --- lexical-field audit (2026-12-01): lemmas of the field the rules above did not cover, each in its news forms
    // censorship: "Beijing censored all mentions of the protest", "the film was censored by the authorities", "censorship of the
    // press" (the noun "censor", a person, stays out: "the film censor")
    { ruleId: 'restrictions/en/censor', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('censor(?:ed|ing)|censors\\s+(?:the|all|any|its|their|news|content|posts|mentions)|censorship\\s+(?:of|on)') },
    // a group or practice proscribed: "Britain proscribed the group as a terrorist organisation", "the group was proscribed under the
    // Terrorism Act"
    { ruleId: 'restrictions/en/proscribe', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('proscrib(?:e|es|ed|ing)|proscription\\s+of') },
    // a crackdown enforces a prohibition: "Beijing cracked down on private tutoring companies", "the crackdown on online gambling",
    // "authorities clamped down on protests" (not the gerund, mostly a topic: "talks on trade, AIDS and cracking down on smuggling")
    { ruleId: 'restrictions/en/crack-down', kind: 'prohibition', voice: 'active', negatable: true, pattern: re('(?:crack(?:s|ed)?|clamp(?:s|ed)?)\\s+down\\s+(?:on|against)|(?:crackdowns?|clampdowns?)\\s+(?:on|against)') },
    // a court restraining a party: "The court restrained the union from picketing the plant" (the "from" clause is required)
    { ruleId: 'restrictions/en/restrain-from', kind: 'prohibition', voice: 'active', pattern: re(`restrain(?:s|ed|ing)?\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?from\\s+[${LETTER}]{2,20}ing`) },
    // property seized by an authority: "Authorities seized the yacht of the oligarch", "police confiscated the passports of the
    // suspects", "the seizure of Russian assets" (things owned, not "seized the initiative", "seized power")
    { ruleId: 'restrictions/en/seize-assets', objectInTrigger: true, kind: 'sanction', voice: 'active', pattern: re(`(?:seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|impound(?:s|ed|ing)?|(?:seizure|confiscation)\\s+of)\\s+(?:(?:the|his|her|their|its|all|some)\\s+)?(?:[${LETTER}${DIGIT}'’-]+\\s+){0,2}?(?:assets|yachts?|propert(?:y|ies)|passports?|funds|bank\\s+accounts|accounts|estates?|villas?|tankers?|vessels?|ships?|aircraft|planes?|jets?|shipments?|cargo|goods|land|homes?|houses?|mansions?|holdings)(?![${LETTER}])`) },
    // a statutory ceiling named by what it caps: "Congress raised the debt ceiling", "the borrowing limit", "a spending cap"
    { ruleId: 'restrictions/en/named-ceiling', kind: 'limit', voice: 'active', pattern: re('(?:debt|borrowing|spending|deficit|emissions?|speed|age|term)\\s+(?:ceilings?|caps?|limits?)') },
    // fewer parties allowed to act: "The number of agencies able to access metadata will be reduced", "the number of people allowed
    // to enter will be capped" (a count of the permitted, then a verb of reducing); FR restrictions/fr/nombre-autorises-reduit
    { ruleId: 'restrictions/en/number-allowed-reduced', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`number\\s+of\\s+(?:[${LETTER}-]+\\s+){1,3}?(?:able|allowed|permitted|authori[sz]ed|entitled|eligible)\\s+to\\s+[^.;:!?"“”]{1,60}?\\s(?:will|would|shall|is|are|was|were|has|have)\\s+(?:be\\s+|been\\s+)?(?:reduced|limited|capped|cut|restricted|halved)`) },
    // an obligation put on a party by an actor or a text: "The new law obliges platforms to remove illegal content", "the court
    // compelled Google to hand over the records" (an actor or an abstract subject — law, ruling — before; "force" is left out: it is
    // mostly a circumstance, "the storm forced the airline to cancel flights", "would force the administration to reconsider");
    // FR restrictions/fr/obliger
    { ruleId: 'restrictions/en/oblige', objectInTrigger: true, kind: 'condition', voice: 'active', negatable: true, needsActor: true, abstractSubjectKind: 'condition', pattern: re(`(?:oblig(?:e|es|ed|ing)|obligat(?:e|es|ed|ing)|compel(?:s|led|ling)?)\\s+(?!(?:me|us|you|him|her|them|it)\\s)(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to\\s+(?!the\\s)[${LETTER}]{2,20}`) },
    // (an opposition — "France opposed the trade deal", "The union is opposed to the reform" — is a stance, not a refusal: it forbids
    // or limits nothing, and the gold marks it optional at most; restrictions/en/oppose and en/opposed-to were dropped, s19-rtrial)
    // reluctance held until a condition is met is a condition (as restrictions/en/not-until): "the Chinese have been reluctant to commit
    // to a meeting until a deal that includes tariff reductions is finalized"
    { ruleId: 'restrictions/en/reluctant-until', kind: 'condition', voice: 'subject', pattern: re('(?:reluctant|unwilling|loath|loth)\\s+to\\s[^.;:!?"“”]{1,80}?\\suntil(?=\\s)') },
    // reluctance to commit, a refusal: "the Chinese have been reluctant to commit to a meeting until a deal is finalized", "Berlin
    // is unwilling to send tanks", "their reluctance to sign" (a verb of commitment or giving after it: not a mood, "members of his party
    // were reluctant to campaign on his record"); FR restrictions/fr/reticent
    { ruleId: 'restrictions/en/reluctant', kind: 'refusal', voice: 'active', pattern: re(`(?:reluctant|unwilling|loath|loth|reluctance|unwillingness)\\s+to\\s+(?:commit|sign|accept|agree|join|send|provide|supply|approve|ratify|negotiate|recogni[sz]e|extradite|lift|cut|give|share|hand|pay|allow|back|support|endorse|participate|engage|deploy|intervene|impose|release|return|open|grant|fund|finance|arm|admit)(?![${LETTER}])`) },
    // a court or an authority annulling a text, a verdict or a vote: "The appeals court overturned the ruling", "the constitutional
    // court annulled the election", "the judge quashed the conviction" ("struck down" is restrictions/en/strike-down)
    { ruleId: 'restrictions/en/overturn', kind: 'refusal', voice: 'active', negatable: true, pattern: re(`(?:overturn(?:s|ed|ing)?|annul(?:s|led|ling)?|invalidat(?:e|es|ed|ing)|quash(?:es|ed|ing)?|nullif(?:y|ies|ied|ying)|revers(?:e|es|ed|ing))\\s+(?:the|a|an|its|their|this|that|his|her)\\s+(?:[${LETTER}${DIGIT}-]+\\s+){0,2}?(?:law|laws|ruling|decision|verdict|conviction|election|results?|decree|contract|ban|rule|order|sentence|vote|appointment|referendum|acquittal)(?![${LETTER}])`) },
    // a penalty paid or imposed, its sum after it: "The company paid a penalty of $20 million", "regulators imposed a civil penalty"
    // (a sum before the noun, "a $1 billion penalty", is restrictions/en/fine)
    { ruleId: 'restrictions/en/penalty', kind: 'sanction', voice: 'active', pattern: re(`(?:pa(?:y|ys|id|ying)|impos(?:e|es|ed|ing)|levied|levy|levies|slapped|handed)\\s+(?:(?:a|an|the|civil|criminal|record|hefty|heavy|financial|stiff)\\s+){1,2}penalt(?:y|ies)`) },
    // a punishment promised or inflicted: "Israel has pledged to punish the Palestinian Authority by freezing its tax revenue", "the
    // EU will punish member states that…" (a named or described target after it: not "crimes punishable by", restrictions/en/punishable-by)
    { ruleId: 'restrictions/en/punish', kind: 'sanction', voice: 'active', pattern: re(`punish(?:es|ed|ing)?\\s+(?:the|a|an|its|their|those|any|member|companies|firms|countries|[${LETTER}.&-]{1,30}['’]s?(?=\\s))`) },
    // tariffs raised or imposed, in the passive or as an event: "Tariffs on Chinese goods were increased from 10% to 25%", "tariffs have
    // also been imposed on imports from the EU", "China-specific tariffs took effect in July 2018", "additional tariffs on China"
    // (a tariff named as a topic, "tariffs were discussed", stays out, and so does a sum of tariffs: "$4 billion per month in extra tariffs")
    { ruleId: 'restrictions/en/tariffs-raised', kind: 'sanction', voice: 'subject', includePrevWord: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:in|of)\\s+$`, 'iu'), pattern: re(`(?:tariffs?|duties|levies)\\s+(?:on\\s+(?:[${LETTER}${DIGIT}-]+\\s+){1,3}?)?(?:were|was|have|has|had|will|would|could)\\s+(?:(?:also|now|then|be|been)\\s+){0,2}(?:imposed|increased|raised|hiked|doubled|tripled|levied|introduced|extended|reimposed|slapped)|(?:tariffs?|duties)\\s+(?:took|take|takes|will\\s+take)\\s+effect|(?:additional|new|higher|punitive|retaliatory|extra|steep|sweeping|reciprocal|[${LETTER}]{2,20}-specific)\\s+(?:tariffs|duties)\\s+on`) },
    // a title, a right or a status taken away: "The committee stripped the athlete of his medal", "he was stripped of his citizenship",
    // "The league stripped Calder City of its 2021 title" (a year or a number qualifies the title)
    // ("stripping … of the right to" is restrictions/en/remove-right)
    { ruleId: 'restrictions/en/strip-of', kind: 'sanction', voice: 'active', pattern: re(`strip(?:s|ped|ping)?\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){0,4}?of\\s+(?:(?:his|her|their|its|the)\\s+)?(?:[${LETTER}${DIGIT}-]+\\s+)?(?:medals?|titles?|citizenship|nationality|immunity|licen[cs]es?|powers|rank|membership|accreditation|post|command|seat|knighthood|honou?rs?|awards?|crown|points)(?![${LETTER}])`) },
    // an expulsion from a country or an office: "The government deported hundreds of migrants", "he was deported to Mexico", "the
    // House impeached the president", "the officer was demoted"
    { ruleId: 'restrictions/en/deport', kind: 'sanction', voice: 'active', pattern: re('deport(?:s|ed|ing)|deportation\\s+of|impeach(?:es|ed|ing)?(?!ment)|demot(?:e|es|ed|ing)|demotion\\s+of') },
    // assets blocked as a sanction: "Washington blocked the assets of the Sudanese government", "blocking the property of"
    { ruleId: 'restrictions/en/block-assets', kind: 'sanction', voice: 'active', pattern: re(`block(?:s|ed|ing)?\\s+(?:(?:the|all|its|their)\\s+)?(?:[${LETTER}'’-]+\\s+){0,2}?(?:assets|property|properties|bank\\s+accounts|funds)(?![${LETTER}])`) },
    // money held back, without "withhold": "President Bush held back loan guarantees to Israel", "holding back aid" (FR
    // restrictions/fr/retenue-indemnites)
    { ruleId: 'restrictions/en/hold-back-aid', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`h(?:old|olds|eld|olding)\\s+back\\s+(?:(?:the|all|its|their|some)\\s+)?(?:[$€£]?[${DIGIT}][${DIGIT}.,]{0,12}\\s*(?:million|billion|bn|m)?\\s+(?:in|of)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:aid|assistance|funding|funds|payments?|grants?|guarantees|loans?)(?![${LETTER}])`) },
    // blocking another party's efforts is a refusal: "Russia and China have blocked efforts by the Security Council", "blocked attempts
    // to"; FR restrictions/fr/bloquer-efforts
    { ruleId: 'restrictions/en/block-efforts', kind: 'refusal', voice: 'active', pattern: re(`block(?:s|ed|ing)?\\s+(?:(?:the|all|any|several|repeated|international|western|its|their)\\s+){0,2}(?:efforts?|attempts?|initiatives?|moves?)\\s+(?:to|by|of|at)(?![${LETTER}])`) },
    // a permission bounded in time: "Women can have an abortion up to 14 weeks", "custody can be extended up to 96 hours", "abortion
    // is legal up to 24 weeks" (a permission or a verb of a legal faculty before "up to" a duration: not the forecast "some places
    // may not receive aid for up to two weeks"; "held/retained for up to" is restrictions/en/retained-for); FR restrictions/fr/peut-jusqu-a
    { ruleId: 'restrictions/en/may-up-to', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:(?:is|are|remains?)\\s+(?:allowed|permitted|legal|authori[sz]ed)|(?:may|can)\\s+(?:legally\\s+|only\\s+)?(?:be\\s+(?:detained|extended|renewed|prolonged|suspended|performed|carried\\s+out)|have\\s+an\\s+abortion|abort|stay|remain|reside|work|terminate\\s+(?:a|the|their|her)\\s+pregnanc(?:y|ies)))\\s+(?:[^.;:!?"“”]{1,60}?\\s)??(?:up\\s+to|until)\\s+(?:the\\s+)?(?:[${DIGIT}]{1,4}(?:th)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|twenty-four|thirty|ninety)\\s+(?:days|weeks|months|years|hours|weeks['’]?\\s+of\\s+pregnancy)(?![${LETTER}])`) },
    // a sanction that returns if a commitment fails: "If Sudan fails to live up to its commitments, the embargo can be reinstated", "if
    // Iran violates the deal, sanctions will snap back"; FR restrictions/fr/si-retablies
    { ruleId: 'restrictions/en/if-reinstated', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`if\\s[^.;:!?"“”]{1,80}?,\\s+(?:(?:the|all|these|those|us|u\\.s\\.|eu|un|international)\\s+){0,2}(?:[${LETTER}-]+\\s+)?(?:embargo|sanctions|ban|tariffs|restrictions|penalties|duties)\\s+(?:can|could|will|would|may|might|shall)\\s+(?:be\\s+)?(?:reinstated|reimposed|restored|snap\\s+back|return|come\\s+back|resume)`) },
    // a time bound widened in one case only: "and up to 22 weeks in case of danger to the mother's life", "up to 96 hours in terrorism
    // cases" reads as a plain bound; FR restrictions/fr/jusqu-a-en-cas
    { ruleId: 'restrictions/en/up-to-in-case', kind: 'condition', voice: 'subject', pattern: re(`(?:up\\s+to|until)\\s+(?:the\\s+)?(?:[${DIGIT}]{1,4}(?:th)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|twenty-two|twenty-four|thirty|ninety)\\s+(?:days|weeks|months|years|hours)\\s+(?:in\\s+(?:the\\s+)?(?:case|event)\\s+of|if|when|where)(?![${LETTER}])`) },
    // a refusal that holds as long as a condition does: "there would be no independent Palestinian state as long as he is prime
    // minister", "Kyiv will not negotiate as long as Russian troops occupy its land" (not "I won't rest as long as": a first person); FR
    // restrictions/fr/pas-tant-que
    { ruleId: 'restrictions/en/no-as-long-as', kind: 'refusal', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:I|we|you)\\s+$`, 'iu'), pattern: re(`(?:there\\s+(?:will|would|could)\\s+be\\s+no|(?:will|would|could|shall)\\s+(?:not|never)|won['’]t|wouldn['’]t)(?:\\s[^.;:!?"“”]{1,80}?)?\\s(?:as|so)\\s+long\\s+as`) },
    // a condition stated by "short of": "These concerns cannot be addressed effectively short of exempting journalists", "the crisis will
    // not end short of a ceasefire" (a negated or impossible outcome before it); FR « à moins de » is restrictions/fr/ne-sans
    { ruleId: 'restrictions/en/not-short-of', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:cannot|can['’]t|can\\s+not|could\\s+not|couldn['’]t|will\\s+not|won['’]t|would\\s+not|wouldn['’]t|(?:is|are)\\s+(?:not\\s+)?(?:impossible|unlikely))\\s[^.;:!?"“”]{0,80}?\\sshort\\s+of\\s+(?:[${LETTER}]{2,20}ing|an?\\s|the\\s)`) },
    // a payment or an act required within a deadline: "Customs and Border Protection typically requires payment within 10 days of their
    // shipments clearing customs", "the law requires notification within 72 hours"; FR restrictions/fr/exige-sous
    { ruleId: 'restrictions/en/requires-within', kind: 'condition', voice: 'active', pattern: re(`requir(?:e|es|ed|ing)\\s+(?:(?:the|a|an|full|prior|written|its|their)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:within|no\\s+later\\s+than)\\s+(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|thirty|sixty|ninety|a|an)\\s+(?:days?|weeks?|months?|years?|hours?)`) },
    // a procedure that must come first: "they need to undertake a security assessment before providing the necessary guarantees",
    // "buyers must file a notification before importing", "unions must give at least 14 days' notice before industrial action" (a procedural noun between the obligation and "before"; "must obtain approval"
    // is restrictions/en/must-comply); FR restrictions/fr/doit-avant
    { ruleId: 'restrictions/en/must-before', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:we|I|you)\\s+$`, 'iu'), pattern: re(`(?:must|need(?:s|ed)?\\s+to|ha(?:ve|s|d)\\s+to|will\\s+have\\s+to|(?:is|are)\\s+required\\s+to)\\s+(?!(?:obtain|seek|get|secure)\\s)(?:[${LETTER}${DIGIT}'’-]+\\s+){1,5}?(?:notice|assessments?|approvals?|reviews?|authori[sz]ations?|permission|consent|inspections?|checks|screening|vetting|licen[cs]es?|permits?|notification|clearance|green\\s+light|evaluation|audit)\\s+(?:[^.;:!?"“”]{0,40}?\\s)?before\\s+[${LETTER}]{2,20}`) },
    // a vote or a right that exists only in one case: "there is only a shareholder vote if there is a sale of all the assets", "there are
    // only appraisal rights when…" (a procedure, a right or a payment: not "there is only one way to win if…"); FR restrictions/fr/ne-que-si
    { ruleId: 'restrictions/en/there-is-only-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`there\\s+(?:is|are|will\\s+be|would\\s+be)\\s+only\\s+(?:(?:a|an)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:votes?|rights?|obligations?|requirements?|approvals?|reviews?|referendums?|compensation|refunds?|payments?|taxes|tax|penalt(?:y|ies)|fines?|exemptions?|access|appeals?)\\s+(?:[^.;:!?"“”]{0,30}?\\s)?(?:if|when|once)(?=\\s)`) },
    // a permission bought with a payment: "allows Yahoo to terminate the deal and accept a superior offer by paying a $144 million breakup
    // fee", "entitles the buyer to walk away by paying a fee"; FR restrictions/fr/permet-en-payant
    { ruleId: 'restrictions/en/allowed-by-paying', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|entitl(?:e|es|ed|ing)|lets?)\\s+[^.;:!?"“”]{1,100}?\\sby\\s+paying(?=\\s)`) },
    // limiting an actor's programme, capacity or power: "negotiations to limit Iran's nuclear program", "to rein in Beijing's influence",
    // "curtail the president's powers" (a possessive owner, then the thing limited)
    { ruleId: 'restrictions/en/limit-programme', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?|curb(?:s|ed|ing)?|cap(?:s|ped|ping)?|constrain(?:s|ed|ing)?|curtail(?:s|ed|ing)?|rein(?:s|ed|ing)?\\s+in)\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:program|programme|arsenal|enrichment|stockpiles?|capacity|powers|ability|influence|presence|activities|ambitions|operations|mandate|freedoms?|rights)(?![${LETTER}])`) },
    // --- generalisation: how wire copy states sentences, disqualifications, suspensions of people, controls, closing hours,
    // obligations and refusals (probe of fresh EN/FR news, not the tune articles)
    // a court sentencing named people, the object between the verb and "to": "The Madras High Court sentenced Tamil Nadu minister
    // K Ponmudy and his wife to three years in jail", "a judge sentenced him to life" ("was sentenced to" is restrictions/en/sentenced)
    { ruleId: 'restrictions/en/sentence-object', kind: 'sanction', voice: 'active', pattern: re(`sentenc(?:es|ed|ing)\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,12}?to\\s+(?:(?:[${DIGIT}]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)[\\s-]+(?:years?|months?|weeks?|days?)|life|death|prison|jail|community\\s+service|(?:a\\s+)?(?:prison|jail)\\s+terms?)(?![${LETTER}])`) },
    // a disqualification from an office or a vote: "The sentencing disqualifies Prasad from parliament", "renders him ineligible for
    // contesting elections", "The leader stands disqualified as a member of the Assembly"
    { ruleId: 'restrictions/en/disqualify', kind: 'sanction', voice: 'active', pattern: re(`disqualif(?:y|ies|ied|ying)\\s+(?:[${LETTER}'’.-]+\\s+){1,4}?(?:from|as)(?![${LETTER}])|stand(?:s|ing)?\\s+disqualified|(?:render|renders|rendered|rendering|make|makes|made|making)\\s+(?:him|her|them|it|[${UPPER}][${LETTER}'’.-]{1,30})\\s+ineligible`) },
    // a person suspended by the body they answer to, named by their role: "The club suspended its captain after the brawl", "the
    // ministry suspended two officials", "the paper suspended the reporter" (suspensions of trade or licences are other rules)
    // (also sidelined: "The coach sidelined his captain after the row"; FR restrictions/fr/suspendre-agent « a écarté son capitaine »;
    // the person is the action, "his captain", not what follows)
    { ruleId: 'restrictions/en/suspend-role', kind: 'sanction', voice: 'active', negatable: true, objectInTrigger: true, pattern: re(`(?:suspend(?:s|ed|ing)?|sidelin(?:e|es|ed|ing))\\s+(?:(?:its|their|his|her|the|a|an|two|three|four|five|several|[${DIGIT}]+)\\s+)(?:[${LETTER}-]+\\s+){0,2}?(?:captains?|players?|coach(?:es)?|managers?|officers?|officials?|employees?|staff|workers?|doctors?|judges?|prosecutors?|mayors?|ceo|chief\\s+executive|directors?|editors?|journalists?|reporters?|presenters?|teachers?|students?|pupils?|members?|lawmakers?|MPs?|senators?|athletes?|referees?|strikers?|goalkeepers?|defenders?|midfielders?|drivers?|jockeys?|trainers?|spokesm[ae]n|ambassadors?|diplomats?|police(?:m[ae]n)?|nurses?|soldiers?|agents?|guards?|civil\\s+servants?|staffers?|(?:opposition\\s+|party\\s+|group\\s+)?leaders?)(?![${LETTER}])`) },
    // a named person suspended: "The National Basketball Association suspended Ron Artest", "The party suspended John Smith"
    { ruleId: 'restrictions/en/suspend-name', kind: 'sanction', voice: 'active', negatable: true, objectActor: { kinds: ['person'], gap: INSERTIONS }, pattern: re('suspend(?:s|ed|ing)?') },
    // the EU's name for sanctions: "the restrictive measures that have already been imposed on Moscow", "restrictive measures against
    // Belarus" (FR « mesures restrictives », restrictions/fr/retorsion)
    { ruleId: 'restrictions/en/restrictive-measures', kind: 'sanction', voice: 'active', pattern: re('restrictive\\s+measures') },
    // controls announced on a product or a flow: "FDA is considering new controls on narcotics", "tighter controls on exports of chips"
    // (a qualifier of novelty or strictness before it: not "the controls on the dashboard")
    { ruleId: 'restrictions/en/controls-on', kind: 'limit', voice: 'active', pattern: re('(?:new|tighter|strict|stricter|tough|tougher|stringent|additional|further|more)\\s+controls?\\s+(?:on|over)') },
    // a quantity allowed reduced: "The new regulations would decrease the number of refills allowed", "cut the number of flights
    // permitted at the airport" (FR restrictions/fr/nombre-autorises-reduit)
    { ruleId: 'restrictions/en/number-allowed-reduced', kind: 'limit', voice: 'active', pattern: re(`(?:reduc|decreas|cut|lower|halv|limit|cap)[${LETTER}]{0,4}\\s+the\\s+(?:number|amount|quantity)\\s+of\\s+(?:[${LETTER}-]+\\s+){1,3}?(?:allowed|permitted|authori[sz]ed)(?![${LETTER}])`) },
    // a closing hour imposed: "Bars will have to close at 11 p.m.", "shops must close by 8pm" (FR restrictions/fr/fermer-a-heure)
    { ruleId: 'restrictions/en/close-at-hour', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:must|will\\s+have\\s+to|would\\s+have\\s+to|have\\s+to|has\\s+to|had\\s+to|(?:are|is|were|was)\\s+required\\s+to|(?:are|were)\\s+(?:told|forced)\\s+to)\\s+close\\s+(?:their\\s+doors\\s+)?(?:at|by|before|from)\\s+(?:[${DIGIT}]{1,2}(?:[:.][${DIGIT}]{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|h)|midnight|noon)`) },
    // an obligation stated by its adjective: "Masks are mandatory on public transport", "voting is compulsory", "the government made
    // vaccination mandatory for health workers" (FR restrictions/fr/obligatoire)
    { ruleId: 'restrictions/en/mandatory', kind: 'condition', voice: 'subject', startAtClause: true, negatable: true, pattern: re(`(?:is|are|was|were|be|been|become|becomes|became|remain|remains|remained)\\s+(?:now\\s+|also\\s+|legally\\s+|still\\s+)?(?:mandatory|compulsory|obligatory)|made\\s+(?:[${LETTER}-]+\\s+){1,3}?(?:mandatory|compulsory|obligatory)`) },
    // points taken from a team: "the federation docked the club ten points", "a 10-point deduction" (FR restrictions/fr/retrait-points)
    { ruleId: 'restrictions/en/docked-points', kind: 'sanction', voice: 'active', pattern: re(`dock(?:s|ed|ing)?\\s+(?:[${LETTER}'’.-]+\\s+){0,4}?(?:[${DIGIT}]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\\s+points|(?:[${DIGIT}]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)-points?\\s+deductions?|points?\\s+deductions?`) },
    // an actor unwilling to act, a refusal without "refuse": "Banks are unwilling to lend to the project", "Berlin remains unwilling
    // to send tanks" (not a no-comment: "unwilling to comment")
    { ruleId: 'restrictions/en/unwilling-to', kind: 'refusal', voice: 'active', needsActor: true, rejectAfter: NO_COMMENT, pattern: re(`(?:is|are|was|were|remain|remains|remained|appear|appears|appeared|seem|seems|seemed)\\s+(?:still\\s+|also\\s+)?unwilling\\s+to`) },
    // --- generalisation 2: families a probe of fresh news (prison, plague, pollution and business briefs) found missing: isolation
    // orders, personnel measures, supervision, closures of public places, authorities taking a thing down, refusals of a request or
    // an offer, conditions "as long as", time and amount bounds
    // a person or group put in quarantine or isolation: "The ailing couple was quarantined", "28 people who came into contact with
    // the patient were quarantined", "passengers were placed in quarantine", "travellers were isolated in a hotel" (a place after
    // "isolated": not "the gene was isolated in 1990"; FR restrictions/fr/quarantaine)
    { ruleId: 'restrictions/en/quarantined', kind: 'limit', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are|remain|remains|remained)\\s+(?:[${LETTER}]+ly\\s+|also\\s+|then\\s+|still\\s+)?(?:quarantined|(?:placed|put|kept|held)\\s+(?:in|into|under)\\s+(?:(?:strict|mandatory|compulsory|a)\\s+)?(?:quarantine|isolation)|isolated\\s+(?:in|at)\\s+(?:a|an|the|their|its)\\s+(?:[${LETTER}-]+\\s+)?(?:hotels?|hospitals?|wards?|camps?|facilit(?:y|ies)|cent(?:re|er)s?|rooms?|homes?|tents?|ships?))`) },
    // the same ordered by a named authority, the party between the verb and its particle: "Authorities quarantined 28 people", "the
    // ministry placed the crew in quarantine" (not the attributive participle: "the quarantined passengers")
    { ruleId: 'restrictions/en/quarantine-object', kind: 'limit', voice: 'active', partyInTrigger: true, pattern: re(`(?<!(?:was|were|been|be|being|is|are|the|a|an|of|and)\\s{1,3})(?:quarantin(?:e|es|ed|ing)(?=\\s+(?:[${DIGIT}][${DIGIT},.]{0,12}|the|all|some|its|their|about|more|nearly|several|two|three|four|five|hundreds|dozens|thousands)\\s)|(?:placed|places|placing|put|puts|putting|ordered|sent)\\s+(?:(?!(?:in|into|under)\\s)[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?(?:in|into|under)\\s+(?:(?:strict|mandatory|compulsory)\\s+)?(?:quarantine|isolation))`) },
    // a person put under a supervising or suspending measure: "The officers were placed on administrative leave", "prison officials
    // placed Noel and Thomas on administrative leave", "The judge placed the former mayor under judicial supervision", "put on
    // probation" (house arrest is restrictions/en/house-arrest; FR restrictions/fr/controle-judiciaire)
    { ruleId: 'restrictions/en/placed-under', kind: 'sanction', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are)\\s+(?:[${LETTER}]+ly\\s+|also\\s+|then\\s+)?(?:placed|put)\\s+(?:under|on)\\s+${SUPERVISION}`) },
    { ruleId: 'restrictions/en/place-under', kind: 'sanction', voice: 'active', partyInTrigger: true, pattern: re(`(?<!(?:was|were|been|be|being|is|are)\\s{1,3})(?:placed|places|placing|put|puts|putting)\\s+(?:(?!(?:under|on)\\s)[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?(?:under|on)\\s+${SUPERVISION}`) },
    // a person dismissed by the body they answer to, named by their role: "The airline dismissed its chief pilot", "the board fired
    // the club's president", "the ministry sacked two officials" (not "fired on the officers", "dismissed the judge's ruling")
    { ruleId: 'restrictions/en/dismiss-role', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`(?:dismiss(?:es|ed|ing)?|fir(?:es|ed|ing)|oust(?:s|ed|ing)?)\\s+(?:(?:its|their|his|her|the|a|an|two|three|four|five|several|[${DIGIT}]+)\\s+)(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)?(?:(?!(?:at|on|upon|in|into|to|from|with|over|towards?|back)\\s)[${LETTER}-]+\\s+){0,2}?${PERSONNEL_ROLE}(?![${LETTER}'’])`) },
    // a person suspended, named by a role after an owner: "The football federation suspended the club's president for six months"
    // (restrictions/en/suspend-role takes the role right after its determiner)
    { ruleId: 'restrictions/en/suspend-owned-role', kind: 'sanction', voice: 'active', negatable: true, pattern: re(`suspend(?:s|ed|ing)?\\s+(?:the|its|their|his|her)\\s+[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+(?:[${LETTER}-]+\\s+)?${PERSONNEL_ROLE}(?![${LETTER}'’])`) },
    // public places closed by an order: "Local authorities have closed all schools until further notice", "the city shut its bars and
    // restaurants"; not a firm closing its own shops or plants, nor the participle as an adjective ("led to canceled flights, closed
    // schools": past "closed" needs a determiner) (FR restrictions/fr/fermer-lieux)
    { ruleId: 'restrictions/en/close-public-places', kind: 'prohibition', voice: 'active', negatable: true, objectInTrigger: true, pattern: re(`(?:(?:shut(?:s|ting)?|clos(?:e|es|ing))(?:\\s+down)?\\s+(?:(?:all|the|its|their|most|many|some|two|three|several|[${DIGIT}]+)\\s+){0,2}|closed(?:\\s+down)?\\s+(?:(?:all|the|its|their|most|many|some|two|three|several|[${DIGIT}]+)\\s+){1,2})(?:(?:public|primary|secondary|state|local|non-essential)\\s+)?${PUBLIC_PLACES}`) },
    // the same in the passive: "Schools were closed across the capital", "bars and restaurants have been shut", "Schools in the
    // capital will remain closed until Monday"
    { ruleId: 'restrictions/en/public-places-closed', kind: 'prohibition', voice: 'subject', includePrevWord: true, pattern: re(`${PUBLIC_PLACES}\\s+(?:(?:and|or)\\s+(?:[${LETTER}-]+\\s+){1,2}?)?(?:(?:in|across|of|throughout)\\s+(?:the\\s+)?(?:[${LETTER}-]+\\s+){1,2}?)?(?:were|have\\s+been|had\\s+been|will\\s+be|would\\s+be|are\\s+to\\s+be|(?:will\\s+|would\\s+)?(?:remain|remains|remained|stay|stays|stayed))\\s+(?:[${LETTER}]+ly\\s+)?(?:closed|shut)`) },
    // a route or a crossing kept shut: "The bridge remains closed after the accident", "the border crossing has been closed since
    // Monday", "the airport was shut", "the highway is still blocked" (FR restrictions/fr/voie-fermee; "closed to traffic" is
    // restrictions/en/closed-to; not a road blocked by protesters, a protest rather than a restriction)
    { ruleId: 'restrictions/en/route-closed', kind: 'prohibition', voice: 'subject', includePrevWord: true, rejectAfter: BLOCKED_BY_PROTEST, pattern: re(`(?:bridge|bridges|road|roads|highway|motorway|tunnel|airport|airports|border\\s+crossings?|crossing\\s+points?|mountain\\s+pass|strait)\\s+(?:has\\s+been|have\\s+been|is|are|was|were|remains?|remained|stays?|stayed)\\s+(?:(?:still|also|temporarily|partially|fully|completely)\\s+){0,2}(?:closed|shut|blocked)(?![${LETTER}])`) },
    // a thing taken down or closed by an authority, named as the agent: "The website was taken offline by the authorities", "the
    // newspaper was shut down by the military", "Her post was taken down by censors" (FR restrictions/fr/ferme-par-autorite)
    { ruleId: 'restrictions/en/closed-by-authority', kind: 'prohibition', voice: 'passive', pattern: re(`(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:(?:[${LETTER}]+ly|also|later|then|still)\\s+)?(?:shut\\s+down|closed(?:\\s+down)?|taken\\s+(?:offline|down|off\\s+the\\s+air)|sealed(?:\\s+off)?|confiscated|censored)\\s+by\\s+(?:the\\s+)?(?:[${LETTER}-]+\\s+){0,2}?${AUTHORITY}`) },
    // people kept away by force or order: "Protesters were kept away from the summit venue by riot police" (not "kept out of the
    // loop", "of the team")
    { ruleId: 'restrictions/en/kept-away', kind: 'prohibition', voice: 'passive', rejectAfter: new RegExp(`^\\s+(?:the\\s+)?(?:loop|spotlight|limelight|public\\s+eye|picture|headlines|news|team|squad|side|starting)(?![${LETTER}])`, 'iu'), pattern: re(`(?:was|were|been|be|being|is|are)\\s+(?:[${LETTER}]+ly\\s+)?kept\\s+(?:away\\s+from|out\\s+of)`) },
    // an order to stay inside: "Residents were ordered to stay indoors", "told to remain in their homes" (FR restrictions/fr/ordre-rester)
    { ruleId: 'restrictions/en/ordered-indoors', kind: 'prohibition', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are)\\s+(?:[${LETTER}]+ly\\s+|also\\s+)?(?:ordered|told|instructed|forced|required)\\s+to\\s+${STAY_INSIDE}`) },
    { ruleId: 'restrictions/en/order-indoors', kind: 'prohibition', voice: 'active', partyInTrigger: true, pattern: re(`(?<!(?:was|were|been|be|being|is|are)\\s{1,3})(?:ordered|orders|ordering|instructed|forced|required)\\s+(?:(?!to\\s)[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to\\s+${STAY_INSIDE}`) },
    // an instruction to stop or block a thing, the instructed party between: "censors had also instructed digital news aggregators to
    // “block and control” discussions", "directed the platforms to remove the posts" (restrictions/en/ordered-to-stop says "ordered")
    { ruleId: 'restrictions/en/instructed-to-block', kind: 'prohibition', voice: 'active', partyInTrigger: true, pattern: re(`(?:instructed|directed)\\s+(?:(?!to\\s)[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to\\s+[“"‘']?(?:stop|halt|cease|block|censor|suspend|close|shut|remove|delete|take\\s+down|ban)(?![${LETTER}])`) },
    // a request or permission denied — "deny" with the thing applied for as its object: "The board denied the company's application for
    // a licence", "will deny the request", "denied them entry" (restrictions/en/deny-request; not "denied the allegations", "denied
    // any wrongdoing": only nouns of a request or a grant; an auxiliary before it is the passive rule below)
    { ruleId: 'restrictions/en/deny-request', kind: 'refusal', voice: 'active', negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:is|are|was|were|be|been|being|get|gets|got)\\s+(?:[${LETTER}]+ly\\s+)?$`, 'iu'), pattern: re(`den(?:y|ies|ied|ying)\\s+(?!(?:that|whether|reports?|claims?|allegations?)\\s)(?:(?:him|her|them|it|us)\\s+)?(?:(?:the|a|an|its|their|his|her|any|all|this)\\s+)?(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:applications?|requests?|permits?|licen[cs]es?|visas?|asylum|bail|appeals?|petitions?|permission|entry|access|parole|clearance|extradition)(?![${LETTER}])`) },
    // the same, passive: "was denied bail", "were denied entry to the country", "The request was denied by the court" (restrictions/en/denied-request)
    { ruleId: 'restrictions/en/denied-request', kind: 'refusal', voice: 'passive', pattern: re(`(?<=(?:is|are|was|were|be|been|being)\\s+(?:[${LETTER}]+ly\\s+)?)denied\\s+(?:(?:a|an|the|any)\\s+)?(?:[${LETTER}-]+\\s+)?(?:permits?|licen[cs]es?|visas?|asylum|bail|permission|entry|access|parole|clearance)(?![${LETTER}])|(?<=(?:applications?|requests?|petitions?|appeals?|bids?)\\s+(?:(?:for|to)\\s+[^,.;:]{1,40}?\\s+)?(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|is|are)\\s+(?:[${LETTER}]+ly\\s+)?)(?:denied|refused)`) },
    // "fine" as a verb before the named payer: "The Commission fines Meta €1.2 billion", "plans to fine Google" ("fined" is
    // restrictions/en/fine; not the adjective or noun: "a fine Apple product", "the fine Meta paid") (restrictions/en/fine-actor)
    { ruleId: 'restrictions/en/fine-actor', kind: 'sanction', voice: 'active', negatable: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:the|a|an|this|that|its|their|his|her|any|no|record|heavy|hefty|small|big)\\s+$`, 'iu'), objectActor: { kinds: ['organization', 'government', 'person'], gap: INSERTIONS }, pattern: re('fin(?:es|e|ing)') },
    // a restriction named by its noun, the restricted thing after it: "announced a suspension of imports of Ukrainian grain",
    // "the exclusion of Russian athletes from the championships", "the rejection of the proposal", "a requirement for airlines to
    // publish their emissions", "an obligation for platforms to remove…" (restrictions/en/<kind>-noun-of; the verbs' own rules take
    // "suspended imports", "excluded …", "rejected …", "required … to")
    { ruleId: 'restrictions/en/suspension-noun-of', kind: 'prohibition', voice: 'active', pattern: re(`suspension\\s+of\\s+(?:all\\s+|the\\s+|its\\s+|their\\s+)?(?:[${LETTER}-]+\\s+)?(?:imports|exports|shipments|deliveries|sales|flights|trading|aid|funding|licen[cs]es|permits|operations|construction|production)(?![${LETTER}])`) },
    { ruleId: 'restrictions/en/exclusion-noun-of', kind: 'sanction', voice: 'active', pattern: re(`exclusion\\s+of\\s+[^,.;:]{1,50}?\\s+from(?![${LETTER}])`) },
    { ruleId: 'restrictions/en/rejection-noun-of', kind: 'refusal', voice: 'active', pattern: re(`(?:rejection|denial)\\s+of\\s+(?:the|a|an|its|their|his|her)\\s+(?:[${LETTER}${DIGIT}.&-]{1,30}['’]s?\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:proposals?|bill|plan|requests?|offer|bid|applications?|deal|motion|budget|amendments?|appeals?|petition|permits?|licen[cs]es?|visas?)(?![${LETTER}])`) },
    { ruleId: 'restrictions/en/requirement-noun-for', kind: 'condition', voice: 'active', pattern: re(`(?:requirements?|obligations?)\\s+(?:for\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){1,4}?to\\s+[${LETTER}]{2,20}|that\\s+(?:all\\s+|every\\s+|each\\s+)?[${LETTER}]{2,20}\\s+(?:[${LETTER}]+\\s+){0,2}?(?:must|should|be|obtain|carry|pay|register|disclose|publish|report))`) },
    // a restriction stated in the passive with its author after "by": "The export of chips was restricted by the Commerce Department",
    // "Interest rates were capped by the central bank" (restrictions/en/limited-by-authority; not "was limited by the weather": a
    // capitalised name follows)
    { ruleId: 'restrictions/en/limited-by-authority', kind: 'limit', voice: 'passive', rejectAfter: EN_NOT_A_NAME, pattern: re(`(?<=(?:is|are|was|were|be|been|being)\\s+(?:(?:now|also|further|sharply|severely|strictly)\\s+)?)(?:restricted|limited|capped|curbed|curtailed)(?=\\s+by\\s)`) },
    // assets frozen, passive: "The assets of three oligarchs were frozen by the EU", "its accounts remain frozen" (restrictions/en/assets-frozen)
    { ruleId: 'restrictions/en/assets-frozen', kind: 'sanction', voice: 'passive', startAtClause: true, pattern: re(`(?<=(?:assets|accounts|funds|reserves|holdings|propert(?:y|ies))\\s+(?:[^,.;:]{1,60}?\\s+)?(?:was|were|have\\s+been|has\\s+been|had\\s+been|will\\s+be|would\\s+be|are|is|remain|remains|remained)\\s+(?:now\\s+|also\\s+|still\\s+)?)frozen`) },
    // a request, permit or offer refused, with any determiner: "The president refused a request to pardon the soldier", "refused
    // an application for asylum" (restrictions/en/refuse-object takes "the offer"; not "refused a request for comment")
    { ruleId: 'restrictions/en/refuse-a-request', kind: 'refusal', voice: 'active', negatable: true, rejectAfter: /^\s+(?:for|to)\s+(?:comment|an?\s+interview)/iu, pattern: re(`refus(?:e|es|ed|ing)\\s+(?:a|an|any|its|their|his|her|this|that)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:offer|request|application|permit|licen[cs]e|appeal|pardon|plea|proposal|invitation|bid|demand|deal|settlement|nomination)(?![${LETTER}])`) },
    // an offer not accepted: "his client chose not to accept a plea agreement offered by prosecutors", "the board did not accept the
    // bid" (FR « n'a pas accepté l'offre », restrictions/fr/ne-pas-accepter)
    { ruleId: 'restrictions/en/not-accept-offer', kind: 'refusal', voice: 'active', pattern: re(`(?:(?:chose|choose|chooses|decided|decides|voted|opted)\\s+not\\s+to|(?:did|does|do|would|will|could)\\s+not|(?:didn|doesn|don|wouldn|won|couldn)['’]t)\\s+accept\\s+(?:the|a|an|its|their|his|her|this|that|any)\\s+(?:[${LETTER}${DIGIT}$€£.,-]+(?:['’]s?)?\\s+){0,3}?(?:offer|deal|plea|agreement|proposal|bid|terms|settlement|compromise|conditions|invitation|resignation)(?![${LETTER}])`) },
    // a permit refused to a party named between: "The agency denied the company a permit to drill", "denied the airline landing
    // rights" (not "denied the report that a permit …")
    { ruleId: 'restrictions/en/deny-permit', kind: 'refusal', voice: 'active', pattern: re(`(?<!(?:was|were|been|be|being|is|are|get|got|gets)\\s{1,3})den(?:y|ies|ied|ying)\\s+(?:(?!(?:that|which|claims?|reports?|allegations?|accusations?|charges?|any|having|being|it)\\s)[${LETTER}${DIGIT}.&'’-]+\\s+){1,3}?(?:a|an|the|any)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:permits?|licen[cs]es?|visas?|approval|authori[sz]ation|pardon|parole|asylum|bail)(?![${LETTER}])`) },
    // a condition by "as long as" after a future, "only" or a verb of lasting: "The ceasefire will hold as long as neither side moves
    // heavy weapons", "the aid continues as long as reforms go on", "Trump would sign the legislation if it reached his desk, as long as it
    // did not include new taxes" (not a narrative "has lived there as long as he can remember", nor
    // "as long as possible"; with a modal of permission it is restrictions/en/as-long-as)
    { ruleId: 'restrictions/en/as-long-as-lasting', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:I|we|you)\\s+$`, 'iu'), pattern: re(`(?:will|would|shall|only|remain|remains|continue|continues)\\s(?:[^.;:!?,"“”]{0,60}?(?:,\\s|\\s))?as\\s+long\\s+as(?!\\s+(?:possible|necessary|needed|required|it\\s+takes|usual|ever|before|(?:you|I|we|they|he|she|it)\\s+(?:want|wants|like|likes|wish|wishes|please|pleases|need|needs)|[${DIGIT}])(?![${LETTER}]))`) },
    // an amount bound by "only up to": "Iran may enrich uranium only up to 3.67%", "can borrow only up to $5 million", "is allowed to
    // enrich uranium only to 3.67 percent" (not a market
    // move: "shares rose only up to 2%"; FR restrictions/fr/ne-que-jusqu-a)
    { ruleId: 'restrictions/en/only-up-to', kind: 'limit', voice: 'subject', includePrevWord: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:rose|rise|rises|fell|fall|falls|grew|grow|climbed|dropped|increased|decreased|gained|lost|jumped)\\s+$`, 'iu'), pattern: re(`only\\s+(?:up\\s+to|to\\s+a\\s+maximum\\s+of|to)\\s+(?:[$€£]\\s?)?[${DIGIT}]`) },
    // a permission given only once a condition is met, "only" after the permitted act: "Boeing will be allowed to resume deliveries
    // only after the FAA completes its review", "the plant is permitted to reopen only if inspectors sign off" (FR restrictions/fr/ne-que-si)
    { ruleId: 'restrictions/en/allowed-only-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:allowed|permitted|authori[sz]ed|able)\\s+to\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){1,6}?only\\s+(?:if|when|once|after)(?![${LETTER}])`) },
    // a thing that cannot be done before a date: "Investors in the fund cannot withdraw their money before 2027", "the company can't
    // pay dividends until 2026" (FR restrictions/fr/ne-pourra-pas-avant)
    { ruleId: 'restrictions/en/cannot-before', kind: 'limit', voice: 'subject', pattern: re(`(?:cannot|can\\s+not|can['’]t|may\\s+not|(?:will|would)\\s+not\\s+be\\s+(?:able|allowed|permitted)\\s+to|(?:won|wouldn)['’]t\\s+be\\s+(?:able|allowed|permitted)\\s+to)\\s+(?!wait\\s)(?:[${LETTER}'’-]+\\s+){1,5}?(?:before|until)\\s+(?:(?:the\\s+end\\s+of\\s+)?(?:19|20)[${DIGIT}]{2}|(?:the\\s+end\\s+of\\s+)?(?:next|this)\\s+(?:year|month|season)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\\s+[${DIGIT}]{1,2})?(?:,?\\s+(?:19|20)[${DIGIT}]{2})?)(?![${LETTER}])`) },
    // a licence or a right lost as a sanction: "The firm lost its export licences after the inquiry", "lost his accreditation"
    { ruleId: 'restrictions/en/lost-licence', kind: 'sanction', voice: 'passive', pattern: re(`(?:lost|loses|lose|losing)\\s+(?:its|their|his|her)\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:licen[cs]es?|permits?|accreditation|immunity|citizenship|operating\\s+rights)(?![${LETTER}])`) },
    // a communication service cut in a region by an authority: "Authorities have cut internet access in the region", "the junta shut
    // down mobile internet" (FR restrictions/fr/couper-internet)
    { ruleId: 'restrictions/en/cut-internet', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:cut|cuts|cutting|shut|shuts|shutting|block|blocks|blocked|blocking|suspend|suspends|suspended|suspending|restrict|restricts|restricted|restricting)(?:\\s+(?:off|down))?\\s+(?:(?:the|all|mobile|cellular|phone|telephone)\\s+){0,2}(?:internet|mobile\\s+data|phone\\s+lines|social\\s+media|messaging\\s+apps)(?:\\s+(?:access|services?|connections?))?(?![${LETTER}])`) },
    // a bidder struck from a procedure: "The group was dropped from the tender after the audit", "excluded from the bidding"
    { ruleId: 'restrictions/en/dropped-from-tender', kind: 'sanction', voice: 'passive', pattern: re(`(?:was|were|been|be|being|is|are|get|got)\\s+(?:[${LETTER}]+ly\\s+)?(?:dropped|removed|struck|disqualified|eliminated|thrown\\s+out)\\s+(?:from|of)\\s+(?:the\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:tender|tenders|bidding|auction|procurement)(?![${LETTER}])`) },

    // --- s16 probe (synthetic wire copy of business, trade, defence, courts, politics, tech, health and sport news): constructions the
    // rules above read only in part
    // a consent given only once the other side conceded: "The Commission cleared the takeover, but only after the company agreed to sell
    // its cheese plants", "Several Republicans voted for the bill only after Democrats agreed to drop a provision" (a verb of concession
    // follows; "approved X after Y agreed to" without "only" is restrictions/en/approved-after-remedy)
    { ruleId: 'restrictions/en/only-after-concession', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`only\\s+(?:after|once|when)\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){1,5}?(?:agreed|agrees|offered|offers|pledged|pledges|committed|commits|promised|promises|accepted|accepts|consented|consents)\\s+to(?![${LETTER}])`) },
    // an authority that has granted nothing for a time, a standing refusal read as a ban (as restrictions/en/not-authorize): "Berlin has not
    // approved any new weapons exports to Riyadh since 2018", "the ministry hasn't issued new drilling permits"
    { ruleId: 'restrictions/en/has-not-authorized', kind: 'prohibition', voice: 'active', pattern: re(`(?:(?:has|have|had)\\s+not|(?:hasn|haven|hadn)['’]t)\\s+(?:(?:yet|since|ever)\\s+)?(?:authori[sz]ed|approved|granted|issued|licensed|licenced)\\s+(?:any\\s+)?(?:(?:new|further|more)\\s+)?(?:[${LETTER}-]+\\s+){0,2}?(?:exports?|sales|licen[cs]es|permits|deliveries|shipments|visas)(?![${LETTER}])`) },
    // a moratorium imposed or declared without its "on" complement: "Berlin imposed a moratorium after the killing of Jamal Khashoggi",
    // "the government declared a two-year moratorium" ("a moratorium on" is restrictions/en/moratorium)
    { ruleId: 'restrictions/en/impose-moratorium', kind: 'prohibition', voice: 'active', negatable: true, pattern: re(`(?:(?:impos|declar|announc|introduc|enforc)(?:e|es|ed|ing)|(?:extend|order|adopt|enact)(?:s|ed|ing)?)\\s+(?:(?:a|an|the|its|their|new|temporary|indefinite|nationwide|[${LETTER}${DIGIT}]+-(?:year|month|day|week))\\s+){0,3}moratori(?:um|a)(?![${LETTER}])`) },
    // a use bounded by "only" after a passive modal: "the missiles may be used only against targets over Ukrainian territory", "the funds
    // can be spent only on salaries", "the drug may be sold only to adults" ("can only be used" is restrictions/en/only-open; "only if" after
    // the participle is restrictions/en/may-only-if)
    { ruleId: 'restrictions/en/be-used-only', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:may|can|could|must|shall|will|would)\\s+be\\s+(?:used|sold|spent|deployed|fired|exported|operated|given|granted|offered|issued|prescribed|administered|supplied|shared|transferred|released|disbursed|invested|applied|flown|stationed)\\s+only\\s+(?:against|for|to|in|on|by|within|at|under|as|with|inside)(?![${LETTER}])`) },
    // a crime punished with a stated penalty: "Violations can be punished with prison terms of up to ten years", "is punishable with a fine"
    // ("punishable by" is restrictions/en/punishable-by)
    { ruleId: 'restrictions/en/punished-with', kind: 'sanction', voice: 'subject', includePrevWord: true, pattern: re(`punishable\\s+with|(?:can|could|may|will|would|shall)\\s+be\\s+punished\\s+(?:with|by)(?=\\s+(?:a\\s|an\\s|up\\s+to|fines?|prison|jail|imprisonment|death|life|[${DIGIT}]))`) },
    // a penalty a party faces, named without its sum first: "Those who break the rule would face a fine equal to 10% of the trade", "gave
    // the company 60 days to comply or face periodic penalty payments of up to 5% of its turnover", "violators face arrest" (not "faces a
    // fine line"; "teams with two doping cases face automatic suspension of up to 45 days")
    { ruleId: 'restrictions/en/face-fine', kind: 'sanction', voice: 'active', rejectAfter: new RegExp(`^\\s+(?:line|balance|distinction|art)(?![${LETTER}])`, 'iu'), pattern: re(`(?<=fac(?:e|es|ed|ing)\\s{1,3}(?:(?:a|an|possible|heavy|hefty|daily|periodic|civil|criminal|financial|stiff|further|additional|large|steep|automatic|immediate|lengthy)\\s{1,3}){0,3})(?:fines?|penalt(?:y|ies)|penalty\\s+payments|arrest|prosecution|imprisonment|jail|deportation|expulsion|disqualification|suspension)`) },
    // gains lost as a penalty: "Those who break the rule would forfeit any profits to the Treasury", "forfeited his prize money"
    { ruleId: 'restrictions/en/forfeit', kind: 'sanction', voice: 'active', pattern: re(`forfeit(?:s|ed|ing)?\\s+(?:(?:any|all|the|their|his|her|its)\\s+)?(?:[${LETTER}-]+\\s+)?(?:profits?|gains|winnings|bonus(?:es)?|salary|pay|deposits?|assets|prize\\s+money|titles?|medals?|points|seats?|bail|bonds?)(?![${LETTER}])`) },
    // an exclusion by a rule of eligibility: "Athletes affiliated with the army or security agencies will not be eligible", "firms with
    // Chinese owners are ineligible for the subsidies" ("was declared ineligible", a penalty, is restrictions/en/ineligible)
    { ruleId: 'restrictions/en/not-eligible', kind: 'prohibition', voice: 'subject', startAtClause: true, pattern: re(`(?:(?:will|would|shall)\\s+(?:not|no\\s+longer)\\s+be|(?:won|wouldn)['’]t\\s+be|(?:is|are)\\s+(?:not|no\\s+longer)|(?:isn|aren)['’]t)\\s+eligible(?=\\s+(?:to|for)\\s|\\s*[.,;]|$)|(?:will|would|shall)\\s+be\\s+ineligible|(?:is|are|become|becomes)\\s+(?:now\\s+)?ineligible\\s+(?:to|for)(?![${LETTER}])`) },
    // a ceiling stated by a pledge: "Harlow has pledged not to cut more than 300 of Verdane's 5,600 jobs", "agreed not to raise prices by more
    // than 5%", "Albania has agreed to accept no more than 3,000 migrants at a time" (FR restrictions/fr/ne-peut-plus-de)
    { ruleId: 'restrictions/en/pledge-not-more-than', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:pledged|pledges|promised|promises|agreed|agrees|committed|commits|vowed|vows|undertook|undertakes)\\s+(?:not\\s+to\\s+(?:[${LETTER}]+\\s+){1,3}?(?:(?:more|fewer|less)\\s+than|above|in\\s+excess\\s+of)|to\\s+(?:[${LETTER}]+\\s+){1,3}?(?:no\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of))\\s+[$€£]?[${DIGIT}]`) },
    // a deadline given to comply: "lawmakers who already hold shares would have 180 days to sell them", "Food manufacturers will have until
    // January 2027 to remove the dye", "gave the company 60 days to comply" (a verb of compliance after it: not "the team will have two days to
    // recover"; "gave X until Friday to" is restrictions/en/ultimatum)
    { ruleId: 'restrictions/en/days-to-comply', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:(?:will|would|shall)\\s+(?:now\\s+|then\\s+)?have|(?:was|were|is|are|been|be)\\s+given|(?:gave|give|gives|giving)(?:\\s+[${LETTER}${DIGIT}'’.&-]+){1,4}?)\\s+(?:until\\s+(?:the\\s+end\\s+of\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)[${DIGIT}]{2})(?:\\s+[${DIGIT}]{1,4})?(?:,?\\s+(?:19|20)[${DIGIT}]{2})?|(?:up\\s+to\\s+)?(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety|a)\\s+(?:days?|weeks?|months?|years?|hours?))\\s+to\\s+(?:sell|divest|comply|remove|pay|repay|refund|leave|register|file|respond|reply|appeal|submit|dispose|withdraw|vacate|implement|phase|destroy|delete|hand|fix|correct|remedy|restore|reinstate|exit|close|relocate|notify|disclose|obtain|apply|adapt|adjust)(?![${LETTER}])`) },
    // a ban of stated length on a player, a club or a member, a disciplinary penalty: "banned from registering new players for two transfer
    // windows", "barred him from chairing any subcommittee for the rest of the session", "banned for life", "sought a ban of up to two years"
    // (a ban on a thing, with no length, is restrictions/en/ban)
    { ruleId: 'restrictions/en/banned-for-length', kind: 'sanction', voice: 'active', pattern: re(`(?:banned|barred)\\s+(?:(?:him|her|them|it)\\s+)?(?:[${LETTER}${DIGIT}'’-]+\\s+){0,7}?for\\s+(?:the\\s+rest\\s+of\\s+(?:the|his|her|their|its)\\s+(?:season|session|year|term|tournament|campaign|career)|life|(?:[${DIGIT}]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(?:years?|seasons?|games?|matches|races?|transfer\\s+windows?|sessions?|tournaments?))(?![${LETTER}])|(?:a|an)\\s+(?:lifetime|life|lifelong|life-long)\\s+ban|ban\\s+of\\s+(?:up\\s+to\\s+)?(?:[${DIGIT}]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(?:years?|seasons?|games?|matches|months)(?![${LETTER}])`) },
    // a benefit or an access kept for a class of people: "The NHS limits prescriptions to patients with a body mass index above 35", "the
    // scheme restricts visas to skilled workers", "restricts family reunification to migrants who have lived legally in the country" (an agent subject and a class after "to": not "he limited his remarks to the economy")
    { ruleId: 'restrictions/en/limit-to-class', objectInTrigger: true, kind: 'limit', voice: 'active', needsActor: true, negatable: true, pattern: re(`(?:limit|limits|limited|limiting|restrict|restricts|restricted|restricting|confine|confines|confined|confining)\\s+(?:(?!to\\s)[${LETTER}${DIGIT}'’-]+\\s+){1,4}?to\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:those|people|patients|residents|citizens|members|customers|users|adults|children|minors|women|men|students|holders|owners|employees|staff|workers|nationals|veterans|households|families|firms|companies|buyers|applicants|candidates|athletes|players|clubs|teams|countries|drivers|travell?ers|visitors|tourists|pensioners|retirees|migrants|immigrants|refugees|foreigners|asylum\\s+seekers)(?![${LETTER}])`) },
    // a formal reprimand by a body: "the Senate Ethics Committee formally admonished Senator Bob Carroll", "the board reprimanded two officials"
    // (the passive "was reprimanded" is restrictions/en/penalise; "disciplined" is left out, mostly an adjective: "a disciplined team")
    { ruleId: 'restrictions/en/reprimand', kind: 'sanction', voice: 'active', rejectBefore: new RegExp(`(?<![${LETTER}])(?:a|an|the|more|highly|very|well|less|most)\\s+$`, 'iu'), pattern: re(`(?:admonish(?:es|ed|ing)?|reprimand(?:s|ed|ing)?)\\s+(?!(?:and|or|but|for|over|after|in|on|by|at)\\s)(?:the|his|her|a|an|its|their|two|three|several|[${DIGIT}]|[${UPPER}][${LETTER}]{1,30})`) },
    // --- s16 probe, round 2 (held-out passages written after the rules above): orders, deadlines and bounds of regulators, banks and courts
    // an order to keep aircraft or sites out of use: "ordered SkyBridge Airways to keep its six new jets on the ground until inspections are
    // completed", "told the operator to keep the plant closed" (restrictions/en/ordered-to-stop takes "to stop", "to halt")
    { ruleId: 'restrictions/en/ordered-to-keep-out-of-use', kind: 'prohibition', voice: 'active', partyInTrigger: true, pattern: re(`(?:ordered|told|instructed|directed)\\s+(?:(?!to\\s)[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to\\s+keep\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){1,6}?(?:on\\s+the\\s+ground|grounded|closed|shut|offline|off\\s+the\\s+market|off\\s+the\\s+air|out\\s+of\\s+service)(?![${LETTER}])`) },
    // a use barred until a check is done, a condition: "the aircraft could not carry passengers before each engine had been checked by an
    // approved maintenance provider", "the plant cannot reopen until the reactor has been inspected" (a date after "before" is
    // restrictions/en/cannot-before)
    { ruleId: 'restrictions/en/not-before-checked', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:cannot|can\\s+not|can['’]t|could\\s+not|couldn['’]t|may\\s+not|must\\s+not|will\\s+not|won['’]t|would\\s+not|wouldn['’]t)\\s[^.;:!?,"“”]{1,80}?\\s(?:before|until)\\s[^.;:!?,"“”]{1,60}?\\s(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|be)\\s+(?:(?:fully|properly|independently)\\s+)?(?:checked|inspected|approved|certified|cleared|completed|verified|reviewed|tested|authori[sz]ed|signed\\s+off|repaired|fixed)(?![${LETTER}])`) },
    // a bound set by a past verb with its object: "the CAA limited the number of SkyBridge departures from Gatwick to 40 a day", "restricted
    // its withdrawals to $500" ("limited to" without an object is restrictions/en/limited-to; the present is restrictions/en/cap-at)
    { ruleId: 'restrictions/en/limited-object-to', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:limited|restricted)\\s+(?:the|its|their|his|her)\\s+(?:[${LETTER}${DIGIT}'’.&-]+\\s+){0,7}?(?:at|to)\\s+(?:[$€£]\\s?[${DIGIT}][${DIGIT}.,]{0,12}|[${DIGIT}][${DIGIT}.,]{0,12}|twice|half|one|two|three|four|five|six|ten|a\\s+maximum)`) },
    // a refusal of a thing named without a determiner: "Pilots have also refused overtime since March", "the prisoners refused food", "refusing
    // treatment" (a verb form, not the noun "refuse collection"; "refused to", "refused that", "was refused entry" are other rules)
    { ruleId: 'restrictions/en/refuse-bare-object', kind: 'refusal', voice: 'active', rejectBefore: new RegExp(`(?<![${LETTER}])(?:was|were|been|be|being|is|are|get|got)\\s+$`, 'iu'), pattern: re(`refus(?:ed|es|ing)\\s+(?!(?:to|that|comment|comments|for|by|on|in|at|with|as|and|or|but|because|after|when|since|over|it|them|him|her|us|me|a|an|the|any|its|their|his|our|this|these|those|entry|access|permission|visas?|bail)(?![${LETTER}]))[${LETTER}][${LETTER}-]{2,30}`) },
    // a ceiling stated by a bar on going beyond it: "a covenant that bars the company from borrowing more than 2.5 times its annual earnings",
    // "prohibits banks from lending more than 20% of their capital" (a limit, not a ban of borrowing)
    { ruleId: 'restrictions/en/bar-from-more-than', kind: 'limit', voice: 'active', partyInTrigger: true, negatable: true, pattern: re(`(?:bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|prevent(?:s|ed|ing)?)\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,6}?from\\s+[${LETTER}]{2,20}ing\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:more|fewer|less)\\s+than\\s+[$€£]?[${DIGIT}]`) },
    // a consequence of a breach, a condition: "If SkyBridge breaches the terms again, the banks can demand immediate repayment", "if the firm
    // fails to comply, regulators may revoke its licence" (a breach or a default in the if-clause; "if …, the embargo can be reinstated" is
    // restrictions/en/if-reinstated)
    { ruleId: 'restrictions/en/if-breach', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`if\\s[^.;:!?,"“”]{1,60}?\\s(?:breach(?:es|ed)?|violat(?:es|ed|e)|defaults?|defaulted|breaks?|broke|flouts?|flouted|(?:fails?|failed)\\s+to\\s+(?:comply|meet|pay|repay|honou?r|respect|abide|live\\s+up|hand\\s+over|deliver))\\s[^.;:!?"“”]{1,80}?,\\s+(?:[^,.;:!?"“”\\s]{1,20}\\s+){1,6}?(?:can|could|will|would|may|might|shall)(?![${LETTER}])`) },
    // a freeze at a level, a cap: "ordered regional lender Hamilton Bancorp to freeze its balance sheet at current levels", "ordered to freeze
    // prices at their January level" (an order to freeze, not to stop: restrictions/en/ordered-to-stop)
    { ruleId: 'restrictions/en/ordered-to-freeze-at', kind: 'limit', voice: 'active', partyInTrigger: true, pattern: re(`ordered\\s+(?:(?:the|a|an|its|their|[${LETTER}${DIGIT}'’.-]+)\\s+){0,4}?to\\s+freeze\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){1,4}?at\\s+(?:current|existing|present|today['’]s|their|its|the|[$€£${DIGIT}])`) },
    // an explicit ceiling kept: "Iran has agreed to keep its uranium enrichment at or below 20%", "keep debt no higher than 60% of GDP", "the
    // Pentagon said it would keep no more than 1,000 troops in Niger" (a bare
    // "kept rates below 2%" reports a level, not a bound)
    { ruleId: 'restrictions/en/keep-at-or-below', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:keep|keeps|kept|keeping|hold|holds|held|holding|maintain|maintains|maintained)\\s+(?:[${LETTER}${DIGIT}'’-]+\\s+){0,5}?(?:at\\s+or\\s+(?:below|under)|no\\s+(?:higher|more)\\s+than|at\\s+(?:a\\s+)?maximum\\s+of)\\s+[$€£]?[${DIGIT}]`) },
    // a benefit tied to a condition: "The relief depends on Iran giving inspectors daily access", "the next tranche of the loan hinges on
    // reforms", "sanctions relief is tied to inspections" ("depends on approval" is restrictions/en/must-be-approved)
    { ruleId: 'restrictions/en/benefit-depends-on', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:relief|aid|funding|loans?|payments?|approval|release|disbursement|membership|accession|exemption|waiver|bailout|tranche|support|access)\\s+(?:[^.;:!?,"“”]{0,30}?\\s)?(?:depends|depended|will\\s+depend|would\\s+depend|hinges|hinged|will\\s+hinge|(?:is|was|are|were|will\\s+be|would\\s+be)\\s+(?:tied|linked|conditional|contingent))\\s+(?:on|upon|to)(?![${LETTER}])`) },
    // nothing released until a condition is met: "Nothing will be lifted until Iran fully complies", "no funds will be released until the
    // audit is complete" (as restrictions/en/not-until)
    { ruleId: 'restrictions/en/nothing-until', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:nothing|no\\s+(?:[${LETTER}-]+\\s+){0,2}?(?:funds?|money|aid|sanctions|payments?|troops|weapons|deliveries|approval|decision|deal))\\s+(?:will|would|shall|can|could)\\s+be\\s+[${LETTER}]{2,20}(?:ed|en|wn|nt)\\s+until(?![${LETTER}])`) },
    // a practice allowed only in one case by a modal of duty: "doctors should prescribe the drug to adolescents only when diet and exercise
    // have failed", "banks must lend only if…" (not "can win only if": an outcome; "may only … if" is restrictions/en/may-only-if)
    { ruleId: 'restrictions/en/should-only-when', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:should|must|shall|may)\\s+(?!only\\s)(?:[${LETTER}'’-]+\\s+){1,7}?only\\s+(?:if|when|once|after|where)(?![${LETTER}])`) },
    // an obligation to stop in one case: "treatment must be stopped if a patient has not lost at least 5% of body weight", "the drug should be
    // withdrawn when…" (a measure's participle, then the case)
    { ruleId: 'restrictions/en/must-be-stopped-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:must|shall|should)\\s+be\\s+(?:(?:immediately|promptly|permanently)\\s+)?(?:stopped|halted|suspended|discontinued|withdrawn|reported|notified|destroyed|returned|refunded|repaid|cancell?ed|terminated)\\s+(?:[^.;:!?,"“”]{0,30}?\\s)?(?:if|when|once|unless)(?![${LETTER}])`) },
    // permits refused by an authority, with no party between: "Nigeria would deny import permits for its products", "the city denies building
    // permits to…" ("denied the company a permit" is restrictions/en/deny-permit; the passive is restrictions/en/denied)
    { ruleId: 'restrictions/en/deny-permits', kind: 'refusal', voice: 'active', pattern: re(`(?<!(?:was|were|been|be|being|is|are|get|got|gets)\\s{1,3})den(?:y|ies|ied|ying)\\s+(?:(?:all|any|new|further)\\s+)?(?:[${LETTER}-]+\\s+)?(?:permits?|licen[cs]es?|visas?|approvals?)\\s+(?:for|to)(?![${LETTER}])`) },
    // --- s16 probe, round 3 (held-out passages written after round 2)
    // a text that would oblige, named before its verb: "a bill that would require crypto exchanges to hold customer assets in separate
    // accounts", "legislation which would force platforms to verify ages" (the text is the subject: restrictions/en/require needs an actor)
    { ruleId: 'restrictions/en/text-requiring', kind: 'condition', voice: 'active', pattern: re(`(?<=${TEXT_NOUN}\\s{1,3}(?:that|which)\\s{1,3}(?:(?:would|will|could|also)\\s{1,3}){0,2})(?:require|requires|requiring|oblige|obliges|force|forces|compel|compels)(?=\\s+(?:[${LETTER}${DIGIT}'’.-]+\\s+){1,4}?to\\s)`) },
    // a prison term served: "its former chief executive Changpeng Zhao served four months in prison", "has served two years of a five-year
    // sentence" (restrictions/en/sentenced states the sentence)
    { ruleId: 'restrictions/en/served-sentence', kind: 'sanction', voice: 'passive', pattern: re(`(?:served|serving|serves|serve)\\s+(?:a\\s+)?(?:[${DIGIT}]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several)[\\s-]+(?:years?|months?|weeks?|days?)\\s+(?:in\\s+(?:prison|jail)|behind\\s+bars|(?:prison|jail)\\s+(?:terms?|sentences?)|of\\s+(?:a|an|his|her|their)\\s+(?:[${LETTER}${DIGIT}-]+\\s+)?sentence)`) },
    // a penalty a breach exposes to, in the passive with a modal: "Ships that break the rules can be impounded for up to two months", "the
    // firm could be fined", "offenders may be deported" (a threatened or provided penalty; the event "was fined" is restrictions/en/fine)
    { ruleId: 'restrictions/en/can-be-penalised', kind: 'sanction', voice: 'subject', startAtClause: true, pattern: re(`(?:can|could|may|might|will|would|shall)\\s+(?:also\\s+)?be\\s+(?:impounded|seized|confiscated|fined|jailed|imprisoned|expelled|deported|disqualified|struck\\s+off|blacklisted|prosecuted|sanctioned|penali[sz]ed)(?![${LETTER}])`) },
    // a measure barred in one case: "migrants cannot be detained in the centres if their country of origin is not safe", "The cap cannot be used
    // if it threatens the security of supply" (a passive of permission, then the case; the trigger is the case's conjunction, so the action is
    // the clause before it: "migrants cannot be detained in the centres")
    { ruleId: 'restrictions/en/cannot-be-if', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?<=(?:cannot|can\\s+not|can['’]t|may\\s+not|must\\s+not|shall\\s+not)\\s{1,3}be\\s{1,3}[${LETTER}]{2,20}(?:ed|en|wn|ld|nt)\\s{1,3}(?:[^.;:!?,"“”]{0,40}?\\s)?)(?:if|unless|where|when)(?![${LETTER}])`) },
    // a refusal to yield to pressure: "We will not be bullied into accepting a pay cut", "Taiwan would not be forced into talks"
    { ruleId: 'restrictions/en/not-forced-into', kind: 'refusal', voice: 'subject', startAtClause: true, pattern: re(`(?:will|would|shall)\\s+not\\s+be\\s+(?:bullied|forced|pressured|pushed|coerced|blackmailed|intimidated|rushed|dragged)\\s+into|(?:won|wouldn)['’]t\\s+be\\s+(?:bullied|forced|pressured|pushed|coerced|blackmailed|intimidated|rushed|dragged)\\s+into`) },
    // curbs a party faces, a limit on it: "industrial customers could face curbs if temperatures drop sharply", "banks face new restrictions"
    { ruleId: 'restrictions/en/face-curbs', kind: 'limit', voice: 'active', pattern: re(`(?<=fac(?:e|es|ed|ing)\\s{1,3}(?:(?:new|further|tighter|tougher|more|possible|strict|stricter)\\s{1,3}){0,2})(?:curbs|restrictions|limits|rationing|quotas|caps)(?![${LETTER}])`) },
    // an obligation stated by an authority: "France's energy regulator said EDF must sell up to 100 terawatt hours of nuclear power a year", "the
    // court ruled that the company must rehire the workers" (an authority as reporter: not "the minister said Russia must withdraw", a call)
    { ruleId: 'restrictions/en/authority-says-must', kind: 'condition', voice: 'subject', pattern: re(`(?<=(?:regulator|regulators|court|judge|tribunal|watchdog|authority|agency|commission)\\s{1,3}(?:said|says|ruled|rules|decided|decides|found|finds|ordered|orders)\\s{1,3}(?:that\\s{1,3})?(?:[${LETTER}${DIGIT}'’.&-]+\\s{1,3}){1,4}?)(?:must|will\\s+have\\s+to|has\\s+to|have\\s+to|is\\s+required\\s+to|are\\s+required\\s+to)\\s+[${LETTER}]{2,20}`) },
    // an instruction given to a party, in the passive: "The BBC has been told it cannot increase the licence fee … and must cut 500 jobs", "the
    // banks were told they must hold more capital" (restrictions/en/told-not-to says "told X not to")
    { ruleId: 'restrictions/en/told-must', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:[${LETTER}]+ly\\s+)?told\\s+(?:that\\s+)?(?:it|they|he|she)\\s+(?:must|will\\s+have\\s+to|has\\s+to|have\\s+to)\\s+[${LETTER}]{2,20}`) },
    // an obligation bound to a deadline: "The BBC … must cut 500 jobs in its news division by the end of next year", "lenders will have to repay
    // the loans by 2027", "the firm has to sell the stake within six months" (a date or a period after a verb of obligation; "must report within
    // 72 hours" and "requires payment within 10 days" are restrictions/en/must-comply and restrictions/en/requires-within)
    { ruleId: 'restrictions/en/must-by-deadline', kind: 'condition', voice: 'subject', startAtClause: true, rejectBefore: new RegExp(`(?<![${LETTER}])(?:we|I|you|us)\\s+$`, 'iu'), pattern: re(`(?:must|will\\s+have\\s+to|would\\s+have\\s+to|has\\s+to|have\\s+to|(?:is|are)\\s+required\\s+to)\\s+(?:also\\s+|now\\s+)?(?:cut|sell|divest|repay|pay|remove|close|reduce|return|complete|submit|withdraw|dispose\\s+of|phase\\s+out|replace|install|hire|lay\\s+off|shed|leave|vacate|destroy|delete|comply)\\s+[^.;:!?"“”]{1,60}?\\s(?:by\\s+(?:the\\s+end\\s+of|the\\s+middle\\s+of|mid-|early|late|january|february|march|april|june|july|august|september|october|november|december|(?:19|20)[${DIGIT}]{2}|next|this)|within\\s+(?:[${DIGIT}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety|a)\\s+(?:days?|weeks?|months?|years?|hours?))(?![${LETTER}])`) },
    // --- s16 probe, round 4
    // a return allowed once a condition is met: "The team can apply to be reinstated once it shows it has overhauled its medical staff",
    // "the sanctions can be lifted only when…" (FR « pourra être réintégrée dès que »)
    { ruleId: 'restrictions/en/reinstated-once', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?:can|could|may|will|would)\\s+(?:only\\s+)?(?:apply\\s+to\\s+)?be\\s+(?:reinstated|readmitted|restored|relisted|lifted|allowed\\s+back)\\s+(?:only\\s+)?(?:once|when|if|after|provided)(?![${LETTER}])`) },
    // a power bounded to some grounds: "the tribunal can overturn CAS decisions only on procedural grounds", "the court may intervene only in
    // exceptional cases" (an outcome "can win only on penalties" has no grounds or cases)
    { ruleId: 'restrictions/en/only-on-grounds', kind: 'limit', voice: 'subject', startAtClause: true, pattern: re(`(?:can|may|could|shall)\\s+(?:[${LETTER}'’-]+\\s+){1,5}?only\\s+(?:on\\s+(?:[${LETTER}-]+\\s+){0,2}grounds|in\\s+(?:[${LETTER}-]+\\s+)?(?:cases|circumstances))(?![${LETTER}])`) },
    // a blacklist named by what it does: "added Chinese drone maker DJI to a list of companies whose new equipment cannot be authorised", "placed
    // the firm on a list of entities deemed a threat" (the official names are restrictions/en/entity-list)
    { ruleId: 'restrictions/en/added-to-list-of', kind: 'sanction', voice: 'active', pattern: re(`(?:added|adds|adding|put|puts|putting|placed|places|placing)\\s+(?:[${LETTER}${DIGIT}.&'’-]+\\s+){1,8}?(?:to|on)\\s+(?:a|the|its)\\s+list\\s+of\\s+(?:[${LETTER}-]+\\s+)?(?:companies|firms|entities|individuals|people|persons|products|suppliers|vendors)\\s+(?:whose|that|which|deemed|considered|judged|posing|barred|banned)(?![${LETTER}])`) },
    // a permission bound to a floor or a ceiling: "Exports of basmati rice remain permitted, subject to a minimum price of $950 a tonne"
    { ruleId: 'restrictions/en/subject-to-minimum', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`subject\\s+to\\s+(?:a|an|the)\\s+(?:minimum|maximum|floor|ceiling)\\s+(?:[${LETTER}-]+\\s+)?(?:price|age|size|level|amount|quota|of)(?![${LETTER}])`) },
    // a demand that a party meet a standard: "The FNSEA union demanded that any grain imported from Ukraine meet EU pesticide standards", "Kyiv
    // demands that Russia withdraw its troops" (FR restrictions/fr/exiger-que)
    { ruleId: 'restrictions/en/demand-that', kind: 'condition', voice: 'active', needsActor: true, pattern: re(`demand(?:s|ed|ing)?\\s+that\\s+[^.;:!?,"“”]{1,60}?\\s(?:meet|meets|comply|complies|respect|respects|include|includes|withdraw|withdraws|pay|pays|stop|stops|end|ends|release|releases|be\\s+(?:capped|limited|banned|suspended|subject|required))(?![${LETTER}])`) },
    // a restriction that returns when a threshold is passed, a condition: "tariffs will be reimposed automatically if imports of wheat exceed
    // the average", "sanctions would snap back if Iran violates the deal" ("If …, the embargo can be reinstated" is restrictions/en/if-reinstated)
    { ruleId: 'restrictions/en/reimposed-if', kind: 'condition', voice: 'subject', includePrevWord: true, pattern: re(`(?:embargo|sanctions|ban|bans|tariffs|restrictions|penalties|duties|quotas|curbs)\\s+(?:can|could|will|would|may|might|shall)\\s+(?:automatically\\s+)?(?:be\\s+)?(?:automatically\\s+)?(?:reinstated|reimposed|restored|triggered|snap\\s+back|return)\\s+(?:automatically\\s+)?(?:if|unless|should|when|once)(?![${LETTER}])`) },
    // a fine announced with the verb, not yet imposed: "The Catalan government will fine owners who leave flats empty", "regulators could fine
    // the company up to 4% of its turnover" ("was fined" is restrictions/en/fine)
    { ruleId: 'restrictions/en/will-fine', kind: 'sanction', voice: 'active', pattern: re(`(?<=(?:will|would|could|can|may|might|to|shall)\\s{1,3})fine(?=\\s+(?:the|any|all|those|anyone|companies|firms|owners|landlords|drivers|people|operators|platforms|banks|them|him|her|it|[${DIGIT}]))`) },
    // prices frozen by a party: "the combined group … freezes its consumer prices for three years", "the government froze rents" (the noun, "a
    // price freeze", is restrictions/en/freeze-limit)
    { ruleId: 'restrictions/en/freeze-prices', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re(`fr(?:eeze|eezes|oze|eezing|ozen)\\s+(?:(?:its|their|the|all)\\s+)?(?:consumer\\s+|retail\\s+|household\\s+)?(?:prices|rents|tariffs|fees|wages|salaries|pay|charges|rates|fares)(?![${LETTER}])`) },
    // --- s16 probe, round 5 (measured held out first, then read)
    // a condition by "provided" without "that", after a comma: "Payments will be spread over nine years, provided at least 90% of local
    // governments sign up" (the verb "provided funding" has no comma before it; "provided that" is restrictions/en/on-condition)
    { ruleId: 'restrictions/en/provided-clause', kind: 'condition', voice: 'subject', startAtClause: true, pattern: re(`(?<=,\\s{1,3})provided\\s+(?:at\\s+least|all|both|every|each|no|the\\s+[${LETTER}-]+\\s+(?:is|are|was|were|has|have|can|will|does|do|meets?|agrees?)|[${DIGIT}])(?![${LETTER}])`) },
    // an authority cutting a count to a figure, a limit: "The Panama Canal Authority said it would cut the number of daily ship crossings to
    // 25 from 32", "reduced the number of flights to 20 a day" (FR restrictions/fr/nombre-autorises-reduit)
    { ruleId: 'restrictions/en/cut-number-to', objectInTrigger: true, kind: 'limit', voice: 'active', negatable: true, pattern: re(`(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?)\\s+the\\s+(?:number|amount|volume)\\s+of\\s+(?:[${LETTER}-]+\\s+){1,4}?to\\s+(?:[${DIGIT}][${DIGIT}.,]{0,12}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)(?![${LETTER}])`) },
    // a levy for missing a target, a penalty: "Ships that fail to meet the targets will pay a levy of $380 per tonne of excess emissions"
    { ruleId: 'restrictions/en/pay-levy', kind: 'sanction', voice: 'subject', startAtClause: true, pattern: re(`(?<=(?:fail|fails|failed|miss|misses|missed|exceed|exceeds|exceeded|break|breaks|broke|breach|breaches)\\s[^.;:!?,"“”]{1,60}?\\s)(?:will|would|must|shall)\\s+(?:have\\s+to\\s+)?pay\\s+(?:a|an)\\s+(?:[${LETTER}-]+\\s+)?(?:levy|surcharge|penalty|fine)(?![${LETTER}])`) },
  ],
  // "without a further contract modification", "unless regulators object", "new sanctions if talks fail"
  // restrictions/passive-subject-action: "Smoking is banned", "TikTok was banned by", "has been prohibited", "will be outlawed"
  passiveBefore: new RegExp(`(?<![${LETTER}])(?:(?:has|have|had)\\s{1,3}been|(?:will|would|could|may|might|can|must|should)\\s{1,3}be|is|are|was|were|be|been|being|get|gets|got)\\s{1,3}(?:(?:now|also|already|still|effectively|officially|formally|temporarily|permanently|largely|partly|strictly|completely|totally|de\\s+facto)\\s{1,3})?$`, 'iu'),
  participle: new RegExp(`^[${LETTER}]{2,20}(?:ed|en)$`, 'iu'),
  impersonalSubject: /^(?:it|this|that|there)$/iu,
  // restrictions/en/quoted-vow (fourth new-user trial): "We will not allow our farmers to be sacrificed", "I won't let our workers become
  // collateral damage", "we will never accept that our children are put at risk" — a first-person vow about the speaker's own people or a
  // becoming, inside a quotation (not "We will not allow the merger to proceed": no possessive, no "be"/"become")
  quotedVow: new RegExp(`(?<![${LETTER}])(?:we|I)\\s+(?:(?:will|shall|would)\\s+(?:not|never)|won['’]t|cannot|can['’]t)\\s+(?:allow|let|accept|tolerate|permit|stand\\s+by\\s+and\\s+let)\\s+(?:that\\s+)?(?:(?:our|my)\\s|(?:[${LETTER}'’-]+\\s+){1,4}(?:to\\s+)?(?:be|become|are|is)\\s)`, 'iu'),
  conditionCue: new RegExp(`(?<![${LETTER}])(?:without|unless|if|except\\s+(?:if|when|with)|provided\\s+that|providing\\s+that|as\\s+long\\s+as|on\\s+(?:the\\s+)?condition\\s+that|only\\s+if|subject\\s+to|so\\s+long\\s+as|under\\s+(?:strict|certain|tough|stringent|the\\s+following)\\s+conditions)(?![${LETTER}])`, 'iu'),
  // "may keep processing the data when users have given consent", "may not train whenever proceedings are pending" (fourth new-user
  // trial, restrictions/en/when-condition): after the restricted action only; not a past event: "imposed sanctions when Russia invaded"
  // — no past tense in its first words
  conditionAfterCue: new RegExp(`(?<![${LETTER}])when(?:ever)?(?![${LETTER}])(?!\\s+(?:[${LETTER}'’]+\\s+){0,3}(?:was|were|had|did|[${LETTER}]{2,20}ed)(?![${LETTER}]))`, 'iu'),
  // a prohibition lifted by an authorisation is a condition: "That would prevent access to the metadata of journalists without a judicial
  // warrant", "the drug may not be sold without a prescription", "bar anyone under 18 from opening an account without a parent's permission"
  // (the condition clause opens with "without" or "unless" and names a
  // permission)
  permitCondition: new RegExp(`^(?:without|unless\\s+(?:they|it|he|she|the\\s+[${LETTER}]+)\\s+(?:has|have|obtains?|gets?|receives?))\\s+(?:(?:a|an|the|prior|explicit|written|their|its|his|her|judicial|court|special|official|formal|parental|express|ministerial|government)\\s+){0,3}(?:[${LETTER}]{2,20}['’]s?\\s+)?(?:warrant|approval|authori[sz]ation|permission|consent|licen[cs]e|permit|prescription|court\\s+order|order|green\\s+light|clearance|visa|sign-off)(?![${LETTER}])`, 'iu'),
  // "did not prohibit", "never banned" (text just before the trigger)
  // "did not ban", "never banned"; a stated absence of plan or a rejection of the measure (second new-user trial): "France has no
  // plans to ban TikTok", "ruled out a ban"
  negationBefore: new RegExp(`(?:(?:(?<![${LETTER}])not|n['’]t|(?<![${LETTER}])never)\\s+(?:[${LETTER}]+\\s+)?|(?<![${LETTER}])no\\s+(?:plans?|intention|intentions|desire|need|reason|decision)\\s+to\\s+(?:[${LETTER}]+ly\\s+)?|(?<![${LETTER}])(?:ruled|rules|ruling|rule)\\s+out\\s+(?:(?:a|an|any|the|new)\\s+)?)$`, 'iu'),
  // "The White House denied that the president had approved the ban": what a denial opens is not stated as a fact
  deniedBefore: new RegExp(EN_DENIAL_THAT, 'iu'),
  // "rejected by Congress", "imposed by the EU"
  // "a ban on TikTok in the United States", "barred journalists from entering Gaza", "banned from travelling to Russia"
  // (restrictions/en/locative-not-target; not "from", "on", "against": "imports from China", "sanctions on Iran" name the target)
  locativeBefore: new RegExp(`(?<![${LETTER}])(?:in|inside|into|within|across|throughout|at|near|around|entering|enter|enters|visiting|visit|travel(?:l?ing|s)?\\s+to|operating\\s+in)\\s+(?:the\\s+)?$`, 'iu'),
  // "to evade the price cap", "to get around the oil ", "violating the ban" (restrictions/en/evaded-not-imposed)
  // "Visitors are not allowed | to | bring liquids onto the plane" (restrictions/en/infinitive-action)
  infinitiveAfter: new RegExp(`^\\s+to\\s+(?=[${LETTER}]{2})`, 'iu'),
  evadedBefore: new RegExp(`(?<![${LETTER}])(?:evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|(?:get|gets|got|getting)\\s+around|bypass(?:es|ed|ing)?|skirt(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|defy(?:ing)?|defie[sd]|flout(?:s|ed|ing)?|break(?:s|ing)?|broke)\\s+(?:(?:the|a|an|its|their|this|that|these|those|western|international|g7|eu|us)\\s+){0,2}(?:[${LETTER}-]+\\s+){0,2}$`, 'iu'),
  // "The Supreme Court struck down the law, which banned drag shows" (restrictions/en/struck-relative)
  struckRelativeBefore: new RegExp(`(?<![${LETTER}])(?:str(?:uck|ikes?|iking)\\s+down|overturn(?:s|ed|ing)?|annull?(?:s|ed|ing)?|invalidat(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|quash(?:es|ed|ing)?|suspend(?:s|ed|ing)?)\\s[^.;:!?]{1,120},?\\s(?:which|that)\\s+(?:(?:had|has|have|would|was|were)\\s+)?$`, 'iu'),
  // "three Chinese companies accused of supplying drones to Russia", "fined Meta €1.2 billion for transferring user data to the United
  // States", "a fleet used by Moscow", "banks which finance …" (restrictions/en/target-modifier)
  targetModifier: new RegExp(`(?<![${LETTER}])(?:(?:accused|suspected|alleged|convicted|charged|found\\s+guilty)\\s+of|(?:used|owned|operated|controlled|run|backed|financed|funded)\\s+by|linked\\s+to|for\\s+(?:(?:allegedly|illegally|secretly|repeatedly|unlawfully)\\s+)?[${LETTER}]{2,20}ing|for\\s+(?:its|their|his|her|having)|in\\s+retaliation\\s+for|(?:which|who|whose)(?=\\s))(?![${LETTER}])`, 'iu'),
  // "Google was fined €2.4 billion by…", "TikTok was later banned in India", "had been barred" (not the impersonal "it is
  // forbidden to…": no one named undergoes it) (restrictions/en/passive-participle)
  passiveAuxBefore: new RegExp(`(?<![${LETTER}])(?<!(?:it|there)\\s{1,3})(?:was|were|is|are|been|be|being|get|gets|got)\\s+(?:(?:later|also|then|recently|effectively|temporarily|subsequently|previously|officially|each|all)\\s+)?$`, 'iu'),
  participleTrigger: new RegExp(`^[${LETTER}]{2,20}(?:ed|en)(?![${LETTER}])`, 'iu'),
  // "a €15 million fine | imposed by the regulator", "a $5 million penalty | levied by the SEC", "a record fine | on Google"
  // (restrictions/en/fine-action)
  nounActionCut: new RegExp(`(?:,(?![${DIGIT}])|\\s(?:imposed|levied|handed|issued|ordered|announced|proposed|on|against|by|for|to|over|after|from|in|which|that|who|because|as|if|and|but)(?![${LETTER}]))`, 'iu'),
  // "TikTok may face a ban", "faces a nationwide ban", "risks an outright ban" (restrictions/en/faces-ban)
  bareBan: new RegExp(`^(?:(?:an?|the)\\s+)?(?:(?:possible|potential|outright|total|nationwide|national|federal|full|complete|blanket|general|similar|new|eventual)\\s+)?bans?$`, 'iu'),
  nounActionDeterminer: new RegExp(`(?<![${LETTER}])(?:a|an|the|its|their|his|her|this|that|any)\\s+(?:(?:record|hefty|heavy|civil|criminal|new|further|additional|total)\\s+)?$`, 'iu'),
  agentPrepositions: ['by'],
  // "Iran could face new sanctions", "Rosneft is subject to US sanctions", "companies hit with fines": the subject undergoes them
  // abstract subjects of a "must not": a measure, a process, a document — the constraint bounds them (limit)
  abstractSubjects: [
    'revision', 'reform', 'reforms', 'change', 'changes', 'measure', 'measures', 'decision', 'law', 'bill', 'text', 'plan', 'budget',
    'deficit', 'debt', 'increase', 'rise', 'cut', 'cuts', 'reduction', 'agreement', 'deal', 'treaty', 'regulation', 'directive',
    'policy', 'procedure', 'crisis', 'inflation', 'spending', 'price', 'prices', 'rate', 'rates', 'cost', 'costs', 'process',
    'transition', 'negotiation', 'negotiations', 'growth', 'austerity', 'program', 'programme', 'strategy', 'restructuring',
    'privatization', 'privatisation', 'merger', 'takeover', 'aid', 'sanctions', 'intervention',
    'rule', 'rules', 'legislation', 'ruling', 'decree', 'statute', 'provision',
    'regulations', 'laws', 'decrees', 'directives', 'guidelines', 'provisions', 'statutes',
  ],
  undergoBefore: new RegExp(`(?<![${LETTER}])(?:face|faces|faced|facing|risk|risks|risked|risking|under|subject\\s+to|hit\\s+(?:with|by)|slapped\\s+with|targeted\\s+by|received|receives|earned|incurred|incur|incurs|pay|pays|paid|paying|appeal(?:s|ed|ing)?\\s+against|contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing))\\s+(?:(?:a|an|the|new|fresh|further|more|tough|tougher|severe|heavy|possible|international|western|european|eu|us|u\\.s\\.|american|un|economic|financial|potential)\\s+){0,3}$`, 'iu'),
  // subjects that name an agent without a name, for the rules that need an actor before their trigger: "Member states must not sell
  // arms", "Banks are required to hold more capital", "the company must not", "The agency may not place children in unlicensed facilities", a
  // bare "It" standing for the party named before ("It must not offer bundles that tie mobile plans to television packages") (a
  // plural of regulated parties or a described institution
  // opening the clause)
  agentDescriptions: new RegExp(`^\\s{0,3}it\\s{1,3}$|^\\s{0,3}(?:(?:the|all|some|most|foreign|many|other|its|their|these|those|eu|us|british|american|european|chinese|french|german)\\s+){0,2}(?:[${LETTER}-]{2,20}\\s+)?(?:member\\s+states|states|countries|governments?|companies|company|firms?|banks?|lenders|employers|platforms|operators|airlines|carmakers|manufacturers|retailers|providers|insurers|landlords|lawmakers|officials|employees|workers|authorities|ministry|agency|agencies|regulators?|police|troops|soldiers|citizens|foreigners|doctors|pharmacies|schools|clubs|players|parties|candidates|members|investors|funds|shareholders|athletes|nationals|residents|tenants|landlords|users|consumers|passengers|travellers|travelers|tourists|visitors|students|drivers|farmers|fishermen|migrants|refugees|journalists|patients|customers|owners|group|administration|court|judge|union|unions|league|federation|council|commission|parliament|army|city|state)(?![${LETTER}])`, 'iu'),
  // "The ban would take effect only if …", "The ban, announced Monday, covers imports of …" (restrictions/en/definite-subject; the
  // nouns are those of the ban, embargo, sanction, restriction, curb and tariff rules above)
  definiteSubject: {
    before: /^\s*the\s+$/iu,
    noun: /^(?:bans?|embargo(?:es)?|sanctions|restrictions|curbs|tariffs|prohibition|moratorium)$/iu,
    complement: new RegExp(`^\\s+(?:on|of|against|for|from|to|imposed|placed|that|which|banning|barring|targeting|covering)(?![${LETTER}])`, 'iu'),
    content: new RegExp(`^(?:\\s*,[^,.;]{1,60},)?\\s+(?:(?:will|would|also)\\s+)?(?:covers?|appl(?:y|ies)\\s+to|targets?|concerns?|affects?|extends?\\s+to|includes?|hits?)\\s+`, 'iu'),
  },
  // "these sanctions", "this ban": a re-mention
  // ("that" is a demonstrative after a verb or a preposition — "lifted that ban", "under that embargo" —, not the relative pronoun after a
  // noun: "waive a covenant that bars the company from borrowing" states a restriction; restrictions/en/relative-that)
  demonstrativeBefore: new RegExp(`(?<![${LETTER}])(?:(?:this|these|those|such)\\s+(?:(?:new|fresh|latest|additional|further|same|sweeping|tough|tougher|expanded|extended)\\s+)?|(?:^|(?<![${LETTER}])(?:of|on|to|with|by|for|against|from|in|under|about|despite|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|extend(?:s|ed|ing)?|impos(?:e|es|ed|ing)|renew(?:s|ed|ing)?|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|defend(?:s|ed|ing)?|challeng(?:e|es|ed|ing))\\s+)that\\s+)$`, 'iu'),
  // "…, unless they are exempt", "…, except the arms embargo", "…, with the exception of food": the clause bounds the restriction before it
  exceptionLead: new RegExp(`^\\s*(?:unless|except|excepting|save\\s+for|apart\\s+from|other\\s+than|with\\s+the\\s+exception\\s+of|provided|providing|on\\s+(?:the\\s+)?condition|only\\s+if|so\\s+long\\s+as)(?![${LETTER}])`, 'iu'),
  // "was hit with the longest ban imposed at a World Cup", "handed a lifetime ban", "faces a five-year ban"
  penaltyBefore: new RegExp(`(?<![${LETTER}])(?:(?:hit|slapped)\\s+with|handed|hands|received|receives|receiving|faces|faced|facing|face|earned|incurred|served|serving)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[${LETTER}${DIGIT}-]{2,20}\\s+){0,2}$`, 'iu'),
  fallback: {
    pattern: EN_FALLBACK_PATTERN,
    rules: {
      prohibitionSubject: enFallback('prohibition', 'subject'),
      prohibitionActive: enFallback('prohibition', 'active'),
      conditionSubject: enFallback('condition', 'subject', true),
      limitActive: enFallback('limit', 'active'),
      refusalActive: enFallback('refusal', 'active'),
      sanctionSubject: enFallback('sanction', 'subject'),
      sanctionActive: enFallback('sanction', 'active'),
    },
    hypothetical: new RegExp(`(?<![${LETTER}])(?:if|whether|unless)(?![${LETTER}])`, 'iu'),
  },
};
