/**
 * saveProcessStep: the secretariat adds a step at the end of a process (no `stepId`) or changes
 * one: what, by which body (in Protokol or named outside), its due (a day, a month or months), its
 * phase, parallel group and the steps it requires. Its follow-up follows. Writes the audit log.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the step's id, or the
 * problems per field.
 */
import type { Db } from '../../db/client.js';
import { syncStepFollowUps } from '../../db/stores/process-links.js';
import { findBodyNames, insertStep, replaceRequirements, updateStep } from '../../db/stores/processes.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import {
  checkStepValues,
  lockProcessFor,
  type ProcessActors,
  type ProcessProblem,
  type StepProblem,
  type StepValues,
  stepAuditView,
} from './process-access.js';

export interface SaveProcessStepInput extends ProcessActors {
  db: Db;
  processId: number;
  /** Null: a new step. */
  stepId: number | null;
  values: StepValues;
}

export type SaveProcessStepResult =
  | { ok: true; stepId: number }
  | { ok: false; reason: ProcessProblem }
  | { ok: false; reason: 'invalid'; problems: StepProblem[] };

export async function saveProcessStep(input: SaveProcessStepInput): Promise<SaveProcessStepResult> {
  return input.db.transaction(async (tx): Promise<SaveProcessStepResult> => {
    const locked = await lockProcessFor(tx, input.processId, input);
    if (!locked.ok) return locked;
    const { loaded } = locked;
    const before = input.stepId === null ? null : loaded.steps.find((s) => s.id === input.stepId);
    if (before === undefined) return { ok: false, reason: 'not_found' };
    const values = input.values;
    const problems = checkStepValues(values, loaded, input.stepId);
    if (values.bodyId !== null && !(await findBodyNames(tx, [values.bodyId])).has(values.bodyId))
      problems.push({ field: 'body', reason: 'not_found' });
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    const { requires, ...fields } = values;
    const row = {
      ...fields,
      title: fields.title.trim(),
      outsideBodyName: fields.outsideBodyName?.trim() || null,
      parallelGroup: fields.parallelGroup?.trim() || null,
      outsidePublisherId: null,
    };
    const stepId = before ? before.id : await insertStep(tx, input.processId, row);
    if (before) await updateStep(tx, stepId, row);
    await replaceRequirements(tx, stepId, requires);
    await syncStepFollowUps(tx, input.processId);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: before ? 'process_step.update' : 'process_step.create',
      entity: 'process_step',
      entityId: stepId,
      before: before ? { ...stepAuditView(before), requires: before.requires } : null,
      after: { ...stepAuditView({ ...(before ?? {}), ...row }), requires },
    });
    return { ok: true, stepId };
  });
}
