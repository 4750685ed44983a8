/**
 * The public processes: GET /forloeb (every process; the secretariat and admins also see "Start et
 * forløb") and GET /forloeb/:id (a process with its timeline picture and tables). The same for
 * everyone but the link to the secretariat's page, for those who keep the process.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findProcess, listProcesses } from '../../db/queries/processes.js';
import { can } from '../../domain/roles.js';
import { ProcessesPage, ProcessPage } from '../../render/html/processes/process-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { idParam } from '../kit/params.js';
import { presentProcess, presentProcessListItem } from './presenters.js';

/** The most processes the list shows (the API pages them). */
const LIST_LIMIT = 500;

/** Whether the signed-in user may start a process: a secretariat of some body, or an admin. */
export function canStart(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

export function processRoutes({ db }: { db: Db }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/', async (c) => {
    const { rows } = await listProcesses(db, { limit: LIST_LIMIT });
    const lang = c.get('lang') ?? 'da';
    return c.render(
      <ProcessesPage processes={rows.map((row) => presentProcessListItem(row, lang))} canStart={canStart(c)} />,
    );
  });
  app.get('/:id', async (c) => {
    const process = await findProcess(db, idParam(c));
    if (!process) throw notFound();
    const canEdit = can(signedInOf(c), 'edit_meeting', { bodyId: process.ownerBodyId });
    return c.render(<ProcessPage process={presentProcess(process, { lang: c.get('lang') ?? 'da', canEdit })} />);
  });
  return app;
}
