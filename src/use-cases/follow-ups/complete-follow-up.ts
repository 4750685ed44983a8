/**
 * completeFollowUp: marks an open follow-up done, with an optional note.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns ok, or why not.
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type CloseFollowUpResult, closeFollowUp } from './close-follow-up.js';

export function completeFollowUp(input: {
  db: Db;
  followUpId: number;
  note: string;
  actor: AuditActor;
  now?: Date;
}): Promise<CloseFollowUpResult> {
  return closeFollowUp({ ...input, event: 'complete' });
}
