/** A cheap fingerprint of the published data: it changes when a meeting is imported, updated or removed. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';

export async function dataVersion(db: Db): Promise<string> {
  const result = (await db.execute(sql`
    select concat_ws(':',
      (select count(*) from meetings),
      (select max(updated_at)::text from meetings),
      (select count(*) from bodies),
      (select max(id) from source_files),
      (select count(*) from persons)) as version`)) as unknown as { rows: { version: string }[] };
  return result.rows[0]?.version ?? '';
}
