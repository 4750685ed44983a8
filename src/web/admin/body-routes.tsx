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
import { createBody } from '../../use-cases/people/create-body.js';
import { setBodyPublisher } from '../../use-cases/people/set-body-publisher.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { isSlug } from '../kit/params.js';
import { bodyHref } from '../portal/paths.js';
import { BODIES_HREF, BODY_KIND_OPTIONS, presentBodies, presentUnplacedBodies } from './presenters.js';
import { publisherGroups } from './publisher-options.js';

const publisherId = z.string().regex(/^\d{1,9}$/, { message: 'Vælg en udgiver.' });

/** In the order the problems are listed. */
const BodySchema = z.object({
  name: z.string().max(200, { message: 'Navnet må højst være 200 tegn.' }),
  kind: z.enum(BODY_KINDS, { message: 'Vælg en type.' }),
  publisher: publisherId,
  description: z.string().max(5000, { message: 'Beskrivelsen er for lang.' }),
});

const CREATE_PROBLEMS = {
  name_missing: { field: 'name', text: 'Skriv organets navn.' },
  name_taken: { field: 'name', text: 'Udgiveren har allerede et organ med det navn.' },
  publisher_not_found: { field: 'publisher', text: 'Udgiveren findes ikke (længere). Vælg en anden.' },
} as const;

const SET_PROBLEMS = {
  publisher_not_found: 'Udgiveren findes ikke (længere). Vælg en anden.',
  name_taken: 'Udgiveren har allerede et organ med det navn.',
} as const;

const EMPTY_BODY: BodyFormValues = { name: '', kind: 'committee', publisher: '', description: '' };

/** The form that set a publisher and came back with a problem: which body, what was chosen. */
interface Placing {
  bodyId: number;
  value: string;
}

function bodiesNotice(c: Context): string | undefined {
  if (c.req.query('oprettet')) return 'Organet er oprettet.';
  const moved = c.req.query('flyttet') ?? '';
  if (isSlug(moved))
    return `Udgiveren er sat. Organets adresse er nu ${bodyHref(moved)}; den gamle viderestiller dertil.`;
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
        bodies={presentBodies(rows)}
        unplaced={presentUnplacedBodies(rows, problems, form.placing)}
        kinds={BODY_KIND_OPTIONS}
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
    const parsed = validateForm(BodySchema, values);
    if (!parsed.ok) return bodiesPage(c, { values, problems: parsed.problems });
    const { publisher, ...body } = parsed.value;
    const result = await createBody({ db, ...body, publisherId: Number(publisher), actor: auditActorOf(c) });
    if (!result.ok) return bodiesPage(c, { values, problems: [CREATE_PROBLEMS[result.reason]] });
    return c.redirect(`${BODIES_HREF}?oprettet=1`, 303);
  });

  app.post('/:slug/udgiver', manage, async (c) => {
    const body = await findAdminBody(db, c.req.param('slug'));
    if (!body) throw notFound('no such body');
    const value = field(await c.req.parseBody(), 'publisher');
    const placing = { bodyId: body.id, value };
    const fieldId = `publisher-${body.id}`;
    const parsed = publisherId.safeParse(value);
    if (!parsed.success) return bodiesPage(c, { placing, problems: [{ field: fieldId, text: 'Vælg en udgiver.' }] });
    const result = await setBodyPublisher({
      db,
      bodyId: body.id,
      publisherId: Number(parsed.data),
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      if (result.reason === 'body_not_found') throw notFound('no such body');
      return bodiesPage(c, { placing, problems: [{ field: fieldId, text: SET_PROBLEMS[result.reason] }] });
    }
    return c.redirect(`${BODIES_HREF}?flyttet=${encodeURIComponent(result.slug)}`, 303);
  });

  return app;
}
