/**
 * Coreference of name mentions: one cluster per real entity. A mention
 * joins a cluster when (first rule that applies):
 * - it names the same gazetteer entry ("Pentagone" ↔ "Département de la Défense");
 * - it has the same {@link nameKey} as a name of the cluster;
 * - it is the acronym given in parentheses after the cluster's name
 *   ("Hewlett-Packard (HP)") or the initials of a multi-word name ("EADS");
 * - it is the surname of a person ("Altman" → "Sam Altman") or the first
 *   word of a multi-word organisation ("Kmart" → "Kmart Corp.");
 * - it equals the cluster's name without a company suffix ("Kmart Corporation" ↔ "Kmart Corp.");
 * - a full person name completes a surname seen first ("Wolfowitz" … "Paul Wolfowitz").
 *
 * @module
 */
import type { ActorKind, Span } from '../../types.js';
import { COMPANY_SUFFIXES, ORG_HEADS } from '../../lexicon/gazetteer/heads.js';
import type { ClassifiedMention } from './classify.js';
import { VERSION_NUMBER } from './candidates.js';
import { fold, nameKey } from './normalize.js';
import { ALL_ENTRIES, lookupKey } from './gazetteer.js';
import { DERIVED_DEMONYMS } from '../../lexicon/gazetteer/derived.js';
import { FR_DEMONYMS } from '../../lexicon/fr/actors.js';
import { IRREGULAR_DEMONYMS } from '../../lexicon/gazetteer/places.js';
import { DIGIT, LOWER, UPPER } from '../../text/char-classes.js';

/** A folded nationality adjective, EN or FR: "spanish", "espagnol", "espagnole", "francaises". */
const isDemonym = (w: string): boolean => DERIVED_DEMONYMS.has(w) || FR_DEMONYMS.has(w) || FR_DEMONYMS.has(w.replace(/e?s?$/, ''));

/** An entity being built: its names, mentions and kind evidence. */
export interface Cluster {
  keys: Set<string>;
  /** Proper-name surface forms, in order of appearance. */
  names: string[];
  /** Description aliases ("the company", "le CEO"). */
  descriptions: string[];
  mentions: Span[];
  gazId?: number;
  kind: ActorKind;
  /** Kind decided by a strong rule (gazetteer, title, given name, heads). */
  strongKind: boolean;
  country: boolean;
  acting: boolean;
  /** A capital city ({@link GazetteerEntry.seatOf}) mentioned at least once as a location ("à Bruxelles"). */
  located: boolean;
  /** The cluster is a capital city ({@link GazetteerEntry.seatOf}). */
  seat: boolean;
  role: string | null;
  roleOf: Cluster | null;
  ruleId: string;
  /** Names of this cluster given as "(ACR)" right after one of its mentions. */
  acronyms: Set<string>;
  /**
   * Names that stand for this cluster by metonymy, never its name while it has another: an acting capital merged into the
   * country or body it is the seat of ("Islamabad said" → Pakistan; ruleIds actors/seat-of-power,
   * actors/acting-capital-government).
   */
  metonyms: Set<string>;
  /** Folded description heads resolved to this cluster, plus the head words of its gazetteer names. */
  heads: Set<string>;
}

/**
 * `key` is the name `name` followed by "of"/« de »/« du » and a known place: "american civil liberties union of texas" for
 * "american civil liberties union" (ruleId actors/qualified-known-body).
 */
function ofPlace(key: string, name: string): boolean {
  const rest = /^ (?:of|de|du|d') ?(.+)$/u.exec(key.startsWith(name) ? key.slice(name.length) : '');
  return !!rest && lookupKey(rest[1]!)?.entry.kind === 'place';
}

/** Words of a key without connectors: "department of defense" → ["department", "defense"]. */
const CONNECTOR_WORDS = new Set(['of', 'for', 'the', 'on', 'to', 'and', 'de', 'du', 'des', 'la', 'le', "d'", "l'", 'et', '&']);

function initials(key: string, withConnectors: boolean): string {
  return key.split(/[ -]/).filter((w) => w && (withConnectors || !CONNECTOR_WORDS.has(w))).map((w) => w[0]).join('');
}

/**
 * The acronym's letters appear in order in `key`, starting with its first letter: "norad" in "north american
 * aerospace defence command". Only used for a parenthesised expansion right after the acronym. One pass over `key`.
 */
function inOrder(letters: string, key: string): boolean {
  if (letters.length < 2 || key[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of key) if (i < letters.length && ch === letters[i]) i++;
  return i === letters.length;
}

/** The same letters in any order: "nec" and "cne". */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * Trade words that close a holding's name and are dropped in later mentions when two words of the name remain (folded):
 * "New Media Investment Group" … "New Media", "Alden Global Capital Holdings" (ruleId actors/holding-short-name).
 */
const HOLDING_WORDS = new Set(['group', 'groupe', 'holdings', 'holding', 'investment', 'investments']);

function baseKey(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, ''))) words.pop();
  while (words.length > 2 && HOLDING_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/ &$| and$/, '');
}

