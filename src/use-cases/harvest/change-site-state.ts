/**
 * changeSiteState: an admin pauses a publication site (not harvested until resumed), resumes it,
 * or retires it (the publisher no longer publishes there; kept with its runs, never harvested).
 * From then on, loading the reference data leaves the site as the admin left it. Written to the
 * change log with the reason given, in the same transaction.
 *
 * Who may call it: admins (/admin/kilder/:id), operators through `protokol site pause|resume|retire`.
 * Returns `{ ok: false, reason: 'not_found' }` for an unknown site; a site already in that state
 * is left as it is (no entry).
 */
import type { Db } from '../../db/client.js';
import { findHarvestSiteById, type HarvestSiteDetail, updateHarvestSite } from '../../db/stores/harvest-sites-store.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { auditedSite } from './correct-site.js';

export type SiteState = HarvestSiteDetail['state'];

export interface ChangeSiteStateInput {
  db: Db;
  siteId: number;
  state: SiteState;
  /** Why (shown in the change log). */
  reason?: string;
  actor: AuditActor;
}

const ACTIONS: Record<SiteState, string> = {
  active: 'harvest_site.resume',
  paused: 'harvest_site.pause',
  retired: 'harvest_site.retire',
};

export type ChangeSiteStateResult =
  | { ok: true; site: HarvestSiteDetail; changed: boolean }
  | { ok: false; reason: 'not_found' };

export async function changeSiteState(input: ChangeSiteStateInput): Promise<ChangeSiteStateResult> {
  return input.db.transaction(async (tx) => {
    const before = await findHarvestSiteById(tx, input.siteId);
    if (!before) return { ok: false, reason: 'not_found' } as const;
    if (before.state === input.state) return { ok: true, site: before, changed: false } as const;
    await updateHarvestSite(tx, input.siteId, { state: input.state });
    const after = (await findHarvestSiteById(tx, input.siteId))!;
    const reason = input.reason?.trim();
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: ACTIONS[input.state],
      entity: 'harvest_site',
      entityId: input.siteId,
      before: auditedSite(before),
      after: { ...auditedSite(after), ...(reason ? { reason } : {}) },
    });
    return { ok: true, site: after, changed: true } as const;
  });
}
