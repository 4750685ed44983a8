/**
 * The harvester's state, all in the database (never in files beside it): the publication sites
 * registered for harvesting, each run with its counts and errors, what was last fetched of each
 * meeting (so that a second run fetches only what changed), and the text of harvested attachments
 * with the pages still waiting for OCR.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, real, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bodies as bodyTable } from './bodies.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId } from './columns.js';
import { meetings } from './meetings.js';
import { organisations } from './reference.js';
import { tsvector } from './types.js';

export const HARVEST_SITE_STATES = ['active', 'paused', 'retired'] as const;
export const HARVEST_RUN_STATES = ['running', 'ok', 'partial', 'failed'] as const;

/**
 * A First Agenda publication site of one publisher (or some committees of a region's site). The
 * known sites come from the reference data (src/db/reference/publication-sites.csv, keyed by
 * `referenceKey`); an admin may add more and correct, pause or retire any of them.
 */
export const harvestSites = pgTable(
  'harvest_sites',
  {
    id: serialId(),
    /** The site's root, normalised: "https://dagsordener.greve.dk"; null: the address is not known (not harvested, still listed). */
    url: text('url'),
    publisherId: refersTo('publisher_id', () => organisations.id),
    /** The body whose documents the site holds, when it is one committee of the publisher's site (a health council). */
    bodyId: integer('body_id').references(() => bodyTable.id, { onDelete: 'set null' }),
    /** The reference data's row this site came from ("Region Syddanmark|Sundhedsråd Fyn"); null: added by an admin. */
    referenceKey: text('reference_key'),
    /** When an admin last changed the site: from then on, loading the reference data leaves it as the admin left it. */
    correctedAt: instant('corrected_at'),
    /** Only these committees (names or committee GUIDs); empty: every committee of the site. */
    bodies: jsonb('bodies').$type<string[]>().notNull().default([]),
    state: text('state', { enum: HARVEST_SITE_STATES }).notNull().default('active'),
    createdAt: instantNow('created_at'),
    /** Who is harvesting the site now (a process), until when: one harvest of a site at a time, on any number of servers. */
    leaseOwner: text('lease_owner'),
    leaseUntil: instant('lease_until'),
    /**
     * The site's alarm while one is raised (stale, or coverage under 95 %: src/domain/coverage.ts),
     * in Danish words, and since when: the schedule e-mails the admins when it starts or changes.
     */
    alarm: text('alarm'),
    alarmSince: instant('alarm_since'),
  },
  (t) => [index('harvest_sites_url_idx').on(t.url), uniqueIndex('harvest_sites_reference_key_idx').on(t.referenceKey)],
);

export interface HarvestRunCounts {
  listed: number;
  planned: number;
  fetched: number;
  new: number;
  update: number;
  unchanged: number;
  failed: number;
  skipped: number;
  attachments: number;
}

/** One harvest of one site: when, how it went, what it counted and which meetings failed why. */
export const harvestRuns = pgTable(
  'harvest_runs',
  {
    id: serialId(),
    siteId: belongsTo('site_id', () => harvestSites.id),
    startedAt: instantNow('started_at'),
    finishedAt: instant('finished_at'),
    state: text('state', { enum: HARVEST_RUN_STATES }).notNull().default('running'),
    mode: text('mode').notNull().default('incremental'),
    counts: jsonb('counts').$type<Partial<HarvestRunCounts>>().notNull().default({}),
    errors: jsonb('errors').$type<{ url: string; message: string }[]>().notNull().default([]),
    requests: integer('requests').notNull().default(0),
    /** The HTTP status of the answer that stopped a failed run (403 or 429: the site is blocking us). */
    httpStatus: integer('http_status'),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
  },
  (t) => [index('harvest_runs_site_idx').on(t.siteId, t.startedAt)],
);

/**
 * What the harvester last fetched of each meeting on a site: the listing's date as printed (a
 * change means the meeting moved), the document's checksum, when. Written in the same
 * transaction as the meeting itself, so a killed run never leaves state without its meeting.
 */
export const harvestMeetings = pgTable(
  'harvest_meetings',
  {
    siteId: belongsTo('site_id', () => harvestSites.id),
    /** The listing's meeting GUID (never the zero GUID). */
    meetingGuid: text('meeting_guid').notNull(),
    committeeGuid: text('committee_guid').notNull(),
    committeeName: text('committee_name').notNull(),
    /** The listing's `Dato` as printed last time. */
    listedDato: text('listed_dato').notNull(),
    documentUrl: text('document_url').notNull(),
    sourceUrl: text('source_url').notNull(),
    checksum: text('checksum').notNull(),
    /** When the meeting was first stored: searchable from then (the end of "seen → searchable"). */
    firstSeenAt: instantNow('first_seen_at'),
    /** When a stored document was minutes for the first time (its minutes replaced its agenda). */
    minutesAt: instant('minutes_at'),
    lastFetchedAt: instantNow('last_fetched_at'),
    /** Every open attachment of the stored document was fetched (or failed for good). */
    attachmentsComplete: flag('attachments_complete'),
    /** The open attachments with a PDF that the stored document offers (coverage); null: not known. */
    attachmentsOffered: integer('attachments_offered'),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.meetingGuid] }), index('harvest_meetings_meeting_idx').on(t.meetingId)],
);