/**
 * The acronym or ticker in parentheses right after a name, possessive allowed: "Hewlett-Packard (HP)", "Lowe’s (LOW)"
 * (ruleId actors/acronym-after), with lower-case letters inside it: "Royal Norwegian Air Force (RNoAF)", "Ministry of
 * Defence (MoD)" (ruleId actors/mixed-case-acronym). Built once for {@link add} (character classes: text/char-classes.ts).
 */
const ADD_RE = new RegExp(`^(?:['’]s)?\\s?\\(([${UPPER}][${UPPER}${DIGIT}&.\\-]{1,11}|[${UPPER}][${UPPER}${LOWER}]{1,3}[${UPPER}]{1,4})\\)`, 'u');

/** Built once for {@link add} (character classes: text/char-classes.ts). */
const ADD_RE_2 = new RegExp(`^[${UPPER}]{2,6}$`, 'u');

/** Built once for {@link add} (character classes: text/char-classes.ts). */
const ADD_RE_3 = new RegExp(`^[${UPPER}]`, 'u');

/** Built once for {@link add} (character classes: text/char-classes.ts). */
const ADD_RE_4 = new RegExp(`^[${UPPER}][${UPPER}${DIGIT}&.\\-]{1,11}$`, 'u');

/** Built once for {@link add} (character classes: text/char-classes.ts). */
const ADD_RE_5 = new RegExp(`^\\s?\\(([${UPPER}][^()]{3,100})\\)`, 'u');

/** Built once for {@link find} (character classes: text/char-classes.ts). */
const FIND_RE = new RegExp(`^[${UPPER}${DIGIT}&.\\-]+$`, 'u');

/** Built once for {@link find} (character classes: text/char-classes.ts). */
const FIND_RE_2 = new RegExp(`^[${UPPER}](?:[.-][${UPPER}]){0,2}\\.?$`, 'u');

/** A name key with each word's plural "s" dropped, to compare "centers for …" with "center for …". */
function singularWords(key: string): string {
  return key.split(' ').map((w) => (w.length > 3 ? w.replace(/s$/u, '') : w)).join(' ');
}

/** A Korean name: a short surname, then a given name of two syllables joined by a hyphen ("Son Heung-min", "Kim Jong-un"). */
const SURNAME_FIRST = /^(\p{Lu}\p{Ll}{1,3}) \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** A web domain ending: "Edmunds.com", "Mediapart.fr", "Politico.eu". */
const DOMAIN_END = /\.(?:com|org|net|io|fr|be|ch|ca|eu|co\.uk|info|news)$/i;

/** The key of a name without its final release number: "Ubuntu 12.10" → "ubuntu" (ruleId actors/version-number); '' when none. */
function versionless(name: string): string {
  const i = name.lastIndexOf(' ');
  return i > 0 && VERSION_NUMBER.test(name.slice(i + 1)) ? nameKey(name.slice(0, i)) : '';
}

/** Builds clusters from classified name mentions (body first, then headings that only link). */
export class Linker {
  readonly clusters: Cluster[] = [];
  private readonly byGaz = new Map<number, Cluster>();
  private readonly byKey = new Map<string, Cluster>();
  private readonly bySurname = new Map<string, Cluster>();
  private readonly byGivenName = new Map<string, Cluster | null>();
  private readonly byFirstWord = new Map<string, Cluster>();
  private readonly byBase = new Map<string, Cluster>();
  private readonly byInitials = new Map<string, Cluster>();
  private readonly byNickname = new Map<string, Cluster>();
  /** Two-word or longer runs of words inside persons' names of three words or more ("ana pastor" of "ana pastor garcia"). */
  private readonly byPartName = new Map<string, Cluster | null>();
  /** One-word person clusters a full name already completed (ruleId actors/full-name-completes). */
  private readonly completed = new Set<Cluster>();

  constructor(private readonly text: string) {}

