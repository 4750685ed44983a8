/**
 * Grants and projects in the database: a project saved with its bodies and first transition, its
 * allocation locked while a grant is checked against what the other projects commit, its status
 * moved with a transition row, its status reports (each awaited by a follow-up of the lead body,
 * which the deadline scan reminds of), a report received (its follow-up done) or put on a draft
 * item, and the demo set's projects removed. Used by src/use-cases/projects/.
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ProjectStatus } from '../../domain/project.js';
import type { DbOrTx, Tx } from '../client.js';
import {
  agendaItems,
  bodies,
  followUps,
  frameAllocations,
  frames,
  meetings,
  projectBodies,
  projectReports,
  projectSpendings,
  projects,
  projectTransitions,
} from '../schema/index.js';

export interface AllocationContext {
  frameId: number;
  position: number;
  amountOre: bigint;
  recipientBodyId: number | null;
  decidingBodyId: number;
  /** The recipient's name ("Sundhedsråd Sønderjylland"). */
  recipientName: string;
}

/** A frame's allocation for one position, with its frame's deciding body; null when there is none. */
export async function findAllocation(tx: DbOrTx, frameId: number, position: number): Promise<AllocationContext | null> {
  const [row] = await tx
    .select({
      amountOre: frameAllocations.amountOre,
      recipientBodyId: frameAllocations.recipientBodyId,
      decidingBodyId: frames.decidingBodyId,
      recipientName: sql<string>`coalesce((select b.name from bodies b where b.id = ${frameAllocations.recipientBodyId}),
        (select o.name from organisations o where o.id = ${frameAllocations.recipientPublisherId}))`,
    })
    .from(frameAllocations)
    .innerJoin(frames, eq(frames.id, frameAllocations.frameId))
    .where(and(eq(frameAllocations.frameId, frameId), eq(frameAllocations.position, position)));
  return row ? { ...row, frameId, position, amountOre: BigInt(row.amountOre) } : null;
}

/**
 * Locks the allocation's row for the rest of the transaction (grants on one part happen one at a
 * time) and sums what the projects on it commit, leaving out `exceptProjectId`.
 */
export async function lockAllocationCommitted(
  tx: Tx,
  frameId: number,
  position: number,
  exceptProjectId: number | null,
): Promise<bigint> {
  await tx.execute(
    sql`select 1 from frame_allocations where frame_id = ${frameId} and position = ${position} for update`,
  );
  const [row] = await tx
    .select({ sum: sql<string>`coalesce(sum(${projects.grantedOre} - coalesce(${projects.returnedOre}, 0)), 0)::text` })
    .from(projects)
    .where(
      and(
        eq(projects.frameId, frameId),
        eq(projects.allocationPosition, position),
        ne(projects.status, 'applied'),
        exceptProjectId === null ? undefined : ne(projects.id, exceptProjectId),
      ),
    );
  return BigInt(row?.sum ?? '0');
}

export interface NewProject {
  name: string;
  purpose: string;
  frameId: number | null;
  allocationPosition: number | null;
  poolName: string | null;
  appliedOn: string;
  appliedOre: bigint | null;
  grantedOre: bigint | null;
  ownFundingOre: bigint;
  startsOn: string | null;
  endsOn: string | null;
  status: ProjectStatus;
  reportEveryMonths: number;
  isFictitious: boolean;
  createdByUserId: number | null;
  bodyIds: readonly number[];
  /** The first transition: the registration in its status. */
  decidedOn: string;
  decisionItemId: number | null;
  note: string | null;
}

/** Saves a project with its bodies and its first transition; its id. */
export async function insertProject(tx: Tx, input: NewProject): Promise<number> {
  const { bodyIds, decidedOn, decisionItemId, note, ...project } = input;
  const [row] = await tx.insert(projects).values(project).returning({ id: projects.id });
  await tx.insert(projectBodies).values(bodyIds.map((bodyId, position) => ({ projectId: row.id, bodyId, position })));
  await tx.insert(projectTransitions).values({
    projectId: row.id,
    fromStatus: null,
    toStatus: input.status,
    decidedOn,
    decisionItemId,
    note,
    createdByUserId: input.createdByUserId,
  });
  return row.id;
}

export interface LockedProject {
  id: number;
  name: string;
  status: ProjectStatus;
  frameId: number | null;
  allocationPosition: number | null;
  grantedOre: bigint | null;
  returnedOre: bigint | null;
  appliedOre: bigint | null;
  startsOn: string | null;
  endsOn: string | null;
  extendedTo: string | null;
  reportEveryMonths: number;
  bodyIds: number[];
}

