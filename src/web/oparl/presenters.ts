/**
 * Read models → OParl 1.1 objects (https://oparl.org/spezifikation/). The mapping:
 * System → one Body per publisher (OParl's Body is the municipality or region: here every region,
 * and every municipality or other organisation with at least one body) → Organization = one of
 * the publisher's bodies (health council, cluster, committee …); Person, Membership; Meeting with
 * its AgendaItems; Paper = a case (a case is publisher + number: it is in its publisher's Body),
 * Consultation = an open item of a case; File = a meeting's source document when the public may
 * have it; Location = a meeting's place. Bodies whose publisher is not known (an upgrade could
 * not place them) are not left out: they are the Organizations of one extra Body, "ukendt-udgiver",
 * listed while there are such bodies or cases. A Body's id is its publisher's slug, so a region's
 * Body kept the id it had when there was one Body per region; the former Body of bodies without a
 * region ("uden-region") is gone, its bodies are under their publishers. What OParl has no field for (typed
 * sections, decision outcome and parts, time slot, absentees, attachments without files) goes in
 * vendor extension fields prefixed "protokol:". Closed items: number, title ("Lukket: …") and
 * `public: false`, nothing else. Every field is named here; nothing is spread from a row.
 *
 * Every object carries `created` and `modified` (OParl 1.1: "created und modified sind für alle
 * Objekte zwingend"; 3.2 "Eigenschaften mit Verwendung in mehreren Objekttypen"), ISO 8601 with
 * Copenhagen's offset, to the second. `modified` changes with what the object shows (3.2,
 * `modified`: "aus Sicht des OParl-Clients"): a Person and an Organization with their memberships;
 * a Meeting, its AgendaItems, Consultations, File and Location with the meeting; a Paper with the
 * meetings of its items. A removed object is `presentDeleted` (2.8 "Gelöschte Objekte").
 */
import type { ApiBody, ApiMembership, ApiPerson } from '../../db/queries/api-directory.js';
import type { ApiCase, ApiItem, ApiMeeting, ApiParticipant, CaseItemRef } from '../../db/queries/api-meetings.js';
import type { ApiPublisher } from '../../db/queries/api-publishers.js';
import type { ObjectChange } from '../../db/queries/object-changes.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { copenhagenDateTime, formatCopenhagen, isWallTime } from '../../domain/copenhagen-time.js';
import { type OrganisationKind, UNKNOWN_PUBLISHER_SLUG } from '../../domain/publisher.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { contentRecords } from '../../use-cases/open-data/export-records.js';
import { bodyHref, caseHref, itemHref, meetingHref, personHref, searchHref, sourceHref } from '../portal/paths.js';

export const OPARL_BASE = '/oparl/v1';
const SCHEMA = 'https://schema.oparl.org/1.1';
/** The OParl Body of the bodies (and cases) whose publisher is not known. */
export const UNKNOWN_KEY = UNKNOWN_PUBLISHER_SLUG;

export type OparlObject = Record<string, unknown> & { id: string; type: string };

export function oparlUrls(origin: string) {
  const base = `${origin}${OPARL_BASE}`;
  return {
    origin,
    system: `${base}/system`,
    bodies: `${base}/bodies`,
    body: (key: string) => `${base}/body/${key}`,
    bodyList: (key: string, list: string) => `${base}/body/${key}/${list}`,
    organization: (slug: string) => `${base}/organization/${slug}`,
    organizationMeetings: (slug: string) => `${base}/organization/${slug}/meetings`,
    person: (slug: string) => `${base}/person/${slug}`,
    membership: (id: number) => `${base}/membership/${id}`,
    meeting: (id: number) => `${base}/meeting/${id}`,
    agendaItem: (id: number) => `${base}/agendaItem/${id}`,
    paper: (caseId: number) => `${base}/paper/${caseId}`,
    consultation: (itemId: number) => `${base}/consultation/${itemId}`,
    sourceFile: (meetingId: number) => `${base}/file/kilde-${meetingId}`,
    location: (meetingId: number) => `${base}/location/${meetingId}`,
  };
}

export type OparlUrls = ReturnType<typeof oparlUrls>;

const times = (created: Date | null, modified: Date | null) => ({
  ...(created ? { created: formatCopenhagen(created) } : {}),
  ...(modified ? { modified: formatCopenhagen(modified) } : {}),
});

/** The key (in the id) of the OParl Body of a publisher. */
export const publisherKey = (publisher: { slug: string } | null) => publisher?.slug ?? UNKNOWN_KEY;

