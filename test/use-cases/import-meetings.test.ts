import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument } from '../../bench/_corpus.js';
import { createDb, type DbHandle } from '../../src/db/client.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { renderMinutesText, TEXT_LAYOUTS } from '../../src/render/text/minutes-text.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';
import { BIN } from '../helpers/run-cli.js';

function tempDir(prefix: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function writeMeetings(dir: string, documents: MeetingDocument[]) {
  return documents.map((document, i) => {
    const file = path.join(dir, `meeting-${i}.txt`);
    fs.writeFileSync(file, renderMinutesText(document, TEXT_LAYOUTS[i % TEXT_LAYOUTS.length]));
    return file;
  });
}

async function countRows(handle: DbHandle) {
  const [row] = await handle.query<{ meetings: number; items: number; sections: number; decisions: number }>(
    `select (select count(*)::int from meetings) as meetings, (select count(*)::int from agenda_items) as items,
            (select count(*)::int from sections) as sections, (select count(*)::int from decisions) as decisions`,
  );
  return row;
}

describe.each(TEST_DATABASES)('importMeetings on $name', ({ open }) => {
  let handle: DbHandle;
  let dir: string;
  let files: string[];
  const documents = [0, 1, 2, 3].map((i) => corpusDocument(i, 7));

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    dir = tempDir('protokol-import-');
    files = writeMeetings(dir, documents);
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a dry run reports every meeting as new and stores nothing', async () => {
    const summary = await importMeetings({ db: handle.db, publisher: TEST_PUBLISHER, paths: [dir], dryRun: true });
    expect(summary.counts).toEqual({ new: 4, update: 0, unchanged: 0, error: 0 });
    expect((await countRows(handle)).meetings).toBe(0);
  });

  it('imports every meeting whole, then reports the same files as unchanged', async () => {
    const first = await importMeetings({ db: handle.db, publisher: TEST_PUBLISHER, paths: [dir] });
    expect(first.counts).toEqual({ new: 4, update: 0, unchanged: 0, error: 0 });
    const rows = await countRows(handle);
    expect(rows.meetings).toBe(4);
    expect(rows.items).toBe(documents.reduce((n, d) => n + d.items.length, 0));
    expect(rows.decisions).toBe(documents.reduce((n, d) => n + d.items.filter((i) => i.decision).length, 0));

    const second = await importMeetings({ db: handle.db, publisher: TEST_PUBLISHER, paths: [dir] });
    expect(second.counts).toEqual({ new: 0, update: 0, unchanged: 4, error: 0 });
    expect(await countRows(handle)).toEqual(rows);
  });

  it('keeps provenance: the source file name and checksum, and each item line', async () => {
    const rows = await handle.query<{ file_name: string; checksum: string; lines: number }>(
      `select s.file_name, s.checksum, count(i.source_line)::int as lines
         from meetings m join source_files s on s.id = m.source_file_id join agenda_items i on i.meeting_id = m.id
        group by 1, 2 order by 1`,
    );
    expect(rows.map((r) => r.file_name)).toEqual(['meeting-0.txt', 'meeting-1.txt', 'meeting-2.txt', 'meeting-3.txt']);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.lines).toBeGreaterThan(0);
    }
  });

  it('updates a changed meeting in place, keeping its item ids', async () => {
    const before = await handle.query<{ id: number; position: number }>(
      `select i.id, i.position from agenda_items i join meetings m on m.id = i.meeting_id
        join source_files s on s.id = m.source_file_id where s.file_name = 'meeting-1.txt' order by i.position`,
    );
    const changed: MeetingDocument = structuredClone(documents[1]);
    const target = changed.items.find((item) => item.decision && !item.closed)!;
    target.decision = { ...target.decision!, text: 'Udsat til et senere møde.' };
    fs.writeFileSync(files[1], renderMinutesText(changed, TEXT_LAYOUTS[1]));

    const summary = await importMeetings({ db: handle.db, publisher: TEST_PUBLISHER, paths: [dir] });
    expect(summary.counts).toEqual({ new: 0, update: 1, unchanged: 3, error: 0 });
    const after = await handle.query<{ id: number; position: number }>(
      `select i.id, i.position from agenda_items i join meetings m on m.id = i.meeting_id
        where m.id = $1 order by i.position`,
      [summary.results[1].meetingId],
    );
    expect(after).toEqual(before);
    const decisions = await handle.query<{ text: string; outcome: string }>(
      'select d.text, d.outcome from decisions d join agenda_items i on i.id = d.item_id where i.meeting_id = $1 and i.number = $2',
      [summary.results[1].meetingId, target.number],
    );
    expect(decisions).toEqual([{ text: 'Udsat til et senere møde.', outcome: 'postponed' }]);
    expect((await countRows(handle)).meetings).toBe(4);
  });

  it('reports bad files with the file and the problem, stores nothing of them, and imports the rest', async () => {
    const badDir = tempDir('protokol-bad-');
    try {
      fs.writeFileSync(path.join(badDir, 'empty.txt'), '');
      fs.writeFileSync(
        path.join(badDir, 'junk.pdf'),
        Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 3, 255, 254]),
      );
      fs.writeFileSync(path.join(badDir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2]));
      fs.writeFileSync(path.join(badDir, 'truncated.json'), '{"Udvalg": "Sundhedsudvalget", "Moede": {"Dato": "2024-');
      fs.writeFileSync(path.join(badDir, 'novel.txt'), 'Det var en mørk og stormfuld nat.\nIngen møder her.\n');
      writeMeetings(badDir, [corpusDocument(50, 7)]);
      const before = await countRows(handle);
      const summary = await importMeetings({ db: handle.db, publisher: TEST_PUBLISHER, paths: [badDir] });
      expect(summary.counts.error).toBe(5);
      expect(summary.counts.new).toBe(1);
      for (const name of ['empty.txt', 'junk.pdf', 'binary.txt', 'truncated.json', 'novel.txt']) {
        const result = summary.results.find((r) => r.fileName.endsWith(name))!;
        expect(result.state).toBe('error');
        expect(result.error).toContain(name);
      }
      expect((await countRows(handle)).meetings).toBe(before.meetings + 1);
    } finally {
      fs.rmSync(badDir, { recursive: true, force: true });
    }
  });

  it('imports concurrently without conflicts: shared people, cases and bodies, and the same meeting twice', async () => {
    const concurrentDir = tempDir('protokol-concurrent-');
    try {
      const docs = [70, 71, 72, 73, 74, 75, 76, 77].map((i) => corpusDocument(i, 9));
      writeMeetings(concurrentDir, docs);
      // The same meeting in a second file: one of the two is new, the other unchanged or an update.
      fs.copyFileSync(path.join(concurrentDir, 'meeting-0.txt'), path.join(concurrentDir, 'meeting-0-copy.txt'));
      const before = await countRows(handle);
      const summary = await importMeetings({
        db: handle.db,
        publisher: TEST_PUBLISHER,
        paths: [concurrentDir],
        concurrency: 4,
      });
      expect(summary.counts.error).toBe(0);
      expect(summary.counts.new).toBe(8);
      const after = await countRows(handle);
      expect(after.meetings).toBe(before.meetings + 8);
      expect(after.items).toBe(before.items + docs.reduce((n, d) => n + d.items.length, 0));
      const duplicates = await handle.query<{ n: number }>(
        'select count(*)::int as n from (select slug from persons group by slug having count(*) > 1) d',
      );
      expect(duplicates[0].n).toBe(0);
    } finally {
      fs.rmSync(concurrentDir, { recursive: true, force: true });
    }
  });

  it('is all-or-nothing per meeting: a failure in the middle leaves nothing of that meeting', async () => {
    const atomicDir = tempDir('protokol-atomic-');
    try {
      const docs = [corpusDocument(60, 7), corpusDocument(61, 7), corpusDocument(62, 7)];
      writeMeetings(atomicDir, docs);
      const before = await countRows(handle);
      const summary = await importMeetings({
        db: handle.db,
        publisher: TEST_PUBLISHER,
        paths: [atomicDir],
        afterWrite: (document) => {
          if (document.date === docs[1].date && document.body === docs[1].body) throw new Error('simulated failure');
        },
      });
      expect(summary.results.map((r) => r.state)).toEqual(['new', 'error', 'new']);
      expect(summary.results[1].error).toContain('simulated failure');
      const after = await countRows(handle);
      expect(after.meetings).toBe(before.meetings + 2);
      expect(after.items).toBe(before.items + docs[0].items.length + docs[2].items.length);
      const orphans = await handle.query<{ n: number }>(
        'select count(*)::int as n from agenda_items i left join meetings m on m.id = i.meeting_id where m.id is null',
      );
      expect(orphans[0].n).toBe(0);
    } finally {
      fs.rmSync(atomicDir, { recursive: true, force: true });
    }
  });
});

