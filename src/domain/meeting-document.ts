/**
 * The meeting document: what every reader produces from a published agenda or minutes, and what
 * `protokol parse --json` prints (DESIGN.md §3). It is the contract between the importer and the
 * rest of the system, so its shape changes only together with DESIGN.md.
 */
import type { DecisionOutcome } from './decision.js';

export type DocumentType = 'referat' | 'dagsorden';

export interface Participant {
  name: string;
  /** Party letter as printed: "V", "A", "C" … */
  party: string | null;
  /** "Aabenraa Kommune", "PLO", "Region Syddanmark" … */
  organization: string | null;
  /** Role or title as printed: "Formand", "Medlem", "Regionsrådsmedlem" … */
  role: string | null;
  /** Marked "(Fravær)", "(Afbud)" or otherwise absent from the meeting. */
  absent: boolean;
}

export interface Section {
  /** The heading as printed (kept as it is, e.g. "RESUMÉ" or "Sagsfremstilling"). */
  heading: string;
  /** Markdown: paragraphs separated by blank lines, "- " lists, links. */
  text: string;
}

export interface DecisionPart {
  /** "1" for "Ad 1 – …". */
  label: string;
  text: string;
  outcome: DecisionOutcome;
}

export interface Decision {
  text: string;
  outcome: DecisionOutcome;
  /** YYYY-MM-DD when printed with the decision, else null. */
  date: string | null;
  parts: DecisionPart[];
  /** Sentences that record a dissent ("… bakker ikke op om indstillingen"). */
  dissents: string[];
}

export interface Attachment {
  title: string;
  documentId: string | null;
  caseNumber?: string | null;
  /**
   * A closed attachment of an open item (members only). Set only in the member view of meetings
   * made in Protokol; readers never set it, and publicProjection() drops such attachments.
   */
  closed?: boolean;
}

export interface Absentee {
  name: string;
  title?: string | null;
  role?: string | null;
  party?: string | null;
}

/** Where an item was read from: 1-based line in the extracted text and, for paged sources, the page. */
export interface SourcePosition {
  line: number;
  page: number | null;
}

export interface AgendaItem {
  /** The item's number as printed (running numbers like 715 are kept). */
  number: number;
  /** Whole title, joined across line wraps, without the time slot. */
  title: string;
  /** "14.30-15.00" or null. */
  timeSlot: string | null;
  caseNumber: string | null;
  documentId: string | null;
  /** "Lukket" items: their content is for members only. */
  closed: boolean;
  sections: Section[];
  decision: Decision | null;
  attachments: Attachment[];
  absent: Absentee[];
  source?: SourcePosition;
}

export interface MeetingDocument {
  body: string;
  documentType: DocumentType;
  /** YYYY-MM-DD */
  date: string;
  /** "HH:MM" or null */
  startTime: string | null;
  location: string | null;
  participants: Participant[];
  items: AgendaItem[];
  /** What the reader was unsure of, in plain words. */
  warnings: string[];
  /** The source system's own id of the meeting, when it has one (First Agenda's meeting id). */
  sourceId?: string | null;
  /** Which reader produced it ("text-sdu", "firstagenda-json" …). */
  format?: string;
}
