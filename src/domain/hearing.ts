/**
 * Hearings (høringer): a document sent to consultees with a deadline, the responses that come
 * back, and the hearing memo (høringsnotat) that answers each.
 */
import { addDays } from './danish-dates.js';
import { isWorkingDay } from './holidays.js';

/** How a response came in: through the public hearing page, or registered by the secretariat. */
export const RESPONSE_CHANNELS = ['portal', 'secretariat'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

/** A response is published only after the secretariat has checked it; it may be withheld with a reason. */
export const RESPONSE_STATES = ['received', 'published', 'withheld'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/** Where a hearing stands on a day (Danish calendar dates): before its start, open (the deadline day included), closed. */
export type HearingPhase = 'upcoming' | 'open' | 'closed';

export function hearingPhase(input: { startsOn: string; deadlineOn: string; today: string }): HearingPhase {
  if (input.today < input.startsOn) return 'upcoming';
  return input.today <= input.deadlineOn ? 'open' : 'closed';
}

/** Consultees are reminded this many working days before the deadline. */
export const HEARING_REMINDER_WORKING_DAYS = 5;

/** The day `workingDays` working days before the deadline (weekends and Danish holidays skipped). */
export function reminderOn(deadlineOn: string, workingDays = HEARING_REMINDER_WORKING_DAYS): string {
  let day = deadlineOn;
  let left = workingDays;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** A response's attached file: a PDF of at most 10 MB. */
export const RESPONSE_FILE_MAX_BYTES = 10 * 1024 * 1024;

export type ResponseFileProblem = 'empty' | 'too_large' | 'not_pdf';

/** Whether the bytes are a PDF by their content ("%PDF-" at the start), not only by their name. */
export function checkResponseFile(bytes: Uint8Array): ResponseFileProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > RESPONSE_FILE_MAX_BYTES) return 'too_large';
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  return head === '%PDF-' ? null : 'not_pdf';
}

/** Responses through the public page: at most this many per client per hour. */
export const RESPONSE_RATE_LIMIT = { perClient: 5, windowMs: 60 * 60_000 } as const;

export const HEARING_LIMITS = {
  titleMax: 300,
  descriptionMax: 10_000,
  consulteesMax: 200,
  nameMax: 200,
  organisationMax: 300,
  responseTextMax: 50_000,
  reasonMax: 1_000,
  memoMax: 50_000,
} as const;

/**
 * What the public may see of a response: nothing before the secretariat has checked it; a
 * published one whole (never the receipt address); a withheld one only who sent it (name and
 * organisation) and why it is withheld.
 */
export type PublicResponse<R extends { name: string; organisation: string | null }> =
  | { kind: 'published'; response: R }
  | { kind: 'withheld'; name: string; organisation: string | null; reason: string };

export function publicResponse<
  R extends { name: string; organisation: string | null; state: ResponseState; withheldReason: string | null },
>(response: R): PublicResponse<R> | null {
  if (response.state === 'published') return { kind: 'published', response };
  if (response.state === 'withheld')
    return {
      kind: 'withheld',
      name: response.name,
      organisation: response.organisation,
      reason: response.withheldReason ?? '',
    };
  return null;
}

/** The e-mails of a hearing: the invitation and the reminder to a consultee, the receipt to whoever answered. */
export type HearingMailKind = 'invitation' | 'reminder' | 'receipt';

export interface HearingMailInput {
  kind: HearingMailKind;
  /** The consultee's or the answering person's name. */
  name: string;
  title: string;
  bodyName: string;
  deadlineOn: string;
  /** The hearing's public page (absolute). */
  hearingUrl: string;
}

/** Made in the render layer (render/mail/hearing-mail.ts) and handed to the delivery by the web layer. */
export type HearingMailComposer = (input: HearingMailInput) => { subject: string; text: string; html: string };
