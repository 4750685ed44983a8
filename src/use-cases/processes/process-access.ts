/**
 * What the processes' use cases share: the process locked for a change by its owner body's
 * secretariat (or an admin, or the command line), a step's values checked per field, and the
 * audit log's view of a step.
 */
import type { Tx } from '../../db/client.js';
import {
  findStepProcessId,
  loadProcess,
  type StoredProcess,
  type StoredStep,
  updateProcessRow,
} from '../../db/stores/processes.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { isMonth, PROCESS_LIMITS, STEP_ACTIONS, type StepAction } from '../../domain/process.js';
import { type Actor, can } from '../../domain/roles.js';
import type { AuditActor } from '../audit/record-audit-entry.js';

export type ProcessProblem = 'not_found' | 'not_allowed';

/** Who asks: null for the command line and the demo loader, which may. */
export interface ProcessActors {
  actor: Actor | null;
  auditActor: AuditActor;
}

/** Whether the actor keeps processes of the body (its secretariat, admins; the command line). */
export function mayKeep(actor: Actor | null, ownerBodyId: number, isCommandLine: boolean): boolean {
  return isCommandLine || can(actor, 'edit_meeting', { bodyId: ownerBodyId });
}

/** The process, locked, when the actor may change it. */
export async function lockProcessFor(
  tx: Tx,
  processId: number,
  { actor, auditActor }: ProcessActors,
): Promise<{ ok: true; loaded: StoredProcess } | { ok: false; reason: ProcessProblem }> {
  const loaded = await loadProcess(tx, processId, true);
  if (!loaded) return { ok: false, reason: 'not_found' };
  if (!mayKeep(actor, loaded.process.ownerBodyId, actor === null && auditActor.userId === null)) {
    return { ok: false, reason: 'not_allowed' };
  }
  return { ok: true, loaded };
}

/** The step's process, locked, and the step in it. */
export async function lockStepFor(
  tx: Tx,
  stepId: number,
  actors: ProcessActors,
): Promise<{ ok: true; loaded: StoredProcess; step: StoredStep } | { ok: false; reason: ProcessProblem }> {
  const processId = await findStepProcessId(tx, stepId);
  if (processId === null) return { ok: false, reason: 'not_found' };
  const locked = await lockProcessFor(tx, processId, actors);
  if (!locked.ok) return locked;
  const step = locked.loaded.steps.find((s) => s.id === stepId);
  if (!step) return { ok: false, reason: 'not_found' };
  return { ...locked, step };
}

/** A step's values as the secretariat gives them. */
export interface StepValues {
  title: string;
  action: StepAction;
  /** A body in Protokol, or a name of one outside. */
  bodyId: number | null;
  outsideBodyName: string | null;
  parallelGroup: string | null;
  dueOn: string | null;
  dueMonth: string | null;
  dueMonthEnd: string | null;
  phaseId: number | null;
  /** Ids of the steps of the same process it requires. */
  requires: number[];
}

export type StepField = 'title' | 'action' | 'body' | 'due' | 'dueMonthEnd' | 'phase' | 'requires';
export type StepRefusal = 'missing' | 'too_long' | 'invalid' | 'not_found' | 'both' | 'before_start';

export interface StepProblem {
  field: StepField;
  reason: StepRefusal;
}

/** The problems of a step's values alone and against its process (its phases and steps). */
export function checkStepValues(values: StepValues, loaded: StoredProcess, stepId: number | null): StepProblem[] {
  const problems: StepProblem[] = [];
  if (!values.title.trim()) problems.push({ field: 'title', reason: 'missing' });
  else if (values.title.length > PROCESS_LIMITS.titleMax) problems.push({ field: 'title', reason: 'too_long' });
  if (!STEP_ACTIONS.includes(values.action)) problems.push({ field: 'action', reason: 'invalid' });
  const outside = values.outsideBodyName?.trim() ?? '';
  if (values.bodyId === null && !outside) problems.push({ field: 'body', reason: 'missing' });
  else if (values.bodyId !== null && outside) problems.push({ field: 'body', reason: 'both' });
  else if (outside.length > PROCESS_LIMITS.titleMax) problems.push({ field: 'body', reason: 'too_long' });
  if (values.dueOn !== null && values.dueMonth !== null) problems.push({ field: 'due', reason: 'both' });
  else if (values.dueOn !== null && !isCalendarDate(values.dueOn)) problems.push({ field: 'due', reason: 'invalid' });
  else if (values.dueMonth !== null && !isMonth(values.dueMonth)) problems.push({ field: 'due', reason: 'invalid' });
  if (values.dueMonthEnd !== null) {
    if (values.dueMonth === null || !isMonth(values.dueMonthEnd))
      problems.push({ field: 'dueMonthEnd', reason: 'invalid' });
    else if (values.dueMonthEnd < values.dueMonth) problems.push({ field: 'dueMonthEnd', reason: 'before_start' });
  }
  if (values.phaseId !== null && !loaded.phases.some((p) => p.id === values.phaseId))
    problems.push({ field: 'phase', reason: 'not_found' });
  const others = new Set(loaded.steps.filter((s) => s.id !== stepId).map((s) => s.id));
  if (values.requires.some((id) => !others.has(id))) problems.push({ field: 'requires', reason: 'not_found' });
  return problems;
}

/** The step as the audit log keeps it. */
export function stepAuditView(step: Partial<StoredStep>): Record<string, unknown> {
  return {
    title: step.title,
    action: step.action,
    bodyId: step.bodyId,
    outsideBodyName: step.outsideBodyName,
    dueOn: step.dueOn,
    dueMonth: step.dueMonth,
    dueMonthEnd: step.dueMonthEnd,
    status: step.status,
    skipReason: step.skipReason,
    meetingId: step.meetingId,
    itemId: step.itemId,
    overrideReason: step.overrideReason,
  };
}

/**
 * The process's flag (a step's item rejected) is cleared when the secretariat deals with that step:
 * schedules it again, marks it done or skips it.
 */
export async function clearFlagOf(tx: Tx, loaded: StoredProcess, step: StoredStep): Promise<void> {
  if (loaded.process.flaggedReason?.includes(`»${step.title}«`)) {
    await updateProcessRow(tx, loaded.process.id, { flaggedReason: null });
  }
}
