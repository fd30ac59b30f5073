/**
 * Recall of English restrictions in business, politics and defence news: the
 * ways news states a ban, a block, a halt, a cap, a condition, a refusal or a
 * sanction beyond the bare verbs ("banned", "sanctions") — blocked deals and
 * flows, "prevents X from", halted imports, grounded fleets, revoked licences,
 * tariffs on goods, approvals required, caps at a level, refusals until a
 * condition — and the look-alikes that are none (weather that grounds flights,
 * "nothing prevents", "told reporters not to expect", a block sale of shares).
 * One row per rule of `src/lexicon/en/restrictions.ts` added for recall; the
 * sentences are written the way wire copy states these facts.
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

interface Row {
  name: string;
  text: string;
  actors?: NameKind[];
  kind: string;
  /** The rule expected to find it. */
  ruleId: string;
  /** Text the evidence must contain. */
  evidence: string;
  imposedBy?: string | null;
  appliesTo?: string[];
  condition?: string | null;
}

const lang: Language = 'en';

const SHOULD_FIND: Row[] = [
  // --- prohibitions
  { name: 'blocked a possessive merger', kind: 'prohibition', ruleId: 'block-owned',
    text: "The European Commission blocked Siemens' proposed merger with Alstom on Wednesday.",
    actors: [['European Commission', 'government'], ['Siemens', 'organization'], ['Alstom', 'organization']],
    evidence: "The European Commission blocked Siemens' proposed merger with Alstom", imposedBy: 'European Commission' },
  { name: 'temporarily blocked the rule', kind: 'prohibition', ruleId: 'block-owned',
    text: 'A federal judge in Seattle temporarily blocked the rule, siding with the states.',
    evidence: 'A federal judge in Seattle temporarily blocked the rule' },
  { name: 'blocking the delivery of aid', kind: 'prohibition', ruleId: 'block-owned',
    text: 'The regime has been accused of blocking the delivery of aid to the camp.',
    evidence: 'blocking the delivery of aid to the camp' },
  { name: 'the ruling prevents Apple from selling', kind: 'prohibition', ruleId: 'prevent-from',
    text: 'The ruling prevents Apple from selling the iPhone 7 in Germany.', actors: [['Apple', 'organization'], ['Germany', 'place']],
    evidence: 'The ruling prevents Apple from selling the iPhone 7 in Germany' },
  { name: 'the order prohibits Broadcom from acquiring', kind: 'prohibition', ruleId: 'prevent-from',
    text: 'The order prohibits Broadcom from acquiring Qualcomm.', actors: [['Broadcom', 'organization'], ['Qualcomm', 'organization']],
    evidence: 'The order prohibits Broadcom from acquiring Qualcomm' },
  { name: 'halted construction of a pipeline', kind: 'prohibition', ruleId: 'halt-activity',
    text: 'A federal judge halted construction of the Keystone XL pipeline.',
    evidence: 'A federal judge halted construction of the Keystone XL pipeline' },
  { name: 'suspended imports of beef from', kind: 'prohibition', ruleId: 'halt-activity',
    text: 'The ministry has suspended imports of beef from Brazil.', actors: [['Brazil', 'place']],
    evidence: 'The ministry has suspended imports of beef from Brazil' },
  { name: 'stopped buying soybeans', kind: 'prohibition', ruleId: 'halt-activity',
    text: 'China has stopped buying American soybeans.', actors: [['China', 'government']],
    evidence: 'China has stopped buying American soybeans', imposedBy: 'China' },
  { name: 'the FAA grounded the aircraft', kind: 'prohibition', ruleId: 'ground-fleet',
    text: 'The FAA grounded all Boeing 737 Max aircraft on Wednesday.', actors: [['FAA', 'government']],
    evidence: 'The FAA grounded all Boeing 737 Max aircraft', imposedBy: 'FAA' },
  { name: 'regulators were the first to ground the plane (singular)', kind: 'prohibition', ruleId: 'ground-fleet',
    text: 'Regulators in China were the first to ground the plane.', evidence: 'ground the plane' },
  { name: 'closed its borders with', kind: 'prohibition', ruleId: 'close-border',
    text: 'Jordan closed its borders with Syria in 2016.', actors: [['Jordan', 'government'], ['Syria', 'place']],
    evidence: 'Jordan closed its borders with Syria', imposedBy: 'Jordan' },
  { name: 'barred investment in (no "from")', kind: 'prohibition', ruleId: 'bar-object',
    text: 'The administration barred US investment in Chinese military-linked firms.',
    evidence: 'The administration barred US investment in Chinese military-linked firms' },
  { name: 'will no longer be able to sell', kind: 'prohibition', ruleId: 'no-longer-able',
    text: 'Companies will no longer be able to sell the product in Europe.',
    evidence: 'will no longer be able to sell the product in Europe' },
  { name: 'no foreign troops will be allowed', kind: 'prohibition', ruleId: 'no-x-allowed',
    text: 'No foreign troops will be allowed on Ukrainian soil.', evidence: 'No foreign troops will be allowed on Ukrainian soil' },
  { name: 'told banks not to pay dividends', kind: 'prohibition', ruleId: 'told-not-to',
    text: 'The ECB told banks not to pay dividends until January.', actors: [['ECB', 'government']],
    evidence: 'The ECB told banks not to pay dividends until January', imposedBy: 'ECB' },
  { name: 'the deal was blocked by CFIUS (passive)', kind: 'prohibition', ruleId: 'deal-was-blocked',
    text: 'The deal was blocked by CFIUS last year.', actors: [['CFIUS', 'government']],
    evidence: 'deal was blocked by CFIUS' },
  { name: 'suspended parliament', kind: 'prohibition', ruleId: 'suspend-institution',
    text: 'The government suspended parliament for five weeks.', evidence: 'The government suspended parliament for five weeks' },
  { name: 'sued to halt the order', kind: 'prohibition', ruleId: 'sue-to-block',
    text: 'The state of Washington sued to halt the order.', evidence: 'sued to halt the order' },
  { name: 'removed the app from its App Store', kind: 'prohibition', ruleId: 'withdraw-market',
    text: 'Apple removed the app from its App Store after pressure from Beijing.', actors: [['Apple', 'organization']],
    evidence: 'Apple removed the app from its App Store' },
  // --- sanctions
  { name: "revoked Uber's licence", kind: 'sanction', ruleId: 'revoke-owned',
    text: "The regulator revoked Uber's licence to operate in London.", actors: [['Uber', 'organization'], ['London', 'place']],
    evidence: "The regulator revoked Uber's licence to operate in London" },
  { name: 'suspended the account of', kind: 'sanction', ruleId: 'revoke-owned',
    text: 'Twitter suspended the account of the former president.', actors: [['Twitter', 'organization']],
    evidence: 'Twitter suspended the account of the former president', imposedBy: 'Twitter' },
  { name: 'cut off from the SWIFT system', kind: 'sanction', ruleId: 'cut-off-from',
    text: 'Russian banks were cut off from the SWIFT payment system.', evidence: 'Russian banks were cut off from the SWIFT payment system' },
  { name: 'removed from the F-35 programme (a named subject)', kind: 'sanction', ruleId: 'removed-from',
    text: 'Turkey was removed from the F-35 programme after buying the S-400.', actors: [['Turkey', 'government']],
    evidence: 'Turkey was removed from the F-35 programme', appliesTo: ['Turkey'] },
  { name: 'his exclusion from meetings', kind: 'sanction', ruleId: 'exclusion-noun',
    text: 'Vindman had become frustrated over his exclusion from some important meetings.',
    evidence: 'exclusion from some important meetings' },
  { name: 'the hold on security assistance', kind: 'sanction', ruleId: 'exclusion-noun',
    text: 'He opposed the hold on U.S. security assistance as soon as he learned about it.',
    evidence: 'the hold on U.S. security assistance' },
  { name: 'froze $400 million in military aid', kind: 'sanction', ruleId: 'withhold-aid',
    text: 'The White House froze $400 million in military aid to Ukraine.', actors: [['White House', 'government'], ['Ukraine', 'government']],
    evidence: 'The White House froze $400 million in military aid to Ukraine', imposedBy: 'White House' },
  { name: 'halted gas flows through a pipeline', kind: 'sanction', ruleId: 'halt-flows',
    text: 'Russia halted gas flows through the Nord Stream pipeline.', actors: [['Russia', 'government']],
    evidence: 'Russia halted gas flows through the Nord Stream pipeline', imposedBy: 'Russia' },
  { name: 'suspended arms export licences to', kind: 'sanction', ruleId: 'halt-flows',
    text: 'The UK suspended arms export licences to Israel.', evidence: 'suspended arms export licences to Israel' },
  { name: 'excluded a named company from', kind: 'sanction', ruleId: 'exclude-actor',
    text: 'Australia excluded Huawei from its 5G rollout.', actors: [['Australia', 'government'], ['Huawei', 'organization']],
    evidence: 'Huawei from its 5G rollout' },
  { name: 'cut a named partner out of a programme', kind: 'sanction', ruleId: 'cut-out-of',
    text: 'The US cut Turkey out of the F-35 program.', actors: [['US', 'government'], ['Turkey', 'government']],
    evidence: 'Turkey out of the F-35 program' },
  { name: 'tariffs on $360 billion of goods', kind: 'sanction', ruleId: 'tariffs-on',
    text: 'Mr. Trump gives mixed signals about whether any of his tariffs on $360 billion worth of Chinese goods will ever be removed.',
    evidence: 'tariffs on $360 billion worth of Chinese goods' },
  { name: 'a 15 percent tariff imposed on consumer goods', kind: 'sanction', ruleId: 'tariffs-on',
    text: 'Firms are uncertain whether a 15 percent tariff imposed on consumer goods in September would remain.',
    evidence: 'tariff imposed on consumer goods in September' },
  { name: 'a tariff planned to impose … on', kind: 'sanction', ruleId: 'tariffs-on',
    text: 'It is unclear whether a 15 percent tariff that the administration had planned to impose Dec. 15 on another $160 billion of goods would go ahead.',
    evidence: 'tariff that the administration had planned to impose Dec. 15 on another $160 billion of goods' },
  { name: 'threatening partners with tariffs', kind: 'sanction', ruleId: 'threaten-with',
    text: 'He has injected drama into trade talks, publicly threatening them with tariffs.', evidence: 'threatening them with tariffs' },
  { name: 'added to the entity list', kind: 'sanction', ruleId: 'entity-list',
    text: 'The Commerce Department added Huawei to its entity list in May.', actors: [['Commerce Department', 'government'], ['Huawei', 'organization']],
    evidence: 'The Commerce Department added Huawei to its entity list', imposedBy: 'Commerce Department' },
  { name: 'Apple must pay €13 billion', kind: 'sanction', ruleId: 'must-pay',
    text: 'Apple must pay Ireland €13 billion in back taxes.', actors: [['Apple', 'organization']],
    evidence: 'Apple must pay Ireland €13 billion', appliesTo: ['Apple'] },
  { name: 'a $1 billion penalty', kind: 'sanction', ruleId: 'fine',
    text: 'ZTE agreed to pay a $1 billion penalty and replace its board.', evidence: '$1 billion penalty' },
  // --- limits
  { name: 'capped a possessive object at a level', kind: 'limit', ruleId: 'cap-at',
    text: "The Fed capped Wells Fargo's assets at $1.95 trillion.", actors: [['Fed', 'government']],
    evidence: "The Fed capped Wells Fargo's assets at $1.95 trillion", imposedBy: 'Fed' },
  { name: 'caps interest rates on loans at 36%', kind: 'limit', ruleId: 'cap-at',
    text: 'The new law caps interest rates on payday loans at 36%.', evidence: 'The new law caps interest rates on payday loans at 36%' },
  { name: 'restricted access to services', kind: 'limit', ruleId: 'limit-object',
    text: 'Beijing restricted access to Google services.', actors: [['Beijing', 'government'], ['Google', 'organization']],
    evidence: 'Beijing restricted access to Google services', imposedBy: 'Beijing' },
  { name: 'limit traffic', kind: 'limit', ruleId: 'limit-object',
    text: 'Officials give the order to shut down factories and limit traffic ahead of major events.', evidence: 'limit traffic ahead of major events' },
  { name: 'a traffic rationing scheme', kind: 'limit', ruleId: 'rationing',
    text: 'Officials also implemented an odd-even traffic rationing scheme.', evidence: 'traffic rationing scheme' },
  { name: 'allowed to keep no more than', kind: 'limit', ruleId: 'allowed-at-most',
    text: 'Iran is allowed to keep no more than 300 kg of enriched uranium.', evidence: 'Iran is allowed to keep no more than 300 kg of enriched uranium' },
  // --- conditions
  { name: 'will require government approval', kind: 'condition', ruleId: 'require-approval',
    text: 'Any sale of the stake will require government approval.', evidence: 'Any sale of the stake will require government approval' },
  { name: 'needs the backing of shareholders', kind: 'condition', ruleId: 'require-approval',
    text: 'The takeover needs the backing of 75% of shareholders.', evidence: 'The takeover needs the backing' },
  { name: 'a law mandating that', kind: 'condition', ruleId: 'mandate',
    text: 'India also has a law mandating that 2 percent of corporate profits go toward charity.',
    evidence: 'a law mandating that 2 percent of corporate profits go toward charity' },
  { name: 'will only be released if', kind: 'condition', ruleId: 'only-verb-if',
    text: 'The loan will only be released if Greece meets its targets.', evidence: 'The loan will only be released if Greece meets its targets' },
  { name: 'comes with strict conditions', kind: 'condition', ruleId: 'strings-attached',
    text: 'The bailout comes with strict conditions attached.', evidence: 'The bailout comes with strict conditions attached' },
  { name: 'would not stop … until', kind: 'condition', ruleId: 'not-until',
    text: 'Israel said it would not stop the offensive until all hostages are released.',
    evidence: 'would not stop the offensive until all hostages are released' },
  { name: 'approved after the companies agreed to sell', kind: 'condition', ruleId: 'approved-after-remedy',
    text: 'The EU approved the merger after the companies agreed to sell assets to BASF.', evidence: 'approved the merger after the companies agreed to sell assets to BASF' },
  { name: 'ordered Shell to cut its emissions', kind: 'condition', ruleId: 'ordered-to-comply',
    text: 'A court in The Hague ordered Shell to cut its emissions by 45 percent.', actors: [['Shell', 'organization']],
    evidence: 'ordered Shell to cut its emissions by 45 percent' },
  { name: 'under the settlement, Facebook must', kind: 'condition', ruleId: 'under-terms-must',
    text: 'Under the settlement, Facebook must create an independent privacy committee.', actors: [['Facebook', 'organization']],
    evidence: 'Under the settlement, Facebook must create an independent privacy committee' },
  // --- round 2: lockdowns, approvals pending, controls, holds
  { name: 'imposed a nationwide lockdown', kind: 'prohibition', ruleId: 'lockdown',
    text: 'Italy imposed a nationwide lockdown on Monday.', actors: [['Italy', 'government']],
    evidence: 'Italy imposed a nationwide lockdown on Monday', imposedBy: 'Italy' },
  { name: 'must still be approved by regulators', kind: 'condition', ruleId: 'must-be-approved',
    text: 'The deal must still be approved by regulators in Brussels and Beijing.', evidence: 'The deal must still be approved by regulators' },
  { name: 'hinges on approval', kind: 'condition', ruleId: 'must-be-approved',
    text: 'The sale hinges on approval from Chinese regulators.', evidence: 'The sale hinges on approval from Chinese regulators' },
  { name: 'off-limits to journalists', kind: 'prohibition', ruleId: 'off-limits',
    text: 'The area is off-limits to journalists.', evidence: 'is off-limits to journalists' },
  { name: 'reimposed capital controls', kind: 'limit', ruleId: 'price-controls',
    text: 'Argentina reimposed capital controls.', actors: [['Argentina', 'government']],
    evidence: 'Argentina reimposed capital controls', imposedBy: 'Argentina' },
  { name: 'seats reserved for women', kind: 'limit', ruleId: 'reserved-for',
    text: 'Seats are reserved for women in the lower house.', evidence: 'Seats are reserved for women in the lower house' },
  { name: 'tightened rules on foreign takeovers', kind: 'limit', ruleId: 'tighten-rules',
    text: 'Germany tightened rules on foreign takeovers of strategic companies.', actors: [['Germany', 'government']],
    evidence: 'Germany tightened rules on foreign takeovers', imposedBy: 'Germany' },
  { name: 'put a stop to the practice', kind: 'prohibition', ruleId: 'put-a-stop',
    text: 'The regulator put a stop to the practice.', evidence: 'The regulator put a stop to the practice' },
  { name: 'the aid had been paused', kind: 'sanction', ruleId: 'aid-was-paused',
    text: 'The aid had been paused by the White House.', evidence: 'aid had been paused' },
  { name: 'shuts a named company out of a market', kind: 'sanction', ruleId: 'shut-out-of',
    text: 'The move effectively shuts Huawei out of the US market.', actors: [['Huawei', 'organization']],
    evidence: 'Huawei out of the US market', appliesTo: ['Huawei'] },
  { name: 'must be at least 18', kind: 'condition', ruleId: 'must-be-at-least',
    text: 'Buyers must be at least 18 years old.', evidence: 'Buyers must be at least 18' },
  { name: 'will be phased out', kind: 'prohibition', ruleId: 'phase-out',
    text: 'Glyphosate will be phased out by 2022.', evidence: 'phased out by 2022' },
  { name: 'imposing license requirements on', kind: 'condition', ruleId: 'licence-requirements',
    text: 'BIS said it is imposing license requirements on Huawei and its affiliates.', actors: [['BIS', 'government'], ['Huawei', 'organization']],
    evidence: 'imposing license requirements on Huawei and its affiliates' },
  { name: 'would not authorize new weapons exports', kind: 'prohibition', ruleId: 'not-authorize',
    text: 'The government said it would not authorize any new weapons exports to Saudi Arabia.',
    evidence: 'would not authorize any new weapons exports to Saudi Arabia' },
  { name: 'put all future weapons exports on hold', kind: 'sanction', ruleId: 'put-on-hold',
    text: 'Berlin announced that it would put all future weapons exports on hold.', evidence: 'put all future weapons exports on hold' },
  { name: 'halted previously approved arms exports to', kind: 'sanction', ruleId: 'halt-flows',
    text: 'Germany has halted previously approved arms exports to Saudi Arabia.', actors: [['Germany', 'government'], ['Saudi Arabia', 'government']],
    evidence: 'Germany has halted previously approved arms exports to Saudi Arabia', imposedBy: 'Germany' },
  { name: 'placed on a long-named entity list', kind: 'sanction', ruleId: 'entity-list',
    text: 'The department placed Huawei and 70 of its affiliates on the Bureau of Industry and Security’s “entity list.”',
    actors: [['Huawei', 'organization']], evidence: 'placed Huawei and 70 of its affiliates on the Bureau of Industry and Security’s “entity list' },
  { name: "won't be allowed to buy", kind: 'prohibition', ruleId: 'not-allowed',
    text: "Chinese nationals won't be allowed to buy property in the area.", evidence: "won't be allowed to buy property in the area" },
  { name: 'a quota of 10,000 tonnes', kind: 'limit', ruleId: 'maximum-figure',
    text: 'Each country has a quota of 10,000 tonnes.', evidence: 'a quota of 10,000' },
  { name: 'needs BIS-issued licenses (plural)', kind: 'condition', ruleId: 'require-approval',
    text: 'Commerce said companies will need BIS-issued licenses to sell American technology.', evidence: 'will need BIS-issued licenses' },
  { name: 'refused the pay offer', kind: 'refusal', ruleId: 'refuse-object',
    text: 'The union refused the pay offer.', evidence: 'refused the pay offer' },
  // --- round 3: rebuffs, exclusions of options, designations, dismissals
  { name: 'rebuffed calls for talks', kind: 'refusal', ruleId: 'rebuff',
    text: 'Beijing rebuffed calls for talks on the islands.', actors: [['Beijing', 'government']],
    evidence: 'Beijing rebuffed calls for talks on the islands', imposedBy: 'Beijing' },
  { name: 'said no to the plan', kind: 'refusal', ruleId: 'rebuff',
    text: 'Swiss voters said no to the plan.', evidence: 'Swiss voters said no to the plan' },
  { name: 'ruled out raising taxes', kind: 'refusal', ruleId: 'rule-out',
    text: 'The government ruled out raising taxes.', evidence: 'The government ruled out raising taxes' },
  { name: 'designated as a foreign terrorist organization', kind: 'sanction', ruleId: 'designate-terrorist',
    text: 'Washington designated the IRGC as a foreign terrorist organization.', actors: [['Washington', 'government'], ['IRGC', 'government']],
    evidence: 'Washington designated the IRGC as a foreign terrorist organization', imposedBy: 'Washington' },
  { name: 'fired the FBI director', kind: 'sanction', ruleId: 'fired-official',
    text: 'Trump fired FBI director James Comey.', evidence: 'Trump fired FBI director James Comey' },
  { name: 'was fired after (a named person)', kind: 'sanction', ruleId: 'was-fired',
    text: 'Comey was fired after the meeting.', actors: [['Comey', 'person']], evidence: 'Comey was fired', appliesTo: ['Comey'] },
  { name: 'on the Specially Designated Nationals List', kind: 'sanction', ruleId: 'entity-list',
    text: "Treasury placed the Revolutionary Guards on OFAC's Specially Designated Nationals List.",
    evidence: "placed the Revolutionary Guards on OFAC's Specially Designated Nationals List" },
  // --- round 4: permissions withheld by a text, conditions set, services blocked
  { name: 'the law does not allow', kind: 'prohibition', ruleId: 'does-not-allow',
    text: 'The law does not allow foreign companies to own more than 49% of a local firm.',
    evidence: 'The law does not allow foreign companies to own more than 49% of a local firm' },
  { name: 'the bill would require (a text as subject)', kind: 'condition', ruleId: 'require',
    text: 'The bill would require companies to disclose their emissions.', evidence: 'The bill would require companies to disclose their emissions' },
  { name: 'set tough conditions for the loan', kind: 'condition', ruleId: 'set-conditions',
    text: 'The IMF set tough conditions for the loan.', actors: [['IMF', 'organization']],
    evidence: 'The IMF set tough conditions for the loan', imposedBy: 'IMF' },
  { name: 'approval is still required', kind: 'condition', ruleId: 'require-approval',
    text: 'Approval from the Chinese regulator is still required.', evidence: 'Approval from the Chinese regulator is still required' },
  { name: 'gave Britain until Friday to', kind: 'condition', ruleId: 'ultimatum',
    text: 'The EU gave Britain until Friday to come up with a plan.', actors: [['EU', 'government'], ['Britain', 'government']],
    evidence: 'The EU gave Britain until Friday to come', imposedBy: 'EU' },
  { name: 'LinkedIn was blocked in Russia', kind: 'prohibition', ruleId: 'blocked-in',
    text: 'LinkedIn was blocked in Russia in 2016.', actors: [['LinkedIn', 'organization'], ['Russia', 'place']],
    evidence: 'LinkedIn was blocked in Russia', appliesTo: ['LinkedIn'] },
  { name: 'access to the website was blocked', kind: 'prohibition', ruleId: 'service-blocked',
    text: 'Access to the website was blocked on Tuesday.', evidence: 'website was blocked' },
  { name: 'locked out of the market', kind: 'sanction', ruleId: 'excluded-from',
    text: 'Huawei is effectively locked out of the US market.', actors: [['Huawei', 'organization']], evidence: 'locked out of the US market' },
  { name: 'stopped lending to coal projects', kind: 'prohibition', ruleId: 'halt-activity',
    text: 'Several banks stopped lending to coal projects.', evidence: 'Several banks stopped lending to coal projects' },
  // --- refusals
  { name: 'balked on terms', kind: 'refusal', ruleId: 'balk-on',
    text: 'China has balked on terms that would leave it exposed to accusations.', evidence: 'balked on terms' },
  { name: 'declined the offer', kind: 'refusal', ruleId: 'decline-offer',
    text: 'The board declined the offer from the private equity firm.', evidence: 'declined the offer from the private equity firm' },
  { name: 'declined to confirm the nominee', kind: 'refusal', ruleId: 'decline-to',
    text: 'The Senate declined to confirm the nominee.', actors: [['Senate', 'government']],
    evidence: 'The Senate declined to confirm the nominee', imposedBy: 'Senate' },
  { name: 'struck down the law', kind: 'refusal', ruleId: 'strike-down',
    text: 'The Supreme Court struck down the law in June.', actors: [['Supreme Court', 'government']],
    evidence: 'The Supreme Court struck down the law', imposedBy: 'Supreme Court' },
  { name: 'would not disclose the number', kind: 'refusal', ruleId: 'not-disclose',
    text: 'GateHouse laid off more than 60 employees (the company would not disclose the actual number).',
    evidence: 'the company would not disclose the actual number' },
  { name: 'denied permits for', kind: 'refusal', ruleId: 'denied',
    text: 'The government has denied permits for the new mine.', evidence: 'denied permits for the new mine' },
];

