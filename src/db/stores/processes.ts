/**
 * Processes (forløb) in the database: a process loaded whole — its phases, steps (with their
 * bodies' names, the outcome of the item that treats each, and whether a hearing that is the step
 * has its memo published) and gates — in five queries whatever its size, and saved in parts; the
 * steps a meeting's publication or import touches; each step's follow-up kept in line with it.
 * Used by src/use-cases/processes/.
 */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { StepAction } from '../../domain/process.js';
import { type DbOrTx, selectRows, type Tx } from '../client.js';
import {
  agendaItems,
  bodies,
  decisions,
  draftItems,
  hearings,
  meetings,
  plans,
  processes,
  processPhases,
  processStepRequirements,
  processSteps,
} from '../schema/index.js';

export type ProcessRow = typeof processes.$inferSelect;
export type PhaseRow = typeof processPhases.$inferSelect;
export type StepRow = typeof processSteps.$inferSelect;

export interface StoredStep extends StepRow {
  /** The body in Protokol's name, or the outside name. */
  bodyName: string;
  /** The outcome of the published item's decision, when there is one. */
  outcome: string | null;
  hearingMemoPublished: boolean;
  requires: number[];
}

export interface StoredProcess {
  process: ProcessRow;
  phases: PhaseRow[];
  steps: StoredStep[];
}

/** A process whole; `lock` takes the process row's lock for the rest of the transaction. */
export async function loadProcess(tx: DbOrTx, processId: number, lock = false): Promise<StoredProcess | null> {
  const query = tx.select().from(processes).where(eq(processes.id, processId));
  const [process] = lock ? await query.for('update') : await query;
  if (!process) return null;
  // One after another: a transaction's client runs one query at a time.
  const phases = await tx
    .select()
    .from(processPhases)
    .where(eq(processPhases.processId, processId))
    .orderBy(asc(processPhases.position));
  const steps = await tx
    .select({ step: processSteps, bodyName: bodies.name, outcome: decisions.outcome })
    .from(processSteps)
    .leftJoin(bodies, eq(bodies.id, processSteps.bodyId))
    .leftJoin(decisions, eq(decisions.itemId, processSteps.itemId))
    .where(eq(processSteps.processId, processId))
    .orderBy(asc(processSteps.position), asc(processSteps.id));
  const requirements = await tx
    .select({ stepId: processStepRequirements.stepId, requiresStepId: processStepRequirements.requiresStepId })
    .from(processStepRequirements)
    .innerJoin(processSteps, eq(processSteps.id, processStepRequirements.stepId))
    .where(eq(processSteps.processId, processId));
  const heard = await tx
    .select({ stepId: hearings.processStepId })
    .from(hearings)
    .innerJoin(processSteps, eq(processSteps.id, hearings.processStepId))
    .where(and(eq(processSteps.processId, processId), isNotNull(hearings.memoPublishedAt)));
  const memo = new Set(heard.map((h) => h.stepId));
  return {
    process,
    phases,
    steps: steps.map(({ step, bodyName, outcome }) => ({
      ...step,
      bodyName: bodyName ?? step.outsideBodyName ?? '',
      outcome,
      hearingMemoPublished: memo.has(step.id),
      requires: requirements.filter((r) => r.stepId === step.id).map((r) => r.requiresStepId),
    })),
  };
}

export interface NewStep {
  title: string;
  action: StepAction;
  bodyId: number | null;
  outsideBodyName: string | null;
  outsidePublisherId?: number | null;
  parallelGroup: string | null;
  dueOn: string | null;
  dueMonth: string | null;
  dueMonthEnd: string | null;
  /** Index of its phase among the new phases. */
  phase: number | null;
  /** Indexes of the new steps it requires. */
  requires: number[];
}

export interface NewProcess {
  title: string;
  description: string | null;
  ownerBodyId: number;
  planId: number | null;
  templateKey: string | null;
  isFictitious: boolean;
  createdByUserId: number | null;
  phases: { title: string; startsOn: string; endsOn: string }[];
  steps: NewStep[];
}

