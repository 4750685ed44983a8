/**
 * changeSubscriptionFrequency: on the subscriber's own page, one subscription told at once or in
 * the daily digest from the next event on.
 *
 * Who may call it: whoever holds the subscriber's manage token. Returns whether it changed.
 */
import type { Db } from '../../db/client.js';
import { findSubscriberByManageToken, setSubscriptionFrequency } from '../../db/stores/subscriptions.js';
import type { Frequency } from '../../domain/subscriptions.js';

export async function changeSubscriptionFrequency({
  db,
  manageToken,
  subscriptionId,
  frequency,
}: {
  db: Db;
  manageToken: string;
  subscriptionId: number;
  frequency: Frequency;
}): Promise<boolean> {
  const subscriber = await findSubscriberByManageToken(db, manageToken);
  if (!subscriber) return false;
  return setSubscriptionFrequency(db, { subscriberId: subscriber.id, subscriptionId, frequency });
}
