/**
 * Writes one meeting document (the importer's output) as one meeting aggregate: body, meeting,
 * participants (and the persons and memberships they imply), items with sections, decision,
 * attachments, absentees and cases. Runs inside the caller's transaction.
 *
 * A meeting costs about ten statements whatever its size (docs/performance.md): the source file,
 * the meeting row and its keys are one statement; the participants and memberships one; the items
 * one; their sections, decisions, attachments and absentees one. Rows travel as one JSON parameter
 * per table (`json_to_recordset`), not as a parameter per value: building and parsing a statement
 * of a thousand parameters cost more than storing its rows.
 *
 * Re-saving the same identity updates the meeting in place: items keep their ids (and so their
 * permalinks) by position, an item whose row is unchanged is not rewritten (its search vector is
 * not computed again); the items' children are replaced.
 */
import { sql } from 'drizzle-orm';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { bodySlug, isUsableSourceId, nameKey, naturalMeetingKey, sourceMeetingKey } from '../../domain/publisher.js';
import { type DbOrTx, selectRows, type Tx } from '../client.js';
import {
  ensureBodyOfPublisher,
  ensureCasesOfPublisher,
  ensurePersonsInScope,
  findBodyOfPublisher,
  findMeetingByKeys,
  type PersonScope,
  type PublisherRow,
  personScopeOfBody,
  recordMeetingKeys,
} from './identities.js';
import { type AttachmentFile, clearItemChildren, jsonRows, writeItems } from './meeting-items.js';

export type { Tx };

export interface SourceFileInfo {
  fileName: string;
  checksum: string;
  sizeBytes: number;
  format: string;
  /** The file's bytes, kept so that the portal can serve the source document. */
  content?: Uint8Array;
  /** The file held a personal number: its bytes are not kept (and dropped if an earlier import kept them). */
  withheld?: boolean;
}

/**
 * Look-ups that hold for one import run: the id of the body of exactly a name (filled only from
 * committed rows, outside any meeting's transaction) and a body's person scope.
 */
export interface ImportLookups {
  bodies: Map<string, number>;
  scopes: Map<number, PersonScope>;
}

export function importLookups(): ImportLookups {
  return { bodies: new Map(), scopes: new Map() };
}

export interface SaveMeetingInput {
  document: MeetingDocument;
  /** Who published it: the body is this publisher's, its cases and persons are matched within it. */
  publisher: PublisherRow;
  contentHash: string;
  source: SourceFileInfo;
  /** The source's own ids beyond the document's (the harvested site's meeting GUID). */
  sourceIds?: string[];
  /** Where the meeting was published (harvested meetings). */
  sourceUrl?: string | null;
  isFictitious?: boolean;
  lookups?: ImportLookups;
}

/** The source keys a document is known by: its own GUID and any the caller adds (never the zero GUID). */
export function sourceKeysOf(document: MeetingDocument, extra: string[] = []): string[] {
  const ids = [...extra, document.sourceId ?? null].filter(isUsableSourceId);
  return [...new Set(ids.map(sourceMeetingKey))];
}

const bodyKey = (publisher: PublisherRow, name: string) => `${publisher.id}|${name}`;

/** The stored meeting a document would update (by any of its identities), without writing anything. */
export async function findStoredMeeting(
  db: DbOrTx,
  publisher: PublisherRow,
  document: MeetingDocument,
  sourceIds?: string[],
  lookups?: ImportLookups,
): Promise<{ id: number; contentHash: string | null } | null> {
  let bodyId = lookups?.bodies.get(bodyKey(publisher, document.body));
  if (bodyId === undefined) {
    const body = await findBodyOfPublisher(db, publisher, document.body);
    bodyId = body?.id;
    // Only the body of exactly this name is kept: a near name's body can be outdone by a body
    // made later in the run (findBodyOfPublisher takes the nearest).
    if (body && body.slug === bodySlug(publisher.slug, document.body)) {
      lookups?.bodies.set(bodyKey(publisher, document.body), body.id);
    }
  }
  const keys = [
    ...sourceKeysOf(document, sourceIds),
    ...(bodyId !== undefined ? [naturalMeetingKey(bodyId, document.date, document.startTime)] : []),
  ];
  return findMeetingByKeys(db, keys);
}

