/**
 * GP capacity boards (lægedækning) in the database: a council's board saved from an import (its
 * areas and practices replaced whole, new vacancies added beside those already registered), the
 * state a month's snapshot is made from and the snapshot saved, a vacancy locked and ended with its
 * outcome, a decision linked to a board, the owners of other councils' practices (for the rule of
 * at most three ydernumre), and the demo set's boards removed. Used by src/use-cases/gp-capacity/.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { MonthSnapshot, PracticeCounts, VacancyOutcome } from '../../domain/gp-capacity.js';
import type { DbOrTx, Tx } from '../client.js';
import {
  bodies,
  gpAreas,
  gpBoardDecisions,
  gpBoards,
  gpMonthSnapshots,
  gpPractices,
  gpVacancies,
} from '../schema/index.js';

/** The bodies with these slugs: id, name and whether each is a health council. */
export async function findCouncilsBySlug(
  tx: DbOrTx,
  slugs: readonly string[],
): Promise<Map<string, { id: number; name: string; isHealthCouncil: boolean }>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: bodies.id, slug: bodies.slug, name: bodies.name, kind: bodies.kind })
    .from(bodies)
    .where(inArray(bodies.slug, [...slugs]));
  return new Map(
    rows.map((row) => [row.slug, { id: row.id, name: row.name, isHealthCouncil: row.kind === 'health_council' }]),
  );
}

/** The practices of every board but those of these bodies, with their owners (only those with owners). */
export async function ownedPracticesElsewhere(
  tx: DbOrTx,
  exceptBodyIds: readonly number[],
): Promise<{ number: string; owners: string[] }[]> {
  return tx
    .select({ number: gpPractices.number, owners: gpPractices.owners })
    .from(gpPractices)
    .innerJoin(gpBoards, eq(gpBoards.id, gpPractices.boardId))
    .where(
      and(
        sql`cardinality(${gpPractices.owners}) > 0`,
        exceptBodyIds.length > 0 ? notInArray(gpBoards.bodyId, [...exceptBodyIds]) : undefined,
      ),
    );
}

export interface BoardPractice extends PracticeCounts {
  number: string;
  name: string;
  area: string;
  owners: string[];
}

export interface NewBoardState {
  bodyId: number;
  possibleGps: number;
  possibleSource: string;
  dataOn: string;
  isFictitious: boolean;
  userId: number | null;
  areas: readonly string[];
  practices: readonly BoardPractice[];
  vacancies: readonly {
    practiceNumber: string;
    practiceName: string;
    areaName: string;
    clockStartsOn: string;
    deadlineOn: string;
  }[];
}

/**
 * Saves a council's board: made on its first import, its figures replaced; its areas and practices
 * replaced whole; each vacancy not registered before (same practice number and clock start) added.
 * Returns the board's id and how many vacancies were new.
 */
export async function saveBoard(tx: Tx, input: NewBoardState): Promise<{ boardId: number; newVacancies: number }> {
  const figures = {
    possibleGps: input.possibleGps,
    possibleSource: input.possibleSource,
    dataOn: input.dataOn,
    updatedByUserId: input.userId,
  };
  const [board] = await tx
    .insert(gpBoards)
    .values({ bodyId: input.bodyId, isFictitious: input.isFictitious, ...figures })
    .onConflictDoUpdate({ target: gpBoards.bodyId, set: { ...figures, updatedAt: sql`now()` } })
    .returning({ id: gpBoards.id });
  await tx.delete(gpAreas).where(eq(gpAreas.boardId, board.id)); // the practices go with their areas
  const areaIds = new Map<string, number>();
  if (input.areas.length > 0) {
    const rows = await tx
      .insert(gpAreas)
      .values(input.areas.map((name, position) => ({ boardId: board.id, name, position })))
      .returning({ id: gpAreas.id, name: gpAreas.name });
    for (const row of rows) areaIds.set(row.name, row.id);
  }
  if (input.practices.length > 0)
    await tx.insert(gpPractices).values(
      input.practices.map((practice, position) => ({
        boardId: board.id,
        areaId: areaIds.get(practice.area) as number,
        number: practice.number,
        name: practice.name,
        gps: practice.gps,
        capacity: practice.capacity,
        patients: practice.patients,
        isOpen: practice.isOpen,
        owners: practice.owners,
        position,
      })),
    );
  let newVacancies = 0;
  if (input.vacancies.length > 0) {
    const added = await tx
      .insert(gpVacancies)
      .values(input.vacancies.map((vacancy) => ({ boardId: board.id, ...vacancy })))
      .onConflictDoNothing()
      .returning({ id: gpVacancies.id });
    newVacancies = added.length;
  }
  return { boardId: board.id, newVacancies };
}

