/** A portal over a fresh database with the reference data, the demo set and (optionally) more files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbHandle } from '../../src/db/client.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { DEMO_DIR } from '../../src/use-cases/imports/load-demo-data.js';
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
  const handle = await database.open({ seed: 'demo' });
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

/**
 * A second publisher for the publisher tests: Greve Kommune's Økonomiudvalget, read from the demo
 * council's minutes of 16 March 2026 with the body's name changed and imported under Greve (real,
 * not fictitious). Its case numbers are the demo's, in another case system: one number, two cases.
 * It was harvested: its meeting has the address of its document on Greve's site.
 */
export const GREVE = {
  publisher: 'Greve Kommune',
  slug: 'greve-kommune',
  body: 'Økonomiudvalget',
  bodySlug: 'greve-kommune--oekonomiudvalget',
  heldOn: '2026-03-16',
  sourceUrl: 'https://dagsordener.greve.dk/vis/pdf/dagsorden/oekonomiudvalget-2026-03-16',
} as const;

/** Imports Greve's minutes (see GREVE) and marks the meeting as harvested; returns its id. */
export async function addGreveMinutes(handle: DbHandle): Promise<number> {
  const text = fs
    .readFileSync(path.join(DEMO_DIR, '2026-03-16-sundhedsraad-fjordby.txt'), 'utf8')
    .replaceAll('Sundhedsråd Fjordby', GREVE.body);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-greve-')), '2026-03-16-oekonomiudvalget.txt');
  fs.writeFileSync(file, text);
  const summary = await importMeetings({ db: handle.db, paths: [file], publisher: GREVE.publisher });
  const failed = summary.results.filter((result) => result.state === 'error');
  if (failed.length > 0) throw new Error(failed.map((f) => f.error).join('\n'));
  const id = await meetingId(handle, GREVE.body, GREVE.heldOn);
  await handle.query('update meetings set source_url = $1 where id = $2', [GREVE.sourceUrl, id]);
  return id;
}

/**
 * Gives an attachment a harvested file's text, page by page (as the harvester stores it): stored
 * under the data folder (`stored`), or known only by its address on the publisher's site.
 */
export async function addAttachmentText(
  handle: DbHandle,
  attachmentId: number,
  input: { sha256: string; pages: string[]; sourceUrl: string; stored: boolean },
): Promise<void> {
  await handle.query(
    `insert into attachment_texts (sha256, state, page_count, source_url) values ($1, 'text', $2, $3)`,
    [input.sha256, input.pages.length, input.sourceUrl],
  );
  for (const [index, text] of input.pages.entries()) {
    await handle.query('insert into attachment_text_pages (sha256, page, text) values ($1, $2, $3)', [
      input.sha256,
      index + 1,
      text,
    ]);
  }
  await handle.query(
    `update attachments set sha256 = $1, source_url = $2, file_path = $3, media_type = $4 where id = $5`,
    [
      input.sha256,
      input.sourceUrl,
      input.stored ? `attachments/${input.sha256}` : null,
      input.stored ? 'application/pdf' : null,
      attachmentId,
    ],
  );
}
