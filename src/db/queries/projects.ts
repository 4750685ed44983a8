/**
 * Grants and projects for pages and the API: the list (paged by id; those of one body or one
 * frame), one project with its bodies, what it draws on, its transitions with the decisions that
 * made them and its status reports, the projects on a frame, and the coming meetings a report can
 * be put on. A decision's item shows its title only when the item is open: a closed item is named
 * by its number alone.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { ProjectStatus } from '../../domain/project.js';
import type { DbOrTx } from '../client.js';
import {
  agendaItems,
  bodies,
  draftItems,
  followUps,
  frames,
  meetings,
  projectBodies,
  projectReports,
  projectSpendings,
  projects,
  projectTransitions,
} from '../schema/index.js';
import { type DecisionRef, decisionRefColumns, decisionRefOf } from '../selections.js';

export type { DecisionRef };

export interface ProjectBodyRef {
  id: number;
  slug: string;
  name: string;
}

export type ProjectSourceRef =
  | {
      kind: 'frame';
      frameId: number;
      frameTitle: string;
      position: number;
      recipient: { kind: 'body' | 'publisher'; slug: string; name: string };
    }
  | { kind: 'pool'; poolName: string };

export interface ProjectSummary {
  id: number;
  name: string;
  status: ProjectStatus;
  isFictitious: boolean;
  source: ProjectSourceRef;
  bodies: ProjectBodyRef[];
  appliedOn: string;
  appliedOre: bigint | null;
  grantedOre: bigint | null;
  /** Given back when it stopped (domain/project.ts: no longer committed). */
  returnedOre: bigint | null;
  /** The sum of its spending entries. */
  spentOre: bigint;
  ownFundingOre: bigint;
  startsOn: string | null;
  endsOn: string | null;
  extendedTo: string | null;
}

export interface ProjectSpendingRow {
  id: number;
  amountOre: bigint;
  spentOn: string;
  note: string;
}

export interface ProjectTransitionRow {
  from: ProjectStatus | null;
  to: ProjectStatus;
  decidedOn: string;
  note: string | null;
  decision: DecisionRef | null;
}

export interface ProjectReportRow {
  id: number;
  dueOn: string;
  receivedOn: string | null;
  body: string | null;
  documentUrl: string | null;
  /** The report's PDF, stored by SHA-256 (served at /projekt/:id/rapport/:reportId.pdf). */
  file: { name: string; sizeBytes: number } | null;
  followUp: { id: number; state: string } | null;
  /** The draft item it was put on (the secretariat's; not public until the agenda is). */
  draftItem: { id: number; meetingId: number; heldOn: string; body: string } | null;
}

export interface ProjectDetail extends ProjectSummary {
  purpose: string;
  reportEveryMonths: number;
  transitions: ProjectTransitionRow[];
  reports: ProjectReportRow[];
  spendings: ProjectSpendingRow[];
  createdAt: Date;
  updatedAt: Date;
}

const recipientName = sql<string | null>`coalesce(
  (select b.name from frame_allocations a join bodies b on b.id = a.recipient_body_id where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition}),
  (select o.name from frame_allocations a join organisations o on o.id = a.recipient_publisher_id where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition}))`;
const recipientSlug = sql<string | null>`coalesce(
  (select b.slug from frame_allocations a join bodies b on b.id = a.recipient_body_id where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition}),
  (select o.slug from frame_allocations a join organisations o on o.id = a.recipient_publisher_id where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition}))`;
const recipientIsBody = sql<boolean>`exists (select 1 from frame_allocations a where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition} and a.recipient_body_id is not null)`;

const summaryColumns = {
  id: projects.id,
  name: projects.name,
  status: projects.status,
  isFictitious: projects.isFictitious,
  frameId: projects.frameId,
  position: projects.allocationPosition,
  frameTitle: frames.title,
  poolName: projects.poolName,
  recipientName,
  recipientSlug,
  recipientIsBody,
  appliedOn: projects.appliedOn,
  appliedOre: projects.appliedOre,
  grantedOre: projects.grantedOre,
  returnedOre: projects.returnedOre,
  spentOre: sql<string>`(select coalesce(sum(s.amount_ore), 0)::text from project_spendings s where s.project_id = ${projects.id})`,
  ownFundingOre: projects.ownFundingOre,
  startsOn: projects.startsOn,
  endsOn: projects.endsOn,
  extendedTo: projects.extendedTo,
};

