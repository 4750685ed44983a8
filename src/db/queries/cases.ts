/**
 * Read queries for the case page: every open item of one case, across meetings and bodies. A case
 * is publisher + number, so one number can be several cases (Greve Kommune's 25/53155 and Region
 * Syddanmark's): each is its own timeline.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { Db } from '../client.js';
import { agendaItems, bodies, cases, meetings, organisations } from '../schema/index.js';
import { linkOf, type MeetingRef, meetingRefColumns, selectItemsWithMeeting } from '../selections.js';
import { listPublicFollowUps, type PublicFollowUpRow } from './follow-ups.js'; // Follow-ups
import { loadOpenItemContent } from './public-items.js';

export interface CaseTimelineEntry {
  itemId: number;
  number: number;
  title: string;
  meeting: MeetingRef;
  body: { name: string; slug: string; isFictitious: boolean };
  decision: { text: string; outcome: DecisionOutcome } | null;
  /** The item's summary (Resumé) when it has one. */
  summary: string | null;
  /** Follow-ups of the item's decision, in the public form (what, due, state): db/queries/follow-ups.ts. */
  followUps: PublicFollowUpRow[];
}

export interface PublicCase {
  /** The case's row (what "Følg" follows). */
  id: number;
  number: string;
  /** Whose case system the number is from; null for a case from before publishers that is not placed yet. */
  publisher: { name: string; slug: string } | null;
  entries: CaseTimelineEntry[];
}

/**
 * The cases with this number (only the publisher's with `publisherSlug`), each with its open items
 * in date order, in the publishers' name order; empty when none has an open item (a case known
 * only from closed items is not shown at all, and closed items never appear on a timeline).
 */
export async function findPublicCases(db: Db, number: string, publisherSlug?: string): Promise<PublicCase[]> {
  const rows = await selectItemsWithMeeting(db, {
    caseId: cases.id,
    publisherName: organisations.name,
    publisherSlug: organisations.slug,
    itemId: agendaItems.id,
    number: agendaItems.number,
    title: agendaItems.title,
    meeting: meetingRefColumns,
    body: { name: bodies.name, slug: bodies.slug, isFictitious: bodies.isFictitious },
  })
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .leftJoin(organisations, eq(organisations.id, cases.publisherId))
    .where(
      and(
        eq(cases.number, number),
        eq(agendaItems.isClosed, false),
        publisherSlug === undefined ? undefined : eq(organisations.slug, publisherSlug),
      ),
    )
    .orderBy(asc(meetings.heldOn), asc(meetings.startTime), asc(agendaItems.position));
  if (rows.length === 0) return [];
  const content = await loadOpenItemContent(
    db,
    rows.map((row) => row.itemId),
  );
  // Follow-ups: only of these open items' decisions.
  const followUps = await listPublicFollowUps(
    db,
    rows.map((row) => row.itemId),
  );
  const byCase = new Map<number, PublicCase>();
  for (const { caseId, publisherName, publisherSlug: slug, ...row } of rows) {
    const found = byCase.get(caseId) ?? {
      id: caseId,
      number,
      publisher: linkOf(publisherName, slug),
      entries: [],
    };
    const itemContent = content.get(row.itemId);
    const decision = itemContent?.decision;
    found.entries.push({
      ...row,
      decision: decision ? { text: decision.text, outcome: decision.outcome } : null,
      summary: itemContent?.sections.find((section) => section.kind === 'summary')?.text ?? null,
      followUps: followUps.filter((followUp) => followUp.itemId === row.itemId),
    });
    byCase.set(caseId, found);
  }
  // The publishers in name order; a case not placed yet last.
  return [...byCase.values()].sort(
    (a, b) =>
      Number(a.publisher === null) - Number(b.publisher === null) ||
      (a.publisher?.name ?? '').localeCompare(b.publisher?.name ?? '', 'da'),
  );
}
