/**
 * The subscribers' outbox: an event (a meeting's agenda or minutes published, an answer published)
 * matched against the confirmed subscriptions and queued, one row per subscription and event (the
 * dedupe key: queueing the same event again inserts nothing); the rows claimed for sending (SKIP
 * LOCKED, with a lease) and their outcome recorded. Only open items are ever read here: a closed
 * item neither names nor matches anything.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { itemsMatchingSearch, type SavedSearch, type SubscriptionEvent } from '../../domain/subscriptions.js';
import { type DbOrTx, selectRows, type Tx } from '../client.js';
import { subscribers, subscriptionMessages, subscriptions } from '../schema/index.js';

interface MeetingFacts {
  /** Whether anyone follows anything (else the event is done after this one statement). */
  hasFollowers: boolean;
  bodyId: number;
  bodySlug: string;
  publisherId: number | null;
  publisherSlug: string | null;
  regionSlugs: string[];
}

interface OpenItem {
  id: number;
  title: string;
  text: string;
  outcome: string | null;
  caseId: number | null;
}

async function meetingFacts(db: DbOrTx, meetingId: number): Promise<MeetingFacts | null> {
  const [row] = await selectRows<MeetingFacts>(
    db,
    sql`select exists (select 1 from subscriptions where confirmed_at is not null) as "hasFollowers",
      b.id as "bodyId", b.slug as "bodySlug", b.publisher_id as "publisherId", o.slug as "publisherSlug",
      array(select r.slug from regions r where r.id = b.region_id or r.id = o.region_id
        or r.id in (select mu.region_id from municipalities mu where mu.code = o.municipality_code)
        or r.id in (select mu.region_from_2027_id from municipalities mu where mu.code = o.municipality_code)
      ) as "regionSlugs"
    from meetings m join bodies b on b.id = m.body_id left join organisations o on o.id = b.publisher_id
    where m.id = ${meetingId}`,
  );
  return row ?? null;
}

async function openItems(db: DbOrTx, meetingId: number): Promise<OpenItem[]> {
  return selectRows<OpenItem>(
    db,
    sql`select id, title, search_text as "text", outcome, case_id as "caseId"
    from agenda_items where meeting_id = ${meetingId} and not is_closed order by position`,
  );
}

export interface QueuedEvent {
  /** Rows written (an event queued before writes none). */
  queued: number;
}

/**
 * Queues a meeting's event for every confirmed subscription it matches: its body, its publisher,
 * the cases of its open items (naming those items), and the saved searches that find one of its
 * open items (naming them). Daily subscriptions' rows wait for `digestAt`.
 */
export async function queueMeetingEvent(
  db: DbOrTx,
  input: { meetingId: number; event: SubscriptionEvent; now: Date; digestAt: Date },
): Promise<QueuedEvent> {
  const facts = await meetingFacts(db, input.meetingId);
  if (!facts?.hasFollowers) return { queued: 0 };
  const items = await openItems(db, input.meetingId);
  const caseItems: Record<string, number[]> = {};
  for (const item of items) {
    if (item.caseId !== null) caseItems[item.caseId] = [...(caseItems[item.caseId] ?? []), item.id];
  }
  const eventKey = `meeting:${input.meetingId}:${input.event}`;
  const now = input.now.toISOString();
  const digestAt = input.digestAt.toISOString();
  const direct = await selectRows<{ id: number }>(
    db,
    sql`insert into subscription_messages
        (subscription_id, subscriber_id, kind, dedupe_key, meeting_id, item_ids, is_digest, next_attempt_at, created_at)
      select s.id, s.subscriber_id, ${input.event}, s.id || ':' || ${eventKey}, ${input.meetingId},
        case when s.kind = 'case' then ${JSON.stringify(caseItems)}::jsonb -> (s.target_id::text) end,
        s.frequency = 'daily', case when s.frequency = 'daily' then ${digestAt}::timestamptz else ${now}::timestamptz end,
        ${now}::timestamptz
      from subscriptions s
      where s.confirmed_at is not null and (
        (s.kind = 'body' and s.target_id = ${facts.bodyId})
        or (s.kind = 'publisher' and s.target_id = ${facts.publisherId ?? -1})
        or (s.kind = 'case' and s.target_id in
          (select jsonb_array_elements_text(${JSON.stringify(Object.keys(caseItems))}::jsonb)::int)))
      on conflict do nothing
      returning id`,
  );
  const searched = await queueSearchMatches(db, { ...input, facts, items, eventKey });
  return { queued: direct.length + searched };
}

