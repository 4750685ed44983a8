/**
 * Reader for the Acadre minutes layout (municipal committees, PDF text): a cover page ("Referat",
 * the body, the meeting's name, "Torsdag den 20. juni 2013", "Kl. 10:30", the place and its
 * address, "Medlemmer", "Fraværende"); a table of contents ("Punkt nr. Side"); items with
 * running numbers ("715. Title") followed by "Sagsnr.:" and "Sagen afgøres i:"; sections under
 * plain headings; and "Beslutning i <udvalg> den DD-MM-YYYY" headings — an item that has been on
 * several agendas carries one per meeting, and only the one dated this meeting is its decision
 * (the others are kept as sections). A signature page ("Underskriftsside") ends the minutes.
 */
import { findDanishDate, findTime, isoDate } from '../../domain/danish-dates.js';
import { makeDecision } from '../../domain/decision.js';
import type { AgendaItem, Attachment, MeetingDocument, Section } from '../../domain/meeting-document.js';
import { isBlank, type Line, toLines, toMarkdown } from '../lines.js';
import { ReadError, type Source } from '../source.js';
import { CLOSED_WORD, CLOSING_PHRASES, COVER_LABELS, foldHeading, TABLE_OF_CONTENTS } from '../vocabulary.js';
import {
  bodyKey,
  chunkAtHeadings,
  documentTypeOf,
  isKnownHeading,
  leadingParagraph,
  positionOf,
  readCoverMembers,
  toSection,
} from './edoc-acadre-shared.js';
import type { Reader } from './reader.js';

const ITEM_HEADING = /^(?<number>\d{1,5})\.\s+(?<title>\S.*)$/;
const CASE_NUMBER = /^Sagsnr\.?\s*:\s*(?<value>\S+)/i;
const DECIDED_BY = /^Sagen\s+afgøres\s+i\s*:\s*(?<value>\S.*)$/i;
const DECISION_HEADING =
  /^Beslutning\s+i\s+(?<who>\S.{0,200}?)\s+den\s+(?<day>\d{1,2})[-.](?<month>\d{1,2})[-.](?<year>\d{4})\s*$/i;
const DOT_LEADER = /\.{4}\s*\d*\s*$/;
const TIME_LINE = /^kl\.?\s*\d{1,2}[.:]\d{2}/i;
const ATTACHMENT_LINE =
  /^(?<number>\d{1,3})\s+(?<access>Åben|Lukket)\s+(?<title>\S.{0,400}?)(?:\s+(?<document>\d+\/\d{2}))?$/i;
const SIGNATURE_PAGE = /^underskrift(sside|er|sblad)$/i;
const CONTINUATION_LIMIT = 3;

interface Heading {
  index: number;
  lastIndex: number;
  number: number;
  title: string;
}

export const acadreReader: Reader = {
  name: 'acadre-pdf-text',
  detect,
  read,
};

function detect(source: Source): number {
  if (source.kind === 'json' || source.kind === 'html') return 0;
  const lines = source.lines.slice(0, 4000).map((line) => line.trim());
  let decidedBy = 0;
  let decisions = 0;
  let numberedWithCase = 0;
  let other = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (DECIDED_BY.test(line)) decidedBy++;
    else if (DECISION_HEADING.test(line)) decisions++;
    else if (/^punkt nr\.?\s+side$/i.test(line) || SIGNATURE_PAGE.test(line)) other++;
    else if (ITEM_HEADING.test(line) && !DOT_LEADER.test(line)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        if (CASE_NUMBER.test(lines[j])) {
          numberedWithCase++;
          break;
        }
      }
    }
  }
  if (decidedBy === 0 && !(numberedWithCase > 0 && decisions > 0)) return 0;
  let score = decidedBy > 0 ? 0.5 : 0.3;
  if (numberedWithCase > 0) score += 0.2;
  if (decisions > 0) score += 0.2;
  if (other > 0) score += 0.1;
  return Math.min(1, score);
}

