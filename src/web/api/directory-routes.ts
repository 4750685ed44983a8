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
import { getOneRoute, listRoute, Moved } from './route-kit.js';

export function directoryRoutes(api: OpenAPIHono, db: Db): void {
  publisherRoutes(api, db);
  bodyRoutes(api, db);
  personRoutes(api, db);
  membershipRoutes(api, db);
}

function publisherRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/publishers',
    operationId: 'listPublishers',
    tag: 'Udgivere',
    summary: 'Udgivere: regionerne, kommunerne og de andre organisationer, som organer, sager og personer hører til',
    query: PublisherListQuery,
    schema: PublisherList,
    description: 'En side af udgivere, efter id (regionerne først).',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiPublishers(db, { kind: q.kind, region: q.region, afterId: after?.[0] as number | undefined, limit }),
    present: presentPublisher,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/publishers/{slug}',
    operationId: 'getPublisher',
    tag: 'Udgivere',
    summary: 'Én udgiver med antal organer, møder og sager',
    params: PublisherParams,
    schema: PublisherSchema,
    description: 'Udgiveren.',
    what: 'Udgiveren',
    load: async ({ slug }, u) => {
      const publisher = await findApiPublisher(db, slug);
      return publisher ? presentPublisher(publisher, u) : null;
    },
  });
}

function bodyRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/bodies',
    operationId: 'listBodies',
    tag: 'Organer',
    summary: 'Organer: sundhedsråd, klynger, udvalg …, hver med sin udgiver',
    query: BodyListQuery,
    schema: BodyList,
    description: 'En side af organer, efter id.',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiBodies(db, {
        publisher: q.publisher,
        region: q.region,
        kind: q.kind,
        afterId: after?.[0] as number | undefined,
        limit,
      }),
    present: presentBody,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/bodies/{slug}',
    operationId: 'getBody',
    tag: 'Organer',
    summary: 'Ét organ (et ældre slug sendes videre til det nuværende med 301)',
    params: BodyParams,
    schema: BodySchema,
    description: 'Organet.',
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
  listRoute(api, {
    path: '/persons',
    operationId: 'listPersons',
    tag: 'Personer',
    summary: 'Personer (medlemmer af organerne)',
    query: PersonListQuery,
    schema: PersonList,
    description: 'En side af personer, efter id.',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiPersons(db, {
        body: q.body,
        publisher: q.publisher,
        region: q.region,
        afterId: after?.[0] as number | undefined,
        limit,
      }),
    present: presentPerson,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/persons/{slug}',
    operationId: 'getPerson',
    tag: 'Personer',
    summary: 'Én person med medlemskaber',
    params: PersonParams,
    schema: PersonDetailSchema,
    description: 'Personen.',
    what: 'Personen',
    moved: 'En administrator har lagt personen sammen med en anden: Location er den person, den blev til.',
    load: async ({ slug }, u) => {
      const found = await findApiPerson(db, slug);
      if (!found) return null;
      if ('mergedInto' in found) return new Moved(u.api.person(found.mergedInto));
      const { person } = found;
      const memberships = await listApiMemberships(db, { person: person.slug, limit: 1000 });
      return { ...presentPerson(person, u), memberships: memberships.rows.map((m) => presentMembership(m, u)) };
    },
  });
}

function membershipRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/memberships',
    operationId: 'listMemberships',
    tag: 'Personer',
    summary: 'Medlemskaber: person, organ, rolle, parti, organisation',
    query: MembershipListQuery,
    schema: MembershipList,
    description: 'En side af medlemskaber.',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiMemberships(db, {
        body: q.body,
        person: q.person,
        publisher: q.publisher,
        region: q.region,
        afterId: after?.[0] as number | undefined,
        limit,
      }),
    present: presentMembership,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/memberships/{id}',
    operationId: 'getMembership',
    tag: 'Personer',
    summary: 'Ét medlemskab',
    params: IdParams,
    schema: MembershipSchema,
    description: 'Medlemskabet.',
    what: 'Medlemskabet',
    load: async ({ id }, u) => {
      const found = await findApiMembership(db, Number(id));
      return found ? presentMembership(found, u) : null;
    },
  });
}
