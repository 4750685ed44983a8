/** The portal's Danish URLs, built in one place. */

export const bodyHref = (slug: string) => `/organ/${encodeURIComponent(slug)}`;
export const meetingHref = (id: number) => `/moede/${id}`;
export const itemHref = (id: number) => `/punkt/${id}`;
/** Case numbers contain "/" ("25/41077"): encoded as one path segment. */
export const caseHref = (number: string) => `/sag/${encodeURIComponent(number)}`;
export const personHref = (slug: string) => `/person/${encodeURIComponent(slug)}`;
export const sourceHref = (meetingId: number) => `/kilde/${meetingId}`;

export interface SearchParams {
  q?: string;
  organ?: string;
  region?: string;
  fra?: string;
  til?: string;
  udfald?: string;
  afsnit?: string;
  side?: number;
}

/** "/sog?q=…&organ=…": only the parameters that are set, in a stable order. */
export function searchHref(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'organ', 'region', 'fra', 'til', 'udfald', 'afsnit'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.side && params.side > 1) query.set('side', String(params.side));
  const text = query.toString();
  return text ? `/sog?${text}` : '/sog';
}
