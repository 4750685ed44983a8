/**
 * What members (and the body's secretariat, and admins) read beyond the public: the content of
 * closed items and closed attachments, and the stored files of attachments. Callers decide who may
 * read what (src/domain/roles.ts); these queries select everything they are asked for.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agendaItems, attachments, meetings } from '../schema/index.js';
import { type ItemContent, loadItems } from './item-content.js';

/** An item's content as members read it: closed items and closed attachments included. */
export type MemberItemContent = ItemContent;

/** Sections, decision, every attachment (closed ones too) and absentees of the items, open or closed: one query. */
export async function loadMemberItemContent(db: Db, itemIds: number[]): Promise<Map<number, MemberItemContent>> {
  const items = await loadItems(db, { itemIds }, 'member');
  const result = new Map<number, MemberItemContent>(
    itemIds.map((id) => [
      id,
      { timeSlot: null, sections: [], decision: null, attachments: [], absentees: [], amounts: [] },
    ]),
  );
  for (const item of items) if (item.content) result.set(item.id, item.content);
  return result;
}

export interface AttachmentFile {
  id: number;
  title: string;
  /** Under the data folder ("attachments/<sha256>"); null when no file is stored. */
  filePath: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  /** The attachment or its item is closed: members of the body only. */
  isClosed: boolean;
  bodyId: number;
}

/** A published attachment with where its file is, or null. */
export async function findAttachmentFile(db: Db, attachmentId: number): Promise<AttachmentFile | null> {
  const [row] = await db
    .select({
      id: attachments.id,
      title: attachments.title,
      filePath: attachments.filePath,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      isClosed: sql<boolean>`(${attachments.isClosed} or ${agendaItems.isClosed})`,
      bodyId: meetings.bodyId,
    })
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(attachments.id, attachmentId));
  return row ?? null;
}
