/**
 * The meeting calendar, for the secretariat (mounted at /sekretariat/moedeplan):
 *   GET /sekretariat/moedeplan[?organ=slug&aar=YYYY], POST /sekretariat/moedeplan,
 *   GET|POST /sekretariat/moedeplan/:id (marking an entry cancelled asks first: done with `confirm=1`).
 * The public calendar (/organ/:slug/moedeplan) is in public-routes.tsx.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { listBodyDecisions } from '../../db/queries/follow-ups.js';
import { findPlanEntry, listPlanEntries, planEntryBodyId, planYears } from '../../db/queries/meeting-plan.js';
import { findBodyRefById, findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { isPlanEntryKind, PLAN_ENTRY_KINDS } from '../../domain/meeting-plan.js';
import { can } from '../../domain/roles.js';
import {
  EditPlanEntryPage,
  EMPTY_PLAN_FORM,
  type PlanFormValues,
  SecretariatPlanPage,
} from '../../render/html/questions/meeting-plan-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { changeMeetingPlan } from '../../use-cases/meeting-plan/change-meeting-plan.js';
import { type PlanEntryRefusal, validatePlanEntry } from '../../use-cases/meeting-plan/plan-entry-fields.js';
import { planMeeting } from '../../use-cases/meeting-plan/plan-meeting.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, requireRole, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { confirmPage, isConfirmed } from './confirm.js';
import { presentPlanEntry } from './presenters.js';
import { bodiesWhere, SLUG, type WorkDeps } from './shared.js';

const YearSchema = z.object({ aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

const kinds = (lang: Lang) => PLAN_ENTRY_KINDS.map((kind) => ({ value: kind, label: LABELS[lang].meetingKind[kind] }));

type PlanProblem = PlanEntryRefusal | 'decision_not_found';

/** The form field of each problem (its words: messages/questions.ts, plan.problems). */
const PROBLEM_FIELDS: Record<PlanProblem, string> = {
  kind_invalid: 'kind',
  title_missing: 'title',
  title_too_long: 'title',
  date_invalid: 'plannedOn',
  end_date_invalid: 'endsOn',
  time_invalid: 'startTime',
  location_too_long: 'location',
  note_too_long: 'note',
  decision_not_found: 'decision',
};

const problemOf = (reason: PlanProblem, c: Context): Problem => ({
  field: PROBLEM_FIELDS[reason],
  text: QUESTION_MESSAGES[langOf(c)].plan.problems[reason] ?? reason,
});

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
  if (!isPlanEntryKind(values.kind)) return { ok: false as const, reason: 'kind_invalid' as const };
  if (values.decision !== '' && !/^\d{1,10}$/.test(values.decision)) {
    return { ok: false as const, reason: 'decision_not_found' as const };
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

/** The decisions a change of the plan can name: the body's latest. */
async function decisionOptions(db: WorkDeps['db'], bodyId: number, lang: Lang) {
  return (await listBodyDecisions(db, bodyId, 100)).map((decision) => ({
    value: String(decision.decisionId),
    label: QUESTION_MESSAGES[lang].plan.decisionOption(
      decision.itemNumber,
      decision.itemTitle,
      formatDate(decision.heldOn),
    ),
  }));
}

interface PlanPageInput {
  slug: string;
  year: number;
  values?: PlanFormValues;
  problems?: Problem[];
  notice?: string;
}

/** The plan of the chosen body (or the only one) for a year, with the form that adds an entry. */
async function planPage(c: Context, db: WorkDeps['db'], input: PlanPageInput) {
  const ids = bodiesWhere(userOf(c), 'edit_meeting');
  if (ids !== null && ids.length === 0) return forbidden(c);
  const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
  const body = input.slug ? bodies.find((b) => b.slug === input.slug) : bodies.length === 1 ? bodies[0] : null;
  if (input.slug && !body) throw notFound();
  const [entries, years, decisions] = body
    ? await Promise.all([
        listPlanEntries(db, { bodyId: body.id, year: input.year }),
        planYears(db, body.id),
        decisionOptions(db, body.id, langOf(c)),
      ])
    : [[], [], []];
  return c.render(
    <SecretariatPlanPage
      body={body ?? null}
      bodies={bodies}
      year={input.year}
      years={years}
      entries={entries.map((entry) => presentPlanEntry(entry, { editable: true, lang: langOf(c) }))}
      kinds={kinds(langOf(c))}
      decisions={decisions}
      csrfToken={csrfOf(c)}
      values={input.values ?? EMPTY_PLAN_FORM}
      problems={input.problems}
      notice={input.notice}
    />,
  );
}

export function meetingPlanRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const thisYear = () => Number(copenhagenDate(now()).slice(0, 4));

  app.get('/', signedInOnly, async (c) => {
    const slug = c.req.query('organ') ?? '';
    if (slug && !SLUG.test(slug)) throw notFound();
    const year = YearSchema.parse(c.req.query()).aar ?? thisYear();
    const notice = c.req.query('gemt') ? QUESTION_MESSAGES[langOf(c)].plan.updated : undefined;
    return planPage(c, db, { slug, year, notice });
  });

  app.post('/', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const slug = field(form, 'organ', 200);
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    if (!can(userOf(c), 'edit_meeting', { bodyId: body.id })) return forbidden(c);
    const values = formValues(form);
    const year = /^\d{4}-/.test(values.plannedOn) ? Number(values.plannedOn.slice(0, 4)) : thisYear();
    const again = (problem: Problem) => {
      c.status(400);
      return planPage(c, db, { slug, year, values, problems: [problem] });
    };
    const input = entryInput(values);
    if (!input.ok) return again(problemOf(input.reason, c));
    const { entry, decisionId } = input;
    const result = await planMeeting({
      db,
      bodyId: body.id,
      entry,
      decisionId,
      note: values.note,
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`/sekretariat/moedeplan?organ=${body.slug}&aar=${year}&gemt=1`, 303);
    if (result.reason === 'body_not_found') throw notFound();
    return again(problemOf(result.reason, c));
  });

  app.route('/', planEntryRoutes({ db, now }));
  return app;
}

