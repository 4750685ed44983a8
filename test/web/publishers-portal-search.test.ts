/**
 * Publishers in search and on the front page: /sog filters by publisher (udgiver=<slug>) and by
 * region (a municipality's bodies count under its region), each hit names its publisher, and the
 * pages of open attachments whose text matched are listed under "Fundet i bilag"; /sog.atom takes
 * the same filter. The front page's "Find dit sundhedsråd" picker lists every municipality, and
 * /udgiver?kommune= leads to the municipality's page, without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { parseAtom } from '../helpers/open-data.js';
import {
  addAttachmentText,
  addGreveMinutes,
  GREVE,
  itemId,
  openPortal,
  type TestPortal,
  visibleText,
} from '../helpers/portal.js';

const NOT_STORED_URL = 'https://dagsordener.greve.dk/vis/pdf/bilag/notat-regionsklinik';

describe.each(TEST_DATABASES)('publishers in search and on the front page, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let greveMeeting: number;
  const attachments: Record<'stored' | 'notStored', number> = { stored: 0, notStored: 0 };

  beforeAll(async () => {
    portal = await openPortal(database);
    handle = portal.handle;
    greveMeeting = await addGreveMinutes(handle);
    const attachmentOf = async (number: number) => {
      const [row] = await handle.query<{ id: number }>('select id from attachments where item_id = $1', [
        await itemId(handle, greveMeeting, number),
      ]);
      return row.id;
    };
    attachments.notStored = await attachmentOf(4);
    attachments.stored = await attachmentOf(3);
    await addAttachmentText(handle, attachments.notStored, {
      sha256: 'a'.repeat(64),
      pages: ['Forside af notatet.', 'Klinikken i Sønderhede får en zebrafinke i venteværelset.'],
      sourceUrl: NOT_STORED_URL,
      stored: false,
    });
    await addAttachmentText(handle, attachments.stored, {
      sha256: 'b'.repeat(64),
      pages: ['Borgerne ønskede en zebrafinke ved sundhedshuset.'],
      sourceUrl: 'https://dagsordener.greve.dk/vis/pdf/bilag/opsamling',
      stored: true,
    });
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** The publishers named in the hits' meta lines. */
  const hitPublishers = (html: string) =>
    [...html.matchAll(/<p class="result-meta"><a href="\/udgiver\/([a-z0-9-]+)">/g)].map((match) => match[1]);

  it('filters by publisher and names each hit’s publisher', async () => {
    const all = await portal.get('/sog?q=regionsklinik');
    expect(new Set(hitPublishers(all.text))).toEqual(new Set([GREVE.slug, 'region-syddanmark']));
    const greve = await portal.get(`/sog?q=regionsklinik&udgiver=${GREVE.slug}`);
    expect(greve.status).toBe(200);
    expect(hitPublishers(greve.text).length).toBeGreaterThan(0);
    expect(new Set(hitPublishers(greve.text))).toEqual(new Set([GREVE.slug]));
    expect(greve.text).toContain('<option value="greve-kommune" selected="">Greve Kommune</option>');
    expect(greve.text).toMatch(/<select class="form-select" id="filter-publisher" name="udgiver">/);
    expect(greve.text).toMatch(/<optgroup label="Kommuner"><option value="greve-kommune"/);
    // The filter offers publishers with meetings; a publisher without any only when chosen.
    expect(greve.text).not.toContain('<option value="kl"');
    expect((await portal.get('/sog?q=regionsklinik&udgiver=kl')).text).toContain('Ingen resultater');
    // Pages keep the filter.
    expect(greve.text).toContain('href="/sog.atom?q=regionsklinik&amp;udgiver=greve-kommune"');
  });

  it('counts a municipality’s bodies under its region, and rejects a malformed publisher', async () => {
    const east = await portal.get('/sog?q=regionsklinik&region=region-oestdanmark');
    expect(new Set(hitPublishers(east.text))).toEqual(new Set([GREVE.slug]));
    const south = await portal.get('/sog?q=regionsklinik&region=region-syddanmark');
    expect(new Set(hitPublishers(south.text))).toEqual(new Set(['region-syddanmark']));
    const bad = await portal.get('/sog?q=x&udgiver=%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(visibleText(bad.text)).toContain('Udgiver: ukendt værdi');
  });

  it('takes the same filter in the search’s feed', async () => {
    const response = await portal.get(`/sog.atom?q=regionsklinik&udgiver=${GREVE.slug}`);
    expect(response.status).toBe(200);
    const feed = parseAtom(response.text);
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const entry of feed.entries) expect(entry.title).toContain('(Økonomiudvalget,');
    expect(feed.selfLink).toBe('http://localhost/sog.atom?q=regionsklinik&udgiver=greve-kommune');
    const everyone = parseAtom((await portal.get('/sog.atom?q=regionsklinik')).text);
    expect(everyone.entries.length).toBeGreaterThan(feed.entries.length);
  });

  it('lists the attachment pages that matched under "Fundet i bilag"', async () => {
    const { status, text } = await portal.get('/sog?q=zebrafinke');
    expect(status).toBe(200);
    const page = visibleText(text);
    expect(page).toContain('Fundet i bilag');
    // No item mentions the word: the attachments are found all the same.
    expect(page).toContain('Ingen resultater for »zebrafinke«');
    // Stored: the file in Protokol; not stored: the address on the publisher's site.
    expect(text).toContain(`<a href="/bilag/${attachments.stored}">Opsamling fra borgermøder om nærsundhedsplanen</a>`);
    expect(text).toContain(`<a href="${NOT_STORED_URL}">Notat om regionsklinik i Sønderhede</a>`);
    expect(page).toContain('Notat om regionsklinik i Sønderhede (side 2)');
    expect(page).toContain('Opsamling fra borgermøder om nærsundhedsplanen (side 1)');
    expect(page).not.toContain('(side 1) Bilag til Punkt 4');
    expect(text).toContain(`href="/punkt/${await itemId(handle, greveMeeting, 4)}"`);
    expect(page).toContain('Bilag til Punkt 4: Lægedækningen i Fjordby-området: regionsklinik i Sønderhede');
    expect(text).toContain(`<a href="/moede/${greveMeeting}">16. marts 2026</a>`);
    expect(text).toContain('<mark>zebrafinke</mark>');
    expect(text).toContain('<a href="/udgiver/greve-kommune">Greve Kommune</a>');
    // Filters apply to attachments too.
    const other = visibleText((await portal.get('/sog?q=zebrafinke&udgiver=region-syddanmark')).text);
    expect(other).not.toContain('Fundet i bilag');
    // In English.
    const english = await portal.get('/sog?q=zebrafinke', { headers: { cookie: 'lang=en' } });
    expect(visibleText(english.text)).toContain('Found in attachments');
    expect(visibleText(english.text)).toContain('(page 2)');
  });

  it('never lists a closed attachment’s page, nor an open attachment of a closed item', async () => {
    const [closed] = await handle.query<{ id: number }>(
      `insert into attachments (item_id, position, title, is_closed)
       values ($1, 9, 'Fortroligt bilag', true) returning id`,
      [await itemId(handle, greveMeeting, 4)],
    );
    await addAttachmentText(handle, closed.id, {
      sha256: 'c'.repeat(64),
      pages: ['Hemmelig kolibrisommerfugl.'],
      sourceUrl: 'https://dagsordener.greve.dk/vis/pdf/bilag/fortroligt',
      stored: false,
    });
    const [ofClosedItem] = await handle.query<{ id: number }>(
      `insert into attachments (item_id, position, title) values ($1, 9, 'Bilag til lukket punkt') returning id`,
      [await itemId(handle, greveMeeting, 2)],
    );
    await addAttachmentText(handle, ofClosedItem.id, {
      sha256: 'd'.repeat(64),
      pages: ['Også en kolibrisommerfugl.'],
      sourceUrl: 'https://dagsordener.greve.dk/vis/pdf/bilag/lukket',
      stored: false,
    });
    const { text } = await portal.get('/sog?q=kolibrisommerfugl');
    expect(visibleText(text)).not.toContain('Fundet i bilag');
    expect(text).not.toContain('Fortroligt bilag');
    expect(text).not.toContain('Bilag til lukket punkt');
  });

  it('lets a citizen find their health council on the front page, without JavaScript', async () => {
    const front = await portal.get('/');
    expect(front.text).toMatch(/<form action="\/find-sundhedsraad" method="get" class="municipality-picker">/);
    expect(front.text).toMatch(/<select class="form-select" id="find-municipality" name="kommune"/);
    const options = front.text.match(/<option value="[a-z0-9-]+"/g) ?? [];
    expect(options).toHaveLength(98);
    expect(front.text).toContain('<option value="greve-kommune">Greve Kommune</option>');
    expect(visibleText(front.text)).toContain('Find dit sundhedsråd');
    expect(front.text).toContain('<a href="/udgiver">Alle regioner, kommuner og andre udgivere</a>');

    // The form's GET goes on to the health council (test/web/search-finding.test.ts); the
    // publishers' list still takes ?kommune= and goes on to the municipality's page.
    const chosen = await portal.app.request('/udgiver?kommune=greve-kommune');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/udgiver/greve-kommune');
    const page = visibleText((await portal.get('/udgiver/greve-kommune')).text);
    expect(page).toContain('Greve Kommune er dækket af Sundhedsråd Østsjælland og Øerne');
    expect((await portal.get('/udgiver?kommune=%3Cscript%3E')).status).toBe(404);
    expect((await portal.get('/udgiver?kommune=')).status).toBe(200);
  });
});
