/**
 * HTML → text. The one place that parses HTML: web pages (First Agenda's publication site),
 * the HTML fields of First Agenda's JSON and mammoth's rendering of a DOCX all pass through here.
 *
 * The DOM is flattened into blocks — headings and paragraphs (a list or a table is one block) —
 * which `htmlToText` joins into lines and `html-to-markdown.ts` turns into sections.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export type { HTMLElement } from 'node-html-parser';

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

/** Parses HTML leniently (never throws on bad markup). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, lowerCaseTagName: false, parseNoneClosedTags: true });
}

function tagOf(element: HTMLElement): string {
  return (element.rawTagName ?? '').toLowerCase();
}

function isHidden(element: HTMLElement): boolean {
  if (element.getAttribute('hidden') !== undefined) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== undefined && /display\s*:\s*none/i.test(style);
}

/** Folds whitespace the way a browser does; tabs survive when asked. Non-breaking spaces too. */
function foldSpace(text: string, keepTabs: boolean): string {
  return keepTabs ? text.replace(/[ \n\r\f\v\u00a0\u200b]+/g, ' ') : text.replace(/[\s\u00a0\u200b]+/g, ' ');
}

/** Trims every line and drops empty lines at both ends; inner empty lines collapse to one. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ {2,}/g, ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

class BlockWriter {
  readonly blocks: HtmlBlock[] = [];
  private inline = '';

  constructor(private readonly options: BlockOptions) {}

  text(value: string): void {
    this.inline += foldSpace(value, this.options.keepTabs === true);
  }

  lineBreak(): void {
    this.inline += '\n';
  }

  flush(): void {
    const text = tidy(this.inline);
    this.inline = '';
    if (text !== '') this.blocks.push({ type: 'paragraph', text });
  }

  push(block: HtmlBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  walk(node: Node): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      this.text(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = tagOf(element);
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (tag === 'br') {
      this.lineBreak();
      return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      // An empty heading is kept: layouts print one to start a block without a title.
      const text = inlineText(element, this.options)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      this.push({ type: 'heading', level: Number(heading[1]), text });
      return;
    }
    if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      const text = renderList(element, this.options, 0);
      if (text !== '') this.push({ type: 'paragraph', text });
      else this.flush();
      return;
    }
    if (tag === 'table' && !(this.options.plainTables && isLayoutTable(element, this.options))) {
      const text = renderTable(element, this.options);
      if (text !== '') this.push({ type: 'paragraph', text });
      else this.flush();
      return;
    }
    if (tag === 'a' && this.options.links) {
      const label = inlineText(element, this.options).replace(/\s+/g, ' ').trim();
      const href = (element.getAttribute('href') ?? '').trim();
      if (label === '') return;
      this.inline += /^(https?:|mailto:|\/)/i.test(href) && href !== label ? `[${label}](${href})` : label;
      return;
    }
    const isBlock = BLOCK.has(tag) || tag === 'li' || tag === 'td' || tag === 'th';
    if (isBlock) this.flush();
    for (const child of element.childNodes) this.walk(child);
    if (isBlock) this.flush();
  }
}

/** The text of an element as one paragraph (line breaks kept). */
function inlineText(element: HTMLElement, options: BlockOptions): string {
  const writer = new BlockWriter({ ...options });
  for (const child of element.childNodes) writer.walk(child);
  writer.flush();
  return writer.blocks
    .map((b) => b.text)
    .filter((text) => text !== '')
    .join('\n');
}

function childElements(element: HTMLElement): HTMLElement[] {
  return element.childNodes.filter((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE);
}

function renderList(list: HTMLElement, options: BlockOptions, depth: number): string {
  const ordered = tagOf(list) === 'ol';
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  let index = Number(list.getAttribute('start') ?? '1') || 1;
  for (const item of childElements(list)) {
    const tag = tagOf(item);
    if (tag === 'ul' || tag === 'ol') {
      const nested = renderList(item, options, depth + 1);
      if (nested) lines.push(nested);
      continue;
    }
    if (tag !== 'li' || isHidden(item)) continue;
    const marker = ordered ? `${index++}. ` : '- ';
    // The item's own text; nested lists are rendered one level deeper after it.
    const writer = new BlockWriter(options);
    const nestedLists: string[] = [];
    for (const child of item.childNodes) {
      const childTag = child.nodeType === NodeType.ELEMENT_NODE ? tagOf(child as HTMLElement) : '';
      if (childTag === 'ul' || childTag === 'ol') {
        const nested = renderList(child as HTMLElement, options, depth + 1);
        if (nested) nestedLists.push(nested);
      } else {
        writer.walk(child);
      }
    }
    writer.flush();
    const own = writer.blocks
      .map((block) => block.text.replace(/\s*\n\s*/g, ' '))
      .join(' ')
      .trim();
    if (own === '' && nestedLists.length === 0) continue;
    if (own !== '') lines.push(`${indent}${marker}${own}`);
    lines.push(...nestedLists);
  }
  return lines.join('\n');
}

/** A table used for layout: some cell holds more than one block (a web page's item rows). */
function isLayoutTable(table: HTMLElement, options: BlockOptions): boolean {
  return table.querySelectorAll('td, th').some((cell) => htmlBlocks(cell, options).filter((b) => b.text).length > 1);
}

function renderTable(table: HTMLElement, options: BlockOptions): string {
  const rows: string[][] = [];
  const collectRows = (element: HTMLElement): void => {
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
        collectRows(child);
      }
    }
  };
  collectRows(table);
  if (rows.length === 0) return '';
  if (options.plainTables) return rows.map((cells) => cells.join('\t').replace(/\t+$/, '')).join('\n');
  const width = Math.max(...rows.map((cells) => cells.length));
  if (width === 1) return rows.map((cells) => cells[0]).join('\n');
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const out = [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
  return out.join('\n');
}

/** The blocks of an HTML fragment or element, in document order. */
export function htmlBlocks(input: string | HTMLElement, options: BlockOptions = {}): HtmlBlock[] {
  const root = typeof input === 'string' ? parseHtml(input) : input;
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
export function htmlToText(html: string, options: Pick<BlockOptions, 'keepTabs'> = {}): string {
  const root = parseHtml(html);
  const body = root.querySelector('body') ?? root;
  return htmlBlocks(body, { ...options, plainTables: true, links: false })
    .map((block) => block.text)
    .filter((text) => text !== '')
    .join('\n\n');
}