type SummaryRow = {
  id: number;
  name: string;
  status: ProjectStatus;
  isFictitious: boolean;
  frameId: number | null;
  position: number | null;
  frameTitle: string | null;
  poolName: string | null;
  recipientName: string | null;
  recipientSlug: string | null;
  recipientIsBody: boolean;
  appliedOn: string;
  appliedOre: bigint | null;
  grantedOre: bigint | null;
  returnedOre: bigint | null;
  spentOre: string;
  ownFundingOre: bigint;
  startsOn: string | null;
  endsOn: string | null;
  extendedTo: string | null;
};

const big = (value: bigint | string | number | null) => (value === null ? null : BigInt(value));

function summaryOf(row: SummaryRow, bodyRefs: ProjectBodyRef[]): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    isFictitious: row.isFictitious,
    source:
      row.frameId !== null
        ? {
            kind: 'frame',
            frameId: row.frameId,
            frameTitle: row.frameTitle ?? '',
            position: row.position ?? 0,
            recipient: {
              kind: row.recipientIsBody ? 'body' : 'publisher',
              slug: row.recipientSlug ?? '',
              name: row.recipientName ?? '',
            },
          }
        : { kind: 'pool', poolName: row.poolName ?? '' },
    bodies: bodyRefs,
    appliedOn: row.appliedOn,
    appliedOre: big(row.appliedOre),
    grantedOre: big(row.grantedOre),
    returnedOre: big(row.returnedOre),
    spentOre: BigInt(row.spentOre),
    ownFundingOre: BigInt(row.ownFundingOre),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    extendedTo: row.extendedTo,
  };
}

/** The bodies of these projects in their order. */
async function bodiesOf(db: DbOrTx, projectIds: number[]): Promise<Map<number, ProjectBodyRef[]>> {
  const map = new Map<number, ProjectBodyRef[]>();
  if (projectIds.length === 0) return map;
  const rows = await db
    .select({ projectId: projectBodies.projectId, id: bodies.id, slug: bodies.slug, name: bodies.name })
    .from(projectBodies)
    .innerJoin(bodies, eq(bodies.id, projectBodies.bodyId))
    .where(inArray(projectBodies.projectId, projectIds))
    .orderBy(asc(projectBodies.projectId), asc(projectBodies.position));
  for (const row of rows) {
    const list = map.get(row.projectId) ?? [];
    list.push({ id: row.id, slug: row.slug, name: row.name });
    map.set(row.projectId, list);
  }
  return map;
}

const summaryQuery = (db: DbOrTx) =>
  db.select(summaryColumns).from(projects).leftJoin(frames, eq(frames.id, projects.frameId));

function concerning(filter: { bodyId?: number; frameId?: number }) {
  return and(
    filter.bodyId === undefined
      ? undefined
      : sql`(exists (select 1 from project_bodies pb where pb.project_id = ${projects.id} and pb.body_id = ${filter.bodyId})
          or exists (select 1 from frame_allocations a where a.frame_id = ${projects.frameId} and a.position = ${projects.allocationPosition} and a.recipient_body_id = ${filter.bodyId}))`,
    filter.frameId === undefined ? undefined : eq(projects.frameId, filter.frameId),
  );
}

async function withBodies(db: DbOrTx, rows: SummaryRow[]): Promise<ProjectSummary[]> {
  const map = await bodiesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, map.get(row.id) ?? []));
}

/** A page of projects in id order, of one body (responsible or receiving) or one frame when asked. */
export async function listProjects(
  db: DbOrTx,
  options: { afterId?: number; limit: number; bodyId?: number; frameId?: number },
): Promise<{ rows: ProjectSummary[]; hasMore: boolean }> {
  const rows = (await summaryQuery(db)
    .where(and(options.afterId === undefined ? undefined : gt(projects.id, options.afterId), concerning(options)))
    .orderBy(asc(projects.id))
    .limit(options.limit + 1)) as SummaryRow[];
  return { rows: await withBodies(db, rows.slice(0, options.limit)), hasMore: rows.length > options.limit };
}

/** The projects of one body or frame, newest application first (for its page). */
export async function listProjectsConcerning(
  db: DbOrTx,
  filter: { bodyId: number } | { frameId: number },
): Promise<ProjectSummary[]> {
  const rows = (await summaryQuery(db)
    .where(concerning(filter))
    .orderBy(desc(projects.appliedOn), desc(projects.id))
    .limit(100)) as SummaryRow[];
  return withBodies(db, rows);
}

