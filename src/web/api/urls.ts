/** Absolute URLs of the open-data resources and of the portal's pages, from the request's origin. */

import { UNKNOWN_PUBLISHER_SLUG } from '../../domain/publisher.js';
import {
  bodyCalendarHref,
  bodyHref,
  caseHref,
  decisionsFeedHref,
  itemHref,
  meetingCalendarHref,
  meetingHref,
  minutesFeedHref,
  personHref,
  publisherCalendarHref,
  publisherHref,
  publisherMinutesFeedHref,
  sourceHref,
} from '../portal/paths.js';

export const API_BASE = '/api/v1';

export function openDataUrls(origin: string) {
  const api = `${origin}${API_BASE}`;
  return {
    origin,
    api: {
      publishers: `${api}/publishers`,
      publisher: (slug: string) => `${api}/publishers/${encodeURIComponent(slug)}`,
      bodies: `${api}/bodies`,
      body: (slug: string) => `${api}/bodies/${encodeURIComponent(slug)}`,
      persons: `${api}/persons`,
      person: (slug: string) => `${api}/persons/${encodeURIComponent(slug)}`,
      memberships: `${api}/memberships`,
      membership: (id: number) => `${api}/memberships/${id}`,
      meetings: `${api}/meetings`,
      meeting: (id: number) => `${api}/meetings/${id}`,
      items: `${api}/items`,
      item: (id: number) => `${api}/items/${id}`,
      cases: `${api}/cases`,
      /** A case is publisher + number: its one address (null publisher: "ukendt-udgiver"). */
      case: (publisher: string | null, number: string) =>
        `${api}/cases/${encodeURIComponent(publisher ?? UNKNOWN_PUBLISHER_SLUG)}/${encodeURIComponent(number)}`,
      attachments: `${api}/attachments`,
      attachment: (id: number) => `${api}/attachments/${id}`,
      attachmentFile: (id: number) => `${api}/attachments/${id}/file`,
      search: `${api}/search`,
      export: `${api}/export`,
    },
    /** The publisher as an OParl Body (src/web/oparl). */
    oparlBody: (publisherSlug: string) => `${origin}/oparl/v1/body/${encodeURIComponent(publisherSlug)}`,
    page: {
      body: (slug: string) => `${origin}${bodyHref(slug)}`,
      meeting: (id: number) => `${origin}${meetingHref(id)}`,
      item: (id: number) => `${origin}${itemHref(id)}`,
      /** The portal's case page; with the publisher, that publisher's case where several have the number. */
      case: (number: string, publisherSlug?: string) => `${origin}${caseHref(number, publisherSlug)}`,
      publisher: (slug: string) => `${origin}${publisherHref(slug)}`,
      person: (slug: string) => `${origin}${personHref(slug)}`,
      source: (meetingId: number) => `${origin}${sourceHref(meetingId)}`,
      /** A stored attachment file, served by the portal (src/web/portal, /bilag/:id). */
      attachmentFile: (id: number) => `${origin}/bilag/${id}`,
    },
    calendar: {
      all: `${origin}/kalender.ics`,
      body: (slug: string) => `${origin}${bodyCalendarHref(slug)}`,
      publisher: (slug: string) => `${origin}${publisherCalendarHref(slug)}`,
      meeting: (id: number) => `${origin}${meetingCalendarHref(id)}`,
    },
    feed: {
      minutes: (slug: string) => `${origin}${minutesFeedHref(slug)}`,
      publisherMinutes: (slug: string) => `${origin}${publisherMinutesFeedHref(slug)}`,
      decisions: (number: string) => `${origin}${decisionsFeedHref(number)}`,
      search: (query: string) => `${origin}/sog.atom${query ? `?${query}` : ''}`,
    },
  };
}

export type OpenDataUrls = ReturnType<typeof openDataUrls>;