/** GET|POST /sekretariat/moedeplan/:id: change, move or cancel one entry, naming the decision behind it. */
function planEntryRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const editEntryBody = requireRole('edit_meeting', (c) => planEntryBodyId(db, idParam(c)));

  const editPage = async (c: Context, values?: PlanFormValues, problems: Problem[] = []) => {
    const entry = await findPlanEntry(db, idParam(c));
    if (!entry) throw notFound();
    const body = await findBodyRefById(db, entry.bodyId);
    if (!body) throw notFound();
    const saved: PlanFormValues = {
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
    };
    const view = (
      <EditPlanEntryPage
        entry={presentPlanEntry(entry, { editable: false, lang: langOf(c) })}
        body={body}
        kinds={kinds(langOf(c))}
        decisions={await decisionOptions(db, body.id, langOf(c))}
        csrfToken={csrfOf(c)}
        values={values ?? saved}
        problems={problems}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/:id', signedInOnly, editEntryBody, (c) => editPage(c));

  app.post('/:id', signedInOnly, editEntryBody, async (c) => {
    const id = idParam(c);
    const form = await c.req.parseBody();
    const values = formValues(form);
    const input = entryInput(values);
    if (!input.ok) return editPage(c, values, [problemOf(input.reason, c)]);
    if (values.isCancelled && !isConfirmed(form)) {
      // The form's problems first: the question is asked of a change that can be saved.
      const checked = validatePlanEntry(input.entry, values.note);
      if (!checked.ok) return editPage(c, values, [problemOf(checked.reason, c)]);
      const entry = await findPlanEntry(db, id);
      if (entry && !entry.isCancelled) return confirmCancelling(c, entry, values);
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
      return editPage(c, values, [problemOf(result.reason, c)]);
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

/** "Er du sikker?" before a planned meeting is marked cancelled; every field typed goes along. */
function confirmCancelling(c: Context, entry: { id: number; title: string }, values: PlanFormValues) {
  const { isCancelled: _, ...typed } = values;
  const m = QUESTION_MESSAGES[langOf(c)].plan;
  return confirmPage(c, {
    heading: m.confirmCancel(entry.title),
    consequences: m.consequences,
    confirmLabel: m.confirmCancelLabel,
    backHref: `/sekretariat/moedeplan/${entry.id}`,
    backLabel: m.back,
    hidden: { ...typed, isCancelled: '1' },
    undoable: true,
  });
}
