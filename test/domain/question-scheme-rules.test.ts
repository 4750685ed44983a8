/** A body's rules for its question scheme: stored and read back, and the deadline in words. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUESTION_SCHEME_RULES,
  describeDeadlineRule,
  questionSchemeRulesOf,
  sameDeadlineRule,
  storedDeadlineRule,
} from '../../src/domain/question-scheme-rules.js';

describe('question scheme rules', () => {
  it('says the deadline in Danish', () => {
    expect(describeDeadlineRule({ kind: 'calendar', weeks: 1 })).toBe('1 uge');
    expect(describeDeadlineRule({ kind: 'calendar', weeks: 2, days: 3 })).toBe('2 uger og 3 dage');
    expect(describeDeadlineRule({ kind: 'calendar', days: 1 })).toBe('1 dag');
    expect(describeDeadlineRule({ kind: 'working_days', days: 1 })).toBe('1 arbejdsdag');
    expect(describeDeadlineRule({ kind: 'working_days', days: 8 })).toBe('8 arbejdsdage');
  });

  it('reads back what it stores, and the default without a row', () => {
    expect(questionSchemeRulesOf(null)).toEqual(DEFAULT_QUESTION_SCHEME_RULES);
    for (const rule of [
      { kind: 'calendar', weeks: 1 },
      { kind: 'calendar', days: 10 },
      { kind: 'calendar', weeks: 2, days: 3 },
      { kind: 'working_days', days: 5 },
    ] as const) {
      const row = { ...storedDeadlineRule(rule), publishesAnswers: true, memberNote: 'Kontakt Pia.' };
      expect(questionSchemeRulesOf(row)).toEqual({
        deadlineRule: rule,
        publishesAnswers: true,
        memberNote: 'Kontakt Pia.',
      });
    }
    expect(storedDeadlineRule({ kind: 'working_days', days: 5 })).toEqual({
      deadlineKind: 'working_days',
      deadlineWeeks: 0,
      deadlineDays: 5,
    });
  });

  it('tells rules apart as they are written', () => {
    expect(sameDeadlineRule({ kind: 'calendar', weeks: 1 }, { kind: 'calendar', weeks: 1, days: 0 })).toBe(true);
    expect(sameDeadlineRule({ kind: 'calendar', weeks: 1 }, { kind: 'calendar', days: 7 })).toBe(false);
    expect(sameDeadlineRule({ kind: 'calendar', days: 5 }, { kind: 'working_days', days: 5 })).toBe(false);
  });
});
