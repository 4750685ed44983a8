/**
 * The admins' people and memberships over HTTP (app.request): creating a person, adding and ending
 * a membership, the audit log; only admins (others 403, the public 401); forms without a valid CSRF
 * token are refused; a form with a problem comes back with what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, type CookieJar, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('admin: people and memberships on $name', (database) => {
  let world: AccountsWorld;
  let admin: { jar: CookieJar; csrf: string };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    admin = await sessionFor(world.handle, world.userIds.admin);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const get = async (path: string, jar: CookieJar | null = admin.jar) => {
    const response = await world.app.request(path, { headers: jar ? { cookie: jar.header() } : {} });
    return { status: response.status, text: await response.text() };
  };
  const post = async (path: string, fields: Record<string, string>, who = admin) => {
    const { response, text } = await postForm(world.app, who.jar, path, { _csrf: who.csrf, ...fields });
    return { status: response.status, location: response.headers.get('location'), text };
  };
  const membersPath = () => `/admin/organer/${world.thisBody.slug}/medlemmer`;
  const personId = async (slug: string) =>
    (await world.handle.query<{ id: number }>('select id from persons where slug = $1', [slug]))[0].id;

  it('lets the admin create a person, add a membership and end it, each in the audit log', async () => {
    const created = await post('/admin/personer', { name: 'Grethe Webtest' });
    expect(created).toMatchObject({ status: 303, location: '/admin/personer?oprettet=1' });
    const list = await get('/admin/personer?oprettet=1');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Personen er oprettet.');
    expect(list.text).toContain('Grethe Webtest');
    expect(list.text).toContain('aria-current="page"');
    const id = await personId('grethe-webtest');

    const added = await post(membersPath(), {
      person: String(id),
      role: 'vice_chair',
      party: 'F',
      organisation: 'Fjordby Kommune',
      title: 'Byrådsmedlem',
      fromOn: '2026-01-01',
    });
    expect(added).toMatchObject({ status: 303, location: `${membersPath()}?tilfoejet=1` });
    const page = await get(`${membersPath()}?tilfoejet=1`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Medlemskabet er tilføjet.');
    expect(page.text).toContain('Næstformand');
    expect(page.text).toContain('F, Fjordby Kommune, Byrådsmedlem');

    const [membership] = await world.handle.query<{ id: number }>('select id from memberships where person_id = $1', [
      id,
    ]);
    const ended = await post(`/admin/medlemskaber/${membership.id}/afslut`, { toOn: '2026-06-30' });
    expect(ended).toMatchObject({ status: 303, location: `${membersPath()}?afsluttet=1` });
    const after = await get(`${membersPath()}?afsluttet=1`);
    expect(after.text).toContain('Medlemskabet er afsluttet.');
    expect(after.text).toContain('Tidligere medlemmer');
    expect(after.text).toContain('2026-06-30');

    const log = await world.handle.query<{ action: string; actor_label: string }>(
      "select action, actor_label from audit_log where entity in ('person', 'membership') order by id",
    );
    expect(log).toEqual([
      { action: 'person.create', actor_label: 'admin@protokol.dk' },
      { action: 'membership.add', actor_label: 'admin@protokol.dk' },
      { action: 'membership.end', actor_label: 'admin@protokol.dk' },
    ]);
    const auditPage = await get('/admin/log');
    expect(auditPage.text).toContain('membership.end');
  });

  it('finds people by name, a page at a time', async () => {
    const found = await get('/admin/personer?q=webtest');
    expect(found.status).toBe(200);
    expect(found.text).toContain('1 person med »webtest« i navnet.');
    expect(found.text).toContain('Grethe Webtest');
    expect(found.text).toContain('value="webtest"');
    const none = await get('/admin/personer?q=%25_findes-ikke');
    expect(none.text).toContain('0 personer med »%_findes-ikke« i navnet.');
    expect((await get('/admin/personer?side=999')).status).toBe(200);
  });

  it('keeps what was typed when the person form has a problem', async () => {
    const result = await post('/admin/personer', { name: '  ---  ' });
    expect(result.status).toBe(400);
    expect(result.text).toContain('Skriv personens navn.');
    expect(result.text).toContain('value="---"');
  });

  it('keeps what was typed when the membership form has a problem', async () => {
    const id = await personId('grethe-webtest');
    const result = await post(membersPath(), {
      person: String(id),
      role: 'observer',
      party: 'Ø',
      organisation: 'Lægeforeningen',
      title: 'Overlæge',
      fromOn: '2026-02-30',
    });
    expect(result.status).toBe(400);
    expect(result.text).toContain('Skriv datoen som åååå-mm-dd');
    expect(result.text).toContain('value="2026-02-30"');
    expect(result.text).toContain('value="Lægeforeningen"');
    expect(result.text).toContain('value="Overlæge"');
    expect(result.text).toContain('value="Ø"');
    expect(result.text).toMatch(new RegExp(`<option value="${id}" selected`));
    expect(result.text).toMatch(/<option value="observer" selected/);
    const noPerson = await post(membersPath(), {
      person: '',
      role: 'member',
      party: '',
      organisation: '',
      title: '',
      fromOn: '',
    });
    expect(noPerson.status).toBe(400);
    expect(noPerson.text).toContain('Vælg en person.');
  });

  it('refuses an end before the start and keeps the typed day', async () => {
    const id = await personId('grethe-webtest');
    await post(membersPath(), { person: String(id), role: 'member', fromOn: '2026-05-01' });
    const [open] = await world.handle.query<{ id: number }>(
      'select id from memberships where person_id = $1 and to_on is null',
      [id],
    );
    const result = await post(`/admin/medlemskaber/${open.id}/afslut`, { toOn: '2026-04-30' });
    expect(result.status).toBe(400);
    expect(result.text).toContain('Den sidste dag kan ikke ligge før medlemskabets første dag.');
    expect(result.text).toContain('value="2026-04-30"');
    const [still] = await world.handle.query<{ to_on: string | null }>('select to_on from memberships where id = $1', [
      open.id,
    ]);
    expect(still.to_on).toBeNull();
  });

  it('answers 404 for an unknown body or membership', async () => {
    expect((await get('/admin/organer/findes-ikke/medlemmer')).status).toBe(404);
    expect((await post('/admin/medlemskaber/999999/afslut', { toOn: '2026-01-01' })).status).toBe(404);
  });

  it('is for admins only: 403 for other roles, 401 for the public', async () => {
    const paths = ['/admin/personer', membersPath()];
    for (const role of [
      'member of this body',
      'member of another body',
      'secretariat of this body',
      'secretariat of another body',
    ] as const) {
      const session = await sessionFor(world.handle, world.userIds[role]);
      for (const path of paths) expect((await get(path, session.jar)).status, `${role} GET ${path}`).toBe(403);
      expect((await post('/admin/personer', { name: 'Ikke tilladt' }, session)).status, role).toBe(403);
      expect((await post(membersPath(), { person: '1', role: 'member' }, session)).status, role).toBe(403);
      expect((await post('/admin/medlemskaber/1/afslut', { toOn: '2030-01-01' }, session)).status, role).toBe(403);
    }
    for (const path of paths) expect((await get(path, null)).status, path).toBe(401);
    expect(await world.handle.query("select 1 from persons where name = 'Ikke tilladt'")).toHaveLength(0);
  });

  it('refuses the forms without a valid CSRF token', async () => {
    const forms: [string, Record<string, string>][] = [
      ['/admin/personer', { name: 'CSRF Person' }],
      [membersPath(), { person: '1', role: 'member' }],
      ['/admin/medlemskaber/1/afslut', { toOn: '2030-01-01' }],
    ];
    for (const [path, fields] of forms) {
      for (const csrf of ['', `${admin.csrf.slice(0, -1)}x`]) {
        const { response } = await postForm(world.app, admin.jar, path, { ...fields, _csrf: csrf });
        expect(response.status, path).toBe(403);
      }
    }
    expect(await world.handle.query("select 1 from persons where name = 'CSRF Person'")).toHaveLength(0);
  });
});
