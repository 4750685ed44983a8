/**
 * receiveReport: the secretariat records a status report as received — the day, its text (or a
 * summary) and where the report itself is — and the follow-up that awaited it is done.
 *
 * Who may call it: as registerProject. One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { findAllocation, lockProject, lockReport, markReportReceived } from '../../db/stores/projects.js';
import { PROJECT_LIMITS } from '../../domain/project.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface ReceiveReportInput {
  db: Db;
  projectId: number;
  reportId: number;
  receivedOn: string;
  body: string | null;
  documentUrl: string | null;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type ReceiveReportResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'not_allowed' | 'already_received' | 'empty' | 'too_long' | 'bad_url' };

export async function receiveReport(input: ReceiveReportInput): Promise<ReceiveReportResult> {
  if (!input.body?.trim() && !input.documentUrl?.trim()) return { ok: false, reason: 'empty' };
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
    await markReportReceived(tx, report, {
      receivedOn: input.receivedOn,
      body: input.body?.trim() || null,
      documentUrl: input.documentUrl?.trim() || null,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.report_received',
      entity: 'project',
      entityId: project.id,
      before: { reportId: report.id, receivedOn: null },
      after: { reportId: report.id, receivedOn: input.receivedOn },
    });
    return { ok: true };
  });
}
