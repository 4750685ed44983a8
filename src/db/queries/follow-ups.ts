/**
 * Read queries for follow-ups. The secretariat's queries read everything; `listPublicFollowUps`
 * gives the public only what, when and the state, and only for decisions of open items.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FollowUpState } from '../../domain/follow-ups.js';
import type { Db } from '../client.js';
import { agendaItems, bodies, decisions, followUps, meetings } from '../schema/index.js';
import { linkOf, selectItemsWithMeeting } from '../selections.js';

export interface ItemRef {
  id: number;
  number: number;
  title: string;
  meetingId: number;
  heldOn: string;
  isClosed: boolean;
  bodyName: string;
}

export interface FollowUpRow {
  id: number;
  body: { id: number; name: string; slug: string };
  what: string;
  responsible: string;
  dueOn: string;
  state: FollowUpState;
  closedAt: Date | null;
  closedNote: string | null;
  returnTo: { name: string; slug: string } | null;
  decisionItem: ItemRef | null;
  answeredByItem: ItemRef | null;
}

const returnBodies = alias(bodies, 'return_bodies');

async function itemRefs(db: Db, ids: number[]): Promise<Map<number, ItemRef>> {
  if (ids.length === 0) return new Map();
  const rows = await selectItemsWithMeeting(db, {
    id: agendaItems.id,
    number: agendaItems.number,
    title: agendaItems.title,
    meetingId: meetings.id,
    heldOn: meetings.heldOn,
    isClosed: agendaItems.isClosed,
    bodyName: bodies.name,
  }).where(inArray(agendaItems.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The follow-ups of some bodies (all: null), by due date; optionally only open ones, or only one. */
export async function listFollowUps(
  db: Db,
  input: { bodyIds: readonly number[] | null; openOnly?: boolean; id?: number },
): Promise<FollowUpRow[]> {
  if (input.bodyIds !== null && input.bodyIds.length === 0) return [];
  const rows = await db
    .select({
      id: followUps.id,
      body: { id: bodies.id, name: bodies.name, slug: bodies.slug },
      what: followUps.what,
      responsible: followUps.responsible,
      dueOn: followUps.dueOn,
      state: followUps.state,
      closedAt: followUps.closedAt,
      closedNote: followUps.closedNote,
      returnToName: returnBodies.name,
      returnToSlug: returnBodies.slug,
      decisionItemId: followUps.decisionItemId,
      answeredByItemId: followUps.answeredByItemId,
    })
    .from(followUps)
    .innerJoin(bodies, eq(bodies.id, followUps.bodyId))
    .leftJoin(returnBodies, eq(returnBodies.id, followUps.returnToBodyId))
    .where(
      and(
        input.bodyIds === null ? undefined : inArray(followUps.bodyId, [...input.bodyIds]),
        input.openOnly ? eq(followUps.state, 'open') : undefined,
        input.id === undefined ? undefined : eq(followUps.id, input.id),
      ),
    )
    .orderBy(asc(followUps.dueOn), asc(followUps.id))
    .limit(1000);
  const refs = await itemRefs(db, [
    ...new Set(
      rows.flatMap((row) => [row.decisionItemId, row.answeredByItemId]).filter((id): id is number => id !== null),
    ),
  ]);
  return rows.map(({ returnToName, returnToSlug, decisionItemId, answeredByItemId, ...row }) => ({
    ...row,
    returnTo: linkOf(returnToName, returnToSlug),
    decisionItem: decisionItemId === null ? null : (refs.get(decisionItemId) ?? null),
    answeredByItem: answeredByItemId === null ? null : (refs.get(answeredByItemId) ?? null),
  }));
}

export async function findFollowUp(db: Db, id: number): Promise<FollowUpRow | null> {
  const [row] = await listFollowUps(db, { bodyIds: null, id });
  return row ?? null;
}

export interface PublicFollowUpRow {
  itemId: number;
  what: string;
  dueOn: string;
  state: FollowUpState;
}

/**
 * The public form of follow-ups, for the case page: what, by when and the state — only for
 * decisions of open items (a closed item's follow-ups are never selected), never who answers for it.
 */
export async function listPublicFollowUps(db: Db, itemIds: readonly number[]): Promise<PublicFollowUpRow[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({ itemId: agendaItems.id, what: followUps.what, dueOn: followUps.dueOn, state: followUps.state })
    .from(followUps)
    .innerJoin(agendaItems, eq(agendaItems.id, followUps.decisionItemId))
    .where(and(inArray(agendaItems.id, [...itemIds]), eq(agendaItems.isClosed, false)))
    .orderBy(asc(followUps.dueOn), asc(followUps.id));
  return rows;
}

export interface DecisionChoice {
  decisionId: number;
  itemId: number;
  itemNumber: number;
  itemTitle: string;
  heldOn: string;
}

/** A body's latest decisions: what a follow-up or a change of the meeting plan can point at. */
export async function listBodyDecisions(db: Db, bodyId: number, limit = 100): Promise<DecisionChoice[]> {
  return db
    .select({
      decisionId: decisions.id,
      itemId: agendaItems.id,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
      heldOn: meetings.heldOn,
    })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(desc(meetings.heldOn), asc(agendaItems.position))
    .limit(limit);
}

/** The follow-ups of one item's decision (for the secretariat's form beside them). */
export async function listItemFollowUps(db: Db, itemId: number): Promise<FollowUpRow[]> {
  const ids = await db.select({ id: followUps.id }).from(followUps).where(eq(followUps.decisionItemId, itemId));
  const rows = await Promise.all(ids.map((row) => findFollowUp(db, row.id)));
  return rows.filter((row): row is FollowUpRow => row !== null);
}

/** The body a follow-up belongs to (for authorization), or null. */
export async function followUpBodyId(db: Db, id: number): Promise<number | null> {
  const [row] = await db.select({ bodyId: followUps.bodyId }).from(followUps).where(eq(followUps.id, id));
  return row?.bodyId ?? null;
}

/** The body a decision was made in (for authorization), or null. */
export async function decisionBodyId(db: Db, decisionId: number): Promise<number | null> {
  const [row] = await db
    .select({ bodyId: meetings.bodyId })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(decisions.id, decisionId));
  return row?.bodyId ?? null;
}
