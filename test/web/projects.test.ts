/**
 * Grants and projects on the web, on PGlite and PostgreSQL: the secretariat registers a project on
 * a frame's part (a bad form named per field with what was typed kept), grants it (over the part
 * refused with the amount left, in Danish), starts it (a status report due), records the report
 * and puts it on a coming meeting as a draft item; the project's page (amounts as Danes write them,
 * the timeline beside its table, a closed decision item only as closed), the list, the frame's
 * committed amount and the body's page; /api/v1/projects in the envelope and paging. The report
 * comes as a PDF (a non-PDF refused): downloadable from the project's page and attached to the
 * draft item. Spending is recorded (never above the grant: refused with the amount left) and shows
 * on the frame's picture and table and in the API; a stop gives back the unspent rest, so only the
 * spent stays committed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { type AccountsWorld, getPage, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { seedFrame } from '../helpers/frames.js';
import { apiClient } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe.each(TEST_DATABASES)('grants and projects on the web, on $name', (database) => {
  let world: AccountsWorld;
  let frameId: number;
  let closed: { id: number; title: string };
  let projectId: number;
  let reportId: number;
  let dataDir: string;
  const pdf = new TextEncoder().encode('%PDF-1.4\n% Statusrapport Fællessang\n%%EOF\n');
  const get = async (path: string) => {
    const response = await world.app.request(path);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'protokol-projects-web-'));
    world = await openAccountsWorld(database, { dataDir });
    await importMeetings({ db: world.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    [closed] = await world.handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where is_closed limit 1',
    );
    const [{ id: region }] = await world.handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    ({ frameId } = await seedFrame(world.handle.db, { ownerId: region, decidingBodyId: world.thisBody.id }));
    const meeting = await createMeeting({
      db: world.handle.db,
      bodyId: world.thisBody.id,
      heldOn: '2099-06-01',
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
  });
  afterAll(async () => {
    await world?.handle.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('the secretariat registers, grants, starts and reports, and puts the report on an agenda', async () => {
    const { jar } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const form = await getPage(world.app, jar, '/sekretariat/projekter/ny');
    expect(form.response.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    expect(form.text).toContain(`value="${frameId}:0"`);
    const fields = {
      _csrf: csrf,
      name: 'Fællessang',
      purpose: 'Mindre ensomhed.',
      source: `${frameId}:0`,
      pool: '',
      lead: String(world.thisBody.id),
      also: '',
      appliedOn: '1.4.2026',
      applied: 'fire hundrede tusind',
      ownFunding: '',
      startsOn: '1.5.2026',
      endsOn: '30.4.2028',
      reportEvery: '12',
    };
    const bad = await postForm(world.app, jar, '/sekretariat/projekter', { ...fields, name: '' });
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain('Skriv projektets navn.');
    expect(bad.text).toContain('Skriv beløbet som fx 818.200 kr.');
    expect(bad.text).toContain('value="fire hundrede tusind"');
    expect(bad.text).toContain('href="#applied"');
    const created = await postForm(world.app, jar, '/sekretariat/projekter', { ...fields, applied: '500.000 kr.' });
    expect(created.response.status).toBe(303);
    projectId = Number(/\/projekt\/(\d+)$/.exec(created.response.headers.get('location')!)![1]);

    const manage = `/sekretariat/projekter/${projectId}`;
    const move = {
      _csrf: csrf,
      to: '',
      decidedOn: '',
      decision: '',
      note: '',
      granted: '',
      startsOn: '',
      endsOn: '',
      extendedTo: '',
    };
    const skipped = await postForm(world.app, jar, `${manage}/status`, {
      ...move,
      to: 'running',
      decidedOn: '1.5.2026',
    });
    expect(skipped.text).toContain('Projektet er »Ansøgt«. Derfra kan det kun gå til »Bevilget« eller »Stoppet«.');
    const over = await postForm(world.app, jar, `${manage}/status`, { ...move, to: 'granted', decidedOn: '16.4.2026' });
    expect(over.response.status).toBe(400);
    expect(over.text).toContain('der er kun 487.500 kr. tilbage af Sundhedsråd Sønderjyllands del');
    const granted = await postForm(world.app, jar, `${manage}/status`, {
      ...move,
      to: 'granted',
      decidedOn: '16.4.2026',
      granted: '400.000 kr.',
      decision: `/punkt/${closed.id}`,
    });
    expect(granted.response.status).toBe(303);
    const running = await postForm(world.app, jar, `${manage}/status`, {
      ...move,
      to: 'running',
      decidedOn: '1.5.2026',
    });
    expect(running.response.status).toBe(303);

    const page = await getPage(world.app, jar, manage);
    reportId = Number(/rapporter\/(\d+)"/.exec(page.text)![1]);
    expect(page.text).toContain('enctype="multipart/form-data"');
    const empty = await postForm(world.app, jar, `${manage}/rapporter/${reportId}`, {
      _csrf: csrf,
      receivedOn: '2.5.2027',
      body: '',
      url: 'javascript:alert(1)',
    });
    expect(empty.response.status).toBe(400);
    expect(empty.text).toContain('Skriv en adresse, der begynder med https://.');
    expect(empty.text).toContain('value="2.5.2027"');
    const postReport = (file: File) => {
      const form = new FormData();
      form.set('_csrf', csrf);
      form.set('receivedOn', '2.5.2027');
      form.set('body', 'Der synges på 12 plejecentre.');
      form.set('url', '');
      form.set('file', file);
      return world.app.request(`${manage}/rapporter/${reportId}`, {
        method: 'POST',
        body: form,
        headers: { cookie: jar.header() },
      });
    };
    const notPdf = await postReport(new File(['hej'], 'rapport.pdf', { type: 'application/pdf' }));
    expect(notPdf.status).toBe(400);
    const notPdfText = await notPdf.text();
    expect(notPdfText).toContain('Filen er ikke en PDF. Vælg en PDF-fil.');
    expect(notPdfText).toContain('Der synges på 12 plejecentre.');
    const received = await postReport(new File([pdf], 'Status 2027.pdf', { type: 'application/pdf' }));
    expect(received.status).toBe(303);
    const again = await getPage(world.app, jar, manage);
    const meetingId = /<option value="(\d+)"[^>]*>[^<]*1\. juni 2099/.exec(again.text)![1];
    const onAgenda = await postForm(world.app, jar, `${manage}/rapporter/${reportId}/dagsorden`, {
      _csrf: csrf,
      meeting: meetingId,
    });
    expect(onAgenda.response.status).toBe(303);
    expect(onAgenda.response.headers.get('location')).toMatch(/^\/sekretariat\/punkt\/\d+$/);
    const item = await getPage(world.app, jar, onAgenda.response.headers.get('location')!);
    expect(item.text).toContain('Statusrapport: Fællessang');
    const itemId = Number(/(\d+)$/.exec(onAgenda.response.headers.get('location')!)![1]);
    const attached = await world.handle.query<{ file_name: string; media_type: string }>(
      'select file_name, media_type from draft_attachments where item_id = $1',
      [itemId],
    );
    expect(attached).toEqual([{ file_name: 'Status 2027.pdf', media_type: 'application/pdf' }]);
  });

  it("shows the project, the list, the frame's committed amount and the body's projects", async () => {
    const page = await get(`/projekt/${projectId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('400.000 kr.');
    expect(page.text).toContain('500.000 kr.');
    expect(page.text).toContain('role="img"');
    expect(page.text).toContain('Besluttet i et lukket punkt');
    expect(page.text).not.toContain(closed.title);
    expect(page.text).not.toContain('/sekretariat/punkt/'); // the draft item is the secretariat's
    expect(page.text).toContain('Der synges på 12 plejecentre.');
    expect(page.text).toContain('I gang');
    expect(page.text).toContain(`href="/projekt/${projectId}/rapport/${reportId}.pdf"`);
    expect(page.text).toContain('Hent rapporten (PDF, 1 kB)');
    const file = await world.app.request(`/projekt/${projectId}/rapport/${reportId}.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect((await get(`/projekt/${projectId}/rapport/999999.pdf`)).status).toBe(404);
    const list = await get('/projekter');
    expect(list.text).toContain(`href="/projekt/${projectId}"`);
    const frame = await get(`/ramme/${frameId}`);
    expect(frame.text).toMatch(/<td class="numeric">487\.500 kr\.<\/td><td class="numeric">400\.000 kr\.<\/td>/);
    expect(frame.text).toContain(`href="/projekt/${projectId}"`);
    expect((await get(`/organ/${world.thisBody.slug}`)).text).toContain(`href="/projekt/${projectId}"`);
    expect((await get('/projekt/999999')).status).toBe(404);
    // The body's page is cached for the public: a project's change empties the cache (its tables' trigger).
    const bodyPage = `/organ/${world.thisBody.slug}`;
    expect((await get(bodyPage)).text).not.toContain('Fællessang i Sønderjylland');
    await world.handle.query(`update projects set name = 'Fællessang i Sønderjylland' where id = $1`, [projectId]);
    await expect
      .poll(async () => (await get(bodyPage)).text, { timeout: 10_000 })
      .toContain('Fællessang i Sønderjylland');
  });

  it('serves the projects as open data in the envelope and paging of the other lists', async () => {
    const api = await apiClient(world.app);
    const list = await api.getJson('/api/v1/projects?limit=1', '/api/v1/projects');
    expect(list.data?.[0]).toMatchObject({
      id: projectId,
      status: 'running',
      grantedOre: 40_000_000,
      grantedText: '400.000 kr.',
      appliedOre: 50_000_000,
    });
    expect((list.data?.[0]?.links as { self: string } | undefined)?.self).toBe(
      `http://localhost/api/v1/projects/${projectId}`,
    );
    const one = await api.getJson(`/api/v1/projects/${projectId}`, '/api/v1/projects/{id}');
    const transitions = one.transitions as {
      to: string;
      decision: { isClosed: boolean; item: number | null } | null;
    }[];
    expect(transitions.map((t) => t.to)).toEqual(['applied', 'granted', 'running']);
    expect(transitions[1].decision).toEqual({ item: null, url: null, isClosed: true });
    expect(JSON.stringify(one)).not.toContain(closed.title);
    const frame = await api.getJson(`/api/v1/frames/${frameId}`, '/api/v1/frames/{id}');
    expect((frame.allocations as { committedOre: number }[])[0].committedOre).toBe(40_000_000);
    const none = await api.getJson(`/api/v1/projects?frame=999999`, '/api/v1/projects');
    expect(none.data).toHaveLength(0);
    await api.getJson('/api/v1/projects/999999', '/api/v1/projects/{id}', 404);
  });

  it('records spending never above the grant, and a stop gives back the unspent rest', async () => {
    const { jar } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const manage = `/sekretariat/projekter/${projectId}`;
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await getPage(world.app, jar, manage)).text)![1];
    const spend = (amount: string, spentOn = '30.6.2026') =>
      postForm(world.app, jar, `${manage}/forbrug`, { _csrf: csrf, amount, spentOn, spendingNote: 'Korledere' });
    const bad = await spend('mange penge', '31.2.2026');
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain('Skriv beløbet som fx 818.200 kr.');
    expect(bad.text).toContain('value="mange penge"');
    const over = await spend('400.000,01 kr.');
    expect(over.response.status).toBe(400);
    expect(over.text).toContain(
      'Forbruget kan ikke blive større end bevillingen: der er kun 400.000 kr. tilbage af projektets bevilling.',
    );
    expect((await spend('150.000 kr.')).response.status).toBe(303);
    expect((await getPage(world.app, jar, manage)).text).toContain(
      'Forbrugt 150.000 kr. af 400.000 kr. (250.000 kr. tilbage).',
    );
    let frame = await get(`/ramme/${frameId}`);
    expect(frame.text).toMatch(
      /<td class="numeric">487\.500 kr\.<\/td><td class="numeric">400\.000 kr\.<\/td><td class="numeric">150\.000 kr\.<\/td><td class="numeric">87\.500 kr\.<\/td>/,
    );
    expect(frame.text).toContain('Disponeret 400.000 kr. · Forbrugt 150.000 kr.');
    const api = await apiClient(world.app);
    const allocationsOf = async () =>
      (await api.getJson(`/api/v1/frames/${frameId}`, '/api/v1/frames/{id}')).allocations as {
        committedOre: number;
        spentOre: number;
      }[];
    expect((await allocationsOf())[0]).toMatchObject({ committedOre: 40_000_000, spentOre: 15_000_000 });
    expect((await api.getJson('/api/v1/projects?limit=1', '/api/v1/projects')).data?.[0]).toMatchObject({
      spentOre: 15_000_000,
      returnedOre: null,
    });

    const stop = (returned: string) =>
      postForm(world.app, jar, `${manage}/status`, {
        _csrf: csrf,
        to: 'stopped',
        decidedOn: '1.9.2026',
        decision: '',
        note: '',
        granted: '',
        startsOn: '',
        endsOn: '',
        extendedTo: '',
        returned,
      });
    const tooMuch = await stop('300.000 kr.');
    expect(tooMuch.response.status).toBe(400);
    expect(tooMuch.text).toContain('Det tilbagebetalte beløb kan højst være det uforbrugte: 250.000 kr.');
    expect((await stop('')).response.status).toBe(303);
    frame = await get(`/ramme/${frameId}`);
    expect(frame.text).toMatch(
      /<td class="numeric">487\.500 kr\.<\/td><td class="numeric">150\.000 kr\.<\/td><td class="numeric">150\.000 kr\.<\/td><td class="numeric">337\.500 kr\.<\/td>/,
    );
    expect((await allocationsOf())[0]).toMatchObject({ committedOre: 15_000_000, spentOre: 15_000_000 });
    const page = await get(`/projekt/${projectId}`);
    expect(page.text).toContain('Betalt tilbage ved stop');
    expect(page.text).toContain('250.000 kr.');
    expect(page.text).toContain('Korledere');
    const after = await spend('1 kr.');
    expect(after.text).toContain('der er kun 0 kr. tilbage af projektets bevilling');
  });
});
