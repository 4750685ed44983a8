import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/danish-dates.js';
import {
  computeDeadline,
  copenhagenDate,
  daysBetween,
  deadlineStatus,
  deadlineStatusText,
  isCalendarDate,
  QUESTION_SCHEME_RULE,
} from '../../src/domain/deadlines.js';
import { isWorkingDay } from '../../src/domain/holidays.js';

const workingDays = (days: number) => ({ kind: 'working_days', days }) as const;

describe('the question scheme default: one calendar week', () => {
  it('is seven days after receipt, explained', () => {
    expect(QUESTION_SCHEME_RULE).toEqual({ kind: 'calendar', weeks: 1 });
    expect(computeDeadline({ receivedOn: '2026-03-23' })).toEqual({
      receivedOn: '2026-03-23',
      dueOn: '2026-03-30',
      explanation: 'frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026',
      skippedClosedDays: [],
      rolledForwardFrom: null,
    });
  });

  it('writes weeks and days in Danish', () => {
    const explain = (rule: { kind: 'calendar'; weeks?: number; days?: number }) =>
      computeDeadline({ receivedOn: '2026-09-07', rule }).explanation;
    expect(explain({ kind: 'calendar', weeks: 2 })).toBe(
      'frist 21. september 2026: 2 uger efter modtagelse 7. september 2026',
    );
    expect(explain({ kind: 'calendar', days: 1 })).toBe(
      'frist 8. september 2026: 1 dag efter modtagelse 7. september 2026',
    );
    expect(explain({ kind: 'calendar', days: 3 })).toBe(
      'frist 10. september 2026: 3 dage efter modtagelse 7. september 2026',
    );
    expect(explain({ kind: 'calendar', weeks: 1, days: 2 })).toBe(
      'frist 16. september 2026: 1 uge og 2 dage efter modtagelse 7. september 2026',
    );
  });

  it('refuses malformed input', () => {
    expect(() => computeDeadline({ receivedOn: '2026-02-30' })).toThrow(RangeError);
    expect(() => computeDeadline({ receivedOn: '23-03-2026' })).toThrow(RangeError);
    expect(() => computeDeadline({ receivedOn: '2026-03-23', rule: { kind: 'calendar' } })).toThrow(RangeError);
    expect(() => computeDeadline({ receivedOn: '2026-03-23', rule: { kind: 'calendar', weeks: -1 } })).toThrow(
      RangeError,
    );
    expect(() => computeDeadline({ receivedOn: '2026-03-23', rule: { kind: 'calendar', days: 1.5 } })).toThrow(
      RangeError,
    );
    expect(() => computeDeadline({ receivedOn: '2026-03-23', rule: workingDays(0) })).toThrow(RangeError);
  });
});

describe('across Easter 2026 (skærtorsdag 2 April – 2. påskedag 6 April)', () => {
  it('counts working days past the Easter holidays and names them', () => {
    const deadline = computeDeadline({ receivedOn: '2026-03-30', rule: workingDays(5) });
    expect(deadline.dueOn).toBe('2026-04-09');
    expect(deadline.explanation).toBe(
      'frist 9. april 2026: 5 arbejdsdage efter modtagelse 30. marts 2026 (påskedagene og weekender tæller ikke med)',
    );
    expect(deadline.skippedClosedDays.map((d) => `${d.date} ${d.name}`)).toEqual([
      '2026-04-02 skærtorsdag',
      '2026-04-03 langfredag',
      '2026-04-05 påskedag',
      '2026-04-06 2. påskedag',
    ]);
  });

  it('3 working days from Monday 30 March is Tuesday 7 April', () => {
    expect(computeDeadline({ receivedOn: '2026-03-30', rule: workingDays(3) }).explanation).toBe(
      'frist 7. april 2026: 3 arbejdsdage efter modtagelse 30. marts 2026 (påskedagene og weekender tæller ikke med)',
    );
  });

  it('names the Easter days one by one when only some were passed', () => {
    expect(computeDeadline({ receivedOn: '2026-04-03', rule: workingDays(1) }).explanation).toBe(
      'frist 7. april 2026: 1 arbejdsdag efter modtagelse 3. april 2026 (påskedag, 2. påskedag og weekender tæller ikke med)',
    );
  });

  it('does not move a calendar deadline that falls on 2. påskedag, but says so', () => {
    expect(computeDeadline({ receivedOn: '2026-03-30' })).toMatchObject({
      dueOn: '2026-04-06',
      explanation: 'frist 6. april 2026: 1 uge efter modtagelse 30. marts 2026 (fristen falder på 2. påskedag)',
      rolledForwardFrom: null,
    });
  });

  it('rolls a calendar deadline forward to the next working day when asked', () => {
    expect(computeDeadline({ receivedOn: '2026-03-30', rollForwardToWorkingDay: true })).toMatchObject({
      dueOn: '2026-04-07',
      explanation:
        'frist 7. april 2026: 1 uge efter modtagelse 30. marts 2026 falder på 2. påskedag 6. april 2026 og er flyttet til næste arbejdsdag',
      rolledForwardFrom: '2026-04-06',
    });
    expect(computeDeadline({ receivedOn: '2026-03-28', rollForwardToWorkingDay: true })).toMatchObject({
      dueOn: '2026-04-07',
      explanation:
        'frist 7. april 2026: 1 uge efter modtagelse 28. marts 2026 falder på lørdag 4. april 2026 og er flyttet til næste arbejdsdag',
      rolledForwardFrom: '2026-04-04',
    });
  });

  it('leaves a rolled-forward deadline alone when it already is a working day', () => {
    expect(computeDeadline({ receivedOn: '2026-03-23', rollForwardToWorkingDay: true })).toMatchObject({
      dueOn: '2026-03-30',
      explanation: 'frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026',
      rolledForwardFrom: null,
    });
  });
});

