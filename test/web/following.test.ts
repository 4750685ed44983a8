/**
 * Following along for everyone: calendars to subscribe to (webcal link, an address to copy, how
 * to), feeds a browser shows as a page (the XSL stylesheet, application/xml for a browser only),
 * /foelg-med with every council's calendar and feed, and a search's or a body's meetings as CSV
 * for Danish Excel and as JSON — never with a closed item's content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { LEAK_FIXTURE, LEAK_MARKER, openPortal, type TestPortal } from '../helpers/portal.js';

const FJORDBY = 'region-syddanmark--sundhedsraad-fjordby';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** RFC 4180 with semicolons: quoted fields, doubled quotes, line breaks inside quotes. */
function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe.each(TEST_DATABASES)('following along on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let leakSlug: string;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    const [leak] = await handle.query<{ slug: string }>(`select slug from bodies where name = 'Sundhedsråd Lækby'`);
    leakSlug = leak.slug;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('offers a body’s calendar as a subscription, an address to copy and how to add it', async () => {
    const { status, text } = await portal.get(`/organ/${FJORDBY}`);
    expect(status).toBe(200);
    expect(text).toContain(`href="webcal://localhost/organ/${FJORDBY}/kalender.ics"`);
    expect(text).toContain('Abonnér i din kalender');
    expect(text).toMatch(
      new RegExp(
        `<input[^>]*readonly[^>]*value="http://localhost/organ/${FJORDBY}/kalender.ics"|<input[^>]*value="http://localhost/organ/${FJORDBY}/kalender.ics"[^>]*readonly`,
      ),
    );
    // The copy button waits for its script; without script the field is there to select.
    expect(text).toMatch(/<button[^>]*data-copy="calendar-address-[^"]+"[^>]*hidden/);
    expect(text).toContain('<script src="/static/copy-address.js" defer=""></script>');
    expect(text).toContain('Outlook');
    expect(text).toContain('Google Kalender');
    expect(text).toContain('iPhone');
    expect(text).toContain('href="/foelg-med#kalender"');
    expect(text).toContain(`href="/organ/${FJORDBY}/moeder.csv"`);
    expect(text).toContain(`href="/organ/${FJORDBY}/moeder.json"`);
    const script = await portal.get('/static/copy-address.js');
    expect(script.status).toBe(200);
    expect(script.text).toContain('navigator.clipboard');
    // A publisher's page offers its calendar the same way.
    const [publisher] = await handle.query<{ slug: string }>(
      `select o.slug from organisations o join bodies b on b.publisher_id = o.id where o.slug is not null limit 1`,
    );
    const page = await portal.get(`/udgiver/${publisher.slug}`);
    expect(page.text).toContain(`webcal://localhost/udgiver/${publisher.slug}/kalender.ics`);
  });

  it('takes the address from PUBLIC_URL when it is configured, never from a forged Host header', async () => {
    const app = createApp({ handle, cache: false, auth: { config: { publicUrl: 'https://protokol.example.dk' } } });
    const text = await (await app.request(`http://evil.example/organ/${FJORDBY}`)).text();
    expect(text).toContain(`href="webcal://protokol.example.dk/organ/${FJORDBY}/kalender.ics"`);
    expect(text).toContain(`value="https://protokol.example.dk/organ/${FJORDBY}/kalender.ics"`);
    expect(text).not.toContain('evil.example');
  });

  it('names the stylesheet in every feed, serves it, and gives a browser a page', async () => {
    const feedPath = `/organ/${FJORDBY}/referater.atom`;
    const reader = await portal.app.request(feedPath);
    expect(reader.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(reader.headers.get('vary')).toContain('Accept');
    const xml = await reader.text();
    expect(xml).toMatch(/^<\?xml [^?]*\?>\n<\?xml-stylesheet type="text\/xsl" href="\/static\/feed.xsl"\?>\n<feed /);
    const browser = await portal.app.request(feedPath, { headers: { accept: BROWSER_ACCEPT } });
    expect(browser.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await browser.text()).toBe(xml);
    const feedReader = await portal.app.request(feedPath, {
      headers: { accept: 'application/atom+xml, application/xml;q=0.9, */*;q=0.1' },
    });
    expect(feedReader.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    for (const path of ['/sog.atom?q=sundhedsplan', '/sag/26%2F1002/beslutninger.atom']) {
      expect(await (await portal.app.request(path)).text(), path).toContain('<?xml-stylesheet type="text/xsl"');
    }
    const xsl = await portal.app.request('/static/feed.xsl');
    expect(xsl.status).toBe(200);
    expect(xsl.headers.get('content-type')).toBe('text/xsl; charset=utf-8');
    const stylesheet = await xsl.text();
    expect(stylesheet).toContain('<xsl:stylesheet');
    expect(stylesheet).toContain('nyhedsfeed');
    expect(stylesheet).toContain('match="atom:entry"');
  });

  it('explains following along on /foelg-med, linking every council’s calendar and feed', async () => {
    const { status, text } = await portal.get('/foelg-med');
    expect(status).toBe(200);
    for (const id of ['kalender', 'nyhedsfeeds', 'data', 'download']) expect(text).toContain(`id="${id}"`);
    expect(text).toContain('href="webcal://localhost/kalender.ics"');
    expect(text).toContain('href="/api/docs"');
    const councils = await handle.query<{ slug: string }>(`select slug from bodies where kind = 'health_council'`);
    expect(councils.length).toBeGreaterThan(1);
    for (const { slug } of councils) {
      expect(text).toContain(`href="webcal://localhost/organ/${slug}/kalender.ics"`);
      expect(text).toContain(`href="/organ/${slug}/referater.atom"`);
    }
    const publishers = await handle.query<{ slug: string }>(
      `select distinct o.slug from organisations o join bodies b on b.publisher_id = o.id where o.slug is not null`,
    );
    for (const { slug } of publishers) expect(text).toContain(`href="/udgiver/${slug}/referater.atom"`);
    const english = await portal.get('/foelg-med', { headers: { cookie: 'lang=en' } });
    expect(english.text).toContain('<h1>Follow along</h1>');
    expect((await portal.get('/udgiver')).text).toContain('href="/foelg-med#kalender"');
  });

  it('downloads a search’s every hit as CSV and JSON, the same hits as the search', async () => {
    const query = `q=sundhedsplan&organ=${FJORDBY}`;
    const expected = await searchItems(handle.db, { query: 'sundhedsplan', body: FJORDBY, pageSize: 2000 });
    expect(expected.total).toBeGreaterThan(1);
    const json = await portal.app.request(`/sog.json?${query}`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="soegning-sundhedsplan.json"');
    const data = (await json.json()) as { total: number; isCapped: boolean; hits: { url: string; title: string }[] };
    expect(data.total).toBe(expected.total);
    expect(data.isCapped).toBe(false);
    expect(data.hits.map((hit) => hit.url)).toEqual(expected.hits.map((hit) => `http://localhost/punkt/${hit.itemId}`));
    expect(data.hits.map((hit) => hit.title)).toEqual(expected.hits.map((hit) => hit.plainTitle));

    const csv = await portal.app.request(`/sog.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="soegning-sundhedsplan.csv"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseSemicolonCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(header).toEqual([
      'Dato',
      'Tidspunkt',
      'Organ',
      'Udgiver',
      'Punkt',
      'Titel',
      'Sagsnummer',
      'Beslutning',
      'Uddrag',
      'Punktets adresse',
      'Mødets adresse',
    ]);
    expect(rows.length).toBe(expected.total);
    expect(rows.map((row) => row[9])).toEqual(data.hits.map((hit) => hit.url));
    // No criteria: nothing listed, as on /sog.
    const empty = await portal.app.request('/sog.csv');
    expect(empty.status).toBe(200);
    expect(parseSemicolonCsv(await empty.text())).toHaveLength(1);
  });

  it('quotes semicolons, quotes and line breaks so that a spreadsheet reads them back', async () => {
    const tricky = 'Budget; "nyt" forslag\nanden linje';
    const [item] = await handle.query<{ id: number; meeting_id: number }>(
      `select i.id, i.meeting_id from agenda_items i join meetings m on m.id = i.meeting_id
       join bodies b on b.id = m.body_id where b.slug = $1 and not i.is_closed order by i.id limit 1`,
      [FJORDBY],
    );
    await handle.query('update agenda_items set title = $1 where id = $2', [tricky, item.id]);
    await handle.query('update meetings set location = $1 where id = $2', [
      'Sal 1; "Store" sal\nStuen',
      item.meeting_id,
    ]);
    const csv = await (await portal.app.request(`/sog.csv?organ=${FJORDBY}`)).text();
    expect(csv).toContain('"Budget; ""nyt"" forslag\nanden linje"');
    const rows = parseSemicolonCsv(csv);
    expect(rows.find((row) => row[9] === `http://localhost/punkt/${item.id}`)?.[5]).toBe(tricky);
    expect(rows.every((row) => row.length === 11)).toBe(true);

    const meetings = await portal.app.request(`/organ/${FJORDBY}/moeder.csv`);
    expect(meetings.headers.get('content-disposition')).toBe(`attachment; filename="moeder-${FJORDBY}.csv"`);
    const meetingRows = parseSemicolonCsv(await meetings.text());
    expect(meetingRows[0]).toEqual([
      'Dato',
      'Tidspunkt',
      'Titel',
      'Status',
      'Dokument',
      'Antal punkter',
      'Sted',
      'Adresse',
    ]);
    const row = meetingRows.find((r) => r[7] === `http://localhost/moede/${item.meeting_id}`);
    expect(row?.[6]).toBe('Sal 1; "Store" sal\nStuen');
    const [{ count }] = await handle.query<{ count: string }>(
      'select count(*) from meetings m join bodies b on b.id = m.body_id where b.slug = $1',
      [FJORDBY],
    );
    expect(meetingRows.length - 1).toBe(Number(count));
    const json = (await (await portal.app.request(`/organ/${FJORDBY}/moeder.json`)).json()) as {
      meetings: { url: string; statusText: string }[];
    };
    expect(json.meetings.map((m) => m.url)).toEqual(meetingRows.slice(1).map((r) => r[7]));
  });

  it('never puts a closed item’s content in a download', async () => {
    const [closed] = await handle.query<{ id: number }>(
      `select i.id from agenda_items i join meetings m on m.id = i.meeting_id join bodies b on b.id = m.body_id
       where b.slug = $1 and i.is_closed`,
      [leakSlug],
    );
    expect(closed).toBeDefined();
    // The marker is only in the closed item: searching for it finds nothing.
    const marker = (await (await portal.app.request(`/sog.json?q=${LEAK_MARKER}`)).json()) as { total: number };
    expect(marker.total).toBe(0);
    expect(parseSemicolonCsv(await (await portal.app.request(`/sog.csv?q=${LEAK_MARKER}`)).text())).toHaveLength(1);
    for (const path of [
      `/sog.csv?organ=${leakSlug}`,
      `/sog.json?organ=${leakSlug}`,
      '/sog.json?q=lejeaftale',
      `/organ/${leakSlug}/moeder.csv`,
      `/organ/${leakSlug}/moeder.json`,
      `/organ/${leakSlug}/referater.atom`,
    ]) {
      const response = await portal.app.request(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text.toLowerCase(), path).not.toContain(LEAK_MARKER);
      expect(text, path).not.toContain(`/punkt/${closed.id}"`);
    }
  });

  it('refuses parameters that do not fit with a Danish message naming the parameter', async () => {
    for (const path of ['/sog.csv?fra=2026-13-45', '/sog.json?fra=i-morgen']) {
      const response = await portal.app.request(path);
      expect(response.status, path).toBe(400);
      const text = await response.text();
      expect(text, path).toMatch(/fra/i);
      expect(text, path).toMatch(/dato/i);
    }
    const outcome = await portal.app.request('/sog.csv?udfald=maaske');
    expect(outcome.status).toBe(400);
    expect(await outcome.text()).toMatch(/udfald/i);
    expect((await portal.app.request('/organ/findes-ikke/moeder.csv')).status).toBe(404);
    expect((await portal.app.request('/organ/findes-ikke/moeder.json')).status).toBe(404);
  });
});