/** The project's row locked for the rest of the transaction, with its bodies in order; null when none. */
export async function lockProject(tx: Tx, projectId: number): Promise<LockedProject | null> {
  await tx.execute(sql`select 1 from projects where id = ${projectId} for update`);
  const [row] = await tx.select().from(projects).where(eq(projects.id, projectId));
  if (!row) return null;
  const bodyRows = await tx
    .select({ bodyId: projectBodies.bodyId })
    .from(projectBodies)
    .where(eq(projectBodies.projectId, projectId))
    .orderBy(asc(projectBodies.position));
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    frameId: row.frameId,
    allocationPosition: row.allocationPosition,
    grantedOre: row.grantedOre === null ? null : BigInt(row.grantedOre),
    returnedOre: row.returnedOre === null ? null : BigInt(row.returnedOre),
    appliedOre: row.appliedOre === null ? null : BigInt(row.appliedOre),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    extendedTo: row.extendedTo,
    reportEveryMonths: row.reportEveryMonths,
    bodyIds: bodyRows.map((b) => b.bodyId),
  };
}

/** Moves the project to `to` (with what the move sets) and records the transition. */
export async function moveProject(
  tx: Tx,
  input: {
    projectId: number;
    from: ProjectStatus;
    to: ProjectStatus;
    decidedOn: string;
    decisionItemId: number | null;
    note: string | null;
    userId: number | null;
    set: { grantedOre?: bigint; returnedOre?: bigint | null; startsOn?: string; endsOn?: string; extendedTo?: string };
  },
): Promise<void> {
  await tx
    .update(projects)
    .set({ status: input.to, ...input.set, updatedAt: new Date() })
    .where(eq(projects.id, input.projectId));
  await tx.insert(projectTransitions).values({
    projectId: input.projectId,
    fromStatus: input.from,
    toStatus: input.to,
    decidedOn: input.decidedOn,
    decisionItemId: input.decisionItemId,
    note: input.note,
    createdByUserId: input.userId,
  });
}

/**
 * Adds the status reports due on `dueDates` that the project has not got yet, each awaited by an
 * open follow-up of `bodyId` (the deadline scan reminds of it); how many were added.
 */
export async function addDueReports(
  tx: Tx,
  input: { projectId: number; name: string; bodyId: number; dueDates: readonly string[]; userId: number | null },
): Promise<number> {
  const existing = await tx
    .select({ dueOn: projectReports.dueOn })
    .from(projectReports)
    .where(eq(projectReports.projectId, input.projectId));
  const have = new Set(existing.map((row) => row.dueOn));
  let added = 0;
  for (const dueOn of input.dueDates) {
    if (have.has(dueOn)) continue;
    const [followUp] = await tx
      .insert(followUps)
      .values({
        bodyId: input.bodyId,
        what: `Statusrapport fra projektet »${input.name}«`.slice(0, 2_000),
        responsible: 'Projektet',
        dueOn,
        createdByUserId: input.userId,
      })
      .returning({ id: followUps.id });
    await tx.insert(projectReports).values({ projectId: input.projectId, dueOn, followUpId: followUp.id });
    added++;
  }
  return added;
}

export interface LockedReport {
  id: number;
  projectId: number;
  dueOn: string;
  receivedOn: string | null;
  followUpId: number | null;
  draftItemId: number | null;
  file: { sha256: string; name: string; sizeBytes: number } | null;
}

/** A status report of the project, locked; null when the project has no such report. */
export async function lockReport(tx: Tx, projectId: number, reportId: number): Promise<LockedReport | null> {
  await tx.execute(sql`select 1 from project_reports where id = ${reportId} for update`);
  const [row] = await tx
    .select({
      id: projectReports.id,
      projectId: projectReports.projectId,
      dueOn: projectReports.dueOn,
      receivedOn: projectReports.receivedOn,
      followUpId: projectReports.followUpId,
      draftItemId: projectReports.draftItemId,
      fileSha256: projectReports.fileSha256,
      fileName: projectReports.fileName,
      fileSizeBytes: projectReports.fileSizeBytes,
    })
    .from(projectReports)
    .where(and(eq(projectReports.id, reportId), eq(projectReports.projectId, projectId)));
  if (!row) return null;
  const { fileSha256, fileName, fileSizeBytes, ...report } = row;
  return {
    ...report,
    file: fileSha256 ? { sha256: fileSha256, name: fileName ?? 'rapport.pdf', sizeBytes: fileSizeBytes ?? 0 } : null,
  };
}

