/**
 * DOM → text with paragraph boundaries: every block element (p, div, li,
 * h1–h6, blockquote, table row…) becomes its own paragraph, separated from
 * the next by a blank line; `<br>` is a line break; inline elements
 * (a, em, span…) are joined without adding spaces, as a browser renders
 * them. So "<p>Pentagone</p><p>OpenAI</p>" gives "Pentagone\n\nOpenAI",
 * never "PentagoneOpenAI".
 *
 * The walk is iterative (an explicit stack), so 10 000 nested elements
 * cannot overflow the call stack; time is linear in the number of nodes.
 *
 * @module
 */

/** The minimal DOM node shape we read (linkedom and browser DOMs both fit). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never text of the article. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'HEAD', 'INPUT', 'VIDEO', 'AUDIO', 'MAP', 'DATALIST', 'OPTION',
]);

/** Table cells: separated by a space. */
const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

const SPACE = 1;
const LINE = 2;
const PARA = 3;

/**
 * Text of `root` as paragraphs separated by blank lines (see module comment).
 * Whitespace inside a paragraph is collapsed to single spaces; lines are trimmed.
 * @param skip optional predicate: elements for which it returns true are left out with their content.
 */
export function blockText(root: DomNode, skip?: (el: DomNode) => boolean): string {
  const out: string[] = [];
  let line = '';
  let pending = 0; // strongest break seen since the last text
  let started = false;
  const flush = () => {
    const t = line.trim();
    line = '';
    return t;
  };
  const paragraphs: string[] = [];
  let current: string[] = [];
  const endLine = () => {
    const t = flush();
    if (t) current.push(t);
  };
  const endPara = () => {
    endLine();
    if (current.length) paragraphs.push(current.join('\n'));
    current = [];
  };
  const emitText = (raw: string) => {
    const t = raw.replace(/[\s\u00a0]+/g, ' '); // "a \n\t b" → "a b"
    if (!t) return;
    if (t === ' ') {
      if (line && !line.endsWith(' ')) line += ' ';
      return;
    }
    if (pending === PARA && started) endPara();
    else if (pending === LINE && started) endLine();
    else if (pending === SPACE && line && !line.endsWith(' ')) line += ' ';
    pending = 0;
    started = true;
    line += t;
  };
  // Stack entries: a node to enter, or a marker (number) for the break after a closing element.
  const stack: Array<DomNode | number> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      if (item > pending) pending = item;
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      emitText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(name)) continue;
    if (node.nodeType === 1 && skip && node !== root && skip(node)) continue;
    if (name === 'BR') {
      if (pending < LINE) pending = LINE;
      continue;
    }
    const level = BLOCK_TAGS.has(name) ? PARA : CELL_TAGS.has(name) ? SPACE : 0;
    if (level > pending) pending = level;
    if (level) stack.push(level);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  endPara();
  out.push(...paragraphs);
  return out.join('\n\n');
}
