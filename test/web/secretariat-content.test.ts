/**
 * The secretariat's work over HTTP (app.request), continued: two secretaries saving the same item
 * (409, merge, save); attachments (type checks, closed ones for members only); stored XSS in every
 * text field; the documents (.pdf, .txt) of every published meeting, imported ones included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../helpers/databases.js';
import { meetingId as findMeetingId, LEAK_FIXTURE, LEAK_MARKER, openPortal } from '../helpers/portal.js';
import { type Browser, expectInert, PAYLOAD, PDF, useSecretariatWeb, XSS } from '../helpers/secretariat-web.js';

/** The confirmation page's answer: publishing, cancelling and removing happen only with it. */
const CONFIRMED = { confirm: '1' };

describe.each(TEST_DATABASES)('the secretariat on $name: conflicts, attachments, XSS', (database) => {
  const web = useSecretariatWeb(database);
  const { browsers, secretary, createMeeting, addItem, itemRevision, meetingRevision, saveItem, saveDecision } = web;

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
      const [stored] = await web.world.handle.query<{ sections: { text: string }[] }>(
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
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`, CONFIRMED)).status).toBe(303);
      const rows = await web.world.handle.query<{ id: number; title: string }>(
        'select a.id, a.title from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1 order by a.position',
        [meetingId],
      );
      const [open, closed] = rows;
      expect(rows.map((row) => row.title)).toEqual(['Åbent bilag', 'Lukket bilag']);
      const page = await web.anonymous.get(`/moede/${meetingId}`);
      expect(page.text).toContain(`href="/bilag/${open.id}"`);
      expect(page.text).not.toContain('Lukket bilag');
      const file = await web.world.app.request(`/bilag/${open.id}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await web.anonymous.get(`/bilag/${closed.id}`)).status).toBe(401);
      expect((await browsers['member of another body'].get(`/bilag/${closed.id}`)).status).toBe(403);
      const member = await browsers['member of this body'].get(`/bilag/${closed.id}`);
      expect(member.status).toBe(200);
      expect(member.headers.get('cache-control')).toMatch(/no-store/);
      expect((await browsers['member of this body'].get(`/moede/${meetingId}`)).text).toContain('Lukket bilag');
      expect(fs.readdirSync(path.join(web.dataDir, 'attachments')).length).toBeGreaterThan(0);
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
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/referat`, CONFIRMED)).status).toBe(303);
      await saveDecision(itemId, { decision: `${PAYLOAD} rettet`, dissents: '', absentees: '' });
      expect(
        (await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { ...CONFIRMED, reason: PAYLOAD })).status,
      ).toBe(303);
      const preview = await secretary().post(`/sekretariat/punkt/${itemId}`, {
        revision: String(await itemRevision(itemId)),
        action: 'preview',
        title: PAYLOAD,
        'section-summary': PAYLOAD,
      });
      const [attachment] = await web.world.handle.query<{ id: number }>(
        'select a.id from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1',
        [meetingId],
      );
      const [draftAttachment] = await web.world.handle.query<{ id: number }>(
        'select id from draft_attachments where item_id = $1',
        [itemId],
      );
      const pages: [string, string][] = [
        ['builder', (await secretary().get(`/sekretariat/moede/${meetingId}`)).text],
        ['editor', (await secretary().get(`/sekretariat/punkt/${itemId}`)).text],
        ['preview', preview.text],
        ['overview', (await secretary().get('/sekretariat')).text],
        ['public meeting', (await web.anonymous.get(`/moede/${meetingId}`)).text],
        ['member meeting', (await browsers['member of this body'].get(`/moede/${meetingId}`)).text],
        ['version', (await web.anonymous.get(`/moede/${meetingId}/version/2`)).text],
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
        const response = await web.world.app.request(url, { headers: { cookie: secretary().jar.header() } });
        expect(response.status, url).toBe(200);
        const disposition = response.headers.get('content-disposition') ?? '';
        expect(disposition).not.toMatch(/["<>]/);
        expect(response.headers.get('content-security-policy')).toContain('sandbox');
      }
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
