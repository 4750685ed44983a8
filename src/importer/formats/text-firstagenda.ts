/**
 * Reader for the plain-text layouts of published agendas and minutes: the text that First Agenda
 * PDFs (and their relatives) give after extraction. One reader for the family; the layouts differ
 * in data, not in code paths:
 *
 *   REFERAT <organ> d. DD-MM-YYYY            (or DAGSORDEN …)
 *   Mødedato / Mødested / Mødedeltagere …   (labelled header block)
 *   Indholdsfortegnelse + "Titel.....<TAB>3" (optional; titles may be cut short)
 *   Punkt N: Titel (14.30-15.00)             (item headings; "N (Åben) Titel" sub-headings)
 *   25/53155 | Sags ID: … | Dok ID: …        (case number and document id)
 *   Resumé / Sagsfremstilling / Indstilling / Beslutning [i <organ> den <dato>] / Bilag / Fraværende …
 *
 * The reader recognises this structure; what every layout shares (this meeting's decision, the
 * contents against the headings, document type …) is the refiners' (refiners/index.ts).
 */
import type { DraftDocument, DraftItem } from '../draft.js';
import { draftDocument } from '../draft.js';
import { foldHeading } from '../fold.js';
import { isBlank, type Line, linesOf, markRepeats } from '../lines.js';
import { ReadError, type Source } from '../source.js';
import { isTableOfContents, pairToc, readToc, type TocEntry } from '../toc.js';
import { CLOSING_PHRASES } from '../vocabulary.js';
import { defineReader } from './reader.js';
import { matchDocumentType, matchLabel, readHeader } from './text/header.js';
import { classifyHeading, findItemHeadings, type ItemHeading, matchItemHeading } from './text/headings.js';
import { readItem } from './text/item.js';

/** Where the parts of the document are: table of contents, item headings. */
interface Located {
  tocStart: number;
  toc: TocEntry[];
  headings: ItemHeading[];
  /** 0-based line where the header block ends. */
  headerEnd: number;
}

/** Finds the table of contents and the item headings. */
function locate(lines: readonly Line[]): Located {
  let firstHeading = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trimmed;
    if (text.length > 6 && (text[0] === 'P' || text[0] === 'p') && matchItemHeading(text, 'punkt')) {
      firstHeading = i;
      break;
    }
  }
  const searchEnd = firstHeading >= 0 ? firstHeading : Math.min(lines.length, 400);
  let tocStart = -1;
  for (let i = 0; i < searchEnd; i++) {
    if (!isBlank(lines[i]) && isTableOfContents(lines[i].trimmed)) {
      tocStart = i;
      break;
    }
  }
  const { entries, end } =
    tocStart >= 0 ? readToc(lines, tocStart, firstHeading >= 0 ? firstHeading : lines.length) : { entries: [], end: 0 };
  const headings = findItemHeadings(lines, tocStart >= 0 ? end : 0, entries);
  const headerEnd = tocStart >= 0 ? tocStart : (headings[0]?.line ?? Math.min(lines.length, 80));
  return { tocStart, toc: entries, headings, headerEnd };
}

/** The line after the last item where closing notes or signatures begin, else the end. */
function contentEnd(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].trimmed;
    if (text === '' || text.length > 60) continue;
    const folded = foldHeading(text);
    if (CLOSING_PHRASES.some((phrase) => folded.startsWith(phrase))) return i;
  }
  return lines.length;
}

/** Detection looks at the start of the text only: enough for the header and a few items. */
const DETECT_LINES = 4000;

function detect(source: Source): number {
  if (source.kind === 'json') return 0;
  const all = linesOf(source);
  const lines = all.length > DETECT_LINES ? all.slice(0, DETECT_LINES) : all;
  let typed = false;
  let dated = false;
  let placed = false;
  let seen = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (++seen > 60) break;
    const text = line.trimmed;
    if (!typed && seen <= 5 && matchDocumentType(text)) typed = true;
    const label = matchLabel(text);
    if (label?.label === 'date') dated = true;
    if (label?.label === 'location') placed = true;
  }
  const layout = locate(lines);
  let sections = 0;
  const firstItem = layout.headings[0]?.line ?? lines.length;
  for (let i = firstItem; i < lines.length && sections < 3; i++) {
    const text = lines[i].trimmed;
    if (text.length > 2 && text.length < 80 && classifyHeading(text)) sections++;
  }
  const items = layout.headings.length;
  let score =
    (typed ? 0.25 : 0) +
    (dated ? 0.15 : 0) +
    (placed ? 0.1 : 0) +
    (layout.tocStart >= 0 ? 0.05 : 0) +
    (items >= 1 ? 0.3 : 0) +
    (items >= 2 ? 0.1 : 0) +
    (sections >= 1 ? 0.1 : 0);
  if (items === 0) score = Math.min(score, 0.15);
  // Without a title line or a meeting date, item headings alone could be any numbered text.
  if (!typed && !dated) score = Math.min(score, sections >= 1 && items >= 1 ? 0.3 : 0.15);
  if (source.kind === 'html') score *= 0.8;
  return Math.min(1, Math.round(score * 100) / 100);
}

function parse(source: Source): DraftDocument {
  let lines = linesOf(source);
  const layout = locate(lines);
  const header = readHeader(lines, layout.headerEnd);
  if (layout.headings.length === 0) {
    throw new ReadError('fandt ingen dagsordenspunkter (ingen linjer som »Punkt 1: Godkendelse af dagsorden«)');
  }
  if (!header.date) {
    throw new ReadError(
      'fandt ingen mødedato (fx »Mødedato Mandag d. 23. marts 2026 kl. 17:30« eller »REFERAT <organ> d. 23-03-2026«)',
      header.line + 1,
    );
  }
  if (!header.body) {
    throw new ReadError('fandt ikke organets navn (fx »REFERAT Sundhedsråd Testby d. 23-03-2026«)', header.line + 1);
  }
  if (header.titleLine) lines = markRepeats(lines, header.titleLine, header.line + 1);
  const body = header.body;
  const { headings, toc } = layout;
  const tocFor = pairToc(toc, headings);
  const lastEnd = contentEnd(lines, headings[headings.length - 1].line + 1);
  const items: DraftItem[] = headings.map((heading, k) => {
    const end = k + 1 < headings.length ? headings[k + 1].line : lastEnd;
    const tocTitle = tocFor[k]?.title ?? null;
    return { ...readItem(lines, heading, end, { body, tocTitle }), tocTitle };
  });
  return draftDocument({
    body,
    documentType: header.documentType,
    date: header.date,
    startTime: header.startTime,
    location: header.location,
    participants: header.participants,
    items,
    tocEntries: toc.length > 0 ? toc.length : null,
  });
}

/** The reader for First Agenda PDF text and the layouts of the same family. */
export const textFirstAgenda = defineReader({ name: 'text-firstagenda', detect, parse });
