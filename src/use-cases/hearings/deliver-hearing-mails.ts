/**
 * deliverHearingMails: the hearings' e-mails, one round: the invitation to each consultee with an
 * address once the hearing has started, the reminder HEARING_REMINDER_WORKING_DAYS working days
 * before the deadline, and the receipt to whoever gave an address with their response (the address
 * is cleared once it is sent). Each is sent while its row is locked (SKIP LOCKED) and marked in the
 * same transaction, so two servers never send the same e-mail and a sent one is never sent again; a
 * failed one is rolled back, counted, and tried again after a growing wait (the notifications'
 * retryDelayMs) by a later round (the notifications' loop runs this beside deliverNotifications),
 * while the others go on; after MAX_EMAIL_ATTEMPTS failures an invitation or reminder is marked
 * failed (the secretariat sees it) and a receipt's address is cleared. Without a mailer nothing is
 * sent or marked.
 *
 * Who may call it: the server's background loop and `protokol notify deliver`. Returns the counts.
 */
import type { Db } from '../../db/client.js';
import {
  claimConsulteeMail,
  claimReceipt,
  clearReceiptEmail,
  markConsulteeMailed,
  recordConsulteeMailFailure,
  recordReceiptFailure,
} from '../../db/stores/hearing-mails.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { type HearingMailComposer, type HearingMailInput, reminderOn } from '../../domain/hearing.js';
import { MAX_EMAIL_ATTEMPTS, retryDelayMs } from '../../domain/notifications.js';
import type { Mailer } from '../notifications/mailer.js';

export interface HearingMailReport {
  sent: number;
  failed: number;
}

/** The most e-mails of each kind one round sends. */
const BATCH = 50;

/** A send that failed: the transaction is rolled back, then the failure is recorded. */
class NotSent extends Error {
  constructor(
    readonly attempts: number,
    readonly record: (failure: { attempts: number; retryAt: Date; giveUp: boolean; at: Date }) => Promise<void>,
  ) {
    super('not sent');
  }
}

interface Claimed {
  to: string;
  mail: HearingMailInput;
  attempts: number;
  mark: () => Promise<void>;
  recordFailure: (failure: { attempts: number; retryAt: Date; giveUp: boolean; at: Date }) => Promise<void>;
}

export async function deliverHearingMails(input: {
  db: Db;
  mailer: Mailer | null;
  publicUrl: string;
  compose: HearingMailComposer;
  now?: Date;
}): Promise<HearingMailReport> {
  const report: HearingMailReport = { sent: 0, failed: 0 };
  const { mailer } = input;
  if (!mailer) return report;
  const now = input.now ?? new Date();
  const today = copenhagenDate(now);
  const base = input.publicUrl.replace(/\/+$/, '');
  const hearingUrl = (id: number) => `${base}/hoering/${id}`;

  /**
   * One claim → send → mark, in one transaction; false when there was nothing (more) to send. A
   * failure is recorded after the rollback, and the round goes on with the next e-mail (the failed
   * one now waits), so one bad address holds up no one else.
   */
  const sendOne = async (claim: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<Claimed | null>) => {
    try {
      return await input.db.transaction(async (tx) => {
        const claimed = await claim(tx);
        if (!claimed) return false;
        const composed = input.compose(claimed.mail);
        try {
          await mailer.send(claimed.to, composed.subject, composed.text, { html: composed.html });
        } catch {
          throw new NotSent(claimed.attempts, claimed.recordFailure);
        }
        await claimed.mark();
        report.sent++;
        return true;
      });
    } catch (error) {
      if (!(error instanceof NotSent)) throw error;
      report.failed++;
      const attempts = error.attempts + 1;
      await error.record({
        attempts,
        retryAt: new Date(now.getTime() + retryDelayMs(attempts)),
        giveUp: attempts >= MAX_EMAIL_ATTEMPTS,
        at: now,
      });
      return true;
    }
  };

  for (const kind of ['invitation', 'reminder'] as const) {
    for (let i = 0; i < BATCH; i++) {
      const more = await sendOne(async (tx) => {
        const row = await claimConsulteeMail(tx, {
          kind,
          today,
          now,
          remindFrom: (deadlineOn) => reminderOn(deadlineOn),
        });
        if (!row) return null;
        return {
          to: row.email,
          mail: {
            kind,
            name: row.name,
            title: row.title,
            bodyName: row.bodyName,
            deadlineOn: row.deadlineOn,
            hearingUrl: hearingUrl(row.hearingId),
          },
          attempts: row.attempts,
          mark: () => markConsulteeMailed(tx, row.consulteeId, kind, now),
          recordFailure: (failure) => recordConsulteeMailFailure(input.db, row.consulteeId, failure),
        };
      });
      if (!more) break;
    }
  }
  for (let i = 0; i < BATCH; i++) {
    const more = await sendOne(async (tx) => {
      const row = await claimReceipt(tx, now);
      if (!row) return null;
      return {
        to: row.email,
        mail: {
          kind: 'receipt',
          name: row.name,
          title: row.title,
          bodyName: row.bodyName,
          deadlineOn: row.deadlineOn,
          hearingUrl: hearingUrl(row.hearingId),
        },
        attempts: row.attempts,
        mark: () => clearReceiptEmail(tx, row.responseId),
        recordFailure: (failure) => recordReceiptFailure(input.db, row.responseId, failure),
      };
    });
    if (!more) break;
  }
  return report;
}
