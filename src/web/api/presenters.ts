/**
 * Read models → JSON API objects of the directory: publishers, bodies, persons and memberships.
 * The whitelist between the database and the API: every field is named here; nothing is spread
 * from a row. Meetings, items, cases, attachments and search: meeting-presenters.ts.
 */
import type { z } from '@hono/zod-openapi';
import type { ApiBody, ApiMembership, ApiPerson } from '../../db/queries/api-directory.js';
import type { ApiPublisher } from '../../db/queries/api-publishers.js';
import type { PublisherRef } from '../../domain/publisher.js';
import { LABELS } from '../../render/i18n.js';
import type { BodySchema, MembershipSchema, PersonSchema, PublisherSchema } from './response-schemas.js';
import type { OpenDataUrls } from './urls.js';

interface NamedRef {
  slug: string;
  name: string;
}

/** A body, region or person as another object names it: slug and name. */
export function presentRef(ref: NamedRef): NamedRef;
export function presentRef(ref: NamedRef | null): NamedRef | null;
export function presentRef(ref: NamedRef | null): NamedRef | null {
  return ref ? { slug: ref.slug, name: ref.name } : null;
}

/** A publisher as the objects that belong to it name it. */
export function presentPublisherRef(publisher: PublisherRef | null): PublisherRef | null {
  return publisher ? { slug: publisher.slug, name: publisher.name, kind: publisher.kind } : null;
}

export function presentPublisher(publisher: ApiPublisher, u: OpenDataUrls): z.infer<typeof PublisherSchema> {
  const filter = `publisher=${publisher.slug}`;
  return {
    slug: publisher.slug,
    name: publisher.name,
    kind: publisher.kind,
    region: presentRef(publisher.region),
    municipalityCode: publisher.municipalityCode,
    isFictitious: publisher.isFictitious,
    bodyCount: publisher.bodyCount,
    meetingCount: publisher.meetingCount,
    caseCount: publisher.caseCount,
    url: u.page.publisher(publisher.slug),
    links: {
      self: u.api.publisher(publisher.slug),
      bodies: `${u.api.bodies}?${filter}`,
      meetings: `${u.api.meetings}?${filter}`,
      cases: `${u.api.cases}?${filter}`,
      search: `${u.api.search}?${filter}`,
      calendar: u.calendar.publisher(publisher.slug),
      minutesFeed: u.feed.publisherMinutes(publisher.slug),
      oparl: u.oparlBody(publisher.slug),
    },
  };
}

export function presentBody(body: ApiBody, u: OpenDataUrls): z.infer<typeof BodySchema> {
  return {
    id: body.id,
    slug: body.slug,
    name: body.name,
    kind: body.kind,
    kindLabel: LABELS.da.bodyKind[body.kind],
    level: body.level,
    description: body.description,
    isFictitious: body.isFictitious,
    publisher: presentPublisherRef(body.publisher),
    region: presentRef(body.region),
    successor: presentRef(body.successor),
    municipalities: [...body.municipalities],
    meetingCount: body.meetingCount,
    url: u.page.body(body.slug),
    links: {
      self: u.api.body(body.slug),
      publisher: body.publisher ? u.api.publisher(body.publisher.slug) : null,
      meetings: `${u.api.meetings}?body=${body.slug}`,
      memberships: `${u.api.memberships}?body=${body.slug}`,
      calendar: u.calendar.body(body.slug),
      minutesFeed: u.feed.minutes(body.slug),
    },
  };
}

export function presentPerson(person: ApiPerson, u: OpenDataUrls): z.infer<typeof PersonSchema> {
  return {
    slug: person.slug,
    name: person.name,
    publisher: presentPublisherRef(person.publisher),
    url: u.page.person(person.slug),
    links: { self: u.api.person(person.slug), memberships: `${u.api.memberships}?person=${person.slug}` },
  };
}

export function presentMembership(membership: ApiMembership, u: OpenDataUrls): z.infer<typeof MembershipSchema> {
  return {
    id: membership.id,
    person: presentRef(membership.person),
    body: presentRef(membership.body),
    publisher: presentPublisherRef(membership.body.publisher),
    role: membership.role,
    roleLabel: LABELS.da.membershipRole[membership.role],
    party: membership.party,
    organisation: membership.organisation,
    title: membership.title,
    fromOn: membership.fromOn,
    toOn: membership.toOn,
    links: {
      self: u.api.membership(membership.id),
      person: u.api.person(membership.person.slug),
      body: u.api.body(membership.body.slug),
    },
  };
}
