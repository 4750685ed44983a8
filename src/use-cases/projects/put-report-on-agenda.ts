/**
 * putReportOnAgenda: one action puts a received status report on a coming meeting of one of the
 * project's bodies (or of its frame's deciding body): a new draft case item at the end of that
 * meeting's agenda, titled with the project and the report named in its summary, the report's PDF
 * (when it came as one) attached to the item, and the report remembers the item. The agenda
 * builder takes it from there.
 *
 * Who may call it: the meeting body's secretariat and admins. One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { insertDraftAttachment, insertDraftItem, listDraftItemOrder } from '../../db/stores/meetings.js';
import { findAllocation, lockProject, lockReport, setReportDraftItem } from '../../db/stores/projects.js';
import { itemFromTemplate } from '../../domain/agenda-templates.js';
import { formatDate } from '../../domain/danish-dates.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockEditableMeeting } from '../meetings/draft-access.js';

export interface PutReportOnAgendaInput {
  db: Db;
  projectId: number;
  reportId: number;
  meetingId: number;
  /** Today, Danish date: the meeting must not be before it. */
  today: string;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type PutReportOnAgendaResult =
  | { ok: true; itemId: number; number: number }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'not_received'
        | 'already_on_agenda'
        | 'meeting_not_found'
        | 'meeting_not_editable'
        | 'meeting_past'
        | 'meeting_of_other_body'
        | 'not_allowed';
    };

export async function putReportOnAgenda(input: PutReportOnAgendaInput): Promise<PutReportOnAgendaResult> {
  return input.db.transaction(async (tx): Promise<PutReportOnAgendaResult> => {
    const project = await lockProject(tx, input.projectId);
    if (!project) return { ok: false, reason: 'not_found' };
    const report = await lockReport(tx, project.id, input.reportId);
    if (!report) return { ok: false, reason: 'not_found' };
    if (report.receivedOn === null) return { ok: false, reason: 'not_received' };
    if (report.draftItemId !== null) return { ok: false, reason: 'already_on_agenda' };
    const locked = await lockEditableMeeting(tx, input.meetingId);
    if (!locked.ok)
      return { ok: false, reason: locked.reason === 'not_found' ? 'meeting_not_found' : 'meeting_not_editable' };
    const meeting = locked.meeting;
    if (meeting.heldOn < input.today) return { ok: false, reason: 'meeting_past' };
    const allocation =
      project.frameId !== null && project.allocationPosition !== null
        ? await findAllocation(tx, project.frameId, project.allocationPosition)
        : null;
    if (![...project.bodyIds, allocation?.decidingBodyId].includes(meeting.bodyId))
      return { ok: false, reason: 'meeting_of_other_body' };
    if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: meeting.bodyId }))
      return { ok: false, reason: 'not_allowed' };
    const content = itemFromTemplate('case', `Statusrapport: ${project.name}`.slice(0, LIMITS.titleMax));
    const summary = `Statusrapporten fra projektet »${project.name}«, der skulle afleveres ${formatDate(report.dueOn)}, er modtaget ${formatDate(report.receivedOn)}.`;
    const sections = content.sections.map((section) =>
      section.kind === 'summary' ? { ...section, text: summary } : section,
    );
    const order = await listDraftItemOrder(tx, meeting.id);
    const position = order.length === 0 ? 0 : Math.max(...order.map((item) => item.position)) + 1;
    const created = await insertDraftItem(tx, {
      meetingId: meeting.id,
      position,
      title: content.title,
      isClosed: false,
      sections,
    });
    if (report.file)
      await insertDraftAttachment(tx, {
        itemId: created.id,
        position: 0,
        title: `Statusrapport: ${project.name}`.slice(0, LIMITS.titleMax),
        fileName: report.file.name,
        mediaType: 'application/pdf',
        sizeBytes: report.file.sizeBytes,
        sha256: report.file.sha256,
        isClosed: false,
      });
    await setReportDraftItem(tx, report.id, created.id);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.report_on_agenda',
      entity: 'project',
      entityId: project.id,
      before: { reportId: report.id, draftItemId: null },
      after: { reportId: report.id, draftItemId: created.id, meetingId: meeting.id, number: order.length + 1 },
    });
    return { ok: true, itemId: created.id, number: order.length + 1 };
  });
}
