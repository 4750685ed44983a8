/**
 * The subscriptions' store: subscribers (an address and its language, deleted with their last
 * subscription), what each follows, confirmation and unsubscribing by token, and the counts of
 * confirmation requests for the rate limit. The queueing of events and the outbox are in
 * subscription-outbox.ts.
 */
import { and, count, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Frequency, SavedSearch, TargetKind } from '../../domain/subscriptions.js';
import type { DbOrTx, Tx } from '../client.js';
import { subscribers, subscriptionMessages, subscriptionRequests, subscriptions } from '../schema/index.js';

// Rate limit

/** Requests per key since `since`. */
export async function countSubscriptionRequests(
  db: DbOrTx,
  keys: readonly string[],
  since: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: subscriptionRequests.key, n: count() })
    .from(subscriptionRequests)
    .where(and(inArray(subscriptionRequests.key, [...keys]), gte(subscriptionRequests.requestedAt, since)))
    .groupBy(subscriptionRequests.key);
  return new Map(rows.map((row) => [row.key, row.n]));
}

/** Records one request under each key and prunes rows older than the window. */
export async function recordSubscriptionRequests(
  db: DbOrTx,
  { keys, at, prunedBefore }: { keys: readonly string[]; at: Date; prunedBefore: Date },
): Promise<void> {
  await db.delete(subscriptionRequests).where(lt(subscriptionRequests.requestedAt, prunedBefore));
  await db.insert(subscriptionRequests).values(keys.map((key) => ({ key, requestedAt: at })));
}

// Subscribing

export interface NewSubscription {
  email: string;
  lang: 'da' | 'en';
  kind: TargetKind;
  targetKey: string;
  targetId: number | null;
  search: SavedSearch | null;
  label: string;
  link: string;
  /** Fresh random tokens, used when the rows are new. */
  tokens: { manage: string; confirm: string; unsubscribe: string };
  now: Date;
}

/**
 * The subscriber (made, or found by address: their language becomes the page's) and the
 * subscription (made, or found for the same target: a pending one gets a fresh confirmation
 * token). Returns the subscription, and whether it was confirmed already.
 */
export async function saveSubscriptionRequest(
  tx: Tx,
  input: NewSubscription,
): Promise<{ subscriptionId: number; subscriberId: number; isConfirmed: boolean }> {
  const [subscriber] = await tx
    .insert(subscribers)
    .values({ email: input.email, lang: input.lang, manageToken: input.tokens.manage, createdAt: input.now })
    .onConflictDoUpdate({ target: subscribers.email, set: { lang: input.lang } })
    .returning({ id: subscribers.id });
  const [existing] = await tx
    .select({ id: subscriptions.id, confirmedAt: subscriptions.confirmedAt })
    .from(subscriptions)
    .where(and(eq(subscriptions.subscriberId, subscriber.id), eq(subscriptions.targetKey, input.targetKey)));
  if (existing?.confirmedAt) return { subscriptionId: existing.id, subscriberId: subscriber.id, isConfirmed: true };
  if (existing) {
    await tx
      .update(subscriptions)
      .set({ confirmToken: input.tokens.confirm, requestedAt: input.now, label: input.label, link: input.link })
      .where(eq(subscriptions.id, existing.id));
    return { subscriptionId: existing.id, subscriberId: subscriber.id, isConfirmed: false };
  }
  const [made] = await tx
    .insert(subscriptions)
    .values({
      subscriberId: subscriber.id,
      kind: input.kind,
      targetKey: input.targetKey,
      targetId: input.targetId,
      search: input.search,
      label: input.label,
      link: input.link,
      confirmToken: input.tokens.confirm,
      requestedAt: input.now,
      unsubscribeToken: input.tokens.unsubscribe,
    })
    .returning({ id: subscriptions.id });
  return { subscriptionId: made.id, subscriberId: subscriber.id, isConfirmed: false };
}

export interface SubscriptionRef {
  id: number;
  subscriberId: number;
  label: string;
  link: string;
  frequency: Frequency;
  isConfirmed: boolean;
  manageToken: string;
  lang: 'da' | 'en';
}

const refColumns = {
  id: subscriptions.id,
  subscriberId: subscriptions.subscriberId,
  label: subscriptions.label,
  link: subscriptions.link,
  frequency: subscriptions.frequency,
  isConfirmed: sql<boolean>`${subscriptions.confirmedAt} is not null`,
  manageToken: subscribers.manageToken,
  lang: subscribers.lang,
};

