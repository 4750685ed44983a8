/**
 * Logging in comes back to where one was: the header's "Log ind" and a 401 page's link carry the
 * page as `tilbage`, the log-in form keeps it in a hidden field (also when the password was wrong),
 * and a successful log-in redirects there — but only to a path on this site; any other address
 * goes to the front page. Through the organisation's log-in (OpenID Connect) the way back rides
 * in the signed attempt cookie (its success: test/web/auth-external.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import {
  type AccountsWorld,
  CookieJar,
  csrfTokenIn,
  getPage,
  openAccountsWorld,
  PASSWORD,
  postForm,
  ROLE_EMAILS,
} from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';

const MEMBER = ROLE_EMAILS['member of this body'];

/** The log-in form's hidden `tilbage` field, or null. */
function hiddenBack(html: string): string | null {
  const match = /<input type="hidden" name="tilbage" value="([^"]*)"/.exec(html);
  return match ? match[1].replaceAll('&amp;', '&') : null;
}

describe.each(TEST_DATABASES)('back to the page after logging in, on $name', (database) => {
  let world: AccountsWorld;
  let provider: TestProvider;
  let ip = 0;
  beforeAll(async () => {
    provider = await startTestProvider();
    const { issuer, clientId, clientSecret } = provider;
    const redirectUrl = `http://localhost${OIDC_CALLBACK_PATH}`;
    world = await openAccountsWorld(database, {
      auth: { config: { trustProxy: true, oidc: { issuer, clientId, clientSecret, redirectUrl } } },
    });
  });
  afterAll(async () => {
    await world?.handle.close();
    await provider?.close();
  });

  /** Opens the log-in form at `formPath` and sends it with `fields`; a new client address each time. */
  async function logInThrough(formPath: string, fields: Record<string, string> = {}, password = PASSWORD) {
    const jar = new CookieJar();
    const form = await getPage(world.app, jar, formPath);
    ip += 1;
    const sent = await postForm(
      world.app,
      jar,
      '/log-ind',
      { _csrf: csrfTokenIn(form.text), email: MEMBER, password, ...fields },
      { 'x-forwarded-for': `10.9.0.${ip}` },
    );
    return { jar, form, sent };
  }

  it('links "Log ind" in the header to the log-in form with the page as the way back', async () => {
    const search = await (await world.app.request('/sog?q=budget&side=2')).text();
    expect(search).toContain('href="/log-ind?tilbage=%2Fsog%3Fq%3Dbudget%26side%3D2"');
    const front = await (await world.app.request('/')).text();
    expect(front).toContain('<a href="/log-ind">Log ind</a>');
  });

  it('gives a protected page to the public as 401 whose links to log in come back to it', async () => {
    const response = await world.app.request('/mine-sporgsmaal');
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text.match(/href="\/log-ind\?tilbage=%2Fmine-sporgsmaal"/g)?.length).toBe(2); // header and page
  });

  it('keeps the way back through the form, a wrong password included, and goes there after logging in', async () => {
    const wrong = await logInThrough('/log-ind?tilbage=%2Fmine-sporgsmaal', { tilbage: '/mine-sporgsmaal' }, 'forkert');
    expect(hiddenBack(wrong.form.text)).toBe('/mine-sporgsmaal');
    expect(wrong.form.text).toContain('action="/log-ind"');
    expect(wrong.sent.response.status).toBe(401);
    expect(hiddenBack(wrong.sent.text)).toBe('/mine-sporgsmaal');

    const right = await logInThrough('/log-ind?tilbage=%2Fmine-sporgsmaal', {
      tilbage: hiddenBack(wrong.sent.text) ?? '',
    });
    expect(right.sent.response.status).toBe(303);
    expect(right.sent.response.headers.get('location')).toBe('/mine-sporgsmaal');
    const arrived = await getPage(world.app, right.jar, '/mine-sporgsmaal');
    expect(arrived.response.status).toBe(200);
  });

  it('keeps a query and letters beyond ASCII, percent-encoded for the Location header', async () => {
    const { sent } = await logInThrough('/log-ind', { tilbage: '/sog?q=møde&organ=x#resultater' });
    expect(sent.response.headers.get('location')).toBe('/sog?q=m%C3%B8de&organ=x#resultater');
  });

  it('goes to the front page instead of any address outside the site', async () => {
    const outside = [
      '//evil.example',
      '//evil.example/mig',
      'https://evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/mig\r\nSet-Cookie: x=1',
      'evil.example',
      '',
    ];
    for (const back of outside) {
      const form = await getPage(world.app, new CookieJar(), `/log-ind?tilbage=${encodeURIComponent(back)}`);
      expect(hiddenBack(form.text), JSON.stringify(back)).toBeNull();
      const { sent } = await logInThrough('/log-ind', { tilbage: back });
      expect(sent.response.status, JSON.stringify(back)).toBe(303);
      expect(sent.response.headers.get('location'), JSON.stringify(back)).toBe('/');
    }
  });

  it("keeps the way back through the organisation's log-in, also on the page that says it failed", async () => {
    const jar = new CookieJar();
    const form = await getPage(world.app, jar, '/log-ind?tilbage=%2Fmine-sporgsmaal');
    expect(form.text).toContain('href="/log-ind/oidc?tilbage=%2Fmine-sporgsmaal"');
    const start = await getPage(world.app, jar, '/log-ind/oidc?tilbage=%2Fmine-sporgsmaal');
    expect(start.response.status).toBe(303);
    // Back from the provider with a state that is not this attempt's: refused, with a link to try again.
    const failed = await getPage(world.app, jar, `${OIDC_CALLBACK_PATH}?code=x&state=another`);
    expect(failed.response.status).toBe(400);
    expect(failed.text).toContain('<a href="/log-ind?tilbage=%2Fmine-sporgsmaal">Log ind</a>');
  });
});
