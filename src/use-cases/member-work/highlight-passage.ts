/**
 * highlightPassage: a member highlights a passage of an item's text (its sections or decision).
 * Kept with the member's notes and as private: by meeting and item number, so it stays when the
 * item changes (shown as "no longer found" where the passage is gone); only its member ever reads
 * it — no other person's page, no search, export, feed, API or log. The passage must be in the
 * item's text as the member reads it now. removeHighlight takes one away (the member's own only).
 *
 * Who may call it: those who read the body's closed items (its members, secretariat, admins).
 */
import type { Db } from '../../db/client.js';
import { loadItems } from '../../db/queries/item-content.js';
import { findItemPlace } from '../../db/queries/member-reading.js';
import { deleteHighlight, insertHighlight, listItemQuotes } from '../../db/stores/member-reading.js';
import {
  HIGHLIGHTS_PER_ITEM_MAX,
  highlightableTexts,
  isQuoteFound,
  keptQuote,
  normalizeQuote,
  QUOTE_MAX,
  QUOTE_MIN,
} from '../../domain/highlights.js';
import { type Actor, can } from '../../domain/roles.js';

export type HighlightPassageResult =
  | { ok: true; meetingId: number; itemId: number; highlightId: number | null }
  | { ok: false; reason: 'not_found' | 'forbidden' }
  | { ok: false; reason: 'too_short' | 'too_long' | 'not_in_text' | 'too_many'; meetingId: number; itemId: number };

export async function highlightPassage(input: {
  db: Db;
  userId: number;
  itemId: number;
  quote: string;
  permissions: Actor;
  now?: Date;
}): Promise<HighlightPassageResult> {
  const { db } = input;
  const item = await findItemPlace(db, input.itemId);
  if (!item) return { ok: false, reason: 'not_found' };
  if (!can(input.permissions, 'read_closed_item', { bodyId: item.bodyId })) return { ok: false, reason: 'forbidden' };
  const place = { meetingId: item.meetingId, itemId: item.id };
  const quote = keptQuote(input.quote);
  if (normalizeQuote(quote).length < QUOTE_MIN) return { ok: false, reason: 'too_short', ...place };
  if (quote.length > QUOTE_MAX) return { ok: false, reason: 'too_long', ...place };
  const [loaded] = await loadItems(db, { itemIds: [item.id] }, 'member');
  if (!loaded?.content || !isQuoteFound(quote, highlightableTexts(loaded.content))) {
    return { ok: false, reason: 'not_in_text', ...place };
  }
  const key = { userId: input.userId, meetingId: item.meetingId, itemNumber: item.number };
  const quotes = await listItemQuotes(db, key);
  if (quotes.includes(quote)) return { ok: true, ...place, highlightId: null }; // highlighted already
  if (quotes.length >= HIGHLIGHTS_PER_ITEM_MAX) return { ok: false, reason: 'too_many', ...place };
  const highlightId = await db.transaction((tx) => insertHighlight(tx, key, quote, input.now ?? new Date()));
  return { ok: true, ...place, highlightId };
}

/** Removes one of the member's own highlights; the meeting it was on, or null (not theirs, or gone). */
export async function removeHighlight(input: { db: Db; userId: number; highlightId: number }): Promise<number | null> {
  return input.db.transaction((tx) => deleteHighlight(tx, input.userId, input.highlightId));
}
