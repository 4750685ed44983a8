/**
 * The registered publication sites (harvest_sites): found, registered, corrected by an admin, and
 * listed with their recent runs, their last success and how many of their meetings the archive
 * holds (the status of each is computed from these: src/domain/source-status.ts).
 */
import { and, count, eq, inArray, isNotNull, lte, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import {
  bodies,
  type HarvestRunCounts,
  harvestMeetings,
  harvestRuns,
  harvestSites,
  organisations,
} from '../schema/index.js';

/** A site that can be harvested: one with an address. */
export interface HarvestSiteRow {
  id: number;
  url: string;
  publisherId: number;
  publisherName: string;
  bodies: string[];
  state: 'active' | 'paused' | 'retired';
}

/** A registered site as listed: its address may be unknown. */
export type HarvestSiteRecord = Omit<HarvestSiteRow, 'url'> & { url: string | null };

const withAddress = (row: HarvestSiteRecord): row is HarvestSiteRow => row.url !== null;

const siteColumns = {
  id: harvestSites.id,
  url: harvestSites.url,
  publisherId: harvestSites.publisherId,
  publisherName: organisations.name,
  bodies: harvestSites.bodies,
  state: harvestSites.state,
};

/** The site registered for this address, publisher and committees; registered now when it is not. */
export async function ensureHarvestSite(
  db: DbOrTx,
  input: { url: string; publisherId: number; bodies: string[] },
): Promise<HarvestSiteRow> {
  const bodies = [...input.bodies].sort();
  const found = await findHarvestSite(db, { ...input, bodies });
  if (found) return found;
  await db.insert(harvestSites).values({ url: input.url, publisherId: input.publisherId, bodies });
  return (await findHarvestSite(db, { ...input, bodies }))!;
}

async function findHarvestSite(db: DbOrTx, input: { url: string; publisherId: number; bodies: string[] }) {
  const rows = await db
    .select(siteColumns)
    .from(harvestSites)
    .innerJoin(organisations, eq(organisations.id, harvestSites.publisherId))
    .where(and(eq(harvestSites.url, input.url), eq(harvestSites.publisherId, input.publisherId)));
  return (
    rows.filter(withAddress).find((row) => JSON.stringify([...row.bodies].sort()) === JSON.stringify(input.bodies)) ??
    null
  );
}

export interface HarvestSiteDetail extends HarvestSiteRecord {
  bodyId: number | null;
  referenceKey: string | null;
  correctedAt: Date | null;
}

/** One registered site by its id, with where it came from; null when there is none. */
export async function findHarvestSiteById(db: DbOrTx, id: number): Promise<HarvestSiteDetail | null> {
  const [row] = await db
    .select({
      ...siteColumns,
      bodyId: harvestSites.bodyId,
      referenceKey: harvestSites.referenceKey,
      correctedAt: harvestSites.correctedAt,
    })
    .from(harvestSites)
    .innerJoin(organisations, eq(organisations.id, harvestSites.publisherId))
    .where(eq(harvestSites.id, id));
  return row ?? null;
}

/** An admin's change of a site: its address, publisher, committees or state; marked as corrected (the reference data leave it alone). */
export async function updateHarvestSite(
  db: DbOrTx,
  id: number,
  changes: Partial<{
    url: string | null;
    publisherId: number;
    bodies: string[];
    state: HarvestSiteRow['state'];
  }>,
): Promise<void> {
  await db
    .update(harvestSites)
    .set({ ...changes, correctedAt: new Date() })
    .where(eq(harvestSites.id, id));
}

/** Every registered site that is harvested (not paused, not retired, its address known), oldest first. */
export async function listActiveHarvestSites(db: DbOrTx): Promise<HarvestSiteRow[]> {
  const rows = await db
    .select(siteColumns)
    .from(harvestSites)
    .innerJoin(organisations, eq(organisations.id, harvestSites.publisherId))
    .where(and(eq(harvestSites.state, 'active'), isNotNull(harvestSites.url)))
    .orderBy(harvestSites.id);
  return rows.filter(withAddress);
}

export interface HarvestRunSummary {
  startedAt: Date;
  finishedAt: Date | null;
  state: 'running' | 'ok' | 'partial' | 'failed';
  counts: Partial<HarvestRunCounts> & { excluded?: number };
  errors: { url: string; message: string }[];
  requests: number;
  httpStatus: number | null;
}

export interface HarvestSiteOverview extends HarvestSiteRecord {
  /** The body (a health council) whose committee the site is, with its page's slug. */
  body: { name: string; slug: string } | null;
  publisherSlug: string | null;
  referenceKey: string | null;
  correctedAt: Date | null;
  lastRun: HarvestRunSummary | null;
  /** The last ten runs, newest first. */
  recentRuns: HarvestRunSummary[];
  /** The end of the last run that read the committee list ('ok' or 'partial'), however old. */
  lastSuccessAt: Date | null;
  /** Meetings of the site in the archive (harvested and stored). */
  meetingsHeld: number;
}

const RECENT_RUNS = 10;

/** Every registered site (or the one given) with its recent runs: the admins' overview, `protokol site list`, /kilder. */
export async function listHarvestSites(db: DbOrTx, only?: { siteId: number }): Promise<HarvestSiteOverview[]> {
  const sites = await db
    .select({
      ...siteColumns,
      publisherSlug: organisations.slug,
      bodyName: bodies.name,
      bodySlug: bodies.slug,
      referenceKey: harvestSites.referenceKey,
      correctedAt: harvestSites.correctedAt,
    })
    .from(harvestSites)
    .innerJoin(organisations, eq(organisations.id, harvestSites.publisherId))
    .leftJoin(bodies, eq(bodies.id, harvestSites.bodyId))
    .where(only ? eq(harvestSites.id, only.siteId) : undefined)
    .orderBy(organisations.name, bodies.name, harvestSites.url);
  if (sites.length === 0) return [];
  const siteIds = sites.map((s) => s.id);
  const ranked = db
    .select({
      siteId: harvestRuns.siteId,
      startedAt: harvestRuns.startedAt,
      finishedAt: harvestRuns.finishedAt,
      state: harvestRuns.state,
      counts: harvestRuns.counts,
      errors: harvestRuns.errors,
      requests: harvestRuns.requests,
      httpStatus: harvestRuns.httpStatus,
      rank: sql<number>`row_number() over (partition by ${harvestRuns.siteId} order by ${harvestRuns.startedAt} desc, ${harvestRuns.id} desc)`.as(
        'rank',
      ),
    })
    .from(harvestRuns)
    .where(inArray(harvestRuns.siteId, siteIds))
    .as('ranked');
  const [runs, successes, held] = await Promise.all([
    db.select().from(ranked).where(lte(ranked.rank, RECENT_RUNS)).orderBy(ranked.siteId, ranked.rank),
    db
      .select({ siteId: harvestRuns.siteId, at: max(harvestRuns.finishedAt) })
      .from(harvestRuns)
      .where(and(inArray(harvestRuns.siteId, siteIds), inArray(harvestRuns.state, ['ok', 'partial'])))
      .groupBy(harvestRuns.siteId),
    db
      .select({ siteId: harvestMeetings.siteId, n: count() })
      .from(harvestMeetings)
      .where(and(inArray(harvestMeetings.siteId, siteIds), isNotNull(harvestMeetings.meetingId)))
      .groupBy(harvestMeetings.siteId),
  ]);
  const recent = new Map<number, HarvestRunSummary[]>();
  for (const { siteId, rank: _rank, ...run } of runs) {
    const list = recent.get(siteId) ?? [];
    list.push({ ...run, startedAt: asDate(run.startedAt)!, finishedAt: asDate(run.finishedAt) });
    recent.set(siteId, list);
  }
  const lastSuccess = new Map(successes.map((row) => [row.siteId, asDate(row.at)]));
  const heldBySite = new Map(held.map((row) => [row.siteId, Number(row.n)]));
  return sites.map(({ bodyName, bodySlug, ...site }) => {
    const siteRuns = recent.get(site.id) ?? [];
    return {
      ...site,
      body: bodyName && bodySlug ? { name: bodyName, slug: bodySlug } : null,
      lastRun: siteRuns[0] ?? null,
      recentRuns: siteRuns,
      lastSuccessAt: lastSuccess.get(site.id) ?? null,
      meetingsHeld: heldBySite.get(site.id) ?? 0,
    };
  });
}

/** An instant read through a subquery or an aggregate may come back as text: always a Date. */
function asDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}