describe('a process killed during a bulk import', () => {
  const total = 120;
  const documents = Array.from({ length: total }, (_, i) => corpusDocument(1000 + i, 3));

  async function killDuringImport(env: Record<string, string>, dir: string) {
    const child = spawn(process.execPath, [BIN, 'import', dir, '--publisher', TEST_PUBLISHER], {
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let committed = 0;
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`import never reached 10 meetings: ${stderr}`)), 90_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk;
        committed = (stderr.match(/ new gemt /g) ?? []).length;
        if (committed >= 10) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode ? resolve(null) : child.on('close', resolve),
    );
    return committed;
  }

  async function expectOnlyWholeMeetings(handle: DbHandle, committed: number) {
    const rows = await handle.query<{ date: string; body: string; items: number }>(
      `select m.held_on::text as date, b.name as body, count(i.id)::int as items
         from meetings m join bodies b on b.id = m.body_id left join agenda_items i on i.meeting_id = m.id group by 1, 2`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(committed);
    expect(rows.length).toBeLessThan(total);
    for (const row of rows) {
      const document = documents.find((d) => d.date === row.date && d.body === row.body)!;
      expect(row.items, `${row.body} ${row.date}`).toBe(document.items.length);
    }
  }

  it('on PGlite leaves every finished meeting whole and no half meeting', async () => {
    const dir = tempDir('protokol-kill-src-');
    const dataDir = tempDir('protokol-kill-data-');
    try {
      writeMeetings(dir, documents);
      const committed = await killDuringImport({ PROTOKOL_DATA: dataDir }, dir);
      expect(committed).toBeGreaterThanOrEqual(10);
      const handle = await createDb({ dataDir }); // also takes over the dead process's lock
      try {
        await expectOnlyWholeMeetings(handle, committed);
      } finally {
        await handle.close();
      }
    } finally {
      // Retried: PGlite may still be writing its last files for a moment after close on a busy machine.
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }, 150_000);

  it.runIf(TEST_DATABASES.some((d) => d.name === 'postgres'))(
    'on PostgreSQL leaves every finished meeting whole and no half meeting',
    async () => {
      const dir = tempDir('protokol-kill-src-');
      const database = TEST_DATABASES.find((d) => d.name === 'postgres')!;
      const handle = await database.open();
      try {
        writeMeetings(dir, documents);
        const url = await handle.query<{ db: string }>('select current_database() as db');
        const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
        databaseUrl.pathname = `/${url[0].db}`;
        const committed = await killDuringImport({ DATABASE_URL: databaseUrl.toString() }, dir);
        expect(committed).toBeGreaterThanOrEqual(10);
        await expectOnlyWholeMeetings(handle, committed);
      } finally {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
