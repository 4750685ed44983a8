/**
 * registerSite: adds a publisher's First Agenda site (or some committees of a region's site) to
 * the sites that `protokol harvest --all` and the server's schedule harvest. Registering the same
 * address, publisher and committees again changes nothing. Written to the change log in the same
 * transaction.
 *
 * Who may call it: operators through `protokol site add`, admins (/admin/kilder). Returns the
 * site; an address that is not http(s) or an unknown publisher is an AppError('input_invalid').
 */
import type { Db } from '../../db/client.js';
import { ensureHarvestSite, type HarvestSiteRow } from '../../db/stores/harvest-sites-store.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { resolveNamedPublisher } from '../imports/resolve-publisher.js';
import { normalizeSiteUrl } from './harvest-publication-site.js';

export interface RegisterSiteInput {
  db: Db;
  url: string;
  /** A publisher's name or slug. */
  publisher: string;
  bodies?: string[];
  actor: AuditActor;
}

/** Whether the address can be registered: an http or https address. */
export function isSiteUrl(given: string): boolean {
  try {
    const url = new URL(given);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== '';
  } catch {
    return false;
  }
}

export async function registerSite(input: RegisterSiteInput): Promise<HarvestSiteRow> {
  const url = normalizeSiteUrl(input.url);
  const bodies = [...new Set((input.bodies ?? []).map((body) => body.trim()).filter(Boolean))];
  return input.db.transaction(async (tx) => {
    const publisher = await resolveNamedPublisher(tx, input.publisher);
    const site = await ensureHarvestSite(tx, { url, publisherId: publisher.id, bodies });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'harvest_site.register',
      entity: 'harvest_site',
      entityId: site.id,
      before: null,
      after: { url: site.url, publisher: site.publisherName, bodies: site.bodies },
    });
    return site;
  });
}
