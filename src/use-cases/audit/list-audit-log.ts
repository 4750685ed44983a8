/**
 * The audit log as admins read it: newest first, a page at a time.
 *
 * Who may call it: admins. Returns the page's entries and the total number.
 */
import type { Db } from '../../db/client.js';
import { type AuditEntryRow, countAuditEntries, listAuditEntries } from '../../db/stores/audit-log.js';

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditLog({
  db,
  page = 1,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  db: Db;
  page?: number;
  pageSize?: number;
}): Promise<{ entries: AuditEntryRow[]; total: number }> {
  const total = await countAuditEntries(db);
  const entries = await listAuditEntries(db, { limit: pageSize, offset: (page - 1) * pageSize });
  return { entries, total };
}
