/**
 * A publisher's page (udgiver): what it is, the regions it lies in and the health council that
 * covers a municipality ("Find dit sundhedsråd"), where its documents come from (its sources:
 * status, "Senest hentet …"), its bodies, its latest minutes and upcoming
 * meetings, its calendar and feed, and a search within it.
 */
import type { BodyKind } from '../../domain/body-kind.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from './components.js';
import { FollowForm, type FollowFormProps } from './follow-form.js';
import { FramesSection } from './frames/frame-pages.js'; // Frames and keys
import type { FrameListItemView } from './frames/frame-views.js';
import { type MeetingLinkView, MeetingList } from './front-page.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { SourceLine, type SourceView } from './sources-page.js';
import { SubscribeLinks, subscriptionAlternates } from './subscribe-links.js';

export interface PublisherPageProps {
  name: string;
  /** Frames the publisher owns or receives from (web/frames). */
  frames?: FrameListItemView[];
  kind: OrganisationKind;
  /** The list of every publisher. */
  publishersHref: string;
  /** A municipality's regions (until 2026 and from 2027), another publisher's region; none for a region. */
  regions: { name: string; href: string; untilText: string | null; fromText: string | null }[];
  /** The health councils that cover a municipality. */
  healthCouncils: { name: string; href: string; isFictitious: boolean }[];
  bodies: { name: string; href: string; kind: BodyKind; meetingCount: number; isFictitious: boolean }[];
  latestMinutes: MeetingLinkView[];
  upcoming: MeetingLinkView[];
  searchHref: string;
  calendarHref: string;
  minutesFeedHref: string;
  /** Its publication sites, their status and when last harvested (as on /kilder). */
  sources: SourceView[];
  /** Its row on /kilder. */
  sourcesHref: string;
  /** "Følg" by e-mail (render/html/follow-form.tsx). */
  follow?: FollowFormProps;
}

export function PublisherPage(props: PublisherPageProps) {
  const { t, lang } = usePage();
  const anyFictitious =
    props.bodies.some((body) => body.isFictitious) ||
    [...props.latestMinutes, ...props.upcoming].some((meeting) => meeting.isFictitious);
  return (
    <Layout title={props.name} alternates={subscriptionAlternates(props, lang)}>
      <Breadcrumbs items={[{ label: t.publishersTitle, href: props.publishersHref }, { label: props.name }]} />
      <h1>{props.name}</h1>
      {anyFictitious ? <FictitiousNotice /> : null}
      <PublisherFacts {...props} />
      <SourceLine sources={props.sources} href={props.sourcesHref} />
      <p>
        <a href={props.searchHref}>{t.searchIn(props.name)}</a>
      </p>

      <h2>{t.publisherBodies}</h2>
      <PublisherBodies bodies={props.bodies} />

      <div class="front-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t.latestMinutes}</h2>
          <MeetingList meetings={props.latestMinutes} empty={t.noLatestMinutes} />
        </section>
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t.upcomingMeetings}</h2>
          <MeetingList meetings={props.upcoming} empty={t.noUpcomingMeetings} />
        </section>
      </div>
      <FramesSection frames={props.frames} />
      <SubscribeLinks {...props} />
      {props.follow ? <FollowForm {...props.follow} /> : null}
    </Layout>
  );
}

/** Kind, region and, for a municipality, the health council that covers it. */
function PublisherFacts(props: PublisherPageProps) {
  const { t, labels } = usePage();
  return (
    <>
      <Facts
        rows={[
          [t.kind, labels.organisationKind[props.kind]],
          [
            t.region,
            props.regions.length > 0 ? (
              <ul class="inline-list">
                {props.regions.map((region) => (
                  <li>
                    <a href={region.href}>{region.name}</a>
                    {region.untilText ? ` (${t.validUntil(region.untilText)})` : ''}
                    {region.fromText ? ` (${t.validFrom(region.fromText)})` : ''}
                  </li>
                ))}
              </ul>
            ) : null,
          ],
        ]}
      />
      {props.healthCouncils.length > 0 ? (
        <p class="font-lead covering-council">
          {t.coveredBy(props.name)}{' '}
          {props.healthCouncils.map((council, index) => (
            <>
              {index > 0 ? ', ' : ''}
              <a href={council.href}>{council.name}</a>
              <FictitiousMark when={council.isFictitious} />
            </>
          ))}
          .
        </p>
      ) : null}
    </>
  );
}

function PublisherBodies({ bodies }: { bodies: PublisherPageProps['bodies'] }) {
  const { t, labels } = usePage();
  if (bodies.length === 0) return <p>{t.noPublisherBodies}</p>;
  return (
    <ul class="publisher-bodies">
      {bodies.map((body) => (
        <li>
          <a href={body.href}>{body.name}</a>{' '}
          <span class="muted">
            ({labels.bodyKind[body.kind]}, {t.meetingCount(body.meetingCount)})
          </span>
          <FictitiousMark when={body.isFictitious} />
        </li>
      ))}
    </ul>
  );
}
