/**
 * A stored meeting's items and their children (sections, decision, attachments, absentees),
 * written from a meeting document inside the caller's transaction (meeting-store.ts
 * writeMeetingContent). Two statements for any number of items, three when a stored meeting is
 * rewritten: the rows travel as one JSON parameter per table (`json_to_recordset`).
 */
import { sql } from 'drizzle-orm';
import { itemAmounts } from '../../domain/item-amounts.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { sectionKind } from '../../domain/sections.js';
import { selectRows, type Tx } from '../client.js';

/**
 * The columns of an item that writeItems writes: those the document gives, search_text made in
 * SQL, the search keys copied from the meeting and the decision (held_on, body_id, outcome), and the
 * amounts the open item mentions (domain/item-amounts.ts).
 */
const ITEM_FIELDS = [
  'number',
  'title',
  'time_slot',
  'case_id',
  'document_id',
  'is_closed',
  'search_text',
  'source_line',
  'source_page',
  'held_on',
  'body_id',
  'outcome',
  'amounts',
  'max_amount_ore',
];

/** The stored file of an attachment (harvested or published), kept across a rewrite of its item. */
export interface AttachmentFile {
  sha256: string | null;
  sourceUrl: string | null;
  filePath: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  /** What the attachment was, to keep it when the new document no longer names it (a harvested file). */
  was?: {
    itemPosition: number;
    /** Its item's document id, else its title: the item must still be the same one. */
    itemKey: string;
    title: string;
    documentId: string | null;
    caseNumber: string | null;
    removedAtSource: string | null;
  };
}

/** An attachment within a meeting: its item's position and its document id, else its title. */
const attachmentKey = (position: number, documentId: string | null, title: string) =>
  `${position}|${documentId ?? `title:${title}`}`;

/**
 * Deletes the children of a stored meeting's items (they are written again from the document);
 * returns the stored files of their attachments by item position, to keep.
 */
export async function clearItemChildren(tx: Tx, meetingId: number): Promise<Map<string, AttachmentFile>> {
  const ids = sql`in (select id from agenda_items where meeting_id = ${meetingId})`;
  type Row = {
    position: number;
    document_id: string | null;
    title: string;
    size_bytes: number | null;
    is_closed: boolean;
    removed_at_source: Date | string | null;
  } & Record<
    'sha256' | 'source_url' | 'file_path' | 'media_type' | 'case_number' | 'item_title' | 'item_document_id',
    string | null
  >;
  const rows = await selectRows<Row>(
    tx,
    sql`
    with s as (delete from sections where item_id ${ids}),
    d as (delete from decisions where item_id ${ids}),
    n as (delete from item_absentees where item_id ${ids})
    delete from attachments a using agenda_items i where i.id = a.item_id and i.meeting_id = ${meetingId}
    returning i.position, a.document_id, a.title, a.sha256, a.source_url, a.file_path, a.media_type, a.size_bytes,
      a.case_number, a.is_closed, a.removed_at_source, i.title as item_title, i.document_id as item_document_id`,
  );
  const files = new Map<string, AttachmentFile>();
  for (const row of rows) {
    // A withheld attachment (it held a personal number) keeps its checksum without a file.
    if (row.file_path === null && row.sha256 === null) continue;
    files.set(attachmentKey(row.position, row.document_id, row.title), {
      sha256: row.sha256,
      sourceUrl: row.source_url,
      filePath: row.file_path,
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
      // Only a harvested file of an open item is kept when its site drops it (nothing closed is ever kept this way).
      ...(row.sha256 !== null && !row.is_closed
        ? {
            was: {
              itemPosition: row.position,
              itemKey: itemKey(row.item_document_id, row.item_title ?? ''),
              title: row.title,
              documentId: row.document_id,
              caseNumber: row.case_number,
              removedAtSource: row.removed_at_source === null ? null : new Date(row.removed_at_source).toISOString(),
            },
          }
        : {}),
    });
  }
  return files;
}

const itemKey = (documentId: string | null, title: string) => documentId ?? `title:${title}`;

/**
 * The harvested attachments a rewritten item had that its new document no longer names: kept at
 * the end of the item, marked removed at the source (since the first rewrite without them). An
 * item that is not the same one (another document id or title at its position) or is now closed
 * keeps none.
 */
