/**
 * linkFollowUpItem: links a follow-up to the later agenda item that answers it (the annual status,
 * the plan presented), in any body — or removes the link (itemId null). The item must be on a
 * meeting no earlier than the decision's. Not for cancelled follow-ups.
 *
 * Who may call it: the follow-up body's secretariat and admins (`edit_meeting`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import { findItemContext, lockFollowUp, updateFollowUp } from '../../db/stores/follow-ups.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type LinkFollowUpItemResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'item_not_found' | 'item_not_later' | 'already-cancelled' };

export async function linkFollowUpItem(input: {
  db: Db;
  followUpId: number;
  itemId: number | null;
  actor: AuditActor;
  now?: Date;
}): Promise<LinkFollowUpItemResult> {
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    const current = await lockFollowUp(tx, input.followUpId);
    if (!current) return { ok: false, reason: 'not_found' } as const;
    if (current.state === 'cancelled') return { ok: false, reason: 'already-cancelled' } as const;
    if (input.itemId !== null) {
      const item = await findItemContext(tx, input.itemId);
      if (!item) return { ok: false, reason: 'item_not_found' } as const;
      const origin = current.decisionItemId === null ? null : await findItemContext(tx, current.decisionItemId);
      if (origin && (item.heldOn < origin.heldOn || item.itemId === origin.itemId)) {
        return { ok: false, reason: 'item_not_later' } as const;
      }
    }
    await updateFollowUp(tx, input.followUpId, { answeredByItemId: input.itemId, updatedAt: now });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'follow_up.link_item',
      entity: 'follow_up',
      entityId: input.followUpId,
      before: { answeredByItemId: current.answeredByItemId },
      after: { answeredByItemId: input.itemId },
    });
    return { ok: true } as const;
  });
}
