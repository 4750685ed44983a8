/** GET /sprog?til=en&tilbage=/moede/4 : sets the interface language (a cookie) and goes back (mounted at /sprog). */
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { isLang } from '../../render/i18n.js';
import { LANG_COOKIE } from '../kit/page.js';

/** Only a path on this site: "/…" but not "//host" or "/\host". */
function safeBackPath(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\r\n]/.test(value) || value.length > 2000) return '/';
  return value;
}

export function languageRoutes() {
  const app = new Hono();
  app.get('/', (c) => {
    const wanted = c.req.query('til');
    const lang = isLang(wanted) ? wanted : 'da';
    setCookie(c, LANG_COOKIE, lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'Lax', httpOnly: true });
    return c.redirect(safeBackPath(c.req.query('tilbage')), 303);
  });
  return app;
}
