/**
 * One person as the admins see them, and their merges and splits (mounted at /admin/personer):
 *   GET /admin/personer/aendringer: the recent merges and splits, each with "Fortryd";
 *   POST /admin/personer/aendringer/:id/fortryd: undo one (then the person it was about);
 *   GET /admin/personer/:id: the person — publisher, names, memberships, meetings, their changes.
 * Merging and splitting: merge-routes.tsx, split-routes.tsx. Admins only (manage_users); every
 * change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findAdminPerson, listPersonChanges } from '../../db/queries/admin-persons.js';
import { PersonChangesPage, PersonPage } from '../../render/html/admin/person-page.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { undoPersonChange } from '../../use-cases/people/undo-person-change.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { presentChange, presentPerson } from './person-presenters.js';
import { adminPersonHref } from './presenters.js';

/** "?samlet=1", "?delt=1", "?fortrudt=1" after a redirect → the notice. */
function personNotice(c: Context): string | undefined {
  const m = ADMIN_MESSAGES[langOf(c)].routes;
  if (c.req.query('samlet')) return m.merged;
  if (c.req.query('delt')) return m.split;
  if (c.req.query('fortrudt')) return m.undone;
  return undefined;
}

export function personRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const changesPage = async (c: Context, problems: Problem[] = [], status: 200 | 409 = 200) => {
    const changes = (await listPersonChanges(db)).map((row) => presentChange(row, langOf(c)));
    return page(c, <PersonChangesPage changes={changes} csrfToken={csrfOf(c)} problems={problems} />, status);
  };

  app.get('/aendringer', manage, (c) => changesPage(c));

  app.post('/aendringer/:id/fortryd', manage, async (c) => {
    const result = await undoPersonChange({ db, changeId: idParam(c), actor: auditActorOf(c) });
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound('no such change');
      return changesPage(c, [{ text: ADMIN_MESSAGES[langOf(c)].routes.alreadyUndone }], 409);
    }
    return c.redirect(`${adminPersonHref(result.fromPersonId)}?fortrudt=1`, 303);
  });

  app.get('/:id', manage, async (c) => {
    const id = idParam(c);
    const [detail, changes] = await Promise.all([findAdminPerson(db, id), listPersonChanges(db, { personId: id })]);
    if (!detail) throw notFound('no such person');
    const view = (
      <PersonPage
        {...presentPerson(detail, langOf(c))}
        changes={changes.map((row) => presentChange(row, langOf(c)))}
        csrfToken={csrfOf(c)}
        notice={personNotice(c)}
        problems={[]}
      />
    );
    return page(c, view);
  });

  return app;
}
