/**
 * Question rows → the views' data. What the reader may not see is left out here, by
 * `questionAccess` (domain/question.ts): confidential parts, notes, who asked.
 */
import type { QuestionRecord, QueueRow } from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';

import { copenhagenDate } from '../../domain/deadlines.js';

import { askerContactReason, type QuestionAccess } from '../../domain/question.js';
import type { QuestionStatistics } from '../../domain/question-stats.js';
import type { QuestionView, QueueItem } from '../../render/html/questions/question-pages.js';
import type { StatisticsView } from '../../render/html/questions/statistics-page.js';
import { LABELS } from '../../render/i18n.js';
import { presentDeadline } from './shared.js';

const dateOf = (instant: Date) => formatDate(copenhagenDate(instant));

export function presentQuestion(record: QuestionRecord, access: QuestionAccess, today: string): QuestionView {
  const visibleParts = record.parts.filter((part) => access.canReadConfidential || !part.isConfidential);
  const reason = access.canReadNotes
    ? askerContactReason({
        state: record.state,
        dueOn: record.dueOn,
        today,
        isContacted: record.contactedAt !== null,
      })
    : null;
  return {
    id: record.id,
    title: record.title,
    text: record.text,
    body: { name: record.body.name, href: `/organ/${record.body.slug}` },
    addresseeLabel: LABELS.da.questionAddressee[record.addressee],
    stateLabel: LABELS.da.questionState[record.state],
    state: record.state,
    receivedText: formatDate(record.receivedOn),
    answeredText: record.answeredOn ? formatDate(record.answeredOn) : null,
    deadline: presentDeadline({ ...record, today }),
    askerName: access.canReadAsker ? record.askerName : null,
    parts: visibleParts.map((part) => ({ text: part.text, isConfidential: part.isConfidential })),
    hiddenConfidentialParts: record.parts.length - visibleParts.length,
    closedNote: access.canReadNotes ? record.closedNote : null,
    contact:
      access.canReadNotes && record.contactedAt
        ? { text: `Spørger blev kontaktet ${dateOf(record.contactedAt)}.`, note: record.contactNote ?? '' }
        : null,
    forwarded:
      record.forwardedAt && record.forwardedLink
        ? { text: `Sendt videre ${dateOf(record.forwardedAt)}`, link: record.forwardedLink }
        : null,
    contactNeeded: reason ? LABELS.da.askerContact[reason] : null,
    isAnswerPublic: record.isAnswerPublic,
  };
}

export function presentQueueItem(row: QueueRow, today: string): QueueItem {
  const reason = askerContactReason({ state: row.state, dueOn: row.dueOn, today, isContacted: row.isContacted });
  return {
    href: `/sekretariat/sporgsmaal/${row.id}`,
    title: row.title,
    bodyName: row.body.name,
    addresseeLabel: LABELS.da.questionAddressee[row.addressee],
    askerName: row.askerName,
    stateLabel: LABELS.da.questionState[row.state],
    receivedText: formatDate(row.receivedOn),
    deadline: presentDeadline({ ...row, today }),
    assignee: row.assigneeName ?? row.assignmentNote,
    contactNeeded: reason ? LABELS.da.askerContact[reason] : null,
  };
}

export function presentStatistics(stats: QuestionStatistics): StatisticsView {
  const number = (value: number) => value.toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return {
    ...stats,
    withinDeadlineText:
      stats.answeredWithinDeadlinePercent === null ? '–' : `${number(stats.answeredWithinDeadlinePercent)} %`,
    medianText:
      stats.medianAnswerDays === null
        ? '–'
        : `${number(stats.medianAnswerDays)} ${stats.medianAnswerDays === 1 ? 'dag' : 'dage'}`,
  };
}
