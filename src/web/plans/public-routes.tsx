/**
 * The public plans: GET /planer (every plan; the secretariat and admins also see "Opret en plan"),
 * GET /plan/:id (a plan with its current version, history, items, hearings and process) and GET
 * /plan/:id/forskel?fra=1&til=2 (the difference between two versions). Read-only; the same for
 * everyone but the link to the secretariat's page.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listHearings } from '../../db/queries/hearings.js';
import { findPlan, listPlans } from '../../db/queries/plans.js';
import { can } from '../../domain/roles.js';
import { PlanDiffPage, PlanPage, PlansPage } from '../../render/html/plans/plan-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { idParam, validate } from '../kit/params.js';
import { presentPlan, presentPlanDiff, presentPlanListItem } from './presenters.js';

/** The most plans the list shows (every one, for years; the API pages them). */
const LIST_LIMIT = 500;

const langOf = (c: Context) => (c.get('lang') as Lang | undefined) ?? 'da';

/** Whether the signed-in user may create a plan: a secretariat of some body, or an admin. */
export function isPlanEditor(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

const DiffQuery = z.object({
  fra: z
    .string()
    .regex(/^\d{1,4}$/, 'fra skal være et versionsnummer')
    .transform(Number),
  til: z
    .string()
    .regex(/^\d{1,4}$/, 'til skal være et versionsnummer')
    .transform(Number),
});

export function planListRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const { rows } = await listPlans(db, { limit: LIST_LIMIT });
    return c.render(
      <PlansPage plans={rows.map((p) => presentPlanListItem(p, langOf(c)))} canCreate={isPlanEditor(c)} />,
    );
  });
  return app;
}

export function planRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/:id', async (c) => {
    const plan = await findPlan(db, idParam(c));
    if (!plan) throw notFound();
    const { rows: hearings } = await listHearings(db, { planId: plan.id, limit: 50 });
    const user = signedInOf(c);
    const view = presentPlan(plan, langOf(c), {
      hearings,
      canEdit: user !== null && can(user, 'edit_meeting', { bodyId: plan.owner.id }),
    });
    return c.render(<PlanPage plan={view} />);
  });
  app.get('/:id/forskel', async (c) => {
    const plan = await findPlan(db, idParam(c));
    if (!plan) throw notFound();
    const query = validate(DiffQuery, c.req.query());
    const diff = presentPlanDiff(plan, query.fra, query.til);
    if (!diff) throw notFound();
    return c.render(<PlanDiffPage diff={diff} />);
  });
  return app;
}
