/**
 * Markup → blocks of text: headings and paragraphs (a list or a table is one block), the way a
 * reader sees a web page or an HTML field. `markupText` joins them into the lines of an HTML
 * source; markup/chunks.ts cuts them into heading-led Markdown sections. Pure.
 */
import { collapseSpace, foldHtmlSpace } from '../fold.js';
import { attributeOf, childElements, type MarkupElement, type MarkupNode, selectAll, tagOf } from './tree.js';

export type HtmlBlock = { type: 'heading'; level: number; text: string } | { type: 'paragraph'; text: string };

export interface BlockOptions {
  /** Links as `[text](url)` (Markdown) rather than their text. */
  links?: boolean;
  /** Keep tab characters (DOCX tab stops) instead of folding them into spaces. */
  keepTabs?: boolean;
  /** Table cells joined by a tab on one line per row (text), rather than a Markdown table. */
  plainTables?: boolean;
}

/** Elements whose content is never text a reader wants. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'select',
  'textarea',
  'input',
  'img',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'html',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'caption',
  'legend',
]);

const HEADING = /^h([1-6])$/;

function isHidden(element: MarkupElement): boolean {
  if (attributeOf(element, 'hidden') !== undefined) return true;
  if (attributeOf(element, 'aria-hidden') === 'true') return true;
  const style = attributeOf(element, 'style');
  return style !== undefined && /display\s*:\s*none/i.test(style);
}

/** A line without spaces and tabs at either end, inner runs of spaces as one. */
function tidyLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
  while (end > start && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  const trimmed = start > 0 || end < line.length ? line.slice(start, end) : line;
  return trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed;
}

