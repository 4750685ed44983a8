/**
 * Read queries for the meeting calendar. Public: the entries and their changes, each with the
 * item whose decision made it (number, title, link — never a decision's text).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { PlanEntryKind, PlanEntryState } from '../../domain/meeting-plan.js';
import type { Db } from '../client.js';
import {
  agendaItems,
  meetingPlanChanges,
  meetingPlanEntries,
  meetings,
  type PlanEntrySnapshot,
} from '../schema/index.js';

export interface PlanChangeRow {
  changedAt: Date;
  note: string | null;
  before: PlanEntrySnapshot | null;
  after: PlanEntrySnapshot;
  decisionItem: { id: number; number: number; title: string; heldOn: string; isClosed: boolean } | null;
}

export interface PlanEntryRow extends PlanEntryState {
  id: number;
  bodyId: number;
  kind: PlanEntryKind;
  changes: PlanChangeRow[];
}

/** A body's plan for a year (by the start date), in date order, with every change. */
export async function listPlanEntries(
  db: Db,
  input: { bodyId: number; year?: number; id?: number },
): Promise<PlanEntryRow[]> {
  const entries = await db
    .select({
      id: meetingPlanEntries.id,
      bodyId: meetingPlanEntries.bodyId,
      kind: meetingPlanEntries.kind,
      title: meetingPlanEntries.title,
      plannedOn: meetingPlanEntries.plannedOn,
      endsOn: meetingPlanEntries.endsOn,
      startTime: meetingPlanEntries.startTime,
      endTime: meetingPlanEntries.endTime,
      location: meetingPlanEntries.location,
      isCancelled: meetingPlanEntries.isCancelled,
    })
    .from(meetingPlanEntries)
    .where(
      and(
        eq(meetingPlanEntries.bodyId, input.bodyId),
        input.year === undefined
          ? undefined
          : sql`${meetingPlanEntries.plannedOn} between ${`${input.year}-01-01`} and ${`${input.year}-12-31`}`,
        input.id === undefined ? undefined : eq(meetingPlanEntries.id, input.id),
      ),
    )
    .orderBy(asc(meetingPlanEntries.plannedOn), asc(meetingPlanEntries.startTime), asc(meetingPlanEntries.id));
  if (entries.length === 0) return [];
  const changes = await db
    .select({
      entryId: meetingPlanChanges.entryId,
      changedAt: meetingPlanChanges.changedAt,
      note: meetingPlanChanges.note,
      before: meetingPlanChanges.before,
      after: meetingPlanChanges.after,
      itemId: agendaItems.id,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
      itemIsClosed: agendaItems.isClosed,
      heldOn: meetings.heldOn,
    })
    .from(meetingPlanChanges)
    .leftJoin(agendaItems, eq(agendaItems.id, meetingPlanChanges.decisionItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      inArray(
        meetingPlanChanges.entryId,
        entries.map((entry) => entry.id),
      ),
    )
    .orderBy(asc(meetingPlanChanges.changedAt), asc(meetingPlanChanges.id));
  return entries.map((entry) => ({
    ...entry,
    changes: changes
      .filter((change) => change.entryId === entry.id)
      .map((change) => ({
        changedAt: change.changedAt,
        note: change.note,
        before: change.before,
        after: change.after,
        decisionItem:
          change.itemId !== null && change.itemNumber !== null && change.itemTitle !== null && change.heldOn !== null
            ? {
                id: change.itemId,
                number: change.itemNumber,
                title: change.itemTitle,
                heldOn: change.heldOn,
                isClosed: change.itemIsClosed ?? true,
              }
            : null,
      })),
  }));
}

export async function findPlanEntry(db: Db, id: number): Promise<PlanEntryRow | null> {
  const bodyId = await planEntryBodyId(db, id);
  if (bodyId === null) return null;
  const [entry] = await listPlanEntries(db, { bodyId, id });
  return entry ?? null;
}

/** The years a body's plan has entries in, newest first. */
export async function planYears(db: Db, bodyId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${meetingPlanEntries.plannedOn})::int` })
    .from(meetingPlanEntries)
    .where(eq(meetingPlanEntries.bodyId, bodyId));
  return rows.map((row) => Number(row.year)).sort((a, b) => b - a);
}

/** The body a plan entry belongs to (for authorization), or null. */
export async function planEntryBodyId(db: Db, id: number): Promise<number | null> {
  const [row] = await db
    .select({ bodyId: meetingPlanEntries.bodyId })
    .from(meetingPlanEntries)
    .where(eq(meetingPlanEntries.id, id));
  return row?.bodyId ?? null;
}

/** A meeting of the body, as the meeting plan lists it beside the planned entries. */
export interface PlanMeetingRow {
  id: number;
  kind: PlanEntryKind;
  status: MeetingStatus;
  documentType: DocumentType | null;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
}

/**
 * The body's meetings in a year (held, coming and cancelled), in date order: what is published or
 * imported lives in `meetings`, not in the plan's own entries.
 */
export async function listPlanMeetings(db: Db, input: { bodyId: number; year: number }): Promise<PlanMeetingRow[]> {
  return db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      status: meetings.status,
      documentType: meetings.documentType,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      endTime: meetings.endTime,
      location: meetings.location,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, input.bodyId),
        sql`${meetings.heldOn} between ${`${input.year}-01-01`} and ${`${input.year}-12-31`}`,
      ),
    )
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime), asc(meetings.id));
}

/** The years the body has meetings in, newest first. */
export async function meetingYears(db: Db, bodyId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${meetings.heldOn})::int` })
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId));
  return rows.map((row) => Number(row.year)).sort((a, b) => b - a);
}
