/**
 * The secretariat's plans (mounted at /sekretariat/planer): the list, a new plan (GET /ny, POST /),
 * a plan's page (GET|POST /:id: its fields, versions and items; POST /:id/punkter links or unlinks
 * an item) and its versions (GET /:id/version/ny, POST /:id/version; GET|POST /:id/version/:n).
 * For a secretariat of some body and admins; each use case checks `edit_meeting` in the plan's body.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listBodyOptions } from '../../db/queries/frames.js';
import { findPlan, listPlans, type PlanDetail } from '../../db/queries/plans.js';
import { formatDate } from '../../domain/danish-dates.js';
import { PLAN_KINDS, PLAN_VERSION_STATES, type PlanKind, type PlanVersionState } from '../../domain/plan.js';
import {
  type ChapterValues,
  PlanFormPage,
  type PlanFormValues,
  PlanVersionFormPage,
  PlanWorkListPage,
  type VersionFormValues,
} from '../../render/html/plans/plan-work-pages.js';
import { PLAN_MESSAGES } from '../../render/messages/plans.js';
import {
  addPlanVersion,
  editPlanVersion,
  type VersionField,
  type VersionProblem,
} from '../../use-cases/plans/add-plan-version.js';
import { createPlan, editPlan, type PlanProblem } from '../../use-cases/plans/create-plan.js';
import { linkPlanItem } from '../../use-cases/plans/link-plan-item.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, refusalProblems, submitForm, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { bodiesWhere } from '../questions/shared.js';
import { planHref, planWorkHref } from './presenters.js';

const m = PLAN_MESSAGES.da;
const KINDS = PLAN_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }));
const STATUSES = PLAN_VERSION_STATES.map((status) => ({ value: status, label: m.states[status] }));
/** Empty chapter slots after the filled ones (a plan's chapters are added a few at a time). */
const SPARE_CHAPTERS = 2;

/** "/punkt/1234" (or the whole address) → 1234; '' → null; anything else → undefined. */
export function itemIdOf(value: string): number | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const match = /^(?:https?:\/\/[^/]+)?\/punkt\/(\d{1,10})\/?$/.exec(text) ?? /^(\d{1,10})$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2027-04-01.');

const PlanForm = z.object({
  kind: z.enum(PLAN_KINDS, { message: 'Vælg, hvilken slags plan det er.' }),
  title: z.string().trim().min(1, 'Skriv en titel.').max(300, 'Titlen er for lang (højst 300 tegn).'),
  summary: z.string().max(5_000, 'Teksten er for lang (højst 5.000 tegn).'),
  deadline: z.union([z.literal(''), date]),
});

const VersionForm = z.object({
  status: z.enum(PLAN_VERSION_STATES, { message: 'Vælg versionens status.' }),
  date,
  note: z.string().max(2_000, 'Noten er for lang (højst 2.000 tegn).'),
  decision: z.string().refine((v) => itemIdOf(v) !== undefined, 'Skriv punktets adresse, fx /punkt/1234.'),
});