/** Trims every line and drops empty lines at both ends; inner empty lines collapse to one. */
function tidy(text: string): string {
  // Most paragraphs are one line: the line rules are all there is to do.
  if (!text.includes('\n')) return tidyLine(text);
  return text
    .split('\n')
    .map(tidyLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

class BlockWriter {
  readonly blocks: HtmlBlock[] = [];
  private inline = '';

  constructor(private readonly options: BlockOptions) {}

  flush(): void {
    const text = tidy(this.inline);
    this.inline = '';
    if (text !== '') this.blocks.push({ type: 'paragraph', text });
  }

  private push(block: HtmlBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  private pushParagraph(text: string): void {
    if (text !== '') this.push({ type: 'paragraph', text });
    else this.flush();
  }

  walk(node: MarkupNode): void {
    if (node.type === 'text') {
      this.inline += foldHtmlSpace(node.text, this.options.keepTabs === true);
      return;
    }
    const tag = tagOf(node);
    if (SKIPPED.has(tag) || isHidden(node)) return;
    if (tag === 'br') {
      this.inline += '\n';
      return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      // An empty heading is kept: layouts print one to start a block without a title.
      const text = inlineText(node, this.options)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      this.push({ type: 'heading', level: Number(heading[1]), text });
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      this.pushParagraph(renderList(node, this.options, 0));
    } else if (tag === 'table' && !(this.options.plainTables && isLayoutTable(node, this.options))) {
      this.pushParagraph(renderTable(node, this.options));
    } else if (tag === 'a' && this.options.links) {
      const label = collapseSpace(inlineText(node, this.options));
      const href = (attributeOf(node, 'href') ?? '').trim();
      if (label === '') return;
      this.inline += /^(https?:|mailto:|\/)/i.test(href) && href !== label ? `[${label}](${href})` : label;
    } else {
      const isBlock = BLOCK.has(tag) || tag === 'li' || tag === 'td' || tag === 'th';
      if (isBlock) this.flush();
      for (const child of node.children) this.walk(child);
      if (isBlock) this.flush();
    }
  }
}

/** The text of an element as one paragraph (line breaks kept). */
function inlineText(element: MarkupElement, options: BlockOptions): string {
  const writer = new BlockWriter({ ...options });
  for (const child of element.children) writer.walk(child);
  writer.flush();
  return writer.blocks
    .map((b) => b.text)
    .filter((text) => text !== '')
    .join('\n');
}

/** One list item: its own text on one line, then its nested lists one level deeper. */
function renderListItem(item: MarkupElement, options: BlockOptions, depth: number): { own: string; nested: string[] } {
  const writer = new BlockWriter(options);
  const nested: string[] = [];
  for (const child of item.children) {
    const childTag = child.type === 'element' ? tagOf(child) : '';
    if (child.type === 'element' && (childTag === 'ul' || childTag === 'ol')) {
      const list = renderList(child, options, depth + 1);
      if (list) nested.push(list);
    } else {
      writer.walk(child);
    }
  }
  writer.flush();
  const own = writer.blocks
    .map((block) => block.text.replace(/\s*\n\s*/g, ' '))
    .join(' ')
    .trim();
  return { own, nested };
}

function renderList(list: MarkupElement, options: BlockOptions, depth: number): string {
  const ordered = tagOf(list) === 'ol';
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  let index = Number(attributeOf(list, 'start') ?? '1') || 1;
  for (const item of childElements(list)) {
    const tag = tagOf(item);
    if (tag === 'ul' || tag === 'ol') {
      const nested = renderList(item, options, depth + 1);
      if (nested) lines.push(nested);
      continue;
    }
    if (tag !== 'li' || isHidden(item)) continue;
    const marker = ordered ? `${index++}. ` : '- ';
    const { own, nested } = renderListItem(item, options, depth);
    if (own === '' && nested.length === 0) continue;
    if (own !== '') lines.push(`${indent}${marker}${own}`);
    lines.push(...nested);
  }
  return lines.join('\n');
}

/** A table used for layout: some cell holds more than one block (a web page's item rows). */
function isLayoutTable(table: MarkupElement, options: BlockOptions): boolean {
  return selectAll(table, 'td, th').some((cell) => markupBlocks(cell, options).filter((b) => b.text).length > 1);
}

function tableRows(table: MarkupElement, options: BlockOptions): string[][] {
  const rows: string[][] = [];
  const collect = (element: MarkupElement): void => {
    for (const child of childElements(element)) {
      const tag = tagOf(child);
      if (tag === 'tr') {
        if (isHidden(child)) continue;
        const cells = childElements(child)
          .filter((cell) => ['td', 'th'].includes(tagOf(cell)) && !isHidden(cell))
          .map((cell) =>
            inlineText(cell, options)
              .replace(/\s*\n\s*/g, ' ')
              .trim(),
          );
        if (cells.some((cell) => cell !== '')) rows.push(cells);
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
        collect(child);
      }
    }
  };
  collect(table);
  return rows;
}

function renderTable(table: MarkupElement, options: BlockOptions): string {
  const rows = tableRows(table, options);
  if (rows.length === 0) return '';
  if (options.plainTables) return rows.map((cells) => cells.join('\t').replace(/\t+$/, '')).join('\n');
  const width = Math.max(...rows.map((cells) => cells.length));
  if (width === 1) return rows.map((cells) => cells[0]).join('\n');
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const out = [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
  return out.join('\n');
}

/** The blocks of a markup tree or element, in document order. */
export function markupBlocks(root: MarkupElement, options: BlockOptions = {}): HtmlBlock[] {
  const writer = new BlockWriter(options);
  writer.walk(root);
  writer.flush();
  return writer.blocks;
}

/**
 * A web page (or fragment) as text: one block per line group, blocks separated by a blank line,
 * list items as "- ", table rows as tab-separated cells. Scripts, styles and hidden elements
 * are left out; of a whole page only the body is read.
 */
export function markupText(root: MarkupElement, options: Pick<BlockOptions, 'keepTabs'> = {}): string {
  const body = selectAll(root, 'body', true)[0] ?? root;
  return markupBlocks(body, { ...options, plainTables: true, links: false })
    .map((block) => block.text)
    .filter((text) => text !== '')
    .join('\n\n');
}
