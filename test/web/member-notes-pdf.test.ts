/**
 * A member's agenda printed with their own notes (/mig/noter/:id/pdf?noter=1): the notes stand
 * under their items in the PDF (read back from its text), the notes page offers it ("Med mine
 * noter"), and it stays private: another member of the body gets their own notes (not the
 * first's), another body's member 403, the public 401; the answer is private, no-store and never
 * comes from or goes into the page cache; without the box ticked, the meeting's own PDF.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import {
  type AccountsWorld,
  type CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const NOTE_ANNA = 'Annasnoteprøve: spørg til budgettet';
const NOTE_BO = 'Bosnoteprøve om tidsplanen';

async function pdfText(response: Response): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the agenda with a member’s notes', () => {
  let world: AccountsWorld;
  let meetingId: number;
  let anna: { jar: CookieJar; csrf: string };
  let bo: { jar: CookieJar; csrf: string };

  beforeAll(async () => {
    world = await openAccountsWorld(TEST_DATABASES[0]);
    const db = world.handle.db;
    const made = await createMeeting({
      db,
      bodyId: world.thisBody.id,
      heldOn: '2027-04-14',
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!made.ok) throw new Error(made.reason);
    meetingId = made.meetingId;
    for (const title of ['Budget 2028', 'Tidsplan for nærsundhedsplanen']) {
      const added = await addAgendaItem({ db, meetingId, template: 'case', title, actor: COMMAND_LINE_ACTOR });
      if (!added.ok) throw new Error(added.reason);
    }
    const published = await publishAgenda({ db, meetingId, actor: COMMAND_LINE_ACTOR });
    if (!published.ok) throw new Error(published.reason);
    const other = await createUser({
      db,
      email: 'bo@fjordby.dk',
      name: 'Bo',
      password: null,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!other.ok) throw new Error(other.reason);
    await setUserRole({
      db,
      userId: other.userId,
      bodyId: world.thisBody.id,
      role: 'member',
      actor: COMMAND_LINE_ACTOR,
    });
    anna = await sessionFor(world.handle, world.userIds['member of this body']);
    bo = await sessionFor(world.handle, other.userId);
    const saved = await postForm(world.app, anna.jar, `/mig/noter/${meetingId}`, {
      _csrf: anna.csrf,
      'note-1': NOTE_ANNA,
    });
    expect(saved.response.status).toBe(303);
    await postForm(world.app, bo.jar, `/mig/noter/${meetingId}`, { _csrf: bo.csrf, 'note-2': NOTE_BO });
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it('is offered on the notes page, with the box ticked', async () => {
    const page = await getPage(world.app, anna.jar, `/mig/noter/${meetingId}`);
    expect(page.text).toContain(`action="/mig/noter/${meetingId}/pdf"`);
    expect(page.text).toMatch(/<input class="form-checkbox" type="checkbox" id="noter" name="noter" value="1" checked/);
    expect(page.text).toContain('Med mine noter');
  });

  it('prints the member’s own notes under their items, privately', async () => {
    const path = `/mig/noter/${meetingId}/pdf?noter=1`;
    const mine = await world.app.request(path, { headers: { cookie: anna.jar.header() } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.headers.get('content-disposition')).toContain('med-mine-noter.pdf');
    const text = await pdfText(mine);
    expect(text).toMatch(/Punkt 1: Budget 2028 .*Mine noter .*Annasnoteprøve: spørg til budgettet.* Punkt 2: /);
    expect(text).not.toContain('Bosnoteprøve');

    // Another member of the body: their own notes, never the first's.
    const theirs = await pdfText(await world.app.request(path, { headers: { cookie: bo.jar.header() } }));
    expect(theirs).toContain(NOTE_BO);
    expect(theirs).not.toContain('Annasnoteprøve');

    // Another body's member, and the public (also after the member's request: nothing was cached).
    const outsider = await sessionFor(world.handle, world.userIds['member of another body']);
    expect((await world.app.request(path, { headers: { cookie: outsider.jar.header() } })).status).toBe(403);
    const anonymous = await world.app.request(path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('Annasnoteprøve');
    const publicPdf = await world.app.request(`/moede/${meetingId}.pdf`);
    expect(publicPdf.status).toBe(200);
    expect(await pdfText(publicPdf)).not.toContain('noteprøve');
  });

  it('speaks English, and without the box ticked gives the meeting’s own PDF', async () => {
    const english = await world.app.request(`/mig/noter/${meetingId}/pdf?noter=1`, {
      headers: { cookie: `${anna.jar.header()}; lang=en` },
    });
    expect(english.headers.get('content-disposition')).toContain('with-my-notes.pdf');
    expect(await pdfText(english)).toMatch(/Item 1: Budget 2028 .*My notes .*Annasnoteprøve/);
    const plain = await world.app.request(`/mig/noter/${meetingId}/pdf`, { headers: { cookie: anna.jar.header() } });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe(`/moede/${meetingId}.pdf`);
  });
});
