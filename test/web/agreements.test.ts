/**
 * Investment agreements on the web, on PGlite and PostgreSQL: the secretariat creates an agreement
 * of its health council with two of its municipalities (a bad form named per field with what was
 * typed and ticked kept; another council's secretariat refused), moves it on the chain (a skipped
 * step and "approved" before every municipal council refused in Danish), records each council's
 * approval (the last one makes it approved), starts it (yearly reports due as follow-ups); the
 * agreement's page (amounts as Danes write them, the picture beside its table, a closed decision
 * item only as closed), the list with the sums per year, the council's page, the page cache emptied
 * by a change; /api/v1/agreements in the envelope and paging with links.self.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../src/use-cases/agreements/create-agreement.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { type AccountsWorld, type CookieJar, getPage, openAccountsWorld, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { apiClient } from '../helpers/open-data-api.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe.each(TEST_DATABASES)('investment agreements on the web, on $name', (database) => {
  let world: AccountsWorld;
  let closed: { id: number; title: string };
  let municipalities: { code: string; name: string }[];
  let agreementId: number;
  const get = async (path: string) => {
    const response = await world.app.request(path);
    return { status: response.status, text: await response.text() };
  };
  /** Posts a form whose fields may repeat (the ticked parties). */
  const post = async (jar: CookieJar, path: string, fields: [string, string][]) => {
    const response = await world.app.request(path, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    await importMeetings({ db: world.handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    [closed] = await world.handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where is_closed limit 1',
    );
    municipalities = await world.handle.query<{ code: string; name: string }>(
      `select m.municipality_code as code, o.name from body_municipalities m
       join organisations o on o.municipality_code = m.municipality_code and o.kind = 'municipality'
       where m.body_id = $1 order by o.name`,
      [world.thisBody.id],
    );
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('the secretariat creates an agreement, moves it on, records each approval and starts it', async () => {
    expect(municipalities.length).toBeGreaterThanOrEqual(2);
    const [first, second] = municipalities;
    const { jar, csrf } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const form = await getPage(world.app, jar, '/sekretariat/aftaler/ny');
    expect(form.response.status).toBe(200);
    expect(form.text).toContain(`value="${first.code}"`);
    const fields = (over: Record<string, string>): [string, string][] => [
      ...Object.entries({
        _csrf: csrf,
        title: 'Flere sygeplejersker i akutteams',
        purpose: 'Varig kapacitet i kommunerne.',
        council: String(world.thisBody.id),
        kind: 'lasting_capacity',
        y2027: '10 mio. kr.',
        y2028: '2.500.000 kr.',
        y2029: '',
        y2030: '',
        proposedOn: '14.9.2026',
        ...over,
      }),
      ['parties', first.code],
      ['parties', second.code],
    ];
    const bad = await post(jar, '/sekretariat/aftaler', fields({ title: '', y2027: 'ti millioner' }));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Skriv aftalens titel.');
    expect(bad.text).toContain('Skriv beløbet som fx 2,5 mio. kr.');
    expect(bad.text).toContain('href="#y2027"');
    expect(bad.text).toContain('value="ti millioner"');
    expect(bad.text).toContain('>Varig kapacitet i kommunerne.</textarea>');
    expect(bad.text).toMatch(new RegExp(`value="${second.code}"[^>]*checked`));
    const none = await post(jar, '/sekretariat/aftaler', fields({ y2027: '', y2028: '' }));
    expect(none.text).toContain('Skriv et beløb for mindst ét af årene 2027–2030.');
    const other = await sessionFor(world.handle, world.userIds['secretariat of another body']);
    const refused = await post(
      other.jar,
      '/sekretariat/aftaler',
      fields({ _csrf: other.csrf }).map(([k, v]) => [k, k === '_csrf' ? other.csrf : v]),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Du kan kun oprette aftaler for sundhedsråd, du er sekretariat for.');
    const created = await post(jar, '/sekretariat/aftaler', fields({}));
    expect(created.status).toBe(303);
    agreementId = Number(/\/aftale\/(\d+)$/.exec(created.location!)![1]);

    const manage = `/sekretariat/aftaler/${agreementId}`;
    const move = (to: string, decidedOn: string, decision = '') =>
      post(jar, `${manage}/status`, [
        ['_csrf', csrf],
        ['to', to],
        ['decidedOn', decidedOn],
        ['decision', decision],
        ['note', ''],
      ]);
    const skipped = await move('decided', '1.10.2026');
    expect(skipped.status).toBe(400);
    expect(skipped.text).toContain('Aftalen er »Forslag«. Derfra kan den kun gå til »Under forhandling«.');
    expect(skipped.text).toContain('value="1.10.2026"');
    expect((await move('negotiation', '1.10.2026')).status).toBe(303);
    expect((await move('decided', '23.11.2026', `/punkt/${closed.id}`)).status).toBe(303);
    const early = await move('approved', '1.12.2026');
    expect(early.text).toContain(
      `Alle kommunalbestyrelser skal godkende først: ${first.name} og ${second.name} mangler.`,
    );

    const page = await getPage(world.app, jar, manage);
    const partyIds = [...page.text.matchAll(/<option value="(\d+)"[^>]*>([^<]+)<\/option>/g)]
      .filter((match) => match[2] === first.name || match[2] === second.name)
      .map((match) => match[1]);
    expect(partyIds).toHaveLength(2);
    const approve = (party: string, approvedOn: string) =>
      post(jar, `${manage}/godkendelse`, [
        ['_csrf', csrf],
        ['party', party],
        ['approvedOn', approvedOn],
        ['approvalDecision', ''],
      ]);
    const before = await approve(partyIds[0], '1.11.2026');
    expect(before.status).toBe(400);
    expect(before.text).toContain('Godkendelsen kan ikke ligge før sundhedsrådets beslutning.');
    expect(before.text).toContain('href="#approvedOn"');
    expect((await approve(partyIds[0], '9.12.2026')).status).toBe(303);
    expect((await getPage(world.app, jar, manage)).text).toContain('1 af 2 kommunalbestyrelser har godkendt');
    expect((await approve(partyIds[1], '15.12.2026')).status).toBe(303);
    expect((await move('running', '1.1.2027')).status).toBe(303);
    const followUps = await world.handle.query<{ due_on: string }>(
      `select to_char(due_on, 'YYYY-MM-DD') as due_on from follow_ups where what like 'Afrapportering%' order by due_on`,
    );
    expect(followUps.map((row) => row.due_on)).toEqual(['2028-04-01', '2029-04-01']);
  });

  it("shows the agreement, the list with the sums per year and the council's agreements", async () => {
    const page = await get(`/aftale/${agreementId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('10 mio. kr.');
    expect(page.text).toContain('2,5 mio. kr.');
    expect(page.text).toContain('12,5 mio. kr.');
    expect(page.text).toContain('role="img"');
    expect(page.text).toContain('Varig kapacitet');
    expect(page.text).toContain('Besluttet i et lukket punkt');
    expect(page.text).not.toContain(closed.title);
    expect(page.text).toContain('Godkendt af alle kommunalbestyrelser');
    expect(page.text).toContain('2 af 2 kommunalbestyrelser har godkendt');
    expect(page.text).toContain('Afrapportering for 2027');
    expect(page.text).not.toContain('/sekretariat/aftaler/'); // the way to handle it is the secretariat's
    const list = await get('/aftaler');
    expect(list.text).toContain(`href="/aftale/${agreementId}"`);
    expect(list.text).toContain('Alle aftalerne pr. år');
    const body = `/organ/${world.thisBody.slug}`;
    expect((await get(body)).text).toContain(`href="/aftale/${agreementId}"`);
    expect((await get('/aftale/999999')).status).toBe(404);
    expect((await get('/')).text).toContain('href="/aftaler"');
    // The list is cached for the public: a change of an agreement empties the cache (its tables' trigger).
    expect(list.text).not.toContain('Akutteams i hele området');
    await world.handle.query(`update agreements set title = 'Akutteams i hele området' where id = $1`, [agreementId]);
    await expect
      .poll(async () => (await get('/aftaler')).text, { timeout: 10_000 })
      .toContain('Akutteams i hele området');
  });

  it('serves the agreements as open data in the envelope and paging of the other lists', async () => {
    const second = await createAgreement({
      db: world.handle.db,
      title: 'Midlertidig udvikling',
      purpose: 'Et forsøg.',
      councilBodyId: world.thisBody.id,
      kind: 'temporary_development',
      municipalityCodes: [municipalities[0].code],
      years: [{ year: 2029, amountOre: 48_750_000n }],
      proposedOn: '2026-10-01',
      actor: null,
      auditActor: COMMAND_LINE_ACTOR,
    });
    if (!second.ok) throw new Error(JSON.stringify(second.problems));
    const api = await apiClient(world.app);
    const list = await api.getJson('/api/v1/agreements?limit=1', '/api/v1/agreements');
    expect(list.data?.[0]).toMatchObject({
      id: agreementId,
      status: 'running',
      kind: 'lasting_capacity',
      years: [
        { year: 2027, amountOre: 1_000_000_000, amount: '10 mio. kr.' },
        { year: 2028, amountOre: 250_000_000, amount: '2,5 mio. kr.' },
      ],
      totalOre: 1_250_000_000,
      council: { slug: world.thisBody.slug },
    });
    const [firstRecord] = list.data ?? [];
    expect((firstRecord.parties as { name: string }[]).map((p) => p.name)).toEqual([
      municipalities[0].name,
      municipalities[1].name,
    ]);
    expect((firstRecord.links as { self: string }).self).toBe(`http://localhost/api/v1/agreements/${agreementId}`);
    expect(list.links?.next).toBeTruthy();
    const all = await api.walk('/api/v1/agreements?limit=1', '/api/v1/agreements');
    expect(all.map((one) => one.id)).toEqual([agreementId, second.agreementId]);
    expect(all[1]).toMatchObject({ status: 'proposal', years: [{ year: 2029, amount: '487.500 kr.' }] });
    const one = await api.getJson(`/api/v1/agreements/${agreementId}`, '/api/v1/agreements/{id}');
    const transitions = one.transitions as { to: string; decision: unknown }[];
    expect(transitions.map((t) => t.to)).toEqual(['proposal', 'negotiation', 'decided', 'approved', 'running']);
    expect(transitions[2].decision).toEqual({ item: null, url: null, isClosed: true });
    expect(JSON.stringify(one)).not.toContain(closed.title);
    expect((one.reports as { year: number }[]).map((r) => r.year)).toEqual([2027, 2028]);
    const party = municipalities[1].name;
    const byParty = await api.getJson(
      `/api/v1/agreements?publisher=${(all[0].parties as { name: string; slug: string }[]).find((p) => p.name === party)!.slug}`,
      '/api/v1/agreements',
    );
    expect(byParty.data?.map((a) => a.id)).toEqual([agreementId]);
    const other = await api.getJson(`/api/v1/agreements?body=${world.otherBody.slug}`, '/api/v1/agreements');
    expect(other.data).toHaveLength(0);
    await api.getJson('/api/v1/agreements/999999', '/api/v1/agreements/{id}', 404);
  });
});
