/**
 * harvestPublicationSite: one run over a publisher's First Agenda site into the archive. The
 * engine (src/importer/harvest) fetches politely and plans incrementally; this use case is its
 * database side: every meeting goes through the import path (storeMeetingDocument: one
 * transaction per meeting, the publisher's identities) with its harvest state written in the
 * same transaction, attachment files are stored once by checksum under the data folder with their
 * text (personal numbers masked: a file whose text held one is withheld, recorded for the admins
 * and never served), and the run is recorded with its counts and errors. Two processes never
 * harvest one site at once (an advisory lock per site; the second is told the site is busy).
 *
 * Who may call it: operators through `protokol harvest`, and the server's schedule.
 */
import type { Db } from '../../db/client.js';
import { findPublisherRow } from '../../db/publishers.js';
import { ensureHarvestSite, type HarvestSiteRow, listHarvestSites } from '../../db/stores/harvest-sites-store.js';
import {
  findHarvestFile,
  finishHarvestRun,
  harvestedMeetingId,
  loadHarvestState,
  recordHarvestListing,
  startHarvestRun,
  storeHarvestedAttachment,
  updateHarvestState,
  writeHarvestState,
} from '../../db/stores/harvest-store.js';
import type { PublisherRow } from '../../db/stores/identities.js';
import { withholdAttachment } from '../../db/stores/personal-number-findings.js';
import { withSiteLock } from '../../db/stores/site-lock.js';
import { maskPersonalNumbers } from '../../domain/cpr.js';
import { maskAttachmentPages } from '../../domain/cpr-document.js';
import { AppError } from '../../errors.js';
import { type HarvestProgress, type HarvestReport, harvestSite } from '../../importer/harvest/harvest-site.js';
import type { HarvestSink, HarvestStateEntry, StoreMeetingInput } from '../../importer/harvest/sink.js';
import {
  type HarvestClient,
  harvesterUserAgent,
  SiteClient,
  type SiteClientOptions,
} from '../../importer/harvest/site-client.js';
import { storeMeetingDocument } from '../imports/store-meeting-document.js';
import { attachmentPath, storeAttachmentFile } from '../meetings/add-attachment.js';
import { databaseBudget, type HostBudget } from './host-budget.js';

export interface HarvestInput {
  db: Db;
  site: HarvestSiteRow;
  /** Where attachment files are stored (`<dataDir>/attachments/<sha256>`); required with `attachments`. */
  dataDir?: string;
  since?: string;
  full?: boolean;
  attachments?: boolean;
  dryRun?: boolean;
  now?: Date;
  onProgress?: (event: HarvestProgress) => void;
  /** Each host's request budget across every process and run (none when not given: tests, one-off runs in code). */
  budget?: HostBudget;
  /** Told of every request the budget granted (tests count them per window). */
  onBudgetGrant?: (host: string, windowStart: Date) => void;
  /** The HTTP client's settings (tests and benchmarks: no gap, short timeouts); or a client of their own. */
  client?: Partial<SiteClientOptions> | HarvestClient;
  signal?: AbortSignal;
  /**
   * Pass over the site when a run of it started at or after this instant (the schedule: the start
   * of its round, so that a site another process harvested in the meantime is not fetched again).
   */
  unlessRunSince?: Date;
}

export type HarvestResult =
  | { ok: true; report: HarvestReport }
  /** `site_busy`: another process harvests the site's host now; `already_run`: a run began since `unlessRunSince`. */
  | { ok: false; reason: 'site_busy' | 'already_run' };

const USER_AGENT = harvesterUserAgent('0.1.0', 'https://github.com/protokol-dk/protokol');

/** The site for this address and publisher (registered now when it was not), ready to harvest. */
export async function siteForHarvest(
  db: Db,
  input: { url: string; publisher: PublisherRow; bodies?: string[] },
): Promise<HarvestSiteRow> {
  return ensureHarvestSite(db, {
    url: normalizeSiteUrl(input.url),
    publisherId: input.publisher.id,
    bodies: input.bodies ?? [],
  });
}

