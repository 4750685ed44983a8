/**
 * Reading on the go (/mig/naeste-moede): the member's coming meetings, each with what is new and
 * changed since they last marked it as read — new items, changed text (with a short difference
 * where the version they read is kept), new attachments — "Markér som læst", and the whole meeting
 * as one zip. The page for a highlight that could not be kept (the form again, with what was
 * typed). Danish and English (messages/member-reading.ts). Never public.
 */
import type { DiffLine } from '../../../domain/text-diff.js';
import { MEMBER_READING_MESSAGES } from '../../messages/member-reading.js';
import { Breadcrumbs } from '../components.js';
import { DiffLines } from '../diff-lines.js';
import { TextArea } from '../fields.js';
import { ButtonForm, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';

const messages = () => MEMBER_READING_MESSAGES[usePage().lang];

export interface ReadingItemView {
  number: number;
  title: string;
  /** The item on the meeting page. */
  href: string;
  isNew: boolean;
  isChanged: boolean;
  newAttachments: string[];
  /** The changed lines since the version read (meetings made in Protokol), or null: "Ændret" only. */
  diff: DiffLine[] | null;
}

export interface ReadingMeetingView {
  meetingId: number;
  /** "Sundhedsråd Fjordby, mandag d. 26. januar 2026 kl. 16.00" */
  label: string;
  meetingHref: string;
  notesHref: string;
  zipHref: string;
  markReadAction: string;
  /** What the page shows now: marking as read is refused when the meeting differs. */
  fingerprint: string;
  readAtText: string | null;
  diffVersion: number | null;
  items: ReadingItemView[];
  removedNumbers: number[];
  /** The member's highlights on the meeting (one meeting's page only). */
  highlights?: { itemLabel: string; quote: string; isFound: boolean; removeAction: string }[];
}

export interface NextMeetingPageProps {
  /** One meeting's page (/mig/naeste-moede/:id) or the member's coming meetings. */
  single: boolean;
  meetings: ReadingMeetingView[];
  /** Where "Markér som læst" comes back to. */
  back: string;
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
}

export function NextMeetingPage(props: NextMeetingPageProps) {
  const m = messages();
  const title = props.single && props.meetings[0] ? `${m.nextTitle}: ${props.meetings[0].label}` : m.nextTitle;
  return (
    <Layout title={title}>
      <Breadcrumbs items={[{ label: usePage().t.navMyPage, href: '/mig' }, { label: m.nextTitle }]} />
      <h1>{title}</h1>
      <p class="font-lead">{m.nextLead}</p>
      <PageAlerts notice={props.notice} problems={props.problems ?? []} />
      {props.meetings.length === 0 ? <p>{m.noComing}</p> : null}
      {props.meetings.map((meeting) => (
        <ReadingMeeting meeting={meeting} single={props.single} back={props.back} csrfToken={props.csrfToken} />
      ))}
    </Layout>
  );
}

function ReadingMeeting({
  meeting,
  single,
  back,
  csrfToken,
}: {
  meeting: ReadingMeetingView;
  single: boolean;
  back: string;
  csrfToken: string;
}) {
  const m = messages();
  const headingId = `moede-${meeting.meetingId}`;
  return (
    <section class="reading-meeting" aria-labelledby={headingId}>
      {single ? (
        <h2 id={headingId}>{m.changesHeading}</h2>
      ) : (
        <h2 id={headingId}>
          <a href={meeting.meetingHref}>{meeting.label}</a>
        </h2>
      )}
      <p>{meeting.readAtText ? m.readAt(meeting.readAtText) : m.neverRead}</p>
      {meeting.items.length === 0 && meeting.removedNumbers.length === 0 ? <p>{m.nothingNew}</p> : null}
      {meeting.items.length > 0 ? (
        <ul class="reading-changes">
          {meeting.items.map((item) => (
            <li>
              <a href={item.href} lang="da">
                {m.itemLabel(item.number, item.title)}
              </a>{' '}
              {item.isNew ? <span class="badge">{m.newItem}</span> : null}
              {item.isChanged ? <span class="badge">{m.changedItem}</span> : null}
              {item.newAttachments.length > 0 && !item.isNew ? (
                <p class="muted">{m.newAttachments(item.newAttachments.join(', '))}</p>
              ) : null}
              {item.diff && item.diff.length > 0 && meeting.diffVersion !== null ? (
                <details>
                  <summary>{m.showChanges}</summary>
                  <p class="muted">{m.changedSinceVersion(meeting.diffVersion)}</p>
                  <DiffLines lines={item.diff} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {meeting.removedNumbers.length > 0 ? <p>{m.removedItems(meeting.removedNumbers.join(', '))}</p> : null}
      <ul class="member-links">
        <li>
          <a href={meeting.meetingHref}>{m.readMeeting}</a>
        </li>
        <li>
          <a href={meeting.notesHref}>{m.notesLink}</a>
        </li>
        <li>
          <a href={meeting.zipHref} download>
            {m.download}
          </a>
          <span class="muted"> {m.downloadHint}</span>
        </li>
      </ul>
      <p class="muted">{m.markReadHint}</p>
      <ButtonForm
        action={meeting.markReadAction}
        csrfToken={csrfToken}
        label={m.markRead}
        hidden={{ seen: meeting.fingerprint, tilbage: back }}
        kind="primary"
        accessibleLabel={single ? undefined : `${m.markRead}: ${meeting.label}`}
      />
      {meeting.highlights ? <Highlights highlights={meeting.highlights} csrfToken={csrfToken} /> : null}
    </section>
  );
}

/** The member's highlights on the meeting, those gone from the item's text marked so, each with "Fjern". */
function Highlights({
  highlights,
  csrfToken,
}: {
  highlights: NonNullable<ReadingMeetingView['highlights']>;
  csrfToken: string;
}) {
  const m = messages();
  return (
    <>
      <h2 id="fremhaevninger">{m.highlightsHeading}</h2>
      {highlights.length === 0 ? <p>{m.noHighlights}</p> : null}
      <ul class="reading-changes">
        {highlights.map((highlight) => (
          <li>
            <span lang="da">{highlight.itemLabel}</span>: <q lang="da">{highlight.quote.replace(/\n/g, ' / ')}</q>
            {highlight.isFound ? null : <strong> ({m.noLongerFound})</strong>}
            <ButtonForm
              action={highlight.removeAction}
              csrfToken={csrfToken}
              label={m.removeHighlight}
              accessibleLabel={m.removeHighlightLabel(highlight.quote)}
              kind="tertiary"
            />
          </li>
        ))}
      </ul>
    </>
  );
}

export interface HighlightPageProps {
  itemLabel: string;
  itemHref: string;
  itemId: number;
  back: string;
  action: string;
  quote: string;
  csrfToken: string;
  problems: Problem[];
}

/** The highlight form again when the passage could not be kept: what was typed, the problem on its field. */
export function HighlightPage(props: HighlightPageProps) {
  const m = messages();
  const id = `quote-${props.itemId}`;
  return (
    <Layout title={`${m.highlightSummary}: ${props.itemLabel}`}>
      <Breadcrumbs
        items={[
          { label: usePage().t.navMyPage, href: '/mig' },
          { label: props.itemLabel, href: props.itemHref },
          { label: m.highlight },
        ]}
      />
      <h1>{m.highlightSummary}</h1>
      <p class="font-lead" lang="da">
        <a href={props.itemHref}>{props.itemLabel}</a>
      </p>
      <PageAlerts problems={props.problems} />
      <PostForm
        action={props.action}
        csrfToken={props.csrfToken}
        hidden={{ item: String(props.itemId), tilbage: props.back }}
      >
        <TextArea
          id={id}
          name="quote"
          label={m.quoteLabel}
          hint={m.quoteHint}
          value={props.quote}
          error={props.problems.find((problem) => problem.field === id)?.text}
          rows={4}
        />
        <SubmitGroup>{m.highlight}</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
