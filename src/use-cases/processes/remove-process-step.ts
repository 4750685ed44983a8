/**
 * removeProcessStep: the secretariat removes a step (its gates and its follow-up go with it; a
 * draft item made for it stays on the agenda). Writes the audit log.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the process, or why not.
 */
import type { Db } from '../../db/client.js';
import { deleteStep, renumberSteps } from '../../db/stores/processes.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockStepFor, type ProcessActors, type ProcessProblem, stepAuditView } from './process-access.js';

export interface RemoveProcessStepInput extends ProcessActors {
  db: Db;
  stepId: number;
}

export async function removeProcessStep(
  input: RemoveProcessStepInput,
): Promise<{ ok: true; processId: number } | { ok: false; reason: ProcessProblem }> {
  return input.db.transaction(async (tx) => {
    const locked = await lockStepFor(tx, input.stepId, input);
    if (!locked.ok) return locked;
    await deleteStep(tx, input.stepId);
    await renumberSteps(
      tx,
      locked.loaded.steps.filter((s) => s.id !== input.stepId).map((s) => s.id),
    );
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'process_step.remove',
      entity: 'process_step',
      entityId: input.stepId,
      before: stepAuditView(locked.step),
      after: null,
    });
    return { ok: true, processId: locked.loaded.process.id } as const;
  });
}
