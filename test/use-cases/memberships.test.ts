/** People and memberships: createPerson, addMembership, endMembership, their refusals and their audit entries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import type { AuditActor } from '../../src/use-cases/audit/record-audit-entry.js';
import { addMembership } from '../../src/use-cases/people/add-membership.js';
import { createPerson } from '../../src/use-cases/people/create-person.js';
import { endMembership } from '../../src/use-cases/people/end-membership.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const ADMIN: AuditActor = { userId: null, label: 'admin@protokol.dk' };

interface AuditRow {
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe.each(TEST_DATABASES)('people and memberships on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies order by id limit 1');
  });
  afterAll(async () => {
    await handle?.close();
  });

  const auditOf = (entity: string, id: number) =>
    handle.query<AuditRow>(
      'select actor_label, action, entity, entity_id, before, after from audit_log where entity = $1 and entity_id = $2 order by id',
      [entity, String(id)],
    );

  const person = async (name: string) => {
    const result = await createPerson({ db: handle.db, name, actor: ADMIN });
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  it('creates a person with a slug from the name and an audit entry', async () => {
    const created = await person('  Søren   Ærø Ågård ');
    expect(created.slug).toBe('soeren-aeroe-aagaard');
    const [row] = await handle.query<{ name: string; slug: string }>('select name, slug from persons where id = $1', [
      created.personId,
    ]);
    expect(row).toEqual({ name: 'Søren Ærø Ågård', slug: 'soeren-aeroe-aagaard' });
    expect(await auditOf('person', created.personId)).toEqual([
      {
        actor_label: 'admin@protokol.dk',
        action: 'person.create',
        entity: 'person',
        entity_id: String(created.personId),
        before: null,
        after: { name: 'Søren Ærø Ågård', slug: 'soeren-aeroe-aagaard' },
      },
    ]);
  });

  it('gives a second person of the same name a slug of their own', async () => {
    const one = await person('Anne Hansen');
    const two = await person('Anne Hansen');
    const three = await person('anne hansen');
    expect([one.slug, two.slug, three.slug]).toEqual(['anne-hansen', 'anne-hansen-2', 'anne-hansen-3']);
  });

  it('refuses an empty name (or one without letters or digits) and a too long one, without an audit entry', async () => {
    const before = await handle.query('select id from audit_log');
    for (const name of ['', '   ', '---']) {
      expect(await createPerson({ db: handle.db, name, actor: ADMIN })).toEqual({ ok: false, reason: 'name_missing' });
    }
    expect(await createPerson({ db: handle.db, name: 'x'.repeat(201), actor: ADMIN })).toEqual({
      ok: false,
      reason: 'name_too_long',
    });
    expect(await handle.query('select id from audit_log')).toHaveLength(before.length);
  });

  it('adds a membership with role, party, organisation, title and start, and audits it', async () => {
    const { personId } = await person('Bo Formand');
    const added = await addMembership({
      db: handle.db,
      personId,
      bodyId,
      role: 'chair',
      party: ' V ',
      organisation: 'Aabenraa  Kommune',
      title: '',
      fromOn: '2026-01-01',
      actor: ADMIN,
    });
    if (!added.ok) throw new Error(added.reason);
    const [row] = await handle.query(
      'select person_id, body_id, role, party, organisation, title, from_on::text, to_on from memberships where id = $1',
      [added.membershipId],
    );
    expect(row).toEqual({
      person_id: personId,
      body_id: bodyId,
      role: 'chair',
      party: 'V',
      organisation: 'Aabenraa Kommune',
      title: null,
      from_on: '2026-01-01',
      to_on: null,
    });
    const [entry] = await auditOf('membership', added.membershipId);
    expect(entry).toMatchObject({ action: 'membership.add', before: null });
    expect(entry.after).toEqual({
      personId,
      bodyId,
      role: 'chair',
      party: 'V',
      organisation: 'Aabenraa Kommune',
      title: null,
      fromOn: '2026-01-01',
      toOn: null,
    });
  });

  it('refuses a membership for a person or body that does not exist, a made-up role or a bad date', async () => {
    const { personId } = await person('Cecilie Afvist');
    const base = { db: handle.db, personId, bodyId, role: 'member' as const, actor: ADMIN };
    expect(await addMembership({ ...base, personId: 999_999 })).toEqual({ ok: false, reason: 'person_not_found' });
    expect(await addMembership({ ...base, bodyId: 999_999 })).toEqual({ ok: false, reason: 'body_not_found' });
    expect(await addMembership({ ...base, role: 'king' as 'member' })).toEqual({ ok: false, reason: 'role_invalid' });
    for (const fromOn of ['2026-02-30', '1. januar 2026', '2026-1-1']) {
      expect(await addMembership({ ...base, fromOn })).toEqual({ ok: false, reason: 'date_invalid' });
    }
    expect(await addMembership({ ...base, party: 'x'.repeat(201) })).toEqual({ ok: false, reason: 'text_too_long' });
    expect(await handle.query('select id from memberships where person_id = $1', [personId])).toHaveLength(0);
  });

  it('ends a membership and audits the before and after', async () => {
    const { personId } = await person('Dorthe Slut');
    const added = await addMembership({
      db: handle.db,
      personId,
      bodyId,
      role: 'member',
      party: 'A',
      fromOn: '2026-01-01',
      actor: ADMIN,
    });
    if (!added.ok) throw new Error(added.reason);
    const ended = await endMembership({
      db: handle.db,
      membershipId: added.membershipId,
      toOn: '2026-01-01',
      actor: ADMIN,
    });
    expect(ended).toEqual({ ok: true, bodyId });
    const [row] = await handle.query<{ to_on: string }>('select to_on::text from memberships where id = $1', [
      added.membershipId,
    ]);
    expect(row.to_on).toBe('2026-01-01');
    const entries = await auditOf('membership', added.membershipId);
    expect(entries.map((e) => e.action)).toEqual(['membership.add', 'membership.end']);
    const end = entries[1];
    expect(end.before).toMatchObject({
      personId,
      bodyId,
      role: 'member',
      party: 'A',
      fromOn: '2026-01-01',
      toOn: null,
    });
    expect(end.after).toMatchObject({
      personId,
      bodyId,
      role: 'member',
      party: 'A',
      fromOn: '2026-01-01',
      toOn: '2026-01-01',
    });
  });

  it('refuses an end before the start, a bad date, a second end and an unknown membership', async () => {
    const { personId } = await person('Erik Tidlig');
    const added = await addMembership({
      db: handle.db,
      personId,
      bodyId,
      role: 'observer',
      fromOn: '2026-03-01',
      actor: ADMIN,
    });
    if (!added.ok) throw new Error(added.reason);
    const end = (toOn: string, membershipId = added.membershipId) =>
      endMembership({ db: handle.db, membershipId, toOn, actor: ADMIN });
    expect(await end('2026-02-28')).toEqual({ ok: false, reason: 'before_start' });
    expect(await end('2026-02-31')).toEqual({ ok: false, reason: 'date_invalid' });
    expect(await end('')).toEqual({ ok: false, reason: 'date_invalid' });
    expect(await end('2026-03-01', 999_999)).toEqual({ ok: false, reason: 'not_found' });
    expect((await auditOf('membership', added.membershipId)).map((e) => e.action)).toEqual(['membership.add']);
    expect(await end('2026-12-31')).toMatchObject({ ok: true });
    expect(await end('2027-01-31')).toEqual({ ok: false, reason: 'already_ended' });
    expect((await auditOf('membership', added.membershipId)).map((e) => e.action)).toEqual([
      'membership.add',
      'membership.end',
    ]);
  });

  it('ends a membership without a start on any valid day', async () => {
    const { personId } = await person('Frida Udendato');
    const added = await addMembership({ db: handle.db, personId, bodyId, role: 'secretariat', actor: ADMIN });
    if (!added.ok) throw new Error(added.reason);
    expect(
      await endMembership({ db: handle.db, membershipId: added.membershipId, toOn: '2020-01-01', actor: ADMIN }),
    ).toEqual({
      ok: true,
      bodyId,
    });
  });
});
