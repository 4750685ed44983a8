/**
 * Errors are codes, not strings: one closed set, mapped to HTTP statuses and CLI exit codes in
 * one place. Expected outcomes are values, not errors; these are for what cannot go on.
 */

export const ERROR_STATUS = {
  config_invalid: 500,
  data_folder_locked: 503,
  database_unavailable: 503,
  input_invalid: 400,
  parse_failed: 422,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  storage_unavailable: 507,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
