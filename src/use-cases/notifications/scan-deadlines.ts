/**
 * scanDeadlines: tells the secretariat about deadlines — an open question whose deadline is near
 * (at most 2 days left) or passed, and an open follow-up due within FOLLOW_UP_WARN_DAYS or overdue.
 * Idempotent: one notification per question or follow-up, kind of moment (near / passed) and
 * person, however often it runs (the notifications' dedupe key).
 *
 * Who may call it: the server's background loop and `protokol notify scan`. Returns the counts written.
 */
import type { Db } from '../../db/client.js';
import { listOpenFollowUpsDueBy } from '../../db/stores/follow-ups.js';
import { listOpenQuestionsDueBy } from '../../db/stores/questions.js';
import { addDays } from '../../domain/danish-dates.js';
import { copenhagenDate, deadlineStatus } from '../../domain/deadlines.js';
import { FOLLOW_UP_WARN_DAYS, followUpTiming } from '../../domain/follow-ups.js';
import { followUpDueMessage, questionDeadlineMessage } from '../../domain/notification-messages.js';
import { followUpMinutesRounds } from '../member-work/follow-up-minutes-rounds.js';
import { bodyRecipients, notify } from './notify.js';

/** Days before a question's due date from which the secretariat is warned (deadlines.ts's default). */
const QUESTION_WARN_DAYS = 2;

export async function scanDeadlines({
  db,
  now = new Date(),
}: {
  db: Db;
  now?: Date;
}): Promise<{ questions: number; followUps: number }> {
  const today = copenhagenDate(now);
  let questionCount = 0;
  let followUpCount = 0;

  const dueQuestions = await listOpenQuestionsDueBy(db, addDays(today, QUESTION_WARN_DAYS));
  for (const question of dueQuestions) {
    const status = deadlineStatus({ dueOn: question.dueOn, answeredOn: null, today, warnDays: QUESTION_WARN_DAYS });
    const isOverdue = status.status === 'overdue';
    questionCount += await db.transaction(async (tx) =>
      notify(tx, {
        kind: 'question_deadline',
        recipients: await bodyRecipients(tx, { bodyId: question.bodyId, roles: ['secretariat'] }),
        bodyName: question.bodyName,
        message: questionDeadlineMessage({ ...question, isOverdue }),
        link: `/sekretariat/sporgsmaal/${question.id}`,
        eventKey: `question:${question.id}:deadline_${isOverdue ? 'passed' : 'near'}`,
        now,
      }),
    );
  }

  // Rounds of draft minutes whose period ended with members missing become follow-ups first.
  await followUpMinutesRounds({ db, now });
  const dueFollowUps = await listOpenFollowUpsDueBy(db, addDays(today, FOLLOW_UP_WARN_DAYS));
  for (const followUp of dueFollowUps) {
    const isOverdue = followUpTiming({ state: followUp.state, dueOn: followUp.dueOn, today }) === 'overdue';
    followUpCount += await db.transaction(async (tx) =>
      notify(tx, {
        kind: 'follow_up_due',
        recipients: await bodyRecipients(tx, { bodyId: followUp.bodyId, roles: ['secretariat'] }),
        bodyName: followUp.bodyName,
        message: followUpDueMessage({ ...followUp, isOverdue }),
        link: `/sekretariat/opfoelgning/${followUp.id}`,
        // The due date is part of the key: a follow-up moved to a new date is announced again.
        eventKey: `follow_up:${followUp.id}:${followUp.dueOn}:${isOverdue ? 'overdue' : 'due'}`,
        now,
      }),
    );
  }
  return { questions: questionCount, followUps: followUpCount };
}
