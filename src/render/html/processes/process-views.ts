/** What the processes' pages show: presenter output (web/processes/presenters.ts), never rows. */
import type { PublicStepState } from '../../../domain/process.js';

export interface LinkView {
  name: string;
  href: string;
}

export interface ProcessListItemView {
  id: number;
  href: string;
  title: string;
  owner: LinkView;
  progressText: string;
  flaggedReason: string | null;
  isFictitious: boolean;
}

export interface StepView {
  id: number;
  title: string;
  actionText: string;
  /** A body in Protokol links to its page; one only named does not. */
  body: { name: string; href: string | null; publisher: string | null };
  dueText: string;
  state: PublicStepState;
  stateText: string;
  /** The meeting and item that treat it: a closed item only as such. */
  meeting: { label: string; href: string | null } | null;
  item: { label: string; href: string } | null;
  isClosedItem: boolean;
  outcomeText: string | null;
  /** New date needed, skipped because, overridden with a reason, gates, parallel progress. */
  notes: string[];
}

export interface TimelineView {
  from: string;
  to: string;
  today: string;
  phases: { title: string; startsOn: string; endsOn: string }[];
  marks: { date: string; state: PublicStepState; label: string }[];
}

export interface ProcessDetailView extends ProcessListItemView {
  description: string | null;
  phases: { title: string; periodText: string }[];
  steps: StepView[];
  timeline: TimelineView | null;
  counts: Record<PublicStepState, number>;
  todayText: string;
  parallel: string[];
  apiHref: string;
  editHref: string | null;
}
