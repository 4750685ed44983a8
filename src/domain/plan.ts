/**
 * Plans (planer) a body adopts over several meetings: the local health plan (nærsundhedsplan), the
 * regional health plan, others; each in versions whose text is chapters (themes with goals and a
 * description, Markdown).
 */
import { type DiffLine, diffLines, hasChanges } from './text-diff.js';

export const PLAN_KINDS = ['local_health_plan', 'regional_health_plan', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_VERSION_STATES = ['draft', 'hearing_draft', 'adopted', 'revised'] as const;
export type PlanVersionState = (typeof PLAN_VERSION_STATES)[number];

/** The text of one chapter: a theme with its goals and description (Markdown). */
export interface PlanChapter {
  theme: string;
  goals: string;
  description: string;
}

export interface PlanVersionRef {
  number: number;
  status: PlanVersionState;
  versionOn: string;
}

export const PLAN_LIMITS = {
  titleMax: 300,
  summaryMax: 5_000,
  themeMax: 300,
  chapterTextMax: 50_000,
  chaptersMax: 60,
  noteMax: 2_000,
} as const;

/**
 * The version the plan page leads with: the newest adopted version (only one adopted version is
 * current; an earlier adopted one is superseded by the next adoption), else the newest version of
 * any status, shown as "not adopted". Null for a plan without versions.
 */
export function currentVersion<V extends PlanVersionRef>(
  versions: readonly V[],
): { version: V; isAdopted: boolean } | null {
  const byNumber = [...versions].sort((a, b) => b.number - a.number);
  const adopted = byNumber.find((v) => v.status === 'adopted');
  if (adopted) return { version: adopted, isAdopted: true };
  return byNumber[0] ? { version: byNumber[0], isAdopted: false } : null;
}

/** The number of the next version: one more than the highest. */
export function nextVersionNumber(versions: readonly PlanVersionRef[]): number {
  return versions.reduce((highest, v) => Math.max(highest, v.number), 0) + 1;
}

export type NewVersionRefusal = 'date_before_previous' | 'revised_without_adopted';

/**
 * Whether a version with this status and date may follow the existing ones: versions are in date
 * order (a new one is not dated before the newest), and a revision revises an adopted version.
 */
export function checkNewVersion(
  versions: readonly PlanVersionRef[],
  next: { status: PlanVersionState; versionOn: string },
): NewVersionRefusal | null {
  const newest = [...versions].sort((a, b) => b.number - a.number)[0];
  if (newest && next.versionOn < newest.versionOn) return 'date_before_previous';
  if (next.status === 'revised' && !versions.some((v) => v.status === 'adopted')) return 'revised_without_adopted';
  return null;
}

/** A new version starts as a copy of the previous one's chapters (none for the first). */
export function chaptersForNewVersion(previous: readonly PlanChapter[] | null): PlanChapter[] {
  return (previous ?? []).map((chapter) => ({ ...chapter }));
}

export type ChapterChange = 'same' | 'changed' | 'added' | 'removed';

export interface ChapterDiff {
  theme: string;
  /** The theme's old name when the chapter at that place was renamed. */
  formerTheme: string | null;
  change: ChapterChange;
  goals: DiffLine[];
  description: DiffLine[];
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n'));

/**
 * The difference between two versions, chapter by chapter: chapters are matched by theme (the
 * same theme in both), then the unmatched ones by their place (a renamed chapter); what is left
 * is added or removed. In the newer version's order, the removed ones after the chapter they
 * followed.
 */
export function diffPlanVersions(from: readonly PlanChapter[], to: readonly PlanChapter[]): ChapterDiff[] {
  const matchedFrom = new Map<number, number>(); // to index → from index
  const usedFrom = new Set<number>();
  to.forEach((chapter, i) => {
    const j = from.findIndex((old, k) => !usedFrom.has(k) && old.theme.trim() === chapter.theme.trim());
    if (j >= 0) {
      matchedFrom.set(i, j);
      usedFrom.add(j);
    }
  });
  to.forEach((_chapter, i) => {
    if (matchedFrom.has(i) || i >= from.length || usedFrom.has(i)) return;
    // A renamed chapter: the same place, its theme not found anywhere in the newer version.
    if (to.some((other) => other.theme.trim() === from[i].theme.trim())) return;
    matchedFrom.set(i, i);
    usedFrom.add(i);
  });
  const result: ChapterDiff[] = [];
  const removedAfter = (fromIndex: number) => {
    for (let k = fromIndex; k < from.length && !usedFrom.has(k); k++) {
      usedFrom.add(k);
      result.push({
        theme: from[k].theme,
        formerTheme: null,
        change: 'removed',
        goals: diffLines(linesOf(from[k].goals), []),
        description: diffLines(linesOf(from[k].description), []),
      });
    }
  };
  removedAfter(0);
  to.forEach((chapter, i) => {
    const j = matchedFrom.get(i);
    const old = j === undefined ? null : from[j];
    const goals = diffLines(linesOf(old?.goals ?? ''), linesOf(chapter.goals));
    const description = diffLines(linesOf(old?.description ?? ''), linesOf(chapter.description));
    const renamed = old !== null && old.theme.trim() !== chapter.theme.trim();
    result.push({
      theme: chapter.theme,
      formerTheme: renamed ? old.theme : null,
      change: old === null ? 'added' : renamed || hasChanges(goals) || hasChanges(description) ? 'changed' : 'same',
      goals,
      description,
    });
    if (j !== undefined) removedAfter(j + 1);
  });
  removedAfter(0);
  return result;
}
