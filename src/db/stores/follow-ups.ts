/**
 * The follow-ups' store: follow-ups of decisions (what, who, by when, the body it returns to, the
 * later item that answers it), and where a decision or an item sits (item, meeting, body), which
 * the follow-up and meeting-plan use cases check their input against.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { FollowUpState } from '../../domain/follow-ups.js';
import type { Db, DbOrTx, Tx } from '../client.js';
import { agendaItems, bodies, decisions, followUps, meetings } from '../schema/index.js';
import { selectItemsWithMeeting } from '../selections.js';

export type StoredFollowUp = typeof followUps.$inferSelect;

/** The follow-up, locked for the rest of the transaction; null when there is none. */
export async function lockFollowUp(tx: Tx, followUpId: number): Promise<StoredFollowUp | null> {
  const [row] = await tx.select().from(followUps).where(eq(followUps.id, followUpId)).for('update');
  return row ?? null;
}

/** A new open follow-up; its id. */
export async function insertFollowUp(
  tx: Tx,
  values: Pick<
    StoredFollowUp,
    | 'bodyId'
    | 'decisionItemId'
    | 'what'
    | 'responsible'
    | 'dueOn'
    | 'returnToBodyId'
    | 'createdByUserId'
    | 'createdAt'
    | 'updatedAt'
  >,
): Promise<number> {
  const [created] = await tx.insert(followUps).values(values).returning({ id: followUps.id });
  return created.id;
}

/** Saves changed fields of a follow-up (the caller sets `updatedAt`). */
export async function updateFollowUp(
  tx: Tx,
  followUpId: number,
  changes: Partial<Pick<StoredFollowUp, 'state' | 'closedAt' | 'closedNote' | 'answeredByItemId' | 'updatedAt'>>,
): Promise<void> {
  await tx.update(followUps).set(changes).where(eq(followUps.id, followUpId));
}

export interface DueFollowUp {
  id: number;
  bodyId: number;
  bodyName: string;
  what: string;
  responsible: string;
  dueOn: string;
  state: FollowUpState;
}

/** Open follow-ups due on or before `dueBy`. */
export async function listOpenFollowUpsDueBy(db: Db, dueBy: string): Promise<DueFollowUp[]> {
  return db
    .select({
      id: followUps.id,
      bodyId: followUps.bodyId,
      bodyName: bodies.name,
      what: followUps.what,
      responsible: followUps.responsible,
      dueOn: followUps.dueOn,
      state: followUps.state,
    })
    .from(followUps)
    .innerJoin(bodies, eq(bodies.id, followUps.bodyId))
    .where(and(eq(followUps.state, 'open'), lte(followUps.dueOn, dueBy)));
}

export interface DecisionContext {
  decisionId: number;
  itemId: number;
  itemNumber: number;
  itemTitle: string;
  isItemClosed: boolean;
  decisionText: string;
  meetingId: number;
  heldOn: string;
  bodyId: number;
  bodyName: string;
  bodySlug: string;
}

/** Where a decision was made: its item, meeting and body; null when there is no such decision. */
export async function findDecisionContext(db: DbOrTx, decisionId: number): Promise<DecisionContext | null> {
  const [row] = await selectItemsWithMeeting(db, {
    decisionId: decisions.id,
    itemId: agendaItems.id,
    itemNumber: agendaItems.number,
    itemTitle: agendaItems.title,
    isItemClosed: agendaItems.isClosed,
    decisionText: decisions.text,
    meetingId: meetings.id,
    heldOn: meetings.heldOn,
    bodyId: bodies.id,
    bodyName: bodies.name,
    bodySlug: bodies.slug,
  })
    .innerJoin(decisions, eq(decisions.itemId, agendaItems.id))
    .where(eq(decisions.id, decisionId));
  return row ?? null;
}

export interface ItemContext {
  itemId: number;
  meetingId: number;
  heldOn: string;
  bodyId: number;
}

/** Where an item sits (with or without a decision); null when there is no such item. */
export async function findItemContext(db: DbOrTx, itemId: number): Promise<ItemContext | null> {
  const [row] = await db
    .select({ itemId: agendaItems.id, meetingId: meetings.id, heldOn: meetings.heldOn, bodyId: meetings.bodyId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row ?? null;
}
