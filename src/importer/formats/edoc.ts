/**
 * Reader for the eDoc minutes layout (municipal committees, PDF text): a cover page with the
 * body, "tirsdag den 4. december 2012, kl. 13:00", "i <place>" and the members; a table of
 * contents split into "Åbent referat" and "Lukket referat"; items "N. Title" followed by
 * "Sagsnr.:" and "Dok.nr.:"; sections under plain headings (Sammendrag, Baggrund, …); and the
 * decision under "<Udvalg>s beslutning den 04.12.2012 Punkt N", followed by "Følgende deltog ikke
 * i behandlingen af punktet:" and the names. Decisions of other bodies or other dates printed
 * in an item are kept as sections, not as this meeting's decision.
 */
import { findDanishDate, findTime, isoDate } from '../../domain/danish-dates.js';
import { makeDecision } from '../../domain/decision.js';
import type { AgendaItem, Attachment, MeetingDocument, Section } from '../../domain/meeting-document.js';
import { isBlank, type Line, toLines, toMarkdown } from '../lines.js';
import { ReadError, type Source } from '../source.js';
import { CLOSED_WORD, CLOSING_PHRASES, foldHeading, TABLE_OF_CONTENTS } from '../vocabulary.js';
import {
  bodyKey,
  chunkAtHeadings,
  documentTypeOf,
  isKnownHeading,
  leadingParagraph,
  parseAbsentee,
  positionOf,
  readCoverMembers,
  toSection,
} from './edoc-acadre-shared.js';
import type { Reader } from './reader.js';

const ITEM_HEADING = /^(?<number>\d{1,4})\.\s+(?<title>\S.*)$/;
const CASE_NUMBER = /^Sagsnr\.?\s*:\s*(?<value>\S+)/i;
const DOCUMENT_NUMBER = /^Dok\.?\s*nr\.?\s*:\s*(?<value>\S+)/i;
const DECISION_HEADING =
  /^(?<who>\S.{0,200}?)\s+beslutning\s+den\s+(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:\s*,?\s*punkt\s+(?<item>\d+))?\s*$/i;
const ABSENTEES_LEAD = /^Følgende deltog ikke i behandlingen af punktet\s*:?\s*(?<names>.*)$/i;
const ATTACHMENT_LINE = /^(?<document>\d{4}\s*[-–]\s*\d+)\s+[-–]\s+(?<title>\S.*)$/;
const PART_MARKER = /^(?<state>åbent|åben|lukket)\s+(?<kind>referat|dagsorden|møde)$/i;
const TOC_ENTRY = /^(?<number>\d{1,4})\.\s+(?<title>\S.{0,400}?)(?:\s+\d{1,3})?$/;
const CONTINUATION_LIMIT = 3;

interface Heading {
  index: number;
  /** Index of the last title line (the title may wrap). */
  lastIndex: number;
  number: number;
  title: string;
}

export const edocReader: Reader = {
  name: 'edoc-pdf-text',
  detect,
  read,
};

function detect(source: Source): number {
  if (source.kind === 'json' || source.kind === 'html') return 0;
  const head = source.lines.slice(0, 4000);
  let cases = 0;
  let documents = 0;
  let decisions = 0;
  let decidedBy = 0;
  let acadre = 0;
  for (const raw of head) {
    const line = raw.trim();
    if (CASE_NUMBER.test(line)) cases++;
    else if (DOCUMENT_NUMBER.test(line)) documents++;
    else if (DECISION_HEADING.test(line)) decisions++;
    else if (/^beslutningen træffes af$/i.test(line)) decidedBy++;
    else if (/^sagen afgøres i\s*:/i.test(line)) acadre++;
  }
  if (decisions === 0 && !(cases > 0 && documents > 0)) return 0;
  let score = decisions > 0 ? 0.5 : 0.25;
  if (cases > 0) score += 0.2;
  if (documents > 0) score += 0.2;
  if (decidedBy > 0) score += 0.1;
  if (acadre > 0) score -= 0.4;
  return Math.max(0, Math.min(1, score));
}

