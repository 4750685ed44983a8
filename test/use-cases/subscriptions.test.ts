/**
 * Following by e-mail, through a real SMTP peer (test/helpers/smtp-server.ts), on PGlite and
 * PostgreSQL: double opt-in (nothing before the confirmation), minutes that arrive by import told
 * once (never again on a re-import or a retry), the daily digest, unsubscribing by the one-click
 * List-Unsubscribe POST, a retry after the peer refuses once, no word of a closed item in any
 * message, saved searches and cases across bodies, the subscriber's language, and the rate limit.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import type { PublisherRow } from '../../src/db/stores/identities.js';
import { copenhagenParts } from '../../src/domain/copenhagen-time.js';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';
import { CONFIRMATION_LIMITS, nextDigestAt, type Target } from '../../src/domain/subscriptions.js';
import { subscriptionComposer } from '../../src/render/mail/subscription-mail.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { storeMeetingDocument } from '../../src/use-cases/imports/store-meeting-document.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import { answerQuestion } from '../../src/use-cases/questions/answer-question.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import { confirmSubscription } from '../../src/use-cases/subscriptions/confirm-subscription.js';
import { deliverSubscriptionMessages } from '../../src/use-cases/subscriptions/deliver-subscription-messages.js';
import { requestSubscription } from '../../src/use-cases/subscriptions/request-subscription.js';
import { createApp } from '../../src/web/app.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { publisherNamed } from '../helpers/publishers.js';
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const BASE = 'https://protokol.example.dk';
const CLOSED_TITLE = 'Lukket: Personalesag quokkazebra';
const CLOSED_TEXT = 'fortroligt-kamelhval';
/** Publications are queued at the wall clock's time (storeMeetingDocument), so delivery runs by it too. */
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** Minutes of Sundhedsråd Fjordby on a date: an open item on the plan, one on a case, a closed one. */
function fjordbyMinutes(date: string, extra: Partial<MeetingDocument> = {}, items?: AgendaItem[]): MeetingDocument {
  return minutes(
    items ?? [
      item(1, 'Nærsundhedsplan 2027 for Fjordby', {
        sections: [{ heading: 'Sagsfremstilling', text: 'Udkast til planen drøftes.' }],
      }),
      item(2, 'Akutfunktion i hjemmeplejen', { caseNumber: '25/41077' }),
      item(3, CLOSED_TITLE, { closed: true, sections: [{ heading: 'Sagsfremstilling', text: CLOSED_TEXT }] }),
    ],
    { date, ...extra },
  );
}

