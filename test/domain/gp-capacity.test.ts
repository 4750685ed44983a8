/** GP capacity (lægedækning): the board's rules in domain/gp-capacity.ts. */
import { describe, expect, it } from 'vitest';
import {
  actualGps,
  areaTotals,
  capacityUse,
  checkVacancyOutcome,
  daysLeft,
  gpGap,
  historyOf,
  isPracticeNumber,
  MAX_PRACTICES_PER_OWNER,
  monthOf,
  openShare,
  openShareOfCounts,
  ownersOf,
  ownersOverLimit,
  percentText,
  snapshotOf,
  VACANCY_DEADLINE_MONTHS,
  VACANCY_STATES,
  vacancyDeadline,
  vacancyState,
} from '../../src/domain/gp-capacity.js';

const practice = (gps: number, isOpen: boolean, capacity = 1_600, patients = 1_500) => ({
  gps,
  isOpen,
  capacity,
  patients,
});

describe('the vacancy deadline', () => {
  it('is six months after the clock starts (the project assumption, a named constant)', () => {
    expect(VACANCY_DEADLINE_MONTHS).toBe(6);
    expect(vacancyDeadline('2026-01-15')).toBe('2026-07-15');
    expect(vacancyDeadline('2026-09-01')).toBe('2027-03-01');
  });

  it('keeps the day, or takes the month’s last day when the month is shorter', () => {
    expect(vacancyDeadline('2025-08-31')).toBe('2026-02-28');
    expect(vacancyDeadline('2027-08-31')).toBe('2028-02-29');
    expect(vacancyDeadline('2026-12-31')).toBe('2027-06-30');
  });

  it('refuses what is not a date', () => {
    expect(() => vacancyDeadline('2026-02-30')).toThrow(RangeError);
    expect(() => vacancyDeadline('15.1.2026')).toThrow(RangeError);
  });

  it('counts the days left, negative after the deadline', () => {
    expect(daysLeft('2026-07-15', '2026-07-01')).toBe(14);
    expect(daysLeft('2026-07-15', '2026-07-15')).toBe(0);
    expect(daysLeft('2026-07-15', '2026-07-20')).toBe(-5);
    expect(daysLeft('2026-03-31', '2026-03-28')).toBe(3); // across the change to summer time
  });
});

describe("a vacancy's state", () => {
  const open = { deadlineOn: '2026-07-15', outcome: null };

  it('is open up to and including its deadline, overdue after it', () => {
    expect(vacancyState(open, '2026-07-14')).toBe('open');
    expect(vacancyState(open, '2026-07-15')).toBe('open');
    expect(vacancyState(open, '2026-07-16')).toBe('overdue');
  });

  it('is its outcome once it has one, whatever the date', () => {
    for (const outcome of ['refilled', 'moved', 'withdrawn'] as const) {
      expect(vacancyState({ ...open, outcome }, '2030-01-01')).toBe(outcome);
    }
    expect(VACANCY_STATES).toEqual(['open', 'overdue', 'refilled', 'moved', 'withdrawn']);
  });

  it('ends once, by a decision on or after its clock start', () => {
    const vacancy = { clockStartsOn: '2026-01-15', outcome: null };
    expect(checkVacancyOutcome(vacancy, '2026-01-15')).toEqual({ ok: true });
    expect(checkVacancyOutcome(vacancy, '2026-09-01')).toEqual({ ok: true }); // late, but it ends
    expect(checkVacancyOutcome(vacancy, '2026-01-14')).toEqual({ ok: false, reason: 'before_clock' });
    expect(checkVacancyOutcome(vacancy, '2026-13-01')).toEqual({ ok: false, reason: 'bad_date' });
    expect(checkVacancyOutcome({ ...vacancy, outcome: 'moved' }, '2026-03-01')).toEqual({
      ok: false,
      reason: 'already_ended',
    });
  });
});

describe('practice numbers and owners', () => {
  it('takes digits only, leading zeros kept', () => {
    expect(isPracticeNumber('012345')).toBe(true);
    expect(isPracticeNumber('7')).toBe(true);
    expect(isPracticeNumber('12 345')).toBe(false);
    expect(isPracticeNumber('A12345')).toBe(false);
    expect(isPracticeNumber('')).toBe(false);
    expect(isPracticeNumber('12345678901')).toBe(false);
  });

  it('reads owners separated by |, trimmed, each once', () => {
    expect(ownersOf(' Anna Holm |Bo  Ravn| |Anna Holm')).toEqual(['Anna Holm', 'Bo Ravn']);
    expect(ownersOf('')).toEqual([]);
  });

  it('lets one GP own at most three practice numbers', () => {
    expect(MAX_PRACTICES_PER_OWNER).toBe(3);
    const three = ['1', '2', '3'].map((number) => ({ number, owners: ['Anna Holm'] }));
    expect(ownersOverLimit(three)).toEqual([]);
    const four = [...three, { number: '4', owners: ['anna  holm', 'Bo Ravn'] }];
    expect(ownersOverLimit(four)).toEqual([{ owner: 'Anna Holm', numbers: ['1', '2', '3', '4'] }]);
  });

  it('counts a practice listed twice once, and practices without owners not at all', () => {
    const rows = [
      { number: '1', owners: ['Bo Ravn'] },
      { number: '1', owners: ['Bo Ravn'] },
      { number: '2', owners: ['Bo Ravn'] },
      { number: '3', owners: ['Bo Ravn'] },
      { number: '4', owners: [] },
      { number: '5', owners: [''] },
    ];
    expect(ownersOverLimit(rows)).toEqual([]);
  });

  it('names every owner over the limit in the order first met', () => {
    const rows = ['1', '2', '3', '4'].map((number) => ({ number, owners: ['Cai', 'Bo'] }));
    expect(ownersOverLimit(rows).map((o) => o.owner)).toEqual(['Cai', 'Bo']);
  });
});

