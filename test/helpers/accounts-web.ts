/**
 * Accounts on the web in tests (test/web/auth*.test.ts, csrf.test.ts, admin-users.test.ts): the
 * app over a fresh database with one user per role, a real SMTP server for the mails and a real
 * OpenID Connect provider on 127.0.0.1, opened in beforeAll and closed in afterAll of the describe
 * that calls `useAccountsWeb`; and the session rows of a token (stored only as its hash).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import { type AccountsWorld, openAccountsWorld, ROLE_EMAILS } from './accounts.js';
import type { TestDatabase } from './databases.js';
import { startTestProvider, type TestProvider } from './oidc-provider.js';
import { startSmtpServer, type TestSmtpServer } from './smtp-server.js';

export const ADMIN = ROLE_EMAILS.admin;
export const PUBLIC_URL = 'https://protokol.example.dk';
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function useAccountsWeb(database: TestDatabase) {
  let world: AccountsWorld;
  let smtp: TestSmtpServer;
  let provider: TestProvider;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    provider = await startTestProvider();
    world = await openAccountsWorld(database, {
      auth: {
        config: {
          trustProxy: true,
          publicUrl: PUBLIC_URL,
          smtp: { url: smtp.url, from: 'Protokol <protokol@example.dk>' },
          oidc: {
            issuer: provider.issuer,
            clientId: provider.clientId,
            clientSecret: provider.clientSecret,
            redirectUrl: `http://localhost${OIDC_CALLBACK_PATH}`,
          },
        },
      },
    });
  });
  afterAll(async () => {
    await world?.handle.close();
    await smtp?.close();
    await provider?.close();
  });

  return {
    get world() {
      return world;
    },
    get app() {
      return world.app;
    },
    get smtp() {
      return smtp;
    },
    get provider() {
      return provider;
    },
    /** How many sessions are stored under the token's hash. */
    sessionRows: (token: string) =>
      world.handle.query<{ n: number }>('select count(*)::int as n from sessions where id_hash = $1', [sha256(token)]),
  };
}