const SHOULD_NOT_FIND: [string, string][] = [
  ['weather grounds flights', 'Heavy snow grounded flights at Heathrow.'],
  ['rain as the preventer', 'The rain stopped us from playing in the garden.'],
  ['"nothing prevents"', 'Nothing prevents investors from buying the shares later.'],
  ['a process prevented from spreading', 'Firefighters prevented the fire from spreading to the houses.'],
  ['the adjective "limited access"', 'Residents with limited access to the internet were left out.'],
  ['"during the lockdown" is a time, not an imposition', 'Sales rose during the lockdown in the spring.'],
  ['a put on hold without a flow', 'The talks were put on hold for a week.'],
  ['"declined to directly name" is a no-comment', 'The spokesman declined to directly name the officials.'],
  ['the noun "mandate" with a relative clause', 'The UN mandate that expires in March covers peacekeeping.'],
  ['a mandate given by voters', 'The president was given a mandate by voters to reform the economy.'],
  ['advice: told not to expect', 'The minister told reporters not to expect a deal this week.'],
  ['encouragement: told not to let up', 'The coach told them not to let up in the second half.'],
  ['narrative "did not know until"', 'He did not know about the payments until the report came out.'],
  ['a date after "will not … until"', 'The new terminal will not open until the end of the year.'],
  ['a block sale of shares', 'The fund completed a block sale of its stake in the bank.'],
  ['a blocked shot', 'The goalkeeper blocked the shot in the final minute.'],
  ['a forecast with "only … if"', 'The CEO said the company would only grow if it invested more.'],
  ['negated need of approval', 'Recording artists do not need label approval for live performances.'],
  ['an inmate removed from a watch', 'An inmate can be removed from suicide watch only by a doctor.'],
  ['"bars" as a noun', 'The images show bulges and bars extending from their central black holes.'],
  ['figurative veto points', 'It is a noisy democracy, and there are too many veto points.'],
  ['a tariff noun that only has an effect', 'Tariffs on consumer products hit customers directly.'],
  ['a sanctions noun that only has an effect', 'Sanctions on Russia have had little effect.'],
  ['a refusal to comment', 'The company declined to comment on the report.'],
  ['a no-comment confirmation', 'The ministry declined to confirm the report.'],
  ['a hedge: refused to rule out', 'Officials refused to rule out further measures.'],
  ['a hedge: cannot rule out', 'Officials cannot rule out further attacks.'],
  ['an excluded hypothesis (passive)', 'A collision with the asteroid has been ruled out of consideration.'],
  ['shots fired by police', 'Shots were fired by police during the protest.'],
  ['"does not allow for"', 'The schedule does not allow for much rest.'],
  ['"won\'t allow" without an object', "It depends on what they will or won't allow."],
  ['a road blocked by protesters', 'The road was blocked by protesters for hours.'],
  ['rockets fired at a residence', "Rockets were fired at the governor's residence."],
];

describe('EN restriction recall: should find (kind, rule, evidence, who)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = restrictionsOf(lang, row.text, row.actors ?? []);
    expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual([`${row.kind} restrictions/en/${row.ruleId}`]);
    const r = found[0]!;
    expect(r.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.action.length).toBeGreaterThan(0);
    if (row.imposedBy !== undefined) expect(r.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
    if (row.condition !== undefined) expect(r.condition).toBe(row.condition);
  });
});

describe('EN restriction recall: should not find', () => {
  test.each(SHOULD_NOT_FIND)('%s', (_name, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});

describe('EN restriction recall: French text is untouched by the English rules', () => {
  test.each([
    // the sentence-initial effect mention rule is shared: a French restriction noun opening its sentence with an effect is dropped too
    ['fr effect mention opening its sentence', 'Les sanctions pèsent lourdement sur l’économie russe.', []],
    ['fr a real ban still found', 'Le gouvernement a interdit les rassemblements de plus de 50 personnes.', ['prohibition']],
  ] as const)('%s', (_name, text, kinds) => {
    expect(restrictionsOf('fr', text).map((r) => r.kind)).toEqual(kinds);
  });
});
