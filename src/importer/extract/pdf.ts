/**
 * PDF → text lines with the page of each line (unpdf, i.e. pdf.js). Lines are rebuilt from the
 * positioned text items; a blank line marks a paragraph gap; running page headers and footers
 * (the same line at the same place on most pages) and page stamps ("Side 3", "Side 3 af 12",
 * "3 of 5", "- 3 -") are removed.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { AppError } from '../../errors.js';
import { collapseSpace, furnitureKey } from '../fold.js';

export interface PdfText {
  text: string;
  /** The 1-based page of each line of `text` (split on "\n"). */
  pages: number[];
  pageCount: number;
  /** The 1-based pages whose text layer holds nothing at all (a scanned page, or an empty one). */
  blankPages: number[];
}

/** A PDF whose pages carry no text at all (a scan): it needs OCR. A parse failure that says so. */
export class NoTextLayer extends AppError {
  constructor(readonly pageCount: number) {
    super(
      'parse_failed',
      'PDF-filen har intet tekstlag (er den scannet?); den skal gennem tekstgenkendelse (OCR) før import',
    );
  }
}

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/** A rebuilt line: its text, baseline and font size. */
interface PdfLine {
  text: string;
  y: number;
  fontSize: number;
  /** Vertical gap to the previous line on the page, in units of font size (0 for the first). */
  gapBefore: number;
}

/** How many lines at the top and bottom of a page can belong to a running header or footer. */
const MARGIN_LINES = 6;

const PAGE_STAMPS: RegExp[] = [
  /^(side|page|s\.)\s*\d{1,4}(\s*(af|of|\/|ud af)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(af|of)\s*\d{1,4}$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
];

/** A list bullet at the start of a line, including Symbol-font bullets in the private use area. */
const BULLET = /^[\u2022\u2023\u2043\u25aa\u25cf\u25e6\u25a0\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8]\s*/;

/** A bare number counts as a page stamp only as the very first or last line of a page. */
const BARE_NUMBER = /^\d{1,4}$/;

export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  let pagesItems: TextItem[][];
  try {
    // pdf.js takes ownership of the buffer it is given; keep the caller's bytes intact.
    // Damaged files make pdf.js warn on the console; the failure is reported once, as an AppError.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pagesItems = (await extractTextItems(pdf)).items;
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw new AppError('parse_failed', `PDF-filen kunne ikke læses (${(error as Error).message})`, { cause: error });
  }
  const pages = pagesItems.map(buildLines);
  if (pages.every((lines) => lines.every((line) => line.text.trim() === ''))) throw new NoTextLayer(pages.length);
  const blankPages = pages.flatMap((lines, index) =>
    lines.every((line) => line.text.trim() === '') ? [index + 1] : [],
  );
  const kept = removeRunningLines(pages);
  const outLines: string[] = [];
  const outPages: number[] = [];
  kept.forEach((lines, index) => {
    const page = index + 1;
    for (const line of lines) {
      if (line.gapBefore > 1.75 && outLines.length > 0 && outLines[outLines.length - 1] !== '') {
        outLines.push('');
        outPages.push(page);
      }
      outLines.push(line.text);
      outPages.push(page);
    }
  });
  while (outLines.length > 0 && outLines[outLines.length - 1] === '') {
    outLines.pop();
    outPages.pop();
  }
  return { text: outLines.join('\n'), pages: outPages, pageCount: pages.length, blankPages };
}

/** Groups a page's text items (in content order) into lines by baseline. */
function buildLines(items: TextItem[]): PdfLine[] {
  const lines: { parts: TextItem[]; y: number; fontSize: number }[] = [];
  let current: { parts: TextItem[]; y: number; fontSize: number } | null = null;
  let endOfLine = false;
  for (const item of items) {
    const size = item.fontSize > 0 ? item.fontSize : 10;
    const sameLine =
      current !== null && !endOfLine && Math.abs(item.y - current.y) <= Math.max(2, 0.45 * current.fontSize);
    if (item.str === '' && !sameLine) {
      // pdf.js marks line ends with empty items; they carry no text.
      endOfLine = endOfLine || item.hasEOL;
      continue;
    }
    if (!sameLine) {
      current = { parts: [], y: item.y, fontSize: size };
      lines.push(current);
    }
    current!.parts.push(item);
    current!.fontSize = Math.max(current!.fontSize, size);
    endOfLine = item.hasEOL;
  }
  const result: PdfLine[] = [];
  let previous: { y: number; fontSize: number } | null = null;
  for (const line of lines) {
    const text = joinParts(line.parts);
    if (text === '') continue;
    const gap = previous ? (previous.y - line.y) / Math.max(previous.fontSize, line.fontSize) : 0;
    result.push({ text, y: line.y, fontSize: line.fontSize, gapBefore: Math.max(gap, 0) });
    previous = line;
  }
  return result;
}

