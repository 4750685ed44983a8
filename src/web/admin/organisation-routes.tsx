/**
 * The admins' publishers (mounted at /admin/udgivere): GET every publisher and the form that adds
 * one that is not in the reference data (name, kind, region); POST it (createOrganisation).
 * Admins only (manage_users); the change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listPublisherChoices, listRegionChoices } from '../../db/queries/admin-bodies.js';
import { ADDABLE_ORGANISATION_KINDS } from '../../domain/publisher.js';
import { type OrganisationFormValues, OrganisationsPage } from '../../render/html/admin/organisations-page.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { createOrganisation, ORGANISATION_NAME_MAX } from '../../use-cases/people/create-organisation.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { ORGANISATION_KIND_LABELS } from './publisher-options.js';

/** The routes' words of one language. */
type RouteMessages = (typeof ADMIN_MESSAGES)['da']['routes'];

/** In the order the problems are listed. */
const organisationSchema = (m: RouteMessages) =>
  z.object({
    name: z.string().max(ORGANISATION_NAME_MAX, { message: m.nameMax(ORGANISATION_NAME_MAX) }),
    kind: z.enum(ADDABLE_ORGANISATION_KINDS, { message: m.chooseKind }),
    region: z.string().regex(/^(?:\d{1,9})?$/, { message: m.chooseRegion }),
  });

const problems = (m: RouteMessages) =>
  ({
    name_missing: { field: 'name', text: m.publisherNameMissing },
    name_too_long: { field: 'name', text: m.nameMax(ORGANISATION_NAME_MAX) },
    name_taken: { field: 'name', text: m.publisherNameTaken },
    kind_invalid: { field: 'kind', text: m.chooseKind },
    region_not_found: { field: 'region', text: m.regionNotFound },
  }) as const;

const EMPTY: OrganisationFormValues = { name: '', kind: 'other', region: '' };

const KIND_OPTIONS = ADDABLE_ORGANISATION_KINDS.map((kind) => ({
  value: kind,
  label: ORGANISATION_KIND_LABELS[kind].one,
}));

export function organisationRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const organisationsPage = async (c: Context, values = EMPTY, problems: Problem[] = []) => {
    const [publishers, regions] = await Promise.all([listPublisherChoices(db), listRegionChoices(db)]);
    const added = c.req.query('tilfoejet');
    const view = (
      <OrganisationsPage
        organisations={publishers.map((row) => ({
          name: row.name,
          kindLabel: ORGANISATION_KIND_LABELS[row.kind].one,
          regionName: row.regionName ?? '–',
          slug: row.slug,
        }))}
        kinds={KIND_OPTIONS}
        regions={regions.map((region) => ({ value: String(region.id), label: region.name }))}
        nameMax={ORGANISATION_NAME_MAX}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
        notice={problems.length === 0 && added ? ADMIN_MESSAGES[langOf(c)].routes.publisherAdded : undefined}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/', manage, (c) => organisationsPage(c));

  app.post('/', manage, async (c) => {
    const form = await c.req.parseBody();
    const values = { name: field(form, 'name').trim(), kind: field(form, 'kind'), region: field(form, 'region') };
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const parsed = validateForm(organisationSchema(m), values);
    if (!parsed.ok) return organisationsPage(c, values, parsed.problems);
    const { name, kind, region } = parsed.value;
    const result = await createOrganisation({
      db,
      name,
      kind,
      regionId: region ? Number(region) : null,
      actor: auditActorOf(c),
    });
    if (!result.ok) return organisationsPage(c, values, [problems(m)[result.reason]]);
    return c.redirect('/admin/udgivere?tilfoejet=1', 303);
  });

  return app;
}
