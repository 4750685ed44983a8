/**
 * The personal numbers found (mounted at /admin/personnumre): GET every meeting in which a CPR
 * number was found and masked on import or harvest, with where each stood. Admins only
 * (manage_users); read-only.
 */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatInstant } from '../../render/danish-time.js';
import {
  type FindingView,
  type FlaggedMeetingView,
  PersonalNumbersPage,
} from '../../render/html/admin/personal-numbers-page.js';
import type { Lang } from '../../render/i18n.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import {
  type FindingsOfMeeting,
  listPersonalNumberFindings,
  type PersonalNumberFindingRow,
} from '../../use-cases/imports/list-personal-number-findings.js';
import { requireRole } from '../auth/require-role.js';
import { langOf, page } from '../kit/page.js';
import { itemHref, meetingHref } from '../portal/paths.js';

/** The presenters' words of one language. */
type PresenterMessages = (typeof ADMIN_MESSAGES)['da']['presenters'];

function whereOf(row: PersonalNumberFindingRow, m: PresenterMessages): string {
  const item = row.itemNumber !== null ? m.item(row.itemNumber) : m.anItem;
  const label = row.label ? `»${row.label}«` : null;
  switch (row.place) {
    case 'meeting':
      return m.meetingPlace;
    case 'participants':
      return m.participants;
    case 'item':
      return m.itemTitle(item);
    case 'section':
      return m.section(item, label);
    case 'decision':
      return m.decision(item);
    case 'attachment':
      return m.attachmentTitle(item, label);
    case 'absent':
      return m.absentList(item);
    case 'attachment_page':
      return [item, m.attachment(label), row.page !== null ? m.page(row.page) : null].filter(Boolean).join(', ');
  }
}

function presentFinding(row: PersonalNumberFindingRow, m: PresenterMessages): FindingView {
  return {
    where: whereOf(row, m),
    whereHref: row.itemId !== null ? itemHref(row.itemId) : null,
    confidenceLabel: m.confidence[row.confidence],
    context: row.context,
  };
}

function presentMeeting(meeting: FindingsOfMeeting, lang: Lang): FlaggedMeetingView {
  const m = ADMIN_MESSAGES[lang].presenters;
  return {
    title: `${meeting.bodyName}, ${formatDate(meeting.heldOn)}`,
    href: meetingHref(meeting.meetingId),
    publisherName: meeting.publisherName,
    foundText: m.found(formatInstant(meeting.foundAt)),
    findings: meeting.findings.map((row) => presentFinding(row, m)),
  };
}

export function personalNumberRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', requireRole('manage_users'), async (c) => {
    const meetings = await listPersonalNumberFindings({ db });
    return page(c, <PersonalNumbersPage meetings={meetings.map((meeting) => presentMeeting(meeting, langOf(c)))} />);
  });
  return app;
}
