/**
 * What the harvester hands its results to. The integrator implements it on the database (the
 * harvester itself knows no database); tests implement it in memory.
 *
 * Crash safety: `storeMeeting` writes the meeting AND its harvest state (`input.state`) in one
 * transaction, so a run killed at any moment leaves every stored meeting whole with the checksum
 * it was stored with; a meeting fetched but not yet stored has no new state and is planned again
 * (`new`, `recent` …) by the next run. The meeting's identity is `listed.guid` (the list's meeting
 * GUID, never a zero GUID), so storing it again updates it and never duplicates it.
 */
import type { MeetingDocument } from '../../domain/meeting-document.js';
import type { ListedCommittee, ListedMeeting } from './listing.js';
import type { MeetingState } from './plan.js';

export type StoreOutcome = 'new' | 'update' | 'unchanged';

export interface HarvestStateEntry extends MeetingState {
  meetingGuid: string;
  listedDato: string;
  lastFetchedAt: string;
  checksum: string;
  /** The open attachments with a PDF the fetched document offers (coverage). */
  attachmentsOffered?: number;
}

export interface StoreMeetingInput {
  siteUrl: string;
  committee: ListedCommittee;
  /** The meeting as the list gives it: `listed.guid` is its identity. */
  listed: ListedMeeting;
  /** Human-facing: the PDF of the whole document (`/vis/pdf/dagsorden/<agenda GUID>`). */
  sourceUrl: string;
  /** The API address the document was fetched from (`/api/agenda/dagsorden/<meeting GUID>`). */
  documentUrl: string;
  /** The document's top-level `Id` (each item's `AgendaUid`); null when missing or zero. */
  agendaGuid: string | null;
  /** The JSON exactly as received. */
  bytes: Uint8Array;
  /** sha256 of `bytes`, hex. */
  checksum: string;
  document: MeetingDocument;
  /** The harvest state to write in the same transaction as the meeting. */
  state: HarvestStateEntry;
}

export interface StoreAttachmentInput {
  siteUrl: string;
  meetingGuid: string;
  /** The item's number as printed, or null when the item has none. */
  itemNumber: number | null;
  title: string;
  /** The attachment's GUID on the site (`Bilag[].Id`). */
  documentId: string;
  url: string;
  bytes: Uint8Array;
  checksum: string;
  /** The text layer, pages joined by a blank line; "" without one. */
  text: string;
  /** The text of each page (index 0 is page 1); [] without a text layer. */
  pages: string[];
  /** false for a PDF without a text layer (a scan): it needs OCR, it is not an error. */
  hasText: boolean;
  /** The 1-based pages without a text layer, queued for OCR (every page of a scan). */
  ocrPages: number[];
}

export interface HarvestSink {
  /** The stored state of every meeting of the site, by meeting GUID. */
  loadState(siteUrl: string): Promise<ReadonlyMap<string, MeetingState>>;
  /**
   * Records what the committee list names this run (the meetings within the site's committees),
   * before any meeting is fetched: first seen, still listed, or gone from the list (removed at
   * the source). Not called on a dry run.
   */
  recordListing(input: { siteUrl: string; meetings: readonly ListedMeeting[]; seenAt: Date }): Promise<void>;
  /** Stores a changed or new meeting and `input.state`, in one transaction. */
  storeMeeting(input: StoreMeetingInput): Promise<StoreOutcome>;
  /**
   * Records a fetch that stored no meeting content (the document was unchanged), or the end of a
   * meeting's attachments (`attachmentsComplete`). The meeting is already stored.
   */
  recordFetched(input: { siteUrl: string; state: HarvestStateEntry }): Promise<void>;
  /** The checksum of an attachment stored before from this URL, or null (then it is fetched). */
  findAttachment(input: { siteUrl: string; meetingGuid: string; url: string }): Promise<{ checksum: string } | null>;
  storeAttachment(input: StoreAttachmentInput): Promise<StoreOutcome>;
}
