/**
 * Hearings presented for the pages and the API: whitelisted fields, dates as Danes write them; a
 * response is shown as the public query gave it (published whole, withheld by sender and reason).
 */
import type { HearingDeadlineRow, HearingDetail, HearingSummary } from '../../db/queries/hearings.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { hearingPhase } from '../../domain/hearing.js';
import type { HearingDetailView, HearingListItemView } from '../../render/html/hearings/hearing-views.js';
import type { Lang } from '../../render/i18n.js';
import type { CalendarEvent } from '../../render/ics/calendar.js';
import { HEARING_MESSAGES } from '../../render/messages/hearings.js';
import { PLAN_MESSAGES } from '../../render/messages/plans.js';
import { decisionLink, hearingHref, planHref, processHref } from '../plans/presenters.js';
import { attachmentHref, bodyHref } from '../portal/paths.js';

export { hearingHref };
export const hearingApiHref = (id: number) => `/api/v1/hearings/${id}`;
export const hearingWorkHref = (id: number) => `/sekretariat/hoeringer/${id}`;
export const responseFileHref = (hearingId: number, responseId: number) =>
  `${hearingHref(hearingId)}/svar/${responseId}.pdf`;

/** "1,2 MB", "340 kB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export function presentHearingListItem(hearing: HearingSummary, lang: Lang, today: string): HearingListItemView {
  const m = HEARING_MESSAGES[lang];
  return {
    id: hearing.id,
    href: hearingHref(hearing.id),
    title: hearing.title,
    body: { label: hearing.body.name, href: bodyHref(hearing.body.slug) },
    periodText: `${formatDate(hearing.startsOn)} – ${formatDate(hearing.deadlineOn)}`,
    deadlineText: formatDate(hearing.deadlineOn),
    phase: hearingPhase({ ...hearing, today }),
    responsesText: m.responsesCount(hearing.publishedResponses),
    isFictitious: hearing.isFictitious,
  };
}

function formClosedText(hearing: HearingDetail, lang: Lang, today: string): string | null {
  const m = HEARING_MESSAGES[lang];
  if (hearing.memoPublishedAt) return m.memoClosedForm;
  const phase = hearingPhase({ ...hearing, today });
  if (phase === 'upcoming') return m.upcomingForm(formatDate(hearing.startsOn));
  if (phase === 'closed') return m.closedForm(formatDate(hearing.deadlineOn));
  return null;
}

/** Responses per page of a hearing's page (the API gives them all). */
export const RESPONSES_PER_PAGE = 100;

export function presentHearing(
  hearing: HearingDetail,
  lang: Lang,
  today: string,
  extra: { canEdit: boolean; page?: number; offersReceipt: boolean },
): HearingDetailView {
  const m = HEARING_MESSAGES[lang];
  const { planVersion, attachment } = hearing.document;
  return {
    ...presentHearingListItem(hearing, lang, today),
    description: hearing.description,
    document: planVersion
      ? {
          label: `${m.planVersion(planVersion.planTitle, planVersion.number)} (${PLAN_MESSAGES[lang].states[planVersion.status]})`,
          href: planHref(planVersion.planId),
        }
      : attachment
        ? { label: attachment.title, href: attachmentHref(attachment.id) }
        : null,
    processStep: hearing.processStep
      ? { label: `${hearing.processStep.title}`, href: processHref(hearing.processStep.processId) }
      : null,
    consultees: hearing.consultees,
    responses: hearing.responses.map((r) => ({
      anchor: `svar-${r.id}`,
      from: m.responseFrom(r.name, r.organisation),
      receivedText: m.receivedOn(formatDate(copenhagenDate(r.receivedAt))),
      text: r.state === 'published' ? r.text : null,
      file:
        r.state === 'published' && r.file
          ? { href: responseFileHref(hearing.id, r.id), sizeText: sizeText(r.file.sizeBytes) }
          : null,
      withheldReason: r.state === 'withheld' ? (r.withheldReason ?? '') : null,
      memo: hearing.memoPublishedAt ? { answer: r.memoAnswer, change: r.memoChange } : null,
    })),
    responsePages: {
      page: extra.page ?? 1,
      pages: Math.max(1, Math.ceil(hearing.responseCount / RESPONSES_PER_PAGE)),
    },
    memo:
      hearing.memoPublishedAt && hearing.memoText
        ? { text: hearing.memoText, decision: hearing.decision ? decisionLink(hearing.decision, lang) : null }
        : null,
    formClosedText: formClosedText(hearing, lang, today),
    offersReceipt: extra.offersReceipt,
    apiHref: hearingApiHref(hearing.id),
    workHref: extra.canEdit ? hearingWorkHref(hearing.id) : null,
  };
}

/** A hearing's deadline as an all-day event of its body's calendar. */
export function presentHearingDeadlineEvent(hearing: HearingDeadlineRow, origin: string): CalendarEvent {
  return {
    uid: `hearing-deadline-${hearing.id}@protokol`,
    sequence: Math.max(0, Math.floor((hearing.updatedAt.getTime() - hearing.createdAt.getTime()) / 1000)),
    createdAt: hearing.createdAt,
    modifiedAt: hearing.updatedAt,
    date: hearing.deadlineOn,
    startTime: null,
    endTime: null,
    summary: `Høringsfrist: ${hearing.title}`,
    description: `Frist for høringssvar: ${formatDate(hearing.deadlineOn)}${hearing.isFictitious ? '\nFiktive demodata.' : ''}`,
    location: null,
    url: `${origin}${hearingHref(hearing.id)}`,
    isCancelled: false,
  };
}