describe('across Christmas and New Year 2026–27', () => {
  it('skips juleaftensdag, the Christmas days, nytårsaftensdag and nytårsdag, and says why the eves count', () => {
    const deadline = computeDeadline({ receivedOn: '2026-12-22', rule: workingDays(5) });
    expect(deadline.dueOn).toBe('2027-01-04');
    expect(deadline.explanation).toBe(
      'frist 4. januar 2027: 5 arbejdsdage efter modtagelse 22. december 2026 ' +
        '(juleaftensdag, juledag, 2. juledag, nytårsaftensdag, nytårsdag og weekender tæller ikke med; ' +
        'juleaftensdag og nytårsaftensdag regnes som lukkedage)',
    );
  });

  it('counts juleaftensdag and nytårsaftensdag as working days when told to, and says so', () => {
    expect(
      computeDeadline({ receivedOn: '2026-12-22', rule: workingDays(5), includeCustomaryClosedDays: false }),
    ).toMatchObject({
      dueOn: '2026-12-30',
      explanation:
        'frist 30. december 2026: 5 arbejdsdage efter modtagelse 22. december 2026 ' +
        '(juledag, 2. juledag og weekender tæller ikke med; juleaftensdag tæller som arbejdsdag)',
    });
    expect(
      computeDeadline({ receivedOn: '2026-12-28', rule: workingDays(4), includeCustomaryClosedDays: false }),
    ).toMatchObject({
      dueOn: '2027-01-04',
      explanation:
        'frist 4. januar 2027: 4 arbejdsdage efter modtagelse 28. december 2026 ' +
        '(nytårsdag og weekender tæller ikke med; nytårsaftensdag tæller som arbejdsdag)',
    });
  });

  it('keeps a calendar week that ends on juleaftensdag, or rolls it past Christmas when asked', () => {
    expect(computeDeadline({ receivedOn: '2026-12-17' }).explanation).toBe(
      'frist 24. december 2026: 1 uge efter modtagelse 17. december 2026 (fristen falder på juleaftensdag, som regnes som lukkedag)',
    );
    expect(computeDeadline({ receivedOn: '2026-12-17', rollForwardToWorkingDay: true })).toMatchObject({
      dueOn: '2026-12-28',
      explanation:
        'frist 28. december 2026: 1 uge efter modtagelse 17. december 2026 falder på juleaftensdag 24. december 2026 (regnes som lukkedag) og er flyttet til næste arbejdsdag',
    });
    expect(
      computeDeadline({ receivedOn: '2026-12-17', rollForwardToWorkingDay: true, includeCustomaryClosedDays: false })
        .dueOn,
    ).toBe('2026-12-24');
  });

  it('crosses the year with calendar weeks', () => {
    expect(computeDeadline({ receivedOn: '2026-12-28' }).explanation).toBe(
      'frist 4. januar 2027: 1 uge efter modtagelse 28. december 2026',
    );
    expect(computeDeadline({ receivedOn: '2026-12-25', rule: { kind: 'calendar', weeks: 1 } }).explanation).toBe(
      'frist 1. januar 2027: 1 uge efter modtagelse 25. december 2026 (fristen falder på nytårsdag)',
    );
  });
});

