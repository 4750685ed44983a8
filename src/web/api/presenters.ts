/**
 * Read models → JSON API objects: the whitelist between the database and the API. Every field is
 * named here; nothing is spread from a row. A closed item is its number and public title
 * ("Lukket: …"), whatever the query returned.
 */
import type { z } from '@hono/zod-openapi';
import type { ApiBody, ApiMembership, ApiPerson } from '../../db/queries/api-directory.js';
import type { ApiAttachment, ApiCase, ApiItem, ApiMeeting, ApiParticipant } from '../../db/queries/api-meetings.js';
import type { SearchHit } from '../../db/search/search-items.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { copenhagenDateTime, isWallTime } from '../../domain/copenhagen-time.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import type {
  AttachmentSchema,
  BodySchema,
  CaseSchema,
  ItemSchema,
  MeetingDetailSchema,
  MeetingSchema,
  MembershipSchema,
  PersonSchema,
  SearchHitSchema,
} from './response-schemas.js';
import type { OpenDataUrls } from './urls.js';

export function presentBody(body: ApiBody, u: OpenDataUrls): z.infer<typeof BodySchema> {
  return {
    id: body.id,
    slug: body.slug,
    name: body.name,
    kind: body.kind,
    kindLabel: LABELS.da.bodyKind[body.kind],
    level: body.level,
    description: body.description,
    isFictitious: body.isFictitious,
    region: body.region ? { slug: body.region.slug, name: body.region.name } : null,
    successor: body.successor ? { slug: body.successor.slug, name: body.successor.name } : null,
    municipalities: [...body.municipalities],
    meetingCount: body.meetingCount,
    url: u.page.body(body.slug),
    links: {
      self: u.api.body(body.slug),
      meetings: `${u.api.meetings}?body=${body.slug}`,
      memberships: `${u.api.memberships}?body=${body.slug}`,
      calendar: u.calendar.body(body.slug),
      minutesFeed: u.feed.minutes(body.slug),
    },
  };
}

export function presentPerson(person: ApiPerson, u: OpenDataUrls): z.infer<typeof PersonSchema> {
  return {
    slug: person.slug,
    name: person.name,
    url: u.page.person(person.slug),
    links: { self: u.api.person(person.slug), memberships: `${u.api.memberships}?person=${person.slug}` },
  };
}

export function presentMembership(membership: ApiMembership, u: OpenDataUrls): z.infer<typeof MembershipSchema> {
  return {
    id: membership.id,
    person: { slug: membership.person.slug, name: membership.person.name },
    body: { slug: membership.body.slug, name: membership.body.name },
    role: membership.role,
    roleLabel: LABELS.da.membershipRole[membership.role],
    party: membership.party,
    organisation: membership.organisation,
    title: membership.title,
    fromOn: membership.fromOn,
    toOn: membership.toOn,
    links: {
      self: u.api.membership(membership.id),
      person: u.api.person(membership.person.slug),
      body: u.api.body(membership.body.slug),
    },
  };
}

export function presentMeeting(meeting: ApiMeeting, u: OpenDataUrls): z.infer<typeof MeetingSchema> {
  return {
    id: meeting.id,
    title: meetingTitle({
      documentType: meeting.documentType,
      bodyName: meeting.body.name,
      heldOn: meeting.heldOn,
      startTime: isWallTime(meeting.startTime) ? meeting.startTime : null,
    }),
    body: { slug: meeting.body.slug, name: meeting.body.name },
    date: meeting.heldOn,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    startsAt: isWallTime(meeting.startTime) ? copenhagenDateTime(meeting.heldOn, meeting.startTime) : null,
    location: meeting.location,
    kind: meeting.kind,
    status: meeting.status,
    statusLabel: LABELS.da.meetingStatus[meeting.status],
    isCancelled: meeting.status === 'cancelled',
    documentType: meeting.documentType,
    itemCount: meeting.itemCount,
    hasClosedItems: meeting.hasClosedItems,
    isFictitious: meeting.isFictitious || meeting.body.isFictitious,
    createdAt: meeting.createdAt.toISOString(),
    modifiedAt: meeting.modifiedAt.toISOString(),
    url: u.page.meeting(meeting.id),
    links: {
      self: u.api.meeting(meeting.id),
      items: `${u.api.items}?meeting=${meeting.id}`,
      calendar: u.calendar.meeting(meeting.id),
      source: meeting.source && !meeting.hasClosedItems ? u.page.source(meeting.id) : null,
    },
  };
}

export function presentMeetingDetail(
  meeting: ApiMeeting,
  participants: ApiParticipant[],
  items: ApiItem[],
  u: OpenDataUrls,
): z.infer<typeof MeetingDetailSchema> {
  return {
    ...presentMeeting(meeting, u),
    participants: participants.map((p) => ({
      name: p.name,
      person: p.personSlug,
      party: p.party,
      organisation: p.organisation,
      role: p.role,
      isAbsent: p.isAbsent,
    })),
    items: items.map((item) => presentItem(item, u)),
  };
}

