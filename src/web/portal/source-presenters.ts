/**
 * Sources → the pages' props: a site's status line (SourceView), /kilder (every publisher by kind
 * with its sites) and a publisher's own sources. Whitelists what is shown: no errors' addresses,
 * no admin's notes — the status, when, and how many meetings.
 */
import type { PublisherListEntry } from '../../db/queries/publishers.js';
import type { SourcePublisherView, SourcesPageProps, SourceView } from '../../render/html/sources-page.js';
import type { Freshness, SiteWithStatus } from '../../use-cases/harvest/list-sites.js';
import { bodyHref, publisherHref } from './paths.js';

export const sourcesHref = '/kilder';

export function presentSource(site: SiteWithStatus): SourceView {
  const success = site.recentRuns.find((run) => run.state === 'ok' || run.state === 'partial');
  const listed = success?.counts.listed === undefined ? null : success.counts.listed - (success.counts.excluded ?? 0);
  return {
    url: site.url,
    body: site.body ? { name: site.body.name, href: bodyHref(site.body.slug) } : null,
    status: site.status.status,
    lastSuccessAt: site.status.lastSuccessAt,
    failedRuns: site.status.failedRuns,
    blockedUntil: site.status.status === 'blocked' ? site.status.blockedUntil : null,
    meetingsHeld: site.meetingsHeld,
    meetingsListed: site.committees.length > 0 ? site.coverage.listed : listed,
    coverage: site.committees.length > 0 ? site.coverage : null,
  };
}

export function presentSourcesPage(
  publishers: PublisherListEntry[],
  sites: SiteWithStatus[],
  freshness: Freshness,
): SourcesPageProps {
  const bySlug = new Map<string, SiteWithStatus[]>();
  for (const site of sites) {
    if (!site.publisherSlug) continue;
    bySlug.set(site.publisherSlug, [...(bySlug.get(site.publisherSlug) ?? []), site]);
  }
  const view = (publisher: PublisherListEntry): SourcePublisherView => ({
    name: publisher.name,
    slug: publisher.slug,
    href: publisherHref(publisher.slug),
    sources: (bySlug.get(publisher.slug) ?? []).map(presentSource),
  });
  // Regions and municipalities always (a missing site is news); other publishers when they have one.
  const listed = publishers.filter((p) => p.kind === 'region' || p.kind === 'municipality' || bySlug.has(p.slug));
  return {
    groups: [
      { kind: 'regions' as const, publishers: listed.filter((p) => p.kind === 'region').map(view) },
      { kind: 'municipalities' as const, publishers: listed.filter((p) => p.kind === 'municipality').map(view) },
      {
        kind: 'others' as const,
        publishers: listed.filter((p) => p.kind !== 'region' && p.kind !== 'municipality').map(view),
      },
    ].filter((group) => group.publishers.length > 0),
    siteCount: sites.length,
    okCount: sites.filter((site) => site.status.status === 'ok').length,
    freshness,
  };
}
