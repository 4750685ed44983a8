/**
 * Investment agreements in the database: the municipalities a health council covers (the parties
 * it may agree with), an agreement saved with its parties, years and first transition, its row
 * locked with its parties while a move or an approval is checked, a move recorded as a transition,
 * a municipal council's approval on its party, the yearly reports due (each awaited by a follow-up
 * of the health council, which the deadline scan reminds of), and the demo set's agreements
 * removed. Used by src/use-cases/agreements/.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AgreementKind, AgreementStatus, YearAmount } from '../../domain/agreement.js';
import type { DbOrTx, Tx } from '../client.js';
import {
  agendaItems,
  agreementParties,
  agreementReports,
  agreements,
  agreementTransitions,
  agreementYears,
  bodies,
  bodyMunicipalities,
  followUps,
  meetings,
  organisations,
} from '../schema/index.js';

export interface CouncilMunicipality {
  organisationId: number;
  code: string;
  name: string;
}

/**
 * The health council (null when the body is none) and the municipalities it covers, each with the
 * organisation that is the municipality as a party.
 */
export async function findCouncil(
  tx: DbOrTx,
  bodyId: number,
): Promise<{ name: string; municipalities: CouncilMunicipality[] } | null> {
  const [body] = await tx.select({ name: bodies.name, kind: bodies.kind }).from(bodies).where(eq(bodies.id, bodyId));
  if (body?.kind !== 'health_council') return null;
  const rows = await tx
    .select({ organisationId: organisations.id, code: bodyMunicipalities.municipalityCode, name: organisations.name })
    .from(bodyMunicipalities)
    .innerJoin(organisations, eq(organisations.municipalityCode, bodyMunicipalities.municipalityCode))
    .where(and(eq(bodyMunicipalities.bodyId, bodyId), eq(organisations.kind, 'municipality')))
    .orderBy(asc(organisations.name));
  return { name: body.name, municipalities: rows };
}

export interface NewAgreement {
  title: string;
  purpose: string;
  councilBodyId: number;
  kind: AgreementKind;
  isFictitious: boolean;
  createdByUserId: number | null;
  partyOrganisationIds: readonly number[];
  years: readonly YearAmount[];
  /** The first transition: the proposal. */
  decidedOn: string;
  decisionItemId: number | null;
  note: string | null;
}

/** Saves an agreement as a proposal with its parties, years and first transition; its id. */
export async function insertAgreement(tx: Tx, input: NewAgreement): Promise<number> {
  const [row] = await tx
    .insert(agreements)
    .values({
      title: input.title,
      purpose: input.purpose,
      councilBodyId: input.councilBodyId,
      kind: input.kind,
      status: 'proposal',
      isFictitious: input.isFictitious,
      createdByUserId: input.createdByUserId,
    })
    .returning({ id: agreements.id });
  await tx
    .insert(agreementParties)
    .values(
      input.partyOrganisationIds.map((organisationId, position) => ({ agreementId: row.id, organisationId, position })),
    );
  await tx
    .insert(agreementYears)
    .values(input.years.map((one) => ({ agreementId: row.id, year: one.year, amountOre: one.amountOre })));
  await tx.insert(agreementTransitions).values({
    agreementId: row.id,
    fromStatus: null,
    toStatus: 'proposal',
    decidedOn: input.decidedOn,
    decisionItemId: input.decisionItemId,
    note: input.note,
    createdByUserId: input.createdByUserId,
  });
  return row.id;
}

export interface LockedAgreement {
  id: number;
  title: string;
  status: AgreementStatus;
  councilBodyId: number;
  /** The day the health council decided it (its move to "decided"), if it has. */
  decidedOn: string | null;
  parties: { id: number; name: string; approvedOn: string | null }[];
  years: YearAmount[];
}

