/**
 * recordAuditEntry: appends who changed what, when, before and after, to the audit log. Call it in
 * the same transaction as the change, so that there is never a change without its entry. The log
 * is append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE); admins read it.
 *
 * Who may call it: every use case that changes memberships, roles, users — and, later, meetings,
 * items and decisions. Returns nothing.
 */
import type { DbOrTx } from '../../db/client.js';
import { appendAuditEntry } from '../../db/stores/audit-log.js';

/** Who made a change: a user (id and e-mail) or the command line / the system (no id). */
export interface AuditActor {
  userId: number | null;
  label: string;
}

/** Changes made with the `protokol` command on the server. */
export const COMMAND_LINE_ACTOR: AuditActor = { userId: null, label: 'kommandolinjen' };

export interface AuditEntryInput {
  actor: AuditActor;
  /** "user.create", "user_role.set", "user.password_reset" … : entity.verb */
  action: string;
  entity: string;
  entityId: string | number;
  /** The state before the change (null when something was created); whitelisted fields, never secrets. */
  before: Record<string, unknown> | null;
  /** The state after the change (null when something was removed). */
  after: Record<string, unknown> | null;
}

export async function recordAuditEntry(db: DbOrTx, entry: AuditEntryInput): Promise<void> {
  await appendAuditEntry(db, {
    actorUserId: entry.actor.userId,
    actorLabel: entry.actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before,
    after: entry.after,
  });
}
