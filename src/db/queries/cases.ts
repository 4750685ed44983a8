/** Read queries for the case page: every open item of one case number, across meetings and bodies. */
import { and, asc, eq } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { Db } from '../client.js';
import { agendaItems, bodies, cases, meetings } from '../schema/index.js';
import { listPublicFollowUps, type PublicFollowUpRow } from './follow-ups.js'; // Follow-ups
import { loadOpenItemContent } from './public-items.js';

export interface CaseTimelineEntry {
  itemId: number;
  number: number;
  title: string;
  meeting: {
    id: number;
    heldOn: string;
    startTime: string | null;
    documentType: 'referat' | 'dagsorden' | null;
    isFictitious: boolean;
  };
  body: { name: string; slug: string; isFictitious: boolean };
  decision: { text: string; outcome: DecisionOutcome } | null;
  /** The item's summary (Resumé) when it has one. */
  summary: string | null;
  /** Follow-ups of the item's decision, in the public form (what, due, state): db/queries/follow-ups.ts. */
  followUps: PublicFollowUpRow[];
}

export interface PublicCase {
  number: string;
  entries: CaseTimelineEntry[];
}

/**
 * The case's open items in date order; null when the case is unknown or has no open item (a case
 * known only from closed items is not shown at all, and closed items never appear on a timeline).
 */
export async function findPublicCase(db: Db, number: string): Promise<PublicCase | null> {
  const rows = await db
    .select({
      itemId: agendaItems.id,
      number: agendaItems.number,
      title: agendaItems.title,
      meeting: {
        id: meetings.id,
        heldOn: meetings.heldOn,
        startTime: meetings.startTime,
        documentType: meetings.documentType,
        isFictitious: meetings.isFictitious,
      },
      body: { name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious },
    })
    .from(agendaItems)
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(eq(cases.number, number), eq(agendaItems.isClosed, false)))
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime), asc(agendaItems.position));
  if (rows.length === 0) return null;
  const content = await loadOpenItemContent(
    db,
    rows.map((row) => row.itemId),
  );
  // Follow-ups: only of these open items' decisions.
  const followUps = await listPublicFollowUps(
    db,
    rows.map((row) => row.itemId),
  );
  return {
    number,
    entries: rows.map((row) => {
      const itemContent = content.get(row.itemId);
      const decision = itemContent?.decision;
      return {
        ...row,
        decision: decision ? { text: decision.text, outcome: decision.outcome } : null,
        summary: itemContent?.sections.find((section) => section.kind === 'summary')?.text ?? null,
        followUps: followUps.filter((followUp) => followUp.itemId === row.itemId),
      };
    }),
  };
}
