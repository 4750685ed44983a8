/**
 * The leak test: minutes whose closed item carries a unique marker in its sections, decision,
 * attachments (and the harvested text of its attachment) and absentees are imported through the
 * real importer; then every public URL we can enumerate is requested (a crawl of every link from
 * the front page, every id, number and publisher in the database, searches for the marker and the
 * words around it with every filter, in Danish and English) and the marker must appear nowhere: not
 * in a page, not in a header, not in a served file or feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { CRAWL_DATABASES } from '../helpers/databases.js';
import { addAttachmentText, LEAK_FIXTURE, LEAK_MARKER, openPortal, type TestPortal } from '../helpers/portal.js';

const NEARBY_WORDS = [
  LEAK_MARKER,
  'Quokkazebra ApS',
  'fortrolig',
  'lejevilkårene',
  'lejekontrakt',
  'lejeaftalen',
  'Lejeaftale',
  '1.250.000',
  'underskrives',
  'udlejer',
  'Lukket',
  'Hansen',
];

function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1].replace(/&amp;/g, '&');
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    if (href.startsWith('/dkfds/') || href.startsWith('/static/') || href.startsWith('/sprog')) continue;
    links.push(href.split('#')[0]);
  }
  return links;
}

describe.each(CRAWL_DATABASES)('closed items never leak, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  const visited = new Map<string, number>();

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    // Harvested: the closed item's attachment has its text in the search index, and the meeting an
    // address on the publisher's site.
    const [closed] = await handle.query<{ id: number; meeting_id: number }>(
      `select a.id, i.meeting_id from attachments a join agenda_items i on i.id = a.item_id
       where i.is_closed and a.title ilike '%' || $1 || '%'`,
      [LEAK_MARKER],
    );
    await addAttachmentText(handle, closed.id, {
      sha256: 'e'.repeat(64),
      pages: [`Lejekontrakt med ${LEAK_MARKER} ApS om nye lokaler, fortrolig.`],
      sourceUrl: 'https://dagsordener.laekby.dk/vis/pdf/bilag/lejekontrakt',
      stored: false,
    });
    await handle.query(`update meetings set source_url = 'https://dagsordener.laekby.dk/vis/referat' where id = $1`, [
      closed.meeting_id,
    ]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  /**
   * Requests a URL and asserts the marker is nowhere in it. `echo` is the visitor's own search text:
   * the search page repeats it (in the box, the title, the count and its links), which is no leak,
   * so exactly those repetitions are removed before looking.
   */
  async function fetchAndCheck(url: string, cookie?: string, echo?: string): Promise<string> {
    const response = await portal.app.request(url, cookie ? { headers: { cookie } } : undefined);
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    visited.set(`${cookie ?? ''}${url}`, response.status);
    expect(response.status, url).toBeLessThan(500);
    let checked = body.toLowerCase();
    if (echo) {
      const once = [echo, encodeURIComponent(echo), new URLSearchParams({ q: echo }).toString().slice(2)];
      // The language switch carries the whole URL once more, encoded again.
      const forms = [...once, ...once.map((form) => encodeURIComponent(form))];
      for (const form of forms) checked = checked.split(form.toLowerCase()).join(' ');
    }
    expect(checked.includes(LEAK_MARKER), `marker in body of ${url}`).toBe(false);
    response.headers.forEach((value, name) => {
      expect(value.toLowerCase().includes(LEAK_MARKER), `marker in header ${name} of ${url}`).toBe(false);
    });
    return body;
  }

  it('the fixture really stores the marker in the closed item (so the test can fail)', async () => {
    const [row] = await handle.query<{ sections: number; decisions: number; attachments: number; absentees: number }>(
      `select
         (select count(*)::int from sections s join agenda_items i on i.id = s.item_id
            where i.is_closed and s.text ilike '%' || $1 || '%') as sections,
         (select count(*)::int from decisions d join agenda_items i on i.id = d.item_id
            where i.is_closed and d.text ilike '%' || $1 || '%') as decisions,
         (select count(*)::int from attachments a join agenda_items i on i.id = a.item_id
            where i.is_closed and a.title ilike '%' || $1 || '%') as attachments,
         (select count(*)::int from item_absentees a join agenda_items i on i.id = a.item_id
            where i.is_closed and a.name ilike '%' || $1 || '%') as absentees`,
      [LEAK_MARKER],
    );
    expect(row.sections).toBeGreaterThan(0);
    expect(row.decisions).toBe(1);
    expect(row.attachments).toBe(1);
    expect(row.absentees).toBe(1);
    const [file] = await handle.query<{ n: number }>(
      `select count(*)::int as n from source_files where position($1 in lower(convert_from(content, 'UTF8'))) > 0`,
      [LEAK_MARKER],
    );
    expect(file.n).toBe(1);
    const [page] = await handle.query<{ n: number }>(
      `select count(*)::int as n from attachment_text_pages where text ilike '%' || $1 || '%'`,
      [LEAK_MARKER],
    );
    expect(page.n).toBe(1);
  });

  it('crawls every link from the front page without meeting the marker', async () => {
    const queue = ['/'];
    const seen = new Set(queue);
    while (queue.length > 0 && seen.size < 1500) {
      const url = queue.shift()!;
      const body = await fetchAndCheck(url);
      for (const link of linksIn(body)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    const [closed] = await handle.query<{ id: number; meeting_id: number }>(
      `select id, meeting_id from agenda_items where is_closed and title like 'Lukket: Lejeaftale om nye lokaler'`,
    );
    expect(seen.has(`/moede/${closed.meeting_id}`)).toBe(true);
    expect(seen.has(`/punkt/${closed.id}`)).toBe(true);
    expect(seen.has('/udgiver/region-syddanmark')).toBe(true);
    expect(seen.has('/udgiver/region-syddanmark/referater.atom')).toBe(true);
    expect(seen.size).toBeGreaterThan(100);
  }, 120_000); // Question scheme: the body pages link three pages more each, so the crawl is longer

  it('requests every item, meeting, source, case, body and person by id, in Danish and English', async () => {
    const ids = async (sql: string) => (await handle.query<{ v: string | number }>(sql)).map((row) => String(row.v));
    const urls = [
      ...(await ids('select id as v from agenda_items')).map((id) => `/punkt/${id}`),
      ...(await ids('select id as v from meetings')).map((id) => `/moede/${id}`),
      ...(await ids('select id as v from meetings')).map((id) => `/kilde/${id}`),
      ...(await ids('select number as v from cases')).map((n) => `/sag/${encodeURIComponent(n)}`),
      ...(await ids('select number as v from cases')).map((n) => `/sag/${n}`),
      ...(await ids('select slug as v from bodies')).map((slug) => `/organ/${slug}`),
      ...(await ids('select slug as v from persons')).map((slug) => `/person/${slug}`),
      // Publishers: each one's page, feed and calendar, and each case by its publisher.
      '/udgiver',
      ...(await ids('select slug as v from organisations where slug is not null')).flatMap((slug) => [
        `/udgiver/${slug}`,
        `/udgiver/${slug}/referater.atom`,
        `/udgiver/${slug}/kalender.ics`,
      ]),
      ...(
        await ids(
          `select c.number || '?udgiver=' || o.slug as v from cases c join organisations o on o.id = c.publisher_id`,
        )
      ).map((path) => `/sag/${path}`),
      '/findes-ikke',
    ];
    for (const url of urls) await fetchAndCheck(url);
    const [closed] = await handle.query<{ id: number; meeting_id: number }>(
      `select id, meeting_id from agenda_items where is_closed and title like 'Lukket: Lejeaftale%'`,
    );
    for (const url of [
      `/punkt/${closed.id}`,
      `/moede/${closed.meeting_id}`,
      '/',
      '/sag/26%2F99001',
      '/udgiver/region-syddanmark',
    ])
      await fetchAndCheck(url, 'lang=en');
    expect(visited.get(`/kilde/${closed.meeting_id}`)).toBe(404);
    expect(visited.get(`/punkt/${closed.id}`)).toBe(200);
  });

  it('searches for the marker and the words around it, with every filter, and finds nothing closed', async () => {
    const filters = [
      '',
      '&udfald=approved',
      '&afsnit=summary',
      '&afsnit=case_presentation',
      '&afsnit=decision',
      '&afsnit=attachments',
      '&afsnit=absent',
      '&organ=region-syddanmark--sundhedsraad-laekby',
      '&udgiver=region-syddanmark',
      '&region=region-syddanmark',
      '&fra=2026-04-20&til=2026-04-20',
    ];
    for (const word of NEARBY_WORDS) {
      for (const filter of filters) {
        const body = await fetchAndCheck(`/sog?q=${encodeURIComponent(word)}${filter}`, undefined, word);
        expect(body).not.toContain('Lejeaftale om nye lokaler');
        if (word.toLowerCase().includes(LEAK_MARKER)) {
          expect(body).toContain('Ingen resultater');
          expect(body).not.toContain('class="result"');
          expect(body).not.toContain('Fundet i bilag');
        }
      }
    }
    // Listing by filter alone (no query) shows only open items too; so does the search's feed.
    for (const filter of filters.slice(1)) await fetchAndCheck(`/sog?q=${filter}`);
    for (const filter of filters) await fetchAndCheck(`/sog.atom?q=${LEAK_MARKER}${filter}`, undefined, LEAK_MARKER);
  });
});