function read(source: Source): MeetingDocument {
  const lines = toLines(source);
  const warnings: string[] = [];
  const tocStart = lines.findIndex((line) => TABLE_OF_CONTENTS.includes(foldHeading(line.trimmed)));
  const headings = findItemHeadings(lines, tocStart >= 0 ? tocStart + 1 : 0);
  if (headings.length === 0)
    throw new ReadError('fandt ingen punkter i Acadre-layoutet ("N. Titel" fulgt af "Sagsnr.:")');

  const cover = readCover(lines, tocStart >= 0 ? tocStart : headings[0].index);
  const decisionLines = lines.filter((line) => DECISION_HEADING.test(line.trimmed));
  let date = cover.date;
  if (!date) {
    // Without a cover, the latest decision date is this meeting's.
    date =
      decisionLines
        .map((line) => decisionDate(line.trimmed) ?? '')
        .sort()
        .pop() || null;
    if (date) warnings.push('Mødedatoen er ikke fundet på forsiden; den er taget fra den seneste beslutning.');
  }
  if (!date) throw new ReadError('fandt ingen mødedato');
  let body = cover.body;
  if (!body) {
    body = lines.map((line) => DECIDED_BY.exec(line.trimmed)?.groups?.value).find((value) => value) ?? null;
    if (body) warnings.push('Udvalgets navn er ikke fundet på forsiden; det er taget fra "Sagen afgøres i".');
  }
  if (!body) throw new ReadError('fandt ikke udvalgets navn');

  const end = closingLine(lines, headings[headings.length - 1].lastIndex + 1);
  const items = headings.map((heading, i) =>
    readItem(
      lines,
      heading,
      i + 1 < headings.length ? headings[i + 1].index : end,
      { body: body!, date: date! },
      warnings,
    ),
  );
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

/** "715. Title" (wrapping) followed within a few lines by "Sagsnr.:" or "Sagen afgøres i:". */
function findItemHeadings(lines: Line[], from: number): Heading[] {
  const headings: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || DOT_LEADER.test(line.trimmed)) continue;
    const match = ITEM_HEADING.exec(line.trimmed);
    if (!match?.groups) continue;
    const titleLines = [match.groups.title];
    let lastIndex = i;
    let confirmed = false;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen <= CONTINUATION_LIMIT; j++) {
      const next = lines[j];
      if (isBlank(next)) continue;
      seen++;
      if (CASE_NUMBER.test(next.trimmed) || DECIDED_BY.test(next.trimmed)) {
        confirmed = true;
        break;
      }
      if (ITEM_HEADING.test(next.trimmed) || isKnownHeading(next.trimmed) || DECISION_HEADING.test(next.trimmed)) break;
      titleLines.push(next.trimmed);
      lastIndex = j;
    }
    if (!confirmed) continue;
    headings.push({
      index: i,
      lastIndex,
      number: Number(match.groups.number),
      title: titleLines.join(' ').replace(/\s+/g, ' ').trim(),
    });
    i = lastIndex;
  }
  return headings;
}

function closingLine(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].trimmed;
    const folded = foldHeading(text);
    if (SIGNATURE_PAGE.test(text) || CLOSING_PHRASES.some((phrase) => folded.startsWith(phrase))) return i;
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

const LABELS: ReadonlySet<string> = new Set([
  ...COVER_LABELS.present,
  ...COVER_LABELS.absent,
  ...COVER_LABELS.secretary,
]);

/**
 * The cover: document type, body (the next line), the meeting's own name, the date line, the
 * time line, then the place (its first line; the address lines after it are left out), then
 * the members.
 */
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
  let i = 0;
  const type = content[0] ? documentTypeOf(content[0].trimmed) : null;
  if (type) {
    cover.documentType = type;
    i = 1;
  }
  if (content[i] && !findDanishDate(content[i].trimmed)) cover.body = content[i++].trimmed;
  while (i < content.length && !LABELS.has(foldHeading(content[i].trimmed))) {
    const text = content[i].trimmed;
    if (!cover.date && findDanishDate(text)) {
      cover.date = findDanishDate(text);
      cover.startTime = findTime(text);
    } else if (cover.date && !cover.startTime && TIME_LINE.test(text)) {
      cover.startTime = findTime(text);
    } else if (cover.date && cover.location === null) {
      cover.location = text.replace(/^(mødested|sted)\s*:\s*/i, '');
    }
    i++;
  }
  cover.participants = readCoverMembers(lines, 0, end);
  return cover;
}

