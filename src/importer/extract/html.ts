/**
 * HTML → markup tree (plain data, importer/markup/tree.ts). The one place that parses HTML: web
 * pages (First Agenda's publication site), the HTML fields of First Agenda's JSON and mammoth's
 * rendering of a DOCX all pass through here; readers get the tree, never the library. The tree is
 * node-html-parser's, built by a port of its parser (markup-parser.ts) that skips the library's DOM.
 */
import { markupText } from '../markup/blocks.js';
import type { MarkupElement } from '../markup/tree.js';
import { parseMarkupTree } from './markup-parser.js';

/** Parses HTML leniently (never throws on bad markup) into a markup tree. */
export function parseMarkup(html: string): MarkupElement {
  return parseMarkupTree(html);
}

/**
 * Every string in a JSON payload that holds markup, parsed (the HTML fields of First Agenda's
 * JSON); strings without "<" or "&" are left to the readers as plain text.
 */
export function markupOfJson(json: unknown): Map<string, MarkupElement> {
  const found = new Map<string, MarkupElement>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if ((value.includes('<') || value.includes('&')) && !found.has(value)) found.set(value, parseMarkup(value));
    } else if (Array.isArray(value)) {
      for (const entry of value) visit(entry);
    } else if (typeof value === 'object' && value !== null) {
      for (const entry of Object.values(value)) visit(entry);
    }
  };
  visit(json);
  return found;
}

/** A web page (or fragment) as text lines; see markupText. */
export function htmlToText(html: string, options: { keepTabs?: boolean } = {}): string {
  return markupText(parseMarkup(html), options);
}
