/**
 * The confirmation step of the question area's actions that close, end or cancel (a follow-up
 * marked done or cancelled, a question declined or put outside the scheme, a planned meeting
 * cancelled): the secretariat's "Er du sikker?" page, with what was typed carried along in hidden
 * fields. A POST without `confirm=1` is answered with the page and nothing is done.
 */
export { confirmPage, isConfirmed } from '../secretariat/confirm.js';

/** What each action does, in the words of its confirmation page. */
export const QUESTION_CONSEQUENCES = {
  completeFollowUp: ['Opfølgningen lukkes som udført, med din note. Den kan ikke åbnes igen.'],
  cancelFollowUp: ['Opfølgningen annulleres og lukkes, med din note. Den kan ikke åbnes igen.'],
  cancelPlanEntry: [
    'Mødet vises som aflyst i mødeplanen, også i den offentlige mødeplan.',
    'Du kan fjerne markeringen "Aflyst" igen, hvis mødet alligevel holdes.',
  ],
} as const satisfies Record<string, readonly string[]>;
