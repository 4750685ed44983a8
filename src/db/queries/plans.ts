/**
 * Plans for pages and the API: a page of plans (by id; one body's when asked), one plan with its
 * versions and their chapters, the items that treated it, the processes that adopt it; the plans and
 * versions the secretariat can choose from. A closed item's title is never selected: the public
 * sees only that the plan was treated in a closed item.
 */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { PlanChapter, PlanKind, PlanVersionState } from '../../domain/plan.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  bodies,
  meetings,
  planChapters,
  planItems,
  plans,
  planVersions,
  processes,
} from '../schema/index.js';
import type { DecisionRef } from '../selections.js';

export interface PlanVersionSummary {
  id: number;
  number: number;
  status: PlanVersionState;
  versionOn: string;
}

export interface PlanSummary {
  id: number;
  title: string;
  kind: PlanKind;
  deadlineOn: string | null;
  isFictitious: boolean;
  owner: { id: number; name: string; slug: string };
  versions: PlanVersionSummary[];
}

/** An item linked to a plan (a closed one without its title), its body with its slug. */
export type PlanItemRef = Omit<DecisionRef, 'body'> & { body: { name: string; slug: string } };

export interface PlanVersionDetail extends PlanVersionSummary {
  note: string | null;
  decision: PlanItemRef | null;
  chapters: PlanChapter[];
}

export interface PlanDetail extends PlanSummary {
  summary: string | null;
  versions: PlanVersionDetail[];
  items: PlanItemRef[];
  processes: { id: number; title: string }[];
  updatedAt: Date;
}

const summaryColumns = {
  id: plans.id,
  title: plans.title,
  kind: plans.kind,
  deadlineOn: plans.deadlineOn,
  isFictitious: plans.isFictitious,
  summary: plans.summary,
  updatedAt: plans.updatedAt,
  ownerId: bodies.id,
  ownerName: bodies.name,
  ownerSlug: bodies.slug,
};

async function versionsOf(db: DbOrTx, planIds: number[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: planVersions.planId,
      id: planVersions.id,
      number: planVersions.number,
      status: planVersions.status,
      versionOn: planVersions.versionOn,
      note: planVersions.note,
      decisionItemId: planVersions.decisionItemId,
    })
    .from(planVersions)
    .where(inArray(planVersions.planId, planIds))
    .orderBy(asc(planVersions.planId), asc(planVersions.number));
}

type SummaryRow = Awaited<ReturnType<typeof summaryQuery>>[number];
const summaryQuery = (db: DbOrTx) =>
  db.select(summaryColumns).from(plans).innerJoin(bodies, eq(bodies.id, plans.ownerBodyId));

function summaryOf(row: SummaryRow, versions: Awaited<ReturnType<typeof versionsOf>>): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    deadlineOn: row.deadlineOn,
    isFictitious: row.isFictitious,
    owner: { id: row.ownerId, name: row.ownerName, slug: row.ownerSlug },
    versions: versions
      .filter((v) => v.planId === row.id)
      .map((v) => ({ id: v.id, number: v.number, status: v.status, versionOn: v.versionOn })),
  };
}

