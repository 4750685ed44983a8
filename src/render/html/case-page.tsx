/**
 * The case page: every open item of one case, across meetings and bodies, as a timeline. A case is
 * publisher + number: where several publishers have the number, each one's case is shown on its own.
 */
import type { DecisionOutcome } from '../../domain/decision.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice, OutcomeBadge, PublisherLink } from './components.js';
import { FollowForm, type FollowFormProps } from './follow-form.js';
import { Layout } from './layout.js';
import { Markdown } from './markdown.js';
import { usePage } from './page-context.js';

export interface CaseEntryView {
  dateText: string;
  /** "2026-03-16", for <time>. */
  date: string;
  body: { name: string; href: string };
  meeting: { href: string; title: string };
  item: { href: string; number: number; title: string };
  outcome: DecisionOutcome | null;
  decisionText: string | null;
  summary: string | null;
  isFictitious: boolean;
  /** Follow-ups of the decision, in their public form (what, due date, state); absent for none. */
  followUps?: { what: string; dueText: string; stateLabel: string }[];
}

/** One case: a publisher's case with the number. */
export interface CaseView {
  publisher: { name: string; href: string } | null;
  /** This case alone (`?udgiver=`), when the number has several cases; else null. */
  onlyHref: string | null;
  bodyCount: number;
  entries: CaseEntryView[];
}

export interface CasePageProps {
  number: string;
  /** What the case is about (its latest item's title); null when unknown: the page is then titled by the number. */
  subject?: string | null;
  /** One case, or every publisher's case with the number (each shown on its own). */
  cases: CaseView[];
  /** One publisher's case chosen among several: the page with all of them. */
  allHref?: string | null;
  /** Open data: new decisions in the case (Atom). */
  decisionsFeedHref?: string;
  /** "Følg" by e-mail (render/html/follow-form.tsx). */
  follow?: FollowFormProps;
}

export function CasePage({ number, subject, cases, allHref, decisionsFeedHref, follow }: CasePageProps) {
  const { t, lang } = usePage();
  const anyFictitious = cases.some((found) => found.entries.some((entry) => entry.isFictitious));
  const only = cases.length === 1 ? cases[0] : null;
  // "<subject> (sag 25/41077)"; with the publisher when one is chosen among several with the number.
  const publisherName = allHref && only?.publisher ? only.publisher.name : null;
  const title = subject
    ? t.caseSubjectTitle(subject, number, publisherName)
    : only?.publisher
      ? t.caseTitleOf(number, only.publisher.name)
      : t.caseTitle(number);
  const feedTitle = lang === 'en' ? `Decisions in case ${number}` : `Beslutninger i sag ${number}`;
  return (
    <Layout
      title={title}
      alternates={
        decisionsFeedHref ? [{ href: decisionsFeedHref, type: 'application/atom+xml', title: feedTitle }] : []
      }
    >
      <Breadcrumbs items={[{ label: title }]} />
      <h1>{title}</h1>
      {anyFictitious ? <FictitiousNotice /> : null}
      {only ? (
        <>
          <p class="font-lead">{t.caseLead(only.entries.length, only.bodyCount)}</p>
          <Facts rows={[[t.publisher, <PublisherLink publisher={only.publisher} />]]} />
          {allHref ? (
            <p>
              <a href={allHref}>{t.caseAllWithNumber(number)}</a>
            </p>
          ) : null}
        </>
      ) : (
        <p class="font-lead">{t.caseSeveral(number, cases.length)}</p>
      )}
      {decisionsFeedHref ? (
        <p class="feed-link">
          <a href={decisionsFeedHref} type="application/atom+xml">
            {lang === 'en'
              ? 'Follow new decisions in the case (Atom feed)'
              : 'Følg nye beslutninger i sagen (Atom-feed)'}
          </a>
        </p>
      ) : null}
      {decisionsFeedHref ? (
        <p class="calendar-link">
          <a href={decisionsFeedHref.replace('/beslutninger.atom', '/kalender.ics')} type="text/calendar">
            {lang === 'en' ? 'The case’s meetings in your calendar (.ics)' : 'Sagens møder i din kalender (.ics)'}
          </a>
        </p>
      ) : null}
      {follow ? <FollowForm {...follow} /> : null}
      {only ? (
        <>
          <h2>{t.caseTimeline}</h2>
          <Timeline entries={only.entries} />
        </>
      ) : (
        cases.map((found) => <PublisherCase found={found} />)
      )}
    </Layout>
  );
}

/** One publisher's case among several with the number, headed by the publisher. */
function PublisherCase({ found }: { found: CaseView }) {
  const { t } = usePage();
  const name = found.publisher?.name ?? t.publisherUnknown;
  return (
    <section class="publisher-case" aria-label={name}>
      <h2>{found.publisher ? <a href={found.publisher.href}>{name}</a> : name}</h2>
      <p>{t.caseLead(found.entries.length, found.bodyCount)}</p>
      {found.onlyHref ? (
        <p>
          <a href={found.onlyHref}>{t.caseOnlyThis(name)}</a>
        </p>
      ) : null}
      <Timeline entries={found.entries} />
    </section>
  );
}

function Timeline({ entries }: { entries: CaseEntryView[] }) {
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <TimelineEntry entry={entry} />
      ))}
    </ol>
  );
}

function TimelineEntry({ entry }: { entry: CaseEntryView }) {
  const { t } = usePage();
  return (
    <li class="timeline-entry">
      <p class="timeline-date">
        <time datetime={entry.date}>{entry.dateText}</time> · <a href={entry.body.href}>{entry.body.name}</a>
        <FictitiousMark when={entry.isFictitious} />
      </p>
      <h3 lang="da">
        <a href={entry.item.href}>
          {t.item} {entry.item.number}: {entry.item.title}
        </a>
      </h3>
      <p class="muted">
        {t.meeting}:{' '}
        <a href={entry.meeting.href} lang="da">
          {entry.meeting.title}
        </a>
      </p>
      {entry.summary ? (
        <div class="timeline-summary" lang="da">
          <Markdown text={entry.summary} />
        </div>
      ) : null}
      {entry.outcome ? (
        <div class="timeline-decision">
          <p>
            <strong>{t.decision}:</strong> <OutcomeBadge outcome={entry.outcome} />
          </p>
          {entry.decisionText ? (
            <div lang="da">
              <Markdown text={entry.decisionText} />
            </div>
          ) : null}
        </div>
      ) : null}
      {/* Follow-ups of the decision (src/db/queries/follow-ups.ts: open items only) */}
      {entry.followUps && entry.followUps.length > 0 ? (
        <div class="timeline-follow-ups" lang="da">
          <p>
            <strong>Opfølgning:</strong>
          </p>
          <ul>
            {entry.followUps.map((followUp) => (
              <li>
                {followUp.what} – frist {followUp.dueText} ({followUp.stateLabel.toLowerCase()})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
