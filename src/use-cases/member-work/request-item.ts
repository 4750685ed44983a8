/**
 * requestItem: a member asks for an item on a coming meeting of their body (anmodning om
 * optagelse af punkt): a title, the reason, and a file when they have one (checked and stored as
 * the secretariat's attachments are). The body's rules of procedure give the deadline (N days
 * before the meeting, moved back to a working day, in Danish time); a request after it is for the
 * next meeting after, and the member is told which. The member and the body's secretariat are told
 * (notifications, once); the audit log records it.
 *
 * Who may call it: the body's members (the audience of `ask_question`) and admins. Returns the
 * request's id, the meeting it is for and whether it came late; or why not.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import {
  findProcedureRules,
  findUserName,
  insertItemRequest,
  listComingMeetings,
} from '../../db/stores/member-work.js';
import { findBody } from '../../db/stores/people.js';
import { type AttachmentProblem, checkAttachmentFile, cleanFileName } from '../../domain/attachment-file.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { placeItemRequest } from '../../domain/procedure-rules.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { StorageUnavailable, storeAttachmentFile } from '../meetings/add-attachment.js';
import { bodyRecipients, notify } from '../notifications/notify.js';

export const REQUEST_LIMITS = { titleMax: 300, reasonMax: 8_000 } as const;

export type ItemRequestProblem =
  | 'title_missing'
  | 'title_too_long'
  | 'reason_missing'
  | 'reason_too_long'
  | 'meeting_missing';

const FieldsSchema = z.object({
  title: z.string().trim().min(1, 'title_missing').max(REQUEST_LIMITS.titleMax, 'title_too_long'),
  reason: z.string().trim().min(1, 'reason_missing').max(REQUEST_LIMITS.reasonMax, 'reason_too_long'),
  meetingId: z.number('meeting_missing').int('meeting_missing').positive('meeting_missing'),
});

export interface RequestItemInput {
  db: Db;
  bodyId: number;
  meetingId: number;
  userId: number;
  title: string;
  reason: string;
  file?: { fileName: string; bytes: Uint8Array } | null;
  /** The data folder: needed only with a file. */
  dataDir?: string;
  permissions: Actor;
  actor: AuditActor;
  now?: Date;
}

export type RequestItemResult =
  | { ok: true; requestId: number; meetingId: number; heldOn: string; isLate: boolean; deadlineOn: string }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'invalid'; problems: ItemRequestProblem[] }
  | { ok: false; reason: 'file_invalid'; problem: AttachmentProblem | 'no_storage' }
  /** The asked meeting is not a coming meeting of the body. */
  | { ok: false; reason: 'meeting_not_coming' }
  /** Too late for the asked meeting, and no later meeting is planned. */
  | { ok: false; reason: 'no_later_meeting'; deadlineOn: string };

/** The member's page of a request. */
export const requestHref = (requestId: number) => `/mig/anmodninger/${requestId}`;

/** The member (which meeting the request is for, and why when late) and the secretariat are told, once. */
async function tellReceived(
  tx: Tx,
  context: {
    input: RequestItemInput;
    requestId: number;
    requesterName: string;
    title: string;
    asked: { heldOn: string };
    meeting: { id: number; heldOn: string; startTime: string | null };
    placed: { isLate: boolean; deadlineOn: string };
    now: Date;
  },
): Promise<void> {
  const { input, requestId, requesterName, title, asked, meeting, placed, now } = context;
  const bodyName = (await findBody(tx, input.bodyId))?.name ?? '';
  const when = formatMeetingDate(meeting.heldOn, meeting.startTime);
  const lateText = placed.isLate
    ? ` Fristen for mødet ${formatDate(asked.heldOn)} var ${formatDate(placed.deadlineOn)}, så punktet er anmodet optaget på det næste møde, ${when}.`
    : ` Punktet er anmodet optaget på mødet ${when}.`;
  await notify(tx, {
    kind: 'item_request',
    recipients: [{ userId: input.userId, relation: 'member' }],
    bodyName,
    message: {
      subject: `Din anmodning om et punkt er modtaget: ${title}`,
      text: `Sekretariatet har modtaget din anmodning.${lateText}`,
    },
    link: requestHref(requestId),
    eventKey: `item_request:${requestId}:received`,
    now,
  });
  await notify(tx, {
    kind: 'item_request',
    recipients: await bodyRecipients(tx, { bodyId: input.bodyId, roles: ['secretariat'], except: input.userId }),
    bodyName,
    message: {
      subject: `Anmodning om optagelse af punkt: ${title}`,
      text: `${requesterName} anmoder om et punkt på mødet ${when}.${placed.isLate ? ' Anmodningen kom efter fristen for det ønskede møde.' : ''}`,
    },
    link: `/sekretariat/moede/${meeting.id}/anmodninger`,
    eventKey: `item_request:${requestId}:received_secretariat`,
    now,
  });
}

