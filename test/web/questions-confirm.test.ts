/**
 * The question area asks before it closes, ends or cancels: declining a question, putting it
 * outside the scheme, marking a follow-up done or cancelled and cancelling a planned meeting show
 * "Er du sikker?" (with what was typed carried along) and change nothing until confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, type CookieJar, openAccountsWorld, postForm, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';
import { type QuestionFixtures, seedQuestionWorld } from '../helpers/question-world.js';

const NOW = new Date('2026-03-23T09:00:00Z');

describe.each(TEST_DATABASES)('the question area asks before closing, on $name', (database) => {
  let world: AccountsWorld;
  let fixtures: QuestionFixtures;
  const sessions = {} as Record<'member' | 'secretariat', { jar: CookieJar; csrf: string }>;

  beforeAll(async () => {
    world = await openAccountsWorld(database, { now: () => NOW, cache: false });
    fixtures = await seedQuestionWorld(world);
    sessions.member = await sessionFor(world.handle, world.userIds['member of this body']);
    sessions.secretariat = await sessionFor(world.handle, world.userIds['secretariat of this body']);
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  const post = async (who: keyof typeof sessions, path: string, fields: Record<string, string>) => {
    const { response, text } = await postForm(world.app, sessions[who].jar, path, {
      _csrf: sessions[who].csrf,
      ...fields,
    });
    return { status: response.status, location: response.headers.get('location') ?? '', text };
  };
  const one = async <T>(sql: string, params: unknown[]) => (await world.handle.query<T>(sql, params))[0];

  /** The confirmation page: what it asks, the confirmed form carrying `hidden`, and "Fortryd" back. */
  const expectAsked = (answer: { status: number; text: string }, heading: string, back: string) => {
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    const text = visibleText(answer.text);
    expect(text).toContain(heading);
    expect(text).toContain('Er du sikker?');
    expect(answer.text).toMatch(/name="confirm" value="1"/);
    expect(answer.text).toMatch(/name="_csrf"/);
    expect(answer.text).toContain(`href="${back}"`);
    expect(text).toContain('Fortryd');
    return text;
  };

  const askQuestion = async (title: string) => {
    const asked = await post('member', '/sporgsmaal', {
      organ: world.thisBody.slug,
      title,
      text: 'Et spørgsmål til bekræftelsen.',
      addressee: 'secretariat',
    });
    expect(asked.status).toBe(303);
    return Number(/\/sporgsmaal\/(\d+)/.exec(asked.location)?.[1]);
  };
  const questionState = async (id: number) =>
    (await one<{ state: string }>('select state from questions where id = $1', [id])).state;

  it.each([
    ['afvis', 'Registrér, at formanden har afvist spørgsmålet', 'declined'],
    ['uden-for-ordningen', 'Registrér spørgsmålet som uden for ordningen', 'outside_scheme'],
  ])('asks before %s closes a question, keeping the note', async (action, heading, closedState) => {
    const id = await askQuestion(`Bekræft ${action}`);
    const before = await questionState(id);
    const url = `/sekretariat/sporgsmaal/${id}/${action}`;
    // An empty note is refused at once, without asking.
    expect((await post('secretariat', url, { note: '' })).status).toBe(400);
    const asked = await post('secretariat', url, { note: 'Notat om grænsen & "citat"' });
    const text = expectAsked(asked, heading, `/sekretariat/sporgsmaal/${id}`);
    expect(text).toContain('Det kan ikke fortrydes.');
    expect(asked.text).toMatch(/name="note" value="Notat om grænsen &amp; &quot;citat&quot;"/);
    expect(await questionState(id)).toBe(before);
    const done = await post('secretariat', url, { note: 'Notat om grænsen & "citat"', confirm: '1' });
    expect(done.status).toBe(303);
    expect(await questionState(id)).toBe(closedState);
  });

  it.each([
    ['udfoert', 'Markér opfølgningen som udført', 'done'],
    ['annuller', 'Annullér opfølgningen', 'cancelled'],
  ])('asks before %s closes a follow-up, keeping the note', async (action, heading, closedState) => {
    const created = await post('secretariat', `/sekretariat/beslutning/${fixtures.decisionId}/opfoelgning`, {
      what: `Opfølgning til ${action}`,
      responsible: 'Sekretariatet',
      dueOn: '2027-01-15',
      returnTo: '',
    });
    expect(created.status).toBe(303);
    const id = Number(/opfoelgning\/(\d+)/.exec(created.location)?.[1]);
    const state = async () => (await one<{ state: string }>('select state from follow_ups where id = $1', [id])).state;
    const url = `/sekretariat/opfoelgning/${id}/${action}`;
    const asked = await post('secretariat', url, { note: 'Afsluttet på mødet' });
    expectAsked(asked, heading, `/sekretariat/opfoelgning/${id}`);
    expect(asked.text).toMatch(/name="note" value="Afsluttet på mødet"/);
    expect(await state()).toBe('open');
    expect((await post('secretariat', url, { note: 'Afsluttet på mødet', confirm: '1' })).status).toBe(303);
    expect(await state()).toBe(closedState);
  });

  it('asks before a planned meeting is marked cancelled, carrying every field; not when it already is', async () => {
    const url = `/sekretariat/moedeplan/${fixtures.planEntryId}`;
    const cancelled = async () =>
      (
        await one<{ c: boolean }>('select is_cancelled as c from meeting_plan_entries where id = $1', [
          fixtures.planEntryId,
        ])
      ).c;
    const fields = {
      kind: 'ordinary',
      title: 'Møde i sundhedsrådet',
      plannedOn: '2026-04-28',
      endsOn: '',
      startTime: '08:00',
      endTime: '12:00',
      location: 'Sal B',
      decision: '',
      note: 'Aflyst pga. sygdom',
      isCancelled: '1',
    };
    // A problem in the form comes first, with no question asked.
    expect((await post('secretariat', url, { ...fields, plannedOn: 'snart' })).status).toBe(400);
    const asked = await post('secretariat', url, fields);
    const text = expectAsked(asked, 'Aflys Møde i sundhedsrådet i mødeplanen', url);
    expect(text).not.toContain('Det kan ikke fortrydes.');
    for (const name of ['location', 'note', 'isCancelled', 'plannedOn'] as const)
      expect(asked.text, name).toContain(`name="${name}" value="${fields[name]}"`);
    expect(await cancelled()).toBe(false);
    expect((await post('secretariat', url, { ...fields, confirm: '1' })).status).toBe(303);
    expect(await cancelled()).toBe(true);
    // Already cancelled: saved without asking; taking it back asks nothing either.
    expect((await post('secretariat', url, { ...fields, location: 'Sal C' })).status).toBe(303);
    const { isCancelled: _, ...reopened } = fields;
    expect((await post('secretariat', url, reopened)).status).toBe(303);
    expect(await cancelled()).toBe(false);
  });
});