  /** Adds a mention; with `create` false (headings), only links to an existing cluster. Returns its cluster. */
  add(m: ClassifiedMention, create = true): Cluster | undefined {
    const key = nameKey(m.text);
    let c = this.find(m, key);
    if (!c) {
      if (!create) return undefined;
      c = {
        keys: new Set(), names: [], descriptions: [], mentions: [], kind: m.kind, strongKind: !m.weak,
        country: !!m.gaz?.entry.country, acting: false, located: false, seat: !!m.gaz?.entry.seatOf || (m.gaz?.entry.kind === 'place' && !m.gaz.entry.country), role: null, roleOf: null, ruleId: m.ruleId, acronyms: new Set(), metonyms: new Set(), heads: new Set(),
      };
      this.clusters.push(c);
    } else if (!c.strongKind && !m.weak) {
      c.kind = m.kind;
      c.strongKind = true;
    } else if (c.ruleId === 'actors/acronym' && c.gazId === undefined && !m.weak && m.kind !== 'person' && !m.ruleId.endsWith('/acronym')) {
      // "NORAD (North American Aerospace Defence Command)": the expansion's head decides the kind the acronym guessed
      c.kind = m.kind;
      c.ruleId = m.ruleId;
    }
    if (m.gaz && c.gazId === undefined) {
      c.gazId = m.gaz.id;
      this.byGaz.set(m.gaz.id, c);
      if (!c.strongKind || c.kind !== 'person') c.kind = m.gaz.entry.kind;
      c.strongKind = true;
      c.country ||= !!m.gaz.entry.country;
      for (const n of m.gaz.entry.names) for (const w of nameKey(n).split(' ')) c.heads.add(w);
    }
    if (m.acting) c.acting = true;
    else if (m.gaz && (m.gaz.entry.seatOf || (m.gaz.entry.kind === 'place' && !m.gaz.entry.country)) && m.located !== false) c.located = true;
    if (m.role && !c.role) c.role = m.role;
    if (!c.keys.has(key)) {
      c.keys.add(key);
      this.index(c, key);
      // "Son Heung-min … Son's contract", "Moon Jae-in … Moon said", "Kim Jong-un … Kim": a Korean name puts the surname
      // first, before a hyphenated given name, and the surname alone names the person (ruleId actors/surname-first)
      const ko = c.kind === 'person' ? SURNAME_FIRST.exec(m.text) : null;
      if (ko && !this.bySurname.has(fold(ko[1]!))) this.bySurname.set(fold(ko[1]!), c);
    }
    if (!this.byKey.has(key)) this.byKey.set(key, c);
    // "Ubuntu 12.10" … "Ubuntu": the name without its release number names the same product (ruleId actors/version-number)
    if (m.ruleId === 'actors/version-number') {
      const bare = versionless(m.text);
      if (bare && !this.byKey.has(bare)) this.byKey.set(bare, c);
    }
    // "Edmunds.com" … "Edmunds": a web site's name without its domain ending is the same organisation (ruleId
    // actors/domain-base)
    const site = DOMAIN_END.exec(m.text);
    if (site && c.kind === 'organization') {
      const base = nameKey(m.text.slice(0, site.index));
      if (base.length >= 3 && !this.byKey.has(base)) this.byKey.set(base, c);
    }
    // "The Real Deal" … "TRD": a title's initials count its "The" (ruleId actors/the-initials)
    if (/^The\s/.test(m.text) && c.kind !== 'person' && key.includes(' ')) {
      const ini = `t${initials(key, false)}`;
      if (!this.byInitials.has(ini)) this.byInitials.set(ini, c);
    }
    if (!c.names.includes(m.text)) c.names.push(m.text);
    c.mentions.push({ start: m.start, end: m.end, text: m.text });
    // "Organisation mondiale de la santé (OMS)", "Hewlett-Packard (HP)"
    const acr = ADD_RE.exec(this.text.slice(m.end, m.end + 16));
    // a multi-word organisation may be followed by its acronym in another language: "Coalition de la gauche radicale (SYRIZA)"
    // or its initials in another word order: "National Elections Committee (CNE)" (Comissão Nacional de Eleições)
    // or a translated name before the acronym of its original name: "Brazilian Landless Workers Movement (MST)" (Movimento dos
    // Trabalhadores Rurais Sem Terra) — three capitalised words or more before an acronym in capitals, not "Observatoire de La
    // Silla (ESO)" (its operator) (ruleId actors/acronym-foreign)
    if (acr && c.kind !== 'person' && (fold(acr[1]![0]!) === fold(m.text[0]!) || ((c.kind === 'organization' || c.kind === 'government')
      && m.text.includes(' ') && (acr[1]!.length >= 4 || sameLetters(initials(nameKey(m.text), false), nameKey(acr[1]!))
        || (ADD_RE_2.test(acr[1]!) && m.text.split(' ').length >= 3 && m.text.split(' ').every((w) => ADD_RE_3.test(w))))))) {
      const k = nameKey(acr[1]!);
      c.acronyms.add(k);
      if (!this.byKey.has(k)) this.byKey.set(k, c);
    }
    // "NORAD (North American Aerospace Defence Command)": an acronym followed by its expansion (ruleId actors/acronym-first)
    if (ADD_RE_4.test(m.text) && c.kind !== 'person') {
      const exp = ADD_RE_5.exec(this.text.slice(m.end, m.end + 104));
      if (exp) {
        const k = nameKey(exp[1]!);
        const letters = nameKey(m.text).replace(/[^a-z0-9]/g, '');
        // initials, or letters taken in order from the words ("NORAD" = NORth American aerospace Defence)
        if ((initials(k, false) === letters || initials(k, true) === letters || inOrder(letters, k)) && !this.byKey.has(k)) {
          this.byKey.set(k, c);
        }
      }
    }
    return c;
  }

