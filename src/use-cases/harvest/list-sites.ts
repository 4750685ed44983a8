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
  listHarvestCoverage,
  listHarvestSites,
  listSeenToSearchable,
} from '../../db/stores/harvest-sites-store.js';
import { copenhagenParts } from '../../domain/copenhagen-time.js';
import {
  type CommitteeCoverage,
  type Coverage,
  committeeCoverage,
  coverageOf,
  sourceAlarm,
} from '../../domain/coverage.js';
import { quantile } from '../../domain/quantile.js';
import { type SourceStatus, sourceStatus } from '../../domain/source-status.js';

export function listSitesToHarvest({ db }: { db: Db }): Promise<HarvestSiteRow[]> {
  return listActiveHarvestSites(db);
}

/** "Seen on the site's list → searchable in the archive" over the meetings first stored in the last 30 days. */
export interface Freshness {
  meetings: number;
  /** Seconds; null without meetings. */
  medianSeconds: number | null;
  p95Seconds: number | null;
}

export const FRESHNESS_WINDOW_MS = 30 * 24 * 3_600_000;

export interface SiteWithStatus extends HarvestSiteOverview {
  status: SourceStatus;
  /** The site's committees together, and each on its own (domain/coverage.ts). */
  coverage: Coverage;
  committees: CommitteeCoverage[];
  /** The alarm the site raises now (stale, coverage under 95 %), or null. */
  alarm: string | null;
  /** The alarm as the schedule last recorded it, since when (e-mailed to the admins then). */
  recordedAlarm: { text: string; since: Date } | null;
  freshness: Freshness;
}

export async function listSitesWithRuns(input: { db: Db; now?: Date; siteId?: number }): Promise<SiteWithStatus[]> {
  return (await listSourcesWithFreshness(input)).sites;
}

/** Every site (or the one given) with its status, coverage and alarm, and the archive's freshness over every site. */
export async function listSourcesWithFreshness({
  db,
  now = new Date(),
  siteId,
}: {
  db: Db;
  now?: Date;
  siteId?: number;
}): Promise<{ sites: SiteWithStatus[]; freshness: Freshness }> {
  const sites = await listHarvestSites(db, siteId === undefined ? undefined : { siteId });
  const [counts, durations] = await Promise.all([
    listHarvestCoverage(
      db,
      sites.map((site) => site.id),
      copenhagenParts(now).date,
    ),
    listSeenToSearchable(db, new Date(now.getTime() - FRESHNESS_WINDOW_MS)),
  ]);
  const countsBySite = groupBySite(counts);
  const secondsBySite = groupBySite(durations);
  const withStatus = sites.map((site) => {
    const siteCounts = countsBySite.get(site.id) ?? [];
    const committees = committeeCoverage(siteCounts);
    const status = sourceStatus({
      siteState: site.state,
      hasAddress: site.url !== null,
      recentRuns: site.recentRuns,
      lastSuccessAt: site.lastSuccessAt,
      now,
    });
    return {
      ...site,
      status,
      coverage: coverageOf(siteCounts),
      committees,
      alarm: sourceAlarm({ status: status.status, committees }),
      freshness: freshnessOf((secondsBySite.get(site.id) ?? []).map((row) => row.seconds)),
    };
  });
  return { sites: withStatus, freshness: freshnessOf(durations.map((row) => row.seconds)) };
}

function groupBySite<T extends { siteId: number }>(rows: readonly T[]): Map<number, T[]> {
  const bySite = new Map<number, T[]>();
  for (const row of rows) {
    const list = bySite.get(row.siteId);
    if (list) list.push(row);
    else bySite.set(row.siteId, [row]);
  }
  return bySite;
}

function freshnessOf(seconds: number[]): Freshness {
  return { meetings: seconds.length, medianSeconds: quantile(seconds, 0.5), p95Seconds: quantile(seconds, 0.95) };
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
