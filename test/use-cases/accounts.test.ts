import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log.js';
import { authenticateUser, LOGIN_LIMITS } from '../../src/use-cases/accounts/authenticate-user.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { RESET_LIMITS, requestPasswordReset } from '../../src/use-cases/accounts/request-password-reset.js';
import { resetPassword } from '../../src/use-cases/accounts/reset-password.js';
import { resolveSession } from '../../src/use-cases/accounts/resolve-session.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { startSession } from '../../src/use-cases/accounts/start-session.js';
import { listAuditLog } from '../../src/use-cases/audit/list-audit-log.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createLogMailer } from '../../src/web/auth/mailers.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const PASSWORD = 'et tilstrækkelig langt kodeord';

describe.each(TEST_DATABASES)('account use cases on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies order by id limit 1');
  });
  afterAll(async () => {
    await handle?.close();
  });

  const make = async (email: string, password: string | null = PASSWORD) => {
    const result = await createUser({ db: handle.db, email, name: email, password, actor: COMMAND_LINE_ACTOR });
    if (!result.ok) throw new Error(result.reason);
    return result.userId;
  };

  it('stores the address lower-case and the password as argon2id; the database refuses upper case', async () => {
    const id = await make('  Blandet.Case@Example.DK ');
    const [row] = await handle.query<{ email: string; password_hash: string }>(
      'select email, password_hash from users where id = $1',
      [id],
    );
    expect(row.email).toBe('blandet.case@example.dk');
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    await expect(handle.query("insert into users (email, name) values ('Stort@Example.dk', 'x')")).rejects.toThrow();
    expect(
      await createUser({
        db: handle.db,
        email: 'kort@example.dk',
        name: 'K',
        password: 'kort',
        actor: COMMAND_LINE_ACTOR,
      }),
    ).toEqual({ ok: false, reason: 'password_invalid', problem: 'too_short' });
  });

  it('does not let a disabled account or one without a password in', async () => {
    const disabled = await make('deaktiveret@example.dk');
    await handle.query('update users set disabled_at = now() where id = $1', [disabled]);
    expect(
      await authenticateUser({ db: handle.db, email: 'deaktiveret@example.dk', password: PASSWORD, ip: 'a' }),
    ).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
    await make('uden.kodeord@example.dk', null);
    expect(
      (await authenticateUser({ db: handle.db, email: 'uden.kodeord@example.dk', password: '', ip: 'a' })).ok,
    ).toBe(false);
  });

  it('ends the sessions of an account that is disabled', async () => {
    const id = await make('senere.deaktiveret@example.dk');
    const { token } = await startSession({ db: handle.db, userId: id });
    expect(await resolveSession({ db: handle.db, token })).not.toBeNull();
    await handle.query('update users set disabled_at = now() where id = $1', [id]);
    expect(await resolveSession({ db: handle.db, token })).toBeNull();
  });

  it('records a role change once, and nothing for a change to the same role', async () => {
    const id = await make('rolle@example.dk');
    const before = (await listAuditLog({ db: handle.db })).total;
    expect(await setUserRole({ db: handle.db, userId: id, bodyId, role: 'member', actor: COMMAND_LINE_ACTOR })).toEqual(
      {
        ok: true,
        changed: true,
        before: null,
        after: 'member',
      },
    );
    expect(
      (await setUserRole({ db: handle.db, userId: id, bodyId, role: 'member', actor: COMMAND_LINE_ACTOR })).ok,
    ).toBe(true);
    expect((await listAuditLog({ db: handle.db })).total).toBe(before + 1);
    expect(
      await setUserRole({ db: handle.db, userId: id, bodyId: 999_999, role: null, actor: COMMAND_LINE_ACTOR }),
    ).toEqual({
      ok: false,
      reason: 'body_not_found',
    });
  });

  it('lets a reset token be used once, even by two requests at the same time', async () => {
    await make('samtidig@example.dk');
    const sent: string[] = [];
    await requestPasswordReset({
      db: handle.db,
      email: 'samtidig@example.dk',
      mailer: { send: async (_to, _subject, text) => void sent.push(text) },
      resetUrl: (token) => `https://x/nulstil-kodeord/${token}`,
    });
    const token = /nulstil-kodeord\/(\S+)/.exec(sent[0])![1];
    const results = await Promise.all([
      resetPassword({ db: handle.db, token, password: 'første nye kodeord her' }),
      resetPassword({ db: handle.db, token, password: 'andet nye kodeord her' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'invalid_token' }]);
  });

  it('lifts the login rate limit on an address when its password is reset', async () => {
    await make('laast.ude@example.dk');
    const attempt = (password: string) =>
      authenticateUser({ db: handle.db, email: 'laast.ude@example.dk', password, ip: `ip-${Math.random()}` });
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) await attempt('forkert');
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: 'rate_limited' });
    let link = '';
    await requestPasswordReset({
      db: handle.db,
      email: 'laast.ude@example.dk',
      mailer: {
        send: async (_to, _subject, text) => {
          link = text;
        },
      },
      resetUrl: (token) => `https://x/nulstil-kodeord/${token}`,
    });
    const token = /nulstil-kodeord\/(\S+)/.exec(link)![1];
    expect((await resetPassword({ db: handle.db, token, password: 'helt nyt og langt kodeord' })).ok).toBe(true);
    expect((await attempt('helt nyt og langt kodeord')).ok).toBe(true);
  });

  it(`honours at most ${RESET_LIMITS.perEmail} reset requests per address an hour`, async () => {
    await make('mange.mails@example.dk');
    let mails = 0;
    const request = () =>
      requestPasswordReset({
        db: handle.db,
        email: 'mange.mails@example.dk',
        mailer: { send: async () => void mails++ },
        resetUrl: (token) => token,
      });
    for (let i = 0; i < RESET_LIMITS.perEmail + 2; i++) await request();
    expect(mails).toBe(RESET_LIMITS.perEmail);
  });
});

describe('the mailer without SMTP', () => {
  it('writes the message, link included, to the log in development only', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    await createLogMailer(logger, 'development').send('a@example.dk', 'Emne', 'https://x/nulstil-kodeord/HEMMELIG');
    expect(lines.join('\n')).toContain('https://x/nulstil-kodeord/HEMMELIG');
    lines.length = 0;
    await createLogMailer(logger, 'production').send('a@example.dk', 'Emne', 'https://x/nulstil-kodeord/HEMMELIG');
    expect(lines.join('\n')).not.toContain('HEMMELIG');
    expect(lines.join('\n')).toContain('SMTP_URL mangler');
  });
});
