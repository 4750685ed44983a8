/**
 * The server's background loop for notifications: every `intervalMs` it scans the deadlines
 * (scan-deadlines: questions near or past their deadline, follow-ups due) and delivers the pending
 * e-mails (deliver-notifications). One round at a time; the timer is unref'd so it never keeps the
 * process alive, and `stop()` waits for a running round before it resolves. `protokol serve`
 * starts it; `protokol notify deliver|scan` does one round from cron.
 */
import type { AuthConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../log.js';
import { hearingMailComposer } from '../../render/mail/hearing-mail.js';
import { subscriptionComposer } from '../../render/mail/subscription-mail.js';
import { deliverHearingMails } from '../../use-cases/hearings/deliver-hearing-mails.js';
import { type DeliveryReport, deliverNotifications } from '../../use-cases/notifications/deliver-notifications.js';
import type { Mailer } from '../../use-cases/notifications/mailer.js';
import { scanDeadlines } from '../../use-cases/notifications/scan-deadlines.js';
import { deliverSubscriptionMessages } from '../../use-cases/subscriptions/deliver-subscription-messages.js';
import { createLogMailer, createSmtpMailer, mailGoesOut } from '../auth/mailers.js';

export interface NotificationLoopOptions {
  db: Db;
  /** null: no e-mail can be sent (due e-mails are marked skipped). */
  mailer: Mailer | null;
  publicUrl: string;
  logger: Logger;
  intervalMs?: number;
  now?: () => Date;
}

export interface NotificationLoop {
  /** One round now (also what the timer runs). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startNotificationLoop({
  db,
  mailer,
  publicUrl,
  logger,
  intervalMs = 30_000,
  now = () => new Date(),
}: NotificationLoopOptions): NotificationLoop {
  let running: Promise<void> | null = null;
  let stopped = false;

  const round = async () => {
    try {
      const scanned = await scanDeadlines({ db, now: now() });
      if (scanned.questions + scanned.followUps > 0) logger.info('frister: notifikationer oprettet', scanned);
      const report = await deliverEmails({ db, mailer, publicUrl, now: now() });
      if (report.sent + report.retrying + report.failed > 0) logger.info('notifikationer: e-mails', { ...report });
      if (report.retrying + report.failed > 0) logger.warn('notifikationer: e-mails kunne ikke sendes', { ...report });
    } catch (error) {
      logger.error('notifikationer: runden fejlede', { error }); // with its stack and causes
    }
  };

  const runOnce = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped && !running) void runOnce();
  }, intervalMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * One round of e-mail: the notifications' outbox, then the subscribers' (following by e-mail, in
 * their language: render/mail), then the hearings' (invitations, reminders, receipts), through the
 * same mailer. The counts summed.
 */
export async function deliverEmails(input: {
  db: Db;
  mailer: Mailer | null;
  publicUrl: string;
  now?: Date;
}): Promise<DeliveryReport> {
  const notices = await deliverNotifications(input);
  const subscribed = await deliverSubscriptionMessages({ ...input, compose: subscriptionComposer });
  // Hearings' invitations, reminders and receipts (a failed one is tried again next round).
  const hearings = await deliverHearingMails({ ...input, compose: hearingMailComposer });
  return {
    sent: notices.sent + subscribed.sent + hearings.sent,
    retrying: notices.retrying + subscribed.retrying + hearings.failed,
    failed: notices.failed + subscribed.failed,
    skipped: notices.skipped + subscribed.skipped,
  };
}

/**
 * The mailer for notifications from the configuration: SMTP when SMTP_URL is set; in development
 * without it, the log (so a developer sees the messages); in production without it, none (the
 * e-mails are marked skipped; the notifications in the app are there all the same).
 */
export function notificationMailer(
  config: Pick<AuthConfig, 'smtp' | 'environment'>,
  logger: Logger,
): (Mailer & { close?(): void }) | null {
  if (config.smtp) return createSmtpMailer(config.smtp);
  return mailGoesOut(config) ? createLogMailer(logger, 'development') : null;
}

/** The base of links in e-mails: PUBLIC_URL, or the local server when it is not set (development). */
export function notificationBaseUrl(config: Pick<AuthConfig, 'publicUrl'>, port: number): string {
  return config.publicUrl ?? `http://localhost:${port}`;
}
