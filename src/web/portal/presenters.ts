/**
 * Read models → view props: the whitelist between the database and the pages. Closed items get
 * their public title and no content here as well, whatever the query returned.
 */
import type { BodyMeeting, BodyMember, PublicBody } from '../../db/queries/bodies.js';
import type { VersionSummary } from '../../db/queries/meeting-versions.js';
import type { MeetingSummary, PublicItem, PublicMeeting } from '../../db/queries/meetings.js';
import type { MemberItemContent } from '../../db/queries/member-items.js';
import type { PublicPerson } from '../../db/queries/persons.js';
import type { PublicItemContent, PublicItemSummary } from '../../db/queries/public-items.js';
import type { PublisherListEntry } from '../../db/queries/publishers.js';
import type { RegionWithCouncils } from '../../db/queries/regions.js';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { copenhagenParts } from '../../domain/copenhagen-time.js';
import { formatDate, formatMeetingDate, isoDate } from '../../domain/danish-dates.js';
import type { BodyMeetingView, BodyPageProps } from '../../render/html/body-page.js';
import type { SourceLinkView } from '../../render/html/components.js';
import type { FrontPageProps, MeetingLinkView } from '../../render/html/front-page.js';
import type { ItemView } from '../../render/html/item-content.js';
import type { ItemPageProps } from '../../render/html/item-page.js';
import type { MeetingPageProps, SourceView } from '../../render/html/meeting-page.js';
import type { PersonPageProps } from '../../render/html/person-page.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { presentDecisionSummary } from './meeting-summary.js';
import {
  attachmentHref,
  bodyHref,
  caseHref,
  findCouncilHref,
  itemHref,
  meetingHref,
  meetingPdfHref,
  meetingTextHref,
  meetingVersionHref,
  personHref,
  publisherHref,
  publishersHref,
  searchHref,
  sourceHref,
} from './paths.js';
import { kronerParam } from './validation.js';

/** An attachment as the item views get it (the members' view adds closed ones). */
type MemberAttachment = PublicItemContent['attachments'][number] & { isClosed?: boolean };

/** A publisher as pages link it; null (not known yet) stays null: "Udgiver ukendt". */
export const publisherLink = (publisher: { name: string; slug: string } | null) =>
  publisher ? { name: publisher.name, href: publisherHref(publisher.slug) } : null;

/**
 * A harvested meeting's address on its publisher's site, as a link: only a web address (http or
 * https) is ever linked; anything else the source may have given is left out.
 */
export function sourceLinkOf(url: string | null, removedAtSource: Date | null = null): SourceLinkView | null {
  if (!url) return null;
  const removedOnText = removedAtSource ? formatDate(copenhagenParts(removedAtSource).date) : null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? { href: parsed.href, host: parsed.host, removedOnText }
      : null;
  } catch {
    return null;
  }
}

const NUMERIC_DATE = /(?<!\d)(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)/g;

/** A printed heading's dates ("den 26-01-2026") as the page writes dates ("den 26. januar 2026"). */
export function withWordDates(text: string): string {
  return text.replace(NUMERIC_DATE, (whole, day: string, month: string, year: string) => {
    const date = isoDate(Number(year), Number(month), Number(day));
    return date ? formatDate(date) : whole;
  });
}

const joinDetails = (...parts: (string | null | undefined)[]) => {
  const text = parts.filter((part) => part && part.trim() !== '').join(', ');
  return text === '' ? null : text;
};

export function presentMeetingLink(meeting: MeetingSummary): MeetingLinkView {
  return {
    href: meetingHref(meeting.id),
    body: { name: meeting.body.name, href: bodyHref(meeting.body.slug) },
    documentKind: meeting.documentType,
    dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
    isFictitious: meeting.isFictitious || meeting.body.isFictitious,
  };
}

/** When a region ends ("31. december 2026"), or begins when that is 2027 or later; else null. */
export function regionValidity(region: { validFromOn: string | null; validToOn: string | null }) {
  return {
    untilText: region.validToOn ? formatDate(region.validToOn) : null,
    fromText: region.validFromOn && region.validFromOn >= '2027-01-01' ? formatDate(region.validFromOn) : null,
  };
}