function read(source: Source): MeetingDocument {
  const lines = toLines(source);
  const warnings: string[] = [];
  const tocStart = lines.findIndex((line) => TABLE_OF_CONTENTS.includes(foldHeading(line.trimmed)));
  const toc = tocStart >= 0 ? readTableOfContents(lines, tocStart) : null;
  const headings = findItemHeadings(lines, toc);
  if (headings.length === 0)
    throw new ReadError('fandt ingen punkter i eDoc-layoutet ("N. Titel" fulgt af "Sagsnr.:")');

  const coverEnd = tocStart >= 0 ? tocStart : headings[0].index;
  const cover = readCover(lines, coverEnd);
  const decisionHeadings = lines.filter((line) => DECISION_HEADING.test(line.trimmed));
  let date = cover.date;
  if (!date) {
    date = mostCommon(decisionHeadings.map((line) => decisionDate(line.trimmed)).filter((d): d is string => !!d));
    if (date) warnings.push('Mødedatoen er ikke fundet på forsiden; den er taget fra beslutningerne.');
  }
  if (!date) throw new ReadError('fandt ingen mødedato');
  let body = cover.body;
  if (!body) {
    const who = decisionHeadings.map((line) => DECISION_HEADING.exec(line.trimmed)?.groups?.who ?? '');
    body = mostCommon(who.filter((w) => w !== '').map((w) => w.replace(/s$/, ''))) ?? '';
    if (body) warnings.push('Udvalgets navn er ikke fundet på forsiden; det er taget fra beslutningerne.');
  }
  if (!body) throw new ReadError('fandt ikke udvalgets navn');

  const closedFrom = closedMarkers(lines, tocStart, toc?.end ?? tocStart);
  const end = closingLine(lines, headings[headings.length - 1].lastIndex + 1);
  const items = headings.map((heading, i) => {
    const next = i + 1 < headings.length ? headings[i + 1].index : end;
    return readItem(lines, heading, next, { body: body!, date: date!, closed: closedFrom(heading.index) }, warnings);
  });
  return {
    body,
    documentType: cover.documentType ?? (items.some((item) => item.decision) ? 'referat' : 'dagsorden'),
    date,
    startTime: cover.startTime,
    location: cover.location,
    participants: cover.participants,
    items,
    warnings,
    sourceId: null,
  };
}

function decisionDate(text: string): string | null {
  const groups = DECISION_HEADING.exec(text)?.groups;
  return groups ? isoDate(+groups.year, +groups.month, +groups.day) : null;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

interface TableOfContents {
  entries: Map<number, string>;
  /** Index of the last line of the table. */
  end: number;
}

/** Numbers and titles listed in the table of contents (wrapped titles are joined). */
function readTableOfContents(lines: Line[], start: number): TableOfContents {
  const entries = new Map<number, string>();
  let last: number | null = null;
  let end = start;
  for (let i = start + 1; i < lines.length && i < start + 400; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const match = TOC_ENTRY.exec(line.trimmed);
    if (match?.groups) {
      const number = Number(match.groups.number);
      if (entries.has(number)) break; // the items themselves begin
      entries.set(number, match.groups.title);
      last = number;
    } else if (PART_MARKER.test(line.trimmed)) {
      last = null;
    } else if (CASE_NUMBER.test(line.trimmed) || last === null) {
      break;
    } else {
      entries.set(last, `${entries.get(last)} ${line.trimmed.replace(/\s+\d{1,3}$/, '')}`);
      last = null;
    }
    end = i;
  }
  return { entries, end };
}

function titleKey(title: string): string {
  return foldHeading(title)
    .replace(/[^a-zæøå0-9]+/g, '')
    .slice(0, 16);
}

/** "N. Title" at a line, with its wrapped title lines, confirmed when "Sagsnr.:" or "Dok.nr.:" follows. */
function headingAt(lines: Line[], i: number): (Heading & { confirmed: boolean }) | null {
  const match = ITEM_HEADING.exec(lines[i].trimmed);
  if (!match?.groups) return null;
  const titleLines = [match.groups.title];
  let lastIndex = i;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen <= CONTINUATION_LIMIT; j++) {
    const next = lines[j];
    if (isBlank(next)) continue;
    seen++;
    if (CASE_NUMBER.test(next.trimmed) || DOCUMENT_NUMBER.test(next.trimmed)) {
      const title = titleLines.join(' ').replace(/\s+/g, ' ').trim();
      return { index: i, lastIndex, number: Number(match.groups.number), title, confirmed: true };
    }
    if (ITEM_HEADING.test(next.trimmed) || isKnownHeading(next.trimmed) || DECISION_HEADING.test(next.trimmed)) break;
    if (PART_MARKER.test(next.trimmed)) break;
    titleLines.push(next.trimmed);
    lastIndex = j;
  }
  const title = match.groups.title.replace(/\s+/g, ' ').trim();
  return { index: i, lastIndex: i, number: Number(match.groups.number), title, confirmed: false };
}

