/**
 * A member's agenda (or minutes) as a PDF with their own private notes under each item (mounted
 * at /mig/noter beside the notes page):
 *   GET /mig/noter/:meetingId/pdf?noter=1   the published document as members read it, with the
 *                                          signed-in person's notes; without `noter` → /moede/:id.pdf
 * For those who read the body's closed items (as the notes page): 401 signed out, 403 for others.
 * The notes are always the requester's own (no user in the address), and the answer is private,
 * no-store: never kept by the page cache (which keeps no /mig page and no signed-in answer) nor by
 * a shared cache.
 */
import { type Context, Hono } from 'hono';
import { loadMeetingDocument } from '../../db/queries/meeting-document.js';
import { findMeetingRef, listMyNotes } from '../../db/queries/member-work.js';
import { can } from '../../domain/roles.js';
import { isLang, LABELS } from '../../render/i18n.js';
import { renderMinutesPdf } from '../../render/pdf/minutes-pdf.js';
import { userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { notFound } from '../kit/errors.js';
import { idParam } from '../kit/params.js';
import type { MemberWorkDeps } from './member-work-routes.js';

/** The address of a meeting's PDF with the member's notes. */
export const notesPdfHref = (meetingId: number) => `/mig/noter/${meetingId}/pdf`;

export function notesPdfRoutes({ db }: MemberWorkDeps) {
  const app = new Hono();
  app.use('*', signedInOnly);

  app.get('/:id/pdf', async (c: Context) => {
    const meeting = await findMeetingRef(db, idParam(c));
    if (!meeting) throw notFound();
    const user = userOf(c);
    if (!can(user, 'read_closed_item', { bodyId: meeting.bodyId })) return forbidden(c);
    if (!c.req.query('noter')) return c.redirect(`/moede/${meeting.id}.pdf`, 303);
    const document = await loadMeetingDocument(db, meeting.id, { audience: 'member' });
    if (!document) throw notFound();
    const asked: unknown = c.get('lang');
    const lang = isLang(asked) ? asked : 'da';
    const notes = await listMyNotes(db, user.userId, meeting.id);
    const pdf = await renderMinutesPdf(document, { lang, notes });
    const kind = LABELS[lang].documentType[document.documentType].toLowerCase();
    const suffix = lang === 'en' ? 'with-my-notes' : 'med-mine-noter';
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${kind}-${meeting.bodySlug}-${meeting.heldOn}-${suffix}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return app;
}
