/** A portal over a fresh database with the reference data, the demo set and (optionally) more files. */
import path from 'node:path';
import type { DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { loadDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import { createApp } from '../../src/web/app.js';
import type { TestDatabase } from './databases.js';
import { TEST_PUBLISHER } from './publishers.js';

/** The leak fixture: minutes whose closed item carries this marker in its sections, decision and attachments. */
export const LEAK_FIXTURE = path.resolve('test/fixtures/portal/closed-leak.txt');
export const LEAK_MARKER = 'quokkazebra';

/** The portal's "today" in tests: after the demo set's minutes, before its two agendas. */
export const TODAY = new Date('2026-11-26T12:00:00Z');

export interface TestPortal {
  handle: DbHandle;
  app: ReturnType<typeof createApp>;
  /** GET a path; returns status, headers and body text. */
  get(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; text: string }>;
}

export async function openPortal(database: TestDatabase, extraFiles: string[] = []): Promise<TestPortal> {
  const handle = await database.open();
  await loadReferenceData(handle.db);
  await loadDemoData({ db: handle.db });
  if (extraFiles.length > 0) {
    const summary = await importMeetings({ db: handle.db, paths: extraFiles, publisher: TEST_PUBLISHER });
    const failed = summary.results.filter((result) => result.state === 'error');
    if (failed.length > 0) throw new Error(failed.map((f) => f.error).join('\n'));
  }
  const app = createApp({ handle, now: () => TODAY });
  return {
    handle,
    app,
    async get(url, init) {
      const response = await app.request(url, init);
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
  };
}

/** The id of a meeting by body name and date. */
export async function meetingId(handle: DbHandle, bodyName: string, heldOn: string): Promise<number> {
  const [row] = await handle.query<{ id: number }>(
    `select m.id from meetings m join bodies b on b.id = m.body_id where b.name = $1 and m.held_on = $2`,
    [bodyName, heldOn],
  );
  if (!row) throw new Error(`no meeting of ${bodyName} on ${heldOn}`);
  return row.id;
}

/** The id of an item by its meeting and number. */
export async function itemId(handle: DbHandle, meeting: number, number: number): Promise<number> {
  const [row] = await handle.query<{ id: number }>(
    `select id from agenda_items where meeting_id = $1 and number = $2`,
    [meeting, number],
  );
  if (!row) throw new Error(`no item ${number} in meeting ${meeting}`);
  return row.id;
}

/** The text of an HTML page without tags, whitespace collapsed (entities for quotes decoded). */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
