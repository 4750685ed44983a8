/** Read query of the admins' bodies page (web/admin): every body with its kind, by name. */
import { asc } from 'drizzle-orm';
import type { BodyKind } from '../../domain/body-kind.js';
import type { Db } from '../client.js';
import { bodies } from '../schema/index.js';

export interface AdminBodyRow {
  name: string;
  slug: string;
  kind: BodyKind;
}

export async function listAdminBodies(db: Db): Promise<AdminBodyRow[]> {
  return db.select({ name: bodies.name, slug: bodies.slug, kind: bodies.kind }).from(bodies).orderBy(asc(bodies.name));
}
