/** A small leveled logger to stderr. Log lines never carry the content of closed items. */
import type { LogLevel } from './config.js';

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface Logger {
  error(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  debug(message: string, extra?: Record<string, unknown>): void;
}

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, extra?: Record<string, unknown>) => {
    if (ORDER[at] > ORDER[level]) return;
    write(
      `${new Date().toISOString()} ${at.toUpperCase()} ${message}${extra ? ` ${JSON.stringify(extra, withErrors)}` : ''}`,
    );
  };
  return { error: emit('error'), warn: emit('warn'), info: emit('info'), debug: emit('debug') };
}

/** How deep a chain of causes is followed before the rest is left out. */
const MAX_CAUSES = 10;

/**
 * An Error in a log line: its name, message, code (when it has one), stack and cause, the cause in
 * turn with its own (JSON.stringify would write `{}`). The stack holds the message, so a reader
 * sees where each error in the chain was made.
 */
function withErrors(_key: string, value: unknown): unknown {
  return value instanceof Error ? errorFields(value, 0) : value;
}

function errorFields(error: Error, depth: number): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  const fields: Record<string, unknown> = { name: error.name, message: error.message };
  if (typeof code === 'string' || typeof code === 'number') fields.code = code;
  fields.stack = error.stack;
  if (error.cause !== undefined) {
    fields.cause =
      error.cause instanceof Error
        ? depth + 1 < MAX_CAUSES
          ? errorFields(error.cause, depth + 1)
          : '…'
        : String(error.cause);
  }
  return fields;
}
