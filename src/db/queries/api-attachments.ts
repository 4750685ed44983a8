/** Attachments for the open-data interfaces: open attachments of open items only, by id. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agendaItems, attachments, bodies, meetings } from '../schema/index.js';
import { epochMs, instantOf, type RegionFilter, regionCondition } from './api-directory.js';
import { readableBy } from './item-content.js';
import { type Page, pageOf } from './keyset.js';

export interface ApiAttachment {
  id: number;
  title: string;
  documentId: string | null;
  caseNumber: string | null;
  hasFile: boolean;
  item: { id: number; number: number; title: string };
  meeting: { id: number; heldOn: string; createdAt: Date; modifiedAt: Date };
  body: { slug: string; name: string; regionSlug: string | null };
}

export interface AttachmentListInput {
  body?: string;
  region?: RegionFilter;
  meetingId?: number;
  itemId?: number;
  afterId?: number;
  limit: number;
}

/** Open attachments of open items: the only ones the public may see. */
const openAttachment = and(
  eq(agendaItems.isClosed, false),
  readableBy('public').attachmentReadable(attachments.isClosed),
);

const attachmentColumns = {
  id: attachments.id,
  title: attachments.title,
  documentId: attachments.documentId,
  caseNumber: attachments.caseNumber,
  hasFile: sql<boolean>`${attachments.filePath} is not null`,
  item: { id: agendaItems.id, number: agendaItems.number, title: agendaItems.title },
  meeting: {
    id: meetings.id,
    heldOn: meetings.heldOn,
    createdAt: epochMs(sql`${meetings.createdAt}`),
    modifiedAt: epochMs(sql`${meetings.updatedAt}`),
  },
  body: {
    slug: bodies.slug,
    name: bodies.name,
    regionSlug: sql<string | null>`(select r.slug from regions r where r.id = "bodies"."region_id")`,
  },
};

type AttachmentRow = Omit<ApiAttachment, 'meeting'> & {
  meeting: { id: number; heldOn: string; createdAt: number | null; modifiedAt: number | null };
};

function toApiAttachment(row: AttachmentRow): ApiAttachment {
  return {
    ...row,
    meeting: {
      ...row.meeting,
      createdAt: instantOf(row.meeting.createdAt) ?? new Date(0),
      modifiedAt: instantOf(row.meeting.modifiedAt) ?? new Date(0),
    },
  };
}

export async function listApiAttachments(db: Db, input: AttachmentListInput): Promise<Page<ApiAttachment>> {
  const rows = await db
    .select(attachmentColumns)
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        openAttachment,
        input.body ? eq(bodies.slug, input.body) : undefined,
        regionCondition(input.region, sql`${bodies.regionId}`),
        input.meetingId !== undefined ? eq(meetings.id, input.meetingId) : undefined,
        input.itemId !== undefined ? eq(agendaItems.id, input.itemId) : undefined,
        input.afterId !== undefined ? sql`${attachments.id} > ${input.afterId}` : undefined,
      ),
    )
    .orderBy(asc(attachments.id))
    .limit(input.limit + 1);
  return pageOf(rows.map(toApiAttachment), input.limit);
}

export async function findApiAttachment(db: Db, id: number): Promise<ApiAttachment | null> {
  const [row] = await db
    .select(attachmentColumns)
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(openAttachment, eq(attachments.id, id)));
  return row ? toApiAttachment(row) : null;
}
