/**
 * Coverage of a source (dækning): per committee of a site, the meetings its own committee list
 * shows (held up to today; a meeting ahead may have no document yet) against the meetings the
 * archive holds, and the documents it offers against those held: each listed meeting's document
 * in its current version (fetched for the `Dato` the list prints now), and the open attachments
 * with a PDF of the meetings held (counted only where the site's attachments are harvested).
 * A source whose meetings or documents are covered under 95 %, or that is stale, raises an alarm.
 * Pure.
 */
import type { SourceStatusKind } from './source-status.js';

export const COVERAGE_ALARM_BELOW = 0.95;

export interface CommitteeCoverageCounts {
  committeeGuid: string;
  committeeName: string;
  /** Meetings on the site's list (not removed), held up to today. */
  listed: number;
  /** Of those, the meetings the archive holds. */
  held: number;
  /** Of those held, the ones whose document is the list's current version. */
  current: number;
  /** Meetings gone from the site's list (kept in the archive, marked). */
  removed: number;
  /** Open attachments with a PDF offered by the held meetings; null: attachments are not harvested. */
  attachmentsOffered: number | null;
  attachmentsHeld: number | null;
}

export interface Coverage {
  listed: number;
  held: number;
  removed: number;
  documentsOffered: number;
  documentsHeld: number;
  /** held / listed; null when the list shows nothing. */
  meetingsShare: number | null;
  /** documentsHeld / documentsOffered; null when nothing is offered. */
  documentsShare: number | null;
}

export interface CommitteeCoverage extends Coverage {
  committeeGuid: string;
  committeeName: string;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.min(1, part / whole));

/** One committee's counts, or the sum of several (a site's), as shares. */
export function coverageOf(counts: readonly CommitteeCoverageCounts[]): Coverage {
  const sum = (pick: (row: CommitteeCoverageCounts) => number | null) =>
    counts.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const listed = sum((row) => row.listed);
  const held = sum((row) => row.held);
  // An attachment held twice (two items, one file) never makes a meeting's count exceed its offer.
  const documentsOffered = listed + sum((row) => row.attachmentsOffered);
  const documentsHeld =
    sum((row) => row.current) + sum((row) => Math.min(row.attachmentsHeld ?? 0, row.attachmentsOffered ?? 0));
  return {
    listed,
    held,
    removed: sum((row) => row.removed),
    documentsOffered,
    documentsHeld,
    meetingsShare: share(held, listed),
    documentsShare: share(documentsHeld, documentsOffered),
  };
}

export function committeeCoverage(counts: readonly CommitteeCoverageCounts[]): CommitteeCoverage[] {
  return counts.map((row) => ({
    committeeGuid: row.committeeGuid,
    committeeName: row.committeeName,
    ...coverageOf([row]),
  }));
}

/** "97 %", rounded down so that 94.9 % never reads as 95 %. */
export function percent(value: number): string {
  return `${Math.floor(value * 100)} %`;
}

/**
 * The alarm a source raises, in Danish words, or null: stale, or a committee's meetings or
 * documents covered under 95 %. Sources not harvested on purpose (paused, retired, no address)
 * and those never harvested raise none; failing and blocked sources say so in their status.
 */
export function sourceAlarm(input: {
  status: SourceStatusKind;
  committees: readonly CommitteeCoverage[];
}): string | null {
  if (input.status === 'stale') return 'Forældet: ikke hentet med held i over 36 timer';
  if (input.status !== 'ok' && input.status !== 'failing' && input.status !== 'blocked') return null;
  const low = input.committees.flatMap((committee) => {
    const problems = [
      committee.meetingsShare !== null && committee.meetingsShare < COVERAGE_ALARM_BELOW
        ? `${committee.held} af ${committee.listed} møder (${percent(committee.meetingsShare)})`
        : null,
      committee.documentsShare !== null && committee.documentsShare < COVERAGE_ALARM_BELOW
        ? `${committee.documentsHeld} af ${committee.documentsOffered} dokumenter (${percent(committee.documentsShare)})`
        : null,
    ].filter((problem): problem is string => problem !== null);
    return problems.length > 0 ? [`${committee.committeeName}: ${problems.join(', ')}`] : [];
  });
  return low.length > 0 ? `Dækning under 95 % – ${low.join('; ')}` : null;
}
