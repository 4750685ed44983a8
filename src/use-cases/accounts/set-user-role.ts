/**
 * setUserRole: gives a user a role in one body (secretariat or member), changes it, or takes it
 * away (role null). Each real change writes the audit log — who, when, before and after — in the
 * same transaction; setting the role a user already has changes nothing and records nothing.
 *
 * Who may call it: admins (web) and operators (CLI). Returns whether anything changed, or why not.
 */
import type { Db } from '../../db/client.js';
import { findUserEmail, findUserRole, saveUserRole } from '../../db/stores/accounts.js';
import { findBody } from '../../db/stores/people.js';
import type { BodyRole } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface SetUserRoleInput {
  db: Db;
  userId: number;
  bodyId: number;
  /** null: no role in the body. */
  role: BodyRole | null;
  actor: AuditActor;
}

export type SetUserRoleResult =
  | { ok: true; changed: boolean; before: BodyRole | null; after: BodyRole | null }
  | { ok: false; reason: 'user_not_found' | 'body_not_found' };

export async function setUserRole({ db, userId, bodyId, role, actor }: SetUserRoleInput): Promise<SetUserRoleResult> {
  return db.transaction(async (tx) => {
    const email = await findUserEmail(tx, userId);
    if (email === null) return { ok: false, reason: 'user_not_found' } as const;
    const body = await findBody(tx, bodyId);
    if (!body) return { ok: false, reason: 'body_not_found' } as const;
    const before = await findUserRole(tx, { userId, bodyId, lock: true });
    if (before === role) return { ok: true, changed: false, before, after: role } as const;
    await saveUserRole(tx, { userId, bodyId, role });
    const described = (value: BodyRole | null) => (value ? { user: email, body: body.slug, role: value } : null);
    await recordAuditEntry(tx, {
      actor,
      action: 'user_role.set',
      entity: 'user_role',
      entityId: `${userId}:${bodyId}`,
      before: described(before),
      after: described(role),
    });
    return { ok: true, changed: true, before, after: role } as const;
  });
}