describe('other holidays', () => {
  it('names Kristi himmelfartsdag and Pentecost', () => {
    expect(computeDeadline({ receivedOn: '2026-05-12', rule: workingDays(10) }).explanation).toBe(
      'frist 28. maj 2026: 10 arbejdsdage efter modtagelse 12. maj 2026 (Kristi himmelfartsdag, pinsedag, 2. pinsedag og weekender tæller ikke med)',
    );
  });

  it('names grundlovsdag as a closed day', () => {
    expect(computeDeadline({ receivedOn: '2026-06-03', rule: workingDays(2) }).explanation).toBe(
      'frist 8. juni 2026: 2 arbejdsdage efter modtagelse 3. juni 2026 (grundlovsdag og weekender tæller ikke med; grundlovsdag regnes som lukkedag)',
    );
  });

  it('knows Store bededag in 2023 and not in 2024', () => {
    expect(computeDeadline({ receivedOn: '2023-05-01', rule: workingDays(5) }).explanation).toBe(
      'frist 9. maj 2023: 5 arbejdsdage efter modtagelse 1. maj 2023 (store bededag og weekender tæller ikke med)',
    );
    expect(computeDeadline({ receivedOn: '2024-04-22', rule: workingDays(5) }).explanation).toBe(
      'frist 29. april 2024: 5 arbejdsdage efter modtagelse 22. april 2024 (weekender tæller ikke med)',
    );
  });

  it('starts counting working days the day after receipt, also from a weekend', () => {
    expect(computeDeadline({ receivedOn: '2026-03-21', rule: workingDays(1) }).dueOn).toBe('2026-03-23');
    expect(computeDeadline({ receivedOn: '2026-03-20', rule: workingDays(1) }).dueOn).toBe('2026-03-23');
    expect(computeDeadline({ receivedOn: '2026-03-23', rule: workingDays(1) }).dueOn).toBe('2026-03-24');
  });
});