describe('possible against actual, and the open share', () => {
  it('counts the GPs of the practices as the actual number', () => {
    expect(actualGps([practice(2, true), practice(0, false), practice(3, true)])).toBe(5);
    expect(actualGps([])).toBe(0);
  });

  it('gives the gap as possible minus actual, negative when over', () => {
    expect(gpGap(40, 34)).toBe(6);
    expect(gpGap(30, 34)).toBe(-4);
    expect(gpGap(0, 0)).toBe(0);
  });

  it('gives the share of practices open for new patients, none for no practices', () => {
    expect(openShare([practice(1, true), practice(1, false), practice(1, false), practice(1, true)])).toBe(0.5);
    expect(openShare([practice(1, false)])).toBe(0);
    expect(openShare([])).toBeNull();
    expect(openShareOfCounts(3, 4)).toBe(0.75);
    expect(openShareOfCounts(0, 0)).toBeNull();
    expect(percentText(5 / 8)).toBe('63 %');
    expect(percentText(0)).toBe('0 %');
    expect(percentText(null)).toBe('–');
  });

  it('gives the patients listed of the capacity, none for a capacity of 0', () => {
    expect(capacityUse({ capacity: 1_600, patients: 1_200 })).toBe(0.75);
    expect(capacityUse({ capacity: 1_000, patients: 1_100 })).toBeCloseTo(1.1);
    expect(capacityUse({ capacity: 0, patients: 0 })).toBeNull();
  });

  it('totals each planning area, in the areas’ order, an empty one as zeros', () => {
    const totals = areaTotals(
      ['Nord', 'Syd', 'Vest'],
      [
        { ...practice(2, true, 3_000, 2_900), area: 'Syd' },
        { ...practice(1, false, 1_500, 1_600), area: 'Nord' },
        { ...practice(3, true, 4_000, 3_500), area: 'Syd' },
      ],
    );
    expect(totals).toEqual([
      { area: 'Nord', practices: 1, practicesOpen: 0, gps: 1, capacity: 1_500, patients: 1_600 },
      { area: 'Syd', practices: 2, practicesOpen: 2, gps: 5, capacity: 7_000, patients: 6_400 },
      { area: 'Vest', practices: 0, practicesOpen: 0, gps: 0, capacity: 0, patients: 0 },
    ]);
  });
});

describe('the monthly history', () => {
  it('takes a month from a date', () => {
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });

  it('snapshots the current state: possible, actual, practices open and closed, vacancies open', () => {
    const snapshot = snapshotOf(
      {
        possibleGps: 40,
        practices: [practice(2, true), practice(0, false), practice(3, false)],
        vacancies: [{ outcome: null }, { outcome: 'refilled' }, { outcome: null }],
      },
      '2026-03',
    );
    expect(snapshot).toEqual({
      month: '2026-03',
      possibleGps: 40,
      actualGps: 5,
      practicesOpen: 1,
      practicesClosed: 2,
      vacanciesOpen: 2,
    });
  });

  it('refuses a month that is not one', () => {
    const state = { possibleGps: 1, practices: [], vacancies: [] };
    expect(() => snapshotOf(state, '2026-13')).toThrow(RangeError);
    expect(() => snapshotOf(state, '2026-03-01')).toThrow(RangeError);
  });

  it('keeps one snapshot a month, the later of a month winning, in month order', () => {
    const at = (month: string, actual: number) => ({
      month,
      possibleGps: 40,
      actualGps: actual,
      practicesOpen: 1,
      practicesClosed: 0,
      vacanciesOpen: 0,
    });
    const history = historyOf([at('2026-03', 30), at('2025-12', 31), at('2026-03', 32), at('2026-01', 29)]);
    expect(history.map((s) => [s.month, s.actualGps])).toEqual([
      ['2025-12', 31],
      ['2026-01', 29],
      ['2026-03', 32],
    ]);
  });
});
