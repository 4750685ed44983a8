/**
 * An in-memory HarvestSink for the harvester's tests: meetings by listing GUID (storing again
 * updates, never duplicates), the harvest state written with the meeting "in one transaction"
 * (both or neither), attachments by URL. `failStoreAfter` makes the n-th store throw, like a run
 * killed in the middle.
 */
import type { MeetingDocument } from '../../../src/domain/meeting-document.js';
import type { ListedMeeting } from '../../../src/importer/harvest/listing.js';
import type { MeetingState } from '../../../src/importer/harvest/plan.js';
import type {
  HarvestSink,
  HarvestStateEntry,
  StoreAttachmentInput,
  StoreMeetingInput,
  StoreOutcome,
} from '../../../src/importer/harvest/sink.js';

export interface StoredMeeting {
  guid: string;
  committee: string;
  document: MeetingDocument;
  checksum: string;
  sourceUrl: string;
  documentUrl: string;
  agendaGuid: string | null;
  writes: number;
}

export class MemorySink implements HarvestSink {
  readonly meetings = new Map<string, StoredMeeting>();
  readonly state = new Map<string, HarvestStateEntry>();
  readonly attachments = new Map<string, Omit<StoreAttachmentInput, 'bytes'> & { size: number }>();
  readonly calls = { storeMeeting: 0, recordFetched: 0, storeAttachment: 0, findAttachment: 0 };
  /** Throw on the n-th storeMeeting from now (1 = the next), before anything is written. */
  failStoreAfter: number | null = null;

  /** The committee list as last recorded: meeting GUID → when first seen, and when gone from the list. */
  readonly listing = new Map<string, { firstSeenAt: Date; removedAt: Date | null }>();

  async recordListing(input: { meetings: readonly ListedMeeting[]; seenAt: Date }): Promise<void> {
    const named = new Set(input.meetings.map((meeting) => meeting.guid));
    for (const [guid, entry] of this.listing) {
      if (!named.has(guid)) entry.removedAt ??= input.seenAt;
    }
    for (const guid of named) {
      const known = this.listing.get(guid);
      this.listing.set(guid, { firstSeenAt: known?.firstSeenAt ?? input.seenAt, removedAt: null });
    }
  }

  async loadState(): Promise<ReadonlyMap<string, MeetingState>> {
    return new Map([...this.state].map(([guid, entry]) => [guid, { ...entry }]));
  }

  async storeMeeting(input: StoreMeetingInput): Promise<StoreOutcome> {
    this.calls.storeMeeting++;
    if (this.failStoreAfter !== null && --this.failStoreAfter <= 0) {
      this.failStoreAfter = null;
      throw new Error('databasen forsvandt midt i kørslen');
    }
    if (input.listed.guid === '00000000-0000-0000-0000-000000000000') throw new Error('zero GUID as identity');
    await new Promise((resolve) => setImmediate(resolve));
    const known = this.meetings.get(input.listed.guid);
    const same = known !== undefined && JSON.stringify(known.document) === JSON.stringify(input.document);
    // The transaction: the meeting and its state together.
    this.meetings.set(input.listed.guid, {
      guid: input.listed.guid,
      committee: input.committee.name,
      document: input.document,
      checksum: input.checksum,
      sourceUrl: input.sourceUrl,
      documentUrl: input.documentUrl,
      agendaGuid: input.agendaGuid,
      writes: (known?.writes ?? 0) + (same ? 0 : 1),
    });
    this.state.set(input.listed.guid, { ...input.state });
    return known === undefined ? 'new' : same ? 'unchanged' : 'update';
  }

  async recordFetched(input: { siteUrl: string; state: HarvestStateEntry }): Promise<void> {
    this.calls.recordFetched++;
    if (!this.meetings.has(input.state.meetingGuid)) throw new Error(`recordFetched before the meeting was stored`);
    this.state.set(input.state.meetingGuid, { ...input.state });
  }

  async findAttachment(input: { url: string }): Promise<{ checksum: string } | null> {
    this.calls.findAttachment++;
    const known = this.attachments.get(input.url);
    return known ? { checksum: known.checksum } : null;
  }

  async storeAttachment(input: StoreAttachmentInput): Promise<StoreOutcome> {
    this.calls.storeAttachment++;
    if (!this.meetings.has(input.meetingGuid)) throw new Error('attachment before its meeting');
    const known = this.attachments.get(input.url);
    const { bytes, ...rest } = input;
    this.attachments.set(input.url, { ...rest, size: bytes.length });
    return known === undefined ? 'new' : known.checksum === input.checksum ? 'unchanged' : 'update';
  }
}
