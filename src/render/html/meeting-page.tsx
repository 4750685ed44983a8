/**
 * The meeting page: the Danish title, facts, participants and absentees, a table of contents,
 * every item with its sections and decision, and the source document.
 */
import type { MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import {
  Breadcrumbs,
  Facts,
  FictitiousNotice,
  MemberViewNotice,
  OutcomeBadge,
  PublisherLink,
  SourceLink,
  type SourceLinkView,
} from './components.js';
import { DecisionSummary, type DecisionSummaryEntry } from './decision-summary.js';
import { ItemContent, type ItemView } from './item-content.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { TermHelp } from './term-help.js';

export interface ParticipantView {
  name: string;
  href: string | null;
  /** "V", "PLO, Formand" …: what the minutes print after the name. */
  details: string | null;
  isAbsent: boolean;
}

export type SourceView =
  | {
      state: 'available';
      href: string;
      fileName: string;
      /** "PDF", "tekst" …: shown instead of the file name. */
      format: string;
    }
  | { state: 'withheld' }
  | { state: 'missing' }
  | { state: 'none' };

export interface MeetingPageProps {
  /** "Referat, Sundhedsråd Fjordby, mandag d. 26. januar 2026 kl. 16.00" */
  title: string;
  isFictitious: boolean;
  body: { name: string; href: string };
  /** The body's publisher; null: "Udgiver ukendt". */
  publisher: { name: string; href: string } | null;
  /** A harvested meeting: its document on the publisher's site ("Kilde"). */
  sourceLink: SourceLinkView | null;
  /** "mandag d. 26. januar 2026 kl. 16.00" */
  dateText: string;
  location: string | null;
  status: MeetingStatus;
  participants: ParticipantView[];
  items: ItemView[];
  /** The decisions at a glance (minutes); null or absent when no item has a decision. */
  summary?: DecisionSummaryEntry[] | null;
  source: SourceView;
  /** Open data: the meeting as an iCalendar file. */
  calendarHref?: string;
  // The secretariat's work: the documents, the published versions and the members' view.
  /** The agenda or minutes as PDF and plain text (every published meeting). */
  documents?: { documentType: DocumentType; pdfHref: string; textHref: string } | null;
  /** "Rettet <date>: <reason>", oldest first. */
  corrections?: { dateText: string; reason: string }[];
  /** Every published version, oldest first (meetings made in Protokol). */
  versions?: { number: number; href: string; kind: DocumentType; dateText: string; isCurrent: boolean }[];
  /** Closed items are shown with their content: the viewer is a member of the body. */
  isMemberView?: boolean;
  /** Members' daily work: a member's links from the meeting (request an item, minutes for approval). */
  memberLinks?: { href: string; label: string }[];
}

export function MeetingPage(props: MeetingPageProps) {
  const { t } = usePage();
  return (
    <Layout title={props.title}>
      <Breadcrumbs items={[{ label: props.body.name, href: props.body.href }, { label: props.dateText }]} />
      <h1 lang="da">{props.title}</h1>
      {props.isFictitious ? <FictitiousNotice /> : null}
      {props.summary ? <DecisionSummary entries={props.summary} /> : null}
      <Facts
        rows={[
          [t.body, <a href={props.body.href}>{props.body.name}</a>],
          [t.publisher, <PublisherLink publisher={props.publisher} />],
          [t.date, props.dateText],
          [t.place, props.location],
          [t.status, <MeetingState {...props} />],
          [t.source, props.sourceLink ? <SourceLink link={props.sourceLink} /> : null],
        ]}
      />
      <MeetingNotices {...props} />

      <Participants participants={props.participants} />

      {props.items.length === 0 && props.status !== 'cancelled' ? <p>{t.agendaNotPublished}</p> : null}

      <Agenda items={props.items} />

      <Versions versions={props.versions} />

      <h2>{t.sourceHeading}</h2>
      <SourceNote source={props.source} />
    </Layout>
  );
}

/** The meeting's state, with a "?" to what its document (Referat, Dagsorden) is. */
function MeetingState({ status, documents }: MeetingPageProps) {
  const { labels } = usePage();
  const kind = documents?.documentType;
  return (
    <>
      {labels.meetingStatus[status]}
      {kind ? (
        <>
          {' '}
          <TermHelp term={kind === 'referat' ? 'referat' : 'dagsorden'} word={labels.documentType[kind]} />
        </>
      ) : null}
    </>
  );
}

/** The calendar link, the members' notice, corrections and the documents. */
function MeetingNotices(props: MeetingPageProps) {
  const { t, labels, lang } = usePage();
  return (
    <>
      {props.calendarHref ? (
        <p class="calendar-link">
          <a href={props.calendarHref} type="text/calendar">
            {lang === 'en' ? 'Add to calendar (iCalendar)' : 'Føj til kalender (iCalendar)'}
          </a>
        </p>
      ) : null}
      {props.isMemberView ? <MemberViewNotice /> : null}
      {props.memberLinks && props.memberLinks.length > 0 ? (
        <ul class="member-links">
          {props.memberLinks.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {props.corrections && props.corrections.length > 0 ? (
        <div class="alert alert-info correction-notice" role="note">
          <div class="alert-body">
            {props.corrections.map((correction) => (
              <p class="alert-text">{t.correctedNote(correction.dateText, correction.reason)}</p>
            ))}
          </div>
        </div>
      ) : null}
      {props.documents ? (
        <p class="document-links">
          <a href={props.documents.pdfHref}>{t.downloadPdf(labels.documentType[props.documents.documentType])}</a>
          {' · '}
          <a href={props.documents.textHref}>{t.downloadText(labels.documentType[props.documents.documentType])}</a>
        </p>
      ) : null}
    </>
  );
}

function Participants({ participants }: { participants: ParticipantView[] }) {
  const { t } = usePage();
  const present = participants.filter((p) => !p.isAbsent);
  const absent = participants.filter((p) => p.isAbsent);
  return (
    <>
      <h2>{t.participants}</h2>
      {participants.length === 0 ? (
        <p>{t.noParticipants}</p>
      ) : (
        <ul class="participants">
          {present.map((participant) => (
            <Participant participant={participant} />
          ))}
        </ul>
      )}
      {absent.length > 0 ? (
        <>
          <h3>{t.absentFromMeeting}</h3>
          <ul class="participants">
            {absent.map((participant) => (
              <Participant participant={participant} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The contents, then every item with its content. */
function Agenda({ items }: { items: MeetingPageProps['items'] }) {
  const { t } = usePage();
  return (
    <>
      <nav aria-labelledby="contents-heading" class="toc">
        <h2 id="contents-heading">{t.contents}</h2>
        <ol class="toc-list">
          {items.map((item) => (
            <li>
              <a href={`#${item.anchor}`}>
                {t.item} {item.number}: <span lang="da">{item.title}</span>
              </a>
              <TocOutcome item={item} />
            </li>
          ))}
        </ol>
      </nav>

      {items.map((item) => (
        <article class={`agenda-item${item.isClosed ? ' agenda-item--closed' : ''}`} aria-labelledby={item.anchor}>
          <h2 id={item.anchor} tabindex={-1}>
            {t.item} {item.number}: <span lang="da">{item.title}</span>
          </h2>
          <p class="item-meta">
            {item.timeSlot ? (
              <span>
                {t.timeSlot} {item.timeSlot}
                {' · '}
              </span>
            ) : null}
            {item.caseNumber && item.caseHref ? (
              <span>
                {t.caseNumber} <TermHelp term="sagsnummer" word={t.caseNumber} />{' '}
                <a href={item.caseHref}>{item.caseNumber}</a>
                {' · '}
              </span>
            ) : null}
            <a href={item.href}>{t.permalink}</a>
          </p>
          <ItemContent item={item} level={3} />
        </article>
      ))}
    </>
  );
}

/** The item's outcome after its line in the contents ("Lukket punkt" for a closed item the viewer may not read). */
function TocOutcome({ item }: { item: ItemView }) {
  const { t } = usePage();
  if (item.isClosed && !item.showsClosedContent) return <span class="toc-outcome muted"> – {t.closedItemShort}</span>;
  if (!item.decision) return null;
  return (
    <span class="toc-outcome">
      {' – '}
      <span class="sr-only">{t.outcome}: </span>
      <OutcomeBadge outcome={item.decision.outcome} />
    </span>
  );
}

function Versions({ versions }: { versions: MeetingPageProps['versions'] }) {
  const { t, labels } = usePage();
  return (
    <>
      {versions && versions.length > 1 ? (
        <>
          <h2>{t.versionsHeading}</h2>
          <ul class="versions">
            {versions.map((version) => (
              <li>
                <a href={version.href}>
                  {t.versionLink(version.number, labels.documentType[version.kind], version.dateText)}
                </a>
                {version.isCurrent ? ` ${t.currentVersion}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Participant({ participant }: { participant: ParticipantView }) {
  return (
    <li>
      {participant.href ? <a href={participant.href}>{participant.name}</a> : participant.name}
      {participant.details ? <span class="muted">, {participant.details}</span> : null}
    </li>
  );
}

function SourceNote({ source }: { source: SourceView }) {
  const { t } = usePage();
  switch (source.state) {
    case 'available':
      return (
        <p>
          {t.sourceImported} <a href={source.href}>{t.sourceLink(source.format)}</a>
        </p>
      );
    case 'withheld':
      return <p>{t.sourceWithheld}</p>;
    case 'missing':
      return <p>{t.sourceMissing}</p>;
    default:
      return <p>{t.sourceNone}</p>;
  }
}
