/**
 * createPlan: the secretariat records a plan (the nærsundhedsplan, a regional health plan, another)
 * for the body that adopts it, with its legal deadline; its text comes in versions
 * (addPlanVersion). editPlan changes the same fields later.
 *
 * Who may call them: the owner body's secretariat and admins (`edit_meeting` in that body); the
 * command line and the demo loader (actor null). Returns the plan's id, or the problems per field.
 */
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { insertPlan, lockPlan, updatePlan } from '../../db/stores/plans.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { PLAN_KINDS, PLAN_LIMITS, type PlanKind } from '../../domain/plan.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface PlanFields {
  ownerBodyId: number;
  kind: PlanKind;
  title: string;
  summary: string | null;
  deadlineOn: string | null;
}

export type PlanField = 'body' | 'kind' | 'title' | 'summary' | 'deadline' | 'plan';
export type PlanRefusal = 'missing' | 'too_long' | 'not_found' | 'not_allowed' | 'invalid';
export type PlanProblem = { field: PlanField; reason: PlanRefusal };

export type CreatePlanResult = { ok: true; planId: number } | { ok: false; problems: PlanProblem[] };

interface Who {
  db: Db;
  /** Who asks (null: the command line or the demo loader, which may). */
  actor: Actor | null;
  auditActor: AuditActor;
}

function checkFields(fields: PlanFields, actor: Actor | null): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!fields.title.trim()) problems.push({ field: 'title', reason: 'missing' });
  else if (fields.title.length > PLAN_LIMITS.titleMax) problems.push({ field: 'title', reason: 'too_long' });
  if ((fields.summary ?? '').length > PLAN_LIMITS.summaryMax) problems.push({ field: 'summary', reason: 'too_long' });
  if (!PLAN_KINDS.includes(fields.kind)) problems.push({ field: 'kind', reason: 'invalid' });
  if (fields.deadlineOn !== null && !isCalendarDate(fields.deadlineOn))
    problems.push({ field: 'deadline', reason: 'invalid' });
  if (actor && !can(actor, 'edit_meeting', { bodyId: fields.ownerBodyId }))
    problems.push({ field: 'body', reason: 'not_allowed' });
  return problems;
}

const cleaned = (fields: PlanFields) => ({
  kind: fields.kind,
  title: fields.title.trim(),
  summary: fields.summary?.trim() || null,
  deadlineOn: fields.deadlineOn,
});

export async function createPlan(input: Who & PlanFields & { isFictitious?: boolean }): Promise<CreatePlanResult> {
  const problems = checkFields(input, input.actor);
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.ownerBodyId))) problems.push({ field: 'body', reason: 'not_found' });
    if (problems.length > 0) return { ok: false, problems } as const;
    const plan = { ownerBodyId: input.ownerBodyId, ...cleaned(input) };
    const planId = await insertPlan(tx, {
      ...plan,
      isFictitious: input.isFictitious ?? false,
      createdByUserId: input.auditActor.userId,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'plan.create',
      entity: 'plan',
      entityId: planId,
      before: null,
      after: plan,
    });
    return { ok: true, planId } as const;
  });
}

/** Changes a plan's kind, title, summary and deadline (its owner stays). */
export async function editPlan(
  input: Who & Omit<PlanFields, 'ownerBodyId'> & { planId: number },
): Promise<CreatePlanResult> {
  return input.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, input.planId);
    if (!plan) return { ok: false, problems: [{ field: 'plan', reason: 'not_found' }] } as const;
    const problems = checkFields({ ...input, ownerBodyId: plan.ownerBodyId }, input.actor);
    if (problems.length > 0) return { ok: false, problems } as const;
    await updatePlan(tx, plan.id, cleaned({ ...input, ownerBodyId: plan.ownerBodyId }));
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'plan.edit',
      entity: 'plan',
      entityId: plan.id,
      before: null,
      after: cleaned({ ...input, ownerBodyId: plan.ownerBodyId }),
    });
    return { ok: true, planId: plan.id } as const;
  });
}
