/**
 * syncProcessSteps: the steps a meeting's items treat follow the items' decisions. Called in the
 * transaction that publishes a meeting's agenda or minutes (publishMeetingVersion: with each draft
 * item's published item, so a step scheduled on a draft item links to the agenda item) and that
 * stores an imported meeting (storeMeetingDocument). A published item without a decision makes its
 * step scheduled; a decision's outcome sets it (domain/process.ts stepEffectOf): done; postponed —
 * open again, no longer scheduled, a new date needed; rejected — the process is flagged. Each
 * touched process's follow-ups follow. Two statements when the meeting treats no step.
 *
 * Who may call it: the publishing and import paths (the caller checked who may publish).
 */
import type { Tx } from '../../db/client.js';
import { linkPublishedItems, listMeetingSteps, syncStepFollowUps } from '../../db/stores/process-links.js';
import { type StepPatch, updateProcessRow, updateStep } from '../../db/stores/processes.js';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../domain/decision.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { rejectionFlag, stepEffectOf } from '../../domain/process.js';

export interface SyncProcessStepsInput {
  meetingId: number;
  /** Publishing: each draft item and the agenda item it became. */
  published?: readonly { draftItemId: number; itemId: number }[];
  now?: Date;
}

const isOutcome = (value: string | null): value is DecisionOutcome =>
  value !== null && (DECISION_OUTCOMES as readonly string[]).includes(value);

/** How many steps changed. */
export async function syncProcessSteps(tx: Tx, { meetingId, published = [], now = new Date() }: SyncProcessStepsInput) {
  await linkPublishedItems(tx, published);
  const steps = await listMeetingSteps(tx, meetingId);
  const today = copenhagenDate(now);
  const touched = new Set<number>();
  const flags = new Map<number, string>();
  for (const step of steps) {
    if (step.itemId === null || step.status === 'skipped') continue;
    let patch: StepPatch | null = null;
    if (!isOutcome(step.outcome)) {
      if (step.status === 'planned') patch = { status: 'scheduled' };
    } else {
      const effect = stepEffectOf(step.outcome);
      if (effect.kind === 'done' && step.status !== 'done') {
        patch = { status: 'done', completedOn: step.decidedOn ?? today };
      } else if (effect.kind === 'new_date_needed' && step.status !== 'planned') {
        patch = { status: 'planned', meetingId: null, draftItemId: null, completedOn: null };
      } else if (effect.kind === 'rejected') {
        flags.set(step.processId, rejectionFlag(step));
        if (step.status === 'done') patch = { status: 'scheduled', completedOn: null };
      }
    }
    if (patch) {
      await updateStep(tx, step.id, patch);
      touched.add(step.processId);
    }
  }
  for (const [processId, flaggedReason] of flags) await updateProcessRow(tx, processId, { flaggedReason });
  for (const processId of touched) await syncStepFollowUps(tx, processId);
  return touched.size;
}
