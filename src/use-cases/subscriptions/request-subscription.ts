/**
 * requestSubscription: anyone, without an account, asks to follow something by e-mail. The address
 * is checked, the confirmation requests are limited per address and per client (CONFIRMATION_LIMITS:
 * the form cannot be used to flood someone's inbox), and a confirmation e-mail is queued — nothing
 * else is ever sent before its link is followed. An address that already follows the target gets
 * nothing new, and the answer is the same as for a new one (no one learns who follows what).
 *
 * Who may call it: anyone (the "Følg" forms). Returns ok, or why not.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { describeSearchFilters, findTargetLabel } from '../../db/queries/subscription-targets.js';
import {
  countSubscriptionRequests,
  queueConfirmation,
  recordSubscriptionRequests,
  saveSubscriptionRequest,
} from '../../db/stores/subscriptions.js';
import { isEmailAddress, normalizeEmail } from '../../domain/account.js';
import { CONFIRMATION_LIMITS, type Target, targetKey } from '../../domain/subscriptions.js';

export interface RequestSubscriptionInput {
  db: Db;
  email: string;
  /** The page's language: the subscriber's messages come in it. */
  lang: 'da' | 'en';
  target: Target;
  /** The client's address, as the web layer determined it. */
  ip: string;
  /** The target's name as the subscriber's language words it ("sag 25/41077"); default the name. */
  labelOf?: (kind: Target['kind'], name: string) => string;
  now?: Date;
}

export type RequestSubscriptionResult =
  | { ok: true }
  | { ok: false; reason: 'invalid_email' | 'rate_limited' | 'unknown_target' };

const token = () => randomBytes(32).toString('base64url');

export async function requestSubscription(input: RequestSubscriptionInput): Promise<RequestSubscriptionResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) return { ok: false, reason: 'invalid_email' };
  const named = await describeTarget(input.db, input.target);
  if (!named) return { ok: false, reason: 'unknown_target' };
  const keys = [`address:${createHash('sha256').update(email).digest('hex')}`, `client:${input.ip}`];
  const since = new Date(now.getTime() - CONFIRMATION_LIMITS.windowMs);
  const counts = await countSubscriptionRequests(input.db, keys, since);
  if (
    (counts.get(keys[0]) ?? 0) >= CONFIRMATION_LIMITS.perAddress ||
    (counts.get(keys[1]) ?? 0) >= CONFIRMATION_LIMITS.perClient
  ) {
    return { ok: false, reason: 'rate_limited' };
  }
  await input.db.transaction(async (tx) => {
    await recordSubscriptionRequests(tx, { keys, at: now, prunedBefore: since });
    const saved = await saveSubscriptionRequest(tx, {
      email,
      lang: input.lang,
      kind: input.target.kind,
      targetKey: targetKey(input.target),
      targetId: input.target.kind === 'search' ? null : input.target.id,
      search: input.target.kind === 'search' ? input.target.search : null,
      label: input.labelOf ? input.labelOf(input.target.kind, named.label) : named.label,
      link: named.link,
      tokens: { manage: token(), confirm: token(), unsubscribe: token() },
      now,
    });
    if (!saved.isConfirmed) await queueConfirmation(tx, { ...saved, now });
  });
  return { ok: true };
}

/** The target's name and page; null when it does not exist. */
export async function describeTarget(db: Db, target: Target): Promise<{ label: string; link: string } | null> {
  if (target.kind !== 'search') return findTargetLabel(db, target);
  const { q, ...filters } = target.search;
  const names = await describeSearchFilters(db, filters);
  if (!names) return null;
  const params = new URLSearchParams({ q, ...filters });
  return { label: [`“${q}”`, ...names].join(' · '), link: `/sog?${params}` };
}
