/**
 * addMembership: a person's seat in a body (chair, vice-chair, member, observer, secretariat), with
 * party, organisation and title as printed and the day it starts. Writes the audit log in the same
 * transaction.
 *
 * Who may call it: admins. Returns the new membership's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { findBody, insertMembership, personExists } from '../../db/stores/people.js';
import { isoDate } from '../../domain/danish-dates.js';
import type { MembershipRole } from '../../domain/membership.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export const MEMBERSHIP_TEXT_MAX = 200;

export interface AddMembershipInput {
  db: Db;
  personId: number;
  bodyId: number;
  role: MembershipRole;
  party?: string | null;
  organisation?: string | null;
  title?: string | null;
  /** yyyy-mm-dd, or null when not known. */
  fromOn?: string | null;
  actor: AuditActor;
}

export type AddMembershipResult =
  | { ok: true; membershipId: number }
  | { ok: false; reason: 'person_not_found' | 'body_not_found' | 'role_invalid' | 'date_invalid' | 'text_too_long' };

/** A valid calendar day as yyyy-mm-dd. */
export function isCalendarDay(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDate(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)) === value
  );
}

const tidy = (value: string | null | undefined) => value?.trim().replace(/\s+/g, ' ') || null;

export async function addMembership(input: AddMembershipInput): Promise<AddMembershipResult> {
  const { db, personId, bodyId, role, actor } = input;
  if (!MEMBERSHIP_ROLES.includes(role)) return { ok: false, reason: 'role_invalid' };
  const fromOn = tidy(input.fromOn);
  if (fromOn !== null && !isCalendarDay(fromOn)) return { ok: false, reason: 'date_invalid' };
  const party = tidy(input.party);
  const organisation = tidy(input.organisation);
  const title = tidy(input.title);
  if ([party, organisation, title].some((value) => (value?.length ?? 0) > MEMBERSHIP_TEXT_MAX))
    return { ok: false, reason: 'text_too_long' };
  return db.transaction(async (tx) => {
    if (!(await personExists(tx, personId))) return { ok: false, reason: 'person_not_found' } as const;
    if (!(await findBody(tx, bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const values = { personId, bodyId, role, party, organisation, title, fromOn };
    const membershipId = await insertMembership(tx, values);
    await recordAuditEntry(tx, {
      actor,
      action: 'membership.add',
      entity: 'membership',
      entityId: membershipId,
      before: null,
      after: { ...values, toOn: null },
    });
    return { ok: true, membershipId } as const;
  });
}
