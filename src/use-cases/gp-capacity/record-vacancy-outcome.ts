/**
 * recordVacancyOutcome: a vacant practice number ends — re-filled, moved or withdrawn — by a
 * decision: its outcome, the day, the agenda item whose decision it was (when linked) and a note.
 * Once only, and not before the vacancy's clock started (domain/gp-capacity.ts). The board's
 * snapshot of the month of `today` is made again (one vacancy fewer open).
 *
 * Who may call it: the secretariat of the board's health council (`edit_meeting` there) and
 * admins; the command line and the demo loader (actor null). One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { findItemBody } from '../../db/stores/frames.js';
import { endVacancy, findBoardOfBody, lockVacancy } from '../../db/stores/gp-capacity.js';
import { checkVacancyOutcome, GP_LIMITS, monthOf, type VacancyOutcome } from '../../domain/gp-capacity.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from '../projects/access.js';
import { takeMonthSnapshot } from './take-month-snapshot.js';

export interface RecordVacancyOutcomeInput {
  db: Db;
  bodyId: number;
  vacancyId: number;
  outcome: VacancyOutcome;
  decidedOn: string;
  decisionItemId: number | null;
  note: string | null;
  /** The Danish day of the change: the history's month. */
  today: string;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type RecordVacancyOutcomeResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'not_allowed'
        | 'already_ended'
        | 'before_clock'
        | 'bad_date'
        | 'decision_not_found'
        | 'note_too_long';
    };

export async function recordVacancyOutcome(input: RecordVacancyOutcomeInput): Promise<RecordVacancyOutcomeResult> {
  if ((input.note?.length ?? 0) > GP_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  return input.db.transaction(async (tx): Promise<RecordVacancyOutcomeResult> => {
    const board = await findBoardOfBody(tx, input.bodyId);
    const vacancy = board ? await lockVacancy(tx, board.id, input.vacancyId) : null;
    if (!board || !vacancy) return { ok: false, reason: 'not_found' };
    if (!mayActFor(input.actor, [vacancy.bodyId])) return { ok: false, reason: 'not_allowed' };
    const check = checkVacancyOutcome(vacancy, input.decidedOn);
    if (!check.ok) return { ok: false, reason: check.reason };
    if (input.decisionItemId !== null && (await findItemBody(tx, input.decisionItemId)) === null)
      return { ok: false, reason: 'decision_not_found' };
    await endVacancy(tx, {
      id: vacancy.id,
      outcome: input.outcome,
      endedOn: input.decidedOn,
      decisionItemId: input.decisionItemId,
      note: input.note,
    });
    await takeMonthSnapshot(tx, board.id, monthOf(input.today));
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'gp_vacancy.end',
      entity: 'gp_vacancy',
      entityId: vacancy.id,
      before: { outcome: null },
      after: {
        practiceNumber: vacancy.practiceNumber,
        outcome: input.outcome,
        endedOn: input.decidedOn,
        decisionItemId: input.decisionItemId,
      },
    });
    return { ok: true };
  });
}
