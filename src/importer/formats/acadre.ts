/**
 * Reader for the Acadre minutes layout (municipal committees, PDF text): a cover page ("Referat",
 * the body, the meeting's name, "Torsdag den 20. juni 2013", "Kl. 10:30", the place and its
 * address, "Medlemmer", "Fraværende"); a table of contents ("Punkt nr. Side"); items with
 * running numbers ("715. Title") followed by "Sagsnr.:" and "Sagen afgøres i:"; sections under
 * plain headings; and "Beslutning i <udvalg> den DD-MM-YYYY" headings — an item that has been on
 * several agendas carries one per meeting (the refiners take the one of this meeting). A
 * signature page ("Underskriftsside") ends the minutes.
 */
import { findDanishDate, findTime } from '../../domain/danish-dates.js';
import type { Attachment } from '../../domain/meeting-document.js';
import type { DecisionMark, DraftDocument } from '../draft.js';
import { foldHeading } from '../fold.js';
import { isBlank, type Line, linesOf } from '../lines.js';
import { ReadError, type Source } from '../source.js';
import { isTableOfContents } from '../toc.js';
import { COVER_LABELS } from '../vocabulary.js';
import {
  type Cover,
  caseSystemDocument,
  closingLine,
  decisionMarkOf,
  documentTypeOf,
  type HeadingRules,
  type ItemRules,
  isKnownHeading,
  type MeetingFallback,
  meetingOf,
  type NumberedHeading,
  numberedHeadingAt,
  readAttachmentList,
} from './case-system.js';
import { defineReader } from './reader.js';

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

/** "Beslutning i <udvalg> den 20-06-2013" → the date and the body. */
const decisionOf = (text: string): DecisionMark | null => decisionMarkOf(DECISION_HEADING, text);

const HEADING_RULES: HeadingRules = {
  pattern: ITEM_HEADING,
  confirms: (text) => CASE_NUMBER.test(text) || DECIDED_BY.test(text),
  stops: (text) => ITEM_HEADING.test(text) || isKnownHeading(text) || DECISION_HEADING.test(text),
};

/** "715. Title" (wrapping) followed within a few lines by "Sagsnr.:" or "Sagen afgøres i:". */
function findItemHeadings(lines: readonly Line[], from: number): NumberedHeading[] {
  const headings: NumberedHeading[] = [];
  for (let i = from; i < lines.length; i++) {
    if (isBlank(lines[i]) || DOT_LEADER.test(lines[i].trimmed)) continue;
    const heading = numberedHeadingAt(lines, i, HEADING_RULES);
    if (!heading?.confirmed) continue;
    headings.push({ index: heading.index, lastIndex: heading.lastIndex, number: heading.number, title: heading.title });
    i = heading.lastIndex;
  }
  return headings;
}

/** The table of contents: "715. Title .......... 3" lines before the first item, by number. */
function readContents(lines: readonly Line[], tocStart: number, end: number): Map<number, string> {
  const entries = new Map<number, string>();
  for (let i = tocStart + 1; i < end; i++) {
    const text = lines[i].trimmed;
    const match = DOT_LEADER.test(text) ? ITEM_HEADING.exec(text) : null;
    if (match?.groups) entries.set(Number(match.groups.number), match.groups.title.replace(/\s*\.{4,}\s*\d*\s*$/, ''));
  }
  return entries;
}

const LABELS: ReadonlySet<string> = new Set([
  ...COVER_LABELS.present,
  ...COVER_LABELS.absent,
  ...COVER_LABELS.secretary,
]);

/**
 * The cover: document type, body (the next line), the meeting's own name, the date line, the
 * time line, then the place (its first line; the address lines after it are left out).
 */
function readCover(lines: readonly Line[], end: number): Cover {
  const content = lines.slice(0, end).filter((line) => !isBlank(line));
  const cover: Cover = { documentType: null, body: null, date: null, startTime: null, location: null };
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
  return cover;
}

/** "1 Åben Title 222359/12" lines; a wrapped title carries the document number at the end of its last line. */
function readAttachments(lines: readonly Line[]): Attachment[] {
  const attachments = readAttachmentList(lines, (text) => {
    const match = ATTACHMENT_LINE.exec(text);
    return match?.groups ? { title: match.groups.title.trim(), documentId: match.groups.document ?? null } : null;
  });
  for (const attachment of attachments) {
    const trailing = /\s+(?<document>\d+\/\d{2})$/.exec(attachment.title);
    if (attachment.documentId === null && trailing?.groups) {
      attachment.documentId = trailing.groups.document;
      attachment.title = attachment.title.slice(0, trailing.index);
    }
  }
  return attachments;
}

const ITEM_RULES: ItemRules = {
  lift(line, item, sections, textSoFar) {
    const caseNumber = CASE_NUMBER.exec(line.trimmed);
    if (caseNumber?.groups && item.caseNumber === null) {
      item.caseNumber = caseNumber.groups.value;
      return true;
    }
    const decidedBy = DECIDED_BY.exec(line.trimmed);
    if (decidedBy?.groups && textSoFar.every(isBlank)) {
      sections.push({ heading: 'Sagen afgøres i', text: decidedBy.groups.value, decision: null });
      return true;
    }
    return false;
  },
  isHeading: (text) => isKnownHeading(text) || DECISION_HEADING.test(text),
  decisionOf,
  attachments: readAttachments,
};

/** Without a cover: the latest decision date is this meeting's, and "Sagen afgøres i" names the body. */
function fallbackOf(lines: readonly Line[]): MeetingFallback {
  return {
    date: () =>
      lines
        .map((line) => decisionOf(line.trimmed)?.date ?? '')
        .sort()
        .pop() || null,
    dateWarning: 'Mødedatoen er ikke fundet på forsiden; den er taget fra den seneste beslutning.',
    body: () => lines.map((line) => DECIDED_BY.exec(line.trimmed)?.groups?.value).find((value) => value) ?? null,
    bodyWarning: 'Udvalgets navn er ikke fundet på forsiden; det er taget fra "Sagen afgøres i".',
  };
}

function parse(source: Source): DraftDocument {
  const lines = linesOf(source);
  const warnings: string[] = [];
  const tocStart = lines.findIndex((line) => isTableOfContents(line.trimmed));
  const headings = findItemHeadings(lines, tocStart >= 0 ? tocStart + 1 : 0);
  if (headings.length === 0)
    throw new ReadError('fandt ingen punkter i Acadre-layoutet ("N. Titel" fulgt af "Sagsnr.:")');

  const coverEnd = tocStart >= 0 ? tocStart : headings[0].index;
  const cover = readCover(lines, coverEnd);
  return caseSystemDocument({
    lines,
    headings,
    end: closingLine(lines, headings[headings.length - 1].lastIndex + 1, (text) => SIGNATURE_PAGE.test(text)),
    rules: ITEM_RULES,
    cover,
    coverEnd,
    meeting: meetingOf(cover, fallbackOf(lines), warnings),
    contents: tocStart >= 0 ? readContents(lines, tocStart, headings[0].index) : null,
    // A closed item's text is "Lukket punkt" alone.
    isClosed: (item) => /^lukket punkt\.?$/i.test(item.sections[0]?.text ?? ''),
    warnings,
  });
}

export const acadreReader = defineReader({ name: 'acadre-pdf-text', detect, parse });
