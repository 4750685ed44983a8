/**
 * The only reader of process.env. Every value is validated with zod; a bad value stops start-up
 * with a message that names the variable and says what is wrong.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

/** The path the identity provider sends the browser back to (src/web/auth/oidc-routes.ts). */
export const OIDC_CALLBACK_PATH = '/log-ind/oidc/retur';

/** A whole number of at least 1 (a budget of requests). */
const countAtLeastOne = () =>
  z.coerce.number({ message: 'skal være et tal' }).int({ message: 'skal være et helt tal' }).min(1, {
    message: 'skal være mindst 1',
  });

const flag = () =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'skal være true eller false' })
    .optional()
    .transform((value) => value === 'true' || value === '1');

const httpUrl = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), { message })
    .optional();

/** "15m", "6h", "1d", "90s" → milliseconds; null when it is not such a duration. */
function durationMs(value: string): number | null {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message: 'skal være en PostgreSQL-adresse, der begynder med postgres:// eller postgresql://',
    })
    .optional(),
  // Streaming replicas for the public's reads (src/db/read-replicas.ts): addresses separated by commas.
  DATABASE_READ_URL: z
    .string()
    .trim()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .refine((urls) => urls.length > 0 && urls.every((url) => /^postgres(ql)?:\/\//.test(url)), {
      message: 'skal være en eller flere PostgreSQL-adresser adskilt af komma, hver begyndende med postgres://',
    })
    .optional(),
  REPLICA_MAX_LAG: z
    .string()
    .trim()
    .transform((value, context) => {
      const ms = durationMs(value);
      if (ms === null || ms < 1000) {
        context.addIssue({ code: 'custom', message: 'skal være en varighed på mindst 1 sekund, fx 5s eller 1m' });
        return z.NEVER;
      }
      return ms;
    })
    .default(5000),
  PROTOKOL_DATA: z.string().trim().min(1, { message: 'må ikke være tom' }).default('./data'),
  PORT: z.coerce
    .number({ message: 'skal være et tal' })
    .int({ message: 'skal være et helt tal' })
    .min(1, { message: 'skal være mellem 1 og 65535' })
    .max(65535, { message: 'skal være mellem 1 og 65535' })
    .default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `skal være en af ${LOG_LEVELS.join(', ')}` }).default('info'),
  // Accounts (src/web/auth)
  NODE_ENV: z.enum(ENVIRONMENTS, { message: `skal være en af ${ENVIRONMENTS.join(', ')}` }).default('development'),
  PUBLIC_URL: httpUrl('skal være portalens adresse, fx https://protokol.example.dk'),
  COOKIE_SECURE: flag(),
  TRUST_PROXY: flag(),
  SECRET_KEY: z.string().min(32, { message: 'skal være mindst 32 tegn (tilfældige)' }).optional(),
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      message: 'skal være en SMTP-adresse, fx smtp://bruger:kode@mail.example.dk:587 eller smtps://…',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .min(3, { message: 'skal være en afsender, fx "Protokol <protokol@example.dk>"' })
    .optional(),
  OIDC_ISSUER: httpUrl('skal være identitetsudbyderens adresse (issuer), fx https://login.example.dk'),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  // The harvester (src/use-cases/harvest): how often `protokol serve` harvests the registered sites.
  HARVEST_SCHEDULE: z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === 'off') return null;
      const ms = durationMs(value);
      if (ms === null || ms < 60_000) {
        context.addIssue({
          code: 'custom',
          message: 'skal være "off" eller en varighed på mindst 1 minut, fx 15m, 6h eller 1d',
        });
        return z.NEVER;
      }
      return ms;
    })
    .optional(),
  HARVEST_ATTACHMENTS: flag(),
  // Each host's request budget, across every process and run (src/use-cases/harvest/host-budget.ts).
  HARVEST_BUDGET_PER_MINUTE: countAtLeastOne().default(60),
  HARVEST_BUDGET_PER_DAY: countAtLeastOne().default(20_000),
  // The memory each process's page cache may hold (src/web/page-cache.ts), in MiB.
  PAGE_CACHE_MB: countAtLeastOne().default(64),
  OIDC_REDIRECT_URL: httpUrl(`skal være en adresse, der ender på ${OIDC_CALLBACK_PATH}`).refine(
    (value) => value === undefined || new URL(value).pathname === OIDC_CALLBACK_PATH,
    { message: `skal ende på ${OIDC_CALLBACK_PATH}, fx https://protokol.example.dk${OIDC_CALLBACK_PATH}` },
  ),
});

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;

