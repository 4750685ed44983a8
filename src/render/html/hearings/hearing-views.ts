/** What the hearing pages show: presenter output (web/hearings/presenters.ts), never rows. */
import type { HearingPhase } from '../../../domain/hearing.js';

export interface HearingListItemView {
  id: number;
  href: string;
  title: string;
  body: { label: string; href: string };
  periodText: string;
  deadlineText: string;
  phase: HearingPhase;
  responsesText: string;
  isFictitious: boolean;
}

export interface ResponseView {
  anchor: string;
  from: string;
  receivedText: string;
  /** Published: the text (Markdown-free, lines kept) and the PDF; withheld: only the reason. */
  text: string | null;
  file: { href: string; sizeText: string } | null;
  withheldReason: string | null;
  memo: { answer: string | null; change: string | null } | null;
}

export interface HearingDetailView extends HearingListItemView {
  description: string;
  document: { label: string; href: string } | null;
  processStep: { label: string; href: string } | null;
  consultees: string[];
  responses: ResponseView[];
  /** The responses' pages (RESPONSES_PER_PAGE each): this page and how many. */
  responsePages: { page: number; pages: number };
  memo: { text: string; decision: { label: string; href: string | null } | null } | null;
  /** Null when the form is open; else why it is closed. */
  formClosedText: string | null;
  /** Whether the form offers a receipt by e-mail (only when the portal sends e-mail). */
  offersReceipt: boolean;
  apiHref: string;
  workHref: string | null;
}

export interface ResponseFormValues {
  name: string;
  organisation: string;
  text: string;
  email: string;
}
