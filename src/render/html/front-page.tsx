/**
 * The front page: the search box, latest minutes, upcoming meetings, "Find dit sundhedsråd" (a GET
 * form: the chosen municipality → its health council) and the health councils by region.
 */
import { FictitiousMark } from './components.js';
import { Layout } from './layout.js';
import { MunicipalityPicker } from './municipality-picker.js';
import { usePage } from './page-context.js';

export interface MeetingLinkView {
  href: string;
  body: { name: string; href: string };
  /** "Referat" / "Dagsorden" label is chosen by the view from this. */
  documentKind: 'referat' | 'dagsorden' | null;
  dateText: string;
  isFictitious: boolean;
}

export interface FrontPageProps {
  latestMinutes: MeetingLinkView[];
  upcoming: MeetingLinkView[];
  regions: {
    name: string;
    slug: string;
    /** "31. december 2026" when the region ends, else null. */
    untilText: string | null;
    /** "1. januar 2027" when the region starts in 2027 or later, else null. */
    fromText: string | null;
    councils: { name: string; href: string; municipalityCount: number; isFictitious: boolean }[];
  }[];
  /** "Find dit sundhedsråd": the 98 municipalities (slug, name), where the form goes, and the list of every publisher. */
  municipalityFinder: { action: string; municipalities: { slug: string; name: string }[]; allHref: string };
}

export function FrontPage({ latestMinutes, upcoming, regions, municipalityFinder }: FrontPageProps) {
  const { t } = usePage();
  return (
    <Layout title={t.frontTitle} hideSearch>
      <h1>{t.frontHeading}</h1>
      <p class="font-lead">{t.frontLead}</p>
      <form action="/sog" method="get" role="search" class="search-form">
        <div class="form-group">
          <label for="front-search" class="form-label">
            {t.searchLabel}
          </label>
          <div class="search">
            <input class="form-input" id="front-search" name="q" type="search" />
            <button class="button button-search" type="submit">
              {t.searchButton}
            </button>
          </div>
        </div>
      </form>

      <div class="front-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t.latestMinutes}</h2>
          <MeetingList meetings={latestMinutes} empty={t.noLatestMinutes} />
        </section>
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t.upcomingMeetings}</h2>
          <MeetingList meetings={upcoming} empty={t.noUpcomingMeetings} />
        </section>
      </div>

      <MunicipalityFinder {...municipalityFinder} />

      <h2>{t.councilsByRegion}</h2>
      {regions.map((region) => (
        <section aria-labelledby={`region-${region.slug}`}>
          <h3 id={`region-${region.slug}`}>{region.name}</h3>
          {region.untilText ? <p class="region-note">{t.regionUntil(region.untilText)}</p> : null}
          {region.fromText ? <p class="region-note">{t.regionFrom(region.fromText)}</p> : null}
          {region.councils.length > 0 ? (
            <ul class="council-list">
              {region.councils.map((council) => (
                <li>
                  <a href={council.href}>{council.name}</a>{' '}
                  <span class="muted">({t.municipalityCount(council.municipalityCount)})</span>
                  <FictitiousMark when={council.isFictitious} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t.noCouncilsInRegion}</p>
          )}
        </section>
      ))}
    </Layout>
  );
}

/** "Find dit sundhedsråd": the municipality picker, and the list of every publisher. */
function MunicipalityFinder({ action, municipalities, allHref }: FrontPageProps['municipalityFinder']) {
  const { t } = usePage();
  return (
    <section aria-labelledby="find-council-heading" class="municipality-finder">
      <h2 id="find-council-heading">{t.findCouncil}</h2>
      <MunicipalityPicker action={action} municipalities={municipalities} />
      <p>
        <a href={allHref}>{t.allPublishersLink}</a>
      </p>
    </section>
  );
}

/** Meetings as links: the document's kind and the body, then the date. */
export function MeetingList({ meetings, empty }: { meetings: MeetingLinkView[]; empty: string }) {
  const { labels } = usePage();
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <ul class="meeting-list">
      {meetings.map((meeting) => (
        <li>
          <a href={meeting.href}>
            {meeting.documentKind ? `${labels.documentType[meeting.documentKind]}, ` : ''}
            {meeting.body.name}
          </a>
          <br />
          <span class="muted">{meeting.dateText}</span>
          <FictitiousMark when={meeting.isFictitious} />
        </li>
      ))}
    </ul>
  );
}
