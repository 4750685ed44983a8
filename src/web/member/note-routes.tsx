/**
 * A member's private notes on a meeting's items (mounted at /mig/noter):
 *   GET|POST /mig/noter/:meetingId   one field per item; only the writer ever reads them
 * For those who read the body's closed items (its members, secretariat, admins): 403 for others.
 * Notes are by the item's number, so they stay when the item's text is corrected. No search,
 * export, feed, API or log reads them; the page is private (signed in: never cached).
 */
import { type Context, Hono } from 'hono';
import { findMeetingRef, listMeetingItemTitles, listMyNotes } from '../../db/queries/member-work.js';
import { can } from '../../domain/roles.js';
import { NotesPage } from '../../render/html/member-work/notes-page.js';
import type { Lang } from '../../render/i18n.js';
import { saveItemNote } from '../../use-cases/member-work/save-item-note.js';
import { userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { meetingHref } from '../portal/paths.js';
import { meetingLabel, messagesOf } from '../secretariat/member-work-presenters.js';
import type { MemberWorkDeps } from './member-work-routes.js';
import { notesPdfHref } from './notes-pdf-routes.js';

const langOf = (c: Context) => c.get('lang') as Lang | undefined;

export function noteRoutes({ db, now }: MemberWorkDeps) {
  const app = new Hono();
  app.use('*', signedInOnly);

  /** The meeting when the user reads its body's items; else 404 or 403. */
  const readable = async (c: Context) => {
    const meeting = await findMeetingRef(db, idParam(c));
    if (!meeting) throw notFound();
    return can(userOf(c), 'read_closed_item', { bodyId: meeting.bodyId }) ? meeting : null;
  };

  const notesPage = async (c: Context, meetingId: number, typed?: Map<number, string>, problems: Problem[] = []) => {
    const meeting = await findMeetingRef(db, meetingId);
    if (!meeting) throw notFound();
    const notes = typed ?? (await listMyNotes(db, userOf(c).userId, meetingId));
    const items = (await listMeetingItemTitles(db, meetingId)).map((item) => ({
      ...item,
      note: notes.get(item.number) ?? '',
    }));
    const notice = c.req.query('gemt') ? messagesOf(langOf(c)).noteSaved : undefined;
    const view = (
      <NotesPage
        meeting={meetingLabel(meeting)}
        meetingHref={meetingHref(meetingId)}
        action={`/mig/noter/${meetingId}`}
        pdfAction={notesPdfHref(meetingId)}
        items={items}
        csrfToken={csrfOf(c)}
        notice={notice}
        problems={problems}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/:id', async (c) => {
    const meeting = await readable(c);
    if (!meeting) return forbidden(c);
    return notesPage(c, meeting.id);
  });

  app.post('/:id', async (c) => {
    const meeting = await readable(c);
    if (!meeting) return forbidden(c);
    const form = await c.req.parseBody();
    const typed = new Map<number, string>();
    for (const item of await listMeetingItemTitles(db, meeting.id)) {
      const value = form[`note-${item.number}`];
      if (typeof value === 'string') typed.set(item.number, value.slice(0, 20_000));
    }
    const problems: Problem[] = [];
    for (const [itemNumber, text] of typed) {
      const saved = await saveItemNote({
        db,
        userId: userOf(c).userId,
        bodyId: meeting.bodyId,
        meetingId: meeting.id,
        itemNumber,
        text,
        permissions: userOf(c),
        now: now(),
      });
      if (!saved.ok && saved.reason === 'too_long') {
        problems.push({ field: `note-${itemNumber}`, text: messagesOf(langOf(c)).problems.note_too_long });
      }
    }
    if (problems.length > 0) return notesPage(c, meeting.id, typed, problems);
    return c.redirect(`/mig/noter/${meeting.id}?gemt=1`, 303);
  });

  return app;
}
