/**
 * The public GP capacity pages: GET /laegedaekning (every health council's board: possible against
 * actual GPs; the secretariat and admins also see "Indlæs tal") and GET /laegedaekning/:slug (one
 * council's board with its picture beside its table). Read-only, the same for everyone.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findGpBoardBySlug, listGpBoards } from '../../db/queries/gp-capacity.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { GpBoardPage, GpBoardsPage } from '../../render/html/gp-capacity/gp-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { isSlug } from '../kit/params.js';
import { presentGpBoard, presentGpBoardListItem } from './presenters.js';

/** The most boards the list shows (every health council's). */
const LIST_LIMIT = 100;

/** Whether the signed-in user may load figures: a secretariat of some body, or an admin. */
function canUpload(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

/** Whether the signed-in user may handle this body's board: its secretariat, or an admin. */
function canEdit(c: Context, bodyId: number): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || user.roles.get(bodyId) === 'secretariat');
}

export function gpCapacityRoutes({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/', async (c) => {
    const { rows } = await listGpBoards(db, { limit: LIST_LIMIT });
    const lang = c.get('lang') ?? 'da';
    return c.render(
      <GpBoardsPage boards={rows.map((row) => presentGpBoardListItem(row, lang))} canUpload={canUpload(c)} />,
    );
  });
  app.get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    const board = isSlug(slug) ? await findGpBoardBySlug(db, slug) : null;
    if (!board) throw notFound();
    return c.render(
      <GpBoardPage
        board={presentGpBoard(board, c.get('lang') ?? 'da', copenhagenDate(now()))}
        canEdit={canEdit(c, board.body.id)}
      />,
    );
  });
  return app;
}
