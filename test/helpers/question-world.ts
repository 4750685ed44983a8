/**
 * The question scheme's things in an accounts world (test/helpers/accounts.ts): a question asked in
 * "this body", a meeting with an open and a closed item with decisions, a follow-up of the open
 * decision, a meeting-plan entry and a notification — for the authorization matrix and the web tests.
 */

import { createFollowUp } from '../../src/use-cases/follow-ups/create-follow-up.js';
import { planMeeting } from '../../src/use-cases/meeting-plan/plan-meeting.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import type { AccountsWorld } from './accounts.js';

export interface QuestionFixtures {
  questionId: number;
  decisionId: number;
  closedDecisionId: number;
  itemId: number;
  followUpId: number;
  planEntryId: number;
  notificationId: number;
}

const fixtures = new WeakMap<AccountsWorld, QuestionFixtures>();

/** A decision on a new meeting of the body: returns the decision's and the item's ids. */
export async function insertDecision(
  world: AccountsWorld,
  input: {
    bodyId: number;
    heldOn: string;
    number: number;
    title: string;
    text: string;
    isClosed?: boolean;
    caseNumber?: string;
  },
): Promise<{ decisionId: number; itemId: number; meetingId: number }> {
  let caseId: number | null = null;
  if (input.caseNumber) {
    // A case is publisher + number: the body's publisher's case.
    const [row] = await world.handle.query<{ id: number }>(
      `insert into cases (number, publisher_id) values ($1, (select publisher_id from bodies where id = $2))
       on conflict (publisher_id, number) do update set number = excluded.number returning id`,
      [input.caseNumber, input.bodyId],
    );
    caseId = row.id;
  }
  const [meeting] = await world.handle.query<{ id: number }>(
    `insert into meetings (body_id, held_on, status, document_type) values ($1, $2, 'minutes_published', 'referat') returning id`,
    [input.bodyId, input.heldOn],
  );
  const [item] = await world.handle.query<{ id: number }>(
    `insert into agenda_items (meeting_id, position, number, title, is_closed, case_id) values ($1, 1, $2, $3, $4, $5) returning id`,
    [meeting.id, input.number, input.title, input.isClosed ?? false, caseId],
  );
  const [decision] = await world.handle.query<{ id: number }>(
    `insert into decisions (item_id, text, outcome, decided_on) values ($1, $2, 'approved', $3) returning id`,
    [item.id, input.text, input.heldOn],
  );
  return { decisionId: decision.id, itemId: item.id, meetingId: meeting.id };
}

export async function seedQuestionWorld(world: AccountsWorld): Promise<QuestionFixtures> {
  const known = fixtures.get(world);
  if (known) return known;
  const db = world.handle.db;
  const asker = world.userIds['member of this body'];
  const question = await submitQuestion({
    db,
    bodyId: world.thisBody.id,
    askerUserId: asker,
    title: 'Ventetider',
    text: 'Hvor lange er ventetiderne?',
    addressee: 'secretariat',
    actor: { userId: asker, label: 'medlem' },
  });
  if (!question.ok) throw new Error(question.reason);
  const open = await insertDecision(world, {
    bodyId: world.thisBody.id,
    heldOn: '2026-03-23',
    number: 9,
    title: 'Mødekalender',
    text: 'Godkendt.',
    caseNumber: '25/58516',
  });
  const closed = await insertDecision(world, {
    bodyId: world.thisBody.id,
    heldOn: '2026-03-24',
    number: 2,
    title: 'Lukket punkt',
    text: 'Godkendt.',
    isClosed: true,
    caseNumber: '25/58516',
  });
  const secretariat = { userId: world.userIds['secretariat of this body'], label: 'sekretariat' };
  const followUp = await createFollowUp({
    db,
    decisionId: open.decisionId,
    what: 'Årlig status',
    responsible: 'Sekretariatet',
    dueOn: '2027-03-01',
    returnToBodyId: null,
    actor: secretariat,
  });
  if (!followUp.ok) throw new Error(followUp.reason);
  const plan = await planMeeting({
    db,
    bodyId: world.thisBody.id,
    entry: {
      kind: 'ordinary',
      title: 'Møde i sundhedsrådet',
      plannedOn: '2026-04-28',
      endsOn: null,
      startTime: '08:00',
      endTime: '12:00',
      location: null,
    },
    decisionId: open.decisionId,
    note: '',
    actor: secretariat,
  });
  if (!plan.ok) throw new Error(plan.reason);
  const [notification] = await world.handle.query<{ id: number }>(
    'select id from notifications where user_id = $1 order by id limit 1',
    [secretariat.userId],
  );
  const seeded = {
    questionId: question.questionId,
    decisionId: open.decisionId,
    closedDecisionId: closed.decisionId,
    itemId: open.itemId,
    followUpId: followUp.followUpId,
    planEntryId: plan.entryId,
    notificationId: Number(notification.id),
  };
  fixtures.set(world, seeded);
  return seeded;
}

/** The fixtures of a world seeded before (for the matrix's path functions). */
export function questionFixturesOf(world: AccountsWorld): QuestionFixtures {
  const known = fixtures.get(world);
  if (!known) throw new Error('seedQuestionWorld(world) first');
  return known;
}
