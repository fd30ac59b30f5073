/**
 * Clean-up after Readability: elements and lines that news pages put inside
 * the article body but that are not article text.
 *
 * - Elements: figure captions and photo credits, share/social bars,
 *   newsletter and subscription prompts, related-story and "read more"
 *   lists, advertisements — recognised by tag (`figcaption`) or by a class /
 *   id token naming them (`caption`, `share-tools`, `related-stories`…).
 * - Lines: whole paragraphs that are a boilerplate prompt ("Advertisement",
 *   "Sign up for our newsletter", "Lire aussi : …", "(Graphic: …)").
 *
 * Each list is data; every pattern is anchored and bounded (linear time).
 *
 * @module
 */
import type { DomNode } from './blocks.js';

/**
 * Class/id tokens that mark non-article elements. A token matches when one of
 * these words is a whole hyphen/underscore-separated part of a class or id:
 * "article-caption", "share_bar", "related-links", "newsletter-signup".
 */
export const BOILERPLATE_CLASS_WORDS: ReadonlySet<string> = new Set([
  'caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit',
  'share', 'sharing', 'sharebar', 'social', 'sociallinks',
  'newsletter', 'subscribe', 'subscription', 'signup',
  'related', 'recirc', 'recirculation', 'outbrain', 'taboola', 'readmore', 'moreon',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsored', 'promo',
  'byline', 'dateline', 'timestamp', 'meta', 'tags', 'breadcrumb', 'breadcrumbs', 'toolbar', 'comments', 'sidebar',
]);

/**
 * Class/id words of the boxes a page inserts between the article's paragraphs — advertisements, sponsored content,
 * newsletter and subscription prompts, recirculation widgets. Not "paywall": news sites (Dow Jones, many regional
 * papers) wrap the subscribers' part of the article itself in `class="paywall"`; paywall prompts go by their wording
 * ({@link BOILERPLATE_LINES}). Readability replaces a `<div>` holding one
 * paragraph by that paragraph, class and all gone, so these are removed before it runs ({@link removeInsertedBoxes}).
 */
const INSERTED_BOX_WORDS: ReadonlySet<string> = new Set([
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsored', 'promo',
  'newsletter', 'subscribe', 'subscription', 'signup', 'outbrain', 'taboola', 'recirc', 'recirculation',
]);

/** Attributes that ad servers put on an ad slot (`<div data-ad-slot="…">`). */
const AD_ATTRIBUTES: readonly string[] = ['data-ad-slot', 'data-ad-unit', 'data-ad', 'data-ad-client', 'data-advertisement'];

/** Most characters an inserted box may hold (a wrapper holding more is left to the checks after Readability). */
const INSERTED_BOX_MAX_CHARS = 1500;

/** True when the class/id of `el` names an inserted box or it carries an ad server's attribute. */
function isInsertedBox(el: RichNode): boolean {
  if (!el.getAttribute) return false;
  for (const a of AD_ATTRIBUTES) if (el.getAttribute(a) !== null) return true;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  for (const token of attrs.split(/\s+/)) {
    if (!token || token.length > 80 || /^(?:no|has|with|without|is)[-_]/.test(token)) continue;
    for (const part of token.split(/[-_]/)) if (INSERTED_BOX_WORDS.has(part)) return true;
  }
  return false;
}

/**
 * Removes, before Readability runs, the advertisement, newsletter, subscription and recirculation boxes of a page
 * (class/id words {@link INSERTED_BOX_WORDS}, ad-server attributes): Readability flattens them into the article's
 * paragraphs (`<div class="ad">text</div>` → a `<p>` without the class), after which nothing tells them apart.
 * A box holding more than {@link INSERTED_BOX_MAX_CHARS} characters of text stays: a wrapper class such as
 * "ads-enabled" on the page's main column must not drop the article. Linear in the number of elements.
 * @returns how many boxes were removed.
 */
export function removeInsertedBoxes(doc: { querySelectorAll(selector: string): ArrayLike<RichNode & { remove(): void }> }): number {
  const all = doc.querySelectorAll('*');
  const drop: Array<RichNode & { remove(): void }> = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!isInsertedBox(el)) continue;
    if ((el.textContent ?? '').length > INSERTED_BOX_MAX_CHARS * 2 || textOf(el).length > INSERTED_BOX_MAX_CHARS) continue;
    // (a box inside a box already dropped goes with it)
    if (drop.length > 0 && contains(drop[drop.length - 1]!, el)) continue;
    drop.push(el);
  }
  for (const el of drop) el.remove();
  return drop.length;
}

