/**
 * Downloads for everyone, beside the pages they come from: any search as a spreadsheet or as data
 * (/sog.csv?…, /sog.json?… — exactly the parameters and validation of /sog, every hit rather than
 * a page of them) and a body's meetings (/organ/:slug/moeder.csv, .json). Only what the pages
 * show: the search never matches a closed item, and a meeting is listed by its date, title and
 * state, not its items.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findApiBody } from '../../db/queries/api-directory.js';
import { listAllApiMeetings } from '../../db/queries/api-meetings.js';
import { hasCriteria, RANK_WINDOW, type SearchHit, searchItems } from '../../db/search/search-items.js';
import { slugify } from '../../domain/slug.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { notFound } from '../kit/errors.js';
import { isSlug, validate } from '../kit/params.js';
import { bodyHref, itemHref, meetingHref } from '../portal/paths.js';
import { SearchQuerySchema, searchCriteria, searchFilters } from '../portal/validation.js';
import { download, spreadsheet } from './spreadsheet.js';

/** A download lists at most this many hits: the search ranks and counts this many (RANK_WINDOW). */
export const DOWNLOAD_CAP = RANK_WINDOW;

type Format = 'csv' | 'json';

const SEARCH_COLUMNS = [
  'Dato',
  'Tidspunkt',
  'Organ',
  'Udgiver',
  'Punkt',
  'Titel',
  'Sagsnummer',
  'Beslutning',
  'Uddrag',
  'Punktets adresse',
  'Mødets adresse',
] as const;

const MEETING_COLUMNS = ['Dato', 'Tidspunkt', 'Titel', 'Status', 'Dokument', 'Antal punkter', 'Sted', 'Adresse'];

const originOf = (c: Context) => new URL(c.req.url).origin;

/** The downloads' handlers; web/feeds/index.ts mounts each at its path. */
export function downloads({ db }: { db: Db }) {
  return {
    /** GET /sog.csv and /sog.json */
    search: (format: Format) => (c: Context) => searchDownload(c, db, format),
    /** GET /organ/:slug/moeder.csv and .json */
    bodyMeetings: (format: Format) => (c: Context) => bodyMeetingsDownload(c, db, format),
  };
}

function presentHit(hit: SearchHit, origin: string) {
  return {
    date: hit.meeting.heldOn,
    time: hit.meeting.startTime,
    body: { name: hit.body.name, slug: hit.body.slug, url: `${origin}${bodyHref(hit.body.slug)}` },
    publisher: hit.publisher,
    number: hit.number,
    title: hit.plainTitle,
    caseNumber: hit.caseNumber,
    outcome: hit.outcome,
    outcomeText: hit.outcome ? LABELS.da.outcome[hit.outcome] : null,
    excerpt: hit.snippet
      .map((segment) => segment.text)
      .join('')
      .trim(),
    url: `${origin}${itemHref(hit.itemId)}`,
    meetingUrl: `${origin}${meetingHref(hit.meeting.id)}`,
  };
}

async function searchDownload(c: Context, db: Db, format: Format) {
  const params = validate(SearchQuerySchema, c.req.query());
  const criteria = searchCriteria(params);
  const result = hasCriteria({ ...criteria })
    ? await searchItems(db, { ...criteria, page: 1, pageSize: DOWNLOAD_CAP })
    : { total: 0, totalIsCapped: false, hits: [] };
  const hits = result.hits.map((hit) => presentHit(hit, originOf(c)));
  const isCapped = result.totalIsCapped || result.total > hits.length;
  c.header('X-Total-Count', String(result.total));
  if (isCapped) c.header('X-Download-Capped', `Kun de første ${DOWNLOAD_CAP} resultater`);
  const stem = params.q ? `soegning-${slugify(params.q).slice(0, 60) || 'resultat'}` : 'soegning';
  if (format === 'json') {
    const query = { q: params.q, ...searchFilters(params) };
    const note = isCapped ? `Kun de første ${DOWNLOAD_CAP} resultater. Afgræns søgningen for at få resten.` : null;
    return download(c, 'json', stem, JSON.stringify({ query, total: result.total, isCapped, note, hits }, null, 2));
  }
  const rows = hits.map((hit) => [
    hit.date,
    hit.time,
    hit.body.name,
    hit.publisher?.name,
    hit.number,
    hit.title,
    hit.caseNumber,
    hit.outcomeText,
    hit.excerpt,
    hit.url,
    hit.meetingUrl,
  ]);
  return download(c, 'csv', stem, spreadsheet(SEARCH_COLUMNS, rows));
}

async function bodyMeetingsDownload(c: Context, db: Db, format: Format) {
  const slug = c.req.param('slug') ?? '';
  const body = isSlug(slug) ? await findApiBody(db, slug) : null;
  if (!body) throw notFound();
  const origin = originOf(c);
  const meetings = (await listAllApiMeetings(db, { body: slug })).map((meeting) => ({
    date: meeting.heldOn,
    time: meeting.startTime,
    title: meetingTitle({
      documentType: meeting.documentType,
      bodyName: meeting.body.name,
      heldOn: meeting.heldOn,
      startTime: meeting.startTime,
    }),
    status: meeting.status,
    statusText: LABELS.da.meetingStatus[meeting.status],
    documentType: meeting.documentType,
    itemCount: meeting.itemCount,
    location: meeting.location,
    isFictitious: meeting.isFictitious,
    url: `${origin}${meetingHref(meeting.id)}`,
  }));
  const stem = `moeder-${slug}`;
  if (format === 'json') {
    const about = { name: body.name, slug, url: `${origin}${bodyHref(slug)}` };
    return download(c, 'json', stem, JSON.stringify({ body: about, meetings }, null, 2));
  }
  const rows = meetings.map((m) => [
    m.date,
    m.time,
    m.title,
    m.statusText,
    m.documentType ? LABELS.da.documentType[m.documentType] : null,
    m.itemCount,
    m.location,
    m.url,
  ]);
  return download(c, 'csv', stem, spreadsheet(MEETING_COLUMNS, rows));
}
