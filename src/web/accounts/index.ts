/**
 * Accounts on the web, one app per prefix (app.tsx mounts them): log in with a password
 * (/log-ind) or through the organisation's OpenID Connect provider (/log-ind/oidc, when
 * configured), log out (/log-ud), a forgotten password (/glemt-kodeord) and a new one
 * (/nulstil-kodeord/:token). The session, the CSRF check and requireRole are web/auth's.
 */
import type { AccountsDeps } from './deps.js';
import { logInRoutes, logOutRoutes } from './log-in-routes.js';
import { OIDC_START_PATH, oidcRoutes } from './oidc-routes.js';
import { forgotPasswordRoutes, resetPasswordRoutes } from './password-routes.js';

export type { AccountsDeps } from './deps.js';
export { OIDC_START_PATH };

export function accountApps(deps: AccountsDeps) {
  return {
    logIn: logInRoutes(deps),
    oidc: deps.oidc ? oidcRoutes({ ...deps, oidc: deps.oidc }) : null,
    logOut: logOutRoutes(deps),
    forgotPassword: forgotPasswordRoutes(deps),
    resetPassword: resetPasswordRoutes(deps),
  };
}
