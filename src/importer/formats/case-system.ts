/**
 * What the readers of the municipal case systems' PDF layouts (eDoc, Acadre) share: numbered
 * item headings whose title may wrap and that a labelled line confirms ("Sagsnr.:"), the cover
 * page's members, an item's text cut into sections at known headings, attachment lists, the
 * line where the minutes close. The layouts differ only in their patterns (edoc.ts, acadre.ts).
 * Pure.
 */
import { isoDate } from '../../domain/danish-dates.js';
import type { Attachment, Participant, SourcePosition } from '../../domain/meeting-document.js';
import {
  type DecisionMark,
  type DraftDocument,
  type DraftItem,
  type DraftSection,
  draftDocument,
  draftItem,
} from '../draft.js';
import { collapseSpace, foldHeading, joinWrapped } from '../fold.js';
import { isBlank, type Line, toMarkdown } from '../lines.js';
import { parsePerson } from '../people.js';
import { ReadError } from '../source.js';
import {
  CASE_SYSTEM_SECTION_HEADINGS,
  CLOSING_PHRASES,
  COVER_LABELS,
  DOCUMENT_TYPE_WORDS,
  SECTION_HEADINGS,
} from '../vocabulary.js';

const KNOWN_HEADINGS: ReadonlySet<string> = new Set<string>([...SECTION_HEADINGS, ...CASE_SYSTEM_SECTION_HEADINGS]);

/** The line is exactly one of the known section headings ("Tidsplan:" with a colon is text). */
export function isKnownHeading(text: string): boolean {
  return KNOWN_HEADINGS.has(foldHeading(text));
}

export function positionOf(line: Line): SourcePosition {
  return { line: line.index + 1, page: line.page };
}

/** The document type named by a cover line ("Referat", "Åbent referat", "Dagsorden"); null when none. */
export function documentTypeOf(text: string): 'referat' | 'dagsorden' | null {
  return DOCUMENT_TYPE_WORDS[foldHeading(text)] ?? null;
}

/** What a layout reads from the cover page; the meeting's date and body may be found elsewhere too. */
export interface Cover {
  documentType: 'referat' | 'dagsorden' | null;
  body: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
}

/** Where a layout finds the meeting's date and body when the cover does not give them, and what it then warns. */
export interface MeetingFallback {
  date(): string | null;
  dateWarning: string;
  body(): string | null;
  bodyWarning: string;
}

/** The meeting's date and body: the cover's, else the fallback's (with its warning); without either, no minutes. */
export function meetingOf(cover: Cover, fallback: MeetingFallback, warnings: string[]): { date: string; body: string } {
  const date = cover.date || warned(fallback.date(), fallback.dateWarning, warnings);
  if (!date) throw new ReadError('fandt ingen mødedato');
  const body = cover.body || warned(fallback.body(), fallback.bodyWarning, warnings);
  if (!body) throw new ReadError('fandt ikke udvalgets navn');
  return { date, body };
}

function warned(value: string | null, warning: string, warnings: string[]): string | null {
  if (value) warnings.push(warning);
  return value;
}

/** A decision heading → its date and who decided, by the layout's pattern (groups `who`, `day`, `month`, `year`). */
export function decisionMarkOf(pattern: RegExp, text: string): DecisionMark | null {
  const groups = pattern.exec(text)?.groups;
  if (!groups) return null;
  const date = isoDate(+groups.year, +groups.month, +groups.day);
  return date ? { date, body: groups.who } : null;
}

/**
 * The members listed on a cover page between `start` and `end`: the lines under a "Tilstede" /
 * "Medlemmer" label attended, those under "Fraværende" / "Afbud" did not, and those under
 * "Sekretær" are the secretary. Nothing is read before the first label.
 */
export function readCoverMembers(lines: readonly Line[], start: number, end: number): Participant[] {
  const participants: Participant[] = [];
  let mode: 'none' | 'present' | 'absent' | 'secretary' = 'none';
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const folded = foldHeading(line.trimmed).replace(/:$/, '');
    if ((COVER_LABELS.present as readonly string[]).includes(folded)) mode = 'present';
    else if ((COVER_LABELS.absent as readonly string[]).includes(folded)) mode = 'absent';
    else if ((COVER_LABELS.secretary as readonly string[]).includes(folded)) mode = 'secretary';
    else if (mode === 'present') participants.push(parsePerson(line.trimmed));
    else if (mode === 'absent') participants.push(parsePerson(line.trimmed, { absent: true }));
    else if (mode === 'secretary') participants.push(parsePerson(line.trimmed, { role: 'Sekretær' }));
  }
  return participants;
}