export function presentSystem(u: OparlUrls, archive: { createdAt: Date | null; modifiedAt: Date | null }): OparlObject {
  return {
    id: u.system,
    type: `${SCHEMA}/System`,
    oparlVersion: `${SCHEMA}/`,
    otherOparlVersions: [],
    name: 'Protokol – sundhedsrådenes møder og beslutninger',
    body: u.bodies,
    website: `${u.origin}/`,
    web: `${u.origin}/`,
    ...times(archive.createdAt, archive.modifiedAt),
  };
}

/** The Body's list fields and the paths of their lists. */
export const BODY_LISTS = {
  organization: 'organizations',
  person: 'persons',
  meeting: 'meetings',
  paper: 'papers',
  agendaItem: 'agendaItems',
  consultation: 'consultations',
  file: 'files',
  membership: 'memberships',
  locationList: 'locations',
  legislativeTermList: 'legislativeTerms',
} as const;

/** What OParl calls the publisher's kind (Body.classification). */
const CLASSIFICATION: Record<OrganisationKind, string> = {
  region: 'Region',
  municipality: 'Kommune',
  plo: 'PLO',
  kl: 'KL',
  kkr: 'KKR',
  hospital: 'Hospital',
  other: 'Anden organisation',
};

/** "Region Syddanmark" → "Syddanmark", "Greve Kommune" → "Greve". */
const shortNameOf = (name: string) => name.replace(/^Region /, '').replace(/ Kommune$/, '');

/** A publisher's OParl Body; null: the Body of the bodies whose publisher is not known. */
export function presentBody(
  publisher: ApiPublisher | null,
  activity: { createdAt: Date | null; modifiedAt: Date | null },
  u: OparlUrls,
): OparlObject {
  const key = publisherKey(publisher);
  const lists = Object.fromEntries(Object.entries(BODY_LISTS).map(([field, path]) => [field, u.bodyList(key, path)]));
  const region = publisher?.region && publisher.region.slug !== publisher.slug ? publisher.region : null;
  return {
    id: u.body(key),
    type: `${SCHEMA}/Body`,
    system: u.system,
    name: publisher ? publisher.name : 'Organer uden kendt udgiver',
    shortName: publisher ? shortNameOf(publisher.name) : 'Ukendt udgiver',
    classification: publisher ? CLASSIFICATION[publisher.kind] : 'Ukendt udgiver',
    ...lists,
    legislativeTerm: [],
    ...(publisher?.kind === 'region' ? { web: `${u.origin}${searchHref({ region: publisher.slug })}` } : {}),
    'protokol:kind': publisher?.kind ?? null,
    'protokol:isFictitious': publisher?.isFictitious ?? false,
    ...(region ? { 'protokol:region': u.body(region.slug) } : {}),
    ...(publisher?.municipalityCode ? { 'protokol:municipalityCode': publisher.municipalityCode } : {}),
    ...(publisher?.validFromOn ? { 'protokol:validFrom': publisher.validFromOn } : {}),
    ...(publisher?.validToOn ? { 'protokol:validTo': publisher.validToOn } : {}),
    ...(publisher ? times(publisher.addedAt, publisher.changedAt) : times(activity.createdAt, activity.modifiedAt)),
  };
}

export function presentOrganization(body: ApiBody, memberships: ApiMembership[], u: OparlUrls): OparlObject {
  return {
    id: u.organization(body.slug),
    type: `${SCHEMA}/Organization`,
    body: u.body(publisherKey(body.publisher)),
    name: body.name,
    membership: memberships.map((m) => u.membership(m.id)),
    meeting: u.organizationMeetings(body.slug),
    organizationType: LABELS.da.bodyKind[body.kind],
    classification: body.kind,
    web: `${u.origin}${bodyHref(body.slug)}`,
    'protokol:kind': body.kind,
    'protokol:level': body.level,
    'protokol:municipalities': [...body.municipalities],
    'protokol:isFictitious': body.isFictitious,
    ...(body.description ? { 'protokol:description': body.description } : {}),
    ...(body.successor ? { 'protokol:successor': u.organization(body.successor.slug) } : {}),
    ...times(body.createdAt, body.modifiedAt),
  };
}

