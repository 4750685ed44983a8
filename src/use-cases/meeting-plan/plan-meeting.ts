/**
 * planMeeting: adds an entry to a body's meeting calendar — an ordinary or extraordinary meeting,
 * a seminar, a conference or a visit — optionally with the decision that set it. The creation is
 * the entry's first recorded change.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns the entry's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { findDecisionContext } from '../../db/stores/follow-ups.js';
import { insertPlanChange, insertPlanEntry } from '../../db/stores/meeting-plan.js';
import { findBody } from '../../db/stores/people.js';
import type { PlanEntryFields } from '../../domain/meeting-plan.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type PlanEntryRefusal, snapshotOf, validatePlanEntry } from './plan-entry-fields.js';

export interface PlanMeetingInput {
  db: Db;
  bodyId: number;
  entry: PlanEntryFields;
  /** The decision that put it in the plan, if one did. */
  decisionId: number | null;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export type PlanMeetingResult =
  | { ok: true; entryId: number }
  | { ok: false; reason: PlanEntryRefusal | 'body_not_found' | 'decision_not_found' };

export async function planMeeting(input: PlanMeetingInput): Promise<PlanMeetingResult> {
  const checked = validatePlanEntry(input.entry, input.note);
  if (!checked.ok) return checked;
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const decision = input.decisionId === null ? null : await findDecisionContext(tx, input.decisionId);
    if (input.decisionId !== null && !decision) return { ok: false, reason: 'decision_not_found' } as const;
    const entryId = await insertPlanEntry(tx, {
      bodyId: input.bodyId,
      ...checked.entry,
      createdAt: now,
      updatedAt: now,
    });
    const after = snapshotOf({ ...checked.entry, isCancelled: false });
    await insertPlanChange(tx, {
      entryId,
      changedAt: now,
      changedByUserId: input.actor.userId,
      decisionItemId: decision?.itemId ?? null,
      note: checked.note,
      before: null,
      after,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'meeting_plan.create',
      entity: 'meeting_plan_entry',
      entityId: entryId,
      before: null,
      after: { ...after, decisionItemId: decision?.itemId ?? null },
    });
    return { ok: true, entryId } as const;
  });
}
