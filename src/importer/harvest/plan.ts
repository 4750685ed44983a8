/**
 * Incremental planning, pure: which listed meetings to fetch this run, and why. A meeting is
 * fetched when it was never fetched (`new`), when the list prints another `Dato` for it
 * (`listing_changed`), when it lies ahead (`future`: agendas turn into minutes) or was held within
 * the last `recentDays` (`recent`: minutes get published and corrected), when its attachments are
 * wanted and not yet complete (`attachments`), or when everything is asked for (`full`). The rest
 * is skipped as unchanged, so a second run over an unchanged site fetches the list and the recent
 * and future meetings only.
 */
import { copenhagenParts } from '../../domain/copenhagen-time.js';
import type { ListedMeeting } from './listing.js';

/** What the integrator keeps per meeting GUID between runs. */
export interface MeetingState {
  /** The `Dato` the list printed when the meeting was last fetched. */
  listedDato: string | null;
  /** ISO instant of the last successful fetch; null when never fetched whole. */
  lastFetchedAt: string | null;
  /** sha256 (hex) of the document's bytes as last stored. */
  checksum: string | null;
  /** Every open attachment of the stored document was fetched (or failed for good). */
  attachmentsComplete?: boolean;
}

export type PlanReason = 'full' | 'new' | 'listing_changed' | 'future' | 'recent' | 'attachments';
export type SkipReason = 'unchanged' | 'before_since' | 'other_body';

export interface PlanOptions {
  now: Date;
  /** YYYY-MM-DD: leave out meetings held before this date. */
  since?: string;
  /** Committee names (case- and accent-insensitive) or committee GUIDs to include; all when empty. */
  bodies?: readonly string[];
  full?: boolean;
  /** Attachments are wanted: meetings whose attachments are incomplete are fetched too. */
  attachments?: boolean;
  /** How far back a meeting counts as recent (default 60 days). */
  recentDays?: number;
}

export interface PlannedMeeting {
  meeting: ListedMeeting;
  reason: PlanReason;
  stored: MeetingState | null;
}

export interface Plan {
  /** Meetings to fetch, newest first. */
  fetch: PlannedMeeting[];
  /** Meetings left alone: unchanged, or outside `since` / `bodies`. */
  skipped: { meeting: ListedMeeting; reason: SkipReason }[];
  /** `bodies` entries that match no listed committee (probably a typo). */
  unmatchedBodies: string[];
  /** Today in Copenhagen (YYYY-MM-DD), the day `recent` and `future` are measured from. */
  today: string;
}

export const DEFAULT_RECENT_DAYS = 60;

export function planHarvest(
  meetings: readonly ListedMeeting[],
  state: ReadonlyMap<string, MeetingState>,
  options: PlanOptions,
): Plan {
  const today = copenhagenParts(options.now).date;
  const recentFrom = addDays(today, -(options.recentDays ?? DEFAULT_RECENT_DAYS));
  const wanted = (options.bodies ?? []).map(foldName).filter((name) => name !== '');
  const matched = new Set<string>();
  const fetch: PlannedMeeting[] = [];
  const skipped: Plan['skipped'] = [];
  for (const meeting of meetings) {
    if (options.since && meeting.date < options.since) {
      skipped.push({ meeting, reason: 'before_since' });
      continue;
    }
    if (wanted.length > 0) {
      const hit = wanted.filter((name) => matchesBody(meeting, name));
      if (hit.length === 0) {
        skipped.push({ meeting, reason: 'other_body' });
        continue;
      }
      for (const name of hit) matched.add(name);
    }
    const stored = state.get(meeting.guid) ?? null;
    const reason = reasonFor(meeting, stored, { today, recentFrom, options });
    if (reason) fetch.push({ meeting, reason, stored });
    else skipped.push({ meeting, reason: 'unchanged' });
  }
  fetch.sort(
    (a, b) =>
      b.meeting.date.localeCompare(a.meeting.date) ||
      (b.meeting.startTime ?? '').localeCompare(a.meeting.startTime ?? '') ||
      a.meeting.guid.localeCompare(b.meeting.guid),
  );
  const unmatchedBodies = (options.bodies ?? []).filter((name) => !matched.has(foldName(name)));
  return { fetch, skipped, unmatchedBodies, today };
}

function reasonFor(
  meeting: ListedMeeting,
  stored: MeetingState | null,
  at: { today: string; recentFrom: string; options: PlanOptions },
): PlanReason | null {
  if (at.options.full) return 'full';
  if (!stored || stored.lastFetchedAt === null || stored.checksum === null) return 'new';
  if (stored.listedDato !== meeting.dato) return 'listing_changed';
  if (meeting.date > at.today) return 'future';
  if (meeting.date >= at.recentFrom) return 'recent';
  if (at.options.attachments && stored.attachmentsComplete !== true) return 'attachments';
  return null;
}

/** A `--body` value against a meeting's committee: its GUID, or its name folded. */
function matchesBody(meeting: ListedMeeting, folded: string): boolean {
  const { committee } = meeting;
  return (committee.guid !== null && committee.guid === folded) || foldName(committee.name) === folded;
}

/**
 * A name for matching what a person typed: lower case, one space, accents off ("é" → "e"), and
 * the Danish letters spelt the way a keyboard without them would ("å" → "a", "æ" → "ae", "ø" → "o").
 */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/\s+/g, ' ')
    .trim();
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
