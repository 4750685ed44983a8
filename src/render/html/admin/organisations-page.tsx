/**
 * The admins' publishers (udgivere): the form that adds one that is not in the reference data
 * (name, kind, region) and every publisher with its kind, region and the slug its bodies' addresses
 * begin with.
 */
import { CsrfInput, ErrorSummary, Notice, type Problem, Select, TextField } from '../forms.js';
import { Layout } from '../layout.js';
import { AdminNav } from './admin-nav.js';
import { AdminTable } from './admin-table.js';

export interface OrganisationRowView {
  name: string;
  kindLabel: string;
  regionName: string;
  slug: string;
}

export interface OrganisationFormValues {
  name: string;
  kind: string;
  region: string;
}

export interface OrganisationsPageProps {
  organisations: OrganisationRowView[];
  kinds: { value: string; label: string }[];
  regions: { value: string; label: string }[];
  nameMax: number;
  csrfToken: string;
  values: OrganisationFormValues;
  problems: Problem[];
  notice?: string;
}

export function OrganisationsPage(props: OrganisationsPageProps) {
  const { organisations, values, problems, notice } = props;
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.text;
  return (
    <Layout title="Udgivere">
      <AdminNav current="/admin/udgivere" />
      <h1>Udgivere</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <p>
        Et organ hører til en udgiver: regionen, kommunen eller organisationen, hvis side offentliggør dets dokumenter.
        Alle regioner og kommuner findes allerede; her tilføjes andre.
      </p>
      <h2>Tilføj udgiver</h2>
      <form method="post" action="/admin/udgivere" novalidate>
        <CsrfInput token={props.csrfToken} />
        <TextField
          id="name"
          label="Navn"
          hint="Som organisationen selv skriver det, fx »Odense Universitetshospital«."
          value={values.name}
          required
          maxlength={props.nameMax}
          error={errorOf('name')}
        />
        <Select id="kind" label="Type" value={values.kind} options={props.kinds} error={errorOf('kind')} />
        <Select
          id="region"
          label="Region (valgfri)"
          value={values.region}
          options={[{ value: '', label: 'Ingen region' }, ...props.regions]}
          error={errorOf('region')}
        />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Tilføj udgiver
          </button>
        </div>
      </form>
      <h2>Alle udgivere</h2>
      <AdminTable caption="Alle udgivere" head={['Navn', 'Type', 'Region', 'Adressens første del']}>
        {organisations.map((o) => (
          <tr>
            <th scope="row">{o.name}</th>
            <td>{o.kindLabel}</td>
            <td>{o.regionName}</td>
            <td>
              <code>{o.slug}</code>
            </td>
          </tr>
        ))}
      </AdminTable>
    </Layout>
  );
}
