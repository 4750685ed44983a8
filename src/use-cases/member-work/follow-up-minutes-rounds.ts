/**
 * followUpMinutesRounds: when a round of draft minutes under the within-N-days rule has ended
 * (its last day is past) with members who have not approved, and the minutes are not published,
 * makes one follow-up for the body's secretariat naming them (due today), once per round. Run by
 * the deadline scan (scan-deadlines.ts), which then tells the secretariat of the follow-up.
 *
 * Who may call it: the deadline scan and tests. Returns how many follow-ups it made.
 */
import type { Db } from '../../db/client.js';
import { insertFollowUp } from '../../db/stores/follow-ups.js';
import {
  listEndedRoundsWithoutFollowUp,
  listRoundMembers,
  lockRound,
  setRoundFields,
} from '../../db/stores/member-work.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { COMMAND_LINE_ACTOR, recordAuditEntry } from '../audit/record-audit-entry.js';

export async function followUpMinutesRounds({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const today = copenhagenDate(now);
  let made = 0;
  for (const ended of await listEndedRoundsWithoutFollowUp(db, today)) {
    made += await db.transaction(async (tx) => {
      const round = await lockRound(tx, ended.id);
      if (!round || round.followUpId !== null || round.publishedVersion !== null) return 0;
      const missing = (await listRoundMembers(tx, round.id)).filter((member) => !member.approvedAt);
      if (missing.length === 0) return 0;
      const names = missing.map((member) => member.name).join(', ');
      const followUpId = await insertFollowUp(tx, {
        bodyId: ended.bodyId,
        decisionItemId: null,
        what:
          `Godkendelse af referat fra mødet ${formatDate(ended.heldOn)} (udsendelse ${round.number}): ` +
          `fristen ${formatDate(round.dueOn ?? today)} er overskredet uden godkendelse fra ${names}.` +
          (round.silenceIsApproval ? ' Tavshed regnes som godkendelse: referatet kan offentliggøres.' : ''),
        responsible: 'Sekretariatet',
        dueOn: today,
        returnToBodyId: null,
        createdByUserId: null,
        createdAt: now,
        updatedAt: now,
      });
      await setRoundFields(tx, round.id, { followUpId });
      await recordAuditEntry(tx, {
        actor: COMMAND_LINE_ACTOR,
        action: 'minutes_round.follow_up',
        entity: 'meeting',
        entityId: round.meetingId,
        before: null,
        after: { round: round.number, followUpId, missing: missing.map((member) => member.name) },
      });
      return 1;
    });
  }
  return made;
}
