/**
 * Follow-ups of decisions, for the secretariat (mounted at /sekretariat/opfoelgning and
 * /sekretariat/beslutning):
 *   GET /sekretariat/opfoelgning (per body, overdue first), GET /sekretariat/opfoelgning/:id,
 *   POST /sekretariat/opfoelgning/:id/{udfoert,annuller,punkt} (udfoert and annuller ask "Er du
 *   sikker?" first: done with `confirm=1`, see confirm.ts),
 *   GET /sekretariat/beslutning/:id/opfoelgning/ny, POST /sekretariat/beslutning/:id/opfoelgning.
 * The public sees follow-ups only on the case page, in a safe form (db/queries/follow-ups.ts).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  decisionBodyId,
  findFollowUp,
  followUpBodyId,
  listBodyDecisions,
  listFollowUps,
  listItemFollowUps,
} from '../../db/queries/follow-ups.js';
import { findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import {
  FollowUpPage,
  FollowUpsPage,
  NewFollowUpPage,
  type NewFollowUpValues,
} from '../../render/html/questions/follow-up-pages.js';
import { LABELS } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { cancelFollowUp } from '../../use-cases/follow-ups/cancel-follow-up.js';
import { completeFollowUp } from '../../use-cases/follow-ups/complete-follow-up.js';
import { createFollowUp } from '../../use-cases/follow-ups/create-follow-up.js';
import { findDecisionContext } from '../../use-cases/follow-ups/find-decision-context.js';
import { linkFollowUpItem } from '../../use-cases/follow-ups/link-follow-up-item.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, requireRole, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { confirmPage, isConfirmed } from './confirm.js';
import { followUpHref, itemIdFrom, itemLink, presentFollowUp } from './follow-up-presenters.js';
import { bodiesWhere, SLUG, type WorkDeps } from './shared.js';

const FilterSchema = z.object({
  organ: z.string().max(200).catch(''),
  alle: z.string().max(5).optional().catch(undefined),
});

/** The form field of each refusal of createFollowUp (its words: messages/questions.ts, followUp.problems). */
const CREATE_PROBLEM_FIELDS: Record<string, string> = {
  what_missing: 'what',
  what_too_long: 'what',
  responsible_missing: 'responsible',
  responsible_too_long: 'responsible',
  due_invalid: 'dueOn',
  return_body_not_found: 'returnTo',
};

/** The words of the follow-up pages, in the page's language. */
const wordsOf = (c: Context) => QUESTION_MESSAGES[langOf(c)].followUp;

/** The follow-ups of the bodies the user edits: overdue, open and (on request) closed, per body. */
async function followUpsPage(c: Context, { db, now }: WorkDeps) {
  const ids = bodiesWhere(userOf(c), 'edit_meeting');
  if (ids !== null && ids.length === 0) return forbidden(c);
  const filter = FilterSchema.parse(c.req.query());
  const chosen = filter.organ && SLUG.test(filter.organ) ? await findBodyRefBySlug(db, filter.organ) : null;
  if (filter.organ && (!chosen || (ids !== null && !ids.includes(chosen.id)))) throw notFound();
  const showClosed = filter.alle === '1';
  const rows = await listFollowUps(db, { bodyIds: chosen ? [chosen.id] : ids, openOnly: !showClosed });
  // Admins act everywhere: show the bodies that have follow-ups (or the chosen one).
  const bodies = chosen ? [chosen] : await listBodiesById(db, ids ?? [...new Set(rows.map((row) => row.body.id))]);
  const allMine = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
  const today = copenhagenDate(now());
  const groups = await Promise.all(
    bodies.map(async (body) => {
      const views = rows.filter((row) => row.body.id === body.id).map((row) => presentFollowUp(row, today, langOf(c)));
      const decisions = await listBodyDecisions(db, body.id, 30);
      return {
        name: body.name,
        overdue: views.filter((view) => view.statusKind === 'overdue'),
        open: views.filter((view) => view.statusKind === 'on_time' || view.statusKind === 'due_soon'),
        closed: views.filter((view) => view.statusKind === 'done' || view.statusKind === 'cancelled'),
        decisions: decisions.map((decision) => ({
          label: `${wordsOf(c).item(decision.itemNumber, decision.itemTitle)} (${formatDate(decision.heldOn)})`,
          href: `/sekretariat/beslutning/${decision.decisionId}/opfoelgning/ny`,
        })),
      };
    }),
  );
  return c.render(
    <FollowUpsPage
      groups={groups}
      bodies={allMine.map((body) => ({ slug: body.slug, name: body.name }))}
      filter={{ organ: chosen?.slug ?? '', showClosed }}
    />,
  );
}

