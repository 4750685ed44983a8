/**
 * Sources in public (PGlite and PostgreSQL): /kilder lists every region and municipality with its
 * publication sites, each site's status in Danish words and "Senest hentet …" (the council without
 * an address as "Adresse ukendt", a municipality without a known site said so), in English too;
 * a publisher's page carries the same line; /api/v1/sources gives the same as data (in the
 * OpenAPI document); the footer links /kilder. The runs are written as the harvester writes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../helpers/databases.js';
import { openPortal, type TestPortal, TODAY } from '../helpers/portal.js';

const HOUR = 3_600_000;

describe.each(TEST_DATABASES)('sources in public on $name', (database) => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await openPortal(database);
    const siteOf = async (publisher: string) => {
      const [row] = await portal.handle.query<{ id: number }>(
        'select s.id from harvest_sites s join organisations o on o.id = s.publisher_id where o.name = $1',
        [publisher],
      );
      return row.id;
    };
    const run = (
      siteId: number,
      finishedAt: Date,
      state: string,
      extra: { httpStatus?: number; counts?: object } = {},
    ) =>
      portal.handle.query(
        `insert into harvest_runs (site_id, started_at, finished_at, state, counts, errors, http_status)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          siteId,
          new Date(finishedAt.getTime() - 60_000).toISOString(),
          finishedAt.toISOString(),
          state,
          JSON.stringify(extra.counts ?? {}),
          JSON.stringify(state === 'failed' ? [{ url: 'https://x.example/api', message: 'svarede 403' }] : []),
          extra.httpStatus ?? null,
        ],
      );
    // Greve: harvested an hour ago, 40 of the 42 meetings listed are held.
    await run(await siteOf('Greve Kommune'), new Date(TODAY.getTime() - HOUR), 'ok', {
      counts: { listed: 42, excluded: 0 },
    });
    // Køge: fine two days ago, refused us (403) an hour ago.
    const koege = await siteOf('Køge Kommune');
    await run(koege, new Date(TODAY.getTime() - 48 * HOUR), 'ok');
    await run(koege, new Date(TODAY.getTime() - HOUR), 'failed', { httpStatus: 403 });
    // Lejre: fine two days ago, nothing since.
    await run(await siteOf('Lejre Kommune'), new Date(TODAY.getTime() - 48 * HOUR), 'ok');
  });
  afterAll(async () => {
    await portal?.handle.close();
  });

  it('lists every publisher with its site, status and when it was last harvested', async () => {
    const page = await portal.get('/kilder');
    expect(page.status).toBe(200);
    const text = page.text;
    expect(text).toContain('<h1>Kilder</h1>');
    const rowOf = (publisher: string) => {
      const start = text.indexOf(`>${publisher}</a></th>`);
      expect(start, publisher).toBeGreaterThan(0);
      return text.slice(start, text.indexOf('</tr>', start));
    };
    expect(rowOf('Greve Kommune')).toContain('dagsordener.greve.dk');
    expect(rowOf('Greve Kommune')).toContain('<strong>Opdateret</strong>');
    expect(rowOf('Greve Kommune')).toContain('26. november 2026 kl. 12.00');
    expect(rowOf('Køge Kommune')).toContain(
      '<strong>Blokeret</strong>: næste forsøg tidligst 26. november 2026 kl. 18.00',
    );
    expect(rowOf('Lejre Kommune')).toContain('<strong>Forældet</strong>');
    expect(rowOf('Aabenraa Kommune')).toContain('<strong>Aldrig hentet</strong>');
    expect(rowOf('Aalborg Kommune')).toContain('Ingen kendt publiceringsside');
    // The council without an address is listed on its region's row, not left out.
    const lillebaelt = text.indexOf('>Sundhedsråd Lillebælt</a>');
    expect(lillebaelt).toBeGreaterThan(0);
    const row = text.slice(text.lastIndexOf('<tr', lillebaelt), text.indexOf('</tr>', lillebaelt));
    expect(row).toContain('Adresse ukendt');
    expect(row).toContain('>Region Syddanmark</a>');
    // What the words mean, and the footer's link.
    expect(text).toContain('Siden afviser os (svarer 403 eller 429).');
    expect(text).toContain('<a href="/kilder">Kilder og status</a>');
    // /en/sources is the same page in English, through the language switch.
    const en = await portal.get('/en/sources');
    expect(en.status).toBe(302);
    expect(en.headers.get('location')).toBe('/sprog?til=en&tilbage=/kilder');
    const switched = await portal.get(en.headers.get('location')!);
    expect(switched.headers.get('location')).toBe('/kilder');
    expect(switched.headers.get('set-cookie')).toContain('lang=en');
    const english = await portal.get('/kilder', { headers: { cookie: 'lang=en' } });
    expect(english.text).toContain('<h1>Sources</h1>');
    expect(english.text).toContain('<strong>Up to date</strong>');
  });

  it("carries the same line on a publisher's page", async () => {
    const greve = await portal.get('/udgiver/greve-kommune');
    expect(greve.text).toContain('Kilde: <a href="https://dagsordener.greve.dk">dagsordener.greve.dk</a> – Opdateret');
    expect(greve.text).toContain('Senest hentet 26. november 2026 kl. 12.00.');
    expect(greve.text).toContain('<a href="/kilder#greve-kommune">');
    const aalborg = await portal.get('/udgiver/aalborg-kommune');
    expect(aalborg.text).toContain('Kilde: Ingen kendt publiceringsside.');
  });

  it('gives the same as data at /api/v1/sources, described in the OpenAPI document', async () => {
    const response = await portal.get('/api/v1/sources');
    expect(response.status).toBe(200);
    const { data } = JSON.parse(response.text) as { data: Record<string, unknown>[] };
    expect(data).toHaveLength(101);
    const greve = data.find((s) => (s.publisher as { name: string }).name === 'Greve Kommune');
    expect(greve).toMatchObject({
      url: 'https://dagsordener.greve.dk',
      status: 'ok',
      statusLabel: 'Opdateret',
      meetingsListed: 42,
      body: null,
    });
    expect(greve?.lastSuccessAt).toMatch(/^2026-11-26T12:00:00/);
    const koege = data.find((s) => (s.publisher as { name: string }).name === 'Køge Kommune');
    expect(koege).toMatchObject({ status: 'blocked', failedRuns: 1 });
    expect(koege?.blockedUntil).toMatch(/^2026-11-26T18:00:00/);
    const lillebaelt = data.find((s) => (s.body as { name: string } | null)?.name === 'Sundhedsråd Lillebælt');
    expect(lillebaelt).toMatchObject({
      url: null,
      status: 'address_unknown',
      publisher: { name: 'Region Syddanmark' },
    });
    const openapi = await portal.get('/api/openapi.json');
    expect(openapi.text).toContain('"/api/v1/sources"');
  });
});
