/**
 * The secretariat's work over HTTP (app.request): who may (401/403, CSRF), building a meeting,
 * publishing the agenda, the minutes and a correction, the public and member views; an admin
 * creating a body under its publisher. Conflicts, attachments and stored XSS:
 * secretariat-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { csrfTokenIn } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';
import { useSecretariatWeb } from '../helpers/secretariat-web.js';

/** The confirmation page's answer: publishing, cancelling and removing happen only with it. */
const CONFIRMED = { confirm: '1' };

describe.each(TEST_DATABASES)('the secretariat on $name', (database) => {
  const web = useSecretariatWeb(database);
  const { browsers, secretary, createMeeting, addItem, itemRevision, meetingRevision, saveItem, saveDecision } = web;

  describe('who may', () => {
    it('the public must log in; members and other bodies’ secretariats are refused', async () => {
      expect((await web.anonymous.get('/sekretariat')).status).toBe(401);
      expect((await web.anonymous.get('/mig')).status).toBe(401);
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
      const before = await web.world.handle.query('select count(*)::int as n from audit_log');
      const attempts: [string, Record<string, string>][] = [
        [`/sekretariat/organ/${web.world.thisBody.slug}/moeder/ny`, { heldOn: '2027-01-01', kind: 'ordinary' }],
        [`/sekretariat/moede/${meetingId}/punkter`, { template: 'case' }],
        [`/sekretariat/moede/${meetingId}/dagsorden`, CONFIRMED],
        [`/sekretariat/moede/${meetingId}/aflys`, CONFIRMED],
        [`/sekretariat/punkt/${itemId}`, { revision: '1', title: 'Ændret', action: 'save' }],
        [`/sekretariat/punkt/${itemId}/slet`, CONFIRMED],
        ['/admin/organer', { name: 'CSRF-organ', kind: 'committee' }],
      ];
      for (const [url, fields] of attempts) {
        expect((await secretary().post(url, fields, { csrf: null })).status, `${url} without token`).toBe(403);
        expect((await secretary().post(url, fields, { csrf: 'forkert-token' })).status, `${url} wrong token`).toBe(403);
        // Another user's token is not this session's.
        const foreign = browsers['member of this body'].csrf;
        expect((await secretary().post(url, fields, { csrf: foreign })).status, `${url} other token`).toBe(403);
      }
      const after = await web.world.handle.query('select count(*)::int as n from audit_log');
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
      const page = await web.anonymous.get(`/moede/${meetingId}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Dagsordenen er ikke offentliggjort endnu.');
      expect(page.text).not.toContain('Sundhedsplan 2027');
      expect((await web.anonymous.get(`/moede/${meetingId}.txt`)).status).toBe(404);
    });

    it('publishes the agenda: members read the closed item, the public its title only', async () => {
      await saveDecision(items.plan, { decision: 'Godkendt (for tidligt skrevet).' });
      const published = await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`, CONFIRMED);
      expect(published.status).toBe(303);
      expect((await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`, CONFIRMED)).status).toBe(409);
      const page = await web.anonymous.get(`/moede/${meetingId}`);
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
      const minutes = await secretary().post(`/sekretariat/moede/${meetingId}/referat`, CONFIRMED);
      expect(minutes.status).toBe(303);
      const page = await web.anonymous.get(`/moede/${meetingId}`);
      const text = visibleText(page.text);
      expect(text).toContain('Referat, ');
      expect(text).toContain('Taget til efterretning');
      expect(text).toContain('Bo Fraværende');
      expect(text).toContain('Dorte Afbud');
      expect(text).not.toContain('Fortrolig');
      const document = await web.anonymous.get(`/moede/${meetingId}.txt`);
      expect(document.status).toBe(200);
      expect(document.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(document.text).toContain('Sundhedsplan 2027');
      expect(document.text).not.toContain('Fortrolig');
      const memberDocument = await browsers['member of this body'].get(`/moede/${meetingId}.txt`);
      expect(memberDocument.text).toContain('Fortrolig aftale indgås');
      expect(memberDocument.headers.get('cache-control')).toMatch(/no-store/);
      const pdf = await web.world.app.request(`/moede/${meetingId}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    it('corrects a decision: a new version with a reason, the note and a visible difference', async () => {
      const noReason = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { ...CONFIRMED, reason: '' });
      expect(noReason.status).toBe(400);
      const unchanged = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, {
        ...CONFIRMED,
        reason: 'Intet',
      });
      expect(unchanged.status).toBe(400);
      await saveDecision(items.plan, {
        decision: 'Godkendt med den ændring, at planen sendes i høring.',
        absentees: 'Bo Fraværende, Medlem',
      });
      const corrected = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, {
        ...CONFIRMED,
        reason: 'Beslutningen i punkt 2 var gengivet ufuldstændigt.',
      });
      expect(corrected.status).toBe(303);
      const page = await web.anonymous.get(`/moede/${meetingId}`);
      const text = visibleText(page.text);
      expect(text).toMatch(/Rettet \d{1,2}\. \p{L}+ \d{4}: Beslutningen i punkt 2 var gengivet ufuldstændigt\./u);
      expect(text).toContain('Tidligere versioner');
      expect(text).toContain('sendes i høring');
      const version = await web.anonymous.get(`/moede/${meetingId}/version/3`);
      expect(version.status).toBe(200);
      expect(version.text).toMatch(/<ins><span class="sr-only">Tilføjet: <\/span>Godkendt med den ændring/);
      expect(version.text).toMatch(/<del><span class="sr-only">Fjernet: <\/span>Godkendt\.<\/del>/);
      expect(version.text).not.toContain('Fortrolig');
      // Every version stays readable.
      for (const n of [1, 2]) expect((await web.anonymous.get(`/moede/${meetingId}/version/${n}`)).status).toBe(200);
      expect((await web.anonymous.get(`/moede/${meetingId}/version/4`)).status).toBe(404);
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
      const cancelled = await secretary().post(`/sekretariat/moede/${meetingId}/aflys`, CONFIRMED);
      expect(cancelled.status).toBe(303);
      const again = await secretary().post(`/sekretariat/moede/${meetingId}/punkter`, { template: 'case' });
      expect(again.status).toBe(409);
      expect(visibleText((await web.anonymous.get(`/moede/${meetingId}`)).text)).toContain('Aflyst');
    });
  });

  describe('admins', () => {
    it('create a body under its publisher; the name must be new there', async () => {
      const [{ id }] = await web.world.handle.query<{ id: number }>(
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
