/**
 * createFollowUp: from a decision, the secretariat records something the decision asks for — what,
 * who answers for it, by when, and optionally the body it returns to ("forelægges KKR 16. juni").
 * The follow-up belongs to the deciding body and starts open.
 *
 * Who may call it: the deciding body's secretariat and admins (`edit_meeting`). Returns the new id, or why not.
 */
import type { Db } from '../../db/client.js';
import { findDecisionContext, insertFollowUp } from '../../db/stores/follow-ups.js';
import { findBody } from '../../db/stores/people.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { FOLLOW_UP_LIMITS } from '../../domain/follow-ups.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface CreateFollowUpInput {
  db: Db;
  decisionId: number;
  what: string;
  responsible: string;
  dueOn: string;
  returnToBodyId: number | null;
  actor: AuditActor;
  now?: Date;
}

export type CreateFollowUpRefusal =
  | 'decision_not_found'
  | 'what_missing'
  | 'what_too_long'
  | 'responsible_missing'
  | 'responsible_too_long'
  | 'due_invalid'
  | 'return_body_not_found';

export type CreateFollowUpResult = { ok: true; followUpId: number } | { ok: false; reason: CreateFollowUpRefusal };

export async function createFollowUp(input: CreateFollowUpInput): Promise<CreateFollowUpResult> {
  const what = input.what.trim();
  const responsible = input.responsible.trim();
  if (!what) return { ok: false, reason: 'what_missing' };
  if (what.length > FOLLOW_UP_LIMITS.whatMax) return { ok: false, reason: 'what_too_long' };
  if (!responsible) return { ok: false, reason: 'responsible_missing' };
  if (responsible.length > FOLLOW_UP_LIMITS.responsibleMax) return { ok: false, reason: 'responsible_too_long' };
  if (!isCalendarDate(input.dueOn)) return { ok: false, reason: 'due_invalid' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const context = await findDecisionContext(tx, input.decisionId);
    if (!context) return { ok: false, reason: 'decision_not_found' } as const;
    if (input.returnToBodyId !== null) {
      const body = await findBody(tx, input.returnToBodyId);
      if (!body) return { ok: false, reason: 'return_body_not_found' } as const;
    }
    const followUpId = await insertFollowUp(tx, {
      bodyId: context.bodyId,
      decisionItemId: context.itemId,
      what,
      responsible,
      dueOn: input.dueOn,
      returnToBodyId: input.returnToBodyId,
      createdByUserId: input.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'follow_up.create',
      entity: 'follow_up',
      entityId: followUpId,
      before: null,
      after: { itemId: context.itemId, dueOn: input.dueOn, returnToBodyId: input.returnToBodyId },
    });
    return { ok: true, followUpId } as const;
  });
}
