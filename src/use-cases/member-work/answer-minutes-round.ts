/**
 * answerMinutesRound: a member's answer to draft minutes sent for approval — comments per item
 * (beside the item's text), and the approval when given. Only a member the round was sent to may
 * answer, only the meeting's latest round, and only until the minutes are published. An approval
 * stays (a later comment does not withdraw it); each answer is in the audit log.
 *
 * Who may call it: the members the round was sent to. Returns ok, or why not.
 */
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { lockMeeting } from '../../db/stores/meetings.js';
import { findLatestRound, listRoundMembers, lockRound, saveRoundAnswer } from '../../db/stores/member-work.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export const COMMENT_MAX = 4_000;

const CommentsSchema = z.array(
  z.object({ itemNumber: z.number().int().min(1), text: z.string().trim().max(COMMENT_MAX, 'comment_too_long') }),
);

export interface AnswerMinutesRoundInput {
  db: Db;
  roundId: number;
  userId: number;
  approve: boolean;
  comments: { itemNumber: number; text: string }[];
  actor: AuditActor;
  now?: Date;
}

export type AnswerMinutesRoundResult =
  | { ok: true; approved: boolean; comments: number }
  | { ok: false; reason: 'not_found' | 'not_recipient' | 'superseded' | 'closed' | 'empty' | 'comment_too_long' };

export async function answerMinutesRound(input: AnswerMinutesRoundInput): Promise<AnswerMinutesRoundResult> {
  const parsed = CommentsSchema.safeParse(input.comments);
  if (!parsed.success) return { ok: false, reason: 'comment_too_long' };
  const comments = parsed.data.filter((comment) => comment.text !== '');
  if (!input.approve && comments.length === 0) return { ok: false, reason: 'empty' };
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx): Promise<AnswerMinutesRoundResult> => {
    const round = await lockRound(tx, input.roundId);
    if (!round) return { ok: false, reason: 'not_found' };
    const members = await listRoundMembers(tx, round.id);
    if (!members.some((member) => member.userId === input.userId)) return { ok: false, reason: 'not_recipient' };
    const meeting = await lockMeeting(tx, round.meetingId);
    if (!meeting || meeting.status === 'minutes_published' || round.publishedVersion !== null) {
      return { ok: false, reason: 'closed' };
    }
    if ((await findLatestRound(tx, round.meetingId))?.id !== round.id) return { ok: false, reason: 'superseded' };
    const items = new Set(
      ((round.snapshot as { items?: { number: number }[] }).items ?? []).map((item) => item.number),
    );
    const known = comments.filter((comment) => items.has(comment.itemNumber));
    await saveRoundAnswer(tx, {
      roundId: round.id,
      userId: input.userId,
      approve: input.approve,
      comments: known,
      now,
    });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: input.approve ? 'minutes_round.approve' : 'minutes_round.comment',
      entity: 'meeting',
      entityId: round.meetingId,
      before: null,
      after: {
        round: round.number,
        approved: input.approve,
        commentedItems: known.map((comment) => comment.itemNumber),
      },
    });
    return { ok: true, approved: input.approve, comments: known.length };
  });
}
