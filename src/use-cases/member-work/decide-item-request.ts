/**
 * decideItemRequest: the secretariat's answer to a member's request for an item. Accepting puts a
 * draft item at the end of the meeting's agenda with the request's title, the member named as
 * proposer (a "Forslagsstiller" section with their reason) and their file as an attachment;
 * declining needs the reason why not. Both are in the audit log and the member is told (once).
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns the draft item's id
 * when accepted, or why not.
 */
import type { Db, Tx } from '../../db/client.js';
import { insertDraftAttachment, insertDraftItem, listDraftItemOrder } from '../../db/stores/meetings.js';
import { type ItemRequestRow, lockItemRequest, updateItemRequest } from '../../db/stores/member-work.js';
import { findBody } from '../../db/stores/people.js';
import { itemFromTemplate } from '../../domain/agenda-templates.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { LIMITS } from '../../domain/meeting-draft.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { itemAuditView, lockEditableMeeting } from '../meetings/draft-access.js';
import { notify } from '../notifications/notify.js';
import { requestHref } from './request-item.js';

export const DECLINE_REASON_MAX = 4_000;

/** The heading of the section that names who proposed the item. */
export const PROPOSER_HEADING = 'Forslagsstiller';

export interface DecideItemRequestInput {
  db: Db;
  requestId: number;
  decision: { accept: true } | { accept: false; reason: string };
  permissions: Actor;
  actor: AuditActor;
  now?: Date;
}

export type DecideItemRequestResult =
  | { ok: true; state: 'accepted'; itemId: number; meetingId: number }
  | { ok: true; state: 'declined'; meetingId: number }
  | {
      ok: false;
      reason: 'not_found' | 'forbidden' | 'already_decided' | 'reason_missing' | 'reason_too_long' | 'not_editable';
    };

/** The draft item of an accepted request: at the end of the agenda, the proposer named first, the file attached. */
async function makeDraftItem(tx: Tx, request: ItemRequestRow) {
  const locked = await lockEditableMeeting(tx, request.meetingId);
  if (!locked.ok) return { ok: false, reason: 'not_editable' } as const;
  if (locked.meeting.status === 'minutes_published' || locked.meeting.status === 'held') {
    return { ok: false, reason: 'not_editable' } as const;
  }
  const content = itemFromTemplate('case', request.title.slice(0, LIMITS.titleMax));
  const proposer = {
    kind: 'other',
    heading: PROPOSER_HEADING,
    text: `${request.requesterName} har anmodet om punktet (${formatDate(copenhagenDate(request.receivedAt))}).\n\n${request.reason}`,
  };
  const order = await listDraftItemOrder(tx, request.meetingId);
  const position = order.length === 0 ? 0 : Math.max(...order.map((item) => item.position)) + 1;
  const created = await insertDraftItem(tx, {
    meetingId: request.meetingId,
    position,
    title: content.title,
    isClosed: false,
    sections: [proposer, ...content.sections],
  });
  if (request.attachmentSha256 && request.attachmentFileName && request.attachmentMediaType) {
    await insertDraftAttachment(tx, {
      itemId: created.id,
      position: 0,
      title: request.attachmentFileName.replace(/\.[^.]+$/, '').slice(0, LIMITS.titleMax),
      fileName: request.attachmentFileName,
      mediaType: request.attachmentMediaType,
      sizeBytes: request.attachmentSizeBytes ?? 0,
      sha256: request.attachmentSha256,
      isClosed: false,
    });
  }
  return { ok: true, created, heldOn: locked.meeting.heldOn, number: order.length + 1 } as const;
}

export async function decideItemRequest(input: DecideItemRequestInput): Promise<DecideItemRequestResult> {
  const declineReason = input.decision.accept ? null : input.decision.reason.trim();
  if (declineReason === '') return { ok: false, reason: 'reason_missing' };
  if (declineReason && declineReason.length > DECLINE_REASON_MAX) return { ok: false, reason: 'reason_too_long' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx): Promise<DecideItemRequestResult> => {
    const request = await lockItemRequest(tx, input.requestId);
    if (!request) return { ok: false, reason: 'not_found' };
    if (!can(input.permissions, 'edit_meeting', { bodyId: request.bodyId })) return { ok: false, reason: 'forbidden' };
    if (request.state !== 'pending') return { ok: false, reason: 'already_decided' };
    const bodyName = (await findBody(tx, request.bodyId))?.name ?? '';
    const tell = (subject: string, text: string) =>
      notify(tx, {
        kind: 'item_request',
        recipients: [{ userId: request.userId, relation: 'member' }],
        bodyName,
        message: { subject, text },
        link: requestHref(request.id),
        eventKey: `item_request:${request.id}:decided`,
        now,
      });
    if (declineReason) {
      await updateItemRequest(tx, request.id, {
        state: 'declined',
        decidedAt: now,
        decidedByUserId: input.actor.userId,
        declineReason,
        updatedAt: now,
      });
      await recordAuditEntry(tx, {
        actor: input.actor,
        action: 'item_request.decline',
        entity: 'item_request',
        entityId: request.id,
        before: { state: request.state },
        after: { state: 'declined', reason: declineReason },
      });
      await tell(
        `Din anmodning om et punkt er ikke imødekommet: ${request.title}`,
        `Sekretariatets begrundelse: ${declineReason}`,
      );
      return { ok: true, state: 'declined', meetingId: request.meetingId };
    }
    const made = await makeDraftItem(tx, request);
    if (!made.ok) return made;
    const { created, heldOn, number } = made;
    await updateItemRequest(tx, request.id, {
      state: 'accepted',
      decidedAt: now,
      decidedByUserId: input.actor.userId,
      draftItemId: created.id,
      updatedAt: now,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'item_request.accept',
      entity: 'item_request',
      entityId: request.id,
      before: { state: request.state },
      after: { state: 'accepted', itemId: created.id, item: itemAuditView(created, number) },
    });
    await tell(
      `Din anmodning om et punkt er imødekommet: ${request.title}`,
      `Punktet er sat på dagsordenen til mødet ${formatDate(heldOn)} med dig som forslagsstiller.`,
    );
    return { ok: true, state: 'accepted', itemId: created.id, meetingId: request.meetingId };
  });
}