  private find(m: ClassifiedMention, key: string): Cluster | undefined {
    // "Soon-Shiong" after "Patrick Soon-Shiong", « Parent-Massin » after « Dominique Parent-Massin »: a hyphenated surname
    // used alone (its key has a space for the hyphen) is the person's (ruleId actors/hyphenated-surname)
    if (!/\s/.test(m.text) && m.text.includes('-') && key.includes(' ') && !m.gaz) {
      const p = this.byPartName.get(key);
      if (p && p.kind === 'person') return p;
    }
    if (!key.includes(' ')) {
      // a surname wins over a homonym in the gazetteer: "Roche" after "James Roche"
      const p = this.personBySurname(key);
      if (p) return p;
    }
    if (m.gaz) {
      const g = this.byGaz.get(m.gaz.id);
      if (g) return g;
      // (actors/short-name-of-fuller) a known one-word organisation that closes the name of an organisation already met
      // is its short name: "Sui-Lee Wee of the New York Times … Wee of the Times" (not the London Times), "Royal Dutch
      // Shell … Shell" — both known (not « l'Ancien Monde … Le Monde »)
      if (m.kind === 'organization' && !key.includes(' ')) {
        const full = this.clusters.find((c) => c.kind === 'organization' && c.gazId !== undefined && c.gazId !== m.gaz!.id
          && [...c.keys].some((k) => k.endsWith(` ${key}`)));
        if (full) return full;
      }
      // (actors/qualified-known-body) a known body's short name after a body whose name is the known one's, qualified by
      // a word before it, names that body: "the Chinese Center for Disease Control and Prevention … The CDC" (not the
      // U.S. Centers for Disease Control and Prevention, unless the text names them: the known body is then met first)
      // (a name of three words or more: not « Le Monde » for « l'Ancien Monde »); so does a known body's name followed by
      // "of"/« de » and a place, its branch there: "American Civil Liberties Union of Texas … The ACLU" (ruleId
      // actors/qualified-known-body)
      const longNames = m.gaz.entry.names.map((n) => singularWords(nameKey(n))).filter((n) => n.split(' ').length >= 3);
      if (longNames.length > 0 && !key.includes(' ')) {
        const full = this.clusters.find((c) => (c.kind === 'organization' || c.kind === 'government') && c.gazId === undefined
          && [...c.keys].some((k) => { const sk = singularWords(k); return longNames.some((n) => sk.endsWith(` ${n}`))
            || m.gaz!.entry.names.some((n) => ofPlace(k, nameKey(n))); }));
        if (full) return full;
      }
    }
    const exact = this.byKey.get(key);
    if (exact) return exact;
    // "Ubuntu" … "Ubuntu 12.10": a version of a name seen first alone, unknown (weak), is that name's product (ruleId
    // actors/version-number)
    if (m.ruleId === 'actors/version-number') {
      const bare = versionless(m.text);
      const c = bare ? this.byKey.get(bare) : undefined;
      if (c && !c.strongKind && c.gazId === undefined) {
        c.kind = 'product';
        c.strongKind = true;
        return c;
      }
    }
    // "sold Rafales to eight countries" after "26 Rafale jets", "F-35s" after "F-35", and the singular after the plural: the
    // plural of a product's name names that product (ruleId actors/product-plural). Only a plural the classifier could not
    // place, or a product: not "Democrats" after a "Democrat" of another kind.
    if (!m.gaz && key.length >= 4 && key.endsWith('s') && (m.weak || m.kind === 'product')) {
      const p = this.byKey.get(key.slice(0, -1));
      if (p && p.kind === 'product') return p;
    }
    if (m.kind === 'product' && !m.weak && key.length >= 3) {
      const p = this.byKey.get(`${key}s`);
      if (p && (p.kind === 'product' || !p.strongKind) && p.gazId === undefined && p.keys.size === 1) return p;
    }
    const words = key.split(' ');
    const letters = key.replace(/[^a-z0-9]/g, '');
    const isAcronym = FIND_RE.test(m.text) && letters.length >= 2;
    if (isAcronym && !m.gaz) {
      const c = this.byInitials.get(letters);
      if (c && c.kind !== 'person') return c;
    }
    if (words.length === 1 && m.kind === 'person') {
      // a given name alone: "Eloise" → "Eloise Parry" (when one person has it)
      const c = this.byGivenName.get(key);
      if (c) return c;
    }
    // (actors/name-first-word) an unknown word that the classifier could not place, alone, and the first word of one
    // person's name is that person: a surname written first ("Li Jifeng, a doctor … Li explained", « Xi Jinping … Xi ») or
    // a first name the lists lack ("Tova Noel … Tova")
    if (words.length === 1 && m.ruleId === 'actors/unknown' && !m.gaz) {
      const c = this.byGivenName.get(key);
      if (c && c.kind === 'person') return c;
    }
    if (words.length === 1 && (!m.gaz || m.gaz.entry.names.length === 1)) {
      // a team's nickname: "Pacers" → "Indiana Pacers"
      const team = this.byNickname.get(key);
      if (team && team.kind === 'organization') return team;
      // first word of a multi-word organisation — the first such cluster ("Sears" → "Sears, Roebuck & Co.")
      const org = this.byFirstWord.get(key);
      if (org && (org.kind === 'organization' || org.kind === 'government') && org.gazId === undefined) return org;
      // "Lockheed Martin Corp … the $1.05 billion Lockheed contract", "Goldman Sachs … Goldman said": an unknown word of four
      // letters or more that opens a known company's name is that company (ruleId actors/known-first-word) — only a word the
      // classifier could not place (not a title, a given name or a known name of its own)
      // ("who runs the F-35 program at Lockheed": a word the place-preposition rule guessed is such a word too)
      if (org && org.kind === 'organization' && org.gazId !== undefined && (m.ruleId === 'actors/unknown' || m.ruleId === 'actors/place-preposition')
        && !m.gaz && key.length >= 4
        && /^\p{Lu}/u.test(m.text)) return org;
    }
    // "SpaceX-Dragon", "Boeing Dreamliner" after "Dragon": a maker's name before a known product is that product
    // (ruleId actors/maker-product)
    if (m.kind === 'product' && words.length >= 2 && lookupKey(words[0]!)?.entry.kind === 'organization') {
      const p = this.byKey.get(words.slice(1).join(' '));
      if (p && p.kind === 'product') return p;
    }
    if (!m.gaz && words.length >= 2 && m.kind !== 'person' && m.kind !== 'place') {
      // "secrétaire générale du PP … Des leaders du Parti populaire", "the ANC … the African National Congress": a name whose
      // initials are an acronym the text used first, alone (ruleId actors/expansion-after-acronym)
      const bare = words.filter((x, i) => !(i > 0 && isDemonym(x))).join(' ');
      for (const ini of new Set([initials(key, false), initials(bare, false)])) {
        const a = ini.length >= 2 ? this.byKey.get(ini) : undefined;
        if (a && a.ruleId === 'actors/acronym' && a.gazId === undefined && a.keys.size === 1 && a.kind !== 'person') return a;
      }
    }
    const b = baseKey(key);
    if ((b !== key || words.length > 1) && m.kind !== 'person') {
      const c = this.byBase.get(b);
      if (c && c.kind !== 'person') return c;
    }
    const surfaceWords = m.text.split(' ');
    if (surfaceWords.length === 2 && FIND_RE_2.test(surfaceWords[0]!)) {
      // "B. Obama" → "Barack Obama", "J-M Ayrault" → "Jean-Marc Ayrault"
      const c = this.personBySurname(words[words.length - 1]!);
      if (c && [...c.keys].some((k) => k.split(' ').length >= 2 && k[0] === words[0]![0])) {
        m.kind = 'person';
        return c;
      }
    }
    if (m.kind === 'person' && words.length >= 2) {
      // "Paul Wolfowitz" after "Wolfowitz"
      const c = this.byKey.get(words[words.length - 1]!);
      if (c && c.gazId === undefined && !c.strongKind && c.keys.size === 1) {
        c.kind = 'person';
        return c;
      }
      // "Mr. McCain. Mr. President, … John McCain, U.S. Senator", « M. Hollande … François Hollande »: a surname seen
      // first with a title, and "her mother, Fiona, said … Fiona Parry issued a plea": a given name seen first alone —
      // the first full name of two words ("Jean-Marc Ayrault" is two) that ends with that surname or opens with that given name
      // completes it (ruleId actors/full-name-completes). Only a one-word person cluster, not a known name.
      const parts = m.text.split(/[ \u00a0]+/);
      if (parts.length === 2) {
        const sur = this.byKey.get(nameKey(parts[1]!));
        if (sur && sur.kind === 'person' && sur.gazId === undefined && sur.keys.size === 1 && sur.ruleId !== 'actors/given-name-alone'
          && !this.completed.has(sur)) {
          this.completed.add(sur);
          return sur;
        }
        const given = this.byKey.get(nameKey(parts[0]!));
        if (given && given.kind === 'person' && given.gazId === undefined && given.keys.size === 1 && given.ruleId === 'actors/given-name-alone'
          && !this.completed.has(given)) {
          this.completed.add(given);
          return given;
        }
      }
    }
    // « Villeroy de Galhau » after « François Villeroy de Galhau »: an unknown run that is the end of one person's name is
    // that person (ruleId actors/partial-name-unknown)
    if (words.length >= 2 && m.kind !== 'person' && m.weak && !m.gaz) {
      const c = this.byPartName.get(key);
      if (c && c.kind === 'person') {
        m.kind = 'person';
        return c;
      }
    }
    if (words.length >= 2 && m.kind === 'person') {
      // "Ana Pastor" after "Ana Pastor García", "González Echenique" after "Leopoldo González Echenique": a shorter form of
      // one person's full name, at its start or end (ruleId actors/partial-name)
      const c = this.byPartName.get(key);
      if (c) return c;
      // "Ana Pastor García" after "Ana Pastor": the full name completes a shorter one seen first
      for (const part of [words.slice(0, -1).join(' '), words.slice(1).join(' ')]) {
        const p = part.includes(' ') ? this.byKey.get(part) : undefined;
        if (p && p.kind === 'person' && [...p.keys].every((k) => key.startsWith(`${k} `) || key.endsWith(` ${k}`)
          || !k.includes(' '))) return p;
      }
    }
    if (!m.gaz && words.length >= 2 && m.kind !== 'person' && ORG_HEADS.has(words[words.length - 1]!)) {
      // "Kmart Corp." after "Kmart"
      const c = this.byKey.get(words[0]!);
      if (c && c.gazId === undefined && c.keys.size === 1 && c.kind !== 'person') return c;
    }
    return undefined;
  }

