/**
 * A stored meeting as a meeting document again (the importer's shape), for the documents that
 * Protokol hands out: the agenda and minutes as PDF and plain text.
 *
 * The audience decides what is selected, by the closed-item rule of item-content.ts: for
 * 'member', everything; for 'public', a closed item is its number and title and `closed: true`
 * only (its details and content are never selected), and the reader's warnings, which may quote
 * a closed item, are not selected either. Three queries, whatever the number of items.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { AgendaItem, MeetingDocument } from '../../domain/meeting-document.js';
import type { Db } from '../client.js';
import { bodies, meetingParticipants, meetings, sourceFiles } from '../schema/index.js';
import { type Audience, type LoadedItem, loadItems, readableBy } from './item-content.js';

export type DocumentAudience = Audience;

export interface LoadMeetingDocumentOptions {
  audience: DocumentAudience;
}

/** The meeting as a document for the audience, or null when there is no such meeting. */
export async function loadMeetingDocument(
  db: Db,
  meetingId: number,
  { audience }: LoadMeetingDocumentOptions,
): Promise<MeetingDocument | null> {
  const rule = readableBy(audience);
  const [meeting] = await db
    .select({
      body: bodies.name,
      documentType: meetings.documentType,
      status: meetings.status,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      location: meetings.location,
      sourceId: meetings.sourceId,
      warnings: rule.readsClosed ? meetings.warnings : sql<string[]>`'[]'::jsonb`,
      format: sourceFiles.format,
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(sourceFiles, eq(sourceFiles.id, meetings.sourceFileId))
    .where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const [participants, items] = await Promise.all([
    db
      .select({
        name: meetingParticipants.name,
        party: meetingParticipants.party,
        organization: meetingParticipants.organisation,
        role: meetingParticipants.role,
        absent: meetingParticipants.isAbsent,
      })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .orderBy(asc(meetingParticipants.position)),
    loadItems(db, { meetingIds: [meetingId] }, audience),
  ]);
  const document: MeetingDocument = {
    body: meeting.body,
    documentType: meeting.documentType ?? (meeting.status === 'minutes_published' ? 'referat' : 'dagsorden'),
    date: meeting.heldOn,
    startTime: meeting.startTime,
    location: meeting.location,
    participants,
    items: items.map(documentItem),
    warnings: meeting.warnings,
    sourceId: meeting.sourceId,
  };
  if (meeting.format) document.format = meeting.format;
  return document;
}

/** A loaded item in the document's shape: what the audience may not read is already null. */
function documentItem(item: LoadedItem): AgendaItem {
  const content = item.content;
  const decision = content?.decision ?? null;
  const result: AgendaItem = {
    number: item.number,
    title: item.title,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    documentId: item.documentId,
    closed: item.isClosed,
    sections: (content?.sections ?? []).map(({ heading, text }) => ({ heading, text })),
    decision: decision
      ? {
          text: decision.text,
          outcome: decision.outcome,
          date: decision.decidedOn,
          parts: decision.parts.map((part) => ({ ...part, outcome: part.outcome as DecisionOutcome })),
          dissents: decision.dissents,
        }
      : null,
    attachments: (content?.attachments ?? []).map(({ title, documentId, caseNumber }) => ({
      title,
      documentId,
      caseNumber,
    })),
    absent: (content?.absentees ?? []).map(({ name, title, role, party }) => ({ name, title, role, party })),
  };
  if (item.sourceLine !== null) result.source = { line: item.sourceLine, page: item.sourcePage };
  return result;
}
