/**
 * The admins' rows of the authorization matrix (test/web/authorization-matrix.test.ts): bodies and
 * their publishers, publishers, people and memberships, one person's page, merging, splitting and
 * undoing, and the publication sites — every route admins only (401 for the public, 403 for every
 * other role). The resources are seeded once (seedAdminMatrix); a POST that succeeds for the admin
 * (the last role) changes only what no later entry needs.
 */
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addMembership } from '../../src/use-cases/people/add-membership.js';
import { createPerson } from '../../src/use-cases/people/create-person.js';
import { mergePersons } from '../../src/use-cases/people/merge-persons.js';
import { type AccountsWorld, adminOnly, type MatrixEntry, ROLES } from './accounts.js';

export interface AdminMatrixFixture {
  /** A person with an open membership in this body. */
  personId: number;
  membershipId: number;
  /** This body's publisher. */
  publisherId: number;
  /** Two persons of one name, to merge. */
  mergeFrom: number;
  mergeInto: number;
  /** A person with a membership of its own, to split. */
  splitPersonId: number;
  splitMembershipId: number;
  /** A merge to undo. */
  changeId: number;
  /** A known publication site (the reference data's Greve Kommune). */
  siteId: number;
}

async function person(world: AccountsWorld, name: string): Promise<number> {
  const created = await createPerson({ db: world.handle.db, name, actor: COMMAND_LINE_ACTOR });
  if (!created.ok) throw new Error(created.reason);
  return created.personId;
}

async function membership(world: AccountsWorld, personId: number, bodyId: number): Promise<number> {
  const added = await addMembership({
    db: world.handle.db,
    personId,
    bodyId,
    role: 'member',
    fromOn: '2020-01-01',
    actor: COMMAND_LINE_ACTOR,
  });
  if (!added.ok) throw new Error(added.reason);
  return added.membershipId;
}

export async function seedAdminMatrix(world: AccountsWorld): Promise<AdminMatrixFixture> {
  const personId = await person(world, 'Matrix Medlem');
  const membershipId = await membership(world, personId, world.thisBody.id);
  const splitPersonId = await person(world, 'Matrix Deles');
  const splitMembershipId = await membership(world, splitPersonId, world.otherBody.id);
  const [mergeFrom, mergeInto] = [await person(world, 'Matrix Samles'), await person(world, 'Matrix Samles')];
  const [undoFrom, undoInto] = [await person(world, 'Matrix Fortrydes'), await person(world, 'Matrix Fortrydes')];
  const merged = await mergePersons({
    db: world.handle.db,
    fromPersonId: undoFrom,
    intoPersonId: undoInto,
    actor: COMMAND_LINE_ACTOR,
  });
  if (!merged.ok) throw new Error(merged.reason);
  const [{ publisher_id: publisherId }] = await world.handle.query<{ publisher_id: number }>(
    'select publisher_id from bodies where id = $1',
    [world.thisBody.id],
  );
  const [{ id: siteId }] = await world.handle.query<{ id: number }>(
    "select id from harvest_sites where reference_key = 'Greve Kommune|https://dagsordener.greve.dk'",
  );
  return {
    siteId,
    personId,
    membershipId,
    publisherId,
    mergeFrom,
    mergeInto,
    splitPersonId,
    splitMembershipId,
    changeId: merged.changeId,
  };
}