function keptAttachments(
  item: MeetingDocument['items'][number],
  position: number,
  files: Map<string, AttachmentFile>,
  named: Set<string>,
  now: string,
) {
  if (item.closed) return [];
  return [...files.entries()]
    .filter(
      ([key, file]) =>
        file.was !== undefined &&
        file.was.itemPosition === position &&
        file.was.itemKey === itemKey(item.documentId, item.title) &&
        !named.has(key),
    )
    .map(([, file]) => ({ file, was: file.was!, removedAtSource: file.was!.removedAtSource ?? now }));
}

/** An item's amounts as its row stores them (none for a closed item): domain/item-amounts.ts. */
function amountColumns(item: MeetingDocument['items'][number]) {
  const { amounts, maxOre } = itemAmounts(item);
  return { amounts, max_amount_ore: maxOre?.toString() ?? null };
}

/** The rows of the items and their children as JSON parameters; children name their item by position. */
function itemRows(
  document: MeetingDocument,
  caseIds: Map<string, number>,
  files: Map<string, AttachmentFile>,
  now: string,
) {
  const each = <T extends object>(rows: (item: MeetingDocument['items'][number], position: number) => T[]) =>
    jsonRows(document.items.flatMap(rows));
  return {
    items: jsonRows(
      document.items.map((item, position) => ({
        position,
        number: item.number,
        title: item.title,
        time_slot: item.timeSlot,
        case_id: item.caseNumber ? (caseIds.get(item.caseNumber) ?? null) : null,
        document_id: item.documentId,
        is_closed: item.closed,
        source_line: item.source?.line ?? null,
        source_page: item.source?.page ?? null,
        ...amountColumns(item),
      })),
    ),
    sections: each((item, i) =>
      item.sections.map((s, position) => ({
        item: i,
        position,
        heading: s.heading,
        kind: sectionKind(s.heading),
        text: s.text,
      })),
    ),
    // As printed: a decision's date is null when the minutes give it no date of its own.
    decisions: each((item, i) => {
      const d = item.decision;
      return d
        ? [{ item: i, text: d.text, outcome: d.outcome, decided_on: d.date, parts: d.parts, dissents: d.dissents }]
        : [];
    }),
    attachments: each((item, i) => {
      const named = new Set(item.attachments.map((a) => attachmentKey(i, a.documentId, a.title)));
      const current = item.attachments.map((attachment, position) => {
        const file = files.get(attachmentKey(i, attachment.documentId, attachment.title));
        return {
          item: i,
          position,
          title: attachment.title,
          document_id: attachment.documentId,
          case_number: attachment.caseNumber ?? null,
          is_closed: item.closed || attachment.closed === true,
          sha256: file?.sha256 ?? null,
          source_url: file?.sourceUrl ?? null,
          file_path: file?.filePath ?? null,
          media_type: file?.mediaType ?? null,
          size_bytes: file?.sizeBytes ?? null,
          removed_at_source: null,
        };
      });
      const kept = keptAttachments(item, i, files, named, now).map(({ file, was, removedAtSource }, index) => ({
        item: i,
        position: current.length + index,
        title: was.title,
        document_id: was.documentId,
        case_number: was.caseNumber,
        is_closed: false,
        sha256: file.sha256,
        source_url: file.sourceUrl,
        file_path: file.filePath,
        media_type: file.mediaType,
        size_bytes: file.sizeBytes,
        removed_at_source: removedAtSource,
      }));
      return [...current, ...kept];
    }),
    absentees: each((item, i) =>
      item.absent.map((a) => ({
        item: i,
        name: a.name,
        title: a.title ?? null,
        role: a.role ?? null,
        party: a.party ?? null,
      })),
    ),
  };
}

/**
 * The items by position and all their children, in one statement: kept positions updated in place
 * where their row changed (an unchanged item's search vector is not computed again), new positions
 * inserted, positions beyond the document deleted; then the children of every item inserted (a
 * stored meeting's old children are gone: clearItemChildren). Returns the ids in document order.
 *
 * An item's search text is made here from the rows sent once: the open item's sections (heading,
 * line break, text) and then its decision unless a section records it, separated by blank lines;
 * none for a closed item. Lists of who attended or was absent and empty sections are left out: a
 * search for "praktiserende læge" should not find every item with an absent GP (migration 0014
 * applies the same rule to what was stored before).
 */
