/**
 * The search keys an item carries (migration 0026): its meeting's date and body and its decision's
 * outcome, copied so that a search filters and orders within agenda_items alone. They must follow
 * every change: a meeting rewritten by the store, a meeting's new date or body, a decision added or
 * dropped, and an item or decision written by any other writer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import type { PublisherRow } from '../../src/db/stores/identities.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import { makeDecision } from '../../src/domain/decision.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';

const decided = (text: string) => makeDecision(text, '2026-03-23');

const FIRST: MeetingDocument = minutes([
  item(1, 'Godkendelse af dagsorden', { decision: decided('Godkendt.') }),
  item(2, 'Kvartalsvis status på hjemmebehandlingen', { decision: decided('Udsat til næste møde.') }),
  item(3, 'Eventuelt'),
]);

interface KeyRow {
  position: number;
  held_on: string;
  body_id: number;
  outcome: string | null;
  meeting_held_on: string;
  meeting_body_id: number;
  decision_outcome: string | null;
}

describe.each(TEST_DATABASES)('search keys of items on $name', (database) => {
  let handle: DbHandle;
  let publisher: PublisherRow;
  let meetingId: number;

  const save = (document: MeetingDocument, hash: string) =>
    handle.db.transaction((tx) =>
      saveMeeting(tx, {
        document,
        publisher,
        contentHash: hash,
        source: { fileName: `${hash}.txt`, checksum: hash, sizeBytes: 1, format: 'test' },
      }),
    );

  /** Each item's keys beside what they copy. */
  const keys = () =>
    handle.query<KeyRow>(
      `select i.position, i.held_on::text as held_on, i.body_id, i.outcome,
              m.held_on::text as meeting_held_on, m.body_id as meeting_body_id, d.outcome as decision_outcome
       from agenda_items i join meetings m on m.id = i.meeting_id left join decisions d on d.item_id = i.id
       where i.meeting_id = $1 order by i.position`,
      [meetingId],
    );

  const expectCopies = async () => {
    const rows = await keys();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.held_on).toBe(row.meeting_held_on);
      expect(row.body_id).toBe(row.meeting_body_id);
      expect(row.outcome).toBe(row.decision_outcome);
    }
    return rows;
  };

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    publisher = await publisherNamed(handle.db, TEST_PUBLISHER);
    ({ meetingId } = await save(FIRST, 'first'));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('are written with the items by the store', async () => {
    const rows = await expectCopies();
    expect(rows.map((row) => [row.held_on, row.outcome])).toEqual([
      ['2026-03-23', 'approved'],
      ['2026-03-23', 'postponed'],
      ['2026-03-23', null],
    ]);
  });

  it('follow a rewrite that changes, adds and drops decisions', async () => {
    const second = minutes([
      item(1, 'Godkendelse af dagsorden'),
      item(2, 'Kvartalsvis status på hjemmebehandlingen', { decision: decided('Godkendt.') }),
      item(3, 'Eventuelt', { decision: decided('Sundhedsrådet tog orienteringen til efterretning.') }),
    ]);
    await save(second, 'second');
    const rows = await expectCopies();
    expect(rows.map((row) => row.outcome)).toEqual([null, 'approved', 'noted']);
  });

  it("follow the meeting's new date and body", async () => {
    const [other] = await handle.query<{ id: number }>(
      `select id from bodies where id <> (select body_id from meetings where id = $1) order by id limit 1`,
      [meetingId],
    );
    await handle.query(`update meetings set held_on = '2026-04-01', body_id = $2 where id = $1`, [meetingId, other.id]);
    const rows = await expectCopies();
    expect(new Set(rows.map((row) => `${row.held_on} ${row.body_id}`))).toEqual(new Set([`2026-04-01 ${other.id}`]));
  });

  it('are taken from the meeting and the decision when another writer adds an item', async () => {
    const [added] = await handle.query<{ id: number }>(
      `insert into agenda_items (meeting_id, position, number, title) values ($1, 3, 4, 'Henvendelse fra borger')
       returning id`,
      [meetingId],
    );
    await handle.query(`insert into decisions (item_id, text, outcome) values ($1, 'Afvist.', 'rejected')`, [added.id]);
    const rows = await expectCopies();
    expect(rows.at(-1)).toMatchObject({ position: 3, held_on: '2026-04-01', outcome: 'rejected' });
  });

  it('let the search filter by date and outcome within the item', async () => {
    const rejected = await searchItems(handle.db, { query: 'henvendelse', outcome: 'rejected' });
    expect(rejected.hits.map((hit) => hit.plainTitle)).toEqual(['Henvendelse fra borger']);
    expect(rejected.hits[0].meeting.heldOn).toBe('2026-04-01');
    const before = await searchItems(handle.db, { query: 'henvendelse', to: '2026-03-31' });
    expect(before.total).toBe(0);
  });
});
