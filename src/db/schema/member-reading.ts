/**
 * Members' reading on the go (issue 16): what a member last marked as read of a meeting (the
 * version and the checksums seen, never the content) and the passages a member highlighted in an
 * item's text. Private like the notes (member-work.ts item_notes): no public query, export, feed,
 * search or API reads these tables, so they need no page-cache trigger either.
 */
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { belongsTo, instant, instantNow, serialId } from './columns.js';
import { meetings } from './meetings.js';

/** A member's "last read" of a meeting: checksums of what they saw, to tell them what changed since. */
export const meetingReads = pgTable(
  'meeting_reads',
  {
    userId: belongsTo('user_id', () => users.id),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    readAt: instant('read_at').notNull(),
    /** The meeting's published version then (meetings made in Protokol), for a diff against it; else null. */
    versionNumber: integer('version_number'),
    /** Item number → checksum of its title and text as the member read them. */
    itemChecksums: jsonb('item_checksums').$type<Record<string, string>>().notNull(),
    /** A checksum per attachment seen (its item's number, title and document id). */
    attachmentChecksums: jsonb('attachment_checksums').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.meetingId] })],
);

/** A passage of an item's text that a member highlighted, by meeting and item number (kept when the item changes). */
export const itemHighlights = pgTable(
  'item_highlights',
  {
    id: serialId(),
    userId: belongsTo('user_id', () => users.id),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    itemNumber: integer('item_number').notNull(),
    /** The passage as selected (each line's whitespace collapsed, lines joined by one line break). */
    quote: text('quote').notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('item_highlights_owner_idx').on(t.userId, t.meetingId, t.itemNumber)],
);
