/**
 * How a site request fails: HarvestError (the message, in Danish, names the URL, the status or
 * cause and the attempts) and the classification of a failed attempt as worth retrying or not.
 */
import { BodyTooLargeError } from './http-support.js';

export type HarvestFailureReason =
  | 'network'
  | 'timeout'
  | 'status'
  | 'malformed'
  | 'too_large'
  | 'content_type'
  | 'login'
  | 'aborted'
  /** The host's request budget for the day is spent (every process and run counted). */
  | 'budget';

/** A request that failed for good: the message (Danish) names the URL, the status or cause and the attempts. */
export class HarvestError extends Error {
  override readonly name = 'HarvestError';
  constructor(
    message: string,
    readonly url: string,
    readonly reason: HarvestFailureReason,
    readonly attempts: number,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ContentTypeError extends Error {
  constructor(readonly contentType: string) {
    super(contentType);
  }
}

export class TimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    cause: unknown,
  ) {
    super('timeout', { cause });
  }
}

/**
 * A failed attempt as a HarvestError, and whether another attempt may get past it (network
 * errors and timeouts may; an abort, a too large body or a wrong content type will not).
 */
export function classifyFailure(
  error: unknown,
  url: string,
  attempts: number,
  how: { accept?: readonly string[]; signal?: AbortSignal },
): { error: HarvestError; retryable: boolean } {
  const make = (message: string, reason: HarvestFailureReason, retryable: boolean) => ({
    error: new HarvestError(`${url}: ${message}`, url, reason, attempts, undefined, { cause: error }),
    retryable,
  });
  if (error instanceof HarvestError) return { error, retryable: false };
  if (how.signal?.aborted) return make('afbrudt', 'aborted', false);
  if (error instanceof TimeoutError) {
    return make(`svarede ikke inden for ${error.timeoutMs / 1000} s efter ${attempts} forsøg`, 'timeout', true);
  }
  if (error instanceof BodyTooLargeError) return make(`svaret er ${error.message}`, 'too_large', false);
  if (error instanceof ContentTypeError) {
    return make(`svaret er ${error.contentType}, ikke ${how.accept?.join(' eller ')}`, 'content_type', false);
  }
  if (error instanceof TypeError && error.message === 'terminated') {
    // undici: the body stopped before its end (a truncated answer).
    return make(`svaret blev afbrudt undervejs (${networkCause(error)}) efter ${attempts} forsøg`, 'network', true);
  }
  return make(`ingen forbindelse (${networkCause(error)}) efter ${attempts} forsøg`, 'network', true);
}

/** "ECONNRESET", "ECONNREFUSED", "other side closed" … from undici's nested causes. */
function networkCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const value = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof value.code === 'string' && !value.code.startsWith('UND_ERR_')) return value.code;
    if (!value.cause) return typeof value.message === 'string' ? value.message : String(current);
    current = value.cause;
  }
  return String(error);
}
