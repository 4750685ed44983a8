/**
 * correctSite: an admin's correction of a registered publication site: its address (empty: the
 * address is not known, the site is listed but not harvested), its publisher, its committees.
 * From then on, loading the reference data leaves the site as corrected (`corrected_at`). Written
 * to the change log, before and after, in the same transaction.
 *
 * Who may call it: admins (/admin/kilder/:id), operators through `protokol site correct`. Returns
 * `{ ok: false, reason: 'not_found' }` for an unknown site; an address that is not http(s) or an
 * unknown publisher is an AppError('input_invalid').
 */
import type { Db } from '../../db/client.js';
import { findHarvestSiteById, type HarvestSiteDetail, updateHarvestSite } from '../../db/stores/harvest-sites-store.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { resolveNamedPublisher } from '../imports/resolve-publisher.js';
import { normalizeSiteUrl } from './harvest-publication-site.js';

export interface CorrectSiteInput {
  db: Db;
  siteId: number;
  /** The new address; '' or null: not known. Left out: unchanged. */
  url?: string | null;
  /** A publisher's name or slug. Left out: unchanged. */
  publisher?: string;
  /** Only these committees (names or GUIDs); empty: every committee. Left out: unchanged. */
  bodies?: string[];
  actor: AuditActor;
}

export type CorrectSiteResult = { ok: true; site: HarvestSiteDetail } | { ok: false; reason: 'not_found' };

export async function correctSite(input: CorrectSiteInput): Promise<CorrectSiteResult> {
  const url = input.url === undefined ? undefined : input.url ? normalizeSiteUrl(input.url) : null;
  const bodies =
    input.bodies === undefined
      ? undefined
      : [...new Set(input.bodies.map((body) => body.trim()).filter(Boolean))].sort();
  return input.db.transaction(async (tx) => {
    const before = await findHarvestSiteById(tx, input.siteId);
    if (!before) return { ok: false, reason: 'not_found' } as const;
    const publisher = input.publisher === undefined ? undefined : await resolveNamedPublisher(tx, input.publisher);
    await updateHarvestSite(tx, input.siteId, {
      ...(url !== undefined ? { url } : {}),
      ...(publisher ? { publisherId: publisher.id } : {}),
      ...(bodies ? { bodies } : {}),
    });
    const after = (await findHarvestSiteById(tx, input.siteId))!;
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'harvest_site.correct',
      entity: 'harvest_site',
      entityId: input.siteId,
      before: auditedSite(before),
      after: auditedSite(after),
    });
    return { ok: true, site: after } as const;
  });
}

/** What the change log keeps of a site. */
export function auditedSite(site: HarvestSiteDetail): Record<string, unknown> {
  return { url: site.url, publisher: site.publisherName, bodies: site.bodies, state: site.state };
}
