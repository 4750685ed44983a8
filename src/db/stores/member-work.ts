/**
 * The store of the members' daily work: a body's rules of procedure, rounds of draft minutes with
 * each member's answer and comments, members' requests for an item, and private notes. Loads and
 * saves; the rules are the use cases' (src/use-cases/member-work/).
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { DEFAULT_PROCEDURE_RULES, type ProcedureRules } from '../../domain/procedure-rules.js';
import type { DbOrTx, Tx } from '../client.js';
import {
  itemNotes,
  itemRequests,
  meetings,
  minutesComments,
  minutesRoundMembers,
  minutesRounds,
  procedureRules,
  userRoles,
  users,
} from '../schema/index.js';

// Rules of procedure

export async function findProcedureRules(db: DbOrTx, bodyId: number): Promise<ProcedureRules> {
  const [row] = await db.select().from(procedureRules).where(eq(procedureRules.bodyId, bodyId));
  if (!row) return DEFAULT_PROCEDURE_RULES;
  return {
    minutesApproval: row.minutesApproval,
    approvalWorkingDays: row.approvalWorkingDays,
    silenceIsApproval: row.silenceIsApproval,
    itemRequestDaysBefore: row.itemRequestDaysBefore,
  };
}

export async function saveProcedureRules(tx: Tx, bodyId: number, rules: ProcedureRules, now: Date): Promise<void> {
  await tx
    .insert(procedureRules)
    .values({ bodyId, ...rules, updatedAt: now })
    .onConflictDoUpdate({ target: procedureRules.bodyId, set: { ...rules, updatedAt: now } });
}

// Rounds of draft minutes

export type MinutesRoundRow = typeof minutesRounds.$inferSelect;

export async function findLatestRound(db: DbOrTx, meetingId: number): Promise<MinutesRoundRow | null> {
  const [row] = await db
    .select()
    .from(minutesRounds)
    .where(eq(minutesRounds.meetingId, meetingId))
    .orderBy(desc(minutesRounds.number))
    .limit(1);
  return row ?? null;
}

export async function lockRound(tx: Tx, roundId: number): Promise<MinutesRoundRow | null> {
  const [row] = await tx.select().from(minutesRounds).where(eq(minutesRounds.id, roundId)).for('update');
  return row ?? null;
}

export async function insertRound(
  tx: Tx,
  values: Omit<MinutesRoundRow, 'id' | 'followUpId' | 'publishedVersion'>,
  members: readonly { userId: number; name: string }[],
): Promise<number> {
  const [row] = await tx.insert(minutesRounds).values(values).returning({ id: minutesRounds.id });
  if (members.length > 0) {
    await tx.insert(minutesRoundMembers).values(members.map((member) => ({ roundId: row.id, ...member })));
  }
  return row.id;
}

export async function setRoundFields(
  tx: Tx,
  roundId: number,
  fields: Partial<Pick<MinutesRoundRow, 'followUpId' | 'publishedVersion'>>,
): Promise<void> {
  await tx.update(minutesRounds).set(fields).where(eq(minutesRounds.id, roundId));
}

export interface RoundMember {
  userId: number;
  name: string;
  approvedAt: Date | null;
  answeredAt: Date | null;
}

export async function listRoundMembers(db: DbOrTx, roundId: number): Promise<RoundMember[]> {
  return db
    .select({
      userId: minutesRoundMembers.userId,
      name: minutesRoundMembers.name,
      approvedAt: minutesRoundMembers.approvedAt,
      answeredAt: minutesRoundMembers.answeredAt,
    })
    .from(minutesRoundMembers)
    .where(eq(minutesRoundMembers.roundId, roundId))
    .orderBy(asc(minutesRoundMembers.name), asc(minutesRoundMembers.userId));
}

/** Records a member's answer: comments per item, and the approval when given (an approval stays). */
export async function saveRoundAnswer(
  tx: Tx,
  input: {
    roundId: number;
    userId: number;
    approve: boolean;
    comments: readonly { itemNumber: number; text: string }[];
    now: Date;
  },
): Promise<void> {
  if (input.comments.length > 0) {
    await tx.insert(minutesComments).values(
      input.comments.map((comment) => ({
        roundId: input.roundId,
        userId: input.userId,
        ...comment,
        createdAt: input.now,
      })),
    );
  }
  await tx
    .update(minutesRoundMembers)
    .set({
      answeredAt: input.now,
      ...(input.approve
        ? { approvedAt: sql`coalesce(${minutesRoundMembers.approvedAt}, ${input.now.toISOString()}::timestamptz)` }
        : {}),
    })
    .where(and(eq(minutesRoundMembers.roundId, input.roundId), eq(minutesRoundMembers.userId, input.userId)));
}

export interface RoundComment {
  userId: number;
  name: string;
  itemNumber: number;
  text: string;
  createdAt: Date;
}

