/**
 * The life of a question in the question scheme (spørgeordningen): received by the secretariat,
 * assigned to whoever answers it, then answered, declined by the chair, or handled outside the
 * scheme (questions about individual persons). Pure: expected refusals are values.
 */

export const QUESTION_STATES = ['received', 'assigned', 'answered', 'declined', 'outside_scheme'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

/** The states a question leaves no more; a narrowed or reworded question is asked anew. */
export const CLOSED_QUESTION_STATES: readonly QuestionState[] = ['answered', 'declined', 'outside_scheme'];

export const QUESTION_EVENTS = ['assign', 'answer', 'decline', 'mark_outside_scheme'] as const;
export type QuestionEventType = (typeof QUESTION_EVENTS)[number];
export type QuestionEvent = { type: QuestionEventType };

const TARGET: Record<QuestionEventType, QuestionState> = {
  assign: 'assigned',
  answer: 'answered',
  decline: 'declined',
  mark_outside_scheme: 'outside_scheme',
};

export type QuestionTransitionRefusal = 'already-answered' | 'already-declined' | 'already-outside-scheme';

export type QuestionTransition = { ok: true; state: QuestionState } | { ok: false; reason: QuestionTransitionRefusal };

const REFUSAL_FOR_CLOSED: Record<string, QuestionTransitionRefusal> = {
  answered: 'already-answered',
  declined: 'already-declined',
  outside_scheme: 'already-outside-scheme',
};

export function isQuestionClosed(state: QuestionState): boolean {
  return CLOSED_QUESTION_STATES.includes(state);
}

/**
 * The state after `event`. An open question (received or assigned) takes every event: it can be
 * answered, declined or put outside the scheme with or without being assigned first, and an
 * assigned question can be assigned again (passed on to someone else). A closed question takes none.
 */
export function transitionQuestion(current: QuestionState, event: QuestionEvent): QuestionTransition {
  if (isQuestionClosed(current)) return { ok: false, reason: REFUSAL_FOR_CLOSED[current] };
  return { ok: true, state: TARGET[event.type] };
}

/** The events a question in `state` accepts, for showing only the actions that can succeed. */
export function allowedQuestionEvents(state: QuestionState): QuestionEventType[] {
  return isQuestionClosed(state) ? [] : [...QUESTION_EVENTS];
}
