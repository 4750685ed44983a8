/**
 * What the public may read of a meeting document: the one function that strips a member's view
 * (a published version's snapshot) down to the public's. A closed item keeps its number, its title
 * and `closed: true`; its time slot, case, document id, sections, decision, attachments, absentees
 * and source position go. Closed attachments of open items go, and so do the reader's warnings
 * (they may quote a closed item). Pure; returns a new document and leaves the given one alone.
 */
import type { AgendaItem, MeetingDocument } from './meeting-document.js';

export function publicProjection(document: MeetingDocument): MeetingDocument {
  return {
    body: document.body,
    documentType: document.documentType,
    date: document.date,
    startTime: document.startTime,
    location: document.location,
    participants: document.participants.map((participant) => ({ ...participant })),
    items: document.items.map(publicItem),
    warnings: [],
    ...(document.sourceId !== undefined ? { sourceId: document.sourceId } : {}),
    ...(document.format !== undefined ? { format: document.format } : {}),
  };
}

function publicItem(item: AgendaItem): AgendaItem {
  if (item.closed) {
    return {
      number: item.number,
      title: item.title,
      timeSlot: null,
      caseNumber: null,
      documentId: null,
      closed: true,
      sections: [],
      decision: null,
      attachments: [],
      absent: [],
    };
  }
  const open: AgendaItem = {
    number: item.number,
    title: item.title,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    documentId: item.documentId,
    closed: false,
    sections: item.sections.map((section) => ({ ...section })),
    decision: item.decision
      ? {
          ...item.decision,
          parts: item.decision.parts.map((part) => ({ ...part })),
          dissents: [...item.decision.dissents],
        }
      : null,
    attachments: item.attachments
      .filter((attachment) => !attachment.closed)
      .map(({ closed: _closed, ...attachment }) => ({ ...attachment })),
    absent: item.absent.map((absentee) => ({ ...absentee })),
  };
  if (item.source) open.source = { ...item.source };
  return open;
}
