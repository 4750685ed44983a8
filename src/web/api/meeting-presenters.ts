/**
 * Read models → JSON API objects of the archive: meetings, agenda items, cases, attachments and
 * search hits. The whitelist between the database and the API: every field is named here; nothing
 * is spread from a row. A closed item is its number and public title ("Lukket: …"), whatever the
 * query returned. Every object that names a body names its publisher too.
 */
import type { z } from '@hono/zod-openapi';
import type { ApiAttachment, ApiCase, ApiItem, ApiMeeting, ApiParticipant } from '../../db/queries/api-meetings.js';
import type { AttachmentHit, SearchHit } from '../../db/search/search-items.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { copenhagenDateTime, isWallTime } from '../../domain/copenhagen-time.js';
import type { ItemAmount } from '../../domain/item-amounts.js';
import type { PublisherRef } from '../../domain/publisher.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { presentPublisherRef, presentRef } from './presenters.js';
import type {
  AttachmentHitSchema,
  AttachmentSchema,
  CaseSchema,
  ItemSchema,
  MeetingDetailSchema,
  MeetingSchema,
  MentionedAmountSchema,
  SearchHitSchema,
} from './response-schemas.js';
import type { OpenDataUrls } from './urls.js';

export function presentMeeting(meeting: ApiMeeting, u: OpenDataUrls): z.infer<typeof MeetingSchema> {
  return {
    id: meeting.id,
    title: meetingTitle({
      documentType: meeting.documentType,
      bodyName: meeting.body.name,
      heldOn: meeting.heldOn,
      startTime: isWallTime(meeting.startTime) ? meeting.startTime : null,
    }),
    body: presentRef(meeting.body),
    publisher: presentPublisherRef(meeting.publisher),
    sourceUrl: meeting.sourceUrl,
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
      publisher: meeting.publisher ? u.api.publisher(meeting.publisher.slug) : null,
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
    body: presentRef(item.body),
    publisher: presentPublisherRef(item.publisher),
    isFictitious: item.meeting.isFictitious || item.body.isFictitious,
    url: u.page.item(item.id),
  };
  const content = item.isClosed ? null : item.content;
  const caseLink = !item.isClosed && item.caseNumber ? u.api.case(item.casePublisherSlug, item.caseNumber) : null;
  const links = { self: u.api.item(item.id), meeting: u.api.meeting(item.meeting.id), case: caseLink };
  if (!content) {
    return {
      ...base,
      sourceUrl: item.isClosed ? null : item.sourceUrl,
      timeSlot: item.isClosed ? null : item.timeSlot,
      caseNumber: item.isClosed ? null : item.caseNumber,
      sections: [],
      decision: null,
      attachments: [],
      absentees: [],
      links,
    };
  }
  const decision = content.decision;
  return {
    ...base,
    sourceUrl: item.sourceUrl,
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
    links,
  };
}

export function presentCase(found: ApiCase, u: OpenDataUrls): z.infer<typeof CaseSchema> {
  return {
    number: found.number,
    publisher: presentPublisherRef(found.publisher),
    itemCount: found.itemCount,
    firstDate: found.firstHeldOn,
    lastDate: found.lastHeldOn,
    bodies: found.bodies.map((b) => presentRef(b)),
    url: u.page.case(found.number, found.publisher?.slug),
    links: {
      self: u.api.case(found.publisher?.slug ?? null, found.number),
      publisher: found.publisher ? u.api.publisher(found.publisher.slug) : null,
      items: `${u.api.items}?case=${encodeURIComponent(found.number)}${
        found.publisher ? `&publisher=${found.publisher.slug}` : ''
      }`,
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
    sourceUrl: attachment.sourceUrl,
    item: { id: attachment.item.id, number: attachment.item.number, title: attachment.item.title },
    meeting: { id: attachment.meeting.id, date: attachment.meeting.heldOn },
    body: presentRef(attachment.body),
    publisher: presentPublisherRef(attachment.publisher),
    links: {
      self: u.api.attachment(attachment.id),
      item: u.api.item(attachment.item.id),
      meeting: u.api.meeting(attachment.meeting.id),
      file: attachment.hasFile ? u.api.attachmentFile(attachment.id) : null,
    },
  };
}

/** A hit's snippet without its highlighting. */
function plainSnippet(snippet: SearchHit['snippet']): string {
  return snippet
    .map((segment) => segment.text)
    .join('')
    .trim();
}

/** The search names a hit's publisher by slug and name; `publishers` gives each its kind. */
export type PublisherKinds = Map<string, PublisherRef>;

function publisherOfHit(publisher: { slug: string } | null, publishers: PublisherKinds): PublisherRef | null {
  return presentPublisherRef(publisher ? (publishers.get(publisher.slug) ?? null) : null);
}

/** An amount an item mentions, in øre (a number: øre stay exact as JSON numbers up to 90 billion kroner). */
function presentAmount(amount: ItemAmount): z.infer<typeof MentionedAmountSchema> {
  return {
    amountOre: Number(amount.ore),
    text: amount.text,
    recurrence: amount.period?.recurrence ?? null,
    fromYear: amount.period?.fromYear ?? null,
    toYear: amount.period?.toYear ?? null,
  };
}

export function presentSearchHit(
  hit: SearchHit,
  publishers: PublisherKinds,
  u: OpenDataUrls,
): z.infer<typeof SearchHitSchema> {
  return {
    itemId: hit.itemId,
    number: hit.number,
    title: hit.plainTitle,
    snippet: plainSnippet(hit.snippet),
    caseNumber: hit.caseNumber,
    outcome: hit.outcome,
    amounts: hit.amounts.map(presentAmount),
    meeting: { id: hit.meeting.id, date: hit.meeting.heldOn, startTime: hit.meeting.startTime },
    body: presentRef(hit.body),
    publisher: publisherOfHit(hit.publisher, publishers),
    isFictitious: hit.meeting.isFictitious,
    url: u.page.item(hit.itemId),
    links: { item: u.api.item(hit.itemId), meeting: u.api.meeting(hit.meeting.id) },
  };
}

export function presentAttachmentHit(
  hit: AttachmentHit,
  publishers: PublisherKinds,
  u: OpenDataUrls,
): z.infer<typeof AttachmentHitSchema> {
  return {
    attachmentId: hit.attachmentId,
    title: hit.title,
    page: hit.page,
    snippet: plainSnippet(hit.snippet),
    item: { id: hit.item.id, number: hit.item.number, title: hit.item.title },
    meeting: { id: hit.meeting.id, date: hit.meeting.heldOn },
    body: presentRef(hit.body),
    publisher: publisherOfHit(hit.publisher, publishers),
    links: { attachment: u.api.attachment(hit.attachmentId), item: u.api.item(hit.item.id) },
  };
}