  /** Registers `key` of `c` in the secondary indexes (surname, first word, base name, initials, nickname). */
  private index(c: Cluster, key: string): void {
    const w = key.split(' ');
    if (c.kind === 'person') {
      if (w.length >= 2) {
        // every later word of the name may be used alone: "Lula" and "Silva" for "Luiz Inácio Lula da Silva"
        if (w.length >= 3) for (const x of w.slice(1, -1)) if (x.length > 2 && !this.bySurname.has(x)) this.bySurname.set(x, c);
        this.bySurname.set(w[w.length - 1]!, c); // latest wins
        if (w.length >= 3) {
          for (const part of [w.slice(0, 2), w.slice(0, -1), w.slice(1), w.slice(-2)]) {
            const k = part.join(' ');
            if (part.length < 2 || part.length === w.length || k === key) continue;
            const had = this.byPartName.get(k);
            this.byPartName.set(k, had === undefined || had === c ? c : null); // ambiguous when two persons share it
          }
        }
        const g = this.byGivenName.get(w[0]!);
        if (g === undefined) this.byGivenName.set(w[0]!, c);
        else if (g !== c) this.byGivenName.set(w[0]!, null); // ambiguous: two persons share it
      }
      return;
    }
    const b = baseKey(key);
    if (!this.byBase.has(b)) this.byBase.set(b, c);
    if (w.length >= 2) {
      const first = w[0]!.replace(/,$/, '');
      // not "Bush" → "Bush Administration": a leader's name before "administration"/"government" is the person
      if (!this.byFirstWord.has(first) && !/^(?:administration|government|gouvernement|cabinet)$/.test(w[1]!)) {
        this.byFirstWord.set(first, c);
      }
      for (const withConn of [false, true]) {
        const ini = initials(key, withConn);
        if (ini.length >= 2 && !this.byInitials.has(ini)) this.byInitials.set(ini, c);
      }
      // "Parti populaire espagnol" … "le PP": the initials of an organisation's name without its nationality adjective
      // (ruleId actors/initials-without-demonym)
      const bare = w.filter((x, i) => !(i > 0 && isDemonym(x)));
      if (bare.length >= 2 && bare.length < w.length) {
        const ini = initials(bare.join(' '), false);
        if (ini.length >= 2 && !this.byInitials.has(ini)) this.byInitials.set(ini, c);
      }
      if (w.length === 2 && lookupKey(w[0]!)?.entry.kind === 'place' && !this.byNickname.has(w[1]!)) this.byNickname.set(w[1]!, c);
    }
  }

