/**
 * Pages of harvested attachments whose text matches a search: shown beside the items found
 * ("Fundet i bilag") on a search's first page. Only open attachments of open items.
 */
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../client.js';
import { linkOf } from '../selections.js';
import { type HighlightTerms, makeSnippet, type SnippetSegment } from './highlight.js';

/** A page of an open attachment's text that matched (harvested attachments of open items only). */
export interface AttachmentHit {
  attachmentId: number;
  title: string;
  /** A stored file (served at /bilag/:id); else `sourceUrl`, where the publisher published it. */
  hasFile: boolean;
  sourceUrl: string | null;
  page: number;
  /** The page is a scan whose text was read by OCR (it may hold misread words). */
  readByOcr: boolean;
  snippet: SnippetSegment[];
  item: { id: number; number: number; title: string };
  meeting: { id: number; heldOn: string };
  body: { name: string; slug: string };
  publisher: { name: string; slug: string } | null;
}

/** How many attachment pages a search shows at most. */
const ATTACHMENT_HITS = 10;

/**
 * Pages of harvested attachments whose text matches the query (websearch_to_tsquery over their
 * GIN-indexed text), within the same filters; only open attachments of open items.
 */
export async function searchAttachmentPages(
  db: Db,
  query: string,
  filterConditions: SQL,
  highlight: HighlightTerms,
): Promise<AttachmentHit[]> {
  const ws = sql`websearch_to_tsquery('danish', ${query})`;
  const rows = await selectRows<{
    attachment_id: number;
    title: string;
    has_file: boolean;
    source_url: string | null;
    page: number;
    text: string;
    source: string;
    item_id: number;
    number: number;
    item_title: string;
    meeting_id: number;
    held_on: string;
    body_name: string;
    body_slug: string;
    publisher_name: string | null;
    publisher_slug: string | null;
    rank: number;
  }>(
    db,
    sql`
      select distinct on (a.id, p.page) a.id as attachment_id, a.title, a.file_path is not null as has_file,
             a.source_url, p.page, p.text, p.source,
             i.id as item_id, i.number, i.title as item_title, m.id as meeting_id, m.held_on::text as held_on,
             b.name as body_name, b.slug as body_slug, o.name as publisher_name, o.slug as publisher_slug,
             ts_rank(p.search, ${ws}) as rank
      from attachment_text_pages p
      join attachments a on a.sha256 = p.sha256 and not a.is_closed
      join agenda_items i on i.id = a.item_id and not i.is_closed
      join meetings m on m.id = i.meeting_id
      join bodies b on b.id = m.body_id
      left join organisations o on o.id = b.publisher_id
      where p.search @@ ${ws} ${filterConditions}
      order by a.id, p.page
      limit 200`,
  );
  return rows
    .sort((a, b) => Number(b.rank) - Number(a.rank))
    .slice(0, ATTACHMENT_HITS)
    .map((row) => ({
      attachmentId: row.attachment_id,
      title: row.title,
      hasFile: row.has_file,
      sourceUrl: row.source_url,
      page: row.page,
      readByOcr: row.source === 'ocr',
      snippet: makeSnippet(row.text, highlight),
      item: { id: row.item_id, number: row.number, title: row.item_title },
      meeting: { id: row.meeting_id, heldOn: row.held_on.slice(0, 10) },
      body: { name: row.body_name, slug: row.body_slug },
      publisher: linkOf(row.publisher_name, row.publisher_slug),
    }));
}
