/**
 * Publishers (udgivere): the region, municipality or other organisation that a body belongs to and
 * whose site publishes its documents. Identity is always within a publisher (DESIGN.md §2): a body
 * is publisher + name, a case publisher + number, a person is matched by name only within the
 * publishers in scope, a meeting is its source's own id or publisher + body + date + start time.
 * Pure rules; no I/O.
 */
import { slugify } from './slug.js';

export const ORGANISATION_KINDS = ['region', 'municipality', 'plo', 'kl', 'kkr', 'hospital', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What every body, meeting and case object names of its publisher (pages, API, exports). */
export interface PublisherRef {
  slug: string;
  name: string;
  kind: OrganisationKind;
}

/** A publisher as the rules below need it. */
export interface PublisherFacts extends PublisherRef {
  id: number;
}

/** The kinds an admin may add: every region and municipality is in the reference data already. */
export type AddableOrganisationKind = Exclude<OrganisationKind, 'region' | 'municipality'>;
export const ADDABLE_ORGANISATION_KINDS: readonly AddableOrganisationKind[] = ORGANISATION_KINDS.filter(
  (kind): kind is AddableOrganisationKind => kind !== 'region' && kind !== 'municipality',
);

/** The zero GUID that First Agenda prints where it has no id: never an identity. */
export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A source's own id that may identify a meeting: a real GUID, not the zero GUID. */
export function isUsableSourceId(id: string | null | undefined): id is string {
  return typeof id === 'string' && GUID.test(id) && id !== ZERO_GUID;
}

/** The identity of a meeting by its source's own id (GUIDs are unique across every site). */
export function sourceMeetingKey(sourceId: string): string {
  return `source:${sourceId.toLowerCase()}`;
}

/** The identity of a meeting without a source id: the body (itself publisher + name), date and start time. */
export function naturalMeetingKey(bodyId: number, heldOn: string, startTime: string | null): string {
  return `body:${bodyId}|${heldOn}|${startTime ?? ''}`;
}

/**
 * A body's slug shows its publisher and its name: "greve-kommune--oekonomiudvalget" (a slug of a
 * name never holds "--", so the two parts can always be told apart). One path segment, so every
 * URL with a body in it keeps its shape.
 */
export function bodySlug(publisherSlug: string | null, bodyName: string): string {
  return `${publisherSlug ?? UNKNOWN_PUBLISHER_SLUG}${BODY_SLUG_SEPARATOR}${slugify(bodyName)}`;
}

export const BODY_SLUG_SEPARATOR = '--';

/** Bodies whose publisher could not be told during an upgrade wait under this slug for an admin. */
export const UNKNOWN_PUBLISHER_SLUG = 'ukendt-udgiver';

/** The key under which a name is matched within a publisher: case, accents and spacing folded. */
export function nameKey(name: string): string {
  return slugify(name);
}

/** Folds a name for matching what a person types: "århus kommune" ~ "Aarhus Kommune", "REGION  syddanmark". */
function folded(text: string): string {
  return slugify(text).replace(/-/g, ' ');
}

export type PublisherMatch =
  | { ok: true; publisher: PublisherFacts }
  | { ok: false; reason: 'unknown'; closest: PublisherFacts[] }
  | { ok: false; reason: 'ambiguous'; candidates: PublisherFacts[] };

/**
 * Finds the publisher a person named (`--publisher "greve kommune"`, a slug, or a name without
 * "Kommune"), case- and accent-insensitively. An unknown name gives the closest matches.
 */
export function matchPublisher(given: string, publishers: readonly PublisherFacts[]): PublisherMatch {
  const wanted = folded(given);
  const exact = publishers.filter((p) => folded(p.name) === wanted || p.slug === given.trim().toLowerCase());
  if (exact.length === 1) return { ok: true, publisher: exact[0] };
  const short = publishers.filter((p) => folded(shortName(p.name)) === wanted);
  if (short.length === 1) return { ok: true, publisher: short[0] };
  if (short.length > 1) return { ok: false, reason: 'ambiguous', candidates: short };
  const closest = publishers
    .map((p) => ({
      p,
      distance: Math.min(editDistance(wanted, folded(p.name)), editDistance(wanted, folded(shortName(p.name)))),
    }))
    .sort((a, b) => a.distance - b.distance || a.p.name.localeCompare(b.p.name, 'da'))
    .slice(0, 3)
    .map(({ p }) => p);
  return { ok: false, reason: 'unknown', closest };
}

/** "Greve Kommune" → "Greve", "Region Syddanmark" → "Syddanmark". */
function shortName(name: string): string {
  return name.replace(/\s+kommune$/i, '').replace(/^region\s+/i, '');
}

/** Levenshtein distance, for "did you mean" suggestions over a hundred names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export interface InferenceFacts {
  /** The health councils of the reference data and the publisher each belongs to (its region). */
  healthCouncils: readonly { name: string; publisher: PublisherFacts }[];
  /** Every known publisher, for a name printed in the document's body line. */
  publishers: readonly PublisherFacts[];
}

/**
 * The publisher a document states unambiguously, or null: a health council's name (the council
 * belongs to its region), or a publisher's full name inside the body line ("Region Syddanmark,
 * Forretningsudvalget", "Økonomiudvalget, Greve Kommune"). A committee name alone states nothing.
 */
export function inferPublisher(bodyName: string, facts: InferenceFacts): PublisherFacts | null {
  const council = councilPublisher(bodyName, facts);
  if (council) return council;
  const body = folded(bodyName);
  const named = facts.publishers.filter((p) => containsWords(body, folded(p.name)));
  const distinct = new Map(named.map((p) => [p.id, p]));
  return distinct.size === 1 ? [...distinct.values()][0] : null;
}

/** The region a health council of the reference data belongs to, when the body is one; else null. */
export function councilPublisher(bodyName: string, facts: InferenceFacts): PublisherFacts | null {
  const body = folded(bodyName);
  return facts.healthCouncils.find((c) => folded(c.name) === body)?.publisher ?? null;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The publishers within which a person's name is matched for a body: its own publisher, and for a
 * health council (or its clusters) also its region's and its municipalities' (members come from
 * all of them). Two people of one name in two publishers outside that scope are two persons.
 */
export function personScope(body: {
  publisherId: number | null;
  kind: string;
  regionPublisherId?: number | null;
  municipalityPublisherIds?: readonly number[];
}): number[] {
  const scope = new Set<number>();
  if (body.publisherId !== null) scope.add(body.publisherId);
  if (body.kind === 'health_council' || body.kind === 'health_cluster' || body.kind === 'joint_meeting') {
    if (body.regionPublisherId) scope.add(body.regionPublisherId);
    for (const id of body.municipalityPublisherIds ?? []) scope.add(id);
  }
  return [...scope];
}
