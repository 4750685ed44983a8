/**
 * Exports the public archive: bodies, persons, memberships, meetings and agenda items with their
 * sections, decision, attachments and absentees, as NDJSON (one record per line, `type` first)
 * or as CSV (one table per record type). Anyone may call it: it reads exactly what the public
 * portal shows, through the portal's public-item queries (closed items are their number and
 * title, marked closed; their content is never selected).
 *
 * Streaming: every table is read in keyset-paged batches and each batch is written before the
 * next is read, waiting for the output to drain, so memory stays flat however large the archive.
 * Returns how many records of each type were written.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/client.js';
import { listApiBodies, listApiMemberships, listApiPersons } from '../../db/queries/api-directory.js';
import { listApiParticipants } from '../../db/queries/api-meetings.js';
import { type ExportItem, listExportItems, listExportMeetings } from '../../db/queries/export.js';
import type { Page } from '../../db/queries/keyset.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { csvRow } from '../../domain/csv.js';

export const EXPORT_TABLES = ['bodies', 'persons', 'memberships', 'meetings', 'items'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export type ExportCounts = Record<ExportTable, number>;

export interface CsvTableOutput {
  stream: Writable;
  /** Called once the table is written: end the stream (a file) or leave it open (stdout). */
  close(): Promise<void>;
}

export type ExportTarget =
  | { format: 'ndjson'; out: Writable }
  | { format: 'csv'; table: (name: ExportTable) => CsvTableOutput | Promise<CsvTableOutput>; tables?: ExportTable[] };

export interface ExportArchiveInput {
  db: Db;
  target: ExportTarget;
  /**
   * Records read per query. Small batches keep the heap flat (a batch's rows outlive a few
   * scavenges while they are written and would otherwise pile up in the old generation): at 200,
   * the 200,000-item bench peaks well under 200 MB RSS at the same speed as 1000.
   */
  batchSize?: number;
}

export async function exportArchive({ db, target, batchSize = 200 }: ExportArchiveInput): Promise<ExportCounts> {
  const counts: ExportCounts = { bodies: 0, persons: 0, memberships: 0, meetings: 0, items: 0 };
  const tables = target.format === 'csv' ? (target.tables ?? [...EXPORT_TABLES]) : [...EXPORT_TABLES];
  for (const table of tables) {
    let output: CsvTableOutput | null = null;
    let out: Writable;
    if (target.format === 'csv') {
      output = await target.table(table);
      out = output.stream;
      await write(out, csvRow(CSV_COLUMNS[table]));
    } else {
      out = target.out;
    }
    for await (const records of batchesOf(db, table, batchSize)) {
      const text =
        target.format === 'ndjson'
          ? records.map((record) => `${JSON.stringify(record)}\n`).join('')
          : records.map((record) => csvRow(csvFields(table, record))).join('');
      counts[table] += records.length;
      await write(out, text);
    }
    await output?.close();
  }
  return counts;
}

/** Writes and waits while the stream's buffer is full; rejects when the stream fails or closes. */
async function write(out: Writable, text: string): Promise<void> {
  if (text === '') return;
  if (out.destroyed) throw new Error('export output closed');
  if (out.write(text)) return;
  const ac = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }).then(() => {
        throw new Error('export output closed');
      }),
    ]);
  } finally {
    ac.abort();
  }
}

// Records: whitelisted fields only, never database rows as they are.

export interface BodyRecord {
  type: 'body';
  slug: string;
  name: string;
  kind: string;
  level: string | null;
  region: string | null;
  successor: string | null;
  municipalities: string[];
  description: string | null;
  isFictitious: boolean;
}

export interface PersonRecord {
  type: 'person';
  slug: string;
  name: string;
}

export interface MembershipRecord {
  type: 'membership';
  id: number;
  person: string;
  personName: string;
  body: string;
  role: string;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
  toOn: string | null;
}

