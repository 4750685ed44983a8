/**
 * Notifications: what a person can be told about, why they were told, and how a failed e-mail is
 * retried. Pure. Each person chooses per kind whether to get an e-mail and/or a notice in the app;
 * without a choice both are on.
 */

export const NOTIFICATION_KINDS = [
  'agenda_published',
  'minutes_published',
  'question_received',
  'question_answered',
  'question_closed',
  'question_deadline',
  'follow_up_due',
  'minutes_for_approval',
  'item_request',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** "… og har valgt at få besked om {phrase}." */
const KIND_PHRASES: Record<NotificationKind, string> = {
  agenda_published: 'offentliggjorte dagsordener',
  minutes_published: 'offentliggjorte referater',
  question_received: 'nye spørgsmål',
  question_answered: 'besvarede spørgsmål',
  question_closed: 'dine spørgsmål',
  question_deadline: 'frister for spørgsmål',
  follow_up_due: 'opfølgninger, der forfalder',
  minutes_for_approval: 'udkast til referat til godkendelse',
  item_request: 'anmodninger om punkter',
};

/** Why a person is a recipient: their place in the body, or that they asked the question. */
export type RecipientRelation = 'member' | 'secretariat' | 'asker';

export interface NotificationChannels {
  email: boolean;
  inApp: boolean;
}

export const DEFAULT_CHANNELS: NotificationChannels = { email: true, inApp: true };

/**
 * "Du får denne besked, fordi du er medlem af Sundhedsråd Fjordby og har valgt at få besked om
 * besvarede spørgsmål." Shown under every notification and at the foot of every e-mail.
 */
export function notificationReason(input: {
  kind: NotificationKind;
  relation: RecipientRelation;
  bodyName: string;
}): string {
  const who =
    input.relation === 'member'
      ? `er medlem af ${input.bodyName}`
      : input.relation === 'secretariat'
        ? `er i sekretariatet for ${input.bodyName}`
        : `har stillet spørgsmålet i ${input.bodyName}`;
  return `Du får denne besked, fordi du ${who} og har valgt at få besked om ${KIND_PHRASES[input.kind]}.`;
}

/** Tries per e-mail before it is marked failed (the notification itself is kept, in the app too). */
export const MAX_EMAIL_ATTEMPTS = 10;

/** The wait after the n-th failed try (n ≥ 1): 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, failedAttempts - 1), 360);
  return minutes * 60_000;
}

/** The text that stands in an e-mail instead of an answer's confidential parts. */
export const CONFIDENTIAL_PARTS_NOTICE = 'Svaret har fortrolige dele, som du kan læse i Protokol.';
