/**
 * One item of a text layout: its whole title (wrapped over lines, with time slot and closed
 * marker), the case number and document id that follow it, and its sections as printed —
 * decision headings marked, attachments, absentees and tables of people read. Which decision is
 * this meeting's is left to the refiners. Small pure functions over the line model.
 */
import { parseCaseNumber } from '../../../domain/case-number.js';
import type { Attachment } from '../../../domain/meeting-document.js';
import { caseNumberOf, matchMetaLabel } from '../../case-numbers.js';
import { type DecisionMark, type DraftItem, type DraftSection, draftItem } from '../../draft.js';
import { foldHeading, foldTitle, joinWrapped, sameBody } from '../../fold.js';
import { isBlank, type Line, toMarkdown } from '../../lines.js';
import { readTitle, splitTimeSlot, TIME_SLOT, titlesAgree } from '../../titles.js';
import { isTocLike } from '../../toc.js';
import { ABSENTEE_HEADINGS, ATTACHMENT_HEADINGS, CLOSED_WORD } from '../../vocabulary.js';
import { classifyHeading, type ItemHeading, PUNKT, SUBHEADER } from './headings.js';
import {
  matchAbsenteeLine,
  mergeAttachments,
  parseAbsenteeLine,
  parseAttachmentLine,
  readPeopleTable,
} from './lists.js';

export interface ItemContext {
  body: string;
  /** The table of contents' title for this item, when there is one. */
  tocTitle: string | null;
}

/** Is the line something other than a title's continuation (a case number, a heading, a label …)? */
function isStructural(text: string): boolean {
  return (
    parseCaseNumber(text) !== null ||
    matchMetaLabel(text) !== null ||
    classifyHeading(text) !== null ||
    SUBHEADER.test(text) ||
    PUNKT.test(text) ||
    matchAbsenteeLine(text) !== null
  );
}

/** Titles wrap onto a few lines at most; more than this is body text, not title. */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_LENGTH = 600;

/** The next non-blank line from `from`, looking past a few blank lines; -1 when none. */
function nextContent(lines: readonly Line[], from: number, end: number): number {
  let j = from;
  while (j < end && isBlank(lines[j]) && j < from + 4) j++;
  return j >= end || isBlank(lines[j]) ? -1 : j;
}

/**
 * Does `text` carry the title `raw` on? With a table of contents the joined title must keep
 * agreeing with it (and may continue after a blank line while the contents' title is longer);
 * without one, only an adjacent short line that does not end a sentence continues a long first
 * line, or any line that starts in lower case after a title that does not end a sentence.
 */
function continuesTitle(raw: string, text: string, adjacent: boolean, tocTitle: string | null): boolean {
  const joined = joinWrapped(raw, text);
  const carriesOn = /^\p{Ll}/u.test(text) && !/[.:;!?]$/.test(raw) && text.length < 150;
  if (tocTitle) {
    const tocLonger = foldTitle(tocTitle).length > foldTitle(raw).length;
    const agrees = titlesAgree(joined, tocTitle) && foldTitle(joined).length <= foldTitle(tocTitle).length + 40;
    return agrees && (adjacent || tocLonger || carriesOn) && titlesAgree(raw, tocTitle);
  }
  return carriesOn || (adjacent && raw.length >= 40 && text.length <= 150 && !/[.:;!?]$/.test(text));
}

/**
 * Lines that wrap on directly from the title up to a case number on its own line belong to the
 * title, even where the contents (or the rules above) did not expect the title to go on: the
 * title ends where the case number begins ("… 2030-" / "fremskrivning" / "" /
 * "EMN-2025-012345"). Returns the case number's line, or -1 when the title is done.
 */
function runsToCaseNumber(lines: readonly Line[], from: number, end: number, joins: number): number {
  let j = from;
  if (j >= end || isBlank(lines[j]) || /[.:;!?]$/.test(lines[j - 1].trimmed)) return -1;
  for (let k = joins; k < MAX_TITLE_LINES; k++) {
    const text = lines[j].trimmed;
    if (text.length > 150 || /[.:;!?]$/.test(text) || text.includes('\t')) return -1;
    if (isStructural(text) || isTocLike(text)) return -1;
    const after = nextContent(lines, j + 1, end);
    if (after < 0) return -1;
    if (parseCaseNumber(lines[after].trimmed)) return after;
    if (after !== j + 1) return -1;
    j = after;
  }
  return -1;
}

