/**
 * A meeting's pages (mounted at /moede, /punkt and /kilde): GET /moede/:id (meeting), /punkt/:id
 * (item permalink), /kilde/:meetingId (the source document); the secretariat's work: /moede/:id.pdf
 * and .txt (the agenda or minutes as PDF and plain text) and /moede/:id/version/:number (one
 * published version and what changed). The public reads the public record; a member of the body
 * reads closed items too (never cached: private, no-store).
 */

import path from 'node:path';
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { loadMeetingDocument } from '../../db/queries/meeting-document.js';
import { bodyOfMeeting, findMeetingRow } from '../../db/queries/meeting-drafts.js';
import { findMeetingVersion, listVersionSummaries } from '../../db/queries/meeting-versions.js';
import { findPublicItem, findPublicMeeting, findSourceDocument } from '../../db/queries/meetings.js';
import { loadMemberItemContent } from '../../db/queries/member-items.js';
import { listProcessesOfItem } from '../../db/queries/processes.js';
import { can } from '../../domain/roles.js';
import { ItemPage } from '../../render/html/item-page.js';
import { MeetingPage } from '../../render/html/meeting-page.js';
import { VersionPage } from '../../render/html/version-page.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { MEMBER_READING_MESSAGES } from '../../render/messages/member-reading.js';
import { MEMBER_WORK_MESSAGES } from '../../render/messages/member-work.js';
import { renderMinutesPdf } from '../../render/pdf/minutes-pdf.js';
import { renderMinutesText } from '../../render/text/minutes-text.js';
import { actorOf, signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { parseId } from '../kit/params.js';
import { withMyHighlights } from '../member/highlight-presenter.js'; // Members' reading: highlights
import { notesPdfHref } from '../member/notes-pdf-routes.js';
import { nextMeetingHref, offlineZipHref } from '../member/reading-paths.js';
import { processHref } from '../processes/presenters.js';
import type { PortalDeps } from './deps.js';
import { meetingCalendarHref } from './paths.js';
import { presentItemPage, presentMeetingPage } from './presenters.js';
import { presentVersionPage } from './version-presenter.js';

/** Served as they are; any other format is offered as a download, never rendered by the browser. */
const INLINE_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};
const DOWNLOAD_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.json': 'application/json',
};

/** Members' daily work: a member's links from a meeting's page (never for the public: the page is then private). */
function memberWorkLinks(c: Context, meetingId: number) {
  const m = MEMBER_WORK_MESSAGES[(c.get('lang') as Lang | undefined) ?? 'da'];
  const reading = MEMBER_READING_MESSAGES[(c.get('lang') as Lang | undefined) ?? 'da'];
  return [
    { href: `/mig/anmodninger/ny?moede=${meetingId}`, label: m.linkRequests },
    { href: '/mig/referater', label: m.linkRounds },
    { href: `/mig/noter/${meetingId}`, label: m.notesTitle },
    { href: `${notesPdfHref(meetingId)}?noter=1`, label: `${m.printTitle} (${m.printWithNotes.toLowerCase()})` },
    // Reading on the go: what changed since the member last read it, and the whole meeting as a zip
    { href: nextMeetingHref(meetingId), label: reading.linkChanges },
    { href: offlineZipHref(meetingId), label: reading.download },
  ];
}

/** Whether the viewer reads the body's closed items (its members, its secretariat, admins). */
function readsClosed(c: Context, bodyId: number): boolean {
  return can(actorOf(c), 'read_closed_item', { bodyId });
}

