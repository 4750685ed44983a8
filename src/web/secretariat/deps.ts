/** What the secretariat's routes share: the database, the clock, the data folder and the actor. */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import type { AuditActor } from '../../use-cases/audit/record-audit-entry.js';
import { signedInOf } from '../auth/index.js';

export interface SecretariatDeps {
  db: Db;
  now: () => Date;
  /** The data folder (PROTOKOL_DATA) for attachments; without it uploads are refused. */
  dataDir?: string;
}

/** The signed-in user as the audit log names them (routes run after requireRole, so there is one). */
export function auditActorOf(c: Context): AuditActor {
  const user = signedInOf(c);
  if (!user) throw new Error('auditActorOf: no signed-in user');
  return { userId: user.userId, label: user.email };
}

/** The session's CSRF token for the page's forms. */
export function csrfOf(c: Context): string {
  return signedInOf(c)?.csrfToken ?? '';
}
