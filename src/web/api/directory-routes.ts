/** The JSON API's directory: publishers, bodies, persons and memberships (lists and one each). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  findApiBody,
  findApiBodySlug,
  findApiMembership,
  findApiPerson,
  listApiBodies,
  listApiMemberships,
  listApiPersons,
} from '../../db/queries/api-directory.js';
import { findApiPublisher, listApiPublishers } from '../../db/queries/api-publishers.js';
import { presentBody, presentMembership, presentPerson, presentPublisher } from './presenters.js';
import {
  BodyListQuery,
  BodyParams,
  IdParams,
  MembershipListQuery,
  PersonListQuery,
  PersonParams,
  PublisherListQuery,
  PublisherParams,
} from './request-schemas.js';
import {
  BodyList,
  BodySchema,
  MembershipList,
  MembershipSchema,
  PersonDetailSchema,
  PersonList,
  PublisherList,
  PublisherSchema,
} from './response-schemas.js';
import { getOneRoute, idListRoute, Moved, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

export function directoryRoutes(api: OpenAPIHono, db: Db): void {
  publisherRoutes(api, db);
  bodyRoutes(api, db);
  personRoutes(api, db);
  membershipRoutes(api, db);
}

function publisherRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/publishers',
    operationId: 'listPublishers',
    tag: 'Udgivere',
    summary: 'Udgivere: regionerne, kommunerne og de andre organisationer, som organer, sager og personer hører til',
    query: PublisherListQuery,
    schema: PublisherList,
    description: 'En side af udgivere, efter id (regionerne først).',
    load: (filters, page) => listApiPublishers(db, { ...filters, ...page }),
    present: presentPublisher,
  });
  getOneRoute(api, {
    path: '/publishers/{slug}',
    operationId: 'getPublisher',
    tag: 'Udgivere',
    summary: 'Én udgiver med antal organer, møder og sager',
    params: PublisherParams,
    schema: PublisherSchema,
    what: 'Udgiveren',
    load: presentFound(({ slug }) => findApiPublisher(db, slug), presentPublisher),
  });
}

function bodyRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/bodies',
    operationId: 'listBodies',
    tag: 'Organer',
    summary: 'Organer: sundhedsråd, klynger, udvalg …, hver med sin udgiver',
    query: BodyListQuery,
    schema: BodyList,
    description: 'En side af organer, efter id.',
    load: (filters, page) => listApiBodies(db, { ...filters, ...page }),
    present: presentBody,
  });
  getOneRoute(api, {
    path: '/bodies/{slug}',
    operationId: 'getBody',
    tag: 'Organer',
    summary: 'Ét organ (et ældre slug sendes videre til det nuværende med 301)',
    params: BodyParams,
    schema: BodySchema,
    what: 'Organet',
    moved: 'Et slug, organet havde før (fra før udgiverne): Location er organets nuværende adresse.',
    load: async ({ slug }, u) => {
      const body = await findApiBody(db, slug);
      if (body) return presentBody(body, u);
      const current = await findApiBodySlug(db, slug);
      return current ? new Moved(u.api.body(current)) : null;
    },
  });
}

function personRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/persons',
    operationId: 'listPersons',
    tag: 'Personer',
    summary: 'Personer (medlemmer af organerne)',
    query: PersonListQuery,
    schema: PersonList,
    description: 'En side af personer, efter id.',
    load: (filters, page) => listApiPersons(db, { ...filters, ...page }),
    present: presentPerson,
  });
  getOneRoute(api, {
    path: '/persons/{slug}',
    operationId: 'getPerson',
    tag: 'Personer',
    summary: 'Én person med medlemskaber',
    params: PersonParams,
    schema: PersonDetailSchema,
    what: 'Personen',
    moved: 'En administrator har lagt personen sammen med en anden: Location er den person, den blev til.',
    load: ({ slug }, u) => personDetail(db, slug, u),
  });
}

/** A person with their memberships; Moved when an admin merged them into another; null when there is none. */
async function personDetail(db: Db, slug: string, u: OpenDataUrls) {
  const found = await findApiPerson(db, slug);
  if (!found) return null;
  if ('mergedInto' in found) return new Moved(u.api.person(found.mergedInto));
  const { person } = found;
  const memberships = await listApiMemberships(db, { person: person.slug, limit: 1000 });
  return { ...presentPerson(person, u), memberships: memberships.rows.map((m) => presentMembership(m, u)) };
}

function membershipRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/memberships',
    operationId: 'listMemberships',
    tag: 'Personer',
    summary: 'Medlemskaber: person, organ, rolle, parti, organisation',
    query: MembershipListQuery,
    schema: MembershipList,
    description: 'En side af medlemskaber.',
    load: (filters, page) => listApiMemberships(db, { ...filters, ...page }),
    present: presentMembership,
  });
  getOneRoute(api, {
    path: '/memberships/{id}',
    operationId: 'getMembership',
    tag: 'Personer',
    summary: 'Ét medlemskab',
    params: IdParams,
    schema: MembershipSchema,
    what: 'Medlemskabet',
    load: presentFound(({ id }) => findApiMembership(db, Number(id)), presentMembership),
  });
}