/**
 * Every meeting a site's own committee list has named (within the site's committees), kept by
 * every run that reads the list: when it was first and last seen there, and when it disappeared
 * from the list (removed at the source; the meeting stays in the archive, marked). Coverage is
 * this list against the meetings held (harvest_meetings), freshness its `first_seen_at` against
 * the meeting's.
 */
export const harvestListings = pgTable(
  'harvest_listings',
  {
    siteId: belongsTo('site_id', () => harvestSites.id),
    meetingGuid: text('meeting_guid').notNull(),
    committeeGuid: text('committee_guid').notNull(),
    committeeName: text('committee_name').notNull(),
    /** YYYY-MM-DD as the list prints it. */
    meetingDate: text('meeting_date').notNull(),
    /** The list's `Dato` as printed last: a document fetched for another `Dato` is out of date. */
    listedDato: text('listed_dato').notNull(),
    firstSeenAt: instantNow('first_seen_at'),
    lastSeenAt: instantNow('last_seen_at'),
    /** When a run's list no longer named it; null while listed. */
    removedAt: instant('removed_at'),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.meetingGuid] })],
);

/** The attachment files fetched from a site: which file (by checksum) an address gave last time. */
export const harvestFiles = pgTable(
  'harvest_files',
  {
    siteId: belongsTo('site_id', () => harvestSites.id),
    url: text('url').notNull(),
    sha256: text('sha256').notNull(),
    fetchedAt: instantNow('fetched_at'),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.url] })],
);

export const ATTACHMENT_TEXT_STATES = ['text', 'no_text', 'failed'] as const;
/** How a document's or a page's text was obtained. */
export const TEXT_SOURCES = ['text_layer', 'ocr', 'none'] as const;
export const OCR_QUEUE_STATES = ['pending', 'failed'] as const;

/**
 * The text of a stored attachment file, by its checksum (one file, one text, however many items
 * use it). `quality` is its pages' scores (src/importer/text-quality.ts: the share of word-like
 * characters) weighted by their length; null when no page has text (or it was stored before
 * scores were kept).
 */
export const attachmentTexts = pgTable('attachment_texts', {
  sha256: text('sha256').primaryKey(),
  /** Whether the PDF carries a text layer ('text'), none at all ('no_text': a scan), or could not be read. */
  state: text('state', { enum: ATTACHMENT_TEXT_STATES }).notNull(),
  pageCount: integer('page_count').notNull().default(0),
  /** Where the file was fetched from first. */
  sourceUrl: text('source_url'),
  extractedAt: instantNow('extracted_at'),
  /**
   * How its text was obtained: every page from the text layer; 'ocr' when any page was read by
   * OCR; 'none' while no page has text (a scan waiting for OCR, or one OCR found nothing in).
   */
  textSource: text('text_source', { enum: TEXT_SOURCES }).notNull().default('none'),
  quality: real('quality'),
});

/**
 * One page of an attachment's text, in the search index (hits name the attachment and the page).
 * A garbage page (its quality under the threshold) keeps its text but is not indexed as words.
 */
export const attachmentTextPages = pgTable(
  'attachment_text_pages',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => attachmentTexts.sha256, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('danish', case when garbage then '' else coalesce(text, '') end)`,
    ),
    /** The PDF's text layer, or OCR. */
    source: text('source', { enum: TEXT_SOURCES }).notNull().default('text_layer'),
    /** 0–1, the share of word-like characters; null for a page without text (or stored before scores). */
    quality: real('quality'),
    garbage: flag('garbage'),
  },
  (t) => [
    primaryKey({ columns: [t.sha256, t.page] }),
    index('attachment_text_pages_search_idx').using('gin', t.search),
  ],
);

/**
 * Pages waiting for OCR (pages of harvested PDFs without a text layer), worked through in the
 * background (src/use-cases/harvest/read-scanned-pages.ts): a worker claims a page with FOR
 * UPDATE SKIP LOCKED and moves `nextAttemptAt` on as its lease; the row is deleted when the page's
 * text is stored, so after a restart the work resumes where it stopped. A page that failed
 * `attempts` times is left 'failed' with its last error.
 */
export const attachmentOcrQueue = pgTable(
  'attachment_ocr_queue',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => attachmentTexts.sha256, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    state: text('state', { enum: OCR_QUEUE_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instantNow('next_attempt_at'),
    lastError: text('last_error'),
    queuedAt: instantNow('queued_at'),
  },
  (t) => [
    primaryKey({ columns: [t.sha256, t.page] }),
    index('attachment_ocr_queue_due_idx').on(t.state, t.nextAttemptAt),
  ],
);

/**
 * The request budget of each host the harvester asks (src/use-cases/harvest/host-budget.ts): the
 * requests granted in the current window (a minute by default) and on the current day (Danish
 * time), counted by every process and run in one atomic statement per request.
 */
export const hostRequestBudgets = pgTable('host_request_budgets', {
  host: text('host').primaryKey(),
  windowStart: instant('window_start').notNull(),
  windowCount: integer('window_count').notNull().default(0),
  /** YYYY-MM-DD in Copenhagen. */
  day: text('day').notNull(),
  dayCount: integer('day_count').notNull().default(0),
});
