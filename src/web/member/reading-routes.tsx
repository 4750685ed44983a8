/**
 * Reading on the go (mounted at /mig/naeste-moede and /mig/fremhaev):
 *   GET  /mig/naeste-moede              the member's coming meetings (the next one of each of their
 *                                       bodies), each with what is new and changed since they last
 *                                       marked it as read
 *   GET  /mig/naeste-moede/:id          the same for one meeting (linked from the meeting's page)
 *   POST /mig/naeste-moede/:id/laest    "Markér som læst" (refused when the meeting changed since
 *                                       the page was shown)
 *   GET  /mig/naeste-moede/:id.zip      the whole meeting for offline reading: the agenda or
 *                                       minutes PDF, every attachment file the reader may see, the
 *                                       member's own notes and highlights as text; streamed
 *   POST /mig/fremhaev                  highlight a passage of an item (the passage and the item's id)
 *   POST /mig/fremhaev/:id/slet         remove one of the member's highlights
 * Marking as read is an explicit button, not a side effect of opening a page: a GET stays safe (it
 * may be served by a replica, prefetched or opened by a link preview), and opening a meeting is
 * not having read it. The pages and the highlights are for those who read the body's closed items
 * (403 for others); the zip is for anyone signed in, with closed items' content and attachments
 * only for those who may read them (the closed-item rule of db/queries/item-content.ts decides).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { loadItems } from '../../db/queries/item-content.js';
import { loadMeetingDocument } from '../../db/queries/meeting-document.js';
import { findMeetingRow } from '../../db/queries/meeting-drafts.js';
import { listNextMeetings } from '../../db/queries/member-overview.js';
import { listAttachmentFiles, listItemIdsByNumber, listMyHighlights } from '../../db/queries/member-reading.js';
import { listMeetingItemTitles, listMyNotes } from '../../db/queries/member-work.js';
import { ATTACHMENT_TYPES } from '../../domain/attachment-file.js';
import { highlightableTexts, isQuoteFound } from '../../domain/highlights.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { can } from '../../domain/roles.js';
import { diffLines } from '../../domain/text-diff.js';
import { formatInstant } from '../../render/danish-time.js';
import {
  HighlightPage,
  NextMeetingPage,
  type ReadingMeetingView,
} from '../../render/html/member-work/reading-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { MEMBER_READING_MESSAGES } from '../../render/messages/member-reading.js';
import { renderMinutesPdf } from '../../render/pdf/minutes-pdf.js';
import { itemLines } from '../../render/text/item-lines.js';
import { renderMemberNotesText } from '../../render/text/member-notes-text.js';
import { type ZipEntry, zipStream } from '../../render/zip/zip-stream.js';
import { highlightPassage, removeHighlight } from '../../use-cases/member-work/highlight-passage.js';
import { markMeetingRead } from '../../use-cases/member-work/mark-meeting-read.js';
import { type MeetingChangesView, readMeetingChanges } from '../../use-cases/member-work/read-meeting-changes.js';
import { userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { meetingHref } from '../portal/paths.js';
import { meetingLabel } from '../secretariat/member-work-presenters.js';
import { HIGHLIGHT_ACTION } from './highlight-presenter.js';
import type { MemberWorkDeps } from './member-work-routes.js';
import { markReadHref, NEXT_MEETING_PATH, nextMeetingHref, offlineZipHref } from './reading-paths.js';

const langOf = (c: Context): Lang => (c.get('lang') as Lang | undefined) ?? 'da';
const messagesOf = (c: Context) => MEMBER_READING_MESSAGES[langOf(c)];

/** The changed lines of a short difference (meetings made in Protokol), at most this many. */
const DIFF_LINES_SHOWN = 12;

