/**
 * Agenda items with their content — sections, decision, attachments, absentees — loaded once for
 * every reader: the public portal and open data, the members' view, and the meeting document that
 * the agenda and minutes are printed from (PDF, text).
 *
 * The closed-item rule lives in one function, readableBy(), and is a property of the SQL: for the
 * public, every detail and the content of a closed item is `case when is_closed then null …`, and
 * closed attachments are filtered out in the query, so they are never selected, whatever ids a
 * caller passes in. A meeting's items cost one query, however many items it has.
 */
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { ItemAmount } from '../../domain/item-amounts.js';
import type { SectionKind } from '../../domain/sections.js';
import { type DbOrTx, selectRows } from '../client.js';

/** Who reads: anyone ('public'), or a member of the body, its secretariat or an admin ('member'). */
export type Audience = 'public' | 'member';

/** What an audience may read of items, as SQL. */
export interface ItemRule {
  /** An item's detail or content: `value`, or for the public null on a closed item (so never selected). */
  unlessClosed<T>(isClosed: SQLWrapper, value: SQLWrapper): SQL<T | null>;
  /** Which attachments may be selected, given the attachment's own closed flag. */
  attachmentReadable(isClosed: SQLWrapper): SQL<boolean>;
  /** Whether closed items' content may be read, and the reader's warnings on a meeting (they may quote one). */
  readsClosed: boolean;
}

/**
 * The closed-item rule. Members of the body (and its secretariat, and admins) read everything.
 * The public reads an open item whole except its closed attachments, and of a closed item its
 * number and title only: its time slot, case, document id, place in the source, sections,
 * decision, attachments and absentees are null, never selected.
 */
export function readableBy(audience: Audience): ItemRule {
  if (audience === 'member') {
    return {
      unlessClosed: <T>(_isClosed: SQLWrapper, value: SQLWrapper) => sql<T | null>`${value}`,
      attachmentReadable: () => sql<boolean>`true`,
      readsClosed: true,
    };
  }
  return {
    unlessClosed: <T>(isClosed: SQLWrapper, value: SQLWrapper) =>
      sql<T | null>`case when ${isClosed} then null else ${value} end`,
    attachmentReadable: (isClosed: SQLWrapper) => sql<boolean>`not ${isClosed}`,
    readsClosed: false,
  };
}

/**
 * Whether the meeting (the row of `meetings`) has a closed item: then the document it was imported
 * from is never handed to the public, whose items it holds.
 */
export const meetingHasClosedItems = sql<boolean>`exists (select 1 from agenda_items ai where ai.meeting_id = "meetings"."id" and ai.is_closed)`;

export interface ItemDecision {
  text: string;
  outcome: DecisionOutcome;
  /** As printed: null when the minutes give the decision no date of its own. */
  decidedOn: string | null;
  parts: { label: string; text: string; outcome: string }[];
  dissents: string[];
}

export interface ItemAttachment {
  id: number;
  title: string;
  documentId: string | null;
  caseNumber: string | null;
  /** A stored file to download at /bilag/:id (attachments of meetings made in Protokol). */
  hasFile: boolean;
  /** Closed itself or through its item (stored so): only ever selected for members. */
  isClosed: boolean;
  /** A harvested attachment its site's document no longer names (kept here): since when, ISO. */
  removedAtSource: string | null;
}

export interface ItemContent {
  /** The item's time slot, with its content (the public reads it only of open items). */
  timeSlot: string | null;
  sections: { heading: string; kind: SectionKind; text: string }[];
  decision: ItemDecision | null;
  attachments: ItemAttachment[];
  absentees: { name: string; title: string | null; role: string | null; party: string | null }[];
  /** The amounts of money the text mentions (stored for open items only: domain/item-amounts.ts). */
  amounts: ItemAmount[];
}

export interface LoadedItem {
  id: number;
  meetingId: number;
  position: number;
  number: number;
  title: string;
  isClosed: boolean;
  /** The details below are null on a closed item for the public. */
  timeSlot: string | null;
  caseId: number | null;
  caseNumber: string | null;
  documentId: string | null;
  sourceLine: number | null;
  sourcePage: number | null;
  /** Null when the audience may not read it (a closed item, for the public). */
  content: ItemContent | null;
}

/** Which items: every item of some meetings, or some items by id. */
export type ItemSelection = { meetingIds: readonly number[] } | { itemIds: readonly number[] };

