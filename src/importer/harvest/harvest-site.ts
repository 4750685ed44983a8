/**
 * harvestSite: one run over a First Agenda publication site. Fetches the committee list, plans
 * (plan.ts), then fetches each planned meeting's document (as many at once as the client allows),
 * takes its sha256, and — when it changed — reads it with the First Agenda JSON reader and hands
 * it to the sink (one transaction per meeting, the integrator's). With `attachments`, the open
 * items' attachment PDFs follow. One meeting's failure (network after retries, malformed JSON, an
 * unexpected shape, a parse error, a failing store) is recorded with its URL and the run goes on;
 * only a failing committee list stops it (thrown: HarvestError or ListingError).
 */
import { createHash } from 'node:crypto';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { readSource } from '../parse-minutes.js';
import type { Source } from '../source.js';
import { type AttachmentCounts, emptyAttachmentCounts, harvestAttachments } from './attachments.js';
import { type DocumentFacts, documentFacts } from './document-facts.js';
import { type ListedMeeting, parseListing } from './listing.js';
import { type PlannedMeeting, type PlanOptions, type PlanReason, planHarvest } from './plan.js';
import type { HarvestSink, HarvestStateEntry, StoreOutcome } from './sink.js';
import type { HarvestClient, JsonAnswer, RequestStats } from './site-client.js';

export const LISTING_PATH = '/api/agenda/udvalgsliste';

export interface HarvestOptions extends Omit<PlanOptions, 'now'> {
  /** The run's "now" (default: the clock), for planning and `lastFetchedAt`. */
  now?: Date;
  /** Fetch and parse, report what would happen, store nothing (attachments are only counted). */
  dryRun?: boolean;
  /** The largest attachment PDF accepted (default 50 MB). */
  maxAttachmentBytes?: number;
}

export type MeetingOutcome = StoreOutcome | 'failed';

export type HarvestProgress =
  | { type: 'planned'; listed: number; planned: number; excluded: number; unchanged: number }
  | {
      type: 'meeting';
      done: number;
      total: number;
      meetingGuid: string;
      committee: string;
      date: string;
      reason: PlanReason;
      outcome: MeetingOutcome;
      url: string;
      message?: string;
    };

export interface HarvestSiteInput {
  client: HarvestClient;
  sink: HarvestSink;
  /** The site's root URL, the key of its state in the sink. */
  siteUrl: string;
  options?: HarvestOptions;
  onProgress?: (event: HarvestProgress) => void;
  /** Stops taking new meetings and aborts requests in flight; the report says `aborted`. */
  signal?: AbortSignal;
}

export interface MeetingResult {
  meetingGuid: string;
  committee: string;
  date: string;
  reason: PlanReason;
  outcome: MeetingOutcome;
  documentUrl: string;
  checksum?: string;
  message?: string;
}

export interface HarvestReport {
  siteUrl: string;
  dryRun: boolean;
  aborted: boolean;
  startedAt: string;
  finishedAt: string;
  counts: {
    /** Meetings in the committee list (zero GUIDs and unreadable dates left out). */
    listed: number;
    /** Left out by `since` or `bodies`. */
    excluded: number;
    planned: number;
    /** Documents fetched whole. */
    fetched: number;
    new: number;
    update: number;
    unchanged: number;
    failed: number;
    /** Not fetched: unchanged according to the plan. */
    skipped: number;
  };
  reasons: Record<PlanReason, number>;
  attachments: AttachmentCounts;
  failures: { url: string; message: string }[];
  /** GUIDs of stored meetings that the committee list no longer names (removed at the source). */
  removedAtSource: string[];
  /** What the list or the documents made the harvester unsure of (zero GUIDs skipped …). */
  warnings: string[];
  meetings: MeetingResult[];
  requests: RequestStats;
  /** Body bytes received. */
  bytes: number;
  timings: { listingMs: number; meetingsMs: number; totalMs: number };
}

interface Run {
  input: HarvestSiteInput;
  options: HarvestOptions;
  now: Date;
  report: HarvestReport;
  done: number;
  total: number;
}

