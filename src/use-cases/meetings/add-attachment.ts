/**
 * addAttachment: attaches a file (bilag) to a draft item. The file must be PDF, DOCX, XLSX, PPTX,
 * PNG, JPEG or plain text by its content (not only its name) and at most 25 MB. It is stored once
 * under the data folder as `attachments/<sha256>` (the same file twice is stored once); a closed
 * attachment, or any attachment of a closed item, is served to the body's members only. Writes
 * the audit log.
 *
 * Who may call it: the body's secretariat and admins. Returns the attachment's id, or why not.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client.js';
import { countDraftAttachments, insertDraftAttachment } from '../../db/stores/meetings.js';
import { type AttachmentProblem, checkAttachmentFile, cleanFileName } from '../../domain/attachment-file.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { type DraftChange, lockEditableItem } from './draft-access.js';

export interface AddAttachmentInput {
  db: Db;
  /** The data folder (PROTOKOL_DATA). */
  dataDir: string;
  itemId: number;
  /** The title shown with the attachment; the file's name without extension when empty. */
  title: string;
  fileName: string;
  bytes: Uint8Array;
  isClosed: boolean;
  actor: AuditActor;
}

export type AddAttachmentResult =
  | DraftChange<{ attachmentId: number; meetingId: number }>
  | { ok: false; reason: 'file_invalid'; problem: AttachmentProblem };

/** Where attachments are kept under the data folder. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** The stored file's path relative to the data folder. */
export function attachmentPath(sha256: string): string {
  return `${ATTACHMENTS_FOLDER}/${sha256}`;
}

export async function addAttachment(input: AddAttachmentInput): Promise<AddAttachmentResult> {
  const { db, dataDir, itemId, bytes, isClosed, actor } = input;
  const fileName = cleanFileName(input.fileName);
  const checked = checkAttachmentFile(fileName, bytes);
  if (!checked.ok) return { ok: false, reason: 'file_invalid', problem: checked.problem };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const title = (input.title.trim() || fileName.replace(/\.[^.]+$/, '')).slice(0, LIMITS.titleMax);
  // What is stored of the file, and what the audit log records of it.
  const file = { title, fileName, mediaType: checked.mediaType, sizeBytes: bytes.length, sha256, isClosed };
  return db.transaction(async (tx) => {
    const locked = await lockEditableItem(tx, itemId);
    if (!locked.ok) return locked;
    await storeAttachmentFile(dataDir, sha256, bytes);
    const position = await countDraftAttachments(tx, itemId);
    const attachmentId = await insertDraftAttachment(tx, { itemId, position, ...file });
    await recordAuditEntry(tx, {
      actor,
      action: 'attachment.add',
      entity: 'attachment',
      entityId: attachmentId,
      before: null,
      after: { itemId, meetingId: locked.meeting.id, ...file },
    });
    return { ok: true, attachmentId, meetingId: locked.meeting.id } as const;
  });
}

/** Writes the bytes as `attachments/<sha256>` unless they are there already (write to a temporary name, then rename). */
export async function storeAttachmentFile(dataDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = path.join(dataDir, attachmentPath(sha256));
  try {
    await fs.access(target);
    return;
  } catch {
    // not stored yet
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(temporary, bytes, { mode: 0o640 });
  await fs.rename(temporary, target);
}
