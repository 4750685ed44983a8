/**
 * Cases → the case page's props: a case is publisher + number, so the page shows the one case with
 * the number, or each publisher's case with it on its own (each timeline in date order).
 */
import type { PublicCase } from '../../db/queries/cases.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { CaseEntryView, CasePageProps } from '../../render/html/case-page.js';
import { LABELS } from '../../render/i18n.js';
import { meetingTitle } from '../../render/meeting-title.js';
import { bodyHref, caseHref, itemHref, meetingHref } from './paths.js';
import { publisherLink } from './presenters.js';

/**
 * The case page: the one case with the number, or each publisher's case with it; `chosenSlug`
 * (?udgiver=) shows one publisher's case alone. Null when nothing is left to show.
 */
export function presentCasePage(
  all: PublicCase[],
  chosenSlug?: string,
): Omit<CasePageProps, 'decisionsFeedHref'> | null {
  const shown = chosenSlug === undefined ? all : all.filter((found) => found.publisher?.slug === chosenSlug);
  if (shown.length === 0) return null;
  const { number } = shown[0];
  const several = shown.length > 1;
  return {
    number,
    subject: caseSubject(shown),
    cases: shown.map((found) => ({
      publisher: publisherLink(found.publisher),
      onlyHref: several && found.publisher ? caseHref(number, found.publisher.slug) : null,
      bodyCount: new Set(found.entries.map((entry) => entry.body.slug)).size,
      entries: found.entries.map(presentCaseEntry),
    })),
    allHref: chosenSlug !== undefined && all.length > 1 ? caseHref(number) : null,
  };
}

/** What the case is about: the title of its latest open item (cases have no title of their own). */
function caseSubject(shown: PublicCase[]): string | null {
  const latest = shown
    .flatMap((found) => found.entries)
    .reduce<PublicCase['entries'][number] | null>(
      (last, entry) => (last === null || entry.meeting.heldOn >= last.meeting.heldOn ? entry : last),
      null,
    );
  const title = latest?.title.trim() ?? '';
  return title === '' ? null : title;
}

function presentCaseEntry(entry: PublicCase['entries'][number]): CaseEntryView {
  return {
    date: entry.meeting.heldOn,
    dateText: formatMeetingDate(entry.meeting.heldOn, entry.meeting.startTime),
    body: { name: entry.body.name, href: bodyHref(entry.body.slug) },
    meeting: {
      href: meetingHref(entry.meeting.id),
      title: meetingTitle({
        documentType: entry.meeting.documentType,
        bodyName: entry.body.name,
        heldOn: entry.meeting.heldOn,
        startTime: entry.meeting.startTime,
      }),
    },
    item: { href: itemHref(entry.itemId), number: entry.number, title: entry.title },
    outcome: entry.decision?.outcome ?? null,
    decisionText: entry.decision?.text ?? null,
    summary: entry.summary,
    // Follow-ups of the decision: what, by when, the state — nothing more (src/db/queries/follow-ups.ts).
    followUps: entry.followUps.map((followUp) => ({
      what: followUp.what,
      dueText: formatDate(followUp.dueOn),
      stateLabel: LABELS.da.followUpState[followUp.state],
    })),
    isFictitious: entry.meeting.isFictitious || entry.body.isFictitious,
  };
}
