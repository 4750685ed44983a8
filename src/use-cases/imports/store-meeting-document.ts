/**
 * storeMeetingDocument: one parsed meeting document → its stored meeting, in one transaction of
 * its own: new, update or unchanged (the same content: nothing written). The single path by
 * which imported files and harvested sites reach the database. A failure inside the transaction
 * leaves nothing of the meeting; a collision with a concurrent import is retried from the start.
 *
 * Personal numbers (CPR) never reach the public: every text of the document is masked first
 * (domain/cpr-document.ts), so the stored meeting, and with it the pages, the search index, the
 * API, OParl, the feeds and the exports, hold only the mask; where each was found is recorded for
 * the admins in the meeting's transaction (never the number); and the published file itself is
 * not kept as the meeting's source document when it held one. The content hash is the masked
 * document's, so a meeting stored before masking existed is written again, masked, when it comes
 * again.
 *
 * Who may call it: importMeetings and the harvester (operators through the CLI, the server's schedule).
 */
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { PublisherRow } from '../../db/stores/identities.js';
import { findStoredMeeting, type ImportLookups, type SaveState, saveMeeting } from '../../db/stores/meeting-store.js';
import { replaceDocumentFindings } from '../../db/stores/personal-number-findings.js';
import { maskMeetingDocument } from '../../domain/cpr-document.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { syncProcessSteps } from '../processes/sync-process-steps.js';
import { queueSubscriptionMessages } from '../subscriptions/queue-subscription-messages.js';

export interface StoreDocumentInput {
  db: Db;
  document: MeetingDocument;
  publisher: PublisherRow;
  /** The published file, kept as the meeting's source document. */
  bytes: Uint8Array;
  fileName: string;
  /** The source's own ids beyond the document's (a harvested site's meeting GUID). */
  sourceIds?: string[];
  sourceUrl?: string | null;
  isFictitious?: boolean;
  dryRun?: boolean;
  /** Look-ups kept for a whole run (importMeetings makes one per run). */
  lookups?: ImportLookups;
  /** Runs inside the meeting's transaction after it was written (harvest state, test hooks); not for an unchanged meeting seen before any transaction. */
  inTransaction?: (tx: Tx, meeting: { meetingId: number; state: SaveState }) => Promise<void> | void;
}

export interface StoreDocumentResult {
  state: SaveState;
  committed: boolean;
  meetingId?: number;
  /** Personal numbers masked in the document (0 when none). */
  personalNumbers: number;
}

/** What makes two imports of a meeting the same content: the document and who published it. */
function hashDocument(document: MeetingDocument, isFictitious: boolean, publisherId?: number): string {
  return createHash('sha256').update(JSON.stringify({ document, isFictitious, publisherId })).digest('hex');
}

export async function storeMeetingDocument(input: StoreDocumentInput): Promise<StoreDocumentResult> {
  const { db, publisher, isFictitious = false } = input;
  const { document, findings } = maskMeetingDocument(input.document);
  const personalNumbers = findings.length;
  const contentHash = hashDocument(document, isFictitious, publisher.id);
  // The fast path for unchanged meetings and dry runs, without a transaction.
  const seen = await findStoredMeeting(db, publisher, document, input.sourceIds, input.lookups);
  const seenState: SaveState = !seen ? 'new' : seen.contentHash === contentHash ? 'unchanged' : 'update';
  if (input.dryRun || seenState === 'unchanged') {
    return { state: seenState, committed: false, meetingId: seen?.id, personalNumbers };
  }
  const checksum = createHash('sha256').update(input.bytes).digest('hex');
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await db.transaction(async (tx): Promise<StoreDocumentResult> => {
        const saved = await saveMeeting(tx, {
          document,
          publisher,
          contentHash,
          isFictitious,
          sourceIds: input.sourceIds,
          sourceUrl: input.sourceUrl,
          lookups: input.lookups,
          source: {
            fileName: input.fileName,
            checksum,
            sizeBytes: input.bytes.length,
            format: document.format ?? 'unknown',
            // The published file holds the number unmasked: it is not kept when a number was found.
            content: personalNumbers > 0 ? undefined : input.bytes,
            withheld: personalNumbers > 0,
          },
        });
        if (saved.state !== 'unchanged') {
          await replaceDocumentFindings(tx, saved.meetingId, findings);
          await syncProcessSteps(tx, { meetingId: saved.meetingId }); // steps linked to its items follow their decisions
        }
        await input.inTransaction?.(tx, saved);
        return {
          state: saved.state,
          committed: saved.state !== 'unchanged',
          meetingId: saved.meetingId,
          personalNumbers,
        };
      });
      // Published minutes and agendas that arrive by import or harvest are told to their
      // followers like a secretariat's, after the commit (one message per subscription and event).
      if (stored.committed && stored.meetingId !== undefined) {
        await queueSubscriptionMessages(db, {
          kind: 'meeting',
          meetingId: stored.meetingId,
          documentType: document.documentType,
        });
      }
      return stored;
    } catch (error) {
      if (attempt < 3 && isTransientConflict(error)) continue;
      throw error;
    }
  }
}

/**
 * Concurrent imports can collide (the same new meeting in two files, a deadlock): PostgreSQL
 * aborts one transaction, which is then tried again from the start.
 */
function isTransientConflict(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown })?.cause].map((e) => (e as { code?: string } | undefined)?.code);
  return codes.some((code) => code === '40P01' || code === '40001' || code === '23505');
}
