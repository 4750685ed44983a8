/**
 * completeFollowUp: marks an open follow-up done, with an optional note.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns ok, or why not.
 */
import { type CloseFollowUpInput, type CloseFollowUpResult, closeFollowUp } from './close-follow-up.js';

export function completeFollowUp(input: CloseFollowUpInput): Promise<CloseFollowUpResult> {
  return closeFollowUp({ ...input, event: 'complete' });
}
