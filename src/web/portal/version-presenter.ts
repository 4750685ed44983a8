/**
 * A published version of a meeting → the version page: the version's document (its public
 * projection unless the viewer is a member of the body) compared item by item with the version
 * before it, both projected the same way, so that the public never sees a closed item's content,
 * not even as a difference.
 */
import type { MeetingVersion } from '../../db/queries/meeting-versions.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { AgendaItem, MeetingDocument } from '../../domain/meeting-document.js';
import { publicProjection } from '../../domain/public-projection.js';
import { diffLines, hasChanges } from '../../domain/text-diff.js';
import type { VersionItemView, VersionPageProps } from '../../render/html/version-page.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { itemLines } from '../../render/text/item-lines.js';
import { bodyHref, meetingHref, meetingVersionHref } from './paths.js';

const documentKind = (kind: 'agenda' | 'minutes') =>
  kind === 'minutes' ? ('referat' as const) : ('dagsorden' as const);

export function presentVersionPage(input: {
  version: MeetingVersion;
  body: { name: string; slug: string; isFictitious: boolean };
  versions: { number: number; kind: 'agenda' | 'minutes'; publishedOn: string }[];
  isMemberView: boolean;
}): VersionPageProps {
  const { version, body, versions, isMemberView } = input;
  const project = (document: MeetingDocument) => (isMemberView ? document : publicProjection(document));
  const current = project(version.snapshot);
  const previous = version.previous ? project(version.previous.snapshot) : null;
  const linesOf = (item: AgendaItem) => (item.closed && !isMemberView ? [] : itemLines(item));
  const items: VersionItemView[] = current.items.map((item) => {
    const before = previous?.items.find((candidate) => candidate.number === item.number) ?? null;
    const lines = diffLines(before ? linesOf(before) : previous ? [] : linesOf(item), linesOf(item));
    const titleChanged = before !== null && before.title !== item.title;
    return {
      number: item.number,
      title: isMemberView ? item.title : publicItemTitle(item.title, item.closed),
      lines,
      isChanged: previous !== null && (before === null || titleChanged || hasChanges(lines)),
      isRemoved: false,
      isWithheld: item.closed && !isMemberView,
    };
  });
  for (const gone of previous?.items.filter((item) => !current.items.some((c) => c.number === item.number)) ?? []) {
    items.push({
      number: gone.number,
      title: isMemberView ? gone.title : publicItemTitle(gone.title, gone.closed),
      lines: diffLines(linesOf(gone), []),
      isChanged: true,
      isRemoved: true,
      isWithheld: gone.closed && !isMemberView,
    });
  }
  return {
    title: meetingTitle({
      documentType: current.documentType,
      bodyName: body.name,
      heldOn: current.date,
      startTime: current.startTime,
    }),
    isFictitious: body.isFictitious,
    body: { name: body.name, href: bodyHref(body.slug) },
    meetingHref: meetingHref(version.meetingId),
    dateText: formatMeetingDate(current.date, current.startTime),
    number: version.number,
    count: version.count,
    kind: documentKind(version.kind),
    publishedText: formatDate(version.publishedOn),
    reason: version.reason,
    previousNumber: version.previous?.number ?? null,
    // The members' notice only where there is something closed to see.
    isMemberView:
      isMemberView &&
      version.snapshot.items.some((item) => item.closed || item.attachments.some((attachment) => attachment.closed)),
    items,
    versions: versions.map((v) => ({
      number: v.number,
      href: meetingVersionHref(version.meetingId, v.number),
      kind: documentKind(v.kind),
      dateText: formatDate(v.publishedOn),
      isThis: v.number === version.number,
    })),
  };
}
