import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/danish-dates.js';
import { QUESTION_STATES } from '../../src/domain/question-states.js';
import { type QuestionForStatistics, questionStatistics } from '../../src/domain/question-stats.js';

const today = '2026-04-15';

function question(receivedOn: string, state: QuestionForStatistics['state'], answeredOn: string | null = null) {
  return { receivedOn, dueOn: addDays(receivedOn, 7), answeredOn, state };
}

describe('question statistics', () => {
  it('is empty for a body without questions', () => {
    expect(questionStatistics([], today)).toEqual({
      asked: 0,
      answered: 0,
      answeredWithinDeadline: 0,
      answeredWithinDeadlinePercent: null,
      medianAnswerDays: null,
      overdueNow: 0,
      open: 0,
      declined: 0,
      outsideScheme: 0,
    });
  });

  it('counts every state, the share answered in time, the median answer time and what is overdue now', () => {
    const questions = [
      question('2026-03-02', 'answered', '2026-03-05'), // 3 days, in time
      question('2026-03-09', 'answered', '2026-03-16'), // 7 days, on the due date: in time
      question('2026-03-16', 'answered', '2026-03-26'), // 10 days, late
      question('2026-04-01', 'assigned'), // due 8 April: overdue on 15 April
      question('2026-04-08', 'received'), // due 15 April: due today, not overdue
      question('2026-03-01', 'declined'), // long past its due date, but closed: not overdue
      question('2026-03-01', 'outside_scheme'),
    ];
    expect(questionStatistics(questions, today)).toEqual({
      asked: 7,
      answered: 3,
      answeredWithinDeadline: 2,
      answeredWithinDeadlinePercent: 66.7,
      medianAnswerDays: 7,
      overdueNow: 1,
      open: 2,
      declined: 1,
      outsideScheme: 1,
    });
  });

  it('takes the mean of the two middle answer times when the count is even', () => {
    const questions = [
      question('2026-03-02', 'answered', '2026-03-04'),
      question('2026-03-02', 'answered', '2026-03-07'),
    ];
    expect(questionStatistics(questions, today)).toMatchObject({
      medianAnswerDays: 3.5,
      answeredWithinDeadlinePercent: 100,
    });
  });

  it('counts an answer in the median across the change to summer time in calendar days', () => {
    expect(questionStatistics([question('2026-03-27', 'answered', '2026-03-30')], today).medianAnswerDays).toBe(3);
  });

  it('leaves an answered question without an answer date out of the share and the median', () => {
    const questions = [question('2026-03-02', 'answered', '2026-03-20'), question('2026-03-02', 'answered', null)];
    expect(questionStatistics(questions, today)).toMatchObject({
      answered: 2,
      answeredWithinDeadline: 0,
      answeredWithinDeadlinePercent: 0,
      medianAnswerDays: 18,
    });
  });

  it('never counts declined or outside-scheme questions as answered or overdue', () => {
    const arbitrary = fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 120 }),
        answerAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        state: fc.constantFrom(...QUESTION_STATES),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const questions = rows.map((row) => {
          const receivedOn = addDays('2026-01-01', row.offset);
          const answeredOn = row.answerAfter === null ? null : addDays(receivedOn, row.answerAfter);
          return question(receivedOn, row.state, answeredOn);
        });
        const stats = questionStatistics(questions, today);
        expect(stats.answered + stats.open + stats.declined + stats.outsideScheme).toBe(stats.asked);
        expect(stats.answeredWithinDeadline).toBeLessThanOrEqual(stats.answered);
        expect(stats.overdueNow).toBeLessThanOrEqual(stats.open);
        const closed = questions.filter((q) => q.state === 'declined' || q.state === 'outside_scheme');
        const withoutClosed = questionStatistics(
          questions.filter((q) => !closed.includes(q)),
          today,
        );
        expect(withoutClosed.answered).toBe(stats.answered);
        expect(withoutClosed.overdueNow).toBe(stats.overdueNow);
        expect(withoutClosed.answeredWithinDeadlinePercent).toBe(stats.answeredWithinDeadlinePercent);
        if (stats.answeredWithinDeadlinePercent !== null) {
          expect(stats.answeredWithinDeadlinePercent).toBeGreaterThanOrEqual(0);
          expect(stats.answeredWithinDeadlinePercent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
