import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { createApp } from '../../src/web/app.js';
import { hasCredentials, pageCache } from '../../src/web/page-cache.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

describe('page cache', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open({ seed: 'reference' });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('serves a page from memory until the data changes, then renders it again', async () => {
    const slow = createApp({ handle, cache: { probeIntervalMs: 60_000 } });
    const fresh = createApp({ handle, cache: { probeIntervalMs: 0 } });
    const publisher = '/udgiver/region-syddanmark'; // publishers' pages are cached too
    for (const path of ['/', publisher]) {
      expect(await (await slow.request(path)).text()).not.toContain('Sundhedsråd Lækby');
      expect(await (await fresh.request(path)).text()).not.toContain('Sundhedsråd Lækby');
    }
    await importMeetings({ db: handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    // Within the probe interval the cached page is served; once the fingerprint is checked, the new one.
    for (const path of ['/', publisher]) {
      expect(await (await slow.request(path)).text()).not.toContain('Sundhedsråd Lækby');
      expect(await (await fresh.request(path)).text()).toContain('Sundhedsråd Lækby');
    }
  });

  it('serves /kilder from memory for at most its entry age: a new run shows once the page is rendered again', async () => {
    const slow = createApp({ handle, cache: { probeIntervalMs: 60_000 } });
    const before = await (await slow.request('/kilder')).text();
    const [site] = await handle.query<{ id: number }>(
      "select s.id from harvest_sites s join organisations o on o.id = s.publisher_id where o.name = 'Greve Kommune'",
    );
    await handle.query(
      `insert into harvest_runs (site_id, started_at, finished_at, state) values ($1, now() - interval '1 minute', now(), 'ok')`,
      [site.id],
    );
    // The same app serves the cached page (a run does not empty the cache); a new app renders the run.
    expect(await (await slow.request('/kilder')).text()).toBe(before);
    expect(await (await createApp({ handle }).request('/kilder')).text()).not.toBe(before);
  });

  it('keeps the languages apart', async () => {
    const app = createApp({ handle, cache: { probeIntervalMs: 60_000 } });
    expect(await (await app.request('/')).text()).toContain('<html lang="da">');
    const english = await app.request('/', { headers: { cookie: 'lang=en' } });
    expect(await english.text()).toContain('<html lang="en">');
    expect(english.headers.get('content-language')).toBe('en');
  });

  it('never serves or stores a request that carries credentials, nor a private response', async () => {
    expect(hasCredentials(new Headers(), ['lang'])).toBe(false);
    expect(hasCredentials(new Headers({ cookie: 'lang=en' }), ['lang'])).toBe(false);
    expect(hasCredentials(new Headers({ cookie: 'lang=en; session=abc' }), ['lang'])).toBe(true);
    expect(hasCredentials(new Headers({ authorization: 'Bearer x' }), ['lang'])).toBe(true);

    let renders = 0;
    const app = new Hono<{ Variables: { lang: string } }>();
    app.use('*', pageCache({ version: async () => 'v1', isCacheable: () => true }));
    app.get('/page', (c) => c.html(`<p>render ${++renders}</p>`));
    app.get('/private', (c) => {
      c.header('Cache-Control', 'private');
      return c.html(`<p>render ${++renders}</p>`);
    });
    const text = async (url: string, headers?: Record<string, string>) => (await app.request(url, { headers })).text();
    expect(await text('/page')).toBe('<p>render 1</p>');
    expect(await text('/page')).toBe('<p>render 1</p>');
    expect(await text('/page', { cookie: 'session=member' })).toBe('<p>render 2</p>');
    expect(await text('/page', { authorization: 'Bearer member' })).toBe('<p>render 3</p>');
    expect(await text('/page')).toBe('<p>render 1</p>');
    expect(await text('/private')).toBe('<p>render 4</p>');
    expect(await text('/private')).toBe('<p>render 5</p>');
  });

  it('keeps pages within its memory budget, the least recently used going first', async () => {
    const renders = new Map<string, number>();
    const app = new Hono<{ Variables: { lang: string } }>();
    app.use('*', pageCache({ version: async () => 'v1', isCacheable: () => true, maxBytes: 2_500 }));
    app.get('/:page', (c) => {
      const page = c.req.param('page');
      renders.set(page, (renders.get(page) ?? 0) + 1);
      // About 1,000 characters a page; the huge one alone is over the budget.
      return c.html(`<p>${page}</p>${'x'.repeat(page === 'huge' ? 3_000 : 1_000)}`);
    });
    const visit = async (page: string) => (await app.request(`/${page}`)).text();
    await visit('a');
    await visit('b');
    await visit('a'); // served from memory: now the most recently used
    await visit('c'); // over the budget: b goes
    expect(renders.get('a')).toBe(1);
    await visit('a');
    await visit('c');
    expect([renders.get('a'), renders.get('c')]).toEqual([1, 1]);
    await visit('b');
    expect(renders.get('b')).toBe(2);
    // A page larger than the whole budget is served but never kept, and evicts nothing.
    await visit('huge');
    await visit('huge');
    expect(renders.get('huge')).toBe(2);
    await visit('b');
    expect(renders.get('b')).toBe(2);
  });
});
