/**
 * protokol user add|role|reset|list: accounts from the server's command line (the first admin
 * comes from here). Changes are written to the audit log as made by "kommandolinjen".
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { isBodyRole } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import { LABELS } from '../../render/i18n.js';
import { createUser } from '../../use-cases/accounts/create-user.js';
import { findBodyIdBySlug, findUserIdByEmail, listUsers } from '../../use-cases/accounts/list-users.js';
import { issuePasswordReset } from '../../use-cases/accounts/request-password-reset.js';
import { setUserRole } from '../../use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../use-cases/audit/record-audit-entry.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

const USAGE = `protokol user add E-MAIL --name NAVN [--admin] [--password-stdin]
       protokol user role E-MAIL --body SLUG --role secretariat|member|none
       protokol user reset E-MAIL
       protokol user list`;

export interface UserCommandContext {
  db: Db;
  /** The base of reset links ("https://protokol.example.dk"). */
  publicUrl: string;
  /** Reads standard input to its end (for --password-stdin). */
  readStdin: () => Promise<string>;
}

export const command = {
  summary:
    'Opret brugere, giv dem roller i organerne, og lav links til at vælge kodeord. Ændringer skrives i ændringsloggen.',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      return await runUserCommand(args, io, {
        db: handle.db,
        publicUrl: config.auth.publicUrl ?? `http://localhost:${config.port}`,
        readStdin: io.readStdin ?? readProcessStdin,
      });
    } finally {
      await handle.close();
    }
  },
};

export async function runUserCommand(args: string[], io: CliIo, context: UserCommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      admin: { type: 'boolean' },
      'password-stdin': { type: 'boolean' },
      body: { type: 'string' },
      role: { type: 'string' },
    },
  });
  const [action, email, ...rest] = positionals;
  if (rest.length > 0) throw new AppError('input_invalid', `for mange argumenter: ${rest.join(' ')}\n\nBrug: ${USAGE}`);
  const { db } = context;
  if (action === 'list') {
    for (const user of await listUsers({ db })) {
      const roles = user.roles.map((r) => `${LABELS.da.bodyRole[r.role].toLowerCase()} i ${r.bodySlug}`).join(', ');
      io.out(
        [user.email, user.name, user.isAdmin ? 'administrator' : '', roles, user.isDisabled ? 'deaktiveret' : '']
          .filter(Boolean)
          .join('\t'),
      );
    }
    return 0;
  }
  if (action !== 'add' && action !== 'role' && action !== 'reset') {
    throw new AppError('input_invalid', `skriv add, role, reset eller list\n\nBrug: ${USAGE}`);
  }
  if (!email) throw new AppError('input_invalid', `e-mailadressen mangler\n\nBrug: ${USAGE}`);

  if (action === 'add') {
    if (!values.name?.trim()) throw new AppError('input_invalid', '--name NAVN mangler');
    const password = values['password-stdin'] ? firstLine(await context.readStdin()) : null;
    if (values['password-stdin'] && !password) throw new AppError('input_invalid', 'intet kodeord på standard input');
    const result = await createUser({
      db,
      email,
      name: values.name,
      password,
      isAdmin: values.admin ?? false,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!result.ok) {
      if (result.reason === 'email_taken') throw new AppError('conflict', `der findes allerede en bruger med ${email}`);
      if (result.reason === 'password_invalid')
        throw new AppError('input_invalid', LABELS.da.passwordProblem[result.problem]);
      throw new AppError(
        'input_invalid',
        result.reason === 'name_missing' ? '--name NAVN mangler' : `"${email}" er ikke en e-mailadresse`,
      );
    }
    io.out(`Bruger oprettet: ${result.email}${values.admin ? ' (administrator)' : ''}.`);
    if (!password) io.err(`Brugeren har intet kodeord endnu: "protokol user reset ${result.email}" giver et link.`);
    return 0;
  }

  const userId = await findUserIdByEmail({ db, email });
  if (userId === null) throw new AppError('not_found', `der er ingen bruger med ${email}`);

  if (action === 'reset') {
    const { token } = await issuePasswordReset({ db, userId });
    io.out(`${context.publicUrl}/nulstil-kodeord/${token}`);
    io.err('Linket virker i én time og kun én gang. Giv det kun til brugeren selv.');
    return 0;
  }

  if (!values.body) throw new AppError('input_invalid', '--body SLUG mangler (organets kortnavn, fx sundhedsraad-fyn)');
  const role = values.role;
  if (role !== 'none' && !isBodyRole(role))
    throw new AppError('input_invalid', '--role skal være secretariat, member eller none');
  const bodyId = await findBodyIdBySlug({ db, slug: values.body });
  if (bodyId === null) throw new AppError('not_found', `der er intet organ med kortnavnet "${values.body}"`);
  const result = await setUserRole({
    db,
    userId,
    bodyId,
    role: role === 'none' ? null : role,
    actor: COMMAND_LINE_ACTOR,
  });
  if (!result.ok) throw new AppError('not_found', 'brugeren eller organet findes ikke');
  const label = (value: typeof result.after) => (value ? LABELS.da.bodyRole[value].toLowerCase() : 'ingen rolle');
  io.out(
    result.changed
      ? `${email}: ${label(result.before)} → ${label(result.after)} i ${values.body}.`
      : `${email}: ${label(result.after)} i ${values.body} (uændret).`,
  );
  return 0;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
