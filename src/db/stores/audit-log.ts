/**
 * The audit log's store: entries are appended (in the transaction of the change they record) and
 * read newest first; never changed or deleted (a database trigger refuses UPDATE, DELETE and
 * TRUNCATE).
 */
import { count, desc } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client.js';
import { auditLog } from '../schema/index.js';

export interface NewAuditEntry {
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditEntryRow {
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

export async function appendAuditEntry(db: DbOrTx, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export async function countAuditEntries(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(auditLog);
  return Number(n);
}

/** Newest first. */
export async function listAuditEntries(
  db: Db,
  { limit, offset }: { limit: number; offset: number },
): Promise<AuditEntryRow[]> {
  return db
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
    .limit(limit)
    .offset(offset);
}
