/**
 * The demo set in the database: its bodies placed (the council succeeds the clusters), a check for
 * an empty archive, and removal of every fictitious meeting and body with the persons, cases and
 * source files only they referred to. Used by src/use-cases/imports/load-demo-data.ts.
 */
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agendaItems, bodies, cases, meetingParticipants, meetings, persons, sourceFiles } from '../schema/index.js';

/** The fictitious clusters are succeeded by the fictitious health council. */
export async function linkDemoSuccessors(db: Db): Promise<void> {
  const successor = await db
    .select({ id: bodies.id })
    .from(bodies)
    .where(sql`${bodies.isFictitious} and ${bodies.kind} = 'health_council'`);
  if (successor[0]) {
    await db
      .update(bodies)
      .set({ successorId: successor[0].id })
      .where(sql`${bodies.isFictitious} and ${bodies.kind} = 'health_cluster'`);
  }
}

export async function countMeetings(db: Db): Promise<number> {
  const [{ value }] = await db.select({ value: count() }).from(meetings);
  return value;
}

/**
 * Removes every fictitious meeting and body, and the persons, cases and source files that only
 * they referred to (so that no demo person page or document stays behind); real records are untouched.
 */
export async function removeFictitiousRecords(db: Db): Promise<{ meetings: number; bodies: number }> {
  return db.transaction(async (tx) => {
    const fictitiousMeetings = sql`(select id from meetings where is_fictitious)`;
    const [personIds, caseIds, sourceIds] = await Promise.all([
      tx
        .selectDistinct({ id: meetingParticipants.personId })
        .from(meetingParticipants)
        .where(
          sql`${meetingParticipants.meetingId} in ${fictitiousMeetings} and ${meetingParticipants.personId} is not null`,
        ),
      tx
        .selectDistinct({ id: agendaItems.caseId })
        .from(agendaItems)
        .where(sql`${agendaItems.meetingId} in ${fictitiousMeetings} and ${agendaItems.caseId} is not null`),
      tx
        .selectDistinct({ id: meetings.sourceFileId })
        .from(meetings)
        .where(sql`${meetings.isFictitious} and ${meetings.sourceFileId} is not null`),
    ]);
    const removed = await tx.delete(meetings).where(eq(meetings.isFictitious, true)).returning({ id: meetings.id });
    const fictitious = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.isFictitious, true));
    const ids = fictitious.map((b) => b.id);
    if (ids.length > 0) {
      await tx.update(bodies).set({ successorId: null }).where(inArray(bodies.successorId, ids));
      await tx.delete(bodies).where(inArray(bodies.id, ids));
    }
    const orphans = (rows: { id: number | null }[]) =>
      rows.map((row) => row.id).filter((id): id is number => id !== null);
    const people = orphans(personIds);
    if (people.length > 0) {
      await tx
        .delete(persons)
        .where(
          and(
            inArray(persons.id, people),
            sql`not exists (select 1 from meeting_participants mp where mp.person_id = "persons"."id")`,
            sql`not exists (select 1 from memberships ms where ms.person_id = "persons"."id")`,
          ),
        );
    }
    const caseList = orphans(caseIds);
    if (caseList.length > 0) {
      await tx
        .delete(cases)
        .where(
          and(
            inArray(cases.id, caseList),
            sql`not exists (select 1 from agenda_items i where i.case_id = "cases"."id")`,
          ),
        );
    }
    const files = orphans(sourceIds);
    if (files.length > 0) {
      await tx
        .delete(sourceFiles)
        .where(
          and(
            inArray(sourceFiles.id, files),
            sql`not exists (select 1 from meetings m where m.source_file_id = "source_files"."id")`,
          ),
        );
    }
    return { meetings: removed.length, bodies: ids.length };
  });
}
