import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../src/domain/danish-dates.js';
import { danishHolidays, easterSunday, holidayOn, isWorkingDay } from '../../src/domain/holidays.js';

describe('Easter Sunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2011, '2011-04-24'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });

  it('refuses a year outside the supported range', () => {
    expect(() => easterSunday(1800)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('Danish holidays', () => {
  it('lists 2026 exactly, with the customary closed days by default', () => {
    expect(danishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'nytårsdag', kind: 'public_holiday' },
      { date: '2026-04-02', name: 'skærtorsdag', kind: 'public_holiday' },
      { date: '2026-04-03', name: 'langfredag', kind: 'public_holiday' },
      { date: '2026-04-05', name: 'påskedag', kind: 'public_holiday' },
      { date: '2026-04-06', name: '2. påskedag', kind: 'public_holiday' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag', kind: 'public_holiday' },
      { date: '2026-05-24', name: 'pinsedag', kind: 'public_holiday' },
      { date: '2026-05-25', name: '2. pinsedag', kind: 'public_holiday' },
      { date: '2026-06-05', name: 'grundlovsdag', kind: 'customary_closed_day' },
      { date: '2026-12-24', name: 'juleaftensdag', kind: 'customary_closed_day' },
      { date: '2026-12-25', name: 'juledag', kind: 'public_holiday' },
      { date: '2026-12-26', name: '2. juledag', kind: 'public_holiday' },
      { date: '2026-12-31', name: 'nytårsaftensdag', kind: 'customary_closed_day' },
    ]);
  });

  it('lists only the public holidays of 2026 without the customary closed days', () => {
    expect(danishHolidays(2026, { includeCustomaryClosedDays: false }).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('has Store bededag until 2023 (the fourth Friday after Easter) and not from 2024', () => {
    expect(holidayOn('2023-05-05')).toEqual({ date: '2023-05-05', name: 'store bededag', kind: 'public_holiday' });
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(danishHolidays(2023).some((d) => d.name === 'store bededag')).toBe(true);
    expect(danishHolidays(2024).some((d) => d.name === 'store bededag')).toBe(false);
    // Easter 2024 is 31 March; the fourth Friday after it, 26 April 2024, is an ordinary working day.
    expect(holidayOn('2024-04-26')).toBeNull();
    expect(isWorkingDay('2024-04-26')).toBe(true);
  });

  it('moves the Easter holidays with Easter', () => {
    const names = (year: number) =>
      danishHolidays(year, { includeCustomaryClosedDays: false })
        .filter((d) => !['nytårsdag', 'juledag', '2. juledag'].includes(d.name))
        .map((d) => d.date);
    expect(names(2027)).toEqual([
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
    ]);
  });

  it('returns copies that cannot change later answers', () => {
    const first = danishHolidays(2026);
    first[0].name = 'changed';
    first.pop();
    expect(danishHolidays(2026)[0].name).toBe('nytårsdag');
    expect(danishHolidays(2026)).toHaveLength(13);
  });
});

describe('working days', () => {
  it('are Monday to Friday, not holidays', () => {
    expect(isWorkingDay('2026-03-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-02')).toBe(false); // skærtorsdag
    expect(isWorkingDay('2026-04-06')).toBe(false); // 2. påskedag
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelfartsdag
    expect(isWorkingDay('2026-05-15')).toBe(true); // the Friday after: open
  });

  it('treat grundlovsdag, juleaftensdag and nytårsaftensdag as closed unless told otherwise', () => {
    for (const date of ['2026-06-05', '2026-12-24', '2026-12-31']) {
      expect(isWorkingDay(date)).toBe(false);
      expect(isWorkingDay(date, { includeCustomaryClosedDays: true })).toBe(false);
      expect(isWorkingDay(date, { includeCustomaryClosedDays: false })).toBe(true);
    }
  });

  it('a weekday is a working day exactly when it has no closed day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.boolean(), (offset, includeCustomaryClosedDays) => {
        const date = addDays('2015-01-01', offset);
        const options = { includeCustomaryClosedDays };
        const isWeekend = weekday(date) === 0 || weekday(date) === 6;
        expect(isWorkingDay(date, options)).toBe(!isWeekend && holidayOn(date, options) === null);
      }),
    );
  });
});
