/**
 * Hearings for pages and the API: a page of hearings (by id; one body's or one plan's when asked),
 * one hearing as the public sees it — the responses the secretariat has published whole, the
 * withheld ones by name, organisation and reason only (their text is never selected), the memo
 * only once published — and as the secretariat works on it (every response); a published response's
 * file; the process steps a hearing can be linked to. A received response (not yet checked) never
 * leaves the public queries.
 */
import { and, asc, count, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ResponseChannel, ResponseState } from '../../domain/hearing.js';
import type { PlanVersionState } from '../../domain/plan.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  attachments,
  bodies,
  hearingConsultees,
  hearingResponses,
  hearings,
  plans,
  planVersions,
  processes,
  processSteps,
} from '../schema/index.js';
import { findItemRefs, type PlanItemRef } from './plans.js';

export interface HearingSummary {
  id: number;
  title: string;
  body: { id: number; name: string; slug: string };
  startsOn: string;
  deadlineOn: string;
  memoPublishedAt: Date | null;
  publishedResponses: number;
  isFictitious: boolean;
}

export interface HearingDocument {
  planVersion: { planId: number; planTitle: string; number: number; status: PlanVersionState } | null;
  /** A published, open attachment (a closed one is not named). */
  attachment: { id: number; title: string } | null;
}

export interface PublicResponseRow {
  id: number;
  state: 'published' | 'withheld';
  name: string;
  organisation: string | null;
  /** Null for a withheld response. */
  text: string | null;
  receivedAt: Date;
  file: { name: string; sizeBytes: number } | null;
  withheldReason: string | null;
  /** The memo's answer and change: only once the memo is published. */
  memoAnswer: string | null;
  memoChange: string | null;
}

export interface HearingDetail extends HearingSummary {
  description: string;
  document: HearingDocument;
  processStep: { id: number; processId: number; title: string } | null;
  consultees: string[];
  responses: PublicResponseRow[];
  /** The checked responses (published or withheld), all pages. */
  responseCount: number;
  /** The memo's introduction: only once published. */
  memoText: string | null;
  decision: PlanItemRef | null;
  updatedAt: Date;
}

const publishedCount = sql<number>`(select count(*)::int from hearing_responses r where r.hearing_id = ${hearings.id} and r.state = 'published')`;

const summaryColumns = {
  id: hearings.id,
  title: hearings.title,
  bodyId: bodies.id,
  bodyName: bodies.name,
  bodySlug: bodies.slug,
  startsOn: hearings.startsOn,
  deadlineOn: hearings.deadlineOn,
  memoPublishedAt: hearings.memoPublishedAt,
  publishedResponses: publishedCount,
  isFictitious: hearings.isFictitious,
};

type SummaryRow = {
  id: number;
  title: string;
  bodyId: number;
  bodyName: string;
  bodySlug: string;
  startsOn: string;
  deadlineOn: string;
  memoPublishedAt: Date | null;
  publishedResponses: number;
  isFictitious: boolean;
};

function summaryOf(row: SummaryRow): HearingSummary {
  const { bodyId, bodyName, bodySlug, ...rest } = row;
  return {
    ...rest,
    publishedResponses: Number(rest.publishedResponses),
    body: { id: bodyId, name: bodyName, slug: bodySlug },
  };
}

const summaryQuery = (db: DbOrTx) =>
  db.select(summaryColumns).from(hearings).innerJoin(bodies, eq(bodies.id, hearings.bodyId));

/** A page of hearings in id order; one body's, or those of one plan's versions, when asked. */
export async function listHearings(
  db: DbOrTx,
  options: { afterId?: number; limit: number; bodyId?: number; planId?: number },
): Promise<{ rows: HearingSummary[]; hasMore: boolean }> {
  const rows = await summaryQuery(db)
    .where(
      and(
        options.afterId === undefined ? undefined : gt(hearings.id, options.afterId),
        options.bodyId === undefined ? undefined : eq(hearings.bodyId, options.bodyId),
        options.planId === undefined
          ? undefined
          : sql`${hearings.planVersionId} in (select v.id from plan_versions v where v.plan_id = ${options.planId})`,
      ),
    )
    .orderBy(asc(hearings.id))
    .limit(options.limit + 1);
  return { rows: rows.slice(0, options.limit).map(summaryOf), hasMore: rows.length > options.limit };
}

