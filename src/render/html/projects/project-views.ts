/** What the projects' pages show: presenter output (web/projects/presenters.ts), never rows. */
import type { ProjectStatus } from '../../../domain/project.js';

export interface LinkView {
  name: string;
  href: string;
}

export interface ProjectListItemView {
  id: number;
  href: string;
  name: string;
  status: ProjectStatus;
  statusText: string;
  source: { text: string; href: string | null };
  bodies: LinkView[];
  grantedText: string | null;
  appliedOnText: string;
  isFictitious: boolean;
}

export interface TransitionView {
  dateText: string;
  statusText: string;
  decision: { label: string; href: string | null } | null;
  note: string | null;
}

export interface ReportView {
  id: number;
  dueText: string;
  receivedText: string | null;
  isOverdue: boolean;
  body: string | null;
  documentUrl: string | null;
  /** The report's PDF, downloadable (its link text names the size). */
  file: { href: string; text: string } | null;
  /** Only for the secretariat: the draft item it was put on. */
  onAgenda: { label: string; href: string } | null;
}

/** The timeline's marks: days from its first day, with what happens. */
export interface TimelineView {
  days: number;
  years: { label: string; at: number }[];
  period: { from: number; to: number } | null;
  extension: { from: number; to: number } | null;
  marks: { at: number; label: string }[];
  reports: { at: number; label: string; received: boolean }[];
  today: number | null;
}

export interface ProjectDetailView extends ProjectListItemView {
  purpose: string;
  facts: [string, string][];
  transitions: TransitionView[];
  timeline: TimelineView;
  reports: ReportView[];
  spendings: { dateText: string; amountText: string; note: string }[];
  apiHref: string;
  manageHref: string | null;
}
