/**
 * Search over agenda items: Danish full text (websearch_to_tsquery('danish', …) over the
 * generated, GIN-indexed `search` column: titles weighted A, sections and decision B) OR every
 * query word as any lexeme of the corpus that contains it — found in the `search_lexemes` lexicon
 * through its trigram index — so that Danish compounds are found through the same GIN index
 * ("sundhedsplan" → "nærsundhedsplan"). Ranked by ts_rank with a bonus for title matches;
 * filtered by body, region, dates, decision outcome, section kind and the amounts mentioned; counted
 * and paged. Closed items are excluded entirely: they never match, not even by title.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { ItemAmount } from '../../domain/item-amounts.js';
import type { SectionKind } from '../../domain/sections.js';
import { type Db, selectRows } from '../client.js';
import { bodyAlias, bodyRegionCondition, bodySlugCondition } from '../queries/body-filters.js';
import { linkOf, type MeetingRef } from '../selections.js';
import { type AttachmentHit, searchAttachmentPages } from './attachment-pages.js';
import { expandTerms, matchQueries } from './compounds.js';
import { type HighlightTerms, highlightText, makeSnippet, type SnippetSegment } from './highlight.js';
import { parseQueryTerms } from './query-terms.js';

export type { AttachmentHit };

export const PAGE_SIZE = 20;

export interface SearchFilters {
  /** Body slug. */
  body?: string;
  /** Publisher slug: its bodies only. */
  publisher?: string;
  /** Region slug: the region's own bodies and those of its municipalities and other publishers in it. */
  region?: string;
  /** "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
  outcome?: DecisionOutcome;
  sectionKind?: SectionKind;
  /** Items that mention an amount of at least this many øre ("beløb over 1 mio. kr."). */
  amountAtLeast?: bigint;
}

