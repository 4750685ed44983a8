/** The portal's Danish URLs, built in one place. */

export const bodyHref = (slug: string) => `/organ/${encodeURIComponent(slug)}`;
export const meetingHref = (id: number) => `/moede/${id}`;
export const itemHref = (id: number) => `/punkt/${id}`;
/**
 * Case numbers contain "/" ("25/41077"): encoded as one path segment. A case is publisher +
 * number: `?udgiver=` picks one publisher's case where several have the number.
 */
export const caseHref = (number: string, publisherSlug?: string) =>
  `/sag/${encodeURIComponent(number)}${publisherSlug ? `?udgiver=${encodeURIComponent(publisherSlug)}` : ''}`;
export const personHref = (slug: string) => `/person/${encodeURIComponent(slug)}`;
export const sourceHref = (meetingId: number) => `/kilde/${meetingId}`;
// Publishers (udgivere): every publisher, and one with its bodies, meetings, calendar and feed.
export const publishersHref = '/udgiver';
export const publisherHref = (slug: string) => `${publishersHref}/${encodeURIComponent(slug)}`;
/** "Find dit sundhedsråd": ?kommune=<the municipality's slug> goes on to its health council. */
export const findCouncilHref = '/find-sundhedsraad';
export const publisherCalendarHref = (slug: string) => `${publisherHref(slug)}/kalender.ics`;
export const publisherMinutesFeedHref = (slug: string) => `${publisherHref(slug)}/referater.atom`;
// The secretariat's work: a meeting's documents, its published versions, stored attachments.
export const meetingPdfHref = (id: number) => `${meetingHref(id)}.pdf`;
export const meetingTextHref = (id: number) => `${meetingHref(id)}.txt`;
export const meetingVersionHref = (id: number, number: number) => `${meetingHref(id)}/version/${number}`;
export const attachmentHref = (id: number) => `/bilag/${id}`;
// Open data: calendars (iCalendar) and feeds (Atom) of the portal's pages.
export const bodyCalendarHref = (slug: string) => `${bodyHref(slug)}/kalender.ics`;
export const meetingCalendarHref = (id: number) => `${meetingHref(id)}.ics`;
export const minutesFeedHref = (slug: string) => `${bodyHref(slug)}/referater.atom`;
export const decisionsFeedHref = (number: string, publisherSlug?: string) =>
  `/sag/${encodeURIComponent(number)}/beslutninger.atom${publisherSlug ? `?udgiver=${encodeURIComponent(publisherSlug)}` : ''}`;

export interface SearchParams {
  q?: string;
  organ?: string;
  udgiver?: string;
  region?: string;
  fra?: string;
  til?: string;
  udfald?: string;
  afsnit?: string;
  /** "Beløb over": whole kroner in digits (validation.ts kronerParam). */
  beloeb?: string;
  side?: number;
}

/** "/sog?q=…&organ=…": only the parameters that are set, in a stable order. */
export function searchHref(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'organ', 'udgiver', 'region', 'fra', 'til', 'udfald', 'afsnit', 'beloeb'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.side && params.side > 1) query.set('side', String(params.side));
  const text = query.toString();
  return text ? `/sog?${text}` : '/sog';
}

/** "/sog.atom?q=…": the search's feed (the same filters, no page). */
export function searchFeedHref(params: SearchParams): string {
  const href = searchHref({ ...params, side: undefined });
  return href.replace(/^\/sog/, '/sog.atom');
}
