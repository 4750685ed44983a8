/**
 * The draft: what a reader hands on. A reader recognises its layout's structure — the header,
 * the items, their sections as printed, which headings record decisions — and the shared
 * refiners (refiners/index.ts) then settle what every layout has in common: which decision is
 * this meeting's, its outcome, document type, participants and absentees, case numbers, the
 * table of contents against the headings. The draft is a working copy: refiners change it in
 * place, and `finish` turns it into the meeting document.
 */
import type {
  AgendaItem,
  Decision,
  DocumentType,
  MeetingDocument,
  Participant,
  SourcePosition,
} from '../domain/meeting-document.js';

/** A decision heading as printed: the date and the body it names (null when it names none). */
export interface DecisionMark {
  date: string | null;
  body: string | null;
}

export interface DraftSection {
  /** As printed ("" for text before the first heading). */
  heading: string;
  /** Markdown. */
  text: string;
  /** Set when the heading records a decision ("Beslutning", "Beslutning i X den …"). */
  decision: DecisionMark | null;
  /** The people of a table printed in the section (a "Deltagere" item): such a section is no decision. */
  people?: Participant[];
}

/** An agenda item in the making: its sections as printed, and what the refiners read besides. */
export interface DraftItem extends Omit<AgendaItem, 'sections' | 'decision' | 'source'> {
  sections: DraftSection[];
  /** Set by the decision refiner. */
  decision: Decision | null;
  source: SourcePosition | null;
  /** The title the table of contents gives the item, when the layout prints contents. */
  tocTitle: string | null;
  /** People in tables anywhere in the item, for when no decision section holds the table. */
  tableParticipants: Participant[];
  /** What the reader or a refiner was unsure of about this item. */
  warnings: string[];
}

export interface DraftDocument {
  body: string;
  /** What the document says it is; null when it does not say (refiners/document-type.ts decides). */
  documentType: DocumentType | null;
  date: string;
  startTime: string | null;
  location: string | null;
  participants: Participant[];
  items: DraftItem[];
  /** How many entries the table of contents has; null when the layout prints none. */
  tocEntries: number | null;
  /** What the reader was unsure of about the document as a whole; item warnings follow them. */
  warnings: string[];
  /** Warnings that come after the items' (a conclusion drawn from all of them). */
  closingWarnings: string[];
  sourceId: string | null;
}

/** A new item with the fields a reader does not always fill. */
export function draftItem(
  fields: Pick<DraftItem, 'number' | 'title'> & Partial<Omit<DraftItem, 'number' | 'title'>>,
): DraftItem {
  return {
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: false,
    sections: [],
    decision: null,
    attachments: [],
    absent: [],
    source: null,
    tocTitle: null,
    tableParticipants: [],
    warnings: [],
    ...fields,
  };
}

/** A new draft with the fields a reader does not always fill. */
export function draftDocument(
  fields: Pick<DraftDocument, 'body' | 'date' | 'items'> & Partial<Omit<DraftDocument, 'body' | 'date' | 'items'>>,
): DraftDocument {
  return {
    documentType: null,
    startTime: null,
    location: null,
    participants: [],
    tocEntries: null,
    warnings: [],
    closingWarnings: [],
    sourceId: null,
    ...fields,
  };
}

function finishItem(item: DraftItem): AgendaItem {
  const finished: AgendaItem = {
    number: item.number,
    title: item.title,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    documentId: item.documentId,
    closed: item.closed,
    sections: item.sections.map((section) => ({ heading: section.heading, text: section.text })),
    decision: item.decision,
    attachments: item.attachments,
    absent: item.absent,
  };
  if (item.source) finished.source = item.source;
  return finished;
}

/** The refined draft as the meeting document; warnings: the document's, the items', the closing ones. */
export function finish(draft: DraftDocument, format: string): MeetingDocument {
  return {
    body: draft.body,
    documentType: draft.documentType ?? 'dagsorden',
    date: draft.date,
    startTime: draft.startTime,
    location: draft.location,
    participants: draft.participants,
    items: draft.items.map(finishItem),
    warnings: [...draft.warnings, ...draft.items.flatMap((item) => item.warnings), ...draft.closingWarnings],
    sourceId: draft.sourceId,
    format,
  };
}
