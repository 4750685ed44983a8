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
import { LABELS } from '../../render/i18n.js';
import { presentDeadline } from './shared.js';

const dateOf = (instant: Date) => formatDate(copenhagenDate(instant));

export function presentQuestion(
  record: QuestionRecord,
  access: QuestionAccess,
  today: string,
  rule?: DeadlineRule,
): QuestionView {
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
    deadline: presentDeadline({ ...record, today, rule }),
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

export function presentQueueItem(row: QueueRow, today: string, rule?: DeadlineRule): QueueItem {
  const reason = askerContactReason({ state: row.state, dueOn: row.dueOn, today, isContacted: row.isContacted });
  return {
    href: `/sekretariat/sporgsmaal/${row.id}`,
    title: row.title,
    bodyName: row.body.name,
    addresseeLabel: LABELS.da.questionAddressee[row.addressee],
    askerName: row.askerName,
    stateLabel: LABELS.da.questionState[row.state],
    receivedText: formatDate(row.receivedOn),
    deadline: presentDeadline({ ...row, today, rule }),
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

/** A question in a member's lists (/mine-sporgsmaal). */
export function presentMyQuestion(row: MemberQuestionRow, today: string, rule?: DeadlineRule): QuestionListItem {
  return {
    href: `/sporgsmaal/${row.id}`,
    title: row.title,
    bodyName: row.body.name,
    stateLabel: LABELS.da.questionState[row.state],
    receivedText: formatDate(row.receivedOn),
    deadline: presentDeadline({ ...row, today, rule }),
    isOwn: row.isOwn,
  };
}

/** A published answer: the open parts only (the query never selects the others). */
export function presentPublicAnswer(answer: PublicAnswerRow): PublicAnswerView {
  return {
    anchor: `spoergsmaal-${answer.id}`,
    title: answer.title,
    text: answer.text,
    addresseeLabel: LABELS.da.questionAddressee[answer.addressee],
    receivedText: formatDate(answer.receivedOn),
    answeredText: formatDate(answer.answeredOn),
    openParts: answer.openParts,
    hasConfidentialParts: answer.hasConfidentialParts,
  };
}

/** A meeting-plan entry with its history of changes (and, for the secretariat, its edit link). */
export function presentPlanEntry(entry: PlanEntryRow, options: { editable: boolean }): PlanEntryView {
  return {
    id: entry.id,
    kindLabel: LABELS.da.meetingKind[entry.kind],
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
            label: `punkt ${change.decisionItem.number}: ${change.decisionItem.title}, ${formatDate(change.decisionItem.heldOn)}`,
            href: `/punkt/${change.decisionItem.id}`,
          }
        : null,
      note: change.note,
    })),
  };
}

/** A body's rules as a member reads them, with the deadline of a question asked on `today`. */
export function presentSchemeRules(rules: QuestionSchemeRules, body: { slug: string }, today: string): SchemeRulesView {
  const rule = rules.deadlineRule;
  const example = computeDeadline({ receivedOn: today, rule });
  return {
    deadlineText: `${describeDeadlineRule(rule)} efter modtagelsen`,
    deadlineHint:
      rule.kind === 'working_days'
        ? 'Weekender og helligdage tæller ikke med.'
        : 'Fristen regnes efter kalenderen og kan falde på en weekend eller helligdag.',
    exampleText: `Stiller du et spørgsmål i dag, er fristen ${formatDate(example.dueOn)}.`,
    publishesAnswers: rules.publishesAnswers,
    publicAnswersHref: `/organ/${body.slug}/spoergsmaal`,
    memberNote: rules.memberNote,
  };
}