/** Saves a new process with its phases, steps and gates; its id and its steps' ids in order. */
export async function insertProcess(tx: Tx, input: NewProcess): Promise<{ processId: number; stepIds: number[] }> {
  const { phases, steps, ...values } = input;
  const [row] = await tx.insert(processes).values(values).returning({ id: processes.id });
  const phaseIds =
    phases.length === 0
      ? []
      : (
          await tx
            .insert(processPhases)
            .values(phases.map((phase, position) => ({ ...phase, processId: row.id, position })))
            .returning({ id: processPhases.id })
        ).map((p) => p.id);
  const stepIds =
    steps.length === 0
      ? []
      : (
          await tx
            .insert(processSteps)
            .values(
              steps.map(({ phase, requires: _requires, ...step }, position) => ({
                ...step,
                processId: row.id,
                position,
                phaseId: phase === null ? null : (phaseIds[phase] ?? null),
              })),
            )
            .returning({ id: processSteps.id })
        ).map((s) => s.id);
  const gates = steps.flatMap((step, index) =>
    step.requires.map((required) => ({ stepId: stepIds[index], requiresStepId: stepIds[required] })),
  );
  if (gates.length > 0) await tx.insert(processStepRequirements).values(gates);
  return { processId: row.id, stepIds };
}

/** Saves changed fields of a process. */
export async function updateProcessRow(
  tx: Tx,
  processId: number,
  values: Partial<Pick<ProcessRow, 'title' | 'description' | 'flaggedReason' | 'planId'>>,
): Promise<void> {
  await tx
    .update(processes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(processes.id, processId));
}

/** A new step at the end of the process; its id. */
export async function insertStep(
  tx: Tx,
  processId: number,
  step: Omit<NewStep, 'phase' | 'requires'> & { phaseId: number | null },
): Promise<number> {
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${processSteps.position}) + 1, 0)::int` })
    .from(processSteps)
    .where(eq(processSteps.processId, processId));
  const [row] = await tx
    .insert(processSteps)
    .values({ ...step, processId, position: next })
    .returning({ id: processSteps.id });
  return row.id;
}

export type StepPatch = Partial<
  Pick<
    StepRow,
    | 'title'
    | 'action'
    | 'bodyId'
    | 'outsideBodyName'
    | 'outsidePublisherId'
    | 'parallelGroup'
    | 'dueOn'
    | 'dueMonth'
    | 'dueMonthEnd'
    | 'phaseId'
    | 'status'
    | 'skipReason'
    | 'meetingId'
    | 'draftItemId'
    | 'itemId'
    | 'completedOn'
    | 'overrideReason'
    | 'overriddenAt'
    | 'overriddenByUserId'
  >
>;

/** Saves changed fields of a step. */
export async function updateStep(tx: Tx, stepId: number, patch: StepPatch): Promise<void> {
  await tx
    .update(processSteps)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(processSteps.id, stepId));
}

/** Replaces a step's gates. */
export async function replaceRequirements(tx: Tx, stepId: number, requiresStepIds: readonly number[]): Promise<void> {
  await tx.delete(processStepRequirements).where(eq(processStepRequirements.stepId, stepId));
  if (requiresStepIds.length > 0) {
    await tx
      .insert(processStepRequirements)
      .values(requiresStepIds.map((requiresStepId) => ({ stepId, requiresStepId })));
  }
}

/** Removes a step (its gates both ways and its follow-up go with it). */
export async function deleteStep(tx: Tx, stepId: number): Promise<void> {
  await tx.delete(processSteps).where(eq(processSteps.id, stepId));
}

/** Numbers the steps in the order given (every step of the process). */
export async function renumberSteps(tx: Tx, stepIds: readonly number[]): Promise<void> {
  if (stepIds.length === 0) return;
  await tx.execute(sql`
    update process_steps s set position = x.position, updated_at = now()
    from json_to_recordset(${JSON.stringify(stepIds.map((id, position) => ({ id, position })))}::json)
      as x(id int, position int)
    where s.id = x.id`);
}

/** A new phase at the end; its id. */
export async function insertPhase(
  tx: Tx,
  processId: number,
  phase: { title: string; startsOn: string; endsOn: string },
): Promise<number> {
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${processPhases.position}) + 1, 0)::int` })
    .from(processPhases)
    .where(eq(processPhases.processId, processId));
  const [row] = await tx
    .insert(processPhases)
    .values({ ...phase, processId, position: next })
    .returning({ id: processPhases.id });
  return row.id;
}

