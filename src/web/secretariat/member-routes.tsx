/**
 * GET /mig: a signed-in user's own page — their bodies, the next meetings there, and what was
 * published lately in them (the last 30 days). 401 for the public.
 */
import { Hono } from 'hono';

import { listRecentVersions } from '../../db/queries/meeting-versions.js';

import { listBodiesByIds, listNextMeetings, listRecentlyImported } from '../../db/queries/member-overview.js';

import { addDays, formatDate, formatMeetingDate } from '../../domain/danish-dates.js';

import { copenhagenDate } from '../../domain/meeting.js';
import { MemberPage } from '../../render/html/member-page.js';
import { LABELS } from '../../render/i18n.js';
import { signedInOf, unauthenticated } from '../auth/index.js';
import { bodyHref, meetingHref, meetingVersionHref } from '../portal/paths.js';
import type { SecretariatDeps } from './deps.js';
import { secretariatHref } from './presenters.js';

const RECENT_DAYS = 30;

export function memberRoutes({ db, now }: SecretariatDeps) {
  const app = new Hono();

  app.get('/mig', async (c) => {
    const user = signedInOf(c);
    if (!user) return unauthenticated(c);
    const today = copenhagenDate(now());
    const since = addDays(today, -RECENT_DAYS);
    const bodyIds = [...user.roles.keys()];
    const [bodies, next, versions, imported] = await Promise.all([
      listBodiesByIds(db, bodyIds),
      listNextMeetings(db, bodyIds, today, 10),
      listRecentVersions(db, bodyIds, since, 10),
      listRecentlyImported(db, bodyIds, new Date(`${since}T00:00:00Z`), 10),
    ]);
    const published = [
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
      .slice(0, 10)
      .map(({ at: _at, ...entry }) => ({
        ...entry,
        label: entry.label.charAt(0).toUpperCase() + entry.label.slice(1),
      }));
    const isSecretariat = [...user.roles.values()].includes('secretariat');
    const links = [
      ...(isSecretariat || user.isAdmin ? [{ href: secretariatHref, label: 'Sekretariat: møder og dagsordener' }] : []),
      ...(user.isAdmin
        ? [
            { href: '/admin/organer', label: 'Administration: organer' },
            { href: '/admin/brugere', label: 'Administration: brugere' },
            { href: '/admin/log', label: 'Administration: ændringslog' },
          ]
        : []),
    ];
    return c.render(
      <MemberPage
        name={user.name}
        bodies={bodies.map((body) => ({
          name: body.name,
          href: bodyHref(body.slug),
          roleLabel: LABELS.da.bodyRole[user.roles.get(body.id) ?? 'member'],
        }))}
        nextMeetings={next.map((meeting) => ({
          href: meetingHref(meeting.id),
          dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
          bodyName: meeting.body.name,
          location: meeting.location,
          statusLabel: LABELS.da.meetingStatus[meeting.status],
        }))}
        published={published}
        links={links}
      />,
    );
  });

  return app;
}
