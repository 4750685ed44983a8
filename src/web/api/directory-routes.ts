/** The JSON API's directory: bodies, persons and memberships (lists and one each). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  findApiBody,
  findApiMembership,
  findApiPerson,
  listApiBodies,
  listApiMemberships,
  listApiPersons,
} from '../../db/queries/api-directory.js';
import { presentBody, presentMembership, presentPerson } from './presenters.js';
import {
  BodyListQuery,
  BodyParams,
  IdParams,
  MembershipListQuery,
  PersonListQuery,
  PersonParams,
} from './request-schemas.js';
import {
  BodyList,
  BodySchema,
  MembershipList,
  MembershipSchema,
  PersonDetailSchema,
  PersonList,
} from './response-schemas.js';
import { getOneRoute, listRoute } from './route-kit.js';

export function directoryRoutes(api: OpenAPIHono, db: Db): void {
  bodyRoutes(api, db);
  personRoutes(api, db);
  membershipRoutes(api, db);
}

function bodyRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/bodies',
    operationId: 'listBodies',
    tag: 'Organer',
    summary: 'Organer: sundhedsråd, klynger, udvalg …',
    query: BodyListQuery,
    schema: BodyList,
    description: 'En side af organer, efter id.',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiBodies(db, { region: q.region, kind: q.kind, afterId: after?.[0] as number | undefined, limit }),
    present: presentBody,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/bodies/{slug}',
    operationId: 'getBody',
    tag: 'Organer',
    summary: 'Ét organ',
    params: BodyParams,
    schema: BodySchema,
    description: 'Organet.',
    what: 'Organet',
    load: async ({ slug }, u) => {
      const body = await findApiBody(db, slug);
      return body ? presentBody(body, u) : null;
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
      listApiPersons(db, { body: q.body, region: q.region, afterId: after?.[0] as number | undefined, limit }),
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
    load: async ({ slug }, u) => {
      const person = await findApiPerson(db, slug);
      if (!person) return null;
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
