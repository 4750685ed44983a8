/**
 * Several servers deliver one outbox at once (PostgreSQL): each claims its rows with SKIP LOCKED
 * and a lease, so every e-mail goes out exactly once — none twice, none left behind. Two handles
 * are two connection pools on one database, as two processes are to PostgreSQL; a real SMTP peer
 * counts what arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { deliverNotifications } from '../../src/use-cases/notifications/deliver-notifications.js';
import { createSmtpMailer } from '../../src/web/auth/mailers.js';
import { createPostgresDatabase } from '../helpers/databases.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const EMAILS = 60;

describe.skipIf(!serverUrl)('several servers delivering one outbox', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let servers: DbHandle[];
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    servers = [await createDb({ databaseUrl: database.url })];
    servers.push(await createDb({ databaseUrl: database.url }), await createDb({ databaseUrl: database.url }));
    const user = await createUser({
      db: servers[0].db,
      email: 'medlem@example.dk',
      name: 'Et Medlem',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!user.ok) throw new Error(user.reason);
    await servers[0].query(
      `insert into notifications (user_id, kind, subject, body_text, link, reason)
       select $1, 'question_answered', 'Besked ' || n, 'Tekst', '/mig', 'Du er medlem'
       from generate_series(1, ${EMAILS}) as n`,
      [user.userId],
    );
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    for (const server of servers ?? []) await server.close();
    await database?.drop();
  });

  it('sends every e-mail exactly once while three servers deliver at the same time', async () => {
    const mailers = servers.map(() => createSmtpMailer({ url: smtp.url, from: 'Protokol <protokol@example.dk>' }));
    try {
      // Small batches and several rounds each, so that the servers' claims overlap.
      const rounds = await Promise.all(
        servers.map(async (server, index) => {
          let sent = 0;
          for (let round = 0; round < 10; round++) {
            const report = await deliverNotifications({
              db: server.db,
              mailer: mailers[index],
              publicUrl: 'https://protokol.example.dk',
              batchSize: 4,
            });
            sent += report.sent;
          }
          return sent;
        }),
      );
      expect(rounds.reduce((a, b) => a + b, 0)).toBe(EMAILS);
      expect(rounds.filter((sent) => sent > 0).length).toBeGreaterThan(1); // they did share the work
      const received = await smtp.waitFor(EMAILS);
      const subjects = received.map((mail) => mail.subject);
      expect(subjects).toHaveLength(EMAILS);
      expect(new Set(subjects).size).toBe(EMAILS);
      const [{ pending }] = await servers[0].query<{ pending: number }>(
        "select count(*)::int as pending from notifications where email_state <> 'sent'",
      );
      expect(pending).toBe(0);
    } finally {
      for (const mailer of mailers) mailer.close();
    }
  });
});
