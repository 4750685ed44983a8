/**
 * Open data on a page that has it (a body, a publisher): the meeting calendar (iCalendar) and the
 * feed of new minutes (Atom), as visible links and as the page's <link rel="alternate">.
 */
import type { LayoutProps } from './layout.js';
import { usePage } from './page-context.js';

export interface Subscriptions {
  /** What the calendar and feed are of ("Sundhedsråd Fjordby", "Greve Kommune"). */
  name: string;
  calendarHref?: string;
  minutesFeedHref?: string;
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

export function SubscribeLinks({ calendarHref, minutesFeedHref }: Subscriptions) {
  const en = usePage().lang === 'en';
  if (!calendarHref && !minutesFeedHref) return null;
  return (
    <ul class="subscribe-links">
      {calendarHref ? (
        <li>
          <a href={calendarHref} type="text/calendar">
            {en ? 'Subscribe to the meeting calendar (iCalendar)' : 'Abonnér på mødekalenderen (iCalendar)'}
          </a>
        </li>
      ) : null}
      {minutesFeedHref ? (
        <li>
          <a href={minutesFeedHref} type="application/atom+xml">
            {en ? 'Follow new minutes (Atom feed)' : 'Følg nye referater (Atom-feed)'}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
