/**
 * Deadlines (frister) for the question scheme and follow-ups: the due date from the date of
 * receipt and a rule, explained in Danish for the interface, and the status of a deadline on a
 * given day. Pure: the reference date is always passed in; every date is a "YYYY-MM-DD" calendar
 * date in Denmark (turn an instant into one with `copenhagenDate`).
 */
import { addDays, formatDate, isoDate, WEEKDAYS, weekday } from './danish-dates.js';
import { EASTER_HOLIDAY_NAMES, type Holiday, type HolidayOptions, holidayOn, isWorkingDay } from './holidays.js';

// The instant → Danish calendar date conversion lives with the meetings; deadlines use the same one.
export { copenhagenDate } from './meeting.js';

/**
 * `calendar`: weeks and days as on the calendar; the due date is not moved off a weekend or holiday
 * unless asked (a week is a week). `working_days`: counts Monday–Friday days that are not closed.
 */
export type DeadlineRule = { kind: 'calendar'; weeks?: number; days?: number } | { kind: 'working_days'; days: number };

/** The question scheme: "besvares så vidt muligt inden for en uge". */
export const QUESTION_SCHEME_RULE: DeadlineRule = { kind: 'calendar', weeks: 1 };

export interface DeadlineInput {
  /** The Danish calendar date the question (or request) was received. */
  receivedOn: string;
  /** Default: the question scheme's one calendar week. */
  rule?: DeadlineRule;
  /** Calendar rules only: move a due date on a weekend or closed day to the next working day. Default false. */
  rollForwardToWorkingDay?: boolean;
  /** Whether grundlovsdag, juleaftensdag and nytårsaftensdag are closed days. Default true. */
  includeCustomaryClosedDays?: boolean;
}

export interface Deadline {
  receivedOn: string;
  dueOn: string;
  /** "frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026" */
  explanation: string;
  /** Working-day rules: the closed days passed over between receipt and the due date (weekends not included). */
  skippedClosedDays: Holiday[];
  /** When the due date was rolled forward: the date it fell on before. */
  rolledForwardFrom: string | null;
}

/** True for a real "YYYY-MM-DD" calendar date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(+match[1], +match[2], +match[3]) === value;
}

function assertCalendarDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${field} is not a "YYYY-MM-DD" date: ${value}`);
}

function assertCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${field} must be a whole number ≥ 0: ${value}`);
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b og c" */
function danishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** What a non-working day is, for "falder på …": "2. påskedag", "lørdag". */
function closedDayName(date: string, options: HolidayOptions): string {
  return holidayOn(date, options)?.name ?? WEEKDAYS[weekday(date)];
}

function calendarDeadline(input: DeadlineInput, weeks: number, days: number): Deadline {
  const options: HolidayOptions = { includeCustomaryClosedDays: input.includeCustomaryClosedDays ?? true };
  const duration = danishList([
    ...(weeks > 0 ? [plural(weeks, 'uge', 'uger')] : []),
    ...(days > 0 ? [plural(days, 'dag', 'dage')] : []),
  ]);
  const received = formatDate(input.receivedOn);
  const plainDue = addDays(input.receivedOn, 7 * weeks + days);

  if (isWorkingDay(plainDue, options)) {
    return {
      receivedOn: input.receivedOn,
      dueOn: plainDue,
      explanation: `frist ${formatDate(plainDue)}: ${duration} efter modtagelse ${received}`,
      skippedClosedDays: [],
      rolledForwardFrom: null,
    };
  }

  const holiday = holidayOn(plainDue, options);
  const isCustomary = holiday?.kind === 'customary_closed_day';
  if (!input.rollForwardToWorkingDay) {
    const what = holiday ? holiday.name : `en ${WEEKDAYS[weekday(plainDue)]}`;
    return {
      receivedOn: input.receivedOn,
      dueOn: plainDue,
      explanation:
        `frist ${formatDate(plainDue)}: ${duration} efter modtagelse ${received} ` +
        `(fristen falder på ${what}${isCustomary ? ', som regnes som lukkedag' : ''})`,
      skippedClosedDays: [],
      rolledForwardFrom: null,
    };
  }

  let dueOn = plainDue;
  while (!isWorkingDay(dueOn, options)) dueOn = addDays(dueOn, 1);
  return {
    receivedOn: input.receivedOn,
    dueOn,
    explanation:
      `frist ${formatDate(dueOn)}: ${duration} efter modtagelse ${received} falder på ` +
      `${closedDayName(plainDue, options)} ${formatDate(plainDue)}${isCustomary ? ' (regnes som lukkedag)' : ''} og er flyttet til næste arbejdsdag`,
    skippedClosedDays: [],
    rolledForwardFrom: plainDue,
  };
}

