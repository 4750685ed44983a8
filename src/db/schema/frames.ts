/**
 * Money shared by key (migration 0025): keys (fordelingsnøgler) with their versions and weights
 * per recipient, and frames (rammer) allocated over recipients by one key version. Amounts are
 * integers of øre (bigint), weights exact decimals (numeric): never floating point. A recipient is
 * a body or a publisher (exactly one of the two columns). Projects will commit against a frame's
 * allocations later (a frame cannot be over-committed: domain/frame.ts `checkCommitment`).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { KEY_KINDS } from '../../domain/allocation-key.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { agendaItems } from './meetings.js';
import { organisations } from './reference.js';

/** A key: its name, and a slug that is its identity (`protokol key import` finds it by name's slug). */
export const allocationKeys = pgTable('allocation_keys', {
  id: serialId(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Demo data: the key was loaded by the demo set (removed with it). */
  isFictitious: flag('is_fictitious'),
  ...timestamps(),
});

/** One version of a key: what its weights are, where they come from and of when. */
export const allocationKeyVersions = pgTable(
  'allocation_key_versions',
  {
    id: serialId(),
    keyId: belongsTo('key_id', () => allocationKeys.id),
    version: integer('version').notNull(),
    kind: text('kind', { enum: KEY_KINDS }).notNull(),
    /** Where the weights come from ("Region Syddanmarks budget 2026, bilag 3"). */
    source: text('source').notNull(),
    /** The date of the source. */
    sourceOn: date('source_on').notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [uniqueIndex('allocation_key_versions_key_version_idx').on(t.keyId, t.version)],
);

const oneRecipient = (body: unknown, publisher: unknown) => sql`(${body} is null) <> (${publisher} is null)`;

/** A key version's weight for one recipient (a body or a publisher). */
export const allocationKeyWeights = pgTable(
  'allocation_key_weights',
  {
    versionId: belongsTo('version_id', () => allocationKeyVersions.id),
    position: integer('position').notNull(),
    recipientBodyId: integer('recipient_body_id').references(() => bodies.id),
    recipientPublisherId: integer('recipient_publisher_id').references(() => organisations.id),
    /** Exact decimal, ≥ 0 (a share in per cent, a number of citizens …): only the ratios matter. */
    weight: numeric('weight', { precision: 30, scale: 10 }).notNull(),
    /** A fictitious demo value, not a cited one. */
    isFictitious: flag('is_fictitious'),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.position] }),
    uniqueIndex('allocation_key_weights_body_idx').on(t.versionId, t.recipientBodyId),
    uniqueIndex('allocation_key_weights_publisher_idx').on(t.versionId, t.recipientPublisherId),
    check('allocation_key_weights_one_recipient', oneRecipient(t.recipientBodyId, t.recipientPublisherId)),
    check('allocation_key_weights_not_negative', sql`${t.weight} >= 0`),
  ],
);

/** A frame (ramme): money set aside by a deciding body, shared over recipients by a key version. */
export const frames = pgTable(
  'frames',
  {
    id: serialId(),
    title: text('title').notNull(),
    purpose: text('purpose').notNull(),
    /** Conditions of the money ("Projekterne afrapporterer en årlig status til sundhedsrådet"). */
    conditions: text('conditions'),
    /** Whose money it is (udgiver: a region, a municipality …). */
    ownerId: refersTo('owner_id', () => organisations.id),
    decidingBodyId: refersTo('deciding_body_id', () => bodies.id),
    /** The agenda item whose decision set the frame aside; null when none is linked (or a re-import removed it). */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    totalOre: bigint('total_ore', { mode: 'bigint' }).notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    keyVersionId: refersTo('key_version_id', () => allocationKeyVersions.id),
    /** Demo data: shown as fictitious, removed with the demo set. */
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('frames_owner_idx').on(t.ownerId),
    index('frames_deciding_body_idx').on(t.decidingBodyId),
    check('frames_total_not_negative', sql`${t.totalOre} >= 0`),
    check('frames_years_in_order', sql`${t.toYear} >= ${t.fromYear}`),
  ],
);

/** A frame's part for one recipient, fixed when the frame was allocated (a later key version changes nothing). */
export const frameAllocations = pgTable(
  'frame_allocations',
  {
    frameId: belongsTo('frame_id', () => frames.id),
    position: integer('position').notNull(),
    recipientBodyId: integer('recipient_body_id').references(() => bodies.id),
    recipientPublisherId: integer('recipient_publisher_id').references(() => organisations.id),
    weight: numeric('weight', { precision: 30, scale: 10 }).notNull(),
    amountOre: bigint('amount_ore', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.frameId, t.position] }),
    index('frame_allocations_body_idx').on(t.recipientBodyId),
    index('frame_allocations_publisher_idx').on(t.recipientPublisherId),
    check('frame_allocations_one_recipient', oneRecipient(t.recipientBodyId, t.recipientPublisherId)),
    check('frame_allocations_not_negative', sql`${t.amountOre} >= 0`),
  ],
);
