/**
 * The lists of a text layout's items: attachments ("1. Titel (DokID: 12470099 - EMN-2022-08440)"),
 * absentees ("Fraværende Michael Haslund, PLO", or table rows) and tables of people ("Navn<TAB>
 * Organisation<TAB>…", also when PDF extraction broke their columns apart). Pure; linear.
 */
import { parseCaseNumber } from '../../../domain/case-number.js';
import type { Absentee, Attachment, Participant } from '../../../domain/meeting-document.js';
import { attachmentKey } from '../../fold.js';
import { isBlank, type Line } from '../../lines.js';
import { parsePeople, partyOf } from '../../people.js';

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

/** The rows of a people table and the blocks of lines after it (columns that extraction broke apart). */
function tableRows(lines: readonly Line[]): { columns: string[] | null; rows: string[][]; blocks: string[][] } {
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
    if (!text.includes('\t')) {
      if (columns) block.push(text);
      continue;
    }
    const cells = text.split('\t').map((cell) => cell.trim());
    if (cells[0].toLowerCase() === 'navn') {
      columns = cells.map((cell) => cell.toLowerCase());
      blocks = [];
      block = [];
    } else if (columns) {
      rows.push(cells);
      blocks = [];
      block = [];
    }
  }
  closeBlock();
  return { columns, rows, blocks };
}

/**
 * Participants from tab-separated tables headed "Navn<TAB>Organisation<TAB>…", including the
 * columns that PDF extraction sometimes breaks into separate blocks of equal length after the
 * table (all names, then all organisations …).
 */
export function readPeopleTable(lines: readonly Line[]): Participant[] {
  const { columns, rows, blocks } = tableRows(lines);
  if (!columns) return [];
  if (blocks.length >= 2 && blocks.length <= columns.length && blocks.every((b) => b.length === blocks[0].length)) {
    for (let r = 0; r < blocks[0].length; r++) rows.push(blocks.map((b) => b[r]));
  }
  const find = (...names: string[]) => columns.findIndex((column) => names.some((name) => column.startsWith(name)));
  const nameAt = find('navn');
  const organizationAt = find('organisation', 'kommune', 'myndighed', 'virksomhed');
  const partyAt = find('parti');
  const roleAt = find('rolle', 'funktion', 'titel', 'stilling');
  const people: Participant[] = [];
  for (const row of rows) {
    const name = row[nameAt]?.trim();
    if (!name || !/\p{L}/u.test(name)) continue;
    const cell = (at: number) => (at >= 0 && row[at]?.trim() ? row[at].trim() : null);
    people.push({ name, party: cell(partyAt), organization: cell(organizationAt), role: cell(roleAt), absent: false });
  }
  return people;
}
