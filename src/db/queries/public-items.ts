/**
 * The content of agenda items as the public may read it. Every query here joins the item and keeps
 * only open ones (`is_closed = false`), so that a closed item's sections, decision, attachments,
 * absentees and case are never even selected, whatever ids a caller passes in.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { SectionKind } from '../../domain/sections.js';
import type { Db } from '../client.js';
import { agendaItems, attachments, cases, decisions, itemAbsentees, sections } from '../schema/index.js';

export interface PublicItemSummary {
  id: number;
  meetingId: number;
  number: number;
  /** As stored; closed items must be shown with closedItemTitle(). */
  title: string;
  timeSlot: string | null;
  isClosed: boolean;
  /** Null for closed items. */
  caseNumber: string | null;
}

export interface PublicItemContent {
  sections: { heading: string; kind: SectionKind; text: string }[];
  decision: {
    text: string;
    outcome: DecisionOutcome;
    decidedOn: string | null;
    parts: { label: string; text: string; outcome: string }[];
    dissents: string[];
  } | null;
  /** `hasFile`: a stored file to download at /bilag/:id (attachments of meetings made in Protokol). */
  attachments: { id: number; title: string; documentId: string | null; hasFile?: boolean }[];
  absentees: { name: string; title: string | null; role: string | null; party: string | null }[];
}

/** The columns of an item that the public may see; the case only for open items. */
export const publicItemColumns = {
  id: agendaItems.id,
  meetingId: agendaItems.meetingId,
  number: agendaItems.number,
  title: agendaItems.title,
  timeSlot: agendaItems.timeSlot,
  isClosed: agendaItems.isClosed,
  caseNumber: sql<string | null>`case when ${agendaItems.isClosed} then null else ${cases.number} end`,
};

/** The items of meetings, in agenda order (closed items with number and title only). */
export async function listPublicItems(db: Db, meetingIds: number[]): Promise<PublicItemSummary[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select(publicItemColumns)
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
}

/** Sections, decision, attachments and absentees of the open items among `itemIds`. */
export async function loadOpenItemContent(db: Db, itemIds: number[]): Promise<Map<number, PublicItemContent>> {
  const result = new Map<number, PublicItemContent>();
  if (itemIds.length === 0) return result;
  const open = and(inArray(agendaItems.id, itemIds), eq(agendaItems.isClosed, false));
  const [sectionRows, decisionRows, attachmentRows, absenteeRows] = await Promise.all([
    db
      .select({ itemId: sections.itemId, heading: sections.heading, kind: sections.kind, text: sections.text })
      .from(sections)
      .innerJoin(agendaItems, eq(agendaItems.id, sections.itemId))
      .where(open)
      .orderBy(asc(sections.itemId), asc(sections.position)),
    db
      .select({
        itemId: decisions.itemId,
        text: decisions.text,
        outcome: decisions.outcome,
        decidedOn: decisions.decidedOn,
        parts: decisions.parts,
        dissents: decisions.dissents,
      })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
      .where(open),
    db
      .select({
        itemId: attachments.itemId,
        id: attachments.id,
        title: attachments.title,
        documentId: attachments.documentId,
        hasFile: sql<boolean>`${attachments.filePath} is not null`,
      })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
      .where(and(open, eq(attachments.isClosed, false)))
      .orderBy(asc(attachments.itemId), asc(attachments.position)),
    db
      .select({
        itemId: itemAbsentees.itemId,
        name: itemAbsentees.name,
        title: itemAbsentees.title,
        role: itemAbsentees.role,
        party: itemAbsentees.party,
      })
      .from(itemAbsentees)
      .innerJoin(agendaItems, eq(agendaItems.id, itemAbsentees.itemId))
      .where(open)
      .orderBy(asc(itemAbsentees.itemId), asc(itemAbsentees.id)),
  ]);
  const entry = (itemId: number) => {
    let content = result.get(itemId);
    if (!content) {
      content = { sections: [], decision: null, attachments: [], absentees: [] };
      result.set(itemId, content);
    }
    return content;
  };
  for (const { itemId, ...row } of sectionRows) entry(itemId).sections.push(row);
  for (const { itemId, ...row } of decisionRows)
    entry(itemId).decision = { ...row, outcome: row.outcome as DecisionOutcome };
  for (const { itemId, ...row } of attachmentRows) entry(itemId).attachments.push(row);
  for (const { itemId, ...row } of absenteeRows) entry(itemId).absentees.push(row);
  return result;
}

interface ItemWithContentRow {
  id: number;
  meeting_id: number;
  number: number;
  title: string;
  time_slot: string | null;
  is_closed: boolean;
  case_number: string | null;
  sections: PublicItemContent['sections'] | null;
  decision: {
    text: string;
    outcome: DecisionOutcome;
    decided_on: string | null;
    parts: { label: string; text: string; outcome: string }[];
    dissents: string[];
  } | null;
  attachments: PublicItemContent['attachments'] | null;
  absentees: PublicItemContent['absentees'] | null;
}

/**
 * A meeting's items in agenda order with the content of the open ones, in one round trip (the
 * meeting page is the portal's most visited page). Closed items come with null content: the
 * `case when is_closed` guards keep their sections, decision, attachments and absentees unselected.
 */
export async function listPublicItemsWithContent(
  db: Db,
  meetingId: number,
): Promise<(PublicItemSummary & { content: PublicItemContent | null })[]> {
  const result = (await db.execute(sql`
    select i.id, i.meeting_id, i.number, i.title, i.time_slot, i.is_closed,
      case when i.is_closed then null else c.number end as case_number,
      case when i.is_closed then null else (
        select coalesce(json_agg(json_build_object('heading', s.heading, 'kind', s.kind, 'text', s.text) order by s.position), '[]')
        from sections s where s.item_id = i.id) end as sections,
      case when i.is_closed then null else (
        select json_build_object('text', d.text, 'outcome', d.outcome, 'decided_on', d.decided_on::text,
                                 'parts', d.parts, 'dissents', d.dissents)
        from decisions d where d.item_id = i.id) end as decision,
      case when i.is_closed then null else (
        select coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'documentId', a.document_id, 'hasFile', a.file_path is not null) order by a.position), '[]')
        from attachments a where a.item_id = i.id and not a.is_closed) end as attachments,
      case when i.is_closed then null else (
        select coalesce(json_agg(json_build_object('name', x.name, 'title', x.title, 'role', x.role, 'party', x.party) order by x.id), '[]')
        from item_absentees x where x.item_id = i.id) end as absentees
    from agenda_items i
    left join cases c on c.id = i.case_id
    where i.meeting_id = ${meetingId}
    order by i.position`)) as unknown as { rows: ItemWithContentRow[] };
  return result.rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    number: row.number,
    title: row.title,
    timeSlot: row.time_slot,
    isClosed: row.is_closed,
    caseNumber: row.case_number,
    content: row.is_closed
      ? null
      : {
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
        },
  }));
}
