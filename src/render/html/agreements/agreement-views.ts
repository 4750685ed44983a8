/** What the investment agreements' pages show: presenter output (web/agreements/presenters.ts), never rows. */
import type { AgreementStatus } from '../../../domain/agreement.js';

export interface LinkView {
  name: string;
  href: string;
}

export interface DecisionView {
  label: string;
  href: string | null;
}

export interface AgreementListItemView {
  id: number;
  href: string;
  title: string;
  status: AgreementStatus;
  statusText: string;
  kindText: string;
  council: LinkView;
  parties: LinkView[];
  /** "3 af 4 kommunalbestyrelser har godkendt" once the council has decided; else null. */
  approvalsText: string | null;
  totalText: string;
  isFictitious: boolean;
}

/** One year's bar and row: the amount in øre (for the bar's length) and as Danes write it. */
export interface YearView {
  year: number;
  amountOre: bigint;
  amountText: string;
}

export interface AgreementDetailView extends AgreementListItemView {
  purpose: string;
  years: YearView[];
  parties: (LinkView & { approvedText: string | null; approval: DecisionView | null })[];
  /** The status chain: each status, whether reached, and the step that reached it. */
  chain: { statusText: string; isReached: boolean; isCurrent: boolean }[];
  transitions: { dateText: string; statusText: string; decision: DecisionView | null; note: string | null }[];
  reports: { yearText: string; dueText: string; stateText: string }[];
  apiHref: string;
  manageHref: string | null;
}
