import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUserCommand, type UserCommandContext } from '../../src/cli/commands/manage-user.js';
import type { CliIo } from '../../src/cli/io.js';
import { HELP, main } from '../../src/cli/main.js';
import type { DbHandle } from '../../src/db/client.js';
import type { AppError } from '../../src/errors.js';
import { authenticateUser } from '../../src/use-cases/accounts/authenticate-user.js';
import { checkPasswordReset } from '../../src/use-cases/accounts/reset-password.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { BIN } from '../helpers/run-cli.js';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), progress: () => {}, isTty: false };
}

const PASSWORD = 'et kodeord fra standard input';

describe('protokol user: help', () => {
  it('is listed in the help and has its own', async () => {
    expect(HELP).toContain('user add|role|reset|list');
    const io = captureIo();
    expect(await main(['user', '--help'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('protokol user role E-MAIL --body SLUG --role secretariat|member|none');
  });
});

describe.each(TEST_DATABASES)('protokol user on $name', (database) => {
  let handle: DbHandle;
  let context: UserCommandContext;
  let council: string;
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ slug: council }] = await handle.query<{ slug: string }>(
      "select slug from bodies where kind = 'health_council' order by slug limit 1",
    );
    context = { db: handle.db, publicUrl: 'https://protokol.example.dk', readStdin: async () => `${PASSWORD}\n` };
  });
  afterAll(async () => {
    await handle?.close();
  });

  const run = async (args: string[]) => {
    const io = captureIo();
    const code = await runUserCommand(args, io, context);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  };
  const failure = async (args: string[]) => {
    try {
      await run(args);
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected a failure');
  };

  it('adds an admin with a password from standard input, who can then log in', async () => {
    const { code, stdout } = await run([
      'add',
      'Chef@Example.dk',
      '--name',
      'Chef Chefsen',
      '--admin',
      '--password-stdin',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('Bruger oprettet: chef@example.dk (administrator).');
    const [user] = await handle.query<{ is_admin: boolean; password_hash: string }>(
      "select is_admin, password_hash from users where email = 'chef@example.dk'",
    );
    expect(user.is_admin).toBe(true);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
    const login = await authenticateUser({ db: handle.db, email: 'chef@example.dk', password: PASSWORD, ip: 'cli' });
    expect(login.ok).toBe(true);
  });

  it('adds a user without a password and says how to get one', async () => {
    const { code, stderr } = await run(['add', 'medlem@example.dk', '--name', 'Mette Medlem']);
    expect(code).toBe(0);
    expect(stderr).toContain('protokol user reset medlem@example.dk');
  });

  it('refuses a taken address, a bad address, a missing name and a short password', async () => {
    expect((await failure(['add', 'CHEF@example.dk', '--name', 'X'])).code).toBe('conflict');
    expect((await failure(['add', 'ikke-en-adresse', '--name', 'X'])).code).toBe('input_invalid');
    expect((await failure(['add', 'ny@example.dk'])).code).toBe('input_invalid');
    const short = { ...context, readStdin: async () => 'kort\n' };
    await expect(
      runUserCommand(['add', 'ny@example.dk', '--name', 'N', '--password-stdin'], captureIo(), short),
    ).rejects.toThrow(/mindst 12 tegn/);
  });

  it('gives, changes and removes a role, writing the audit log each time', async () => {
    expect((await run(['role', 'medlem@example.dk', '--body', council, '--role', 'member'])).stdout).toBe(
      `medlem@example.dk: ingen rolle → medlem i ${council}.`,
    );
    expect((await run(['role', 'medlem@example.dk', '--body', council, '--role', 'member'])).stdout).toContain(
      '(uændret)',
    );
    expect((await run(['role', 'medlem@example.dk', '--body', council, '--role', 'secretariat'])).stdout).toBe(
      `medlem@example.dk: medlem → sekretariat i ${council}.`,
    );
    expect((await run(['list'])).stdout).toContain(`medlem@example.dk\tMette Medlem\tsekretariat i ${council}`);
    await run(['role', 'medlem@example.dk', '--body', council, '--role', 'none']);
    const audit = await handle.query<{
      actor_label: string;
      actor_user_id: number | null;
      before: unknown;
      after: unknown;
    }>("select actor_label, actor_user_id, before, after from audit_log where action = 'user_role.set' order by id");
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actor_label === 'kommandolinjen' && a.actor_user_id === null)).toBe(true);
    expect(
      audit.map((a) => [
        a.before && (a.before as { role: string }).role,
        a.after && (a.after as { role: string }).role,
      ]),
    ).toEqual([
      [null, 'member'],
      ['member', 'secretariat'],
      ['secretariat', null],
    ]);
  });

  it('refuses an unknown user, body or role', async () => {
    expect((await failure(['role', 'ingen@example.dk', '--body', council, '--role', 'member'])).code).toBe('not_found');
    expect((await failure(['role', 'medlem@example.dk', '--body', 'findes-ikke', '--role', 'member'])).code).toBe(
      'not_found',
    );
    expect((await failure(['role', 'medlem@example.dk', '--body', council, '--role', 'admin'])).code).toBe(
      'input_invalid',
    );
    expect((await failure(['role', 'medlem@example.dk', '--role', 'member'])).code).toBe('input_invalid');
    expect((await failure(['frobnicate'])).code).toBe('input_invalid');
  });

  it('prints a reset link whose token works once', async () => {
    const { stdout, stderr } = await run(['reset', 'MEDLEM@example.dk']);
    const match = /^https:\/\/protokol\.example\.dk\/nulstil-kodeord\/([A-Za-z0-9_-]{43})$/.exec(stdout);
    expect(match).not.toBeNull();
    expect(stderr).toContain('én time');
    expect(await checkPasswordReset({ db: handle.db, token: match![1] })).toEqual({
      ok: true,
      email: 'medlem@example.dk',
    });
    expect((await failure(['reset', 'ingen@example.dk'])).code).toBe('not_found');
  });
});

describe('protokol user through the installed bin', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-user-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function protokol(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...process.env, PROTOKOL_DATA: dir, LOG_LEVEL: 'error', DATABASE_URL: '', PUBLIC_URL: '', PORT: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('adds an admin reading the password from stdin, refuses a duplicate (exit 1), prints a link', async () => {
    const added = await protokol(
      ['user', 'add', 'admin@example.dk', '--name', 'Admin', '--admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('Bruger oprettet: admin@example.dk (administrator).\n');
    const again = await protokol(['user', 'add', 'admin@example.dk', '--name', 'Admin']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('der findes allerede en bruger med admin@example.dk');
    const reset = await protokol(['user', 'reset', 'admin@example.dk']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/^http:\/\/localhost:3000\/nulstil-kodeord\/[A-Za-z0-9_-]{43}\n$/);
    const bad = await protokol(['user', 'role', 'admin@example.dk', '--body', 'x', '--role', 'boss']);
    expect(bad.code).toBe(2);
  }, 120_000);
});
