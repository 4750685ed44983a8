/**
 * completeProcessStep: the secretariat marks a step done (an adoption adopted). Refused while a
 * step it requires is neither done nor skipped, with a message naming the missing steps — unless
 * an override reason is given, which is kept on the step (reason, when, by whom), in the audit log
 * and shown publicly. The step's follow-up is closed.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the step, or why not.
 */
import type { Db } from '../../db/client.js';
import { syncStepFollowUps } from '../../db/stores/process-links.js';
import { updateStep } from '../../db/stores/processes.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { checkCompletion, effectiveStepState, PROCESS_LIMITS } from '../../domain/process.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { clearFlagOf, lockStepFor, type ProcessActors, type ProcessProblem, stepAuditView } from './process-access.js';

export interface CompleteProcessStepInput extends ProcessActors {
  db: Db;
  stepId: number;
  overrideReason?: string | null;
  now?: Date;
}

export type CompleteProcessStepResult =
  | { ok: true; processId: number; overridden: boolean }
  | { ok: false; reason: ProcessProblem | 'already_done' | 'skipped' | 'too_long' }
  | { ok: false; reason: 'gate'; message: string; missing: string[] };

export async function completeProcessStep(input: CompleteProcessStepInput): Promise<CompleteProcessStepResult> {
  const overrideReason = input.overrideReason?.trim() || null;
  if ((overrideReason?.length ?? 0) > PROCESS_LIMITS.reasonMax) return { ok: false, reason: 'too_long' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const locked = await lockStepFor(tx, input.stepId, input);
    if (!locked.ok) return locked;
    const { loaded, step } = locked;
    const gateStep = (s: typeof step) => ({ id: s.id, title: s.title, status: effectiveStepState(s) });
    const required = loaded.steps.filter((s) => step.requires.includes(s.id)).map(gateStep);
    const check = checkCompletion({ step: gateStep(step), required, overrideReason });
    if (!check.ok) {
      if (check.reason === 'gate')
        return {
          ok: false,
          reason: 'gate',
          message: check.message,
          missing: check.missing.map((s) => s.title),
        } as const;
      return { ok: false, reason: check.reason } as const;
    }
    const patch = {
      status: 'done' as const,
      completedOn: copenhagenDate(now),
      ...(check.overridden ? { overrideReason, overriddenAt: now, overriddenByUserId: input.auditActor.userId } : {}),
    };
    await updateStep(tx, step.id, patch);
    await clearFlagOf(tx, loaded, step);
    await syncStepFollowUps(tx, loaded.process.id);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: check.overridden ? 'process_step.override' : 'process_step.complete',
      entity: 'process_step',
      entityId: step.id,
      before: stepAuditView(step),
      after: stepAuditView({ ...step, ...patch }),
    });
    return { ok: true, processId: loaded.process.id, overridden: check.overridden } as const;
  });
}
