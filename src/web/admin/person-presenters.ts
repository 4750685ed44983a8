/**
 * One person's rows → the admins' person, merge and split pages: links, labels and texts in the
 * page's language (messages/admin.ts presenters),
 * and the choices of the split form as they were ticked.
 */
import type { AdminPersonDetail, PersonChangeListRow, PersonSummaryRow } from '../../db/queries/admin-persons.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatInstant } from '../../render/danish-time.js';
import type { PersonSummaryView } from '../../render/html/admin/merge-pages.js';
import type { PersonChangeView, PersonPageProps } from '../../render/html/admin/person-page.js';
import type { ChoiceView } from '../../render/html/admin/split-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { meetingHref, personHref } from '../portal/paths.js';
import { adminPersonHref, PEOPLE_HREF } from './presenters.js';

// The person pages' URLs.
export const mergeHref = (id: number) => `${adminPersonHref(id)}/saml`;
export const mergeConfirmHref = (id: number) => `${mergeHref(id)}/bekraeft`;
export const splitHref = (id: number) => `${adminPersonHref(id)}/del`;
export const splitConfirmHref = (id: number) => `${splitHref(id)}/bekraeft`;
export const CHANGES_HREF = `${PEOPLE_HREF}/aendringer`;
export const undoHref = (changeId: number) => `${CHANGES_HREF}/${changeId}/fortryd`;

const count = (n: number, [one, many]: string[]) => `${n} ${n === 1 ? one : many}`;

/** What tells two persons of one name apart, in words. */
export function presentSummary(row: PersonSummaryRow, lang: Lang): PersonSummaryView {
  const m = ADMIN_MESSAGES[lang].presenters;
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
    publisherName: row.publisherName ?? m.unknownLower,
    bodies: row.bodies.length > 0 ? row.bodies.join(', ') : '–',
    membershipsText: count(row.memberships, m.memberships),
    meetingsText: row.meetings === 0 ? m.noMeetings : `${count(row.meetings, m.meetings)}${range}`,
  };
}

export function presentChange(row: PersonChangeListRow, lang: Lang): PersonChangeView {
  const m = ADMIN_MESSAGES[lang].presenters;
  const kindLabel = row.kind === 'merge' ? m.merged : m.split;
  const from = `${row.from.name} (${row.from.id})`;
  const to = `${row.to.name} (${row.to.id})`;
  const text = row.kind === 'merge' ? m.mergedText(from, to) : m.splitText(from, to);
  return {
    text,
    kindLabel,
    fromName: row.from.name,
    fromHref: adminPersonHref(row.from.id),
    toName: row.to.name,
    toHref: adminPersonHref(row.to.id),
    whenText: formatInstant(row.createdAt),
    undoneText: row.undoneAt ? m.undoneAt(formatInstant(row.undoneAt)) : null,
    undoAction: row.undoneAt ? null : undoHref(row.id),
  };
}

const membershipDetails = (m: { party: string | null; organisation: string | null; title: string | null }) =>
  [m.party, m.organisation, m.title].filter(Boolean).join(', ') || '–';

const withPublisher = (name: string, publisher: string | null) => (publisher ? `${name} (${publisher})` : name);

export function participationNote(detail: AdminPersonDetail, lang: Lang): string | undefined {
  if (detail.participationCount <= detail.participations.length) return undefined;
  return ADMIN_MESSAGES[lang].presenters.participationNote(detail.participations.length, detail.participationCount);
}

export function presentPerson(
  detail: AdminPersonDetail,
  lang: Lang,
): Pick<
  PersonPageProps,
  'person' | 'memberships' | 'participations' | 'participationNote' | 'mergeHref' | 'splitHref'
> {
  const words = ADMIN_MESSAGES[lang].presenters;
  return {
    person: {
      name: detail.name,
      slug: detail.slug,
      publicHref: personHref(detail.slug),
      publisherName: detail.publisherName ?? words.unknown,
      names: detail.names.map((n) => n.publisherName),
      mergedInto: detail.mergedInto
        ? { name: detail.mergedInto.name, href: adminPersonHref(detail.mergedInto.id) }
        : null,
    },
    mergeHref: mergeHref(detail.id),
    splitHref: splitHref(detail.id),
    memberships: detail.memberships.map((m) => ({
      bodyName: withPublisher(m.bodyName, m.publisherName),
      roleLabel: LABELS[lang].membershipRole[m.role],
      details: membershipDetails(m),
      fromText: m.fromOn ?? '–',
      toText: m.toOn ?? '',
    })),
    participations: detail.participations.map((p) => ({
      meetingHref: meetingHref(p.meetingId),
      dateText: formatDate(p.heldOn),
      bodyName: withPublisher(p.bodyName, p.publisherName),
      details: [p.role, p.party, p.organisation, p.isAbsent ? words.absent : ''].filter(Boolean).join(', ') || '–',
    })),
    participationNote: participationNote(detail, lang),
  };
}

/** The split form's choices, ticked as sent ("medlemskab", "deltagelse", "udgiver": lists of ids). */
export function splitChoices(
  detail: AdminPersonDetail,
  chosen: { memberships: Set<number>; participants: Set<number>; publishers: Set<number> },
  lang: Lang,
) {
  const memberships: ChoiceView[] = detail.memberships.map((m) => ({
    value: String(m.id),
    label: [
      withPublisher(m.bodyName, m.publisherName),
      LABELS[lang].membershipRole[m.role],
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
