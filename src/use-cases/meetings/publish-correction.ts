/**
 * publishCorrection: publishes the working copy again as a new version of what is published (the
 * agenda before the minutes, else the minutes), with the reason for the correction. Every version
 * stays readable; the public page says that it was corrected, when and why, and shows the
 * difference. A correction that changes nothing is refused.
 *
 * Who may call it: the body's secretariat and admins. Returns the version's number, or why not
 * ('reason_missing', 'not_published', 'unchanged', 'no_items', 'not_editable', 'not_found').
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type PublishResult, publishMeetingVersion } from './publish-meeting-version.js';

export interface PublishCorrectionInput {
  db: Db;
  meetingId: number;
  reason: string;
  actor: AuditActor;
  now?: Date;
}

export function publishCorrection(input: PublishCorrectionInput): Promise<PublishResult> {
  return publishMeetingVersion({ ...input, action: 'correction' });
}
