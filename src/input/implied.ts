/**
 * Pages written without their `<html>`, `<head>` or `<body>` tags: the
 * implied elements of the HTML spec.
 *
 * A browser builds `<html>`, `<head>` and `<body>` when the markup leaves
 * them out, and moves content written outside them into the body (HTML
 * Living Standard, §13.2.6 "Tree construction"): `<p>Apple rose 5%.</p>`,
 * `<body><p>…</p></body>`, `<!DOCTYPE html><p>…</p>`,
 * `<head><title>T</title></head><p>…</p>` or text after `</html>` are all
 * shown as a page whose body holds the text. linkedom builds the tree as
 * written instead: for `<p>…</p>` its document element is the `<p>` itself
 * and `document.body` is an empty element it creates on demand, so
 * Readability and the fallback found no text at all (and walks over
 * thousands of top-level siblings were quadratic).
 *
 * {@link hasSpecShape} tells whether linkedom's tree already has the shape
 * the spec builds; when not, {@link specDocument} re-serialises the page
 * through parse5, the spec-conformant parser cheerio uses by default, so
 * that linkedom then reads explicit `<html><head>…</head><body>…</body></html>`.
 * Complete pages never load parse5 and are read exactly as before; parse5
 * itself loads on the first page that needs it (about 30 ms).
 *
 * @module
 */
import type * as Parse5 from 'parse5';
import type { DomNode } from './blocks.js';
import { lazyModule } from '../lazy.js';

const loadParse5 = lazyModule<typeof Parse5>('parse5');

/** Node types of the DOM (`Node.nodeType`). */
const ELEMENT = 1;
const TEXT = 3;

/** Text of ASCII white space only: what the spec's tree construction leaves where it is ("inter-element whitespace"). */
const BLANK = /^[\t\n\f\r ]*$/;

/**
 * Elements the spec keeps in `<head>` (§13.2.6.4.4, "in head" insertion
 * mode); any other element written there starts the body in a browser.
 */
const HEAD_CONTENT: ReadonlySet<string> = new Set(['BASE', 'BASEFONT', 'BGSOUND', 'LINK', 'META', 'NOFRAMES', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/** A node that is neither an element nor text with something visible (comments, doctype, blank text). */
const ignorable = (n: DomNode): boolean => n.nodeType !== ELEMENT && (n.nodeType !== TEXT || BLANK.test(n.nodeValue ?? ''));

/** The element children of `node`, or null when it has non-blank text of its own. */
function elementChildren(node: DomNode): DomNode[] | null {
  const out: DomNode[] = [];
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.nodeType === ELEMENT) out.push(k);
    else if (!ignorable(k)) return null;
  }
  return out;
}

/**
 * True when the tree of a parsed page (linkedom's `document`) has the shape
 * the HTML spec's tree construction gives: one `<html>` root, holding an
 * optional `<head>` (metadata elements only) then one `<body>`, with nothing
 * but comments, doctype and white space outside them. Looks at the top two
 * levels and the head's children only: constant work for any real page.
 *
 * Examples: `<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>`
 * → true; `<p>x</p>`, `<body><p>x</p></body>`, `<html><p>x</p></html>`,
 * `<html><body></body></html><p>after</p>` → false.
 */
export function hasSpecShape(document: DomNode): boolean {
  const top = elementChildren(document);
  if (!top || top.length !== 1 || top[0]!.nodeName.toUpperCase() !== 'HTML') return false;
  const parts = elementChildren(top[0]!);
  if (!parts) return false;
  const names = parts.map((p) => p.nodeName.toUpperCase());
  const ok = names.length === 2 ? names[0] === 'HEAD' && names[1] === 'BODY' : names.length === 1 && names[0] === 'BODY';
  if (!ok) return false;
  if (names.length === 1) return true;
  const head = elementChildren(parts[0]!);
  return head !== null && head.every((e) => HEAD_CONTENT.has(e.nodeName.toUpperCase()));
}

/**
 * `html` as the HTML spec's parser reads it (parse5), serialised again:
 * always `<html><head>…</head><body>…</body></html>` (after the doctype, if
 * any), with the implied elements made explicit and misplaced content moved
 * where a browser puts it. Linear in the length of `html`. A tree too deep
 * for parse5's recursive serialiser (a stack overflow, some thousands of
 * nested elements) is returned as `html` inside
 * `<html><head></head><body>…</body></html>` instead; other errors propagate.
 *
 * Example: `<head><title>T</title></head><p>Apple rose 5%.</p>` →
 * `<html><head><title>T</title></head><body><p>Apple rose 5%.</p></body></html>`.
 */
export function specDocument(html: string): string {
  const parse5 = loadParse5();
  const tree = parse5.parse(html);
  try {
    return parse5.serialize(tree);
  } catch (e) {
    // parse5's serialiser recurses once per level: a fragment nested a few thousand levels deep (3 000 <div>, found by
    // a new-user trial) overflows the stack. Such a page gets the implied elements written around it as it is, which
    // is what the spec builds for a fragment without head content.
    if (!(e instanceof RangeError)) throw e;
    return `<html><head></head><body>${html}</body></html>`;
  }
}
