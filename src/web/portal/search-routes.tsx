/** GET /sog?q=…&organ=…&udgiver=…&region=…&fra=…&til=…&udfald=…&afsnit=…&side=… : search (mounted at /sog). */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listBodiesWithMeetings } from '../../db/queries/bodies.js';
import { listPublishers } from '../../db/queries/publishers.js';
import { listRegions } from '../../db/queries/regions.js';
import { hasCriteria, type SearchInput, searchItems } from '../../db/search/search-items.js';
import { SearchPage } from '../../render/html/search-page.js';
import { validate } from '../kit/params.js';
import { searchFeedHref, searchHref } from './paths.js';
import { publisherFilterOptions } from './publisher-presenters.js';
import { presentSearchResult } from './search-presenter.js';
import { SearchQuerySchema, searchCriteria, searchFilters } from './validation.js';

export function searchRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const params = validate(SearchQuerySchema, c.req.query());
    const input: SearchInput = { ...searchCriteria(params), page: params.side ?? 1 };
    const filterParams = searchFilters(params);
    const [bodies, publishers, regionRows, result] = await Promise.all([
      listBodiesWithMeetings(db),
      listPublishers(db),
      listRegions(db),
      hasCriteria(input) ? searchItems(db, input) : Promise.resolve(null),
    ]);
    return c.render(
      <SearchPage
        values={{
          query: params.q,
          body: params.organ ?? '',
          publisher: params.udgiver ?? '',
          region: params.region ?? '',
          from: params.fra ?? '',
          to: params.til ?? '',
          outcome: params.udfald ?? '',
          sectionKind: params.afsnit ?? '',
        }}
        options={{
          bodies: bodies.map((b) => ({ slug: b.slug, name: b.name })),
          publishers: publisherFilterOptions(publishers, params.udgiver),
          regions: regionRows,
        }}
        result={
          result ? presentSearchResult(result, (title) => searchHref({ q: title }), searchHref({ q: params.q })) : null
        }
        pageHref={(page) => searchHref({ q: params.q, ...filterParams, side: page })}
        hasFilters={Object.values(filterParams).some(Boolean)}
        feedHref={searchFeedHref({ q: params.q, ...filterParams })}
      />,
    );
  });
  return app;
}
