/**
 * What the readers of the municipal case systems' PDF layouts (eDoc, Acadre) share: the cover
 * page's members, an item's sections between known headings, and provenance. Pure.
 */
import type { Absentee, Participant, Section, SourcePosition } from '../../domain/meeting-document.js';
import { isBlank, type Line, toMarkdown } from '../lines.js';
import {
  CASE_SYSTEM_SECTION_HEADINGS,
  COVER_LABELS,
  DOCUMENT_TYPE_WORDS,
  foldHeading,
  ROLE_WORDS,
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

const MEMBER = /^(?<name>[^()]{1,200}?)\s*\((?<party>[A-ZÆØÅ]{1,3})\)\s*(?:[-–,]\s*(?<role>\S.*))?$/;
const MEMBER_WITH_ROLE = /^(?<name>[^()]{1,200}?)\s*[-–,]\s*(?<role>\S.*)$/;

/** "Lolan Ottesen (A) - formand", "Ole Bollesen (A)", "Mie Hansen" → participant. */
export function parseMember(text: string, absent: boolean, role: string | null = null): Participant {
  const trimmed = text.trim();
  const match = MEMBER.exec(trimmed);
  if (match?.groups) {
    return {
      name: match.groups.name.trim(),
      party: match.groups.party,
      organization: null,
      role: match.groups.role?.trim() ?? role,
      absent,
    };
  }
  const withRole = MEMBER_WITH_ROLE.exec(trimmed);
  if (withRole?.groups && ROLE_WORDS.includes(foldHeading(withRole.groups.role))) {
    return { name: withRole.groups.name.trim(), party: null, organization: null, role: withRole.groups.role, absent };
  }
  return { name: trimmed, party: null, organization: null, role, absent };
}

/** A member line as an absentee of an item. */
export function parseAbsentee(text: string): Absentee {
  const member = parseMember(text, true);
  return { name: member.name, party: member.party, role: member.role };
}

/**
 * The members listed on a cover page between `start` and `end`: the lines under a "Tilstede" /
 * "Medlemmer" label attended, those under "Fraværende" / "Afbud" did not, and those under
 * "Sekretær" are the secretary. Nothing is read before the first label.
 */
export function readCoverMembers(lines: Line[], start: number, end: number): Participant[] {
  const participants: Participant[] = [];
  let mode: 'none' | 'present' | 'absent' | 'secretary' = 'none';
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const folded = foldHeading(line.trimmed).replace(/:$/, '');
    if ((COVER_LABELS.present as readonly string[]).includes(folded)) mode = 'present';
    else if ((COVER_LABELS.absent as readonly string[]).includes(folded)) mode = 'absent';
    else if ((COVER_LABELS.secretary as readonly string[]).includes(folded)) mode = 'secretary';
    else if (mode === 'present') participants.push(parseMember(line.trimmed, false));
    else if (mode === 'absent') participants.push(parseMember(line.trimmed, true));
    else if (mode === 'secretary') participants.push(parseMember(line.trimmed, false, 'Sekretær'));
  }
  return participants;
}

export interface LineChunk {
  /** The heading line; null for the lines before the first heading. */
  heading: Line | null;
  lines: Line[];
}

/** Cuts lines into chunks at the lines that `isHeading` accepts. */
export function chunkAtHeadings(lines: Line[], isHeading: (line: Line) => boolean): LineChunk[] {
  const chunks: LineChunk[] = [];
  let current: LineChunk = { heading: null, lines: [] };
  for (const line of lines) {
    if (!isBlank(line) && isHeading(line)) {
      if (current.heading !== null || current.lines.some((l) => !isBlank(l))) chunks.push(current);
      current = { heading: line, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  if (current.heading !== null || current.lines.some((l) => !isBlank(l))) chunks.push(current);
  return chunks;
}

/** A chunk as a section; the text before the first heading gets the empty heading. */
export function toSection(chunk: LineChunk): Section {
  return { heading: chunk.heading?.trimmed.replace(/:$/, '') ?? '', text: toMarkdown(chunk.lines) };
}

/** The lines up to the first blank one (an attachment list ends with its paragraph). */
export function leadingParagraph(lines: Line[]): { paragraph: Line[]; rest: Line[] } {
  let start = 0;
  while (start < lines.length && isBlank(lines[start])) start++;
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  return { paragraph: lines.slice(start, end), rest: lines.slice(end) };
}

/** Folded name of a body for comparison: "Sundheds- og Forebyggelsesudvalgets" ≈ "…udvalget". */
export function bodyKey(name: string): string {
  return foldHeading(name)
    .replace(/[^a-zæøå0-9]+/g, ' ')
    .trim()
    .replace(/s$/, '');
}
