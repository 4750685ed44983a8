/**
 * Reader for the eDoc minutes layout (municipal committees, PDF text): a cover page with the
 * body, "tirsdag den 4. december 2012, kl. 13:00", "i <place>" and the members; a table of
 * contents split into "Åbent referat" and "Lukket referat"; items "N. Title" followed by
 * "Sagsnr.:" and "Dok.nr.:"; sections under plain headings (Sammendrag, Baggrund, …); decisions
 * under "<Udvalg>s beslutning den 04.12.2012 Punkt N", followed by "Følgende deltog ikke i
 * behandlingen af punktet:" and the names. Which decision is this meeting's is the refiners'.
 */
import { findDanishDate, findTime, isoDate } from '../../domain/danish-dates.js';
import type { DecisionMark, DraftDocument } from '../draft.js';
import { foldHeading } from '../fold.js';
import { isBlank, type Line, linesOf } from '../lines.js';
import { parsePerson } from '../people.js';
import { ReadError, type Source } from '../source.js';
import { titlesAgree } from '../titles.js';
import { isTableOfContents } from '../toc.js';
import { CLOSED_WORD } from '../vocabulary.js';
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

const ITEM_HEADING = /^(?<number>\d{1,4})\.\s+(?<title>\S.*)$/;
const CASE_NUMBER = /^Sagsnr\.?\s*:\s*(?<value>\S+)/i;
const DOCUMENT_NUMBER = /^Dok\.?\s*nr\.?\s*:\s*(?<value>\S+)/i;
const DECISION_HEADING =
  /^(?<who>\S.{0,200}?)\s+beslutning\s+den\s+(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:\s*,?\s*punkt\s+(?<item>\d+))?\s*$/i;
const ABSENTEES_LEAD = /^Følgende deltog ikke i behandlingen af punktet\s*:?\s*(?<names>.*)$/i;
const ATTACHMENT_LINE = /^(?<document>\d{4}\s*[-–]\s*\d+)\s+[-–]\s+(?<title>\S.*)$/;
const PART_MARKER = /^(?<state>åbent|åben|lukket)\s+(?<kind>referat|dagsorden|møde)$/i;
const TOC_ENTRY = /^(?<number>\d{1,4})\.\s+(?<title>\S.{0,400}?)(?:\s+\d{1,3})?$/;

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