async function documentOf(
  db: DbOrTx,
  planVersionId: number | null,
  attachmentId: number | null,
): Promise<HearingDocument> {
  const [version] =
    planVersionId === null
      ? []
      : await db
          .select({
            planId: plans.id,
            planTitle: plans.title,
            number: planVersions.number,
            status: planVersions.status,
          })
          .from(planVersions)
          .innerJoin(plans, eq(plans.id, planVersions.planId))
          .where(eq(planVersions.id, planVersionId));
  const [attachment] =
    attachmentId === null
      ? []
      : await db
          .select({ id: attachments.id, title: attachments.title })
          .from(attachments)
          .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
          .where(
            and(eq(attachments.id, attachmentId), eq(attachments.isClosed, false), eq(agendaItems.isClosed, false)),
          );
  return { planVersion: version ?? null, attachment: attachment ?? null };
}

/** One hearing as the public sees it; its checked responses all, or one page of them. */
export async function findHearing(
  db: DbOrTx,
  hearingId: number,
  page?: { offset: number; limit: number },
): Promise<HearingDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      description: hearings.description,
      planVersionId: hearings.planVersionId,
      attachmentId: hearings.attachmentId,
      processStepId: hearings.processStepId,
      memoText: hearings.memoText,
      decisionItemId: hearings.decisionItemId,
      updatedAt: hearings.updatedAt,
    })
    .from(hearings)
    .innerJoin(bodies, eq(bodies.id, hearings.bodyId))
    .where(eq(hearings.id, hearingId));
  if (!row) return null;
  const isMemoPublished = row.memoPublishedAt !== null;
  const isChecked = and(
    eq(hearingResponses.hearingId, hearingId),
    inArray(hearingResponses.state, ['published', 'withheld']),
  );
  const [document, steps, consultees, responses, decisions, counted] = await Promise.all([
    documentOf(db, row.planVersionId, row.attachmentId),
    row.processStepId === null
      ? []
      : db
          .select({ id: processSteps.id, processId: processSteps.processId, title: processes.title })
          .from(processSteps)
          .innerJoin(processes, eq(processes.id, processSteps.processId))
          .where(eq(processSteps.id, row.processStepId)),
    db
      .select({ name: hearingConsultees.name })
      .from(hearingConsultees)
      .where(eq(hearingConsultees.hearingId, hearingId))
      .orderBy(asc(hearingConsultees.position)),
    db
      .select({
        id: hearingResponses.id,
        state: sql<'published' | 'withheld'>`${hearingResponses.state}`,
        name: hearingResponses.name,
        organisation: hearingResponses.organisation,
        text: sql<string | null>`case when ${hearingResponses.state} = 'published' then ${hearingResponses.text} end`,
        receivedAt: hearingResponses.receivedAt,
        fileName: sql<
          string | null
        >`case when ${hearingResponses.state} = 'published' then ${hearingResponses.fileName} end`,
        fileSizeBytes: hearingResponses.fileSizeBytes,
        withheldReason: hearingResponses.withheldReason,
        memoAnswer: isMemoPublished ? hearingResponses.memoAnswer : sql<string | null>`null`,
        memoChange: isMemoPublished ? hearingResponses.memoChange : sql<string | null>`null`,
      })
      .from(hearingResponses)
      .where(isChecked)
      .orderBy(asc(hearingResponses.receivedAt), asc(hearingResponses.id))
      .limit(page?.limit ?? 1_000_000)
      .offset(page?.offset ?? 0),
    isMemoPublished && row.decisionItemId !== null
      ? findItemRefs(db, [row.decisionItemId])
      : new Map<number, PlanItemRef>(),
    db.select({ n: count() }).from(hearingResponses).where(isChecked),
  ]);
  return {
    ...summaryOf(row),
    description: row.description,
    document,
    processStep: steps[0] ?? null,
    consultees: consultees.map((c) => c.name),
    responses: responses.map(({ fileName, fileSizeBytes, ...r }) => ({
      ...r,
      withheldReason: r.state === 'withheld' ? r.withheldReason : null,
      file: fileName === null ? null : { name: fileName, sizeBytes: fileSizeBytes ?? 0 },
    })),
    responseCount: counted[0]?.n ?? 0,
    memoText: isMemoPublished ? row.memoText : null,
    decision: row.decisionItemId === null ? null : (decisions.get(row.decisionItemId) ?? null),
    updatedAt: row.updatedAt,
  };
}

export interface WorkResponseRow {
  id: number;
  channel: ResponseChannel;
  state: ResponseState;
  name: string;
  organisation: string | null;
  text: string;
  receivedAt: Date;
  file: { name: string; sizeBytes: number } | null;
  withheldReason: string | null;
  memoAnswer: string | null;
  memoChange: string | null;
}

export interface HearingWork {
  id: number;
  bodyId: number;
  title: string;
  startsOn: string;
  deadlineOn: string;
  processStepId: number | null;
  memoText: string | null;
  memoPublishedAt: Date | null;
  decisionItemId: number | null;
  consultees: {
    id: number;
    name: string;
    hasEmail: boolean;
    invitedAt: Date | null;
    remindedAt: Date | null;
    /** The invitation or reminder given up after repeated failures. */
    mailFailedAt: Date | null;
  }[];
  responses: WorkResponseRow[];
}

