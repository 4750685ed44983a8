/**
 * Where processes meet meetings and follow-ups: the steps a meeting's publication or import
 * touches (scheduled on its draft items or linked to its published items, with each item's
 * decision), the draft item → published item link carried over, and each step's follow-up kept in
 * line with the step. Used by src/use-cases/processes/.
 */
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { StepState } from '../../domain/process.js';
import type { DbOrTx, Tx } from '../client.js';
import { agendaItems, bodies, decisions, draftItems, meetings, processSteps } from '../schema/index.js';

/** A step touched by a meeting's publication or import. */
export interface MeetingStep {
  id: number;
  processId: number;
  title: string;
  status: StepState;
  draftItemId: number | null;
  itemId: number | null;
  bodyName: string;
  outcome: string | null;
  decidedOn: string | null;
}

/**
 * The steps scheduled on the meeting's draft items or linked to its published items, with the
 * decision's outcome of each linked item. One statement.
 */
export async function listMeetingSteps(tx: DbOrTx, meetingId: number): Promise<MeetingStep[]> {
  const rows = await tx
    .select({
      id: processSteps.id,
      processId: processSteps.processId,
      title: processSteps.title,
      status: processSteps.status,
      draftItemId: processSteps.draftItemId,
      itemId: processSteps.itemId,
      bodyName: sql<string>`coalesce(${bodies.name}, ${processSteps.outsideBodyName}, '')`,
      outcome: decisions.outcome,
      decidedOn: decisions.decidedOn,
    })
    .from(processSteps)
    .leftJoin(bodies, eq(bodies.id, processSteps.bodyId))
    .leftJoin(agendaItems, eq(agendaItems.id, processSteps.itemId))
    .leftJoin(decisions, eq(decisions.itemId, processSteps.itemId))
    .where(
      or(
        eq(agendaItems.meetingId, meetingId),
        inArray(
          processSteps.draftItemId,
          tx.select({ id: draftItems.id }).from(draftItems).where(eq(draftItems.meetingId, meetingId)),
        ),
      ),
    );
  return rows;
}

/** Links each draft item's steps to the item published from it. */
export async function linkPublishedItems(
  tx: Tx,
  pairs: readonly { draftItemId: number; itemId: number }[],
): Promise<void> {
  if (pairs.length === 0) return;
  await tx.execute(sql`
    update process_steps s set item_id = x.item_id, updated_at = now()
    from json_to_recordset(${JSON.stringify(pairs.map((p) => ({ draft_item_id: p.draftItemId, item_id: p.itemId })))}::json)
      as x(draft_item_id int, item_id int)
    where s.draft_item_id = x.draft_item_id and s.item_id is distinct from x.item_id`);
}

/** A published item's meeting, body and whether it is closed; null when there is none. */
export async function findItemForStep(
  tx: DbOrTx,
  itemId: number,
): Promise<{ id: number; meetingId: number; bodyId: number; isClosed: boolean } | null> {
  const [row] = await tx
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      bodyId: meetings.bodyId,
      isClosed: agendaItems.isClosed,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  return row ?? null;
}

/**
 * Each step's follow-up in line with the step: one for every step with a due (its last day:
 * dueLastDay), in the process owner's follow-up list, what = "process: step"; done when the step
 * is done, cancelled when it is skipped or loses its due, open again when it opens again.
 */
export async function syncStepFollowUps(tx: Tx, processId: number): Promise<void> {
  const lastDay = sql.raw(`coalesce(s.due_on,
    (to_date(coalesce(s.due_month_end, s.due_month) || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date)`);
  const state = sql.raw(`case when s.status = 'done' then 'done'
    when s.status = 'skipped' or coalesce(s.due_on::text, s.due_month) is null then 'cancelled' else 'open' end`);
  await tx.execute(sql`
    insert into follow_ups (body_id, what, responsible, due_on, process_step_id, state, closed_at)
    select p.owner_body_id, left(p.title || ': ' || s.title, 2000), coalesce(b.name, s.outside_body_name), ${lastDay},
      s.id, ${state}, case when ${state} = 'open' then null else now() end
    from process_steps s join processes p on p.id = s.process_id left join bodies b on b.id = s.body_id
    where s.process_id = ${processId} and coalesce(s.due_on::text, s.due_month) is not null
      and not exists (select 1 from follow_ups f where f.process_step_id = s.id)`);
  await tx.execute(sql`
    update follow_ups f set
      what = left(p.title || ': ' || s.title, 2000),
      responsible = coalesce(b.name, s.outside_body_name),
      due_on = coalesce(${lastDay}, f.due_on),
      state = ${state},
      closed_at = case when ${state} = 'open' then null else coalesce(f.closed_at, now()) end,
      updated_at = now()
    from process_steps s join processes p on p.id = s.process_id left join bodies b on b.id = s.body_id
    where f.process_step_id = s.id and s.process_id = ${processId}
      and (f.what, f.responsible, f.due_on, f.state) is distinct from
        (left(p.title || ': ' || s.title, 2000), coalesce(b.name, s.outside_body_name), coalesce(${lastDay}, f.due_on), ${state})`);
}
