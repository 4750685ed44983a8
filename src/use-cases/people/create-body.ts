/**
 * createBody: a new body that meets (a council, a committee …), named by the admin; its slug (the
 * URL) comes from the name and must be free. Writes the audit log in the same transaction.
 *
 * Who may call it: admins. Returns the new body's id and slug, or why not.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bodies } from '../../db/schema/index.js';
import type { BODY_KINDS } from '../../domain/body-kind.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type BodyKindValue = (typeof BODY_KINDS)[number];

export interface CreateBodyInput {
  db: Db;
  name: string;
  kind: BodyKindValue;
  description?: string | null;
  actor: AuditActor;
}

export type CreateBodyResult =
  | { ok: true; bodyId: number; slug: string }
  | { ok: false; reason: 'name_missing' | 'name_taken' };

export async function createBody({
  db,
  name,
  kind,
  description = null,
  actor,
}: CreateBodyInput): Promise<CreateBodyResult> {
  const displayName = name.trim().replace(/\s+/g, ' ');
  const slug = slugify(displayName);
  if (!displayName || !slug) return { ok: false, reason: 'name_missing' };
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
    if (taken) return { ok: false, reason: 'name_taken' } as const;
    const [created] = await tx
      .insert(bodies)
      .values({ slug, name: displayName, kind, description: description?.trim() || null })
      .onConflictDoNothing({ target: bodies.slug })
      .returning({ id: bodies.id });
    if (!created) return { ok: false, reason: 'name_taken' } as const;
    await recordAuditEntry(tx, {
      actor,
      action: 'body.create',
      entity: 'body',
      entityId: created.id,
      before: null,
      after: { name: displayName, slug, kind, description: description?.trim() || null },
    });
    return { ok: true, bodyId: created.id, slug } as const;
  });
}
