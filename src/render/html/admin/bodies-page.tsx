/** The admins' bodies: the form that creates one (name, kind, description) and every body with its links. */
import { CsrfInput, ErrorSummary, Notice, type Problem, Select, TextArea, TextField } from '../forms.js';
import { Layout } from '../layout.js';
import { SimpleTable } from '../secretariat/shared.js';
import { AdminNav } from './admin-nav.js';

export interface BodyRowView {
  name: string;
  publicHref: string;
  kindLabel: string;
  membersHref: string;
  newMeetingHref: string;
}

export interface BodyFormValues {
  name: string;
  kind: string;
  description: string;
}

export interface BodiesPageProps {
  bodies: BodyRowView[];
  kinds: { value: string; label: string }[];
  csrfToken: string;
  values: BodyFormValues;
  problems: Problem[];
  notice?: string;
}

export function BodiesPage({ bodies, kinds, csrfToken, values, problems, notice }: BodiesPageProps) {
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.text;
  return (
    <Layout title="Organer">
      <AdminNav current="/admin/organer" />
      <h1>Organer</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <h2>Opret organ</h2>
      <p>Giv derefter brugerne en rolle i organet under »Brugere«: sekretariat eller medlem.</p>
      <form method="post" action="/admin/organer" novalidate>
        <CsrfInput token={csrfToken} />
        <TextField id="name" label="Navn" value={values.name} required maxlength={200} error={errorOf('name')} />
        <Select id="kind" label="Type" value={values.kind} options={kinds} error={errorOf('kind')} />
        <TextArea id="description" label="Beskrivelse (valgfri)" value={values.description} rows={3} />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Opret organ
          </button>
        </div>
      </form>
      <h2>Alle organer</h2>
      <SimpleTable caption="Alle organer" head={['Navn', 'Type', 'Medlemmer', 'Sekretariat']}>
        {bodies.map((body) => (
          <tr>
            <th scope="row">
              <a href={body.publicHref}>{body.name}</a>
            </th>
            <td>{body.kindLabel}</td>
            <td>
              <a href={body.membersHref}>Medlemmer</a>
            </td>
            <td>
              <a href={body.newMeetingHref}>Nyt møde</a>
            </td>
          </tr>
        ))}
      </SimpleTable>
    </Layout>
  );
}
