/**
 * The confirmation step of the question area's actions that close, end or cancel (a follow-up
 * marked done or cancelled, a question declined or put outside the scheme, a planned meeting
 * cancelled): the secretariat's "Er du sikker?" page, with what was typed carried along in hidden
 * fields. A POST without `confirm=1` is answered with the page and nothing is done. What each
 * action does, in the words of its page, is in messages/questions.ts (consequences).
 */
export { confirmPage, isConfirmed } from '../secretariat/confirm.js';
