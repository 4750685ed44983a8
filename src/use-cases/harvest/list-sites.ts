/**
 * The registered publication sites: those to harvest (`protokol harvest --all`, the schedule: a
 * site that refuses us waits out its back-off), and every site with its recent runs and its
 * status (`protokol site list`, the admins' overview, /kilder and /api/v1/sources).
 *
 * Who may call it: operators through the CLI, the server's schedule, admins, the public pages
 * (a site's status, counts and errors hold nothing confidential: addresses and Danish messages).
 */
import type { Db } from '../../db/client.js';
import {
  type HarvestSiteOverview,
  type HarvestSiteRow,
  listActiveHarvestSites,
  listHarvestSites,
} from '../../db/stores/harvest-sites-store.js';
import { type SourceStatus, sourceStatus } from '../../domain/source-status.js';

export function listSitesToHarvest({ db }: { db: Db }): Promise<HarvestSiteRow[]> {
  return listActiveHarvestSites(db);
}

export interface SiteWithStatus extends HarvestSiteOverview {
  status: SourceStatus;
}

export async function listSitesWithRuns({
  db,
  now = new Date(),
  siteId,
}: {
  db: Db;
  now?: Date;
  siteId?: number;
}): Promise<SiteWithStatus[]> {
  const sites = await listHarvestSites(db, siteId === undefined ? undefined : { siteId });
  return sites.map((site) => ({
    ...site,
    status: sourceStatus({
      siteState: site.state,
      hasAddress: site.url !== null,
      recentRuns: site.recentRuns,
      lastSuccessAt: site.lastSuccessAt,
      now,
    }),
  }));
}

/** The sites the schedule harvests now, and those it leaves alone because they refuse us (until when). */
export async function listSitesDue({ db, now = new Date() }: { db: Db; now?: Date }): Promise<{
  due: HarvestSiteRow[];
  blocked: { site: HarvestSiteRow; until: Date }[];
}> {
  const [active, sites] = await Promise.all([listActiveHarvestSites(db), listSitesWithRuns({ db, now })]);
  const waiting = new Map(
    sites
      .filter((site) => site.status.status === 'blocked' && site.status.blockedUntil! > now)
      .map((site) => [site.id, site.status.blockedUntil!]),
  );
  return {
    due: active.filter((site) => !waiting.has(site.id)),
    blocked: active.filter((site) => waiting.has(site.id)).map((site) => ({ site, until: waiting.get(site.id)! })),
  };
}
