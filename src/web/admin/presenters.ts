/**
 * The admins' rows → the views' data: links, labels in the page's language, the forms' actions and, for a
 * form sent back with problems, what was typed and each problem at its field.
 */
import type { AdminBodyRow } from '../../db/queries/admin-bodies.js';
import type { AdminMembershipRow, AdminPersonRow } from '../../db/queries/admin-people.js';
import { BODY_KINDS } from '../../domain/body-kind.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import type { BodyRowView, UnplacedBodyView } from '../../render/html/admin/bodies-page.js';
import type { MembershipFormValues, MemberView, PersonRowView } from '../../render/html/admin/people-pages.js';
import type { Problem } from '../../render/html/forms.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { bodyHref, personHref } from '../portal/paths.js';
import { newMeetingHref } from '../secretariat/paths.js';

// The admins' URLs, built in one place.
export const PEOPLE_HREF = '/admin/personer';
export const BODIES_HREF = '/admin/organer';
export const membersHref = (slug: string) => `/admin/organer/${encodeURIComponent(slug)}/medlemmer`;
export const endMembershipHref = (id: number) => `/admin/medlemskaber/${id}/afslut`;
export const setPublisherHref = (slug: string) => `/admin/organer/${encodeURIComponent(slug)}/udgiver`;
export const adminPersonHref = (id: number) => `${PEOPLE_HREF}/${id}`;

export function presentPeople(rows: AdminPersonRow[]): PersonRowView[] {
  return rows.map((row) => ({
    name: row.name,
    href: adminPersonHref(row.id),
    publicHref: personHref(row.slug),
    publisherName: row.publisherName ?? '–',
    currentCount: row.current,
  }));
}

export function presentBodies(rows: AdminBodyRow[], lang: Lang): BodyRowView[] {
  return rows.map((row) => ({
    name: row.name,
    publicHref: bodyHref(row.slug),
    kindLabel: LABELS[lang].bodyKind[row.kind],
    publisherName: row.publisher?.name ?? null,
    membersHref: membersHref(row.slug),
    newMeetingHref: newMeetingHref(row.slug),
  }));
}

/** The bodies whose publisher is unknown, each with its form (and the one sent back with a problem, as typed). */
export function presentUnplacedBodies(
  rows: AdminBodyRow[],
  problems: Problem[],
  placing?: { bodyId: number; value: string },
): UnplacedBodyView[] {
  return rows
    .filter((row) => row.publisher === null)
    .map((row) => {
      const fieldId = `publisher-${row.id}`;
      return {
        name: row.name,
        slug: row.slug,
        publicHref: bodyHref(row.slug),
        action: setPublisherHref(row.slug),
        fieldId,
        value: placing?.bodyId === row.id ? placing.value : '',
        error: problems.find((p) => p.field === fieldId)?.text,
      };
    });
}

export const bodyKindOptions = (lang: Lang) =>
  BODY_KINDS.map((kind) => ({ value: kind, label: LABELS[lang].bodyKind[kind] }));

export const roleOptions = (lang: Lang) =>
  MEMBERSHIP_ROLES.map((role) => ({ value: role, label: LABELS[lang].membershipRole[role] }));

export const EMPTY_MEMBERSHIP: MembershipFormValues = {
  person: '',
  role: 'member',
  party: '',
  organisation: '',
  title: '',
  fromOn: '',
};

/** The end form that was sent back with a problem, kept with what was typed. */
export interface Ending {
  id: number;
  toOn: string;
}

/** A body's memberships: current (each with its end form) and ended. */
export function presentMembers(rows: AdminMembershipRow[], problems: Problem[], lang: Lang, ending?: Ending) {
  const view = (row: AdminMembershipRow): MemberView => {
    const fieldId = `toOn-${row.id}`;
    return {
      name: row.personName,
      href: personHref(row.personSlug),
      roleLabel: LABELS[lang].membershipRole[row.role],
      details: [row.party, row.organisation, row.title].filter(Boolean).join(', ') || '–',
      fromText: row.fromOn ?? '–',
      toText: row.toOn ?? '',
      end: {
        action: endMembershipHref(row.id),
        fieldId,
        value: ending?.id === row.id ? ending.toOn : '',
        error: problems.find((p) => p.field === fieldId)?.text,
      },
    };
  };
  return {
    current: rows.filter((row) => row.toOn === null).map(view),
    ended: rows.filter((row) => row.toOn !== null).map(view),
  };
}

/** The people the add form offers: "Name (slug)". */
export function personChoices(rows: { id: number; name: string; slug: string }[]) {
  return rows.map((row) => ({ value: String(row.id), label: `${row.name} (${row.slug})` }));
}
