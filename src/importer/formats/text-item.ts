/**
 * The item-level parts of a text layout: item headings ("Punkt 3: …"), titles with time slots
 * and closed markers, case numbers and document ids, sections, this meeting's decision,
 * attachments and absentees. Small pure functions over the line model; every pattern is linear.
 */
import { parseCaseNumber } from '../../domain/case-number.js';
import { findDanishDate } from '../../domain/danish-dates.js';
import { makeDecision } from '../../domain/decision.js';
import type {
  Absentee,
  AgendaItem,
  Attachment,
  Decision,
  Participant,
  Section,
} from '../../domain/meeting-document.js';
import { isBlank, type Line, toMarkdown } from '../lines.js';
import {
  ABSENTEE_HEADINGS,
  ATTACHMENT_HEADINGS,
  CLOSED_WORD,
  DECISION_HEADINGS,
  foldHeading,
  HISTORY_HEADINGS,
  SECTION_HEADINGS,
} from '../vocabulary.js';
import { parsePeople, partyOf, splitTocLine, stripTrailingDate, type TocEntry } from './text-header.js';

// ---------------------------------------------------------------------------------------------
// Item headings

export type HeadingStyle = 'punkt' | 'punkt-loose' | 'subheader' | 'numbered';

export interface ItemHeading {
  /** 0-based line of the heading. */
  line: number;
  number: number;
  /** What follows the number on the heading line: the title's first part. */
  text: string;
  style: HeadingStyle;
}

const PUNKT = /^(?:punkt|pkt\.?)\s*(\d{1,5})\s*:\s*(.*)$/i;
const PUNKT_LOOSE = /^(?:punkt|pkt\.?)\s*(\d{1,5})\s*[.\-–]\s+(\S.*)$/i;
/** "1 (Åben) Godkendelse af dagsorden": a sub-heading in some layouts, the heading in others. */
const SUBHEADER = /^(\d{1,5})\s+\((åben|åbent|lukket|lukket punkt)\)\s*(.*)$/i;
const NUMBERED = /^(\d{1,5})\.\s+(\S.*)$/;

const STYLES: ReadonlyArray<readonly [HeadingStyle, RegExp]> = [
  ['punkt', PUNKT],
  ['punkt-loose', PUNKT_LOOSE],
  ['subheader', SUBHEADER],
  ['numbered', NUMBERED],
];

/** A table-of-contents line: the title followed by a run of dots or a tab and a page number. */
export function isTocLike(text: string): boolean {
  if (splitTocLine(text).page === null) return false;
  const tail = text.slice(-24);
  return tail.includes('...') || tail.includes('…') || tail.includes('\t');
}

/** "Punkt 3: Titel" (and the looser forms) → number and title part; null when not a heading. */
export function matchItemHeading(text: string, style: HeadingStyle = 'punkt'): { number: number; text: string } | null {
  if (text.length > 2000) return null;
  const pattern = STYLES.find(([name]) => name === style)?.[1] ?? PUNKT;
  const match = pattern.exec(text);
  if (!match) return null;
  if (isTocLike(text)) return null;
  const rest = style === 'subheader' ? match[3] : match[2];
  return { number: Number(match[1]), text: rest.trim() };
}

/**
 * The item headings of a document. The first style that occurs wins ("Punkt N:" before the
 * others); plain "N. Titel" lines count only when the table of contents lists the same title,
 * since numbered lists look the same. A heading repeated as a running page header is dropped.
 */
