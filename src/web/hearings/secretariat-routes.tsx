/**
 * The secretariat's hearings (mounted at /sekretariat/hoeringer): the list, a new hearing (GET /ny,
 * POST /), a hearing's page (GET /:id) with its forms: POST /:id/svar (register a response received
 * otherwise), POST /:id/svar/:response (publish, withhold with a reason, or undo), GET
 * /:id/svar/:file.pdf (a response's PDF, published or not), POST /:id/notat (the memo), POST
 * /:id/offentliggoer (publish the memo with the decision) and POST /:id/trin (the process step).
 * For a secretariat of some body and admins; each use case checks the hearing's body.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listBodyOptions } from '../../db/queries/frames.js';
import { type HearingWork, listHearingStepOptions, listHearings } from '../../db/queries/hearings.js';
import { listPlanVersionOptions } from '../../db/queries/plans.js';
import { formatDate } from '../../domain/danish-dates.js';
import {
  HearingWorkListPage,
  NewHearingPage,
  type NewHearingValues,
} from '../../render/html/hearings/hearing-work-pages.js';
import { type HearingProblem, openHearing } from '../../use-cases/hearings/open-hearing.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { type Problem, submitForm, typedValues } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { parseId } from '../kit/params.js';
import { hearingWorkHref } from './presenters.js';
import { sendResponseFile } from './public-routes.js';
import {
  type Deps,
  editable,
  publishMemo,
  registerResponse,
  reviewResponse,
  saveMemo,
  setStep,
  withHearing,
  workPage,
} from './work-actions.js';

async function secretariatOnly(c: Context, next: () => Promise<void>) {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
}

const EMPTY: NewHearingValues = {
  body: '',
  title: '',
  description: '',
  planVersion: '',
  attachment: '',
  consultees: '',
  startsOn: '',
  deadlineOn: '',
  step: '',
};

const HEARING_TEXTS: Record<HearingProblem['field'], Partial<Record<HearingProblem['reason'], string>>> = {
  hearing: { not_found: 'Høringen findes ikke.', not_allowed: 'Du kan ikke redigere denne høring.' },
  body: { not_found: 'Vælg organet.', not_allowed: 'Du kan kun oprette høringer for organer, du er sekretariat for.' },
  title: { missing: 'Skriv en titel.', too_long: 'Titlen er for lang (højst 300 tegn).' },
  description: { too_long: 'Teksten er for lang (højst 10.000 tegn).' },
  document: {
    not_found: 'Planens version findes ikke.',
    not_of_body: 'Planen er ikke organets.',
    not_public: 'Bilaget findes ikke eller er ikke offentligt.',
    both_documents: 'Vælg enten en plan eller et bilag, ikke begge.',
  },
  step: { not_of_body: 'Trinnet er ikke et høringstrin i et af organets forløb.' },
  startsOn: { invalid: 'Skriv datoen som ÅÅÅÅ-MM-DD.' },
  deadlineOn: { invalid: 'Skriv datoen som ÅÅÅÅ-MM-DD.', before_start: 'Fristen kan ikke ligge før starten.' },
  consultees: { too_long: 'Der er for mange høringsparter (højst 200).' },
};

function hearingText(p: HearingProblem): Problem {
  if (p.field === 'consultees' && p.line)
    return { field: 'consultees', text: `Linje ${p.line} af høringsparterne: skriv et navn og evt. en gyldig e-mail.` };
  const field = p.field === 'document' ? 'planVersion' : p.field;
  return { field, text: HEARING_TEXTS[p.field][p.reason] ?? 'Feltet er ikke udfyldt rigtigt.' };
}

/** "Navn; e-mail" per line. */
const consulteesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, email] = line.split(';').map((part) => part.trim());
      return { name: name ?? '', email: email || null };
    });

async function newHearingPage(db: Db, c: Context, values: NewHearingValues, problems: Problem[] = []) {
  const ids = editable(c);
  const bodies = await listBodyOptions(db, ids);
  const [versions, steps] = await Promise.all([
    listPlanVersionOptions(db, ids),
    Promise.all(
      bodies.map(async (b) =>
        (await listHearingStepOptions(db, b.id)).map((s) => ({ ...s, label: `${b.name}: ${s.label}` })),
      ),
    ),
  ]);
  return page(
    c,
    <NewHearingPage
      values={values}
      problems={problems}
      bodies={bodies.map((b) => ({ value: String(b.id), label: b.publisher ? `${b.name} (${b.publisher})` : b.name }))}
      planVersions={versions.map((v) => ({ value: String(v.id), label: v.label }))}
      steps={steps.flat().map((s) => ({ value: String(s.id), label: s.label }))}
      csrfToken={csrfOf(c)}
    />,
    problems.length > 0 ? 400 : 200,
  );
}

