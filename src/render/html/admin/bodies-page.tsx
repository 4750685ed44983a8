/**
 * The admins' bodies: those whose publisher is unknown first, each with the form that sets it; the
 * form that creates a body (name, kind, publisher, description); every body with its publisher.
 */

import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { HeadedSection } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';
import { type OptionGroup, PublisherSelect } from './publisher-select.js';

export interface BodyRowView {
  name: string;
  publicHref: string;
  kindLabel: string;
  /** The publisher's name, or null: unknown. */
  publisherName: string | null;
  membersHref: string;
  newMeetingHref: string;
}

/** A body whose publisher is unknown, with the form that sets it. */
export interface UnplacedBodyView {
  name: string;
  slug: string;
  publicHref: string;
  action: string;
  /** The select's id (and the problem's field). */
  fieldId: string;
  value: string;
  error?: string;
}

export interface BodyFormValues {
  name: string;
  kind: string;
  publisher: string;
  description: string;
}

export interface BodiesPageProps {
  bodies: BodyRowView[];
  unplaced: UnplacedBodyView[];
  kinds: { value: string; label: string }[];
  publishers: OptionGroup[];
  csrfToken: string;
  values: BodyFormValues;
  problems: Problem[];
  notice?: string;
}

export function BodiesPage(props: BodiesPageProps) {
  const { bodies, unplaced, csrfToken, problems, notice } = props;
  const m = ADMIN_MESSAGES[usePage().lang].bodies;
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/organer" />
      <h1>{m.title}</h1>
      <PageAlerts notice={notice} problems={problems} />
      {unplaced.length > 0 ? (
        <UnplacedBodies bodies={unplaced} publishers={props.publishers} csrfToken={csrfToken} />
      ) : null}
      <h2>{m.create}</h2>
      <p>{m.lead}</p>
      <CreateBodyForm {...props} />
      <h2>{m.all}</h2>
      <DataTable isRegion caption={m.all} head={m.head}>
        {bodies.map((body) => (
          <tr>
            <th scope="row">
              <a href={body.publicHref}>{body.name}</a>
            </th>
            <td>{body.publisherName ?? <strong>{m.publisherUnknown}</strong>}</td>
            <td>{body.kindLabel}</td>
            <td>
              <a href={body.membersHref}>{m.members}</a>
            </td>
            <td>
              <a href={body.newMeetingHref}>{m.newMeeting}</a>
            </td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

function CreateBodyForm({ kinds, publishers, csrfToken, values, problems }: BodiesPageProps) {
  const field = fieldsOf(values, problems);
  const { common, bodies: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <PostForm action="/admin/organer" csrfToken={csrfToken}>
      <TextField {...field('name')} label={common.name} required maxlength={200} />
      <Select {...field('kind')} label={common.kind} options={kinds} />
      <PublisherSelect {...field('publisher')} label={common.publisher} hint={m.publisherHint} groups={publishers} />
      <TextArea id="description" label={m.description} value={values.description} rows={3} />
      <SubmitGroup>{m.create}</SubmitGroup>
    </PostForm>
  );
}

function UnplacedBodies({
  bodies,
  publishers,
  csrfToken,
}: {
  bodies: UnplacedBodyView[];
  publishers: OptionGroup[];
  csrfToken: string;
}) {
  const m = ADMIN_MESSAGES[usePage().lang].bodies;
  return (
    <HeadedSection id="unplaced-heading" heading={m.publisherUnknown}>
      <p>{m.unplacedLead}</p>
      <ul class="nobullet-list unplaced-bodies">
        {bodies.map((body) => (
          <li>
            <PostForm action={body.action} csrfToken={csrfToken}>
              <p>
                <a href={body.publicHref}>{body.name}</a> <span class="form-hint">({body.slug})</span>
              </p>
              <PublisherSelect
                id={body.fieldId}
                name="publisher"
                label={m.publisherOf(body.name)}
                value={body.value}
                groups={publishers}
                error={body.error}
              />
              <SubmitButton kind="secondary">{m.setPublisher}</SubmitButton>
            </PostForm>
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
