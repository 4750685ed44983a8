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
import {
  type FindingsOfMeeting,
  listPersonalNumberFindings,
  type PersonalNumberFindingRow,
} from '../../use-cases/imports/list-personal-number-findings.js';
import { requireRole } from '../auth/require-role.js';
import { page } from '../kit/page.js';
import { itemHref, meetingHref } from '../portal/paths.js';

const CONFIDENCE_LABELS: Record<PersonalNumberFindingRow['confidence'], string> = {
  high: 'Høj',
  medium: 'Middel',
  low: 'Lav',
};

function whereOf(row: PersonalNumberFindingRow): string {
  const item = row.itemNumber !== null ? `Punkt ${row.itemNumber}` : null;
  const label = row.label ? `»${row.label}«` : null;
  switch (row.place) {
    case 'meeting':
      return 'Mødets oplysninger (organ, sted, bemærkninger)';
    case 'participants':
      return 'Deltagerlisten';
    case 'item':
      return `${item ?? 'Et punkt'}: titel eller sagsnummer`;
    case 'section':
      return `${item ?? 'Et punkt'}, afsnittet ${label ?? 'uden overskrift'}`;
    case 'decision':
      return `${item ?? 'Et punkt'}, beslutningen`;
    case 'attachment':
      return `${item ?? 'Et punkt'}, bilagets titel ${label ?? ''}`.trim();
    case 'absent':
      return `${item ?? 'Et punkt'}, fraværende`;
    case 'attachment_page':
      return [item ?? 'Et punkt', `bilaget ${label ?? ''}`.trim(), row.page !== null ? `side ${row.page}` : null]
        .filter(Boolean)
        .join(', ');
  }
}

function presentFinding(row: PersonalNumberFindingRow): FindingView {
  return {
    where: whereOf(row),
    whereHref: row.itemId !== null ? itemHref(row.itemId) : null,
    confidenceLabel: CONFIDENCE_LABELS[row.confidence],
    context: row.context,
  };
}

function presentMeeting(meeting: FindingsOfMeeting): FlaggedMeetingView {
  return {
    title: `${meeting.bodyName}, ${formatDate(meeting.heldOn)}`,
    href: meetingHref(meeting.meetingId),
    publisherName: meeting.publisherName,
    foundText: `Fundet ${formatInstant(meeting.foundAt)}`,
    findings: meeting.findings.map(presentFinding),
  };
}

export function personalNumberRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', requireRole('manage_users'), async (c) => {
    const meetings = await listPersonalNumberFindings({ db });
    return page(c, <PersonalNumbersPage meetings={meetings.map(presentMeeting)} />);
  });
  return app;
}
