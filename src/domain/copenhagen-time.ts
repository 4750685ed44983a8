/**
 * Danish wall time ↔ instants, by the EU rules Denmark follows: Central European Time (UTC+1),
 * summer time (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC. Pure arithmetic, no dependency on the process's time zone, so that calendars and
 * API instants come out the same on any machine.
 */

export const COPENHAGEN_TZID = 'Europe/Copenhagen';

/** The day of the month of the last Sunday of a month (month 1–12). */
export function lastSundayOf(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/** True when Denmark keeps summer time at this instant. */
export function isCopenhagenSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const starts = Date.UTC(year, 2, lastSundayOf(year, 3), 1);
  const ends = Date.UTC(year, 9, lastSundayOf(year, 10), 1);
  const t = instant.getTime();
  return t >= starts && t < ends;
}

/** Minutes east of UTC in Copenhagen at this instant: 60 or 120. */
export function copenhagenOffsetMinutes(instant: Date): number {
  return isCopenhagenSummerTime(instant) ? 120 : 60;
}

/**
 * The instant of a Danish wall time ("2026-03-23", "17:30"). A time that does not exist (the
 * hour skipped in March) is read as summer time; a time that occurs twice (the hour repeated in
 * October) as its first occurrence.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const asSummer = new Date(wall - 120 * 60_000);
  if (isCopenhagenSummerTime(asSummer)) return asSummer;
  return new Date(wall - 60 * 60_000);
}

/** "2026-03-23T17:30:00+01:00": the wall time with its offset (RFC 3339), for APIs. */
export function copenhagenDateTime(date: string, time: string): string {
  return formatCopenhagen(copenhagenInstant(date, time));
}

/** An instant as Danish wall time with its offset: "2026-06-15T17:30:00+02:00". */
export function formatCopenhagen(instant: Date): string {
  const offset = copenhagenOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}+0${offset / 60}:00`;
}

/** "HH:MM" (00:00–23:59), as meetings store their start and end; anything else is no time. */
export function isWallTime(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

const COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: COPENHAGEN_TZID,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant's date (YYYY-MM-DD) and time (HH:MM) in Copenhagen, by the time zone database (Intl):
 * for instants read from documents, which may be older than the EU rules above.
 */
export function copenhagenParts(instant: Date): { date: string; time: string } {
  const parts = COPENHAGEN.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}
