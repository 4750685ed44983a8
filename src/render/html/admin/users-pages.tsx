/** The admins' users: the list with the form that creates one, and one user with their roles. */
import type { BodyRole } from '../../../domain/roles.js';
import { formatInstant } from '../../danish-time.js';
import { LABELS } from '../../i18n.js';
import { Facts } from '../components.js';
import { Checkbox, fieldsOf, RequiredField } from '../fields.js';
import { ErrorSummary, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

export interface UserRow {
  id: number;
  name: string;
  email: string;
  isAdmin: boolean;
  isDisabled: boolean;
  hasPassword: boolean;
  roles: { bodyName: string; role: BodyRole }[];
}

export interface NewUserForm {
  email: string;
  name: string;
  isAdmin: boolean;
}

export function UsersPage({
  users,
  csrfToken,
  form,
  problems = [],
}: {
  users: UserRow[];
  csrfToken: string;
  form: NewUserForm;
  problems?: Problem[];
}) {
  const field = fieldsOf(form, problems);
  return (
    <Layout title="Brugere">
      <AdminNav current="/admin/brugere" />
      <h1>Brugere</h1>
      <ErrorSummary problems={problems} />
      <DataTable isRegion caption="Alle brugere" head={['Navn', 'E-mail', 'Roller', 'Administrator']}>
        {users.map((user) => (
          <tr>
            <th scope="row">
              <a href={`/admin/brugere/${user.id}`}>{user.name}</a>
              {user.isDisabled ? ' (deaktiveret)' : ''}
            </th>
            <td>{user.email}</td>
            <td>
              {user.roles.length === 0
                ? '–'
                : user.roles.map((role) => `${LABELS.da.bodyRole[role.role]}: ${role.bodyName}`).join('; ')}
            </td>
            <td>{user.isAdmin ? 'Ja' : 'Nej'}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Opret bruger</h2>
      <p>Den nye bruger får en e-mail med et link til at vælge sit kodeord.</p>
      <PostForm action="/admin/brugere" csrfToken={csrfToken}>
        <RequiredField {...field('name')} label="Navn" autocomplete="off" />
        <RequiredField {...field('email')} label="E-mail" type="email" autocomplete="off" />
        <Checkbox
          id="admin"
          label="Administrator (organer, personer, medlemskaber, brugere og loggen)"
          checked={form.isAdmin}
        />
        <SubmitGroup>Opret bruger</SubmitGroup>
      </PostForm>
    </Layout>
  );
}

export interface UserPageProps {
  user: UserRow & { createdAt: Date; roles: { bodyId: number; bodyName: string; role: BodyRole }[] };
  /** Where a role can be given: each body with its publisher (null: unknown). */
  bodies: { id: number; name: string; publisherName?: string | null }[];
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
}

export function UserPage({ user, bodies, csrfToken, notice, problems = [] }: UserPageProps) {
  return (
    <Layout title={user.name}>
      <AdminNav current="/admin/brugere" />
      <h1>{user.name}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <UserFacts user={user} />
      <h2>Roller</h2>
      <UserRoles roles={user.roles} />
      <h3>Giv, ændr eller fjern en rolle</h3>
      <RoleForm userId={user.id} bodies={bodies} csrfToken={csrfToken} />
      <h2>Kodeord</h2>
      <PostForm action={`/admin/brugere/${user.id}/nulstil`} csrfToken={csrfToken} novalidate={false}>
        <p>Send brugeren en e-mail med et link til at vælge et nyt kodeord (virker i én time).</p>
        <SubmitGroup kind="secondary">Send link til nyt kodeord</SubmitGroup>
      </PostForm>
    </Layout>
  );
}

function UserFacts({ user }: { user: UserPageProps['user'] }) {
  return (
    <Facts
      rows={[
        ['E-mail', user.email],
        ['Administrator', user.isAdmin ? 'Ja' : 'Nej'],
        ['Kodeord', user.hasPassword ? 'Valgt' : 'Ikke valgt endnu'],
        ['Oprettet', formatInstant(user.createdAt)],
        ['Status', user.isDisabled ? 'Deaktiveret' : null],
      ]}
    />
  );
}

function UserRoles({ roles }: { roles: UserPageProps['user']['roles'] }) {
  if (roles.length === 0) return <p>Brugeren har ingen roller i organerne.</p>;
  return (
    <table class="table table--compact">
      <caption class="sr-only">Brugerens roller</caption>
      <thead>
        <tr>
          <th scope="col">Organ</th>
          <th scope="col">Rolle</th>
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr>
            <th scope="row">{role.bodyName}</th>
            <td>{LABELS.da.bodyRole[role.role]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RoleForm({
  userId,
  bodies,
  csrfToken,
}: {
  userId: number;
  bodies: UserPageProps['bodies'];
  csrfToken: string;
}) {
  return (
    <PostForm action={`/admin/brugere/${userId}/rolle`} csrfToken={csrfToken}>
      <div class="form-group">
        <label class="form-label" for="body">
          Organ
        </label>
        <select class="form-select" id="body" name="body" required>
          {bodies.map((body) => (
            <option value={String(body.id)}>
              {body.name} ({body.publisherName ?? 'udgiver ukendt'})
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <label class="form-label" for="role">
          Rolle
        </label>
        <span class="form-hint" id="role-hint">
          Et medlem læser organets lukkede punkter og stiller spørgsmål. Sekretariatet redigerer og offentliggør
          organets møder og besvarer spørgsmål.
        </span>
        <select class="form-select" id="role" name="role" required aria-describedby="role-hint">
          <option value="member">{LABELS.da.bodyRole.member}</option>
          <option value="secretariat">{LABELS.da.bodyRole.secretariat}</option>
          <option value="none">Ingen rolle</option>
        </select>
      </div>
      <SubmitGroup>Gem rolle</SubmitGroup>
    </PostForm>
  );
}
