/**
 * The public projects: GET /projekter (every project; the secretariat and admins also see
 * "Registrér et projekt") and GET /projekt/:id (a project with its timeline, table and reports;
 * its secretariat also sees the way to handle it and where its reports were put on an agenda) and
 * GET /projekt/:id/rapport/:reportId.pdf (a status report's PDF: public, as the report's text is).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findProject, findReportFile, listProjects } from '../../db/queries/projects.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { can } from '../../domain/roles.js';
import { ProjectPage, ProjectsPage } from '../../render/html/projects/project-pages.js';
import type { Lang } from '../../render/i18n.js';
import { attachmentPath } from '../../use-cases/meetings/add-attachment.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { idParam, parseId } from '../kit/params.js';
import { sendStoredFile } from '../portal/attachment-routes.js';
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

export function projectRoutes({ db, now = () => new Date(), dataDir }: { db: Db; now?: () => Date; dataDir?: string }) {
  const app = new Hono<{ Variables: { lang: Lang } }>();
  app.get('/:id/rapport/:file', async (c) => {
    const reportId = parseId(c.req.param('file').replace(/\.pdf$/, ''));
    const file = reportId ? await findReportFile(db, idParam(c), reportId) : null;
    if (!file) throw notFound();
    return sendStoredFile(c, {
      dataDir,
      filePath: attachmentPath(file.sha256),
      mediaType: 'application/pdf',
      title: file.name.replace(/\.pdf$/i, ''),
      isPrivate: false,
    });
  });
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
