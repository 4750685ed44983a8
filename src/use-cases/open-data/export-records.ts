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
import type { HearingSummary } from '../../db/queries/hearings.js';
import type { ItemContent } from '../../db/queries/item-content.js';
import type { PlanSummary } from '../../db/queries/plans.js';
import type { ProcessDetail } from '../../db/queries/processes.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { publicStepState } from '../../domain/process.js';
import type { GpCapacityRecord } from './export-gp-records.js';
import type { AgreementRecord, FrameRecord, ProjectRecord } from './export-money-records.js';

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
  | ItemRecord
  | PlanRecord
  | ProcessRecord
  | HearingRecord
  | FrameRecord
  | ProjectRecord
  | AgreementRecord
  | GpCapacityRecord;

/** A plan: its body, kind, legal deadline and versions (the chapters' text is at the API's plan). */
export interface PlanRecord {
  type: 'plan';
  id: number;
  title: string;
  kind: string;
  body: string;
  deadline: string | null;
  versions: { number: number; status: string; date: string }[];
  isFictitious: boolean;
}

/**
 * A process with its steps: each step's body (a body's slug, or a body only named), due (a day
 * YYYY-MM-DD or a month YYYY-MM, `dueEnd` the last month of a span), status on the day of the
 * export (overdue included) and item — a closed one by id only.
 */
export interface ProcessRecord {
  type: 'process';
  id: number;
  title: string;
  body: string;
  publisher: string | null;
  plan: number | null;
  isFictitious: boolean;
  steps: {
    position: number;
    title: string;
    action: string;
    body: string | null;
    outsideBody: string | null;
    due: string | null;
    dueEnd: string | null;
    status: string;
    item: number | null;
    itemIsClosed: boolean;
  }[];
}

/** A hearing: its body, dates, how many responses are published, and whether its memo is. */
export interface HearingRecord {
  type: 'hearing';
  id: number;
  title: string;
  body: string;
  startsOn: string;
  deadline: string;
  publishedResponses: number;
  memoPublished: boolean;
  isFictitious: boolean;
}

export function planRecord(plan: PlanSummary): PlanRecord {
  return {
    type: 'plan',
    id: plan.id,
    title: plan.title,
    kind: plan.kind,
    body: plan.owner.slug,
    deadline: plan.deadlineOn,
    versions: plan.versions.map((v) => ({ number: v.number, status: v.status, date: v.versionOn })),
    isFictitious: plan.isFictitious,
  };
}

export function processRecord(process: ProcessDetail, today: string): ProcessRecord {
  return {
    type: 'process',
    id: process.id,
    title: process.title,
    body: process.owner.slug,
    publisher: process.owner.publisher?.slug ?? null,
    plan: process.planId,
    isFictitious: process.isFictitious,
    steps: process.steps.map((step) => ({
      position: step.position,
      title: step.title,
      action: step.action,
      body: step.body?.slug ?? null,
      outsideBody: step.outsideName,
      due: step.dueOn ?? step.dueMonth,
      dueEnd: step.dueMonthEnd,
      status: publicStepState(step, today),
      item: step.item?.id ?? null,
      itemIsClosed: step.item?.isClosed ?? false,
    })),
  };
}

export function hearingRecord(hearing: HearingSummary): HearingRecord {
  return {
    type: 'hearing',
    id: hearing.id,
    title: hearing.title,
    body: hearing.body.slug,
    startsOn: hearing.startsOn,
    deadline: hearing.deadlineOn,
    publishedResponses: hearing.publishedResponses,
    memoPublished: hearing.memoPublishedAt !== null,
    isFictitious: hearing.isFictitious,
  };
}

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
