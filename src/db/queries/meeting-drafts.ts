/**
 * Read queries for the secretariat's pages: a meeting with its working copy (draft items, their
 * attachments, the published versions), one draft item, one draft attachment, the bodies and
 * meetings of the overview, and which body a meeting, item or attachment belongs to (for
 * authorization). Nothing here is for the public.
 */
import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies, draftAttachments, draftItems, meetings } from '../schema/index.js';
import { type MeetingFields, meetingFieldColumns, meetingItemCount } from '../selections.js';
import { listAllBodies, listBodiesById } from './body-refs.js';
import { listVersionSummaries, type VersionSummary } from './meeting-versions.js';

export type MeetingStatusValue = (typeof meetings.$inferSelect)['status'];
export type MeetingKindValue = (typeof meetings.$inferSelect)['kind'];

/** A draft attachment as the secretariat's pages show it (all but when it was added). */
export type DraftAttachmentRow = Omit<typeof draftAttachments.$inferSelect, 'createdAt'>;

/** A draft item: the working copy's row. */
export type DraftItemRow = typeof draftItems.$inferSelect;

export interface DraftMeetingRow extends MeetingFields {
  id: number;
  bodyId: number;
  body: { name: string; slug: string };
  status: MeetingStatusValue;
  documentType: 'referat' | 'dagsorden' | null;
  revision: number;
  /** Made in Protokol (true) or imported (false: read only here). */
  isAuthored: boolean;
  draftParticipants: { name: string; role: string | null; isAbsent: boolean }[];
  updatedAt: Date;
}

export interface DraftMeeting extends DraftMeetingRow {
  items: (DraftItemRow & { attachments: DraftAttachmentRow[] })[];
  versions: VersionSummary[];
}

const meetingColumns = {
  id: meetings.id,
  bodyId: meetings.bodyId,
  body: { name: bodies.name, slug: bodies.slug },
  ...meetingFieldColumns,
  status: meetings.status,
  documentType: meetings.documentType,
  revision: meetings.revision,
  isAuthored: sql<boolean>`${meetings.identityKey} is null`,
  draftParticipants: meetings.draftParticipants,
  updatedAt: meetings.updatedAt,
};

const { createdAt: _createdAt, ...attachmentColumns } = getTableColumns(draftAttachments);

/** The meeting row with its body, or null. */
export async function findMeetingRow(db: Db, meetingId: number): Promise<DraftMeetingRow | null> {
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

/** A meeting with its working copy and its published versions, or null. */
export async function findDraftMeeting(db: Db, meetingId: number): Promise<DraftMeeting | null> {
  const meeting = await findMeetingRow(db, meetingId);
  if (!meeting) return null;
  const [items, versions] = await Promise.all([
    db.select().from(draftItems).where(eq(draftItems.meetingId, meetingId)).orderBy(asc(draftItems.position)),
    listVersionSummaries(db, meetingId),
  ]);
  const attachments = await listDraftAttachments(
    db,
    items.map((item) => item.id),
  );
  return {
    ...meeting,
    items: items.map((item) => ({ ...item, attachments: attachments.filter((a) => a.itemId === item.id) })),
    versions,
  };
}

export async function listDraftAttachments(db: Db, itemIds: number[]): Promise<DraftAttachmentRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select(attachmentColumns)
    .from(draftAttachments)
    .where(inArray(draftAttachments.itemId, itemIds))
    .orderBy(asc(draftAttachments.itemId), asc(draftAttachments.position));
}

export interface DraftItemDetail extends DraftItemRow {
  attachments: DraftAttachmentRow[];
  /** The number it has on the agenda (its place). */
  number: number;
  meeting: DraftMeetingRow;
}

/** One draft item with its meeting and attachments, or null. */
export async function findDraftItem(db: Db, itemId: number): Promise<DraftItemDetail | null> {
  const [item] = await db.select().from(draftItems).where(eq(draftItems.id, itemId));
  if (!item) return null;
  const [meeting, attachments, [{ before }]] = await Promise.all([
    findMeetingRow(db, item.meetingId),
    listDraftAttachments(db, [item.id]),
    db
      .select({ before: sql<number>`count(*)::int` })
      .from(draftItems)
      .where(and(eq(draftItems.meetingId, item.meetingId), sql`${draftItems.position} < ${item.position}`)),
  ]);
  if (!meeting) return null;
  return { ...item, attachments, number: before + 1, meeting };
}

