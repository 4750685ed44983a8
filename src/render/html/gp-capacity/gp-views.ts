/** What the GP capacity pages show: presenter output (web/gp-capacity/presenters.ts), never rows. */
import type { VacancyState } from '../../../domain/gp-capacity.js';

export interface GpLinkView {
  name: string;
  href: string;
}

export interface GpBoardListItemView {
  href: string;
  council: GpLinkView;
  possible: number;
  actual: number;
  /** Possible minus actual, in words ("3 læger mangler"). */
  gapText: string;
  practices: number;
  openShareText: string;
  vacanciesOpen: number;
  dataOnText: string;
  isFictitious: boolean;
}

export interface GpHistoryPointView {
  /** "marts 2026" / "March 2026". */
  monthText: string;
  possible: number;
  actual: number;
  gapText: string;
  practicesOpen: number;
  practicesClosed: number;
  vacanciesOpen: number;
}

export interface GpAreaRowView {
  name: string;
  practices: number;
  practicesOpen: number;
  gps: number;
  capacityText: string;
  patientsText: string;
  useText: string;
}

export interface GpPracticeRowView {
  number: string;
  name: string;
  area: string;
  gps: number;
  capacityText: string;
  patientsText: string;
  useText: string;
  isOpen: boolean;
}

export interface GpVacancyRowView {
  id: number;
  practiceNumber: string;
  practiceName: string;
  areaName: string;
  clockStartsText: string;
  deadlineText: string;
  state: VacancyState;
  stateText: string;
  /** "32 dage tilbage" while open; empty otherwise. */
  daysLeftText: string;
  decision: { label: string; href: string } | null;
  note: string | null;
}

export interface GpDecisionView {
  label: string;
  href: string;
  note: string | null;
}

export interface GpBoardView extends GpBoardListItemView {
  sourceText: string;
  history: GpHistoryPointView[];
  areas: GpAreaRowView[];
  practiceRows: GpPracticeRowView[];
  vacancies: GpVacancyRowView[];
  decisions: GpDecisionView[];
  apiHref: string;
}
