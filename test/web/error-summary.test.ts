/**
 * The error summary of the signed-in forms (render/html/forms.tsx): when a form comes back with
 * problems, every field's error is listed at the top, each a link to its field's id; the summary
 * takes the focus (tabindex -1 and autofocus, no script). And the closed-item control says what it
 * does, with "Lukket" beside the item's title when it is closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The summary's links (target id → text) and the page's field errors (field id → text). */
function summaryOf(html: string) {
  const summary = /<div class="alert alert-error error-summary"[^>]*>[\s\S]*?<\/ul>/.exec(html)?.[0];
  if (!summary) throw new Error('no error summary in the page');
  const links = new Map([...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]));
  const fieldErrors = new Map(
    [
      ...html.matchAll(
        /<span class="form-error-message" id="([^"]+)-error"><span class="sr-only">Fejl: <\/span>([^<]*)<\/span>/g,
      ),
    ].map((m) => [m[1], m[2]]),
  );
  return { summary, links, fieldErrors };
}

/** Every field error is in the summary as a link to the field, and every link's target is in the page. */
function expectSummaryLinksEveryError(html: string, atLeast: number) {
  const { summary, links, fieldErrors } = summaryOf(html);
  expect(summary).toContain('tabindex="-1"');
  expect(summary).toMatch(/\bautofocus\b/);
  expect(summary).toContain('role="alert"');
  expect(fieldErrors.size).toBeGreaterThanOrEqual(atLeast);
  for (const [field, text] of fieldErrors) expect(links.get(field), `the summary's link to #${field}`).toBe(text);
  for (const target of links.keys()) expect(html, `the field #${target}`).toMatch(new RegExp(`\\bid="${target}"`));
}

describe.each(TEST_DATABASES)('the error summary ($name)', (database) => {
  let world: AccountsWorld;
  let admin: { jar: CookieJar; csrf: string };
  let secretariat: { jar: CookieJar; csrf: string };
  let itemId: number;
  let meetingId: number;

  beforeAll(async () => {
    world = await openAccountsWorld(database, { cache: false });
    admin = await sessionFor(world.handle, world.userIds.admin);
    secretariat = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    const meeting = await createMeeting({
      db: world.handle.db,
      bodyId: world.thisBody.id,
      heldOn: '2027-03-02',
      startTime: '15:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    meetingId = meeting.meetingId;
    const added = await addAgendaItem({
      db: world.handle.db,
      meetingId: meeting.meetingId,
      template: 'case',
      title: 'Ansættelse af ny direktør',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!added.ok) throw new Error(added.reason);
    itemId = added.itemId;
  });

  afterAll(async () => {
    await world?.handle.close();
  });

  it('lists every problem of a new meeting at once, each linked to its field', async () => {
    const sent = await postForm(world.app, secretariat.jar, `/sekretariat/organ/${world.thisBody.slug}/moeder/ny`, {
      _csrf: secretariat.csrf,
      heldOn: 'i morgen',
      startTime: 'kvart over',
      endTime: 'sent',
      location: '',
      kind: 'ordinary',
    });
    expect(sent.response.status).toBe(400);
    expectSummaryLinksEveryError(sent.text, 2);
    const { links } = summaryOf(sent.text);
    expect(links.has('heldOn')).toBe(true);
    expect(links.has('startTime')).toBe(true);
    expect(summaryOf(sent.text).summary).toContain(`Der er ${links.size} problemer`);
  });

  it('links a new user’s missing name to the name field', async () => {
    const sent = await postForm(world.app, admin.jar, '/admin/brugere', {
      _csrf: admin.csrf,
      name: ' ',
      email: 'ny@fjordby.dk',
    });
    expect(sent.response.status).toBe(400);
    expectSummaryLinksEveryError(sent.text, 1);
    expect(summaryOf(sent.text).links.has('name')).toBe(true);
  });

  it('lists an item’s missing title, linked to the title field; a page without problems has no summary', async () => {
    const page = await getPage(world.app, secretariat.jar, `/sekretariat/punkt/${itemId}`);
    expect(page.response.status).toBe(200);
    expect(page.text).not.toContain('error-summary');
    const revision = /name="revision" value="(\d+)"/.exec(page.text)![1];
    const sent = await postForm(world.app, secretariat.jar, `/sekretariat/punkt/${itemId}`, {
      _csrf: secretariat.csrf,
      revision,
      title: '',
    });
    expect(sent.response.status).toBe(400);
    expectSummaryLinksEveryError(sent.text, 1);
    expect(summaryOf(sent.text).links.has('title')).toBe(true);
  });

  it('says what closing an item does, and shows "Lukket" beside the title once it is closed', async () => {
    const page = await getPage(world.app, secretariat.jar, `/sekretariat/punkt/${itemId}`);
    expect(page.text).toContain('kun for organets medlemmer og sekretariatet, ikke offentligt');
    expect(page.text).not.toContain('closed-badge');
    const revision = /name="revision" value="(\d+)"/.exec(page.text)![1];
    const saved = await postForm(world.app, secretariat.jar, `/sekretariat/punkt/${itemId}`, {
      _csrf: secretariat.csrf,
      revision,
      title: 'Ansættelse af ny direktør',
      isClosed: '1',
    });
    expect(saved.response.status).toBe(303);
    const closed = await getPage(world.app, secretariat.jar, `/sekretariat/punkt/${itemId}`);
    expect(closed.text).toMatch(
      /<h1>[^<]*Ansættelse af ny direktør[\s\S]*?<span class="badge closed-badge">Lukket<\/span>\s*<\/h1>/,
    );
    expect(closed.text).toMatch(/<input class="form-checkbox" type="checkbox" id="isClosed"[^>]*checked/);
  });

  it('shows the public "Lukket" beside a published closed item\'s title, and none of its content', async () => {
    const published = await publishAgenda({ db: world.handle.db, meetingId, actor: COMMAND_LINE_ACTOR });
    if (!published.ok) throw new Error(published.reason);
    const [item] = await world.handle.query<{ id: number }>(
      'select id from agenda_items where meeting_id = $1 and is_closed',
      [meetingId],
    );
    const response = await world.app.request(`/punkt/${item.id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1>[\s\S]*?<span class="badge closed-badge">Lukket<\/span>\s*<\/h1>/);
    expect(html).toContain('Punktet er lukket.');
  });
});