export function presentMembership(m: ApiMembership, u: OparlUrls): OparlObject {
  return {
    id: u.membership(m.id),
    type: `${SCHEMA}/Membership`,
    person: u.person(m.person.slug),
    organization: u.organization(m.body.slug),
    role: LABELS.da.membershipRole[m.role],
    votingRight: m.role === 'chair' || m.role === 'vice_chair' || m.role === 'member',
    ...(m.fromOn ? { startDate: m.fromOn } : {}),
    ...(m.toOn ? { endDate: m.toOn } : {}),
    'protokol:role': m.role,
    'protokol:party': m.party,
    'protokol:organisation': m.organisation,
    'protokol:title': m.title,
    ...times(m.createdAt, m.modifiedAt),
  };
}

export function presentPerson(person: ApiPerson, memberships: ApiMembership[], u: OparlUrls): OparlObject {
  return {
    id: u.person(person.slug),
    type: `${SCHEMA}/Person`,
    name: person.name,
    membership: memberships.map((m) => presentMembership(m, u)),
    web: `${u.origin}${personHref(person.slug)}`,
    ...times(person.createdAt, person.modifiedAt),
  };
}

/**
 * A removed object (OParl 1.1, 2.8 "Gelöschte Objekte"): "muss das Objekt das zusätzliche Attribut
 * `deleted` mit dem Wert `true` bekommen; muss das Attribut `modified` auf den Zeitpunkt der
 * Löschung setzen; müssen die Attribute `id`, `type` und `created` erhalten bleiben; dürfen alle
 * weiteren Attribute entfernt werden" – and so they are: nothing of what it held is kept.
 */
export function presentDeleted(
  type:
    | 'organization'
    | 'person'
    | 'membership'
    | 'paper'
    | 'meeting'
    | 'file'
    | 'location'
    | 'agendaItem'
    | 'consultation'
    | 'body',
  id: string,
  change: Pick<ObjectChange, 'changedAt' | 'objectCreatedAt'>,
): OparlObject {
  return {
    id,
    type: `${SCHEMA}/${type.charAt(0).toUpperCase()}${type.slice(1)}`,
    ...times(change.objectCreatedAt ?? change.changedAt, change.changedAt),
    deleted: true,
  };
}

export function presentLocation(meeting: ApiMeeting, u: OparlUrls): OparlObject | null {
  if (!meeting.location) return null;
  return {
    id: u.location(meeting.id),
    type: `${SCHEMA}/Location`,
    description: meeting.location,
    meetings: [u.meeting(meeting.id)],
    ...times(meeting.createdAt, meeting.modifiedAt),
  };
}

/** The meeting's imported document, when the public may have it (never with a closed item). */
export function presentSourceFile(meeting: ApiMeeting, u: OparlUrls): OparlObject | null {
  if (!meeting.source || meeting.hasClosedItems) return null;
  const extension = meeting.source.fileName.split('.').pop()?.toLowerCase() ?? '';
  const mimeType: Record<string, string> = {
    pdf: 'application/pdf',
    txt: 'text/plain',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    json: 'application/json',
    html: 'text/html',
  };
  return {
    id: u.sourceFile(meeting.id),
    type: `${SCHEMA}/File`,
    name: meeting.documentType === 'referat' ? 'Referat' : 'Dagsorden',
    fileName: meeting.source.fileName,
    ...(mimeType[extension] ? { mimeType: mimeType[extension] } : {}),
    date: meeting.heldOn,
    accessUrl: `${u.origin}${sourceHref(meeting.id)}`,
    meeting: [u.meeting(meeting.id)],
    web: `${u.origin}${meetingHref(meeting.id)}`,
    ...times(meeting.createdAt, meeting.modifiedAt),
  };
}

