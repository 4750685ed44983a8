/**
 * authenticateOidcUser: an e-mail address that the identity provider vouched for (in a validated
 * ID token) → the local account with that address. There is no self-registration: an address
 * without an active account is refused.
 *
 * Who may call it: the OpenID Connect callback, after validating the ID token. Returns the user's id.
 */
import type { Db } from '../../db/client.js';
import { findUserLogin } from '../../db/stores/accounts.js';
import { normalizeEmail } from '../../domain/account.js';

export async function authenticateOidcUser({
  db,
  email,
}: {
  db: Db;
  email: string;
}): Promise<{ ok: true; userId: number } | { ok: false; reason: 'no_account' }> {
  const user = await findUserLogin(db, normalizeEmail(email));
  if (!user || user.disabledAt) return { ok: false, reason: 'no_account' };
  return { ok: true, userId: user.id };
}