function workingDayDeadline(input: DeadlineInput, days: number): Deadline {
  const includeCustomary = input.includeCustomaryClosedDays ?? true;
  const options: HolidayOptions = { includeCustomaryClosedDays: includeCustomary };
  const skipped: Holiday[] = [];
  // Working days counted: those after the day of receipt (the day of receipt itself never counts).
  const countedCustomary: string[] = [];
  let dueOn = input.receivedOn;
  for (let counted = 0; counted < days; ) {
    dueOn = addDays(dueOn, 1);
    const holiday = holidayOn(dueOn, options);
    if (holiday) skipped.push(holiday);
    if (isWorkingDay(dueOn, options)) {
      counted++;
      if (!includeCustomary) {
        const customary = holidayOn(dueOn, { includeCustomaryClosedDays: true });
        if (customary?.kind === 'customary_closed_day') countedCustomary.push(customary.name);
      }
    }
  }

  const names = skipped.map((d) => d.name);
  const allEaster = EASTER_HOLIDAY_NAMES.every((name) => names.includes(name));
  const listed: string[] = [];
  for (const name of names) {
    if (allEaster && (EASTER_HOLIDAY_NAMES as readonly string[]).includes(name)) {
      if (!listed.includes('påskedagene')) listed.push('påskedagene');
    } else {
      listed.push(name);
    }
  }
  listed.push('weekender');

  const customarySkipped = skipped.filter((d) => d.kind === 'customary_closed_day').map((d) => d.name);
  let note = '';
  if (customarySkipped.length > 0) {
    note = `; ${danishList(customarySkipped)} regnes som ${customarySkipped.length === 1 ? 'lukkedag' : 'lukkedage'}`;
  } else if (countedCustomary.length > 0) {
    note = `; ${danishList(countedCustomary)} tæller som ${countedCustomary.length === 1 ? 'arbejdsdag' : 'arbejdsdage'}`;
  }

  return {
    receivedOn: input.receivedOn,
    dueOn,
    explanation:
      `frist ${formatDate(dueOn)}: ${plural(days, 'arbejdsdag', 'arbejdsdage')} efter modtagelse ` +
      `${formatDate(input.receivedOn)} (${danishList(listed)} tæller ikke med${note})`,
    skippedClosedDays: skipped,
    rolledForwardFrom: null,
  };
}

/**
 * The due date for something received on `receivedOn` under `rule` (default: one calendar week),
 * with a Danish explanation of how it was reached. Working days start counting the day after
 * receipt, so a question received on a Saturday has its first working day on Monday. Throws a
 * RangeError on a malformed date or rule (a programming error, not an expected outcome).
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  assertCalendarDate(input.receivedOn, 'receivedOn');
  const rule = input.rule ?? QUESTION_SCHEME_RULE;
  if (rule.kind === 'working_days') {
    assertCount(rule.days, 'days');
    if (rule.days < 1) throw new RangeError('A working-day deadline needs at least 1 day');
    return workingDayDeadline(input, rule.days);
  }
  const weeks = rule.weeks ?? 0;
  const days = rule.days ?? 0;
  assertCount(weeks, 'weeks');
  assertCount(days, 'days');
  if (weeks + days < 1) throw new RangeError('A calendar deadline needs at least 1 day');
  return calendarDeadline(input, weeks, days);
}

export type DeadlineStatusKind = 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late';

export type DeadlineStatus =
  /** Open; `daysLeft` is 0 on the due date itself. */
  | { status: 'on_time' | 'due_soon'; daysLeft: number }
  /** Open after the due date; `daysOverdue` ≥ 1. */
  | { status: 'overdue'; daysOverdue: number }
  /** Answered on or before the due date; `daysToSpare` ≥ 0. */
  | { status: 'answered_on_time'; daysToSpare: number }
  /** Answered after the due date; `daysLate` ≥ 1. */
  | { status: 'answered_late'; daysLate: number };

/**
 * Where a deadline stands on `today`. The due date is included: answering on it is on time, and a
 * question is overdue from the day after. Open questions are `due_soon` when at most `warnDays`
 * calendar days are left (default 2; the due date itself is always `due_soon`).
 */
export function deadlineStatus(input: {
  dueOn: string;
  answeredOn: string | null;
  today: string;
  warnDays?: number;
}): DeadlineStatus {
  const warnDays = input.warnDays ?? 2;
  assertCalendarDate(input.dueOn, 'dueOn');
  assertCalendarDate(input.today, 'today');
  assertCount(warnDays, 'warnDays');
  if (input.answeredOn !== null) {
    assertCalendarDate(input.answeredOn, 'answeredOn');
    const late = daysBetween(input.dueOn, input.answeredOn);
    if (late > 0) return { status: 'answered_late', daysLate: late };
    return { status: 'answered_on_time', daysToSpare: daysBetween(input.answeredOn, input.dueOn) };
  }
  const left = daysBetween(input.today, input.dueOn);
  if (left < 0) return { status: 'overdue', daysOverdue: daysBetween(input.dueOn, input.today) };
  return { status: left <= warnDays ? 'due_soon' : 'on_time', daysLeft: left };
}

/** "3 dage tilbage", "frist i dag", "2 dage over fristen", "besvaret 1 dag efter fristen". */
export function deadlineStatusText(status: DeadlineStatus): string {
  switch (status.status) {
    case 'on_time':
    case 'due_soon':
      return status.daysLeft === 0 ? 'frist i dag' : `${plural(status.daysLeft, 'dag', 'dage')} tilbage`;
    case 'overdue':
      return `${plural(status.daysOverdue, 'dag', 'dage')} over fristen`;
    case 'answered_on_time':
      return 'besvaret inden for fristen';
    case 'answered_late':
      return `besvaret ${plural(status.daysLate, 'dag', 'dage')} efter fristen`;
  }
}
