/**
 * Hearings in the database: a hearing with its consultees and its deadline's follow-up, responses
 * (received, published, withheld) and the memo, the public form's rate limit (rows of
 * `subscription_requests` under the key `hearing_response:client:…`), the e-mails' claims
 * (invitations, reminders, receipts: rows locked with SKIP LOCKED while one is sent, so that two
 * servers never send the same) and the demo set's hearings removed. Used by src/use-cases/hearings/.
 */
import { and, count, eq, gte, like, lt, sql } from 'drizzle-orm';
import type { ResponseChannel, ResponseState } from '../../domain/hearing.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  attachments,
  followUps,
  hearingConsultees,
  hearingResponses,
  hearings,
  plans,
  planVersions,
  processes,
  processSteps,
  subscriptionRequests,
} from '../schema/index.js';

export interface NewHearing {
  bodyId: number;
  title: string;
  description: string;
  planVersionId: number | null;
  attachmentId: number | null;
  processStepId: number | null;
  startsOn: string;
  deadlineOn: string;
  isFictitious: boolean;
  createdByUserId: number | null;
  consultees: readonly { name: string; email: string | null }[];
}

/** Saves the hearing, its consultees and the follow-up of its deadline; the hearing's id. */
export async function insertHearing(tx: DbOrTx, hearing: NewHearing): Promise<number> {
  const { consultees, ...fields } = hearing;
  const [row] = await tx.insert(hearings).values(fields).returning({ id: hearings.id });
  if (consultees.length > 0)
    await tx
      .insert(hearingConsultees)
      .values(consultees.map((c, position) => ({ hearingId: row.id, position, name: c.name, email: c.email })));
  await tx.insert(followUps).values({
    bodyId: hearing.bodyId,
    what: `Høringsfrist: ${hearing.title}`.slice(0, 2_000),
    responsible: 'Sekretariatet',
    dueOn: hearing.deadlineOn,
    hearingId: row.id,
    createdByUserId: hearing.createdByUserId,
  });
  return row.id;
}

export interface LockedHearing {
  id: number;
  bodyId: number;
  title: string;
  startsOn: string;
  deadlineOn: string;
  memoText: string | null;
  memoPublishedAt: Date | null;
}

export async function lockHearing(tx: DbOrTx, hearingId: number): Promise<LockedHearing | null> {
  const [row] = await tx
    .select({
      id: hearings.id,
      bodyId: hearings.bodyId,
      title: hearings.title,
      startsOn: hearings.startsOn,
      deadlineOn: hearings.deadlineOn,
      memoText: hearings.memoText,
      memoPublishedAt: hearings.memoPublishedAt,
    })
    .from(hearings)
    .where(eq(hearings.id, hearingId))
    .for('update');
  return row ?? null;
}

/** The hearing's process step: set or cleared. */
export async function setHearingStep(tx: DbOrTx, hearingId: number, processStepId: number | null): Promise<void> {
  await tx.update(hearings).set({ processStepId, updatedAt: new Date() }).where(eq(hearings.id, hearingId));
}

/** The owner body of a plan version's plan (null: no such version). */
export async function findPlanVersionOwner(tx: DbOrTx, versionId: number): Promise<number | null> {
  const [row] = await tx
    .select({ bodyId: plans.ownerBodyId })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(eq(planVersions.id, versionId));
  return row?.bodyId ?? null;
}

/** Whether the attachment is published and public (itself and its item open). */
export async function isPublicAttachment(tx: DbOrTx, attachmentId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: attachments.id })
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .where(and(eq(attachments.id, attachmentId), eq(attachments.isClosed, false), eq(agendaItems.isClosed, false)));
  return row !== undefined;
}

/** Whether the step is a hearing step of one of the body's processes. */
export async function isHearingStepOfBody(tx: DbOrTx, stepId: number, bodyId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: processSteps.id })
    .from(processSteps)
    .innerJoin(processes, eq(processes.id, processSteps.processId))
    .where(and(eq(processSteps.id, stepId), eq(processSteps.action, 'hearing'), eq(processes.ownerBodyId, bodyId)));
  return row !== undefined;
}

export interface NewResponse {
  hearingId: number;
  consulteeId: number | null;
  channel: ResponseChannel;
  name: string;
  organisation: string | null;
  text: string;
  file: { sha256: string; name: string; sizeBytes: number } | null;
  receiptEmail: string | null;
  receivedAt: Date;
}

export async function insertResponse(tx: DbOrTx, response: NewResponse): Promise<number> {
  const { file, ...fields } = response;
  const [row] = await tx
    .insert(hearingResponses)
    .values({
      ...fields,
      fileSha256: file?.sha256 ?? null,
      fileName: file?.name ?? null,
      fileSizeBytes: file?.sizeBytes ?? null,
    })
    .returning({ id: hearingResponses.id });
  return row.id;
}

