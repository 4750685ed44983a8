/**
 * The amounts items mention (migration 0032): written with the item by the store, found by the
 * search's "beløb over" filter, never for a closed item; and read again for items stored before
 * the rules (readItemAmounts), writing only the items whose amounts change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import type { PublisherRow } from '../../src/db/stores/identities.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import { makeDecision } from '../../src/domain/decision.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { archiveAmountsRead, readItemAmounts } from '../../src/use-cases/imports/read-item-amounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';

const decided = (text: string) => makeDecision(text, '2026-03-23');

const DOCUMENT: MeetingDocument = minutes([
  item(1, 'Kulturprojekter i sundhed', {
    sections: [{ heading: 'Sagsfremstilling', text: 'Regionsrådet har afsat en ramme på 2,5 mio. kr. i budget 2026.' }],
    decision: decided('Godkendt. Sundhedsrådets andel er 487.500 kr.'),
  }),
  item(2, 'Pulje til almen praksis', {
    sections: [{ heading: 'Sagsfremstilling', text: 'Klyngen fik bevilget 818.200 kr. fra puljen.' }],
  }),
  item(3, 'Lukket: Køb af ejendom', {
    closed: true,
    sections: [{ heading: 'Sagsfremstilling', text: 'Købesummen for ejendommen er 12 mio. kr.' }],
  }),
  item(4, 'Eventuelt'),
]);

describe.each(TEST_DATABASES)('amounts per item on $name', (database) => {
  let handle: DbHandle;
  let publisher: PublisherRow;
  let meetingId: number;

  const amountsOf = () =>
    handle.query<{ position: number; texts: string[]; max: string | null }>(
      `select position, coalesce((select array_agg(a->>'text' order by o) from jsonb_array_elements(amounts)
         with ordinality as t(a, o)), '{}') as texts, max_amount_ore::text as max
       from agenda_items where meeting_id = $1 order by position`,
      [meetingId],
    );
  const itemChanges = async () =>
    Number(
      (await handle.query<{ n: string }>(`select count(*) as n from object_changes where object_type = 'item'`))[0].n,
    );

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    publisher = await publisherNamed(handle.db, TEST_PUBLISHER);
    ({ meetingId } = await handle.db.transaction((tx) =>
      saveMeeting(tx, {
        document: DOCUMENT,
        publisher,
        contentHash: 'amounts',
        source: { fileName: 'amounts.txt', checksum: 'amounts', sizeBytes: 1, format: 'test' },
      }),
    ));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('stores each open item’s amounts and the largest, none for a closed item', async () => {
    expect(await amountsOf()).toEqual([
      { position: 0, texts: ['2,5 mio. kr.', '487.500 kr.'], max: '250000000' },
      { position: 1, texts: ['818.200 kr.'], max: '81820000' },
      { position: 2, texts: [], max: null },
      { position: 3, texts: [], max: null },
    ]);
  });

  it('finds items that mention at least an amount, never a closed one', async () => {
    const titles = async (amountAtLeast: bigint, query = '') =>
      (await searchItems(handle.db, { query, amountAtLeast })).hits.map((hit) => hit.plainTitle);
    expect(await titles(100_000_000n)).toEqual(['Kulturprojekter i sundhed']);
    expect((await titles(50_000_000n)).sort()).toEqual(['Kulturprojekter i sundhed', 'Pulje til almen praksis']);
    expect(await titles(300_000_000n)).toEqual([]);
    // The closed item mentions 12 mio. kr.: no filter and no word finds it.
    expect(await titles(1n, 'ejendom')).toEqual([]);
    const [hit] = (await searchItems(handle.db, { query: 'kulturprojekter', amountAtLeast: 1n })).hits;
    expect(hit.amounts.map((a) => a.text)).toEqual(['2,5 mio. kr.', '487.500 kr.']);
  });

  it('reads again the items stored before the rules, writing only those whose amounts change', async () => {
    // As the archive was before migration 0032: no amounts on any item.
    await handle.query(`update agenda_items set amounts = '[]', max_amount_ore = null where meeting_id = $1`, [
      meetingId,
    ]);
    expect(await archiveAmountsRead(handle.db)).toBe(false);
    const before = await itemChanges();
    expect(await readItemAmounts(handle.db, { batch: 2 })).toEqual({ items: 2 });
    expect((await amountsOf()).map((row) => row.max)).toEqual(['250000000', '81820000', null, null]);
    // Two items changed: two changes in the feed, not one per item read.
    expect((await itemChanges()) - before).toBe(2);
    expect(await archiveAmountsRead(handle.db)).toBe(true);
    // Nothing left to write.
    expect(await readItemAmounts(handle.db)).toEqual({ items: 0 });
    expect((await itemChanges()) - before).toBe(2);
  });
});
