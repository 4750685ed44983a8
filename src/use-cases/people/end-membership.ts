/**
 * endMembership: the last day of a person's seat in a body. The membership stays (the person page
 * and old minutes still show it), now with its end. Writes the audit log, before and after, in the
 * same transaction.
 *
 * Who may call it: admins. Returns nothing on success, or why not.
 */
import type { Db } from '../../db/client.js';
import { lockMembership, setMembershipEnd } from '../../db/stores/people.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { isCalendarDay } from './add-membership.js';

export interface EndMembershipInput {
  db: Db;
  membershipId: number;
  /** yyyy-mm-dd: the last day of the membership. */
  toOn: string;
  actor: AuditActor;
}

export type EndMembershipResult =
  | { ok: true; bodyId: number }
  | { ok: false; reason: 'not_found' | 'date_invalid' | 'before_start' | 'already_ended' };

export async function endMembership({
  db,
  membershipId,
  toOn,
  actor,
}: EndMembershipInput): Promise<EndMembershipResult> {
  const day = toOn.trim();
  if (!isCalendarDay(day)) return { ok: false, reason: 'date_invalid' };
  return db.transaction(async (tx) => {
    const current = await lockMembership(tx, membershipId);
    if (!current) return { ok: false, reason: 'not_found' } as const;
    if (current.toOn !== null) return { ok: false, reason: 'already_ended' } as const;
    if (current.fromOn !== null && day < current.fromOn) return { ok: false, reason: 'before_start' } as const;
    await setMembershipEnd(tx, membershipId, day);
    const { id: _id, ...before } = current;
    await recordAuditEntry(tx, {
      actor,
      action: 'membership.end',
      entity: 'membership',
      entityId: membershipId,
      before,
      after: { ...before, toOn: day },
    });
    return { ok: true, bodyId: current.bodyId } as const;
  });
}
