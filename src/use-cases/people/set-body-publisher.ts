/**
 * setBodyPublisher: places a body under its publisher (udgiver) — above all a body an upgrade could
 * not place ("Udgiver ukendt"). Its slug moves to "<publisher>--<name>"; the old one stays as an
 * alias, so old addresses redirect. The names of the persons who sat in it become known under the
 * publisher and its unplaced cases become the publisher's, so that later imports there find them.
 * Writes the audit log in the same transaction.
 *
 * Who may call it: admins. Returns the body's (new) slug, or why not.
 */
import type { Db } from '../../db/client.js';
import { findPublisherRow } from '../../db/publishers.js';
import { isBodySlugTaken, lockBodyPlacement, placeBody, placeBodyRecords } from '../../db/stores/people.js';
import { bodySlug } from '../../domain/publisher.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface SetBodyPublisherInput {
  db: Db;
  bodyId: number;
  publisherId: number;
  actor: AuditActor;
}

export type SetBodyPublisherResult =
  | { ok: true; slug: string; previousSlug: string }
  | { ok: false; reason: 'body_not_found' | 'publisher_not_found' | 'name_taken' };

export async function setBodyPublisher({
  db,
  bodyId,
  publisherId,
  actor,
}: SetBodyPublisherInput): Promise<SetBodyPublisherResult> {
  return db.transaction(async (tx) => {
    const body = await lockBodyPlacement(tx, bodyId);
    if (!body) return { ok: false, reason: 'body_not_found' } as const;
    const publisher = await findPublisherRow(tx, publisherId);
    if (!publisher) return { ok: false, reason: 'publisher_not_found' } as const;
    if (body.publisherId === publisher.id) return { ok: true, slug: body.slug, previousSlug: body.slug } as const;
    const slug = bodySlug(publisher.slug, body.name);
    // Another body of that name under the publisher: the two are not merged here.
    if (await isBodySlugTaken(tx, slug, body.id)) return { ok: false, reason: 'name_taken' } as const;
    await placeBody(tx, body, { publisherId: publisher.id, regionId: publisher.regionId, slug });
    const placed = await placeBodyRecords(tx, body.id, publisher.id);
    await recordAuditEntry(tx, {
      actor,
      action: 'body.set_publisher',
      entity: 'body',
      entityId: body.id,
      before: { publisher: body.publisherSlug, slug: body.slug },
      after: { publisher: publisher.slug, slug, personNames: placed.names, cases: placed.cases },
    });
    return { ok: true, slug, previousSlug: body.slug } as const;
  });
}
