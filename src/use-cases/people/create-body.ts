/**
 * createBody: a new body that meets (a council, a committee …), named by the admin under its
 * publisher (udgiver). A body is publisher + name: its slug (the URL) shows both
 * ("greve-kommune--oekonomiudvalget") and must be free. Writes the audit log in the same
 * transaction.
 *
 * Who may call it: admins. Returns the new body's id and slug, or why not.
 */
import type { Db } from '../../db/client.js';
import { findPublisherRow } from '../../db/publishers.js';
import { insertBody, isBodySlugTaken } from '../../db/stores/people.js';
import type { BodyKind } from '../../domain/body-kind.js';
import { bodySlug } from '../../domain/publisher.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface CreateBodyInput {
  db: Db;
  name: string;
  kind: BodyKind;
  /** The publisher (organisations.id) the body belongs to. */
  publisherId: number;
  description?: string | null;
  actor: AuditActor;
}

export type CreateBodyResult =
  | { ok: true; bodyId: number; slug: string }
  | { ok: false; reason: 'name_missing' | 'name_taken' | 'publisher_not_found' };

export async function createBody({
  db,
  name,
  kind,
  publisherId,
  description = null,
  actor,
}: CreateBodyInput): Promise<CreateBodyResult> {
  const displayName = name.trim().replace(/\s+/g, ' ');
  if (!displayName || !slugify(displayName)) return { ok: false, reason: 'name_missing' };
  const text = description?.trim() || null;
  return db.transaction(async (tx) => {
    const publisher = await findPublisherRow(tx, publisherId);
    if (!publisher) return { ok: false, reason: 'publisher_not_found' } as const;
    const slug = bodySlug(publisher.slug, displayName);
    if (await isBodySlugTaken(tx, slug, 0)) return { ok: false, reason: 'name_taken' } as const;
    const values = { slug, name: displayName, kind, description: text, publisherId, regionId: publisher.regionId };
    const bodyId = await insertBody(tx, values);
    if (bodyId === null) return { ok: false, reason: 'name_taken' } as const;
    await recordAuditEntry(tx, {
      actor,
      action: 'body.create',
      entity: 'body',
      entityId: bodyId,
      before: null,
      after: { name: displayName, slug, kind, description: text, publisher: publisher.slug },
    });
    return { ok: true, bodyId, slug } as const;
  });
}
