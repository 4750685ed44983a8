/**
 * One agenda item's content as the public reads it: the decision set apart with its outcome, the
 * sections in their printed order, attachments and absentees. A closed item shows only a notice.
 */
import type { Child } from 'hono/jsx';
import type { DecisionOutcome } from '../../domain/decision.js';
import { Markdown } from './markdown.js';
import { HighlightForm, type HighlightsView } from './member-work/highlight-form.js';
import { usePage } from './page-context.js';
import { OutcomeWithHelp, SectionTermHelp, TermHelp } from './term-help.js'; // the "?" after a term (/ordliste)

export interface ItemView {
  id: number;
  href: string;
  /** The id of the item's heading on the meeting page ("punkt-3"). */
  anchor: string;
  number: number;
  /** As the public may see it ("Lukket: …" for closed items). */
  title: string;
  timeSlot: string | null;
  isClosed: boolean;
  caseNumber: string | null;
  caseHref: string | null;
  decision: {
    /** The printed heading ("Beslutning i Sundhedsråd Fjordby den 26-01-2026") or null. */
    heading: string | null;
    outcome: DecisionOutcome;
    text: string;
    dissents: string[];
  } | null;
  sections: { heading: string; text: string }[];
  /** `href`: the stored file (/bilag/:id); `isClosed`: a closed attachment, shown to members only. */
  attachments: {
    title: string;
    documentId: string | null;
    href?: string | null;
    isClosed?: boolean;
    /** "3. december 2026": the publisher's document no longer names it (kept here). */
    removedOnText?: string | null;
  }[];
  absentees: { name: string; details: string | null }[];
  /** A closed item shown with its content: only ever set for the body's members (the members' view). */
  showsClosedContent?: boolean;
  /** The viewer's own highlights and the form to add one: only ever set for the body's members. */
  highlights?: HighlightsView;
}

type Level = 2 | 3;

/** "Lukket": the badge beside a closed item's title, for those who may see the item. */
export function ClosedBadge() {
  const { t } = usePage();
  return <span class="badge closed-badge">{t.closedBadge}</span>;
}

function Heading({ level, children }: { level: Level; children?: Child }) {
  return level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>;
}

/** The item's content; `level` is the heading level of its sections (2 on the item page, 3 on the meeting page). */
export function ItemContent({ item, level }: { item: ItemView; level: Level }) {
  const { t } = usePage();
  if (item.isClosed && !item.showsClosedContent) {
    return (
      <div class="alert alert-info closed-notice">
        <div class="alert-body">
          <p class="alert-text">{t.closedItemNotice}</p>
        </div>
      </div>
    );
  }
  const marks = item.highlights?.quotes ?? [];
  const content = (
    <div class="item-content" lang="da">
      {item.isClosed ? (
        <div class="alert alert-warning closed-notice">
          <div class="alert-body">
            <p class="alert-text">{t.closedItemMemberNotice}</p>
          </div>
        </div>
      ) : null}
      {item.decision ? (
        <div class="decision">
          <Heading level={level}>
            {t.decision} <TermHelp term="beslutning" word={t.decision} />
          </Heading>
          <p class="decision-outcome">
            <span class="sr-only">{t.outcome}: </span>
            <OutcomeWithHelp outcome={item.decision.outcome} />
            {item.decision.dissents.length > 0 ? (
              <>
                {' '}
                <span class="badge dissent-badge">{t.dissents}</span>
              </>
            ) : null}
            {item.decision.heading ? <span class="decision-heading"> {item.decision.heading}</span> : null}
          </p>
          <div class="decision-text">
            <Markdown text={item.decision.text} marks={marks} />
          </div>
        </div>
      ) : null}
      {item.sections.map((section) => (
        <div class="item-section">
          <Heading level={level}>
            {section.heading}
            <SectionTermHelp heading={section.heading} />
          </Heading>
          <Markdown text={section.text} marks={marks} />
        </div>
      ))}
      {item.attachments.length > 0 ? (
        <div class="item-section">
          <Heading level={level}>
            {t.attachments} <TermHelp term="bilag" word={t.attachments} />
          </Heading>
          <ul class="attachments">
            {item.attachments.map((attachment) => (
              <li>
                {attachment.href ? <a href={attachment.href}>{attachment.title}</a> : attachment.title}
                {attachment.isClosed ? <span class="muted"> ({t.closedAttachment})</span> : null}
                {attachment.removedOnText ? (
                  <strong class="removed-at-source"> {t.removedAtSource(attachment.removedOnText)}</strong>
                ) : null}
                {attachment.documentId ? (
                  <span class="muted">
                    {' '}
                    ({t.documentId} {attachment.documentId})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.absentees.length > 0 ? (
        <div class="item-section">
          <Heading level={level}>{t.absentFromItem}</Heading>
          <ul>
            {item.absentees.map((absentee) => (
              <li>
                {absentee.name}
                {absentee.details ? <span class="muted">, {absentee.details}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
  return item.highlights ? (
    <>
      {content}
      <HighlightForm view={item.highlights} />
    </>
  ) : (
    content
  );
}
