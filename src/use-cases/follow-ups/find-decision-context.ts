/**
 * Where a decision was made: its item, meeting and body. For the follow-up and meeting-plan use
 * cases and the secretariat's pages (who may act on it is decided by the body).
 */
import { eq } from 'drizzle-orm';
import { agendaItems, bodies, decisions, meetings } from '../../db/schema/index.js';
import type { DbOrTx } from '../accounts/account-secrets.js';

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

export async function findDecisionContext(db: DbOrTx, decisionId: number): Promise<DecisionContext | null> {
  const [row] = await db
    .select({
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
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(decisions.id, decisionId));
  return row ?? null;
}

/** The same for an item (with or without a decision): where it sits. */
export async function findItemContext(
  db: DbOrTx,
  itemId: number,
): Promise<{ itemId: number; meetingId: number; heldOn: string; bodyId: number } | null> {
  const [row] = await db
    .select({ itemId: agendaItems.id, meetingId: meetings.id, heldOn: meetings.heldOn, bodyId: meetings.bodyId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row ?? null;
}
