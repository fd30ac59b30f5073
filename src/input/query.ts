/**
 * A read-only query view of an HTML page, over cheerio.
 *
 * Two readers look at a page: Mozilla Readability, which needs a mutable
 * W3C DOM (linkedom's) and rewrites it while it works, and the metadata and
 * lead readers ({@link readMetadata}, `findLead`), which only run CSS
 * selectors and read attributes and text. The latter query a cheerio tree
 * (htmlparser2 parser, `cheerio/slim`: the same tokenizer linkedom uses, so
 * both readers see the same elements), which Readability never touches, so
 * metadata does not depend on the order of the two readers.
 *
 * cheerio is loaded on the first HTML page only (plain-text runs never pay
 * for it).
 *
 * @module
 */
import type { CheerioAPI } from 'cheerio/slim';
import { lazyModule } from '../lazy.js';

const loadCheerio = lazyModule<typeof import('cheerio/slim')>('cheerio/slim');
const loadCssSelect = lazyModule<typeof import('css-select')>('css-select');

/** One element of a {@link QueryDocument}: the few DOM members the readers use. */
export interface QueryElement {
  /** Attribute value, or null when absent (names are lower case). */
  getAttribute(name: string): string | null;
  /** Concatenated text of the element and its descendants (script and style text included, as in the DOM). */
  readonly textContent: string;
  /**
   * The start of {@link textContent}: the walk stops once `max` UTF-16 code units are collected, so a caller that
   * skips long texts does not pay for a whole deep subtree. The result may be longer than `max` by one text node.
   */
  textUpTo(max: number): string;
  /** Tag name in upper case ("META", "TIME"), as the DOM gives it for HTML. */
  readonly tagName: string;
  /** The element itself or its nearest ancestor matching `selector`, else null. */
  closest(selector: string): QueryElement | null;
}

/** A parsed page that answers CSS selectors (`[attr*="x" i]` included). */
export interface QueryDocument {
  querySelectorAll(selector: string): QueryElement[];
  querySelector(selector: string): QueryElement | null;
  /** The `<html>` element, or null when the page has none. */
  readonly documentElement: QueryElement | null;
}

type Node = Parameters<CheerioAPI>[0];

/** The node fields of domhandler (cheerio's tree) that {@link textOf} reads. */
interface TreeNode { type?: string; data?: string; children?: TreeNode[] }

/**
 * Text of a subtree, by an iterative walk (an explicit stack), so that
 * 10 000 nested elements cannot overflow the call stack (domutils'
 * `textContent`, behind cheerio's `.text()`, recurses). Linear in the number
 * of nodes; comments are skipped, script/style text is kept (as the DOM's
 * `textContent`).
 */
function textOf(root: TreeNode, max = Infinity): string {
  const out: string[] = [];
  const stack: TreeNode[] = [root];
  let length = 0;
  while (stack.length && length <= max) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'cdata') { out.push(node.data ?? ''); length += (node.data ?? '').length; }
    const kids = node.children;
    if (kids && node.type !== 'comment') for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join('');
}

function wrap($: CheerioAPI, node: Node): QueryElement {
  const el = node as unknown as { attribs?: Record<string, string>; tagName?: string };
  return {
    getAttribute: (name) => el.attribs?.[name.toLowerCase()] ?? null,
    get textContent() {
      return textOf(node as unknown as TreeNode);
    },
    textUpTo: (max) => textOf(node as unknown as TreeNode, max),
    tagName: (el.tagName ?? '').toUpperCase(),
    closest(selector) {
      const found = $(node).closest(selector)[0];
      return found ? wrap($, found as Node) : null;
    },
  };
}

/**
 * Parses `html` with cheerio (htmlparser2) into a {@link QueryDocument}.
 * Never throws on malformed HTML (the parser is forgiving); an empty string
 * gives a document whose queries find nothing.
 */
export function queryDocument(html: string): QueryDocument {
  const $ = loadCheerio().load(html);
  const root = $.root()[0] as unknown as TreeNode;
  const all = (selector: string, limit = Infinity) => selectIn(root, selector, limit).map((n) => wrap($, n as unknown as Node));
  return {
    querySelectorAll: (selector) => all(selector),
    querySelector: (selector) => all(selector, 1)[0] ?? null,
    get documentElement() {
      const html = (root.children ?? []).find((n) => (n as { name?: string }).name === 'html');
      return html ? wrap($, html as unknown as Node) : null;
    },
  };
}

/** Compiled selectors by source: the readers' selectors are a fixed handful, compiled once per process. */
const COMPILED = new Map<string, (el: TreeNode) => boolean>();

/**
 * The elements under `root` that match `selector`, in document order, at most `limit`: css-select's compiled test
 * (the selector engine behind cheerio) applied along one iterative walk with a push/pop stack, linear in the number
 * of nodes. cheerio's own `$(selector)` walks with domutils' `find`, which moves its stacks with `unshift`/`shift`
 * (O(depth) per node): quadratic on a page of 100 000 unclosed `<b><i>` (a new-user trial waited 15 minutes).
 * @throws Error from css-select for an invalid selector (the readers' selectors are constants).
 */
function selectIn(root: TreeNode, selector: string, limit: number): TreeNode[] {
  let test = COMPILED.get(selector);
  if (!test) COMPILED.set(selector, (test = loadCssSelect().compile(selector) as unknown as (el: TreeNode) => boolean));
  const out: TreeNode[] = [];
  const stack: TreeNode[] = [];
  const top = root.children ?? [];
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    const type = node.type;
    if (type !== 'tag' && type !== 'script' && type !== 'style') continue;
    if (test(node)) out.push(node);
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
