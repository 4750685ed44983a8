/**
 * The secretariat's work over HTTP (app.request): building a meeting, publishing the agenda, the
 * minutes and a correction; the public and member views; 401/403; two secretaries saving the same
 * item (409, merge, save); forms without a valid CSRF token; stored XSS in every text field;
 * attachments (type checks, closed ones for members only); the documents (.pdf, .txt) of every
 * published meeting, imported ones included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountsWorld,
  type CookieJar,
  csrfTokenIn,
  openAccountsWorld,
  type RoleName,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { meetingId as findMeetingId, LEAK_FIXTURE, LEAK_MARKER, openPortal, visibleText } from '../helpers/portal.js';

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '[klik](javascript:alert(1))'];
const PAYLOAD = XSS.join(' ');
const PDF = new TextEncoder().encode('%PDF-1.4\n% test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** No executable markup from content: no script element with the payload, no on…= attribute, no javascript: URL. */
function expectInert(html: string, where: string) {
  expect(html, `${where}: script`).not.toMatch(/<script[^>]*>\s*alert/i);
  // Attribute values are quoted (and escaped): look at the attributes themselves, not at their values.
  const handlers = [...html.matchAll(/<[a-z][^>]*>/gi)]
    .map((tag) => tag[0].replace(/"[^"]*"|'[^']*'/g, '""'))
    .filter((tag) => /\son[a-z]+\s*=/i.test(tag));
  expect(handlers, `${where}: event handler attribute`).toEqual([]);
  expect(html, `${where}: javascript: URL`).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
  expect(html, `${where}: injected img`).not.toMatch(/<img[^>]*src=x/i);
}

class Browser {
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

describe.each(TEST_DATABASES)('the secretariat on $name', (database) => {
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
    const { CookieJar } = await import('../helpers/accounts.js');
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
      heldOn: '2027-03-23',
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

  describe('who may', () => {
    it('the public must log in; members and other bodies’ secretariats are refused', async () => {
      expect((await anonymous.get('/sekretariat')).status).toBe(401);
      expect((await anonymous.get('/mig')).status).toBe(401);
      expect((await browsers['member of this body'].get('/sekretariat')).status).toBe(403);
      expect((await secretary().get('/sekretariat')).status).toBe(200);
      const meetingId = await createMeeting();
      expect((await browsers['secretariat of another body'].get(`/sekretariat/moede/${meetingId}`)).status).toBe(403);
      expect((await browsers['member of this body'].get(`/sekretariat/moede/${meetingId}`)).status).toBe(403);
      expect((await browsers.admin.get(`/sekretariat/moede/${meetingId}`)).status).toBe(200);
      expect((await secretary().get('/sekretariat/moede/99999999')).status).toBe(404);
      expect((await secretary().get('/sekretariat/moede/abc')).status).toBe(404);
      const other = await browsers['secretariat of another body'].post(`/sekretariat/moede/${meetingId}/dagsorden`);
      expect(other.status).toBe(403);
      const overview = await secretary().get('/sekretariat');
      expect(overview.text).toContain(`/sekretariat/moede/${meetingId}`);
    });

    it('refuses every form without a valid CSRF token, and changes nothing', async () => {
      const meetingId = await createMeeting();
      const itemId = await addItem(meetingId, 'case', 'CSRF-prøve');
      const before = await world.handle.query('select count(*)::int as n from audit_log');
      const attempts: [string, Record<string, string>][] = [
        [`/sekretariat/organ/${world.thisBody.slug}/moeder/ny`, { heldOn: '2027-01-01', kind: 'ordinary' }],
        [`/sekretariat/moede/${meetingId}/punkter`, { template: 'case' }],
        [`/sekretariat/moede/${meetingId}/dagsorden`, {}],
        [`/sekretariat/moede/${meetingId}/aflys`, {}],
        [`/sekretariat/punkt/${itemId}`, { revision: '1', title: 'Ændret', action: 'save' }],
        [`/sekretariat/punkt/${itemId}/slet`, {}],
        ['/admin/organer', { name: 'CSRF-organ', kind: 'committee' }],
      ];
      for (const [url, fields] of attempts) {
        expect((await secretary().post(url, fields, { csrf: null })).status, `${url} without token`).toBe(403);
        expect((await secretary().post(url, fields, { csrf: 'forkert-token' })).status, `${url} wrong token`).toBe(403);
        // Another user's token is not this session's.
        const foreign = browsers['member of this body'].csrf;
        expect((await secretary().post(url, fields, { csrf: foreign })).status, `${url} other token`).toBe(403);
      }
      const after = await world.handle.query('select count(*)::int as n from audit_log');
      expect(after).toEqual(before);
    });
  });

  describe('a meeting from start to corrected minutes', () => {
    let meetingId: number;
    const items: Record<string, number> = {};

    it('builds the agenda: five items from templates, one closed, reordered and renumbered', async () => {
      meetingId = await createMeeting();
      items.approve = await addItem(meetingId, 'approve_agenda');
      items.news = await addItem(meetingId, 'announcements');
      items.plan = await addItem(meetingId, 'case', 'Sundhedsplan 2027');
      items.closed = await addItem(meetingId, 'closed', 'Lukket: Personalesag');
      items.other = await addItem(meetingId, 'any_other_business');
      // Move the case up above the announcements.
      const moved = await secretary().post(`/sekretariat/punkt/${items.plan}/flyt`, { direction: 'up' });
      expect(moved.status).toBe(303);
      const page = await secretary().get(`/sekretariat/moede/${meetingId}`);
      expect(page.status).toBe(200);
      const titles = [...page.text.matchAll(/<a href="\/sekretariat\/punkt\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(titles).toEqual([
        'Godkendelse af dagsorden',
        'Sundhedsplan 2027',
        'Meddelelser',
        'Lukket: Personalesag',
        'Eventuelt',
      ]);
      expect((await secretary().post(`/sekretariat/punkt/${items.plan}/flyt`, { direction: 'sideways' })).status).toBe(
        400,
      );
    });

    it('writes the items in Markdown, with a preview that saves nothing', async () => {
      const preview = await secretary().post(`/sekretariat/punkt/${items.plan}`, {
        revision: String(await itemRevision(items.plan)),
        action: 'preview',
        title: 'Sundhedsplan 2027',
        'section-summary': 'Planen **skal** vedtages.\n\n- første\n- anden',
        'section-recommendation': 'Det indstilles, at planen godkendes.',
      });
      expect(preview.status).toBe(200);
      expect(preview.text).toContain('Forhåndsvisning');
      expect(preview.text).toContain('<li>første</li>');
      expect(await itemRevision(items.plan)).toBe(1);
      const saved = await saveItem(items.plan, {
        title: 'Sundhedsplan 2027',
        timeSlot: '16.15-16.45',
        caseNumber: '27/1001',
        'section-summary': 'Planen skal vedtages.',
        'section-case_presentation': 'Baggrunden er [aftalen](https://example.dk/aftale).',
        'section-recommendation': 'Det indstilles, at planen godkendes.',
      });
      expect(saved.status).toBe(303);
      const closed = await saveItem(items.closed, {
        title: 'Lukket: Personalesag',
        isClosed: '1',
        'section-summary': 'Fortroligt: forhandling om fratrædelse.',
      });
      expect(closed.status).toBe(303);
      const bad = await saveItem(items.plan, { title: '', timeSlot: 'om lidt' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Skriv punktets titel.');
      expect(bad.text).toContain('Skriv tidspunktet som fx 16.30-17.00.');
    });

    it('shows the public nothing of the agenda before it is published', async () => {
      const page = await anonymous.get(`/moede/${meetingId}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Dagsordenen er ikke offentliggjort endnu.');
      expect(page.text).not.toContain('Sundhedsplan 2027');
      expect((await anonymous.get(`/moede/${meetingId}.txt`)).status).toBe(404);
    });

    it('publishes the agenda: members read the closed item, the public its title only', async () => {
      await saveDecision(items.plan, { decision: 'Godkendt (for tidligt skrevet).' });
      const published = await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`);
      expect(published.status).toBe(303);
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`)).status).toBe(409);
      const page = await anonymous.get(`/moede/${meetingId}`);
      expect(page.text).toContain('Sundhedsplan 2027');
      expect(page.text).toContain('Lukket: Personalesag');
      expect(page.text).not.toContain('Fortroligt');
      expect(page.text).not.toContain('for tidligt skrevet');
      expect(page.text).toContain(`href="/moede/${meetingId}.pdf"`);
      expect(page.text).toContain(`href="/moede/${meetingId}.txt"`);
      const member = await browsers['member of this body'].get(`/moede/${meetingId}`);
      expect(member.text).toContain('Fortroligt: forhandling om fratrædelse.');
      expect(member.headers.get('cache-control')).toMatch(/no-store/);
      const stranger = await browsers['member of another body'].get(`/moede/${meetingId}`);
      expect(stranger.text).not.toContain('Fortroligt');
      expect(stranger.text).toContain('Lukket: Personalesag');
    });

    it('records decisions, an absentee for the meeting and one for an item; publishes the minutes', async () => {
      expect(
        (await saveDecision(items.plan, { decision: 'Godkendt.', absentees: 'Bo Fraværende, Medlem' })).status,
      ).toBe(303);
      expect((await saveDecision(items.approve, { decision: 'Godkendt.' })).status).toBe(303);
      expect((await saveDecision(items.news, { decision: 'Taget til efterretning.' })).status).toBe(303);
      expect((await saveDecision(items.closed, { decision: 'Tiltrådt. Fortrolig aftale indgås.' })).status).toBe(303);
      const participants = await secretary().post(`/sekretariat/moede/${meetingId}/deltagere`, {
        revision: String(await meetingRevision(meetingId)),
        present: 'Anne Formand, Formand\nCarl Medlem',
        absent: 'Dorte Afbud, Medlem',
      });
      expect(participants.status).toBe(303);
      const minutes = await secretary().post(`/sekretariat/moede/${meetingId}/referat`);
      expect(minutes.status).toBe(303);
      const page = await anonymous.get(`/moede/${meetingId}`);
      const text = visibleText(page.text);
      expect(text).toContain('Referat, ');
      expect(text).toContain('Taget til efterretning');
      expect(text).toContain('Bo Fraværende');
      expect(text).toContain('Dorte Afbud');
      expect(text).not.toContain('Fortrolig');
      const document = await anonymous.get(`/moede/${meetingId}.txt`);
      expect(document.status).toBe(200);
      expect(document.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(document.text).toContain('Sundhedsplan 2027');
      expect(document.text).not.toContain('Fortrolig');
      const memberDocument = await browsers['member of this body'].get(`/moede/${meetingId}.txt`);
      expect(memberDocument.text).toContain('Fortrolig aftale indgås');
      expect(memberDocument.headers.get('cache-control')).toMatch(/no-store/);
      const pdf = await world.app.request(`/moede/${meetingId}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    it('corrects a decision: a new version with a reason, the note and a visible difference', async () => {
      const noReason = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { reason: '' });
      expect(noReason.status).toBe(400);
      const unchanged = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { reason: 'Intet' });
      expect(unchanged.status).toBe(400);
      await saveDecision(items.plan, {
        decision: 'Godkendt med den ændring, at planen sendes i høring.',
        absentees: 'Bo Fraværende, Medlem',
      });
      const corrected = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, {
        reason: 'Beslutningen i punkt 2 var gengivet ufuldstændigt.',
      });
      expect(corrected.status).toBe(303);
      const page = await anonymous.get(`/moede/${meetingId}`);
      const text = visibleText(page.text);
      expect(text).toMatch(/Rettet \d{1,2}\. \p{L}+ \d{4}: Beslutningen i punkt 2 var gengivet ufuldstændigt\./u);
      expect(text).toContain('Tidligere versioner');
      expect(text).toContain('sendes i høring');
      const version = await anonymous.get(`/moede/${meetingId}/version/3`);
      expect(version.status).toBe(200);
      expect(version.text).toMatch(/<ins><span class="sr-only">Tilføjet: <\/span>Godkendt med den ændring/);
      expect(version.text).toMatch(/<del><span class="sr-only">Fjernet: <\/span>Godkendt\.<\/del>/);
      expect(version.text).not.toContain('Fortrolig');
      // Every version stays readable.
      for (const n of [1, 2]) expect((await anonymous.get(`/moede/${meetingId}/version/${n}`)).status).toBe(200);
      expect((await anonymous.get(`/moede/${meetingId}/version/4`)).status).toBe(404);
      const memberVersion = await browsers['member of this body'].get(`/moede/${meetingId}/version/2`);
      expect(memberVersion.text).toContain('Fortrolig aftale indgås');
      const log = await browsers.admin.get('/admin/log');
      expect(log.text).toContain('meeting.publish_correction');
      expect(log.text).toContain('decision.record');
    });

    it('shows a member their bodies, next meetings and the newly published material', async () => {
      const page = await browsers['member of this body'].get('/mig');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Min side');
      expect(page.text).toContain(`/moede/${meetingId}`);
      expect(visibleText(page.text)).toContain('Rettet referat');
      const other = await browsers['member of another body'].get('/mig');
      expect(other.text).not.toContain(`/moede/${meetingId}`);
    });

    it('cancels: the meeting then can no longer be changed', async () => {
      const cancelled = await secretary().post(`/sekretariat/moede/${meetingId}/aflys`);
      expect(cancelled.status).toBe(303);
      const again = await secretary().post(`/sekretariat/moede/${meetingId}/punkter`, { template: 'case' });
      expect(again.status).toBe(409);
      expect(visibleText((await anonymous.get(`/moede/${meetingId}`)).text)).toContain('Aflyst');
    });
  });

  describe('two secretaries saving the same item', () => {
    it('gives the second a conflict with both texts and lets them merge; nothing is overwritten', async () => {
      const meetingId = await createMeeting();
      const itemId = await addItem(meetingId, 'case', 'Fælles punkt');
      const first = browsers['secretariat of this body'];
      const second = browsers.admin;
      const formOf = async (browser: Browser) => {
        const page = await browser.get(`/sekretariat/punkt/${itemId}`);
        return /name="revision" value="(\d+)"/.exec(page.text)![1];
      };
      const firstRevision = await formOf(first);
      const secondRevision = await formOf(second);
      const saved = await first.post(`/sekretariat/punkt/${itemId}`, {
        revision: firstRevision,
        action: 'save',
        title: 'Fælles punkt',
        'section-summary': 'Første sekretærs resumé.',
      });
      expect(saved.status).toBe(303);
      const conflict = await second.post(`/sekretariat/punkt/${itemId}`, {
        revision: secondRevision,
        action: 'save',
        title: 'Fælles punkt',
        'section-summary': 'Anden sekretærs resumé.',
      });
      expect(conflict.status).toBe(409);
      expect(conflict.text).toContain('Din ændring');
      expect(conflict.text).toContain('Den gemte version');
      expect(conflict.text).toContain('Første sekretærs resumé.');
      // The user's own text is kept in the form, now based on the saved revision.
      expect(conflict.text).toMatch(/<textarea[^>]*name="section-summary"[^>]*>Anden sekretærs resumé\.<\/textarea>/);
      const mergedRevision = /name="revision" value="(\d+)"/.exec(conflict.text)![1];
      expect(mergedRevision).toBe('2');
      const [stored] = await world.handle.query<{ sections: { text: string }[] }>(
        'select sections from draft_items where id = $1',
        [itemId],
      );
      expect(stored.sections[0].text).toBe('Første sekretærs resumé.');
      const merged = await second.post(`/sekretariat/punkt/${itemId}`, {
        revision: mergedRevision,
        action: 'save',
        title: 'Fælles punkt',
        'section-summary': 'Første sekretærs resumé. Anden sekretærs resumé.',
      });
      expect(merged.status).toBe(303);
      // The decision form and the meeting form are guarded the same way.
      const staleDecision = await second.post(`/sekretariat/punkt/${itemId}/beslutning`, {
        revision: '1',
        decision: 'Godkendt.',
      });
      expect(staleDecision.status).toBe(409);
      expect(staleDecision.text).toContain('Den gemte version');
      const staleMeeting = await second.post(`/sekretariat/moede/${meetingId}`, {
        revision: '0',
        heldOn: '2027-04-01',
        startTime: '10:00',
        endTime: '',
        location: 'Et andet sted',
        kind: 'seminar',
      });
      expect(staleMeeting.status).toBe(409);
      expect(staleMeeting.text).toContain('Et andet sted');
    });
  });

  describe('attachments', () => {
    it('checks the type by content, keeps closed attachments for members, and serves open ones to all', async () => {
      const meetingId = await createMeeting();
      const itemId = await addItem(meetingId, 'case', 'Med bilag');
      const url = `/sekretariat/punkt/${itemId}/bilag`;
      const fake = await secretary().upload(
        url,
        { title: 'Falsk' },
        { name: 'falsk.pdf', bytes: new TextEncoder().encode('MZ hello'), type: 'application/pdf' },
      );
      expect(fake.status).toBe(400);
      expect(fake.text).toContain('Filens indhold passer ikke til filnavnet');
      const exe = await secretary().upload(
        url,
        { title: 'Program' },
        { name: 'x.exe', bytes: PDF, type: 'application/octet-stream' },
      );
      expect(exe.status).toBe(400);
      expect(
        (
          await secretary().upload(
            url,
            { title: 'Åbent bilag' },
            { name: 'aabent.pdf', bytes: PDF, type: 'application/pdf' },
          )
        ).status,
      ).toBe(303);
      expect(
        (
          await secretary().upload(
            url,
            { title: 'Lukket bilag', isClosed: '1' },
            { name: 'lukket.pdf', bytes: PDF, type: 'application/pdf' },
          )
        ).status,
      ).toBe(303);
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`)).status).toBe(303);
      const rows = await world.handle.query<{ id: number; title: string }>(
        'select a.id, a.title from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1 order by a.position',
        [meetingId],
      );
      const [open, closed] = rows;
      expect(rows.map((row) => row.title)).toEqual(['Åbent bilag', 'Lukket bilag']);
      const page = await anonymous.get(`/moede/${meetingId}`);
      expect(page.text).toContain(`href="/bilag/${open.id}"`);
      expect(page.text).not.toContain('Lukket bilag');
      const file = await world.app.request(`/bilag/${open.id}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await anonymous.get(`/bilag/${closed.id}`)).status).toBe(401);
      expect((await browsers['member of another body'].get(`/bilag/${closed.id}`)).status).toBe(403);
      const member = await browsers['member of this body'].get(`/bilag/${closed.id}`);
      expect(member.status).toBe(200);
      expect(member.headers.get('cache-control')).toMatch(/no-store/);
      expect((await browsers['member of this body'].get(`/moede/${meetingId}`)).text).toContain('Lukket bilag');
      expect(fs.readdirSync(path.join(dataDir, 'attachments')).length).toBeGreaterThan(0);
    });
  });

  describe('stored XSS', () => {
    it('renders every text field inert on every page that shows it', async () => {
      const meetingId = await createMeeting(secretary(), { location: PAYLOAD });
      const itemId = await addItem(meetingId, 'case', PAYLOAD);
      const closedId = await addItem(meetingId, 'closed', `Lukket ${PAYLOAD}`);
      expect(
        (
          await saveItem(itemId, {
            title: PAYLOAD,
            caseNumber: XSS[1],
            'section-summary': PAYLOAD,
            'section-case_presentation': `${XSS[2]}\n\n<a href="javascript:alert(1)">x</a> [ok](https://example.dk)`,
            'section-recommendation': XSS[0],
          })
        ).status,
      ).toBe(303);
      await saveItem(closedId, { title: `Lukket ${PAYLOAD}`, isClosed: '1', 'section-summary': PAYLOAD });
      expect(
        (await saveDecision(itemId, { decision: PAYLOAD, dissents: XSS[1], absentees: `${XSS[1]}, ${XSS[0]}` })).status,
      ).toBe(303);
      await secretary().post(`/sekretariat/moede/${meetingId}/deltagere`, {
        revision: String(await meetingRevision(meetingId)),
        present: `${XSS[0]}, ${XSS[1]}`,
        absent: XSS[1],
      });
      expect(
        (
          await secretary().upload(
            `/sekretariat/punkt/${itemId}/bilag`,
            { title: PAYLOAD },
            { name: `"><img src=x onerror=alert(1)>.pdf`, bytes: PDF, type: 'application/pdf' },
          )
        ).status,
      ).toBe(303);
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/referat`)).status).toBe(303);
      await saveDecision(itemId, { decision: `${PAYLOAD} rettet`, dissents: '', absentees: '' });
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { reason: PAYLOAD })).status).toBe(
        303,
      );
      const preview = await secretary().post(`/sekretariat/punkt/${itemId}`, {
        revision: String(await itemRevision(itemId)),
        action: 'preview',
        title: PAYLOAD,
        'section-summary': PAYLOAD,
      });
      const [attachment] = await world.handle.query<{ id: number }>(
        'select a.id from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1',
        [meetingId],
      );
      const [draftAttachment] = await world.handle.query<{ id: number }>(
        'select id from draft_attachments where item_id = $1',
        [itemId],
      );
      const pages: [string, string][] = [
        ['builder', (await secretary().get(`/sekretariat/moede/${meetingId}`)).text],
        ['editor', (await secretary().get(`/sekretariat/punkt/${itemId}`)).text],
        ['preview', preview.text],
        ['overview', (await secretary().get('/sekretariat')).text],
        ['public meeting', (await anonymous.get(`/moede/${meetingId}`)).text],
        ['member meeting', (await browsers['member of this body'].get(`/moede/${meetingId}`)).text],
        ['version', (await anonymous.get(`/moede/${meetingId}/version/2`)).text],
        ['member version', (await browsers['member of this body'].get(`/moede/${meetingId}/version/2`)).text],
        ['member page', (await browsers['member of this body'].get('/mig')).text],
        ['audit log', (await browsers.admin.get('/admin/log')).text],
      ];
      for (const [where, html] of pages) {
        expect(html.length, where).toBeGreaterThan(500);
        expectInert(html, where);
      }
      // The payload is shown as text, not dropped (so the test could fail).
      expect(pages[4][1]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // The safe link in the Markdown still is a link.
      expect(pages[4][1]).toContain('href="https://example.dk"');
      for (const url of [`/bilag/${attachment.id}`, `/sekretariat/bilag/${draftAttachment.id}`]) {
        const response = await world.app.request(url, { headers: { cookie: secretary().jar.header() } });
        expect(response.status, url).toBe(200);
        const disposition = response.headers.get('content-disposition') ?? '';
        expect(disposition).not.toMatch(/["<>]/);
        expect(response.headers.get('content-security-policy')).toContain('sandbox');
      }
    });
  });

  describe('admins', () => {
    it('create a body under its publisher; the name must be new there', async () => {
      const [{ id }] = await world.handle.query<{ id: number }>(
        "select id from organisations where slug = 'region-syddanmark'",
      );
      const publisher = String(id);
      const created = await browsers.admin.post('/admin/organer', {
        name: 'Sundhedsråd Nyby',
        kind: 'health_council',
        publisher,
      });
      expect(created.status).toBe(303);
      const page = await browsers.admin.get('/admin/organer');
      expect(page.text).toContain('Sundhedsråd Nyby');
      const again = await browsers.admin.post('/admin/organer', {
        name: 'Sundhedsråd  Nyby',
        kind: 'health_council',
        publisher,
      });
      expect(again.status).toBe(400);
      expect((await secretary().post('/admin/organer', { name: 'Nej', kind: 'committee' })).status).toBe(403);
      expect(csrfTokenIn(page.text)).toBe(browsers.admin.csrf);
    });
  });
});

describe.each(TEST_DATABASES)('documents of imported meetings on $name', (database) => {
  it('offers every published meeting as .pdf and .txt, linked from its page, closed content left out', async () => {
    const portal = await openPortal(database, [LEAK_FIXTURE]);
    try {
      const [{ id: anyId }] = await portal.handle.query<{ id: number }>(
        'select id from meetings where document_type is not null order by id limit 1',
      );
      const page = await portal.get(`/moede/${anyId}`);
      expect(page.text).toContain(`href="/moede/${anyId}.pdf"`);
      expect(page.text).toContain(`href="/moede/${anyId}.txt"`);
      const [leak] = await portal.handle.query<{ id: number }>(
        'select m.id from meetings m join agenda_items i on i.meeting_id = m.id where i.is_closed limit 1',
      );
      const text = await portal.get(`/moede/${leak.id}.txt`);
      expect(text.status).toBe(200);
      expect(text.text.toLowerCase()).not.toContain(LEAK_MARKER);
      const pdf = await portal.app.request(`/moede/${leak.id}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect((await portal.get('/moede/99999999.pdf')).status).toBe(404);
      expect(findMeetingId).toBeTypeOf('function');
    } finally {
      await portal.handle.close();
    }
  });
});