/** The agreement's row locked for the rest of the transaction, with its parties and years; null when none. */
export async function lockAgreement(tx: Tx, agreementId: number): Promise<LockedAgreement | null> {
  await tx.execute(sql`select 1 from agreements where id = ${agreementId} for update`);
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!row) return null;
  const [parties, years, decided] = await Promise.all([
    tx
      .select({ id: agreementParties.id, name: organisations.name, approvedOn: agreementParties.approvedOn })
      .from(agreementParties)
      .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
      .where(eq(agreementParties.agreementId, agreementId))
      .orderBy(asc(agreementParties.position)),
    tx
      .select({ year: agreementYears.year, amountOre: agreementYears.amountOre })
      .from(agreementYears)
      .where(eq(agreementYears.agreementId, agreementId))
      .orderBy(asc(agreementYears.year)),
    tx
      .select({ decidedOn: agreementTransitions.decidedOn })
      .from(agreementTransitions)
      .where(and(eq(agreementTransitions.agreementId, agreementId), eq(agreementTransitions.toStatus, 'decided')))
      .limit(1),
  ]);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    councilBodyId: row.councilBodyId,
    decidedOn: decided[0]?.decidedOn ?? null,
    parties,
    years: years.map((one) => ({ year: one.year, amountOre: BigInt(one.amountOre) })),
  };
}

/** Moves the agreement to `to` and records the transition. */
export async function moveAgreement(
  tx: Tx,
  input: {
    agreementId: number;
    from: AgreementStatus;
    to: AgreementStatus;
    decidedOn: string;
    decisionItemId: number | null;
    note: string | null;
    userId: number | null;
  },
): Promise<void> {
  await tx
    .update(agreements)
    .set({ status: input.to, updatedAt: new Date() })
    .where(eq(agreements.id, input.agreementId));
  await tx.insert(agreementTransitions).values({
    agreementId: input.agreementId,
    fromStatus: input.from,
    toStatus: input.to,
    decidedOn: input.decidedOn,
    decisionItemId: input.decisionItemId,
    note: input.note,
    createdByUserId: input.userId,
  });
}

/** Records a party's municipal council's approval (its day and the item that decided it). */
export async function approveParty(
  tx: Tx,
  input: { partyId: number; approvedOn: string; approvalItemId: number | null },
): Promise<void> {
  await tx
    .update(agreementParties)
    .set({ approvedOn: input.approvedOn, approvalItemId: input.approvalItemId })
    .where(eq(agreementParties.id, input.partyId));
}

/**
 * Adds the yearly reports due that the agreement has not got yet, each awaited by an open
 * follow-up of the health council (the deadline scan reminds of it); how many were added.
 */
export async function addDueReports(
  tx: Tx,
  input: {
    agreementId: number;
    title: string;
    bodyId: number;
    due: readonly { year: number; dueOn: string }[];
    userId: number | null;
  },
): Promise<number> {
  const existing = await tx
    .select({ year: agreementReports.year })
    .from(agreementReports)
    .where(eq(agreementReports.agreementId, input.agreementId));
  const have = new Set(existing.map((row) => row.year));
  let added = 0;
  for (const { year, dueOn } of input.due) {
    if (have.has(year)) continue;
    const [followUp] = await tx
      .insert(followUps)
      .values({
        bodyId: input.bodyId,
        what: `Afrapportering for ${year} af investeringsaftalen »${input.title}«`.slice(0, 2_000),
        responsible: 'Kommunerne i aftalen',
        dueOn,
        createdByUserId: input.userId,
      })
      .returning({ id: followUps.id });
    await tx.insert(agreementReports).values({ agreementId: input.agreementId, year, dueOn, followUpId: followUp.id });
    added++;
  }
  return added;
}

/** Whether a published item with this id exists. */
export async function itemExists(tx: DbOrTx, itemId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row !== undefined;
}

/** The demo set's agreements (fictitious), with their reports' follow-ups; how many agreements. */
export async function removeFictitiousAgreements(tx: DbOrTx): Promise<number> {
  await tx.execute(
    sql`delete from follow_ups where id in (select r.follow_up_id from agreement_reports r join agreements a on a.id = r.agreement_id where a.is_fictitious)`,
  );
  const removed = await tx.delete(agreements).where(eq(agreements.isFictitious, true)).returning({ id: agreements.id });
  return removed.length;
}

/** Whether the demo agreements are there. */
export async function hasFictitiousAgreements(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(eq(agreements.isFictitious, true))
    .limit(1);
  return row !== undefined;
}
