/**
 * changeMeetingPlan: changes an entry of a body's meeting calendar — moves it, renames it, cancels
 * it or reinstates it — recording the change with the decision that made it and a note ("Godkendt
 * med den bemærkning, at tidspunkt for seminar bliver den 31. august"). The change is kept with the
 * entry as it was before and after; entries are never deleted.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import { findDecisionContext } from '../../db/stores/follow-ups.js';
import { insertPlanChange, lockPlanEntry, updatePlanEntry } from '../../db/stores/meeting-plan.js';
import type { PlanEntryFields, PlanEntryKind } from '../../domain/meeting-plan.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type PlanEntryRefusal, snapshotOf, validatePlanEntry } from './plan-entry-fields.js';

export interface ChangeMeetingPlanInput {
  db: Db;
  entryId: number;
  entry: PlanEntryFields;
  isCancelled: boolean;
  decisionId: number | null;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export type ChangeMeetingPlanResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: PlanEntryRefusal | 'not_found' | 'decision_not_found' };

export async function changeMeetingPlan(input: ChangeMeetingPlanInput): Promise<ChangeMeetingPlanResult> {
  const checked = validatePlanEntry(input.entry, input.note);
  if (!checked.ok) return checked;
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const current = await lockPlanEntry(tx, input.entryId);
    if (!current) return { ok: false, reason: 'not_found' } as const;
    const decision = input.decisionId === null ? null : await findDecisionContext(tx, input.decisionId);
    if (input.decisionId !== null && !decision) return { ok: false, reason: 'decision_not_found' } as const;
    const before = snapshotOf({ ...current, kind: current.kind as PlanEntryKind });
    const after = snapshotOf({ ...checked.entry, isCancelled: input.isCancelled });
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, changed: false } as const;
    await updatePlanEntry(tx, input.entryId, { ...checked.entry, isCancelled: input.isCancelled, updatedAt: now });
    await insertPlanChange(tx, {
      entryId: input.entryId,
      changedAt: now,
      changedByUserId: input.actor.userId,
      decisionItemId: decision?.itemId ?? null,
      note: checked.note,
      before: { ...before },
      after,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'meeting_plan.change',
      entity: 'meeting_plan_entry',
      entityId: input.entryId,
      before: { ...before },
      after: { ...after, decisionItemId: decision?.itemId ?? null },
    });
    return { ok: true, changed: true } as const;
  });
}