interface ItemRow {
  id: number;
  meeting_id: number;
  position: number;
  number: number;
  title: string;
  is_closed: boolean;
  time_slot: string | null;
  case_id: number | null;
  case_number: string | null;
  document_id: string | null;
  source_line: number | null;
  source_page: number | null;
  sections: ItemContent['sections'] | null;
  decision: (Omit<ItemDecision, 'decidedOn'> & { decided_on: string | null }) | null;
  attachments: ItemAttachment[] | null;
  absentees: ItemContent['absentees'] | null;
  amounts: ItemAmount[] | null;
}

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** The query: one row per item, its content aggregated as JSON by correlated subqueries. */
function itemsQuery(selection: ItemSelection, rule: ItemRule): SQL {
  const closed = sql`i.is_closed`;
  const hidden = <T>(value: SQL) => rule.unlessClosed<T>(closed, value);
  const where =
    'meetingIds' in selection
      ? sql`i.meeting_id in (${idList(selection.meetingIds)})`
      : sql`i.id in (${idList(selection.itemIds)})`;
  return sql`
    select i.id, i.meeting_id, i.position, i.number, i.title, i.is_closed,
      ${hidden(sql`i.time_slot`)} as time_slot,
      ${hidden(sql`i.case_id`)} as case_id,
      ${hidden(sql`c.number`)} as case_number,
      ${hidden(sql`i.document_id`)} as document_id,
      ${hidden(sql`i.source_line`)} as source_line,
      ${hidden(sql`i.source_page`)} as source_page,
      ${hidden(sql`(select coalesce(json_agg(json_build_object('heading', s.heading, 'kind', s.kind, 'text', s.text)
          order by s.position), '[]') from sections s where s.item_id = i.id)`)} as sections,
      ${hidden(sql`(select json_build_object('text', d.text, 'outcome', d.outcome, 'decided_on', d.decided_on::text,
          'parts', d.parts, 'dissents', d.dissents) from decisions d where d.item_id = i.id)`)} as decision,
      ${hidden(sql`(select coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'documentId', a.document_id,
          'caseNumber', a.case_number, 'hasFile', a.file_path is not null, 'isClosed', a.is_closed,
          'removedAtSource', a.removed_at_source)
          order by a.position), '[]')
        from attachments a where a.item_id = i.id and ${rule.attachmentReadable(sql`a.is_closed`)})`)} as attachments,
      ${hidden(sql`(select coalesce(json_agg(json_build_object('name', x.name, 'title', x.title, 'role', x.role,
          'party', x.party) order by x.id), '[]') from item_absentees x where x.item_id = i.id)`)} as absentees,
      ${hidden(sql`i.amounts`)} as amounts
    from agenda_items i
    left join cases c on c.id = i.case_id
    where ${where}
    order by i.meeting_id, i.position`;
}

function loadedItem(row: ItemRow, rule: ItemRule): LoadedItem {
  const readable = !row.is_closed || rule.readsClosed;
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    number: row.number,
    title: row.title,
    isClosed: row.is_closed,
    timeSlot: row.time_slot,
    caseId: row.case_id,
    caseNumber: row.case_number,
    documentId: row.document_id,
    sourceLine: row.source_line,
    sourcePage: row.source_page,
    content: readable
      ? {
          timeSlot: row.time_slot,
          sections: row.sections ?? [],
          decision: row.decision
            ? {
                text: row.decision.text,
                outcome: row.decision.outcome,
                decidedOn: row.decision.decided_on,
                parts: row.decision.parts,
                dissents: row.decision.dissents,
              }
            : null,
          attachments: row.attachments ?? [],
          absentees: row.absentees ?? [],
          amounts: row.amounts ?? [],
        }
      : null,
  };
}

/**
 * The selected items in agenda order (by meeting, then position), each with what `audience` may
 * read of it: one query whatever the number of items.
 */
export async function loadItems(db: DbOrTx, selection: ItemSelection, audience: Audience): Promise<LoadedItem[]> {
  const ids = 'meetingIds' in selection ? selection.meetingIds : selection.itemIds;
  if (ids.length === 0) return [];
  const rule = readableBy(audience);
  const rows = await selectRows<ItemRow>(db, itemsQuery(selection, rule));
  return rows.map((row) => loadedItem(row, rule));
}
