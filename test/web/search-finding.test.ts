/**
 * Finding things through /sog and the front page: dates as the hint says ("23.03.2026" or
 * "2026-03-23"); a parameter that does not fit answered in the form itself (400, the problem at its
 * field, everything typed kept); bodies, publishers and a municipality's health council found by
 * name; lists of who was absent never matched as content, and empty sections never in snippets;
 * "Find dit sundhedsråd" from the front page to the council; items that mention an amount of at
 * least so much ("beløb over"), on the page, in the API and on the item's page, never a closed one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../helpers/databases.js';
import { apiClient } from '../helpers/open-data-api.js';
import { openPortal, type TestPortal, visibleText } from '../helpers/portal.js';

const FIXTURE = path.resolve('test/fixtures/search/attendance-lists.txt');
const AMOUNTS = path.resolve('test/fixtures/search/amounts.txt');
const BODY = 'region-syddanmark--sundhedsraad-tjoerneby';
const MIGRATION = path.resolve('src/db/migrations/0014_search_text_without_attendance.sql');

/** The titles of the hits on a result page, in order. */
function hitTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="result-title"[^>]*><a [^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    visibleText(m[1]).trim(),
  );
}

/** The part of the page between the start of an element with this id and the next heading of the same level. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf('<h2', start);
  return html.slice(start, end < 0 ? undefined : end);
}

describe.each(TEST_DATABASES)('finding things on $name', (database) => {
  let portal: TestPortal;
  let council: { lillebaelt: string; oestsjaelland: string };

  beforeAll(async () => {
    portal = await openPortal(database, [FIXTURE, AMOUNTS]);
    const slugOf = async (name: string) =>
      (await portal.handle.query<{ slug: string }>('select slug from bodies where name = $1', [name]))[0].slug;
    council = {
      lillebaelt: await slugOf('Sundhedsråd Lillebælt'),
      oestsjaelland: await slugOf('Sundhedsråd Østsjælland og Øerne'),
    };
  });
  afterAll(async () => {
    await portal?.handle.close();
  });

  describe('dates', () => {
    it('offers a text field whose hint names both forms it takes', async () => {
      const { text } = await portal.get('/sog?q=vagtordning');
      expect(text).toMatch(
        /<input class="form-input input-width-s" id="filter-from" name="fra" type="text" inputmode="decimal"/,
      );
      expect(visibleText(text)).toContain('Skriv fx 23.03.2026 (dd.mm.åååå) eller 2026-03-23 (åååå-mm-dd).');
    });

    it.each([
      ['Danish', 'fra=1.9.2026&til=30.09.2026', 1],
      ['ISO', 'fra=2026-09-14&til=2026-09-14', 1],
      ['Danish, after the meeting', 'fra=15.09.2026', 0],
      ['ISO, before the meeting', 'til=2026-09-13', 0],
    ])('filters by %s dates (%s)', async (_kind, dates, count) => {
      const { status, text } = await portal.get(`/sog?q=vagtordning&organ=${BODY}&${dates}`);
      expect(status).toBe(200);
      expect(hitTitles(text)).toEqual(count ? ['Punkt 2: Vagtordning i lægepraksis'] : []);
    });

    it('keeps a valid date as it was typed and pages with the ISO date', async () => {
      const { text } = await portal.get(`/sog?q=vagtordning&fra=1.9.2026`);
      expect(text).toMatch(/id="filter-from" name="fra"[^>]* value="1\.9\.2026"/);
      expect(text).toContain('href="/sog.atom?q=vagtordning&amp;fra=2026-09-01"');
    });
  });

  describe('a parameter that does not fit', () => {
    const everything = `q=vagtordning&organ=${BODY}&udgiver=region-syddanmark&region=region-syddanmark&fra=31.02.2026&til=1.10.2026&udfald=approved&afsnit=summary`;

    it('answers 400 with the search form: the problem at its field, the query and every filter kept', async () => {
      const { status, text } = await portal.get(`/sog?${everything}`);
      expect(status).toBe(400);
      const page = visibleText(text);
      expect(page).not.toContain('Adressen kan ikke bruges');
      expect(page).toContain('Der er et problem');
      // The error at the field, linked from the summary and read with the field.
      const from = text.slice(
        text.indexOf('<label class="form-label" for="filter-from"'),
        text.indexOf('id="filter-to"'),
      );
      expect(from).toContain('<span class="form-error-message" id="filter-from-error">');
      expect(visibleText(from)).toContain('Fra dato: 31.02.2026 findes ikke i kalenderen');
      expect(from).toMatch(/aria-describedby="filter-from-hint filter-from-error" aria-invalid="true"/);
      expect(text).toContain('<a href="#filter-from">Fra dato: 31.02.2026 findes ikke i kalenderen</a>');
      // Everything typed is still there.
      expect(text).toMatch(/id="search-query" name="q" type="search" value="vagtordning"/);
      expect(text).toMatch(/id="filter-from" name="fra"[^>]* value="31\.02\.2026"/);
      expect(text).toMatch(/id="filter-to" name="til"[^>]* value="1\.10\.2026"/);
      expect(text).toContain(`<option value="${BODY}" selected="">Sundhedsråd Tjørneby</option>`);
      expect(text).toMatch(
        /<select class="form-select" id="filter-region"[\s\S]*?<option value="region-syddanmark" selected="">/,
      );
      expect(text).toMatch(
        /<select class="form-select" id="filter-outcome"[\s\S]*?<option value="approved" selected="">/,
      );
      expect(text).toMatch(
        /<select class="form-select" id="filter-section"[\s\S]*?<option value="summary" selected="">/,
      );
      expect(text).toMatch(
        /<select class="form-select" id="filter-publisher"[\s\S]*?<option value="region-syddanmark" selected="">/,
      );
      expect(text).toMatch(/<details class="details search-filters" open/);
      // No results from a search that was not made.
      expect(hitTitles(text)).toEqual([]);
    });

    it.each([
      ['fra=i%20g%C3%A5r', 'filter-from', 'Fra dato: skriv datoen som dd.mm.åååå eller åååå-mm-dd, fx 23.03.2026'],
      ['til=2026-13-01', 'filter-to', 'Til dato: 2026-13-01 findes ikke i kalenderen'],
      ['fra=1.10.2026&til=1.9.2026', 'filter-to', 'Til dato: skal ligge efter fra-datoen'],
      ['udfald=maybe', 'filter-outcome', 'Udfald: vælg et udfald på listen'],
      ['udgiver=%3Cscript%3E', 'filter-publisher', 'Udgiver: ukendt værdi'],
    ])('says what is wrong with %s at its field', async (params, field, message) => {
      const { status, text } = await portal.get(`/sog?q=vagtordning&${params}`);
      expect(status).toBe(400);
      expect(text).toContain(
        `<span class="form-error-message" id="${field}-error"><span class="sr-only">Fejl: </span>${message}</span>`,
      );
      expect(text).not.toContain('<script>');
    });
  });

  describe('names', () => {
    it('finds a municipality, its health council and nothing of the kind for a generic word', async () => {
      const { text } = await portal.get('/sog?q=Vejle');
      const names = sectionOf(text, 'name-hits-heading');
      expect(names).toContain('<a href="/udgiver/vejle-kommune">Vejle Kommune</a>');
      expect(names).toContain(`<a href="/organ/${council.lillebaelt}">Sundhedsråd Lillebælt</a>`);
      expect(visibleText(names)).toContain('Sundhedsråd for Vejle Kommune');
      expect(visibleText(names)).not.toContain('Fredericia');
      const generic = await portal.get('/sog?q=kommune');
      expect(generic.text).not.toContain('id="name-hits-heading"');
    });

    it('shows the names above the items found', async () => {
      const { text } = await portal.get('/sog?q=Tj%C3%B8rneby');
      const names = sectionOf(text, 'name-hits-heading');
      expect(names).toContain(`<a href="/organ/${BODY}">Sundhedsråd Tjørneby</a>`);
      expect(text.indexOf('id="name-hits-heading"')).toBeLessThan(text.indexOf('id="results-heading"'));
      expect(hitTitles(text).length).toBeGreaterThan(0);
    });

    it('names them in the JSON API’s search too, on the first page only', async () => {
      const api = await apiClient(portal.app);
      const first = await api.getJson('/api/v1/search?q=vejle', '/api/v1/search');
      expect(first.names).toEqual({
        publishers: [
          {
            slug: 'vejle-kommune',
            name: 'Vejle Kommune',
            kind: 'municipality',
            url: 'http://localhost/api/v1/publishers/vejle-kommune',
          },
        ],
        councils: [
          {
            slug: council.lillebaelt,
            name: 'Sundhedsråd Lillebælt',
            municipality: 'Vejle Kommune',
            url: `http://localhost/api/v1/bodies/${council.lillebaelt}`,
          },
        ],
        bodies: [],
      });
      const none = await api.getJson('/api/v1/search?outcome=approved', '/api/v1/search');
      expect(none.names).toEqual({ publishers: [], councils: [], bodies: [] });
    });

    it.each([
      ['lillebælt', 'Sundhedsråd Lillebælt'],
      ['LILLEBÆLT', 'Sundhedsråd Lillebælt'],
      ['lilleb', 'Sundhedsråd Lillebælt'],
      ['ærø', 'Ærø Kommune'],
      ['østsjælland', 'Sundhedsråd Østsjælland og Øerne'],
    ])('finds %s: %s', async (query, name) => {
      const { text } = await portal.get(`/sog?q=${encodeURIComponent(query)}`);
      expect(visibleText(sectionOf(text, 'name-hits-heading'))).toContain(name);
    });
  });

  describe('amounts mentioned', () => {
    it('finds the items that mention an amount of at least the one chosen, and shows their amounts', async () => {
      const { status, text } = await portal.get(`/sog?organ=${BODY}&beloeb=1000000`);
      expect(status).toBe(200);
      expect(hitTitles(text)).toEqual(['Punkt 1: Kunst på akutafdelingen']);
      expect(visibleText(text)).toContain('Beløb i punktet: 2,5 mio. kr. · 487.500 kr.');
      // The choice is shown as made, by its Danish name.
      expect(text).toMatch(/<option value="1000000" selected="">1 mio\. kr\.<\/option>/);
      expect(hitTitles((await portal.get(`/sog?organ=${BODY}&beloeb=500.000+kr.`)).text)).toEqual([
        'Punkt 1: Kunst på akutafdelingen',
      ]);
      expect(hitTitles((await portal.get(`/sog?organ=${BODY}&beloeb=3+mio.+kr.`)).text)).toEqual([]);
    });

    it('never finds a closed item by the amount in it, nor shows the amount anywhere', async () => {
      const { text } = await portal.get(`/sog?organ=${BODY}&beloeb=5000000`);
      expect(hitTitles(text)).toEqual([]);
      expect(text).not.toContain('9.750.000');
      const api = await apiClient(portal.app);
      const found = await api.getJson(`/api/v1/search?body=${BODY}&amount_min=1`, '/api/v1/search');
      const data = found.data as { title: string; amounts: { amountOre: number; text: string }[] }[];
      expect(data.map((hit) => hit.title)).toEqual(['Kunst på akutafdelingen']);
      expect(data[0].amounts.map((a) => [a.amountOre, a.text])).toEqual([
        [250_000_000, '2,5 mio. kr.'],
        [48_750_000, '487.500 kr.'],
      ]);
      expect(JSON.stringify(found)).not.toContain('9.750.000');
    });

    it('answers an amount it cannot read at the field, keeping what was typed', async () => {
      const { status, text } = await portal.get(`/sog?q=kunst&beloeb=mange+penge`);
      expect(status).toBe(400);
      expect(visibleText(text)).toContain('Beløb over: skriv et beløb, fx 1 mio. kr. eller 500.000 kr.');
      expect(text).toContain('href="#filter-amount"');
    });

    it('lists an item’s amounts on its page, each a search for items of at least it', async () => {
      const { text } = await portal.get(`/sog?q=akutafdelingen&organ=${BODY}`);
      const href = /<h3 class="result-title"[^>]*><a href="([^"]+)"/.exec(text)?.[1];
      expect(href).toMatch(/^\/punkt\/\d+$/);
      const page = await portal.get(href!);
      expect(visibleText(page.text)).toMatch(/Beløb i punktet\s*2,5 mio\. kr\.\s*487\.500 kr\./);
      expect(page.text).toContain('href="/sog?beloeb=2500000"');
    });
  });

  describe('attendance lists and empty sections', () => {
    it('does not find an item by its list of absentees, but does by its text', async () => {
      const { text } = await portal.get(`/sog?q=%22praktiserende+l%C3%A6ge%22&organ=${BODY}`);
      expect(hitTitles(text)).toEqual(['Punkt 2: Vagtordning i lægepraksis']);
      const name = await portal.get(`/sog?q=Mikkel+Holt&organ=${BODY}`);
      expect(hitTitles(name.text)).toEqual([]);
    });

    it('leaves empty sections out of the snippets', async () => {
      const { text } = await portal.get(`/sog?q=klinikkerne&organ=${BODY}`);
      const snippet = /<p class="result-snippet" lang="da">([\s\S]*?)<\/p>/.exec(text)?.[1] ?? '';
      // The empty "Økonomi" stood between the case text and the recommendation.
      expect(visibleText(snippet)).toContain('klinikkerne i Tjørneby. Indstilling: Det indstilles');
      expect(visibleText(snippet)).not.toContain('Økonomi');
    });

    it('rewrites what was stored before: migration 0014', async () => {
      const [item] = await portal.handle.query<{ id: number }>(
        `select i.id from agenda_items i join meetings m on m.id = i.meeting_id join bodies b on b.id = m.body_id
         where b.slug = $1 and i.number = 3`,
        [BODY],
      );
      await portal.handle.query(
        `update agenda_items set search_text = search_text || E'\\n\\nØkonomi\\n\\n\\nFraværende\\nMikkel Holt, praktiserende læge' where id = $1`,
        [item.id],
      );
      // (Addresses of their own: the page cache does not see a change made behind the stores' back.)
      expect(hitTitles((await portal.get(`/sog?q=Holt+Mikkel&organ=${BODY}`)).text)).toEqual([
        'Punkt 3: Nyt sundhedshus i Tjørneby',
      ]);
      await portal.handle.query(fs.readFileSync(MIGRATION, 'utf8'));
      expect(hitTitles((await portal.get(`/sog?q=mikkel+holt&organ=${BODY}`)).text)).toEqual([]);
      const [after] = await portal.handle.query<{ search_text: string }>(
        'select search_text from agenda_items where id = $1',
        [item.id],
      );
      expect(after.search_text).toContain('Sundhedsrådet orienteres om byggeriet');
      expect(after.search_text).not.toContain('Økonomi');
    });
  });

  it('links the results as CSV and JSON with the same parameters', async () => {
    const { text } = await portal.get(`/sog?q=vagtordning&organ=${BODY}`);
    expect(text).toContain(`<a href="/sog.csv?q=vagtordning&amp;organ=${BODY}">Hent resultatet som CSV</a>`);
    expect(text).toContain(`<a href="/sog.json?q=vagtordning&amp;organ=${BODY}">Hent resultatet som JSON</a>`);
  });

  describe('Find dit sundhedsråd', () => {
    it('is on the front page: every municipality to choose, without JavaScript', async () => {
      const { text } = await portal.get('/');
      const finder = sectionOf(text, 'find-council-heading');
      expect(visibleText(finder)).toContain('Find dit sundhedsråd');
      expect(finder).toMatch(/<form action="\/find-sundhedsraad" method="get"/);
      expect(finder.match(/<option value="[a-z0-9-]+"/g) ?? []).toHaveLength(98);
      expect(finder).toContain('<option value="vejle-kommune">Vejle Kommune</option>');
    });

    it.each([
      ['vejle-kommune', 'lillebaelt'],
      ['greve-kommune', 'oestsjaelland'],
    ] as const)('leads from %s to its council', async (municipality, which) => {
      const response = await portal.app.request(`/find-sundhedsraad?kommune=${municipality}`);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/organ/${council[which]}`);
      expect((await portal.get(response.headers.get('location')!)).status).toBe(200);
    });

    it('shows the picker on its own page, and says so at the picker when the municipality does not exist', async () => {
      const page = await portal.get('/find-sundhedsraad');
      expect(page.status).toBe(200);
      expect(page.text).toContain('id="find-municipality"');
      for (const choice of ['ingen-kommune', '%3Cscript%3E', '']) {
        const unknown = await portal.get(`/find-sundhedsraad?kommune=${choice}`);
        expect(unknown.status, choice).toBe(400);
        expect(unknown.text).toContain(
          '<span class="form-error-message" id="find-municipality-error"><span class="sr-only">Fejl: </span>Kommune: vælg en kommune på listen</span>',
        );
        expect(unknown.text).not.toContain('<script>');
      }
    });
  });
});
