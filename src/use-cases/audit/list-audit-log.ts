/**
 * The audit log as admins read it: newest first, a page at a time.
 *
 * Who may call it: admins. Returns the page's entries and the total number.
 */
import { count, desc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';

export interface AuditEntryView {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditLog({
  db,
  page = 1,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  db: Db;
  page?: number;
  pageSize?: number;
}): Promise<{ entries: AuditEntryView[]; total: number }> {
  const [{ n }] = await db.select({ n: count() }).from(auditLog);
  const entries = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { entries, total: Number(n) };
}