/** Records the report as received (its text and address) and marks its follow-up done. */
export async function markReportReceived(
  tx: Tx,
  report: LockedReport,
  input: {
    receivedOn: string;
    body: string | null;
    documentUrl: string | null;
    file: { sha256: string; name: string; sizeBytes: number } | null;
  },
): Promise<void> {
  const at = new Date();
  await tx
    .update(projectReports)
    .set({
      receivedOn: input.receivedOn,
      body: input.body,
      documentUrl: input.documentUrl,
      fileSha256: input.file?.sha256 ?? null,
      fileName: input.file?.name ?? null,
      fileSizeBytes: input.file?.sizeBytes ?? null,
      updatedAt: at,
    })
    .where(eq(projectReports.id, report.id));
  if (report.followUpId !== null)
    await tx
      .update(followUps)
      .set({
        state: 'done',
        closedAt: at,
        closedNote: `Statusrapporten er modtaget ${input.receivedOn}.`,
        updatedAt: at,
      })
      .where(and(eq(followUps.id, report.followUpId), eq(followUps.state, 'open')));
}

/** Records the draft item the report was put on. */
export async function setReportDraftItem(tx: Tx, reportId: number, draftItemId: number): Promise<void> {
  await tx.update(projectReports).set({ draftItemId, updatedAt: new Date() }).where(eq(projectReports.id, reportId));
}

/** The body whose meeting holds the published item (null: no such item). */
export async function findDecisionItemBody(tx: DbOrTx, itemId: number): Promise<number | null> {
  const [row] = await tx
    .select({ bodyId: meetings.bodyId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row?.bodyId ?? null;
}

/** Which of these bodies exist. */
export async function existingBodies(tx: DbOrTx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: bodies.id })
    .from(bodies)
    .where(inArray(bodies.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

/** What the project has spent so far: the sum of its spending entries. */
export async function sumProjectSpent(tx: DbOrTx, projectId: number): Promise<bigint> {
  const [row] = await tx
    .select({ sum: sql<string>`coalesce(sum(${projectSpendings.amountOre}), 0)::text` })
    .from(projectSpendings)
    .where(eq(projectSpendings.projectId, projectId));
  return BigInt(row?.sum ?? '0');
}

/** Records one spending entry of the project; its id. */
export async function insertSpending(
  tx: Tx,
  input: { projectId: number; amountOre: bigint; spentOn: string; note: string; userId: number | null },
): Promise<number> {
  const [row] = await tx
    .insert(projectSpendings)
    .values({
      projectId: input.projectId,
      amountOre: input.amountOre,
      spentOn: input.spentOn,
      note: input.note,
      createdByUserId: input.userId,
    })
    .returning({ id: projectSpendings.id });
  return row.id;
}

/** The real (not demo) projects that draw on a demo frame, by name: they keep the demo frame from going. */
export async function listRealProjectsOnFictitiousFrames(tx: DbOrTx): Promise<{ id: number; name: string }[]> {
  return tx
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .innerJoin(frames, eq(frames.id, projects.frameId))
    .where(and(eq(frames.isFictitious, true), eq(projects.isFictitious, false)))
    .orderBy(asc(projects.id));
}

/** The demo set's projects (fictitious), with their reports' follow-ups; how many projects. */
export async function removeFictitiousProjects(tx: DbOrTx): Promise<number> {
  await tx.execute(
    sql`delete from follow_ups where id in (select r.follow_up_id from project_reports r join projects p on p.id = r.project_id where p.is_fictitious)`,
  );
  const removed = await tx.delete(projects).where(eq(projects.isFictitious, true)).returning({ id: projects.id });
  return removed.length;
}

/** Whether the demo projects are there. */
export async function hasFictitiousProjects(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.isFictitious, true)).limit(1);
  return row !== undefined;
}

/** The demo frame's id and its allocations' positions by recipient body slug. */
export async function findFictitiousFrame(
  tx: DbOrTx,
): Promise<{ frameId: number; decidingBodyId: number; positions: Map<string, number> } | null> {
  const [frame] = await tx
    .select({ id: frames.id, decidingBodyId: frames.decidingBodyId })
    .from(frames)
    .where(eq(frames.isFictitious, true))
    .orderBy(asc(frames.id))
    .limit(1);
  if (!frame) return null;
  const rows = await tx
    .select({ slug: bodies.slug, position: frameAllocations.position })
    .from(frameAllocations)
    .innerJoin(bodies, eq(bodies.id, frameAllocations.recipientBodyId))
    .where(eq(frameAllocations.frameId, frame.id));
  return {
    frameId: frame.id,
    decidingBodyId: frame.decidingBodyId,
    positions: new Map(rows.map((row) => [row.slug, row.position])),
  };
}

/** The published item with this number on the body's meeting of that day (null: none). */
export async function findItemOn(tx: DbOrTx, bodyId: number, heldOn: string, number: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.heldOn, heldOn), eq(agendaItems.number, number)));
  return row?.id ?? null;
}
