/**
 * deliverNotifications: sends the e-mails of the outbox — notifications whose e-mail is pending and
 * due — through the Mailer. A sent e-mail is marked sent; a failure counts the try, keeps the error
 * and schedules the next try with a growing wait (1, 2, 4 … minutes, at most 6 hours); after
 * MAX_EMAIL_ATTEMPTS tries it is marked failed. Nothing is ever deleted, and the notification in
 * the app is there whatever happens to the e-mail.
 *
 * Rows are claimed before sending (their next try moved a lease ahead, with SKIP LOCKED), so two
 * servers never send the same batch; a process that dies mid-send leaves rows that are tried again
 * when the lease runs out (an e-mail may then go twice, never not at all).
 *
 * Without a mailer (no SMTP configured in production) due e-mails are marked skipped.
 *
 * Who may call it: the server's background loop and `protokol notify deliver`. Returns the counts.
 */
import type { Db } from '../../db/client.js';
import { claimDueEmails, saveEmailState } from '../../db/stores/notifications.js';
import { attemptEmail } from './attempt-email.js';
import type { Mailer } from './mailer.js';

export interface DeliverNotificationsInput {
  db: Db;
  /** null: no way to send e-mail; due e-mails are marked skipped. */
  mailer: Mailer | null;
  /** The portal's address for links ("https://protokol.example.dk"). */
  publicUrl: string;
  now?: Date;
  /** At most this many e-mails per call. */
  batchSize?: number;
}

export interface DeliveryReport {
  sent: number;
  /** Failed this time, to be tried again. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
  skipped: number;
}

/** How long a claimed row is left alone by other senders. */
const LEASE_MS = 5 * 60_000;

export async function deliverNotifications(input: DeliverNotificationsInput): Promise<DeliveryReport> {
  const now = input.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const claimed = await input.db.transaction((tx) =>
    claimDueEmails(tx, { now, limit: input.batchSize ?? 50, leaseUntil: new Date(now.getTime() + LEASE_MS) }),
  );

  const base = input.publicUrl.replace(/\/+$/, '');
  for (const row of claimed) {
    if (!input.mailer || row.isDisabled) {
      await saveEmailState(input.db, row.id, {
        emailState: 'skipped',
        lastError: row.isDisabled ? 'kontoen er deaktiveret' : 'e-mail er ikke sat op',
      });
      report.skipped++;
      continue;
    }
    const { mailer } = input;
    const attempts = row.attempts + 1;
    await attemptEmail({
      send: () => mailer.send(row.email, row.subject, emailText({ ...row, base })),
      attempts,
      now,
      save: (state) => saveEmailState(input.db, row.id, state),
      report,
    });
  }
  return report;
}

/** The e-mail: the notification's text, the link, why it came and where to choose. */
export function emailText(input: {
  name: string;
  bodyText: string;
  link: string;
  reason: string;
  base: string;
}): string {
  return [
    `Kære ${input.name}`,
    '',
    input.bodyText,
    '',
    `Læs mere i Protokol: ${input.base}${input.link}`,
    '',
    '--',
    input.reason,
    `Vælg, hvad du vil have besked om: ${input.base}/indstillinger/notifikationer`,
  ].join('\n');
}
