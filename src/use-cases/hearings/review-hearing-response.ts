/**
 * reviewHearingResponse: the secretariat publishes a response it has checked, withholds it with a
 * reason (shown publicly beside the sender's name and organisation; the text never), or takes the
 * decision back (received again). Not once the memo is published.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`), the demo loader. Returns ok
 * or why not.
 */
import type { Db } from '../../db/client.js';
import { lockHearing, lockResponse, setResponseState } from '../../db/stores/hearings.js';
import { HEARING_LIMITS } from '../../domain/hearing.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type ReviewRefusal = 'not_found' | 'not_allowed' | 'reason_missing' | 'reason_too_long' | 'memo_published';

export async function reviewHearingResponse(input: {
  db: Db;
  responseId: number;
  decision: 'publish' | 'withhold' | 'reopen';
  reason: string | null;
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<{ ok: true } | { ok: false; reason: ReviewRefusal }> {
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'withhold' && !reason) return { ok: false, reason: 'reason_missing' };
  if (reason.length > HEARING_LIMITS.reasonMax) return { ok: false, reason: 'reason_too_long' };
  return input.db.transaction(async (tx) => {
    const response = await lockResponse(tx, input.responseId);
    const hearing = response ? await lockHearing(tx, response.hearingId) : null;
    if (!response || !hearing) return { ok: false, reason: 'not_found' } as const;
    if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: hearing.bodyId }))
      return { ok: false, reason: 'not_allowed' } as const;
    if (hearing.memoPublishedAt) return { ok: false, reason: 'memo_published' } as const;
    const after = {
      state: input.decision === 'publish' ? 'published' : input.decision === 'withhold' ? 'withheld' : 'received',
      withheldReason: input.decision === 'withhold' ? reason : null,
    } as const;
    await setResponseState(tx, response.id, after);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: `hearing_response.${input.decision}`,
      entity: 'hearing_response',
      entityId: response.id,
      before: { state: response.state, withheldReason: response.withheldReason },
      after,
    });
    return { ok: true } as const;
  });
}
