/**
 * "Følg" on the web (app.request, no JavaScript), on PGlite and PostgreSQL: the form on a body's,
 * a publisher's, a case's, a search's and the answers' page; a bad address comes back with what was
 * typed and what is wrong (in Danish, or English by the language cookie); confirming with the choice
 * of frequency; the subscriber's own page; unsubscribing by the link in a message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, csrfTokenIn, getPage, postForm } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { openPortal, type TestPortal, visibleText } from '../helpers/portal.js';

const BODY = '/organ/region-syddanmark--sundhedsraad-fjordby';

describe.each(TEST_DATABASES)('"Følg" on the web, on $name', (database) => {
  let portal: TestPortal;
  let bodyId: number;
  beforeAll(async () => {
    portal = await openPortal(database);
    [{ id: bodyId }] = await portal.handle.query<{ id: number }>(
      `select id from bodies where slug = 'region-syddanmark--sundhedsraad-fjordby'`,
    );
  });
  afterAll(async () => {
    await portal?.handle.close();
  });

  /** The "Følg" form of a page: its hidden fields, or null when the page has none. */
  function followForm(html: string): Record<string, string> | null {
    const form = /<form method="post" action="\/foelg"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
    if (!form) return null;
    expect(form).toMatch(/<label class="form-label" for="foelg-email">/);
    expect(form).toMatch(/<input[^>]*id="foelg-email"[^>]*type="email"[^>]*autocomplete="email"/);
    expect(form).toMatch(/<button class="button button-secondary" type="submit">Følg<\/button>/);
    return Object.fromEntries(
      [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
  }

  it('puts the form on a body, a publisher, a case, a search and the answers', async () => {
    expect(followForm((await portal.get(BODY)).text)).toEqual({ hvad: 'body', id: String(bodyId), tilbage: BODY });
    expect(followForm((await portal.get('/udgiver/region-syddanmark')).text)).toMatchObject({ hvad: 'publisher' });
    const [{ number }] = await portal.handle.query<{ number: string }>(
      `select c.number from cases c join agenda_items ai on ai.case_id = c.id and not ai.is_closed limit 1`,
    );
    const casePage = await portal.get(`/sag/${encodeURIComponent(number)}`);
    expect(followForm(casePage.text)).toMatchObject({ hvad: 'case' });
    expect(visibleText(casePage.text)).toContain(`Få en e-mail, når der er nyt om sag ${number}.`);
    const caseForm = followForm(casePage.text) ?? {};
    await postForm(portal.app, new CookieJar(), '/foelg', { ...caseForm, email: 'sag@example.dk' });
    const [{ label }] = await portal.handle.query<{ label: string }>(
      `select label from subscriptions where kind = 'case' order by id desc limit 1`,
    );
    expect(label).toMatch(new RegExp(`^sag ${number.replace(/[/.]/g, '\\$&')} \\(.+\\)$`));
    const calendarHref = /<a href="([^"]+\/kalender\.ics[^"]*)" type="text\/calendar"/.exec(casePage.text)?.[1];
    const calendar = await portal.get((calendarHref ?? '').replace(/&amp;/g, '&'));
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(calendar.text).toContain('BEGIN:VEVENT');
    const search = await portal.get('/sog?q=sundhedsplan&region=region-syddanmark&fra=2026-01-01');
    expect(followForm(search.text)).toEqual({
      hvad: 'search',
      q: 'sundhedsplan',
      region: 'region-syddanmark',
      tilbage: '/sog?q=sundhedsplan&amp;region=region-syddanmark',
    });
    expect(followForm((await portal.get('/sog')).text)).toBeNull(); // nothing searched, nothing to follow
    await portal.handle.query(
      'insert into question_scheme_settings (body_id, publishes_answers) values ($1, true) on conflict (body_id) do update set publishes_answers = true',
      [bodyId],
    );
    const answers = await portal.get(`${BODY}/spoergsmaal`);
    expect(followForm(answers.text)).toMatchObject({ hvad: 'answers' });
    expect(answers.text).toContain(`href="${BODY}/spoergsmaal.atom"`);
    const feed = await portal.get(`${BODY}/spoergsmaal.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(feed.text).toContain('<title>Spørgsmål og svar – Sundhedsråd Fjordby</title>');
  });

  it('keeps what was typed and says what is wrong, in Danish and in English', async () => {
    const jar = new CookieJar();
    const fields = { hvad: 'body', id: String(bodyId), tilbage: BODY, email: 'anne@example' };
    const { response, text } = await postForm(portal.app, jar, '/foelg', fields);
    expect(response.status).toBe(400);
    expect(text).toContain('value="anne@example"');
    expect(text).toContain('aria-invalid="true"');
    expect(visibleText(text)).toContain('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk');
    expect(text).toMatch(/class="alert alert-error error-summary"[\s\S]*href="#foelg-email"/);
    expect(text).toContain(`href="${BODY}"`); // back to the page
    const english = await postForm(portal.app, jar, '/foelg', fields, { cookie: 'lang=en' });
    expect(visibleText(english.text)).toContain('Enter a valid e-mail address');
    const unknown = await postForm(portal.app, jar, '/foelg', { ...fields, id: '999999', email: 'a@example.dk' });
    expect(unknown.response.status).toBe(404);
    expect(visibleText(unknown.text)).toContain('Det, du vil følge, findes ikke længere.');
    expect(followForm(unknown.text)).toBeNull();
  });

  it('confirms with the choice of frequency, lists and changes on the subscriber’s page, and unsubscribes by link', async () => {
    const jar = new CookieJar();
    const requested = await postForm(portal.app, jar, '/foelg', {
      hvad: 'body',
      id: String(bodyId),
      tilbage: BODY,
      email: ' Ida@Example.dk ',
    });
    expect(requested.response.status).toBe(200);
    expect(visibleText(requested.text)).toContain('Tjek din e-mail');
    const [{ confirmToken, unsubscribeToken, manageToken }] = await portal.handle.query<{
      confirmToken: string;
      unsubscribeToken: string;
      manageToken: string;
    }>(`select s.confirm_token as "confirmToken", s.unsubscribe_token as "unsubscribeToken", sub.manage_token as "manageToken"
      from subscriptions s join subscribers sub on sub.id = s.subscriber_id where sub.email = 'ida@example.dk'`);

    const confirmPage = await getPage(portal.app, jar, `/foelg/bekraeft/${confirmToken}`);
    expect(visibleText(confirmPage.text)).toContain('Du er ved at følge Sundhedsråd Fjordby');
    const confirmed = await postForm(portal.app, jar, `/foelg/bekraeft/${confirmToken}`, {
      _csrf: csrfTokenIn(confirmPage.text),
      hyppighed: 'daily',
    });
    expect(confirmed.response.status).toBe(200);
    expect(visibleText(confirmed.text)).toContain('Du følger nu');
    // The link works once.
    expect((await getPage(portal.app, jar, `/foelg/bekraeft/${confirmToken}`)).response.status).toBe(404);

    const manage = await getPage(portal.app, jar, `/foelg/mine/${manageToken}`);
    expect(visibleText(manage.text)).toContain('Sundhedsråd Fjordby');
    expect(manage.text).toMatch(/id="hyppighed-\d+-daily"[^>]*checked/);
    expect(manage.text).not.toContain('ida@example.dk'); // the address is shown to no one, not even here
    const changed = await postForm(portal.app, jar, `/foelg/mine/${manageToken}`, {
      _csrf: csrfTokenIn(manage.text),
      abonnement: /name="abonnement" value="(\d+)"/.exec(manage.text)?.[1] ?? '',
      handling: 'hyppighed',
      hyppighed: 'immediate',
    });
    expect(visibleText(changed.text)).toContain('Dit valg er gemt.');
    expect(changed.text).toMatch(/id="hyppighed-\d+-immediate"[^>]*checked/);

    const unsubscribePage = await getPage(portal.app, jar, `/foelg/afmeld/${unsubscribeToken}`);
    expect(visibleText(unsubscribePage.text)).toContain('Vil du holde op med at følge Sundhedsråd Fjordby?');
    const done = await postForm(portal.app, new CookieJar(), `/foelg/afmeld/${unsubscribeToken}`, {});
    expect(done.response.status).toBe(200);
    expect(visibleText(done.text)).toContain('din e-mailadresse er slettet');
    expect(await portal.handle.query(`select 1 from subscribers where email = 'ida@example.dk'`)).toHaveLength(0);
    expect((await getPage(portal.app, jar, `/foelg/mine/${manageToken}`)).response.status).toBe(404);
  });
});
