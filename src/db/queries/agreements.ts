/**
 * Investment agreements for pages, the API and the export: the list (paged by id; those of one
 * health council or one municipality), one agreement with its parties (each municipal council's
 * approval), years, transitions with the decisions that made them and yearly reports, and the
 * health councils with their municipalities for the secretariat's form. A decision's item shows its
 * title only when the item is open: a closed item is named by its number alone.
 */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AgreementKind, AgreementStatus, YearAmount } from '../../domain/agreement.js';
import type { DbOrTx } from '../client.js';
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
import { type DecisionRef, decisionRefColumns, decisionRefOf } from '../selections.js';

/** The deciding item of an approval or a move (db/selections.ts: a closed item's title stays out). */
export type AgreementDecisionRef = DecisionRef;

export interface AgreementParty {
  id: number;
  slug: string;
  name: string;
  municipalityCode: string | null;
  approvedOn: string | null;
  approval: AgreementDecisionRef | null;
}

export interface AgreementSummary {
  id: number;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  isFictitious: boolean;
  council: { id: number; slug: string; name: string };
  parties: AgreementParty[];
  years: YearAmount[];
}

export interface AgreementTransitionRow {
  from: AgreementStatus | null;
  to: AgreementStatus;
  decidedOn: string;
  note: string | null;
  decision: AgreementDecisionRef | null;
}

export interface AgreementReportRow {
  year: number;
  dueOn: string;
  followUpState: string | null;
}

export interface AgreementDetail extends AgreementSummary {
  purpose: string;
  transitions: AgreementTransitionRow[];
  reports: AgreementReportRow[];
  createdAt: Date;
  updatedAt: Date;
}

/** The parties and years of these agreements, in their order. */
async function partsOf(db: DbOrTx, ids: number[]) {
  const parties = new Map<number, AgreementParty[]>();
  const years = new Map<number, YearAmount[]>();
  if (ids.length === 0) return { parties, years };
  const [partyRows, yearRows] = await Promise.all([
    db
      .select({
        agreementId: agreementParties.agreementId,
        id: agreementParties.id,
        slug: organisations.slug,
        name: organisations.name,
        municipalityCode: organisations.municipalityCode,
        approvedOn: agreementParties.approvedOn,
        ...decisionRefColumns,
      })
      .from(agreementParties)
      .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
      .leftJoin(agendaItems, eq(agendaItems.id, agreementParties.approvalItemId))
      .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(inArray(agreementParties.agreementId, ids))
      .orderBy(asc(agreementParties.agreementId), asc(agreementParties.position)),
    db
      .select({
        agreementId: agreementYears.agreementId,
        year: agreementYears.year,
        amountOre: agreementYears.amountOre,
      })
      .from(agreementYears)
      .where(inArray(agreementYears.agreementId, ids))
      .orderBy(asc(agreementYears.agreementId), asc(agreementYears.year)),
  ]);
  for (const row of partyRows) {
    const list = parties.get(row.agreementId) ?? [];
    list.push({
      id: row.id,
      slug: row.slug ?? '',
      name: row.name,
      municipalityCode: row.municipalityCode,
      approvedOn: row.approvedOn,
      approval: decisionRefOf(row),
    });
    parties.set(row.agreementId, list);
  }
  for (const row of yearRows) {
    const list = years.get(row.agreementId) ?? [];
    list.push({ year: row.year, amountOre: BigInt(row.amountOre) });
    years.set(row.agreementId, list);
  }
  return { parties, years };
}

const summaryColumns = {
  id: agreements.id,
  title: agreements.title,
  kind: agreements.kind,
  status: agreements.status,
  isFictitious: agreements.isFictitious,
  councilId: bodies.id,
  councilSlug: bodies.slug,
  councilName: bodies.name,
};

type SummaryRow = {
  id: number;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  isFictitious: boolean;
  councilId: number;
  councilSlug: string;
  councilName: string;
};

async function summariesOf(db: DbOrTx, rows: SummaryRow[]): Promise<AgreementSummary[]> {
  const { parties, years } = await partsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    isFictitious: row.isFictitious,
    council: { id: row.councilId, slug: row.councilSlug, name: row.councilName },
    parties: parties.get(row.id) ?? [],
    years: years.get(row.id) ?? [],
  }));
}

function concerning(filter: { bodyId?: number; publisherId?: number }) {
  return and(
    filter.bodyId === undefined ? undefined : eq(agreements.councilBodyId, filter.bodyId),
    filter.publisherId === undefined
      ? undefined
      : sql`exists (select 1 from agreement_parties p where p.agreement_id = ${agreements.id} and p.organisation_id = ${filter.publisherId})`,
  );
}

