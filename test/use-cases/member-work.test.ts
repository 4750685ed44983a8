/**
 * The members' daily work on both databases: draft minutes sent in rounds (the text as sent, one
 * notice per member and round), approvals and comments, publishing refused naming who is missing,
 * a correction sent as a new round, the published record of who approved and when, silence as
 * approval after the period and the follow-up of missing answers (once); requests for an item
 * (on time, late → the next meeting), accepted as a draft item with its proposer or declined with a
 * reason, each recorded and told once; and who may not: another body's member, the public's pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyRole } from '../../src/domain/roles.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishCorrection } from '../../src/use-cases/meetings/publish-correction.js';
import { publishMinutes } from '../../src/use-cases/meetings/publish-minutes.js';
import { recordDecision } from '../../src/use-cases/meetings/record-decision.js';
import { answerMinutesRound } from '../../src/use-cases/member-work/answer-minutes-round.js';
import { decideItemRequest, PROPOSER_HEADING } from '../../src/use-cases/member-work/decide-item-request.js';
import { followUpMinutesRounds } from '../../src/use-cases/member-work/follow-up-minutes-rounds.js';
import { requestItem } from '../../src/use-cases/member-work/request-item.js';
import { sendMinutesRound } from '../../src/use-cases/member-work/send-minutes-round.js';
import { setProcedureRules } from '../../src/use-cases/member-work/set-procedure-rules.js';
import { approvalRefusalText } from '../../src/web/secretariat/member-work-presenters.js';
import {
  type AccountsWorld,
  CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const actor = { userId: null, label: 'sekretariat' };
const roles = (bodyId: number, role: BodyRole) => ({ isAdmin: false, roles: new Map([[bodyId, role]]) });
/** Wednesday 24 March 2027, 10.00 Danish time: the day after the meeting, before Easter. */
const SENT = new Date('2027-03-24T09:00:00Z');
const CLOSED_WORD = 'Lukketordsprøve';

