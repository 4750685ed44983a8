/** The audit log: who changed what and when, with the values before and after; read-only. */
import { formatInstant } from '../../danish-time.js';
import { Pagination } from '../components.js';
import { Layout } from '../layout.js';
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
  const json = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value, null, 1));
  return (
    <Layout title="Ændringslog">
      <AdminNav current="/admin/log" />
      <h1>Ændringslog</h1>
      <p>
        Hvem der ændrede hvad og hvornår, med værdierne før og efter. Loggen kan kun læses; ingen kan rette eller slette
        i den. {total} {total === 1 ? 'ændring' : 'ændringer'} i alt.
      </p>
      <DataTable
        isRegion
        class="audit-log"
        caption="Ændringer, nyeste først"
        head={['Tidspunkt', 'Hvem', 'Handling', 'Hvad', 'Før', 'Efter']}
      >
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
