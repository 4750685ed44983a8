/**
 * The amounts of money an agenda item mentions ("2,5 mio. kr.", "818.200 kr.", "40 mio. kr. årligt
 * i 2027 og frem"), read from its text, kept on the item for its page and for the search's
 * "beløb over" filter. Pure.
 *
 * - Only an open item's text is read: a closed item mentions nothing (its text is never public).
 * - The same amount written the same way twice in an item is listed once (the first place).
 * - The largest amount is the item's key for "beløb over 1 mio. kr.": a yearly amount counts as
 *   written (one year's), never multiplied by years the text may not bound.
 * - `AMOUNT_READER_VERSION` names the reading rules: items stored before it are read again in the
 *   background (`protokol serve`, recorded in `amount_reads`), as the personal-number scan does.
 */
import { type AmountPeriod, findAmounts } from './money.js';

/** Raised when the rules of reading change, so stored items are read again. */
export const AMOUNT_READER_VERSION = 1;

/** An amount as stored on the item (JSON: øre as a string of digits, since JSON has no bigint). */
export interface ItemAmount {
  /** Øre, as a decimal string ("250000000"). */
  ore: string;
  /** As the text wrote it ("2,5 mio. kr."). */
  text: string;
  period: AmountPeriod | null;
}

/** At most this many amounts per item are kept (a budget annex can mention hundreds). */
export const MAX_AMOUNTS_PER_ITEM = 50;

/** The amounts in an item's texts, in order of first mention, each once. */
export function amountsInTexts(texts: readonly string[]): ItemAmount[] {
  const seen = new Set<string>();
  const amounts: ItemAmount[] = [];
  for (const text of texts) {
    for (const found of findAmounts(text)) {
      const key = `${found.ore}|${found.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      amounts.push({ ore: found.ore.toString(), text: found.text, period: found.period });
      if (amounts.length === MAX_AMOUNTS_PER_ITEM) return amounts;
    }
  }
  return amounts;
}

/** What an item stores: its amounts and the largest of them (null when it mentions none), or nothing when closed. */
export function itemAmounts(item: {
  closed: boolean;
  sections: readonly { text: string }[];
  decision: { text: string } | null;
}): { amounts: ItemAmount[]; maxOre: bigint | null } {
  if (item.closed) return { amounts: [], maxOre: null };
  const amounts = amountsInTexts([...item.sections.map((s) => s.text), item.decision?.text ?? '']);
  return { amounts, maxOre: largest(amounts) };
}

/** The largest amount (null for none). */
export function largest(amounts: readonly ItemAmount[]): bigint | null {
  let max: bigint | null = null;
  for (const amount of amounts) {
    const ore = BigInt(amount.ore);
    if (max === null || ore > max) max = ore;
  }
  return max;
}
