/**
 * The amounts stored items mention, read again when the reading rules change
 * (use-cases/imports/read-item-amounts.ts): items in id order, a batch at a time, each with the
 * texts the importer reads them from (its sections and decision: meeting-items.ts); an item's
 * amounts written only when they differ, since every update of an item is a change in the change
 * feed; each version's finished reading recorded in `amount_reads`.
 */
import { sql } from 'drizzle-orm';
import type { ItemAmount } from '../../domain/item-amounts.js';
import { type DbOrTx, selectRows, type Tx } from '../client.js';
import { jsonRows } from './meeting-items.js';

export interface StoredItemTexts {
  id: number;
  closed: boolean;
  sections: { text: string }[];
  decision: { text: string } | null;
}

/** The next items after `afterId` (in id order) with their sections' and decision's texts. */
export async function itemTextsAfter(db: DbOrTx, afterId: number, limit: number): Promise<StoredItemTexts[]> {
  return selectRows<StoredItemTexts>(
    db,
    sql`
      select i.id, i.is_closed as closed,
        case when i.is_closed then '[]'::json else coalesce(
          (select json_agg(json_build_object('text', s.text) order by s.position) from sections s where s.item_id = i.id),
          '[]'::json) end as sections,
        case when i.is_closed then null else
          (select json_build_object('text', d.text) from decisions d where d.item_id = i.id) end as decision
      from agenda_items i
      where i.id > ${afterId}
      order by i.id
      limit ${limit}`,
  );
}

/** Writes the items' amounts where they differ from what is stored; returns how many were written. */
export async function writeItemAmounts(
  tx: Tx,
  rows: { id: number; amounts: ItemAmount[]; maxOre: bigint | null }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const json = jsonRows(rows.map((row) => ({ id: row.id, amounts: row.amounts, max: row.maxOre?.toString() ?? null })));
  const written = await selectRows<{ id: number }>(
    tx,
    sql`
      update agenda_items a set amounts = x.amounts, max_amount_ore = x.max
      from json_to_recordset(${json}::json) as x(id int, amounts jsonb, max bigint)
      where a.id = x.id and (a.amounts, a.max_amount_ore) is distinct from (x.amounts, x.max)
      returning a.id`,
  );
  return written.length;
}

/** Whether a version of the reading rules has read every stored item. */
export async function amountsReadBy(db: DbOrTx, version: number): Promise<boolean> {
  const rows = await selectRows(db, sql`select 1 from amount_reads where reader_version = ${version}`);
  return rows.length > 0;
}

export async function recordAmountRead(db: DbOrTx, version: number, items: number): Promise<void> {
  await db.execute(sql`
    insert into amount_reads (reader_version, items) values (${version}, ${items})
    on conflict (reader_version) do update set items = excluded.items, finished_at = now()`);
}