/** Joins the items of one line; a visible gap between two items becomes a space. */
function joinParts(parts: TextItem[]): string {
  let text = '';
  let end: number | null = null;
  for (const part of parts) {
    if (end !== null && part.str !== '' && !/\s$/.test(text) && !/^\s/.test(part.str)) {
      if (part.x - end > 0.2 * part.fontSize) text += ' ';
    }
    text += part.str;
    end = part.x + part.width;
  }
  return collapseSpace(text.replace(/[\u0000-\u0008\u000b-\u001f]/g, ''))
    .replace(BULLET, '- ')
    .replace(/[\ue000-\uf8ff]/g, '')
    .trim();
}

/**
 * "3/12" is a page stamp only where its number is this page's (give or take a cover page):
 * case numbers such as "26/279" look the same and often open a page.
 */
const SLASH_STAMP = /^(?<page>\d{1,4})\s*\/\s*(?<of>\d{1,4})$/;

function isPageStamp(lines: PdfLine[], index: number, pageNumber: number, pageCount: number): boolean {
  const text = lines[index].text.trim();
  if (PAGE_STAMPS.some((pattern) => pattern.test(text))) return true;
  const slash = SLASH_STAMP.exec(text);
  if (slash?.groups) {
    const page = Number(slash.groups.page);
    const of = Number(slash.groups.of);
    return Math.abs(page - pageNumber) <= 1 && of >= page && Math.abs(of - pageCount) <= 1;
  }
  return (index === 0 || index === lines.length - 1) && BARE_NUMBER.test(text);
}

/**
 * Drops running headers and footers: lines near the top or bottom of a page whose text (digits
 * aside) recurs at the same height on at least half the pages (and on two or more); and page
 * stamps in those margins.
 */
function removeRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const inMargin = (lines: PdfLine[], index: number) => index < MARGIN_LINES || index >= lines.length - MARGIN_LINES;
  const occurrences = new Map<string, { page: number; y: number }[]>();
  pages.forEach((lines, page) => {
    lines.forEach((line, index) => {
      if (!inMargin(lines, index)) return;
      const key = furnitureKey(line.text);
      const list = occurrences.get(key) ?? [];
      list.push({ page, y: line.y });
      occurrences.set(key, list);
    });
  });
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const isRunning = (line: PdfLine): boolean => {
    if (pages.length < 2) return false;
    const seen = occurrences.get(furnitureKey(line.text)) ?? [];
    const pagesAtSameHeight = new Set(seen.filter((o) => Math.abs(o.y - line.y) <= 2).map((o) => o.page));
    return pagesAtSameHeight.size >= threshold;
  };
  const signature = new Set<string>();
  for (const lines of pages) {
    lines.forEach((line, index) => {
      if (inMargin(lines, index) && isRunning(line)) signature.add(furnitureKey(line.text));
    });
  }
  return pages.map((lines, pageIndex) => {
    const drop = new Set<number>();
    lines.forEach((line, index) => {
      if (inMargin(lines, index) && (isPageStamp(lines, index, pageIndex + 1, pages.length) || isRunning(line)))
        drop.add(index);
    });
    // A page laid out differently (a signature page, a landscape table) still starts and ends with
    // the same header and footer lines: strip the runs of known ones, each at most once.
    // Header lines found at their usual height on this page are not looked for again.
    const found = new Set([...drop].map((index) => furnitureKey(lines[index].text)));
    const stripRun = (indexes: number[]) => {
      const used = new Set(found);
      for (const index of indexes) {
        if (drop.has(index)) continue;
        const key = furnitureKey(lines[index].text);
        if (signature.has(key) && !used.has(key)) {
          used.add(key);
          drop.add(index);
        } else if (isPageStamp(lines, index, pageIndex + 1, pages.length)) {
          drop.add(index);
        } else {
          break;
        }
      }
    };
    const all = lines.map((_, index) => index);
    stripRun(all.slice(0, MARGIN_LINES));
    stripRun(all.slice(-MARGIN_LINES).reverse());
    const kept = lines.filter((_, index) => !drop.has(index));
    // Gaps are measured against the line before; recompute them where a line was dropped.
    return kept.map((line, index) => {
      if (index === 0) return { ...line, gapBefore: 0 };
      const before = kept[index - 1];
      const gap = (before.y - line.y) / Math.max(before.fontSize, line.fontSize);
      return { ...line, gapBefore: Math.max(gap, 0) };
    });
  });
}
