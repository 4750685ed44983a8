/**
 * The admins' bodies: those whose publisher is unknown first, each with the form that sets it; the
 * form that creates a body (name, kind, publisher, description); every body with its publisher.
 */

import { HeadedSection } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
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
  return (
    <Layout title="Organer">
      <AdminNav current="/admin/organer" />
      <h1>Organer</h1>
      <PageAlerts notice={notice} problems={problems} />
      {unplaced.length > 0 ? (
        <UnplacedBodies bodies={unplaced} publishers={props.publishers} csrfToken={csrfToken} />
      ) : null}
      <h2>Opret organ</h2>
      <p>
        Et organ hører til en udgiver: regionen, kommunen eller organisationen, hvis side offentliggør dets dokumenter.
        Giv derefter brugerne en rolle i organet under »Brugere«: sekretariat eller medlem.
      </p>
      <CreateBodyForm {...props} />
      <h2>Alle organer</h2>
      <DataTable isRegion caption="Alle organer" head={['Navn', 'Udgiver', 'Type', 'Medlemmer', 'Sekretariat']}>
        {bodies.map((body) => (
          <tr>
            <th scope="row">
              <a href={body.publicHref}>{body.name}</a>
            </th>
            <td>{body.publisherName ?? <strong>Udgiver ukendt</strong>}</td>
            <td>{body.kindLabel}</td>
            <td>
              <a href={body.membersHref}>Medlemmer</a>
            </td>
            <td>
              <a href={body.newMeetingHref}>Nyt møde</a>
            </td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

function CreateBodyForm({ kinds, publishers, csrfToken, values, problems }: BodiesPageProps) {
  const field = fieldsOf(values, problems);
  return (
    <PostForm action="/admin/organer" csrfToken={csrfToken}>
      <TextField {...field('name')} label="Navn" required maxlength={200} />
      <Select {...field('kind')} label="Type" options={kinds} />
      <PublisherSelect
        {...field('publisher')}
        label="Udgiver"
        hint="Mangler udgiveren, så tilføj den først under »Udgivere«."
        groups={publishers}
      />
      <TextArea id="description" label="Beskrivelse (valgfri)" value={values.description} rows={3} />
      <SubmitGroup>Opret organ</SubmitGroup>
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
  return (
    <HeadedSection id="unplaced-heading" heading="Udgiver ukendt">
      <p>
        Disse organer kunne ikke placeres hos en udgiver, da databasen blev opgraderet. Vælg hvert organs udgiver: dets
        adresse bliver da »udgiver--navn«, og den gamle adresse viderestiller dertil.
      </p>
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
                label={`Udgiver af ${body.name}`}
                value={body.value}
                groups={publishers}
                error={body.error}
              />
              <SubmitButton kind="secondary">Sæt udgiver</SubmitButton>
            </PostForm>
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
