/**
 * removeAgendaItem: takes an item off the agenda being built, with its attachments; the items
 * after it move up a number. What was already published stays in the published versions until the
 * next publication. Writes the audit log with the item as it was.
 *
 * Who may call it: the body's secretariat and admins. Returns the meeting's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { deleteDraftItem, listDraftItemOrder, renumberDraftItems } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, itemAuditView, lockEditableItem } from './draft-access.js';

export interface RemoveAgendaItemInput {
  db: Db;
  itemId: number;
  actor: AuditActor;
}

export type RemoveAgendaItemResult = DraftChange<{ meetingId: number }>;

export async function removeAgendaItem({ db, itemId, actor }: RemoveAgendaItemInput): Promise<RemoveAgendaItemResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableItem(tx, itemId);
    if (!locked.ok) return locked;
    const meetingId = locked.meeting.id;
    const order = (await listDraftItemOrder(tx, meetingId)).map((item) => item.id);
    const number = order.indexOf(itemId) + 1;
    await deleteDraftItem(tx, itemId);
    await renumberDraftItems(
      tx,
      order.filter((id) => id !== itemId),
    );
    await recordAuditEntry(tx, {
      actor,
      action: 'agenda_item.remove',
      entity: 'agenda_item',
      entityId: itemId,
      before: { ...itemAuditView(locked.item, number), decision: locked.item.decision },
      after: null,
    });
    return { ok: true, meetingId } as const;
  });
}
