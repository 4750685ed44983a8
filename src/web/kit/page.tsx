/**
 * Pages: every HTML answer is a view rendered in the page frame (render/html/layout.tsx), which
 * knows the interface language and who is signed in without being handed them. `pageLanguage`
 * reads the language cookie for each request; `pageRenderer` makes `c.render(<View />)` wrap the
 * view with what the frame needs; `page(c, <View />, status)` is a route's present step.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { jsxRenderer } from 'hono/jsx-renderer';
import { SignedInContext, type SignedInHeader } from '../../render/html/account-bar.js';
import { PageContext } from '../../render/html/page-context.js';
import { isLang, type Lang } from '../../render/i18n.js';
import type { SignedInUser } from '../../use-cases/accounts/resolve-session.js';
import { signedInOf } from '../auth/context.js';

/** The cookie that keeps the interface language (set by /sprog). */
export const LANG_COOKIE = 'lang';

export type PageEnv = { Variables: { lang: Lang } };

/** The interface language of the request (Danish unless the cookie says English), and the headers that say so. */
export function pageLanguage(): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    const wanted = getCookie(c, LANG_COOKIE);
    c.set('lang', isLang(wanted) ? wanted : 'da');
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.res.headers.set('Content-Language', c.get('lang'));
      c.res.headers.append('Vary', 'Cookie');
    }
  };
}

/** The interface language the request's page is in (set by pageLanguage; Danish before it ran). */
export function langOf(c: Context): Lang {
  return (c.get('lang') as Lang | undefined) ?? 'da';
}

/** `c.render(view)`: the view in the page frame, with the language, the path and the signed-in user. */
export function pageRenderer(): MiddlewareHandler {
  return jsxRenderer(
    ({ children }, c) => {
      const url = new URL(c.req.url);
      const user = signedInOf(c);
      return (
        <PageContext.Provider
          value={{ lang: (c.get('lang') as Lang | undefined) ?? 'da', path: `${url.pathname}${url.search}` }}
        >
          <SignedInContext.Provider value={user ? signedInHeader(user) : null}>{children}</SignedInContext.Provider>
        </PageContext.Provider>
      );
    },
    { docType: true },
  );
}

/** What the header shows of the signed-in user: their name, the log-out form's token, what their roles open. */
function signedInHeader(user: SignedInUser): SignedInHeader {
  const roles = [...user.roles.values()];
  return {
    name: user.name,
    csrfToken: user.csrfToken,
    isAdmin: user.isAdmin,
    isMember: roles.includes('member'),
    isSecretariat: roles.includes('secretariat'),
  };
}

/** A route's present step: the view as the page, with its status (400 for a form with problems, 409 for a conflict …). */
export function page(
  c: Context,
  view: Parameters<Context['render']>[0],
  status: 200 | 400 | 401 | 403 | 404 | 409 | 429 | 502 | 507 = 200,
) {
  c.status(status);
  return c.render(view);
}
