/**
 * moveAgendaItem: moves an item one place up or down the agenda; every item is renumbered by its
 * new place (the numbers are always 1, 2, 3 …). Moving the first item up or the last one down
 * changes nothing. Writes the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the item's new number, or why not.
 */
import type { Db } from '../../db/client.js';
import { listDraftItemOrder, renumberDraftItems, updateDraftItem } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, lockEditableItem } from './draft-access.js';

export interface MoveAgendaItemInput {
  db: Db;
  itemId: number;
  direction: 'up' | 'down';
  actor: AuditActor;
}

export type MoveAgendaItemResult = DraftChange<{ meetingId: number; number: number; moved: boolean }>;

export async function moveAgendaItem({
  db,
  itemId,
  direction,
  actor,
}: MoveAgendaItemInput): Promise<MoveAgendaItemResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableItem(tx, itemId);
    if (!locked.ok) return locked;
    const meetingId = locked.meeting.id;
    const order = (await listDraftItemOrder(tx, meetingId)).map((item) => item.id);
    const from = order.indexOf(itemId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { ok: true, meetingId, number: from + 1, moved: false } as const;
    [order[from], order[to]] = [order[to], order[from]];
    // Positions become 0, 1, 2 … in the new order: the numbers follow.
    await renumberDraftItems(tx, order);
    await updateDraftItem(tx, itemId, {});
    await recordAuditEntry(tx, {
      actor,
      action: 'agenda_item.move',
      entity: 'agenda_item',
      entityId: itemId,
      before: { meetingId, number: from + 1, title: locked.item.title },
      after: { meetingId, number: to + 1, title: locked.item.title },
    });
    return { ok: true, meetingId, number: to + 1, moved: true } as const;
  });
}
