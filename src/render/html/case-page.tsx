/** The case page: every open item of one case number, across meetings and bodies, as a timeline. */
import type { DecisionOutcome } from '../../domain/decision.js';
import { Breadcrumbs, FictitiousBadge, FictitiousNotice, OutcomeBadge } from './components.js';
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

export interface CasePageProps {
  number: string;
  bodyCount: number;
  entries: CaseEntryView[];
  /** Open data: new decisions in the case (Atom). */
  decisionsFeedHref?: string;
}

export function CasePage({ number, bodyCount, entries, decisionsFeedHref }: CasePageProps) {
  const { t, lang } = usePage();
  const anyFictitious = entries.some((entry) => entry.isFictitious);
  const feedTitle = lang === 'en' ? `Decisions in case ${number}` : `Beslutninger i sag ${number}`;
  return (
    <Layout
      title={t.caseTitle(number)}
      alternates={
        decisionsFeedHref ? [{ href: decisionsFeedHref, type: 'application/atom+xml', title: feedTitle }] : []
      }
    >
      <Breadcrumbs items={[{ label: t.caseTitle(number) }]} />
      <h1>{t.caseTitle(number)}</h1>
      {anyFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead">{t.caseLead(entries.length, bodyCount)}</p>
      {decisionsFeedHref ? (
        <p class="feed-link">
          <a href={decisionsFeedHref} type="application/atom+xml">
            {lang === 'en'
              ? 'Follow new decisions in the case (Atom feed)'
              : 'Følg nye beslutninger i sagen (Atom-feed)'}
          </a>
        </p>
      ) : null}
      <h2>{t.caseTimeline}</h2>
      <ol class="timeline">
        {entries.map((entry) => (
          <TimelineEntry entry={entry} />
        ))}
      </ol>
    </Layout>
  );
}

function TimelineEntry({ entry }: { entry: CaseEntryView }) {
  const { t } = usePage();
  return (
    <li class="timeline-entry">
      <p class="timeline-date">
        <time datetime={entry.date}>{entry.dateText}</time> · <a href={entry.body.href}>{entry.body.name}</a>
        {entry.isFictitious ? (
          <>
            {' '}
            <FictitiousBadge />
          </>
        ) : null}
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
