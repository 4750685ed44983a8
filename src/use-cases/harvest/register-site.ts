/**
 * registerSite: adds a publisher's First Agenda site (or some committees of a region's site) to
 * the sites that `protokol harvest --all` and the server's schedule harvest. Registering the same
 * address, publisher and committees again changes nothing. Written to the change log.
 *
 * Who may call it: operators through `protokol site add`, admins.
 */
import type { Db } from '../../db/client.js';
import type { HarvestSiteRow } from '../../db/harvest-store.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { resolveNamedPublisher } from '../imports/resolve-publisher.js';
import { siteForHarvest } from './harvest-publication-site.js';

export interface RegisterSiteInput {
  db: Db;
  url: string;
  /** A publisher's name or slug. */
  publisher: string;
  bodies?: string[];
  actor: AuditActor;
}

export async function registerSite(input: RegisterSiteInput): Promise<HarvestSiteRow> {
  const publisher = await resolveNamedPublisher(input.db, input.publisher);
  const site = await siteForHarvest(input.db, { url: input.url, publisher, bodies: input.bodies });
  await recordAuditEntry(input.db, {
    actor: input.actor,
    action: 'harvest_site.register',
    entity: 'harvest_site',
    entityId: site.id,
    before: null,
    after: { url: site.url, publisher: site.publisherName, bodies: site.bodies },
  });
  return site;
}