export function presentFrontPage(input: {
  latestMinutes: MeetingSummary[];
  upcoming: MeetingSummary[];
  regions: RegionWithCouncils[];
  publishers: PublisherListEntry[];
}): FrontPageProps {
  return {
    // "Find dit sundhedsråd": a GET form to /find-sundhedsraad, which goes on to the council.
    municipalityFinder: {
      action: findCouncilHref,
      municipalities: input.publishers
        .filter((publisher) => publisher.kind === 'municipality')
        .map((publisher) => ({ slug: publisher.slug, name: publisher.name })),
      allHref: publishersHref,
    },
    latestMinutes: input.latestMinutes.map(presentMeetingLink),
    upcoming: input.upcoming.map(presentMeetingLink),
    regions: input.regions.map((region) => ({
      name: region.name,
      slug: region.slug,
      ...regionValidity(region),
      councils: region.councils.map((council) => ({
        name: council.name,
        href: bodyHref(council.slug),
        municipalityCount: council.municipalityCount,
        isFictitious: council.isFictitious,
      })),
    })),
  };
}

/**
 * One item for the meeting and item pages. Closed items: number and public title only — unless
 * `showClosed` is set, which only the members' view does (src/domain/roles.ts: read_closed_item).
 */
export function presentItem(
  item: PublicItemSummary,
  content: (Omit<PublicItemContent, 'attachments'> & { attachments: MemberAttachment[] }) | null,
  { showClosed = false }: { showClosed?: boolean } = {},
): ItemView {
  const base = {
    id: item.id,
    href: itemHref(item.id),
    anchor: `punkt-${item.number}-${item.id}`,
    number: item.number,
    title: publicItemTitle(item.title, item.isClosed),
  };
  if ((item.isClosed && !showClosed) || !content) {
    return {
      ...base,
      timeSlot: item.isClosed ? null : item.timeSlot,
      isClosed: item.isClosed,
      caseNumber: item.isClosed ? null : item.caseNumber,
      caseHref: !item.isClosed && item.caseNumber ? caseHref(item.caseNumber) : null,
      decision: null,
      sections: [],
      attachments: [],
      absentees: [],
    };
  }
  const decisionSection = content.sections.find((section) => section.kind === 'decision');
  const hasAttachments = content.attachments.length > 0;
  const hasAbsentees = content.absentees.length > 0;
  return {
    ...base,
    timeSlot: content.timeSlot,
    isClosed: item.isClosed,
    ...(item.isClosed ? { showsClosedContent: true } : {}),
    caseNumber: item.caseNumber,
    caseHref: item.caseNumber ? caseHref(item.caseNumber) : null,
    decision: content.decision
      ? {
          heading:
            decisionSection && !/^beslutning(er)?$/i.test(decisionSection.heading)
              ? withWordDates(decisionSection.heading)
              : null,
          outcome: content.decision.outcome,
          text: content.decision.text,
          dissents: content.decision.dissents,
        }
      : null,
    sections: content.sections
      .filter((section) => section.text.trim() !== '' && section.text.trim() !== '.')
      .filter((section) => !(section.kind === 'decision' && content.decision))
      .filter((section) => !(section.kind === 'attachments' && hasAttachments))
      .filter((section) => !(section.kind === 'absent' && hasAbsentees))
      .map((section) => ({ heading: section.heading, text: section.text })),
    attachments: content.attachments.map((attachment) => ({
      title: attachment.title,
      documentId: attachment.documentId,
      href: attachment.hasFile ? attachmentHref(attachment.id) : null,
      ...(attachment.isClosed ? { isClosed: true } : {}),
      ...(attachment.removedAtSource
        ? { removedOnText: formatDate(copenhagenParts(new Date(attachment.removedAtSource)).date) }
        : {}),
    })),
    absentees: content.absentees.map((absentee) => ({
      name: absentee.name,
      details: joinDetails(absentee.title, absentee.role, absentee.party),
    })),
  };
}

