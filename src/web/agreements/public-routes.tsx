/**
 * The public investment agreements: GET /aftaler (every agreement with the sums per year; the
 * secretariat and admins also see "Opret en investeringsaftale") and GET /aftale/:id (an agreement
 * with its years, parties, status chain and reports; its council's secretariat also sees the way
 * to handle it).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findAgreement, listAgreements } from '../../db/queries/agreements.js';
import { sumsPerYear, totalOre } from '../../domain/agreement.js';
import { formatAmount } from '../../domain/money.js';
import { can } from '../../domain/roles.js';
import { AgreementPage, AgreementsPage } from '../../render/html/agreements/agreement-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { idParam } from '../kit/params.js';
import { presentAgreement, presentAgreementListItem, yearViews } from './presenters.js';

/** The most agreements the list shows (the API pages them). */
const LIST_LIMIT = 500;

function canCreate(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

export function agreementListRoutes({ db }: { db: Db }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/', async (c) => {
    const lang = c.get('lang') ?? 'da';
    const { rows } = await listAgreements(db, { limit: LIST_LIMIT });
    const sums = sumsPerYear(rows);
    return c.render(
      <AgreementsPage
        agreements={rows.map((row) => presentAgreementListItem(row, lang))}
        sums={yearViews(sums)}
        sumText={formatAmount(totalOre(sums))}
        canCreate={canCreate(c)}
      />,
    );
  });
  return app;
}

export function agreementRoutes({ db }: { db: Db }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/:id', async (c) => {
    const agreement = await findAgreement(db, idParam(c));
    if (!agreement) throw notFound();
    const user = signedInOf(c);
    const canManage = user !== null && (user.isAdmin || can(user, 'edit_meeting', { bodyId: agreement.council.id }));
    return c.render(
      <AgreementPage agreement={presentAgreement(agreement, { lang: c.get('lang') ?? 'da', canManage })} />,
    );
  });
  return app;
}