function transitionsOf(db: DbOrTx, id: number) {
  return db
    .select({
      from: projectTransitions.fromStatus,
      to: projectTransitions.toStatus,
      decidedOn: projectTransitions.decidedOn,
      note: projectTransitions.note,
      ...decisionRefColumns,
    })
    .from(projectTransitions)
    .leftJoin(agendaItems, eq(agendaItems.id, projectTransitions.decisionItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(projectTransitions.projectId, id))
    .orderBy(asc(projectTransitions.decidedOn), asc(projectTransitions.id));
}

function reportsOf(db: DbOrTx, id: number) {
  return db
    .select({
      id: projectReports.id,
      dueOn: projectReports.dueOn,
      receivedOn: projectReports.receivedOn,
      body: projectReports.body,
      documentUrl: projectReports.documentUrl,
      fileName: projectReports.fileName,
      fileSizeBytes: projectReports.fileSizeBytes,
      followUpId: followUps.id,
      followUpState: followUps.state,
      draftItemId: draftItems.id,
      draftMeetingId: meetings.id,
      draftHeldOn: meetings.heldOn,
      draftBody: sql<string | null>`(select b.name from bodies b where b.id = ${meetings.bodyId})`,
    })
    .from(projectReports)
    .leftJoin(followUps, eq(followUps.id, projectReports.followUpId))
    .leftJoin(draftItems, eq(draftItems.id, projectReports.draftItemId))
    .leftJoin(meetings, eq(meetings.id, draftItems.meetingId))
    .where(eq(projectReports.projectId, id))
    .orderBy(asc(projectReports.dueOn), asc(projectReports.id));
}

/** One project with its transitions and reports; null when there is none. */
export async function findProject(db: DbOrTx, id: number): Promise<ProjectDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      purpose: projects.purpose,
      reportEveryMonths: projects.reportEveryMonths,
      createdAt: projects.createdAt,
      updatedAt: projects.updatedAt,
    })
    .from(projects)
    .leftJoin(frames, eq(frames.id, projects.frameId))
    .where(eq(projects.id, id));
  if (!row) return null;
  const [bodyMap, transitionRows, reportRows, spendingRows] = await Promise.all([
    bodiesOf(db, [id]),
    transitionsOf(db, id),
    reportsOf(db, id),
    db
      .select({
        id: projectSpendings.id,
        amountOre: projectSpendings.amountOre,
        spentOn: projectSpendings.spentOn,
        note: projectSpendings.note,
      })
      .from(projectSpendings)
      .where(eq(projectSpendings.projectId, id))
      .orderBy(asc(projectSpendings.spentOn), asc(projectSpendings.id)),
  ]);
  return {
    ...summaryOf(row as SummaryRow, bodyMap.get(id) ?? []),
    purpose: row.purpose,
    reportEveryMonths: row.reportEveryMonths,
    transitions: transitionRows.map((t) => ({
      from: t.from,
      to: t.to,
      decidedOn: t.decidedOn,
      note: t.note,
      decision: decisionRefOf(t),
    })),
    reports: reportRows.map((r) => ({
      id: r.id,
      dueOn: r.dueOn,
      receivedOn: r.receivedOn,
      body: r.body,
      documentUrl: r.documentUrl,
      file: r.fileName !== null ? { name: r.fileName, sizeBytes: r.fileSizeBytes ?? 0 } : null,
      followUp: r.followUpId !== null ? { id: r.followUpId, state: r.followUpState as string } : null,
      draftItem:
        r.draftItemId !== null && r.draftMeetingId !== null
          ? { id: r.draftItemId, meetingId: r.draftMeetingId, heldOn: r.draftHeldOn as string, body: r.draftBody ?? '' }
          : null,
    })),
    spendings: spendingRows.map((row) => ({ ...row, amountOre: BigInt(row.amountOre) })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A status report's stored PDF (its SHA-256 and name); null when the report has none. */
export async function findReportFile(
  db: DbOrTx,
  projectId: number,
  reportId: number,
): Promise<{ sha256: string; name: string } | null> {
  const [row] = await db
    .select({ sha256: projectReports.fileSha256, name: projectReports.fileName })
    .from(projectReports)
    .where(and(eq(projectReports.id, reportId), eq(projectReports.projectId, projectId)));
  return row?.sha256 ? { sha256: row.sha256, name: row.name ?? 'rapport.pdf' } : null;
}

/** The coming meetings made in Protokol (not cancelled) of these bodies, soonest first. */
export async function listComingMeetings(
  db: DbOrTx,
  bodyIds: readonly number[],
  today: string,
): Promise<{ id: number; heldOn: string; body: string }[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select({ id: meetings.id, heldOn: meetings.heldOn, body: bodies.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        inArray(meetings.bodyId, [...bodyIds]),
        isNull(meetings.identityKey),
        ne(meetings.status, 'cancelled'),
        gte(meetings.heldOn, today),
      ),
    )
    .orderBy(asc(meetings.heldOn), asc(meetings.id))
    .limit(50);
}