export function presentItem(item: ApiItem, u: OpenDataUrls): z.infer<typeof ItemSchema> {
  const meeting = {
    id: item.meeting.id,
    date: item.meeting.heldOn,
    startTime: item.meeting.startTime,
    title: meetingTitle({
      documentType: item.meeting.documentType,
      bodyName: item.body.name,
      heldOn: item.meeting.heldOn,
      startTime: isWallTime(item.meeting.startTime) ? item.meeting.startTime : null,
    }),
  };
  const base = {
    id: item.id,
    number: item.number,
    title: publicItemTitle(item.title, item.isClosed),
    isClosed: item.isClosed,
    meeting,
    body: { slug: item.body.slug, name: item.body.name },
    isFictitious: item.meeting.isFictitious || item.body.isFictitious,
    url: u.page.item(item.id),
  };
  const content = item.isClosed ? null : item.content;
  if (!content) {
    return {
      ...base,
      timeSlot: item.isClosed ? null : item.timeSlot,
      caseNumber: item.isClosed ? null : item.caseNumber,
      sections: [],
      decision: null,
      attachments: [],
      absentees: [],
      links: {
        self: u.api.item(item.id),
        meeting: u.api.meeting(item.meeting.id),
        case: !item.isClosed && item.caseNumber ? u.api.case(item.caseNumber) : null,
      },
    };
  }
  const decision = content.decision;
  return {
    ...base,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    sections: content.sections.map((s) => ({ heading: s.heading, kind: s.kind, text: s.text })),
    decision: decision
      ? {
          text: decision.text,
          outcome: decision.outcome,
          outcomeLabel: LABELS.da.outcome[decision.outcome] ?? decision.outcome,
          date: decision.decidedOn,
          parts: decision.parts.map((p) => ({ label: p.label, text: p.text, outcome: p.outcome })),
          dissents: [...decision.dissents],
        }
      : null,
    attachments: content.attachments.map((a) => ({
      id: a.id,
      title: a.title,
      documentId: a.documentId,
      links: { self: u.api.attachment(a.id) },
    })),
    absentees: content.absentees.map((a) => ({ name: a.name, title: a.title, role: a.role, party: a.party })),
    links: {
      self: u.api.item(item.id),
      meeting: u.api.meeting(item.meeting.id),
      case: item.caseNumber ? u.api.case(item.caseNumber) : null,
    },
  };
}

export function presentCase(found: ApiCase, u: OpenDataUrls): z.infer<typeof CaseSchema> {
  return {
    number: found.number,
    itemCount: found.itemCount,
    firstDate: found.firstHeldOn,
    lastDate: found.lastHeldOn,
    bodies: found.bodies.map((b) => ({ slug: b.slug, name: b.name })),
    url: u.page.case(found.number),
    links: {
      self: u.api.case(found.number),
      items: `${u.api.items}?case=${encodeURIComponent(found.number)}`,
      decisionsFeed: u.feed.decisions(found.number),
    },
  };
}

export function presentAttachment(attachment: ApiAttachment, u: OpenDataUrls): z.infer<typeof AttachmentSchema> {
  return {
    id: attachment.id,
    title: attachment.title,
    documentId: attachment.documentId,
    caseNumber: attachment.caseNumber,
    hasFile: attachment.hasFile,
    item: { id: attachment.item.id, number: attachment.item.number, title: attachment.item.title },
    meeting: { id: attachment.meeting.id, date: attachment.meeting.heldOn },
    body: { slug: attachment.body.slug, name: attachment.body.name },
    links: {
      self: u.api.attachment(attachment.id),
      item: u.api.item(attachment.item.id),
      meeting: u.api.meeting(attachment.meeting.id),
      file: attachment.hasFile ? u.api.attachmentFile(attachment.id) : null,
    },
  };
}

export function presentSearchHit(hit: SearchHit, u: OpenDataUrls): z.infer<typeof SearchHitSchema> {
  return {
    itemId: hit.itemId,
    number: hit.number,
    title: hit.plainTitle,
    snippet: hit.snippet
      .map((segment) => segment.text)
      .join('')
      .trim(),
    caseNumber: hit.caseNumber,
    outcome: hit.outcome,
    meeting: { id: hit.meeting.id, date: hit.meeting.heldOn, startTime: hit.meeting.startTime },
    body: { slug: hit.body.slug, name: hit.body.name },
    isFictitious: hit.meeting.isFictitious,
    url: u.page.item(hit.itemId),
    links: { item: u.api.item(hit.itemId), meeting: u.api.meeting(hit.meeting.id) },
  };
}
