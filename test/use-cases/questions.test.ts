import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import {
  findQuestion,
  listPublicAnswers,
  listQuestionQueue,
  questionsForStatistics,
} from '../../src/db/queries/questions.js';
import { askerContactReason } from '../../src/domain/question.js';
import { questionStatistics } from '../../src/domain/question-stats.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { scanDeadlines } from '../../src/use-cases/notifications/scan-deadlines.js';
import { setNotificationPreferences } from '../../src/use-cases/notifications/set-notification-preferences.js';
import { answerQuestion } from '../../src/use-cases/questions/answer-question.js';
import { assignQuestion } from '../../src/use-cases/questions/assign-question.js';
import { declineQuestion } from '../../src/use-cases/questions/decline-question.js';
import { forwardQuestion } from '../../src/use-cases/questions/forward-question.js';
import { markQuestionOutsideScheme } from '../../src/use-cases/questions/mark-question-outside-scheme.js';
import { recordAskerContacted } from '../../src/use-cases/questions/record-asker-contacted.js';
import { setQuestionPublishing } from '../../src/use-cases/questions/set-question-publishing.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import { TEST_DATABASES } from '../helpers/databases.js';

/** Monday 23 March 2026, 10:00 in Copenhagen. */
const MONDAY = new Date('2026-03-23T09:00:00Z');
const SECRET = 'hemmeligtsvar';

