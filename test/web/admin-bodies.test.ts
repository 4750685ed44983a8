/**
 * The admins' bodies and publishers over HTTP (app.request), on both databases: creating a body
 * requires its publisher (chosen among publishers grouped by kind) and gives it the slug
 * "<publisher>--<name>"; a body whose publisher is unknown is listed first with the form that sets
 * it (its old address then redirects); a publisher outside the reference data is added. Every change
 * is in the audit log; forms with a problem come back with what was typed; admins only; CSRF refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, type CookieJar, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const UNKNOWN = 'ukendt-udgiver--gammelt-udvalg';

describe.each(TEST_DATABASES)('admin: bodies and publishers on $name', (database) => {
  let world: AccountsWorld;
  let admin: { jar: CookieJar; csrf: string };
  let greve: number;
  let unknownId: number;

  beforeAll(async () => {
    world = await openAccountsWorld(database);
    admin = await sessionFor(world.handle, world.userIds.admin);
    [{ id: greve }] = await world.handle.query<{ id: number }>(
      "select id from organisations where slug = 'greve-kommune'",
    );
    // A body an upgrade could not place.
    [{ id: unknownId }] = await world.handle.query<{ id: number }>(
      "insert into bodies (slug, name, kind) values ($1, 'Gammelt Udvalg', 'committee') returning id",
      [UNKNOWN],
    );
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const get = async (path: string, jar: CookieJar | null = admin.jar) => {
    const response = await world.app.request(path, { headers: jar ? { cookie: jar.header() } : {} });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };
  const post = async (path: string, fields: Record<string, string>, who = admin) => {
    const { response, text } = await postForm(world.app, who.jar, path, { _csrf: who.csrf, ...fields });
    return { status: response.status, location: response.headers.get('location'), text };
  };
  const audit = (action: string) =>
    world.handle.query<{ actor_label: string; before: unknown; after: Record<string, unknown> }>(
      'select actor_label, before, after from audit_log where action = $1 order by id',
      [action],
    );

  it('lists the bodies of unknown publisher first, each with its form, and every body with its publisher', async () => {
    const page = await get('/admin/organer');
    expect(page.status).toBe(200);
    const unknownAt = page.text.indexOf('<h2 id="unplaced-heading">Udgiver ukendt</h2>');
    expect(unknownAt).toBeGreaterThan(0);
    expect(unknownAt).toBeLessThan(page.text.indexOf('Opret organ'));
    expect(page.text).toContain(`action="/admin/organer/${UNKNOWN}/udgiver"`);
    expect(page.text).toContain(`id="publisher-${unknownId}"`);
    expect(page.text).toContain('<optgroup label="Regioner">');
    expect(page.text).toContain('<optgroup label="Kommuner">');
    expect(page.text).toContain(`<option value="${greve}">Greve Kommune</option>`);
    expect(page.text).toContain('<td>Region Syddanmark</td>'); // a health council's publisher
  });

  it('creates a body under its publisher, and keeps what was typed when the publisher is missing', async () => {
    const missing = await post('/admin/organer', {
      name: 'Sundhedsudvalget',
      kind: 'committee',
      publisher: '',
      description: 'Om sundhed',
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Vælg en udgiver.');
    expect(missing.text).toContain('value="Sundhedsudvalget"');
    expect(missing.text).toContain('Om sundhed</textarea>');
    expect(missing.text).toMatch(/<option value="committee" selected/);

    const created = await post('/admin/organer', {
      name: 'Sundhedsudvalget',
      kind: 'committee',
      publisher: String(greve),
      description: '',
    });
    expect(created).toMatchObject({ status: 303, location: '/admin/organer?oprettet=1' });
    expect(await world.handle.query("select name from bodies where slug = 'greve-kommune--sundhedsudvalget'")).toEqual([
      { name: 'Sundhedsudvalget' },
    ]);
    const [entry] = await audit('body.create');
    expect(entry.actor_label).toBe('admin@protokol.dk');
    expect(entry.after).toMatchObject({ slug: 'greve-kommune--sundhedsudvalget', publisher: 'greve-kommune' });

    const again = await post('/admin/organer', {
      name: 'Sundhedsudvalget',
      kind: 'committee',
      publisher: String(greve),
      description: '',
    });
    expect(again.status).toBe(400);
    expect(again.text).toContain('Udgiveren har allerede et organ med det navn.');
    expect(again.text).toMatch(new RegExp(`<option value="${greve}" selected`));
  });

  it("sets an unknown body's publisher: the slug moves, the old address redirects, the change is logged", async () => {
    const none = await post(`/admin/organer/${UNKNOWN}/udgiver`, { publisher: '' });
    expect(none.status).toBe(400);
    expect(none.text).toContain(`href="#publisher-${unknownId}"`);
    expect(none.text).toContain('Vælg en udgiver.');

    const placed = await post(`/admin/organer/${UNKNOWN}/udgiver`, { publisher: String(greve) });
    expect(placed).toMatchObject({ status: 303, location: '/admin/organer?flyttet=greve-kommune--gammelt-udvalg' });
    const after = await get('/admin/organer?flyttet=greve-kommune--gammelt-udvalg');
    expect(after.text).toContain('Organets adresse er nu /organ/greve-kommune--gammelt-udvalg');
    expect(after.text).not.toContain('unplaced-heading');
    const old = await get(`/organ/${UNKNOWN}`, null);
    expect(old).toMatchObject({ status: 301, location: '/organ/greve-kommune--gammelt-udvalg' });
    const [entry] = await audit('body.set_publisher');
    expect(entry.before).toEqual({ publisher: null, slug: UNKNOWN });
    expect(entry.after).toMatchObject({ publisher: 'greve-kommune', slug: 'greve-kommune--gammelt-udvalg' });
    expect((await post('/admin/organer/findes-ikke/udgiver', { publisher: String(greve) })).status).toBe(404);
  });

  it('adds a publisher, which the body form then offers; a taken name is refused with what was typed kept', async () => {
    const [syd] = await world.handle.query<{ id: number }>("select id from regions where name = 'Region Syddanmark'");
    const list = await get('/admin/udgivere');
    expect(list.status).toBe(200);
    expect(list.text).toContain('<th scope="row">PLO</th>');
    const added = await post('/admin/udgivere', {
      name: 'Odense Universitetshospital',
      kind: 'hospital',
      region: String(syd.id),
    });
    expect(added).toMatchObject({ status: 303, location: '/admin/udgivere?tilfoejet=1' });
    expect((await get('/admin/udgivere?tilfoejet=1')).text).toContain('Udgiveren er tilføjet.');
    expect((await get('/admin/organer')).text).toMatch(
      /<optgroup label="Hospitaler"><option value="\d+">Odense Universitetshospital<\/option>/,
    );
    const [entry] = await audit('organisation.create');
    expect(entry.after).toEqual({
      name: 'Odense Universitetshospital',
      slug: 'odense-universitetshospital',
      kind: 'hospital',
      regionId: syd.id,
    });

    const taken = await post('/admin/udgivere', {
      name: 'odense universitetshospital',
      kind: 'other',
      region: String(syd.id),
    });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('Der findes allerede en udgiver med det navn.');
    expect(taken.text).toContain('value="odense universitetshospital"');
    expect(taken.text).toMatch(/<option value="other" selected/);
    expect(taken.text).toMatch(new RegExp(`<option value="${syd.id}" selected`));
    const empty = await post('/admin/udgivere', { name: '', kind: 'municipality', region: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vælg en type.');
  });

  it('is for admins only: 403 for other roles, 401 for the public', async () => {
    const pages = ['/admin/organer', '/admin/udgivere'];
    const forms: [string, Record<string, string>][] = [
      ['/admin/organer', { name: 'Ikke tilladt', kind: 'committee', publisher: String(greve), description: '' }],
      ['/admin/organer/greve-kommune--gammelt-udvalg/udgiver', { publisher: String(greve) }],
      ['/admin/udgivere', { name: 'Ikke tilladt', kind: 'other', region: '' }],
    ];
    for (const role of ['member of this body', 'secretariat of this body', 'secretariat of another body'] as const) {
      const session = await sessionFor(world.handle, world.userIds[role]);
      for (const path of pages) expect((await get(path, session.jar)).status, `${role} GET ${path}`).toBe(403);
      for (const [path, fields] of forms)
        expect((await post(path, fields, session)).status, `${role} POST ${path}`).toBe(403);
    }
    for (const path of pages) expect((await get(path, null)).status, path).toBe(401);
    expect(await world.handle.query("select 1 from organisations where name = 'Ikke tilladt'")).toHaveLength(0);
    expect(await world.handle.query("select 1 from bodies where name = 'Ikke tilladt'")).toHaveLength(0);
  });

  it('refuses the forms without a valid CSRF token', async () => {
    const forms: [string, Record<string, string>][] = [
      ['/admin/organer', { name: 'CSRF Udvalg', kind: 'committee', publisher: String(greve), description: '' }],
      ['/admin/organer/greve-kommune--gammelt-udvalg/udgiver', { publisher: String(greve) }],
      ['/admin/udgivere', { name: 'CSRF Udgiver', kind: 'other', region: '' }],
    ];
    for (const [path, fields] of forms) {
      for (const csrf of ['', `${admin.csrf.slice(0, -1)}x`]) {
        const { response } = await postForm(world.app, admin.jar, path, { ...fields, _csrf: csrf });
        expect(response.status, path).toBe(403);
      }
    }
    expect(await world.handle.query("select 1 from organisations where name = 'CSRF Udgiver'")).toHaveLength(0);
    expect(await world.handle.query("select 1 from bodies where name = 'CSRF Udvalg'")).toHaveLength(0);
  });
});
