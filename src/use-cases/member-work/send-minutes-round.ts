/**
 * sendMinutesRound: sends the meeting's draft minutes (its working copy as it stands) to the body's
 * members for approval (godkendelse af referat). The round keeps the text as sent (the members'
 * view, closed items included: only members and the secretariat ever see it), the members it was
 * sent to, and the body's rule of the moment: under "within N working days" the last day to answer,
 * counted in Danish working days (hverdage) after the day of sending. A corrected draft is sent as
 * the next round. Each member is told once per round (notification with a link to the round).
 *
 * Who may call it: the body's secretariat and admins (`publish`). Returns the round's id and number,
 * or why not ('not_found', 'not_editable', 'already_published', 'no_items', 'no_members', 'unchanged').
 */
import type { Db } from '../../db/client.js';
import { findLatestRound, findProcedureRules, insertRound, listBodyMembers } from '../../db/stores/member-work.js';
import { findBody } from '../../db/stores/people.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { approvalDueOn } from '../../domain/procedure-rules.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { lockEditableMeeting, sameJson } from '../meetings/draft-access.js';
import { loadWorkingCopy } from '../meetings/publish-meeting-version.js';
import { notify } from '../notifications/notify.js';

export interface SendMinutesRoundInput {
  db: Db;
  meetingId: number;
  permissions: Actor;
  actor: AuditActor;
  now?: Date;
}

export type SendMinutesRoundResult =
  | { ok: true; roundId: number; number: number; dueOn: string | null; members: number }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'not_editable'
        | 'forbidden'
        | 'already_published'
        | 'no_items'
        | 'no_members'
        | 'unchanged';
    };

/** The member's page of a round. */
export const roundHref = (roundId: number) => `/mig/referater/${roundId}`;

export async function sendMinutesRound(input: SendMinutesRoundInput): Promise<SendMinutesRoundResult> {
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx): Promise<SendMinutesRoundResult> => {
    const locked = await lockEditableMeeting(tx, input.meetingId);
    if (!locked.ok) return locked;
    const meeting = locked.meeting;
    if (!can(input.permissions, 'publish', { bodyId: meeting.bodyId })) return { ok: false, reason: 'forbidden' };
    if (meeting.status === 'minutes_published') return { ok: false, reason: 'already_published' };
    const draft = await loadWorkingCopy(tx, meeting, 'minutes');
    if (!draft) return { ok: false, reason: 'no_items' };
    const members = await listBodyMembers(tx, meeting.bodyId);
    if (members.length === 0) return { ok: false, reason: 'no_members' };
    const latest = await findLatestRound(tx, meeting.id);
    if (latest && sameJson(latest.snapshot, draft.document)) return { ok: false, reason: 'unchanged' };
    const rules = await findProcedureRules(tx, meeting.bodyId);
    const sentOn = copenhagenDate(now);
    const dueOn =
      rules.minutesApproval === 'members_within_days' ? approvalDueOn(sentOn, rules.approvalWorkingDays) : null;
    const number = (latest?.number ?? 0) + 1;
    const roundId = await insertRound(
      tx,
      {
        meetingId: meeting.id,
        number,
        sentAt: now,
        sentOn,
        minutesApproval: rules.minutesApproval,
        silenceIsApproval: rules.silenceIsApproval,
        dueOn,
        sentByUserId: input.actor.userId,
        sentByLabel: input.actor.label,
        snapshot: draft.document as unknown as Record<string, unknown>,
      },
      members,
    );
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'minutes_round.send',
      entity: 'meeting',
      entityId: meeting.id,
      before: latest ? { round: latest.number } : null,
      after: { round: number, rule: rules.minutesApproval, dueOn, members: members.map((member) => member.name) },
    });
    const bodyName = (await findBody(tx, meeting.bodyId))?.name ?? '';
    const title = `${bodyName}, ${formatMeetingDate(meeting.heldOn, meeting.startTime)}`;
    await notify(tx, {
      kind: 'minutes_for_approval',
      recipients: members.map((member) => ({ userId: member.userId, relation: 'member' as const })),
      bodyName,
      message: {
        subject: `Udkast til referat til godkendelse: ${title}`,
        text:
          `Sekretariatet har sendt udkastet til referat af mødet ${title} til godkendelse.` +
          (dueOn ? ` Godkend eller kommentér senest ${formatDate(dueOn)}.` : ' Referatet godkendes på næste møde.'),
      },
      link: roundHref(roundId),
      eventKey: `minutes_round:${roundId}:sent`,
      now,
    });
    return { ok: true, roundId, number, dueOn, members: members.length };
  });
}
