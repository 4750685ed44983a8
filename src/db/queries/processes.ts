/**
 * Processes (forløb) for pages and the API: the list (paged by id; of one owner body, or every
 * process with a step of a body), one process whole in four queries (its phases, its steps with
 * their bodies and publishers, meetings, items and decisions, its gates), and the process of a
 * published item. A step linked to a closed item gets no title, text or outcome of the item: only
 * that it was treated in a closed item (`item.isClosed`); the SQL never selects them.
 */
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { StepAction, StepState } from '../../domain/process.js';
import { type DbOrTx, selectRows } from '../client.js';
import { bodies, processes, processPhases, processStepRequirements, processSteps } from '../schema/index.js';

export interface ProcessBodyRef {
  slug: string;
  name: string;
  publisher: { slug: string; name: string } | null;
}

export interface ProcessSummary {
  id: number;
  title: string;
  owner: ProcessBodyRef;
  ownerBodyId: number;
  planId: number | null;
  templateKey: string | null;
  flaggedReason: string | null;
  isFictitious: boolean;
  steps: number;
  done: number;
  updatedAt: Date;
}

export interface PublicStep {
  id: number;
  position: number;
  title: string;
  action: StepAction;
  /** A body in Protokol … */
  body: ProcessBodyRef | null;
  /** … or one only named, with its publisher when known. */
  outsideName: string | null;
  outsidePublisher: { slug: string; name: string } | null;
  phaseId: number | null;
  parallelGroup: string | null;
  dueOn: string | null;
  dueMonth: string | null;
  dueMonthEnd: string | null;
  status: StepState;
  skipReason: string | null;
  completedOn: string | null;
  overrideReason: string | null;
  overriddenAt: Date | null;
  meeting: { id: number; heldOn: string; isPublished: boolean } | null;
  /** The published item; a closed one without its title. */
  item: { id: number; number: number | null; title: string | null; isClosed: boolean } | null;
  /** The item's decision outcome (never for a closed item). */
  outcome: string | null;
  hearingMemoPublished: boolean;
  requires: number[];
}

export interface ProcessDetail extends Omit<ProcessSummary, 'steps' | 'done'> {
  description: string | null;
  createdAt: Date;
  phases: { id: number; title: string; startsOn: string; endsOn: string }[];
  steps: PublicStep[];
}

const ownerPublisherSlug = sql<string | null>`(select o.slug from organisations o where o.id = ${bodies.publisherId})`;
const ownerPublisherName = sql<string | null>`(select o.name from organisations o where o.id = ${bodies.publisherId})`;

const summaryColumns = {
  id: processes.id,
  title: processes.title,
  planId: processes.planId,
  templateKey: processes.templateKey,
  flaggedReason: processes.flaggedReason,
  isFictitious: processes.isFictitious,
  updatedAt: processes.updatedAt,
  ownerBodyId: processes.ownerBodyId,
  ownerSlug: bodies.slug,
  ownerName: bodies.name,
  ownerPublisherSlug,
  ownerPublisherName,
};

const owner = (row: {
  ownerSlug: string;
  ownerName: string;
  ownerPublisherSlug: string | null;
  ownerPublisherName: string | null;
}) => ({
  slug: row.ownerSlug,
  name: row.ownerName,
  publisher: row.ownerPublisherSlug ? { slug: row.ownerPublisherSlug, name: row.ownerPublisherName ?? '' } : null,
});

/**
 * A page of processes after `afterId` (id order), with their step counts; of the owner body, or
 * (`concerningBodyId`) owned by or with a step of that body.
 */
export async function listProcesses(
  db: DbOrTx,
  {
    afterId,
    limit,
    ownerBodyId,
    concerningBodyId,
  }: { afterId?: number; limit: number; ownerBodyId?: number; concerningBodyId?: number },
): Promise<{ rows: ProcessSummary[]; hasMore: boolean }> {
  const rows = await db
    .select({
      ...summaryColumns,
      steps: sql<number>`(select count(*)::int from process_steps s where s.process_id = ${processes.id} and s.status <> 'skipped')`,
      done: sql<number>`(select count(*)::int from process_steps s where s.process_id = ${processes.id} and (s.status = 'done'
        or (s.status <> 'skipped' and exists (select 1 from hearings h where h.process_step_id = s.id and h.memo_published_at is not null))))`,
    })
    .from(processes)
    .innerJoin(bodies, eq(bodies.id, processes.ownerBodyId))
    .where(
      and(
        afterId === undefined ? undefined : gt(processes.id, afterId),
        ownerBodyId === undefined ? undefined : eq(processes.ownerBodyId, ownerBodyId),
        concerningBodyId === undefined
          ? undefined
          : or(
              eq(processes.ownerBodyId, concerningBodyId),
              sql`exists (select 1 from process_steps s where s.process_id = ${processes.id} and s.body_id = ${concerningBodyId})`,
            ),
      ),
    )
    .orderBy(asc(processes.id))
    .limit(limit + 1);
  return {
    rows: rows.slice(0, limit).map((row) => ({
      id: row.id,
      title: row.title,
      owner: owner(row),
      ownerBodyId: row.ownerBodyId,
      planId: row.planId,
      templateKey: row.templateKey,
      flaggedReason: row.flaggedReason,
      isFictitious: row.isFictitious,
      steps: row.steps,
      done: row.done,
      updatedAt: row.updatedAt,
    })),
    hasMore: rows.length > limit,
  };
}

