/**
 * GET /sog?q=…&organ=…&udgiver=…&region=…&fra=…&til=…&udfald=…&afsnit=…&beloeb=…&side=… : search (mounted
 * at /sog). A parameter that does not fit answers 400 with the search form itself: the problem at
 * its field, and the query and every filter as they were given.
 */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listBodiesWithMeetings } from '../../db/queries/bodies.js';
import { listPublishers } from '../../db/queries/publishers.js';
import { listRegions } from '../../db/queries/regions.js';
import { findNames } from '../../db/search/names.js';
import { hasCriteria, type SearchInput, searchItems } from '../../db/search/search-items.js';
import { SearchPage } from '../../render/html/search-page.js';
import { searchFeedHref, searchHref } from './paths.js';
import { publisherFilterOptions } from './publisher-presenters.js';
import { presentNameHits, presentSearchResult } from './search-presenter.js';
import {
  parseSearchQuery,
  type RawSearchQuery,
  type SearchQuery,
  searchCriteria,
  searchFilters,
} from './validation.js';

export function searchRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const parsed = parseSearchQuery(c.req.query());
    const params = parsed.ok ? parsed.value : null;
    const input: SearchInput | null = params ? { ...searchCriteria(params), page: params.side ?? 1 } : null;
    const [bodies, publishers, regionRows, result, names] = await Promise.all([
      listBodiesWithMeetings(db),
      listPublishers(db),
      listRegions(db),
      input && hasCriteria(input) ? searchItems(db, input) : Promise.resolve(null),
      input && input.query !== '' && input.page === 1 ? findNames(db, input.query) : Promise.resolve(null),
    ]);
    const filterParams = params ? searchFilters(params) : {};
    const query = params?.q ?? parsed.raw.q;
    const sameSearch = new URL(c.req.url).search;
    if (!parsed.ok) c.status(400);
    return c.render(
      <SearchPage
        values={formValues(parsed.raw, query)}
        options={{
          bodies: bodies.map((b) => ({ slug: b.slug, name: b.name })),
          publishers: publisherFilterOptions(publishers, parsed.raw.udgiver || undefined),
          regions: regionRows,
        }}
        result={
          result ? presentSearchResult(result, (title) => searchHref({ q: title }), searchHref({ q: query })) : null
        }
        nameHits={names ? presentNameHits(names) : null}
        problems={parsed.ok ? [] : parsed.problems}
        pageHref={(page) => searchHref({ q: query, ...filterParams, side: page })}
        hasFilters={Object.values(filterParams).some(Boolean)}
        feedHref={params ? searchFeedHref({ q: query, ...filterParams }) : undefined}
        downloads={{ csv: `/sog.csv${sameSearch}`, json: `/sog.json${sameSearch}` }}
        follow={params?.q ? followSearch(params) : undefined}
      />,
    );
  });
  return app;
}

/** "Følg" a search: its words and the filters a saved search keeps (body, publisher, region, outcome). */
function followSearch(params: SearchQuery) {
  const { q, organ, udgiver, region, udfald } = params;
  const saved = { q: q ?? '', organ, udgiver, region, udfald };
  return { target: { kind: 'search' as const, ...saved }, label: `“${q}”`, back: searchHref(saved) };
}

/** The form shows what was typed, a valid date too ("23.3.2026" stays as written). */
function formValues(raw: RawSearchQuery, query: string) {
  return {
    query,
    body: raw.organ,
    publisher: raw.udgiver,
    region: raw.region,
    from: raw.fra,
    to: raw.til,
    outcome: raw.udfald,
    sectionKind: raw.afsnit,
    amount: raw.beloeb,
  };
}
