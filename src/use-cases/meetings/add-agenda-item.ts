/**
 * addAgendaItem: adds an item at the end of a meeting's agenda, from one of the standard templates
 * (Godkendelse af dagsorden, Meddelelser, Mødekalender, Eventuelt, a closed item, a case item). It
 * gets the next number; the sections of the template are ready to be written. Writes the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the new item's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { insertDraftItem, listDraftItemOrder } from '../../db/stores/meetings.js';
import { type AgendaTemplate, itemFromTemplate } from '../../domain/agenda-templates.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, itemAuditView, lockEditableMeeting } from './draft-access.js';

export interface AddAgendaItemInput {
  db: Db;
  meetingId: number;
  template: AgendaTemplate;
  /** Replaces the template's title when given. */
  title?: string;
  actor: AuditActor;
}

export type AddAgendaItemResult = DraftChange<{ itemId: number; number: number }>;

export async function addAgendaItem({
  db,
  meetingId,
  template,
  title,
  actor,
}: AddAgendaItemInput): Promise<AddAgendaItemResult> {
  const content = itemFromTemplate(template, title?.slice(0, LIMITS.titleMax));
  return db.transaction(async (tx) => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const order = await listDraftItemOrder(tx, meetingId);
    const position = order.length === 0 ? 0 : Math.max(...order.map((item) => item.position)) + 1;
    const created = await insertDraftItem(tx, {
      meetingId,
      position,
      title: content.title,
      isClosed: content.isClosed,
      sections: content.sections,
    });
    await recordAuditEntry(tx, {
      actor,
      action: 'agenda_item.create',
      entity: 'agenda_item',
      entityId: created.id,
      before: null,
      after: { template, ...itemAuditView(created, order.length + 1) },
    });
    return { ok: true, itemId: created.id, number: order.length + 1 } as const;
  });
}