describe.each(TEST_DATABASES)('following by e-mail on $name', (database) => {
  let handle: DbHandle;
  let publisher: PublisherRow;
  let smtp: TestSmtpServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let bodyId: number;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    publisher = await publisherNamed(handle.db, 'Region Syddanmark');
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'protokol@example.dk' });
    await store(fjordbyMinutes('2026-01-12', { documentType: 'dagsorden' }));
    [{ id: bodyId }] = await handle.query<{ id: number }>(`select id from bodies where name = 'Sundhedsråd Fjordby'`);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await handle?.close();
  });
  beforeEach(async () => {
    await handle.exec('delete from subscribers; delete from subscription_requests;');
    smtp.received.length = 0;
  });
  afterEach(() => {
    // No message ever carries a word of the closed item.
    for (const mail of smtp.received) {
      for (const part of [mail.subject, mail.text, mail.html, mail.raw]) {
        expect(part).not.toContain('quokkazebra');
        expect(part).not.toContain(CLOSED_TEXT);
      }
    }
  });

  function store(document: MeetingDocument) {
    return storeMeetingDocument({
      db: handle.db,
      document,
      publisher,
      bytes: new TextEncoder().encode(JSON.stringify(document)),
      fileName: `${document.date}.json`,
    });
  }
  const deliver = (now = new Date()) =>
    deliverSubscriptionMessages({ db: handle.db, mailer, publicUrl: BASE, compose: subscriptionComposer, now });
  const subscribe = (target: Target, email = 'borger@example.dk', extra: { lang?: 'da' | 'en'; ip?: string } = {}) =>
    requestSubscription({ db: handle.db, email, lang: extra.lang ?? 'da', target, ip: extra.ip ?? '192.0.2.1' });
  const tokenIn = (mail: ReceivedMail, kind: 'bekraeft' | 'afmeld' | 'mine') =>
    new RegExp(`/foelg/${kind}/([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1] ?? '';
  const header = (mail: ReceivedMail, name: string) =>
    new RegExp(`^${name}: *(.*)$`, 'im').exec(mail.raw.replace(/\r\n[ \t]+/g, ' '))?.[1]?.trim() ?? null;

  /** Subscribes, receives the confirmation and confirms it; returns the confirmation mail. */
  async function followed(target: Target, frequency: 'immediate' | 'daily' = 'immediate', lang: 'da' | 'en' = 'da') {
    const before = smtp.received.length;
    expect(await subscribe(target, 'borger@example.dk', { lang })).toEqual({ ok: true });
    expect(await deliver()).toMatchObject({ sent: 1 });
    const mail = (await smtp.waitFor(before + 1))[before];
    const confirmed = await confirmSubscription({ db: handle.db, token: tokenIn(mail, 'bekraeft'), frequency });
    expect(confirmed.ok).toBe(true);
    return mail;
  }

  it('sends only the confirmation before it is confirmed, then the minutes once, with links and List-Unsubscribe', async () => {
    expect(await subscribe({ kind: 'body', id: bodyId })).toEqual({ ok: true });
    await store(fjordbyMinutes('2026-02-09'));
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [confirmation] = await smtp.waitFor(1);
    expect(confirmation.to).toEqual(['borger@example.dk']);
    expect(confirmation.subject).toBe('Bekræft: Følg Sundhedsråd Fjordby');
    expect(confirmation.text).toContain(`${BASE}/foelg/bekraeft/`);
    expect(header(confirmation, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/protokol\.example\.dk\/foelg\/afmeld\/[\w-]{43}>$/,
    );
    expect(header(confirmation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await deliver()).toMatchObject({ sent: 0 }); // the unconfirmed minutes told no one

    await confirmSubscription({ db: handle.db, token: tokenIn(confirmation, 'bekraeft'), frequency: 'immediate' });
    const stored = await store(fjordbyMinutes('2026-03-23'));
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [, notice] = await smtp.waitFor(2);
    expect(notice.subject).toBe('Referat: Sundhedsråd Fjordby 23. marts 2026');
    expect(notice.text).toContain('1. Nærsundhedsplan 2027 for Fjordby');
    expect(notice.text).toContain(`${BASE}/moede/${stored.meetingId}`);
    expect(notice.text).toMatch(/\/punkt\/\d+/);
    expect(notice.text).toContain(`${BASE}/foelg/mine/`);
    expect(notice.raw).toContain('Content-Type: text/html');
    expect(header(notice, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // Imported again with a change, and delivered again: never a second message for the event.
    await store(fjordbyMinutes('2026-03-23', { location: 'Teams' }));
    expect(await deliver(later(60))).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('tries again after the SMTP peer refuses once, and sends the message exactly once', async () => {
    await followed({ kind: 'body', id: bodyId });
    await store(fjordbyMinutes('2026-04-20'));
    smtp.refuseNext(1);
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 0 }); // waiting for its next try
    expect(await deliver(later(2))).toMatchObject({ sent: 1 });
    expect(await deliver(later(60))).toMatchObject({ sent: 0 });
    const mails = await smtp.waitFor(2);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe('Referat: Sundhedsråd Fjordby 20. april 2026');
  });

  it('gathers a daily subscriber’s events into one digest at 7 in the morning', async () => {
    await followed({ kind: 'body', id: bodyId }, 'daily');
    await store(fjordbyMinutes('2026-05-18'));
    await store(fjordbyMinutes('2026-06-15', { documentType: 'dagsorden' }));
    expect(await deliver()).toMatchObject({ sent: 0 });
    const digestAt = nextDigestAt(new Date());
    expect(copenhagenParts(digestAt).time).toBe('07:00');
    expect(nextDigestAt(new Date('2026-11-26T10:00:00Z')).toISOString()).toBe('2026-11-27T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-06-01T04:00:00Z')).toISOString()).toBe('2026-06-01T05:00:00.000Z');
    expect(await deliver(digestAt)).toMatchObject({ sent: 1 });
    const [, digest] = await smtp.waitFor(2);
    expect(digest.subject).toBe('Protokol: 2 nyheder i dag');
    expect(digest.text).toContain('Referatet af mødet i Sundhedsråd Fjordby 18. maj 2026');
    expect(digest.text).toContain('Dagsordenen til mødet i Sundhedsråd Fjordby 15. juni 2026');
  });

  it('unsubscribes by the one-click POST of List-Unsubscribe, without a session, and deletes the address', async () => {
    await followed({ kind: 'body', id: bodyId });
    await store(fjordbyMinutes('2026-07-06'));
    await deliver();
    const [, notice] = await smtp.waitFor(2);
    const url = new URL(/^<(.*)>$/.exec(header(notice, 'List-Unsubscribe') ?? '')?.[1] ?? '');
    const app = createApp({ handle, cache: false });
    const response = await app.request(url.pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await handle.query(`select 1 from subscribers where email = 'borger@example.dk'`)).toHaveLength(0);
    await store(fjordbyMinutes('2026-08-10'));
    expect(await deliver()).toMatchObject({ sent: 0 });
  });

  it('follows a saved search in a region and a case across bodies, naming only the matching open items', async () => {
    await followed({ kind: 'search', search: { q: 'sundhedsplan', region: 'region-syddanmark' } });
    await store(fjordbyMinutes('2026-09-07'));
    await deliver();
    const [, found] = await smtp.waitFor(2);
    expect(found.text).toContain('Nærsundhedsplan 2027 for Fjordby');
    expect(found.text).not.toContain('Akutfunktion');
    expect(found.text).toContain('“sundhedsplan” · Region Syddanmark');

    const [{ id: caseId }] = await handle.query<{ id: number }>(`select id from cases where number = '25/41077'`);
    await followed({ kind: 'case', id: caseId });
    // Another body of the same publisher takes the case up.
    await store(
      fjordbyMinutes('2026-09-21', { body: 'Sundhedsklynge Fjordby' }, [
        item(4, 'Akutfunktion: status', { caseNumber: '25/41077' }),
      ]),
    );
    await deliver();
    const mails = await smtp.waitFor(4);
    expect(mails[3].subject).toBe('Referat: Sundhedsklynge Fjordby 21. september 2026');
    expect(mails[3].text).toContain('4. Akutfunktion: status');
  });

  it('tells of an agenda a secretariat publishes in Protokol like an imported one', async () => {
    await followed({ kind: 'body', id: bodyId });
    const created = await createMeeting({
      db: handle.db,
      bodyId,
      heldOn: '2026-12-14',
      startTime: '16:00',
      endTime: null,
      location: 'Sygehuset',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(created.reason);
    for (const title of ['Sundhedsplan for klyngen', CLOSED_TITLE]) {
      const added = await addAgendaItem({
        db: handle.db,
        meetingId: created.meetingId,
        template: 'case',
        title,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!added.ok) throw new Error(added.reason);
      if (title === CLOSED_TITLE)
        await handle.query('update draft_items set is_closed = true where id = $1', [added.itemId]);
    }
    const published = await publishAgenda({ db: handle.db, meetingId: created.meetingId, actor: COMMAND_LINE_ACTOR });
    expect(published.ok).toBe(true);
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [, notice] = await smtp.waitFor(2);
    expect(notice.subject).toBe('Dagsorden: Sundhedsråd Fjordby 14. december 2026');
    expect(notice.text).toContain('1. Sundhedsplan for klyngen');
    expect(notice.text).toContain(`${BASE}/moede/${created.meetingId}`);
  });

  it('tells the followers of a body’s answers when one is published, naming the question only', async () => {
    await handle.query(
      'insert into question_scheme_settings (body_id, publishes_answers) values ($1, true) on conflict (body_id) do update set publishes_answers = true',
      [bodyId],
    );
    await followed({ kind: 'answers', id: bodyId });
    const userIds: number[] = [];
    for (const [email, role] of [
      ['medlem@fjordby.dk', 'member'],
      ['sekretariat@fjordby.dk', 'secretariat'],
    ] as const) {
      const created = await createUser({ db: handle.db, email, name: email, actor: COMMAND_LINE_ACTOR });
      if (!created.ok) throw new Error(created.reason);
      await setUserRole({ db: handle.db, userId: created.userId, bodyId, role, actor: COMMAND_LINE_ACTOR });
      userIds.push(created.userId);
    }
    const asked = await submitQuestion({
      db: handle.db,
      bodyId,
      askerUserId: userIds[0],
      title: 'Ventetid på genoptræning',
      text: 'Hvor mange venter?',
      addressee: 'secretariat',
      actor: { userId: userIds[0], label: 'medlem@fjordby.dk' },
    });
    if (!asked.ok) throw new Error(asked.reason);
    expect(await deliver()).toMatchObject({ sent: 0 }); // asked is not answered
    const answered = await answerQuestion({
      db: handle.db,
      questionId: asked.questionId,
      parts: [
        { text: '212 borgere venter.', isConfidential: false },
        { text: `Heraf 14 på hold ${CLOSED_TEXT}.`, isConfidential: true },
      ],
      actor: { userId: userIds[1], label: 'sekretariat@fjordby.dk' },
    });
    expect(answered).toMatchObject({ ok: true, isPublic: true });
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [, notice] = await smtp.waitFor(2);
    expect(notice.subject).toBe('Nyt svar i spørgeordningen: Sundhedsråd Fjordby');
    expect(notice.text).toContain('Ventetid på genoptræning');
    expect(notice.text).toContain(
      `/organ/region-syddanmark--sundhedsraad-fjordby/spoergsmaal#spoergsmaal-${asked.questionId}`,
    );
  });

  it('writes in the subscriber’s language', async () => {
    await followed({ kind: 'body', id: bodyId }, 'immediate', 'en');
    const [confirmation] = smtp.received;
    expect(confirmation.subject).toBe('Confirm: follow Sundhedsråd Fjordby');
    await store(fjordbyMinutes('2026-10-05'));
    await deliver();
    const [, notice] = await smtp.waitFor(2);
    expect(notice.subject).toBe('Minutes: Sundhedsråd Fjordby 5 October 2026');
    expect(notice.text).toContain(
      'The minutes of the meeting of Sundhedsråd Fjordby on 5 October 2026 have been published.',
    );
  });

  it('never sends a message twice when two servers deliver at once', async () => {
    await handle.query(
      `insert into subscribers (email, lang, manage_token)
       select 'mange' || n || '@example.dk', 'da', 'm' || lpad(n::text, 42, '0') from generate_series(1, 20) n`,
    );
    await handle.query(
      `insert into subscriptions (subscriber_id, kind, target_key, target_id, label, link, confirmed_at, unsubscribe_token)
       select id, 'body', 'body:' || $1::int, $1::int, 'Sundhedsråd Fjordby', '/', now(), 'u' || lpad(id::text, 42, '0')
       from subscribers where email like 'mange%'`,
      [bodyId],
    );
    await store(fjordbyMinutes('2026-11-02'));
    const reports = await Promise.all([deliver(), deliver(), deliver()]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(20);
    const mails = await smtp.waitFor(20);
    expect(new Set(mails.flatMap((mail) => mail.to)).size).toBe(20);
    expect(await deliver(later(10))).toMatchObject({ sent: 0 });
  });

  it('deletes an address whose request is not confirmed within a week', async () => {
    expect(await subscribe({ kind: 'body', id: bodyId }, 'glemsom@example.dk')).toEqual({ ok: true });
    expect(await deliver(later(8 * 24 * 60))).toMatchObject({ sent: 0 });
    expect(await handle.query(`select 1 from subscribers where email = 'glemsom@example.dk'`)).toHaveLength(0);
  });

  it('limits confirmation requests per address and per client, sending nothing over the limit', async () => {
    const target: Target = { kind: 'body', id: bodyId };
    for (let n = 0; n < CONFIRMATION_LIMITS.perAddress; n++) expect(await subscribe(target)).toEqual({ ok: true });
    expect(await subscribe(target)).toEqual({ ok: false, reason: 'rate_limited' });
    expect(await subscribe(target, 'Borger@Example.dk ', { ip: '198.51.100.9' })).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    for (let n = 0; n < CONFIRMATION_LIMITS.perClient - CONFIRMATION_LIMITS.perAddress; n++) {
      expect(await subscribe(target, `nabo${n}@example.dk`)).toEqual({ ok: true });
    }
    expect(await subscribe(target, 'endnu-en@example.dk')).toEqual({ ok: false, reason: 'rate_limited' });
    expect(await subscribe(target, 'ikke en adresse')).toEqual({ ok: false, reason: 'invalid_email' });
    expect(await subscribe({ kind: 'body', id: 999_999 }, 'x@example.dk', { ip: '203.0.113.5' })).toEqual({
      ok: false,
      reason: 'unknown_target',
    });
    const report = await deliver();
    expect(report.sent).toBe(CONFIRMATION_LIMITS.perClient);
  });
});
