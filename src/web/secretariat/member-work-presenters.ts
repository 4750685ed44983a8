/**
 * Presenters of the members' daily work, shared by the member's pages (web/member) and the
 * secretariat's: the rule as words, a round's items from the text as sent, a member's answer,
 * a request's state, and publishing's refusal when the members' approval is not complete.
 */
import type { RoundMember } from '../../db/stores/member-work.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import type { MinutesApprovalRefusal, ProcedureRules } from '../../domain/procedure-rules.js';
import { formatInstant } from '../../render/danish-time.js';
import type { DraftItemView } from '../../render/html/member-work/member-work-pages.js';
import type { Lang } from '../../render/i18n.js';
import { MEMBER_WORK_MESSAGES } from '../../render/messages/member-work.js';

export const messagesOf = (lang: Lang | undefined) => MEMBER_WORK_MESSAGES[lang ?? 'da'];

/** "Sundhedsråd Fjordby, tirsdag d. 23. marts 2027 kl. 16.00" */
export function meetingLabel(meeting: { bodyName: string; heldOn: string; startTime: string | null }): string {
  return `${meeting.bodyName}, ${formatMeetingDate(meeting.heldOn, meeting.startTime)}`;
}

/** The approval rule in words. */
export function ruleText(
  rule: {
    minutesApproval: ProcedureRules['minutesApproval'];
    silenceIsApproval: boolean;
    approvalWorkingDays?: number;
  },
  lang: Lang | undefined,
  days = rule.approvalWorkingDays ?? 0,
): string {
  const m = messagesOf(lang);
  return rule.minutesApproval === 'next_meeting'
    ? m.ruleTextNextMeeting
    : m.ruleTextWithinDays(days, rule.silenceIsApproval);
}

/** The items of draft minutes as sent: each section and the decision, closed items too (members only). */
export function draftItemsOf(snapshot: Record<string, unknown>): DraftItemView[] {
  const document = snapshot as unknown as MeetingDocument;
  return (document.items ?? []).map((item) => ({
    number: item.number,
    title: item.title,
    isClosed: item.closed,
    texts: [
      ...item.sections
        .filter((section) => section.text.trim() !== '')
        .map((section) => ({ heading: section.heading, text: section.text })),
      ...(item.decision?.text && !item.sections.some((section) => section.text === item.decision?.text)
        ? [{ heading: 'Beslutning', text: item.decision.text }]
        : []),
    ],
  }));
}

/** A member's answer in a round: approved (when), commented, or not answered. */
export function answerText(member: Pick<RoundMember, 'approvedAt' | 'answeredAt'>, lang: Lang | undefined): string {
  const m = messagesOf(lang);
  if (member.approvedAt) return m.approvedAt(formatInstant(member.approvedAt));
  return member.answeredAt ? m.commented : m.notAnswered;
}

export const dateText = (date: string) => formatDate(date);

/** Publishing's refusal while the members' approval is not complete, naming who is missing. */
export function approvalRefusalText(refusal: MinutesApprovalRefusal, lang: Lang | undefined = 'da'): string {
  const m = messagesOf(lang).publishRefused;
  if (refusal.reason === 'approval_missing') {
    return m.approval_missing(refusal.missing.join(', '), refusal.dueOn ? formatDate(refusal.dueOn) : null);
  }
  return m[refusal.reason];
}
