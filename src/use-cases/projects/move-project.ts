/**
 * moveProject: a decision moves a project on in its lifecycle (domain/project.ts): granted (with
 * the amount, never more than is left of its frame's part: refused with the amount left), running
 * (from its start date), extended (to a later end), evaluated, and then into operation, continued
 * with changes or stopped — a stopped project gives back what the decision says, by default its
 * unspent rest (granted minus spent), which frees that much of its frame's part (domain/project.ts's
 * rule: only what it spent stays committed). Each move is a transition row with its date, the decision item that made
 * it and a note. When a project runs or is extended, the status reports due in its period are added,
 * each awaited by a follow-up of the lead body (the deadline scan reminds of it).
 *
 * Who may call it: as registerProject. One transaction, the audit log.
 */
import type { Db, Tx } from '../../db/client.js';
import {
  type AllocationContext,
  addDueReports,
  findAllocation,
  findDecisionItemBody,
  type LockedProject,
  lockAllocationCommitted,
  lockProject,
  moveProject as saveMove,
  sumProjectSpent,
} from '../../db/stores/projects.js';
import {
  checkGrant,
  checkTransition,
  PROJECT_LIMITS,
  type ProjectStatus,
  periodEnd,
  reportDueDates,
  returnOnStop,
} from '../../domain/project.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface MoveProjectInput {
  db: Db;
  projectId: number;
  to: ProjectStatus;
  decidedOn: string;
  decisionItemId: number | null;
  note: string | null;
  /** To granted: the amount (the amount applied for when not given). */
  grantedOre?: bigint | null;
  /** To running: the start (and planned end) when not registered. */
  startsOn?: string | null;
  endsOn?: string | null;
  /** To extended: the new end. */
  extendedTo?: string | null;
  /** To stopped: what the project gives back (its unspent rest when not given). */
  returnedOre?: bigint | null;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type MoveProjectResult =
  | { ok: true; reportsAdded: number }
  | { ok: false; reason: 'not_found' | 'not_allowed' }
  | { ok: false; reason: 'not_allowed_transition'; current: ProjectStatus; allowed: readonly ProjectStatus[] }
  | { ok: false; reason: 'over_committed'; leftOre: bigint; recipient: string }
  | { ok: false; reason: 'return_out_of_range'; unspentOre: bigint }
  | {
      ok: false;
      reason: 'missing_amount' | 'missing_start' | 'extension_not_later' | 'decision_not_found' | 'note_too_long';
    };

export async function moveProject(input: MoveProjectInput): Promise<MoveProjectResult> {
  if ((input.note?.length ?? 0) > PROJECT_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  return input.db.transaction(async (tx): Promise<MoveProjectResult> => {
    const project = await lockProject(tx, input.projectId);
    if (!project) return { ok: false, reason: 'not_found' };
    const allocation =
      project.frameId !== null && project.allocationPosition !== null
        ? await findAllocation(tx, project.frameId, project.allocationPosition)
        : null;
    if (!mayActFor(input.actor, [...project.bodyIds, allocation?.decidingBodyId ?? null]))
      return { ok: false, reason: 'not_allowed' };
    const transition = checkTransition(project.status, input.to);
    if (!transition.ok)
      return { ok: false, reason: 'not_allowed_transition', current: transition.current, allowed: transition.allowed };
    if (input.decisionItemId !== null && (await findDecisionItemBody(tx, input.decisionItemId)) === null)
      return { ok: false, reason: 'decision_not_found' };
    const changes = await changesOf(tx, input, project, allocation);
    if (!changes.ok) return changes;
    const set = changes.set;
    await saveMove(tx, {
      projectId: project.id,
      from: project.status,
      to: input.to,
      decidedOn: input.decidedOn,
      decisionItemId: input.decisionItemId,
      note: input.note,
      userId: input.auditActor.userId,
      set,
    });
    let reportsAdded = 0;
    const startsOn = set.startsOn ?? project.startsOn;
    if ((input.to === 'running' || input.to === 'extended') && startsOn) {
      const dueDates = reportDueDates({
        startsOn,
        endsOn: set.extendedTo ?? set.endsOn ?? periodEnd(project),
        everyMonths: project.reportEveryMonths,
      });
      reportsAdded = await addDueReports(tx, {
        projectId: project.id,
        name: project.name,
        bodyId: project.bodyIds[0],
        dueDates,
        userId: input.auditActor.userId,
      });
    }
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.move',
      entity: 'project',
      entityId: project.id,
      before: { status: project.status },
      after: {
        status: input.to,
        decidedOn: input.decidedOn,
        decisionItemId: input.decisionItemId,
        ...(set.grantedOre !== undefined ? { grantedOre: String(set.grantedOre) } : {}),
        ...(set.extendedTo ? { extendedTo: set.extendedTo } : {}),
        ...(set.returnedOre !== undefined && set.returnedOre !== null ? { returnedOre: String(set.returnedOre) } : {}),
        reportsAdded,
      },
    });
    return { ok: true, reportsAdded };
  });
}

type MoveSet = {
  grantedOre?: bigint;
  returnedOre?: bigint | null;
  startsOn?: string;
  endsOn?: string;
  extendedTo?: string;
};

/** What the move sets on the project (the amount granted or given back, the period), or why it cannot. */
async function changesOf(
  tx: Tx,
  input: MoveProjectInput,
  project: LockedProject,
  allocation: AllocationContext | null,
): Promise<{ ok: true; set: MoveSet } | Extract<MoveProjectResult, { ok: false }>> {
  const set: MoveSet = {};
  if (input.to === 'stopped') {
    const returned = returnOnStop({
      grantedOre: project.grantedOre,
      spentOre: await sumProjectSpent(tx, project.id),
      returnedOre: input.returnedOre,
    });
    if (!returned.ok) return { ok: false, reason: 'return_out_of_range', unspentOre: returned.unspentOre };
    set.returnedOre = returned.returnedOre;
  }
  if (input.to === 'granted') {
    const amount = input.grantedOre ?? project.appliedOre;
    if (amount === null || amount === undefined) return { ok: false, reason: 'missing_amount' };
    if (allocation) {
      const committed = await lockAllocationCommitted(tx, allocation.frameId, allocation.position, project.id);
      const check = checkGrant({ allocatedOre: allocation.amountOre, committedOre: committed, amountOre: amount });
      if (!check.ok)
        return { ok: false, reason: 'over_committed', leftOre: check.leftOre, recipient: allocation.recipientName };
    }
    set.grantedOre = amount;
  }
  if (input.to === 'running') {
    const startsOn = input.startsOn ?? project.startsOn;
    if (!startsOn) return { ok: false, reason: 'missing_start' };
    set.startsOn = startsOn;
    if (input.endsOn) set.endsOn = input.endsOn;
  }
  if (input.to === 'extended') {
    const end = periodEnd(project);
    if (!input.extendedTo || (end !== null && input.extendedTo <= end))
      return { ok: false, reason: 'extension_not_later' };
    set.extendedTo = input.extendedTo;
  }
  return { ok: true, set };
}
