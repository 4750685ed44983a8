/**
 * What completing and cancelling a follow-up share: the state machine (follow-ups.ts), the note and
 * the audit entry. Called through complete-follow-up.ts and cancel-follow-up.ts.
 */
import type { Db } from '../../db/client.js';
import { lockFollowUp, updateFollowUp } from '../../db/stores/follow-ups.js';
import { FOLLOW_UP_LIMITS, type FollowUpRefusal, transitionFollowUp } from '../../domain/follow-ups.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type CloseFollowUpResult = { ok: true } | { ok: false; reason: FollowUpRefusal | 'not_found' | 'note_too_long' };

/** What completing or cancelling takes: the follow-up and an optional note. */
export interface CloseFollowUpInput {
  db: Db;
  followUpId: number;
  note: string;
  actor: AuditActor;
  now?: Date;
}

export async function closeFollowUp(
  input: CloseFollowUpInput & { event: 'complete' | 'cancel' },
): Promise<CloseFollowUpResult> {
  const note = input.note.trim();
  if (note.length > FOLLOW_UP_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const current = await lockFollowUp(tx, input.followUpId);
    if (!current) return { ok: false, reason: 'not_found' } as const;
    const next = transitionFollowUp(current.state, input.event);
    if (!next.ok) return next;
    await updateFollowUp(tx, input.followUpId, {
      state: next.state,
      closedAt: now,
      closedNote: note || null,
      updatedAt: now,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: input.event === 'complete' ? 'follow_up.complete' : 'follow_up.cancel',
      entity: 'follow_up',
      entityId: input.followUpId,
      before: { state: current.state },
      after: { state: next.state },
    });
    return { ok: true } as const;
  });
}
