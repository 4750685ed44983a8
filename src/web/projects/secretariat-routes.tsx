/**
 * The secretariat's projects (mounted at /sekretariat/projekter): GET /ny and POST / (register),
 * GET /:id (handle: move on, spending, reports), POST /:id/status (a decision moves it on; a stop
 * with the amount given back), POST /:id/forbrug (what it spent), POST /:id/rapporter/:reportId (a
 * report received, multipart: its PDF) and POST /:id/rapporter/:reportId/dagsorden (put on a coming
 * meeting as a draft item). For a secretariat of some body and admins; each use case
 * checks the project's own bodies (`edit_meeting`).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listBodyOptions } from '../../db/queries/frames.js';
import { listAllocationOptions } from '../../db/queries/project-money.js';
import { findProject, listComingMeetings } from '../../db/queries/projects.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { formatAmount } from '../../domain/money.js';
import { NEXT_STATUSES, type ProjectStatus, projectCommittedOre } from '../../domain/project.js';
import {
  ManageProjectPage,
  type MoveValues,
  NewProjectPage,
  type NewProjectValues,
} from '../../render/html/projects/project-forms.js';
import { PROJECT_MESSAGES } from '../../render/messages/projects.js';
import { moveProject } from '../../use-cases/projects/move-project.js';
import { putReportOnAgenda } from '../../use-cases/projects/put-report-on-agenda.js';
import { receiveReport } from '../../use-cases/projects/receive-report.js';
import { recordSpending } from '../../use-cases/projects/record-spending.js';
import { registerProject } from '../../use-cases/projects/register-project.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, problemsOf, refusalProblems, submitForm, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { bodiesWhere } from '../questions/shared.js';
import {
  EMPTY,
  FIELD_OF,
  MoveForm,
  NO_MOVE,
  NO_SPENDING,
  ProjectForm,
  REFUSALS,
  ReportForm,
  SpendingForm,
  valuesOf,
} from './forms.js';
import { projectHref } from './presenters.js';

const m = PROJECT_MESSAGES.da;

type Deps = { db: Db; now: () => Date; dataDir?: string };
const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');
const secretariatOnly = async (c: Context, next: () => Promise<void>) => {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
};

export function projectSecretariatRoutes({
  db,
  now = () => new Date(),
  dataDir,
}: {
  db: Db;
  now?: () => Date;
  dataDir?: string;
}) {
  const app = new Hono();
  const deps = { db, now, dataDir };
  registerRoutes(app, deps);
  const managePage = manager(deps);
  app.get('/:id', signedInOnly, secretariatOnly, (c) => managePage(c, idParam(c)));
  moveRoutes(app, deps, managePage);
  spendingRoutes(app, deps, managePage);
  reportRoutes(app, deps, managePage);
  return app;
}

function registerRoutes(app: Hono, { db }: Deps) {
  const newPage = async (c: Context, values: NewProjectValues, problems: Problem[] = []) => {
    const [allocations, bodies] = await Promise.all([listAllocationOptions(db), listBodyOptions(db, null)]);
    return page(
      c,
      <NewProjectPage
        values={values}
        problems={problems}
        sources={allocations.map((a) => ({
          value: `${a.frameId}:${a.position}`,
          label: `${a.frameTitle}: ${a.recipient} (${formatAmount(a.amountOre - a.committedOre)} tilbage)`,
        }))}
        bodies={bodies.map((b) => ({
          value: String(b.id),
          label: b.publisher ? `${b.name} (${b.publisher})` : b.name,
        }))}
        csrfToken={csrfOf(c)}
      />,
      problems.length > 0 ? 400 : 200,
    );
  };

  app.get('/ny', signedInOnly, secretariatOnly, (c) => newPage(c, EMPTY));

  app.post('/', signedInOnly, secretariatOnly, async (c) => {
    const values = valuesOf(await c.req.parseBody(), EMPTY);
    return submitForm(c, {
      parsed: validateForm(ProjectForm, values),
      run: (input) => {
        const [frameId, position] = input.source.split(':').map(Number);
        return registerProject({
          db,
          name: input.name,
          purpose: input.purpose,
          source:
            input.source === 'pool' ? { kind: 'pool', poolName: input.pool } : { kind: 'frame', frameId, position },
          bodyIds: input.also ? [input.lead, Number(input.also)] : [input.lead],
          appliedOn: input.appliedOn,
          appliedOre: input.applied,
          ownFundingOre: input.ownFunding ?? 0n,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          reportEveryMonths: input.reportEvery,
          actor: userOf(c),
          auditActor: auditActorOf(c),
        });
      },
      done: (result) => projectHref(result.projectId),
      refused: (result) => refusalProblems(REFUSALS, result.problems, (p) => FIELD_OF[p.field]),
      again: (problems) => newPage(c, values, problems),
    });
  });
}

type Extra = Omit<Parameters<typeof ManageProjectPage>[0], 'project' | 'csrfToken' | 'move'> & { move?: MoveValues };
type ManagePage = (c: Context, projectId: number, extra?: Extra) => Promise<Response>;

function manager({ db, now }: Deps): ManagePage {
  return async (c: Context, projectId: number, extra: Extra = {}) => {
    const project = await findProject(db, projectId);
    if (!project) throw notFound();
    const bodyIds = project.bodies.map((b) => b.id);
    const mayMeet = editable(c);
    const meetings = await listComingMeetings(
      db,
      mayMeet === null ? bodyIds : bodyIds.filter((id) => mayMeet.includes(id)),
      copenhagenDate(now()),
    );
    return page(
      c,
      <ManageProjectPage
        project={{
          id: project.id,
          name: project.name,
          href: projectHref(project.id),
          statusText: m.statuses[project.status],
          nextStatuses: NEXT_STATUSES[project.status].map((s) => ({ value: s, label: m.statuses[s] })),
          reports: project.reports.map((r) => ({
            id: r.id,
            dueText: formatDate(r.dueOn),
            received: r.receivedOn !== null,
            onAgenda: r.draftItem !== null,
          })),
          meetings: meetings.map((meeting) => ({
            value: String(meeting.id),
            label: `${meeting.body}, ${formatDate(meeting.heldOn)}`,
          })),
          spendingText: spendingTextOf(project),
        }}
        {...extra}
        move={extra.move ?? NO_MOVE}
        csrfToken={csrfOf(c)}
      />,
      (extra.problems?.length ?? 0) > 0 ? 400 : 200,
    );
  };
}

function moveRoutes(app: Hono, { db }: Deps, managePage: ManagePage) {
  app.post('/:id/status', signedInOnly, secretariatOnly, async (c) => {
    const projectId = idParam(c);
    const values = valuesOf(await c.req.parseBody(), NO_MOVE);
    const parsed = MoveForm.safeParse(values);
    if (!parsed.success) return managePage(c, projectId, { move: values, problems: problemsOf(parsed.error) });
    const input = parsed.data;
    const result = await moveProject({
      db,
      projectId,
      to: input.to,
      decidedOn: input.decidedOn,
      decisionItemId: input.decision,
      note: input.note.trim() || null,
      grantedOre: input.granted,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      extendedTo: input.extendedTo,
      returnedOre: input.returned,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(projectHref(projectId), 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    if (result.reason === 'return_out_of_range')
      return managePage(c, projectId, {
        move: values,
        problems: [{ field: 'returned', text: m.returnOutOfRange(result.unspentOre) }],
      });
    const problem: Problem =
      result.reason === 'not_allowed_transition'
        ? { field: 'to', text: m.refusedMove(result.current, result.allowed) }
        : result.reason === 'over_committed'
          ? { field: 'granted', text: m.overCommitted(result.recipient, result.leftOre) }
          : result.reason === 'missing_amount'
            ? { field: 'granted', text: 'Skriv det bevilgede beløb: der er ikke noget ansøgt beløb.' }
            : result.reason === 'missing_start'
              ? { field: 'startsOn', text: 'Skriv, hvornår projektet starter.' }
              : result.reason === 'extension_not_later'
                ? { field: 'extendedTo', text: 'Skriv en ny slutdato efter den nuværende.' }
                : result.reason === 'decision_not_found'
                  ? { field: 'decision', text: 'Punktet findes ikke.' }
                  : { field: 'note', text: 'Bemærkningen er for lang (højst 2.000 tegn).' };
    return managePage(c, projectId, { move: values, problems: [problem] });
  });
}

/** "Forbrugt 150.000 kr. af 400.000 kr. (250.000 kr. tilbage)."; null before a grant. */
function spendingTextOf(project: {
  status: ProjectStatus;
  grantedOre: bigint | null;
  returnedOre: bigint | null;
  spentOre: bigint;
}): string | null {
  if (project.grantedOre === null || project.status === 'applied') return null;
  const held = projectCommittedOre(project);
  const left = held - project.spentOre;
  return `Forbrugt ${formatAmount(project.spentOre)} af ${formatAmount(held)} (${formatAmount(left > 0n ? left : 0n)} tilbage).`;
}

