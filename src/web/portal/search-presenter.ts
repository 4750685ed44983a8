/**
 * A search's result → the search page's props: ranked hits with their body, publisher and meeting,
 * suggestions when nothing matched, and the attachment pages that matched ("Fundet i bilag") —
 * each linking its stored file, else its address on the publisher's site.
 */
import type { NameHits } from '../../db/search/names.js';
import type { AttachmentHit, SearchResult } from '../../db/search/search-items.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { AttachmentHitView } from '../../render/html/search-attachments.js';
import type { NameHitsView } from '../../render/html/search-names.js';
import type { SearchPageProps } from '../../render/html/search-page.js';
import { attachmentHref, bodyHref, itemHref, meetingHref, publisherHref } from './paths.js';
import { publisherLink, sourceLinkOf } from './presenters.js';

/** How many of an item's amounts a result shows (the item's page shows them all). */
const SHOWN_AMOUNTS = 3;

export function presentSearchResult(
  result: SearchResult,
  similarTitleHref: (title: string) => string,
  withoutFiltersHref: string,
): NonNullable<SearchPageProps['result']> {
  return {
    total: result.total,
    totalIsCapped: result.totalIsCapped,
    page: result.page,
    pages: Math.max(1, Math.ceil(result.total / result.pageSize)),
    first: (result.page - 1) * result.pageSize + 1,
    hits: result.hits.map((hit) => ({
      href: itemHref(hit.itemId),
      number: hit.number,
      title: hit.title,
      snippet: hit.snippet,
      body: { name: hit.body.name, href: bodyHref(hit.body.slug) },
      publisher: publisherLink(hit.publisher),
      meeting: { href: meetingHref(hit.meeting.id), documentKind: hit.meeting.documentType },
      dateText: formatMeetingDate(hit.meeting.heldOn, hit.meeting.startTime),
      outcome: hit.outcome,
      amounts: hit.amounts.slice(0, SHOWN_AMOUNTS).map((amount) => amount.text),
      isFictitious: hit.meeting.isFictitious,
    })),
    suggestions: result.suggestions
      ? {
          similarTitles: result.suggestions.similarTitles.map((title) => ({ title, href: similarTitleHref(title) })),
          withoutFilters:
            result.suggestions.totalWithoutFilters && result.suggestions.totalWithoutFilters > 0
              ? { total: result.suggestions.totalWithoutFilters, href: withoutFiltersHref }
              : null,
        }
      : null,
    attachmentHits: result.attachmentHits.map(presentAttachmentHit),
  };
}

function presentAttachmentHit(hit: AttachmentHit): AttachmentHitView {
  return {
    title: hit.title,
    href: hit.hasFile ? attachmentHref(hit.attachmentId) : (sourceLinkOf(hit.sourceUrl)?.href ?? null),
    page: hit.page,
    readByOcr: hit.readByOcr,
    snippet: hit.snippet,
    item: { href: itemHref(hit.item.id), number: hit.item.number, title: hit.item.title },
    meeting: { href: meetingHref(hit.meeting.id), dateText: formatDate(hit.meeting.heldOn) },
    body: { name: hit.body.name, href: bodyHref(hit.body.slug) },
    publisher: publisherLink(hit.publisher),
  };
}

/** The names a search found → links to the publishers' and bodies' pages. */
export function presentNameHits(hits: NameHits): NameHitsView {
  return {
    publishers: hits.publishers.map((p) => ({ name: p.name, href: publisherHref(p.slug), kind: p.kind })),
    councils: hits.councils.map((c) => ({ name: c.name, href: bodyHref(c.slug), municipality: c.municipality })),
    bodies: hits.bodies.map((b) => ({
      name: b.name,
      href: bodyHref(b.slug),
      kind: b.kind,
      publisher: b.publisher?.name ?? null,
    })),
  };
}
