/**
 * The members' approval of draft minutes, as publishing the minutes checks it (publish-minutes.ts
 * passes `minutesApprovalGate` to publishMeetingVersion): under the body's rule "by the members
 * within N working days" the minutes are published only when the latest round sent the text being
 * published and every member approved it, or its period is over and silence counts as approval.
 * Under "at the next meeting" nothing is refused. Either way the latest round records the version
 * published from it (the record of who approved and when), and the audit log names the approvals.
 *
 * Not a use case itself: called inside the publishing transaction.
 */
import type { Tx } from '../../db/client.js';
import { findLatestRound, findProcedureRules, listRoundMembers, setRoundFields } from '../../db/stores/member-work.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { approvalState } from '../../domain/procedure-rules.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { sameJson } from '../meetings/draft-access.js';
import type { MinutesGate } from '../meetings/publish-meeting-version.js';

export function minutesApprovalGate(actor: AuditActor): MinutesGate {
  return async (tx: Tx, { meetingId, bodyId, document, now }) => {
    const rules = await findProcedureRules(tx, bodyId);
    const round = await findLatestRound(tx, meetingId);
    const strict = rules.minutesApproval === 'members_within_days';
    if (strict && !round) return { ok: false, refusal: { reason: 'round_missing', missing: [], dueOn: null } };
    if (strict && round && !sameJson(round.snapshot, document)) {
      return { ok: false, refusal: { reason: 'round_outdated', missing: [], dueOn: round.dueOn } };
    }
    const members = round ? await listRoundMembers(tx, round.id) : [];
    if (strict && round) {
      const state = approvalState(
        {
          minutesApproval: round.minutesApproval,
          silenceIsApproval: round.silenceIsApproval,
          dueOn: round.dueOn,
          members: members.map((member) => ({ name: member.name, approved: member.approvedAt !== null })),
        },
        copenhagenDate(now),
      );
      if (!state.met) {
        return { ok: false, refusal: { reason: 'approval_missing', missing: state.missing, dueOn: round.dueOn } };
      }
    }
    return {
      ok: true,
      published: async (version: number) => {
        if (!round) return;
        await setRoundFields(tx, round.id, { publishedVersion: version });
        await recordAuditEntry(tx, {
          actor,
          action: 'minutes_round.published',
          entity: 'meeting',
          entityId: meetingId,
          before: null,
          after: {
            round: round.number,
            version,
            rule: round.minutesApproval,
            approvedBy: members
              .filter((member) => member.approvedAt)
              .map((member) => ({ name: member.name, at: member.approvedAt?.toISOString() })),
            notAnswered: members.filter((member) => !member.approvedAt).map((member) => member.name),
          },
        });
      },
    };
  };
}
