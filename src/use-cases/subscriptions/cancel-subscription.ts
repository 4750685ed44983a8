/**
 * cancelSubscription: unsubscribes — one subscription by the token of its messages (the one-click
 * List-Unsubscribe POST, or the link in the message), or on the subscriber's own page (by its
 * manage token) one subscription or all; with the manage token from a digest's List-Unsubscribe, the
 * daily ones. A subscriber left with none is deleted with their address.
 *
 * Who may call it: whoever holds the token. Returns what was unsubscribed, or not_found.
 */
import type { Db } from '../../db/client.js';
import {
  deleteSubscriptions,
  findSubscriberByManageToken,
  findSubscriptionByToken,
} from '../../db/stores/subscriptions.js';

export type CancelSubscriptionInput =
  | { db: Db; unsubscribeToken: string }
  | { db: Db; manageToken: string; subscriptionId?: number; frequency?: 'daily' };

export type CancelSubscriptionResult =
  | { ok: true; cancelled: number; label: string | null; manageToken: string; isSubscriberGone: boolean }
  | { ok: false; reason: 'not_found' };

export async function cancelSubscription(input: CancelSubscriptionInput): Promise<CancelSubscriptionResult> {
  const { db } = input;
  if ('unsubscribeToken' in input) {
    const subscription = await findSubscriptionByToken(db, { unsubscribe: input.unsubscribeToken });
    if (!subscription) return { ok: false, reason: 'not_found' };
    const left = await db.transaction(async (tx) => {
      await deleteSubscriptions(tx, { subscriberId: subscription.subscriberId, subscriptionIds: [subscription.id] });
      return findSubscriberByManageToken(tx, subscription.manageToken);
    });
    return {
      ok: true,
      cancelled: 1,
      label: subscription.label,
      manageToken: subscription.manageToken,
      isSubscriberGone: left === null,
    };
  }
  const subscriber = await findSubscriberByManageToken(db, input.manageToken);
  if (!subscriber) return { ok: false, reason: 'not_found' };
  // One, or all (the daily ones only: a digest's one-click unsubscribe).
  const chosen = subscriber.subscriptions.filter(
    (s) =>
      (input.subscriptionId === undefined || s.id === input.subscriptionId) &&
      (input.frequency === undefined || (s.frequency === input.frequency && s.isConfirmed)),
  );
  if (chosen.length === 0) return { ok: false, reason: 'not_found' };
  const cancelled = await db.transaction((tx) =>
    deleteSubscriptions(tx, { subscriberId: subscriber.id, subscriptionIds: chosen.map((s) => s.id) }),
  );
  return {
    ok: true,
    cancelled,
    label: chosen.length === 1 ? chosen[0].label : null,
    manageToken: input.manageToken,
    isSubscriberGone: chosen.length === subscriber.subscriptions.length,
  };
}
