/**
 * Danish public holidays and the days public administrations keep closed, for working-day
 * deadlines. Pure: every date is a plain "YYYY-MM-DD" calendar date, computed from the year.
 */
import { addDays, isoDate, weekday } from './danish-dates.js';

/**
 * `public_holiday`: a helligdag by law. `customary_closed_day`: not a holiday by law, but a day
 * Danish public administrations usually keep closed (grundlovsdag, juleaftensdag, nytårsaftensdag).
 */
export type ClosedDayKind = 'public_holiday' | 'customary_closed_day';

/** A closed day; `name` is lower case as Danish writes it in running text ("2. påskedag"). */
export interface Holiday {
  date: string;
  name: string;
  kind: ClosedDayKind;
}

export interface HolidayOptions {
  /**
   * Also treat grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
   * (31 December) as closed. Default true: that is how public administrations count working days.
   */
  includeCustomaryClosedDays?: boolean;
}

/** The last year in which Store bededag was a public holiday; it was abolished from 2024. */
export const LAST_STORE_BEDEDAG_YEAR = 2023;

/** The names of the Easter holidays, for "påskedagene" in explanations. */
export const EASTER_HOLIDAY_NAMES = ['skærtorsdag', 'langfredag', 'påskedag', '2. påskedag'] as const;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || isoDate(year, 1, 1) === null) {
    throw new RangeError(`Not a supported year: ${year}`);
  }
}

/** Easter Sunday of a year ("YYYY-MM-DD"), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day)!;
}

function computeHolidays(year: number, includeCustomaryClosedDays: boolean): Holiday[] {
  const easter = easterSunday(year);
  const day = (month: number, dayOfMonth: number) => isoDate(year, month, dayOfMonth)!;
  const holiday = (date: string, name: string): Holiday => ({ date, name, kind: 'public_holiday' });
  const closed = (date: string, name: string): Holiday => ({ date, name, kind: 'customary_closed_day' });

  const days: Holiday[] = [
    holiday(day(1, 1), 'nytårsdag'),
    holiday(addDays(easter, -3), 'skærtorsdag'),
    holiday(addDays(easter, -2), 'langfredag'),
    holiday(easter, 'påskedag'),
    holiday(addDays(easter, 1), '2. påskedag'),
    holiday(addDays(easter, 39), 'Kristi himmelfartsdag'),
    holiday(addDays(easter, 49), 'pinsedag'),
    holiday(addDays(easter, 50), '2. pinsedag'),
    holiday(day(12, 25), 'juledag'),
    holiday(day(12, 26), '2. juledag'),
  ];
  // Store bededag: the fourth Friday after Easter, a holiday until the law abolished it from 2024.
  if (year <= LAST_STORE_BEDEDAG_YEAR) days.push(holiday(addDays(easter, 26), 'store bededag'));
  if (includeCustomaryClosedDays) {
    days.push(
      closed(day(6, 5), 'grundlovsdag'),
      closed(day(12, 24), 'juleaftensdag'),
      closed(day(12, 31), 'nytårsaftensdag'),
    );
  }
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<string, readonly Holiday[]>();

function holidaysOf(year: number, options: HolidayOptions): readonly Holiday[] {
  const include = options.includeCustomaryClosedDays ?? true;
  const key = `${year}:${include}`;
  let days = cache.get(key);
  if (!days) {
    days = Object.freeze(computeHolidays(year, include).map((d) => Object.freeze(d)));
    cache.set(key, days);
  }
  return days;
}

/**
 * The closed days of a year in date order: the public holidays, and (unless
 * `includeCustomaryClosedDays: false`) grundlovsdag, juleaftensdag and nytårsaftensdag.
 */
export function danishHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  assertYear(year);
  return holidaysOf(year, options).map((d) => ({ ...d }));
}

/** The holiday or closed day on a date, or null when there is none (weekends are not holidays). */
export function holidayOn(date: string, options: HolidayOptions = {}): Holiday | null {
  const year = Number(date.slice(0, 4));
  assertYear(year);
  const found = holidaysOf(year, options).find((d) => d.date === date);
  return found ? { ...found } : null;
}

/** True for Monday to Friday when the day is neither a public holiday nor (by default) a customary closed day. */
export function isWorkingDay(date: string, options: HolidayOptions = {}): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return holidayOn(date, options) === null;
}
