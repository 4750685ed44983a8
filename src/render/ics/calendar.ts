/**
 * Meetings → iCalendar (RFC 5545). Times are written as Danish wall time with
 * `TZID=Europe/Copenhagen` and the calendar carries that time zone's VTIMEZONE (the EU rules
 * since 1996), so that a meeting at 17.30 stays at 17.30 in every client, on either side of a
 * daylight-saving change. Written by hand rather than with ical-generator, which writes the
 * process's local wall time under a TZID when given native Dates.
 */
import { COPENHAGEN_TZID, copenhagenInstant, formatCopenhagen, isWallTime } from '../../domain/copenhagen-time.js';
import { addDays } from '../../domain/danish-dates.js';

export interface CalendarEvent {
  /** Stable across renders and hosts: "meeting-12@protokol". */
  uid: string;
  /** Increases whenever the event changes. */
  sequence: number;
  /** When the event last changed (DTSTAMP and LAST-MODIFIED). */
  modifiedAt: Date;
  createdAt: Date;
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" Danish wall time; null: an all-day event. */
  startTime: string | null;
  endTime: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  isCancelled: boolean;
}

export interface CalendarInput {
  name: string;
  description: string;
  events: CalendarEvent[];
}

/** Without a recorded end, a meeting is shown as lasting this long. */
export const DEFAULT_DURATION_MINUTES = 120;

export const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${COPENHAGEN_TZID}`,
  `X-LIC-LOCATION:${COPENHAGEN_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function renderCalendar({ name, description, events }: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Protokol//Protokol//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-CALDESC:${escapeText(description)}`,
    `X-WR-TIMEZONE:${COPENHAGEN_TZID}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...COPENHAGEN_VTIMEZONE,
  ];
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.modifiedAt)}`,
    `CREATED:${utcStamp(event.createdAt)}`,
    `LAST-MODIFIED:${utcStamp(event.modifiedAt)}`,
    `SEQUENCE:${event.sequence}`,
  ];
  if (isWallTime(event.startTime)) {
    const start = copenhagenInstant(event.date, event.startTime);
    let end = isWallTime(event.endTime) ? copenhagenInstant(event.date, event.endTime) : null;
    if (!end || end <= start) end = new Date(start.getTime() + DEFAULT_DURATION_MINUTES * 60_000);
    lines.push(`DTSTART;TZID=${COPENHAGEN_TZID}:${localStamp(start)}`);
    lines.push(`DTEND;TZID=${COPENHAGEN_TZID}:${localStamp(end)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${event.date.replace(/-/g, '')}`);
    lines.push(`DTEND;VALUE=DATE:${addDays(event.date, 1).replace(/-/g, '')}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('TRANSP:OPAQUE');
  lines.push('END:VEVENT');
  return lines;
}

/** 20260323T163000Z */
function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** 20260323T173000: the instant as Copenhagen wall time. */
function localStamp(instant: Date): string {
  return formatCopenhagen(instant).slice(0, 19).replace(/[-:]/g, '');
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into 75-octet lines (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
