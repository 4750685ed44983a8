/**
 * The admins' people and memberships: the list of people (not those merged into another) with the
 * form that creates one, and a body's memberships — current (each with the form that ends it), the
 * form that adds one, ended. One person's page, merging and splitting: person-page.tsx and
 * merge-pages.tsx, split-pages.tsx.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Pagination } from '../components.js';
import { errorLookup, fieldsOf, Select, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
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
  const { common, people: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title}>
      <AdminNav current={PEOPLE_HREF} />
      <h1>{m.title}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <h2>{m.create}</h2>
      <p>{m.createLead}</p>
      <PostForm action={PEOPLE_HREF} csrfToken={csrfToken}>
        <TextField
          id="name"
          label={common.name}
          value={name}
          required
          maxlength={nameMax}
          error={errorLookup(problems)('name')}
        />
        <SubmitGroup>{m.create}</SubmitGroup>
      </PostForm>
      <h2>{m.all}</h2>
      <p>
        {m.allLead} <a href={`${PEOPLE_HREF}/aendringer`}>{m.recentChanges}</a>
      </p>
      <form method="get" action={PEOPLE_HREF}>
        <div class="form-group">
          <label class="form-label" for="q">
            {common.searchByName}
          </label>
          <input class="form-input" id="q" name="q" type="search" value={list.query} />
        </div>
        <SubmitButton kind="secondary">{common.search}</SubmitButton>
      </form>
      <p>{m.count(list.total, list.query)}</p>
      <DataTable isRegion caption={m.all} head={m.head}>
        {people.map((person) => (
          <tr>
            <th scope="row">
              <a href={person.href}>{person.name}</a>
            </th>
            <td>{person.publisherName}</td>
            <td>{person.currentCount}</td>
            <td>
              <a href={person.publicHref}>
                {m.show}
                <span class="sr-only">{m.showPublicOf(person.name)}</span>
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
  const { common, members: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title(body.name)}>
      <AdminNav current="/admin/organer" />
      <h1>{m.heading(body.name)}</h1>
      <p>
        <a href={body.publicHref}>{m.publicPage}</a> · <a href={PEOPLE_HREF}>{common.people}</a>
      </p>
      <PageAlerts notice={notice} problems={problems} />
      <h2>{m.current}</h2>
      <CurrentMembers members={current} csrfToken={csrfToken} />
      <h2>{m.add}</h2>
      <AddMembershipForm {...add} csrfToken={csrfToken} problems={problems} />
      <h2>{m.ended}</h2>
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
  const { common, members: m } = ADMIN_MESSAGES[usePage().lang];
  if (members.length === 0) return <p>{m.noCurrent}</p>;
  return (
    <DataTable isRegion caption={m.current} head={[common.name, common.role, common.details, common.from, m.end]}>
      {members.map((member) => (
        <tr>
          <MemberCells member={member} />
          <td>
            <PostForm action={member.end.action} csrfToken={csrfToken}>
              <TextField
                id={member.end.fieldId}
                name="toOn"
                type="date"
                label={m.lastDayOf(member.name)}
                value={member.end.value}
                error={member.end.error}
              />
              <SubmitButton kind="secondary">{m.endButton}</SubmitButton>
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
  const { common, members: m } = ADMIN_MESSAGES[usePage().lang];
  if (people.length === 0) {
    return (
      <p>
        {m.noPeople} <a href={PEOPLE_HREF}>{m.createPerson}</a> {m.first}
      </p>
    );
  }
  return (
    <PostForm action={action} csrfToken={csrfToken}>
      <Select {...field('person')} label={m.person} options={[{ value: '', label: m.choosePerson }, ...people]} />
      <Select {...field('role')} label={common.role} options={roles} />
      <TextField {...field('party')} label={m.party} hint={m.partyHint} maxlength={textMax} />
      <TextField {...field('organisation')} label={m.organisation} hint={m.organisationHint} maxlength={textMax} />
      <TextField {...field('title')} label={m.jobTitle} maxlength={textMax} />
      <TextField {...field('fromOn')} type="date" label={m.fromOptional} hint={m.fromHint} />
      <SubmitGroup>{m.add}</SubmitGroup>
    </PostForm>
  );
}

function EndedMembers({ members }: { members: MemberView[] }) {
  const { common, members: m } = ADMIN_MESSAGES[usePage().lang];
  if (members.length === 0) return <p>{m.noEnded}</p>;
  return (
    <DataTable isRegion caption={m.ended} head={[common.name, common.role, common.details, common.from, common.to]}>
      {members.map((member) => (
        <tr>
          <MemberCells member={member} />
          <td>{member.toText}</td>
        </tr>
      ))}
    </DataTable>
  );
}
