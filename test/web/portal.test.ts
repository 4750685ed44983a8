import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { itemId, meetingId, openPortal, type TestPortal, visibleText } from '../helpers/portal.js';

const COUNCIL = 'Sundhedsråd Fjordby';
const CLUSTER = 'Sundhedsklynge Fjordby, politisk niveau';
const COMMITTEE = 'Sundhedssamarbejdsudvalget Fjordby';

describe.each(TEST_DATABASES)('public portal on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
  });
  afterAll(async () => {
    await handle?.close();
  });

  describe('front page', () => {
    it('shows the latest minutes, the upcoming meetings and the councils, marking demo data', async () => {
      const { status, text } = await portal.get('/');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toContain('Seneste referater');
      expect(page).toContain('Referat, Sundhedsråd Fjordby mandag d. 14. september 2026 kl. 16.00');
      expect(page).toContain('Kommende møder');
      expect(page).toContain('Dagsorden, Sundhedsråd Fjordby mandag d. 7. december 2026 kl. 16.00');
      // The past agenda-less meetings are not "upcoming"; the 2025 minutes are not among the 6 latest.
      expect(page.indexOf('7. december 2026')).toBeGreaterThan(page.indexOf('Kommende møder'));
      expect(page).toContain('Fiktive demodata');
      expect(text).toContain('href="/organ/region-syddanmark--sundhedsraad-fjordby"');
      expect(text).toMatch(/<form action="\/sog" method="get" role="search"/);
    });
  });

  describe('body page', () => {
    it('says what the body is, who its members are and lists its meetings by year and its calendar', async () => {
      const { status, text } = await portal.get('/organ/region-syddanmark--sundhedsraad-fjordby');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(text).toContain('<h1>Sundhedsråd Fjordby</h1>');
      expect(page).toContain('Type Sundhedsråd');
      expect(page).toContain('Region Region Syddanmark');
      expect(page).toContain('Afløser Sundhedsklynge Fjordby, politisk niveau');
      expect(text).toMatch(
        /<a href="\/person\/hanne-kjaergaard">Hanne Kjærgaard<\/a><\/th><td>Formand<\/td><td>V<\/td>/,
      );
      expect(text).toMatch(/Ole Brink<\/a><\/th><td>Næstformand<\/td>/);
      expect(page).toContain('Møder i 2027');
      expect(page).toContain('Møder i 2026');
      expect(page).toMatch(/Kalender Dagsorden, mandag d\. 7\. december 2026 kl\. 16\.00 \(5 punkter\)/);
      expect(page).toContain('Referat, mandag d. 16. marts 2026 kl. 16.00 (6 punkter)');
      expect(page).toContain('Fiktive demodata');
    });

    it('shows the level and the successor of a cluster', async () => {
      const { status, text } = await portal.get('/organ/region-syddanmark--sundhedsklynge-fjordby-politisk-niveau');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toContain('Type Sundhedsklynge');
      expect(page).toContain('Niveau Politisk niveau');
      expect(page).toContain('Afløst af Sundhedsråd Fjordby');
      expect(page).toContain('Der er ingen planlagte møder.');
    });

    it('answers 404 for an unknown or malformed slug', async () => {
      expect((await portal.get('/organ/findes-ikke')).status).toBe(404);
      expect((await portal.get('/organ/%3Cscript%3E')).status).toBe(404);
    });
  });

  describe('meeting page', () => {
    it('titles minutes in the Danish form and shows place, participants, absentees and contents', async () => {
      const id = await meetingId(handle, COUNCIL, '2026-03-16');
      const { status, text } = await portal.get(`/moede/${id}`);
      expect(status).toBe(200);
      expect(text).toContain('<h1 lang="da">Referat, Sundhedsråd Fjordby, mandag d. 16. marts 2026 kl. 16.00</h1>');
      const page = visibleText(text);
      expect(page).toContain('Sted Mødesal 2, Fjordby Sygehus, Indgang A');
      expect(page).toMatch(/Deltagere Hanne Kjærgaard , V, formand/);
      expect(page).toMatch(/Fraværende Birgitte Lund Nørgaard , O/);
      expect(page).toContain('Indholdsfortegnelse');
      expect(text).toMatch(/<a href="#punkt-4-\d+">Punkt 4: <span lang="da">Lægedækningen i Fjordby-området/);
    });

    it('sets every decision apart with its outcome, and lists dissents and attachments', async () => {
      const id = await meetingId(handle, COUNCIL, '2026-03-16');
      const page = visibleText((await portal.get(`/moede/${id}`)).text);
      // The terms with their "?" (/ordliste); the printed heading's date written out as on the rest of the page.
      expect(page).toContain(
        'Beslutning ? Udfald: Godkendt ? Beslutning i Sundhedsråd Fjordby den 16. marts 2026 Godkendt.',
      );
      expect(page).toContain(
        'Udfald: Godkendt ? Med mindretal eller forbehold Beslutning i Sundhedsråd Fjordby den 16. marts 2026 Godkendt. Peter Holm Madsen (F) bakker ikke op om indstillingen',
      );
      expect(page).toContain('Udfald: Drøftet ?');
      expect(page).toContain('Bilag ? Notat om regionsklinik i Sønderhede');
    });

    it('shows a closed item by number and title only, and withholds the source document', async () => {
      const id = await meetingId(handle, COUNCIL, '2026-09-14');
      const { text } = await portal.get(`/moede/${id}`);
      const page = visibleText(text);
      expect(page).toContain('Punkt 5: Lukket: Lejeaftale for regionsklinikken i Sønderhede');
      expect(page).toContain('Punktet er lukket.');
      expect(page).toContain('Kildedokumentet vises ikke, fordi det indeholder lukkede punkter.');
      expect(text).not.toContain(`/kilde/${id}`);
    });

    it('links the source document of a meeting without closed items, and serves its bytes', async () => {
      const id = await meetingId(handle, CLUSTER, '2025-09-09');
      const { text } = await portal.get(`/moede/${id}`);
      expect(text).toContain(`href="/kilde/${id}"`);
      const source = await portal.app.request(`/kilde/${id}`);
      expect(source.status).toBe(200);
      expect(source.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(source.headers.get('x-content-type-options')).toBe('nosniff');
      const original = fs.readFileSync(
        path.resolve('demo/minutes/2025-09-09-sundhedsklynge-fjordby-politisk-niveau.txt'),
      );
      expect(Buffer.from(await source.arrayBuffer()).equals(original)).toBe(true);
    });

    it('never serves the source document of a meeting with a closed item', async () => {
      const id = await meetingId(handle, COUNCIL, '2026-09-14');
      expect((await portal.get(`/kilde/${id}`)).status).toBe(404);
    });

    it('renders the 002 layout: "Ad 1 / Ad 2" decision, numbered attachments and the absentee table', async () => {
      const id = await meetingId(handle, COMMITTEE, '2025-10-06');
      const page = visibleText((await portal.get(`/moede/${id}`)).text);
      expect(page).toContain('Ad 1 – Tiltrådt.');
      expect(page).toContain('Principper for kortlægning af akutsygeplejen (Dok.nr. 22100416)');
      expect(page).toContain('Fraværende under punktet Rikke Aagaard , Regionsrådsmedlem, Medlem, B');
      // Empty sections ("." in the source) are left out.
      expect(page).not.toMatch(/Tidligere beslutninger \. /);
    });

    it('answers 404 for unknown and malformed ids', async () => {
      for (const url of ['/moede/999999', '/moede/abc', '/moede/1.5', '/moede/99999999999', '/kilde/999999']) {
        const { status, text } = await portal.get(url);
        expect(status, url).toBe(404);
        expect(text).toContain('Siden findes ikke');
      }
    });
  });

  describe('item page', () => {
    it('is a permalink with the meeting, the case, the decision and neighbours', async () => {
      const meeting = await meetingId(handle, COUNCIL, '2026-05-18');
      const id = await itemId(handle, meeting, 3);
      const { status, text } = await portal.get(`/punkt/${id}`);
      expect(status).toBe(200);
      expect(text).toContain('Punkt 3: <span lang="da">Forslag om samling af blodprøvetagningen i Havnby</span></h1>');
      const page = visibleText(text);
      expect(page).toContain('Møde Referat, Sundhedsråd Fjordby, mandag d. 18. maj 2026 kl. 16.00');
      expect(page).toContain('Sag 26/14020 ( Se sagens forløb )');
      expect(page).toContain('Udfald: Ikke godkendt');
      expect(page).toContain('Forrige punkt: Punkt 2: Procesplan for nærsundhedsplanen');
      expect(page).toContain('Næste punkt: Punkt 4: Status på lægedækningen');
      expect(text).toContain(`href="/moede/${meeting}"`);
    });

    it('shows a closed item without any content', async () => {
      const meeting = await meetingId(handle, COUNCIL, '2026-03-16');
      const id = await itemId(handle, meeting, 2);
      const { status, text } = await portal.get(`/punkt/${id}`);
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toContain('Punkt 2: Lukket');
      expect(page).toContain('Punktet er lukket.');
      expect(page).not.toContain('Beslutning');
    });
  });

  describe('case page', () => {
    it('shows every item of the case across meetings and bodies, in date order', async () => {
      const { status, text } = await portal.get('/sag/25%2F41077');
      expect(status).toBe(200);
      const page = visibleText(text);
      // Titled by its subject: the latest item's title.
      expect(text).toContain('<h1>Status på lægedækningen (sag 25/41077)</h1>');
      expect(page).toContain('Sagen har været behandlet 6 gange i 3 organer.');
      const order = [
        'tirsdag d. 9. september 2025',
        'tirsdag d. 18. november 2025',
        'mandag d. 8. december 2025',
        'mandag d. 16. marts 2026',
        'mandag d. 18. maj 2026',
        'mandag d. 14. september 2026',
      ].map((date) => page.indexOf(date));
      expect(order.every((at) => at > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(page).toContain('Beslutning: Udsat');
    });

    it('accepts the case number unencoded and answers 404 for an unknown case', async () => {
      expect((await portal.get('/sag/25/41077')).status).toBe(200);
      expect((await portal.get('/sag/99%2F99999')).status).toBe(404);
    });
  });

  describe('person page', () => {
    it('lists memberships and the meetings attended, missed and invited to', async () => {
      const { status, text } = await portal.get('/person/birgitte-lund-noergaard');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toContain('Deltog i 3 møder, fraværende fra 1.');
      expect(page).toMatch(/Sundhedsråd Fjordby Fiktive demodata Medlem O 26\. januar 2026/);
      expect(page).toMatch(/mandag d\. 16\. marts 2026 kl\. 16\.00 Sundhedsråd Fjordby Fraværende/);
      expect(page).toMatch(/mandag d\. 7\. december 2026 kl\. 16\.00 Sundhedsråd Fjordby Indkaldt/);
    });

    it('answers 404 for an unknown person', async () => {
      expect((await portal.get('/person/ingen-saadan-person')).status).toBe(404);
    });
  });

  describe('search page', () => {
    it('keeps the query in the URL and lists title, body and date of each result', async () => {
      const { status, text } = await portal.get('/sog?q=l%C3%A6ged%C3%A6kning');
      expect(status).toBe(200);
      expect(text).toContain('value="lægedækning"');
      const page = visibleText(text);
      expect(page).toMatch(/\d+ resultater for »lægedækning«/);
      expect(text).toMatch(/Punkt 4: <mark>Lægedækningen<\/mark> i Lyngå og Sønderhede/);
      expect(page).toContain(
        'Sundhedsklynge Fjordby, politisk niveau · Referat, tirsdag d. 9. september 2025 kl. 15.00',
      );
    });

    it('says clearly when nothing matches and suggests what to do', async () => {
      const page = visibleText((await portal.get('/sog?q=l%C3%A6ged%C3%A6kniing')).text);
      expect(page).toContain('Ingen resultater for »lægedækniing«');
      expect(page).toContain('Prøv med færre eller andre ord');
      expect(page).toContain('Måske søgte du efter et af disse punkter:');
      expect(page).toContain('Lægedækningen i Lyngå og Sønderhede');
    });

    it('offers the search without filters when the filters exclude every match', async () => {
      const { text } = await portal.get('/sog?q=l%C3%A6ged%C3%A6kning&region=region-nordjylland');
      expect(visibleText(text)).toMatch(/Søg uden afgrænsninger \(\d+ resultater\)/);
      expect(text).toContain('href="/sog?q=l%C3%A6ged%C3%A6kning"');
    });

    it('shows the form only, with a hint, when there is nothing to search for', async () => {
      const page = visibleText((await portal.get('/sog')).text);
      expect(page).toContain('Skriv et eller flere ord i søgefeltet');
      expect(page).not.toContain('Resultater');
    });

    it('answers 400 with the search form and a Danish explanation at the field for malformed parameters', async () => {
      const cases: [string, string, string][] = [
        ['/sog?q=x&fra=2026-13-01', 'filter-from', 'Fra dato: 2026-13-01 findes ikke i kalenderen'],
        ['/sog?q=x&til=23-03', 'filter-to', 'Til dato: skriv datoen som dd.mm.åååå eller åååå-mm-dd'],
        ['/sog?q=x&udfald=maybe', 'filter-outcome', 'Udfald: vælg et udfald på listen'],
        ['/sog?q=x&afsnit=foo', 'filter-section', 'Afsnit: vælg et afsnit på listen'],
        ['/sog?q=x&side=0', '', 'Side: skal være mindst 1'],
        ['/sog?q=x&side=abc', '', 'Side: skal være et helt tal'],
        ['/sog?q=x&fra=2026-05-01&til=2026-01-01', 'filter-to', 'Til dato: skal ligge efter fra-datoen'],
        [`/sog?q=${'a'.repeat(201)}`, 'search-query', 'Søg: søgeteksten må højst være 200 tegn'],
      ];
      for (const [url, field, message] of cases) {
        const { status, text } = await portal.get(url);
        expect(status, url).toBe(400);
        expect(visibleText(text), url).toContain(message);
        expect(text, url).toContain(field ? `<a href="#${field}">${message}` : `<li>${message}</li>`);
        if (field) expect(text, url).toContain(`id="${field}-error"`);
        expect(text).toContain('<form action="/sog" method="get" role="search"');
        expect(text).not.toContain('Adressen kan ikke bruges');
      }
    });
  });

  describe('language', () => {
    it('switches to English with a cookie and goes back to a local page only', async () => {
      const switched = await portal.app.request(
        '/sprog?til=en&tilbage=%2Forgan%2Fregion-syddanmark--sundhedsraad-fjordby',
      );
      expect(switched.status).toBe(303);
      expect(switched.headers.get('location')).toBe('/organ/region-syddanmark--sundhedsraad-fjordby');
      expect(switched.headers.get('set-cookie')).toMatch(/^lang=en;/);
      const offsite = await portal.app.request('/sprog?til=en&tilbage=%2F%2Fevil.example');
      expect(offsite.headers.get('location')).toBe('/');
    });

    it('renders the interface in English and the content as published', async () => {
      const { text, headers } = await portal.get('/organ/region-syddanmark--sundhedsraad-fjordby', {
        headers: { cookie: 'lang=en' },
      });
      expect(text).toContain('<html lang="en">');
      expect(headers.get('content-language')).toBe('en');
      const page = visibleText(text);
      expect(page).toContain('Members');
      expect(page).toContain('Type Health council');
      expect(page).toContain('Fictitious demo data');
      expect(page).toContain('Chair');
      expect(page).toContain('Sundhedsråd Fjordby');
    });

    it('defaults to Danish, with the switch on every page', async () => {
      const { text } = await portal.get('/', { headers: { cookie: 'lang=xx' } });
      expect(text).toContain('<html lang="da">');
      expect(text).toContain('href="/sprog?til=en&amp;tilbage=%2F"');
    });
  });
});

describe('error pages', () => {
  it('gives a Danish 500 page without any internal detail', async () => {
    const secret = 'relation "hemmelig_tabel" does not exist';
    const failing = new Proxy(
      {},
      {
        get() {
          throw new Error(secret);
        },
      },
    );
    const handle = {
      db: failing,
      driver: 'pglite',
      query: async () => {
        throw new Error(secret);
      },
      close: async () => {},
    } as unknown as DbHandle;
    const app = createApp({ handle });
    for (const url of ['/', '/moede/1', '/sog?q=test', '/organ/x']) {
      const response = await app.request(url);
      expect(response.status, url).toBe(500);
      const text = await response.text();
      expect(text).toContain('Der opstod en fejl');
      expect(text).toContain('lang="da"');
      expect(text).not.toContain('hemmelig_tabel');
      expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });
});
