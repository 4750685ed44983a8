/**
 * recordDecision: records the decision on an item for the minutes — its text (Markdown), its
 * outcome (as chosen, or derived from the text), parts ("Ad 1 – …", from the text) and dissents
 * (as listed, or derived) — and who was absent during the item. An empty text removes the
 * decision. Like the item editor it names the revision it started from: a stale one gives back the
 * saved item to merge with. Writes the audit log with the decision before and after.
 *
 * Who may call it: the body's secretariat and admins. Returns the new revision, or why not.
 */
import type { Db } from '../../db/client.js';
import { type DraftAbsentee, type DraftDecision, type DraftItem, updateDraftItem } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockEditableItem, type RevisedChange, sameJson } from './draft-access.js';

export interface RecordDecisionInput {
  db: Db;
  itemId: number;
  revision: number;
  /** Null or an empty text: no decision. */
  decision: DraftDecision | null;
  absentees: DraftAbsentee[];
  actor: AuditActor;
}

export type RecordDecisionResult = RevisedChange<DraftItem, { meetingId: number }>;

export async function recordDecision({
  db,
  itemId,
  revision,
  decision,
  absentees,
  actor,
}: RecordDecisionInput): Promise<RecordDecisionResult> {
  return db.transaction(async (tx) => {
    const locked = await lockEditableItem(tx, itemId);
    if (!locked.ok) return locked;
    const before = locked.item;
    if (before.revision !== revision) return { ok: false, reason: 'conflict', current: before } as const;
    const recorded = decision && decision.text.trim() !== '' ? { ...decision, text: decision.text.trim() } : null;
    const view = (value: { decision: DraftDecision | null; absentees: DraftAbsentee[] }) => ({
      meetingId: before.meetingId,
      title: before.title,
      decision: value.decision,
      absentees: value.absentees,
    });
    if (sameJson(view(before), view({ decision: recorded, absentees }))) {
      return { ok: true, meetingId: before.meetingId, revision, changed: false } as const;
    }
    const next = revision + 1;
    await updateDraftItem(tx, itemId, { decision: recorded, absentees, revision: next });
    await recordAuditEntry(tx, {
      actor,
      action: 'decision.record',
      entity: 'agenda_item',
      entityId: itemId,
      before: view(before),
      after: view({ decision: recorded, absentees }),
    });
    return { ok: true, meetingId: before.meetingId, revision: next, changed: true } as const;
  });
}