export function presentMeeting(
  meeting: ApiMeeting,
  items: ApiItem[],
  participants: ApiParticipant[],
  u: OparlUrls,
): OparlObject {
  const start = isWallTime(meeting.startTime) ? copenhagenDateTime(meeting.heldOn, meeting.startTime) : null;
  const end = start && isWallTime(meeting.endTime) ? copenhagenDateTime(meeting.heldOn, meeting.endTime) : null;
  const location = presentLocation(meeting, u);
  const file = presentSourceFile(meeting, u);
  const known = [...new Set(participants.filter((p) => p.personSlug && !p.isAbsent).map((p) => p.personSlug!))];
  return {
    id: u.meeting(meeting.id),
    type: `${SCHEMA}/Meeting`,
    name: meetingTitle({
      documentType: meeting.documentType,
      bodyName: meeting.body.name,
      heldOn: meeting.heldOn,
      startTime: isWallTime(meeting.startTime) ? meeting.startTime : null,
    }),
    meetingState: LABELS.da.meetingStatus[meeting.status],
    cancelled: meeting.status === 'cancelled',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(location ? { location } : {}),
    organization: [u.organization(meeting.body.slug)],
    participant: known.map((slug) => u.person(slug)),
    ...(file ? { [meeting.documentType === 'referat' ? 'resultsProtocol' : 'invitation']: file } : {}),
    agendaItem: items.map((item) => presentAgendaItem(item, u)),
    web: `${u.origin}${meetingHref(meeting.id)}`,
    'protokol:date': meeting.heldOn,
    'protokol:status': meeting.status,
    'protokol:kind': meeting.kind,
    'protokol:documentType': meeting.documentType,
    'protokol:isFictitious': meeting.isFictitious || meeting.body.isFictitious,
    'protokol:absent': participants.filter((p) => p.isAbsent).map((p) => p.name),
    ...(meeting.sourceUrl ? { 'protokol:sourceUrl': meeting.sourceUrl } : {}),
    ...times(meeting.createdAt, meeting.modifiedAt),
  };
}

export function presentAgendaItem(item: ApiItem, u: OparlUrls): OparlObject {
  const base: OparlObject = {
    id: u.agendaItem(item.id),
    type: `${SCHEMA}/AgendaItem`,
    meeting: u.meeting(item.meeting.id),
    number: String(item.number),
    order: item.position,
    name: publicItemTitle(item.title, item.isClosed),
    public: !item.isClosed,
    web: `${u.origin}${itemHref(item.id)}`,
    ...times(item.meeting.createdAt, item.meeting.modifiedAt),
  };
  const content = item.isClosed ? null : item.content;
  if (!content) return base;
  const decision = content.decision;
  const records = contentRecords(content);
  return {
    ...base,
    ...(item.caseNumber ? { consultation: u.consultation(item.id) } : {}),
    ...(decision
      ? { result: LABELS.da.outcome[decision.outcome] ?? decision.outcome, resolutionText: decision.text }
      : {}),
    'protokol:timeSlot': item.timeSlot,
    'protokol:caseNumber': item.caseNumber,
    'protokol:sections': records.sections,
    'protokol:decisionOutcome': decision?.outcome ?? null,
    'protokol:decision': records.decision,
    'protokol:attachments': records.attachments,
    'protokol:absent': records.absent,
  };
}

export function presentPaper(found: ApiCase, refs: CaseItemRef[], u: OparlUrls): OparlObject {
  const first = refs[0];
  return {
    id: u.paper(found.id),
    type: `${SCHEMA}/Paper`,
    body: u.body(publisherKey(found.publisher)),
    name: first ? first.title : `Sag ${found.number}`,
    reference: found.number,
    date: found.firstHeldOn,
    paperType: 'Sag',
    underDirectionOf: [...new Set(refs.map((r) => r.bodySlug))].map((slug) => u.organization(slug)),
    consultation: refs.map((ref) => presentConsultation(ref, found.id, u)),
    web: `${u.origin}${caseHref(found.number)}`,
    ...times(found.createdAt, found.modifiedAt),
  };
}

/** One open item of a case: from the case's items, or from an item that has a case. */
export type ConsultationRef = Pick<
  CaseItemRef,
  'itemId' | 'meetingId' | 'bodySlug' | 'hasDecision' | 'meetingCreatedAt' | 'meetingModifiedAt'
>;

export function consultationOf(item: ApiItem): ConsultationRef {
  return {
    itemId: item.id,
    meetingId: item.meeting.id,
    bodySlug: item.body.slug,
    hasDecision: Boolean(item.content?.decision),
    meetingCreatedAt: item.meeting.createdAt,
    meetingModifiedAt: item.meeting.modifiedAt,
  };
}

export function presentConsultation(ref: ConsultationRef, caseId: number, u: OparlUrls): OparlObject {
  return {
    id: u.consultation(ref.itemId),
    type: `${SCHEMA}/Consultation`,
    paper: u.paper(caseId),
    agendaItem: u.agendaItem(ref.itemId),
    meeting: u.meeting(ref.meetingId),
    organization: [u.organization(ref.bodySlug)],
    authoritative: ref.hasDecision,
    role: ref.hasDecision ? 'Beslutning' : 'Behandling',
    web: `${u.origin}${itemHref(ref.itemId)}`,
    ...times(ref.meetingCreatedAt, ref.meetingModifiedAt),
  };
}
