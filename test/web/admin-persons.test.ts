/**
 * The admins' person pages over HTTP (app.request), on both databases: a person's page; merging two
 * Anne Jensens of two municipalities (choose among the same-named, confirm on a page of its own,
 * the merged one no longer listed), undoing it from the person page; splitting Bo Berg's council
 * meeting off to the region's Bo Berg (choose, confirm, undo); every change in the audit log; the
 * forms keep what was chosen and typed; admins only; CSRF refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, type CookieJar, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { type PersonWorld, personWorld } from '../helpers/person-world.js';

describe.each(TEST_DATABASES)('admin: persons merged, split and undone on $name', (database) => {
  let world: AccountsWorld;
  let persons: PersonWorld;
  let admin: { jar: CookieJar; csrf: string };
  /** Anne Jensen of Greve and of Aarhus: two persons until merged. */
  let greve: { meetingId: number; personId: number };
  let aarhus: { meetingId: number; personId: number };

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    admin = await sessionFor(world.handle, world.userIds.admin);
    persons = personWorld(world.handle);
    const greveMeeting = await persons.meeting('Greve Kommune', 'Social- og Sundhedsudvalget', '2025-01-10', [
      'Anne Jensen',
    ]);
    const aarhusMeeting = await persons.meeting('Aarhus Kommune', 'Sundhedsudvalget', '2025-01-11', ['Anne Jensen']);
    greve = { meetingId: greveMeeting, personId: (await persons.personOf(greveMeeting, 'Anne Jensen')).id };
    aarhus = { meetingId: aarhusMeeting, personId: (await persons.personOf(aarhusMeeting, 'Anne Jensen')).id };
  });
  afterAll(async () => {
    persons?.close();
    await world?.handle.close();
  });

  const get = async (path: string, jar: CookieJar | null = admin.jar) => {
    const response = await world.app.request(path, { headers: jar ? { cookie: jar.header() } : {} });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };
  const post = async (path: string, fields: Record<string, string | string[]>, who = admin) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries({ _csrf: who.csrf, ...fields }))
      for (const one of [value].flat()) body.append(name, one);
    const response = await world.app.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.jar.header() },
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };
  const audit = (action: string) =>
    world.handle.query<{ actor_label: string; before: unknown; after: unknown }>(
      'select actor_label, before, after from audit_log where action = $1 order by id',
      [action],
    );
  const personAt = async (meetingId: number) => (await persons.personOf(meetingId, 'Anne Jensen')).id;

  it("shows a person's publisher, names, meetings and the ways to merge and split", async () => {
    const page = await get(`/admin/personer/${greve.personId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Anne Jensen</h1>');
    expect(page.text).toContain('Greve Kommune');
    expect(page.text).toContain('Social- og Sundhedsudvalget (Greve Kommune)');
    expect(page.text).toContain('10. januar 2025');
    expect(page.text).toContain(`href="/admin/personer/${greve.personId}/saml"`);
    expect(page.text).toContain(`href="/admin/personer/${greve.personId}/del"`);
    expect((await get('/admin/personer/999999')).status).toBe(404);
    expect((await get('/admin/personer/abc')).status).toBe(404);
  });

  it('merges two persons of one name: choose, confirm, then only the kept one is listed', async () => {
    const choose = await get(`/admin/personer/${greve.personId}/saml`);
    expect(choose.status).toBe(200);
    expect(choose.text).toContain('value="Anne Jensen"'); // the search, filled with the name
    expect(choose.text).toContain(`value="${aarhus.personId}"`);
    expect(choose.text).toContain('Sundhedsudvalget (Aarhus Kommune)');
    expect(choose.text).toContain('1 møde, 11. januar 2025');
    expect(choose.text).not.toContain(`name="med" value="${greve.personId}"`);

    const nothing = await get(`/admin/personer/${greve.personId}/saml/bekraeft`);
    expect(nothing.status).toBe(400);
    expect(nothing.text).toContain('Vælg den person, der skal lægges sammen med.');

    const confirm = await get(`/admin/personer/${greve.personId}/saml/bekraeft?med=${aarhus.personId}`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Hvem beholdes?');
    expect(confirm.text).toContain('name="_csrf"');
    expect(confirm.text).toMatch(new RegExp(`name="behold" value="${greve.personId}" checked`));

    const wrongKeep = await post(`/admin/personer/${greve.personId}/saml`, {
      med: String(aarhus.personId),
      behold: '999999',
    });
    expect(wrongKeep.status).toBe(400);
    expect(wrongKeep.text).toContain('Vælg, hvem af de to der beholdes.');

    const merged = await post(`/admin/personer/${greve.personId}/saml`, {
      med: String(aarhus.personId),
      behold: String(greve.personId),
    });
    expect(merged).toMatchObject({ status: 303, location: `/admin/personer/${greve.personId}?samlet=1` });
    expect(await personAt(aarhus.meetingId)).toBe(greve.personId);
    const [entry] = await audit('person.merge');
    expect(entry.actor_label).toBe('admin@protokol.dk');

    const kept = await get(`/admin/personer/${greve.personId}?samlet=1`);
    expect(kept.text).toContain('Personerne er lagt sammen.');
    expect(kept.text).toContain('Sundhedsudvalget (Aarhus Kommune)');
    expect(kept.text).toContain('>Fortryd</button>');
    const list = await get('/admin/personer');
    expect(list.text).toContain(`href="/admin/personer/${greve.personId}"`);
    expect(list.text).not.toContain(`href="/admin/personer/${aarhus.personId}"`);
    const gone = await get(`/admin/personer/${aarhus.personId}`);
    expect(gone.text).toContain('Personen er lagt sammen med');
    expect((await get(`/admin/personer/${aarhus.personId}/saml`)).status).toBe(303);
  });

  it('undoes the merge from the person page and refuses to undo it twice', async () => {
    const [change] = await world.handle.query<{ id: number }>(
      "select id from person_changes where kind = 'merge' order by id desc limit 1",
    );
    const changes = await get('/admin/personer/aendringer');
    expect(changes.status).toBe(200);
    expect(changes.text).toContain(`action="/admin/personer/aendringer/${change.id}/fortryd"`);
    const undone = await post(`/admin/personer/aendringer/${change.id}/fortryd`, {});
    expect(undone).toMatchObject({ status: 303, location: `/admin/personer/${aarhus.personId}?fortrudt=1` });
    expect(await personAt(aarhus.meetingId)).toBe(aarhus.personId);
    expect(await personAt(greve.meetingId)).toBe(greve.personId);
    expect((await get(`/admin/personer/${aarhus.personId}?fortrudt=1`)).text).toContain('Ændringen er fortrudt.');
    expect((await get('/admin/personer')).text).toContain(`href="/admin/personer/${aarhus.personId}"`);
    expect(await audit('person.merge_undo')).toHaveLength(1);
    const again = await post(`/admin/personer/aendringer/${change.id}/fortryd`, {});
    expect(again.status).toBe(409);
    expect(again.text).toContain('Ændringen er allerede fortrudt.');
    expect((await post('/admin/personer/aendringer/999999/fortryd', {})).status).toBe(404);
  });

  it("splits a person's council meeting off to a new person, keeping the choice on the way, and undoes it", async () => {
    const municipal = await persons.meeting('Haderslev Kommune', 'Børne- og Familieudvalget', '2025-03-01', [
      'Bo Berg',
    ]);
    const council = await persons.meeting('Region Syddanmark', 'Sundhedsråd Sønderjylland', '2025-03-02', ['Bo Berg']);
    const bo = await persons.personOf(municipal, 'Bo Berg');
    expect((await persons.personOf(council, 'Bo Berg')).id).toBe(bo.id);
    const participation = await persons.participationOf(council, 'Bo Berg');
    const [region] = await world.handle.query<{ id: number }>(
      "select id from organisations where name = 'Region Syddanmark'",
    );

    const choose = await get(`/admin/personer/${bo.id}/del`);
    expect(choose.status).toBe(200);
    expect(choose.text).toContain(`name="deltagelse" value="${participation}"`);
    expect(choose.text).toContain(`name="udgiver" value="${region.id}"`);

    const nothing = await get(`/admin/personer/${bo.id}/del/bekraeft?udgiver=${region.id}&navn=Bo+Berg+Regionen`);
    expect(nothing.status).toBe(400);
    expect(nothing.text).toContain('Vælg mindst ét medlemskab eller møde');
    expect(nothing.text).toContain('value="Bo Berg Regionen"');
    expect(nothing.text).toMatch(new RegExp(`name="udgiver" value="${region.id}" checked`));

    const query = `deltagelse=${participation}&udgiver=${region.id}`;
    const confirm = await get(`/admin/personer/${bo.id}/del/bekraeft?${query}`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('2. marts 2025');
    expect(confirm.text).toContain(`href="/admin/personer/${bo.id}/del?${query.replace('&', '&amp;')}"`);
    const back = await get(`/admin/personer/${bo.id}/del?${query}`);
    expect(back.text).toMatch(new RegExp(`name="deltagelse" value="${participation}" checked`));

    const split = await post(`/admin/personer/${bo.id}/del`, {
      deltagelse: [String(participation)],
      udgiver: [String(region.id)],
      navn: '',
    });
    expect(split).toMatchObject({ status: 303, location: `/admin/personer/${bo.id}?delt=1` });
    const regionBo = await persons.personOf(council, 'Bo Berg');
    expect(regionBo.id).not.toBe(bo.id);
    expect((await persons.personOf(municipal, 'Bo Berg')).id).toBe(bo.id);
    const [entry] = await audit('person.split');
    expect(entry.actor_label).toBe('admin@protokol.dk');
    const page = await get(`/admin/personer/${bo.id}?delt=1`);
    expect(page.text).toContain('Personen er delt op.');
    expect(page.text).toContain(`href="/admin/personer/${regionBo.id}"`);

    const [change] = await world.handle.query<{ id: number }>(
      "select id from person_changes where kind = 'split' order by id desc limit 1",
    );
    const undone = await post(`/admin/personer/aendringer/${change.id}/fortryd`, {});
    expect(undone).toMatchObject({ status: 303, location: `/admin/personer/${bo.id}?fortrudt=1` });
    expect((await persons.personOf(council, 'Bo Berg')).id).toBe(bo.id);
    expect(await audit('person.split_undo')).toHaveLength(1);
  });

  it('refuses a split of nothing sent straight to the POST, and keeps the typed name', async () => {
    const result = await post(`/admin/personer/${greve.personId}/del`, { navn: 'Anne B. Jensen' });
    expect(result.status).toBe(400);
    expect(result.text).toContain('value="Anne B. Jensen"');
  });

  it('is for admins only: 403 for other roles, 401 for the public', async () => {
    const id = greve.personId;
    const pages = [
      `/admin/personer/${id}`,
      `/admin/personer/${id}/saml`,
      `/admin/personer/${id}/saml/bekraeft?med=${aarhus.personId}`,
      `/admin/personer/${id}/del`,
      `/admin/personer/${id}/del/bekraeft`,
      '/admin/personer/aendringer',
    ];
    const forms: [string, Record<string, string>][] = [
      [`/admin/personer/${id}/saml`, { med: String(aarhus.personId), behold: String(id) }],
      [`/admin/personer/${id}/del`, { deltagelse: '1' }],
      ['/admin/personer/aendringer/1/fortryd', {}],
    ];
    for (const role of ['member of this body', 'secretariat of this body', 'secretariat of another body'] as const) {
      const session = await sessionFor(world.handle, world.userIds[role]);
      for (const path of pages) expect((await get(path, session.jar)).status, `${role} GET ${path}`).toBe(403);
      for (const [path, fields] of forms)
        expect((await post(path, fields, session)).status, `${role} POST ${path}`).toBe(403);
    }
    for (const path of pages) expect((await get(path, null)).status, path).toBe(401);
    expect(await personAt(aarhus.meetingId)).toBe(aarhus.personId);
  });

  it('refuses the forms without a valid CSRF token', async () => {
    const forms: [string, Record<string, string>][] = [
      [`/admin/personer/${greve.personId}/saml`, { med: String(aarhus.personId), behold: String(greve.personId) }],
      [`/admin/personer/${greve.personId}/del`, { deltagelse: '1' }],
      ['/admin/personer/aendringer/1/fortryd', {}],
    ];
    for (const [path, fields] of forms) {
      for (const csrf of ['', `${admin.csrf.slice(0, -1)}x`]) {
        const { response } = await postForm(world.app, admin.jar, path, { ...fields, _csrf: csrf });
        expect(response.status, path).toBe(403);
      }
    }
    expect(await personAt(aarhus.meetingId)).toBe(aarhus.personId);
  });
});