export interface MeetingRecord {
  type: 'meeting';
  id: number;
  body: string;
  bodyName: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: string;
  status: string;
  documentType: string | null;
  isFictitious: boolean;
  participants: {
    name: string;
    party: string | null;
    organisation: string | null;
    role: string | null;
    absent: boolean;
  }[];
  modifiedAt: string;
}

export interface ItemRecord {
  type: 'item';
  id: number;
  meetingId: number;
  body: string;
  date: string;
  number: number;
  /** Closed items: "Lukket: …" as the portal shows them. */
  title: string;
  closed: boolean;
  timeSlot: string | null;
  caseNumber: string | null;
  sections: { heading: string; kind: string; text: string }[];
  decision: {
    text: string;
    outcome: string;
    date: string | null;
    parts: { label: string; text: string; outcome: string }[];
    dissents: string[];
  } | null;
  attachments: { title: string; documentId: string | null }[];
  absent: { name: string; title: string | null; role: string | null; party: string | null }[];
}

type ExportRecord = BodyRecord | PersonRecord | MembershipRecord | MeetingRecord | ItemRecord;

async function* pages<T, K>(fetch: (after: K | undefined) => Promise<Page<T>>, keyOf: (row: T) => K) {
  let cursor: K | undefined;
  for (;;) {
    const page = await fetch(cursor);
    if (page.rows.length > 0) yield page.rows;
    if (!page.hasMore || page.rows.length === 0) return;
    cursor = keyOf(page.rows[page.rows.length - 1]);
  }
}

async function* batchesOf(db: Db, table: ExportTable, limit: number): AsyncGenerator<ExportRecord[]> {
  switch (table) {
    case 'bodies':
      for await (const rows of pages(
        (afterId: number | undefined) => listApiBodies(db, { afterId, limit }),
        (row) => row.id,
      ))
        yield rows.map(
          (body): BodyRecord => ({
            type: 'body',
            slug: body.slug,
            name: body.name,
            kind: body.kind,
            level: body.level,
            region: body.region?.slug ?? null,
            successor: body.successor?.slug ?? null,
            municipalities: body.municipalities,
            description: body.description,
            isFictitious: body.isFictitious,
          }),
        );
      return;
    case 'persons':
      for await (const rows of pages(
        (afterId: number | undefined) => listApiPersons(db, { afterId, limit }),
        (row) => row.id,
      ))
        yield rows.map((person): PersonRecord => ({ type: 'person', slug: person.slug, name: person.name }));
      return;
    case 'memberships':
      for await (const rows of pages(
        (afterId: number | undefined) => listApiMemberships(db, { afterId, limit }),
        (row) => row.id,
      ))
        yield rows.map(
          (m): MembershipRecord => ({
            type: 'membership',
            id: m.id,
            person: m.person.slug,
            personName: m.person.name,
            body: m.body.slug,
            role: m.role,
            party: m.party,
            organisation: m.organisation,
            title: m.title,
            fromOn: m.fromOn,
            toOn: m.toOn,
          }),
        );
      return;
    case 'meetings':
      for await (const rows of pages(
        (afterId: number | undefined) => listExportMeetings(db, { afterId: afterId ?? 0, limit }),
        (row) => row.id,
      )) {
        const participants = await listApiParticipants(
          db,
          rows.map((row) => row.id),
        );
        yield rows.map(
          (m): MeetingRecord => ({
            type: 'meeting',
            id: m.id,
            body: m.bodySlug,
            bodyName: m.bodyName,
            date: m.heldOn,
            startTime: m.startTime,
            endTime: m.endTime,
            location: m.location,
            kind: m.kind,
            status: m.status,
            documentType: m.documentType,
            isFictitious: m.isFictitious,
            participants: (participants.get(m.id) ?? []).map((p) => ({
              name: p.name,
              party: p.party,
              organisation: p.organisation,
              role: p.role,
              absent: p.isAbsent,
            })),
            modifiedAt: m.modifiedAt.toISOString(),
          }),
        );
      }
      return;
    case 'items':
      for await (const rows of pages(
        (afterId: number | undefined) => listExportItems(db, { afterId: afterId ?? 0, limit }),
        (row) => row.id,
      ))
        yield rows.map(itemRecord);
      return;
  }
}