/** A source file's format as the page names it ("PDF"), from its name's extension. */
function fileFormat(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return FILE_FORMATS[extension] ?? (extension.toUpperCase() || 'fil');
}
const FILE_FORMATS: Record<string, string> = { pdf: 'PDF', txt: 'tekst', docx: 'Word', json: 'JSON', html: 'HTML' };

/** The secretariat's work on the meeting page: its published versions, and the members' view. */
export interface MeetingPageExtras {
  versions?: VersionSummary[];
  /** Set only for a member of the body (read_closed_item): every item's content, closed ones too. */
  memberContent?: Map<number, MemberItemContent> | null;
}

export function presentMeetingPage(meeting: PublicMeeting, extras: MeetingPageExtras = {}): MeetingPageProps {
  const { versions = [], memberContent = null } = extras;
  let source: SourceView;
  if (!meeting.source) source = { state: 'none' };
  else if (meeting.hasClosedItems) source = { state: 'withheld' };
  else if (!meeting.source.isAvailable) source = { state: 'missing' };
  else {
    const { fileName } = meeting.source;
    source = { state: 'available', href: sourceHref(meeting.id), fileName, format: fileFormat(fileName) };
  }
  const items = meeting.items.map((item) =>
    memberContent
      ? presentItem(item, memberContent.get(item.id) ?? null, { showClosed: true })
      : presentItem(item, item.content),
  );
  return {
    title: meetingTitle({
      documentType: meeting.documentType,
      bodyName: meeting.body.name,
      heldOn: meeting.heldOn,
      startTime: meeting.startTime,
    }),
    isFictitious: meeting.isFictitious || meeting.body.isFictitious,
    body: { name: meeting.body.name, href: bodyHref(meeting.body.slug) },
    publisher: publisherLink(meeting.publisher),
    sourceLink: sourceLinkOf(meeting.sourceUrl, meeting.removedAtSource),
    dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
    location: meeting.location,
    status: meeting.status,
    participants: meeting.participants.map((participant) => ({
      name: participant.name,
      href: participant.personSlug ? personHref(participant.personSlug) : null,
      details: joinDetails(participant.party, participant.organisation, participant.role),
      isAbsent: participant.isAbsent,
    })),
    items,
    summary: presentDecisionSummary(items),
    source,
    documents: meeting.documentType
      ? {
          documentType: meeting.documentType,
          pdfHref: meetingPdfHref(meeting.id),
          textHref: meetingTextHref(meeting.id),
        }
      : null,
    corrections: versions
      .filter((version) => version.reason)
      .map((version) => ({ dateText: formatDate(version.publishedOn), reason: version.reason ?? '' })),
    versions: versions.map((version, index) => ({
      number: version.number,
      href: meetingVersionHref(meeting.id, version.number),
      kind: version.kind === 'minutes' ? ('referat' as const) : ('dagsorden' as const),
      dateText: formatDate(version.publishedOn),
      isCurrent: index === versions.length - 1,
    })),
    isMemberView:
      memberContent !== null &&
      (meeting.hasClosedItems ||
        [...memberContent.values()].some((content) => content.attachments.some((attachment) => attachment.isClosed))),
  };
}

export function presentItemPage(item: PublicItem, memberContent: MemberItemContent | null = null): ItemPageProps {
  const neighbour = (n: PublicItem['previous']) =>
    n ? { href: itemHref(n.id), number: n.number, title: publicItemTitle(n.title, n.isClosed) } : null;
  return {
    item: memberContent ? presentItem(item, memberContent, { showClosed: true }) : presentItem(item, item.content),
    isFictitious: item.meeting.isFictitious || item.meeting.body.isFictitious,
    meeting: {
      href: meetingHref(item.meeting.id),
      title: meetingTitle({
        documentType: item.meeting.documentType,
        bodyName: item.meeting.body.name,
        heldOn: item.meeting.heldOn,
        startTime: item.meeting.startTime,
      }),
      dateText: formatMeetingDate(item.meeting.heldOn, item.meeting.startTime),
    },
    body: { name: item.meeting.body.name, href: bodyHref(item.meeting.body.slug) },
    publisher: publisherLink(item.meeting.publisher),
    sourceLink: sourceLinkOf(item.meeting.sourceUrl, item.meeting.removedAtSource),
    previous: neighbour(item.previous),
    next: neighbour(item.next),
    amounts: (item.content?.amounts ?? []).map((amount) => ({
      text: amount.text,
      searchHref: searchHref({ beloeb: kronerParam(BigInt(amount.ore)) }),
    })),
  };
}

