/**
 * skipProcessStep: the secretariat skips a step with a reason (shown publicly); a skipped step
 * counts as met for the gates that require it, and its follow-up is cancelled.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the process, or why not.
 */
import type { Db } from '../../db/client.js';
import { syncStepFollowUps } from '../../db/stores/process-links.js';
import { updateStep } from '../../db/stores/processes.js';
import { effectiveStepState, PROCESS_LIMITS } from '../../domain/process.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { clearFlagOf, lockStepFor, type ProcessActors, type ProcessProblem, stepAuditView } from './process-access.js';

export interface SkipProcessStepInput extends ProcessActors {
  db: Db;
  stepId: number;
  reason: string;
}

export type SkipProcessStepResult =
  | { ok: true; processId: number }
  | { ok: false; reason: ProcessProblem | 'reason_missing' | 'too_long' | 'already_done' };

export async function skipProcessStep(input: SkipProcessStepInput): Promise<SkipProcessStepResult> {
  const reason = input.reason.trim();
  if (!reason) return { ok: false, reason: 'reason_missing' };
  if (reason.length > PROCESS_LIMITS.reasonMax) return { ok: false, reason: 'too_long' };
  return input.db.transaction(async (tx) => {
    const locked = await lockStepFor(tx, input.stepId, input);
    if (!locked.ok) return locked;
    const { loaded, step } = locked;
    if (effectiveStepState(step) === 'done') return { ok: false, reason: 'already_done' } as const;
    await updateStep(tx, step.id, { status: 'skipped', skipReason: reason });
    await clearFlagOf(tx, loaded, step);
    await syncStepFollowUps(tx, loaded.process.id);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'process_step.skip',
      entity: 'process_step',
      entityId: step.id,
      before: stepAuditView(step),
      after: stepAuditView({ ...step, status: 'skipped', skipReason: reason }),
    });
    return { ok: true, processId: loaded.process.id } as const;
  });
}