export function meetingRoutes({ db }: PortalDeps) {
  const app = new Hono();
  // The secretariat's work: /moede/:id.pdf and /moede/:id.txt (before /moede/:id, which would take them).
  app.get('/:file{[0-9]+\\.(?:pdf|txt)}', (c) => meetingDocument(c, db));
  app.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id ? await findPublicMeeting(db, id) : null;
    if (!id || !meeting) throw notFound();
    // The members' view: a member of the body (or its secretariat, or an admin) reads closed items too.
    const bodyId = actorOf(c) ? await bodyOfMeeting(db, id) : null;
    const isMember = bodyId !== null && readsClosed(c, bodyId);
    const [versions, memberContent] = await Promise.all([
      listVersionSummaries(db, id),
      isMember
        ? loadMemberItemContent(
            db,
            meeting.items.map((item) => item.id),
          )
        : Promise.resolve(null),
    ]);
    if (isMember) c.header('Cache-Control', 'private, no-store');
    const presented = presentMeetingPage(meeting, { versions, memberContent });
    const user = isMember ? signedInOf(c) : null;
    if (user) {
      presented.items = await withMyHighlights(db, {
        userId: user.userId,
        meetingId: id,
        items: presented.items,
        back: (item) => `/moede/${id}#${item.anchor}`,
      });
    }
    return c.render(
      <MeetingPage
        {...presented}
        calendarHref={meetingCalendarHref(meeting.id)}
        memberLinks={
          bodyId !== null && can(actorOf(c), 'ask_question', { bodyId }) ? memberWorkLinks(c, id) : undefined
        }
      />,
    );
  });

  app.get('/:id/version/:number', async (c) => {
    const id = parseId(c.req.param('id'));
    const number = parseId(c.req.param('number'));
    const version = id && number ? await findMeetingVersion(db, id, number) : null;
    const meeting = version ? await findMeetingRow(db, version.meetingId) : null;
    if (!version || !meeting) throw notFound();
    const isMember = readsClosed(c, version.bodyId);
    if (isMember) c.header('Cache-Control', 'private, no-store');
    const versions = await listVersionSummaries(db, version.meetingId);
    const body = { ...meeting.body, isFictitious: false };
    return c.render(<VersionPage {...presentVersionPage({ version, body, versions, isMemberView: isMember })} />);
  });

  return app;
}

/** GET /moede/:id.pdf or .txt: what was published, as PDF or plain text. */
async function meetingDocument(c: Context, db: Db) {
  const [idText, extension] = (c.req.param('file') ?? '').split('.');
  const id = parseId(idText);
  const meeting = id ? await findMeetingRow(db, id) : null;
  if (!id || !meeting || meeting.documentType === null) throw notFound();
  const isMember = readsClosed(c, meeting.bodyId);
  // Only what was published: the public record, for members with the closed items.
  const document = await loadMeetingDocument(db, id, { audience: isMember ? 'member' : 'public' });
  if (!document) throw notFound();
  const kind = LABELS.da.documentType[document.documentType].toLowerCase();
  const headers: Record<string, string> = {
    'Content-Disposition': `inline; filename="${kind}-${meeting.body.slug}-${meeting.heldOn}.${extension}"`,
    'Cache-Control': isMember ? 'private, no-store' : 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
  };
  if (extension === 'txt') {
    return c.body(renderMinutesText(document), 200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  }
  const pdf = await renderMinutesPdf(document);
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'application/pdf' });
}

export function itemRoutes({ db }: PortalDeps) {
  const app = new Hono();
  app.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const item = id ? await findPublicItem(db, id) : null;
    if (!id || !item) throw notFound();
    const bodyId = actorOf(c) ? await bodyOfMeeting(db, item.meetingId) : null;
    const isMember = bodyId !== null && readsClosed(c, bodyId);
    const memberContent = isMember ? ((await loadMemberItemContent(db, [id])).get(id) ?? null) : null;
    if (isMember) c.header('Cache-Control', 'private, no-store');
    const processes = await listProcessesOfItem(db, id); // Processes (forløb) whose step the item treats
    const presented = presentItemPage(item, memberContent);
    const user = isMember ? signedInOf(c) : null;
    if (user) {
      [presented.item] = await withMyHighlights(db, {
        userId: user.userId,
        meetingId: item.meetingId,
        items: [presented.item],
        back: () => `/punkt/${id}`,
      });
    }
    return c.render(
      <ItemPage
        {...presented}
        processes={processes.map((p) => ({ href: processHref(p.processId), process: p.title, step: p.stepTitle }))}
      />,
    );
  });

  return app;
}

export function sourceRoutes({ db }: PortalDeps) {
  const app = new Hono();
  app.get('/:meetingId', async (c) => {
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
