/**
 * createOrganisation: a publisher (udgiver) that is not in the reference data — a hospital, an
 * association, another organisation whose bodies meet — named by the admin, with its kind and
 * (optionally) the region it belongs to. Regions and municipalities are all in the reference data.
 * Its slug (the publisher's part of its bodies' slugs) comes from the name; a name or slug that is
 * taken is refused. Writes the audit log in the same transaction.
 *
 * Who may call it: admins. Returns the new publisher's id and slug, or why not.
 */
import type { Db } from '../../db/client.js';
import { insertOrganisation, isOrganisationTaken, regionExists } from '../../db/stores/people.js';
import { ADDABLE_ORGANISATION_KINDS, type AddableOrganisationKind } from '../../domain/publisher.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export const ORGANISATION_NAME_MAX = 200;

export interface CreateOrganisationInput {
  db: Db;
  name: string;
  kind: AddableOrganisationKind;
  regionId?: number | null;
  actor: AuditActor;
}

export type CreateOrganisationResult =
  | { ok: true; organisationId: number; slug: string }
  | { ok: false; reason: 'name_missing' | 'name_too_long' | 'name_taken' | 'kind_invalid' | 'region_not_found' };

export async function createOrganisation({
  db,
  name,
  kind,
  regionId = null,
  actor,
}: CreateOrganisationInput): Promise<CreateOrganisationResult> {
  const displayName = name.trim().replace(/\s+/g, ' ');
  const slug = slugify(displayName);
  if (!displayName || !slug) return { ok: false, reason: 'name_missing' };
  if (displayName.length > ORGANISATION_NAME_MAX) return { ok: false, reason: 'name_too_long' };
  if (!(ADDABLE_ORGANISATION_KINDS as readonly string[]).includes(kind)) return { ok: false, reason: 'kind_invalid' };
  return db.transaction(async (tx) => {
    if (regionId !== null && !(await regionExists(tx, regionId)))
      return { ok: false, reason: 'region_not_found' } as const;
    if (await isOrganisationTaken(tx, { name: displayName, slug })) return { ok: false, reason: 'name_taken' } as const;
    const values = { name: displayName, slug, kind, regionId };
    const organisationId = await insertOrganisation(tx, values);
    if (organisationId === null) return { ok: false, reason: 'name_taken' } as const;
    await recordAuditEntry(tx, {
      actor,
      action: 'organisation.create',
      entity: 'organisation',
      entityId: organisationId,
      before: null,
      after: values,
    });
    return { ok: true, organisationId, slug } as const;
  });
}