// ---------------------------------------------------------------------------------------------
// Item headings

export interface NumberedHeading {
  index: number;
  /** Index of the last title line (the title may wrap). */
  lastIndex: number;
  number: number;
  title: string;
}

export interface HeadingRules {
  /** "N. Title" with groups `number` and `title`. */
  pattern: RegExp;
  /** A line that confirms the heading when it follows the title ("Sagsnr.: …"). */
  confirms(text: string): boolean;
  /** A line that cannot continue a title (another heading, a section heading …). */
  stops(text: string): boolean;
}

/** How many lines after the heading line may still continue its title or confirm it. */
const CONTINUATION_LIMIT = 3;

/**
 * "N. Title" at line `i`, with its wrapped title lines when a confirming line follows within a
 * few lines; unconfirmed, the title is the heading line's alone.
 */
export function numberedHeadingAt(
  lines: readonly Line[],
  i: number,
  rules: HeadingRules,
): (NumberedHeading & { confirmed: boolean }) | null {
  const match = rules.pattern.exec(lines[i].trimmed);
  if (!match?.groups) return null;
  const number = Number(match.groups.number);
  let title = match.groups.title;
  let lastIndex = i;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen <= CONTINUATION_LIMIT; j++) {
    const next = lines[j];
    if (isBlank(next)) continue;
    seen++;
    if (rules.confirms(next.trimmed)) {
      return { index: i, lastIndex, number, title: collapseSpace(title), confirmed: true };
    }
    if (rules.stops(next.trimmed)) break;
    title = joinWrapped(title, next.trimmed);
    lastIndex = j;
  }
  return { index: i, lastIndex: i, number, title: collapseSpace(match.groups.title), confirmed: false };
}

/** The line where the minutes close (closing notes, signatures), or the end. */
export function closingLine(lines: readonly Line[], from: number, isClosing: (text: string) => boolean): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].trimmed;
    const folded = foldHeading(text);
    if (isClosing(text) || CLOSING_PHRASES.some((phrase) => folded.startsWith(phrase))) return i;
  }
  return lines.length;
}

// ---------------------------------------------------------------------------------------------
// An item's text

export interface LineChunk {
  /** The heading line; null for the lines before the first heading. */
  heading: Line | null;
  lines: Line[];
}

