/**
 * moveAgreement: a decision moves an investment agreement on its status chain
 * (domain/agreement.ts): into negotiation, decided by the health council, running, reported. The
 * step to "approved by each municipal council" is taken by approveAgreement when the last party's
 * council approves; asked for here it is refused while any is missing (naming them). Each move is a
 * transition row with its day, the decision item that made it and a note. When the agreement runs,
 * its yearly reports are added, each awaited by a follow-up of the health council.
 *
 * Who may call it: the health council's secretariat, admins. One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { addDueReports, itemExists, lockAgreement, moveAgreement as saveMove } from '../../db/stores/agreements.js';
import { AGREEMENT_LIMITS, type AgreementStatus, checkMove, reportDueDates } from '../../domain/agreement.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface MoveAgreementInput {
  db: Db;
  agreementId: number;
  to: AgreementStatus;
  decidedOn: string;
  decisionItemId: number | null;
  note: string | null;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type MoveAgreementResult =
  | { ok: true; reportsAdded: number }
  | { ok: false; reason: 'not_found' | 'not_allowed' | 'decision_not_found' | 'note_too_long' }
  | { ok: false; reason: 'not_allowed_move'; current: AgreementStatus; allowed: AgreementStatus | null }
  | { ok: false; reason: 'approvals_missing'; missing: string[] };

export async function moveAgreement(input: MoveAgreementInput): Promise<MoveAgreementResult> {
  if ((input.note?.length ?? 0) > AGREEMENT_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  return input.db.transaction(async (tx): Promise<MoveAgreementResult> => {
    const agreement = await lockAgreement(tx, input.agreementId);
    if (!agreement) return { ok: false, reason: 'not_found' };
    if (!mayActFor(input.actor, agreement.councilBodyId)) return { ok: false, reason: 'not_allowed' };
    const check = checkMove(agreement.status, input.to, agreement.parties);
    if (!check.ok)
      return check.reason === 'not_allowed'
        ? { ok: false, reason: 'not_allowed_move', current: check.current, allowed: check.allowed }
        : { ok: false, reason: 'approvals_missing', missing: check.missing };
    if (input.decisionItemId !== null && !(await itemExists(tx, input.decisionItemId)))
      return { ok: false, reason: 'decision_not_found' };
    await saveMove(tx, {
      agreementId: agreement.id,
      from: agreement.status,
      to: input.to,
      decidedOn: input.decidedOn,
      decisionItemId: input.decisionItemId,
      note: input.note,
      userId: input.auditActor.userId,
    });
    const reportsAdded =
      input.to === 'running'
        ? await addDueReports(tx, {
            agreementId: agreement.id,
            title: agreement.title,
            bodyId: agreement.councilBodyId,
            due: reportDueDates(agreement.years),
            userId: input.auditActor.userId,
          })
        : 0;
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'agreement.move',
      entity: 'agreement',
      entityId: agreement.id,
      before: { status: agreement.status },
      after: { status: input.to, decidedOn: input.decidedOn, decisionItemId: input.decisionItemId, reportsAdded },
    });
    return { ok: true, reportsAdded };
  });
}
