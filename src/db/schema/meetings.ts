/** Meetings, their agenda items with sections, decisions, attachments and absentees; cases. */
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ItemAmount } from '../../domain/item-amounts.js';
import { MEETING_KINDS, MEETING_STATUSES } from '../../domain/meeting.js';
import { SECTION_KINDS } from '../../domain/sections.js';
import { bodies, persons } from './bodies.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { organisations } from './reference.js';
import { bytea, tsvector } from './types.js';

export { MEETING_KINDS, MEETING_STATUSES, SECTION_KINDS };
export const DOCUMENT_TYPES = ['referat', 'dagsorden'] as const;

/** One imported file: what it was, its checksum and which reader read it. */
export const sourceFiles = pgTable(
  'source_files',
  {
    id: serialId(),
    fileName: text('file_name').notNull(),
    /** sha256 of the file's bytes, hex. */
    checksum: text('checksum').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    format: text('format').notNull(),
    /** The file's bytes as imported, so that the portal can show the source document. */
    content: bytea('content'),
    importedAt: instantNow('imported_at'),
  },
  (t) => [uniqueIndex('source_files_checksum_idx').on(t.checksum)],
);

export const meetings = pgTable(
  'meetings',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    heldOn: date('held_on').notNull(),
    /** "HH:MM" local (Europe/Copenhagen) wall time, or null. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    location: text('location'),
    kind: text('kind', { enum: MEETING_KINDS }).notNull().default('ordinary'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    documentType: text('document_type', { enum: DOCUMENT_TYPES }),
    /**
     * The primary identity of an imported meeting (its source's own id when it has one, else
     * body + date + start time; every identity it is known by is in `meeting_identities`). Null
     * for meetings made in Protokol.
     */
    identityKey: text('identity_key'),
    /** Where the meeting was published on its publisher's site (harvested meetings): "Kilde". */
    sourceUrl: text('source_url'),
    /** The source system's id of the meeting (First Agenda …). */
    sourceId: text('source_id'),
    sourceFileId: integer('source_file_id').references(() => sourceFiles.id),
    /** sha256 of the stored meeting document: equal on re-import means unchanged. */
    contentHash: text('content_hash'),
    /** Reader warnings from the import. */
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    isFictitious: flag('is_fictitious'),
    // The secretariat's work (meetings made in Protokol; see meeting-drafts.ts):
    /** Optimistic concurrency for the meeting's form: every save names the revision it started from. */
    revision: integer('revision').notNull().default(1),
    /** Who is expected and who was absent, as the secretariat records it; published with the next version. */
    draftParticipants: jsonb('draft_participants')
      .$type<{ name: string; role: string | null; isAbsent: boolean }[]>()
      .notNull()
      .default([]),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meetings_identity_idx').on(t.identityKey),
    index('meetings_body_date_idx').on(t.bodyId, t.heldOn),
    index('meetings_date_idx').on(t.heldOn),
  ],
);

export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    personId: integer('person_id').references(() => persons.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    party: text('party'),
    organisation: text('organisation'),
    role: text('role'),
    isAbsent: flag('is_absent'),
  },
  (t) => [
    index('meeting_participants_meeting_idx').on(t.meetingId),
    index('meeting_participants_person_idx').on(t.personId),
  ],
);

/**
 * Every identity an imported meeting is known by: its sources' own ids ("source:<guid>": the
 * listing's meeting GUID, the document's agenda GUID) and its natural key ("body:<id>|date|time").
 * A document matches a stored meeting by any of them, so the same meeting read from a file and
 * from a site, or as agenda and later as minutes, stays one meeting.
 */