/** Settings that only make sense together. */
const CheckedEnvSchema = EnvSchema.superRefine((value, context) => {
  const oidcSet = OIDC_VARIABLES.filter((name) => value[name] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < OIDC_VARIABLES.length) {
    for (const name of OIDC_VARIABLES.filter((n) => value[n] === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `skal sættes sammen med ${oidcSet.join(', ')} (OpenID Connect kræver alle fire)`,
      });
    }
  }
  if (value.DATABASE_READ_URL && !value.DATABASE_URL) {
    context.addIssue({
      code: 'custom',
      path: ['DATABASE_READ_URL'],
      message: 'kræver DATABASE_URL (replikaer læser fra en PostgreSQL-server, ikke den indbyggede database)',
    });
  }
  if (value.SMTP_URL && !value.MAIL_FROM) {
    context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'skal sættes, når SMTP_URL er sat' });
  }
  // Links in e-mails are built from PUBLIC_URL, never from the request's Host header (reset-link poisoning).
  if (value.SMTP_URL && !value.PUBLIC_URL) {
    context.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'skal sættes, når SMTP_URL er sat' });
  }
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type Environment = (typeof ENVIRONMENTS)[number];

/** Accounts, sessions, e-mail and the optional OpenID Connect login. */
export interface AuthConfig {
  environment: Environment;
  /** The portal's public address ("https://protokol.example.dk"), for links in e-mails. */
  publicUrl: string | undefined;
  /** Always set the cookies' Secure flag (behind a proxy that terminates TLS). */
  cookieSecure: boolean;
  /** Believe X-Forwarded-For / X-Forwarded-Proto (only behind a proxy that sets them). */
  trustProxy: boolean;
  /** Signs the anonymous forms' CSRF tokens and the OpenID Connect state; random per process when unset. */
  secretKey: string | undefined;
  smtp: { url: string; from: string } | undefined;
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUrl: string } | undefined;
}

export interface Config {
  /** PostgreSQL server; undefined means the embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  /** Streaming replicas for the public's reads, and how far behind one may be (PostgreSQL only). */
  replicas: { urls: string[]; maxLagMs: number } | undefined;
  /** Absolute path of the data folder. */
  dataDir: string;
  port: number;
  logLevel: LogLevel;
  /** The page cache's memory budget in bytes (PAGE_CACHE_MB). */
  pageCacheBytes: number;
  auth: AuthConfig;
  /** The server's harvest of the registered sites: every `intervalMs` (null: off, the default). */
  harvest: {
    intervalMs: number | null;
    attachments: boolean;
    /** Requests per host per minute and per day, held across every process and run. */
    budget: { perMinute: number; perDay: number };
  };
}

/** Reads and validates the configuration; throws AppError('config_invalid') naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = CheckedEnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new AppError('config_invalid', `Ugyldig konfiguration:\n  ${problems.join('\n  ')}`);
  }
  const value = parsed.data;
  return {
    databaseUrl: value.DATABASE_URL,
    replicas: value.DATABASE_READ_URL ? { urls: value.DATABASE_READ_URL, maxLagMs: value.REPLICA_MAX_LAG } : undefined,
    dataDir: path.resolve(value.PROTOKOL_DATA),
    port: value.PORT,
    logLevel: value.LOG_LEVEL,
    pageCacheBytes: value.PAGE_CACHE_MB * 1024 * 1024,
    harvest: {
      intervalMs: value.HARVEST_SCHEDULE ?? null,
      attachments: value.HARVEST_ATTACHMENTS,
      budget: { perMinute: value.HARVEST_BUDGET_PER_MINUTE, perDay: value.HARVEST_BUDGET_PER_DAY },
    },
    auth: {
      environment: value.NODE_ENV,
      publicUrl: value.PUBLIC_URL?.replace(/\/+$/, ''),
      cookieSecure: value.COOKIE_SECURE,
      trustProxy: value.TRUST_PROXY,
      secretKey: value.SECRET_KEY,
      smtp: value.SMTP_URL && value.MAIL_FROM ? { url: value.SMTP_URL, from: value.MAIL_FROM } : undefined,
      oidc:
        value.OIDC_ISSUER && value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET && value.OIDC_REDIRECT_URL
          ? {
              issuer: value.OIDC_ISSUER,
              clientId: value.OIDC_CLIENT_ID,
              clientSecret: value.OIDC_CLIENT_SECRET,
              redirectUrl: value.OIDC_REDIRECT_URL,
            }
          : undefined,
    },
  };
}

/** The environment a helper program runs in (pdftoppm, tesseract): this process's, with `extra` on top. */
export function toolEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}
