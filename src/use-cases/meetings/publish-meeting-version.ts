/**
 * publishMeetingVersion: what publishing the agenda, the minutes and a correction share. In one
 * transaction it freezes the working copy as the next version (the members' view, closed items
 * included), writes it to the public record — the meeting tables that the portal, search, the API
 * and the feeds read, where closed items are kept from the public as for imported meetings — sets
 * the meeting's status, and writes the audit log.
 *
 * Who may call it: publishAgenda, publishMinutes and publishCorrection (the body's secretariat and
 * admins). Returns the version's number, or why not.
 */

import type { Db, Tx } from '../../db/client.js';
import { writeMeetingContent } from '../../db/stores/meeting-store.js';
import {
  type DraftAttachment,
  type DraftItem,
  findLatestVersion,
  insertVersion,
  listDraftAttachments,
  listDraftItems,
  setPublishedAttachmentFile,
  updateMeetingRow,
} from '../../db/stores/meetings.js';
import { findBody } from '../../db/stores/people.js';
import { copenhagenInstant } from '../../domain/copenhagen-time.js';
import { formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate, type MeetingStatus } from '../../domain/meeting.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { draftDocument, type VersionKind } from '../../domain/meeting-draft.js';
import type { MinutesApprovalRefusal } from '../../domain/procedure-rules.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { notifyPublication } from '../notifications/notify-publication.js';
import { syncProcessSteps } from '../processes/sync-process-steps.js';
import { queueSubscriptionMessages } from '../subscriptions/queue-subscription-messages.js';
import { attachmentPath } from './add-attachment.js';
import { type DraftProblem, type LockedMeeting, lockEditableMeeting, sameJson } from './draft-access.js';

/** Why a publication was refused. */
export type PublishProblem =
  | DraftProblem
  | 'already_published'
  | 'not_published'
  | 'no_items'
  | 'reason_missing'
  | 'unchanged';

export type PublishResult =
  | { ok: true; version: number; kind: VersionKind }
  | { ok: false; reason: PublishProblem }
  /** Minutes whose approval by the members (the body's rules of procedure) is not complete. */
  | { ok: false; reason: 'approval'; refusal: MinutesApprovalRefusal }
  /** Minutes before the meeting has begun: its date and start time (Danish wall time) to say when. */
  | { ok: false; reason: 'not_started'; heldOn: string; startTime: string | null };

type PublishAction = 'agenda' | 'minutes' | 'correction';

/**
 * A check of the minutes about to be published, in the publishing transaction (the members'
 * approval, use-cases/member-work): a refusal, or what to record once the version is written.
 */
export type MinutesGate = (
  tx: Tx,
  input: { meetingId: number; bodyId: number; document: MeetingDocument; now: Date },
) => Promise<
  { ok: true; published: (version: number) => Promise<void> } | { ok: false; refusal: MinutesApprovalRefusal }
>;

export interface PublishVersionInput {
  db: Db;
  meetingId: number;
  /** 'correction': a new version of what is published now (agenda or minutes), with a reason. */
  action: PublishAction;
  reason?: string | null;
  actor: AuditActor;
  now?: Date;
  /** Minutes only: the members' approval, checked before the version is written. */
  gate?: MinutesGate;
}

const STATUS_AFTER: Record<VersionKind, 'agenda_published' | 'minutes_published'> = {
  agenda: 'agenda_published',
  minutes: 'minutes_published',
};

