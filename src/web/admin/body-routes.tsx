/**
 * The admins' bodies (mounted at /admin/organer): GET the list of bodies and the form that
 * creates one (name, kind, description), POST it. The new body's slug comes from its name.
 * Admins only (manage_users); the change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listAdminBodies } from '../../db/queries/admin-bodies.js';
import { BODY_KINDS } from '../../domain/body-kind.js';
import { BodiesPage, type BodyFormValues } from '../../render/html/admin/bodies-page.js';
import { createBody } from '../../use-cases/people/create-body.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { BODIES_HREF, BODY_KIND_OPTIONS, presentBodies } from './presenters.js';

/** In the order the problems are listed. */
const BodySchema = z.object({
  kind: z.enum(BODY_KINDS, { message: 'Vælg en type.' }),
  name: z.string().max(200, { message: 'Navnet må højst være 200 tegn.' }),
  description: z.string().max(5000, { message: 'Beskrivelsen er for lang.' }),
});

const EMPTY_BODY: BodyFormValues = { name: '', kind: 'health_council', description: '' };

export function bodyRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const bodiesPage = async (c: Context, values = EMPTY_BODY, problems: Problem[] = []) => {
    const notice = problems.length === 0 && c.req.query('oprettet') ? 'Organet er oprettet.' : undefined;
    const view = (
      <BodiesPage
        bodies={presentBodies(await listAdminBodies(db))}
        kinds={BODY_KIND_OPTIONS}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
        notice={notice}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/', manage, (c) => bodiesPage(c));

  app.post('/', manage, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      name: field(form, 'name').trim(),
      kind: field(form, 'kind'),
      description: field(form, 'description').trim(),
    };
    const parsed = validateForm(BodySchema, values);
    if (!parsed.ok) return bodiesPage(c, values, parsed.problems);
    const result = await createBody({ db, ...parsed.value, actor: auditActorOf(c) });
    if (!result.ok) {
      const text =
        result.reason === 'name_missing' ? 'Skriv organets navn.' : 'Der findes allerede et organ med det navn.';
      return bodiesPage(c, values, [{ field: 'name', text }]);
    }
    return c.redirect(`${BODIES_HREF}?oprettet=1`, 303);
  });

  return app;
}
