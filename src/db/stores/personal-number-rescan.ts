/**
 * The stored texts a rescan for personal numbers reads and masks in place (src/use-cases/imports/
 * rescan-personal-numbers.ts): every text field of a meeting that the importer masks before it
 * writes (the meeting's place, its participants, items, sections, decisions, attachments' titles,
 * absentees) and the pages of attachments' text. Only texts with ten digits in a row (possibly
 * split once) are read: the database finds those, the detector decides.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { FindingPlace } from '../../domain/cpr-document.js';
import { type DbOrTx, selectRows, type Tx } from '../client.js';

/** Ten digits, possibly split once by a dash or a space: the same test as the detector's first. */
const MAYBE = sql`'[0-9]{6}[-\u2010\u2011\u2012\u2013 \u00a0]?[0-9]{4}'`;

/** A text field of a meeting: where it is, and what a finding there is called. */
interface Field {
  table: string;
  column: string;
  place: FindingPlace;
  /** The rows' meeting, item number and label, as SQL over the table's alias `t`. */
  meeting: SQL;
  itemNumber: SQL;
  label: SQL;
  /** JSON (decisions' parts and dissents): masked as text, stored as JSON. */
  json?: boolean;
}

const ofItem = (alias: string) => ({
  meeting: sql.raw(`(select i.meeting_id from agenda_items i where i.id = t.${alias})`),
  itemNumber: sql.raw(`(select i.number from agenda_items i where i.id = t.${alias})`),
});

const NONE = sql`null::text`;
const NO_NUMBER = sql`null::int`;

const FIELDS: Field[] = [
  { table: 'meetings', column: 'location', place: 'meeting', meeting: sql`t.id`, itemNumber: NO_NUMBER, label: NONE },
  ...['name', 'party', 'organisation', 'role'].map((column) => ({
    table: 'meeting_participants',
    column,
    place: 'participants' as const,
    meeting: sql`t.meeting_id`,
    itemNumber: NO_NUMBER,
    label: NONE,
  })),
  ...['title', 'document_id'].map((column) => ({
    table: 'agenda_items',
    column,
    place: 'item' as const,
    meeting: sql`t.meeting_id`,
    itemNumber: sql`t.number`,
    label: NONE,
  })),
  ...['heading', 'text'].map((column) => ({
    table: 'sections',
    column,
    place: 'section' as const,
    ...ofItem('item_id'),
    label: sql`t.heading`,
  })),
  { table: 'decisions', column: 'text', place: 'decision', ...ofItem('item_id'), label: NONE },
  ...['parts', 'dissents'].map((column) => ({
    table: 'decisions',
    column,
    place: 'decision' as const,
    ...ofItem('item_id'),
    label: NONE,
    json: true,
  })),
  ...['title', 'case_number'].map((column) => ({
    table: 'attachments',
    column,
    place: 'attachment' as const,
    ...ofItem('item_id'),
    label: sql`t.title`,
  })),
  ...['name', 'title', 'role', 'party'].map((column) => ({
    table: 'item_absentees',
    column,
    place: 'absent' as const,
    ...ofItem('item_id'),
    label: NONE,
  })),
];

const field = (f: Field) => sql.raw(f.json ? `t.${f.column}::text` : `t.${f.column}`);

/** The meetings with a stored text that may hold a personal number, in id order. */
export async function listMeetingsToRescan(db: DbOrTx): Promise<number[]> {
  const parts = FIELDS.map(
    (f) => sql`select ${f.meeting} as meeting_id from ${sql.raw(f.table)} t where ${field(f)} ~ ${MAYBE}`,
  );
  const rows = await selectRows<{ meeting_id: number }>(
    db,
    sql`select distinct meeting_id from (${sql.join(parts, sql` union all `)}) x where meeting_id is not null order by 1`,
  );
  return rows.map((row) => row.meeting_id);
}

export interface StoredText {
  /** Index into the fields: which table and column. */
  field: number;
  id: number;
  value: string;
  place: FindingPlace;
  itemNumber: number | null;
  label: string | null;
}

