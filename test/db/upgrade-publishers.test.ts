/**
 * An existing database upgrades to publishers without loss. The database is one written by the
 * version before this change (its migrations, its importer: test/fixtures/upgrade/before-publishers.sql,
 * made by bin/make-upgrade-fixture.sh); today's migrations and reference data then run over it.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, migrateDb } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const DUMP = fs.readFileSync('test/fixtures/upgrade/before-publishers.sql', 'utf8');

describe.each(TEST_DATABASES)('upgrading a database from before publishers on $name', ({ open }) => {
  let handle: DbHandle;
  const count = async (sql: string) =>
    (await handle.query<{ n: number }>(`select count(*)::int as n from ${sql}`))[0].n;
  let before: Record<string, number>;

  beforeAll(async () => {
    handle = await open({ migrate: false });
    await handle.exec(DUMP);
    before = {
      meetings: await count('meetings'),
      items: await count('agenda_items'),
      sections: await count('sections'),
      persons: await count('persons'),
      participants: await count('meeting_participants'),
    };
    await migrateDb(handle);
    await loadReferenceData(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('loses nothing: every meeting, item, section, person and participant is still there', async () => {
    expect(before.meetings).toBe(4);
    expect(await count('meetings')).toBe(before.meetings);
    expect(await count('agenda_items')).toBe(before.items);
    expect(await count('sections')).toBe(before.sections);
    expect(await count('persons')).toBe(before.persons);
    expect(await count('meeting_participants')).toBe(before.participants);
  });

  it("gives every item its meeting's date and body and its decision's outcome (the search keys of 0026)", async () => {
    const differing = await count(`agenda_items i join meetings m on m.id = i.meeting_id
      left join decisions d on d.item_id = i.id
      where i.held_on <> m.held_on or i.body_id <> m.body_id or i.outcome is distinct from d.outcome`);
    expect(differing).toBe(0);
    expect(await count('agenda_items where outcome is not null')).toBeGreaterThan(0);
  });

  it('gives health councils their region, demo bodies the demo region, others what their sources name', async () => {
    const rows = await handle.query<{ name: string; slug: string; publisher: string | null }>(
      `select b.name, b.slug, o.name as publisher from bodies b left join organisations o on o.id = b.publisher_id
       where b.name in ('Sundhedsråd Sønderjylland', 'Sundhedsråd Fjordby', 'Økonomiudvalget', 'Sundheds- og Trivselsudvalget')
       order by b.id`,
    );
    expect(rows.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      // The file name names Greve.
      { name: 'Økonomiudvalget', slug: 'greve-kommune--oekonomiudvalget', publisher: 'Greve Kommune' },
      { name: 'Sundhedsråd Fjordby', slug: 'region-syddanmark--sundhedsraad-fjordby', publisher: 'Region Syddanmark' },
      {
        name: 'Sundhedsråd Sønderjylland',
        slug: 'region-syddanmark--sundhedsraad-soenderjylland',
        publisher: 'Region Syddanmark',
      },
      // No publisher in its text or file name: visible as unknown until an admin sets it.
      { name: 'Sundheds- og Trivselsudvalget', slug: 'ukendt-udgiver--sundheds-og-trivselsudvalget', publisher: null },
    ]);
  });

  it('keeps the old slugs as aliases, so that old URLs can redirect', async () => {
    const aliases = await handle.query<{ slug: string; name: string }>(
      'select a.slug, b.name from body_slug_aliases a join bodies b on b.id = a.body_id order by a.slug',
    );
    expect(aliases).toEqual(
      expect.arrayContaining([
        { slug: 'sundhedsraad-soenderjylland', name: 'Sundhedsråd Sønderjylland' },
        { slug: 'oekonomiudvalget', name: 'Økonomiudvalget' },
      ]),
    );
  });

  it('knows every imported meeting by its identities, so that a re-import updates it', async () => {
    const keys = await handle.query<{ key: string }>('select key from meeting_identities order by key');
    expect(keys.filter((k) => k.key.startsWith('body:'))).toHaveLength(4);
    expect(keys.map((k) => k.key)).toContain('source:aaaaaaaa-0000-4000-8000-000000000001');
  });

  it('splits a case number used by two publishers into two cases, each holding its own items', async () => {
    const rows = await handle.query<{ number: string; publisher: string; items: number }>(
      `select c.number, o.name as publisher, count(i.id)::int as items from cases c
       join organisations o on o.id = c.publisher_id join agenda_items i on i.case_id = c.id
       where c.number = '25/53155' group by c.number, o.name order by o.name`,
    );
    expect(rows).toEqual([
      { number: '25/53155', publisher: 'Greve Kommune', items: 2 },
      { number: '25/53155', publisher: 'Region Syddanmark', items: 1 },
    ]);
  });

  it('places persons under the publishers they appear for', async () => {
    const rows = await handle.query<{ name: string; publishers: string }>(
      `select p.name, string_agg(o.name, ', ' order by o.name) as publishers from persons p
       join person_names n on n.person_id = p.id join organisations o on o.id = n.publisher_id
       where p.name = 'Anne Prøvesen' group by p.id, p.name`,
    );
    // One person before the upgrade (names were global); known under both publishers until an admin splits it.
    expect(rows).toEqual([{ name: 'Anne Prøvesen', publishers: 'Greve Kommune, Region Syddanmark' }]);
  });

  it('is idempotent: loading the reference data again changes nothing', async () => {
    const snapshot = async () =>
      handle.query('select id, slug, publisher_id from bodies order by id').then((rows) => JSON.stringify(rows));
    const first = await snapshot();
    await loadReferenceData(handle.db);
    expect(await snapshot()).toBe(first);
  });
});
