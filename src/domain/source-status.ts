/**
 * A source's status (kilde: a publication site, or one committee of a region's site), computed
 * from the site's state and its harvest runs; pure. In order of precedence:
 *
 * - `retired` / `paused`: an admin's decision (the site is not harvested);
 * - `address_unknown`: the site's address is not known (listed, never harvested);
 * - `never_harvested`: no run has finished yet;
 * - `blocked`: the last run stopped at a 403 or 429 answer — the site refuses us. The schedule
 *   waits `blockedUntil` before it asks again: 6 hours after the first such run, doubling with
 *   each run in a row that was refused, at most 48 hours;
 * - `failing`: the last run failed (the committee list could not be read), `failedRuns` in a row;
 * - `stale`: no successful run within 36 hours (the last run did not fail: the schedule stopped);
 * - `ok`.
 *
 * A run succeeds when it read the committee list ('ok', or 'partial': some meetings failed, named
 * in its errors); a run still in progress counts only as the last attempt.
 */

export const SOURCE_STATUSES = [
  'ok',
  'stale',
  'failing',
  'blocked',
  'never_harvested',
  'paused',
  'retired',
  'address_unknown',
] as const;
export type SourceStatusKind = (typeof SOURCE_STATUSES)[number];

export const STALE_AFTER_MS = 36 * 3_600_000;
export const BLOCKED_FIRST_MS = 6 * 3_600_000;
export const BLOCKED_MAX_MS = 48 * 3_600_000;

export interface SourceRun {
  startedAt: Date;
  finishedAt: Date | null;
  state: 'running' | 'ok' | 'partial' | 'failed';
  httpStatus: number | null;
  errors: { url: string; message: string }[];
}

export interface SourceStatusInput {
  siteState: 'active' | 'paused' | 'retired';
  hasAddress: boolean;
  /** The latest runs, newest first (any number; ten are plenty). */
  recentRuns: SourceRun[];
  /** The end of the last successful run, however old. */
  lastSuccessAt: Date | null;
  now: Date;
}

export interface SourceStatus {
  status: SourceStatusKind;
  lastSuccessAt: Date | null;
  /** When the last run started (one in progress too). */
  lastAttemptAt: Date | null;
  /** Failed runs in a row, the last one first (within the runs given). */
  failedRuns: number;
  /** When the schedule asks a blocking site again. */
  blockedUntil: Date | null;
  /** The last finished run's errors. */
  lastErrors: { url: string; message: string }[];
}

export const isBlockingStatus = (status: number | null) => status === 403 || status === 429;

const isBlockedRun = (run: SourceRun) => run.state === 'failed' && isBlockingStatus(run.httpStatus);

export function sourceStatus(input: SourceStatusInput): SourceStatus {
  const finished = input.recentRuns.filter((run) => run.state !== 'running' && run.finishedAt);
  const last = finished[0];
  const failedInRow = finished.findIndex((run) => run.state !== 'failed');
  const failedRuns = failedInRow === -1 ? finished.length : failedInRow;
  const blockedInRow = finished.findIndex((run) => !isBlockedRun(run));
  const blockedRuns = blockedInRow === -1 ? finished.length : blockedInRow;
  const blockedUntil =
    blockedRuns > 0
      ? new Date(last.finishedAt!.getTime() + Math.min(BLOCKED_FIRST_MS * 2 ** (blockedRuns - 1), BLOCKED_MAX_MS))
      : null;
  const facts = {
    lastSuccessAt: input.lastSuccessAt,
    lastAttemptAt: input.recentRuns[0]?.startedAt ?? null,
    failedRuns,
    blockedUntil,
    lastErrors: last?.errors ?? [],
  };
  const status: SourceStatusKind =
    input.siteState === 'retired'
      ? 'retired'
      : input.siteState === 'paused'
        ? 'paused'
        : !input.hasAddress
          ? 'address_unknown'
          : !last
            ? 'never_harvested'
            : blockedRuns > 0
              ? 'blocked'
              : failedRuns > 0
                ? 'failing'
                : !input.lastSuccessAt || input.now.getTime() - input.lastSuccessAt.getTime() > STALE_AFTER_MS
                  ? 'stale'
                  : 'ok';
  return { status, ...facts };
}
