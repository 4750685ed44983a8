/** A signed-in user's own page (/mig): their rows → the view's data, in Danish. */
import type { RecentVersion } from '../../db/queries/meeting-versions.js';
import type { MemberMeeting } from '../../db/queries/member-overview.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import type { BodyRole } from '../../domain/roles.js';
import type { MemberPageProps } from '../../render/html/member-page.js';
import { LABELS } from '../../render/i18n.js';
import { MEMBER_READING_MESSAGES } from '../../render/messages/member-reading.js';
import { MEMBER_WORK_MESSAGES } from '../../render/messages/member-work.js';
import type { SignedInUser } from '../../use-cases/accounts/resolve-session.js';
import { bodyHref, meetingHref, meetingVersionHref } from '../portal/paths.js';
import { secretariatHref } from '../secretariat/paths.js';

/** How many entries the page lists of what was published lately. */
const PUBLISHED_SHOWN = 10;

export function presentMemberBodies(
  bodies: { id: number; name: string; slug: string }[],
  roles: ReadonlyMap<number, BodyRole>,
) {
  return bodies.map((body) => ({
    name: body.name,
    href: bodyHref(body.slug),
    roleLabel: LABELS.da.bodyRole[roles.get(body.id) ?? 'member'],
  }));
}

export function presentNextMeetings(meetings: MemberMeeting[]): MemberPageProps['nextMeetings'] {
  return meetings.map((meeting) => ({
    href: meetingHref(meeting.id),
    dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
    bodyName: meeting.body.name,
    location: meeting.location,
    statusLabel: LABELS.da.meetingStatus[meeting.status],
  }));
}

/** Published versions and imported documents together, newest first. */
export function presentPublished(
  versions: RecentVersion[],
  imported: (MemberMeeting & { importedAt: Date })[],
): MemberPageProps['published'] {
  return [
    ...versions.map((version) => ({
      at: version.publishedAt.getTime(),
      href: version.reason ? meetingVersionHref(version.meetingId, version.number) : meetingHref(version.meetingId),
      label: `${version.reason ? 'Rettet ' : ''}${LABELS.da.versionKind[version.kind].toLowerCase()} ${formatMeetingDate(version.heldOn, version.startTime)}`,
      bodyName: version.body.name,
      dateText: formatDate(version.publishedOn),
      note: version.reason,
    })),
    ...imported.map((meeting) => ({
      at: meeting.importedAt.getTime(),
      href: meetingHref(meeting.id),
      label: `${meeting.documentType ? LABELS.da.documentType[meeting.documentType] : 'Møde'} ${formatMeetingDate(meeting.heldOn, meeting.startTime)}`,
      bodyName: meeting.body.name,
      dateText: formatDate(copenhagenDate(meeting.importedAt)),
      note: null,
    })),
  ]
    .sort((a, b) => b.at - a.at)
    .slice(0, PUBLISHED_SHOWN)
    .map(({ at: _at, ...entry }) => ({ ...entry, label: entry.label.charAt(0).toUpperCase() + entry.label.slice(1) }));
}

/**
 * The pages of the user's roles, as the header's menu has them: a member's questions, everyone's
 * notifications, the secretariat's work (admins too) and the administration.
 */
export function memberLinks(user: SignedInUser): MemberPageProps['links'] {
  const roles = [...user.roles.values()];
  const mayAsk = roles.includes('member') || user.isAdmin;
  const isSecretariat = roles.includes('secretariat') || user.isAdmin;
  return [
    ...(mayAsk
      ? [
          { href: '/mig/naeste-moede', label: MEMBER_READING_MESSAGES.da.navNextMeeting },
          { href: '/mine-sporgsmaal', label: 'Mine spørgsmål' },
          { href: '/sporgsmaal/ny', label: 'Stil et spørgsmål' },
          { href: '/mig/referater', label: MEMBER_WORK_MESSAGES.da.linkRounds },
          { href: '/mig/anmodninger', label: MEMBER_WORK_MESSAGES.da.linkRequests },
        ]
      : []),
    { href: '/notifikationer', label: 'Notifikationer' },
    { href: '/indstillinger/notifikationer', label: 'Vælg hvilke notifikationer, du får' },
    ...(isSecretariat
      ? [
          { href: secretariatHref, label: 'Sekretariat: møder og dagsordener' },
          { href: '/sekretariat/sporgsmaal', label: 'Sekretariat: spørgsmål' },
          { href: '/sekretariat/opfoelgning', label: 'Sekretariat: opfølgning' },
          { href: '/sekretariat/moedeplan', label: 'Sekretariat: mødeplan' },
          { href: '/sekretariat/forretningsorden', label: MEMBER_WORK_MESSAGES.da.linkRules },
        ]
      : []),
    ...(user.isAdmin
      ? [
          { href: '/admin/organer', label: 'Administration: organer' },
          { href: '/admin/brugere', label: 'Administration: brugere' },
          { href: '/admin/log', label: 'Administration: ændringslog' },
        ]
      : []),
  ];
}
