/**
 * The secretariat's work over HTTP in tests (test/web/secretariat*.test.ts): a browser per role (a
 * session, its CSRF token, GET, POST and upload through app.request), an app over a fresh database
 * with a data folder for attachments, and the steps the tests repeat — a meeting made through its
 * form, an item added from a template, saving an item or a decision at its current revision — plus
 * the XSS payloads and the check that a page renders them inert.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { type AccountsWorld, CookieJar, openAccountsWorld, type RoleName, sessionFor } from './accounts.js';
import type { TestDatabase } from './databases.js';

export const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '[klik](javascript:alert(1))'];
export const PAYLOAD = XSS.join(' ');
export const PDF = new TextEncoder().encode('%PDF-1.4\n% test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** No executable markup from content: no script element with the payload, no on…= attribute, no javascript: URL. */
export function expectInert(html: string, where: string) {
  expect(html, `${where}: script`).not.toMatch(/<script[^>]*>\s*alert/i);
  // Attribute values are quoted (and escaped): look at the attributes themselves, not at their values.
  const handlers = [...html.matchAll(/<[a-z][^>]*>/gi)]
    .map((tag) => tag[0].replace(/"[^"]*"|'[^']*'/g, '""'))
    .filter((tag) => /\son[a-z]+\s*=/i.test(tag));
  expect(handlers, `${where}: event handler attribute`).toEqual([]);
  expect(html, `${where}: javascript: URL`).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
  expect(html, `${where}: injected img`).not.toMatch(/<img[^>]*src=x/i);
}

export class Browser {
  constructor(
    readonly world: AccountsWorld,
    readonly jar: CookieJar,
    readonly csrf: string,
  ) {}

  async get(url: string) {
    const response = await this.world.app.request(url, { headers: { cookie: this.jar.header() } });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async post(url: string, fields: Record<string, string> = {}, { csrf = this.csrf }: { csrf?: string | null } = {}) {
    const body = new URLSearchParams(fields);
    if (csrf !== null) body.set('_csrf', csrf);
    const response = await this.world.app.request(url, {
      method: 'POST',
      body,
      headers: { cookie: this.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }

  async upload(url: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array; type: string }) {
    const form = new FormData();
    form.set('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }));
    const response = await this.world.app.request(url, {
      method: 'POST',
      body: form,
      headers: { cookie: this.jar.header() },
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }
}

/** Opens the app in beforeAll and closes it in afterAll of the describe that calls it. */
export function useSecretariatWeb(database: TestDatabase) {
  let world: AccountsWorld;
  let dataDir: string;
  const browsers = {} as Record<Exclude<RoleName, 'anonymous'>, Browser>;
  let anonymous: Browser;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-secretariat-'));
    world = await openAccountsWorld(database, { dataDir, cache: false });
    for (const role of Object.keys(world.userIds) as Exclude<RoleName, 'anonymous'>[]) {
      const { jar, csrf } = await sessionFor(world.handle, world.userIds[role]);
      browsers[role] = new Browser(world, jar, csrf);
    }
    anonymous = new Browser(world, new CookieJar(), '');
  });
  afterAll(async () => {
    await world?.handle.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const secretary = () => browsers['secretariat of this body'];

  /** Creates a meeting through the form; returns its id. */
  async function createMeeting(browser = secretary(), fields: Record<string, string> = {}) {
    const response = await browser.post(`/sekretariat/organ/${world.thisBody.slug}/moeder/ny`, {
      heldOn: '2026-03-23',
      startTime: '16:00',
      endTime: '18:00',
      location: 'Mødelokale 1',
      kind: 'ordinary',
      ...fields,
    });
    expect(response.status, response.text.slice(0, 500)).toBe(303);
    const id = Number(/\/sekretariat\/moede\/(\d+)/.exec(response.location ?? '')?.[1]);
    expect(id).toBeGreaterThan(0);
    return id;
  }

  async function addItem(meetingId: number, template: string, title = '') {
    const response = await secretary().post(`/sekretariat/moede/${meetingId}/punkter`, { template, title });
    expect(response.status).toBe(303);
    const [row] = await world.handle.query<{ id: number }>(
      'select id from draft_items where meeting_id = $1 order by id desc limit 1',
      [meetingId],
    );
    return row.id;
  }

  async function itemRevision(itemId: number) {
    const [row] = await world.handle.query<{ revision: number }>('select revision from draft_items where id = $1', [
      itemId,
    ]);
    return row.revision;
  }

  async function meetingRevision(meetingId: number) {
    const [row] = await world.handle.query<{ revision: number }>('select revision from meetings where id = $1', [
      meetingId,
    ]);
    return row.revision;
  }

  async function saveItem(itemId: number, fields: Record<string, string>, browser = secretary()) {
    return browser.post(`/sekretariat/punkt/${itemId}`, {
      revision: String(await itemRevision(itemId)),
      action: 'save',
      ...fields,
    });
  }

  async function saveDecision(itemId: number, fields: Record<string, string>) {
    return secretary().post(`/sekretariat/punkt/${itemId}/beslutning`, {
      revision: String(await itemRevision(itemId)),
      outcome: '',
      dissents: '',
      absentees: '',
      ...fields,
    });
  }

  return {
    get world() {
      return world;
    },
    get dataDir() {
      return dataDir;
    },
    get anonymous() {
      return anonymous;
    },
    browsers,
    secretary,
    createMeeting,
    addItem,
    itemRevision,
    meetingRevision,
    saveItem,
    saveDecision,
  };
}