/** One draft attachment and the body it belongs to, or null. */
export async function findDraftAttachment(
  db: Db,
  attachmentId: number,
): Promise<(DraftAttachmentRow & { meetingId: number; bodyId: number }) | null> {
  const [row] = await db
    .select({ ...attachmentColumns, meetingId: draftItems.meetingId, bodyId: meetings.bodyId })
    .from(draftAttachments)
    .innerJoin(draftItems, eq(draftItems.id, draftAttachments.itemId))
    .innerJoin(meetings, eq(meetings.id, draftItems.meetingId))
    .where(eq(draftAttachments.id, attachmentId));
  return row ?? null;
}

/** The body of a meeting, for authorization; null when there is no such meeting. */
export async function bodyOfMeeting(db: Db, meetingId: number): Promise<number | null> {
  const [row] = await db.select({ bodyId: meetings.bodyId }).from(meetings).where(eq(meetings.id, meetingId));
  return row?.bodyId ?? null;
}

/** The body of a draft item, for authorization; null when there is no such item. */
export async function bodyOfDraftItem(db: Db, itemId: number): Promise<number | null> {
  const [row] = await db
    .select({ bodyId: meetings.bodyId })
    .from(draftItems)
    .innerJoin(meetings, eq(meetings.id, draftItems.meetingId))
    .where(eq(draftItems.id, itemId));
  return row?.bodyId ?? null;
}

/** The body of a draft attachment, for authorization; null when there is no such attachment. */
export async function bodyOfDraftAttachment(db: Db, attachmentId: number): Promise<number | null> {
  return (await findDraftAttachment(db, attachmentId))?.bodyId ?? null;
}

/** A body by its slug: id and name, or null. */
export { findBodyRefBySlug as findBodyRef } from './body-refs.js';

export interface SecretariatMeeting {
  id: number;
  heldOn: string;
  startTime: string | null;
  kind: MeetingKindValue;
  status: MeetingStatusValue;
  isAuthored: boolean;
  itemCount: number;
}

export interface SecretariatBody {
  id: number;
  name: string;
  slug: string;
  meetings: SecretariatMeeting[];
}

/**
 * The secretariat's overview: the bodies (by id; all bodies for `'all'`), each with its meetings
 * made in Protokol and its meetings from `today` on, soonest first (at most 50 each).
 */
export async function listSecretariatBodies(
  db: Db,
  bodyIds: number[] | 'all',
  today: string,
): Promise<SecretariatBody[]> {
  if (bodyIds !== 'all' && bodyIds.length === 0) return [];
  const bodyRows = bodyIds === 'all' ? await listAllBodies(db) : await listBodiesById(db, bodyIds);
  const ids = bodyRows.map((body) => body.id);
  if (ids.length === 0) return [];
  const meetingRows = await db
    .select({
      id: meetings.id,
      bodyId: meetings.bodyId,
      heldOn: meetings.heldOn,
      startTime: meetings.startTime,
      kind: meetings.kind,
      status: meetings.status,
      isAuthored: sql<boolean>`${meetings.identityKey} is null`,
      itemCount: sql<number>`(case when ${meetings.identityKey} is null
        then (select count(*)::int from draft_items di where di.meeting_id = "meetings"."id")
        else ${meetingItemCount} end)`,
    })
    .from(meetings)
    .where(and(inArray(meetings.bodyId, ids), sql`(${isNull(meetings.identityKey)} or ${gte(meetings.heldOn, today)})`))
    .orderBy(desc(meetings.heldOn), desc(meetings.startTime));
  return bodyRows.map((body) => ({
    ...body,
    meetings: meetingRows
      .filter((meeting) => meeting.bodyId === body.id)
      .slice(0, 50)
      .map(({ bodyId: _bodyId, ...meeting }) => meeting),
  }));
}