/** True when `inner` is `outer` or inside it (walks up the parents). */
function contains(outer: RichNode, inner: RichNode): boolean {
  for (let n: RichNode | null | undefined = inner; n; n = n.parentElement) if (n === outer) return true;
  return false;
}

/** Tags that never hold article text once inside the article. */
const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'LABEL']);

/** Substrings of class names that always name captions and credits ("imageEmbedCaption", "photoCredit"). */
const CAPTION_SUBSTRINGS: readonly string[] = ['caption', 'credit'];

/**
 * Substrings of class names naming an image or media wrapper
 * ("InlineImage-imageEmbed", "photo-box", "media__item"). Such an element that
 * holds an image and little text is a figure: its text is a caption.
 */
const MEDIA_SUBSTRINGS: readonly string[] = ['image', 'photo', 'picture', 'media', 'gallery', 'slide', 'figure'];

/** A photo credit inside a figure whose image is loaded by script: "Natalie Naccache | Bloomberg | Getty Images". */
const PHOTO_CREDIT = /(?:\bgetty images\b|\bafp\b|\breuters\b|\bap photo\b|\bassociated press\b|\bepa\b|\bshutterstock\b|\bphoto\b|\bfoto\b|\bcrédit|\bcredit\b|©)/i;

/** Most characters of text a figure (image plus caption and credit) holds. */
const FIGURE_MAX_CHARS = 400;

/** Element shape used by the structural checks (linkedom elements have it). */
interface RichNode extends DomNode {
  textContent?: string | null;
  querySelector?: (selector: string) => unknown;
  querySelectorAll?: (selector: string) => ArrayLike<RichNode>;
  children?: ArrayLike<RichNode>;
  parentElement?: RichNode | null;
}

/**
 * Removes layout-table sidebar cells from a document before Readability runs
 * (Readability strips the `width` attributes that reveal them).
 * @returns how many cells were removed.
 */
export function removeLayoutSidebars(doc: { querySelectorAll(selector: string): ArrayLike<RichNode & { remove(): void }> }): number {
  const cells = doc.querySelectorAll('td[width]');
  const drop: Array<{ remove(): void }> = [];
  for (let i = 0; i < cells.length; i++) if (isLayoutSidebarCell(cells[i]!)) drop.push(cells[i]!);
  for (const c of drop) c.remove();
  return drop.length;
}

/** Widest a layout-table column can be, in pixels, to count as a sidebar. */
const SIDEBAR_MAX_PX = 200;

/**
 * A narrow column of a layout table (`<td width="136">` next to a much
 * longer cell of the same row): the sidebar of a table-layout page (magazine
 * cover, issue number, price), never the article.
 */
export function isLayoutSidebarCell(el: RichNode): boolean {
  const w = el.getAttribute?.('width') ?? '';
  if (!/^\d{1,4}$/.test(w) || Number(w) > SIDEBAR_MAX_PX) return false;
  const row = el.parentElement;
  const cells = row?.children;
  if (!cells || cells.length < 2) return false;
  const own = textOf(el).length;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c !== el && textOf(c).length > Math.max(500, own * 3)) return true;
  }
  return false;
}

