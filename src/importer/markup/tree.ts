/**
 * Markup as plain data: the tree that the extraction stage builds from HTML (extract/html.ts is
 * the only user of the HTML library), so that readers can walk a web page or an HTML field
 * without a library and without parsing. Elements keep their tag as printed and their attributes
 * (names in lower case, values decoded); text nodes hold decoded text. Pure.
 */

export interface MarkupText {
  type: 'text';
  text: string;
}

export interface MarkupElement {
  type: 'element';
  /** The tag as printed ("" for the root of a parsed document or fragment). */
  tag: string;
  attributes: Readonly<Record<string, string>>;
  children: MarkupNode[];
}

export type MarkupNode = MarkupText | MarkupElement;

/** A fragment of plain text (no "<" or "&"): what parsing it would give, without parsing. */
export function textFragment(text: string): MarkupElement {
  return { type: 'element', tag: '', attributes: {}, children: text === '' ? [] : [{ type: 'text', text }] };
}

export function isElement(node: MarkupNode): node is MarkupElement {
  return node.type === 'element';
}

/** The tag in lower case, as selectors and renderers compare it. */
export function tagOf(element: MarkupElement): string {
  return element.tag.toLowerCase();
}

export function attributeOf(element: MarkupElement, name: string): string | undefined {
  return element.attributes[name.toLowerCase()];
}

export function childElements(element: MarkupElement): MarkupElement[] {
  return element.children.filter(isElement);
}

/** All the text inside a node, as the page holds it: line breaks ("<br>") as "\n", nothing folded. */
export function textContent(node: MarkupNode): string {
  if (node.type === 'text') return node.text;
  if (/^br$/i.test(node.tag)) return '\n';
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}

const STRUCTURE_BLOCKS = new Set(
  [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'hgroup',
    'details',
    'dialog',
    'dd',
    'div',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'table',
    'td',
    'tr',
    'address',
    'article',
    'aside',
    'blockquote',
    'br',
    'hr',
    'li',
    'main',
    'nav',
    'ol',
    'p',
    'pre',
    'section',
    'ul',
  ].flatMap((tag) => [tag, tag.toUpperCase()]),
);

/** Trims a text, keeping one space where it had spaces (not line breaks) at either end. */
function trimKeepingSpace(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return text.length > 0 && /[^\S\r\n]/.test(text[0]) ? ' ' : '';
  let end = text.length - 1;
  while (end > start && /\s/.test(text[end])) end--;
  const leading = start > 0 && /[^\S\r\n]/.test(text[start - 1]) ? ' ' : '';
  const trailing = end < text.length - 1 && /[^\S\r\n]/.test(text[end + 1]) ? ' ' : '';
  return leading + text.slice(start, end + 1) + trailing;
}

/** The text of a node with one line per block element (a cell's names, one per paragraph or line). */
export function structuredText(node: MarkupElement): string {
  let current: string[] & { space?: boolean } = [];
  const blocks: string[][] = [current];
  const startBlock = (): void => {
    if (current.length === 0) return;
    current = [];
    blocks.push(current);
  };
  const visit = (child: MarkupNode): void => {
    if (child.type === 'text') {
      if (/^\s*$/.test(child.text)) {
        if (current.length > 0) current.space = true;
        return;
      }
      let text = trimKeepingSpace(child.text);
      if (current.space) {
        text = ` ${text}`;
        current.space = false;
      }
      current.push(text);
      return;
    }
    const isBlock = STRUCTURE_BLOCKS.has(child.tag);
    if (isBlock) startBlock();
    child.children.forEach(visit);
    if (isBlock) startBlock();
  };
  visit(node);
  return blocks
    .map((block) =>
      block
        .join('')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .join('\n')
    .replace(/\s+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Selectors: the small part of CSS the readers use — tags, ".class", "#id", compounds of these
// ("tr.punktrow"), descendants ("td .label") and lists ("td, th").

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}

type Selector = Compound[];

const COMPOUND_PART = /([.#]?)([\w-]+)/g;

function parseCompound(text: string): Compound {
  const compound: Compound = { tag: null, id: null, classes: [] };
  for (const [, mark, name] of text.matchAll(COMPOUND_PART)) {
    if (mark === '.') compound.classes.push(name);
    else if (mark === '#') compound.id = name;
    else compound.tag = name.toLowerCase();
  }
  return compound;
}

function parseSelectors(selector: string): Selector[] {
  return selector
    .split(',')
    .map((part) => part.trim().split(/\s+/).filter(Boolean).map(parseCompound))
    .filter((chain) => chain.length > 0);
}

function matchesCompound(element: MarkupElement, compound: Compound): boolean {
  if (compound.tag !== null && tagOf(element) !== compound.tag) return false;
  if (compound.id !== null && attributeOf(element, 'id') !== compound.id) return false;
  if (compound.classes.length === 0) return true;
  const classes = (attributeOf(element, 'class') ?? '').split(/\s+/);
  return compound.classes.every((name) => classes.includes(name));
}

/** Does the element, below these ancestors (nearest last), match the chain? */
function matchesChain(element: MarkupElement, ancestors: readonly MarkupElement[], chain: Selector): boolean {
  if (!matchesCompound(element, chain[chain.length - 1])) return false;
  let at = ancestors.length - 1;
  for (let k = chain.length - 2; k >= 0; k--) {
    while (at >= 0 && !matchesCompound(ancestors[at], chain[k])) at--;
    if (at < 0) return false;
    at--;
  }
  return true;
}

/** The elements below `root` (not `root` itself) that match the selector, in document order. */
export function selectAll(root: MarkupElement, selector: string, first = false): MarkupElement[] {
  const chains = parseSelectors(selector);
  const found: MarkupElement[] = [];
  const ancestors: MarkupElement[] = [root];
  const visit = (element: MarkupElement): boolean => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (chains.some((chain) => matchesChain(child, ancestors, chain))) {
        found.push(child);
        if (first) return true;
      }
      ancestors.push(child);
      const done = visit(child);
      ancestors.pop();
      if (done) return true;
    }
    return false;
  };
  visit(root);
  return found;
}

/** The first element below `root` that matches the selector, or null. */
export function select(root: MarkupElement, selector: string): MarkupElement | null {
  return selectAll(root, selector, true)[0] ?? null;
}
