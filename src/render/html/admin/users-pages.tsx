/** The admins' users: the list with the form that creates one, and one user with their roles. */
import type { BodyRole } from '../../../domain/roles.js';
import { formatInstant } from '../../danish-time.js';
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Facts } from '../components.js';
import { Checkbox, fieldsOf, RequiredField } from '../fields.js';
import { ErrorSummary, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
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
  const { lang, labels } = usePage();
  const { common, users: m } = ADMIN_MESSAGES[lang];
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/brugere" />
      <h1>{m.title}</h1>
      <ErrorSummary problems={problems} />
      <DataTable isRegion caption={m.all} head={m.head}>
        {users.map((user) => (
          <tr>
            <th scope="row">
              <a href={`/admin/brugere/${user.id}`}>{user.name}</a>
              {user.isDisabled ? m.disabledSuffix : ''}
            </th>
            <td>{user.email}</td>
            <td>
              {user.roles.length === 0
                ? '–'
                : user.roles.map((role) => `${labels.bodyRole[role.role]}: ${role.bodyName}`).join('; ')}
            </td>
            <td>{user.isAdmin ? common.yes : common.no}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{m.create}</h2>
      <p>{m.createLead}</p>
      <PostForm action="/admin/brugere" csrfToken={csrfToken}>
        <RequiredField {...field('name')} label={common.name} autocomplete="off" />
        <RequiredField {...field('email')} label={common.email} type="email" autocomplete="off" />
        <Checkbox id="admin" label={m.adminCheckbox} checked={form.isAdmin} />
        <SubmitGroup>{m.create}</SubmitGroup>
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
  const m = ADMIN_MESSAGES[usePage().lang].users;
  return (
    <Layout title={user.name}>
      <AdminNav current="/admin/brugere" />
      <h1>{user.name}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <UserFacts user={user} />
      <h2>{m.roles}</h2>
      <UserRoles roles={user.roles} />
      <h3>{m.roleForm}</h3>
      <RoleForm userId={user.id} bodies={bodies} csrfToken={csrfToken} />
      <h2>{m.password}</h2>
      <PostForm action={`/admin/brugere/${user.id}/nulstil`} csrfToken={csrfToken} novalidate={false}>
        <p>{m.resetLead}</p>
        <SubmitGroup kind="secondary">{m.resetButton}</SubmitGroup>
      </PostForm>
    </Layout>
  );
}

function UserFacts({ user }: { user: UserPageProps['user'] }) {
  const { common, users: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Facts
      rows={[
        [common.email, user.email],
        [m.admin, user.isAdmin ? common.yes : common.no],
        [m.password, user.hasPassword ? m.passwordChosen : m.passwordNotChosen],
        [m.created, formatInstant(user.createdAt)],
        [common.status, user.isDisabled ? m.disabled : null],
      ]}
    />
  );
}

function UserRoles({ roles }: { roles: UserPageProps['user']['roles'] }) {
  const { lang, labels } = usePage();
  const { common, users: m } = ADMIN_MESSAGES[lang];
  if (roles.length === 0) return <p>{m.noRoles}</p>;
  return (
    <table class="table table--compact">
      <caption class="sr-only">{m.rolesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{common.body}</th>
          <th scope="col">{common.role}</th>
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr>
            <th scope="row">{role.bodyName}</th>
            <td>{labels.bodyRole[role.role]}</td>
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
  const { lang, labels } = usePage();
  const { common, users: m } = ADMIN_MESSAGES[lang];
  return (
    <PostForm action={`/admin/brugere/${userId}/rolle`} csrfToken={csrfToken}>
      <div class="form-group">
        <label class="form-label" for="body">
          {common.body}
        </label>
        <select class="form-select" id="body" name="body" required>
          {bodies.map((body) => (
            <option value={String(body.id)}>
              {body.name} ({body.publisherName ?? common.publisherUnknownLower})
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <label class="form-label" for="role">
          {common.role}
        </label>
        <span class="form-hint" id="role-hint">
          {m.roleHint}
        </span>
        <select class="form-select" id="role" name="role" required aria-describedby="role-hint">
          <option value="member">{labels.bodyRole.member}</option>
          <option value="secretariat">{labels.bodyRole.secretariat}</option>
          <option value="none">{m.noRole}</option>
        </select>
      </div>
      <SubmitGroup>{m.saveRole}</SubmitGroup>
    </PostForm>
  );
}
