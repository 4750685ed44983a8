/**
 * A body's rules for its question scheme on the web, in-process, on both databases: the
 * secretariat's form (/sekretariat/sporgsmaal/regler) — who is refused, a problem shown in the
 * error summary and at its field with what was typed kept — the rules saved, the ask page and a
 * question asked afterwards with the body's deadline, and the members' read-only page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountsWorld,
  type CookieJar,
  getPage,
  openAccountsWorld,
  postForm,
  sessionFor,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';

/** Monday 23 March 2026, 10:00 in Copenhagen; Easter is 2–6 April. */
const NOW = new Date('2026-03-23T09:00:00Z');
const NOTE = 'Spørgsmål om enkeltsager går til kontaktpersonen Pia Holm, tlf. 12 34 56 78.';
const RULES = '/sekretariat/sporgsmaal/regler';

describe.each(TEST_DATABASES)('a body’s rules for its question scheme on the web, on $name', (database) => {
  let world: AccountsWorld;
  const browsers = {} as Record<
    'member' | 'otherMember' | 'secretariat' | 'otherSecretariat' | 'admin',
    { jar: CookieJar; csrf: string }
  >;

  beforeAll(async () => {
    world = await openAccountsWorld(database, { now: () => NOW, cache: false });
    browsers.member = await sessionFor(world.handle, world.userIds['member of this body']);
    browsers.otherMember = await sessionFor(world.handle, world.userIds['member of another body']);
    browsers.secretariat = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    browsers.otherSecretariat = await sessionFor(world.handle, world.userIds['secretariat of another body']);
    browsers.admin = await sessionFor(world.handle, world.userIds.admin);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const get = (who: keyof typeof browsers, path: string) => getPage(world.app, browsers[who].jar, path);
  const post = (who: keyof typeof browsers, fields: Record<string, string>) =>
    postForm(world.app, browsers[who].jar, RULES, { _csrf: browsers[who].csrf, organ: world.thisBody.slug, ...fields });
  const storedRules = () =>
    world.handle.query<{ deadline_kind: string; deadline_weeks: number; deadline_days: number; member_note: string }>(
      'select deadline_kind, deadline_weeks, deadline_days, member_note from question_scheme_settings where body_id = $1',
      [world.thisBody.id],
    );
  const eightWorkingDays = {
    deadlineKind: 'working_days',
    weeks: '',
    days: '',
    workingDays: '8',
    publishesAnswers: '1',
    memberNote: NOTE,
  };

  it('refuses the public, members and another body’s secretariat', async () => {
    expect((await world.app.request(RULES)).status).toBe(401);
    expect((await world.app.request('/sporgsmaal/regler')).status).toBe(401);
    expect((await get('member', RULES)).response.status).toBe(403);
    expect((await get('otherSecretariat', `${RULES}?organ=${world.thisBody.slug}`)).response.status).toBe(403);
    expect((await get('secretariat', `${RULES}?organ=findes-ikke`)).response.status).toBe(404);
    expect((await post('member', eightWorkingDays)).response.status).toBe(403);
    expect((await post('otherSecretariat', eightWorkingDays)).response.status).toBe(403);
    const noToken = await postForm(world.app, browsers.secretariat.jar, RULES, {
      organ: world.thisBody.slug,
      ...eightWorkingDays,
    });
    expect(noToken.response.status).toBe(403);
    expect(await storedRules()).toEqual([]);
    expect((await get('otherMember', `/sporgsmaal/regler?organ=${world.thisBody.slug}`)).response.status).toBe(403);
  });

  it('shows the secretariat its body’s rules, the default week first, reached from the menu and the queue', async () => {
    const page = await get('secretariat', RULES);
    expect(page.response.status).toBe(200);
    expect(page.text).toContain('<h1>Regler for spørgeordningen</h1>');
    expect(page.text).toMatch(/id="deadlineKind"[^>]*value="calendar"[^>]*checked/);
    expect(page.text).toMatch(/id="weeks"[^>]*value="1"/);
    expect(page.text).toContain(`href="/sporgsmaal/regler?organ=${world.thisBody.slug}"`);
    expect(page.text).toContain(`href="${RULES}"`); // the menu
    const queue = await get('secretariat', '/sekretariat/sporgsmaal');
    expect(queue.text).toContain(`href="${RULES}?organ=${world.thisBody.slug}"`);
    expect(visibleText(queue.text)).toContain('Frist: 1 uge');
    // An admin, who may act in every body, chooses one first.
    const admin = await get('admin', RULES);
    expect(admin.response.status).toBe(200);
    expect(admin.text).toContain('Vælg det organ');
    expect(admin.text).not.toContain('name="memberNote"');
  });

  it('shows a problem in the summary and at its field, naming the field, and keeps what was typed', async () => {
    const typed = { ...eightWorkingDays, workingDays: 'otte', memberNote: 'Skrevet, men ikke gemt.' };
    const refused = await post('secretariat', typed);
    expect(refused.response.status).toBe(400);
    const text = visibleText(refused.text);
    expect(text).toContain('Der er et problem');
    expect(text).toContain('Antal arbejdsdage skal være et helt tal fra 1 til 100.');
    expect(refused.text).toContain('href="#workingDays"');
    expect(refused.text).toMatch(/id="workingDays"[^>]*value="otte"/);
    expect(refused.text).toMatch(/id="workingDays"[^>]*aria-invalid="true"/);
    expect(refused.text).toMatch(/value="working_days"[^>]*checked/);
    expect(refused.text).toContain('Skrevet, men ikke gemt.</textarea>');
    expect(refused.text).toMatch(/id="publishesAnswers"[^>]*checked/);

    const two = await post('secretariat', { ...typed, deadlineKind: 'calendar', weeks: '60', days: '-2' });
    expect(two.response.status).toBe(400);
    expect(visibleText(two.text)).toContain('Der er 2 problemer');
    expect(visibleText(two.text)).toContain('Antal uger skal være et helt tal fra 0 til 52.');
    expect(visibleText(two.text)).toContain('Antal dage skal være et helt tal fra 0 til 365.');
    expect(two.text).toMatch(/id="weeks"[^>]*value="60"/);

    const empty = await post('secretariat', { ...typed, deadlineKind: 'calendar', weeks: '0', days: '' });
    expect(visibleText(empty.text)).toContain('Fristen skal være mindst 1 dag: skriv antal uger eller antal dage.');
    const noKind = await post('secretariat', { ...typed, deadlineKind: '' });
    expect(visibleText(noKind.text)).toContain(
      'Vælg, om fristen regnes i uger og dage efter kalenderen eller i arbejdsdage.',
    );
    expect(noKind.text).toContain('href="#deadlineKind"');
    expect(await storedRules()).toEqual([]);
  });

  it('saves the rules; the ask page and a question asked afterwards have the body’s deadline; members read the rules', async () => {
    const saved = await post('secretariat', eightWorkingDays);
    expect(saved.response.status).toBe(303);
    expect(saved.response.headers.get('location')).toBe(`${RULES}?organ=${world.thisBody.slug}&gemt=1`);
    expect(await storedRules()).toEqual([
      { deadline_kind: 'working_days', deadline_weeks: 0, deadline_days: 8, member_note: NOTE },
    ]);
    const after = await get('secretariat', `${RULES}?organ=${world.thisBody.slug}&gemt=1`);
    expect(visibleText(after.text)).toContain('Reglerne er gemt.');
    expect(after.text).toMatch(/id="workingDays"[^>]*value="8"/);
    const [audit] = await world.handle.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'question_scheme.rules'",
    );
    expect(audit.n).toBe(1);

    // The ask page tells the member the deadline the question will get, and the secretariat's note.
    const ask = await get('member', `/sporgsmaal/ny?organ=${world.thisBody.slug}`);
    const askText = visibleText(ask.text);
    expect(askText).toContain('besvares så vidt muligt inden for 8 arbejdsdage');
    expect(askText).toContain('Stiller du spørgsmålet i dag, er fristen 7. april 2026.');
    expect(askText).toContain(NOTE);
    expect(ask.text).toContain(`href="/sporgsmaal/regler?organ=${world.thisBody.slug}"`);

    const asked = await postForm(world.app, browsers.member.jar, '/sporgsmaal', {
      _csrf: browsers.member.csrf,
      organ: world.thisBody.slug,
      title: 'Ventelister',
      text: 'Hvor mange venter?',
      addressee: 'secretariat',
    });
    expect(asked.response.status).toBe(303);
    const location = asked.response.headers.get('location') ?? '';
    const [question] = await world.handle.query<{ due_on: string }>(
      "select to_char(due_on, 'YYYY-MM-DD') as due_on from questions where title like '%Ventelister'",
    );
    expect(question.due_on).toBe('2026-04-07');
    const receipt = visibleText((await get('member', location)).text);
    expect(receipt).toContain('Frist 7. april 2026: 8 arbejdsdage efter modtagelse 23. marts 2026');

    // The members' read-only page: from /mine-sporgsmaal, for one body straight away.
    const mine = await get('member', '/mine-sporgsmaal');
    expect(mine.text).toContain('href="/sporgsmaal/regler"');
    const rules = await get('member', '/sporgsmaal/regler');
    expect(rules.response.status).toBe(200);
    const rulesText = visibleText(rules.text);
    expect(rulesText).toContain('8 arbejdsdage efter modtagelsen');
    expect(rulesText).toContain('Weekender og helligdage tæller ikke med.');
    expect(rulesText).toContain('Stiller du et spørgsmål i dag, er fristen 7. april 2026.');
    expect(rulesText).toContain('De åbne dele af svarene offentliggøres på portalen');
    expect(rulesText).toContain(NOTE);
    expect(rules.text).not.toContain('<form method="post"');
    expect(rules.text).toContain(`href="/sporgsmaal/ny?organ=${world.thisBody.slug}"`);
    // The secretariat reads them as members do, without the ask button.
    const asSecretariat = await get('secretariat', `/sporgsmaal/regler?organ=${world.thisBody.slug}`);
    expect(asSecretariat.response.status).toBe(200);
    expect(asSecretariat.text).not.toContain(`href="/sporgsmaal/ny?organ=${world.thisBody.slug}"`);
    // The other body keeps the default.
    const other = visibleText((await get('otherMember', '/sporgsmaal/regler')).text);
    expect(other).toContain('1 uge efter modtagelsen');
    expect(other).toContain('Svarene offentliggøres ikke på portalen.');
    expect(other).not.toContain(NOTE);
    // The public statistics state the body's deadline.
    const stats = visibleText(await (await world.app.request(`/organ/${world.thisBody.slug}/statistik`)).text());
    expect(stats).toContain('Fristen for svar er 8 arbejdsdage efter modtagelsen.');
  });
});