/**
 * Item headings: "N. Title" (the title may wrap) followed within a few lines by "Sagsnr.:" or
 * "Dok.nr.:"; after the first such item, also a heading whose number and title are in the table
 * of contents (an item without a case number). Numbers must rise.
 */
function findItemHeadings(lines: Line[], toc: TableOfContents | null): Heading[] {
  const from = toc ? toc.end + 1 : 0;
  const headings: Heading[] = [];
  let started = false;
  for (let i = from; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const heading = headingAt(lines, i);
    if (!heading) continue;
    const listed = toc?.entries.get(heading.number);
    const inToc = started && listed !== undefined && titleKey(listed) === titleKey(heading.title);
    if (!heading.confirmed && !inToc) continue;
    if (headings.length > 0 && heading.number <= headings[headings.length - 1].number) continue;
    started = true;
    headings.push({ index: heading.index, lastIndex: heading.lastIndex, number: heading.number, title: heading.title });
    i = heading.lastIndex;
  }
  return headings;
}

/** Whether an item starting at a line is in the closed part ("Lukket referat") of the minutes. */
function closedMarkers(lines: Line[], tocStart: number, tocEnd: number): (index: number) => boolean {
  const switches: { index: number; closed: boolean }[] = [];
  for (const line of lines) {
    if (tocStart >= 0 && line.index > tocStart && line.index <= tocEnd + 1) continue;
    const match = PART_MARKER.exec(line.trimmed);
    if (match?.groups) switches.push({ index: line.index, closed: foldHeading(match.groups.state) === CLOSED_WORD });
  }
  return (index) => {
    let closed = false;
    for (const s of switches) if (s.index < index) closed = s.closed;
    return closed;
  };
}

/** The line where the minutes close (signatures), or the end. */
function closingLine(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const folded = foldHeading(lines[i].trimmed);
    if (CLOSING_PHRASES.some((phrase) => folded.startsWith(phrase))) return i;
  }
  return lines.length;
}

interface Cover {
  documentType: 'referat' | 'dagsorden' | null;
  body: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: MeetingDocument['participants'];
}

/** The cover page: "Referat", the body, the date line, "i <place>", the members. */
function readCover(lines: Line[], end: number): Cover {
  const content = lines.slice(0, end).filter((line) => !isBlank(line));
  const cover: Cover = {
    documentType: null,
    body: null,
    date: null,
    startTime: null,
    location: null,
    participants: [],
  };
  let dateAt = -1;
  for (let i = 0; i < content.length; i++) {
    const text = content[i].trimmed;
    const type = documentTypeOf(text);
    if (type) {
      cover.documentType ??= type;
      continue;
    }
    const date = findDanishDate(text);
    if (date && dateAt < 0) {
      cover.date = date;
      cover.startTime = findTime(text);
      dateAt = i;
      continue;
    }
    if (dateAt < 0 && cover.body === null && i <= 3) cover.body = text;
  }
  if (dateAt >= 0) {
    const next = content[dateAt + 1]?.trimmed ?? '';
    const place = /^(?:i|mødested:?|sted:?)\s+(?<place>\S.*)$/i.exec(next);
    if (place?.groups) cover.location = place.groups.place;
    if (!cover.startTime) cover.startTime = findTime(next);
  }
  cover.participants = readCoverMembers(lines, 0, end);
  return cover;
}

interface ItemContext {
  body: string;
  date: string;
  closed: boolean;
}

