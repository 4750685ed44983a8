/**
 * The question scheme, follow-ups, meeting plan and notifications on the web, in-process: the
 * 401/403/404/400 cases first, CSRF on every form, then the pages' content — who sees what of a
 * question, the public answers (open parts only), the statistics, follow-ups on the case page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountsWorld,
  type CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';
import { insertDecision, type QuestionFixtures, seedQuestionWorld } from '../helpers/question-world.js';

const SECRET = 'kapybarafortrolig';
const NOW = new Date('2026-03-23T09:00:00Z');

describe.each(TEST_DATABASES)('question scheme on the web, on $name', (database) => {
  let world: AccountsWorld;
  let fixtures: QuestionFixtures;
  const browsers = {} as Record<
    'member' | 'otherMember' | 'secretariat' | 'otherSecretariat' | 'admin',
    { jar: CookieJar; csrf: string }
  >;

  beforeAll(async () => {
    world = await openAccountsWorld(database, { now: () => NOW, cache: false });
    fixtures = await seedQuestionWorld(world);
    browsers.member = await sessionFor(world.handle, world.userIds['member of this body']);
    browsers.otherMember = await sessionFor(world.handle, world.userIds['member of another body']);
    browsers.secretariat = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    browsers.otherSecretariat = await sessionFor(world.handle, world.userIds['secretariat of another body']);
    browsers.admin = await sessionFor(world.handle, world.userIds.admin);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const get = (who: keyof typeof browsers, path: string) => getPage(world.app, browsers[who].jar, path);
  const post = (who: keyof typeof browsers, path: string, fields: Record<string, string>) =>
    postForm(world.app, browsers[who].jar, path, { _csrf: browsers[who].csrf, ...fields });

  it('refuses a form without a valid CSRF token, before anything changes', async () => {
    const { jar } = browsers.member;
    const fields = { organ: world.thisBody.slug, title: 'Uden token', text: 'x', addressee: 'secretariat' };
    expect((await postForm(world.app, jar, '/sporgsmaal', fields)).response.status).toBe(403);
    expect((await postForm(world.app, jar, '/sporgsmaal', { ...fields, _csrf: 'forkert' })).response.status).toBe(403);
    const [row] = await world.handle.query<{ n: number }>(
      "select count(*)::int as n from questions where title like '%Uden token'",
    );
    expect(row.n).toBe(0);
    const settings = await postForm(world.app, browsers.secretariat.jar, '/indstillinger/notifikationer', {});
    expect(settings.response.status).toBe(403);
  });

  it('asks for a login (401) on every signed-in page, and 404 for what does not exist', async () => {
    for (const path of ['/sporgsmaal/ny', '/mine-sporgsmaal', '/notifikationer', '/sekretariat/sporgsmaal']) {
      const response = await world.app.request(path);
      expect(response.status, path).toBe(401);
      expect(await response.text()).toContain(`/log-ind?tilbage=${encodeURIComponent(path)}`);
    }
    expect((await get('member', '/sporgsmaal/ny?organ=findes-ikke')).response.status).toBe(404);
    expect((await get('member', '/sporgsmaal/999999')).response.status).toBe(404);
    expect((await get('member', '/sporgsmaal/abc')).response.status).toBe(404);
    expect((await get('admin', '/sekretariat/sporgsmaal/999999')).response.status).toBe(404);
    expect((await get('admin', '/sekretariat/opfoelgning/999999')).response.status).toBe(404);
    expect((await get('admin', '/sekretariat/beslutning/999999/opfoelgning/ny')).response.status).toBe(404);
    expect((await world.app.request('/organ/findes-ikke/spoergsmaal')).status).toBe(404);
    expect((await world.app.request('/organ/findes-ikke/statistik')).status).toBe(404);
    expect((await world.app.request('/organ/findes-ikke/moedeplan')).status).toBe(404);
  });

  it('lets a member ask in their own body only, explains the deadline, and keeps what was typed on a problem', async () => {
    const form = await get('member', `/sporgsmaal/ny?organ=${world.thisBody.slug}`);
    expect(form.response.status).toBe(200);
    expect(visibleText(form.text)).toContain('Stiller du spørgsmålet i dag, er fristen 30. marts 2026.');
    expect((await get('otherMember', `/sporgsmaal/ny?organ=${world.thisBody.slug}`)).response.status).toBe(403);
    expect((await get('secretariat', `/sporgsmaal/ny?organ=${world.thisBody.slug}`)).response.status).toBe(403);
    const choose = await get('member', '/sporgsmaal/ny');
    expect(choose.text).toContain(`/sporgsmaal/ny?organ=${world.thisBody.slug}`);

    const missing = await post('member', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title: 'Kun overskrift',
      text: '',
      addressee: 'secretariat',
    });
    expect(missing.response.status).toBe(400);
    expect(missing.text).toContain('Skriv spørgsmålet.');
    expect(missing.text).toContain('value="Kun overskrift"');
    const badAddressee = await post('member', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title: 'x',
      text: 'y',
      addressee: 'formanden',
    });
    expect(badAddressee.response.status).toBe(400);
    const foreign = await post('otherMember', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title: 'x',
      text: 'y',
      addressee: 'secretariat',
    });
    expect(foreign.response.status).toBe(403);
  });

  let questionId = 0;

  it('takes the whole way: ask → queue → answer with a confidential part → who sees what', async () => {
    const asked = await post('member', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title: 'Akutpladser',
      text: 'Hvor mange akutpladser er der i kommunerne?',
      addressee: 'hospital_management',
    });
    expect(asked.response.status).toBe(303);
    const location = asked.response.headers.get('location')!;
    questionId = Number(/\/sporgsmaal\/(\d+)\?sendt=1$/.exec(location)?.[1]);
    const receipt = visibleText((await get('member', location)).text);
    expect(receipt).toContain(
      'Dit spørgsmål er modtaget. Frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026.',
    );
    expect(receipt).toContain('Spørgsmål til spørgeordningen: Akutpladser');

    const queue = visibleText((await get('secretariat', '/sekretariat/sporgsmaal')).text);
    expect(queue).toContain('Spørgsmål til spørgeordningen: Akutpladser');
    expect(queue).toContain('Frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026');
    expect(queue).toContain('7 dage tilbage');
    expect(visibleText((await get('otherSecretariat', '/sekretariat/sporgsmaal')).text)).not.toContain('Akutpladser');
    expect((await get('otherSecretariat', `/sekretariat/sporgsmaal/${questionId}`)).response.status).toBe(403);
    expect((await get('member', `/sekretariat/sporgsmaal/${questionId}`)).response.status).toBe(403);

    // Publishing on, then the answer in two parts, the second confidential.
    expect(
      (
        await post('secretariat', '/sekretariat/sporgsmaal/offentliggoerelse', {
          organ: world.thisBody.slug,
          offentliggoer: '1',
        })
      ).response.status,
    ).toBe(303);
    const page = await get('secretariat', `/sekretariat/sporgsmaal/${questionId}`);
    expect(page.text).toContain('name="part-1"');
    expect(page.text).toContain('name="part-1-confidential"');
    const answered = await post('secretariat', `/sekretariat/sporgsmaal/${questionId}/besvar`, {
      'part-1': 'Der er 42 akutpladser.',
      'part-2': `Heraf står ${SECRET} til rådighed for psykiatrien.`,
      'part-2-confidential': '1',
      'part-3': '',
      publish: '1',
    });
    expect(answered.response.status).toBe(303);
    expect(answered.response.headers.get('location')).toBe(`/sekretariat/sporgsmaal/${questionId}?gemt=besvaret`);
    const again = await post('secretariat', `/sekretariat/sporgsmaal/${questionId}/besvar`, { 'part-1': 'Igen.' });
    expect(again.response.status).toBe(409);
    expect(again.text).toContain('Spørgsmålet er allerede besvaret.');

    // The asker and the secretariat see the confidential part, marked; a member of another body sees nothing.
    const forAsker = await get('member', `/sporgsmaal/${questionId}`);
    expect(forAsker.text).toContain(SECRET);
    expect(visibleText(forAsker.text)).toContain('Fortroligt');
    expect((await get('otherMember', `/sporgsmaal/${questionId}`)).response.status).toBe(403);
    expect((await get('admin', `/sporgsmaal/${questionId}`)).text).toContain(SECRET);

    // The public page shows the open part only, and never who asked.
    const published = await world.app.request(`/organ/${world.thisBody.slug}/spoergsmaal`);
    const publicText = await published.text();
    expect(published.status).toBe(200);
    expect(publicText).toContain('Der er 42 akutpladser.');
    expect(publicText).toContain('Svaret har desuden fortrolige dele, som ikke offentliggøres.');
    expect(publicText).not.toContain(SECRET);
    expect(publicText).not.toContain('member of this body');

    // The in-app notification of another member of the body: the open part, a notice, no secret.
    const notifications = await get('secretariat', '/notifikationer');
    expect(notifications.text).toContain('Nyt spørgsmål');
    expect(notifications.text).not.toContain(SECRET);
  });

  it('shows the statistics publicly, counts only', async () => {
    const stats = visibleText(await (await world.app.request(`/organ/${world.thisBody.slug}/statistik`)).text());
    expect(stats).toContain('Stillede spørgsmål 2');
    expect(stats).toContain('Besvaret inden for fristen 1 (100 %)');
    expect(stats).toContain('Svartid (median) 0 dage');
    expect(stats).not.toContain('Akutpladser');
    expect((await world.app.request(`/organ/${world.thisBody.slug}/statistik?aar=2025`)).status).toBe(200);
  });

  it('declines with a note that only the asker and the secretariat read, and marks the asker for contact', async () => {
    const asked = await post('member', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title: 'Alle journaler',
      text: 'Gennemgå alle journaler fra 2020.',
      addressee: 'executive_board',
    });
    const id = Number(/\/sporgsmaal\/(\d+)/.exec(asked.response.headers.get('location')!)?.[1]);
    expect((await post('secretariat', `/sekretariat/sporgsmaal/${id}/afvis`, { note: '' })).response.status).toBe(400);
    const declined = await post('secretariat', `/sekretariat/sporgsmaal/${id}/afvis`, {
      confirm: '1',
      note: 'Kræver en gennemgang af 40.000 journaler.',
    });
    expect(declined.response.status).toBe(303);
    const page = visibleText((await get('secretariat', `/sekretariat/sporgsmaal/${id}`)).text);
    expect(page).toContain('Skal kontaktes: spørgsmålet er afvist, aftal en afgrænsning');
    expect(visibleText((await get('secretariat', '/sekretariat/sporgsmaal')).text)).toContain('Skal kontaktes');
    expect((await get('member', `/sporgsmaal/${id}`)).text).toContain('40.000 journaler');
    const contacted = await post('secretariat', `/sekretariat/sporgsmaal/${id}/kontaktet`, {
      contactNote: 'Aftalt at begrænse til 2025.',
    });
    expect(contacted.response.status).toBe(303);
    expect(visibleText((await get('secretariat', `/sekretariat/sporgsmaal/${id}`)).text)).not.toContain(
      'Skal kontaktes',
    );
    const forwarded = await post('secretariat', `/sekretariat/sporgsmaal/${id}/videresend`, {
      link: 'https://regionsraad.example.dk/sporgsmaal/9',
    });
    expect(forwarded.response.status).toBe(303);
    expect((await get('member', `/sporgsmaal/${id}`)).text).toContain('https://regionsraad.example.dk/sporgsmaal/9');
  });

  it('lists my questions and the answered ones of my bodies, and marks notifications read', async () => {
    const mine = visibleText((await get('member', '/mine-sporgsmaal')).text);
    expect(mine).toContain('Spørgsmål til spørgeordningen: Akutpladser');
    expect(mine).toContain('Spørgsmål til spørgeordningen: Alle journaler');
    const list = await get('member', '/notifikationer');
    expect(visibleText(list.text)).toMatch(/\d+ ulæste notifikationer|1 ulæst notifikation/);
    expect(visibleText(list.text)).toContain('Du får denne besked, fordi du har stillet spørgsmålet');
    expect((await post('member', '/notifikationer/laest', {})).response.status).toBe(303);
    expect(visibleText((await get('member', '/notifikationer')).text)).toContain('Du har ingen ulæste notifikationer.');

    const settings = await post('member', '/indstillinger/notifikationer', { 'question_answered:app': '1' });
    expect(settings.response.status).toBe(303);
    const page = await get('member', '/indstillinger/notifikationer?gemt=1');
    expect(page.text).toContain('Dine valg er gemt.');
    expect(page.text).toMatch(/id="question_answered-app"[^>]*checked/);
    expect(page.text).not.toMatch(/id="question_answered-email"[^>]*checked/);
  });

  it('creates follow-ups from a decision; the case page shows the open item’s ones in a safe form only', async () => {
    const page = await get('secretariat', `/sekretariat/beslutning/${fixtures.decisionId}/opfoelgning/ny`);
    expect(page.response.status).toBe(200);
    const created = await post('secretariat', `/sekretariat/beslutning/${fixtures.decisionId}/opfoelgning`, {
      what: 'Procesplan forelægges',
      responsible: 'Sekretariatet v. Ane',
      dueOn: '2026-03-20',
      returnTo: String(world.otherBody.id),
    });
    expect(created.response.status).toBe(303);
    const overdue = visibleText((await get('secretariat', '/sekretariat/opfoelgning')).text);
    expect(overdue).toMatch(/Over fristen \(1\).*Procesplan forelægges/);
    const bad = await post('secretariat', `/sekretariat/beslutning/${fixtures.decisionId}/opfoelgning`, {
      what: 'x',
      responsible: 'y',
      dueOn: '2026-02-30',
    });
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain('Skriv fristen som en dato');

    // A follow-up of the closed item's decision.
    expect(
      (
        await post('secretariat', `/sekretariat/beslutning/${fixtures.closedDecisionId}/opfoelgning`, {
          what: 'Lukket opfølgning',
          responsible: 'Direktionen',
          dueOn: '2026-06-01',
        })
      ).response.status,
    ).toBe(303);
    // Link to a later item, then done.
    const later = await insertDecision(world, {
      bodyId: world.thisBody.id,
      heldOn: '2026-04-28',
      number: 4,
      title: 'Procesplan',
      text: 'Godkendt.',
    });
    const followUpId = Number(/opfoelgning\/(\d+)/.exec(created.response.headers.get('location')!)?.[1]);
    expect(
      (await post('secretariat', `/sekretariat/opfoelgning/${followUpId}/punkt`, { item: `/punkt/${fixtures.itemId}` }))
        .response.status,
    ).toBe(400);
    expect(
      (await post('secretariat', `/sekretariat/opfoelgning/${followUpId}/punkt`, { item: `/punkt/${later.itemId}` }))
        .response.status,
    ).toBe(303);
    expect(
      (await post('secretariat', `/sekretariat/opfoelgning/${followUpId}/udfoert`, { note: '', confirm: '1' })).response
        .status,
    ).toBe(303);
    expect(
      (await post('secretariat', `/sekretariat/opfoelgning/${followUpId}/annuller`, { note: '', confirm: '1' }))
        .response.status,
    ).toBe(409);
    const done = visibleText((await get('secretariat', `/sekretariat/opfoelgning/${followUpId}`)).text);
    expect(done).toContain('Udført');
    expect(done).toContain('Punkt 4: Procesplan');

    // The public case page: the open item's follow-ups, what + due + state; nothing of the closed item's.
    const casePage = await world.app.request('/sag/25%2F58516');
    const caseText = visibleText(await casePage.text());
    expect(casePage.status).toBe(200);
    expect(caseText).toContain('Årlig status – frist 1. marts 2027 (åben)');
    expect(caseText).toContain('Procesplan forelægges – frist 20. marts 2026 (udført)');
    expect(caseText).not.toContain('Lukket opfølgning');
    expect(caseText).not.toContain('Direktionen');
    expect(caseText).not.toContain('Sekretariatet v. Ane');
  });

  it('keeps the meeting plan with each change and the decision that made it', async () => {
    const added = await post('secretariat', '/sekretariat/moedeplan', {
      organ: world.thisBody.slug,
      kind: 'seminar',
      title: '12-12-seminar',
      plannedOn: '2026-08-20',
      endsOn: '2026-08-21',
      startTime: '12:00',
      endTime: '12:00',
      location: '',
      decision: String(fixtures.decisionId),
      note: '',
    });
    expect(added.response.status).toBe(303);
    const [entry] = await world.handle.query<{ id: number }>(
      "select id from meeting_plan_entries where title = '12-12-seminar'",
    );
    const moved = await post('secretariat', `/sekretariat/moedeplan/${entry.id}`, {
      kind: 'seminar',
      title: '12-12-seminar',
      plannedOn: '2026-08-31',
      endsOn: '2026-09-01',
      startTime: '13:00',
      endTime: '13:00',
      decision: String(fixtures.decisionId),
      note: 'Godkendt med den bemærkning, at seminaret flyttes.',
    });
    expect(moved.response.status).toBe(303);
    const plan = visibleText(
      await (await world.app.request(`/organ/${world.thisBody.slug}/moedeplan?aar=2026`)).text(),
    );
    expect(plan).toContain('mandag d. 31. august 2026 kl. 13.00 til tirsdag d. 1. september 2026 kl. 13.00');
    expect(plan).toContain(
      'Flyttet fra torsdag d. 20. august 2026 kl. 12.00 til fredag d. 21. august 2026 kl. 12.00 til mandag d. 31. august 2026',
    );
    expect(plan).toContain('besluttet i punkt 9: Mødekalender, 23. marts 2026');
    expect(plan).toContain('Godkendt med den bemærkning, at seminaret flyttes.');
    const wrong = await post('secretariat', `/sekretariat/moedeplan/${entry.id}`, {
      kind: 'seminar',
      title: '12-12-seminar',
      plannedOn: '2026-08-31',
      endsOn: '2026-08-01',
    });
    expect(wrong.response.status).toBe(400);
    expect(wrong.text).toContain('Slutdatoen skal være en dato på eller efter datoen.');
    expect((await get('otherSecretariat', `/sekretariat/moedeplan/${entry.id}`)).response.status).toBe(403);
  });
});
