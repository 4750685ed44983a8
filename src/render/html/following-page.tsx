/**
 * /foelg-med: every way to follow the health councils, in plain words — calendars to subscribe to
 * (#kalender), news feeds (#nyhedsfeeds), open data (#data) and downloads (#download) — with every
 * council's and publisher's calendar and feed.
 */
import { FOLLOWING_MESSAGES } from '../messages/following.js';
import { Breadcrumbs, FictitiousMark } from './components.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { CalendarSubscription, useOrigin, webcalHref } from './subscribe-links.js';

export interface FollowedSource {
  name: string;
  href: string;
  calendarHref: string;
  minutesFeedHref: string;
  isFictitious: boolean;
}

export interface FollowingPageProps {
  councilsCalendarHref: string;
  councils: FollowedSource[];
  publishers: FollowedSource[];
  apiDocsHref: string;
}

export function FollowingPage(props: FollowingPageProps) {
  const { lang } = usePage();
  const m = FOLLOWING_MESSAGES[lang];
  return (
    <Layout title={m.followTitle}>
      <Breadcrumbs items={[{ label: m.followTitle }]} />
      <h1>{m.followTitle}</h1>
      <p class="font-lead">{m.followLead}</p>

      <h2 id="kalender">{m.calendarsHeading}</h2>
      <p>{m.calendarsIntro}</p>
      <h3>{m.allCouncilsCalendar}</h3>
      <CalendarSubscription href={props.councilsCalendarHref} />

      <h2 id="nyhedsfeeds">{m.feedsHeading}</h2>
      <p>{m.feedsIntro}</p>
      <p>{m.feedsSearch}</p>

      <h3>{m.councilsHeading}</h3>
      <SourceList sources={props.councils} />
      <h3>{m.publishersHeading}</h3>
      <SourceList sources={props.publishers} />

      <h2 id="e-mail">{m.emailHeading}</h2>
      <p>{m.emailIntro}</p>

      <h2 id="data">{m.apiHeading}</h2>
      <p>{m.apiIntro}</p>
      <p>
        <a href={props.apiDocsHref}>{m.apiLink}</a>
      </p>

      <h2 id="download">{m.downloadHeading}</h2>
      <p>{m.downloadIntro}</p>
      <p>{m.downloadNote}</p>
    </Layout>
  );
}

/** Each council or publisher with its page, its calendar (to subscribe to) and its feed. */
function SourceList({ sources }: { sources: FollowedSource[] }) {
  const m = FOLLOWING_MESSAGES[usePage().lang];
  const origin = useOrigin();
  if (sources.length === 0) return <p>{m.noBodies}</p>;
  return (
    <ul class="followed-sources">
      {sources.map((source) => (
        <li>
          <a href={source.href}>{source.name}</a>
          <FictitiousMark when={source.isFictitious} />:{' '}
          <a href={webcalHref(`${origin}${source.calendarHref}`)} aria-label={`${m.calendarLink}: ${source.name}`}>
            {m.calendarLink}
          </a>
          {' · '}
          <a href={source.minutesFeedHref} type="application/atom+xml" aria-label={`${m.feedLink}: ${source.name}`}>
            {m.feedLink}
          </a>
        </li>
      ))}
    </ul>
  );
}
