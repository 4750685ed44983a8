/**
 * The large texts are compressed with lz4 where the server has it (migration 0029): PostgreSQL as
 * Debian builds it does, PGlite does not and keeps pglz. A long section written by the importer
 * is stored compressed, with the method the engine has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';

const LONG = Array.from({ length: 400 }, (_, n) => `Sundhedsrådet drøftede punkt ${n} om nærsundhedsplanen.`).join(' ');

describe.each(TEST_DATABASES)('compression of large texts on $name', (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    const publisher = await publisherNamed(handle.db, TEST_PUBLISHER);
    await handle.db.transaction((tx) =>
      saveMeeting(tx, {
        document: minutes([item(1, 'Nærsundhedsplan', { sections: [{ heading: 'Sagsfremstilling', text: LONG }] })]),
        publisher,
        contentHash: 'compression',
        source: { fileName: 'x.txt', checksum: 'compression', sizeBytes: 1, format: 'test' },
      }),
    );
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('stores a long section and the search text with lz4 where the engine has it, else pglz', async () => {
    const [has] = await handle.query<{ lz4: boolean }>(
      `select exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) as lz4`,
    );
    const [stored] = await handle.query<{ section: string; search_text: string }>(
      `select pg_column_compression(s.text) as section, pg_column_compression(i.search_text) as search_text
       from sections s join agenda_items i on i.id = s.item_id where s.text = $1`,
      [LONG],
    );
    const method = has.lz4 ? 'lz4' : 'pglz';
    expect(stored).toEqual({ section: method, search_text: method });
  });
});