async function createHearing(db: Db, c: Context) {
  const form = await c.req.parseBody();
  const values = typedValues(form, EMPTY, (name) => (name === 'description' || name === 'consultees' ? 20_001 : 301));
  const problems: Problem[] = [];
  const idOrNull = (value: string, name: string, text: string) => {
    if (!value.trim()) return null;
    const id = parseId(value.trim());
    if (id === null) problems.push({ field: name, text });
    return id;
  };
  const bodyId = idOrNull(values.body, 'body', 'Vælg organet.');
  if (bodyId === null && !problems.length) problems.push({ field: 'body', text: 'Vælg organet.' });
  const attachment = values.attachment.trim();
  const attachmentMatch =
    /^(?:https?:\/\/[^/]+)?\/bilag\/(\d{1,10})\/?$/.exec(attachment) ?? /^(\d{1,10})$/.exec(attachment);
  if (attachment && !attachmentMatch)
    problems.push({ field: 'attachment', text: 'Skriv bilagets adresse, fx /bilag/123.' });
  const planVersionId = idOrNull(values.planVersion, 'planVersion', 'Vælg en version.');
  const stepId = idOrNull(values.step, 'step', 'Vælg et trin.');
  for (const name of ['startsOn', 'deadlineOn'] as const)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values[name].trim()))
      problems.push({ field: name, text: 'Skriv datoen som ÅÅÅÅ-MM-DD.' });
  return submitForm(c, {
    parsed: problems.length > 0 || bodyId === null ? { ok: false, problems } : { ok: true, value: bodyId },
    run: (id) =>
      openHearing({
        db,
        bodyId: id,
        title: values.title,
        description: values.description,
        planVersionId,
        attachmentId: attachmentMatch ? Number(attachmentMatch[1]) : null,
        processStepId: stepId,
        startsOn: values.startsOn.trim(),
        deadlineOn: values.deadlineOn.trim(),
        consultees: consulteesOf(values.consultees),
        actor: userOf(c),
        auditActor: auditActorOf(c),
      }),
    done: (result) => hearingWorkHref(result.hearingId),
    refused: (result) => result.problems.map(hearingText),
    again: (shown) => newHearingPage(db, c, values, shown),
  });
}

export function hearingSecretariatRoutes(deps: Deps) {
  const { db } = deps;
  const app = new Hono();
  app.use('*', signedInOnly, secretariatOnly);
  app.get('/', async (c) => {
    const ids = editable(c);
    const { rows } = await listHearings(db, { limit: 500 });
    const mine = rows.filter((h) => ids === null || ids.includes(h.body.id));
    return c.render(
      <HearingWorkListPage
        hearings={mine.map((h) => ({
          title: h.title,
          href: hearingWorkHref(h.id),
          text: `${h.body.name}, frist ${formatDate(h.deadlineOn)}`,
        }))}
      />,
    );
  });
  app.get('/ny', (c) => newHearingPage(db, c, EMPTY));
  app.post('/', (c) => createHearing(db, c));
  app.get(
    '/:id',
    withHearing(deps, (c, h) =>
      workPage(deps, c, h, { notice: c.req.query('gemt') ? 'Ændringen er gemt.' : undefined }),
    ),
  );
  app.get(
    '/:id/svar/:file{.+\\.pdf}',
    withHearing(deps, (c) => sendResponseFile(deps, c, { isPublishedOnly: false })),
  );
  /** A form on one hearing's page: its action, with the hearing when the user may edit it. */
  const act = (action: (deps: Deps, c: Context, hearing: HearingWork) => Promise<Response>) =>
    withHearing(deps, (c, hearing) => action(deps, c, hearing));
  app.post('/:id/svar', act(registerResponse));
  app.post('/:id/svar/:response{\\d+}', act(reviewResponse));
  app.post('/:id/notat', act(saveMemo));
  app.post('/:id/offentliggoer', act(publishMemo));
  app.post('/:id/trin', act(setStep));
  return app;
}