export async function publishMeetingVersion({
  db,
  meetingId,
  action,
  reason = null,
  actor,
  now = new Date(),
  gate,
}: PublishVersionInput): Promise<PublishResult> {
  const trimmedReason = reason?.trim() || null;
  if (action === 'correction' && !trimmedReason) return { ok: false, reason: 'reason_missing' };
  const result = await db.transaction(async (tx): Promise<PublishResult> => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const meeting = locked.meeting;
    const kind = versionKind(action, meeting.status);
    if (!kind.ok) return kind;
    if (action === 'minutes' && now < meetingStart(meeting)) {
      return { ok: false, reason: 'not_started', heldOn: meeting.heldOn, startTime: meeting.startTime } as const;
    }
    const draft = await loadWorkingCopy(tx, meeting, kind.kind);
    if (!draft) return { ok: false, reason: 'no_items' } as const;
    const { document } = draft;
    const latest = await findLatestVersion(tx, meetingId);
    if (action === 'correction' && latest && sameJson(latest.snapshot as unknown as MeetingDocument, document)) {
      return { ok: false, reason: 'unchanged' } as const;
    }
    const number = (latest?.number ?? 0) + 1;
    const checked =
      action === 'minutes' && gate ? await gate(tx, { meetingId, bodyId: meeting.bodyId, document, now }) : null;
    if (checked && !checked.ok) return { ok: false, reason: 'approval', refusal: checked.refusal } as const;
    await insertVersion(tx, {
      meetingId,
      number,
      kind: kind.kind,
      publishedAt: now,
      publishedOn: copenhagenDate(now),
      publishedByUserId: actor.userId,
      publishedByLabel: actor.label,
      reason: action === 'correction' ? trimmedReason : null,
      snapshot: document as unknown as Record<string, unknown>,
    });
    await writePublicRecord(tx, meeting, draft);
    if (checked) await checked.published(number);
    const status = STATUS_AFTER[kind.kind];
    // Its `updatedAt` is the wall clock, not `now`: the portal's page cache notices new data by it (dataVersion).
    await updateMeetingRow(tx, meetingId, { status, documentType: kind.kind === 'minutes' ? 'referat' : 'dagsorden' });
    await recordAuditEntry(tx, {
      actor,
      action: action === 'correction' ? 'meeting.publish_correction' : `meeting.publish_${kind.kind}`,
      entity: 'meeting',
      entityId: meetingId,
      before: { status: meeting.status, version: latest?.number ?? null },
      after: {
        status,
        version: number,
        kind: kind.kind,
        reason: action === 'correction' ? trimmedReason : null,
        items: document.items.length,
      },
    });
    // Members and the secretariat of the body are told (in the same transaction: the outbox).
    if (action !== 'correction') {
      await notifyPublication(tx, {
        bodyId: meeting.bodyId,
        kind: kind.kind === 'minutes' ? 'minutes_published' : 'agenda_published',
        meetingId,
        meetingTitle: `${document.body}, ${formatMeetingDate(document.date, document.startTime)}`,
        actorUserId: actor.userId,
        now,
      });
    }
    return { ok: true, version: number, kind: kind.kind } as const;
  });
  // Anyone following it by e-mail (after the commit; a correction tells no one again).
  if (result.ok && action !== 'correction') {
    const documentType = result.kind === 'minutes' ? 'referat' : 'dagsorden';
    await queueSubscriptionMessages(db, { kind: 'meeting', meetingId, documentType }, now);
  }
  return result;
}

/** When the meeting begins: its start time in Danish time, or the start of its day when it has none. */
function meetingStart(meeting: LockedMeeting): Date {
  return copenhagenInstant(meeting.heldOn, meeting.startTime ?? '00:00');
}

/** What this action publishes, given where the meeting stands; or why it cannot. */
function versionKind(
  action: PublishAction,
  status: MeetingStatus,
): { ok: true; kind: VersionKind } | { ok: false; reason: PublishProblem } {
  if (action === 'agenda') {
    return status === 'planned' ? { ok: true, kind: 'agenda' } : { ok: false, reason: 'already_published' };
  }
  if (action === 'minutes') {
    return status === 'minutes_published' ? { ok: false, reason: 'already_published' } : { ok: true, kind: 'minutes' };
  }
  if (status === 'agenda_published') return { ok: true, kind: 'agenda' };
  if (status === 'minutes_published') return { ok: true, kind: 'minutes' };
  return { ok: false, reason: 'not_published' };
}

export interface WorkingCopy {
  items: DraftItem[];
  filesOf: (itemId: number) => DraftAttachment[];
  /** The document to publish (the members' view). */
  document: MeetingDocument;
}

/** The meeting's working copy and the document it makes; null when it has no items (draft minutes are sent from it too). */
export async function loadWorkingCopy(tx: Tx, meeting: LockedMeeting, kind: VersionKind): Promise<WorkingCopy | null> {
  const body = await findBody(tx, meeting.bodyId);
  const items = await listDraftItems(tx, meeting.id);
  if (items.length === 0) return null;
  const files = await listDraftAttachments(
    tx,
    items.map((item) => item.id),
  );
  const filesOf = (itemId: number) => files.filter((file) => file.itemId === itemId);
  const document = draftDocument(
    {
      bodyName: body?.name ?? '',
      heldOn: meeting.heldOn,
      startTime: meeting.startTime,
      location: meeting.location,
      participants: meeting.draftParticipants,
      items: items.map((item) => ({
        title: item.title,
        timeSlot: item.timeSlot,
        caseNumber: item.caseNumber,
        isClosed: item.isClosed,
        sections: item.sections,
        decision: item.decision,
        absentees: item.absentees,
        attachments: filesOf(item.id).map((file) => ({ title: file.title, isClosed: file.isClosed })),
      })),
    },
    kind,
  );
  return { items, filesOf, document };
}

/** The public record: the same tables imported meetings live in, with the attachments' stored files. */
async function writePublicRecord(tx: Tx, meeting: LockedMeeting, { items, filesOf, document }: WorkingCopy) {
  const itemIds = await writeMeetingContent(tx, { meetingId: meeting.id, bodyId: meeting.bodyId, document });
  // Process steps scheduled on the draft items follow the published items and their decisions.
  await syncProcessSteps(tx, {
    meetingId: meeting.id,
    published: items.map((item, index) => ({ draftItemId: item.id, itemId: itemIds[index] })),
  });
  for (const [index, item] of items.entries()) {
    for (const [position, file] of filesOf(item.id).entries()) {
      await setPublishedAttachmentFile(
        tx,
        { itemId: itemIds[index], position },
        { filePath: attachmentPath(file.sha256), mediaType: file.mediaType, sizeBytes: file.sizeBytes },
      );
    }
  }
}
