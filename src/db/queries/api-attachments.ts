/**
 * Attachments for the open-data interfaces: open attachments of open items only, by id, each
 * naming its body's publisher and, when harvested, where the publisher published it.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PublisherRef } from '../../domain/publisher.js';
import type { Db } from '../client.js';
import { agendaItems, attachments, bodies, meetings } from '../schema/index.js';
import { selectItemsWithMeeting } from '../selections.js';
import { publisherRef } from './api-publishers.js';
import { meetingTimeColumns, meetingTimesOf } from './api-time.js';
import { type BodyFilterInput, bodyFilters } from './body-filters.js';
import { readableBy } from './item-content.js';
import { type Page, pageOf } from './keyset.js';

export interface ApiAttachment {
  id: number;
  title: string;
  documentId: string | null;
  caseNumber: string | null;
  hasFile: boolean;
  /** The file on the publisher's site (harvested attachments); else null. */
  sourceUrl: string | null;
  item: { id: number; number: number; title: string };
  meeting: { id: number; heldOn: string; createdAt: Date; modifiedAt: Date };
  body: { slug: string; name: string };
  /** The body's publisher; null only for a body whose publisher is not known. */
  publisher: PublisherRef | null;
}

export interface AttachmentListInput extends BodyFilterInput {
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
  sourceUrl: attachments.sourceUrl,
  item: { id: agendaItems.id, number: agendaItems.number, title: agendaItems.title },
  meeting: {
    id: meetings.id,
    heldOn: meetings.heldOn,
    ...meetingTimeColumns,
  },
  body: { slug: bodies.slug, name: bodies.name },
  publisher: publisherRef(sql`"bodies"."publisher_id"`),
};

type AttachmentRow = Omit<ApiAttachment, 'meeting'> & {
  meeting: { id: number; heldOn: string; createdAt: number | null; modifiedAt: number | null };
};

function toApiAttachment(row: AttachmentRow): ApiAttachment {
  return { ...row, meeting: { ...row.meeting, ...meetingTimesOf(row.meeting) } };
}

/** Attachments with their item, meeting and body. */
function selectAttachments(db: Db) {
  return selectItemsWithMeeting(db, attachmentColumns).innerJoin(attachments, eq(attachments.itemId, agendaItems.id));
}

export async function listApiAttachments(db: Db, input: AttachmentListInput): Promise<Page<ApiAttachment>> {
  const rows = await selectAttachments(db)
    .where(
      and(
        openAttachment,
        ...bodyFilters(input),
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
  const [row] = await selectAttachments(db).where(and(openAttachment, eq(attachments.id, id)));
  return row ? toApiAttachment(row) : null;
}
