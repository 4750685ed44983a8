/**
 * Statistics of the question scheme for one body: how many questions were asked, how many were
 * answered and how many of those within their deadline, the median answer time, and how many are
 * overdue on `today`. Pure; dates are Danish calendar dates ("YYYY-MM-DD").
 *
 * How the states count:
 * - every question counts in `asked`, whatever its state;
 * - `answered`, the within-deadline share and the median answer time cover questions in state
 *   `answered` only; an answered question without `answeredOn` counts in `answered` but, having no
 *   answer time, not in the share or the median;
 * - declined and outside-scheme questions are neither answered nor overdue: they are closed, so no
 *   deadline runs for them; they are counted on their own (`declined`, `outsideScheme`);
 * - `open` (received or assigned) questions are overdue when `today` is after their due date (the
 *   due date itself is still on time).
 */

import { daysBetween } from './deadlines.js';
import { quantile } from './quantile.js';
import type { QuestionState } from './question-states.js';

export interface QuestionForStatistics {
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
  state: QuestionState;
}

export interface QuestionStatistics {
  asked: number;
  answered: number;
  /** Answered on or before the due date. */
  answeredWithinDeadline: number;
  /** Share of answered questions (with an answer date) answered within the deadline, 0–100 with one decimal; null when none. */
  answeredWithinDeadlinePercent: number | null;
  /** Median calendar days from receipt to answer (a half day when the count is even); null when none answered. */
  medianAnswerDays: number | null;
  /** Open questions past their due date on `today`. */
  overdueNow: number;
  /** Received or assigned, not yet answered. */
  open: number;
  declined: number;
  outsideScheme: number;
}

export function questionStatistics(questions: readonly QuestionForStatistics[], today: string): QuestionStatistics {
  let answered = 0;
  let answeredWithinDeadline = 0;
  let overdueNow = 0;
  let open = 0;
  let declined = 0;
  let outsideScheme = 0;
  const answerDays: number[] = [];

  for (const question of questions) {
    switch (question.state) {
      case 'answered':
        answered++;
        if (question.answeredOn !== null) {
          answerDays.push(daysBetween(question.receivedOn, question.answeredOn));
          if (question.answeredOn <= question.dueOn) answeredWithinDeadline++;
        }
        break;
      case 'declined':
        declined++;
        break;
      case 'outside_scheme':
        outsideScheme++;
        break;
      case 'received':
      case 'assigned':
        open++;
        if (today > question.dueOn) overdueNow++;
        break;
    }
  }

  return {
    asked: questions.length,
    answered,
    answeredWithinDeadline,
    answeredWithinDeadlinePercent:
      answerDays.length === 0 ? null : Math.round((1000 * answeredWithinDeadline) / answerDays.length) / 10,
    medianAnswerDays: quantile(answerDays, 0.5),
    overdueNow,
    open,
    declined,
    outsideScheme,
  };
}
