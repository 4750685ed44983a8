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

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { writeMeetingContent } from '../../db/meeting-store.js';
import { attachments, bodies, draftAttachments, draftItems, meetings, meetingVersions } from '../../db/schema/index.js';
import { formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { type DraftMeeting, draftDocument, type VersionKind } from '../../domain/meeting-draft.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { notifyPublication } from '../notifications/notify.js';
import { attachmentPath } from './add-attachment.js';
import { type DraftProblem, lockEditableMeeting, sameJson } from './draft-access.js';

/** Why a publication was refused. */
export type PublishProblem =
  | DraftProblem
  | 'already_published'
  | 'not_published'
  | 'no_items'
  | 'reason_missing'
  | 'unchanged';

export type PublishResult = { ok: true; version: number; kind: VersionKind } | { ok: false; reason: PublishProblem };

export interface PublishVersionInput {
  db: Db;
  meetingId: number;
  /** 'correction': a new version of what is published now (agenda or minutes), with a reason. */
  action: 'agenda' | 'minutes' | 'correction';
  reason?: string | null;
  actor: AuditActor;
  now?: Date;
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
}: PublishVersionInput): Promise<PublishResult> {
  const trimmedReason = reason?.trim() || null;
  if (action === 'correction' && !trimmedReason) return { ok: false, reason: 'reason_missing' };
  return db.transaction(async (tx) => {
    const locked = await lockEditableMeeting(tx, meetingId);
    if (!locked.ok) return locked;
    const meeting = locked.meeting;
    let kind: VersionKind;
    if (action === 'agenda') {
      if (meeting.status !== 'planned') return { ok: false, reason: 'already_published' } as const;
      kind = 'agenda';
    } else if (action === 'minutes') {
      if (meeting.status === 'minutes_published') return { ok: false, reason: 'already_published' } as const;
      kind = 'minutes';
    } else {
      if (meeting.status === 'agenda_published') kind = 'agenda';
      else if (meeting.status === 'minutes_published') kind = 'minutes';
      else return { ok: false, reason: 'not_published' } as const;
    }

    const [body] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, meeting.bodyId));
    const items = await tx
      .select()
      .from(draftItems)
      .where(eq(draftItems.meetingId, meetingId))
      .orderBy(asc(draftItems.position), asc(draftItems.id));
    if (items.length === 0) return { ok: false, reason: 'no_items' } as const;
    const files =
      items.length === 0
        ? []
        : await tx
            .select()
            .from(draftAttachments)
            .where(
              inArray(
                draftAttachments.itemId,
                items.map((item) => item.id),
              ),
            )
            .orderBy(asc(draftAttachments.itemId), asc(draftAttachments.position), asc(draftAttachments.id));
    const filesOf = (itemId: number) => files.filter((file) => file.itemId === itemId);

    const draft: DraftMeeting = {
      bodyName: body.name,
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
    };
    const document = draftDocument(draft, kind);

    const [latest] = await tx
      .select({ number: meetingVersions.number, snapshot: meetingVersions.snapshot })
      .from(meetingVersions)
      .where(eq(meetingVersions.meetingId, meetingId))
      .orderBy(desc(meetingVersions.number))
      .limit(1);
    if (action === 'correction' && latest && sameJson(latest.snapshot as unknown as MeetingDocument, document)) {
      return { ok: false, reason: 'unchanged' } as const;
    }
    const number = (latest?.number ?? 0) + 1;
    const publishedOn = copenhagenDate(now);
    await tx.insert(meetingVersions).values({
      meetingId,
      number,
      kind,
      publishedAt: now,
      publishedOn,
      publishedByUserId: actor.userId,
      publishedByLabel: actor.label,
      reason: action === 'correction' ? trimmedReason : null,
      snapshot: document as unknown as Record<string, unknown>,
    });

    // The public record: the same tables imported meetings live in.
    const itemIds = await writeMeetingContent(tx, { meetingId, bodyId: meeting.bodyId, document });
    for (const [index, item] of items.entries()) {
      for (const [position, file] of filesOf(item.id).entries()) {
        await tx
          .update(attachments)
          .set({ filePath: attachmentPath(file.sha256), mediaType: file.mediaType, sizeBytes: file.sizeBytes })
          .where(and(eq(attachments.itemId, itemIds[index]), eq(attachments.position, position)));
      }
    }
    const status = STATUS_AFTER[kind];
    await tx
      .update(meetings)
      // The wall clock, not `now`: the portal's page cache notices new data by this (dataVersion).
      .set({ status, documentType: kind === 'minutes' ? 'referat' : 'dagsorden', updatedAt: new Date() })
      .where(eq(meetings.id, meetingId));

    await recordAuditEntry(tx, {
      actor,
      action: action === 'correction' ? 'meeting.publish_correction' : `meeting.publish_${kind}`,
      entity: 'meeting',
      entityId: meetingId,
      before: { status: meeting.status, version: latest?.number ?? null },
      after: {
        status,
        version: number,
        kind,
        reason: action === 'correction' ? trimmedReason : null,
        items: document.items.length,
      },
    });
    // Members and the secretariat of the body are told (in the same transaction: the outbox).
    if (action !== 'correction') {
      await notifyPublication(tx, {
        bodyId: meeting.bodyId,
        kind: kind === 'minutes' ? 'minutes_published' : 'agenda_published',
        meetingId,
        meetingTitle: `${document.body}, ${formatMeetingDate(document.date, document.startTime)}`,
        actorUserId: actor.userId,
        now,
      });
    }
    return { ok: true, version: number, kind } as const;
  });
}
