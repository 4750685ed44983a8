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
 * Where the table of contents and the headings disagree, the headings win and a warning says so.
 */
import type { MeetingDocument, Participant } from '../../domain/meeting-document.js';
import { isBlank, type Line, markRepeats, toLines } from '../lines.js';
import { ReadError, type Source } from '../source.js';
import { CLOSING_PHRASES, foldHeading } from '../vocabulary.js';
import type { Reader } from './reader.js';
import { isTableOfContents, matchDocumentType, matchLabel, readHeader, readToc, type TocEntry } from './text-header.js';
import {
  classifyHeading,
  findItemHeadings,
  foldTitle,
  type ItemHeading,
  matchItemHeading,
  readItem,
  readTitle,
  titlesAgree,
} from './text-item.js';

export const READER_NAME = 'text-firstagenda';

/** Where the parts of the document are: table of contents, item headings. */
export interface Layout {
  tocStart: number;
  toc: TocEntry[];
  headings: ItemHeading[];
  /** 0-based line where the header block ends. */
  headerEnd: number;
}

/** Finds the table of contents and the item headings. */
export function locate(lines: readonly Line[]): Layout {
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

/** Pairs each heading with its table-of-contents entry: by number, by position, or by agreeing titles. */
export function matchToc(toc: readonly TocEntry[], headings: readonly ItemHeading[]): (TocEntry | null)[] {
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
  const lines = toLines({
    lines: source.lines.length > DETECT_LINES ? source.lines.slice(0, DETECT_LINES) : source.lines,
    pages: source.pages?.slice(0, DETECT_LINES),
  });
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

function read(source: Source): MeetingDocument {
  let lines = toLines(source);
  const layout = locate(lines);
  const header = readHeader(lines, layout.headerEnd);
  const warnings: string[] = [];

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
  if (header.titleLine) lines = markRepeats(lines, header.titleLine, header.line + 1) as Line[];

  const { headings, toc } = layout;
  const tocFor = matchToc(toc, headings);
  if (toc.length > 0 && toc.length !== headings.length) {
    warnings.push(
      `Indholdsfortegnelsen har ${toc.length} punkter, men teksten har ${headings.length} punktoverskrifter; overskrifterne er brugt.`,
    );
  }

  const items: MeetingDocument['items'] = [];
  const tableParticipants: Participant[] = [];
  const lastEnd = contentEnd(lines, headings[headings.length - 1].line + 1);
  let previous: number | null = null;
  for (let k = 0; k < headings.length; k++) {
    const heading = headings[k];
    const end = k + 1 < headings.length ? headings[k + 1].line : lastEnd;
    const tocTitle = tocFor[k]?.title ?? null;
    const { item, participants } = readItem(lines, heading, end, {
      meetingDate: header.date,
      body: header.body,
      tocTitle,
      warnings,
    });
    if (tocTitle && !titlesAgree(item.title, readTitle(tocTitle).title) && !titlesAgree(item.title, tocTitle)) {
      warnings.push(
        `Punkt ${item.number}: titlen i indholdsfortegnelsen (»${tocTitle}«) afviger fra overskriften (»${item.title}«); overskriften er brugt.`,
      );
    }
    if (previous !== null && item.number <= previous) {
      warnings.push(
        `Punkt ${item.number} (linje ${heading.line + 1}) følger efter punkt ${previous}; numrene stiger ikke.`,
      );
    }
    previous = item.number;
    for (const person of participants) tableParticipants.push(person);
    items.push(item);
  }

  let documentType = header.documentType;
  if (!documentType) {
    documentType = items.some((item) => item.decision) ? 'referat' : 'dagsorden';
    warnings.push(
      `Teksten siger ikke, om den er dagsorden eller referat; »${documentType}« er valgt ud fra, om der er beslutninger.`,
    );
  }

  return {
    body: header.body,
    documentType,
    date: header.date,
    startTime: header.startTime,
    location: header.location,
    participants: header.participants.length > 0 ? header.participants : dedupePeople(tableParticipants),
    items,
    warnings,
    sourceId: null,
    format: READER_NAME,
  };
}

function dedupePeople(people: readonly Participant[]): Participant[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = foldTitle(person.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The reader for First Agenda PDF text and the layouts of the same family. */
export const textFirstAgenda: Reader = { name: READER_NAME, detect, read };