describe('across the daylight-saving changes', () => {
  it('reads an instant as the calendar date in Copenhagen around 29 March 2026 (CET → CEST at 01:00 UTC)', () => {
    expect(copenhagenDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28'); // 23:59:59 CET Saturday
    expect(copenhagenDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29'); // 00:00 CET Sunday
    expect(copenhagenDate(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29'); // 03:30 CEST Sunday
    expect(copenhagenDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29'); // 23:59:59 CEST Sunday
    expect(copenhagenDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // 00:00 CEST Monday
    expect(copenhagenDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 Monday, still Sunday in UTC
  });

  it('reads an instant as the calendar date in Copenhagen around 25 October 2026 (CEST → CET at 01:00 UTC)', () => {
    expect(copenhagenDate(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24'); // 23:59:59 CEST Saturday
    expect(copenhagenDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25'); // 00:00 CEST Sunday
    expect(copenhagenDate(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25'); // 02:30 CEST, before the change
    expect(copenhagenDate(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25'); // 02:30 CET, after the change
    expect(copenhagenDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25'); // 23:59:59 CET Sunday
    expect(copenhagenDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26'); // 00:00 CET Monday
  });

  it('a question received at 00:30 Danish time on Monday 30 March counts from Monday', () => {
    const monday = computeDeadline({ receivedOn: copenhagenDate(new Date('2026-03-29T22:30:00Z')) });
    expect(monday.explanation).toBe(
      'frist 6. april 2026: 1 uge efter modtagelse 30. marts 2026 (fristen falder på 2. påskedag)',
    );
    const sunday = computeDeadline({ receivedOn: copenhagenDate(new Date('2026-03-29T21:59:00Z')) });
    expect(sunday.explanation).toBe(
      'frist 5. april 2026: 1 uge efter modtagelse 29. marts 2026 (fristen falder på påskedag)',
    );
    const duringTheChange = computeDeadline({
      receivedOn: copenhagenDate(new Date('2026-03-29T01:30:00Z')),
      rule: workingDays(5),
    });
    expect(duringTheChange.explanation).toBe(
      'frist 8. april 2026: 5 arbejdsdage efter modtagelse 29. marts 2026 (påskedagene og weekender tæller ikke med)',
    );
  });

  it('a question received just after midnight on Monday 26 October counts from Monday', () => {
    expect(computeDeadline({ receivedOn: copenhagenDate(new Date('2026-10-25T23:30:00Z')) }).explanation).toBe(
      'frist 2. november 2026: 1 uge efter modtagelse 26. oktober 2026',
    );
    expect(computeDeadline({ receivedOn: copenhagenDate(new Date('2026-10-25T22:59:59Z')) }).explanation).toBe(
      'frist 1. november 2026: 1 uge efter modtagelse 25. oktober 2026 (fristen falder på en søndag)',
    );
  });

  it('a week over a change of clocks is still seven calendar days', () => {
    expect(computeDeadline({ receivedOn: '2026-03-26' }).dueOn).toBe('2026-04-02');
    expect(computeDeadline({ receivedOn: '2026-10-21' }).dueOn).toBe('2026-10-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('deadline properties', () => {
  const receivedOn = fc.integer({ min: 0, max: 365 * 40 }).map((offset) => addDays('2000-01-01', offset));

  it('a working-day deadline is a working day, strictly after receipt, with exactly n working days up to it', () => {
    fc.assert(
      fc.property(receivedOn, fc.integer({ min: 1, max: 30 }), fc.boolean(), (date, days, include) => {
        const options = { includeCustomaryClosedDays: include };
        const { dueOn } = computeDeadline({ receivedOn: date, rule: workingDays(days), ...options });
        expect(dueOn > date).toBe(true);
        expect(isWorkingDay(dueOn, options)).toBe(true);
        let counted = 0;
        for (let day = addDays(date, 1); day <= dueOn; day = addDays(day, 1)) {
          if (isWorkingDay(day, options)) counted++;
        }
        expect(counted).toBe(days);
      }),
    );
  });

  it('a calendar deadline of n weeks is 7·n days after receipt, whatever day it falls on', () => {
    fc.assert(
      fc.property(receivedOn, fc.integer({ min: 1, max: 52 }), (date, weeks) => {
        const { dueOn } = computeDeadline({ receivedOn: date, rule: { kind: 'calendar', weeks } });
        expect(dueOn).toBe(addDays(date, 7 * weeks));
      }),
    );
  });

  it('a rolled-forward calendar deadline is the first working day on or after the plain one', () => {
    fc.assert(
      fc.property(receivedOn, fc.integer({ min: 1, max: 30 }), (date, days) => {
        const plain = addDays(date, days);
        const { dueOn } = computeDeadline({
          receivedOn: date,
          rule: { kind: 'calendar', days },
          rollForwardToWorkingDay: true,
        });
        expect(isWorkingDay(dueOn)).toBe(true);
        expect(dueOn >= plain).toBe(true);
        for (let day = plain; day < dueOn; day = addDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });
});

describe('deadline status', () => {
  const dueOn = '2026-03-30';

  it('is on time, then due soon, then overdue while unanswered', () => {
    const on = (today: string, warnDays?: number) => deadlineStatus({ dueOn, answeredOn: null, today, warnDays });
    expect(on('2026-03-23')).toEqual({ status: 'on_time', daysLeft: 7 });
    expect(on('2026-03-27')).toEqual({ status: 'on_time', daysLeft: 3 });
    expect(on('2026-03-28')).toEqual({ status: 'due_soon', daysLeft: 2 });
    expect(on('2026-03-30')).toEqual({ status: 'due_soon', daysLeft: 0 });
    expect(on('2026-03-31')).toEqual({ status: 'overdue', daysOverdue: 1 });
    expect(on('2026-04-10')).toEqual({ status: 'overdue', daysOverdue: 11 });
    expect(on('2026-03-27', 5)).toEqual({ status: 'due_soon', daysLeft: 3 });
    expect(on('2026-03-29', 0)).toEqual({ status: 'on_time', daysLeft: 1 });
    expect(on('2026-03-30', 0)).toEqual({ status: 'due_soon', daysLeft: 0 });
  });

  it('judges an answer by its date, not by today', () => {
    expect(deadlineStatus({ dueOn, answeredOn: '2026-03-25', today: '2026-05-01' })).toEqual({
      status: 'answered_on_time',
      daysToSpare: 5,
    });
    expect(deadlineStatus({ dueOn, answeredOn: dueOn, today: '2026-05-01' })).toEqual({
      status: 'answered_on_time',
      daysToSpare: 0,
    });
    expect(deadlineStatus({ dueOn, answeredOn: '2026-04-02', today: '2026-04-02' })).toEqual({
      status: 'answered_late',
      daysLate: 3,
    });
  });

  it('counts calendar days across the change to summer time', () => {
    expect(deadlineStatus({ dueOn: '2026-03-30', answeredOn: null, today: '2026-03-28' })).toEqual({
      status: 'due_soon',
      daysLeft: 2,
    });
  });

  it('is told in Danish', () => {
    expect(deadlineStatusText({ status: 'on_time', daysLeft: 3 })).toBe('3 dage tilbage');
    expect(deadlineStatusText({ status: 'due_soon', daysLeft: 1 })).toBe('1 dag tilbage');
    expect(deadlineStatusText({ status: 'due_soon', daysLeft: 0 })).toBe('frist i dag');
    expect(deadlineStatusText({ status: 'overdue', daysOverdue: 2 })).toBe('2 dage over fristen');
    expect(deadlineStatusText({ status: 'answered_on_time', daysToSpare: 2 })).toBe('besvaret inden for fristen');
    expect(deadlineStatusText({ status: 'answered_late', daysLate: 1 })).toBe('besvaret 1 dag efter fristen');
  });

  it('refuses malformed dates', () => {
    expect(() => deadlineStatus({ dueOn: '2026-3-30', answeredOn: null, today: '2026-03-28' })).toThrow(RangeError);
    expect(() => deadlineStatus({ dueOn, answeredOn: null, today: '2026-03-28', warnDays: -1 })).toThrow(RangeError);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
});
