/** What the plan pages show: presenter output (web/plans/presenters.ts), never rows. */
import type { ChapterDiff, PlanChapter } from '../../../domain/plan.js';

export interface Linked {
  label: string;
  href: string;
}

export interface PlanListItemView {
  id: number;
  href: string;
  title: string;
  kindText: string;
  owner: Linked;
  deadlineText: string | null;
  statusText: string;
  isFictitious: boolean;
}

export interface PlanVersionRowView {
  number: number;
  statusText: string;
  dateText: string;
  note: string | null;
  /** The decision item: a closed one as "behandlet i et lukket punkt". */
  decision: { label: string; href: string | null } | null;
  /** The link to this version's changes from the previous one (none for the first). */
  diffHref: string | null;
}

export interface PlanItemView {
  /** Null for a closed item (its page shows only its number). */
  label: string | null;
  href: string;
  meeting: string;
  isClosed: boolean;
}

export interface PlanDetailView extends PlanListItemView {
  summary: string | null;
  current: { heading: string; isAdopted: boolean; chapters: PlanChapter[] } | null;
  versions: PlanVersionRowView[];
  items: PlanItemView[];
  processes: Linked[];
  hearings: Linked[];
  apiHref: string;
  diffFormHref: string;
  versionNumbers: number[];
  /** The secretariat's link, for those who may edit the plan. */
  editHref: string | null;
}

export interface PlanDiffView {
  plan: { title: string; href: string };
  from: number;
  to: number;
  versionNumbers: number[];
  chapters: ChapterDiff[];
  isFictitious: boolean;
}
