/**
 * Plans in the database: a plan, its versions saved whole with their chapters, the agenda items
 * that treated it, and the demo set's plans removed. Used by src/use-cases/plans/.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { PlanChapter, PlanKind, PlanVersionState } from '../../domain/plan.js';
import type { DbOrTx } from '../client.js';
import { agendaItems, meetings, planChapters, planItems, plans, planVersions } from '../schema/index.js';

export interface NewPlan {
  ownerBodyId: number;
  kind: PlanKind;
  title: string;
  summary: string | null;
  deadlineOn: string | null;
  isFictitious: boolean;
  createdByUserId: number | null;
}

export async function insertPlan(tx: DbOrTx, plan: NewPlan): Promise<number> {
  const [row] = await tx.insert(plans).values(plan).returning({ id: plans.id });
  return row.id;
}

/** The plan's owner, with the plan's row locked for the transaction (null: no such plan). */
export async function lockPlan(tx: DbOrTx, planId: number): Promise<{ id: number; ownerBodyId: number } | null> {
  const [row] = await tx
    .select({ id: plans.id, ownerBodyId: plans.ownerBodyId })
    .from(plans)
    .where(eq(plans.id, planId))
    .for('update');
  return row ?? null;
}

export async function updatePlan(
  tx: DbOrTx,
  planId: number,
  fields: Pick<NewPlan, 'kind' | 'title' | 'summary' | 'deadlineOn'>,
): Promise<void> {
  await tx
    .update(plans)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(plans.id, planId));
}

export interface StoredVersion {
  id: number;
  number: number;
  status: PlanVersionState;
  versionOn: string;
  note: string | null;
  decisionItemId: number | null;
}

export async function listPlanVersions(tx: DbOrTx, planId: number): Promise<StoredVersion[]> {
  return tx
    .select({
      id: planVersions.id,
      number: planVersions.number,
      status: planVersions.status,
      versionOn: planVersions.versionOn,
      note: planVersions.note,
      decisionItemId: planVersions.decisionItemId,
    })
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.number));
}

export async function loadChapters(tx: DbOrTx, versionId: number): Promise<PlanChapter[]> {
  return tx
    .select({ theme: planChapters.theme, goals: planChapters.goals, description: planChapters.description })
    .from(planChapters)
    .where(eq(planChapters.versionId, versionId))
    .orderBy(asc(planChapters.position));
}

export interface NewVersion {
  planId: number;
  number: number;
  status: PlanVersionState;
  versionOn: string;
  note: string | null;
  decisionItemId: number | null;
  createdByUserId: number | null;
  chapters: readonly PlanChapter[];
}

export async function insertPlanVersion(tx: DbOrTx, version: NewVersion): Promise<number> {
  const { chapters, ...fields } = version;
  const [row] = await tx.insert(planVersions).values(fields).returning({ id: planVersions.id });
  await replaceChapters(tx, row.id, chapters);
  await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, version.planId));
  return row.id;
}

export async function updatePlanVersion(
  tx: DbOrTx,
  versionId: number,
  fields: Pick<NewVersion, 'status' | 'versionOn' | 'note' | 'decisionItemId' | 'chapters'>,
): Promise<void> {
  const { chapters, ...rest } = fields;
  await tx.update(planVersions).set(rest).where(eq(planVersions.id, versionId));
  await replaceChapters(tx, versionId, chapters);
}

async function replaceChapters(tx: DbOrTx, versionId: number, chapters: readonly PlanChapter[]): Promise<void> {
  await tx.delete(planChapters).where(eq(planChapters.versionId, versionId));
  if (chapters.length === 0) return;
  await tx.insert(planChapters).values(chapters.map((chapter, position) => ({ versionId, position, ...chapter })));
}

/** The body whose meeting holds the published item (null: no such item). */
export async function findItemBodyId(tx: DbOrTx, itemId: number): Promise<number | null> {
  const [row] = await tx
    .select({ bodyId: meetings.bodyId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row?.bodyId ?? null;
}

/** Links an item that treated the plan (again: nothing); returns whether it was new. */
export async function linkPlanItem(tx: DbOrTx, planId: number, itemId: number): Promise<boolean> {
  const rows = await tx
    .insert(planItems)
    .values({ planId, itemId })
    .onConflictDoNothing()
    .returning({ itemId: planItems.itemId });
  return rows.length > 0;
}

export async function unlinkPlanItem(tx: DbOrTx, planId: number, itemId: number): Promise<boolean> {
  const rows = await tx
    .delete(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.itemId, itemId)))
    .returning({ itemId: planItems.itemId });
  return rows.length > 0;
}

/** Removes the demo set's plans (their versions, chapters and links go with them). */
export async function deleteFictitiousPlans(tx: DbOrTx): Promise<number> {
  const rows = await tx.delete(plans).where(eq(plans.isFictitious, true)).returning({ id: plans.id });
  return rows.length;
}

/** Whether the demo set's plans are loaded. */
export async function hasFictitiousPlans(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.isFictitious, true)).limit(1);
  return row !== undefined;
}

/** The id of the item with this title on a meeting of the body that day (the demo's items). */
export async function findItemIdByTitle(
  tx: DbOrTx,
  input: { bodyId: number; heldOn: string; title: string },
): Promise<number | null> {
  const [row] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(eq(meetings.bodyId, input.bodyId), eq(meetings.heldOn, input.heldOn), eq(agendaItems.title, input.title)),
    );
  return row?.id ?? null;
}
