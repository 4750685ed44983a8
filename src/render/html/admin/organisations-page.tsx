/**
 * The admins' publishers (udgivere): the form that adds one that is not in the reference data
 * (name, kind, region) and every publisher with its kind, region and the slug its bodies' addresses
 * begin with.
 */
import { fieldsOf, Select, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

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
  const field = fieldsOf(values, problems);
  return (
    <Layout title="Udgivere">
      <AdminNav current="/admin/udgivere" />
      <h1>Udgivere</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>
        Et organ hører til en udgiver: regionen, kommunen eller organisationen, hvis side offentliggør dets dokumenter.
        Alle regioner og kommuner findes allerede; her tilføjes andre.
      </p>
      <h2>Tilføj udgiver</h2>
      <PostForm action="/admin/udgivere" csrfToken={props.csrfToken}>
        <TextField
          {...field('name')}
          label="Navn"
          hint="Som organisationen selv skriver det, fx »Odense Universitetshospital«."
          required
          maxlength={props.nameMax}
        />
        <Select {...field('kind')} label="Type" options={props.kinds} />
        <Select
          {...field('region')}
          label="Region (valgfri)"
          options={[{ value: '', label: 'Ingen region' }, ...props.regions]}
        />
        <SubmitGroup>Tilføj udgiver</SubmitGroup>
      </PostForm>
      <h2>Alle udgivere</h2>
      <DataTable isRegion caption="Alle udgivere" head={['Navn', 'Type', 'Region', 'Adressens første del']}>
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
      </DataTable>
    </Layout>
  );
}