describe.each(TEST_DATABASES)('question scheme use cases on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;
  let otherBodyId: number;
  const ids = { asker: 0, member: 0, secretariat: 0, secretariat2: 0, outsider: 0 };
  const actor = (userId: number) => ({ userId, label: `user ${userId}` });

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ id: bodyId }, { id: otherBodyId }] = await handle.query<{ id: number }>(
      "select id from bodies where kind = 'health_council' order by slug limit 2",
    );
    const placements: [keyof typeof ids, number, 'member' | 'secretariat'][] = [
      ['asker', bodyId, 'member'],
      ['member', bodyId, 'member'],
      ['secretariat', bodyId, 'secretariat'],
      ['secretariat2', bodyId, 'secretariat'],
      ['outsider', otherBodyId, 'member'],
    ];
    for (const [name, body, role] of placements) {
      const created = await createUser({
        db: handle.db,
        email: `${name}@example.dk`,
        name,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!created.ok) throw new Error(created.reason);
      ids[name] = created.userId;
      await setUserRole({ db: handle.db, userId: created.userId, bodyId: body, role, actor: COMMAND_LINE_ACTOR });
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  const ask = (title: string, now = MONDAY) =>
    submitQuestion({
      db: handle.db,
      bodyId,
      askerUserId: ids.asker,
      title,
      text: 'Hvor mange patienter venter over fire uger?',
      addressee: 'hospital_management',
      actor: actor(ids.asker),
      now,
    });

  const notificationsOf = (userId: number) =>
    handle.query<{ kind: string; subject: string; body_text: string; reason: string; email_state: string }>(
      'select kind, subject, body_text, reason, email_state from notifications where user_id = $1 order by id',
      [userId],
    );

  it('receives a question with a deadline one week after the Danish date of receipt and tells the secretariat', async () => {
    const result = await ask('Ventetider');
    expect(result).toMatchObject({
      ok: true,
      receivedOn: '2026-03-23',
      dueOn: '2026-03-30',
      explanation: 'frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026',
    });
    if (!result.ok) return;
    const record = await findQuestion(handle.db, result.questionId);
    expect(record).toMatchObject({ state: 'received', title: 'Spørgsmål til spørgeordningen: Ventetider' });
    // Late evening UTC on the 22nd is already the 23rd in Copenhagen.
    const late = await ask('Sent', new Date('2026-03-22T23:30:00Z'));
    expect(late).toMatchObject({ ok: true, receivedOn: '2026-03-23' });
    const received = await notificationsOf(ids.secretariat);
    expect(received.map((n) => n.kind)).toContain('question_received');
    expect(received[0].reason).toContain('er i sekretariatet for');
    expect(await notificationsOf(ids.member)).toEqual([]);
    expect(await ask('   ')).toEqual({ ok: false, reason: 'title_missing' });
  });

  it('assigns only to the body’s secretariat, and again to someone else', async () => {
    const asked = await ask('Fordeling');
    if (!asked.ok) throw new Error();
    const base = { db: handle.db, questionId: asked.questionId, actor: actor(ids.secretariat), now: MONDAY };
    expect(await assignQuestion({ ...base, assigneeUserId: ids.member, note: '' })).toEqual({
      ok: false,
      reason: 'assignee_invalid',
    });
    expect(await assignQuestion({ ...base, assigneeUserId: null, note: '' })).toEqual({
      ok: false,
      reason: 'assignee_missing',
    });
    expect(await assignQuestion({ ...base, assigneeUserId: ids.secretariat2, note: '' })).toEqual({ ok: true });
    expect(await assignQuestion({ ...base, assigneeUserId: null, note: 'Sygehusdirektør Anne Hansen' })).toEqual({
      ok: true,
    });
    expect(await findQuestion(handle.db, asked.questionId)).toMatchObject({
      state: 'assigned',
      assignedToUserId: null,
      assignmentNote: 'Sygehusdirektør Anne Hansen',
    });
    expect(await assignQuestion({ ...base, questionId: 999_999, assigneeUserId: null, note: 'x' })).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });

  it('answers with a confidential part: every member is told, without the confidential text', async () => {
    const asked = await ask('Svar med fortrolig del');
    if (!asked.ok) throw new Error();
    await setQuestionPublishing({ db: handle.db, bodyId, publishesAnswers: true, actor: actor(ids.secretariat) });
    const result = await answerQuestion({
      db: handle.db,
      questionId: asked.questionId,
      parts: [
        { text: 'Ventetiden er faldet til tre uger.', isConfidential: false },
        { text: `Det drejer sig om afdeling ${SECRET}.`, isConfidential: true },
        { text: '   ', isConfidential: false },
      ],
      actor: actor(ids.secretariat),
      now: new Date('2026-03-26T10:00:00Z'),
    });
    expect(result).toMatchObject({ ok: true, answeredOn: '2026-03-26', isPublic: true });
    const record = await findQuestion(handle.db, asked.questionId);
    expect(record?.parts).toEqual([
      { position: 1, text: 'Ventetiden er faldet til tre uger.', isConfidential: false },
      { position: 2, text: `Det drejer sig om afdeling ${SECRET}.`, isConfidential: true },
    ]);

    const forMember = (await notificationsOf(ids.member)).filter((n) => n.kind === 'question_answered');
    expect(forMember).toHaveLength(1);
    expect(forMember[0].body_text).toContain('Ventetiden er faldet til tre uger.');
    expect(forMember[0].body_text).toContain('Svaret har fortrolige dele, som du kan læse i Protokol.');
    expect(forMember[0].reason).toBe(
      `Du får denne besked, fordi du er medlem af ${record?.body.name} og har valgt at få besked om besvarede spørgsmål.`,
    );
    const forAsker = (await notificationsOf(ids.asker)).filter((n) => n.kind === 'question_answered');
    expect(forAsker[0].reason).toContain('har stillet spørgsmålet');
    expect((await notificationsOf(ids.secretariat2)).some((n) => n.kind === 'question_answered')).toBe(true);
    // The one who answered, and members of other bodies, are not told.
    expect((await notificationsOf(ids.secretariat)).some((n) => n.kind === 'question_answered')).toBe(false);
    expect(await notificationsOf(ids.outsider)).toEqual([]);
    const [leaks] = await handle.query<{ n: number }>(
      `select count(*)::int as n from notifications where body_text ilike '%' || $1 || '%' or subject ilike '%' || $1 || '%'`,
      [SECRET],
    );
    expect(leaks.n).toBe(0);

    // Public: only the open part.
    const published = await listPublicAnswers(handle.db, bodyId);
    const mine = published.find((answer) => answer.id === asked.questionId);
    expect(mine).toMatchObject({ openParts: ['Ventetiden er faldet til tre uger.'], hasConfidentialParts: true });
    expect(JSON.stringify(published)).not.toContain(SECRET);
    await setQuestionPublishing({ db: handle.db, bodyId, publishesAnswers: false, actor: actor(ids.secretariat) });
    expect(await listPublicAnswers(handle.db, bodyId)).toEqual([]);

    // A closed question takes no more answers.
    expect(
      await answerQuestion({
        db: handle.db,
        questionId: asked.questionId,
        parts: [{ text: 'igen', isConfidential: false }],
        actor: actor(ids.secretariat),
      }),
    ).toEqual({ ok: false, reason: 'already-answered' });
    expect(
      await answerQuestion({ db: handle.db, questionId: asked.questionId, parts: [], actor: actor(ids.secretariat) }),
    ).toEqual({ ok: false, reason: 'answer_missing' });
  });

  it('declines with a note, tells the asker, and records the contact', async () => {
    const asked = await ask('For omfattende');
    if (!asked.ok) throw new Error();
    const base = { db: handle.db, questionId: asked.questionId, actor: actor(ids.secretariat), now: MONDAY };
    expect(await declineQuestion({ ...base, note: ' ' })).toEqual({ ok: false, reason: 'note_missing' });
    expect(await declineQuestion({ ...base, note: 'Kræver gennemgang af 4.000 journaler.' })).toEqual({ ok: true });
    const record = await findQuestion(handle.db, asked.questionId);
    expect(
      askerContactReason({ state: record!.state, dueOn: record!.dueOn, today: '2026-03-24', isContacted: false }),
    ).toBe('declined');
    const closed = (await notificationsOf(ids.asker)).filter((n) => n.kind === 'question_closed');
    expect(closed).toHaveLength(1);
    expect(closed[0].body_text).not.toContain('4.000 journaler');
    expect(await markQuestionOutsideScheme({ ...base, note: 'x' })).toEqual({ ok: false, reason: 'already-declined' });
    expect(await recordAskerContacted({ ...base, note: 'Aftalt at afgrænse til 2025.' })).toEqual({ ok: true });
    expect(await findQuestion(handle.db, asked.questionId)).toMatchObject({
      contactNote: 'Aftalt at afgrænse til 2025.',
    });
  });

  it('puts questions about individuals outside the scheme; such a question needs no contact', async () => {
    const asked = await ask('Om en bestemt patient');
    if (!asked.ok) throw new Error();
    const base = { db: handle.db, questionId: asked.questionId, actor: actor(ids.secretariat), now: MONDAY };
    expect(await markQuestionOutsideScheme({ ...base, note: 'Besvares direkte til spørger.' })).toEqual({ ok: true });
    expect(await recordAskerContacted({ ...base, note: 'x' })).toEqual({
      ok: false,
      reason: 'already-outside-scheme',
    });
  });

  it('records sending on to the regional council’s scheme once, with a real link', async () => {
    const asked = await ask('Bred interesse');
    if (!asked.ok) throw new Error();
    const base = { db: handle.db, questionId: asked.questionId, actor: actor(ids.secretariat), now: MONDAY };
    expect(await forwardQuestion({ ...base, link: 'javascript:alert(1)' })).toEqual({
      ok: false,
      reason: 'link_invalid',
    });
    expect(await forwardQuestion({ ...base, link: 'https://regionsraad.example.dk/sporgsmaal/17' })).toEqual({
      ok: true,
    });
    expect(await forwardQuestion({ ...base, link: 'https://regionsraad.example.dk/sporgsmaal/18' })).toEqual({
      ok: false,
      reason: 'already_forwarded',
    });
  });

  it('warns of near and passed deadlines once per question, and the queue marks who must be contacted', async () => {
    const first = await scanDeadlines({ db: handle.db, now: new Date('2026-04-02T08:00:00Z') });
    expect(first.questions).toBeGreaterThan(0);
    const again = await scanDeadlines({ db: handle.db, now: new Date('2026-04-02T09:00:00Z') });
    expect(again.questions).toBe(0);
    const deadlines = (await notificationsOf(ids.secretariat)).filter((n) => n.kind === 'question_deadline');
    expect(deadlines.every((n) => n.subject.startsWith('Fristen er overskredet'))).toBe(true);
    const queue = await listQuestionQueue(handle.db, { bodyIds: [bodyId], openOnly: true });
    const overdue = queue.filter(
      (row) =>
        askerContactReason({
          state: row.state,
          dueOn: row.dueOn,
          today: '2026-04-02',
          isContacted: row.isContacted,
        }) === 'overdue',
    );
    expect(overdue.length).toBe(queue.length);
  });

  it('honours each person’s choices: no e-mail, or nothing at all', async () => {
    await setNotificationPreferences({
      db: handle.db,
      userId: ids.member,
      choices: { question_answered: { email: false, inApp: true } },
    });
    await setNotificationPreferences({
      db: handle.db,
      userId: ids.secretariat2,
      choices: { question_answered: { email: false, inApp: false } },
    });
    const asked = await ask('Valg');
    if (!asked.ok) throw new Error();
    await answerQuestion({
      db: handle.db,
      questionId: asked.questionId,
      parts: [{ text: 'Svar.', isConfidential: false }],
      actor: actor(ids.secretariat),
      now: MONDAY,
    });
    const member = (await notificationsOf(ids.member)).filter(
      (n) => n.subject === 'Besvaret: Spørgsmål til spørgeordningen: Valg',
    );
    expect(member.map((n) => n.email_state)).toEqual(['skipped']);
    const secretariat2 = (await notificationsOf(ids.secretariat2)).filter(
      (n) => n.kind === 'question_answered' && n.subject.endsWith(': Valg'),
    );
    expect(secretariat2).toEqual([]);
    const asker = (await notificationsOf(ids.asker)).filter(
      (n) => n.subject.endsWith(': Valg') && n.kind === 'question_answered',
    );
    expect(asker.map((n) => n.email_state)).toEqual(['pending']);
  });

  it('counts the statistics from the stored questions', async () => {
    const stats = questionStatistics(await questionsForStatistics(handle.db, { bodyId }), '2026-04-02');
    expect(stats.asked).toBe(8);
    expect(stats.answered).toBe(2);
    expect(stats.answeredWithinDeadline).toBe(2);
    expect(stats.answeredWithinDeadlinePercent).toBe(100);
    expect(stats.declined).toBe(1);
    expect(stats.outsideScheme).toBe(1);
    expect(stats.overdueNow).toBe(stats.open);
    expect(
      questionStatistics(await questionsForStatistics(handle.db, { bodyId, year: 2025 }), '2026-04-02').asked,
    ).toBe(0);
  });
});