/** A meeting's stored texts that may hold a personal number, its rows locked until the transaction ends. */
export async function meetingTextsToRescan(tx: Tx, meetingId: number): Promise<StoredText[]> {
  await tx.execute(sql`select id from meetings where id = ${meetingId} for update`);
  const parts = FIELDS.map(
    (f, index) => sql`select ${index}::int as field, t.id, ${field(f)} as value, ${f.itemNumber} as item_number,
      ${f.label} as label from ${sql.raw(f.table)} t where ${f.meeting} = ${meetingId} and ${field(f)} ~ ${MAYBE}`,
  );
  const rows = await selectRows<{
    field: number;
    id: number;
    value: string;
    item_number: number | null;
    label: string | null;
  }>(tx, sql.join(parts, sql` union all `));
  return rows.map((row) => ({
    field: row.field,
    id: row.id,
    value: row.value,
    place: FIELDS[row.field].place,
    itemNumber: row.item_number,
    label: row.label,
  }));
}

/** Writes a masked text back where it was read. */
export async function writeMaskedText(tx: Tx, text: Pick<StoredText, 'field' | 'id'>, masked: string): Promise<void> {
  const f = FIELDS[text.field];
  const value = f.json ? sql`${masked}::jsonb` : sql`${masked}`;
  await tx.execute(sql`update ${sql.raw(f.table)} set ${sql.raw(f.column)} = ${value} where id = ${text.id}`);
}

/**
 * After masking: the meeting's items' search text made again from their sections and decision
 * (the rule of writeItems in meeting-items.ts), and the meeting's source file's bytes dropped, as
 * the importer withholds a file that held a personal number.
 */
export async function afterMeetingMasked(tx: Tx, meetingId: number): Promise<void> {
  await tx.execute(sql`
    update agenda_items i set search_text = case when i.is_closed then '' else concat_ws(E'\n\n',
        (select string_agg(s.heading || E'\n' || s.text, E'\n\n' order by s.position) from sections s
          where s.item_id = i.id and s.kind not in ('participation', 'absent') and btrim(s.text) <> ''),
        (select d.text from decisions d where d.item_id = i.id
          and not exists (select 1 from sections s where s.item_id = i.id and s.kind = 'decision'))
      ) end
    where i.meeting_id = ${meetingId}`);
  await tx.execute(sql`
    update source_files set content = null
    where id = (select source_file_id from meetings where id = ${meetingId})`);
}

/** The attachment files (by checksum) with a page of text that may hold a personal number. */
export async function listAttachmentTextsToRescan(db: DbOrTx): Promise<string[]> {
  const rows = await selectRows<{ sha256: string }>(
    db,
    sql`select distinct sha256 from attachment_text_pages where text ~ ${MAYBE} order by 1`,
  );
  return rows.map((row) => row.sha256);
}

/** A file's pages of text, in order, their rows locked until the transaction ends. */
export async function attachmentPagesToRescan(tx: Tx, sha256: string): Promise<{ page: number; text: string }[]> {
  return selectRows<{ page: number; text: string }>(
    tx,
    sql`select page, text from attachment_text_pages where sha256 = ${sha256} order by page for update`,
  );
}

export async function writeMaskedPage(tx: Tx, sha256: string, page: number, text: string): Promise<void> {
  await tx.execute(sql`update attachment_text_pages set text = ${text} where sha256 = ${sha256} and page = ${page}`);
}

/** Where a file is attached: each meeting's first attachment row of it (item number, title). */
export async function attachmentUses(
  tx: Tx,
  sha256: string,
): Promise<{ meetingId: number; itemNumber: number; title: string }[]> {
  return selectRows<{ meetingId: number; itemNumber: number; title: string }>(
    tx,
    sql`select distinct on (i.meeting_id) i.meeting_id as "meetingId", i.number as "itemNumber", a.title
        from attachments a join agenda_items i on i.id = a.item_id
        where a.sha256 = ${sha256} order by i.meeting_id, i.position, a.position`,
  );
}

/** Whether a detector's version has read the whole archive. */
export async function scannedBy(db: DbOrTx, version: number): Promise<boolean> {
  const rows = await selectRows(db, sql`select 1 from personal_number_scans where scanner_version = ${version}`);
  return rows.length > 0;
}

export async function recordScan(
  db: DbOrTx,
  { version, meetings, attachments }: { version: number; meetings: number; attachments: number },
): Promise<void> {
  await db.execute(sql`
    insert into personal_number_scans (scanner_version, meetings, attachments) values (${version}, ${meetings}, ${attachments})
    on conflict (scanner_version) do update set meetings = excluded.meetings, attachments = excluded.attachments,
      finished_at = now()`);
}
