/**
 * moveProcessStep: the secretariat moves a step one place up or down in its process. Writes the
 * audit log.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the process, or why not.
 */
import type { Db } from '../../db/client.js';
import { renumberSteps } from '../../db/stores/processes.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockStepFor, type ProcessActors, type ProcessProblem } from './process-access.js';

export interface MoveProcessStepInput extends ProcessActors {
  db: Db;
  stepId: number;
  direction: 'up' | 'down';
}

export async function moveProcessStep(
  input: MoveProcessStepInput,
): Promise<{ ok: true; processId: number; moved: boolean } | { ok: false; reason: ProcessProblem }> {
  return input.db.transaction(async (tx) => {
    const locked = await lockStepFor(tx, input.stepId, input);
    if (!locked.ok) return locked;
    const ids = locked.loaded.steps.map((s) => s.id);
    const from = ids.indexOf(input.stepId);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    const processId = locked.loaded.process.id;
    if (to < 0 || to >= ids.length) return { ok: true, processId, moved: false } as const;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    await renumberSteps(tx, ids);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'process_step.move',
      entity: 'process_step',
      entityId: input.stepId,
      before: { position: from },
      after: { position: to },
    });
    return { ok: true, processId, moved: true } as const;
  });
}
