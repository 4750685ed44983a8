/**
 * Plans and hearings on the web and in the API, on PGlite and PostgreSQL, with the demo set: the
 * plan's page (the newest version labelled not adopted, its chapters, history, items and process),
 * the diff between versions (ins/del with words for screen readers); the demo hearing (published
 * responses, a withheld one by sender and reason only, the memo; the form closed after the
 * deadline); the response form of an open hearing (CSRF, not a PDF and too large refused in
 * Danish with what was typed kept, a response received but never shown before it is published,
 * the rate limit per client); the API's shape, paging and only published responses; the demo set
 * removed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_FILE_MAX_BYTES, RESPONSE_RATE_LIMIT } from '../../src/domain/hearing.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { openHearing } from '../../src/use-cases/hearings/open-hearing.js';
import { loadDemoData, removeDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import { createApp } from '../../src/web/app.js';
import { type AccountsWorld, CookieJar, csrfTokenIn, getPage, openAccountsWorld } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { apiClient } from '../helpers/open-data-api.js';

const SECRET_TEXT = 'ukontrolleret-svar-struds';

describe.each(TEST_DATABASES)('plans and hearings on the web, on $name', (database) => {
  let world: AccountsWorld;
  let planId: number;
  let demoHearing: number;
  let openId: number;
  let dataDir: string;
  const get = async (path: string) => {
    const response = await world.app.request(path);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'protokol-hearing-web-'));
    world = await openAccountsWorld(database, { cache: false, dataDir });
    await loadDemoData({ db: world.handle.db });
    [{ id: planId }] = await world.handle.query<{ id: number }>(`select id from plans where is_fictitious`);
    [{ id: demoHearing }] = await world.handle.query<{ id: number }>(`select id from hearings where is_fictitious`);
    const opened = await openHearing({
      db: world.handle.db,
      actor: null,
      auditActor: COMMAND_LINE_ACTOR,
      bodyId: world.thisBody.id,
      title: 'Åben høring',
      description: 'Svar gerne.',
      planVersionId: null,
      attachmentId: null,
      processStepId: null,
      startsOn: '2020-01-01',
      deadlineOn: '2099-12-31',
      consultees: [],
    });
    if (!opened.ok) throw new Error('not opened');
    openId = opened.hearingId;
  }, 120_000);
  afterAll(async () => {
    await world?.handle.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the plan, its history, the items that treated it and the diff between versions', async () => {
    const list = await get('/planer');
    expect(list.text).toContain(`href="/plan/${planId}"`);
    const page = await get(`/plan/${planId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Version 2: Høringsudkast (14. september 2026) – ikke vedtaget');
    expect(page.text).toContain('Planen er ikke vedtaget endnu');
    expect(page.text).toContain('Sammenhæng for borgere med kronisk sygdom');
    expect(page.text).toContain('Mental sundhed');
    expect(page.text).toContain('1. april 2027');
    expect(page.text).toContain('Udkast til nærsundhedsplan 2027-2030 sendes i høring');
    expect(page.text).toContain(`href="/plan/${planId}/forskel?fra=1&amp;til=2"`);
    expect(page.text).toMatch(/href="\/forloeb\/\d+"/);
    expect(page.text).toContain(`href="/hoering/${demoHearing}"`);
    const diff = await get(`/plan/${planId}/forskel?fra=1&til=2`);
    expect(diff.status).toBe(200);
    expect(diff.text).toContain('<ins><span class="sr-only">Tilføjet: </span>- Pårørende inddrages i planen');
    expect(diff.text).toContain('<del><span class="sr-only">Fjernet: </span>Kommunerne, børne- og ungdomspsykiatrien');
    expect(diff.text).toContain('Uændret');
    expect((await get(`/plan/${planId}/forskel?fra=1&til=9`)).status).toBe(404);
    expect((await get(`/plan/${planId}/forskel?fra=x&til=2`)).status).toBe(400);
  });

  it('shows the demo hearing: published responses, a withheld one by sender and reason, the memo, the form closed', async () => {
    const page = await get(`/hoering/${demoHearing}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Vi bakker op om målet om én fælles plan.');
    expect(page.text).toContain('Svaret indeholder helbredsoplysninger om en navngiven person');
    expect(page.text).not.toContain('konkret patientforløb');
    expect(page.text).toContain('Sundhedsrådet modtog fire høringssvar.');
    expect(page.text).toContain('Høringen er afsluttet, og høringsnotatet er offentliggjort.');
    expect(page.text).not.toContain('name="text"');
    // Its deadline in the body's calendar, an all-day event linking the hearing.
    const calendar = await get('/organ/region-syddanmark--sundhedsraad-fjordby/kalender.ics');
    expect(calendar.text).toContain('SUMMARY:Høringsfrist: Høring over udkast til nærsundhedsplan 2027–2030');
    expect(calendar.text).toContain('DTSTART;VALUE=DATE:20261109');
    expect(calendar.text).toContain(`/hoering/${demoHearing}`);
    const jar = new CookieJar();
    const token = csrfTokenIn((await getPage(world.app, jar, `/hoering/${openId}`)).text);
    const form = new FormData();
    form.set('_csrf', token);
    form.set('name', 'For sent');
    form.set('text', 'Hej');
    const late = await world.app.request(`/hoering/${demoHearing}`, {
      method: 'POST',
      body: form,
      headers: { cookie: jar.header() },
    });
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('Høringsfristen er overskredet');
  });

  it('takes a response through the form: CSRF, a PDF by content, the size limit, never public before it is published', async () => {
    const jar = new CookieJar();
    const page = await getPage(world.app, jar, `/hoering/${openId}`);
    expect(page.response.headers.get('cache-control')).toContain('no-store');
    const token = csrfTokenIn(page.text);
    const post = (fields: Record<string, string>, file?: File, client = '192.0.2.10') => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      if (file) form.set('file', file);
      return world.app.request(`/hoering/${openId}`, {
        method: 'POST',
        body: form,
        headers: { cookie: jar.header(), 'x-forwarded-for': client },
      });
    };
    const typed = {
      _csrf: token,
      name: 'Anna Ravn',
      organisation: 'Foreningen',
      text: SECRET_TEXT,
      email: 'anna@example.dk',
    };
    expect((await post({ ...typed, _csrf: 'forkert' })).status).toBe(403);
    const notPdf = await post(typed, new File(['Dette er ikke en PDF'], 'svar.pdf', { type: 'application/pdf' }));
    expect(notPdf.status).toBe(400);
    const notPdfText = await notPdf.text();
    expect(notPdfText).toContain('Filen er ikke en PDF');
    expect(notPdfText).toContain('value="Anna Ravn"');
    expect(notPdfText).toContain(SECRET_TEXT); // kept in its field
    const big = new Uint8Array(RESPONSE_FILE_MAX_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.4'));
    const tooLarge = await post(typed, new File([big], 'stor.pdf', { type: 'application/pdf' }));
    expect(tooLarge.status).toBe(400);
    const tooLargeText = await tooLarge.text();
    expect(tooLargeText).toContain('Filen er for stor');
    expect(tooLargeText).toContain('value="Foreningen"');
    const sent = await post(typed, new File(['%PDF-1.4\n%%EOF\n'], 'svar.pdf', { type: 'application/pdf' }));
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/hoering/${openId}/tak?kvittering=1`);
    expect((await get(`/hoering/${openId}/tak?kvittering=1`)).text).toContain('Du får en kvittering på e-mail.');
    // Received, not checked: on neither the page nor the API.
    expect((await get(`/hoering/${openId}`)).text).not.toContain(SECRET_TEXT);
    expect((await get(`/api/v1/hearings/${openId}`)).text).not.toContain(SECRET_TEXT);
    const [{ id: responseId }] = await world.handle.query<{ id: number }>(
      `select id from hearing_responses where hearing_id = $1`,
      [openId],
    );
    expect((await get(`/hoering/${openId}/svar/${responseId}.pdf`)).status).toBe(404);
    // Published, its PDF is served.
    await world.handle.query(`update hearing_responses set state = 'published' where id = $1`, [responseId]);
    const pdf = await world.app.request(`/hoering/${openId}/svar/${responseId}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await get(`/hoering/${openId}`)).text).toContain(SECRET_TEXT);
    // The rate limit per client: this client has one; after the limit, 429 with the reason.
    for (let i = 1; i < RESPONSE_RATE_LIMIT.perClient; i++) expect((await post(typed)).status).toBe(303);
    const limited = await post(typed);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('Prøv igen om en time');
    expect((await post(typed, undefined, '192.0.2.11')).status).toBe(303);
    // In production without SMTP no receipt is offered, and an address posted all the same is not kept.
    const noMail = createApp({
      handle: world.handle,
      cache: false,
      auth: { config: { environment: 'production', cookieSecure: false, trustProxy: false } },
    });
    const noMailJar = new CookieJar();
    const noMailPage = await getPage(noMail, noMailJar, `/hoering/${openId}`);
    expect(noMailPage.text).toContain('name="text"');
    expect(noMailPage.text).not.toContain('name="email"');
    const counts = async () =>
      (
        await world.handle.query<{ all: number; addresses: number }>(
          `select count(*)::int as all, count(receipt_email)::int as addresses from hearing_responses where hearing_id = $1`,
          [openId],
        )
      )[0];
    const before = await counts();
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...typed, _csrf: csrfTokenIn(noMailPage.text) }))
      form.set(name, value);
    const unmailed = await noMail.request(`/hoering/${openId}`, {
      method: 'POST',
      body: form,
      headers: { cookie: noMailJar.header(), 'x-forwarded-for': '192.0.2.12' },
    });
    expect(unmailed.headers.get('location')).toBe(`/hoering/${openId}/tak`);
    expect(await counts()).toEqual({ all: before.all + 1, addresses: before.addresses });
  });

  it('serves plans and hearings in the API: shape, paging, only published responses', async () => {
    const api = await apiClient(world.app);
    const plans = await api.getJson('/api/v1/plans', '/api/v1/plans');
    const plan = plans.data?.find((p) => p.id === planId);
    expect(plan).toMatchObject({
      kind: 'local_health_plan',
      deadline: '2027-04-01',
      versions: [
        { number: 1, status: 'draft', date: '2026-06-01' },
        { number: 2, status: 'hearing_draft', date: '2026-09-14' },
      ],
      links: { self: expect.stringMatching(new RegExp(`/api/v1/plans/${planId}$`)) },
    });
    const one = await api.getJson(`/api/v1/plans/${planId}`, '/api/v1/plans/{id}');
    expect((one.versions as { chapters: unknown[] }[])[1].chapters).toHaveLength(3);
    const hearings = await api.walk('/api/v1/hearings?limit=1', '/api/v1/hearings');
    expect(hearings.map((h) => h.id)).toEqual(expect.arrayContaining([demoHearing, openId]));
    const hearing = await api.getJson(`/api/v1/hearings/${demoHearing}`, '/api/v1/hearings/{id}');
    expect(hearing.deadline).toBe('2026-11-09');
    const responses = hearing.responses as { state: string; text: string | null; withheldReason: string | null }[];
    expect(responses.map((r) => r.state).sort()).toEqual(['published', 'published', 'published', 'withheld']);
    expect(responses.find((r) => r.state === 'withheld')).toMatchObject({ text: null });
    expect(JSON.stringify(hearing)).not.toContain('konkret patientforløb');
    expect((hearing.memo as { text: string }).text).toContain('fire høringssvar');
    const open = await api.getJson(`/api/v1/hearings/${openId}`, '/api/v1/hearings/{id}');
    // The one published in the test before; the five received since are not there.
    expect((open.responses as unknown[]).length).toBe(1);
    expect(open.memo).toBeNull();
    await api.getJson('/api/v1/plans/999999', '/api/v1/plans/{id}', 404);
  });

  it('removes the demo plan and hearing with the demo set', async () => {
    await removeDemoData({ db: world.handle.db });
    const [{ n }] = await world.handle.query<{ n: number }>(
      `select (select count(*) from plans where is_fictitious) + (select count(*) from hearings where is_fictitious) as n`,
    );
    expect(Number(n)).toBe(0);
  });
});
