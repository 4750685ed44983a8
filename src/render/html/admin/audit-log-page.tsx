/** The audit log: who changed what and when, with the values before and after; read-only. */
import { formatInstant } from '../../danish-time.js';
import { Pagination } from '../components.js';
import { Layout } from '../layout.js';
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
      <div class="table--responsive-scroll" tabindex={0} role="region" aria-label="Ændringer, nyeste først">
        <table class="table table--compact audit-log">
          <caption class="sr-only">Ændringer, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Hvem</th>
              <th scope="col">Handling</th>
              <th scope="col">Hvad</th>
              <th scope="col">Før</th>
              <th scope="col">Efter</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} hrefFor={(n) => `/admin/log?side=${n}`} />
    </Layout>
  );
}
