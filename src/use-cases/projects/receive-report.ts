/**
 * receiveReport: the secretariat records a status report as received — the day, its text (or a
 * summary), where the report itself is, and/or the report as a PDF (by its content, at most 10 MB,
 * stored under the data folder by its SHA-256 as attachments and hearing responses are) — and the
 * follow-up that awaited it is done.
 *
 * Who may call it: as registerProject. One transaction, the audit log.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { findAllocation, lockProject, lockReport, markReportReceived } from '../../db/stores/projects.js';
import { cleanFileName } from '../../domain/attachment-file.js';
import { checkResponseFile, type ResponseFileProblem } from '../../domain/hearing.js';
import { PROJECT_LIMITS } from '../../domain/project.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { StorageUnavailable, storeAttachmentFile } from '../meetings/add-attachment.js';
import { mayActFor } from './access.js';

export interface ReceiveReportInput {
  db: Db;
  projectId: number;
  reportId: number;
  receivedOn: string;
  body: string | null;
  documentUrl: string | null;
  /** The report as a PDF, if sent. */
  file?: { name: string; bytes: Uint8Array } | null;
  /** The data folder (PROTOKOL_DATA); a file cannot be stored without it. */
  dataDir?: string;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type ReceiveReportResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'not_allowed' | 'already_received' | 'empty' | 'too_long' | 'bad_url' }
  | { ok: false; reason: 'bad_file'; problem: ResponseFileProblem | 'no_storage' };

export async function receiveReport(input: ReceiveReportInput): Promise<ReceiveReportResult> {
  const upload = input.file ?? null;
  if (!input.body?.trim() && !input.documentUrl?.trim() && !upload) return { ok: false, reason: 'empty' };
  if (upload) {
    const problem = checkResponseFile(upload.bytes);
    if (problem) return { ok: false, reason: 'bad_file', problem };
    if (!input.dataDir) return { ok: false, reason: 'bad_file', problem: 'no_storage' };
  }
  if ((input.body?.length ?? 0) > PROJECT_LIMITS.reportMax) return { ok: false, reason: 'too_long' };
  // Shown as a link on the public page: a web address only (never javascript: or data:).
  if (input.documentUrl?.trim() && !/^https?:\/\/\S+$/.test(input.documentUrl.trim()))
    return { ok: false, reason: 'bad_url' };
  return input.db.transaction(async (tx): Promise<ReceiveReportResult> => {
    const project = await lockProject(tx, input.projectId);
    if (!project) return { ok: false, reason: 'not_found' };
    const allocation =
      project.frameId !== null && project.allocationPosition !== null
        ? await findAllocation(tx, project.frameId, project.allocationPosition)
        : null;
    if (!mayActFor(input.actor, [...project.bodyIds, allocation?.decidingBodyId ?? null]))
      return { ok: false, reason: 'not_allowed' };
    const report = await lockReport(tx, project.id, input.reportId);
    if (!report) return { ok: false, reason: 'not_found' };
    if (report.receivedOn !== null) return { ok: false, reason: 'already_received' };
    let file: { sha256: string; name: string; sizeBytes: number } | null = null;
    if (upload && input.dataDir) {
      const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
      try {
        await storeAttachmentFile(input.dataDir, sha256, upload.bytes);
      } catch (error) {
        if (error instanceof StorageUnavailable) return { ok: false, reason: 'bad_file', problem: 'no_storage' };
        throw error;
      }
      file = { sha256, name: cleanFileName(upload.name) || 'rapport.pdf', sizeBytes: upload.bytes.length };
    }
    await markReportReceived(tx, report, {
      receivedOn: input.receivedOn,
      body: input.body?.trim() || null,
      documentUrl: input.documentUrl?.trim() || null,
      file,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.report_received',
      entity: 'project',
      entityId: project.id,
      before: { reportId: report.id, receivedOn: null },
      after: { reportId: report.id, receivedOn: input.receivedOn, ...(file ? { file } : {}) },
    });
    return { ok: true };
  });
}
