/**
 * The export's records: whitelisted fields only, never database rows as they are, each made from
 * what the open-data queries give (closed items: their number and public title, marked closed,
 * with no content). Bodies, meetings, cases and items name their publisher by slug (a body's and
 * a meeting's: the body's; a case's: its own, a case being publisher + number); the publishers
 * are records of their own.
 */
import type { ApiBody, ApiMembership, ApiPerson } from '../../db/queries/api-directory.js';
import type { ApiCase, ApiParticipant } from '../../db/queries/api-meetings.js';
import type { ApiPublisher } from '../../db/queries/api-publishers.js';
import type { ExportItem, ExportMeeting } from '../../db/queries/export.js';
import type { ItemContent } from '../../db/queries/item-content.js';
import { publicItemTitle } from '../../domain/agenda-item.js';

export interface PublisherRecord {
  type: 'publisher';
  slug: string;
  name: string;
  kind: string;
  /** The region's slug (a region: its own; a municipality: its region from 2027). */
  region: string | null;
  municipalityCode: string | null;
  isFictitious: boolean;
}

export interface BodyRecord {
  type: 'body';
  slug: string;
  name: string;
  /** Null only for a body whose publisher is not known. */
  publisher: string | null;
  kind: string;
  level: string | null;
  region: string | null;
  successor: string | null;
  municipalities: string[];
  description: string | null;
  isFictitious: boolean;
}

export interface PersonRecord {
  type: 'person';
  slug: string;
  name: string;
  /** The publisher the person was first met under. */
  publisher: string | null;
}

export interface MembershipRecord {
  type: 'membership';
  id: number;
  person: string;
  personName: string;
  body: string;
  role: string;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
  toOn: string | null;
}

export interface MeetingRecord {
  type: 'meeting';
  id: number;
  body: string;
  bodyName: string;
  publisher: string | null;
  /** The meeting's document on its publisher's site (harvested meetings). */
  sourceUrl: string | null;
  date: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: string;
  status: string;
  documentType: string | null;
  isFictitious: boolean;
  participants: {
    name: string;
    party: string | null;
    organisation: string | null;
    role: string | null;
    absent: boolean;
  }[];
  modifiedAt: string;
}

export interface ItemRecord {
  type: 'item';
  id: number;
  meetingId: number;
  body: string;
  publisher: string | null;
  date: string;
  number: number;
  /** Closed items: "Lukket: …" as the portal shows them. */
  title: string;
  closed: boolean;
  timeSlot: string | null;
  caseNumber: string | null;
  /** The case's publisher: with the number, the case (a case record). */
  casePublisher: string | null;
  sections: { heading: string; kind: string; text: string }[];
  decision: {
    text: string;
    outcome: string;
    date: string | null;
    parts: { label: string; text: string; outcome: string }[];
    dissents: string[];
  } | null;
  attachments: { title: string; documentId: string | null }[];
  absent: { name: string; title: string | null; role: string | null; party: string | null }[];
}

export interface CaseRecord {
  type: 'case';
  /** Null only for a case from before publishers that an upgrade could not place. */
  publisher: string | null;
  number: string;
  /** Open items. */
  itemCount: number;
  firstDate: string;
  lastDate: string;
  bodies: string[];
}

export type ExportRecord =
  | PublisherRecord
  | BodyRecord
  | PersonRecord
  | MembershipRecord
  | MeetingRecord
  | CaseRecord
  | ItemRecord;

export function publisherRecord(publisher: ApiPublisher): PublisherRecord {
  return {
    type: 'publisher',
    slug: publisher.slug,
    name: publisher.name,
    kind: publisher.kind,
    region: publisher.region?.slug ?? null,
    municipalityCode: publisher.municipalityCode,
    isFictitious: publisher.isFictitious,
  };
}

export function bodyRecord(body: ApiBody): BodyRecord {
  return {
    type: 'body',
    slug: body.slug,
    name: body.name,
    publisher: body.publisher?.slug ?? null,
    kind: body.kind,
    level: body.level,
    region: body.region?.slug ?? null,
    successor: body.successor?.slug ?? null,
    municipalities: body.municipalities,
    description: body.description,
    isFictitious: body.isFictitious,
  };
}

export function personRecord(person: ApiPerson): PersonRecord {
  return { type: 'person', slug: person.slug, name: person.name, publisher: person.publisher?.slug ?? null };
}

export function membershipRecord(m: ApiMembership): MembershipRecord {
  return {
    type: 'membership',
    id: m.id,
    person: m.person.slug,
    personName: m.person.name,
    body: m.body.slug,
    role: m.role,
    party: m.party,
    organisation: m.organisation,
    title: m.title,
    fromOn: m.fromOn,
    toOn: m.toOn,
  };
}

export function meetingRecord(m: ExportMeeting, participants: readonly ApiParticipant[]): MeetingRecord {
  return {
    type: 'meeting',
    id: m.id,
    body: m.bodySlug,
    bodyName: m.bodyName,
    publisher: m.publisherSlug,
    sourceUrl: m.sourceUrl,
    date: m.heldOn,
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    kind: m.kind,
    status: m.status,
    documentType: m.documentType,
    isFictitious: m.isFictitious,
    participants: participants.map((p) => ({
      name: p.name,
      party: p.party,
      organisation: p.organisation,
      role: p.role,
      absent: p.isAbsent,
    })),
    modifiedAt: m.modifiedAt.toISOString(),
  };
}

export function itemRecord(item: ExportItem): ItemRecord {
  const content = item.isClosed ? null : item.content;
  return {
    type: 'item',
    id: item.id,
    meetingId: item.meetingId,
    body: item.bodySlug,
    publisher: item.publisherSlug,
    date: item.heldOn,
    number: item.number,
    title: publicItemTitle(item.title, item.isClosed),
    closed: item.isClosed,
    timeSlot: item.isClosed ? null : item.timeSlot,
    caseNumber: item.isClosed ? null : item.caseNumber,
    casePublisher: item.isClosed ? null : item.casePublisherSlug,
    ...contentRecords(content),
  };
}

/** An open item's content as the export (and OParl's protokol: fields) give it; none for a closed item. */
export function contentRecords(
  content: ItemContent | null,
): Pick<ItemRecord, 'sections' | 'decision' | 'attachments' | 'absent'> {
  const decision = content?.decision ?? null;
  return {
    sections: (content?.sections ?? []).map((s) => ({ heading: s.heading, kind: s.kind, text: s.text })),
    decision: decision
      ? {
          text: decision.text,
          outcome: decision.outcome,
          date: decision.decidedOn,
          parts: decision.parts.map((p) => ({ label: p.label, text: p.text, outcome: p.outcome })),
          dissents: [...decision.dissents],
        }
      : null,
    attachments: (content?.attachments ?? []).map((a) => ({ title: a.title, documentId: a.documentId })),
    absent: (content?.absentees ?? []).map((a) => ({ name: a.name, title: a.title, role: a.role, party: a.party })),
  };
}

export function caseRecord(found: ApiCase): CaseRecord {
  return {
    type: 'case',
    publisher: found.publisher?.slug ?? null,
    number: found.number,
    itemCount: found.itemCount,
    firstDate: found.firstHeldOn,
    lastDate: found.lastHeldOn,
    bodies: found.bodies.map((b) => b.slug),
  };
}
