/**
 * The hearings' e-mails (invitations, reminders, receipts): the next one claimed with its row locked
 * (SKIP LOCKED, so two servers never send the same), marked sent, or its failed try recorded. Used by
 * src/use-cases/hearings/deliver-hearing-mails.ts.
 */
import { and, asc, eq, gte, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.js';
import { bodies, hearingConsultees, hearingResponses, hearings } from '../schema/index.js';

export interface ConsulteeMail {
  consulteeId: number;
  name: string;
  email: string;
  hearingId: number;
  title: string;
  deadlineOn: string;
  bodyName: string;
  /** Failed tries of this e-mail so far. */
  attempts: number;
}

const consulteeMailColumns = {
  consulteeId: hearingConsultees.id,
  name: hearingConsultees.name,
  email: sql<string>`${hearingConsultees.email}`,
  hearingId: hearings.id,
  title: hearings.title,
  deadlineOn: hearings.deadlineOn,
  bodyName: bodies.name,
  attempts: hearingConsultees.mailAttempts,
};

/**
 * One consultee to invite (started, not past its deadline, with an address, not invited yet) or to
 * remind (invited, not reminded, the reminder day reached), locked until the transaction ends;
 * others' locked rows are passed over, as are those waiting after a failure or given up. Null: none.
 */
export async function claimConsulteeMail(
  tx: Tx,
  input: { kind: 'invitation' | 'reminder'; today: string; now: Date; remindFrom: (deadlineOn: string) => string },
): Promise<ConsulteeMail | null> {
  const base = and(
    isNotNull(hearingConsultees.email),
    isNull(hearingConsultees.mailFailedAt),
    or(isNull(hearingConsultees.mailRetryAt), lte(hearingConsultees.mailRetryAt, input.now)),
    lte(hearings.startsOn, input.today),
    gte(hearings.deadlineOn, input.today),
    isNull(hearings.memoPublishedAt),
  );
  const rows = await tx
    .select(consulteeMailColumns)
    .from(hearingConsultees)
    .innerJoin(hearings, eq(hearings.id, hearingConsultees.hearingId))
    .innerJoin(bodies, eq(bodies.id, hearings.bodyId))
    .where(
      input.kind === 'invitation'
        ? and(base, isNull(hearingConsultees.invitedAt))
        : and(base, isNotNull(hearingConsultees.invitedAt), isNull(hearingConsultees.remindedAt)),
    )
    .orderBy(asc(hearings.deadlineOn), asc(hearingConsultees.id))
    .limit(50)
    .for('update', { of: hearingConsultees, skipLocked: true });
  // The reminder day depends on working days (domain): the first row whose day has come.
  const due =
    input.kind === 'invitation' ? rows[0] : rows.find((row) => input.remindFrom(row.deadlineOn) <= input.today);
  return due ?? null;
}

export async function markConsulteeMailed(
  tx: DbOrTx,
  consulteeId: number,
  kind: 'invitation' | 'reminder',
  at: Date,
): Promise<void> {
  await tx
    .update(hearingConsultees)
    .set({ ...(kind === 'invitation' ? { invitedAt: at } : { remindedAt: at }), mailAttempts: 0, mailRetryAt: null })
    .where(eq(hearingConsultees.id, consulteeId));
}

/**
 * A failed try: counted, and the next one waits until `retryAt`; `giveUp` marks the e-mail failed
 * (the secretariat sees it; it is never tried again).
 */
export async function recordConsulteeMailFailure(
  db: DbOrTx,
  consulteeId: number,
  failure: { attempts: number; retryAt: Date; giveUp: boolean; at: Date },
): Promise<void> {
  await db
    .update(hearingConsultees)
    .set({
      mailAttempts: failure.attempts,
      mailRetryAt: failure.retryAt,
      mailFailedAt: failure.giveUp ? failure.at : null,
    })
    .where(eq(hearingConsultees.id, consulteeId));
}

export interface ReceiptMail {
  responseId: number;
  email: string;
  name: string;
  hearingId: number;
  title: string;
  deadlineOn: string;
  bodyName: string;
  receivedAt: Date;
  /** Failed tries so far. */
  attempts: number;
}

/** One response whose receipt is still to be sent (and not waiting after a failure), locked; null: none. */
export async function claimReceipt(tx: Tx, now: Date): Promise<ReceiptMail | null> {
  const [row] = await tx
    .select({
      responseId: hearingResponses.id,
      email: sql<string>`${hearingResponses.receiptEmail}`,
      name: hearingResponses.name,
      hearingId: hearings.id,
      title: hearings.title,
      deadlineOn: hearings.deadlineOn,
      bodyName: bodies.name,
      receivedAt: hearingResponses.receivedAt,
      attempts: hearingResponses.receiptAttempts,
    })
    .from(hearingResponses)
    .innerJoin(hearings, eq(hearings.id, hearingResponses.hearingId))
    .innerJoin(bodies, eq(bodies.id, hearings.bodyId))
    .where(
      and(
        isNotNull(hearingResponses.receiptEmail),
        or(isNull(hearingResponses.receiptRetryAt), lte(hearingResponses.receiptRetryAt, now)),
      ),
    )
    .orderBy(asc(hearingResponses.id))
    .limit(1)
    .for('update', { of: hearingResponses, skipLocked: true });
  return row ?? null;
}

/** A failed try of a receipt; `giveUp` clears the address (it is kept for nothing else). */
export async function recordReceiptFailure(
  db: DbOrTx,
  responseId: number,
  failure: { attempts: number; retryAt: Date; giveUp: boolean },
): Promise<void> {
  await db
    .update(hearingResponses)
    .set({
      receiptAttempts: failure.attempts,
      receiptRetryAt: failure.retryAt,
      ...(failure.giveUp ? { receiptEmail: null } : {}),
    })
    .where(eq(hearingResponses.id, responseId));
}

/** The receipt is sent: the address is kept for nothing else. */
export async function clearReceiptEmail(tx: DbOrTx, responseId: number): Promise<void> {
  await tx.update(hearingResponses).set({ receiptEmail: null }).where(eq(hearingResponses.id, responseId));
}
