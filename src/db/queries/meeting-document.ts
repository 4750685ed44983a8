/**
 * A stored meeting as a meeting document again (the importer's shape), for the documents that
 * Protokol hands out: the agenda and minutes as PDF and plain text.
 *
 * The audience decides what is selected. For 'member', everything. For 'public', a closed item is
 * its number and title and `closed: true` only: its sections, decision, attachments, absentees,
 * case number, document id, time slot and source position are never selected (every child query
 * joins the item and keeps open ones only), and neither are the reader's warnings, which may quote
 * a closed item.
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { AgendaItem, MeetingDocument } from '../../domain/meeting-document.js';
import type { Db } from '../client.js';
import {
  agendaItems,
  attachments,
  bodies,
  cases,
  decisions,
  itemAbsentees,
  meetingParticipants,
  meetings,
  sections,
  sourceFiles,
} from '../schema/index.js';

export type DocumentAudience = 'public' | 'member';

export interface LoadMeetingDocumentOptions {
  audience: DocumentAudience;
}

/** The column's value for members; for the public, null on a closed item (so it is never selected). */
function openOnly<T>(audience: DocumentAudience, column: AnyPgColumn): SQL<T | null> {
  return audience === 'member'
    ? sql<T | null>`${column}`
    : sql<T | null>`case when ${agendaItems.isClosed} then null else ${column} end`;
}

/** The meeting as a document for the audience, or null when there is no such meeting. */
export async function loadMeetingDocument(
  db: Db,
  meetingId: number,
  { audience }: LoadMeetingDocumentOptions,
): Promise<MeetingDocument | null> {
  const isPublic = audience === 'public';
  const [meeting] = await db
    .select({
      body: bodies.name,
      documentType: meetings.documentType,
      status: meetings.status,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      location: meetings.location,
      sourceId: meetings.sourceId,
      warnings: meetings.warnings,
      format: sourceFiles.format,
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(sourceFiles, eq(sourceFiles.id, meetings.sourceFileId))
    .where(eq(meetings.id, meetingId));
  if (!meeting) return null;

  // Children of the items this audience may read: the join keeps closed items out for the public.
  const readable = isPublic
    ? and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.isClosed, false))
    : eq(agendaItems.meetingId, meetingId);

  const [participantRows, itemRows, sectionRows, decisionRows, attachmentRows, absenteeRows] = await Promise.all([
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
    db
      .select({
        id: agendaItems.id,
        number: agendaItems.number,
        title: agendaItems.title,
        closed: agendaItems.isClosed,
        timeSlot: openOnly<string>(audience, agendaItems.timeSlot),
        caseNumber: openOnly<string>(audience, cases.number),
        documentId: openOnly<string>(audience, agendaItems.documentId),
        sourceLine: openOnly<number>(audience, agendaItems.sourceLine),
        sourcePage: openOnly<number>(audience, agendaItems.sourcePage),
      })
      .from(agendaItems)
      .leftJoin(cases, eq(cases.id, agendaItems.caseId))
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position)),
    db
      .select({ itemId: sections.itemId, heading: sections.heading, text: sections.text })
      .from(sections)
      .innerJoin(agendaItems, eq(agendaItems.id, sections.itemId))
      .where(readable)
      .orderBy(asc(sections.itemId), asc(sections.position)),
    db
      .select({
        itemId: decisions.itemId,
        text: decisions.text,
        outcome: decisions.outcome,
        date: decisions.decidedOn,
        parts: decisions.parts,
        dissents: decisions.dissents,
      })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
      .where(readable),
    db
      .select({
        itemId: attachments.itemId,
        title: attachments.title,
        documentId: attachments.documentId,
        caseNumber: attachments.caseNumber,
      })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
      .where(isPublic ? and(readable, eq(attachments.isClosed, false)) : readable)
      .orderBy(asc(attachments.itemId), asc(attachments.position)),
    db
      .select({
        itemId: itemAbsentees.itemId,
        name: itemAbsentees.name,
        title: itemAbsentees.title,
        role: itemAbsentees.role,
        party: itemAbsentees.party,
      })
      .from(itemAbsentees)
      .innerJoin(agendaItems, eq(agendaItems.id, itemAbsentees.itemId))
      .where(readable)
      .orderBy(asc(itemAbsentees.itemId), asc(itemAbsentees.id)),
  ]);

  const items = new Map<number, AgendaItem>();
  for (const row of itemRows) {
    const hidden = isPublic && row.closed;
    const item: AgendaItem = {
      number: row.number,
      title: row.title,
      timeSlot: hidden ? null : row.timeSlot,
      caseNumber: hidden ? null : row.caseNumber,
      documentId: hidden ? null : row.documentId,
      closed: row.closed,
      sections: [],
      decision: null,
      attachments: [],
      absent: [],
    };
    if (!hidden && row.sourceLine !== null) item.source = { line: row.sourceLine, page: row.sourcePage };
    items.set(row.id, item);
  }
  // A row of a closed item never reaches a public document, even if a query above let one through.
  const itemOf = (itemId: number) => {
    const item = items.get(itemId);
    return item && !(isPublic && item.closed) ? item : undefined;
  };
  for (const { itemId, ...section } of sectionRows) itemOf(itemId)?.sections.push(section);
  for (const { itemId, outcome, parts, ...decision } of decisionRows) {
    const item = itemOf(itemId);
    if (!item) continue;
    item.decision = {
      ...decision,
      outcome: outcome as DecisionOutcome,
      parts: parts.map((part) => ({ ...part, outcome: part.outcome as DecisionOutcome })),
    };
  }
  for (const { itemId, ...attachment } of attachmentRows) itemOf(itemId)?.attachments.push(attachment);
  for (const { itemId, ...absentee } of absenteeRows) itemOf(itemId)?.absent.push(absentee);

  const document: MeetingDocument = {
    body: meeting.body,
    documentType: meeting.documentType ?? (meeting.status === 'minutes_published' ? 'referat' : 'dagsorden'),
    date: meeting.heldOn,
    startTime: meeting.startTime,
    location: meeting.location,
    participants: participantRows,
    items: [...items.values()],
    warnings: isPublic ? [] : meeting.warnings,
    sourceId: meeting.sourceId,
  };
  if (meeting.format) document.format = meeting.format;
  return document;
}