/** The admins' routes; `fixture` gives what seedAdminMatrix made (seeded in beforeAll). */
export function adminMatrixEntries(fixture: () => AdminMatrixFixture): MatrixEntry[] {
  const f = fixture;
  const members = (w: AccountsWorld) => `/admin/organer/${w.thisBody.slug}/medlemmer`;
  const personPage =
    (suffix = '') =>
    () =>
      `/admin/personer/${f().mergeInto}${suffix}`;
  const split =
    (suffix = '') =>
    () =>
      `/admin/personer/${f().splitPersonId}/del${suffix}`;
  return [
    // Bodies and their publishers
    { method: 'GET', route: '/admin/organer', path: () => '/admin/organer', expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/organer',
      path: () => '/admin/organer',
      body: () => ({ name: 'Matrixudvalget', kind: 'committee', publisher: String(f().publisherId), description: '' }),
      expected: adminOnly(303),
    },
    {
      method: 'POST',
      route: '/admin/organer/:slug/udgiver',
      path: (w) => `/admin/organer/${w.thisBody.slug}/udgiver`,
      // Its own publisher again: reached, and nothing moves.
      body: () => ({ publisher: String(f().publisherId) }),
      expected: adminOnly(303),
    },
    { method: 'GET', route: '/admin/udgivere', path: () => '/admin/udgivere', expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/udgivere',
      path: () => '/admin/udgivere',
      body: (_, role) => ({ name: `Matrix Udgiver ${ROLES.indexOf(role)}`, kind: 'other', region: '' }),
      expected: adminOnly(303),
    },
    // People and memberships
    { method: 'GET', route: '/admin/personer', path: () => '/admin/personer', expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/personer',
      path: () => '/admin/personer',
      body: () => ({ name: 'Matrix Person' }),
      expected: adminOnly(303),
    },
    { method: 'GET', route: '/admin/organer/:slug/medlemmer', path: members, expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/organer/:slug/medlemmer',
      path: members,
      body: () => ({ person: String(f().personId), role: 'member', fromOn: '2026-01-01' }),
      expected: adminOnly(303),
    },
    {
      method: 'POST',
      route: '/admin/medlemskaber/:id/afslut',
      path: () => `/admin/medlemskaber/${f().membershipId}/afslut`,
      body: () => ({ toOn: '2030-01-01' }),
      expected: adminOnly(303),
    },
    // One person, merging, splitting, undoing
    { method: 'GET', route: '/admin/personer/:id', path: personPage(), expected: adminOnly(200) },
    { method: 'GET', route: '/admin/personer/:id/saml', path: personPage('/saml'), expected: adminOnly(200) },
    {
      method: 'GET',
      route: '/admin/personer/:id/saml/bekraeft',
      path: () => `/admin/personer/${f().mergeInto}/saml/bekraeft?med=${f().mergeFrom}`,
      expected: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/personer/:id/saml',
      path: personPage('/saml'),
      body: () => ({ med: String(f().mergeFrom), behold: String(f().mergeInto) }),
      expected: adminOnly(303),
    },
    { method: 'GET', route: '/admin/personer/:id/del', path: split(), expected: adminOnly(200) },
    {
      method: 'GET',
      route: '/admin/personer/:id/del/bekraeft',
      path: split('/bekraeft'),
      // Nothing chosen: the route is reached and asks for a choice (400).
      expected: adminOnly(400),
    },
    {
      method: 'POST',
      route: '/admin/personer/:id/del',
      path: split(),
      body: () => ({ medlemskab: String(f().splitMembershipId) }),
      expected: adminOnly(303),
    },
    {
      method: 'GET',
      route: '/admin/personer/aendringer',
      path: () => '/admin/personer/aendringer',
      expected: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/personer/aendringer/:id/fortryd',
      path: () => `/admin/personer/aendringer/${f().changeId}/fortryd`,
      expected: adminOnly(303),
    },
    // Personal numbers found
    { method: 'GET', route: '/admin/personnumre', path: () => '/admin/personnumre', expected: adminOnly(200) },
    // Publication sites
    { method: 'GET', route: '/admin/kilder', path: () => '/admin/kilder', expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/kilder',
      path: () => '/admin/kilder',
      body: () => ({ url: 'https://dagsordener.matrix.dk', publisher: 'greve-kommune', committees: '' }),
      expected: adminOnly(303),
    },
    {
      method: 'GET',
      route: '/admin/kilder/:id',
      path: () => `/admin/kilder/${f().siteId}`,
      expected: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/kilder/:id',
      path: () => `/admin/kilder/${f().siteId}`,
      body: () => ({ url: 'https://dagsordener.greve.dk', publisher: 'greve-kommune', committees: '' }),
      expected: adminOnly(303),
    },
    {
      method: 'POST',
      route: '/admin/kilder/:id/tilstand',
      path: () => `/admin/kilder/${f().siteId}/tilstand`,
      body: () => ({ state: 'paused', reason: 'Matrix' }),
      expected: adminOnly(303),
    },
    {
      // No meeting of the site was removed at the source: the form comes back naming the field.
      method: 'POST',
      route: '/admin/kilder/:id/tag-ned',
      path: () => `/admin/kilder/${f().siteId}/tag-ned`,
      body: () => ({ takedownMeeting: '1', takedownReason: 'Matrix' }),
      expected: adminOnly(400),
    },
  ];
}
