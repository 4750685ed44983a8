/**
 * What a subscriber's message tells, read when it is sent (so an item closed since it was queued is
 * not named): a meeting with its open items — never a closed item, not even its number or title —
 * and a published answer's question title (only while the answer is public).
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, selectRows } from '../client.js';

export interface MeetingNotice {
  meetingId: number;
  bodyName: string;
  heldOn: string;
  startTime: string | null;
  items: { id: number; number: number; title: string }[];
}

/** The meeting and its open items (those of `itemIds`, or all); null when the meeting is gone. */
export async function loadMeetingNotice(
  db: DbOrTx,
  { meetingId, itemIds }: { meetingId: number; itemIds: readonly number[] | null },
): Promise<MeetingNotice | null> {
  const [meeting] = await selectRows<Omit<MeetingNotice, 'items'>>(
    db,
    sql`select m.id as "meetingId", b.name as "bodyName", m.held_on::text as "heldOn", m.start_time as "startTime"
    from meetings m join bodies b on b.id = m.body_id where m.id = ${meetingId}`,
  );
  if (!meeting) return null;
  const items = await selectRows<MeetingNotice['items'][number]>(
    db,
    sql`select id, number, title from agenda_items
    where meeting_id = ${meetingId} and not is_closed
      ${itemIds ? sql`and id in (select jsonb_array_elements_text(${JSON.stringify(itemIds)}::jsonb)::int)` : sql``}
    order by position`,
  );
  return { ...meeting, items };
}

export interface AnswerNotice {
  questionId: number;
  title: string;
  bodyName: string;
  bodySlug: string;
  answeredOn: string;
}

/** An answered question whose answer is public (its body publishes answers); null otherwise. */
export async function loadAnswerNotice(db: DbOrTx, questionId: number): Promise<AnswerNotice | null> {
  const [row] = await selectRows<AnswerNotice>(
    db,
    sql`select q.id as "questionId", q.title, b.name as "bodyName", b.slug as "bodySlug", q.answered_on::text as "answeredOn"
    from questions q join bodies b on b.id = q.body_id
    join question_scheme_settings qs on qs.body_id = q.body_id and qs.publishes_answers
    where q.id = ${questionId} and q.state = 'answered' and q.is_answer_public`,
  );
  return row ?? null;
}
