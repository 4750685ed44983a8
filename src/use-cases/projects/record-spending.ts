/**
 * recordSpending: the secretariat records what a project spent (forbrug) — an amount in øre, the
 * day and a note; a project has several entries. The sum never goes above what the project holds
 * of its grant (granted minus what it gave back when it stopped): refused with the amount left
 * (domain/project.ts's `checkSpending`). The entries, summed per allocation part, are the frame
 * picture's "spent".
 *
 * Who may call it: as registerProject (the secretariat of one of its bodies or of its frame's
 * deciding body, admins). One transaction with the project locked, the audit log.
 */
import type { Db } from '../../db/client.js';
import { findAllocation, insertSpending, lockProject, sumProjectSpent } from '../../db/stores/projects.js';
import { checkSpending, PROJECT_LIMITS } from '../../domain/project.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface RecordSpendingInput {
  db: Db;
  projectId: number;
  amountOre: bigint;
  spentOn: string;
  note: string;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type RecordSpendingResult =
  | { ok: true; spendingId: number; leftOre: bigint }
  | { ok: false; reason: 'not_found' | 'not_allowed' | 'not_granted' | 'not_positive' | 'note_too_long' }
  | { ok: false; reason: 'over_granted'; leftOre: bigint };

export async function recordSpending(input: RecordSpendingInput): Promise<RecordSpendingResult> {
  if (input.note.length > PROJECT_LIMITS.spendingNoteMax) return { ok: false, reason: 'note_too_long' };
  return input.db.transaction(async (tx): Promise<RecordSpendingResult> => {
    const project = await lockProject(tx, input.projectId);
    if (!project) return { ok: false, reason: 'not_found' };
    const allocation =
      project.frameId !== null && project.allocationPosition !== null
        ? await findAllocation(tx, project.frameId, project.allocationPosition)
        : null;
    if (!mayActFor(input.actor, [...project.bodyIds, allocation?.decidingBodyId ?? null]))
      return { ok: false, reason: 'not_allowed' };
    const check = checkSpending({
      status: project.status,
      grantedOre: project.grantedOre,
      returnedOre: project.returnedOre,
      spentOre: await sumProjectSpent(tx, project.id),
      amountOre: input.amountOre,
    });
    if (!check.ok) return check;
    const spendingId = await insertSpending(tx, {
      projectId: project.id,
      amountOre: input.amountOre,
      spentOn: input.spentOn,
      note: input.note.trim(),
      userId: input.auditActor.userId,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.spending',
      entity: 'project',
      entityId: project.id,
      before: null,
      after: { spendingId, amountOre: String(input.amountOre), spentOn: input.spentOn },
    });
    return { ok: true, spendingId, leftOre: check.leftOre };
  });
}
