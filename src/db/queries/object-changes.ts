/**
 * Reads of `object_changes` (src/db/schema/changes.ts): the change feed's pages, and the removed
 * objects OParl lists as `deleted: true` (OParl 1.1, 2.8 "Gelöschte Objekte").
 *
 * The feed's order is (transaction id, row id), and a page holds only the changes of transactions
 * older than every transaction still running (`pg_snapshot_xmin` of the reader's snapshot): a
 * transaction that commits later has a larger id than any handed out, so it lands after every
 * cursor already given and a client that resumes from its cursor misses nothing and sees nothing
 * twice. A long transaction holds the feed back until it ends, never longer.
 */
import { type SQL, sql } from 'drizzle-orm';
import { UNKNOWN_PUBLISHER_SLUG } from '../../domain/publisher.js';
import { type Db, selectRows } from '../client.js';
import type { CHANGE_KINDS, CHANGED_OBJECT_TYPES } from '../schema/changes.js';
import { epochMs, storedInstantOf, type TimeFilter, timeConditions } from './api-time.js';
import { type Page, pageOf } from './keyset.js';

export type ChangedObjectType = (typeof CHANGED_OBJECT_TYPES)[number];
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ObjectChange {
  id: number;
  txid: number;
  objectType: ChangedObjectType;
  objectId: number;
  kind: ChangeKind;
  changedAt: Date;
  /** A body's, person's or publisher's slug; a meeting's body's slug; an item's case id; else null. */
  objectKey: string | null;
  /** The publisher's slug (null: none, or not known). */
  publisherSlug: string | null;
  objectCreatedAt: Date | null;
}

interface ChangeRow {
  id: number;
  txid: number | string;
  object_type: ChangedObjectType;
  object_id: number;
  kind: ChangeKind;
  changed_at: number | string;
  object_key: string | null;
  publisher_slug: string | null;
  object_created_at: number | string | null;
}

const changeColumns = sql`c.id, c.txid, c.object_type, c.object_id, c.kind, ${epochMs(sql`c.changed_at`)} as changed_at,
  c.object_key, (select o.slug from organisations o where o.id = c.publisher_id) as publisher_slug,
  ${epochMs(sql`c.object_created_at`)} as object_created_at`;

function toChange(row: ChangeRow): ObjectChange {
  return {
    id: Number(row.id),
    txid: Number(row.txid),
    objectType: row.object_type,
    objectId: Number(row.object_id),
    kind: row.kind,
    changedAt: storedInstantOf(row.changed_at),
    objectKey: row.object_key,
    publisherSlug: row.publisher_slug,
    objectCreatedAt: row.object_created_at === null ? null : storedInstantOf(row.object_created_at),
  };
}

export interface ChangePage {
  changes: ObjectChange[];
  hasMore: boolean;
  /** Where the next page starts: the last change given, or the cursor asked for when there was none. */
  next: { txid: number; id: number } | null;
}

/** The changes after `after` (transaction id, row id), in order, of finished transactions only. */
export async function listObjectChanges(
  db: Db,
  input: { after?: { txid: number; id: number }; limit: number },
): Promise<ChangePage> {
  const after = input.after;
  const rows = await selectRows<ChangeRow>(
    db,
    sql`select ${changeColumns} from object_changes c
      where c.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
      ${after ? sql`and (c.txid > ${after.txid} or (c.txid = ${after.txid} and c.id > ${after.id}))` : sql``}
      order by c.txid, c.id
      limit ${input.limit + 1}`,
  );
  const page = pageOf(rows.map(toChange), input.limit);
  const last = page.rows.at(-1);
  return { changes: page.rows, hasMore: page.hasMore, next: last ? { txid: last.txid, id: last.id } : (after ?? null) };
}

export interface RemovalListInput {
  types: ChangedObjectType[];
  /** The OParl Body: a publisher's slug, or "ukendt-udgiver" for objects whose publisher is not known; none: any. */
  publisher?: string;
  /** Only the removals with this key (a meeting's: its body's slug). */
  key?: string;
  times?: TimeFilter;
  /** The previous page's last change id. */
  afterId?: number;
  limit: number;
}

/** Objects removed and not back since (a merged person whose merge was undone is back), by change id. */
const stillRemoved = sql`c.kind = 'removed' and not exists (select 1 from object_changes l
  where l.object_type = c.object_type and l.object_id = c.object_id and l.id > c.id)`;

/** The removed objects of a Body's list (OParl: listed as `deleted: true` when `modified_since` is given). */
export async function listRemovedObjects(db: Db, input: RemovalListInput): Promise<Page<ObjectChange>> {
  const publisher =
    input.publisher === undefined
      ? sql`true`
      : input.publisher === UNKNOWN_PUBLISHER_SLUG
        ? sql`c.publisher_id is null`
        : sql`c.publisher_id = (select o.id from organisations o where o.slug = ${input.publisher})`;
  const conditions: SQL[] = [
    stillRemoved,
    sql`c.object_type in (${sql.join(
      input.types.map((type) => sql`${type}`),
      sql`, `,
    )})`,
    publisher,
    ...timeConditions(input.times, sql`coalesce(c.object_created_at, c.changed_at)`, sql`c.changed_at`),
  ];
  if (input.key !== undefined) conditions.push(sql`c.object_key = ${input.key}`);
  if (input.afterId !== undefined) conditions.push(sql`c.id > ${input.afterId}`);
  const rows = await selectRows<ChangeRow>(
    db,
    sql`select ${changeColumns} from object_changes c where ${sql.join(conditions, sql` and `)}
      order by c.id limit ${input.limit + 1}`,
  );
  return pageOf(rows.map(toChange), input.limit);
}

/** The removal of one object, by id or (a body, a person) by its key; null when it was never removed or is back. */
export async function findRemovedObject(
  db: Db,
  type: ChangedObjectType,
  which: { id: number } | { key: string },
): Promise<ObjectChange | null> {
  const match = 'id' in which ? sql`c.object_id = ${which.id}` : sql`c.object_key = ${which.key}`;
  const [row] = await selectRows<ChangeRow>(
    db,
    sql`select ${changeColumns} from object_changes c
      where c.object_type = ${type} and ${match} and ${stillRemoved}
      order by c.id desc limit 1`,
  );
  return row ? toChange(row) : null;
}
