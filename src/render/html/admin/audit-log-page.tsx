/** The audit log: who changed what and when, with the values before and after; read-only. */
import { formatInstant } from '../../danish-time.js';
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Pagination } from '../components.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

export interface AuditEntryRow {
  at: Date;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function AuditLogPage({
  entries,
  page,
  pages,
  total,
}: {
  entries: AuditEntryRow[];
  page: number;
  pages: number;
  total: number;
}) {
  const m = ADMIN_MESSAGES[usePage().lang].audit;
  const json = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value, null, 1));
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/log" />
      <h1>{m.title}</h1>
      <p>
        {m.lead} {m.total(total)}
      </p>
      <DataTable isRegion class="audit-log" caption={m.caption} head={m.head}>
        {entries.map((entry) => (
          <tr>
            <td>{formatInstant(entry.at)}</td>
            <td>{entry.actorLabel}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>
              {entry.entity} {entry.entityId}
            </td>
            <td>
              <pre>{json(entry.before)}</pre>
            </td>
            <td>
              <pre>{json(entry.after)}</pre>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page} pages={pages} hrefFor={(n) => `/admin/log?side=${n}`} />
    </Layout>
  );
}