type StepRow = {
  id: number;
  position: number;
  title: string;
  action: StepAction;
  body_slug: string | null;
  body_name: string | null;
  body_publisher_slug: string | null;
  body_publisher_name: string | null;
  outside_body_name: string | null;
  outside_publisher_slug: string | null;
  outside_publisher_name: string | null;
  phase_id: number | null;
  parallel_group: string | null;
  due_on: string | null;
  due_month: string | null;
  due_month_end: string | null;
  status: StepState;
  skip_reason: string | null;
  completed_on: string | null;
  override_reason: string | null;
  overridden_at: Date | string | null;
  meeting_id: number | null;
  held_on: string | null;
  meeting_published: boolean | null;
  item_id: number | null;
  item_number: number | null;
  item_title: string | null;
  item_closed: boolean | null;
  outcome: string | null;
  memo: boolean;
};

/** One process whole, for its page and the API; null when there is none. */
export async function findProcess(db: DbOrTx, id: number): Promise<ProcessDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      description: processes.description,
      createdAt: processes.createdAt,
    })
    .from(processes)
    .innerJoin(bodies, eq(bodies.id, processes.ownerBodyId))
    .where(eq(processes.id, id));
  if (!row) return null;
  const [phases, steps, gates] = await Promise.all([
    db
      .select({
        id: processPhases.id,
        title: processPhases.title,
        startsOn: processPhases.startsOn,
        endsOn: processPhases.endsOn,
      })
      .from(processPhases)
      .where(eq(processPhases.processId, id))
      .orderBy(asc(processPhases.position)),
    selectRows<StepRow>(
      db,
      sql`
      select s.id, s.position, s.title, s.action, b.slug as body_slug, b.name as body_name,
        bp.slug as body_publisher_slug, bp.name as body_publisher_name, s.outside_body_name,
        op.slug as outside_publisher_slug, op.name as outside_publisher_name, s.phase_id, s.parallel_group,
        to_char(s.due_on, 'YYYY-MM-DD') as due_on, s.due_month, s.due_month_end, s.status, s.skip_reason,
        to_char(s.completed_on, 'YYYY-MM-DD') as completed_on, s.override_reason, s.overridden_at,
        m.id as meeting_id, to_char(m.held_on, 'YYYY-MM-DD') as held_on,
        (m.status <> 'planned' or m.identity_key is not null) as meeting_published,
        i.id as item_id, i.number as item_number,
        case when i.is_closed then null else i.title end as item_title, i.is_closed as item_closed,
        case when i.is_closed then null else d.outcome end as outcome,
        exists (select 1 from hearings h where h.process_step_id = s.id and h.memo_published_at is not null) as memo
      from process_steps s
      left join bodies b on b.id = s.body_id
      left join organisations bp on bp.id = b.publisher_id
      left join organisations op on op.id = s.outside_publisher_id
      left join agenda_items i on i.id = s.item_id
      left join decisions d on d.item_id = i.id
      left join meetings m on m.id = coalesce(i.meeting_id, s.meeting_id)
      where s.process_id = ${id}
      order by s.position, s.id`,
    ),
    db
      .select({ stepId: processStepRequirements.stepId, requiresStepId: processStepRequirements.requiresStepId })
      .from(processStepRequirements)
      .innerJoin(processSteps, eq(processSteps.id, processStepRequirements.stepId))
      .where(eq(processSteps.processId, id)),
  ]);
  const requires = new Map<number, number[]>();
  for (const gate of gates) requires.set(gate.stepId, [...(requires.get(gate.stepId) ?? []), gate.requiresStepId]);
  return {
    id: row.id,
    title: row.title,
    owner: owner(row),
    ownerBodyId: row.ownerBodyId,
    planId: row.planId,
    templateKey: row.templateKey,
    flaggedReason: row.flaggedReason,
    isFictitious: row.isFictitious,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    phases,
    steps: steps.map((s) => presentStep(s, requires.get(s.id) ?? [])),
  };
}

