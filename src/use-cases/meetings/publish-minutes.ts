/**
 * publishMinutes: approves and publishes the minutes of a meeting: per item the decision (text,
 * outcome, parts, dissents) and its absentees, and the meeting's absentees. After this, a change is
 * published with publishCorrection. Minutes are refused before the meeting has begun (by `now`,
 * the app's clock): 'not_started' with the meeting's date and start time.
 *
 * Under the body's rules of procedure, minutes approved by the members within N working days are
 * refused until the rule is met ('approval', naming who is missing; member-work/minutes-approval.ts);
 * the round they were approved in records the version.
 *
 * Who may call it: the body's secretariat and admins. Returns the version's number, or why not
 * ('already_published', 'not_started', 'no_items', 'not_editable', 'not_found', 'approval').
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { minutesApprovalGate } from '../member-work/minutes-approval.js';
import { type PublishResult, publishMeetingVersion } from './publish-meeting-version.js';

export interface PublishMinutesInput {
  db: Db;
  meetingId: number;
  actor: AuditActor;
  now?: Date;
}

export function publishMinutes(input: PublishMinutesInput): Promise<PublishResult> {
  return publishMeetingVersion({ ...input, action: 'minutes', gate: minutesApprovalGate(input.actor) });
}
