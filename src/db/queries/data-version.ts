/**
 * A cheap fingerprint of the published data: it changes when a meeting is imported, updated or
 * removed — or when a question, follow-up or meeting-plan entry changes (their public pages) — and
 * with data_version_seq, which every change to a public table advances (migration 0011: bodies
 * and their publishers, persons merged or split, cases …). The committed counts and times keep the
 * fingerprint from moving before a change is visible; the sequence covers what they cannot see.
 */
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../client.js';

export async function dataVersion(db: Db): Promise<string> {
  const [row] = await selectRows<{ version: string }>(
    db,
    sql`
    select concat_ws(':',
      (select count(*) from meetings),
      (select max(updated_at)::text from meetings),
      (select count(*) from bodies),
      (select max(id) from source_files),
      (select count(*) from persons),
      -- Question scheme: published answers, follow-ups on case pages, the meeting plan
      (select max(updated_at)::text from questions),
      (select max(updated_at)::text from question_scheme_settings),
      (select max(updated_at)::text from follow_ups),
      (select max(updated_at)::text from meeting_plan_entries),
      -- Processes on body and item pages: their steps' status and titles
      (select max(updated_at)::text from processes),
      (select max(updated_at)::text from process_steps),
      (select last_value from data_version_seq)) as version`,
  );
  return row?.version ?? '';
}
