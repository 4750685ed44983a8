/**
 * publishAgenda: publishes a planned meeting's agenda. Members then read it, closed items included;
 * the public reads its open items (closed ones as number and title). Decisions recorded early are
 * not part of it. A changed agenda after this is published with publishCorrection.
 *
 * Who may call it: the body's secretariat and admins. Returns the version's number, or why not
 * ('already_published', 'no_items', 'not_editable', 'not_found').
 */
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../audit/record-audit-entry.js';
import { type PublishResult, publishMeetingVersion } from './publish-meeting-version.js';

export interface PublishAgendaInput {
  db: Db;
  meetingId: number;
  actor: AuditActor;
  now?: Date;
}

export function publishAgenda(input: PublishAgendaInput): Promise<PublishResult> {
  return publishMeetingVersion({ ...input, action: 'agenda' });
}