export async function harvestSite(input: HarvestSiteInput): Promise<HarvestReport> {
  const { client, sink, siteUrl, signal } = input;
  const options = input.options ?? {};
  const started = performance.now();
  const now = options.now ?? new Date();
  const listingAnswer = await client.getJson(LISTING_PATH, { signal });
  const listing = parseListing(listingAnswer.json, listingAnswer.url);
  const listingMs = performance.now() - started;
  const state = await sink.loadState(siteUrl);
  const plan = planHarvest(listing.meetings, state, { ...options, now });

  const report = emptyReport(siteUrl, options.dryRun === true, now);
  report.warnings.push(...listing.warnings);
  for (const name of plan.unmatchedBodies) report.warnings.push(`Intet udvalg på sitet hedder "${name}".`);
  report.counts.listed = listing.meetings.length;
  const listed = new Set(listing.meetings.map((meeting) => meeting.guid));
  report.removedAtSource = [...state.keys()].filter((guid) => !listed.has(guid)).sort();
  if (!report.dryRun) {
    const inScope = [
      ...plan.fetch.map((planned) => planned.meeting),
      ...plan.skipped.filter((skip) => skip.reason !== 'other_body').map((skip) => skip.meeting),
    ];
    await sink.recordListing({ siteUrl, meetings: inScope, seenAt: new Date() });
  }
  report.counts.excluded = plan.skipped.filter((skip) => skip.reason !== 'unchanged').length;
  report.counts.skipped = plan.skipped.length - report.counts.excluded;
  report.counts.planned = plan.fetch.length;
  for (const planned of plan.fetch) report.reasons[planned.reason]++;
  input.onProgress?.({
    type: 'planned',
    listed: report.counts.listed,
    planned: report.counts.planned,
    excluded: report.counts.excluded,
    unchanged: report.counts.skipped,
  });

  const run: Run = { input, options, now, report, done: 0, total: plan.fetch.length };
  const meetingsStarted = performance.now();
  const queue = [...plan.fetch];
  const worker = async () => {
    for (let next = queue.shift(); next && !signal?.aborted; next = queue.shift()) await harvestMeeting(run, next);
  };
  await Promise.all(Array.from({ length: Math.max(1, client.maxInFlight) }, worker));

  report.aborted = signal?.aborted === true;
  report.requests = client.stats();
  report.bytes = report.requests.bytes;
  report.finishedAt = new Date().toISOString();
  report.timings = {
    listingMs: Math.round(listingMs),
    meetingsMs: Math.round(performance.now() - meetingsStarted),
    totalMs: Math.round(performance.now() - started),
  };
  return report;
}

/** Fetch, compare, read, store (and attachments) for one meeting; never throws. */
async function harvestMeeting(run: Run, planned: PlannedMeeting): Promise<void> {
  const { client } = run.input;
  const { meeting, stored } = planned;
  const documentUrl = client.resolve(`/api/agenda/dagsorden/${meeting.guid}`);
  const result: MeetingResult = {
    meetingGuid: meeting.guid,
    committee: meeting.committee.name,
    date: meeting.date,
    reason: planned.reason,
    outcome: 'failed',
    documentUrl,
  };
  try {
    const answer = await client.getJson(documentUrl, { signal: run.input.signal });
    run.report.counts.fetched++;
    const checksum = createHash('sha256').update(answer.bytes).digest('hex');
    result.checksum = checksum;
    const facts = documentFacts(answer.json, (path) => client.resolve(path));
    const state: HarvestStateEntry = {
      meetingGuid: meeting.guid,
      listedDato: meeting.dato,
      lastFetchedAt: run.now.toISOString(),
      checksum,
      attachmentsComplete: facts.openAttachments.length === 0,
      attachmentsOffered: facts.openAttachments.length,
    };
    if (stored?.checksum === checksum) {
      // The same bytes as stored: nothing to read or store.
      result.outcome = 'unchanged';
      state.attachmentsComplete = state.attachmentsComplete || stored.attachmentsComplete === true;
    } else {
      result.outcome = await storeDocument(run, planned, { ...answer, url: documentUrl }, facts, state);
    }
    await afterStore(run, stored?.checksum === checksum, state, facts);
  } catch (error) {
    if (run.input.signal?.aborted) return; // the run was stopped: neither done nor failed
    result.outcome = 'failed';
    result.message = messageWithUrl(error, documentUrl);
    run.report.failures.push({ url: documentUrl, message: result.message });
  }
  run.report.counts[result.outcome]++;
  run.report.meetings.push(result);
  run.done++;
  run.input.onProgress?.({
    type: 'meeting',
    done: run.done,
    total: run.total,
    meetingGuid: meeting.guid,
    committee: meeting.committee.name,
    date: meeting.date,
    reason: planned.reason,
    outcome: result.outcome,
    url: documentUrl,
    ...(result.message ? { message: result.message } : {}),
  });
}