function spendingRoutes(app: Hono, { db }: Deps, managePage: ManagePage) {
  app.post('/:id/forbrug', signedInOnly, secretariatOnly, async (c) => {
    const projectId = idParam(c);
    const values = valuesOf(await c.req.parseBody(), NO_SPENDING);
    const again = (problems: Problem[]) => managePage(c, projectId, { spending: values, problems });
    const parsed = SpendingForm.safeParse(values);
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await recordSpending({
      db,
      projectId,
      amountOre: parsed.data.amount ?? 0n,
      spentOn: parsed.data.spentOn,
      note: parsed.data.spendingNote,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`/sekretariat/projekter/${projectId}`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    return again([
      result.reason === 'over_granted'
        ? { field: 'amount', text: m.overSpent(result.leftOre) }
        : result.reason === 'not_granted'
          ? { field: 'amount', text: 'Projektet er ikke bevilget: der er intet at registrere forbrug på.' }
          : result.reason === 'not_positive'
            ? { field: 'amount', text: 'Beløbet skal være større end 0 kr.' }
            : { field: 'spendingNote', text: 'Bemærkningen er for lang (højst 500 tegn).' },
    ]);
  });
}

const FILE_TEXTS: Record<string, string> = {
  empty: 'Filen er tom. Vælg filen igen.',
  too_large: 'Filen er for stor: en PDF må højst være 10 MB.',
  not_pdf: 'Filen er ikke en PDF. Vælg en PDF-fil.',
  no_storage: 'Filer kan ikke gemmes lige nu (ingen datamappe). Skriv et resumé eller rapportens adresse.',
};

function reportRoutes(app: Hono, { db, now, dataDir }: Deps, managePage: ManagePage) {
  app.post('/:id/rapporter/:reportId', signedInOnly, secretariatOnly, async (c) => {
    const projectId = idParam(c);
    const reportId = idParam(c, 'reportId');
    const form = await c.req.parseBody();
    const values = valuesOf(form, { receivedOn: '', body: '', url: '' }, ['body']);
    const upload = form.file;
    const file =
      upload instanceof File && upload.size > 0
        ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
        : null;
    const parsed = ReportForm.safeParse(values);
    const again = (problems: Problem[]) => managePage(c, projectId, { report: { id: reportId, values }, problems });
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await receiveReport({
      db,
      projectId,
      reportId,
      receivedOn: parsed.data.receivedOn,
      body: parsed.data.body,
      documentUrl: parsed.data.url || null,
      file,
      dataDir,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`/sekretariat/projekter/${projectId}`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    return again([
      result.reason === 'bad_file'
        ? { field: 'file', text: FILE_TEXTS[result.problem] }
        : result.reason === 'empty'
          ? {
              field: 'body',
              text: 'Skriv rapportens tekst eller et resumé, eller dens adresse, eller vedhæft den som PDF.',
            }
          : result.reason === 'too_long'
            ? { field: 'body', text: 'Teksten er for lang (højst 20.000 tegn).' }
            : result.reason === 'bad_url'
              ? { field: 'url', text: 'Skriv en adresse, der begynder med https://.' }
              : { field: 'receivedOn', text: 'Rapporten er allerede registreret som modtaget.' },
    ]);
  });

  app.post('/:id/rapporter/:reportId/dagsorden', signedInOnly, secretariatOnly, async (c) => {
    const projectId = idParam(c);
    const reportId = idParam(c, 'reportId');
    const meeting = field(await c.req.parseBody(), 'meeting', 12);
    const again = (text: string) =>
      managePage(c, projectId, { agendaFor: reportId, problems: [{ field: 'meeting', text }] });
    if (!/^\d{1,10}$/.test(meeting)) return again('Vælg mødet.');
    const result = await putReportOnAgenda({
      db,
      projectId,
      reportId,
      meetingId: Number(meeting),
      today: copenhagenDate(now()),
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`/sekretariat/punkt/${result.itemId}`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    const texts: Record<string, string> = {
      not_received: 'Rapporten er ikke modtaget endnu.',
      already_on_agenda: 'Rapporten er allerede sat på en dagsorden.',
      meeting_not_found: 'Mødet findes ikke.',
      meeting_not_editable: 'Mødets dagsorden kan ikke ændres i Protokol.',
      meeting_past: 'Mødet er holdt: vælg et kommende møde.',
      meeting_of_other_body: 'Mødet er ikke et af projektets organers møder.',
    };
    return again(texts[result.reason] ?? 'Punktet kunne ikke oprettes.');
  });
}