export async function updatePhase(
  tx: Tx,
  phaseId: number,
  values: { title: string; startsOn: string; endsOn: string },
): Promise<void> {
  await tx.update(processPhases).set(values).where(eq(processPhases.id, phaseId));
}

/** Removes a phase; its steps stay, without a phase. */
export async function deletePhase(tx: Tx, phaseId: number): Promise<void> {
  await tx.delete(processPhases).where(eq(processPhases.id, phaseId));
}

/** A step's process id; null when there is no such step. */
export async function findStepProcessId(tx: DbOrTx, stepId: number): Promise<number | null> {
  const [row] = await tx
    .select({ processId: processSteps.processId })
    .from(processSteps)
    .where(eq(processSteps.id, stepId));
  return row?.processId ?? null;
}

/** A meeting's body, date and status; null when there is none. */
export async function findMeetingForStep(
  tx: DbOrTx,
  meetingId: number,
): Promise<{ id: number; bodyId: number; heldOn: string; status: string } | null> {
  const [row] = await tx
    .select({ id: meetings.id, bodyId: meetings.bodyId, heldOn: meetings.heldOn, status: meetings.status })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

/** A draft item's meeting; null when there is none. */
export async function findDraftItemMeeting(tx: DbOrTx, draftItemId: number): Promise<number | null> {
  const [row] = await tx
    .select({ meetingId: draftItems.meetingId })
    .from(draftItems)
    .where(eq(draftItems.id, draftItemId));
  return row?.meetingId ?? null;
}

/** The bodies in Protokol by id (name), for steps picked by id. */
export async function findBodyNames(tx: DbOrTx, bodyIds: readonly number[]): Promise<Map<number, string>> {
  if (bodyIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(inArray(bodies.id, [...bodyIds]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The fictitious processes' ids. */
export async function listFictitiousProcessIds(tx: DbOrTx): Promise<number[]> {
  const rows = await tx.select({ id: processes.id }).from(processes).where(eq(processes.isFictitious, true));
  return rows.map((row) => row.id);
}

/** Removes the demo set's processes (their steps, phases, gates and follow-ups with them); how many. */
export async function removeFictitiousProcesses(tx: Tx): Promise<number> {
  const rows = await selectRows<{ id: number }>(tx, sql`delete from processes where is_fictitious returning id`);
  return rows.length;
}

/** The demo plan of a kind, when the plans' demo set has one. */
export async function findFictitiousPlanId(tx: DbOrTx, kind: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.isFictitious, true), sql`${plans.kind} = ${kind}`))
    .limit(1);
  return row?.id ?? null;
}

/** Bodies by slug (id and name), for the demo. */
export async function findBodiesBySlug(
  tx: DbOrTx,
  slugs: readonly string[],
): Promise<Map<string, { id: number; name: string }>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
    .from(bodies)
    .where(inArray(bodies.slug, [...slugs]));
  return new Map(rows.map((row) => [row.slug, { id: row.id, name: row.name }]));
}

/** A body's published items by exact title (the latest of each): title → id. */
export async function findItemsByTitle(
  tx: DbOrTx,
  bodyId: number,
  titles: readonly string[],
): Promise<Map<string, number>> {
  if (titles.length === 0) return new Map();
  const rows = await tx
    .select({ id: agendaItems.id, title: agendaItems.title })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(meetings.bodyId, bodyId), inArray(agendaItems.title, [...titles])))
    .orderBy(asc(meetings.heldOn));
  return new Map(rows.map((row) => [row.title, row.id]));
}