/** A subscription by its confirmation token (pending ones only) or its unsubscribe token. */
export async function findSubscriptionByToken(
  db: DbOrTx,
  token: { confirm: string } | { unsubscribe: string },
): Promise<SubscriptionRef | null> {
  const [row] = await db
    .select(refColumns)
    .from(subscriptions)
    .innerJoin(subscribers, eq(subscribers.id, subscriptions.subscriberId))
    .where(
      'confirm' in token
        ? eq(subscriptions.confirmToken, token.confirm)
        : eq(subscriptions.unsubscribeToken, token.unsubscribe),
    );
  return row ?? null;
}

/** Confirms a pending subscription with the chosen frequency; false when the token is no longer pending. */
export async function confirmSubscription(
  db: DbOrTx,
  { token, frequency, now }: { token: string; frequency: Frequency; now: Date },
): Promise<boolean> {
  const done = await db
    .update(subscriptions)
    .set({ confirmedAt: now, confirmToken: null, frequency })
    .where(and(eq(subscriptions.confirmToken, token), isNull(subscriptions.confirmedAt)))
    .returning({ id: subscriptions.id });
  return done.length > 0;
}

/** A subscriber by their manage token, with their subscriptions (confirmed first, then by name). */
export async function findSubscriberByManageToken(
  db: DbOrTx,
  token: string,
): Promise<{ id: number; lang: 'da' | 'en'; subscriptions: SubscriptionRef[] } | null> {
  const [subscriber] = await db
    .select({ id: subscribers.id, lang: subscribers.lang })
    .from(subscribers)
    .where(eq(subscribers.manageToken, token));
  if (!subscriber) return null;
  const rows = await db
    .select(refColumns)
    .from(subscriptions)
    .innerJoin(subscribers, eq(subscribers.id, subscriptions.subscriberId))
    .where(eq(subscriptions.subscriberId, subscriber.id))
    .orderBy(sql`${subscriptions.confirmedAt} is null`, subscriptions.label, subscriptions.id);
  return { ...subscriber, subscriptions: rows };
}

export async function setSubscriptionFrequency(
  db: DbOrTx,
  { subscriberId, subscriptionId, frequency }: { subscriberId: number; subscriptionId: number; frequency: Frequency },
): Promise<boolean> {
  const done = await db
    .update(subscriptions)
    .set({ frequency })
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.subscriberId, subscriberId)))
    .returning({ id: subscriptions.id });
  return done.length > 0;
}

/**
 * Deletes subscriptions of a subscriber (their waiting messages go with them) — the given ones, or
 * all — and the subscriber with their address when none is left. Returns how many were deleted.
 */
export async function deleteSubscriptions(
  tx: Tx,
  { subscriberId, subscriptionIds }: { subscriberId: number; subscriptionIds?: readonly number[] },
): Promise<number> {
  const deleted = await tx
    .delete(subscriptions)
    .where(
      and(
        eq(subscriptions.subscriberId, subscriberId),
        subscriptionIds ? inArray(subscriptions.id, [...subscriptionIds]) : undefined,
      ),
    )
    .returning({ id: subscriptions.id });
  const [left] = await tx
    .select({ n: count() })
    .from(subscriptions)
    .where(eq(subscriptions.subscriberId, subscriberId));
  if (left.n === 0) await tx.delete(subscribers).where(eq(subscribers.id, subscriberId));
  return deleted.length;
}

/** Subscriptions never confirmed since `before` are deleted (and their subscribers when nothing is left). */
export async function deleteUnconfirmedBefore(tx: Tx, before: Date): Promise<number> {
  const stale = await tx
    .delete(subscriptions)
    .where(and(isNull(subscriptions.confirmedAt), lt(subscriptions.requestedAt, before)))
    .returning({ id: subscriptions.id });
  if (stale.length === 0) return 0;
  await tx
    .delete(subscribers)
    .where(sql`not exists (select 1 from subscriptions s where s.subscriber_id = ${subscribers.id})`);
  return stale.length;
}

/** Queues a confirmation request for a subscription (one per request instant). */
export async function queueConfirmation(
  tx: Tx,
  { subscriptionId, subscriberId, now }: { subscriptionId: number; subscriberId: number; now: Date },
): Promise<void> {
  await tx
    .insert(subscriptionMessages)
    .values({
      subscriptionId,
      subscriberId,
      kind: 'confirm',
      dedupeKey: `${subscriptionId}:confirm:${now.getTime()}`,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing();
}