  /**
   * Merges `from` into `into` (names, mentions, descriptions, heads) and
   * removes it; references through `roleOf` are redirected.
   */
  merge(into: Cluster, from: Cluster): void {
    if (into === from) return;
    for (const k of from.keys) {
      into.keys.add(k);
      if (this.byKey.get(k) === from) this.byKey.set(k, into);
    }
    for (const n of from.names) if (!into.names.includes(n)) into.names.push(n);
    for (const d of from.descriptions) if (!into.descriptions.includes(d)) into.descriptions.push(d);
    for (const h of from.heads) into.heads.add(h);
    for (const n of from.metonyms) into.metonyms.add(n);
    into.mentions.push(...from.mentions);
    into.role ??= from.role;
    into.roleOf ??= from.roleOf;
    into.acting ||= from.acting;
    const i = this.clusters.indexOf(from);
    if (i >= 0) this.clusters.splice(i, 1);
    for (const c of this.clusters) if (c.roleOf === from) c.roleOf = into;
  }

  /**
   * "Selon la fédération des banques, Febelfin … La Fédération belge du
   * secteur financier": a name whose head word is a description head already
   * used for an earlier organisation is that organisation (ruleId actors/head-merge).
   */
  mergeByDescriptionHeads(): void {
    const firstStart = new Map<Cluster, number>();
    for (const c of this.clusters) firstStart.set(c, c.mentions.reduce((m, x) => Math.min(m, x.start), Infinity));
    // clusters by head word and kind, in cluster order (a target must have the kind of the merged cluster)
    const byHead = new Map<string, HeadList>();
    for (const c of this.clusters) {
      for (const h of c.heads) {
        const key = `${h}\u0000${c.kind}`;
        let l = byHead.get(key);
        if (!l) byHead.set(key, (l = { items: [], skip: [] }));
        l.items.push(c);
      }
    }
    for (const l of byHead.values()) {
      l.skip = l.items.map((_, i) => i).concat(l.items.length);
      l.minFrom = new Array<number>(l.items.length + 1).fill(Infinity);
      for (let i = l.items.length - 1; i >= 0; i--) l.minFrom[i] = Math.min(l.minFrom[i + 1]!, firstStart.get(l.items[i]!)!);
    }
    const live = new Set(this.clusters);
    for (const c of [...this.clusters]) {
      if (c.gazId !== undefined || c.kind === 'person' || c.kind === 'place') continue;
      const firstWord = [...c.keys][0]?.split(' ')[0];
      if (!firstWord || !c.names.some((n) => n.includes(' '))) continue;
      const first = firstStart.get(c)!;
      // the first cluster of the list (same head and kind) that is still live, has no name of its own starting with the
      // head word, and was named before c. Being merged away or owning such a name is permanent (clusters only gain
      // keys): those entries are skipped for good, so a text with thousands of "Banque X" costs O(clusters), not O(n²).
      const l = byHead.get(`${firstWord}\u0000${c.kind}`);
      let target: Cluster | undefined;
      if (l) {
        for (let i = nextInList(l, 0); i < l.items.length; i = nextInList(l, i + 1)) {
          if (l.minFrom![i]! >= first) break; // no later entry was named before c
          const x = l.items[i]!;
          if (!live.has(x) || [...x.keys].some((k) => k.split(' ')[0] === firstWord)) {
            l.skip[i] = i + 1;
            continue;
          }
          // (not a head naming another proper name: « le laboratoire Grifols » after « le laboratoire Laboratorios Ferrán »
          // — a capitalised word after the head that no name of the earlier organisation holds; ruleId actors/head-merge)
          if (x !== c && firstStart.get(x)! < first && !properAfterHead(c, firstWord, x)) {
            target = x;
            break;
          }
        }
      }
      if (target) {
        this.merge(target, c);
        live.delete(c);
      }
    }
  }

