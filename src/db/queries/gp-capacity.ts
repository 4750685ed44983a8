/**
 * GP capacity boards (lægedækning) for pages and the API: the boards (paged by id; one council's),
 * each with its council, the model's possible number against the actual (the GPs of its
 * practices), practices open and closed, vacancies open; in full with its planning areas,
 * practices (the owners only counted, never named), vacancies with the decision that ended each,
 * the decisions linked to it, and its history by month. A decision's item shows its title only when
 * the item is open: a closed item is named by its number alone.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { MonthSnapshot, VacancyOutcome } from '../../domain/gp-capacity.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  bodies,
  gpAreas,
  gpBoardDecisions,
  gpBoards,
  gpMonthSnapshots,
  gpPractices,
  gpVacancies,
  meetings,
} from '../schema/index.js';
import { type DecisionRef, decisionRefColumns, decisionRefOf } from '../selections.js';

export interface GpBoardSummary {
  id: number;
  body: { id: number; slug: string; name: string };
  possibleGps: number;
  possibleSource: string;
  dataOn: string;
  isFictitious: boolean;
  actualGps: number;
  practiceCount: number;
  practicesOpen: number;
  vacanciesOpen: number;
  updatedAt: Date;
}

export interface GpPracticeRow {
  number: string;
  name: string;
  area: string;
  gps: number;
  capacity: number;
  patients: number;
  isOpen: boolean;
  ownerCount: number;
}

export interface GpVacancyRow {
  id: number;
  practiceNumber: string;
  practiceName: string;
  areaName: string;
  clockStartsOn: string;
  deadlineOn: string;
  outcome: VacancyOutcome | null;
  endedOn: string | null;
  note: string | null;
  decision: DecisionRef | null;
}

export interface GpDecisionRow {
  note: string | null;
  decision: DecisionRef;
}

export interface GpBoardDetail extends GpBoardSummary {
  areas: string[];
  practices: GpPracticeRow[];
  vacancies: GpVacancyRow[];
  decisions: GpDecisionRow[];
  history: MonthSnapshot[];
}

const summaryColumns = {
  id: gpBoards.id,
  bodyId: bodies.id,
  bodySlug: bodies.slug,
  bodyName: bodies.name,
  possibleGps: gpBoards.possibleGps,
  possibleSource: gpBoards.possibleSource,
  dataOn: gpBoards.dataOn,
  isFictitious: gpBoards.isFictitious,
  updatedAt: gpBoards.updatedAt,
  actualGps: sql<number>`(select coalesce(sum(p.gps), 0)::int from gp_practices p where p.board_id = ${gpBoards.id})`,
  practices: sql<number>`(select count(*)::int from gp_practices p where p.board_id = ${gpBoards.id})`,
  practicesOpen: sql<number>`(select count(*)::int from gp_practices p where p.board_id = ${gpBoards.id} and p.is_open)`,
  vacanciesOpen: sql<number>`(select count(*)::int from gp_vacancies v where v.board_id = ${gpBoards.id} and v.outcome is null)`,
};

interface SummaryRow {
  id: number;
  bodyId: number;
  bodySlug: string;
  bodyName: string;
  possibleGps: number;
  possibleSource: string;
  dataOn: string;
  isFictitious: boolean;
  updatedAt: Date;
  actualGps: number;
  practices: number;
  practicesOpen: number;
  vacanciesOpen: number;
}

const summaryOf = (row: SummaryRow): GpBoardSummary => ({
  id: row.id,
  body: { id: row.bodyId, slug: row.bodySlug, name: row.bodyName },
  possibleGps: row.possibleGps,
  possibleSource: row.possibleSource,
  dataOn: row.dataOn,
  isFictitious: row.isFictitious,
  actualGps: Number(row.actualGps),
  practiceCount: Number(row.practices),
  practicesOpen: Number(row.practicesOpen),
  vacanciesOpen: Number(row.vacanciesOpen),
  updatedAt: row.updatedAt,
});

/** A page of boards in id order (the list page takes them all; the API pages them); one body's when given. */
export async function listGpBoards(
  db: DbOrTx,
  { afterId, limit, bodyId }: { afterId?: number; limit: number; bodyId?: number },
): Promise<{ rows: GpBoardSummary[]; hasMore: boolean }> {
  const rows = await db
    .select(summaryColumns)
    .from(gpBoards)
    .innerJoin(bodies, eq(bodies.id, gpBoards.bodyId))
    .where(
      and(
        afterId === undefined ? undefined : gt(gpBoards.id, afterId),
        bodyId === undefined ? undefined : eq(gpBoards.bodyId, bodyId),
      ),
    )
    .orderBy(asc(gpBoards.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit).map(summaryOf), hasMore: rows.length > limit };
}

