/**
 * Bodies and their publishers as an admin sets them (PGlite and PostgreSQL): a body is created under
 * its publisher at "<publisher>--<name>"; a body whose publisher an upgrade could not tell is placed
 * (its slug moves, the old one stays an alias; its persons' names and its cases become the
 * publisher's, so that the next import there finds them); a publisher outside the reference data is
 * added. Each change is in the audit log; refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createBody } from '../../src/use-cases/people/create-body.js';
import { createOrganisation } from '../../src/use-cases/people/create-organisation.js';
import { setBodyPublisher } from '../../src/use-cases/people/set-body-publisher.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { type PersonWorld, personWorld } from '../helpers/person-world.js';
import { publisherNamed } from '../helpers/publishers.js';

const actor = COMMAND_LINE_ACTOR;

describe.each(TEST_DATABASES)('bodies and their publishers on $name', ({ open }) => {
  let handle: DbHandle;
  let persons: PersonWorld;
  let greve: number;
  let koege: number;
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);
  const audit = (action: string) =>
    rows<{ before: Record<string, unknown> | null; after: Record<string, unknown> }>(
      'select before, after from audit_log where action = $1 order by id',
      [action],
    );

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    persons = personWorld(handle);
    greve = (await publisherNamed(handle.db, 'Greve Kommune')).id;
    koege = (await publisherNamed(handle.db, 'Køge Kommune')).id;
  });
  afterAll(async () => {
    persons?.close();
    await handle?.close();
  });

  it('creates a body under its publisher, once per publisher and name', async () => {
    const created = await createBody({
      db: handle.db,
      name: ' Ældre- og  Sundhedsudvalget ',
      kind: 'committee',
      publisherId: greve,
      actor,
    });
    expect(created).toMatchObject({ ok: true, slug: 'greve-kommune--aeldre-og-sundhedsudvalget' });
    const [body] = await rows<{ name: string; publisher_id: number }>(
      'select name, publisher_id from bodies where slug = $1',
      ['greve-kommune--aeldre-og-sundhedsudvalget'],
    );
    expect(body).toEqual({ name: 'Ældre- og Sundhedsudvalget', publisher_id: greve });
    expect(
      await createBody({
        db: handle.db,
        name: 'Ældre- og Sundhedsudvalget',
        kind: 'committee',
        publisherId: greve,
        actor,
      }),
    ).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    // The same name under another publisher is another body.
    expect(
      await createBody({
        db: handle.db,
        name: 'Ældre- og Sundhedsudvalget',
        kind: 'committee',
        publisherId: koege,
        actor,
      }),
    ).toMatchObject({
      ok: true,
      slug: 'koege-kommune--aeldre-og-sundhedsudvalget',
    });
    expect(await createBody({ db: handle.db, name: 'X', kind: 'committee', publisherId: 999999, actor })).toEqual({
      ok: false,
      reason: 'publisher_not_found',
    });
    const [entry] = await audit('body.create');
    expect(entry.after).toMatchObject({
      slug: 'greve-kommune--aeldre-og-sundhedsudvalget',
      publisher: 'greve-kommune',
    });
  });

  it("places a body of unknown publisher: slug, alias, its persons' names and its cases", async () => {
    const meetingId = await persons.meeting(
      'Greve Kommune',
      'Teknik- og Miljøudvalget',
      '2025-05-05',
      ['Carl Lund'],
      '25/4711',
    );
    const carl = await persons.personOf(meetingId, 'Carl Lund');
    // As an upgrade leaves a body it could not place.
    const [{ body_id: bodyId }] = await rows<{ body_id: number }>('select body_id from meetings where id = $1', [
      meetingId,
    ]);
    await rows(
      "update bodies set publisher_id = null, slug = 'ukendt-udgiver--teknik-og-miljoeudvalget' where id = $1",
      [bodyId],
    );
    await rows('delete from person_names where person_id = $1', [carl.id]);
    await rows('update persons set publisher_id = null where id = $1', [carl.id]);
    await rows("update cases set publisher_id = null where number = '25/4711'");

    const placed = await setBodyPublisher({ db: handle.db, bodyId, publisherId: greve, actor });
    expect(placed).toEqual({
      ok: true,
      slug: 'greve-kommune--teknik-og-miljoeudvalget',
      previousSlug: 'ukendt-udgiver--teknik-og-miljoeudvalget',
    });
    expect(
      await rows('select body_id from body_slug_aliases where slug = $1', ['ukendt-udgiver--teknik-og-miljoeudvalget']),
    ).toEqual([{ body_id: bodyId }]);
    expect(await rows('select publisher_id from person_names where person_id = $1', [carl.id])).toEqual([
      { publisher_id: greve },
    ]);
    expect(await rows('select publisher_id from persons where id = $1', [carl.id])).toEqual([{ publisher_id: greve }]);
    expect(await rows("select publisher_id from cases where number = '25/4711'")).toEqual([{ publisher_id: greve }]);
    const [entry] = await audit('body.set_publisher');
    expect(entry.before).toEqual({ publisher: null, slug: 'ukendt-udgiver--teknik-og-miljoeudvalget' });
    expect(entry.after).toMatchObject({
      publisher: 'greve-kommune',
      slug: 'greve-kommune--teknik-og-miljoeudvalget',
      personNames: 1,
      cases: 1,
    });

    // The next import of the body finds it, its person and its case.
    const next = await persons.meeting(
      'Greve Kommune',
      'Teknik- og Miljøudvalget',
      '2025-06-05',
      ['Carl Lund'],
      '25/4711',
    );
    expect((await persons.personOf(next, 'Carl Lund')).id).toBe(carl.id);
    expect(
      await rows('select count(distinct body_id)::int as n from meetings where id in ($1, $2)', [meetingId, next]),
    ).toEqual([{ n: 1 }]);
    expect(await rows("select count(*)::int as n from cases where number = '25/4711'")).toEqual([{ n: 1 }]);
  });

  it('refuses a publisher that already has a body of that name, and unknown bodies or publishers', async () => {
    await rows(
      "insert into bodies (slug, name, kind) values ('ukendt-udgiver--aeldre-og-sundhedsudvalget', 'Ældre- og Sundhedsudvalget', 'committee')",
    );
    const [{ id }] = await rows<{ id: number }>(
      "select id from bodies where slug = 'ukendt-udgiver--aeldre-og-sundhedsudvalget'",
    );
    expect(await setBodyPublisher({ db: handle.db, bodyId: id, publisherId: greve, actor })).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    expect(await setBodyPublisher({ db: handle.db, bodyId: id, publisherId: 999999, actor })).toEqual({
      ok: false,
      reason: 'publisher_not_found',
    });
    expect(await setBodyPublisher({ db: handle.db, bodyId: 999999, publisherId: greve, actor })).toEqual({
      ok: false,
      reason: 'body_not_found',
    });
    expect(await rows('select publisher_id from bodies where id = $1', [id])).toEqual([{ publisher_id: null }]);
    expect(await audit('body.set_publisher')).toHaveLength(1);
  });

  it('adds a publisher outside the reference data, refusing a name or slug that is taken', async () => {
    const [syd] = await rows<{ id: number }>("select id from regions where name = 'Region Syddanmark'");
    const added = await createOrganisation({
      db: handle.db,
      name: ' Odense  Universitetshospital ',
      kind: 'hospital',
      regionId: syd.id,
      actor,
    });
    expect(added).toMatchObject({ ok: true, slug: 'odense-universitetshospital' });
    expect(await rows("select name, kind from organisations where slug = 'odense-universitetshospital'")).toEqual([
      { name: 'Odense Universitetshospital', kind: 'hospital' },
    ]);
    const refused = async (name: string, extra: Partial<Parameters<typeof createOrganisation>[0]> = {}) =>
      createOrganisation({ db: handle.db, name, kind: 'other', actor, ...extra });
    expect(await refused('odense universitetshospital')).toEqual({ ok: false, reason: 'name_taken' });
    expect(await refused('plo')).toEqual({ ok: false, reason: 'name_taken' });
    expect(await refused(' - ')).toEqual({ ok: false, reason: 'name_missing' });
    expect(await refused('Ny', { regionId: 999999 })).toEqual({ ok: false, reason: 'region_not_found' });
    expect(await refused('Ny', { kind: 'municipality' as 'other' })).toEqual({ ok: false, reason: 'kind_invalid' });
    expect(await audit('organisation.create')).toEqual([
      {
        before: null,
        after: {
          name: 'Odense Universitetshospital',
          slug: 'odense-universitetshospital',
          kind: 'hospital',
          regionId: syd.id,
        },
      },
    ]);
  });
});
