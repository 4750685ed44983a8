/**
 * Draft minutes for approval: the member's list and answer page, and the secretariat's overview of
 * a meeting's rounds (who approved when, who commented, who has not answered, the comments beside
 * the text). Danish and English (messages/member-work.ts). Never public. Requests for items and
 * the rules of procedure are in request-pages.tsx.
 */
import { MEMBER_WORK_MESSAGES } from '../../messages/member-work.js';
import { Breadcrumbs } from '../components.js';
import { Checkbox, errorLookup, TextArea } from '../fields.js';
import { ButtonForm, Notice, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';

export const messages = () => MEMBER_WORK_MESSAGES[usePage().lang];

/** An item of draft minutes as sent: its number, title and texts (closed items too: members only). */
export interface DraftItemView {
  number: number;
  title: string;
  isClosed: boolean;
  texts: { heading: string; text: string }[];
}

/** Text with its line breaks kept, as paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((part) => part.trim() !== '')
        .map((part) => (
          <p class="keep-lines">{part}</p>
        ))}
    </>
  );
}

/** The item's texts under headings one level below the item's (`level`: 3 or 4). */
function ItemTexts({ item, level }: { item: DraftItemView; level: 3 | 4 }) {
  const m = messages();
  return (
    <>
      {item.isClosed ? <p class="muted">{m.closedItem}</p> : null}
      {item.texts.map((part) => (
        <>
          {level === 3 ? <h3>{part.heading}</h3> : <h4>{part.heading}</h4>}
          <Paragraphs text={part.text} />
        </>
      ))}
    </>
  );
}

// Rounds: the member

export interface MyRoundRow {
  href: string;
  meeting: string;
  round: number;
  sentText: string;
  dueText: string | null;
  answer: string;
}

export function MyRoundsPage({ rounds }: { rounds: MyRoundRow[] }) {
  const m = messages();
  return (
    <Layout title={m.roundsTitle}>
      <Breadcrumbs items={[{ label: 'Min side', href: '/mig' }, { label: m.roundsTitle }]} />
      <h1>{m.roundsTitle}</h1>
      <p class="font-lead">{m.roundsLead}</p>
      {rounds.length === 0 ? (
        <p>{m.noRounds}</p>
      ) : (
        <DataTable caption={m.roundsTitle} head={[m.meeting, m.sentOn, m.dueOn, m.yourAnswer]}>
          {rounds.map((round) => (
            <tr>
              <th scope="row">
                <a href={round.href}>
                  {round.meeting} ({m.round(round.round)})
                </a>
              </th>
              <td>{round.sentText}</td>
              <td>{round.dueText ?? '–'}</td>
              <td>{round.answer}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export interface MemberRoundView {
  roundId: number;
  meeting: string;
  round: number;
  sentText: string;
  ruleText: string;
  dueText: string | null;
  items: DraftItemView[];
  /** The member's comments so far, by item number. */
  myComments: Record<number, string[]>;
  approvedText: string | null;
  /** Why answers are closed: a newer round, or published; null while open. */
  closedText: string | null;
  values: { approve: boolean; comments: Record<number, string> };
}

export function MemberRoundPage({
  view,
  csrfToken,
  notice,
  problems = [],
}: {
  view: MemberRoundView;
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
}) {
  const m = messages();
  const errorOf = errorLookup(problems);
  return (
    <Layout title={m.roundTitle(view.meeting)}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: m.roundsTitle, href: '/mig/referater' },
          { label: view.meeting },
        ]}
      />
      <h1>{m.roundTitle(view.meeting)}</h1>
      <p class="font-lead">{m.roundLead(view.round, view.sentText)}</p>
      <PageAlerts notice={notice} problems={problems} />
      <p>
        {view.ruleText} {view.dueText ? m.answerBy(view.dueText) : null}
      </p>
      {view.approvedText ? <Notice kind="info">{view.approvedText}</Notice> : null}
      {view.closedText ? <Notice kind="warning">{view.closedText}</Notice> : null}
      <PostForm action={`/mig/referater/${view.roundId}`} csrfToken={csrfToken}>
        {view.items.map((item) => (
          <section class="approval-item" aria-labelledby={`item-${item.number}`}>
            <h2 id={`item-${item.number}`}>
              {item.number}. {item.title}
            </h2>
            <ItemTexts item={item} level={3} />
            {(view.myComments[item.number] ?? []).length > 0 ? (
              <>
                <h3>{m.yourComments}</h3>
                <ul>
                  {(view.myComments[item.number] ?? []).map((text) => (
                    <li class="keep-lines">{text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {view.closedText ? null : (
              <TextArea
                id={`comment-${item.number}`}
                label={m.commentLabel(item.number)}
                hint={m.commentHint}
                value={view.values.comments[item.number] ?? ''}
                error={errorOf(`comment-${item.number}`)}
                rows={3}
              />
            )}
          </section>
        ))}
        {view.closedText ? null : (
          <>
            <Checkbox id="approve" label={m.approve} hint={m.approveHint} checked={view.values.approve} />
            <SubmitGroup>{m.send}</SubmitGroup>
          </>
        )}
      </PostForm>
    </Layout>
  );
}

// Rounds: the secretariat

export interface RoundMemberRow {
  name: string;
  status: string;
}

export interface SecretariatRoundView {
  number: number;
  sentText: string;
  dueText: string | null;
  members: RoundMemberRow[];
  /** "Reglen er opfyldt …" or who is missing. */
  stateText: string;
  isMet: boolean;
  publishedText: string | null;
  items: (DraftItemView & { comments: { name: string; text: string }[] })[];
}

export function ApprovalPage({
  meeting,
  meetingHref,
  requestsHref,
  ruleText,
  current,
  earlier,
  canSend,
  csrfToken,
  notice,
  problems = [],
}: {
  meeting: string;
  meetingHref: string;
  requestsHref: string;
  ruleText: string;
  current: SecretariatRoundView | null;
  earlier: {
    number: number;
    sentText: string;
    approvals: string;
    comments: { name: string; itemNumber: number; text: string }[];
  }[];
  canSend: boolean;
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
}) {
  const m = messages();
  return (
    <Layout title={m.approvalTitle(meeting)}>
      <Breadcrumbs
        items={[
          { label: 'Sekretariat', href: '/sekretariat' },
          { label: meeting, href: meetingHref },
          { label: m.toApproval },
        ]}
      />
      <h1>{m.approvalTitle(meeting)}</h1>
      <p class="font-lead">{m.approvalLead}</p>
      <PageAlerts notice={notice} problems={problems} />
      <p>{ruleText}</p>
      <p>
        <a href={meetingHref}>{m.toMeeting}</a> · <a href={requestsHref}>{m.toRequests}</a> ·{' '}
        <a href="/sekretariat/forretningsorden">{m.rulesTitle}</a>
      </p>
      {current ? (
        <>
          <h2>
            {m.round(current.number)} ({m.sentOn.toLowerCase()} {current.sentText})
          </h2>
          {current.dueText ? (
            <p>
              {m.dueOn}: {current.dueText}
            </p>
          ) : null}
          <Notice kind={current.isMet ? 'success' : 'warning'}>{current.stateText}</Notice>
          {current.publishedText ? <p>{current.publishedText}</p> : null}
          <DataTable caption={m.round(current.number)} head={[m.member, m.status]}>
            {current.members.map((member) => (
              <tr>
                <th scope="row">{member.name}</th>
                <td>{member.status}</td>
              </tr>
            ))}
          </DataTable>
          {current.items.map((item) => (
            <section class="approval-item approval-item-with-comments" aria-labelledby={`item-${item.number}`}>
              <h3 id={`item-${item.number}`}>
                {item.number}. {item.title}
              </h3>
              <div class="approval-columns">
                <div>
                  <h4 class="visually-hidden">{m.itemText}</h4>
                  <ItemTexts item={item} level={4} />
                </div>
                <aside aria-label={`${m.comments}: ${item.number}`}>
                  <h4>{m.comments}</h4>
                  {item.comments.length === 0 ? (
                    <p class="muted">–</p>
                  ) : (
                    <ul>
                      {item.comments.map((comment) => (
                        <li>
                          <strong>{comment.name}:</strong> <span class="keep-lines">{comment.text}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </aside>
              </div>
            </section>
          ))}
        </>
      ) : (
        <p>{m.ruleNoRound}</p>
      )}
      {canSend ? (
        <>
          <p>{m.sendRoundHint}</p>
          <ButtonForm
            action={`${meetingHref}/godkendelse`}
            csrfToken={csrfToken}
            label={current ? m.sendAgain : m.sendRound}
            kind="primary"
          />
        </>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h2>{m.earlierRounds}</h2>
          <ul>
            {earlier.map((round) => (
              <li>
                {m.round(round.number)}, {round.sentText}. {m.approvalsRecord}: {round.approvals}
                {round.comments.length > 0 ? (
                  <ul>
                    {round.comments.map((comment) => (
                      <li>
                        {m.commentLabel(comment.itemNumber)}, {comment.name}:{' '}
                        <span class="keep-lines">{comment.text}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
