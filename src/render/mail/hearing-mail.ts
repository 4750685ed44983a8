/**
 * A hearing's e-mails, plain text and HTML, in Danish (consultees are Danish organisations): the
 * invitation, the reminder before the deadline and the receipt of a response
 * (messages/hearings.ts). Each links to the hearing's public page.
 */
import { formatDate } from '../../domain/danish-dates.js';
import type { HearingMailComposer } from '../../domain/hearing.js';
import { HEARING_MESSAGES } from '../messages/hearings.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const hearingMailComposer: HearingMailComposer = (input) => {
  const m = HEARING_MESSAGES.da.mail;
  const deadline = formatDate(input.deadlineOn);
  const subject = m.subject[input.kind](input.title);
  const lines = [
    m.greeting(input.name),
    m.lead[input.kind](input.bodyName, input.title, deadline),
    m.readMore(input.hearingUrl),
    m.signature(input.bodyName),
  ];
  const html = `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family: 'IBM Plex Sans', Arial, sans-serif; line-height: 1.5; max-width: 40em">${lines
    .map((line) =>
      line.includes(input.hearingUrl)
        ? `<p><a href="${escapeHtml(input.hearingUrl)}">${escapeHtml(line)}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('')}</body></html>`;
  return { subject, text: lines.join('\n\n'), html };
};