export function findItemHeadings(lines: readonly Line[], from: number, toc: readonly TocEntry[]): ItemHeading[] {
  for (const [style] of STYLES) {
    if (style === 'numbered' && toc.length === 0) continue;
    const found: ItemHeading[] = [];
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (line.noise || line.trimmed === '') continue;
      const first = line.trimmed.charCodeAt(0);
      // Cheap pre-check: every style starts with "P"/"p" or a digit.
      if (!(first === 80 || first === 112 || (first >= 48 && first <= 57))) continue;
      const match = matchItemHeading(line.trimmed, style);
      if (!match) continue;
      if (style === 'numbered' && !toc.some((entry) => titlesAgree(match.text, entry.title))) continue;
      const previous = found[found.length - 1];
      if (previous && previous.number === match.number && foldTitle(previous.text) === foldTitle(match.text)) continue;
      found.push({ line: i, number: match.number, text: match.text, style });
    }
    if (found.length > 0) return found;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Titles

/** Folded for comparison: lower case, one space, straight quotes and dashes, no final dot. */
export function foldTitle(text: string): string {
  let value = text.toLowerCase();
  if (FANCY.test(value)) {
    value = value
      .replace(/[”“„«»"]/g, '"')
      .replace(/[’‘`´]/g, "'")
      .replace(/[–—‐‑]/g, '-');
  }
  if (SPACES.test(value)) value = value.replace(/\s+/g, ' ');
  let end = value.length;
  while (end > 0 && TRAILING.includes(value[end - 1])) end--;
  return value.slice(0, end).trim();
}

const FANCY = /[”“„«»’‘`´–—‐‑]/;
const SPACES = /\s\s|[\t\n\r\f\v\u00A0]/;
const TRAILING = ' \t.…:';

/** A heading and a table-of-contents title agree when one starts with the other (contents cut titles short). */
export function titlesAgree(heading: string, toc: string): boolean {
  const a = foldTitle(heading);
  const b = foldTitle(toc);
  if (!a || !b) return false;
  return a === b || a.startsWith(b) || (b.startsWith(a) && a.length >= 12);
}

const TIME_SLOT = /\s*\(\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*(\d{1,2})[.:](\d{2}))?\s*\)\s*$/i;

/** "Orientering (14.30-15.00)" → title "Orientering", slot "14.30-15.00" (separators as dots). */
export function splitTimeSlot(title: string): { title: string; timeSlot: string | null } {
  const match = TIME_SLOT.exec(title);
  if (!match) return { title: title.trim(), timeSlot: null };
  const [, h1, m1, h2, m2] = match;
  if (+h1 > 24 || +m1 > 59 || (h2 !== undefined && (+h2 > 24 || +m2 > 59)))
    return { title: title.trim(), timeSlot: null };
  const timeSlot = h2 === undefined ? `${h1}.${m1}` : `${h1}.${m1}-${h2}.${m2}`;
  return { title: title.slice(0, match.index).trim(), timeSlot };
}

const CLOSED_MARKER = /\s*\((lukket|lukket punkt|åben|åbent)\)\s*$/i;

/** "Salg af grund (Lukket)" → title without the marker, and whether it said closed. */
export function splitClosedMarker(title: string): { title: string; closed: boolean | null } {
  const match = CLOSED_MARKER.exec(title);
  if (!match) return { title, closed: null };
  return { title: title.slice(0, match.index).trim(), closed: match[1].toLowerCase().startsWith(CLOSED_WORD) };
}

/** "Lukket", "Lukket: Salg af …", "Lukket punkt": a title that marks a closed item. */
export function isClosedTitle(title: string): boolean {
  const folded = title.trim().toLowerCase();
  if (!folded.startsWith(CLOSED_WORD)) return false;
  const next = folded.charAt(CLOSED_WORD.length);
  return next === '' || next === ':' || next === ' ' || next === '-' || next === '.' || next === '–';
}

/** Title, time slot and closed flag from the printed title. */
export function readTitle(raw: string): { title: string; timeSlot: string | null; closed: boolean } {
  let { title, timeSlot } = splitTimeSlot(raw);
  const marker = splitClosedMarker(title);
  title = marker.title;
  if (!timeSlot) ({ title, timeSlot } = splitTimeSlot(title));
  return { title, timeSlot, closed: marker.closed === true || isClosedTitle(title) };
}

// ---------------------------------------------------------------------------------------------
// Case numbers and document ids

export { parseCaseNumber };

const META_LABEL =
  /^(sags?\s*id|sagsnr\.?|sags?\s*nummer|sag\s*nr\.?|j\.\s*nr\.?|journalnr\.?|journalnummer|emnenr\.?|dok\.?\s*id|dokid|dok\.?\s*nr\.?|dokumentnr\.?|dokumentnummer|dokument\s*id)\s*:?\s*(\S[^\t]{0,60})$/i;

/** "Sags ID: EMN-2022-08440", "Dok ID: 12494335" → what it is and its value. */
export function matchMetaLabel(text: string): { kind: 'case' | 'document'; value: string } | null {
  if (text.length > 90) return null;
  const match = META_LABEL.exec(text.trim());
  if (!match) return null;
  const kind = match[1].toLowerCase().startsWith('dok') ? 'document' : 'case';
  const value = match[2].trim().replace(/[.,;]$/, '');
  if (!/\d/.test(value)) return null;
  // Up to 40 characters: First Agenda's document ids are UUIDs (36).
  if (kind === 'document' && !/^[\w./-]{1,40}$/.test(value)) return null;
  if (kind === 'case' && value.length > 40) return null;
  return { kind, value };
}

// ---------------------------------------------------------------------------------------------
// Section headings

const SECTION_SET = new Set<string>(SECTION_HEADINGS);
const MAX_PLAIN_HEADING = Math.max(...SECTION_HEADINGS.map((h) => h.length)) + 8;
const DECISION_SET = new Set<string>(DECISION_HEADINGS);
const HISTORY_SET = new Set<string>(HISTORY_HEADINGS);
const ATTACHMENT_SET = new Set<string>(ATTACHMENT_HEADINGS);
const ABSENTEE_SET = new Set<string>(ABSENTEE_HEADINGS);

export interface HeadingInfo {
  /** As printed, without Markdown marks. */
  heading: string;
  folded: string;
  /** Set when the heading records a decision: its printed date and body, when it names them. */
  decision: { date: string | null; body: string | null } | null;
}

function cleanHeading(text: string): string {
  let value = text.trim();
  if (value.startsWith('#')) value = value.replace(/^#+\s*/, '');
  if (value.startsWith('**') && value.endsWith('**') && value.length > 4) value = value.slice(2, -2).trim();
  return value;
}

/** "beslutning i <organ>" (what is left of a dated decision heading without its date). */
const DATED_DECISION_START = /^beslutning(?:er)?(?:\s+(?:i|på|fra|af|for)\s+(.+))?$/;
/** "<organ>s beslutning". */
const DATED_DECISION_END = /^(.+?)\s+beslutning(?:er)?$/;

/**
 * A section heading on a line of its own: one of the standard headings, or a dated decision
 * heading ("Beslutning i Sundhedsråd X den 23-03-2026", "Magistratens beslutning den 1. oktober
 * 2025"). Anything with more after it (a colon and text, a sentence) is not a heading.
 */
export function classifyHeading(text: string): HeadingInfo | null {
  if (text.length > 160 || text.length < 3) return null;
  // Standard headings are short; longer ones are dated decision headings.
  if (text.length > MAX_PLAIN_HEADING && !text.includes('eslutning') && !text.includes('ESLUTNING')) return null;
  const heading = cleanHeading(text);
  const folded = foldHeading(heading);
  if (SECTION_SET.has(folded)) {
    return { heading, folded, decision: DECISION_SET.has(folded) ? { date: null, body: null } : null };
  }
  if (!folded.includes('beslutning') || /[.:;]$/.test(folded)) return null;
  const date = findDanishDate(heading);
  if (!date) return null;
  // The date must end the heading ("… den 23-03-2026", perhaps "kl. 17.30"): else it is a sentence.
  const undated = stripTrailingDate(heading);
  if (undated === heading.replace(/\s+/g, ' ').trim()) return null;
  const rest = foldHeading(undated);
  const start = DATED_DECISION_START.exec(rest);
  const end = start ? null : DATED_DECISION_END.exec(rest);
  if (!start && !end) return null;
  return { heading, folded, decision: { date, body: (start ? start[1] : end?.[1]) ?? null } };
}

// ---------------------------------------------------------------------------------------------
// Absentee lines, attachments

const ABSENTEE_LINE =
  /^(Fraværende|FRAVÆRENDE|Afbud fra|AFBUD FRA|Afbud|AFBUD|Fravær|FRAVÆR)(?:\s*:\s*|\s+)(\p{Lu}[^\n]{0,300})$/u;

/** "Fraværende Michael Haslund, PLO" → heading word and the names. */
export function matchAbsenteeLine(text: string): { heading: string; names: string } | null {
  if (text.length > 320) return null;
  const match = ABSENTEE_LINE.exec(text.trim());
  if (!match) return null;
  return { heading: match[1], names: match[2].trim() };
}

const LIST_MARK = /^(?:[-•▪◦·*–]|\d{1,3}[.)])\s+/;
const ATTACHMENT_NUMBER = /^bilag\s+\d{1,3}\s*[:.\-–]\s*/i;
const DOCUMENT_ID_SUFFIX =
  /\s*\(\s*(?:dok\.?\s*id|dokid|dok\.?\s*nr\.?|dokumentnr\.?|id)\s*:?\s*(\d{1,12})(?:\s*[-–,]\s*([^()]{1,60}))?\)\s*$/i;

/** "1. Titel (DokID: 12470099 - EMN-2022-08440)" → title, document id and case number. */
export function parseAttachmentLine(text: string): Attachment | null {
  let title = text.trim().replace(LIST_MARK, '').replace(ATTACHMENT_NUMBER, '').trim();
  if (title === '' || title === '.' || title.length > 400) return null;
  let documentId: string | null = null;
  let caseNumber: string | null = null;
  const match = DOCUMENT_ID_SUFFIX.exec(title);
  if (match) {
    documentId = match[1];
    caseNumber = match[2] ? parseCaseNumber(match[2]) : null;
    title = title.slice(0, match.index).trim();
  }
  if (!/\p{L}|\d/u.test(title)) return null;
  return { title, documentId, caseNumber };
}

function attachmentKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\.(pdf|docx?|xlsx?|pptx?|txt|odt)$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Attachments of all attachment sections, one per title; a later listing fills in ids. */
export function mergeAttachments(attachments: readonly Attachment[]): Attachment[] {
  const byKey = new Map<string, Attachment>();
  const result: Attachment[] = [];
  for (const attachment of attachments) {
    const key = attachmentKey(attachment.title);
    const known = byKey.get(key);
    if (known) {
      known.documentId ??= attachment.documentId;
      if (!known.caseNumber) known.caseNumber = attachment.caseNumber ?? null;
      continue;
    }
    const copy = { ...attachment };
    byKey.set(key, copy);
    result.push(copy);
  }
  return result;
}

const NONE = new Set(['.', '-', 'ingen', 'ingen.', 'ingen fraværende', 'ingen afbud', 'intet']);

/** One line of an absentee list: a table row (name, title, role, "(C)") or names with qualifiers. */
export function parseAbsenteeLine(text: string): Absentee[] {
  const trimmed = text.trim();
  if (NONE.has(trimmed.toLowerCase())) return [];
  if (trimmed.includes('\t')) {
    const cells = trimmed
      .split('\t')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    if (cells.length === 0 || !/\p{L}/u.test(cells[0])) return [];
    let party: string | null = null;
    const rest: string[] = [];
    for (const cell of cells.slice(1)) {
      const letter = partyOf(cell);
      if (letter && !party) party = letter;
      else rest.push(cell);
    }
    return [{ name: cells[0], title: rest[0] ?? null, role: rest[1] ?? null, party }];
  }
  return parsePeople(trimmed).map((person) => ({
    name: person.name,
    title: null,
    role: person.role,
    party: person.party,
  }));
}

// ---------------------------------------------------------------------------------------------
// People tables ("Deltagere" items)

/**
 * Participants from tab-separated tables headed "Navn<TAB>Organisation<TAB>…", including the
 * columns that PDF extraction sometimes breaks into separate blocks of equal length after the
 * table (all names, then all organisations …).
 */
export function readPeopleTable(lines: readonly Line[]): Participant[] {
  let columns: string[] | null = null;
  const rows: string[][] = [];
  let blocks: string[][] = [];
  let block: string[] = [];
  const closeBlock = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      closeBlock();
      continue;
    }
    const text = line.trimmed;
    if (text.includes('\t')) {
      const cells = text.split('\t').map((cell) => cell.trim());
      if (cells[0].toLowerCase() === 'navn') {
        columns = cells.map((cell) => cell.toLowerCase());
        blocks = [];
        block = [];
        continue;
      }
      if (columns) {
        rows.push(cells);
        if (blocks.length > 0) blocks = [];
        if (block.length > 0) block = [];
      }
      continue;
    }
    if (columns) block.push(text);
  }
  closeBlock();
  if (!columns) return [];
  if (blocks.length >= 2 && blocks.length <= columns.length && blocks.every((b) => b.length === blocks[0].length)) {
    for (let r = 0; r < blocks[0].length; r++) rows.push(blocks.map((b) => b[r]));
  }
  const find = (...names: string[]) => columns!.findIndex((column) => names.some((name) => column.startsWith(name)));
  const nameAt = find('navn');
  const organizationAt = find('organisation', 'kommune', 'myndighed', 'virksomhed');
  const partyAt = find('parti');
  const roleAt = find('rolle', 'funktion', 'titel', 'stilling');
  const people: Participant[] = [];
  for (const row of rows) {
    const name = row[nameAt]?.trim();
    if (!name || !/\p{L}/u.test(name)) continue;
    const cell = (at: number) => (at >= 0 && row[at]?.trim() ? row[at].trim() : null);
    people.push({
      name,
      party: cell(partyAt),
      organization: cell(organizationAt),
      role: cell(roleAt),
      absent: false,
    });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------
// One item

export interface ItemContext {
  meetingDate: string;
  body: string;
  /** The table of contents' title for this item, when there is one. */
  tocTitle: string | null;
  /** Where the reader says what it was unsure of. */
  warnings: string[];
}

interface RawSection {
  heading: string;
  folded: string;
  lines: Line[];
  decision: { date: string | null; body: string | null } | null;
}

export interface ReadItem {
  item: AgendaItem;
  /** Participants listed in the item's own tables (the "Deltagere" item of some layouts). */
  participants: Participant[];
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

function joinTitle(title: string, next: string): string {
  if (/\p{L}-$/u.test(title.slice(-2)) && /^\p{Ll}/u.test(next) && !/^(og|eller|samt|til|som)\b/.test(next)) {
    return `${title.slice(0, -1)}${next}`;
  }
  return title ? `${title} ${next}` : next;
}

/**
 * The whole title: the heading line's text and the lines it wraps onto. With a table of contents
 * the joined title must keep agreeing with it (and may continue after a blank line while the
 * contents' title is longer); without one, only an adjacent short line that does not end a
 * sentence continues a long first line. A time slot alone on the next line always belongs.
 */
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
    let j = i;
    while (j < end && isBlank(lines[j]) && j < i + 4) j++;
    if (j >= end || isBlank(lines[j])) break;
    const text = lines[j].trimmed;
    const adjacent = j === i;
    if (TIME_SLOT.test(text) && splitTimeSlot(text).title === '') {
      raw = `${raw} ${text}`;
      i = j + 1;
      continue;
    }
    if (raw !== '' && isStructural(text)) break;
    if (raw === '' && !isStructural(text)) {
      raw = text;
      i = j + 1;
      continue;
    }
    const joined = joinTitle(raw, text);
    // A line that starts in lower case after a title that does not end a sentence carries on.
    const carriesOn = /^\p{Ll}/u.test(text) && !/[.:;!?]$/.test(raw) && text.length < 150;
    if (tocTitle) {
      const tocLonger = foldTitle(tocTitle).length > foldTitle(raw).length;
      const agrees = titlesAgree(joined, tocTitle) && foldTitle(joined).length <= foldTitle(tocTitle).length + 40;
      if (!agrees || (!adjacent && !tocLonger && !carriesOn) || !titlesAgree(raw, tocTitle)) break;
    } else if (!carriesOn && (!adjacent || raw.length < 40 || text.length > 150 || /[.:;!?]$/.test(text))) {
      break;
    }
    raw = joined;
    i = j + 1;
  }
  return { raw, next: i };
}

function bodiesMatch(a: string, b: string): boolean {
  const x = foldHeading(a);
  const y = foldHeading(b);
  return x.includes(y) || y.includes(x) || x.replace(/s$/, '') === y || y.replace(/s$/, '') === x;
}

/** Reads one item: the lines from its heading up to (not including) `end`. */
export function readItem(lines: readonly Line[], heading: ItemHeading, end: number, context: ItemContext): ReadItem {
  const { raw, next } = readWrappedTitle(lines, heading, end, context.tocTitle);
  const titled = readTitle(raw);
  let closed = titled.closed;
  let caseNumber: string | null = null;
  let documentId: string | null = null;
  const sections: RawSection[] = [];
  let current: RawSection | null = null;
  let sawContent = false;
  let inSubheader = false;
  let subheaderTitle: string | null = null;
  const repeats = new Set(
    [titled.title, raw, context.tocTitle ?? ''].map((t) => foldTitle(t)).filter((t) => t.length > 0),
  );
  const repeatLengths = [...repeats].map((t) => t.length);
  const longestRepeat = Math.max(0, ...repeatLengths) + 8;
  const shortestRepeat = Math.min(Number.POSITIVE_INFINITY, ...repeatLengths);

  const nextContent = (from: number): string | null => {
    for (let k = from; k < end && k < from + 6; k++) if (!isBlank(lines[k])) return lines[k].trimmed;
    return null;
  };

  for (let i = next; i < end; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      current?.lines.push(line);
      continue;
    }
    const text = line.trimmed;
    if (!sawContent) {
      sawContent = true;
      const bare = parseCaseNumber(text);
      if (bare) {
        caseNumber = bare;
        continue;
      }
    }
    if (current === null) {
      const meta = matchMetaLabel(text);
      if (meta) {
        if (meta.kind === 'document') documentId ??= meta.value;
        else if (!caseNumber) caseNumber = parseCaseNumber(meta.value) ?? meta.value;
        else if (caseNumber !== meta.value && parseCaseNumber(meta.value)) {
          context.warnings.push(
            `Punkt ${heading.number}: to sagsnumre (${caseNumber} og ${meta.value}); det første er brugt.`,
          );
        }
        continue;
      }
    }
    const sub = SUBHEADER.exec(text);
    if (sub && Number(sub[1]) === heading.number) {
      if (sub[2].toLowerCase().startsWith(CLOSED_WORD)) closed = true;
      subheaderTitle = sub[3].trim() || null;
      current = null;
      inSubheader = true;
      continue;
    }
    if (inSubheader && current === null && bodiesMatch(text, context.body) && text.length < 120) continue;
    const info = classifyHeading(text);
    if (info) {
      current = { heading: info.heading, folded: info.folded, lines: [], decision: info.decision };
      sections.push(current);
      inSubheader = false;
      continue;
    }
    const absent = matchAbsenteeLine(text);
    if (absent) {
      const names = { ...line, text: absent.names, trimmed: absent.names };
      current = { heading: absent.heading, folded: foldHeading(absent.heading), lines: [names], decision: null };
      sections.push(current);
      continue;
    }
    if (text.length <= longestRepeat && text.length >= shortestRepeat && repeats.has(foldTitle(text))) {
      const after = nextContent(i + 1);
      if (after === null || classifyHeading(after) || matchMetaLabel(after) || SUBHEADER.test(after)) {
        current = null;
        continue;
      }
    }
    if (!current) {
      current = { heading: '', folded: '', lines: [], decision: null };
      sections.push(current);
    }
    current.lines.push(line);
  }

  let title = titled.title;
  if (!title) {
    title = subheaderTitle ?? context.tocTitle ?? '';
    context.warnings.push(
      `Punkt ${heading.number}: overskriften har ingen titel${title ? '; titlen er taget andetsteds fra' : ''}.`,
    );
  }

  const printed: Section[] = [];
  const texts = new Map<RawSection, string>();
  for (const section of sections) {
    const text = toMarkdown(section.lines);
    texts.set(section, text);
    if (section.heading === '' && text === '') continue;
    printed.push({ heading: section.heading, text });
  }

  const attachments = mergeAttachments(
    sections
      .filter((s) => ATTACHMENT_SET.has(s.folded))
      .flatMap((s) => s.lines.filter((l) => !isBlank(l)).map((l) => parseAttachmentLine(l.text)))
      .filter((a): a is Attachment => a !== null),
  );
  const absent = dedupeAbsentees(
    sections
      .filter((s) => ABSENTEE_SET.has(s.folded) || s.folded === 'fravær' || s.folded === 'afbud fra')
      .flatMap((s) => s.lines.filter((l) => !isBlank(l)).flatMap((l) => parseAbsenteeLine(l.text))),
  );

  const decisionSection = chooseDecision(sections, texts, context, heading.number);
  let decision: Decision | null = null;
  const people = decisionSection ? readPeopleTable(decisionSection.lines) : [];
  if (decisionSection && people.length === 0) {
    decision = makeDecision(texts.get(decisionSection) ?? '', decisionSection.decision?.date ?? null);
  } else if (!decisionSection && closed) {
    // A closed item may print its outcome without a heading.
    const unheaded = sections.find((s) => s.heading === '' && (texts.get(s) ?? '') !== '');
    if (unheaded) decision = makeDecision(texts.get(unheaded) ?? '', null);
  }
  const participants =
    people.length > 0 ? people : sections.length > 0 ? readPeopleTable(sections.flatMap((s) => s.lines)) : [];

  return {
    item: {
      number: heading.number,
      title,
      timeSlot: titled.timeSlot,
      caseNumber,
      documentId,
      closed,
      sections: printed,
      decision,
      attachments,
      absent,
      source: { line: heading.line + 1, page: lines[heading.line]?.page ?? null },
    },
    participants,
  };
}

function dedupeAbsentees(absent: Absentee[]): Absentee[] {
  const seen = new Set<string>();
  return absent.filter((person) => {
    const key = person.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * This meeting's decision among an item's sections: a dated decision heading with the meeting's
 * date that names this body (or none); else the first undated "Beslutning" with text; else a
 * heading with the meeting's date naming the body otherwise. Decisions dated other days are
 * earlier decisions, quoted, and never count.
 */
export function chooseDecision(
  sections: readonly RawSection[],
  texts: ReadonlyMap<RawSection, string>,
  context: Pick<ItemContext, 'meetingDate' | 'body' | 'warnings'>,
  number: number,
): RawSection | null {
  const candidates = sections.filter((s) => s.decision !== null && !HISTORY_SET.has(s.folded));
  const dated = candidates.filter((s) => s.decision?.date);
  const today = dated.filter((s) => s.decision?.date === context.meetingDate);
  const ours = today.filter((s) => !s.decision?.body || bodiesMatch(s.decision.body, context.body));
  if (ours.length > 0) return ours[ours.length - 1];
  const undated = candidates.find((s) => !s.decision?.date && (texts.get(s) ?? '') !== '');
  if (undated) return undated;
  // Dated today but naming the body differently ("Sundhedsrådet" for "Sundhedsråd X").
  if (today.length > 0) return today[today.length - 1];
  const other = dated.find((s) => (texts.get(s) ?? '') !== '');
  if (other) {
    context.warnings.push(
      `Punkt ${number}: beslutningen »${other.heading}« har ikke mødets dato (${context.meetingDate}); den er ikke brugt som mødets beslutning.`,
    );
  }
  return null;
}