function itemRecord(item: ExportItem): ItemRecord {
  const content = item.isClosed ? null : item.content;
  const decision = content?.decision ?? null;
  return {
    type: 'item',
    id: item.id,
    meetingId: item.meetingId,
    body: item.bodySlug,
    date: item.heldOn,
    number: item.number,
    title: publicItemTitle(item.title, item.isClosed),
    closed: item.isClosed,
    timeSlot: item.isClosed ? null : item.timeSlot,
    caseNumber: item.isClosed ? null : item.caseNumber,
    sections: (content?.sections ?? []).map((s) => ({ heading: s.heading, kind: s.kind, text: s.text })),
    decision: decision
      ? {
          text: decision.text,
          outcome: decision.outcome,
          date: decision.decidedOn,
          parts: decision.parts.map((p) => ({ label: p.label, text: p.text, outcome: p.outcome })),
          dissents: [...decision.dissents],
        }
      : null,
    attachments: (content?.attachments ?? []).map((a) => ({ title: a.title, documentId: a.documentId })),
    absent: (content?.absentees ?? []).map((a) => ({ name: a.name, title: a.title, role: a.role, party: a.party })),
  };
}

export const CSV_COLUMNS: Record<ExportTable, string[]> = {
  bodies: ['slug', 'name', 'kind', 'level', 'region', 'successor', 'municipalities', 'description', 'is_fictitious'],
  persons: ['slug', 'name'],
  memberships: ['id', 'person', 'person_name', 'body', 'role', 'party', 'organisation', 'title', 'from_on', 'to_on'],
  meetings: [
    'id',
    'body',
    'body_name',
    'date',
    'start_time',
    'end_time',
    'location',
    'kind',
    'status',
    'document_type',
    'is_fictitious',
    'participants',
    'absent',
    'modified_at',
  ],
  items: [
    'id',
    'meeting_id',
    'body',
    'date',
    'number',
    'title',
    'closed',
    'time_slot',
    'case_number',
    'decision_outcome',
    'decision_date',
    'decision_text',
    'sections',
    'attachments',
    'absent',
  ],
};

type Field = string | number | boolean | null;

/** Lists in one cell are one entry per line. */
function csvFields(table: ExportTable, record: ExportRecord): Field[] {
  switch (table) {
    case 'bodies': {
      const r = record as BodyRecord;
      return [
        r.slug,
        r.name,
        r.kind,
        r.level,
        r.region,
        r.successor,
        r.municipalities.join('\n'),
        r.description,
        r.isFictitious,
      ];
    }
    case 'persons': {
      const r = record as PersonRecord;
      return [r.slug, r.name];
    }
    case 'memberships': {
      const r = record as MembershipRecord;
      return [r.id, r.person, r.personName, r.body, r.role, r.party, r.organisation, r.title, r.fromOn, r.toOn];
    }
    case 'meetings': {
      const r = record as MeetingRecord;
      const names = (absent: boolean) =>
        r.participants
          .filter((p) => p.absent === absent)
          .map((p) => p.name)
          .join('\n');
      return [
        r.id,
        r.body,
        r.bodyName,
        r.date,
        r.startTime,
        r.endTime,
        r.location,
        r.kind,
        r.status,
        r.documentType,
        r.isFictitious,
        names(false),
        names(true),
        r.modifiedAt,
      ];
    }
    case 'items': {
      const r = record as ItemRecord;
      return [
        r.id,
        r.meetingId,
        r.body,
        r.date,
        r.number,
        r.title,
        r.closed,
        r.timeSlot,
        r.caseNumber,
        r.decision?.outcome ?? null,
        r.decision?.date ?? null,
        r.decision?.text ?? null,
        r.sections.map((s) => `## ${s.heading}\n\n${s.text}`).join('\n\n'),
        r.attachments.map((a) => a.title).join('\n'),
        r.absent.map((a) => a.name).join('\n'),
      ];
    }
  }
}
