/**
 * The meeting-level parts of a text layout: the title line ("REFERAT <organ> d. 23-03-2026")
 * and the labelled header block (Mødedato, Mødested, Mødedeltagere). Small pure functions over
 * the line model; every pattern is linear.
 */
import { findDanishDate, findTime } from '../../../domain/danish-dates.js';
import type { DocumentType, Participant } from '../../../domain/meeting-document.js';
import { collapseSpace } from '../../fold.js';
import { isBlank, type Line } from '../../lines.js';
import { parsePeople } from '../../people.js';
import { isTableOfContents } from '../../toc.js';
import { DOCUMENT_TYPE_WORDS, HEADER_LABELS } from '../../vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Labels

export type HeaderLabel = keyof typeof HEADER_LABELS;

const LABELS: ReadonlyArray<readonly [HeaderLabel, string]> = (
  Object.entries(HEADER_LABELS) as [HeaderLabel, readonly string[]][]
)
  .flatMap(([kind, words]) => words.map((word) => [kind, word] as const))
  .sort((a, b) => b[1].length - a[1].length);

/**
 * "Mødested Teams" → { label: 'location', value: 'Teams' }. The label must be followed by a
 * colon, a tab or a space; the organ label ("Udvalg:") only counts with a colon.
 */
export function matchLabel(text: string): { label: HeaderLabel; value: string } | null {
  const lower = text.slice(0, 40).toLowerCase();
  for (const [label, word] of LABELS) {
    if (!lower.startsWith(word)) continue;
    const next = text.charAt(word.length);
    const hasColon = /^\s*:/.test(text.slice(word.length, word.length + 4));
    if (next !== '' && next !== ':' && next !== ' ' && next !== '\t') continue;
    if (label === 'body' && !hasColon) continue;
    return {
      label,
      value: text
        .slice(word.length)
        .replace(/^[\s:]+/, '')
        .trim(),
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Title line

const DOCUMENT_WORDS = Object.keys(DOCUMENT_TYPE_WORDS).sort((a, b) => b.length - a.length);

/** "REFERAT Sundhedsråd X d. 23-03-2026" → its document type and the rest of the line. */
export function matchDocumentType(text: string): { documentType: DocumentType; rest: string } | null {
  const folded = text.slice(0, 40).toLowerCase();
  for (const word of DOCUMENT_WORDS) {
    if (!folded.startsWith(word)) continue;
    const next = text.charAt(word.length);
    if (next !== '' && !/[\s:\-–]/.test(next)) continue;
    return {
      documentType: DOCUMENT_TYPE_WORDS[word],
      rest: text
        .slice(word.length)
        .replace(/^[\s:\-–]+/, '')
        .trim(),
    };
  }
  return null;
}

const WEEKDAY = '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)';
const DATE_FORM =
  '(?:\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{1,2}\\.?\\s+[a-zæøå]{3,9}\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})';
const TRAILING_DATE = new RegExp(
  `\\s*[,\\-–]?\\s*(?:(?:mødet|møde)\\s+)?(?:(?:d\\.|den)\\s*)?(?:${WEEKDAY}\\s+(?:(?:d\\.|den)\\s*)?)?${DATE_FORM}(?:\\s*,?\\s*(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2})?\\s*$`,
  'i',
);
const LEADING_FROM =
  /^(?:fra|for)\s+(?:(?:det\s+)?(?:ordinære|ekstraordinære)\s+)?(?:mødet|møde)\s+(?:i|for)\s+|^(?:fra|for|i)\s+/i;

/** The text (whitespace collapsed) without a date that ends it ("… den 23-03-2026 kl. 17.30"). */
export function stripTrailingDate(text: string): string {
  return collapseSpace(text.slice(0, 300)).replace(TRAILING_DATE, '').trim();
}

/** "Sundhedsråd X d. 23-03-2026" → "Sundhedsråd X": the organ's name without the date. */
export function bodyFromTitle(rest: string): string {
  return rest
    .slice(0, 300)
    .replace(/\s+/g, ' ')
    .replace(TRAILING_DATE, '')
    .replace(LEADING_FROM, '')
    .replace(/[\s,\-–]+$/, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// The header block

export interface Header {
  body: string | null;
  documentType: DocumentType | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: Participant[];
  /** The title line as printed (running headers repeat it). */
  titleLine: string | null;
  /** 0-based line of the title line, or of the first header line. */
  line: number;
}

const TITLE_LINE_WITHIN = 4;

/** Reads the header block: the lines before the table of contents or the first item. */
export function readHeader(lines: readonly Line[], end: number): Header {
  const header: Header = {
    body: null,
    documentType: null,
    date: null,
    startTime: null,
    location: null,
    participants: [],
    titleLine: null,
    line: 0,
  };
  let seen = 0;
  let titleDate: string | null = null;
  let anyDate: string | null = null;
  let awaitingBody = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const text = line.trimmed;
    if (++seen === 1) header.line = i;
    // The title line opens the document, perhaps after a line or two of letterhead.
    if (seen <= TITLE_LINE_WITHIN && !header.documentType) {
      const typed = matchDocumentType(text);
      if (typed) {
        header.line = i;
        header.documentType = typed.documentType;
        header.titleLine = text;
        titleDate = findDanishDate(typed.rest.slice(0, 300));
        const body = bodyFromTitle(typed.rest);
        if (body) header.body = body;
        else awaitingBody = true;
        continue;
      }
    }
    const labelled = matchLabel(text);
    if (!labelled) {
      if (awaitingBody && !header.body) {
        header.body = bodyFromTitle(text) || null;
        titleDate ??= findDanishDate(text.slice(0, 300));
        awaitingBody = false;
        continue;
      }
      anyDate ??= findDanishDate(text.slice(0, 300));
      continue;
    }
    awaitingBody = false;
    const value = joinContinuation(lines, i, end, labelled.value);
    switch (labelled.label) {
      case 'date': {
        header.date ??= findDanishDate(value.slice(0, 300));
        header.startTime ??= findTime(value.slice(0, 300)) ?? findTime(value.slice(0, 300), { bare: true });
        break;
      }
      case 'location':
        if (value && !header.location) header.location = value;
        break;
      case 'participants':
        for (const person of parsePeople(value)) header.participants.push(person);
        break;
      case 'absent':
        markAbsent(header.participants, parsePeople(value));
        break;
      case 'body':
        if (value) header.body ??= value;
        break;
      default:
        break;
    }
  }
  header.date ??= titleDate ?? anyDate;
  return header;
}

/** A labelled value may wrap onto the following lines (until a blank line or another label). */
function joinContinuation(lines: readonly Line[], at: number, end: number, value: string): string {
  let joined = value;
  for (let j = at + 1; j < end && j < at + 40; j++) {
    const next = lines[j];
    if (isBlank(next)) break;
    if (matchLabel(next.trimmed) || isTableOfContents(next.trimmed)) break;
    joined = joined ? `${joined} ${next.trimmed}` : next.trimmed;
  }
  return joined;
}

function markAbsent(participants: Participant[], absent: Participant[]): void {
  for (const person of absent) {
    const known = participants.find((p) => p.name === person.name);
    if (known) known.absent = true;
    else participants.push({ ...person, absent: true });
  }
}