  /**
   * "The government of Zambia … the Zambian government": a country and the
   * government named by its demonym are one actor (ruleId actors/demonym-government);
   * so are a country that acts and its government named by its demonym ("Cuba … The Cuban government has erected",
   * « l'Espagne a officialisé … le gouvernement espagnol ») (ruleId actors/acting-country-government). A country that is
   * only a location ("in Cuba") stays a place of its own.
   */
  /**
   * "US forces" … "American forces", "the U.S. military" … "the American military": one state's body named once by the
   * country's code and once by its demonym is one actor (ruleId actors/national-body-link). Only government clusters whose
   * key is a demonym or code of {@link IRREGULAR_DEMONYMS} then the same lower-case head words.
   */
  mergeNationalBodies(): void {
    const byCanon = new Map<string, Cluster>();
    for (const g of [...this.clusters]) {
      if (g.kind !== 'government' || g.gazId !== undefined || g.mentions.length === 0) continue;
      for (const key of g.keys) {
        const sp = key.indexOf(' ');
        if (sp < 0) continue;
        const country = IRREGULAR_DEMONYMS.get(key.slice(0, sp)) ?? IRREGULAR_DEMONYMS.get(key.slice(0, sp).replace(/\s/g, '.'));
        if (!country) continue;
        const canon = `${nameKey(country)}|${key.slice(sp + 1).replace(/\u00ad/g, '')}`;
        const other = byCanon.get(canon);
        if (other && other !== g && other.mentions.length > 0) {
          this.merge(other, g);
          break;
        }
        byCanon.set(canon, g);
      }
    }
  }