export const meetingIdentities = pgTable(
  'meeting_identities',
  {
    key: text('key').primaryKey(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
  },
  (t) => [index('meeting_identities_meeting_idx').on(t.meetingId)],
);

/** A case is publisher + number: case numbers are unique only inside one organisation's case system. */
export const cases = pgTable(
  'cases',
  {
    id: serialId(),
    /** As the owning body's case system writes it: "25/53155", "EMN-2022-08440" … */
    number: text('number').notNull(),
    /** Null only for cases from before publishers that an upgrade could not place. */
    publisherId: integer('publisher_id').references(() => organisations.id),
  },
  (t) => [
    uniqueIndex('cases_publisher_number_idx').on(t.publisherId, t.number),
    index('cases_number_idx').on(t.number),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    position: integer('position').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    timeSlot: text('time_slot'),
    caseId: integer('case_id').references(() => cases.id),
    documentId: text('document_id'),
    isClosed: flag('is_closed'),
    /** Sections and decision as one text, for search. Empty for closed items. */
    searchText: text('search_text').notNull().default(''),
    sourceLine: integer('source_line'),
    sourcePage: integer('source_page'),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('danish', coalesce(title, '')), 'A') || setweight(to_tsvector('danish', coalesce(search_text, '')), 'B')`,
    ),
    /**
     * Search keys: the meeting's date and body and the decision's outcome, copied onto the item so
     * that a search filters and orders within this one table (migration 0026, docs/search-plans.md).
     * Written with the item (meeting-items.ts); a meeting's new date or body is copied by a trigger.
     */
    heldOn: date('held_on').notNull(),
    bodyId: integer('body_id').notNull(),
    outcome: text('outcome'),
    /**
     * The amounts of money the open item's text mentions (domain/item-amounts.ts) and the largest,
     * for the search's "beløb over" filter. Items stored before a version of the reading rules are
     * read again in the background (`amount_reads` records each version's finished reading).
     */
    amounts: jsonb('amounts').$type<ItemAmount[]>().notNull().default([]),
    maxAmountOre: bigint('max_amount_ore', { mode: 'bigint' }),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_case_idx').on(t.caseId),
    index('agenda_items_search_idx').using('gin', t.search),
    index('agenda_items_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    // The newest open items first, overall, per body and per outcome: a search walks one of these.
    index('agenda_items_open_date_idx')
      .on(t.heldOn.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`not is_closed`),
    index('agenda_items_open_body_date_idx')
      .on(t.bodyId, t.heldOn.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`not is_closed`),
    index('agenda_items_open_outcome_date_idx')
      .on(t.outcome, t.heldOn.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`not is_closed and outcome is not null`),
    index('agenda_items_open_amount_idx')
      .on(t.maxAmountOre.desc(), t.id.desc())
      .where(sql`not is_closed and max_amount_ore is not null`),
  ],
);

export const sections = pgTable(
  'sections',
  {
    id: serialId(),
    itemId: belongsTo('item_id', () => agendaItems.id),
    position: integer('position').notNull(),
    heading: text('heading').notNull(),
    kind: text('kind', { enum: SECTION_KINDS }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('sections_item_idx').on(t.itemId, t.position)],
);

export const decisions = pgTable(
  'decisions',
  {
    id: serialId(),
    itemId: belongsTo('item_id', () => agendaItems.id),
    text: text('text').notNull(),
    outcome: text('outcome').notNull(),
    decidedOn: date('decided_on'),
    parts: jsonb('parts').$type<{ label: string; text: string; outcome: string }[]>().notNull().default([]),
    dissents: jsonb('dissents').$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('decisions_item_idx').on(t.itemId), index('decisions_outcome_idx').on(t.outcome)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: serialId(),
    itemId: belongsTo('item_id', () => agendaItems.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    documentId: text('document_id'),
    caseNumber: text('case_number'),
    /** Path under the data folder when a file is stored. */
    filePath: text('file_path'),
    /** sha256 of the stored file (harvested attachments; its text is in `attachment_texts`). */
    sha256: text('sha256'),
    /** Where the attachment was published on its publisher's site. */
    sourceUrl: text('source_url'),
    /** The stored file's type (from its first bytes) and size; null without a file. */
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    isClosed: flag('is_closed'),
    /** A harvested attachment its site's document no longer names: kept, marked, since when. */
    removedAtSource: instant('removed_at_source'),
  },
  (t) => [index('attachments_item_idx').on(t.itemId)],
);

export const itemAbsentees = pgTable(
  'item_absentees',
  {
    id: serialId(),
    itemId: belongsTo('item_id', () => agendaItems.id),
    name: text('name').notNull(),
    title: text('title'),
    role: text('role'),
    party: text('party'),
  },
  (t) => [index('item_absentees_item_idx').on(t.itemId)],
);

/**
 * Each version of the amount-reading rules (domain/item-amounts.ts AMOUNT_READER_VERSION) that has
 * read every stored item: `protokol serve` reads the archive again in the background until its
 * version is here. Only items whose amounts change are written (an item's update is a change in
 * the change feed).
 */
export const amountReads = pgTable('amount_reads', {
  readerVersion: integer('reader_version').primaryKey(),
  /** Items whose amounts were written. */
  items: integer('items').notNull(),
  finishedAt: instantNow('finished_at'),
});
