/**
 * Splitting a person in two (mounted at /admin/personer), without JavaScript:
 *   GET /admin/personer/:id/del: choose the memberships and meetings that are the other person's,
 *     the publishers under which the name now means them, and (optionally) their name — ticked as
 *     in the query when coming back from the confirmation;
 *   GET /admin/personer/:id/del/bekraeft?medlemskab=…&deltagelse=…&udgiver=…&navn=…: confirm (or
 *     the choice again with its problems);
 *   POST /admin/personer/:id/del: split (splitPerson), then the person's page.
 * Admins only (manage_users); the split is in the audit log and can be undone.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { type AdminPersonDetail, findAdminPerson } from '../../db/queries/admin-persons.js';
import { SplitChoosePage, SplitConfirmPage } from '../../render/html/admin/split-pages.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { PERSON_NAME_MAX } from '../../use-cases/people/create-person.js';
import { splitPerson } from '../../use-cases/people/split-person.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { participationNote, splitChoices, splitConfirmHref, splitHref } from './person-presenters.js';
import { adminPersonHref } from './presenters.js';

/** What was chosen: the ids sent (only the person's own are kept) and the name as typed. */
interface SplitChoice {
  memberships: Set<number>;
  participants: Set<number>;
  publishers: Set<number>;
  name: string;
}

type Lists = (name: string) => string[] | undefined;

const idsOf = (values: string[] | undefined, allowed: number[]) =>
  new Set((values ?? []).map(parseId).filter((id): id is number => id !== null && allowed.includes(id)));

function choiceOf(detail: AdminPersonDetail, lists: Lists, name: string): SplitChoice {
  return {
    memberships: idsOf(
      lists('medlemskab'),
      detail.memberships.map((m) => m.id),
    ),
    participants: idsOf(
      lists('deltagelse'),
      detail.participations.map((p) => p.id),
    ),
    publishers: idsOf(
      lists('udgiver'),
      detail.names.map((n) => n.publisherId),
    ),
    name: name.trim().replace(/\s+/g, ' '),
  };
}

/** The routes' words of one language. */
type RouteMessages = (typeof ADMIN_MESSAGES)['da']['routes'];

function problemsOf(choice: SplitChoice, m: RouteMessages): Problem[] {
  const problems: Problem[] = [];
  if (choice.memberships.size + choice.participants.size === 0) problems.push({ field: 'valg', text: m.chooseSplit });
  if (choice.name.length > PERSON_NAME_MAX) problems.push({ field: 'navn', text: m.nameMax(PERSON_NAME_MAX) });
  return problems;
}

/** The choice as a query: the way back from the confirmation to the ticked form. */
function queryOf(choice: SplitChoice): string {
  const params = new URLSearchParams();
  for (const id of choice.memberships) params.append('medlemskab', String(id));
  for (const id of choice.participants) params.append('deltagelse', String(id));
  for (const id of choice.publishers) params.append('udgiver', String(id));
  if (choice.name) params.set('navn', choice.name);
  return params.toString();
}

/** The choice: every membership, meeting and publisher name of the person, ticked as chosen. */
function choosePage(c: Context, detail: AdminPersonDetail, choice: SplitChoice, problems: Problem[] = []) {
  const view = (
    <SplitChoosePage
      person={{ name: detail.name, href: adminPersonHref(detail.id) }}
      {...splitChoices(detail, choice, langOf(c))}
      participationNote={participationNote(detail, langOf(c))}
      name={choice.name}
      nameMax={PERSON_NAME_MAX}
      action={splitConfirmHref(detail.id)}
      problems={problems}
    />
  );
  return page(c, view, problems.length > 0 ? 400 : 200);
}

/** The confirmation: what moves to the new person, and the way back to the ticked choice. */
function confirmPage(c: Context, detail: AdminPersonDetail, choice: SplitChoice) {
  const chosen = splitChoices(detail, choice, langOf(c));
  const view = (
    <SplitConfirmPage
      person={{ name: detail.name, href: adminPersonHref(detail.id) }}
      newName={choice.name || detail.name}
      memberships={chosen.memberships.filter((m) => m.checked)}
      participations={chosen.participations.filter((p) => p.checked)}
      publishers={chosen.publishers.filter((p) => p.checked)}
      action={splitHref(detail.id)}
      backHref={`${splitHref(detail.id)}?${queryOf(choice)}`}
      csrfToken={csrfOf(c)}
    />
  );
  return page(c, view);
}

export function splitRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const personOf = async (c: Context) => {
    const detail = await findAdminPerson(db, idParam(c));
    if (!detail) throw notFound('no such person');
    return detail;
  };

  const fromQuery = (c: Context, detail: AdminPersonDetail) =>
    choiceOf(detail, (name) => c.req.queries(name), (c.req.query('navn') ?? '').slice(0, 1000));

  app.get('/:id/del', manage, async (c) => {
    const detail = await personOf(c);
    if (detail.mergedInto) return c.redirect(adminPersonHref(detail.id), 303);
    return choosePage(c, detail, fromQuery(c, detail));
  });

  app.get('/:id/del/bekraeft', manage, async (c) => {
    const detail = await personOf(c);
    if (detail.mergedInto) return c.redirect(adminPersonHref(detail.id), 303);
    const choice = fromQuery(c, detail);
    const problems = problemsOf(choice, ADMIN_MESSAGES[langOf(c)].routes);
    if (problems.length > 0) return choosePage(c, detail, choice, problems);
    return confirmPage(c, detail, choice);
  });

  app.post('/:id/del', manage, async (c) => {
    const detail = await personOf(c);
    if (detail.mergedInto) return c.redirect(adminPersonHref(detail.id), 303);
    const form = await c.req.parseBody({ all: true });
    const list = (name: string) => {
      const value = form[name];
      return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    };
    const choice = choiceOf(detail, list, (list('navn')[0] ?? '').slice(0, 1000));
    const problems = problemsOf(choice, ADMIN_MESSAGES[langOf(c)].routes);
    if (problems.length > 0) return choosePage(c, detail, choice, problems);
    const result = await splitPerson({
      db,
      personId: detail.id,
      memberships: [...choice.memberships],
      participants: [...choice.participants],
      publisherIds: [...choice.publishers],
      name: choice.name || undefined,
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      const text = ADMIN_MESSAGES[langOf(c)].routes.splitConflict;
      return choosePage(c, (await findAdminPerson(db, detail.id)) ?? detail, choice, [{ text }]);
    }
    return c.redirect(`${adminPersonHref(detail.id)}?delt=1`, 303);
  });

  return app;
}