function presentStep(s: StepRow, requires: number[]): PublicStep {
  const ref = (slug: string | null, name: string | null) => (slug ? { slug, name: name ?? '' } : null);
  return {
    id: s.id,
    position: s.position,
    title: s.title,
    action: s.action,
    body: s.body_slug
      ? { slug: s.body_slug, name: s.body_name ?? '', publisher: ref(s.body_publisher_slug, s.body_publisher_name) }
      : null,
    outsideName: s.outside_body_name,
    outsidePublisher: ref(s.outside_publisher_slug, s.outside_publisher_name),
    phaseId: s.phase_id,
    parallelGroup: s.parallel_group,
    dueOn: s.due_on,
    dueMonth: s.due_month,
    dueMonthEnd: s.due_month_end,
    status: s.status,
    skipReason: s.skip_reason,
    completedOn: s.completed_on,
    overrideReason: s.override_reason,
    overriddenAt: s.overridden_at === null ? null : new Date(s.overridden_at),
    meeting:
      s.meeting_id === null
        ? null
        : { id: s.meeting_id, heldOn: s.held_on ?? '', isPublished: s.meeting_published === true },
    item:
      s.item_id === null
        ? null
        : { id: s.item_id, number: s.item_number, title: s.item_title, isClosed: s.item_closed === true },
    outcome: s.outcome,
    hearingMemoPublished: s.memo === true,
    requires,
  };
}

/** The processes a published item treats a step of (for the item's page): id, title, step. */
export async function listProcessesOfItem(
  db: DbOrTx,
  itemId: number,
): Promise<{ processId: number; title: string; stepTitle: string }[]> {
  return db
    .select({ processId: processes.id, title: processes.title, stepTitle: processSteps.title })
    .from(processSteps)
    .innerJoin(processes, eq(processes.id, processSteps.processId))
    .where(eq(processSteps.itemId, itemId))
    .orderBy(asc(processes.id));
}

/** A step with a due, as a body's calendar shows it. */
export interface StepDueRow {
  stepId: number;
  processId: number;
  processTitle: string;
  title: string;
  dueOn: string | null;
  dueMonth: string | null;
  dueMonthEnd: string | null;
  status: StepState;
  createdAt: Date;
  updatedAt: Date;
}

/** Steps with a due in the processes of a body (steps it treats; the owner's steps of outside bodies), for its calendar. */
export async function listBodyStepDues(db: DbOrTx, bodyId: number): Promise<StepDueRow[]> {
  const rows = await db
    .select({
      stepId: processSteps.id,
      processId: processes.id,
      processTitle: processes.title,
      title: processSteps.title,
      dueOn: processSteps.dueOn,
      dueMonth: processSteps.dueMonth,
      dueMonthEnd: processSteps.dueMonthEnd,
      status: processSteps.status,
      createdAt: processSteps.createdAt,
      updatedAt: processSteps.updatedAt,
    })
    .from(processSteps)
    .innerJoin(processes, eq(processes.id, processSteps.processId))
    .where(
      and(
        or(
          eq(processSteps.bodyId, bodyId),
          and(eq(processes.ownerBodyId, bodyId), sql`${processSteps.bodyId} is null`),
        ),
        sql`coalesce(${processSteps.dueOn}::text, ${processSteps.dueMonth}) is not null`,
      ),
    )
    .orderBy(asc(processSteps.id))
    .limit(1_000);
  return rows;
}

/** Meetings made in Protokol whose agenda a step can still go on (not cancelled, minutes not published). */
export async function listSchedulableMeetings(
  db: DbOrTx,
  bodyIds: readonly number[] | null,
  fromDay: string,
): Promise<{ id: number; bodyId: number; bodyName: string; heldOn: string; status: string }[]> {
  if (bodyIds !== null && bodyIds.length === 0) return [];
  return selectRows(
    db,
    sql`select m.id, m.body_id as "bodyId", b.name as "bodyName", to_char(m.held_on, 'YYYY-MM-DD') as "heldOn", m.status
      from meetings m join bodies b on b.id = m.body_id
      where m.identity_key is null and m.status in ('planned', 'agenda_published') and m.held_on >= ${fromDay}
        ${
          bodyIds === null
            ? sql``
            : sql`and m.body_id in (${sql.join(
                bodyIds.map((id) => sql`${id}`),
                sql`, `,
              )})`
        }
      order by m.held_on, m.id limit 500`,
  );
}

/** Bodies in Protokol by slug or by a name only one body has (case-insensitive): name → id. */
export async function findBodiesNamed(db: DbOrTx, names: readonly string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await selectRows<{ key: string; id: number }>(
    db,
    sql`select w.key, (array_agg(b.id order by (b.slug = w.key) desc, b.id))[1] as id
      from unnest(${`{${wanted.map((w) => `"${w.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`}::text[]) as w(key)
      join bodies b on b.slug = w.key or lower(b.name) = w.key
      group by w.key
      having bool_or(b.slug = w.key) or count(*) = 1`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
}
