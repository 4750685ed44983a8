import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { selectRows } from '../../src/db/client.js';
import { expandTerms, matchQueries } from '../../src/db/search/compounds.js';
import { makeSnippet } from '../../src/db/search/highlight.js';
import { parseQueryTerms } from '../../src/db/search/query-terms.js';
import { type SearchInput, searchItems } from '../../src/db/search/search-items.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import { makeDecision } from '../../src/domain/decision.js';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { LEAK_FIXTURE, LEAK_MARKER } from '../helpers/portal.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';

function item(number: number, title: string, text: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number,
    title,
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: false,
    sections: [{ heading: 'Sagsfremstilling', text }],
    decision: null,
    attachments: [],
    absent: [],
    ...extra,
  };
}

/** A meeting written straight through the store, for ranking cases the demo set does not pin down. */
const RANKING_MEETING: MeetingDocument = {
  body: 'Sundhedsråd Rangby',
  documentType: 'referat',
  date: '2024-02-05',
  startTime: '10:00',
  location: null,
  participants: [],
  warnings: [],
  items: [
    item(
      1,
      'Budget for træningscentre',
      'Centrene har travlt. Der nævnes kort, at vandrehjemsordningen også findes, men den behandles ikke her. Resten handler om træning, hold, lokaler og personale i de fire centre.',
    ),
    item(2, 'Vandrehjemsordningen for pårørende', 'Ordningen giver pårørende et sted at sove under indlæggelse.'),
    item(3, 'Helt andet emne', 'Intet om sagen.', {
      closed: true,
      title: 'Lukket: Vandrehjemsordningen, hemmelig pris',
    }),
    item(4, 'Beslutningsgrundlag for hjertesvigt', 'Et notat.', {
      decision: makeDecision('Godkendt.'),
    }),
  ],
};

const titles = (result: Awaited<ReturnType<typeof searchItems>>) => result.hits.map((hit) => hit.plainTitle);

describe('query terms and snippets (pure)', () => {
  it('reads words, phrases and exclusions; drops operators and short words', () => {
    expect(parseQueryTerms('Nærsundhedsplan "fælles lægeklinik" -Havnby or i')).toEqual({
      required: ['nærsundhedsplan', 'fælles lægeklinik'],
      excluded: ['havnby'],
    });
  });

  it('cuts a window around the first hit and marks stems and compounds', () => {
    const text = `${'ord '.repeat(40)}Beslutningerne om nærsundhedsplanen blev taget. ${'slut '.repeat(40)}`;
    const segments = makeSnippet(text, { stems: ['beslutning'], terms: ['sundhedsplan'] });
    expect(segments[0].text.startsWith('… ord')).toBe(true);
    expect(segments.filter((s) => s.isHit).map((s) => s.text)).toEqual(['Beslutningerne', 'nærsundhedsplanen']);
    expect(segments[segments.length - 1].text.endsWith('slut …')).toBe(true);
    expect(
      segments
        .map((s) => s.text)
        .join('')
        .split(' ').length,
    ).toBeLessThan(40);
  });
});

