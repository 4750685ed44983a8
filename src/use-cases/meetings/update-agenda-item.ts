/**
 * updateAgendaItem: saves an item's title, time slot, case number, closed flag and sections
 * (Markdown). The form names the revision it was opened at; when someone else saved the item in
 * between, nothing is saved and the saved item comes back, so that the user can merge their text
 * with it and save again (optimistic concurrency: nothing is silently overwritten). Writes the
 * audit log with the item before and after.
 *
 * Who may call it: the body's secretariat and admins. Returns the new revision, or why not.
 */
import type { Db } from '../../db/client.js';
import { type DraftItem, type DraftSection, updateDraftItem } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { itemAuditView, lockEditableItem, type RevisedChange, sameJson } from './draft-access.js';

export interface AgendaItemFields {
  title: string;
  timeSlot: string | null;
  caseNumber: string | null;
  isClosed: boolean;
  sections: DraftSection[];
}

export interface UpdateAgendaItemInput extends AgendaItemFields {
  db: Db;
  itemId: number;
  /** The revision the form was opened at. */
  revision: number;
  actor: AuditActor;
}

export type UpdateAgendaItemResult = RevisedChange<DraftItem, { meetingId: number }>;

export async function updateAgendaItem({
  db,
  itemId,
  revision,
  actor,
  ...fields
}: UpdateAgendaItemInput): Promise<UpdateAgendaItemResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableItem(tx, itemId);
    if (!locked.ok) return locked;
    const before = locked.item;
    if (before.revision !== revision) return { ok: false, reason: 'conflict', current: before } as const;
    const written = (section: DraftSection) => section.text.trim() !== '';
    const sections = fields.sections.filter(written);
    const after = { ...before, ...fields, sections };
    // A template's empty sections are not text: an item saved as it was opened is not a change.
    const unchanged = { ...before, sections: before.sections.filter(written) };
    if (sameJson(itemAuditView(unchanged), itemAuditView(after))) {
      return { ok: true, meetingId: before.meetingId, revision, changed: false } as const;
    }
    const next = revision + 1;
    await updateDraftItem(tx, itemId, { ...fields, sections, revision: next });
    await recordAuditEntry(tx, {
      actor,
      action: 'agenda_item.update',
      entity: 'agenda_item',
      entityId: itemId,
      before: itemAuditView(before),
      after: itemAuditView({ ...after, revision: next }),
    });
    return { ok: true, meetingId: before.meetingId, revision: next, changed: true } as const;
  });
}
