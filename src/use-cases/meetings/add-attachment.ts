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
import {
  type AttachmentProblem,
  checkAttachmentFile,
  cleanFileName,
  type StorageProblem,
} from '../../domain/attachment-file.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { AppError } from '../../errors.js';
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
  | { ok: false; reason: 'file_invalid'; problem: AttachmentProblem }
  | { ok: false; reason: 'storage_failed'; problem: StorageProblem; detail: string };

/** The attachment store refused a file; nothing of it is left behind. */
export class StorageUnavailable extends AppError {
  constructor(
    readonly problem: StorageProblem,
    folder: string,
    cause: unknown,
  ) {
    super(
      'storage_unavailable',
      problem === 'disk_full'
        ? `Bilaget kunne ikke gemmes: der er ikke mere plads på disken med datamappens bilag (${folder}).`
        : `Bilaget kunne ikke gemmes: mappen til bilag kan ikke skrives (${folder}). Tjek rettighederne og PROTOKOL_DATA.`,
      { cause },
    );
  }
}

const STORAGE_PROBLEMS: Record<string, StorageProblem> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EACCES: 'not_writable',
  EPERM: 'not_writable',
  EROFS: 'not_writable',
  ENOTDIR: 'not_writable',
  EEXIST: 'not_writable',
  EISDIR: 'not_writable',
};

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
    try {
      await storeAttachmentFile(dataDir, sha256, bytes);
    } catch (error) {
      if (error instanceof StorageUnavailable)
        return { ok: false, reason: 'storage_failed', problem: error.problem, detail: error.message };
      throw error;
    }
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

/**
 * Writes the bytes as `attachments/<sha256>` unless they are there already (write to a temporary
 * name, then rename). A full disk or a folder that cannot be written is a StorageUnavailable
 * naming the folder, with the temporary file removed.
 */
export async function storeAttachmentFile(dataDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = path.join(dataDir, attachmentPath(sha256));
  try {
    await fs.access(target);
    return;
  } catch {
    // not stored yet
  }
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temporary, bytes, { mode: 0o640 });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => {});
    const problem = STORAGE_PROBLEMS[(error as { code?: string }).code ?? ''];
    if (problem) throw new StorageUnavailable(problem, path.dirname(target), error);
    throw error;
  }
}