function presentBodyMeeting(meeting: BodyMeeting, isFictitiousBody: boolean): BodyMeetingView {
  return {
    href: meetingHref(meeting.id),
    dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
    documentKind: meeting.documentType,
    itemCount: meeting.itemCount,
    isFictitious: meeting.isFictitious || isFictitiousBody,
  };
}

export function presentBodyPage(input: {
  body: PublicBody;
  members: BodyMember[];
  meetings: BodyMeeting[];
  today: string;
}): BodyPageProps {
  const { body, members, meetings, today } = input;
  const years = new Map<string, BodyMeetingView[]>();
  for (const meeting of meetings) {
    const year = meeting.heldOn.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push(presentBodyMeeting(meeting, body.isFictitious));
    years.set(year, list);
  }
  return {
    name: body.name,
    isFictitious: body.isFictitious,
    kind: body.kind,
    level: body.level,
    description: body.description,
    region: body.region ? { name: body.region.name, href: searchHref({ region: body.region.slug }) } : null,
    publisher: publisherLink(body.publisher),
    successor: body.successor ? { name: body.successor.name, href: bodyHref(body.successor.slug) } : null,
    predecessors: body.predecessors.map((p) => ({ name: p.name, href: bodyHref(p.slug) })),
    municipalities: body.municipalities,
    members: members.map((member) => ({
      name: member.name,
      href: personHref(member.personSlug),
      role: member.role,
      party: member.party,
      organisation: member.organisation,
    })),
    years: [...years.entries()].map(([year, list]) => ({ year, meetings: list })),
    upcoming: meetings
      .filter((meeting) => meeting.heldOn >= today)
      .reverse()
      .map((meeting) => presentBodyMeeting(meeting, body.isFictitious)),
    searchHref: searchHref({ organ: body.slug }),
    // Question scheme: the body's meeting plan, published answers and statistics (src/web/questions).
    workLinks: [
      { href: `${bodyHref(body.slug)}/moedeplan`, label: 'Mødeplan' },
      { href: `${bodyHref(body.slug)}/spoergsmaal`, label: 'Spørgsmål og svar (spørgeordningen)' },
      { href: `${bodyHref(body.slug)}/statistik`, label: 'Statistik for spørgeordningen' },
    ],
  };
}

export function presentPersonPage(person: PublicPerson, today: string): PersonPageProps {
  const meetings = person.meetings.map((meeting) => ({
    href: meetingHref(meeting.id),
    dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
    body: { name: meeting.body.name, href: bodyHref(meeting.body.slug) },
    attendance:
      meeting.heldOn >= today && meeting.documentType !== 'referat'
        ? ('invited' as const)
        : meeting.isAbsent
          ? ('missed' as const)
          : ('attended' as const),
    isFictitious: meeting.isFictitious,
  }));
  return {
    name: person.name,
    memberships: person.memberships.map((membership) => ({
      body: { name: membership.body.name, href: bodyHref(membership.body.slug) },
      role: membership.role,
      party: membership.party,
      organisation: membership.organisation,
      sinceText: membership.fromOn ? formatDate(membership.fromOn) : null,
      isFictitious: membership.body.isFictitious,
    })),
    meetings,
    attended: meetings.filter((m) => m.attendance === 'attended').length,
    missed: meetings.filter((m) => m.attendance === 'missed').length,
  };
}