/** The saved searches whose filters fit the meeting, matched against its open items; returns rows written. */
async function queueSearchMatches(
  db: DbOrTx,
  input: { meetingId: number; event: SubscriptionEvent; now: Date; digestAt: Date } & {
    facts: MeetingFacts;
    items: OpenItem[];
    eventKey: string;
  },
): Promise<number> {
  if (input.items.length === 0) return 0;
  const { facts } = input;
  const candidates = await selectRows<{
    id: number;
    subscriberId: number;
    targetKey: string;
    search: SavedSearch;
    frequency: string;
  }>(
    db,
    sql`select s.id, s.subscriber_id as "subscriberId", s.target_key as "targetKey", s.search, s.frequency
    from subscriptions s
    where s.kind = 'search' and s.confirmed_at is not null
      and coalesce(s.search->>'organ', ${facts.bodySlug}) = ${facts.bodySlug}
      and coalesce(s.search->>'udgiver', ${facts.publisherSlug ?? ''}) = ${facts.publisherSlug ?? ''}
      and (s.search->>'region' is null
        or s.search->>'region' in (select jsonb_array_elements_text(${JSON.stringify(facts.regionSlugs)}::jsonb)))`,
  );
  // One match per distinct search, however many follow it.
  const found = new Map<string, number[]>();
  const rows: (typeof subscriptionMessages.$inferInsert)[] = [];
  for (const candidate of candidates) {
    let itemIds = found.get(candidate.targetKey);
    if (!itemIds) {
      itemIds = itemsMatchingSearch(candidate.search, input.items);
      found.set(candidate.targetKey, itemIds);
    }
    if (itemIds.length === 0) continue;
    const isDigest = candidate.frequency === 'daily';
    rows.push({
      subscriptionId: candidate.id,
      subscriberId: candidate.subscriberId,
      kind: input.event,
      dedupeKey: `${candidate.id}:${input.eventKey}`,
      meetingId: input.meetingId,
      itemIds,
      isDigest,
      nextAttemptAt: isDigest ? input.digestAt : input.now,
      createdAt: input.now,
    });
  }
  let written = 0;
  for (let start = 0; start < rows.length; start += 1000) {
    const inserted = await db
      .insert(subscriptionMessages)
      .values(rows.slice(start, start + 1000))
      .onConflictDoNothing()
      .returning({ id: subscriptionMessages.id });
    written += inserted.length;
  }
  return written;
}

/** Queues a published answer for everyone following the body's answers. */
export async function queueAnswerEvent(
  db: DbOrTx,
  input: { questionId: number; bodyId: number; now: Date; digestAt: Date },
): Promise<QueuedEvent> {
  const eventKey = `question:${input.questionId}:answer_published`;
  const rows = await selectRows<{ id: number }>(
    db,
    sql`insert into subscription_messages
        (subscription_id, subscriber_id, kind, dedupe_key, question_id, is_digest, next_attempt_at, created_at)
      select s.id, s.subscriber_id, 'answer_published', s.id || ':' || ${eventKey}, ${input.questionId},
        s.frequency = 'daily',
        case when s.frequency = 'daily' then ${input.digestAt.toISOString()}::timestamptz
          else ${input.now.toISOString()}::timestamptz end,
        ${input.now.toISOString()}::timestamptz
      from subscriptions s
      where s.confirmed_at is not null and s.kind = 'answers' and s.target_id = ${input.bodyId}
      on conflict do nothing
      returning id`,
  );
  return { queued: rows.length };
}

