/**
 * The secretariat's forms never lose work: the item editor and the agenda builder are each one
 * form, so whatever button is pressed, what was typed is saved (or kept in the fields when it
 * cannot be). Every action that removes, cancels or publishes asks first: without `confirm=1` the
 * confirmation page is shown and nothing happens. Minutes wait until the meeting has begun.
 */
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';
import { PDF, useSecretariatWeb } from '../helpers/secretariat-web.js';

const CONFIRMED = { confirm: '1' };

const decodeEntities = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The named fields of a page's forms with their values, as a browser would send them (no buttons). */
function fieldsOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const name = attr('name');
    const type = attr('type') ?? 'text';
    if (!name || ['submit', 'file', 'button'].includes(type)) continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(tag)) continue;
    fields[name] = decodeEntities(attr('value') ?? (type === 'checkbox' ? 'on' : ''));
  }
  for (const [, name, text] of html.matchAll(/<textarea\b[^>]*\sname="([^"]*)"[^>]*>([^<]*)<\/textarea>/g))
    fields[name] = decodeEntities(text.replace(/^\n/, ''));
  for (const [, name, options] of html.matchAll(/<select\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g))
    fields[name] = decodeEntities(/<option[^>]*value="([^"]*)"[^>]*selected/.exec(options)?.[1] ?? '');
  return fields;
}

