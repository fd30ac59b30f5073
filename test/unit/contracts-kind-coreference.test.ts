/**
 * A definite mention refers back only to an agreement it can name (ruleId contracts/kind-coreference): "the deal"
 * to any, "the merger" not to a contract with an air force. From a new-user trial, where "The merger was denied by
 * Siemens" turned an earlier, unrelated contract into a disputed one (EN and FR).
 */
import { expectContracts, type ContractRow } from '../helpers/contracts.js';

const ROWS: ContractRow[] = [
  {
    name: 'en: a denied merger leaves the signed contract signed',
    lang: 'en',
    text: 'Lockheed Martin signed a contract with the US Air Force on Monday. The merger was denied by Siemens.',
    actors: [['Lockheed Martin', 'organization'], ['US Air Force', 'government'], ['Siemens', 'organization']],
    // the merger is an agreement of its own (a decisive status, no party named)
    want: [{ status: 'signed', parties: ['Lockheed Martin', 'US Air Force'], evidence: 'a contract with the US Air Force' },
      { kind: 'merger', status: 'disputed', parties: [], evidence: 'The merger' }],
  },
  {
    name: 'en: "the deal" still refers back to the contract',
    lang: 'en',
    text: 'Lockheed Martin signed a contract with the US Air Force on Monday. The deal was later challenged in court by Boeing.',
    actors: [['Lockheed Martin', 'organization'], ['US Air Force', 'government'], ['Boeing', 'organization']],
    want: [{ status: 'disputed', parties: ['Lockheed Martin', 'US Air Force'], evidence: 'a contract with the US Air Force' }],
  },
  {
    name: 'fr: « la fusion » démentie ne touche pas le contrat signé',
    lang: 'fr',
    text: 'Thales a signé un contrat avec la Direction générale de l’armement lundi. La fusion a été démentie par Safran.',
    actors: [['Thales', 'organization'], ['Direction générale de l’armement', 'government'], ['Safran', 'organization']],
    want: [{ status: 'signed', parties: ['Thales', 'Direction générale de l’armement'], evidence: 'un contrat avec la Direction générale de l’armement' },
      { kind: 'merger', status: 'disputed', parties: [], evidence: 'La fusion' }],
  },
  {
    name: 'en: "the takeover" refers back to an acquisition (one family)',
    lang: 'en',
    text: 'Pfizer agreed to acquire Seagen on Monday. The takeover was later challenged in court by shareholders.',
    actors: [['Pfizer', 'organization'], ['Seagen', 'organization']],
    want: [{ status: 'disputed', parties: ['Pfizer', 'Seagen'], evidence: 'Pfizer agreed to acquire Seagen' }],
  },
];

describe('contracts/kind-coreference', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});
