/**
 * The secretariat's GP capacity pages (mounted at /sekretariat/laegedaekning): GET / and POST /
 * (load figures from CSV: a file or pasted text; each bad row named with its column, what was
 * pasted kept), GET /:slug (handle a council's board), POST /:slug/vakance/:id (how a vacancy
 * ended, by a decision) and POST /:slug/beslutning (link a decision to the board). For a
 * secretariat of some body and admins; each use case checks the council's own (`edit_meeting`).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findGpBoardBySlug, type GpBoardDetail, listGpBoards } from '../../db/queries/gp-capacity.js';
import { formatDate } from '../../domain/danish-dates.js';
import { parseDateInput } from '../../domain/date-input.js';
import { VACANCY_OUTCOMES } from '../../domain/gp-capacity.js';
import { copenhagenDate } from '../../domain/meeting.js';
import {
  GpUploadPage,
  type GpUploadValues,
  type LinkValues,
  ManageGpBoardPage,
  type OutcomeValues,
} from '../../render/html/gp-capacity/gp-forms.js';
import { GP_MESSAGES } from '../../render/messages/gp-capacity.js';
import { GP_COLUMNS, importGpBoards } from '../../use-cases/gp-capacity/import-gp-boards.js';
import { linkGpDecision } from '../../use-cases/gp-capacity/link-gp-decision.js';
import { recordVacancyOutcome } from '../../use-cases/gp-capacity/record-vacancy-outcome.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, problemsOf } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, isSlug } from '../kit/params.js';
import { bodiesWhere } from '../questions/shared.js';
import { gpBoardHref } from './presenters.js';

const m = GP_MESSAGES.da;
/** The most a CSV may hold (a council has a few hundred practices; the upload limit is the web's). */
const CSV_MAX = 2_000_000;

const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');
const secretariatOnly = async (c: Context, next: () => Promise<void>) => {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
};

const DATE_HINT = 'Skriv datoen som fx 16.3.2026.';
const decision = (required: boolean) =>
  z
    .string()
    .trim()
    .regex(
      required ? /^(?:https?:\/\/[^/]+)?\/punkt\/\d{1,10}\/?$/ : /^(?:(?:https?:\/\/[^/]+)?\/punkt\/\d{1,10}\/?)?$/,
      'Skriv punktets adresse, fx /punkt/1234.',
    )
    .transform((value) => (value ? Number(/(\d+)\/?$/.exec(value)![1]) : null));
const note = z
  .string()
  .max(2_000, 'Bemærkningen er for lang (højst 2.000 tegn).')
  .transform((value) => value.trim() || null);

const OutcomeForm = z.object({
  outcome: z.enum(VACANCY_OUTCOMES, { message: 'Vælg afgørelsen: genbesat, flyttet eller inddraget.' }),
  decidedOn: z.string().transform((value, ctx) => {
    const parsed = parseDateInput(value);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: DATE_HINT });
    return z.NEVER;
  }),
  decision: decision(false),
  note,
});
const LinkForm = z.object({ decision: decision(true), note });

const OUTCOME_REFUSALS: Record<string, Problem> = {
  already_ended: { field: 'outcome', text: 'Vakancen er allerede afgjort.' },
  before_clock: { field: 'decidedOn', text: 'Afgørelsen kan ikke ligge før, ydernummeret blev vakant.' },
  bad_date: { field: 'decidedOn', text: DATE_HINT },
  decision_not_found: { field: 'decision', text: 'Punktet findes ikke.' },
  note_too_long: { field: 'note', text: 'Bemærkningen er for lang (højst 2.000 tegn).' },
};

