/**
 * Question rows → the views' data. What the reader may not see is left out here, by
 * `questionAccess` (domain/question.ts): confidential parts, notes, who asked.
 */

import type { PlanEntryRow } from '../../db/queries/meeting-plan.js';
import type { MemberQuestionRow, PublicAnswerRow, QuestionRecord, QueueRow } from '../../db/queries/questions.js';
import { formatDate } from '../../domain/danish-dates.js';
import { computeDeadline, copenhagenDate, type DeadlineRule } from '../../domain/deadlines.js';
import { describePlanChange, planEntryWhen } from '../../domain/meeting-plan.js';
import { askerContactReason, type QuestionAccess } from '../../domain/question.js';
import { describeDeadlineRule, type QuestionSchemeRules } from '../../domain/question-scheme-rules.js';
import type { QuestionStatistics } from '../../domain/question-stats.js';
import type { QuestionListItem } from '../../render/html/questions/ask-pages.js';
import type { PlanEntryView } from '../../render/html/questions/meeting-plan-pages.js';
import type { PublicAnswerView } from '../../render/html/questions/public-answers-page.js';
import type { QuestionView } from '../../render/html/questions/question-views.js';
import type { QueueItem } from '../../render/html/questions/queue-page.js';
import type { SchemeRulesView } from '../../render/html/questions/scheme-rules-pages.js';
import type { StatisticsView } from '../../render/html/questions/statistics-page.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { presentDeadline } from './shared.js';

const dateOf = (instant: Date) => formatDate(copenhagenDate(instant));

export function presentQuestion(
  record: QuestionRecord,
  access: QuestionAccess,
  today: string,
  rule: DeadlineRule | undefined,
  lang: Lang,
): QuestionView {
  const m = QUESTION_MESSAGES[lang].question;
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
    addresseeLabel: LABELS[lang].questionAddressee[record.addressee],
    stateLabel: LABELS[lang].questionState[record.state],
    state: record.state,
    receivedText: formatDate(record.receivedOn),
    answeredText: record.answeredOn ? formatDate(record.answeredOn) : null,
    deadline: presentDeadline({ ...record, today, rule }, lang),
    askerName: access.canReadAsker ? record.askerName : null,
    parts: visibleParts.map((part) => ({ text: part.text, isConfidential: part.isConfidential })),
    hiddenConfidentialParts: record.parts.length - visibleParts.length,
    closedNote: access.canReadNotes ? record.closedNote : null,
    contact:
      access.canReadNotes && record.contactedAt
        ? { text: m.askerContacted(dateOf(record.contactedAt)), note: record.contactNote ?? '' }
        : null,
    forwarded:
      record.forwardedAt && record.forwardedLink
        ? { text: m.forwardedOn(dateOf(record.forwardedAt)), link: record.forwardedLink }
        : null,
    contactNeeded: reason ? LABELS[lang].askerContact[reason] : null,
    isAnswerPublic: record.isAnswerPublic,
  };
}

export function presentQueueItem(row: QueueRow, today: string, rule: DeadlineRule | undefined, lang: Lang): QueueItem {
  const reason = askerContactReason({ state: row.state, dueOn: row.dueOn, today, isContacted: row.isContacted });
  return {
    href: `/sekretariat/sporgsmaal/${row.id}`,
    title: row.title,
    bodyName: row.body.name,
    addresseeLabel: LABELS[lang].questionAddressee[row.addressee],
    askerName: row.askerName,
    stateLabel: LABELS[lang].questionState[row.state],
    receivedText: formatDate(row.receivedOn),
    deadline: presentDeadline({ ...row, today, rule }, lang),
    assignee: row.assigneeName ?? row.assignmentNote,
    contactNeeded: reason ? LABELS[lang].askerContact[reason] : null,
  };
}

export function presentStatistics(stats: QuestionStatistics, lang: Lang): StatisticsView {
  const number = (value: number) =>
    value.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 });
  return {
    ...stats,
    withinDeadlineText:
      stats.answeredWithinDeadlinePercent === null ? '–' : `${number(stats.answeredWithinDeadlinePercent)} %`,
    medianText:
      stats.medianAnswerDays === null
        ? '–'
        : `${number(stats.medianAnswerDays)} ${QUESTION_MESSAGES[lang].question.day(stats.medianAnswerDays)}`,
  };
}

/** A question in a member's lists (/mine-sporgsmaal). */
export function presentMyQuestion(
  row: MemberQuestionRow,
  today: string,
  rule: DeadlineRule | undefined,
  lang: Lang,
): QuestionListItem {
  return {
    href: `/sporgsmaal/${row.id}`,
    title: row.title,
    bodyName: row.body.name,
    stateLabel: LABELS[lang].questionState[row.state],
    receivedText: formatDate(row.receivedOn),
    deadline: presentDeadline({ ...row, today, rule }, lang),
    isOwn: row.isOwn,
  };
}

/** A published answer: the open parts only (the query never selects the others). */
export function presentPublicAnswer(answer: PublicAnswerRow, lang: Lang): PublicAnswerView {
  return {
    anchor: `spoergsmaal-${answer.id}`,
    title: answer.title,
    text: answer.text,
    addresseeLabel: LABELS[lang].questionAddressee[answer.addressee],
    receivedText: formatDate(answer.receivedOn),
    answeredText: formatDate(answer.answeredOn),
    openParts: answer.openParts,
    hasConfidentialParts: answer.hasConfidentialParts,
  };
}

/** A meeting-plan entry with its history of changes (and, for the secretariat, its edit link). */
export function presentPlanEntry(entry: PlanEntryRow, options: { editable: boolean; lang: Lang }): PlanEntryView {
  const { lang } = options;
  return {
    id: entry.id,
    kindLabel: LABELS[lang].meetingKind[entry.kind],
    title: entry.title,
    whenText: planEntryWhen(entry),
    date: entry.plannedOn,
    location: entry.location,
    isCancelled: entry.isCancelled,
    editHref: options.editable ? `/sekretariat/moedeplan/${entry.id}` : undefined,
    changes: entry.changes.map((change) => ({
      dateText: formatDate(copenhagenDate(change.changedAt)),
      what: describePlanChange(change.before, change.after),
      decision: change.decisionItem
        ? {
            label: QUESTION_MESSAGES[lang].plan.item(
              change.decisionItem.number,
              change.decisionItem.title,
              formatDate(change.decisionItem.heldOn),
            ),
            href: `/punkt/${change.decisionItem.id}`,
          }
        : null,
      note: change.note,
    })),
  };
}

/** A body's rules as a member reads them, with the deadline of a question asked on `today`. */
export function presentSchemeRules(
  rules: QuestionSchemeRules,
  body: { slug: string },
  today: string,
  lang: Lang,
): SchemeRulesView {
  const m = QUESTION_MESSAGES[lang].rules;
  const rule = rules.deadlineRule;
  const example = computeDeadline({ receivedOn: today, rule });
  return {
    deadlineText: m.afterReceipt(describeDeadlineRule(rule)),
    deadlineHint: rule.kind === 'working_days' ? m.workingDaysHint : m.calendarHint,
    exampleText: m.example(formatDate(example.dueOn)),
    publishesAnswers: rules.publishesAnswers,
    publicAnswersHref: `/organ/${body.slug}/spoergsmaal`,
    memberNote: rules.memberNote,
  };
}
