/**
 * publishMinutes: approves and publishes the minutes of a meeting: per item the decision (text,
 * outcome, parts, dissents) and its absentees, and the meeting's absentees. After this, a change is
 * published with publishCorrection. Minutes are refused before the meeting has begun (by `now`,
 * the app's clock): 'not_started' with the meeting's date and start time.
 *
 * Who may call it: the body's secretariat and admins. Returns the version's number, or why not
 * ('already_published', 'not_started', 'no_items', 'not_editable', 'not_found').
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type PublishResult, publishMeetingVersion } from './publish-meeting-version.js';

export interface PublishMinutesInput {
  db: Db;
  meetingId: number;
  actor: AuditActor;
  now?: Date;
}

export function publishMinutes(input: PublishMinutesInput): Promise<PublishResult> {
  return publishMeetingVersion({ ...input, action: 'minutes' });
}