/** One meeting's changes as the page shows them. */
async function readingView(db: Db, changes: MeetingChangesView, meeting: MeetingLabel): Promise<ReadingMeetingView> {
  const ids = await listItemIdsByNumber(db, meeting.id);
  const before = changes.readVersion?.snapshot ?? null;
  return {
    meetingId: meeting.id,
    label: meetingLabel(meeting),
    meetingHref: meetingHref(meeting.id),
    notesHref: `/mig/noter/${meeting.id}`,
    zipHref: offlineZipHref(meeting.id),
    markReadAction: markReadHref(meeting.id),
    fingerprint: changes.fingerprint,
    readAtText: changes.readAt ? formatInstant(changes.readAt) : null,
    diffVersion: changes.readVersion?.number ?? null,
    items: changes.changes.items.map((item) => {
      const old = item.isChanged ? before?.items.find((candidate) => candidate.number === item.number) : undefined;
      const now = changes.document.items.find((candidate) => candidate.number === item.number);
      const id = ids.get(item.number);
      return {
        number: item.number,
        title: item.title,
        href: id ? `${meetingHref(meeting.id)}#punkt-${item.number}-${id}` : meetingHref(meeting.id),
        isNew: item.isNew,
        isChanged: item.isChanged,
        newAttachments: item.newAttachments,
        diff:
          old && now
            ? diffLines(itemLines(old), itemLines(now))
                .filter((line) => line.op !== 'same')
                .slice(0, DIFF_LINES_SHOWN)
            : null,
      };
    }),
    removedNumbers: changes.changes.removedNumbers,
  };
}

type MeetingLabel = { id: number; bodyName: string; heldOn: string; startTime: string | null };

/** Where "Markér som læst" may come back to: the list, or the meeting's own page. */
function backOf(value: string, meetingId: number): string {
  return value === NEXT_MEETING_PATH ? value : nextMeetingHref(meetingId);
}

/** The member's highlights on the meeting, each found in its item's text now or not. */
async function highlightsView(
  db: Db,
  c: Context,
  changes: MeetingChangesView,
  meetingId: number,
): Promise<ReadingMeetingView['highlights']> {
  const m = messagesOf(c);
  return (await listMyHighlights(db, userOf(c).userId, meetingId)).map((highlight) => {
    const item = changes.document.items.find((candidate) => candidate.number === highlight.itemNumber);
    return {
      itemLabel: m.itemLabel(highlight.itemNumber, item?.title ?? ''),
      quote: highlight.quote,
      isFound: item !== undefined && isQuoteFound(highlight.quote, highlightableTexts(item)),
      removeAction: `${HIGHLIGHT_ACTION}/${highlight.id}/slet`,
    };
  });
}

/** One meeting's page (the problems when marking it failed), or 404/403. */
async function meetingPage(db: Db, c: Context, meetingId: number, problems: Problem[] = []) {
  const user = userOf(c);
  const changes = await readMeetingChanges({ db, userId: user.userId, meetingId, permissions: user });
  if (changes === null) throw notFound();
  if (changes === 'forbidden') return forbidden(c);
  const row = await findMeetingRow(db, meetingId);
  if (!row) throw notFound();
  const m = messagesOf(c);
  const label = { id: meetingId, bodyName: row.body.name, heldOn: row.heldOn, startTime: row.startTime };
  const view = {
    ...(await readingView(db, changes, label)),
    highlights: await highlightsView(db, c, changes, meetingId),
  };
  const notice = c.req.query('laest') ? m.markedRead : c.req.query('fjernet') ? m.highlightRemoved : undefined;
  return page(
    c,
    <NextMeetingPage
      single
      meetings={[view]}
      back={nextMeetingHref(meetingId)}
      csrfToken={csrfOf(c)}
      notice={notice}
      problems={problems}
    />,
    problems.length > 0 ? 409 : 200,
  );
}

/** The next meeting of each of the member's bodies that has items, with its changes. */
async function comingMeetingViews(db: Db, c: Context, today: string): Promise<ReadingMeetingView[]> {
  const user = userOf(c);
  const bodyIds = [...user.roles.keys()].filter((bodyId) => can(user, 'read_closed_item', { bodyId }));
  const coming = await listNextMeetings(db, bodyIds, today, 50);
  const views: ReadingMeetingView[] = [];
  const bodiesSeen = new Set<string>();
  for (const meeting of coming) {
    if (bodiesSeen.has(meeting.body.slug)) continue;
    const changes = await readMeetingChanges({ db, userId: user.userId, meetingId: meeting.id, permissions: user });
    if (changes === null || changes === 'forbidden' || changes.document.items.length === 0) continue;
    bodiesSeen.add(meeting.body.slug);
    const label = { id: meeting.id, bodyName: meeting.body.name, heldOn: meeting.heldOn, startTime: meeting.startTime };
    views.push(await readingView(db, changes, label));
  }
  return views;
}