/** The whole title: the heading line's text and the lines it wraps onto. */
function readWrappedTitle(
  lines: readonly Line[],
  heading: ItemHeading,
  end: number,
  tocTitle: string | null,
): { raw: string; next: number } {
  let raw = heading.text;
  let i = heading.line + 1;
  let joins = 0;
  while (i < end && joins < MAX_TITLE_LINES && raw.length < MAX_TITLE_LENGTH) {
    joins++;
    const j = nextContent(lines, i, end);
    if (j < 0) break;
    const text = lines[j].trimmed;
    const timeSlotOnly = TIME_SLOT.test(text) && splitTimeSlot(text).title === '';
    if (timeSlotOnly) raw = `${raw} ${text}`;
    else if (raw === '' && !isStructural(text)) raw = text;
    else if (raw === '' || isStructural(text) || !continuesTitle(raw, text, j === i, tocTitle)) break;
    else raw = joinWrapped(raw, text);
    i = j + 1;
  }
  const caseLine = raw === '' || TIME_SLOT.test(raw) ? -1 : runsToCaseNumber(lines, i, end, joins);
  for (
    let j = nextContent(lines, i, end);
    caseLine >= 0 && j >= 0 && j < caseLine;
    j = nextContent(lines, j + 1, end)
  ) {
    raw = joinWrapped(raw, lines[j].trimmed);
    i = j + 1;
  }
  return { raw, next: i };
}

interface RawSection {
  heading: string;
  folded: string;
  lines: Line[];
  decision: DecisionMark | null;
}

/** Reads an item's lines after its title into case number, document id and sections. */
class ItemLines {
  caseNumber: string | null = null;
  documentId: string | null = null;
  closed = false;
  subheaderTitle: string | null = null;
  readonly sections: RawSection[] = [];
  readonly warnings: string[] = [];
  private current: RawSection | null = null;
  private sawContent = false;
  private inSubheader = false;
  private readonly repeats: Set<string>;
  private readonly longestRepeat: number;
  private readonly shortestRepeat: number;

  constructor(
    private readonly lines: readonly Line[],
    private readonly heading: ItemHeading,
    private readonly end: number,
    private readonly body: string,
    titles: readonly string[],
  ) {
    this.repeats = new Set(titles.map((t) => foldTitle(t)).filter((t) => t.length > 0));
    const lengths = [...this.repeats].map((t) => t.length);
    this.longestRepeat = Math.max(0, ...lengths) + 8;
    this.shortestRepeat = Math.min(Number.POSITIVE_INFINITY, ...lengths);
  }

  read(from: number): this {
    for (let i = from; i < this.end; i++) this.step(this.lines[i], i);
    return this;
  }

  private step(line: Line, i: number): void {
    if (isBlank(line)) {
      this.current?.lines.push(line);
      return;
    }
    const text = line.trimmed;
    if (this.readCaseNumber(text) || this.readSubheader(text)) return;
    if (this.inSubheader && this.current === null && text.length < 120 && sameBody(text, this.body)) return;
    if (this.readHeading(text) || this.readAbsentees(line) || this.isRepeatedTitle(text, i)) return;
    if (!this.current) this.open({ heading: '', folded: '', lines: [], decision: null });
    this.current?.lines.push(line);
  }

  private open(section: RawSection): void {
    this.current = section;
    this.sections.push(section);
  }

  /** The bare case number on the first line, or "Sags ID:" / "Dok ID:" before any section. */
  private readCaseNumber(text: string): boolean {
    if (!this.sawContent) {
      this.sawContent = true;
      const bare = parseCaseNumber(text);
      if (bare) {
        this.caseNumber = bare;
        return true;
      }
    }
    if (this.current !== null) return false;
    const meta = matchMetaLabel(text);
    if (!meta) return false;
    if (meta.kind === 'document') this.documentId ??= meta.value;
    else if (!this.caseNumber) this.caseNumber = caseNumberOf(meta.value);
    else if (this.caseNumber !== meta.value && parseCaseNumber(meta.value)) {
      this.warnings.push(
        `Punkt ${this.heading.number}: to sagsnumre (${this.caseNumber} og ${meta.value}); det første er brugt.`,
      );
    }
    return true;
  }

