/**
 * The Atom feeds, parsed strictly as XML and checked against what RFC 4287 requires: new minutes
 * of a body, new decisions of a case, and a feed for any search (the same results as /sog).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { parseAtom } from '../helpers/open-data.js';
import { meetingId, openPortal, type TestPortal } from '../helpers/portal.js';

describe.each(TEST_DATABASES)('Atom feeds on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;

  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function feed(url: string) {
    const response = await portal.app.request(url);
    expect(response.status, url).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    return { response, feed: parseAtom(await response.text()) };
  }

  it('lists a body’s minutes, newest first, each linking its meeting page', async () => {
    const { feed: minutes } = await feed('/organ/region-syddanmark--sundhedsraad-fjordby/referater.atom');
    expect(minutes.title).toBe('Referater fra Sundhedsråd Fjordby');
    expect(minutes.id).toBe('http://localhost/organ/region-syddanmark--sundhedsraad-fjordby/referater.atom');
    expect(minutes.selfLink).toBe(minutes.id);
    expect(minutes.alternateLink).toBe('http://localhost/organ/region-syddanmark--sundhedsraad-fjordby');
    const dates = ['2026-09-14', '2026-05-18', '2026-03-16', '2026-01-26'];
    const ids = await Promise.all(dates.map((date) => meetingId(handle, 'Sundhedsråd Fjordby', date)));
    expect(minutes.entries.map((entry) => entry.id)).toEqual(ids.map((id) => `http://localhost/moede/${id}`));
    expect(minutes.entries.map((entry) => entry.link)).toEqual(ids.map((id) => `http://localhost/moede/${id}`));
    expect(minutes.entries[0].title).toBe('Referat, Sundhedsråd Fjordby, mandag d. 14. september 2026 kl. 16.00');
    expect(minutes.entries[0].summary).toContain('5. Lukket: Lejeaftale for regionsklinikken i Sønderhede');
    expect(minutes.entries[0].content).toContain('Beslutning: Godkendt.');
    // The feed's updated time is its newest entry's.
    const newest = minutes.entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1);
    expect(new Date(minutes.updated).getTime()).toBe(new Date(newest!).getTime());
    // A body without minutes has an empty, valid feed.
    expect((await feed('/organ/region-midtjylland--sundhedsraad-aarhus/referater.atom')).feed.entries).toEqual([]);
  });

  it('lists a case’s decisions across meetings, each linking its item', async () => {
    const { feed: decisions } = await feed('/sag/26%2F1002/beslutninger.atom');
    expect(decisions.title).toBe('Beslutninger i sag 26/1002');
    const items = await handle.query<{ id: number }>(
      `select i.id from agenda_items i join cases c on c.id = i.case_id join meetings m on m.id = i.meeting_id
       where c.number = '26/1002' and not i.is_closed and exists (select 1 from decisions d where d.item_id = i.id)
       order by m.held_on desc, i.position desc`,
    );
    expect(decisions.entries.length).toBe(items.length);
    expect(new Set(decisions.entries.map((e) => e.id))).toEqual(
      new Set(items.map((item) => `http://localhost/punkt/${item.id}`)),
    );
    for (const entry of decisions.entries) {
      expect(entry.title).toMatch(/^(Godkendt|Taget til efterretning|Drøftet|Udsat|Ikke godkendt|Andet): /);
      expect(entry.link).toBe(entry.id);
    }
    // The plain form of the number works too; an unknown case is a 404.
    expect((await portal.app.request('/sag/26/1002/beslutninger.atom')).status).toBe(200);
    expect((await portal.app.request('/sag/99%2F99999/beslutninger.atom')).status).toBe(404);
  });

  it('follows any search, with the filters of /sog', async () => {
    const { feed: search, response } = await feed(
      '/sog.atom?q=sundhedsplan&organ=region-syddanmark--sundhedsraad-fjordby',
    );
    expect(search.title).toBe('Søgning: "sundhedsplan"');
    expect(search.alternateLink).toBe(
      'http://localhost/sog?q=sundhedsplan&organ=region-syddanmark--sundhedsraad-fjordby',
    );
    const api = (await (
      await portal.app.request('/api/v1/search?q=sundhedsplan&body=region-syddanmark--sundhedsraad-fjordby&limit=50')
    ).json()) as {
      data: { itemId: number }[];
    };
    expect(search.entries.map((entry) => entry.id)).toEqual(
      api.data.map((hit) => `http://localhost/punkt/${hit.itemId}`),
    );
    expect(search.entries.length).toBeGreaterThan(0);
    const etag = response.headers.get('etag')!;
    const again = await portal.app.request('/sog.atom?q=sundhedsplan&organ=region-syddanmark--sundhedsraad-fjordby', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const filtered = (await feed('/sog.atom?udfald=postponed')).feed;
    expect(filtered.entries.length).toBeGreaterThan(0);
    expect((await portal.app.request('/sog.atom?fra=2026-02-30')).status).toBe(400);
  });

  it('escapes what it quotes, so the XML stays well-formed', async () => {
    const { feed: search } = await feed(`/sog.atom?q=${encodeURIComponent('<b>&"]]>')}`);
    expect(search.title).toBe('Søgning: "<b>&"]]>"');
  });

  it('is linked from the body, case and search pages as an alternate', async () => {
    const body = await (await portal.app.request('/organ/region-syddanmark--sundhedsraad-fjordby')).text();
    expect(body).toContain(
      '<link rel="alternate" type="application/atom+xml" href="/organ/region-syddanmark--sundhedsraad-fjordby/referater.atom"',
    );
    const found = await (await portal.app.request('/sag/26%2F1002')).text();
    expect(found).toContain(
      '<link rel="alternate" type="application/atom+xml" href="/sag/26%2F1002/beslutninger.atom"',
    );
    const search = await (await portal.app.request('/sog?q=sundhedsplan')).text();
    expect(search).toContain('<a href="/sog.atom?q=sundhedsplan" type="application/atom+xml">');
  });
});