  mergeCountriesIntoGovernments(): void {
    for (const g of [...this.clusters]) {
      if (g.kind !== 'government' || g.country) continue;
      for (const key of [...g.keys]) {
        const w = key.split(' ');
        if (w.length !== 2 || !/^(?:government|gouvernement)$/.test(w[1]!) && !/^(?:gouvernement)$/.test(w[0]!)) continue;
        const demonym = w[1] === 'gouvernement' || w[0] === 'gouvernement' ? (w[0] === 'gouvernement' ? w[1]! : w[0]!) : w[0]!;
        const irregular = IRREGULAR_DEMONYMS.get(demonym.replace(/(?:e|s|es)$/, '')) ?? IRREGULAR_DEMONYMS.get(demonym);
        const irregularId = irregular !== undefined ? lookupKey(nameKey(irregular))?.id : undefined;
        const stemOf = (k: string): boolean => !k.includes(' ') && k.length >= 4 && demonym.startsWith(k.slice(0, -1)) && demonym.length - k.length <= 3;
        const country = this.clusters.find((c) => (c.country && ((irregularId !== undefined && c.gazId === irregularId)
          || [...c.keys].some(stemOf))
          // when the text also says "the government of Zambia" / "le gouvernement du Mali", or the country acts
          && (c.acting || c.mentions.some((m) => /(?:government of|gouvernement (?:de|du|des)|gouvernement d['’])\s*(?:the\s+|la\s+|l['’])?$/i
            .test(this.text.slice(Math.max(0, m.start - 30), m.start)))))
          // « Le gouvernement tchèque a approuvé … Prague avait déjà commandé », "the Czech government … Prague said": the
          // country's capital that only acts (never a location in the text) is that government (ruleId
          // actors/acting-capital-government); its gazetteer entry names the country it is the seat of
          || (c.gazId !== undefined && c.acting && !c.located && !c.country && (ALL_ENTRIES[c.gazId]?.seatOf ?? []).some((n) => {
            const hit = lookupKey(nameKey(n));
            // (only when the text does not name the country itself: then the capital is that country's, actors/seat-of-power)
            return !!hit && !this.byGaz.has(hit.id) && (hit.id === irregularId || hit.entry.names.some((nm) => stemOf(nameKey(nm))));
          })));
        if (country) {
          if (country.seat && !country.country) for (const n of country.names) g.metonyms.add(n);
          this.merge(g, country);
          return this.mergeCountriesIntoGovernments();
        }
      }
    }
  }

  /**
   * "Bruxelles a salué … la Commission européenne", "Washington a annoncé … les États-Unis": a capital that only acts
   * (never a location in the text) is the body it stands for, when the text names that body (ruleId actors/seat-of-power).
   */
  mergeSeatsOfPower(): void {
    for (const c of [...this.clusters]) {
      if (c.gazId === undefined) continue;
      const seatOf = ALL_ENTRIES[c.gazId]?.seatOf;
      if (!seatOf) continue;
      for (const name of seatOf) {
        const hit = lookupKey(nameKey(name));
        const target = hit ? this.byGaz.get(hit.id) : undefined;
        // « la Commission européenne de Bruxelles », "the European Commission in Brussels": a capital named only right after
        // the body it is the seat of qualifies that body's name (ruleId actors/seat-qualifier)
        // (one pass over each cluster's mentions: the ends of the body's mentions in a set)
        let qualifier = false;
        if (target && target !== c && !(c.acting && !c.located)) {
          const ends = new Set(target.mentions.map((t) => t.end));
          qualifier = c.mentions.every((m) => {
            const gap = /\s{1,3}(?:de|of|in|à)\s{1,3}$/.exec(this.text.slice(Math.max(0, m.start - 8), m.start));
            return !!gap && ends.has(m.start - gap[0].length);
          });
        }
        if (target && target !== c && ((c.acting && !c.located) || qualifier)) {
          for (const n of c.names) target.metonyms.add(n);
          this.merge(target, c);
          if (!qualifier) target.acting = true;
          break;
        }
      }
    }
  }

  /** The latest person cluster with a multi-word name ending in `surname`. */
  private personBySurname(surname: string): Cluster | undefined {
    const c = this.bySurname.get(surname);
    return c && c.kind === 'person' ? c : undefined;
  }

}

/**
 * A name of `c` made of the lower-case head word `head` and capitalised words, one of which no key of `x` contains (see
 * mergeByDescriptionHeads).
 */
function properAfterHead(c: Cluster, head: string, x: Cluster): boolean {
  return c.names.some((n) => {
    const w = n.split(' ');
    // (only a lower-case head then one to three capitalised words: « laboratoire Grifols », not « ministère des Affaires
    // étrangères » nor a name of its own)
    return w.length > 1 && w.length <= 4 && !HEAD_PROPER_RE.test(w[0]!) && nameKey(w[0]!) === head
      && w.slice(1).every((y) => y.length > 1 && HEAD_PROPER_RE.test(y))
      && w.slice(1).some((y) => ![...x.keys].some((k) => k.split(' ').includes(nameKey(y))));
  });
}

/** A capitalised word (see {@link properAfterHead}). */
const HEAD_PROPER_RE = new RegExp(`^[${UPPER}]`, 'u');

/**
 * Clusters sharing a head word and a kind, in cluster order, for {@link Linker.mergeByDescriptionHeads}:
 * `skip[i]` is `i` while entry i may still be a target, else an index after it (`skip[items.length]` is the end);
 * `minFrom[i]` is the earliest first-mention offset among entries i….
 */
interface HeadList { items: Cluster[]; skip: number[]; minFrom?: number[] }

/** The first entry at or after `i` not skipped for good (path compression: amortised near O(1)). */
function nextInList(l: HeadList, i: number): number {
  let j = i;
  while (l.skip[j] !== j) j = l.skip[j]!;
  let k = i;
  while (l.skip[k] !== k) {
    const n = l.skip[k]!;
    l.skip[k] = j;
    k = n;
  }
  return j;
}