  /** "3 (Lukket) Titel" repeated under the heading: the closed marker and the title. */
  private readSubheader(text: string): boolean {
    const sub = SUBHEADER.exec(text);
    if (!sub || Number(sub[1]) !== this.heading.number) return false;
    if (sub[2].toLowerCase().startsWith(CLOSED_WORD)) this.closed = true;
    this.subheaderTitle = sub[3].trim() || null;
    this.current = null;
    this.inSubheader = true;
    return true;
  }

  private readHeading(text: string): boolean {
    const info = classifyHeading(text);
    if (!info) return false;
    this.open({ heading: info.heading, folded: info.folded, lines: [], decision: info.decision });
    this.inSubheader = false;
    return true;
  }

  /** "Fraværende Michael Haslund, PLO": an absentee section of its own. */
  private readAbsentees(line: Line): boolean {
    const absent = matchAbsenteeLine(line.trimmed);
    if (!absent) return false;
    const names = { ...line, text: absent.names, trimmed: absent.names };
    this.open({ heading: absent.heading, folded: foldHeading(absent.heading), lines: [names], decision: null });
    return true;
  }

  /** The first non-blank line among the `count` lines from `from`. */
  private firstContent(from: number, count: number): string | null {
    for (let k = from; k < this.end && k < from + count; k++) if (!isBlank(this.lines[k])) return this.lines[k].trimmed;
    return null;
  }

  /** The title repeated before a heading or label (a running header, a sub-heading) ends the section. */
  private isRepeatedTitle(text: string, i: number): boolean {
    if (text.length > this.longestRepeat || text.length < this.shortestRepeat) return false;
    if (!this.repeats.has(foldTitle(text))) return false;
    const after = this.firstContent(i + 1, 6);
    if (after !== null && !classifyHeading(after) && !matchMetaLabel(after) && !SUBHEADER.test(after)) return false;
    this.current = null;
    return true;
  }
}

const ATTACHMENT_SET = new Set<string>(ATTACHMENT_HEADINGS);
const ABSENTEE_SET = new Set<string>([...ABSENTEE_HEADINGS, 'fravær', 'afbud fra']);

function linesOfSections(sections: readonly RawSection[], kinds: ReadonlySet<string>): Line[] {
  return sections.filter((s) => kinds.has(s.folded)).flatMap((s) => s.lines.filter((l) => !isBlank(l)));
}

/** The sections as printed (an empty one without heading left out), tables of people noted. */
function draftSections(sections: readonly RawSection[]): DraftSection[] {
  const printed: DraftSection[] = [];
  for (const section of sections) {
    const text = toMarkdown(section.lines);
    if (section.heading === '' && text === '') continue;
    const draft: DraftSection = { heading: section.heading, text, decision: section.decision };
    if (section.decision) {
      const people = readPeopleTable(section.lines);
      if (people.length > 0) draft.people = people;
    }
    printed.push(draft);
  }
  return printed;
}

/** Reads one item: the lines from its heading up to (not including) `end`. */
export function readItem(lines: readonly Line[], heading: ItemHeading, end: number, context: ItemContext): DraftItem {
  const { raw, next } = readWrappedTitle(lines, heading, end, context.tocTitle);
  const titled = readTitle(raw);
  const read = new ItemLines(lines, heading, end, context.body, [titled.title, raw, context.tocTitle ?? '']).read(next);
  const warnings = [...read.warnings];
  let title = titled.title;
  if (!title) {
    title = read.subheaderTitle ?? context.tocTitle ?? '';
    warnings.push(
      `Punkt ${heading.number}: overskriften har ingen titel${title ? '; titlen er taget andetsteds fra' : ''}.`,
    );
  }
  const attachments = linesOfSections(read.sections, ATTACHMENT_SET)
    .map((l) => parseAttachmentLine(l.text))
    .filter((a): a is Attachment => a !== null);
  return draftItem({
    number: heading.number,
    title,
    timeSlot: titled.timeSlot,
    caseNumber: read.caseNumber,
    documentId: read.documentId,
    closed: titled.closed || read.closed,
    sections: draftSections(read.sections),
    attachments: mergeAttachments(attachments),
    absent: linesOfSections(read.sections, ABSENTEE_SET).flatMap((l) => parseAbsenteeLine(l.text)),
    source: { line: heading.line + 1, page: lines[heading.line]?.page ?? null },
    tableParticipants: read.sections.length > 0 ? readPeopleTable(read.sections.flatMap((s) => s.lines)) : [],
    warnings,
  });
}
