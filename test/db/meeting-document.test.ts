/**
 * loadMeetingDocument: a stored meeting comes back as the document that was stored (for members),
 * and with closed items reduced to number, title and `closed` (for the public), on both databases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { loadItems } from '../../src/db/queries/item-content.js';
import { loadMeetingDocument } from '../../src/db/queries/meeting-document.js';
import { saveMeeting } from '../../src/db/stores/meeting-store.js';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { renderMinutesText } from '../../src/render/text/minutes-text.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COMPLETE, largeMeeting } from '../helpers/meeting-documents.js';
import { publisherNamed, TEST_PUBLISHER } from '../helpers/publishers.js';

/** The stored document: as the importer gives it, with provenance. */
const STORED: MeetingDocument = {
  ...structuredClone(COMPLETE),
  sourceId: 'aaaaaaaa-0000-4000-8000-000000000001',
  warnings: ['Punkt 6: en advarsel fra læseren.'],
  format: 'text-firstagenda',
  items: COMPLETE.items.map((it, i) => ({ ...structuredClone(it), source: { line: 20 + i * 10, page: i + 1 } })),
};

function publicItem(item: AgendaItem): AgendaItem {
  if (!item.closed) return item;
  return {
    number: item.number,
    title: item.title,
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: true,
    sections: [],
    decision: null,
    attachments: [],
    absent: [],
  };
}

async function store(handle: DbHandle, document: MeetingDocument, checksum: string): Promise<number> {
  const publisher = await publisherNamed(handle.db, TEST_PUBLISHER);
  return handle.db.transaction(async (tx) => {
    const { meetingId } = await saveMeeting(tx, {
      document,
      publisher,
      contentHash: checksum,
      source: { fileName: 'referat.txt', checksum, sizeBytes: 1, format: document.format ?? 'unknown' },
    });
    return meetingId;
  });
}

describe.each(TEST_DATABASES)('loadMeetingDocument on $name', ({ open }) => {
  let handle: DbHandle;
  let meetingId: number;

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    meetingId = await store(handle, STORED, 'a'.repeat(64));
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('gives members the document as it was stored, closed items whole', async () => {
    const loaded = await loadMeetingDocument(handle.db, meetingId, { audience: 'member' });
    expect(loaded).toEqual(STORED);
  });

  it('keeps a decision without a date of its own without one', async () => {
    const loaded = await loadMeetingDocument(handle.db, meetingId, { audience: 'member' });
    const undated = loaded!.items.find((it) => it.number === 7)!;
    expect(undated.decision?.date).toBeNull();
    expect(loaded!.items.find((it) => it.number === 1)!.decision?.date).toBe('2026-03-23');
  });

  it('gives the public closed items with number and title only', async () => {
    const loaded = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    expect(loaded).toEqual({ ...STORED, warnings: [], items: STORED.items.map(publicItem) });
    const closed = loaded!.items.filter((it) => it.closed);
    expect(closed.map((it) => it.number)).toEqual([2, 3, 4, 5]);
    for (const it of closed) expect(it.source).toBeUndefined();
  });

  it('never lets a closed item’s content into the public document', async () => {
    const loaded = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    const json = JSON.stringify(loaded);
    for (const secret of [
      'Lejeaftalen er fortrolig',
      'Udkast til lejeaftale',
      'EMN-2026-00404',
      '9000004',
      '26/1001',
      '26/40003',
      'Købsaftalen offentliggøres',
      'advarsel fra læseren',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('loads items alike for every reader: for the public a closed item is its number and title only', async () => {
    const [publicItems, memberItems] = await Promise.all([
      loadItems(handle.db, { meetingIds: [meetingId] }, 'public'),
      loadItems(handle.db, { meetingIds: [meetingId] }, 'member'),
    ]);
    expect(memberItems.map((it) => it.number)).toEqual(STORED.items.map((it) => it.number));
    expect(publicItems.map((it) => it.id)).toEqual(memberItems.map((it) => it.id));
    for (const [index, item] of publicItems.entries()) {
      const member = memberItems[index];
      expect(member.content).not.toBeNull();
      if (!item.isClosed) {
        const attachments = member.content!.attachments.filter((attachment) => !attachment.isClosed);
        expect(item).toEqual({ ...member, content: { ...member.content!, attachments } });
        continue;
      }
      const hidden = { timeSlot: null, caseId: null, caseNumber: null, documentId: null, content: null };
      expect(item).toEqual({ ...member, ...hidden, sourceLine: null, sourcePage: null });
    }
    // Asked for by id, closed items stay as they are for the public.
    const closedIds = memberItems.filter((it) => it.isClosed).map((it) => it.id);
    const byId = await loadItems(handle.db, { itemIds: closedIds }, 'public');
    expect(byId.map((it) => [it.id, it.content, it.caseNumber])).toEqual(closedIds.map((id) => [id, null, null]));
  });

  it('gives null for a meeting that does not exist', async () => {
    expect(await loadMeetingDocument(handle.db, meetingId + 1000, { audience: 'member' })).toBeNull();
    expect(await loadMeetingDocument(handle.db, meetingId + 1000, { audience: 'public' })).toBeNull();
  });

  it('gives back an imported text file as the importer read it, and as text again the same file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-document-'));
    try {
      const file = path.join(dir, 'referat.txt');
      // Another meeting of the same body (an earlier start): the same body, date and time would be the stored one.
      const text = renderMinutesText({ ...largeMeeting(), startTime: '09:00' }, 'standard');
      fs.writeFileSync(file, text);
      const summary = await importMeetings({ db: handle.db, paths: [file], publisher: TEST_PUBLISHER });
      expect(summary.counts.new).toBe(1);
      const loaded = await loadMeetingDocument(handle.db, summary.results[0].meetingId!, { audience: 'member' });
      const parsed = await parseMinutes({ bytes: fs.readFileSync(file), fileName: 'referat.txt' });
      expect(loaded).toEqual(parsed);
      expect(loaded?.items).toHaveLength(20);
      expect(renderMinutesText(loaded!, 'standard')).toBe(text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
