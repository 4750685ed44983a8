/** GET /moede/:id (meeting), /punkt/:id (item permalink), /kilde/:meetingId (the source document). */
import path from 'node:path';
import { Hono } from 'hono';
import { findPublicItem, findPublicMeeting, findSourceDocument } from '../../db/queries/meetings.js';
import { AppError } from '../../errors.js';
import { ItemPage } from '../../render/html/item-page.js';
import { MeetingPage } from '../../render/html/meeting-page.js';
import type { PortalDeps } from './deps.js';
import { presentItemPage, presentMeetingPage } from './presenters.js';
import { parseId } from './validation.js';

const notFound = () => new AppError('not_found', 'not found');

/** Served as they are; any other format is offered as a download, never rendered by the browser. */
const INLINE_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};
const DOWNLOAD_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.json': 'application/json',
};

export function meetingRoutes({ db }: PortalDeps) {
  const app = new Hono();

  app.get('/moede/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findPublicMeeting(db, id) : null;
    if (!meeting) throw notFound();
    return c.render(<MeetingPage {...presentMeetingPage(meeting)} />);
  });

  app.get('/punkt/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findPublicItem(db, id) : null;
    if (!item) throw notFound();
    return c.render(<ItemPage {...presentItemPage(item)} />);
  });

  app.get('/kilde/:meetingId', async (c) => {
    const id = parseId(c.req.param('meetingId'));
    const source = id ? await findSourceDocument(db, id) : null;
    // A document with closed items is never served; its bytes are not even selected.
    if (!source || source.hasClosedItems || !source.content) throw notFound();
    const extension = path.extname(source.fileName).toLowerCase();
    const inline = INLINE_TYPES[extension];
    const type = inline ?? DOWNLOAD_TYPES[extension] ?? 'application/octet-stream';
    const name = encodeURIComponent(path.basename(source.fileName));
    return c.body(source.content as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': type,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    });
  });

  return app;
}