export function nextMeetingRoutes(deps: MemberWorkDeps) {
  const { db, now } = deps;
  const app = new Hono();
  app.use('*', signedInOnly);

  app.get('/', async (c) => {
    const views = await comingMeetingViews(db, c, copenhagenDate(now()));
    const notice = c.req.query('laest') ? messagesOf(c).markedRead : undefined;
    return c.render(
      <NextMeetingPage
        single={false}
        meetings={views}
        back={NEXT_MEETING_PATH}
        csrfToken={csrfOf(c)}
        notice={notice}
      />,
    );
  });

  // The whole meeting as a zip (before /:id, whose id is a number only).
  app.get('/:file{[0-9]+\\.zip}', (c) => offlineZip(c, deps));

  app.get('/:id', (c) => meetingPage(db, c, idParam(c)));

  app.post('/:id/laest', async (c) => {
    const meetingId = idParam(c);
    const form = await c.req.parseBody();
    const user = userOf(c);
    const result = await markMeetingRead({
      db,
      userId: user.userId,
      meetingId,
      seenFingerprint: field(form, 'seen', 64),
      permissions: user,
      now: now(),
    });
    if (result.ok) return c.redirect(`${backOf(field(form, 'tilbage', 100), meetingId)}?laest=1`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'forbidden') return forbidden(c);
    return meetingPage(db, c, meetingId, [{ text: messagesOf(c).changedWhileReading }]);
  });

  return app;
}

/** "Budget 2027" → a name safe in any file system, at most 100 characters. */
function fileName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return safe === '' || safe === '.' || safe === '..' ? 'bilag' : safe;
}

