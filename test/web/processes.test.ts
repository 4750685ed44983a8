/**
 * Processes on the web, on PGlite and PostgreSQL: a process's public page (the timeline as SVG
 * with its title and description beside the tables; a step treated in a closed item shown only as
 * such), the list and the links from the footer and the body's page, the JSON API in the envelope
 * and paging of the other lists (checked against its OpenAPI schema; a closed item's title never
 * present), and the secretariat's forms: a process started from a template, a step refused by its
 * gates with the missing steps named, then recorded with an override reason shown publicly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProcess } from '../../src/db/stores/processes.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { scheduleProcessStep } from '../../src/use-cases/processes/schedule-process-step.js';
import { startProcess } from '../../src/use-cases/processes/start-process.js';
import { type AccountsWorld, getPage, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { apiClient } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE, LEAK_MARKER } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe.each(TEST_DATABASES)('processes on the web, on $name', (database) => {
  let world: AccountsWorld;
  let processId: number;
  let closedTitle: string;
  let openItemId: number;
  const get = async (path: string) => {
    const response = await world.app.request(path);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    await importMeetings({ db: world.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    const items = await world.handle.query<{ id: number; title: string; is_closed: boolean }>(
      `select i.id, i.title, i.is_closed from agenda_items i order by i.is_closed desc, i.id`,
    );
    const closed = items.find((i) => i.is_closed)!;
    const open = items.find((i) => !i.is_closed)!;
    closedTitle = closed.title;
    openItemId = open.id;
    const actors = { actor: null, auditActor: COMMAND_LINE_ACTOR };
    const started = await startProcess({
      db: world.handle.db,
      templateKey: 'k22-kkr',
      startsOn: '2026-06-01',
      ownerBodyId: world.thisBody.id,
      ...actors,
    });
    if (!started.ok) throw new Error(JSON.stringify(started));
    processId = started.processId;
    const steps = (await loadProcess(world.handle.db, processId))!.steps;
    await scheduleProcessStep({ db: world.handle.db, stepId: steps[0].id, target: { itemId: closed.id }, ...actors });
    await scheduleProcessStep({ db: world.handle.db, stepId: steps[1].id, target: { itemId: open.id }, ...actors });
    for (let i = 0; i < 3; i++) {
      await startProcess({
        db: world.handle.db,
        templateKey: 'rammeaftale',
        startsOn: '2026-01-01',
        ownerBodyId: world.otherBody.id,
        ...actors,
      });
    }
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('shows a process: its timeline picture beside tables, a closed item only as such', async () => {
    const page = await get(`/forloeb/${processId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('role="img"');
    expect(page.text).toContain('aria-labelledby="process-timeline-title process-timeline-desc"');
    expect(page.text).toMatch(/<desc id="process-timeline-desc">Faser som bjælker og trin som mærker/);
    expect(page.text).toMatch(/<caption[^>]*>Forløbets trin<\/caption>/);
    expect(page.text).toContain('Behandlet i et lukket punkt');
    expect(page.text).not.toContain(closedTitle);
    expect(page.text).not.toContain(LEAK_MARKER);
    expect(page.text).toContain('Behandling i KKR');
    expect(page.text).toContain('class="mark mark-overdue"'); // due 16 June 2026, not done
    expect(page.text).not.toContain('Kræver først: Behandling i K22'); // K22 is done
    expect((await get('/forloeb/999999')).status).toBe(404);
    const list = await get('/forloeb');
    expect(list.text).toContain(`href="/forloeb/${processId}"`);
    expect(list.text).toContain('href="/forloeb"'); // the footer
    expect((await get(`/organ/${world.thisBody.slug}`)).text).toContain(`href="/forloeb/${processId}"`);
    expect((await get(`/punkt/${openItemId}`)).text).toContain(`href="/forloeb/${processId}"`); // the item treats a step
    const calendar = await get(`/organ/${world.thisBody.slug}/kalender.ics`);
    expect(calendar.text).toContain('SUMMARY:Frist: Sagen sendes videre (Sag til K22 og derefter KKR)');
    expect(calendar.text).toMatch(/UID:process-step-\d+@protokol/);
    expect(calendar.text).toContain('DTSTART;VALUE=DATE:20260601');
  });

  it('serves processes as open data in the envelope and paging of the other lists, closed items closed', async () => {
    const api = await apiClient(world.app);
    const first = await api.getJson('/api/v1/processes?limit=2', '/api/v1/processes');
    expect(first.data).toHaveLength(2);
    expect(first.links?.next).toBeTruthy();
    const second = await api.getJson(first.links!.next!.replace('http://localhost', ''), '/api/v1/processes');
    expect(second.data).toHaveLength(2);
    expect(second.links?.next).toBeNull();
    expect(first.data?.[0]).toMatchObject({
      id: processId,
      links: { self: `http://localhost/api/v1/processes/${processId}` },
      owner: { slug: world.thisBody.slug },
    });
    const filtered = await api.getJson(`/api/v1/processes?body=${world.thisBody.slug}`, '/api/v1/processes');
    expect(filtered.data?.map((p) => p.id)).toEqual([processId]);
    const process = await api.getJson(`/api/v1/processes/${processId}`, '/api/v1/processes/{id}');
    const steps = process.steps as Record<string, unknown>[];
    expect(steps.map((s) => s.due)).toEqual(['2026-06-01', '2026-06-01', '2026-06-16']);
    expect(steps[0]).toMatchObject({ item: { id: null, title: null, isClosed: true, url: null }, decision: null });
    expect(steps[1]).toMatchObject({ item: { isClosed: false }, body: { name: 'K22', slug: null } });
    expect(
      steps.every((s) => ['planned', 'scheduled', 'done', 'overdue', 'skipped'].includes(s.status as string)),
    ).toBe(true);
    expect(JSON.stringify(process)).not.toContain(closedTitle);
    expect(JSON.stringify(process)).not.toContain(LEAK_MARKER);
    await api.getJson('/api/v1/processes/999999', '/api/v1/processes/{id}', 404);
  });

  it('the secretariat starts a process from a template; a gate refuses, naming the missing steps, until overridden', async () => {
    const { jar } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const form = await getPage(world.app, jar, '/sekretariat/forloeb/nyt?skabelon=naersundhedsplan');
    expect(form.response.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const fields = {
      _csrf: csrf,
      template: 'naersundhedsplan',
      title: '',
      owner: String(world.thisBody.id),
      startsOn: 'maj',
      'role-patients': 'Patient- og pårørendeudvalget',
      'role-sst': '',
    };
    const bad = await postForm(world.app, jar, '/sekretariat/forloeb', fields);
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain('Skriv datoen som fx 1.5.2026.');
    expect(bad.text).toContain('value="Patient- og pårørendeudvalget"');
    const started = await postForm(world.app, jar, '/sekretariat/forloeb', { ...fields, startsOn: '1.5.2026' });
    expect(started.response.status).toBe(303);
    const work = started.response.headers.get('location')!;
    const id = Number(/(\d+)$/.exec(work)![1]);
    const adoption = (await loadProcess(world.handle.db, id))!.steps.find((s) => s.action === 'adoption')!;
    const refused = await postForm(world.app, jar, `/sekretariat/forloeb/trin/${adoption.id}/gennemfoert`, {
      _csrf: csrf,
      overrideReason: '',
    });
    expect(refused.response.status).toBe(400);
    expect(refused.text).toContain(
      'før disse trin er gennemført: »Høring af udkast«, »Patient- og pårørendeudvalget hørt« og »Rådgivning fra Sundhedsstyrelsen«.',
    );
    const overridden = await postForm(world.app, jar, `/sekretariat/forloeb/trin/${adoption.id}/gennemfoert`, {
      _csrf: csrf,
      overrideReason: 'Fristen 1. april skal holdes.',
    });
    expect(overridden.response.status).toBe(303);
    const page = await get(`/forloeb/${id}`);
    expect(page.text).toContain('Begrundelse: Fristen 1. april skal holdes.');
    const other = await getPage(world.app, jar, `/sekretariat/forloeb/${processId + 1}`);
    expect(other.response.status).toBe(404); // another body's process
  });
});