export type SaveState = 'new' | 'update' | 'unchanged';

/**
 * Saves the meeting under its publisher; returns its id and whether it was new, updated or
 * unchanged (the same content hash: nothing is written). The stored meeting is the one known by
 * any of the document's identities (its source GUIDs, else the publisher's body + date + start
 * time); two imports of one meeting at once are serialised.
 */
export async function saveMeeting(tx: Tx, input: SaveMeetingInput): Promise<{ meetingId: number; state: SaveState }> {
  const { document, publisher, contentHash, isFictitious = false, lookups } = input;
  const bodyId =
    lookups?.bodies.get(bodyKey(publisher, document.body)) ??
    (await ensureBodyOfPublisher(tx, publisher, document.body, isFictitious));
  const natural = naturalMeetingKey(bodyId, document.date, document.startTime);
  const keys = [...sourceKeysOf(document, input.sourceIds), natural];
  // Two imports of the same meeting at once: the second waits here for the first to commit,
  // then sees its row (a row lock cannot do this for a row that does not exist yet).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${natural}))`);
  const stored = await findMeetingByKeys(tx, keys, true);
  if (stored?.contentHash === contentHash) {
    await recordMeetingKeys(tx, stored.id, keys);
    return { meetingId: stored.id, state: 'unchanged' };
  }
  const meetingId = await writeMeetingRow(tx, input, { bodyId, keys, existingId: stored?.id ?? null });
  await writeMeetingContent(tx, { meetingId, bodyId, document, isNew: stored === null, lookups });
  return { meetingId, state: stored === null ? 'new' : 'update' };
}

/**
 * The source file, the meeting row (inserted, or updated in place) and every key the meeting is
 * known by (a key that already means another meeting stays with it), in one statement.
 */
async function writeMeetingRow(
  tx: Tx,
  { document, source, contentHash, sourceUrl, isFictitious = false }: SaveMeetingInput,
  { bodyId, keys, existingId }: { bodyId: number; keys: string[]; existingId: number | null },
): Promise<number> {
  const status = document.documentType === 'referat' ? 'minutes_published' : 'agenda_published';
  const columns = {
    body_id: bodyId,
    held_on: document.date,
    start_time: document.startTime,
    location: document.location,
    document_type: document.documentType,
    status,
    identity_key: keys[0],
    source_id: document.sourceId ?? null,
    ...(sourceUrl !== undefined ? { source_url: sourceUrl } : {}),
    content_hash: contentHash,
    warnings: JSON.stringify(document.warnings),
    is_fictitious: isFictitious,
    updated_at: new Date().toISOString(),
  };
  const names = sql.raw(Object.keys(columns).join(', '));
  const values = sql.join(
    Object.values(columns).map((value) => sql`${value}`),
    sql`, `,
  );
  const meeting =
    existingId === null
      ? sql`insert into meetings (${names}, source_file_id) values (${values}, (select id from file)) returning id`
      : sql`update meetings set (${names}, source_file_id) = (${values}, (select id from file))
              where id = ${existingId} returning id`;
  const [stored] = await selectRows<{ id: number }>(
    tx,
    sql`
    with file as (
      insert into source_files (file_name, checksum, size_bytes, format, content)
      values (${source.fileName}, ${source.checksum}, ${source.sizeBytes}, ${source.format}, ${source.content ?? null})
      on conflict (checksum) do update set file_name = excluded.file_name${source.withheld ? sql`, content = null` : sql``}
      returning id
    ),
    meeting as (${meeting}),
    known as (
      insert into meeting_identities (key, meeting_id)
      select key, meeting.id from meeting, unnest(${sql.param(keys)}::text[]) as key
      on conflict do nothing
    )
    select id from meeting`,
  );
  return stored.id;
}

