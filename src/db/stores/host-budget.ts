/**
 * Each host's request budget (host_request_budgets): one atomic statement per request counts it
 * in the host's current window and day, or grants nothing when either is full. The clock is the
 * database's (clock_timestamp), so every process counts in the same windows; the day is Danish.
 * On PostgreSQL the row lock of INSERT … ON CONFLICT makes concurrent takers wait their turn.
 */
import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, selectRows } from '../client.js';
import { hostRequestBudgets } from '../schema/index.js';

export interface HostBudgetLimits {
  /** Requests per window (a minute by default). */
  perWindow: number;
  windowMs: number;
  /** Requests per day (Danish time). */
  perDay: number;
}

export type HostBudgetAnswer =
  | { granted: true; windowStart: Date }
  /** `retryAt`: when the next window opens; null when the day's budget is spent. */
  | { granted: false; retryAt: Date | null };

export async function takeHostRequest(db: DbOrTx, host: string, limits: HostBudgetLimits): Promise<HostBudgetAnswer> {
  const granted = await selectRows<{ window_start: Date | string }>(
    db,
    sql`
    with t as (
      select to_timestamp(floor(extract(epoch from clock_timestamp()) * 1000 / ${limits.windowMs}) * ${limits.windowMs} / 1000.0) as window_start,
        to_char(clock_timestamp() at time zone 'Europe/Copenhagen', 'YYYY-MM-DD') as day
    )
    insert into ${hostRequestBudgets} as b (host, window_start, window_count, day, day_count)
    select ${host}, t.window_start, 1, t.day, 1 from t
    on conflict (host) do update set
      window_count = case when b.window_start = excluded.window_start then b.window_count + 1 else 1 end,
      window_start = excluded.window_start,
      day_count = case when b.day = excluded.day then b.day_count + 1 else 1 end,
      day = excluded.day
    where (b.window_start <> excluded.window_start or b.window_count < ${limits.perWindow})
      and (b.day <> excluded.day or b.day_count < ${limits.perDay})
    returning b.window_start`,
  );
  if (granted.length > 0) return { granted: true, windowStart: new Date(granted[0].window_start) };
  const [row] = await db
    .select({
      windowStart: hostRequestBudgets.windowStart,
      day: hostRequestBudgets.day,
      dayCount: hostRequestBudgets.dayCount,
      today: sql<string>`to_char(clock_timestamp() at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`,
    })
    .from(hostRequestBudgets)
    .where(eq(hostRequestBudgets.host, host));
  if (row && row.day === row.today && row.dayCount >= limits.perDay) return { granted: false, retryAt: null };
  const windowStart = row ? new Date(row.windowStart).getTime() : Date.now();
  return { granted: false, retryAt: new Date(windowStart + limits.windowMs) };
}
