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

/** One element of a {@link QueryDocument}: the few DOM members the readers use. */
export interface QueryElement {
  /** Attribute value, or null when absent (names are lower case). */
  getAttribute(name: string): string | null;
  /** Concatenated text of the element and its descendants (script and style text included, as in the DOM). */
  readonly textContent: string;
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
function textOf(root: TreeNode): string {
  const out: string[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'cdata') out.push(node.data ?? '');
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
  const all = (selector: string) => $(selector).toArray().map((n) => wrap($, n as Node));
  return {
    querySelectorAll: all,
    querySelector: (selector) => {
      const first = $(selector)[0];
      return first ? wrap($, first as Node) : null;
    },
    get documentElement() {
      const root = $('html')[0];
      return root ? wrap($, root as Node) : null;
    },
  };
}
