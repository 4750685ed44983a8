/**
 * createBody: a new body that meets (a council, a committee …), named by the admin; its slug (the
 * URL) comes from the name and must be free. Writes the audit log in the same transaction.
 *
 * Who may call it: admins. Returns the new body's id and slug, or why not.
 */
import type { Db } from '../../db/client.js';
import { findBodyIdBySlug, insertBody } from '../../db/stores/people.js';
import type { BodyKind } from '../../domain/body-kind.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface CreateBodyInput {
  db: Db;
  name: string;
  kind: BodyKind;
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
    if ((await findBodyIdBySlug(tx, slug)) !== null) return { ok: false, reason: 'name_taken' } as const;
    const bodyId = await insertBody(tx, { slug, name: displayName, kind, description: description?.trim() || null });
    if (bodyId === null) return { ok: false, reason: 'name_taken' } as const;
    await recordAuditEntry(tx, {
      actor,
      action: 'body.create',
      entity: 'body',
      entityId: bodyId,
      before: null,
      after: { name: displayName, slug, kind, description: description?.trim() || null },
    });
    return { ok: true, bodyId, slug } as const;
  });
}
