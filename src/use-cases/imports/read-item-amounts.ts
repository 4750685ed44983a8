/**
 * readItemAmounts: the amounts of money every stored item mentions, read again with the current
 * rules (domain/item-amounts.ts) — for the archive stored before the rules existed, or before
 * their current version. New items are read as they are stored (meeting-items.ts); this reads the
 * rest, a batch of items per transaction in id order, writing only the items whose amounts change
 * (each is then a change in the change feed, as its API record changed). A run cut short is
 * finished by the next (what was written stays written). When every item has been read, the
 * version is recorded and `protokol serve` does not start it again.
 *
 * Who may call it: `protokol serve` (in the background, once per version of the rules).
 */
import type { Db } from '../../db/client.js';
import { amountsReadBy, itemTextsAfter, recordAmountRead, writeItemAmounts } from '../../db/stores/item-amounts.js';
import { AMOUNT_READER_VERSION, itemAmounts } from '../../domain/item-amounts.js';

/** Items read per transaction. */
const BATCH = 500;

/** Whether the current rules have read every stored item. */
export function archiveAmountsRead(db: Db): Promise<boolean> {
  return amountsReadBy(db, AMOUNT_READER_VERSION);
}

/** Reads every stored item; returns how many items' amounts were written. */
export async function readItemAmounts(db: Db, options: { batch?: number } = {}): Promise<{ items: number }> {
  const batch = options.batch ?? BATCH;
  let afterId = 0;
  let written = 0;
  for (;;) {
    const items = await itemTextsAfter(db, afterId, batch);
    if (items.length === 0) break;
    written += await db.transaction((tx) =>
      writeItemAmounts(
        tx,
        items.map((item) => ({ id: item.id, ...itemAmounts(item) })),
      ),
    );
    afterId = items[items.length - 1].id;
  }
  await recordAmountRead(db, AMOUNT_READER_VERSION, written);
  return { items: written };
}