/** Reads a changed or new document and hands it to the sink (a dry run only says what would happen). */
async function storeDocument(
  run: Run,
  planned: PlannedMeeting,
  answer: JsonAnswer,
  facts: DocumentFacts,
  state: HarvestStateEntry,
): Promise<StoreOutcome> {
  const { meeting, stored } = planned;
  const { client, sink, siteUrl } = run.input;
  const document = readDocument(answer.text, answer.json, answer.url);
  checkDocument(run, meeting, document, answer.url);
  if (run.report.dryRun) return stored?.checksum ? 'update' : 'new';
  return sink.storeMeeting({
    siteUrl,
    committee: meeting.committee,
    listed: meeting,
    sourceUrl: facts.agendaGuid ? client.resolve(`/vis/pdf/dagsorden/${facts.agendaGuid}`) : answer.url,
    documentUrl: answer.url,
    agendaGuid: facts.agendaGuid,
    bytes: answer.bytes,
    checksum: state.checksum,
    document,
    state: { ...state },
  });
}

/** Attachments (when asked for) and the state of a fetch that stored nothing. */
async function afterStore(
  run: Run,
  wasUnchanged: boolean,
  state: HarvestStateEntry,
  facts: DocumentFacts,
): Promise<void> {
  const { report, options, input } = run;
  report.attachments.closedSkipped += facts.closedAttachments;
  if (report.dryRun) {
    if (options.attachments && !state.attachmentsComplete)
      report.attachments.candidates += facts.openAttachments.length;
    return;
  }
  const wantsAttachments = options.attachments === true && (options.full === true || !state.attachmentsComplete);
  if (wantsAttachments) {
    state.attachmentsComplete = await harvestAttachments({
      client: input.client,
      sink: input.sink,
      siteUrl: input.siteUrl,
      meetingGuid: state.meetingGuid,
      refs: facts.openAttachments,
      full: options.full === true,
      maxBytes: options.maxAttachmentBytes ?? 50 * 1024 * 1024,
      counts: report.attachments,
      onFailure: (url, message) => report.failures.push({ url, message }),
      signal: input.signal,
    });
  }
  // A stored meeting's state went with it (storeMeeting); an unchanged fetch and attachments are recorded here.
  if (wasUnchanged || wantsAttachments) {
    await input.sink.recordFetched({ siteUrl: input.siteUrl, state });
  }
}

/** The JSON as a source for the First Agenda reader; its errors name the document's URL. */
function readDocument(text: string, json: unknown, url: string): MeetingDocument {
  const source: Source = { fileName: url, kind: 'json', text, lines: text.split('\n'), json };
  return readSource(source, 'firstagenda-json');
}

/** Notes where the document disagrees with the list (the list wins for identity and date). */
function checkDocument(run: Run, meeting: ListedMeeting, document: MeetingDocument, url: string): void {
  if (document.date !== meeting.date) {
    run.report.warnings.push(
      `${url}: dokumentets dato ${document.date} er ikke udvalgslistens ${meeting.date} (${meeting.dato}).`,
    );
  }
}

function messageWithUrl(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(url) ? message : `${url}: ${message}`;
}

function emptyReport(siteUrl: string, dryRun: boolean, now: Date): HarvestReport {
  return {
    siteUrl,
    dryRun,
    aborted: false,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    counts: { listed: 0, excluded: 0, planned: 0, fetched: 0, new: 0, update: 0, unchanged: 0, failed: 0, skipped: 0 },
    reasons: { full: 0, new: 0, listing_changed: 0, future: 0, recent: 0, attachments: 0 },
    attachments: emptyAttachmentCounts(),
    failures: [],
    removedAtSource: [],
    warnings: [],
    meetings: [],
    requests: {
      total: 0,
      byKind: { listing: 0, document: 0, attachment: 0, auth: 0, other: 0 },
      retries: 0,
      bytes: 0,
      authVisits: 0,
    },
    bytes: 0,
    timings: { listingMs: 0, meetingsMs: 0, totalMs: 0 },
  };
}
