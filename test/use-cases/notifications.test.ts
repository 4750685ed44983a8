/**
 * Notifications over a real SMTP server (smtp-server, started by the test): the right people get
 * the right messages, their choices are honoured, confidential text is in no e-mail, and a failed
 * send is tried again later and finally delivered — nothing is lost.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { deliverNotifications } from '../../src/use-cases/notifications/deliver-notifications.js';
import type { Mailer } from '../../src/use-cases/notifications/mailer.js';
import { notifyPublication } from '../../src/use-cases/notifications/notify-publication.js';
import { setNotificationPreferences } from '../../src/use-cases/notifications/set-notification-preferences.js';
import { answerQuestion } from '../../src/use-cases/questions/answer-question.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { startNotificationLoop } from '../../src/web/notifications/background-jobs.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const PUBLIC_URL = 'https://protokol.example.dk';
const SECRET = 'fortroligtzebra';
const NOW = new Date('2026-03-23T09:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(TEST_DATABASES)('notifications by e-mail on $name', (database) => {
  let handle: DbHandle;
  let smtp: TestSmtpServer;
  let mailer: Mailer & { close(): void };
  let bodyId: number;
  let bodyName: string;
  const ids: Record<string, number> = {};
  const EMAILS = {
    asker: 'spoerger@fjordby.dk',
    member: 'medlem@fjordby.dk',
    quiet: 'stille@fjordby.dk',
    secretariat: 'sekretariat@fjordby.dk',
    colleague: 'kollega@fjordby.dk',
    outsider: 'medlem@andetraad.dk',
  } as const;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    const councils = await handle.query<{ id: number; name: string }>(
      "select id, name from bodies where kind = 'health_council' order by slug limit 2",
    );
    bodyId = councils[0].id;
    bodyName = councils[0].name;
    const roles: Record<keyof typeof EMAILS, [number, 'member' | 'secretariat']> = {
      asker: [bodyId, 'member'],
      member: [bodyId, 'member'],
      quiet: [bodyId, 'member'],
      secretariat: [bodyId, 'secretariat'],
      colleague: [bodyId, 'secretariat'],
      outsider: [councils[1].id, 'member'],
    };
    for (const [name, email] of Object.entries(EMAILS) as [keyof typeof EMAILS, string][]) {
      const created = await createUser({ db: handle.db, email, name, actor: COMMAND_LINE_ACTOR });
      if (!created.ok) throw new Error(created.reason);
      ids[name] = created.userId;
      const [body, role] = roles[name];
      await setUserRole({ db: handle.db, userId: created.userId, bodyId: body, role, actor: COMMAND_LINE_ACTOR });
    }
    // "quiet" wants answers in the app only.
    await setNotificationPreferences({
      db: handle.db,
      userId: ids.quiet,
      choices: { question_answered: { email: false, inApp: true } },
    });
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'Protokol <protokol@example.dk>' });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await handle?.close();
  });

  const deliver = (now: Date, using: Mailer | null = mailer) =>
    deliverNotifications({ db: handle.db, mailer: using, publicUrl: PUBLIC_URL, now });

  const outbox = () =>
    handle.query<{
      user_id: number;
      kind: string;
      email_state: string;
      email_attempts: number;
      last_error: string | null;
    }>('select user_id, kind, email_state, email_attempts, last_error from notifications order by id');

  let questionId = 0;

  it('sends the secretariat the new question, and every member the answer without its confidential part', async () => {
    const asked = await submitQuestion({
      db: handle.db,
      bodyId,
      askerUserId: ids.asker,
      title: 'Genoptræning',
      text: 'Hvor mange venter på genoptræning?',
      addressee: 'executive_board',
      actor: { userId: ids.asker, label: EMAILS.asker },
      now: NOW,
    });
    if (!asked.ok) throw new Error(asked.reason);
    questionId = asked.questionId;
    expect(await deliver(NOW)).toEqual({ sent: 2, retrying: 0, failed: 0, skipped: 0 });
    await smtp.waitFor(2);
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual([EMAILS.colleague, EMAILS.secretariat]);
    expect(smtp.received[0].subject).toBe(`Nyt spørgsmål i ${bodyName}: Spørgsmål til spørgeordningen: Genoptræning`);
    expect(smtp.received[0].text).toContain('frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026');
    expect(smtp.received[0].text).toContain(`${PUBLIC_URL}/sekretariat/sporgsmaal/${questionId}`);

    const answered = await answerQuestion({
      db: handle.db,
      questionId,
      parts: [
        { text: '212 borgere venter på genoptræning.', isConfidential: false },
        { text: `Heraf venter 14 på hold ${SECRET} i Nordby.`, isConfidential: true },
      ],
      actor: { userId: ids.secretariat, label: EMAILS.secretariat },
      now: minutes(60),
    });
    expect(answered).toMatchObject({ ok: true });
    // asker, member and colleague by e-mail; quiet only in the app; not the one who answered, not the outsider.
    expect(await deliver(minutes(61))).toEqual({ sent: 3, retrying: 0, failed: 0, skipped: 0 });
    const mails = (await smtp.waitFor(5)).slice(2);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual([EMAILS.asker, EMAILS.colleague, EMAILS.member].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe('Besvaret: Spørgsmål til spørgeordningen: Genoptræning');
      expect(mail.text).toContain('212 borgere venter på genoptræning.');
      expect(mail.text).toContain('Svaret har fortrolige dele, som du kan læse i Protokol.');
      expect(mail.text).toContain(`${PUBLIC_URL}/sporgsmaal/${questionId}`);
      expect(mail.text).toContain('Du får denne besked, fordi du');
      expect(mail.text).toContain(`${PUBLIC_URL}/indstillinger/notifikationer`);
    }
    const toMember = mails.find((mail) => mail.to.includes(EMAILS.member))!;
    expect(toMember.text).toContain(
      `fordi du er medlem af ${bodyName} og har valgt at få besked om besvarede spørgsmål`,
    );
    const toAsker = mails.find((mail) => mail.to.includes(EMAILS.asker))!;
    expect(toAsker.text).toContain('fordi du har stillet spørgsmålet');
    const quiet = (await outbox()).filter((row) => row.user_id === ids.quiet);
    expect(quiet).toEqual([expect.objectContaining({ kind: 'question_answered', email_state: 'skipped' })]);
  });

  it('never puts confidential text in any e-mail (raw message included) nor in any notification', async () => {
    for (const mail of smtp.received) {
      expect(mail.raw.toLowerCase()).not.toContain(SECRET);
      expect(mail.text.toLowerCase()).not.toContain(SECRET);
    }
    const [stored] = await handle.query<{ n: number }>(
      `select count(*)::int as n from notifications where position($1 in lower(subject || body_text || reason || link)) > 0`,
      [SECRET],
    );
    expect(stored.n).toBe(0);
  });

  it('retries a failed send later with a growing wait, and delivers it in the end; nothing is lost', async () => {
    const before = smtp.received.length;
    await handle.db.transaction((tx) =>
      notifyPublication(tx, {
        bodyId,
        kind: 'minutes_published',
        meetingId: 4242,
        meetingTitle: 'Referat, Sundhedsråd, tirsdag d. 28. april 2026',
        actorUserId: ids.secretariat,
        now: minutes(120),
      }),
    );
    const broken = createSmtpMailer({ url: `smtp://127.0.0.1:${await closedPort()}`, from: 'protokol@example.dk' });
    try {
      expect(await deliver(minutes(121), broken)).toEqual({ sent: 0, retrying: 4, failed: 0, skipped: 0 });
      let rows = (await outbox()).filter((row) => row.kind === 'minutes_published');
      expect(rows).toHaveLength(4);
      expect(rows.every((row) => row.email_state === 'pending' && row.email_attempts === 1 && row.last_error)).toBe(
        true,
      );
      // Not due again before the wait (1 minute) is over.
      expect(await deliver(minutes(121.5))).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
      // Fails a second time: the next wait is 2 minutes.
      expect(await deliver(minutes(122), broken)).toEqual({ sent: 0, retrying: 4, failed: 0, skipped: 0 });
      expect(await deliver(minutes(123.5))).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
      expect(await deliver(minutes(124))).toEqual({ sent: 4, retrying: 0, failed: 0, skipped: 0 });
      rows = (await outbox()).filter((row) => row.kind === 'minutes_published');
      expect(
        rows.every((row) => row.email_state === 'sent' && row.email_attempts === 3 && row.last_error === null),
      ).toBe(true);
    } finally {
      broken.close();
    }
    const mails = (await smtp.waitFor(before + 4)).slice(before);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(
      [EMAILS.asker, EMAILS.colleague, EMAILS.member, EMAILS.quiet].sort(),
    );
    expect(mails[0].subject).toBe('Referatet er offentliggjort: Referat, Sundhedsråd, tirsdag d. 28. april 2026');
  });

  it('one recipient failing does not hold back the others; after the last try it is marked failed, and kept', async () => {
    const before = smtp.received.length;
    await handle.db.transaction((tx) =>
      notifyPublication(tx, {
        bodyId,
        kind: 'agenda_published',
        meetingId: 4343,
        meetingTitle: 'Dagsorden, Sundhedsråd, tirsdag d. 26. maj 2026',
        actorUserId: ids.secretariat,
        now: minutes(200),
      }),
    );
    const picky: Mailer = {
      send(to, subject, text) {
        if (to === EMAILS.member) return Promise.reject(new Error('550 mailbox unavailable'));
        return mailer.send(to, subject, text);
      },
    };
    expect(await deliver(minutes(201), picky)).toEqual({ sent: 3, retrying: 1, failed: 0, skipped: 0 });
    await smtp.waitFor(before + 3);
    let at = 201;
    let report = { sent: 0, retrying: 1, failed: 0, skipped: 0 };
    for (let attempt = 2; attempt <= 10; attempt++) {
      at += 400; // beyond the longest wait
      report = await deliver(minutes(at), picky);
    }
    expect(report).toEqual({ sent: 0, retrying: 0, failed: 1, skipped: 0 });
    const failed = (await outbox()).filter((row) => row.kind === 'agenda_published' && row.user_id === ids.member);
    expect(failed).toEqual([
      expect.objectContaining({ email_state: 'failed', email_attempts: 10, last_error: '550 mailbox unavailable' }),
    ]);
    const [inApp] = await handle.query<{ n: number }>(
      "select count(*)::int as n from notifications where kind = 'agenda_published' and user_id = $1 and is_in_app",
      [ids.member],
    );
    expect(inApp.n).toBe(1);
  });

  it('the background loop scans and delivers, one round at a time, and stops cleanly', async () => {
    // A question left unanswered since 10 March: its deadline (17 March) has passed.
    const old = await submitQuestion({
      db: handle.db,
      bodyId,
      askerUserId: ids.member,
      title: 'Glemt',
      text: 'Et spørgsmål, der ikke blev besvaret.',
      addressee: 'secretariat',
      actor: { userId: ids.member, label: EMAILS.member },
      now: new Date('2026-03-10T09:00:00Z'),
    });
    if (!old.ok) throw new Error(old.reason);
    await deliver(new Date('2026-03-10T09:00:00Z'));
    const before = smtp.received.length;
    await handle.db.transaction((tx) =>
      notifyPublication(tx, {
        bodyId,
        kind: 'agenda_published',
        meetingId: 4444,
        meetingTitle: 'Dagsorden, Sundhedsråd, tirsdag d. 30. juni 2026',
        actorUserId: ids.secretariat,
        now: minutes(5000),
      }),
    );
    const loop = startNotificationLoop({
      db: handle.db,
      mailer,
      publicUrl: PUBLIC_URL,
      logger: createLogger('silent'),
      intervalMs: 50,
      now: () => minutes(5001),
    });
    try {
      await smtp.waitFor(before + 6);
    } finally {
      await loop.stop();
    }
    // The open question's deadline passed: the scan told the secretariat, once each.
    const deadline = (await outbox()).filter((row) => row.kind === 'question_deadline');
    expect(deadline.map((row) => row.user_id).sort()).toEqual([ids.secretariat, ids.colleague].sort());
  });
});