/** One hearing as its secretariat works on it: every response, checked or not. */
export async function findHearingWork(db: DbOrTx, hearingId: number): Promise<HearingWork | null> {
  const [row] = await db
    .select({
      id: hearings.id,
      bodyId: hearings.bodyId,
      title: hearings.title,
      startsOn: hearings.startsOn,
      deadlineOn: hearings.deadlineOn,
      processStepId: hearings.processStepId,
      memoText: hearings.memoText,
      memoPublishedAt: hearings.memoPublishedAt,
      decisionItemId: hearings.decisionItemId,
    })
    .from(hearings)
    .where(eq(hearings.id, hearingId));
  if (!row) return null;
  const [consultees, responses] = await Promise.all([
    db
      .select({
        id: hearingConsultees.id,
        name: hearingConsultees.name,
        hasEmail: isNotNull(hearingConsultees.email),
        invitedAt: hearingConsultees.invitedAt,
        remindedAt: hearingConsultees.remindedAt,
        mailFailedAt: hearingConsultees.mailFailedAt,
      })
      .from(hearingConsultees)
      .where(eq(hearingConsultees.hearingId, hearingId))
      .orderBy(asc(hearingConsultees.position)),
    db
      .select({
        id: hearingResponses.id,
        channel: hearingResponses.channel,
        state: hearingResponses.state,
        name: hearingResponses.name,
        organisation: hearingResponses.organisation,
        text: hearingResponses.text,
        receivedAt: hearingResponses.receivedAt,
        fileName: hearingResponses.fileName,
        fileSizeBytes: hearingResponses.fileSizeBytes,
        withheldReason: hearingResponses.withheldReason,
        memoAnswer: hearingResponses.memoAnswer,
        memoChange: hearingResponses.memoChange,
      })
      .from(hearingResponses)
      .where(eq(hearingResponses.hearingId, hearingId))
      .orderBy(asc(hearingResponses.receivedAt), asc(hearingResponses.id)),
  ]);
  return {
    ...row,
    consultees: consultees.map((c) => ({ ...c, hasEmail: Boolean(c.hasEmail) })),
    responses: responses.map(({ fileName, fileSizeBytes, ...r }) => ({
      ...r,
      file: fileName === null ? null : { name: fileName, sizeBytes: fileSizeBytes ?? 0 },
    })),
  };
}

/** A response's file: the public's only when the response is published (null: none, or not to be had). */
export async function findResponseFile(
  db: DbOrTx,
  hearingId: number,
  responseId: number,
  { isPublishedOnly }: { isPublishedOnly: boolean },
): Promise<{ sha256: string; name: string } | null> {
  const [row] = await db
    .select({ sha256: hearingResponses.fileSha256, name: hearingResponses.fileName })
    .from(hearingResponses)
    .where(
      and(
        eq(hearingResponses.id, responseId),
        eq(hearingResponses.hearingId, hearingId),
        isPublishedOnly ? eq(hearingResponses.state, 'published') : undefined,
      ),
    );
  return row?.sha256 ? { sha256: row.sha256, name: row.name ?? 'svar.pdf' } : null;
}

/** The hearing steps of a body's processes, for linking a hearing to its step. */
export async function listHearingStepOptions(db: DbOrTx, bodyId: number): Promise<{ id: number; label: string }[]> {
  const rows = await db
    .select({ id: processSteps.id, title: processSteps.title, process: processes.title })
    .from(processSteps)
    .innerJoin(processes, eq(processes.id, processSteps.processId))
    .where(and(eq(processes.ownerBodyId, bodyId), eq(processSteps.action, 'hearing')))
    .orderBy(asc(processes.id), asc(processSteps.position));
  return rows.map((row) => ({ id: row.id, label: `${row.process}: ${row.title}` }));
}

export interface HearingDeadlineRow {
  id: number;
  title: string;
  deadlineOn: string;
  isFictitious: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A body's hearings' deadlines, for its calendar. */
export async function listBodyHearingDeadlines(db: DbOrTx, bodyId: number): Promise<HearingDeadlineRow[]> {
  return db
    .select({
      id: hearings.id,
      title: hearings.title,
      deadlineOn: hearings.deadlineOn,
      isFictitious: hearings.isFictitious,
      createdAt: hearings.createdAt,
      updatedAt: hearings.updatedAt,
    })
    .from(hearings)
    .where(eq(hearings.bodyId, bodyId))
    .orderBy(asc(hearings.deadlineOn), asc(hearings.id));
}