/** "https://Dagsordener.Greve.dk/" → "https://dagsordener.greve.dk": the site's root, the key of its state. */
export function normalizeSiteUrl(given: string): string {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new AppError('input_invalid', `»${given}« er ikke en adresse (fx https://dagsordener.greve.dk)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('input_invalid', `»${given}«: kun http- og https-adresser kan høstes`);
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

export async function harvestPublicationSite(input: HarvestInput): Promise<HarvestResult> {
  const { db, site } = input;
  if (input.attachments && !input.dryRun && !input.dataDir) {
    throw new AppError('input_invalid', '--attachments kræver en datamappe (PROTOKOL_DATA) til filerne');
  }
  const publisher = await findPublisherRow(db, site.publisherId);
  if (!publisher) throw new AppError('not_found', `udgiveren af ${site.url} findes ikke`);
  const locked = await withSiteLock(db, site.id, async () => {
    // Asked under the lease, so that a run another process ends just before is seen.
    if (input.unlessRunSince && (await hasRunSince(db, site.id, input.unlessRunSince))) return null;
    return run(input, publisher);
  });
  if (!locked.ok) return { ok: false, reason: 'site_busy' };
  return locked.value ? { ok: true, report: locked.value } : { ok: false, reason: 'already_run' };
}

async function hasRunSince(db: Db, siteId: number, since: Date): Promise<boolean> {
  const [site] = await listHarvestSites(db, { siteId });
  const startedAt = site?.lastRun?.startedAt;
  return startedAt !== undefined && startedAt.getTime() >= since.getTime();
}

async function run(input: HarvestInput, publisher: PublisherRow): Promise<HarvestReport> {
  const { db, site } = input;
  const client =
    input.client && 'getJson' in input.client
      ? input.client
      : new SiteClient({
          siteUrl: site.url,
          userAgent: USER_AGENT,
          ...(input.budget ? { budget: databaseBudget(db, input.budget, { onGrant: input.onBudgetGrant }) } : {}),
          ...(input.client ?? {}),
        });
  const runId = input.dryRun ? null : await startHarvestRun(db, site.id, input.full ? 'full' : 'incremental');
  try {
    const report = await harvestSite({
      client,
      sink: databaseSink(input, publisher),
      siteUrl: site.url,
      options: {
        since: input.since,
        bodies: site.bodies,
        full: input.full,
        attachments: input.attachments,
        dryRun: input.dryRun,
        now: input.now,
      },
      onProgress: input.onProgress,
      signal: input.signal,
    });
    if (runId !== null) {
      await finishHarvestRun(db, runId, {
        state: report.failures.length === 0 && !report.aborted ? 'ok' : 'partial',
        counts: { ...report.counts, attachments: report.attachments.new + report.attachments.update },
        errors: report.failures,
        requests: report.requests.total,
        bytes: report.bytes,
      });
    }
    return report;
  } catch (error) {
    if (runId !== null) {
      const url = (error as { url?: string }).url ?? site.url;
      await finishHarvestRun(db, runId, {
        state: 'failed',
        counts: {},
        errors: [{ url, message: (error as Error).message }],
        requests: client.stats().total,
        bytes: client.stats().bytes,
        httpStatus: (error as { status?: number }).status ?? null,
      }).catch(() => {});
    }
    throw error;
  }
}

/** The engine's sink on the database: the import path for meetings, files and texts for attachments. */
function databaseSink(input: HarvestInput, publisher: PublisherRow): HarvestSink {
  const { db, site } = input;
  const stateRow = (
    state: HarvestStateEntry,
    extra: {
      committeeGuid: string | null;
      committeeName: string;
      documentUrl: string;
      sourceUrl: string;
      meetingId: number | null;
    },
  ) => ({
    siteId: site.id,
    meetingGuid: state.meetingGuid,
    listedDato: state.listedDato,
    checksum: state.checksum,
    lastFetchedAt: state.lastFetchedAt,
    attachmentsComplete: state.attachmentsComplete === true,
    attachmentsOffered: state.attachmentsOffered,
    ...extra,
  });
  return {
    loadState: () => loadHarvestState(db, site.id),
    recordListing: ({ meetings, seenAt }) => recordHarvestListing(db, site.id, meetings, seenAt),
    async storeMeeting(meeting: StoreMeetingInput) {
      const extra = {
        committeeGuid: meeting.committee.guid,
        committeeName: meeting.committee.name,
        documentUrl: meeting.documentUrl,
        sourceUrl: meeting.sourceUrl,
      };
      const stored = await storeMeetingDocument({
        db,
        document: meeting.document,
        publisher,
        bytes: meeting.bytes,
        fileName: `${meeting.listed.guid}.json`,
        sourceIds: [meeting.listed.guid, ...(meeting.agendaGuid ? [meeting.agendaGuid] : [])],
        sourceUrl: meeting.sourceUrl,
        inTransaction: (tx, saved) =>
          writeHarvestState(tx, {
            ...stateRow(meeting.state, { ...extra, meetingId: saved.meetingId }),
            isMinutes: meeting.document.documentType === 'referat',
          }),
      });
      // The same content under other bytes: no transaction was needed for the meeting, the state still moves on.
      if (!stored.committed) {
        await writeHarvestState(db, stateRow(meeting.state, { ...extra, meetingId: stored.meetingId ?? null }));
      }
      return stored.state;
    },
    async recordFetched({ state }) {
      await updateHarvestState(db, site.id, state);
    },
    async findAttachment({ url }) {
      const checksum = await findHarvestFile(db, site.id, url);
      return checksum ? { checksum } : null;
    },
    async storeAttachment(attachment) {
      const meetingId = await harvestedMeetingId(db, site.id, attachment.meetingGuid);
      if (meetingId === null) throw new Error(`${attachment.url}: mødet ${attachment.meetingGuid} er ikke gemt`);
      // Personal numbers are masked in the text before it is stored; a file that held one is
      // neither written nor linked (the original would show it), only its masked text is kept.
      const masked = maskAttachmentPages(attachment.pages);
      const title = maskPersonalNumbers(attachment.title).text;
      const withheld = masked.findings.length > 0;
      if (!withheld) await storeAttachmentFile(input.dataDir!, attachment.checksum, attachment.bytes);
      return db.transaction(async (tx) => {
        const stored = await storeHarvestedAttachment(tx, {
          siteId: site.id,
          meetingId,
          itemNumber: attachment.itemNumber,
          title,
          documentId: attachment.documentId,
          url: attachment.url,
          sha256: attachment.checksum,
          filePath: attachmentPath(attachment.checksum),
          sizeBytes: attachment.bytes.length,
          pages: masked.pages,
          hasText: attachment.hasText,
          ocrPages: attachment.ocrPages,
        });
        if (withheld) {
          await withholdAttachment(tx, {
            meetingId,
            sha256: attachment.checksum,
            itemNumber: attachment.itemNumber,
            title,
            findings: masked.findings,
          });
        }
        return stored;
      });
    },
  };
}
