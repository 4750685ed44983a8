/**
 * The secretariat's processes (mounted at /sekretariat/forloeb): GET / (the processes the user
 * keeps), GET /nyt and POST / (start from a template), GET /:id (the process's work page), steps
 * (GET /:id/trin/nyt, POST /:id/trin, GET and POST /trin/:stepId, POST /trin/:stepId/flyt, /slet,
 * /planlaeg, /gennemfoert, /spring-over) and phases (POST /:id/faser, /:id/faser/:phaseId/slet).
 * For a secretariat of some body and admins; each use case checks the owner body.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listBodyOptions } from '../../db/queries/frames.js';
import { findBodiesNamed, listProcesses, type ProcessDetail } from '../../db/queries/processes.js';
import { parseDateInput } from '../../domain/date-input.js';
import { parseDueInput, STEP_ACTIONS, type StepAction } from '../../domain/process.js';
import { processTemplate, TEMPLATE_KEYS, type TemplateKey } from '../../domain/process-templates.js';
import {
  ProcessWorkPage,
  StartProcessPage,
  type StartValues,
  type StepEditValues,
  StepFormPage,
} from '../../render/html/processes/secretariat-pages.js';
import { PROCESS_MESSAGES } from '../../render/messages/processes.js';
import { saveProcessStep } from '../../use-cases/processes/save-process-step.js';
import { type RolePick, startProcess } from '../../use-cases/processes/start-process.js';
import { signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { presentProcessListItem, processEditHref } from './presenters.js';

import { actors, editable, editPage, processOf, secretariatOnly, stepOf } from './secretariat-kit.js';
import { registerStepActions } from './step-action-routes.js';

const _BASE = '/sekretariat/forloeb';
const m = PROCESS_MESSAGES.da;

const STEP_EMPTY: StepEditValues = {
  title: '',
  action: 'approval',
  body: '',
  due: '',
  phase: '',
  parallelGroup: '',
  requires: '',
};

const StepForm = z.object({
  title: z.string().trim().min(1, 'Skriv, hvad trinnet er.').max(300, 'Titlen er for lang (højst 300 tegn).'),
  action: z.enum(STEP_ACTIONS, { message: 'Vælg, hvad der sker.' }),
  body: z.string().trim().min(1, 'Skriv organets navn.').max(300, 'Navnet er for langt (højst 300 tegn).'),
  due: z
    .string()
    .transform((text) => parseDueInput(text))
    .refine(
      (due) => due !== null,
      'Skriv fristen som en dato (1.4.2027), en måned (august 2026) eller måneder (aug./sep. 2026).',
    ),
  phase: z.string().regex(/^\d{0,10}$/, 'Vælg en fase.'),
  parallelGroup: z.string().trim().max(300, 'Navnet er for langt (højst 300 tegn).'),
  requires: z.string().regex(/^[\d,\s]*$/, 'Skriv trinnenes numre adskilt af komma, fx 5, 6, 7.'),
});

const listPage = (db: Db) => async (c: Context) => {
  const ids = editable(c);
  const { rows } = await listProcesses(db, { limit: 500 });
  const mine = rows.filter((row) => ids === null || ids.some((id) => id === row.ownerBodyId));
  return page(
    c,
    <ProcessWorkPage
      processes={mine.map((row) => ({ ...presentProcessListItem(row), editHref: processEditHref(row.id) }))}
    />,
  );
};

// --- Start from a template
const templates = TEMPLATE_KEYS.map((key) => processTemplate(key, '2026-01-01'));
async function startPage(db: Db, c: Context, values: StartValues, problems: Problem[] = []) {
  const owners = await listBodyOptions(db, editable(c));
  const chosen = templates.find((t) => t.key === values.template) ?? null;
  return page(
    c,
    <StartProcessPage
      templates={templates}
      chosen={chosen}
      values={values}
      problems={problems}
      owners={owners.map((o) => ({
        value: String(o.id),
        label: o.publisher ? `${o.name} (${o.publisher})` : o.name,
      }))}
      csrfToken={csrfOf(c)}
    />,
    problems.length > 0 ? 400 : 200,
  );
}
const EMPTY_START = { title: '', owner: '', startsOn: '', roles: {} };

const postStart = (db: Db) => async (c: Context) => {
  const form = await c.req.parseBody();
  const template = templates.find((t) => t.key === field(form, 'template', 40));
  if (!template)
    return startPage(db, c, { ...EMPTY_START, template: '' }, [{ field: 'skabelon', text: 'Vælg en skabelon.' }]);
  const values: StartValues = {
    template: template.key,
    title: field(form, 'title', 301),
    owner: field(form, 'owner', 12),
    startsOn: field(form, 'startsOn', 20),
    roles: Object.fromEntries(template.roles.map((role) => [role.key, field(form, `role-${role.key}`, 20_000)])),
  };
  const problems: Problem[] = [];
  const startsOn = parseDateInput(values.startsOn);
  if (!startsOn.ok) problems.push({ field: 'startsOn', text: 'Skriv datoen som fx 1.5.2026.' });
  if (!/^\d{1,10}$/.test(values.owner)) problems.push({ field: 'owner', text: 'Vælg det ansvarlige organ.' });
  if (values.title.length > 300) problems.push({ field: 'title', text: 'Titlen er for lang (højst 300 tegn).' });
  const lines = (role: string) =>
    values.roles[role]
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  for (const role of template.roles) {
    if (lines(role.key).some((line) => line.length > 300))
      problems.push({ field: `role-${role.key}`, text: 'Et navn er for langt (højst 300 tegn).' });
    if (lines(role.key).length > 200) problems.push({ field: `role-${role.key}`, text: 'Højst 200 organer.' });
  }
  if (problems.length > 0 || !startsOn.ok) return startPage(db, c, values, problems);
  const named = await findBodiesNamed(
    db,
    template.roles.flatMap((role) => lines(role.key)),
  );
  const picks = new Map<string, RolePick[]>(
    template.roles.map((role) => [
      role.key,
      lines(role.key).map((line) => {
        const bodyId = named.get(line.toLowerCase());
        return bodyId === undefined ? { outsideName: line } : { bodyId };
      }),
    ]),
  );
  const result = await startProcess({
    db,
    templateKey: template.key as TemplateKey,
    startsOn: startsOn.date,
    ownerBodyId: Number(values.owner),
    title: values.title.trim() || null,
    picks,
    ...actors(c),
  });
  if (result.ok) return c.redirect(processEditHref(result.processId), 303);
  return startPage(
    db,
    c,
    values,
    result.problems.map((p) => ({
      field: p.field === 'picks' ? 'owner' : p.field,
      text:
        p.field === 'owner' && p.reason === 'not_allowed'
          ? 'Du kan kun starte forløb for organer, du er sekretariat for.'
          : 'Feltet er ikke udfyldt rigtigt.',
    })),
  );
};

// --- Steps
async function stepFormPage(
  _db: Db,
  c: Context,
  process: ProcessDetail,
  stepId: number | null,
  values: StepEditValues,
  problems: Problem[] = [],
) {
  return page(
    c,
    <StepFormPage
      process={process}
      stepId={stepId}
      values={values}
      problems={problems}
      actions={STEP_ACTIONS.map((action) => ({ value: action, label: m.actions[action] }))}
      phases={process.phases.map((phase) => ({ value: String(phase.id), label: phase.title }))}
      csrfToken={csrfOf(c)}
    />,
    problems.length > 0 ? 400 : 200,
  );
}

const getStep = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  const numbers = new Map(process.steps.map((s, i) => [s.id, String(i + 1)]));
  return stepFormPage(db, c, process, step.id, {
    title: step.title,
    action: step.action,
    body: step.body?.name ?? step.outsideName ?? '',
    due: step.dueOn ?? [step.dueMonth, step.dueMonthEnd].filter(Boolean).join('/'),
    phase: step.phaseId === null ? '' : String(step.phaseId),
    parallelGroup: step.parallelGroup ?? '',
    requires: step.requires.map((id) => numbers.get(id)).join(', '),
  });
};

async function saveStep(db: Db, c: Context, process: ProcessDetail, stepId: number | null) {
  const form = await c.req.parseBody();
  const values = Object.fromEntries(
    Object.keys(STEP_EMPTY).map((name) => [name, field(form, name, 301)]),
  ) as unknown as StepEditValues;
  const parsed = StepForm.safeParse(values);
  if (!parsed.success) {
    return stepFormPage(
      db,
      c,
      process,
      stepId,
      values,
      parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), text: issue.message })),
    );
  }
  const input = parsed.data;
  const byNumber = (n: string) => process.steps[Number(n) - 1]?.id;
  const numbers = input.requires
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (numbers.some((n) => byNumber(n) === undefined || byNumber(n) === stepId)) {
    return stepFormPage(db, c, process, stepId, values, [
      { field: 'requires', text: 'Et af numrene er ikke et andet trin i forløbet.' },
    ]);
  }
  const named = await findBodiesNamed(db, [input.body]);
  const bodyId = named.get(input.body.toLowerCase()) ?? null;
  const due = input.due as NonNullable<typeof input.due>;
  const result = await saveProcessStep({
    db,
    processId: process.id,
    stepId,
    values: {
      title: input.title,
      action: input.action as StepAction,
      bodyId,
      outsideBodyName: bodyId === null ? input.body : null,
      parallelGroup: input.parallelGroup || null,
      ...due,
      phaseId: input.phase ? Number(input.phase) : null,
      requires: numbers.map((n) => byNumber(n) as number),
    },
    ...actors(c),
  });
  if (result.ok) return c.redirect(`${processEditHref(process.id)}#trin-${result.stepId}`, 303);
  if (result.reason !== 'invalid') throw notFound();
  return stepFormPage(
    db,
    c,
    process,
    stepId,
    values,
    result.problems.map((p) => ({
      field: p.field === 'dueMonthEnd' ? 'due' : p.field,
      text: 'Feltet er ikke udfyldt rigtigt.',
    })),
  );
}

const postStep = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  return saveStep(db, c, process, step.id);
};

export function processSecretariatRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.use('*', signedInOnly, secretariatOnly);
  app.get('/', listPage(db));
  app.get('/nyt', (c) => startPage(db, c, { ...EMPTY_START, template: c.req.query('skabelon') ?? '' }));
  app.post('/', postStart(db));
  app.get('/:id{[0-9]+}', async (c) => editPage(db, c, await processOf(db, c, idParam(c))));
  app.get('/:id{[0-9]+}/trin/nyt', async (c) =>
    stepFormPage(db, c, await processOf(db, c, idParam(c)), null, STEP_EMPTY),
  );
  app.get('/trin/:stepId{[0-9]+}', getStep(db));
  app.post('/:id{[0-9]+}/trin', async (c) => saveStep(db, c, await processOf(db, c, idParam(c)), null));
  app.post('/trin/:stepId{[0-9]+}', postStep(db));
  registerStepActions(app, db);
  return app;
}
