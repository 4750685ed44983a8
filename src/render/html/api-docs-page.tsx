/**
 * /api/docs: the JSON API's documentation, rendered on the server from the OpenAPI document (no
 * script, no external resources): every endpoint with its parameters and a working example
 * request, then OParl, calendars, feeds and the bulk export.
 */
import { Breadcrumbs } from './components.js';
import { Layout } from './layout.js';
import { DataTable } from './tables.js';

export interface ApiParameterView {
  name: string;
  /** "sti" (path) or "forespørgsel" (query). */
  location: string;
  isRequired: boolean;
  /** "heltal (1–200)", "dato", "en af: approved, noted …" */
  type: string;
  description: string | null;
}

export interface ApiOperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  parameters: ApiParameterView[];
  /** A complete curl command that works against this server. */
  example: string;
}

export interface ApiDocsPageProps {
  origin: string;
  openApiUrl: string;
  groups: { name: string; operations: ApiOperationView[] }[];
  others: { name: string; description: string; examples: string[] }[];
}

export function ApiDocsPage(props: ApiDocsPageProps) {
  return (
    <Layout title="Åbne data: API, OParl, kalendere og feeds">
      <Breadcrumbs items={[{ label: 'Åbne data' }]} />
      <div lang="da">
        <h1>Åbne data</h1>
        <p class="font-lead">
          Alt, hvad portalen viser, kan også hentes som data: et JSON-API, OParl 1.1, kalendere (iCalendar), feeds
          (Atom) og en samlet eksport. Lukkede punkter indgår kun med nummer og titel – ligesom i portalen.
        </p>
        <ul>
          <li>
            API-beskrivelse (OpenAPI 3.1): <a href={props.openApiUrl}>{props.openApiUrl}</a>
          </li>
          <li>
            Sider: svar på lister har <code>links.next</code> (en uigennemsigtig <code>cursor</code>); følg den, til den
            er <code>null</code>. <code>limit</code> er 1–200 (standard 50).
          </li>
          <li>
            Caching: svar har <code>ETag</code> og <code>Cache-Control: public, max-age=300</code>; send{' '}
            <code>If-None-Match</code> for at få <code>304 Not Modified</code>.
          </li>
          <li>
            CORS: alle kan læse fra en browser (<code>Access-Control-Allow-Origin: *</code>, kun GET, HEAD og OPTIONS).
          </li>
          <li>
            Fejl er JSON:{' '}
            <code>{'{"error": {"status", "code", "message", "problems": [{"parameter", "message"}]}}'}</code>.
          </li>
        </ul>

        <nav aria-labelledby="api-contents">
          <h2 id="api-contents">Indhold</h2>
          <ul>
            {props.groups.map((group) => (
              <li>
                <a href={`#${anchor(group.name)}`}>{group.name}</a>
              </li>
            ))}
            {props.others.map((other) => (
              <li>
                <a href={`#${anchor(other.name)}`}>{other.name}</a>
              </li>
            ))}
          </ul>
        </nav>

        {props.groups.map((group) => (
          <section aria-labelledby={anchor(group.name)}>
            <h2 id={anchor(group.name)}>{group.name}</h2>
            {group.operations.map((operation) => (
              <Operation operation={operation} />
            ))}
          </section>
        ))}

        {props.others.map((other) => (
          <section aria-labelledby={anchor(other.name)}>
            <h2 id={anchor(other.name)}>{other.name}</h2>
            <p>{other.description}</p>
            <pre class="api-example" tabindex={0}>
              <code>{other.examples.join('\n')}</code>
            </pre>
          </section>
        ))}
      </div>
    </Layout>
  );
}

function anchor(name: string): string {
  return `afsnit-${name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function Operation({ operation }: { operation: ApiOperationView }) {
  return (
    <article class="api-operation" aria-labelledby={`op-${operation.id}`}>
      <h3 id={`op-${operation.id}`}>
        <code>
          {operation.method} {operation.path}
        </code>
      </h3>
      <p>{operation.summary}</p>
      {operation.description ? <p>{operation.description}</p> : null}
      {operation.parameters.length > 0 ? (
        <DataTable caption={`Parametre til ${operation.path}`} head={['Parameter', 'Hvor', 'Type', 'Betydning']}>
          {operation.parameters.map((parameter) => (
            <tr>
              <th scope="row">
                <code>{parameter.name}</code>
                {parameter.isRequired ? ' (skal angives)' : ''}
              </th>
              <td>{parameter.location}</td>
              <td>{parameter.type}</td>
              <td>{parameter.description ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p>Eksempel:</p>
      <pre class="api-example" tabindex={0}>
        <code>{operation.example}</code>
      </pre>
    </article>
  );
}