/** What a month's snapshot is made from: the board's possible number, its practices and its vacancies. */
export async function loadBoardState(
  tx: DbOrTx,
  boardId: number,
): Promise<{ possibleGps: number; practices: PracticeCounts[]; vacancies: { outcome: VacancyOutcome | null }[] }> {
  const [[board], practices, vacancies] = await Promise.all([
    tx.select({ possibleGps: gpBoards.possibleGps }).from(gpBoards).where(eq(gpBoards.id, boardId)),
    tx
      .select({
        gps: gpPractices.gps,
        capacity: gpPractices.capacity,
        patients: gpPractices.patients,
        isOpen: gpPractices.isOpen,
      })
      .from(gpPractices)
      .where(eq(gpPractices.boardId, boardId)),
    tx.select({ outcome: gpVacancies.outcome }).from(gpVacancies).where(eq(gpVacancies.boardId, boardId)),
  ]);
  return { possibleGps: board?.possibleGps ?? 0, practices, vacancies };
}

/** Saves a month's snapshots of a board, replacing those of the same months. */
export async function saveSnapshots(tx: DbOrTx, boardId: number, snapshots: readonly MonthSnapshot[]): Promise<void> {
  if (snapshots.length === 0) return;
  await tx
    .insert(gpMonthSnapshots)
    .values(snapshots.map((snapshot) => ({ boardId, ...snapshot })))
    .onConflictDoUpdate({
      target: [gpMonthSnapshots.boardId, gpMonthSnapshots.month],
      set: {
        possibleGps: sql`excluded.possible_gps`,
        actualGps: sql`excluded.actual_gps`,
        practicesOpen: sql`excluded.practices_open`,
        practicesClosed: sql`excluded.practices_closed`,
        vacanciesOpen: sql`excluded.vacancies_open`,
        recordedAt: sql`now()`,
      },
    });
}

export interface LockedVacancy {
  id: number;
  boardId: number;
  bodyId: number;
  practiceNumber: string;
  clockStartsOn: string;
  outcome: VacancyOutcome | null;
}

/** A board's vacancy, locked for the rest of the transaction; null when the board has none by the id. */
export async function lockVacancy(tx: Tx, boardId: number, vacancyId: number): Promise<LockedVacancy | null> {
  const [row] = await tx
    .select({
      id: gpVacancies.id,
      boardId: gpVacancies.boardId,
      bodyId: gpBoards.bodyId,
      practiceNumber: gpVacancies.practiceNumber,
      clockStartsOn: gpVacancies.clockStartsOn,
      outcome: gpVacancies.outcome,
    })
    .from(gpVacancies)
    .innerJoin(gpBoards, eq(gpBoards.id, gpVacancies.boardId))
    .where(and(eq(gpVacancies.id, vacancyId), eq(gpVacancies.boardId, boardId)))
    .for('update', { of: gpVacancies });
  return row ?? null;
}

/** Ends a vacancy with its outcome, the day and the decision that ended it. */
export async function endVacancy(
  tx: DbOrTx,
  input: { id: number; outcome: VacancyOutcome; endedOn: string; decisionItemId: number | null; note: string | null },
): Promise<void> {
  const { id, ...set } = input;
  await tx
    .update(gpVacancies)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(gpVacancies.id, id));
}

/** A body's board (its id), or null when the body has none. */
export async function findBoardOfBody(tx: DbOrTx, bodyId: number): Promise<{ id: number } | null> {
  const [row] = await tx.select({ id: gpBoards.id }).from(gpBoards).where(eq(gpBoards.bodyId, bodyId));
  return row ?? null;
}

/** Links a decision (an agenda item) to a board, its note replaced when it was linked before. */
export async function linkBoardDecision(
  tx: DbOrTx,
  input: { boardId: number; itemId: number; note: string | null },
): Promise<void> {
  await tx
    .insert(gpBoardDecisions)
    .values(input)
    .onConflictDoUpdate({ target: [gpBoardDecisions.boardId, gpBoardDecisions.itemId], set: { note: input.note } });
}

/** Whether the demo set's boards are loaded. */
export async function hasFictitiousBoards(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx.select({ id: gpBoards.id }).from(gpBoards).where(eq(gpBoards.isFictitious, true)).limit(1);
  return row !== undefined;
}

/** Removes the demo set's boards (their areas, practices, vacancies, links and history with them); how many. */
export async function removeFictitiousBoards(tx: DbOrTx): Promise<number> {
  const removed = await tx.delete(gpBoards).where(eq(gpBoards.isFictitious, true)).returning({ id: gpBoards.id });
  return removed.length;
}
