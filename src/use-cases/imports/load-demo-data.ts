/**
 * The demo set: fictitious minutes that the project writes itself (demo/minutes/), run through the
 * real importer and marked as fictitious, so that every page has content on a fresh machine.
 * The demo bodies belong to the invented health council area "Fjordby" in Region Syddanmark,
 * which is their publisher.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { DEMO_PUBLISHER } from '../../db/publishers.js';
import {
  agendaItems,
  bodies,
  cases,
  meetingParticipants,
  meetings,
  persons,
  regions,
  sourceFiles,
} from '../../db/schema/index.js';
import { importMeetings } from './import-meetings.js';

export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/minutes');
const DEMO_REGION = DEMO_PUBLISHER;

/** Imports the demo minutes (idempotent) and places the demo bodies in their region. */
export async function loadDemoData({ db }: { db: Db }): Promise<{ meetings: number }> {
  const summary = await importMeetings({ db, paths: [DEMO_DIR], isFictitious: true, publisher: DEMO_PUBLISHER });
  const failed = summary.results.filter((r) => r.state === 'error');
  if (failed.length > 0) throw new Error(`Demo data failed to import: ${failed.map((f) => f.error).join('; ')}`);
  const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.name, DEMO_REGION));
  if (region) {
    await db
      .update(bodies)
      .set({ regionId: region.id })
      .where(sql`${bodies.isFictitious} and ${bodies.regionId} is null`);
  }
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
  return { meetings: summary.results.length };
}

/** Loads the demo set only into a database without any meeting; returns null when it did not. */
export async function loadDemoDataIfEmpty({ db }: { db: Db }): Promise<{ meetings: number } | null> {
  const [{ value }] = await db.select({ value: count() }).from(meetings);
  if (value > 0) return null;
  return loadDemoData({ db });
}

/**
 * Removes every fictitious meeting and body, and the persons, cases and source files that only
 * they referred to (so that no demo person page or document stays behind); real records are untouched.
 */
export async function removeDemoData({ db }: { db: Db }): Promise<{ meetings: number; bodies: number }> {
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
