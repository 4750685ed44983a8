/**
 * confirmSubscription: the second step of the double opt-in — the link in the confirmation e-mail
 * leads to a page whose button posts here, with the chosen frequency (at once, or a daily digest).
 * From now on the subscription is matched against what is published.
 *
 * Who may call it: whoever holds the confirmation token. Returns the subscriber's manage token, or
 * not_found for a token that is unknown or already used.
 */
import type { Db } from '../../db/client.js';
import { confirmSubscription as confirm, findSubscriptionByToken } from '../../db/stores/subscriptions.js';
import type { Frequency } from '../../domain/subscriptions.js';

export async function confirmSubscription({
  db,
  token,
  frequency,
  now = new Date(),
}: {
  db: Db;
  token: string;
  frequency: Frequency;
  now?: Date;
}): Promise<{ ok: true; manageToken: string; label: string } | { ok: false; reason: 'not_found' }> {
  const subscription = await findSubscriptionByToken(db, { confirm: token });
  if (!subscription || !(await confirm(db, { token, frequency, now }))) return { ok: false, reason: 'not_found' };
  return { ok: true, manageToken: subscription.manageToken, label: subscription.label };
}
