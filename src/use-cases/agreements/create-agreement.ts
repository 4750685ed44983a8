/**
 * createAgreement: the secretariat of a health council records an investment agreement as a
 * proposal: its title, purpose, type (lasting capacity or temporary development), the parties (one
 * or more of the municipalities the council covers) and an amount per year 2027–2030. Moving it on
 * (negotiation, the council's decision, each municipal council's approval …) is moveAgreement's and
 * approveAgreement's.
 *
 * Who may call it: the health council's secretariat, admins. Returns the new agreement's id, or
 * the problems per field.
 */
import type { Db } from '../../db/client.js';
import { findCouncil, insertAgreement, itemExists } from '../../db/stores/agreements.js';
import {
  AGREEMENT_LIMITS,
  type AgreementKind,
  checkParties,
  checkYears,
  type YearAmount,
} from '../../domain/agreement.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export interface CreateAgreementInput {
  db: Db;
  title: string;
  purpose: string;
  councilBodyId: number;
  kind: AgreementKind;
  /** The parties by municipality code ("0580"). */
  municipalityCodes: readonly string[];
  years: readonly YearAmount[];
  proposedOn: string;
  decisionItemId?: number | null;
  note?: string | null;
  isFictitious?: boolean;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type AgreementField = 'title' | 'purpose' | 'council' | 'parties' | 'years' | 'decision';
export type AgreementRefusal =
  | 'missing'
  | 'too_long'
  | 'not_found'
  | 'not_allowed'
  | 'not_covered'
  | 'duplicate'
  | 'outside'
  | 'negative'
  | 'empty';

export type CreateAgreementResult =
  | { ok: true; agreementId: number }
  | { ok: false; problems: { field: AgreementField; reason: AgreementRefusal; year?: number }[] };

export async function createAgreement(input: CreateAgreementInput): Promise<CreateAgreementResult> {
  const problems: { field: AgreementField; reason: AgreementRefusal; year?: number }[] = [];
  const text = (field: AgreementField, value: string, max: number) => {
    if (!value.trim()) problems.push({ field, reason: 'missing' });
    else if (value.length > max) problems.push({ field, reason: 'too_long' });
  };
  text('title', input.title, AGREEMENT_LIMITS.titleMax);
  text('purpose', input.purpose, AGREEMENT_LIMITS.purposeMax);
  const years = checkYears(input.years);
  if (!years.ok)
    problems.push({ field: 'years', reason: years.reason, ...('year' in years ? { year: years.year } : {}) });
  if (input.municipalityCodes.length > AGREEMENT_LIMITS.partiesMax)
    problems.push({ field: 'parties', reason: 'too_long' });
  return input.db.transaction(async (tx) => {
    const [council, itemFound] = await Promise.all([
      findCouncil(tx, input.councilBodyId),
      input.decisionItemId ? itemExists(tx, input.decisionItemId) : true,
    ]);
    if (!council) problems.push({ field: 'council', reason: 'not_found' });
    else if (!mayActFor(input.actor, input.councilBodyId)) problems.push({ field: 'council', reason: 'not_allowed' });
    if (!itemFound) problems.push({ field: 'decision', reason: 'not_found' });
    const covered = council?.municipalities ?? [];
    const parties = checkParties(
      input.municipalityCodes,
      covered.map((m) => m.code),
    );
    if (council && !parties.ok)
      problems.push({ field: 'parties', reason: parties.reason === 'none' ? 'missing' : parties.reason });
    if (problems.length > 0 || !council) return { ok: false, problems } as const;
    const byCode = new Map(covered.map((m) => [m.code, m.organisationId]));
    const agreementId = await insertAgreement(tx, {
      title: input.title.trim(),
      purpose: input.purpose.trim(),
      councilBodyId: input.councilBodyId,
      kind: input.kind,
      isFictitious: input.isFictitious ?? false,
      createdByUserId: input.auditActor.userId,
      partyOrganisationIds: input.municipalityCodes.map((code) => byCode.get(code) as number),
      years: [...input.years].sort((a, b) => a.year - b.year),
      decidedOn: input.proposedOn,
      decisionItemId: input.decisionItemId ?? null,
      note: input.note ?? null,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'agreement.create',
      entity: 'agreement',
      entityId: agreementId,
      before: null,
      after: {
        title: input.title.trim(),
        councilBodyId: input.councilBodyId,
        kind: input.kind,
        municipalityCodes: input.municipalityCodes,
        years: input.years.map((one) => ({ year: one.year, amountOre: String(one.amountOre) })),
      },
    });
    return { ok: true, agreementId } as const;
  });
}
