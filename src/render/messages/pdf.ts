/**
 * The words of the agenda's and minutes' PDF, Danish and English: the front page, the contents,
 * the items' labels, the decision box, the running header and footer, and a member's own notes
 * when they are printed with the agenda. What the body published (titles, sections, decisions)
 * stays as published; only Protokol's own words change with the language.
 */
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';

export interface PdfMessages {
  /** The document's language for the PDF's catalogue and structure (/Lang). */
  lang: string;
  meetingDate: string;
  place: string;
  participants: string;
  absent: string;
  items: string;
  itemCount: (count: number, closed: number) => string;
  contents: string;
  item: (number: number) => string;
  caseNumber: string;
  documentId: string;
  closedItem: string;
  closedEmpty: string;
  closedContent: string;
  outcome: string;
  part: (label: string) => string;
  decision: string;
  decisionOf: (body: string, date: string) => string;
  noDecisionText: string;
  attachments: string;
  absentees: string;
  page: (current: number, count: number) => string;
  subject: (documentName: string, meetingDate: string) => string;
  /** "23. marts 2026" / "23 March 2026" */
  date: (isoDate: string) => string;
  /** "mandag d. 23. marts 2026 kl. 17.30" / "Monday 23 March 2026 at 17:30" */
  meetingDateText: (isoDate: string, time: string | null) => string;
  myNotes: string;
  myNotesLead: string;
}

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const EN_WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

function utcDay(isoDate: string): Date | null {
  const day = new Date(`${isoDate}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(day.getTime()) ? day : null;
}

const DA_PDF: PdfMessages = {
  lang: 'da-DK',
  meetingDate: 'Mødedato',
  place: 'Mødested',
  participants: 'Mødedeltagere',
  absent: 'Fraværende',
  items: 'Punkter',
  itemCount: (count, closed) =>
    `${count} ${count === 1 ? 'punkt' : 'punkter'}${closed > 0 ? `, heraf ${closed} ${closed === 1 ? 'lukket' : 'lukkede'}` : ''}`,
  contents: 'Indholdsfortegnelse',
  item: (number) => `Punkt ${number}`,
  caseNumber: 'Sagsnr.',
  documentId: 'Dok ID',
  closedItem: 'Lukket punkt',
  closedEmpty: 'Punktet behandles for lukkede døre; indholdet offentliggøres ikke.',
  closedContent: 'Indholdet er fortroligt og kun for organets medlemmer.',
  outcome: 'Udfald',
  part: (label) => `Ad ${label}`,
  decision: 'Beslutning',
  decisionOf: (body, date) => `Beslutning i ${body} den ${date}`,
  noDecisionText: '(Ingen tekst til beslutningen.)',
  attachments: 'Bilag',
  absentees: 'Fraværende',
  page: (current, count) => `Side ${current} af ${count}`,
  subject: (documentName, meetingDate) => `${documentName} af mødet ${meetingDate}`,
  date: formatDate,
  meetingDateText: formatMeetingDate,
  myNotes: 'Mine noter',
  myNotesLead: 'Private noter: kun til dig, ikke en del af det offentliggjorte dokument.',
};

const EN_PDF: PdfMessages = {
  lang: 'en-GB',
  meetingDate: 'Meeting date',
  place: 'Place',
  participants: 'Participants',
  absent: 'Absent',
  items: 'Items',
  itemCount: (count, closed) =>
    `${count} ${count === 1 ? 'item' : 'items'}${closed > 0 ? `, ${closed} of them closed` : ''}`,
  contents: 'Contents',
  item: (number) => `Item ${number}`,
  caseNumber: 'Case no.',
  documentId: 'Doc ID',
  closedItem: 'Closed item',
  closedEmpty: 'The item is dealt with behind closed doors; its content is not published.',
  closedContent: "The content is confidential and for the body's members only.",
  outcome: 'Outcome',
  part: (label) => `Re ${label}`,
  decision: 'Decision',
  decisionOf: (body, date) => `Decision of ${body} on ${date}`,
  noDecisionText: '(No text for the decision.)',
  attachments: 'Attachments',
  absentees: 'Absent',
  page: (current, count) => `Page ${current} of ${count}`,
  subject: (documentName, meetingDate) => `${documentName} of the meeting on ${meetingDate}`,
  date: (isoDate) => {
    const day = utcDay(isoDate);
    return day ? EN_DATE.format(day) : isoDate;
  },
  meetingDateText: (isoDate, time) => {
    const day = utcDay(isoDate);
    const text = day ? `${EN_WEEKDAY.format(day)} ${EN_DATE.format(day)}` : isoDate;
    return time ? `${text} at ${time}` : text;
  },
  myNotes: 'My notes',
  myNotesLead: 'Private notes: for you only, not part of the published document.',
};

export const PDF_MESSAGES = { da: DA_PDF, en: EN_PDF } as const;
