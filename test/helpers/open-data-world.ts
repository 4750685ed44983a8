/**
 * Publishers in the open-data tests, on top of the demo set (all of it Region Syddanmark's):
 * minutes of Greve Kommune's Økonomiudvalget whose case 26/1002 has the number of one of the
 * region's cases (two cases, one number), a body and a case whose publisher is not known (as an
 * upgrade leaves them), harvested source URLs on a meeting and an attachment, and a person merged
 * into another.
 */
import path from 'node:path';
import type { DbHandle } from '../../src/db/client.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';

export const GREVE_FIXTURE = path.resolve('test/fixtures/open-data/greve-oekonomiudvalget.txt');
export const GREVE = { publisher: 'greve-kommune', body: 'greve-kommune--oekonomiudvalget', name: 'Greve Kommune' };
/** The case number both Region Syddanmark (demo) and Greve Kommune (fixture) use. */
export const SHARED_CASE = '26/1002';
export const UNKNOWN = { body: 'ukendt-udgiver--gammelt-udvalg', name: 'Gammelt udvalg', case: '19/4711' };
export const MERGED = { slug: 'hanne-kjaergaard-dublet', into: 'hanne-kjaergaard' };
export const SOURCE_URL = 'https://dagsordener.example.dk/vis/pdf/dagsorden/4b1f0c1e-0000-4000-8000-000000000001';
export const ATTACHMENT_SOURCE_URL =
  'https://dagsordener.example.dk/vis/pdf/bilag/4b1f0c1e-0000-4000-8000-000000000002';

/** Greve Kommune's minutes, imported under their publisher. */
export async function importGreve(handle: DbHandle): Promise<void> {
  const summary = await importMeetings({ db: handle.db, paths: [GREVE_FIXTURE], publisher: GREVE.name });
  const failed = summary.results.filter((result) => result.state === 'error');
  if (failed.length > 0) throw new Error(failed.map((f) => f.error).join('\n'));
}

/** A body and a case whose publisher is not known, with one meeting and one open item. */
export async function addUnknownPublisher(handle: DbHandle): Promise<void> {
  const [body] = await handle.query<{ id: number }>(
    `insert into bodies (slug, name, kind) values ($1, $2, 'committee') returning id`,
    [UNKNOWN.body, UNKNOWN.name],
  );
  const [meeting] = await handle.query<{ id: number }>(
    `insert into meetings (body_id, held_on, start_time, status, document_type)
     values ($1, '2019-03-04', '10:00', 'minutes_published', 'referat') returning id`,
    [body.id],
  );
  const [found] = await handle.query<{ id: number }>(`insert into cases (number) values ($1) returning id`, [
    UNKNOWN.case,
  ]);
  await handle.query(
    `insert into agenda_items (meeting_id, position, number, title, case_id) values ($1, 0, 1, 'Gammel sag', $2)`,
    [meeting.id, found.id],
  );
}

/** The meeting's and one of its open attachments' addresses on the publisher's site, as a harvest stores them. */
export async function setSourceUrls(handle: DbHandle, meetingId: number): Promise<void> {
  await handle.query(`update meetings set source_url = $1 where id = $2`, [SOURCE_URL, meetingId]);
  await handle.query(
    `update attachments set source_url = $1 where id = (select min(a.id) from attachments a
       join agenda_items i on i.id = a.item_id where i.meeting_id = $2 and not i.is_closed and not a.is_closed)`,
    [ATTACHMENT_SOURCE_URL, meetingId],
  );
}

/** A person an admin merged into another (the merge moved its rows; its own row stays). */
export async function addMergedPerson(handle: DbHandle): Promise<void> {
  await handle.query(
    `insert into persons (name, slug, merged_into_id)
     values ('Hanne Kjærgaard', $1, (select id from persons where slug = $2))`,
    [MERGED.slug, MERGED.into],
  );
}
