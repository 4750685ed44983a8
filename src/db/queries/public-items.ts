/**
 * Agenda items as the public may read them, through the closed-item rule of item-content.ts: a
 * closed item is its number and title; its details and content are never selected, whatever ids
 * a caller passes in.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agendaItems, cases } from '../schema/index.js';
import { type ItemContent, type LoadedItem, loadItems, readableBy } from './item-content.js';

export interface PublicItemSummary {
  id: number;
  meetingId: number;
  number: number;
  /** As stored; closed items must be shown with closedItemTitle(). */
  title: string;
  /** Null for closed items. */
  timeSlot: string | null;
  isClosed: boolean;
  /** Null for closed items. */
  caseNumber: string | null;
}

/** The content of an open item (the members' view reads closed items' content in the same shape). */
export type PublicItemContent = ItemContent;

const publicRule = readableBy('public');

/** The columns of an item that the public may see, for queries that page or filter items themselves. */
export const publicItemColumns = {
  id: agendaItems.id,
  meetingId: agendaItems.meetingId,
  number: agendaItems.number,
  title: agendaItems.title,
  timeSlot: publicRule.unlessClosed<string>(agendaItems.isClosed, agendaItems.timeSlot),
  isClosed: agendaItems.isClosed,
  caseNumber: publicRule.unlessClosed<string>(agendaItems.isClosed, cases.number),
};

/** The items of meetings, in agenda order (closed items with number and title only). */
export async function listPublicItems(db: Db, meetingIds: number[]): Promise<PublicItemSummary[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select(publicItemColumns)
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
}

/** The content of the open items among `itemIds` (closed ones are left out): one query. */
export async function loadOpenItemContent(db: Db, itemIds: number[]): Promise<Map<number, PublicItemContent>> {
  const items = await loadItems(db, { itemIds }, 'public');
  return new Map(items.flatMap((item) => (item.content ? [[item.id, item.content] as const] : [])));
}

/**
 * The rows of items with their content: an open item's (an open item without any: none of its
 * parts), a closed item's none — its content is never selected.
 */
export async function withOpenItemContent<T extends { id: number; isClosed: boolean; timeSlot: string | null }>(
  db: Db,
  rows: T[],
): Promise<(T & { content: PublicItemContent | null })[]> {
  const content = await loadOpenItemContent(
    db,
    rows.filter((row) => !row.isClosed).map((row) => row.id),
  );
  const none = (row: T): PublicItemContent => ({
    timeSlot: row.timeSlot,
    sections: [],
    decision: null,
    attachments: [],
    absentees: [],
    amounts: [],
  });
  return rows.map((row) => ({ ...row, content: row.isClosed ? null : (content.get(row.id) ?? none(row)) }));
}

/** A meeting's items in agenda order, open ones with their content (closed ones with none): one query. */
export async function listPublicItemsWithContent(
  db: Db,
  meetingId: number,
): Promise<(PublicItemSummary & { content: PublicItemContent | null })[]> {
  const items = await loadItems(db, { meetingIds: [meetingId] }, 'public');
  return items.map(publicItemOf);
}

/** What the public pages show of a loaded item (loaded for the public: a closed item without content). */
export function publicItemOf(item: LoadedItem): PublicItemSummary & { content: PublicItemContent | null } {
  return {
    id: item.id,
    meetingId: item.meetingId,
    number: item.number,
    title: item.title,
    timeSlot: item.timeSlot,
    isClosed: item.isClosed,
    caseNumber: item.caseNumber,
    content: item.content,
  };
}
