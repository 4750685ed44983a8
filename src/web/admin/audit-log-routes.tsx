/** GET /admin/log[?side=N]: the audit log, newest first, for those who may read it (read_audit_log). */
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { AuditLogPage } from '../../render/html/admin/audit-log-page.js';
import { AUDIT_PAGE_SIZE, listAuditLog } from '../../use-cases/audit/list-audit-log.js';
import { requireRole } from '../auth/require-role.js';
import { PageQuery, pageCount } from '../kit/paging.js';

export function auditLogRoutes({ db }: { db: Db }) {
  const app = new Hono();
  app.get('/', requireRole('read_audit_log'), async (c) => {
    const { side: page } = PageQuery.parse(c.req.query());
    const { entries, total } = await listAuditLog({ db, page });
    return c.render(
      <AuditLogPage entries={entries} page={page} pages={pageCount(total, AUDIT_PAGE_SIZE)} total={total} />,
    );
  });
  return app;
}
