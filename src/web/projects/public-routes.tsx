/**
 * The public projects: GET /projekter (every project; the secretariat and admins also see
 * "Registrér et projekt") and GET /projekt/:id (a project with its timeline, table and reports;
 * its secretariat also sees the way to handle it and where its reports were put on an agenda).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findProject, listProjects } from '../../db/queries/projects.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { can } from '../../domain/roles.js';
import { ProjectPage, ProjectsPage } from '../../render/html/projects/project-pages.js';
import type { Lang } from '../../render/i18n.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { idParam } from '../kit/params.js';
import { presentProject, presentProjectListItem } from './presenters.js';

/** The most projects the list shows (the API pages them). */
const LIST_LIMIT = 500;

function canCreate(c: Context): boolean {
  const user = signedInOf(c);
  return user !== null && (user.isAdmin || [...user.roles.values()].includes('secretariat'));
}

export function projectListRoutes({ db }: { db: Db }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/', async (c) => {
    const lang = c.get('lang') ?? 'da';
    const { rows } = await listProjects(db, { limit: LIST_LIMIT });
    return c.render(
      <ProjectsPage projects={rows.map((row) => presentProjectListItem(row, lang))} canCreate={canCreate(c)} />,
    );
  });
  return app;
}

export function projectRoutes({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/:id', async (c) => {
    const project = await findProject(db, idParam(c));
    if (!project) throw notFound();
    const user = signedInOf(c);
    const canManage =
      user !== null && (user.isAdmin || project.bodies.some((body) => can(user, 'edit_meeting', { bodyId: body.id })));
    const view = presentProject(project, { lang: c.get('lang') ?? 'da', today: copenhagenDate(now()), canManage });
    return c.render(<ProjectPage project={view} />);
  });
  return app;
}