export interface SearchInput extends SearchFilters {
  query: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface SearchHit {
  itemId: number;
  number: number;
  title: SnippetSegment[];
  plainTitle: string;
  timeSlot: string | null;
  caseNumber: string | null;
  outcome: DecisionOutcome | null;
  /** The amounts the item mentions (domain/item-amounts.ts), in order of mention. */
  amounts: ItemAmount[];
  snippet: SnippetSegment[];
  rank: number;
  meeting: MeetingRef;
  body: { name: string; slug: string };
  /** Null for a body whose publisher is not known yet. */
  publisher: { name: string; slug: string } | null;
}

export interface SearchResult {
  /** Matches, counted up to RANK_WINDOW. */
  total: number;
  /** True when there are more matches than RANK_WINDOW (the count is then "more than"). */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  /** Only when nothing matched. */
  suggestions: SearchSuggestions | null;
  /** Pages of attachments whose text matched, best first (first page of results only). */
  attachmentHits: AttachmentHit[];
}

export interface SearchSuggestions {
  /** Open items' titles that resemble the query (trigram word similarity). */
  similarTitles: string[];
  /** How many matches the query has without the filters, when filters were set. */
  totalWithoutFilters: number | null;
}

/** True when the search has a query or at least one filter: something to list. */
export function hasCriteria(input: SearchInput): boolean {
  return (
    input.query.trim() !== '' ||
    Boolean(
      input.body ||
        input.publisher ||
        input.region ||
        input.from ||
        input.to ||
        input.outcome ||
        input.sectionKind ||
        input.amountAtLeast !== undefined,
    )
  );
}

/**
 * Broad searches are ranked among their newest RANK_WINDOW matches, and counted up to it: the
 * work per search stays bounded however common the words are. A narrower search (the usual case)
 * is ranked and counted in full.
 */
export const RANK_WINDOW = 2_000;

export async function searchItems(db: Db, input: SearchInput): Promise<SearchResult> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, input.page ?? 1);
  const query = input.query.trim();
  const terms = parseQueryTerms(query);
  const expansions = query === '' ? [] : await expandTerms(db, [...terms.required, ...terms.excluded]);
  const match = query === '' ? null : matchQueries(query, terms, expansions);
  const filterConditions = filters(input, await bodyIdsOf(db, input));

  const ranked = await selectRows<{ id: number; rank: number | string; counted: number | string }>(
    db,
    sql`
      with hits as (
        select i.id, i.held_on
        ${matchingItems(match ? match.condition : sql`true`, filterConditions)}
        order by i.held_on desc, i.id desc
        limit ${RANK_WINDOW + 1}
      ), ranked as (
        -- Only the window's rows are read again for ranking: the sort above stays narrow.
        select h.id, h.held_on, ${match ? match.rank : sql`0::float4`} as rank
        from hits h join agenda_items a on a.id = h.id
      )
      select id, rank, count(*) over () as counted
      from ranked
      order by rank desc, held_on desc, id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );

  let counted = ranked.length > 0 ? Number(ranked[0].counted) : 0;
  if (ranked.length === 0 && page > 1)
    counted = await countMatches(db, match?.condition ?? sql`true`, filterConditions);
  const totalIsCapped = counted > RANK_WINDOW;
  const total = Math.min(counted, RANK_WINDOW);

  const highlight: HighlightTerms = {
    stems: query === '' ? [] : [...new Set([...(await stemsOf(db, query)), ...expansions.flatMap((e) => e.lexemes)])],
    terms: terms.required,
  };
  const details = await pageDetails(
    db,
    ranked.map((row) => row.id),
  );
  const hits = ranked.flatMap((rankedRow): SearchHit[] => {
    const row = details.get(rankedRow.id);
    if (!row) return [];
    return [
      {
        itemId: row.item_id,
        number: row.number,
        title: highlightText(row.title, highlight),
        plainTitle: row.title,
        timeSlot: row.time_slot,
        caseNumber: row.case_number,
        outcome: (row.outcome as DecisionOutcome | null) ?? null,
        amounts: row.amounts,
        snippet: makeSnippet(row.search_text, highlight),
        rank: Number(rankedRow.rank),
        meeting: {
          id: row.meeting_id,
          heldOn: String(row.held_on).slice(0, 10),
          startTime: row.start_time,
          documentType: row.document_type,
          isFictitious: row.meeting_is_fictitious,
        },
        body: { name: row.body_name, slug: row.body_slug },
        publisher: linkOf(row.publisher_name, row.publisher_slug),
      },
    ];
  });

  let suggestions: SearchSuggestions | null = null;
  if (total === 0 && query !== '') {
    const hasFilters = hasCriteria({ ...input, query: '' });
    const [similarTitles, totalWithoutFilters] = await Promise.all([
      similarTitlesOf(db, query),
      hasFilters && match ? countMatches(db, match.condition, sql``) : Promise.resolve(null),
    ]);
    suggestions = { similarTitles, totalWithoutFilters };
  }
  const attachmentHits =
    page === 1 && query !== '' ? await searchAttachmentPages(db, query, filterConditions, highlight) : [];
  return { total, totalIsCapped, page, pageSize, hits, suggestions, attachmentHits };
}

interface DetailRow {
  item_id: number;
  number: number;
  title: string;
  time_slot: string | null;
  case_number: string | null;
  outcome: string | null;
  amounts: ItemAmount[];
  search_text: string;
  meeting_id: number;
  held_on: string | Date;
  start_time: string | null;
  document_type: 'referat' | 'dagsorden' | null;
  meeting_is_fictitious: boolean;
  body_name: string;
  body_slug: string;
  publisher_name: string | null;
  publisher_slug: string | null;
}

/** What a result shows, for the page's items only (open items only, again). */
async function pageDetails(db: Db, ids: number[]): Promise<Map<number, DetailRow>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<DetailRow>(
    db,
    sql`
      select i.id as item_id, i.number, i.title, i.time_slot, c.number as case_number, d.outcome, i.amounts, i.search_text,
             m.id as meeting_id, m.held_on::text as held_on, m.start_time, m.document_type,
             m.is_fictitious as meeting_is_fictitious, b.name as body_name, b.slug as body_slug,
             o.name as publisher_name, o.slug as publisher_slug
      from agenda_items i
      join meetings m on m.id = i.meeting_id
      join bodies b on b.id = m.body_id
      left join organisations o on o.id = b.publisher_id
      left join cases c on c.id = i.case_id
      left join decisions d on d.item_id = i.id
      where not i.is_closed and i.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.map((row) => [row.item_id, row]));
}

