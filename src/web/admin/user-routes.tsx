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
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';

const NewUserSchema = z.object({
  email: z.string().max(320).catch(''),
  name: z.string().max(200).catch(''),
  admin: z.string().optional().catch(undefined),
});

const RoleSchema = z.object({
  body: z.string().regex(/^\d{1,10}$/, { message: 'Vælg et organ.' }),
  role: z.enum(['secretariat', 'member', 'none'], { message: 'Vælg en rolle.' }),
});

const CREATE_PROBLEMS = {
  email_invalid: { field: 'email', text: 'Skriv en e-mailadresse, fx navn@example.dk.' },
  email_taken: { field: 'email', text: 'Der findes allerede en bruger med den e-mailadresse.' },
  name_missing: { field: 'name', text: 'Skriv brugerens navn.' },
  password_invalid: { field: 'email', text: 'Kodeordet kan ikke bruges.' },
} as const;

/** "?oprettet=1", "?gemt=1", "?sendt=1" after a redirect → the notice on the user's page. */
function userNotice(c: Context): string | undefined {
  if (c.req.query('oprettet'))
    return 'Brugeren er oprettet og har fået en e-mail med et link til at vælge sit kodeord.';
  if (c.req.query('gemt')) return 'Rollen er gemt.';
  if (c.req.query('sendt')) return 'Linket er sendt.';
  return undefined;
}

export function userRoutes(deps: AccountsDeps) {
  const { db } = deps;
  const app = new Hono();
  const mailer = backgroundMailer(deps.mailer, deps.logger);
  const manageUsers = requireRole('manage_users');

  const sendPasswordLink = async (c: Context, user: { id: number; email: string; name: string }) => {
    const { token } = await issuePasswordReset({ db, userId: user.id, now: deps.now() });
    await mailer.send(
      user.email,
      'Vælg dit kodeord til Protokol',
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
    if (!result.ok) return usersPage(c, form, [CREATE_PROBLEMS[result.reason]]);
    await sendPasswordLink(c, { id: result.userId, email: result.email, name: form.name });
    return c.redirect(`/admin/brugere/${result.userId}?oprettet=1`, 303);
  });

  app.get('/:id', manageUsers, async (c) => userPage(c, await userOfPath(c)));

  app.post('/:id/rolle', manageUsers, async (c) => {
    const user = await userOfPath(c);
    const parsed = validateForm(RoleSchema, await c.req.parseBody());
    if (!parsed.ok) return userPage(c, user, parsed.problems);
    const { body, role } = parsed.value;
    const result = await setUserRole({
      db,
      userId: user.id,
      bodyId: Number(body),
      role: role === 'none' ? null : role,
      actor: auditActorOf(c),
    });
    if (!result.ok) return userPage(c, user, [{ field: 'body', text: 'Organet findes ikke.' }]);
    return c.redirect(`/admin/brugere/${user.id}?gemt=1`, 303);
  });

  app.post('/:id/nulstil', manageUsers, async (c) => {
    const user = await userOfPath(c);
    await sendPasswordLink(c, user);
    return c.redirect(`/admin/brugere/${user.id}?sendt=1`, 303);
  });

  return app;
}
