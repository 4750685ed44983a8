/**
 * scheduleProcessStep: the secretariat schedules a step on a meeting of the step's body — a new
 * draft item on that meeting's agenda named after the step (or a draft item already there) — or
 * links the step to an agenda item already published (an imported meeting's item: its decision
 * then sets the step's status at once). Publishing the agenda carries the link from the draft item
 * to the published item (syncProcessSteps). Writes the audit log.
 *
 * Who may call it: the owner body's secretariat and admins, who must also edit the meeting's body
 * for a draft item. Returns the process and the draft item, or why not.
 */
import type { Db, Tx } from '../../db/client.js';
import { insertDraftItem, listDraftItemOrder } from '../../db/stores/meetings.js';
import { findItemForStep, syncStepFollowUps } from '../../db/stores/process-links.js';
import { findDraftItemMeeting, findMeetingForStep, type StoredStep, updateStep } from '../../db/stores/processes.js';
import { itemFromTemplate } from '../../domain/agenda-templates.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { can } from '../../domain/roles.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockEditableMeeting } from '../meetings/draft-access.js';
import { clearFlagOf, lockStepFor, type ProcessActors, type ProcessProblem, stepAuditView } from './process-access.js';
import { syncProcessSteps } from './sync-process-steps.js';

export type ScheduleTarget =
  /** On a meeting: a new draft item, or the draft item given (on that meeting). */
  | { meetingId: number; draftItemId?: number | null }
  /** An agenda item already published. */
  | { itemId: number };

export interface ScheduleProcessStepInput extends ProcessActors {
  db: Db;
  stepId: number;
  target: ScheduleTarget;
}

export type ScheduleProblem =
  | ProcessProblem
  | 'meeting_not_found'
  | 'meeting_not_editable'
  | 'meeting_held'
  | 'item_not_found'
  | 'not_allowed_meeting'
  | 'already_closed';

export type ScheduleProcessStepResult =
  | { ok: true; processId: number; draftItemId: number | null }
  | { ok: false; reason: ScheduleProblem };

export async function scheduleProcessStep(input: ScheduleProcessStepInput): Promise<ScheduleProcessStepResult> {
  return input.db.transaction(async (tx): Promise<ScheduleProcessStepResult> => {
    const locked = await lockStepFor(tx, input.stepId, input);
    if (!locked.ok) return locked;
    const { loaded, step } = locked;
    if (step.status === 'done' || step.status === 'skipped') return { ok: false, reason: 'already_closed' };
    const mayEdit = (bodyId: number) =>
      input.actor === null ? input.auditActor.userId === null : can(input.actor, 'edit_meeting', { bodyId });

    if ('itemId' in input.target) {
      const item = await findItemForStep(tx, input.target.itemId);
      if (!item) return { ok: false, reason: 'item_not_found' };
      await updateStep(tx, step.id, {
        status: 'scheduled',
        meetingId: item.meetingId,
        draftItemId: null,
        itemId: item.id,
      });
      await syncProcessSteps(tx, { meetingId: item.meetingId });
      await syncStepFollowUps(tx, loaded.process.id);
      await audit(tx, input, step, { meetingId: item.meetingId, itemId: item.id });
      return { ok: true, processId: loaded.process.id, draftItemId: null };
    }

    const { meetingId } = input.target;
    const meeting = await findMeetingForStep(tx, meetingId);
    if (!meeting) return { ok: false, reason: 'meeting_not_found' };
    if (!mayEdit(meeting.bodyId)) return { ok: false, reason: 'not_allowed_meeting' };
    const editable = await lockEditableMeeting(tx, meetingId);
    if (!editable.ok) return { ok: false, reason: 'meeting_not_editable' };
    if (editable.meeting.status === 'minutes_published') return { ok: false, reason: 'meeting_held' };
    let draftItemId = input.target.draftItemId ?? null;
    if (draftItemId !== null) {
      if ((await findDraftItemMeeting(tx, draftItemId)) !== meetingId) return { ok: false, reason: 'item_not_found' };
    } else {
      const order = await listDraftItemOrder(tx, meetingId);
      const content = itemFromTemplate('case', `${loaded.process.title}: ${step.title}`.slice(0, LIMITS.titleMax));
      const created = await insertDraftItem(tx, {
        meetingId,
        position: order.length === 0 ? 0 : Math.max(...order.map((item) => item.position)) + 1,
        title: content.title,
        isClosed: content.isClosed,
        sections: content.sections,
      });
      draftItemId = created.id;
      await recordAuditEntry(tx, {
        actor: input.auditActor,
        action: 'agenda_item.create',
        entity: 'agenda_item',
        entityId: created.id,
        before: null,
        after: { template: 'case', title: content.title, processStepId: step.id },
      });
    }
    await updateStep(tx, step.id, { status: 'scheduled', meetingId, draftItemId, itemId: null });
    await clearFlagOf(tx, loaded, step);
    await syncStepFollowUps(tx, loaded.process.id);
    await audit(tx, input, step, { meetingId, draftItemId });
    return { ok: true, processId: loaded.process.id, draftItemId };
  });
}

async function audit(
  tx: Tx,
  input: ScheduleProcessStepInput,
  step: StoredStep,
  after: Record<string, unknown>,
): Promise<void> {
  await recordAuditEntry(tx, {
    actor: input.auditActor,
    action: 'process_step.schedule',
    entity: 'process_step',
    entityId: step.id,
    before: stepAuditView(step),
    after: stepAuditView({ ...step, status: 'scheduled', ...after }),
  });
}
