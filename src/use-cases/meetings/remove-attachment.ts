/**
 * removeAttachment: takes an attachment off a draft item (the stored file stays: it may belong to
 * a published version or another item). Writes the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the item's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { deleteDraftAttachment, findDraftAttachment } from '../../db/stores/meetings.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, lockEditableItem } from './draft-access.js';

export interface RemoveAttachmentInput {
  db: Db;
  attachmentId: number;
  actor: AuditActor;
}

export type RemoveAttachmentResult = DraftChange<{ itemId: number }>;

export async function removeAttachment({
  db,
  attachmentId,
  actor,
}: RemoveAttachmentInput): Promise<RemoveAttachmentResult> {
  return db.transaction(async (tx) => {
    const attachment = await findDraftAttachment(tx, attachmentId);
    if (!attachment) return { ok: false, reason: 'not_found' } as const;
    const locked = await lockEditableItem(tx, attachment.itemId);
    if (!locked.ok) return locked;
    await deleteDraftAttachment(tx, attachmentId);
    await recordAuditEntry(tx, {
      actor,
      action: 'attachment.remove',
      entity: 'attachment',
      entityId: attachmentId,
      before: {
        itemId: attachment.itemId,
        title: attachment.title,
        fileName: attachment.fileName,
        sha256: attachment.sha256,
        isClosed: attachment.isClosed,
      },
      after: null,
    });
    return { ok: true, itemId: attachment.itemId } as const;
  });
}
