/**
 * The meeting calendar.
 *   Public:      GET /organ/:slug/moedeplan[?aar=YYYY]
 *   Secretariat: GET /sekretariat/moedeplan[?organ=slug&aar=YYYY], POST /sekretariat/moedeplan,
 *                GET|POST /sekretariat/moedeplan/:id
 */
import { type Context, Hono } from 'hono';

import { z } from 'zod';

import { listBodyDecisions } from '../../db/queries/follow-ups.js';

import {
  findPlanEntry,
  listPlanEntries,
  type PlanEntryRow,
  planEntryBodyId,
  planYears,
} from '../../db/queries/meeting-plan.js';

import { findBodyRefById, findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';

import { formatDate } from '../../domain/danish-dates.js';

import { copenhagenDate } from '../../domain/deadlines.js';

import { describePlanChange, isPlanEntryKind, PLAN_ENTRY_KINDS, planEntryWhen } from '../../domain/meeting-plan.js';
import { can } from '../../domain/roles.js';

import { AppError } from '../../errors.js';

import type { Problem } from '../../render/html/forms.js';
import {
  EditPlanEntryPage,
  EMPTY_PLAN_FORM,
  type PlanEntryView,
  type PlanFormValues,
  PublicPlanPage,
  SecretariatPlanPage,
} from '../../render/html/questions/meeting-plan-pages.js';
import { LABELS } from '../../render/i18n.js';
import { changeMeetingPlan } from '../../use-cases/meeting-plan/change-meeting-plan.js';
import type { PlanEntryRefusal } from '../../use-cases/meeting-plan/plan-entry-fields.js';
import { planMeeting } from '../../use-cases/meeting-plan/plan-meeting.js';
import { forbidden, requireRole } from '../auth/require-role.js';
import { auditActorOf, bodiesWhere, field, idParam, signedInOnly, userOf, type WorkDeps } from './shared.js';

const notFound = () => new AppError('not_found', 'not found');
const SLUG = /^[a-z0-9-]{1,200}$/;
const YearSchema = z.object({ aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

const KINDS = PLAN_ENTRY_KINDS.map((kind) => ({ value: kind, label: LABELS.da.meetingKind[kind] }));

const PROBLEMS: Record<PlanEntryRefusal | 'decision_not_found', Problem> = {
  kind_invalid: { field: 'kind', text: 'Vælg, hvilken slags møde det er.' },
  title_missing: { field: 'title', text: 'Skriv en titel.' },
  title_too_long: { field: 'title', text: 'Titlen er for lang.' },
  date_invalid: { field: 'plannedOn', text: 'Skriv datoen, fx 2026-04-28.' },
  end_date_invalid: { field: 'endsOn', text: 'Slutdatoen skal være en dato på eller efter datoen.' },
  time_invalid: { field: 'startTime', text: 'Skriv tidspunkter som TT:MM, fx 08:00.' },
  location_too_long: { field: 'location', text: 'Stedet er for langt.' },
  note_too_long: { field: 'note', text: 'Bemærkningen er for lang.' },
  decision_not_found: { field: 'decision', text: 'Beslutningen findes ikke.' },
};

function presentEntry(entry: PlanEntryRow, options: { editable: boolean }): PlanEntryView {
  return {
    id: entry.id,
    kindLabel: LABELS.da.meetingKind[entry.kind],
    title: entry.title,
    whenText: planEntryWhen(entry),
    date: entry.plannedOn,
    location: entry.location,
    isCancelled: entry.isCancelled,
    editHref: options.editable ? `/sekretariat/moedeplan/${entry.id}` : undefined,
    changes: entry.changes.map((change) => ({
      dateText: formatDate(copenhagenDate(change.changedAt)),
      what: describePlanChange(change.before, change.after),
      decision: change.decisionItem
        ? {
            label: `punkt ${change.decisionItem.number}: ${change.decisionItem.title}, ${formatDate(change.decisionItem.heldOn)}`,
            href: `/punkt/${change.decisionItem.id}`,
          }
        : null,
      note: change.note,
    })),
  };
}

function formValues(form: Record<string, unknown>): PlanFormValues {
  return {
    kind: field(form, 'kind', 50),
    title: field(form, 'title', 1_000),
    plannedOn: field(form, 'plannedOn', 20),
    endsOn: field(form, 'endsOn', 20),
    startTime: field(form, 'startTime', 10),
    endTime: field(form, 'endTime', 10),
    location: field(form, 'location', 1_000),
    decision: field(form, 'decision', 20),
    note: field(form, 'note', 10_000),
    isCancelled: field(form, 'isCancelled', 5) === '1',
  };
}

/** The form's values as the use cases take them, or the problem with them. */
function entryInput(values: PlanFormValues) {
  if (!isPlanEntryKind(values.kind)) return { ok: false as const, problem: PROBLEMS.kind_invalid };
  if (values.decision !== '' && !/^\d{1,10}$/.test(values.decision)) {
    return { ok: false as const, problem: PROBLEMS.decision_not_found };
  }
  return {
    ok: true as const,
    entry: {
      kind: values.kind,
      title: values.title,
      plannedOn: values.plannedOn,
      endsOn: values.endsOn || null,
      startTime: values.startTime || null,
      endTime: values.endTime || null,
      location: values.location || null,
    },
    decisionId: values.decision === '' ? null : Number(values.decision),
  };
}

export function meetingPlanRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const thisYear = () => Number(copenhagenDate(now()).slice(0, 4));

  const decisionOptions = async (bodyId: number) =>
    (await listBodyDecisions(db, bodyId, 100)).map((decision) => ({
      value: String(decision.decisionId),
      label: `Punkt ${decision.itemNumber}: ${decision.itemTitle} (${formatDate(decision.heldOn)})`,
    }));

  app.get('/organ/:slug/moedeplan', async (c) => {
    const slug = c.req.param('slug');
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    const year = YearSchema.parse(c.req.query()).aar ?? thisYear();
    const [entries, years] = await Promise.all([
      listPlanEntries(db, { bodyId: body.id, year }),
      planYears(db, body.id),
    ]);
    return c.render(
      <PublicPlanPage
        body={{ name: body.name, href: `/organ/${body.slug}` }}
        year={year}
        years={years}
        entries={entries.map((entry) => presentEntry(entry, { editable: false }))}
      />,
    );
  });

  const secretariatPage = async (
    c: Context,
    input: { slug: string; year: number; values?: PlanFormValues; problems?: Problem[]; notice?: string },
  ) => {
    const ids = bodiesWhere(userOf(c), 'edit_meeting');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
    const body = input.slug ? bodies.find((b) => b.slug === input.slug) : bodies.length === 1 ? bodies[0] : null;
    if (input.slug && !body) throw notFound();
    const [entries, years, decisions] = body
      ? await Promise.all([
          listPlanEntries(db, { bodyId: body.id, year: input.year }),
          planYears(db, body.id),
          decisionOptions(body.id),
        ])
      : [[], [], []];
    return c.render(
      <SecretariatPlanPage
        body={body ?? null}
        bodies={bodies}
        year={input.year}
        years={years}
        entries={entries.map((entry) => presentEntry(entry, { editable: true }))}
        kinds={KINDS}
        decisions={decisions}
        csrfToken={userOf(c).csrfToken}
        values={input.values ?? EMPTY_PLAN_FORM}
        problems={input.problems}
        notice={input.notice}
      />,
    );
  };

  app.get('/sekretariat/moedeplan', signedInOnly, async (c) => {
    const slug = c.req.query('organ') ?? '';
    if (slug && !SLUG.test(slug)) throw notFound();
    const year = YearSchema.parse(c.req.query()).aar ?? thisYear();
    const notice = c.req.query('gemt') ? 'Mødeplanen er opdateret.' : undefined;
    return secretariatPage(c, { slug, year, notice });
  });

  app.post('/sekretariat/moedeplan', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const slug = field(form, 'organ', 200);
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    if (!can(userOf(c), 'edit_meeting', { bodyId: body.id })) return forbidden(c);
    const values = formValues(form);
    const year = /^\d{4}-/.test(values.plannedOn) ? Number(values.plannedOn.slice(0, 4)) : thisYear();
    const input = entryInput(values);
    if (!input.ok) {
      c.status(400);
      return secretariatPage(c, { slug, year, values, problems: [input.problem] });
    }
    const result = await planMeeting({
      db,
      bodyId: body.id,
      entry: input.entry,
      decisionId: input.decisionId,
      note: values.note,
      actor: auditActorOf(c),
      now: now(),
    });
    if (!result.ok) {
      if (result.reason === 'body_not_found') throw notFound();
      c.status(400);
      return secretariatPage(c, { slug, year, values, problems: [PROBLEMS[result.reason]] });
    }
    return c.redirect(`/sekretariat/moedeplan?organ=${body.slug}&aar=${year}&gemt=1`, 303);
  });

  const editEntryBody = requireRole('edit_meeting', (c) => planEntryBodyId(db, idParam(c)));

  const editPage = async (c: Context, values?: PlanFormValues, problems: Problem[] = []) => {
    const entry = await findPlanEntry(db, idParam(c));
    if (!entry) throw notFound();
    const body = await findBodyRefById(db, entry.bodyId);
    if (!body) throw notFound();
    return c.render(
      <EditPlanEntryPage
        entry={presentEntry(entry, { editable: false })}
        body={body}
        kinds={KINDS}
        decisions={await decisionOptions(body.id)}
        csrfToken={userOf(c).csrfToken}
        values={
          values ?? {
            kind: entry.kind,
            title: entry.title,
            plannedOn: entry.plannedOn,
            endsOn: entry.endsOn ?? '',
            startTime: entry.startTime ?? '',
            endTime: entry.endTime ?? '',
            location: entry.location ?? '',
            decision: '',
            note: '',
            isCancelled: entry.isCancelled,
          }
        }
        problems={problems}
      />,
    );
  };

  app.get('/sekretariat/moedeplan/:id', signedInOnly, editEntryBody, (c) => editPage(c));

  app.post('/sekretariat/moedeplan/:id', signedInOnly, editEntryBody, async (c) => {
    const id = idParam(c);
    const values = formValues(await c.req.parseBody());
    const input = entryInput(values);
    if (!input.ok) {
      c.status(400);
      return editPage(c, values, [input.problem]);
    }
    const result = await changeMeetingPlan({
      db,
      entryId: id,
      entry: input.entry,
      isCancelled: values.isCancelled,
      decisionId: input.decisionId,
      note: values.note,
      actor: auditActorOf(c),
      now: now(),
    });
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      c.status(400);
      return editPage(c, values, [PROBLEMS[result.reason]]);
    }
    const entry = await findPlanEntry(db, id);
    const body = entry ? await findBodyRefById(db, entry.bodyId) : null;
    return c.redirect(
      `/sekretariat/moedeplan?organ=${body?.slug ?? ''}&aar=${input.entry.plannedOn.slice(0, 4)}&gemt=1`,
      303,
    );
  });

  return app;
}
