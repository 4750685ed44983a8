/**
 * The PDF's text: Markdown-ish text — paragraphs separated by blank lines, "- " lists (nested by
 * two spaces), **bold**, [links](https://…) and <https://…>, tab-separated tables — as pdfmake
 * content.
 */
import { COLOURS, type Content } from './content.js';

const INLINE = /\*\*(?<bold>[^*\n]+)\*\*|\[(?<label>[^\]\n]+)\]\((?<href>[^)\s]+)\)|<(?<url>https?:\/\/[^>\s]+)>/g;

function inlines(raw: string): Content[] {
  // Roboto has no tab glyph: tab-separated cells are spaced out instead.
  const text = raw.replace(/\t/g, '    ');
  const parts: Content[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {};
    if (match.index > at) parts.push(text.slice(at, match.index));
    if (groups.bold) parts.push({ text: groups.bold, bold: true });
    else if (groups.label) parts.push({ text: groups.label, link: groups.href, decoration: 'underline' });
    else if (groups.url) parts.push({ text: groups.url, link: groups.url, decoration: 'underline' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

const LIST_LINE = /^(?<indent>\s*)[-*•]\s+(?<text>.*)$/;

interface ListEntry {
  text: string;
  children: ListEntry[];
}

function listContent(entries: ListEntry[], nested = false): Content {
  return {
    ul: entries.map((entry) =>
      entry.children.length > 0
        ? { stack: [{ text: inlines(entry.text) }, listContent(entry.children, true)] }
        : { text: inlines(entry.text) },
    ),
    margin: nested ? [0, 0, 0, 0] : [0, 0, 0, 6],
  };
}

/** Tab-separated lines (a table as the PDF text gave it: absentees, a time schedule) as a table. */
function tableContent(rows: string[][]): Content {
  const columns = Math.max(...rows.map((row) => row.length));
  return {
    table: {
      widths: Array.from({ length: columns }, (_, i) => (i === columns - 1 ? '*' : 'auto')),
      body: rows.map((row) => Array.from({ length: columns }, (_, i) => ({ text: inlines(row[i] ?? '') }))),
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === node.table.body.length ? 0 : 0.3,
      vLineWidth: () => 0,
      hLineColor: () => COLOURS.rule,
      paddingLeft: (i: number) => (i === 0 ? 0 : 6),
    },
    margin: [0, 0, 0, 6],
  };
}

/** Markdown-ish text → paragraphs, lists and (tab-separated) tables. */
export function markdownContent(text: string): Content[] {
  const blocks: Content[] = [];
  let paragraph: string[] = [];
  let list: ListEntry[] = [];
  let rows: string[][] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ text: inlines(paragraph.join('\n')), style: 'paragraph' });
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) blocks.push(listContent(list));
    list = [];
  };
  const flushRows = () => {
    if (rows.length > 0) blocks.push(tableContent(rows));
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      flushRows();
      continue;
    }
    const entry = LIST_LINE.exec(line);
    if (entry?.groups) {
      flushParagraph();
      flushRows();
      const nested = entry.groups.indent.length >= 2 && list.length > 0;
      (nested ? list[list.length - 1].children : list).push({ text: entry.groups.text, children: [] });
      continue;
    }
    flushList();
    if (line.includes('\t')) {
      flushParagraph();
      rows.push(line.trim().split(/\t+/));
      continue;
    }
    flushRows();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  flushRows();
  return blocks;
}