const textOf = (n: RichNode) => (n.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Text of the links inside `el`, concatenated. */
function linkText(el: RichNode): string {
  const links = el.querySelectorAll?.('a');
  if (!links) return '';
  let out = '';
  for (let i = 0; i < links.length; i++) out += links[i]!.textContent ?? '';
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A list whose every item is just a link: related stories ("15 Amazing Images
 * of Stars", "More on this"), never article prose. Needs at least 2 items.
 */
function isLinkList(el: RichNode): boolean {
  const items = el.children;
  if (!items || items.length < 2) return false;
  for (let i = 0; i < items.length; i++) {
    const li = items[i]!;
    if (li.nodeName.toUpperCase() !== 'LI') return false;
    const t = textOf(li);
    if (!t || linkText(li) !== t) return false;
  }
  return true;
}

/** A paragraph that is one link in capitals: a teaser for another story ("TAYLOR SWIFT CLEARED TO PERFORM…"). */
function isCapsTeaser(el: RichNode): boolean {
  const t = textOf(el);
  if (t.length < 12 || t.length > 300 || /\p{Ll}/u.test(t) || !/\p{Lu}{3}/u.test(t)) return false;
  return linkText(el) === t;
}

/** True for an element to leave out of the main text (see module comment). */
export function isBoilerplateElement(node: DomNode): boolean {
  const el = node as RichNode;
  const name = el.nodeName.toUpperCase();
  if (BOILERPLATE_TAGS.has(name)) return true;
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  if ((name === 'UL' || name === 'OL') && isLinkList(el)) return true;
  if (name === 'P' && isCapsTeaser(el)) return true;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  let media = name === 'FIGURE';
  let long: boolean | undefined;
  for (const token of attrs.split(/\s+/)) {
    // "no_caption", "has-caption", "with-share" describe the element, they do not name boilerplate
    if (!token || token.length > 80 || /^(?:no|has|with|without|is)[-_]/.test(token)) continue;
    for (const part of token.split(/[-_]/)) {
      if (!BOILERPLATE_CLASS_WORDS.has(part)) continue;
      // an ad or prompt word on an element holding more text than such a box does is a wrapper of the article
      // ("main ads-enabled"), not a box (see removeInsertedBoxes)
      if (INSERTED_BOX_WORDS.has(part) && (long ??= textOf(el).length > INSERTED_BOX_MAX_CHARS)) continue;
      return true;
    }
    if (CAPTION_SUBSTRINGS.some((w) => token.includes(w))) return true;
    if (!media && MEDIA_SUBSTRINGS.some((w) => token.includes(w))) media = true;
  }
  if (media) {
    const t = textOf(el);
    if (t.length <= FIGURE_MAX_CHARS && (el.querySelector?.('img, picture, video, iframe') || PHOTO_CREDIT.test(t))) return true;
  }
  return false;
}

/**
 * Paragraphs that are boilerplate on their own (whole-paragraph, case-insensitive).
 * Examples: "Advertisement", "Sign up for our newsletter", "(Graphic: Asian
 * stock markets - tmsnrt.rs/2zpUAr4)", "Lire aussi : …", "Publicité".
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:advertisement|advertising|publicité|anzeige|sponsored|ad)$/i, // "Advertisement"
  /^\(?(?:graphic|graphique|grafik|photo|video|vidéo|image|chart|interactive)s?\s?:[^\n]{0,300}\)?$/i, // "(Graphic: World FX rates tmsnrt.rs/2egbfVh)"
  /^(?:image|photo|picture) (?:copyright|caption|credit|source)\b[^\n]{0,300}$/i, // "Image copyright Getty Images"
  /^(?:(?:read|see) (?:more|also)|more on this(?: story)?|lire (?:aussi|également|la suite)|à lire aussi|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema|weitere artikel)\b[^\n]{0,300}$/i, // "Read more: …", "Lire aussi : …"
  /^related(?: (?:stories|articles|coverage|content|links|news|topics))?\s?(?::[^\n]{0,300})?$/i, // "Related:", "Related stories" (not "Related parties must…")
  /^(?:sign up|subscribe|inscrivez-vous|abonnez-vous|newsletter)\b[^\n]{0,200}$/i, // "Sign up for our daily newsletter"
  /^il vous reste \d{1,3} ?% de cet article à lire\b[^\n]{0,300}$/i, // paywall: "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés."
  /^(?:la suite (?:de cet article )?est réservée aux abonnés|(?:cet )?article réservé aux abonnés|this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?subscribers(?: only)?|already a subscriber\?)\b[^\n]{0,300}$/i, // "La suite est réservée aux abonnés.", "This article is for subscribers only"
  /^(?:share|partager|teilen)(?: (?:this|on|sur|via)\b[^\n]{0,100})?$/i, // "Share this article"
  /^(?:follow us|suivez-nous|folgen sie uns)\b[^\n]{0,200}$/i, // "Follow us on Twitter"
  /^(?:click here|cliquez ici)\b[^\n]{0,200}$/i, // "Click here to subscribe"
  /^continue reading(?: the main story| below| after (?:the )?(?:ad|advertisement))?$/i, // "Continue reading the main story" (ad-slot label)
  /^(?:crédits? photos?|photo credit|bildquelle|foto)\s?:[^\n]{0,200}$/i, // "Crédits photos : Bestimage"
  /^(?:image|photo|slide|picture|foto|bild) \d{1,3} ?(?:of|sur|de|von)? ?\/? ?\d{1,3}$/i, // "Image 1 of 5", "Image 1 of / 9"
  /^\(?(?:image|photo|picture) credit\s?:[^\n]{0,200}$/i, // "(Image credit: Blue Origin)"
  /\((?:photos?|images?|pictures?|fotos?|crédits? photos?)(?: credit)?(?: by|\s?:)[^()\n]{1,200}\)$/i, // caption ending "(Photo by Kevin Mazur/Getty Images)"
  /^[^\n]{1,150}(?:,|\s[-–|])\s(?:photo|foto|image|crédit|credit)s?\s?:\s[^\n]{1,120}$/i, // "Roman Prymula, photo: Archives du Gouvernement tchèque"
  /^(?:permalink|permalien|lien permanent)\b[^\n]{0,200}$/i, // "Permalien https://p.dw.com/p/RPYx"
  /^[^\n]{0,40}\b(?:sur (?:le|ce) sujet|on this (?:topic|story)|zum thema)$/i, // "Audios et vidéos sur le sujet"
  /^[^\n]{0,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i, // "Fox News’ Jessica Napoli contributed to this report."
  /^(?:e-?mail|contact|reach|write to) [^\n]{0,80}\bat \S{1,64}@[^\n]{0,250}$/i, // "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."
  /^(?:\S{1,64}@[\w.-]{1,200}\.[a-z]{2,10}|(?:https?:\/\/)?(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,10}(?:\/\S{0,300})?)$/i, // a bare e-mail address, URL or domain: "twitter.com/paultakahashi", "smithsonian.com"
  /^(?:[Bb]y|[Pp]ar|[Vv]on) \p{Lu}[^\n]{0,150}\b(?:\d{4}|\d{1,2}:\d{2}|[ap]\.m\.|GMT|UTC|CET)\b[^\n]{0,40}$/u, // byline with a date: "By Matthew Digby on Monday, November 18th, 2019 at 11:08 a.m."
  /^\(?(?:reporting|additional reporting|editing|writing|compiled) by\b[^\n]{0,300}$/i, // "Reporting by Jane Doe; Editing by John Roe", "(Reporting by …)"
  /^(?:(?:copyright\s?(?:©|@|\(c\))?|\(c\))\s?\d{4}\b[^\n]{0,120}|©[^\n]{1,120})$/i, // "Copyright @ 2019 The New Arab.", "© AFP" (not "Copyright claims rose…")
  /^(?:you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|vous aimerez aussi|les plus lus|à voir aussi|à découvrir|das könnte sie auch interessieren|meistgelesen|loading(?: content)?(?: ?(?:\.\.\.|…))?)$/i, // "You may also like", "Loading content ..."
  /^(?:order reprints|reprints|print(?: this)?(?: article| page| story)?|text size|font size|imprimer(?: l'article| cet article)?|taille du texte|drucken|schriftgröße|email this(?: article)?)$/i, // "Order Reprints", "Print Article", "Text size"
  /^(?:published|updated|posted|last updated|publié(?: le)?|mis à jour(?: le)?|veröffentlicht(?: am)?|aktualisiert(?: am)?)\s?:?\s[^\n]{0,60}\d{4}[^\n]{0,30}$/i, // "Published November 20th, 2019 - 07:29 GMT"
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? |(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:er)?\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:,? (?:at |à |um )?\d{1,2}[:h.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$/iu, // a date alone: "November 18, 2019", "18 novembre 2019 à 14h05"
];

/** Drops boilerplate paragraphs (see {@link BOILERPLATE_LINES}); keeps blank-line paragraph boundaries. */
export function filterLines(text: string): string {
  const paras = text.split('\n\n');
  const kept: string[] = [];
  for (const p of paras) {
    const lines = p.split('\n').filter((l) => !(l.length <= 400 && BOILERPLATE_LINES.some((re) => re.test(l))));
    if (lines.length) kept.push(lines.join('\n'));
  }
  return kept.join('\n\n');
}
