/**
 * Following a page that has it (a body, a publisher): the meeting calendar as a subscription (a
 * webcal:// link, its https address in a read-only field to copy, a copy button that a tiny script
 * shows, and how to add it in Outlook, Google Calendar and on iPhone), the feed of new minutes,
 * and downloads. Also the page's <link rel="alternate">s.
 */
import { useRequestContext } from 'hono/jsx-renderer';
import { FOLLOWING_MESSAGES } from '../messages/following.js';
import type { LayoutProps } from './layout.js';
import { usePage } from './page-context.js';

export interface Subscriptions {
  /** What the calendar and feed are of ("Sundhedsråd Fjordby", "Greve Kommune"). */
  name: string;
  calendarHref?: string;
  minutesFeedHref?: string;
  /** Downloads of the meetings (a body's), as a spreadsheet and as data. */
  downloads?: { csvHref: string; jsonHref: string };
}

/** The feed and calendar as <link rel="alternate"> for the page's head. */
export function subscriptionAlternates(
  { name, calendarHref, minutesFeedHref }: Subscriptions,
  lang: string,
): NonNullable<LayoutProps['alternates']> {
  const en = lang === 'en';
  return [
    ...(minutesFeedHref
      ? [
          {
            href: minutesFeedHref,
            type: 'application/atom+xml' as const,
            title: en ? `Minutes of ${name}` : `Referater fra ${name}`,
          },
        ]
      : []),
    ...(calendarHref
      ? [{ href: calendarHref, type: 'text/calendar' as const, title: en ? `Meetings of ${name}` : `Møder i ${name}` }]
      : []),
  ];
}

/** The request context variable with the configured public address (set by web/feeds/public-origin.ts). */
export const PUBLIC_ORIGIN_KEY = 'publicOrigin';

/**
 * The site's address ("https://protokol.example.dk"): the configured public address, else as the
 * request names it; empty outside a request.
 */
export function useOrigin(): string {
  try {
    const c = useRequestContext();
    const configured: unknown = c.get(PUBLIC_ORIGIN_KEY);
    return typeof configured === 'string' ? configured : new URL(c.req.url).origin;
  } catch {
    return '';
  }
}

/** "https://host/organ/x/kalender.ics" → "webcal://host/organ/x/kalender.ics": calendars open it as a subscription. */
export function webcalHref(absolute: string): string {
  return absolute.replace(/^https?:\/\//, 'webcal://');
}

export function SubscribeLinks({ calendarHref, minutesFeedHref, downloads }: Subscriptions) {
  const m = FOLLOWING_MESSAGES[usePage().lang];
  if (!calendarHref && !minutesFeedHref && !downloads) return null;
  return (
    <div class="subscribe-links">
      {calendarHref ? <CalendarSubscription href={calendarHref} /> : null}
      {minutesFeedHref ? (
        <p>
          <a href={minutesFeedHref} type="application/atom+xml">
            {m.followMinutes}
          </a>{' '}
          <span class="muted">
            (<a href="/foelg-med#nyhedsfeeds">{m.whatIsFeed}</a>)
          </span>
        </p>
      ) : null}
      {downloads ? (
        <ul class="download-links">
          <li>
            <a href={downloads.csvHref} download>
              {m.downloadMeetingsCsv}
            </a>
          </li>
          <li>
            <a href={downloads.jsonHref} download>
              {m.downloadMeetingsJson}
            </a>
          </li>
        </ul>
      ) : null}
    </div>
  );
}

/** A calendar to subscribe to: the webcal link, the address to copy, and how to do it by hand. */
export function CalendarSubscription({ href }: { href: string }) {
  const m = FOLLOWING_MESSAGES[usePage().lang];
  const absolute = `${useOrigin()}${href}`;
  const fieldId = `calendar-address-${href.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
  return (
    <div class="calendar-subscription">
      <p>
        <a class="button button-secondary" href={webcalHref(absolute)}>
          {m.subscribeCalendar}
        </a>
      </p>
      <div class="form-group">
        <label class="form-label" for={fieldId}>
          {m.calendarAddressLabel}
        </label>
        <input class="form-input copy-address" id={fieldId} type="text" readonly value={absolute} />
        <button
          type="button"
          class="button button-tertiary copy-button"
          data-copy={fieldId}
          data-copied={m.copied}
          hidden
        >
          {m.copyAddress}
        </button>
        <span class="copy-status" role="status" aria-live="polite"></span>
      </div>
      <details class="details">
        <summary class="details-summary">
          <span class="details-summary-text">{m.calendarHowTo}</span>
        </summary>
        <div class="details-text">
          <ul>
            <li>{m.howToOutlook}</li>
            <li>{m.howToGoogle}</li>
            <li>{m.howToIphone}</li>
          </ul>
          <p>{m.howToUpdates}</p>
          <p>
            <a href={href} type="text/calendar">
              {m.downloadCalendar}
            </a>
          </p>
          <p>
            <a href="/foelg-med#kalender">{m.moreAboutFollowing}</a>
          </p>
        </div>
      </details>
      <script src="/static/copy-address.js" defer></script>
    </div>
  );
}
