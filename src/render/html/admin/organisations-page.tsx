/**
 * The admins' publishers (udgivere): the form that adds one that is not in the reference data
 * (name, kind, region) and every publisher with its kind, region and the slug its bodies' addresses
 * begin with.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { fieldsOf, Select, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
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
  const { common, organisations: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/udgivere" />
      <h1>{m.title}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>{m.lead}</p>
      <h2>{m.add}</h2>
      <PostForm action="/admin/udgivere" csrfToken={props.csrfToken}>
        <TextField {...field('name')} label={common.name} hint={m.nameHint} required maxlength={props.nameMax} />
        <Select {...field('kind')} label={common.kind} options={props.kinds} />
        <Select {...field('region')} label={m.region} options={[{ value: '', label: m.noRegion }, ...props.regions]} />
        <SubmitGroup>{m.add}</SubmitGroup>
      </PostForm>
      <h2>{m.all}</h2>
      <DataTable isRegion caption={m.all} head={m.head}>
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
