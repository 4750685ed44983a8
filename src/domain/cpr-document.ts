/**
 * A meeting document and an attachment's pages with their personal numbers masked (cpr.ts), and
 * where each was found — for the admins, who see the place and the masked text around it, never
 * the number. Every string of the document is masked, whatever field it stands in (titles,
 * sections, decisions, participants, attachments, absentees, warnings …), so a field added later
 * is masked too. Pure.
 */
import { type CprConfidence, maskPersonalNumbers } from './cpr.js';
import type { MeetingDocument } from './meeting-document.js';

/**
 * Where in a meeting a personal number was found: the meeting's own fields (body, place,
 * warnings), its participants, an item's title (case number, ids), a section, the decision, an
 * attachment's title in the document, the absentees, or an attachment's extracted text.
 */
export const FINDING_PLACES = [
  'meeting',
  'participants',
  'item',
  'section',
  'decision',
  'attachment',
  'absent',
  'attachment_page',
] as const;

export type FindingPlace = (typeof FINDING_PLACES)[number];

export interface PersonalNumberFinding {
  place: FindingPlace;
  /** The item's number as printed, for what was found in an item. */
  itemNumber: number | null;
  /** The section's heading or the attachment's title (masked), when there is one. */
  label: string | null;
  /** The attachment's page (1-based), for an attachment's text. */
  page: number | null;
  confidence: CprConfidence;
  /** The masked text around the number. */
  context: string;
}

/** Ten digits, possibly split once: the cheapest test that a text may hold a personal number. */
const MAYBE = /\d{6}[-\u2010\u2011\u2012\u2013 \u00a0]?\d{4}/;

type Path = ReadonlyArray<string | number>;

/** The document with every personal number masked, and each finding's place. */
export function maskMeetingDocument(document: MeetingDocument): {
  document: MeetingDocument;
  findings: PersonalNumberFinding[];
} {
  if (!MAYBE.test(JSON.stringify(document))) return { document, findings: [] };
  const findings: PersonalNumberFinding[] = [];
  const masked = maskValue(document, [], (path, found) => {
    for (const f of found) findings.push({ ...placeOf(document, path), confidence: f.confidence, context: f.context });
  }) as MeetingDocument;
  return { document: masked, findings };
}

/** An attachment's pages with every personal number masked; findings name the page (1-based). */
export function maskAttachmentPages(pages: readonly string[]): {
  pages: string[];
  findings: Array<{ page: number; confidence: CprConfidence; context: string }>;
} {
  const findings: Array<{ page: number; confidence: CprConfidence; context: string }> = [];
  const masked = pages.map((text, index) => {
    if (!MAYBE.test(text)) return text;
    const result = maskPersonalNumbers(text);
    for (const f of result.found) findings.push({ page: index + 1, ...f });
    return result.text;
  });
  return { pages: masked, findings };
}

function maskValue(
  value: unknown,
  path: Path,
  report: (path: Path, found: ReturnType<typeof maskPersonalNumbers>['found']) => void,
): unknown {
  if (typeof value === 'string') {
    if (!MAYBE.test(value)) return value;
    const result = maskPersonalNumbers(value);
    if (result.found.length > 0) report(path, result.found);
    return result.text;
  }
  if (Array.isArray(value)) return value.map((entry, index) => maskValue(entry, [...path, index], report));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = maskValue(entry, [...path, key], report);
    return out;
  }
  return value;
}

/** The place a path into the document names: its item, and the section's heading or the attachment's title. */
function placeOf(document: MeetingDocument, path: Path): Omit<PersonalNumberFinding, 'confidence' | 'context'> {
  const none = { itemNumber: null, label: null, page: null };
  if (path[0] === 'participants') return { place: 'participants', ...none };
  if (path[0] !== 'items' || typeof path[1] !== 'number') return { place: 'meeting', ...none };
  const item = document.items[path[1]];
  const at = { itemNumber: item.number, label: null, page: null };
  const part = path[2];
  const index = path[3];
  if (part === 'sections' && typeof index === 'number') {
    return { ...at, place: 'section', label: maskPersonalNumbers(item.sections[index].heading).text };
  }
  if (part === 'attachments' && typeof index === 'number') {
    return { ...at, place: 'attachment', label: maskPersonalNumbers(item.attachments[index].title).text };
  }
  if (part === 'decision') return { ...at, place: 'decision' };
  if (part === 'absent') return { ...at, place: 'absent' };
  return { ...at, place: 'item' };
}
