/**
 * The only reader of process.env. Every value is validated with zod; a bad value stops start-up
 * with a message that names the variable and says what is wrong.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message: 'skal være en PostgreSQL-adresse, der begynder med postgres:// eller postgresql://',
    })
    .optional(),
  PROTOKOL_DATA: z.string().trim().min(1, { message: 'må ikke være tom' }).default('./data'),
  PORT: z.coerce
    .number({ message: 'skal være et tal' })
    .int({ message: 'skal være et helt tal' })
    .min(1, { message: 'skal være mellem 1 og 65535' })
    .max(65535, { message: 'skal være mellem 1 og 65535' })
    .default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `skal være en af ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** PostgreSQL server; undefined means the embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  /** Absolute path of the data folder. */
  dataDir: string;
  port: number;
  logLevel: LogLevel;
}

/** Reads and validates the configuration; throws AppError('config_invalid') naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new AppError('config_invalid', `Ugyldig konfiguration:\n  ${problems.join('\n  ')}`);
  }
  const value = parsed.data;
  return {
    databaseUrl: value.DATABASE_URL,
    dataDir: path.resolve(value.PROTOKOL_DATA),
    port: value.PORT,
    logLevel: value.LOG_LEVEL,
  };
}
