/**
 * Read queries for the bulk export: meetings and agenda items in id order, in keyset batches,
 * each with its body's publisher (an item also its case's) as a slug, with flat columns only (the export reads the whole archive; the JSON API's nested columns and
 * per-row subqueries would cost it twice the time and memory). Items are the portal's public
 * items: publicItemColumns (the case only for open items) and loadOpenItemContent (which never
 * selects a closed item's sections, decision, attachments or absentees).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { Db } from '../client.js';
import { agendaItems, bodies, cases, meetings, organisations } from '../schema/index.js';
import { type MeetingFields, meetingFieldColumns, selectItemsWithMeeting } from '../selections.js';
import { epochMs, storedInstantOf } from './api-time.js';
import { readableBy } from './item-content.js';
import { type Page, pageOf } from './keyset.js';
import {
  type PublicItemContent,
  type PublicItemSummary,
  publicItemColumns,
  withOpenItemContent,
} from './public-items.js';

export interface ExportMeeting extends MeetingFields {
  id: number;
  bodySlug: string;
  bodyName: string;
  /** The body's publisher (slug); null only for a body whose publisher is not known. */
  publisherSlug: string | null;
  /** The document on the publisher's site (harvested meetings). */
  sourceUrl: string | null;
  status: MeetingStatus;
  documentType: DocumentType | null;
  isFictitious: boolean;
  modifiedAt: Date;
}

/** Meetings after `afterId` in id order; with `ids`, only those (the change feed's records). */
export async function listExportMeetings(
  db: Db,
  { afterId, limit, ids }: { afterId: number; limit: number; ids?: number[] },
): Promise<Page<ExportMeeting>> {
  const rows = await db
    .select({
      id: meetings.id,
      bodySlug: bodies.slug,
      bodyName: bodies.name,
      publisherSlug: organisations.slug,
      sourceUrl: meetings.sourceUrl,
      ...meetingFieldColumns,
      status: meetings.status,
      documentType: meetings.documentType,
      isFictitious: sql<boolean>`${meetings.isFictitious} or ${bodies.isFictitious}`,
      modifiedAt: epochMs(sql`${meetings.updatedAt}`),
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .where(and(sql`${meetings.id} > ${afterId}`, ids ? inArray(meetings.id, ids.length > 0 ? ids : [0]) : undefined))
    .orderBy(asc(meetings.id))
    .limit(limit + 1);
  return pageOf(
    rows.map((row) => ({ ...row, modifiedAt: storedInstantOf(row.modifiedAt) })),
    limit,
  );
}

export interface ExportItem extends PublicItemSummary {
  heldOn: string;
  bodySlug: string;
  /** The body's publisher (slug). */
  publisherSlug: string | null;
  /** The case's publisher (slug): a case is publisher + number. Null for closed items. */
  casePublisherSlug: string | null;
  /** Null for closed items. */
  content: PublicItemContent | null;
}

/** Items after `afterId` in id order; with `ids`, only those (the change feed's records). */
export async function listExportItems(
  db: Db,
  { afterId, limit, ids }: { afterId: number; limit: number; ids?: number[] },
): Promise<Page<ExportItem>> {
  const casePublishers = alias(organisations, 'case_publishers');
  const rows = await selectItemsWithMeeting(db, {
    ...publicItemColumns,
    heldOn: meetings.heldOn,
    bodySlug: bodies.slug,
    publisherSlug: organisations.slug,
    casePublisherSlug: readableBy('public').unlessClosed<string>(agendaItems.isClosed, casePublishers.slug),
  })
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .leftJoin(casePublishers, eq(casePublishers.id, cases.publisherId))
    .where(
      and(sql`${agendaItems.id} > ${afterId}`, ids ? inArray(agendaItems.id, ids.length > 0 ? ids : [0]) : undefined),
    )
    .orderBy(asc(agendaItems.id))
    .limit(limit + 1);
  const page = pageOf(rows, limit);
  const withContent = await withOpenItemContent(db, page.rows);
  return {
    rows: withContent.map((row) => ({ ...row, casePublisherSlug: row.isClosed ? null : row.casePublisherSlug })),
    hasMore: page.hasMore,
  };
}
