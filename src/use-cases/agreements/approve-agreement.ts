/**
 * approveAgreement: one party's municipal council approves an investment agreement that the health
 * council has decided (its day and, if given, the item that decided it). When it is the last party
 * to approve, the agreement moves to "approved by each municipal council" in the same transaction,
 * the transition linked to that last approval's item.
 *
 * Who may call it: the health council's secretariat, admins. One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { approveParty, itemExists, lockAgreement, moveAgreement } from '../../db/stores/agreements.js';
import { approvalProgress, checkApproval } from '../../domain/agreement.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface ApproveAgreementInput {
  db: Db;
  agreementId: number;
  partyId: number;
  approvedOn: string;
  decisionItemId: number | null;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type ApproveAgreementResult =
  | { ok: true; approved: number; of: number; isApproved: boolean }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'not_allowed'
        | 'not_a_party'
        | 'not_decided'
        | 'already_approved'
        | 'before_decision'
        | 'decision_not_found';
    };

export async function approveAgreement(input: ApproveAgreementInput): Promise<ApproveAgreementResult> {
  return input.db.transaction(async (tx): Promise<ApproveAgreementResult> => {
    const agreement = await lockAgreement(tx, input.agreementId);
    if (!agreement) return { ok: false, reason: 'not_found' };
    if (!mayActFor(input.actor, agreement.councilBodyId)) return { ok: false, reason: 'not_allowed' };
    const check = checkApproval({
      status: agreement.status,
      decidedOn: agreement.decidedOn,
      parties: agreement.parties,
      partyId: input.partyId,
      approvedOn: input.approvedOn,
    });
    if (!check.ok) return { ok: false, reason: check.reason };
    if (input.decisionItemId !== null && !(await itemExists(tx, input.decisionItemId)))
      return { ok: false, reason: 'decision_not_found' };
    await approveParty(tx, {
      partyId: input.partyId,
      approvedOn: input.approvedOn,
      approvalItemId: input.decisionItemId,
    });
    const party = agreement.parties.find((one) => one.id === input.partyId);
    if (check.isLast)
      await moveAgreement(tx, {
        agreementId: agreement.id,
        from: agreement.status,
        to: 'approved',
        decidedOn: input.approvedOn,
        decisionItemId: input.decisionItemId,
        note: `Den sidste kommunalbestyrelse godkendte: ${party?.name ?? ''}.`,
        userId: input.auditActor.userId,
      });
    const progress = approvalProgress(
      agreement.parties.map((one) => (one.id === input.partyId ? { ...one, approvedOn: input.approvedOn } : one)),
    );
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'agreement.approve',
      entity: 'agreement',
      entityId: agreement.id,
      before: { status: agreement.status },
      after: {
        party: party?.name ?? null,
        approvedOn: input.approvedOn,
        decisionItemId: input.decisionItemId,
        status: check.isLast ? 'approved' : agreement.status,
      },
    });
    return { ok: true, ...progress, isApproved: check.isLast };
  });
}