/** "<Udvalg>s beslutning den 04.12.2012 Punkt 3" → the date and who decided. */
const decisionOf = (text: string): DecisionMark | null => decisionMarkOf(DECISION_HEADING, text);

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
function readTableOfContents(lines: readonly Line[], start: number): TableOfContents {
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

const HEADING_RULES: HeadingRules = {
  pattern: ITEM_HEADING,
  confirms: (text) => CASE_NUMBER.test(text) || DOCUMENT_NUMBER.test(text),
  stops: (text) =>
    ITEM_HEADING.test(text) || isKnownHeading(text) || DECISION_HEADING.test(text) || PART_MARKER.test(text),
};

/**
 * Item headings: "N. Title" (the title may wrap) followed within a few lines by "Sagsnr.:" or
 * "Dok.nr.:"; after the first such item, also a heading whose number and title are in the table
 * of contents (an item without a case number). Numbers must rise.
 */
function findItemHeadings(lines: readonly Line[], toc: TableOfContents | null): NumberedHeading[] {
  const headings: NumberedHeading[] = [];
  for (let i = toc ? toc.end + 1 : 0; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const heading = numberedHeadingAt(lines, i, HEADING_RULES);
    if (!heading) continue;
    const listed = toc?.entries.get(heading.number);
    const inToc = headings.length > 0 && listed !== undefined && titlesAgree(heading.title, listed);
    if (!heading.confirmed && !inToc) continue;
    if (headings.length > 0 && heading.number <= headings[headings.length - 1].number) continue;
    headings.push({ index: heading.index, lastIndex: heading.lastIndex, number: heading.number, title: heading.title });
    i = heading.lastIndex;
  }
  return headings;
}

/** Whether an item starting at a line is in the closed part ("Lukket referat") of the minutes. */
function closedMarkers(lines: readonly Line[], tocStart: number, tocEnd: number): (index: number) => boolean {
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

/** The cover page: "Referat", the body, the date line, "i <place>". */
function readCover(lines: readonly Line[], end: number): Cover {
  const content = lines.slice(0, end).filter((line) => !isBlank(line));
  const cover: Cover = { documentType: null, body: null, date: null, startTime: null, location: null };
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
  return cover;
}

const ITEM_RULES: ItemRules = {
  lift(line, item) {
    const caseNumber = CASE_NUMBER.exec(line.trimmed);
    if (caseNumber?.groups && item.caseNumber === null) {
      item.caseNumber = caseNumber.groups.value;
      return true;
    }
    const documentNumber = DOCUMENT_NUMBER.exec(line.trimmed);
    if (documentNumber?.groups && item.documentId === null) {
      item.documentId = documentNumber.groups.value;
      return true;
    }
    return PART_MARKER.test(line.trimmed);
  },
  isHeading: (text) => isKnownHeading(text) || DECISION_HEADING.test(text) || ABSENTEES_LEAD.test(text),
  decisionOf,
  /** "2012-208960 - Title" lines. */
  attachments: (lines) =>
    readAttachmentList(lines, (text) => {
      const match = ATTACHMENT_LINE.exec(text);
      if (!match?.groups) return null;
      return { title: match.groups.title.trim(), documentId: match.groups.document.replace(/\s*[-–]\s*/, '-') };
    }),
  /** "Følgende deltog ikke i behandlingen af punktet: A, B": the item's absentees, kept as a section. */
  special(chunk, item) {
    const headingText = chunk.heading?.trimmed ?? '';
    const lead = chunk.heading ? ABSENTEES_LEAD.exec(headingText) : null;
    if (!lead) return undefined;
    const names = [lead.groups?.names ?? '', ...chunk.lines.filter((l) => !isBlank(l)).map((l) => l.trimmed)]
      .flatMap((n) => n.split(/\s*,\s*/))
      .filter((name) => name.trim() !== '');
    item.absent.push(
      ...names.map((name) => {
        const person = parsePerson(name, { absent: true });
        return { name: person.name, party: person.party, role: person.role };
      }),
    );
    if (names.length === 0) return null;
    return { heading: headingText.replace(/\s*:.*$/, ''), text: names.join('\n'), decision: null };
  },
};

/** Without a cover: the date and the body most decision headings name. */
function fallbackOf(lines: readonly Line[]): MeetingFallback {
  const headings = lines.map((line) => DECISION_HEADING.exec(line.trimmed)?.groups).filter((groups) => !!groups);
  return {
    date: () =>
      mostCommon(
        headings.map((groups) => isoDate(+groups.year, +groups.month, +groups.day)).filter((d): d is string => !!d),
      ),
    dateWarning: 'Mødedatoen er ikke fundet på forsiden; den er taget fra beslutningerne.',
    body: () => mostCommon(headings.map((groups) => groups.who.replace(/s$/, '')).filter((w) => w !== '')),
    bodyWarning: 'Udvalgets navn er ikke fundet på forsiden; det er taget fra beslutningerne.',
  };
}

function parse(source: Source): DraftDocument {
  const lines = linesOf(source);
  const warnings: string[] = [];
  const tocStart = lines.findIndex((line) => isTableOfContents(line.trimmed));
  const toc = tocStart >= 0 ? readTableOfContents(lines, tocStart) : null;
  const headings = findItemHeadings(lines, toc);
  if (headings.length === 0)
    throw new ReadError('fandt ingen punkter i eDoc-layoutet ("N. Titel" fulgt af "Sagsnr.:")');

  const coverEnd = tocStart >= 0 ? tocStart : headings[0].index;
  const cover = readCover(lines, coverEnd);
  const meeting = meetingOf(cover, fallbackOf(lines), warnings);
  const closedFrom = closedMarkers(lines, tocStart, toc?.end ?? tocStart);
  return caseSystemDocument({
    lines,
    headings,
    end: closingLine(lines, headings[headings.length - 1].lastIndex + 1, () => false),
    rules: ITEM_RULES,
    cover,
    coverEnd,
    meeting,
    contents: toc?.entries ?? null,
    isClosed: (_item, heading) => closedFrom(heading.index),
    warnings,
  });
}

export const edocReader = defineReader({ name: 'edoc-pdf-text', detect, parse });
