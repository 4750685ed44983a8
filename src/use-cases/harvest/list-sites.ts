/**
 * The registered publication sites: those to harvest (`protokol harvest --all`, the schedule) and
 * every site with its last run (`protokol site list`, the admins' overview).
 *
 * Who may call it: operators through the CLI, the server's schedule, admins.
 */
import type { Db } from '../../db/client.js';
import {
  type HarvestSiteOverview,
  type HarvestSiteRow,
  listActiveHarvestSites,
  listHarvestSites,
} from '../../db/stores/harvest-store.js';

export function listSitesToHarvest({ db }: { db: Db }): Promise<HarvestSiteRow[]> {
  return listActiveHarvestSites(db);
}

export function listSitesWithRuns({ db }: { db: Db }): Promise<HarvestSiteOverview[]> {
  return listHarvestSites(db);
}
