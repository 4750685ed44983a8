/**
 * cancelFollowUp: cancels an open follow-up (the decision was changed, the task fell away), with an
 * optional note. Cancelled follow-ups are kept.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns ok, or why not.
 */
import { type CloseFollowUpInput, type CloseFollowUpResult, closeFollowUp } from './close-follow-up.js';

export function cancelFollowUp(input: CloseFollowUpInput): Promise<CloseFollowUpResult> {
  return closeFollowUp({ ...input, event: 'cancel' });
}
