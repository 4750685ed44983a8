/**
 * The admins' people and memberships: the list of people (not those merged into another) with the
 * form that creates one, and a body's memberships — current (each with the form that ends it), the
 * form that adds one, ended. One person's page, merging and splitting: person-page.tsx and
 * merge-pages.tsx, split-pages.tsx.
 */
import { Pagination } from '../components.js';
import { errorLookup, fieldsOf, Select, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

const PEOPLE_HREF = '/admin/personer';

export interface PersonRowView {
  name: string;
  /** The admins' page of the person. */
  href: string;
  publicHref: string;
  publisherName: string;
  currentCount: number;
}

export interface PeoplePageProps {
  people: PersonRowView[];
  /** The list's search, its page and how many people it holds. */
  list: { query: string; page: number; pages: number; total: number };
  csrfToken: string;
  /** The name typed into the form. */
  name: string;
  nameMax: number;
  problems: Problem[];
  notice?: string;
}

export function PeoplePage({ people, list, csrfToken, name, nameMax, problems, notice }: PeoplePageProps) {
  return (
    <Layout title="Personer">
      <AdminNav current={PEOPLE_HREF} />
      <h1>Personer</h1>
      <PageAlerts notice={notice} problems={problems} />
      <h2>Opret person</h2>
      <p>Giv derefter personen et medlemskab under »Organer« → organets medlemmer.</p>
      <PostForm action={PEOPLE_HREF} csrfToken={csrfToken}>
        <TextField
          id="name"
          label="Navn"
          value={name}
          required
          maxlength={nameMax}
          error={errorLookup(problems)('name')}
        />
        <SubmitGroup>Opret person</SubmitGroup>
      </PostForm>
      <h2>Alle personer</h2>
      <p>
        Vælg en person for at se medlemskaber og møder, lægge personen sammen med en anden eller dele den op.{' '}
        <a href={`${PEOPLE_HREF}/aendringer`}>Seneste sammenlægninger og opdelinger</a>
      </p>
      <form method="get" action={PEOPLE_HREF}>
        <div class="form-group">
          <label class="form-label" for="q">
            Søg efter navn
          </label>
          <input class="form-input" id="q" name="q" type="search" value={list.query} />
        </div>
        <SubmitButton kind="secondary">Søg</SubmitButton>
      </form>
      <p>
        {list.total} {list.total === 1 ? 'person' : 'personer'}
        {list.query ? ` med »${list.query}« i navnet` : ''}.
      </p>
      <DataTable isRegion caption="Alle personer" head={['Navn', 'Udgiver', 'Aktuelle medlemskaber', 'Offentlig side']}>
        {people.map((person) => (
          <tr>
            <th scope="row">
              <a href={person.href}>{person.name}</a>
            </th>
            <td>{person.publisherName}</td>
            <td>{person.currentCount}</td>
            <td>
              <a href={person.publicHref}>
                Vis<span class="sr-only"> den offentlige side for {person.name}</span>
              </a>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        page={list.page}
        pages={list.pages}
        hrefFor={(n) =>
          `${PEOPLE_HREF}?${new URLSearchParams({ ...(list.query ? { q: list.query } : {}), side: String(n) })}`
        }
      />
    </Layout>
  );
}

export interface MemberView {
  name: string;
  href: string;
  roleLabel: string;
  /** "V, Aabenraa Kommune, Borgmester" or "–". */
  details: string;
  fromText: string;
  toText: string;
  /** The form that ends a current membership: its action, its date field's id and value. */
  end: { action: string; fieldId: string; value: string; error?: string };
}

export interface MembershipFormValues {
  person: string;
  role: string;
  party: string;
  organisation: string;
  title: string;
  fromOn: string;
}

export interface MembersPageProps {
  body: { name: string; publicHref: string };
  current: MemberView[];
  ended: MemberView[];
  /** The add form: its action, the people and roles to choose from, what was typed and the field limit. */
  add: {
    action: string;
    people: { value: string; label: string }[];
    roles: { value: string; label: string }[];
    values: MembershipFormValues;
    textMax: number;
  };
  csrfToken: string;
  problems: Problem[];
  notice?: string;
}

export function MembersPage({ body, current, ended, add, csrfToken, problems, notice }: MembersPageProps) {
  return (
    <Layout title={`Medlemmer: ${body.name}`}>
      <AdminNav current="/admin/organer" />
      <h1>Medlemmer af {body.name}</h1>
      <p>
        <a href={body.publicHref}>Organets offentlige side</a> · <a href={PEOPLE_HREF}>Personer</a>
      </p>
      <PageAlerts notice={notice} problems={problems} />
      <h2>Nuværende medlemmer</h2>
      <CurrentMembers members={current} csrfToken={csrfToken} />
      <h2>Tilføj medlemskab</h2>
      <AddMembershipForm {...add} csrfToken={csrfToken} problems={problems} />
      <h2>Tidligere medlemmer</h2>
      <EndedMembers members={ended} />
    </Layout>
  );
}

/** A membership's cells that both tables show: who, the role, the details, from when. */
function MemberCells({ member }: { member: MemberView }) {
  return (
    <>
      <th scope="row">
        <a href={member.href}>{member.name}</a>
      </th>
      <td>{member.roleLabel}</td>
      <td>{member.details}</td>
      <td>{member.fromText}</td>
    </>
  );
}

function CurrentMembers({ members, csrfToken }: { members: MemberView[]; csrfToken: string }) {
  if (members.length === 0) return <p>Organet har ingen nuværende medlemmer.</p>;
  return (
    <DataTable
      isRegion
      caption="Nuværende medlemmer"
      head={['Navn', 'Rolle', 'Parti, organisation, titel', 'Fra', 'Afslut']}
    >
      {members.map((member) => (
        <tr>
          <MemberCells member={member} />
          <td>
            <PostForm action={member.end.action} csrfToken={csrfToken}>
              <TextField
                id={member.end.fieldId}
                name="toOn"
                type="date"
                label={`Sidste dag for ${member.name}`}
                value={member.end.value}
                error={member.end.error}
              />
              <SubmitButton kind="secondary">Afslut medlemskab</SubmitButton>
            </PostForm>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function AddMembershipForm({
  action,
  people,
  roles,
  values,
  textMax,
  csrfToken,
  problems,
}: MembersPageProps['add'] & { csrfToken: string; problems: Problem[] }) {
  const field = fieldsOf(values, problems);
  if (people.length === 0) {
    return (
      <p>
        Der er ingen personer endnu. <a href={PEOPLE_HREF}>Opret en person</a> først.
      </p>
    );
  }
  return (
    <PostForm action={action} csrfToken={csrfToken}>
      <Select {...field('person')} label="Person" options={[{ value: '', label: 'Vælg en person' }, ...people]} />
      <Select {...field('role')} label="Rolle" options={roles} />
      <TextField
        {...field('party')}
        label="Parti (valgfrit)"
        hint="Partibogstav, fx V, A eller C."
        maxlength={textMax}
      />
      <TextField
        {...field('organisation')}
        label="Organisation (valgfri)"
        hint="Som den står i referatet, fx »Aabenraa Kommune« eller »PLO«."
        maxlength={textMax}
      />
      <TextField {...field('title')} label="Titel (valgfri)" maxlength={textMax} />
      <TextField {...field('fromOn')} type="date" label="Fra (valgfri)" hint="Første dag, fx 2026-01-01." />
      <SubmitGroup>Tilføj medlemskab</SubmitGroup>
    </PostForm>
  );
}

function EndedMembers({ members }: { members: MemberView[] }) {
  if (members.length === 0) return <p>Ingen afsluttede medlemskaber.</p>;
  return (
    <DataTable
      isRegion
      caption="Tidligere medlemmer"
      head={['Navn', 'Rolle', 'Parti, organisation, titel', 'Fra', 'Til']}
    >
      {members.map((member) => (
        <tr>
          <MemberCells member={member} />
          <td>{member.toText}</td>
        </tr>
      ))}
    </DataTable>
  );
}