export function followUpRoutes(deps: WorkDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const editFollowUpBody = requireRole('edit_meeting', (c) => followUpBodyId(db, idParam(c)));

  const followUpPage = async (
    c: Context,
    input: { notice?: string; problems?: Problem[]; values?: { note: string; item: string } } = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const row = await findFollowUp(db, idParam(c));
    if (!row) throw notFound();
    const values = input.values ?? { note: '', item: row.answeredByItem ? `/punkt/${row.answeredByItem.id}` : '' };
    const view = (
      <FollowUpPage
        followUp={presentFollowUp(row, copenhagenDate(now()), langOf(c))}
        body={row.body.name}
        csrfToken={csrfOf(c)}
        notice={input.notice}
        problems={input.problems}
        values={values}
      />
    );
    return page(c, view, status);
  };

  app.get('/', signedInOnly, (c) => followUpsPage(c, deps));
  app.get('/:id', signedInOnly, editFollowUpBody, (c) =>
    // "?gemt=…" after an action → the notice.
    followUpPage(c, { notice: wordsOf(c).notices[c.req.query('gemt') ?? ''] }),
  );

  const closeRoute = (event: 'complete' | 'cancel') => async (c: Context) => {
    const id = idParam(c);
    const form = await c.req.parseBody();
    const note = field(form, 'note', 10_000);
    if (!isConfirmed(form)) return confirmClosing(c, event, note);
    const input = { db, followUpId: id, note, actor: auditActorOf(c), now: now() };
    const result = event === 'complete' ? await completeFollowUp(input) : await cancelFollowUp(input);
    if (result.ok)
      return c.redirect(`${followUpHref(id)}?gemt=${event === 'complete' ? 'udfoert' : 'annulleret'}`, 303);
    if (result.reason === 'not_found') throw notFound();
    const text =
      result.reason === 'note_too_long'
        ? wordsOf(c).problems.noteTooLong
        : LABELS[langOf(c)].followUpRefusal[result.reason];
    const status = result.reason === 'note_too_long' ? 400 : 409;
    return followUpPage(c, { problems: [{ field: 'note', text }], values: { note, item: '' } }, status);
  };
  /** "Er du sikker?" before a follow-up is closed; the note typed goes along. */
  const confirmClosing = async (c: Context, event: 'complete' | 'cancel', note: string) => {
    const row = await findFollowUp(db, idParam(c));
    if (!row) throw notFound();
    const complete = event === 'complete';
    const m = wordsOf(c);
    return confirmPage(c, {
      heading: complete ? m.confirmDone : m.cancel,
      consequences: complete ? m.consequences.completeFollowUp : m.consequences.cancelFollowUp,
      confirmLabel: complete ? m.confirmDoneLabel : m.confirmCancelLabel,
      backHref: followUpHref(row.id),
      backLabel: m.back,
      hidden: { note },
    });
  };
  app.post('/:id/udfoert', signedInOnly, editFollowUpBody, closeRoute('complete'));
  app.post('/:id/annuller', signedInOnly, editFollowUpBody, closeRoute('cancel'));

  app.post('/:id/punkt', signedInOnly, editFollowUpBody, async (c) => {
    const id = idParam(c);
    const value = field(await c.req.parseBody(), 'item', 2_000);
    const problem = (text: string, status: 400 | 409) =>
      followUpPage(c, { problems: [{ field: 'item', text }], values: { note: '', item: value } }, status);
    const itemId = itemIdFrom(value);
    const { problems } = wordsOf(c);
    if (itemId === undefined) return problem(problems.itemMissing, 400);
    const result = await linkFollowUpItem({ db, followUpId: id, itemId, actor: auditActorOf(c), now: now() });
    if (result.ok) return c.redirect(`${followUpHref(id)}?gemt=punkt`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'item_not_found') return problem(problems.itemNotFound, 400);
    if (result.reason === 'item_not_later') return problem(problems.itemNotLater, 400);
    return problem(LABELS[langOf(c)].followUpRefusal['already-cancelled'], 409);
  });

  return app;
}

/** A decision's new follow-up (mounted at /sekretariat/beslutning). */
export function decisionFollowUpRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const editDecisionBody = requireRole('edit_meeting', (c) => decisionBodyId(db, idParam(c)));

  const newPage = async (c: Context, values: NewFollowUpValues, problems: Problem[] = []) => {
    const decision = await findDecisionContext(db, idParam(c));
    if (!decision) throw notFound();
    const [existing, bodies] = await Promise.all([listItemFollowUps(db, decision.itemId), listAllBodies(db)]);
    const today = copenhagenDate(now());
    const item = { id: decision.itemId, number: decision.itemNumber, title: decision.itemTitle };
    const view = (
      <NewFollowUpPage
        decision={{
          id: decision.decisionId,
          body: decision.bodyName,
          item: itemLink({ ...item, heldOn: decision.heldOn, bodyName: decision.bodyName }, langOf(c)),
          text: decision.decisionText,
          isClosed: decision.isItemClosed,
        }}
        existing={existing.map((row) => presentFollowUp(row, today, langOf(c)))}
        bodies={bodies.map((body) => ({ value: String(body.id), label: body.name }))}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/:id/opfoelgning/ny', signedInOnly, editDecisionBody, (c) =>
    newPage(c, { what: '', responsible: '', dueOn: '', returnTo: '' }),
  );

  app.post('/:id/opfoelgning', signedInOnly, editDecisionBody, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      what: field(form, 'what', 10_000),
      responsible: field(form, 'responsible', 1_000),
      dueOn: field(form, 'dueOn', 20),
      returnTo: field(form, 'returnTo', 20),
    };
    if (values.returnTo !== '' && !/^\d{1,10}$/.test(values.returnTo)) {
      return newPage(c, values, [{ field: 'returnTo', text: wordsOf(c).problems.returnToInvalid }]);
    }
    const result = await createFollowUp({
      db,
      decisionId: idParam(c),
      what: values.what,
      responsible: values.responsible,
      dueOn: values.dueOn,
      returnToBodyId: values.returnTo === '' ? null : Number(values.returnTo),
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`${followUpHref(result.followUpId)}?gemt=oprettet`, 303);
    if (result.reason === 'decision_not_found') throw notFound();
    const text = wordsOf(c).problems[result.reason] ?? result.reason;
    return newPage(c, values, [{ field: CREATE_PROBLEM_FIELDS[result.reason], text }]);
  });

  return app;
}
