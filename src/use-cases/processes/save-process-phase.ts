/**
 * saveProcessPhase: the secretariat adds a phase (a bar on the timeline) or changes one, or
 * removes it (`remove`: its steps stay, without a phase). Writes the audit log.
 *
 * Who may call it: the owner body's secretariat and admins. Returns the phase's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { deletePhase, insertPhase, updatePhase } from '../../db/stores/processes.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { PROCESS_LIMITS } from '../../domain/process.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockProcessFor, type ProcessActors, type ProcessProblem } from './process-access.js';

export interface SaveProcessPhaseInput extends ProcessActors {
  db: Db;
  processId: number;
  /** Null: a new phase. */
  phaseId: number | null;
  /** Null: remove the phase. */
  values: { title: string; startsOn: string; endsOn: string } | null;
}

export type PhaseField = 'title' | 'startsOn' | 'endsOn';
export type SaveProcessPhaseResult =
  | { ok: true; phaseId: number | null }
  | { ok: false; reason: ProcessProblem }
  | {
      ok: false;
      reason: 'invalid';
      problems: { field: PhaseField; reason: 'missing' | 'too_long' | 'invalid' | 'before_start' }[];
    };

export async function saveProcessPhase(input: SaveProcessPhaseInput): Promise<SaveProcessPhaseResult> {
  const values = input.values;
  if (values) {
    const problems: Extract<SaveProcessPhaseResult, { reason: 'invalid' }>['problems'] = [];
    if (!values.title.trim()) problems.push({ field: 'title', reason: 'missing' });
    else if (values.title.length > PROCESS_LIMITS.titleMax) problems.push({ field: 'title', reason: 'too_long' });
    if (!isCalendarDate(values.startsOn)) problems.push({ field: 'startsOn', reason: 'invalid' });
    if (!isCalendarDate(values.endsOn)) problems.push({ field: 'endsOn', reason: 'invalid' });
    else if (values.endsOn < values.startsOn) problems.push({ field: 'endsOn', reason: 'before_start' });
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  }
  return input.db.transaction(async (tx): Promise<SaveProcessPhaseResult> => {
    const locked = await lockProcessFor(tx, input.processId, input);
    if (!locked.ok) return locked;
    const before = input.phaseId === null ? null : locked.loaded.phases.find((p) => p.id === input.phaseId);
    if (before === undefined || (before === null && values === null)) return { ok: false, reason: 'not_found' };
    let phaseId: number | null = before?.id ?? null;
    const clean = values && { ...values, title: values.title.trim() };
    if (!clean) await deletePhase(tx, before?.id as number);
    else if (before) await updatePhase(tx, before.id, clean);
    else phaseId = await insertPhase(tx, input.processId, clean);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: !clean ? 'process_phase.remove' : before ? 'process_phase.update' : 'process_phase.create',
      entity: 'process_phase',
      entityId: phaseId ?? (before?.id as number),
      before: before ? { title: before.title, startsOn: before.startsOn, endsOn: before.endsOn } : null,
      after: clean,
    });
    return { ok: true, phaseId: clean ? phaseId : null };
  });
}
