/**
 * The meeting-level parts of a text layout: the title line ("REFERAT <organ> d. 23-03-2026"),
 * the labelled header block (Mødedato, Mødested, Mødedeltagere), lists of people, and the table
 * of contents. Small pure functions over the line model; every pattern is linear.
 */
import { findDanishDate, findTime } from '../../domain/danish-dates.js';
import type { DocumentType, Participant } from '../../domain/meeting-document.js';
import { isBlank, type Line } from '../lines.js';
import {
  ABSENCE_MARKERS,
  DOCUMENT_TYPE_WORDS,
  foldHeading,
  HEADER_LABELS,
  ORGANIZATION_WORDS,
  PARTY_ABBREVIATIONS,
  PARTY_LETTERS,
  ROLE_WORDS,
  TABLE_OF_CONTENTS,
} from '../vocabulary.js';

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
  return text.slice(0, 300).replace(/\s+/g, ' ').replace(TRAILING_DATE, '').trim();
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

/** "Indholdsfortegnelse" and its synonyms on a line of their own. */
export function isTableOfContents(text: string): boolean {
  return text.length < 40 && TABLE_OF_CONTENTS.includes(foldHeading(text).replace(/:$/, ''));
}

// ---------------------------------------------------------------------------------------------
// People

const PARTIES = new Set([...PARTY_LETTERS, ...PARTY_ABBREVIATIONS]);
const PARENTHESIS = /\(([^()]{0,80})\)/g;

/** "V", "SF", "(C)" → the party letter; else null. */
export function partyOf(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return PARTIES.has(bare) ? bare : null;
}

/** "Aabenraa Kommune", "PLO", "Region Syddanmark": a qualifier naming an organisation. */
export function isOrganization(text: string): boolean {
  const value = text.trim();
  if (/^[A-ZÆØÅ][A-ZÆØÅ-]{1,7}$/.test(value) && !PARTIES.has(value)) return true;
  const words = value.toLowerCase().split(/[\s\-/]+/);
  return words.some((word) => ORGANIZATION_WORDS.includes(word) || word.endsWith('kommune'));
}

function isRole(text: string): boolean {
  return ROLE_WORDS.includes(text.trim().toLowerCase());
}

function isAbsence(text: string): boolean {
  return ABSENCE_MARKERS.includes(text.trim().toLowerCase());
}

/**
 * A printed list of people → participants. Names and their qualifiers alternate as minutes
 * print them: "Susanne Eilersen, O, Mette Linnet, V" (party letters), "Mads Skau, Haderslev
 * Kommune" (organisations), "Michael Haslund, PLO (Fravær)" (absence), or names alone.
 */
export function parsePeople(text: string): Participant[] {
  const people: Participant[] = [];
  for (const rawToken of text.split(/[,;]|\s+og\s+(?=[A-ZÆØÅ])/)) {
    let token = rawToken.trim();
    if (!token) continue;
    const marks: string[] = [];
    token = token
      .replace(PARENTHESIS, (_all, inner: string) => {
        marks.push(inner.trim());
        return ' ';
      })
      .replace(/\s+/g, ' ')
      .trim();
    const last = people[people.length - 1];
    const absent = marks.some(isAbsence);
    const markParty = marks.map(partyOf).find((p) => p !== null) ?? null;
    // A mark that is no absence, party or organisation is the role or title as printed ("(Regionsrådsmedlem)").
    const markRole =
      marks.find((m) => isRole(m)) ??
      marks.find((m) => m !== '' && !isAbsence(m) && !partyOf(m) && !isOrganization(m)) ??
      null;
    const markOrganization = marks.find((m) => !isAbsence(m) && !partyOf(m) && !isRole(m) && isOrganization(m)) ?? null;
    if (token === '' || partyOf(token) || isOrganization(token) || isRole(token)) {
      if (!last) continue;
      if (token !== '') {
        if (partyOf(token)) last.party ??= partyOf(token);
        else if (isRole(token)) last.role ??= token;
        else last.organization ??= token;
      }
      if (absent) last.absent = true;
      if (markParty) last.party ??= markParty;
      if (markRole) last.role ??= markRole;
      if (markOrganization) last.organization ??= markOrganization;
      continue;
    }
    if (!/\p{L}/u.test(token) || token.length > 80) continue;
    people.push({
      name: token,
      party: markParty,
      organization: markOrganization,
      role: markRole,
      absent,
    });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------
// Table of contents

export interface TocEntry {
  number: number | null;
  title: string;
  page: number | null;
  /** 0-based line. */
  line: number;
}

/**
 * "Godkendelse af dagsordenen.....\t3" → title and page; the title may be cut short by the
 * layout. Done by hand from the end of the line: a regex over runs of dots would backtrack.
 */
export function splitTocLine(text: string): { title: string; page: number | null } {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let digits = end;
  while (digits > 0 && digits > end - 5 && text[digits - 1] >= '0' && text[digits - 1] <= '9') digits--;
  let page: number | null = null;
  let titleEnd = end;
  const separator = text[digits - 1];
  if (
    digits < end &&
    digits > 0 &&
    (separator === '\t' || separator === '.' || separator === ' ' || separator === '…')
  ) {
    page = Number(text.slice(digits, end));
    titleEnd = digits;
  }
  let cut = titleEnd;
  while (cut > 0 && (text[cut - 1] === '.' || text[cut - 1] === '…' || /\s/.test(text[cut - 1]))) cut--;
  // A title ending in a full stop keeps it when there was no run of dots.
  const dots = titleEnd - cut;
  const title = dots === 1 && text[cut] === '.' && page === null ? text.slice(0, cut + 1) : text.slice(0, cut);
  return { title: title.trim(), page };
}

const TOC_NUMBER = /^(?:(?:punkt|pkt\.?)\s+(\d{1,5})\s*[:.)]?\s*|(\d{1,5})\s*[:.)]\s+)(?=\S)/i;

/**
 * The entries of a table of contents: the lines after its heading (`start`) that carry a page
 * number, up to `stop` at the latest. A line without a page number continues into the next entry
 * when that one has a page number (a wrapped title); otherwise the contents have ended.
 */
export function readToc(lines: readonly Line[], start: number, stop: number): { entries: TocEntry[]; end: number } {
  const entries: TocEntry[] = [];
  let pending = '';
  let pendingLine = -1;
  let end = stop;
  for (let i = start + 1; i < stop; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const { title, page } = splitTocLine(line.trimmed);
    if (page === null) {
      let k = i + 1;
      while (k < stop && isBlank(lines[k])) k++;
      const following = k < stop ? splitTocLine(lines[k].trimmed) : null;
      if (!pending && following && following.page !== null) {
        pending = title;
        pendingLine = i;
        continue;
      }
      end = pending ? pendingLine : i;
      pending = '';
      break;
    }
    let full = pending ? `${pending} ${title}` : title;
    const lineOf = pending ? pendingLine : i;
    pending = '';
    let number: number | null = null;
    const numbered = TOC_NUMBER.exec(full);
    if (numbered) {
      number = Number(numbered[1] ?? numbered[2]);
      full = full.slice(numbered[0].length);
    }
    if (full) entries.push({ number, title: full, page, line: lineOf });
  }
  return { entries, end };
}