export async function writeItems(tx: Tx, { meetingId, document, caseIds, files }: ItemsInput): Promise<number[]> {
  const rows = itemRows(document, caseIds, files, new Date().toISOString());
  const fields = (prefix: string) => sql.raw(ITEM_FIELDS.map((field) => `${prefix}${field}`).join(', '));
  const written = await selectRows<{ id: number; position: number }>(
    tx,
    sql`
    with sec as (
      select * from json_to_recordset(${rows.sections}::json)
        as x(item int, position int, heading text, kind text, text text)
    ),
    dec as (
      select * from json_to_recordset(${rows.decisions}::json)
        as x(item int, text text, outcome text, decided_on date, parts jsonb, dissents jsonb)
    ),
    x as (
      select i.*, case when i.is_closed then '' else concat_ws(E'\n\n',
          (select string_agg(s.heading || E'\n' || s.text, E'\n\n' order by s.position) from sec s
            where s.item = i.position and s.kind not in ('participation', 'absent') and btrim(s.text) <> ''),
          (select d.text from dec d where d.item = i.position
            and not exists (select 1 from sec s where s.item = i.position and s.kind = 'decision'))
        ) end as search_text,
        meeting.held_on, meeting.body_id, (select d.outcome from dec d where d.item = i.position) as outcome
      from json_to_recordset(${rows.items}::json) as i(position int, number int, title text, time_slot text,
        case_id int, document_id text, is_closed boolean, source_line int, source_page int,
        amounts jsonb, max_amount_ore bigint)
      cross join (select m.held_on, m.body_id from meetings m where m.id = ${meetingId}) meeting
    ),
    changed as (
      update agenda_items a set (${fields('')}) = (${fields('x.')})
      from x where a.meeting_id = ${meetingId} and a.position = x.position
        and (${fields('a.')}) is distinct from (${fields('x.')})
    ),
    stale as (delete from agenda_items where meeting_id = ${meetingId} and position >= ${document.items.length}),
    added as (
      insert into agenda_items (meeting_id, position, ${fields('')})
      select ${meetingId}, x.position, ${fields('x.')} from x
      where not exists (select 1 from agenda_items a where a.meeting_id = ${meetingId} and a.position = x.position)
      order by x.position
      returning id, position
    ),
    ids as (
      select id, position from agenda_items where meeting_id = ${meetingId} and position < ${document.items.length}
      union all select id, position from added
    ),
    s as (
      insert into sections (item_id, position, heading, kind, text)
      select ids.id, sec.position, sec.heading, sec.kind, sec.text from sec join ids on ids.position = sec.item
      order by sec.item, sec.position
    ),
    d as (
      insert into decisions (item_id, text, outcome, decided_on, parts, dissents)
      select ids.id, dec.text, dec.outcome, dec.decided_on, dec.parts, dec.dissents
      from dec join ids on ids.position = dec.item order by dec.item
    ),
    a as (
      insert into attachments (item_id, position, title, document_id, case_number, is_closed, sha256, source_url,
        file_path, media_type, size_bytes, removed_at_source)
      select ids.id, x.position, x.title, x.document_id, x.case_number, x.is_closed, x.sha256, x.source_url,
        x.file_path, x.media_type, x.size_bytes, x.removed_at_source
      from rows from (json_to_recordset(${rows.attachments}::json) as (item int, position int, title text,
        document_id text, case_number text, is_closed boolean, sha256 text, source_url text, file_path text,
        media_type text, size_bytes int, removed_at_source timestamptz)) with ordinality as x
      join ids on ids.position = x.item order by x.ordinality
    ),
    n as (
      insert into item_absentees (item_id, name, title, role, party)
      select ids.id, x.name, x.title, x.role, x.party
      from rows from (json_to_recordset(${rows.absentees}::json)
        as (item int, name text, title text, role text, party text)) with ordinality as x
      join ids on ids.position = x.item order by x.ordinality
    )
    select id, position from ids`,
  );
  const itemIds: number[] = [];
  for (const row of written) itemIds[row.position] = row.id;
  return itemIds;
}

interface ItemsInput {
  meetingId: number;
  document: MeetingDocument;
  caseIds: Map<string, number>;
  /** Stored attachment files to keep (clearItemChildren), by item position and attachment. */
  files: Map<string, AttachmentFile>;
}

/**
 * Rows as one JSON parameter for json_to_recordset. A lone surrogate (a JSON source may hold
 * one) is stored as U+FFFD, as the drivers' own text encoding stores it; PostgreSQL refuses it in JSON.
 */
export function jsonRows(rows: object[]): string {
  const json = JSON.stringify(rows);
  if (!/\\ud[89a-f][0-9a-f]{2}/i.test(json)) return json;
  return JSON.stringify(rows, (_, value) =>
    typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value,
  );
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