const summaryQuery = (db: DbOrTx) =>
  db.select(summaryColumns).from(agreements).innerJoin(bodies, eq(bodies.id, agreements.councilBodyId));

/** A page of agreements in id order, of one health council or one municipality (a party) when asked. */
export async function listAgreements(
  db: DbOrTx,
  options: { afterId?: number; limit: number; bodyId?: number; publisherId?: number },
): Promise<{ rows: AgreementSummary[]; hasMore: boolean }> {
  const rows = (await summaryQuery(db)
    .where(and(options.afterId === undefined ? undefined : gt(agreements.id, options.afterId), concerning(options)))
    .orderBy(asc(agreements.id))
    .limit(options.limit + 1)) as SummaryRow[];
  return { rows: await summariesOf(db, rows.slice(0, options.limit)), hasMore: rows.length > options.limit };
}

/** The agreements of one health council, newest first (for its page). */
export async function listAgreementsOfCouncil(db: DbOrTx, bodyId: number): Promise<AgreementSummary[]> {
  const rows = (await summaryQuery(db)
    .where(eq(agreements.councilBodyId, bodyId))
    .orderBy(desc(agreements.id))
    .limit(100)) as SummaryRow[];
  return summariesOf(db, rows);
}

/** One agreement with its parties, years, transitions and reports; null when there is none. */
export async function findAgreement(db: DbOrTx, id: number): Promise<AgreementDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      purpose: agreements.purpose,
      createdAt: agreements.createdAt,
      updatedAt: agreements.updatedAt,
    })
    .from(agreements)
    .innerJoin(bodies, eq(bodies.id, agreements.councilBodyId))
    .where(eq(agreements.id, id));
  if (!row) return null;
  const [[summary], transitionRows, reportRows] = await Promise.all([
    summariesOf(db, [row as SummaryRow]),
    db
      .select({
        from: agreementTransitions.fromStatus,
        to: agreementTransitions.toStatus,
        decidedOn: agreementTransitions.decidedOn,
        note: agreementTransitions.note,
        ...decisionRefColumns,
      })
      .from(agreementTransitions)
      .leftJoin(agendaItems, eq(agendaItems.id, agreementTransitions.decisionItemId))
      .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(agreementTransitions.agreementId, id))
      .orderBy(asc(agreementTransitions.decidedOn), asc(agreementTransitions.id)),
    db
      .select({ year: agreementReports.year, dueOn: agreementReports.dueOn, followUpState: followUps.state })
      .from(agreementReports)
      .leftJoin(followUps, eq(followUps.id, agreementReports.followUpId))
      .where(eq(agreementReports.agreementId, id))
      .orderBy(asc(agreementReports.year)),
  ]);
  return {
    ...summary,
    purpose: row.purpose,
    transitions: transitionRows.map((t) => ({
      from: t.from,
      to: t.to,
      decidedOn: t.decidedOn,
      note: t.note,
      decision: decisionRefOf(t),
    })),
    reports: reportRows.map((r) => ({ year: r.year, dueOn: r.dueOn, followUpState: r.followUpState })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export interface CouncilOption {
  id: number;
  name: string;
  municipalities: { code: string; name: string }[];
}

/** The health councils (those in `bodyIds` when given) with the municipalities each covers: the form's choice. */
export async function listCouncilOptions(db: DbOrTx, bodyIds: readonly number[] | null): Promise<CouncilOption[]> {
  if (bodyIds !== null && bodyIds.length === 0) return [];
  const rows = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      code: organisations.municipalityCode,
      municipality: organisations.name,
    })
    .from(bodies)
    .innerJoin(bodyMunicipalities, eq(bodyMunicipalities.bodyId, bodies.id))
    .innerJoin(
      organisations,
      and(
        eq(organisations.municipalityCode, bodyMunicipalities.municipalityCode),
        eq(organisations.kind, 'municipality'),
      ),
    )
    .where(and(eq(bodies.kind, 'health_council'), bodyIds === null ? undefined : inArray(bodies.id, [...bodyIds])))
    .orderBy(asc(bodies.name), asc(organisations.name));
  const councils = new Map<number, CouncilOption>();
  for (const row of rows) {
    const council = councils.get(row.id) ?? { id: row.id, name: row.name, municipalities: [] };
    council.municipalities.push({ code: row.code ?? '', name: row.municipality });
    councils.set(row.id, council);
  }
  return [...councils.values()];
}
