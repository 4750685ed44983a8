/**
 * The admins' people (mounted at /admin/personer): GET the list of people not merged into another
 * (`?q=` those whose name holds it, `?side=N` a page of them) and the form that creates one, POST
 * it. Admins only (manage_users); the change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { ADMIN_PEOPLE_PAGE_SIZE, listAdminPersons } from '../../db/queries/admin-people.js';
import { PeoplePage } from '../../render/html/admin/people-pages.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { createPerson, PERSON_NAME_MAX } from '../../use-cases/people/create-person.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { PageQuery, pageCount } from '../kit/paging.js';
import { PEOPLE_HREF, presentPeople } from './presenters.js';

export function peopleRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const peoplePage = async (c: Context, name = '', problems: Problem[] = []) => {
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const notice = problems.length === 0 && c.req.query('oprettet') ? m.personCreated : undefined;
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const { side } = PageQuery.parse(c.req.query());
    const { rows, total } = await listAdminPersons(db, { query, page: side });
    const view = (
      <PeoplePage
        people={presentPeople(rows)}
        list={{ query, page: side, pages: pageCount(total, ADMIN_PEOPLE_PAGE_SIZE), total }}
        csrfToken={csrfOf(c)}
        name={name}
        nameMax={PERSON_NAME_MAX}
        problems={problems}
        notice={notice}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/', manage, (c) => peoplePage(c));

  app.post('/', manage, async (c) => {
    const name = field(await c.req.parseBody(), 'name').trim();
    const result = await createPerson({ db, name, actor: auditActorOf(c) });
    if (!result.ok) {
      const m = ADMIN_MESSAGES[langOf(c)].routes;
      const text = result.reason === 'name_missing' ? m.personNameMissing : m.nameMax(PERSON_NAME_MAX);
      return peoplePage(c, name, [{ field: 'name', text }]);
    }
    return c.redirect(`${PEOPLE_HREF}?oprettet=1`, 303);
  });

  return app;
}
