/**
 * The members' daily work: draft minutes for approval (the member's list and answer page, the
 * secretariat's overview of a meeting's rounds), requests for an item (the member's list, form and
 * confirmation; the secretariat's list with accept and decline), and a body's rules of procedure
 * (the secretariat's form). Danish and English (messages/member-work.ts). Never public.
 */
import { MEMBER_WORK_MESSAGES } from '../../messages/member-work.js';
import { Breadcrumbs, Facts } from '../components.js';
import { Checkbox, ChoiceGroup, errorLookup, fieldsOf, Radio, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, Notice, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';

const messages = () => MEMBER_WORK_MESSAGES[usePage().lang];

/** An item of draft minutes as sent: its number, title and texts (closed items too: members only). */
export interface DraftItemView {
  number: number;
  title: string;
  isClosed: boolean;
  texts: { heading: string; text: string }[];
}

/** Text with its line breaks kept, as paragraphs. */
function Paragraphs({ text }: { text: string }) {
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

function ItemTexts({ item }: { item: DraftItemView }) {
  const m = messages();
  return (
    <>
      {item.isClosed ? <p class="muted">{m.closedItem}</p> : null}
      {item.texts.map((part) => (
        <>
          <h4>{part.heading}</h4>
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
            <ItemTexts item={item} />
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
  earlier: { number: number; sentText: string; approvals: string }[];
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
                  <ItemTexts item={item} />
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
                {m.round(round.number)}, {round.sentText}: {round.approvals}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

// Requests: the member

export interface RequestRow {
  href: string;
  title: string;
  meeting: string;
  receivedText: string;
  state: string;
}

export function MyRequestsPage({ requests, newHref }: { requests: RequestRow[]; newHref: string | null }) {
  const m = messages();
  return (
    <Layout title={m.requestsTitle}>
      <Breadcrumbs items={[{ label: 'Min side', href: '/mig' }, { label: m.requestsTitle }]} />
      <h1>{m.requestsTitle}</h1>
      <p class="font-lead">{m.requestsLead}</p>
      {newHref ? (
        <p>
          <a class="button button-primary" href={newHref}>
            {m.newRequest}
          </a>
        </p>
      ) : null}
      {requests.length === 0 ? (
        <p>{m.noRequests}</p>
      ) : (
        <DataTable caption={m.requestsTitle} head={[m.requestTitle, m.meeting, m.received, m.status]}>
          {requests.map((request) => (
            <tr>
              <th scope="row">
                <a href={request.href}>{request.title}</a>
              </th>
              <td>{request.meeting}</td>
              <td>{request.receivedText}</td>
              <td>{request.state}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export interface RequestFormValues {
  meeting: string;
  title: string;
  reason: string;
}

export function NewRequestPage({
  meetings,
  rules,
  values,
  problems = [],
  csrfToken,
}: {
  meetings: { value: string; label: string }[];
  rules: string[];
  values: RequestFormValues;
  problems?: Problem[];
  csrfToken: string;
}) {
  const m = messages();
  const field = fieldsOf(values, problems);
  return (
    <Layout title={m.newRequest}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: m.requestsTitle, href: '/mig/anmodninger' },
          { label: m.newRequest },
        ]}
      />
      <h1>{m.newRequest}</h1>
      <PageAlerts problems={problems} />
      {rules.map((text) => (
        <p>{text}</p>
      ))}
      {meetings.length === 0 ? (
        <p>{m.noComingMeetings}</p>
      ) : (
        <PostForm action="/mig/anmodninger" csrfToken={csrfToken} enctype="multipart/form-data">
          <Select {...field('meeting')} label={m.requestMeeting} options={meetings} />
          <TextField {...field('title')} label={m.requestTitle} maxlength={300} />
          <TextArea {...field('reason')} label={m.requestReason} hint={m.requestReasonHint} rows={6} />
          <div class="form-group">
            <label class="form-label" for="file">
              {m.requestFile}
            </label>
            <span class="form-hint" id="file-hint">
              {m.requestFileHint}
            </span>
            <input class="form-file-input" type="file" id="file" name="file" aria-describedby="file-hint" />
          </div>
          <SubmitGroup>{m.sendRequest}</SubmitGroup>
        </PostForm>
      )}
    </Layout>
  );
}

export interface RequestDetailView {
  title: string;
  reason: string;
  meeting: string;
  receivedText: string;
  state: string;
  lateText: string | null;
  forText: string;
  declineReason: string | null;
  fileName: string | null;
}

export function RequestPage({ request, received }: { request: RequestDetailView; received: boolean }) {
  const m = messages();
  return (
    <Layout title={request.title}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: m.requestsTitle, href: '/mig/anmodninger' },
          { label: request.title },
        ]}
      />
      <h1>{request.title}</h1>
      {received ? <Notice kind="success">{m.requestReceived}</Notice> : null}
      <p class="font-lead">{request.lateText ?? request.forText}</p>
      <Facts
        rows={[
          [m.meeting, request.meeting],
          [m.received, request.receivedText],
          [m.status, request.state],
          [m.declinedBecause, request.declineReason],
          [m.file, request.fileName],
        ]}
      />
      <h2>{m.requestReason}</h2>
      <Paragraphs text={request.reason} />
    </Layout>
  );
}

// Requests: the secretariat

export interface SecretariatRequestView {
  id: number;
  title: string;
  reason: string;
  requester: string;
  receivedText: string;
  isLate: boolean;
  state: string;
  isPending: boolean;
  declineReason: string | null;
  fileName: string | null;
  itemHref: string | null;
}

export function MeetingRequestsPage({
  meeting,
  meetingHref,
  requests,
  csrfToken,
  notice,
  problems = [],
  typedReasons = {},
}: {
  meeting: string;
  meetingHref: string;
  requests: SecretariatRequestView[];
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
  typedReasons?: Record<number, string>;
}) {
  const m = messages();
  const errorOf = errorLookup(problems);
  return (
    <Layout title={m.requestsFor(meeting)}>
      <Breadcrumbs
        items={[
          { label: 'Sekretariat', href: '/sekretariat' },
          { label: meeting, href: meetingHref },
          { label: m.toRequests },
        ]}
      />
      <h1>{m.requestsFor(meeting)}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>
        <a href={meetingHref}>{m.toMeeting}</a>
      </p>
      {requests.length === 0 ? <p>{m.noRequests}</p> : null}
      {requests.map((request) => (
        <section class="approval-item" aria-labelledby={`request-${request.id}`}>
          <h2 id={`request-${request.id}`}>{request.title}</h2>
          <Facts
            rows={[
              [m.proposer, request.requester],
              [m.received, request.receivedText],
              [m.late, request.isLate ? '✓' : null],
              [m.status, request.state],
              [m.declinedBecause, request.declineReason],
              [m.file, request.fileName],
            ]}
          />
          <Paragraphs text={request.reason} />
          {request.itemHref ? (
            <p>
              <a href={request.itemHref}>{request.title}</a>
            </p>
          ) : null}
          {request.isPending ? (
            <>
              <ButtonForm
                action={`/sekretariat/anmodning/${request.id}/imoedekom`}
                csrfToken={csrfToken}
                label={m.accept}
                kind="primary"
                accessibleLabel={`${m.accept}: ${request.title}`}
              />
              <PostForm action={`/sekretariat/anmodning/${request.id}/afvis`} csrfToken={csrfToken}>
                <TextArea
                  id={`reason-${request.id}`}
                  name="reason"
                  label={m.declineReason}
                  value={typedReasons[request.id] ?? ''}
                  error={errorOf(`reason-${request.id}`)}
                  rows={3}
                />
                <SubmitGroup kind="secondary">{m.decline}</SubmitGroup>
              </PostForm>
            </>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}

// Rules of procedure: the secretariat

export interface ProcedureRulesValues {
  minutesApproval: string;
  approvalWorkingDays: string;
  silenceIsApproval: boolean;
  itemRequestDaysBefore: string;
}

export function ProcedureRulesPage({
  body,
  bodies,
  values,
  problems = [],
  csrfToken,
  notice,
}: {
  body: { name: string; slug: string } | null;
  bodies: { name: string; slug: string }[];
  values: ProcedureRulesValues;
  problems?: Problem[];
  csrfToken: string;
  notice?: string;
}) {
  const m = messages();
  const field = fieldsOf(values, problems);
  const errorOf = errorLookup(problems);
  return (
    <Layout title={body ? m.rulesFor(body.name) : m.rulesTitle}>
      <Breadcrumbs items={[{ label: 'Sekretariat', href: '/sekretariat' }, { label: m.rulesTitle }]} />
      <h1>{body ? m.rulesFor(body.name) : m.rulesTitle}</h1>
      <p class="font-lead">{m.rulesLead}</p>
      <PageAlerts notice={notice} problems={problems} />
      {body ? (
        <PostForm action="/sekretariat/forretningsorden" csrfToken={csrfToken} hidden={{ organ: body.slug }}>
          <ChoiceGroup name="minutesApproval" legend={m.minutesApproval} error={errorOf('minutesApproval')}>
            <Radio
              id="minutesApproval"
              name="minutesApproval"
              value="next_meeting"
              label={m.approvalNextMeeting}
              checked={values.minutesApproval === 'next_meeting'}
            />
            <Radio
              id="minutesApproval-members"
              name="minutesApproval"
              value="members_within_days"
              label={m.approvalWithinDays}
              checked={values.minutesApproval === 'members_within_days'}
            />
          </ChoiceGroup>
          <TextField
            {...field('approvalWorkingDays')}
            label={m.approvalWorkingDays}
            hint={m.approvalWorkingDaysHint}
            maxlength={3}
          />
          <Checkbox id="silenceIsApproval" label={m.silenceIsApproval} checked={values.silenceIsApproval} />
          <TextField
            {...field('itemRequestDaysBefore')}
            label={m.itemRequestDaysBefore}
            hint={m.itemRequestDaysBeforeHint}
            maxlength={3}
          />
          <SubmitGroup>{m.save}</SubmitGroup>
        </PostForm>
      ) : (
        <>
          <h2>{m.chooseBody}</h2>
          <ul>
            {bodies.map((choice) => (
              <li>
                <a href={`/sekretariat/forretningsorden?organ=${choice.slug}`}>{choice.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
