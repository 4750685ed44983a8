/**
 * One person's rows → the admins' person, merge and split pages: links, Danish labels and texts,
 * and the choices of the split form as they were ticked.
 */
import type { AdminPersonDetail, PersonChangeListRow, PersonSummaryRow } from '../../db/queries/admin-persons.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatInstant } from '../../render/danish-time.js';
import type { PersonSummaryView } from '../../render/html/admin/merge-pages.js';
import type { PersonChangeView, PersonPageProps } from '../../render/html/admin/person-page.js';
import type { ChoiceView } from '../../render/html/admin/split-pages.js';
import { LABELS } from '../../render/i18n.js';
import { meetingHref, personHref } from '../portal/paths.js';
import { adminPersonHref, PEOPLE_HREF } from './presenters.js';

// The person pages' URLs.
export const mergeHref = (id: number) => `${adminPersonHref(id)}/saml`;
export const mergeConfirmHref = (id: number) => `${mergeHref(id)}/bekraeft`;
export const splitHref = (id: number) => `${adminPersonHref(id)}/del`;
export const splitConfirmHref = (id: number) => `${splitHref(id)}/bekraeft`;
export const CHANGES_HREF = `${PEOPLE_HREF}/aendringer`;
export const undoHref = (changeId: number) => `${CHANGES_HREF}/${changeId}/fortryd`;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What tells two persons of one name apart, in words. */
export function presentSummary(row: PersonSummaryRow): PersonSummaryView {
  const range =
    row.firstMeetingOn && row.lastMeetingOn
      ? row.firstMeetingOn === row.lastMeetingOn
        ? `, ${formatDate(row.firstMeetingOn)}`
        : `, ${formatDate(row.firstMeetingOn)} – ${formatDate(row.lastMeetingOn)}`
      : '';
  return {
    value: String(row.id),
    name: row.name,
    href: adminPersonHref(row.id),
    publisherName: row.publisherName ?? 'ukendt',
    bodies: row.bodies.length > 0 ? row.bodies.join(', ') : '–',
    membershipsText: count(row.memberships, 'medlemskab', 'medlemskaber'),
    meetingsText: row.meetings === 0 ? 'Ingen møder' : `${count(row.meetings, 'møde', 'møder')}${range}`,
  };
}

export function presentChange(row: PersonChangeListRow): PersonChangeView {
  const kindLabel = row.kind === 'merge' ? 'Lagt sammen' : 'Delt op';
  const text =
    row.kind === 'merge'
      ? `${row.from.name} (${row.from.id}) lagt sammen med ${row.to.name} (${row.to.id})`
      : `${row.from.name} (${row.from.id}) delt op; ny person ${row.to.name} (${row.to.id})`;
  return {
    text,
    kindLabel,
    fromName: row.from.name,
    fromHref: adminPersonHref(row.from.id),
    toName: row.to.name,
    toHref: adminPersonHref(row.to.id),
    whenText: formatInstant(row.createdAt),
    undoneText: row.undoneAt ? `Fortrudt ${formatInstant(row.undoneAt)}` : null,
    undoAction: row.undoneAt ? null : undoHref(row.id),
  };
}

const membershipDetails = (m: { party: string | null; organisation: string | null; title: string | null }) =>
  [m.party, m.organisation, m.title].filter(Boolean).join(', ') || '–';

const withPublisher = (name: string, publisher: string | null) => (publisher ? `${name} (${publisher})` : name);

export function participationNote(detail: AdminPersonDetail): string | undefined {
  if (detail.participationCount <= detail.participations.length) return undefined;
  return `Viser de seneste ${detail.participations.length} af ${detail.participationCount} møder.`;
}

export function presentPerson(
  detail: AdminPersonDetail,
): Pick<
  PersonPageProps,
  'person' | 'memberships' | 'participations' | 'participationNote' | 'mergeHref' | 'splitHref'
> {
  return {
    person: {
      name: detail.name,
      slug: detail.slug,
      publicHref: personHref(detail.slug),
      publisherName: detail.publisherName ?? 'Ukendt',
      names: detail.names.map((n) => n.publisherName),
      mergedInto: detail.mergedInto
        ? { name: detail.mergedInto.name, href: adminPersonHref(detail.mergedInto.id) }
        : null,
    },
    mergeHref: mergeHref(detail.id),
    splitHref: splitHref(detail.id),
    memberships: detail.memberships.map((m) => ({
      bodyName: withPublisher(m.bodyName, m.publisherName),
      roleLabel: LABELS.da.membershipRole[m.role],
      details: membershipDetails(m),
      fromText: m.fromOn ?? '–',
      toText: m.toOn ?? '',
    })),
    participations: detail.participations.map((p) => ({
      meetingHref: meetingHref(p.meetingId),
      dateText: formatDate(p.heldOn),
      bodyName: withPublisher(p.bodyName, p.publisherName),
      details: [p.role, p.party, p.organisation, p.isAbsent ? 'fraværende' : ''].filter(Boolean).join(', ') || '–',
    })),
    participationNote: participationNote(detail),
  };
}

/** The split form's choices, ticked as sent ("medlemskab", "deltagelse", "udgiver": lists of ids). */
export function splitChoices(
  detail: AdminPersonDetail,
  chosen: { memberships: Set<number>; participants: Set<number>; publishers: Set<number> },
) {
  const memberships: ChoiceView[] = detail.memberships.map((m) => ({
    value: String(m.id),
    label: [
      withPublisher(m.bodyName, m.publisherName),
      LABELS.da.membershipRole[m.role],
      `${m.fromOn ?? '?'} – ${m.toOn ?? ''}`.trim(),
    ].join(' · '),
    checked: chosen.memberships.has(m.id),
  }));
  const participations: ChoiceView[] = detail.participations.map((p) => ({
    value: String(p.id),
    label: [formatDate(p.heldOn), withPublisher(p.bodyName, p.publisherName), p.organisation ?? '']
      .filter(Boolean)
      .join(' · '),
    checked: chosen.participants.has(p.id),
  }));
  const publishers: ChoiceView[] = detail.names.map((n) => ({
    value: String(n.publisherId),
    label: n.publisherName,
    checked: chosen.publishers.has(n.publisherId),
  }));
  return { memberships, participations, publishers };
}