export async function listRoundComments(db: DbOrTx, roundId: number): Promise<RoundComment[]> {
  return db
    .select({
      userId: minutesComments.userId,
      name: minutesRoundMembers.name,
      itemNumber: minutesComments.itemNumber,
      text: minutesComments.text,
      createdAt: minutesComments.createdAt,
    })
    .from(minutesComments)
    .innerJoin(
      minutesRoundMembers,
      and(
        eq(minutesRoundMembers.roundId, minutesComments.roundId),
        eq(minutesRoundMembers.userId, minutesComments.userId),
      ),
    )
    .where(eq(minutesComments.roundId, roundId))
    .orderBy(asc(minutesComments.itemNumber), asc(minutesComments.id));
}

/** Rounds under the within-N-days rule whose period ended before `today`, unpublished and not yet followed up. */
export async function listEndedRoundsWithoutFollowUp(
  db: DbOrTx,
  today: string,
): Promise<(MinutesRoundRow & { bodyId: number; heldOn: string })[]> {
  const rows = await db
    .select({ round: minutesRounds, bodyId: meetings.bodyId, heldOn: meetings.heldOn })
    .from(minutesRounds)
    .innerJoin(meetings, eq(meetings.id, minutesRounds.meetingId))
    .where(
      and(
        eq(minutesRounds.minutesApproval, 'members_within_days'),
        lt(minutesRounds.dueOn, today),
        isNull(minutesRounds.followUpId),
        isNull(minutesRounds.publishedVersion),
        sql`${meetings.status} <> 'minutes_published'`,
        // Only the meeting's latest round is followed up.
        sql`${minutesRounds.number} = (select max(r.number) from minutes_rounds r where r.meeting_id = ${minutesRounds.meetingId})`,
      ),
    );
  return rows.map((row) => ({ ...row.round, bodyId: row.bodyId, heldOn: row.heldOn }));
}

// Requests for an item

export type ItemRequestRow = typeof itemRequests.$inferSelect;

export async function insertItemRequest(
  tx: Tx,
  values: Omit<
    ItemRequestRow,
    'id' | 'state' | 'decidedAt' | 'decidedByUserId' | 'declineReason' | 'draftItemId' | 'createdAt' | 'updatedAt'
  >,
): Promise<number> {
  const [row] = await tx
    .insert(itemRequests)
    .values({ ...values, createdAt: values.receivedAt, updatedAt: values.receivedAt })
    .returning({ id: itemRequests.id });
  return row.id;
}

export async function lockItemRequest(tx: Tx, requestId: number): Promise<ItemRequestRow | null> {
  const [row] = await tx.select().from(itemRequests).where(eq(itemRequests.id, requestId)).for('update');
  return row ?? null;
}

export async function findItemRequest(db: DbOrTx, requestId: number): Promise<ItemRequestRow | null> {
  const [row] = await db.select().from(itemRequests).where(eq(itemRequests.id, requestId));
  return row ?? null;
}

export async function updateItemRequest(
  tx: Tx,
  requestId: number,
  fields: Partial<
    Pick<ItemRequestRow, 'state' | 'decidedAt' | 'decidedByUserId' | 'declineReason' | 'draftItemId' | 'updatedAt'>
  >,
): Promise<void> {
  await tx.update(itemRequests).set(fields).where(eq(itemRequests.id, requestId));
}

/**
 * The body's coming meetings made in Protokol that can still take an item (planned or with the
 * agenda published, not cancelled), from `fromDate` on, by date.
 */
export async function listComingMeetings(
  db: DbOrTx,
  bodyId: number,
  fromDate: string,
): Promise<{ id: number; heldOn: string; startTime: string | null }[]> {
  return db
    .select({ id: meetings.id, heldOn: meetings.heldOn, startTime: meetings.startTime })
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        gte(meetings.heldOn, fromDate),
        inArray(meetings.status, ['planned', 'agenda_published']),
        isNull(meetings.identityKey),
      ),
    )
    .orderBy(asc(meetings.heldOn), asc(meetings.id));
}

// Private notes

/** Saves the note (an empty text removes it). */
export async function saveItemNote(
  tx: Tx,
  key: { userId: number; meetingId: number; itemNumber: number },
  text: string,
  now: Date,
): Promise<void> {
  if (text === '') {
    await tx
      .delete(itemNotes)
      .where(
        and(
          eq(itemNotes.userId, key.userId),
          eq(itemNotes.meetingId, key.meetingId),
          eq(itemNotes.itemNumber, key.itemNumber),
        ),
      );
    return;
  }
  await tx
    .insert(itemNotes)
    .values({ ...key, text, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [itemNotes.userId, itemNotes.meetingId, itemNotes.itemNumber],
      set: { text, updatedAt: now },
    });
}

/** The body's members (role member, account not disabled) by name: whom draft minutes are sent to. */
export async function listBodyMembers(db: DbOrTx, bodyId: number): Promise<{ userId: number; name: string }[]> {
  return db
    .select({ userId: users.id, name: users.name })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.bodyId, bodyId), eq(userRoles.role, 'member'), isNull(users.disabledAt)))
    .orderBy(asc(users.name), asc(users.id));
}

/** A user's display name (for rounds and requests). */
export async function findUserName(db: DbOrTx, userId: number): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
