/**
 * The change feed (/api/v1/changes): every public object created, changed or removed, in the
 * order the database committed them (object_changes, recorded and numbered by triggers: see
 * src/db/queries/object-changes.ts for why a resumed feed has no gaps and no repeats), each with
 * the object as the full export has it now (export-records.ts: the same public readers, so a
 * closed item is its number and title, marked closed, and nothing of its content). A line whose
 * object the public cannot see — removed since, a person merged into another, a case with no open
 * item left — is given as removed, with nothing of the object but its type and id (and, for a
 * body, person or publisher, its slug). Questions and their answers are not open data and never
 * in the feed.
 */
import type { Db } from '../../db/client.js';
import { listApiBodies, listApiMemberships, listApiPersons } from '../../db/queries/api-directory.js';
import { listApiCasesOfIds, listApiParticipants } from '../../db/queries/api-meetings.js';
import { listApiPublishers } from '../../db/queries/api-publishers.js';
import { listExportItems, listExportMeetings } from '../../db/queries/export.js';
import {
  type ChangedObjectType,
  type ChangeKind,
  listObjectChanges,
  type ObjectChange,
} from '../../db/queries/object-changes.js';
import {
  bodyRecord,
  caseRecord,
  type ExportRecord,
  itemRecord,
  meetingRecord,
  membershipRecord,
  personRecord,
  publisherRecord,
} from './export-records.js';

/** Where a feed stands: after this position (0: before the first change). */
export type ChangeCursor = number;

export interface ChangeLine {
  type: ChangedObjectType;
  id: number;
  change: ChangeKind;
  at: Date;
  /** A removed body's, person's or publisher's slug; else null. */
  slug: string | null;
  /** The object as the export has it now; null when removed. */
  record: ExportRecord | null;
  /** The cursor that resumes right after this line. */
  cursor: ChangeCursor;
}

export interface ChangesPage {
  lines: ChangeLine[];
  /** Resume here: after the last line, or where the request started when there was none. */
  next: ChangeCursor;
  hasMore: boolean;
}

/** The slug a removed object's address needs (only bodies', persons' and publishers' addresses are slugs). */
const SLUGGED: ChangedObjectType[] = ['publisher', 'body', 'person'];

export async function listChanges({
  db,
  after,
  limit,
}: {
  db: Db;
  after?: ChangeCursor;
  limit: number;
}): Promise<ChangesPage> {
  const page = await listObjectChanges(db, { after: after ?? 0, limit });
  const records = await recordsOf(db, page.changes);
  const lines = page.changes.map((change): ChangeLine => {
    const record = change.kind === 'removed' ? null : (records.get(`${change.objectType}:${change.objectId}`) ?? null);
    const removed = record === null;
    return {
      type: change.objectType,
      id: change.objectId,
      change: removed ? 'removed' : change.kind,
      at: change.changedAt,
      slug: removed && SLUGGED.includes(change.objectType) ? change.objectKey : null,
      record,
      cursor: change.position,
    };
  });
  return { lines, next: page.next, hasMore: page.hasMore };
}

/** The current public records of the changed objects that still exist, by "type:id". */
async function recordsOf(db: Db, changes: ObjectChange[]): Promise<Map<string, ExportRecord>> {
  const ids = (type: ChangedObjectType) => [
    ...new Set(changes.filter((c) => c.objectType === type && c.kind !== 'removed').map((c) => c.objectId)),
  ];
  const found = new Map<string, ExportRecord>();
  const put = (type: ChangedObjectType, id: number, record: ExportRecord) => found.set(`${type}:${id}`, record);
  const wanted = {
    publisher: ids('publisher'),
    body: ids('body'),
    person: ids('person'),
    membership: ids('membership'),
    meeting: ids('meeting'),
    case: ids('case'),
    item: ids('item'),
  };
  const all = (list: number[]) => Math.max(list.length, 1);
  await Promise.all([
    wanted.publisher.length > 0 &&
      listApiPublishers(db, { ids: wanted.publisher, limit: all(wanted.publisher) }).then((page) => {
        for (const row of page.rows) put('publisher', row.id, publisherRecord(row));
      }),
    wanted.body.length > 0 &&
      listApiBodies(db, { ids: wanted.body, limit: all(wanted.body) }).then((page) => {
        for (const row of page.rows) put('body', row.id, bodyRecord(row));
      }),
    wanted.person.length > 0 &&
      listApiPersons(db, { ids: wanted.person, limit: all(wanted.person) }).then((page) => {
        for (const row of page.rows) put('person', row.id, personRecord(row));
      }),
    wanted.membership.length > 0 &&
      listApiMemberships(db, { ids: wanted.membership, limit: all(wanted.membership) }).then((page) => {
        for (const row of page.rows) put('membership', row.id, membershipRecord(row));
      }),
    wanted.meeting.length > 0 &&
      listExportMeetings(db, { afterId: 0, ids: wanted.meeting, limit: all(wanted.meeting) }).then(async (page) => {
        const participants = await listApiParticipants(
          db,
          page.rows.map((row) => row.id),
        );
        for (const row of page.rows) put('meeting', row.id, meetingRecord(row, participants.get(row.id) ?? []));
      }),
    wanted.case.length > 0 &&
      listApiCasesOfIds(db, wanted.case).then((rows) => {
        for (const row of rows) put('case', row.id, caseRecord(row));
      }),
    wanted.item.length > 0 &&
      listExportItems(db, { afterId: 0, ids: wanted.item, limit: all(wanted.item) }).then((page) => {
        for (const row of page.rows) put('item', row.id, itemRecord(row));
      }),
  ]);
  return found;
}
