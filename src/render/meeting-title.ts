/** The Danish title of a meeting's document, as the portal, the API, OParl and the feeds give it. */
import { formatMeetingDate } from '../domain/danish-dates.js';
import type { DocumentType } from '../domain/meeting-document.js';
import { LABELS } from './i18n.js';

/**
 * "Referat, Sundhedsråd Sønderjylland, mandag d. 23. marts 2026 kl. 17.30": the form Danish
 * minutes are titled in. Without a document the meeting is called "Møde".
 */
export function meetingTitle(input: {
  documentType: DocumentType | null;
  bodyName: string;
  heldOn: string;
  startTime: string | null;
}): string {
  const kind = input.documentType ? LABELS.da.documentType[input.documentType] : 'Møde';
  return `${kind}, ${input.bodyName}, ${formatMeetingDate(input.heldOn, input.startTime)}`;
}
