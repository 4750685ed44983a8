/**
 * The secretariat's working copy of a meeting made in Protokol, and what it published.
 *
 * The public record lives in the meeting tables (meetings.ts): the portal, search, the API and the
 * feeds read only those. A meeting made in Protokol is written there only when the secretariat
 * publishes (agenda, minutes, a correction); until then its items live here, where no public query
 * looks. Each publication is also kept as a frozen version (`meeting_versions`): the meeting
 * document as published, closed items included — never served to the public without stripping.
 */
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { belongsTo, flag, instantNow, serialId } from './columns.js';
import { meetings } from './meetings.js';

export interface DraftSection {
  kind: string;
  heading: string;
  /** Markdown. */
  text: string;
}

export interface DraftDecision {
  text: string;
  /** The outcome as the secretariat set it; null: derived from the text. */
  outcome: string | null;
  /** Dissents as the secretariat listed them; null: derived from the text. */
  dissents: string[] | null;
  decidedOn: string | null;
}

export interface DraftAbsentee {
  name: string;
  role: string | null;
}

/** An item of the agenda being built. Its number is its place in the agenda (renumbered on every move). */
export const draftItems = pgTable(
  'draft_items',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** "14.30-15.00" or null. */
    timeSlot: text('time_slot'),
    caseNumber: text('case_number'),
    isClosed: flag('is_closed'),
    sections: jsonb('sections').$type<DraftSection[]>().notNull().default([]),
    decision: jsonb('decision').$type<DraftDecision | null>(),
    absentees: jsonb('absentees').$type<DraftAbsentee[]>().notNull().default([]),
    /** Optimistic concurrency: every save must name the revision it started from. */
    revision: integer('revision').notNull().default(1),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [index('draft_items_meeting_idx').on(t.meetingId, t.position)],
);

/** A file attached to a draft item; the bytes are under the data folder, named by their SHA-256. */
export const draftAttachments = pgTable(
  'draft_attachments',
  {
    id: serialId(),
    itemId: belongsTo('item_id', () => draftItems.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** The uploaded file's name, as the uploader's computer called it. */
    fileName: text('file_name').notNull(),
    /** From the file's first bytes, not its name. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the bytes: the file is `attachments/<sha256>` under the data folder. */
    sha256: text('sha256').notNull(),
    isClosed: flag('is_closed'),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('draft_attachments_item_idx').on(t.itemId, t.position)],
);

export const VERSION_KINDS = ['agenda', 'minutes'] as const;

/** One publication of a meeting: the document as published (member view), frozen. */
export const meetingVersions = pgTable(
  'meeting_versions',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    /** 1, 2, 3 … per meeting. */
    number: integer('number').notNull(),
    kind: text('kind', { enum: VERSION_KINDS }).notNull(),
    publishedAt: instantNow('published_at'),
    /** The Danish calendar date of publication. */
    publishedOn: date('published_on').notNull(),
    /** No foreign key: a version outlives the account that published it (as the audit log does). */
    publishedByUserId: integer('published_by_user_id'),
    publishedByLabel: text('published_by_label').notNull(),
    /** Why it was published again; required for every version after the first of its kind. */
    reason: text('reason'),
    /**
     * The meeting document (src/domain/meeting-document.ts) in its member view: closed items with their
     * content. Strip with publicProjection() before showing the public.
     */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('meeting_versions_number_idx').on(t.meetingId, t.number)],
);
