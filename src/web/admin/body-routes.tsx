/**
 * The admins' bodies (mounted at /admin/organer):
 *   GET /admin/organer: the bodies whose publisher is unknown (each with the form that sets it),
 *     the form that creates a body, every body with its publisher;
 *   POST /admin/organer: create a body (name, kind, publisher, description) at "<publisher>--<name>";
 *   POST /admin/organer/:slug/udgiver: set an unknown body's publisher (its slug moves, the old one
 *     stays as an alias).
 * Admins only (manage_users); every change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findAdminBody, listAdminBodies, listPublisherChoices } from '../../db/queries/admin-bodies.js';
import { BODY_KINDS } from '../../domain/body-kind.js';
import { BodiesPage, type BodyFormValues } from '../../render/html/admin/bodies-page.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { createBody } from '../../use-cases/people/create-body.js';
import { setBodyPublisher } from '../../use-cases/people/set-body-publisher.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { isSlug } from '../kit/params.js';
import { bodyHref } from '../portal/paths.js';
import { BODIES_HREF, bodyKindOptions, presentBodies, presentUnplacedBodies } from './presenters.js';
import { publisherGroups } from './publisher-options.js';

/** The routes' words of one language. */
type RouteMessages = (typeof ADMIN_MESSAGES)['da']['routes'];

const publisherId = (m: RouteMessages) => z.string().regex(/^\d{1,9}$/, { message: m.choosePublisher });

/** In the order the problems are listed. */
const bodySchema = (m: RouteMessages) =>
  z.object({
    name: z.string().max(200, { message: m.nameMax(200) }),
    kind: z.enum(BODY_KINDS, { message: m.chooseKind }),
    publisher: publisherId(m),
    description: z.string().max(5000, { message: m.descriptionTooLong }),
  });

const createProblem = (m: RouteMessages, reason: 'name_missing' | 'name_taken' | 'publisher_not_found') =>
  ({
    name_missing: { field: 'name', text: m.bodyNameMissing },
    name_taken: { field: 'name', text: m.bodyNameTaken },
    publisher_not_found: { field: 'publisher', text: m.publisherNotFound },
  })[reason];

const setProblem = (m: RouteMessages, reason: 'publisher_not_found' | 'name_taken') =>
  reason === 'name_taken' ? m.bodyNameTaken : m.publisherNotFound;

const EMPTY_BODY: BodyFormValues = { name: '', kind: 'committee', publisher: '', description: '' };

/** The form that set a publisher and came back with a problem: which body, what was chosen. */
interface Placing {
  bodyId: number;
  value: string;
}

function bodiesNotice(c: Context): string | undefined {
  const m = ADMIN_MESSAGES[langOf(c)].routes;
  if (c.req.query('oprettet')) return m.bodyCreated;
  const moved = c.req.query('flyttet') ?? '';
  if (isSlug(moved)) return m.bodyMoved(bodyHref(moved));
  return undefined;
}

export function bodyRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const bodiesPage = async (
    c: Context,
    form: { values?: BodyFormValues; problems?: Problem[]; placing?: Placing } = {},
  ) => {
    const problems = form.problems ?? [];
    const [rows, publishers] = await Promise.all([listAdminBodies(db), listPublisherChoices(db)]);
    const view = (
      <BodiesPage
        bodies={presentBodies(rows, langOf(c))}
        unplaced={presentUnplacedBodies(rows, problems, form.placing)}
        kinds={bodyKindOptions(langOf(c))}
        publishers={publisherGroups(publishers)}
        csrfToken={csrfOf(c)}
        values={form.values ?? EMPTY_BODY}
        problems={problems}
        notice={problems.length === 0 ? bodiesNotice(c) : undefined}
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
      publisher: field(form, 'publisher'),
      description: field(form, 'description').trim(),
    };
    const parsed = validateForm(bodySchema(ADMIN_MESSAGES[langOf(c)].routes), values);
    if (!parsed.ok) return bodiesPage(c, { values, problems: parsed.problems });
    const { publisher, ...body } = parsed.value;
    const result = await createBody({ db, ...body, publisherId: Number(publisher), actor: auditActorOf(c) });
    if (!result.ok)
      return bodiesPage(c, { values, problems: [createProblem(ADMIN_MESSAGES[langOf(c)].routes, result.reason)] });
    return c.redirect(`${BODIES_HREF}?oprettet=1`, 303);
  });

  app.post('/:slug/udgiver', manage, async (c) => {
    const body = await findAdminBody(db, c.req.param('slug'));
    if (!body) throw notFound('no such body');
    const value = field(await c.req.parseBody(), 'publisher');
    const placing = { bodyId: body.id, value };
    const fieldId = `publisher-${body.id}`;
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const parsed = publisherId(m).safeParse(value);
    if (!parsed.success) return bodiesPage(c, { placing, problems: [{ field: fieldId, text: m.choosePublisher }] });
    const result = await setBodyPublisher({
      db,
      bodyId: body.id,
      publisherId: Number(parsed.data),
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      if (result.reason === 'body_not_found') throw notFound('no such body');
      return bodiesPage(c, { placing, problems: [{ field: fieldId, text: setProblem(m, result.reason) }] });
    }
    return c.redirect(`${BODIES_HREF}?flyttet=${encodeURIComponent(result.slug)}`, 303);
  });

  return app;
}
