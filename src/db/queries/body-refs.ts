/**
 * Bodies as choices and links name them (id, name, slug): by slug or id, some by id or all, by
 * name. The secretariat's, the question scheme's and the member's pages pick bodies this way.
 */
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bodies } from '../schema/index.js';
import { type BodyRef, bodyRefColumns } from '../selections.js';

async function findBodyRefWhere(db: Db, condition: SQL): Promise<BodyRef | null> {
  const [row] = await db.select(bodyRefColumns).from(bodies).where(condition);
  return row ?? null;
}

export function findBodyRefBySlug(db: Db, slug: string): Promise<BodyRef | null> {
  return findBodyRefWhere(db, eq(bodies.slug, slug));
}

export function findBodyRefById(db: Db, id: number): Promise<BodyRef | null> {
  return findBodyRefWhere(db, eq(bodies.id, id));
}

/** Bodies by id, by name (the bodies a signed-in person has a role in). */
export async function listBodiesById(db: Db, ids: readonly number[]): Promise<BodyRef[]> {
  if (ids.length === 0) return [];
  return db
    .select(bodyRefColumns)
    .from(bodies)
    .where(inArray(bodies.id, [...ids]))
    .orderBy(asc(bodies.name));
}

/** Every body, by name (for admins, who act in all of them). */
export async function listAllBodies(db: Db): Promise<BodyRef[]> {
  return db.select(bodyRefColumns).from(bodies).orderBy(asc(bodies.name));
}