export interface DueMessage {
  id: number;
  kind: string;
  meetingId: number | null;
  questionId: number | null;
  itemIds: number[] | null;
  isDigest: boolean;
  attempts: number;
  subscriberId: number;
  email: string;
  lang: 'da' | 'en';
  manageToken: string;
  label: string;
  link: string;
  confirmToken: string | null;
  unsubscribeToken: string;
}

const dueColumns = {
  id: subscriptionMessages.id,
  kind: subscriptionMessages.kind,
  meetingId: subscriptionMessages.meetingId,
  questionId: subscriptionMessages.questionId,
  itemIds: subscriptionMessages.itemIds,
  isDigest: subscriptionMessages.isDigest,
  attempts: subscriptionMessages.emailAttempts,
  subscriberId: subscriptionMessages.subscriberId,
  email: subscribers.email,
  lang: subscribers.lang,
  manageToken: subscribers.manageToken,
  label: subscriptions.label,
  link: subscriptions.link,
  confirmToken: subscriptions.confirmToken,
  unsubscribeToken: subscriptions.unsubscribeToken,
};

function dueQuery(tx: Tx, now: Date) {
  return tx
    .select(dueColumns)
    .from(subscriptionMessages)
    .innerJoin(subscriptions, eq(subscriptions.id, subscriptionMessages.subscriptionId))
    .innerJoin(subscribers, eq(subscribers.id, subscriptionMessages.subscriberId))
    .$dynamic()
    .where(and(eq(subscriptionMessages.emailState, 'pending'), lte(subscriptionMessages.nextAttemptAt, now)));
}

/**
 * Claims up to `limit` due messages, oldest first, and with a digest row every other due digest
 * row of its subscriber (so a digest is never split): locked (SKIP LOCKED) and their next try moved
 * to `leaseUntil`.
 */
export async function claimDueSubscriptionMessages(
  tx: Tx,
  { now, limit, leaseUntil }: { now: Date; limit: number; leaseUntil: Date },
): Promise<DueMessage[]> {
  const due = await dueQuery(tx, now)
    .orderBy(asc(subscriptionMessages.nextAttemptAt), asc(subscriptionMessages.id))
    .limit(limit)
    .for('update', { of: subscriptionMessages, skipLocked: true });
  const digesters = [...new Set(due.filter((row) => row.isDigest).map((row) => row.subscriberId))];
  const seen = new Set(due.map((row) => row.id));
  if (digesters.length > 0) {
    const rest = await dueQuery(tx, now)
      .where(
        and(
          eq(subscriptionMessages.emailState, 'pending'),
          lte(subscriptionMessages.nextAttemptAt, now),
          eq(subscriptionMessages.isDigest, true),
          inArray(subscriptionMessages.subscriberId, digesters),
        ),
      )
      .for('update', { of: subscriptionMessages, skipLocked: true });
    for (const row of rest) if (!seen.has(row.id)) due.push(row);
  }
  if (due.length > 0) {
    await tx
      .update(subscriptionMessages)
      .set({ nextAttemptAt: leaseUntil })
      .where(
        inArray(
          subscriptionMessages.id,
          due.map((row) => row.id),
        ),
      );
  }
  return due;
}

/** Records what became of the messages sent (or tried) as one e-mail. */
export async function saveSubscriptionMessageStates(
  db: DbOrTx,
  ids: readonly number[],
  state: {
    emailState: 'pending' | 'sent' | 'failed' | 'skipped';
    emailAttempts?: number;
    sentAt?: Date;
    nextAttemptAt?: Date;
    lastError: string | null;
  },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(subscriptionMessages)
    .set(state)
    .where(inArray(subscriptionMessages.id, [...ids]));
}
