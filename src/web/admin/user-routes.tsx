/**
 * The admins' users and their roles per body (mounted at /admin/brugere):
 *   GET|POST /admin/brugere, GET /admin/brugere/:id, POST /admin/brugere/:id/rolle,
 *   POST /admin/brugere/:id/nulstil.
 * Pipelines: validate (zod, beside each route) → authorize (manage_users) → use case → present.
 * Every change writes the audit log (inside the use cases).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { UserPageProps } from '../../render/html/admin/users-pages.js';
import { type NewUserForm, UserPage, UsersPage } from '../../render/html/admin/users-pages.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { createUser } from '../../use-cases/accounts/create-user.js';
import { findUser, listBodyChoices, listUsers } from '../../use-cases/accounts/list-users.js';
import { issuePasswordReset, resetMailText } from '../../use-cases/accounts/request-password-reset.js';
import { setUserRole } from '../../use-cases/accounts/set-user-role.js';
import { type AccountsDeps, backgroundMailer, resetLink } from '../accounts/deps.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { type Problem, validateForm } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';

/** The routes' words of one language. */
type RouteMessages = (typeof ADMIN_MESSAGES)['da']['routes'];

const NewUserSchema = z.object({
  email: z.string().max(320).catch(''),
  name: z.string().max(200).catch(''),
  admin: z.string().optional().catch(undefined),
});

const roleSchema = (m: RouteMessages) =>
  z.object({
    body: z.string().regex(/^\d{1,10}$/, { message: m.chooseBody }),
    role: z.enum(['secretariat', 'member', 'none'], { message: m.chooseRole }),
  });

const createProblem = (
  m: RouteMessages,
  reason: 'email_invalid' | 'email_taken' | 'name_missing' | 'password_invalid',
) =>
  ({
    email_invalid: { field: 'email', text: m.emailInvalid },
    email_taken: { field: 'email', text: m.emailTaken },
    name_missing: { field: 'name', text: m.userNameMissing },
    password_invalid: { field: 'email', text: m.passwordInvalid },
  })[reason];

/** "?oprettet=1", "?gemt=1", "?sendt=1" after a redirect → the notice on the user's page. */
function userNotice(c: Context): string | undefined {
  const m = ADMIN_MESSAGES[langOf(c)].routes;
  if (c.req.query('oprettet')) return m.userCreated;
  if (c.req.query('gemt')) return m.roleSaved;
  if (c.req.query('sendt')) return m.linkSent;
  return undefined;
}

export function userRoutes(deps: AccountsDeps) {
  const { db } = deps;
  const app = new Hono();
  const mailer = backgroundMailer(deps.mailer, deps.logger);
  const manageUsers = requireRole('manage_users');

  const sendPasswordLink = async (c: Context, user: { id: number; email: string; name: string }) => {
    const { token } = await issuePasswordReset({ db, userId: user.id, now: deps.now() });
    // The mail's text is Danish (resetMailText), so is its subject.
    await mailer.send(
      user.email,
      ADMIN_MESSAGES.da.routes.mailSubject,
      resetMailText(user.name, resetLink(c, deps.publicUrl, token)),
    );
  };

  const usersPage = async (c: Context, form: NewUserForm, problems: Problem[] = []) =>
    page(
      c,
      <UsersPage users={await listUsers({ db })} csrfToken={csrfOf(c)} form={form} problems={problems} />,
      problems.length > 0 ? 400 : 200,
    );

  const userPage = async (c: Context, user: UserPageProps['user'], problems: Problem[] = []) => {
    const notice = problems.length > 0 ? undefined : userNotice(c);
    const view = (
      <UserPage
        user={user}
        bodies={await listBodyChoices({ db })}
        csrfToken={csrfOf(c)}
        notice={notice}
        problems={problems}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  const userOfPath = async (c: Context) => {
    const user = await findUser({ db, userId: idParam(c) });
    if (!user) throw notFound();
    return user;
  };

  app.get('/', manageUsers, (c) => usersPage(c, { email: '', name: '', isAdmin: false }));

  app.post('/', manageUsers, async (c) => {
    const input = NewUserSchema.parse(await c.req.parseBody());
    const form = { email: input.email.trim(), name: input.name.trim(), isAdmin: input.admin === '1' };
    const result = await createUser({ db, ...form, actor: auditActorOf(c) });
    if (!result.ok) return usersPage(c, form, [createProblem(ADMIN_MESSAGES[langOf(c)].routes, result.reason)]);
    await sendPasswordLink(c, { id: result.userId, email: result.email, name: form.name });
    return c.redirect(`/admin/brugere/${result.userId}?oprettet=1`, 303);
  });

  app.get('/:id', manageUsers, async (c) => userPage(c, await userOfPath(c)));

  app.post('/:id/rolle', manageUsers, async (c) => {
    const user = await userOfPath(c);
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const parsed = validateForm(roleSchema(m), await c.req.parseBody());
    if (!parsed.ok) return userPage(c, user, parsed.problems);
    const { body, role } = parsed.value;
    const result = await setUserRole({
      db,
      userId: user.id,
      bodyId: Number(body),
      role: role === 'none' ? null : role,
      actor: auditActorOf(c),
    });
    if (!result.ok) return userPage(c, user, [{ field: 'body', text: m.bodyNotFound }]);
    return c.redirect(`/admin/brugere/${user.id}?gemt=1`, 303);
  });

  app.post('/:id/nulstil', manageUsers, async (c) => {
    const user = await userOfPath(c);
    await sendPasswordLink(c, user);
    return c.redirect(`/admin/brugere/${user.id}?sendt=1`, 303);
  });

  return app;
}
