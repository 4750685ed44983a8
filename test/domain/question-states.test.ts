import { describe, expect, it } from 'vitest';
import {
  allowedQuestionEvents,
  isQuestionClosed,
  QUESTION_EVENTS,
  QUESTION_STATES,
  type QuestionEventType,
  type QuestionState,
  transitionQuestion,
} from '../../src/domain/question-states.js';

const go = (state: QuestionState, type: QuestionEventType) => transitionQuestion(state, { type });

describe('question states', () => {
  it('runs received → assigned → answered', () => {
    expect(go('received', 'assign')).toEqual({ ok: true, state: 'assigned' });
    expect(go('assigned', 'answer')).toEqual({ ok: true, state: 'answered' });
  });

  it('lets an assigned question be declined, put outside the scheme or passed on', () => {
    expect(go('assigned', 'decline')).toEqual({ ok: true, state: 'declined' });
    expect(go('assigned', 'mark_outside_scheme')).toEqual({ ok: true, state: 'outside_scheme' });
    expect(go('assigned', 'assign')).toEqual({ ok: true, state: 'assigned' });
  });

  it('lets a received question be answered, declined or put outside the scheme directly', () => {
    expect(go('received', 'answer')).toEqual({ ok: true, state: 'answered' });
    expect(go('received', 'decline')).toEqual({ ok: true, state: 'declined' });
    expect(go('received', 'mark_outside_scheme')).toEqual({ ok: true, state: 'outside_scheme' });
  });

  it('refuses every event on a closed question, as a value', () => {
    for (const type of QUESTION_EVENTS) {
      expect(go('answered', type)).toEqual({ ok: false, reason: 'already-answered' });
      expect(go('declined', type)).toEqual({ ok: false, reason: 'already-declined' });
      expect(go('outside_scheme', type)).toEqual({ ok: false, reason: 'already-outside-scheme' });
    }
  });

  it('offers exactly the events that succeed', () => {
    for (const state of QUESTION_STATES) {
      const allowed = allowedQuestionEvents(state);
      for (const type of QUESTION_EVENTS) expect(go(state, type).ok).toBe(allowed.includes(type));
      expect(isQuestionClosed(state)).toBe(allowed.length === 0);
    }
  });
});
