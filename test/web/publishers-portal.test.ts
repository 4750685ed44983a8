/**
 * The portal's publishers (udgivere): a page per publisher with its bodies, meetings, feed and
 * calendar, and the list of them all; every body, meeting and item page names its publisher (or
 * "Udgiver ukendt") and a harvested meeting its source on the publisher's site; one case number
 * in two publishers' case systems is two cases; a merged person's page and an old body address
 * redirect for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addMembership } from '../../src/use-cases/people/add-membership.js';
import { createPerson } from '../../src/use-cases/people/create-person.js';
import { mergePersons } from '../../src/use-cases/people/merge-persons.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { parseAtom, parseIcs } from '../helpers/open-data.js';
import {
  addGreveMinutes,
  GREVE,
  itemId,
  meetingId,
  openPortal,
  type TestPortal,
  visibleText,
} from '../helpers/portal.js';

const COUNCIL = 'region-syddanmark--sundhedsraad-fjordby';
/** The health council that covers Greve (the reference data). */
const GREVE_COUNCIL = 'region-oestdanmark--sundhedsraad-oestsjaelland-og-oeerne';

describe.each(TEST_DATABASES)('publishers on the portal, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let greveMeeting: number;

  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
    greveMeeting = await addGreveMinutes(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  describe('a publisher’s page', () => {
    it('says what a municipality is, its regions and the health council that covers it, and lists its bodies and minutes', async () => {
      const { status, text } = await portal.get(`/udgiver/${GREVE.slug}`);
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(text).toContain('<h1>Greve Kommune</h1>');
      expect(page).toContain('Type Kommune');
      expect(page).toMatch(
        /Region Region Sjælland \(til 31\. december 2026\) Region Østdanmark \(fra 1\. januar 2027\)/,
      );
      expect(text).toContain('href="/udgiver/region-oestdanmark"');
      expect(page).toContain('Greve Kommune er dækket af Sundhedsråd Østsjælland og Øerne');
      expect(text).toContain(`href="/organ/${GREVE_COUNCIL}"`);
      expect(text).toContain(`href="/organ/${GREVE.bodySlug}"`);
      expect(page).toContain('Økonomiudvalget (Udvalg, 1 møde)');
      expect(text).toContain(`href="/moede/${greveMeeting}"`);
      expect(page).toContain('Referat, Økonomiudvalget mandag d. 16. marts 2026 kl. 16.00');
      expect(text).toContain('href="/udgiver/greve-kommune/kalender.ics"');
      expect(text).toContain('href="/udgiver/greve-kommune/referater.atom"');
      expect(text).toContain('href="/sog?udgiver=greve-kommune"');
      // Greve's are real minutes: no demo notice; nothing of the demo publisher's bodies.
      expect(page).not.toContain('Fiktive demodata');
      expect(page).not.toContain('Fjordby');
    });

    it('shows a region with its health councils and the demo bodies it publishes, marked as demo data', async () => {
      const { status, text } = await portal.get('/udgiver/region-syddanmark');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toContain('Type Region');
      expect(text).toContain(`href="/organ/${COUNCIL}"`);
      expect(text).toContain('href="/organ/region-syddanmark--sundhedsraad-soenderjylland"');
      expect(page).toContain('Fiktive demodata');
      expect(page).toContain('Referat, Sundhedsråd Fjordby mandag d. 14. september 2026 kl. 16.00');
      expect(page).toContain('Dagsorden, Sundhedsråd Fjordby mandag d. 7. december 2026 kl. 16.00');
      expect(page).not.toContain('Økonomiudvalget');
    });

    it('is in the English switch, and 404 for an unknown or malformed publisher', async () => {
      const { text } = await portal.get(`/udgiver/${GREVE.slug}`, { headers: { cookie: 'lang=en' } });
      expect(text).toContain('<html lang="en">');
      const page = visibleText(text);
      expect(page).toContain('Type Municipality');
      expect(page).toContain('Greve Kommune is covered by Sundhedsråd Østsjælland og Øerne');
      expect(page).toContain('Bodies');
      for (const url of ['/udgiver/findes-ikke', '/udgiver/%3Cscript%3E', '/udgiver/findes-ikke/referater.atom']) {
        expect((await portal.get(url)).status, url).toBe(404);
      }
    });

    it('offers its minutes as an Atom feed and its meetings as a calendar, its bodies’ only', async () => {
      const atom = await portal.get(`/udgiver/${GREVE.slug}/referater.atom`);
      expect(atom.status).toBe(200);
      expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const feed = parseAtom(atom.text);
      expect(feed.title).toBe('Referater fra Greve Kommune');
      expect(feed.alternateLink).toBe('http://localhost/udgiver/greve-kommune');
      expect(feed.entries.map((entry) => entry.link)).toEqual([`http://localhost/moede/${greveMeeting}`]);
      expect(feed.entries[0].title).toBe('Referat, Økonomiudvalget, mandag d. 16. marts 2026 kl. 16.00');

      const region = parseAtom((await portal.get('/udgiver/region-syddanmark/referater.atom')).text);
      const demo = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-09-14');
      expect(region.entries[0].link).toBe(`http://localhost/moede/${demo}`);
      expect(region.entries.map((entry) => entry.link)).not.toContain(`http://localhost/moede/${greveMeeting}`);

      const ics = await portal.get(`/udgiver/${GREVE.slug}/kalender.ics`);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const calendar = parseIcs(ics.text);
      expect(calendar.name).toBe('Greve Kommune');
      expect(calendar.events.map((event) => event.url)).toEqual([`http://localhost/moede/${greveMeeting}`]);
      const regionEvents = parseIcs((await portal.get('/udgiver/region-syddanmark/kalender.ics')).text).events;
      expect(regionEvents.length).toBe(11);
    });

    it('lists every publisher by kind: regions, municipalities by region, other organisations', async () => {
      const { status, text } = await portal.get('/udgiver');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(page).toMatch(/Regioner Region Hovedstaden .*Region Østdanmark .*Kommuner Kommuner i Region Midtjylland/);
      expect(page).toMatch(/Kommuner i Region Østdanmark \(fra 2027\) .*Greve Kommune \(1 organ\)/);
      expect(page).toMatch(/Andre organisationer .*KL .*PLO/);
      expect(text.match(/href="\/udgiver\/[^"]+"/g)?.length).toBe(6 + 98 + 9);
    });
  });

  describe('pages name their publisher', () => {
    it('on a body page, or "Udgiver ukendt"', async () => {
      const greve = visibleText((await portal.get(`/organ/${GREVE.bodySlug}`)).text);
      expect(greve).toContain('Udgiver Greve Kommune');
      expect((await portal.get(`/organ/${GREVE.bodySlug}`)).text).toContain('href="/udgiver/greve-kommune"');
      await handle.query(
        `insert into bodies (slug, name, kind) values ('ukendt-udgiver--gammelt-udvalg', 'Gammelt udvalg', 'committee')`,
      );
      const unknown = visibleText((await portal.get('/organ/ukendt-udgiver--gammelt-udvalg')).text);
      expect(unknown).toContain('Udgiver Udgiver ukendt');
    });

    it('on a meeting page with its source on the publisher’s site, and on each item’s page', async () => {
      const { text } = await portal.get(`/moede/${greveMeeting}`);
      const page = visibleText(text);
      expect(page).toContain('Udgiver Greve Kommune');
      expect(page).toContain('Kilde Det offentliggjorte dokument på dagsordener.greve.dk');
      expect(text).toContain(`href="${GREVE.sourceUrl}"`);
      // The stored source file keeps its own section (withheld here: the meeting has a closed item).
      expect(page).toContain('Kildedokument Kildedokumentet vises ikke');
      const item = await itemId(handle, greveMeeting, 4);
      const itemPage = await portal.get(`/punkt/${item}`);
      expect(visibleText(itemPage.text)).toContain('Udgiver Greve Kommune');
      expect(itemPage.text).toContain(`href="${GREVE.sourceUrl}"`);
      // A meeting that was not harvested has no "Kilde" on the publisher's site.
      const demo = visibleText(
        (await portal.get(`/moede/${await meetingId(handle, 'Sundhedsråd Fjordby', '2026-03-16')}`)).text,
      );
      expect(demo).toContain('Udgiver Region Syddanmark');
      expect(demo).not.toContain('Kilde Det offentliggjorte dokument');
    });

    it('links only a web address as the source', async () => {
      const id = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-05-18');
      await handle.query(`update meetings set source_url = 'javascript:alert(1)' where id = $1`, [id]);
      const { text } = await portal.get(`/moede/${id}`);
      expect(text).not.toContain('javascript:');
      expect(visibleText(text)).not.toContain('Kilde Det offentliggjorte');
    });
  });

  describe('a case is publisher + number', () => {
    it('shows each publisher’s case with a shared number on its own, headed by the publisher', async () => {
      const { status, text } = await portal.get('/sag/25%2F41077');
      expect(status).toBe(200);
      const page = visibleText(text);
      expect(text).toContain('<h1>Status på lægedækningen (sag 25/41077)</h1>');
      expect(page).toContain('Sagsnummeret 25/41077 findes hos 2 udgivere.');
      expect(text).toMatch(/<h2><a href="\/udgiver\/greve-kommune">Greve Kommune<\/a><\/h2>/);
      expect(text).toMatch(/<h2><a href="\/udgiver\/region-syddanmark">Region Syddanmark<\/a><\/h2>/);
      expect(page.indexOf('Greve Kommune')).toBeLessThan(page.indexOf('Region Syddanmark'));
      expect(page).toContain('Sagen har været behandlet 1 gang i 1 organ.');
      expect(text).toContain('href="/sag/25%2F41077?udgiver=greve-kommune"');
    });

    it('shows one publisher’s case alone with ?udgiver=, titled by subject, number and publisher', async () => {
      const { status, text } = await portal.get('/sag/25%2F41077?udgiver=greve-kommune');
      expect(status).toBe(200);
      const subject = 'Lægedækningen i Fjordby-området: regionsklinik i Sønderhede';
      expect(text).toContain(`<title>${subject} (sag 25/41077, Greve Kommune) – Protokol</title>`);
      expect(text).toContain(`<h1>${subject} (sag 25/41077, Greve Kommune)</h1>`);
      const page = visibleText(text);
      expect(page).toContain('Udgiver Greve Kommune');
      expect(page).not.toContain('Sundhedsklynge Fjordby');
      expect(text).toContain('href="/sag/25%2F41077"');
      expect((await portal.get('/sag/25%2F41077?udgiver=kl')).status).toBe(404);
      // Its feed of decisions is its own.
      expect(text).toContain('href="/sag/25%2F41077/beslutninger.atom?udgiver=greve-kommune"');
      const feed = parseAtom((await portal.get('/sag/25%2F41077/beslutninger.atom?udgiver=greve-kommune')).text);
      expect(feed.title).toBe('Beslutninger i sag 25/41077, Greve Kommune');
      expect(feed.alternateLink).toBe('http://localhost/sag/25%2F41077?udgiver=greve-kommune');
      const item = await itemId(handle, greveMeeting, 4);
      expect(feed.entries.map((entry) => entry.link)).toEqual([`http://localhost/punkt/${item}`]);
      const every = parseAtom((await portal.get('/sag/25%2F41077/beslutninger.atom')).text);
      expect(every.entries.length).toBeGreaterThan(1);
      expect((await portal.get('/sag/25%2F41077/beslutninger.atom?udgiver=kl')).status).toBe(404);
    });

    it('titles a number with one case by its subject and the number; the publisher in the facts', async () => {
      const { text } = await portal.get('/sag/25%2F52210');
      expect(text).toContain('<h1>Akutsygeplejen: klar til overdragelse 1. januar 2027 (sag 25/52210)</h1>');
      expect(visibleText(text)).toContain('Udgiver Region Syddanmark');
      expect(visibleText(text)).not.toContain('findes hos');
    });
  });

  describe('persons merged into another', () => {
    it('redirect for good to the kept person, and never appear in a body’s members', async () => {
      const from = await createPerson({ db: handle.db, name: 'Hanne Kjærgaard Dublet', actor: COMMAND_LINE_ACTOR });
      if (!from.ok) throw new Error(from.reason);
      const [kept] = await handle.query<{ id: number }>(`select id from persons where slug = 'hanne-kjaergaard'`);
      const merged = await mergePersons({
        db: handle.db,
        fromPersonId: from.personId,
        intoPersonId: kept.id,
        actor: COMMAND_LINE_ACTOR,
      });
      expect(merged.ok).toBe(true);
      const response = await portal.app.request(`/person/${from.slug}`);
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/person/hanne-kjaergaard');

      // A merged record that still had a membership is not listed as a member.
      const other = await createPerson({ db: handle.db, name: 'Sammenlagt Medlem', actor: COMMAND_LINE_ACTOR });
      if (!other.ok) throw new Error(other.reason);
      const [council] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [COUNCIL]);
      await addMembership({
        db: handle.db,
        personId: other.personId,
        bodyId: council.id,
        role: 'member',
        fromOn: '2026-01-01',
        actor: COMMAND_LINE_ACTOR,
      });
      // (A query of its own each time: the page cache does not see a person change.)
      expect((await portal.get(`/organ/${COUNCIL}?før`)).text).toContain('Sammenlagt Medlem');
      await handle.query('update persons set merged_into_id = $1 where id = $2', [kept.id, other.personId]);
      expect((await portal.get(`/organ/${COUNCIL}?efter`)).text).not.toContain('Sammenlagt Medlem');
    });
  });

  describe('old body addresses', () => {
    it('redirect for good to the current slug, with the sub-path and the query', async () => {
      for (const [old, current] of [
        ['/organ/sundhedsraad-fjordby', `/organ/${COUNCIL}`],
        ['/organ/sundhedsraad-fjordby/moedeplan', `/organ/${COUNCIL}/moedeplan`],
        ['/organ/sundhedsraad-fjordby/referater.atom', `/organ/${COUNCIL}/referater.atom`],
        ['/organ/oekonomiudvalget?x=1', `/organ/${GREVE.bodySlug}?x=1`],
      ]) {
        const response = await portal.app.request(old);
        expect(response.status, old).toBe(301);
        expect(response.headers.get('location'), old).toBe(current);
      }
    });
  });
});