function readItem(lines: Line[], heading: Heading, end: number, context: ItemContext, warnings: string[]): AgendaItem {
  const item: AgendaItem = {
    number: heading.number,
    title: heading.title,
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: context.closed || foldHeading(heading.title).startsWith(CLOSED_WORD),
    sections: [],
    decision: null,
    attachments: [],
    absent: [],
    source: positionOf(lines[heading.index]),
  };
  const body: Line[] = [];
  for (let i = heading.lastIndex + 1; i < end; i++) {
    const line = lines[i];
    const caseNumber = CASE_NUMBER.exec(line.trimmed);
    const documentNumber = DOCUMENT_NUMBER.exec(line.trimmed);
    if (caseNumber?.groups && item.caseNumber === null) item.caseNumber = caseNumber.groups.value;
    else if (documentNumber?.groups && item.documentId === null) item.documentId = documentNumber.groups.value;
    else if (!PART_MARKER.test(line.trimmed)) body.push(line);
  }

  const isHeading = (line: Line) =>
    isKnownHeading(line.trimmed) || DECISION_HEADING.test(line.trimmed) || ABSENTEES_LEAD.test(line.trimmed);
  const chunks = chunkAtHeadings(body, isHeading);
  const decisionChunk = pickDecision(chunks, context);
  const sections: Section[] = [];
  for (const chunk of chunks) {
    const headingText = chunk.heading?.trimmed ?? '';
    const folded = foldHeading(headingText);
    // Every chunk is kept as a section, as printed; the decision, attachments and absentees are
    // also read into their fields.
    if (chunk === decisionChunk) {
      const groups = DECISION_HEADING.exec(headingText)!.groups!;
      item.decision = makeDecision(toMarkdown(chunk.lines), isoDate(+groups.year, +groups.month, +groups.day));
      sections.push(toSection(chunk));
    } else if (chunk.heading && ABSENTEES_LEAD.test(headingText)) {
      const inline = ABSENTEES_LEAD.exec(headingText)?.groups?.names ?? '';
      const names = [inline, ...chunk.lines.filter((l) => !isBlank(l)).map((l) => l.trimmed)]
        .flatMap((n) => n.split(/\s*,\s*/))
        .filter((name) => name.trim() !== '');
      item.absent.push(...names.map(parseAbsentee));
      if (names.length > 0) {
        sections.push({ heading: headingText.replace(/\s*:.*$/, ''), text: names.join('\n') });
      }
    } else if (folded === 'bilag') {
      const { paragraph, rest } = leadingParagraph(chunk.lines);
      item.attachments.push(...readAttachments(paragraph));
      sections.push(toSection({ heading: chunk.heading, lines: paragraph }));
      if (rest.some((l) => !isBlank(l))) sections.push(toSection({ heading: null, lines: rest }));
    } else {
      const section = toSection(chunk);
      if (section.text !== '' || section.heading !== '') sections.push(section);
    }
  }
  item.sections = sections;
  if (!item.decision && chunks.some((chunk) => chunk.heading && DECISION_HEADING.test(chunk.heading.trimmed))) {
    warnings.push(
      `Punkt ${item.number}: beslutninger fra andre møder er bevaret som afsnit; ingen beslutning dateret mødedagen.`,
    );
  }
  return item;
}

/** This meeting's decision: dated the meeting day and by this body; else the one dated the meeting day. */
function pickDecision(chunks: ReturnType<typeof chunkAtHeadings>, context: ItemContext) {
  const dated = chunks.filter((chunk) => {
    const text = chunk.heading?.trimmed ?? '';
    return DECISION_HEADING.test(text) && decisionDate(text) === context.date;
  });
  const ours = dated.find((chunk) => {
    const who = DECISION_HEADING.exec(chunk.heading!.trimmed)?.groups?.who ?? '';
    return bodyKey(who) === bodyKey(context.body);
  });
  return ours ?? dated[dated.length - 1] ?? null;
}

/** "2012-208960 - Title" lines; a line that is not one continues the title before it. */
function readAttachments(lines: Line[]): Attachment[] {
  const attachments: Attachment[] = [];
  for (const line of lines) {
    const match = ATTACHMENT_LINE.exec(line.trimmed);
    if (match?.groups) {
      attachments.push({
        title: match.groups.title.trim(),
        documentId: match.groups.document.replace(/\s*[-–]\s*/, '-'),
      });
    } else if (attachments.length > 0) {
      const last = attachments[attachments.length - 1];
      last.title = `${last.title} ${line.trimmed}`;
    } else if (!/^ingen\.?$/i.test(line.trimmed)) {
      attachments.push({ title: line.trimmed, documentId: null });
    }
  }
  return attachments;
}