export async function lockResponse(
  tx: DbOrTx,
  responseId: number,
): Promise<{ id: number; hearingId: number; state: ResponseState; withheldReason: string | null } | null> {
  const [row] = await tx
    .select({
      id: hearingResponses.id,
      hearingId: hearingResponses.hearingId,
      state: hearingResponses.state,
      withheldReason: hearingResponses.withheldReason,
    })
    .from(hearingResponses)
    .where(eq(hearingResponses.id, responseId))
    .for('update');
  return row ?? null;
}

export async function setResponseState(
  tx: DbOrTx,
  responseId: number,
  fields: { state: ResponseState; withheldReason: string | null },
): Promise<void> {
  await tx
    .update(hearingResponses)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(hearingResponses.id, responseId));
}

/** The states of the hearing's responses, by id. */
export async function listResponseStates(tx: DbOrTx, hearingId: number): Promise<Map<number, ResponseState>> {
  const rows = await tx
    .select({ id: hearingResponses.id, state: hearingResponses.state })
    .from(hearingResponses)
    .where(eq(hearingResponses.hearingId, hearingId));
  return new Map(rows.map((row) => [row.id, row.state]));
}

/** The memo: its introduction and each given response's answer and change. */
export async function saveMemo(
  tx: DbOrTx,
  hearingId: number,
  memo: {
    text: string | null;
    answers: readonly { responseId: number; answer: string | null; change: string | null }[];
  },
): Promise<void> {
  await tx.update(hearings).set({ memoText: memo.text, updatedAt: new Date() }).where(eq(hearings.id, hearingId));
  for (const answer of memo.answers)
    await tx
      .update(hearingResponses)
      .set({ memoAnswer: answer.answer, memoChange: answer.change, updatedAt: new Date() })
      .where(and(eq(hearingResponses.id, answer.responseId), eq(hearingResponses.hearingId, hearingId)));
}

/** Publishes the memo with the decision item, and completes the deadline's follow-up. */
export async function markMemoPublished(
  tx: DbOrTx,
  hearingId: number,
  { at, decisionItemId }: { at: Date; decisionItemId: number | null },
): Promise<void> {
  await tx
    .update(hearings)
    .set({ memoPublishedAt: at, decisionItemId, updatedAt: at })
    .where(eq(hearings.id, hearingId));
  await tx
    .update(followUps)
    .set({ state: 'done', closedAt: at, closedNote: 'Høringsnotatet er offentliggjort.', updatedAt: at })
    .where(and(eq(followUps.hearingId, hearingId), eq(followUps.state, 'open')));
}

/** The body whose meeting holds the published item (null: no such item). */
export async function findItemBody(tx: DbOrTx, itemId: number): Promise<number | null> {
  const [row] = await tx
    .select({ bodyId: sql<number>`(select m.body_id from meetings m where m.id = ${agendaItems.meetingId})` })
    .from(agendaItems)
    .where(eq(agendaItems.id, itemId));
  return row?.bodyId ?? null;
}

// The public form's rate limit

const RATE_KEY = 'hearing_response:client:';

export async function countResponseRequests(db: DbOrTx, client: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(subscriptionRequests)
    .where(and(eq(subscriptionRequests.key, `${RATE_KEY}${client}`), gte(subscriptionRequests.requestedAt, since)));
  return row?.n ?? 0;
}

/** Records one response from the client; prunes this limit's rows older than the window (only this limit's). */
export async function recordResponseRequest(db: DbOrTx, client: string, at: Date, prunedBefore: Date): Promise<void> {
  await db
    .delete(subscriptionRequests)
    .where(and(like(subscriptionRequests.key, `${RATE_KEY}%`), lt(subscriptionRequests.requestedAt, prunedBefore)));
  await db.insert(subscriptionRequests).values({ key: `${RATE_KEY}${client}`, requestedAt: at });
}

/** Removes the demo set's hearings (consultees, responses and follow-ups go with them). */
export async function deleteFictitiousHearings(tx: DbOrTx): Promise<number> {
  const rows = await tx.delete(hearings).where(eq(hearings.isFictitious, true)).returning({ id: hearings.id });
  return rows.length;
}

/** The consultees' ids of a hearing (to match a registered response to its consultee). */
export async function listConsulteeIds(tx: DbOrTx, hearingId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: hearingConsultees.id })
    .from(hearingConsultees)
    .where(eq(hearingConsultees.hearingId, hearingId));
  return rows.map((row) => row.id);
}
