/**
 * Subscribers' e-mails, plain text and HTML, in the subscriber's language (messages/subscriptions.ts):
 * the confirmation request, a notice of one event, and the daily digest of several. Each names what
 * was followed and links to the exact meeting, items or answer, to the subscriber's page and to the
 * one-click unsubscribe. The items given are open ones only (the caller reads them so).
 */
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { ComposedMail, NoticeEntry } from '../../domain/subscriptions.js';
import { SUBSCRIPTION_MESSAGES, type SubscriptionMessages } from '../messages/subscriptions.js';

type Lang = 'da' | 'en';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const link = (url: string, text = url) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;

/** "23. marts 2026" / "23 March 2026". */
function meetingDate(lang: Lang, heldOn: string, startTime: string | null): string {
  if (lang === 'da') return formatMeetingDate(heldOn, startTime).replace(/^\S+ d\. /, '');
  const date = new Date(`${heldOn}T12:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

function htmlDocument(lang: Lang, subject: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family: 'IBM Plex Sans', Arial, sans-serif; line-height: 1.5; max-width: 40em">${body}</body></html>`;
}

export function composeConfirmation(input: {
  lang: Lang;
  label: string;
  targetUrl: string;
  confirmUrl: string;
  unsubscribeUrl: string;
}): ComposedMail {
  const m = SUBSCRIPTION_MESSAGES[input.lang];
  const subject = m.mailConfirmSubject(input.label);
  const text = [
    m.mailConfirmText(input.label),
    '',
    input.confirmUrl,
    '',
    m.mailConfirmIgnore,
    '',
    '--',
    `${input.label}: ${input.targetUrl}`,
  ].join('\n');
  const html = htmlDocument(
    input.lang,
    subject,
    `<p>${escapeHtml(m.mailConfirmText(input.label))}</p><p>${link(input.confirmUrl, m.confirmButton)}</p>` +
      `<p>${escapeHtml(m.mailConfirmIgnore)}</p><hr><p>${link(input.targetUrl, input.label)}</p>`,
  );
  return { subject, text, html };
}

/** One event: its sentence, and the items or answer it names. */
function describe(
  m: SubscriptionMessages,
  lang: Lang,
  notice: NoticeEntry,
): { lead: string; lines: [string, string][] } {
  if (notice.answer) {
    return { lead: m.mailAnswerPublished(notice.answer.bodyName), lines: [[notice.answer.title, notice.answer.url]] };
  }
  const meeting = notice.meeting!;
  const date = meetingDate(lang, meeting.heldOn, meeting.startTime);
  const lead =
    notice.event === 'minutes_published'
      ? m.mailMinutesPublished(meeting.bodyName, date)
      : m.mailAgendaPublished(meeting.bodyName, date);
  return { lead, lines: meeting.items.map((item) => [`${item.number}. ${item.title}`, item.url]) };
}

function subjectOf(m: SubscriptionMessages, lang: Lang, notice: NoticeEntry): string {
  if (notice.answer) return m.mailAnswerSubject(notice.answer.bodyName);
  const meeting = notice.meeting!;
  const date = lang === 'da' ? formatDate(meeting.heldOn) : meetingDate(lang, meeting.heldOn, null);
  return notice.event === 'minutes_published'
    ? m.mailMinutesSubject(meeting.bodyName, date)
    : m.mailAgendaSubject(meeting.bodyName, date);
}

export function composeNotice(input: {
  lang: Lang;
  isDigest: boolean;
  entries: NoticeEntry[];
  manageUrl: string;
  unsubscribeUrl: string;
}): ComposedMail {
  const m = SUBSCRIPTION_MESSAGES[input.lang];
  const subject =
    input.isDigest && input.entries.length > 1
      ? m.mailDigestSubject(input.entries.length)
      : subjectOf(m, input.lang, input.entries[0]);
  const text: string[] = [];
  const html: string[] = [];
  for (const entry of input.entries) {
    const { lead, lines } = describe(m, input.lang, entry);
    const url = entry.meeting?.url ?? entry.answer?.url ?? entry.followed.url;
    text.push(lead, '');
    html.push(`<h2 style="font-size: 1.1em">${escapeHtml(lead)}</h2>`);
    if (lines.length > 0) {
      text.push(entry.answer ? '' : m.mailItems, ...lines.map(([title, href]) => `- ${title}\n  ${href}`), '');
      html.push(`<ul>${lines.map(([title, href]) => `<li>${link(href, title)}</li>`).join('')}</ul>`);
    }
    text.push(`${m.mailRead} ${url}`, `${m.mailBecause(entry.followed.label)} ${entry.followed.url}`, '');
    html.push(
      `<p>${link(url, m.mailRead.replace(/:$/, ''))}</p>`,
      `<p style="color: #555">${escapeHtml(m.mailBecause(entry.followed.label))} ${link(entry.followed.url)}</p>`,
    );
  }
  text.push('--', `${m.mailManage} ${input.manageUrl}`, `${m.mailUnsubscribe} ${input.unsubscribeUrl}`);
  html.push(
    `<hr><p>${link(input.manageUrl, m.mailManage.replace(/:$/, ''))} · ${link(input.unsubscribeUrl, m.mailUnsubscribe.replace(/:$/, ''))}</p>`,
  );
  return { subject, text: text.join('\n'), html: htmlDocument(input.lang, subject, html.join('')) };
}

/** The composer deliverSubscriptionMessages takes. */
export const subscriptionComposer = { confirmation: composeConfirmation, notice: composeNotice };
