/**
 * A date as a person types it into a form: ISO "2026-03-23", or the Danish order "23.03.2026"
 * (also "23.3.2026", and with "-", "/" or "," between the parts: a phone's number pad may offer
 * only the comma). Pure: the calendar date "YYYY-MM-DD", or why it cannot be one.
 */
import { isoDate } from './danish-dates.js';

export type DateInput = { ok: true; date: string } | { ok: false; reason: 'format' | 'impossible' };

const ISO = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/;
const DANISH = /^(?<day>\d{1,2})\s*[.\-/,]\s*(?<month>\d{1,2})\s*[.\-/,]\s*(?<year>\d{4})$/;

/** "23.3.2026" → 2026-03-23; "31.02.2026" is impossible; "2026/23/3" is not a date's form. */
export function parseDateInput(text: string): DateInput {
  const groups = (ISO.exec(text.trim()) ?? DANISH.exec(text.trim()))?.groups;
  if (!groups) return { ok: false, reason: 'format' };
  const date = isoDate(Number(groups.year), Number(groups.month), Number(groups.day));
  return date ? { ok: true, date } : { ok: false, reason: 'impossible' };
}