/** A page of plans in id order; one body's when asked. */
export async function listPlans(
  db: DbOrTx,
  options: { afterId?: number; limit: number; bodyId?: number },
): Promise<{ rows: PlanSummary[]; hasMore: boolean }> {
  const rows = await summaryQuery(db)
    .where(
      and(
        options.afterId === undefined ? undefined : gt(plans.id, options.afterId),
        options.bodyId === undefined ? undefined : eq(plans.ownerBodyId, options.bodyId),
      ),
    )
    .orderBy(asc(plans.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const versions = await versionsOf(
    db,
    page.map((row) => row.id),
  );
  return { rows: page.map((row) => summaryOf(row, versions)), hasMore: rows.length > options.limit };
}

const itemRefColumns = {
  itemId: agendaItems.id,
  number: agendaItems.number,
  title: sql<string | null>`case when ${agendaItems.isClosed} then null else ${agendaItems.title} end`,
  isClosed: agendaItems.isClosed,
  meetingId: meetings.id,
  heldOn: meetings.heldOn,
  bodyName: bodies.name,
  bodySlug: bodies.slug,
};

/** Published items by id, a closed one without its title. */
export async function findItemRefs(db: DbOrTx, itemIds: readonly number[]): Promise<Map<number, PlanItemRef>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select(itemRefColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(inArray(agendaItems.id, [...itemIds]));
  return new Map(rows.map((row) => [row.itemId, itemRefOf(row)]));
}

function itemRefOf(row: Omit<PlanItemRef, 'body'> & { bodyName: string; bodySlug: string }): PlanItemRef {
  const { bodyName, bodySlug, ...item } = row;
  return { ...item, title: item.isClosed ? null : item.title, body: { name: bodyName, slug: bodySlug } };
}

/** One plan with everything its page shows. */
export async function findPlan(db: DbOrTx, planId: number): Promise<PlanDetail | null> {
  const [row] = await summaryQuery(db).where(eq(plans.id, planId));
  if (!row) return null;
  const versions = await versionsOf(db, [row.id]);
  const [chapters, itemRows, processRows] = await Promise.all([
    versions.length === 0
      ? []
      : db
          .select({
            versionId: planChapters.versionId,
            theme: planChapters.theme,
            goals: planChapters.goals,
            description: planChapters.description,
          })
          .from(planChapters)
          .where(
            inArray(
              planChapters.versionId,
              versions.map((v) => v.id),
            ),
          )
          .orderBy(asc(planChapters.versionId), asc(planChapters.position)),
    db
      .select(itemRefColumns)
      .from(planItems)
      .innerJoin(agendaItems, eq(agendaItems.id, planItems.itemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .where(eq(planItems.planId, planId))
      .orderBy(asc(meetings.heldOn), asc(agendaItems.number)),
    db
      .select({ id: processes.id, title: processes.title })
      .from(processes)
      .where(eq(processes.planId, planId))
      .orderBy(asc(processes.id)),
  ]);
  const decisions = await findItemRefs(
    db,
    versions.flatMap((v) => (v.decisionItemId === null ? [] : [v.decisionItemId])),
  );
  return {
    ...summaryOf(row, versions),
    summary: row.summary,
    updatedAt: row.updatedAt,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      versionOn: v.versionOn,
      note: v.note,
      decision: v.decisionItemId === null ? null : (decisions.get(v.decisionItemId) ?? null),
      chapters: chapters
        .filter((c) => c.versionId === v.id)
        .map(({ theme, goals, description }) => ({ theme, goals, description })),
    })),
    items: itemRows.map(itemRefOf),
    processes: processRows,
  };
}

/** A body's plans, newest first (for its page). */
export async function listPlansOfBody(db: DbOrTx, bodyId: number): Promise<PlanSummary[]> {
  const rows = await summaryQuery(db).where(eq(plans.ownerBodyId, bodyId)).orderBy(desc(plans.id)).limit(50);
  const versions = await versionsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, versions));
}

/** The plan versions of the given bodies' plans (null: every body's), for a hearing's document. */
export async function listPlanVersionOptions(
  db: DbOrTx,
  bodyIds: readonly number[] | null,
): Promise<{ id: number; label: string }[]> {
  if (bodyIds !== null && bodyIds.length === 0) return [];
  const rows = await db
    .select({ id: planVersions.id, number: planVersions.number, status: planVersions.status, title: plans.title })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(bodyIds === null ? undefined : inArray(plans.ownerBodyId, [...bodyIds]))
    .orderBy(asc(plans.id), asc(planVersions.number));
  return rows.map((row) => ({ id: row.id, label: `${row.title}, version ${row.number}` }));
}
