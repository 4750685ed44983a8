/**
 * The registered publication sites (harvest_sites): found, registered, corrected by an admin, and
 * listed with their recent runs, their last success and how many of their meetings the archive
 * holds (the status of each is computed from these: src/domain/source-status.ts).
 */
import { and, count, eq, gte, inArray, isNotNull, lte, max, sql } from 'drizzle-orm';
import type { CommitteeCoverageCounts } from '../../domain/coverage.js';
import { type DbOrTx, selectRows } from '../client.js';
import {
  agendaItems,
  attachments,
  bodies,
  type HarvestRunCounts,
  harvestFiles,
  harvestListings,
  harvestMeetings,
  harvestRuns,
  harvestSites,
  meetings,
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
  /** The alarm as the schedule last recorded it, since when. */
  recordedAlarm: { text: string; since: Date } | null;
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
      alarm: harvestSites.alarm,
      alarmSince: harvestSites.alarmSince,
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
  return sites.map(({ bodyName, bodySlug, alarm, alarmSince, ...site }) => {
    const siteRuns = recent.get(site.id) ?? [];
    return {
      ...site,
      body: bodyName && bodySlug ? { name: bodyName, slug: bodySlug } : null,
      lastRun: siteRuns[0] ?? null,
      recentRuns: siteRuns,
      lastSuccessAt: lastSuccess.get(site.id) ?? null,
      meetingsHeld: heldBySite.get(site.id) ?? 0,
      recordedAlarm: alarm ? { text: alarm, since: alarmSince ?? new Date(0) } : null,
    };
  });
}

/** An instant read through a subquery or an aggregate may come back as text: always a Date. */
function asDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

export interface SiteCommitteeCounts extends CommitteeCoverageCounts {
  siteId: number;
}

/**
 * Each site's committees as its list shows them against what the archive holds (domain/coverage.ts):
 * meetings held up to `today` on the list, held, held in the list's current version, removed; the
 * open attachments offered and held where the site's attachments are harvested (it has files).
 */
export async function listHarvestCoverage(
  db: DbOrTx,
  siteIds: readonly number[],
  today: string,
): Promise<SiteCommitteeCounts[]> {
  if (siteIds.length === 0) return [];
  const rows = await selectRows<{
    site_id: number;
    committee_guid: string;
    committee_name: string;
    listed: string | number;
    held: string | number;
    current: string | number;
    removed: string | number;
    attachments_offered: string | number | null;
    attachments_held: string | number | null;
  }>(
    db,
    sql`
    with held_attachments as (
      select hm.site_id, hm.meeting_guid, count(a.sha256) as n
      from ${harvestMeetings} hm
      join ${agendaItems} i on i.meeting_id = hm.meeting_id
      join ${attachments} a on a.item_id = i.id and not a.is_closed
      where hm.site_id in (${sql.join(
        siteIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      group by hm.site_id, hm.meeting_guid
    )
    select l.site_id, l.committee_guid, min(l.committee_name) as committee_name,
      count(*) filter (where l.removed_at is null and l.meeting_date <= ${today}) as listed,
      count(hm.meeting_id) filter (where l.removed_at is null and l.meeting_date <= ${today}) as held,
      count(hm.meeting_id) filter (
        where l.removed_at is null and l.meeting_date <= ${today} and hm.listed_dato = l.listed_dato
      ) as current,
      count(*) filter (where l.removed_at is not null) as removed,
      case when exists (select 1 from ${harvestFiles} f where f.site_id = l.site_id) then
        sum(coalesce(hm.attachments_offered, 0)) filter (where l.removed_at is null and hm.meeting_id is not null)
      end as attachments_offered,
      case when exists (select 1 from ${harvestFiles} f where f.site_id = l.site_id) then
        sum(least(coalesce(ha.n, 0), coalesce(hm.attachments_offered, 0)))
          filter (where l.removed_at is null and hm.meeting_id is not null)
      end as attachments_held
    from ${harvestListings} l
    left join ${harvestMeetings} hm on hm.site_id = l.site_id and hm.meeting_guid = l.meeting_guid
    left join held_attachments ha on ha.site_id = l.site_id and ha.meeting_guid = l.meeting_guid
    where l.site_id in (${sql.join(
      siteIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    group by l.site_id, l.committee_guid
    order by l.site_id, min(l.committee_name)`,
  );
  const count = (value: string | number | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    siteId: Number(row.site_id),
    committeeGuid: row.committee_guid,
    committeeName: row.committee_name,
    listed: Number(row.listed),
    held: Number(row.held),
    current: Number(row.current),
    removed: Number(row.removed),
    attachmentsOffered: count(row.attachments_offered),
    attachmentsHeld: count(row.attachments_held),
  }));
}

/**
 * How long each meeting first stored since `since` took from first seen on its site's list to
 * searchable (stored, in seconds), by site: the freshness of the archive.
 */
export async function listSeenToSearchable(db: DbOrTx, since: Date): Promise<{ siteId: number; seconds: number }[]> {
  const rows = await db
    .select({
      siteId: harvestMeetings.siteId,
      seconds: sql<number>`greatest(0, extract(epoch from ${harvestMeetings.firstSeenAt} - ${harvestListings.firstSeenAt}))::float8`,
    })
    .from(harvestMeetings)
    .innerJoin(
      harvestListings,
      and(
        eq(harvestListings.siteId, harvestMeetings.siteId),
        eq(harvestListings.meetingGuid, harvestMeetings.meetingGuid),
      ),
    )
    .where(and(isNotNull(harvestMeetings.meetingId), gte(harvestMeetings.firstSeenAt, since)));
  return rows.map((row) => ({ siteId: row.siteId, seconds: Number(row.seconds) }));
}

/** Records a site's alarm (null: none) and since when it was raised. */
export async function setSiteAlarm(db: DbOrTx, siteId: number, alarm: string | null, at: Date): Promise<void> {
  await db
    .update(harvestSites)
    .set({ alarm, alarmSince: alarm === null ? null : at })
    .where(eq(harvestSites.id, siteId));
}

export interface RemovedMeeting {
  meetingId: number;
  heldOn: string;
  bodyName: string;
  /** When the last of its sites' lists stopped naming it. */
  removedAt: Date;
}

/**
 * The meetings of a site that no list of any site names any longer (removed at the source), still
 * in the archive, newest first: the admins may take them down.
 */
export async function listRemovedAtSource(db: DbOrTx, siteId: number): Promise<RemovedMeeting[]> {
  const rows = await selectRows<{ meeting_id: number; held_on: string; body_name: string; removed_at: Date | string }>(
    db,
    sql`
    select m.id as meeting_id, m.held_on::text as held_on, b.name as body_name, max(l.removed_at) as removed_at
    from ${harvestMeetings} hm
    join ${meetings} m on m.id = hm.meeting_id
    join ${bodies} b on b.id = m.body_id
    join ${harvestMeetings} every_site on every_site.meeting_id = m.id
    join ${harvestListings} l on l.site_id = every_site.site_id and l.meeting_guid = every_site.meeting_guid
    where hm.site_id = ${siteId}
    group by m.id, m.held_on, b.name
    having bool_and(l.removed_at is not null)
    order by m.held_on desc, m.id`,
  );
  return rows.map((row) => ({
    meetingId: Number(row.meeting_id),
    heldOn: row.held_on,
    bodyName: row.body_name,
    removedAt: new Date(row.removed_at),
  }));
}
