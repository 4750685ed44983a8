/**
 * Tables of contents: where they start ("Indholdsfortegnelse"), their entries ("Godkendelse af
 * dagsordenen.....<TAB>3", titles often cut short or wrapped) and how entries pair with the item
 * headings. Readers use them to find and join titles; refiners/table-of-contents.ts compares
 * them with the headings. Pure; done by hand where a regex over runs of dots would backtrack.
 */
import { foldHeading, joinWrapped } from './fold.js';
import { isBlank, type Line } from './lines.js';
import { titlesAgree } from './titles.js';
import { TABLE_OF_CONTENTS } from './vocabulary.js';

export interface TocEntry {
  number: number | null;
  title: string;
  page: number | null;
  /** 0-based line. */
  line: number;
}

/** "Indholdsfortegnelse" and its synonyms on a line of their own (a colon may follow). */
export function isTableOfContents(text: string): boolean {
  return text.length < 40 && TABLE_OF_CONTENTS.includes(foldHeading(text).replace(/:$/, ''));
}

/**
 * "Godkendelse af dagsordenen.....\t3" → title and page; the title may be cut short by the
 * layout. Done by hand from the end of the line: a regex over runs of dots would backtrack.
 */
export function splitTocLine(text: string): { title: string; page: number | null } {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let digits = end;
  while (digits > 0 && digits > end - 5 && text[digits - 1] >= '0' && text[digits - 1] <= '9') digits--;
  let page: number | null = null;
  let titleEnd = end;
  const separator = text[digits - 1];
  if (
    digits < end &&
    digits > 0 &&
    (separator === '\t' || separator === '.' || separator === ' ' || separator === '…')
  ) {
    page = Number(text.slice(digits, end));
    titleEnd = digits;
  }
  let cut = titleEnd;
  while (cut > 0 && (text[cut - 1] === '.' || text[cut - 1] === '…' || /\s/.test(text[cut - 1]))) cut--;
  // A title ending in a full stop keeps it when there was no run of dots.
  const dots = titleEnd - cut;
  const title = dots === 1 && text[cut] === '.' && page === null ? text.slice(0, cut + 1) : text.slice(0, cut);
  return { title: title.trim(), page };
}

/** A table-of-contents line: the title followed by a run of dots or a tab and a page number. */
export function isTocLike(text: string): boolean {
  if (splitTocLine(text).page === null) return false;
  const tail = text.slice(-24);
  return tail.includes('...') || tail.includes('…') || tail.includes('\t');
}

const TOC_NUMBER = /^(?:(?:punkt|pkt\.?)\s+(\d{1,5})\s*[:.)]?\s*|(\d{1,5})\s*[:.)]\s+)(?=\S)/i;

/**
 * The entries of a table of contents with page numbers: the lines after its heading (`start`)
 * that carry a page number, up to `stop` at the latest. A line without a page number continues
 * into the next entry when that one has a page number (a wrapped title); otherwise the contents
 * have ended.
 */
export function readToc(lines: readonly Line[], start: number, stop: number): { entries: TocEntry[]; end: number } {
  const entries: TocEntry[] = [];
  let pending = '';
  let pendingLine = -1;
  let end = stop;
  for (let i = start + 1; i < stop; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const { title, page } = splitTocLine(line.trimmed);
    if (page === null) {
      let k = i + 1;
      while (k < stop && isBlank(lines[k])) k++;
      const following = k < stop ? splitTocLine(lines[k].trimmed) : null;
      if (!pending && following && following.page !== null) {
        pending = title;
        pendingLine = i;
        continue;
      }
      end = pending ? pendingLine : i;
      pending = '';
      break;
    }
    let full = pending ? joinWrapped(pending, title) : title;
    const lineOf = pending ? pendingLine : i;
    pending = '';
    let number: number | null = null;
    const numbered = TOC_NUMBER.exec(full);
    if (numbered) {
      number = Number(numbered[1] ?? numbered[2]);
      full = full.slice(numbered[0].length);
    }
    if (full) entries.push({ number, title: full, page, line: lineOf });
  }
  return { entries, end };
}

/** An item heading as the pairing sees it. */
export interface HeadingRef {
  number: number;
  /** The title as printed on the heading line. */
  text: string;
}

/** Pairs each heading with its table-of-contents entry: by number, by position, or by agreeing titles. */
export function pairToc(toc: readonly TocEntry[], headings: readonly HeadingRef[]): (TocEntry | null)[] {
  if (toc.length === 0) return headings.map(() => null);
  if (toc.every((entry) => entry.number !== null)) {
    return headings.map((heading) => toc.find((entry) => entry.number === heading.number) ?? null);
  }
  if (toc.length === headings.length) return [...toc];
  const paired: (TocEntry | null)[] = [];
  let next = 0;
  for (const heading of headings) {
    let found: TocEntry | null = null;
    for (let k = next; k < toc.length && k < next + 3; k++) {
      if (titlesAgree(heading.text, toc[k].title) || titlesAgree(toc[k].title, heading.text)) {
        found = toc[k];
        next = k + 1;
        break;
      }
    }
    paired.push(found);
  }
  return paired;
}
