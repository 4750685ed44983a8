/**
 * One try at sending an e-mail and what it leads to, the same for notifications and subscribers'
 * messages: sent, or tried again later (1, 2, 4 … minutes) until MAX_EMAIL_ATTEMPTS, then failed.
 * The caller's `save` writes the state to its own rows; the report counts the outcome.
 */
import { MAX_EMAIL_ATTEMPTS, retryDelayMs } from '../../domain/notifications.js';

export interface EmailState {
  emailState: 'pending' | 'sent' | 'failed';
  emailAttempts: number;
  sentAt?: Date;
  nextAttemptAt?: Date;
  lastError: string | null;
}

export async function attemptEmail(input: {
  send: () => Promise<unknown>;
  /** This try's number (1 for the first). */
  attempts: number;
  now: Date;
  save: (state: EmailState) => Promise<void>;
  report: { sent: number; retrying: number; failed: number };
}): Promise<void> {
  const { attempts, now, save, report } = input;
  try {
    await input.send();
    await save({ emailState: 'sent', emailAttempts: attempts, sentAt: now, lastError: null });
    report.sent++;
  } catch (error) {
    const isLast = attempts >= MAX_EMAIL_ATTEMPTS;
    await save({
      emailState: isLast ? 'failed' : 'pending',
      emailAttempts: attempts,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
    });
    if (isLast) report.failed++;
    else report.retrying++;
  }
}