/**
 * Writes a stored meeting's participants and items (with sections, decision, attachments,
 * absentees and cases) from a document, replacing what was there; items keep their ids by
 * position. Used by the importer (saveMeeting) and by publishing a meeting made in Protokol.
 * Returns the items' ids in document order.
 */
export async function writeMeetingContent(
  tx: Tx,
  {
    meetingId,
    bodyId,
    document,
    isNew = false,
    lookups,
  }: { meetingId: number; bodyId: number; document: MeetingDocument; isNew?: boolean; lookups?: ImportLookups },
): Promise<number[]> {
  let scope = lookups?.scopes.get(bodyId);
  if (!scope) {
    scope = await personScopeOfBody(tx, bodyId);
    lookups?.scopes.set(bodyId, scope);
  }
  const caseIds = await ensureCasesOfPublisher(
    tx,
    scope.home,
    document.items.map((item) => item.caseNumber).filter((n): n is string => Boolean(n)),
  );
  const files = isNew ? new Map<string, AttachmentFile>() : await clearItemChildren(tx, meetingId);
  const itemIds = await writeItems(tx, { meetingId, document, caseIds, files });
  // Last: creating a publisher's new persons takes a lock that other imports of the publisher
  // wait for until this transaction ends, so it is taken as late as possible.
  await writeParticipants(tx, { meetingId, bodyId, document, isNew, scope });
  return itemIds;
}

const ROLE_BY_WORD: ReadonlyArray<readonly [RegExp, 'chair' | 'vice_chair' | 'observer' | 'secretariat']> = [
  [/næstformand/i, 'vice_chair'],
  [/formand/i, 'chair'],
  [/observatør/i, 'observer'],
  [/sekretariat/i, 'secretariat'],
];

/**
 * The meeting's participants (replacing any stored ones), and a membership of the body for each
 * participant's person who has none (a participant of a body's meeting is taken to be a member).
 */
async function writeParticipants(
  tx: Tx,
  {
    meetingId,
    bodyId,
    document,
    isNew,
    scope,
  }: { meetingId: number; bodyId: number; document: MeetingDocument; isNew: boolean; scope: PersonScope },
) {
  const removed = sql`delete from meeting_participants where meeting_id = ${meetingId}`;
  if (document.participants.length === 0) {
    if (!isNew) await tx.execute(removed);
    return;
  }
  const personIds = await ensurePersonsInScope(
    tx,
    document.participants.map((p) => p.name),
    scope,
  );
  const participants = document.participants.map((p, position) => ({
    person_id: personIds.get(nameKey(p.name)) ?? null,
    position,
    name: p.name,
    party: p.party,
    organisation: p.organization,
    role: p.role,
    is_absent: p.absent,
  }));
  const members = new Map<number, object>();
  for (const participant of document.participants) {
    const personId = personIds.get(nameKey(participant.name));
    if (!personId || members.has(personId)) continue;
    const role = ROLE_BY_WORD.find(([pattern]) => pattern.test(participant.role ?? ''))?.[1] ?? 'member';
    members.set(personId, {
      person_id: personId,
      role,
      party: participant.party,
      organisation: participant.organization,
      title: participant.role,
    });
  }
  await tx.execute(sql`
    with removed as (${isNew ? sql`select 1` : removed}),
    added as (
      insert into meeting_participants (meeting_id, person_id, position, name, party, organisation, role, is_absent)
      select ${meetingId}, x.* from json_to_recordset(${jsonRows(participants)}::json)
        as x(person_id int, position int, name text, party text, organisation text, role text, is_absent boolean)
    )
    insert into memberships (person_id, body_id, role, party, organisation, title, from_on)
    select x.person_id, ${bodyId}, x.role, x.party, x.organisation, x.title, ${document.date}::date
    from rows from (json_to_recordset(${jsonRows([...members.values()])}::json)
      as (person_id int, role text, party text, organisation text, title text)) with ordinality as x
    where not exists (select 1 from memberships m where m.body_id = ${bodyId} and m.person_id = x.person_id)
    order by x.ordinality`);
}
