/**
 * The line model of extracted text: every line keeps its place in the source (for provenance and
 * error messages) and its page, and lines that are page furniture (page stamps, running headers
 * and footers) are marked as noise instead of removed, so positions never shift. Pure; linear.
 */
import { furnitureKey } from './fold.js';
import type { Source } from './source.js';

export interface Line {
  /** 0-based position in `source.lines`; the 1-based line number is `index + 1`. */
  index: number;
  /** The text with control characters made spaces and trailing whitespace removed (tabs inside are kept). */
  text: string;
  /** `text` without leading whitespace. */
  trimmed: string;
  /** 1-based page for paged sources, else null. */
  page: number | null;
  /** Page furniture: a page stamp, a running header or footer. Readers treat it as a blank line. */
  noise: boolean;
}

// Everything below U+0020 except tab, plus DEL and the C1 controls; form feeds (page breaks) included.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;
// Soft hyphens and byte-order marks are invisible: they go without a trace.
const INVISIBLE = /[\u00AD\uFEFF\u200B]/g;
const ODD = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u00AD\uFEFF\u200B]/;

/** Lines of a source, with page stamps and repeated page headers/footers marked as noise. */
export function toLines(source: Pick<Source, 'lines' | 'pages'>): Line[] {
  const lines: Line[] = new Array(source.lines.length);
  for (let index = 0; index < source.lines.length; index++) {
    const raw = source.lines[index] ?? '';
    const text = (ODD.test(raw) ? raw.replace(INVISIBLE, '').replace(CONTROL, ' ') : raw).trimEnd();
    lines[index] = {
      index,
      text,
      trimmed: text.trimStart(),
      page: source.pages?.[index] ?? null,
      noise: false,
    };
  }
  markPageStamps(lines);
  if (source.pages) markRunningHeaders(lines);
  return lines;
}

/** Blank or noise: a line that carries no content. */
export function isBlank(line: Line | undefined): boolean {
  return !line || line.noise || line.trimmed === '';
}

const PAGE_STAMP =
  /^(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$|^\d{1,4}\s+af\s+\d{1,4}$|^[-–]\s*\d{1,4}\s*[-–]$/i;
// "3/12" and a bare "3" are page stamps only where a page starts or ends (or, for the bare
// number, between blank lines): elsewhere they may be content, and "26/279" is a case number.
const SLASH_STAMP = /^\d{1,3}\s*\/\s*\d{1,3}$/;
const BARE_NUMBER = /^\d{1,3}$/;

/** "Side 3 af 12", "3 af 12", "- 3 -": a page stamp wherever it stands. */
export function isPageStamp(text: string): boolean {
  return text.length <= 24 && PAGE_STAMP.test(text);
}

function markPageStamps(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trimmed === '' || line.trimmed.length > 24) continue;
    if (isPageStamp(line.trimmed)) {
      line.noise = true;
      continue;
    }
    const pageEdge = line.page !== null && (lines[i - 1]?.page !== line.page || lines[i + 1]?.page !== line.page);
    if (SLASH_STAMP.test(line.trimmed)) {
      if (pageEdge) line.noise = true;
    } else if (BARE_NUMBER.test(line.trimmed)) {
      if (pageEdge || (isBlank(lines[i - 1]) && isBlank(lines[i + 1]))) line.noise = true;
    }
  }
}

/**
 * Marks lines that open or close most pages with the same text (running headers and footers).
 * Needs page numbers; looks only at the first two and last two content lines of each page.
 */
function markRunningHeaders(lines: Line[]): void {
  const edges = new Map<number, Line[]>();
  let start = 0;
  while (start < lines.length) {
    const page = lines[start].page;
    let end = start;
    while (end < lines.length && lines[end].page === page) end++;
    if (page !== null) {
      const content: Line[] = [];
      for (let i = start; i < end; i++) if (!isBlank(lines[i])) content.push(lines[i]);
      const picked = content.length <= 4 ? content : [...content.slice(0, 2), ...content.slice(-2)];
      edges.set(page, picked);
    }
    start = end;
  }
  if (edges.size < 3) return;
  const pagesByKey = new Map<string, Set<number>>();
  for (const [page, picked] of edges) {
    for (const line of picked) {
      const key = furnitureKey(line.trimmed);
      const set = pagesByKey.get(key) ?? new Set<number>();
      set.add(page);
      pagesByKey.set(key, set);
    }
  }
  const threshold = Math.max(3, Math.ceil(edges.size / 2));
  for (const picked of edges.values()) {
    for (const line of picked) {
      if ((pagesByKey.get(furnitureKey(line.trimmed))?.size ?? 0) >= threshold) line.noise = true;
    }
  }
}

/**
 * The lines with every line after `from` whose text is exactly `text` (a running title line)
 * marked as noise. The lines given are left as they are (they may be shared): a marked line is
 * a copy, and the array is copied only when a line is marked.
 */
export function markRepeats(lines: readonly Line[], text: string, from: number): readonly Line[] {
  if (text === '') return lines;
  let marked: Line[] | null = null;
  for (let i = from; i < lines.length; i++) {
    if (lines[i].trimmed !== text || lines[i].noise) continue;
    marked ??= [...lines];
    marked[i] = { ...lines[i], noise: true };
  }
  return marked ?? lines;
}

/** Where a source keeps its lines once computed (a hidden property: it lives and dies with the source). */
const LINES = Symbol('lines');

type WithLines = Source & { [LINES]?: readonly Line[] };

/**
 * The lines every reader reads, computed once per source: the extraction stage's last step.
 * Shared between readers, so never changed: readers that mark more noise copy (markRepeats).
 */
export function linesOf(source: Source): readonly Line[] {
  const cached = (source as WithLines)[LINES];
  if (cached) return cached;
  const lines = toLines(source);
  Object.defineProperty(source, LINES, { value: lines, enumerable: false });
  return lines;
}

/**
 * The lines as readers see them, for `protokol parse --lines`: one per source line (line N of
 * the output is line N of the source), page furniture as an empty line, and the page in front
 * ("3<TAB>…") where the source has pages.
 */
export function formatLines(lines: readonly Line[]): string {
  return lines
    .map((line) => {
      const text = line.noise ? '' : line.text;
      return line.page === null ? text : `${line.page}\t${text}`;
    })
    .join('\n');
}

const BULLET = /^[•▪◦·‣●○■□\uF0B7\uF0A7*–]\s+/;

/**
 * Lines of one section → Markdown-ish text: paragraphs separated by one blank line, list lines
 * as "- …" (nested ones indented), trailing spaces gone. A lone "." (the "nothing here" mark of
 * some layouts) gives the empty string.
 */
export function toMarkdown(lines: readonly Line[]): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (isBlank(line)) {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) out.push('');
    pendingBlank = false;
    out.push(markdownLine(line.text));
  }
  if (out.length === 1 && out[0] === '.') return '';
  return out.join('\n');
}

function markdownLine(text: string): string {
  const trimmed = text.trimStart();
  const indented = trimmed.length < text.length;
  let body = trimmed;
  if (BULLET.test(body)) body = `- ${body.replace(BULLET, '')}`;
  if (indented && body.startsWith('- ')) return `  ${body}`;
  return body;
}
