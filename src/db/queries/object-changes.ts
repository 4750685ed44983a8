/**
 * Reads of `object_changes` (src/db/schema/changes.ts): the change feed's pages, and the removed
 * objects OParl lists as `deleted: true` (OParl 1.1, 2.8 "Gelöschte Objekte").
 *
 * The feed's order is `position`, given to a transaction's changes as it commits, one
 * transaction at a time (migration 0019): a reader that sees a position sees every smaller one, and
 * a transaction that commits later gets larger positions than any handed out, so a client that
 * resumes from its cursor misses nothing and sees nothing twice, whatever runs at the same time.
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
  /** The place in the feed (null only within the writing transaction, before its commit). */
  position: number | null;
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
  position: number | string | null;
  object_type: ChangedObjectType;
  object_id: number;
  kind: ChangeKind;
  changed_at: number | string;
  object_key: string | null;
  publisher_slug: string | null;
  object_created_at: number | string | null;
}

const changeColumns = sql`c.id, c.position, c.object_type, c.object_id, c.kind, ${epochMs(sql`c.changed_at`)} as changed_at,
  c.object_key, (select o.slug from organisations o where o.id = c.publisher_id) as publisher_slug,
  ${epochMs(sql`c.object_created_at`)} as object_created_at`;

function toChange(row: ChangeRow): ObjectChange {
  return {
    id: Number(row.id),
    position: row.position === null ? null : Number(row.position),
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
  changes: (ObjectChange & { position: number })[];
  hasMore: boolean;
  /** Where the next page starts: the last change's position, or the one asked for when there was none. */
  next: number;
}

/** The committed changes after position `after` (0: from the start), in order. */
export async function listObjectChanges(db: Db, input: { after: number; limit: number }): Promise<ChangePage> {
  const rows = await selectRows<ChangeRow>(
    db,
    sql`select ${changeColumns} from object_changes c
      where c.position > ${input.after}
      order by c.position
      limit ${input.limit + 1}`,
  );
  const page = pageOf(rows.map(toChange) as (ObjectChange & { position: number })[], input.limit);
  return { changes: page.rows, hasMore: page.hasMore, next: page.rows.at(-1)?.position ?? input.after };
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
