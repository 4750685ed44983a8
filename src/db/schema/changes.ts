/**
 * Every change to a public object, written by database triggers (migration "object_changes"), so
 * that no path that writes (an import, a harvest, the secretariat, an admin, the demo loader) can
 * forget it: one row per object per transaction — created, changed or removed. Its `position` in
 * the change feed (/api/v1/changes) is given as the writing transaction commits (a deferred
 * trigger, one transaction at a time under an advisory lock held to the commit: migration
 * "change_positions"), so positions follow the order of the commits and a reader never sees a
 * position before every smaller one is visible. A removed object keeps here what OParl's
 * `deleted: true` object needs (OParl 1.1, 2.8 "Gelöschte Objekte"): its publisher, its key (a
 * body's or person's slug) and when it was made. A person merged into another counts as removed,
 * and as created again when the merge is undone.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant, instantNow, serialId } from './columns.js';

/** The objects whose changes are recorded: the export's record types. */
export const CHANGED_OBJECT_TYPES = ['publisher', 'body', 'person', 'membership', 'meeting', 'case', 'item'] as const;
export const CHANGE_KINDS = ['created', 'changed', 'removed'] as const;

export const objectChanges = pgTable(
  'object_changes',
  {
    id: serialId(),
    /** The place in the change feed, given at the commit; null until then. */
    position: bigint('position', { mode: 'number' }),
    /** The writing transaction (pg_current_xact_id()). */
    txid: bigint('txid', { mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text::bigint)`),
    objectType: text('object_type', { enum: CHANGED_OBJECT_TYPES }).notNull(),
    objectId: integer('object_id').notNull(),
    kind: text('kind', { enum: CHANGE_KINDS }).notNull(),
    changedAt: instantNow('changed_at'),
    /** The object's publisher (organisations.id; a publisher: its own), when it has one. */
    publisherId: integer('publisher_id'),
    /** A body's, person's or publisher's slug, a meeting's body's slug, an item's case id: what a removed object's address needs. */
    objectKey: text('object_key'),
    /** When the object was made, kept for its `deleted: true` object. */
    objectCreatedAt: instant('object_created_at'),
  },
  (t) => [
    uniqueIndex('object_changes_tx_object_idx').on(t.txid, t.objectType, t.objectId),
    index('object_changes_feed_idx').on(t.txid, t.id),
    uniqueIndex('object_changes_position_idx').on(t.position),
    index('object_changes_object_idx').on(t.objectType, t.objectId),
    index('object_changes_removed_idx').on(t.objectType, t.changedAt).where(sql`${t.kind} = 'removed'`),
  ],
);
