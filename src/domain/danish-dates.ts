/**
 * Danish date and time formats, both ways: reading what minutes print ("Mandag d. 23. marts 2026
 * kl. 17:30", "23-03-2026", "04.12.2012") and writing what Danes read ("mandag d. 23. marts 2026
 * kl. 17.30"). Calendar dates are plain "YYYY-MM-DD" strings: a meeting's date has no time zone.
 */

export const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as const;

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "YYYY-MM-DD" when the parts make a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[lower] ?? null;
}

const NUMERIC_DATE = /(?<!\d)(?<day>\d{1,2})[-./](?<month>\d{1,2})[-./](?<year>\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)/;
const WORD_DATE = /(?<!\d)(?<day>\d{1,2})\.?\s+(?<month>[A-Za-zæøåÆØÅ]+\.?)\s+(?<year>\d{4})(?!\d)/;

/** The first date written in the text, in any of the forms minutes use; null when none. */
export function findDanishDate(text: string): string | null {
  const word = WORD_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const candidates: { index: number; value: string | null }[] = [];
  if (word?.groups) {
    const month = monthNumber(word.groups.month);
    if (month) candidates.push({ index: word.index, value: isoDate(+word.groups.year, month, +word.groups.day) });
  }
  if (numeric?.groups) {
    candidates.push({
      index: numeric.index,
      value: isoDate(+numeric.groups.year, +numeric.groups.month, +numeric.groups.day),
    });
  }
  if (iso?.groups) {
    candidates.push({ index: iso.index, value: isoDate(+iso.groups.year, +iso.groups.month, +iso.groups.day) });
  }
  const valid = candidates.filter((c) => c.value !== null).sort((a, b) => a.index - b.index);
  return valid[0]?.value ?? null;
}

const TIME = /\b(?:kl\.?\s*)(?<hour>\d{1,2})[.:](?<minute>\d{2})\b/i;
const BARE_TIME = /(?<!\d)(?<hour>\d{1,2})[.:](?<minute>\d{2})(?!\d)/;

/** "HH:MM" from "kl. 17.30", "kl 9:00" (or a bare "14:30" when `bare` is set); null when none. */
export function findTime(text: string, { bare = false } = {}): string | null {
  const match = TIME.exec(text) ?? (bare ? BARE_TIME.exec(text) : null);
  if (!match?.groups) return null;
  const hour = +match.groups.hour;
  const minute = +match.groups.minute;
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

function parseIso(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** The weekday (0 = Sunday) of a "YYYY-MM-DD" date. */
export function weekday(date: string): number {
  const { year, month, day } = parseIso(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** "23. marts 2026" */
export function formatDate(date: string): string {
  const { year, month, day } = parseIso(date);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** "mandag d. 23. marts 2026 kl. 17.30" (the time only when there is one). */
export function formatMeetingDate(date: string, time: string | null = null): string {
  const text = `${WEEKDAYS[weekday(date)]} d. ${formatDate(date)}`;
  return time ? `${text} kl. ${time.replace(':', '.')}` : text;
}

/** Adds days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIso(date);
  const result = new Date(Date.UTC(year, month - 1, day + days));
  return `${result.getUTCFullYear()}-${pad(result.getUTCMonth() + 1)}-${pad(result.getUTCDate())}`;
}