const PLAN_TEXTS: Record<PlanProblem['field'], Partial<Record<PlanProblem['reason'], string>>> = {
  body: {
    not_found: 'Organet findes ikke.',
    not_allowed: 'Du kan kun oprette planer for organer, du er sekretariat for.',
    missing: 'Vælg organet.',
  },
  kind: { invalid: 'Vælg, hvilken slags plan det er.' },
  title: { missing: 'Skriv en titel.', too_long: 'Titlen er for lang (højst 300 tegn).' },
  summary: { too_long: 'Teksten er for lang (højst 5.000 tegn).' },
  deadline: { invalid: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2027-04-01.' },
  plan: { not_found: 'Planen findes ikke.', not_allowed: 'Du kan ikke redigere denne plan.' },
};

function versionText(problem: VersionProblem): { field: string; text: string } {
  const texts: Record<VersionField, Partial<Record<VersionProblem['reason'], string>>> = {
    plan: { not_found: 'Planen findes ikke.', not_allowed: 'Du kan ikke redigere denne plan.' },
    version: {
      not_found: 'Versionen findes ikke.',
      adopted_is_final: 'En vedtaget version kan ikke ændres. Tilføj en ny version (revideret).',
    },
    status: {
      invalid: 'Vælg versionens status.',
      revised_without_adopted: 'En revideret version forudsætter en vedtaget version.',
    },
    date: {
      invalid: 'Skriv datoen som ÅÅÅÅ-MM-DD.',
      date_before_previous: 'Datoen kan ikke ligge før den forrige versions dato (eller efter den næstes).',
    },
    note: { too_long: 'Noten er for lang (højst 2.000 tegn).' },
    decision: { not_found: 'Punktet findes ikke.' },
    chapters: {
      too_long: problem.chapter ? `Kapitel ${problem.chapter} er for langt.` : 'Der er for mange kapitler (højst 60).',
      theme_missing: `Skriv et tema for kapitel ${problem.chapter ?? ''}.`,
    },
  };
  const field = problem.field === 'chapters' && problem.chapter ? `tema_${problem.chapter}` : problem.field;
  return { field, text: texts[problem.field][problem.reason] ?? 'Feltet er ikke udfyldt rigtigt.' };
}

/** The chapters typed into the form (fields tema_n, maal_n, beskrivelse_n), the empty ones left out. */
function chaptersOf(form: Record<string, unknown>): ChapterValues[] {
  const chapters: ChapterValues[] = [];
  for (let n = 1; n <= 60 + SPARE_CHAPTERS; n++) {
    const theme = field(form, `tema_${n}`, 301);
    const goals = field(form, `maal_${n}`, 50_001);
    const description = field(form, `beskrivelse_${n}`, 50_001);
    if (!theme.trim() && !goals.trim() && !description.trim()) continue;
    chapters.push({ theme, goals, description });
  }
  return chapters;
}

const withSpares = (chapters: ChapterValues[]) => [
  ...chapters,
  ...Array.from({ length: SPARE_CHAPTERS }, () => ({ theme: '', goals: '', description: '' })),
];

const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');

async function secretariatOnly(c: Context, next: () => Promise<void>) {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
}

/** The plan, when the user may edit it (else 404 or 403). */
async function editablePlan(db: Db, c: Context): Promise<PlanDetail | Response> {
  const plan = await findPlan(db, idParam(c));
  if (!plan) throw notFound();
  const ids = editable(c);
  if (ids !== null && !ids.includes(plan.owner.id)) return forbidden(c);
  return plan;
}

function workView(plan: PlanDetail) {
  return {
    id: plan.id,
    title: plan.title,
    publicHref: planHref(plan.id),
    versions: plan.versions.map((v) => ({
      number: v.number,
      statusText: m.states[v.status],
      dateText: formatDate(v.versionOn),
      editHref: v.status === 'adopted' ? null : `${planWorkHref(plan.id)}/version/${v.number}`,
    })),
    items: plan.items.map((item) => ({
      itemId: item.itemId,
      label: `${item.body.name}, ${formatDate(item.heldOn)}, punkt ${item.number}${item.isClosed ? ' (lukket)' : `: ${item.title}`}`,
    })),
  };
}

async function planPage(
  db: Db,
  c: Context,
  plan: PlanDetail | null,
  values: PlanFormValues,
  problems: Problem[] = [],
  notice?: string,
) {
  const bodies = await listBodyOptions(db, editable(c));
  return page(
    c,
    <PlanFormPage
      values={values}
      problems={problems}
      bodies={bodies.map((b) => ({ value: String(b.id), label: b.publisher ? `${b.name} (${b.publisher})` : b.name }))}
      kinds={KINDS}
      csrfToken={csrfOf(c)}
      notice={notice}
      plan={plan ? workView(plan) : undefined}
    />,
    problems.length > 0 ? 400 : 200,
  );
}

const valuesOf = (plan: PlanDetail): PlanFormValues => ({
  body: String(plan.owner.id),
  kind: plan.kind,
  title: plan.title,
  summary: plan.summary ?? '',
  deadline: plan.deadlineOn ?? '',
});

/** The plan's work page, saying the change is saved. */
const savedHref = (planId: number) => `${planWorkHref(planId)}?gemt=1`;

async function savePlan(db: Db, c: Context, plan: PlanDetail | null) {
  const form = await c.req.parseBody();
  const values: PlanFormValues = {
    body: field(form, 'body', 11),
    kind: field(form, 'kind', 40),
    title: field(form, 'title', 301),
    summary: field(form, 'summary', 5_001),
    deadline: field(form, 'deadline', 11).trim(),
  };
  const checked = validateForm(PlanForm, values);
  const parsed =
    plan || /^\d{1,10}$/.test(values.body)
      ? checked
      : {
          ok: false as const,
          problems: [{ field: 'body', text: 'Vælg organet.' }, ...(checked.ok ? [] : checked.problems)],
        };
  return submitForm(c, {
    parsed,
    run: (input) => {
      const fields = {
        db,
        kind: input.kind as PlanKind,
        title: input.title,
        summary: input.summary,
        deadlineOn: input.deadline || null,
        actor: userOf(c),
        auditActor: auditActorOf(c),
      };
      return plan
        ? editPlan({ ...fields, planId: plan.id })
        : createPlan({ ...fields, ownerBodyId: Number(values.body) });
    },
    done: (result) => (plan ? savedHref(result.planId) : planWorkHref(result.planId)),
    refused: (result) => refusalProblems(PLAN_TEXTS, result.problems),
    again: (problems) => planPage(db, c, plan, values, problems),
  });
}

async function linkItem(db: Db, c: Context, plan: PlanDetail) {
  const form = await c.req.parseBody();
  const itemId = itemIdOf(field(form, 'punkt', 200));
  return submitForm(c, {
    parsed:
      itemId === undefined || itemId === null
        ? { ok: false, problems: [{ field: 'item', text: 'Skriv punktets adresse, fx /punkt/1234.' }] }
        : { ok: true, value: itemId },
    run: (id) =>
      linkPlanItem({
        db,
        planId: plan.id,
        itemId: id,
        unlink: field(form, 'fjern', 2) === '1',
        actor: userOf(c),
        auditActor: auditActorOf(c),
      }),
    done: () => savedHref(plan.id),
    refused: (result) => [
      {
        field: 'item',
        text: result.reason === 'item_not_found' ? 'Punktet findes ikke.' : 'Du kan ikke redigere denne plan.',
      },
    ],
    again: (problems) => planPage(db, c, plan, valuesOf(plan), problems),
  });
}

const versionPage = (
  c: Context,
  plan: PlanDetail,
  number: number | null,
  values: VersionFormValues,
  problems: Problem[] = [],
) =>
  page(
    c,
    <PlanVersionFormPage
      plan={{ id: plan.id, title: plan.title }}
      number={number}
      values={{ ...values, chapters: withSpares(values.chapters) }}
      problems={problems}
      statuses={STATUSES}
      csrfToken={csrfOf(c)}
    />,
    problems.length > 0 ? 400 : 200,
  );

function versionValues(plan: PlanDetail, number: number | null): VersionFormValues | null {
  if (number === null) {
    const previous = plan.versions.at(-1);
    return {
      status: previous ? 'hearing_draft' : 'draft',
      date: '',
      note: '',
      decision: '',
      chapters: previous?.chapters ?? [],
    };
  }
  const version = plan.versions.find((v) => v.number === number);
  if (!version) return null;
  return {
    status: version.status,
    date: version.versionOn,
    note: version.note ?? '',
    decision: version.decision ? `/punkt/${version.decision.itemId}` : '',
    chapters: version.chapters,
  };
}

/** A version's form: a new version (POST /:id/version) or version :number's changes. */
async function saveVersion(db: Db, c: Context, plan: PlanDetail) {
  const number = c.req.param('number') ? Number(c.req.param('number')) : null;
  const form = await c.req.parseBody();
  const values: VersionFormValues = {
    status: field(form, 'status', 40),
    date: field(form, 'date', 11).trim(),
    note: field(form, 'note', 2_001),
    decision: field(form, 'decision', 200),
    chapters: chaptersOf(form),
  };
  return submitForm(c, {
    parsed: validateForm(VersionForm, values),
    run: (version) => {
      const input = {
        db,
        planId: plan.id,
        status: version.status as PlanVersionState,
        versionOn: version.date,
        note: version.note,
        decisionItemId: itemIdOf(version.decision) ?? null,
        chapters: values.chapters,
        actor: userOf(c),
        auditActor: auditActorOf(c),
      };
      return number === null ? addPlanVersion(input) : editPlanVersion({ ...input, number });
    },
    done: () => savedHref(plan.id),
    refused: (result) => result.problems.map(versionText),
    again: (problems) => versionPage(c, plan, number, values, problems),
  });
}

/** Runs `then` with the plan when the user may edit it. */
const withPlan =
  (db: Db, then: (c: Context, plan: PlanDetail) => Promise<Response> | Response) => async (c: Context) => {
    const plan = await editablePlan(db, c);
    return plan instanceof Response ? plan : then(c, plan);
  };

export function planSecretariatRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.use('*', signedInOnly, secretariatOnly);
  app.get('/', async (c) => {
    const ids = editable(c);
    const { rows } = await listPlans(db, { limit: 500 });
    const mine = rows.filter((plan) => ids === null || ids.includes(plan.owner.id));
    return c.render(
      <PlanWorkListPage plans={mine.map((p) => ({ title: p.title, href: planWorkHref(p.id), body: p.owner.name }))} />,
    );
  });
  app.get('/ny', (c) =>
    planPage(db, c, null, { body: '', kind: 'local_health_plan', title: '', summary: '', deadline: '' }),
  );
  app.post('/', (c) => savePlan(db, c, null));
  app.get(
    '/:id',
    withPlan(db, (c, plan) =>
      planPage(db, c, plan, valuesOf(plan), [], c.req.query('gemt') ? 'Ændringen er gemt.' : undefined),
    ),
  );
  /** A form on one plan: its action, with the plan when the user may edit it. */
  const act = (action: (db: Db, c: Context, plan: PlanDetail) => Promise<Response>) =>
    withPlan(db, (c, plan) => action(db, c, plan));
  app.post('/:id', act(savePlan));
  app.post('/:id/punkter', act(linkItem));
  app.get(
    '/:id/version/ny',
    withPlan(db, (c, plan) => versionPage(c, plan, null, versionValues(plan, null)!)),
  );
  app.get(
    '/:id/version/:number{\\d+}',
    withPlan(db, (c, plan) => {
      const values = versionValues(plan, Number(c.req.param('number')));
      if (!values) throw notFound();
      return versionPage(c, plan, Number(c.req.param('number')), values);
    }),
  );
  app.post('/:id/version', act(saveVersion));
  app.post('/:id/version/:number{\\d+}', act(saveVersion));
  return app;
}