export function gpSecretariatRoutes({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  const app = new Hono();
  uploadRoutes(app, db);
  boardRoutes(app, db, now);
  return app;
}

function uploadRoutes(app: Hono, db: Db) {
  const uploadPage = async (c: Context, values: GpUploadValues, problems: Problem[] = []) => {
    const mine = editable(c);
    const { rows } = await listGpBoards(db, { limit: 100 });
    return page(
      c,
      <GpUploadPage
        values={values}
        problems={problems}
        columns={GP_COLUMNS}
        boards={rows
          .filter((row) => mine === null || mine.includes(row.body.id))
          .map((row) => ({ name: row.body.name, href: `/sekretariat${gpBoardHref(row.body.slug)}` }))}
        csrfToken={csrfOf(c)}
      />,
      problems.length > 0 ? 400 : 200,
    );
  };

  app.get('/', signedInOnly, secretariatOnly, (c) => uploadPage(c, { csv: '' }));

  app.post('/', signedInOnly, secretariatOnly, async (c) => {
    const form = await c.req.parseBody();
    const file = form.fil;
    const pasted = field(form, 'csv', CSV_MAX);
    const values = { csv: pasted };
    let text = pasted;
    if (file instanceof File && file.size > 0) {
      if (file.size > CSV_MAX)
        return uploadPage(c, values, [{ field: 'fil', text: 'Filen er for stor (højst 2 MB).' }]);
      text = await file.text();
    }
    if (!text.trim()) return uploadPage(c, values, [{ field: 'fil', text: 'Vælg en CSV-fil, eller sæt teksten ind.' }]);
    const result = await importGpBoards({ db, text, actor: userOf(c), auditActor: auditActorOf(c) });
    if (result.ok) return c.redirect(gpBoardHref(result.boards[0].slug), 303);
    return uploadPage(
      c,
      values,
      result.problems.map((p) => ({
        field: file instanceof File && file.size > 0 ? 'fil' : 'csv',
        text: `${p.row === null ? 'Filen' : `Række ${p.row}`}${p.column ? `, kolonnen »${p.column}«` : ''}: ${p.text}`,
      })),
    );
  });
}

type Extra = { outcome?: { id: number; values: OutcomeValues }; link?: LinkValues; problems?: Problem[] };

type BoardOf = (c: Context) => Promise<{ board: GpBoardDetail; allowed: boolean }>;
type ManagePage = (c: Context, extra?: Extra) => Promise<Response>;

/** The council's board of the path (with whether the user may handle it) and its page. */
function boardPages(db: Db): { boardOf: BoardOf; managePage: ManagePage } {
  const boardOf = async (c: Context) => {
    const slug = c.req.param('slug') ?? '';
    const board = isSlug(slug) ? await findGpBoardBySlug(db, slug) : null;
    if (!board) throw notFound();
    const mine = editable(c);
    return { board, allowed: mine === null || mine.includes(board.body.id) };
  };
  const managePage = async (c: Context, extra: Extra = {}) => {
    const { board, allowed } = await boardOf(c);
    if (!allowed) return forbidden(c);
    return page(
      c,
      <ManageGpBoardPage
        board={{
          council: board.body.name,
          slug: board.body.slug,
          publicHref: gpBoardHref(board.body.slug),
          openVacancies: board.vacancies
            .filter((vacancy) => vacancy.outcome === null)
            .map((vacancy) => ({
              id: vacancy.id,
              label: `${vacancy.practiceNumber} ${vacancy.practiceName}: vakant fra ${formatDate(vacancy.clockStartsOn)}, frist ${formatDate(vacancy.deadlineOn)}`,
            })),
        }}
        outcomes={VACANCY_OUTCOMES.map((outcome) => ({ value: outcome, label: m.outcomes[outcome] }))}
        {...extra}
        csrfToken={csrfOf(c)}
      />,
      (extra.problems?.length ?? 0) > 0 ? 400 : 200,
    );
  };

  return { boardOf, managePage };
}

function boardRoutes(app: Hono, db: Db, now: () => Date) {
  const { boardOf, managePage } = boardPages(db);
  app.get('/:slug', signedInOnly, secretariatOnly, (c) => managePage(c));
  app.post('/:slug/vakance/:id', signedInOnly, secretariatOnly, async (c) => {
    const { board, allowed } = await boardOf(c);
    if (!allowed) return forbidden(c);
    const vacancyId = idParam(c);
    const form = await c.req.parseBody();
    const values: OutcomeValues = {
      outcome: field(form, 'outcome', 20),
      decidedOn: field(form, 'decidedOn', 50),
      decision: field(form, 'decision', 300),
      note: field(form, 'note', 2_001),
    };
    const again = (problems: Problem[]) => managePage(c, { outcome: { id: vacancyId, values }, problems });
    const parsed = OutcomeForm.safeParse(values);
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await recordVacancyOutcome({
      db,
      bodyId: board.body.id,
      vacancyId,
      outcome: parsed.data.outcome,
      decidedOn: parsed.data.decidedOn,
      decisionItemId: parsed.data.decision,
      note: parsed.data.note,
      today: copenhagenDate(now()),
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`${gpBoardHref(board.body.slug)}#vakance-${vacancyId}`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    return again([OUTCOME_REFUSALS[result.reason]]);
  });

  linkRoute(app, db, boardOf, managePage);
}

function linkRoute(app: Hono, db: Db, boardOf: BoardOf, managePage: ManagePage) {
  app.post('/:slug/beslutning', signedInOnly, secretariatOnly, async (c) => {
    const { board, allowed } = await boardOf(c);
    if (!allowed) return forbidden(c);
    const form = await c.req.parseBody();
    const values: LinkValues = { decision: field(form, 'decision', 300), note: field(form, 'note', 2_001) };
    const again = (problems: Problem[]) => managePage(c, { link: values, problems });
    const parsed = LinkForm.safeParse(values);
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await linkGpDecision({
      db,
      bodyId: board.body.id,
      itemId: parsed.data.decision as number,
      note: parsed.data.note,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(gpBoardHref(board.body.slug), 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    return again([
      result.reason === 'decision_not_found'
        ? { field: 'decision', text: 'Punktet findes ikke.' }
        : { field: 'note', text: 'Bemærkningen er for lang (højst 2.000 tegn).' },
    ]);
  });
}
