/**
 * Processes (forløb) that cross meetings and bodies: an ordered set of steps, each treated by a
 * body (in Protokol or named only), with a due date or month, a status that follows the decision
 * of the item that treats it, and gates (a step that requires others to be done first).
 */

/** What happens at a step. */
export const STEP_ACTIONS = ['input', 'discussion', 'approval', 'hearing', 'advice', 'adoption', 'sending_on'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/**
 * A step's stored status. "Overdue" is not stored: it follows from the due date and today (Danish
 * time) for a step that is neither done nor skipped.
 */
export const STEP_STATES = ['planned', 'scheduled', 'done', 'skipped'] as const;
export type StepState = (typeof STEP_STATES)[number];