/** The boards' vacancies: open first, then by deadline, each with the decision that ended it. */
function vacanciesOf(db: DbOrTx, ids: number[]) {
  return db
    .select({
      boardId: gpVacancies.boardId,
      id: gpVacancies.id,
      practiceNumber: gpVacancies.practiceNumber,
      practiceName: gpVacancies.practiceName,
      areaName: gpVacancies.areaName,
      clockStartsOn: gpVacancies.clockStartsOn,
      deadlineOn: gpVacancies.deadlineOn,
      outcome: gpVacancies.outcome,
      endedOn: gpVacancies.endedOn,
      note: gpVacancies.note,
      ...decisionRefColumns,
    })
    .from(gpVacancies)
    .leftJoin(agendaItems, eq(agendaItems.id, gpVacancies.decisionItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(inArray(gpVacancies.boardId, ids))
    .orderBy(sql`${gpVacancies.outcome} is not null`, asc(gpVacancies.deadlineOn), asc(gpVacancies.id));
}

/** The boards in full: each summary with its areas, practices, vacancies, decisions and history. */
export async function withBoardDetails(db: DbOrTx, summaries: GpBoardSummary[]): Promise<GpBoardDetail[]> {
  const ids = summaries.map((summary) => summary.id);
  if (ids.length === 0) return [];
  const [areas, practices, vacancies, decisions, history] = await Promise.all([
    db
      .select({ boardId: gpAreas.boardId, name: gpAreas.name })
      .from(gpAreas)
      .where(inArray(gpAreas.boardId, ids))
      .orderBy(asc(gpAreas.position)),
    db
      .select({
        boardId: gpPractices.boardId,
        number: gpPractices.number,
        name: gpPractices.name,
        area: gpAreas.name,
        gps: gpPractices.gps,
        capacity: gpPractices.capacity,
        patients: gpPractices.patients,
        isOpen: gpPractices.isOpen,
        ownerCount: sql<number>`cardinality(${gpPractices.owners})`,
      })
      .from(gpPractices)
      .innerJoin(gpAreas, eq(gpAreas.id, gpPractices.areaId))
      .where(inArray(gpPractices.boardId, ids))
      .orderBy(asc(gpAreas.position), asc(gpPractices.position)),
    vacanciesOf(db, ids),
    db
      .select({ boardId: gpBoardDecisions.boardId, note: gpBoardDecisions.note, ...decisionRefColumns })
      .from(gpBoardDecisions)
      .innerJoin(agendaItems, eq(agendaItems.id, gpBoardDecisions.itemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(inArray(gpBoardDecisions.boardId, ids))
      .orderBy(asc(meetings.heldOn), asc(agendaItems.number)),
    db
      .select({
        boardId: gpMonthSnapshots.boardId,
        month: gpMonthSnapshots.month,
        possibleGps: gpMonthSnapshots.possibleGps,
        actualGps: gpMonthSnapshots.actualGps,
        practicesOpen: gpMonthSnapshots.practicesOpen,
        practicesClosed: gpMonthSnapshots.practicesClosed,
        vacanciesOpen: gpMonthSnapshots.vacanciesOpen,
      })
      .from(gpMonthSnapshots)
      .where(inArray(gpMonthSnapshots.boardId, ids))
      .orderBy(asc(gpMonthSnapshots.month)),
  ]);
  const of = <T extends { boardId: number }>(rows: T[], id: number) => rows.filter((row) => row.boardId === id);
  return summaries.map((summary) => ({
    ...summary,
    areas: of(areas, summary.id).map((area) => area.name),
    practices: of(practices, summary.id).map(({ boardId: _, ownerCount, ...practice }) => ({
      ...practice,
      ownerCount: Number(ownerCount),
    })),
    vacancies: of(vacancies, summary.id).map((row) => ({
      id: row.id,
      practiceNumber: row.practiceNumber,
      practiceName: row.practiceName,
      areaName: row.areaName,
      clockStartsOn: row.clockStartsOn,
      deadlineOn: row.deadlineOn,
      outcome: row.outcome,
      endedOn: row.endedOn,
      note: row.note,
      decision: decisionRefOf(row),
    })),
    decisions: of(decisions, summary.id).flatMap((row) => {
      const decision = decisionRefOf(row);
      return decision ? [{ note: row.note, decision }] : [];
    }),
    history: of(history, summary.id).map(({ boardId: _, ...snapshot }) => snapshot),
  }));
}

/** One body's board in full, found by the body's slug; null when the body has none. */
export async function findGpBoardBySlug(db: DbOrTx, slug: string): Promise<GpBoardDetail | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(gpBoards)
    .innerJoin(bodies, eq(bodies.id, gpBoards.bodyId))
    .where(eq(bodies.slug, slug));
  if (!row) return null;
  const [detail] = await withBoardDetails(db, [summaryOf(row)]);
  return detail;
}
