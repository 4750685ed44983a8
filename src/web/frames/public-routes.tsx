/**
 * The public frames: GET /rammer (every frame; the secretariat and admins also see "Opret en
 * ramme"), GET /ramme/:id (a frame with its picture and table) and GET /ramme/:id/fordeling.csv
 * (its allocation for Danish Excel, amounts in øre and kroner). Read-only, the same for everyone.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findFrame, listFrames } from '../../db/queries/frames.js';
import { listProjectsConcerning } from '../../db/queries/projects.js';
import { FramePage, FramesPage } from '../../render/html/frames/frame-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { download } from '../feeds/spreadsheet.js';
import { notFound } from '../kit/errors.js';
import { idParam } from '../kit/params.js';
import { presentProjectListItem } from '../projects/presenters.js';
import { frameSpreadsheet, presentFrame, presentFrameListItem } from './presenters.js';

/** The most frames the list shows (all of them, for years to come; the API pages them). */
const LIST_LIMIT = 500;

/** Whether the signed-in user may create a frame: a secretariat of some body, or an admin. */
function canCreate(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

export function frameListRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const { rows } = await listFrames(db, { limit: LIST_LIMIT });
    return c.render(<FramesPage frames={rows.map(presentFrameListItem)} canCreate={canCreate(c)} />);
  });
  return app;
}

export function frameRoutes({ db }: { db: Db }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/:id', async (c) => {
    const [frame, projects] = await Promise.all([
      findFrame(db, idParam(c)),
      listProjectsConcerning(db, { frameId: idParam(c) }),
    ]);
    if (!frame) throw notFound();
    const lang = c.get('lang') ?? 'da';
    return c.render(
      <FramePage
        frame={presentFrame(frame, lang)}
        projects={projects.map((project) => presentProjectListItem(project, lang))}
      />,
    );
  });
  app.get('/:id/fordeling.csv', async (c) => {
    const frame = await findFrame(db, idParam(c));
    if (!frame) throw notFound();
    return download(c, 'csv', `ramme-${frame.id}-fordeling`, frameSpreadsheet(frame));
  });
  return app;
}
