/**
 * Members' reading on the go over HTTP (app.request), on both databases: the next-meeting page
 * (everything new before the first "Markér som læst", nothing after it, then the changed item with
 * its short difference, the new item and the new attachment after a correction; marking a page
 * that is out of date refused), the whole meeting as a zip (unzipped here: the PDF, the attachment
 * files, the member's notes; a closed item's attachment and the notes absent for a member of
 * another body), and highlights (shown as <mark> to their member only, never to another reader of
 * the body or the public, nor in search or the API; kept when the item changes, listed as no
 * longer found where the passage is gone).
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/danish-dates.js';
import { copenhagenDate } from '../../src/domain/meeting.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { addAttachment } from '../../src/use-cases/meetings/add-attachment.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import { publishCorrection } from '../../src/use-cases/meetings/publish-correction.js';
import { updateAgendaItem } from '../../src/use-cases/meetings/update-agenda-item.js';
import {
  type AccountsWorld,
  type CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { makeDataDir, PDF_BYTES } from '../helpers/secretariat.js';

const actor = COMMAND_LINE_ACTOR;
const KEPT = 'Rådet godkender den fælles plan for genoptræning';
const GONE = 'Ventetiden er steget til elleve uger';
const NEW_TEXT = 'Ventetiden er faldet til seks uger';

type Reader = { jar: CookieJar; csrf: string };

describe.each(TEST_DATABASES)('members’ reading on the go, on $name', (database) => {
  const dataDir = makeDataDir();
  let world: AccountsWorld;
  let meetingId: number;
  const heldOn = addDays(copenhagenDate(new Date()), 14);
  let openItem: number;
  let closedItem: number;
  let member: Reader;
  let otherMember: Reader;
  let secretariat: Reader;

  const get = (reader: Reader | null, path: string) => getPage(world.app, reader?.jar ?? emptyJar(), path);
  const post = (reader: Reader, path: string, fields: Record<string, string>) =>
    postForm(world.app, reader.jar, path, { _csrf: reader.csrf, ...fields });
  const emptyJar = () => ({ header: () => '', store: () => {} }) as unknown as CookieJar;
  const sections = (text: string) => [{ kind: 'case', heading: 'Sagsfremstilling', text }];
  const fingerprint = (html: string) => /name="seen" value="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
  const zipOf = async (reader: Reader | null) => {
    const response = await world.app.request(`/mig/naeste-moede/${meetingId}.zip`, {
      headers: { cookie: reader?.jar.header() ?? '' },
    });
    return { response, files: response.status === 200 ? unzipSync(new Uint8Array(await response.arrayBuffer())) : {} };
  };

  beforeAll(async () => {
    world = await openAccountsWorld(database, { dataDir });
    const db = world.handle.db;
    const made = await createMeeting({
      db,
      bodyId: world.thisBody.id,
      heldOn,
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor,
    });
    if (!made.ok) throw new Error(made.reason);
    meetingId = made.meetingId;
    const item = async (title: string, isClosed: boolean, text: string) => {
      const added = await addAgendaItem({ db, meetingId, template: 'case', title, actor });
      if (!added.ok) throw new Error(added.reason);
      const saved = await updateAgendaItem({
        db,
        itemId: added.itemId,
        revision: 1,
        title,
        timeSlot: null,
        caseNumber: null,
        isClosed,
        sections: sections(text),
        actor,
      });
      if (!saved.ok) throw new Error(saved.reason);
      return added.itemId;
    };
    const attach = async (itemId: number, title: string, isClosed = false) => {
      const added = await addAttachment({
        db,
        dataDir,
        itemId,
        title,
        fileName: 'bilag.pdf',
        bytes: PDF_BYTES,
        isClosed,
        actor,
      });
      if (!added.ok) throw new Error(added.reason);
    };
    const draftOpen = await item('Genoptræning', false, `${KEPT}.\n\n${GONE}.`);
    const draftClosed = await item('Personalesag', true, 'Fortroligt om en ansættelse.');
    await attach(draftOpen, 'Plan for genoptræning');
    await attach(draftClosed, 'Fortroligt notat');
    const published = await publishAgenda({ db, meetingId, actor });
    if (!published.ok) throw new Error(published.reason);
    const ids = await world.handle.query<{ id: number; number: number }>(
      'select id, number from agenda_items where meeting_id = $1 order by number',
      [meetingId],
    );
    [openItem, closedItem] = ids.map((row) => row.id);
    member = await sessionFor(world.handle, world.userIds['member of this body']);
    otherMember = await sessionFor(world.handle, world.userIds['member of another body']);
    secretariat = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    // The draft items' ids, for the correction below.
    Object.assign(world, { draftOpen, draftClosed });
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('lists everything as new until marked as read, then what changed since: text, items, attachments', async () => {
    const first = await get(member, '/mig/naeste-moede');
    expect(first.response.status).toBe(200);
    expect(first.text).toContain('Du har ikke markeret mødet som læst endnu');
    expect(first.text).toContain('Punkt 1: Genoptræning');
    expect(first.text).toContain('Punkt 2: Personalesag'); // a closed item, for a member of the body
    expect(first.text).toContain(`href="/mig/naeste-moede/${meetingId}.zip"`);
    expect((await get(null, '/mig/naeste-moede')).response.status).toBe(401);

    // "Markér som læst" from a page that is out of date is refused, and nothing is marked.
    const stale = await post(member, `/mig/naeste-moede/${meetingId}/laest`, { seen: '0'.repeat(16) });
    expect(stale.response.status).toBe(409);
    expect(stale.text).toContain('Mødet er ændret, mens du læste');
    const marked = await post(member, `/mig/naeste-moede/${meetingId}/laest`, {
      seen: fingerprint(first.text),
      tilbage: '/mig/naeste-moede',
    });
    expect(marked.response.status).toBe(303);
    expect(marked.response.headers.get('location')).toBe('/mig/naeste-moede?laest=1');
    const read = await get(member, `/mig/naeste-moede/${meetingId}`);
    expect(read.text).toContain('Intet nyt, siden du sidst markerede mødet som læst.');
    expect(read.text).toContain('Du markerede sidst mødet som læst');
    // Another body's member may not read this meeting's changes.
    expect((await get(otherMember, `/mig/naeste-moede/${meetingId}`)).response.status).toBe(403);
    expect(
      (await post(otherMember, `/mig/naeste-moede/${meetingId}/laest`, { seen: fingerprint(first.text) })).response
        .status,
    ).toBe(403);
  });

  it('highlights a passage for its member only, and refuses one that is not in the text (what was typed kept)', async () => {
    const back = `/moede/${meetingId}#punkt-1-${openItem}`;
    for (const quote of [KEPT, GONE]) {
      const saved = await post(member, '/mig/fremhaev', { item: String(openItem), quote, tilbage: back });
      expect(saved.response.status).toBe(303);
      expect(saved.response.headers.get('location')).toBe(back);
    }
    const wrong = await post(member, '/mig/fremhaev', {
      item: String(openItem),
      quote: 'Står slet ikke i punktet',
      tilbage: back,
    });
    expect(wrong.response.status).toBe(400);
    expect(wrong.text).toContain('findes ikke i punktets tekst');
    expect(wrong.text).toContain('Står slet ikke i punktet</textarea>');
    // A closed item is highlighted only by those who read it.
    const refused = await post(otherMember, '/mig/fremhaev', { item: String(closedItem), quote: 'Fortroligt' });
    expect(refused.response.status).toBe(403);

    const mine = await get(member, `/moede/${meetingId}`);
    expect(mine.text).toContain(`<mark class="member-highlight">${KEPT}</mark>`);
    expect(mine.text).toContain(`<mark class="member-highlight">${GONE}</mark>`);
    expect(mine.text).toContain('Fremhæv en tekst');
    expect((await get(member, `/punkt/${openItem}`)).text).toContain(`<mark class="member-highlight">${KEPT}</mark>`);
    // Another reader of the body's items, the public, search and the API never see them.
    for (const [reader, path] of [
      [secretariat, `/moede/${meetingId}`],
      [secretariat, `/punkt/${openItem}`],
      [null, `/moede/${meetingId}`],
      [null, `/punkt/${openItem}`],
      [member, `/sog?q=${encodeURIComponent('genoptræning')}`],
      [member, `/api/v1/meetings/${meetingId}`],
    ] as const) {
      const seen = await get(reader, path);
      expect(seen.text, path).not.toContain('member-highlight');
    }
    expect((await get(null, `/moede/${meetingId}`)).text).not.toContain('Fremhæv en tekst');
    const theirs = await get(secretariat, `/mig/naeste-moede/${meetingId}`);
    expect(theirs.text).not.toContain(GONE);
  });

  it('after a correction: the changed item with its difference, the new item and attachment; highlights kept or no longer found', async () => {
    const db = world.handle.db;
    const { draftOpen } = world as unknown as { draftOpen: number };
    const saved = await updateAgendaItem({
      db,
      itemId: draftOpen,
      revision: 2,
      title: 'Genoptræning',
      timeSlot: null,
      caseNumber: null,
      isClosed: false,
      sections: sections(`${KEPT}.\n\n${NEW_TEXT}.`),
      actor,
    });
    expect(saved.ok).toBe(true);
    const added = await addAgendaItem({ db, meetingId, template: 'case', title: 'Ny sag om rehabilitering', actor });
    if (!added.ok) throw new Error(added.reason);
    const attached = await addAttachment({
      db,
      dataDir,
      itemId: draftOpen,
      title: 'Ventetider 2026',
      fileName: 'ventetider.pdf',
      bytes: PDF_BYTES,
      isClosed: false,
      actor,
    });
    expect(attached.ok).toBe(true);
    const corrected = await publishCorrection({ db, meetingId, reason: 'Nye tal', actor });
    expect(corrected.ok).toBe(true);

    const page = await get(member, `/mig/naeste-moede/${meetingId}`);
    expect(page.response.status).toBe(200);
    expect(page.text).toMatch(/Punkt 1: Genoptræning<\/a> <span class="badge">Ændret<\/span>/);
    expect(page.text).toContain('Nye bilag: Ventetider 2026');
    expect(page.text).toMatch(/Punkt 3: Ny sag om rehabilitering<\/a> <span class="badge">Nyt punkt<\/span>/);
    expect(page.text).not.toContain('Punkt 2: Personalesag'); // unchanged
    expect(page.text).toContain('Ændringer siden version 1, som du læste');
    expect(page.text).toMatch(new RegExp(`<ins><span class="sr-only">[^<]+</span>${NEW_TEXT}\\.</ins>`));
    expect(page.text).toMatch(new RegExp(`<del><span class="sr-only">[^<]+</span>${GONE}\\.</del>`));
    // The highlights: one still in the text and marked, one gone and listed so.
    const gone = new RegExp(`<q lang="da">${GONE}</q><strong> \\(ikke længere fundet\\)</strong>`);
    expect(page.text).toMatch(gone);
    expect(page.text).not.toMatch(new RegExp(`<q lang="da">${KEPT}</q><strong>`));
    const meetingPage = await get(member, `/moede/${meetingId}`);
    expect(meetingPage.text).toContain(`<mark class="member-highlight">${KEPT}</mark>`);
    expect(meetingPage.text).not.toContain(GONE);

    // Removing a highlight: the member's own only.
    const [row] = await world.handle.query<{ id: number }>('select id from item_highlights where quote = $1', [GONE]);
    expect((await post(secretariat, `/mig/fremhaev/${row.id}/slet`, {})).response.status).toBe(404);
    const removed = await post(member, `/mig/fremhaev/${row.id}/slet`, {});
    expect(removed.response.status).toBe(303);
    expect((await get(member, removed.response.headers.get('location') ?? '')).text).toContain(
      'Fremhævningen er fjernet.',
    );
  });

  it('downloads the whole meeting as a zip: what the reader may see, and the member’s notes', async () => {
    await post(member, `/mig/noter/${meetingId}`, { 'note-1': 'Spørg til ventetiderne.' });
    const mine = await zipOf(member);
    expect(mine.response.headers.get('content-type')).toBe('application/zip');
    expect(mine.response.headers.get('content-disposition')).toBe(
      `attachment; filename="moede-${world.thisBody.slug}-${heldOn}.zip"`,
    );
    expect(mine.response.headers.get('cache-control')).toBe('private, no-store');
    const pdfName = `dagsorden-${world.thisBody.slug}-${heldOn}.pdf`;
    expect(Object.keys(mine.files).sort()).toEqual(
      [
        'bilag/punkt-1/Plan for genoptræning.pdf',
        'bilag/punkt-1/Ventetider 2026.pdf',
        'bilag/punkt-2/Fortroligt notat.pdf',
        pdfName,
        'mine-noter.txt',
      ].sort(),
    );
    expect(strFromU8(mine.files['bilag/punkt-1/Plan for genoptræning.pdf'])).toBe(strFromU8(PDF_BYTES));
    const notes = strFromU8(mine.files['mine-noter.txt']);
    expect(notes).toContain('Spørg til ventetiderne.');
    expect(notes).toContain(KEPT);
    expect(strFromU8(mine.files[pdfName].subarray(0, 5))).toBe('%PDF-');

    // A member of another body: the open attachments only, and no notes of anyone's.
    const theirs = await zipOf(otherMember);
    expect(theirs.response.status).toBe(200);
    const names = Object.keys(theirs.files);
    expect(names).toContain('bilag/punkt-1/Plan for genoptræning.pdf');
    expect(names.some((name) => name.includes('punkt-2') || name.includes('Fortroligt'))).toBe(false);
    expect(names).not.toContain('mine-noter.txt');
    expect((await zipOf(null)).response.status).toBe(401);
    expect(
      (await world.app.request('/mig/naeste-moede/99999999.zip', { headers: { cookie: member.jar.header() } })).status,
    ).toBe(404);
  });
});