interface ItemContext {
  body: string;
  date: string;
}

function readItem(lines: Line[], heading: Heading, end: number, context: ItemContext, warnings: string[]): AgendaItem {
  const item: AgendaItem = {
    number: heading.number,
    title: heading.title,
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: foldHeading(heading.title).startsWith(CLOSED_WORD),
    sections: [],
    decision: null,
    attachments: [],
    absent: [],
    source: positionOf(lines[heading.index]),
  };
  const body: Line[] = [];
  const sections: Section[] = [];
  for (let i = heading.lastIndex + 1; i < end; i++) {
    const line = lines[i];
    const caseNumber = CASE_NUMBER.exec(line.trimmed);
    const decidedBy = DECIDED_BY.exec(line.trimmed);
    if (caseNumber?.groups && item.caseNumber === null) item.caseNumber = caseNumber.groups.value;
    else if (decidedBy?.groups && body.every(isBlank))
      sections.push({ heading: 'Sagen afgøres i', text: decidedBy.groups.value });
    else body.push(line);
  }
  const chunks = chunkAtHeadings(body, (line) => isKnownHeading(line.trimmed) || DECISION_HEADING.test(line.trimmed));
  const dated = chunks.filter((chunk) => chunk.heading && decisionDate(chunk.heading.trimmed) === context.date);
  const decisionChunk =
    dated.find(
      (chunk) => bodyKey(DECISION_HEADING.exec(chunk.heading!.trimmed)!.groups!.who) === bodyKey(context.body),
    ) ??
    dated[dated.length - 1] ??
    null;
  for (const chunk of chunks) {
    const headingText = chunk.heading?.trimmed ?? '';
    // Every chunk is kept as a section, as printed; the decision and attachments are also read
    // into their fields.
    if (chunk === decisionChunk) {
      item.decision = makeDecision(toMarkdown(chunk.lines), decisionDate(headingText));
      sections.push(toSection(chunk));
    } else if (foldHeading(headingText) === 'bilag') {
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
  if (/^lukket punkt\.?$/i.test(sections[0]?.text ?? '')) item.closed = true;
  if (!item.decision && chunks.some((chunk) => chunk.heading && DECISION_HEADING.test(chunk.heading.trimmed))) {
    warnings.push(
      `Punkt ${item.number}: ingen beslutning dateret mødedagen; tidligere beslutninger er bevaret som afsnit.`,
    );
  }
  return item;
}

/** "1 Åben Title 222359/12" lines; a line that is not one continues the title before it. */
function readAttachments(lines: Line[]): Attachment[] {
  const attachments: Attachment[] = [];
  for (const line of lines) {
    const match = ATTACHMENT_LINE.exec(line.trimmed);
    if (match?.groups) {
      attachments.push({ title: match.groups.title.trim(), documentId: match.groups.document ?? null });
    } else if (attachments.length > 0) {
      const last = attachments[attachments.length - 1];
      last.title = `${last.title} ${line.trimmed}`;
    } else if (!/^ingen\.?$/i.test(line.trimmed)) {
      attachments.push({ title: line.trimmed, documentId: null });
    }
  }
  // A wrapped title carries the document number at the end of its last line.
  for (const attachment of attachments) {
    const trailing = /\s+(?<document>\d+\/\d{2})$/.exec(attachment.title);
    if (attachment.documentId === null && trailing?.groups) {
      attachment.documentId = trailing.groups.document;
      attachment.title = attachment.title.slice(0, trailing.index);
    }
  }
  return attachments;
}
