import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';

const DEFAULT_AUTH = {
  environment: 'development',
  publicUrl: undefined,
  cookieSecure: false,
  trustProxy: false,
  secretKey: undefined,
  smtp: undefined,
  oidc: undefined,
};

describe('loadConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: undefined,
      replicas: undefined,
      dataDir: path.resolve('./data'),
      port: 3000,
      logLevel: 'info',
      pageCacheBytes: 64 * 1024 * 1024,
      auth: DEFAULT_AUTH,
      harvest: { intervalMs: null, attachments: false, budget: { perMinute: 60, perDay: 20_000 } },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@localhost:5432/db',
      PROTOKOL_DATA: '/tmp/x',
      PORT: '8080',
      LOG_LEVEL: 'debug',
      DATABASE_READ_URL: 'postgres://u@replica:5432/db',
      REPLICA_MAX_LAG: '2s',
      HARVEST_SCHEDULE: '6h',
      HARVEST_ATTACHMENTS: 'true',
      HARVEST_BUDGET_PER_MINUTE: '30',
      HARVEST_BUDGET_PER_DAY: '5000',
      PAGE_CACHE_MB: '256',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://u@localhost:5432/db',
      replicas: { urls: ['postgres://u@replica:5432/db'], maxLagMs: 2000 },
      dataDir: '/tmp/x',
      port: 8080,
      logLevel: 'debug',
      pageCacheBytes: 256 * 1024 * 1024,
      auth: DEFAULT_AUTH,
      harvest: { intervalMs: 6 * 3_600_000, attachments: true, budget: { perMinute: 30, perDay: 5000 } },
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '12.5' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PROTOKOL_DATA: '   ' }, 'PROTOKOL_DATA'],
    [{ HARVEST_BUDGET_PER_MINUTE: '0' }, 'HARVEST_BUDGET_PER_MINUTE'],
    [{ HARVEST_BUDGET_PER_DAY: 'mange' }, 'HARVEST_BUDGET_PER_DAY'],
    [{ PAGE_CACHE_MB: '0' }, 'PAGE_CACHE_MB'],
  ])('refuses %o with a message naming %s', (env, name) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('config_invalid');
    expect((caught as AppError).message).toContain(`${name}:`);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT:[\s\S]*LOG_LEVEL:/);
  });

  it('reads the accounts settings', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://protokol.example.dk/',
      COOKIE_SECURE: 'true',
      TRUST_PROXY: '1',
      SECRET_KEY: 'x'.repeat(32),
      SMTP_URL: 'smtp://bruger:kode@mail.example.dk:587',
      MAIL_FROM: 'Protokol <protokol@example.dk>',
      OIDC_ISSUER: 'https://login.example.dk/',
      OIDC_CLIENT_ID: 'protokol',
      OIDC_CLIENT_SECRET: 'hemmelig',
      OIDC_REDIRECT_URL: 'https://protokol.example.dk/log-ind/oidc/retur',
    });
    expect(config.auth).toEqual({
      environment: 'production',
      publicUrl: 'https://protokol.example.dk',
      cookieSecure: true,
      trustProxy: true,
      secretKey: 'x'.repeat(32),
      smtp: { url: 'smtp://bruger:kode@mail.example.dk:587', from: 'Protokol <protokol@example.dk>' },
      oidc: {
        issuer: 'https://login.example.dk/',
        clientId: 'protokol',
        clientSecret: 'hemmelig',
        redirectUrl: 'https://protokol.example.dk/log-ind/oidc/retur',
      },
    });
  });

  it.each([
    [{ COOKIE_SECURE: 'ja' }, 'COOKIE_SECURE'],
    [{ PUBLIC_URL: 'protokol.example.dk' }, 'PUBLIC_URL'],
    [{ SECRET_KEY: 'kort' }, 'SECRET_KEY'],
    [{ SMTP_URL: 'http://mail.example.dk' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.dk', PUBLIC_URL: 'https://p.example.dk' }, 'MAIL_FROM'],
    [{ SMTP_URL: 'smtp://mail.example.dk', MAIL_FROM: 'p@example.dk' }, 'PUBLIC_URL'],
    [{ OIDC_ISSUER: 'https://login.example.dk' }, 'OIDC_CLIENT_ID'],
    [{ OIDC_REDIRECT_URL: 'https://p.example.dk/callback' }, 'OIDC_REDIRECT_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('refuses the accounts setting %o with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
