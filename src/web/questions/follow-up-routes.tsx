/**
 * Follow-ups of decisions, for the secretariat.
 *   GET /sekretariat/opfoelgning (per body, overdue first), GET /sekretariat/beslutning/:id/opfoelgning/ny,
 *   POST /sekretariat/beslutning/:id/opfoelgning, GET /sekretariat/opfoelgning/:id,
 *   POST /sekretariat/opfoelgning/:id/{udfoert,annuller,punkt}.
 * The public sees follow-ups only on the case page, in a safe form (db/queries/follow-ups.ts).
 */
import { type Context, Hono } from 'hono';

import { z } from 'zod';

import {
  decisionBodyId,
  type FollowUpRow,
  findFollowUp,
  followUpBodyId,
  type ItemRef,
  listBodyDecisions,
  listFollowUps,
  listItemFollowUps,
} from '../../db/queries/follow-ups.js';

import { findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';

import { formatDate } from '../../domain/danish-dates.js';

import { copenhagenDate } from '../../domain/deadlines.js';

import { followUpTiming } from '../../domain/follow-ups.js';
import { AppError } from '../../errors.js';

import type { Problem } from '../../render/html/forms.js';
import {
  FollowUpPage,
  FollowUpsPage,
  type FollowUpView,
  type ItemLinkView,
  NewFollowUpPage,
  type NewFollowUpValues,
} from '../../render/html/questions/follow-up-pages.js';
import { LABELS } from '../../render/i18n.js';
import { cancelFollowUp } from '../../use-cases/follow-ups/cancel-follow-up.js';
import { completeFollowUp } from '../../use-cases/follow-ups/complete-follow-up.js';
import { createFollowUp } from '../../use-cases/follow-ups/create-follow-up.js';
import { findDecisionContext } from '../../use-cases/follow-ups/find-decision-context.js';
import { linkFollowUpItem } from '../../use-cases/follow-ups/link-follow-up-item.js';
import { forbidden, requireRole } from '../auth/require-role.js';
import { auditActorOf, bodiesWhere, field, idParam, signedInOnly, userOf, type WorkDeps } from './shared.js';

const notFound = () => new AppError('not_found', 'not found');
const SLUG = /^[a-z0-9-]{1,200}$/;
const FilterSchema = z.object({
  organ: z.string().max(200).catch(''),
  alle: z.string().max(5).optional().catch(undefined),
});

export function itemLink(item: Pick<ItemRef, 'id' | 'number' | 'title' | 'heldOn' | 'bodyName'>): ItemLinkView {
  return {
    label: `Punkt ${item.number}: ${item.title} (${item.bodyName}, ${formatDate(item.heldOn)})`,
    href: `/punkt/${item.id}`,
  };
}

export function presentFollowUp(row: FollowUpRow, today: string): FollowUpView {
  const timing = followUpTiming({ state: row.state, dueOn: row.dueOn, today });
  const statusKind = timing === 'closed' ? (row.state as 'done' | 'cancelled') : timing;
  const statusText = {
    on_time: 'Åben',
    due_soon: 'Forfalder snart',
    overdue: 'Over fristen',
    done: LABELS.da.followUpState.done,
    cancelled: LABELS.da.followUpState.cancelled,
  }[statusKind];
  return {
    id: row.id,
    href: `/sekretariat/opfoelgning/${row.id}`,
    what: row.what,
    responsible: row.responsible,
    dueText: formatDate(row.dueOn),
    statusText,
    statusKind,
    returnTo: row.returnTo?.name ?? null,
    decision: row.decisionItem ? itemLink(row.decisionItem) : null,
    answeredBy: row.answeredByItem ? itemLink(row.answeredByItem) : null,
    closedNote: row.closedNote,
  };
}

/** "/punkt/123", "http://…/punkt/123" or "123" → 123; "" → null; anything else → undefined. */
export function itemIdFrom(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const match = /^(?:(?:https?:\/\/[^/\s]+)?\/punkt\/)?(\d{1,10})\/?$/.exec(text);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id >= 1 && id <= 2_147_483_647 ? id : undefined;
}

export function followUpRoutes({ db, now }: WorkDeps) {
  const app = new Hono();
  const today = () => copenhagenDate(now());

  app.get('/sekretariat/opfoelgning', signedInOnly, async (c) => {
    const ids = bodiesWhere(userOf(c), 'edit_meeting');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const filter = FilterSchema.parse(c.req.query());
    const chosen = filter.organ && SLUG.test(filter.organ) ? await findBodyRefBySlug(db, filter.organ) : null;
    if (filter.organ && (!chosen || (ids !== null && !ids.includes(chosen.id)))) throw notFound();
    const showClosed = filter.alle === '1';
    const rows = await listFollowUps(db, { bodyIds: chosen ? [chosen.id] : ids, openOnly: !showClosed });
    // Admins act everywhere: show the bodies that have follow-ups (or the chosen one).
    const bodies = chosen
      ? [chosen]
      : ids === null
        ? await listBodiesById(db, [...new Set(rows.map((row) => row.body.id))])
        : await listBodiesById(db, ids);
    const allMine = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
    const day = today();
    const groups = await Promise.all(
      bodies.map(async (body) => {
        const views = rows.filter((row) => row.body.id === body.id).map((row) => presentFollowUp(row, day));
        const decisions = await listBodyDecisions(db, body.id, 30);
        return {
          name: body.name,
          overdue: views.filter((view) => view.statusKind === 'overdue'),
          open: views.filter((view) => view.statusKind === 'on_time' || view.statusKind === 'due_soon'),
          closed: views.filter((view) => view.statusKind === 'done' || view.statusKind === 'cancelled'),
          decisions: decisions.map((decision) => ({
            label: `Punkt ${decision.itemNumber}: ${decision.itemTitle} (${formatDate(decision.heldOn)})`,
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
  });

  const editDecisionBody = requireRole('edit_meeting', (c) => decisionBodyId(db, idParam(c)));

  const newPage = async (c: Context, values: NewFollowUpValues, problems: Problem[] = []) => {
    const decision = await findDecisionContext(db, idParam(c));
    if (!decision) throw notFound();
    const [existing, bodies] = await Promise.all([listItemFollowUps(db, decision.itemId), listAllBodies(db)]);
    const day = today();
    return c.render(
      <NewFollowUpPage
        decision={{
          id: decision.decisionId,
          body: decision.bodyName,
          item: itemLink({
            id: decision.itemId,
            number: decision.itemNumber,
            title: decision.itemTitle,
            heldOn: decision.heldOn,
            bodyName: decision.bodyName,
          }),
          text: decision.decisionText,
          isClosed: decision.isItemClosed,
        }}
        existing={existing.map((row) => presentFollowUp(row, day))}
        bodies={bodies.map((body) => ({ value: String(body.id), label: body.name }))}
        csrfToken={userOf(c).csrfToken}
        values={values}
        problems={problems}
      />,
    );
  };

  app.get('/sekretariat/beslutning/:id/opfoelgning/ny', signedInOnly, editDecisionBody, (c) =>
    newPage(c, { what: '', responsible: '', dueOn: '', returnTo: '' }),
  );

  app.post('/sekretariat/beslutning/:id/opfoelgning', signedInOnly, editDecisionBody, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      what: field(form, 'what', 10_000),
      responsible: field(form, 'responsible', 1_000),
      dueOn: field(form, 'dueOn', 20),
      returnTo: field(form, 'returnTo', 20),
    };
    if (values.returnTo !== '' && !/^\d{1,10}$/.test(values.returnTo)) {
      c.status(400);
      return newPage(c, values, [{ field: 'returnTo', text: 'Vælg et organ fra listen.' }]);
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
    if (!result.ok) {
      if (result.reason === 'decision_not_found') throw notFound();
      const problem: Problem = {
        what_missing: { field: 'what', text: 'Skriv, hvad der skal ske.' },
        what_too_long: { field: 'what', text: 'Teksten er for lang (højst 2.000 tegn).' },
        responsible_missing: { field: 'responsible', text: 'Skriv, hvem der er ansvarlig.' },
        responsible_too_long: { field: 'responsible', text: 'Teksten er for lang (højst 300 tegn).' },
        due_invalid: { field: 'dueOn', text: 'Skriv fristen som en dato, fx 2027-04-01.' },
        return_body_not_found: { field: 'returnTo', text: 'Organet findes ikke.' },
      }[result.reason];
      c.status(400);
      return newPage(c, values, [problem]);
    }
    return c.redirect(`/sekretariat/opfoelgning/${result.followUpId}?gemt=oprettet`, 303);
  });

  const editFollowUpBody = requireRole('edit_meeting', (c) => followUpBodyId(db, idParam(c)));

  const followUpPage = async (
    c: Context,
    input: { notice?: string; problems?: Problem[]; values?: { note: string; item: string } } = {},
  ) => {
    const row = await findFollowUp(db, idParam(c));
    if (!row) throw notFound();
    return c.render(
      <FollowUpPage
        followUp={presentFollowUp(row, today())}
        body={row.body.name}
        csrfToken={userOf(c).csrfToken}
        notice={input.notice}
        problems={input.problems}
        values={input.values ?? { note: '', item: row.answeredByItem ? `/punkt/${row.answeredByItem.id}` : '' }}
      />,
    );
  };

  const NOTICES: Record<string, string> = {
    oprettet: 'Opfølgningen er oprettet.',
    udfoert: 'Opfølgningen er markeret som udført.',
    annulleret: 'Opfølgningen er annulleret.',
    punkt: 'Koblingen er gemt.',
  };

  app.get('/sekretariat/opfoelgning/:id', signedInOnly, editFollowUpBody, (c) =>
    followUpPage(c, { notice: NOTICES[c.req.query('gemt') ?? ''] }),
  );

  const closeRoute = (event: 'complete' | 'cancel') => async (c: Context) => {
    const id = idParam(c);
    const note = field(await c.req.parseBody(), 'note', 10_000);
    const input = { db, followUpId: id, note, actor: auditActorOf(c), now: now() };
    const result = event === 'complete' ? await completeFollowUp(input) : await cancelFollowUp(input);
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      c.status(result.reason === 'note_too_long' ? 400 : 409);
      const text = result.reason === 'note_too_long' ? 'Noten er for lang.' : LABELS.da.followUpRefusal[result.reason];
      return followUpPage(c, { problems: [{ field: 'note', text }], values: { note, item: '' } });
    }
    return c.redirect(`/sekretariat/opfoelgning/${id}?gemt=${event === 'complete' ? 'udfoert' : 'annulleret'}`, 303);
  };
  app.post('/sekretariat/opfoelgning/:id/udfoert', signedInOnly, editFollowUpBody, closeRoute('complete'));
  app.post('/sekretariat/opfoelgning/:id/annuller', signedInOnly, editFollowUpBody, closeRoute('cancel'));

  app.post('/sekretariat/opfoelgning/:id/punkt', signedInOnly, editFollowUpBody, async (c) => {
    const id = idParam(c);
    const value = field(await c.req.parseBody(), 'item', 2_000);
    const itemId = itemIdFrom(value);
    const problem = (text: string, status: 400 | 409) => {
      c.status(status);
      return followUpPage(c, { problems: [{ field: 'item', text }], values: { note: '', item: value } });
    };
    if (itemId === undefined) return problem('Skriv punktets adresse, fx /punkt/1234.', 400);
    const result = await linkFollowUpItem({ db, followUpId: id, itemId, actor: auditActorOf(c), now: now() });
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      if (result.reason === 'item_not_found') return problem('Punktet findes ikke.', 400);
      if (result.reason === 'item_not_later')
        return problem('Punktet skal være fra et senere møde end beslutningen.', 400);
      return problem(LABELS.da.followUpRefusal['already-cancelled'], 409);
    }
    return c.redirect(`/sekretariat/opfoelgning/${id}?gemt=punkt`, 303);
  });

  return app;
}