describe.each(TEST_DATABASES)('the secretariat keeps work on $name', (database) => {
  const web = useSecretariatWeb(database);
  const { secretary, createMeeting, addItem, itemRevision, meetingRevision } = web;
  const count = async (sql: string, params: unknown[]) =>
    (await web.world.handle.query<{ n: number }>(sql, params))[0].n;
  const status = async (meetingId: number) =>
    (await web.world.handle.query<{ status: string }>('select status from meetings where id = $1', [meetingId]))[0]
      .status;

  /** Everything the item editor's one form sends, as a browser would. */
  const editorForm = async (itemId: number, fields: Record<string, string>) => ({
    editor: '1',
    revision: String(await itemRevision(itemId)),
    title: 'Punkt med tekst',
    timeSlot: '',
    caseNumber: '',
    'section-case_presentation': '',
    decision: '',
    outcome: '',
    dissents: '',
    absentees: '',
    attachmentTitle: '',
    ...fields,
  });

  it('saves the decision with the text whichever save button is pressed, and keeps both on preview', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Punkt');
    const saved = await secretary().post(
      `/sekretariat/punkt/${itemId}`,
      await editorForm(itemId, { action: 'save', decision: 'Godkendt med ændringer.', absentees: 'Bo Berg' }),
    );
    expect(saved.status).toBe(303);
    const page = await secretary().get(`/sekretariat/punkt/${itemId}`);
    expect(page.text).toContain('Godkendt med ændringer.');
    expect(page.text).toContain('Punkt med tekst');
    expect(page.text).toContain('Bo Berg');

    const preview = await secretary().post(
      `/sekretariat/punkt/${itemId}`,
      await editorForm(itemId, { action: 'preview', title: 'Ny titel', decision: 'Udsat.' }),
    );
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Forhåndsvisning (ikke gemt)');
    expect(preview.text).toMatch(/<textarea[^>]*id="decision"[^>]*>Udsat\.<\/textarea>/);
    // Nothing saved by the preview.
    expect((await secretary().get(`/sekretariat/punkt/${itemId}`)).text).toContain('Godkendt med ændringer.');

    // "Gem beslutningen" saves the text too; an invalid title keeps the typed decision.
    const refused = await secretary().post(
      `/sekretariat/punkt/${itemId}`,
      await editorForm(itemId, { action: 'decision', title: '', decision: 'Tiltrådt.' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Skriv punktets titel.');
    expect(refused.text).toMatch(/<textarea[^>]*id="decision"[^>]*>Tiltrådt\.<\/textarea>/);
  });

  it('a decision-only save leaves the item’s text, its revision and the audit log as they were', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Kun beslutning');
    const audits = () =>
      count("select count(*)::int as n from audit_log where action = 'agenda_item.update' and entity_id = $1", [
        String(itemId),
      ]);
    const before = { revision: await itemRevision(itemId), audits: await audits() };
    // Every field of the editor's page as it stands, with only the decision typed: what a browser sends.
    const fields = fieldsOf((await secretary().get(`/sekretariat/punkt/${itemId}`)).text);
    expect(fields.title).toBe('Kun beslutning');
    const saved = await secretary().post(`/sekretariat/punkt/${itemId}`, {
      ...fields,
      action: 'decision',
      decision: 'Godkendt uden bemærkninger.',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toContain('gemt=beslutning');
    const page = await secretary().get(`/sekretariat/punkt/${itemId}`);
    expect(page.text).toContain('Godkendt uden bemærkninger.');
    expect(await audits()).toBe(before.audits);
    // The decision's own revision step aside, the text was not written again.
    expect(await itemRevision(itemId)).toBeLessThanOrEqual(before.revision + 1);
  });

  it('saves the typed text when an attachment is uploaded or removed from the editor', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Med bilag');
    const form = await editorForm(itemId, { title: 'Titel ved upload', decision: 'Godkendt ved upload.' });
    const uploaded = await secretary().upload(`/sekretariat/punkt/${itemId}/bilag`, form, {
      name: 'plan.pdf',
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(uploaded.status).toBe(303);
    const page = await secretary().get(`/sekretariat/punkt/${itemId}`);
    expect(page.text).toContain('Titel ved upload');
    expect(page.text).toContain('Godkendt ved upload.');
    const [{ id }] = await web.world.handle.query<{ id: number }>(
      'select id from draft_attachments where item_id = $1',
      [itemId],
    );
    // Removing asks first; the text typed meanwhile is saved.
    const asked = await secretary().post(
      `/sekretariat/bilag/${id}/slet`,
      await editorForm(itemId, { title: 'Titel ved fjern', decision: 'Godkendt ved upload.' }),
    );
    expect(asked.status).toBe(200);
    expect(visibleText(asked.text)).toContain('Er du sikker?');
    expect(asked.text).toContain('Fortryd');
    expect(await count('select count(*)::int as n from draft_attachments where item_id = $1', [itemId])).toBe(1);
    expect((await secretary().get(`/sekretariat/punkt/${itemId}`)).text).toContain('Titel ved fjern');
    expect((await secretary().post(`/sekretariat/bilag/${id}/slet`, CONFIRMED)).status).toBe(303);
    expect(await count('select count(*)::int as n from draft_attachments where item_id = $1', [itemId])).toBe(0);
  });

  it('a new attachment is never dropped by another button: a chosen file is added, a title alone kept', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Bilag på vej');
    const attachments = () => count('select count(*)::int as n from draft_attachments where item_id = $1', [itemId]);
    // "Gem punktet" with a file chosen: the text is saved and the file added.
    const withFile = await secretary().upload(
      `/sekretariat/punkt/${itemId}`,
      await editorForm(itemId, { action: 'save', title: 'Gemt med fil', attachmentTitle: 'Høringsudkast' }),
      { name: 'udkast.pdf', bytes: PDF, type: 'application/pdf' },
    );
    expect(withFile.status).toBe(303);
    expect(await attachments()).toBe(1);
    const page = await secretary().get(`/sekretariat/punkt/${itemId}`);
    expect(page.text).toContain('Gemt med fil');
    expect(page.text).toContain('Høringsudkast');
    // "Gem beslutningen" with only a title typed: saved, and the title stays with what to do.
    const titleOnly = await secretary().post(
      `/sekretariat/punkt/${itemId}`,
      await editorForm(itemId, { action: 'decision', decision: 'Godkendt.', attachmentTitle: 'Bilag uden fil' }),
    );
    expect(titleOnly.status).toBe(200);
    expect(titleOnly.text).toMatch(/id="attachmentTitle"[^>]*value="Bilag uden fil"/);
    expect(visibleText(titleOnly.text)).toContain('Bilaget »Bilag uden fil« er ikke tilføjet endnu');
    expect((await secretary().get(`/sekretariat/punkt/${itemId}`)).text).toContain('Godkendt.');
    // "Tilføj bilag" without a file keeps the title too.
    const noFile = await secretary().post(
      `/sekretariat/punkt/${itemId}/bilag`,
      await editorForm(itemId, { attachmentTitle: 'Stadig uden fil' }),
    );
    expect(noFile.status).toBe(400);
    expect(noFile.text).toMatch(/id="attachmentTitle"[^>]*value="Stadig uden fil"/);
    // Removing an attachment carries the title through the question, back by "Fortryd" and after "Ja".
    const [{ id }] = await web.world.handle.query<{ id: number }>(
      'select id from draft_attachments where item_id = $1',
      [itemId],
    );
    const asked = await secretary().post(
      `/sekretariat/bilag/${id}/slet`,
      await editorForm(itemId, { attachmentTitle: 'Næste bilag' }),
    );
    const back = /href="([^"]*attachmentTitle=[^"]*)"/.exec(asked.text)?.[1];
    expect(back, 'the Fortryd link carries the title').toBeDefined();
    const undone = await secretary().get(decodeEntities(back!));
    expect(undone.text).toMatch(/id="attachmentTitle"[^>]*value="Næste bilag"/);
    const removed = await secretary().post(`/sekretariat/bilag/${id}/slet`, {
      ...CONFIRMED,
      attachmentTitle: 'Næste bilag',
    });
    expect(removed.status).toBe(303);
    expect(removed.location).toContain('attachmentTitle=N%C3%A6ste+bilag');
    expect(await attachments()).toBe(0);
  });

  it('a new item’s title typed before "Fjern" survives the question, whether answered Fortryd or Ja', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Fjernes');
    await addItem(meetingId, 'case', 'Bliver');
    const form = {
      revision: String(await meetingRevision(meetingId)),
      heldOn: '2026-03-23',
      startTime: '16:00',
      endTime: '18:00',
      location: 'Mødelokale 1',
      kind: 'ordinary',
      present: '',
      absent: '',
      template: 'announcements',
      title: 'Punkt skrevet før fjern',
    };
    const asked = await secretary().post(`/sekretariat/punkt/${itemId}/slet`, form);
    expect(visibleText(asked.text)).toContain('Er du sikker?');
    expect(asked.text).toMatch(/name="title" value="Punkt skrevet før fjern"/);
    const back = /href="([^"]*title=[^"]*)"/.exec(asked.text)?.[1];
    expect(back, 'the Fortryd link carries the title').toBeDefined();
    const undone = await secretary().get(decodeEntities(back!));
    expect(undone.text).toMatch(/id="title"[^>]*value="Punkt skrevet før fjern"/);
    const removed = await secretary().post(`/sekretariat/punkt/${itemId}/slet`, {
      ...CONFIRMED,
      template: 'announcements',
      title: 'Punkt skrevet før fjern',
    });
    expect(removed.status).toBe(200);
    expect(removed.text).toMatch(/id="title"[^>]*value="Punkt skrevet før fjern"/);
    expect(await count('select count(*)::int as n from draft_items where id = $1', [itemId])).toBe(0);
  });

  it('saves the builder’s typed fields whichever button is pressed; keeps a new item’s title', async () => {
    const meetingId = await createMeeting();
    const first = await addItem(meetingId, 'case', 'Første');
    await addItem(meetingId, 'case', 'Andet');
    const builder = async (fields: Record<string, string>) => ({
      revision: String(await meetingRevision(meetingId)),
      heldOn: '2026-03-23',
      startTime: '16:00',
      endTime: '18:00',
      location: 'Mødelokale 1',
      kind: 'ordinary',
      present: '',
      absent: '',
      template: 'case',
      title: '',
      ...fields,
    });
    // "Ned" on the first item with participants and a new place typed: all saved, the item moved.
    const moved = await secretary().post(
      `/sekretariat/punkt/${first}/flyt`,
      await builder({ direction: 'down', present: 'Anne Hansen, Formand', location: 'Rådhuset' }),
    );
    expect(moved.status).toBe(303);
    const page = await secretary().get(`/sekretariat/moede/${meetingId}`);
    expect(page.text).toContain('Anne Hansen, Formand');
    expect(page.text).toContain('Rådhuset');
    expect(visibleText(page.text).indexOf('Andet')).toBeLessThan(visibleText(page.text).indexOf('Første'));
    // "Gem deltagere" with a new item's title typed: the title stays in its field.
    const kept = await secretary().post(
      `/sekretariat/moede/${meetingId}/deltagere`,
      await builder({ present: 'Anne Hansen, Formand\nBo Berg', title: 'Et punkt på vej' }),
    );
    expect(kept.status).toBe(200);
    expect(kept.text).toContain('Deltagerne er gemt.');
    expect(kept.text).toMatch(/id="title"[^>]*value="Et punkt på vej"/);
    // An invalid date refuses the button's action and keeps every field.
    const refused = await secretary().post(
      `/sekretariat/moede/${meetingId}/punkter`,
      await builder({ heldOn: '2026-02-30', present: 'Ny deltager', title: 'Ikke tilføjet' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Datoen findes ikke i kalenderen.');
    expect(refused.text).toContain('Ny deltager');
    expect(await count('select count(*)::int as n from draft_items where meeting_id = $1', [meetingId])).toBe(2);
  });

  it('asks before removing an item, publishing and cancelling; acts only when confirmed', async () => {
    const meetingId = await createMeeting();
    const itemId = await addItem(meetingId, 'case', 'Fjernes måske');
    await addItem(meetingId, 'case', 'Bliver');
    const asks = async (url: string, heading: string) => {
      for (const response of [await secretary().get(url), await secretary().post(url)]) {
        expect(response.status, url).toBe(200);
        const text = visibleText(response.text);
        expect(text).toContain(heading);
        expect(text).toContain('Er du sikker?');
        expect(text).toContain('Det kan ikke fortrydes.');
        expect(response.text).toMatch(/name="confirm" value="1"/);
        expect(response.text).toMatch(/name="_csrf"/);
      }
    };
    await asks(`/sekretariat/punkt/${itemId}/slet`, 'Fjern punkt 1: Fjernes måske');
    expect(await count('select count(*)::int as n from draft_items where id = $1', [itemId])).toBe(1);
    expect((await secretary().post(`/sekretariat/punkt/${itemId}/slet`, CONFIRMED)).status).toBe(303);
    expect(await count('select count(*)::int as n from draft_items where id = $1', [itemId])).toBe(0);

    await asks(`/sekretariat/moede/${meetingId}/dagsorden`, 'Offentliggør dagsordenen');
    expect(await status(meetingId)).toBe('planned');
    expect((await secretary().post(`/sekretariat/moede/${meetingId}/dagsorden`, CONFIRMED)).status).toBe(303);
    expect(await status(meetingId)).toBe('agenda_published');

    await asks(`/sekretariat/moede/${meetingId}/referat`, 'Godkend og offentliggør referatet');
    expect(await status(meetingId)).toBe('agenda_published');
    expect((await secretary().post(`/sekretariat/moede/${meetingId}/referat`, CONFIRMED)).status).toBe(303);
    expect(await status(meetingId)).toBe('minutes_published');

    const correction = await secretary().post(`/sekretariat/moede/${meetingId}/rettelse`, { reason: 'Stavefejl' });
    expect(correction.status).toBe(200);
    expect(visibleText(correction.text)).toContain('Er du sikker?');
    expect(correction.text).toMatch(/name="reason" value="Stavefejl"/);

    await asks(`/sekretariat/moede/${meetingId}/aflys`, 'Aflys mødet');
    expect(await status(meetingId)).toBe('minutes_published');
    expect((await secretary().post(`/sekretariat/moede/${meetingId}/aflys`, CONFIRMED)).status).toBe(303);
    expect(await status(meetingId)).toBe('cancelled');
  });

  it('refuses the minutes of a meeting that has not begun, with the reason on the page', async () => {
    const meetingId = await createMeeting(secretary(), { heldOn: '2099-03-16', startTime: '09:00', endTime: '' });
    await addItem(meetingId, 'case', 'Fremtidigt punkt');
    const reason = 'Referatet kan først offentliggøres, når mødet er begyndt (den 16. marts 2099 kl. 9.00).';
    expect(visibleText((await secretary().get(`/sekretariat/moede/${meetingId}`)).text)).toContain(reason);
    const refused = await secretary().post(`/sekretariat/moede/${meetingId}/referat`, CONFIRMED);
    expect(refused.status).toBe(409);
    expect(visibleText(refused.text)).toContain(reason);
    expect(await status(meetingId)).toBe('planned');
  });
});
