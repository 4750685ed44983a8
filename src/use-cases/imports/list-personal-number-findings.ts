/**
 * listPersonalNumberFindings: the meetings in which personal numbers (CPR) were found and masked
 * on import or harvest, with where each was found (item, section or attachment page), the masked
 * text around it and how sure the detector was — never the number, which was not stored.
 *
 * Who may call it: admins (the admin page /admin/personnumre).
 */
import type { Db } from '../../db/client.js';
import {
  listPersonalNumberFindings as listFindings,
  type PersonalNumberFindingRow,
} from '../../db/stores/personal-number-findings.js';

export type { PersonalNumberFindingRow };

export interface FindingsOfMeeting {
  meetingId: number;
  heldOn: string;
  bodyName: string;
  publisherName: string | null;
  /** When the meeting's latest finding was recorded. */
  foundAt: Date;
  findings: PersonalNumberFindingRow[];
}

/** Every flagged meeting, the most recently found first, each with its findings in document order. */
export async function listPersonalNumberFindings({ db }: { db: Db }): Promise<FindingsOfMeeting[]> {
  const meetings = new Map<number, FindingsOfMeeting>();
  for (const row of await listFindings(db)) {
    let meeting = meetings.get(row.meetingId);
    if (!meeting) {
      meeting = {
        meetingId: row.meetingId,
        heldOn: row.heldOn,
        bodyName: row.bodyName,
        publisherName: row.publisherName,
        foundAt: row.foundAt,
        findings: [],
      };
      meetings.set(row.meetingId, meeting);
    }
    if (row.foundAt > meeting.foundAt) meeting.foundAt = row.foundAt;
    meeting.findings.push(row);
  }
  return [...meetings.values()];
}