/** Cuts lines into chunks at the lines that `isHeading` accepts. */
export function chunkAtHeadings(lines: readonly Line[], isHeading: (text: string) => boolean): LineChunk[] {
  const chunks: LineChunk[] = [];
  let current: LineChunk = { heading: null, lines: [] };
  const close = () => {
    if (current.heading !== null || current.lines.some((l) => !isBlank(l))) chunks.push(current);
  };
  for (const line of lines) {
    if (!isBlank(line) && isHeading(line.trimmed)) {
      close();
      current = { heading: line, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  close();
  return chunks;
}

/** A chunk as a section; the text before the first heading gets the empty heading. */
export function toSection(chunk: LineChunk, decision: DecisionMark | null = null): DraftSection {
  return { heading: chunk.heading?.trimmed.replace(/:$/, '') ?? '', text: toMarkdown(chunk.lines), decision };
}

/** The lines up to the first blank one (an attachment list ends with its paragraph). */
function leadingParagraph(lines: readonly Line[]): { paragraph: Line[]; rest: Line[] } {
  let start = 0;
  while (start < lines.length && isBlank(lines[start])) start++;
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  return { paragraph: lines.slice(start, end), rest: lines.slice(end) };
}

/** Attachment lines as the layout prints them; a line that is not one continues the title before it. */
export function readAttachmentList(
  lines: readonly Line[],
  parseLine: (text: string) => Attachment | null,
): Attachment[] {
  const attachments: Attachment[] = [];
  for (const line of lines) {
    const parsed = parseLine(line.trimmed);
    if (parsed) {
      attachments.push(parsed);
    } else if (attachments.length > 0) {
      const last = attachments[attachments.length - 1];
      last.title = joinWrapped(last.title, line.trimmed);
    } else if (!/^ingen\.?$/i.test(line.trimmed)) {
      attachments.push({ title: line.trimmed, documentId: null });
    }
  }
  return attachments;
}

export interface ItemRules {
  /** Lifts a labelled line ("Sagsnr.: …") into the item; true when the line is no text of the item. */
  lift(line: Line, item: DraftItem, sections: DraftSection[], textSoFar: readonly Line[]): boolean;
  /** A line that starts a section. */
  isHeading(text: string): boolean;
  /** The decision a heading records: its date and the body it names. */
  decisionOf(text: string): DecisionMark | null;
  /** Reads the attachment list (the first paragraph under "Bilag"). */
  attachments(lines: readonly Line[]): Attachment[];
  /** A section the layout reads in its own way (the absentees of an item); undefined: not such a chunk. */
  special?(chunk: LineChunk, item: DraftItem): DraftSection | null | undefined;
}

/** The sections of an "Bilag" chunk: its first paragraph lists the attachments; text after it is kept. */
function attachmentSections(chunk: LineChunk, item: DraftItem, rules: ItemRules): DraftSection[] {
  const { paragraph, rest } = leadingParagraph(chunk.lines);
  item.attachments.push(...rules.attachments(paragraph));
  const sections = [toSection({ heading: chunk.heading, lines: paragraph })];
  if (rest.some((l) => !isBlank(l))) sections.push(toSection({ heading: null, lines: rest }));
  return sections;
}

/**
 * Reads one item: the lines after its heading up to `end`. Labelled lines are lifted into the
 * item; every chunk of the text is kept as a section, as printed, decision headings marked.
 */
export function readCaseSystemItem(
  lines: readonly Line[],
  heading: NumberedHeading,
  end: number,
  rules: ItemRules,
): DraftItem {
  const item = draftItem({ number: heading.number, title: heading.title, source: positionOf(lines[heading.index]) });
  const text: Line[] = [];
  const sections: DraftSection[] = [];
  for (let i = heading.lastIndex + 1; i < end; i++) {
    if (!rules.lift(lines[i], item, sections, text)) text.push(lines[i]);
  }
  for (const chunk of chunkAtHeadings(text, rules.isHeading)) {
    const headingText = chunk.heading?.trimmed ?? '';
    const special = rules.special?.(chunk, item);
    if (special !== undefined) {
      if (special) sections.push(special);
    } else if (chunk.heading && rules.decisionOf(headingText)) {
      sections.push(toSection(chunk, rules.decisionOf(headingText)));
    } else if (foldHeading(headingText) === 'bilag') {
      sections.push(...attachmentSections(chunk, item, rules));
    } else {
      const section = toSection(chunk);
      if (section.text !== '' || section.heading !== '') sections.push(section);
    }
  }
  item.sections = sections;
  return item;
}

// ---------------------------------------------------------------------------------------------
// The document

export interface CaseSystemParts {
  lines: readonly Line[];
  /** The item headings, in order; there is at least one. */
  headings: readonly NumberedHeading[];
  /** Where the last item ends (closingLine). */
  end: number;
  rules: ItemRules;
  cover: Cover;
  /** Where the cover page ends: its members are read up to here. */
  coverEnd: number;
  /** The meeting's date and body (from the cover, or found elsewhere). */
  meeting: { date: string; body: string };
  /** The table of contents' titles by item number; null when the layout prints none. */
  contents: ReadonlyMap<number, string> | null;
  /** Whether the item is closed, by what the layout marks closed items with. */
  isClosed(item: DraftItem, heading: NumberedHeading): boolean;
  warnings: string[];
}

/** The draft: each item read up to the next heading, with its closed mark and its title in the contents. */
export function caseSystemDocument(parts: CaseSystemParts): DraftDocument {
  const { lines, headings, cover, contents } = parts;
  const items = headings.map((heading, i) => {
    const itemEnd = i + 1 < headings.length ? headings[i + 1].index : parts.end;
    const item = readCaseSystemItem(lines, heading, itemEnd, parts.rules);
    item.closed = parts.isClosed(item, heading);
    item.tocTitle = contents?.get(heading.number) ?? null;
    return item;
  });
  return draftDocument({
    body: parts.meeting.body,
    documentType: cover.documentType,
    date: parts.meeting.date,
    startTime: cover.startTime,
    location: cover.location,
    participants: readCoverMembers(lines, 0, parts.coverEnd),
    items,
    tocEntries: contents ? contents.size : null,
    warnings: parts.warnings,
  });
}