describe.each(TEST_DATABASES)('search on $name', (database) => {
  let handle: DbHandle;
  const search = (input: Partial<SearchInput> & { query: string }) => searchItems(handle.db, input);

  beforeAll(async () => {
    handle = await database.open({ seed: 'demo' });
    const leak = await importMeetings({ db: handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    expect(leak.counts.new).toBe(1);
    const rangby = await publisherNamed(handle.db, 'Region Midtjylland');
    await handle.db.transaction((tx) =>
      saveMeeting(tx, {
        document: RANKING_MEETING,
        publisher: rangby,
        contentHash: 'x',
        source: { fileName: 'ranking.txt', checksum: 'ranking', sizeBytes: 1, format: 'test' },
      }),
    );
  });
  afterAll(async () => {
    await handle?.close();
  });

  describe('Danish stemming', () => {
    it('finds "beslutning" when asked for "beslutningerne", and marks it', async () => {
      const result = await search({ query: 'beslutningerne' });
      expect(result.total).toBeGreaterThan(10);
      const hit = result.hits.find((h) => h.snippet.some((s) => s.isHit && /^beslutning$/i.test(s.text)));
      expect(hit).toBeDefined();
    });

    it('finds "regionsklinik" when asked for "regionsklinikken"', async () => {
      const result = await search({ query: 'regionsklinikken' });
      expect(titles(result)).toContain('Lægedækningen i Fjordby-området: regionsklinik i Sønderhede');
    });
  });

  describe('compound words', () => {
    it('"sundhedsplan" finds "nærsundhedsplan" in titles and text', async () => {
      const result = await search({ query: 'sundhedsplan' });
      expect(titles(result)).toEqual(
        expect.arrayContaining([
          'Proces for udarbejdelse af Sundhedsråd Fjordbys nærsundhedsplan',
          'Vedtagelse af nærsundhedsplan 2027-2030',
          'Procesplan for nærsundhedsplanen',
        ]),
      );
      const marked = result.hits.flatMap((h) => h.title.filter((s) => s.isHit).map((s) => s.text.toLowerCase()));
      expect(marked).toContain('nærsundhedsplan');
    });

    it('"lægedækning" finds "lægedækningen"', async () => {
      const result = await search({ query: 'lægedækning' });
      expect(titles(result)).toEqual(
        expect.arrayContaining(['Lægedækningen i Lyngå og Sønderhede', 'Status på lægedækningen']),
      );
    });

    it('"sygepleje" finds "akutsygeplejen" inside longer words', async () => {
      const result = await search({ query: 'sygepleje' });
      expect(titles(result)).toContain('Akutsygeplejen overgår til regionen i 2027');
    });

    it('honours phrases and exclusions', async () => {
      const phrase = await search({ query: '"fælles lægeklinik"' });
      expect(titles(phrase)[0]).toBe('Lægedækning: forslag om fælles lægeklinik i Sønderhede');
      const excluded = await search({ query: 'blodprøve -havnby' });
      expect(excluded.total).toBeGreaterThan(0);
      expect(titles(excluded)).not.toContain('Forslag om samling af blodprøvetagningen i Havnby');
      const included = await search({ query: 'blodprøvetagningen' });
      expect(titles(included)).toContain('Forslag om samling af blodprøvetagningen i Havnby');
    });

    it('matches the same items with the compound query alone as with it or the plain reading', async () => {
      const queries = [
        'sundhedsplan',
        'lægedækningen sønderhede',
        '"fælles lægeklinik"',
        'blodprøve -havnby',
        'covid-19 vaccination',
        'it og sundhed',
        'beslutningerne om akutsygeplejen',
        'Fjordby',
        'akutsygepleje or lægeklinik',
      ];
      for (const query of queries) {
        const terms = parseQueryTerms(query);
        const match = matchQueries(query, terms, await expandTerms(handle.db, [...terms.required, ...terms.excluded]));
        const ws = sql`websearch_to_tsquery('danish', ${query})`;
        const ids = async (condition: SQL) =>
          (
            await selectRows<{ id: number }>(
              handle.db,
              sql`select i.id from agenda_items i where ${condition} order by i.id`,
            )
          ).map((row) => row.id);
        const either = await ids(sql`(i.search @@ ${ws} or ${match.condition})`);
        expect(await ids(match.condition), query).toEqual(either);
      }
    });
  });

  describe('filters', () => {
    it('by body', async () => {
      const result = await search({
        query: 'lægedækning',
        body: 'region-syddanmark--sundhedssamarbejdsudvalget-fjordby',
      });
      expect(result.total).toBe(1);
      expect(result.hits[0].body.name).toBe('Sundhedssamarbejdsudvalget Fjordby');
    });

    it('by region', async () => {
      expect((await search({ query: 'lægedækning', region: 'region-syddanmark' })).total).toBeGreaterThan(3);
      expect((await search({ query: 'lægedækning', region: 'region-nordjylland' })).total).toBe(0);
    });

    it('by date range (inclusive)', async () => {
      const result = await search({ query: 'lægedækning', from: '2026-03-16', to: '2026-05-18' });
      expect(result.hits.map((h) => h.meeting.heldOn).sort()).toEqual(['2026-03-16', '2026-05-18']);
    });

    it('by decision outcome', async () => {
      const rejected = await search({ query: '', outcome: 'rejected' });
      expect(titles(rejected).sort()).toEqual([
        'Forløbsprogram for borgere med KOL',
        'Forslag om samling af blodprøvetagningen i Havnby',
      ]);
      const postponed = await search({ query: 'lægeklinik', outcome: 'postponed' });
      expect(titles(postponed)).toEqual(['Lægedækning: forslag om fælles lægeklinik i Sønderhede']);
    });

    it('by section kind', async () => {
      const climate = await search({ query: '', sectionKind: 'climate' });
      expect(climate.total).toBe(3);
      expect(new Set(climate.hits.map((h) => h.body.name))).toEqual(
        new Set(['Sundhedsklynge Fjordby, politisk niveau']),
      );
    });
  });

  describe('ranking', () => {
    it('ranks a title match above a passing mention', async () => {
      const result = await search({ query: 'vandrehjemsordningen' });
      expect(titles(result)).toEqual(['Vandrehjemsordningen for pårørende', 'Budget for træningscentre']);
      expect(result.hits[0].rank).toBeGreaterThan(result.hits[1].rank);
    });

    it('ranks a compound title match above text-only matches', async () => {
      const result = await search({ query: 'sundhedsplan' });
      expect(result.hits[0].plainTitle.toLowerCase()).toContain('sundhedsplan');
    });
  });

  describe('closed items', () => {
    it('never returns closed content, not even its words or marker', async () => {
      expect((await search({ query: LEAK_MARKER })).total).toBe(0);
      expect((await search({ query: 'fortrolig' })).total).toBe(0);
      const rent = await search({ query: 'lejevilkår' });
      expect(titles(rent)).toEqual(['Sundhedshus i Lækby: status']);
      for (const hit of rent.hits) {
        expect(JSON.stringify(hit).toLowerCase()).not.toContain(LEAK_MARKER);
      }
    });

    it('never matches a closed item by its title, nor suggests it', async () => {
      const result = await search({ query: 'lejeaftale' });
      expect(titles(result).filter((t) => t.toLowerCase().startsWith('lukket'))).toEqual([]);
      const hidden = await search({ query: 'hemmelig pris' });
      expect(hidden.total).toBe(0);
      expect(hidden.suggestions?.similarTitles.join(' ').toLowerCase() ?? '').not.toContain('lukket');
      expect(titles(await search({ query: 'vandrehjemsordningen' }))).not.toContain(
        'Lukket: Vandrehjemsordningen, hemmelig pris',
      );
    });
  });

  describe('count, pages and suggestions', () => {
    it('counts every match and pages them 20 at a time', async () => {
      const first = await search({ query: 'sundhedsrådet', page: 1 });
      expect(first.total).toBeGreaterThan(20);
      expect(first.hits).toHaveLength(20);
      expect(first.totalIsCapped).toBe(false);
      const second = await search({ query: 'sundhedsrådet', page: 2 });
      expect(second.total).toBe(first.total);
      expect(second.hits).toHaveLength(Math.min(20, first.total - 20));
      const ids = new Set([...first.hits, ...second.hits].map((h) => h.itemId));
      expect(ids.size).toBe(first.hits.length + second.hits.length);
      const beyond = await search({ query: 'sundhedsrådet', page: 99 });
      expect(beyond.hits).toHaveLength(0);
      expect(beyond.total).toBe(first.total);
    });

    it('suggests similar titles for a misspelt word', async () => {
      const result = await search({ query: 'akutsygeplejn' });
      expect(result.total).toBe(0);
      expect(result.suggestions?.similarTitles.some((t) => t.startsWith('Akutsygeplejen'))).toBe(true);
    });

    it('counts the matches without filters when the filters exclude them all', async () => {
      const result = await search({ query: 'lægedækning', region: 'region-nordjylland' });
      expect(result.total).toBe(0);
      expect(result.suggestions?.totalWithoutFilters).toBeGreaterThan(3);
    });

    it('treats LIKE wildcards in the query as letters', async () => {
      expect((await search({ query: '%%%' })).total).toBe(0);
      expect((await search({ query: '___' })).total).toBe(0);
    });
  });
});