/** GET /mig/naeste-moede/:id.zip: streamed; what the reader may see only. */
async function offlineZip(c: Context, { db, now, dataDir }: MemberWorkDeps) {
  const id = parseId((c.req.param('file') ?? '').split('.')[0]);
  const meeting = id ? await findMeetingRow(db, id) : null;
  if (!id || !meeting) throw notFound();
  const user = userOf(c);
  const readsClosed = can(user, 'read_closed_item', { bodyId: meeting.bodyId });
  const audience = readsClosed ? 'member' : 'public';
  const lang = langOf(c);
  const m = MEMBER_READING_MESSAGES[lang];
  // The closed-item rule decides what is selected: for the public, a closed item has no content
  // and closed attachments are never selected, so their files cannot be listed below.
  const [document, items] = await Promise.all([
    loadMeetingDocument(db, id, { audience }),
    loadItems(db, { meetingIds: [id] }, audience),
  ]);
  if (!document) throw notFound();
  const wanted = items.flatMap((item) =>
    (item.content?.attachments ?? []).filter((a) => a.hasFile).map((attachment) => ({ item, attachment })),
  );
  const files = await listAttachmentFiles(
    db,
    wanted.map((entry) => entry.attachment.id),
  );
  const names = new Set<string>();
  const unique = (name: string) => {
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let n = 2; names.has(candidate); n++) candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    names.add(candidate);
    return candidate;
  };
  const attachmentEntries: { name: string; fullPath: string; compress: boolean }[] = [];
  for (const { item, attachment } of wanted) {
    const file = files.get(attachment.id);
    if (!dataDir || !file || !/^attachments\/[0-9a-f]{64}$/.test(file.filePath)) continue;
    const fullPath = path.join(dataDir, file.filePath);
    if (!(await fs.promises.stat(fullPath).catch(() => null))?.isFile()) continue; // a missing file is left out
    const extension =
      Object.entries(ATTACHMENT_TYPES).find(([, type]) => type.mediaType === file.mediaType)?.[0] ?? 'bin';
    const folder = `${m.zipAttachmentsFolder}/${m.zipItemFolder(item.number)}`;
    attachmentEntries.push({
      name: unique(`${folder}/${fileName(attachment.title)}.${extension}`),
      fullPath,
      compress: extension === 'txt',
    });
  }
  const notesText = readsClosed
    ? await notesTextOf(db, {
        userId: user.userId,
        meetingId: id,
        items,
        lang,
        label: meetingLabel({ ...meeting, bodyName: meeting.body.name }),
      })
    : null;
  const kind = LABELS[lang].documentType[document.documentType].toLowerCase();
  const base = `${meeting.body.slug}-${meeting.heldOn}`;
  async function* entries(): AsyncGenerator<ZipEntry> {
    if (meeting?.documentType && document && document.items.length > 0) {
      yield { name: unique(`${kind}-${base}.pdf`), data: await renderMinutesPdf(document), compress: false };
    }
    for (const entry of attachmentEntries) {
      yield { name: entry.name, data: fs.createReadStream(entry.fullPath), compress: entry.compress };
    }
    if (notesText !== null) {
      yield { name: unique(m.zipNotesFile), data: new TextEncoder().encode(notesText), compress: true };
    }
  }
  return c.body(zipStream(entries(), now()), 200, {
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="${m.zipName(base)}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

/** The member's notes and highlights on the meeting's items as text (highlights gone from the text so marked). */
async function notesTextOf(
  db: Db,
  input: { userId: number; meetingId: number; items: Awaited<ReturnType<typeof loadItems>>; lang: Lang; label: string },
): Promise<string> {
  const [notes, highlights] = await Promise.all([
    listMyNotes(db, input.userId, input.meetingId),
    listMyHighlights(db, input.userId, input.meetingId),
  ]);
  return renderMemberNotesText(
    {
      meeting: input.label,
      items: input.items.map((item) => ({
        number: item.number,
        title: item.title,
        note: notes.get(item.number) ?? '',
        highlights: highlights
          .filter((highlight) => highlight.itemNumber === item.number)
          .map((highlight) => ({
            quote: highlight.quote,
            isFound: item.content !== null && isQuoteFound(highlight.quote, highlightableTexts(item.content)),
          })),
      })),
    },
    input.lang,
  );
}

/** A local address of a meeting's or an item's page to come back to after highlighting. */
const ITEM_BACK = /^\/(?:moede|punkt)\/\d{1,12}(?:#[a-z0-9-]{1,60})?$/;

export function highlightRoutes({ db, now }: MemberWorkDeps) {
  const app = new Hono();
  app.use('*', signedInOnly);

  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    const itemId = parseId(field(form, 'item', 20));
    if (!itemId) throw notFound();
    const quote = field(form, 'quote', 5_000);
    const back = field(form, 'tilbage', 100);
    const user = userOf(c);
    const result = await highlightPassage({ db, userId: user.userId, itemId, quote, permissions: user, now: now() });
    if (result.ok) return c.redirect(ITEM_BACK.test(back) ? back : `/punkt/${itemId}`, 303);
    if (!('meetingId' in result)) {
      if (result.reason === 'forbidden') return forbidden(c);
      throw notFound();
    }
    const m = messagesOf(c);
    const items = await listMeetingItemTitles(db, result.meetingId);
    const ids = await listItemIdsByNumber(db, result.meetingId);
    const number = [...ids].find(([, candidate]) => candidate === itemId)?.[0] ?? 0;
    const title = items.find((item) => item.number === number)?.title ?? '';
    return page(
      c,
      <HighlightPage
        itemLabel={m.itemLabel(number, title)}
        itemHref={`/punkt/${itemId}`}
        itemId={itemId}
        back={ITEM_BACK.test(back) ? back : `/punkt/${itemId}`}
        action={HIGHLIGHT_ACTION}
        quote={quote}
        csrfToken={csrfOf(c)}
        problems={[{ field: `quote-${itemId}`, text: m.problems[result.reason] }]}
      />,
      400,
    );
  });

  app.post('/:id/slet', async (c) => {
    const meetingId = await removeHighlight({ db, userId: userOf(c).userId, highlightId: idParam(c) });
    if (meetingId === null) throw notFound();
    return c.redirect(`${nextMeetingHref(meetingId)}?fjernet=1#fremhaevninger`, 303);
  });

  return app;
}
