/**
 * Plans and hearings on PGlite and PostgreSQL: a plan's versions (numbered, a new one copies the
 * previous chapters, in date order, an adopted one is never rewritten, the page's query never
 * selects a closed item's title); a hearing's lifecycle — opened with its follow-up, a response
 * through the page (only while open, a PDF by content, rate-limited per client) and one registered
 * by the secretariat, published or withheld (a reason required), the memo written and published
 * with the body's decision (memo_published_at set, the follow-up done); the invitation, the
 * reminder and the receipt e-mailed over a real SMTP peer exactly once, however often the round runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { findPlan } from '../../src/db/queries/plans.js';
import { reminderOn } from '../../src/domain/hearing.js';
import { MAX_EMAIL_ATTEMPTS } from '../../src/domain/notifications.js';
import type { Actor } from '../../src/domain/roles.js';
import { hearingMailComposer } from '../../src/render/mail/hearing-mail.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { deliverHearingMails } from '../../src/use-cases/hearings/deliver-hearing-mails.js';
import { openHearing } from '../../src/use-cases/hearings/open-hearing.js';
import { publishHearingMemo } from '../../src/use-cases/hearings/publish-hearing-memo.js';
import { reviewHearingResponse } from '../../src/use-cases/hearings/review-hearing-response.js';
import { submitHearingResponse } from '../../src/use-cases/hearings/submit-hearing-response.js';
import { writeHearingMemo } from '../../src/use-cases/hearings/write-hearing-memo.js';
import { storeMeetingDocument } from '../../src/use-cases/imports/store-meeting-document.js';
import { addPlanVersion, editPlanVersion } from '../../src/use-cases/plans/add-plan-version.js';
import { createPlan } from '../../src/use-cases/plans/create-plan.js';
import { linkPlanItem } from '../../src/use-cases/plans/link-plan-item.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { publisherNamed } from '../helpers/publishers.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const who = { actor: null, auditActor: COMMAND_LINE_ACTOR };
const CLOSED_TITLE = 'Personalesag lukketordet';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
/** Danish noon on a date. */
const at = (date: string) => new Date(`${date}T11:00:00Z`);