/** The body `b` of bodyIdsOf. */
const b = bodyAlias('b');

/**
 * The bodies that the body, publisher and region filters leave (all of them at once), or null
 * when none is set. Read before the search so that the planner sees the ids themselves.
 */
async function bodyIdsOf(db: Db, input: SearchFilters): Promise<number[] | null> {
  const conditions = [
    // A body's earlier slug (from before publishers) still filters: old links keep working.
    bodySlugCondition(input.body, b),
    input.publisher
      ? sql`b.publisher_id = (select o.id from organisations o where o.slug = ${input.publisher})`
      : undefined,
    // A municipality's bodies count under its region (before and from 2027), with the region's own.
    bodyRegionCondition(input.region, b),
  ].filter((condition): condition is SQL => condition !== undefined);
  if (conditions.length === 0) return null;
  const rows = await selectRows<{ id: number }>(
    db,
    sql`select b.id from bodies b where ${sql.join(conditions, sql` and `)} order by b.id`,
  );
  return rows.map((row) => row.id);
}

/**
 * The filters as conditions on the item `i` alone: its search keys (the meeting's body and date,
 * the decision's outcome; migration 0026; the largest amount it mentions, migration 0032) and, for a
 * section kind, its sections.
 */
function filters(input: SearchFilters, bodyIds: number[] | null): SQL {
  const parts: SQL[] = [];
  // One body as an equality: the planner can then walk that body's items newest first and stop
  // when the window is full (an `= any(…)` condition gives no order).
  if (bodyIds?.length === 1) parts.push(sql` and i.body_id = ${bodyIds[0]}`);
  else if (bodyIds !== null) parts.push(sql` and i.body_id = any(${sql.param(bodyIds)}::int[])`);
  if (input.from) parts.push(sql` and i.held_on >= ${input.from}::date`);
  if (input.to) parts.push(sql` and i.held_on <= ${input.to}::date`);
  if (input.outcome) parts.push(sql` and i.outcome = ${input.outcome}`);
  if (input.amountAtLeast !== undefined)
    parts.push(sql` and i.max_amount_ore >= ${input.amountAtLeast.toString()}::bigint`);
  if (input.sectionKind)
    parts.push(sql` and exists (select 1 from sections s where s.item_id = i.id and s.kind = ${input.sectionKind})`);
  return sql.join(parts, sql``);
}

/**
 * The open items that meet the condition and the filters, as `from … where`: closed items never
 * match, not even by title.
 */
function matchingItems(condition: SQL, filterConditions: SQL): SQL {
  return sql`from agenda_items i where not i.is_closed and ${condition} ${filterConditions}`;
}

/** Matches counted up to RANK_WINDOW + 1. */
async function countMatches(db: Db, condition: SQL, filterConditions: SQL): Promise<number> {
  const [row] = await selectRows<{ total: number | string }>(
    db,
    sql`select count(*) as total from (select 1 ${matchingItems(condition, filterConditions)} limit ${RANK_WINDOW + 1}) t`,
  );
  return Math.min(Number(row?.total ?? 0), RANK_WINDOW);
}

/** The query's Danish lexemes, for highlighting: "beslutningerne" → "beslutning". */
async function stemsOf(db: Db, query: string): Promise<string[]> {
  const rows = await selectRows<{ lexeme: string }>(
    db,
    sql`select distinct lexeme from unnest(to_tsvector('danish', ${query})) as t(lexeme)`,
  );
  return rows.map((row) => row.lexeme);
}

/** Open items' titles that contain a word resembling the query (trigram word similarity). */
async function similarTitlesOf(db: Db, query: string): Promise<string[]> {
  const rows = await selectRows<{ title: string }>(
    db,
    sql`select title from (
          select i.title, max(word_similarity(${query}, i.title)) as score
          from agenda_items i
          where not i.is_closed and ${query} <% i.title
          group by i.title
        ) t
        order by score desc, title
        limit 5`,
  );
  return rows.map((row) => row.title);
}
