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
  'byline', 'dateline', 'timestamp', 'tags', 'breadcrumb', 'breadcrumbs', 'toolbar', 'comments',
]);

/** Tags that never hold article text once inside the article. */
const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'LABEL']);

/** True for an element to leave out of the main text (see module comment). */
export function isBoilerplateElement(el: DomNode): boolean {
  const name = el.nodeName.toUpperCase();
  if (BOILERPLATE_TAGS.has(name)) return true;
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!attrs.trim()) return false;
  for (const token of attrs.split(/\s+/)) {
    // "no_caption", "has-caption", "with-share" describe the element, they do not name boilerplate
    if (!token || token.length > 80 || /^(?:no|has|with|without|is)[-_]/.test(token)) continue;
    for (const part of token.split(/[-_]/)) if (BOILERPLATE_CLASS_WORDS.has(part)) return true;
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
  /^(?:share|partager|teilen)(?: (?:this|on|sur|via)\b[^\n]{0,100})?$/i, // "Share this article"
  /^(?:follow us|suivez-nous|folgen sie uns)\b[^\n]{0,200}$/i, // "Follow us on Twitter"
  /^(?:click here|cliquez ici)\b[^\n]{0,200}$/i, // "Click here to subscribe"
  /^(?:crédits? photos?|photo credit|bildquelle|foto)\s?:[^\n]{0,200}$/i, // "Crédits photos : Bestimage"
  /^(?:image|photo|slide|picture|foto|bild) \d{1,3} (?:of|sur|de|von|\/) \d{1,3}$/i, // "Image 1 of 5"
  /^\(?(?:image|photo|picture) credit\s?:[^\n]{0,200}$/i, // "(Image credit: Blue Origin)"
  /\((?:photos?|images?|pictures?|fotos?|crédits? photos?)(?: credit)?(?: by|\s?:)[^()\n]{1,200}\)$/i, // caption ending "(Photo by Kevin Mazur/Getty Images)"
  /^[^\n]{1,150}(?:,|\s[-–|])\s(?:photo|foto|image|crédit|credit)s?\s?:\s[^\n]{1,120}$/i, // "Roman Prymula, photo: Archives du Gouvernement tchèque"
  /^(?:permalink|permalien|lien permanent)\b[^\n]{0,200}$/i, // "Permalien https://p.dw.com/p/RPYx"
  /^[^\n]{0,40}\b(?:sur (?:le|ce) sujet|on this (?:topic|story)|zum thema)$/i, // "Audios et vidéos sur le sujet"
  /^(?:reporting|additional reporting|editing|writing|compiled) by\b[^\n]{0,300}$/i, // "Reporting by Jane Doe; Editing by John Roe"
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
