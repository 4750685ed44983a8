/**
 * Publishers (udgivere) → the pages' props: one publisher's page, the list of every publisher by
 * kind, and the choices of a publisher elsewhere (the search's filter, "Find din kommune").
 */
import type { MeetingSummary } from '../../db/queries/meetings.js';
import type { PublicPublisher, PublisherBody, PublisherListEntry } from '../../db/queries/publishers.js';
import type { PublisherPageProps } from '../../render/html/publisher-page.js';
import type { PublisherLinkView, PublishersPageProps } from '../../render/html/publishers-page.js';
import type { SearchPageProps } from '../../render/html/search-page.js';
import {
  bodyHref,
  publisherCalendarHref,
  publisherHref,
  publisherMinutesFeedHref,
  publishersHref,
  searchHref,
} from './paths.js';
import { presentMeetingLink, regionValidity } from './presenters.js';

export function presentPublisherPage(input: {
  publisher: PublicPublisher;
  bodies: PublisherBody[];
  latestMinutes: MeetingSummary[];
  upcoming: MeetingSummary[];
}): Omit<PublisherPageProps, 'sources' | 'sourcesHref'> {
  const { publisher, bodies } = input;
  // One region through both periods needs no dates; a municipality that changes region gets them.
  const changesRegion = publisher.regions.length > 1;
  return {
    name: publisher.name,
    kind: publisher.kind,
    publishersHref,
    regions: publisher.regions.map((region) => ({
      name: region.name,
      href: publisherHref(region.slug),
      ...(changesRegion ? regionValidity(region) : { untilText: null, fromText: null }),
    })),
    healthCouncils: publisher.healthCouncils.map((council) => ({
      name: council.name,
      href: bodyHref(council.slug),
      isFictitious: council.isFictitious,
    })),
    bodies: bodies.map((body) => ({
      name: body.name,
      href: bodyHref(body.slug),
      kind: body.kind,
      meetingCount: body.meetingCount,
      isFictitious: body.isFictitious,
    })),
    latestMinutes: input.latestMinutes.map(presentMeetingLink),
    upcoming: input.upcoming.map(presentMeetingLink),
    searchHref: searchHref({ udgiver: publisher.slug }),
    calendarHref: publisherCalendarHref(publisher.slug),
    minutesFeedHref: publisherMinutesFeedHref(publisher.slug),
  };
}

const linkOf = (publisher: PublisherListEntry): PublisherLinkView => ({
  name: publisher.name,
  href: publisherHref(publisher.slug),
  bodyCount: publisher.bodyCount,
});

/** Every publisher: the regions, the municipalities by their region (from 2027), the others. */
export function presentPublishersPage(publishers: PublisherListEntry[]): PublishersPageProps {
  const regions = publishers.filter((p) => p.kind === 'region');
  const municipalities = publishers.filter((p) => p.kind === 'municipality');
  return {
    regions: regions.map(linkOf),
    municipalitiesByRegion: regions
      .map((region) => ({
        region: region.name,
        slug: region.slug,
        municipalities: municipalities.filter((m) => m.region?.slug === region.slug).map(linkOf),
      }))
      .filter((group) => group.municipalities.length > 0),
    others: publishers.filter((p) => groupOf(p) === 'other').map(linkOf),
  };
}

/**
 * The search's publisher filter: the publishers with meetings (and the one chosen, whatever it
 * has), grouped by kind.
 */
export function publisherFilterOptions(
  publishers: PublisherListEntry[],
  chosen: string | undefined,
): SearchPageProps['options']['publishers'] {
  const offered = publishers.filter((p) => p.meetingCount > 0 || p.slug === chosen);
  const option = (p: PublisherListEntry) => ({ slug: p.slug, name: p.name });
  return (['region', 'municipality', 'other'] as const)
    .map((group) => ({ group, options: offered.filter((p) => groupOf(p) === group).map(option) }))
    .filter((group) => group.options.length > 0);
}

const groupOf = (publisher: PublisherListEntry) =>
  publisher.kind === 'region' || publisher.kind === 'municipality' ? publisher.kind : 'other';