type StoredFile = { fileName: string; mediaType: string; sizeBytes: number; sha256: string };

/** The member's file checked by its content and stored under the data folder, as the secretariat's attachments. */
async function storeFile(
  upload: { fileName: string; bytes: Uint8Array },
  dataDir: string | undefined,
): Promise<
  { ok: true; file: StoredFile } | { ok: false; reason: 'file_invalid'; problem: AttachmentProblem | 'no_storage' }
> {
  if (!dataDir) return { ok: false, reason: 'file_invalid', problem: 'no_storage' };
  const fileName = cleanFileName(upload.fileName);
  const checked = checkAttachmentFile(fileName, upload.bytes);
  if (!checked.ok) return { ok: false, reason: 'file_invalid', problem: checked.problem };
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  try {
    await storeAttachmentFile(dataDir, sha256, upload.bytes);
  } catch (error) {
    if (error instanceof StorageUnavailable) return { ok: false, reason: 'file_invalid', problem: 'no_storage' };
    throw error;
  }
  return { ok: true, file: { fileName, mediaType: checked.mediaType, sizeBytes: upload.bytes.length, sha256 } };
}

export async function requestItem(input: RequestItemInput): Promise<RequestItemResult> {
  if (!can(input.permissions, 'ask_question', { bodyId: input.bodyId })) return { ok: false, reason: 'forbidden' };
  const parsed = FieldsSchema.safeParse({ title: input.title, reason: input.reason, meetingId: input.meetingId });
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [...new Set(parsed.error.issues.map((issue) => issue.message as ItemRequestProblem))],
    };
  }
  const fields = parsed.data;
  const stored = input.file && input.file.bytes.length > 0 ? await storeFile(input.file, input.dataDir) : null;
  if (stored && !stored.ok) return stored;
  const file = stored?.file ?? null;
  const now = input.now ?? new Date();
  const today = copenhagenDate(now);
  return input.db.transaction(async (tx): Promise<RequestItemResult> => {
    const coming = await listComingMeetings(tx, input.bodyId, today);
    const asked = coming.find((meeting) => meeting.id === fields.meetingId);
    if (!asked) return { ok: false, reason: 'meeting_not_coming' };
    const rules = await findProcedureRules(tx, input.bodyId);
    const placed = placeItemRequest({
      receivedOn: today,
      asked,
      later: coming,
      daysBefore: rules.itemRequestDaysBefore,
    });
    if (!placed.ok) return placed;
    const meeting = coming.find((candidate) => candidate.id === placed.meeting.id) ?? asked;
    const requesterName = (await findUserName(tx, input.userId)) ?? input.actor.label;
    const requestId = await insertItemRequest(tx, {
      bodyId: input.bodyId,
      userId: input.userId,
      requesterName,
      askedMeetingId: asked.id,
      meetingId: meeting.id,
      isLate: placed.isLate,
      title: fields.title,
      reason: fields.reason,
      attachmentFileName: file?.fileName ?? null,
      attachmentMediaType: file?.mediaType ?? null,
      attachmentSizeBytes: file?.sizeBytes ?? null,
      attachmentSha256: file?.sha256 ?? null,
      receivedAt: now,
      deadlineOn: placed.deadlineOn,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'item_request.create',
      entity: 'item_request',
      entityId: requestId,
      before: null,
      after: {
        bodyId: input.bodyId,
        askedMeetingId: asked.id,
        meetingId: meeting.id,
        isLate: placed.isLate,
        deadlineOn: placed.deadlineOn,
        title: fields.title,
        file: file?.fileName ?? null,
      },
    });
    await tellReceived(tx, { input, requestId, requesterName, title: fields.title, asked, meeting, placed, now });
    return {
      ok: true,
      requestId,
      meetingId: meeting.id,
      heldOn: meeting.heldOn,
      isLate: placed.isLate,
      deadlineOn: placed.deadlineOn,
    };
  });
}