describe.each(TEST_DATABASES)('members’ daily work on $name', (database) => {
  let world: AccountsWorld;
  let bodyId: number;
  let anna: number;
  let bo: number;
  const secretariat = () => roles(bodyId, 'secretariat');

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    bodyId = world.thisBody.id;
    anna = world.userIds['member of this body'];
    const created = await createUser({
      db: world.handle.db,
      email: 'bo@fjordby.dk',
      name: 'Bo Berg',
      password: null,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(created.reason);
    bo = created.userId;
    await setUserRole({ db: world.handle.db, userId: bo, bodyId, role: 'member', actor: COMMAND_LINE_ACTOR });
    await world.handle.query("update users set name = 'Anna Andersen' where id = $1", [anna]);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const db = () => world.handle.db;
  const meeting = async (heldOn: string, items: { title: string; template?: 'case' | 'closed' }[]) => {
    const created = await createMeeting({
      db: db(),
      bodyId,
      heldOn,
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor,
    });
    if (!created.ok) throw new Error(created.reason);
    const itemIds: number[] = [];
    for (const item of items) {
      const added = await addAgendaItem({
        db: db(),
        meetingId: created.meetingId,
        template: item.template ?? 'case',
        title: item.title,
        actor,
      });
      if (!added.ok) throw new Error(added.reason);
      itemIds.push(added.itemId);
    }
    return { meetingId: created.meetingId, itemIds };
  };
  const decide = async (itemId: number, text: string) => {
    const [row] = await world.handle.query<{ revision: number }>('select revision from draft_items where id = $1', [
      itemId,
    ]);
    const result = await recordDecision({
      db: db(),
      itemId,
      revision: row.revision,
      decision: { text, outcome: null, dissents: null, decidedOn: null },
      absentees: [],
      actor,
    });
    if (!result.ok) throw new Error(result.reason);
  };
  const rules = async (minutesApproval: string, silenceIsApproval: boolean) => {
    const result = await setProcedureRules({
      db: db(),
      bodyId,
      rules: { minutesApproval, approvalWorkingDays: 3, silenceIsApproval, itemRequestDaysBefore: 11 },
      permissions: secretariat(),
      actor,
    });
    if (!result.ok) throw new Error(result.reason);
  };
  const notices = async (kind: string) =>
    world.handle.query<{ user_id: number; subject: string; link: string }>(
      'select user_id, subject, link from notifications where kind = $1 order by id',
      [kind],
    );
  const audit = async (action: string) =>
    world.handle.query<{ after: Record<string, unknown> }>(
      'select after from audit_log where action = $1 order by id',
      [action],
    );

  it('refuses invalid rules naming the fields, and only to the secretariat', async () => {
    const bad = await setProcedureRules({
      db: db(),
      bodyId,
      rules: {
        minutesApproval: 'sometimes',
        approvalWorkingDays: 0,
        silenceIsApproval: true,
        itemRequestDaysBefore: 11,
      },
      permissions: secretariat(),
      actor,
    });
    expect(bad).toEqual({
      ok: false,
      reason: 'invalid',
      problems: ['minutes_approval_invalid', 'approval_days_invalid'],
    });
    const member = await setProcedureRules({
      db: db(),
      bodyId,
      rules: {
        minutesApproval: 'next_meeting',
        approvalWorkingDays: 3,
        silenceIsApproval: true,
        itemRequestDaysBefore: 11,
      },
      permissions: roles(bodyId, 'member'),
      actor,
    });
    expect(member).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('sends draft minutes in rounds, refuses publishing until all approved, and records who approved', async () => {
    await rules('members_within_days', false);
    const { meetingId, itemIds } = await meeting('2027-03-23', [
      { title: 'Sundhedsaftale' },
      { title: 'Personsag', template: 'closed' },
    ]);
    await decide(itemIds[0], 'Godkendt.');
    await decide(itemIds[1], `Drøftet. ${CLOSED_WORD}.`);
    expect(await publishMinutes({ db: db(), meetingId, actor, now: SENT })).toEqual({
      ok: false,
      reason: 'approval',
      refusal: { reason: 'round_missing', missing: [], dueOn: null },
    });

    const sent = await sendMinutesRound({ db: db(), meetingId, permissions: secretariat(), actor, now: SENT });
    expect(sent).toMatchObject({ ok: true, number: 1, dueOn: '2027-04-01', members: 2 });
    if (!sent.ok) return;
    // Told once per member, with a link to the round; the same draft is not sent twice.
    const told = (await notices('minutes_for_approval')).filter((row) => row.link === `/mig/referater/${sent.roundId}`);
    expect(told.map((row) => row.user_id).sort()).toEqual([anna, bo].sort());
    expect(await sendMinutesRound({ db: db(), meetingId, permissions: secretariat(), actor, now: SENT })).toEqual({
      ok: false,
      reason: 'unchanged',
    });
    // The round keeps the text as sent, the closed item's too (members only).
    const [round] = await world.handle.query<{ snapshot: { items: { title: string }[] } }>(
      'select snapshot from minutes_rounds where id = $1',
      [sent.roundId],
    );
    expect(JSON.stringify(round.snapshot)).toContain(CLOSED_WORD);

    // Another body's member may not answer; Anna approves with a comment on item 1.
    const outsider = world.userIds['member of another body'];
    expect(
      await answerMinutesRound({
        db: db(),
        roundId: sent.roundId,
        userId: outsider,
        approve: true,
        comments: [],
        actor,
      }),
    ).toEqual({
      ok: false,
      reason: 'not_recipient',
    });
    const at = new Date('2027-03-24T11:00:00Z');
    expect(
      await answerMinutesRound({
        db: db(),
        roundId: sent.roundId,
        userId: anna,
        approve: true,
        comments: [{ itemNumber: 1, text: 'Skriv aftalens fulde navn.' }],
        actor,
        now: at,
      }),
    ).toEqual({ ok: true, approved: true, comments: 1 });
    expect(
      await answerMinutesRound({ db: db(), roundId: sent.roundId, userId: bo, approve: false, comments: [], actor }),
    ).toEqual({
      ok: false,
      reason: 'empty',
    });

    // Bo has not approved: publishing names him.
    expect(await publishMinutes({ db: db(), meetingId, actor, now: at })).toEqual({
      ok: false,
      reason: 'approval',
      refusal: { reason: 'approval_missing', missing: ['Bo Berg'], dueOn: '2027-04-01' },
    });
    // The secretariat's page says so in these words (web/secretariat/publishing-routes.tsx).
    expect(approvalRefusalText({ reason: 'approval_missing', missing: ['Bo Berg'], dueOn: '2027-04-01' })).toBe(
      'Referatet kan ikke offentliggøres endnu: mangler godkendelse fra Bo Berg (svarfrist 1. april 2027).',
    );

    // The correction in response: the draft changed, so the old round no longer counts.
    await decide(itemIds[0], 'Sundhedsaftalen 2027-2030 godkendt.');
    expect(await publishMinutes({ db: db(), meetingId, actor, now: at })).toMatchObject({
      refusal: { reason: 'round_outdated' },
    });
    const second = await sendMinutesRound({ db: db(), meetingId, permissions: secretariat(), actor, now: at });
    expect(second).toMatchObject({ ok: true, number: 2 });
    if (!second.ok) return;
    expect(
      await answerMinutesRound({ db: db(), roundId: sent.roundId, userId: bo, approve: true, comments: [], actor }),
    ).toEqual({
      ok: false,
      reason: 'superseded',
    });
    for (const userId of [anna, bo]) {
      const answered = await answerMinutesRound({
        db: db(),
        roundId: second.roundId,
        userId,
        approve: true,
        comments: [],
        actor,
        now: at,
      });
      expect(answered.ok).toBe(true);
    }
    const published = await publishMinutes({ db: db(), meetingId, actor, now: at });
    expect(published).toMatchObject({ ok: true, kind: 'minutes' });
    if (!published.ok) return;
    const [record] = await world.handle.query<{ published_version: number }>(
      'select published_version from minutes_rounds where id = $1',
      [second.roundId],
    );
    expect(record.published_version).toBe(published.version);
    const [entry] = await audit('minutes_round.published');
    expect(entry.after).toMatchObject({ round: 2, version: published.version, notAnswered: [] });
    expect((entry.after.approvedBy as { name: string }[]).map((row) => row.name).sort()).toEqual([
      'Anna Andersen',
      'Bo Berg',
    ]);
    // Answers are closed once published.
    expect(
      await answerMinutesRound({ db: db(), roundId: second.roundId, userId: anna, approve: true, comments: [], actor }),
    ).toEqual({
      ok: false,
      reason: 'closed',
    });
  });

  it('counts silence as approval after the period, and makes one follow-up of missing answers', async () => {
    await rules('members_within_days', true);
    const { meetingId, itemIds } = await meeting('2027-03-22', [{ title: 'Budget' }]);
    await decide(itemIds[0], 'Godkendt.');
    const sent = await sendMinutesRound({ db: db(), meetingId, permissions: secretariat(), actor, now: SENT });
    expect(sent).toMatchObject({ ok: true, dueOn: '2027-04-01' });
    expect(await publishMinutes({ db: db(), meetingId, actor, now: new Date('2027-04-01T12:00:00Z') })).toMatchObject({
      refusal: { reason: 'approval_missing', missing: ['Anna Andersen', 'Bo Berg'] },
    });
    const after = new Date('2027-04-02T08:00:00Z');
    expect(await followUpMinutesRounds({ db: db(), now: after })).toBe(1);
    expect(await followUpMinutesRounds({ db: db(), now: after })).toBe(0);
    const followUps = await world.handle.query<{ what: string; body_id: number }>(
      "select what, body_id from follow_ups where what like 'Godkendelse af referat%22. marts 2027%'",
    );
    expect(followUps).toHaveLength(1);
    expect(followUps[0].what).toContain('Anna Andersen, Bo Berg');
    expect(await publishMinutes({ db: db(), meetingId, actor, now: after })).toMatchObject({ ok: true });
  });

  it('takes requests for items: on time, late for the next meeting, accepted with the proposer or declined', async () => {
    await rules('next_meeting', true);
    const first = await meeting('2027-04-06', [{ title: 'Godkendelse af dagsorden' }]);
    const next = await meeting('2027-05-04', [{ title: 'Godkendelse af dagsorden' }]);
    const member = roles(bodyId, 'member');
    const ask = (title: string, now: Date) =>
      requestItem({
        db: db(),
        bodyId,
        meetingId: first.meetingId,
        userId: anna,
        title,
        reason: 'Ventetiderne er steget.',
        permissions: member,
        actor,
        now,
      });
    const onTime = await ask('Ventetider på genoptræning', new Date('2027-03-24T20:00:00Z'));
    expect(onTime).toMatchObject({ ok: true, meetingId: first.meetingId, isLate: false, deadlineOn: '2027-03-24' });
    // After the deadline (moved back before Easter): for the next meeting, and the member is told which.
    const late = await ask('Akutklinikkens åbningstider', new Date('2027-03-25T09:00:00Z'));
    expect(late).toMatchObject({ ok: true, meetingId: next.meetingId, isLate: true, heldOn: '2027-05-04' });
    if (!onTime.ok || !late.ok) return;
    const toAnna = (await notices('item_request')).filter((row) => row.user_id === anna);
    expect(toAnna).toHaveLength(2);
    const toSecretariat = (await notices('item_request')).filter(
      (row) => row.user_id === world.userIds['secretariat of this body'],
    );
    expect(toSecretariat).toHaveLength(2);
    expect(
      await requestItem({
        db: db(),
        bodyId,
        meetingId: first.meetingId,
        userId: anna,
        title: ' ',
        reason: '',
        permissions: member,
        actor,
      }),
    ).toEqual({ ok: false, reason: 'invalid', problems: ['title_missing', 'reason_missing'] });
    expect(
      await requestItem({
        db: db(),
        bodyId,
        meetingId: first.meetingId,
        userId: world.userIds['member of another body'],
        title: 'Udefra',
        reason: 'Nej',
        permissions: roles(world.otherBody.id, 'member'),
        actor,
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });

    // Members do not decide; the secretariat accepts the first: a draft item naming the proposer.
    expect(
      await decideItemRequest({
        db: db(),
        requestId: onTime.requestId,
        decision: { accept: true },
        permissions: member,
        actor,
      }),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    const accepted = await decideItemRequest({
      db: db(),
      requestId: onTime.requestId,
      decision: { accept: true },
      permissions: secretariat(),
      actor,
    });
    expect(accepted).toMatchObject({ ok: true, state: 'accepted', meetingId: first.meetingId });
    if (!accepted.ok || accepted.state !== 'accepted') return;
    const [item] = await world.handle.query<{
      title: string;
      meeting_id: number;
      sections: { heading: string; text: string }[];
    }>('select title, meeting_id, sections from draft_items where id = $1', [accepted.itemId]);
    expect(item).toMatchObject({ title: 'Ventetider på genoptræning', meeting_id: first.meetingId });
    expect(item.sections[0]).toMatchObject({ heading: PROPOSER_HEADING });
    expect(item.sections[0].text).toContain('Anna Andersen');
    expect(
      await decideItemRequest({
        db: db(),
        requestId: onTime.requestId,
        decision: { accept: true },
        permissions: secretariat(),
        actor,
      }),
    ).toEqual({
      ok: false,
      reason: 'already_decided',
    });

    // The second is declined: a reason is required, recorded, and told.
    expect(
      await decideItemRequest({
        db: db(),
        requestId: late.requestId,
        decision: { accept: false, reason: '  ' },
        permissions: secretariat(),
        actor,
      }),
    ).toEqual({ ok: false, reason: 'reason_missing' });
    const declined = await decideItemRequest({
      db: db(),
      requestId: late.requestId,
      decision: { accept: false, reason: 'Behandles i praksisplanudvalget.' },
      permissions: secretariat(),
      actor,
    });
    expect(declined).toMatchObject({ ok: true, state: 'declined' });
    expect((await audit('item_request.accept')).length).toBe(1);
    expect((await audit('item_request.decline'))[0].after).toMatchObject({
      reason: 'Behandles i praksisplanudvalget.',
    });
    const decided = (await notices('item_request')).filter((row) => row.user_id === anna);
    expect(decided).toHaveLength(4);
    expect(decided.map((row) => row.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('imødekommet'), expect.stringContaining('ikke imødekommet')]),
    );
  });

  it('shows draft minutes and requests only to their members and the secretariat, never to the public', async () => {
    const [round] = await world.handle.query<{ id: number; meeting_id: number }>(
      'select id, meeting_id from minutes_rounds order by id limit 1',
    );
    const [request] = await world.handle.query<{ id: number }>('select id from item_requests order by id limit 1');
    const app = world.app;
    const as = async (role: keyof AccountsWorld['userIds'] | null, path: string) => {
      if (!role) return getPage(app, new CookieJar(), path);
      const { jar } = await sessionFor(world.handle, world.userIds[role]);
      return getPage(app, jar, path);
    };
    expect((await as(null, `/mig/referater/${round.id}`)).response.status).toBe(401);
    expect((await as('member of another body', `/mig/referater/${round.id}`)).response.status).toBe(404);
    const mine = await as('member of this body', `/mig/referater/${round.id}`);
    expect(mine.response.status).toBe(200);
    expect(mine.text).toContain(CLOSED_WORD);
    expect(
      (await as('secretariat of another body', `/sekretariat/moede/${round.meeting_id}/godkendelse`)).response.status,
    ).toBe(403);
    expect(
      (await as('member of this body', `/sekretariat/moede/${round.meeting_id}/godkendelse`)).response.status,
    ).toBe(403);
    const overview = await as('secretariat of this body', `/sekretariat/moede/${round.meeting_id}/godkendelse`);
    expect(overview.text).toContain('Skriv aftalens fulde navn.');
    expect((await as('member of another body', `/mig/anmodninger/${request.id}`)).response.status).toBe(404);
    expect((await as(null, `/mig/anmodninger/${request.id}`)).response.status).toBe(401);
    // The public: the published meeting shows the closed item's title only; search finds neither draft nor request.
    const published = await as(null, `/moede/${round.meeting_id}`);
    expect(published.response.status).toBe(200);
    expect(published.text).not.toContain(CLOSED_WORD);
    expect(published.text).not.toContain('Skriv aftalens fulde navn.');
    const search = await as(null, `/sog?q=${encodeURIComponent('genoptræning')}`);
    expect(search.text).not.toContain('Ventetider på genoptræning');
  });

  it('keeps a member’s notes private to them, and keeps them when the item is corrected', async () => {
    const [meeting] = await world.handle.query<{ id: number }>(
      "select m.id from meetings m where m.status = 'minutes_published' order by m.id limit 1",
    );
    const NOTE = 'Minnotesprøve om aftalen';
    const anna_ = await sessionFor(world.handle, anna);
    const saved = await postForm(world.app, anna_.jar, `/mig/noter/${meeting.id}`, {
      _csrf: anna_.csrf,
      'note-1': NOTE,
    });
    expect(saved.response.status).toBe(303);
    expect((await getPage(world.app, anna_.jar, `/mig/noter/${meeting.id}`)).text).toContain(NOTE);
    const bo_ = await sessionFor(world.handle, bo);
    const others = await getPage(world.app, bo_.jar, `/mig/noter/${meeting.id}`);
    expect(others.response.status).toBe(200);
    expect(others.text).not.toContain(NOTE);
    const outsider = await sessionFor(world.handle, world.userIds['member of another body']);
    expect((await getPage(world.app, outsider.jar, `/mig/noter/${meeting.id}`)).response.status).toBe(403);
    const publicJar = new CookieJar();
    expect((await getPage(world.app, publicJar, `/mig/noter/${meeting.id}`)).response.status).toBe(401);
    expect((await getPage(world.app, publicJar, `/moede/${meeting.id}`)).text).not.toContain(NOTE);
    expect((await getPage(world.app, publicJar, `/sog?q=${encodeURIComponent('Minnotesprøve')}`)).text).not.toContain(
      NOTE,
    );
    expect((await getPage(world.app, bo_.jar, `/moede/${meeting.id}`)).text).not.toContain(NOTE);
    const logged = await world.handle.query("select 1 from audit_log where coalesce(after::text, '') like $1", [
      `%${NOTE}%`,
    ]);
    expect(logged).toHaveLength(0);
    // A correction of the item keeps the note (notes are by the item's number).
    const [item] = await world.handle.query<{ id: number }>(
      'select id from draft_items where meeting_id = $1 order by position limit 1',
      [meeting.id],
    );
    await decide(item.id, 'Sundhedsaftalen 2027-2030 godkendt med en rettelse.');
    const corrected = await publishCorrection({ db: db(), meetingId: meeting.id, reason: 'Rettet', actor });
    expect(corrected.ok).toBe(true);
    expect((await getPage(world.app, anna_.jar, `/mig/noter/${meeting.id}`)).text).toContain(NOTE);
  });
});
