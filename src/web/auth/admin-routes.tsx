/**
 * The admins' pages: users and their roles per body, and the audit log.
 *   GET|POST /admin/brugere, GET /admin/brugere/:id, POST /admin/brugere/:id/rolle,
 *   POST /admin/brugere/:id/nulstil, GET /admin/log.
 * Pipelines: validate (zod, beside each route) → authorize (requireRole) → use case → present.
 * Every change writes the audit log (inside the use cases).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { createUser } from '../../use-cases/accounts/create-user.js';
import { findUser, listBodyChoices, listUsers, type UserView } from '../../use-cases/accounts/list-users.js';
import { issuePasswordReset, resetMailText } from '../../use-cases/accounts/request-password-reset.js';
import { setUserRole } from '../../use-cases/accounts/set-user-role.js';
import { AUDIT_PAGE_SIZE, listAuditLog } from '../../use-cases/audit/list-audit-log.js';
import type { AuditActor } from '../../use-cases/audit/record-audit-entry.js';
import { type AuthEnv, signedInOf } from './context.js';
import { type AuthRouteDeps, backgroundMailer, publicBase } from './deps.js';
import { AuditLogPage, type NewUserForm, UserPage, UsersPage } from './pages.js';
import { requireRole } from './require-role.js';

const NewUserSchema = z.object({
  email: z.string().max(320).catch(''),
  name: z.string().max(200).catch(''),
  admin: z.string().optional().catch(undefined),
});

const RoleSchema = z.object({
  body: z.string().regex(/^\d{1,10}$/, { message: 'Vælg et organ.' }),
  role: z.enum(['secretariat', 'member', 'none'], { message: 'Vælg en rolle.' }),
});

const PageSchema = z.object({
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** A database id in a path; anything else is not found. */
function idParam(c: Context, name: string): number {
  const value = c.req.param(name) ?? '';
  const id = /^\d{1,10}$/.test(value) ? Number(value) : 0;
  if (id < 1 || id > 2_147_483_647) throw new AppError('not_found', 'not found');
  return id;
}

function actorFor(c: Context<AuthEnv>): AuditActor {
  const user = signedInOf(c)!;
  return { userId: user.userId, label: user.email };
}

export function adminRoutes(deps: AuthRouteDeps) {
  const { db, csrf, now } = deps;
  const app = new Hono<AuthEnv>();
  const mailer = backgroundMailer(deps.mailer, deps.logger);
  const manageUsers = requireRole('manage_users');

  const sendPasswordLink = async (c: Context<AuthEnv>, user: { id: number; email: string; name: string }) => {
    const { token } = await issuePasswordReset({ db, userId: user.id, now: now() });
    const link = `${publicBase(c, deps.publicUrl)}/nulstil-kodeord/${token}`;
    await mailer.send(user.email, 'Vælg dit kodeord til Protokol', resetMailText(user.name, link));
  };

  const usersPage = async (c: Context<AuthEnv>, form: NewUserForm, problems: { field: string; text: string }[] = []) =>
    c.render(
      <UsersPage users={await listUsers({ db })} csrfToken={csrf.tokenFor(c)} form={form} problems={problems} />,
    );

  app.get('/admin/brugere', manageUsers, (c) => usersPage(c, { email: '', name: '', isAdmin: false }));

  app.post('/admin/brugere', manageUsers, async (c) => {
    const input = NewUserSchema.parse(await c.req.parseBody());
    const form = { email: input.email.trim(), name: input.name.trim(), isAdmin: input.admin === '1' };
    const result = await createUser({ db, ...form, actor: actorFor(c) });
    if (!result.ok) {
      const problem = {
        email_invalid: { field: 'email', text: 'Skriv en e-mailadresse, fx navn@example.dk.' },
        email_taken: { field: 'email', text: 'Der findes allerede en bruger med den e-mailadresse.' },
        name_missing: { field: 'name', text: 'Skriv brugerens navn.' },
        password_invalid: { field: 'email', text: 'Kodeordet kan ikke bruges.' },
      }[result.reason];
      c.status(400);
      return usersPage(c, form, [problem]);
    }
    await sendPasswordLink(c, { id: result.userId, email: result.email, name: form.name });
    return c.redirect(`/admin/brugere/${result.userId}?oprettet=1`, 303);
  });

  const userPage = async (c: Context<AuthEnv>, user: UserView, problems: { field: string; text: string }[] = []) => {
    const notice = c.req.query('oprettet')
      ? 'Brugeren er oprettet og har fået en e-mail med et link til at vælge sit kodeord.'
      : c.req.query('gemt')
        ? 'Rollen er gemt.'
        : c.req.query('sendt')
          ? 'Linket er sendt.'
          : undefined;
    return c.render(
      <UserPage
        user={user}
        bodies={await listBodyChoices({ db })}
        csrfToken={csrf.tokenFor(c)}
        notice={problems.length > 0 ? undefined : notice}
        problems={problems}
      />,
    );
  };

  app.get('/admin/brugere/:id', manageUsers, async (c) => {
    const user = await findUser({ db, userId: idParam(c, 'id') });
    if (!user) throw new AppError('not_found', 'not found');
    return userPage(c, user);
  });

  app.post('/admin/brugere/:id/rolle', manageUsers, async (c) => {
    const userId = idParam(c, 'id');
    const user = await findUser({ db, userId });
    if (!user) throw new AppError('not_found', 'not found');
    const parsed = RoleSchema.safeParse(await c.req.parseBody());
    if (!parsed.success) {
      c.status(400);
      return userPage(
        c,
        user,
        parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), text: issue.message })),
      );
    }
    const result = await setUserRole({
      db,
      userId,
      bodyId: Number(parsed.data.body),
      role: parsed.data.role === 'none' ? null : parsed.data.role,
      actor: actorFor(c),
    });
    if (!result.ok) {
      c.status(400);
      return userPage(c, user, [{ field: 'body', text: 'Organet findes ikke.' }]);
    }
    return c.redirect(`/admin/brugere/${userId}?gemt=1`, 303);
  });

  app.post('/admin/brugere/:id/nulstil', manageUsers, async (c) => {
    const user = await findUser({ db, userId: idParam(c, 'id') });
    if (!user) throw new AppError('not_found', 'not found');
    await sendPasswordLink(c, user);
    return c.redirect(`/admin/brugere/${user.id}?sendt=1`, 303);
  });

  app.get('/admin/log', requireRole('read_audit_log'), async (c) => {
    const { side: page } = PageSchema.parse(c.req.query());
    const { entries, total } = await listAuditLog({ db, page });
    const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    return c.render(<AuditLogPage entries={entries} page={page} pages={pages} total={total} />);
  });

  return app;
}