describe.each(TEST_DATABASES)('plans and hearings on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;
  let openItem: number;
  let closedItem: number;
  let dataDir: string;
  let smtp: TestSmtpServer;
  let mailer: ReturnType<typeof createSmtpMailer>;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    const document = minutes([item(1, 'Nærsundhedsplan – høringsudkast'), item(2, CLOSED_TITLE, { closed: true })]);
    await storeMeetingDocument({
      db: handle.db,
      document,
      publisher: await publisherNamed(handle.db, 'Region Syddanmark'),
      bytes: new TextEncoder().encode(JSON.stringify(document)),
      fileName: 'fjordby.json',
    });
    [{ id: bodyId }] = await handle.query<{ id: number }>(`select id from bodies where name = 'Sundhedsråd Fjordby'`);
    const items = await handle.query<{ id: number; number: number }>(
      `select id, number from agenda_items order by number`,
    );
    openItem = items.find((i) => i.number === 1)!.id;
    closedItem = items.find((i) => i.number === 2)!.id;
    dataDir = await mkdtemp(path.join(tmpdir(), 'protokol-hearings-'));
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'protokol@example.dk' });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await handle?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('numbers versions, copies the previous chapters, keeps date order and never rewrites an adopted version', async () => {
    const stranger: Actor = { isAdmin: false, roles: new Map([[bodyId + 999, 'secretariat']]) };
    const refused = await createPlan({
      db: handle.db,
      actor: stranger,
      auditActor: COMMAND_LINE_ACTOR,
      ownerBodyId: bodyId,
      kind: 'local_health_plan',
      title: 'Nærsundhedsplan',
      summary: null,
      deadlineOn: '2027-04-01',
    });
    expect(refused).toEqual({ ok: false, problems: [{ field: 'body', reason: 'not_allowed' }] });
    const plan = await createPlan({
      db: handle.db,
      ...who,
      ownerBodyId: bodyId,
      kind: 'local_health_plan',
      title: 'Nærsundhedsplan for Fjordby',
      summary: 'Planen for det nære sundhedsvæsen.',
      deadlineOn: '2027-04-01',
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    const first = await addPlanVersion({
      db: handle.db,
      ...who,
      planId: plan.planId,
      status: 'draft',
      versionOn: '2026-06-01',
      note: null,
      decisionItemId: null,
      chapters: [
        { theme: 'Mental sundhed', goals: 'Hjælp tidligt', description: 'Første tekst' },
        { theme: 'Det nære sundhedsvæsen', goals: '', description: '' },
      ],
    });
    expect(first).toMatchObject({ ok: true, number: 1 });
    const second = await addPlanVersion({
      db: handle.db,
      ...who,
      planId: plan.planId,
      status: 'hearing_draft',
      versionOn: '2026-11-01',
      note: null,
      decisionItemId: openItem,
      chapters: null,
    });
    expect(second).toMatchObject({ ok: true, number: 2 });
    expect(
      await addPlanVersion({
        db: handle.db,
        ...who,
        planId: plan.planId,
        status: 'revised',
        versionOn: '2026-10-01',
        note: null,
        decisionItemId: null,
        chapters: null,
      }),
    ).toEqual({
      ok: false,
      problems: [{ field: 'date', reason: 'date_before_previous' }],
    });
    const adopted = await addPlanVersion({
      db: handle.db,
      ...who,
      planId: plan.planId,
      status: 'adopted',
      versionOn: '2027-03-01',
      note: 'Vedtaget',
      decisionItemId: closedItem,
      chapters: null,
    });
    expect(adopted).toMatchObject({ ok: true, number: 3 });
    const edit = await editPlanVersion({
      db: handle.db,
      ...who,
      planId: plan.planId,
      number: 3,
      status: 'adopted',
      versionOn: '2027-03-01',
      note: null,
      decisionItemId: null,
      chapters: [],
    });
    expect(edit).toEqual({ ok: false, problems: [{ field: 'version', reason: 'adopted_is_final' }] });
    const editDraft = await editPlanVersion({
      db: handle.db,
      ...who,
      planId: plan.planId,
      number: 2,
      status: 'hearing_draft',
      versionOn: '2026-11-01',
      note: null,
      decisionItemId: openItem,
      chapters: [{ theme: 'Mental sundhed', goals: 'Hjælp tidligt\nOgså til unge', description: 'Første tekst' }],
    });
    expect(editDraft).toMatchObject({ ok: true });
    await linkPlanItem({ db: handle.db, ...who, planId: plan.planId, itemId: openItem });
    await linkPlanItem({ db: handle.db, ...who, planId: plan.planId, itemId: closedItem });
    const found = await findPlan(handle.db, plan.planId);
    expect(found?.versions.map((v) => [v.number, v.status, v.chapters.length])).toEqual([
      [1, 'draft', 2],
      [2, 'hearing_draft', 1],
      [3, 'adopted', 2],
    ]);
    // Version 3 copied version 2's chapters as they stood when it was added (before version 2's edit).
    expect(found?.versions[2].chapters[0].theme).toBe('Mental sundhed');
    expect(found?.items.map((i) => [i.number, i.title, i.isClosed])).toEqual([
      [1, 'Nærsundhedsplan – høringsudkast', false],
      [2, null, true],
    ]);
    expect(found?.versions[2].decision).toMatchObject({ title: null, isClosed: true });
    expect(JSON.stringify(found)).not.toContain('lukketordet');
    const [audit] = await handle.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action like 'plan%'`,
    );
    expect(audit.n).toBeGreaterThanOrEqual(5);
  });

  it('runs a hearing from opening to the published memo, mailing each consultee exactly once', async () => {
    const [{ id: versionId }] = await handle.query<{ id: number }>(
      `select id from plan_versions where status = 'hearing_draft'`,
    );
    const opened = await openHearing({
      db: handle.db,
      ...who,
      bodyId,
      title: 'Høring over nærsundhedsplanen',
      description: 'Vi beder om jeres bemærkninger.',
      planVersionId: versionId,
      attachmentId: null,
      processStepId: null,
      startsOn: '2026-11-02',
      deadlineOn: '2026-12-14',
      consultees: [
        { name: 'Patientforeningen', email: 'post@patient.example.dk' },
        { name: 'Ældrerådet', email: 'aeldreraad@example.dk' },
        { name: 'Uden adresse', email: null },
      ],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const hearingId = opened.hearingId;
    const [followUp] = await handle.query<{ due_on: string; state: string }>(
      `select due_on::text, state from follow_ups where hearing_id = $1`,
      [hearingId],
    );
    expect(followUp).toEqual({ due_on: '2026-12-14', state: 'open' });

    const deliver = (day: string) =>
      deliverHearingMails({
        db: handle.db,
        mailer,
        publicUrl: 'https://protokol.example.dk',
        compose: hearingMailComposer,
        now: at(day),
      });
    // Before the start nothing; on the start day the two invitations, once however often the round runs.
    expect(await deliver('2026-11-01')).toEqual({ sent: 0, failed: 0 });
    const [a, b] = await Promise.all([deliver('2026-11-02'), deliver('2026-11-02')]);
    expect(a.sent + b.sent).toBe(2);
    expect(await deliver('2026-11-03')).toEqual({ sent: 0, failed: 0 });
    const invitations = await smtp.waitFor(2);
    expect(invitations.map((m) => m.to[0]).sort()).toEqual(['aeldreraad@example.dk', 'post@patient.example.dk']);
    expect(invitations[0].subject).toBe('Høring: Høring over nærsundhedsplanen');
    expect(invitations[0].text).toContain('https://protokol.example.dk/hoering/');
    expect(invitations[0].text).toContain('14. december 2026');

    // A response through the page: refused before it is open, a PDF only by content.
    const respond = (extra: Partial<Parameters<typeof submitHearingResponse>[0]> = {}) =>
      submitHearingResponse({
        db: handle.db,
        dataDir,
        hearingId,
        name: 'Anna Borger',
        organisation: 'Patientforeningen',
        text: 'Vi savner noget om pårørende.',
        file: null,
        receiptEmail: 'anna@example.dk',
        now: at('2026-11-10'),
        via: { channel: 'portal', client: '203.0.113.9' },
        ...extra,
      });
    expect(await respond({ now: at('2026-11-01') })).toEqual({
      ok: false,
      problems: [{ field: 'hearing', reason: 'not_open' }],
    });
    expect(await respond({ file: { name: 'svar.pdf', bytes: new TextEncoder().encode('ikke en pdf') } })).toEqual({
      ok: false,
      problems: [{ field: 'file', reason: 'not_pdf' }],
    });
    const answered = await respond({ file: { name: 'svar.pdf', bytes: PDF } });
    if (!answered.ok) throw new Error(JSON.stringify(answered));
    const registered = await submitHearingResponse({
      db: handle.db,
      dataDir,
      hearingId,
      name: 'Bent Hansen',
      organisation: null,
      text: 'Brev med personoplysninger.',
      file: null,
      receiptEmail: null,
      now: at('2026-12-20'),
      via: { channel: 'secretariat', consulteeId: null, ...who },
    });
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    // After the deadline the page takes no more.
    expect(await respond({ now: at('2026-12-15') })).toEqual({
      ok: false,
      problems: [{ field: 'hearing', reason: 'closed' }],
    });

    // The receipt goes once and its address is cleared; the reminder on its working day, once.
    expect(await deliver('2026-11-10')).toEqual({ sent: 1, failed: 0 });
    const [receipt] = await smtp.waitFor(3).then((all) => all.slice(2));
    expect(receipt.to).toEqual(['anna@example.dk']);
    expect(receipt.subject).toContain('Kvittering');
    const [{ receipt_email }] = await handle.query<{ receipt_email: string | null }>(
      `select receipt_email from hearing_responses where id = $1`,
      [answered.responseId],
    );
    expect(receipt_email).toBeNull();
    const remindDay = reminderOn('2026-12-14');
    expect(await deliver('2026-12-04')).toEqual({ sent: 0, failed: 0 });
    // One refused reminder holds up no one: the other goes out, the refused one waits a minute.
    smtp.refuseNext(1);
    expect(await deliver(remindDay)).toEqual({ sent: 1, failed: 1 });
    expect(await deliver(remindDay)).toEqual({ sent: 0, failed: 0 });
    const later = (minutes: number) =>
      deliverHearingMails({
        db: handle.db,
        mailer,
        publicUrl: 'https://protokol.example.dk',
        compose: hearingMailComposer,
        now: new Date(at(remindDay).getTime() + minutes * 60_000),
      });
    expect(await later(2)).toEqual({ sent: 1, failed: 0 });
    expect(await deliver('2026-12-14')).toEqual({ sent: 0, failed: 0 });
    expect((await smtp.waitFor(5)).slice(3).every((m) => m.subject.startsWith('Påmindelse'))).toBe(true);
    expect(smtp.received).toHaveLength(5);

    // A receipt refused every time is given up after MAX_EMAIL_ATTEMPTS tries, and its address cleared.
    const refused = await respond({ now: at(remindDay), receiptEmail: 'afvist@example.dk' });
    if (!refused.ok) throw new Error(JSON.stringify(refused));
    smtp.refuseNext(MAX_EMAIL_ATTEMPTS);
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      expect(await later(attempt * 400)).toEqual({ sent: 0, failed: 1 });
    }
    expect(await later((MAX_EMAIL_ATTEMPTS + 1) * 400)).toEqual({ sent: 0, failed: 0 });
    const [gaveUp] = await handle.query<{ receipt_email: string | null; receipt_attempts: number }>(
      `select receipt_email, receipt_attempts from hearing_responses where id = $1`,
      [refused.responseId],
    );
    expect(gaveUp).toEqual({ receipt_email: null, receipt_attempts: MAX_EMAIL_ATTEMPTS });
    expect(smtp.received).toHaveLength(5);
    await handle.query(`delete from hearing_responses where id = $1`, [refused.responseId]);

    // Review: a withheld response needs a reason; the memo waits for every response to be checked.
    expect(
      await reviewHearingResponse({
        db: handle.db,
        ...who,
        responseId: registered.responseId,
        decision: 'withhold',
        reason: ' ',
      }),
    ).toEqual({ ok: false, reason: 'reason_missing' });
    await writeHearingMemo({
      db: handle.db,
      ...who,
      hearingId,
      introduction: 'Sundhedsrådet har modtaget to svar.',
      answers: [{ responseId: answered.responseId, answer: 'Pårørende får et afsnit.', change: 'Nyt afsnit 3.2.' }],
    });
    expect(await publishHearingMemo({ db: handle.db, ...who, hearingId, decisionItemId: openItem })).toEqual({
      ok: false,
      reason: 'responses_unchecked',
      count: 2,
    });
    await reviewHearingResponse({
      db: handle.db,
      ...who,
      responseId: answered.responseId,
      decision: 'publish',
      reason: null,
    });
    await reviewHearingResponse({
      db: handle.db,
      ...who,
      responseId: registered.responseId,
      decision: 'withhold',
      reason: 'Svaret indeholder oplysninger om en patient.',
    });
    const published = await publishHearingMemo({
      db: handle.db,
      ...who,
      hearingId,
      decisionItemId: openItem,
      now: at('2027-01-20'),
    });
    expect(published).toEqual({ ok: true });
    const [hearing] = await handle.query<{ memo_published_at: Date | null; decision_item_id: number }>(
      `select memo_published_at, decision_item_id from hearings where id = $1`,
      [hearingId],
    );
    expect(hearing.memo_published_at).not.toBeNull();
    expect(hearing.decision_item_id).toBe(openItem);
    const [done] = await handle.query<{ state: string }>(`select state from follow_ups where hearing_id = $1`, [
      hearingId,
    ]);
    expect(done.state).toBe('done');
    expect(
      await reviewHearingResponse({
        db: handle.db,
        ...who,
        responseId: answered.responseId,
        decision: 'reopen',
        reason: null,
      }),
    ).toEqual({ ok: false, reason: 'memo_published' });
  });

  it('limits the public form per client', async () => {
    const opened = await openHearing({
      db: handle.db,
      ...who,
      bodyId,
      title: 'Kort høring',
      description: '',
      planVersionId: null,
      attachmentId: null,
      processStepId: null,
      startsOn: '2026-11-02',
      deadlineOn: '2026-12-14',
      consultees: [],
    });
    if (!opened.ok) throw new Error('not opened');
    const send = () =>
      submitHearingResponse({
        db: handle.db,
        dataDir,
        hearingId: opened.hearingId,
        name: 'Spammer',
        organisation: null,
        text: 'Igen',
        file: null,
        receiptEmail: null,
        now: at('2026-11-20'),
        via: { channel: 'portal', client: '198.51.100.7' },
      });
    for (let i = 0; i < 5; i++) expect((await send()).ok).toBe(true);
    expect(await send()).toEqual({ ok: false, problems: [{ field: 'hearing', reason: 'rate_limited' }] });
  });
});
