/**
 * A portal with real-shaped data for the HTTP benchmarks: the demo set plus N First Agenda
 * meetings of the real size distribution (bench/_corpus.ts writeFirstAgendaCorpus), and the
 * addresses of every kind of public request over that data — pages, search, open data, feeds —
 * so that a benchmark spreads its requests over many meetings instead of one cached page.
 */
import type { DbHandle } from '../src/db/client.js';
import { importMeetings } from '../src/use-cases/imports/import-meetings.js';
import { loadDemoData } from '../src/use-cases/imports/load-demo-data.js';
import { writeFirstAgendaCorpus } from './_corpus.js';

const SEARCHES = ['sundhedsaftale', 'lægedækning', 'budget 2027', 'akutpladser', 'praksisplan', 'genoptræning'];

export async function fillPortal(handle: DbHandle, meetings: number): Promise<void> {
  await loadDemoData({ db: handle.db });
  const summary = await importMeetings({
    db: handle.db,
    paths: [writeFirstAgendaCorpus(meetings)],
    publisher: 'Region Syddanmark',
    concurrency: handle.driver === 'postgres' ? 4 : 1,
  });
  if (summary.counts.error > 0) throw new Error(summary.results.find((r) => r.error)?.error);
}

/** Public addresses by route, each a list over the data (paths, without the host). */
export async function portalRoutes(handle: DbHandle): Promise<Record<string, string[]>> {
  const meetings = await handle.query<{ id: number }>(
    `select m.id from meetings m where m.status in ('agenda_published', 'held', 'minutes_published') order by m.id limit 200`,
  );
  const items = await handle.query<{ id: number }>(
    'select id from agenda_items where not is_closed order by id limit 400',
  );
  const bodies = await handle.query<{ slug: string }>('select slug from bodies order by id limit 40');
  const publishers = await handle.query<{ slug: string }>(
    'select distinct o.slug from organisations o join bodies b on b.publisher_id = o.id order by o.slug',
  );
  return {
    meeting_page: meetings.map((m) => `/moede/${m.id}`),
    item_page: items.map((i) => `/punkt/${i.id}`),
    body_page: bodies.map((b) => `/organ/${b.slug}`),
    publisher_page: publishers.map((p) => `/udgiver/${p.slug}`),
    search: SEARCHES.map((q) => `/sog?q=${encodeURIComponent(q)}`),
    api_meeting: meetings.map((m) => `/api/v1/meetings/${m.id}`),
    api_items: ['/api/v1/items?limit=50', '/api/v1/meetings?limit=50'],
    feed: bodies.map((b) => `/organ/${b.slug}/referater.atom`),
    calendar: meetings.slice(0, 50).map((m) => `/moede/${m.id}.ics`),
  };
}
